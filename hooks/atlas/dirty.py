"""What `mkdocs serve --dirty` must redo that MkDocs' own check misses.

MkDocs re-renders a page under --dirty only when its source file is newer than the HTML it wrote
last time, and leaves everything else in the served folder as it was. For this site that misses
three things, which would make a dirty rebuild differ from a clean one:

- a hand-written page whose text the hook finishes (the home page's list of latest documents,
  the hover abbreviations of every hand-written page) changes without its file changing;
- a page or file that no longer exists (a deleted seed, a renamed slug) keeps its old HTML;
- Material's search plugin merges the new entries of *one* page into the last index; an edit
  here re-renders several pages (the document and every index page listing it), so the index
  would keep the old sections of all but one of them.

`DirtyBuilds` holds what the last build made and says what to remove; the hook applies it.
Everything here is keyed by what a page is made from, so a dirty rebuild gives the site a clean
build gives (tests/site/test_dirty_serve.py compares the two after several kinds of edit).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .search_index import dump_entries


def gone_outputs(previous: Mapping[str, str], current: Mapping[str, str]) -> list[str]:
    """Output paths written for files of the last build that this build no longer has."""
    kept = set(current.values())
    return sorted(dest for dest in previous.values() if dest not in kept)


def tree_stamp(paths: Iterable[Path]) -> str:
    """A fingerprint of files and folders (every file under them: name, size, mtime)."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        found = sorted(path.rglob("*")) if path.is_dir() else [path]
        for item in found:
            if item.is_file():
                stat = item.stat()
                digest.update(f"{item}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


class DirtyBuilds:
    """One serve session's memory of the last build: outputs, page inputs, search entries."""

    def __init__(self) -> None:
        self._outputs: dict[str, str] = {}  # src_uri -> absolute output path, last build
        self._finish_key: Any = None  # what finishing a hand-written page depended on
        self._theme_key: str | None = None  # config file and theme overrides
        self._search: dict[str, str] = {}  # page src_uri -> its search index entries, as JSON
        self._mark = 0

    def outputs_to_remove(self, outputs: Mapping[str, str]) -> list[str]:
        """Outputs of files gone since the last build; remembers this build's outputs."""
        gone = gone_outputs(self._outputs, outputs)
        self._outputs = dict(outputs)
        for src_uri in [u for u in self._search if u not in outputs]:
            del self._search[src_uri]
        return gone

    def pages_to_redo(self, theme_key: str, finish_key: Any, all_pages: Mapping[str, str],
                      hand_written: Mapping[str, str]) -> list[str]:
        """Output paths to delete so MkDocs renders those pages again.

        Everything when the configuration or the theme changed (every page's HTML depends on
        them); the hand-written pages when what the hook adds to them changed.
        """
        first = self._theme_key is None
        redo: list[str] = []
        if not first and theme_key != self._theme_key:
            redo = sorted(all_pages.values())
        elif not first and finish_key != self._finish_key:
            redo = sorted(hand_written.values())
        self._theme_key, self._finish_key = theme_key, finish_key
        return redo

    # Material's search index: the entries each page added, kept across rebuilds.
    def mark(self, entries: list[dict]) -> None:
        """Before the search plugin indexes a page: where its entries will start."""
        self._mark = len(entries)

    def record(self, src_uri: str, entries: list[dict]) -> None:
        """After it indexed the page: the page's entries replace those of its last rendering.
        Kept as their JSON text: encoding every page's entries again (14 MB at 1,000 documents)
        was a sixth of a rebuild, and the text takes less memory than the dictionaries."""
        self._search[src_uri] = dump_entries(entries[self._mark:])

    def search_texts(self, order: Iterable[str]) -> list[str]:
        """Every page's entries (as dump_entries texts), in the order of a clean build (the
        site's page order): for write_dumped_index."""
        return [self._search.get(src_uri, "") for src_uri in order]
