"""A document's page: metadata header with links, the cleaned body, related documents, provenance.

Everything that comes from a seed or its front matter goes through `escape_inline`, so it
shows as written and can never become markup; the links are built here, from slugs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .clean import FOOTNOTES_HERE
from .escape import escape_heading, escape_inline
from .extract_spans import is_honorific
from .model import Document
from .related import Related
from .taxonomy import KINDS, Taxonomy, doc_date
from .yaml_text import front_matter_page

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MAX_REASONS = 4  # shared terms named after a related document; the strongest come first
_SAFE_URL = re.compile(r"^https?://[^\s<>()\[\]\"'`\\]+$")
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\s]+\]:", re.M)


@lru_cache(maxsize=1 << 17)
def rel(from_uri: str, to_uri: str) -> str:
    """A relative Markdown link from one page source to another ('documents/a.md' -> '../x/b.md')."""
    # posixpath.relpath calls abspath (and so os.getcwd) twice: too slow for 10^5 links
    src = from_uri.split("/")[:-1]
    dst = to_uri.split("/")
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    return "/".join([".."] * (len(src) - common) + dst[common:])


def year_uri(year: str) -> str:
    return f"years/{year}.md"


def format_date(value: str) -> str:
    """'2001-11-01' -> '1 November 2001', '2001-11' -> 'November 2001', '2001' -> '2001'."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


def date_markdown(doc: Document, from_uri: str) -> str:
    """The date linked to its year page, or 'undated'; a contributor's evidence note after it."""
    return date_link(doc_date(doc), str(doc.meta.get("date_note") or ""), from_uri)


def date_link(value: str | None, note: str, from_uri: str) -> str:
    """A date (as doc_date gives it) linked to its year page, or 'undated'; the note after it."""
    text = f"[{format_date(value)}]({rel(from_uri, year_uri(value[:4]))})" if value else "undated"
    note = " ".join(note.split())
    return f"{text} ({escape_inline(note)})" if note else text


def type_name(doc: Document) -> str:
    return str(doc.meta.get("type_name") or doc.meta.get("type") or "").strip()


def reading_time(doc: Document) -> str:
    minutes, words = doc.meta.get("reading_time"), doc.meta.get("words")
    if isinstance(minutes, (int, float)) and not isinstance(minutes, bool):
        text = f"{max(1, round(minutes))} min"
        return f"{text} ({int(words):,} words)" if isinstance(words, int) and not isinstance(words, bool) else text
    return f"{int(words):,} words" if isinstance(words, int) and not isinstance(words, bool) else ""


def source_markdown(doc: Document) -> str:
    source = " ".join(str(doc.meta.get("source") or "").split())
    url = str(doc.meta.get("url") or "").strip()
    if source and _SAFE_URL.match(url):
        return f"[{escape_inline(source)}](<{url}>)"
    if source:
        return escape_inline(source)
    return f"[original]({url})" if _SAFE_URL.match(url) else ""


def chip(label: str, target: str, focus: bool = False) -> str:
    """A link styled as a chip (attr_list); focus terms are marked in text too, not by colour alone."""
    if focus:
        return f"[{escape_inline(label)} ★]({target}){{ .atlas-chip .atlas-focus title=\"In focus\" }}"
    return f"[{escape_inline(label)}]({target}){{ .atlas-chip }}"


MAX_PEOPLE = 10  # in the card; the front matter holds them all


def people_markdown(doc: Document) -> str:
    """'Name (Role) · Name (Role)': the people the text names with a role, in text order."""
    shown = []
    people = [p for p in doc.meta.get("people") or () if isinstance(p, dict) and str(p.get("name") or "").strip()]
    for person in people[:MAX_PEOPLE]:
        name, role = (" ".join(str(person.get(k) or "").split()) for k in ("name", "role"))
        if is_honorific(role):  # "Dr." is how the text addresses them, not a role
            shown.append(escape_inline(f"{role} {name}"))
        else:
            shown.append(f"{escape_inline(name)} ({escape_inline(role)})" if role else escape_inline(name))
    if len(people) > MAX_PEOPLE:
        shown.append(f"and {len(people) - MAX_PEOPLE} more")
    return " · ".join(shown)


def header(doc: Document, tax: Taxonomy) -> str:
    """The metadata card: facts on one line, then one line of chips per kind of term."""
    me = doc.src_uri
    facts = []
    if source_markdown(doc):
        facts.append(f"**Source:** {source_markdown(doc)}")
    facts.append(f"**Date:** {date_markdown(doc, me)}")
    if type_name(doc):
        facts.append(f"**Type:** {escape_inline(type_name(doc))}")
    if reading_time(doc):
        facts.append(f"**Reading time:** {reading_time(doc)}")
    if doc.meta.get("series"):
        facts.append(f"**Series:** {escape_inline(' '.join(str(doc.meta['series']).split()))}")
    rows = [" · ".join(facts)]
    for kind in KINDS:
        terms = tax.terms_of(doc, kind.key)
        if terms:
            chips = " ".join(chip(t.name, rel(me, t.src_uri), f) for t, f in terms)
            rows.append(f"**{kind.title}:** {chips}")
    people = people_markdown(doc)
    if people:
        rows.append(f"**People:** {people}")
    year = doc_date(doc)[:4]
    if year:
        rows.append(f"**Year:** {chip(year, rel(me, year_uri(year)))}")
    return '<div class="atlas-meta" markdown>\n\n' + "\n\n".join(rows) + "\n\n</div>\n"


