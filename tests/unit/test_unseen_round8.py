"""Eighth round on documents shaped unlike the seeds (tests/fixtures/unseen/round8_*.txt): the
leftovers of earlier rounds. Items numbered in brackets on lines of their own (`(1) 産業人材育成`)
are a list; a wire story's closing credit is a paragraph of its own, marked as a credit; a place
and a date right under the title open the text, marked as the dateline, and are no standfirst;
short subheadings in sentence case that come back through a document are headings; a notes
list followed by a contact block under its `Notes` heading stays there. Asserted on the real
output of the pipeline, with every word of the source kept in order."""

from __future__ import annotations

import dataclasses
import re

import pytest
from site_markdown import without_permalinks

from atlas.clean import clean_text
# the same fixture readers and word check as the earlier rounds, so every round reads the documents one way
from test_unseen_documents import cleaned, html, meta, seed, texts
from test_unseen_round3 import assert_every_word_in_order
from test_unseen_round5 import texts_of

ROUND8 = ["round8_wire_credit_glued.txt", "round8_embassy_placed_dateline.txt", "round8_jica_priority_areas_ja.txt",
          "round8_report_sentence_subheadings.txt", "round8_fact_sheet_notes_contact.txt"]


def page(c) -> str:
    return without_permalinks(html(c.body))


# A note marker glued to the text (`Summit*1`, `FY2023.Note 1`): a link or a footnote reference on
# the page, no word of its plain text.
_LINKED_MARK = re.compile(r"(?<=\S)(?:\*\d{1,3}|Note \d{1,3})(?![\d(])")


def assert_words_kept(text: str, c) -> None:
    """Every source word in order; a footnote is read at the end, where it stands in the paragraphs."""
    footnotes = [p.text for p in c.paragraphs if p.anchor.startswith("fn:")]
    lines = [line for line in text.split("\n") if " ".join(line.split()) not in footnotes]
    if "atlas-note-ref" in c.body or footnotes:
        lines = [line if _NOTE_LINE.match(line) else _LINKED_MARK.sub("", line) for line in lines]
    body = dataclasses.replace(c, paragraphs=tuple(p for p in c.paragraphs if not p.anchor.startswith("fn:")))
    assert_every_word_in_order("\n".join(lines), body)


_NOTE_LINE = re.compile(r"\s*(?:\d+\.\s+)?(?:\*\d|Note \d)")


def _clean(text: str):
    c = clean_text(text)
    assert_words_kept(text, c)
    return c


def _items(out: str) -> list[list[str]]:
    """The items of each list on a page, as text."""
    return [re.findall(r'<li id="p-\d+">(.*?)</li>', ul, re.S) for ul in re.findall(r"<ul>(.*?)</ul>", out, re.S)]


@pytest.mark.parametrize("name", ROUND8)
def test_every_source_word_stays_in_order(name):
    assert_words_kept(seed(name).text, cleaned(name))


# --- items numbered in brackets --------------------------------------------------------------------

def test_bracket_numbered_lines_in_one_block_are_a_list_keeping_their_numbers():
    name = "round8_jica_priority_areas_ja.txt"
    out = page(cleaned(name))
    assert _items(out) == [
        ["(1) 産業人材育成", "(2) 質の高いインフラ整備と連結性の強化", "(3) デジタル・トランスフォーメーション（DX）の推進"],
        ["（１）東西経済回廊の通関手続き迅速化", "（２）ラオス・カンボジア国境の橋梁整備", "（３）物流人材の研修"],
        ["(1) Industrial human resource development", "(2) Quality infrastructure and connectivity",
         "(3) Digital transformation"]]
    paras = texts(name)
    # the lead-in above the items stays its own paragraph, ending as the author ended it
    assert "連結性の強化については、メコン地域の物流改善に向けて、次の事業を実施する。" in paras
    assert "Priority areas (English summary):" in paras
    assert not any("産業人材育成 (2)" in p or "迅速化（２）" in p for p in paras)


def test_an_english_lead_in_and_its_bracket_numbered_items():
    out = page(cleaned("round8_embassy_placed_dateline.txt"))
    assert re.search(r'<p id="p-\d+">The project will provide the Royal Irrigation Department with the following '
                     r'equipment:</p>\n<ul>', out)
    assert _items(out) == [["(1) Automatic rain gauges and water level gauges at 120 stations",
                            "(2) Two X-band radar units covering the lower basin",
                            "(3) A data centre for real-time forecasting and early warning"]]


