"""Page shapes of the first session of 1 December 2026, fourth session (fixtures `m77_*`).

- A daily's page copied with no blank line between its header's lines and the lede: the section,
  the headline, the byline, the outlet with the time and date, the share buttons and an
  advertisement's label, a line each, then the lede on one long line (as a browser copies a
  paragraph). Each header line is read as one (title, byline, source, date, furniture), and the
  lede is the text's first paragraph; before, all of them were one paragraph, the title taken
  from it. An outlet's line with the date is the header's, never a photo's credit over a caption.
- A weekly's page copied alike, with its section, headline, standfirst (wider than a short line),
  the writer's name with the outlet's staff post, and the date and time: the standfirst is the
  subtitle, the writer and the outlet the header's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_factory import read_fixture, read_text

from atlas.clean import clean_text
from atlas.clean_rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
DAILY = UNSEEN / "m77_daily_header_lines_over_lede.txt"
WEEKLY = UNSEEN / "m77_asia_weekly_standfirst_byline_date.txt"
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
    "Posted on November 28, 2024 by Jane Bautista\n",  # a web page's line of fields
    "November 28, 2024 | News | Embassy of Japan in the Philippines\n",
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


# --- a weekly's standfirst among its header lines -------------------------------------------------

WEEKLY_LEDE = ("TOKYO -- Japan and Vietnam will jointly train semiconductor engineers through partnerships between "
               "universities in the two countries, aiming to produce 10,000 specialists by 2030, Nikkei has learned.")
STANDFIRST = "Tokyo aims to train 10,000 engineers by 2030 through university partnerships"


def test_a_weekly_s_standfirst_byline_and_date_over_its_lede_are_its_header():
    meta, cleaned = read_fixture(WEEKLY)
    # (before: section, headline, standfirst, byline, date and lede were one paragraph, its title)
    assert (meta["title"], meta["subtitle"], meta["date"], meta["source"]) == (
        "Japan and Vietnam to co-develop semiconductor talent", STANDFIRST, "2024-11-28", "Nikkei Asia")
    assert {"name": "Kosuke Takeuchi", "role": "Author"} in meta["people"]
    assert cleaned.paragraphs[0].text == WEEKLY_LEDE
    assert "Business" in cleaned.removed  # the site's section over the headline
    assert not any(t in cleaned.body for t in ("staff writer", "17:20 JST", STANDFIRST))
    # the photo's caption further down stays where it stood, between two paragraphs
    body = cleaned.body
    assert body.index("Renesas Electronics") < body.index("Bac Ninh province") < body.index("50,000 semiconductor")


@pytest.mark.parametrize("byline", ["KOSUKE TAKEUCHI, Nikkei staff writer", "By Kosuke Takeuchi",
                                    "By KOSUKE TAKEUCHI, Nikkei staff writer"])
@pytest.mark.parametrize("date", ["November 28, 2024 17:20 JST", "Nov. 28, 2024", "28 November 2024"])
def test_a_standfirst_over_a_byline_and_date_over_a_long_lede_is_the_subtitle(byline, date):
    text = f"Japan and Vietnam to co-develop semiconductor talent\n{STANDFIRST}\n{byline}\n{date}\n{WEEKLY_LEDE}{NEXT}"
    meta, cleaned = read_text(text)
    assert (cleaned.title, cleaned.subtitle) == ("Japan and Vietnam to co-develop semiconductor talent", STANDFIRST)
    assert cleaned.paragraphs[0].text == WEEKLY_LEDE and meta["date"] == "2024-11-28"


def test_a_wide_line_alone_over_a_long_one_is_still_their_paragraph_s():
    # with no header line between, a line wider than a short one may open a paragraph wrapped wide:
    # (a 90-character first line over a 150-character one) it stays the paragraph's first words
    width = load_rules().wrap_max_chars
    first = "The agreement covers the second phase of the project, which will extend the network to"
    assert width * 7 // 10 < len(first) <= width
    rest = ("the northern provinces and add two water treatment plants with a combined capacity of 120,000 cubic "
            "metres a day, the ministry said.")
    cleaned = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{first}\n{rest}\n\nThe end of the text, in a paragraph.\n")
    assert f"{first} {rest}" in [p.text for p in cleaned.paragraphs]


# --- a headline and the header's lines over a lede hard-wrapped (a PDF's page) ---------------------

WRAPPED = ("Japan and the Philippines on Wednesday signed a loan agreement worth 15 billion yen\n"
           "for a flood control project along the Pasig-Marikina River, the Department of\n"
           "Finance said in a statement issued in Manila.\n")
WRAPPED_TEXT = " ".join(WRAPPED.split("\n")).strip()


@pytest.mark.parametrize("header", ["November 28, 2024\n", "By Jane Bautista\nNovember 28, 2024\n",
                                    "28 November 2024\nBy Jane Bautista\n",
                                    "Posted on November 28, 2024 by Jane Bautista\n"])
@pytest.mark.parametrize("headline", ["Japan to fund flood control in Manila", "Japan To Fund Flood Control In Manila"])
def test_a_headline_and_header_lines_over_a_wrapped_lede_stand_apart(headline, header):
    # (before: the headline, the date and the lede were one paragraph, the title taken from it)
    meta, cleaned = read_text(f"{headline}\n{header}{WRAPPED}{NEXT}")
    assert cleaned.title == headline and meta["date"] == "2024-11-28"
    assert cleaned.paragraphs[0].text == WRAPPED_TEXT


@pytest.mark.parametrize("text", [
    # a wrapped sentence whose line opens with "By": the sentence goes on (the line ends with a comma
    # or the line over it with a minor word)
    "The budget was approved this week, and the project was supported\nBy the Government of Japan, the ministry "
    "said, adding that the work would\nbegin in March next year and would take about three years to complete.\n",
    "The research team was led by Dr. Somchai Rattanakorn, Senior Fellow of the institute, and\nreviewed by Ms. "
    "NAKAMURA Emi, Director of the Research Department, with comments from\nMr. Phonesavanh Keomany, "
    "Director-General of the Department of Technical and Vocational Education.\n",
])
def test_a_wrapped_paragraph_with_a_line_like_a_byline_stays_one_paragraph(text):
    cleaned = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{text}\nThe end of the text, in a paragraph of its own.\n")
    assert " ".join(text.split("\n")).strip() in [p.text for p in cleaned.paragraphs]


# --- an agency's dated, unsigned story told as news ------------------------------------------------

CENTRE = UNSEEN / "m77_centre_news_one_line_paragraphs.txt"


def test_an_agencys_story_of_what_happened_on_a_weekday_is_news_not_a_fact_sheet():
    meta, cleaned = read_fixture(CENTRE)
    # (before: a fact sheet, as an agency's dated and unsigned page; its lede says when it happened,
    # "on Tuesday", and a named speaker "said": two marks of news prose)
    assert meta["type"] == "news"
    assert meta["title"] == "ASEAN and Japan launch digital skills programme for 5,000 young workers"
    assert meta["date"] == "2024-11-26"
    assert {"name": "Satvinder Singh", "role": "Deputy Secretary-General"} in meta["people"]
    assert [p.text for p in cleaned.paragraphs][4:7] == [
        "Online courses in English and local languages", "Internships at Japanese companies",
        "Certificates recognised by employers across the region"]
    assert {"Home › News › 2024", "Tags: ASEAN, Digital, Skills, JAIF", "Share this: Facebook X LinkedIn"} <= set(cleaned.removed)


SHEET = ("Japan's ODA to Cambodia: Key Figures\n\nMarch 2025\nEmbassy of Japan in Cambodia\n\n"
         "1. Overview\n\nJapan has been Cambodia's largest bilateral donor since 1992, with cumulative assistance of "
         "about 3.4 billion US dollars.\n\n2. Priority areas\n\nInfrastructure, human resources and health, as the "
         "country plan sets them out.\n\n")


@pytest.mark.parametrize("extra", [
    "",
    "The embassy's office is open from Monday to Friday.\n",  # one line with a weekday: no news prose alone
    "Ambassador Ueno said the figures show the depth of the partnership.\n",
])
def test_a_fact_sheet_with_one_mark_of_news_prose_stays_a_fact_sheet(extra):
    meta, _ = read_text(SHEET + extra)
    assert meta["type"] == "fact-sheet"


# --- a Korean wire's story: its section and the time before the date, its end mark and notes ------

WIRE = UNSEEN / "m77_korean_wire_section_time_end_mark.txt"


def test_a_wire_s_section_time_and_date_line_dates_the_story_and_names_no_source():
    meta, cleaned = read_fixture(WIRE)
    # (before: no date, the source "All News 15:42 November 28, 2024")
    assert (meta["date"], meta["date_precision"], meta["source"]) == ("2024-11-28", "day", "Yonhap News Agency")
    assert meta["title"] == "(LEAD) S. Korea, Japan to jointly support Southeast Asian nations' energy transition"
    # the end mark glued to the last sentence and the note to editors are the wire's, the sentence stays
    assert {"(END)", "(ATTN: ADDS details in paras 3-4)"} <= set(cleaned.removed)
    texts = [p.text for p in cleaned.paragraphs]
    assert "The two sides also agreed to cooperate in securing supply chains for critical minerals." in texts
    assert not any("(END)" in t or "ATTN" in t for t in texts)
    assert {"name": "Kim Boram", "role": "Author"} in meta["people"]


@pytest.mark.parametrize(("line", "date", "source"), [
    ("All News 15:42 November 28, 2024", "2024-11-28", "Yonhap News Agency"),  # a section: no outlet
    ("Latest News 09:05 28 November 2024", "2024-11-28", "Yonhap News Agency"),
    ("The Korea Herald 15:42 November 28, 2024", "2024-11-28", "The Korea Herald"),
])
def test_a_name_and_the_time_before_the_date_on_one_line(line, date, source):
    lede = ("SEOUL, Nov. 28 (Yonhap) -- South Korea and Japan agreed Thursday to jointly support the clean energy "
            "transition of Southeast Asian countries, the industry ministry said.")
    meta, cleaned = read_text(f"S. Korea, Japan to support Southeast Asia's energy transition\n{line}\n{lede}{NEXT}")
    assert (meta["date"], meta["source"]) == (date, source)
    assert cleaned.paragraphs[0].text == lede


@pytest.mark.parametrize("closing", ["By Kim Boram\nbrk@yna.co.kr\n", "By Kim Boram\n", "brk@yna.co.kr\n"])
def test_an_end_mark_over_the_wire_s_byline_and_address_is_furniture(closing):
    text = f"{HEADLINE}\n\n{LEDE}\n\nThe loan is payable in 40 years. (END)\n\n{closing}"
    cleaned = clean_text(text)
    assert "(END)" in cleaned.removed
    assert "The loan is payable in 40 years." in [p.text for p in cleaned.paragraphs]


# --- an Indian daily: the update stamp with the place, then the writer's bare name -----------------

INDIAN = UNSEEN / "m77_indian_daily_updated_place_writer.txt"


def test_the_writers_bare_name_under_the_updated_stamp_is_the_byline():
    meta, cleaned = read_fixture(INDIAN)
    # (before: "## Suhasini Haidar", a heading over the lede)
    assert {"name": "Suhasini Haidar", "role": "Author"} in meta["people"]
    assert "Suhasini Haidar" not in cleaned.body
    assert meta["subtitle"] == ("The two sides reviewed progress on bridges and highways in Meghalaya and Mizoram "
                                "funded by Japanese loans")
    assert meta["date"] == "2024-11-28"
    texts = [p.text for p in cleaned.paragraphs]
    assert texts[0] == "Updated - November 28, 2024 09:12 pm IST - NEW DELHI"  # (a dated line with its place stays)
    assert texts[1].startswith("India and Japan on Thursday agreed")
    assert "Read Comments" in cleaned.removed  # the page's button under the text


@pytest.mark.parametrize("stamp", ["Updated - November 28, 2024 09:12 pm IST - NEW DELHI",
                                   "Thursday, May 2, 2024 10:05 | Phnom Penh"])
def test_a_bare_name_under_a_dated_stamp_is_the_byline(stamp):
    meta, cleaned = read_text(f"{HEADLINE}\n\n{stamp}\n\nSuhasini Haidar\n\n{LEDE}{NEXT}")
    assert {"name": "Suhasini Haidar", "role": "Author"} in meta["people"]
    assert cleaned.paragraphs[1].text == LEDE


def test_a_heading_under_a_date_and_venue_stays_a_heading():
    # a press conference's date and room, then its section's heading over the minister's turn
    text = ("Press Conference by Foreign Minister Kamikawa Yoko\n\nTuesday, 16 April 2024, 10:05 a.m.\n"
            "Press Conference Room, Ministry of Foreign Affairs\n\nOpening Remarks\n\nMinister Kamikawa: Good "
            "morning. I have one announcement about my visit to the Philippines next week.\n")
    meta, cleaned = read_text(text)
    assert "## Opening Remarks" in cleaned.body
    assert not any(p["name"] == "Opening Remarks" for p in meta.get("people", []))
