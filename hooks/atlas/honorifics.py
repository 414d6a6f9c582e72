"""The honorifics that address a person before the name ("Dr", "Shri", "H.E."): one list, in
people.yml, read by cleaning (lines that each open with one are a list of people) and by
extraction (never part of a name, never a role, and enough to read the words after it as one).
"""

from __future__ import annotations

import re
from typing import Any

from .matching import trie_pattern

# One honorific as people.yml writes it: capitalised words, each with its stop or not (or its
# apostrophe: "Dato'"), a space or nothing between them ("Dr", "H.E.", "Assoc. Prof", "Dato' Sri").
_ENTRY = re.compile(r"[A-Z][a-z]*['’]?\.?(?: ?[A-Z][a-z]*['’]?\.?)*")


def honorific_words(data: Any) -> list[str]:
    """people.yml's `honorifics`, checked: ValueError naming the first entry that is no honorific."""
    words = (data or {}).get("honorifics", []) if isinstance(data, dict) else []
    if not isinstance(words, list):
        raise ValueError("people.yml: honorifics: expected a list of honorifics, e.g. [Mr, Dr, H.E.]")
    bad = next((w for w in words if not _ENTRY.fullmatch(str(w))), None)
    if bad is not None:
        raise ValueError(f"people.yml: honorifics: {bad!r} is not an honorific (capitalised words, "
                         "each with its stop or not, e.g. Dr, H.E., Assoc. Prof)")
    return [str(w) for w in words]


def honorific_alternation(words: list[str]) -> str:
    """A regex group matching any of `words` without its last stop (the caller adds `\\.?`),
    the longest first; a stop inside may be followed by a space ("H.E." and "H. E.")."""
    forms = {w.rstrip(".") for w in words}
    if not forms:
        return "(?!)"
    # A trie (common prefixes shared: "Mr", "Mrs", "Ms", "Mx") tries one branch per character. Its
    # characters are escaped one by one, so a stop is `\.` and a space `\ ` in it, and nothing else.
    return "(?:" + trie_pattern(forms).replace(r"\.", r"\.\s?").replace(r"\ ", r"\s+") + ")"
