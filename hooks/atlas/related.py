"""Related documents: the closest others by shared countries, regions, topics and organisations.

Scores come from an inverted index (term -> documents), weighted by rarity (a term most
documents share says little), with focus terms counting double. Terms found in more than a
fifth of a large corpus are skipped and each posting list is read only up to a cap, so the
work per document stays bounded as the corpus grows.
"""

from __future__ import annotations

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
    scores: dict[str, float] = {}
    shared: dict[str, list[tuple[float, Term]]] = {}
    others: dict[str, Document] = {}
    for term, focus in tax.terms_of(doc):
        postings = tax.postings.get(term.key, [])
        df = len(postings)
        if df <= 1 or (n_docs >= MIN_DOCS_FOR_COMMON and df > COMMON_SHARE * n_docs):
            continue
        idf = math.log(1 + n_docs / df)
        for posting in postings[:MAX_POSTINGS]:
            other = posting.doc
            if other.slug == doc.slug:
                continue
            w = idf * (2 if focus else 1) * (2 if posting.focus else 1)
            scores[other.slug] = scores.get(other.slug, 0.0) + w
            shared.setdefault(other.slug, []).append((w, term))
            others[other.slug] = other
    position = tax.position
    best = sorted(scores, key=lambda s: (-round(scores[s], 9), position.get(s, 0)))[:limit]
    return [Related(others[s], scores[s],
                    tuple(t for _, t in sorted(shared[s], key=lambda wt: (-wt[0], wt[1].name.casefold()))))
            for s in best]
