"""Fourth round on documents shaped unlike the seeds (tests/fixtures/unseen/round4_*.txt): a METI
fact sheet with fiscal years and Japanese-era years, a Reuters wire story with its timestamp line,
a white-paper chapter section, a JETRO survey summary and a MOFA press release. What extraction
reads from them (organisations in their many spellings, places, dates, amounts, people), asserted
on the real output of the pipeline."""

from __future__ import annotations

import pytest

# the same fixture readers as rounds one to three, so every round reads the documents one way
from test_unseen_documents import meta


def ids(name: str, key: str) -> list[str]:
    return [e.get("id") or e.get("code") for e in meta(name).get(key, [])]


def mentions(name: str, key: str) -> dict[str, int]:
    return {e.get("id") or e.get("code"): e["mentions"] for e in meta(name).get(key, [])}


# --- organisations in the spellings the field uses -----------------------------------------------

@pytest.mark.parametrize("name, expected", [
    # "AOTS/HIDA" and "HIDA": one body under its old and new names
    ("round4_meti_fact_sheet.txt", {"meti", "aots", "jetro", "nexi"}),
    # "Japan External Trade Organisation" (British spelling), the AOTS full name, AMRO by its full name
    ("round4_jetro_survey.txt", {"jetro", "jbic", "nexi", "aots", "eria", "amro", "adb"}),
    # the megabanks and the state utility co-financing a JBIC deal; JFPR, the ADB trust fund
    ("round4_reuters_jakarta.txt", {"jbic", "nexi", "adb", "pln", "mufg", "smbc", "jfpr", "azec", "reuters"}),
    # partners and programmes of Japan's Africa cooperation
    ("round4_white_paper_africa.txt", {"jica", "afdb", "ticad", "abe-initiative", "e-just", "card", "agra", "epsa"}),
])
def test_organisations_are_recognised_by_acronym_full_name_and_variant_spelling(name, expected):
    assert expected <= set(ids(name, "organisations"))


def test_a_body_written_under_two_names_is_one_organisation():
    # "AOTS/HIDA training" and "a HIDA training course": two mentions of AOTS, no "HIDA" entry
    assert mentions("round4_meti_fact_sheet.txt", "organisations")["aots"] == 2
    assert "hida" not in ids("round4_meti_fact_sheet.txt", "organisations")


def test_an_organisation_s_name_is_not_a_mention_of_the_place_or_group_inside_it():
    # "ASEAN+3 Macroeconomic Research Office" is AMRO, not ASEAN; "... for Africa" programmes are not Africa
    assert "asean" not in ids("round4_jetro_survey.txt", "regions")
    assert mentions("round4_white_paper_africa.txt", "regions") == {"africa": 3}


# --- places ----------------------------------------------------------------------------------------

def test_regions_the_field_names_have_pages_of_their_own():
    assert "oceania" in ids("round4_jetro_survey.txt", "regions")  # JETRO's "Asia and Oceania"


@pytest.mark.parametrize("name, codes", [
    # "Myanmar (Burma)" once, "Lao" enterprises, a "Thai" maker, "Cambodian" participants
    ("round4_meti_fact_sheet.txt", {"TH", "VN", "ID", "PH", "MY", "KH", "LA", "MM"}),
    # "Timor Leste" without its hyphen, "Papua New Guinea" not Guinea
    ("round4_jetro_survey.txt", {"IN", "BD", "PK", "VN", "LA", "KH", "MM", "TL", "PG", "PH", "TH", "MY"}),
    # "Côte d’Ivoire" with a curly apostrophe, "Ivorian", "Türkiye"
    ("round4_white_paper_africa.txt", {"CI", "ET", "KE", "TZ", "SN", "MG", "MZ", "UG", "CD", "EG", "TN", "TR"}),
])
def test_countries_in_their_many_spellings_and_demonyms(name, codes):
    assert set(ids(name, "countries")) - {"JP"} == codes


def test_myanmar_followed_by_its_old_name_in_brackets_is_one_mention():
    assert mentions("round4_meti_fact_sheet.txt", "countries")["MM"] == 1


def test_islands_and_industrial_provinces_imply_their_country():
    # Sumatra and Sulawesi, Chonburi, Bac Ninh, Kyushu: places the field names without the country
    assert mentions("round4_reuters_jakarta.txt", "countries")["ID"] == 9
    assert mentions("round4_meti_fact_sheet.txt", "countries")["TH"] == 4
    assert mentions("round4_meti_fact_sheet.txt", "countries")["VN"] == 4
