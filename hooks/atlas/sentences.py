"""Where a sentence ends: a full stop after an abbreviation ("Mr. Ueno", "Nov. 27") or an initial
("Joseph R. Biden") ends none. The abbreviations are data (furniture.yml, `abbreviations`)."""

from __future__ import annotations

import re
from collections.abc import Collection

# The word before a stop, its inner stops with it ("U.S."), closing quotes and brackets after it.
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]?[\"'\u201d\u2019)\]]*$")
_REACH = 40  # characters looked back for that word


def after_abbreviation(text: str, stop_end: int, abbreviations: Collection[str]) -> bool:
    """Whether the stop that ends at `stop_end` (its closing quotes and brackets aside) follows an
    abbreviation or an initial, so that no sentence ends there."""
    # (read back by hand rather than by _WORD_BEFORE: a regex searched 40 characters back tries
    # each of them as a start, and this runs at every stop of every text, 0.1 ms per document)
    lo, end = max(0, stop_end - _REACH), stop_end
    while end > lo and text[end - 1] in _CLOSERS:
        end -= 1
    if end > lo and text[end - 1] in "!?":
        end -= 1
    start = end
    while start > lo and (text[start - 1] == "." or _word_char(text[start - 1])):
        start -= 1
    if start == lo and lo > 0:  # (a run longer than the reach: what the pattern finds there)
        found = _WORD_BEFORE.search(text, lo, stop_end)
        word = found.group(1).rstrip(".") if found else ""
    else:
        word = text[start:end].rstrip(".")
    return word in abbreviations or (len(word) == 1 and "A" <= word <= "Z")


_CLOSERS = frozenset("\"'\u201d\u2019)]")


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_" or (not c.isascii() and _WORD.match(c) is not None)


_WORD = re.compile(r"\w")
