"""Where each page comes from: edit links to the seed file, the source text as received, and
error pages that stand in for a seed that could not be built.

Pages made here, keyed by src_uri (all generated, none written to docs/):
- `documents/<slug>/source.md`: the seed's text exactly as received (front matter included),
  escaped inside <pre>, with its file name, size and SHA-256; excluded from search, since the
  document page already holds the text.
- `documents/<slug>/source.txt`: the file itself, byte for byte, to download.
- `documents/<slug>.md` for a rejected seed: what is wrong and how to fix it, in place of the
  document, so that `mkdocs serve` shows the contributor the problem where the page was
  (nothing is lost), while `mkdocs build --strict` fails on the logged error.
"""

from __future__ import annotations

import html
import posixpath
from urllib.parse import quote, urlsplit, urlunsplit

from .escape import escape_inline
from .memo import Memo
from .model import Corpus, Document, Rejected
from .yaml_text import front_matter_page


def source_uri(slug: str) -> str:
    return f"documents/{slug}/source.md"


def raw_uri(slug: str) -> str:
    return f"documents/{slug}/source.txt"


def edit_uri(seed_path: str, docs_dir: str = "docs") -> str:
    """The seed's path relative to the docs folder, URL-quoted.

    MkDocs joins `edit_uri` (which points at docs/ in the repository) with File.edit_uri, and
    resolves '..': "edit/main/docs/" + "../seeds/a b.txt" -> "edit/main/seeds/a%20b.txt".
    """
    return quote(posixpath.relpath(seed_path, docs_dir))


def resolve_dots(url: str) -> str:
    """An edit URL with '..' resolved ("edit/main/docs/../seeds/x" -> "edit/main/seeds/x").

    MkDocs joins a full `edit_uri` with the file's path as it is, dots included.
    """
    parts = urlsplit(url)
    if "/.." not in parts.path:
        return url
    path = posixpath.normpath(parts.path) + ("/" if parts.path.endswith("/") else "")
    return urlunsplit(parts._replace(path=path))


def as_received(raw: bytes) -> str:
    """The file's text for display: decoded, nothing else changed but line ends."""
    return raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def source_page(doc: Document) -> str:
    """The seed's whole text, escaped so it shows literally, with what identifies the file."""
    name = doc.seed.path.rsplit("/", 1)[-1]
    body = "\n".join([
        f"# Source text: {escape_inline(doc.title)}",
        "",
        f"The file `{name.replace('`', '')}` exactly as it was received ({len(doc.seed.raw):,} bytes, "
        f"SHA-256 `{doc.seed.sha256}`), front matter included. "
        f"[Back to the document](../{doc.slug}.md) · [Download the file](source.txt)",
        "",
        f'<pre class="atlas-source">{html.escape(as_received(doc.seed.raw), quote=False)}</pre>',
        "",
    ])
    return front_matter_page({"title": f"Source text: {doc.title}", "search": {"exclude": True}}, body)


def raw_copy(doc: Document) -> str:
    """The file's bytes as a str that MkDocs writes back as the same UTF-8 bytes."""
    return doc.seed.raw.decode("utf-8")


def error_page(rejected: Rejected) -> str:
    """A page in place of a seed that could not be built: each problem, and how to fix it."""
    lines = [f"# Not built: {escape_inline(rejected.path)}", "",
             '!!! failure "This document could not be built"', "",
             f"    The seed file `{rejected.path.replace('`', '')}` has problems, listed below. The rest of "
             "the site is built as usual; `mkdocs build --strict` and `python -m atlas check` fail until "
             "they are fixed. Save the file and this page becomes the document again.", ""]
    for problem in rejected.problems:
        where = escape_inline(problem.location())
        fix = f" **Fix:** {escape_inline(problem.hint)}" if problem.hint else ""
        lines.append(f"- `{where.replace('`', '')}` {problem.severity}: {escape_inline(problem.message)}{fix}")
    return front_matter_page({"title": f"Not built: {rejected.path}", "search": {"exclude": True}}, "\n".join(lines) + "\n")


# Source pages of the last build, by seed path, bytes and slug (mkdocs serve; see memo.Memo).
SOURCE_PAGES: Memo[str] = Memo("source-pages")


def provenance_pages(corpus: Corpus) -> dict[str, str]:
    """Source pages and raw copies of every document, and error pages of rejected seeds."""
    pages: dict[str, str] = {}
    for doc in corpus.documents:
        key = (doc.seed.path, doc.seed.sha256, doc.slug, doc.title)
        pages[source_uri(doc.slug)] = SOURCE_PAGES.get(key, lambda: source_page(doc))
        pages[raw_uri(doc.slug)] = raw_copy(doc)
    for rejected in corpus.rejected:
        pages[rejected.src_uri] = error_page(rejected)
    return dict(sorted(pages.items()))


def page_seeds(corpus: Corpus) -> dict[str, str]:
    """Seed file behind each generated page that has one (for its "edit" link)."""
    seeds: dict[str, str] = {}
    for doc in corpus.documents:
        for uri in (doc.src_uri, source_uri(doc.slug)):
            seeds[uri] = doc.seed.path
    for rejected in corpus.rejected:
        seeds[rejected.src_uri] = rejected.path
    return seeds


def provenance_links(slug: str, edit_url: str | None) -> str:
    """The links under a document: edit its seed file, and view the text as received."""
    links = []
    if edit_url:
        links.append(f"[Edit this document](<{edit_url}>)")
    links.append(f"[View source text]({slug}/source.md)")
    return '\n\n<div class="atlas-source-links" markdown>\n\n' + " · ".join(links) + "\n\n</div>\n"
