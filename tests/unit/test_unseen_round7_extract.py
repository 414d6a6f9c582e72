"""Seventh round, extraction precision: what a document only names in passing, or names inside
another name, is no topic or focus of it. Names of organisations and companies are no topic
evidence (unless the body's name states its one mandate), and new bodies of the fixtures are
known. Every expected value was written by reading the fixture's text."""

from __future__ import annotations

import pytest

# the same fixture readers as round one, so every round reads the documents one way
from test_unseen_documents import ROOT, meta

from atlas.clean import clean_text
from atlas.extract import extract_metadata
from atlas.extract_terms import Parts, topics, word_count
from atlas.read import read_seed
from atlas.vocab import load_vocabulary


def tagged(name: str, field: str = "topics", key: str = "id") -> set[str]:
    return {str(e[key]) for e in meta(name).get(field) or []}


def focus(name: str, field: str = "topics", key: str = "id") -> set[str]:
    return {str(e[key]) for e in meta(name).get(field) or [] if e.get("focus")}


def topic_ids(title: str, *paragraphs: str) -> set[str]:
    body = tuple(paragraphs)
    parts = Parts(head=(title,), headings=(), body=body, words=word_count(body))
    return {t["id"] for t in topics(parts, load_vocabulary())}


def _seed_meta(name: str) -> dict:
    """The extracted metadata of a seed (seeds/), read like the fixtures."""
    seed = read_seed(ROOT / "seeds" / name, ROOT)
    return extract_metadata(seed, clean_text(seed.text), load_vocabulary())


# --- a topic word inside a body's name ----------------------------------------------------------

@pytest.mark.parametrize("title, paragraphs, absent", [
    # an engineering consultancy is a company, not science and technology
    ("Bridge survey signed", ("Yachiyo Engineering will survey the bridge.",
                              "The survey by Yachiyo Engineering starts in May."), "science-technology-innovation"),
    # UNICEF's "Fund" is an agency's name, not aid finance
    ("Schools connected", ("The United Nations Children's Fund connected schools.",
                           "The United Nations Children's Fund will report in June."), "oda-finance"),
    # METI's "Trade" is a ministry's name
    ("Ministers meet", ("The Ministry of Economy, Trade and Industry hosted the meeting.",
                        "The Ministry of Economy, Trade and Industry will publish a summary."), "trade-investment"),
    # a company the vocabulary does not know, found by its legal suffix
    ("Survey contract awarded", ("Sakura Engineering Co., Ltd. won the contract.",
                                 "Sakura Engineering Co., Ltd. will start in May."), "science-technology-innovation"),
])
def test_a_topic_word_inside_an_organisation_s_name_is_no_topic(title, paragraphs, absent):
    assert absent not in topic_ids(title, *paragraphs)


def test_a_body_whose_name_states_its_mandate_still_counts_for_it():
    # organisations.yml `topics`: the Philippine Coast Guard is a sign of security, the
    # Initiative for ASEAN Integration of regional integration
    assert "security" in topic_ids("Japan hands over boats to the Philippine Coast Guard",
                                   "The boats were handed over to the Philippine Coast Guard in Manila.")
    assert "regional-integration" in topic_ids("Japan's cooperation to the Initiative for ASEAN Integration",
                                               "Japan supports the Initiative for ASEAN Integration.")


@pytest.mark.parametrize("name, absent", [
    # "Japan's trade ministry" and NEXI's "Investment": the story is geothermal finance
    ("round4_reuters_jakarta.txt", "trade-investment"),
    # "invest $30 billion" once, and the Enhanced Private Sector Assistance's name
    ("round4_white_paper_africa.txt", "trade-investment"),
    # "ASEAN Integration" twice, once inside the Japan-ASEAN Integration Fund's name
    ("round6_white_paper_asterisk_notes.txt", "regional-integration"),
])
def test_fixtures_lose_topics_only_a_body_s_name_gave_them(name, absent):
    assert absent not in tagged(name)


def test_the_coast_guard_handover_keeps_security_as_its_focus():
    # "Japan Hands Over Ten Rescue Boats and Training Equipment to the Philippine Coast Guard"
    assert "security" in focus("round5_embassy_handover.txt")


# --- passing words that name something else ---------------------------------------------------------

def test_the_pandemic_as_the_time_of_an_event_is_no_health_topic():
    # round6_white_paper_asterisk_notes: "medical supplies" in a list of products and a company
    # president's "We learned during the pandemic that one factory is not enough"
    assert "health" not in tagged("round6_white_paper_asterisk_notes.txt")
    assert "health" not in topic_ids("Factory moves to Binh Duong",
                                     "The projects cover medical supplies and automotive parts.",
                                     "We learned during the pandemic that one factory is not enough.")
    assert "health" in topic_ids("Vaccines for the region", "The pandemic strained hospitals.",
                                 "Japan supplied vaccines during the pandemic.")


def test_construction_of_anything_is_no_infrastructure():
    # seed 004: "the construction of a new mechanism of international cooperation"; round 6's
    # "Vice Minister of Construction of Viet Nam"
    assert "infrastructure" not in topic_ids("A new policy", "It supports the construction of a hydrogen plant.",
                                             "It refers to the construction of a new mechanism.")
    # a construction project is one: the Yen Xa Sewage Treatment Plant Construction Project
    assert "infrastructure" in tagged("round6_bilingual_jica.txt")


