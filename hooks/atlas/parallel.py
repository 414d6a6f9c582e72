"""One function over many items in forked worker processes, results in the items' order.

Cleaning and extraction take most of the pipeline's time and each seed's work depends on that
seed alone, so a cold build of a large corpus can use every core. The work is a closure
(vocabularies, project root) inherited by the forked workers rather than pickled to them;
only the items go out and only the results come back. Results come back in input order, so a
parallel build writes byte for byte what a serial one writes.

`ATLAS_JOBS` sets the number of processes (`1` or `0`: none, everything in this process); by
default one per core this process may use. Small batches (a serve rebuild after one edit) stay
in process: starting workers costs more than it saves there.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items per worker the forks cost more than they save (about 20 ms each).
MIN_ITEMS_PER_JOB = 32
# What a build says when a worker process died under it.
_DIED = "a worker process of the build stopped abruptly (out of memory?); build in one process with ATLAS_JOBS=1"
# In a worker: the function it runs. Handed over by fork, never pickled (closures do not pickle).
_TASK: Callable | None = None


def job_count(environ: dict[str, str] | None = None) -> int:
    """Worker processes to use: ATLAS_JOBS, else the cores this process may run on."""
    value = (os.environ if environ is None else environ).get("ATLAS_JOBS", "").strip()
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            raise ValueError(f"ATLAS_JOBS must be a whole number of processes, not {value!r}") from None
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether forked workers are safe here.

    Only on Linux (macOS frameworks are not fork-safe) and only from a single-threaded process:
    a fork copies the calling thread alone, so a lock another thread held at that moment
    (logging's, the import lock; in `mkdocs serve` the server's threads run) would stay locked in
    the child forever.
    """
    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def _run(item):
    return _TASK(item)


def _worker_start(fn: Callable) -> None:
    from .memo import use_store  # here: atlas.memo imports this module

    global _TASK
    _TASK = fn
    # The build store is the parent's open SQLite connection: a worker must never touch it.
    use_store(None)


def workers_for(n_items: int, jobs: int | None = None) -> int:
    """How many worker processes `n_items` items are worth: 1 means none (work in this process)."""
    jobs = job_count() if jobs is None else jobs
    jobs = min(jobs, n_items // MIN_ITEMS_PER_JOB)
    if jobs <= 1 or not can_fork() or _TASK is not None:  # _TASK set: this is a worker
        return 1
    return jobs


def map_ordered(fn: Callable[[T], R], items: Sequence[T], jobs: int | None = None) -> list[R]:
    """[fn(item) for item in items], in forked processes when that pays and is safe (workers_for).

    An exception in `fn` is raised here, as it would be in a loop.
    """
    return list(imap_ordered(fn, items, jobs))


def imap_ordered(fn: Callable[[T], R], items: Sequence[T], jobs: int | None = None) -> Iterator[R]:
    """map_ordered, one result at a time as the workers finish them; the workers stop when the
    iterator is done."""
    jobs = workers_for(len(items), jobs)
    if jobs <= 1:
        yield from (fn(item) for item in items)
        return
    # Small chunks keep every worker busy to the end; each chunk costs one round trip.
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    pool = None
    try:
        # Under fork the initializer's arguments are inherited, not pickled: fn may be a closure.
        # An executor (not multiprocessing.Pool): a worker that dies (killed for memory) raises
        # BrokenProcessPool instead of leaving the build waiting forever.
        # The parent's objects (vocabularies, compiled rules) are frozen out of the garbage
        # collector's reach before the fork: a worker's collections then never walk them.
        gc.freeze()
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_worker_start, initargs=(fn,))
        results = pool.map(_run, items, chunksize=chunk)
    except (OSError, NotImplementedError, ImportError):
        # no process semaphores here (a container without /dev/shm, a sandbox): one process
        gc.unfreeze()
        yield from (fn(item) for item in items)
        return
    except BrokenProcessPool as exc:
        # (a worker may die while the chunks are still being handed out: map raises it then)
        gc.unfreeze()
        pool.shutdown(wait=False, cancel_futures=True)
        raise RuntimeError(_DIED) from exc
    with pool:
        try:
            yield from results
        except BrokenProcessPool as exc:
            raise RuntimeError(_DIED) from exc
        finally:  # (back in the collector's reach: a serve session's old builds can be freed)
            gc.unfreeze()

