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
    assert people == {"Kazuya Endo": "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of the Philippines",
                      "Ma. Theresa P. Lazaro": "Secretary of Foreign Affairs"}


def test_round6t_s_signatory_with_a_middle_initial_is_found_too():
    # round6t_osa_philippines_radar.txt line 8: "... and H.E. Mr. Enrique A. Manalo, Secretary of Foreign"
    people = {p["name"]: p["role"] for p in meta("round6t_osa_philippines_radar.txt")["people"]}
    assert people["Enrique A. Manalo"] == "Secretary of Foreign Affairs"


def test_an_initial_after_a_title_s_name_keeps_the_whole_name():
    found = find_people("President Ferdinand R. Marcos Jr. met the delegation on Monday.")
    assert [p["name"] for p in found] == ["Ferdinand R. Marcos Jr."]


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


WHITE_PAPER = "round47_white_paper_section_book_head.txt"


def test_a_white_paper_s_name_and_subtitle_over_its_part_chapter_and_section():
    # "White Paper on Development Cooperation 2024" / "Japan's International Cooperation" / "" /
    # "Part III  Specific Initiatives of ..." / "Chapter 2  Efforts for Each Region" / "Section 1  Southeast Asia"
    m = meta(WHITE_PAPER)
    assert m["title"] == "Section 1 Southeast Asia"
    assert m["series"] == ("White Paper on Development Cooperation 2024 — Japan's International Cooperation — "
                           "Part III Specific Initiatives of Japan's Development Cooperation — Chapter 2 Efforts for Each Region")
    assert m["type"] == "white-paper"
    assert texts(WHITE_PAPER)[0].startswith("Southeast Asia is a region of strategic importance for Japan")
    assert "| Part III |" not in cleaned(WHITE_PAPER).body  # no table of the book's head


def test_a_book_s_name_and_subtitle_over_a_numbered_section_of_the_seed_stay_as_they_were():
    # seeds/001: "White Paper on Development Cooperation 2023" / "Japan’s International Cooperation" over
    # "(2) Digital, Information and Communications Technology, and Science and Technology" (no section line)
    from pathlib import Path

    from atlas.clean import clean_text
    from atlas.extract import extract_metadata
    from atlas.read import read_seed
    from atlas.vocab import load_vocabulary
    path = Path(__file__).resolve().parents[2] / "seeds" / "001_498dd1a1f8797f67.txt"
    s = read_seed(path, path.parent)
    m = extract_metadata(s, clean_text(s.text), load_vocabulary())
    assert m["title"] == "Digital, Information and Communications Technology, and Science and Technology"
    assert m["series"] == "White Paper on Development Cooperation 2023 — Japan’s International Cooperation"


WIRE = "round47_wire_lede_dateline_signoff.txt"


def test_a_numeric_date_of_either_order_takes_its_day_from_the_lede_s_dateline():
    # "05/09/2025 04:35 PM" (day or month first?) over "KUALA LUMPUR, Sept 5 (Bernama) -- Malaysia and Japan ..."
    m = meta(WIRE)
    assert (m["date"], m["date_precision"]) == ("2025-09-05", "day")
    assert m["title"] == "Malaysia, Japan to collaborate on semiconductor talent development"


def test_a_wire_s_sign_off_and_its_accounts_under_the_story_are_the_site_s():
    # "-- BERNAMA" / (blurb) / "Follow us on social media :" / "Facebook : @bernamaofficial, @bernamatv, @bernamaradio" / ...
    c = cleaned(WIRE)
    assert {"-- BERNAMA", "Follow us on social media :", "Facebook : @bernamaofficial, @bernamatv, @bernamaradio",
            "TikTok : @bernamaofficial"} <= set(c.removed)
    assert "## -- BERNAMA" not in c.body
    assert "tiktok" not in {o["id"] for o in meta(WIRE)["organisations"]}  # a network's name on an account line


