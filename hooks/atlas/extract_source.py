"""Who published a document (source), what it belongs to (series) and what kind it is (type)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple, Sequence

from .clean import is_address_line
from .clean_blocks import WEB_SUFFIX, bare_names, body_of_kind_line, header_fields
from .clean_rules import Rules, continues_in_capitals, load_rules
from .extract_dates import parse_dateline
from .extract_spans import find_bylines, is_byline
from .matching import find_entities, find_org, normalise

_SOURCE_KINDS = {"media", "government", "agency", "international", "research"}
_WRITERS = {"Author", "Reporter", "Writer", "Editor"}  # roles of a byline or credits that sign a text


def org_keys(vocab: Any) -> dict[str, str]:
    """article_key(name or alias) -> organisation id (read with matching.find_org), computed once
    per vocabulary."""
    return vocab.matchers.org_keys


# A label in front of the outlet ("Source: JICA", "Published by MOFA"): not part of its name.
_LABEL = re.compile(r"^\s*(?:sources?|publisher|published\s+by|issued\s+by|courtesy\s+of)\s*(?::|-|–|—)?\s+",
                    re.IGNORECASE)


class HeaderParts(NamedTuple):
    """The named fields of a header's metadata line (clean_blocks.header_fields)."""

    sources: tuple[str, ...] = ()  # "Source: Embassy of Japan in Cambodia" -> the name
    bylines: tuple[str, ...] = ()  # "... by Jane Doe" -> "by Jane Doe", as a byline line reads
    kinds: tuple[str, ...] = ()  # "Press Release", "News"


def header_parts(line: str | None) -> HeaderParts | None:
    """The sources, bylines and kind labels of a metadata line of fields ("May 2, 2024 | News |
    Embassy of Japan in Cambodia"); None for a line of any other shape."""
    fields = header_fields(line, load_rules()) if line else None
    if not fields:
        return None
    # ("Categories: News, Highlights": each category a kind label of its own, without the label)
    kinds = [part.strip() for f in fields if f.kind == "kind"
             for part in re.split(r",\s+", load_rules().field_kind_label.sub("", f.value, count=1)) if part.strip()]
    return HeaderParts(tuple(f.value for f in fields if f.kind == "source"),
                       tuple(f"by {f.value}" for f in fields if f.kind == "byline"), tuple(kinds))


def _segments(line: str) -> list[str]:
    """"THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK" -> the two outlets, brackets dropped.
    The date a news site prints beside its name ("Philippine Daily Inquirer / 05:05 AM March
    15, 2024") is no outlet; on a metadata line of fields ("Posted: 2024-05-02 | Source: Embassy
    of Japan in Cambodia") only its sources are."""
    fields = header_parts(line) if any(c.isdigit() for c in line) else None
    dated = load_rules().dated_source.fullmatch(line) if not fields and any(c.isdigit() for c in line) else None
    if dated:  # (the name, then the time and date with no separator: "All News 15:42 November 28, 2024")
        if _site_section(dated.group("name").strip(), load_rules()):
            return []  # (the site's section the story is filed in, "All News", names no outlet)
        line = dated.group("name")
    parts = list(fields.sources) if fields else re.split(r"\s*(?:/|\||;|\s-\s)\s*", _LABEL.sub("", line, count=1))
    segments = [re.sub(r"\s*\([^)]*\)", "", p).strip(" .,") for p in parts if p.strip()]
    return [seg for seg in segments if not (seg[:1].isdigit() or seg[-4:].isdigit()) or not parse_dateline(seg)]


# Particles of French, Spanish and Portuguese bodies' names ("Banco de Desarrollo"), small in title
# case like the English minor words of furniture.yml (`structure.minor_words`).
_PARTICLES = frozenset({"de", "del", "des", "du", "da", "dos", "das"})
# A word with its apostrophes ("PEOPLE'S", "D'IVOIRE"): what follows one is no new word.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def title_case(text: str) -> str:
    """A name printed in capitals, in title case ("REPUBLIC OF THE PHILIPPINES" -> "Republic of
    the Philippines", "PEOPLE'S COMMITTEE" -> "People's Committee"): str.title() capitalises the
    small words and every letter after an apostrophe."""
    small = load_rules().minor_words | _PARTICLES

    def word(m: re.Match[str]) -> str:
        w = m.group().lower()
        return w if m.start() and w in small else w.capitalize()

    return _WORD.sub(word, text)


