"""Round 58: structure left wrong in earlier rounds (list items a blank line apart, an unlabelled
section title over a list, a sentence broken over a blank line before a capital, words a line break
cut into halves that are no words), then six new page shapes from Africa, Latin America and the
Pacific."""

from __future__ import annotations

import re

from test_unseen_documents import cleaned, html, meta, texts

from atlas.clean import clean_text

METRO = "round57_double_spaced_metro_loan.txt"
MAFF = "round52_maff_fact_sheet_card_rice_africa.txt"
LIMA = "round58_bnamericas_double_spaced_lima_metro.txt"
NAMIBIAN = "round58_the_namibian_web_jica_rural_water.txt"
IDB = "round58_idb_japan_fund_annual_report_chapter.txt"
SPREP = "round58_sprep_annual_report_jprism_chapter.txt"
AUDA = "round58_auda_nepad_fact_sheet_kaizen_africa.txt"
PNG = "round58_png_dnpm_japan_partner_profile.txt"


def headings(name: str) -> list[str]:
    return [h.split(" { #")[0] for h in re.findall(r"^#{2,6} (.*)$", cleaned(name).body, re.M)]


# --- A1. list items a blank line apart are one list ------------------------------------------------

def test_bullets_a_blank_line_apart_are_one_list():
    # "- 10 underground stations" / "" / "- a depot at Tham Luong" / "" / "- signalling and rolling
    # stock procured under Japanese technical standards"
    body = cleaned(METRO).body
    assert "<!-- -->" not in body
    page = html(body)
    assert page.count("<ul>") == 1
    assert re.search(r"<li[^>]*>10 underground stations</li>\n<li[^>]*>a depot at Tham Luong</li>\n"
                     r"<li[^>]*>signalling and rolling stock", page)
    # the same in the Lima story: "- 27 underground stations" / "" / "- a depot in Comas" / "" / ...
    assert html(cleaned(LIMA).body).count("<ul>") == 1


def test_numbered_paragraphs_and_items_of_another_kind_stay_lists_of_their_own():
    # numbered paragraphs a block each, longer than a printed line, stay lists apart (round 10)
    c = clean_text("Grant for Laos\n\n1. On March 20, the Ambassador of Japan and the Vice Minister signed and "
                   "exchanged notes concerning grant aid of up to 1,820 million yen for water supply.\n\n"
                   "2. The project will expand the treatment plant and renew distribution pipes in Luang "
                   "Prabang, a town whose demand has grown quickly.\n")
    assert "<!-- -->" in c.body
    # a bullet and a numbered item, or another bullet glyph, are not one list
    c = clean_text("Plan\n\nThe plan has parts.\n\n- roads\n\n1. ports\n\n* rail\n")
    assert c.body.count("<!-- -->") == 2


# --- A2. an unlabelled section title over a list -----------------------------------------------------

def test_a_section_title_over_a_list_is_a_heading_where_its_siblings_are():
    # "Overview" / "・The Coalition ..." ... "Japan's main contributions" / "1. Technical cooperation: ..."
    # ... "Budget" / "MAFF international cooperation budget ..."
    assert "Japan's main contributions" in headings(MAFF)
    assert headings(MAFF).index("Japan's main contributions") == headings(MAFF).index("Overview") + 2
    # the PNG profile: "Priority areas" / "- Infrastructure ...", "Major ongoing projects" / "1. Nadzab ..."
    assert {"Overview", "Priority areas", "Major ongoing projects", "Volunteers"} <= set(headings(PNG))


def test_a_lead_in_over_a_list_stays_a_paragraph():
    # "Key features of the project:" over its bullets: a lead-in with its colon
    assert "Key features of the project:" in texts(METRO)
    # a lead-in that ends in a verb, among headings, stays too
    c = clean_text("Fact Sheet\n\nOverview\nJapan has supported the programme since 2010 and will go on doing so.\n\n"
                   "Participants included\n- officials\n- engineers\n\nBudget\nThe budget is 3 million yen.\n")
    assert "## Participants included" not in c.body and "Participants included" in [p.text for p in c.paragraphs]
    # where no other section title is a heading ("1. Overall Rating" numbered), "Key outcomes" over
    # its list stays its lead-in (round 3)
    assert "Key outcomes" in texts("round3_list_headings.txt")


def test_a_section_title_over_a_chronology_is_a_heading_its_entries_a_line_each():
    # "Economic Cooperation" / "Japan is the top bilateral donor ..." (a heading), then
    # "Major Bilateral Visits" / "2024 Prime Minister Kishida visited Vientiane (ASEAN-related Summit
    # Meetings)" / "2025 Prime Minister Sonexay Siphandone visited Japan"
    name = "round50_mofa_lao_basic_data.txt"
    assert headings(name)[-1] == "Major Bilateral Visits"
    assert texts(name)[-2:] == ["2024 Prime Minister Kishida visited Vientiane (ASEAN-related Summit Meetings)",
                                "2025 Prime Minister Sonexay Siphandone visited Japan"]
    # a paragraph whose lines open with years but go on in small letters stays one
    c = clean_text("Fact Sheet\n\nOverview\nJapan has supported the programme since 2010 and will go on.\n\n"
                   "Visits\n2024 Prime Minister Kishida visited Vientiane and\n2025 saw the return visit.\n")
    assert "## Visits" not in c.body


# --- A3. a sentence broken before a capital, in a copy with a blank line after each line --------------

