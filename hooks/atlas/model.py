"""The data model shared by every pipeline stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]  # info: a notice, never fails a build


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, located well enough for a contributor to fix it."""

    path: str
    message: str
    hint: str = ""
    line: int | None = None
    column: int | None = None
    severity: Severity = "error"

    def location(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def format(self) -> str:
        text = f"{self.location()}: {self.severity}: {self.message}"
        if self.hint:
            text += f" Fix: {self.hint}"
        return text


class SeedError(Exception):
    """Raised by a stage when a seed cannot go further; carries its located problems."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Seed:
    """A source document as received: its bytes, decoded text and contributor overrides."""

    path: str  # relative to the project root, with forward slashes: "seeds/000_x.txt"
    raw: bytes
    text: str  # body text: decoded, BOM stripped, LF line ends, NFC; front matter removed
    overrides: dict[str, Any] = field(default_factory=dict)
    body_start_line: int = 1  # line in the file where `text` starts (1-based)
    override_lines: dict[str, int] = field(default_factory=dict)  # front matter key -> file line
    sha256: str = ""

    @property
    def stem(self) -> str:
        return self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


@dataclass(frozen=True)
class Paragraph:
    """A block of the cleaned body with a stable anchor, for keyword-in-context links."""

    anchor: str  # HTML id, e.g. "p-3"
    text: str  # plain text (unescaped) of the block


@dataclass(frozen=True)
class Cleaned:
    """What cleaning makes of a seed's text: Markdown body plus what it lifted out of it."""

    body: str  # Markdown, escaped, without the title line
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None  # a line stating the publication date, as written
    source_lines: tuple[str, ...] = ()  # bylines / publisher lines removed from the body
    series: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    removed: tuple[str, ...] = ()  # furniture lines removed, for fidelity accounting
    menu: tuple[str, ...] = ()  # the site's menu over the title: removed, and no cue of the document's kind
    related: tuple[str, ...] = ()  # other pages' headlines closing it ("Related Articles"): removed, no cue either
    bylines: tuple[str, ...] = ()  # a writer's bare name (and job) over the date: a writer, not the source
    addresses: tuple[str, ...] = ()  # a body's address under the text, a line each: no mention of a place
    post_age: str = ""  # a social post's age under its writer's name ("3w • Edited • 🌐"): the text is a post
    accounts: tuple[str, ...] = ()  # a channel's name over its count of subscribers ("JICA Channel"): removed, the publisher


@dataclass
class Document:
    """A seed made into a page: validated front matter plus cleaned Markdown body."""

    seed: Seed  # as received, its decoded `text` emptied once made into `body` (its bytes stay)
    slug: str
    meta: dict[str, Any]
    body: str
    paragraphs: tuple[Paragraph, ...] = ()
    problems: tuple[Problem, ...] = ()  # warnings and notices that did not stop the document
    # Keyword in context, found where the document is made: term key -> its sentences (atlas.kwic)
    snippets: dict[tuple[str, str], tuple] | None = None

    @property
    def src_uri(self) -> str:
        return f"documents/{self.slug}.md"

    @property
    def url(self) -> str:
        return f"documents/{self.slug}/"

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or self.slug)


@dataclass
class Rejected:
    """A seed that could not become a document: kept so serve can show why (nothing is lost)."""

    path: str  # "seeds/x.txt"
    slug: str  # the address its page has (or would have), for an error page in its place
    problems: list[Problem] = field(default_factory=list)

    @property
    def src_uri(self) -> str:
        return f"documents/{self.slug}.md"


@dataclass
class Corpus:
    """Every document that made it through, and every problem found on the way."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]