def test_titles_of_honour_are_no_part_of_a_name():
    # "Investment, Trade and Industry Minister Tengku Datuk Seri Utama Zafrul Abdul Aziz said ..."
    names = [p["name"] for p in meta(WIRE)["people"]]
    # (Tengku is a royal house's name, a word of his name: people.yml house_names; round 71)
    assert "Tengku Zafrul Abdul Aziz" in names and not any("Datuk" in n for n in names)
    assert find_people("Prime Minister Datuk Seri Anwar Ibrahim said on Monday.") == \
        [{"name": "Anwar Ibrahim", "role": "Prime Minister"}]
    # round36_aem_meti_joint_media_statement.txt: "Dato Amin Liew Abdullah" is Amin Liew Abdullah
    assert "Amin Liew Abdullah" in {p["name"] for p in meta("round36_aem_meti_joint_media_statement.txt")["people"]}


def test_an_apostrophe_ends_an_honorific_people_yml_may_list():
    from atlas.honorifics import honorific_words
    assert honorific_words({"honorifics": ["Dato' Sri", "Dr."]}) == ["Dato' Sri", "Dr."]


SECTIONS = "round47_news_site_name_sections_apart.txt"


def test_a_site_s_name_and_sections_a_blank_line_apart_are_read_as_one_block_of_them():
    # "Nikkei Asia" / "" / "Business" / "" / "Tech Asia" / "" / "Japan's NEC to build undersea cable ..."
    m = meta(SECTIONS)
    assert m["title"] == "Japan's NEC to build undersea cable linking Singapore and Indonesia's Batam"
    assert m["subtitle"] == "Project backed by JBIC aims to meet data center demand in Johor-Singapore-Riau triangle"
    assert (m["source"], m["date"]) == ("Nikkei Asia", "2025-03-04")  # "March 4, 2025 11:28 JST"
    assert {"name": "Yuji Nitta", "role": "Author"} in m["people"]  # "YUJI NITTA, Nikkei staff writer"
    assert {"Business", "Tech Asia"} <= set(cleaned(SECTIONS).menu)
    assert texts(SECTIONS)[1].startswith("TOKYO -- NEC will lay a 130-kilometer submarine cable")


def test_a_date_under_stacked_lines_keeps_them_the_header_s():
    # round45_fiji_hansard_jica_flood_question.txt: "PARLIAMENT OF THE REPUBLIC OF FIJI" / "" / "DAILY HANSARD" / ""
    # / "TUESDAY, 5TH AUGUST, 2025": the parliament's record and its sitting, no site over sections
    # (round 48: the record's name its series, its one question's head its title)
    m = meta("round45_fiji_hansard_jica_flood_question.txt")
    assert (m["series"], m["date"]) == ("DAILY HANSARD", "2025-08-05")


EMBASSY = "round47_embassy_handover_footer.txt"


def test_an_embassy_s_notice_under_its_menu_row_with_its_footer():
    # "Embassy of Japan in the Lao PDR" / "Home  |  About Us  |  ..." / "The Handover Ceremony of ..." /
    # "Posted on: 12 February 2025"
    m = meta(EMBASSY)
    assert m["title"] == "The Handover Ceremony of the Project for Improvement of Water Supply in Luang Prabang"
    assert (m["date"], m["source"]) == ("2025-02-12", "Embassy of Japan in the Lao PDR")
    # "Copyright (C) Embassy of Japan in the Lao PDR": a rights line written with "(C)"
    assert "Copyright (C) Embassy of Japan in the Lao PDR" in cleaned(EMBASSY).removed


