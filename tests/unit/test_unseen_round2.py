"""Second round on documents shaped unlike the seeds (tests/fixtures/unseen/): what kind of
document each is, what its summary says, and how its headings and label blocks are laid out,
asserted on the real output of the pipeline."""

from __future__ import annotations

import re

import pytest

from atlas.clean import clean_text
# the same fixture readers as round one, so both rounds read the documents one way
from site_markdown import without_permalinks
from test_unseen_documents import cleaned, html, meta, texts


# --- document types ------------------------------------------------------------------------------

def test_questions_set_off_as_q_lines_make_an_interview_words_quoted_in_a_story_do_not():
    assert (meta("interview_qa.txt")["type"], meta("interview_qa.txt")["type_name"]) == ("interview", "Interview")
    # "said in a keynote speech", "said in a press release", "Excellencies, ..." inside a quote:
    # words a story reports, not lines of the document's own shape
    assert meta("news_about_speech.txt")["type"] == "news"


@pytest.mark.parametrize("name, kind, kind_name", [
    ("speech_transcript.txt", "speech", "Speech"),  # "Speech by ...", "[Check against delivery]"
    ("press_release_kyodo.txt", "press-release", "Press release"),  # "FOR IMMEDIATE RELEASE", "###"
    ("ministry_news_fy.txt", "press-release", "Press release"),  # its "Press Releases" section label
    ("jica_project_page.txt", "project-page", "Project page"),  # "Project Outline", "Overall Goal", ...
])
def test_speeches_press_releases_and_project_pages_are_their_own_types(name, kind, kind_name):
    assert (meta(name)["type"], meta(name)["type_name"]) == (kind, kind_name)


# --- summaries -----------------------------------------------------------------------------------

def test_a_speech_s_summary_starts_after_its_salutation_and_greeting():
    # "Excellencies, ..., ladies and gentlemen," and "Good afternoon." open the speech but say nothing
    assert meta("speech_transcript.txt")["summary"] == (
        "It is a great pleasure to welcome so many leaders of business from ASEAN and Japan here in Tokyo.")


def test_an_interview_s_summary_is_its_first_answer_not_its_first_question():
    # the answer's first sentence is short, so the next one comes with it; the "A:" label does not
    assert meta("interview_qa.txt")["summary"] == (
        "Because the timing is right. Global companies are moving part of their supply chains out of a "
        "single country, and Viet Nam has a young, well-educated workforce.")


# --- headings above lists ------------------------------------------------------------------------

def test_a_title_case_line_right_above_a_list_is_the_list_s_heading():
    page = without_permalinks(html(cleaned("jica_project_page.txt").body))
    assert '<h2 id="outputs">Outputs</h2>\n<ol>' in page
    assert '<h2 id="project-activities">Project Activities</h2>\n<ul>' in page
    assert "<p>Outputs" not in page and "<p>Project Activities" not in page
    assert page.count("<li") == 6  # the items stay a list, each one
    lead_in = html(cleaned("white_paper_numbering.txt").body)
    assert "The main activities are:</p>" in lead_in and '<h2 id="the-main-activities' not in lead_in


# --- "Label: value" blocks -----------------------------------------------------------------------

@pytest.mark.parametrize("name, block", [
    ("press_release_kyodo.txt", ["Media contact:", "Press Division, Ministry of Foreign Affairs of Japan",
                                 "Tel: +81-3-5501-8000"]),
    ("ministry_news_fy.txt", ["(Reference) Basic data on the Republic of Indonesia",
                              "Area: 1.92 million square kilometres", "Population: approximately 275 million (2022)",
                              "Capital: Jakarta"]),
])
def test_a_contact_or_reference_block_keeps_one_line_each(name, block):
    paras = texts(name)
    assert paras[-len(block):] == block  # every word, in order, one line each
    page = html(cleaned(name).body)
    assert all(re.search(rf'<p id="p-\d+">{re.escape(line)}</p>', page) for line in block)
    # one "Label:" in a wrapped sentence is the author's colon: the lines still join
    c = clean_text("Japan Opens a Data Centre in Laos\n\n"
                   "Objective: to host the government cloud and the data\n"
                   "of the ministries, officials said.\n")
    assert [p.text for p in c.paragraphs] == [
        "Objective: to host the government cloud and the data of the ministries, officials said."]
