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
