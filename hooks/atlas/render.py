"""Rendering the corpus to every generated page: documents, index pages, glossary and feeds.

`render_pages` is the one entry point the hook (and an export command) calls; it returns
Markdown pages and feed files keyed by their path under docs/, in a stable order.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from .document_page import format_date, render_document_page
from .escape import escape_inline
from .feeds import Feed, feed_files
from .glossary import Acronym, abbreviation_lines, build_glossary, with_abbreviations
from .index_pages import (DOCUMENTS_URI, GLOSSARY_URI, ITEMS, LIST_PAGES, TIMELINE_URI, documents_page,
                          feed_path, glossary_page, overview_page, pair_page, snippet_markdown, Snippets,
                          term_page, timeline_page, year_page)
from .kwic import SiteSnippets, names_of
from .memo import Memo
from .store import stable_digest
from .model import Corpus
from .provenance import SOURCE_PAGES
from .related import RELATED
from .taxonomy import KINDS, Taxonomy, build_taxonomy, doc_date, newest_first

HOME_MARKER = "<!-- atlas:documents -->"
HOME_LATEST = 10
FEED_KINDS = ("countries", "topics")
# Front matter fields Material prints into the page unescaped (<title>, header, <meta> content).
THEME_RAW_FIELDS = ("title", "description", "author")
# The front matter keys MkDocs, Material (templates, search plugin) and overrides/ read; the rest
# of a generated page's front matter is data for other tools (export, feeds), not for the theme.
THEME_META = frozenset({"title", "description", "author", "hide", "template", "tags", "search", "status",
                        "subtitle", "icon", "location", "atlas_feeds"})


@dataclass
class Site:
    """Everything generated: pages and files by src_uri, and what the hook still needs."""

    pages: dict[str, str] = field(default_factory=dict)
    glossary: dict[str, Acronym] = field(default_factory=dict)
    taxonomy: Taxonomy | None = None


def render_document_list(corpus: Corpus, base: str = "", limit: int | None = HOME_LATEST) -> str:
    """The newest documents as a Markdown list (date after each title), with a link to all."""
    docs = newest_first(corpus.documents)
    lines = []
    for d in docs[:limit] if limit else docs:
        when = format_date(doc_date(d)) if doc_date(d) else "undated"
        lines.append(f"- [{escape_inline(d.title)}]({base}{d.src_uri}) · {when}")
    if limit and len(docs) > limit:
        lines.append(f"- [All {len(docs)} documents]({base}{DOCUMENTS_URI})")
    return "\n".join(lines) + "\n"


def escape_theme_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Escape the front matter strings the theme inserts as raw HTML, so seed text stays text.

    Material writes `page.meta.title` into <title> and the header and `description` into a
    <meta> attribute without escaping; a seed title like `<script>` must show, not run.
    """
    for key in THEME_RAW_FIELDS:
        if isinstance(meta.get(key), str):
            meta[key] = html.escape(meta[key], quote=True)
    return meta


# Serve rebuilds run in one process: what did not change since the last build is reused.
# Each build keeps only the entries it used, so the caches never outgrow the corpus. A one-shot
# build keeps none: the caches hold about two copies of the site's Markdown, which at 10,000
# documents is gigabytes held until the process ends. A document is keyed by its seed's path,
# bytes and slug: its text and metadata follow from those and the vocabulary (see memo.Memo).
DOC_PAGES: Memo[str] = Memo("document-pages")
ABBREVIATED: Memo[str] = Memo("abbreviation-lines")
TOKENS: Memo[set] = Memo("tokens")
_KEEP_BETWEEN_BUILDS = False


def keep_between_builds(enabled: bool) -> None:
    """Reuse unchanged pages on the next render_site in this process (mkdocs serve) or not."""
    global _KEEP_BETWEEN_BUILDS
    _KEEP_BETWEEN_BUILDS = enabled
    if not enabled:
        _FINISHED.clear()
        for memo in _memos():
            memo.start(False)
        RELATED.start(False)


