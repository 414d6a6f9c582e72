"""Round 50: common shapes probed again (a ministry's release under its language link, the ASEAN
Secretariat's news), and what they showed: a lone language's name under the site's name is the
site's link to its page in that language; a body's name after a role is never a person's."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_spans import find_people
from atlas.matching import find_org
from atlas.vocab import load_vocabulary

MOFA = "round50_mofa_press_release_language_link.txt"
ASEAN = "round50_asean_news_cyber_centre_phase3.txt"


def test_a_language_link_under_the_ministry_s_name_leaves_the_header_whole():
    # "Ministry of Foreign Affairs of Japan" / "Japanese" / "Home > Press Releases > ..." /
    # "Press Releases" / "Signing of Grant Agreement for the Project for Improvement of Flood
    # Forecasting and Warning System in the Republic of the Philippines" / "November 20, 2026"
    m = meta(MOFA)
    assert m["title"] == ("Signing of Grant Agreement for the Project for Improvement of Flood Forecasting "
                          "and Warning System in the Republic of the Philippines")
    assert (m["date"], m["source"], m["type"]) == ("2026-11-20", "Ministry of Foreign Affairs of Japan", "press-release")
    c = cleaned(MOFA)
    assert "Japanese" in c.removed and "Japanese" not in c.body
    assert texts(MOFA)[0].startswith("1. On November 19 (local time), in Manila,") or \
        texts(MOFA)[0].startswith("On November 19 (local time), in Manila,")


def test_a_language_link_in_a_block_of_its_own_under_the_site_s_name():
    text = ("Ministry of Foreign Affairs of Japan\n\nJapanese\n\nPress Releases\n\n"
            "Japan Extends Emergency Grant Aid to Viet Nam after Typhoon Yagi\n\nSeptember 10, 2024\n\n"
            "The Government of Japan decided to extend Emergency Grant Aid of 3 million US dollars to Viet Nam.\n")
    c = clean_text(text)
    assert c.title == "Japan Extends Emergency Grant Aid to Viet Nam after Typhoon Yagi"
    assert "Japanese" in c.removed


def test_a_language_s_name_heading_a_bilingual_text_stays_its_heading():
    # under the title, "English" heads the English half of a bilingual release: the author's
    text = ("Japan International Cooperation Agency\n\nJICA and Viet Nam open semiconductor training centre in Hanoi\n\n"
            "English\n\nThe Japan International Cooperation Agency opened a training centre for chip engineers "
            "in Hanoi on 3 March 2025.\n\nVietnamese\n\nCơ quan Hợp tác Quốc tế Nhật Bản đã khai trương trung tâm "
            "đào tạo kỹ sư chip tại Hà Nội.\n")
    c = clean_text(text)
    assert c.title == "JICA and Viet Nam open semiconductor training centre in Hanoi"
    assert "## English" in c.body and "## Vietnamese" in c.body and "English" not in c.removed


def test_the_asean_secretariat_s_news_reads_its_header():
    # "ASEAN Main Portal" / "About ASEAN | Our Communities | News & Events | Resources" / "Home » News » ..."
    # / "ASEAN, Japan launch cybersecurity capacity building centre phase III" / "Posted on 14 November 2026"
    m = meta(ASEAN)
    assert m["title"] == "ASEAN, Japan launch cybersecurity capacity building centre phase III"
    assert m["date"] == "2026-11-14"
    assert "cybersecurity" in [t["id"] for t in m["topics"] if t["focus"]]
    assert {"Tags: Cybersecurity, Japan, ASEAN Dialogue Partners", "Share this:"} <= set(cleaned(ASEAN).removed)


def test_a_body_s_name_after_a_role_is_no_person():
    # "... said ASEAN Deputy Secretary-General for ASEAN Political-Security Community Astana Ahmad
    # Khusairi at the launch ceremony." (never the community's name; round 51 reads the three
    # words after it as the name, "Astana" opening it)
    people = {p["name"]: p["role"] for p in meta(ASEAN)["people"]}
    assert "Political-Security Community" not in people
    # "Ambassador of Japan to ASEAN Kiya Masahiko said ..."
    assert people["Kiya Masahiko"] == "Ambassador of Japan to ASEAN"


def test_the_name_after_a_body_the_role_serves_is_the_person():
    found = find_people("The meeting was opened by Deputy Secretary-General for ASEAN Socio-Cultural Community "
                        "Ekkaphab Phanthavong on Monday.", not_names={"ASEAN"})
    assert found == [{"name": "Ekkaphab Phanthavong", "role": "Deputy Secretary-General"}]


VNEXPRESS = "round50_vnexpress_hanoi_airport_metro.txt"
DIPLOMAT = "round50_diplomat_mekong_digital_analysis.txt"


def test_two_sections_apart_by_a_bar_over_the_headline_are_the_site_s_path():
    # "Business  |  Economy" / "Japan-funded metro line to connect Hanoi airport" /
    # "By Hoang Vu   November 28, 2026 | 04:12 pm GMT+7"
    m = meta(VNEXPRESS)
    assert m["title"] == "Japan-funded metro line to connect Hanoi airport"
    assert "subtitle" not in m or not m["subtitle"]
    assert (m["date"], m["source"]) == ("2026-11-28", "VnExpress International")
    assert "Business | Economy" in cleaned(VNEXPRESS).removed


def test_two_names_apart_by_a_bar_are_no_path():
    # two names that are not a site's sections stay the headline ("Japan | Vietnam" is no menu)
    c = clean_text("Japan | Vietnam\n\nPartners in the Digital Age\n\nBy Jane Doe\n\n"
                   "Japan and Vietnam have signed a memorandum on digital cooperation.\n")
    assert c.title == "Japan | Vietnam"


def test_the_site_s_name_over_its_section_path_is_never_the_title():
    # "The Diplomat" / "ASEAN Beat | Economy | Southeast Asia" / "Japan's Quiet Bet on the Mekong's
    # Digital Future" / "Tokyo is using development assistance to shape ... Will it work?" /
    # "By Maria Santos and Kenji Ota" / "November 26, 2026"
    m = meta(DIPLOMAT)
    assert m["title"] == "Japan's Quiet Bet on the Mekong's Digital Future"
    assert m["subtitle"].startswith("Tokyo is using development assistance")
    assert (m["date"], m["source"]) == ("2026-11-26", "The Diplomat")
    assert [p["name"] for p in m["people"] if p["role"] == "Author"] == ["Maria Santos", "Kenji Ota"]


def test_the_authors_head_over_the_first_box_in_its_block_is_a_line_of_its_own():
    # "Authors" / "Guest Author" / "Maria Santos" / "Maria Santos is a research fellow at ..." (one block)
    t = texts(DIPLOMAT)
    assert "Maria Santos is a research fellow at the ISEAS-Yusof Ishak Institute in Singapore." in t
    assert not any(p.startswith("Authors Guest Author") for p in t)
    assert "## Authors" in cleaned(DIPLOMAT).body


ANNUAL = "round50_jica_annual_report_region_pdf.txt"


def test_a_pdf_heading_over_its_hard_wrapped_paragraph_stands_apart():
    # "Overview of the Region" / "Southeast Asia has achieved remarkable economic growth, and many coun-" /
    # "tries in the region are now middle-income countries. At the same time," ... (one block)
    body = cleaned(ANNUAL).body
    assert "## Overview of the Region" in body
    t = texts(ANNUAL)
    after = t[t.index("Overview of the Region") + 1]
    assert after.startswith("Southeast Asia has achieved remarkable economic growth, and many countries")
    # round11_asean_secretariat_statement.txt: "About JAIF" over "The Japan-ASEAN Integration Fund was
    # established in 2006 to support ASEAN Community building and" / "to narrow the development gap ..."
    assert "## About JAIF" in cleaned("round11_asean_secretariat_statement.txt").body


def test_a_paragraph_s_short_last_line_or_a_wide_first_line_is_no_heading():
    # a wrapped paragraph whose first line is as wide as the others stays one paragraph, and so does a
    # lead-in ending with a colon over its text
    c = clean_text("Japan and ASEAN\n\nJapan Supports Regional Growth through long-term loans and technical\n"
                   "cooperation in the transport and energy sectors across the ten ASEAN\nmember states.\n\n"
                   "Key Findings:\nThe evaluation found that the project met most of its targets by the end\n"
                   "of the second phase, although maintenance budgets remained insufficient.\n")
    assert "## Japan Supports" not in c.body and "## Key Findings" not in c.body
    assert "Japan Supports Regional Growth through long-term loans and technical cooperation" in c.body


def test_a_running_head_s_page_number_is_no_part_of_the_series():
    # "JICA Annual Report 2025                                                    45" (the first line)
    assert meta(ANNUAL)["series"] == "JICA Annual Report 2025"


STAR = "round50_the_star_flood_warning_malaysia.txt"
DAILY_STAR = "round50_daily_star_oda_matarbari.txt"
NIKKEI = "round50_nikkei_rapidus_sea_engineers.txt"


def test_a_name_and_its_section_over_the_headline_and_the_byline_block_are_the_site_s():
    # "The Star" / "Nation" / "Japan, Malaysia to cooperate on flood early warning system" /
    # "By JANE LIM" / "Nation" / "Friday, 28 Nov 2026" / "7:00 AM MYT"
    m = meta(STAR)
    assert m["title"] == "Japan, Malaysia to cooperate on flood early warning system"
    assert m["date"] == "2026-11-28"
    assert {"name": "Jane Lim", "role": "Author"} in m["people"]
    c = cleaned(STAR)
    assert c.removed.count("Nation") == 2 and "7:00 AM MYT" in c.removed
    assert texts(STAR)[0].startswith("KUALA LUMPUR: Malaysia and Japan will cooperate")


def test_a_one_word_section_is_not_the_outlet_named_with_an_article():
    # "Nation" (the section) is no line of "The Nation" (Thailand's paper, its source_aliases in organisations.yml)
    assert meta(STAR).get("source") != "The Nation Thailand"
    assert "the-nation-thailand" not in [o["id"] for o in meta(STAR)["organisations"]]
    keys = load_vocabulary().matchers.org_keys
    assert find_org(keys, "Nation") is None
    assert find_org(keys, "THE NATION") == "the-nation-thailand"
    # ... and a name with its article is still the one the vocabulary knows without it
    # (mainichi-shimbun's alias "Mainichi"), as a longer name is without its articles
    assert find_org(keys, "The Mainichi") == "mainichi-shimbun"
    assert find_org(keys, "THE YOMIURI SHIMBUN") == find_org(keys, "Yomiuri Shimbun") is not None


def test_a_date_with_its_update_stamp_on_one_line_is_the_dateline():
    # "Staff Correspondent" / "Fri Nov 28, 2026 12:00 AM  Last update on: Fri Nov 28, 2026 01:45 AM"
    m = meta(DAILY_STAR)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan to provide $1.5b in ODA for Matarbari, Dhaka metro", "2026-11-28", "The Daily Star")
    assert texts(DAILY_STAR)[0].startswith("Japan will provide about $1.5 billion")


def test_a_site_s_name_over_three_sections_is_never_the_text():
    # "Nikkei Asia" / "Spotlight" / "Tech Asia" / "Semiconductors" / the headline / its standfirst /
    # "KENJI KAWASE, Nikkei Asia chief business news correspondent" / "November 28, 2026 12:00 JST"
    m = meta(NIKKEI)
    assert m["title"] == "Japan's Rapidus eyes Southeast Asian engineers as chip talent crunch bites"
    assert m["subtitle"] == "Government-backed chipmaker to recruit from Malaysia and Vietnam universities"
    assert (m["date"], m["source"]) == ("2026-11-28", "Nikkei Asia")
    assert texts(NIKKEI)[0].startswith("TOKYO -- Rapidus, the Japanese government-backed chipmaker")


MAINICHI = "round50_mainichi_jdr_myanmar.txt"
HINDU = "round50_hindu_businessline_hsr_loan.txt"
INQUIRER = "round50_inquirer_cold_chain_mindanao.txt"


def test_a_date_with_the_outlet_in_brackets_dates_the_story_and_the_masthead_is_the_source():
    # "The Mainichi" / "Japan's National Daily Since 1922" / "Japan to send disaster experts to
    # Myanmar quake zone" / "November 28, 2026 (Mainichi Japan)"
    m = meta(MAINICHI)
    assert m["title"] == "Japan to send disaster experts to Myanmar quake zone"
    assert m["date"] == "2026-11-28"
    # the masthead names an outlet the vocabulary knows (mainichi-shimbun, alias "Mainichi"); the
    # motto under it is no publisher
    assert m["source"] == "The Mainichi Shimbun"
    assert texts(MAINICHI)[0].startswith("TOKYO -- The Japanese government will dispatch")


def test_an_update_label_with_a_dash_and_the_site_over_its_section():
    # "The Hindu" / "BusinessLine" / the headline / "Updated - November 28, 2026 at 09:14 PM."
    m = meta(HINDU)
    assert m["title"] == "Japan's JICA extends ₹15,000 crore loan for Mumbai-Ahmedabad high-speed rail"
    assert (m["date"], m["source"]) == ("2026-11-28", "The Hindu")
    c = cleaned(HINDU)
    assert "BusinessLine" in c.removed and c.dateline == "Updated - November 28, 2026 at 09:14 PM."
    # (the other stamp under the text, "Published on November 28, 2026", is not the header's word for
    # word: round 49 keeps such a line)


def test_a_paywall_offer_and_the_editors_picks_close_the_page():
    # "Read Next" / "EDITORS' PICK" / "MOST READ" / "Subscribe to INQUIRER PLUS to get access to ..."
    c = cleaned(INQUIRER)
    assert {"Read Next", "EDITORS' PICK", "MOST READ"} <= set(c.removed)
    assert any(r.startswith("Subscribe to INQUIRER PLUS to get access to") for r in c.removed)
    assert texts(INQUIRER)[-1].startswith("Agriculture Secretary Francisco Tiu Laurel Jr. thanked")
    m = meta(INQUIRER)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan funds P2-B cold chain facilities for Mindanao farmers", "2026-11-28", "Philippine Daily Inquirer")


def test_a_subscription_pitch_in_the_author_s_words_stays():
    # a sentence of the text that names a subscription is the author's
    c = clean_text("Japan Expands Digital Training\n\nBy Jane Doe\n\nMarch 3, 2025\n\n"
                   "Officials said schools that subscribe to the programme get access to free cloud services.\n")
    assert "subscribe to the programme get access to free cloud services" in c.body


BASIC = "round50_mofa_lao_basic_data.txt"


def test_numbered_fields_and_dated_entries_stay_a_line_each():
    # "Economic Relations" / "(1) Trade with Japan (2025)" / "Exports to Japan: 21.4 billion yen" /
    # "Imports from Japan: 12.9 billion yen" / "(2) Japanese direct investment: 170 companies (2025)"
    t = texts(BASIC)
    for line in ["(1) Trade with Japan (2025)", "Exports to Japan: 21.4 billion yen",
                 "(2) Japanese direct investment: 170 companies (2025)",
                 # "Major Bilateral Visits" / "2024 Prime Minister Kishida visited Vientiane (...)" / "2025 ..."
                 "2024 Prime Minister Kishida visited Vientiane (ASEAN-related Summit Meetings)",
                 "2025 Prime Minister Sonexay Siphandone visited Japan"]:
        assert line in t


def test_a_wrapped_paragraph_whose_lines_open_with_figures_stays_one():
    c = clean_text("Japan's Grants\n\nJapan's grant aid to the Lao PDR rose sharply after the flood of\n"
                   "2018 Japan sent relief goods and experts, and the grant programme\n"
                   "continued until the end of the decade.\n")
    assert "Japan's grant aid to the Lao PDR rose sharply after the flood of 2018 Japan sent relief goods" in c.body


def test_a_basic_data_sheet_is_a_fact_sheet_without_a_publisher_line():
    # "Japan-Lao PDR Relations (Basic Data)" / "October 1, 2026"
    m = meta(BASIC)
    assert (m["title"], m["date"], m["type"]) == ("Japan-Lao PDR Relations (Basic Data)", "2026-10-01", "fact-sheet")


UNDP = "round50_undp_timor_leste_resilience.txt"


def test_a_publisher_s_name_over_its_kind_label_is_its_source_and_no_series():
    # "United Nations Development Programme" / "Skip to main content" / "Press releases" / the headline /
    # "November 20, 2026"
    m = meta(UNDP)
    assert m["title"] == "Japan and UNDP launch US$8 million project to strengthen climate resilience in Timor-Leste"
    assert (m["date"], m["source"], m["type"]) == ("2026-11-20", "United Nations Development Programme", "press-release")
    assert "series" not in m
    # (a programme over its notice's kind keeps its series: round19's "JICA Knowledge Co-Creation
    # Program" / "CALL FOR APPLICATIONS" / the course, its source JICA)
    assert meta("round19_call_for_applications_kcc_dx.txt")["series"] == "JICA Knowledge Co-Creation Program (Group & Region Focus)"


JSTAGE = "round50_jstage_article_vietnam_parks.txt"


def test_a_journal_platform_s_buttons_and_tabs_are_furniture():
    # "Author information" / "JOURNAL FREE ACCESS" / "References (42)" / "Related articles (0)" / "Figures (0)"
    c = cleaned(JSTAGE)
    assert {"Author information", "JOURNAL FREE ACCESS", "References (42)", "Related articles (0)",
            "Figures (0)"} <= set(c.removed)
    # the journal's volume stays on top of the text, as a citation line under a header does
    assert texts(JSTAGE)[0] == "Vol. 35 (2026) No. 2 p. 45-62"
    m = meta(JSTAGE)
    assert (m["title"], m["date"]) == (
        "Technology Transfer through Japanese ODA: Evidence from Vietnamese Industrial Parks", "2026-11-15")


def test_names_apart_by_commas_over_a_paper_s_fields_are_its_authors():
    # "Hiroshi Nakamura, Nguyen Thi Mai" / "Author information" / "Keywords: ..." / ... / "Published: ..."
    c = cleaned(JSTAGE)
    assert "Hiroshi Nakamura, Nguyen Thi Mai" in c.bylines
    assert "Hiroshi Nakamura, Nguyen Thi Mai" not in texts(JSTAGE)
    assert "Keywords: technology transfer, ODA, industrial parks, Vietnam, FDI spillovers" in texts(JSTAGE)


def test_a_journal_s_buttons_in_the_author_s_sentences_stay():
    c = clean_text("Open Data in ASEAN\n\nBy Jane Doe\n\nMarch 3, 2025\n\n"
                   "Free access to figures (2024) was granted to all member states.\n")
    assert "Free access to figures (2024) was granted" in c.body


BRIEFING = "round50_asean_briefing_semiconductor_malaysia.txt"


def test_a_site_s_name_over_its_menu_row_apart_by_bars_is_never_the_title():
    # "ASEAN Briefing" / "Home | Legal | Tax | Trade | Industry | Investment" (no blank line between) /
    # "Japan's New Semiconductor Partnership with Malaysia: What Investors Need to Know"
    m = meta(BRIEFING)
    assert m["title"] == "Japan's New Semiconductor Partnership with Malaysia: What Investors Need to Know"
    assert "ASEAN Briefing" in cleaned(BRIEFING).removed
    assert "## Japan's New Semiconductor" not in cleaned(BRIEFING).body


def test_a_title_over_a_menu_row_with_prose_under_it_stays_the_title():
    # no headline under the row: the line over it is the page's title, the row the site's
    c = clean_text("Japan's Aid to Malaysia\nHome | Legal | Tax | Trade\n\nJapan's aid to Malaysia grew in 2024. "
                   "It funded ports and schools.\n")
    assert c.title == "Japan's Aid to Malaysia" and "Home | Legal | Tax | Trade" in c.removed


BRIEF = "round50_eria_policy_brief_hydrogen.txt"


def test_a_numbered_paper_series_over_its_number_is_the_series_and_its_publisher_the_source():
    # "ERIA Policy Brief" / "No. 2026-07, November 2026" / "Harnessing Japanese Hydrogen Technology for
    # ASEAN's Energy Transition" / "Ryo Fujii and Siti Rahmawati"
    m = meta(BRIEF)
    assert m["title"] == "Harnessing Japanese Hydrogen Technology for ASEAN's Energy Transition"
    assert (m["series"], m["date"]) == ("ERIA Policy Brief", "2026-11")
    assert m["source"] == "Economic Research Institute for ASEAN and East Asia"
    assert [p["name"] for p in m["people"] if p["role"] == "Author"] == ["Ryo Fujii", "Siti Rahmawati"]
    assert cleaned(BRIEF).body.split("\n")[2].startswith("## Key Messages")


def test_a_newsletter_over_its_issue_number_stays_the_issue_s_title():
    # round10_enewsletter_jica.txt: "JICA Southeast Asia Newsletter" / "Issue No. 52 | March 2024"
    m = meta("round10_enewsletter_jica.txt")
    assert (m["title"], m["source"]) == ("JICA Southeast Asia Newsletter", "Japan International Cooperation Agency")


JAPAN_TIMES = "round50_japan_times_ammonia_indonesia.txt"


def test_a_byline_block_under_the_first_sentence_is_the_header_s_and_the_sentence_stays():
    # "Japan eyes Indonesia as hub for ammonia co-firing exports" / "Japan's Mitsubishi Heavy Industries
    # aims to supply ..." / "BY TARO NAKAMURA" / "STAFF WRITER" / "Nov 28, 2026" / the story
    m, c = meta(JAPAN_TIMES), cleaned(JAPAN_TIMES)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan eyes Indonesia as hub for ammonia co-firing exports", "2026-11-28", "The Japan Times")
    assert {"name": "Taro Nakamura", "role": "Author"} in m["people"]
    t = texts(JAPAN_TIMES)
    assert t[0].startswith("Japan's Mitsubishi Heavy Industries aims to supply co-firing technology")
    assert t[1].startswith("Japan is seeking to make Indonesia a hub")
    assert not any(p in ("BY TARO NAKAMURA", "STAFF WRITER", "Nov 28, 2026") for p in t)
    assert c.dateline == "Nov 28, 2026"


def test_a_sentence_over_a_byline_with_no_date_stays_and_so_does_the_byline():
    c = clean_text("Japan Funds Bridge in Laos\n\nThe bridge will open in 2027.\n\nBY JANE DOE\nSTAFF WRITER\n\n"
                   "Japan will fund a bridge over the Mekong, officials said on Friday.\n")
    assert "The bridge will open in 2027." in [p.text for p in c.paragraphs]


JAKARTA_POST = "round50_jakarta_post_mrt_east_west.txt"


def test_a_place_and_date_over_the_publisher_under_the_headline_is_the_header_s_dateline():
    # "Japan, Indonesia to build MRT East-West line with ¥140 billion loan" / "Jakarta ● Fri, November
    # 28, 2026" / "The Jakarta Post" / the story
    m, c = meta(JAKARTA_POST), cleaned(JAKARTA_POST)
    assert (m["date"], m["source"]) == ("2026-11-28", "The Jakarta Post")
    assert "subtitle" not in m and c.dateline == "Jakarta ● Fri, November 28, 2026"
    assert texts(JAKARTA_POST)[0].startswith("Japan will lend Indonesia ¥140 billion")


def test_a_place_and_date_alone_under_the_title_stays_the_text_s():
    # with no publisher under it, the line opens the text (a speech's "Mombasa, 6 October 2026")
    c = clean_text("Speech at the Handover of the Mombasa Port Zone\n\nMombasa, 6 October 2026\n\n"
                   "Good morning. It is my pleasure to be here today for the handover.\n")
    assert "Mombasa, 6 October 2026" in [p.text for p in c.paragraphs]


VIETNAM_NEWS = "round50_vietnam_news_oda_metro_climate.txt"


def test_vietnamese_spellings_with_their_tones_name_the_country_and_its_cities():
    # "Japan and Việt Nam on Thursday signed three ODA loan agreements ..." / "HÀ NỘI — The agreements
    # were signed ... in Hà Nội." (countries.yml: VN's aliases and cities as Vietnamese outlets write them)
    m = meta(VIETNAM_NEWS)
    assert m["title"] == "Japan, Việt Nam sign ODA loans for Hà Nội metro, climate projects"
    vn = next(c for c in m["countries"] if c["code"] == "VN")
    assert vn["focus"] and vn["mentions"] >= 5


def test_a_byline_over_the_city_filed_from_in_its_block_is_the_byline_and_the_city_stays():
    # "By Jane Kumar" / "New Delhi" (one block, under "Updated - November 28, 2026 at 09:14 PM.")
    c = cleaned(HINDU)
    assert "By Jane Kumar" in c.bylines and "By Jane Kumar" not in c.body
    assert texts(HINDU)[0] == "New Delhi"
    assert {"name": "Jane Kumar", "role": "Author"} in meta(HINDU)["people"]


def test_a_byline_over_the_writer_s_post_is_no_city_filed_from():
    # "By Jane Doe" / "Staff Writer": the writer's post (a byline role) goes with the byline, and no
    # line is set on top of the text as the city
    c = clean_text("Japan Funds a Port in Kenya\n\nMarch 3, 2025\n\nBy Jane Doe\nStaff Writer\n\n"
                   "Japan will fund a new berth at Mombasa port, officials said.\n")
    assert ".atlas-dateline" not in c.body and "Staff Writer" not in c.body
