"""Where a sentence ends, for summaries (extract.first_sentence) and the sentences quoted on index
pages (kwic.split_sentences): a stop after an abbreviation of furniture.yml or an initial ends none."""

from __future__ import annotations

import pytest

from atlas.clean_rules import load_furniture_data, load_rules
from atlas.extract import first_sentence
from atlas.kwic import split_sentences
from atlas.sentences import after_abbreviation


def test_the_abbreviations_are_data_words_without_their_last_stop():
    words = load_furniture_data()["structure"]["abbreviations"].split()
    assert len(words) == len(set(words))
    assert all(not w.endswith(".") and " " not in w for w in words), words
    assert {"Mr", "Nov", "U.S", "Corp"} <= load_rules().abbreviations


@pytest.mark.parametrize("text, ends", [
    ("Mr.", False), ("Nov.", False), ("the U.S.", False), ("Joseph R.", False), ("Sojitz Corp.", False),
    ("by Dr.", False), ("in 2024.", True), ("the ministry.", True), ("said Ueno.", True),
    ("no.", True),  # (a word in small letters that only looks like an abbreviation: "Nos." has its capital)
])
def test_a_stop_after_an_abbreviation_or_an_initial_ends_no_sentence(text, ends):
    assert after_abbreviation(text, len(text), load_rules().abbreviations) is not ends


def test_quoted_sentences_are_not_cut_after_a_title_a_month_or_an_initial():
    text = ("PHNOM PENH, Nov. 27 (Xinhua) -- Cambodia and Japan signed a grant. Mr. UENO Atsushi "
            "attended. Joseph R. Biden spoke. The U.S. Embassy sent a note.")
    assert [s for _, s in split_sentences(text)] == [
        "PHNOM PENH, Nov. 27 (Xinhua) -- Cambodia and Japan signed a grant.", "Mr. UENO Atsushi attended.",
        "Joseph R. Biden spoke.", "The U.S. Embassy sent a note."]


def test_a_summary_s_first_sentence_goes_on_past_an_abbreviation():
    assert first_sentence("Mr. UENO Atsushi attended the ceremony in Siem Reap. The police thanked him.") == \
        "Mr. UENO Atsushi attended the ceremony in Siem Reap."


def test_the_word_read_back_by_hand_is_the_one_the_plain_pattern_reads():
    """after_abbreviation reads the word before a stop character by character (for speed); the
    plain reading is a pattern: the run of word characters and stops before the stop, its closing
    quotes and brackets aside. Both agree at every stop of every fixture."""
    import re
    from pathlib import Path

    pattern = re.compile(r"([\w.]+)[.!?]?[\"'\u201d\u2019)\]]*$")
    abbreviations = load_rules().abbreviations

    def plain(text: str, end: int) -> bool:
        found = pattern.search(text, max(0, end - 40), end)
        word = found.group(1).rstrip(".") if found else ""
        return word in abbreviations or (len(word) == 1 and "A" <= word <= "Z")

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"
    checked = 0
    for path in sorted(fixtures.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for end in (k + 1 for k, c in enumerate(text) if c in ".!?)\u201d\u2019\"'"):
            assert after_abbreviation(text, end, abbreviations) == plain(text, end), (path.name, text[end - 30:end])
            checked += 1
    assert checked > 10_000
