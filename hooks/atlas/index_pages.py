"""Index pages: documents, overviews (map, country x topic table, timeline), term, pair and year
pages, and the glossary. Pure functions from the taxonomy to Markdown.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from typing import Any, Callable, Hashable, Sequence, TypeVar

from .document_page import date_link, format_date, rel, type_name, year_uri
from .escape import escape_inline
from .glossary import Acronym
from .kwic import SiteSnippets, Snippet
from .mapsvg import world_map
from .memo import Memo
from .model import Document
from .taxonomy import KIND_BY_KEY, KINDS, Posting, Taxonomy, Term, co_occurring, doc_date
from .yaml_text import front_matter_page

DOCUMENTS_URI = "documents/index.md"
GLOSSARY_URI = "glossary.md"
TIMELINE_URI = "years/index.md"
TERM_BOOST = 2  # term pages rank above pages that merely mention the name (Material search)
RELATED_TERMS = 10
YEAR_PREVIEW = 10

T = TypeVar("T")
Snippets = SiteSnippets  # (doc slug, term key) -> sentences


PAGE_SIZE = 100  # documents per later page of a long list, on average (50 to 200)


def paged_uri(first: str, n: int) -> str:
    """Page n of a list whose first page is `first`: countries/vn.md -> countries/vn/2.md,
    documents/index.md -> documents/page/2.md."""
    if n == 1:
        return first
    base = first.removesuffix(".md")
    base = base.removesuffix("/index") + "/page" if base.endswith("/index") else base
    return f"{base}/{n}.md"


def chunks(items: list[T], ident: Callable[[T], str], size: int | None = None) -> list[list[T]]:
    """A list cut into pages: one page up to size/2 items; else a first page of size/5 and
    later pages that end at "anchor" items, of size/2 to 2*size items (size on average).

    A small first page keeps a term's hub (its counts, pairs and related terms, which an edit to
    any of its documents may change) quick to read and to render again. An item is an anchor by
    its own identity (a checksum of `ident`), so where pages end depends on the items near the
    end, not on how many came before: adding, removing or moving one document changes the page
    that holds it, not every later page of the list (as fixed-size pages would), and a page's
    address keeps showing the same documents as the corpus grows.
    """
    size = size or PAGE_SIZE
    shortest, first = max(1, size // 2), max(1, size // 5)
    if len(items) <= shortest:
        return [list(items)]
    spread, longest = max(1, size - shortest), 2 * size
    pages, page = [items[:first]], []
    for item in items[first:]:
        page.append(item)
        if len(page) >= longest or (len(page) >= shortest
                                    and zlib.crc32(ident(item).encode("utf-8")) % spread == 0):
            pages.append(page)
            page = []
    if page:
        if len(pages) > 1 and len(page) < shortest // 2:  # no short last page: it joins the one before
            pages[-1].extend(page)
        else:
            pages.append(page)
    return pages


def _seed_of(doc: Document) -> str:
    return doc.seed.path


def pager(first: str, n: int, total: int) -> str:
    """'Pages: 1 · [2](...) · [3](...)' for page n of `total`; '' when there is one page."""
    if total <= 1:
        return ""
    me = paged_uri(first, n)
    links = [f"**{i}**" if i == n else f"[{i}]({rel(me, paged_uri(first, i))})" for i in range(1, total + 1)]
    return "Pages: " + " · ".join(links)


def paged(first: str, title: str, head: Callable[[str], list[str]], items: Sequence[T],
          item: Callable[[T, str], str], ident: Callable[[T], str],
          tail: Callable[[str], list[str]] = lambda me: [],
          boost: float | None = None, extra: dict[str, Any] | None = None,
          item_key: Callable[[T, str], Hashable] | None = None, head_key: Hashable = None) -> dict[str, str]:
    """A list in pages (see chunks; `ident` names an item): head and tail on page 1, a pager
    around each page's items.

    Pages of one list sit at different depths (countries/vn.md, countries/vn/2.md), so the
    head, items and tail are rendered for each page's own uri (`me`), to keep links relative.
    With `item_key` (what an item is made from) and `head_key` (what page 1's head, tail and
    front matter are made from), mkdocs serve reuses each page whose items did not change: an
    edit to one document re-renders the page of a long list that holds it, not the whole list.
    """
    parts = chunks(list(items), ident)
    out: dict[str, str] = {}
    for n, chunk in enumerate(parts, start=1):
        me = paged_uri(first, n)

        def make(n: int = n, chunk: list = chunk, me: str = me) -> str:
            if n == 1:
                body = head(me)
            else:
                body = [f"# {escape_inline(title)} (page {n} of {len(parts)})", "",
                        f"[First page]({rel(me, first)})", ""]
            nav = pager(first, n, len(parts))
            body += [nav, ""] if nav else []
            body += [item(x, me) for x in chunk]
            body += ["", nav] if nav else []
            if n == 1:
                body += tail(me)
            return page(title if n == 1 else f"{title} (page {n})", "\n".join(body), boost if n == 1 else None,
                        extra if n == 1 else None)

        if item_key is not None and LIST_PAGES.enabled:
            key = (first, n, len(parts), title, boost, head_key if n == 1 else None,
                   tuple(item_key(x, me) for x in chunk))
            out[me] = LIST_PAGES.get(key, make)
        else:
            out[me] = make()
    return out


# Pages of long lists in mkdocs serve, by what each is made from (see paged).
LIST_PAGES: Memo[str] = Memo("list-pages", stored=False)


def overview_uri(kind: str) -> str:
    return f"{kind}/index.md"


def pair_uri(country: Term, topic: Term) -> str:
    return f"pairs/{country.slug}/{topic.slug}.md"


def feed_path(term: Term | None) -> str:
    return "feeds/all" if term is None else f"feeds/{term.kind}/{term.slug}"


def page(title: str, body: str, boost: float | None = None, extra: dict[str, Any] | None = None) -> str:
    """Markdown with YAML front matter made by yaml.safe_dump (titles may hold any character)."""
    meta: dict[str, Any] = {"title": title}
    if boost is not None:
        meta["search"] = {"boost": boost}
    meta.update(extra or {})
    return front_matter_page(meta, body.rstrip() + "\n")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def doc_facts(doc: Document, from_uri: str) -> str:
    """'1 November 2001 · Fact sheet · Ministry of ...' (date linked to its year)."""
    # (a document is listed on each of its terms' pages, all in one folder: its facts are made once)
    return _facts(from_uri.rpartition("/")[0], doc_date(doc), str(doc.meta.get("date_note") or ""), type_name(doc),
                  str(doc.meta.get("source") or ""))


@lru_cache(maxsize=1 << 14)
def _facts(folder: str, date: str | None, note: str, kind: str, source: str) -> str:
    page = f"{folder}/x.md" if folder else "x.md"
    facts = [date_link(date, note, page)]
    if kind:
        facts.append(escape_inline(kind))
    source = " ".join(source.split())
    if source:
        facts.append(escape_inline(source))
    return " · ".join(facts)


def doc_item(doc: Document, from_uri: str, summary: bool = True) -> str:
    """A list item: linked title, facts, and the summary (the document's own first sentence)."""
    lines = [f"- [{escape_inline(doc.title)}]({rel(from_uri, doc.src_uri)})  ", f"    {doc_facts(doc, from_uri)}"]
    text = " ".join(str(doc.meta.get("summary") or "").split())
    if summary and text:
        lines[-1] += "  "
        lines.append(f"    {escape_inline(text)}")
    return "\n".join(lines)


def documents_page(tax: Taxonomy) -> dict[str, str]:
    def head(me: str) -> list[str]:
        return ["# Documents", "",
                f"All {plural(len(tax.documents), 'document')}, newest first; undated documents come last. "
                f"Follow new documents: [RSS]({rel(me, feed_path(None) + '.xml')}) · "
                f"[JSON Feed]({rel(me, feed_path(None) + '.json')})", ""]
    return paged(DOCUMENTS_URI, "Documents", head, tax.documents, doc_item, _seed_of)


@lru_cache(maxsize=1 << 16)  # bounded: serve rebuilds run in one process for hours
def snippet_markdown(snippet: Snippet) -> str:
    # a sentence shows on several pages (each of its terms, pairs): escape and mark it once
    return snippet.markdown()


def _snippet_lines(doc: Document, terms: list[Term], snippets: Snippets, from_uri: str,
                   per_term: int | None = None) -> list[str]:
    lines = []
    seen: set[tuple[str, str]] = set()
    for term in terms:
        for s in snippets.get((doc.slug, term.key), [])[:per_term]:
            if (s.anchor, s.sentence) in seen:
                continue
            seen.add((s.anchor, s.sentence))
            target = f"{rel(from_uri, doc.src_uri)}#{s.anchor}"
            # Out of Material's search: the sentence is the document's own (found on its page);
            # quoted on every term page as well, it made the index pages most of the index.
            lines.append(f"    - [“{snippet_markdown(s)}”]({target}){{ .atlas-kwic data-search-exclude }}")
    return lines


def term_doc_item(doc: Document, focus: bool, terms: list[Term], snippets: Snippets, from_uri: str,
                  per_term: int | None = None) -> str:
    head = f"- [{escape_inline(doc.title)}]({rel(from_uri, doc.src_uri)}) · {doc_facts(doc, from_uri)}"
    if focus:
        head += " · **in focus**"
    return "\n".join([head] + _snippet_lines(doc, terms, snippets, from_uri, per_term))


# List items of term and pair pages. An item is made from its document (path, bytes, slug: the
# rest of its metadata follows from those and the vocabulary), the term, the page it is on and
# its sentences; those form the key.
ITEMS: Memo[str] = Memo("list-items", stored=False)


def _item_key(doc: Document, focus: bool, term_key: tuple[str, str] | None, me: str,
              per_term: int | None, snippets: Snippets) -> tuple:
    places = snippets.places((doc.slug, term_key)) if term_key else ()
    return (doc.seed.path, doc.seed.sha256, doc.slug, focus, term_key, me, per_term, places)


def term_link(term: Term, from_uri: str) -> str:
    return f"[{escape_inline(term.name)}]({rel(from_uri, term.src_uri)})"


def term_page(tax: Taxonomy, term: Term, snippets: Snippets, feeds: bool) -> dict[str, str]:
    kind = KIND_BY_KEY[term.kind]
    postings = tax.postings[term.key]
    n_focus = sum(1 for p in postings if p.focus)

    def head(me: str) -> list[str]:
        body = [f"# {escape_inline(term.name)}", ""]
        if term.full_name and term.full_name != term.name:
            body += [f"*{escape_inline(term.full_name)}*", ""]
        intro = (f"{kind.singular.capitalize()} · {plural(len(postings), 'document')}, "
                 f"{n_focus} with {escape_inline(term.name)} in focus. "
                 f"[All {kind.title.lower()}]({rel(me, overview_uri(term.kind))})")
        if feeds:
            intro += (f" · Follow: [RSS]({rel(me, feed_path(term) + '.xml')}) · "
                      f"[JSON Feed]({rel(me, feed_path(term) + '.json')})")
        return body + [intro, "", "## Documents", ""]

    def key(p: Posting, me: str) -> tuple:
        # a passing mention gets one sentence: documents name many terms in passing, and two
        # sentences for each would make the term pages most of the site's size
        return _item_key(p.doc, p.focus, term.key, me, None if p.focus else 1, snippets)

    def item(p: Posting, me: str) -> str:
        per_term = None if p.focus else 1
        return ITEMS.get(key(p, me), lambda: term_doc_item(p.doc, p.focus, [term], snippets, me, per_term=per_term))

    pairs = _pairs_of(tax, term)
    together = co_occurring(tax, term)

    def tail(me: str) -> list[str]:
        body: list[str] = []
        if pairs:
            other = "topics" if term.kind == "countries" else "countries"
            body += ["", f"## By {KIND_BY_KEY[other].singular}", ""]
            body.append(" · ".join(f"[{escape_inline(o.name)}]({rel(me, pair_uri(*cp))}) ({n})" for o, cp, n in pairs))
        if together:
            body += ["", "## Related terms", ""]
            for k in KINDS:
                if together.get(k.key):
                    links = " · ".join(f"{term_link(t, me)} ({n})" for t, n in together[k.key][:RELATED_TERMS])
                    body += [f"**{k.title}:** {links}", ""]
        return body

    # overrides/main.html turns these into <link rel="alternate feed"> in the page head
    extra = {"atlas_feeds": {"rss": feed_path(term) + ".xml", "json": feed_path(term) + ".json"}} if feeds else None
    # Page 1's head and tail: the counts, the pairs and the terms found with this one.
    head_key = (term, feeds, len(postings), n_focus, tuple(pairs),
                tuple((k, tuple(found[:RELATED_TERMS])) for k, found in sorted(together.items())))
    return paged(term.src_uri, term.name, head, postings, item, lambda p: p.doc.seed.path, tail,
                 boost=TERM_BOOST, extra=extra, item_key=key, head_key=head_key)


def _pairs_of(tax: Taxonomy, term: Term) -> list[tuple[Term, tuple[Term, Term], int]]:
    """For a country: (topic, (country, topic), count); for a topic: the same with countries."""
    out = []
    for (c, t), n in tax.pairs_by_term.get(term.key, []):
        country, topic = tax.terms[("countries", c)], tax.terms[("topics", t)]
        out.append((topic if term.kind == "countries" else country, (country, topic), n))
    return sorted(out, key=lambda x: (-x[2], x[0].name.casefold(), x[0].id))


def pair_page(tax: Taxonomy, country: Term, topic: Term, docs: list[Document], snippets: Snippets) -> dict[str, str]:
    first = pair_uri(country, topic)
    title = f"{country.name} × {topic.name}"

    def both_focus(doc: Document) -> bool:
        focus = tax.doc_focus[doc.slug]
        return country.key in focus and topic.key in focus

    ordered = sorted(docs, key=lambda d: not both_focus(d))  # stable: newest first within each group

    def head(me: str) -> list[str]:
        return [f"# {escape_inline(country.name)} × {escape_inline(topic.name)}", "",
                f"{plural(len(docs), 'document')} about both {term_link(country, me)} and {term_link(topic, me)}. "
                f"[Country × topic table]({rel(me, overview_uri('countries'))}#country-x-topic)", ""]

    def item(doc: Document, me: str) -> str:
        # titles only: the sentences are on the two term pages, and a document with four focus
        # countries and four focus topics is on sixteen pair pages
        focus = both_focus(doc)
        return ITEMS.get(_item_key(doc, focus, None, me, None, snippets),
                         lambda: term_doc_item(doc, focus, [], snippets, me))

    # Left out of search: each pair page repeats what its country and topic pages say, and a
    # query for a topic would otherwise list one pair page per country before any document.
    return paged(first, title, head, ordered, item, _seed_of, extra={"search": {"exclude": True}})


def count_table(tax: Taxonomy, kind: str, from_uri: str) -> str:
    terms = tax.of_kind(kind)
    if not terms:
        return f"No {KIND_BY_KEY[kind].title.lower()} have documents yet."
    rows = [f"| {KIND_BY_KEY[kind].singular.capitalize()} | Documents | In focus |", "| --- | ---: | ---: |"]
    for t in sorted(terms, key=lambda t: (-len(tax.postings[t.key]), t.name.casefold(), t.id)):
        postings = tax.postings[t.key]
        rows.append(f"| {term_link(t, from_uri)} | {len(postings)} | {sum(1 for p in postings if p.focus)} |")
    return "\n".join(rows)


def matrix(tax: Taxonomy, from_uri: str) -> str:
    """Country x topic counts; each count links to the pair's page."""
    if not tax.pairs:
        return "No document has both a country and a topic yet."
    countries = sorted({c for c, _ in tax.pairs}, key=lambda c: (tax.terms[("countries", c)].name.casefold(), c))
    topics = sorted({t for _, t in tax.pairs}, key=lambda t: (tax.terms[("topics", t)].name.casefold(), t))
    head = "| Country | " + " | ".join(term_link(tax.terms[("topics", t)], from_uri) for t in topics) + " |"
    rows = [head, "| --- |" + " ---: |" * len(topics)]
    for c in countries:
        country = tax.terms[("countries", c)]
        cells = []
        for t in topics:
            docs = tax.pairs.get((c, t))
            cells.append(f"[{len(docs)}]({rel(from_uri, pair_uri(country, tax.terms[('topics', t)]))})" if docs else "")
        rows.append(f"| {term_link(country, from_uri)} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def overview_page(tax: Taxonomy, kind: str) -> str:
    k = KIND_BY_KEY[kind]
    me = overview_uri(kind)
    body = [f"# {k.title}", ""]
    n = len(tax.of_kind(kind))
    body += [f"{n} {k.singular if n == 1 else k.title.lower()} with documents. Each page lists its documents, focus first, with the sentences that name it.", ""]
    if kind == "countries":
        # Raw HTML links are not rewritten by MkDocs: give the final URL ("vn/" from "countries/").
        counts = {t.id.upper(): (t.name, len(tax.postings[t.key]), f"{t.slug}/") for t in tax.of_kind(kind)}
        # One raw HTML block (no blank line inside), so Markdown leaves the SVG alone.
        body += ['<figure class="atlas-map-figure">' + world_map(counts)
                 + "<figcaption>Documents per country (darker: more). Select a country to open its page; "
                 "the table below gives the same counts.</figcaption></figure>", ""]
    body += [count_table(tax, kind, me), ""]
    if kind in ("countries", "topics"):
        body += ["## Country × topic { #country-x-topic }", "",
                 "How many documents are about each country and topic together; each count opens their page.", "",
                 '<div class="atlas-matrix" markdown>', "", matrix(tax, me), "", "</div>", ""]
    return page(k.title, "\n".join(body))


def year_page(tax: Taxonomy, year: str) -> dict[str, str]:
    docs = tax.years[year]

    def head(me: str) -> list[str]:
        return [f"# {year}", "", f"{plural(len(docs), 'document')} dated {year}. "
                f"[Timeline]({rel(me, TIMELINE_URI)})", ""]

    return paged(year_uri(year), year, head, docs, doc_item, _seed_of, boost=TERM_BOOST)


def timeline_page(tax: Taxonomy) -> str:
    me = TIMELINE_URI
    undated = [d for d in tax.documents if not doc_date(d)]
    most = max((len(v) for v in tax.years.values()), default=1)
    body = ["# Timeline", "", f"Documents by year of publication, newest first. "
            f"{plural(len(undated), 'document')} without a date {'is' if len(undated) == 1 else 'are'} "
            f"listed at the end.", ""]
    if tax.years:
        body += ["| Year | Documents | Share |", "| --- | ---: | --- |"]
        for year, docs in tax.years.items():
            width = max(2, round(100 * len(docs) / most))
            bar = f'<span class="atlas-bar" style="width: {width}%" aria-hidden="true"></span>'
            body.append(f"| [{year}]({rel(me, year_uri(year))}) | {len(docs)} | {bar} |")
        body.append("")
    for year, docs in tax.years.items():
        body += [f"## {year}", ""]
        body += [f"- [{escape_inline(d.title)}]({rel(me, d.src_uri)}) · {format_date(doc_date(d))}"
                 for d in docs[:YEAR_PREVIEW]]
        if len(docs) > YEAR_PREVIEW:
            body.append(f"- [All {len(docs)} documents of {year}]({rel(me, year_uri(year))})")
        body.append("")
    if undated:
        body += ["## Undated", ""]
        body += [f"- [{escape_inline(d.title)}]({rel(me, d.src_uri)})" for d in undated]
    return page("Timeline", "\n".join(body))


GLOSSARY_LINKS = 10  # documents named per acronym: "ASEAN" is used in nearly every document


def _doc_links(docs: list[Document], from_uri: str) -> str:
    links = ", ".join(f"[{escape_inline(d.title)}]({rel(from_uri, d.src_uri)})" for d in docs[:GLOSSARY_LINKS])
    return links + (f" and {len(docs) - GLOSSARY_LINKS} more" if len(docs) > GLOSSARY_LINKS else "")


def glossary_page(glossary: dict[str, Acronym]) -> str:
    me = GLOSSARY_URI
    body = ["# Glossary", "", "The acronyms the documents define, with their expansion as the documents "
            "give it, the documents that define them and the documents that use them. In every page's "
            "text, hovering over one of these acronyms shows its expansion.", ""]
    if not glossary:
        body.append("No document defines an acronym yet.")
    for a in glossary.values():
        others = sorted(a.expansions, key=lambda e: (-a.expansions[e], e))[1:]
        text = escape_inline(a.expansion)
        if others:
            text += " (also given as: " + "; ".join(escape_inline(o) for o in others) + ")"
        defined = _doc_links(a.defined_in, me)
        used = _doc_links(a.used_in, me)
        body += [escape_inline(a.abbr), f":   {text}", "", f"    Defined in: {defined}", ""]
        if used:
            body += [f"    Used in: {used}", ""]
    return page("Glossary", "\n".join(body))


def forget_shared_pieces() -> None:
    """Empty the caches of what many pages share (relative links, list items' facts, sentences as
    Markdown). A one-shot build needs them while it makes its pages and never again: emptied, the
    memory they held (about 90 MB at 10,000 documents) goes to MkDocs' rendering of the pages."""
    rel.cache_clear()
    _facts.cache_clear()
    snippet_markdown.cache_clear()
