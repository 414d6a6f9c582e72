"""Fortieth round: what the helpers' rounds 37 to 39 saw and left, mended with general rules.
Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

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


TEMPO = "round38_tempo_japan_fisheries_port.txt"


def test_credits_of_a_translator_and_an_editor_apart_by_a_bar_name_people():
    # "Translator: Nabiila Azzahra | Editor: Petir Garda Bhwana" under the standfirst
    people = meta(TEMPO)["people"]
    assert {"name": "Nabiila Azzahra", "role": "Translator"} in people
    assert {"name": "Petir Garda Bhwana", "role": "Editor"} in people
    # round 22's Antara story closes with "Reporter: Bayu Saputra" / "Editor: Rahmad Nasution"
    people = meta("round22_news_agency_antara_semiconductor.txt")["people"]
    assert {"name": "Bayu Saputra", "role": "Reporter"} in people and {"name": "Rahmad Nasution", "role": "Editor"} in people


def test_a_standfirst_of_one_sentence_over_the_byline_is_the_header_s():
    # the title, "Tokyo will lend Rp4.2 trillion ... the fisheries ministry said." (its stop and all),
    # the credits, then "Wednesday, 9 July 2025 14:20 WIB": the story's date, no heading
    m, c = meta(TEMPO), cleaned(TEMPO)
    assert m["subtitle"].startswith("Tokyo will lend Rp4.2 trillion") and m["date"] == "2025-07-09"
    assert "Translator:" not in c.body and "##" not in c.body
    assert texts(TEMPO)[0].startswith("TEMPO.CO, Jakarta - Japan will finance the upgrade")


def test_an_editor_s_note_is_no_credit():
    c = clean_text("Japan and ASEAN sign a pact\n\nThe two sides met in Jakarta on Monday. They signed a pact.\n\n"
                   "Editor's note: an earlier version of this story misstated the loan's amount.\n")
    assert "Editor's note: an earlier version of this story misstated the loan's amount." in c.body
