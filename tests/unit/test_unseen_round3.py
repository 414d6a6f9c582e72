"""Third round on documents shaped unlike the seeds (tests/fixtures/unseen/round3_*.txt): lines
that must stay blocks of their own although no blank line sets them apart (sub-items under a
numbered item, a heading or a lead-in right above its list), and a title taken from a speech's
lede that passes over its salutation and greeting. Asserted on the real output of the pipeline,
with every word of the source kept in order."""

from __future__ import annotations

import re

import pytest

from atlas.clean import clean_text
from atlas.clean_inline import _GLUED_FIGURE
from atlas.clean_rules import load_rules
from atlas.extract import extract_metadata
from atlas.read import read_seed
from atlas.vocab import load_vocabulary
# the same fixture readers as rounds one and two, so every round reads the documents one way
from site_markdown import without_permalinks
from test_unseen_documents import WORD, cleaned, html, meta, seed

ROUND3 = ["round3_sub_items.txt", "round3_list_headings.txt", "round3_lead_in_bullets.txt",
          "round3_greeting_speech.txt"]
# A line's own list number ("1. ", "2) "): the list shows it, so the text need not repeat it.
_LIST_NUMBER = re.compile(r"\d{1,3}[.)]\s")


def assert_every_word_in_order(text: str, c) -> None:
    """The source's words, furniture and lifted header lines taken out, are the page's words in
    the same order (title, standfirst, then every paragraph, list item and heading); only a
    line's leading list number may be missing, as the list itself shows it."""
    removed, lifted = list(c.removed), [*c.source_lines, *c.bylines, *([c.dateline] if c.dateline else []),
                                        *(c.series.split(" — ") if c.series else [])]
    source: list[tuple[str, bool]] = []  # (word, may be missing)
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        for taken in (removed, lifted):
            if line in taken:
                taken.remove(line)
                line = ""
        # (a wiki's "[edit]" after a section's name: furniture closing the line, the name its heading)
        mark = next((m for m in removed if m[:1] == "[" and line.endswith(m) and line != m), None)
        if mark:
            removed.remove(mark)
            line = line[:-len(mark)]
        number = _LIST_NUMBER.match(line)
        back = load_rules().reference_backlinks.match(line, number.end()) if number else None
        if back and back.group().strip() in removed:  # (a wiki's "^ a b" opening a reference: its links back)
            removed.remove(back.group().strip())
            line = line[:number.end()] + line[back.end():]
        numbered = bool(number)
        # (a note's figure glued after a stop or a bracket, "(FOIP)1", is a footnote's link on the page)
        glued = {m.start() for m in _GLUED_FIGURE.finditer(line)} if c.body.count("[^") else set()
        source += [(m.group(), (numbered and k == 0) or m.start() in glued)
                   for k, m in enumerate(WORD.finditer(line))]
    page = WORD.findall(" ".join([c.title or "", c.subtitle or "", *(p.text for p in c.paragraphs)]))
    at = 0
    for k, (word, optional) in enumerate(source):
        if at < len(page) and page[at] == word:
            at += 1
        elif not optional:
            near = [w for w, _ in source[max(0, k - 5):k + 5]]
            raise AssertionError(f"source word {k} {word!r} is not next on the page: page "
                                 f"{page[max(0, at - 5):at + 5]} vs source {near}")
    assert at == len(page), f"page words not in the source: {page[at:at + 10]}"


@pytest.mark.parametrize("name", ROUND3)
def test_every_source_word_stays_in_order(name):
    assert_every_word_in_order(seed(name).text, cleaned(name))


# --- 1. sub-items under a numbered item ---------------------------------------------------------

def test_sub_items_under_a_numbered_item_are_a_nested_list():
    name = "round3_sub_items.txt"
    page = html(cleaned(name).body)
    assert page.count("<ol>") == 1  # items 1-3 stay one list, numbered by the author's numbers
    assert re.search(r'<li id="p-\d+">Japan will continue to strengthen the capabilities of the Philippine Coast '
                     r'Guard \(PCG\)\.<ul>\n<li id="p-\d+">\(1\) Delivery of five additional', page)
    assert re.search(r'<li id="p-\d+">\(3\) Support for the maintenance of vessels already delivered under the '
                     r'project</li>\n</ul>\n</li>\n<li id="p-\d+">The two sides will expand', page)
    assert re.search(r'situation at sea\.<ul>\n<li id="p-\d+">\(a\) Regular exchanges', page)
    # roman sub-items, the second one hard-wrapped: its last line joins it, not the next block
    assert re.search(r'maritime sector\.<ul>\n<li id="p-\d+">i\) Scholarships for PCG officers', page)
    texts = [p.text for p in cleaned(name).paragraphs]
    assert "ii) Seminars on maritime law enforcement for officials of coastal provinces, held twice a year " \
           "in Cebu and Davao" in texts
    assert "Japan will continue to strengthen the capabilities of the Philippine Coast Guard (PCG)." in texts
    assert texts[texts.index("(1) Delivery of five additional 97-metre multi-role response vessels by 2027") + 2] \
        == "(3) Support for the maintenance of vessels already delivered under the project"


