"""Fifth round on documents shaped unlike the seeds (tests/fixtures/unseen/round5_*.txt): the
header lines around a headline that web pages, wire services and embassies print (a timestamp
with its time zone and update note, a logo line naming the body above the headline, a place
and date line over the publisher) and the web furniture between paragraphs ("Advertisement ·
Scroll to continue"). Asserted on the real output of the pipeline, with every word of the
source kept in order."""

from __future__ import annotations

import pytest

from atlas.clean import clean_text
from atlas.clean_rules import load_rules
# the same fixture readers and word check as the earlier rounds, so every round reads the documents one way
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round3 import assert_every_word_in_order

ROUND5 = ["round5_news_site_timestamp.txt", "round5_embassy_handover.txt", "round5_jica_masthead_evaluation.txt",
          "round4_jetro_survey.txt"]


@pytest.mark.parametrize("name", ROUND5)
def test_every_source_word_stays_in_order(name):
    assert_every_word_in_order(seed(name).text, cleaned(name))


def _clean(text: str):
    c = clean_text(text)
    assert_every_word_in_order(text, c)
    return c


def texts_of(c) -> list[str]:
    return [p.text for p in c.paragraphs]


# --- web furniture between the paragraphs ---------------------------------------------------------

WEB_FURNITURE = ["Advertisement", "Scroll to continue", "Advertisement · Scroll to continue",
                 "Story continues below advertisement", "Article continues after this ad", "Read more:",
                 "See more »", "Share this article", "Sign up for our newsletter", "Subscribe to our newsletter",
                 "Follow us on Facebook", "Print | Share", "Most read"]


@pytest.mark.parametrize("line", WEB_FURNITURE)
def test_a_web_page_s_furniture_line_between_paragraphs_is_removed_and_recorded(line):
    text = (f"Japan Funds Flood Defences in Jakarta\n\nThe first paragraph of the story is here.\n\n{line}\n\n"
            "The second paragraph goes on with the story.\n")
    c = _clean(text)
    assert c.removed == (line,)
    assert texts_of(c) == ["The first paragraph of the story is here.", "The second paragraph goes on with the story."]
    assert "<h2" not in c.body and "##" not in c.body  # was a heading: a short line with no final stop


@pytest.mark.parametrize("line", ["Advertisement and sponsorship rules for state media",
                                  "Read more about the programme on the JICA website.",
                                  "Scroll to continue reading the appendix, the minister said.",
                                  "Sign up for our newsletter, the embassy urged applicants.",
                                  "Share this article with colleagues in the ministry and beyond, she said."])
def test_furniture_words_that_open_an_author_s_line_stay(line):
    assert not load_rules().furniture.fullmatch(line)
    c = _clean(f"Japan Funds Flood Defences in Jakarta\n\nThe first paragraph.\n\n{line}\n\nThe last paragraph.\n")
    assert c.removed == ()


def test_the_news_site_s_furniture_leaves_only_the_story():
    name = "round5_news_site_timestamp.txt"
    c = cleaned(name)
    assert list(c.removed) == ["Skip to main content", "Menu", "Share this article",
                               "Advertisement · Scroll to continue", "Story continues below advertisement",
                               "Read more:", "Advertisement", "Sign up for our newsletter", "Follow us on Facebook"]
    assert len(texts(name)) == 5 and texts(name)[0].startswith("HANOI — Japan and Viet Nam on Thursday signed")
    assert "<h2" not in c.body and "##" not in c.body


# --- a timestamp line under the byline is the dateline ----------------------------------------------

def test_a_timestamp_with_zone_and_update_note_under_the_byline_is_the_dateline():
    name = "round5_news_site_timestamp.txt"
    c = cleaned(name)
    assert c.title == "Japan, Viet Nam sign $600 million loan for Ho Chi Minh City metro line 2"
    assert c.dateline == "14 March 2024 09:30 ICT | Last updated 2 hours ago"  # kept whole, as written
    assert c.source_lines == ("By Nguyen Thu Ha and Kenji Watanabe",)
    assert not any("09:30" in t or "updated" in t.lower() for t in texts(name))
    m = meta(name)
    assert (m["date"], m["date_precision"]) == ("2024-03-14", "day")


def test_the_wire_story_s_timestamp_leaves_the_body_for_the_dateline():
    # round 4's Reuters story: the timestamp was a heading of the body
    name = "round4_reuters_jakarta.txt"
    c = cleaned(name)
    assert c.dateline == "February 3, 2024 8:15 AM GMT+9 Updated 2 hours ago"
    assert "Advertisement · Scroll to continue" in c.removed
    assert "<h2" not in c.body and "##" not in c.body
    assert texts(name)[0].startswith("JAKARTA, Feb 3 (Reuters) - Japan Bank for International Cooperation")
    assert_every_word_in_order(seed(name).text, c)


