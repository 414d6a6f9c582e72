"""Nineteenth round: what the round-15 fixtures still got wrong, then five shapes of record-like
documents no earlier round had (tests/fixtures/unseen/round19_*.txt).

Round 15 left: the date of a forwarded e-mail (its outermost header's "Sent:" line), a dateline
with a suffix (a journal issue's pages, a podcast episode's length), and the type of an e-mail, a
chronology, a podcast's transcript and a statistical annex (all "news").

The new shapes:
- a Diet committee's minutes (session and sitting lines, "○Speaker (Party): ..." turns, rules of
  horizontal bars, "Page 3 of 3");
- a conference paper's first pages (the proceedings and its pages over the title, authors with
  superscripts glued to their affiliations, "Abstract—", "Keywords—", "I. INTRODUCTION" and "A. ..."
  sections, running heads with page numbers, "[1] ..." references, the IEEE copyright line);
- an ex-post evaluation sheet ("Label: value" lines under its title, "I." / "II." parts, a ratings
  table with circled figures, "Project Cost: Plan ... / Actual ...");
- a call for applications of a training course (the programme's name, "CALL FOR APPLICATIONS",
  the course's name, "Course No.:", a "Posted: ... | Category: ... | ..." line, ☐ and ✓ lines,
  a download line with file sizes, a contact block);
- a research institute's press release for a SATREPS project ("EMBARGOED UNTIL 00:01 JST, ...",
  the institute's name over the headline, "SENDAI, Japan — 9 July 2024 — ...", "###",
  "Media contact:").

Every expected value below was read off the fixture's text (the line quoted in the comment); each
rule is also tried on small texts written here, where the same words must stay an author's.
"""

from __future__ import annotations

import re

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round8 import assert_words_kept
from test_unseen_round7 import page
from test_unseen_round10 import headings, idempotent

from atlas.clean import clean_text
from atlas.clean_blocks import heading_kind, to_line
from atlas.clean_rules import load_rules
from atlas.extract import named_title, opening_sentences
from atlas.extract_dates import parse_dateline
from atlas.extract_source import document_type
from atlas.extract_spans import find_people
from atlas.vocab import load_vocabulary

JOURNAL = "round15_journal_article_semiconductors.txt"
MAIL = "round15_email_bulletin_forwarded.txt"
CHRONOLOGY = "round15_chronology_japan_mekong.txt"
PODCAST = "round15_podcast_transcript_cambodia_flood.txt"
ANNEX = "round15_statistical_release_oda_asean.txt"
DIET = "round19_diet_committee_record.txt"
PAPER = "round19_conference_paper_digital_skills.txt"
EXPOST = "round19_expost_evaluation_cambodia_water.txt"
CALL = "round19_call_for_applications_kcc_dx.txt"
RELEASE = "round19_satreps_press_release_embargo.txt"


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


# --- the new fixtures: every word kept, in order; cleaning idempotent ------------------------------

def _paper_as_read() -> str:
    """The paper with its citations as the page reads them: "[1]" after a word points to the
    reference (a link, no word of the paragraph); the reference's own line keeps it as its label.
    ("Wongsuwan¹" keeps its mark as text: no affiliation is a note.)"""
    return "\n".join(line if line.startswith("[") else re.sub(r"(?<=\S) ?\[\d{1,3}\]", "", line)
                     for line in seed(PAPER).text.split("\n"))


def _expost_as_read() -> str:
    """The evaluation with its table's header as one row: "Baseline" over "(2014)" is one column's
    name, as the table's header shows it."""
    lines = seed(EXPOST).text.split("\n")
    k = next(k for k, line in enumerate(lines) if line.startswith("Indicator "))
    lines[k:k + 2] = ["Indicator Baseline (2014) Target (2023) Actual (2021) Actual (2023)"]
    return "\n".join(lines)


@pytest.mark.parametrize("name, text", [
    (DIET, lambda: seed(DIET).text),
    (PAPER, _paper_as_read),
    (EXPOST, _expost_as_read),
    (CALL, lambda: seed(CALL).text),
    (RELEASE, lambda: seed(RELEASE).text),
])
def test_every_source_word_stays_in_order_and_cleaning_is_idempotent(name, text):
    assert_words_kept(text(), cleaned(name))
    idempotent(seed(name).text)


