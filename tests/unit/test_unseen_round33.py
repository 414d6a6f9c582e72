"""Thirty-third round: five pages from publishers not seen before (The Jakarta Post, JBIC, the Lao
News Agency KPL, HIDA/AOTS, a university's press release), each read from
tests/fixtures/unseen/round33_*.txt. Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

JP = "round33_jakarta_post_mrt_loan.txt"
JBIC = "round33_jbic_loan_vietnam_solar.txt"
KPL = "round33_kpl_laos_japan_rice.txt"
HIDA = "round33_aots_hida_training_course.txt"
UNI = "round33_university_press_release_satreps_peat.txt"


def test_a_menu_apart_by_bars_is_furniture():
    # "Indonesia | Business | World | Opinion | Culture | Multimedia | Regions" /
    # "Academia | Deep Look | Front Row | Editorial" over the headline
    m, c = meta(JP), cleaned(JP)
    assert m["title"] == "Japan signs 140 billion yen loan for Jakarta MRT East-West line"
    assert (m["date"], m["source"]) == ("2025-03-06", "The Jakarta Post")
    assert "Academia | Deep Look | Front Row | Editorial" in c.removed
    assert "Multimedia" not in c.body and "Editorial" not in c.body


def test_a_teaser_and_a_topics_row_are_furniture():
    # "Tenggara Strategics and The Jakarta Post collaboration? Read more"; "Topics :" over
    # "Jakarta MRT   Japan   JICA   infrastructure   loans" over "Related Articles" and its links
    c = cleaned(JP)
    assert c.subtitle is None and "Tenggara" not in c.body
    assert "Topics" not in c.body


def test_rows_apart_by_bars_with_no_rule_are_a_table():
    # "Section | Length | Stations | Target opening" / "Phase 1 (Tomang-Medan Satria) | 24.5 km | 21 | 2031" ...
    assert "| Section | Length | Stations | Target opening |" in cleaned(JP).body
    assert "| Phase 1 (Tomang-Medan Satria) | 24.5 km | 21 | 2031 |" in cleaned(JP).body
    assert "| Sep. 13 | Closing ceremony | TKC |" in cleaned(HIDA).body


def test_a_single_bar_line_in_a_sentence_stays():
    c = clean_text("Japan Signs Loan\n\nThe loan covers two parts | roads and bridges | of the plan. It was signed.\n")
    assert "roads and bridges" in c.body


def test_a_release_number_between_masthead_and_title():
    # "JBIC Japan Bank for International Cooperation" / "Japanese   English" / "Site Map | Contact Us | Access"
    # ... "NR/2024-83" / "Loan for Rooftop Solar Power Projects in Viet Nam" / "Supporting Japanese company's ..."
    m, c = meta(JBIC), cleaned(JBIC)
    assert m["title"] == "Loan for Rooftop Solar Power Projects in Viet Nam"
    assert m["subtitle"].startswith("Supporting Japanese company's renewable energy business")
    assert m["date"] == "2024-12-17"
    assert "Japan Bank for International Cooperation" in m["source"] and "series" not in m
    assert {"Japanese English", "Site Map | Contact Us | Access", "NR/2024-83"} <= set(c.removed)
    assert "All Rights Reserved" not in c.body
    assert texts(JBIC)[0].startswith("The Japan Bank for International Cooperation (JBIC; Governor")


def test_a_search_box_placeholder_is_furniture():
    # "KPL Lao News Agency" / "ສຳນັກຂ່າວສານປະເທດລາວ" / menu / "Search..." / "" / headline
    m, c = meta(KPL), cleaned(KPL)
    assert m["title"] == "Japan provides rice seed and irrigation support to Savannakhet farmers"
    assert "Search..." in c.removed and "Search" not in c.body
    assert [x["code"] for x in m["countries"]][:1] == ["LA"]


def test_an_acronym_before_a_body_s_name_is_its_logo():
    # "HIDA The Overseas Human Resources and Industry Development Association" / "一般財団法人 ..." over
    # "[Report] Program on Factory Management ..." / "2024.09.30"
    m, c = meta(HIDA), cleaned(HIDA)
    # (the bracketed "[Report]" is the page's label, not the title's words: round 35)
    assert m["title"] == "Program on Factory Management for Green Transformation (GX) for ASEAN Countries"
    assert m["date"] == "2024-09-30"
    assert "Overseas Human Resources and Industry Development Association" in m["source"]
    assert texts(HIDA)[0].startswith("HIDA implemented the")


def test_a_labelled_cookie_notice_and_its_buttons_are_furniture():
    # "Cookies: This website uses cookies to improve your experience. ... [Accept]  [Learn more]"
    c = cleaned(HIDA)
    assert "cookies" not in c.body.casefold()
    assert "About HIDA | Programs | For Participants | News | Access | Contact" in c.removed


def test_a_university_s_section_menu_apart_by_bars():
    # "Press Releases" / "Research  |  Education  |  Global  |  Events" over the headline
    m, c = meta(UNI), cleaned(UNI)
    assert m["title"] == "Japan-Indonesia project to monitor tropical peatland fires launched"
    assert (m["date"], m["source"], m["type"]) == ("2024-07-03", "Hokkaido University", "press-release")
    assert "Research | Education | Global | Events" in c.removed
    assert {"BRIN", "SATREPS"} <= {a["abbr"] for a in m["acronyms"]}
