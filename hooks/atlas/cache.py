"""Per-seed memo of the pipeline's work, so `mkdocs serve` re-cleans only the seeds that changed.

`mkdocs serve` rebuilds the whole site after every edit, but the hook module (and so this cache,
held in its module state) survives between rebuilds. A seed whose bytes, path, pipeline version
and vocabularies are unchanged yields the same Document, so its read/clean/extract work is reused.
Corpus-wide stages (unique slugs, index pages) still run on every build: they depend on all
documents at once.

The key holds everything the result depends on:
- the seed's path and the SHA-256 of its bytes (an edit, a rename);
- atlas.PIPELINE_VERSION (bump it when a stage's output changes for the same input);
- a fingerprint of the loaded vocabularies (an edited data/*.yml re-tags every document).
The cache lives in memory only: a new process starts empty, so a stale entry cannot outlive
the code that made it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import PIPELINE_VERSION
from .memo import active_store
from .model import Document, Problem, SeedError


def vocabulary_fingerprint(vocab: Any) -> str:
    """A stable hash of a loaded vocabulary: equal data, equal fingerprint."""
    data = dataclasses.asdict(vocab) if dataclasses.is_dataclass(vocab) else vocab
    try:
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):  # keys that json cannot sort (mixed types): fall back to repr
        text = repr(data)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seed_key(rel_path: str, raw: bytes) -> str:
    """What identifies one seed's input: its path and its exact bytes."""
    return f"{rel_path}\0{hashlib.sha256(raw).hexdigest()}"


def seed_file_key(path: Path, root: Path) -> str:
    """seed_key of the seed file at `path`, named relative to the project root."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    return seed_key(rel, path.read_bytes())


def _fresh(doc: Document) -> Document:
    """A copy the corpus stages may change (slug, meta) without touching the cached original."""
    # a pickle round trip is the same deep copy for plain data, about five times faster
    return dataclasses.replace(doc, meta=pickle.loads(pickle.dumps(doc.meta, pickle.HIGHEST_PROTOCOL)))


class DocumentCache:
    """Documents (or the problems that stopped them) by seed, for one pipeline + vocabulary."""

    def __init__(self) -> None:
        self._stamp = ""
        self._entries: dict[str, Document | tuple[Problem, ...]] = {}
        self._seen: set[str] = set()
        self.text_prints: dict = {}  # duplicates.find_duplicates' memo: cleaned text -> its print
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def prepare(self, vocab: Any) -> None:
        """Start a build: drop every entry if the pipeline version or the vocabularies changed."""
        stamp = f"{PIPELINE_VERSION}\0{vocabulary_fingerprint(vocab)}"
        if stamp != self._stamp:
            self._entries.clear()
            self._stamp = stamp
        self._seen.clear()
        self.hits = self.misses = 0

    def document(self, path: Path, root: Path, build: Callable[[], Document]) -> Document:
        """The Document for the seed at `path`: from the cache, or made by `build()` and kept.

        A seed that failed (SeedError) fails again with the same problems until it is edited.
        """
        key = seed_file_key(path, root)
        self._seen.add(key)
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            entry = self._entries[key] = stored_outcome(key, build)
        else:
            self.hits += 1
        return _fresh(document_of(entry))

    def holds(self, path: Path, root: Path) -> bool:
        """Whether the seed at `path`, as it is now, has its outcome here already."""
        return seed_file_key(path, root) in self._entries

    def finish(self) -> None:
        """End a build: drop entries of seeds not read this time (deleted, or edited since)."""
        for key in [k for k in self._entries if k not in self._seen]:
            del self._entries[key]


Outcome = Document | tuple[Problem, ...]  # a Document, or the problems that stopped its seed


def _outcome(build: Callable[[], Document]) -> Outcome:
    try:
        return build()
    except SeedError as exc:
        return tuple(exc.problems)


def has_stored_outcome(path: Path, root: Path) -> bool:
    """Whether the build store holds the outcome of the seed at `path`, as it is now."""
    store = active_store()
    return store is not None and store.holds("documents", seed_file_key(path, root))


def stored_outcome(key: str, build: Callable[[], Document]) -> Outcome:
    """build()'s outcome, from the build store when an earlier build kept it (atlas.store)."""
    store = active_store()
    return _outcome(build) if store is None else store.get("documents", key, lambda: _outcome(build))


