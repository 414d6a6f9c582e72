"""The inverted index behind the index pages, and related documents."""

from __future__ import annotations

from atlas_factory import make_doc, sample_corpus

from atlas.model import Corpus
from atlas.related import related_documents
from atlas.taxonomy import build_taxonomy, co_occurring, newest_first


def test_documents_newest_first_undated_last():
    docs = newest_first(sample_corpus().documents)
    assert [d.slug for d in docs] == ["cyber-vn", "cyber-asean", "rail-th"]


def test_postings_focus_first_then_newest():
    tax = build_taxonomy(sample_corpus())
    thailand = [(p.doc.slug, p.focus) for p in tax.postings[("countries", "TH")]]
    assert thailand == [("rail-th", True), ("cyber-asean", False)]
    assert tax.terms[("countries", "VN")].src_uri == "countries/vn.md"
    assert tax.terms[("topics", "cybersecurity")].src_uri == "topics/cybersecurity.md"


def test_years_and_pairs():
    tax = build_taxonomy(sample_corpus())
    assert list(tax.years) == ["2023", "2019"]
    assert [d.slug for d in tax.pairs[("VN", "cybersecurity")]] == ["cyber-vn", "cyber-asean"]
    assert [d.slug for d in tax.pairs[("TH", "infrastructure")]] == ["rail-th"]
    assert ("TH", "cybersecurity") not in tax.pairs  # Thailand is only mentioned there, not in focus


def test_co_occurring_terms_counted():
    tax = build_taxonomy(sample_corpus())
    together = co_occurring(tax, tax.terms[("countries", "VN")])
    assert [(t.id, n) for t, n in together["topics"]] == [("cybersecurity", 2)]
    assert [(t.id, n) for t, n in together["countries"]] == [("TH", 1)]


def test_bare_string_entries_and_duplicates_are_tolerated():
    doc = make_doc("x", "X", ["Text."], countries=["VN", "VN"], topics=[{"id": "ict", "name": "ICT"}])
    tax = build_taxonomy(Corpus(documents=[doc]))
    assert len(tax.postings[("countries", "VN")]) == 1
    assert tax.terms[("topics", "ict")].name == "ICT"


def test_related_documents_give_the_shared_terms():
    corpus = sample_corpus()
    tax = build_taxonomy(corpus)
    vn = next(d for d in corpus.documents if d.slug == "cyber-vn")
    related = related_documents(tax, vn)
    assert [r.doc.slug for r in related] == ["cyber-asean"]
    assert {t.name for t in related[0].shared} == {"Viet Nam", "Cybersecurity", "ASEAN", "JICA"}
    rail = next(d for d in corpus.documents if d.slug == "rail-th")
    assert [r.doc.slug for r in related_documents(tax, rail)] == ["cyber-asean"]
