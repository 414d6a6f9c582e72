"""Controlled terms a document names: countries, regions, organisations and topics, with
how much it says about each (mentions, score) and whether it is the document's focus.

Input is the document split into its `head` (title, subtitle), its `headings` and its
`body` (paragraph texts); output is front matter entries in a stable order.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from .matching import Hit, Matcher, find_entities, find_topics, normalise
from .slug import slugify
from .vocab import DATA_DIR, load_yaml


@dataclass(frozen=True)
class Parts:
    """A document as text to search: where a word stands says how much it weighs."""

    head: tuple[str, ...]  # title, subtitle
    headings: tuple[str, ...]
    body: tuple[str, ...]  # paragraphs (headings may be among them)
    words: int

    @cached_property
    def body_text(self) -> str:
        """The body as one normalised string: each matcher runs once per document."""
        return normalise("\n\n".join(self.body))

    @cached_property
    def head_text(self) -> str:
        return normalise("\n\n".join(self.head))

    @cached_property
    def headline_text(self) -> str:
        """Title, subtitle and headings: where a topic named says what the document is about."""
        return normalise("\n\n".join([*self.head, *self.headings]))

    @cached_property
    def prose_text(self) -> str:
        """The body without the headings (they are weighed as headlines)."""
        heading_set = set(self.headings)
        return normalise("\n\n".join(t for t in self.body if t not in heading_set))


def _sorted(entries: list[dict[str, Any]], weight: str) -> list[dict[str, Any]]:
    """Focus first, then the most said about, then by name: the same order on every build."""
    return sorted(entries, key=lambda e: (not e.get("focus"), -e.get(weight, 0), str(e.get("name", "")).lower(),
                                          str(e.get("code") or e.get("id"))))


def _focus(count: int, in_head: bool, best: int, share: float, minimum: int = 3) -> bool:
    """Focus: named in the title/subtitle, or said about often and nearly as much as the most."""
    return in_head or (count >= minimum and count >= share * best)


def entity_hits(parts: Parts, vocab: Any) -> tuple[list[Hit], list[Hit]]:
    """(hits in the head, hits in the body) of countries, regions and organisations."""
    return find_entities(parts.head_text, vocab), find_entities(parts.body_text, vocab)


# What sets a country's name beside a body's generic name: "India's Ministry of Finance", "the Indian
# Ministry of Finance" before it; "Ministry of Finance of Peru", "... in Kenya" after it.
_BEFORE_NAME = re.compile(r"(?:['’]s)?\s")
_AFTER_NAME = re.compile(r",?\s(?:of|in)\s(?:the\s)?")


def _given_to(hit: Hit, countries: dict[int, Hit], ends: dict[int, Hit], text: str) -> str | None:
    """The country the text gives a generic name to, right before or after it (see `generic`)."""
    before = _BEFORE_NAME.fullmatch(text, max(0, hit.start - 3), hit.start) or \
        _BEFORE_NAME.fullmatch(text, max(0, hit.start - 1), hit.start)
    near = ends.get(before.start()) if before else None
    after = _AFTER_NAME.match(text, hit.end)
    near = near or (countries.get(after.end()) if after else None)
    return near.id if near is not None else None


# A clock time's zone ("16:25 JST", "09:30 ICT", "10 a.m. (JST)"): no body and no topic, though the
# Japan Science and Technology Agency and information and communications technology share its letters.
_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}[:.]\d{2}|\b\d{1,2}\s?[ap]\.?m\.?)\s?\(?$", re.IGNORECASE)


def without_time_zones(hits: list[Hit], text: str) -> list[Hit]:
    """`hits` without an acronym written as a clock time's zone."""
    return [h for h in hits if not (h.text.isupper() and _CLOCK_BEFORE.search(text, max(0, h.start - 12), h.start))]


# A reference's imprint, the city of its publisher after the title's stop ("... in ASEAN. Jakarta:
# ERIA.", "... Trust. Paris: OECD Publishing."): where a book was printed, no place the text is about.
_IMPRINT_BEFORE = re.compile(r"[.)]\s$")
_IMPRINT_AFTER = re.compile(r":\s[A-Z]")


def without_imprints(hits: list[Hit], text: str) -> list[Hit]:
    """`hits` without the places of a reference's imprint (a city, a colon, its publisher)."""
    return [h for h in hits if not (h.kind == "countries" and text[h.end:h.end + 1] == ":" and
                                    _IMPRINT_AFTER.match(text, h.end) and
                                    _IMPRINT_BEFORE.search(text, max(0, h.start - 2), h.start))]


