"""Twenty-second round: genres the earlier rounds had not met. A slide deck exported to text (its
footer and "3 / 12" on every slide), a memorandum of cooperation between two governments, an ASEAN
chair's statement of numbered paragraphs, a state news agency's story (Antara), an encyclopedia's
article ("[edit]", "[1]", "^ a b"), a budget page of tables and an institute's event report
(moderator, panelists, Q&A). Every expected value was read off the fixture's lines (quoted in the
comments); each new rule is also tried on small texts written here, where it must not fire."""

from __future__ import annotations

import dataclasses

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import idempotent

from atlas.clean import clean_text
from atlas.clean_rules import load_rules
from atlas.extract import extract_metadata
from atlas.extract_dates import parse_dateline, signed_date
from atlas.vocab import load_vocabulary

SLIDES = "round22_slide_deck_drr_mekong.txt"
MOC = "round22_memorandum_of_cooperation_philippines.txt"
CHAIR = "round22_chairs_statement_asean_japan_pmc.txt"
ANTARA = "round22_news_agency_antara_semiconductor.txt"
WIKI = "round22_encyclopedia_mekong_japan.txt"
BUDGET = "round22_oda_budget_tables.txt"
EVENT = "round22_event_report_iseas_osa.txt"
ALL = [SLIDES, MOC, CHAIR, ANTARA, WIKI, BUDGET, EVENT]


@pytest.mark.parametrize("name", ALL)
def test_every_word_that_stays_is_in_order_and_cleaning_is_idempotent(name):
    assert_words_kept(seed(name).text, cleaned(name))
    idempotent(seed(name).text)


# --- a slide deck: its footer with the slide's number and the count of slides -------------------

def test_a_slide_footer_with_its_growing_number_is_furniture_on_every_slide():
    # "JICA | Japan International Cooperation Agency        1 / 12" ... "12 / 12", under each slide
    c = cleaned(SLIDES)
    footers = [t for t in c.removed if t.startswith("JICA | Japan International Cooperation Agency")]
    assert len(footers) == 12
    assert "Japan International Cooperation Agency" not in c.body
    # the slides' titles are the headings, not the footers over them
    assert "## Outline" in c.body and "## Case 1: Cambodia" in c.body
    assert "- Lead time of flood warnings extended from 12 hours to 72 hours" in c.body


def test_the_deck_s_title_and_date():
    # "Japan–Mekong Cooperation on Disaster Risk Reduction" / "Lessons from 10 Years of Flood Early
    # Warning in the Lower Mekong Basin"; "Regional Seminar on DRR, Bangkok, 14 November 2024"
    m = meta(SLIDES)
    assert m["title"] == "Japan–Mekong Cooperation on Disaster Risk Reduction"
    assert m["subtitle"] == "Lessons from 10 Years of Flood Early Warning in the Lower Mekong Basin"
    assert m["date"] == "2024-11-14"
    assert {"KH", "LA", "VN", "TH"} <= {c["code"] for c in m["countries"]}
    assert "disaster-risk-reduction" in [t["id"] for t in m["topics"]]
    assert {"jica", "mrc", "mowram", "jaxa"} <= {o["id"] for o in m["organisations"]}


def test_a_repeated_line_with_a_count_needs_its_number_to_grow():
    # the same words and "/ 12" with numbers that do not grow: a table's rows, not a footer
    rows = "\n\n".join(f"Budget share of the region {n} / 12\nThe region gets a share.\n" for n in (5, 3, 5))
    text = f"Japan Funds Regions\n\n{rows}"
    assert "Budget share of the region 3 / 12" in clean_text(text).body
    # (numbered lines that grow, with the count, a line apart: a slide's footer)
    slides = "\n\n".join(f"Point {n}\nJapan helps.\nJICA | Project Deck {n} / 3" for n in (1, 2, 3))
    c = clean_text(f"Japan Funds Regions\n\n{slides}\n")
    assert c.removed.count("JICA | Project Deck 2 / 3") == 1 and "Project Deck" not in c.body


# --- page furniture of the other genres -------------------------------------------------------------

