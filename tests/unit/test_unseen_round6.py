"""Sixth round on documents shaped unlike the seeds (tests/fixtures/unseen/round6_*.txt): a
white-paper chapter whose notes are marked `*1`, an FAQ page (`Q1.` / `A1.`), project tables
written with pipes or tabs and a `Total` row, a bilingual Japanese and English page, a news
story with photo credits and web furniture, a speech with stage directions and literal markup
characters. Asserted on the real output of the pipeline, with every word of the source kept in
order (furniture and lifted header lines aside)."""

from __future__ import annotations

import re

import pytest
from site_markdown import without_permalinks

from atlas.clean import clean_text
# the same fixture readers and word check as the earlier rounds, so every round reads the documents one way
from test_unseen_documents import cleaned, html, seed, texts
from test_unseen_round3 import assert_every_word_in_order

ROUND6 = ["round6_white_paper_asterisk_notes.txt", "round6_ministry_faq.txt", "round6_project_table.txt",
          "round6_bilingual_jica.txt", "round6_news_photos.txt", "round6_speech_markup.txt"]


def _source_text(name: str) -> str:
    """The fixture's text as the word check reads it: a section number lifted off the title
    (`(5)`) and a photo placeholder (`Details in caption.`) are recorded as removed on their own,
    not as whole lines."""
    text = seed(name).text
    for part in cleaned(name).removed:
        if part not in text.split("\n"):
            text = text.replace(part, "", 1)
    # a list number in Japanese typesetting (`１．`) is shown by the list, like `1. `
    return re.sub(r"(?m)^(\d{1,3})．", r"\1. ", text)


@pytest.mark.parametrize("name", ROUND6)
def test_every_source_word_stays_in_order(name):
    assert_every_word_in_order(_source_text(name), cleaned(name))


def texts_of(c) -> list[str]:
    return [p.text for p in c.paragraphs]


def page(name: str) -> str:
    return without_permalinks(html(cleaned(name).body))


# --- stage directions and asides in brackets are text, never headings -------------------------------

def test_stage_directions_and_a_greeting_before_one_are_paragraphs_not_headings():
    name = "round6_speech_markup.txt"
    out = page(name)
    assert "<h2" not in out and "<h3" not in out
    assert "Good morning. [Applause]" in texts(name)
    assert texts(name)[-3:] == ["Thank you very much.", "[Applause]", "(Provisional translation)"]


@pytest.mark.parametrize("line", ["[Applause]", "(Laughter)", "(Photo courtesy of the Ministry of Education)",
                                  "（拍手）", "Thank you. (Applause)", "Thank you very much. [Applause]"])
def test_a_line_in_brackets_or_a_sentence_with_an_aside_is_no_heading(line):
    c = clean_text(f"A Heading For the Test\n\nThe first paragraph of the text.\n\n{line}\n\nThe last paragraph.\n")
    assert "<h2" not in html(c.body)
    assert line in texts_of(c)


def test_a_numbered_heading_in_brackets_is_still_a_heading():
    c = clean_text("Japan's Plan for Roads\n\nIntro text.\n\n(2) Road Safety Training\n\nText of the section.\n")
    assert "<h2" in html(c.body)


# --- an FAQ's questions and answers ----------------------------------------------------------------

def test_an_faq_s_question_and_answer_lines_are_paragraphs_of_their_own():
    name = "round6_ministry_faq.txt"
    paras = texts(name)
    assert paras[:2] == ["Q1. What is Official Security Assistance (OSA)?",
                         paras[1]] and paras[1].startswith("A1. OSA is a new cooperation framework")
    assert "Q3. Which countries have received OSA so far?" in paras
    assert "A3. In FY2023, the following four countries were selected:" in paras
    assert "Q: Who decides the projects?" in paras
    assert "<h2" not in page(name)  # a question is no heading, in Title Case or not
    assert re.search(r'selected:</p>\n<ol>\n<li id="p-\d+">the Philippines: coastal radar systems', page(name))
    assert cleaned(name).removed == ("Home > Foreign Policy > OSA > FAQ", "Page Top")