def resolve_source_line(line: str, vocab: Any) -> list[tuple[str | None, str]]:
    """Each outlet of a source line as (organisation id or None, display name)."""
    keys = org_keys(vocab)
    out = []
    if line[:1] == "(" and line[-1:] == ")" and line.count("(") == 1:  # "(Kyodo)" closing a wire story
        line = line[1:-1].strip()
    # (a body whose own name holds a spaced dash, "ISEAS - Yusof Ishak Institute", is one outlet)
    whole = " - " in line and find_org(keys, line)
    for seg in [line] if whole else _with_parts(_segments(line), keys):
        seg = _holder(seg)
        seg = body_of_kind_line(seg, load_rules()) or seg  # ("JETRO Press Release": JETRO)
        # ("Rappler.com": an outlet's site's address as its masthead prints it names the outlet)
        ident = find_org(keys, seg) or _publisher_of(seg, keys) or \
            (find_org(keys, WEB_SUFFIX.sub("", seg)) if "." in seg else None)
        if ident:
            org = vocab.organisations[ident] or {}
            out.append((ident, str(org.get("full_name") or org.get("name") or seg)))
        elif (logo := _logo_and_name(seg, keys, vocab)) is not None:
            out.append(logo)
        else:
            # a name printed in capitals is title-cased; one word in capitals is an acronym ("JCCME")
            out.append((None, title_case(seg) if seg.isupper() and " " in seg else seg))
    return out


_WITH = re.compile(r"\s+(?:with|WITH|With)\s+")


def _with_parts(segments: list[str], keys: dict[str, str]) -> list[str]:
    """A segment naming an outlet and the wire whose copy it ran ("DAILY SABAH WITH AA") as the
    two, when the vocabulary knows both names; any other segment as it is."""
    out: list[str] = []
    for seg in segments:
        parts = _WITH.split(seg) if " " in seg and _WITH.search(seg) else [seg]
        out.extend(parts if len(parts) == 2 and all(find_org(keys, p) for p in parts) else [seg])
    return out


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,7}")


def _logo_and_name(segment: str, keys: dict[str, str], vocab: Any) -> tuple[str | None, str] | None:
    """A logo's acronym before the body's name, as a masthead prints them on one line ("JBIC Japan
    Bank for International Cooperation", "HIDA The Overseas Human Resources and Industry Development
    Association"): the body's name, as the vocabulary writes it if it knows the body by that acronym
    ("KPL Lao News Agency"). The acronym's letters must be the name's initials, in order, its last
    the last word's ("ASEAN Japan Centre" is no such line); None for any other segment."""
    first, _, rest = segment.partition(" ")
    if not rest or not rest[:1].isupper() or not _ACRONYM_WORD.fullmatch(first):
        return None
    ident = find_org(keys, rest)
    org = (vocab.organisations[ident] or {}) if ident else {}
    if first == org.get("name"):
        return ident, str(org.get("full_name") or rest)
    # (a body known by another name now, "HIDA" for AOTS: its name as the page writes it)
    if _initials_fit(first, rest) or (ident and first in (org.get("aliases") or ())):
        return ident, rest
    return None


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are the initials of the name's capitalised words, in order
    ("HIDA": The Overseas Human Resources and Industry Development Association), ending with its
    last word's."""
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    letters = [c for c in acronym if c.isalpha()]
    if len(initials) < len(letters) or not initials or initials[-1] != letters[-1]:
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def _holder(segment: str) -> str:
    """A copyright notice's holder ("Copyright © The Yomiuri Shimbun" -> "The Yomiuri Shimbun"), a
    wiki's site in its tagline ("From Wikipedia, the free encyclopedia" -> "Wikipedia"): on a source
    line they name the publisher, as its name alone would."""
    m = _COPYRIGHT.fullmatch(segment) if "©" in segment or "opyright" in segment or "(c)" in segment.lower() else None
    if m:
        return m.group("name").strip()
    tagline = load_rules().site_tagline.fullmatch(segment) if segment[:1] in "Ff" else None
    return tagline.group("site").strip() if tagline else segment


_BY_WORD = re.compile(r"\s+by\s+")


