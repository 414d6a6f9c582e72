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
    assert people["Yamamura Yoshihiko"] == "Ambassador Extraordinary and Plenipotentiary"
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
