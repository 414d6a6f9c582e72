"""Fourteenth round: the source of a notice under a state's letterhead is the body that issued
it, not the state or its motto; an outlet printed in capitals is shown in title case with its
small words small. Read from the two letterhead fixtures (tests/fixtures/unseen/
round11_tender_notice_vietnam.txt, round13_prequalification_cambodia_port.txt); every expected
value was read off the fixture's text."""

from __future__ import annotations

import pytest
from test_unseen_documents import meta

from atlas.extract_source import source_of, title_case
from atlas.vocab import load_vocabulary

TENDER = "round11_tender_notice_vietnam.txt"
PORT = "round13_prequalification_cambodia_port.txt"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


# --- a state's letterhead names no publisher -------------------------------------------------------

def test_the_tender_notice_is_issued_by_the_bodies_under_the_state_s_name():
    # letterhead: "SOCIALIST REPUBLIC OF VIET NAM" over the city's committee and its project unit
    assert meta(TENDER)["source"] == \
        "Hai Phong City People's Committee / Hai Phong Water Supply and Sewerage Project Management Unit"


def test_the_prequalification_notice_is_issued_by_the_ministry_and_the_port_not_the_motto():
    # letterhead: "KINGDOM OF CAMBODIA", "Nation Religion King", the ministry, the port authority
    assert meta(PORT)["source"] == "Ministry of Public Works and Transport / Sihanoukville Autonomous Port"


def test_a_state_s_name_alone_stays_the_source(vocab):
    assert source_of(["SOCIALIST REPUBLIC OF VIET NAM"], vocab) == ("Socialist Republic of Viet Nam", [])
    assert source_of(["KINGDOM OF CAMBODIA", "Nation Religion King"], vocab)[0] == \
        "Kingdom of Cambodia / Nation Religion King"


def test_capitalised_words_are_a_motto_only_right_under_the_state_s_name(vocab):
    # (motto-shaped, but no state's name above it: a body)
    assert source_of(["Sihanoukville Autonomous Port (PAS)"], vocab)[0] == "Sihanoukville Autonomous Port"
    # (right under the state's name, but naming a body: no motto)
    assert source_of(["Republic of the Philippines", "Department of Foreign Affairs"], vocab)[0] == \
        "Department of Foreign Affairs"


# --- title case -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, titled", [
    ("SOCIALIST REPUBLIC OF VIET NAM", "Socialist Republic of Viet Nam"),
    ("HAI PHONG CITY PEOPLE'S COMMITTEE", "Hai Phong City People's Committee"),
    ("LAO PEOPLE’S DEMOCRATIC REPUBLIC", "Lao People’s Democratic Republic"),
    ("THE CENTRE FOR STRATEGIC AND INTERNATIONAL STUDIES", "The Centre for Strategic and International Studies"),
    ("OF THE PEOPLE", "Of the People"),  # the first word is capitalised, small or not
    ("INSTITUTO DE DESARROLLO", "Instituto de Desarrollo"),
    ("ASIA-PACIFIC DAILY", "Asia-Pacific Daily"),
])
def test_title_case_keeps_small_words_small_and_nothing_after_an_apostrophe_capitalised(text, titled):
    assert title_case(text) == titled


def test_an_outlet_in_capitals_is_shown_in_title_case(vocab):
    assert source_of(["HAI PHONG CITY PEOPLE'S COMMITTEE"], vocab) == ("Hai Phong City People's Committee", [])