def _publisher_of(segment: str, keys: dict[str, str]) -> str | None:
    """The known publisher of an outlet named after it ("The Japan News by The Yomiuri Shimbun"):
    the name after "by", else the one before."""
    parts = _BY_WORD.split(segment)
    if len(parts) != 2:
        return None
    return find_org(keys, parts[1]) or find_org(keys, parts[0])


def is_source_line(line: str, vocab: Any) -> bool:
    """A short line made only of known outlets or publishers (a byline without "By")."""
    line = line.strip()
    if not line or len(line) > 100 or line.endswith((".", ":")):
        return False
    resolved = resolve_source_line(line, vocab)
    # (a social network's name alone is a share button, save over a post: see `platform_source`)
    return bool(resolved) and all(ident and (vocab.organisations[ident] or {}).get("kind") in _SOURCE_KINDS
                                  and not (vocab.organisations[ident] or {}).get("platform")
                                  for ident, _ in resolved)


def platform_source(lines: Iterable[str], vocab: Any) -> tuple[str | None, list[str]]:
    """(display source, ids) of the social network named alone on one of `lines` (the lines over
    a post's age: "LinkedIn" over the writer's name), organisations.yml `platform`."""
    for line in lines:
        name, ids = outlet_source(line.strip(), vocab) if 0 < len(line.strip()) <= 30 else (None, [])
        if name and (vocab.organisations[ids[0]] or {}).get("platform"):
            return name, ids
    return None, []


def find_source_lines(text: str, vocab: Any, head: int = 8, tail: int = 2) -> list[str]:
    """Source lines near the top or at the end of a text (fallback when cleaning lifted none)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    at = list(range(head)) + list(range(len(lines) - tail, len(lines))) if len(lines) > head else range(len(lines))
    seen: list[str] = []
    for k in at:
        line = lines[k]
        if line not in seen and is_source_line(line, vocab):
            seen.append(_placed_generic(line, lines[k + 1], vocab) if k + 1 < len(lines) else line)
    return seen


def _placed_generic(line: str, below: str, vocab: Any) -> str:
    """A state's body by its generic name (organisations.yml `generic`: "Ministry of Foreign
    Affairs") over a place of another country than the body's ("Colombo", closing a release):
    that country's body, named with its place ("Ministry of Foreign Affairs, Colombo"), which
    the vocabulary does not take for Japan's. Any other line as it is."""
    ident = find_org(org_keys(vocab), line)
    org = (vocab.organisations.get(ident) or {}) if ident else {}
    if line not in (org.get("generic") or ()):
        return line
    places = {h.id for h in find_entities(below, vocab) if h.kind == "countries" and h.start == 0 and h.end == len(below)}
    return f"{line}, {below}" if places and org.get("country") not in places else line


def _issuers(lines: list[str], vocab: Any, rules: Rules) -> list[str]:
    """The source lines without a letterhead's state name and the motto under it ("KINGDOM OF
    CAMBODIA", "Nation Religion King"): the bodies listed under them issued the document, the
    state did not. A state's name with no body beside it stays the source."""
    kept: list[str] = []
    under_state = False
    # (the lines a name in capitals goes on with, joined to the last kept line once at the end:
    # joined at each line, and the joined name read again for its capitals, 2,000 such lines were
    # 2,000 copies of a growing name)
    wrapped: list[str] = []
    upper = False  # the last kept line is in capitals
    for line in lines:
        text = line.strip()
        if rules.state.fullmatch(text):
            under_state = True
            continue
        # (any two to five capitalised words are motto-shaped: only right under the state's name,
        # and naming no body, is such a line a motto, as cleaning reads a letterhead)
        motto = under_state and bool(rules.motto.fullmatch(text)) and \
            not rules.organisation_words.search(text) and find_org(org_keys(vocab), text) is None
        under_state = False
        if kept and upper and continues_in_capitals(text, rules):  # one name wrapped
            wrapped.append(text)
        elif not motto and not (kept and _site_section(text, rules)):
            _join_wrapped(kept, wrapped)
            kept.append(line)
            upper = text.isupper()
    _join_wrapped(kept, wrapped)
    return kept or lines


