"""Round r70: papers, reports and their apparatus (a working paper's series line over its title, its
authors' blocks with their affiliations, citations of several sources in one pair of brackets, a
numbered references list that the "[n]" marks point to), and cleaning that holds on a second pass.
Each shape run end to end on a fixture, and variants of it substituted into one short paper; what
came out wrong, and what must stay as written."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import canonical_text, clean_text, parse

PAPER = "r70_working_paper_author_blocks.txt"

TITLE = "Japan's Yen Loans and Local Contractors in the Mekong Subregion: Evidence from Viet Nam and Cambodia"
ABSTRACT = ("Abstract\n\nThis paper asks whether Japan's yen loans for roads and bridges have built the capacity of "
            "local contractors in Viet Nam and Cambodia.\n\n")
CITING = ("1. Introduction\n\nJapan has been the largest bilateral donor to Viet Nam for two decades [1]. Local firms "
          "did more of the work where contracts required it {marks}, less where land was cleared late [4].\n\n")
REFERENCES = ("References\n\n1. Shimomura, Y., Japan's ODA in Southeast Asia, Palgrave, 2016.\n"
              "2. Asian Development Bank, Contractor Development in the Mekong, Manila, 2019.\n"
              "3. Kikuchi, T., Subcontracting and Skills in ODA Projects, 2020.\n"
              "4. Hor, S., Land Acquisition and Project Delays in Cambodia, 2021.\n")


def paper(marks: str = "[2, 3]", references: str = REFERENCES) -> str:
    return f"{TITLE}\n\nHiroshi Nakamura and Dewi Lestari\n\nMarch 2024\n\n{ABSTRACT}{CITING.format(marks=marks)}{references}"


def idempotent(text: str) -> bool:
    first, again = clean_text(text), clean_text(canonical_text(parse(text)))
    return again.body == first.body and again.paragraphs == first.paragraphs


# --- a numbered references list the "[n]" marks point to ------------------------------------------

def test_a_references_list_numbered_1_2_3_under_bracketed_marks_is_their_notes():
    # "... for two decades [1]." and "References" / "1. Shimomura, Y., Japan's ODA in Southeast Asia: ..."
    c = cleaned(PAPER)
    assert "for two decades[^1]. Since the Partnership" in c.body
    assert "[^1]: 1\\. Shimomura, Y., Japan's ODA in Southeast Asia: Past and Present, Palgrave, 2016." in c.body
    assert "[^7]: 7\\. World Bank, Viet Nam Infrastructure Review, Washington DC, 2023." in c.body
    assert "\n1. Shimomura" not in c.body  # no ordered list of the body any more
    assert "## References" in c.body


def test_a_references_list_no_mark_points_to_stays_a_list():
    # (negative) the same list under a text that cites nothing in brackets: the author's list, as it was
    text = paper().replace(" [1]", "").replace(" [2, 3]", "").replace(" [4]", "")
    c = clean_text(text)
    assert "[^" not in c.body
    assert "1. Shimomura, Y., Japan's ODA in Southeast Asia, Palgrave, 2016." in c.body


# --- several sources cited in one pair of brackets ----------------------------------------------

def test_combined_citations_link_each_source_to_its_note():
    # "... by local firms [3, 4], but ... was delayed [5–7]." and "... for themselves [3-4]."
    c = cleaned(PAPER)
    assert "share of work done by local firms[^3][^4], but that the effect faded" in c.body
    assert "where land acquisition was delayed[^5][^6][^7]." in c.body
    assert "the most demanding work for themselves[^3][^4]. Supporters reply" in c.body
    abstract = next(t for t in texts(PAPER) if t.startswith("This paper asks"))
    assert abstract.endswith("where land acquisition was delayed.")  # the plain text has no marks


@pytest.mark.parametrize(("marks", "linked"), [
    ("[2, 3]", "[^2][^3]"), ("[2,3]", "[^2][^3]"), ("[2-3]", "[^2][^3]"), ("[2–3]", "[^2][^3]"),
    ("[2 – 3]", "[^2][^3]"), ("[1, 3]", "[^1][^3]"), ("[1-3]", "[^1][^2][^3]"), ("[1, 3-4]", "[^1][^3][^4]"),
])
def test_combined_citation_variants(marks, linked):
    c = clean_text(paper(marks))
    assert f"required it{linked}, less where" in c.body
    assert idempotent(paper(marks))


@pytest.mark.parametrize("marks", [
    "[3-5]",  # a figure no note has (there are four): all the author's characters, or none linked
    "[3-1]",  # a range running backwards
    "[2-40]",  # a range too long to be one citation
])
def test_combined_brackets_that_are_no_citation_stay_as_written(marks):
    c = clean_text(paper(marks))
    assert f"required it \\{marks[:-1]}\\], less where" in c.body


def test_combined_brackets_with_no_notes_list_stay_as_written():
    # (negative) "[2, 3]" in a text without notes: a figure pair of the author's
    c = clean_text(paper(references="Japan will review the loans in 2025.\n"))
    assert "required it \\[2, 3\\], less where" in c.body


# --- a numbered issue of a series over the paper's title --------------------------------------------

@pytest.mark.parametrize("series", ["Working Paper No. 2024-07", "IDE Policy Brief No. 12",
                                    "ERIA Discussion Paper Series No. 512", "CDRI Working Paper Series No. 118"])
def test_a_series_issue_over_a_long_title_is_the_series(series):
    # "Working Paper No. 2024-07" / "" / "Japan's Quality Infrastructure Loans ...: Evidence from ..." (a
    # title too long for a heading): was the title, the paper's own title its subtitle
    text = f"{series}\n\n{paper()}"
    c = clean_text(text)
    assert c.title == TITLE and c.series == series and c.subtitle is None
    assert c.dateline == "March 2024"
    assert idempotent(text)


def test_the_working_paper_fixture_s_header():
    m = meta(PAPER)
    assert m["title"].startswith("Japan's Quality Infrastructure Loans and Local Contractors")
    assert m["series"] == "Working Paper No. 2024-07"
    assert m["type"] == "report"  # its series is a numbered issue of a working paper series


# --- the authors' blocks with their affiliations -----------------------------------------------------

def test_authors_blocks_with_affiliations_are_the_byline_not_the_source():
    # "Hiroshi NAKAMURA" / "Graduate School of ..., Kobe University, Japan" / "" / "Dewi LESTARI" /
    # "Faculty of Economics and Business, Universitas Indonesia" / "" / "March 2024": were four
    # paragraphs, the last university the source
    c, m = cleaned(PAPER), meta(PAPER)
    assert c.bylines == ("Hiroshi NAKAMURA", "Graduate School of International Cooperation Studies, Kobe University, Japan",
                         "Dewi LESTARI", "Faculty of Economics and Business, Universitas Indonesia")
    assert "NAKAMURA" not in c.body and "Universitas Indonesia" not in c.body
    assert texts(PAPER)[0] == "Abstract"
    assert (m["date"], m.get("source")) == ("2024-03", None)
    assert m["people"] == [{"name": "Hiroshi Nakamura", "role": "Author"}, {"name": "Dewi Lestari", "role": "Author"}]


AUTHORS = {
    "two lines each, three authors": ("Hiroshi NAKAMURA\nGraduate School of Economics\nKobe University, Japan\n\n"
                                      "Dewi Lestari\nUniversitas Indonesia\n\nTran Van Minh\nVietnam National University, Hanoi"),
    "in one block": "Hiroshi NAKAMURA\nKobe University, Japan\nDewi Lestari\nUniversitas Indonesia",
    "an initial": "Maria C. Reyes\nUniversity of the Philippines Diliman",
    "family name first": "NAKAMURA Hiroshi\nInstitute of Developing Economies (IDE-JETRO)",
}


@pytest.mark.parametrize("authors", AUTHORS.values(), ids=AUTHORS.keys())
@pytest.mark.parametrize("below", ["March 2024\n\n", ""])  # over the date, or right over "Abstract"
def test_author_block_variants(authors, below):
    text = f"{TITLE}\n\n{authors}\n\n{below}{ABSTRACT}{CITING.format(marks='[2]')}"
    c = clean_text(text)
    assert list(c.bylines) == authors.replace("\n\n", "\n").split("\n")
    assert c.dateline == ("March 2024" if below else None)
    assert c.paragraphs[0].text == "Abstract"
    assert idempotent(text)


@pytest.mark.parametrize("block", [
    "Yuki Tanaka\nJICA Viet Nam Office",  # a name over a body's line, prose under it: no date, no heading
    "Yuki Tanaka\nThe office opened in Hanoi in 2019.",  # a sentence under the name
    "Kobe University\nGraduate School of Economics",  # a body's name first, no writer's
])
def test_a_name_over_a_line_with_prose_under_it_stays_text(block):
    text = f"{TITLE}\n\n{block}\n\nJapan has been the largest bilateral donor to Viet Nam for two decades.\n"
    c = clean_text(text)
    assert c.bylines == ()
    name, line = block.split("\n")
    assert c.body.index(name) < c.body.index(line) < c.body.index("largest bilateral donor")  # text, as before


def test_names_and_affiliations_further_down_stay_text():
    # (negative) under the first paragraph, a name over a university is the author's text
    text = (f"{TITLE}\n\nMarch 2024\n\nJapan has been the largest bilateral donor to Viet Nam for two decades.\n\n"
            "Hiroshi NAKAMURA\nKobe University, Japan\n\nJICA financed the survey.\n")
    c = clean_text(text)
    assert c.bylines == () and "Hiroshi NAKAMURA Kobe University, Japan" in c.body


# --- two authors joined by a comma alone -------------------------------------------------------------

@pytest.mark.parametrize("names", ["Hiroshi Nakamura, Dewi Lestari", "Hiroshi Nakamura, Dewi Lestari, Tran Van Minh",
                                   "NAKAMURA Hiroshi, LESTARI Dewi"])
def test_names_joined_by_commas_over_the_date_are_the_byline(names):
    # "Title" / "" / "Hiroshi Nakamura, Dewi Lestari" / "" / "March 2024": was the title's subtitle
    text = f"{TITLE}\n\n{names}\n\nMarch 2024\n\n{ABSTRACT}"
    c = clean_text(text)
    assert c.bylines == (names,) and c.subtitle is None and c.dateline == "March 2024"
    assert idempotent(text)


def test_names_joined_by_commas_are_each_an_author():
    for names, people in [("Hiroshi Nakamura, Dewi Lestari", ["Hiroshi Nakamura", "Dewi Lestari"]),
                          ("Phnom Penh, Siem Reap", [])]:  # (negative) places so joined are no writers
        text = f"{TITLE}\n\n{names}\n\nMarch 2024\n\n{ABSTRACT}"
        m = read_text(text)[0]
        assert [p["name"] for p in m.get("people") or () if p["role"] == "Author"] == people


# --- a release's kind before its date on one line; era dates with the Western year -------------------

RELEASE_HEAD = "Japan provides emergency relief goods to the Philippines after Typhoon Kristine"
RELEASE_TEXT = ("The Government of Japan decided to provide emergency relief goods, including tents and sleeping pads, "
                "through the Japan International Cooperation Agency (JICA) to the Republic of the Philippines, which "
                "suffered damage from Typhoon Kristine.\n\nJapan will continue to support the Philippines in its recovery.\n")


def release_meta(text: str) -> dict:
    return read_text(text)[0]


@pytest.mark.parametrize("line", ["Press Release 13 May 2024", "PRESS RELEASE | 13.05.2024", "Press Release - May 13, 2024",
                                  "Press release, 13 May 2024", "Media Release 13 May 2024", "News Release | 13/05/2024"])
@pytest.mark.parametrize("over", [True, False], ids=["over the headline", "under it"])
def test_a_release_s_kind_before_its_date_makes_it_a_press_release(line, over):
    # "Press Release 13 May 2024" over or under the headline: was news (the kind read only alone on its line)
    text = f"{line}\n\n{RELEASE_HEAD}\n\n{RELEASE_TEXT}" if over else f"{RELEASE_HEAD}\n\n{line}\n\n{RELEASE_TEXT}"
    m, c = release_meta(text), clean_text(text)
    assert (m["title"], m["date"], m["type"]) == (RELEASE_HEAD, "2024-05-13", "press-release")
    assert c.paragraphs[0].text.startswith("The Government of Japan decided")  # no line of the header left
    assert idempotent(text)


@pytest.mark.parametrize("line", ["Published 13 May 2024", "Tokyo, 13 May 2024", "Monday, 13 May 2024", "13 May 2024"])
def test_other_words_before_a_date_make_no_press_release(line):
    # (negative) a label, a place or a weekday before the date says nothing of the kind: a story stays news
    text = f"{RELEASE_HEAD}\n\n{line}\n\nMANILA — {RELEASE_TEXT}"
    assert release_meta(text)["type"] == "news"


@pytest.mark.parametrize("line", ["R6（2024）.5.13", "R6(2024).5.13", "令和6年(2024年)5月13日", "令和6年（2024年）5月13日",
                                  "令和6（2024）年5月13日", "発表日：令和6年(2024年)5月13日"])
def test_era_dates_with_the_western_year_in_brackets_date_the_document(line):
    # "R6（2024）.5.13" over or under the headline: was the title (over it) or a heading (under it)
    for text in (f"{line}\n\n{RELEASE_HEAD}\n\n{RELEASE_TEXT}", f"{RELEASE_HEAD}\n\n{line}\n\n{RELEASE_TEXT}"):
        m, c = release_meta(text), clean_text(text)
        assert (m["title"], m["date"]) == (RELEASE_HEAD, "2024-05-13")
        assert c.dateline == line and "2024" not in c.body
        assert idempotent(text)


def test_an_era_year_with_a_western_year_of_another_shape_is_no_date():
    # (negative) figures in brackets after an era's year that are no year: no date read
    from atlas.extract_dates import parse_dateline

    assert parse_dateline("R6(12).5.13") is None
    assert parse_dateline("令和6年(第3回)5月13日") is None


# --- "Related Information" over the links that close a release ---------------------------------------

RELEASE = "r70_mofa_release_kind_dateline_related.txt"


def test_the_release_fixture_s_kind_date_and_closing_links():
    # "Press Release 13 May 2024" over the headline; "Related Information" / "Japan-Brazil Relations" /
    # ... / "https://www.mofa.go.jp/..." closing the page: was one paragraph of all five lines
    m, c = meta(RELEASE), cleaned(RELEASE)
    assert (m["date"], m["type"], m["source"]) == ("2024-05-13", "press-release", "Ministry of Foreign Affairs of Japan")
    assert m["title"] == "Emergency Grant Aid in Response to the Floods in Southern Brazil"
    assert {"Related Information", "Japan-Brazil Relations", "Emergency Assistance by Japan",
            "https://www.mofa.go.jp/press/release/pressite_000001_00712.html"} <= set(c.removed)
    assert "Related Information" not in c.body and "Japan-Brazil Relations" not in c.body
    # the author's reference list above them stays, each item its own
    assert "- Emergency Grant Aid of 2 million US dollars (this release)" in c.body
    assert texts(RELEASE)[-3] == "(Reference) Japan's assistance to Brazil in response to the floods"


@pytest.mark.parametrize("head", ["Related Information", "Related information", "RELATED INFORMATION", "Related Resources",
                                  "Related Sites", "Related links"])
@pytest.mark.parametrize("links", [
    "Japan-Brazil Relations\nEmergency Assistance by Japan",
    "\nJapan-Brazil Relations\n\nEmergency Assistance by Japan",  # a blank line under the head and between them
    "• Japan-Brazil Relations\n• Emergency Assistance by Japan",
    "Japan-Brazil Relations\nhttps://www.mofa.go.jp/region/latin/brazil/index.html",
])
def test_related_information_over_links_at_the_end_is_the_page_s(head, links):
    text = f"{RELEASE_HEAD}\n\n13 May 2024\n\n{RELEASE_TEXT}\n{head}\n{links}\n"
    c = clean_text(text)
    assert head in c.removed and "Japan-Brazil Relations" not in c.body
    assert c.paragraphs[-1].text == "Japan will continue to support the Philippines in its recovery."
    assert idempotent(text)


def test_related_information_over_text_stays():
    # (negative) the same head over sentences, or with the text going on under its links, is the author's
    text = (f"{RELEASE_HEAD}\n\n13 May 2024\n\n{RELEASE_TEXT}\nRelated Information\n\n"
            "The Government of Japan has provided emergency relief goods to the Philippines four times since 2020.\n")
    c = clean_text(text)
    assert "Related Information" not in c.removed
    assert "provided emergency relief goods to the Philippines four times since 2020." in c.body
    text = (f"{RELEASE_HEAD}\n\n13 May 2024\n\nRelated Information\nJapan-Brazil Relations\n\n{RELEASE_TEXT}")
    c = clean_text(text)
    assert "Japan-Brazil Relations" in c.body


# --- cleaning that holds on a second pass --------------------------------------------------------------

STATEMENT = ("Japan and Viet Nam held their policy dialogue on development cooperation today. The two sides agreed "
             "to expand cooperation in digital transformation and climate change.\n\nThe next dialogue will be held in Hanoi.\n")


@pytest.mark.parametrize("head", [
    "Tokyo, 13 May 2024\n\nProvisional translation",  # a block each: was the title's subtitle, then a dateline
    "Tokyo, 13 May 2024\nProvisional translation",  # in one block: was the header's date, then the text's
    "Tokyo, 13 May 2024\n\n(Provisional Translation)",
    "Hanoi, Viet Nam / 13 May 2024\n\nProvisional translation",
])
def test_a_place_and_date_over_a_translation_note_holds_on_a_second_pass(head):
    text = f"Joint Statement on the Japan-Viet Nam Policy Dialogue\n\n{head}\n\n{STATEMENT}"
    c = clean_text(text)
    assert c.subtitle is None
    assert "Japan and Viet Nam held their policy dialogue" in c.body
    assert idempotent(text)
    again = clean_text(canonical_text(parse(text)))
    assert (again.title, again.dateline) == (c.title, c.dateline)


@pytest.mark.parametrize("series", ["ERIA Discussion Paper Series No. 512", "Working Paper No. 2024-07"])
@pytest.mark.parametrize("names", ["Hiroshi Nakamura, Dewi Lestari", "Hiroshi Nakamura and Dewi Lestari"])
def test_a_series_issue_under_the_title_over_the_authors_holds_on_a_second_pass(series, names):
    # "Title" / "" / "ERIA Discussion Paper Series No. 512" / "" / "Hiroshi Nakamura, Dewi Lestari" / "" /
    # "March 2024": with the names joined by a comma, was two headings whose levels changed on a second pass
    text = f"{TITLE}\n\n{series}\n\n{names}\n\nMarch 2024\n\n{ABSTRACT}"
    c = clean_text(text)
    assert (c.subtitle, c.bylines, c.dateline) == (series, (names,), "March 2024")
    assert "## Abstract" in c.body and "## Hiroshi" not in c.body
    assert idempotent(text)


def test_a_byline_beside_a_series_masthead_holds_on_a_second_pass():
    # "ERIA Policy Brief" / "No. 2024-07, October 2024" over the title, "By Lurong Chen and Fukunari
    # Kimura" under it: the canonical text set the byline in the masthead's block, and the series'
    # name became the title on a second pass
    c = cleaned("round28_eria_policy_brief_digital_trade.txt")
    again = clean_text(canonical_text(parse(seed_text("round28_eria_policy_brief_digital_trade.txt"))))
    assert again.title == c.title == "Making Digital Trade Work for ASEAN's Small Firms: Lessons from Japan's DFFT Agenda"
    assert again.source_lines == c.source_lines and again.dateline == c.dateline


def seed_text(name: str) -> str:
    from test_unseen_documents import seed

    return seed(name).text


@pytest.mark.parametrize("head", [
    "White Paper on Development Cooperation 2023\nPart III Specific Initiatives\n\n(1) Digital Transformation",
    "White Paper on Development Cooperation 2023\n\nChapter 2 Development Cooperation by Region\n\n(1) Southeast Asia",
    "JICA Annual Report 2023\nActivities and Initiatives by Region\n\n(2) Southeast Asia and Pacific",
])
def test_a_white_paper_s_series_lines_over_a_numbered_section_hold_on_a_second_pass(head):
    text = f"{head}\n\n● Japan's Efforts\n\n{STATEMENT}"
    c = clean_text(text)
    assert c.series and c.title and c.title in head and not c.title[:1] == "("
    again = clean_text(canonical_text(parse(text)))
    assert (again.title, again.series) == (c.title, c.series)
    assert idempotent(text)


@pytest.mark.parametrize("names", ["Hiroshi Nakamura and Dewi Lestari", "Hiroshi Nakamura, Dewi Lestari"])
def test_a_series_issue_over_the_authors_and_date_in_one_block_is_the_header(names):
    # "Title" / "" / "Working Paper No. 2024-07" / "Hiroshi Nakamura and Dewi Lestari" / "March 2024":
    # was three paragraphs of text
    text = f"{TITLE}\n\nWorking Paper No. 2024-07\n{names}\nMarch 2024\n\n{ABSTRACT}"
    c = clean_text(text)
    assert (c.subtitle, c.bylines, c.dateline) == ("Working Paper No. 2024-07", (names,), "March 2024")
    assert c.paragraphs[0].text == "Abstract"
    assert idempotent(text)
    # (negative) an issue's line over prose in its block is the text's
    text = f"{TITLE}\n\nWorking Paper No. 2024-07\nThis paper was written in March 2024.\n\n{ABSTRACT}"
    assert clean_text(text).subtitle is None


# --- authors marked with their affiliations' figures -------------------------------------------------

def test_authors_marked_with_their_affiliations_figures_are_the_papers_authors():
    # "Yuki Sato¹*, Maria Clara Reyes², and Tran Van Minh³" over "¹ Graduate School of International
    # Development, Nagoya University, Japan" / ...: the line stays the text's, its names are the authors
    m = meta("r67_academic_paper_first_pages.txt")
    assert [(p["name"], p["role"]) for p in m["people"]][:3] == [
        ("Yuki Sato", "Author"), ("Maria Clara Reyes", "Author"), ("Tran Van Minh", "Author")]
    assert "Yuki Sato" in cleaned("r67_academic_paper_first_pages.txt").body  # still in the text


@pytest.mark.parametrize(("line", "people"), [
    ("Hiroshi Nakamura¹, Dewi Lestari²", ["Hiroshi Nakamura", "Dewi Lestari"]),
    ("Hiroshi Nakamura¹ and Dewi Lestari²*", ["Hiroshi Nakamura", "Dewi Lestari"]),
    ("Dewi Lestari¹", ["Dewi Lestari"]),
    ("Viet Nam¹, Cambodia²", []),  # (negative) places so marked are no authors
])
def test_marked_author_variants(line, people):
    text = (f"{TITLE}\n\n{line}\n\n¹ Universitas Indonesia\n² Kobe University, Japan\n\nMarch 2024\n\n{ABSTRACT}")
    m = release_meta(text)
    assert [p["name"] for p in m.get("people") or () if p["role"] == "Author"] == people


def test_a_names_line_over_no_marked_affiliation_names_no_authors():
    # (negative) two names over a paragraph that opens with no mark: no byline read there
    from atlas.extract import marked_authors

    assert marked_authors(["Hiroshi Nakamura, Dewi Lestari", "The authors thank JICA for its support."]) is None
    assert marked_authors(["Japan and Viet Nam agreed.", "¹ A note."]) is None
