"""Round 59: defects left by earlier rounds (a fact sheet's label/value table read with its first
row as a header, a chapter titled by its bare section number, an annual report's year as its only
date, officials named with their role), then five new page shapes."""

from __future__ import annotations

import re

from test_unseen_documents import cleaned, html, meta, texts

from atlas.clean import clean_text

PARAGUAY = "round55_jica_paraguay_country_sheet.txt"
AUDA = "round58_auda_nepad_fact_sheet_kaizen_africa.txt"
EGYPT = "round55_egypt_moic_japan_partner_profile.txt"
SPREP = "round58_sprep_annual_report_jprism_chapter.txt"
KABAR = "round55_kabar_kyrgyzstan_japan_grant_bishkek.txt"


def table_heads(body: str) -> list[list[str]]:
    """Each table's header cells, as the page shows them."""
    return [re.findall(r"<th[^>]*>(.*?)</th>", head) for head in re.findall(r"<thead>(.*?)</thead>", html(body), re.S)]


# --- A1. a label/value table has no header row -------------------------------------------------------

def test_a_label_value_table_with_no_header_row_keeps_its_first_row_a_row():
    # "2. Basic Data" / "Population<tab>6.9 million (2024)" / "GNI per capita<tab>US$ 6,150 ..." /
    # "Capital<tab>Asuncion": the first row is a label and its value, not the columns' names
    page = html(cleaned(PARAGUAY).body)
    assert "<td>Population</td>\n<td>6.9 million (2024)</td>" in page
    assert "<th>Population</th>" not in page
    # "Key figures" / "Countries with national kaizen institutes<tab>12" / "Certified kaizen trainers<tab>1,450"
    page = html(cleaned(AUDA).body)
    assert "<td>Countries with national kaizen institutes</td>" in page
    assert table_heads(cleaned(AUDA).body) == [["", ""]]


def test_a_table_whose_first_row_names_its_columns_keeps_its_header():
    # "Item<tab>FY2024<tab>Cumulative (to FY2024)" over "Technical Cooperation (JICA expenditure) ..."
    assert table_heads(cleaned(PARAGUAY).body)[0] == ["Item", "FY2024", "Cumulative (to FY2024)"]
    # "Indicator                                        Value": two columns named, no figure
    assert ["Indicator", "Value"] in table_heads(cleaned(EGYPT).body)
    # a label over a year, a unit in brackets: a header's cells, not a row's
    c = clean_text("Aid by sector\n\nSector\t2023\nHealth\t18\nAgriculture\t25\n\n"
                   "Ministry\tBudget (100 million yen)\nMOFA\t4,432\nMOF\t772\n")
    assert table_heads(c.body) == [["Sector", "2023"], ["Ministry", "Budget (100 million yen)"]]


# --- A2. a chapter titled by its bare section number; a section title asked ---------------------------

def test_a_bare_section_number_over_the_sections_name_is_the_series_the_name_the_title():
    # "Section 4" / "" / "Waste Management and Pollution Control" / "" / "Japanese Technical Cooperation ..."
    m = meta(SPREP)
    assert m["title"] == "Waste Management and Pollution Control"
    assert m["series"].endswith("Section 4")
    assert "## Waste Management and Pollution Control" not in cleaned(SPREP).body  # (said once, as the title)
    c = clean_text("Section 2\n\nHealth and Nutrition\n\nJapan has supported maternal health in Laos through "
                   "JICA since 2010, with training for midwives.\n\nMore text on the project and its results.\n")
    assert (c.title, c.series) == ("Health and Nutrition", "Section 2")


def test_a_chapter_number_over_a_short_heading_keeps_it_the_chapters_first_heading():
    # under a bare chapter line, "Overview" opens the chapter's first section (no chapter's name)
    c = clean_text("Chapter 3\n\nOverview\n\nJapan has supported maternal health in Laos through JICA since "
                   "2010, with training for midwives.\n\nMore text.\n")
    assert c.title == "Chapter 3" and "## Overview" in c.body


def headings(name: str) -> list[str]:
    return [h.split(" { #")[0] for h in re.findall(r"^#{2,6} (.*)$", cleaned(name).body, re.M)]