def _join_wrapped(kept: list[str], wrapped: list[str]) -> None:
    """The last kept line with the lines its name in capitals goes on with (emptied)."""
    if wrapped:
        kept[-1] = " ".join([kept[-1].strip(), *wrapped])
        wrapped.clear()


_ITEMS_APART = re.compile(r"\s*(?:&|\band\b|/|\||,|>)\s*", re.I)


def _site_section(text: str, rules: Rules) -> bool:
    """A line of a site's menu items under its publisher's name ("News & Updates", "Home > News"):
    the section the page is in, no second publisher."""
    return all(rules.menu_item.fullmatch(item) for item in _ITEMS_APART.split(text))


_WRITER_OUTLET = re.compile(r"\s*(?P<writer>[^\W\d_][^()]{1,60}?)\s*\((?P<outlet>[^()]{2,60})\)\s*")


def _writer_outlet(line: str, vocab: Any) -> str:
    """A writer's name with their outlet in brackets ("Dian Septiari (The Jakarta Post)"): the
    outlet, when the vocabulary knows it; any other line as it is."""
    if is_byline(line):
        # ("By Jane Doe, Reuters": a news outlet after the writers' names is the story's; another body
        # there, "Written by SUZUKI Haruka, JICA Cambodia Office", is where the writer works)
        tail = line.rsplit(",", 1)[1].strip() if "," in line else ""
        return tail if tail and _news_outlet(tail, vocab) else line
    head, _, tail = line.rpartition(",")
    if head and bare_names(head.strip()) and _news_outlet(tail.strip(), vocab):
        # ("Dian Septiari, The Jakarta Post" under the headline, no "By": the writer's bare name and
        # the outlet, which publishes the story; the name is no publisher's)
        return tail.strip()
    m = _WRITER_OUTLET.fullmatch(line)  # ("Authors: ... (IDE-JETRO)": people, a byline)
    if m and find_org(org_keys(vocab), m.group("outlet")):
        return m.group("outlet")
    if load_rules().byline_role.fullmatch(line):
        # ("Nikkei staff writer", "Kyodo News staff reporter": the outlet whose staff wrote the story)
        words = line.split()
        return next((name for k in range(len(words) - 1, 0, -1)
                     if _news_outlet(name := " ".join(words[:k]), vocab)), line)
    return line


def _addressee(line: str, vocab: Any) -> str:
    """A body's name opening its postal address on one line ("ASEAN Secretariat, 70A Jalan
    Sisingamangaraja, Jakarta 12110, Indonesia", a page's footer): the body, when the vocabulary
    knows it; the street, the city and the country publish nothing. Any other line as it is."""
    if line.count(",") < 2 or not any(c.isdigit() for c in line):
        return line
    name = line.split(",", 1)[0].strip()
    return name if find_org(org_keys(vocab), name) and is_address_line(line) else line


def _news_outlet(name: str, vocab: Any) -> bool:
    """Whether `name` is a news outlet the vocabulary knows."""
    ident = find_org(org_keys(vocab), name)
    return ident is not None and (vocab.organisations.get(ident) or {}).get("kind") == "media"


