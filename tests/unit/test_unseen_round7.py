"""Seventh round on documents shaped unlike the seeds (tests/fixtures/unseen/round7_*.txt): text
copied out of PDFs (a Diplomatic Bluebook chapter with form feeds, a JICA annual report with page
footers and figure captions, a ministry handout with `- 1 -` page numbers, seminar proceedings
with `p. 3`), with words hyphenated across line breaks and paragraphs cut by page breaks; and the
leftovers of earlier rounds (`【注】` note labels, exclamations, pipe tables without outer pipes,
`１．概要` section headings). Asserted on the real output of the pipeline, with every word of
the source kept in order (page furniture aside)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from site_markdown import without_permalinks

from atlas.clean import clean_text
# the same fixture readers and word check as the earlier rounds, so every round reads the documents one way
from test_unseen_documents import WORD, cleaned, html, seed, texts
from test_unseen_round3 import assert_every_word_in_order
from test_unseen_round5 import texts_of

ROUND7 = ["round7_pdf_bluebook_chapter.txt", "round7_pdf_jica_annual_report.txt", "round7_pdf_mofa_handout.txt",
          "round7_pdf_seminar_proceedings.txt"]
_CUT = re.compile(r"([^\W\d_]+)-\n\s*([^\W\d_]+)")


def _without_removed(text: str, removed: tuple[str, ...]) -> str:
    """The text without the lines `removed` records, matched from the bottom up: a running
    header's first occurrence, on top of the document, may be its title and stay."""
    lines = text.replace("\f", "\n").split("\n")
    bound = len(lines)
    for line in reversed(removed):
        bound = max(j for j in range(bound) if " ".join(lines[j].split()) == line)
        lines[bound] = ""
    return "\n".join(lines)


def assert_words_kept(text: str, c) -> None:
    """Every source word in order, page furniture aside; a word the typesetter cut at a line's
    end (`develop-` / `ment`) may be one word on the page (`development`), its hyphen gone."""
    page = set(WORD.findall(" ".join(p.text for p in c.paragraphs)))
    text = _CUT.sub(lambda m: m[1] + m[2] if m[1] + m[2] in page else m[0], _without_removed(text, c.removed))
    assert_every_word_in_order(text, dataclasses.replace(c, removed=()))


def _clean(text: str):
    c = clean_text(text)
    assert_words_kept(text, c)
    return c


def page(c) -> str:
    return without_permalinks(html(c.body))


@pytest.mark.parametrize("name", ROUND7)
def test_every_source_word_stays_in_order(name):
    assert_words_kept(seed(name).text, cleaned(name))


# --- page furniture: page numbers and running headers and footers --------------------------------

BLUEBOOK = "round7_pdf_bluebook_chapter.txt"
CHAPTER = "Chapter 3 Japan's Foreign Policy to Promote National and Global Interests"


def test_running_headers_and_page_numbers_at_form_feeds_are_removed_and_recorded():
    c = cleaned(BLUEBOOK)
    assert c.removed == ("212", "Diplomatic Bluebook 2023", CHAPTER, "213", "Diplomatic Bluebook 2023", CHAPTER, "214")
    body = " ".join(texts(BLUEBOOK))
    assert "212" not in body and "213" not in body and "214" not in body
    # the running header's first occurrence, on top of the first page, is the document's header:
    # the book and chapter are its series, the section under them its title (round 9)
    assert (c.series, c.title, c.subtitle) == (f"Diplomatic Bluebook 2023 — {CHAPTER}", "Section 2 Japan-ASEAN Relations",
                                               None)
    assert body.count("Foreign Policy") == 0


def test_a_sentence_cut_by_a_page_break_is_one_paragraph_again():
    paras = texts(BLUEBOOK)
    joined = [p for p in paras if "in cooperation with the private sector. This commitment" in p]
    assert len(joined) == 1
    assert joined[0].startswith("The Government of Japan regards")
    assert not any(p.startswith("private sector.") for p in paras)


def test_words_hyphenated_across_lines_are_mended_as_the_document_writes_them():
    body = " ".join(texts(BLUEBOOK))
    assert "supported the development of quality infrastructure" in body  # develop- / ment
    assert "funds for infrastructure in the Indo-Pacific" in body  # infra- / structure: written closed elsewhere
    assert "supports the digitalisation of public services" in body  # digital- / isation: no word alone
    assert "deepening its cooperation in every field" in body  # co- / operation: the chapter writes cooperation
    assert "Under the Japan-ASEAN Comprehensive" in body and "The Japan-ASEAN Cybersecurity" in body
    # no evidence either way and `piles` is a word: the hyphen stays, the line break goes
    assert "emergency stock-piles and training" in body