def without_names(hits: list[Hit], text: str, names: list[str]) -> list[Hit]:
    """`hits` without a place's word that opens a person's name ("Astana Ahmad Khusairi"): the name
    the people finder read there, none of the place."""
    firsts = {name.split(" ", 1)[0]: name for name in names if " " in name}
    return [h for h in hits if not (h.kind == "countries" and h.text in firsts and
                                    text.startswith(firsts[h.text], h.start))]


# A body's name going on after a generic name, "and" then a capitalised word.
_NAME_GOES_ON = re.compile(r"\s(?:and|&)\s[A-Z]")


# A ministry's generic name, its portfolio after "Ministry of" ("Ministry of Finance" -> "Finance")
_MINISTRY_OF = re.compile(r"Ministry of (?:the )?(?P<portfolio>[A-Z].*)")


def _minister_s_country(hit: Hit, countries: dict[int, Hit], ends: dict[int, Hit], text: str) -> str | None:
    """The country the text gives the minister of a generic ministry's portfolio to ("Fiji's
    Minister for Finance Biman Prasad at the Ministry of Finance": Fiji's ministry), or None: the
    ministry the minister heads is that country's, though the text names it bare."""
    m = _MINISTRY_OF.fullmatch(hit.text)
    if not m or "Minister " not in text:
        return None
    for role in re.finditer(rf"Minister (?:of|for) (?:the )?{re.escape(m.group('portfolio'))}(?![\w-])", text):
        given = _given_to(Hit(role.start(), role.end(), "", "", role.group()), countries, ends, text)
        if given:
            return given
    return None


def without_foreign_generics(hits: list[Hit], text: str, vocab: Any, source_ids: list[str]) -> list[Hit]:
    """`hits` without the generic names of a state's body ("Ministry of Finance") that stand for
    another country's (organisations.yml `generic`): given to it by the text, or in a document
    from another country's outlet or body."""
    orgs = vocab.organisations
    generic = [h for h in hits if h.kind == "organisations" and h.text in ((orgs.get(h.id) or {}).get("generic") or ())]
    if not generic:
        return hits
    source_countries = {(orgs.get(i) or {}).get("country") for i in source_ids} - {None}
    countries = {h.start: h for h in hits if h.kind == "countries"}
    ends = {h.end: h for h in hits if h.kind == "countries"}
    starts = {h.start for h in hits}
    foreign = set()
    for h in generic:
        goes_on = _NAME_GOES_ON.match(text, h.end)
        if goes_on and goes_on.end() - 1 not in starts:
            # "Ministry of Foreign Affairs and International Cooperation": a longer name, another
            # body's (Cambodia's), not the generic name ("... and JICA" names two bodies)
            foreign.add(h)
            continue
        home, given = (orgs.get(h.id) or {}).get("country"), _given_to(h, countries, ends, text)
        given = given or _minister_s_country(h, countries, ends, text)
        # (from another country's outlet, "Japan's Ministry of Foreign Affairs" is still Japan's)
        if (given is not None and given != home) or (given is None and source_countries and home not in source_countries):
            foreign.add(h)
    return [h for h in hits if h not in foreign]


def without_ambiguous_forms(hits: list[Hit], vocab: Any, defined: dict[str, str], about: set[str]) -> list[Hit]:
    """`hits` without an organisation's form that other bodies share (organisations.yml
    `ambiguous_forms`: "NEC") where it names another: the text defines the acronym as something
    else (`defined`, acronym -> long form: "National Economic Council (NEC)"), or the document is
    about a country the entry lists for the form (`about`: its focus countries; Bangladesh's "NEC"
    is its National Economic Council) and names the organisation by no other form."""
    orgs = vocab.organisations
    shared = [h for h in hits
              if h.kind == "organisations" and h.text in ((orgs.get(h.id) or {}).get("ambiguous_forms") or ())]
    if not shared:
        return hits
    named = {h.id for h in hits if h.kind == "organisations" and h not in shared}
    dropped = set()
    for h in shared:
        org = orgs.get(h.id) or {}
        own = {str(f) for f in [org.get("name"), org.get("full_name"), *(org.get("aliases") or ())] if f}
        local = set((org.get("ambiguous_forms") or {}).get(h.text) or ())
        if (h.text in defined and defined[h.text] not in own) or (h.id not in named and local & about):
            dropped.add(h)
    return [h for h in hits if h not in dropped]


