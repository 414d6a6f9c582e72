"""Thirteenth round: what rounds 10 and 11 left of their fixtures' header lines, fixed by general
rules, and two new fixtures of the same shapes written elsewhere
(tests/fixtures/unseen/round13_*.txt): an embassy's page on a handover ceremony (a breadcrumb of
section labels, a headline with a subtitle after a colon longer than a title, the date and the
hall where the ceremony was held, bullets with a Word document's `o` sub-bullets, a share bar and
a "Related Articles" list) and a prequalification notice for a JICA-financed port in Cambodia (a
state's letterhead with its motto, reference lines with abbreviated labels, "Issue date:").

The header's lines: a breadcrumb of section labels ("Opinion / Commentary") is furniture as one
label is; "By: Name" is a byline; an outlet's name with the date and time beside it is a source
line; a state's name over the bodies that issue a notice is a masthead, not the title; a
labelled date ("Date of Issue: ...", "Issue No. 52 | March 2024") is a dateline, never a
heading; a room or hall under the date is a place, not a publisher. Expected values were read
off the fixtures; every source word stays, in order."""

from __future__ import annotations

import re

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round7 import page
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import headings, idempotent

from atlas.clean import clean_text
from atlas.clean_blocks import headline_like, is_dateline, is_labelled_dateline, is_source_line, is_venue_line
from atlas.clean_rules import load_rules
from atlas.extract_dates import parse_dateline

OPED = "round11_oped_inquirer_subway.txt"
TENDER = "round11_tender_notice_vietnam.txt"
LOAN = "round11_oda_loan_turkiye.txt"
PRESSER = "round10_press_conference_fm.txt"
NEWSLETTER = "round10_enewsletter_jica.txt"
HANDOVER = "round13_embassy_ggp_handover_related.txt"
PORT = "round13_prequalification_cambodia_port.txt"
ROUND13 = [HANDOVER, PORT]


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def dateline_paragraphs(name: str) -> list[str]:
    """The paragraphs set as a dateline (a place or a labelled date kept in the text)."""
    return re.findall(r'<p class="atlas-dateline" id="p-\d+">(.*?)</p>', page(cleaned(name)))


@pytest.mark.parametrize("name", ROUND13)
def test_every_source_word_stays_in_order_and_cleaning_is_idempotent(name):
    text = seed(name).text
    # (the `o` of a Word sub-bullet is its marker, as `•` is: the list shows it; the site test reads it so)
    assert_words_kept(re.sub(r"(?m)^o (?=\S)", "", text), cleaned(name))
    idempotent(text)


# --- a breadcrumb of section labels, a byline with a colon, an outlet with its date -------------

def test_the_op_ed_s_headline_is_its_title_under_a_breadcrumb_of_section_labels():
    c = cleaned(OPED)
    assert c.title == "What the Metro Manila Subway can learn from Jakarta and Ho Chi Minh City"
    assert c.subtitle is None
    assert c.removed == ("Opinion / Commentary",)
    # the byline and the outlet's line are two source lines, no paragraph of the text
    assert c.source_lines == ("By: Maria Cristina Reyes", "Philippine Daily Inquirer / 05:05 AM March 15, 2024")
    assert texts(OPED)[0].startswith("When the first trains of the Metro Manila Subway roll")
    m = meta(OPED)
    assert (m["title"], m["source"], m["date"]) == (c.title, "Philippine Daily Inquirer", "2024-03-15")
    assert "title_from" not in m


@pytest.mark.parametrize("top", ["Opinion / Commentary", "News | Press Releases", "News › Speeches",
                                 "Press Releases / Fact Sheets"])
def test_a_breadcrumb_of_kind_labels_over_the_headline_is_furniture(top):
    c = clean_text(f"{top}\n\nJapan and Viet Nam Sign Grant for Hospital Equipment\n\n"
                   "Japan signed a grant agreement with Viet Nam on Monday. It will fund equipment for hospitals.\n")
    assert c.title == "Japan and Viet Nam Sign Grant for Hospital Equipment"
    assert c.removed == (top,)


