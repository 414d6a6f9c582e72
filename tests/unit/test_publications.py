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
