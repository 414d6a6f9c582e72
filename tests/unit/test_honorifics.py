"""Honorifics are one list of data (people.yml `honorifics`), read by cleaning and by extraction:
a contributor who adds one ("Tun", "Datuk") changes both, with no code."""

from __future__ import annotations

import re

import pytest
import yaml
from test_unseen_documents import meta

from atlas.clean import parse
from atlas.clean_rules import (FURNITURE_FILE, compile_rules, load_country_names, load_furniture_data,
                               load_honorifics, load_series_cues)
from atlas.document_page import people_markdown
from atlas.extract_spans import PEOPLE_FILE, compile_titles, find_people, is_honorific
from atlas.honorifics import honorific_alternation, honorific_words

PROSE = ("The programme trains officials from ten countries in digital public services. Each participant "
         "spends two weeks in Tokyo and one week in a prefecture's city office.\n")


def _people_data() -> dict:
    return yaml.safe_load(PEOPLE_FILE.read_text(encoding="utf-8"))


def test_the_list_is_checked_with_the_entry_named():
    assert honorific_words({"honorifics": ["Dr.", "H.E.", "Assoc. Prof."]}) == ["Dr.", "H.E.", "Assoc. Prof."]
    with pytest.raises(ValueError, match=r"'dr\.' is not an honorific"):
        honorific_words({"honorifics": ["Mr.", "dr."]})
    with pytest.raises(ValueError, match="expected a list"):
        honorific_words({"honorifics": "Mr|Dr"})


@pytest.mark.parametrize("written, found", [
    ("Dr", True), ("Dr.", True), ("H.E.", True), ("H. E.", True), ("H.E", True), ("Assoc. Prof", True),
    ("Drake", False), ("D.r.", False), ("Director", False), ("HE", False),
])
def test_an_honorific_is_found_with_its_stop_or_without_it(written, found):
    pattern = re.compile(honorific_alternation(["Dr.", "H.E.", "Assoc. Prof."]) + r"\.?")
    assert bool(pattern.fullmatch(written)) is found


def test_people_yml_holds_the_honorifics_cleaning_and_extraction_read():
    words = _people_data()["honorifics"]
    assert load_honorifics() == tuple(words)
    assert "honorifics" not in load_furniture_data(FURNITURE_FILE)  # one list, not two to keep in step
    assert {"Dr.", "H.E.", "Shri", "Sir"} <= set(words)
    assert is_honorific("Dr.") and is_honorific("Dr") and is_honorific("H. E.") and is_honorific("Smt.")
    assert not is_honorific("Director") and not is_honorific("Minister")


def test_an_added_honorific_makes_a_person_in_extraction():
    text = "The prize was given by Tun Mahathir Mohamad at the ceremony in Putrajaya."
    data = _people_data()
    # (people.yml lists Malaysia's titles of honour: taken out first, to add one back)
    data["honorifics"] = [h for h in data["honorifics"] if h not in ("Tun", "Tan Sri")]
    assert find_people(text, titles=compile_titles(data)) == []
    data["honorifics"] = [*data["honorifics"], "Tun"]
    assert find_people(text, titles=compile_titles(data)) == [{"name": "Mahathir Mohamad", "role": "Tun"}]


def test_an_added_honorific_makes_a_list_of_people_in_cleaning():
    text = f"Japan and the Region\n\n{PROSE}\nSpeakers:\nTun Mahathir Mohamad, Putrajaya\nTan Sri Ali, Kuala Lumpur\n\n{PROSE}"

    def lines(honorifics: tuple[str, ...]) -> list[str]:
        rules = compile_rules(load_furniture_data(FURNITURE_FILE), load_series_cues(), load_country_names(), honorifics)
        return [b.text for b in parse(text, rules).blocks]

    without = tuple(h for h in load_honorifics() if h not in ("Tun", "Tan Sri"))  # (people.yml lists them)
    assert "Tun Mahathir Mohamad, Putrajaya" not in lines(without)  # one wrapped paragraph
    listed = lines((*without, "Tun", "Tan Sri"))
    assert "Tun Mahathir Mohamad, Putrajaya" in listed and "Tan Sri Ali, Kuala Lumpur" in listed


def test_the_role_of_a_person_named_only_with_an_honorific_is_written_as_people_yml_writes_it():
    assert find_people("The report was presented by Dr Joanne Lim in Singapore.") == \
        [{"name": "Joanne Lim", "role": "Dr."}]
    assert find_people("Opening remarks came from Shri Ashwini Vaishnaw in New Delhi.") == \
        [{"name": "Ashwini Vaishnaw", "role": "Shri"}]


