"""Round 55: news, white-paper chapters and fact sheets from the Middle East, South and Central Asia,
the Pacific and Latin America, by publishers not yet in the fixtures.

A section over the headline repeating one of the menu's items; a menu opening on "Home", in a
column or a row apart by bars, whatever its sections' names; a page path apart by slashes; a
writer's bare name over the story's labelled dates and the city; a date and the site's section
after a bar; a city in capitals before a date in capitals; an outlet's credit "WITH" a wire's; a
numeric date whose order the lede's own date tells; a book's running line under its publisher's
name; notes wrapped over several lines; a column's head abbreviated with a stop; a country's sheet
titled with its name; a body's name and the date set apart on one line."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract import extract_metadata
from atlas.model import Seed
from atlas.vocab import load_vocabulary

KTM = "round55_kathmandu_post_jica_tunnel_nepal.txt"
SABAH = "round55_daily_sabah_turkiye_japan_quake_resilience.txt"
KUENSEL = "round55_kuensel_bhutan_jica_farm_machinery.txt"
BRASIL = "round55_agencia_brasil_japan_amazon_satellite.txt"
KABAR = "round55_kabar_kyrgyzstan_japan_grant_bishkek.txt"
EAD = "round55_ead_pakistan_annual_report_japan_chapter.txt"
AMEXCID = "round55_amexcid_mexico_report_triangular_japan.txt"
PNG = "round55_embassy_png_japan_relations.txt"
EGYPT = "round55_egypt_moic_japan_partner_profile.txt"
PARAGUAY = "round55_jica_paraguay_country_sheet.txt"


def _people(name: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in meta(name).get("people", [])}


# --- a section over the headline, the byline's block under the standfirst -----------------------

def test_a_menu_s_section_alone_over_the_headline_is_no_title():
    # the menu "National" / "Politics" / ... / "Money" / ..., then "Money" alone, then
    # "Japan to fund Nagdhunga tunnel's second phase with Rs 18 billion soft loan"
    m, c = meta(KTM), cleaned(KTM)
    assert m["title"] == "Japan to fund Nagdhunga tunnel's second phase with Rs 18 billion soft loan"
    assert c.removed.count("Money") == 2 and "subtitle" not in m
    # (negative) a short line over a headline that is no item of the menu stays the title
    text = ("Home\nNews\nBusiness\nSport\n\nTunnels\n\nJapan to fund the second phase of the tunnel\n\n"
            "The loan was signed on Sunday in Kathmandu.\n")
    assert clean_text(text).title == "Tunnels"


def test_a_writer_s_bare_name_over_labelled_dates_and_the_city():
    # "The loan, carrying 0.01 percent interest ..." / "" / "Prithvi Man Shrestha" / "Published at :
    # June 8, 2026" / "Updated at : June 8, 2026 07:45" / "Kathmandu"
    m, c = meta(KTM), cleaned(KTM)
    assert (m["date"], m["source"]) == ("2026-06-08", "The Kathmandu Post")
    assert _people(KTM)["Prithvi Man Shrestha"] == "Author"
    assert c.dateline == "Published at : June 8, 2026"
    # the standfirst's sentence stays the text's first (round 18), the city on top of the story
    assert texts(KTM)[0].startswith("The loan, carrying 0.01 percent interest and a 40-year repayment period")
    assert texts(KTM)[1] == "Kathmandu"
    assert texts(KTM)[2].startswith("The government of Japan has agreed to provide a soft loan of 19.8 billion yen")
    # (negative) a bare name over a date with no label stays the text's (round 18)
    text = ("Japan funds a tunnel\n\nThe loan was signed on Sunday.\n\nPrithvi Man Shrestha\nJune 8, 2026\n\n"
            "The tunnel opened in April.\n")
    assert "Prithvi Man Shrestha" in clean_text(text).body


def test_most_read_from_a_section_and_editor_s_picks_are_the_site_s():
    # "Most Read from Money" / "" / "Remittance inflow rises 14 percent in ten months" / "Nepal Rastra
    # Bank keeps policy rate unchanged" / "" / "Editor's Picks"
    c = cleaned(KTM)
    for line in ("Most Read from Money", "Remittance inflow rises 14 percent in ten months", "Editor's Picks"):
        assert line in c.removed
    assert "Editor" not in c.body and "Remittance" not in c.body


def test_the_nepali_daily_s_ministry_of_finance_is_nepal_s():
    # "... signed the loan agreement at the Ministry of Finance in Singha Durbar on Sunday."
    ids = {o["id"] for o in meta(KTM).get("organisations", [])}
    assert "mof-japan" not in ids and "kathmandu-post" in ids


# --- a Turkish daily: its credit with a wire's, a city in capitals before the date ----------------

def test_an_outlet_s_credit_with_a_wire_s_names_both_and_no_writer():
    # "by DAILY SABAH WITH AA" / "ISTANBUL JUN 05, 2026 - 11:42 AM GMT+3", and "SOURCE DAILY SABAH WITH AA"
    m, c = meta(SABAH), cleaned(SABAH)
    assert m["title"] == "Japan, Türkiye deepen quake resilience cooperation with new seismic retrofit loan"
    assert (m["date"], m["source"]) == ("2026-06-05", "Daily Sabah / Anadolu Agency")
    assert c.dateline == "ISTANBUL JUN 05, 2026 - 11:42 AM GMT+3"
    assert "SOURCE DAILY SABAH WITH AA" in c.source_lines and "SOURCE" not in c.body
    assert all(p["role"] != "Author" for p in m.get("people", []))
    assert texts(SABAH)[0].startswith("Rescue workers search through the rubble")


def test_a_name_with_an_accented_capital_is_whole():
    # "Treasury and Finance Ministry Deputy Minister Osman Çelik and ..."
    assert _people(SABAH)["Osman Çelik"] == "Deputy Minister"


def test_a_newsletter_box_and_its_fine_print_are_furniture():
    # "DAILY NEWSLETTER" / "Subscribe to our newsletter for news from Türkiye, its region and the world."
    # / "SUBSCRIBE", then "You can unsubscribe at any time. By signing up you are agreeing to our Terms
    # of Use and Privacy Policy. This site is protected by reCAPTCHA and the Google Privacy Policy ..."
    c = cleaned(SABAH)
    assert "DAILY NEWSLETTER" in c.removed and "RELATED TOPICS" in c.removed
    assert "unsubscribe" not in c.body and "newsletter" not in c.body
    assert texts(SABAH)[-1] == "The two countries marked the 100th anniversary of their diplomatic relations in 2024."
    # (negative) a sentence of the author's about subscriptions stays
    text = ("Japan's aid portal\n\nYou can unsubscribe at any time from the ministry's alerts, the official said.\n\n"
            "The portal lists 300 projects.\n")
    assert "You can unsubscribe at any time" in clean_text(text).body


# --- a Kyrgyz agency: a language row, a date with the site's section, a republication notice ------

def test_a_date_and_the_site_s_section_after_a_bar_is_the_dateline():
    # "Kabar" / "Kyrgyz National News Agency", "Русский | Кыргызча | English | Türkçe | 中文", the
    # menu row, "Japan to provide $14 million ...", then "09:40, 3 June 2026 | ECONOMY"
    m, c = meta(KABAR), cleaned(KABAR)
    assert m["title"] == "Japan to provide $14 million for modernization of Bishkek heating network"
    assert (m["date"], m["source"]) == ("2026-06-03", "Kyrgyz National News Agency Kabar")
    assert c.dateline == "09:40, 3 June 2026 | ECONOMY"
    assert "Русский | Кыргызча | English | Türkçe | 中文" in c.removed
    assert texts(KABAR)[0].startswith("BISHKEK, June 3. /Kabar/. The Government of Japan will provide")
    # (negative) a place after the bar stays the text's, as before
    assert "Phnom Penh" in clean_text("Japan hands over ambulances\n\n3 June 2026 | Phnom Penh\n\n"
                                      "Japan handed over 20 ambulances on Tuesday.\n").body


def test_related_links_a_share_row_and_a_republication_notice_are_furniture():
    # "Read also:" / two headlines; "Share:" / "Facebook  Telegram  WhatsApp  VK"; "When using
    # materials, a hyperlink to Kabar.kg is required."
    c = cleaned(KABAR)
    for line in ("Read also:", "JICA to train Kyrgyz doctors in endoscopy", "Facebook Telegram WhatsApp VK",
                 "When using materials, a hyperlink to Kabar.kg is required."):
        assert line in c.removed
    assert texts(KABAR)[-1].startswith("Earlier, Japan financed the purchase of road construction equipment")
    # (negative) a sentence about what a link requires stays the author's
    text = ("Japan funds a bridge\n\nWhen using the bridge, a permit for trucks over 10 tonnes is required.\n\n"
            "It opens in May.\n")
    assert "When using the bridge" in clean_text(text).body


# --- a Brazilian agency: a day-first date the lede dates, a licence for the whole site ------------

def test_a_numeric_date_is_read_in_the_order_the_lede_s_date_tells():
    # "Published on 04/06/2026 - 18:15 By Pedro Peduzzi ...", the lede "Brazil and Japan on Thursday (Jun. 4) ..."
    m = meta(BRASIL)
    assert (m["date"], m["date_precision"]) == ("2026-06-04", "day")
    assert m["source"] == "Agência Brasil"
    assert m["title"] == "Brazil and Japan renew partnership to monitor Amazon deforestation by satellite"
    # (negative) a lede naming neither reading leaves the year
    text = ("Japan and Brazil sign deal\n\nPublished on 04/06/2026\n\n"
            "Brazil and Japan on Thursday renewed a cooperation agreement, officials said.\n")
    assert _date_of(text) == "2026"
    assert _date_of(text.replace("on Thursday", "on Thursday (Jun. 4)")) == "2026-06-04"


def _date_of(text: str) -> str:
    seed = Seed(path="seeds/probe.txt", raw=text.encode(), text=text, sha256="ab" * 32)
    return extract_metadata(seed, clean_text(text), load_vocabulary())["date"]


def test_a_site_s_licence_for_all_its_content_is_furniture():
    # "All content on this site is published under a Creative Commons Attribution 4.0 license, as long as the source is credited."
    c = cleaned(BRASIL)
    assert "All content on this site is published under a Creative Commons Attribution 4.0 license, " \
           "as long as the source is credited." in c.removed


# --- a ministry's annual report: its running head again at a page's edge, a source from the book --

def test_the_book_s_first_line_again_at_a_page_s_edge_is_its_running_head():
    # "Economic Affairs Division      Annual Report 2024-25" first, then again under "42 ... Chapter 5"
    m, c = meta(EAD), cleaned(EAD)
    assert "Economic Affairs Division Annual Report 2024-25" in c.removed
    assert m["series"] == "Economic Affairs Division Annual Report 2024-25 — CHAPTER 5"
    assert (m["source"], m["type"]) == ("Economic Affairs Division", "white-paper")
    # the table's source stays its own caption, the next section's heading its own:
    # "Source: EAD, Foreign Aid Management System" ... "5.2.3 Key Initiatives"
    assert "### 5.2.3 Key Initiatives" in c.body
    assert "Annual Report 2024-25" not in c.body


def test_a_column_s_head_abbreviated_with_a_stop_is_no_heading():
    # "S.No.   Project   Type   Amount" over the table's rows
    assert "## S.No." not in cleaned(EAD).body and "# S.No." not in cleaned(EAD).body
    text = ("Commitments\n\nTable 1: Loans\nS.No.   Project                    Amount\n"
            "1       Karachi Water Supply       72.5\n2       Indus Highway             142.0\n")
    body = clean_text(text).body
    assert "| S.No. | Project | Amount |" in body


def test_a_publisher_s_name_opening_its_book_s_is_the_source():
    # (no source line: the book's name opens with its publisher's, "Economic Affairs Division Annual Report 2024-25")
    assert meta(EAD)["source"] == "Economic Affairs Division"
    assert meta("round52_jbic_annual_report_latam_region.txt")["source"] == "Japan Bank for International Cooperation"


# --- an agency's report: a yearly report named for its field, its footer, its wrapped notes -------

def test_a_report_on_a_field_with_its_year_is_a_white_paper_and_its_footer_goes():
    # "MEXICAN AGENCY FOR INTERNATIONAL DEVELOPMENT COOPERATION" / "Report on International
    # Development Cooperation 2025", then at the foot "28 | Report on International Development Cooperation 2025"
    m, c = meta(AMEXCID), cleaned(AMEXCID)
    assert (m["type"], m["source"]) == ("white-paper", "Mexican Agency for International Development Cooperation")
    assert "28 | Report on International Development Cooperation 2025" in c.removed
    assert "## 3.1 Mexico as a triangular partner" in c.body


def test_notes_wrapped_over_several_lines_are_notes():
    # "Notes" / "[1] Among them the National Centre for Disaster Prevention (CENAPRED)," / "established
    # in 1988 ..." / "Mexico City earthquake." / "[2] AMEXCID-JICA, Evaluación conjunta ..." / "Mexico City, 2024."
    c = cleaned(AMEXCID)
    assert "[^1]" in c.body and "[^2]" in c.body
    assert "[^1]: \\[1\\] Among them the National Centre for Disaster Prevention (CENAPRED), established in 1988" in c.body
    # (negative) a paragraph opening with a bracketed figure, its other lines prose, is no notes
    text = ("Results\n\n[1] The survey covered 40 firms\nin three provinces and found\nthat most had "
            "trained staff\nwith Japanese support.\n")
    assert "[^1]" not in clean_text(text).body


# --- an embassy's relations page, a ministry's partner profile, an agency's country sheet ---------

def test_a_menu_column_opening_on_home_is_the_site_s():
    # "Embassy of Japan in Papua New Guinea" / "日本語 | English" / "Home" / "About the Embassy" /
    # "Japan-PNG Relations" / ... / "Links", then "Home > Japan-PNG Relations > Overview"
    m, c = meta(PNG), cleaned(PNG)
    assert m["title"] == "Japan-Papua New Guinea Relations"
    assert (m["source"], m["type"], m["date"]) == ("Embassy of Japan in Papua New Guinea", "fact-sheet", "2026-05")
    assert {"Home", "About the Embassy", "Study in Japan", "Links"} <= set(c.removed)
    assert "Visa" not in c.body
    # (negative) a column not opening on "Home" whose lines are no menu's items stays the text's
    text = "Japan and PNG\n\nVisa\nStudy in Japan\nCulture\nScholarships\n\nThe embassy offers these services.\n"
    assert "Study in Japan" in clean_text(text).body


def test_a_menu_row_opening_on_home_a_lone_language_link_and_a_slashed_path():
    # "Ministry of Planning, Economic Development and International Cooperation" / "Arab Republic of
    # Egypt", "Home | About | Development Partners | Projects Map | Global Partnerships | Media Center |
    # Contact Us", "عربي", "Development Partners / Bilateral Partners / Japan", "Japan"
    m, c = meta(EGYPT), cleaned(EGYPT)
    assert m["title"] == "Japan"
    assert (m["type"], m["date"]) == ("fact-sheet", "2026-05-18")
    assert m["source"] == "Ministry of Planning, Economic Development and International Cooperation"
    for line in ("Home | About | Development Partners | Projects Map | Global Partnerships | Media Center | Contact Us",
                 "عربي", "Development Partners / Bilateral Partners / Japan"):
        assert line in c.removed
    assert texts(EGYPT)[0] == "Partner since: 1954"
    # (negative) two names apart by a slash over a headline are no path
    text = "Japan / Egypt\n\nJapan and Egypt sign a loan for the metro\n\nThe loan was signed on Monday.\n"
    assert clean_text(text).title == "Japan / Egypt"


def test_a_link_to_a_joint_statement_among_the_page_s_files_makes_no_statement():
    # "Japan-Egypt Joint Statement (PDF, 312 KB)" under "Related Documents"; "Key Figures" heads a section
    assert meta(EGYPT)["type"] == "fact-sheet"


def test_a_country_sheet_titled_with_the_country_and_its_office_and_date_on_one_line():
    # "JICA" / "Japan International Cooperation Agency", "Country Sheet", "Paraguay",
    # "JICA Paraguay Office<tab><tab><tab>March 2026"
    m, c = meta(PARAGUAY), cleaned(PARAGUAY)
    assert m["title"] == "Paraguay"
    assert (m["type"], m["date"], m["source"]) == ("fact-sheet", "2026-03", "Japan International Cooperation Agency")
    assert "Country Sheet" in c.removed
    assert c.dateline == "JICA Paraguay Office March 2026"
    assert "| Technical Cooperation (JICA expenditure) | 1.92 billion yen | 78.5 billion yen |" in c.body


# --- the rest of each fixture's metadata ------------------------------------------------------------

def test_each_fixture_s_countries_and_sources():
    vocab = load_vocabulary()
    assert vocab.organisations["kuensel"]["country"] == "BT"
    expected = {KTM: "NP", SABAH: "TR", KUENSEL: "BT", BRASIL: "BR", KABAR: "KG", EAD: "PK", AMEXCID: "MX",
                PNG: "PG", EGYPT: "EG", PARAGUAY: "PY"}
    for name, code in expected.items():
        countries = meta(name)["countries"]
        assert countries[0]["code"] == code and countries[0]["focus"], name
    assert meta(KUENSEL)["source"] == "Kuensel"
    assert meta(KUENSEL)["title"] == "Japan's grant to bring 150 power tillers and training for highland farmers"
    assert meta(KUENSEL)["date"] == "2026-06-06" and _people(KUENSEL)["Thinley Namgay"] == "Author"


# --- a photo's caption under the byline, a photographer's credit after the copyright sign ------------

def test_a_photo_s_caption_labelled_photo_is_no_standfirst():
    # "June 6, 2026" / "Thinley Namgay", then "Photo: A farmer operates a power tiller in Paro. The
    # machines are part of Japan's earlier grant", then the lede
    m = meta(KUENSEL)
    assert "subtitle" not in m
    assert texts(KUENSEL)[0].startswith("Photo: A farmer operates a power tiller in Paro.")
    assert texts(KUENSEL)[1].startswith("The Government of Japan will provide 150 power tillers")
    # (negative) a standfirst that opens with another word stays the subtitle
    text = ("Japan's grant to bring power tillers\nPhotographs of the machines were shown at the signing\n\n"
            "June 6, 2026\n\nThe Government of Japan will provide 150 power tillers.\n")
    assert clean_text(text).subtitle == "Photographs of the machines were shown at the signing"


def test_a_photographer_s_credit_after_the_copyright_sign_is_no_heading():
    # "© Marcelo Camargo/Agência Brasil" between the date line and the lede
    body = cleaned(BRASIL).body
    assert "## © Marcelo Camargo" not in body
    assert '<span class="atlas-caption-label">© Marcelo Camargo/Agência Brasil</span>' in body


def test_a_one_page_sheet_s_number_alone_closing_it_is_its_page_number():
    # "https://www.jica.go.jp/paraguay/" / "" / "1", the sheet's last lines
    c = cleaned(PARAGUAY)
    assert "1" in c.removed and not c.body.rstrip().endswith("1\n{ #p-16 }\n\n</div>")
    assert texts(PARAGUAY)[-1].startswith("Contact")
    # (so is a report's: "ASEAN and Japan should align their rules ..." / "" / "3")
    assert "3" in cleaned("round53_ajc_digital_economy_report.txt").removed
    # (negative) a figure closing its block, no blank line over it, stays
    text = "Japan's grants\n\nNumber of grants signed in May:\n3\n"
    assert "3" not in clean_text(text).removed


def test_a_date_line_with_the_byline_the_writer_s_post_and_the_city():
    # "Published on 04/06/2026 - 18:15 By Pedro Peduzzi - Reporter for Agência Brasil - Brasília"
    m, c = meta(BRASIL), cleaned(BRASIL)
    assert c.dateline == "Published on 04/06/2026 - 18:15 By Pedro Peduzzi - Reporter for Agência Brasil - Brasília"
    assert _people(BRASIL) == {"Pedro Peduzzi": "Author"}
    assert texts(BRASIL)[0] == "© Marcelo Camargo/Agência Brasil"
    # (negative) words after the post that are no city's name leave the line the text's
    line = "Published on 04/06/2026 - 18:15 By Pedro Peduzzi - Reporter for Agência Brasil - who filed it late"
    text = f"Brazil and Japan renew a partnership\n\n{line}\n\nBrazil and Japan on Thursday renewed an agreement.\n"
    assert clean_text(text).dateline != line
