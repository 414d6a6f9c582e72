"""Twenty-fifth round: leftovers of earlier rounds. Where a fixture shows a defect, the expected
values were read off its lines (quoted in the comments); each rule is also tried on small texts
written here, where it must fire and where it must not."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta

from atlas.clean import clean_text, parse
from atlas.clean_rules import FURNITURE_FILE, compile_rules, load_furniture_data, load_series_cues


def _headings(body: str) -> list[str]:
    return [line.lstrip("#").split(" { #")[0].strip() for line in body.splitlines() if line.startswith("#")]


# --- 1. a metadata field is no heading --------------------------------------------------------------

PROSE = ("The programme trains officials from ten countries in digital public services. Each participant "
         "drafts an action plan for their own ministry.\n")


def test_the_language_line_of_a_call_for_applications_is_a_field_not_a_heading():
    # round19_call_for_applications_kcc_dx.txt: "Number of participants: 12" / "" / "Language: English" /
    # "" / "1. Objective": the field stays a line of text, and the numbered sections are the top headings
    body = cleaned("round19_call_for_applications_kcc_dx.txt").body
    assert "Language: English\n{ #p-8 }" in body
    assert _headings(body)[:2] == ["1. Objective", "2. Target countries"]
    assert "\n## 1. Objective" in body


@pytest.mark.parametrize("line", ["Language: English", "Format: Online Course", "Country: Viet Nam",
                                  "Sector: Water Supply", "Region: Southeast Asia", "File size: Large"])
def test_a_metadata_label_and_its_value_over_prose_is_text(line):
    body = clean_text(f"A Course for Officials\n\n{PROSE}\n{line}\n\n{PROSE}").body
    assert line not in _headings(body) and f"\n{line}\n" in body


@pytest.mark.parametrize("line", ["Climate Change: A Shared Concern", "Regional Cooperation: The Next Step",
                                  "Languages and Cultures"])
def test_a_colon_title_whose_head_is_no_metadata_label_stays_a_heading(line):
    body = clean_text(f"A Course for Officials\n\n{PROSE}\n{line}\n\n{PROSE}").body
    assert line in _headings(body)


def test_the_metadata_labels_are_read_from_the_furniture_data():
    data = load_furniture_data(FURNITURE_FILE)
    text = f"A Course for Officials\n\n{PROSE}\nLanguage: English\n\n{PROSE}"
    assert "Language: English" not in _headings(clean_text(text).body)
    data["field_labels"] = "format|pages"  # a copy without the label: the line reads as a heading again
    rules = compile_rules(data, load_series_cues())
    assert [b.text for b in parse(text, rules).blocks if b.kind == "heading"] == ["Language: English"]