def test_a_news_agency_s_furniture_goes_and_its_story_stays():
    # "Related news: Japan commits to support Indonesia's energy transition via AZEC", "Copyright ©
    # ANTARA 2024", "Tags: Indonesia Japan, semiconductor, critical minerals, AZEC, Airlangga Hartarto"
    c = cleaned(ANTARA)
    for line in ("Related news: Japan commits to support Indonesia's energy transition via AZEC",
                 "Related news: Indonesia targets US$10 billion chip investment by 2030",
                 "Copyright © ANTARA 2024",
                 "Tags: Indonesia Japan, semiconductor, critical minerals, AZEC, Airlangga Hartarto"):
        assert line in c.removed
    # the credits closing it, "Reporter: Bayu Saputra" / "Editor: Rahmad Nasution", are the story's
    # bylines (its people, see round 40), no text of its own
    assert c.source_lines[-2:] == ("Reporter: Bayu Saputra", "Editor: Rahmad Nasution")
    assert texts(ANTARA)[-1].endswith("which is financed by a Japanese ODA loan.")
    m = meta(ANTARA)
    assert m["title"] == "Indonesia, Japan to boost cooperation on semiconductors, critical minerals"
    assert m["date"] == "2024-08-06"  # "Tuesday, August 6, 2024 17:45 WIB"
    assert {"semiconductors", "critical-minerals"} <= {t["id"] for t in m["topics"]}
    assert {"jbic", "nexi", "aots", "azec", "jica"} <= {o["id"] for o in m["organisations"]}


def test_an_end_mark_of_five_stars_is_furniture():
    # "* * * * *" under the chair's statement's last paragraph
    assert "* * * * *" in cleaned(CHAIR).removed
    assert "\\*" not in cleaned(CHAIR).body


def test_a_breadcrumb_below_home_and_a_copyright_with_its_word_after_the_sign_are_furniture():
    # "Events > Past Events > Event Report"; "© Copyright 2024 ISEAS – Yusof Ishak Institute. All rights reserved."
    c = cleaned(EVENT)
    assert {"Events > Past Events > Event Report",
            "© Copyright 2024 ISEAS – Yusof Ishak Institute. All rights reserved."} <= set(c.removed)
    assert meta(EVENT)["title"] == ('Webinar on "Japan\'s Official Security Assistance and Southeast Asia: '
                                    'Capacity, Not Confrontation?"')
    rules = load_rules()
    # (a comparison in a sentence, two parts only, or a sentence about copyright: no furniture)
    for kept in ("Exports > imports in 2023", "Growth > 5% > 3% was expected in the plan, the report said.",
                 "Copyright of the maps rests with JICA and the ministry.", "Supply > demand"):
        assert not rules.furniture.fullmatch(kept)


def test_a_wiki_s_navigation_categories_and_licence_are_furniture():
    # "Jump to navigation" / "Jump to search"; "Categories: Foreign relations of Japan | Mekong River |
    # Economy of Southeast Asia"; "Text is available under the Creative Commons Attribution-ShareAlike ..."
    c = cleaned(WIKI)
    assert {"Jump to navigation", "Jump to search",
            "Categories: Foreign relations of Japan | Mekong River | Economy of Southeast Asia"} <= set(c.removed)
    assert any(t.startswith("Text is available under the Creative Commons") for t in c.removed)
    # (categories named in a sentence, or without the bar between them, stay)
    text = "Japan Funds Schools\n\nCategories: grants, loans and technical cooperation.\n\nJapan will help.\n"
    assert "Categories: grants, loans and technical cooperation." in clean_text(text).body


def test_the_date_a_wiki_s_page_was_last_edited_dates_it():
    # "This page was last edited on 12 February 2024, at 08:41 (UTC)."
    assert meta(WIKI)["date"] == "2024-02-12"
    assert parse_dateline("This page was last edited on 12 February 2024, at 08:41 (UTC).").value == "2024-02-12"
    assert parse_dateline("Last edited 3 March 2024").value == "2024-03-03"
    # (a sentence about an edit is no dateline)
    assert parse_dateline("The report was last edited by the ministry on 12 February 2024.") is None


# --- an encyclopedia's article ------------------------------------------------------------------------

