"""Eighteenth round, cleaning of the round-16 Global South fixtures (tests/fixtures/unseen/round16_*.txt),
run through the real pipeline: a news site's byline over its date and reading time, its share row
without a label and the "Related" headlines and comment count closing the page (TICAD 9); a
ministry page's language link and a breadcrumb longer than a furniture line (PALM10); a project
page's language switcher and its "Update:" date (JICA, Nikkei cooperatives); a newsletter's "Back
issues | Unsubscribe" over its footer (JCCME). Every expected value was read off the fixture's text
(the lines are quoted in the comments); the rules are also tried on small texts written here, where
the same words must stay an author's."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import headings, idempotent

from atlas.clean import clean_text
from atlas.clean_blocks import is_dateline
from atlas.clean_rules import load_rules

TICAD = "round16_ticad9_news_africa.txt"
PALM = "round16_palm10_pacific_overview.txt"
NIKKEI = "round16_jica_lac_nikkei_project.txt"
DIGEST = "round16_jccme_digest_mena.txt"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize("name", [TICAD, PALM, NIKKEI, DIGEST])
def test_every_word_that_stays_is_in_order_and_cleaning_is_idempotent(name):
    assert_words_kept(seed(name).text, cleaned(name))
    idempotent(seed(name).text)


# --- TICAD 9: byline, share row, the page's closing links -------------------------------------------

def test_the_byline_and_the_date_under_the_standfirst_are_a_line_each():
    # the fixture's lines 9-10: "By Kwame Asante-Boateng in Yokohama" / "20 August 2025 | 6 min read"
    paras = texts(TICAD)
    k = paras.index("By Kwame Asante-Boateng in Yokohama")
    assert paras[k + 1] == "20 August 2025 | 6 min read"
    assert paras[k + 2].startswith("YOKOHAMA — Japan opened the ninth")
    assert "20 August 2025 \\| 6 min read\n{ #p-3 .atlas-dateline }" in cleaned(TICAD).body


def test_the_share_row_without_its_label_is_furniture_not_a_heading():
    # "Share this article" over "Facebook  X  LinkedIn  WhatsApp  Email"
    c = cleaned(TICAD)
    assert "Facebook X LinkedIn WhatsApp Email" in c.removed
    assert not any("Facebook" in h for h in headings(TICAD))
    assert headings(TICAD) == ["An economic zone from the ocean inland", "Leaders ask for fairer terms",
                               "Health, AUDA-NEPAD and skills"]


def test_the_related_headlines_and_the_comment_count_closing_the_page_are_furniture():
    # the page ends "Related" / "Japan and AfCFTA: can Tokyo help Africa trade with itself?" /
    # "Nacala corridor: a decade on" / "Comments (12)" / "© 2025 Pan-African Business Review. ..."
    c = cleaned(TICAD)
    assert texts(TICAD)[-1] == ("The conference ends on Friday with the adoption of the Yokohama Declaration and "
                                "an action plan. TICAD 10 is due to be held in Africa in 2028.")
    for line in ("Related", "Japan and AfCFTA: can Tokyo help Africa trade with itself?",
                 "Nacala corridor: a decade on", "Comments (12)"):
        assert line in c.removed
        assert not any(line in p for p in texts(TICAD))


def test_other_stories_headlines_are_no_mentions():
    # AfCFTA is named only in the related headline; Mozambique is named in the text as "the coasts of
    # Kenya, Tanzania and Mozambique" and "the Nacala corridor in northern Mozambique" (3 mentions: the
    # two names and the corridor's city), not also in "Nacala corridor: a decade on"
    m = meta(TICAD)
    assert "afcfta" not in {o["id"] for o in m["organisations"]}
    assert {c["code"]: c["mentions"] for c in m["countries"]}["MZ"] == 3
    assert m["date"] == "2025-08-20"  # the dateline kept in the text still dates the story


# --- PALM10: a language link and a long breadcrumb over the headline ----------------------------------

def test_the_language_link_and_the_long_breadcrumb_are_furniture_so_the_headline_is_the_title():
    # "Ministry of Foreign Affairs of Japan" / "Japanese Page" / "Home > Foreign Policy > Regional Affairs >
    # Oceania > Pacific Islands Leaders Meeting (PALM)" (87 characters), then the headline and "July 18, 2024"
    c = cleaned(PALM)
    assert "Japanese Page" in c.removed
    assert "Home > Foreign Policy > Regional Affairs > Oceania > Pacific Islands Leaders Meeting (PALM)" in c.removed
    assert c.title == "The Tenth Pacific Islands Leaders Meeting (PALM10) (Overview)"
    assert c.dateline == "July 18, 2024"
    assert c.source_lines == ("Ministry of Foreign Affairs of Japan",)
    assert "atlas-caption" not in c.body
    assert texts(PALM)[0].startswith("From July 16 to 18, the Tenth Pacific Islands Leaders Meeting (PALM10)")
    # the numbered sections are the text's top level now that the headline is no heading over them
    assert "## 1. Overview {" in c.body and "### " not in c.body


def test_the_breadcrumb_s_oceania_is_no_mention():
    # "Oceania" stands only in the breadcrumb (and in the furniture link "Back to Oceania")
    assert "oceania" not in {r["id"] for r in meta(PALM)["regions"]}


# --- JICA project page: language switcher, "Update:" ---------------------------------------------------

def test_the_language_switcher_is_furniture_and_the_project_s_name_is_the_title():
    # "English | 日本語 | Español | Português" under "JICA" / "Japan International Cooperation Agency"
    c = cleaned(NIKKEI)
    assert "English | 日本語 | Español | Português" in c.removed
    assert c.title == ("Project for Strengthening Climate-Resilient Agriculture with Nikkei Agricultural "
                       "Cooperatives in South America")
    assert c.subtitle is None


def test_update_with_its_date_is_the_dateline_not_a_heading():
    # "Update: 2024.03.12" alone under the title
    c = cleaned(NIKKEI)
    assert c.dateline == "Update: 2024.03.12"
    assert not any("Update" in h for h in headings(NIKKEI))
    assert meta(NIKKEI)["date"] == "2024-03-12"


def test_the_contact_block_stays_and_the_links_around_it_go():
    # "Contact" / "JICA Paraguay Office" / "Asunción, Paraguay" / "Tel: +595-21-XXX-XXXX", then
    # "Related Links" / "JICA in Paraguay" / "Nikkei Communities in Latin America" / "Page Top"
    paras = texts(NIKKEI)
    assert paras[-4:] == ["Contact", "JICA Paraguay Office", "Asunción, Paraguay", "Tel: +595-21-XXX-XXXX"]
    for line in ("Related Links", "JICA in Paraguay", "Nikkei Communities in Latin America", "Page Top"):
        assert line in cleaned(NIKKEI).removed


# --- JCCME digest: the newsletter's links over its footer ----------------------------------------------

def test_back_issues_and_unsubscribe_go_and_the_footer_line_is_not_run_into_them():
    # "Back issues | Unsubscribe" / "Japan Cooperation Center for the Middle East (JCCME), Tokyo"
    c = cleaned(DIGEST)
    assert "Back issues | Unsubscribe" in c.removed
    assert texts(DIGEST)[-1] == "Japan Cooperation Center for the Middle East (JCCME), Tokyo"
    assert not any("Unsubscribe" in p or "Back issues" in p for p in texts(DIGEST))


# --- the rules on texts written here: where the same words are an author's ----------------------------

@pytest.mark.parametrize("line, furniture", [
    ("English | 日本語 | Español | Português", True),
    ("Japanese Page", True),
    ("日本語ページ", True),
    ("Read in English", True),
    ("English", False),  # may head a bilingual text's part
    ("The English version of the report follows.", False),
    ("Facebook  X  LinkedIn  WhatsApp  Email", True),
    ("X", False),
    ("Comments (12)", True),
    ("Comments", False),  # may head a reviewer's section
    ("Back issues | Unsubscribe", True),
    ("Home > Foreign Policy > Regional Affairs > Oceania > Pacific Islands Leaders Meeting (PALM)", True),
])
def test_furniture_lines(rules, line, furniture):
    text = f"A Short Title For The Test\n\nThe text opens with a sentence.\n\n{line}\n\nThe text ends with a sentence.\n"
    c = clean_text(text)
    kept = any(" ".join(line.split()) in p.text for p in c.paragraphs) or " ".join(line.split()) in c.body
    assert kept is not furniture


@pytest.mark.parametrize("line, dated", [
    ("20 August 2025 | 6 min read", True),
    ("March 2024 · 5-minute read", True),
    ("Update: 2024.03.12", True),
    ("Update: the ministry will publish the figures in 2024", False),
])
def test_datelines(rules, line, dated):
    assert is_dateline(line, rules) is dated


def test_related_is_furniture_only_over_links_closing_the_page():
    head = "A Short Title For The Test\n\nThe text opens with a sentence.\n\n"
    closing = clean_text(head + "Related\n\nJapan and Laos: a story\n\nAnother story here\n")
    assert [p.text for p in closing.paragraphs] == ["The text opens with a sentence."]
    # further up, or over a sentence, or alone at the end, "Related" is the author's
    for text in (head + "Related\n\nJapan and Laos signed it.\n\nThe text ends here.\n",
                 head + "Related\nJapan and Laos signed it on Monday.\n",
                 head + "Related\n"):
        assert "Related" in clean_text(text).body


def test_a_byline_over_a_date_in_the_text_is_a_line_each_and_a_sentence_opening_with_by_is_not():
    head = "A Short Title For The Test\n\nThe text opens with a sentence that is long enough to be the lede.\n\n"
    c = clean_text(head + "By Jane Doe in Manila\n15 March 2024\n\nThe text goes on.\n")
    assert [p.text for p in c.paragraphs][1:3] == ["By Jane Doe in Manila", "15 March 2024"]
    c = clean_text(head + "By the end of March 2024\nthe ministry had finished.\n")
    assert [p.text for p in c.paragraphs][1] == "By the end of March 2024 the ministry had finished."
