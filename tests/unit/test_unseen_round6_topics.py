"""Sixth round, topics and places: documents on the field's current agenda (semiconductor supply
chains, the Joint Crediting Mechanism, Official Security Assistance, early warning) in
tests/fixtures/unseen/round6t_*.txt, and the topics the earlier fixtures gained from the
vocabulary of this round. Every expected value was written by reading the fixture's text."""

from __future__ import annotations

import pytest

# the same fixture readers as round one, so every round reads the documents one way
from test_unseen_documents import meta

from atlas.extract_terms import Parts, topics, word_count
from atlas.vocab import load_vocabulary


def tagged(name: str, field: str = "topics", key: str = "id") -> set[str]:
    return {str(e[key]) for e in meta(name).get(field) or []}


def focus(name: str, field: str = "topics", key: str = "id") -> set[str]:
    return {str(e[key]) for e in meta(name).get(field) or [] if e.get("focus")}


# --- the four documents of this round --------------------------------------------------------------

SEMICONDUCTORS = "round6t_malaysia_semiconductor.txt"
JCM = "round6t_jcm_mongolia.txt"
OSA = "round6t_osa_philippines_radar.txt"
EARLY_WARNING = "round6t_drr_pacific_bangladesh.txt"


@pytest.mark.parametrize("name, present, in_focus, absent", [
    # METI-MITI memorandum: chips, supply chain resilience and economic security, 60,000 engineers,
    # SMEs and JETRO's business mission, rare earth processing in Pahang; the RM 7.8 billion is
    # investment, not aid
    (SEMICONDUCTORS, {"semiconductors", "economic-security", "trade-investment", "education-hr",
                      "critical-minerals"}, {"semiconductors", "economic-security"},
     {"oda-finance", "security", "health", "climate-change"}),
    # JCM model projects: greenhouse gas emission reductions, credits, NDCs, the Paris Agreement;
    # a solar plant with batteries, coal-fired boilers, energy efficiency
    (JCM, {"climate-change", "energy"}, {"climate-change"}, {"security", "health", "transport"}),
    # OSA: coastal radars for the Navy, maritime domain awareness; ODA is named only to say OSA
    # is not ODA (and for the PCG's vessels), so it is no focus
    (OSA, {"security"}, {"security"}, {"health", "disaster-risk-reduction", "climate-change"}),
    # a workshop on multi-hazard early warning; Port Moresby and Port Vila are capitals, not ports
    (EARLY_WARNING, {"disaster-risk-reduction"}, {"disaster-risk-reduction"}, {"transport", "security"}),
])
def test_topics_of_the_round_s_documents(name, present, in_focus, absent):
    assert present <= tagged(name)
    assert in_focus <= focus(name)
    assert not absent & tagged(name)


def test_oda_is_no_focus_of_official_security_assistance():
    assert "oda-finance" not in focus(OSA)


@pytest.mark.parametrize("name, countries, in_focus", [
    # "Kuala Lumpur", "Penang", "Kulim Hi-Tech Park in Kedah", "Malaysian", "Pahang"
    (SEMICONDUCTORS, {"MY", "JP"}, {"MY"}),
    # "Mongolia", "Ulaanbaatar", "Mongolian power producer"; "Thailand", "Rayong", "Thai partner";
    # the Paris Agreement is no mention of France
    (JCM, {"MN", "TH", "JP"}, {"MN", "TH"}),
    # "Manila", "Filipino personnel", "Luzon", "Palawan"
    (OSA, {"PH", "JP"}, {"PH"}),
    # "Dhaka", "Bangladeshi experts"; "Port Moresby", "PNG"; "Nadi", "Suva"; "Honiara"; "Port Vila"
    (EARLY_WARNING, {"BD", "PG", "FJ", "SB", "VU", "WS", "TO", "KI", "TV", "JP"}, {"BD", "PG"}),
])
def test_countries_of_the_round_s_documents_by_name_city_and_demonym(name, countries, in_focus):
    assert tagged(name, "countries", "code") == countries
    assert in_focus <= focus(name, "countries", "code")


def test_capitals_alone_name_their_countries():
    mentions = {e["code"]: e["mentions"] for e in meta(EARLY_WARNING)["countries"]}
    assert mentions["SB"] == 2  # "Solomon Islands" and "Honiara"
    assert mentions["VU"] == 2  # "Vanuatu" and "Port Vila"


@pytest.mark.parametrize("name, regions", [
    (OSA, {"indo-pacific"}),  # "a Free and Open Indo-Pacific (FOIP)"
    (EARLY_WARNING, {"pacific-islands"}),
    (SEMICONDUCTORS, {"asean"}),  # "fourth-largest trading partner in ASEAN"
])
def test_regions_of_the_round_s_documents(name, regions):
    assert regions <= tagged(name, "regions")


def test_the_pacific_islands_are_the_focus_region_of_the_early_warning_workshop():
    assert focus(EARLY_WARNING, "regions") == {"pacific-islands"}


