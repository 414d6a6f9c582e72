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


# --- dates, sources and series ---------------------------------------------------------------------

def test_a_wire_timestamp_line_dates_the_story_and_the_lede_s_agency_is_its_source():
    # "February 3, 2024 8:15 AM GMT+9 Updated 2 hours ago" under the byline, then
    # "JAKARTA, Feb 3 (Reuters) - ...": the timestamp is no sentence, the lede still opens the story
    m = meta("round4_reuters_jakarta.txt")
    assert (m["date"], m["date_precision"]) == ("2024-02-03", "day")
    assert m["source"] == "Reuters" and m["type"] == "news"
    # the summary starts at the sentence, after the lede's dateline
    assert m["summary"].startswith("Japan Bank for International Cooperation")


def test_a_date_written_with_dots_dates_the_document():
    m = meta("round4_jetro_survey.txt")
    assert (m["date"], m["date_precision"]) == ("2023-12-14", "day")  # "2023.12.14"
    # the masthead above the headline ("JETRO", its full name, its issuing unit) gives the source
    assert m["source"] == "Japan External Trade Organization / Overseas Research Department"


def test_fiscal_and_era_years_in_the_text_are_not_the_date_the_dateline_is():
    # "In FY2023 (Reiwa 5)", "Figures as of 31 January 2024 (Reiwa 6)": the dateline says March 2024
    m = meta("round4_meti_fact_sheet.txt")
    assert (m["date"], m["date_precision"], m["type"]) == ("2024-03", "month", "fact-sheet")
    assert m["source"] == "Ministry of Economy, Trade and Industry"


@pytest.mark.parametrize("line, value", [
    ("February 3, 2024 8:15 AM GMT+9 Updated 2 hours ago", "2024-02-03"),
    ("Published: 14 Dec 2023, 09:00 JST", "2023-12-14"),
    ("March 5, 2024 at 10:30 a.m. JST", "2024-03-05"),
    ("3 Feb 2024 | 08:15 GMT", "2024-02-03"),
    ("2023.12.14", "2023-12-14"),
    ("2023年12月14日", "2023-12-14"),
    ("令和5年12月14日", "2023-12-14"),  # Reiwa 5
    ("令和元年5月1日", "2019-05-01"),  # the era's first year
    ("March 2024 (Reiwa 6)", "2024-03"),
])
def test_datelines_with_a_time_an_era_or_dots_are_read(line, value):
    from atlas.extract_dates import parse_dateline
    assert parse_dateline(line).value == value


@pytest.mark.parametrize("line", ["2023.13.01", "February 3, 2024 Japan opened a new centre", "FY2023"])
def test_a_line_that_is_more_or_less_than_a_date_is_no_dateline(line):
    from atlas.extract_dates import parse_dateline
    assert parse_dateline(line) is None


def test_a_first_line_naming_the_book_is_the_series_and_the_line_under_it_the_title():
    m = meta("round4_white_paper_africa.txt")
    assert m["title"] == "Chapter 2 Section 3 Africa" and "subtitle" not in m
    assert m["series"] == "White Paper on Development Cooperation 2022" and m["type"] == "white-paper"
    assert "date" not in m  # the book's year is no publication date


# --- summaries -----------------------------------------------------------------------------------

def test_an_honorific_abbreviation_does_not_end_the_summary():
    # "... and H.E. Mr. Bendito dos Santos Freitas, Minister for Foreign Affairs ...": one sentence
    summary = meta("round4_mofa_grant_timor.txt")["summary"]
    assert "and H.E. Mr. Bendito dos Santos Freitas, Minister for Foreign Affairs" in summary


# --- acronyms, people, companies -------------------------------------------------------------------

def test_an_acronym_s_long_form_starts_at_its_capitalised_first_word_not_at_an_article():
    from atlas.extract_spans import find_acronyms
    assert find_acronyms("Japan co-leads the Alliance for a Resilient Coast (ARC) with Fiji.") == [
        {"abbr": "ARC", "expansion": "Alliance for a Resilient Coast"}]  # not "a Resilient Coast"
    assert find_acronyms("the official development assistance (ODA) budget") == [
        {"abbr": "ODA", "expansion": "official development assistance"}]


def test_a_common_noun_long_form_does_not_take_the_adjective_before_it():
    # "Japanese small and medium-sized enterprises (SMEs)": Japanese describes them, it is no part of the name
    acronyms = {a["abbr"]: a["expansion"] for a in meta("round4_meti_fact_sheet.txt")["acronyms"]}
    assert acronyms["SMEs"] == "small and medium-sized enterprises"
    from atlas.extract_spans import find_acronyms
    assert find_acronyms("the Japan Agency for Medical Research and Development (AMED)")[0]["expansion"] == \
        "Japan Agency for Medical Research and Development"  # a proper name still takes its first words


