"""Ninth round: documents copied out of a book (a white paper, an annual report, a bluebook) open
with the book's name and the chapter line(s) above the section that is the document's subject
(tests/fixtures/unseen/round7_pdf_bluebook_chapter.txt, round7_pdf_jica_annual_report.txt,
round4_white_paper_africa.txt). The book and chapter are the series, shown on the page; the
section is the title, not also the body's first heading. Expected values were read off the
fixtures; every word of the source stays, in order."""

from __future__ import annotations

import dataclasses

import frontmatter
import pytest
from atlas_factory import sample_corpus
from site_markdown import render_html

from atlas.clean import clean_text
from atlas.extract_source import document_type, publisher_kinds
from atlas.model import Corpus
from atlas.render import render_pages
from atlas.vocab import load_vocabulary
from test_unseen_documents import cleaned, meta, texts
from test_unseen_round7 import assert_words_kept, page

BLUEBOOK = "round7_pdf_bluebook_chapter.txt"
JICA = "round7_pdf_jica_annual_report.txt"
AFRICA = "round4_white_paper_africa.txt"
CHAPTER = "Chapter 3 Japan's Foreign Policy to Promote National and Global Interests"
PARA = ("Japan supports the region through a wide range of programmes that include training,\n"
        "experts and equipment for the ministries concerned.\n")


def headings(c) -> list[str]:
    return [line.split(" { #")[0] for line in c.body.splitlines() if line.startswith("#")]


def _clean(text: str):
    c = clean_text(text)
    assert_words_kept(text, c)
    return c


# --- the fixtures -----------------------------------------------------------------------------------

def test_a_bluebook_chapter_s_section_is_the_title_and_the_book_and_chapter_its_series():
    c = cleaned(BLUEBOOK)
    assert (c.title, c.subtitle) == ("Section 2 Japan-ASEAN Relations", None)
    assert c.series == f"Diplomatic Bluebook 2023 — {CHAPTER}"
    # no duplicate: the section's sub-sections are the body's top headings
    assert headings(c)[:2] == ["## 1 Strengthening Connectivity in Southeast Asia",
                               "## 2 Human Resource Development and Digital Transformation"]
    assert not any("Japan-ASEAN Relations" in t for t in texts(BLUEBOOK))
    m = meta(BLUEBOOK)
    assert (m["title"], m["series"], m["type"]) == ("Section 2 Japan-ASEAN Relations",
                                                   f"Diplomatic Bluebook 2023 — {CHAPTER}", "white-paper")
    assert "subtitle" not in m


def test_an_annual_report_s_chapter_is_the_title_and_the_report_its_series():
    c = cleaned(JICA)
    assert (c.title, c.subtitle, c.series) == ("Southeast Asia", None, "JICA Annual Report 2023")
    assert headings(c)[0] == "## Overview" and "## Southeast Asia" not in headings(c)
    assert "Southeast Asia" not in texts(JICA)
    m = meta(JICA)
    assert (m["title"], m["series"], m["type"]) == ("Southeast Asia", "JICA Annual Report 2023", "white-paper")
    assert '<h2 id="key-achievements">' in page(c)


def test_a_chapter_and_section_line_under_the_book_s_name_is_the_title():
    c = cleaned(AFRICA)
    assert (c.title, c.subtitle, c.series) == ("Chapter 2 Section 3 Africa", None,
                                               "White Paper on Development Cooperation 2022")
    m = meta(AFRICA)
    assert (m["title"], m["series"]) == ("Chapter 2 Section 3 Africa", "White Paper on Development Cooperation 2022")


@pytest.mark.parametrize("name", [BLUEBOOK, JICA])
def test_the_series_and_the_title_are_shown_on_the_document_page(name):
    corpus = sample_corpus()
    m = meta(name)
    doc = dataclasses.replace(corpus.documents[0], meta={**corpus.documents[0].meta, "title": m["title"],
                                                         "series": m["series"]})
    corpus.documents[0] = doc
    html = render_html(frontmatter.loads(render_pages(Corpus(documents=corpus.documents))[doc.src_uri]).content)
    assert f"<strong>Series:</strong> {m['series']}</p>" in html


# --- the rule on other shapes -------------------------------------------------------------------------