@pytest.mark.parametrize("block", [
    "The plan covers (1) roads and\n(2) bridges in the provinces of the north.",  # numbers inside the sentence
    "(1) Roads and bridges in the north\nof the country, and\n(2) ports in the south",  # a wrapped item: prose
    "(1) Roads in the north\n(3) Ports in the south",  # the numbers do not follow each other
    "Japan will support\n(1) Roads in the north\n(2) Ports in the south",  # the lead-in is not over
])
def test_bracket_numbers_that_are_no_list_stay_in_their_paragraph(block):
    c = _clean(f"Japan and ASEAN\n\n{block}\n\nThe ministry will report on progress every year.\n")
    assert "<li" not in page(c)


def test_the_same_items_under_a_numbered_item_stay_its_sub_items():
    c = _clean("Japan and ASEAN\n\nThe plan:\n1. Transport\n(1) Roads in the north\n(2) Ports in the south\n"
               "2. Energy\n")
    out = page(c)
    assert "<ol>" in out and re.search(r"Transport\s*<ul>\s*<li[^>]*>\(1\) Roads in the north</li>", out)


# --- a wire story's credit -------------------------------------------------------------------------

def test_a_wire_credit_glued_to_the_last_paragraph_is_a_paragraph_of_its_own_marked_as_a_credit():
    name = "round8_wire_credit_glued.txt"
    c = cleaned(name)
    credit = ("(Reporting by Karen Lema in Manila and Kiyoshi Takenaka in Tokyo; Additional reporting by "
              "Mikhail Flores; Editing by Martin Petty)")
    assert texts(name)[-1] == credit
    assert texts(name)[-2].endswith("is advising the Department of Transportation on operations and safety.")
    assert f'<p class="atlas-credit" id="p-{len(texts(name))}">{credit}</p>' in page(c)
    # the byline on top stays a source line, the story's source is the wire agency of the lede
    assert c.source_lines == ("By Karen Lema and Kiyoshi Takenaka",)
    assert meta(name)["source"] == "Reuters"


def test_a_wire_credit_in_a_block_of_its_own_is_marked_too():
    out = page(cleaned("round4_reuters_jakarta.txt"))
    assert re.search(r'<p class="atlas-credit" id="p-\d+">\(Reporting by Stefanno Sulaiman in Jakarta', out)


@pytest.mark.parametrize("line", ["(Additional reporting by Rozanna Latiff in Kuala Lumpur)",
                                  "(Writing by John Geddie; Editing by Ed Davies)"])
def test_other_wire_credits(line):
    c = _clean(f"Japan and Malaysia\n\nJapan will fund the plant, officials said. It opens in 2026.\n{line}\n")
    assert texts_of(c) == ["Japan will fund the plant, officials said. It opens in 2026.", line]
    assert "atlas-credit" in c.body


@pytest.mark.parametrize("text", ["The loan was approved (reporting by the ministry showed\nit was needed).",
                                  "The loan was approved.\n(Reporting by the ministry) showed it was needed."])
def test_a_bracket_opening_with_the_same_words_inside_the_text_is_no_credit(text):
    c = _clean(f"Japan and Malaysia\n\n{text}\n")
    assert "atlas-credit" not in c.body and len(texts_of(c)) == 1


# --- a place and a date under the title ------------------------------------------------------------

def test_a_place_and_date_line_right_under_the_title_is_no_standfirst_but_the_text_s_dateline():
    name = "round8_embassy_placed_dateline.txt"
    c = cleaned(name)
    assert c.title == "Japan and Thailand Sign Exchange of Notes on Flood Forecasting Equipment"
    assert c.subtitle is None
    assert texts(name)[0] == "Bangkok, 14 March 2024"  # the place stays on the page, whole
    assert '<p class="atlas-dateline" id="p-1">Bangkok, 14 March 2024</p>' in page(c)
    m = meta(name)
    assert (m["date"], m["date_precision"]) == ("2024-03-14", "day")
    assert "subtitle" not in m


@pytest.mark.parametrize("name", ["markup_literal.txt", "interview_qa.txt"])
def test_a_place_and_date_line_a_blank_line_under_the_title_is_marked_the_same_way(name):
    assert re.search(r'<p class="atlas-dateline" id="p-1">', page(cleaned(name)))


def test_a_place_and_date_line_beside_a_publisher_line_is_still_the_header_s_dateline():
    c = _clean("Japan Hands Over Patrol Boats\nManila, 8 November 2024\nEmbassy of Japan in the Philippines\n\n"
               "Japan handed over two patrol boats to the Philippine Coast Guard. They will patrol the coast.\n")
    assert (c.dateline, c.source_lines) == ("Manila, 8 November 2024", ("Embassy of Japan in the Philippines",))