def test_the_seminar_keeps_the_hyphens_its_compounds_are_written_with():
    body = " ".join(texts("round7_pdf_seminar_proceedings.txt"))
    assert "Japan's co-operation with Southeast Asia" in body  # co-operation is written so elsewhere
    assert "sustained technical co-operation between" in body
    for compound in ["The Japan-ASEAN Economic Co-operation Fund", "and public-private partnerships",
                     "how short- and long-term goals", "Better decision-making requires",
                     "connect cross-border power grids"]:
        assert compound in body
    assert "five decades, Japan's" in body and "but the preparation of bankable projects" in body


def test_page_footers_with_growing_page_numbers_are_removed_without_form_feeds():
    name = "round7_pdf_jica_annual_report.txt"
    c = cleaned(name)
    assert c.removed == ("JICA Annual Report 2023 45", "46 JICA Annual Report 2023", "JICA Annual Report 2023 47")
    # the same words without a page number: the header stays, the book's name as the series (round 9)
    assert (c.series, c.title) == ("JICA Annual Report 2023", "Southeast Asia")
    paras = texts(name)
    assert any(p.endswith("international car carriers. In Cambodia, the expansion of the Phnom Penh water supply "
                          "system, built with Japanese technology, brought safe drinking water to 300,000 more "
                          "residents. Under the Technical Cooperation Project for Strengthening Capacity of Water "
                          "Supply Authorities, JICA experts from Kitakyushu City trained engineers of eight "
                          "provincial water works.") for p in paras)
    assert "Partnerships and Private Sector Engagement" in paras  # its own line again, under the footer
    # the sections sit one level under the title ("Southeast Asia", the chapter line above them)
    assert '<h2 id="partnerships-and-private-sector-engagement">' in page(c)


def test_decorated_page_numbers_are_removed_and_the_running_title_stays_on_top():
    c = cleaned("round7_pdf_seminar_proceedings.txt")
    running = "Proceedings of the Japan-ASEAN Seminar on Development Cooperation"
    assert c.removed == (running, "p. 3", running, "p. 4", running, "p. 5")
    assert c.title == running
    m = cleaned("round7_pdf_mofa_handout.txt")
    assert m.removed == ("- 1 -", "- 2 -", "Page 3 of 3")


PARA = ("Japan supports the region through a wide range of programmes that include training,\n"
        "experts and equipment for the ministries concerned.\n")


@pytest.mark.parametrize("lines", ["12", "2023", "Japan's Efforts"])
def test_a_repeated_line_or_a_figure_without_a_page_layout_stays_text(lines):
    text = f"Japan and ASEAN\n\n{PARA}\n{lines}\n\n{PARA}\n{lines}\n\n{PARA}"
    c = _clean(text)
    assert c.removed == ()
    assert texts_of(c).count(lines) == 2


def test_a_heading_at_the_foot_of_a_page_is_not_joined_to_the_next_page():
    text = (f"Japan and ASEAN\n\n{PARA}\nSupport for Energy Transition\n\n- 4 -\n\f"
            "Japan provides loans for geothermal power in Indonesia and the Philippines.\n")
    c = _clean(text)
    assert c.removed == ("- 4 -",)
    assert "<h2" in page(c) and "Support for Energy Transition" in texts_of(c)


def test_a_paragraph_cut_before_a_capital_is_joined_when_its_sentence_is_not_over():
    text = (f"Japan and ASEAN\n\n{PARA}\nThe project was agreed in 2022 and will be carried out in close\n"
            "cooperation with the\n\n- 4 -\n\fGovernment of Viet Nam and the Ministry of Transport.\n")
    c = _clean(text)
    assert texts_of(c)[-1].endswith("close cooperation with the Government of Viet Nam and the Ministry of Transport.")


@pytest.mark.parametrize("source, expected", [
    ("the develop-\nment of ports", "the development of ports"),  # `ment` is no word alone
    ("the Japan-\nASEAN summit", "the Japan-ASEAN summit"),
    ("technical co-\noperation. Co-operation matters", "technical co-operation. Co-operation matters"),
    ("technical co-\noperation. Cooperation matters", "technical cooperation. Cooperation matters"),
    ("technical co-\noperation in ports", "technical co-operation in ports"),  # no evidence: the hyphen stays
    ("for short- and\nlong-term goals", "for short- and long-term goals"),
    ("for short-\nand long-term goals", "for short- and long-term goals"),  # a suspended hyphen
])
def test_a_word_cut_by_a_line_break(source, expected):
    c = _clean(f"Japan and ASEAN\n\nThe ministry said that it would support {source} in the years ahead.\n")
    assert texts_of(c) == [f"The ministry said that it would support {expected} in the years ahead."]


