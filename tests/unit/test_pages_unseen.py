"""Document pages of shapes found by the site test of the unseen fixtures (tests/site/test_unseen_site.py)."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import frontmatter
from atlas_factory import make_doc, sample_corpus
from site_markdown import render_html

from atlas.clean import clean_text
from atlas.document_page import FOOTNOTES_HERE, body_markdown
from atlas.model import Corpus
from atlas.render import render_pages

# A white paper's section whose notes list follows a `Notes` heading (round4_white_paper_africa).
NOTED = ("Japan's Efforts in Africa\n\nJapan will invest US$30 billion over three years.Note 1 "
         "It trains 1,500 young people.Note 2\n\nNotes\n  1. Note 1: Of this, US$4 billion is for green growth.\n"
         "  2. Note 2: Under the ABE Initiative.\n")


def page_html(body: str) -> str:
    """The document page of a document with `body`, next to two others (so it has related
    documents), rendered by the site's Markdown."""
    corpus = sample_corpus()
    doc = corpus.documents[0]
    corpus.documents[0] = dataclasses.replace(doc, body=body)
    page = render_pages(Corpus(documents=corpus.documents))[corpus.documents[0].src_uri]
    return render_html(frontmatter.loads(page).content)


def test_footnotes_come_right_after_the_text_not_after_the_related_documents():
    html = page_html(clean_text(NOTED).body)
    notes, related = html.index('<div class="footnote">'), html.index('id="related-documents"')
    assert html.index('id="notes"') < notes < related
    assert FOOTNOTES_HERE not in html
    assert re.findall(r'<li id="fn:(\d+)"', html) == ["1", "2"]


def test_a_page_without_footnotes_gets_no_placeholder():
    body = make_doc("x", "X", ["One paragraph. [^1]: is text, not a note, in the middle of a line."]).body
    assert body_markdown(body) == body.rstrip("\n") + "\n"
    html = page_html(body)
    assert "Footnotes Go Here" not in html and 'class="footnote"' not in html


def test_a_seed_that_writes_the_placeholder_keeps_it_as_text():
    """The marker is Python-Markdown's; a seed that happens to hold it does not move the notes."""
    seed = f"A title line\n\nThe text says {FOOTNOTES_HERE} in its words.Note 1\n\n  1. Note 1: The note.\n"
    html = page_html(clean_text(seed).body)
    text = unescape(re.sub(r"<[^>]+>", "", html))
    assert f"The text says {FOOTNOTES_HERE} in its words." in text
    assert html.index("The text says") < html.index('<div class="footnote">') < html.index('id="related-documents"')


def test_triple_slashes_are_escaped_and_read_as_written():
    from atlas.escape import escape_inline

    assert escape_inline("a///b and http://x") == "a&#47;//b and http://x"
    assert unescape(re.sub(r"<[^>]+>", "", render_html(escape_inline("a///b ////c")))) == "a///b ////c"


def h1_texts(html: str) -> list[str]:
    return [unescape(re.sub(r"<a class=\"headerlink\".*?</a>|<[^>]+>", "", h)) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", html)]


def _page_of_fixture(name: str) -> tuple[str, str]:
    """(title, page HTML) of an unseen fixture run through the real pipeline, beside the sample corpus."""
    from atlas.pipeline import build_document
    from atlas.read import read_seed
    from atlas.vocab import load_vocabulary
    from test_unseen_documents import UNSEEN, ROOT

    doc = build_document(read_seed(UNSEEN / name, ROOT), load_vocabulary())
    corpus = sample_corpus()
    page = render_pages(Corpus(documents=[doc, *corpus.documents]))[doc.src_uri]
    return doc.title, render_html(frontmatter.loads(page).content)


def test_a_headline_read_from_the_body_s_first_heading_is_said_once_as_the_h1_with_its_anchor():
    # round21_magazine_masthead_path: "The Diplomat" alone over the headline, which the body set
    # as its first heading; index pages' quotations link to that heading's anchor
    title, html = _page_of_fixture("round21_magazine_masthead_path.txt")
    assert title == "Japan's Quiet Bet on Mekong Connectivity"
    text = unescape(re.sub(r"<[^>]+>", "", html))
    assert text.count(title) == 1
    assert h1_texts(html) == [title]
    assert re.search(r'<h1 id="japan-s-quiet-bet-on-mekong-connectivity"', html)
    assert not re.findall(r"<h[2-6][^>]*>Japan.s Quiet Bet", html)
    # (a page whose title was its first line, not a heading in its body, is as before)
    title, html = _page_of_fixture("round21_news_kicker_staff_byline.txt")
    assert h1_texts(html) == [title] and unescape(re.sub(r"<[^>]+>", "", html)).count(title) == 1


def test_a_title_ending_in_a_hash_keeps_it_in_the_h1():
    corpus = sample_corpus()
    doc = dataclasses.replace(corpus.documents[0], meta={**corpus.documents[0].meta, "title": "Coding in C#"})
    page = render_pages(Corpus(documents=[doc, *corpus.documents[1:]]))[doc.src_uri]
    assert h1_texts(render_html(frontmatter.loads(page).content)) == ["Coding in C#"]
