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
from atlas.extract import without_enclosing_quotes
from atlas.extract_dates import published_in_date

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


# --- a wire's photo over the story, its caption closed by the agency's name ----------------------

def test_a_caption_closed_by_the_wire_s_name_over_the_story_is_a_caption():
    # "Japanese Economy, Trade and Industry Minister Yoji Muto (R) and ... shake hands in Jakarta on
    # March 5, 2025. (Kyodo)" over "Japan and Indonesia agreed Wednesday to cooperate ..."
    m, c = meta(KYODO), cleaned(KYODO)
    assert '<figure class="atlas-caption"' in c.body
    assert texts(KYODO)[0].endswith("shake hands in Jakarta on March 5, 2025. (Kyodo)")
    assert c.body.index("atlas-caption") < c.body.index("Japan and Indonesia agreed Wednesday")
    assert m["title"] == "Japan, Indonesia agree to cooperate on nickel processing, battery supply chain"
    assert (m["date"], m["source"], m["type"]) == ("2025-03-05", "Kyodo News", "news")  # "KYODO NEWS - Mar 5, 2025 - 18:42 | World, All"
    assert "==Kyodo" in c.removed and "Related coverage:" in c.removed


def test_a_sentence_closed_by_the_wire_s_name_under_the_text_stays_a_paragraph():
    # (negative) below the story's first paragraph, "(Kyodo)" closing a sentence is a reprint's credit
    text = ("Japan and Indonesia agree on nickel\n\nJakarta, March 5, 2025\n\n"
            "Japan and Indonesia agreed on Wednesday to cooperate in nickel processing, officials said.\n\n"
            "The two ministers also discussed geothermal power and carbon capture. (Kyodo)\n")
    c = clean_text(text)
    assert "atlas-caption" not in c.body
    assert "The two ministers also discussed geothermal power and carbon capture. (Kyodo)" in c.body


# --- page numbers a copy out of a book keeps, with no page break -------------------------------

def test_a_bare_page_number_between_two_paragraphs_is_the_page_s():
    # "... Tacloban City and other areas." / "" / "87" / "" / "In addition, in cooperation with ..."
    c = cleaned(MOFA_WP)
    assert "87" in c.removed
    assert "\n87\n" not in c.body
    # (negative) a figure among short lines, or under a heading, stays
    text = ("Results of the survey\n\nNumber of villages covered\n\n87\n\nNumber of volunteers\n\n240\n\n"
            "The survey covered every district of the province and was completed in March.\n")
    assert "87" not in clean_text(text).removed


def test_the_book_s_name_under_a_page_number_at_the_foot_of_the_excerpt_is_its_running_line():
    # "JICA Annual Report 2023" / "Activities and Initiatives by Region" on top; "41" / "JICA Annual
    # Report 2023" closing the excerpt
    m, c = meta(JICA_AR), cleaned(JICA_AR)
    assert c.removed == ("41", "JICA Annual Report 2023")
    assert texts(JICA_AR)[-1].startswith("Going forward, JICA will work for the resilience")
    assert m["title"] == "Southeast Asia and Pacific"
    assert m["series"] == "JICA Annual Report 2023 — Activities and Initiatives by Region"
    assert (m["source"], m["type"]) == ("Japan International Cooperation Agency", "white-paper")


# --- a note's figure glued after a year's stop ---------------------------------------------------

def test_a_note_s_figure_after_a_year_s_stop_is_its_marker():
    # "... could increase by four to six times by 2040.1 At the same time, ..." and "Notes:" /
    # "1 IEA (2021), The Role of Critical Minerals in Clean Energy Transitions."
    c = cleaned(METI_WP)
    assert "by 2040.[^1] At the same time" in c.body
    assert "[^1]: 1 IEA (2021), The Role of Critical Minerals in Clean Energy Transitions." in c.body
    assert "like-minded partners.[^2]" in c.body and "March 2023, ministers agreed" in c.body
    # (negative) a year's decimal in a figure stays: "2040.1 million"
    text = ("Trade in 2024\n\nImports reached 2040.1 million tons in 2023, up 3 percent.1 Exports fell.\n\n"
            "Notes:\n1 Ministry of Finance, Trade Statistics.\n")
    body = clean_text(text).body
    assert "2040.1 million" in body and "percent.[^1]" in body


# --- the outlet's name over the photo, then the date and the byline a block each ---------------