def test_a_wiki_s_sections_are_headings_and_their_edit_links_furniture():
    # "History[edit]", "Strategies[edit]", "Projects[edit]", ..., "See also[edit]", "References[edit]"
    c = cleaned(WIKI)
    for name in ("History", "Strategies", "Projects", "Criticism", "See also", "References"):
        assert f"## {name} {{" in c.body
    assert c.removed.count("[edit]") == 6
    assert "edit\\]" not in c.body
    # "Projects[edit]" over its lead-in on the next line: the heading, then the lead-in and the list
    assert "Notable projects financed by Japan in the region include:" in texts(WIKI)
    # (a bracket that is no wiki's edit link, or an edit link in a sentence, stays text)
    kept = clean_text("Japan Funds Schools\n\nThe draft was marked [edit] by the ministry.\n\nJapan will help.\n")
    assert "The draft was marked \\[edit\\] by the ministry." in kept.body


def test_a_wiki_s_contents_and_its_footer_are_furniture():
    # "Contents" / "1 History" / ... / "6 References"; "Privacy policy" / "About Wikipedia" / ... / "Mobile view"
    c = cleaned(WIKI)
    assert {"Contents", "1 History", "5 See also", "6 References", "Privacy policy", "About Wikipedia",
            "Mobile view"} <= set(c.removed)
    assert "Contents" not in c.body and "Mobile view" not in c.body
    # (short lines closing a text that are no site's links stay: a list of people)
    names = clean_text("Japan Trains Nurses\n\nThe trainers were named.\n\nAiko Sato\nKen Ito\nMai Tran\n")
    assert "Ken Ito" in names.body
    # (a numbered list under "Contents" with sentences is no table of contents)
    text = "Japan Funds Schools\n\nContents\n1 This box holds three books.\n\nJapan will help.\n"
    assert "This box holds three books." in clean_text(text).body


def test_an_encyclopedia_article_s_summary_is_its_first_sentence_before_its_reference_marks():
    # "Mekong–Japan Cooperation is a regional cooperation framework between Japan and the five
    # countries of the Mekong region: Cambodia, Laos, Myanmar, Thailand and Vietnam. ... since 2009.[1][2]"
    m = meta(WIKI)
    assert m["summary"] == ("Mekong–Japan Cooperation is a regional cooperation framework between Japan and the "
                            "five countries of the Mekong region: Cambodia, Laos, Myanmar, Thailand and Vietnam.")
    assert {"LA", "MM", "TH"} <= {c["code"] for c in m["countries"] if c["focus"]}
    # (Cambodia is named twice: "The Phnom Penh Post" in the references is a newspaper's name, no
    # mention of the place since the vocabulary knows the paper)
    assert {"code": "KH", "focus": False, "mentions": 2, "name": "Cambodia"} in m["countries"]
    assert m["regions"][0]["id"] == "mekong" and m["regions"][0]["focus"]


# --- a memorandum of cooperation between two governments ----------------------------------------------

def test_an_agreement_s_title_in_capitals_over_lines_is_one_title():
    # "MEMORANDUM OF COOPERATION" / "BETWEEN" / "THE GOVERNMENT OF JAPAN" / "AND" / "THE GOVERNMENT OF THE
    # REPUBLIC OF THE PHILIPPINES" / "ON COOPERATION IN THE FIELD OF DISASTER RISK REDUCTION AND MANAGEMENT"
    c, m = cleaned(MOC), meta(MOC)
    assert c.title == ("MEMORANDUM OF COOPERATION BETWEEN THE GOVERNMENT OF JAPAN AND THE GOVERNMENT OF THE "
                       "REPUBLIC OF THE PHILIPPINES ON COOPERATION IN THE FIELD OF DISASTER RISK REDUCTION AND "
                       "MANAGEMENT")
    assert c.subtitle is None and "source" not in m  # (neither party publishes it: no "BETWEEN" subtitle)
    # the preamble's first line, ending with its comma, is text, no standfirst
    assert texts(MOC)[0].startswith("The Government of Japan and the Government of the Republic of the Philippines")
    # (lines in capitals without a joining word alone on a line are no such title: a title and its subtitle)
    other = clean_text("JAPAN-MEKONG COOPERATION\nFLOOD WARNING IN THE MEKONG\nTHE FIRST FIVE YEARS\n\nJapan "
                       "opened a centre in Hanoi on Friday, the agency said.\n")
    assert (other.title, other.subtitle) == ("JAPAN-MEKONG COOPERATION", "FLOOD WARNING IN THE MEKONG")


