"""Round 57: text copied with a blank line after every printed line (a PDF viewer's copy, a page
whose lines end in `<br><br>`): a sentence broken off at a line's end goes on after the blank
line, and is one paragraph again; headings, list items and paragraphs that end stay apart."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

METRO = "round57_double_spaced_metro_loan.txt"


def test_a_sentence_broken_over_blank_lines_is_one_paragraph():
    # "The Japan International Cooperation Agency (JICA) signed a loan agreement with the" /
    # "" / "Government of Viet Nam on Wednesday to provide up to 45 billion yen for the" / "" /
    # "construction of Line 2 of the Ho Chi Minh City Urban Railway, the agency said."
    paragraphs = texts(METRO)
    assert "The Japan International Cooperation Agency (JICA) signed a loan agreement with the Government of " \
           "Viet Nam on Wednesday to provide up to 45 billion yen for the construction of Line 2 of the Ho Chi " \
           "Minh City Urban Railway, the agency said." in paragraphs
    # "... when it opens in 2031, easing" / "" / "congestion on some of the most crowded roads in the country."
    assert any(p.startswith("The 11-kilometre line will run") and p.endswith("most crowded roads in the country.")
               for p in paragraphs)
    # "... opened at the end of" / "" / "2024 after more than a decade of delays and cost overruns."
    assert "Line 1, also financed by Japanese official development assistance, opened at the end of 2024 after " \
           "more than a decade of delays and cost overruns." in paragraphs
    assert meta(METRO)["summary"].endswith("the agency said.")


def test_headings_list_items_and_ended_paragraphs_stay_apart():
    c = cleaned(METRO)
    assert "## Background" in c.body  # "Background" over "Line 1, also financed ..."
    for item in ("10 underground stations", "a depot at Tham Luong",  # "- 10 underground stations" / "" / "- a depot ..."
                 "signalling and rolling stock procured under Japanese technical standards"):
        assert f"- {item}" in c.body
    assert "Key features of the project:" in texts(METRO)
    # "The new loan ... including a 10-year grace period." ends: the next paragraph starts apart
    assert "The new loan carries an interest rate of 0.3 per cent a year and a repayment period of 40 years, " \
           "including a 10-year grace period." in texts(METRO)


def test_a_short_label_a_capital_or_a_full_stop_after_the_blank_line_keeps_paragraphs_apart():
    def paragraphs(text: str) -> list[str]:
        return [p.text for p in clean_text(text).paragraphs]

    lead = "Japan will fund a flood warning system in Jakarta, the embassy said on Monday.\n\n"
    # a label over its value: too short to be a sentence broken off
    got = paragraphs(lead + "Posted in\n\nNews\n\nJapan and Indonesia agreed the plan in 2025 after the floods of 2020.\n")
    assert got[1:3] == ["Posted in", "News"]
    # a long line that ends in a small letter over one that opens with a capital: two paragraphs
    # (a caption or a line without its stop; a new sentence may open there)
    got = paragraphs(lead + "The radars will cover the capital and the six surrounding provinces of the island of Java\n\n"
                     "Officials said the system would be ready before the 2027 rainy season began.\n")
    assert "Officials said the system would be ready before the 2027 rainy season began." in got
    # a line that ends with its full stop: the next line is a paragraph of its own, even in small letters
    got = paragraphs(lead + "The radars will cover the capital and the six surrounding provinces of Java.\n\n"
                     "e-commerce firms in the city also asked for weather data from the new system.\n")
    assert "e-commerce firms in the city also asked for weather data from the new system." in got


# --- notes at a page's foot, numbered with bare figures, the text's marks raised ------------------

PAGE_FOOT = "round57_white_paper_page_foot_notes.txt"


def test_notes_at_a_page_s_foot_are_the_notes_the_raised_figures_point_to():
    # "... safety and the transfer of technology.¹" ... "1 MOFA, \"Partnership for Quality
    # Infrastructure: Investment for Asia's Future\"," / "  May 2015." / "2 JICA press release, 12 May 2024."
    c = cleaned(PAGE_FOOT)
    assert "the transfer of technology.[^1]" in c.body
    assert "in container handling.[^2] Similar training" in c.body
    assert "[^1]: 1 MOFA, \"Partnership for Quality Infrastructure: Investment for Asia's Future\", May 2015." in c.body
    assert "[^2]: 2 JICA press release, 12 May 2024." in c.body
    assert "[^3]: 3 Ministry of Transport of Viet Nam, 2023." in c.body
    # no paragraph runs the notes together ("... May 2015. 2 JICA press release ...")
    assert not any("May 2015. 2 JICA" in t for t in texts(PAGE_FOOT))
    assert meta(PAGE_FOOT)["type"] == "white-paper"


def test_a_list_numbered_with_bare_figures_is_no_notes_without_raised_figures_in_the_text():
    text = ("Japan and ASEAN digital cooperation\n\nThe plan has two parts, the ministry said.\n\n"
            "1 Training of 1,000 engineers\n2 A data centre in Jakarta\n")
    c = clean_text(text)
    assert "[^" not in c.body and "Training of 1,000 engineers" in c.body
    # raised figures for some of the lines only: no notes either
    c = clean_text(text.replace("said.", "said.¹"))
    assert "[^" not in c.body


# --- a printed book's contents and its figures set with leaders of dots ---------------------------

REPORT = "round57_annual_report_contents_key_figures.txt"


def test_a_book_s_contents_under_its_head_alone_go_with_it():
    # "Contents" / "" / "1. Message from the President .................... 2" / ... / "4. South Asia ... 20"
    c = cleaned(REPORT)
    assert c.removed[:2] == ("Contents", "1. Message from the President .................... 2")
    assert "4. South Asia ..................................... 20" in c.removed
    assert "Message from the President" not in c.body
    # the chapter's own heading stays, as the excerpt's title under the book's name
    m = meta(REPORT)
    assert (m["title"], m["series"]) == ("3. Southeast Asia and the Pacific", "JICA Annual Report 2025")


def test_figures_set_with_leaders_of_dots_are_a_table():
    # "Key figures (FY2024)" / "ODA loans ............................ 620.4 billion yen" / ...
    body = cleaned(REPORT).body
    assert "## Key figures (FY2024)" in body
    assert "| ODA loans | 620.4 billion yen |" in body
    assert "| Experts dispatched | 3,105 |" in body
    # an ellipsis in a sentence is no leader: the paragraph stays whole
    assert "Its staff said the work had only begun..... 2 more centres are planned." in texts(REPORT)[-1]


def test_a_group_s_head_alone_keeps_a_block_under_it_that_is_not_all_its_buttons():
    text = ("Japan and ASEAN digital cooperation\n\nThe plan was agreed in Tokyo, the ministry said.\n\n"
            "Contents\n\n1. Training of engineers\nThe first course opens in May, with 40 places for engineers.\n")
    c = clean_text(text)
    assert "The first course opens in May, with 40 places for engineers." in c.body
    assert "1. Training of engineers" not in c.removed


def test_a_leader_of_dots_parts_a_short_label_from_its_figure_only():
    from atlas.clean_blocks import to_line
    assert to_line("ODA loans ............................ 620.4 billion yen").cells == ("ODA loans", "620.4 billion yen")
    assert to_line("Grant aid . . . . . . 41.2 billion yen").cells == ("Grant aid", "41.2 billion yen")
    assert to_line("Wait..... what").cells == ()  # no figure after it
    assert to_line("JICA also supports the ASEAN Centre for Public Health Emergencies and Emerging Diseases, "
                   "which opened in 2023. Its staff said the work had only begun..... 2 more are planned.").cells == ()


# --- a PDF's bullets and heading glyphs alone on their lines ---------------------------------------

BULLETS = "round57_fact_sheet_lone_bullets.txt"


def test_a_glyph_alone_on_its_line_marks_the_line_under_it():
    # "■" / "Overview"; "•" / "Quality infrastructure: ports, roads, ..." / "•" / "Disaster risk ..."
    body = cleaned(BULLETS).body
    assert "## Overview" in body and "## Priority areas" in body and "## Key projects" in body
    assert "- Quality infrastructure: ports, roads, power transmission and the Kandy water supply" in body
    assert "- Human resource development: JICA training and the JDS scholarship programme" in body
    # two items in one block stay two items, not one paragraph
    assert "- Colombo Port East Container Terminal (yen loan, under discussion)" in body
    assert "- Greater Kandy Water Supply Project (yen loan, completed 2024)" in body
    assert cleaned(BULLETS).removed == ()
    m = meta(BULLETS)
    assert (m["title"], m["type"], m["source"]) == ("Japan-Sri Lanka Development Cooperation", "fact-sheet",
                                                   "Embassy of Japan in Sri Lanka")


def test_a_hyphen_or_a_middle_dot_alone_on_its_line_marks_nothing():
    # (a table's empty cell, a separator)
    c = clean_text("Japan and Sri Lanka\n\nThe loan was signed in Colombo on Monday, the embassy said.\n\n-\nNo figures for 2025\n")
    assert "\n- No figures for 2025" not in c.body  # (no list item; the line stays as written)


# --- a page's age as the site showed it when it was copied ----------------------------------------

AGE = "round57_news_relative_age_byline.txt"


def test_a_page_s_age_alone_on_its_line_is_furniture_and_the_byline_under_it_is_read():
    # "Japan pledges $2bn for Philippine rail as Marcos visits Tokyo" / "" / "2 hours ago" / "" /
    # "Share" / "" / "By Maria Santos, Manila correspondent"
    c, m = cleaned(AGE), meta(AGE)
    assert "2 hours ago" in c.removed and "2 hours ago" not in c.body
    assert c.source_lines == ("By Maria Santos, Manila correspondent",)
    assert m["people"][0] == {"name": "Maria Santos", "role": "Author"}
    assert "date" not in m  # ("2 hours ago": no date a reader can use)
    # a sentence that says when something happened stays
    body = clean_text("Japan and the Philippines\n\nThe loan was signed 2 hours ago in Tokyo.\n\nHe arrived 2 hours ago\n").body
    assert "He arrived 2 hours ago" in body and "The loan was signed 2 hours ago in Tokyo." in body


# --- a role in small letters, the place it serves, then the name ----------------------------------

def test_a_role_in_small_letters_then_its_place_then_the_name_is_a_person():
    from atlas.extract_spans import find_people
    from atlas.vocab import load_vocabulary
    # "... Japanese ambassador to Namibia Hisao Nishimaki said water was ..." (round58_the_namibian_*)
    people = meta("round58_the_namibian_web_jica_rural_water.txt")["people"]
    assert {"name": "Hisao Nishimaki", "role": "Ambassador"} in [{k: p[k] for k in ("name", "role")} for p in people]
    places = load_vocabulary().place_names
    assert [p["name"] for p in find_people("The Japanese ambassador to the Philippines Kazuhiko Koshikawa said so.",
                                           places)] == ["Kazuhiko Koshikawa"]
    assert [p["name"] for p in find_people("The ambassador to Namibia, Hisao Nishimaki, said so.", places)] == \
        ["Hisao Nishimaki"]
    # the words between the role and the name must be one place the vocabulary knows
    assert find_people("The ambassador to Windhoek Central Hisao Nishimaki said so.", places) == []
    assert find_people("Japan sent its ambassador to Namibia On Tuesday the team arrived.", places) == []