def opening_ids(parts: Parts, body: list[Hit], lede: str) -> set[str]:
    """Ids named in the lede paragraph or a section heading: where a news story says who it is about."""
    starts, offset = [], 0
    for text in parts.body:  # body_text joins the paragraphs with two characters
        starts.append(offset)
        offset += len(text) + 2
    headings = set(parts.headings)  # (a set: a text of 5,000 headings read the list 5,000 times)
    opening = {i for i, text in enumerate(parts.body) if text == lede or text in headings}
    return {h.id for h in body if bisect_right(starts, h.start) - 1 in opening}


def places(kind: str, head: list[Hit], body: list[Hit], vocab: Any, share: float = 0.5,
           opening: set[str] | None = None, declared: set[str] | None = None) -> list[dict[str, Any]]:
    """Countries or regions: mentions counted in head and body; a donor is never a focus by count.
    With `opening` (the ids a news story's lede or headings name), a place is a focus by count
    only when it is among them: a story lists many countries once or twice and is about few.
    With `declared` (the countries a sheet's "Country:" field names), those are its focus, and
    no other but one its title names."""
    table = vocab.countries if kind == "countries" else vocab.regions
    key = "code" if kind == "countries" else "id"
    counts = Counter(h.id for h in [*head, *body] if h.kind == kind)
    in_head = {h.id for h in head if h.kind == kind}
    if declared:
        opening, in_head = set(), in_head | (declared & set(counts))
    donors = {i for i in counts if (table.get(i) or {}).get("donor")}
    best = max((n for i, n in counts.items() if i not in donors), default=0)
    # (a news story naming one country beside its donors, in its lede, is about that one, however
    # few times it names it: "... at Laem Chabang port" and "Thailand's exports ..." beside Japan)
    alone = next(iter(set(counts) - donors)) if kind == "countries" and opening and len(set(counts) - donors) == 1 \
        else None
    entries = []
    for ident, n in counts.items():
        focus = ident not in donors and (_focus(n, ident in in_head, best, share) or
                                         (ident == alone and n >= 2)) and \
            (ident in in_head or opening is None or ident in opening)
        entries.append({key: ident, "name": str((table.get(ident) or {}).get("name") or ident),
                        "focus": focus, "mentions": n})
    return _sorted(entries, "mentions")


# How many of a region's members, named in a text about no one country, make the region its focus
_MEMBERS_FOR_FOCUS = 3


def focus_by_members(regions: list[dict[str, Any]], countries: list[dict[str, Any]], vocab: Any,
                     named: set[str] | None) -> list[dict[str, Any]]:
    """A story about a region as a whole, many of its countries named and none its focus ("Kenya,
    Ethiopia and Ghana ...; Rwanda and Senegal ..." under "Japan's aid to Africa"): the region the
    text names (in its `named` places, its headline or lede, when given), whose members (regions.yml)
    are most of the countries it names, at least three, is its focus, when no place is. A donor is
    not counted."""
    table = vocab.countries
    if any(p.get("focus") for p in [*countries, *regions]):
        return regions  # (a focus already read from the counts: "ASEAN" over its members, no "Southeast Asia" too)
    named_codes = {c["code"] for c in countries if not (table.get(c["code"]) or {}).get("donor")}
    if len(named_codes) < _MEMBERS_FOR_FOCUS:
        return regions

    def about(region: dict[str, Any]) -> bool:
        inside = named_codes & set((vocab.regions.get(region["id"]) or {}).get("members") or ())
        return (named is None or region["id"] in named) and len(inside) >= _MEMBERS_FOR_FOCUS and \
            2 * len(inside) > len(named_codes)

    return [{**region, "focus": True} if about(region) else region for region in regions]