def test_a_question_copied_over_its_answer_like_the_other_section_titles_is_a_heading():
    # "What is the Africa Kaizen Initiative?" / "The Africa Kaizen Initiative was launched in 2017 ..."
    # beside "Japan's contribution" / "JICA provides experts, ..." (each copied right over its paragraph)
    assert headings(AUDA)[:2] == ["What is the Africa Kaizen Initiative?", "Key figures"]


def test_a_question_between_paragraphs_or_labelled_or_alone_stays_text():
    # a speech's question set apart by blank lines: "Why does co-creation matter?" (round 7)
    assert "Why does co-creation matter?" in texts("round7_pdf_seminar_proceedings.txt")
    # an FAQ's labelled questions: "Q1. What is Official Security Assistance (OSA)?" (round 6)
    assert "Q1. What is Official Security Assistance (OSA)?" not in headings("round6_ministry_faq.txt")
    # a question copied over its paragraph in a text that copies no section title so: a sentence
    answer = "It began in 2019, when JICA and the ministry agreed to train engineers in the capital and the provinces."
    c = clean_text(f"Engineers for the Mekong\n\nWe met the project's leader in Vientiane. She was in a hurry.\n\n"
                   f"How did the project start?\n{answer}\n\nWe met often. The work went on for years "
                   "and it still goes on today in many places.\n")
    assert "## How did the project start?" not in c.body and "How did the project start?" in [p.text for p in c.paragraphs]
    # beside section titles copied so, a question holding another sentence stays a sentence
    c = clean_text(f"Fact Sheet\n\nOverview\n{answer}\n\nSo what? Why does it matter?\n{answer}\n\n"
                   f"Budget\n{answer}\n")
    assert "## Budget" in c.body and "So what? Why does it matter?" in [p.text for p in c.paragraphs]
    # (the one question alone there is the section's title, as "Budget" is)
    c = clean_text(f"Fact Sheet\n\nOverview\n{answer}\n\nWhy does it matter?\n{answer}\n\nBudget\n{answer}\n")
    assert "## Why does it matter?" in c.body


# --- A3. an annual report's year is no publication date (round 4) -----------------------------------

def test_an_annual_report_chapter_dated_only_by_its_book_s_year_stays_undated():
    # "Economic Affairs Division                    Annual Report 2024-25" / "CHAPTER 5": the book's
    # year, as round 4 decided for "White Paper on Development Cooperation 2022"
    assert "date" not in meta("round55_ead_pakistan_annual_report_japan_chapter.txt")


# --- A4. people ----------------------------------------------------------------------------------------

def people_of(text: str, places: set[str] = frozenset()) -> dict[str, str]:
    from atlas.extract_spans import find_people
    return {p["name"]: p["role"] for p in find_people(text, not_names=places)}


def test_an_envoy_s_full_title_the_places_it_serves_then_the_name():
    # "... and Ambassador Extraordinary and Plenipotentiary of Japan to the Kyrgyz Republic Yamamura
    # Yoshihiko signed an Exchange of Notes on the project on June 2."
    people = {p["name"]: p["role"] for p in meta(KABAR)["people"]}
    assert people["Yamamura Yoshihiko"] == "Ambassador Extraordinary and Plenipotentiary of Japan to the Kyrgyz Republic"
    assert "Extraordinary" not in " ".join(people)
    assert people_of("Ambassador Extraordinary and Plenipotentiary Kazuya Endo signed the notes.") == {
        "Kazuya Endo": "Ambassador Extraordinary and Plenipotentiary"}


def test_a_malay_name_read_whole_past_its_titles_of_honour():
    # the role's pattern reads three words, which "Datuk Seri" took: the name goes on after them
    assert people_of("Former prime minister Datuk Seri Najib Tun Razak said the loan was signed in 2012.") == {
        "Najib Tun Razak": "Prime Minister"}
    assert people_of("Deputy Minister Datuk Hasbi bin Habibollah said the project would help.") == {
        "Hasbi bin Habibollah": "Deputy Minister"}
    # (it stops where the name does: a small word, a place, a word that opens a phrase)
    assert people_of("Prime Minister Datuk Seri Anwar Ibrahim met Japanese officials.") == {"Anwar Ibrahim": "Prime Minister"}
    assert people_of("Prime Minister Datuk Seri Anwar Ibrahim Malaysia said.", {"Malaysia"}) == {
        "Anwar Ibrahim": "Prime Minister"}
    assert people_of("Prime Minister Tun Dr Mahathir Mohamad On Tuesday said.") == {"Mahathir Mohamad": "Prime Minister"}
    # (a name read whole is left as it was: "Sarawak Premier Tan Sri Abang Johari Tun Openg, who ...")
    assert people_of("Sarawak Premier Tan Sri Abang Johari Tun Openg, who witnessed the signing, said.") == {
        "Abang Johari Tun Openg": "Premier"}


