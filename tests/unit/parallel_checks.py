"""Checks of atlas.parallel that fork, each run by test_parallel.py in a fresh Python process.

A test session may hold other threads (the browser tests' driver, a collector's timer), and
atlas.parallel rightly never forks then: run inside it, these checks would test nothing. Each
check asserts by itself; its process exits non-zero with the assertion when one fails.

    python tests/unit/parallel_checks.py CHECK [PROJECT]
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import threading
from pathlib import Path

from atlas import parallel
from atlas.parallel import MIN_ITEMS_PER_JOB, map_ordered

ENOUGH = 2 * MIN_ITEMS_PER_JOB  # items for two workers


def _square_with_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def results_in_order_from_other_processes() -> None:
    items = list(range(ENOUGH * 3))
    results = map_ordered(_square_with_pid, items, jobs=2)
    assert [square for square, _ in results] == [n * n for n in items]
    pids = {pid for _, pid in results}
    assert pids and os.getpid() not in pids, pids  # made by the workers


def closure_reaches_the_workers() -> None:
    table = {n: f"item {n}" for n in range(ENOUGH)}
    unpicklable = threading.Lock()  # a closure holding this could never be pickled to a worker

    def look_up(n: int) -> tuple[str, int]:
        assert unpicklable is not None
        return table[n], os.getpid()

    results = map_ordered(look_up, list(table), jobs=2)
    assert [text for text, _ in results] == list(table.values())
    assert os.getpid() not in {pid for _, pid in results}


def _frozen_count(n: int) -> tuple[int, int]:
    return gc.get_freeze_count(), os.getpid()


def parent_objects_frozen_for_the_workers_then_thawed() -> None:
    """The workers find what they inherited out of the collector's reach (frozen before the
    fork); the caller's objects are back in it once the work is done, or once it failed."""
    assert gc.get_freeze_count() == 0
    results = map_ordered(_frozen_count, list(range(ENOUGH)), jobs=2)
    assert all(count > 1000 for count, _ in results), results[:3]  # (the interpreter's modules at least)
    assert os.getpid() not in {pid for _, pid in results}
    assert gc.get_freeze_count() == 0
    try:
        map_ordered(_fails_on_seven, list(range(ENOUGH)), jobs=2)
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0


def _fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError(f"seven in {os.getpid()}")
    return n


def error_in_a_worker_is_raised_here() -> None:
    try:
        map_ordered(_fails_on_seven, list(range(ENOUGH)), jobs=2)
    except ValueError as exc:
        assert str(exc) != f"seven in {os.getpid()}", "raised in this process, not in a worker"
    else:
        raise AssertionError("no error")


PARENT = os.getpid()


def _dies_on_seven(n: int) -> int:
    if n == 7 and os.getpid() != PARENT:
        os._exit(1)  # as the kernel's out-of-memory killer would end it: no exception, no reply
    return n


def dead_worker_fails_with_a_way_out() -> None:
    try:
        map_ordered(_dies_on_seven, list(range(ENOUGH)), jobs=2)
    except RuntimeError as exc:
        assert "ATLAS_JOBS=1" in str(exc), exc
    else:
        raise AssertionError("no error")


def dead_worker_while_handing_out_fails_with_a_way_out() -> None:
    """A worker that dies while the chunks are still being handed out: the executor's map raises
    then (CI saw it, under load), and the call fails with the same way out."""
    from concurrent.futures.process import BrokenProcessPool

    class BreaksWhileHandingOut(parallel.ProcessPoolExecutor):
        def map(self, *args, **kwargs):
            raise BrokenProcessPool("A child process terminated abruptly")

    parallel.ProcessPoolExecutor = BreaksWhileHandingOut
    try:
        map_ordered(_square_with_pid, list(range(ENOUGH)), jobs=2)
    except RuntimeError as exc:
        assert "ATLAS_JOBS=1" in str(exc), exc
    else:
        raise AssertionError("no error")


def parallel_build_equals_serial(project: str) -> None:
    """The site of a build whose seeds the workers made is the one-process build's, file by file."""
    from atlas import pipeline
    from atlas.assemble import site_files
    from atlas.pipeline import build_corpus
    from atlas.vocab import load_vocabulary

    root, vocab = Path(project), load_vocabulary()
    os.environ["ATLAS_CACHE"] = "0"
    original = pipeline._outcome_and_print

    def made_in(folder: Path):
        # what _made_ahead maps over the seeds; a worker runs it as it was when it forked
        def mark_and_make(path, root, vocab):
            (folder / str(os.getpid())).touch()
            return original(path, root, vocab)
        return mark_and_make

    sites = {}
    for jobs in ("1", "2"):
        os.environ["ATLAS_JOBS"] = jobs
        folder = Path(tempfile.mkdtemp())
        pipeline._outcome_and_print = made_in(folder)
        try:
            corpus = build_corpus(root, root / "seeds", vocab)
        finally:
            pipeline._outcome_and_print = original
        problems = [p.format() for p in corpus.problems]
        sites[jobs] = (problems, site_files(corpus, vocab).files, {int(f.name) for f in folder.iterdir()})
    serial, forked = sites["1"], sites["2"]
    assert not serial[2], serial[2]  # one process: no seed made ahead
    assert forked[2] - {os.getpid()}, forked[2]  # the second build's seeds were made by workers
    assert forked[0] == serial[0]
    assert any("zz_copy_of_" in p and "is the same document as" in p for p in serial[0]), serial[0]
    assert forked[1].keys() == serial[1].keys()
    assert [uri for uri in serial[1] if forked[1][uri] != serial[1][uri]] == []
    assert len(serial[1]) > ENOUGH  # a real site: document, term and index pages


if __name__ == "__main__":
    assert parallel.can_fork(), "this process cannot fork workers"
    globals()[sys.argv[1]](*sys.argv[2:])
