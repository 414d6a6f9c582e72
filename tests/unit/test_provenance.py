"""Provenance: edit links to the seed, the source text as received, error pages."""

from __future__ import annotations

from atlas.model import Document, Problem, Rejected, Seed
from atlas.provenance import edit_uri, error_page, provenance_links, resolve_dots, source_page

RAW = "Café <b>bold</b> *x*\r\n\r\nSecond paragraph & more.\r\n".encode()


def document() -> Document:
    seed = Seed(path="seeds/Café report.txt", raw=RAW, text="", sha256="ab" * 32)
    return Document(seed=seed, slug="cafe-report", meta={"title": "Café <report>"}, body="")


def test_edit_uri_is_the_seed_relative_to_docs_and_quoted():
    assert edit_uri("seeds/Café report.txt") == "../seeds/Caf%C3%A9%20report.txt"
    base = "https://github.com/o/r/edit/main/docs/"
    assert resolve_dots(base + edit_uri("seeds/a.txt")) == "https://github.com/o/r/edit/main/seeds/a.txt"
    assert resolve_dots(base + "index.md") == base + "index.md"


def test_source_page_shows_the_text_literally_with_its_identity():
    page = source_page(document())
    assert "search:\n  exclude: true" in page  # the document page already holds the text
    assert '<pre class="atlas-source">Café &lt;b&gt;bold&lt;/b&gt; *x*\n\nSecond paragraph &amp; more.\n</pre>' in page
    assert f"{len(RAW):,} bytes" in page and "ab" * 32 in page
    assert "[Back to the document](../cafe-report.md)" in page and "(source.txt)" in page


def test_links_under_a_document():
    links = provenance_links(document().slug, "https://example.org/edit/seeds/x.txt")
    assert "[Edit this document](<https://example.org/edit/seeds/x.txt>)" in links
    assert "[View source text](cafe-report/source.md)" in links
    assert "Edit this document" not in provenance_links(document().slug, None)


def test_error_page_lists_each_problem_with_its_fix():
    page = error_page(Rejected("seeds/bad.txt", "bad", [
        Problem("seeds/bad.txt", "the text is not <UTF-8>.", "save it as UTF-8.", line=2, column=4)]))
    assert "title: 'Not built: seeds/bad.txt'" in page
    assert "`seeds/bad.txt:2:4` error: the text is not &lt;UTF-8&gt;. **Fix:** save it as UTF-8." in page
