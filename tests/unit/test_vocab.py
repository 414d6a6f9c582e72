"""The vocabularies are reviewed data: these checks keep them loadable, valid and unambiguous."""

from __future__ import annotations

import re
from collections import defaultdict

import pycountry
import pytest
import yaml

from atlas.matching import _strings, find_entities
from atlas.vocab import DATA_DIR, load_vocabulary

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ORG_KINDS = {"agency", "company", "programme", "international", "government", "media", "research"}
ASEAN = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"}


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


@pytest.mark.parametrize("name", ["countries", "regions", "topics", "organisations", "document_types"])
def test_each_file_is_safe_yaml_holding_a_mapping(name):
    data = yaml.safe_load((DATA_DIR / f"{name}.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data


def test_country_codes_are_iso_3166_alpha_2_and_every_entry_has_a_name(vocab):
    assert len(vocab.countries) >= 190  # every sovereign state, plus a few territories
    for code, entry in vocab.countries.items():
        assert pycountry.countries.get(alpha_2=code) is not None, code
        assert entry["name"].strip(), code


def test_the_field_s_countries_are_covered_with_their_usual_spellings(vocab):
    assert ASEAN | {"TL", "IN", "BD", "LK", "PK", "NP", "KE", "ET", "NG", "ZA", "BR", "MX", "PG", "FJ"} <= set(vocab.countries)
    forms = lambda code: {vocab.countries[code]["name"], *_strings(vocab.countries[code].get("aliases"))}
    assert {"Viet Nam", "Vietnam"} <= forms("VN")
    assert {"Lao PDR", "Laos"} <= forms("LA")
    assert {"Myanmar", "Burma"} <= forms("MM")
    assert "Malaysian" in vocab.countries["MY"]["demonyms"]
    assert "Czechia" in forms("CZ")  # pycountry's name added as an alias


def test_no_surface_form_is_claimed_by_two_entries(vocab):
    claims: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for code, entry in vocab.countries.items():
        for key in ("name", "aliases", "demonyms", "cities", "ambiguous"):
            for form in _strings(entry.get(key)):
                claims[form].add(("country", code))
    for ident, entry in vocab.regions.items():
        for form in [entry["name"], *_strings(entry.get("aliases"))]:
            claims[form].add(("region", ident))
    for ident, entry in vocab.organisations.items():
        for form in [entry["name"], entry.get("full_name"), *_strings(entry.get("aliases")),
                     *_strings(entry.get("source_aliases"))]:
            if form:
                claims[form].add(("organisation", ident))
    for form in vocab.not_places:
        claims[form].add(("not a place", ""))
    clashes = {form: owners for form, owners in claims.items() if len(owners) > 1}
    assert not clashes


def test_a_country_s_languages_are_among_its_demonyms(vocab):
    # `languages` only says which demonyms also name a language; it adds no form of its own
    for code, entry in vocab.countries.items():
        assert set(_strings(entry.get("languages"))) <= set(_strings(entry.get("demonyms"))), code
    assert {"Spanish", "Portuguese", "French"} <= {f for e in vocab.countries.values() for f in _strings(e.get("languages"))}


def test_region_members_are_known_countries_and_ids_are_slugs(vocab):
    assert {"asean", "clmv", "mekong", "global-south", "latin-america-caribbean", "pacific-islands",
            "africa", "south-asia", "g7", "g20"} <= set(vocab.regions)
    for ident, entry in vocab.regions.items():
        assert SLUG.match(ident) and entry["name"] and entry["kind"] in {"group", "region"}, ident
        assert set(entry.get("members") or []) <= set(vocab.countries), ident
    assert ASEAN <= set(vocab.regions["asean"]["members"])
    assert set(vocab.regions["clmv"]["members"]) == {"KH", "LA", "MM", "VN"}


def test_topics_have_phrases_no_phrase_in_two_topics_and_settings(vocab):
    assert 20 <= len(vocab.topics) <= 30
    owner: dict[str, str] = {}
    for ident, entry in vocab.topics.items():
        assert SLUG.match(ident) and entry["name"] and entry["phrases"], ident
        for phrase in entry["phrases"]:
            assert owner.setdefault(phrase.lower(), ident) == ident, f"{phrase!r} in {owner[phrase.lower()]} and {ident}"
        for acronym in entry.get("acronyms") or []:
            assert owner.setdefault(acronym, ident) == ident, acronym
    settings = vocab.topic_settings
    assert settings["min_score"] >= 2  # one passing word never tags a document
    assert settings["amounts_topic"] in vocab.topics


def test_organisations_have_a_kind_a_name_and_valid_country(vocab):
    assert len(vocab.organisations) >= 60
    for ident, entry in vocab.organisations.items():
        assert SLUG.match(ident), ident
        assert entry["kind"] in ORG_KINDS, ident
        assert entry["name"] and entry["full_name"], ident
        if entry.get("country"):
            assert entry["country"] in vocab.countries, ident
        # the topics a body's name is a sign of are known topics, listed as a list
        assert isinstance(entry.get("topics") or [], list), ident
        assert set(entry.get("topics") or []) <= set(vocab.topics), ident


def test_document_types_are_the_nineteen_the_site_knows(vocab):
    assert set(vocab.document_types) == {"news", "white-paper", "fact-sheet", "interview", "opinion",
                                         "policy-announcement", "speech", "press-release", "procurement-notice",
                                         "project-page", "report", "email", "chronology", "statistics",
                                         "parliamentary-record", "call-for-applications", "agreement",
                                         "presentation", "social-post"}
    assert vocab.default_type in vocab.document_types
    assert all(entry["name"] for entry in vocab.document_types.values())


def test_matchers_are_built_once_per_vocabulary(vocab):
    assert vocab.matchers is vocab.matchers


def _found(text: str, vocab) -> set[tuple[str, str]]:
    return {(h.kind, h.id) for h in find_entities(text, vocab)}


@pytest.mark.parametrize("text, present, absent", [
    ("Aid to Papua New Guinea was raised.", {("countries", "PG")}, {("countries", "GN")}),
    ("Nigeria and Niger signed.", {("countries", "NG"), ("countries", "NE")}, set()),
    ("the Japan-ASEAN Integration Fund and the Japan-ASEAN meeting",
     {("organisations", "jaif"), ("countries", "JP"), ("regions", "asean")}, set()),
    ("ships in the Indian Ocean", set(), {("countries", "IN")}),
    ("Latin American and the Caribbean countries", {("regions", "latin-america-caribbean")}, {("countries", "US")}),
    ("a loan from the Asian Development Bank", {("organisations", "adb")}, {("regions", "asia")}),
    ("a Malaysian think tank and Vietnamese farmers", {("countries", "MY"), ("countries", "VN")}, set()),
    ("talks in Vientiane, then Phnom Penh", {("countries", "LA"), ("countries", "KH")}, set()),
    ("Michael Jordan visited Chad Smith", set(), {("countries", "JO"), ("countries", "TD")}),
    ("Japan, Jordan and Chad agreed.", {("countries", "JO"), ("countries", "TD")}, set()),
    ("the 10 ASEAN member states", {("regions", "asean")}, {("countries", "TH"), ("countries", "VN")}),
    ("Lao PDR, Laos and the Lao People’s Democratic Republic", {("countries", "LA")}, set()),
    ("the Democratic Republic of the Congo", {("countries", "CD")}, {("countries", "CG")}),
])
def test_place_matching_avoids_the_usual_false_friends(vocab, text, present, absent):
    found = _found(text, vocab)
    assert present <= found
    assert not (absent & found)


def test_data_stamp_changes_when_a_vocabulary_file_is_edited(tmp_path):
    from atlas.vocab import data_stamp
    (tmp_path / "topics.yml").write_text("topics: {}\n", encoding="utf-8")
    before = data_stamp(tmp_path)
    assert data_stamp(tmp_path) == before
    (tmp_path / "topics.yml").write_text("topics: {ai: {name: AI}}\n", encoding="utf-8")
    assert data_stamp(tmp_path) != before


@pytest.mark.parametrize("text, kind, ident", [
    ("the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre)", "organisations", "aha-centre"),
    ("Japan Overseas Cooperation Volunteers", "organisations", "jocv"),
    ("the New Energy and Industrial Technology Development Organization", "organisations", "nedo"),
    ("Keidanren", "organisations", "keidanren"),
    ("the Green Climate Fund", "organisations", "green-climate-fund"),
    ("the Electricity Generating Authority of Thailand", "organisations", "egat"),
    ("Mitsubishi Heavy Industries", "organisations", "mhi"),
    ("the Quad", "regions", "quad"),
    ("IPEF", "regions", "ipef"),
    ("ASEAN+3", "regions", "asean-plus-three"),
    ("Asia and Oceania", "regions", "oceania"),
    ("a Filipina nurse", "countries", "PH"),
    # other partners' agencies, beside which Japan's projects are written about
    ("co-financed with the Korea International Cooperation Agency (KOICA)", "organisations", "koica"),
    ("USAID and JICA signed a joint fact sheet", "organisations", "usaid"),
    ("the Deutsche Gesellschaft für Internationale Zusammenarbeit", "organisations", "giz"),
    ("Agence Française de Développement", "organisations", "afd"),
    ("Australia's Department of Foreign Affairs and Trade", "organisations", "dfat"),
    ("the Foreign, Commonwealth and Development Office", "organisations", "fcdo"),
    ("the European Bank for Reconstruction and Development", "organisations", "ebrd"),
    ("AUN/SEED-Net", "organisations", "aun-seed-net"),
    ("SEAMEO", "organisations", "seameo"),
    # Japanese universities and companies that recur in the field's texts
    ("researchers of Hokkaido University", "organisations", "hokkaido-university"),
    ("the University of Tokyo", "organisations", "university-of-tokyo"),
    ("Tokyo Electric Power Company", "organisations", "tepco"),
    ("Shimizu Corporation", "organisations", "shimizu-corporation"),
    ("RCEP", "regions", "rcep"),
    ("BIMSTEC", "regions", "bimstec"),
])
def test_bodies_groups_and_demonyms_of_the_field_are_known(vocab, text, kind, ident):
    hits = find_entities(text, vocab)
    assert any(h.kind == kind and h.id == ident for h in hits), hits


def test_a_group_s_name_inside_an_organisation_s_name_is_the_organisation(vocab):
    hits = find_entities("The AHA Centre and the ASEAN+3 Macroeconomic Research Office (AMRO) met.", vocab)
    assert [(h.kind, h.id) for h in hits] == [("organisations", "aha-centre"), ("organisations", "amro")]


def test_topic_phrases_are_written_in_small_letters_and_acronyms_as_acronyms(vocab):
    # phrases match in any case, so a capital in one only hides that it is a phrase; an acronym
    # matches case-sensitively, so it must be written as the text writes it
    for ident, entry in vocab.topics.items():
        assert all(p == p.lower() and p == p.strip() and p for p in entry["phrases"]), ident
        for acronym in entry.get("acronyms") or []:
            assert acronym != acronym.lower() and acronym == acronym.strip(), (ident, acronym)


def test_topic_names_are_unique_and_no_acronym_is_another_topic_s_phrase(vocab):
    names = [entry["name"].lower() for entry in vocab.topics.values()]
    assert len(names) == len(set(names))
    phrase_owner = {p: ident for ident, entry in vocab.topics.items() for p in entry["phrases"]}
    for ident, entry in vocab.topics.items():
        for acronym in entry.get("acronyms") or []:
            assert phrase_owner.get(acronym.lower(), ident) == ident, acronym


def test_each_not_topics_phrase_holds_a_topic_phrase_it_silences(vocab):
    from atlas.matching import find_topics
    not_topics = vocab.topic_settings.get("not_topics") or []
    assert not_topics
    for phrase in not_topics:
        assert phrase == phrase.lower(), phrase
        hits = find_topics(phrase, vocab)
        assert hits and all(h.end - h.start < len(phrase) for h in hits), phrase


@pytest.mark.parametrize("text, present, absent", [
    ("under the Paris Agreement and the Kyoto Protocol", set(), {("countries", "FR"), ("countries", "JP")}),
    ("the Sendai Framework for Disaster Risk Reduction", set(), {("countries", "JP")}),
    ("a plant in Thai Nguyen and a road to Lao Cai", {("countries", "VN")}, {("countries", "TH"), ("countries", "LA")}),
    ("the Kulim Hi-Tech Park in Kedah", {("countries", "MY")}, set()),
    ("experts from Dhaka met in Port Moresby", {("countries", "BD"), ("countries", "PG")}, set()),
    ("Mongolians in Ulaanbaatar", {("countries", "MN")}, set()),
    ("the Ministry of the Environment of Japan (MOEJ)", {("organisations", "moe-japan")}, set()),
    # a district of Lima named after a country: Peru, not El Salvador; the port of Lima
    ("Line 1 runs from Villa El Salvador to San Juan de Lurigancho", {("countries", "PE")}, {("countries", "SV")}),
    ("the Callao Metro", {("countries", "PE")}, set()),
])
def test_place_matching_knows_this_round_s_names_and_false_friends(vocab, text, present, absent):
    found = _found(text, vocab)
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize("text, places", [
    ("Japan joined the Colombo Plan in 1954.", {("countries", "JP"), ("organisations", "colombo-plan")}),
    ("The Bangkok Declaration founded ASEAN in 1967.", {("regions", "asean")}),
    ("The Hanoi Plan of Action and the Bali Concord set the course.", set()),
    ("A meeting in Colombo, then one in Bangkok.", {("countries", "LK"), ("countries", "TH")}),
    ("Ash from the Hunga Tonga eruption reached Fiji.", {("countries", "FJ")}),
    ("Japan will mobilise 75 billion US dollars for Viet Nam.", {("countries", "JP"), ("countries", "VN")}),
    ("A loan of 40 million Singapore dollars to Singapore.", {("countries", "SG")}),
])
def test_a_scheme_or_declaration_named_after_a_city_is_no_mention_of_its_country(text, places):
    from atlas.matching import find_entities
    assert {(h.kind, h.id) for h in find_entities(text, load_vocabulary())} == places


def test_a_key_written_twice_in_a_vocabulary_file_is_refused_with_its_lines(tmp_path):
    # YAML would keep the second entry silently: a duplicated organisation in a pull request
    # would replace the reviewed one
    import yaml

    from atlas.vocab import load_yaml
    path = tmp_path / "organisations.yml"
    path.write_text("organisations:\n  vna:\n    name: VNA\n  kpl:\n    name: KPL\n  vna:\n    name: Other\n",
                    encoding="utf-8")
    with pytest.raises(yaml.YAMLError) as err:
        load_yaml(path)
    message = str(err.value)
    assert "'vna' a second time (first at line 2)" in message and "line 6" in message
    # (the same key in two different mappings is fine)
    path.write_text("a:\n  name: X\nb:\n  name: Y\n", encoding="utf-8")
    assert load_yaml(path) == {"a": {"name": "X"}, "b": {"name": "Y"}}



@pytest.mark.parametrize("text", [
    # family names that companies carry are no company alone: a reporter, an official
    "By Stefanno Sulaiman and Yuka Obayashi",  # round4_reuters_jakarta.txt line 2
    "Takeda Sachiko said the plant would open",  # round33_jakarta_post_mrt_loan.txt names her
    "Keisuke Honda visited the school",
    "Shimizu Kenji and Nguyen Thi Hoa",
])
def test_a_family_name_a_company_carries_is_no_company(vocab, text):
    assert [h for h in find_entities(text, vocab) if h.kind == "organisations"] == []


@pytest.mark.parametrize("text, topic", [
    ("Tokyo will lend Rp4.2 trillion for cold chains and breakwaters", "agriculture-food"),  # round38_tempo line 11
    ("a joint lab on quantum computing with Singapore", "science-technology-innovation"),
    ("a blockchain-based land registry", "digital-transformation"),
    ("the metro line is built as a public-private partnership", "infrastructure"),
    ("Japan's banks bought the first green bonds of the Philippines", "climate-change"),
])
def test_the_field_s_newer_phrases_name_their_topic(vocab, text, topic):
    from atlas.matching import find_topics
    assert topic in {h.id for h in find_topics(text, vocab)}


@pytest.mark.parametrize("text, ident", [
    ("The East African Community met on Monday", "eac"),  # (no outlet's alias "The East African" takes its start)
])
def test_an_outlet_s_name_never_takes_a_group_s(vocab, text, ident):
    assert [(h.kind, h.id) for h in find_entities(text, vocab)] == [("regions", ident)]


@pytest.mark.parametrize("text, ident", [
    # Japan's agencies, banks and research institutes
    ("scholarships of the Japan Student Services Organization (JASSO)", "jasso"),
    ("a loan from the Development Bank of Japan", "dbj"),
    ("the Japan International Cooperation Center trains officials", "jice"),
    ("the Institute for Global Environmental Strategies (IGES)", "iges"),
    ("a study by the JICA Ogata Sadako Research Institute for Peace and Development", "jica-ogata-research-institute"),
    ("NGOs of Japan Platform sent relief", "japan-platform"),
    ("under the Bay of Bengal Industrial Growth Belt (BIG-B) initiative", "big-b"),
    ("the Asia Energy Transition Initiative (AETI)", "aeti"),
    # regional forums and partners' agencies
    ("at the ASEAN Regional Forum", "arf"),
    ("the East Asia Summit (EAS)", "eas"),
    ("the Indian Ocean Rim Association", "iora"),
    ("the Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS)", "acmecs"),
    ("the Lancang–Mekong Cooperation of China", "lancang-mekong-cooperation"),  # (an en dash, as written)
    ("the United Nations Institute for Training and Research (UNITAR) Hiroshima Office", "unitar"),
    ("the United Nations Centre for Regional Development in Nagoya", "uncrd"),
    ("the BRICS countries' New Development Bank", "ndb"),
    ("the Thailand International Cooperation Agency (TICA)", "tica"),
    ("Türkiye's TİKA", "tika"),
    # chip makers and energy companies the field's texts name
    ("Renesas Electronics", "renesas"),
    ("Tokyo Electron and Kokusai Electric", "tokyo-electron"),
    ("Tokyo Electron and Kokusai Electric", "kokusai-electric"),
    ("plants of Rapidus in Hokkaido", "rapidus"),
    ("Taiwan's TSMC opened a plant", "tsmc"),
    ("INPEX's Abadi LNG project", "inpex"),
    ("Tokyo Gas and Osaka Gas", "tokyo-gas"),
    ("Tokyo Gas and Osaka Gas", "osaka-gas"),
    ("a plant built by JFE Engineering", "jfe-engineering"),
    ("Chiyoda Corporation", "chiyoda-corporation"),
])
def test_agencies_forums_and_companies_of_the_field_are_organisations(vocab, text, ident):
    assert ident in {h.id for h in find_entities(text, vocab) if h.kind == "organisations"}


@pytest.mark.parametrize("text, absent", [
    ("Tokyo Electron opened a lab", ("countries", "JP")),  # a company's name, no mention of Japan
    ("the Thailand International Cooperation Agency", ("countries", "TH")),
    ("the Asia Energy Transition Initiative", ("regions", "asia")),
    ("offices in Chiyoda, Tokyo", ("organisations", "chiyoda-corporation")),  # a ward of Tokyo
    ("TEL: +81 3 1234 5678", ("organisations", "tokyo-electron")),  # a telephone number's label
    ("ships under the MLC", ("organisations", "lancang-mekong-cooperation")),  # the Maritime Labour Convention
])
def test_a_place_inside_a_new_organisation_s_name_and_their_false_friends(vocab, text, absent):
    assert absent not in {(h.kind, h.id) for h in find_entities(text, vocab)}
