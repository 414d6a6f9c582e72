"""Related documents: the closest others by shared countries, regions, topics and organisations.

Scores come from an inverted index (term -> documents), weighted by rarity (a term most
documents share says little), with focus terms counting double. Terms found in more than a
fifth of a large corpus are skipped and each posting list is read only up to a cap, so the
work per document stays bounded as the corpus grows.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from .memo import Memo, active_store
from .model import Document
from .store import stable_digest
from .taxonomy import Taxonomy, Term

MAX_RELATED = 5
MAX_POSTINGS = 500
COMMON_SHARE = 0.2
MIN_DOCS_FOR_COMMON = 50


@dataclass(frozen=True)
class Related:
    """Another document and why it is close: the terms both share, strongest first."""

    doc: Document
    score: float
    shared: tuple[Term, ...]


class RelatedMemo:
    """Related documents from the last build, reused by the next (mkdocs serve).

    A document's list depends on the documents filed under each of its terms (and whether the
    term is their focus) and, for ties, on the order of all documents: those signatures, with the
    document's own bytes, form the key. What is kept is slugs, scores and term keys; the Related
    objects are made again from this build's documents, so a retitled neighbour shows its new title.
    """

    def __init__(self) -> None:
        self._kept: Memo[tuple] = Memo("related")
        self._postings: dict[tuple[str, str], int] = {}
        self._order = 0

    def start(self, enabled: bool, tax: Taxonomy | None = None) -> None:
        self._kept.start(enabled)
        if (enabled or active_store() is not None) and tax is not None:
            # digests, not hash(): equal in the next process too (the build store keeps these keys)
            self._postings = {k: stable_digest(tuple((p.doc.slug, p.focus) for p in v)) for k, v in tax.postings.items()}
            self._order = stable_digest(tuple(d.slug for d in tax.documents))

    def related(self, tax: Taxonomy, doc: Document, limit: int = MAX_RELATED) -> list[Related]:
        if not self._kept.enabled and active_store() is None:
            return related_documents(tax, doc, limit)
        key = (doc.seed.path, doc.seed.sha256, doc.slug, limit, self._order,
               tuple((t.key, f, self._postings.get(t.key)) for t, f in tax.terms_of(doc)))
        kept = self._kept.get(key, lambda: tuple((r.doc.slug, r.score, tuple(t.key for t in r.shared))
                                                 for r in related_documents(tax, doc, limit)))
        return [Related(tax.documents[tax.position[slug]], score, tuple(tax.terms[k] for k in keys))
                for slug, score, keys in kept]


RELATED = RelatedMemo()


def related_documents(tax: Taxonomy, doc: Document, limit: int = MAX_RELATED) -> list[Related]:
    """The `limit` documents sharing most (rarity-weighted) terms with `doc`; ties by date order."""
    n_docs = max(len(tax.documents), 1)
    mine = tax.terms_of(doc)
    scores: dict[str, float] = {}
    for term, focus in mine:
        postings = tax.postings.get(term.key, [])
        df = len(postings)
        if df <= 1 or (n_docs >= MIN_DOCS_FOR_COMMON and df > COMMON_SHARE * n_docs):
            continue
        idf = math.log(1 + n_docs / df) * (2 if focus else 1)
        for posting in postings[:MAX_POSTINGS]:
            slug = posting.doc.slug
            scores[slug] = scores.get(slug, 0.0) + (idf * 2 if posting.focus else idf)
    scores.pop(doc.slug, None)
    position = tax.position
    best = heapq.nsmallest(limit, scores, key=lambda s: (-scores[s], position[s]))
    return [Related(tax.documents[position[s]], scores[s], _shared(tax, mine, tax.documents[position[s]]))
            for s in best]


def _shared(tax: Taxonomy, mine: list[tuple[Term, bool]], other: Document) -> tuple[Term, ...]:
    """The terms two documents share, the other's focus terms and rarer terms first."""
    theirs = {t.key: f for t, f in tax.terms_of(other)}
    both = [(t, f, theirs[t.key]) for t, f in mine if t.key in theirs]
    return tuple(t for t, f, g in sorted(both, key=lambda x: (-(x[1] + x[2]), len(tax.postings[x[0].key]),
                                                              x[0].name.casefold())))
