"""Page addresses: safe, readable, unique and stable slugs."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 60
_NOT_WORD = re.compile(r"[^\w'’ʼ]+")  # apostrophes aside: "Japan’s" stays "japans"


def slugify(text: str, max_len: int = MAX_SLUG) -> str:
    """ASCII lower-case words joined by '-', cut at a word boundary."""
    # Every mark between words but an apostrophe parts them first: a dash dropped by the ASCII
    # fold would glue its words ("Japan–Philippines" -> "japanphilippines").
    text = _NOT_WORD.sub(" ", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_len:
            break
        slug = candidate
    return slug or (words[0][:max_len] if words else "")


def mostly_unslugged(text: str) -> bool:
    """True when the ASCII fold keeps under half of a text's letters ("日ASEAN技術協力の概要"
    keeps "asean" of 13): its slug would name the document by a stray Latin word or two."""
    letters = [c for c in text if c.isalpha()]
    kept = sum(1 for c in letters if unicodedata.normalize("NFKD", c)[:1].isascii())
    return bool(letters) and kept * 2 < len(letters)


def document_slug(title: str, stem: str) -> str:
    """A document's slug: from its title, or from its seed's file name when the title is mostly
    in a script the ASCII slug cannot spell (a Japanese or Thai headline), since the contributor
    chose that name in Latin letters; "document" when neither gives one."""
    from_title = slugify(title)
    if mostly_unslugged(title):
        return slugify(stem) or from_title or "document"
    return from_title or slugify(stem) or "document"


# Addresses the site itself uses under documents/: the list page and its pager.
RESERVED = frozenset({"index", "page"})


def unique_slugs(wanted: list[str], reserved: frozenset[str] = RESERVED) -> list[str]:
    """Make slugs unique in list order: the second 'x' becomes 'x-2', and so on.

    A reserved slug is treated as already taken, so a document titled "Index" gets "index-2".
    """
    seen: dict[str, int] = {slug: 1 for slug in reserved}
    taken = set(wanted) | set(reserved)
    out = []
    for slug in wanted:
        if slug not in seen:
            seen[slug] = 1
            out.append(slug)
            continue
        n = seen[slug]
        while True:
            n += 1
            candidate = f"{slug}-{n}"
            if candidate not in taken:
                break
        seen[slug] = n
        taken.add(candidate)
        out.append(candidate)
    return out
