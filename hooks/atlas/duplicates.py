"""Finding the same document added twice, or nearly so, by comparing cleaned texts.

Exact duplicates (the same words after cleaning, whatever the spacing, line breaks or
furniture around them) are errors: a second page with the same text is never wanted, and the
fix is plain (delete one file). Near-duplicates (most of the text shared: the same wire story
from two outlets, a corrected re-issue, a chapter inside a longer excerpt) are warnings: a
person has to decide whether both belong on the site. A contributor who decides they do says
so with `near_duplicate_of: <file>` in the front matter, and the warning goes away.

Speed: no pair of full texts is compared blindly. Each text becomes a set of word 5-grams
("shingles"); a deterministic sample of them (hash mod SAMPLE == 0) goes into an inverted
index. Each text then looks up only its ANCHORS rarest sampled shingles that some other text
also has: a near-duplicate holds most of the text, so it holds those too, and rare shingles
have short postings even in a corpus of look-alike texts. Only texts found under at least half
of the anchors are compared on their full shingle sets. Cost grows with the corpus' length,
not with its number of pairs (10,000 synthetic seeds of ~950 words: ~11 s of CPU).
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence

from .model import Problem

SHINGLE = 5  # words per shingle: long enough that shared shingles mean shared sentences
SAMPLE = 8  # keep one shingle hash in SAMPLE for the candidate index
NEAR = 0.8  # share of the shorter text's shingles found in the other: "most of the text"
ANCHORS = 8  # a text's rarest sampled shingles (found in 2+ texts) that look for its near-duplicates
MAX_POSTING = 1000  # a sampled shingle in more documents than this is boilerplate, not evidence
ACK_KEY = "near_duplicate_of"  # front matter key: "I know, keep both"

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The text's words, case-folded: spacing, punctuation and line breaks do not count."""
    return _WORD.findall(text.casefold())


def fingerprint(text: str) -> str:
    """Same fingerprint <=> same words in the same order."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def shingle_hashes(word_ids: Sequence[int], size: int = SHINGLE) -> set[int]:
    """Hashes of every run of `size` words (the whole text if shorter).

    Words are small integers and tuples of integers hash the same in every process
    (unlike str), so the sample below is deterministic without a slower hash function.
    """
    if len(word_ids) < size:
        return {hash(tuple(word_ids))} if word_ids else set()
    return set(map(hash, zip(*(word_ids[i:] for i in range(size)))))  # map: the loop runs in C


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller set found in the other (1.0: one text is inside the other)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def _acknowledged(path: str, other: str, acks: dict[str, set[str]]) -> bool:
    """True when either file's front matter names the other as a known near-duplicate."""
    def named(p: str, q: str) -> bool:
        names = acks.get(p, set())
        return q in names or q.rsplit("/", 1)[-1] in names
    return named(path, other) or named(other, path)


class _WordIds(dict):
    """word -> CRC-32 of its UTF-8 bytes, computed once per word: the same number for the same
    word in every process and whatever other texts were read first, so a text's shingles
    depend on that text alone (and can be kept between serve rebuilds)."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_WORD_IDS = _WordIds()
# Word ids as 4-byte machine integers: a list of them made here shares one int object per word,
# but one that comes back from a worker process or the build store would hold a new 28-byte
# int per word (260 MB more at 10,000 documents).
_ID_TYPE = "I" if array("I").itemsize >= 4 else "L"
TextPrint = tuple[str, Sequence[int], set[int]]  # words' digest, word ids, sampled shingle hashes


def text_print(text: str) -> TextPrint:
    """What duplicate detection needs from one text."""
    ws = words(text)
    key = hashlib.sha256(" ".join(ws).encode("utf-8")).hexdigest()
    ids = array(_ID_TYPE, map(_WORD_IDS.__getitem__, ws))
    return key, ids, {h for h in shingle_hashes(ids) if h % SAMPLE == 0}


def find_duplicates(texts: Sequence[tuple[str, str]],
                    acknowledged: dict[str, Iterable[str]] | None = None,
                    near: float = NEAR, memo: dict[str, TextPrint] | None = None) -> list[Problem]:
    """Problems for exact (error) and near (warning) duplicates among (path, cleaned text) pairs.

    Each problem is on the later file of the pair (in the given order) and names both files.
    `memo` (text -> its print, kept by mkdocs serve) spares re-reading unchanged texts; it is
    left holding the texts of this call only.
    """
    acks = {p: {str(v) for v in vs} for p, vs in (acknowledged or {}).items()}
    problems: list[Problem] = []
    first_with: dict[str, str] = {}
    sampled: list[set[int]] = []
    ids_of: list[Sequence[int]] = []
    exact: set[int] = set()
    seen: dict[str, TextPrint] = {}
    for n, (path, text) in enumerate(texts):
        found = (memo or {}).get(text) or seen.get(text) or text_print(text)
        seen[text] = found
        key, ids, sample = found
        if key in first_with:
            exact.add(n)
            problems.append(Problem(
                path, f"is the same document as {first_with[key]}: the text is identical after cleaning.",
                f"delete one of the two files (move any front matter corrections into the one you keep)."))
        else:
            first_with[key] = path
        ids_of.append(ids)
        sampled.append(sample)
    if memo is not None:
        memo.clear()
        memo.update(seen)

    index: dict[int, list[int]] = defaultdict(list)  # sampled shingle -> documents holding it
    for n, sample in enumerate(sampled):
        if n not in exact:
            for h in sample:
                index[h].append(n)
    reported: set[tuple[int, int]] = set()
    shared_by_few = {h for h, found in index.items() if 2 <= len(found) <= MAX_POSTING}
    for n, sample in enumerate(sampled):
        if n in exact:
            continue
        # A near-duplicate holds most of this text, so also its rarest shared shingles: those
        # few short postings find it, however common the rest of the text's phrases are.
        anchors = heapq.nsmallest(ANCHORS, sample & shared_by_few, key=lambda h: (len(index[h]), h))
        shared: dict[int, int] = {}
        for h in anchors:
            for m in index[h]:
                if m != n:
                    shared[m] = shared.get(m, 0) + 1
        for m, count in sorted(shared.items()):
            pair = (min(n, m), max(n, m))
            if count < max(1, len(anchors) // 2) or pair in reported:
                continue
            reported.add(pair)
            first, later = texts[pair[0]][0], texts[pair[1]][0]
            if _acknowledged(later, first, acks):
                continue
            share = containment(shingle_hashes(ids_of[n]), shingle_hashes(ids_of[m]))
            if share >= near:
                problems.append(Problem(
                    later, f"shares {share:.0%} of its text with {first}: it looks like a near-duplicate.",
                    f"if it is another copy or version of the same document, keep only one file; if both "
                    f"belong on the site, add `{ACK_KEY}: {first.rsplit('/', 1)[-1]}` to its front matter.",
                    severity="warning"))
    return problems
