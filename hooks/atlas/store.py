"""The build cache on disk: what one build made from a document, reused by the next build.

A build of 1,000 documents spends most of its pipeline time on work whose inputs did not
change since the last build (a pull request adds or edits a few seeds). The memos of
`atlas.memo` and the DocumentCache already key every piece of that work by what it is made
from (a seed's path and bytes, its slug, the names of its terms, ...); this store keeps their
results between processes, in one SQLite file under the git-ignored `.cache/atlas/`.

Nothing stale can come out of it:
- an entry is found by a digest of its whole key (`stable_digest`), never by a file name;
- the file is stamped with everything the results depend on besides their keys: the source
  of the pipeline (every module and data file of the `atlas` package), the versions of the
  libraries that shape the output, and the Python version. Any change empties it;
- each build deletes the entries it did not use, so the file never outgrows the site.
A store that cannot be opened (read-only folder, another build holding it) is simply not used:
the build does all the work itself, as without a cache. `ATLAS_CACHE=0` turns it off.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sqlite3
import sys
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from . import PIPELINE_VERSION
from .cache import vocabulary_fingerprint
from .memo import use_store

PACKAGE_DIR = Path(__file__).resolve().parent
STORE_NAME = "pipeline.sqlite"
# Libraries whose behaviour shapes the generated Markdown (YAML layout, front matter, validation).
OUTPUT_LIBRARIES = ("pyyaml", "python-frontmatter", "pydantic", "pydantic-core", "pycountry")
_MISSING = object()
T = TypeVar("T")


def stable_digest(key: object) -> bytes:
    """A digest of a memo key that is equal in every process for equal keys.

    `hash()` of a string differs between processes (hash randomisation), `repr()` does not for
    the plain data keys are made of (str, int, float, bool, None, tuples, frozen dataclasses).
    An object without a data repr (`<... object at 0x...>`) would never match again: refused.
    """
    text = repr(key)
    if " object at 0x" in text:
        raise TypeError(f"memo key has no stable repr: {text[:200]}")
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def pipeline_stamp(extra: str = "") -> str:
    """Everything a stored result depends on besides its key; a different stamp empties the store."""
    h = hashlib.sha256(f"{PIPELINE_VERSION}\0{sys.version}\0{extra}".encode())
    for name in OUTPUT_LIBRARIES:
        try:
            h.update(f"\0{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"\0{name}=-".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".yml", ".yaml", ".json") and "__pycache__" not in path.parts:
            h.update(b"\0" + path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


def enabled_by_environment() -> bool:
    return os.environ.get("ATLAS_CACHE", "1").strip().lower() not in ("0", "no", "off", "false")


class Store:
    """Pickled results by (namespace, key digest), for one pipeline stamp; one build at a time.

    `open` takes SQLite's write lock for the whole build (a second build at the same time runs
    without the store); `finish` deletes what this build did not use and commits.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._used: set[tuple[str, bytes]] = set()
        self.hits = 0
        self.misses = 0

    @classmethod
    def open(cls, folder: Path, stamp: str) -> "Store | None":
        """The store in `folder` for this stamp (emptied if made by other code), or None."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / STORE_NAME, timeout=0, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode=DELETE")
                db.execute("PRAGMA synchronous=OFF")  # a cache: a crash at worst loses it
                db.execute("BEGIN IMMEDIATE")  # the write lock: one build at a time
                db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
                db.execute("CREATE TABLE IF NOT EXISTS entries (ns TEXT, digest BLOB, value BLOB, "
                           "PRIMARY KEY (ns, digest)) WITHOUT ROWID")
                row = db.execute("SELECT value FROM meta WHERE name = 'stamp'").fetchone()
                if row is None or row[0] != stamp:
                    db.execute("DELETE FROM entries")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", (stamp,))
            except sqlite3.Error:
                db.close()
                raise
        except (OSError, sqlite3.Error):
            return None
        return cls(db)

    def load(self, ns: str, digest: bytes) -> Any:
        """The stored value, or `_MISSING`; marks the entry as used by this build."""
        self._used.add((ns, digest))
        row = self._db.execute("SELECT value FROM entries WHERE ns = ? AND digest = ?", (ns, digest)).fetchone()
        if row is None:
            self.misses += 1
            return _MISSING
        self.hits += 1
        return pickle.loads(zlib.decompress(row[0]))

    def save(self, ns: str, digest: bytes, value: Any) -> None:
        self._used.add((ns, digest))
        blob = zlib.compress(pickle.dumps(value, pickle.HIGHEST_PROTOCOL), 1)
        self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", (ns, digest, blob))

    def holds(self, ns: str, key: object) -> bool:
        """Whether a result for `key` is stored (without reading it or counting a hit)."""
        return self._db.execute("SELECT 1 FROM entries WHERE ns = ? AND digest = ?",
                                (ns, stable_digest(key))).fetchone() is not None

    def keep(self, ns: str, key: object) -> None:
        """Keep the stored result for `key` for the next build without reading it."""
        self._used.add((ns, stable_digest(key)))

    def get(self, ns: str, key: object, make: Callable[[], T]) -> T:
        """The stored result for `key`, or `make()`'s, stored for the next build."""
        digest = stable_digest(key)
        found = self.load(ns, digest)
        if found is _MISSING:
            found = make()
            self.save(ns, digest, found)
        return found

    def finish(self) -> None:
        """End the build: forget the entries it did not use (deleted or edited seeds), commit."""
        db = self._db
        try:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS used (ns TEXT, digest BLOB, PRIMARY KEY (ns, digest))")
            db.execute("DELETE FROM used")
            db.executemany("INSERT OR IGNORE INTO used VALUES (?, ?)", self._used)
            db.execute("DELETE FROM entries WHERE NOT EXISTS "
                       "(SELECT 1 FROM used WHERE used.ns = entries.ns AND used.digest = entries.digest)")
            db.execute("COMMIT")
        finally:
            db.close()

    def abandon(self) -> None:
        """A build that failed: keep what the store held before it."""
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        self._db.close()


@contextmanager
def build_store(root: Path, vocab: Any) -> Iterator[Store | None]:
    """The project's build store for the pipeline run inside the block (None when off or busy).

    Every Memo and the seed-to-Document step use it meanwhile (atlas.memo.use_store). A block
    that raises leaves the store as it was before.
    """
    store = None
    if enabled_by_environment():
        store = Store.open(root / ".cache" / "atlas", pipeline_stamp(vocabulary_fingerprint(vocab)))
    use_store(store)
    try:
        yield store
    except BaseException:
        if store is not None:
            store.abandon()
        raise
    else:
        if store is not None:
            store.finish()
    finally:
        use_store(None)