def related_markdown(doc: Document, related: list[Related]) -> str:
    if not related:
        return ""
    # Out of search (Material: the heading's section; Pagefind: the block): other documents'
    # titles would make this page a result for every one of them.
    lines = ['<div class="atlas-related" markdown>', "", "## Related documents { data-search-exclude }", ""]
    for r in related:
        reason = ", ".join(escape_inline(t.name) for t in r.shared[:MAX_REASONS])
        if len(r.shared) > MAX_REASONS:
            reason += f" and {len(r.shared) - MAX_REASONS} more"
        lines.append(f"- [{escape_inline(r.doc.title)}]({rel(doc.src_uri, r.doc.src_uri)}) — shares: {reason}")
    return "\n".join([*lines, "", "</div>"]) + "\n"


def provenance_markdown(doc: Document) -> str:
    seed = escape_inline(doc.seed.path)
    sha = escape_inline(str(doc.meta.get("sha256") or doc.seed.sha256))
    # a file name and a checksum: nothing a reader searches for
    return ('<div class="atlas-provenance" markdown data-search-exclude>\n\n'
            f"**Provenance:** made from the seed file {seed} · SHA-256 of its text: {sha}\n\n</div>\n")


def front_matter(doc: Document) -> dict[str, Any]:
    """The document's front matter as data, plus a description for search engines and previews."""
    meta = dict(doc.meta)
    summary = " ".join(str(meta.get("summary") or "").split())
    if summary and "description" not in meta:
        meta["description"] = summary
    # Material's search indexes front matter tags with a very high boost: the names of what the
    # document is about (its focus) make it the first result for them, above the term pages,
    # which in turn rank above documents that only mention the name.
    tags = search_tags(doc)
    if tags:
        meta["tags"] = tags
    return meta


def search_tags(doc: Document) -> list[str]:
    """Names of the document's focus countries, regions and topics, in front matter order."""
    return [str(entry["name"]) for field in ("countries", "regions", "topics")
            for entry in doc.meta.get(field) or () if isinstance(entry, dict) and entry.get("focus")]


def body_markdown(body: str) -> str:
    """The cleaned body, its footnotes placed right under it: read after the text they annotate
    (under its `Notes` heading when it ends with one), not after the related documents."""
    body = body.rstrip("\n") + "\n"
    # (else at the very end of the page, after the related documents and provenance; cleaning
    # placed them already under a `Notes` heading that other back matter follows)
    placed = FOOTNOTES_HERE in body
    return body + f"\n{FOOTNOTES_HERE}\n" if not placed and _FOOTNOTE_DEFINITION.search(body) else body


def lifted_headline(doc: Document) -> tuple[str, str]:
    """The page's h1 line and the body, the body's opening heading lifted into the h1 when it is
    the title (a headline under a masthead, read from the body's first heading): said once, and
    the h1 keeps the heading's anchor, to which index pages' quotations link."""
    h1 = f"# {escape_heading(doc.title)}\n"
    first = doc.paragraphs[0] if doc.paragraphs else None
    if first is None or first.anchor.startswith("p-") or first.text != doc.title:
        return h1, doc.body
    heading = re.compile(rf"^((?:<div [^\n]*>\n\n)?)#{{1,6}} {re.escape(escape_heading(first.text))} "
                         rf"\{{ #{re.escape(first.anchor)} \}}\n+")
    body, lifted = heading.subn(r"\1", doc.body, count=1)
    return (f"# {escape_heading(doc.title)} {{ #{first.anchor} }}\n", body) if lifted else (h1, doc.body)


def render_document_page(doc: Document, tax: Taxonomy, related: list[Related], abbreviations: str = "") -> str:
    """The whole page as Markdown with YAML front matter (made by PyYAML, never by f-strings)."""
    h1, body = lifted_headline(doc)
    parts = [h1]
    subtitle = " ".join(str(doc.meta.get("subtitle") or "").split())
    if subtitle:
        parts.append(f"*{escape_inline(subtitle)}*\n{{ .atlas-subtitle }}\n")
    parts.append(header(doc, tax))
    parts.append(body_markdown(body))
    for extra in (related_markdown(doc, related), provenance_markdown(doc)):
        if extra:
            parts.append(extra)
    if abbreviations:
        parts.append(abbreviations)
    # frontmatter.dumps(Post(body, **meta)) + "\n", the same text (tests compare them), with
    # the front matter made from reused pieces: PyYAML's representer was a third of rendering.
    return front_matter_page(front_matter(doc), "\n".join(parts).strip() + "\n")
