"""Seventeenth round: two gaps of text copied from web pages. (1) A metadata line of fields under
the title ("Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia", "May 2, 2024 | News | ...",
"Posted on March 14, 2024 by ... · Updated March 18, 2024") was set as a section heading and its
date and source were lost. (2) HTML character references copied from a page's source
("Japan&#8217;s", "&amp;", "&mdash;", "&nbsp;") stayed literal on the page. Each fixture is read
from tests/fixtures/unseen/round17_*.txt and run through the real pipeline: a blog post of an
embassy's news, an embassy's news page saved with its character references, and an embassy page
posted "by" the embassy. Every expected value was read off the fixture's text (the line is quoted
in the comments)."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, html, meta, seed, texts
from test_unseen_round8 import assert_words_kept

from atlas.clean import clean_text
from atlas.clean_blocks import decode_references, header_fields, is_named_dateline
from atlas.clean_rules import load_rules
from atlas.extract import extract_metadata
from atlas.extract_dates import header_date
from atlas.extract_source import header_parts
from atlas.model import Seed
from atlas.vocab import load_vocabulary

BLOG = "round17_blog_posted_source_cambodia.txt"
ENTITIES = "round17_news_entities_laos.txt"
EMBASSY = "round17_embassy_posted_on_by_philippines.txt"
ROUND17 = [BLOG, ENTITIES, EMBASSY]


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _meta(text: str) -> tuple:
    """(cleaned, metadata) of a seed written here, through the real pipeline."""
    c = clean_text(text)
    return c, extract_metadata(Seed(path="seeds/crafted.txt", raw=text.encode(), text=text), c, load_vocabulary())


# --- the fixtures: every word kept, the metadata line no heading ------------------------------------

@pytest.mark.parametrize("name", ROUND17)
def test_every_source_word_stays_in_order(name):
    # (the words as the author wrote them: a reference is the character it stands for)
    assert_words_kept(decode_references(seed(name).text), cleaned(name))


@pytest.mark.parametrize("name, line", [
    (BLOG, "Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia | 4 min read"),
    (ENTITIES, "May 2, 2024 | News | Embassy of Japan in Laos"),
    (EMBASSY, "Posted on March 14, 2024 by Embassy of Japan in the Philippines · Updated March 18, 2024"),
])
def test_the_metadata_line_under_the_title_is_its_dateline_not_a_heading(name, line):
    c = cleaned(name)
    assert c.dateline == line  # lifted as written
    assert "## " not in c.body  # (none of the three has a heading)
    assert line not in texts(name)
    assert line.split(" ")[0] not in c.body.split("\n")[2]  # the text opens with the lede


@pytest.mark.parametrize("name, title, date, source", [
    # "Japan and Cambodia Launch a Digital Skills Programme for 3,000 Students" over
    # "Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia | 4 min read"
    (BLOG, "Japan and Cambodia Launch a Digital Skills Programme for 3,000 Students", "2024-05-02",
     "Embassy of Japan in Cambodia"),
    # "Japan&#8217;s Support for Digital Skills in Cambodia &amp; Laos" over "May 2, 2024 | News | Embassy of Japan in Laos"
    (ENTITIES, "Japan’s Support for Digital Skills in Cambodia & Laos", "2024-05-02", "Embassy of Japan in Laos"),
    # "Posted on March 14, 2024 by Embassy of Japan in the Philippines · Updated March 18, 2024":
    # posted, not updated
    (EMBASSY, "Japan Hands Over Flood Early Warning Equipment to Cagayan de Oro", "2024-03-14",
     "Embassy of Japan in the Philippines"),
])
def test_title_date_and_source(name, title, date, source):
    m = meta(name)
    assert (m["title"], m["date"], m["date_precision"], m["source"]) == (title, date, "day", source)


def test_a_news_label_among_the_fields_makes_the_embassy_s_item_news():
    # "May 2, 2024 | News | Embassy of Japan in Laos": dated and from an embassy, yet news
    assert meta(ENTITIES)["type"] == "news"


def test_the_embassy_s_handover_is_a_press_release():
    # "... handed over flood early warning equipment ... at a turnover ceremony at City Hall", dated
    # by the "Posted on ..." line: the existing cue for an embassy's release now has its date
    assert meta(EMBASSY)["type"] == "press-release"


def test_furniture_of_the_blog_page_goes_and_its_text_stays():
    c = cleaned(BLOG)
    assert {"Skip to content", "Share this: Facebook | X | LinkedIn"} <= set(c.removed)
    assert texts(BLOG)[0].startswith("The Government of Japan will provide 500 million yen to the Kingdom of Cambodia")
    assert "How the programme works" in texts(BLOG)  # (a sentence-case line of the author's: kept)


# --- the fixtures: character references ------------------------------------------------------------

def test_character_references_are_the_characters_they_stand_for():
    paras = texts(ENTITIES)
    # "VIENTIANE &mdash; Japan will help ... a new &ldquo;Mekong Digital Bridge&rdquo; initiative"
    assert paras[0].startswith("VIENTIANE — Japan will help Cambodia and the Lao PDR train 1,200 young ICT technicians")
    assert "a new “Mekong Digital Bridge” initiative" in paras[0]
    # "a small R&amp;D laboratory"; "(&lt;10 Mbps)"; "the region&#8217;s networks"; "a Q&A session" (bare)
    assert "Each college will set up a small R&D laboratory" in paras[1]
    assert "In rural schools with connections below 10 Mbps (<10 Mbps), classes" in paras[2]
    assert "keep the region’s networks running,” said Mr. KOBAYASHI Kenichi" in paras[3]
    assert "at a Q&A session with students" in paras[3]
    assert not any("&" in p and ";" in p.split("&", 1)[1][:9] for p in paras)  # no reference left


def test_a_decoded_reference_shows_as_text_on_the_page():
    page = html(cleaned(ENTITIES).body)
    assert "(&lt;10 Mbps)" in page and "<10 Mbps" not in page  # a "<" escaped again, never markup
    assert "small R&amp;D laboratory" in page and "Q&amp;A session" in page
    assert "&amp;#8217;" not in page and "&amp;mdash;" not in page and "&amp;nbsp;" not in page


def test_a_no_break_space_from_nbsp_is_a_space():
    # "funded with 380&nbsp;million yen", "below 10&nbsp;Mbps"
    m = meta(ENTITIES)
    assert [a["text"] for a in m["amounts"]] == ["380 million yen"]
    assert "funded with 380 million yen from the Japan-ASEAN Integration Fund (JAIF)" in texts(ENTITIES)[1]
    assert "\u00a0" not in cleaned(ENTITIES).body


def test_the_summary_and_people_are_read_decoded():
    m = meta(ENTITIES)
    # (after the lede's dateline "VIENTIANE &mdash; ")
    assert m["summary"].startswith("Japan will help Cambodia and the Lao PDR train 1,200 young ICT technicians")
    assert m["summary"].endswith("under a new “Mekong Digital Bridge” initiative, the Embassy of Japan in Laos "
                                 "announced on Thursday.")
    # "&ldquo;Lao and Cambodian technicians ...,&rdquo; said Mr. KOBAYASHI Kenichi, Ambassador of Japan to the Lao PDR"
    assert {"name": "Kenichi Kobayashi", "role": "Ambassador of Japan to the Lao PDR"} in m["people"]


# --- header_fields: the general rule --------------------------------------------------------------

@pytest.mark.parametrize("line, kinds", [
    ("Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia", ["date", "source"]),
    ("Posted on May 2, 2024 by Embassy of Japan in Cambodia", ["date", "source"]),
    ("2 May 2024 | Press Release", ["date", "kind"]),
    ("Published: 02 May 2024 · Updated: 03 May 2024", ["date", "date"]),
    ("May 2, 2024 | News | Embassy of Japan in Cambodia", ["date", "kind", "source"]),
    ("Embassy of Japan in Cambodia | 2024.05.02", ["source", "date"]),
    ("Press Release / 2 May 2024", ["kind", "date"]),
    ("Posted on May 2, 2024 by Sok Dara • 4 min read", ["date", "byline", "note"]),
    ("Posted by admin | 2 May 2024 | 3 Comments", ["byline", "date", "note"]),
    ("Category: Press Releases | 2 May 2024", ["kind", "date"]),
    # a dateline holding a separator is one date: "| 08:15 ICT" is its time
    ("Source: JICA | 2 May 2024 | 08:15 ICT", ["source", "date"]),
])
def test_a_metadata_line_is_read_field_by_field(rules, line, kinds):
    fields = header_fields(line, rules)
    assert fields is not None and [f.kind for f in fields] == kinds


@pytest.mark.parametrize("line", [
    "Japan pledged aid on 2 May 2024 - the ministry said.",  # an author's sentence
    "Phase 2 - Results and Lessons",  # a heading: no date
    "2023 - 2024 Work Plan",  # a heading: no field is a date
    "Japan and ASEAN | 50 Years of Friendship, 1973-2023",  # a headline
    "News | Press Releases",  # a breadcrumb, no date
    "2 May 2024 | 08:15 ICT",  # one dateline, already read as one
    "Date: 2024-05-02",  # (a labelled dateline: no separator)
    "Last updated: 2 May 2024",
    "Manila, 2024/03/12",  # a place and a date: text, as before
    "Hanoi, Viet Nam / 5 September 2023",
    "May 2, 2024 | Japan steps up support for Cambodia's schools",  # a date beside a headline
])
def test_other_lines_are_no_metadata_line(rules, line):
    assert header_fields(line, rules) is None


def test_the_publication_date_comes_before_the_update_in_either_order():
    assert header_date("Published: 02 May 2024 · Updated: 03 May 2024").value == "2024-05-02"
    assert header_date("Updated: 03 May 2024 | Published: 02 May 2024").value == "2024-05-02"
    assert header_date("Last updated: 3 May 2024 | Source: JICA").value == "2024-05-03"  # the only date
    assert header_date("May 2, 2024 | Japan steps up support") is None


def test_the_named_fields_of_a_metadata_line():
    parts = header_parts("Posted on May 2, 2024 by Sok Dara | News")
    assert (parts.sources, parts.bylines, parts.kinds) == ((), ("by Sok Dara",), ("News",))
    parts = header_parts("Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia")
    assert parts.sources == ("Embassy of Japan in Cambodia",)
    assert header_parts("Date: 2024-05-02") is None


# --- the rule in the pipeline ----------------------------------------------------------------------

TITLE = "Japan Supports Digital Skills in Cambodia\n\n"
LEDE = ("The Government of Japan will provide 500 million yen to Cambodia for digital skills training, officials "
        "said on Thursday in Phnom Penh.\n\nThe programme covers 3,000 students in five provinces.\n")


@pytest.mark.parametrize("line, date, source, kind", [
    ("Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia", "2024-05-02", "Embassy of Japan in Cambodia", None),
    ("Posted on May 2, 2024 by Embassy of Japan in Cambodia", "2024-05-02", "Embassy of Japan in Cambodia", None),
    ("2 May 2024 | Press Release", "2024-05-02", None, "press-release"),
    ("Published: 02 May 2024 · Updated: 03 May 2024", "2024-05-02", None, None),
    ("May 2, 2024 | News | Embassy of Japan in Cambodia", "2024-05-02", "Embassy of Japan in Cambodia", "news"),
    # already read before this round, and still
    ("Date: 2024-05-02", "2024-05-02", None, None),
    ("Embassy of Japan in Cambodia | 2024.05.02", "2024-05-02", "Embassy of Japan in Cambodia", None),  # (now dated)
    ("Press Release / 2 May 2024", "2024-05-02", None, "press-release"),
    ("Last updated: 2 May 2024", "2024-05-02", None, None),
])
def test_a_metadata_line_under_the_title_dates_and_sources_the_document(line, date, source, kind):
    c, m = _meta(TITLE + line + "\n\n" + LEDE)
    assert "## " not in c.body and line not in [p.text for p in c.paragraphs]
    assert c.paragraphs[0].text.startswith("The Government of Japan will provide")
    assert (m.get("date"), m.get("source")) == (date, source)
    if kind:
        assert m["type"] == kind


def test_in_the_same_block_as_the_title_the_line_is_the_dateline_too():
    c, m = _meta("Japan Supports Digital Skills in Cambodia\nMay 2, 2024 | News | Embassy of Japan in Cambodia\n\n" + LEDE)
    assert (c.title, c.subtitle, c.dateline) == ("Japan Supports Digital Skills in Cambodia", None,
                                                 "May 2, 2024 | News | Embassy of Japan in Cambodia")
    assert (m["date"], m["source"]) == ("2024-05-02", "Embassy of Japan in Cambodia")


def test_a_byline_among_the_fields_names_the_writer_not_the_source():
    c, m = _meta(TITLE + "Posted on May 2, 2024 by Sok Dara | Source: Embassy of Japan in Cambodia\n\n" + LEDE)
    assert (m["date"], m["source"]) == ("2024-05-02", "Embassy of Japan in Cambodia")
    assert {"name": "Sok Dara", "role": "Author"} in m["people"]


def test_below_the_first_paragraph_the_line_stays_text_and_is_no_heading():
    text = TITLE + LEDE + "\nPosted: 2024-05-02 | Source: Embassy of Japan in Cambodia\n\nA forum follows in June. All may join.\n"
    c, m = _meta(text)
    assert c.dateline is None and "## " not in c.body
    assert "Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia" in [p.text for p in c.paragraphs]
    assert "date" not in m  # (no longer the header's: not the document's date)


def test_a_standfirst_or_a_heading_with_a_separator_is_not_taken():
    c = clean_text("Japan Supports Digital Skills in Cambodia\nTraining begins in June 2024 - five provinces first\n\n"
                   + LEDE)
    assert (c.subtitle, c.dateline) == ("Training begins in June 2024 - five provinces first", None)
    c = clean_text(TITLE + "2023 - 2024 Work Plan\n\n" + LEDE)
    assert "## 2023 - 2024 Work Plan" in c.body and c.dateline is None


@pytest.mark.parametrize("line", ["Thursday, May 2, 2024 | Phnom Penh", "Phnom Penh | 2 May 2024 | JICA Cambodia Office",
                                  "2024/05/02 | JICA"])
def test_a_date_beside_a_name_stays_in_the_text_as_the_dateline_and_dates_the_document(rules, line):
    # a place or a body: cleaning cannot tell, so the line is kept, as "Manila, 2024/03/12" is
    assert header_fields(line, rules) is None and is_named_dateline(line, rules)
    c, m = _meta(TITLE + line + "\n\n" + LEDE)
    assert "## " not in c.body and c.dateline is None
    assert (c.paragraphs[0].text, m["date"]) == (line, "2024-05-02")
    assert '.atlas-dateline }' in c.body.split("\n\n")[1]
    assert "source" not in m  # (no name is taken for the publisher)


def test_a_date_beside_a_headline_in_sentence_case_is_no_named_dateline(rules):
    assert not is_named_dateline("May 2, 2024 | Japan steps up support for schools", rules)
    assert not is_named_dateline("Japan and ASEAN | 50 Years of Friendship, 1973-2023", rules)


def test_a_date_beside_a_name_below_the_first_paragraph_dates_nothing():
    # (further down, such a line may head an item of a digest: read as before, a heading)
    c, m = _meta(TITLE + LEDE + "\nThursday, May 2, 2024 | Phnom Penh\n\nA forum follows in June. All may join.\n")
    assert "date" not in m and c.dateline is None


# --- decode_references ----------------------------------------------------------------------------

@pytest.mark.parametrize("raw, decoded", [
    ("Japan&#8217;s", "Japan’s"),
    ("Japan&#x2019;s", "Japan’s"),
    ("Cambodia &amp; Laos", "Cambodia & Laos"),
    ("Tuition &mdash; normally", "Tuition — normally"),
    ("500&nbsp;million", "500\u00a0million"),
    ("&lt;script&gt;", "<script>"),
    # as written: a bare "&", an unknown name, a reference without its semicolon
    ("R&D, AT&T and Q&A", "R&D, AT&T and Q&A"),
    ("&foo; and &amp without a stop", "&foo; and &amp without a stop"),
    ("a line&#10;break", "a line break"),  # (a decoded control character is a space: lines stay as written)
    ("&amp;lt;", "&lt;"),  # decoded once only
])
def test_decode_references(raw, decoded):
    assert decode_references(raw) == decoded


def test_a_decoded_script_tag_is_text_on_the_page():
    c = clean_text("Japan&#8217;s Web Security Course\n\nStudents learn why &lt;script&gt;alert(1)&lt;/script&gt; "
                   "in a comment box is a hole. R&D teams &amp; schools join.\n")
    assert c.title == "Japan’s Web Security Course"
    assert c.paragraphs[0].text == "Students learn why <script>alert(1)</script> in a comment box is a hole. " \
                                   "R&D teams & schools join."
    page = html(c.body)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "R&amp;D teams &amp; schools join." in page


def test_a_line_of_nbsp_parts_paragraphs_as_a_blank_line_does():
    c = clean_text("Title of the Page\n\nFirst paragraph. It goes on.\n&nbsp;\nSecond one, with a&nbsp;no-break space.\n")
    assert [p.text for p in c.paragraphs] == ["First paragraph. It goes on.", "Second one, with a no-break space."]
