"""Sixth round on documents shaped unlike the seeds (tests/fixtures/unseen/round6_*.txt): a
white-paper chapter whose notes are marked `*1`, an FAQ page (`Q1.` / `A1.`), project tables
written with pipes or tabs and a `Total` row, a bilingual Japanese and English page, a news
story with photo credits and web furniture, a speech with stage directions and literal markup
characters. Asserted on the real output of the pipeline, with every word of the source kept in
order (furniture and lifted header lines aside)."""

from __future__ import annotations

import dataclasses
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


# A note marker the page links (`Statement*1`): a footnote reference, no word of the text.
_LINKED_MARK = re.compile(r"(?<=\S)(?:\*\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s?\[\d{1,3}\])(?![\d(])")


@pytest.mark.parametrize("name", ROUND6)
def test_every_source_word_stays_in_order(name):
    """The body in the source's order; the notes that markers link are the footnotes, in the
    notes list's order, each as the author wrote it."""
    c = cleaned(name)
    footnotes = [p.text for p in c.paragraphs if p.anchor.startswith("fn:")]
    text = _source_text(name)
    if footnotes:
        text = "\n".join(line for line in text.split("\n") if " ".join(line.split()) not in footnotes
                         and not any(f.startswith(line.strip()) for f in footnotes if line.strip()))
        text = _LINKED_MARK.sub("", text)
    body = dataclasses.replace(c, paragraphs=tuple(p for p in c.paragraphs if not p.anchor.startswith("fn:")))
    assert_every_word_in_order(text, body)


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


# --- notes marked `*1`, `¹` or `[2]` -------------------------------------------------------------------

def test_star_marked_notes_are_footnotes_in_the_authors_words():
    name = "round6_white_paper_asterisk_notes.txt"
    c = cleaned(name)
    out = page(name)
    for num, before in [("1", "Joint Vision Statement"), ("2", "(JAIF)"), ("3", "had been selected"),
                        ("4", "initiative"), ("6", "PT Aneka Tambang")]:
        assert re.search(rf'{re.escape(before)}<sup id="fnref:{num}"><a class="footnote-ref" href="#fn:{num}">', out)
    assert "*1" not in c.body.split("[^1]:")[0]  # the mark is the footnote reference now
    assert "[^1]: \\*1 Joint Vision Statement on ASEAN-Japan Friendship and Cooperation" in c.body
    assert re.search(r'<li id="fn:6">\n<p>\*6 JBIC press release, 22 August 2023\.', out)
    # a note no mark points to (the text says "see Note 5") stays where it stood, its wrapped line joined
    assert re.search(r'<p class="atlas-note" id="p-\d+">\*5 Feasibility studies under the ASEAN Power Grid: '
                     r'Lao PDR-Cambodia 500 kV line and a Mekong cross-border study\.</p>', out)
    assert "(see Note 5 below for the list of studies)" in out
    assert c.series == "Diplomatic Bluebook 2024 — Chapter 3 Japan's Foreign Policy to Promote National and Global " \
                       "Interests" and c.title == "Economic Security and Supply Chain Resilience with ASEAN"


NOTE_STYLES = [
    ("a bracketed figure", "the corridor [1] and the port [2].", "[1] JICA survey, 2022.\n[2] Port authority data."),
    ("a superscript", "the corridor¹ and the port².", "¹ JICA survey, 2022.\n² Port authority data."),
    ("a reference mark", "the corridor※1 and the port※2.", "※1 JICA survey, 2022.\n※2 Port authority data."),
]


@pytest.mark.parametrize("style, sentence, notes", NOTE_STYLES, ids=[s[0] for s in NOTE_STYLES])
def test_notes_in_other_styles_are_linked_footnotes(style, sentence, notes):
    c = clean_text(f"Japan's Support for Ports\n\nJapan funds {sentence}\n\nEndnotes\n{notes}\n")
    out = html(c.body)
    assert re.search(r'corridor<sup id="fnref:1">.*port<sup id="fnref:2">', out)
    first, second = notes.split("\n")
    assert texts_of(c)[-2:] == [first, second]  # the footnotes, each as the author wrote it
    assert "<h2" in out  # the `Endnotes` heading


