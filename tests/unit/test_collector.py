"""Serve's garbage collection between rebuilds (atlas.collector)."""

from __future__ import annotations

import gc
import time

from atlas.collector import IdleCollector


def _generations_collected(action) -> list[int]:
    seen: list[int] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])
    gc.callbacks.append(callback)
    try:
        action()
    finally:
        gc.callbacks.remove(callback)
    return seen


def _wait_for(collector: IdleCollector, count: int, limit: float = 5.0) -> None:
    """Until the collector has collected `count` times (its thread may start late on a busy machine)."""
    deadline = time.monotonic() + limit
    while collector.collections < count and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_build_puts_collection_off_and_it_runs_once_the_build_is_over():
    before = gc.get_threshold()
    collector = IdleCollector(delay=0.01, full_every=3, patience=10_000_000)
    try:
        collector.build_started()
        assert gc.get_threshold()[0] == 10_000_000  # young objects may pile up while it builds...
        assert gc.get_threshold()[1:] == before[1:]

        def build_then_wait() -> None:
            collector.build_ended()
            _wait_for(collector, 1)
        assert 2 in _generations_collected(build_then_wait)  # ...and the first collection after is full
        assert gc.get_threshold() == before  # the server's own objects: collected as usual
        for expected_full in (False, False, True):
            collector.build_started()
            n = collector.collections
            seen = _generations_collected(lambda: (collector.build_ended(), _wait_for(collector, n + 1)))
            assert collector.collections == n + 1
            assert (2 in seen) == expected_full, seen  # a full collection every third build
    finally:
        gc.set_threshold(*before)


def test_a_new_build_cancels_the_collection_the_last_one_put_off():
    before = gc.get_threshold()
    collector = IdleCollector(delay=0.2)
    try:
        collector.build_started()
        collector.build_ended()
        collector.build_started()  # saved again before the collection ran
        time.sleep(0.4)
        assert collector.collections == 0
        assert gc.get_threshold()[0] == collector.patience
        collector.build_ended()
        _wait_for(collector, 1)
        assert collector.collections == 1 and gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)
