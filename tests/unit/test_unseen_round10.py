"""Tenth round: cleaning documents of genres the fixtures did not hold yet
(tests/fixtures/unseen/round10_*.txt): a leaders' joint statement with numbered paragraphs and
(a), (b) sub-items; a foreign minister's press conference; a project e-newsletter of short items;
a think tank's commentary with a reference list and the author's biography; an event page with
its date, venue and time table. Copied from web pages and PDFs, they bring no-break spaces, share
bars, decorated "Back to top" lines, a mailing list's footer and Word's private-use bullets.
Expected values were read off the fixtures; every word of the source stays, in order."""

from __future__ import annotations

import re

import pytest

from atlas.clean import canonical_text, clean_text, parse
from atlas.clean_blocks import is_source_line
from atlas.clean_rules import load_rules
from test_unseen_documents import cleaned, seed, texts
from test_unseen_round7 import page
from test_unseen_round8 import assert_words_kept

JOINT = "round10_joint_statement_mekong.txt"
PRESSER = "round10_press_conference_fm.txt"
NEWSLETTER = "round10_enewsletter_jica.txt"
COMMENTARY = "round10_thinktank_commentary.txt"
EVENT = "round10_event_forum_agenda.txt"
ROUND10 = [JOINT, PRESSER, NEWSLETTER, COMMENTARY, EVENT]


def headings(name: str) -> list[str]:
    return re.findall(r"<h\d[^>]*>(.*?)</h\d>", page(cleaned(name)))


def body_texts(name: str) -> list[str]:
    """The paragraphs of the text, its footnotes left out."""
    return [p.text for p in cleaned(name).paragraphs if not p.anchor.startswith("fn:")]


def idempotent(text: str) -> None:
    assert clean_text(canonical_text(parse(text))).body == clean_text(text).body


def _clean(text: str):
    c = clean_text(text)
    assert_words_kept(text, c)
    idempotent(text)
    return c


# A reference's marker in square brackets glued to the text (`partner countries[1]`): a link to its
# reference on the page, no word of the paragraph's plain text (a reference's own line keeps it).
_BRACKET_MARK = re.compile(r"(?<=\S)\[\d{1,3}\](?![(\[])")


@pytest.mark.parametrize("name", ROUND10)
def test_every_source_word_stays_in_order(name):
    text = seed(name).text
    if "atlas-note-ref" in cleaned(name).body:
        text = "\n".join(line if line.startswith("[") else _BRACKET_MARK.sub("", line) for line in text.split("\n"))
    assert_words_kept(text, cleaned(name))


# --- no-break spaces --------------------------------------------------------------------------------

def test_a_line_of_no_break_spaces_parts_paragraphs_as_a_blank_line_does():
    c = _clean("Title of the Page\n\nFirst paragraph. It goes on.\n\u00a0\nSecond paragraph.\n \u00a0 \n"
               "\u00a0\u00a0Third one, with a\u00a0no-break space.\n")
    assert [p.text for p in c.paragraphs] == ["First paragraph. It goes on.", "Second paragraph.",
                                             "Third one, with a no-break space."]


def test_the_newsletter_s_items_parted_by_no_break_lines_are_headed_by_their_headlines():
    # each headline stood under a line holding only `&nbsp;`: it was glued to the item above
    assert headings(NEWSLETTER) == [
        "Philippines: Flood early warning system goes live in Cagayan de Oro",
        "Viet Nam: 120 semiconductor engineers complete training",
        "Lao PDR: New textbooks reach 1,200 primary schools",
        "Events: Webinar on cross-border e-commerce"]  # (over its "Date: / Format:" lines)
    paras = texts(NEWSLETTER)
    assert not any(t.startswith(" ") or "\u00a0" in t for t in paras)
    assert "Read more: https://www.jica.go.jp/english/overseas/vietnam/information/topics/2024/semiconductor_hrd.html" \
        in paras  # the item's link, as written
    assert ["Date: 10 April 2024, 14:00-15:30 (Bangkok time)", "Format: Online (Zoom)", "Language: English"] == \
        paras[paras.index("Date: 10 April 2024, 14:00-15:30 (Bangkok time)"):][:3]


def test_a_dateline_written_with_no_break_spaces_is_lifted_with_plain_ones():
    assert cleaned(COMMENTARY).dateline == "15 May 2024"


# --- furniture: newsletters, share bars, decorated lines, buttons -------------------------------------