def source_of(lines: Iterable[str], vocab: Any) -> tuple[str | None, list[str]]:
    """(display source, organisation ids) from source lines; bylines ("By ...", "Written by
    ...") name people, and a letterhead's state and motto name no publisher."""
    names: list[str] = []
    ids: list[str] = []
    # "Written by SUZUKI Haruka, JICA Cambodia Office" is a byline too; "KENJI KAWASE and CLIFF
    # VENZON, Nikkei staff writers" names its outlet after the writers
    rules = load_rules()
    # ("Source: CNA/ay(rn)", a desk's credit: the outlet, its writer's and editor's initials no publisher)
    lines = [staff.group("outlet").strip() if (staff := rules.staff_byline.fullmatch(line.strip()))
             else desk.group("outlet") if "/" in line and (desk := rules.desk_credit.fullmatch(line.strip()))
             else _writer_outlet(_addressee(line, vocab), vocab) for line in lines]
    outlets = _issuers([line for line in lines if line and not is_byline(line)], vocab, rules)
    resolved = [(ident, name) for line in outlets for ident, name in resolve_source_line(line, vocab)]
    if any(ident and (vocab.organisations[ident] or {}).get("kind") == "media" for ident, _ in resolved):
        # beside a known outlet, a name the vocabulary does not know and that names no body is its
        # writer or its motto ("Ry Sochan / Khmer Times", "Khmer Times" / "Cambodia's Largest
        # English Daily"), not a second publisher
        resolved = [(ident, name) for ident, name in resolved if ident or rules.organisation_words.search(name)]
    # (a series named after its publisher's short name beside the publisher, "ISEAS Perspective"
    # beside "ISEAS - Yusof Ishak Institute": the publisher's, no second source; an office named
    # so, "JICA Vietnam Office", is the body's office that wrote the page, and stays)
    shorts = {str((vocab.organisations[ident] or {}).get("name") or "") for ident, _ in resolved if ident}
    resolved = [(ident, name) for ident, name in resolved
                if ident or " " not in name or name.split(" ", 1)[0] not in shorts or rules.organisation_words.search(name)]
    for ident, name in resolved:
        if name and name not in names and not (ident and ident in ids):  # (one outlet named twice)
            names.append(name)
        if ident and ident not in ids:
            ids.append(ident)
    names = [n for n in names if not any(_abbreviates(n, other) for other in names)]
    if len(names) > 1:
        # a body's office named by the body's acronym ("JICA Vietnam Office") beside the body's full
        # name (its copyright line's "Japan International Cooperation Agency"): one publisher, the
        # office that wrote the page
        names = [n for n in names if not any(o != n and " " in o and _abbreviates(o.split(" ", 1)[0], n) for o in names)]
    if len(names) > 1 and any(_LATIN.search(n) for n in names):
        # a bilingual masthead, the body's name in Japanese over its English name ("在ラオス日本国大使館" /
        # "Embassy of Japan in the Lao PDR"): one publisher, named as the English text names it
        names = [n for n in names if _LATIN.search(n)]
    return (" / ".join(names) or None), ids


