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


# --- people named before their role ----------------------------------------------------------------

@pytest.mark.parametrize("name, people", [
    # "Mr. KUROKI Hideo, Ambassador Extraordinary and Plenipotentiary of Japan to the Democratic
    # Republic of Timor-Leste, and H.E. Mr. Bendito dos Santos Freitas, Minister for Foreign Affairs
    # and Cooperation of the Democratic Republic of Timor-Leste": the role stops where the country starts
    ("round4_mofa_grant_timor.txt", [("Hideo Kuroki", "Ambassador Extraordinary and Plenipotentiary of Japan to the Democratic Republic of Timor-Leste"),
                                     ("Bendito dos Santos Freitas", "Minister for Foreign Affairs and Cooperation"),
                                     ("Yoko Kamikawa", "Foreign Minister")]),
    # "Mr. SATO Kenji, Chief Representative of JICA Philippines Office", "H.E. Ms. Maria Teresa dela
    # Cruz-Santos, Secretary of the Department of ...", "Dr. Ahmad bin Hassan, Executive Director of
    # the ... (AHA Centre)" (not also "Ahmad", a "Dr."); "Mr. Secretary, Governor, ladies and
    # gentlemen" addresses no one by name
    ("round5x_embassy_signing.txt", [("Kenji Sato", "Chief Representative"),
                                     ("Maria Teresa dela Cruz-Santos", "Secretary"),
                                     ("Kazuya Endo", "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of the Philippines"),
                                     ("Ahmad bin Hassan", "Executive Director"), ("Dennis Pineda", "Governor")]),
    # a report's credits: "Dr. Somchai Rattanakorn, Senior Fellow" (the post after the comma is the
    # role, not the honorific: round 51), "Ms. NAKAMURA Emi, Director of the Research Department",
    # "Mr. Phonesavanh Keomany, Director-General of the Department of ..."
    ("round5x_eria_skills_report.txt", [("Somchai Rattanakorn", "Senior Fellow"), ("Emi Nakamura", "Director"),
                                        ("Phonesavanh Keomany", "Director-General")]),
])
def test_people_named_before_their_roles(name, people):
    assert [(p["name"], p["role"]) for p in meta(name)["people"]] == people


def test_a_role_in_small_letters_after_a_speaker_s_name_names_the_speaker():
    # "... said Kenji Sato, director of the agency's overseas research department": round 26 reads
    # a role in small letters after the name of the speaker "said" introduces (people.yml
    # apposition_roles); "Economy minister Saito": one word is too little
    # (its byline names its writer, from the line cleaning lifted off the body)
    assert meta("round5x_news_on_survey.txt")["people"] == [{"name": "Hana Mori", "role": "Author"},
                                                            {"name": "Kenji Sato", "role": "Director"}]


@pytest.mark.parametrize("text, people", [
    ("Mr. KAMIKAWA Yoko, Minister for Foreign Affairs, attended.",
     [{"name": "Yoko Kamikawa", "role": "Minister for Foreign Affairs"}]),
    ("KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, said",  # capitals: no honorific needed
     [{"name": "Yoko Kamikawa", "role": "Minister for Foreign Affairs"}]),
    ("Ms. Jane Tan, Director-General of the ASEAN Economic Community Department, spoke.",
     [{"name": "Jane Tan", "role": "Director-General"}]),
    ("Mr Tanaka, Minister of Economy, Trade and Industry, and Ms. Lee, Vice Minister of Finance, met.",
     [{"name": "Tanaka", "role": "Minister of Economy, Trade and Industry"},
      {"name": "Lee", "role": "Vice Minister of Finance"}]),
    ("Dr. Jane Tan, Director-General of Trade, spoke.",  # the role wins over the honorific
     [{"name": "Jane Tan", "role": "Director-General of Trade"}]),
    ("Mr. President, Prime Minister Anwar Ibrahim, ladies and gentlemen,",  # an address is no name
     [{"name": "Anwar Ibrahim", "role": "Prime Minister"}]),
    ("Japan, Minister of State for Foreign Affairs and Cambodia agreed.", []),  # no honorific, no capitals
    ("ASEAN Member, Minister of Trade", []),  # a known name in capitals is no family name
    ("TOKYO Tuesday, Director of the bureau said", []),  # nor a city before a weekday
    # ranks and an agency's country head before a name
    ("PCG Commandant Admiral Ronnie Gil Gavan thanked Japan.", [{"name": "Ronnie Gil Gavan", "role": "Admiral"}]),
    ("said JICA Chief Representative Sakata Shimizu.", [{"name": "Sakata Shimizu", "role": "Chief Representative"}]),
    ("the General Assembly and Major General Office", []),
    # the place or body a role serves between role and name, when the vocabularies know it
    ("JICA Chief Representative in Viet Nam Sakata Shimizu told reporters",
     [{"name": "Sakata Shimizu", "role": "Chief Representative"}]),
    ("Secretary-General of ASEAN Kao Kim Hourn said", [{"name": "Kao Kim Hourn", "role": "Secretary-General"}]),
    ("Prime Minister of Japan KISHIDA Fumio said", [{"name": "Fumio Kishida", "role": "Prime Minister"}]),
    # a portfolio between role and name (round 20: "Deputy Minister of Investment, Industry and Trade Laziz
    # Kudratov"); a place the vocabularies do not know stops the role ("Minister of Atlantis Sri Mulyani")
    ("the Minister of Finance Sri Mulyani", [{"name": "Sri Mulyani", "role": "Minister of Finance"}]),
    ("the Minister of Atlantis Sri Mulyani", []),
])
def test_a_name_then_its_role_needs_an_honorific_or_a_family_name_in_capitals(text, people):
    from atlas.extract_spans import find_people
    assert find_people(text, not_names={"Japan", "ASEAN", "Cambodia", "Viet Nam", "JICA"}) == people


def test_a_research_institute_named_under_the_title_is_the_source():
    # a think tank publishes its own reports: its name under the title is the publisher line
    assert meta("round5x_eria_skills_report.txt")["source"] == "Economic Research Institute for ASEAN and East Asia"