# --- a Diet committee's minutes -------------------------------------------------------------------------

def test_the_minutes_are_dated_by_their_sitting_and_typed_as_a_parliamentary_record():
    m = meta(DIET)
    # "Minutes of the Committee on Foreign Affairs and Defense, House of Councillors" /
    # "213th Session of the Diet" / "No. 9  Thursday, April 18, 2024"
    assert m["title"] == "Minutes of the Committee on Foreign Affairs and Defense, House of Councillors"
    assert (m["date"], m["date_precision"]) == ("2024-04-18", "day")
    assert m["type"] == "parliamentary-record"  # "○Chairperson (SATO Masahisa): ...", eight such turns
    assert {c["code"] for c in m["countries"]} >= {"PH", "VN", "MM"}


def test_the_rules_of_horizontal_bars_are_furniture_and_the_turns_stay_whole():
    c = cleaned(DIET)
    assert c.removed.count("――――――――――――――――――――――――") == 2
    assert "Page 3 of 3" in c.removed
    assert any(t.startswith("○Minister for Foreign Affairs (YAMAMOTO Kaori): Thank you for the question.")
               for t in texts(DIET))


@pytest.mark.parametrize("line", ["―――", "━━━━━━", "───────"])
def test_a_rule_of_bars_or_box_lines_is_furniture(line):
    c = clean_text(f"A title for a page\n\nThe first paragraph says something long enough.\n\n{line}\n\n"
                   "The second paragraph says something else entirely.")
    assert line in c.removed


def test_a_dash_between_words_stays():
    c = clean_text("A title for a page\n\nThe first paragraph ― an aside ― says something long enough.")
    assert texts_of(c) == ["The first paragraph ― an aside ― says something long enough."]


def texts_of(c) -> list[str]:
    return [p.text for p in c.paragraphs]


@pytest.mark.parametrize("lines, kind", [
    (["○Chair (SATO): Order.", "○Member (CDP): A question on aid.", "○Minister (YAMADA): An answer."],
     "parliamentary-record"),
    (["The 213th Session of the Diet opened in January.", "The chair called the meeting to order.",
      "A member asked about aid: the minister answered."], "news"),  # the same words in sentences
])
def test_a_record_is_known_by_its_speakers_marks(vocab, lines, kind):
    assert _kind(vocab, lines) == kind


# --- a conference paper ---------------------------------------------------------------------------------

def test_the_paper_s_title_is_under_its_proceedings_and_pages():
    c, m = cleaned(PAPER), meta(PAPER)
    # "Proceedings of the 2024 International Conference on ICT for Development (ICT4D Asia 2024)" /
    # "Bangkok, Thailand, 21–23 August 2024 | pp. 88–95" / "Co-Creating Digital Skills: Lessons from ..."
    assert c.title == ("Co-Creating Digital Skills: Lessons from JICA's Technical Cooperation with Thailand's "
                       "Eastern Economic Corridor")
    assert c.source_lines == ("Proceedings of the 2024 International Conference on ICT for Development "
                              "(ICT4D Asia 2024)",)
    assert c.dateline == "Bangkok, Thailand, 21–23 August 2024 | pp. 88–95"
    assert (m["date"], m["date_precision"]) == ("2024-08", "month")  # the conference's days: its month
    assert m["type"] == "report"  # "Abstract—...", "Keywords—..."
    assert m["summary"].startswith("Thailand's Eastern Economic Corridor (EEC) aims")  # without "Abstract—"


def test_proceedings_without_pages_are_the_document_itself():
    # (round7_pdf_seminar_proceedings.txt: "Proceedings of the Japan-ASEAN Seminar ..." / "Bangkok, 14 March 2024")
    c = clean_text("Proceedings of the Japan-ASEAN Seminar on Development Cooperation\nBangkok, 14 March 2024\n\n"
                   "Opening Remarks\n\nIt is my great pleasure to open this seminar with all of you today.")
    assert c.title == "Proceedings of the Japan-ASEAN Seminar on Development Cooperation"


