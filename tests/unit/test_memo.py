"""Serve rebuilds reuse the last build's pages: the result must equal a fresh build, always."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SEEDS

from atlas import render
from atlas.assemble import site_files
from atlas.cache import DocumentCache, HeldPages
from atlas.memo import Memo
from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary


def _copy_of_seeds(folder: Path) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy2(seed, folder / "seeds" / seed.name)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edits(project: Path) -> list:
    seeds = sorted((project / "seeds").glob("*.txt"))
    return [
        # a new sentence naming a country and a body the document did not name before
        lambda: _edit(seeds[2], "\n\n", "\n\nKenya and the World Bank signed a new agreement.\n\n"),
        # a new date, same title and address: every list item showing the date must change
        lambda: _edit(seeds[3], "November 2001", "December 2002"),
        # a retitled document: its related documents, term pages and feeds must show the new title
        lambda: _edit(seeds[3], "Japan's Cooperation", "Japan’s Renewed Cooperation"),
        # an acronym no document defines yet, then a definition in another document: the pages
        # naming it get its hover title
        lambda: _edit(seeds[0], "\n\n", "\n\nThe RKP was not there.\n\n"),
        lambda: _edit(seeds[1], "\n\n", "\n\nThe Regional Knowledge Platform (RKP) met the team; the RKP agreed.\n\n"),
        # a document removed, then a copy of another one added under a new name
        lambda: seeds[4].unlink(),
        lambda: shutil.copy2(seeds[0], project / "seeds" / "005_copy.txt"),
    ]


def _sites(project: Path, serving: bool) -> list[dict]:
    """The site before and after each edit, built as serve builds it (one process, memos kept
    between builds) or as a one-shot build (nothing kept)."""
    vocab = load_vocabulary()
    cache = DocumentCache() if serving else None
    render.keep_between_builds(serving)
    try:
        out = [site_files(build_corpus(project, project / "seeds", vocab, cache=cache), vocab).files]
        for edit in _edits(project):
            edit()
            out.append(site_files(build_corpus(project, project / "seeds", vocab, cache=cache), vocab).files)
        return out
    finally:
        render.keep_between_builds(False)


def test_every_serve_rebuild_equals_a_fresh_build_after_each_kind_of_edit(tmp_path):
    incremental = _sites(_copy_of_seeds(tmp_path / "serve"), serving=True)
    fresh = _sites(_copy_of_seeds(tmp_path / "build"), serving=False)
    assert len(incremental) == len(fresh) == 8
    for n, (a, b) in enumerate(zip(incremental, fresh)):
        assert a.keys() == b.keys(), n
        assert [u for u in a if a[u] != b[u]] == [], n
    assert incremental[1] != incremental[0] and incremental[2] != incremental[1]  # the edits show
    assert not any("*[RKP]:" in str(t) for t in incremental[4].values())
    assert any("*[RKP]:" in str(t) for t in incremental[5].values())  # the new acronym is hoverable


def test_a_new_vocabulary_object_starts_the_memo_afresh():
    memo: Memo[str] = Memo("test")
    calls: list[str] = []

    def make(value: str):
        return lambda: calls.append(value) or value

    first, second = object(), object()
    memo.start(True, first)
    assert memo.get("k", make("a")) == "a"
    memo.start(True, first)
    assert memo.get("k", make("b")) == "a"  # reused: same key, same vocabulary
    memo.start(True, second)
    assert memo.get("k", make("c")) == "c"  # another vocabulary: made again
    memo.start(True, second)
    memo.start(True, second)  # a build that did not use "k" drops it
    assert memo.get("k", make("d")) == "d"
    memo.start(False)
    assert memo.get("k", make("e")) == "e" and memo.get("k", make("f")) == "f"
    assert calls == ["a", "c", "d", "e", "f"]


def test_held_pages_give_back_the_same_html_once():
    held = HeldPages()
    html = "<p>Viet Nam “quoted” ✓</p>" * 200
    held.hold("documents/x.md", html)
    assert held.take("documents/x.md") == html
    assert held.take("documents/x.md") is None


def test_long_lists_in_pages_equal_a_fresh_build_and_reuse_the_pages_an_edit_did_not_touch(tmp_path, monkeypatch):
    from atlas import index_pages
    monkeypatch.setattr(index_pages, "PAGE_SIZE", 1)  # every list in pages of one document
    made: list[str] = []
    get = index_pages.LIST_PAGES.get

    def counting_get(key, make):
        return get(key, lambda: made.append(key[0]) or make())
    monkeypatch.setattr(index_pages.LIST_PAGES, "get", counting_get)
    project = _copy_of_seeds(tmp_path / "serve")
    incremental = _sites(project, serving=True)
    fresh = _sites(_copy_of_seeds(tmp_path / "build"), serving=False)
    for n, (a, b) in enumerate(zip(incremental, fresh)):
        assert a.keys() == b.keys(), n
        assert [u for u in a if a[u] != b[u]] == [], n
    assert any("/2.md" in uri for uri in incremental[0])  # the lists were paged
    # The first serve build made every list page; each edit re-made only some of them.
    render.keep_between_builds(True)
    try:
        vocab = load_vocabulary()
        cache = DocumentCache()
        made.clear()
        site_files(build_corpus(project, project / "seeds", vocab, cache=cache), vocab)
        every = len(made)
        made.clear()
        _edit(sorted((project / "seeds").glob("*.txt"))[0], "\n\n", "\n\nKenya and the World Bank signed a new agreement.\n\n")
        site_files(build_corpus(project, project / "seeds", vocab, cache=cache), vocab)
        assert every > 20 and 0 < len(made) < every / 2
    finally:
        render.keep_between_builds(False)


def test_a_page_made_again_unchanged_is_passed_on_as_finished_unless_the_glossary_changed():
    from collections import Counter

    from atlas.glossary import Acronym

    def glossary(*pairs: tuple[str, str]) -> dict:
        return {abbr: Acronym(abbr, Counter({expansion: 1})) for abbr, expansion in pairs}

    md = "# A page\n\nThe RKP and JICA met.\n"
    before = glossary(("JICA", "Japan International Cooperation Agency"))
    after = glossary(("JICA", "Japan International Cooperation Agency"), ("RKP", "Regional Knowledge Platform"))
    render.keep_between_builds(True)
    try:
        out: dict[str, str] = {}
        for g in (before, before, after, after):
            sink = render.PageSink(g, out.__setitem__)
            sink["a.md"] = md  # the same object, as the memos give back an unchanged page
            sink.close()
            page = out["a.md"]
            assert "*[JICA]: Japan International Cooperation Agency" in page
            assert ("*[RKP]: Regional Knowledge Platform" in page) == (g is after)
        first = out["a.md"]
        sink = render.PageSink(after, out.__setitem__)
        sink["a.md"] = md
        assert out["a.md"] is first  # not hashed and finished again
        sink.close()
        render.PageSink(after, out.__setitem__).close()  # a build without the page forgets it
        assert "a.md" not in render._FINISHED
    finally:
        render.keep_between_builds(False)
