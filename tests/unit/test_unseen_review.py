"""The lead's review of the unseen fixtures' people: what the rounds' own tests did not catch.
Each expected value is read off the fixture's text (tests/fixtures/unseen/)."""

from __future__ import annotations

from test_unseen_documents import meta

from atlas.extract_spans import find_people


def names(name: str) -> list[str]:
    return [p["name"] for p in meta(name).get("people") or []]


def test_a_letterhead_motto_ending_in_king_names_no_king_called_ministry():
    # round13_prequalification_cambodia_port.txt: "KINGDOM OF CAMBODIA / Nation Religion King /
    # Ministry of Public Works and Transport": the document names no person at all
    assert names("round13_prequalification_cambodia_port.txt") == []
    assert find_people("Nation Religion King\nMinistry of Public Works and Transport") == []
    assert find_people("King Norodom Sihamoni received the delegation.") == \
        [{"name": "Norodom Sihamoni", "role": "King"}]


def test_a_family_name_alone_is_the_person_named_in_full_family_name_first():
    # round10_press_conference_fm.txt: titled "Press Conference by Foreign Minister Kamikawa Yoko",
    # then every answer opens "Minister Kamikawa:": one person, not a second "Kamikawa"
    assert names("round10_press_conference_fm.txt") == ["Kamikawa Yoko", "Ramos-Horta"]