# --- B. five new page shapes -------------------------------------------------------------------------

BORNEO = "round59_borneo_bulletin_hydrogen_skills_brunei.txt"
NEW_TIMES = "round59_new_times_rwanda_jica_ict_kigali.txt"
ITU = "round59_itu_project_fact_sheet_pacific_disaster_comms.txt"
TICA = "round59_tica_fact_sheet_jtpp_triangular.txt"
MOEJ = "round59_moej_environment_white_paper_jcm_section.txt"


def test_a_site_name_over_its_motto_over_a_menu_row_is_the_site_s():
    # "Borneo Bulletin" / "Brunei's Premier National Newspaper" / "" / "Home   National   Business ..." /
    # "" / "National" / "" / "Japan, Brunei launch hydrogen skills programme for local engineers" /
    # "" / "James Kon" / "" / "April 15, 2026"
    m, c = meta(BORNEO), cleaned(BORNEO)
    assert (m["title"], m["source"], m["date"]) == (
        "Japan, Brunei launch hydrogen skills programme for local engineers", "Borneo Bulletin", "2026-04-15")
    assert "Brunei's Premier National Newspaper" in c.removed and "## " not in c.body
    assert {"name": "James Kon", "role": "Author"} in m["people"]
    # (no one called "National Newspaper", a premier of the motto's words)
    assert all("Newspaper" not in p["name"] for p in m["people"])


def test_an_acronym_over_its_full_name_over_a_menu_row_stays_the_publisher_s_masthead():
    # "JAIF" / "Japan-ASEAN Integration Fund" / "" / "HOME   ABOUT JAIF   PROJECTS ..." (round 49)
    assert meta("round49_jaif_project_page_cambodia_drr.txt")["source"] == "Japan-ASEAN Integration Fund"


def test_a_brunei_minister_s_titles_of_honour_and_his_father_s_name():
    # "... in the presence of Minister of Energy Dato Seri Setia Awang Haji Mat Suny bin Haji Md
    # Hussein and Ambassador of Japan to Brunei Darussalam Teruyuki Katori."
    people = {p["name"]: p["role"] for p in meta(BORNEO)["people"]}
    assert people["Mat Suny bin Haji Md Hussein"] == "Minister of Energy"
    assert people["Teruyuki Katori"] == "Ambassador of Japan to Brunei Darussalam"
    assert not {"Md Hussein", "Mat Suny", "Seri Setia Awang"} & set(people)


def test_a_byline_date_and_reading_time_apart_by_wide_gaps_under_the_headline():
    # "The New Times | Rwanda's Leading Daily" / "Wednesday, May 13, 2026" (the site's date of the day,
    # over its menu row) ... "Collins Mwai     May 12, 2026     4 min read": the story's date
    m, c = meta(NEW_TIMES), cleaned(NEW_TIMES)
    assert (m["date"], m["source"]) == ("2026-05-12", "The New Times")
    assert {"name": "Collins Mwai", "role": "Author"} in m["people"]
    assert "Wednesday, May 13, 2026" in c.removed and "## " not in c.body.split("## Building")[0]
    # (a bare name beside a date and its reading time, bars between, is the byline too)
    c = clean_text("Japan funds ICT training in Rwanda\n\nCollins Mwai | May 12, 2026 | 4 min read\n\n"
                   "Japan will provide about 1.6 billion yen to upgrade ICT training at Rwanda Polytechnic, the "
                   "agency said on Monday in Kigali.\n")
    assert c.dateline == "Collins Mwai | May 12, 2026 | 4 min read"
    # (columns apart by gaps further down, a table's rows, stay the text's)
    c = clean_text("Japan funds ICT training in Rwanda\n\nJapan will provide about 1.6 billion yen to upgrade ICT "
                   "training at Rwanda Polytechnic, the agency said on Monday in Kigali.\n\n"
                   "Kigali     May 12, 2026     40 trainees\n")
    assert "Kigali | May 12, 2026" not in c.body


