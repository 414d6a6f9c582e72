"""Term -> documents: the inverted index every index page, feed and related list reads.

Built in one pass over the documents' front matter, so the index pages cost time in
proportion to the number of (document, term) pairs, never documents x terms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .model import Corpus, Document
from .slug import slugify


@dataclass(frozen=True)
class Kind:
    """A facet of the metadata that gets index pages (countries, regions, ...)."""

    key: str  # meta field and URL folder: "countries"
    singular: str  # "country"
    title: str  # "Countries"
    id_field: str  # field of a meta entry holding its identifier
    weight_field: str  # field giving how much the document says about it


KINDS: tuple[Kind, ...] = (
    Kind("countries", "country", "Countries", "code", "mentions"),
    Kind("regions", "region", "Regions", "id", "mentions"),
    Kind("topics", "topic", "Topics", "id", "score"),
    Kind("organisations", "organisation", "Organisations", "id", "mentions"),
)
KIND_BY_KEY = {k.key: k for k in KINDS}


@dataclass(frozen=True)
class Term:
    """One country, region, topic or organisation that has at least one document."""

    kind: str
    id: str
    name: str
    slug: str
    full_name: str = ""
    # (kind, id): looked up hundreds of thousands of times per build, so made once
    key: tuple[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", (self.kind, self.id))

    @property
    def src_uri(self) -> str:
        return f"{self.kind}/{self.slug}.md"


@dataclass(frozen=True)
class Posting:
    """A document filed under a term: whether the term is its focus, and how strongly."""

    doc: Document
    focus: bool
    weight: float


@dataclass
class Taxonomy:
    """Every term with its documents, each document with its terms, years and pairs."""

    terms: dict[tuple[str, str], Term] = field(default_factory=dict)
    postings: dict[tuple[str, str], list[Posting]] = field(default_factory=dict)
    doc_terms: dict[str, list[tuple[Term, bool]]] = field(default_factory=dict)  # slug -> terms
    doc_keys: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # slug -> term keys
    doc_focus: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)  # slug -> focus keys
    years: dict[str, list[Document]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], list[Document]] = field(default_factory=dict)  # (country, topic)
    pairs_by_term: dict[tuple[str, str], list[tuple[tuple[str, str], int]]] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)  # newest first, undated last
    position: dict[str, int] = field(default_factory=dict)  # slug -> place in `documents`

    def of_kind(self, kind: str) -> list[Term]:
        """Terms of one kind, by name (case-insensitive), then id: a stable reading order."""
        return sorted((t for t in self.terms.values() if t.kind == kind),
                      key=lambda t: (t.name.casefold(), t.id))

    def terms_of(self, doc: Document, kind: str | None = None) -> list[tuple[Term, bool]]:
        return [(t, f) for t, f in self.doc_terms.get(doc.slug, []) if kind is None or t.kind == kind]


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def doc_date(doc: Document) -> str:
    """The document's date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; '' when undated or malformed."""
    value = doc.meta.get("date")
    text = value.isoformat() if hasattr(value, "isoformat") else str(value or "")
    return text if _DATE.match(text) else ""


def doc_year(doc: Document) -> str:
    return doc_date(doc)[:4]


def newest_first(docs: Iterable[Document]) -> list[Document]:
    """Newest first, undated last; equal dates by title then slug, so the order never wobbles."""
    by_title = sorted(docs, key=lambda d: (d.title.casefold(), d.slug))
    # reverse=True keeps equal keys in their (title) order: Python's sort is stable both ways
    return sorted(by_title, key=lambda d: (bool(doc_date(d)), doc_date(d)), reverse=True)


def entry_id(kind: Kind, entry: Any) -> tuple[str, str, dict]:
    """(id, display name, entry dict) of one meta entry; a bare string is both id and name."""
    if isinstance(entry, dict):
        ident = str(entry.get(kind.id_field) or entry.get("id") or entry.get("code") or entry.get("name") or "")
        name = str(entry.get("name") or ident)
        return ident, name, entry
    text = str(entry)
    return text, text, {}


def meta_entries(meta: dict[str, Any]) -> Iterator[tuple[Kind, str, str, dict]]:
    """(kind, id, display name, entry) of each term a document's front matter lists, kind by kind,
    an id once per kind (entries without one skipped): what the index pages file it under."""
    for kind in KINDS:
        seen: set[str] = set()
        for entry in meta.get(kind.key) or []:
            ident, name, data = entry_id(kind, entry)
            if ident and ident not in seen:
                seen.add(ident)
                yield kind, ident, name, data


