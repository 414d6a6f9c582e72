"""Round 63: the body's structure on unseen shapes. A press release's contact block under its
label, hard-wrapped items numbered in brackets, items lettered or numbered in Roman capitals under
a lead-in, a ministry's sections in angle brackets and a speech's thanks on its own last line;
each tried on the fixtures written for it and on variants of its shape in one short story."""

from __future__ import annotations

import re

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import canonical_text, clean_text, parse

RELEASE = "r63_press_release_contact_block.txt"
OUTLINE = "r63_project_outline_lettered_pillars.txt"
SPEECH = "r63_speech_angle_bracket_sections.txt"

HEAD = ("Japan and Viet Nam expand cooperation on water supply\n15 March 2024\n\n"
        "HANOI — Japan and Viet Nam on Thursday agreed to expand their cooperation on water supply, "
        "with a new package of technical assistance for the city's utilities, officials said.\n\n")
TAIL = "\n\nExperts from Kitakyushu will visit Hanoi later this year.\n"
LEAD = "The project consists of the following components:\n"
WRAPPED = ("(1) Construction of a new water treatment plant with a capacity of 65,000 cubic\n"
           "metres per day in the eastern districts of the city;\n"
           "(2) Rehabilitation of 120 kilometres of distribution pipes and the\n"
           "installation of district metering areas; and\n"
           "(3) Capacity development for the water supply company.")
ITEMS = ("(1) Construction of a new water treatment plant with a capacity of 65,000 cubic metres per day "
         "in the eastern districts of the city;",
         "(2) Rehabilitation of 120 kilometres of distribution pipes and the installation of district "
         "metering areas; and",
         "(3) Capacity development for the water supply company.")


def body_of(text: str) -> str:
    return clean_text(HEAD + text + TAIL).body


def same_on_second_reading(text: str) -> bool:
    first = clean_text(text)
    again = clean_text(canonical_text(parse(text)))
    return [p.text for p in first.paragraphs] == [p.text for p in again.paragraphs]


# --- a contact block under its label --------------------------------------------------------------

def test_a_contact_block_under_its_lead_in_keeps_a_line_each():
    # "For more information, please contact:" / "Ms. Chea Sophea" / "Communications Officer, ..." /
    # "Tel: (+855) 23 211 673" / "Email: ...": five lines, not one run-on paragraph
    got = texts(RELEASE)
    block = ["For more information, please contact:", "Ms. Chea Sophea", "Communications Officer, JICA Cambodia Office",
             "Tel: (+855) 23 211 673", "Email: cheasophea.kh@jica.go.jp"]
    k = got.index(block[0])
    assert got[k:k + 5] == block


def test_a_contact_block_with_a_long_unit_name_keeps_a_line_each():
    # "Media Contact:" / a name / "Economic and Cooperation Section, Embassy of Japan in the Lao PDR"
    # (66 characters) / a telephone number / an e-mail address
    got = texts(OUTLINE)
    k = got.index("Media Contact:")
    assert got[k + 1:k + 5] == ["Sisouk Phommachanh", "Economic and Cooperation Section, Embassy of Japan in the Lao PDR",
                                "+856 21 414 400", "info@vt.mofa.go.jp"]


@pytest.mark.parametrize("block", [
    "Media Contact:\nJohn Smith\nHead of Communications\n+66 2 123 4567\njohn.smith@example.org",
    "For media enquiries, please contact:\nNguyen Van An\nHead of Communications\nvan.an@example.vn",
    "Inquiries:\nInternational Cooperation Division, Ministry of Economy, Trade and Industry\n"
    "TEL: 03-3501-1511 (ext. 3061)\nFAX: 03-3501-2081",
    "For further information:\nDr. Somchai Prasert\nProject Manager\nE-mail: somchai.p@example.ac.th",
])
def test_contact_blocks_under_a_label_keep_their_lines(block):
    got = [p.text for p in clean_text(HEAD + block + "\n").paragraphs]
    lines = block.split("\n")
    k = got.index(lines[0])
    assert got[k:k + len(lines)] == lines