def test_a_breadcrumb_with_a_word_that_is_no_kind_label_is_not_furniture():
    # (a path with no kind's label among its parts; "Opinion / Mekong Water", a kind among the site's
    # sections, is the header's kind since round m76: see test_unseen_m76)
    c = clean_text("Water / Mekong Cooperation\n\nJapan and Viet Nam Sign Grant for Hospital Equipment\n\n"
                   "Japan signed a grant agreement with Viet Nam on Monday. It will fund equipment for hospitals.\n")
    assert c.removed == ()
    assert c.title == "Water / Mekong Cooperation"


@pytest.mark.parametrize("line, source", [
    ("By: Maria Cristina Reyes", True),
    ("By Maria Cristina Reyes", True),
    ("Story by: Nguyen Thi Lan", True),
    ("Philippine Daily Inquirer / 05:05 AM March 15, 2024", True),  # too long with its date, a source without
    ("The Jakarta Post | 3 March 2024", True),
    ("Kyodo News - 10:30 AM, 15 March 2024", True),
    ("Manila / 5 September 2023", False),  # a place and a date: no outlet
    ("Strategic Partners / 05:05 AM March 15, 2024", False),  # no outlet's word before the date
    ("By 2030, Japan will double its support.", False),
])
def test_bylines_with_a_colon_and_outlets_with_their_date_are_source_lines(rules, line, source):
    assert is_source_line(line, rules) is source


def test_an_outlet_and_its_date_under_a_headline_are_lifted_and_the_date_read():
    text = ("Japan to Fund Flood Barriers in Central Java\n\nBy: Siti Rahmawati\n"
            "The Jakarta Post | 05:05 AM March 15, 2024\n\n"
            "Japan will finance flood barriers along the Bengawan Solo river. The work starts next year.\n")
    c = clean_text(text)
    assert c.title == "Japan to Fund Flood Barriers in Central Java"
    assert c.source_lines == ("By: Siti Rahmawati", "The Jakarta Post | 05:05 AM March 15, 2024")
    assert [p.text for p in c.paragraphs] == [
        "Japan will finance flood barriers along the Bengawan Solo river. The work starts next year."]


# --- a letterhead, reference lines and a labelled date -------------------------------------------

def test_the_tender_notice_s_title_is_under_the_state_s_letterhead():
    c = cleaned(TENDER)
    assert (c.title, c.subtitle) == ("INVITATION FOR BIDS (IFB)", None)
    assert c.source_lines == ("SOCIALIST REPUBLIC OF VIET NAM", "Hai Phong City People's Committee",
                              "Hai Phong Water Supply and Sewerage Project Management Unit (HP-PMU)")
    assert meta(TENDER)["title"] == "INVITATION FOR BIDS (IFB)"


def test_the_tender_notice_s_reference_lines_are_a_paragraph_each_and_its_date_no_heading():
    assert texts(TENDER)[:5] == [
        "Hai Phong Wastewater Treatment Improvement Project",
        "Loan Agreement No.: VN22-P7",
        "Contract Package: CP-03 Construction of the Vinh Niem Wastewater Treatment Plant (Phase 2)",
        "IFB No.: HP-PMU/ICB/CP-03",
        "Date of Issue: March 15th, 2024",
    ]
    assert headings(TENDER) == []
    assert dateline_paragraphs(TENDER) == ["Date of Issue: March 15th, 2024"]
    assert (meta(TENDER)["date"], meta(TENDER)["date_precision"]) == ("2024-03-15", "day")


def test_a_letterhead_with_the_state_s_motto_over_a_short_title():
    c = cleaned(PORT)
    assert c.title == "INVITATION FOR PREQUALIFICATION"  # as many words as "KINGDOM OF CAMBODIA"
    assert c.source_lines == ("KINGDOM OF CAMBODIA", "Nation Religion King", "Ministry of Public Works and Transport",
                              "Sihanoukville Autonomous Port (PAS)")
    assert texts(PORT)[:5] == [
        "Sihanoukville Port New Container Terminal Expansion Project (Phase 2)",
        "Loan Agreement No.: CP-P15",
        "Package No.: PAS/NCT2/CW-01 Civil Works for the Container Yard and Berth No. 2",
        "Ref. No.: 0412/24 PAS",  # a label of two abbreviations
        "Issue date: 8 April 2024",
    ]
    assert dateline_paragraphs(PORT) == ["Issue date: 8 April 2024"]
    assert headings(PORT) == []
    m = meta(PORT)
    assert (m["title"], m["date"], m["type"]) == ("INVITATION FOR PREQUALIFICATION", "2024-04-08", "procurement-notice")
    # the contact block at the end stays text, a line each
    assert texts(PORT)[-2:] == ["Tel: +855 34 933 416", "Email: piu.nct2@pas.gov.kh"]