def test_the_byline_a_block_under_the_date_under_the_photo_is_the_header_s():
    # "The Japan News" / "Workers install a Doppler weather radar dome ... — Yomiuri Shimbun photo",
    # then "17:52 JST, July 14, 2025", then "By Ryo Nakamura / Yomiuri Shimbun Correspondent"
    m, c = meta(JAPAN_NEWS), cleaned(JAPAN_NEWS)
    assert "By Ryo Nakamura / Yomiuri Shimbun Correspondent" in c.source_lines
    assert "By Ryo Nakamura" not in c.body
    assert texts(JAPAN_NEWS)[1].startswith("MANILA — The Japanese government will provide about ¥6.5 billion")
    assert {"name": "Ryo Nakamura", "role": "Author"} in m["people"]
    # "PAGASA Administrator Nathaniel Servando said"
    assert {"name": "Nathaniel Servando", "role": "Administrator"} in m["people"]


# --- a numbered part's title over its sentence set in under it ----------------------------------

def test_a_numbered_part_over_its_set_in_sentence_heads_it_as_its_siblings_do():
    # "(3) Contribution to international organizations" / "  Japan contributes to the Food and
    # Agriculture Organization ...", no blank line between; "(1) Research and development" and
    # "(2) Technical cooperation" head their lists
    c = cleaned(MAFF)
    assert "### (1) Research and development" in c.body and "### (2) Technical cooperation" in c.body
    assert "### (3) Contribution to international organizations" in c.body
    assert texts(MAFF)[-3].startswith("Japan contributes to the Food and Agriculture Organization")
    # (negative) a numbered sentence with its stop over a set-in line is no heading
    text = ("Rice in Africa\n\n1. Background\n\n(1) Rice matters.\n  Consumption grows fast in the region.\n\n"
            "(2) Irrigation\n  Japan builds small irrigation schemes in Tanzania and Ghana.\n")
    body = clean_text(text).body
    assert "(1) Rice matters." in body and "# (1) Rice matters" not in body


def test_the_rice_fact_sheet_s_head():
    # "Japan's Cooperation for Rice Development in Africa" / "" / "November 2008" / "Ministry of
    # Agriculture, Forestry and Fisheries"; "Related Links" over its links, "Page Top" at the end
    m, c = meta(MAFF), cleaned(MAFF)
    assert m["title"] == "Japan's Cooperation for Rice Development in Africa"
    assert (m["date"], m["source"], m["type"]) == ("2008-11", "Ministry of Agriculture, Forestry and Fisheries", "fact-sheet")
    assert c.removed[-1] == "Page Top" and "Related Links" in c.removed
    assert {"GH", "TZ", "UG", "KE", "BJ"} <= {x["code"] for x in m["countries"]}
    assert "agriculture-food" in [t["id"] for t in m["topics"] if t["focus"]]


# --- a fact sheet's items set in deeper under a lettered item -----------------------------------

def test_items_set_in_deeper_under_a_lettered_item_are_its_sub_items():
    # "  (a) East-West Economic Corridor" / "    i) Second Mekong International Bridge (Savannakhet -
    # Mukdahan): ..." / "    ii) Improvement of National Road No.9 in Laos (grant aid)" / "  (b) ..."
    body = cleaned(MEKONG).body
    assert "- (a) East-West Economic Corridor\n" in body
    assert "\n    - i) Second Mekong International Bridge (Savannakhet - Mukdahan)" in body
    assert "\n    - ii) Improvement of National Road No.9 in Laos (grant aid)" in body
    assert "\n- (b) Southern Economic Corridor" in body
    # (negative) items at one margin stay one level: "  (a) Japan Centers ..." / "  (b) Training ..."
    assert "\n- (b) Training of 2,500 people from the Mekong region in Japan over three years" in body


def test_the_mekong_fact_sheet_s_head_and_foot():
    # "July 3, 2005" / "Ministry of Foreign Affairs of Japan" under the title; "Back to Top" / "Back to Index"
    m, c = meta(MEKONG), cleaned(MEKONG)
    assert (m["date"], m["source"], m["type"]) == ("2005-07-03", "Ministry of Foreign Affairs of Japan", "fact-sheet")
    assert c.removed == ("Back to Top", "Back to Index")
    assert {"KH", "LA", "MM", "TH", "VN"} <= {x["code"] for x in m["countries"]}
    assert "## 1. Basic Policy" in c.body and "### (1) Infrastructure" in c.body


