"""Cleaning rules on small texts shaped like new documents (not the seeds): each rule by structure."""

from __future__ import annotations

import re
import unicodedata

import pytest
from site_markdown import render_html

from atlas.clean import canonical_text, clean_text, parse
from atlas.clean_rules import load_furniture_data, load_rules


def html(body: str) -> str:
    return render_html(body)


def texts(cleaned) -> list[str]:
    return [p.text for p in cleaned.paragraphs]


# --- header: title, standfirst, series, dateline, source lines --------------------------------

def test_headline_is_title_and_lede_is_not():
    c = clean_text("Thailand Opens Smart Farming Centre With Japanese Help\n\n"
                   "The centre in Khon Kaen trains farmers in drone spraying, officials said on Monday.\n")
    assert c.title == "Thailand Opens Smart Farming Centre With Japanese Help"
    assert texts(c) == ["The centre in Khon Kaen trains farmers in drone spraying, officials said on Monday."]
    assert "Thailand Opens" not in c.body  # render adds `# title`

    lede_only = clean_text("Japan will fund a data centre in Laos, the ministry said on Friday.\n\n"
                           "The project starts next year.\n")
    assert lede_only.title is None
    assert texts(lede_only)[0].startswith("Japan will fund")


def test_long_first_line_ending_with_a_stop_is_a_lede():
    line = ("Financial assistance for 12 digital projects between Japanese and Philippine firms will be "
            "provided by the government, officials said.")
    assert clean_text(f"{line}\n\nMore text follows here.\n").title is None


def test_standfirst_after_title_is_subtitle_and_short_line_is_heading():
    c = clean_text("Viet Nam and Japan Deepen Semiconductor Ties\n\n"
                   "Experts From Both Countries Say the Partnership Could Reshape Supply Chains Across the Mekong Region\n\n"
                   "Officials met in Hanoi this week.\n\n"
                   "A Shared Workforce Plan\n\n"
                   "The plan trains 10,000 engineers.\n")
    assert c.subtitle.startswith("Experts From Both Countries")
    assert "Experts" not in c.body
    assert "## A Shared Workforce Plan { #a-shared-workforce-plan }" in c.body


def test_series_lines_then_numbered_section_title():
    c = clean_text("Annual Report on ODA 2022\nPart II Regional Cooperation\n\n"
                   "(3) Health and Universal Health Coverage\n\n"
                   "Japan supports health systems in 40 countries.\n")
    assert c.series == "Annual Report on ODA 2022 — Part II Regional Cooperation"
    assert c.title == "Health and Universal Health Coverage"
    assert "(3)" in c.removed


def test_dateline_and_publisher_line_under_title():
    c = clean_text("Japan's Support to Mekong Connectivity\n\n14 March 2019\nEmbassy of Japan in Cambodia\n\n"
                   "Japan has built three bridges.\n")
    assert c.dateline == "14 March 2019"
    assert c.source_lines == ("Embassy of Japan in Cambodia",)
    assert texts(c) == ["Japan has built three bridges."]


@pytest.mark.parametrize("date", ["November 2001", "June 11, 2001", "Tuesday, 7 May 2024", "2023-11-01",
                                  "Published: Nov. 3, 2022", "2024年5月7日", "Last updated: 12 March 2024",
                                  "Last modified on 2024-03-12", "令和５年１２月", "令和元年5月7日"])
def test_dateline_forms(date):
    assert clean_text(f"Title of a Fact Sheet\n\n{date}\n\nText of the sheet.\n").dateline == date


def test_trailing_outlet_and_byline_are_source_lines():
    c = clean_text("Indonesia launches a 5G pilot with Japanese vendors, the ministry said.\n\n"
                   "The pilot covers Batam.\n\nBy Siti Rahma\n\nTHE JAKARTA POST/ASIA NEWS NETWORK")
    assert c.source_lines == ("By Siti Rahma", "THE JAKARTA POST/ASIA NEWS NETWORK")
    assert texts(c) == ["Indonesia launches a 5G pilot with Japanese vendors, the ministry said.",
                        "The pilot covers Batam."]


