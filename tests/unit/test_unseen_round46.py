"""Forty-sixth round: defects earlier rounds saw in their fixtures (tests/fixtures/unseen/round40..44)
and left, mended with general rules, each proved on a second page of another publisher
(tests/fixtures/unseen/round46_*.txt) or on lines of its own. Every expected value was read off the
fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_blocks import bilingual_half
from atlas.extract_spans import find_people

BILINGUAL = "round44_bilingual_vn_jica_semiconductor_training.txt"
NEPAL = "round43_rising_nepal_jica_melamchi.txt"
AHRAM = "round42_ahram_online_ejust_borg_el_arab.txt"
SAMOA = "round42_samoa_observer_jica_vaisigano_bridge.txt"
BANGKOK = "round40_newspaper_labelled_header.txt"

BODY = "On 12 March 2025, the agency and the university held the ceremony. It will train 300 engineers.\n"


# --- a bilingual masthead, label and dateline over the headline ------------------------------------

def test_a_bilingual_masthead_label_and_dateline_stand_over_the_release_s_headline():
    # "JICA Vietnam Office | Văn phòng JICA Việt Nam" / "PRESS RELEASE / THÔNG CÁO BÁO CHÍ" /
    # "Hanoi, 12 March 2025 / Hà Nội, ngày 12 tháng 3 năm 2025" / "JICA and Hanoi University of
    # Science and Technology launch semiconductor design training programme"
    m, c = meta(BILINGUAL), cleaned(BILINGUAL)
    assert m["title"] == "JICA and Hanoi University of Science and Technology launch semiconductor design " \
                         "training programme"
    assert m["date"] == "2025-03-12"
    assert m["source"] == "JICA Vietnam Office"
    assert "PRESS RELEASE / THÔNG CÁO BÁO CHÍ" in c.removed
    # (the masthead is no text; the office's address closing the page, "JICA Vietnam Office, 11th
    # floor, ...", a line of its own since round 63, is)
    assert not any(t.startswith("JICA Vietnam Office |") for t in texts(BILINGUAL))
    # both languages' paragraphs stay, in order
    t = texts(BILINGUAL)
    assert t.index(next(x for x in t if x.startswith("On 12 March 2025, the Japan"))) < \
        t.index(next(x for x in t if x.startswith("Ngày 12 tháng 3 năm 2025")))


def test_another_publisher_s_bilingual_release_in_khmer():
    # "Embassy of Japan in Cambodia | ស្ថានទូតជប៉ុនប្រចាំកម្ពុជា" / "PRESS RELEASE / សេចក្តីប្រកាសព័ត៌មាន" /
    # "Phnom Penh, 20 May 2025 / ភ្នំពេញ ថ្ងៃទី២០ ខែឧសភា ឆ្នាំ២០២៥" (its year in Khmer digits) / "Handover
    # ceremony of fire engines for Siem Reap Province under Japan's Grant Assistance for Grassroots Human
    # Security Projects"
    name = "round46_embassy_cambodia_bilingual_handover.txt"
    m = meta(name)
    assert m["title"] == "Handover ceremony of fire engines for Siem Reap Province under Japan's Grant " \
                         "Assistance for Grassroots Human Security Projects"
    assert m["date"] == "2025-05-20"
    assert m["source"] == "Embassy of Japan in Cambodia"
    assert m["type"] == "press-release"
    assert texts(name)[0].startswith("On 20 May 2025, Mr. UENO Atsushi")


def test_the_english_half_of_a_bilingual_line():
    assert bilingual_half("PRESS RELEASE / THÔNG CÁO BÁO CHÍ") == "PRESS RELEASE"
    assert bilingual_half("JICA Vietnam Office | Văn phòng JICA Việt Nam") == "JICA Vietnam Office"
    # both halves in plain letters: one line of one language ("Japan / ASEAN", two logos)
    assert bilingual_half("Japan / ASEAN 2025 Cooperation Plan") is None
    assert bilingual_half("USAID | JICA") is None
    assert bilingual_half("Cooperation / Coopération / Hợp tác") is None  # (three halves: a list)


def test_a_place_and_date_alone_over_the_headline_is_the_dateline_not_the_title():
    c = clean_text("PRESS RELEASE\n\nPhnom Penh, 4 June 2025\n\n"
                   "Japan and Cambodia open a new training centre for electricians\n\n" + BODY)
    assert c.title == "Japan and Cambodia open a new training centre for electricians"
    assert c.dateline == "Phnom Penh, 4 June 2025"
    # under the title, the place and date open the text as before
    c = clean_text("Japan and Cambodia open a new training centre for electricians\n\n"
                   "Phnom Penh, 4 June 2025\n\n" + BODY)
    assert c.title == "Japan and Cambodia open a new training centre for electricians"


# --- a site's name over its menu in a row -------------------------------------------------------------

def test_a_site_s_name_over_its_menu_row_is_no_title():
    # "The Rising Nepal" / "" / "Home   National   Business   World ..." / "" / "Japan to help repair
    # Melamchi headworks" / "" / "Kathmandu, Sept. 4, 2025"
    m = meta(NEPAL)
    assert m["title"] == "Japan to help repair Melamchi headworks"
    assert m["source"] == "The Rising Nepal"
    assert "The Rising Nepal" in cleaned(NEPAL).removed
    assert texts(NEPAL)[0] == "Kathmandu, Sept. 4, 2025"


def test_the_rule_needs_no_vocabulary_but_a_menu_row():
    page = ("The Coastal Herald\n\nHome   Local   Business   World   Sports   Opinion\n\n"
            "Japan to fund a new fish market in the port town\n\nSuva, March 3, 2025\n\n" + BODY)
    assert clean_text(page).title == "Japan to fund a new fish market in the port town"
    # with no menu in a row, a short title over a longer subtitle stays the title
    page = "Digital Skills Partnership\n\nJapan and Viet Nam launch training for 300 engineers\n\n" + BODY
    assert clean_text(page).title == "Digital Skills Partnership"


# --- the site's name and the date under the headline ------------------------------------------------

def test_the_site_s_name_and_the_date_under_the_headline_are_the_dateline():
    # "Ahram Online" / "Sunday, 18 May 2025" over the menu; under the headline "Ahram Online , Saturday 17 May 2025"
    m, c = meta(AHRAM), cleaned(AHRAM)
    assert c.dateline == "Ahram Online , Saturday 17 May 2025"
    assert not any(t.startswith("Ahram Online ,") for t in texts(AHRAM))
    assert m["date"] == "2025-05-17"
    assert m["source"] == "Ahram Online"


def test_a_place_and_date_under_the_headline_stays_in_the_text():
    # (the "place" no site's name: the text's dateline, kept)
    page = "Bangkok Post\n\nHome\nNews\nBusiness\nWorld\nSports\n\nJapan to back Thai EV battery hub\n\n" \
           "Rayong, 12 Aug 2025\n\n" + BODY
    assert "Rayong, 12 Aug 2025" in [p.text for p in clean_text(page).paragraphs]


# --- a standfirst of one sentence over the byline and the date ---------------------------------------

def test_a_one_sentence_standfirst_over_the_byline_and_date_is_the_header_s():
    # "The two-lane bridge replaces a 1950s structure damaged in Cyclone Evan." / "" / "By Lagi
    # Keresoma" / "11 March 2025, 4:00PM"
    m, c = meta(SAMOA), cleaned(SAMOA)
    assert m["subtitle"] == "The two-lane bridge replaces a 1950s structure damaged in Cyclone Evan."
    assert "By Lagi Keresoma" not in texts(SAMOA)
    assert {"name": "Lagi Keresoma", "role": "Author"} in m["people"]
    assert m["date"] == "2025-03-11"
    # another publisher's page: the photo's credit alone under the byline ("Photo: ..."), its caption below
    c = clean_text("Japan opens a bridge in Apia\n\nThe new bridge replaces an old one damaged in a cyclone.\n\n"
                   "By Jane Roe\n11 March 2025\n\nPhoto: Ana Lee\n\nThe bridge at dawn.\n\n" + BODY)
    assert c.subtitle == "The new bridge replaces an old one damaged in a cyclone."
    # with the text going on under the byline, the sentence over it may be the lede: it stays
    c = clean_text("Japan opens a bridge in Apia\n\nThe new bridge replaces an old one damaged in a cyclone.\n\n"
                   "By Jane Roe\n11 March 2025\n\n" + BODY)
    assert c.subtitle is None
    assert c.paragraphs[0].text == "The new bridge replaces an old one damaged in a cyclone."


# --- a single crosshead copied right over its paragraph ------------------------------------------------

def test_a_single_crosshead_glued_over_its_paragraph_is_a_heading():
    # '"This is the first time Japanese public finance has backed a battery plant in Asean," Mr Narit
    # said.' / "" / "Supply chain" / "The plant, a joint venture between ..."
    assert "## Supply chain" in cleaned(BANGKOK).body
    assert any(t.startswith("The plant, a joint venture") for t in texts(BANGKOK))


def test_a_short_line_apart_from_the_paragraph_or_under_a_clause_stays_text():
    long = "The plant is scheduled to start production in 2027 with an annual capacity of eight gigawatt-hours."
    head = "Japan backs a plant\n\nThe board said so yesterday in Bangkok. It was the first time.\n\n"
    # a blank line between: a single short line may be a paragraph of one phrase
    assert "## Supply chain" not in clean_text(f"{head}Supply chain\n\n{long}\n\nMore text here. It goes on.\n").body
    # after a line ending in a colon, the line goes on the text
    c = clean_text(f"Japan backs a plant\n\nThe board named one of its aims:\n\nSupply chain\n{long}\n\n"
                   "More text here. It goes on.\n")
    assert "## Supply chain" not in c.body


# --- people: a role, a comma, then the name closing the line; a role after a glued name -------------

BRIEFING = "round44_kemlu_press_briefing_transcript.txt"
UBPOST = "round43_ubpost_jica_soil_lab.txt"
VGP = "round40_government_portal_dated_lede.txt"


def test_a_role_then_a_comma_then_the_name_closing_a_line_is_a_person():
    # "Spokesperson of the Ministry of Foreign Affairs, Roy Soemirat"
    assert {"name": "Roy Soemirat", "role": "Spokesperson of the Ministry of Foreign Affairs"} in meta(BRIEFING)["people"]
    assert find_people("Minister of State for Foreign Affairs, Kenji Tanaka\nRemarks at the forum") == \
        [{"name": "Kenji Tanaka", "role": "Minister of State for Foreign Affairs"}]
    # (the name must close the line, the role open it: a list of places, or a sentence, names no one)
    assert find_people("Japan, Cambodia\nThe ministers met.") == []
    assert find_people("Spokesperson of the Ministry, Roy Soemirat and others met the press.") == []


def test_minister_of_state_and_two_bodies_before_the_comma():
    assert find_people("Minister of State for Foreign Affairs Kenji Tanaka said the plan was good.") == \
        [{"name": "Kenji Tanaka", "role": "Minister of State for Foreign Affairs"}]
    assert find_people("The Minister of State for Foreign Affairs, Kenji Tanaka, said it was good.") == \
        [{"name": "Kenji Tanaka", "role": "Minister of State for Foreign Affairs"}]
    assert find_people("The Secretary of State met the press.") == []


def test_a_glued_name_takes_its_role_in_apposition():
    # '..., said D.Tsogtbaatar, head of the ministry's crop production department.'
    people = meta(UBPOST)["people"]
    assert {"name": "D.Tsogtbaatar", "role": "Head"} in people


# --- a Vietnamese story's end mark and its writer's name ---------------------------------------------

def test_the_writer_s_name_under_the_end_mark_is_the_byline():
    # "Japan is currently Viet Nam's third largest foreign investor with nearly 5,800 projects worth
    # over US$79 billion./." / "" / "Thuy Dung"
    assert "Thuy Dung" not in texts(VGP)
    assert texts(VGP)[-1].endswith("US$79 billion./.")
    assert {"name": "Thuy Dung", "role": "Author"} in meta(VGP)["people"]
    assert "Thuy Dung" in cleaned(VGP).bylines
    # without the end mark, a name closing a text stays where it stood
    c = clean_text("Japan backs a plant\n\nThe board said so yesterday. It was the first time.\n\n"
                   "More text here. It goes on.\n\nThuy Dung\n")
    assert "Thuy Dung" in [p.text for p in c.paragraphs]


# --- lettered sections at one level -----------------------------------------------------------------

TOR = "round44_adb_jfpr_consultant_tor.txt"


def test_lettered_sections_are_one_level_whatever_their_length_or_a_list_under_them():
    # "A. Background" / "B. Scope of Work" / "C. Detailed Tasks and/or Expected Output" (over "4. The
    # consultant will:" and its items) / "D. Minimum Qualification Requirements" / "E. Minimum General
    # Requirements"
    body = cleaned(TOR).body
    for head in ("A. Background", "B. Scope of Work", "C. Detailed Tasks and/or Expected Output",
                 "D. Minimum Qualification Requirements", "E. Minimum General Requirements"):
        assert f"\n## {head} {{" in body


def test_a_short_lettered_line_needs_a_lettered_sibling():
    text = ("A Report\n\nA. Overview\n\nThe report reads the data. It is new.\n\nB. Findings of the Survey\n\n"
            "The survey found more. It is new too.\n")
    body = clean_text(text).body
    assert "## A. Overview" in body and "## B. Findings of the Survey" in body
    # no lettered section by the letter beside it ("C." is two letters on): none of a letter's level
    from atlas.clean_blocks import Line, lettered_sibling
    from atlas.clean_rules import load_rules
    blocks = [[Line(0, "A. Nakamura")], [Line(0, "C. Findings of the Survey")]]
    assert not lettered_sibling("A. Nakamura", blocks, load_rules())
    assert lettered_sibling("B. Overview", blocks[1:], load_rules())


# --- a menu row of five items ----------------------------------------------------------------------

def test_a_row_of_five_menu_items_without_home_is_the_site_s_menu():
    page = ("The Valley Times\n\nNews   Business   Opinion   Culture   Sports\n\n"
            "Japan hands over a soil laboratory to the agriculture ministry\n\n"
            "The Government of Japan handed over a laboratory. It will help farmers.\n")
    c = clean_text(page)
    assert "News Business Opinion Culture Sports" in c.removed
    assert "News Business Opinion Culture Sports" not in c.source_lines
    assert c.title == "Japan hands over a soil laboratory to the agriculture ministry"


def test_a_table_s_head_of_five_such_words_stays():
    c = clean_text("Japan's aid by sector\n\nCountry   Energy   Health   Education   Infrastructure\n"
                   "Cambodia   12   4   5   7\nLaos   3   4   5   6\n\nThe table shows the aid. It is new.\n")
    assert c.removed == ()
    assert "| Country | Energy | Health | Education | Infrastructure |" in c.body


# --- the month a data source's note closes with dates an annex ---------------------------------------

ANNEX = "round44_stat_annex_japan_oda_asean.txt"


def test_an_annex_with_no_other_date_is_dated_by_its_source_note():
    # "Source: Ministry of Foreign Affairs of Japan, based on OECD Development" / "Assistance Committee
    # (DAC) Creditor Reporting System data, December 2024."
    m = meta(ANNEX)
    assert m["date"] == "2024-12"
    assert m["date_precision"] == "month"
    from atlas.extract_dates import source_note_date
    assert source_note_date(["Source: JICA Annual Report 2024, Data Book."]) is None
    assert source_note_date(["The survey ran in December 2024."]) is None
    assert source_note_date(["Source: ADB staff estimates, March 2025"]).value == "2025-03"


def test_a_header_naming_groups_of_columns_over_their_names_is_one_header():
    # "                    FY2021             FY2022             FY2023" /
    # "Country        Experts Trainees   Experts Trainees   Experts Trainees" /
    # "Cambodia           312      640       401    1,215       455    1,488"
    body = cleaned(ANNEX).body
    assert "| Country | FY2021 Experts | FY2021 Trainees | FY2022 Experts | FY2022 Trainees | FY2023 Experts | " \
           "FY2023 Trainees |" in body
    assert "| Cambodia | 312 | 640 | 401 | 1,215 | 455 | 1,488 |" in body
    # the other table's header wrapped over two lines stays as it was read
    assert "| Country | Grant aid | Technical cooperation | Loans (net) | Total | Share of ASEAN (%) |" in body


def test_another_publisher_s_grouped_header():
    text = ("Annex Table 3\n\n"
            "               Grants          Loans\n"
            "Year        Number  Value   Number  Value\n"
            "2022            14    120       3    900\n"
            "2023            17    150       4  1,100\n"
            "2024            12    110       2    640\n\n"
            "The figures are in millions of yen. They are provisional.\n")
    assert "| Year | Grants Number | Grants Value | Loans Number | Loans Value |" in clean_text(text).body


def test_a_wrapped_source_note_is_one_paragraph_and_a_credit_over_a_caption_stays_a_caption():
    # "Source: Ministry of Foreign Affairs of Japan, based on OECD Development" / "Assistance Committee
    # (DAC) Creditor Reporting System data, December 2024."
    assert "Source: Ministry of Foreign Affairs of Japan, based on OECD Development Assistance Committee (DAC) " \
           "Creditor Reporting System data, December 2024." in texts(ANNEX)
    assert "atlas-caption-label\">Source: Ministry" not in cleaned(ANNEX).body
    c = clean_text("A Title Of The Page\n\nThe text opens here. It goes on.\n\nPhoto: Kyodo News\n"
                   "The minister attends the ceremony in Tokyo.\n\nThe text goes on. It ends.\n")
    assert "atlas-caption-label\">Photo: Kyodo News" in c.body


def test_a_notice_with_no_publisher_s_line_is_issued_by_the_body_its_first_sentence_opens_with():
    # "1. The Asian Development Bank (ADB) is providing regional technical assistance (TA) to help ..."
    assert meta(TOR)["source"] == "Asian Development Bank"
    from atlas.extract import notice_issuer
    from atlas.vocab import load_vocabulary
    vocab = load_vocabulary()
    long = " to help selected developing member countries build digital public infrastructure."
    assert notice_issuer(["The Japan International Cooperation Agency (JICA) invites proposals" + long], vocab) == \
        ("Japan International Cooperation Agency", ["jica"])
    # (a body the vocabulary does not know, or one that is not the sentence's subject: none)
    assert notice_issuer(["The Harbour Works Board of Tonga (HWBT) invites proposals" + long], vocab) == (None, [])
    assert notice_issuer(["In Manila, the Asian Development Bank (ADB) is providing support" + long], vocab) == \
        (None, [])