def test_a_sentence_ending_in_a_colon_over_a_wrapped_sentence_stays_one_paragraph():
    # (negative) a lead-in over prose with no telephone, e-mail or web address: one hard-wrapped paragraph
    text = ("Officials said:\nthe new plant will serve 300,000 people in the eastern districts\n"
            "when it opens in 2027, and the utility will hire 150 staff to run it.")
    assert "Officials said: the new plant will serve 300,000 people in the eastern districts when it opens" \
        in body_of(text)


# --- items numbered in brackets, hard-wrapped --------------------------------------------------

def test_hard_wrapped_bracket_items_under_a_lead_in_are_a_list():
    # "... the following components:" / "(1) Construction ... cubic" / "metres per day ...;" / "(2) ..."
    body = cleaned(RELEASE).body
    assert "The project consists of the following components:\n" in body
    assert "- (1) Construction of a new water treatment plant with a capacity of 65,000 cubic metres per day " \
           "at Bakheng, in the eastern districts of the city;\n" in body
    assert "- (2) Rehabilitation of 120 kilometres of distribution pipes and the installation of district " \
           "metering areas to reduce non-revenue water; and\n" in body
    assert "- (3) Capacity development for the Phnom Penh Water Supply Authority (PPWSA) in asset management " \
           "and water quality monitoring.\n" in body


@pytest.mark.parametrize("text", [
    LEAD + WRAPPED,                                            # lead-in and items in one block
    LEAD + "\n" + WRAPPED,                                     # a blank line under the lead-in
    LEAD + WRAPPED.replace("\nmetres", "\n    metres").replace("\ninstallation", "\n    installation"),  # set in
])
def test_wrapped_bracket_items_are_a_list_however_set(text):
    body = body_of(text)
    for item in ITEMS:
        assert f"- {item}\n" in body
    assert same_on_second_reading(HEAD + text + TAIL)


def test_an_enumeration_in_brackets_inside_a_wrapped_sentence_stays_in_it():
    # (negative) "(1)" and "(2)" inside the sentence's lines, not opening them: one paragraph
    text = ("Japan will provide support in two areas: (1) flood forecasting, which will\n"
            "be covered by a loan, and (2) training for officials in the provinces of the\nMekong Delta.")
    assert ("Japan will provide support in two areas: (1) flood forecasting, which will be covered by a loan, "
            "and (2) training for officials in the provinces of the Mekong Delta.\n") in body_of(text)


@pytest.mark.parametrize("text", [
    LEAD + "\n" + WRAPPED.replace("city;\n(2)", "city;\n\n(2)"),   # "(1) ...;" / "" / "(2) ..." / "(3) ..."
    LEAD + WRAPPED.replace("city;\n(2)", "city;\n\n(2)").replace("and\n(3)", "and\n\n(3)"),  # every item apart
])
def test_bracket_items_a_blank_line_apart_are_one_list(text):
    body = body_of(text)
    for item in ITEMS:
        assert f"- {item}\n" in body
    assert "<!-- -->" not in body  # (one list, not lists side by side)
    assert same_on_second_reading(HEAD + text + TAIL)


def test_long_bracket_numbered_paragraphs_under_a_lead_in_stay_paragraphs():
    # (negative) "(1) ..." paragraphs of sentences, a blank line apart: numbered paragraphs, as seed 003's
    first = ("(1) Viet Nam is already a member of the ASEAN-Japan Centre, an international organization for "
             "promoting trade, investment and tourism between Japan and ASEAN.")
    second = ("(2) Cambodia joined the Centre on June 11, 2001, and Japan intends to propose projects focusing on "
              "assistance to the newer members.")
    body = body_of(f"The Centre's work is as follows:\n\n{first}\n\n{second}")
    assert f"\n{first}\n" in body and f"\n{second}\n" in body and "- (1)" not in body


# --- items numbered in brackets with their sub-items set in --------------------------------------

def test_bracket_items_with_sub_items_set_in_are_one_nested_list():
    # "Its components are:" / "(1) Facilities" / "    (a) rehabilitation ..." / "(2) Equipment" / ...,
    # the last sub-item wrapped: one list, no "(2) Equipment" heading, no lead-in run into "(1)"
    body = cleaned(OUTLINE).body
    assert "where households now rely on shallow wells. Its components are:\n" in body
    assert "- (1) Facilities\n" in body and "- (2) Equipment\n" in body and "- (3) Soft component\n" in body
    assert "    - (a) rehabilitation of the Chinaimo water treatment plant\n" in body
    assert "    - (b) a new distribution reservoir of 10,000 cubic metres at Dongdok\n" in body
    assert "    - (a) training in operation and maintenance for 40 engineers of Nam Papa Nakhone Luang, " \
           "over two years\n" in body
    assert "## (2)" not in body


