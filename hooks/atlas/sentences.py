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
    found = _WORD_BEFORE.search(text, max(0, stop_end - _REACH), stop_end)
    word = found.group(1).rstrip(".") if found else ""
    return word in abbreviations or (len(word) == 1 and "A" <= word <= "Z")
