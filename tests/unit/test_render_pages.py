"""The generated pages as Markdown: header, escaping, related documents, determinism, map."""

from __future__ import annotations

import re

from atlas_factory import country, make_doc, sample_corpus

from atlas.document_page import format_date
from atlas.mapsvg import level, parse_path, world_map
from atlas.model import Corpus
from atlas.render import escape_theme_meta, render_document_list, render_pages


def test_render_is_deterministic_and_independent_of_input_order():
    corpus = sample_corpus()
    first = render_pages(corpus, site_url="https://example.org/")
    reverse = render_pages(Corpus(documents=list(reversed(corpus.documents))), site_url="https://example.org/")
    assert first == reverse
    assert list(first) == sorted(first)


def test_generated_page_set():
    pages = render_pages(sample_corpus())
    for uri in ("documents/index.md", "countries/index.md", "regions/index.md", "topics/index.md",
                "organisations/index.md", "years/index.md", "glossary.md", "countries/vn.md", "countries/th.md",
                "topics/cybersecurity.md", "regions/asean.md", "organisations/jica.md", "years/2023.md",
                "years/2019.md", "pairs/vn/cybersecurity.md", "pairs/th/infrastructure.md",
                "feeds/all.xml", "feeds/all.json", "feeds/countries/vn.xml", "feeds/topics/cybersecurity.json"):
        assert uri in pages, uri
    assert "feeds/organisations/jica.xml" not in pages  # feeds follow countries and topics only


def test_document_header_links_terms_and_says_undated():
    pages = render_pages(sample_corpus())
    vn = pages["documents/cyber-vn.md"]
    assert "**Source:** Asia News · **Date:** [10 May 2023](../years/2023.md) · **Type:** News · **Reading time:** 2 min (300 words)" in vn
    assert "[Viet Nam ★](../countries/vn.md){ .atlas-chip .atlas-focus" in vn
    assert "[ASEAN](../regions/asean.md){ .atlas-chip }" in vn
    assert "[JICA](../organisations/jica.md){ .atlas-chip }" in vn
    assert "- [ASEAN cyber centre](cyber-asean.md) — shares: Cybersecurity, Viet Nam, ASEAN, JICA" in vn
    assert vn.rstrip().endswith("*[DFFT]: Data Free Flow with Trust")
    assert "**Date:** undated" in pages["documents/rail-th.md"]


def test_seed_text_never_becomes_markup():
    evil = make_doc("evil", "<script>alert(1)</script> *bold*", ["Text in [Viet Nam](http://x)."],
                    source="<img src=x onerror=alert(1)>", type_name="News_", subtitle="a | b",
                    countries=[country("VN", "Viet <b>Nam</b>", True)],
                    summary="<i>hi</i>")
    pages = render_pages(Corpus(documents=[evil]))
    page = pages["documents/evil.md"]
    assert "# &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\*" in page
    assert "**Source:** &lt;img src=x onerror=alert(1)&gt;" in page
    assert "[Viet &lt;b&gt;Nam&lt;/b&gt; ★]" in page
    listing = pages["documents/index.md"]
    assert "&lt;i&gt;hi&lt;/i&gt;" in listing and "<i>" not in listing
    bodies = "".join(v.split("\n---\n", 1)[1] for k, v in pages.items() if k.endswith(".md"))
    assert "<script>" not in bodies and "<img" not in bodies and "<b>" not in bodies
    assert "&lt;script&gt;" in pages["feeds/all.xml"]


def test_theme_meta_fields_are_escaped():
    meta = {"title": "<script>x</script> & co", "description": 'say "hi"', "date": "2001"}
    assert escape_theme_meta(meta) == {"title": "&lt;script&gt;x&lt;/script&gt; &amp; co",
                                       "description": "say &quot;hi&quot;", "date": "2001"}


def test_term_page_lists_focus_first_with_sentences_and_boost():
    page = render_pages(sample_corpus())["countries/th.md"]
    assert page.startswith("---\ntitle: Thailand\nsearch:\n  boost: 2\natlas_feeds:\n"
                           "  rss: feeds/countries/th.xml\n  json: feeds/countries/th.json\n---\n")
    rail, asean = page.index("[Rail in Thailand]"), page.index("[ASEAN cyber centre]")
    assert rail < asean
    assert "[“A rail line in <mark>Thailand</mark> opened.”](../documents/rail-th.md#p-1){ .atlas-kwic data-search-exclude }" in page
    assert "[Infrastructure](../pairs/th/infrastructure.md) (1)" in page


def test_home_list_newest_first_with_link_to_all():
    corpus = sample_corpus()
    assert render_document_list(corpus) == (
        "- [Cyber training in Viet Nam](documents/cyber-vn.md) · 10 May 2023\n"
        "- [ASEAN cyber centre](documents/cyber-asean.md) · 2019\n"
        "- [Rail in Thailand](documents/rail-th.md) · undated\n")
    assert render_document_list(corpus, limit=1).endswith("- [All 3 documents](documents/index.md)\n")


