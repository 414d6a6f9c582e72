"""Forty-first round: what rounds 36 to 40 saw and left, on their fixtures and on two of this
round's own from other publishers (an ANTARA story on weather radars and a post on X by a JICA
volunteer, in tests/fixtures/unseen/round41_*.txt). Every expected value was read off the
fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_terms import split_hashtags
from atlas.vocab import load_vocabulary

AJC = "round39_ajc_event_report_digital_smes.txt"
DIPLOMAT = "round39_diplomat_japan_osa_vietnam_analysis.txt"
YOKOHAMA = "round39_yokohama_yport_city_cooperation.txt"
LINKEDIN = "round36_linkedin_jica_expert_mongolia.txt"
FACEBOOK = "round37_facebook_jocv_nurse_laos.txt"
TBS = "round36_tbs_bangladesh_jica_yen_loan.txt"
PNA = "round39_pna_japan_pagasa_radar_turnover.txt"
ANTARA = "round41_antara_bmkg_weather_radar_grant.txt"
X_POST = "round41_x_post_jica_volunteer_zambia.txt"


def _topics(name: str) -> set[str]:
    return {t["id"] for t in meta(name)["topics"]}


def _headings(name: str) -> list[str]:
    return [line for line in cleaned(name).body.split("\n") if line.startswith("#")]


def test_a_programme_s_part_asking_its_question_is_a_heading_like_its_siblings():
    # "Session 1: Where do ASEAN SMEs stand?" / "Session 2: Case studies of ASEAN-Japan partnerships"
    # / "Session 3: Panel discussion", each alone over its part's prose
    heads = _headings(AJC)
    assert any(h.startswith("## Session 1: Where do ASEAN SMEs stand?") for h in heads)
    assert any(h.startswith("## Session 2: Case studies") for h in heads)


def test_a_question_among_questions_of_its_label_stays_a_sentence():
    # no sibling is a heading: an FAQ's questions are its text, not its sections
    c = clean_text("Frequently asked questions\n\nQuestion 1: Who can apply?\n\n"
                   "Any university graduate under 40 may apply. The call closes in May.\n\n"
                   "Question 2: When does training start?\n\n"
                   "Training starts in July. It lasts two weeks.\n")
    assert not any(line.startswith("#") and "Question" in line for line in c.body.split("\n"))


def test_a_photo_credit_closing_with_a_bracketed_aside_is_a_caption():
    # "Photo: Panel discussion (from left: Dr. Chen, Ms. Nguyen, Mr. Somchai, Mr. Kobayashi)"
    body = cleaned(AJC).body
    assert ('<span class="atlas-caption-label">Photo: Panel discussion (from left: Dr. Chen, Ms. Nguyen, '
            'Mr. Somchai, Mr. Kobayashi)</span>') in body


def test_an_author_s_box_label_and_name_stand_apart_from_the_biography():
    # "Guest Author" / "Nguyen Thanh Trung" / "Nguyen Thanh Trung is director of the Center for ..."
    t = texts(DIPLOMAT)
    assert any(x.startswith("Nguyen Thanh Trung is director of the Center") for x in t)
    assert not any(x.startswith("Guest Author Nguyen") for x in t)
    assert "Hiroshi Kato is a research fellow at the Japan Institute of International Affairs (JIIA) in Tokyo." in t


def test_a_name_over_a_sentence_without_a_label_is_no_author_s_box():
    # (a name line over prose with no writer's label stays as the text had it)
    c = clean_text("Japan and Laos sign grant\n\nThe grant was signed today. It funds two schools.\n\n"
                   "Keo Phommavong\nKeo Phommavong said the schools would open in 2026.\n")
    assert any(p.text.startswith("Keo Phommavong Keo Phommavong said") for p in c.paragraphs)


def test_a_guest_writer_s_piece_is_opinion():
    # "Guest Author" over each writer's name and biography, under "Authors"
    assert meta(DIPLOMAT)["type"] == "opinion"


def test_a_page_s_file_links_are_a_list_and_a_city_s_page_a_fact_sheet():
    # "Related documents" / "Y-PORT Project brochure (PDF: 2,815KB)" / "Y-PORT Activity Report FY2024 (PDF: 1,204KB)"
    body = cleaned(YOKOHAMA).body
    assert "- Y-PORT Project brochure (PDF: 2,815KB)" in body
    assert "- Y-PORT Activity Report FY2024 (PDF: 1,204KB)" in body
    # "City of Yokohama" (its page dated "Last updated: October 1, 2025", signed by no one)
    m = meta(YOKOHAMA)
    assert (m["source"], m["type"]) == ("City of Yokohama", "fact-sheet")


def test_social_posts_are_their_own_type_and_their_network_the_source():
    # "LinkedIn" over "Kenji Watanabe" / "JICA Expert | ..." / "3w • Edited • 🌐"
    m = meta(LINKEDIN)
    assert (m["type"], m["source"]) == ("social-post", "LinkedIn")
    # "Facebook" over "Noriko Sato" / "Public Health Nurse | ..." / "5d · 🌎"
    f = meta(FACEBOOK)
    assert (f["type"], f["source"]) == ("social-post", "Facebook")
    # "X" over its menu, then "Aiko Tanaka" / "JICA Volunteer | Science Teacher | Chipata, Zambia" / "2h · 🌍"
    x = meta(X_POST)
    assert (x["type"], x["source"]) == ("social-post", "X (Twitter)")
    assert {"Explore", "Messages"} <= set(cleaned(X_POST).removed)


def test_a_network_s_name_over_any_other_page_is_no_source():
    # a share button's "Facebook" at the top of a story with no post's age under a writer is no publisher
    c = clean_text("Facebook\n\nJapan funds new bridge in Laos\n\n"
                   "The bridge will open next year. It links two provinces across the Mekong.\n")
    from atlas.extract_source import find_source_lines
    assert find_source_lines("Facebook\n\nJapan funds new bridge in Laos\n", load_vocabulary()) == []
    assert "Facebook" not in c.source_lines


def test_a_post_s_title_loses_its_trailing_emoji_and_the_text_keeps_them():
    # "Looking back on three years in Ulaanbaatar 🇲🇳🇯🇵"
    assert meta(LINKEDIN)["title"] == "Looking back on three years in Ulaanbaatar"
    # "Last day at Chipata Day Secondary School 🇿🇲"
    assert meta(X_POST)["title"] == "Last day at Chipata Day Secondary School"
    assert cleaned(X_POST).title == "Last day at Chipata Day Secondary School 🇿🇲"  # (cleaning keeps them)


def test_run_together_hashtags_count_for_their_words_topics():
    # "#JICA #Mongolia #DisasterRiskReduction #Resilience #InternationalCooperation #ODA"
    assert split_hashtags("#JICA #DisasterRiskReduction #ODA") == "#JICA #Disaster Risk Reduction #ODA"
    drr = next(t for t in meta(LINKEDIN)["topics"] if t["id"] == "disaster-risk-reduction")
    assert drr["score"] >= 3
    assert "#DisasterRiskReduction" in cleaned(LINKEDIN).body  # (as written in the body)


def test_a_short_line_alone_over_a_table_is_its_caption():
    # "Key facts about the loan" over "Project | Amount (yen) | Completion"
    body = cleaned(TBS).body
    assert "<figcaption markdown>\nKey facts about the loan\n</figcaption>" in body
    # "Grant at a glance" over "Item | Detail"
    assert "<figcaption markdown>\nGrant at a glance\n</figcaption>" in cleaned(ANTARA).body


def test_weather_radars_are_no_sign_of_security():
    # "Japan turns over P2.4-B weather radars to PAGASA"; "The radars, installed in Aparri, ..."
    assert "security" not in _topics(PNA) and "disaster-risk-reduction" in _topics(PNA)
    # "two C-band Doppler weather radars"; "The radars, built in Japan ..."; "BMKG now operates 46 radars"
    assert "security" not in _topics(ANTARA)


def test_coastal_radars_stay_a_sign_of_security():
    # round39's Diplomat analysis: "coastal surveillance radars", "the radars"
    assert "security" in _topics(DIPLOMAT)


def test_a_desk_credit_on_the_line_under_the_last_paragraph_is_the_credit():
    # "BMKG now operates 46 radars across the archipelago, ... by 2027." / "(Antara/mr)"
    c = cleaned(ANTARA)
    assert texts(ANTARA)[-1].endswith("warning system by 2027.")
    assert "(Antara/mr)" not in c.body and "(Antara/mr)" in c.source_lines
    c = clean_text("Japan funds new line\n\nThe loan was signed on Monday. It is the third.\n\n"
                   "The line opens in 2029.\nSource: CNA/ay(rn)\n")
    assert "CNA/ay(rn)" not in c.body


def test_a_slash_word_under_a_paragraph_is_no_desk_credit():
    c = clean_text("Japan funds data centre\n\nThe centre opens in 2026. It will host cloud services.\n\n"
                   "The network runs on the usual protocols.\nTCP/ip\n")
    assert "TCP/ip" in c.body


def test_a_post_s_opening_sentence_as_its_title_has_no_stop_and_the_summary_goes_on():
    # "Two years ago today I arrived at Savannakhet Provincial Hospital with two suitcases and very little Lao."
    f = meta(FACEBOOK)
    assert f["title"] == "Two years ago today I arrived at Savannakhet Provincial Hospital with two suitcases and very little Lao"
    # "As a Japan Overseas Cooperation Volunteer, I worked with the maternal and child health team ..."
    assert f["summary"].startswith("As a Japan Overseas Cooperation Volunteer, I worked")
    assert "Two years ago today I arrived at Savannakhet Provincial Hospital" in cleaned(FACEBOOK).body  # (kept)
