"""Thirty-second round: round 30's defects mended on a UNDP-JICA joint release
(tests/fixtures/unseen/round30_undp_jica_joint_press_release.txt) and a Cambodian foreign ministry's
release (tests/fixtures/unseen/round30_cambodia_mfaic_press_release.txt). Every expected value was
read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

UNDP = "round30_undp_jica_joint_press_release.txt"
MFAIC = "round30_cambodia_mfaic_press_release.txt"


def test_a_country_office_s_masthead_is_no_title():
    # "United Nations Development Programme" / "Myanmar" / "" / "Press releases" / "" /
    # "UNDP and JICA partner to restore livelihoods ..." / "February 20, 2025" / "" / "JOINT PRESS RELEASE"
    m, c = meta(UNDP), cleaned(UNDP)
    assert m["title"] == "UNDP and JICA partner to restore livelihoods of farmers affected by floods in Bago Region"
    assert (m["date"], m["source"], m["type"]) == ("2025-02-20", "United Nations Development Programme", "press-release")
    assert "JOINT PRESS RELEASE" in c.removed and "JOINT PRESS RELEASE" not in c.body
    assert "February 20, 2025" not in c.body
    assert texts(UNDP)[0].startswith("Yangon, 20 February 2025 – The United Nations Development Programme")


def test_a_body_s_name_over_a_country_s_name_is_its_masthead():
    c = clean_text("Asian Development Bank\nViet Nam\n\nADB Lends $500 Million for Roads in the Mekong Delta\n\n"
                   "ADB will lend $500 million to Viet Nam for roads. It said so on Monday.\n")
    assert c.title == "ADB Lends $500 Million for Roads in the Mekong Delta"
    assert c.paragraphs[0].text.startswith("ADB will lend") and "Asian Development Bank" not in c.body


def test_a_foreign_ministry_of_foreign_affairs_and_international_cooperation():
    # "MINISTRY OF FOREIGN AFFAIRS" / "AND INTERNATIONAL COOPERATION" under "KINGDOM OF CAMBODIA";
    # "... at the Ministry of Foreign Affairs and International Cooperation, H.E. Dr. Sok Chenda Sophea ..."
    m = meta(MFAIC)
    assert m["source"] == "Ministry of Foreign Affairs and International Cooperation"
    assert "mofa" not in {o["id"] for o in m.get("organisations", [])}


def test_a_closing_place_and_date_dates_a_release():
    # "                                        Phnom Penh, 27 March 2025" after the last paragraph
    assert meta(MFAIC)["date"] == "2025-03-27"


def test_us_dollars_capitalised_is_money_not_the_united_states():
    # "2,845 million Japanese Yen (approximately 76 million US Dollars)"
    assert "US" not in {c["code"] for c in meta(MFAIC).get("countries", [])}
