"""Round 56: defects earlier rounds saw and left.

A fact sheet's unnumbered section titles glued over their figures or their one sentence, beside
sibling titles that stand as headings; a fact sheet of fields only, summarised by none of them."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text


def _meta_of(text: str) -> dict:
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    return extract_metadata(Seed(path="seeds/x.txt", raw=text.encode(), text=text), clean_text(text), load_vocabulary())


KENYA = "round56_kenya_mfa_fact_sheet_japan.txt"
BASIC = "round56_mofa_basic_data_philippines.txt"
GHANA = "round56_ghana_embassy_country_profile.txt"
MAFF = "round52_maff_fact_sheet_card_rice_africa.txt"


# --- a fact sheet's section titles glued over their sections -------------------------------------

def test_an_acronym_over_its_sentence_is_a_heading_beside_sibling_headings():
    # "Overview" / "Kenya and Japan established ...", then "TICAD" / "Kenya hosted TICAD VI in
    # Nairobi in 2016, the first TICAD held in Africa."
    c = cleaned(KENYA)
    assert "## Overview" in c.body
    assert "## TICAD" in c.body
    assert "Kenya hosted TICAD VI in Nairobi in 2016, the first TICAD held in Africa." in texts(KENYA)


def test_a_title_over_figure_fields_is_a_heading_beside_sibling_headings():
    # "Trade (2025)" / "Kenya exports to Japan: KES 9.8 billion (tea, cut flowers, coffee)" / ...
    c, t = cleaned(KENYA), texts(KENYA)
    assert "## Trade (2025)" in c.body
    assert "Kenya exports to Japan: KES 9.8 billion (tea, cut flowers, coffee)" in t
    # "Economic Relations with Japan" / "(1) Trade with Japan (2025, Ministry of Finance of Japan)" / ...
    # "Japan's ODA (FY2024, exchange of notes basis)" / "Loan aid: 318.6 billion yen" / ...
    c, t = cleaned(BASIC), texts(BASIC)
    assert "## Economic Relations with Japan" in c.body
    assert "## Japan's ODA (FY2024, exchange of notes basis)" in c.body
    assert "(1) Trade with Japan (2025, Ministry of Finance of Japan)" in t  # a numbered part: no sibling heading
    assert "Loan aid: 318.6 billion yen" in t


def test_another_publisher_s_glued_section_titles_are_headings():
    # "Development Cooperation (cumulative, to FY2024)" / "Loan aid: 28.7 billion yen"; "NMIMR" /
    # "The Noguchi Memorial Institute ..."; "Volunteers" / "More than 1,800 JICA volunteers ..."
    c = cleaned(GHANA)
    for head in ["## Development Cooperation (cumulative, to FY2024)", "## Trade (2025)", "## NMIMR",
                 "## Volunteers"]:
        assert head in c.body
    assert "More than 1,800 JICA volunteers have served in Ghana since 1977, the largest number in Africa." \
        in texts(GHANA)
    # MAFF's "Budget" / "MAFF international cooperation budget related to Africa (FY2026): ¥1.24 billion"
    assert "## Budget" in cleaned(MAFF).body


def test_a_contact_label_over_its_numbers_stays_text():
    # "Contact" / "Email: info@ac.mofa.go.jp" / "Tel: +233 30 276 5060": no section
    c, t = cleaned(GHANA), texts(GHANA)
    assert "## Contact" not in c.body
    assert "Contact" in t and "Tel: +233 30 276 5060" in t


def test_a_word_over_a_sentence_without_sibling_headings_stays_its_paragraph():
    # alone, a word over a sentence may be the sentence's first words
    c = clean_text("Japan and Kenya signed a loan for the port.\n\nYesterday\nThe ministers met in Nairobi "
                   "to review the progress of the port project.\n")
    assert "## " not in c.body
    assert "Yesterday The ministers met in Nairobi" in c.body
    # beside a sibling heading, a figure block's title with no figures under it stays text too
    c = clean_text("Port Project Fact Sheet\n\nOverview\n\nJapan and Kenya signed a loan for the port and agreed "
                   "to review it every year.\n\nPartners\nKenya Ports Authority: Mombasa\nJICA Kenya Office: Nairobi\n")
    assert "## Overview" in c.body and "## Partners" not in c.body


# --- a fact sheet of fields only --------------------------------------------------------------

def test_a_field_is_no_summary():
    # "4. Head of State: President Ferdinand R. Marcos Jr.": a datum, its stop an initial's; the
    # summary is the sheet's first sentence, under "Diplomatic Relations"
    m = meta(BASIC)
    assert m["summary"] == ("Japan and the Philippines established diplomatic relations in July 1956, and "
                            "became Strategic Partners in 2011.")
    assert m["title"] == "Japan-Philippines Relations (Basic Data)"
    # a sheet of fields only has no summary, rather than its first field that ends with a stop
    m = _meta_of("Japan-Philippines Relations (Basic Data)\n\nJune 1, 2026\n\nBasic Data\n"
                 "1. Area: 300,000 square kilometers\n2. Capital: Manila\n"
                 "3. Head of State: President Ferdinand R. Marcos Jr.\n")
    assert "summary" not in m


# --- a link glued to a caption's end ------------------------------------------------------------

REUTERS = "round53_reuters_manila_subway_financing.txt"


def test_a_link_glued_to_a_caption_s_end_is_furniture():
    # "[1/3] A worker walks past ... March 1, 2026. REUTERS/Eloisa Lopez/File Photo Purchase Licensing
    # Rights, opens new tab"
    c = cleaned(REUTERS)
    assert "Purchase Licensing Rights, opens new tab" in c.removed
    assert "Licensing" not in c.body
    assert "Valenzuela City, Philippines, March 1, 2026. REUTERS/Eloisa Lopez/File Photo\n" in c.body
    # another site's button, the same note after it
    c = clean_text("Port cranes arrive in Colombo\n\nThe cranes were unloaded at the terminal on Monday.\n\n"
                   "Cranes at the East Container Terminal, Colombo, on June 1. (AP Photo/Eranga Jayawardena) "
                   "Buy Photo, opens new tab\n\nThe terminal will open next year, officials said.\n")
    assert "Buy Photo, opens new tab" in c.removed and "Buy Photo" not in c.body
    assert "(AP Photo/Eranga Jayawardena)" in c.body


def test_the_words_of_such_a_link_in_a_sentence_stay():
    c = clean_text("Licensing news\n\nBuyers can purchase licensing rights for the photos online.\n\n"
                   "The agency said the site opens new tabs for each photo.\n")
    assert "Buyers can purchase licensing rights for the photos online." in c.body
    assert "The agency said the site opens new tabs for each photo." in c.body


# --- a section's name under the menu, the masthead atop it ---------------------------------------

JETRO = "round53_jetro_business_short_news_thailand.txt"


def test_the_masthead_over_the_menu_is_the_source_not_the_section_under_it():
    # "JETRO" / "Home" / "Business News" / "Reports" / "Events", then "Business Short News"
    m = meta(JETRO)
    assert m["source"] == "Japan External Trade Organization"
    assert m["type"] == "news"  # (a section's name ending in "News": a news item, though an agency's)
    # another site: "Bangkok Post" / "Home" / "Business" / ..., then "Motoring News"
    m = _meta_of("Bangkok Post\nHome\nBusiness\nOpinion\nLife\n\nMotoring News\n\n"
                 "Japanese carmakers plan battery plant in Rayong\n\nJun 3, 2026\n\n"
                 "Three Japanese carmakers plan to build a battery plant in Rayong province, the Board of "
                 "Investment said on Tuesday, in a project worth 12 billion baht.\n")
    assert m["source"] == "Bangkok Post"



# --- a news site's links to further reading and its note on its publisher -----------------------

GCR = "round52_gcr_trade_dhaka_metro_line5.txt"


def test_further_reading_links_and_the_publisher_s_note_are_furniture():
    # "Further reading:" / "Dhaka metro Line 6 extension to Kamalapur opens" / "Tunnelling in the
    # megacities: Asia's metro boom"; "Global Construction Review is published by the Chartered
    # Institute of Building"
    c = cleaned(GCR)
    for line in ["Further reading:", "Dhaka metro Line 6 extension to Kamalapur opens",
                 "Tunnelling in the megacities: Asia's metro boom",
                 "Global Construction Review is published by the Chartered Institute of Building"]:
        assert line in c.removed and line not in c.body
    # "Top image: Tunnel boring in Dhaka (DMTCL)": the photo's credit stays
    assert "Top image: Tunnel boring in Dhaka (DMTCL)" in c.body


def test_a_sentence_on_a_publisher_and_a_paper_s_further_reading_stay():
    c = clean_text("The daily and its owner\n\nThe Daily Star is published by Mediaworld Ltd.\n\n"
                   "Its editor said the paper would stay independent.\n\nFurther Reading\n\n"
                   "Rahman, A. (2020). Media ownership in Bangladesh. Dhaka: UPL.\n")
    assert "The Daily Star is published by Mediaworld Ltd." in c.body
    assert "Further Reading" in c.body and "Media ownership in Bangladesh" in c.body


# --- a headline's abbreviated Korea --------------------------------------------------------------

def test_a_headline_s_n_korea_is_north_korea_and_s_korea_south_korea():
    # round51's Yonhap headline writes "S. Korea, Japan to co-finance Mekong flood warning system"
    m = _meta_of("N. Korea fires missile as S. Korea, Japan hold talks\n\nSEOUL, Nov. 26 (Yonhap) -- "
                 "North Korea fired a ballistic missile on Wednesday, the military said, as officials of "
                 "South Korea and Japan met in Tokyo.\n")
    counts = {c["code"]: c["mentions"] for c in m["countries"]}
    assert counts["KP"] == 2 and counts["KR"] == 2


# --- a word a line break cut, the vocabulary's words telling how it is written whole -------------

WP = "round53_mofa_wp_digital_section.txt"


def test_a_word_cut_at_a_line_s_end_is_written_as_the_vocabulary_writes_it():
    # "... artificial intelligence (AI), cybersecurity and semicon-" / "ductors.Note 13": the
    # word whole, in its paragraph
    t = texts(WP)
    assert any(p.endswith("artificial intelligence (AI), cybersecurity and semiconductors.") for p in t)
    assert "cybersecurity and semiconductors.[^13]" in cleaned(WP).body
    assert not any(p.startswith("semicon") for p in t)
    # "In ASEAN, Japan has trained ... through the ASEAN-Japan Cyber-" / "security Capacity Building
    # Centre (AJCCBC) in Bangkok, ... the JICA" / "project "Project NINJA" has supported ...": one paragraph
    assert any(p.startswith("In ASEAN, Japan has trained") and p.endswith("start-ups in 20 countries.") for p in t)


def test_a_cut_compound_the_vocabulary_does_not_close_keeps_its_hyphen():
    c = clean_text("Co-creation in practice\n\nJapan supports digital transformation through co-\n"
                   "creation with the private sector and public-\nprivate partnerships in the region.\n")
    assert "through co-creation with the private sector and public-private partnerships" in c.body


# --- the one country a news story names beside its donor ------------------------------------------

BKK = "round56_bangkok_post_customs_laem_chabang.txt"
NEPAL = "round43_rising_nepal_jica_melamchi.txt"


def _focus(m: dict) -> set[str]:
    return {c["code"] for c in m.get("countries", []) if c["focus"]}


def test_the_one_country_named_beside_the_donor_is_the_focus():
    # "... to upgrade its electronic clearance system, cutting inspection times at Laem Chabang port by
    # half." / "Thailand's exports to Japan were worth US$24.6 billion last year."
    assert _focus(meta(BKK)) == {"TH"}
    # "Japan to help repair Melamchi headworks" in The Rising Nepal
    assert _focus(meta(NEPAL)) == {"NP"}


def test_two_countries_named_twice_beside_the_donor_are_no_focus_by_that_rule():
    m = _meta_of("Japan to fund customs upgrades\n\nBANGKOK, June 3 (Kyodo) - Japan will fund customs upgrades "
                 "in Thailand and Vietnam, officials said on Wednesday.\n\nThailand's exports to Japan and "
                 "Vietnam's imports from Japan both rose last year, the ministry said.\n")
    assert not _focus(m) & {"TH", "VN"}


# --- people named with their roles as news and releases write them --------------------------------

SATREPS = "round33_university_press_release_satreps_peat.txt"
BERNAMA = "round52_bernama_wire_hydrogen_sarawak.txt"
DAWN = "round49_dawn_japan_grant_pakistan_polio.txt"


def _people(m: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in m.get("people", [])}


def test_a_role_with_the_body_it_heads():
    # "The Indonesian side is led by Dr. Laksana Tri Handoko, Head of BRIN."
    assert _people(meta(SATREPS))["Laksana Tri Handoko"] == "Head of BRIN"


def test_a_role_and_its_place_then_the_name_set_off_by_commas():
    # "JICA's chief representative in Bangladesh, Ichiguchi Tomohide, said the agency would continue ..."
    assert _people(meta(GCR))["Ichiguchi Tomohide"] == "Chief Representative"
    # "JICA's chief representative in Pakistan, Naoaki Miyata, said the schools would be built ..."
    assert _people(meta(DAWN))["Naoaki Miyata"] == "Chief Representative"
    # (a list of places after a role names no one)
    from atlas.extract_spans import find_people
    assert find_people("A minister of Japan, South Korea, and China met in Seoul.",
                       not_names={"Japan", "South Korea", "China", "Seoul"}) == []


def test_a_premier_with_titles_of_honour_and_a_father_s_title_in_the_name():
    # "Sarawak Premier Tan Sri Abang Johari Tun Openg, who witnessed the signing, said ..."
    assert _people(meta(BERNAMA))["Abang Johari Tun Openg"] == "Premier"


def test_a_governor_of_a_city_s_government_then_the_name():
    # round51 saw "Governor of Tokyo Metropolitan Government Yuriko Koike" read as "Metropolitan Government Yuriko"
    from atlas.extract_spans import find_people
    assert find_people("Governor of Tokyo Metropolitan Government Yuriko Koike opened the forum.",
                       not_names={"Tokyo"}) == [{"name": "Yuriko Koike", "role": "Governor"}]
