"""Round 47: common shapes written again by other hands (a ministry's press release, ...), and
what they showed: names with initials and short given names with their stop."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.extract_spans import find_people

MOFA = "round47_mofa_press_grant_philippines.txt"


def test_a_ministry_s_press_release_under_its_breadcrumb_and_kind_label():
    # "Ministry of Foreign Affairs of Japan" / "Home > Press Releases > Press Releases 2025" /
    # "Press Releases" / "Signing of Exchange of Notes concerning Grant Aid to the Republic of the
    # Philippines" / "March 14, 2025"
    m = meta(MOFA)
    assert m["title"] == "Signing of Exchange of Notes concerning Grant Aid to the Republic of the Philippines"
    assert (m["date"], m["source"], m["type"]) == ("2025-03-14", "Ministry of Foreign Affairs of Japan", "press-release")
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["PH"]
    # "Related Links" / "Japan-Philippines Relations" / "Back to Press Releases": the page's, not the text's
    c = cleaned(MOFA)
    assert {"Related Links", "Japan-Philippines Relations", "Back to Press Releases"} <= set(c.removed)
    assert texts(MOFA)[-1].startswith("The Republic of the Philippines has a land area of 300,000")


def test_a_signatory_named_with_a_short_given_name_and_an_initial_is_a_person():
    # "... and H.E. Ms. Ma. Theresa P. Lazaro, Secretary of Foreign Affairs of the Republic of the Philippines, signed ..."
    people = {p["name"]: p["role"] for p in meta(MOFA)["people"]}
    assert people == {"Kazuya Endo": "Ambassador Extraordinary and Plenipotentiary",
                      "Ma. Theresa P. Lazaro": "Secretary of Foreign Affairs"}


def test_round6t_s_signatory_with_a_middle_initial_is_found_too():
    # round6t_osa_philippines_radar.txt line 8: "... and H.E. Mr. Enrique A. Manalo, Secretary of Foreign"
    people = {p["name"]: p["role"] for p in meta("round6t_osa_philippines_radar.txt")["people"]}
    assert people["Enrique A. Manalo"] == "Secretary of Foreign Affairs"


def test_an_initial_after_a_title_s_name_keeps_the_whole_name():
    found = find_people("President Ferdinand R. Marcos Jr. met the delegation on Monday.")
    assert [p["name"] for p in found] == ["Ferdinand R. Marcos Jr"]


def test_an_honorific_is_never_read_as_an_initial_of_the_name():
    # round28_meti_minister_speech_aem.txt line 13: "Your Excellency Mr. Malaithong Kommasith, Minister of
    # Industry and Commerce of the Lao PDR,"
    found = find_people("Your Excellency Mr. Malaithong Kommasith, Minister of Industry and Commerce of the Lao PDR,")
    assert found == [{"name": "Malaithong Kommasith", "role": "Minister of Industry and Commerce"}]