@pytest.mark.parametrize("lead_in", ["The ministry set three goals:", "According to the embassy,",
                                     "As the agency noted in its press release;"])
def test_a_short_lead_in_naming_a_ministry_under_the_title_stays_in_the_text(lead_in):
    # short, no final stop, a source word: but it ends like a sentence that goes on
    c = clean_text(f"Goals of the Programme\n\n{lead_in}\n\n1. Build roads in the north.\n2. Train engineers.\n")
    assert c.source_lines == ()
    assert texts(c)[0] == lead_in


def test_a_list_resumed_after_a_paragraph_keeps_the_author_s_numbers():
    c = clean_text("Goals of the Programme\n\nThe plan has four steps:\n\n1. Build roads in the north.\n"
                   "2. Train engineers.\n\nThe second phase, agreed in 2023, adds two more.\n\n"
                   "3. Open a training centre in Hanoi.\n4. Publish the results every year.\n")
    page = html(c.body)  # rendered as mkdocs.yml renders it (sane_lists: the start is kept)
    assert re.search(r'<ol start="3">\n<li id="p-\d+">Open a training centre in Hanoi\.</li>', page)
    assert page.count("<ol") == 2 and "<li" in page.split('<ol start="3">')[0]


def test_credit_line_with_caption_under_headline():
    c = clean_text("Cambodia Opens a Landmine Data Centre\n\nKyodo News\n"
                   "Officials tour the new centre in Phnom Penh on Monday.\n\n"
                   "The centre maps cleared land with Japanese software.\n")
    assert c.source_lines == ("Kyodo News",)
    assert '<figure class="atlas-caption"' in c.body
    assert texts(c)[0] == "Officials tour the new centre in Phnom Penh on Monday."


# --- furniture -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["close", "Close", "Back to Index", "Back to top", "Share this article",
                                  "Print", "Page 2 of 5", "Skip to main content", "Page top", "FOR IMMEDIATE RELEASE",
                                  "###", "* * *", "-END-", "Related articles", "閉じる", "ページの先頭へ"])
def test_furniture_lines_are_removed_and_recorded(line):
    c = clean_text(f"{line}\n\nThe Headline of a News Story\n\nThe body sentence is here.\n\n{line}\n")
    assert c.removed == (line, line)
    assert texts(c) == ["The body sentence is here."]
    assert line not in c.body


def test_furniture_words_inside_a_sentence_stay():
    c = clean_text("Nothing here is furniture.\n\nPlease close the gate and go back to index cards.\n")
    assert c.removed == ()
    assert texts(c)[1] == "Please close the gate and go back to index cards."


def test_furniture_patterns_are_data_loaded_once():
    data = load_furniture_data()
    assert "close" in data["furniture_lines"]
    assert load_rules() is load_rules()


# --- headings and lists ---------------------------------------------------------------------------

def test_glyph_headings_get_levels_by_first_use():
    c = clean_text("A long opening paragraph that ends with a stop, as body text does.\n\n"
                   "◆ Our Approach\n\n■ Training\n\nWe train people.\n\n■ Equipment\n\nWe give tools.\n\n"
                   "◆ Results\n\nIt worked.\n")
    assert "## Our Approach { #our-approach }" in c.body
    assert "### Training { #training }" in c.body
    assert "### Equipment { #equipment }" in c.body
    assert "## Results { #results }" in c.body


def test_numbered_sections_are_headings_and_indented_items_are_a_list():
    c = clean_text("Fact Sheet on Cooperation With Laos\n\n"
                   "Overview: text of the overview.\n\n"
                   "1. Cooperation with the Laos government\n\n"
                   "Projects include:\n\n  1. Roads\n  2. Schools in the north\n\n"
                   "2. Water supply\n\nJapan funds pipes.\n")
    assert "## 1. Cooperation with the Laos government" in c.body
    assert "## 2. Water supply" in c.body
    out = html(c.body)
    assert re.search(r"<ol>\s*<li id=\"p-\d+\">Roads</li>\s*<li id=\"p-\d+\">Schools in the north</li>\s*</ol>", out)