@pytest.mark.parametrize("name, org, absent", [
    (JCM, "moe-japan", "moej"),  # "Ministry of the Environment of Japan (MOEJ)": one body, not two
    (OSA, "pcg", None),  # "the Philippine Coast Guard"
    (EARLY_WARNING, "jma", None),  # "the Japan Meteorological Agency in Tokyo"
])
def test_bodies_of_the_round_are_known(name, org, absent):
    assert org in tagged(name, "organisations")
    assert absent not in tagged(name, "organisations")


# --- what the earlier fixtures gained from this round's vocabulary -------------------------------------

@pytest.mark.parametrize("name, present, in_focus", [
    # "Japan to help Lao PDR and Timor-Leste digitise land registries": digitising cadastral records
    ("british_news_lede.txt", {"digital-transformation", "governance"}, {"digital-transformation", "governance"}),
    # "Japan Funds Solar Microgrids in Timor-Leste's Remote Villages"
    ("lone_note.txt", {"energy"}, {"energy"}),
    # the Jakarta Mass Rapid Transit East-West Line
    ("ministry_news_fy.txt", {"transport", "oda-finance"}, {"transport"}),
    # "Joint Satellite Data Centre for Disaster Response": earth-observation satellites, ALOS-4
    ("press_release_kyodo.txt", {"space", "disaster-risk-reduction"}, {"space", "disaster-risk-reduction"}),
    # "Cooperation with Southeast Asia in the Digital Field": DFFT, data governance, data flows
    ("white_paper_numbering.txt", {"digital-transformation", "ict"}, {"digital-transformation"}),
    # "Digital Talent Programme for Small Businesses": SMEs, e-commerce, digital skills
    ("round3_lead_in_bullets.txt", {"digital-transformation", "trade-investment", "education-hr"},
     {"digital-transformation", "trade-investment"}),
    # "Survey on Business Conditions of Japanese-Affiliated Companies Overseas"
    ("round4_jetro_survey.txt", {"trade-investment"}, {"trade-investment"}),
    # "Project for the Improvement of Water Supply in Baucau": a water treatment plant, safe water
    ("round4_mofa_grant_timor.txt", {"environment", "oda-finance"}, {"oda-finance"}),
    # rescue boats for coast guard districts "frequently hit by typhoons and floods"
    ("round5_embassy_handover.txt", {"security", "disaster-risk-reduction"}, {"security"}),
])
def test_earlier_fixtures_gain_the_topics_their_text_is_about(name, present, in_focus):
    assert present <= tagged(name)
    assert in_focus <= focus(name)


def test_a_satellite_mentioned_once_is_no_space_topic():
    # round3_sub_items: "Joint use of satellite data provided by ... (JAXA)", once, in a maritime dialogue
    assert "space" not in tagged("round3_sub_items.txt")


# --- scoring rules, on short texts ------------------------------------------------------------------

def topic_ids(title: str, *paragraphs: str) -> set[str]:
    body = tuple(paragraphs)
    parts = Parts(head=(title,), headings=(), body=body, words=word_count(body))
    return {t["id"] for t in topics(parts, load_vocabulary())}


def test_a_topic_word_inside_a_place_s_name_is_no_topic():
    ids = topic_ids("Workshop held in Port Moresby",
                    "Officials met in Port Moresby and Port Vila.", "They flew on from Metro Manila.")
    assert "transport" not in ids
    assert "transport" in topic_ids("New port for Lae", "The port will handle containers.")


def test_not_topics_phrases_count_for_nothing():
    ids = topic_ids("A road map for reform", "The road map sets trade-offs and a political climate of trust.")
    assert not {"transport", "trade-investment", "climate-change"} & ids


@pytest.mark.parametrize("text, topic, not_topic", [
    ("Sewage treatment plant opens. The sewage treatment plant serves 30,000 people.", "environment", "health"),
    ("Exports recover. Sales fell during the COVID-19 pandemic and recovered in 2023.", None, "health"),
    ("Japan to accept more specified skilled workers. Technical intern trainees from Viet Nam will "
     "move to the new system.", "migration", "education-hr"),
    ("UNHCR and Japan aid refugees. Emergency relief goods reached displaced persons.", "humanitarian", None),
    ("Women's empowerment in agriculture. The project promotes gender equality and women entrepreneurs.",
     "gender", None),
    ("Japan and Viet Nam launch earth observation satellite. The satellite data will be shared.", "space", None),
    ("The Sendai Framework guides early warning. Early warning systems save lives.", "disaster-risk-reduction", None),
    ("Ammonia co-firing at a coal-fired power plant. Carbon capture and storage (CCS) under the JCM.",
     "climate-change", None),
])
def test_the_round_s_phrases_tag_their_topic(text, topic, not_topic):
    title, _, rest = text.partition(". ")
    ids = topic_ids(title, rest)
    if topic:
        assert topic in ids
    if not_topic:
        assert not_topic not in ids