def test_a_long_name_with_titles_of_its_own_is_not_cut_at_its_fourth_word():
    # round36 AEM-METI statement, line 12: "co-chaired by H.E. Tengku Datuk Seri Utama Zafrul Abdul
    # Aziz, Minister of Investment, Trade and Industry of Malaysia, and H.E. Muto Yoji, Minister ..."
    names = [p["name"] for p in meta("round36_aem_meti_joint_media_statement.txt")["people"]]
    assert "Muto Yoji" in names
    assert not any(n.startswith("Tengku Datuk") for n in names)


def test_the_page_shows_an_honorific_before_the_name_not_as_a_role():
    class Doc:
        meta = {"people": [{"name": "Joanne Lim", "role": "Dr."}, {"name": "Muto Yoji", "role": "Minister"}]}

    assert people_markdown(Doc()) == "Dr. Joanne Lim · Muto Yoji (Minister)"


# --- titles: people.yml's too ----------------------------------------------------------------------

def test_an_added_title_makes_a_person_before_the_name_and_after_its_comma():
    before = "Chancellor Friedrich Merz met the delegation in Berlin on Monday."  # (round 56 lists "Premier")
    # (a title no list holds: "Commissioner", an apposition role, is read capitalised since round 51)
    after = "The agreement was signed by Ms. Jane Tan, Registrar of Customs, in Singapore."
    data = _people_data()
    assert find_people(before, titles=compile_titles(data)) == []
    assert find_people(after, titles=compile_titles(data)) == [{"name": "Jane Tan", "role": "Ms."}]
    data["titles"] = [*data["titles"], "Chancellor"]
    data["comma_titles"] = [*data["comma_titles"], "Registrar"]
    assert find_people(before, titles=compile_titles(data)) == [{"name": "Friedrich Merz", "role": "Chancellor"}]
    assert find_people(after, titles=compile_titles(data)) == [{"name": "Jane Tan", "role": "Registrar of Customs"}]


def test_titles_are_checked_with_the_entry_named():
    data = _people_data()
    with pytest.raises(ValueError, match=r"titles: 'prime minister' is not a title"):
        compile_titles({**data, "titles": ["Minister", "prime minister"]})
    with pytest.raises(ValueError, match="comma_titles: expected a list"):
        compile_titles({**data, "comma_titles": "Director"})


def test_an_address_is_never_read_as_a_name():
    # "Madam" is an honorific and "Speaker" a title: the name is the two words after them
    assert find_people("Madam Speaker Halimah Yacob opened the session.") == \
        [{"name": "Halimah Yacob", "role": "Speaker"}]
    data = _people_data()
    data["titles"] = [t for t in data["titles"] if t != "Speaker"]
    assert find_people("Madam Speaker Halimah Yacob opened the session.", titles=compile_titles(data)) == []


def test_an_honorific_before_a_family_name_in_capitals():
    # round29 SPF event page, line 26: "Prof. KOTANI Tetsuo, Meikai University"; "Prof." is no title in
    # people.yml, only an honorific, and the name is written family name first as Japan's government does
    people = meta("round29_spf_event_page_maritime.txt")["people"]
    assert {"name": "Tetsuo Kotani", "role": "Prof."} in people
    assert "Prof." not in _people_data()["titles"]


def test_an_aide_s_title_before_the_title_of_the_one_served_is_the_role():
    # round38 DOF joint statement, line 8: "the Japanese delegation by Special Advisor to the Prime
    # Minister Izumi Hiroto." (an adviser, not the prime minister)
    people = meta("round38_dof_japan_philippines_joint_statement.txt")["people"]
    assert {"name": "Izumi Hiroto", "role": "Special Advisor to the Prime Minister"} in people
    # without an aide's title before it, "to the" is the sentence's: the holder is named
    assert find_people("He wrote a letter to the Prime Minister Fumio Kishida.") == \
        [{"name": "Fumio Kishida", "role": "Prime Minister"}]
    data = _people_data()
    del data["aide_titles"]
    assert find_people("Special Advisor to the Prime Minister Izumi Hiroto spoke.", titles=compile_titles(data)) == \
        [{"name": "Izumi Hiroto", "role": "Prime Minister"}]
