"""Work spread over forked processes: the same results, in the same order, as in one process."""

from __future__ import annotations

import os
import resource
import shutil
import threading
from pathlib import Path

import pytest
from conftest import SEEDS

from atlas import parallel
from atlas.assemble import site_files
from atlas.parallel import MIN_ITEMS_PER_JOB, job_count, map_ordered, workers_for
from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"
ENOUGH = 2 * MIN_ITEMS_PER_JOB  # items for two workers

forking = pytest.mark.skipif(not parallel.can_fork(), reason="forked workers need Linux and one thread")


def _square_with_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


@forking
def test_results_come_back_in_order_from_other_processes():
    items = list(range(ENOUGH * 3))
    results = map_ordered(_square_with_pid, items, jobs=2)
    assert [square for square, _ in results] == [n * n for n in items]
    pids = {pid for _, pid in results}
    assert pids and os.getpid() not in pids  # made by the workers


@forking
def test_a_closure_reaches_the_workers_without_pickling():
    table = {n: f"item {n}" for n in range(ENOUGH)}
    unpicklable = threading.Lock()  # a closure holding this could never be pickled to a worker

    def look_up(n: int) -> str:
        assert unpicklable is not None
        return table[n]

    assert map_ordered(look_up, list(table), jobs=2) == list(table.values())


def _fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


@forking
def test_an_error_in_a_worker_is_raised_in_the_caller():
    with pytest.raises(ValueError, match="seven"):
        map_ordered(_fails_on_seven, list(range(ENOUGH)), jobs=2)


def _dies_on_seven(n: int) -> int:
    if n == 7:
        os._exit(1)  # as the kernel's out-of-memory killer would end it: no exception, no reply
    return n


@forking
def test_a_worker_that_dies_fails_the_build_with_a_way_out():
    with pytest.raises(RuntimeError, match="ATLAS_JOBS=1"):
        map_ordered(_dies_on_seven, list(range(ENOUGH)), jobs=2)


def test_without_process_semaphores_the_work_is_done_here(monkeypatch):
    def no_pool(*args, **kwargs):
        raise OSError(38, "Function not implemented")  # what a sandbox without /dev/shm raises

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    assert map_ordered(_square_with_pid, list(range(ENOUGH)), jobs=2) == [(n * n, os.getpid()) for n in range(ENOUGH)]


def test_small_batches_and_one_job_stay_in_this_process():
    assert workers_for(MIN_ITEMS_PER_JOB * 2 - 1, jobs=2) == 1  # one edited seed in serve: no forks
    assert workers_for(10_000, jobs=1) == 1
    assert map_ordered(_square_with_pid, [3, 4], jobs=2) == [(9, os.getpid()), (16, os.getpid())]


def test_no_forks_while_other_threads_run():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.can_fork()
        assert workers_for(10_000, jobs=2) == 1
    finally:
        stop.set()
        thread.join()


def test_job_count_reads_atlas_jobs():
    assert job_count({"ATLAS_JOBS": "3"}) == 3
    assert job_count({"ATLAS_JOBS": "0"}) == 1
    assert job_count({}) >= 1
    with pytest.raises(ValueError, match="ATLAS_JOBS must be a whole number"):
        job_count({"ATLAS_JOBS": "two"})


@pytest.fixture(scope="module")
def many_seeds(tmp_path_factory) -> Path:
    """The five seeds and the unseen-document fixtures: enough documents for two workers."""
    root = tmp_path_factory.mktemp("many")
    (root / "seeds").mkdir()
    for path in sorted(SEEDS.glob("*.txt")) + sorted(UNSEEN.glob("*.txt")):
        shutil.copy2(path, root / "seeds" / path.name)
    # a copy: duplicate detection reads the texts' prints the workers made
    first = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy2(first, root / "seeds" / f"zz_copy_of_{first.name}")
    assert len(list((root / "seeds").iterdir())) >= ENOUGH
    return root


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@forking
def test_a_parallel_build_makes_the_same_site_as_a_serial_one(many_seeds, monkeypatch):
    monkeypatch.setenv("ATLAS_CACHE", "0")
    vocab = load_vocabulary()
    sites = {}
    for jobs in ("1", "2"):
        monkeypatch.setenv("ATLAS_JOBS", jobs)
        before = _children_cpu()
        corpus = build_corpus(many_seeds, many_seeds / "seeds", vocab)
        problems = [p.format() for p in corpus.problems]
        sites[jobs] = (problems, site_files(corpus, vocab).files, _children_cpu() - before)
    serial, forked = sites["1"], sites["2"]
    assert serial[2] == 0 and forked[2] > 0.5  # the second build's work was done by workers
    assert forked[0] == serial[0]
    assert any("zz_copy_of_" in p and "is the same document as" in p for p in serial[0])
    assert forked[1].keys() == serial[1].keys()
    assert [uri for uri in serial[1] if forked[1][uri] != serial[1][uri]] == []
    assert len(serial[1]) > ENOUGH  # a real site: document, term and index pages
