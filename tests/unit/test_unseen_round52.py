"""Round 52: the three kinds the site is judged on (news, white-paper chapters, ministry fact
sheets), written by new hands, and what they showed: a section's name between a site's name and the
headline; a unit's, ministry's and state's names a line each over a fact sheet; a ministry's long
name over its menu in a row; the furniture of new publishers' pages."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.vocab import load_vocabulary

CITIZEN = "round52_the_citizen_tanzania_jica_kaizen_ict.txt"
ERD = "round52_erd_bangladesh_japan_partner_profile.txt"
UZBEK = "round52_uzbekistan_miit_japan_cooperation.txt"


def test_a_section_between_the_site_s_name_and_the_headline_is_the_site_s():
    # "The Citizen" / "Tanzania's leading independent newspaper" / "News | Business | Politics | ..."
    # / "Subscribe" / "Business" / "Jica, Tanzania launch Sh45 billion programme to digitise small
    # industries" / "Thursday, November 26, 2026"
    m = meta(CITIZEN)
    assert m["title"] == "Jica, Tanzania launch Sh45 billion programme to digitise small industries"
    assert (m["date"], m["type"]) == ("2026-11-26", "news")
    assert m["source"] == "The Citizen (Tanzania)"
    assert {"The Citizen", "Business"} <= set(cleaned(CITIZEN).removed)
    assert "## Business" not in cleaned(CITIZEN).body


def test_a_byline_over_the_link_to_the_writer_s_other_stories():
    # "By Alex Malanga" / "More by this Author"
    people = {p["name"]: p["role"] for p in meta(CITIZEN)["people"]}
    assert people.get("Alex Malanga") == "Author" and "Alex Malanga More" not in people
    assert "More by this Author" in cleaned(CITIZEN).removed


def test_a_credit_barred_from_the_word_photo_closes_a_caption():
    # "Trainees at a Kaizen workshop at the Small Industries Development Organisation (Sido) office in
    # Dodoma earlier this year. PHOTO | FILE": a caption, no standfirst
    m = meta(CITIZEN)
    assert "subtitle" not in m or not m["subtitle"]
    assert 'class="atlas-caption"' in cleaned(CITIZEN).body
    assert texts(CITIZEN)[0].startswith("Trainees at a Kaizen workshop")
    # the outlet's name in the text stays: '... he told The Citizen.'
    assert "he told The Citizen." in cleaned(CITIZEN).body


def test_a_unit_ministry_and_state_over_a_fact_sheet_are_its_publisher():
    # "Economic Relations Division (ERD)" / "Ministry of Finance" / "Government of the People's
    # Republic of Bangladesh", then "বাংলা", the menu, the path, "Japan: Development Partner Profile",
    # "Last updated: 12 November 2026"
    m = meta(ERD)
    assert m["title"] == "Japan: Development Partner Profile"
    assert (m["date"], m["type"]) == ("2026-11-12", "fact-sheet")
    assert m["source"] == "Economic Relations Division / Ministry of Finance"
    c = cleaned(ERD)
    assert "বাংলা" in c.removed and "বাংলা" not in c.body
    assert texts(ERD)[0].startswith("Japan has been one of the largest bilateral development partners")


def test_a_name_over_a_state_alone_is_no_masthead():
    # a title over the state it concerns is the document's title
    text = ("Japan's Cooperation with the Republic of Uzbekistan\n\nRepublic of Uzbekistan\n\n"
            "Japan has supported Uzbekistan since 1992. It has financed power plants.\n")
    assert clean_text(text).title == "Japan's Cooperation with the Republic of Uzbekistan"


def test_a_ministry_s_long_name_over_its_menu_in_a_row():
    # "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan" / "O'zbekcha | Русский
    # | English" / "Ministry  Activity  Press center  Open data  Contacts" / "Main / International
    # cooperation / Asia-Pacific / Japan" / "Cooperation with Japan" / "14.11.2026  |  Views: 1,842"
    m = meta(UZBEK)
    assert m["title"] == "Cooperation with Japan"
    assert m["date"] == "2026-11-14"
    assert m["source"] == "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan"
    assert m["type"] == "fact-sheet"
    removed = cleaned(UZBEK).removed
    assert "Main / International cooperation / Asia-Pacific / Japan" in removed
    assert "Ministry Activity Press center Open data Contacts" in removed
    assert texts(UZBEK)[0].startswith("Diplomatic relations between the Republic of Uzbekistan and Japan")


YOMIURI = "round52_yomiuri_japan_news_osa_radar.txt"
BERNAMA = "round52_bernama_wire_hydrogen_sarawak.txt"
MAFF = "round52_maff_fact_sheet_card_rice_africa.txt"
GCR = "round52_gcr_trade_dhaka_metro_line5.txt"


def test_the_story_s_date_under_the_photo_s_credit_and_caption():
    # "The Yomiuri Shimbun" / "Malaysian Maritime Enforcement Agency officials inspect a patrol vessel
    # in Port Klang in August." / "6:00 JST, November 29, 2026", one block under the headline
    m = meta(YOMIURI)
    assert m["title"].startswith("Japan to Provide Coastal Radar to Malaysia, Indonesia Under OSA Scheme")
    assert (m["date"], m["source"], m["type"]) == ("2026-11-29", "The Yomiuri Shimbun", "news")
    body = cleaned(YOMIURI).body
    assert 'class="atlas-caption"' in body and "6:00 JST" not in body
    assert texts(YOMIURI)[0] == "Malaysian Maritime Enforcement Agency officials inspect a patrol vessel in Port Klang in August."
    assert texts(YOMIURI)[1].startswith("The government plans to provide coastal surveillance radar systems")


def test_a_credit_and_caption_with_no_date_under_them_stay_as_they_were():
    text = ("Japan to fund new radar for Malaysia\n\nThe Yomiuri Shimbun\nOfficials inspect a patrol vessel in Port "
            "Klang in August.\n\nThe government plans to provide radar systems to Malaysia. It said so on Monday.\n")
    c = clean_text(text)
    assert c.dateline is None and 'class="atlas-caption"' in c.body
    assert "The government plans to provide radar systems to Malaysia." in c.body


def test_new_publishers_furniture_goes():
    # "Tags / Keywords: Japan, Hydrogen, Sarawak, AZEC, JOGMEC"
    assert "Tags / Keywords: Japan, Hydrogen, Sarawak, AZEC, JOGMEC" in cleaned(BERNAMA).removed
    # "To download PDF files, you need Adobe Acrobat Reader." / "Copyright : Ministry of Agriculture,
    # Forestry and Fisheries"
    assert {"To download PDF files, you need Adobe Acrobat Reader.",
            "Copyright : Ministry of Agriculture, Forestry and Fisheries"} <= set(cleaned(MAFF).removed)
    # "Site was last updated: 2026-11-12 10:24:51" / "Planning and Implementation: Cabinet Division,
    # a2i, BCC, DoICT and BTCL" / "Technical Support: Ethics Advanced Technology Limited (EATL)"
    assert {"Site was last updated: 2026-11-12 10:24:51",
            "Planning and Implementation: Cabinet Division, a2i, BCC, DoICT and BTCL",
            "Technical Support: Ethics Advanced Technology Limited (EATL)"} <= set(cleaned(ERD).removed)
    # "Print version  |  Share:  Telegram  Facebook  X" / "If you find an error in the text, select it
    # and press Ctrl+Enter" / "© 2026 Ministry of ... When using materials of the site, a reference to
    # the source is required."
    removed = cleaned(UZBEK).removed
    assert "If you find an error in the text, select it and press Ctrl+Enter" in removed
    assert "Print version | Share: Telegram Facebook X" in removed
    assert any(r.startswith("© 2026 Ministry of Investment") for r in removed)
    assert "Ctrl+Enter" not in cleaned(UZBEK).body and "Print version" not in cleaned(UZBEK).body


def test_a_credit_for_the_top_image_is_a_caption_not_a_heading():
    # "Top image: Tunnel boring in Dhaka (DMTCL)"
    body = cleaned(GCR).body
    assert "## Top image" not in body and "Top image: Tunnel boring in Dhaka (DMTCL)" in body


def test_an_author_s_lines_like_the_new_furniture_stay():
    text = ("Japan's support to Bangladesh\n\nTechnical support: JICA experts advised the ministry on the "
            "design of the tunnels.\n\nCopyright: the ministry holds the rights to the survey data, "
            "which it shares with JICA.\n\nShare: 45% of the loan goes to the metro.\n")
    c = clean_text(text)
    assert "Technical support: JICA experts advised the ministry on the design of the tunnels." in c.body
    assert "which it shares with JICA." in c.body and "Share: 45% of the loan goes to the metro." in c.body
    assert not c.removed


MOFA_WP = "round52_mofa_wp_dev_coop_africa_section.txt"
METI_WP = "round52_meti_wp_trade_global_south_chapter.txt"
JBIC = "round52_jbic_annual_report_latam_region.txt"
CHAPTER40 = "round40_research_report_chapter.txt"


def test_a_chapter_s_notes_go_on_with_the_book_s_count():
    # "... (TICAD 9)Note 14, held in Yokohama ..." / "... the ABE InitiativeNote 15, under which ..."
    # and, under "Notes": "14 TICAD: A summit-level international conference ..." / "15 ABE
    # Initiative: African Business Education Initiative for Youth."
    body = cleaned(MOFA_WP).body
    assert "(TICAD 9)[^14], held in Yokohama" in body and "ABE Initiative[^15], under which" in body
    assert "atlas-note-missing" not in body
    assert "[^15]: 15 ABE Initiative: African Business Education Initiative for Youth." in body
    m = meta(MOFA_WP)
    assert m["title"] == "Section 5 Sub-Saharan Africa" and m["type"] == "white-paper"


def test_a_notes_list_counted_from_a_figure_no_mark_names_stays_text():
    text = ("Japan's aid to Africa\n\nJapan built the bridge in 2018. It carries trucks to Kampala.\n\n"
            "Notes\n\n14 TICAD: a summit on African development.\n15 ABE Initiative: a study programme.\n")
    c = clean_text(text)
    assert "[^14]" not in c.body and "14 TICAD: a summit on African development." in c.body


def test_the_book_s_name_with_a_page_s_number_further_down_is_its_running_head():
    # "JBIC Annual Report 2026" on top, "34                 JBIC Annual Report 2026" after the
    # Mexico project
    c = cleaned(JBIC)
    assert "34 JBIC Annual Report 2026" in c.removed and "Annual Report 2026 {" not in c.body
    assert meta(JBIC)["series"].startswith("JBIC Annual Report 2026")
    # and round 40's: "ERIA Research Project Report 2024, No. 12" on top, "44 | ERIA Research Project
    # Report 2024, No. 12" between 2.2 and 3.
    assert "44 | ERIA Research Project Report 2024, No. 12" in cleaned(CHAPTER40).removed


def test_topics_over_a_box_s_title_labels_the_box():
    # "Topics" / "JBIC and CAF sign MOU on Quality Infrastructure" / "In September 2025, JBIC signed ..."
    body = cleaned(JBIC).body
    assert "## JBIC and CAF sign MOU on Quality Infrastructure" in body
    assert texts(JBIC)[texts(JBIC).index("Topics") + 2].startswith("In September 2025, JBIC signed")


def test_a_numbered_title_over_a_paragraph_s_indented_first_line():
    # "(1) Digital and semiconductor supply chains" / "   Projects include a joint programme with
    # Malaysia's Penang state ..."
    body = cleaned(METI_WP).body
    assert "### (1) Digital and semiconductor supply chains" in body or "## (1) Digital and semiconductor supply chains" in body
    assert "(1) Digital and semiconductor supply chains Projects include" not in body
    assert any(t.startswith("Projects include a joint programme with Malaysia's Penang state") for t in texts(METI_WP))


def test_a_figure_numbered_by_its_part_s_roman_numeral_is_a_caption():
    # "Figure III-7  Japan's bilateral ODA to Sub-Saharan Africa (2024, disbursements)" over its table;
    # "Figure III-2-1  Number of overseas affiliates of Japanese companies, by region" over its own
    assert '<span class="atlas-caption-label">Figure III-7</span>' in cleaned(MOFA_WP).body
    body = cleaned(METI_WP).body
    assert '<span class="atlas-caption-label">Figure III-2-1</span>' in body
    assert "| Figure III-2-1 |" not in body and "|  | FY2014 | FY2024 |" in body
    # a figure named in a sentence stays in it: "... rose by 38% over ten years (Figure III-2-1)."
    assert texts(METI_WP)[1].endswith("rose by 38% over ten years (Figure III-2-1).")


def test_a_book_section_s_first_numbered_heading_is_no_standfirst():
    # "Section 2  Building resilient supply chains together with ASEAN and India" / "1. Changes in the
    # position of the Global South in Japanese companies' supply chains" / the prose
    m = meta(METI_WP)
    assert m["title"] == "Section 2 Building resilient supply chains together with ASEAN and India"
    assert not m.get("subtitle")
    assert m["series"] == ("WHITE PAPER ON INTERNATIONAL ECONOMY AND TRADE 2026 — Chapter 3 Co-creation with "
                           "the Global South")
    assert "## 1. Changes in the position of the Global South in Japanese companies' supply chains" in cleaned(METI_WP).body


def test_a_wire_s_lower_case_roles_and_sarawak_s_title_of_honour():
    # "JOGMEC executive vice-president Hiroshi Tanaka said ..."; "SEDC Energy chief executive officer
    # Datu Dr Robert Jacob Ridu said ..."
    people = {p["name"]: p["role"] for p in meta(BERNAMA)["people"]}
    assert people["Hiroshi Tanaka"] == "Executive Vice-President"
    assert "Robert Jacob Ridu" in people and "Datu Dr Robert Jacob Ridu" not in people
    m = meta(BERNAMA)
    assert (m["title"], m["date"], m["type"]) == (
        "Japan's JOGMEC, Sarawak firm to build green hydrogen training hub", "2026-11-27", "news")


def test_a_report_s_part_over_its_region_under_the_report_s_name():
    # "JBIC Annual Report 2026" / "Operations by Region" / "Latin America and the Caribbean" /
    # "Overview" / "In Latin America and the Caribbean, JBIC supports ..."
    m = meta(JBIC)
    assert m["title"] == "Latin America and the Caribbean"
    assert m["series"] == "JBIC Annual Report 2026 — Operations by Region"
    assert m["type"] in ("white-paper", "report")
    assert cleaned(JBIC).body.split("\n")[2] == "## Overview { #overview }"


def test_authors_under_a_chapter_s_title_are_no_part_over_it():
    # round 40: "ERIA Research Project Report 2024, No. 12" / "Chapter 3" / "Japan's Quality
    # Infrastructure Investment in ASEAN: Evidence from Transport Projects" / "Shimizu Kenji and
    # Nguyen Thi Hoa" / "1. Introduction"
    assert meta(CHAPTER40)["title"] == "Japan's Quality Infrastructure Investment in ASEAN: Evidence from Transport Projects"


def test_a_box_s_label_over_its_title_in_one_block_stand_apart():
    # "Column" / "A Bridge that Connects People: The Nile Jinja Bridge in Uganda" / "" / "The Source of
    # the Nile Bridge (New Nile Bridge) in Jinja, Uganda, completed in 2018 ..."
    body = cleaned(MOFA_WP).body
    assert "Column\n{ #p-9 .atlas-box-label }" in body
    assert "## A Bridge that Connects People: The Nile Jinja Bridge in Uganda" in body


def test_a_box_s_label_over_a_sentence_leaves_the_sentence_text():
    c = clean_text("Japan in Africa\n\nJapan built bridges in 2018. They matter.\n\nCase\nThe bridge was finished early.\n\n"
                   "It carries traffic on the Northern Corridor. Trucks use it.\n")
    assert "## The bridge was finished early." not in c.body and "The bridge was finished early." in c.body


def test_a_word_broken_before_a_tail_that_is_no_word_is_closed_up():
    # "... "Now we have the skills to main-" / "tain such structures ourselves."", "... the improvement
    # of lo-" / "gistics and skill development", "... Japanese technol-" / "ogy, we hope ..."
    assert "skills to maintain such structures" in cleaned(MOFA_WP).body
    assert "the improvement of logistics and skill development" in cleaned(METI_WP).body
    assert "with Japanese technology, we hope" in cleaned(JBIC).body
    # a tail that is a word of its own keeps the hyphen, as a compound's does ("public-" / "private")
    c = clean_text("Japan's aid\n\nJapan funds public-\nprivate partnerships and technol-\nogy parks in Viet Nam "
                   "and the Philippines every year.\n")
    assert "public-private partnerships" in c.body and "technology parks" in c.body


def test_a_title_that_names_its_kind_before_its_colon_says_what_the_page_is():
    # "Fact Sheet: Japan's Cooperation for Rice Development in Africa (CARD)" / "Updated: November 20,
    # 2026"; its links name "TICAD 9 Yokohama Declaration (PDF: 512KB)", no policy announcement's
    m = meta(MAFF)
    assert (m["title"], m["type"]) == ("Fact Sheet: Japan's Cooperation for Rice Development in Africa (CARD)", "fact-sheet")
    assert (m["date"], m["source"]) == ("2026-11-20", "Ministry of Agriculture, Forestry and Fisheries")


def test_a_story_about_a_fact_sheet_is_still_news():
    from atlas.extract_source import document_type
    vocab = load_vocabulary()
    assert document_type(vocab, None, "japan publishes a fact sheet on its aid", [], True, [],
                         title="Japan publishes a fact sheet on its aid to Africa") == "news"
    assert document_type(vocab, None, "", [], False, [], title="FACT SHEET: Japan-Philippines cooperation") == "fact-sheet"