def test_a_sentence_broken_before_a_name_goes_on_in_a_double_spaced_copy():
    # '"This project will transform how people move in the city," said JICA Chief' / "" /
    # "Representative Sugano Yuichi at the signing ceremony in Lima."
    assert '"This project will transform how people move in the city," said JICA Chief Representative Sugano ' \
           'Yuichi at the signing ceremony in Lima.' in texts(LIMA)
    # "Project details" over "The loan carries ...": a title, no sentence's part
    assert "Project details" in texts(LIMA)
    assert "- 27 underground stations" in cleaned(LIMA).body


def test_a_line_ending_on_a_capital_word_stays_apart_without_such_breaks_before_it():
    c = clean_text("Japan and Peru sign a loan\n\nThe two governments signed the loan for the metro said the JICA Chief\n\n"
                   "Representative Sugano Yuichi.\n")
    assert "Representative Sugano Yuichi." in [p.text for p in c.paragraphs]


# --- A4. words a line break cut, neither half a word ------------------------------------------------

def test_words_cut_into_syllables_are_whole_again():
    # "In Peru, a JSF-financed programme com-" / "pleted a national map ..."; "... the Ministry of
    # Foreign Af-" / "fairs and Human Mobility ..."; "develop-" / "ment of transport ..."; "financially sus-" /
    # "tainable."
    body = cleaned(IDB).body
    for word in ("completed a national map", "Ministry of Foreign Affairs and Human Mobility",
                 "the development of transport", "financially sustainable"):
        assert word in body
    # "the co-" / "operation" as the chapter writes it elsewhere ("nine technical cooperation
    # operations"); compounds keep their hyphen: "low-" / "carbon", "Japan-" / "ASEAN"
    assert "the cooperation between" in body and "low-carbon urban transport" in body
    assert "3. Japan-ASEAN experience in disaster risk finance" in body


def test_an_item_cut_after_its_first_word_keeps_its_marker():
    # "3. Japan-" / "ASEAN experience in disaster risk finance can be shared with Caribbean states."
    page = html(cleaned(IDB).body)
    assert re.search(r"<li[^>]*>Japan-ASEAN experience in disaster risk finance", page)
    assert "3\\." not in cleaned(IDB).body


# --- B. new page shapes ---------------------------------------------------------------------------------

def test_a_double_spaced_story_under_its_outlet_s_name():
    # "BNamericas" / "Japan's JICA signs US$420mn loan for Lima metro Line 3 signalling" / "Published:
    # Thursday, June 4, 2026" / "By Carolina Mendoza"
    m = meta(LIMA)
    assert (m["title"], m["source"], m["date"], m["type"]) == (
        "Japan's JICA signs US$420mn loan for Lima metro Line 3 signalling", "BNamericas", "2026-06-04", "news")
    assert {"name": "Carolina Mendoza", "role": "Author"} in m["people"]


def test_related_links_a_blank_line_apart_go_with_their_head():
    # "Related Projects" / "" / "Lima Metro Line 2 - PPP" / "" / "Callao port access road" (the page's end)
    removed = cleaned(LIMA).removed
    assert {"Related Projects", "Lima Metro Line 2 - PPP", "Callao port access road"} <= set(removed)
    assert "Callao port access road" not in cleaned(LIMA).body


def test_a_name_and_a_date_apart_by_a_bar_are_the_byline():
    # "The Namibian" / "Japan hands over N$85 million water project in Ohangwena" / "Lazarus Amukeshe | 14 October 2026"
    m = meta(NAMIBIAN)
    assert (m["title"], m["source"], m["date"]) == (
        "Japan hands over N$85 million water project in Ohangwena", "The Namibian", "2026-10-14")
    assert {"name": "Lazarus Amukeshe", "role": "Author"} in m["people"]
    assert "Lazarus Amukeshe" not in cleaned(NAMIBIAN).body
    # a sentence with a bar and a date stays the author's
    c = clean_text("Japan hands over water project\n\nThe project was handed over | 14 October 2026 was the day.\n")
    assert "The project was handed over" in c.body


def test_a_book_s_name_at_one_end_of_the_running_head_is_the_next_page_s_foot():
    # "SPREP Annual Report 2025      Waste Management and Pollution Control" on top, then
    # "24      SPREP Annual Report 2025" a page below
    c = cleaned(SPREP)
    assert "24 SPREP Annual Report 2025" in c.removed and "24 SPREP" not in c.body
    assert "Partnership with Japan" in headings(SPREP)


def test_fact_sheets_with_tab_tables():
    # "Key figures" / "Countries with national kaizen institutes<TAB>12" / "Certified kaizen trainers<TAB>1,450"
    page = html(cleaned(AUDA).body)
    assert "<td>Certified kaizen trainers</td>\n<td>1,450</td>" in page
    assert {"Key figures", "Main activities", "Japan's contribution"} <= set(headings(AUDA))
    assert meta(AUDA)["type"] == "fact-sheet"
    # "Type<TAB>Amount<TAB>Main sectors" / "Grant aid<TAB>JPY 4.8 billion<TAB>Roads, ports, health"
    assert "<td>JPY 4.8 billion</td>" in html(cleaned(PNG).body)
    m = meta(PNG)
    assert (m["title"], m["date"], m["type"]) == ("Development Partner Profile: Japan", "2026-08-21", "fact-sheet")
