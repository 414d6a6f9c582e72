"""Index pages, document headers, feeds and search on the real built site (the five seeds).

Expected terms come from the hand labels in tests/labels/*.yml (written by reading each seed)
and from the corpus' own front matter; page addresses from the taxonomy's slug rule.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS

from atlas.document_page import format_date
from atlas.glossary import hoverable
from atlas.pipeline import build_corpus
from atlas.slug import slugify
from atlas.taxonomy import KINDS, build_taxonomy, doc_date
from atlas.vocab import load_vocabulary

LABELS = ROOT / "tests" / "labels"
NAV_SECTIONS = ["Home", "Documents", "Countries", "Regions", "Topics", "Organisations", "Timeline",
                "Glossary", "About", "Contributing"]


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT, SEEDS, load_vocabulary())


@pytest.fixture(scope="module")
def tax(corpus):
    return build_taxonomy(corpus)


def article(site: Path, url: str) -> str:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    m = re.search(r"<article[^>]*>(.*)</article>", html, re.S)
    return m.group(1) if m else html


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def inline_text(html: str) -> str:
    """Text of inline HTML as read: tags removed in place, footnote references dropped."""
    html = re.sub(r"<sup[^>]*>.*?</sup>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", html))).strip()


def anchored_region(html: str, anchor: str, order: list[str]) -> str | None:
    """The HTML from a paragraph anchor to the next paragraph anchor (the block it names)."""
    start = html.find(f' id="{anchor}"')
    if start < 0:
        return None
    ends = [html.find(f' id="{a}"', start + 1) for a in order[order.index(anchor) + 1:]] if anchor in order else []
    ends = [e for e in ends if e > start]
    end = min(ends) if ends else html.find("</article>", start)
    return html[html.find(">", start) + 1:end if end > 0 else None]


def labels() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(LABELS.glob("*.yml"))]


def label_focus(kind: str) -> list[tuple[str, str]]:
    """(seed path, term id) for every hand-labelled focus term of a kind."""
    out = []
    for label in labels():
        for ident in (label.get(kind) or {}).get("focus") or []:
            out.append((label["seed"], str(ident)))
    return out


def doc_for_seed(corpus, seed_path: str):
    return next(d for d in corpus.documents if d.seed.path == seed_path)


@pytest.mark.parametrize("kind", ["countries", "topics"])
def test_each_seed_is_on_the_page_of_each_labelled_focus_term(built_site: Path, corpus, kind: str):
    pairs = label_focus(kind)
    assert pairs, f"no hand-labelled focus {kind} in {LABELS}"
    missing = []
    for seed_path, ident in pairs:
        doc = doc_for_seed(corpus, seed_path)
        page = built_site / kind / slugify(ident) / "index.html"
        if not page.is_file() or f'href="../../{doc.url}"' not in page.read_text(encoding="utf-8"):
            missing.append(f"{seed_path} not on {kind}/{slugify(ident)}/")
    assert not missing, "\n".join(missing)


def test_term_pages_hold_the_sentences_that_mention_the_term(built_site: Path, corpus, tax):
    """Each KWIC entry is a sentence of the linked paragraph, with a marked, non-empty mention."""
    anchors = {(built_site / d.url).resolve(): [p.anchor for p in d.paragraphs] for d in corpus.documents}
    checked = 0
    for term in tax.terms.values():
        html = article(built_site, term.src_uri.removesuffix(".md") + "/")
        for href, inner in re.findall(r'<a class="atlas-kwic" data-search-exclude href="([^"]+)">(.*?)</a>', html, re.S):
            marks = re.findall(r"<mark>(.*?)</mark>", inner)
            assert marks and all(m.strip() for m in marks), inner
            sentence = inline_text(inner).strip("“”").strip("…")
            path, anchor = href.split("#")
            page_dir = built_site / term.src_uri.removesuffix(".md")
            doc_html = (page_dir / path / "index.html").read_text(encoding="utf-8")
            region = anchored_region(doc_html, anchor, anchors[(page_dir / path).resolve()])
            assert region is not None, (term.src_uri, href)
            assert sentence in inline_text(region), (term.src_uri, sentence)
            checked += 1
    # every labelled focus country of a seed has at least one sentence for it on its page
    for seed_path, code in label_focus("countries"):
        doc = doc_for_seed(corpus, seed_path)
        html = article(built_site, f"countries/{slugify(code)}/")
        items = html.split('<li><a href="../../documents/')
        item = next((i for i in items if i.startswith(doc.url.removeprefix("documents/") + '"')), "")
        assert "atlas-kwic" in item, f"no sentence for {code} from {seed_path}"
    assert checked > 0


def test_document_header_shows_the_metadata_and_links_every_term(built_site: Path, corpus, tax):
    for doc in corpus.documents:
        html = article(built_site, doc.url)
        header = re.search(r'<div class="atlas-meta">(.*?)</div>', html, re.S)
        assert header, doc.url
        text = text_of(header.group(1))
        value = doc_date(doc)
        assert (f"Date: {format_date(value)}" in text) if value else ("Date: undated" in text), (doc.url, text)
        if doc.meta.get("source"):
            assert "Source: " + " ".join(str(doc.meta["source"]).split()) in text
        if doc.meta.get("type_name") or doc.meta.get("type"):
            assert "Type: " in text
        if doc.meta.get("reading_time"):
            assert "Reading time: " in text
        for term, _ in tax.terms_of(doc):
            assert f'href="../../{term.kind}/{term.slug}/"' in header.group(1), (doc.url, term)
        if value:
            assert f'href="../../years/{value[:4]}/"' in header.group(1)


def test_documents_page_lists_all_newest_first(built_site: Path, tax):
    html = article(built_site, "documents/")
    positions = [html.find(f'href="{d.url.removeprefix("documents/")}"') for d in tax.documents]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)


def test_navigation_lists_sections_not_documents(built_site: Path, corpus):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]*)" class="md-(?:nav|tabs)__link[^"]*"[^>]*>(.*?)</a>', home, re.S)
    names = {text_of(label) for _, label in links}
    for section in NAV_SECTIONS:
        assert section in names, section
    hrefs = {href for href, _ in links}
    for doc in corpus.documents:
        assert doc.url not in hrefs


def test_feeds_are_valid_and_follow_each_country_and_topic(built_site: Path, tax):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate feed" type="application/rss+xml"' in home and 'href="feeds/all.xml"' in home
    rss = ET.parse(built_site / "feeds" / "all.xml").getroot()
    items = rss.findall("./channel/item")
    assert [i.findtext("title") for i in items] == [d.title for d in tax.documents][:50]
    feed = json.loads((built_site / "feeds" / "all.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["title"] for i in feed["items"]] == [d.title for d in tax.documents][:50]
    for term in tax.terms.values():
        if term.kind in ("countries", "topics"):
            per_term = ET.parse(built_site / "feeds" / term.kind / f"{term.slug}.xml").getroot()
            assert len(per_term.findall("./channel/item")) == len(tax.postings[term.key])
            assert (built_site / "feeds" / term.kind / f"{term.slug}.json").is_file()
            head = (built_site / term.kind / term.slug / "index.html").read_text(encoding="utf-8").split("</head>")[0]
            assert f'type="application/rss+xml"' in head and f'href="../../feeds/{term.kind}/{term.slug}.xml"' in head


def test_search_finds_documents_by_term_names_and_boosts_term_pages(built_site: Path, tax):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location: dict[str, str] = {}
    boosts: dict[str, float] = {}
    for entry in index["docs"]:
        page = entry["location"].split("#")[0]
        by_location[page] = by_location.get(page, "") + " " + entry["title"] + " " + text_of(entry["text"])
        if "boost" in entry:
            boosts[page] = entry["boost"]
    for doc in tax.documents:
        for term, _ in tax.terms_of(doc):
            assert term.name in by_location[doc.url], (doc.url, term.name)
    for term in tax.terms.values():
        assert boosts.get(f"{term.kind}/{term.slug}/", 1) > 1, term


def test_overviews_map_matrix_timeline(built_site: Path, tax):
    countries = article(built_site, "countries/")
    for term in tax.of_kind("countries"):
        assert f'href="{term.slug}/"' in countries  # in the table, and on the map if it is drawn there
    if tax.of_kind("countries"):
        assert "<svg" in countries and 'aria-label="' in countries
    for (c, t), docs in tax.pairs.items():
        country, topic = tax.terms[("countries", c)], tax.terms[("topics", t)]
        assert f'href="../pairs/{country.slug}/{topic.slug}/">{len(docs)}</a>' in countries
        pair = article(built_site, f"pairs/{country.slug}/{topic.slug}/")
        for doc in docs:
            assert f'href="../../../{doc.url}"' in pair
    timeline = article(built_site, "years/")
    for year, docs in tax.years.items():
        assert f'href="{year}/">{year}</a>' in timeline
        year_page = article(built_site, f"years/{year}/")
        for doc in docs:
            assert f'href="../../{doc.url}"' in year_page


def test_glossary_and_hover_abbreviations(built_site: Path, corpus):
    glossary = article(built_site, "glossary/")
    glossary_text = inline_text(glossary)
    for doc in corpus.documents:
        page = article(built_site, doc.url)
        for entry in doc.meta.get("acronyms") or []:
            abbr = entry["abbr"]
            assert abbr in glossary_text and entry["expansion"].split()[0] in glossary_text, abbr
            if hoverable(abbr):
                assert f">{abbr}</abbr>" in glossary, abbr
                assert f">{abbr}</abbr>" in page, (doc.url, abbr)


def test_every_kind_has_an_overview_page(built_site: Path):
    for kind in KINDS:
        assert (built_site / kind.key / "index.html").is_file()