def test_an_initial_is_no_answer_label():
    c = clean_text("Q: Who chaired the meeting?\nA. Tanaka chaired it, with the minister.\n\nEnd of text.\n")
    assert texts_of(c)[0] == "Q: Who chaired the meeting? A. Tanaka chaired it, with the minister."


# --- tables written with pipes or tabs --------------------------------------------------------------

def _tables(out: str) -> list[list[list[str]]]:
    tables = re.findall(r"<table>(.*?)</table>", out, re.S)
    return [[re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", t, re.S)]
            for t in tables]


def test_a_pipe_table_and_a_tab_table_with_empty_cells_are_tables():
    name = "round6_project_table.txt"
    grants, loans, sectors = _tables(page(name))
    assert grants[0] == ["Country", "Project", "Sector", "Amount (JPY million)"]  # the `|---|` rule is no row
    assert grants[1] == ["Cambodia", "The Project for Expansion of Water Supply System in Kampot", "Water", "2,866"]
    assert grants[-1] == ["Total", "", "", "10,562"] and len(grants) == 6
    assert loans[0] == ["Country", "Project", "Amount"]
    assert loans[-1] == ["Total", "", "505.0"] and len(loans) == 5  # two tabs: an empty cell
    assert sectors[-1] == ["Total", "52", "58"]
    assert '<td style="text-align: right;">10,562</td>' in page(name)
    assert "\\|" not in cleaned(name).body  # no pipe left as text


def test_a_double_tab_that_only_lines_up_a_header_is_one_gap():
    c = clean_text("Figures\n\nIntro text.\n\nCountry\t\tGrants\tLoans\nCambodia\t98.4\t41.2\nLao PDR\t61.0\t12.5\n\nEnd.\n")
    assert _tables(html(c.body))[0][0] == ["Country", "Grants", "Loans"]


def test_a_line_with_pipes_inside_a_sentence_stays_text():
    line = "| Country | Budget | is how a table row starts, the teacher said."
    c = clean_text(f"Pipes in Text\n\nIntro text.\n\n{line}\n\nEnd.\n")
    assert line in texts_of(c) and "<table" not in html(c.body)


# --- a bilingual page: Japanese headings, numbers and publisher lines ---------------------------------

def test_japanese_bracket_headings_are_headings_also_with_text_after_them_on_their_line():
    name = "round6_bilingual_jica.txt"
    out = page(name)
    assert re.search(r'<h2 id="[^"]+">概要</h2>\n<p id="p-1">JICAが円借款で支援する', out)
    # the section's first sentence on the heading's own line: the heading, then its paragraph
    assert re.search(r'<h2 id="[^"]+">今後の展望</h2>\n<p id="p-\d+">本事業により、ハノイ市の下水処理率', out)
    assert re.search(r'<h3 id="[^"]+">事業概要</h3>\n<ol>', out)


def test_items_numbered_in_full_width_figures_are_a_list_and_keep_their_words_apart():
    name = "round6_bilingual_jica.txt"
    paras = texts(name)
    assert ["事業名：ハノイ市エンサ下水処理場建設事業", "借款金額：約２５０億円", "実施機関：ハノイ市人民委員会",
            "完成予定：２０２７年"] == paras[4:8]  # were glued into one run: "...建設事業２．借款金額..."
    assert page(name).count("<ol>") == 2


def test_a_japanese_date_and_publisher_under_the_titles_are_the_dateline_and_source():
    c = cleaned("round6_bilingual_jica.txt")
    assert (c.title, c.subtitle) == ("ベトナム：ハノイ市の下水道整備事業で起工式",
                                     "Groundbreaking Ceremony for the Hanoi Sewerage Project")
    assert c.dateline == "2024年2月15日" and c.source_lines == ("JICAベトナム事務所",)


def test_a_contact_block_with_a_full_width_colon_keeps_one_line_each():
    assert texts("round6_bilingual_jica.txt")[-2:] == ["問い合わせ先：JICAベトナム事務所", "Contact: JICA Viet Nam Office"]


def test_a_full_width_decimal_opening_a_sentence_is_no_list_number():
    text = "１．５億円の追加融資が決まりました。"
    c = clean_text(f"ベトナムの事業\n\n最初の段落です。\n\n{text}\n\n最後の段落です。\n")
    assert "<ol" not in html(c.body) and text in texts_of(c)