def test_paren_numbered_paragraphs_stay_paragraphs_and_lead_in_is_not_heading():
    c = clean_text("Plan of Action\n\n(1) Japan will train nurses in three provinces of the country.\n\n"
                   "(2) The centre runs useful programs, including\n\n  • - to build a web site\n  • - to hold fairs\n")
    out = html(c.body)
    assert "<h2" not in out
    assert "(1) Japan will train nurses" in out and "(2) The centre runs useful programs, including" in out
    assert re.search(r"<ul>\s*<li id=\"p-\d+\">to build a web site</li>\s*<li id=\"p-\d+\">to hold fairs</li>", out)


def test_lowercase_short_sentence_is_not_a_heading():
    c = clean_text("Heading Test\n\nand then there were none\n\nNext paragraph here.\n")
    assert "<h2" not in html(c.body)


def test_inline_enumeration_stays_one_paragraph():
    text = "The plan covers: 1) support for companies; 2) training; and 3) security assistance."
    c = clean_text(f"A Plan With Parts\n\n{text}\n\nEnd of text.\n")
    assert texts(c)[0] == text


# --- captions ---------------------------------------------------------------------------------------

def test_photo_placeholder_becomes_caption_label_with_next_paragraph():
    c = clean_text("Body text before the picture.\n\nFigure 2. Details in caption.\n\n"
                   "Engineers at the plant in Cebu (Photo: JICA)\n\nBody text after.\n")
    assert "Details in caption." in c.removed
    out = html(c.body)
    assert re.search(r'<figure class="atlas-caption" id="p-2">\s*<figcaption>\s*<p><span class="atlas-caption-label">'
                     r"Figure 2\.</span> Engineers at the plant in Cebu \(Photo: JICA\)</p>", out)
    assert texts(c)[1] == "Figure 2. Engineers at the plant in Cebu (Photo: JICA)"


# --- footnotes and glossary ---------------------------------------------------------------------------

NOTES_DOC = """Report on Digital Cooperation

Open data (OD)Note 3 is key. It helps countriesNote 4 in Asia.Note 5 It grows, see “the Fund”Glossary and more. Spaced Note 3 stays.

Glossary

The Fund for Data (FFD)
A fund that pays for data centres.

  1. Note 3: Data anyone may use.
  2. Note 4: Laos and Viet Nam.
  3. Note 5: See Note 1.
"""


def test_glued_note_markers_become_footnotes_with_text_from_the_notes_list():
    c = clean_text(NOTES_DOC)
    assert "Open data (OD)[^3] is key. It helps countries[^4] in Asia.[^5] It grows" in c.body
    assert "Spaced Note 3 stays." in c.body
    assert "[^5]: Note 5: See Note 1." in c.body  # points to a note outside the excerpt: text kept
    out = html(c.body)
    assert 'href="#fn:3"' in out and 'id="fn:3"' in out and 'href="#fnref:3"' in out
    assert texts(c)[0].startswith("Open data (OD) is key. It helps countries in Asia. It grows")


def test_glued_glossary_marker_links_to_definition_list_entry():
    c = clean_text(NOTES_DOC)
    out = html(c.body)
    assert '<a href="#glossary-ffd">Glossary</a>' in out
    assert re.search(r'<dl>\s*<dt id="glossary-ffd">The Fund for Data \(FFD\)</dt>\s*<dd>A fund that pays', out)


def test_marker_without_a_note_stays_visible_and_unlinked():
    c = clean_text("Body.\n\nThe countriesNote 9 in Asia agreed.\n\n  1. Note 2: Another note.\n")
    out = html(c.body)
    assert "Note 9</sup>" in out and "fn:9" not in out
    assert "Note 2: Another note." in out  # defined but never referenced: kept as text, not dropped


def test_glossary_word_without_glossary_section_is_text():
    c = clean_text("Body text.\n\nSee the program”Glossary for more.\n")
    assert "program”Glossary for more." in c.body


# --- unicode, escaping, determinism, idempotence ----------------------------------------------------

