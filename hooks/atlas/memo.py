"""Reusing the previous build's output: in `mkdocs serve` (in memory) and across builds (on disk).

A Memo maps a key (everything the output is made from, compared by value) to the output of
the last build. Each build keeps only the entries it used, so a memo never outgrows the site;
a new vocabulary object (an edited data file) starts it afresh, because the output also
depends on the vocabularies. In a one-shot build a Memo keeps nothing in memory: with a build
store (`atlas.store`, set by `use_store`) it asks the store, otherwise it only calls `make`.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, Hashable, TypeVar

T = TypeVar("T")

# The on-disk store of this build, if any (see use_store): shared by every Memo.
_STORE: Any = None


def use_store(store: Any) -> None:
    """Let every Memo read and write results through `store` (an atlas.store.Store) or not (None)."""
    global _STORE
    _STORE = store


def active_store() -> Any:
    return _STORE


class Memo(Generic[T]):
    def __init__(self, name: str, stored: bool = True, fills_memos: bool = False) -> None:
        self.name = name  # the memo's namespace in the build store
        # Small results made from larger ones that are stored already: cheaper to make again
        # than to look up one by one (their pages come from the store whole).
        self.stored = stored
        # Results whose making fills other memos (a term page: its list items and list pages).
        # In mkdocs serve they are made even when stored, so that the first edit finds those
        # memos full; the stored copy is kept for the next one-shot build.
        self.fills_memos = fills_memos
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
            return self._make(key, make)
        found = self._old.get(key)
        if found is None:
            found = self._make(key, make)
        self._new[key] = found
        return found

    def _make(self, key: Hashable, make: Callable[[], T]) -> T:
        if _STORE is None or not self.stored:
            return make()
        if self.enabled and self.fills_memos:
            _STORE.keep(self.name, key)
            return make()
        return _STORE.get(self.name, key, make)
