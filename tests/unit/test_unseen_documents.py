"""Documents shaped unlike the seeds (press releases, project pages, speeches, fact sheets with
tables, white-paper sections, British-spelt news, text full of markup characters), each read from
tests/fixtures/unseen/ and run through the real pipeline: what cleaning and extraction get right
on documents written by other people in the field."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from site_markdown import render_html

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract import extract_metadata
from atlas.model import Cleaned, Seed
from atlas.read import read_seed
from atlas.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
WORD = re.compile(r"[^\W_]+")


def seed(name: str) -> Seed:
    return read_seed(UNSEEN / name, ROOT)


@functools.cache
def cleaned(name: str) -> Cleaned:
    return clean_text(seed(name).text)


@functools.cache
def meta(name: str) -> dict:
    return extract_metadata(seed(name), cleaned(name), load_vocabulary())


def texts(name: str) -> list[str]:
    return [p.text for p in cleaned(name).paragraphs]


def html(body: str) -> str:
    return render_html(body)


def fixtures() -> list[str]:
    return sorted(p.name for p in UNSEEN.glob("*.txt"))


# --- every fixture ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", fixtures())
def test_cleaning_is_idempotent(name):
    first = parse(seed(name).text)
    again = clean_text(canonical_text(first))
    assert again.body == cleaned(name).body


# --- notes ----------------------------------------------------------------------------------------

def test_a_note_no_marker_points_to_stays_where_it_stood():
    """ministry_news_fy.txt-like shape: a lone `Note 1:` under a paragraph, text after it."""
    paras = texts("lone_note.txt")
    note = next(i for i, t in enumerate(paras) if t.startswith("Note 1:"))
    assert paras[note + 1].startswith("The first grids")  # not moved to the end of the document
    assert "{ #p-2 .atlas-note }" in cleaned("lone_note.txt").body


# --- the lede's dateline --------------------------------------------------------------------------

def test_a_lede_opened_by_a_dateline_is_body_text_even_without_its_final_stop():
    c = cleaned("british_news_lede.txt")
    assert c.title == "Japan to help Lao PDR and Timor-Leste digitise land registries"
    assert c.subtitle is None
    assert texts("british_news_lede.txt")[0].startswith("BANGKOK — Japan will help the Lao PDR")
    assert meta("british_news_lede.txt")["summary"].startswith("Japan will help")  # after its dateline


def test_the_wire_agency_in_a_lede_dateline_is_the_source():
    assert meta("press_release_kyodo.txt")["source"] == "Kyodo News"
    assert "date" not in meta("press_release_kyodo.txt")  # "March 3": no year, no date


def test_a_dated_lede_dateline_gives_the_date():
    m = meta("lone_note.txt")
    assert (m["date"], m["date_precision"]) == ("2023-06-14", "day")
    assert "source" not in m  # no agency credited


def test_a_notes_heading_on_the_line_above_its_notes_is_split_off():
    c = cleaned("white_paper_numbering.txt")
    assert "## Notes { #notes }" in c.body
    assert "vision.[^1] Japan supports" in c.body  # the glued marker now finds its note
    assert "[^1]: Note 1: A vision announced by Prime Minister Shinzo Abe" in c.body
    assert "Note 2: For the full list of projects, see the ODA data book.\n{ #p-" in c.body
    assert not any(t.startswith("Notes Note 1") for t in texts("white_paper_numbering.txt"))


# --- datelines naming a place ---------------------------------------------------------------------

@pytest.mark.parametrize("name, line, date", [
    ("markup_literal.txt", "Manila, 2024/03/12", "2024-03-12"),
    ("interview_qa.txt", "Hanoi, Viet Nam / 5 September 2023", "2023-09-05"),
])
def test_a_place_and_date_line_is_text_not_a_heading_and_dates_the_document(name, line, date):
    body = cleaned(name).body
    assert f"## {line}" not in body.replace("\\", "")
    assert texts(name)[0] == line  # the place stays on the page
    assert meta(name)["date"] == date


# --- the header: section labels, lines before the title -------------------------------------------

def test_a_section_label_and_a_dateline_above_the_headline_leave_the_headline_the_title():
    c = cleaned("ministry_news_fy.txt")
    assert c.title.startswith("Signing of Japanese ODA Loan Agreement with the Republic of Indonesia")
    assert "Press Releases" in c.removed and "Press Releases" not in c.source_lines
    m = meta("ministry_news_fy.txt")
    assert "title_from" not in m and "source" not in m
    assert m["date"] == "2024-02-20"


def test_a_kind_label_inside_the_header_block_is_furniture_and_the_rest_is_metadata():
    c = cleaned("fact_sheet_table.txt")
    assert "Fact Sheet" in c.removed
    assert c.source_lines == ("Ministry of Foreign Affairs of Japan",)
    assert c.dateline == "Updated: 12 March 2024"
    assert not any("Updated" in t for t in texts("fact_sheet_table.txt"))
    m = meta("fact_sheet_table.txt")
    assert (m["type"], m["date"], m["source"]) == ("fact-sheet", "2024-03-12", "Ministry of Foreign Affairs of Japan")


# --- tables as plain text -------------------------------------------------------------------------

def test_columns_aligned_with_tabs_or_spaces_are_a_table():
    page = html(cleaned("fact_sheet_table.txt").body)
    assert page.count("<table>") == 2
    assert "<th>Country</th>" in page and ">Technical Cooperation</th>" in page  # tab-separated
    assert '<td>Viet Nam</td>\n<td style="text-align: right;">35.1</td>' in page  # figures aligned right
    assert "<td>Water and environment</td>\n<td>Vientiane water supply, Mekong River Commission" in page  # spaces
    assert any(t.startswith("Country Grants Loans Technical Cooperation Total Cambodia 98.4")
               for t in texts("fact_sheet_table.txt"))  # the words, in order, for search and context


def test_two_spaces_between_sentences_are_not_columns():
    c = clean_text("Japan Opens a Data Centre in Laos\n\n"
                   "Japan opened a data centre in Vientiane.  It will host the\n"
                   "government cloud.  Officials said it cost $40 million.\n")
    assert "<table>" not in html(c.body)
    assert [p.text for p in c.paragraphs] == [
        "Japan opened a data centre in Vientiane. It will host the government cloud. "
        "Officials said it cost $40 million."]


def test_column_lines_that_do_not_line_up_keep_their_lines():
    c = clean_text("Japan ODA by Sector\n\nFigures for 2022 are below.\n\n"
                   "Sector      2021     2022\nHealth      10.2\nDigital     4.1      5.0\n")
    assert [p.text for p in c.paragraphs] == ["Figures for 2022 are below.", "Sector 2021 2022", "Health 10.2",
                                              "Digital 4.1 5.0"]


# --- numbering -----------------------------------------------------------------------------------

def test_circled_numbers_mark_sections_whatever_the_case_of_their_titles():
    heads = [line for line in cleaned("white_paper_numbering.txt").body.split("\n") if line.startswith("#")]
    assert heads[:3] == ["## ① Building digital infrastructure { #1-building-digital-infrastructure }",
                         "## ② Developing human resources { #2-developing-human-resources }",
                         "## ③ Rules and standards { #3-rules-and-standards }"]


def test_items_at_the_margin_after_a_lead_in_colon_are_a_list_and_keep_their_letters():
    page = html(cleaned("white_paper_numbering.txt").body)
    assert "The main activities are:</p>" in page
    assert "<li id=\"p-5\">a) policy dialogues with the ASEAN Secretariat on data governance;</li>" in page
    assert "<li id=\"p-7\">c) joint research on cross-border data flows" in page
    numbered = clean_text("Japan's Plan for Port Digitalisation in Viet Nam\n\n"
                          "The plan, officials said, has three parts:\n1. customs data\n2. port community systems\n"
                          "3. training\n\nIt starts in 2025.\n")
    assert "1. customs data\n    { #p-2 }\n2. port community systems" in numbered.body
    prose = clean_text("Japan's Plan for Port Digitalisation in Viet Nam\n\n"
                       "The number of ports covered rose from\n3. to 12 in two years, officials said.\n")
    assert [p.text for p in prose.paragraphs] == [
        "The number of ports covered rose from 3. to 12 in two years, officials said."]


# --- furniture, characters, people ---------------------------------------------------------------

def test_a_back_to_link_naming_its_list_is_furniture():
    assert "Back to Project List" in cleaned("jica_project_page.txt").removed
    assert not any("Back to" in t for t in texts("jica_project_page.txt"))


def test_markup_and_character_references_in_the_text_render_as_written():
    name = "markup_literal.txt"
    page = html(cleaned(name).body)
    # A character reference copied from a page's source is the character it stands for (the text
    # as the author wrote it); the "&" it decodes to is escaped again, a literal "&" on the page.
    assert "Fees: ₱0 for scholars &amp; 50% off for others;" in page
    assert "Tuition — normally ¥150,000 – is covered by the grant under Japan’s digital partnership." in page
    assert "&amp;mdash;" not in page and "#8217" not in page
    assert "<script>" not in page and "&lt;script&gt;alert('hi')&lt;/script&gt;" in page
    assert "a link is written [JICA](https://www.jica.go.jp) and a table uses pipes like | Country | Budget |." in page
    assert "<h1" not in page and "<blockquote>" not in page and "<em>" not in page and "<strong>" not in page
    assert "&gt; 90% of last year's graduates" in page
    assert "snake_case variable names such as user_id and __init__ methods" in page


def test_words_of_a_title_after_a_role_are_not_a_name():
    # "Mr. Masaki Yasushi, Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of
    # Indonesia, and Ms. Sri Mulyani Indrawati, Minister of Finance of ...": the text names two people,
    # each before a role; the words of the title are part of the role, never a name
    assert meta("ministry_news_fy.txt")["people"] == [
        {"name": "Masaki Yasushi", "role": "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of Indonesia"},
        {"name": "Sri Mulyani Indrawati", "role": "Minister of Finance"}]


def test_a_person_named_with_a_role_in_the_title_is_one_of_the_people():
    assert meta("speech_transcript.txt")["people"] == [{"name": "Fumio Kishida", "role": "Prime Minister"}]