def test_unicode_tabs_crlf_bom_nfc():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    raw = (f"\ufeffHợp tác\tgiữa {decomposed} và Nhật Bản\r\n\r\n"
           "ความร่วมมือด้านดิจิทัลระหว่างไทยและญี่ปุ่น。\r\n\r\n日本の国際協力は\r\n続いている。\r\n")
    c = clean_text(raw)
    assert c.title == "Hợp tác giữa Việt Nam và Nhật Bản"
    assert texts(c) == ["ความร่วมมือด้านดิจิทัลระหว่างไทยและญี่ปุ่น。", "日本の国際協力は続いている。"]
    assert "\r" not in c.body and "\t" not in c.body


def test_markup_in_text_is_escaped_in_every_kind_of_block():
    c = clean_text("A <b>Bold</b> Title\n\n● Heading With # and *Stars*\n\n"
                   "Text with <script>alert(1)</script> & `code` and [x](y).\n\n  1. item *one* <i>x</i>\n")
    out = html(c.body)
    assert "<script>" not in out and "<i>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; `code` and [x](y)." in out
    assert "Heading With # and *Stars*" in out
    assert "item *one* &lt;i&gt;x&lt;/i&gt;" in out


SAMPLE = ("close\n\nJapan and Laos Sign Power Deal\n\nA Standfirst Line That Is Long Enough to Be a Standfirst "
          "Not a Heading at All\n\n12 May 2023\nVientiane Times\n\nThe deal (PPA)Note 1 was signed.\n\n"
          "■ Grid Links\n\nPhoto 1. Details in caption.\n\nA pylon (Photo: JICA)\n\n  1. Line one\n  2. Line two\n\n"
          "  • - a bullet\n\n  1. Note 1: Power purchase agreement.\n\nBack to Index\n")


def test_cleaning_is_deterministic():
    assert clean_text(SAMPLE) == clean_text(SAMPLE)


def test_cleaning_canonical_text_changes_nothing():
    first = parse(SAMPLE)
    again_text = canonical_text(first)
    again = clean_text(again_text)
    c = clean_text(SAMPLE)
    for field in ("body", "title", "subtitle", "dateline", "source_lines", "series", "paragraphs"):
        assert getattr(again, field) == getattr(c, field), field
    assert canonical_text(parse(again_text)) == again_text  # a fixed point
    assert again.removed == ()  # nothing left to remove


def test_idempotence_on_generated_documents():
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT))
    from bench.synth import generate_seed

    for index in range(60):
        name, text = generate_seed(index)
        canonical = canonical_text(parse(text))
        assert clean_text(canonical).body == clean_text(text).body, name
        assert canonical_text(parse(canonical)) == canonical, name


def test_long_numbered_heading_and_lone_numbered_paragraph():
    c = clean_text("Fact Sheet\n\nIntro text here.\n\n"
                   "2. Cooperation with United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)\n\n"
                   "Japan funds a trade project.\n\n3. Japan will also fund the bridge.\n\nClosing text.\n")
    out = html(c.body)
    assert "<h2" in out and "2. Cooperation with United Nations Economic" in out
    assert "<ol" not in out
    assert "3. Japan will also fund the bridge." in texts(c)
    assert "<p id=\"p-3\">3. Japan will also fund the bridge.</p>" in out


@pytest.mark.parametrize("line", ["Overview", "Glossary", "Notes", "Climate Change: A Shared Concern", "Print Media in Asia",
                                  "Search and Rescue Training", "Close Cooperation With Laos", "Sharing Data Across Borders",
                                  "Back to School Programme in Cambodia", "Page Views Grew 20%"])
def test_furniture_patterns_leave_headings_alone(line):
    assert not load_rules().furniture.fullmatch(line)


def test_furniture_data_is_well_formed():
    data = load_furniture_data()
    assert all(isinstance(p, str) and p for p in data["furniture_lines"])
    assert all(isinstance(w, str) and w == w.lower() for w in data["source_words"])
    structure = data["structure"]
    assert structure["heading_max_words"] < structure["standfirst_max_words"]
    assert structure["source_max_words"] <= structure["heading_max_words"] <= structure["marked_heading_max_words"]
    assert not set(structure["heading_glyphs"]) & set("-–*")  # a dash starts a list item, never a heading