def _weight(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def term_slug(kind: Kind, ident: str) -> str:
    return slugify(ident) or slugify(ident.encode("unicode_escape").decode("ascii")) or "term"


def build_taxonomy(corpus: Corpus) -> Taxonomy:
    """One pass over every document's front matter; everything is sorted for stable output."""
    tax = Taxonomy(documents=newest_first(corpus.documents))
    tax.position = {d.slug: i for i, d in enumerate(tax.documents)}
    postings: dict[tuple[str, str], list[Posting]] = defaultdict(list)
    years: dict[str, list[Document]] = defaultdict(list)
    pairs: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for doc in tax.documents:
        mine: list[tuple[Term, bool]] = []
        for kind, ident, name, data in meta_entries(doc.meta):
            term = tax.terms.get((kind.key, ident))
            if term is None:
                term = Term(kind.key, ident, name, term_slug(kind, ident), str(data.get("full_name") or ""))
                tax.terms[term.key] = term
            focus = bool(data.get("focus", False))
            postings[term.key].append(Posting(doc, focus, _weight(data.get(kind.weight_field))))
            mine.append((term, focus))
        tax.doc_terms[doc.slug] = mine
        year = doc_year(doc)
        if year:
            years[year].append(doc)
        countries = _main_terms(mine, "countries")
        topics = _main_terms(mine, "topics")
        for c in countries:
            for t in topics:
                pairs[(c.id, t.id)].append(doc)
    # Focus first, then newest first: documents were visited newest first and sort is stable.
    tax.postings = {k: sorted(v, key=lambda p: not p.focus) for k, v in postings.items()}
    tax.years = dict(sorted(years.items(), reverse=True))
    tax.pairs = dict(sorted(pairs.items()))
    tax.doc_keys = {slug: [t.key for t, _ in terms] for slug, terms in tax.doc_terms.items()}
    tax.doc_focus = {slug: frozenset(t.key for t, f in terms if f) for slug, terms in tax.doc_terms.items()}
    by_term: dict[tuple[str, str], list[tuple[tuple[str, str], int]]] = defaultdict(list)
    for (c, t), docs in tax.pairs.items():
        by_term[("countries", c)].append(((c, t), len(docs)))
        by_term[("topics", t)].append(((c, t), len(docs)))
    tax.pairs_by_term = dict(by_term)
    _unique_slugs(tax)
    return tax


def _main_terms(terms: list[tuple[Term, bool]], kind: str) -> list[Term]:
    """A document's focus terms of a kind, or all of them when none is marked as focus.

    Pairs (country x topic) use these: a white paper naming 36 countries in passing is not
    about each of them and each of its topics, and would otherwise make hundreds of pairs.
    """
    of_kind = [(t, f) for t, f in terms if t.kind == kind]
    focus = [t for t, f in of_kind if f]
    return focus or [t for t, _ in of_kind]


def _unique_slugs(tax: Taxonomy) -> None:
    """Two ids that slugify alike ('C&D', 'c-d') must not share a page: suffix the later one."""
    for kind in KINDS:
        taken: set[str] = set()
        for term in sorted((t for t in tax.terms.values() if t.kind == kind.key), key=lambda t: t.id):
            slug, n = term.slug, 1
            while slug in taken or slug == "index":
                n += 1
                slug = f"{term.slug}-{n}"
            taken.add(slug)
            if slug != term.slug:
                fixed = Term(term.kind, term.id, term.name, slug, term.full_name)
                tax.terms[term.key] = fixed
                for doc_slug, pairs in tax.doc_terms.items():
                    tax.doc_terms[doc_slug] = [(fixed if t.key == term.key else t, f) for t, f in pairs]


def co_occurring(tax: Taxonomy, term: Term) -> dict[str, list[tuple[Term, int]]]:
    """Other terms that appear in the same documents, by kind, most frequent first."""
    counts: Counter = Counter()
    for posting in tax.postings.get(term.key, []):
        counts.update(tax.doc_keys[posting.doc.slug])  # Counter.update counts in C
    counts.pop(term.key, None)
    out: dict[str, list[tuple[Term, int]]] = {}
    for key, n in counts.items():
        other = tax.terms[key]
        out.setdefault(other.kind, []).append((other, n))
    for kind in out:
        out[kind].sort(key=lambda tn: (-tn[1], tn[0].name.casefold(), tn[0].id))
    return out