def test_roman_and_lettered_sections_rank_as_the_paper_numbers_them():
    assert headings(PAPER) == ["I. INTRODUCTION", "II. BACKGROUND AND RELATED WORK",
                               "A. Technical cooperation for vocational education", "B. The KOSEN model abroad",
                               "III. METHOD", "REFERENCES"]
    assert re.search(r"<h2[^>]*>II\. BACKGROUND AND RELATED WORK</h2>", page(cleaned(PAPER)))
    assert re.search(r"<h3[^>]*>A\. Technical cooperation for vocational education</h3>", page(cleaned(PAPER)))


def test_running_heads_and_the_copyright_line_are_furniture_and_affiliations_are_notes():
    c = cleaned(PAPER)
    # "ICT4D Asia 2024    89", "90    ICT4D Asia 2024", "ICT4D Asia 2024    91"
    assert {"ICT4D Asia 2024 89", "90 ICT4D Asia 2024", "ICT4D Asia 2024 91"} <= set(c.removed)
    assert "978-1-6654-0000-0/24/$31.00 ©2024 IEEE" in c.removed
    # "Somsak Wongsuwan¹, Aiko Nakamura², Pham Minh Duc³" over "¹King Mongkut's Institute ..." /
    # "²Graduate School ..." / "³Hanoi University ...": the authors' line is no heading, and each
    # affiliation is a line of its own
    paras = texts(PAPER)
    k = paras.index("Somsak Wongsuwan¹, Aiko Nakamura², Pham Minh Duc³")
    assert paras[k + 1:k + 4] == ["¹King Mongkut's Institute of Technology Ladkrabang, Bangkok, Thailand",
                                  "²Graduate School of International Development, Nagoya University, Japan",
                                  "³Hanoi University of Science and Technology, Viet Nam"]


@pytest.mark.parametrize("line", [
    "A. Nakamura",  # an initial and a name
    "A. Nakamura and B. Tanaka",
    "V. conclusions were drawn.",
])
def test_a_letter_before_a_name_or_a_sentence_numbers_no_section(line):
    nxt = [to_line("The paragraph under it says something long enough.")]
    assert (heading_kind([to_line(line)], nxt, load_rules()) or ("",))[0] not in {"A.", "I."}


def test_lines_opened_by_superscripts_are_apart_only_when_most_lines_are():
    c = clean_text("A title for a page\n\nThe ratio rose to 10² in the\nfirst year and to ³ of the\n"
                   "total in the second year, as the table shows.")
    assert texts_of(c) == ["The ratio rose to 10² in the first year and to ³ of the total in the second year, "
                           "as the table shows."]


def _headings_of(c) -> list[str]:
    return re.findall(r"^#+ (.*?) \{", c.body, re.M)


# --- an ex-post evaluation --------------------------------------------------------------------------------

def test_the_evaluation_is_titled_by_its_project_and_its_label_lines_open_the_text():
    c, m = cleaned(EXPOST), meta(EXPOST)
    # "Ex-Post Evaluation of Japanese ODA Grant Aid Project" over "External Evaluator: Mariko Sasaki, ... Co., Ltd."
    assert c.title == "Ex-Post Evaluation of Japanese ODA Grant Aid Project"
    assert texts(EXPOST)[0] == "External Evaluator: Mariko Sasaki, Global Evaluation Partners Co., Ltd."
    # "Project Name: The Project for Expansion of Water Supply Systems in Kampot and Battambang"
    assert m["title"] == "The Project for Expansion of Water Supply Systems in Kampot and Battambang"
    assert m["series"] == "Ex-Post Evaluation of Japanese ODA Grant Aid Project"
    assert m["type"] == "report"  # "1. Overall Rating", the title line
    # the summary passes over the label lines to the first sentence: "Background: In 2014, only 28% ..."
    assert m["summary"].startswith("In 2014, only 28% of the population of Kampot")


def test_the_parts_numbered_in_roman_rank_above_the_numbered_sections():
    assert headings(EXPOST)[:4] == ["I. Project Outline", "II. Result of the Evaluation", "Summary",
                                    "1. Overall Rating"]
    assert "Overall Rating: B (1)" in texts(EXPOST)  # a rating, not a heading


