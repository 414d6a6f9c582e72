"""People named after a title written out in full, as governments of the Global South and their
news agencies write it: a minister's whole portfolio before the name ("Minister for Water Supply
Pradeep Yadav", "Minister of ICT and Innovation Paula Ingabire"), hyphenated titles
("Vice-Minister"), and names of four words after a role. The sentences were written
here in those shapes; each expected name and role is read off the sentence."""

from __future__ import annotations

import pytest
import yaml

from atlas.extract_spans import PEOPLE_FILE, compile_titles, find_people, load_titles

PLACES = {"Rwanda", "Nepal", "Kenya", "Bangladesh", "Fiji", "Japan", "Hanoi", "Tokyo", "Viet Nam"}


def people(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in find_people(text, not_names=PLACES)]


def data(**changes: object) -> dict:
    """people.yml's data with some keys changed."""
    return {**yaml.safe_load(PEOPLE_FILE.read_text(encoding="utf-8")), **changes}


@pytest.mark.parametrize("text, found", [
    # the portfolio's words are people.yml's: the name starts after the last of them
    ("Nepal's Minister for Water Supply Pradeep Yadav thanked Japan for the support.",
     [("Pradeep Yadav", "Minister for Water Supply")]),
    ("Minister for Water Supply and Sanitation Pradeep Yadav spoke.",
     [("Pradeep Yadav", "Minister for Water Supply and Sanitation")]),
    # an acronym is a portfolio word too
    ("Rwanda's Minister of ICT and Innovation Paula Ingabire welcomed the grant.",
     [("Paula Ingabire", "Minister of ICT and Innovation")]),
    ("Minister of Women, Children and Social Welfare Lynda Tabuya opened the centre.",
     [("Lynda Tabuya", "Minister of Women, Children and Social Welfare")]),
    ("The Minister of Climate Change Hasan Mahmud said Bangladesh would benefit.",
     [("Hasan Mahmud", "Minister of Climate Change")]),
    # still no name where the portfolio goes on to the sentence's end
    ("the Minister of Climate Change and Environment said on Monday", []),
])
def test_a_portfolio_written_out_before_the_name(text, found):
    assert people(text) == found


@pytest.mark.parametrize("text, found", [
    ("Vice-Minister Nguyen Thi Thanh Tra of the Ministry of Natural Resources welcomed the team.",
     [("Nguyen Thi Thanh Tra", "Vice-Minister")]),
    ("Deputy Minister Le Thi Thu Hang said the two sides agreed.", [("Le Thi Thu Hang", "Deputy Minister")]),
    # three words stay three: a name that ends there, a day after it, a headline in title case
    ("Minister Nguyen Chi Dung visited Tokyo in May.", [("Nguyen Chi Dung", "Minister")]),
    ("President Vo Van Thuong Thursday welcomed the delegation.", [("Vo Van Thuong", "President")]),
    ("Minister Tran Hong Ha Said the Plan Would Go Ahead", [("Tran Hong Ha", "Minister")]),
    ("Vice-President Sara Duterte attended.", [("Sara Duterte", "Vice-President")]),
])
def test_hyphenated_titles_and_names_of_four_words(text, found):
    assert people(text) == found


def test_a_portfolio_word_may_be_an_acronym_but_not_a_phrase():
    assert "ICT" in load_titles().portfolio_words
    compile_titles(data(portfolio_words=["Trade", "ICT"]))
    with pytest.raises(ValueError, match="'ict'"):
        compile_titles(data(portfolio_words=["Trade", "ict"]))
    with pytest.raises(ValueError, match="'Water Supply'"):
        compile_titles(data(portfolio_words=["Trade", "Water Supply"]))


@pytest.mark.parametrize("text, found", [
    # a suffix keeps its stop, which a sentence's end shares
    ("The plant was inaugurated by President Ferdinand Marcos Jr. and Ambassador Endo Kazuya.",
     [("Ferdinand Marcos Jr.", "President"), ("Endo Kazuya", "Ambassador")]),
    ("Gen. Romeo Brawner Jr. observed the drill.", [("Romeo Brawner Jr.", "Gen.")]),
    ("Lt. Gen. Romeo Brawner, chief of the Armed Forces of the Philippines, observed the drill.",
     [("Romeo Brawner", "Lt. Gen.")]),
    # a body's office or a place's unit between the role and the name is the role's
    ("Chief Representative of JICA Cambodia Office Yamaguchi Katsuya handed over the equipment.",
     [("Yamaguchi Katsuya", "Chief Representative")]),
    ("The handover was witnessed by Governor of Battambang Province Sok Lou.", [("Sok Lou", "Governor")]),
    # ranks of minister and officers' titles of more than one word
    ("Indonesian Coordinating Minister for Economic Affairs Airlangga Hartarto led the delegation.",
     [("Airlangga Hartarto", "Coordinating Minister for Economic Affairs")]),
    ("JICA Senior Vice President Miyazaki Katsura signed on behalf of Japan.",
     [("Miyazaki Katsura", "Senior Vice President")]),
    ("Executive Director of ERIA Tetsuya Watanabe presented the report.",
     [("Tetsuya Watanabe", "Executive Director")]),
])
def test_suffixes_ranks_and_offices_between_role_and_name(text, found):
    assert [(p["name"], p["role"]) for p in find_people(text, not_names=PLACES | {"JICA", "ERIA", "Battambang",
                                                                                    "Cambodia", "Philippines"})] == found