@pytest.mark.parametrize("lead", [LEAD, LEAD + "\n", ""])
@pytest.mark.parametrize("sub", ["(a) ", "- ", "i) "])
def test_bracket_items_with_sub_items_however_led(lead, sub):
    # under a lead-in in the block, a blank line under it, or none; sub-items lettered, bulleted, in Roman
    subs = ("(a) ", "(b) ") if sub == "(a) " else ("i) ", "ii) ") if sub == "i) " else (sub, sub)
    text = (lead + f"(1) Water supply\n    {subs[0]}a new treatment plant\n    {subs[1]}distribution pipes\n"
            f"(2) Sanitation\n    {subs[0]}sewer networks")
    body = body_of(text)
    shown = ("", "") if sub == "- " else subs
    assert "\n- (1) Water supply\n" in body and "\n- (2) Sanitation\n" in body
    assert f"\n    - {shown[0]}a new treatment plant\n" in body and f"\n    - {shown[1]}distribution pipes\n" in body
    assert "\n## " not in body
    assert same_on_second_reading(HEAD + text + TAIL)


# --- items lettered, or numbered in Roman capitals, under a lead-in ---------------------------------

def test_lettered_pillars_under_a_lead_in_are_a_list_the_wrapped_one_whole():
    # "... under three pillars:" / "" / "A. Development of ..., including the power" / "grid, roads ..." / "B. ..."
    body = cleaned(OUTLINE).body
    assert "- A. Development of economic infrastructure and connectivity, including the power grid, roads and " \
           "the logistics network linking the Lao PDR with its neighbours\n" in body
    assert "- B. Human resource development in industry, health and education\n" in body
    assert "- C. Resilience against natural disasters and climate change\n" in body


def test_roman_capitals_under_a_lead_in_are_a_list():
    # "... the following areas of cooperation:" / "I. Urban transport ..." / "II. ..." / "III. ..."
    body = cleaned(OUTLINE).body
    assert "Within these pillars, Japan gives priority to the following areas of cooperation:\n" in body
    for item in ("I. Urban transport and water supply in Vientiane Capital",
                 "II. Maternal and child health in the southern provinces", "III. Basic education and teacher training"):
        assert f"- {item}\n" in body


def test_lettered_sections_without_a_lead_in_stay_headings():
    # (negative) "A. Background" over its paragraph, "B. Scope of Work" over its own: sections, no list
    text = ("A. Background\n\nThe Mekong region has seen rapid growth in the past decade.\n\n"
            "B. Scope of Work\n\nThe consultant will review the existing plans.")
    body = body_of(text)
    assert "## A. Background" in body and "## B. Scope of Work" in body
    assert "- A." not in body


def test_initials_under_a_sentence_are_no_items():
    # (negative) a name's initial opening lines under a sentence that does not end in a colon
    text = "The report was written by two researchers.\nA. Tanaka and B. Nguyen of the institute\nled the survey."
    assert "- A." not in body_of(text)


def test_the_project_fields_keep_a_line_each():
    got = texts(OUTLINE)
    k = got.index("Project period: 2021-2025")
    assert got[k:k + 4] == ["Project period: 2021-2025", "Budget: JPY 3.2 billion (grant aid)",
                            "Implementing agency: Nam Papa Nakhone Luang", "Target area: Vientiane Capital"]


# --- sections in angle brackets; a speech's greeting and thanks on lines of their own -------------

def test_angle_bracket_labels_are_headings_shown_as_written():
    # "<Background>" glued over its paragraph: a heading, its brackets shown (escaped, never a tag),
    # the paragraph apart
    body = cleaned(SPEECH).body
    for name in ("Background", "Outline of the Project", "Looking Ahead"):
        assert f"## &lt;{name}&gt; {{" in body
    assert any(t.startswith("Kampong Cham lies on the banks of the Mekong River") for t in texts(SPEECH))


