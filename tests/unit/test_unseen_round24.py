"""Twenty-fourth round: four documents of the three kinds the site is made of (news, a white
paper's section, ministries' handouts) in shapes the seeds do not have: a newspaper's site name
right over its menu with no blank line (tests/fixtures/unseen/round24_news_masthead_over_menu.txt),
a white paper's sections numbered "(1)" in sentence case, a basic-data handout whose numbered
sections hold "Label: value" lines, and a ministry's release whose numbered sections run into
their text. Every expected value was read off the fixture's lines (quoted in the comments); each
rule is also tried on small texts written here, where the older reading must hold."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import idempotent

from atlas.clean import clean_text
from atlas.extract_source import source_of
from atlas.vocab import load_vocabulary

NEWS = "round24_news_masthead_over_menu.txt"
PAPER = "round24_white_paper_sentence_case_sections.txt"
SHEET = "round24_basic_data_fact_sheet.txt"
RELEASE = "round24_release_numbered_sections.txt"


def headings(body: str) -> list[str]:
    return [line.split(" { #")[0] for line in body.split("\n") if line.startswith("#")]


@pytest.mark.parametrize("name", [NEWS, PAPER, SHEET, RELEASE])
def test_every_word_that_stays_is_in_order_and_cleaning_is_idempotent(name):
    # (the placeholder after a photo's label, "Photo 1. Details in caption.", goes by a rule of its
    # own, recorded as removed without its label: the check reads the label alone)
    assert_words_kept(seed(name).text.replace("Photo 1. Details in caption.", "Photo 1."), cleaned(name))
    idempotent(seed(name).text)


# --- a newspaper's site: its name over its menu in one block, the tags closing the page ---------

def test_the_site_name_over_its_menu_is_furniture_and_the_headline_the_title():
    # "The Japan News by The Yomiuri Shimbun" / "Politics" / "Society" / "Business" / "World" /
    # "Science & Nature", no blank line between; then the headline, then "The Yomiuri Shimbun" /
    # "19:26 JST, February 11, 2024"
    m, c = meta(NEWS), cleaned(NEWS)
    assert m["title"] == ("Japan to Help Philippines Build Undersea Cable Network; Move Aims to Counter "
                          "Chinese Influence in Digital Infrastructure")
    assert "title_from" not in m
    assert m["date"] == "2024-02-11"
    assert {"Politics", "Society", "Business", "World", "Science & Nature"} <= set(c.removed)
    assert "Politics" not in c.body and "atlas-caption\" id=\"p-1\"" not in c.body
    assert texts(NEWS)[0].startswith("The government plans to provide official development assistance")


def test_one_publisher_named_three_ways_is_one_source():
    # the masthead "The Japan News by The Yomiuri Shimbun", the byline "The Yomiuri Shimbun" and
    # the foot's "Copyright © The Yomiuri Shimbun": The Japan News is the Yomiuri's paper
    assert meta(NEWS)["source"] == "The Yomiuri Shimbun"
    vocab = load_vocabulary()
    assert source_of(["Copyright © The Yomiuri Shimbun"], vocab) == ("The Yomiuri Shimbun", ["yomiuri-shimbun"])
    assert source_of(["Copyright (c) 2024 Kyodo News. All rights reserved."], vocab)[0] == "Kyodo News"
    assert source_of(["The Yomiuri Shimbun", "Yomiuri"], vocab)[0] == "The Yomiuri Shimbun"
    # (a name the vocabulary does not know stays as written)
    assert source_of(["Built by Someone Unknown"], vocab)[0] == "Built by Someone Unknown"


def test_the_tags_closing_the_page_are_furniture():
    # "Related Tags" / "Philippines" / "ODA" / "Digital" as the last lines before the newsletter and copyright
    c = cleaned(NEWS)
    assert {"Related Tags", "Philippines", "ODA", "Digital"} <= set(c.removed)
    assert "Related Tags" not in c.body
    # (further up, the same word is the author's: "Tags" over a paragraph stays)
    body = clean_text("Japan Helps\n\nJapan will help.\n\nTags\n\nThe word tags means labels here, in the text.\n\n"
                      "It goes on.\n").body
    assert "Tags" in body


def test_a_menu_under_a_site_name_in_its_block_needs_menu_words():
    # (short lines under a short line that are not a site's sections stay the author's)
    c = clean_text("Asia Desk\nCambodia\nLaos\nMyanmar\nViet Nam\n\nJapan Helps Them\n\nJapan will help them all.\n")
    assert not {"Cambodia", "Laos", "Myanmar"} & set(c.removed)


# --- a white paper's sections numbered in brackets, in sentence case ---------------------------

def test_bracketed_numbers_in_sentence_case_over_prose_are_headings():
    # "(1) Strengthening health systems" over "Through JICA, Japan supports ... hospital.Note 13";
    # "(2) Responding to infectious diseases" over "Japan established the ASEAN Centre ..."
    assert headings(cleaned(PAPER).body) == ["## Health", "### (1) Strengthening health systems",
                                             "### (2) Responding to infectious diseases"]
    # (short items numbered so, each in a block of its own, stay a list's items, not headings)
    body = clean_text("Japan Helps\n\nThe plan covers:\n\n(1) policy dialogue on hydrogen\n\n(2) feasibility studies\n\n"
                      "(3) training of engineers\n\nJapan will help.\n").body
    assert not [h for h in headings(body) if "(1)" in h]


def test_the_white_paper_keeps_its_notes_and_its_chapter_as_series():
    # "Chapter 2 Specific Initiatives ..." / "Section 3 Addressing Global Issues ..."; "Note 12: UHC means ..."
    m, c = meta(PAPER), cleaned(PAPER)
    assert m["title"] == "Section 3 Addressing Global Issues and Pursuing Human Security"
    assert m["series"] == "Chapter 2 Specific Initiatives of Japan's Development Cooperation"
    assert "[^12]: Note 12: UHC means" in c.body and "Back to Index" in c.removed


# --- a ministry's basic-data handout ----------------------------------------------------------

def test_a_handout_s_title_over_its_date_is_no_chapter_s_series():
    # "Japan-Indonesia Relations (Basic Data)" / "February 20, 2025", then "1. Japan's ODA to
    # Indonesia (cumulative, through FY2023)" (here with a blank line under it, as some copies have)
    m = meta(SHEET)
    assert (m["title"], m.get("date"), m.get("series")) == ("Japan-Indonesia Relations (Basic Data)", "2025-02-20", None)
    text = seed(SHEET).text.replace("(cumulative, through FY2023)\n", "(cumulative, through FY2023)\n\n")
    assert clean_text(text).title == "Japan-Indonesia Relations (Basic Data)"
    # (a book's lines over its numbered section still make the section the title)
    book = clean_text("White Paper on Development Cooperation 2023\nJapan's International Cooperation\n\n"
                      "(2) Digital and Science and Technology\n\nJapan supports digital skills in Asia. It trains people.\n")
    assert book.title.endswith("Digital and Science and Technology") and book.series


def test_a_numbered_section_over_its_fields_is_a_heading_and_each_field_a_line():
    # "2. Trade with Japan (2023)" / "Exports to Japan: 3.2 trillion yen (coal, natural gas, nickel)" /
    # "Imports from Japan: 1.9 trillion yen (machinery, steel, vehicle parts)"
    t = texts(SHEET)
    assert "2. Trade with Japan (2023)" in headings(cleaned(SHEET).body)[0]
    assert "Exports to Japan: 3.2 trillion yen (coal, natural gas, nickel)" in t
    assert "Imports from Japan: 1.9 trillion yen (machinery, steel, vehicle parts)" in t


def test_a_numbered_field_is_no_heading():
    # "3. Japanese direct investment: US$4.6 billion (2023, BKPM)"
    assert not [h for h in headings(cleaned(SHEET).body) if "direct investment" in h]
    assert any(t.startswith("Japanese direct investment: US$4.6 billion") or "direct investment: US$4.6" in t
               for t in texts(SHEET))
    # (a numbered heading whose title has a colon but no figure after it stays one)
    body = clean_text("Japan Helps\n\nJapan will help.\n\n1. Goal 3: Health\n\nJapan builds hospitals. It trains nurses.\n\n"
                      "2. Goal 4: Education\n\nJapan builds schools. It trains teachers.\n").body
    assert [h.split(" ", 1)[1] for h in headings(body)] == ["1. Goal 3: Health", "2. Goal 4: Education"]


def test_fields_with_a_sentence_wrapped_under_them_keep_the_sentence_whole():
    # round5x_eria_skills_report: "1. Methodology" / "Respondents: 1,204 firms ..." / "Survey period:
    # September to December 2023" / "The questionnaire was administered ... in Phnom Penh," /
    # "Vientiane, Yangon and Hai Phong."
    name = "round5x_eria_skills_report.txt"
    assert "### 1. Methodology" in headings(cleaned(name).body)
    t = texts(name)
    assert "Survey period: September to December 2023" in t
    assert ("The questionnaire was administered online and in face-to-face interviews in Phnom Penh, "
            "Vientiane, Yangon and Hai Phong.") in t


# --- a ministry's release: numbered sections run into their text ------------------------------

def test_a_numbered_title_over_its_text_in_one_block_is_a_heading():
    # "1. Background" / "Under AZEC, launched in 2023, ..."; "2. Overview of the MOC" / "The MOC
    # covers:" / "(1) policy dialogue ..."; "3. Future plans" / "METI will support ..."
    m, c = meta(RELEASE), cleaned(RELEASE)
    assert m["title"] == "METI and Thailand's Ministry of Energy Sign Memorandum of Cooperation on Hydrogen and Ammonia"
    assert (m["date"], m["type"]) == ("2025-03-10", "press-release")
    assert headings(c.body) == ["## 1. Background", "## 2. Overview of the MOC", "## 3. Future plans"]
    t = texts(RELEASE)
    assert "Under AZEC, launched in 2023, Japan and its partner countries cooperate to achieve carbon neutrality " \
           "while ensuring energy security. Thailand aims at carbon neutrality by 2050." in t
    assert "The MOC covers:" in t and "(1) policy dialogue on hydrogen and ammonia;" in t


@pytest.mark.parametrize("text", [
    # a numbered item hard-wrapped: its first line is as full as the others
    "Japan Helps\n\nJapan will help.\n\n1. Japan will provide support for the construction of the\n"
    "Mekong bridges and roads in Cambodia and Laos over five years.\n",
    # a list's items, a line each, under a numbered line of their own style
    "Japan Helps\n\nJapan will help.\n\n1. Roads\n2. Bridges\n3. Ports\n",
    # a title ending in a minor word is a line wrapped short
    "Japan Helps\n\nJapan will help.\n\n1. Support for\nTrade and investment across the region comes first, with ports.\n",
])
def test_a_numbered_line_that_wraps_or_lists_is_no_heading(text):
    assert not [h for h in headings(clean_text(text).body) if h.startswith("## 1.")]


# --- a business daily's story: a short standfirst, then a photo's caption over the byline --------

STORY = "round24_news_standfirst_caption_byline.txt"
NOTES = "round24_exchange_of_notes_reference.txt"
LOAN = "round24_loan_release_terms.txt"


@pytest.mark.parametrize("name", [STORY, NOTES, LOAN])
def test_these_too_keep_every_word_in_order_and_clean_idempotently(name):
    assert_words_kept(seed(name).text, cleaned(name))
    idempotent(seed(name).text)


def test_a_short_standfirst_over_the_byline_is_the_standfirst_and_the_byline_gives_the_source():
    # "Universities and companies team up to train engineers, with Tokyo's backing" (12 words) under
    # the headline; then "A student works on a circuit design ... (Photo by Yuji Nitta)" /
    # "YUJI NITTA, Nikkei staff writer" / "March 4, 2025 05:00 JST"
    m, c = meta(STORY), cleaned(STORY)
    assert m["title"] == "Japan courts Vietnam's chip talent as supply chains shift"
    assert m["subtitle"] == "Universities and companies team up to train engineers, with Tokyo's backing"
    assert (m["date"], m["source"]) == ("2025-03-04", "Nikkei Asia")
    assert texts(STORY)[:2] == [
        "A student works on a circuit design at Hanoi University of Science and Technology. (Photo by Yuji Nitta)",
        "HANOI -- When Nguyen Thi Lan graduated in electronics last year, she had offers from three Japanese "
        "chipmakers. She chose Renesas Electronics, which has expanded its design center in Ho Chi Minh City to "
        "more than 1,000 engineers."]
    assert 'class="atlas-caption" id="p-1"' in c.body
    # (a short line under the title over the text itself is no standfirst: it may head the text)
    short = clean_text("Japan Courts Vietnam\n\nSupply chains and chip talent\n\nJapan will help. It trains people.\n")
    assert short.subtitle is None


def test_a_caption_over_no_header_lines_stays_where_it_is():
    # (a line ending with a photo credit over a paragraph is not lifted out of the text's order)
    c = clean_text("Japan Courts Vietnam\n\nA student at work. (Photo by Yuji Nitta)\nShe studies chips in Hanoi.\n\n"
                   "Japan will help. It trains people.\n")
    assert "A student at work. (Photo by Yuji Nitta) She studies chips in Hanoi." in [p.text for p in c.paragraphs]


# --- a ministry's release: numbered paragraphs, then a reference note on one long line ----------

def test_a_note_s_head_over_its_text_on_one_long_line_stands_apart():
    # "(Reference) Basic data on the Lao People's Democratic Republic" (61 characters) over "The Lao
    # People's Democratic Republic has an area of 236,800 square kilometers ..." on one line
    m, c = meta(NOTES), cleaned(NOTES)
    assert (m["title"], m["date"], m["type"]) == (
        "Signing of Exchange of Notes concerning Grant Aid to the Lao People's Democratic Republic", "2025-03-12",
        "press-release")
    assert "(Reference) Basic data on the Lao People's Democratic Republic" in texts(NOTES)
    assert texts(NOTES)[-1].startswith("The Lao People's Democratic Republic has an area of 236,800 square kilometers")
    # (a line as long as a wrapped one over a long line is the same paragraph's: no parting)
    wrapped = clean_text("Japan Helps\n\nJapan and the Lao People's Democratic Republic signed notes on grant aid for water\n"
                         + "supply in the capital, where about 900,000 people live and where demand grows each year " * 2 + ".\n")
    assert len(wrapped.paragraphs) == 1


def test_the_loan_release_under_a_breadcrumb():
    # "Home > News & Features > Press Releases > 2025" / "Press Releases" / "February 27, 2025" / the headline
    m, c = meta(LOAN), cleaned(LOAN)
    assert m["title"].startswith("Signing of Japanese ODA Loan Agreement with the Philippines:")
    assert (m["date"], m["type"]) == ("2025-02-27", "press-release")
    assert {"Home > News & Features > Press Releases > 2025", "Related Links", "Project outline (PDF/250KB)"} <= set(c.removed)
    assert "Interest rate: 0.1% (0.01% for consulting services)" in texts(LOAN)


@pytest.mark.parametrize("line", ["6 March 2025 (Thu)", "March 6, 2025 (Thursday)", "2025年3月6日（木）"])
def test_a_weekday_in_brackets_after_the_date_is_the_dateline_s(line):
    # as Japan's ministries date a release ("March 6, 2025 (Thu)"): the line is lifted, the date read
    text = (f"Japan Signs Grant Aid for Cambodian Water Supply\n\n{line}\n\n"
            "Japan signed a grant of 1.5 billion yen with Cambodia on Wednesday. The project will help Phnom Penh.\n")
    c = clean_text(text)
    assert c.dateline == line and line not in c.body
    # (a place in brackets is no weekday: the line is no dateline of that shape)
    assert clean_text(text.replace(line, "6 March 2025 (Tokyo)")).dateline is None


# --- a diplomatic bluebook's section: numbers without stops, and a column at its end -------------

BLUEBOOK = "round24_bluebook_section_column.txt"


def test_the_bluebook_section_keeps_its_outline_and_its_column_stands_apart():
    # "Diplomatic Bluebook 2024" / "Chapter 2 ..." / "Section 1 Asia and Oceania"; "1 Overview" /
    # "(1) Situation in Asia and Oceania" ...; "Column" / "Japan's Official Security Assistance (OSA)" /
    # "In April 2023, Japan launched OSA, ..." (one line)
    assert_words_kept(seed(BLUEBOOK).text, cleaned(BLUEBOOK))
    idempotent(seed(BLUEBOOK).text)
    m = meta(BLUEBOOK)
    assert (m["title"], m["type"]) == ("Section 1 Asia and Oceania", "white-paper")
    heads = [h.split(" ", 1)[1] for h in headings(cleaned(BLUEBOOK).body)]
    assert heads == ["1 Overview", "(1) Situation in Asia and Oceania", "(2) Japan's efforts", "2 Southeast Asia",
                     "(1) Viet Nam", "(2) Indonesia", "Japan's Official Security Assistance (OSA)"]
    # (the box's label is marked as one over its title, no heading of an empty section)
    assert "Column\n{ #p-5 .atlas-box-label }" in cleaned(BLUEBOOK).body
    assert texts(BLUEBOOK)[-1].startswith("In April 2023, Japan launched OSA, a new cooperation framework")


WRAPPED_BOX = ("Japan Helps Asia\n\nJapan helps Asia in many ways. It trains people.\n\n"
               "Column\nJapan's Official Security Assistance (OSA)\n"
               "In April 2023, Japan launched OSA, a new cooperation framework for the\n"
               "benefit of armed forces of like-minded countries. The Philippines,\n"
               "Malaysia, Bangladesh and Fiji were selected as the first recipients.\n")


def test_a_box_s_label_and_title_stand_apart_from_its_wrapped_text_too():
    c = clean_text(WRAPPED_BOX)
    assert [h.split(" ", 1)[1] for h in headings(c.body)] == ["Japan's Official Security Assistance (OSA)"]
    assert ".atlas-box-label }" in c.body
    assert c.paragraphs[-1].text.startswith("In April 2023, Japan launched OSA") and \
        c.paragraphs[-1].text.endswith("the first recipients.")
    # (a title line as full as the wrapped lines is their first line: the box's text is one paragraph)
    run_on = WRAPPED_BOX.replace("Japan's Official Security Assistance (OSA)\n",
                                 "Japan's Official Security Assistance, launched by the government,\n")
    assert not [h for h in headings(clean_text(run_on).body) if "launched" in h]


def test_a_joint_statement_is_a_policy_announcement_by_its_title_line():
    # round10_joint_statement_mekong: "Joint Statement of the Leaders of Japan and the Mekong Countries
    # on Digital and Green Connectivity", which names no publisher (it was typed news)
    assert meta("round10_joint_statement_mekong.txt")["type"] == "policy-announcement"
    # (a story that reports a joint statement in its sentences stays news)
    assert meta(NEWS)["type"] == "news" and meta(BLUEBOOK)["type"] == "white-paper"