@pytest.mark.parametrize("text", ["The site covers 12 km² and 10² hectares; 2*3 is 6.",
                                  "The list [1] and the note* stay as written."])
def test_marks_with_no_notes_of_their_style_are_the_authors_characters(text):
    c = clean_text(f"Japan's Support for Ports\n\n{text}\n\nNotes\n¹ A note.\n[2] Another.\n*3 A third.\n")
    assert text in texts_of(c)


def test_a_power_after_a_unit_is_no_note_even_with_superscript_notes():
    c = clean_text("Japan's Support for Ports\n\nThe port covers 40 km² of land¹.\n\nNotes\n² Port data.\n¹ Survey.\n")
    out = html(c.body)
    assert "40 km² of land<sup" in out and out.count('class="footnote-ref"') == 1


# --- a news page: photo credits, links to other stories, tags and copyright ----------------------------

def test_photo_credit_lines_are_captions_kept_in_the_text():
    name = "round6_news_photos.txt"
    out = page(name)
    assert re.search(r'<figcaption>\n<p><span class="atlas-caption-label">Photo: JICA</span> Pupils at Ban Na '
                     r'primary school use tablets during a mathematics lesson\.</p>', out)
    assert re.search(r'<span class="atlas-caption-label">\(Photo courtesy of the Ministry of Education and '
                     r'Sports\)</span></p>', out)
    assert "<h2" not in out  # "(Photo courtesy of ...)" was a heading
    assert "JICA" not in " ".join(cleaned(name).source_lines)  # the photographer is not the publisher


def test_related_links_tags_and_copyright_are_furniture():
    c = cleaned("round6_news_photos.txt")
    assert list(c.removed) == ["Home | News | Asia", "Share on Facebook | Share on X | Print", "Related articles",
                               "Japan funds new school buildings in Luang Prabang",
                               "JICA volunteers mark 60 years of service", "Tags: Laos, Japan, Education, JICA",
                               "Share this article", "Print", "© 2024 Vientiane Times. All rights reserved.",
                               "Details in caption."]
    assert texts("round6_news_photos.txt")[-1].startswith("Ms. Tanaka said the biggest challenge")


def test_a_sentence_under_a_related_links_line_stays():
    c = clean_text("Japan Funds Schools\n\nThe first paragraph.\n\nRelated articles\n"
                   "The ministry said more schools will follow next year.\n")
    assert "The ministry said more schools will follow next year." in texts_of(c)


@pytest.mark.parametrize("line", ["Photo by Kyodo", "(Photo: Embassy of Japan)", "Photo courtesy of JICA"])
def test_a_credit_line_alone_is_a_caption(line):
    c = clean_text(f"Japan Funds Schools\n\nThe first paragraph.\n\n{line}\n\nThe last paragraph.\n")
    assert f'<span class="atlas-caption-label">{line}</span>' in html(c.body) and "<h2" not in html(c.body)


# --- a speech full of markup characters renders them as written ---------------------------------------

def test_markup_characters_in_a_speech_render_literally():
    name = "round6_speech_markup.txt"
    out = page(name)
    for shown in ["write *emphasis* or _emphasis_ in Markdown, and whether a &lt;b&gt; tag",
                  ">#ASEANJapan50 was trending last year, and I hope the hashtag #DigitalYouth will",
                  "&gt; \"Code is poetry,\" one participant", '`git commit -m "question"` messages',
                  "[my portfolio](https://example.com)", "2 + 2 = 4", "a_b_c is still"]:
        assert shown in out
    assert "<em>" not in out and "<strong>" not in out and "<code>" not in out and "<blockquote>" not in out
    assert re.search(r'commitments:</p>\n<ol>\n<li id="p-\d+">scholarships for 500 ASEAN students', out)
