"""Sixteenth round, metadata: documents on Japan's cooperation with the wider Global South, where the
vocabularies were thinnest. Each is read from tests/fixtures/unseen/round16_*.txt and run through
the real pipeline: a TICAD 9 news story from an African business site (masthead, byline over its
date and reading time, the outlet named only in the copyright notice; Côte d'Ivoire / Ivory Coast,
DR Congo, Eswatini / Swaziland, the Congo Basin; AfDB, AUC, AUDA-NEPAD, Afreximbank), MOFA's
overview of PALM10 (breadcrumb over a headline set as a heading; the 18 Pacific Islands Forum
members, French Polynesia and New Caledonia among them; SPC, SPREP), a JICA project page for Nikkei
cooperatives in South America ("Update: 2024.03.12", a language switcher over the title, "in
Spanish and Guaraní", Embrapa, IDB), a JICA press release on FY2023 (Reiwa 5) in South and Central
Asia (Kyrgyz Republic / Kyrgyzstan, SAARC, CAREC) and a JCCME monthly digest on the Middle East
(UNRWA, ICRC, Iraq's Ministry of Finance, JBIC, NEXI). Every expected value was read off the
fixture's text (the line or sentence is quoted in the comments)."""

from __future__ import annotations

import pytest
from test_unseen_documents import meta
from test_unseen_round11 import ids
from test_vocab import _found

from atlas.extract import heading_title, is_masthead, is_menu
from atlas.extract_dates import find_dateline, parse_dateline, with_text_order
from atlas.extract_source import copyright_source, source_of
from atlas.extract_spans import find_people
from atlas.vocab import load_vocabulary

TICAD = "round16_ticad9_news_africa.txt"
PALM = "round16_palm10_pacific_overview.txt"
NIKKEI = "round16_jica_lac_nikkei_project.txt"
FY2023 = "round16_jica_fy2023_south_central_asia.txt"
DIGEST = "round16_jccme_digest_mena.txt"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def mentions(name: str, field: str) -> dict[str, int]:
    key = "code" if field == "countries" else "id"
    return {str(e[key]): e["mentions"] for e in meta(name).get(field) or []}


def people(name: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in meta(name).get("people") or []}


# --- title, date, source, type ----------------------------------------------------------------------

@pytest.mark.parametrize("name, title", [
    # the masthead "Pan-African Business Review" over the headline: the outlet is no title
    (TICAD, 'TICAD 9: Japan bets on private capital and "co-creation" as African leaders gather in Yokohama'),
    # the headline under "Japanese Page Home > Foreign Policy > ..." was set as a section heading
    (PALM, "The Tenth Pacific Islands Leaders Meeting (PALM10) (Overview)"),
    # under the language switcher "English | 日本語 | Español | Português"
    (NIKKEI, "Project for Strengthening Climate-Resilient Agriculture with Nikkei Agricultural Cooperatives "
             "in South America"),
    (FY2023, "JICA's Commitments to South Asia and Central Asia in FY2023: Record Support for Bangladesh, "
             "Resumption of Lending to Sri Lanka and New Connectivity Projects under the \"Central Asia + Japan\" "
             "Dialogue"),
    # a newsletter's name is its title (as round 10's JICA newsletter), the issue's headline under it
    (DIGEST, "JCCME Monthly Digest"),
])
def test_the_title_is_the_document_s_own(name, title):
    assert meta(name)["title"] == title
    assert "title_from" not in meta(name)


def test_the_digest_s_headline_stays_its_subtitle():
    assert meta(DIGEST)["subtitle"] == \
        "Japan and the Middle East in November: Gaza relief, refugees in Jordan, Iraqi power and Egyptian hydrogen"
    assert "subtitle" not in meta(TICAD)  # (the headline moved up; the standfirst is body text)


@pytest.mark.parametrize("name, date", [
    (TICAD, "2025-08-20"),  # "20 August 2025 | 6 min read", under "By Kwame Asante-Boateng in Yokohama"
    (PALM, "2024-07-18"),  # "July 18, 2024"
    (NIKKEI, "2024-03-12"),  # "Update: 2024.03.12"
    (FY2023, "2024-05-31"),  # "2024.05.31"; not FY2023, Reiwa 5 or "Reiwa 6" in the text
    (DIGEST, "2023-12"),  # "No. 215 | December 2023"
])
def test_the_date_is_the_page_s_own(name, date):
    assert meta(name)["date"] == date