def test_a_state_s_name_in_title_case_over_a_ministry_is_a_letterhead():
    c = clean_text("Republic of the Philippines\nDepartment of Transportation\n\nNotice of Award\n\n"
                   "The contract for the supply of signalling equipment is awarded to the lowest bidder. "
                   "The bidder has ten days to sign it.\n")
    assert c.title == "Notice of Award"
    assert c.source_lines == ("Republic of the Philippines", "Department of Transportation")


def test_a_state_s_name_alone_over_the_text_stays_the_title():
    c = clean_text("Kingdom of Cambodia\n\nCountry Profile and Japan's Cooperation\n\n"
                   "Cambodia has a population of about 17 million. Japan has been one of its largest donors.\n")
    assert c.title == "Kingdom of Cambodia"
    assert c.source_lines == ()


@pytest.mark.parametrize("line", ["Date of Issue: March 15th, 2024", "Issue date: 8 April 2024",
                                  "Published online: 15 March 2024", "Issue No. 52 | March 2024",
                                  "Vol. 3, No. 2 — May 2023"])
def test_a_labelled_date_is_a_dateline_in_cleaning_and_in_extraction(rules, line):
    assert is_dateline(line, rules) and is_labelled_dateline(line, rules)
    assert parse_dateline(line) is not None


def test_a_bare_month_heading_a_chronology_s_section_stays_a_heading():
    c = clean_text("Timeline of the Project\n\nThe project began with a survey. It took two months.\n\n"
                   "March 2023\n\nThe survey team arrived in Vientiane. It met the ministry's staff.\n\n"
                   "April 2023\n\nThe team visited four provinces. It chose two sites.\n")
    assert re.findall(r"^## (.*?) \{", c.body, re.M) == ["March 2023", "April 2023"]


@pytest.mark.parametrize("line", ["Issue 12/2024 of the bulletin", "No. 3 of the series", "Issue No. 52"])
def test_an_issue_number_without_a_date_is_no_dateline(rules, line):
    assert not is_dateline(line, rules)
    assert parse_dateline(line) is None


# --- a headline with a subtitle after a colon ----------------------------------------------------

def test_the_loan_s_headline_of_26_words_with_a_subtitle_is_its_title():
    title = ("Signing of Japanese ODA Loan Agreement with the Republic of Türkiye: Supporting the recovery of small "
             "businesses in the areas struck by the February 2023 earthquakes")
    assert cleaned(LOAN).title == title
    assert meta(LOAN)["title"] == title and "title_from" not in meta(LOAN)
    assert meta(LOAN)["summary"].startswith("On March 14, the Japan International Cooperation Agency (JICA) signed")


def test_the_embassy_s_headline_of_28_words_is_its_title():
    assert cleaned(HANDOVER).title.startswith("Handover Ceremony for Grant Assistance for Grassroots Human Security "
                                              "Projects: Japan hands over clean water systems")
    assert "title_from" not in meta(HANDOVER)


@pytest.mark.parametrize("line, title", [
    # 26 words, the part before the colon a heading
    ("Signing of Japanese ODA Loan Agreement with the Republic of Türkiye: Supporting the recovery of small "
     "businesses in the areas struck by the February 2023 earthquakes", True),
    # a lede that lost its final stop: one word before the colon is a dateline, no heading
    ("MANILA: The Japan International Cooperation Agency signed a loan agreement with the Philippines on Friday "
     "to build the next section of the North-South Commuter Railway to Calamba", False),
    # the part before the colon in sentence case is a sentence
    ("Japan and the Philippines signed a loan agreement on Friday for the railway: the next section will run "
     "from Manila to Calamba and open in 2029 after delays", False),
    # longer than any headline
    ("Signing of Japanese ODA Loan Agreement with the Republic of India: Contributing to better connectivity, "
     "economic growth and the reduction of traffic congestion through the construction of a new metro line "
     "in the city of Chennai and its suburbs", False),
])
def test_a_headline_longer_than_a_title_needs_a_heading_before_its_colon(rules, line, title):
    assert headline_like(line, rules) is title