# Companies the vocabulary does not know, recognised by their legal form (organisations.yml
# company_suffixes): find the suffix first (rare, and anchored on its first character), then the
# capitalised words right before it. Wire stories drop the dots ("Fuji Electric Co Ltd", "Fuji
# Electric Co said"); a name may join two words with "&" ("Energy Systems & Solutions Corp").
ORGANISATIONS_FILE = DATA_DIR / "organisations.yml"
# (its last word may hold a stop between letters or digits: "Urban Railway No.1 Company Limited")
_COMPANY_NAME = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w&'.-]*\s(?:&\s)?){0,3}[A-Z][\w&'-]*(?:\.\w+)*)\.?,?\s+$")
_NOT_COMPANY_START = {"The", "A", "An", "In", "By", "For", "With", "And", "Photo", "Source"}
_POSSESSIVE = re.compile(r"\w['’]s")  # ("Vietnam's Thai Binh Power JSC": the country's, not the name's)
MAX_COMPANY_SUFFIXES = 200


def _form_pattern(form: str) -> str:
    """A legal form as written, as a regex: its stop optional after a word of two letters or more
    ("Co" for "Co."), kept after one letter ("S.A."); its comma optional, a space after a stop or a
    comma too ("Co.,Ltd.")."""
    out, word = [], 0
    for ch in form:
        if ch == ".":
            out.append(r"\." if word == 1 else r"\.?")
        elif ch == ",":
            out.append(",?")
        elif ch == " ":
            out.append(r"\s?" if out and out[-1] in (r"\.", r"\.?", ",?") else r"\s+")
        else:
            out.append(re.escape(ch))
        word = word + 1 if ch.isalpha() else 0
    return "".join(out)


@dataclass(frozen=True)
class CompanyForms:
    """organisations.yml's legal forms of companies, compiled."""

    suffix: re.Pattern[str]
    hints: tuple[str, ...]  # the forms' last words: a text holding none names no company by suffix
    suffix_words: frozenset[str]  # a name ending on one is a suffix itself ("Ltd." after "Co.")
    prefix: re.Pattern[str]
    prefix_hints: tuple[str, ...]


def _bare(word: str) -> str:
    return word.strip(".,()")


def compile_company_forms(data: Any) -> CompanyForms:
    """organisations.yml's `company_suffixes` and `company_prefixes`, compiled (ValueError when one
    is no list of forms)."""
    data = data if isinstance(data, dict) else {}
    suffixes, prefixes = data.get("company_suffixes") or [], data.get("company_prefixes") or []
    if not isinstance(suffixes, list) or not isinstance(prefixes, list) or \
            not all(isinstance(f, str) and f.strip() for f in [*suffixes, *prefixes]):
        raise ValueError("organisations.yml: company_suffixes, company_prefixes: expected lists of legal "
                         "forms, e.g. [\"Co., Ltd.\", Corp., Tbk] and [PT]")
    forms = sorted(suffixes, key=lambda f: (-len(f), f))
    first = "".join(sorted({re.escape(f[0]) for f in forms})) or "^$"
    suffix = re.compile(r"(?=[" + first + r"])(?<![\w.])(?:" + "|".join(map(_form_pattern, forms)) + r")(?![\w-])") \
        if forms else re.compile("(?!)")
    # (a word of three letters or fewer in any form, or a form of one word: "Co", "Bhd", "Corporation")
    words = frozenset(_bare(w) for f in forms for w in f.split() if " " not in f or len(_bare(w)) <= 3)
    prefix = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, prefixes)) + r")\.?\s(?P<name>[A-Z][\w&'-]*"
                        r"(?:\s(?:&\s)?[A-Z][\w&'-]*){0,3})(?![\w'-])") if prefixes else re.compile("(?!)")
    # (a last word of two letters is looked for with what follows it, "Co" opening too many words; a
    # word holding another is no hint of its own: "Corp" is in "Corporation". Each hint is one more
    # scan of every text, so they are few.)
    last_words = dict.fromkeys(_bare(f.split()[-1]) for f in forms)
    every = list(dict.fromkeys(h for w in last_words for h in ((w + ".", w + " ", w + ",") if len(w) <= 2 else (w,))))
    hints = [h for h in every if not any(o != h and o in h for o in every)]
    return CompanyForms(suffix, tuple(hints), words, prefix,
                        tuple(f + " " for f in prefixes))


@lru_cache(maxsize=1)
def company_forms() -> CompanyForms:
    """organisations.yml's company forms, read once per process (for a caller with no vocabulary)."""
    return compile_company_forms(load_yaml(ORGANISATIONS_FILE))


@lru_cache(maxsize=4)
def _compiled_forms(suffixes: tuple[str, ...], prefixes: tuple[str, ...]) -> CompanyForms:
    return compile_company_forms({"company_suffixes": list(suffixes), "company_prefixes": list(prefixes)})


