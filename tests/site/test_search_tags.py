"""Search ranks a document first for the names it is about, through Material's tags field."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, SEEDS

from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary


def test_focus_names_are_search_tags_and_passing_mentions_are_not(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags = {e["location"]: e.get("tags", []) for e in index["docs"] if "#" not in e["location"]}
    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    for doc in corpus.documents:
        entries = [e for f in ("countries", "regions", "topics") for e in doc.meta.get(f) or ()]
        focus = {e["name"] for e in entries if e.get("focus")}
        passing = {e["name"] for e in entries if not e.get("focus")} - focus
        assert set(tags[doc.url]) == focus, doc.url
        assert not passing & set(tags[doc.url])
    # the white-paper chapter's focus includes cybersecurity (its own `■ Cybersecurity` section)
    white_paper = next(d for d in corpus.documents if d.meta.get("type") == "white-paper")
    assert "Cybersecurity" in tags[white_paper.url]


def test_pair_pages_are_left_out_of_search(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert (built_site / "pairs").is_dir()
    assert not [e["location"] for e in index["docs"] if e["location"].startswith("pairs/")]


def test_quoted_sentences_are_searched_on_their_document_not_on_every_term_page(built_site: Path):
    """A keyword-in-context sentence is left out of the index on term pages; the page's title and
    its list of documents stay in, and the sentence is still found on its document's page."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location = {e["location"]: e for e in index["docs"]}
    thailand = by_location["countries/th/"]
    assert thailand["title"] == "Thailand"
    assert "<mark>" not in thailand["text"] and "“" not in thailand["text"]
    sentence = "The projects aim to address challenges such as agricultural productivity"
    holders = {e["location"].split("#")[0] for e in index["docs"] if sentence in e["text"]}
    assert holders and all(loc.startswith("documents/") for loc in holders), holders


def test_related_documents_and_provenance_are_not_searched_on_a_document_page(built_site: Path):
    """A document page lists other documents' titles (related) and its seed file: neither is what
    the page is about, so neither is in the index; the document's own text is."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    documents = [e for e in index["docs"] if e["location"].startswith("documents/") and
                 e["location"].count("/") >= 2 and "/source/" not in e["location"]]
    assert documents
    assert not [e["location"] for e in documents if e["title"].startswith("Related documents")]
    assert not [e["location"] for e in documents if "SHA-256" in e["text"] or "seed file" in e["text"]]
    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    page = (built_site / corpus.documents[0].url / "index.html").read_text(encoding="utf-8")
    assert "Related documents" in page and "SHA-256 of its text" in page  # still shown to readers
    # the body is searched: the first paragraph's words are in the page's entries
    first = corpus.documents[0].paragraphs[0].text.split()[:6]
    text = " ".join(e["text"] for e in documents if e["location"].startswith(corpus.documents[0].url))
    assert " ".join(first) in " ".join(text.split())
