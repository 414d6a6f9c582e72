"""Twelfth round: who wrote a document, and whether a ministry's or an agency's dated page is a
fact sheet, a press release or a story. Read from tests/fixtures/unseen/round12_*.txt (a MOFA
release on an exchange of notes with the Lao PDR without its "Press Releases" label, a JICA story
from Cambodia "Written by SUZUKI Haruka, JICA Cambodia Office", a wire story with a two-name
byline and "Reporting by ...; Editing by ..." credits, a think-tank commentary "By: Lim Wei Ling
and OKADA Naoki") and the round-11 op-ed ("By: Maria Cristina Reyes") and policy brief
("Authors: NGUYEN Thi Thu Ha (...) and YAMADA Keiko (...)"), run through the real pipeline.
Every expected value was read off the fixture's text."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts
from test_vocab import _found

from atlas.extract_source import document_type, source_of
from atlas.extract_spans import find_bylines, find_people, is_byline
from atlas.schema import DEFAULT_TYPES
from atlas.vocab import load_vocabulary

MOFA = "round12_mofa_grant_laos_unlabelled.txt"
STORY = "round12_jica_story_cambodia_demining.txt"
WIRE = "round12_wire_hanoi_power_grid_credits.txt"
OSA = "round12_thinktank_osa_commentary.txt"
OPED = "round11_oped_inquirer_subway.txt"
BRIEF = "round11_policy_brief_migration.txt"


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def people(name: str) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in meta(name).get("people") or []]


# --- bylines, author lines and credits ---------------------------------------------------------

@pytest.mark.parametrize("line, found", [
    ("By Aiko Tanaka, Bangkok Correspondent", [("Aiko Tanaka", "Author")]),  # her post, not a name
    ("By Somsack Vongsay, Vientiane Times", [("Somsack Vongsay", "Author")]),  # an outlet
    ("By Dr. Aiko Tanaka", [("Aiko Tanaka", "Author")]),
    ("By Nguyen Thu Ha and Kenji Watanabe", [("Nguyen Thu Ha", "Author"), ("Kenji Watanabe", "Author")]),
    # MOFA style: a family name in capitals before one given name is read given name first, as
    # "Foreign Minister KAMIKAWA Yoko" is; before several (a Vietnamese name) the order stays
    ("Written by SUZUKI Haruka, JICA Cambodia Office", [("Haruka Suzuki", "Author")]),
    ("By: Lim Wei Ling and OKADA Naoki", [("Lim Wei Ling", "Author"), ("Naoki Okada", "Author")]),
    ("Authors: NGUYEN Thi Thu Ha (Institute of Labour Science and Social Affairs, Hanoi) and YAMADA Keiko "
     "(Institute of Developing Economies, IDE-JETRO)", [("Nguyen Thi Thu Ha", "Author"), ("Keiko Yamada", "Author")]),
    ("Authors: A. B. Santos (ADB), Lim Wei Ling (ISEAS) and OKADA Naoki (JIIA)",
     [("A. B. Santos", "Author"), ("Lim Wei Ling", "Author"), ("Naoki Okada", "Author")]),
    ("By Bendito dos Santos Freitas", [("Bendito dos Santos Freitas", "Author")]),
    ("BY JANE DOE", [("Jane Doe", "Author")]),  # all in capitals: no family name to tell
    ("(Reporting by Karen Lema in Manila and Kiyoshi Takenaka in Tokyo; Additional reporting by Mikhail "
     "Flores; Editing by Martin Petty)", [("Karen Lema", "Reporter"), ("Kiyoshi Takenaka", "Reporter"),
                                          ("Mikhail Flores", "Reporter"), ("Martin Petty", "Editor")]),
    ("Writing by Tom Allard; Photos by Ridwan Hasan", [("Tom Allard", "Writer"), ("Ridwan Hasan", "Photographer")]),
    ("Photo by Kenji Sato/JICA", [("Kenji Sato", "Photographer")]),
])
def test_a_byline_an_author_line_or_credits_name_the_writers(line, found):
    assert [(p["name"], p["role"]) for p in find_bylines("Japan and ASEAN\n" + line)] == found


@pytest.mark.parametrize("line", [
    "By 2030, Japan will help train 5,000 engineers.",
    "By 2030, Japan and Viet Nam will",  # a line of a hard-wrapped sentence: no final stop
    "By Japanese standards, Viet Nam and Laos spend little on roads",
    "By Lunar New Year, the first trains will run",
    "By March 2025 the line opens",
    "By Reuters staff",
    "By The Jakarta Post",
    "The project is supported by Japan and by Prime Minister Fumio Kishida's government",  # no line starts "By"
])
def test_a_sentence_that_opens_with_by_names_no_writer(line):
    assert find_bylines(line) == []


def test_an_outlet_the_vocabulary_knows_ends_the_name_on_a_byline_run_into_it():
    line = "By: Maria Cristina Reyes Philippine Daily Inquirer / 05:05 AM March 15, 2024"
    assert [p["name"] for p in find_bylines(line, {"Philippine Daily Inquirer"})] == ["Maria Cristina Reyes"]


def test_a_title_wins_over_the_role_a_byline_gives_and_an_honorific_does_not():
    text = "Japan's aid to the Pacific\nBy Kazuhiko Koshikawa\nAmbassador Kazuhiko Koshikawa said more."
    assert find_people(text) == [{"name": "Kazuhiko Koshikawa", "role": "Ambassador"}]
    assert find_people("Co-creation diplomacy\nBy Dr. Aiko Tanaka") == [{"name": "Aiko Tanaka", "role": "Author"}]


def writers(name: str) -> list[tuple[str, str]]:
    """The writers the fixture's byline and credits name, wherever cleaning put them: a byline
    is a source line (lifted off the body) or, run into other words, a paragraph."""
    text = "\n".join([*cleaned(name).source_lines, *texts(name)])
    return [(p["name"], p["role"]) for p in find_people(text, {"Philippine Daily Inquirer"})
            if p["role"] in {"Author", "Reporter", "Editor"}]


@pytest.mark.parametrize("name, found", [
    (OPED, [("Maria Cristina Reyes", "Author")]),  # "By: Maria Cristina Reyes"
    (BRIEF, [("Nguyen Thi Thu Ha", "Author"), ("Keiko Yamada", "Author")]),
    (OSA, [("Lim Wei Ling", "Author"), ("Naoki Okada", "Author")]),  # "OKADA Naoki is a research fellow": no byline
    (STORY, [("Haruka Suzuki", "Author")]),  # "Written by SUZUKI Haruka, JICA Cambodia Office"
    # the byline names the authors; the credits also name who helped and edited
    (WIRE, [("Rina Matsumoto", "Author"), ("Nguyen Khanh Linh", "Author"), ("Francesca Landini", "Reporter"),
            ("David Holmes", "Editor"), ("Kim Coghill", "Editor")]),
])
def test_each_fixture_s_writers(name, found):
    assert writers(name) == found


def test_each_fixture_s_people():
    # "Mr. HIRANO Takeshi, Ambassador Extraordinary and Plenipotentiary of Japan to the Lao People's
    # Democratic Republic, and H.E. Mr. Phonesavanh Inthavong, Vice Minister of Foreign Affairs of ..."
    assert people(MOFA) == [("Takeshi Hirano", "Ambassador Extraordinary and Plenipotentiary of Japan to the Lao People's Democratic Republic"),
                            ("Phonesavanh Inthavong", "Vice Minister of Foreign Affairs")]
    # the credits at the end, a paragraph of their own, name the reporters and editors (as authors
    # too, when the byline is read)
    assert ("Tran Hong Ha", "Deputy Prime Minister") in people(WIRE)
    assert {name for name, _ in people(WIRE)} == {"Tran Hong Ha", "Rina Matsumoto", "Nguyen Khanh Linh",
                                                  "Francesca Landini", "David Holmes", "Kim Coghill"}


# --- the source is no byline -----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Written by SUZUKI Haruka, JICA Cambodia Office", "By: Lim Wei Ling",
                                  "Authors: YAMADA Keiko (IDE-JETRO)", "(Reporting by Karen Lema)"])
def test_a_byline_of_any_shape_is_told_from_a_publisher(vocab, line):
    assert is_byline(line)
    assert source_of(["Japan International Cooperation Agency (JICA)", line], vocab) == \
        ("Japan International Cooperation Agency", ["jica"])


@pytest.mark.parametrize("line", ["Japan International Cooperation Agency", "Bylines of Asia", "Byte Media"])
def test_a_publisher_is_no_byline(line):
    assert not is_byline(line)


def test_the_story_s_source_is_the_agency_not_its_writer():
    assert meta(STORY)["source"] == "Japan International Cooperation Agency"


# --- types -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [
    # "On March 20 (local time), ... signed and exchanged notes": the act it was issued for
    (MOFA, "press-release"),
    # dated, by JICA, but written by a member of its staff: a story, not the agency's fact sheet
    (STORY, "news"),
    (WIRE, "news"),
    (OSA, "opinion"),  # "Commentary", "The views expressed are the authors' own"
    # a JICA office's release, its title "ハノイ市の下水道整備事業で起工式" (a groundbreaking ceremony)
    ("round6_bilingual_jica.txt", "press-release"),
    # "The Government of Japan and the Government of the Kingdom of Thailand today signed an Exchange of Notes"
    ("round8_embassy_placed_dateline.txt", "press-release"),
])
def test_each_fixture_s_type(name, kind):
    assert meta(name)["type"] == kind


@pytest.mark.parametrize("name", ["fact_sheet_table.txt", "round4_meti_fact_sheet.txt", "round6_project_table.txt",
                                  "round7_pdf_mofa_handout.txt", "round8_fact_sheet_notes_contact.txt",
                                  "round8_jica_priority_areas_ja.txt"])
def test_ministry_and_agency_overviews_stay_fact_sheets(name):
    # "The following grant agreements were signed ...", "Japan announced the ... Initiative at the
    # 10th Mekong-Japan Summit in 2018": a programme described, no act reported
    assert meta(name)["type"] == "fact-sheet"


MINISTRY = ["Ministry of Foreign Affairs of Japan"]


@pytest.mark.parametrize("lede, source_lines, kind", [
    ("The Embassy of Japan today handed over 20 ambulances to the Ministry of Health.", MINISTRY, "press-release"),
    ("JICA signed a loan agreement with the Government of Indonesia on March 8.", MINISTRY, "press-release"),
    ("A groundbreaking ceremony for the new port was attended by the Vice Minister.", MINISTRY, "press-release"),
    ("Japan has supported the port since 1998 and is its largest donor.", MINISTRY, "fact-sheet"),
    ("Japan has supported the port since 1998.", [*MINISTRY, "By Aiko Tanaka"], "news"),  # signed
    ("Japan has supported the port since 1998.", [*MINISTRY, "Photo by Kenji Sato/JICA"], "fact-sheet"),
    ("The Embassy of Japan today handed over 20 ambulances.", [*MINISTRY, "Written by Aiko Tanaka"], "news"),
    ("Japan and Viet Nam today signed a loan agreement, officials said.", ["Kyodo News"], "news"),  # an outlet's story
    ("Joint Statement of the Mekong-Japan leaders, adopted in Tokyo.", MINISTRY, "policy-announcement"),
])
def test_a_dated_government_text_s_lede_and_byline_tell_a_release_a_story_and_a_fact_sheet(
        vocab, lede, source_lines, kind):
    ids = source_of(source_lines, vocab)[1]
    assert document_type(vocab, None, lede, ids, True, [lede], source_lines) == kind


def test_an_act_reported_without_a_dateline_or_a_public_source_is_news(vocab):
    lede = "The Embassy of Japan today handed over 20 ambulances."
    assert document_type(vocab, None, lede, ["mofa"], False, [lede], MINISTRY) == "news"  # undated


def test_the_default_types_are_those_of_the_vocabulary(vocab):
    # used when the vocabulary has no types: the same ids and names
    assert DEFAULT_TYPES == {ident: entry["name"] for ident, entry in vocab.document_types.items()}


# --- vocabulary additions ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, present, absent", [
    ("Japan's Official Security Assistance (OSA)", {("organisations", "osa")}, set()),
    ("the ASEAN Defence Ministers' Meeting-Plus", {("organisations", "admm-plus")}, {("regions", "asean")}),
    ("the Cambodian Mine Action Centre (CMAC)", {("organisations", "cmac")}, {("countries", "KH")}),
    ("staff of the State Emergency Service of Ukraine", {("organisations", "sesu")}, {("countries", "UA")}),
    ("a detector developed at Tohoku University", {("organisations", "tohoku-university")}, set()),
])
def test_the_round_s_bodies_are_known(vocab, text, present, absent):
    found = _found(text, vocab)
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize("name, writers", [
    ("round11_oped_inquirer_subway.txt", [("Maria Cristina Reyes", "Author")]),  # "By: Maria Cristina Reyes"
    # "By Rina Matsumoto and Nguyen Khanh Linh" over the text; the credits at its end
    ("round12_wire_hanoi_power_grid_credits.txt", [("Rina Matsumoto", "Author"), ("Nguyen Khanh Linh", "Author"),
                                                   ("Francesca Landini", "Reporter"), ("David Holmes", "Editor"),
                                                   ("Kim Coghill", "Editor")]),
    ("round8_wire_credit_glued.txt", [("Karen Lema", "Author"), ("Kiyoshi Takenaka", "Author"),
                                      ("Mikhail Flores", "Reporter"), ("Martin Petty", "Editor")]),
])
def test_the_byline_cleaning_lifts_off_the_body_names_the_writers(name, writers):
    people = [(p["name"], p["role"]) for p in meta(name).get("people", [])]
    assert [p for p in people if p in writers] == writers, people


def test_a_wire_dateline_filed_from_two_places_names_the_agency():
    # "HANOI/TOKYO, April 18 (Reuters) - Japan will lend ...": no source line, the wire in the dateline
    assert meta("round12_wire_hanoi_power_grid_credits.txt")["source"] == "Reuters"
    assert texts("round12_wire_hanoi_power_grid_credits.txt")[0].startswith("HANOI/TOKYO, April 18 (Reuters) - Japan")