def test_a_standfirst_under_the_title_is_still_the_subtitle():
    c = _clean("Japan and Thailand Sign Flood Deal\nThe grant will fund radar and rain gauges in the basin\n\n"
               "The two governments signed the notes today. The radar will be installed in 2025.\n")
    assert c.subtitle == "The grant will fund radar and rain gauges in the basin"


# --- sentence-case subheadings -----------------------------------------------------------------------

def test_sentence_case_subheadings_that_come_back_are_headings():
    name = "round8_report_sentence_subheadings.txt"
    out = page(cleaned(name))
    for heading in ["Why the delta needs new farming methods", "What the project has delivered",
                    "Lessons for the next phase"]:
        assert f">{heading}</h2>" in out
    # (round 58: "Key outcomes" over its list, among sentence-case section titles that are
    # headings, is one of them; rounds 3 and 5 kept it the list's paragraph)
    assert re.search(r'>Key outcomes</h2>\n<ol>', out)


def test_the_white_paper_s_subheadings_are_headings():
    out = page(cleaned("round6_white_paper_asterisk_notes.txt"))
    assert ">Supporting supply chain diversification</h2>" in out
    assert ">Critical minerals and clean energy</h2>" in out


PARA = "Japan supports the region with loans and experts. The ministries concerned take part."


def test_one_sentence_case_line_alone_stays_a_paragraph():
    c = _clean(f"Japan and ASEAN\n\n{PARA}\n\nSupport for the energy transition\n\n{PARA}\n\n{PARA}\n")
    assert "<h2" not in page(c) and "Support for the energy transition" in texts_of(c)


@pytest.mark.parametrize("line", [
    "Support for the energy transition and for many other sectors of the economy",  # too long
    "Thanks to all",  # over a one-sentence paragraph (see below)
])
def test_lines_not_shaped_like_a_subheading_stay_paragraphs(line):
    text = f"Japan and ASEAN\n\n{PARA}\n\n{line}\n\nJapan supports the region.\n\n{line}\n\nJapan helps.\n"
    c = _clean(text)
    assert "<h2" not in page(c)


def test_repeated_subheadings_over_single_sentences_stay_paragraphs():
    c = _clean(f"Japan and ASEAN\n\n{PARA}\n\nRoads in the north\n\nJapan builds roads.\n\n"
               "Ports in the south\n\nJapan builds ports.\n")
    assert "<h2" not in page(c)


# --- a notes list with a contact block after it, under its `Notes` heading ----------------------------

def test_notes_followed_by_a_contact_block_stay_under_their_heading_and_the_markers_link_there():
    out = page(cleaned("round4_meti_fact_sheet.txt"))
    assert '<div class="footnote">' not in out and "footnote-ref" not in out
    assert ('in FY2023.<sup class="atlas-note-ref"><a href="#note-1">Note 1</a></sup> Support for Myanmar' in out)
    # the heading, its note, then the contact lines: the order of the source, the heading not empty
    assert re.search(r'<h2 id="notes">Notes</h2>\n<p class="atlas-note" id="note-1">Note 1: Figures as of 31 January '
                     r'2024 \(Reiwa 6\)\. Amounts are rounded\.</p>\n<p id="p-\d+">Contact: Trade Policy Bureau', out)


def test_every_marker_links_to_its_note_kept_in_place():
    name = "round8_fact_sheet_notes_contact.txt"
    out = page(cleaned(name))
    links = re.findall(r'<sup class="atlas-note-ref"><a href="#(note-\d)">(\*\d)</a></sup>', out)
    assert links == [("note-1", "*1"), ("note-2", "*2"), ("note-3", "*3")]
    for ident, mark in links:
        assert re.search(rf'<p class="atlas-note" id="{ident}">\{mark} ', out)
    assert out.index('id="note-3"') < out.index("For inquiries:") < out.index("Tel: +81-3-3580-3311")
    assert "<sup" not in "".join(texts(name))  # the plain text has no marker markup


def test_notes_that_end_their_section_are_still_footnotes():
    body = cleaned("white_paper_numbering.txt").body
    assert "[^1]: Note 1:" in body and "atlas-note-ref" not in body
    c = _clean("Japan and ASEAN\n\nJapan supports the region.*1 The ministries take part.\n\nNotes\n"
               "*1 Figures as of March 2024.\n\nGlossary\nODA\nOfficial development assistance\n")
    assert "[^1]: *1 Figures as of March 2024." in c.body.replace("\\", "")
