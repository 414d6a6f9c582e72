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
from functools import lru_cache
from typing import Iterable

from .matching import trie_pattern

import _sre

try:  # (Python 3.11 moved the parser and the compiler under re)
    from re import _compiler as _sre_compile, _constants as _C, _parser as _sre_parse
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    _EXTRA_CASES = {}

ASCII = frozenset(chr(i) for i in range(128))
# In a set of first characters, "some character beyond ASCII that the set does not name": a
# class as "\\w" or "[^x]" can start with thousands of them; a literal "▲" is named.
OTHER = ""
EVERY = ASCII | {OTHER}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
_ONE_CHAR = {_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY}
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_FOLDED_ASCII = frozenset("iksIKS")  # (ignoring case, re matches these with letters beyond ASCII too)


def _beyond_ascii(op: object, av: object, icase: bool) -> frozenset[str]:
    """The characters beyond ASCII a single-character item can match: the literals it names,
    and OTHER when it may match more (a category, a range, a negated class, a cased letter
    ignoring case)."""
    if op is _C.LITERAL:
        c = chr(av)
        if icase and (c in _FOLDED_ASCII or (av >= 128 and c.lower() != c.upper())):
            return frozenset({c, OTHER}) if av >= 128 else frozenset({OTHER})
        return frozenset({c}) if av >= 128 else frozenset()
    if op is _C.IN:
        out: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                out |= _beyond_ascii(o, a, icase)
            elif o is _C.RANGE and a[1] < 128 and not (icase and any(a[0] <= ord(x) <= a[1] for x in _FOLDED_ASCII)):
                continue
            else:  # (a category, a range reaching beyond ASCII, a negated class)
                out.add(OTHER)
        return frozenset(out)
    return frozenset({OTHER})  # ("." and [^x])


@lru_cache(maxsize=4096)
def _one_char_set(op: object, av: object, flags: int) -> frozenset[str]:
    """The characters one single-character item (a literal, a class, `.`) can match: the ASCII
    ones asked of the regex engine itself (case folding and categories are then exactly re's),
    and those beyond (see _beyond_ascii)."""
    state = _sre_parse.State()
    state.flags = flags
    item = _sre_parse.SubPattern(state, [(op, av)])
    test = _sre_compile.compile(item, flags).fullmatch
    return frozenset(c for c in ASCII if test(c)) | _beyond_ascii(op, av, bool(flags & re.IGNORECASE))


def _both(ahead: frozenset[str], rest: frozenset[str]) -> frozenset[str]:
    """What a look-ahead and what follows it both allow (OTHER stands for unnamed characters)."""
    both = ahead & rest
    if OTHER in ahead:
        both |= {c for c in rest if ord(c[:1] or "a") >= 128}
    if OTHER in rest:
        both |= {c for c in ahead if ord(c[:1] or "a") >= 128}
    return both


def _sequence(items: Iterable[tuple[object, object]], flags: int) -> tuple[frozenset[str], bool]:
    """(first characters, whether the sequence can match the empty string)."""
    first: frozenset[str] = frozenset()
    items = list(items)
    for k, (op, av) in enumerate(items):
        if op is _C.ASSERT and av[0] == 1:
            # a look-ahead ("(?=[cl\d])comments...") says what the rest starts with, when it needs a character
            ahead, ahead_empty = _sequence(av[1], flags)
            rest, rest_empty = _sequence(items[k + 1:], flags)
            return first | (rest if ahead_empty else _both(ahead, rest)), rest_empty
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
    return EVERY, False  # (a back-reference, a conditional group: anything)


def _frozen(av: object) -> object:
    """A class's items as a hashable value, for the cache."""
    return tuple((op, _frozen(a) if isinstance(a, list) else a) for op, a in av) if isinstance(av, list) else av


def starts(pattern: str, flags: int = 0) -> tuple[frozenset[str], bool]:
    """(every character a non-empty match of `pattern` can start with, whether a match can be
    empty); OTHER among them stands for characters beyond ASCII it does not name."""
    parsed = _sre_parse.parse(pattern, flags)
    return _sequence(list(parsed), parsed.state.flags)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str]:
    """Every character a match of `pattern` can start with (OTHER standing for characters beyond
    ASCII it does not name): all of them when a match can be empty."""
    chars, empty = starts(pattern, flags)
    return EVERY if empty else chars