def test_an_article_s_number_over_its_title_is_one_heading():
    # "Paragraph 1" / "Objective", "Paragraph 3" / "Forms of Cooperation", "Paragraph 7" / "Final Provisions"
    body = cleaned(MOC).body
    for heading in ("Paragraph 1 Objective", "Paragraph 3 Forms of Cooperation", "Paragraph 7 Final Provisions"):
        assert f"## {heading} {{" in body
    # (a numbered article over a sentence is text: "Article 5" and its first sentence on the next line)
    text = "Japan Signs a Treaty\n\nArticle 5\nThe parties will meet once a year.\n\nJapan will help.\n"
    assert "## Article 5" not in clean_text(text).body


def test_an_agreement_is_dated_by_its_signature_and_is_an_agreement():
    # "Signed in duplicate at Manila on 9 April 2024, in the English language."
    m = meta(MOC)
    assert m["date"] == "2024-04-09"
    assert m["type"] == "agreement"  # "WHEREAS", "IN WITNESS WHEREOF", "FOR THE GOVERNMENT OF JAPAN:"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["PH"]
    assert {"jica", "phivolcs", "ocd"} <= {o["id"] for o in m["organisations"]}
    assert signed_date(["Done at Tokyo on the 9th day of April 2024, in two originals."]).value == "2024-04-09"
    assert signed_date(["Signed at Vientiane on March 3, 2023."]).value == "2023-03-03"
    # (a sentence that says an agreement was signed dates no document: only the formula opening a paragraph)
    assert signed_date(["The two sides signed the agreement on 9 April 2024 in Manila."]) is None


# --- a chair's statement of numbered paragraphs ---------------------------------------------------------

def test_a_chair_s_statement_is_a_policy_announcement_of_numbered_paragraphs():
    # "Chairman's Statement of the 26th ASEAN-Japan Post Ministerial Conference (PMC+1) with Japan" /
    # "Vientiane, Lao PDR, 27 July 2024"; paragraphs "1. The 26th ..." to "10. The Ministers looked forward ..."
    m, c = meta(CHAIR), cleaned(CHAIR)
    assert m["title"] == "Chairman's Statement of the 26th ASEAN-Japan Post Ministerial Conference (PMC+1) with Japan"
    assert m["date"] == "2024-07-27"
    assert m["type"] == "policy-announcement"
    assert "10. The Ministers looked forward to the 27th ASEAN-Japan Summit" in c.body
    assert {"jaif", "ajccbc", "acpheed", "aha-centre", "eria", "azec"} <= {o["id"] for o in m["organisations"]}
    # (a story about a chair's statement is news: the words in a sentence, not its title line)
    story = ("Ministers Meet in Vientiane\n\nThe Chairman's Statement of the meeting, issued on Saturday, "
             "welcomed Japan's support for the region.\n")
    got = extract_metadata(dataclasses.replace(seed(CHAIR), text=story), clean_text(story), load_vocabulary())
    assert got["type"] != "policy-announcement"


# --- a budget page of tables, and an event report: what was already read right stays so -----------------

def test_a_budget_page_s_tables_by_tab_and_by_spaces_are_tables():
    # "Ministry/Agency<TAB>FY2022<TAB>FY2023<TAB>FY2024<TAB>Change (%)"; "           FY2022    FY2023    FY2024"
    m, body = meta(BUDGET), cleaned(BUDGET).body
    assert (m["title"], m["date"], m["source"]) == ("Japan's ODA Budget for FY2024", "2024-04-10",
                                                    "Ministry of Foreign Affairs of Japan")
    assert "| Ministry of Foreign Affairs | 441.9 | 442.9 | 443.2 | +0.1 |" in body
    assert "| Technical cooperation (JICA) | 149.3 | 150.9 | 151.5 |" in body
    assert "Home > Foreign Policy > ODA > Budget" in cleaned(BUDGET).removed


def test_an_event_report_s_title_date_and_source():
    # 'Webinar on "Japan's Official Security Assistance ..."' under "ISEAS – Yusof Ishak Institute";
    # "Date: Thursday, 12 September 2024"
    m = meta(EVENT)
    assert (m["date"], m["source"]) == ("2024-09-12", "ISEAS-Yusof Ishak Institute")
    assert {"osa", "iseas", "jica"} <= {o["id"] for o in m["organisations"]}
    assert "security" in [t["id"] for t in m["topics"]]