def test_a_wrapped_line_opening_with_a_later_enumeration_mark_is_not_a_sub_item():
    # "(2) roads" opens a line, but no "(1)" line came before it: the sentence wraps there
    c = clean_text("Japan's Plan for Roads in Laos\n\nThe plan has two items.\n\n"
                   "1. The loan covers two areas, (1) ports and\n(2) roads, in the north.\n"
                   "2. Training of engineers.\n\nEnd of text.\n")
    assert [p.text for p in c.paragraphs][1:3] == [
        "The loan covers two areas, (1) ports and (2) roads, in the north.", "Training of engineers."]


# --- 2. a heading right above numbered items ------------------------------------------------------

def test_a_heading_line_right_above_numbered_items_stays_apart_from_them():
    name = "round3_list_headings.txt"
    body = cleaned(name).body
    page = without_permalinks(html(body))
    # sentence case: the list's own paragraph, not words glued into its first item
    assert re.search(r'<p id="p-\d+">Key outcomes</p>\n<ol>\n<li id="p-\d+">More than 4,800 midwives', page)
    # a heading glyph that is also a bullet, above items of another kind: the heading of the list
    assert re.search(r'<h3 id="lessons-learned">Lessons Learned</h3>\n<ol>\n<li id="p-\d+">Early involvement', page)
    assert not re.search(r"<li[^>]*>Lessons Learned", page)
    # "2. Recommendations ..." above items numbered from 1 again: a numbered section heading
    assert re.search(r'<h2 id="2-recommendations-to-the-partner-governments">2\. Recommendations to the Partner '
                     r'Governments</h2>\n<ol>\n<li id="p-\d+">Allocate a recurrent budget', page)
    assert "1. Allocate a recurrent budget" in body and "3. Allocate" not in body  # the author's numbers
    assert page.count("<ol>") == 3


def test_a_numbered_sentence_above_items_numbered_from_one_is_not_a_heading():
    c = clean_text("Japan's Plan for Ports in Viet Nam\n\nIntro text of the plan here.\n\n"
                   "2. Japan will also fund the following ports.\n1. Hai Phong\n2. Da Nang\n\nEnd.\n")
    page = html(c.body)
    assert "<h2" not in page
    assert "2. Japan will also fund the following ports." in [p.text for p in c.paragraphs]
    assert re.search(r'<ol>\n<li id="p-\d+">Hai Phong</li>\n<li id="p-\d+">Da Nang</li>\n</ol>', page)


def test_items_numbered_from_one_again_are_a_new_list_and_keep_their_numbers():
    c = clean_text("Japan's Plan for Ports in Viet Nam\n\nIntro text of the plan here.\n\n"
                   "Ports in the north\n1. Hai Phong\n2. Cai Lan\n1. Da Nang\n2. Quy Nhon\n\nEnd.\n")
    assert "1. Da Nang" in c.body and "3. Da Nang" not in c.body
    page = html(c.body)  # two lists in a row: Markdown would run them into one without a break
    assert re.search(r'Cai Lan</li>\n</ol>\n<!-- -->\n<ol>\n<li id="p-\d+">Da Nang', page)


# --- 3. a lead-in without a colon right above bullet items ---------------------------------------

@pytest.mark.parametrize("lead_in, first", [
    ("in five provinces", "West Java, Central Java and East Java"),  # "- " items
    ("three main components", "online courses in e-commerce"),  # "• " items
    ("free of charge", "Bahasa Indonesia and English versions of all modules"),  # "・" glued to its item
])
def test_a_lead_in_without_a_colon_stays_a_paragraph_above_its_list(lead_in, first):
    page = html(cleaned("round3_lead_in_bullets.txt").body)
    assert re.search(rf'{re.escape(lead_in)}</p>\n<ul>\n<li id="p-\d+">{re.escape(first)}', page)