@pytest.mark.parametrize("text, absent", [
    ("Japan's trade ministry said the deal fell under AZEC. The trade ministry will report.", "trade-investment"),
    ("Members grant each other national treatment. Preferential treatment ends in 2030.", "health"),
])
def test_false_friends_of_topic_words(text, absent):
    assert absent not in topic_ids("News", text)


# --- a country's focus in a news story --------------------------------------------------------------

EARLY_WARNING = "round6t_drr_pacific_bangladesh.txt"


def test_a_news_story_s_focus_countries_are_named_in_its_title_or_lede():
    # "Pacific Island Countries Learn from Bangladesh's Cyclone Early Warning Experience": the
    # lede names Port Moresby and the National Disaster Centre of Papua New Guinea; Fiji (the
    # participants' list, the Fiji Meteorological Service in Nadi, Suva) and Tonga (the list, a
    # Tongan delegate, the Hunga Tonga eruption) are named three or four times but are no focus
    assert focus(EARLY_WARNING, "countries", "code") == {"BD", "PG"}
    assert {"FJ", "TO"} <= tagged(EARLY_WARNING, "countries", "code")


def test_a_rival_named_later_in_a_news_story_is_no_focus():
    # seed 000: "countering China's rise in the tech sector" (four mentions) in a story about
    # Japan's aid to Southeast Asian projects; the lede names no country but Japan
    seed_meta = _seed_meta("000_db47cdf4b8e84d5a.txt")
    assert "CN" in {c["code"] for c in seed_meta["countries"]}
    assert not any(c["focus"] for c in seed_meta["countries"])


def test_a_white_paper_s_focus_countries_still_come_from_its_sections():
    # seed 001 has no lede that names its countries: Malaysia (MJIIT), Thailand (AJCCBC) and
    # Egypt (E-JUST) are each a paragraph's subject and stay its focus
    seed_meta = _seed_meta("001_498dd1a1f8797f67.txt")
    assert {"MY", "TH", "EG"} <= {c["code"] for c in seed_meta["countries"] if c["focus"]}



# --- bodies the fixtures name ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, present", [
    # "coastal radar systems to the Philippine Navy"; "the Armed Forces of the Philippines"
    ("round6t_osa_philippines_radar.txt", {"philippine-navy", "afp-philippines", "pcg"}),
    # "the Japan Coast Guard and the PCG command centre"
    ("round3_sub_items.txt", {"jcg", "pcg"}),
    # "training ... by the Japan Coast Guard"; "the Economic and Social Development Programme, a grant aid"
    ("round5_embassy_handover.txt", {"jcg", "esdp", "pcg"}),
    # "the National Disaster Centre of Papua New Guinea", "the PNG National Weather Service", "the Fiji
    # Meteorological Service in Nadi", Bangladesh's "Cyclone Preparedness Programme"
    ("round6t_drr_pacific_bangladesh.txt", {"ndc-png", "png-weather-service", "fiji-met-service", "cpp-bangladesh"}),
    # "Secretary of the Department of Public Works and Highways"
    ("round5x_embassy_signing.txt", {"dpwh"}),
    # "the Department of Information and Communications Technology (DICT)"
    ("markup_literal.txt", {"dict-philippines"}),
    # "the Ministry of Communication and Informatics of Indonesia"
    ("round3_lead_in_bullets.txt", {"kominfo"}),
    # "Executing agency: Hanoi People's Committee"
    ("round6_bilingual_jica.txt", {"hanoi-peoples-committee"}),
    # "officials of the National Civil Protection Authority" (Timor-Leste)
    ("round3_greeting_speech.txt", {"ncpa-timor-leste"}),
    # "Japan's Special Terms for Economic Partnership (STEP)"
    ("round5_news_site_timestamp.txt", {"step"}),
    # "Hanoi University of Science and Technology", "the Partnership for Quality Infrastructure"
    ("interview_qa.txt", {"hust", "pqi"}),
    # "the Just Energy Transition Partnership"
    ("round4_reuters_jakarta.txt", {"jetp"}),
    # "the Japan-ASEAN Comprehensive Connectivity Initiative"
    ("speech_transcript.txt", {"jaccci"}),
])
def test_bodies_named_in_the_fixtures_are_known(name, present):
    assert present <= tagged(name, "organisations")


@pytest.mark.parametrize("name, ident, kind", [
    ("round6t_osa_philippines_radar.txt", "philippine-navy", "government"),
    ("round6t_osa_philippines_radar.txt", "afp-philippines", "government"),
    ("round6t_drr_pacific_bangladesh.txt", "cpp-bangladesh", "programme"),
    ("interview_qa.txt", "hust", "research"),
])
def test_new_bodies_have_their_kind(name, ident, kind):
    assert {o["id"]: o["kind"] for o in meta(name)["organisations"]}[ident] == kind


def test_a_security_force_s_name_is_a_sign_of_security():
    # "Philippine Navy" holds the topic word "navy", "Japan Coast Guard" "coast guard": their
    # entries name security as the topic their names are a sign of
    assert "security" in topic_ids("Radars for the Philippine Navy",
                                   "Japan will provide radars to the Philippine Navy.")
    assert "security" in topic_ids("Japan Coast Guard trains officers",
                                   "The Japan Coast Guard trained officers in Manila.")
    assert "security" in focus("round6t_osa_philippines_radar.txt")