_LATIN = re.compile("[A-Za-z]")


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is an acronym of `name` by its capitalised words' initials: a masthead's
    acronym over the name written out ("JCCME" over "Japan Cooperation Center for the Middle
    East") names one publisher, not two."""
    if " " in short or not short.isupper() or len(short) < 2 or short == name:
        return False
    return "".join(w[0] for w in name.split() if w[:1].isupper()) == short
# The publisher's copyright notice at the foot of a page ("© 2025 Pan-African Business Review. All
# rights reserved.", "Copyright © 2023 JCCME.", the holder before the year: "Copyright © ANTARA
# 2024"): with its year or its reservation, so that a photo's credit ("© JICA") or a licence ("©
# The Author(s). This article is ...") is no notice.
_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
_COPYRIGHT = re.compile(
    rf"\s*(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?P<year>{_YEARS}\s*,?\s*)?"
    rf"(?P<name>[^\W\d](?:[^.!?|©]|\.(?=\w)){{1,79}}?)\s*(?P<after>{_YEARS})?\s*[.,]?\s*(?P<reserved>all rights reserved\.?)?"
    # (the notice may go on after its reservation: "... All rights reserved. No reproduction or
    # republication without written permission.")
    rf"(?(reserved)(?:\s+[^©]{{1,200}})?)\s*",
    re.IGNORECASE)


def copyright_source(lines: Iterable[str], vocab: Any) -> tuple[str | None, list[str]]:
    """(display source, ids) of the holder of a copyright notice among `lines` (the page's foot
    and the furniture cleaning removed): a fallback when no source line names the publisher."""
    for line in lines:
        m = _COPYRIGHT.fullmatch(normalise(line.strip()))
        if m and (m.group("year") or m.group("after") or m.group("reserved")):
            return source_of([m.group("name")], vocab)
    return None, []


def outlet_source(name: str, vocab: Any) -> tuple[str | None, list[str]]:
    """(display source, ids) of a name that stands for an outlet when the vocabulary knows it as
    one: a wire's credit in a lede's dateline ("(Reuters)" yes, "(local time)" or "(Japan)" no), a
    site's name in its menu ("Bangkok Post")."""
    resolved = resolve_source_line(name, vocab)
    if len(resolved) == 1 and resolved[0][0] and \
            (vocab.organisations[resolved[0][0]] or {}).get("kind") in {"media", "agency"}:
        return resolved[0][1], [resolved[0][0]]
    return None, []


_SERIES_NAME_WORDS = 8  # (a publisher's name opening its book's, "Economic Affairs Division Annual Report")


def series_publisher(series: str, vocab: Any) -> tuple[str | None, list[str]]:
    """(display source, ids) of the body whose name opens a book's name ("Economic Affairs
    Division Annual Report 2024-25" over its chapter): the publisher of its own annual report,
    when the vocabulary knows it; (None, []) otherwise."""
    keys = org_keys(vocab)
    book = series.split(" — ", 1)[0]  # (the book's line, over its chapter's)
    words = book.split()
    for k in range(min(len(words) - 1, _SERIES_NAME_WORDS), 0, -1):
        ident = find_org(keys, " ".join(words[:k]))
        if ident:
            org = vocab.organisations[ident] or {}
            return str(org.get("full_name") or org.get("name")), [ident]
    # ("White Paper on Development Cooperation 2023": a book named for its subject, its publisher
    # the body whose `publications` name it)
    name = _book_key(book)
    for ident, org in (vocab.organisations or {}).items():
        for publication in (org or {}).get("publications") or ():
            key = _book_key(str(publication))
            # (a name in Japanese runs on into its year: "開発協力白書2023")
            if key and name.startswith(key) and (len(name) == len(key) or name[len(key)] == " " or not key.isascii()):
                return str(org.get("full_name") or org.get("name")), [str(ident)]
    return None, []


def _book_key(text: str) -> str:
    """A book's name to compare: its words in small letters, curly quotes and punctuation aside."""
    return " ".join(_WORDS.findall(normalise(text).casefold()))


_WORDS = re.compile(r"[^\W_]+")


def _patterns(types: dict[str, Any], key: str) -> Iterable[tuple[str, str]]:
    """(type id, pattern) for each of the types' `key` cues, those of their `also` alternatives too."""
    for ident, entry in types.items():
        for cues in [entry or {}, *((entry or {}).get("also") or ())]:
            for pattern in cues.get(key) or ():
                yield str(ident), str(pattern)


# A running head's page number, set off from the book's name by a wide gap ("JICA Annual Report
# 2025          45", "46          White Paper ..."): the page's, not the name's
_GAPPED_PAGE_NUMBER = re.compile(r"^\d{1,4}\s{3,}(?=\S)|(?<=\S)\s{3,}\d{1,4}$")


def find_series(text: str, vocab: Any) -> str | None:
    """The first line, when it names a series or a numbered issue of one (fallback when cleaning
    lifted none)."""
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if "   " in first:  # a PDF's running head: its page number apart, its gaps one space
        first = " ".join(_GAPPED_PAGE_NUMBER.sub("", first).split())
    if not first or len(first) > 120 or first.endswith("."):
        return None
    for key in ("series", "series_issue"):
        for _, pattern in _patterns(vocab.document_types or {}, key):
            if re.search(pattern, first, re.IGNORECASE):
                return first
    return None


@lru_cache(maxsize=64)
def _any_of(patterns: tuple[str, ...]) -> Callable[[str], Any]:
    """One test for a type's line cues, so each line is tried once, not once per cue. Cues that
    all start with `^` are tried at the line's start only (a match, not a search of the line)."""
    if all(p.startswith("^") for p in patterns):
        return re.compile("|".join(f"(?:{p[1:]})" for p in patterns), re.IGNORECASE).match
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE).search


def _line_hits(patterns: Iterable[str], lines: Sequence[str], least: int = 1) -> bool:
    """Whether at least `least` of `lines` match one of `patterns` (the count stops there)."""
    test = _any_of(tuple(str(p) for p in patterns))
    for line in lines:
        if test(line):
            least -= 1
            if least <= 0:
                return True
    return False


def publisher_kinds(source_lines: Iterable[str], vocab: Any) -> set[str]:
    """The kinds of the publishers on source lines that the vocabulary does not know, told by
    their names (furniture.yml `publisher_kinds`: "Ministry of ...", "外務省国際協力局"). A
    "By ..." byline names people, not a publisher."""
    table = (vocab.furniture or {}).get("publisher_kinds") or {}
    kinds: set[str] = set()
    for line in source_lines:
        if is_byline(line):
            continue
        for ident, name in resolve_source_line(line, vocab):
            if ident is None:
                kinds.update(str(kind) for kind, patterns in table.items()
                             if any(re.search(str(p), name, re.IGNORECASE) for p in patterns or ()))
    return kinds


