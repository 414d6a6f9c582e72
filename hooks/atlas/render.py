"""Rendering documents and index pages to Markdown (walking-skeleton version)."""

from __future__ import annotations

import frontmatter

from .escape import escape_inline
from .model import Corpus, Document

HOME_MARKER = "<!-- atlas:documents -->"


def render_document(doc: Document) -> str:
    """A document page: YAML front matter (made by python-frontmatter) and the cleaned body."""
    body = f"# {escape_inline(doc.title)}\n\n{doc.body}"
    post = frontmatter.Post(body, **doc.meta)
    return frontmatter.dumps(post, sort_keys=False, allow_unicode=True) + "\n"


def render_document_list(corpus: Corpus, base: str = "") -> str:
    """A Markdown list linking every document, in corpus order."""
    lines = [f"- [{escape_inline(d.title)}]({base}{d.src_uri})" for d in corpus.documents]
    return "\n".join(lines) + "\n"


def render_pages(corpus: Corpus) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/ (src_uri)."""
    return {doc.src_uri: render_document(doc) for doc in corpus.documents}