def _memos() -> tuple[Memo, ...]:
    return (DOC_PAGES, TOKENS, ABBREVIATED, ITEMS, LIST_PAGES, TERM_PAGES, FEEDS, SOURCE_PAGES)


def collect_snippets(tax: Taxonomy, vocab: Any = None) -> Snippets:
    """Keyword-in-context sentences for every (document, term) pair: those each document was
    made with (atlas.kwic.own_snippets), found now for one made without."""
    return SiteSnippets(tax.documents, vocab)


def document_pages(tax: Taxonomy) -> Iterator[tuple[str, str]]:
    """Every document's page; a page whose inputs are unchanged since the last build is reused.

    The key holds everything the page is made of besides the seed itself: the slugs and names of
    its terms, its related documents.
    """
    RELATED.start(_KEEP_BETWEEN_BUILDS, tax)
    for doc in tax.documents:
        related = RELATED.related(tax, doc)
        key = (doc.slug, doc.seed.path, doc.seed.sha256,
               tuple((t.key, t.slug, t.name, f) for t, f in tax.terms_of(doc)),
               tuple((r.doc.slug, r.doc.title, tuple(t.name for t in r.shared)) for r in related))
        yield doc.src_uri, DOC_PAGES.get(key, lambda: render_document_page(doc, tax, related))


Sink = Callable[[str, "str | bytes"], None]


# mkdocs serve: each page as the last build finished it, by uri: (its Markdown as made, the page
# with its abbreviations); under "" the glossary's signature they were finished with. A page the
# memos return unchanged is the same object, so it is passed on as it was, without hashing 30 MB
# of pages per rebuild (at 1,000 documents); the finished text is the one the page writer holds.
_FINISHED: dict[str, Any] = {}