@pytest.mark.parametrize("name, source", [
    (TICAD, "Pan-African Business Review"),  # "© 2025 Pan-African Business Review. All rights reserved."
    (PALM, "Ministry of Foreign Affairs of Japan"),
    (NIKKEI, "Japan International Cooperation Agency"),
    (FY2023, "Japan International Cooperation Agency"),
    (DIGEST, "Japan Cooperation Center for the Middle East"),  # "JCCME" over its name: one publisher
])
def test_the_source_is_the_publisher(name, source):
    assert meta(name)["source"] == source


@pytest.mark.parametrize("name, kind", [
    (TICAD, "news"), (PALM, "policy-announcement"), (NIKKEI, "project-page"), (FY2023, "press-release"),
    # an agency's dated, unsigned digest, but an issue of a periodical: news, not a fact sheet
    (DIGEST, "news"),
])
def test_the_type(name, kind):
    assert meta(name)["type"] == kind


# --- countries and regions ------------------------------------------------------------------------

def test_ticad_countries_in_their_varied_spellings():
    found = mentions(TICAD, "countries")
    # "Côte d'Ivoire", "Abidjan", "An Ivorian cocoa exporter", "In Ivory Coast"
    assert found["CI"] == 4
    # "The Democratic Republic of the Congo", "A DR Congo official", "Kinshasa"
    assert found["CD"] == 3
    # "Eswatini is not the Sahel", "Eswatini, which changed its name from Swaziland"
    assert found["SZ"] == 3
    assert {"CV", "TZ", "KE", "MZ", "ZM", "GH", "ET", "TN", "ZA", "LS", "SN", "NG", "EG", "MA", "SD"} <= set(found)
    assert "CG" not in found  # "the forests of the Congo Basin": no mention of the Republic of the Congo
    assert ids(TICAD, "countries", "code", focus=True) == set()  # a story about Africa, naming each country in passing
    assert ids(TICAD, "regions", focus=True) == {"africa"}


def test_the_pacific_islands_forum_s_eighteen_members_and_no_france():
    # "Australia, the Cook Islands, the Federated States of Micronesia (FSM), Fiji, French Polynesia, ..."
    members = {"AU", "CK", "FM", "FJ", "PF", "KI", "NR", "NC", "NZ", "NU", "PW", "PG", "MH", "WS", "SB", "TO",
               "TV", "VU"}
    assert ids(PALM, "countries", "code") == members | {"JP"}
    assert "FR" not in ids(PALM, "countries", "code")  # "French Polynesia" is no mention of France
    assert "pacific-islands" in ids(PALM, "regions", focus=True)


def test_the_nikkei_project_s_countries_and_not_the_language_of_its_training():
    found = ids(NIKKEI, "countries", "code")
    assert {"PY", "BR", "BO", "PE", "HN", "GT", "SV", "HT"} <= found  # "Country: Paraguay, Brazil, Bolivia, Peru"
    assert "ES" not in found  # "in Spanish and Guaraní": a language, not Spain
    assert {"PY", "BO"} <= ids(NIKKEI, "countries", "code", focus=True)
    assert ids(NIKKEI, "regions") == {"latin-america-caribbean"}


def test_south_and_central_asia_every_country_and_both_regions():
    found = mentions(FY2023, "countries")
    assert {"BD", "LK", "NP", "BT", "MV", "UZ", "KZ", "KG", "TJ", "TM"} <= set(found)
    # "Kyrgyz Republic", "the Bishkek-Osh road", "Kyrgyzstan and Tajikistan", "... Uzbekistan, Kyrgyzstan and ..."
    assert found["KG"] == 5
    assert ids(FY2023, "regions", focus=True) == {"south-asia", "central-asia"}  # SAARC is South Asia's


def test_the_middle_east_digest_s_countries():
    found = ids(DIGEST, "countries", "code")
    assert {"PS", "JO", "IQ", "EG", "TR", "MA", "SY", "IL", "AE", "SA"} <= found
    assert {"PS", "IQ", "JO", "EG"} <= ids(DIGEST, "countries", "code", focus=True)


