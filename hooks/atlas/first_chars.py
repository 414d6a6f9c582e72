"""A long alternation of patterns, tried only with the alternatives that can match a given text.

Python's `re` tries every branch of an alternation in turn at each position, so one fullmatch of
the hundred furniture phrases (furniture.yml) costs 20 to 40 µs on a line that is none of them;
that is paid for most lines of every document. Most phrases can start with a few letters only
("close", "Back to Index"), so `Alternation` reads from the parsed patterns which ASCII
characters each one can start with, and a line tries the phrases its first character allows
(and those that can start with anything): the same answer, about six times as fast.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Iterable

try:  # (Python 3.11 moved the parser and the compiler under re)
    from re import _compiler as _sre_compile, _constants as _C, _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

ASCII = frozenset(chr(i) for i in range(128))
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
_ONE_CHAR = {_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY}
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}


@lru_cache(maxsize=4096)
def _one_char_set(op: object, av: object, flags: int) -> frozenset[str]:
    """The ASCII characters one single-character item (a literal, a class, `.`) matches, asked
    of the regex engine itself: case folding and categories are then exactly re's."""
    state = _sre_parse.State()
    state.flags = flags
    item = _sre_parse.SubPattern(state, [(op, av)])
    test = _sre_compile.compile(item, flags).fullmatch
    return frozenset(c for c in ASCII if test(c))


def _sequence(items: Iterable[tuple[object, object]], flags: int) -> tuple[frozenset[str], bool]:
    """(first characters, whether the sequence can match the empty string)."""
    first: frozenset[str] = frozenset()
    items = list(items)
    for k, (op, av) in enumerate(items):
        if op is _C.ASSERT and av[0] == 1:
            # a look-ahead ("(?=[cl\d])comments...") says what the rest starts with, when it needs a character
            ahead, ahead_empty = _sequence(av[1], flags)
            rest, rest_empty = _sequence(items[k + 1:], flags)
            return first | (rest if ahead_empty else ahead & rest), rest_empty
        chars, empty = _item(op, av, flags)
        first |= chars
        if not empty:
            return first, False
    return first, True


def _item(op: object, av: object, flags: int) -> tuple[frozenset[str], bool]:
    if op in _ONE_CHAR:
        return _one_char_set(op, _frozen(av), flags), False
    if op is _C.SUBPATTERN:
        _, add, remove, sub = av  # (an inline flag group, "(?i:...)", changes the flags inside)
        return _sequence(sub, (flags | add) & ~remove)
    if op is _C.BRANCH:
        first, empty = frozenset(), False
        for branch in av[1]:
            chars, may_be_empty = _sequence(branch, flags)
            first, empty = first | chars, empty or may_be_empty
        return first, empty
    if op in _REPEATS:
        low, _, sub = av
        chars, empty = _sequence(sub, flags)
        return chars, empty or low == 0
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(av, flags)
    if op in _ZERO_WIDTH:  # (a look-ahead only narrows what follows: passing over it is safe)
        return frozenset(), True
    return ASCII, False  # (a back-reference, a conditional group: anything)


def _frozen(av: object) -> object:
    """A class's items as a hashable value, for the cache."""
    return tuple((op, _frozen(a) if isinstance(a, list) else a) for op, a in av) if isinstance(av, list) else av


def starts(pattern: str, flags: int = 0) -> tuple[frozenset[str], bool]:
    """(every ASCII character a non-empty match of `pattern` can start with, whether a match can
    be empty). A match can start with other characters too: `Alternation` never asks about them."""
    parsed = _sre_parse.parse(pattern, flags)
    return _sequence(list(parsed), parsed.state.flags)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str]:
    """Every ASCII character a match of `pattern` can start with: all of them when a match can be
    empty."""
    chars, empty = starts(pattern, flags)
    return ASCII if empty else chars


class Alternation:
    """`re.compile(head + "(?:a1|a2|...)" + tail, flags).fullmatch`, as a yes or no, trying only
    the alternatives that can start the text.

    Whether a text matches does not depend on the order of the alternatives, so they are split:
    those that can start with a few characters only ("close", "(back|return) to top") into one
    pattern per first character, and the wide ones ("([\\w-]+ ){1,4}logo") into one pattern
    of their own. A text starting with a character `head` can start with, or with a character
    that is not ASCII, is matched against the whole pattern.
    """

    WIDE = 8  # (an alternative that can start with more characters is tried on every text)

    def __init__(self, alternatives: Iterable[str], flags: int = 0, head: str = "", tail: str = "") -> None:
        self.alternatives = tuple(alternatives)
        self.flags, self.head, self.tail = flags, head, tail
        self.pattern = self._joined(self.alternatives)
        firsts = [first_chars(a, flags) for a in self.alternatives]
        head_starts = starts(head, flags)[0] if head else frozenset()
        wide = [a for a, f in zip(self.alternatives, firsts) if len(f) > self.WIDE]
        self._wide = re.compile(self._joined(wide), flags) if wide else None
        self._wide_chars = frozenset().union(*(f for f in firsts if len(f) > self.WIDE)) - head_starts
        # one pattern per set of narrow alternatives (the two cases of a letter share theirs),
        # compiled now: a worker process inherits them
        by_set: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._narrow: dict[str, re.Pattern[str] | None] = {}
        for c in sorted(ASCII - head_starts):
            which = tuple(i for i, f in enumerate(firsts) if c in f and len(f) <= self.WIDE)
            if which not in by_set:
                by_set[which] = re.compile(self._joined(self.alternatives[i] for i in which), flags) if which else None
            self._narrow[c] = by_set[which]

    def _joined(self, alternatives: Iterable[str]) -> str:
        return self.head + "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")" + self.tail

    @cached_property
    def whole(self) -> re.Pattern[str]:
        """The pattern with every alternative, for texts the first character does not narrow."""
        return re.compile(self.pattern, self.flags)

    def fullmatch(self, text: str) -> bool:
        first = text[:1]
        if first not in self._narrow:
            return self.whole.fullmatch(text) is not None
        narrow = self._narrow[first]
        return (narrow is not None and narrow.fullmatch(text) is not None) or (
            first in self._wide_chars and self._wide.fullmatch(text) is not None)
