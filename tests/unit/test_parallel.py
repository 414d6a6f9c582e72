"""Work spread over forked processes: the same results, in the same order, as in one process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from atlas import parallel
from atlas.parallel import MIN_ITEMS_PER_JOB, job_count, map_ordered, workers_for

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"
ENOUGH = 2 * MIN_ITEMS_PER_JOB  # items for two workers

# Forking needs Linux; the checks that fork run in a fresh process (see parallel_checks.py).
forking = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers need Linux")
CHECKS = Path(__file__).with_name("parallel_checks.py")


def _square_with_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def _check(name: str, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "hooks"), str(CHECKS.parent)]))
    done = subprocess.run([sys.executable, str(CHECKS), name, *args], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]


@forking
@pytest.mark.parametrize("name", ["results_in_order_from_other_processes", "closure_reaches_the_workers",
                                  "error_in_a_worker_is_raised_here", "dead_worker_fails_with_a_way_out",
                                  "dead_worker_while_handing_out_fails_with_a_way_out",
                                  "parent_objects_frozen_for_the_workers_then_thawed"])
def test_forked_workers(name):
    """Results in order from other processes; a closure reaches them unpickled; an error in a
    worker is raised in the caller; a worker that dies fails the call with the way out; the
    caller's objects are frozen for the workers and thawed after."""
    _check(name)


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


@forking
def test_a_parallel_build_makes_the_same_site_as_a_serial_one(many_seeds):
    _check("parallel_build_equals_serial", str(many_seeds))