def _signed(lines: Sequence[str], source_lines: Sequence[str]) -> bool:
    """Whether a byline or credits near the top or at the end name the text's writer (a photo's
    credit names no writer)."""
    near = [line for line in lines if line.strip()]
    near = near[:12] + near[-3:] if len(near) > 15 else near
    return any(p["role"] in _WRITERS for p in find_bylines("\n".join([*source_lines, *near])))


class _Evidence(NamedTuple):
    """What the text shows of its kind, for the cues of document_types.yml."""

    series: str | None
    lede: str  # normalised, in small letters
    lines: list[str]
    removed: list[str]  # the lines cleaning took off as furniture (a slide's footer)
    kinds: set[Any]  # of its source's organisations
    dated: bool
    signed: Callable[[], bool]  # a byline names its writer (read only for a type that asks)


def _cues_hold(cues: dict[str, Any], seen: _Evidence) -> bool:
    """Whether every cue of one set holds (`lede`, `lines` and `furniture` are alternatives)."""
    if not any(cues.get(k) for k in ("series", "lede", "lines", "furniture", "source_kinds", "dateline", "unsigned")):
        return False
    if cues.get("series") and not (seen.series and any(re.search(p, seen.series, re.IGNORECASE)
                                                       for p in cues["series"])):
        return False
    # The cheap tests first: most types fail on them before their lines are read.
    if cues.get("source_kinds") and not seen.kinds & set(cues["source_kinds"]):
        return False
    if cues.get("dateline") and not seen.dated:
        return False
    if cues.get("lede") or cues.get("lines") or cues.get("furniture"):
        least = int(cues.get("min_lines") or 1)
        if not ((cues.get("lede") and any(str(p).lower() in seen.lede for p in cues["lede"]))
                or (cues.get("lines") and _line_hits(cues["lines"], seen.lines, least))
                or (cues.get("furniture") and _line_hits(cues["furniture"], seen.removed, least))):
            return False
    # (the shape of another kind of text rules the type out: a fact sheet's cues hold on a dated
    # story of an agency, but its lede's place before a dash and its quotes are news prose)
    if cues.get("unless_lines") and _line_hits(cues["unless_lines"], seen.lines, int(cues.get("unless_min") or 1)):
        return False
    return not (cues.get("unsigned") and seen.signed())


def document_type(vocab: Any, series: str | None, lede: str, source_ids: list[str],
                  has_dateline: bool, lines: Sequence[str] = (), source_lines: Sequence[str] = (),
                  removed: Sequence[str] = (), title: str = "") -> str:
    """The first type in document_types.yml whose cues hold, or those of one of its `also` sets;
    the default otherwise.

    `lede` phrases and `lines` shapes are two kinds of evidence from the text, either enough:
    a speech is known by its title line or "Excellencies," as well as by words in its lede. The
    `furniture` shapes are tried on the lines cleaning `removed` as the page's furniture: a slide
    deck's footer, its number growing, is known as such only there.
    The kind of the source is that of its known organisations, or of a publisher on the
    `source_lines` the vocabulary does not know, told by its name.
    """
    # (a title that names its kind before its colon, "Fact Sheet: ...", says what the page is)
    for ident, entry in (vocab.document_types or {}).items():
        if title and (entry or {}).get("title") and any(re.match(p, title, re.I) for p in entry["title"]):
            return str(ident)
    kinds = {(vocab.organisations.get(i) or {}).get("kind") for i in source_ids} | publisher_kinds(source_lines, vocab)
    shapes = [" ".join(normalise(line).split()) for line in lines if line.strip()]
    seen = _Evidence(series, normalise(lede).lower(), shapes, list(removed), kinds, has_dateline,
                     lru_cache(maxsize=1)(lambda: _signed(lines, source_lines)))
    for ident, entry in (vocab.document_types or {}).items():
        entry = entry or {}
        if any(_cues_hold(cues or {}, seen) for cues in (entry, *(entry.get("also") or ()))):
            return str(ident)
    return vocab.default_type if vocab.default_type in (vocab.document_types or {}) else "news"