# --- figures, tables and their sources ----------------------------------------------------------

def test_figure_and_table_captions_numbered_by_chapter_are_captions():
    out = page(cleaned("round7_pdf_jica_annual_report.txt"))
    for label, title in [("Figure 2-3", "ODA Loan Commitments to Southeast Asia by Sector (FY2022)"),
                         ("Figure 2-4", "Trainees Accepted in Japan"), ("Table 2-1", "Major Projects Signed in FY2022")]:
        assert f'<span class="atlas-caption-label">{label}</span> {title}</p>' in out
    assert out.count('<span class="atlas-caption-label">Table 2-1</span>') == 2  # side by side, then over its table
    assert "<th>Country</th>" in out and "<td>Patimban Port Development (III)</td>" in out


def test_a_source_line_under_a_chart_is_its_caption_not_a_heading_nor_the_document_s_source():
    c = cleaned("round7_pdf_jica_annual_report.txt")
    out = page(c)
    assert "<h2>Source" not in out and "Source: JICA</h2>" not in out
    assert '<span class="atlas-caption-label">Source: JICA</span>' in out
    assert '<span class="atlas-caption-label">Source: JICA, compiled from loan agreements</span>' in out
    assert c.source_lines == ()


@pytest.mark.parametrize("line", ["Table 2 shows the figures for each country.", "Figure 3 illustrates the trend"])
def test_a_sentence_opening_with_a_figure_s_number_is_no_caption(line):
    c = _clean(f"Japan and ASEAN\n\n{PARA}\n{line}\n\n{PARA}")
    assert "atlas-caption" not in c.body and line in texts_of(c)


def test_a_pipe_table_without_outer_pipes_is_a_table():
    out = page(cleaned("round7_pdf_mofa_handout.txt"))
    assert "<th>Country</th>" in out and "<th>Project</th>" in out
    assert "<td>Disaster Risk Reduction and Management</td>" in out and "---" not in out


def test_a_line_holding_a_pipe_without_a_rule_under_it_stays_text():
    c = _clean("Japan and ASEAN\n\nHome | About\nThe ministry wrote a | b on the board.\nThat is all.\n")
    assert "<table" not in page(c)


# --- leftovers of earlier rounds ------------------------------------------------------------------

def test_a_bracketed_note_label_opens_its_paragraph_and_is_no_heading():
    name = "round7_pdf_mofa_handout.txt"
    out = page(cleaned(name))
    assert "<h2>注</h2>" not in out and '>注</h' not in out
    assert "【注】金額は2022年度の実績額（概算）であり、四捨五入のため合計が一致しない場合がある。" in texts(name)


def test_full_width_numbered_section_titles_are_headings():
    out = page(cleaned("round7_pdf_mofa_handout.txt"))
    for title in ["１．概要", "２．主な分野", "３．今後の方針"]:
        assert f">{title}</h2>" in out


def test_a_bilingual_title_in_japanese_is_the_title_not_a_masthead():
    c = cleaned("round7_pdf_mofa_handout.txt")
    assert (c.title, c.subtitle) == ("日ASEAN技術協力の概要", "Overview of Japan-ASEAN Technical Cooperation")
    # the bureau's line ends with its kind of body (局), as a ministry's (省) does: a source line
    assert (c.dateline, c.source_lines) == ("2023年12月", ("外務省国際協力局",))


@pytest.mark.parametrize("line", ["Welcome, Everyone!", "Together, We Build the Future!", "Why Does It Matter?",
                                  "What Next for ASEAN?"])
def test_a_line_ending_in_an_exclamation_or_a_question_is_no_heading(line):
    c = _clean(f"Japan and ASEAN\n\n{PARA}\n{line}\n\n{PARA}")
    assert "<h2" not in page(c) and line in texts_of(c)


def test_a_marked_question_is_still_a_heading():
    c = _clean(f"Japan and ASEAN\n\n{PARA}\n● Why ASEAN?\n\n{PARA}")
    assert ">Why ASEAN?</h2>" in page(c)