def forms_of(vocab: Any) -> CompanyForms:
    """The company forms a loaded vocabulary holds (Vocabulary.company_forms), compiled once; those of
    organisations.yml for a vocabulary made without them (a test's)."""
    forms = getattr(vocab, "company_forms", None)
    if not forms:
        return company_forms()
    return _compiled_forms(tuple(forms.get("company_suffixes") or ()), tuple(forms.get("company_prefixes") or ()))


# Organisations the vocabulary does not know, recognised by a defining acronym and a head word
# (organisations.yml's body_heads). The head word ends the name ("... Development Agency",
# "Metropolitan Waterworks and Sewerage System") or is followed by what the body serves, after at
# most two words ("National Institute of Agrarian Innovation", "Central Bank of ...").
# (A government's unit is named so too: "Economic Relations Division (ERD)", "Department of Economic
# Affairs (DEA)"; a state company by what it serves: "Power Grid Company of Bangladesh (PGCB)".)
@dataclass(frozen=True)
class BodyHeads:
    """organisations.yml's head words of bodies' names, compiled."""

    head: re.Pattern[str]
    kinds: tuple[tuple[str, str], ...]  # (head word, kind) in the file's order: the first in a name wins
    not_bodies: tuple[str, ...]  # endings of names of things, not bodies ("Geographic Information System")

    def kind_of(self, expansion: str) -> str | None:
        """The kind of body an acronym's expansion names, or None when it names none."""
        if not self.head.search(expansion) or expansion.endswith(self.not_bodies):
            return None
        words = expansion.split()
        # (a head of two words or more, "Sewerage System", ends the name)
        return next((k for word, k in self.kinds if word in words or (" " in word and expansion.endswith(word))),
                    "international")


def compile_body_heads(data: Any) -> BodyHeads:
    """organisations.yml's `body_heads` and `body_heads_of` ({word: kind}) and `not_bodies`, compiled."""
    data = data if isinstance(data, dict) else {}
    heads, heads_of = data.get("body_heads") or {}, data.get("body_heads_of") or {}
    not_bodies = data.get("not_bodies") or []
    if not isinstance(heads, dict) or not isinstance(heads_of, dict) or not isinstance(not_bodies, list):
        raise ValueError("organisations.yml: body_heads, body_heads_of: expected mappings of head words to "
                         "kinds ({Agency: agency}); not_bodies: a list of words")
    alt_end = "|".join(map(re.escape, sorted(heads, key=lambda w: (-len(w), w)))) or "(?!)"
    alt_of = "|".join(map(re.escape, sorted(heads_of, key=lambda w: (-len(w), w)))) or "(?!)"
    head = re.compile(r"(?:^(?:[A-Z][\w'-]*\s+){0,2}(?:" + alt_of + r")\s+(?:of|for|on)\s|\s(?:" + alt_end + r")$)")
    kinds = tuple((str(w), str(k)) for w, k in {**heads_of, **heads}.items() if k and k != "international")
    return BodyHeads(head, kinds, tuple(str(n) for n in not_bodies))


@lru_cache(maxsize=1)
def body_heads() -> BodyHeads:
    """organisations.yml's body heads, read once per process."""
    return compile_body_heads(load_yaml(ORGANISATIONS_FILE))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping `spans` (binary search)."""
    i = bisect_right(starts, start) - 1
    return any(0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1] for j in (i, i + 1))


_NEXT_WORD = re.compile(r"\S*\s*")
_SENTENCE_END = re.compile(r"[a-z]{3}\.$")
_PARTICLE_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w'-]*\s(?:du|de|des|del|di|da)\s\Z")
_DEFINED = re.compile(r"\(([A-Z]{2,5})\)")


def _defined_otherwise(text: str, forms: CompanyForms) -> set[str]:
    """The legal forms in capitals the text defines as something else: "the Joint Steering
    Committee (JSC)" makes every bare "JSC" of the text that committee ("the Project JSC"), no
    company's suffix; "Joint Stock Company (JSC)" defines the form itself."""
    out = set()
    for m in _DEFINED.finditer(text):
        abbr = m.group(1)
        if abbr not in out and forms.suffix.fullmatch(abbr) and \
                not any(not text[f.end():m.start()].strip()
                        for f in forms.suffix.finditer(text, max(0, m.start() - 40), m.start())):
            out.add(abbr)
    return out


