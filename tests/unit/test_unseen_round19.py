"""Nineteenth round: what the round-15 fixtures still got wrong, then five shapes of record-like
documents no earlier round had (tests/fixtures/unseen/round19_*.txt).

Round 15 left: the date of a forwarded e-mail (its outermost header's "Sent:" line), a dateline
with a suffix (a journal issue's pages, a podcast episode's length), and the type of an e-mail, a
chronology, a podcast's transcript and a statistical annex (all "news").

Every expected value below was read off the fixture's text (the line quoted in the comment); each
rule is also tried on small texts written here, where the same words must stay an author's.
"""

from __future__ import annotations

import pytest
from test_unseen_documents import meta

from atlas.extract_dates import parse_dateline
from atlas.extract_source import document_type
from atlas.vocab import load_vocabulary

JOURNAL = "round15_journal_article_semiconductors.txt"
MAIL = "round15_email_bulletin_forwarded.txt"
CHRONOLOGY = "round15_chronology_japan_mekong.txt"
PODCAST = "round15_podcast_transcript_cambodia_flood.txt"
ANNEX = "round15_statistical_release_oda_asean.txt"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


# --- round 15's dates -------------------------------------------------------------------------------

def test_a_forwarded_mail_is_dated_by_its_outermost_header():
    # "Sent: Thursday, February 8, 2024 10:42 AM" (the forward), over the quoted message's
    # "Sent: Wednesday, February 7, 2024 4:15 PM"
    assert (meta(MAIL)["date"], meta(MAIL)["date_precision"]) == ("2024-02-08", "day")


def test_an_issue_line_with_its_pages_dates_the_article():
    # "Volume 14, Issue 2, June 2024, pp. 145–172"
    assert (meta(JOURNAL)["date"], meta(JOURNAL)["date_precision"]) == ("2024-06", "month")


def test_an_episode_s_date_beside_its_length_dates_it():
    # "Mar 12, 2024 · 38 min 14 sec"
    assert meta(PODCAST)["date"] == "2024-03-12"


@pytest.mark.parametrize("line, value", [
    ("Sent: Thursday, February 8, 2024 10:42 AM", "2024-02-08"),
    ("Date: Wed, 7 Feb 2024 16:15:00 +0900", "2024-02-07"),  # a mail's own header, with seconds and zone
    ("Date: Wed, Feb 7, 2024 at 4:15 PM", "2024-02-07"),
    ("Mar 12, 2024 · 38 min 14 sec", "2024-03-12"),
    ("12 March 2024 | 1 hr 5 min", "2024-03-12"),
    ("May 2, 2024 · 12 min listen", "2024-05-02"),
    ("Volume 14, Issue 2, June 2024, pp. 145–172", "2024-06"),
    ("June 2024, Vol. 14(2), pp. 145-172", "2024-06"),
    ("March 2024; 12(1): 45–67", "2024-03"),
])
def test_a_date_with_a_mail_label_a_length_or_pages_is_a_dateline(line, value):
    assert parse_dateline(line).value == value


@pytest.mark.parametrize("line", [
    "Sent to 40 partners on May 2, 2024",  # a sentence that happens to hold a date
    "March 2024 - 30 new projects",
    "June 2024, 12 pages of annexes",
    "Sent: the draft agenda",
])
def test_a_date_among_other_words_is_still_no_dateline(line):
    assert parse_dateline(line) is None


# --- round 15's types -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [
    (MAIL, "email"),  # "From: ..." / "Sent: ..." / "To: ..." / "Cc: ..." / "Subject: FW: ..."
    (CHRONOLOGY, "chronology"),  # "1991 – Japan co-hosts ...", "November 2009: The first ...", ...
    (PODCAST, "interview"),  # "[00:00:08] Sarah Lim: Welcome ...", "[00:00:33] Hiroshi Ogawa: ..."
    (ANNEX, "statistics"),  # "... Statistical Annex 2023", "Table 2-1  ...", "(Unit: US$ million)"
])
def test_round15_record_shapes_get_their_type(name, kind):
    assert meta(name)["type"] == kind


def _kind(vocab, lines: list[str]) -> str:
    return document_type(vocab, None, lines[0], [], False, lines)


def test_the_new_types_need_the_shape_not_the_words(vocab):
    # a story that names a mail's sender, two dates and a table in sentences stays news
    story = ["Japan and Viet Nam signed the loan in Hanoi.",
             "From: the ministry's statement, the loan is worth 30 billion yen.",
             "In 1991 – the year talks began – Japan resumed aid.",
             "In March 2024: the second phase starts, officials said.",
             "Table 2 of the report shows the figures for 2022.",
             "[00:12] is when the recording of the ceremony starts."]
    assert _kind(vocab, story) == "news"


def test_each_new_type_on_a_small_text(vocab):
    mail = ["From: Desk Officer <desk@example.org>", "To: Partners", "Subject: Meeting notes",
            "Dear all, please find the notes below."]
    chronology = ["1991 – Talks begin.", "1992 – Loans resume.", "1993 – A conference in Tokyo.",
                  "1995 – A commission is set up.", "January: A ministers' meeting.", "2008 – A second meeting."]
    annex = ["ODA Statistical Tables 2023", "Table 1  Disbursements by country", "(Unit: US$ million)",
             "Table 2  Commitments by sector"]
    transcript = ["[00:01] Host: Welcome to the show.", "[00:05] Guest: Thank you for having me."]
    assert [_kind(vocab, x) for x in (mail, chronology, annex, transcript)] == \
        ["email", "chronology", "statistics", "interview"]
    assert _kind(vocab, chronology[:5]) == "news"  # five dated lines are a story's list, not yet a chronology