def test_format_date():
    assert [format_date(d) for d in ("2001-11-01", "2001-11", "2001")] == ["1 November 2001", "November 2001", "2001"]


def test_map_paths_and_links():
    assert parse_path("M10 10 l5 0 0 5z m1 1 h2 v2 c0 0 0 0 1 1") == [
        [(10.0, 10.0), (15.0, 10.0), (15.0, 15.0)], [(11.0, 11.0), (13.0, 11.0), (13.0, 13.0), (14.0, 14.0)]]
    svg = world_map({"VN": ("Viet Nam", 3, "vn/"), "SG": ("Singapore", 1, "sg/"), "XX": ("Nowhere", 1, "xx/")})
    assert svg.startswith('<svg class="atlas-map"') and svg.endswith("</svg>")
    assert '<a xlink:href="vn/" aria-label="Viet Nam: 3 documents" class="atlas-map-c atlas-map-5">' in svg
    assert '<a xlink:href="sg/" aria-label="Singapore: 1 document" class="atlas-map-c atlas-map-2">' in svg
    assert re.search(r'<a xlink:href="sg/"[^>]*>.*?<circle', svg)  # too small to click: a dot marks it
    assert "xx/" not in svg  # not on the map: the table lists it
    assert "\n\n" not in svg  # one raw HTML block for Markdown
    assert [level(n, 10) for n in (0, 1, 2, 5, 10)] == [0, 1, 1, 3, 5]


def test_long_lists_are_split_into_linked_pages(monkeypatch):
    import atlas.index_pages as index_pages
    monkeypatch.setattr(index_pages, "PAGE_SIZE", 2)  # one document on page 1, then pages of 1 to 4
    pages = render_pages(sample_corpus())
    first, second = pages["documents/index.md"], pages["documents/page/2.md"]
    assert "[Cyber training in Viet Nam](cyber-vn.md)" in first
    assert "ASEAN cyber centre" not in first and "Rail in Thailand" not in first
    assert "Pages: **1** · [2](page/2.md)" in first
    assert "](../cyber-asean.md)" in second or "](../rail-th.md)" in second
    assert "Pages: [1](../index.md) · **2**" in second
    assert second.startswith("---\ntitle: Documents (page 2)\n---\n")  # no search boost after page 1
    monkeypatch.setattr(index_pages, "PAGE_SIZE", 1)
    pages = render_pages(sample_corpus())
    assert "[ASEAN cyber centre](../../documents/cyber-asean.md)" in pages["countries/vn/2.md"]
    assert "## Related terms" in pages["countries/vn.md"] and "## Related terms" not in pages["countries/vn/2.md"]


def test_passing_mentions_get_one_sentence_focus_two():
    text = ["Thailand first. Thailand second. Thailand third."]
    focus = make_doc("f", "F", text, countries=[country("TH", "Thailand", True)])
    passing = make_doc("p", "P", text, countries=[country("TH", "Thailand", False)])
    page = render_pages(Corpus(documents=[focus, passing]))["countries/th.md"]
    assert page.count("(../documents/f.md#p-1)") == 2
    assert page.count("(../documents/p.md#p-1)") == 1


def test_a_second_render_reuses_nothing_stale():
    corpus = sample_corpus()
    first = render_pages(corpus)
    vn = next(d for d in corpus.documents if d.slug == "cyber-vn")
    vn.meta["source"] = "Other News"
    vn.paragraphs = (vn.paragraphs[0].__class__("p-1", "Viet Nam changed its mind."),)
    second = render_pages(corpus)
    assert "**Source:** Other News" in second["documents/cyber-vn.md"]
    assert "[“<mark>Viet Nam</mark> changed its mind.”](../documents/cyber-vn.md#p-1)" in second["countries/vn.md"]
    assert second["documents/rail-th.md"] == first["documents/rail-th.md"]
    assert render_pages(corpus) == second


def test_the_people_a_document_names_are_on_its_page_with_their_roles():
    corpus = sample_corpus()
    doc = corpus.documents[0]
    doc.meta["people"] = [{"name": "Fumio Kishida", "role": "Prime Minister"}, {"name": "Somchai Rattanakorn", "role": "Dr."},
                          {"name": "A <b>*Star*</b>", "role": ""}]
    page = render_pages(corpus)[doc.src_uri]
    assert ("**People:** Fumio Kishida (Prime Minister) · Dr. Somchai Rattanakorn · "
            "A &lt;b&gt;\\*Star\\*&lt;/b&gt;") in page  # seed text stays text
    doc.meta["people"] = [{"name": f"Person {n}", "role": "Director"} for n in range(12)]
    line = next(ln for ln in render_pages(corpus)[doc.src_uri].splitlines() if ln.startswith("**People:**"))
    assert line.endswith("Person 9 (Director) · and 2 more") and "Person 10" not in line  # all in the front matter
    del doc.meta["people"]
    assert "**People:**" not in render_pages(corpus)[doc.src_uri]