class PageSink:
    """Where render_site puts each page as soon as it is made, with its hover abbreviations.

    The sink may write the page out (the hook does, in a one-shot build), so the Markdown of the
    whole site never has to be in memory at once. Pages unchanged since the last build are not
    rescanned for abbreviations (a string's hash and comparison run in C, the scan does not).
    """

    def __init__(self, glossary: dict[str, Acronym], sink: Sink) -> None:
        self._glossary, self._sink = glossary, sink
        self._signature = tuple((a.abbr, a.expansion) for a in glossary.values())
        self._seen: set[str] = set()
        if not _KEEP_BETWEEN_BUILDS or _FINISHED.get("") != self._signature:
            _FINISHED.clear()  # a page's abbreviations are those of the glossary it was finished with
            if _KEEP_BETWEEN_BUILDS:
                _FINISHED[""] = self._signature

    def __setitem__(self, uri: str, md: str) -> None:
        self._seen.add(uri)
        last = _FINISHED.get(uri)
        if last is not None and last[0] is md:
            # mkdocs serve: the memo gave back the very page of the last build (nothing to hash)
            self._sink(uri, last[1])
            return
        # Kept: the definition lines only, by a digest of the page (the page itself is stored
        # whole by the memo that made it; a second copy would double the build store).
        key = (self._signature, hashlib.blake2b(md.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        lines = ABBREVIATED.get(key, lambda: abbreviation_lines(md, self._glossary))
        finished = with_abbreviations(md, lines)
        if _KEEP_BETWEEN_BUILDS:
            _FINISHED[uri] = (md, finished)
        self._sink(uri, finished)

    def close(self) -> None:
        """Forget the pages this build did not make (a deleted seed's, a renamed slug's)."""
        for uri in [u for u in _FINISHED if u and u not in self._seen]:
            del _FINISHED[uri]

    def update(self, pages: dict[str, str] | Iterator[tuple[str, str]]) -> None:
        for uri, md in (pages.items() if isinstance(pages, dict) else pages):
            self[uri] = md


def render_site(corpus: Corpus, vocab: Any = None, site_url: str = "", sink: Sink | None = None) -> Site:
    """Every generated page and feed; see the module docstring.

    Without a sink they are returned in Site.pages, sorted by path; with one, each goes to
    sink(path, content) as soon as it is made, in no particular order, and Site.pages is empty.
    """
    for memo in _memos():
        memo.start(_KEEP_BETWEEN_BUILDS, vocab)
    collected: dict[str, str | bytes] = {}
    put = sink or collected.__setitem__
    tax = build_taxonomy(corpus)
    glossary = build_glossary(tax.documents, TOKENS)
    snippets = collect_snippets(tax, vocab)
    pages = PageSink(glossary, put)
    pages.update(document_pages(tax))
    pages.update(documents_page(tax))
    # What a term or pair page shows besides its documents' own data: every term's name and slug
    # (related terms, pairs) and the names the sentences were found by.
    site_key = (names_of(vocab).signature,
                stable_digest(tuple((t.key, t.name, t.slug, t.full_name) for t in tax.terms.values())))
    for kind in KINDS:
        pages[f"{kind.key}/index.md"] = overview_page(tax, kind.key)
        feeds = kind.key in FEED_KINDS
        for term in tax.of_kind(kind.key):
            key = (site_key, term, feeds, _postings_key(tax.postings[term.key]),
                   tuple(tax.pairs_by_term.get(term.key, ())))
            pages.update(TERM_PAGES.get(key, lambda: term_page(tax, term, snippets, feeds=feeds)))
    for (c, t), docs in tax.pairs.items():
        country, topic = tax.terms[("countries", c)], tax.terms[("topics", t)]
        key = (site_key, "pair", country, topic, tuple((d.seed.path, d.seed.sha256, d.slug,
                                                         tuple(sorted(tax.doc_focus[d.slug]))) for d in docs))
        pages.update(TERM_PAGES.get(key, lambda: pair_page(tax, country, topic, docs, snippets)))
    pages[TIMELINE_URI] = timeline_page(tax)
    for year in tax.years:
        pages.update(year_page(tax, year))
    pages[GLOSSARY_URI] = glossary_page(glossary)
    pages.close()
    for uri, content in render_feeds(tax, site_url).items():  # feeds: no abbreviations
        put(uri, content)
    clear_page_caches()
    return Site(dict(sorted(collected.items())), glossary, tax)


# Term and pair pages, and feeds, of the last build (mkdocs serve): keyed by their documents
# (each by path, bytes and slug, from which the rest of its metadata follows) and the site's terms.
TERM_PAGES: Memo[dict[str, str]] = Memo("term-pages", fills_memos=True)
FEEDS: Memo[dict[str, str]] = Memo("feeds")


def _postings_key(postings: list) -> tuple:
    return tuple((p.doc.seed.path, p.doc.seed.sha256, p.doc.slug, p.focus) for p in postings)


def clear_page_caches() -> None:
    """Memos that only help within one render (a sentence quoted on several pages)."""
    snippet_markdown.cache_clear()


def render_feeds(tax: Taxonomy, site_url: str) -> dict[str, str]:
    """The site-wide feed and one per country and topic (RSS 2.0 and JSON Feed each)."""
    files = feed_files(Feed("Cooperation Atlas", "New documents in the Cooperation Atlas.", "documents/",
                            feed_path(None)), tax.documents, site_url)
    for kind in FEED_KINDS:
        for term in tax.of_kind(kind):
            # tax.documents is newest_first's order, a total one: a term's documents in it
            docs = sorted((p.doc for p in tax.postings[term.key]), key=lambda d: tax.position[d.slug])
            feed = Feed(f"Cooperation Atlas: {term.name}", f"New documents about {term.name}.",
                        f"{term.kind}/{term.slug}/", feed_path(term))
            key = (feed, site_url, tuple((d.seed.path, d.seed.sha256, d.slug) for d in docs))
            files.update(FEEDS.get(key, lambda: feed_files(feed, docs, site_url)))
    return files


def render_pages(corpus: Corpus, vocab: Any = None, site_url: str = "") -> dict[str, str]:
    """Every generated page (and feed file), keyed by its path under docs/ (src_uri)."""
    return render_site(corpus, vocab, site_url).pages