def test_a_japanese_name_written_family_name_first_in_capitals_is_one_of_the_people():
    # "Foreign Minister KAMIKAWA Yoko": the same person as a story's "Foreign Minister Yoko Kamikawa"
    # (and the two signatories named before their roles, "Mr. KUROKI Hideo, Ambassador ..." and
    # "H.E. Mr. Bendito dos Santos Freitas, Minister for Foreign Affairs and Cooperation of ...")
    assert {"name": "Yoko Kamikawa", "role": "Foreign Minister"} in meta("round4_mofa_grant_timor.txt")["people"]
    from atlas.extract_spans import find_people
    assert find_people("Chair ASEAN Summit and CEO AI Solutions spoke.", not_names={"ASEAN"}) == []


def test_companies_named_with_a_wire_style_suffix_without_dots():
    orgs = {o["id"]: o for o in meta("round4_reuters_jakarta.txt")["organisations"]}
    assert orgs["fuji-electric"]["name"] == "Fuji Electric"  # "Fuji Electric Co Ltd"
    # "Toshiba Energy Systems & Solutions Corp" is a Toshiba company, not a firm called "Solutions"
    assert "solutions" not in orgs and "toshiba" in orgs
    assert "sumitomo-mitsui-banking" not in orgs and "smbc" in orgs  # "Sumitomo Mitsui Banking Corp"


# --- amounts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, written", [
    ("round4_meti_fact_sheet.txt", ["JPY 1.2 billion", "JPY 640 million", "¥30 billion", "¥14.5 billion", "¥12.0 billion"]),
    ("round4_reuters_jakarta.txt", ["$2.5 billion", "180 billion yen", "$1.22 billion", "$20 billion", "US$ 2.5 million"]),
    ("round4_white_paper_africa.txt", ["US$30 billion", "¥3.1 billion", "1 trillion yen", "US$4 billion", "US$5 billion"]),
    ("round4_jetro_survey.txt", ["US$ 189", "$212", "MYR 1.3 million"]),
    ("round4_mofa_grant_timor.txt", ["2.53 billion yen", "JPY 38.5 billion"]),
])
def test_amounts_as_written_in_the_fixtures(name, written):
    assert [a["text"] for a in meta(name)["amounts"]] == written


@pytest.mark.parametrize("text, currency, value", [
    ("a $2.5 bln loan", "USD", 2_500_000_000),  # wire shorthand, not "$2.5"
    ("US$2.5m", "USD", 2_500_000),
    ("$1.2-billion", "USD", 1_200_000_000),
    ("S$40 million", "SGD", 40_000_000),  # Singapore dollars, not US dollars
    ("A$ 3 billion", "AUD", 3_000_000_000),
    ("HK$3bn", "HKD", 3_000_000_000),
    ("JPY1.2 billion", "JPY", 1_200_000_000),  # a code glued to the figure
    ("Rp 5 trillion", "IDR", 5_000_000_000_000),
    ("RM1.3 million", "MYR", 1_300_000),
    ("₱2.1 billion", "PHP", 2_100_000_000),
    ("₹3,000 crore", "INR", 30_000_000_000),
    ("1.2 billion Japanese yen", "JPY", 1_200_000_000),
])
def test_currencies_and_scales_as_the_region_writes_them(text, currency, value):
    from atlas.extract_spans import find_amounts
    assert [(a["currency"], a["value"]) for a in find_amounts(text)] == [(currency, value)]


@pytest.mark.parametrize("text", ["Fees: ₱0 for scholars", "ARM 5 chips", "a 300 m long pier", "G20 in 2023"])
def test_no_sum_of_money_where_there_is_none(text):
    from atlas.extract_spans import find_amounts
    assert find_amounts(text) == []


def test_a_role_in_small_letters_before_a_full_name_names_a_person():
    # "Indonesian energy minister Arifin Tasrif said": wire style
    assert {"name": "Arifin Tasrif", "role": "Minister"} in meta("round4_reuters_jakarta.txt")["people"]
    from atlas.extract_spans import find_people
    assert find_people("Thai prime minister Srettha Thavisin met the minister On Tuesday Morning.") == [
        {"name": "Srettha Thavisin", "role": "Prime Minister"}]  # a date after a role is no name
    assert find_people("the president said the minister Kishida would go") == []  # one word: too little
