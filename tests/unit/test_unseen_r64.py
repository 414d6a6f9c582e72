"""Round 64: whole documents of kinds the fixtures held few of, end to end.

A joint statement with numbered paragraphs on a secretariat's site, a trade ministry's release with
its contact block, an agency's ex-post evaluation, a Philippine and a Vietnamese daily's stories
with their own furniture, a foreign minister's policy speech to the Diet, a think tank's paper with
endnotes, a white paper's section with its case-study box, and two notes on Africa (TICAD) and the
Pacific (PALM). Each was read against its output line by line; what came out wrong, and variants
of the same shape, are tested here."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta

from atlas.clean import clean_text, parse
from atlas.clean_blocks import is_source_line
from atlas.clean_inline import _GLUED_FIGURE
from atlas.clean_rules import load_rules
from atlas.extract import extract_metadata
from atlas.read import read_seed
from atlas.vocab import load_vocabulary

ASEAN = "r64_asean_japan_joint_statement_numbered.txt"
METI = "r64_meti_supply_chain_release_contact.txt"
EXPOST = "r64_jica_expost_evaluation_indonesia_rail.txt"
PHILSTAR = "r64_philstar_jica_flood_control_manila.txt"
TUOITRE = "r64_tuoitre_vietnam_japan_semiconductor_training.txt"
SPEECH = "r64_diet_foreign_minister_policy_speech.txt"
ISEAS = "r64_iseas_perspective_endnotes_mekong.txt"
WHITE_PAPER = "r64_mofa_oda_white_paper_case_boxes.txt"
TICAD = "r64_ticad_africa_followup_note.txt"
PALM = "r64_palm_pacific_maritime_note.txt"

STORY = ("\n\nMANILA — Japan will lend the Philippines about 74 billion yen for a flood control project, "
         "the Department of Finance said yesterday.\n\nThe loan carries an interest rate of 0.1 percent.\n")


def org_ids(name: str) -> set[str]:
    return {o["id"] for o in meta(name).get("organisations") or ()}


# --- a daily's section over its headline, in the headline's block -------------------------------

@pytest.mark.parametrize("name, section, title", [
    (PHILSTAR, "Nation", "Japan to fund P28-billion flood control project in Metro Manila"),
    (TUOITRE, "Business", "Vietnam, Japan partner to train 10,000 semiconductor engineers"),
])
def test_a_section_of_the_menu_bar_over_the_headline_in_its_block_is_no_title(name, section, title):
    # "Headlines | Nation | Business | ..." further up, then "Nation" / "Japan to fund ..." / byline / date
    m, c = meta(name), cleaned(name)
    assert m["title"] == title and "subtitle" not in m
    assert section in c.removed


@pytest.mark.parametrize("menu", ["Headlines | Nation | Business | Opinion | World | Sports",
                                  "Home  Nation  Business  Opinion  World  Sports"])
@pytest.mark.parametrize("section", ["Nation", "Business", "World"])
def test_any_item_of_the_menu_row_over_the_headline_is_the_section(menu, section):
    # the menu apart by bars or by gaps; the section over the headline, a byline and a date under it
    c = clean_text(f"{menu}\n\n{section}\nJapan to fund flood control project in Metro Manila\n"
                   "Helen Flores - The Philippine Star\nNovember 4, 2025 | 12:00am" + STORY)
    assert c.title == "Japan to fund flood control project in Metro Manila"
    assert section in c.removed


def test_a_section_word_over_a_headline_without_a_menu_stays_the_title():
    # (negative) no menu says "Nation" is a section: a one-word title over its standfirst is the title
    c = clean_text("Kaizen\nHow a Japanese method of improvement spread across Africa\n\n"
                   "For three decades, JICA has trained factory managers in Ethiopia and Kenya.\n")
    assert c.title == "Kaizen"


def test_a_word_inside_an_item_of_the_bar_menu_is_no_section():
    # (negative) "JICA" of "About JICA": the site's acronym over its full name, not a section
    c = parse("Home | About JICA | News | Events | Contact\n\nJICA\nJapan International Cooperation Agency\n\n"
              "Japan to fund flood control project in Metro Manila" + STORY)
    assert "JICA" not in c.menu


# --- a writer's name and the outlet after a dash: a byline ----------------------------------------

@pytest.mark.parametrize("line", ["Helen Flores - The Philippine Star", "Helen Flores — The Philippine Star",
                                  "Helen Flores, The Philippine Star", "HELEN FLORES - The Philippine Star",
                                  "Helen Flores | The Philippine Star", "Helen Flores (The Philippine Star)",
                                  "Ry Sochan - Khmer Times"])
def test_a_writer_and_a_known_outlet_on_a_line_are_a_source_line(line):
    assert is_source_line(line, load_rules())


@pytest.mark.parametrize("line", ["Japan to fund a dam - The Philippine Star", "Helen flores - The Philippine Star",
                                  "Helen Flores - The Rural Water Project"])
def test_a_headline_or_an_unknown_name_after_a_dash_is_no_byline(line):
    # (negative) words in small letters before the dash, or no outlet the vocabulary knows after it
    assert not is_source_line(line, load_rules())


def test_the_byline_and_date_under_the_headline_are_lifted_and_the_outlet_is_the_source():
    # "Helen Flores - The Philippine Star" / "November 4, 2025 | 12:00am" under the headline
    m, c = meta(PHILSTAR), cleaned(PHILSTAR)
    assert "Helen Flores - The Philippine Star" in c.source_lines
    assert (m["source"], m["date"], m["type"]) == ("The Philippine Star", "2025-11-04", "news")
    assert "Helen Flores" not in c.body


# --- share buttons a line each, a recommendation widget, a "like us" line --------------------------

def test_a_share_bar_without_its_label_goes_whole():
    # "Facebook" / "X" / "Messenger" / "Copy link" under the date
    c = cleaned(PHILSTAR)
    assert {"Facebook", "X", "Messenger", "Copy link", "Recommended by Outbrain"} <= set(c.removed)
    assert "Messenger" not in c.body and "Outbrain" not in c.body


def test_a_lone_button_word_under_no_share_bar_stays():
    # (negative) "Messenger" in the text, no network's name over it: the author's word
    c = clean_text("Title of the story\n\nThe app is popular in Manila.\n\nMessenger\n\nIt is used by many.\n")
    assert "Messenger" in c.body


@pytest.mark.parametrize("line", ["Like us on Facebook to get the latest news from Tuoi Tre News.",
                                  "Follow us on Telegram for the latest updates",
                                  "Join us on WhatsApp for breaking news"])
def test_a_follow_button_with_what_it_brings_is_furniture(line):
    c = clean_text("Japan and Vietnam sign chip pact\n\nThe two sides signed a memorandum on Wednesday.\n\n" + line + "\n")
    assert line in c.removed


@pytest.mark.parametrize("line", ["Follow us on Facebook, X and Instagram", "Follow us on Facebook, Twitter, YouTube and Instagram"])
def test_a_follow_line_naming_several_networks_is_furniture(line):
    # the Philstar page's "Follow us on Facebook, X and Instagram" under its menu
    assert line in clean_text("Title\n\nJapan will fund the project, officials said.\n\n" + line + "\n").removed


def test_a_sentence_about_following_a_network_stays():
    # (negative) the author's sentence, not the site's button
    text = "Officials urged residents to follow the agency on Facebook for the latest flood warnings in Marikina."
    assert text in clean_text("Flood warnings\n\nThe agency issued warnings.\n\n" + text + "\n").body


# --- a newspaper's contributors under the story ----------------------------------------------------

@pytest.mark.parametrize("line", ["— With Louise Maureen Simeon", "- With reports from Jose Rodel Clapano and Elizabeth Marcelo",
                                  "— with Louise Maureen Simeon, Elizabeth Marcelo"])
def test_a_dash_and_the_staff_who_also_reported_is_a_credit_not_a_heading(line):
    body = clean_text("Japan to fund flood control project" + STORY + "\n" + line + "\n").body
    assert "\n## " not in body
    assert ".atlas-credit }" in body


def test_the_fixture_s_contributor_line_is_its_credit():
    body = cleaned(PHILSTAR).body
    assert "— With Louise Maureen Simeon\n{ #p-12 .atlas-credit }" in body


# --- a photo credited in brackets with the site and the photographer -------------------------------

@pytest.mark.parametrize("credit", ["(Philstar.com/Miguel De Guzman)", "(STAR/Michael Varcas)", "(INQUIRER.net/Grig Montegrande)"])
def test_a_caption_closed_by_the_site_and_its_photographer_is_a_caption(credit):
    body = clean_text("Japan to fund flood control project" + STORY +
                      f"\nWorkers reinforce the Marikina River embankment in Pasig City. {credit}\n\nThe DPWH will implement it.\n").body
    assert f'<figure class="atlas-caption"' in body and credit.replace("(", "").split("/")[0] in body


@pytest.mark.parametrize("tail", ["(JICA/ADB)", "(Japan/Viet Nam)"])
def test_two_names_apart_by_a_slash_in_brackets_are_no_credit(tail):
    # (negative) bodies or places: the sentence's own brackets
    body = clean_text("Japan to fund flood control project" + STORY + f"\nThe loan was agreed in Manila {tail}\n").body
    assert "<figure" not in body


def test_the_fixture_s_photo_line_is_a_caption():
    body = cleaned(PHILSTAR).body
    assert "<figcaption markdown>\nPhoto: Workers reinforce a section of the Marikina River embankment" in body


# --- a secretariat's statement: its language bar, its address as its source -----------------------

def test_english_and_bahasa_are_a_language_bar_and_the_statement_is_the_title():
    m, c = meta(ASEAN), cleaned(ASEAN)
    assert m["title"] == ("JOINT STATEMENT OF THE 28TH ASEAN-JAPAN SUMMIT ON SUPPLY CHAIN RESILIENCE AND "
                          "ECONOMIC CO-CREATION")
    assert "English | Bahasa" in c.removed
    assert (m["date"], m["type"]) == ("2025-10-27", "policy-announcement")


def test_a_body_s_address_on_one_line_names_the_body_as_the_source():
    # "ASEAN Secretariat, 70A Jalan Sisingamangaraja, Jakarta 12110, Indonesia" closing the page
    assert meta(ASEAN)["source"] == "ASEAN Secretariat"


def test_the_statement_s_numbered_paragraphs_and_lettered_items_stay_in_order():
    body = cleaned(ASEAN).body
    assert body.index("1. We, the Heads of State/Government") < body.index("4. We welcomed the following initiatives:") \
        < body.index("- a) the ASEAN-Japan Economic Resilience Action Plan") < body.index("9. We tasked our relevant Ministers")


# --- a ministry's release: its "Back to top of page" ---------------------------------------------

@pytest.mark.parametrize("line", ["Back to top of page", "Back to top of the page", "Return to top of page"])
def test_back_to_top_of_page_is_furniture(line):
    assert line in clean_text("Title\n\nJapan will fund the project.\n\n" + line + "\n").removed


def test_the_release_keeps_its_numbered_sections_and_its_contact_lines():
    m, c = meta(METI), cleaned(METI)
    assert (m["source"], m["date"], m["type"]) == ("Ministry of Economy, Trade and Industry", "2025-03-14", "press-release")
    assert "Back to top of page" in c.removed
    assert "## 2. Outline of the selected projects" in c.body
    assert "- (5) feasibility studies on rare earth processing in India (6 projects).\n" in c.body
    assert "Phone: 03-3501-1511 (ext. 3351)\n" in c.body


# --- an ex-post evaluation: the kind of sheet over the project's name in quotes -------------------

def test_the_project_s_name_in_quotes_under_the_kind_of_sheet_is_the_title():
    # "JICA" / "Ex-Post Evaluation of Japanese ODA Loan Project" / "\"Jabodetabek Railway ...\""
    m = meta(EXPOST)
    assert m["title"] == "Jabodetabek Railway Capacity Enhancement Project (I)"
    assert m["series"] == "Ex-Post Evaluation of Japanese ODA Loan Project"
    assert (m["source"], m["type"]) == ("Japan International Cooperation Agency", "report")
    assert "Ex-Post Evaluation of Japanese ODA Loan Project" not in cleaned(EXPOST).source_lines


def test_the_kind_of_sheet_is_no_publisher_line():
    assert not is_source_line("Ex-Post Evaluation of Japanese ODA Grant Aid Project", load_rules())
    assert is_source_line("Japan International Cooperation Agency", load_rules())


def test_the_evaluation_s_fields_stay_a_line_each():
    body = cleaned(EXPOST).body
    assert "Project Completion: December 2021\n" in body
    assert "### 3. Results of the Evaluation (Overall Rating: B[^1])" in body


# --- a policy speech to the Diet ------------------------------------------------------------------

def test_a_policy_speech_by_a_minister_is_a_speech():
    m = meta(SPEECH)
    assert m["type"] == "speech"
    assert m["title"] == "Foreign Policy Speech by Foreign Minister Iwaya Takeshi to the 217th Session of the Diet"
    assert (m["date"], m["source"]) == ("2025-01-24", "Ministry of Foreign Affairs of Japan")
    assert "[Provisional Translation]" in cleaned(SPEECH).removed


@pytest.mark.parametrize("title", ["General Policy Speech by Prime Minister ISHIBA Shigeru to the 217th Session of the Diet",
                                   "Policy Speech by the Minister for Foreign Affairs to the 213th Session of the Diet"])
def test_a_policy_speech_named_by_its_speaker_is_a_speech(tmp_path, title):
    path = tmp_path / "speech.txt"
    path.write_text(f"Ministry of Foreign Affairs of Japan\n\n{title}\n\nJanuary 24, 2025\n\nI. Introduction\n\n"
                    "At the opening of this session of the Diet, I would like to present Japan's foreign policy.\n\n"
                    "Japan will strengthen cooperation with ASEAN.\n", encoding="utf-8")
    seed = read_seed(path, tmp_path)
    assert extract_metadata(seed, clean_text(seed.text), load_vocabulary())["type"] == "speech"


def test_a_story_about_a_policy_speech_is_no_speech(tmp_path):
    # (negative) a story's sentence that names a speech says nothing of the story's kind
    path = tmp_path / "story.txt"
    path.write_text("Minister outlines Asia policy\n\nTOKYO — Foreign Minister Iwaya Takeshi gave a policy speech "
                    "to the Diet on Friday, Kyodo News reported.\n\nHe stressed ties with ASEAN.\n", encoding="utf-8")
    seed = read_seed(path, tmp_path)
    assert extract_metadata(seed, clean_text(seed.text), load_vocabulary())["type"] != "speech"


# --- a think tank's paper: the institute over its series and number --------------------------------

def test_the_institute_over_its_series_and_number_is_the_source_and_the_paper_the_title():
    # "ISEAS - Yusof Ishak Institute" / menu / "ISEAS Perspective" / "2025/91" / the title / "Published: ..."
    m, c = meta(ISEAS), cleaned(ISEAS)
    assert m["title"] == "Japan's Quality Infrastructure Push in the Mekong: Old Partner, New Competition"
    assert m["source"] == "ISEAS-Yusof Ishak Institute"
    assert m["date"] == "2025-11-13"  # "Published: 13 November 2025", not the series number "2025/91"
    assert c.series == "ISEAS Perspective — 2025/91"


def test_a_series_number_is_no_dateline():
    c = clean_text("Economic Research Institute\n\nERIA Policy Brief\n2024/07\n\nJapan's hydrogen push in ASEAN\n\n"
                   "Published: 3 June 2024\n\nJapan is funding hydrogen projects in Indonesia and Thailand.\n")
    assert c.title == "Japan's hydrogen push in ASEAN"
    assert c.dateline == "Published: 3 June 2024"


def test_every_endnote_of_the_paper_is_linked_from_its_figure():
    # "... Thailand and Viet Nam.1 The Japan-Mekong Cooperation framework ..." and "ENDNOTES" / "1 Ministry ..."
    body = cleaned(ISEAS).body
    assert "Viet Nam.<sup" in body and "[1](#note-1)" in body
    for n in range(1, 7):
        assert f"{{ #note-{n} .atlas-note }}" in body


@pytest.mark.parametrize("text, figure", [("Viet Nam.1 The", "1"), ("the Lao PDR.2 Japan", "2"), ("through ASEAN.3 It", "3"),
                                          ("in Japan.4 The", "4")])
def test_a_figure_after_a_name_s_stop_before_a_capital_is_a_note(text, figure):
    assert [m.group("pnum") for m in _GLUED_FIGURE.finditer(text)] == [figure]


@pytest.mark.parametrize("text", ["Vol.1 The", "Fig.2 Shows", "Art.3 Of", "No.1 The", "U.S.2 The", "Viet Nam.1 million",
                                  "Ref.4 The"])
def test_an_abbreviation_s_number_or_a_decimal_is_no_note(text):
    assert not list(_GLUED_FIGURE.finditer(text))


# --- a white paper's section with its case study and column ---------------------------------------

def test_the_white_paper_section_keeps_its_notes_and_captions():
    m, c = meta(WHITE_PAPER), cleaned(WHITE_PAPER)
    assert (m["title"], m["type"]) == ("Disaster Risk Reduction and Building Back Better", "white-paper")
    assert "Disaster Risk Reduction 2015-2030[^21], adopted" in c.body
    assert '<span class="atlas-caption-label">Photo 3-4.</span> Forecasters' in c.body


# --- reference figures and contact lines under their lead line -------------------------------------

def test_reference_figures_under_a_bracketed_label_keep_a_line_each():
    # "(Reference) Japan's ODA to Africa" / "Total disbursements (2023): USD 1.9 billion" / ...
    body = cleaned(TICAD).body
    assert "(Reference) Japan's ODA to Africa\n" in body
    assert "\nTotal disbursements (2023): USD 1.9 billion\n" in body
    assert "\nNumber of JICA overseas offices in Africa: 31\n" in body


@pytest.mark.parametrize("label", ["(Note)", "[Reference]", "(Reference)"])
def test_lines_under_a_bracketed_label_line_are_not_run_together(label):
    body = clean_text("Title\n\nJapan supports Africa through many programmes.\n\n"
                      f"{label} Japan's ODA to Africa\nTotal disbursements (2023): USD 1.9 billion\n"
                      "Number of JICA offices in Africa: 31\n").body
    assert "\nTotal disbursements (2023): USD 1.9 billion\n" in body


def test_a_wrapped_sentence_opening_with_a_bracketed_word_stays_one_paragraph():
    # (negative) a sentence hard-wrapped over its lines, the last ending with its stop
    text = ("(Tokyo) Japan and Kenya agreed on Thursday to expand their cooperation\n"
            "on the Mombasa port, officials from both governments said at a joint\n"
            "press conference held in the capital.")
    body = clean_text("Title\n\n" + text + "\n").body
    assert "cooperation on the Mombasa port, officials from both governments said at a joint press" in body


def test_a_contact_block_under_its_lead_in_keeps_a_line_each():
    # "For more information, please contact:" / section / address / "Tel: ..." / "Email: ..."
    body = cleaned(PALM).body
    assert "For more information, please contact:\n" in body
    assert "\nLevel 2, BSP Life Centre, Thomson Street, Suva\n" in body
    assert "\nTel: (679) 330 4633\n" in body


@pytest.mark.parametrize("lead", ["For further information, please contact:", "Media contact:", "For inquiries:"])
def test_contact_lines_under_any_lead_in_keep_a_line_each(lead):
    body = clean_text("Title\n\nJapan opened a centre in Suva.\n\n" + lead +
                      "\nEconomic Section, Embassy of Japan\nTel: (679) 330 4633\nEmail: info@example.org\n").body
    assert "\nTel: (679) 330 4633\n" in body and "\nEmail: info@example.org\n" in body


@pytest.mark.parametrize("block", ["For more information, please contact:\nEmbassy of Japan in Fiji\nTel: (679) 330 4633",
                                   "Please contact:\nAiko Tanaka, JICA Fiji Office\n+679 330 2522\ntanaka.aiko@jica.go.jp"])
def test_a_short_contact_block_under_its_lead_in_keeps_a_line_each(block):
    body = clean_text("Title\n\nJapan opened a centre in Suva.\n\n" + block + "\n").body
    for line in block.split("\n"):
        escaped = line.replace("+", "\\+")  # (a "+" opening a line is escaped: no list's bullet)
        assert "\n" + escaped + "\n" in body


def test_a_lead_in_over_a_sentence_stays_with_it():
    # (negative) "please contact:" over a sentence that goes on: one paragraph
    body = clean_text("Title\n\nJapan opened a centre in Suva.\n\nFor more information, please contact:\n"
                      "the embassy's economic section, which answers questions from businesses in Fiji.\n").body
    assert "please contact: the embassy's economic section" in body


# --- the vocabulary: a chipmaker -------------------------------------------------------------------

def test_rohm_is_a_company_and_the_pacific_bodies_are_found():
    # "with Japanese chipmakers including Renesas Electronics and Rohm offering internships"
    assert {"rohm", "renesas", "jica", "meti"} <= org_ids(TUOITRE)
    assert {"jica", "sprep", "ffa", "pif"} <= org_ids(PALM)
    assert {r["id"] for r in meta(PALM)["regions"]} == {"pacific-islands"}


# --- the same shapes in older fixtures ------------------------------------------------------------

def test_a_photo_credited_with_the_paper_s_initials_and_photographer_is_a_caption():
    # round 33's "Commuters queue ... on Feb. 12, 2025. (JP/Seto Wardhana)" over the story
    body = cleaned("round33_jakarta_post_mrt_loan.txt").body
    assert "<figcaption markdown>\nCommuters queue to board a train at the Bundaran HI MRT station" in body


def test_a_release_s_media_contact_keeps_a_line_each():
    # round 53's "Media Contact:" / "Yuko Sato" / "Corporate Communications, Sojitz Corporation" / phone / e-mail
    body = cleaned("round53_prnewswire_sojitz_mozambique_minigrids.txt").body
    assert "Media Contact:\n" in body and "\nYuko Sato\n" in body and "\npress@sojitz.com\n" in body
    assert "Media Contact: Yuko Sato" not in body


def test_an_office_named_by_its_body_s_acronym_stays_the_source():
    # (negative for the series rule) round 44's "JICA Vietnam Office | Văn phòng JICA Việt Nam" beside
    # "© Japan International Cooperation Agency": the office, no series of JICA's
    assert meta("round44_bilingual_vn_jica_semiconductor_training.txt")["source"] == "JICA Vietnam Office"


# --- a white paper's box: its head lines, its title over its text ----------------------------------

def test_a_case_study_box_head_keeps_a_line_each():
    # "Case Study" / "" / the project's name (97 characters) / "Technical Cooperation (June 2020 - May
    # 2024)" / "Cambodia, Lao PDR": three lines, not one sentence run together
    body = cleaned(WHITE_PAPER).body
    assert "\nThe Project for Strengthening Capacity on Flood Forecasting and Early Warning in the Lower Mekong\n" in body
    assert "\nTechnical Cooperation (June 2020 - May 2024)\n" in body and "\nCambodia, Lao PDR\n" in body


@pytest.mark.parametrize("text", [
    "The Project for Strengthening Capacity on Flood Forecasting and Early Warning in the Lower\n"
    "Mekong Basin, which Japan has funded since 2020 with grants\nand loans worth 3 billion yen.",
    "Japan and Cambodia signed an agreement on Thursday to strengthen flood forecasting in the\n"
    "Lower Mekong Basin and its tributaries in Cambodia\nand Lao PDR",
])
def test_a_hard_wrapped_sentence_with_a_long_first_line_stays_one_paragraph(text):
    # (negative) a line going on in small letters, or a clause cut after a comma: one paragraph
    body = clean_text("Title\n\nJapan supports flood forecasting, officials said.\n\n" + text + "\n").body
    assert " ".join(text.split("\n")) in body


def test_a_column_s_title_over_its_first_sentence_in_its_block_is_the_box_title():
    # "Column" / "" / "Bosai from Japan to the World: The \"Sendai Framework\" and Local Communities" /
    # "The word \"bosai\" (disaster risk reduction) has become known around the world. ..."
    body = cleaned(WHITE_PAPER).body.replace("&quot;", '"')
    assert '### Bosai from Japan to the World: The "Sendai Framework" and Local Communities' in body
    assert '\nThe word "bosai" (disaster risk reduction) has become known around the world.' in body


def test_a_sentence_under_a_box_label_stays_one_paragraph():
    # (negative) the box's text hard-wrapped right under its label: no title in it
    body = clean_text("Title\n\nJapan supports disaster risk reduction.\n\nColumn\n\n"
                      "Japan has supported flood control in Metro\nManila since the 1970s, officials said.\n").body
    assert "Japan has supported flood control in Metro Manila since the 1970s, officials said." in body