@pytest.mark.parametrize("line, heading", [
    ("Course No.: 202484512-J001", False),
    ("Overall Rating: B (1)", False),
    ("Session 1: Quality Infrastructure", True),  # a figure in the label: a numbered part's title
    ("Climate Change: A Shared Concern", True),
])
def test_a_label_and_a_code_is_no_heading(line, heading):
    c = clean_text(f"A title for a page\n\n{line}\n\nThe paragraph under it says something long enough.")
    assert (line in _headings_of(c)) is heading


# --- a call for applications ----------------------------------------------------------------------------

def test_the_course_is_the_title_and_its_programme_the_series():
    c, m = cleaned(CALL), meta(CALL)
    # "JICA Knowledge Co-Creation Program (Group & Region Focus)" / "CALL FOR APPLICATIONS" /
    # "Digital Transformation for Public Administration (for ASEAN and Pacific Island Countries)"
    assert c.title == "Digital Transformation for Public Administration (for ASEAN and Pacific Island Countries)"
    assert c.series == "JICA Knowledge Co-Creation Program (Group & Region Focus)"
    assert "CALL FOR APPLICATIONS" in c.removed
    assert m["type"] == "call-for-applications"
    # "Posted: 2 May 2024 | Category: Training / Scholarships | JICA Tsukuba Center"
    assert (m["date"], m["date_precision"]) == ("2024-05-02", "day")
    assert "Course No.: 202484512-J001" in texts(CALL)


def test_the_download_line_and_the_metadata_line_are_text_not_headings():
    hs = headings(CALL)
    assert not any(h.startswith(("Download", "Posted", "Course No.")) for h in hs)
    assert "Download: Application Form (Word, 215KB) | General Information (PDF, 1.2MB)" in texts(CALL)


def test_a_programme_over_a_story_s_section_label_is_no_series_without_a_headline_under_it():
    c = clean_text("Japan-Mekong Cooperation\n\nNews\n\nJapan and the five Mekong countries met in Tokyo on "
                   "Friday to review the strategy.")
    assert c.title == "Japan-Mekong Cooperation" and c.series is None


# --- a research institute's press release ----------------------------------------------------------------

def test_the_release_s_embargo_dates_it_and_its_institute_is_the_source():
    c, m = cleaned(RELEASE), meta(RELEASE)
    assert c.dateline == "EMBARGOED UNTIL 00:01 JST, TUESDAY 9 JULY 2024"
    assert (m["date"], m["date_precision"]) == ("2024-07-09", "day")
    # "Tohoku Institute for Disaster Science" alone over the headline
    assert c.title == "Japanese and Indonesian researchers launch five-year SATREPS project to forecast volcanic lahars"
    assert m["source"] == "Tohoku Institute for Disaster Science"
    assert m["type"] == "press-release"
    # "SENDAI, Japan — 9 July 2024 — The Tohoku Institute ...": the lede's place and date are no summary
    assert m["summary"].startswith("The Tohoku Institute for Disaster Science (TIDS) and Indonesia's")
    assert {"brin", "bnpb", "jst", "jica", "satreps"} <= {o["id"] for o in m["organisations"]}


def test_a_name_over_a_short_line_is_still_the_title():
    # a profile's title over its standfirst, no prose under it
    c = clean_text("Asian Development Bank Institute\n\nA think tank in Tokyo\n\nKey facts")
    assert c.title == "Asian Development Bank Institute"


@pytest.mark.parametrize("line, value", [
    ("EMBARGOED UNTIL 00:01 JST, TUESDAY 9 JULY 2024", "2024-07-09"),
    ("Embargoed until 9 July 2024", "2024-07-09"),
    ("No. 9  Thursday, April 18, 2024", "2024-04-18"),
    ("Bangkok, Thailand, 21–23 August 2024 | pp. 88–95", "2024-08"),
    ("August 21-23, 2024", "2024-08"),
])
def test_an_embargo_a_sitting_and_a_conference_s_days_are_datelines(line, value):
    assert parse_dateline(line).value == value


