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

from .model import Document
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
