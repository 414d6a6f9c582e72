"""The build store (atlas.store): a build that reuses the last one's results equals a fresh build."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from atlas import store as store_module
from atlas.assemble import site_files
from atlas.pipeline import build_corpus
from atlas.store import STORE_NAME, Store, build_store, stable_digest
from atlas.taxonomy import Term
from atlas.vocab import load_vocabulary

from test_memo import _copy_of_seeds, _edits


def _site(project: Path, vocab, stored: bool) -> tuple[dict, tuple[int, int]]:
    """Every generated file, and (reused, made) counts of the store (0, 0 without one)."""
    if not stored:
        return site_files(build_corpus(project, project / "seeds", vocab), vocab).files, (0, 0)
    with build_store(project, vocab) as store:
        assert store is not None
        files = site_files(build_corpus(project, project / "seeds", vocab), vocab).files
    return files, (store.hits, store.misses)


# One build in a new process: what the hook does in `mkdocs build`, with its own string hashes.
_BUILD = """
import hashlib, sys
from pathlib import Path
from atlas.assemble import site_files
from atlas.pipeline import build_corpus
from atlas.store import build_store
from atlas.vocab import load_vocabulary
project, vocab = Path(sys.argv[1]), load_vocabulary()
with build_store(project, vocab) as store:
    files = site_files(build_corpus(project, project / "seeds", vocab), vocab).files
