"""Notes marked with the word, as a white paper glues them ("worldNote 7"), in the shapes a copy
gives their list: the word's space lost ("Note7: ..."), no colon after the figure ("Note 7 The
..."), or a list numbered as the marks are under a "Notes:" head ("7. The ..."). Each mark links
to its note; the note's label stays as written."""

from __future__ import annotations

import re

import pytest

from atlas.clean import clean_text

TEXT = ("White Paper on Development Cooperation 2022\n\n(3) Disaster Risk Reduction\n\n"
        "Japan shares its knowledge of disaster risk reduction with partners across the worldMARK1 and supports "
        "early warning systems in Asia.\n\n"
        "Japan has supported weather radars in the Philippines, Viet Nam and Myanmar.MARK2 These efforts help "
        "governments issue earlier warnings.\n\nNOTES\n")


def _notes(mark1: str, mark2: str, notes: str) -> tuple[list[str], list[str], str]:
    body = clean_text(TEXT.replace("MARK1", mark1).replace("MARK2", mark2).replace("NOTES", notes)).body
    return re.findall(r"\[\^([^\]]+)\](?!:)", body), re.findall(r"^\[\^[^\]]+\]: (.*)$", body, re.M), body


@pytest.mark.parametrize("mark1, mark2, notes, first", [
    ("Note7", "Note8", "Note7: The Sendai Framework was adopted in 2015.\nNote8: Figures as of March 2022.",
     "Note7: The Sendai Framework was adopted in 2015."),
    ("Note 7", "Note 8", "Note 7 The Sendai Framework was adopted in 2015.\nNote 8 Figures as of March 2022.",
     "Note 7 The Sendai Framework was adopted in 2015."),
    ("Note 7", "Note 8", "Notes:\n7. The Sendai Framework was adopted in 2015.\n8. Figures as of March 2022.",
     r"7\. The Sendai Framework was adopted in 2015."),
    ("Note 7", "Note 8", "Note 7: The Sendai Framework was adopted in 2015.\nNote 8: Figures as of March 2022.",
     "Note 7: The Sendai Framework was adopted in 2015."),
])
def test_word_marked_notes_link_to_their_list_in_the_shapes_a_copy_gives_it(mark1, mark2, notes, first):
    refs, defs, body = _notes(mark1, mark2, notes)
    assert refs == ["7", "8"]
    assert defs[0] == first
    assert "atlas-note-missing" not in body


def test_a_notes_list_of_note_lines_under_its_head_keeps_its_labels():
    # round 4's white paper: "Notes" over "  1. Note 1: Of this, ..." (the list's figure is no label)
    refs, defs, _ = _notes("Note 1", "Note 2", "Notes\n  1. Note 1: The Sendai Framework was adopted in 2015.\n"
                                               "  2. Note 2: Figures as of March 2022.")
    assert refs == ["1", "2"] and defs[0] == "Note 1: The Sendai Framework was adopted in 2015."


def test_a_numbered_list_under_notes_is_no_notes_list_when_the_text_marks_none_of_its_figures():
    _, defs, body = _notes("", "", "Notes:\n7. The Sendai Framework was adopted in 2015.\n8. Figures as of March 2022.")
    assert defs == [] and "The Sendai Framework was adopted in 2015." in body