# --- organisations ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, present, absent", [
    # "African Union Commission (AUC)" is the Union's; "African Union Development Agency (AUDA-NEPAD)"
    # its agency, not the Union; "the African Export-Import Bank (Afreximbank)". ("Japan and AfCFTA: ..."
    # is another story's headline under "Related" at the page's end: furniture, no mention; round 18)
    (TICAD, {"afdb", "african-union", "auda-nepad", "afreximbank", "undp", "world-bank", "jbic",
             "nexi", "jica", "ticad", "epsa", "jogmec", "toyota-tsusho"}, {"auc", "afcfta"}),
    # "the Pacific Community (SPC) and the Secretariat of the Pacific Regional Environment Programme (SPREP)"
    (PALM, {"pif", "spc", "sprep", "jma", "jica", "green-climate-fund", "iaea", "jcg", "jsdf", "jdr", "jocv",
            "jenesys"}, set()),
    # "Nikkei communities" are Japan's emigrants, not the newspaper; "Brazilian Agricultural Research
    # Corporation (Embrapa)", "National Institute of Agrarian Innovation (INIA)"
    (NIKKEI, {"jica", "iadb", "embrapa", "jircas", "inia", "maff", "unicef", "unops"}, {"nikkei-asia"}),
    (FY2023, {"jica", "adb", "carec", "jds", "world-bank"}, set()),
    # "the Ministry of Finance of the Republic of Iraq" is not Japan's Ministry of Finance
    (DIGEST, {"unrwa", "unhcr", "wfp", "iom", "icrc", "unicef", "jbic", "nexi", "jccme", "jica", "toyota-tsusho"},
     {"mof-japan"}),
])
def test_the_bodies_named(name, present, absent):
    found = ids(name, "organisations")
    assert present <= found
    assert not absent & found


def test_the_digest_s_acronym_is_not_run_into_its_footer():
    # "Back issues | Unsubscribe" over "Japan Cooperation Center for the Middle East (JCCME), Tokyo",
    # joined into one block: the name the vocabulary knows stops the capitalised "Unsubscribe"
    expansions = {a["abbr"]: a["expansion"] for a in meta(DIGEST)["acronyms"]}
    assert expansions["JCCME"] == "Japan Cooperation Center for the Middle East"


# --- topics -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, focus", [
    (TICAD, {"trade-investment"}),  # "Japan bets on private capital"
    (PALM, {"climate-change", "disaster-risk-reduction"}),  # "2. Climate change and disaster risk reduction"
    (NIKKEI, {"agriculture-food", "climate-change"}),  # "Climate-Resilient Agriculture"
    (FY2023, {"oda-finance", "regional-integration"}),  # "Resumption of Lending", "Connectivity Projects"
    (DIGEST, {"humanitarian", "energy"}),  # "Humanitarian assistance to the Gaza Strip", "Energy: JBIC, ..."
])
def test_the_focus_topics(name, focus):
    assert focus <= ids(name, "topics", focus=True)


# --- people -------------------------------------------------------------------------------------------

def test_people_with_their_roles():
    assert people(TICAD) == {
        "Kwame Asante-Boateng": "Author",  # "By Kwame Asante-Boateng in Yokohama"
        "Shigeru Ishiba": "Prime Minister",
        "Akinwumi Adesina": "President",  # "said Akinwumi Adesina, President of the African Development Bank"
        "Mahmoud Ali Youssouf": "Chairperson",
        "Alassane Ouattara": "President",
        "Haoliang Xu": "Administrator"}  # "The UNDP Acting Administrator, Haoliang Xu, said"
    # "Mr. KISHIDA Fumio, Prime Minister of Japan", then "Prime Minister Kishida": one person
    assert set(people(PALM)) == {"Fumio Kishida", "Mark Brown", "Baron Waqa", "James Marape", "Sitiveni Rabuka"}
    assert people(DIGEST) == {"Yoko Kamikawa": "Foreign Minister", "Mohammad Shtayyeh": "Prime Minister",
                              "Mostafa Madbouly": "Prime Minister"}


def test_a_family_name_alone_is_the_person_named_in_full_but_not_without_one():
    text = "Prime Minister Fumio Kishida spoke. Later, Prime Minister Kishida left."
    assert [p["name"] for p in find_people(text)] == ["Fumio Kishida"]
    assert [p["name"] for p in find_people("Prime Minister Kishida left.")] == ["Kishida"]


def test_a_speaker_after_said_needs_no_honorific_but_other_capitalised_words_before_a_role_do():
    # (the places and bodies a text names are no part of a role, as extraction passes them: "of Kenya")
    said = find_people('"We will build," said Jane Mwangi, Minister of Transport of Kenya.', not_names={"Kenya"})
    assert [(p["name"], p["role"]) for p in said] == [("Jane Mwangi", "Minister of Transport")]
    # no reporting verb, no honorific: capitalised words before a role are not taken for a name
    assert find_people("Roads from Nairobi to Mombasa, Minister of Transport of Kenya.") == []


def test_a_role_then_the_name_between_commas_before_the_verb():
    found = find_people("Kenya's President, William Ruto, told the summit that roads come first.")
    assert [(p["name"], p["role"]) for p in found] == [("William Ruto", "President")]
    # without the verb the commas part a list, not a name
    assert find_people("the President, Vice President, Prime Minister and others") == []


