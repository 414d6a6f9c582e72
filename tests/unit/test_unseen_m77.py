"""Page shapes of the first session of 1 December 2026, fourth session (fixtures `m77_*`).

- A daily's page copied with no blank line between its header's lines and the lede: the section,
  the headline, the byline, the outlet with the time and date, the share buttons and an
  advertisement's label, a line each, then the lede on one long line (as a browser copies a
  paragraph). Each header line is read as one (title, byline, source, date, furniture), and the
  lede is the text's first paragraph; before, all of them were one paragraph, the title taken
  from it. An outlet's line with the date is the header's, never a photo's credit over a caption.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_factory import read_fixture, read_text

from atlas.clean import clean_text

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
DAILY = UNSEEN / "m77_daily_header_lines_over_lede.txt"
HEADLINE = "Japan, PH sign P5.3-billion deal for Metro Manila flood control"
LEDE = ("MANILA, Philippines — Japan and the Philippines on Wednesday signed a loan agreement worth 15 billion "
        "yen (about P5.3 billion) for a flood control project along the Pasig-Marikina River, the Department "
        "of Finance (DOF) said.")
NEXT = "\n\nFinance Secretary Ralph Recto signed the exchange of notes at the DOF office in Manila.\n"


def test_a_daily_s_header_lines_over_its_lede_are_read_one_by_one():
    meta, cleaned = read_fixture(DAILY)
    assert meta["title"] == cleaned.title == HEADLINE
    assert meta.get("title_from") != "lede"
    assert meta["date"] == "2024-11-28"
    assert meta["source"] == "Philippine Daily Inquirer"
    assert {"name": "Jane Bautista", "role": "Author"} in meta["people"]
    paragraphs = [p.text for p in cleaned.paragraphs]
    # the lede is the text's first paragraph, whole, and a paragraph (no photo's caption)
    assert paragraphs[0] == LEDE
    assert cleaned.body.index(LEDE) < cleaned.body.index("Finance Secretary Ralph Recto")
    assert "atlas-caption" not in cleaned.body
    assert meta["summary"] == LEDE.removeprefix("MANILA, Philippines — ")  # (its dateline is no summary's)
    # the page's buttons and its advertisement's label are furniture; no header line is in the text
    assert "Share" in cleaned.removed and "ADVERTISEMENT" in cleaned.removed
    assert not any(t in cleaned.body for t in ("By: Jane", "04:36 AM", "Skip to content", "ADVERTISEMENT"))
    # every sentence of the story is there, in its order
    for earlier, later in [("signed the exchange of notes", "controlled channel"),
                           ("controlled channel", "enduring friendship"),
                           ("enduring friendship", "flood forecasting"),
                           ("flood forecasting", "10-year grace period")]:
        assert cleaned.body.index(earlier) < cleaned.body.index(later)


@pytest.mark.parametrize("header", [
    "By: Jane Bautista\nNovember 28, 2024\n",
    "By Jane Bautista\n",
    "November 28, 2024\n",
    "By Jane Bautista, Reporter\nNov. 28, 2024 | 10:05 AM\n",
    "Philippine Daily Inquirer / 04:36 AM November 28, 2024\n",
    "By: Jane Bautista - Reporter\nPhilippine Daily Inquirer / 04:36 AM November 28, 2024\nShare\nADVERTISEMENT\n",
])
def test_a_headline_over_header_lines_over_a_long_lede_is_the_title(header):
    meta, cleaned = read_text(f"{HEADLINE}\n{header}{LEDE}{NEXT}")
    assert cleaned.title == HEADLINE
    assert cleaned.paragraphs[0].text == LEDE


@pytest.mark.parametrize("kicker", ["", "NEWSINFO\n", "World\n"])
def test_an_outlet_s_dated_line_over_the_lede_is_no_photo_credit(kicker):
    meta, cleaned = read_text(f"{kicker}{HEADLINE}\nPhilippine Daily Inquirer / 04:36 AM November 28, 2024\n{LEDE}{NEXT}")
    assert "atlas-caption" not in cleaned.body and cleaned.paragraphs[0].text == LEDE
    assert meta["date"] == "2024-11-28" and meta["source"] == "Philippine Daily Inquirer"


# --- short lines over a long one that are no header: as before ------------------------------------

LONG = ("Secretary of State, Ministry of Post and Telecommunications, who holds a PhD in information "
        "engineering from Kyushu University and led the country's e-government plan.")


@pytest.mark.parametrize("lines", [
    "Profile\nSok Chanda\n",  # a profile's label and name: no byline, no date among them
    "Opening\n0:00\n",  # a transcript's section and time
    "Request for Expressions of Interest\nfor\n",  # a title wrapped onto a line in small letters
])
def test_short_lines_over_a_long_line_in_the_text_are_not_split_as_a_header(lines):
    text = f"{HEADLINE}\n\n{LEDE}\n\n{lines}{LONG}\n\nThe end of the text, in a paragraph of its own.\n"
    body = clean_text(text).body
    first = lines.split("\n")[0]
    assert f"## {first}" not in body and f"### {first}" not in body


def test_a_label_block_under_a_short_line_stays_one_block():
    # "Inputs" over "Japanese side: ..." (over 100 characters) and "Cambodian side: ...": fields
    text = (f"{HEADLINE}\n\n{LEDE}\n\nInputs\nJapanese side: Experts (Chief Advisor, Water Treatment, "
            "Non-Revenue Water), training in Japan, equipment\nCambodian side: Counterpart personnel, office "
            "space, operating costs\n\nThe end of the text, in a paragraph of its own.\n")
    assert "## Inputs" not in clean_text(text).body
