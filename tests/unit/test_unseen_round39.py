"""Thirty-ninth round: five documents from publishers and shapes not seen before (a Philippine News
Agency story, an analysis in The Diplomat, a RIETI discussion paper's abstract page, an ASEAN-Japan
Centre event report and a City of Yokohama page on its Y-PORT cooperation), in
tests/fixtures/unseen/round39_*.txt. Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_dates import parse_dateline

PNA = "round39_pna_japan_pagasa_radar_turnover.txt"
DIPLOMAT = "round39_diplomat_japan_osa_vietnam_analysis.txt"
RIETI = "round39_rieti_discussion_paper_fdi_spillovers.txt"
AJC = "round39_ajc_event_report_digital_smes.txt"
YOKOHAMA = "round39_yokohama_yport_city_cooperation.txt"


# --- the right title, date and source -----------------------------------------------------------

def test_each_fixture_s_title_date_source_and_type():
    # PNA: "Japan turns over P2.4-B weather radars to PAGASA" / "By Ferdinand Patinio" /
    # "November 18, 2025, 4:12 pm"
    m = meta(PNA)
    assert (m["title"], m["date"], m["source"], m["type"]) == (
        "Japan turns over P2.4-B weather radars to PAGASA", "2025-11-18", "Philippine News Agency", "news")
    assert {"name": "Ferdinand Patinio", "role": "Author"} in m["people"]
    # The Diplomat: "Japan's Official Security Assistance Finds a Quiet Partner in Vietnam" /
    # "By Nguyen Thanh Trung and Hiroshi Kato" / "November 20, 2025"
    m = meta(DIPLOMAT)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan's Official Security Assistance Finds a Quiet Partner in Vietnam", "2025-11-20", "The Diplomat")
    # RIETI: the paper's title, "Creation Date/NO." / "October 2025 25-E-071"
    m = meta(RIETI)
    assert (m["title"], m["date"], m["source"], m["type"]) == (
        "Japanese FDI, Supplier Training, and Productivity Spillovers: Evidence from Vietnamese manufacturing firms",
        "2025-10", "RIETI", "report")
    # AJC: "[Event Report] AJC-ERIA Seminar "Digital Transformation of ASEAN SMEs: ..." (28 October 2025)" /
    # "Posted: 2025.11.07"
    m = meta(AJC)
    assert m["title"].startswith('AJC-ERIA Seminar "Digital Transformation of ASEAN SMEs')
    assert (m["date"], m["type"]) == ("2025-11-07", "report")
    assert m["source"] == "ASEAN Promotion Centre on Trade, Investment and Tourism"  # (AJC's full name)
    # Yokohama: "Y-PORT Project: Yokohama's technical cooperation with Asian cities" /
    # "Last updated: October 1, 2025"
    m = meta(YOKOHAMA)
    assert (m["title"], m["date"], m["source"]) == (
        "Y-PORT Project: Yokohama's technical cooperation with Asian cities", "2025-10-01", "City of Yokohama")
    assert "title_from" not in m


def test_a_section_path_apart_by_bars_over_the_headline_is_the_site_s():
    # "ASEAN Beat | Diplomacy | Southeast Asia" over "Japan's Official Security Assistance Finds ..."
    c = cleaned(DIPLOMAT)
    assert "ASEAN Beat | Diplomacy | Southeast Asia" in c.removed
    c = clean_text("Pacific Money | Economy | Oceania\n\nJapan pledges new loan for Manila subway\n\n"
                   "Japan will lend more to the Philippines. The loan was signed on Monday.\n")
    assert c.title == "Japan pledges new loan for Manila subway"
    # in the text such a line stays
    c = clean_text("Japan pledges new loan\n\nJapan will lend more. The loan was signed.\n\n"
                   "Rice | Fish | Timber\n\nThe three go together, he said.\n")
    assert "Rice | Fish | Timber" in [p.text for p in c.paragraphs]


def test_a_menu_s_item_may_be_a_hyphenated_compound():
    # "ASEAN-Japan Centre" / "Promoting Trade, Investment, Tourism and Exchanges between ASEAN and
    # Japan" / "JP | EN" / "About Us" / "Trade" / "Investment" / "Tourism" / "People-to-People
    # Exchange" / "Research & Policy Analysis" / "Events" / "Publications" / "Contact"
    c = cleaned(AJC)
    assert {"People-to-People Exchange", "Research & Policy Analysis", "Tourism"} <= set(c.removed)
    assert "Promoting Trade" not in c.body and "About Us" not in c.body
    # "Home" / "Living" / "Business" / "Tourism" / "City Government"
    assert {"Living", "City Government"} <= set(cleaned(YOKOHAMA).removed)


def test_a_standfirst_of_two_sentences_over_the_byline_and_the_photo_is_the_header_s():
    # "Hanoi's first OSA package is small. But it shows how Tokyo is adapting ..." / "By Nguyen
    # Thanh Trung and Hiroshi Kato" / "November 20, 2025" / the photo's caption and "Credit: Depositphotos"
    m, c = meta(DIPLOMAT), cleaned(DIPLOMAT)
    assert m["subtitle"].startswith("Hanoi's first OSA package is small. But it shows")
    assert {"name": "Nguyen Thanh Trung", "role": "Author"} in m["people"]
    assert {"name": "Hiroshi Kato", "role": "Author"} in m["people"]
    assert "By Nguyen Thanh Trung" not in c.body
    assert texts(DIPLOMAT)[1].startswith("When Japanese Prime Minister Ishiba Shigeru")
    # over a byline with the text under it, a sentence is the lede and stays (round 18)
    c = clean_text("A Short Title For The Test\n\nThe text opens. It goes on for a while here.\n\n"
                   "By Jane Doe in Manila\n15 March 2024\n\nThe text goes on.\n")
    assert c.paragraphs[0].text == "The text opens. It goes on for a while here."


def test_a_caption_over_its_credit_line_is_one_caption():
    # "Vietnamese Coast Guard officers inspect a patrol vessel at a port in Haiphong, Vietnam, Oct.
    # 3, 2025." / "Credit: Depositphotos"
    c = cleaned(DIPLOMAT)
    assert '<figcaption markdown>\nVietnamese Coast Guard officers inspect' in c.body
    assert "3, 2025. Credit: Depositphotos\n</figcaption>" in c.body
    assert not meta(DIPLOMAT)["summary"].startswith("Vietnamese Coast Guard")
    # a sentence over a data source stays text
    c = clean_text("Japan pledges aid\n\nJapan's aid grew by 5 percent in 2024.\nSource: JICA\n\nThe text goes on.\n")
    assert "figcaption" not in c.body


def test_a_paper_s_date_under_its_date_and_number_label():
    # "Creation Date/NO." / "October 2025 25-E-071"
    assert parse_dateline("Creation Date/NO. October 2025 25-E-071").value == "2025-10"
    # a word after the date is no paper's number
    assert parse_dateline("March 2024 in-depth") is None
    assert parse_dateline("October 2025 Japan-ASEAN") is None


# --- furniture left in the body ------------------------------------------------------------------

def test_a_read_link_set_in_the_story_and_a_viber_button_are_furniture():
    # "READ: PAGASA to get 3 new radars from Japan by 2025"; "Share" / "Facebook" / "Twitter" / "Viber"
    c = cleaned(PNA)
    assert {"READ: PAGASA to get 3 new radars from Japan by 2025", "Viber"} <= set(c.removed)
    assert "Viber" not in c.body and "READ:" not in c.body
    # a sentence that says "read" stays
    c = clean_text("Japan pledges aid\n\nRead: the minister said the aid would come soon.\n\nIt did.\n")
    assert "Read: the minister said the aid would come soon." in c.body


def test_an_empty_comments_box_closing_the_page_is_furniture():
    # "Comments" under the share buttons, the last line over the footer
    c = cleaned(PNA)
    assert "Comments" in c.removed and "Comments" not in c.body
    # "Comments" heading a section with text under it stays
    c = clean_text("Japan pledges aid\n\nJapan will lend more.\n\nComments\n\nThe reviewers agreed with the plan.\n")
    assert "Comments" in c.body


def test_a_paywall_pitch_a_newsletter_box_and_the_tags_and_related_links_are_furniture():
    # "Enjoying this article? Click here to subscribe for full access. Just $5 a month."
    # "TAGS" / "ASEAN Beat" / ... / "Japan-Vietnam relations", "Related" / two headlines,
    # "Newsletter" / "Sign up for The Diplomat's Newsletter" / "Get briefed on ..." / "Get the Newsletter"
    c = cleaned(DIPLOMAT)
    assert "Enjoying this article? Click here to subscribe for full access. Just $5 a month." in c.removed
    assert {"TAGS", "Japan-Vietnam relations", "Related", "Newsletter", "Get the Newsletter",
            "Sign up for The Diplomat's Newsletter"} <= set(c.removed)
    for gone in ("Enjoying", "TAGS", "Get briefed", "Turns Two"):
        assert gone not in c.body
    # the writers' notes above them stay
    assert "Hiroshi Kato is a research fellow at the Japan Institute of International Affairs" in c.body
    # the author's sentences on enjoying and on newsletters stay
    c = clean_text("Japan pledges aid\n\nDid you enjoy the story? Many readers did.\n\n"
                   "Newsletter\nThe ministry's newsletter reported the loan in May.\n")
    assert "Did you enjoy the story? Many readers did." in c.body
    assert "The ministry's newsletter reported the loan in May." in c.body


def test_a_paper_s_related_publications_and_the_institute_s_address_close_the_page():
    # "Related Publications" / "Policy Discussion Paper 24-P-015 "Japan-ASEAN Supply Chain ..."" / ...
    # "Research Institute of Economy, Trade and Industry (RIETI)" / "11th floor, Annex, ... 100-8901 Japan"
    c = cleaned(RIETI)
    assert "Related Publications" in c.removed and "Who Gains" not in c.body
    assert "## Research Institute of Economy" not in c.body
    assert any("100-8901 Japan" in a for a in c.addresses)
    # the abstract and its keywords stay
    assert "Keywords: foreign direct investment, productivity spillovers" in c.body


def test_a_city_page_s_toolbar_location_label_page_id_and_survey_are_furniture():
    # "Text Size" / "Standard" / "Large" / "Color"; "Current location" / "Home > City Government >
    # ... > Y-PORT Project: Yokohama's technical cooperation with Asian cities"; "Page ID:
    # 184-520-331"; "Was this page helpful?" / "Yes" / "No" / "Submit"; "Back to previous page"
    c = cleaned(YOKOHAMA)
    assert {"Standard", "Large", "Color", "Current location", "Page ID: 184-520-331", "Submit",
            "Back to previous page"} <= set(c.removed)
    assert any(r.startswith("Home > City Government > International Affairs") for r in c.removed)
    for gone in ("Standard Large", "Current location", "Page ID", "Submit", "previous page", "Home &gt;"):
        assert gone not in c.body
    # the contact block stays
    assert "Phone: 045-671-4706" in c.body
    # a sentence on a page's size or colour stays
    c = clean_text("Japan pledges aid\n\nText size\nLarge print copies of the report are available.\n")
    assert "Large print copies of the report are available." in c.body


def test_a_back_link_with_an_arrow_is_furniture():
    # "< Back to list"
    c = cleaned(AJC)
    assert "< Back to list" in c.removed and "Back to list" not in c.body


# --- metadata lists ------------------------------------------------------------------------------

def test_an_event_report_headed_by_its_speeches_is_a_report():
    # "[Event Report] AJC-ERIA Seminar ...", its section "Opening remarks by Secretary General HIRATA Kunio"
    assert meta(AJC)["type"] == "report"
    # a speech's own title still makes it a speech
    assert meta("round3_greeting_speech.txt")["type"] == "speech"


def test_a_programme_s_name_holding_a_topic_word_is_no_sign_of_the_topic():
    # "Y-PORT" (Yokohama Partnership of Resources and Technologies): no port, no transport
    m = meta(YOKOHAMA)
    assert "y-port" in {o["id"] for o in m["organisations"]}
    assert "transport" not in {t["id"] for t in m.get("topics", [])}


def test_the_fixtures_people_and_organisations():
    # "AJC Secretary General HIRATA Kunio", "Dr. Lurong Chen, Senior Economist at ERIA"
    people = {p["name"] for p in meta(AJC)["people"]}
    assert {"Kunio Hirata", "Lurong Chen"} <= people
    assert {"asean-japan-centre", "eria", "jica", "aots"} <= {o["id"] for o in meta(AJC)["organisations"]}
    # "Department of Science and Technology (DOST) Secretary Renato Solidum Jr."
    pna = meta(PNA)
    assert {"pagasa", "dost", "jica", "jma"} <= {o["id"] for o in pna["organisations"]}
    assert {c["code"] for c in pna["countries"]} == {"JP", "PH"}
    # "Japan's Official Security Assistance ..." about Vietnam
    d = meta(DIPLOMAT)
    assert "VN" in {c["code"] for c in d["countries"] if c["focus"]}
    assert "security" in {t["id"] for t in d["topics"] if t["focus"]}
    assert {"osa", "jiia", "the-diplomat"} <= {o["id"] for o in d["organisations"]}
    # RIETI's abstract: Vietnam, JICA and JETRO
    r = meta(RIETI)
    assert "VN" in {c["code"] for c in r["countries"] if c["focus"]}
    assert {"rieti", "jica", "jetro"} <= {o["id"] for o in r["organisations"]}


def test_a_paper_s_authors_under_their_label_apart_by_slashes():
    # "Author Name" / "ITO Keiko (Faculty Fellow, RIETI) / TRAN Thi Mai Anh (Foreign Trade
    # University) / SATO Yuki (Hitotsubashi University)"
    people = meta(RIETI)["people"]
    for name in ("Keiko Ito", "Tran Thi Mai Anh", "Yuki Sato"):
        assert {"name": name, "role": "Author"} in people
    # a name over its body after a slash is one writer ("Kenji Sato/JICA"), a sentence no byline
    from atlas.extract_spans import find_bylines
    assert [p["name"] for p in find_bylines("Title\nBy Kenji Sato/JICA\n")] == ["Kenji Sato"]
    assert find_bylines("Title\nAuthor names are listed in the annex (see page 4) / below.\n") == []