@pytest.mark.parametrize("text, found", [
    # the role, its portfolio (an acronym among its words), then the name set off by commas
    ("The Minister of ICT and Innovation, Paula Ingabire, said Rwanda aims to have more engineers.",
     [("Paula Ingabire", "Minister of ICT and Innovation")]),
    # roles and their holders in a list of those signing, the last one ending the sentence
    ("The agreement was signed in Kigali on Monday by the Minister of Finance and Economic Planning, Yusuf "
     "Murangwa, and the Ambassador of Japan to Rwanda, Isao Fukushima.",
     [("Yusuf Murangwa", "Minister of Finance and Economic Planning"), ("Isao Fukushima", "Ambassador of Japan to Rwanda")]),
    ("He met the President of Kenya, William Ruto, and the Governor of Nairobi.", [("William Ruto", "President")]),
    # a list of bodies and peoples names no one
    ("He thanked the Government of Japan, the President of JICA, and the people of Kenya.", []),
])
def test_a_role_then_its_holder_set_off_by_commas(text, found):
    assert [(p["name"], p["role"]) for p in find_people(text, not_names=PLACES | {"JICA", "Nairobi", "Kigali"})] == found


@pytest.mark.parametrize("text, found", [
    # a body the vocabulary knows, named with "the" and its acronym in brackets, then its office
    ("Chief Representative of the Japan International Cooperation Agency (JICA) Nepal Office Yumiko Asakuma "
     "signed the loan agreement.", [("Yumiko Asakuma", "Chief Representative")]),
    ("President of the Asian Development Bank (ADB) Masatsugu Asakawa attended.", [("Masatsugu Asakawa", "President")]),
    # a place after "the" opening a longer name the vocabulary does not know: no name read past it
    ("Director of the Thailand International Cooperation Agency Somchai Jaidee spoke.", []),
])
def test_a_body_named_with_the_between_role_and_name(text, found):
    bodies = {"Japan International Cooperation Agency", "JICA", "Asian Development Bank", "ADB", "Thailand"}
    assert [(p["name"], p["role"]) for p in find_people(text, not_names=PLACES | bodies)] == found


@pytest.mark.parametrize("text, found", [
    # a verb of people.yml's speech_verbs after the holder set off by commas
    ("Japan's Ambassador to Cambodia, Ueno Atsushi, handed over the boats.", [("Ueno Atsushi", "Ambassador to Cambodia")]),
    # a role after the name and a possessive place: the role, not the honorific
    ("Dr. Siti Nurbaya Bakar, Indonesia's Minister of Environment and Forestry, opened the forum.",
     [("Siti Nurbaya Bakar", "Minister of Environment and Forestry")]),
])
def test_verbs_and_possessives_around_a_role(text, found):
    assert [(p["name"], p["role"]) for p in find_people(text, not_names=PLACES | {"Cambodia", "Indonesia"})] == found


def test_the_speech_verbs_are_data():
    text = "Japan's Ambassador to Cambodia, Ueno Atsushi, handed over the boats."
    assert "handed" in data()["speech_verbs"]
    without = compile_titles(data(speech_verbs=[v for v in data()["speech_verbs"] if v != "handed"]))
    assert find_people(text, not_names=PLACES | {"Cambodia"}, titles=without) == []


@pytest.mark.parametrize("text, found", [
    # people a story quotes besides officials, their role after the name (people.yml apposition_roles)
    ("\"The plant will change lives,\" said Maria Santos, a community leader in the town.",
     [("Maria Santos", "Community Leader")]),
    ("\"This is good news,\" said Le Van Minh, an engineer at the plant.", [("Le Van Minh", "Engineer")]),
    ("\"We need more,\" said Amara Okafor, a senior official at the African Union Commission.",
     [("Amara Okafor", "Senior Official")]),
    # not without a verb of saying or an honorific: a place set off by commas is no person
    ("The loan will help Dhaka, a city of farmers and engineers, grow.", []),
])
def test_people_quoted_with_their_trade(text, found):
    assert [(p["name"], p["role"]) for p in find_people(text, not_names=PLACES | {"Dhaka"})] == found