@pytest.mark.parametrize("title, label, expected", [
    ("Ex-Post Evaluation of Japanese ODA Grant Aid Project", "Project Name: The Project for Clean Water in Kampot",
     "The Project for Clean Water in Kampot"),
    ("Project Summary", "Name of the Project: Coastal Resilience Programme", "Coastal Resilience Programme"),
    # a title of its own keeps it, and a label naming no project gives none
    ("Japan and Cambodia open a water plant in Kampot", "Project Name: The Project for Clean Water in Kampot", None),
    ("Ex-Post Evaluation of Japanese ODA Grant Aid Project", "Country Name: Kingdom of Cambodia", None),
])
def test_a_sheet_s_generic_title_gives_way_to_its_project_s_name(title, label, expected):
    assert named_title(title, ["External Evaluator: A. Sato", label, "Background: The town had no water."]) == expected


def test_a_record_s_summary_starts_after_the_speaker_s_label():
    # "○Chairperson (SATO Masahisa): I now call the meeting to order. We will take up questions ..."
    assert meta(DIET)["summary"].startswith("I now call the meeting to order.")


def test_a_bullet_like_mark_without_a_speaker_s_colon_stays_in_the_summary():
    line = "○ Japan provided 160 million dollars to the people of Myanmar through agencies of the UN."
    assert opening_sentences([line], set()) == [line]


def test_the_speakers_of_the_record_are_its_people():
    # "○Chairperson (SATO Masahisa):", "○TAKAHASHI Reiko (Constitutional Democratic Party of Japan):",
    # "○Minister for Foreign Affairs (YAMAMOTO Kaori):", "○Director-General, International Cooperation
    # Bureau (KONDO Takeshi):"
    assert meta(DIET)["people"] == [
        {"name": "Masahisa Sato", "role": "Chairperson"},
        {"name": "Reiko Takahashi", "role": "Constitutional Democratic Party of Japan"},
        {"name": "Kaori Yamamoto", "role": "Minister for Foreign Affairs"},
        {"name": "Takeshi Kondo", "role": "Director-General, International Cooperation Bureau"}]


@pytest.mark.parametrize("text", [
    "Chairperson: SATO Masahisa (tentative name)",  # a list of members, no turn
    "The minister (YAMAMOTO Kaori) answered: yes.",  # a sentence, no mark
    "○ The ODA budget (JPY 560 billion): up 2%",  # a bullet's figures, no name
])
def test_no_speaker_without_a_turn_s_mark_and_name(text):
    assert find_people(text) == []


def test_a_list_of_titles_a_line_each_stays_a_line_each():
    # "Government officials present" / "Minister for Foreign Affairs" / "Parliamentary Vice-Minister
    # for Foreign Affairs" / "Director-General, International Cooperation Bureau, Ministry of Foreign Affairs"
    paras = texts(DIET)
    k = paras.index("Government officials present")
    assert paras[k + 1:k + 4] == ["Minister for Foreign Affairs", "Parliamentary Vice-Minister for Foreign Affairs",
                                  "Director-General, International Cooperation Bureau, Ministry of Foreign Affairs"]


@pytest.mark.parametrize("text", [
    # a hard-wrapped sentence: its lines go on in lower case, or it ends with its stop
    "The ministry sent three officials\nto the committee, and the Minister\nanswered every question in turn.",
    "Japan Provides Grant Aid\nTo Cambodia For Clean Water\nIn Kampot And Battambang.",
    # a line longer than a list's lines: wrapped prose
    "Officials Of The Ministry Of Foreign Affairs And The Japan International Cooperation Agency Met\n"
    "The Committee\nOn Thursday",
])
def test_wrapped_lines_stay_one_paragraph(text):
    c = clean_text("A title for a page\n\n" + text + "\n\nThe paragraph under it says something long enough.")
    assert texts_of(c)[0] == " ".join(text.split("\n"))


def test_an_office_after_a_role_is_no_person():
    # the record's "Minister for Foreign Affairs" / "Parliamentary Vice-Minister for Foreign Affairs" /
    # "Director-General, ..." lines: offices, one after the other, naming no one
    text = "Minister for Foreign Affairs\nParliamentary Vice-Minister for Foreign Affairs\nDirector-General"
    assert find_people(text) == []
    assert find_people("Foreign Minister Yoko Kamikawa met Ambassador Stephen King.") == [
        {"name": "Yoko Kamikawa", "role": "Foreign Minister"}, {"name": "Stephen King", "role": "Ambassador"}]