@pytest.mark.parametrize("text", [
    "<br>\nJapan has supported the sector since 1992.",
    "<P>Japan has supported the sector since 1992.</P>",
    "<tanaka.hiroshi@jica.go.jp>\nJapan has supported the sector since 1992.",
    "<Image: Ambassador Ito at the ceremony>\nJapan has supported the sector since 1992.",
])
def test_markup_and_addresses_in_angle_brackets_are_no_headings(text):
    # (negative) a tag, an address or a description in angle brackets is the author's text
    body = body_of(text)
    assert "\n## " not in body and "&lt;" in body


def test_full_width_angle_brackets_head_a_section():
    body = body_of("＜Outline of the Project＞\nJapan has supported the sector since 1992 through loans.")
    assert "## Outline of the Project {" in body


def test_a_speech_closing_thanks_is_a_paragraph_of_its_own():
    # "... for many years to come." / "Thank you very much." (no blank line between)
    got = texts(SPEECH)
    assert got[-1] == "Thank you very much."
    assert got[-2].endswith("the people of Kampong Cham for many years to come.")


def test_a_greeting_over_the_first_sentence_is_a_paragraph_of_its_own():
    # "Good morning." / "It is my great honour ..." glued: the greeting a line, the sentence whole
    got = texts(SPEECH)
    k = got.index("Good morning.")
    assert got[k + 1].startswith("It is my great honour to join you today")


def test_the_speech_reads_as_before_for_its_metadata():
    m = meta(SPEECH)
    assert m["title"].startswith("Remarks by the Ambassador of Japan at the Handover Ceremony")
    assert m["date"] == "2025-02-20"


# --- a white paper's figure numbers, wrapped captions and numbered columns ----------------------------

WHITE_PAPER = "r63_white_paper_column_figure_numbers.txt"


def test_a_figure_number_alone_over_its_title_is_one_caption():
    # "Figure 2-3-1" / "Japan's Bilateral ODA to Southeast Asian Countries (2023)" / "Source: ..."
    body = cleaned(WHITE_PAPER).body
    assert '<span class="atlas-caption-label">Figure 2-3-1</span> Japan\'s Bilateral ODA to Southeast Asian ' \
           'Countries (2023)' in body


def test_a_wrapped_caption_title_is_one_caption_apart_from_its_source():
    # "Figure 2-3-2 Number of ... by field," / "fiscal years 2019 to 2023" / "Source: JICA"
    body = cleaned(WHITE_PAPER).body
    assert '<span class="atlas-caption-label">Figure 2-3-2</span> Number of ASEAN participants in JICA training ' \
           'programmes by field, fiscal years 2019 to 2023\n' in body
    assert "2023 Source: JICA" not in body


@pytest.mark.parametrize("label", ["Figure 2-3-1", "Figure II-3-1", "Table 4", "Chart 12", "Fig. 3"])
def test_figure_numbers_over_their_titles(label):
    body = body_of(f"{label}\nJapan's bilateral ODA to ASEAN countries (2022)\n\nThe figures are in US dollars.")
    assert f'<span class="atlas-caption-label">{label}</span> Japan\'s bilateral ODA to ASEAN countries (2022)' in body


def test_a_figure_number_in_a_sentence_stays_in_it():
    # (negative) "Figure 3" closing a wrapped line of prose is the sentence's, no caption
    text = "The trend is shown in\nFigure 3\nbelow, which compares the five largest recipients."
    assert "caption" not in body_of(text)


def test_a_numbered_column_label_stands_apart_from_its_title_and_text():
    # "Column 2-3" / "Keeping the Lights On in Hai Phong" / the box's text, no blank line between
    got, body = texts(WHITE_PAPER), cleaned(WHITE_PAPER).body
    assert "Column 2-3" in got
    assert "## Keeping the Lights On in Hai Phong {" in body
    assert any(t.startswith("In Hai Phong, Viet Nam, JICA experts have worked") for t in got)


def test_a_field_value_wrapped_after_a_small_word_is_one_field():
    # "Project name: The Project for ... Management in" / "Hai Phong City" / "Period: 2019-2024"
    got = texts(WHITE_PAPER)
    k = got.index("Project name: The Project for Strengthening Power Distribution Management in Hai Phong City")
    assert got[k + 1:k + 3] == ["Period: 2019-2024", "Counterpart: Hai Phong Power Company"]