# A requirement: one of these strings, in small letters, is in every text the pattern matches
# once the text is in small letters too.
Requirement = frozenset[str]


def _uncased(code: int) -> bool:
    """A character a requirement may hold: one whose small letter is itself or, in ASCII, the one
    str.lower gives everywhere (a cased letter beyond ASCII may have another: "Σ" is "ς" at a
    word's end), and that matches no other character ignoring case but its ASCII twin."""
    c = chr(code)
    return code < 128 or c.lower() == c.upper() == c


def _best(candidates: list[Requirement]) -> Requirement | None:
    """The most telling requirement: the one whose shortest string is longest, then the fewest."""
    return max(candidates, key=lambda r: (min(len(t) for t in r), -len(r)), default=None)


def _needs_sequence(items: list[tuple[object, object]], flags: int) -> Requirement | None:
    candidates: list[Requirement] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _C.LITERAL and _uncased(av):
            run.append(chr(av).lower())
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        need = _needs_item(op, av, flags) if op is not None else None
        if need:
            candidates.append(need)
    return _best(candidates)


_FEW = 4  # (a class of more characters than this is no requirement worth a test)


def _needs_item(op: object, av: object, flags: int) -> Requirement | None:
    if op is _C.SUBPATTERN:
        _, add, remove, sub = av
        return _needs_sequence(list(sub), (flags | add) & ~remove)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _needs_sequence(list(av), flags)
    if op is _C.BRANCH:
        needs = [_needs_sequence(list(branch), flags) for branch in av[1]]
        return frozenset().union(*needs) if all(needs) else None
    if op in _REPEATS:
        low, _, sub = av
        return _needs_sequence(list(sub), flags) if low >= 1 else None
    if op is _C.IN and len(av) <= _FEW and all(o is _C.LITERAL and _uncased(a) for o, a in av):
        return frozenset(chr(a).lower() for _, a in av)
    return None


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
# the letters re matches with another ASCII one ignoring case besides its own cases ("ſ", "ı")
_EXTRA_FOLDS = frozenset(chr(c) for k, v in _EXTRA_CASES.items() if k < 128 for c in v if c >= 128)


def _folds_onto_ascii(text: str) -> bool:
    """Whether `text` holds a letter re matches with an ASCII one ignoring case ("K", the Kelvin
    sign, is a "k"; "ſ" an "s"): such a text is not told by its words in small letters."""
    return any(c in _EXTRA_FOLDS or _sre.unicode_tolower(ord(c)) < 128 for c in set(_BEYOND_ASCII.findall(text)))


def required(pattern: str, flags: int = 0) -> Requirement | None:
    """Strings one of which every text that `pattern` matches holds, in small letters, as far
    as the pattern shows it (its literal words, a small class of characters); None when it
    shows none. Holds for texts without the few letters re folds onto ASCII ones ignoring case
    ("ſ" is an "s"; see _folds_onto_ascii)."""
    parsed = _sre_parse.parse(pattern, flags)
    return _needs_sequence(list(parsed), parsed.state.flags)


def _may_start(chars: frozenset[str], c: str) -> bool:
    """Whether a text starting with `c` may start a match whose first characters are `chars`."""
    return c in chars or (OTHER in chars and not c.isascii())


