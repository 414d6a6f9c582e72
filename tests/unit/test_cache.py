"""The per-seed cache that `mkdocs serve` keeps across rebuilds: reuse only what did not change."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS

from atlas import cache as cache_module
from atlas.cache import DocumentCache, PageWriter, vocabulary_fingerprint
from atlas.pipeline import build_corpus
from atlas.render import render_pages
from atlas.vocab import load_vocabulary


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy2(seed, tmp_path / "seeds" / seed.name)
    return tmp_path


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def build(project: Path, vocab, cache=None):
    return build_corpus(project, project / "seeds", vocab, cache=cache)


def test_cached_build_is_the_same_site_as_an_uncached_one(project, vocab):
    cache = DocumentCache()
    build(project, vocab, cache)
    again = build(project, vocab, cache)
    assert (cache.hits, cache.misses) == (5, 0)
    assert render_pages(again) == render_pages(build(project, vocab))


def test_editing_one_seed_reprocesses_only_that_seed(project, vocab):
    cache = DocumentCache()
    build(project, vocab, cache)
    seed = sorted((project / "seeds").glob("*.txt"))[2]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA sentence added by the editor.\n", encoding="utf-8")
    corpus = build(project, vocab, cache)
    assert (cache.hits, cache.misses) == (4, 1)
    edited = next(d for d in corpus.documents if d.seed.path.endswith(seed.name))
    assert "A sentence added by the editor." in edited.body
    assert len(cache) == 5  # the entry for the old text is dropped


def test_deleted_seed_leaves_the_cache(project, vocab):
    cache = DocumentCache()
    build(project, vocab, cache)
    sorted((project / "seeds").glob("*.txt"))[0].unlink()
    corpus = build(project, vocab, cache)
    assert len(corpus.documents) == 4 and len(cache) == 4


def test_renamed_seed_is_reprocessed_under_its_new_path(project, vocab):
    cache = DocumentCache()
    build(project, vocab, cache)
    old = sorted((project / "seeds").glob("*.txt"))[1]
    old.rename(old.with_name("zz_renamed.txt"))
    corpus = build(project, vocab, cache)
    assert cache.misses == 1
    assert "seeds/zz_renamed.txt" in {d.seed.path for d in corpus.documents}


def test_corpus_stages_cannot_change_the_cached_documents(project, vocab):
    # Two seeds with the same title: the second gets slug "x-2" in every build, never "x-2-2".
    seeds = project / "seeds"
    twin = sorted(seeds.glob("*.txt"))[3]
    shutil.copy2(twin, seeds / "zz_twin.txt")
    cache = DocumentCache()
    first = build(project, vocab, cache)
    first.documents[0].meta["title"] = "changed downstream"
    second = build(project, vocab, cache)
    assert [d.slug for d in second.documents] == [d.slug for d in build(project, vocab).documents]
    assert second.documents[0].meta["title"] != "changed downstream"


def test_a_bad_seed_fails_again_with_the_same_problem(project, vocab):
    (project / "seeds" / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    cache = DocumentCache()
    first = build(project, vocab, cache)
    second = build(project, vocab, cache)
    assert cache.hits == 6
    assert [p.format() for p in second.problems] == [p.format() for p in first.problems]
    assert any("seeds/latin1.txt" in p.format() and "not UTF-8" in p.message for p in second.problems)


def test_changed_vocabulary_or_pipeline_version_empties_the_cache(project, vocab, monkeypatch):
    cache = DocumentCache()
    build(project, vocab, cache)
    topics = vocab.topics
    more = {**topics, "zz-new-topic": {"label": "New"}} if isinstance(topics, dict) else [*topics, "zz-new-topic"]
    changed = dataclasses.replace(vocab, topics=more)
    assert vocabulary_fingerprint(changed) != vocabulary_fingerprint(vocab)
    build(project, changed, cache)
    assert (cache.hits, cache.misses) == (0, 5)
    monkeypatch.setattr(cache_module, "PIPELINE_VERSION", "test-bump")
    build(project, changed, cache)
    assert (cache.hits, cache.misses) == (0, 5)


def test_fingerprint_is_stable_for_equal_data(vocab):
    assert vocabulary_fingerprint(vocab) == vocabulary_fingerprint(load_vocabulary())


def test_page_writer_rewrites_only_changed_pages_and_removes_gone_ones(tmp_path: Path):
    writer = PageWriter(tmp_path / "pages")
    paths = writer.write({"documents/a.md": "# A\n", "countries/vn.md": "# Viet Nam\n"})
    assert writer.written == 2 and paths["documents/a.md"].read_text(encoding="utf-8") == "# A\n"
    stamp = paths["countries/vn.md"].stat().st_mtime_ns
    writer.write({"documents/a.md": "# A, edited\n", "countries/vn.md": "# Viet Nam\n"})
    assert writer.written == 1  # the unchanged page keeps its mtime: serve --dirty skips it
    assert paths["countries/vn.md"].stat().st_mtime_ns == stamp
    assert paths["documents/a.md"].read_text(encoding="utf-8") == "# A, edited\n"
    writer.write({"documents/a.md": "# A, edited\n"})
    assert not paths["countries/vn.md"].exists()


def test_page_writer_leaves_identical_files_from_a_previous_session(tmp_path: Path):
    PageWriter(tmp_path).write({"a.md": "same\n"})
    again = PageWriter(tmp_path)  # a new serve session finds the file already right
    again.write({"a.md": "same\n", "feed.json": b"{}"})
    assert again.written == 1 and (tmp_path / "feed.json").read_bytes() == b"{}"


def test_scratch_pages_write_each_file_at_once_and_clear_up(tmp_path):
    from atlas.cache import ScratchPages

    dead = tmp_path / f"{ScratchPages.PREFIX}99999999"  # a killed build's folder: no such process
    (dead / "documents").mkdir(parents=True)
    scratch = ScratchPages(tmp_path)
    assert not dead.exists()
    scratch.put("documents/a.md", "# Ä page\n")
    scratch.put("documents/a/source.txt", b"raw \xe2\x80\x9cbytes\xe2\x80\x9d")
    assert scratch.paths["documents/a.md"].read_text(encoding="utf-8") == "# Ä page\n"
    assert scratch.paths["documents/a/source.txt"].read_bytes() == b"raw \xe2\x80\x9cbytes\xe2\x80\x9d"
    scratch.remove()
    assert not scratch.folder.exists()


def test_a_build_leaves_no_scratch_folder(tmp_path):
    """A one-shot build's pages go through the scratch folder; it is gone after the build.
    (That the pages are the in-memory site's: tests/engines/test_engines.py compares the built
    site with the export, which never touches the disk.)"""
    from conftest import copy_project, run_mkdocs_build

    project = copy_project(tmp_path / "project")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (project / ".cache" / "atlas").is_dir()  # it was made...
    assert not list((project / ".cache" / "atlas").glob("scratch-*"))  # ...and emptied
    assert (tmp_path / "site" / "documents").is_dir()


def test_the_search_index_written_entry_by_entry_is_materials_file_byte_for_byte(tmp_path):
    import json

    from atlas.search_index import dump_entries, write_dumped_index, write_search_index

    config = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {"title": {"boost": 1e3}},
              "jieba_dict": None}  # keys Material does not write are left out, as it leaves them
    entries = [{"location": "", "title": "Home", "text": "<p>Viet Nam &amp; “ASEAN” — 日本</p>"},
               {"location": "documents/a/#p-1", "title": "A", "text": "x", "tags": ["Thailand"], "boost": 2}]
    path = tmp_path / "search" / "search_index.json"
    write_search_index(path, config, entries)
    materials = json.dumps({"config": {k: config[k] for k in ("lang", "separator", "pipeline", "fields")},
                            "docs": entries}, separators=(",", ":"), default=str)
    assert path.read_bytes() == materials.encode("utf-8")
    write_search_index(path, config, [])
    assert json.loads(path.read_text(encoding="utf-8"))["docs"] == []
    # serve keeps each page's entries encoded; pages without entries (left out of search) add nothing
    by_page = [[], entries[:1], [], entries[1:] * 3, []]
    write_dumped_index(path, config, [dump_entries(page) for page in by_page])
    assert path.read_bytes() == json.dumps({"config": {k: config[k] for k in ("lang", "separator", "pipeline", "fields")},
                                            "docs": [e for page in by_page for e in page]},
                                           separators=(",", ":"), default=str).encode("utf-8")