def test_a_read_also_link_whose_headline_holds_a_decimal_figure_is_furniture():
    # "READ ALSO: Rwanda, Japan sign $8.5 million deal for Kigali water supply"
    assert "READ ALSO: Rwanda, Japan sign $8.5 million deal for Kigali water supply" in cleaned(NEW_TIMES).removed
    # (a sentence after "Read also" ends with its stop and stays: see furniture.yml long_furniture)
    c = clean_text("Japan funds ICT training in Rwanda\n\nJapan will provide about 1.6 billion yen to upgrade ICT "
                   "training at Rwanda Polytechnic, the agency said on Monday in Kigali.\n\n"
                   "Read also: the report found that costs fell by 8.5 per cent.\n\nThe agency said more.\n")
    assert "Read also: the report found that costs fell by 8.5 per cent." in [p.text for p in c.paragraphs]


def test_a_un_agency_s_name_and_regional_office_over_a_project_fact_sheet_s_kind_and_title():
    # "International Telecommunication Union" / "ITU Regional Office for Asia and the Pacific" / "" /
    # "PROJECT FACT SHEET" / "" / "Strengthening Emergency Telecommunications in Pacific Island Countries"
    m, c = meta(ITU), cleaned(ITU)
    assert m["title"] == "Strengthening Emergency Telecommunications in Pacific Island Countries"
    assert m["type"] == "fact-sheet" and "PROJECT FACT SHEET" in c.removed
    assert m["source"] in {"International Telecommunication Union", "ITU Regional Office for Asia and the Pacific"}
    # "Indicator<tab>Target<tab>Achieved" names its columns
    assert table_heads(c.body) == [["Indicator", "Target", "Achieved"]]


def test_a_key_facts_table_whose_first_value_is_a_year_has_no_header_row():
    # "Key facts" / "Established<tab>1994" / "Partners<tab>TICA and JICA" / "Cost sharing<tab>50:50 ..."
    heads = table_heads(cleaned(TICA).body)
    assert heads[0] == ["", ""]
    # "Fiscal year    Courses    Participants    Countries" over "FY2021         8 ...": its header
    assert heads[1] == ["Fiscal year", "Courses", "Participants", "Countries"]
    m = meta(TICA)
    assert (m["title"], m["date"], m["type"]) == ("Japan-Thailand Partnership Programme (JTPP)", "2026-03", "fact-sheet")


def test_an_environment_white_paper_section_under_its_book_and_chapter():
    # "Annual Report on the Environment in Japan 2025          112" / "Chapter 3  Contributing to ..." /
    # "Section 2  Joint Crediting Mechanism (JCM)"; notes "*1 Japan's NDC ..." / "*2 See Chapter 1, ..."
    m, c = meta(MOEJ), cleaned(MOEJ)
    assert m["title"] == "Section 2 Joint Crediting Mechanism (JCM)"
    assert m["series"].startswith("Annual Report on the Environment in Japan 2025")
    assert m["type"] == "white-paper" and "date" not in m  # (the book's year: round 4)
    assert "[^1]:" in c.body and "[^2]:" in c.body
    assert {"112", "113"} <= set(c.removed)


def test_a_place_beside_the_date_under_the_headline_is_no_writer():
    # a city and the date apart by wide gaps (or a bar) under the headline: where, not who wrote it
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    lede = ("Japan handed over a water treatment plant in Kampot province on Thursday, the embassy said in a "
            "statement issued in the capital.\n\nThe plant will supply 12,000 cubic metres of water a day.\n")
    for line in ("Phnom Penh     2 May 2024", "Phnom Penh | 2 May 2024"):
        text = f"Japan hands over water plant in Kampot\n\n{line}\n\n{lede}"
        seed = Seed(path="seeds/x.txt", raw=text.encode(), text=text, sha256="ab" * 32)
        m = extract_metadata(seed, clean_text(text), load_vocabulary())
        assert m["date"] == "2024-05-02" and "people" not in m
