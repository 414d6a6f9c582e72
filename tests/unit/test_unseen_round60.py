"""Round 60: the five seeds' own shapes, written by other hands.

Three newspaper stories (a daily's English site with its "close" / "Share" / "Print" / "Save" row,
a business daily's beat over its headline and writers with three-word names, a wire's own site),
three white-paper sections (a ministry's development cooperation paper, a trade ministry's paper
with figures, a column and a notes list, an agency's annual report chapter), two fact sheets with
nested hand-numbered lists, and two features with unmarked subheadings and question-and-answer
turns."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

JAPAN_NEWS = "round60_japan_news_philippines_weather_radar.txt"
NIKKEI = "round60_nikkei_asia_vietnam_chip_engineers.txt"
KYODO = "round60_kyodo_indonesia_critical_minerals.txt"
MOFA_WP = "round60_mofa_white_paper_2021_disaster_risk.txt"
METI_WP = "round60_meti_white_paper_2024_critical_minerals.txt"
JICA_AR = "round60_jica_annual_report_southeast_asia_chapter.txt"
MEKONG = "round60_mofa_fact_sheet_mekong_2005.txt"
MAFF = "round60_maff_fact_sheet_africa_rice.txt"
JICA_MAG = "round60_jica_magazine_interview_bangladesh_health.txt"
ASEAN_POST = "round60_asean_post_feature_energy_transition.txt"


# --- a daily's row of buttons under "close"; a headline that ends with "Network" -----------------

def test_a_save_button_in_the_row_under_close_is_no_title():
    # "close" / "Share" / "Print" / "Save" / "close", then "Japan to Help Philippines Build Typhoon
    # Radar Network" / "" / "The Japan News"
    m, c = meta(JAPAN_NEWS), cleaned(JAPAN_NEWS)
    assert m["title"] == "Japan to Help Philippines Build Typhoon Radar Network"
    assert c.removed[:5] == ("close", "Share", "Print", "Save", "close")
    assert (m["date"], m["source"], m["type"]) == ("2025-07-14", "The Yomiuri Shimbun", "news")  # "17:52 JST, July 14, 2025"


def test_a_headline_ending_with_network_is_no_outlet_line():
    # "Japan to Help Philippines Build Typhoon Radar Network" over "The Japan News": a network the
    # story is about; "Asia News Network" under a story is still its outlet
    c = clean_text("Japan to Help Philippines Build Typhoon Radar Network\n\nThe Japan News\n\n"
                   "MANILA — The Japanese government will provide grant aid for weather radars.\n")
    assert c.title == "Japan to Help Philippines Build Typhoon Radar Network"
    c = clean_text("Japan funds radar network\n\nThe government said on Tuesday it will fund radars.\n\n"
                   "THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK")
    assert c.source_lines == ("THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK",)


# --- a business daily's beat over the headline; writers with three-word names -------------------

def test_a_beat_alone_over_the_headline_is_the_site_s_section():
    # "Semiconductors" / "" / "Japan and Vietnam team up to train 50,000 chip engineers" / "" /
    # "Tokyo offers scholarships and university tie-ups as supply chains shift south"
    m, c = meta(NIKKEI), cleaned(NIKKEI)
    assert m["title"] == "Japan and Vietnam team up to train 50,000 chip engineers"
    assert c.subtitle == "Tokyo offers scholarships and university tie-ups as supply chains shift south"
    assert "Semiconductors" in c.removed
    assert (m["date"], m["source"], m["type"]) == ("2025-09-12", "Nikkei Asia", "news")  # "September 12, 2025 15:30 JST"


def test_writers_with_three_word_names_before_their_staff_title_are_the_byline():
    # "KENJI SATO and DANG THU HA, Nikkei staff writers" (nine words): the byline, no paragraph
    c = cleaned(NIKKEI)
    assert "KENJI SATO and DANG THU HA, Nikkei staff writers" in c.source_lines
    assert "Nikkei staff writers" not in c.body and "September 12, 2025 15:30 JST" not in c.body
    assert texts(NIKKEI)[0].startswith("Students attend a semiconductor design class")  # the caption
    assert texts(NIKKEI)[1].startswith("HANOI -- Japan will help Vietnam train")
    # (negative) a sentence of as many words naming staff writers stays the author's
    c = clean_text("Japan trains engineers\n\nThe ministry hired KENJI SATO and DANG THU HA, two staff writers.\n")
    assert "The ministry hired KENJI SATO and DANG THU HA, two staff writers." in c.body


def test_a_place_and_a_date_parted_by_a_bar_is_a_dateline():
    # "By Siti Rahmawati" / "Jakarta | 22 October 2024"
    assert meta(ASEAN_POST)["date"] == "2024-10-22"