def test_a_role_s_last_word_may_end_its_sentence():
    # "... and H.E. Mr. Viengthavisone Thephachanh, Minister of Public Works and Transport."
    people = {p["name"]: p["role"] for p in meta(EMBASSY)["people"]}
    assert people["Viengthavisone Thephachanh"] == "Minister of Public Works and Transport"
    # round17_blog_posted_source_cambodia.txt: "... Minister of Education, Youth and Sport."
    people = {p["name"]: p["role"] for p in meta("round17_blog_posted_source_cambodia.txt")["people"]}
    assert people["Hang Chuon Naron"] == "Minister of Education, Youth and Sport"
    # (a stop inside an abbreviation goes on: no role ends at "U" of "U.S.")
    assert find_people("and Ms. Jane Tan, Director of Programs at U.S. Embassy, said")[0]["role"].startswith("Director")


COMMENTARY = "round47_commentary_outlet_name_over_headline.txt"


def test_an_outlet_s_name_over_the_headline_names_the_source_when_nothing_else_does():
    # "East Asia Forum" / "" / "Japan's quiet digital diplomacy in Southeast Asia" / "" / "Author: Kei Koga, NTU"
    m = meta(COMMENTARY)
    assert m["title"] == "Japan's quiet digital diplomacy in Southeast Asia"
    assert (m["source"], m["date"]) == ("East Asia Forum", "2025-08-18")
    assert {"name": "Kei Koga", "role": "Author"} in m["people"]
    # (a name inside the outlet's is no mention: "East Asia Forum" names no region)
    assert "east-asia" not in {r["id"] for r in m["regions"]}


SPEECH = "round47_pm_office_speech_section_label.txt"


def test_a_government_site_s_section_named_after_its_head_is_no_title():
    # "Prime Minister's Office of Japan" / "Speeches and Statements by the Prime Minister" / "Policy Speech
    # by Prime Minister ISHIBA Shigeru at the Japan-ASEAN Summit Meeting" / "October 27, 2025"
    m = meta(SPEECH)
    assert m["title"] == "Policy Speech by Prime Minister ISHIBA Shigeru at the Japan-ASEAN Summit Meeting"
    assert (m["date"], m["source"], m["type"]) == ("2025-10-27", "Prime Minister's Office of Japan", "speech")
    assert texts(SPEECH)[0] == "Your Majesty, Excellencies,"


def test_a_title_ending_a_line_names_no_one_on_the_next():
    # "... by the Prime Minister" over "Policy Speech by ...": no person called "Policy Speech"
    assert meta(SPEECH)["people"] == [{"name": "Shigeru Ishiba", "role": "Prime Minister"}]
    assert find_people("Statements by the Prime Minister\nPolicy Speech at the Summit") == []



PROJECT = "round47_jica_project_outline_labels.txt"


def test_a_project_sheet_s_labels_over_their_paragraphs():
    # "Background" / "Project Purpose" / "Outputs" over text longer than a wrapped line, or over a list
    m = meta(PROJECT)
    assert m["title"] == "Project for Strengthening Cybersecurity Capacity in the Government of Mongolia"
    assert m["type"] == "project-page"
    body = cleaned(PROJECT).body
    for head in ("Background", "Project Purpose", "Outputs", "Project Activities"):
        assert f"## {head} {{" in body
    # (left: "Overall Goal" over its one sentence of 80 characters stays that sentence's first words,
    # as round 22 keeps "Article 5" over its sentence and round 41 a name over one)


BLOG = "round47_blog_name_over_headline.txt"


def test_a_development_bank_s_blog_name_over_its_post_is_the_source():
    # "Asian Development Blog" / "" / "How Japan-funded early warning systems are saving lives in Bangladesh" /
    # "" / "By Sakura Watanabe, Hasan Mahmud" / "Published on 14 May 2025"
    m = meta(BLOG)
    assert m["title"] == "How Japan-funded early warning systems are saving lives in Bangladesh"
    assert (m["source"], m["date"]) == ("Asian Development Blog (Asian Development Bank)", "2025-05-14")
    assert {"Share this", "Facebook", "LinkedIn", "Comments (2)"} <= set(cleaned(BLOG).removed)