class Alternation:
    """`re.compile(head + "(?:a1|a2|...)" + tail, flags).fullmatch`, as a yes or no, trying only
    the alternatives that can start the text.

    Whether a text matches does not depend on the order of the alternatives, so they are split:
    those that can start with a few characters only ("close", "(back|return) to top", "■")
    into one pattern per first character; of the wide ones ("([\\w-]+ ){1,4}logo"), those that
    need a word ("logo") are each tried when the text holds it, the others in one pattern. A
    text starting with a character `head` can start with is matched against the whole pattern.
    """

    WIDE = 8  # (an alternative that can start with more characters is tried on every text)

    def __init__(self, alternatives: Iterable[str], flags: int = 0, head: str = "", tail: str = "",
                 whole: re.Pattern[str] | None = None) -> None:
        self.alternatives = tuple(alternatives)
        self.flags, self.head, self.tail = flags, head, tail
        self.pattern = self._joined(self.alternatives)
        # (compiled now, as the others below, so that worker processes inherit it; `whole` may be
        # a pattern that matches more, which the caller tries anyway)
        self.whole = whole or re.compile(self.pattern, flags)
        firsts = [first_chars(a, flags) for a in self.alternatives]
        self._head = starts(head, flags)[0] if head else frozenset()
        wide = [(a, f) for a, f in zip(self.alternatives, firsts) if len(f & ASCII) > self.WIDE]
        needs = [required(a, flags) for a, _ in wide]
        ungated = [(a, f) for (a, f), need in zip(wide, needs) if not need]
        self._wide = re.compile(self._joined(a for a, _ in ungated), flags) if ungated else None
        self._wide_chars = frozenset().union(*(f for _, f in ungated))
        # The wide ones that need a word ("logo", "opens ... new tab", the ">" of a breadcrumb)
        # are tried alone, when the text holds it; one pattern finds the words a text holds.
        self._gated = [(f, re.compile(self._joined([a]), flags)) for (a, f), need in zip(wide, needs) if need]
        words = sorted({w for need in needs if need for w in need}, key=lambda w: (-len(w), w))
        self._scan = re.compile(trie_pattern(words)) if words else None
        self._needing = {w: tuple(k for k, need in enumerate(n for n in needs if n) if any(x in w for x in need))
                         for w in words}
        # One pattern per set of narrow alternatives (the two cases of a letter share theirs),
        # compiled now: a worker process inherits them. OTHER's is for the characters beyond
        # ASCII no alternative names.
        narrow = [(i, f) for i, f in enumerate(firsts) if len(f & ASCII) <= self.WIDE]
        by_set: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._narrow: dict[str, re.Pattern[str] | None] = {}
        for c in sorted(ASCII.union(*firsts)):
            if c in self._head or (OTHER in self._head and not c.isascii()):
                continue  # (the whole pattern's: `head` may start there; OTHER's too when it can start unnamed)
            which = tuple(i for i, f in narrow if _may_start(f, c) or (c == OTHER and OTHER in f))
            if which not in by_set:
                by_set[which] = re.compile(self._joined(self.alternatives[i] for i in which), flags) if which else None
            self._narrow[c] = by_set[which]

    def _joined(self, alternatives: Iterable[str]) -> str:
        return self.head + "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")" + self.tail

    def fullmatch(self, text: str) -> bool:
        first = text[:1]
        # (a character `head` can start with is never a key; an ASCII one always is otherwise)
        key = first if first in self._narrow or first.isascii() or first in self._head else OTHER
        if not first or key not in self._narrow:
            return self.whole.fullmatch(text) is not None
        narrow = self._narrow[key]
        if narrow is not None and narrow.fullmatch(text) is not None:
            return True
        if self._wide is not None and _may_start(self._wide_chars, first) and self._wide.fullmatch(text) is not None:
            return True
        if self._scan is None:
            return False
        if not text.isascii() and _folds_onto_ascii(text):  # (see `required`)
            return any(_may_start(chars, first) and p.fullmatch(text) is not None for chars, p in self._gated)
        return any(_may_start(self._gated[k][0], first) and self._gated[k][1].fullmatch(text) is not None
                   for k in sorted(self._needed(text.lower())))

    def _needed(self, lower: str) -> set[int]:
        """The gated alternatives whose words `lower` holds. The search goes on from the place
        after each word found, not after its end, so no word is passed over; at one place the
        longest word is found (trie_pattern), and the words it holds count."""
        found: set[int] = set()
        m = self._scan.search(lower)
        while m is not None:
            found.update(self._needing[m.group()])
            m = self._scan.search(lower, m.start() + 1)
        return found