def test_many_identical_headings_get_distinct_ids():
    text = "Doc Title\n\n" + "".join(f"● Overview\n\nText {n}.\n\n" for n in range(50))
    ids = re.findall(r"\{ #([\w-]+) \}", clean_text(text).body)
    assert len(ids) == len(set(ids)) == 100


def test_any_text_cleans_without_error_and_without_raw_html():
    """Random jumbles of every structure cue (a fixed seed, so the cases are the same each run)."""
    import random

    pieces = ["Note 3", "Glossary", "close", "●", "■", "•", "-", "1.", "(1)", "Photo 2.", "Details in caption.",
              "\n", "\n\n", "  ", "\t", "word", "Word", ".", ":", "<b>", "*", "_", "#", "[x](y)", "{ #a }",
              "Yomiuri Shimbun", "November 2001", "日本", "Việt", "\r\n", "\x0b", "\ufeff"]
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\n"]) for _ in range(rng.randint(1, 60)))
        out = html(clean_text(text).body)
        # (a heading's own id is made from its words: "{ #a }" shown as a heading's text is "a")
        attributes = re.sub(r'<h[2-6] id="a">\{ #a \}', "", out)
        assert "<b>" not in out and 'id="a"' not in attributes, text


def test_hard_wrapped_lines_join_and_long_lines_stay_paragraphs():
    wrapped = clean_text("A Title for Wrapping\n\nJapan and Thailand agreed on Monday to\nexpand their rail cooperation"
                         " to the\nnorth of the country.\n\nEnd.\n")
    assert texts(wrapped)[0] == "Japan and Thailand agreed on Monday to expand their rail cooperation to the north of the country."
    one = "Japan and Thailand agreed on Monday to expand their rail cooperation to the north of the country, officials said."
    two = "The first phase links Bangkok with Nakhon Ratchasima and is due to open in 2028, the ministry added."
    unwrapped = clean_text(f"A Title for Lines\n\n{one}\n{two}\n\nEnd.\n")
    assert texts(unwrapped)[:2] == [one, two]


LEDE_WITH_NOTE = """JICA and Thailand Launch Smart City Partnership

BANGKOK — JICA and the Government of Thailand signed a Record of Discussions on 14 March 2024 for a project in the Eastern Economic Corridor (EEC).Note 1

The three-year project will help Thai agencies design data platforms.

Note 1: The Record of Discussions sets out the framework of the project.
"""


def test_a_lede_ending_in_a_glued_note_marker_is_body_text_not_a_standfirst():
    c = clean_text(LEDE_WITH_NOTE)
    assert c.title == "JICA and Thailand Launch Smart City Partnership"
    assert c.subtitle is None
    assert "in the Eastern Economic Corridor (EEC).[^1]" in c.body
    assert "[^1]: Note 1: The Record of Discussions sets out the framework of the project." in c.body


def test_a_japanese_era_date_over_a_bureau_line_is_the_dateline_and_the_bureau_the_source():
    # Reiwa 5 = 2023; the two header lines were run together into one paragraph of text
    c = clean_text("日ASEAN技術協力の概要\n\n令和５年１２月\n外務省国際協力局\n\n日本は、ASEANの産業人材育成を支援しています。\n")
    assert (c.dateline, c.source_lines) == ("令和５年１２月", ("外務省国際協力局",))
    assert texts(c) == ["日本は、ASEANの産業人材育成を支援しています。"]


def test_a_heading_right_above_another_of_its_kind_is_its_parent():
    # a chapter line over its first section: without a level between, the chapter would head an
    # empty section; the later sections of the same kind stay at the section level (under a
    # title that names no book: under "Annual Report 2023" the chapter line is the title)
    c = clean_text("Japan and ASEAN\n\nSoutheast Asia\n\nOverview\n\nJapan supports the region in many ways.\n\n"
                   "Key Achievements\n\nTwelve projects were completed in the year.\n")
    headings = [line for line in c.body.splitlines() if line.startswith("#")]
    assert headings == ["## Southeast Asia { #southeast-asia }", "### Overview { #overview }",
                        "### Key Achievements { #key-achievements }"]
