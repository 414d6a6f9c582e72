"""When `mkdocs serve` collects cyclic garbage: between rebuilds, not during them.

A serve rebuild makes hundreds of thousands of short-lived objects (the corpus copies, MkDocs'
files, pages and navigation). With Python's automatic collector as it is, each rebuild paid 0.1
to 0.3 s for young-generation collections and, every few edits, about a second for a full one,
all while the edited page was waited for. So while a build runs, the collector waits for far
more new objects than usual before it runs (it still runs, so a rebuild that renders every page
cannot fill the memory with cycles), and once the build is over it runs by itself, when the
page has been served; a full collection every few builds frees the cycles that outlived a young
collection (an old configuration, its theme).
"""

from __future__ import annotations

import gc
import threading


class IdleCollector:
    """Puts automatic collection off during each build and collects once it is over."""

    def __init__(self, delay: float = 0.5, full_every: int = 4, patience: int = 500_000) -> None:
        self.delay, self.full_every, self.patience = delay, full_every, patience
        self._thresholds = gc.get_threshold()
        self._lock = threading.Lock()
        self._building = False
        self._timer: threading.Timer | None = None
        self.collections = 0  # idle collections run so far (the first is a full one)

    def build_started(self) -> None:
        with self._lock:  # waits for an idle collection that has begun: it holds the GIL anyway
            self._building = True
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            gc.set_threshold(max(self.patience, self._thresholds[0]), *self._thresholds[1:])

    def build_ended(self) -> None:
        with self._lock:
            self._building = False
            self._timer = threading.Timer(self.delay, self.collect)
            self._timer.daemon = True
            self._timer.start()

    def collect(self) -> None:
        """The collection a build put off (called by the timer; a new build cancels it)."""
        with self._lock:
            if self._building:
                return
            full = self.collections % self.full_every == 0
            gc.collect(2 if full else 1)
            self.collections += 1
            gc.set_threshold(*self._thresholds)  # until the next build: the server's objects, as usual