# --- a venue under the date -----------------------------------------------------------------------

def test_the_press_conference_s_venue_is_a_place_not_its_source():
    c = cleaned(PRESSER)
    assert c.dateline == "Tuesday, 16 April 2024, 10:05 a.m."
    assert c.source_lines == ()
    assert dateline_paragraphs(PRESSER) == ["Press Conference Room, Ministry of Foreign Affairs"]
    assert headings(PRESSER) == ["Opening Remarks", "Questions and Answers"]
    assert "source" not in meta(PRESSER)
    assert meta(PRESSER)["date"] == "2024-04-16"


def test_the_ceremony_s_hall_stays_in_the_text_and_the_embassy_is_the_source():
    c = cleaned(HANDOVER)
    assert c.dateline == "12 March 2024"
    assert c.source_lines == ("Embassy of Japan in Cambodia",)  # the line at its end
    assert dateline_paragraphs(HANDOVER) == ["Conference Hall, Ministry of Rural Development, Phnom Penh"]
    assert meta(HANDOVER)["source"] == "Embassy of Japan in Cambodia"
    assert meta(HANDOVER)["date"] == "2024-03-12"


@pytest.mark.parametrize("line, venue", [
    ("Press Conference Room, Ministry of Foreign Affairs", True),
    ("Conference Hall, Ministry of Rural Development, Phnom Penh", True),
    ("Grand Ballroom, Hotel Okura Tokyo", True),
    ("Room 301, JICA Headquarters, Tokyo", True),
    ("Jakarta Convention Center, Jakarta", True),
    ("Venue: Ministry of Foreign Affairs", True),
    ("Ministry of Foreign Affairs", False),
    ("Embassy of Japan in Cambodia", False),
    ("ASEAN-Japan Centre, Tokyo", False),  # a body, not a room
    ("Room to grow for Mekong trade", False),
])
def test_a_room_or_hall_and_where_it_is_is_a_venue_no_source(rules, line, venue):
    assert is_venue_line(line, rules) is venue
    if venue:
        assert not is_source_line(line, rules)


def test_a_venue_above_the_date_is_kept_too():
    c = clean_text("Seminar on Disaster Risk Reduction in the Mekong Region\n\n"
                   "Main Hall, ASEAN Secretariat, Jakarta\n5 June 2024\n\n"
                   "Experts from five countries met to share flood forecasts. JICA supported the seminar.\n")
    assert c.dateline == "5 June 2024"
    assert c.source_lines == ()
    assert [p.text for p in c.paragraphs][0] == "Main Hall, ASEAN Secretariat, Jakarta"


# --- an issue's number and date under a newsletter's name ------------------------------------------

def test_the_newsletter_is_dated_by_its_issue_line():
    c = cleaned(NEWSLETTER)
    assert (c.title, c.subtitle, c.dateline) == ("JICA Southeast Asia Newsletter", None, "Issue No. 52 | March 2024")
    m = meta(NEWSLETTER)
    assert (m["date"], m["date_precision"]) == ("2024-03", "month")


# --- the shapes tests/site/test_unseen_site.py reads ------------------------------------------------

def test_the_handover_page_s_related_links_follow_a_share_line_and_its_sub_bullets_go_under_their_items():
    c = cleaned(HANDOVER)
    # "Related Articles" is not the first line removed in its block: the share line is
    assert c.removed[:5] == ("Share this page", "Related Articles",
                         "Japan funds new classrooms for lower secondary schools in Pursat Province",
                         "Handover of ambulances to three referral hospitals in Takeo Province",
                         "GGP application guidelines for fiscal year 2024")
    assert "News / Press Releases" in c.removed  # the breadcrumb over the headline
    assert "    - a deep well, an elevated tank and hand-washing stations at each school\n" in c.body
    assert "    - a solar-powered pump and a 10,000-litre tank\n" in c.body
    assert "The three projects are:" in texts(HANDOVER)
