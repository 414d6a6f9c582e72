"""The walking skeleton, checked on the real built site."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from conftest import ROOT, SEEDS, copy_project, run_mkdocs_build

from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary


def page_text(html: str) -> str:
    """Visible text of the article, whitespace collapsed."""
    article = re.search(r"<article[^>]*>(.*)</article>", html, re.S)
    text = article.group(1) if article else html
    # Inline tags (an <abbr> around "ASEAN" in "ASEAN-Japan") sit inside words: no space for them.
    text = re.sub(r"</?(?:abbr|a|em|strong|span|sup|code|mark)\b[^>]*>", "", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", unescape(text))


def sentences(path: Path) -> tuple[str, str]:
    """First and last sentence of a seed's longest paragraphs (body text, not furniture)."""
    text = path.read_text(encoding="utf-8")
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 120]
    first = re.split(r"(?<=[.!?])\s", paras[0])[0]
    last = re.split(r"(?<=[.!?])\s", paras[-1])[-1]
    return first, last


def test_one_page_per_seed_with_first_and_last_sentence(built_site: Path):
    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(corpus.documents) == len(seeds) == 5
    for doc in corpus.documents:
        html = (built_site / doc.url / "index.html").read_text(encoding="utf-8")
        text = page_text(html)
        first, last = sentences(ROOT / doc.seed.path)
        assert first in text, (doc.seed.path, first)
        assert last in text, (doc.seed.path, last)


def test_home_page_links_every_document(built_site: Path):
    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    home = (built_site / "index.html").read_text(encoding="utf-8")
    for doc in corpus.documents:
        assert f'href="{doc.url}"' in home, doc.url


def test_search_index_holds_every_document(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {entry["location"] for entry in index["docs"]}
    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    for doc in corpus.documents:
        assert doc.url in locations, doc.url


def test_build_leaves_the_source_tree_clean(built_site: Path):
    assert not (ROOT / "docs" / "documents").exists()


def test_no_outside_font_request(built_site: Path):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in home and "fonts.gstatic.com" not in home


def test_seeds_are_the_shared_originals():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.exists():
        return
    for original in sorted(shared.glob("*.txt")):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes(), original.name


def test_bad_seed_fails_strict_build_naming_the_file(tmp_path: Path):
    seeds = {p.name: p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
    seeds["latin1.txt"] = "Caf\xe9 in Hano\xef".encode("latin-1")
    seeds["empty.txt"] = b""
    project = copy_project(tmp_path / "proj", seeds)
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "seeds/latin1.txt" in result.stderr and "not UTF-8" in result.stderr
    assert "seeds/empty.txt" in result.stderr and "empty" in result.stderr
    # Without --strict the good documents are still built.
    result = run_mkdocs_build(project, tmp_path / "site2", strict=False)
    assert result.returncode == 0
    # every good document has its page (the bad seeds get error pages of their own, see test_bad_inputs)
    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    assert len(corpus.documents) == 5
    for doc in corpus.documents:
        assert (tmp_path / "site2" / doc.url / "index.html").is_file(), doc.url