def test_the_dash_items_are_one_list_and_no_dash_is_left_in_the_text():
    c = cleaned("round3_lead_in_bullets.txt")
    page = html(c.body)
    assert page.count("<ul>") == 3 and page.count("<li") == 8
    assert "\\-" not in c.body and not any(p.text.startswith(("-", "・")) for p in c.paragraphs)


def test_a_sentence_naming_a_publisher_and_wrapped_under_the_title_is_not_a_credit_line():
    # "ministry" makes a short line a source line; the next line goes on with its sentence
    c = clean_text("Japan's Plan for Ports in Viet Nam\n\nThe ministry said the new terminal\n"
                   "- the largest in the north - would open in 2026.\n\nEnd.\n")
    assert c.source_lines == ()
    assert [p.text for p in c.paragraphs][0] == \
        "The ministry said the new terminal - the largest in the north - would open in 2026."


def test_one_dash_line_in_a_wrapped_sentence_stays_in_the_sentence():
    c = clean_text("Japan's Plan for Ports in Viet Nam\n\nIntro text of the plan here.\n\n"
                   "The governor said the new terminal\n- the largest in the north - would open in 2026.\n\nEnd.\n")
    assert [p.text for p in c.paragraphs][1] == \
        "The governor said the new terminal - the largest in the north - would open in 2026."


# --- 4. a title from the lede passes over the salutation and greeting -----------------------------

def test_a_speech_without_a_title_line_takes_its_title_after_the_greeting():
    m = meta("round3_greeting_speech.txt")
    first = ("On behalf of the Government of Japan, I would like to congratulate the Government of Timor-Leste "
             "on hosting this important conference on disaster risk reduction in the Asia-Pacific region.")
    assert (m["title"], m["title_from"]) == (first, "lede")
    # the summary goes on after the title, not saying it twice
    assert m["summary"] == "Timor-Leste and Japan share the experience of living with natural hazards."
    texts = [p.text for p in cleaned("round3_greeting_speech.txt").paragraphs]
    assert texts[:2] == ["Thank you, Chair.", "Ladies and gentlemen,"]  # the words stay on the page


GREETINGS = ["Thank you, Chair.", "Thank you, Mr. Chairman.", "Thank you very much, Madam President.",
             "Good morning, ladies and gentlemen.", "Ladies and gentlemen, good morning.",
             "Excellencies, distinguished guests, ladies and gentlemen, good afternoon.",
             "Good afternoon, Excellencies, ladies and gentlemen."]


@pytest.mark.parametrize("opening", [*(g + "\n\n" for g in GREETINGS), *(g + " " for g in GREETINGS),
                                     "Good evening, everyone!\n\n", "Your Excellency, Minister Tanaka,\n\n",
                                     "Good evening,\n", "Excellencies, ladies and gentlemen,\n"])
def test_a_lede_title_skips_an_opening_greeting(tmp_path, opening):
    # the greeting on a line of its own, or opening the lede's paragraph
    path = tmp_path / "speech.txt"
    path.write_text(f"{opening}Japan will double its support for disaster risk reduction in the Pacific "
                    "over the next five years. It will train 1,000 officials.\n", encoding="utf-8")
    s = read_seed(path, tmp_path)
    m = extract_metadata(s, clean_text(s.text), load_vocabulary())
    assert (m["title"], m["title_from"]) == (
        "Japan will double its support for disaster risk reduction in the Pacific over the next five years.", "lede")


def test_a_salutation_line_right_above_the_text_stays_its_own_paragraph():
    c = clean_text("Ladies and gentlemen,\nJapan will double its support for disaster risk reduction\n"
                   "in the Pacific over the next five years.\n")
    assert [p.text for p in c.paragraphs] == [
        "Ladies and gentlemen,",
        "Japan will double its support for disaster risk reduction in the Pacific over the next five years."]
    # a sentence that opens with the same words goes on with them
    prose = clean_text("Ladies and gentlemen, we are here today because Japan and the Pacific\n"
                       "share the same ocean.\n")
    assert len(prose.paragraphs) == 1


def test_a_lede_that_is_only_a_greeting_still_gives_a_title(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Good morning, everyone.\n", encoding="utf-8")
    s = read_seed(path, tmp_path)
    assert extract_metadata(s, clean_text(s.text), load_vocabulary())["title"] == "Good morning, everyone."
