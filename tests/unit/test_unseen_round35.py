"""Thirty-fifth round: round 33's defects mended on the Lao News Agency's story
(tests/fixtures/unseen/round33_kpl_laos_japan_rice.txt), The Jakarta Post's
(round33_jakarta_post_mrt_loan.txt), JBIC's release (round33_jbic_loan_vietnam_solar.txt), HIDA's
report (round33_aots_hida_training_course.txt) and a university's release
(round33_university_press_release_satreps_peat.txt). Every expected value was read off the
fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract import extract_metadata
from atlas.read import read_seed
from atlas.vocab import load_vocabulary

JP = "round33_jakarta_post_mrt_loan.txt"
JBIC = "round33_jbic_loan_vietnam_solar.txt"
KPL = "round33_kpl_laos_japan_rice.txt"
HIDA = "round33_aots_hida_training_course.txt"
UNI = "round33_university_press_release_satreps_peat.txt"


def meta_of(text: str, tmp_path) -> dict:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    seed = read_seed(path, tmp_path)
    return extract_metadata(seed, clean_text(seed.text), load_vocabulary())


# --- 1. a wire's dateline without a year; a one-word byline over the photo's caption --------------

def test_a_yearless_wire_dateline_is_no_heading_and_gives_no_year():
    # "Japan provides rice seed and irrigation support to Savannakhet farmers" / "" /
    # "Vientiane, November 22 (KPL)"; the only years: "in 2023", "In 2025, the two countries will
    # celebrate", "© 2024 Lao News Agency (KPL)": none is the story's date
    m, c = meta(KPL), cleaned(KPL)
    assert "## Vientiane" not in c.body
    assert texts(KPL)[0] == "Vientiane, November 22 (KPL)"
    assert texts(KPL)[1].startswith("Japan has handed over agricultural machinery")
    assert "date" not in m


def test_a_one_word_byline_over_the_caption_closing_the_story():
    # "By Phonesavanh" / "Photo: Vice Minister Linkham Douangsavanh (right) and Ambassador ..."
    c = cleaned(KPL)
    assert "By Phonesavanh" in c.source_lines and "Phonesavanh" not in c.body
    assert texts(KPL)[-1].startswith("Photo: Vice Minister Linkham Douangsavanh (right)")


def test_a_yearless_dateline_takes_its_year_from_a_stated_publication_month(tmp_path):
    text = ("Japan Gives Rice Seed to Farmers\n\nNovember 2024\n\nVientiane, November 22 (KPL)\n\n"
            "Japan has handed over machinery to farmers in the south. It was done on Monday.\n")
    c = clean_text(text)
    assert "##" not in c.body and "Vientiane, November 22 (KPL)" in c.body
    assert meta_of(text, tmp_path)["date"] == "2024-11-22"
    capitals = clean_text("Japan Gives Rice Seed\n\nHANOI, 3 March\n\nJapan has handed over machinery. It was done.\n")
    assert "##" not in capitals.body and "HANOI, 3 March" in capitals.body


def test_a_yearless_dateline_and_a_copyright_year_give_no_date(tmp_path):
    text = ("Japan Gives Rice Seed to Farmers\n\nVientiane, November 22 (KPL)\n\n"
            "Japan has handed over machinery to farmers in the south. It was done on Monday.\n\n"
            "© 2024 Lao News Agency. All rights reserved.\n")
    assert "date" not in meta_of(text, tmp_path)


def test_a_day_heading_a_report_s_section_stays_a_heading():
    # near miss: a name and a day, no agency, no place in capitals
    c = clean_text("Forum Report on Trade\n\nThe forum met for two days in Hanoi this month.\n\n"
                   "Day One, March 3\n\nThe ministers spoke about trade. They agreed on a plan.\n")
    assert "## Day One, March 3" in c.body


def test_a_byline_in_a_sentence_before_a_caption_stays():
    # near miss: a sentence opening with "By", then a caption
    c = clean_text("Japan Gives Rice Seed\n\nJapan has handed over machinery. It was done.\n\n"
                   "By then the farmers had planted their rice.\n\nPhoto: The farmers at work.\n")
    assert "By then the farmers had planted their rice." in c.body


# --- 2. the writer and the outlet in brackets over the place and the date --------------------------

def test_a_writer_with_the_outlet_in_brackets_is_the_byline():
    # "Dio Suhenda (The Jakarta Post)" / "Jakarta   ●   Thu, March 6, 2025"
    m, c = meta(JP), cleaned(JP)
    assert (m["date"], m["source"]) == ("2025-03-06", "The Jakarta Post")
    assert {"name": "Dio Suhenda", "role": "Author"} in m["people"]
    assert "Dio Suhenda" not in c.body and "Thu, March 6" not in c.body
    assert texts(JP)[0].startswith("Commuters queue to board a train")


# --- 3. a logo's acronym before the body's name on the masthead's line -----------------------------

def test_a_logo_acronym_before_the_body_s_name_is_no_part_of_the_source():
    # "JBIC Japan Bank for International Cooperation"; "KPL Lao News Agency"; "HIDA The Overseas
    # Human Resources and Industry Development Association"
    assert meta(JBIC)["source"] == "Japan Bank for International Cooperation"
    assert meta(KPL)["source"] == "Lao News Agency"
    assert meta(HIDA)["source"] == "The Overseas Human Resources and Industry Development Association"


def test_a_news_release_s_number_alone_on_its_line_makes_it_a_press_release():
    # "NR/2024-83" over "Loan for Rooftop Solar Power Projects in Viet Nam" (JBIC, now a known
    # agency as its source, would otherwise type as a dated, unsigned fact sheet)
    assert meta(JBIC)["type"] == "press-release"


def test_an_acronym_made_of_the_name_s_initials_is_its_logo():
    from atlas.extract_source import source_of
    vocab = load_vocabulary()
    assert source_of(["ACME Asian Centre for Mekong Energy"], vocab)[0] == "Asian Centre for Mekong Energy"
    # near misses: letters that are not the name's initials, a word that is no acronym
    assert source_of(["TOKYO Green Forum"], vocab)[0] == "TOKYO Green Forum"
    assert source_of(["NEWS Mekong Energy Review"], vocab)[0] == "NEWS Mekong Energy Review"


# --- 5. a share bar of icons' letters ---------------------------------------------------------------

def test_a_share_bar_of_icon_letters_is_furniture():
    # "Share:  f  X  in" under the release's date, over the first paragraph
    c = cleaned(UNI)
    assert "Share: f X in" in c.removed and "Share" not in c.body


def test_icon_letters_after_share_only_with_its_colon():
    c = clean_text("Japan Signs Loan\n\nJapan signed a loan on Monday. It is large.\n\nShare:  f  X  in\n\n"
                   "The loan covers roads. It was signed in Hanoi.\n")
    assert "Share" not in c.body
    # near miss: the author's words, no colon
    c = clean_text("Japan Signs Loan\n\nJapan signed a loan on Monday. It is large.\n\n"
                   "Farmers share in the gains. They said so.\n")
    assert "Farmers share in the gains." in c.body


# --- 4. a kind label in brackets opening the title; a section's name over its lead-in --------------

def test_a_bracketed_label_opening_the_title_is_a_label():
    # "[Report] Program on Factory Management for Green Transformation (GX) for ASEAN Countries"
    m, c = meta(HIDA), cleaned(HIDA)
    assert m["title"] == "Program on Factory Management for Green Transformation (GX) for ASEAN Countries"
    assert "[Report]" in c.removed
    # near miss: brackets in a sentence of the text stay as written
    c = clean_text("Japan Signs Loan\n\nThe ministry's note [Report] was sent on Monday. It was short.\n")
    assert c.paragraphs[0].text == "The ministry's note [Report] was sent on Monday. It was short."
    # nor is a bracketed word glued to the title's first word a label
    assert clean_text("[Re]building Asia's Ports\n\nJapan will help. It said so.\n").title == "[Re]building Asia's Ports"


def test_a_section_name_over_the_sentence_leading_into_its_items():
    # "Objectives of the program" / "The participants were expected to:" / "(1) understand ..."
    c = cleaned(HIDA)
    assert "## Objectives of the program" in c.body
    assert "The participants were expected to:" in texts(HIDA)


def test_a_wrapped_sentence_over_its_items_stays_one_paragraph():
    c = clean_text("Japan Signs Loan\n\nJapan signed a loan. It is large.\n\n"
                   "Under the agreement signed with\nThe Ministry agreed to:\n(1) build roads;\n(2) build bridges.\n")
    assert "Under the agreement signed with The Ministry agreed to:" in c.body and "## Under" not in c.body
    c = clean_text("Japan Signs Loan\n\nJapan signed a loan. It is large.\n\n"
                   "Project Objectives\nThe project aims to:\n(1) build roads;\n(2) build bridges.\n")
    assert "## Project Objectives" in c.body


# --- 6. a role in small letters right before the name -------------------------------------------------

def test_roles_in_small_letters_before_names_are_people():
    # "... by Finance Ministry financing director Riko Amir and Japan International Cooperation Agency
    # (JICA) Indonesia chief representative Takeda Sachiko, witnessed by Japanese Ambassador Masaki Yasushi."
    people = meta(JP)["people"]
    assert {"name": "Riko Amir", "role": "Director"} in people
    assert {"name": "Takeda Sachiko", "role": "Chief Representative"} in people


def test_a_department_or_a_place_after_a_role_in_small_letters_is_no_one(tmp_path):
    from atlas.extract_spans import find_people
    assert find_people("She was named director Human Resources last year.") == []
    assert find_people("He became director General Affairs in May.") == []
    m = meta_of("Japan Opens Office\n\nJICA named its new country director Viet Nam Office head on Monday. "
                "The office is in Hanoi.\n", tmp_path)
    assert not [p for p in m.get("people", []) if "Viet" in p["name"]]
    # the role after the name and its comma was read before and still is
    assert find_people("The plan is sound, said Riko Amir, head of the financing unit at the ministry.") == \
        [{"name": "Riko Amir", "role": "Head"}]