def without_inner_names(hits: list[Hit], text: str, forms: CompanyForms) -> list[Hit]:
    """`hits` without the words inside a company's name that are no mention of their own: the place
    or people in "Italian-Thai Development Public Company Limited", "Thai Binh Power JSC", "Japan
    Tobacco Inc." (no mention of the country), the brand opening "Hitachi Zosen Corporation" (a
    company of its own, not Hitachi). A hit that is the whole name stays ("Toyota Tsusho Corporation")."""
    names = company_names(text, [], forms)
    if not names:
        return hits
    starts = [s for s, _, _ in names]
    out = []
    for h in hits:
        i = bisect_right(starts, h.start) - 1
        # (a known name reaching the legal form, "Hitachi Ltd", is the company itself, not inside it)
        inside = i >= 0 and h.end < names[i][1] - 1 and h.kind in ("countries", "regions", "organisations") \
            and h.text.rstrip(".,") != names[i][2]
        if not inside or (h.kind == "organisations" and h.start != names[i][0]):
            out.append(h)
    return out


def company_names(text: str, known_spans: list[tuple[int, int]],
                  forms: CompanyForms | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of companies named with a legal form (`forms`, organisations.yml's by
    default), outside the `known_spans`."""
    by_suffix, by_prefix = _company_candidates(text, forms or company_forms())
    known_spans = sorted(known_spans)
    starts = [s for s, _ in known_spans]
    found = [c for c in by_suffix if not _overlaps(c[0], c[1], known_spans, starts)]
    # ("PT Adhi Karya": the form before the name; a name the suffixes read already is not read again)
    taken = {start for start, _, _ in found}
    found += [c for c in by_prefix if c[0] not in taken and not _overlaps(c[0], c[1], known_spans, starts)]
    return sorted(found)


@lru_cache(maxsize=16)
def _company_candidates(text: str, forms: CompanyForms) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """(the names read by their legal form after them, those read by the form before them) in
    `text`, wherever they stand: a document's texts are asked for their companies three times
    (its organisations, its topics, the names inside company names), each with other spans."""
    found: list[tuple[int, int, str]] = []
    by_suffix = any(word in text for word in forms.hints)
    by_prefix = any(word in text for word in forms.prefix_hints)
    if not by_suffix and not by_prefix:
        return (), ()
    other_senses = _defined_otherwise(text, forms) if by_suffix else set()
    for n, suffix in enumerate(forms.suffix.finditer(text) if by_suffix else ()):
        if n >= MAX_COMPANY_SUFFIXES:  # a list of companies, not a text: enough is found
            break
        if suffix.group(0) in other_senses:
            continue
        m = _COMPANY_NAME.search(text, max(0, suffix.start() - 80), suffix.start())
        if not m:
            continue
        words = m.group("name").split()
        start = m.start("name")
        while words and (words[0] in _NOT_COMPANY_START or _POSSESSIVE.search(words[0])):
            # (the span starts at the name itself: "Vietnam's" before it stays the country's)
            start = text.index(words.pop(0), start) + 1
            start = start + len(_NEXT_WORD.match(text, start).group(0))
        if words and words[-1].rstrip(".,") in forms.suffix_words:  # "X Co., Ltd.": "Ltd." after "Co."
            continue
        # ("... and Indonesia. Sumitomo Metal Mining Co.": the name starts after the sentence's stop)
        while any(_SENTENCE_END.search(w) for w in words[:-1]):
            start = text.index(words.pop(0), start) + 1
            start = start + len(_NEXT_WORD.match(text, start).group(0))
        # ("Electricite du Laos Transmission Co.": a particle inside the name, the words before it its own)
        if (particle := _PARTICLE_BEFORE.search(text, max(0, start - 40), start)) and not words[0].endswith("."):
            start, words = particle.start(), [*particle.group(0).split(), *words]
        name = " ".join(words).rstrip(".,")
        # (a known name before the company's own, "Vietnam's", "Indonesia.", is no part of it)
        if len(name) >= 2 and slugify(name):
            found.append((start, suffix.end(), name))
    prefixed = tuple((m.start(), m.end(), m.group(0)) for m in forms.prefix.finditer(text)) if by_prefix else ()
    return tuple(found), prefixed


def unknown_companies(text: str, known_spans: list[tuple[int, int]],
                      forms: CompanyForms | None = None) -> list[tuple[str, str]]:
    """(id, name) of companies named with a legal form and not in the vocabulary."""
    return [(slugify(name), name) for _, _, name in company_names(text, known_spans, forms)]


def organisations(parts: Parts, head: list[Hit], body: list[Hit], vocab: Any,
                  acronyms: list[dict[str, str]], extra_ids: list[str] = ()) -> list[dict[str, Any]]:
    """Known organisations by mentions, plus companies and acronym-defined bodies the text names."""
    counts = Counter(h.id for h in [*head, *body] if h.kind == "organisations")
    for ident in extra_ids:  # e.g. the outlet in the source line
        counts[ident] = counts.get(ident, 0) or 1
    entries = {}
    for ident, n in counts.items():
        org = vocab.organisations.get(ident) or {}
        entry = {"id": ident, "name": str(org.get("name") or ident)}
        if org.get("full_name") and org.get("full_name") != entry["name"]:
            entry["full_name"] = str(org["full_name"])
        entry["kind"] = str(org.get("kind") or "company")
        entry["mentions"] = n
        entries[ident] = entry
    for text, hits in ((parts.head_text, head), (parts.body_text, body)):
        spans = [(h.start, h.end) for h in hits]
        for ident, name in unknown_companies(text, spans, forms_of(vocab)):
            if ident in entries:
                entries[ident]["mentions"] += 1
            else:
                entries[ident] = {"id": ident, "name": name, "kind": "company", "mentions": 1}
    known_forms = {h.text for h in [*head, *body]}
    for acro in acronyms:
        abbr, expansion = acro["abbr"], acro["expansion"]
        # (an acronym the vocabulary gives another body, "NEC" defined as a National Economic
        # Council: an id of its own, never the company's page)
        ident = slugify(abbr) if slugify(abbr) not in vocab.organisations else slugify(f"{abbr} {expansion}")
        if abbr in known_forms or expansion in known_forms or ident in entries:
            continue
        kind = body_heads().kind_of(expansion)
        if kind is None:
            continue
        mentions = parts.body_text.count(abbr) or 1
        entries[ident] = {"id": ident, "name": abbr, "full_name": expansion, "kind": kind, "mentions": mentions}
        # ("Dhaka Mass Transit Company Limited (DMTCL)": one body, its acronym's entry, no company beside it)
        for other in [i for i, e in entries.items() if e["kind"] == "company" and "full_name" not in e and
                      expansion.startswith(e["name"] + " ") and i not in vocab.organisations]:
            del entries[other]
    return sorted(entries.values(), key=lambda e: (-e["mentions"], e["name"].lower(), e["id"]))


@lru_cache(maxsize=8)
def _not_topic_matchers(entities: Matcher, phrases: Matcher, acronyms: Matcher,
                        not_topics: tuple[str, ...]) -> tuple[Matcher, ...]:
    """Matchers of the words that hold a topic word and are no sign of the topic: names of
    places and organisations ("Port Moresby", "Metro Manila", "Yachiyo Engineering",
    "United Nations Children's Fund") and the phrases topics.yml lists as `not_topics`
    ("road map", "trade-offs")."""
    names = {form: value for form, value in entities.forms.items()
             if value[0] and (phrases.finditer(form) or acronyms.finditer(form))}
    matchers = [Matcher(names)] if names else []
    if not_topics:
        matchers.append(Matcher({form: ("", "") for form in not_topics}, ignore_case=True))
    return tuple(matchers)


def _name_spans(text: str, vocab: Any, hits: list[Hit]) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, topics it stands for) of each name or `not_topics` phrase in `text` that
    holds a topic word; an organisation's `topics` in organisations.yml are the topics its name
    is a sign of ("Philippine Coast Guard": security), every other name is a sign of none."""
    m = vocab.matchers
    not_topics = tuple(str(f) for f in (vocab.topic_settings or {}).get("not_topics") or ())
    orgs = vocab.organisations or {}
    spans = []
    for matcher in _not_topic_matchers(m.entities, m.topic_phrases, m.topic_acronyms, not_topics):
        for h in matcher.finditer(text):
            stands_for = (orgs.get(h.id) or {}).get("topics") if h.kind == "organisations" else None
            spans.append((h.start, h.end, frozenset(stands_for or ())))
    if any(text[h.start].isupper() for h in hits):  # only a capitalised word can be in a company's name
        spans += [(start, end, frozenset()) for start, end, _ in company_names(text, [(s, e) for s, e, _ in spans],
                                                                                forms_of(vocab))]
    return spans


_CAMEL_HASHTAG = re.compile(r"#((?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|\d+){2,})\b")
_CAMEL_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|\d+")


def split_hashtags(text: str) -> str:
    """`text` with each run-together hashtag's words apart ("#DisasterRiskReduction" as "#Disaster
    Risk Reduction"), for topic matching only: the body keeps the tag as written."""
    return _CAMEL_HASHTAG.sub(lambda m: "#" + " ".join(_CAMEL_WORD.findall(m.group(1))), text)


def topic_hits(text: str, vocab: Any, context: str | None = None) -> list[Hit]:
    """Topic hits in `text`, except a topic word inside a longer name or phrase that means
    something else: the port of Port Moresby is a capital, not transport; the engineering of
    Yachiyo Engineering (or of an unknown "Nippon Koei Engineering Co., Ltd.") is a company's
    name, the fund of the United Nations Children's Fund an agency's. A bare word's other sense
    is read in `context` (the whole text, when `text` is its headline), else in `text`."""
    if "#" in text:
        text = split_hashtags(text)
    hits = without_time_zones(find_topics(text, vocab), text)
    if not hits:
        return hits
    # For each name, the hits inside it (hits are in text order: a binary search finds the first)
    starts = [h.start for h in hits]
    inside: set[int] = set()
    for s, e, keep in _name_spans(text, vocab, hits):
        for i in range(bisect_left(starts, s), bisect_left(starts, e)):
            h = hits[i]
            if h.end <= e and (s, e) != (h.start, h.end) and h.id not in keep:
                inside.add(i)
    return without_other_senses([h for i, h in enumerate(hits) if i not in inside], context or text, vocab)


def without_other_senses(hits: list[Hit], text: str, vocab: Any) -> list[Hit]:
    """Hits less the bare words (topics.yml `other_senses`) whose other sense the text fixes
    with a longer phrase: after "Doppler weather radars", "the radars" are no security sign."""
    senses = (vocab.topic_settings or {}).get("other_senses") or {}
    bare = [h for h in hits if h.text.lower() in senses]
    if not bare:
        return hits
    low = text.lower()
    other = {form for form in {h.text.lower() for h in bare}
             if any(str(phrase).lower() in low for phrase in senses[form] or ())}
    return [h for h in hits if h.text.lower() not in other] if other else hits


def topics(parts: Parts, vocab: Any, amounts: int = 0) -> list[dict[str, Any]]:
    """Topics whose score passes the length-aware threshold; focus from the headlines."""
    settings = vocab.topic_settings or {}
    title_weight = float(settings.get("title_weight", 3))
    threshold = max(float(settings.get("min_score", 2)), parts.words / float(settings.get("words_per_point", 600)))
    share = float(settings.get("focus_share", 0.5))
    scores: Counter[str] = Counter()
    headline: set[str] = set()
    # (the headline's bare "radar" is a weather radar when the story says so: "Japan turns over
    # radar system to PAGASA" over "... a weather radar system worth PHP1.2 billion ...")
    for hit in topic_hits(parts.headline_text, vocab, f"{parts.headline_text}\n{parts.prose_text}"):
        scores[hit.id] += title_weight
        headline.add(hit.id)
    for hit in topic_hits(parts.prose_text, vocab):
        scores[hit.id] += 1
    money_topic = settings.get("amounts_topic")
    if amounts and money_topic in (vocab.topics or {}):
        scores[money_topic] += amounts
    tagged = {i: s for i, s in scores.items() if s >= threshold}
    best = max(tagged.values(), default=0)
    named = headline & set(tagged)
    entries = []
    for ident, score in tagged.items():
        entry = vocab.topics.get(ident) or {}
        focus = ident in named if named else score >= share * best
        score = int(score) if float(score).is_integer() else round(score, 2)
        entries.append({"id": ident, "name": str(entry.get("name") or ident), "focus": focus, "score": score})
    return _sorted(entries, "score")


def word_count(texts: list[str] | tuple[str, ...]) -> int:
    """Words as a reader counts them: runs of characters between spaces."""
    return sum(len(t.split()) for t in texts)


def reading_minutes(words: int, per_minute: int = 220) -> int:
    return max(1, math.ceil(words / per_minute)) if words > per_minute else 1