@pytest.mark.parametrize("head, series, title", [
    # the book's name and chapter on two lines, the section under a blank line
    ("Annual Report on ODA 2022\nChapter 2 Regional Cooperation\n\nSection 4 Southeast Asia",
     "Annual Report on ODA 2022 — Chapter 2 Regional Cooperation", "Section 4 Southeast Asia"),
    # each on a block of its own
    ("ASEAN Yearbook 2023\n\nPart II Economic Community\n\nSection 1 Connectivity",
     "ASEAN Yearbook 2023 — Part II Economic Community", "Section 1 Connectivity"),
    # a chapter line alone over a section line
    ("Chapter 4 Development Cooperation\n\nSection 3 Disaster Risk Reduction",
     "Chapter 4 Development Cooperation", "Section 3 Disaster Risk Reduction"),
    # the book's name over an unmarked heading: that chapter of the report
    ("JETRO Annual Report 2024\n\nSupport for Japanese Companies in Asia", "JETRO Annual Report 2024",
     "Support for Japanese Companies in Asia"),
    # a Japanese white paper: 白書, 第N章, 第N節
    ("開発協力白書2023\n第2章 地域別の取組\n\n第1節 東南アジア地域", "開発協力白書2023 — 第2章 地域別の取組", "第1節 東南アジア地域"),
])
def test_book_and_chapter_lines_over_a_section(head, series, title):
    c = _clean(f"{head}\n\n{PARA}\nTraining Programmes\n\n{PARA}")
    assert (c.series, c.title, c.subtitle) == (series, title, None)
    assert headings(c) == ["## Training Programmes"]


def test_a_chapter_line_over_an_unmarked_heading_stays_the_title():
    # without the book's name, "Overview" is the chapter's first heading, not a section copied out
    c = _clean(f"Chapter 4 Development Cooperation\n\nOverview\n\n{PARA}")
    assert (c.series, c.title) == (None, "Chapter 4 Development Cooperation")
    assert headings(c) == ["## Overview"]


@pytest.mark.parametrize("text, title", [
    # a headline naming a white paper, over its lede
    (f"Japan Releases 2024 White Paper on Development Cooperation\n\n{PARA}",
     "Japan Releases 2024 White Paper on Development Cooperation"),
    # the book's name over a standfirst: no section
    ("Diplomatic Bluebook 2024\n\nThe Bluebook reviews Japan's diplomacy in the past year and sets out the "
     f"priorities of the coming one in six chapters\n\n{PARA}", "Diplomatic Bluebook 2024"),
    # a book's name over a sentence in its block: a lede, as any such block is
    (f"JICA Annual Report 2023\nJICA published its annual report on 1 October.\n\n{PARA}", None),
])
def test_a_book_s_name_without_a_section_under_it_is_no_series(text, title):
    c = _clean(text)
    assert (c.series, c.title) == (None, title)


# --- the type of a document whose publisher the vocabulary does not know ------------------------------

def test_a_ministry_bureau_s_handout_is_a_fact_sheet():
    # round7_pdf_mofa_handout: dated 2023年12月, published by 外務省国際協力局 (the Foreign Ministry's
    # International Cooperation Bureau), which organisations.yml does not list: its name tells its kind
    m = meta("round7_pdf_mofa_handout.txt")
    assert (m["source"], m["date"], m["type"]) == ("外務省国際協力局", "2023-12", "fact-sheet")


@pytest.mark.parametrize("line, kinds", [
    ("外務省国際協力局", {"government"}),
    ("Ministry of Planning and Investment", {"government"}),
    ("Embassy of Japan in Laos", {"government"}),
    ("NHK放送局", set()),  # a broadcaster's station: no ministry
    ("By Aiko Tanaka, Bangkok Correspondent", set()),  # a byline names a person
    ("Ministry of Foreign Affairs of Japan", set()),  # known: its kind comes from organisations.yml
])
def test_an_unknown_publisher_s_kind_is_told_by_its_name(line, kinds):
    assert publisher_kinds([line], load_vocabulary()) == kinds


def test_a_dated_text_from_an_unknown_ministry_is_a_fact_sheet_and_from_an_unknown_outlet_news():
    vocab = load_vocabulary()
    args = (vocab, None, "Japan supports the region.", [], True, ["Japan supports the region."])
    assert document_type(*args, ["Ministry of Planning and Investment"]) == "fact-sheet"
    assert document_type(*args, ["Saigon Daily Courier"]) == "news"
    assert document_type(*args) == "news"