# --- a title the page puts in quotation marks --------------------------------------------------

def test_quotation_marks_around_the_whole_title_are_the_page_s():
    # '"Japan's Assistance for the Development of the Mekong Region"'
    assert meta(MEKONG)["title"] == "Japan's Assistance for the Development of the Mekong Region"
    # (negative) a quote opening the title and closing before its end stays: '"Data Saves Mothers":
    # A Doctor's Digital Mission in Bangladesh'; so does a quoted name inside a title (seed 003)
    assert meta(JICA_MAG)["title"] == "\"Data Saves Mothers\": A Doctor's Digital Mission in Bangladesh"
    assert without_enclosing_quotes('Japan\'s Cooperation to "Initiative for ASEAN Integration (IAI)"') == \
        'Japan\'s Cooperation to "Initiative for ASEAN Integration (IAI)"'
    assert without_enclosing_quotes('"Data" and "Trust" in ASEAN') == '"Data" and "Trust" in ASEAN'


# --- a subheading over one sentence, among subheadings over longer paragraphs -------------------

def test_a_sibling_subheading_over_one_sentence_is_a_heading_too():
    # "Looking ahead" / "" / "The Government of Bangladesh plans to expand the digital system to 20
    # districts by 2027, ...", where "From paper registers to tablets" and "Working with Japan" head theirs
    assert [t for t in cleaned(JICA_MAG).body.split("\n") if t.startswith("## ")][:3] == [
        "## From paper registers to tablets { #from-paper-registers-to-tablets }",
        "## Working with Japan { #working-with-japan }",
        "## Looking ahead { #looking-ahead }"]
    # "A different path to net zero" / "" / "Fabby Tumiwa, executive director of the Institute for
    # Essential Services Reform (IESR), a Jakarta think tank, says ..."
    assert "## A different path to net zero" in cleaned(ASEAN_POST).body
    # (negative) alone in its text, a phrase over one sentence stays a paragraph of its own
    text = ("Japan funds radars\n\nThe government will fund weather radars in the Philippines. Officials said so.\n\n"
            "Looking ahead\n\nThe radar network is scheduled to begin operation in 2028 in five provinces.\n")
    assert "## Looking ahead" not in clean_text(text).body


# --- a numbered part's title over the sentence leading into its points -------------------------

def test_a_numbered_part_over_a_sentence_leading_into_its_points_heads_it():
    # "(1) Japan's approach" / "" / "Japan's approach to cooperation with ASEAN on critical minerals
    # has three pillars:" / "" / "① Joint investment ..."; "(2) Cooperation under AZEC" over prose
    body = cleaned(METI_WP).body
    assert "### (1) Japan's approach" in body and "### (2) Cooperation under AZEC" in body
    assert "Japan's approach to cooperation with ASEAN on critical minerals has three pillars:" in body
    # (negative) over a label with its colon, a phrase in sentence case stays text
    text = ("Rice in Africa\n\n1. Background\n\n(1) Japan supports rice\n\nMain projects in Ghana:\n\n"
            "Ashanti, Volta and Northern regions receive support every year from JICA experts.\n")
    assert "# (1) Japan supports rice" not in clean_text(text).body


def test_the_trade_white_paper_s_head():
    # "White Paper on International Economy and Trade 2024" / "Part II Chapter 3 Economic Partnership
    # with the Global South" / "" / "Section 2 Building resilient supply chains with ASEAN"
    m, c = meta(METI_WP), cleaned(METI_WP)
    assert m["title"] == "Section 2 Building resilient supply chains with ASEAN"
    assert m["series"] == ("White Paper on International Economy and Trade 2024 — Part II Chapter 3 Economic "
                           "Partnership with the Global South")
    assert m["type"] == "white-paper"
    assert c.removed == ("- 152 -",)
    assert "critical-minerals" in [t["id"] for t in m["topics"] if t["focus"]]


# --- a closing note saying where and when the piece was published ------------------------------

def test_a_closing_note_naming_the_periodical_and_month_dates_the_piece():
    # "(Published in JICA's World, January 2024)", the interview's last line; no other date
    m = meta(JICA_MAG)
    assert m["date"] == "2024-01"
    assert m["type"] == "interview"
    assert {"name": "Mika Ogawa", "role": "Interviewer"} in m["people"]  # "Interview by Mika Ogawa, ..."
    assert "(Published in JICA's World, January 2024)" in cleaned(JICA_MAG).body  # the text keeps it
    # (negative) a sentence telling of something published, the text going on, dates nothing
    assert published_in_date(["Japan's plan was published in the Official Gazette in March 2024 and took effect."]) is None
    assert published_in_date(["This interview was first published in JICA Magazine on 3 May 2024."]).value == "2024-05-03"


