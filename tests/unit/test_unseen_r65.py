"""Round 65: the head of a page, round two. Kickers and section labels over a headline, bylines
run together, a speaker's name over their words, dates written twice, and the banners, notices and
cover pages a copy takes along above a story. Each shape was probed with variants first; what came
out wrong is tested here with the variants, and the author's words that must stay."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta

from atlas.clean import canonical_text, clean_text, parse

KICKER = "r65_kicker_over_headline_news.txt"

HEADLINE = "Japan and Vietnam sign deal on semiconductor training"
LEDE = ("HANOI — Japan and Vietnam on Tuesday signed an agreement to train 10,000 semiconductor engineers "
        "by 2030, the Japan International Cooperation Agency said.\n\n"
        "The programme will be run with Hanoi University of Science and Technology.\n")


def title_of(text: str) -> str | None:
    return read_text(text)[0].get("title")


# --- a kicker right over the headline ------------------------------------------------------------

def test_kicker_over_headline_goes_and_headline_is_the_title():
    # "Skip to main content" / "Trending" / "Japan and Cambodia open vocational school ..." / "Published: 14 May 2024"
    m = meta(KICKER)
    assert m["title"] == "Japan and Cambodia open vocational school for electrical technicians in Phnom Penh"
    assert str(m["date"]) == "2024-05-14"
    body = cleaned(KICKER).body
    assert "Trending" not in body
    assert "Two more schools, in Siem Reap and Battambang, are due to open in 2026." in body


def test_box_of_most_read_headlines_at_the_end_still_goes():
    body = cleaned(KICKER).body
    assert "Most Read" not in body and "Thai baht slides" not in body


@pytest.mark.parametrize("label", ["Trending", "Most Read", "Editor's Pick", "Top Stories", "Latest",
                                   "TRENDING", "Most Popular", "Editor’s Picks", "Latest News"])
@pytest.mark.parametrize("below", ["\n15 May 2024\n\n", "\nBy Nguyen Thu Ha\n\n", "\n\n"])
def test_any_kicker_over_the_headline_leaves_it_the_title(label, below):
    # "Trending" / "Japan and Vietnam sign deal ..." / its date, its byline or the lede
    text = f"{label}\n{HEADLINE}{below}{LEDE}"
    assert title_of(text) == HEADLINE
    assert label not in clean_text(text).body


@pytest.mark.parametrize("site", ["", "VnExpress International\n\n"])
def test_kicker_a_blank_line_over_headline_and_date_leaves_it_the_title(site):
    # "Most Read" / "" / "Japan and Vietnam sign ..." / "15 May 2024": the block under the label is
    # the headline and its date, no two links
    assert title_of(f"{site}Most Read\n\n{HEADLINE}\n15 May 2024\n\n{LEDE}") == HEADLINE


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_box_of_headlines_over_the_story_still_goes(gap):
    # (negative) "Trending" over three other stories' headlines, then the story's own: the box goes
    text = (f"Trending{gap}Japan pledges aid to Laos\nThai baht slides\nASEAN ministers meet in Vientiane\n\n"
            f"{HEADLINE}\n15 May 2024\n\n{LEDE}")
    assert title_of(text) == HEADLINE
    body = clean_text(text).body
    assert "Thai baht slides" not in body and "Japan pledges aid to Laos" not in body


def test_kicker_head_is_idempotent():
    text = f"Trending\n{HEADLINE}\n15 May 2024\n\n{LEDE}"
    assert clean_text(canonical_text(parse(text))).body == clean_text(text).body


# --- a section's name alone over the headline -----------------------------------------------------

@pytest.mark.parametrize("label", ["Asia Pacific", "Southeast Asia", "Audio", "Asia | Japan", "World > Asia",
                                   "Business | Vietnam", "Opinion", "Analysis", "Explainer"])
@pytest.mark.parametrize("below", ["\n15 May 2024\n\n", "\n\n"])
def test_section_name_a_blank_line_over_the_headline_is_no_title(label, below):
    # "Asia Pacific" / "" / "Japan and Vietnam sign deal ..." / "15 May 2024": the site's section
    text = f"{label}\n\n{HEADLINE}{below}{LEDE}"
    assert title_of(text) == HEADLINE
    assert label not in clean_text(text).body


def test_country_name_alone_over_a_sheet_stays_its_title():
    # (negative) "Country Sheet" / "Paraguay" / "JICA Paraguay Office  March 2026": a country's name
    # alone is no section path
    assert meta("round55_jica_paraguay_country_sheet.txt")["title"] == "Paraguay"


# --- a feature's credits under the headline -------------------------------------------------------

@pytest.mark.parametrize("credits", ["Story by Nguyen Thu Ha\nPhotos by Tran Van Minh",
                                     "By Nguyen Thu Ha\nPhotos: Tran Van Minh",
                                     "Words by Nguyen Thu Ha\nPhotography by Tran Van Minh"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_photographer_beside_the_byline_is_a_credit_not_text_nor_source(credits, gap):
    # "Story by Nguyen Thu Ha" / "Photos by Tran Van Minh" / "May 15, 2024": the feature's credits
    text = f"{HEADLINE}{gap}{credits}\nMay 15, 2024\n\n{LEDE}"
    m, c = read_text(text)
    assert m["title"] == HEADLINE
    assert str(m["date"]) == "2024-05-15"
    assert "Tran Van Minh" not in c.body and "Tran Van Minh" not in (m.get("source") or "")
    assert c.body.lstrip().startswith('<div class="atlas-text" markdown>\n\nHANOI — Japan and Vietnam')


def test_photo_credit_alone_under_the_headline_is_no_byline_credit():
    # (negative) "Photo: Kyodo" with no byline beside it: the top photo's credit, as before
    text = f"{HEADLINE}\n\nPhoto: Kyodo\n\n{LEDE}"
    assert "Photo: Kyodo" in clean_text(text).body


# --- a date written in the era's years, or twice ----------------------------------------------------

@pytest.mark.parametrize("line", ["Reiwa 6 (2024) May 13", "May 13, Reiwa 6 (2024)", "2024年5月13日 (May 13, 2024)",
                                  "2024年5月13日（13 May 2024）", "13th May 2024 (Monday)", "令和6年5月13日"])
def test_date_line_under_the_headline_dates_the_page(line):
    # "Japan and Vietnam sign deal ..." / "Reiwa 6 (2024) May 13": the era's year and the Western one
    text = f"{HEADLINE}\n{line}\n\n{LEDE}"
    m = read_text(text)[0]
    assert m["title"] == HEADLINE
    assert str(m["date"]) == "2024-05-13"


def test_parse_dateline_reads_the_bracketed_western_year_not_a_figure_after_it():
    from atlas.extract_dates import parse_dateline
    assert parse_dateline("Reiwa 6 (2024) May 13").value == "2024-05-13"
    assert parse_dateline("Reiwa 6 (2024) budget for May 13") is None  # (a sentence's words: no date line)


# --- a speaker's name and post over their words -----------------------------------------------------

REMARKS = "r65_mofa_joint_press_remarks_speaker_posts.txt"


def test_speaker_name_and_post_over_their_words_is_no_heading():
    # "Kamikawa Yoko, Minister for Foreign Affairs" / "" / "Thank you very much. ...": who speaks
    body = cleaned(REMARKS).body
    assert "\nKamikawa Yoko, Minister for Foreign Affairs\n{ #p-1 }" in body
    assert "\nKamikawa Yoko, Minister for Foreign Affairs\n{ #p-8 }" in body
    assert "## Kamikawa" not in body
    assert "## Question" in body  # (the transcript's own label over the question stays a heading)


def test_remarks_dated_by_the_era_and_titled_by_their_headline():
    m = meta(REMARKS)
    assert m["title"] == "Joint Press Remarks by the Foreign Ministers of Japan and the Philippines"
    assert str(m["date"]) == "2024-07-08"
    assert {c["code"] for c in m["countries"]} == {"JP", "PH"}


@pytest.mark.parametrize("line", ["Kamikawa Yoko, Minister for Foreign Affairs",
                                  "KAMIKAWA Yoko, Minister for Foreign Affairs of Japan",
                                  "Mr. Hayashi Yoshimasa, Chief Cabinet Secretary",
                                  "Enrique A. Manalo, Minister of Trade and Industry"])
def test_any_name_then_post_over_a_speech_is_no_heading(line):
    text = (f"{HEADLINE}\n15 May 2024\n\nBoth ministers spoke to the press after the meeting.\n\n{line}\n\n"
            "Thank you very much. Today we signed the agreement on semiconductor training.\n")
    body = clean_text(text).body
    assert f"\n{line}\n{{ #p-" in body and f"## {line}" not in body


def test_a_heading_with_a_comma_and_no_post_stays_a_heading():
    # (negative) "Digital Transformation, Connectivity and Trade" over its section: no title after the comma
    text = (f"{HEADLINE}\n15 May 2024\n\nBoth ministers spoke to the press after the meeting.\n\n"
            "Digital Transformation, Connectivity and Trade\n\n"
            "Japan will support Vietnam's digital transformation through JICA's technical cooperation projects.\n")
    assert "## Digital Transformation, Connectivity and Trade" in clean_text(text).body


# --- a paywall's notice or a print view's link over the story ---------------------------------------

@pytest.mark.parametrize("notice", ["Subscribe to read", "Subscribe to unlock this article",
                                    "This article is for subscribers only.", "Subscribers only",
                                    "Sign in to continue reading", "Printer-friendly version"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_paywall_or_print_notice_over_the_headline_goes(notice, gap):
    # "Subscribe to read" / "" / "Japan and Vietnam sign deal ..." / "15 May 2024": the site's notice
    text = f"{notice}{gap}{HEADLINE}\n15 May 2024\n\n{LEDE}"
    assert title_of(text) == HEADLINE
    body = clean_text(text).body
    assert notice not in body
    assert '<div class="atlas-text" markdown>\n\nHANOI — Japan and Vietnam' in body


def test_a_sentence_on_subscribers_stays():
    # (negative) the author's sentence about subscribers is text
    line = "The service is available to subscribers in Vietnam, Thailand and Indonesia from June."
    assert line in clean_text(f"{HEADLINE}\n15 May 2024\n\n{LEDE}\n{line}\n").body


@pytest.mark.parametrize("row", ["Text by Nguyen Thu Ha / Photos by Tran Van Minh / 15 May 2024",
                                 "By Nguyen Thu Ha | Photos by Tran Van Minh | 15 May 2024",
                                 "Words by Nguyen Thu Ha | Photography by Tran Van Minh | May 15, 2024"])
def test_credits_and_date_in_one_row_date_the_page(row):
    # "Text by ... / Photos by ... / 15 May 2024" under the headline: the date was lost with the row
    text = f"{HEADLINE}\n{row}\n\n{LEDE}"
    m, c = read_text(text)
    assert str(m["date"]) == "2024-05-15"
    assert "Tran Van Minh" not in (m.get("source") or "") and "Tran Van Minh" not in c.body
