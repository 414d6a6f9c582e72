"""Fortieth round: what the helpers' rounds 37 to 39 saw and left, mended with general rules.
Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import meta

from atlas.clean import clean_text
from atlas.extract_source import source_of
from atlas.vocab import load_vocabulary

DOF = "round38_dof_japan_philippines_joint_statement.txt"


def test_a_site_s_section_under_the_publisher_is_no_second_publisher():
    # "Department of Finance" / "Republic of the Philippines" / "" / "News & Updates" over the title
    assert meta(DOF)["source"] == "Department of Finance"
    vocab = load_vocabulary()
    assert source_of(["Department of Finance", "Home > News"], vocab)[0] == "Department of Finance"
    # a line alone, or one naming a body, is still the source
    assert source_of(["News & Updates"], vocab)[0] == "News & Updates"
    assert source_of(["Department of Finance", "Bureau of the Treasury"], vocab)[0] == \
        "Department of Finance / Bureau of the Treasury"


LETTERHEAD = "Department of Finance\nRepublic of the Philippines\n\n"
WRAPPED_TITLE = "JOINT STATEMENT OF THE 15TH MEETING OF THE JAPAN-PHILIPPINES\nHIGH LEVEL JOINT COMMITTEE ON INFRASTRUCTURE DEVELOPMENT\n\n"
TEXT = ("1. The Fifteenth Meeting of the Japan-Philippines High Level Joint Committee was held in Pasay City on "
        "14 February 2025. The Philippine delegation was led by Finance Secretary Ralph Recto.\n\n"
        "2. Both sides welcomed the progress of the North-South Commuter Railway, financed by Japanese ODA loans.\n")


def test_a_title_in_capitals_wrapped_over_two_lines_is_one_title():
    # the shape round 38's helper first wrote the DOF statement in: the letterhead, then the title in
    # capitals over two lines; the second line was taken for a subtitle
    c = clean_text(LETTERHEAD + WRAPPED_TITLE + TEXT)
    assert c.title == ("JOINT STATEMENT OF THE 15TH MEETING OF THE JAPAN-PHILIPPINES HIGH LEVEL JOINT COMMITTEE ON "
                       "INFRASTRUCTURE DEVELOPMENT")
    assert not c.subtitle and c.source_lines[0] == "Department of Finance"


def test_a_title_in_capitals_that_ends_its_sentence_keeps_its_subtitle():
    c = clean_text(LETTERHEAD + "WHAT NEXT FOR THE JAPAN-PHILIPPINES PARTNERSHIP?\nHIGH LEVEL JOINT COMMITTEE MEETS\n\n" + TEXT)
    assert c.title == "WHAT NEXT FOR THE JAPAN-PHILIPPINES PARTNERSHIP?"
    assert c.subtitle == "HIGH LEVEL JOINT COMMITTEE MEETS"