# --- each remaining page's metadata, read off its lines ----------------------------------------

def test_the_development_cooperation_white_paper_section_s_head():
    # "White Paper on Development Cooperation 2021" / "Japan's International Cooperation" / "" /
    # "(4) Disaster Risk Reduction and Sustainable Cities"; "Photo 5. Details in caption."
    m, c = meta(MOFA_WP), cleaned(MOFA_WP)
    assert m["title"] == "Disaster Risk Reduction and Sustainable Cities"
    assert m["series"] == "White Paper on Development Cooperation 2021 — Japan's International Cooperation"
    assert m["type"] == "white-paper"
    assert "#### Column: Protecting Lives with Community Radio in Lao PDR" in c.body
    assert "Sendai Framework for Disaster Risk Reduction 2015-2030[^31] was adopted" in c.body
    assert "[^34]: Note 34: See \"Japan Disaster Relief Team\" in the Glossary." in c.body
    assert {"LA", "ID", "PH", "KH", "VN"} <= {x["code"] for x in m["countries"]}  # "Lao PDR", "Viet Nam"
    assert m["topics"][0]["id"] == "disaster-risk-reduction"
    assert {"aha-centre", "undrr", "jaif", "jica"} <= {o["id"] for o in m["organisations"]}


def test_the_energy_feature_s_head():
    # "Powering Southeast Asia's Energy Transition: Can Japan Deliver?"; "By Siti Rahmawati";
    # "Also read: Viet Nam's power plan bets on offshore wind" and "Tags: ..." under the text
    m, c = meta(ASEAN_POST), cleaned(ASEAN_POST)
    assert m["title"] == "Powering Southeast Asia's Energy Transition: Can Japan Deliver?"
    # "... We spoke with an Indonesian energy expert and a Japanese policymaker.": its standfirst
    # says whom the writer talked to; "The ASEAN Post: Why does Japan emphasise ...?" / "Yamamoto: ..."
    assert m["type"] == "interview"
    assert c.removed == ("Also read: Viet Nam's power plan bets on offshore wind",
                         "Tags: Japan, Indonesia, AZEC, energy transition, JETP")
    assert {"name": "Siti Rahmawati", "role": "Author"} in m["people"]
    assert m["countries"][0]["code"] == "ID"
    assert {"azec", "iesr", "meti", "jetp"} <= {o["id"] for o in m["organisations"]}
    assert "energy" in [t["id"] for t in m["topics"] if t["focus"]]


def test_a_byline_over_a_place_and_date_in_the_text_is_a_line_each():
    # "By Siti Rahmawati" / "Jakarta | 22 October 2024" under the standfirst of two sentences: text
    # (round 18), a line each, not one run-on paragraph
    paras = texts(ASEAN_POST)
    k = paras.index("By Siti Rahmawati")
    assert paras[k + 1] == "Jakarta | 22 October 2024"
    assert paras[k + 2].startswith("Indonesia's coal-fired power plants supply more than 60 per cent")


# --- a report's subsections lettered in brackets -----------------------------------------------

def test_parts_lettered_in_brackets_over_their_prose_are_subsections():
    # "Key Issues and Efforts" / "" / "(a) Strengthening connectivity" / "" / "JICA supports the
    # development of transport infrastructure ..." / "" / "(b) Digital transformation" / ...
    body = cleaned(JICA_AR).body
    assert "## Key Issues and Efforts" in body
    assert "### (a) Strengthening connectivity" in body and "### (b) Digital transformation" in body
    assert "### (c) Climate change and disaster risk reduction" in body
    # (negative) one such line alone over prose, with no sibling, stays text; items in one block
    # stay a list's ("  (a) Japan Centers for Human Resources Cooperation ..." in the Mekong sheet)
    text = ("Regional activities\n\nOverview\n\nJICA works across the region. It supports many countries.\n\n"
            "(a) Strengthening connectivity\n\nJICA supports transport links. Ports and roads were built.\n")
    assert "# (a) Strengthening connectivity" not in clean_text(text).body
    assert "- (a) Japan Centers for Human Resources Cooperation" in cleaned(MEKONG).body
