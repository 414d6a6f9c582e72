"""The glossary: acronyms the documents define, who defines and uses them, hover abbreviations.

Abbreviations are added to a page as Markdown `*[DX]: Digital transformation` lines (the
`abbr` extension), only for the acronyms that page's text contains, found by one token scan.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .matching import starts_with, trie_pattern
from .memo import Memo
from .model import Document

# What the abbr extension can take as a key: no brackets or backslashes, no spaces.
_ABBR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&./-]*[A-Za-z0-9]$")


@dataclass
class Acronym:
    """One acronym: its expansions (with how many documents give each) and its documents."""

    abbr: str
    expansions: Counter = field(default_factory=Counter)
    defined_in: list[Document] = field(default_factory=list)
    used_in: list[Document] = field(default_factory=list)

    @property
    def expansion(self) -> str:
        """The expansion most documents give; ties alphabetically, so it never changes at random."""
        return sorted(self.expansions.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    @property
    def anchor(self) -> str:
        return "abbr-" + re.sub(r"[^a-z0-9]+", "-", self.abbr.lower()).strip("-")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def document_acronyms(doc: Document) -> list[tuple[str, str]]:
    """(abbr, expansion) pairs from the document's front matter that can be shown safely."""
    out = []
    for entry in doc.meta.get("acronyms") or []:
        if not isinstance(entry, dict):
            continue
        abbr = _one_line(entry.get("abbr") or "")
        expansion = _one_line(entry.get("expansion") or "")
        if _ABBR.match(abbr) and expansion and abbr != expansion:
            out.append((abbr, expansion))
    return out


_EDGE = "\\\"'“”‘’()[]{}<>*_|`,;:!?…"


def tokens(text: str) -> set[str]:
    """Word-like tokens of a text, keeping inner '-', '&', '.', '/' (ISDB-T, R&D, U.S.).

    str.split and strip run in C: several times faster than a regex over a whole page.
    """
    found: set[str] = set()
    for word in set(text.split()):
        if word.islower():  # acronyms carry a capital ("DX", "e-JUST", "iGEM"): most words do not
            continue
        word = word.strip(_EDGE)
        found.add(word)
        found.add(word.rstrip("."))  # sentence end: "DX." -> "DX" (and "U.S." stays too)
        if "-" in word or "/" in word:  # "ISDB-T-based" holds ISDB-T; "DX/AI" holds both
            parts = word.replace("/", "-").split("-")
            found.update("-".join(parts[:i]) for i in range(1, len(parts)))
            found.update(p.strip(_EDGE + ".") for p in parts)
    found.discard("")
    return found


def document_tokens(doc: Document) -> set[str]:
    text = " ".join(p.text for p in doc.paragraphs) or doc.body
    return tokens(text) | tokens(doc.title)


def build_glossary(documents: list[Document], token_memo: Memo[set] | None = None) -> dict[str, Acronym]:
    """Every defined acronym, sorted case-insensitively; documents in the order given.

    `token_memo` (kept by mkdocs serve) spares scanning an unchanged document's text again.
    """
    glossary: dict[str, Acronym] = {}
    for doc in documents:
        seen: set[str] = set()  # by abbr: `doc in list` would compare whole Documents, quadratically
        for abbr, expansion in document_acronyms(doc):
            if abbr in seen:
                continue
            seen.add(abbr)
            entry = glossary.setdefault(abbr, Acronym(abbr))
            entry.defined_in.append(doc)
            entry.expansions[expansion] += 1
    for doc in documents:
        key = (doc.seed.path, doc.seed.sha256)
        found = token_memo.get(key, lambda: document_tokens(doc)) if token_memo is not None else document_tokens(doc)
        for abbr in sorted(found & glossary.keys()):
            glossary[abbr].used_in.append(doc)
    return dict(sorted(glossary.items(), key=lambda kv: (kv[0].casefold(), kv[0])))


def hoverable(abbr: str) -> bool:
    """Whether the abbr extension can find it in escaped text: '&' is an entity there (R&amp;D)."""
    return "&" not in abbr


_BEFORE = re.escape(_EDGE + "-/")
_AFTER = re.escape(_EDGE + "-/.")


@lru_cache(maxsize=8)  # one pattern per glossary; serve rebuilds mostly see the same one
def _acronym_pattern(abbrs: tuple[str, ...]) -> re.Pattern:
    """An acronym standing alone: between spaces, brackets, quotes, '-' or '/', or before a full
    stop, as `tokens` reads words, but also inside Markdown link text ("[E-JUST](...)"), which
    splitting a page at spaces misses. One compiled trie: no page is split into words."""
    return re.compile(rf"{starts_with(abbrs)}(?<![^\s{_BEFORE}])(?:{trie_pattern(abbrs)})(?![^\s{_AFTER}])")


def abbreviation_lines(text: str, glossary: dict[str, Acronym]) -> str:
    """`*[ABBR]: expansion` lines for the glossary acronyms that occur in `text` ('' if none)."""
    # tokens() skips words in lower case, so an all-lower-case "acronym" is never shown
    shown = tuple(sorted(a for a in glossary if hoverable(a) and not a.islower()))
    found = set(_acronym_pattern(shown).findall(text)) if shown else set()
    present = sorted(found, key=lambda a: (a.casefold(), a))
    return "".join(f"*[{a}]: {glossary[a].expansion}\n" for a in present)


def append_abbreviations(markdown: str, glossary: dict[str, Acronym]) -> str:
    """The page with its abbreviation definitions appended (hover titles in the text)."""
    return with_abbreviations(markdown, abbreviation_lines(markdown, glossary))


def with_abbreviations(markdown: str, lines: str) -> str:
    """The page with abbreviation definition lines (from abbreviation_lines) appended."""
    return markdown.rstrip("\n") + "\n\n" + lines if lines else markdown
