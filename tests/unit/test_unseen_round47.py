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


JICA = "round47_jica_release_loan_terms.txt"
NEWS = "round47_news_masthead_bar_credit.txt"


def test_an_agency_s_release_under_its_site_menu_and_breadcrumb():
    # "Skip to main content" / "JICA" / ... / "Home > News & Features > Press Releases > 2025" /
    # "Press Releases" / "2025.07.22" / "Signing of Japanese ODA Loan Agreement with Indonesia: ..."
    m = meta(JICA)
    assert m["title"].startswith("Signing of Japanese ODA Loan Agreement with Indonesia: Contributing")
    assert (m["date"], m["source"], m["type"]) == ("2025-07-22", "Japan International Cooperation Agency", "press-release")
    # "... at the Meteorology, Climatology and Geophysical Agency (BMKG), ...": a body organisations.yml knows
    assert {o["id"] for o in m["organisations"]} == {"jica", "bmkg"}
    assert {"Related Links", "Indonesia Office", "Page Top"} <= set(cleaned(JICA).removed)


def test_a_news_site_s_masthead_in_capitals_over_its_headline_is_the_source():
    # "THE JAPAN TIMES" / "NEWS" / "Japan, Vietnam agree to cooperate on semiconductor talent and
    # supply chains" / "Hanoi and Tokyo will train 10,000 chip engineers by 2030 under a new memorandum"
    m = meta(NEWS)
    assert m["title"] == "Japan, Vietnam agree to cooperate on semiconductor talent and supply chains"
    assert m["subtitle"] == "Hanoi and Tokyo will train 10,000 chip engineers by 2030 under a new memorandum"
    assert (m["source"], m["date"]) == ("The Japan Times", "2025-11-22")  # "Nov 22, 2025" under the byline
    assert {"name": "Tomohiro Osaki", "role": "Author"} in m["people"]  # "BY TOMOHIRO OSAKI" / "STAFF WRITER"


def test_a_caption_with_its_credit_after_a_bar_closes_the_header_over_the_byline():
    # "... at the Prime Minister's Office in Tokyo on Friday. | POOL / VIA KYODO" over "BY TOMOHIRO OSAKI"
    c = cleaned(NEWS)
    assert "BY TOMOHIRO OSAKI" not in c.body and "Nov 22, 2025" not in c.body
    assert '<figure class="atlas-caption"' in c.body and "on Friday. \\| POOL / VIA KYODO" in c.body
    assert texts(NEWS)[1].startswith("Japan and Vietnam agreed Friday to deepen cooperation")


def test_the_subscription_pitch_the_photo_link_and_the_keywords_are_the_site_s():
    c = cleaned(NEWS)
    assert {"In a time of both misinformation and too much information, quality journalism is more crucial than ever.",
            "By subscribing, you can help us get the story right.", "PHOTO GALLERY (CLICK TO ENLARGE)",
            "KEYWORDS", "Vietnam, Semiconductors, Economic security, Shigeru Ishiba"} <= set(c.removed)
    assert texts(NEWS)[-1] == "Japan is Vietnam's largest provider of official development assistance, " \
                              "with cumulative yen loans exceeding ¥3 trillion."


def test_a_sentence_on_journalism_that_is_the_author_s_stays():
    # (only a pitch's sentence of its own, on journalism now: an article about the press keeps its own)
    from atlas.clean import clean_text
    body = clean_text("Press freedom in Asia\n\nQuality journalism is under pressure across the region, "
                      "the report found, as advertising revenue falls.\n").body
    assert "Quality journalism is under pressure" in body


def test_a_caption_s_bar_with_words_in_small_letters_is_no_credit():
    from atlas.clean import credited_caption
    from atlas.clean_rules import load_rules
    assert credited_caption("Officials tour the plant in Bac Ninh on Friday. | KYODO", load_rules())
    assert not credited_caption("Officials tour the plant in Bac Ninh on Friday. | More photos", load_rules())
