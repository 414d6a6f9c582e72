"""Round 61: generated variants of the seeds' body structures (lists, tables, quotes, captions),
each substituted into one short story and run through cleaning; the variants that came out
wrong, and the author's text that must stay as it is."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned

from atlas.clean import clean_text

METI_WP = "round60_meti_white_paper_2024_critical_minerals.txt"

HEAD = ("Japan and Viet Nam expand cooperation on disaster risk reduction\n15 March 2024\n\n"
        "HANOI — Japan and Viet Nam on Thursday agreed to expand their cooperation on disaster risk "
        "reduction, with a new package of technical assistance for flood forecasting, officials said.\n\n")
TAIL = "\n\nThe Japan International Cooperation Agency (JICA) will send experts to Can Tho later this year.\n"
LEAD = "The package covers the following areas:\n"
ITEMS = ("flood forecasting systems for the Mekong Delta", "training for provincial disaster officials",
         "early warning sirens in coastal communes")


def body_of(text: str) -> str:
    return clean_text(HEAD + text + TAIL).body


# --- lists marked in ways Markdown has no list for ----------------------------------------------

@pytest.mark.parametrize("markers", [("①", "②", "③"), ("a.", "b.", "c."), ("A)", "B)", "C)")])
def test_items_under_a_lead_in_are_a_list_keeping_their_markers(markers):
    # "The package covers the following areas:" / "① flood forecasting ..." / "② training ..." / "③ ..."
    body = body_of(LEAD + "\n".join(f"{m} {t}" for m, t in zip(markers, ITEMS)))
    for m, t in zip(markers, ITEMS):
        assert f"- {m} {t}\n" in body
    assert "The package covers the following areas:\n" in body  # the lead-in is no item


def test_circled_points_under_their_lead_in_are_a_list():
    # "has three pillars:" / "" / "① Joint investment in mining and refining ..." / "② Human resource ..."
    body = cleaned(METI_WP).body
    assert "- ① Joint investment in mining and refining through JOGMEC and JBIC" in body
    assert "- ② Human resource development and technical cooperation" in body
    assert "- ③ Building rules and standards" in body


def test_circled_points_each_a_paragraph_stay_paragraphs():
    # (negative) points a blank line apart, each a paragraph of sentences: numbered paragraphs
    text = ("① Flood forecasting. Japan will provide radar stations and river gauges.\n\n"
            "② Training. JICA will train 300 provincial officials over three years.\n\n"
            "③ Early warning. Sirens will be installed in 40 coastal communes.")
    body = body_of(text)
    assert "\n① Flood forecasting. Japan will provide radar stations and river gauges.\n" in body
    assert "\n③ Early warning. Sirens will be installed in 40 coastal communes.\n" in body
    assert "- ①" not in body and "- ③" not in body


@pytest.mark.parametrize("text", [
    "The agreement has three goals: 1) to build radar stations; 2) to train officials; and 3) to install sirens.",
    "The agreement has three goals: ① to build radar stations, ② to train officials, and ③ to install sirens.",
    "The agreement has three goals: a. to build radar stations, b. to train officials, and c. to install sirens.",
])
def test_an_enumeration_inside_a_sentence_stays_in_it(text):
    # (negative) seed 004's "1) ...; 2) ..." inside its sentence: one paragraph, as written
    assert f"\n{text}\n" in body_of(text)


# --- nested items -------------------------------------------------------------------------------

def test_a_bulleted_sub_item_shows_no_second_bullet():
    # "• flood forecasting systems" / "  - radar stations in Can Tho": one nested item, no "\-" in it
    body = body_of(LEAD + "• flood forecasting systems\n  - radar stations in Can Tho\n"
                          "  - river gauges on the Hau River\n• training for provincial officials")
    assert "    - radar stations in Can Tho\n" in body and "    - river gauges on the Hau River\n" in body
    assert "\\-" not in body
    assert "- training for provincial officials\n" in body


def test_lettered_sub_items_under_a_numbered_item_are_its_sub_items():
    # "1. flood forecasting systems" / "   a. radar stations in Can Tho" / "   b. river gauges ..." / "2. ..."
    body = body_of(LEAD + "1. flood forecasting systems\n   a. radar stations in Can Tho\n"
                          "   b. river gauges on the Hau River\n2. training for provincial officials")
    assert "1. flood forecasting systems\n" in body
    assert "    - a. radar stations in Can Tho\n" in body and "    - b. river gauges on the Hau River\n" in body


# --- tables pasted as text ----------------------------------------------------------------------

@pytest.mark.parametrize("table", [
    "\tFY2021\tFY2022\nGrant aid\t1,200\t1,250\nLoans\t90,000\t98,430",
    "\tFY2021\tFY2022\nGrant aid\t1,200\t1,250\nLoans\t90,000\t98,430\nTotal\t91,200\t99,680",
    "               FY2021   FY2022\nGrant aid      1,200    1,250\nLoans          90,000   98,430",
])
def test_a_head_row_with_an_empty_corner_heads_its_columns(table):
    # "<tab>FY2021<tab>FY2022" / "Grant aid<tab>1,200<tab>1,250": the corner cell is empty, not lost
    body = body_of(table)
    assert "|  | FY2021 | FY2022 |\n" in body
    assert "| Grant aid | 1,200 | 1,250 |\n" in body and "| Loans | 90,000 | 98,430 |\n" in body


def test_an_indented_first_row_as_wide_as_the_others_keeps_its_cells():
    # (negative) a head row set in but with a cell for every column: no corner is added
    body = body_of("  Item\tFY2021\tFY2022\nGrant aid\t1,200\t1,250\nLoans\t90,000\t98,430")
    assert "| Item | FY2021 | FY2022 |\n" in body


# --- interviews ---------------------------------------------------------------------------------

def test_an_answer_labelled_with_a_stop_under_its_question_is_its_own_paragraph():
    # "Q. What will the new package change for farmers?" / "A. Farmers will get flood warnings ..."
    body = body_of("Q. What will the new package change for farmers?\n"
                   "A. Farmers will get flood warnings three days earlier than now.\n\n"
                   "Q. When will the radar be ready?\nA. The first station will open in 2025.")
    assert "\nQ. What will the new package change for farmers?\n{ #p-2 }\n\n" \
           "A. Farmers will get flood warnings three days earlier than now.\n{ #p-3 }\n" in body
    assert "\nA. The first station will open in 2025.\n" in body


def test_an_initial_opening_a_wrapped_line_of_a_question_is_no_answer():
    # (negative) the question goes on over the line: "A." is a name's initial in it
    text = "Q. What did the survey team led by\nA. Tanaka find in the delta provinces last year?"
    assert "\nQ. What did the survey team led by A. Tanaka find in the delta provinces last year?\n" in body_of(text)


def _type_of(text: str) -> str:
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    full = HEAD + text + TAIL
    return extract_metadata(Seed(path="probe/x.txt", raw=full.encode(), text=full), clean_text(full),
                            load_vocabulary())["type"]


def test_questions_spelt_out_make_an_interview():
    # "Question: What will the new package change for farmers?" / "Answer: Farmers will get ..."
    assert _type_of("Question: What will the new package change for farmers?\n"
                    "Answer: Farmers will get flood warnings three days earlier than now.\n\n"
                    "Question: When will the radar be ready?\nAnswer: The first station will open in 2025.") == "interview"


def test_a_question_heading_a_sentence_that_answers_itself_is_no_interview_cue():
    # (negative) "Question: ..." lines that are no questions (a parliamentary record's subject) say nothing
    assert _type_of("Question: Flood control in the Mekong Delta.\n\nQuestion: Radar stations in Can Tho.") == "news"


# --- captions and figures -----------------------------------------------------------------------

def test_a_photo_numbered_with_a_colon_is_a_caption_not_a_heading():
    # "Photo 2: A river gauge in Can Tho" over prose, as "Chart 3: Flood damage ..." is a caption
    body = body_of("Photo 2: A river gauge in Can Tho\n\n"
                   "The gauges send readings every ten minutes to the centre in Ho Chi Minh City.")
    assert '<span class="atlas-caption-label">Photo 2:</span> A river gauge in Can Tho' in body
    assert "## Photo 2" not in body
    assert "\nThe gauges send readings every ten minutes to the centre in Ho Chi Minh City.\n" in body


@pytest.mark.parametrize("text", [
    "Photo exhibitions about the project will be held in Hanoi and Can Tho in May.",
    "Photo 2 shows the river gauge at Can Tho, which sends readings every ten minutes.",
])
def test_a_sentence_opening_with_photo_stays_text(text):
    # (negative) the author's sentence about a photo is no caption
    body = body_of(text)
    assert f"\n{text}\n{{ #p-2 }}" in body and "atlas-caption" not in body


@pytest.mark.parametrize("placeholder", ["[Photo]", "[Image 2]", "[Chart]"])
def test_a_figure_s_placeholder_alone_is_furniture(placeholder):
    # where a copy left out a figure and kept only its kind: no word of the document
    c = clean_text(HEAD + placeholder + TAIL)
    assert placeholder in c.removed and placeholder.strip("[]") not in c.body


def test_an_image_s_description_in_brackets_stays():
    # (negative) "[Image: radar station in Can Tho]" says what the picture showed
    assert "radar station in Can Tho" in body_of("[Image: radar station in Can Tho]")


@pytest.mark.parametrize("glyph,gap", [("•", ""), ("→", " "), ("★", " "), ("✅", " ")])
def test_items_marked_by_other_glyphs_are_a_list(glyph, gap):
    # "The package covers the following areas:" / "•flood forecasting ..." / "→ training ..." lines
    body = body_of(LEAD + "\n".join(f"{glyph}{gap}{t}" for t in ITEMS))
    for t in ITEMS:
        assert f"- {t}\n" in body
    assert glyph not in body


def test_a_starred_line_alone_over_prose_stays_a_heading():
    # (negative) "★ Key Points" over a paragraph: a heading, as "■ Key Points" is, not an item
    body = body_of("★ Key Points\n\nJapan will provide radar stations and river gauges to the delta provinces.")
    assert "## Key Points" in body and "- Key Points" not in body


EGYPT = "round55_egypt_moic_japan_partner_profile.txt"
ROWS = "Viet Nam\t1,250\t98,430\nIndonesia\t2,100\t\nPhilippines\t3,040\t45,200\nTotal\t6,390\t143,630"


@pytest.mark.parametrize("table", [ROWS, ROWS.replace("\t\n", "\t0\n").replace("\t", "      ")])
def test_a_table_of_figures_without_a_head_row_gets_an_empty_head(table):
    # "Viet Nam<tab>1,250<tab>98,430": the first row is data, not the columns' names
    body = body_of(table)
    assert "| | | |\n| --- | ---: | ---: |\n| Viet Nam | 1,250 | 98,430 |\n" in body


def test_a_fact_sheet_s_shares_by_sector_have_no_head_row():
    # "Portfolio by Sector (%)" / "Transport          46" / "Education          18"
    body = cleaned(EGYPT).body
    assert "| | |\n| --- | ---: |\n| Transport | 46 |\n| Education | 18 |" in body


def test_a_head_row_of_years_stays_the_head():
    # (negative) "Country<tab>2021<tab>2022" names the columns
    body = body_of("Country\t2021\t2022\nViet Nam\t1,250\t98,430\nIndonesia\t2,100\t3,000")
    assert "| Country | 2021 | 2022 |\n| --- | ---: | ---: |\n" in body


@pytest.mark.parametrize("table", [
    "Country\tGrant aid\tLoans\nViet Nam\t1,250\t98,430\nIndonesia\t2,100\t\nPhilippines\t3,040\t45,200",
])
def test_a_row_whose_last_cell_is_empty_stays_a_row_of_the_table(table):
    # "Indonesia<tab>2,100<tab>" (no loans): one row short by its empty last cell
    body = body_of(table)
    assert "| Country | Grant aid | Loans |\n" in body
    assert "| Indonesia | 2,100 |  |\n" in body and "| Philippines | 3,040 | 45,200 |\n" in body


def test_rows_mostly_narrower_than_the_first_line_are_no_table_padded_out():
    # (negative) one line of three cells over two of two: not rows that lost their last cell
    body = body_of("Country\tGrant aid\tLoans\nViet Nam\t1,250\nIndonesia\t2,100")
    assert "| Viet Nam | 1,250 |  |" not in body


def test_two_head_rows_set_in_by_their_corner_head_the_table():
    # "<tab>Grant aid<tab>Loans" / "<tab>(¥ million)<tab>(¥ million)" / "Viet Nam<tab>1,250<tab>98,430"
    body = body_of("\tGrant aid\tLoans\n\t(¥ million)\t(¥ million)\nViet Nam\t1,250\t98,430\nIndonesia\t2,100\t3,000")
    assert "|  | Grant aid | Loans |\n" in body and "|  | (¥ million) | (¥ million) |\n" in body
    assert "| Viet Nam | 1,250 | 98,430 |\n" in body


def test_a_loss_in_brackets_is_a_figure_of_its_column():
    # "Philippines<tab>(3,040)<tab>45.2%": the column of figures is aligned right as a whole
    body = body_of("Country\tGrant aid\tLoans\nViet Nam\t1,250\t98,430\nPhilippines\t(3,040)\t45.2%")
    assert "| Country | Grant aid | Loans |\n| --- | ---: | ---: |\n" in body


@pytest.mark.parametrize("label", ["Photo 2-3.", "Photo III-2.", "Figure 1-2.", "Picture 1."])
def test_a_photo_numbered_by_chapter_over_details_in_caption_is_a_caption(label):
    # seed 001's "Photo N. Details in caption." over its caption, numbered "2-3" or "III-2" as a chapter's
    c = clean_text(HEAD + f"{label} Details in caption.\n\nA JICA expert checks a river gauge in Can Tho." + TAIL)
    assert f'<span class="atlas-caption-label">{label}</span> A JICA expert checks a river gauge in Can Tho.' in c.body
    assert "Details in caption." in c.removed


def _type_under(title: str) -> str:
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    full = title + "\n15 March 2024\n\n" + HEAD.split("\n\n", 1)[1] + TAIL.lstrip()
    return extract_metadata(Seed(path="probe/x.txt", raw=full.encode(), text=full), clean_text(full),
                            load_vocabulary())["type"]


def test_a_headline_naming_its_kind_makes_an_interview():
    # "Interview: Japan's ambassador on flood cooperation" over a lede without a question
    assert _type_under("Interview: Japan's ambassador on flood cooperation") == "interview"


def test_a_headline_about_interviews_is_no_interview():
    # (negative) the word inside the headline, no label before a colon
    assert _type_under("Japan's ambassador gives interview on flood cooperation") == "news"


def test_decimal_sub_items_set_in_under_a_numbered_item_are_its_sub_items():
    # "1. Flood forecasting" / "   1.1 Radar stations" / "   1.2 River gauges" / "2. Training"
    body = body_of(LEAD + "1. Flood forecasting\n   1.1 Radar stations\n   1.2 River gauges\n2. Training")
    assert "1. Flood forecasting\n" in body and "2. Training\n" in body
    assert "    - 1\\.1 Radar stations\n" in body and "    - 1\\.2 River gauges\n" in body


@pytest.mark.parametrize("items", [
    "1. Flood forecasting\n   • radar stations\n   • river gauges\n2. Training",
    "1. Flood forecasting\n   1.1 Radar stations\n   1.2 River gauges\n2. Training",
    "• Flood forecasting\n  - radar stations\n  - river gauges\n• Training",
])
def test_nested_items_read_again_from_the_canonical_text_stay_nested(items):
    # idempotence: a bulleted sub-item's glyph is not in its text, yet the canonical text marks it
    from atlas.clean import canonical_text, parse
    text = HEAD + LEAD + items + TAIL
    assert clean_text(canonical_text(parse(text))).body == clean_text(text).body


def test_a_note_under_a_table_s_source_is_its_own_paragraph():
    # "Source: MOFA" / "Note: Figures may not add up due to rounding." under the table
    body = body_of("Country\tGrant aid\tLoans\nViet Nam\t1,250\t98,430\nIndonesia\t2,100\t3,000\n"
                   "Source: MOFA\nNote: Figures may not add up due to rounding.")
    assert '<span class="atlas-caption-label">Source: MOFA</span>\n</figcaption>' in body
    assert "\nNote: Figures may not add up due to rounding.\n{ #p-" in body


def test_a_photo_credit_over_its_caption_stays_one_caption():
    # (negative) "Photo: JICA" / "A JICA expert checks a river gauge in Can Tho.": the caption's own words
    body = body_of("Country\tGrant aid\nViet Nam\t1,250\nIndonesia\t2,100\n\n"
                   "Photo: JICA\nA JICA expert checks a river gauge in Can Tho.")
    assert '<span class="atlas-caption-label">Photo: JICA</span> A JICA expert checks a river gauge in Can Tho.' in body


def test_lettered_items_a_blank_line_apart_are_one_list():
    # "a) Flood forecasting systems." / "" / "b) Training ..." / "" / "c) ...": one list, as bullets are
    from atlas.clean import canonical_text, parse
    text = HEAD + LEAD + "\n" + "\n\n".join(f"{m} {t}." for m, t in zip(("a)", "b)", "c)"), ITEMS)) + TAIL
    body = clean_text(text).body
    assert "<!-- -->" not in body
    assert "- a) flood forecasting systems for the Mekong Delta.\n    { #p-3 }\n- b) training" in body
    assert clean_text(canonical_text(parse(text))).body == body  # (and so cleaning it again keeps it)


def test_lettered_items_out_of_sequence_stay_apart():
    # (negative) "a)" then "c)": not the next item, each its own
    text = LEAD + "\na) flood forecasting systems.\n\nc) early warning sirens."
    assert "<!-- -->" in body_of(text)


TOP = "Japan and Viet Nam expand cooperation on disaster risk reduction\n\n"
PHOTO = "Ambassador Ito Naoki, left, and Minister Tran Hong Ha sign the agreement in Hanoi on Thursday."
STORY = ("\n\nJapan and Viet Nam on Thursday agreed to expand their cooperation on disaster risk reduction, "
         "officials said.\n\nThe Japan International Cooperation Agency (JICA) will send experts to Can Tho.\n")


@pytest.mark.parametrize("credit", ["Getty Images", "Nikkei montage", "Staff illustration"])
@pytest.mark.parametrize("under", [False, True])
def test_a_picture_library_or_a_paper_s_montage_credits_the_photo(credit, under):
    # seed 004's shape, "Yomiuri Shimbun" over its caption, with a picture library's name, over or under it
    text = TOP + (f"{PHOTO}\n{credit}" if under else f"{credit}\n{PHOTO}") + STORY
    c = clean_text(text)
    body = c.body
    # (an outlet's name over the caption is its source line, as seed 004's "Yomiuri Shimbun" is)
    assert "atlas-caption" in body and PHOTO in body and (credit in body or credit in c.source_lines)
    assert f"{credit} {PHOTO}" not in body and f"{PHOTO} {credit}\n{{ #p-" not in body


def test_a_line_naming_a_graphic_in_a_sentence_stays_text():
    # (negative) "The graphic ..." is the author's sentence, whatever word it holds
    text = TOP + "The Ministry of Agriculture graphic shows the four radar sites." + STORY
    assert "\nThe Ministry of Agriculture graphic shows the four radar sites.\n{ #p-1 }" in clean_text(text).body


@pytest.mark.parametrize("outlet", ["Kyodo", "Reuters", "The Yomiuri Shimbun"])
def test_an_outlet_under_the_first_sentence_over_the_story_credits_its_photo(outlet):
    # "Ambassador Ito Naoki, left, and ... sign the agreement in Hanoi on Thursday." / "Kyodo" / "" / story
    from atlas.clean import canonical_text, parse
    text = TOP + f"{PHOTO}\n{outlet}" + STORY
    body = clean_text(text).body
    assert f"<figcaption markdown>\n{PHOTO} {outlet}\n</figcaption>" in body
    assert clean_text(canonical_text(parse(text))).body == body


def test_an_outlet_under_the_story_s_last_sentence_is_no_caption():
    # (negative) seed 000's shape: the outlet under the last paragraph is the story's source
    text = TOP + STORY.strip() + "\nThe Yomiuri Shimbun\n"
    assert "atlas-caption" not in clean_text(text).body


def test_a_byline_under_the_first_sentence_is_no_photo_credit():
    # (negative) "By Jane Doe" under the lede is a writer, not a photo's credit
    text = TOP + f"{PHOTO}\nBy Jane Doe" + STORY
    assert "atlas-caption" not in clean_text(text).body


# --- a project brief holding several of these shapes ----------------------------------------------

BRIEF = "round61_jica_project_brief_mekong_flood.txt"


def test_a_project_brief_s_kind_over_its_title_is_no_title():
    # "Project Brief" / "Mekong Delta Flood Forecasting and Early Warning Project" / "March 2024"
    from test_unseen_documents import meta
    m, c = meta(BRIEF), cleaned(BRIEF)
    assert m["title"] == "Mekong Delta Flood Forecasting and Early Warning Project"
    assert "Project Brief" in c.removed and m["date"] == "2024-03"


def test_the_brief_s_pillars_photo_table_and_outcomes():
    body = cleaned(BRIEF).body
    # "The project has three pillars:" / "① Forecasting: ..." / "② Warning: ..." / "③ People: ..."
    assert "- ② Warning: sirens and text-message alerts in 40 coastal communes;\n" in body
    # "Photo 2-1. Details in caption." over its caption; "[Photo]" where a picture stood
    assert '<span class="atlas-caption-label">Photo 2-1.</span> A JICA expert and a technician' in body
    assert "[Photo]" in cleaned(BRIEF).removed
    # "<tab>FY2023<tab>FY2024" / "Equipment<tab>1,250<tab>2,100" / "Training<tab>310<tab>" / "Experts ..."
    assert "|  | FY2023 | FY2024 |\n| --- | ---: | ---: |\n| Equipment | 1,250 | 2,100 |\n" \
           "| Training | 310 |  |\n| Experts | 640 | 720 |" in body
    # "Source: JICA" / "Note: Figures are in million yen; ..."
    assert "\nNote: Figures are in million yen; the training budget for FY2024 is not yet fixed.\n" in body
    # "a. Warnings issued three days before a flood instead of one;" / "b. ..." / "c. ..."
    assert "- a. Warnings issued three days before a flood instead of one;\n" in body


def test_a_kind_s_words_as_a_heading_further_down_stay():
    # (negative) further down, the words are the author's: "Project summary" as a heading stays
    body = body_of("Project summary\n\nThe project will install four radar stations and 40 sirens by 2026.")
    assert "Project summary" in body
