"""Section titles of a project page or a report, some in title case or of one word ("Background",
"Objectives"), others in sentence case ("Activities and progress"): one layout, every one a
heading, even where only one line in sentence case stands over its section. Pages written here in
that shape, and the JAIF project page of tests/fixtures/unseen/ read as its text lays it out."""

from __future__ import annotations

from test_unseen_documents import cleaned

from atlas.clean import clean_text

PAGE = """Community Flood Warning in the Lower Mekong

Background

The lower Mekong basin is one of the most flood-prone areas in the region. Many rural communities still receive warnings too late.

Objectives

The project installs water level stations in forty communes. It links them to the national forecasting systems.

Activities and progress

By September, thirty-two of the forty stations had been installed. Training of commune officials began in June.

"We received the warning six hours before the water arrived," said a village chief in Kratie province.

Expected outcomes

The project is expected to benefit about 95,000 people in the target communes of both countries.
"""


def headings(text: str) -> list[str]:
    return [line for line in clean_text(text).body.splitlines() if line.startswith("#")]


def test_a_section_title_in_sentence_case_beside_titles_of_one_word():
    assert headings(PAGE) == ["## Background { #background }", "## Objectives { #objectives }",
                              "## Activities and progress { #activities-and-progress }",
                              "## Expected outcomes { #expected-outcomes }"]


def test_with_no_such_siblings_one_phrase_alone_stays_text():
    # a news story with one line of sentence case over a paragraph and no other section title
    story = PAGE.replace("Background\n\n", "").replace("Objectives\n\n", "")
    assert headings(story) == []


def test_the_project_page_s_sections():
    body = cleaned("round49_jaif_project_page_cambodia_drr.txt").body
    assert "## Activities and progress" in body and "## Expected outcomes" in body


def test_a_name_right_over_its_files_heads_them():
    # "Related documents" with its file links under it, no blank line between: as apart by one
    text = PAGE + "\nRelated documents\nProject Brief (PDF, 420 KB)\nMid-term Report (PDF, 1.1 MB)\n"
    assert headings(text)[-1] == "## Related documents { #related-documents }"
    body = clean_text(text).body
    assert "- Project Brief (PDF, 420 KB)" in body and "- Mid-term Report (PDF, 1.1 MB)" in body
    # a lead-in sentence over them stays the author's text
    text = PAGE + "\nThe reports can be downloaded below:\nProject Brief (PDF, 420 KB)\nMid-term Report (PDF, 1.1 MB)\n"
    assert headings(text)[-1] == "## Expected outcomes { #expected-outcomes }"