@pytest.mark.parametrize("stamp", [
    "February 3, 2024 8:15 AM GMT+9 Updated 2 hours ago",
    "Published: 5 March 2024, 14:00 UTC",
    "March 5, 2024 at 10:30 a.m. JST",
    "3 Feb 2024 | 08:15 GMT",
    "14 March 2024 09:30 ICT",
    "14 March 2024 09:30 (GMT+7)",
    "Updated: 6 March 2024, 10:00 a.m.",
    "5 March 2024, 14:00 UTC | Last updated: 6 March 2024, 10:00 a.m.",
    "March 6, 2024 - Updated: March 7, 2024",
    "2024-03-06 18:45 WIB",
])
def test_a_date_with_a_time_zone_or_update_note_under_the_title_is_the_dateline(stamp):
    text = (f"Japan Funds Flood Defences in Jakarta\nBy Rina Susanti\n{stamp}\n\n"
            "JAKARTA — Japan will fund new flood defences along the north coast of Jakarta.\n")
    c = _clean(text)
    assert (c.title, c.dateline, c.source_lines) == ("Japan Funds Flood Defences in Jakarta", stamp, ("By Rina Susanti",))
    assert texts_of(c) == ["JAKARTA — Japan will fund new flood defences along the north coast of Jakarta."]
    from atlas.extract_dates import parse_dateline
    assert parse_dateline(stamp) is not None  # what cleaning lifts, extraction reads as a date


@pytest.mark.parametrize("line", ["March 2024 updated guidelines were issued to all provinces.",
                                  "February 3, 2024 Japan opened a new centre"])
def test_a_line_that_opens_with_a_date_and_goes_on_is_no_dateline(line):
    c = _clean(f"Japan Funds Flood Defences in Jakarta\n\nThe first paragraph.\n\n{line}\n\nThe last paragraph.\n")
    assert c.dateline is None and line in texts_of(c)


# --- a place-and-date line over the publisher line -------------------------------------------------

def test_a_place_and_date_line_over_the_publisher_is_the_dateline_and_the_publisher_the_source():
    name = "round5_embassy_handover.txt"
    c = cleaned(name)
    assert c.title == "Japan Hands Over Ten Rescue Boats and Training Equipment to the Philippine Coast Guard"
    assert c.dateline == "Manila, 8 November 2024"  # the place stays with the date, as written
    assert c.source_lines == ("Embassy of Japan in the Philippines",)
    assert texts(name)[0].startswith("The Government of Japan handed over ten aluminium rescue boats")
    assert "Home | Press Releases | Print" in c.removed  # a breadcrumb trail
    m = meta(name)
    assert (m["date"], m["date_precision"]) == ("2024-11-08", "day")
    assert m["source"] == "Embassy of Japan in the Philippines"


PLACED_HEADERS = [
    "Manila, 8 November 2024\nEmbassy of Japan in the Philippines",
    "Embassy of Japan in the Philippines\nManila, 8 November 2024",
    "By Tran Minh Anh\nHanoi, Viet Nam / 5 September 2023\nVietnam News Agency",  # a byline counts too
]


