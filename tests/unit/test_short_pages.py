"""Short pages, the shapes a contributor pastes most: a headline, a date, two paragraphs, with or
without blank lines between them. (Found by probing many headlines and date forms in a few page
shapes: each shape here failed before its rule.)"""

from __future__ import annotations

from atlas.clean import clean_text

HEADLINE = "Japan and Viet Nam sign loan for Hanoi metro"
LEDE = ("Japan and Viet Nam signed a loan agreement of 80 billion yen for the Hanoi metro Line 2 on Monday, "
        "the Japan International Cooperation Agency said.")
SECOND = "The loan will fund tunnels, stations and rolling stock, and the training of 200 railway engineers."


def _meta_of(text: str) -> dict:
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    return extract_metadata(Seed(path="seeds/x.txt", raw=text.encode(), text=text), clean_text(text), load_vocabulary())


def test_a_two_paragraph_story_without_blank_lines_keeps_its_headline_and_date():
    text = f"{HEADLINE}\nMarch 3, 2025\n{LEDE}\n{SECOND}\n"
    m, c = _meta_of(text), clean_text(text)
    assert (m["title"], m["date"]) == (HEADLINE, "2025-03-03")
    assert [p.text for p in c.paragraphs] == [LEDE, SECOND]
    assert "March 3, 2025" not in c.body


def test_a_credit_over_a_very_long_caption_stays_one_block():
    # seed 004's shape: "Yomiuri Shimbun" over its photo's caption, one line of prose only
    from atlas.clean import lines_apart
    from atlas.clean_rules import load_rules
    from atlas.clean_blocks import Line
    caption = ("Prime Minister Fumio Kishida attends a meeting at the Prime Minister's Office in Tokyo on Tuesday "
               "to discuss partnerships with members of the Global South.")
    assert len(caption) > 125
    block = [Line(0, "Yomiuri Shimbun"), Line(0, caption), Line(0, "Tokyo")]
    assert lines_apart(block, load_rules()) == [block]


STORY = f"{HEADLINE}\n\nMarch 3, 2025\n\n{LEDE}\n\nLINE\n\n{SECOND}\n\nThe line is due to open in 2030.\n"


def test_a_link_s_words_a_loading_notice_and_a_reading_time_are_furniture():
    for line in ("Click here to subscribe", "Click here for the full report.", "Loading...", "2 min read",
                 "Reading time: 4 minutes", "[PDF]", "(PDF)", "Scroll to continue with content"):
        c = clean_text(STORY.replace("LINE", line))
        assert line in c.removed, line
        assert [p.text for p in c.paragraphs] == [LEDE, SECOND, "The line is due to open in 2030."], line
    # the author's sentences with those words stay
    for line in ("Click here, a staff member joked, and the whole system reboots.",
                 "Loading the first trainset took three days."):
        c = clean_text(STORY.replace("LINE", line))
        assert line in [p.text for p in c.paragraphs], line


def test_a_line_without_a_letter_is_never_the_title():
    # a gallery's counter over the headline
    m = _meta_of(f"3 / 12\n\n{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n")
    assert m["title"] != "3 / 12"


def test_a_bullet_marking_a_heading_is_no_word_of_its_title():
    # a white paper's sections marked with a bullet instead of "■", each over its prose
    for glyph in ("• ", "▪ ", "➢ ", "- ", "・"):
        text = (f"{HEADLINE}\n\n{LEDE}\n\n{glyph}Weather Radars for the Philippines\n\n{SECOND}\n\n"
                f"{glyph}Training in Japan\n\nThe line is due to open in 2030.\n")
        body = clean_text(text).body
        assert "### Weather Radars for the Philippines {" in body or "## Weather Radars for the Philippines {" in body, glyph
        assert f"{glyph.strip()} Weather" not in body and f"{glyph.strip()}Weather" not in body, glyph


def test_a_numbered_section_over_its_lettered_items_is_a_heading_like_its_siblings():
    # a ministry fact sheet's "2. Major Projects" right over its indented "(a)" items, between the
    # headings "1. Basic Policy" and "3. Human Resources Development"
    text = ("Japan's Assistance for Mekong Region Development\n\nJuly 2003\nMinistry of Foreign Affairs of Japan\n\n"
            "1. Basic Policy\n\nJapan supports the narrowing of development gaps within ASEAN.\n\n"
            "2. Major Projects\n\n  (a) Second Mekong International Bridge: Yen loan of 8.1 billion yen\n"
            "  (b) East-West Economic Corridor: technical cooperation for customs procedures\n\n"
            "3. Human Resources Development\n\nJapan invited 1,500 trainees from the Mekong countries in FY2002.\n")
    body = clean_text(text).body
    assert "## 1. Basic Policy {" in body and "## 2. Major Projects {" in body and "## 3. Human Resources Development {" in body
    # ... but a numbered field, its figure after a colon, is no section ("3. Japanese direct
    # investment: US$4.6 billion (2023, BKPM)" in round 24's basic data)
    field = text.replace("2. Major Projects", "2. Japanese direct investment: US$4.6 billion (2023)")
    assert "## 2. Japanese direct investment" not in clean_text(field).body


def test_a_phrase_over_an_interviewer_s_question_heads_that_part_of_the_interview():
    text = ("Vietnam's chip ambitions need Japanese partners, says industry veteran\n\n"
            "HANOI -- Vietnam wants 50,000 semiconductor engineers by 2030. Japanese companies could help, an "
            "industry veteran said.\n\nTraining comes first\n\nQ: What does Vietnam need most?\n\n"
            "A: Engineers who have worked on real products. Japanese firms have decades of that experience.\n\n"
            "Why the timing matters\n\nGlobal companies are moving part of their supply chains. Vietnam has a young "
            "workforce.\n")
    body = clean_text(text).body
    assert "## Training comes first {" in body and "## Why the timing matters {" in body
    # one such phrase alone is no pattern of the author's: a paragraph of one phrase stays one
    single = text.replace("Why the timing matters\n\n", "")
    assert "## Training comes first" not in clean_text(single).body


def test_a_credit_without_a_label_word_over_a_caption_is_its_credit():
    # seed 004's shape, its credit line "Yomiuri Shimbun" written as other pages write it
    for credit in ("Reuters file photo", "Yomiuri Shimbun file photo", "Courtesy of JICA"):
        text = (f"close\n\n{HEADLINE}\n\n\n{credit}\nPhilippine Coast Guard vessels sail near Manila Bay in this "
                f"file photo.\n\n{LEDE}\n\n{SECOND}\n")
        body = clean_text(text).body
        assert f'<span class="atlas-caption-label">{credit}</span> Philippine Coast Guard vessels' in body, credit
    # the author's sentence naming a file photo stays a sentence
    c = clean_text(f"{HEADLINE}\n\n{LEDE}\n\nThe ministry released a file photo of the site.\n\n{SECOND}\n")
    assert "The ministry released a file photo of the site." in [p.text for p in c.paragraphs]