def test_a_mailing_list_s_own_lines_are_furniture_and_the_newsletter_s_name_the_title():
    c = cleaned(NEWSLETTER)
    # (the number and date under the name is its dateline: test_unseen_round13)
    assert (c.title, c.subtitle, c.dateline) == ("JICA Southeast Asia Newsletter", None, "Issue No. 52 | March 2024")
    for line in ["View this email in your browser", "Read more »", "Read more >>", "Register here",
                 "You are receiving this newsletter because you subscribed on the JICA website.",
                 "Unsubscribe | Update your preferences | Forward to a friend", "Follow us on Facebook | X | YouTube"]:
        assert line in c.removed
    assert texts(NEWSLETTER)[-1].startswith("Small and medium-sized enterprises")


@pytest.mark.parametrize("line", ["Share: Facebook X LinkedIn Email", "Share this: Twitter | LinkedIn",
                                  "▲ Back to top", "Back to top ↑", "► Register now", "» Read more",
                                  "Follow us: Facebook · Instagram · YouTube", "Add to calendar", "YouTube"])
def test_share_bars_buttons_and_decorated_furniture_lines_are_furniture(line):
    assert load_rules().furniture.fullmatch(line)


@pytest.mark.parametrize("line", ["X", "Line", "Register", "Share of grant aid", "Facebook groups helped farmers",
                                  "Follow the money", "Apply the rules", "Apply online"])
def test_words_of_the_text_that_look_like_buttons_are_not(line):
    assert not load_rules().furniture.fullmatch(line)


def test_a_share_bar_and_a_decorated_back_to_top_are_no_heading_nor_text():
    assert "Share: Facebook X LinkedIn Email" in cleaned(COMMENTARY).removed
    assert not any("Share" in h for h in headings(COMMENTARY))
    assert "▲ Back to top" in cleaned(JOINT).removed
    assert body_texts(JOINT)[-1] == "(Provisional translation)"
    event = cleaned(EVENT)
    assert {"► Register now", "Add to calendar", "Share this event"} <= set(event.removed)
    assert "Register now" not in headings(EVENT)
    # a download link with its file's size is the page's word on its attachment: it stays
    assert texts(EVENT)[-1] == "Download the concept note (PDF, 420 KB)"


# --- the press conference ---------------------------------------------------------------------------

def test_a_press_conference_s_name_is_its_title_not_a_press_agency():
    c = cleaned(PRESSER)
    assert c.title == "Press Conference by Foreign Minister Kamikawa Yoko"
    assert "Press Conferences" in c.removed  # the site's section label over it
    assert c.dateline == "Tuesday, 16 April 2024, 10:05 a.m."
    # the venue under the date names a ministry, but it is a place, no publisher (test_unseen_round13)
    assert c.source_lines == ()
    assert headings(PRESSER) == ["Opening Remarks", "Questions and Answers"]


@pytest.mark.parametrize("line, source", [
    ("Press Conference by Foreign Minister Kamikawa Yoko", False), ("News Briefing on the ODA Budget", False),
    ("Jiji Press", True), ("Kyodo News", True), ("The Japan Times", True), ("Manila Press Club", True)])
def test_press_and_news_name_an_outlet_not_in_an_event_s_name(line, source):
    assert is_source_line(line, load_rules()) is source


def test_each_speaker_s_turn_is_a_paragraph_of_its_own_even_without_a_blank_line():
    paras = texts(PRESSER)
    turns = [t.split(":")[0] for t in paras if t.startswith(("Minister", "Reporter"))]
    assert turns == ["Minister Kamikawa", "Reporter (NHK)", "Minister Kamikawa", "Reporter (Kyodo News)",
                     "Minister Kamikawa", "Reporter (Jiji Press)", "Minister Kamikawa", "Reporter (Nikkei)",
                     "Minister Kamikawa"]
    assert "Reporter (Jiji Press): A follow-up question. Is the budget for that support sufficient?" in paras
    assert paras[-2:] == ["(Ends at 10:21 a.m.)", "This is a provisional translation of the Japanese original."]


# --- the joint statement: numbered paragraphs with sub-items -----------------------------------------

def test_numbered_paragraphs_keep_their_numbers_and_their_sub_items_go_under_them():
    out = page(cleaned(JOINT))
    text = out[:out.index('<div class="footnote">')]
    assert re.findall(r"<ol(?: start=\"(\d+)\")?>", text) == ["", "2", "3", "4", "5", "6", "7"]
    assert re.search(r'<li id="p-4">Recalling the Tokyo Strategy 2015 .*? including:<ul>\n'
                     r'<li id="p-5">\(a\) the completion of the Neak Loeung Bridge', out)
    for item, first in (("p-8", "p-9"), ("p-12", "p-13")):
        assert re.search(rf'<li id="{item}">[^<]*:<ul>\n<li id="{first}">\(a\) ', out)
    assert "<!-- -->\n<ul>" not in out  # no sub-items left as a list beside their paragraph
    assert "(c) projects under the Joint Crediting Mechanism (JCM)" in out
    assert '<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2</a></sup>' in out  # the glued `*2`