@pytest.mark.parametrize("header", PLACED_HEADERS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # apart from the title, or right under it
def test_a_place_and_date_line_beside_a_publisher_line_is_read_as_header_lines(header, gap):
    text = f"Japan Hands Over Rescue Boats{gap}{header}\n\nThe Government of Japan handed over ten boats today.\n"
    c = _clean(text)
    lines = header.split("\n")
    placed = next(t for t in lines if t[-1].isdigit())
    assert c.title == "Japan Hands Over Rescue Boats" and c.subtitle is None
    assert c.dateline == placed
    assert list(c.source_lines) == [t for t in lines if t != placed]
    assert texts_of(c) == ["The Government of Japan handed over ten boats today."]


def test_a_place_and_date_line_above_the_headline_with_its_publisher_is_header_too():
    c = _clean("Embassy of Japan in the Philippines\nManila, 8 November 2024\n\nJapan Hands Over Rescue Boats\n\n"
               "The Government of Japan handed over ten boats today.\n")
    assert (c.title, c.dateline, c.source_lines) == (
        "Japan Hands Over Rescue Boats", "Manila, 8 November 2024", ("Embassy of Japan in the Philippines",))


@pytest.mark.parametrize("text", [
    # alone under the title: the text's opening words (round one keeps them on the page)
    "Japan Hands Over Rescue Boats\n\nManila, 8 November 2024\n\nThe Government of Japan handed over boats.\n",
    # beside a sentence, not a publisher line
    "Japan Hands Over Rescue Boats\n\nManila, 8 November 2024\nThe Embassy of Japan handed over ten boats today.\n",
    # a second place-and-date line when the dateline is known
    "Japan Hands Over Rescue Boats\n2 December 2024\n\nManila, 8 November 2024\nEmbassy of Japan in the Philippines"
    "\n\nThe Government of Japan handed over boats.\n",
])
def test_a_place_and_date_line_without_a_publisher_beside_it_stays_in_the_text(text):
    c = _clean(text)
    assert any(t.startswith("Manila, 8 November 2024") for t in texts_of(c))
    assert c.dateline != "Manila, 8 November 2024"


# --- a logo line above the headline -----------------------------------------------------------------

@pytest.mark.parametrize("name, title, sources, dateline", [
    ("round4_jetro_survey.txt",
     "FY2023 Survey on Business Conditions of Japanese-Affiliated Companies Overseas (Asia and Oceania)",
     ("JETRO", "Japan External Trade Organization (JETRO)", "Overseas Research Department"), "2023.12.14"),
    ("round5_jica_masthead_evaluation.txt", "Ex-Post Evaluation: Mekong Delta Rural Water Supply Project in Viet Nam",
     ("JICA", "Japan International Cooperation Agency", "Southeast Asia and Pacific Department"), "March 2024"),
])
def test_a_logo_line_and_the_body_s_names_above_the_headline_are_the_masthead(name, title, sources, dateline):
    c = cleaned(name)
    assert (c.title, c.source_lines, c.dateline) == (title, sources, dateline)
    assert c.body.split("\n")[2].startswith("## Summary")  # the first section heading opens the body
    assert title not in texts(name)


def test_the_masthead_gives_the_source_and_date_of_the_evaluation():
    m = meta("round5_jica_masthead_evaluation.txt")
    assert (m["title"], m["date"], m["date_precision"]) == (
        "Ex-Post Evaluation: Mekong Delta Rural Water Supply Project in Viet Nam", "2024-03", "month")
    assert m["source"].startswith("Japan International Cooperation Agency")
    assert "title_from" not in m


@pytest.mark.parametrize("top", [
    "JETRO\n\n",  # alone in its block
    "JETRO\n",  # right above the headline
    "ASEAN-JAPAN CENTRE\n",  # a few words in capitals, one of them naming a body
    "JICA\nJapan International Cooperation Agency (JICA)\n\n14 March 2024\n\n",  # a dateline block between
])
def test_a_logo_line_in_capitals_above_the_headline_is_a_source_line(top):
    text = f"{top}Japan Funds Flood Warning Systems in Cambodia\n\nJapan will fund flood warning systems.\n"
    c = _clean(text)
    assert c.title == "Japan Funds Flood Warning Systems in Cambodia"
    assert c.source_lines[0] == top.split("\n")[0]
    assert texts_of(c) == ["Japan will fund flood warning systems."]


def test_a_headline_that_names_a_body_under_the_logo_is_still_the_headline():
    c = _clean("JBIC\nJapan Bank for International Cooperation (JBIC)\nJBIC Signs Loan Agreement with Vietnam Bank\n\n"
               "JBIC signed a loan agreement with a Vietnamese bank today.\n")
    assert c.title == "JBIC Signs Loan Agreement with Vietnam Bank"
    assert c.source_lines == ("JBIC", "Japan Bank for International Cooperation (JBIC)")


@pytest.mark.parametrize("text, title", [
    # a headline in capitals, then the lede: no masthead
    ("JAPAN PLEDGES AID\n\nJapan will give aid to Fiji after the cyclone.\n", "JAPAN PLEDGES AID"),
    ("JAPAN PLEDGES AID TO FIJI\n\nFunds to go to cyclone-hit islands\n\nJapan will give aid.\n",
     "JAPAN PLEDGES AID TO FIJI"),
    # an acronym over a hard-wrapped lede: the lede is no headline
    ("JICA\n\nJapan will give aid to Fiji after the cyclone, the agency said\non Monday in Suva.\n", "JICA"),
    # a line with figures is no logo
    ("TICAD 9\n\nYokohama Declaration on Africa\n\nLeaders adopted the declaration.\n", "TICAD 9"),
])
def test_capitals_that_are_no_logo_above_a_headline_keep_the_title(text, title):
    c = _clean(text)
    assert (c.title, c.source_lines) == (title, ())


# --- a short sentence-case line above a list ----------------------------------------------------------

def test_a_short_sentence_case_line_above_a_list_stays_its_own_paragraph():
    # "Key findings" could name the list, but so could a lead-in fragment ("Participants included",
    # "Funds will go to"). What must hold: it is not glued into the first item. (Round 58: the
    # evaluation's other section title, "Summary", is a heading, and "Key findings" ends in no
    # verb, minor word or colon: a sibling section title, a heading too; round 3's "Key outcomes",
    # under numbered titles only, stays a paragraph.)
    name = "round5_jica_masthead_evaluation.txt"
    assert "Key findings" in texts(name)
    assert texts(name)[texts(name).index("Key findings") + 1].startswith("About 610,000 people gained access")
    assert "## Key findings" in cleaned(name).body
