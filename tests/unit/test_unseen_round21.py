"""Twenty-first round: a text copied with one line per paragraph and no blank line anywhere
(tests/fixtures/unseen/round21_press_release_single_newlines.txt, a UN agency's press release as a
page's text export gives it), and a logo's text copied over the page. Every expected value was read
off the fixture's lines (quoted in the comments); the rules are also tried on small texts written
here, where wrapped lines must still join and a long caption stay under its credit."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import idempotent

from atlas.clean import clean_text, lines_apart
from atlas.clean_blocks import Line, is_dateline, is_placed_dateline
from atlas.clean_rules import load_rules
from atlas.extract import extract_metadata
from atlas.extract_source import source_of
from atlas.extract_spans import find_amounts, find_people
from atlas.extract_terms import topic_hits
from atlas.vocab import load_vocabulary

def assert_head(name: str, title: str, date: str, source: str, gone: tuple[str, ...] = ()) -> None:
    """The page's title, date and source as read off the fixture, and the header's furniture gone."""
    m, c = meta(name), cleaned(name)
    assert (m["title"], m.get("date"), m.get("source")) == (title, date, source)
    assert set(gone) <= set(c.removed)


RELEASE = "round21_press_release_single_newlines.txt"


@pytest.mark.parametrize("name", [RELEASE, "round21_aggregator_stacked_fields.txt", "round21_development_bank_release.txt",
                                  "round21_news_kicker_staff_byline.txt", "round21_blog_author_card.txt",
                                  "round21_magazine_masthead_path.txt", "round21_news_writer_outlet_bullet_dateline.txt",
                                  "round21_news_section_labels_byline_date.txt"])
def test_every_word_that_stays_is_in_order_and_cleaning_is_idempotent(name):
    assert_words_kept(seed(name).text, cleaned(name))
    idempotent(seed(name).text)


def test_the_release_has_no_blank_line_at_all():
    assert "\n\n" not in seed(RELEASE).text.strip()  # (the shape under test)


def test_the_headline_under_the_masthead_is_the_title_and_the_date_under_it_the_date():
    # "Japan and UNDP launch $12 million initiative to strengthen climate resilience of coastal
    # communities in Timor-Leste" / "March 6, 2025", under "United Nations Development Programme"
    # and "Press Releases", with no blank line between any of them
    m = meta(RELEASE)
    assert m["title"] == ("Japan and UNDP launch $12 million initiative to strengthen climate resilience "
                          "of coastal communities in Timor-Leste")
    assert m["date"] == "2025-03-06"
    assert m["source"] == "United Nations Development Programme"


def test_each_line_of_prose_is_a_paragraph_and_the_bullets_one_list():
    paragraphs = texts(RELEASE)
    lede = next(p for p in paragraphs if p.startswith("Dili – The Government of Japan"))
    assert lede.endswith("more frequent storms.")  # the lede's line, alone: not joined to the next one
    assert any(p.startswith("The three-year project,") for p in paragraphs)
    body = cleaned(RELEASE).body
    # "• Restoring mangroves ..." to "• Supporting women-led fisheries cooperatives": one list of four
    assert body.count("\n- ") == 4
    assert "- Restoring mangroves and coastal vegetation" in body


def test_a_logo_s_text_is_furniture():
    # "UNDP Logo", the second line of the page
    c = cleaned(RELEASE)
    assert "UNDP Logo" in c.removed
    assert "UNDP Logo" not in c.body
    for line in ("JICA logo", "Logo of the Embassy of Japan in Viet Nam", "Logo"):
        assert line in clean_text(f"{line}\n\nJapan Builds a Bridge\n\nJapan built a bridge in 2024.\n").removed
    # (a sentence about a logo is the author's)
    kept = "The new logo of the centre was unveiled by the two ministers on Friday."
    assert kept in clean_text(f"Japan Opens a Centre\n\n{kept}\n").body


def test_the_same_text_reads_the_same_with_or_without_blank_lines():
    # (the same title, date and paragraphs; bullets apart by blank lines are lists of their own)
    lines = seed(RELEASE).text.strip().split("\n")
    apart = clean_text("\n\n".join(lines))
    ours = cleaned(RELEASE)
    assert (apart.title, apart.dateline, apart.source_lines) == (ours.title, ours.dateline, ours.source_lines)
    assert [p.text for p in apart.paragraphs] == [p.text for p in ours.paragraphs]


def test_a_wrapped_paragraph_still_joins_into_one():
    # lines no longer than a wrapped text's: one paragraph, however many lines end with a stop
    wrapped = ("Japan Funds a Port\n\n"
               "The Government of Japan will fund a new port in the south of the country.\n"
               "The port will open in 2027. It will handle container ships and bulk carriers.\n"
               "Officials said the loan carries an interest rate of 0.3 percent a year.\n")
    c = clean_text(wrapped)
    assert [p.text for p in c.paragraphs] == [
        "The Government of Japan will fund a new port in the south of the country. The port will open "
        "in 2027. It will handle container ships and bulk carriers. Officials said the loan carries an "
        "interest rate of 0.3 percent a year."]


def test_only_a_block_with_two_long_lines_of_prose_is_cut_into_lines():
    rules = load_rules()

    def block(*texts: str) -> list[Line]:
        return [Line(0, t) for t in texts]

    long_a = "The Government of Japan launched a project today to help coastal people adapt to rising seas and storms."
    long_b = "The three-year project will restore 300 hectares of mangroves and install early warning systems in twenty-five villages."
    # a photo credit over its long caption (seed 004's shape): one long line, the block stays whole
    credit = block("Yomiuri Shimbun", long_a, "Tokyo")
    assert lines_apart(credit, rules) == [credit]
    # a notes list of long notes: list items, not paragraphs
    notes = block(f"1. {long_a}", f"2. {long_b}", f"3. {long_a}")
    assert lines_apart(notes, rules) == [notes]
    # a list's long items without a final stop ("(2) Training in Japan for ... (AOTS)")
    items = block("Japan will help.", "(1) " + long_a.rstrip("."), "(2) " + long_b.rstrip("."))
    assert lines_apart(items, rules) == [items]
    # two paragraphs on lines of their own under a headline: a block per line, bullets kept together
    page = block("Japan Launches a Project", long_a, long_b, "• one", "• two")
    assert [[ln.text for ln in b] for b in lines_apart(page, rules)] == [
        ["Japan Launches a Project"], [long_a], [long_b], ["• one", "• two"]]


# Pages of earlier rounds whose paragraphs are a line each (none wrapped), copied again without
# their blank lines: a menu a word a line (India), a standfirst and byline (Kenya, TICAD), a
# "Posted: ... | Source: ..." line (Cambodia), photo captions (Laos), a wire's dateline (Kyodo).
@pytest.mark.parametrize("name", ["round20_india_news_bullet_train.txt", "round20_africa_kaizen_kenya.txt",
                                  "round16_ticad9_news_africa.txt", "round17_blog_posted_source_cambodia.txt",
                                  "round6_news_photos.txt", "press_release_kyodo.txt"])
def test_a_page_copied_without_blank_lines_has_the_same_title_date_and_source(name):
    single = re.sub(r"\n\s*\n+", "\n", seed(name).text)
    assert "\n\n" not in single.strip()
    again = extract_metadata(dataclasses.replace(seed(name), text=single), clean_text(single), load_vocabulary())
    assert meta(name)["title"]  # (each has one, read in earlier rounds)
    assert (again["title"], again.get("date"), again.get("source")) == \
        (meta(name)["title"], meta(name).get("date"), meta(name).get("source"))


# --- an aggregator's page: site name and motto over its menu, labels over their values -----------

AGGREGATOR = "round21_aggregator_stacked_fields.txt"


def test_the_site_s_name_and_motto_over_its_menu_are_not_the_title():
    # "ReliefWeb" / "Informing humanitarians worldwide 24/7 — a service provided by UN OCHA" over
    # "Countries" / "Disasters" / "Organizations" / "Topics" / "Jobs" / "Training"; then "Myanmar + 1
    # more" and the headline "Japan provides emergency grant aid of US$3 million for flood victims in Myanmar"
    c = cleaned(AGGREGATOR)
    assert meta(AGGREGATOR)["title"] == "Japan provides emergency grant aid of US$3 million for flood victims in Myanmar"
    for line in ("ReliefWeb", "Countries", "Training", "Myanmar + 1 more"):
        assert line in c.removed
    assert texts(AGGREGATOR)[0].startswith("On September 17, the Government of Japan decided")  # (item 1)


def test_labels_over_their_values_give_the_date_and_source_and_leave_the_text():
    # "Source" / "Govt. Japan", "Posted" / "18 Sep 2024", "Originally published" / "17 Sep 2024":
    # the source's own date, not the aggregator's
    m = meta(AGGREGATOR)
    assert m["date"] == "2024-09-17"
    assert m["source"] == "Govt. Japan"
    body = cleaned(AGGREGATOR).body
    for gone in ("News and Press Release", "View original", "Originally published"):
        assert gone not in body


def test_label_lines_that_are_not_fields_stay_the_author_s():
    # a short glossary of labels and words, no date among the values: text
    text = ("Japan Supports Flood Recovery\n\nThe project has three parts.\n\n"
            "Source\nRiver gauges\nTheme\nEarly warning\n\nEach part is run by JICA.\n")
    assert "Early warning" in clean_text(text).body
    # a menu word alone above the headline is no masthead's
    assert clean_text("Japan Supports Flood Recovery\n\nNews\n\nJapan will help.\n").title == \
        "Japan Supports Flood Recovery"


# --- a development bank's news release: its kind and date on the line over the headline ----------

BANK = "round21_development_bank_release.txt"


def test_a_dated_header_line_over_the_headline_in_its_block_leaves_the_headline_the_title():
    # "News Release | 12 March 2025" right over "ADB, Japan Sign $25 Million Grant to Expand Clean
    # Cooking in Rural Lao PDR", no blank line between them
    c = cleaned(BANK)
    assert c.title == "ADB, Japan Sign $25 Million Grant to Expand Clean Cooking in Rural Lao PDR"
    assert c.dateline == "News Release | 12 March 2025"
    assert meta(BANK)["date"] == "2025-03-12"
    assert texts(BANK)[0].startswith("MANILA, PHILIPPINES (12 March 2025) — The Asian Development Bank")
    # (a date over a sentence is no header over a headline: the sentence is the author's text)
    text = "Japan Builds Schools\n\n12 March 2025\nThe project began today in the capital, officials said.\n"
    assert clean_text(text).title == "Japan Builds Schools"
    assert "The project began today in the capital, officials said." in clean_text(text).body


def test_a_headline_s_scale_in_title_case_is_a_scale():
    # the headline's "$25 Million" is 25 million dollars, not 25
    assert find_amounts("ADB, Japan Sign $25 Million Grant") == \
        [{"text": "$25 Million", "currency": "USD", "value": 25_000_000}]
    assert find_amounts("Japan Pledges US$1.2 Billion")[0]["value"] == 1_200_000_000


def test_clean_cooking_is_energy():
    # "switch to clean cookstoves", "produce and sell improved stoves"
    assert "energy" in [t["id"] for t in meta(BANK)["topics"]]


# --- a business daily's story: a kicker over the headline, writers named before their outlet -------

KICKER = "round21_news_kicker_staff_byline.txt"


def test_a_kicker_over_the_headline_is_furniture_and_the_headline_the_title():
    # "Asia Insight" over "Japan bets on Philippine shipyards to counter China" and its standfirst
    c = cleaned(KICKER)
    assert c.title == "Japan bets on Philippine shipyards to counter China"
    assert c.subtitle == "Tokyo offers yen loans and training as Manila modernizes its coast guard fleet"
    assert "Asia Insight" in c.removed
    # (a short line over a headline that is no kicker stays the title, the headline its subtitle)
    other = clean_text("Cybersecurity Cooperation\nJapan's support for ASEAN's cyber defence\n\nJapan will help.\n")
    assert other.title == "Cybersecurity Cooperation"


def test_writers_before_their_outlet_s_staff_name_the_source_not_a_headline():
    # "KENJI KAWASE and CLIFF VENZON, Nikkei staff writers" over "March 3, 2025 16:25 JST"
    m = meta(KICKER)
    assert m["source"] == "Nikkei Asia"
    assert m["date"] == "2025-03-03"
    assert texts(KICKER)[0].startswith("MANILA -- Japan is expanding its support for shipbuilding")


def test_a_clock_time_s_zone_is_no_body_and_no_topic():
    # "16:25 JST" is Japan Standard Time, not the Japan Science and Technology Agency; "09:30 ICT"
    # Indochina Time, not information and communications technology
    assert "jst" not in [o["id"] for o in meta(KICKER)["organisations"]]
    text = ("Japan Funds Roads\n\nThe ceremony began at 09:30 ICT and ended at 10:00 a.m. (JST) in Hanoi. "
            "Japan will fund a road. JST and ICT experts will train engineers on ICT for the road.\n")
    seed_ = dataclasses.replace(seed(KICKER), text=text)
    m = extract_metadata(seed_, clean_text(text), load_vocabulary())
    assert "jst" in [o["id"] for o in m.get("organisations", [])]  # (named in a sentence: the agency)
    only_zones = ("Japan Funds Roads\n\nThe ceremony began at 09:30 ICT and ended at 10:00 a.m. (JST) in Hanoi, "
                  "where Japan will fund a road.\n")
    m = extract_metadata(dataclasses.replace(seed(KICKER), text=only_zones), clean_text(only_zones), load_vocabulary())
    assert "jst" not in [o["id"] for o in m.get("organisations", [])]
    hits = topic_hits("It began at 09:30 ICT, and ICT training followed.", load_vocabulary())
    assert [h.start for h in hits if h.id == "ict"] == [27]  # the second ICT only


# --- a blog platform's post: the author's card under the title, the author's note at its foot -----

BLOG = "round21_blog_author_card.txt"


def test_the_author_card_gives_the_date_and_the_writer_and_its_buttons_go():
    # "Dewi Lestari" / "Follow" / "6 min read" / "·" / "Mar 3, 2025" / "124" / "3" / "Listen" / "Share"
    assert_head(BLOG, "What Japan's \"co-creation\" means for Indonesia's nickel towns", "2025-03-03", "Dewi Lestari",
                gone=("Follow", "6 min read", "·", "124", "3", "Listen", "Share"))
    assert texts(BLOG)[0].startswith("When Japanese officials talk about")
    # (short lines without a date are no card: a list of names stays)
    names = clean_text("Japan Trains Nurses\n\nThe trainers were:\n\nAiko Sato\nFollow\nKen Ito\n\nThey met in May.\n")
    assert "Aiko Sato" in names.body and "Ken Ito" in names.body


def test_a_byline_over_the_writer_s_biography_is_a_line_of_its_own_and_no_heading():
    # "Written by Dewi Lestari" / "Researcher on Southeast Asian development. Jakarta."
    assert "Written by Dewi Lestari" in texts(BLOG)
    assert "## Written by" not in cleaned(BLOG).body
    assert {"name": "Dewi Lestari", "role": "Author"} in [{k: p[k] for k in ("name", "role")} for p in meta(BLOG)["people"]]


# --- a magazine's page: its name alone over a section path down the page, the headline a heading --

MAGAZINE = "round21_magazine_masthead_path.txt"


def test_a_section_path_down_the_page_is_furniture():
    # "ASEAN Beat" / "|" / "Diplomacy" / "|" / "Southeast Asia"
    c = cleaned(MAGAZINE)
    for line in ("ASEAN Beat", "|", "Diplomacy", "Southeast Asia"):
        assert line in c.removed
    assert "ASEAN Beat" not in c.body
    # (a list of short items without separators between them is no path)
    assert "Diplomacy" in clean_text("Japan Helps\n\nIt covers:\n\nASEAN\nDiplomacy\nTrade\n\nJapan will help.\n").body


def test_the_headline_under_the_masthead_alone_is_the_title_and_said_once():
    # "The Diplomat" (its "Subscribe" / "Log In" buttons gone) over "Japan's Quiet Bet on Mekong Connectivity"
    m = meta(MAGAZINE)
    assert m["title"] == "Japan's Quiet Bet on Mekong Connectivity"
    assert m["source"] == "The Diplomat"
    assert m["date"] == "2025-03-06"
    # (the headline is the body's first heading: the page lifts it into its h1, anchor and all;
    # see test_pages_unseen.py)
    assert texts(MAGAZINE)[:2] == [m["title"], "Tokyo is financing the unglamorous infrastructure that ties Cambodia, Laos and Vietnam together."]


# --- a newspaper's page: the writer with the paper in brackets, a place and an abbreviated weekday -

PAPER = "round21_news_writer_outlet_bullet_dateline.txt"


def test_the_writer_s_outlet_in_brackets_is_the_source_and_the_bulleted_dateline_the_date():
    # "Dian Septiari (The Jakarta Post)" over "Jakarta ● Thu, March 6, 2025"; "Share This Article"
    # and "Change Size" are the page's buttons
    assert_head(PAPER, "Japan to fund Jakarta's new flood tunnel", "2025-03-06", "The Jakarta Post",
                gone=("Share This Article", "Change Size"))
    assert texts(PAPER)[0].startswith("Japan will lend Indonesia 90 billion yen")
    # (a labelled byline's affiliation in brackets is the writer's, not the publisher: see round 12;
    # a name in brackets the vocabulary does not know stays the line it is)
    assert source_of(["Authors: YAMADA Keiko (IDE-JETRO)"], load_vocabulary()) == (None, [])
    assert source_of(["Dian Septiari (Freelance)"], load_vocabulary())[0] == "Dian Septiari"  # (brackets dropped, as before)


@pytest.mark.parametrize("line", ["Thu, March 6, 2025", "Sun. 3 March 2024", "Jakarta ● Thu, March 6, 2025"])
def test_an_abbreviated_weekday_and_a_bullet_after_the_place_are_a_dateline_s(line):
    rules = load_rules()
    assert is_dateline(line, rules) or is_placed_dateline(line, rules)


# --- a news site's story: its section and subsection over the headline, the byline and date on one line

SECTIONS = "round21_news_section_labels_byline_date.txt"


def test_section_labels_over_the_headline_go_and_the_byline_s_date_is_the_date():
    # "Business" / "Economy" over "Japan pledges $500 million for Vietnam's green transition";
    # "By Phong Hoang   March 6, 2025 | 05:30 pm GMT+7"
    assert_head(SECTIONS, "Japan pledges $500 million for Vietnam's green transition", "2025-03-06", None,
                gone=("Business", "Economy"))
    assert texts(SECTIONS)[0].startswith("Japan will provide Vietnam with $500 million")
    assert "Phong Hoang" in [p["name"] for p in meta(SECTIONS)["people"]]


def test_a_speaker_named_first_then_the_role_then_said_is_one_of_the_people():
    # "Munkhtuya Altangerel, UNDP Resident Representative in Timor-Leste, said the project would ..."
    assert {"name": "Munkhtuya Altangerel", "role": "Resident Representative"} in meta(RELEASE)["people"]
    # (a capitalised phrase opening a sentence with no verb of saying after the role names no one)
    assert find_people("Cooperation Fund, Director of the project, is based in Manila.") == []


def test_a_contact_block_without_labels_keeps_a_line_each():
    # "Media Contacts" / "Ms. Anna Reyes" / "Communications Specialist" / "areyes@adb.org" / "+63 2 8632 5867"
    paragraphs = texts(BANK)
    at = paragraphs.index("Media Contacts")
    assert paragraphs[at:at + 5] == ["Media Contacts", "Ms. Anna Reyes", "Communications Specialist",
                                     "areyes@adb.org", "+63 2 8632 5867"]
    # (short lines with no address and no number are a wrapped sentence still)
    wrapped = clean_text("Japan Helps\n\nThe new centre\nwill train nurses\nfrom the region\n\nIt opens in May.\n")
    assert "The new centre will train nurses from the region" in wrapped.body