def test_a_numbered_line_leading_into_a_b_items_is_one_item_with_its_sub_items():
    c = _clean("Outcome of the Dialogue\n\nThe two sides agreed as follows.\n\n"
               "1. Japan will continue its support, including:\n(a) training of engineers;\n(b) equipment.\n\n"
               "2. The next dialogue will be held in Tokyo.\n")
    assert "1. Japan will continue its support, including:\n    { #p-2 }\n    - (a) training of engineers;" in c.body


# --- the commentary: reference list and author's note ------------------------------------------------

def test_a_short_line_over_a_long_unwrapped_one_is_no_part_of_its_paragraph():
    assert "About the author" in headings(COMMENTARY)
    assert texts(COMMENTARY)[-2].startswith("Aiko Tanaka is a Senior Research Fellow")


def test_references_followed_by_the_author_s_section_stay_under_their_heading():
    c = cleaned(COMMENTARY)
    out = page(c)
    refs, bio = out.index('<h2 id="references">'), out.index('<h2 id="about-the-author">')
    for n in "1234":
        assert refs < out.index(f'<p class="atlas-note" id="note-{n}">[{n}]') < bio
    assert '<sup class="atlas-note-ref"><a href="#note-1">[1]</a></sup>' in out
    assert "[^1]" not in c.body and 'class="footnote"' not in out


def test_markup_characters_of_the_commentary_render_as_written():
    out = page(cleaned(COMMENTARY))
    assert "The term *co-creation* is also used loosely" in out
    assert "`CRS_2022_Japan_ASEAN.csv`" in out and "<code>" not in out and "<em>" not in out


# --- the event page: its facts, its programme, its bullets ------------------------------------------

def test_label_lines_aligned_with_tabs_are_one_paragraph_each_not_a_table():
    paras = texts(EVENT)
    assert paras[:5] == [
        "Date: Thursday, 23 May 2024", "Time: 09:30 – 17:00 (Jakarta time, UTC+7)",
        "Venue: ASEAN Secretariat, Jl. Sisingamangaraja No. 70A, Jakarta, Indonesia, and online",
        "Organisers: ASEAN Secretariat; Ministry of Internal Affairs and Communications of Japan (MIC)",
        "Language: English, with Japanese-English interpretation"]
    assert page(cleaned(EVENT)).count("<table>") == 1


def test_a_time_table_with_rows_of_two_and_three_cells_is_one_table_without_a_header_row():
    out = page(cleaned(EVENT))
    table = out[out.index("<table>"):out.index("</table>")]
    assert "<th></th>\n<th></th>\n<th></th>" in table  # no row of the programme made its header
    rows = [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]]
    assert len(rows) == 8
    assert rows[0] == ["09:30 – 10:00", "Registration", ""]
    assert rows[2] == ["10:20 – 11:30", "Session 1: Data governance in ASEAN and Japan",
                       "Moderator: Institute for Information and Communications Policy"]
    assert rows[4] == ["12:30 – 13:30", "Lunch", ""]


def test_a_phrase_over_a_table_and_one_over_paragraphs_are_the_event_page_s_headings():
    # (round 58: "Who should attend" alone over its bullets, no colon, its siblings "About the forum"
    # and "Programme (tentative)" headings: a section title too, no lead-in)
    assert headings(EVENT) == ["About the forum", "Who should attend", "Programme (tentative)", "Registration"]


def test_private_use_bullets_of_a_word_document_are_bullets():
    items = re.findall(r'<li id="p-\d+">(.*?)</li>', page(cleaned(EVENT)))
    assert items == ["Officials of ASEAN ministries in charge of digital policy and data protection",
                     "Regulators and data protection authorities",
                     "Companies and start-ups engaged in cross-border digital services"]


def test_a_word_sub_bullet_o_goes_under_its_bullet():
    text = ("Participants\n\nWho should attend:\n\uf0b7 Officials of ministries\n\uf0b7 Companies and start-ups\n"
            "o including those supported by Japanese programmes\n\uf0b7 Researchers\n")
    c = clean_text(text)
    assert [p.text for p in c.paragraphs][1:] == ["Officials of ministries", "Companies and start-ups",
                                                  "including those supported by Japanese programmes", "Researchers"]
    assert "- Companies and start-ups\n    { #p-3 }\n    - including those supported" in c.body
    idempotent(text)


def test_a_line_opening_with_o_outside_a_bulleted_list_is_text():
    c = _clean("Notes on the survey\n\nThe survey covered two regions,\no the north and the south.\n")
    assert [p.text for p in c.paragraphs] == ["The survey covered two regions, o the north and the south."]
