"""A chapter copied out of a book named for its subject ("White Paper on Development Cooperation
2023") is its publisher's: organisations.yml `publications` names the books each body publishes."""

from __future__ import annotations

import pytest
from test_unseen_documents import meta

from atlas.extract_source import series_publisher
from atlas.vocab import load_vocabulary


@pytest.mark.parametrize("series, ident", [
    ("White Paper on Development Cooperation 2023 — Japan’s International Cooperation", "mofa"),
    ("Diplomatic Bluebook 2024", "mofa"),
    ("Japan’s ODA White Paper 2014", "mofa"),
    ("White Paper on International Economy and Trade 2024", "meti"),
    ("開発協力白書2023", "mofa"),
    ("Defense of Japan 2024", "mod-japan"),
])
def test_a_book_named_for_its_subject_is_its_publisher_s(series, ident):
    assert series_publisher(series, load_vocabulary())[1] == [ident]


@pytest.mark.parametrize("series", ["White Paper on Nothing in Particular 2023", "ODA White Paperback", "Defense"])
def test_a_book_no_body_publishes_names_no_publisher(series):
    assert series_publisher(series, load_vocabulary()) == (None, [])


def test_a_white_paper_chapter_s_running_head_gives_its_publisher():
    # round 60: "White Paper on International Economy and Trade 2024" heads the METI chapter
    assert meta("round60_meti_white_paper_2024_critical_minerals.txt")["source"] == \
        "Ministry of Economy, Trade and Industry"


def _meta_of(text: str) -> dict:
    from atlas.clean import clean_text
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    return extract_metadata(Seed(path="seeds/x.txt", raw=text.encode(), text=text), clean_text(text), load_vocabulary())


CHAPTER = ("HEAD\n\nDeveloping countries' growth cannot proceed properly without responding to the digitalization of "
           "economic and social activities. Japan supports partners through technical cooperation.\n\n"
           "● Japan’s Efforts\n\nJapan has provided remote advice on medical technologies to about 10 countries.\n")


@pytest.mark.parametrize("head", ["Chapter 3\nDigital Transformation and Connectivity",
                                  "PART III\nDigital Transformation and Connectivity"])
def test_a_chapter_s_bare_number_over_its_name_is_the_series_its_name_the_title(head):
    m = _meta_of(CHAPTER.replace("HEAD", head))
    assert (m["title"], m["series"]) == ("Digital Transformation and Connectivity", head.split("\n")[0])


def test_an_annual_report_s_chapter_is_known_by_its_running_foot():
    # round 58: "Chapter 3" / "Results in Latin America and the Caribbean" over its sections, the
    # report's name and page number at its pages' feet ("Japan Special Fund at the IDB: Annual Report 2025   17")
    m = meta("round58_idb_japan_fund_annual_report_chapter.txt")
    assert (m["title"], m["series"], m["type"]) == ("Results in Latin America and the Caribbean", "Chapter 3", "white-paper")


def test_a_section_under_its_book_s_named_part_or_chapter_is_a_white_paper_s():
    # round 24: "Chapter 2 Specific Initiatives of Japan's Development Cooperation" over "Section 3 ..."
    assert meta("round24_white_paper_sentence_case_sections.txt")["type"] == "white-paper"
    m = _meta_of(CHAPTER.replace("HEAD", "Part III Specific Initiatives of Japan's Development Cooperation\n"
                                         "Chapter 2 Development Cooperation by Region\n\n1. East Asia"))
    assert m["type"] == "white-paper"
    # a research report's bare "Chapter 3" makes no white paper (round 40: ERIA's project report)
    assert meta("round40_research_report_chapter.txt")["type"] == "report"


def test_a_running_head_s_page_number_is_no_word_of_the_series():
    m = _meta_of(CHAPTER.replace("HEAD", "White Paper on Development Cooperation 2022 | 45\n\n"
                                         "(2) Digital Transformation and Connectivity"))
    assert (m["series"], m["title"]) == ("White Paper on Development Cooperation 2022",
                                         "Digital Transformation and Connectivity")
