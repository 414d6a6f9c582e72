"""Round 66: the body's structure, round two. A list's last item wrapped after a word no phrase
ends on; a contact block whose lines end with their telephone numbers; Japanese figure and table
labels; a speech's sections titled in brackets beside its stage directions; an interview's "Q." /
"A." turns; a glossary of one entry a line. Each shape in a document written for it, then in
variants."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, seed, texts

from atlas.clean import _CONTACT_LINE, canonical_text, clean_text, parse

PROJECT = "r66_project_page_fields_and_contacts.txt"
FIGURES = "r66_white_paper_japanese_figure_labels.txt"
SPEECH = "r66_speech_bracketed_sections.txt"
INTERVIEW = "r66_interview_qa_and_glossary.txt"

HEAD = ("Japan and Viet Nam expand cooperation on disaster risk reduction\n15 March 2024\n\n"
        "HANOI — Japan and Viet Nam on Thursday agreed to expand their cooperation on disaster risk "
        "reduction, with a new package of technical assistance for flood forecasting, officials said.\n\n")
TAIL = "\n\nThe Japan International Cooperation Agency (JICA) will send experts to Can Tho later this year.\n"


def body_of(text: str) -> str:
    return clean_text(HEAD + text + TAIL).body


def headings(body: str) -> list[str]:
    return [ln.split(" { #")[0][3:] for ln in body.splitlines() if ln.startswith("## ")]


# --- a list's last item wrapped ------------------------------------------------------------------

def test_the_last_item_wrapped_after_between_keeps_its_last_words():
    # "• a logistics hub and truck park beside National Road No. 1 between" / "Phnom Penh and Bavet"
    body = cleaned(PROJECT).body
    assert "- a logistics hub and truck park beside National Road No. 1 between Phnom Penh and Bavet\n" in body
    assert "## Phnom Penh and Bavet" not in body


@pytest.mark.parametrize("word", ["between", "among", "including", "across", "through", "towards"])
def test_an_item_stopping_on_a_word_no_phrase_ends_on_goes_on_below(word):
    body = body_of(f"The plan covers:\n• new roads\n• a logistics hub for the provinces {word}\nPhnom Penh and Bavet")
    assert f"- a logistics hub for the provinces {word} Phnom Penh and Bavet\n" in body
    assert "## Phnom Penh" not in body


def test_a_title_under_a_finished_item_stays_apart():
    # (negative) "• training for provincial officials" / "Next Steps" over prose: no item's last words
    body = body_of("The plan covers:\n• new roads\n• training for provincial officials\n\nNext Steps\n\n"
                   "The ministry will review the plan in June. Officials will report to the Cabinet.")
    assert "- training for provincial officials\n" in body
    assert "Next Steps" in headings(body)


# --- contact lines ending with their telephone ---------------------------------------------------

def test_contacts_each_ending_with_a_telephone_keep_a_line_each():
    # "Contacts:" / "Yamada Taro (Phnom Penh) +855 23 211 673" / "Sato Hanako (Tokyo) +81 3 5226 6660"
    assert texts(PROJECT)[-3:] == ["Contacts:", "Yamada Taro (Phnom Penh) +855 23 211 673",
                                   "Sato Hanako (Tokyo) +81 3 5226 6660"]


@pytest.mark.parametrize("lines", [
    ["Media contacts:", "Taro Yamada, Press Officer +81-3-5226-6660", "Siti Rahman, JICA Malaysia Office siti.rahman@jica.go.jp"],
    ["Contacts:", "Nguyen Van An (Hanoi) +84 24 3831 5005", "Sato Hanako (Tokyo) (03) 5226 6660"],
])
def test_contact_variants_keep_a_line_each(lines):
    c = clean_text(HEAD + "\n".join(lines) + TAIL)
    assert all(line in [p.text for p in c.paragraphs] for line in lines)


@pytest.mark.parametrize("text", ["2024", "2024-2027", "2019 2020 2021", "12 345"])
def test_a_year_or_a_small_figure_is_no_telephone(text):
    assert _CONTACT_LINE.fullmatch(text) is None


@pytest.mark.parametrize("text", ["+84 24 3831 5005", "(679) 330 4633", "03-5226-6660", "info@jica.go.jp"])
def test_a_telephone_or_an_e_mail_alone_is_one(text):
    assert _CONTACT_LINE.fullmatch(text) is not None


def test_a_year_under_a_sentence_is_no_contact_line():
    # (negative) "The plan was adopted in" / "2024" ... : a wrapped sentence, one paragraph
    body = body_of("The programme, which the two governments adopted in\n2024, runs for five years.")
    assert "The programme, which the two governments adopted in 2024, runs for five years.\n" in body


# --- a title glued over its fields ------------------------------------------------------------------

def test_the_outline_over_its_fields_keeps_a_line_each():
    # "Project Outline" / "Country: Cambodia" / ...: every line as written, one line each (whether
    # the title is a heading with no sibling headings is left as rounds 11, 13 and 56 decided: no)
    ps = texts(PROJECT)
    k = ps.index("Project Outline")
    assert ps[k:k + 6] == ["Project Outline", "Country: Cambodia",
                           "Project name: The Project for Improvement of Logistics on the Southern Economic Corridor",
                           "Period: 2025-2029", "Grant amount: 4.2 billion yen",
                           "Implementing agency: Ministry of Public Works and Transport"]


# --- Japanese figure and table labels ----------------------------------------------------------------

@pytest.mark.parametrize("label, title", [
    ("図表2-3-1", "Japan's bilateral ODA to ASEAN countries (2023, disbursements)"),
    ("図1", "Trends in Japan's ODA to Southeast Asia, 2014-2023"),  # alone over its title
    ("表2", "Main projects signed in 2023"),
])
def test_japanese_figure_and_table_labels_are_caption_labels(label, title):
    body = cleaned(FIGURES).body
    assert f'<span class="atlas-caption-label">{label}</span> {title}\n' in body


def test_the_table_under_a_japanese_label_stays_a_table():
    body = cleaned(FIGURES).body
    assert "| Viet Nam | 120 | 1,450 |" in body
    assert "Its first review is due in 2026, when the partners will meet in Vientiane." in body


# --- a speech's bracketed sections ---------------------------------------------------------------

def test_a_speechs_bracketed_section_titles_are_headings():
    assert headings(cleaned(SPEECH).body) == ["(Introduction)", "(Economic security)",
                                              "(People-to-people exchange)", "(Closing)"]


def test_stage_directions_stay_text():
    ps = texts(SPEECH)
    assert ps.count("(Applause)") == 2
    # "... under the JENESYS programme. (Laughter) I promise ...": in its paragraph, as said
    assert any(p.endswith("under the JENESYS programme. (Laughter) I promise they will enjoy the food.") for p in ps)


@pytest.mark.parametrize("first, second", [
    ("(Provisional translation)", "(Unofficial Translation)"),
    ("(Translated from the Japanese original)", "(Video message)"),
    ("(Remarks as prepared for delivery)", "(Speaks in Japanese)"),
    ("(Applause)", "(Laughter)"),
])
def test_notes_and_stage_directions_in_brackets_are_no_headings(first, second):
    body = body_of(f"{first}\n\nJapan will work with ASEAN on supply chains.\n\n{second}\n\n"
                   "Teachers in Vientiane were trained in the new curriculum.")
    assert headings(body) == []
    assert f"{first}\n" in body and f"{second}\n" in body


def test_one_bracketed_line_alone_is_no_section():
    # (negative) the text's own sections recur: one line in brackets over a paragraph is an aside
    body = body_of("(Economic security)\n\nJapan will work with ASEAN on supply chains.")
    assert headings(body) == []


# --- an interview's turns "Q." / "A." ---------------------------------------------------------------

def test_every_question_and_answer_is_a_paragraph_of_its_own():
    # "Q. ..." / "A. ..." / "Q. What has the project achieved so far?" / "A. ..." in one block: the
    # second question ran into the first answer, and every turn after it too
    ps = texts(INTERVIEW)
    assert "Q. What has the project achieved so far?" in ps
    assert "Q. What comes next?" in ps
    assert "A. Twelve radar stations now cover the delta, and the forecasts reach the commune offices by " \
           "text message within an hour." in ps
    assert sum(p.startswith("Q. ") for p in ps) == 3 and sum(p.startswith("A. ") for p in ps) == 3


def test_colon_labelled_turns_stay_apart():
    c = clean_text(HEAD + "Q: Why flood forecasting?\nA: Because the delta floods.\nQ: What next?\n"
                          "A: Training for officials." + TAIL)
    assert [p.text for p in c.paragraphs][1:5] == ["Q: Why flood forecasting?", "A: Because the delta floods.",
                                                   "Q: What next?", "A: Training for officials."]


# --- a glossary of a line an entry -------------------------------------------------------------------

def test_a_glossary_of_one_line_an_entry_is_an_entry_each():
    # "ODA – Official Development Assistance" / "JICA – Japan International ..." under "Glossary":
    # the first term over the other lines run together was its "definition"
    body = cleaned(INTERVIEW).body
    for term, text in (("ODA", "Official Development Assistance"), ("JICA", "Japan International Cooperation Agency"),
                       ("MARD", "Ministry of Agriculture and Rural Development"),
                       ("AHA Centre", "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management")):
        assert f"{term} {{ #glossary-" in body and f":   {text}\n" in body
    assert "Assistance JICA" not in body


def test_a_glossary_term_over_its_definition_stays_one_entry():
    # (negative) "SATREPS" over its definition's line: one entry, as before
    body = body_of("Glossary\n\nSATREPS\nScience and Technology Research Partnership for Sustainable "
                   "Development, a programme of JICA and JST.")
    assert "SATREPS { #glossary-satreps }" in body
    assert ":   Science and Technology Research Partnership for Sustainable Development, a programme of JICA and JST.\n" in body


def test_the_interview_reads_the_same_from_its_canonical_text():
    t = seed(INTERVIEW).text
    assert clean_text(canonical_text(parse(t))).body == clean_text(t).body


# --- the documents whole ---------------------------------------------------------------------------

def test_the_documents_metadata():
    assert meta(PROJECT)["date"] == "2025-02-12"
    assert meta(PROJECT)["countries"][0]["code"] == "KH"
    assert meta(SPEECH)["type"] == "speech"
    assert {c["code"] for c in meta(FIGURES)["countries"]} >= {"ID", "PH", "VN"}


def test_the_project_page_reads_the_same_from_its_canonical_text():
    t = seed(PROJECT).text
    assert clean_text(canonical_text(parse(t))).body == clean_text(t).body