def test_a_wrapped_item_going_on_with_a_figure_stays_one_item():
    # "1) construction ... to begin in April" / "2025; and" / "2) training of the operators."
    body = body_of("The project has two stages:\n1) construction of the plant, which is scheduled to begin in April\n"
                   "2025; and\n2) training of the operators.")
    assert "1. construction of the plant, which is scheduled to begin in April 2025; and\n" in body
    assert "2. training of the operators.\n" in body


def test_thanks_for_the_audience_attention_is_a_paragraph_of_its_own():
    got = [p.text for p in clean_text(HEAD + "Our partnership will grow stronger.\nThank you for your kind attention.").paragraphs]
    assert got[-2:] == ["Our partnership will grow stronger.", "Thank you for your kind attention."]


def test_a_contact_label_heads_the_closing_address_block():
    # round44: "For media enquiries / Liên hệ báo chí:" over the office's address and its "Tel: ... |
    # Email: ..." closing the page: the address block a line each, set quieter, its label with it
    c = cleaned("round44_bilingual_vn_jica_semiconductor_training.txt")
    assert c.addresses[0] == "For media enquiries / Liên hệ báo chí:"
    assert c.addresses[1].startswith("JICA Vietnam Office, 11th floor, CornerStone Building")
    assert re.search(r"Hoan Kiem, Hanoi\n\{ #p-\d+ \.atlas-address \}", c.body)


def test_one_bracket_numbered_line_under_a_lead_in_stays_a_paragraph():
    # (negative) "(1)" alone under a colon, no "(2)" a blank line below: a numbered paragraph, no list
    body = body_of("The ministry added one remark:\n\n(1) Figures for 2024 are provisional.\n\nThe report is in English.")
    assert "\n(1) Figures for 2024 are provisional.\n" in body and "- (1)" not in body


# --- an item wrapped before a name in capitals ------------------------------------------------------

def test_an_item_wrapped_after_a_small_word_goes_on_with_the_name_under_it():
    # round6t: "- training of meteorologists ... at the Japan Meteorological Agency in" / "Tokyo.":
    # one item, not "Tokyo." as a paragraph of its own
    body = cleaned("round6t_drr_pacific_bangladesh.txt").body
    assert "- training of meteorologists from Pacific Island countries at the Japan Meteorological Agency " \
           "in Tokyo.\n" in body


@pytest.mark.parametrize("markers", [("1.", "2.", "3."), ("a)", "b)", "c)"), ("•", "•", "•")])
def test_items_wrapped_before_capitals_stay_whole(markers):
    # "1. Construction of a new bridge over the" / "Mekong River at Neak Loeung;" / "2. Rehabilitation of
    # National Road No. 1 between" / "Phnom Penh and Bavet; and" / "3. Training ..."
    text = (LEAD + f"{markers[0]} Construction of a new bridge over the\nMekong River at Neak Loeung;\n"
            f"{markers[1]} Rehabilitation of National Road No. 1 between\nPhnom Penh and Bavet; and\n"
            f"{markers[2]} Training for the Ministry of Public Works and Transport.")
    body = body_of(text)
    assert "Construction of a new bridge over the Mekong River at Neak Loeung;\n" in body
    assert "Rehabilitation of National Road No. 1 between Phnom Penh and Bavet; and\n" in body
    assert "\n## " not in body
    assert same_on_second_reading(HEAD + text + TAIL)


def test_a_sentence_under_a_list_stays_a_paragraph():
    # (negative) "• ..." items, then a sentence of its own at the margin: no item's words
    body = body_of(LEAD + "• a new treatment plant\n• distribution pipes\nThese will be funded by a grant from Japan.")
    assert "- distribution pipes\n" in body
    assert "\nThese will be funded by a grant from Japan.\n" in body


def test_a_short_line_between_short_items_is_no_item_s_words():
    # (negative) "• Training" / "Next Steps" / "• Budget ...": "Training" was not cut by the wrapping
    # (the next word would have fitted after it), so "Next Steps" is no words of its item
    body = body_of("The deck covers:\n• Training\nNext Steps\n• Budget for the second phase of the project in 2025")
    assert "Training Next Steps" not in body
