"""Fifth round on documents shaped unlike the seeds (tests/fixtures/unseen/round5x_*.txt and the
earlier fixtures): what kind of document each is (survey, research and evaluation reports are their
own type) and who it names, asserted on the real output of the pipeline."""

from __future__ import annotations

import pytest

# the same fixture readers as round one, so every round reads the documents one way
from test_unseen_documents import fixtures, meta


# --- document types ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "round4_jetro_survey.txt",  # "FY2023 Survey on ...", "Overseas Research Department", "Summary of Findings"
    "round3_list_headings.txt",  # "... Evaluation Summary: ...", "Evaluation Department", "Lessons Learned", ...
    "round5x_eria_skills_report.txt",  # "Executive Summary", "1. Methodology", "Respondents: ...", "2. Key Findings"
])
def test_survey_research_and_evaluation_reports_are_reports(name):
    assert (meta(name)["type"], meta(name)["type_name"]) == ("report", "Report")


def test_a_story_about_a_survey_stays_news():
    # its "key findings" and "recommendations" are words in sentences, its one "Key findings"
    # subheading is not enough: a report has the shape of one in two lines at least
    assert meta("round5x_news_on_survey.txt")["type"] == "news"


@pytest.mark.parametrize("name, kind", [
    ("round4_meti_fact_sheet.txt", "fact-sheet"),  # "■ Overview", "■ Results by country": no report labels
    ("fact_sheet_table.txt", "fact-sheet"),
    ("jica_project_page.txt", "project-page"),
    ("round4_white_paper_africa.txt", "white-paper"),
    ("ministry_news_fy.txt", "press-release"),
])
def test_documents_of_other_types_keep_their_type(name, kind):
    assert meta(name)["type"] == kind


def test_every_fixture_s_type_is_one_the_site_knows():
    from atlas.vocab import load_vocabulary
    types = load_vocabulary().document_types
    for name in fixtures():
        assert meta(name)["type_name"] == types[meta(name)["type"]]["name"], name
