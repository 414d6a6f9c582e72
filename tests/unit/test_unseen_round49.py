"""Round 49: the commonest kinds again, by new publishers (a national daily, a wire, regional outlets,
a ministry's release and fact sheet, an annual report's chapter, a head of state's speech, a fund's
project page, a UN agency's release), and what they showed: site chrome around the headline, dates
labelled with a dash or a time "on" them, writers' cards, mastheads over a state or spelt out by their
acronym, a PDF's running head and foot, and the lines that close a page."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_blocks import headline_like
from atlas.clean_rules import load_rules
from atlas.extract_dates import parse_dateline
from atlas.extract_spans import find_people

HINDU = "round49_hindu_jica_northeast_bridge.txt"
VNA = "round49_vna_wire_vietnam_japan_dx.txt"
DAWN = "round49_dawn_japan_grant_pakistan_polio.txt"
MLIT = "round49_mlit_press_release_jasca_smart_city.txt"
MIC = "round49_mic_fact_sheet_ict_cooperation.txt"
JST = "round49_jst_annual_report_satreps_chapter.txt"
KENYA = "round49_state_house_kenya_ruto_speech_ticad.txt"
JAIF = "round49_jaif_project_page_cambodia_drr.txt"
UNIDO = "round49_unido_press_release_japan_africa_industry.txt"
RNZ = "round49_rnz_pacific_japan_tonga_cable.txt"


# --- a national daily: The Hindu ------------------------------------------------------------------

def test_a_daily_s_name_over_its_e_paper_button_and_its_section_path_is_no_title():
    # "Skip to main content" / "The Hindu" / "e-Paper" / "Subscribe" / "Login", then "News / National"
    # over "Japan to fund Dhubri-Phulbari bridge in Northeast under new yen loan"
    m = meta(HINDU)
    assert m["title"] == "Japan to fund Dhubri-Phulbari bridge in Northeast under new yen loan"
    assert m["subtitle"].startswith("The ₹4,997-crore bridge across the Brahmaputra")
    assert (m["source"], m["type"]) == ("The Hindu", "news")
    assert {"e-Paper", "News / National", "READ LATER"} <= set(cleaned(HINDU).removed)


def test_a_date_labelled_with_a_dash_is_the_header_s_and_read_again_under_the_text_is_furniture():
    # "Updated - March 12, 2025 10:41 pm IST" / "Published - March 12, 2025 09:15 pm IST", and the
    # second again over "Related Topics"
    assert meta(HINDU)["date"] == "2025-03-12"
    assert parse_dateline("Published - March 12, 2025 09:15 pm IST").value == "2025-03-12"
    c = cleaned(HINDU)
    assert "Published - March 12, 2025" not in c.body
    assert c.removed.count("Published - March 12, 2025 09:15 pm IST") == 1  # (the header's went as its dateline)


def test_a_writer_s_bare_name_over_the_city_in_capitals_is_the_byline():
    # "Dinakar Peri" / "" / "NEW DELHI" under the dates: the writer, and the place the story is filed from
    m, c = meta(HINDU), cleaned(HINDU)
    assert {"name": "Dinakar Peri", "role": "Author"} in m["people"]
    assert "Dinakar Peri" not in c.body and texts(HINDU)[0] == "NEW DELHI"
    assert "## NEW DELHI" not in c.body


def test_a_caption_whose_credit_says_so_after_a_bar_is_a_caption():
    # "A view of the Brahmaputra near Dhubri in Assam. File | Photo Credit: RITU RAJ KONWAR"
    assert '<figure class="atlas-caption"' in cleaned(HINDU).body
    assert texts(HINDU)[1].startswith("A view of the Brahmaputra near Dhubri")


def test_a_bare_place_in_capitals_under_a_name_in_the_text_is_not_a_byline():
    # (the rule reads the header only: a name over a place further down is the author's text)
    text = ("Japan to fund bridge in Northeast\n\nMarch 12, 2025\n\nThe bridge will be built by 2028.\n\n"
            "Dinakar Peri\n\nNEW DELHI\n\nThe loan carries an interest rate of 1.2%.\n")
    assert "Dinakar Peri" in clean_text(text).body


# --- a wire: the Vietnam News Agency --------------------------------------------------------------

def test_a_wire_s_name_under_its_end_mark_is_a_source_and_its_hashtags_are_furniture():
    # "... which drew over 300 businesses from the two countries./." / "VNA" / "#Vietnam-Japan relations
    # #digital transformation #semiconductor #ODA"
    m, c = meta(VNA), cleaned(VNA)
    assert m["title"] == "Vietnam, Japan bolster cooperation in digital transformation, semiconductor training"
    assert (m["date"], m["source"]) == ("2025-06-17", "VietnamPlus / Vietnam News Agency")
    assert "## VNA" not in c.body and "#semiconductor" not in c.body
    assert "#Vietnam-Japan relations #digital transformation #semiconductor #ODA" in c.removed


def test_a_sentence_with_a_hashtag_stays():
    text = "Japan funds training\n\nThe campaign used the tag #JapanASEAN to reach 2 million young people.\n"
    assert "#JapanASEAN to reach" in clean_text(text).body


# --- a regional daily: Dawn -------------------------------------------------------------------------

def test_a_long_row_of_a_site_s_brands_apart_by_bars_is_its_menu():
    # "EPAPER | LIVE TV | DAWNNEWS URDU | Images | Young World | HERALD | Aurora | CityFM89 | ..." over
    # "Home" / "Latest" / "Pakistan" / ... / "Prism" over the headline
    m, c = meta(DAWN), cleaned(DAWN)
    assert m["title"] == "Japan extends $40m grant for polio, flood-resilient schools"
    assert (m["source"], m["type"], m["date"]) == ("Dawn", "news", "2025-03-05")
    assert "Prism" in c.removed and not texts(DAWN)[0].startswith("Home")


def test_a_table_s_head_row_apart_by_bars_over_its_rows_stays():
    text = ("ODA by sector\n\nThe table shows the loans.\n\n"
            "Year | Energy | Transport | Water | Health | Education | Agriculture | Other\n"
            "2023 | 10 | 20 | 5 | 3 | 2 | 1 | 4\n")
    assert "Agriculture" in clean_text(text).body


def test_a_writer_s_bare_name_before_published_and_the_date_is_the_byline():
    # "Khaleeq Kiani Published March 5, 2025 Updated about 11 hours ago"
    assert {"name": "Khaleeq Kiani", "role": "Author"} in meta(DAWN)["people"]
    assert "Khaleeq Kiani" not in cleaned(DAWN).body


def test_a_network_s_letter_among_the_share_buttons_is_one_of_them():
    # "WhatsApp" / "Facebook" / "X" / "Email"
    c = cleaned(DAWN)
    assert "## X" not in c.body and "X" in c.removed


def test_a_closed_comment_box_goes_with_its_comments():
    # "Comments (3)" / "Closed" / "" / "Ahmed Khan" / "Mar 05, 2025 10:12am" / "Thank you Japan. A true
    # friend." / "Recommend 0"
    c = cleaned(DAWN)
    assert "Thank you Japan" not in c.body and "Closed" in c.removed
    assert texts(DAWN)[-1] == "Published in Dawn, March 5th, 2025"


# --- a ministry's press release: MLIT ------------------------------------------------------------

def test_a_role_ends_with_its_line():
    # "... Mr. KOIZUMI Hiroshi, Vice-Minister for International Affairs" over "2. Main outcomes"
    people = {p["name"]: p["role"] for p in meta(MLIT)["people"]}
    assert people["Hiroshi Koizumi"] == "Vice-Minister for International Affairs"
    m = meta(MLIT)
    assert m["title"] == "Japan and ASEAN to Launch Smart City Projects in Five Cities under JASCA"
    assert (m["date"], m["type"]) == ("2025-01-20", "press-release")
    assert m["source"].startswith("Ministry of Land, Infrastructure, Transport and Tourism")


# --- a ministry's fact sheet: MIC ------------------------------------------------------------------

def test_a_title_over_the_ministry_issuing_it_is_no_book_s_chapter_and_as_of_dates_it():
    # "Japan's ICT Cooperation with ASEAN and the Global South" / "Ministry of Internal Affairs and
    # Communications (MIC), Japan" / "Global Strategy Bureau, International Cooperation Division" /
    # "As of October 2025", over "1. Basic policy"
    m = meta(MIC)
    assert m["title"] == "Japan's ICT Cooperation with ASEAN and the Global South"
    assert (m["date"], m["type"]) == ("2025-10", "fact-sheet")
    assert m["source"].startswith("Ministry of Internal Affairs and Communications")
    assert "series" not in m
    assert texts(MIC)[:2] == ["1. Basic policy", texts(MIC)[1]] and texts(MIC)[1].startswith("MIC promotes the")
    assert parse_dateline("As of October 2025").value == "2025-10"


# --- an annual report's chapter: JST -----------------------------------------------------------

def test_a_pdf_s_running_head_and_foot_lose_their_page_number():
    # "JST Annual Report 2024        34" on top, "34        Japan Science and Technology Agency" last
    m = meta(JST)
    assert m["source"] == "Japan Science and Technology Agency"
    assert m["series"].startswith("JST Annual Report 2024 — ")
    assert cleaned(JST).removed.count("34") == 2


def test_a_chapter_s_number_over_its_section_s_is_the_chapter():
    # "3  International Collaboration" / "" / "3.2  Science and Technology Research Partnership for
    # Sustainable Development (SATREPS)"
    m = meta(JST)
    assert m["title"].endswith("Science and Technology Research Partnership for Sustainable Development (SATREPS)")
    assert m["series"].endswith("3 International Collaboration")
    assert m["type"] == "white-paper"


# --- a head of state's speech: the Presidency of Kenya --------------------------------------------

def test_a_presidency_over_its_state_is_the_masthead_and_a_long_title_in_capitals_the_title():
    # "THE PRESIDENCY" / "Republic of Kenya", the menu, "Speeches", then "SPEECH BY H.E. WILLIAM SAMOEI
    # RUTO, PhD, C.G.H., PRESIDENT OF THE REPUBLIC OF KENYA ... YOKOHAMA, JAPAN, 21ST AUGUST 2025"
    m = meta(KENYA)
    assert m["title"].startswith("SPEECH BY H.E. WILLIAM SAMOEI RUTO, PhD, C.G.H., PRESIDENT OF THE REPUBLIC")
    assert m["title"].endswith("YOKOHAMA, JAPAN, 21ST AUGUST 2025")
    assert (m["source"], m["type"], m["date"]) == ("The Presidency", "speech", "2025-08-21")
    assert texts(KENYA)[0].startswith("Your Excellency Ishiba Shigeru")


def test_a_long_lede_is_still_no_headline():
    rules = load_rules()
    lede = ("Kenya is open for business and we are investing in affordable housing, digital superhighways, "
            "agro-processing and the creative economy while we reduce the cost of doing business for every "
            "investor who comes to Nairobi")
    assert not headline_like(lede, rules)
    assert headline_like(lede.upper(), rules)


def test_links_to_the_previous_and_next_items_and_quick_links_close_the_page():
    # "« Previous Speech" / "Next Speech »" / "" / "Quick Links" / "Kenya Vision 2030 | eCitizen | ..."
    c = cleaned(KENYA)
    assert {"« Previous Speech", "Next Speech »", "Quick Links"} <= set(c.removed)
    assert texts(KENYA)[-1] == "Arigato gozaimasu."


def test_next_alone_stays():
    rules = load_rules()
    assert not rules.furniture.fullmatch("Next")
    assert not rules.furniture.fullmatch("Previous")


# --- a fund's project page: JAIF ------------------------------------------------------------------

def test_a_logo_s_acronym_over_the_name_it_spells_out_is_the_masthead():
    # "JAIF" / "Japan-ASEAN Integration Fund" over the menu and "Strengthening Community-Based Flood
    # Early Warning in Cambodia and Lao PDR"
    m, c = meta(JAIF), cleaned(JAIF)
    assert m["title"] == "Strengthening Community-Based Flood Early Warning in Cambodia and Lao PDR"
    assert m["source"] == "Japan-ASEAN Integration Fund"
    assert "## Strengthening" not in c.body


def test_a_fund_s_project_code_and_beneficiary_countries_make_a_project_page():
    # "Project Code: JAIF/DM/2023/07" / "Beneficiary Countries: Cambodia, Lao PDR" / "Implementing Agency: ..."
    m = meta(JAIF)
    assert m["type"] == "project-page"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["KH", "LA"]


# --- a UN agency's release: UNIDO -------------------------------------------------------------------

def test_a_site_s_menu_row_over_its_breadcrumb_is_no_title():
    # "Who we are   Our priorities   Our work   Media   Get involved" over "Media centre > Press releases"
    m, c = meta(UNIDO), cleaned(UNIDO)
    assert m["title"] == "Japan and UNIDO launch USD 8 million programme to boost agro-industry jobs in Africa"
    assert (m["date"], m["type"]) == ("2025-09-02", "press-release")
    assert m["source"] == "United Nations Industrial Development Organization"
    assert "Media centre > Press releases" in c.removed
    assert texts(UNIDO)[0].startswith("VIENNA/TOKYO, 2 September 2025")


def test_ends_alone_closes_a_release():
    # "... worth over USD 300 million." / "" / "ENDS" / "" / "About UNIDO"
    c = cleaned(UNIDO)
    assert "ENDS" in c.removed and "## ENDS" not in c.body


def test_a_name_with_an_accented_letter_is_whole():
    # "... said UNIDO Director General Gerd Müller."
    people = {p["name"]: p["role"] for p in meta(UNIDO)["people"]}
    assert people.get("Gerd Müller") == "Director General" and "Gerd" not in people
    assert [p["name"] for p in find_people("Minister José Peña met the delegation.")] == ["José Peña"]


# --- a broadcaster: RNZ Pacific ---------------------------------------------------------------------

def test_a_broadcaster_s_player_link_and_section_over_the_headline_are_no_title():
    # "RNZ" / "Live: RNZ National" / "Menu" / "Search" / "" / "Pacific" / "" / "Japan-funded cable repair
    # ship to stay in Tonga region after 2022 outage lessons"
    m = meta(RNZ)
    assert m["title"] == "Japan-funded cable repair ship to stay in Tonga region after 2022 outage lessons"
    assert (m["source"], m["type"]) == ("RNZ", "news")
    assert "Live: RNZ National" in cleaned(RNZ).removed


def test_a_time_on_its_date_dates_the_story():
    # "5:08 pm on 3 April 2025"
    assert meta(RNZ)["date"] == "2025-04-03"


def test_a_writer_s_card_with_handle_and_address_is_the_byline():
    # "Caleb Fotheringham, RNZ Pacific Journalist" / "@cfotheringham" / "caleb.fotheringham@rnz.co.nz"
    m, c = meta(RNZ), cleaned(RNZ)
    assert {"name": "Caleb Fotheringham", "role": "Author"} in m["people"]
    assert "@cfotheringham" in c.removed and "Share via email" in c.removed
    assert texts(RNZ)[0].startswith("Japan will fund a feasibility study")


def test_an_app_pitch_wrapped_and_top_news_stories_close_the_page():
    # "Get the RNZ app" / "for ad-free news and current affairs", "Top News stories" / two headlines,
    # "View latest newsletter"
    c = cleaned(RNZ)
    assert {"for ad-free news and current affairs", "Top News stories", "Samoa election date confirmed",
            "View latest newsletter"} <= set(c.removed)
    assert meta(RNZ)["source"] == "RNZ"  # (no "for ad-free news ..." as a source line)


def test_a_headline_opening_with_live_stays():
    rules = load_rules()
    assert not rules.furniture.fullmatch("Live: Japan and Tonga sign cable study")


def test_a_table_s_last_row_with_its_figure_keeps_it():
    text = ("New projects by region\n\nThe table lists the projects adopted.\n\n"
            "Region         Projects\nAfrica         3\nPacific        1\nTotal          4\n")
    c = clean_text(text)
    assert "4" not in c.removed and "| Total | 4 |" in c.body