def stored_document(path: Path, root: Path, build: Callable[[], Document]) -> Document:
    """The Document of a seed, from the build store when its bytes are unchanged (one-shot builds)."""
    return document_of(stored_outcome(seed_file_key(path, root), build))


def document_of(entry: Outcome) -> Document:
    """The Document; a seed that failed fails again with the same problems until it is edited."""
    if isinstance(entry, tuple):
        raise SeedError(list(entry))
    return entry


class PageWriter:
    """Generated pages as files in a build-cache folder, rewritten only when their text changes.

    For `mkdocs serve --dirty`: MkDocs then rebuilds a page only when its source file is newer
    than the HTML it wrote last time. In-memory pages (File.generated(content=...)) always count
    as modified, so every page would be rebuilt; a file left untouched keeps its old mtime and
    is skipped. The folder is a cache (git-ignored), never part of the source tree.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._known: dict[str, str | bytes] = {}  # src_uri -> text last written (or found) on disk
        self.written = 0

    def write(self, pages: dict[str, str | bytes]) -> dict[str, Path]:
        """Path of every page; writes those whose text differs and removes pages gone since."""
        self.written = 0
        paths = {}
        for src_uri, text in pages.items():
            path = self.folder / src_uri
            if self._known.get(src_uri) != text and not _same_text(path, text):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(_as_bytes(text))
                self.written += 1
            self._known[src_uri] = text
            paths[src_uri] = path
        for src_uri in [u for u in self._known if u not in pages]:
            del self._known[src_uri]
            (self.folder / src_uri).unlink(missing_ok=True)
        return paths


def _as_bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def _same_text(path: Path, text: str | bytes) -> bool:
    try:
        return path.read_bytes() == _as_bytes(text)
    except OSError:
        return False


class HeldPages:
    """Page HTML held compressed between MkDocs' two passes over the pages.

    MkDocs converts every page to HTML first and writes them out afterwards, so at the peak it
    holds the HTML of the whole site: about 3 GB at 10,000 documents. Compressed (zlib level 1:
    about a fifth of the size, 0.1 ms per page) that part of the peak shrinks five times.
    """

    def __init__(self) -> None:
        self._pages: dict[str, bytes] = {}

    def hold(self, key: str, html: str) -> None:
        self._pages[key] = zlib.compress(html.encode("utf-8"), 1)

    def take(self, key: str) -> str | None:
        data = self._pages.pop(key, None)
        return None if data is None else zlib.decompress(data).decode("utf-8")

    def clear(self) -> None:
        self._pages.clear()


class ScratchPages:
    """A one-shot build's generated files, written to a scratch folder as soon as each is made.

    MkDocs reads a page's source only when it renders it, so with the files on disk the
    Markdown of the whole site (hundreds of MB at 10,000 documents) is never in memory at once,
    and never at the same time as the corpus it was made from. The folder lives in the
    git-ignored build cache and is removed after the build.
    """

    def __init__(self, parent: Path) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        for stale in parent.glob(f"{self.PREFIX}*"):  # left by a build that was killed
            if not _process_alive(stale.name[len(self.PREFIX):]):
                shutil.rmtree(stale, ignore_errors=True)
        self.folder = parent / f"{self.PREFIX}{os.getpid()}"
        shutil.rmtree(self.folder, ignore_errors=True)
        self.paths: dict[str, Path] = {}

    PREFIX = "scratch-"

    def put(self, src_uri: str, content: str | bytes) -> None:
        path = self.folder / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_as_bytes(content))
        self.paths[src_uri] = path

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _process_alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True
