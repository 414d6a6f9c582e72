"""A short line over the text that holds an outlet's word ("network", "post", "times", "journal"):
the publisher's name, or the headline?

A publisher's name writes its outlet word with its capital and reads as a name ("Asia News
Network"); a headline in sentence case ("Japan opens new trade post in Hanoi") or one that reads as
a clause ("Japan to Help Thailand Build Flood Warning Network") is the document's title. And the
news outlets of organisations.yml, wires among them, name the source of a story that credits them.
"""

from __future__ import annotations

import pytest
from test_unseen_documents import meta

from atlas.clean_blocks import is_source_line
from atlas.clean_rules import load_rules

LEDE = ("Japan will help Thailand install 120 river gauges and a flood forecasting centre in Chiang Mai, "
        "officials said Tuesday.")
BODY = "The agency said the system would give villagers three more hours to leave before floods."


def _meta_of(text: str) -> dict:
    from atlas.clean import clean_text
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    return extract_metadata(Seed(path="seeds/x.txt", raw=text.encode(), text=text), clean_text(text), load_vocabulary())


@pytest.mark.parametrize("headline", [
    "Japan to help Thailand build flood warning network",  # sentence case, a clause
    "Japan to Help Thailand Build Flood Warning Network",  # title case: "to" makes it a clause
    "JAPAN TO HELP THAILAND BUILD FLOOD WARNING NETWORK",
    "Japan opens new trade post in Hanoi",  # sentence case, no clause word
    "Hard times for Mekong fishers as dams rise",
    "New journal tracks ASEAN digital trade",
    "Japan, Laos sign grant for 5G network",
    "Daily life changes as Jakarta MRT extends north",  # the outlet's word opens the sentence
    "Nikkei: Japanese companies expand AI research in Vietnam",  # an outlet's name, then the headline
])
def test_a_headline_holding_an_outlet_s_word_is_the_title_not_the_source(headline):
    m = _meta_of(f"{headline}\n\n{LEDE}\n\n{BODY}\n")
    assert m["title"] == headline
    assert m.get("source") is None
    assert not is_source_line(headline, load_rules())


def test_a_publisher_s_name_over_the_headline_is_still_the_source():
    headline = "Japan to help Thailand build flood warning system"
    m = _meta_of(f"Asia News Network\n\n{headline}\n\n{LEDE}\n\n{BODY}\n")
    assert (m["title"], m["source"]) == (headline, "Asia News Network")
    rules = load_rules()
    for line in ("Asia News Network", "The Jakarta Post", "Vientiane Times", "Special to The Japan Times",
                 "THE DAILY STAR", "Kyodo News staff", "Philippine Daily Inquirer / 05:05 AM March 15, 2024"):
        assert is_source_line(line, rules), line


def test_a_wire_credited_in_the_dateline_is_the_source():
    # round 51: "SEOUL, Nov. 26 (Yonhap) -- South Korea and Japan will jointly provide ..."
    assert meta("round51_yonhap_korea_japan_mekong_end.txt")["source"] == "Yonhap News Agency"
    m = _meta_of(f"Japan to help Thailand build flood warning network\n\nBANGKOK (AP) — {LEDE}\n\n{BODY}\n")
    assert m["source"] == "The Associated Press"
    assert "associated-press" in [o["id"] for o in m["organisations"]]


def test_a_wire_s_short_name_in_a_sentence_is_not_the_wire():
    # "AP" in an Indian story is Andhra Pradesh: the Associated Press is "AP" on a source line only
    m = _meta_of("Japan to fund AP coastal corridor study\n\nVISAKHAPATNAM, March 3 (PTI): Japan will fund a "
                 "feasibility study for the coastal industrial corridor in Andhra Pradesh, the AP government said "
                 "on Monday.\n\nAn official of the AP Industries Department said experts would arrive next month.\n")
    assert m["title"] == "Japan to fund AP coastal corridor study"
    assert "associated-press" not in [o["id"] for o in m["organisations"]]
    assert m["source"] == "Press Trust of India"


def test_an_outlet_known_by_its_masthead_is_an_organisation_of_the_story():
    # round 43: "Post-Courier" over the headline; round 53: "Jordan Times" over it
    assert meta("round43_post_courier_jica_lae_port.txt")["source"] == "Post-Courier"
    assert "post-courier" in [o["id"] for o in meta("round43_post_courier_jica_lae_port.txt")["organisations"]]
    assert "jordan-times" in [o["id"] for o in meta("round53_jordan_times_water_grant.txt")["organisations"]]


def _under_headline(line: str) -> dict:
    """The metadata of a story with `line` under its headline, over its date."""
    return _meta_of(f"Japan to help Thailand build flood warning system\n\n{line}\nMarch 3, 2025\n\n{LEDE}\n\n{BODY}\n")


@pytest.mark.parametrize("line, source", [
    ("By Jane Doe, Reuters", "Reuters"),  # a news outlet after the byline's writers
    ("By Jane Doe and John Smith, Kyodo News", "Kyodo News"),
    ("By Jane Doe, Bangkok Post", "Bangkok Post"),
    ("Nikkei staff writer", "Nikkei Asia"),  # an outlet's staff line
    ("Kyodo News staff reporter", "Kyodo News"),
    ("Yomiuri Shimbun Staff Writer", "The Yomiuri Shimbun"),
])
def test_an_outlet_named_in_a_byline_or_a_staff_line_is_the_source(line, source):
    m = _under_headline(line)
    assert m["source"] == source
    if line.startswith("By "):
        assert "Jane Doe" in [p["name"] for p in m["people"]]


def test_another_body_after_the_writer_of_a_byline_is_where_the_writer_works():
    # "Written by SUZUKI Haruka, JICA Cambodia Office": a body, no news outlet, is not the publisher
    m = _under_headline("By Jane Doe, Ministry of Foreign Affairs")
    assert m.get("source") != "Ministry of Foreign Affairs"


def test_a_wire_s_name_in_brackets_closing_the_story_is_its_source():
    m = _meta_of(f"{LEDE}\n\n{BODY}\n\nThe project starts next year.\n\n(Kyodo)\n")
    assert m["source"] == "Kyodo News"