# --- the general rules behind them ----------------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("20 August 2025 | 6 min read", "2025-08-20"),
    ("March 12, 2024 · 4 mins read", "2024-03-12"),
    ("Update: 2024.03.12", "2024-03-12"),
    ("Last update: 12 March 2024", "2024-03-12"),
    ("Posted on March 12, 2024 by Admin", "2024-03-12"),  # a blog's date line and its writer
    ("12-Mar-2024", "2024-03-12"),
    ("2024/3/12 (Tue)", "2024-03-12"),  # the weekday a Japanese site prints after the date
    ("2024年3月12日（火）", "2024-03-12"),
    ("2024-03-12T09:00:00+09:00", "2024-03-12"),  # a page's metadata
])
def test_a_dateline_with_a_reading_time_or_an_update_label(line, value):
    assert parse_dateline(line).value == value


@pytest.mark.parametrize("line", ["6 min read", "Updates from 12 countries in 2024", "20 August 2025 | 6 readers",
                                  "March 2024 by the numbers", "12 March 2024 by 5,000 people"])
def test_no_date_from_these(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize("text, value", [
    ("12/03/2024\nDeadline for applications: 25/03/2024.", "2024-03-12"),  # the site writes day first
    ("12/03/2024\nRegister by 03/25/2024.", "2024-12-03"),  # month first
    ("12/03/2024\nRegister by 03/25/2024 or by 25/03/2024.", "2024"),  # both: no telling
    ("12/03/2024\nOpens on 25.03.2024.", "2024"),  # written another way: it tells nothing of this one
    ("12/03/2024\nNo other date.", "2024"),
])
def test_a_numeric_date_either_way_is_read_as_the_text_writes_its_others(text, value):
    assert with_text_order(parse_dateline("12/03/2024"), text).value == value


def test_a_date_right_under_a_byline_is_read_below_the_masthead():
    header = ["Skip to main content", "Review", "Subscribe", "Home › News", "Headline", "Standfirst"]
    assert find_dateline("\n".join([*header, "By Jane Doe in Nairobi", "20 August 2025"])).value == "2025-08-20"
    # further down, a date under anything else is the text's, not the page's
    assert find_dateline("\n".join([*header, "Nairobi", "20 August 2025"])) is None


@pytest.mark.parametrize("lines, source", [
    (["© 2025 Pan-African Business Review. All rights reserved."], "Pan-African Business Review"),
    (["Copyright © 2023 JCCME. All rights reserved."], "Japan Cooperation Center for the Middle East"),
    (["(c) 2019-2024 Vientiane Times"], "Vientiane Times"),
    (["© 2024 The Author(s). This article is published under a Creative Commons licence."], None),
    (["Photo: © JICA"], None),
    (["© JICA"], None),  # a photo's credit: neither a year nor a reservation
])
def test_the_copyright_notice_names_the_publisher(vocab, lines, source):
    assert copyright_source(lines, vocab)[0] == source


def test_an_acronym_in_capitals_stays_an_acronym_and_over_its_name_is_one_publisher(vocab):
    assert source_of(["ABCD"], vocab)[0] == "ABCD"  # not "Abcd"
    assert source_of(["ABCD", "Alpha Beta Charlie Delta"], vocab)[0] == "Alpha Beta Charlie Delta"
    assert source_of(["ABCD", "Alpha Beta Charlie Echo"], vocab)[0] == "ABCD / Alpha Beta Charlie Echo"
    assert source_of(["Nikkei"], vocab) == ("Nikkei Asia", ["nikkei-asia"])  # an outlet on its own line


def test_menus_mastheads_and_headings_as_titles(vocab):
    assert is_menu("English | 日本語 | Español | Português")
    assert not is_menu("Japan and Kenya | Business Daily")  # a headline and its outlet
    assert is_masthead("Pan-African Business Review", "Pan-African Business Review", [], vocab)
    assert is_masthead("The Jakarta Post", None, [], vocab)  # an outlet the vocabulary knows
    assert not is_masthead("Japan pledges aid", "The Jakarta Post", ["jakarta-post"], vocab)
    heads = ["The Tenth Meeting (Overview)", "1. Overview"]
    assert heading_title(["The Tenth Meeting (Overview)", "Text."], heads, set()) == "The Tenth Meeting (Overview)"
    assert heading_title(["Prose comes first.", "The Tenth Meeting (Overview)"], heads, set()) == ""
    assert heading_title(["1. Overview", "Text."], heads, set()) == ""
    assert heading_title(["Project Outline", "Text."], ["Project Outline"], set()) == ""  # a section's label


@pytest.mark.parametrize("text, present, absent", [
    ("the Ministry of Foreign Affairs of Thailand", set(), {("organisations", "mofa")}),
    ("Iraq's Ministry of Finance", {("countries", "IQ")}, {("organisations", "mof-japan")}),
    ("the Iraqi Ministry of Finance", {("countries", "IQ")}, {("organisations", "mof-japan")}),
    ("Japan's Ministry of Finance", {("organisations", "mof-japan")}, set()),
    ("the Ministry of Finance and Viet Nam", {("organisations", "mof-japan"), ("countries", "VN")}, set()),
    ("Cambodian JICA scholars", {("organisations", "jica"), ("countries", "KH")}, set()),  # an agency, not a ministry
    ("training in Spanish.", set(), {("countries", "ES")}),
    ("in Spanish and Guaraní,", set(), {("countries", "ES")}),
    ("Portuguese-speaking countries", set(), {("countries", "PT")}),
    ("Spanish companies", {("countries", "ES")}, set()),
    ("French and Japanese firms", {("countries", "FR"), ("countries", "JP")}, set()),
    ("Vietnamese.", {("countries", "VN")}, set()),  # only the languages of the data are languages
    ("Nikkei communities in Brazil", {("countries", "BR")}, {("organisations", "nikkei-asia")}),
    ("an interview with Nikkei Asia", {("organisations", "nikkei-asia")}, set()),
    ("the forests of the Congo Basin", set(), {("countries", "CG")}),
    ("the Sahel and the Horn of Africa", {("regions", "africa")}, set()),
    ("French Polynesia and New Caledonia", {("countries", "PF"), ("countries", "NC")}, {("countries", "FR")}),
    ("the Pacific Community (SPC)", {("organisations", "spc")}, {("regions", "pacific-islands")}),
    ("the UN Relief and Works Agency for Palestine Refugees", {("organisations", "unrwa")}, {("countries", "PS")}),
    ("the CAREC Program", {("organisations", "carec")}, set()),
    ("Central Asia Regional Economic Cooperation", {("organisations", "carec")}, {("regions", "central-asia")}),
    ("the Bishkek-Osh road", {("countries", "KG")}, set()),
    ("in Ramallah and Basra", {("countries", "PS"), ("countries", "IQ")}, set()),
    # the Global South's own groups and bodies: a group is not its members, a body not its region
    ("the G77 and China and the BRICS", {("regions", "g77"), ("regions", "brics")}, set()),
    ("ECOWAS, SADC and the East African Community",
     {("regions", "ecowas"), ("regions", "sadc"), ("regions", "eac")}, {("regions", "africa")}),
    ("Small Island Developing States (SIDS)", {("regions", "sids")}, set()),
    ("graduation from Least Developed Country status", {("regions", "ldcs")}, set()),
    ("the Caribbean Community (CARICOM) and Mercosur", {("regions", "caricom"), ("regions", "mercosur")},
     {("regions", "latin-america-caribbean")}),
    ("the Gulf Cooperation Council", {("regions", "gcc")}, set()),
    ("the Economic Commission for Latin America and the Caribbean", {("organisations", "eclac")},
     {("regions", "latin-america-caribbean")}),
    ("the Islamic Development Bank and CABEI", {("organisations", "isdb"), ("organisations", "cabei")}, set()),
    ("IFAD, UN Women, UN-Habitat and the UNFCCC",
     {("organisations", "ifad"), ("organisations", "un-women"), ("organisations", "un-habitat"),
      ("organisations", "unfccc")}, set()),
    ("oil spills in the Niger Delta", {("countries", "NG")}, {("countries", "NE")}),
    ("the Nacala corridor and the port of Lobito", {("countries", "MZ"), ("countries", "AO")}, set()),
    ("in Goma and Pointe-Noire", {("countries", "CD"), ("countries", "CG")}, set()),
    ("Hambantota and Pokhara", {("countries", "LK"), ("countries", "NP")}, set()),
    ("the Kurdistan Region of Iraq", {("countries", "IQ")}, set()),
    ("French Guiana", {("countries", "GF")}, {("countries", "FR")}),
    ("Pohnpei and Chuuk", {("countries", "FM")}, set()),
    ("PRODECER and ProSAVANA", {("organisations", "prodecer"), ("organisations", "prosavana")}, set()),
    ("the International Development Association", {("organisations", "world-bank")}, set()),
    ("along the Niger River", set(), {("countries", "NE")}),
])
def test_the_round_s_places_and_bodies(vocab, text, present, absent):
    found = _found(text, vocab)
    assert present <= found
    assert not absent & found
