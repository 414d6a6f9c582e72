"""Reusing the previous build's output in `mkdocs serve`, where rebuilds run in one process.

A Memo maps a key (everything the output is made from, compared by value) to the output of
the last build. Each build keeps only the entries it used, so a memo never outgrows the site;
a new vocabulary object (an edited data file) starts it afresh, because the output also
depends on the vocabularies. In a one-shot build a Memo is off and only calls `make`.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, Hashable, TypeVar

T = TypeVar("T")


class Memo(Generic[T]):
    def __init__(self) -> None:
        self.enabled = False
        self._vocab: Any = None
        self._old: dict[Hashable, T] = {}
        self._new: dict[Hashable, T] = {}

    def start(self, enabled: bool, vocab: Any = None) -> None:
        """Begin a build: the entries of the last one become the ones to reuse."""
        self._old = self._new if enabled and vocab is self._vocab else {}
        self._new, self._vocab, self.enabled = {}, (vocab if enabled else None), enabled

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if not self.enabled:
            return make()
        found = self._old.get(key)
        if found is None:
            found = make()
        self._new[key] = found
        return found