digest = hashlib.sha256(repr(sorted(files.items())).encode()).hexdigest()
print(store.hits, store.misses, digest)
"""


def _build_in_a_new_process(project: Path, hash_seed: str) -> tuple[int, int, str]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT / "hooks"))
    out = subprocess.run([sys.executable, "-c", _BUILD, str(project)], env=env, capture_output=True,
                         text=True, timeout=300, check=True).stdout.split()
    return int(out[0]), int(out[1]), out[2]


def test_a_build_in_a_new_process_reuses_every_result_and_makes_the_same_files(tmp_path):
    project, vocab = _copy_of_seeds(tmp_path), load_vocabulary()
    fresh, _ = _site(project, vocab, stored=False)
    hits, made, first = _build_in_a_new_process(project, "1")
    assert (project / ".cache" / "atlas" / STORE_NAME).is_file()
    assert hits == 0 and made > 5 * len(list((project / "seeds").glob("*.txt")))
    # Every key is the same in another process, whose str hashes differ: a key holding a set
    # or a hash() would miss here.
    reused, remade, second = _build_in_a_new_process(project, "2")
    assert (reused, remade) == (made, 0)
    assert first == second == hashlib.sha256(repr(sorted(fresh.items())).encode()).hexdigest()


def test_after_each_kind_of_edit_a_stored_build_equals_a_fresh_build(tmp_path):
    """The same edits as the serve memo test: new sentence, new date, new title, removed and added seed."""
    stored_project = _copy_of_seeds(tmp_path / "stored")
    fresh_project = _copy_of_seeds(tmp_path / "fresh")
    vocab = load_vocabulary()
    _site(stored_project, vocab, stored=True)
    for n, (edit_stored, edit_fresh) in enumerate(zip(_edits(stored_project), _edits(fresh_project))):
        edit_stored()
        edit_fresh()
        stored, (reused, made) = _site(stored_project, vocab, stored=True)
        fresh, _ = _site(fresh_project, vocab, stored=False)
        assert stored.keys() == fresh.keys(), n
        assert [u for u in stored if stored[u] != fresh[u]] == [], n
        assert reused > 0 and made > 0, n  # an edit redoes some work and reuses the rest


def test_entries_no_build_used_are_deleted(tmp_path):
    project, vocab = _copy_of_seeds(tmp_path), load_vocabulary()
    _site(project, vocab, stored=True)
    database = project / ".cache" / "atlas" / STORE_NAME
    count = sqlite3.connect(database).execute("SELECT count(*) FROM entries").fetchone()[0]
    for seed in sorted((project / "seeds").glob("*.txt"))[:3]:
        seed.unlink()
    _site(project, vocab, stored=True)
    assert sqlite3.connect(database).execute("SELECT count(*) FROM entries").fetchone()[0] < count
    with sqlite3.connect(database) as db:  # no entry of a deleted seed is left
        keys = [row[0] for row in db.execute("SELECT digest FROM entries WHERE ns = 'documents'")]
    assert len(keys) == 2


def test_other_pipeline_code_empties_the_store(tmp_path, monkeypatch):
    project, vocab = _copy_of_seeds(tmp_path), load_vocabulary()
    _site(project, vocab, stored=True)
    monkeypatch.setattr(store_module, "PIPELINE_VERSION", "changed")  # as an edited module would
    _, (reused, made) = _site(project, vocab, stored=True)
    assert reused == 0 and made > 0


def test_the_stamp_covers_every_module_and_data_file():
    stamp = store_module.pipeline_stamp()
    assert stamp == store_module.pipeline_stamp()
    assert stamp != store_module.pipeline_stamp("another vocabulary")
    covered = {p.name for p in store_module.PACKAGE_DIR.rglob("*") if p.suffix in (".py", ".yml")}
    assert {"clean.py", "store.py", "countries.yml", "topics.yml"} <= covered


def test_a_store_held_by_another_build_is_not_used_and_the_build_still_works(tmp_path):
    project, vocab = _copy_of_seeds(tmp_path), load_vocabulary()
    fresh, _ = _site(project, vocab, stored=False)
    holder = Store.open(project / ".cache" / "atlas", "stamp")
    assert holder is not None
    try:
        with build_store(project, vocab) as store:
            assert store is None
            assert site_files(build_corpus(project, project / "seeds", vocab), vocab).files == fresh
    finally:
        holder.abandon()


def test_atlas_cache_0_turns_the_store_off(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_CACHE", "0")
    with build_store(tmp_path, load_vocabulary()) as store:
        assert store is None
    assert not (tmp_path / ".cache").exists()


def test_a_failed_build_leaves_the_store_as_it_was(tmp_path):
    project, vocab = _copy_of_seeds(tmp_path), load_vocabulary()
    _site(project, vocab, stored=True)
    with pytest.raises(RuntimeError):
        with build_store(project, vocab) as store:
            store.save("documents", b"x" * 16, "half-made")
            raise RuntimeError("the build failed")
    _, (reused, made) = _site(project, vocab, stored=True)
    assert made == 0 and reused > 0


def test_stable_digest_is_by_value_and_refuses_keys_without_a_data_repr():
    term = Term("countries", "VN", "Viet Nam", "vn")
    assert stable_digest(("a", 1, term)) == stable_digest(("a", 1, Term("countries", "VN", "Viet Nam", "vn")))
    assert stable_digest(("a", 1, term)) != stable_digest(("a", 2, term))
    assert stable_digest(("1",)) != stable_digest((1,))
    with pytest.raises(TypeError):
        stable_digest(("a", object()))


def _term_pages_stored(project: Path) -> int:
    (path,) = project.rglob(STORE_NAME)
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM entries WHERE ns = 'term-pages'").fetchone()[0]


def test_serve_s_first_build_fills_the_list_memos_and_keeps_the_stored_term_pages(tmp_path, monkeypatch):
    """mkdocs serve's first build takes documents from the store but makes its term pages, so
    the first edit re-renders only the list pages it changed; the stored term pages stay for the
    next one-shot build."""
    from atlas import index_pages, render
    from atlas.cache import DocumentCache
    monkeypatch.setattr(index_pages, "PAGE_SIZE", 1)  # every list in pages of one document
    project = _copy_of_seeds(tmp_path / "p")
    vocab = load_vocabulary()
    one_shot, _ = _site(project, vocab, stored=True)  # fills the store
    stored_before = _term_pages_stored(project)
    made: list[str] = []
    get = index_pages.LIST_PAGES.get
    monkeypatch.setattr(index_pages.LIST_PAGES, "get", lambda key, make: get(key, lambda: made.append(key[0]) or make()))
    render.keep_between_builds(True)
    try:
        cache = DocumentCache()
        with build_store(project, vocab) as store:  # serve's first build: the store is open
            first = site_files(build_corpus(project, project / "seeds", vocab, cache=cache), vocab).files
        assert first == one_shot and store.misses == 0
        assert _term_pages_stored(project) == stored_before > 20  # kept for the next one-shot build
        every = len(made)
        made.clear()
        _edits(project)[0]()  # a sentence naming a country and a body the document did not name
        edited = site_files(build_corpus(project, project / "seeds", vocab, cache=cache), vocab).files
        assert every > 20 and 0 < len(made) < every / 2
    finally:
        render.keep_between_builds(False)
    assert edited == _site(project, vocab, stored=False)[0]
