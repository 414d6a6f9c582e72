"""Finding vocabulary terms in text fast: one trie-shaped regex per vocabulary, compiled once.

A plain alternation of a thousand names makes the regex engine try every name at every
position; a trie regex (common prefixes factored out) tries only the branch for the next
character, so a document costs time in proportion to its length. Each alternative is
greedy, so at a given position the longest form wins ("Papua New Guinea" over "Guinea",
"Asian Development Bank" over "Asian"), and the scan runs left to right.

Places (countries, regions, not-places) and organisations share one matcher: an
organisation's name is a name, not a mention of the place inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable, Iterator, NamedTuple

# Same-length replacements only, so offsets in the normalised text are offsets in the original.
_NORMALISE = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
              ("\u2010", "-"), ("\u2011", "-"), ("\u00a0", " "), ("\u02bc", "'"))
# Words that may stand before an ambiguous name at the start of a sentence ("In Jordan, ...").
_WORDY = re.compile(r"\w")
# What follows a demonym that is also a language when the text means the language: the end of a
# clause ("training in Spanish."), another name and the end ("in Spanish and Guaraní,") or
# "-speaking" ("Portuguese-speaking countries"); an adjective goes on with its noun ("Spanish firms").
_LANGUAGE_USE = re.compile(r"-speaking|-language|\s*(?:[.,;:)]|$)|\s+(?:and|or)\s+[A-Z][\w'-]*\s*(?:[.,;:)]|$)")
_FUNCTION_WORDS = frozenset("In On At To From For With And Or By Of The About Across Into Both Including "
                            "Between Like Unlike Via Visit Visits Visited".split())


def normalise(text: str) -> str:
    """Curly quotes, dashes and hard spaces to ASCII, keeping every offset."""
    if text.isascii():
        return text
    for old, new in _NORMALISE:  # str.replace is much faster than str.translate with a dict
        if old in text:
            text = text.replace(old, new)
    return text


def trie_pattern(forms: Iterable[str]) -> str:
    """One regex matching any of `forms`, prefixes shared, longer continuations tried first."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def starts_with(forms: Iterable[str]) -> str:
    """A look-ahead on the first characters of `forms` (one that never holds when there are
    none). Put before a word-boundary look-behind, it lets the regex engine pass over most
    positions with one cheap test: about twice as fast on long texts."""
    first = "".join(sorted({re.escape(f[0]) for f in forms if f}))
    return f"(?=[{first}])" if first else "(?!)"


class Hit(NamedTuple):
    """One occurrence of a term: where, which term, and the words as written."""

    start: int
    end: int
    kind: str  # "countries" | "regions" | "organisations" | "topics" | "" (a not-place)
    id: str
    text: str


_WORD_CHAR = re.compile(r"\w")


class Matcher:
    """Find terms of one vocabulary: surface form -> (kind, id), whole words, longest first."""

    def __init__(self, forms: dict[str, tuple[str, str]], ignore_case: bool = False,
                 ambiguous: Iterable[str] = (), languages: Iterable[str] = ()):
        self.ignore_case = ignore_case
        self.forms = {(f.lower() if ignore_case else f): v for f, v in forms.items() if f}
        self.ambiguous = frozenset(ambiguous)
        self.languages = frozenset(languages)
        pattern = trie_pattern(self.forms) if self.forms else r"(?!x)x"
        # Lower-cased text offers a possible first letter at nearly every position, so a
        # look-ahead on first letters skips little there. When every form starts and ends with
        # a word character, the pattern starts with the non-word character before the name
        # instead (the text gets a space in front), and the regex engine passes over whole
        # words in its C loop: a quarter faster, with the same matches.
        self.lead = ignore_case and all(_WORDY.match(f[0]) and _WORDY.match(f[-1]) for f in self.forms)
        # Not followed by "$" either: "US$3.4 million", "NZ$", "S$" are currencies, not places.
        # Otherwise the pattern starts with the names themselves, so that the regex engine passes
        # over the characters no name starts with in its C loop (a look-behind or a look-ahead
        # first would have it try every position); that no word character stands before the
        # name is asked of each match found (see _spans): a quarter to two thirds faster.
        body = rf"\W({pattern})(?![\w$])" if self.lead else rf"(?:{pattern})(?![\w$])"
        # Case-insensitive matching runs on lower-cased text (faster than re.IGNORECASE);
        # the IGNORECASE twin is for the rare text whose lower-casing changes its length.
        self.regex = re.compile(body)

    @cached_property
    def regex_i(self) -> re.Pattern:
        """The pattern ignoring case, compiled when first needed (see __init__)."""
        return re.compile(self.regex.pattern, re.IGNORECASE) if self.ignore_case else self.regex

    def _spans(self, regex: re.Pattern, scan: str) -> Iterator[re.Match]:
        """The matches `(?<!\\w)` before the pattern would give: a match with a word character
        before it is passed over, and the search goes on from the place after its start (not
        after its end: a name may start inside it), as the engine would have."""
        if self.lead:
            yield from regex.finditer(scan)
            return
        search, word = regex.search, _WORD_CHAR.match
        m = search(scan)
        while m is not None:
            start = m.start()
            if start and word(scan, start - 1):
                m = search(scan, start + 1)
                continue
            yield m
            m = search(scan, m.end())

    def finditer(self, text: str) -> list[Hit]:
        """Every hit in `text`, left to right (a list: a document has a hundred or more)."""
        regex, scan = self.regex, text
        if self.ignore_case:
            scan = text.lower()
            if len(scan) != len(text):
                regex, scan = self.regex_i, text
        # The matched text of the lowered scan is the form's key as it stands.
        fold = self.ignore_case and scan is text
        forms, ambiguous, languages = self.forms, self.ambiguous, self.languages
        # A leading pattern (see __init__) matches the name as group 1, in a text one space longer.
        group, shift = (1, 1) if self.lead else (0, 0)
        hits = []
        for m in self._spans(regex, " " + scan if self.lead else scan):
            start, end = m.span(group)
            start, end = start - shift, end - shift
            key = m.group(group)
            form = key if scan is text else text[start:end]
            kind, ident = forms[key.lower() if fold else key]
            if ambiguous and form in ambiguous and self._next_to_a_name(text, start, end):
                continue
            if languages and form in languages and _LANGUAGE_USE.match(text, end):
                continue
            hits.append(Hit(start, end, kind, ident, form))
        return hits

    @staticmethod
    def _next_to_a_name(text: str, start: int, end: int) -> bool:
        """True when a capitalised word stands right beside: "Michael Jordan", "Chad Smith"."""
        before = re.search(r"([A-Z][\w'.-]*)\s+$", text[max(0, start - 40):start])
        after = re.match(r"\s+([A-Z][\w'.-]*)", text[end:end + 40])
        return bool((before and before.group(1) not in _FUNCTION_WORDS) or after)


@dataclass(frozen=True)
class Matchers:
    """The compiled matchers of one Vocabulary."""

    entities: Matcher  # countries, regions, not-places, organisations (case-sensitive)
    topic_phrases: Matcher  # case-insensitive
    topic_acronyms: Matcher  # case-sensitive
    org_keys: dict[str, str]  # article_key(any name of an organisation) -> id, for source lines (find_org)
    expansions: dict[str, list[str]]  # acronym -> known full names, for acronym definitions


_STOP = {"the", "of", "and", "for", "&"}


def norm_key(text: str) -> str:
    """A forgiving key for names: "THE YOMIURI SHIMBUN" == "Yomiuri Shimbun"."""
    words = re.findall(r"[a-z0-9]+", normalise(text).lower())
    return " ".join(w for w in words if w not in _STOP)


def article_key(text: str) -> str:
    """norm_key, but an article before one word stays ("The Nation", "The Star"): without it the
    name is a common word, and a site's section ("Nation") would read as the outlet."""
    words = re.findall(r"[a-z0-9]+", normalise(text).lower())
    return " ".join(words) if len(words) == 2 and words[0] == "the" else norm_key(text)


def find_org(keys: dict[str, str], text: str) -> str | None:
    """The organisation `text` names in an org_key_index, as written ("The Nation") or without its
    article ("THE MAINICHI" is the "Mainichi" the vocabulary knows)."""
    return keys.get(article_key(text)) or keys.get(norm_key(text))


def org_key_index(vocab: Any) -> dict[str, str]:
    """norm_key(name) -> id for source lines: an organisation's `source_aliases` too, the short
    names that are an outlet only on a line of their own ("Nikkei"; in a sentence, "Nikkei
    communities" are Japanese emigrants)."""
    keys: dict[str, str] = {}
    for ident, org in (vocab.organisations or {}).items():
        org = org or {}
        for form in [org.get("name"), org.get("full_name"), *_strings(org.get("aliases")),
                     *_strings(org.get("source_aliases"))]:
            if form:
                keys.setdefault(article_key(str(form)), str(ident))
    return keys


def _is_acronym(form: str) -> bool:
    """"JICA", "G7", and a short form in mixed case with more capitals than small letters ("DoNER",
    "AfDB", "DOTr"): a text may define it by its long name."""
    if " " in form:
        return False
    upper, lower = sum(c.isupper() for c in form), sum(c.islower() for c in form)
    return (upper > 0 and not lower) or upper >= max(2, lower)


def known_expansions(vocab: Any) -> dict[str, list[str]]:
    """Acronym -> the long names the vocabularies give it (longest first): "MEXT" -> [...]."""
    out: dict[str, list[str]] = {}
    for table in (vocab.organisations or {}, vocab.regions or {}):
        for entry in table.values():
            entry = entry or {}
            forms = [str(f) for f in [entry.get("name"), entry.get("full_name"), *_strings(entry.get("aliases"))] if f]
            longs = sorted({f for f in forms if not _is_acronym(f)}, key=len, reverse=True)
            for short in (f for f in forms if _is_acronym(f)):
                out.setdefault(short, []).extend(x for x in longs if x not in out[short])
    return out


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [str(k) for k in value]
    return [str(v) for v in value or () if v is not None and str(v).strip()]


def entity_forms(vocab: Any) -> tuple[dict[str, tuple[str, str]], set[str], set[str]]:
    """Surface form -> (kind, id) for every place and organisation, the ambiguous forms and the
    demonyms that are also languages.

    Later sections do not overwrite earlier ones: organisations first (their names are
    proper names that contain places), then countries, regions, and not-places last.
    """
    forms: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    languages: set[str] = set()

    def add(form: str, value: tuple[str, str]) -> None:
        form = form.strip()
        # "the Philippines" is found as "Philippines"; forms that start with a small letter
        # would make the matcher stop at every "the", "to", "s..." (they stay in the data:
        # the schema resolves them when a contributor writes them)
        if form[:1].islower() and form[:1] != "g":
            return
        forms.setdefault(form, value)

    for ident, entry in (vocab.organisations or {}).items():
        entry = entry or {}
        if entry.get("platform"):
            continue  # ("Follow us on Facebook": a social network named in a text is no organisation of it)
        for form in [entry.get("name"), entry.get("full_name"), *_strings(entry.get("aliases"))]:
            if form:
                add(str(form), ("organisations", str(ident)))
    for code, entry in (vocab.countries or {}).items():
        entry = entry or {}
        for key in ("name", "aliases", "demonyms", "cities", "ambiguous"):
            for form in _strings(entry.get(key)):
                add(form, ("countries", str(code)))
        ambiguous.update(_strings(entry.get("ambiguous")))
        languages.update(_strings(entry.get("languages")))
    for ident, entry in (vocab.regions or {}).items():
        entry = entry or {}
        for form in [entry.get("name"), *_strings(entry.get("aliases"))]:
            if form:
                add(str(form), ("regions", str(ident)))
    for form in vocab.not_places or ():
        add(str(form), ("", ""))
    return forms, ambiguous, languages


def topic_forms(vocab: Any) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(case-insensitive phrases, case-sensitive acronyms) -> ("topics", id)."""
    phrases: dict[str, tuple[str, str]] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    for ident, entry in (vocab.topics or {}).items():
        entry = entry if isinstance(entry, dict) else {}
        for form in _strings(entry.get("phrases")):
            phrases.setdefault(form.lower(), ("topics", str(ident)))
        for form in _strings(entry.get("acronyms")):
            acronyms.setdefault(form, ("topics", str(ident)))
    return phrases, acronyms


def build_matchers(vocab: Any) -> Matchers:
    """Compile every matcher of a vocabulary (done once; Vocabulary.matchers caches it)."""
    entities, ambiguous, languages = entity_forms(vocab)
    phrases, acronyms = topic_forms(vocab)
    return Matchers(Matcher(entities, ambiguous=ambiguous, languages=languages), Matcher(phrases, ignore_case=True),
                    Matcher(acronyms), org_key_index(vocab), known_expansions(vocab))


def without_overlaps(hits: Iterable[Hit]) -> list[Hit]:
    """Hits sorted by position; where two overlap, the earlier (then longer) one stays."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def without_echoes(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a hit that only repeats the previous one in brackets: "Viet Nam (Vietnam)", "(AI)"."""
    kept: list[Hit] = []
    for hit in hits:
        if kept and kept[-1].id == hit.id and kept[-1].kind == hit.kind \
                and text[kept[-1].end:hit.start].strip() == "(" and text[hit.end:hit.end + 1] == ")":
            continue
        kept.append(hit)
    return kept


# A body named after its state's other country: "the Ministry of Finance of the Republic of Iraq",
# "Iraq's Ministry of Finance", "the Thai Ministry of Foreign Affairs".
_OF_A_STATE = re.compile(r"\s+of\s+(?:the\s+)?")
_STATES_OWN = re.compile(r"(?:'s)?\s+")


def without_foreign_bodies(text: str, hits: list[Hit], organisations: dict[str, Any]) -> list[Hit]:
    """Drop a national body's hit when the text says it is another state's: Japan's ministries
    have generic names ("Ministry of Finance", "Ministry of Foreign Affairs"), which every state's
    ministry shares. Only bodies of kind `government` with a `country` are read, and only a
    country named right after ("... of Iraq") or right before ("Iraq's ...", "Iraqi ...")."""
    kept: list[Hit] = []
    for i, hit in enumerate(hits):
        org = organisations.get(hit.id) if hit.kind == "organisations" else None
        if org and org.get("kind") == "government" and org.get("country"):
            home = str(org["country"])
            after = hits[i + 1] if i + 1 < len(hits) else None
            before = hits[i - 1] if i else None
            if (after and after.kind == "countries" and after.id != home
                    and _OF_A_STATE.fullmatch(text, hit.end, after.start)) or \
                    (before and before.kind == "countries" and before.id != home
                     and _STATES_OWN.fullmatch(text, before.end, hit.start)):
                continue
        kept.append(hit)
    return kept


def find_entities(text: str, vocab: Any) -> list[Hit]:
    """Countries, regions and organisations named in `text`, in order (not-places dropped)."""
    text = normalise(text)
    hits = without_echoes(text, list(vocab.matchers.entities.finditer(text)))
    hits = without_foreign_bodies(text, hits, vocab.organisations or {})
    return [h for h in hits if h.kind]


def find_topics(text: str, vocab: Any) -> list[Hit]:
    """Topic phrase and acronym hits in `text`, in order, overlaps and echoes removed."""
    text = normalise(text)
    m = vocab.matchers
    hits = without_overlaps([*m.topic_phrases.finditer(text), *m.topic_acronyms.finditer(text)])
    return without_echoes(text, hits)


# A Mongolian name as its press writes it: the patronymic's initial glued to the given name by a
# stop ("Ts.Batbayar", "B.Saruul", "D.Tsogtbaatar"). The initial is one capital or a digraph of the
# transliteration (Ts, Ch, Sh, Kh, Zh, Ya, Yu, Ye, Yo); the given name has three letters or more
# and no stop follows it with a word (not a domain, "Gov.Mn.com").
_GLUED_TAIL = re.compile(r"\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?!\w|\.\w)")
_GLUED_INITIAL = re.compile(r"(?<![\w.])(?:[A-Z]|Ts|[CSKZ]h|Y[aueo])\Z")


def glued_names(text: str) -> list[tuple[int, str]]:
    """(where, name) for each glued-initial name in `text` (see _GLUED_TAIL); the stop that glues
    them is searched for first, as few texts have a stop before a capital with no space."""
    found = []
    for m in _GLUED_TAIL.finditer(text):
        initial = _GLUED_INITIAL.search(text, max(0, m.start() - 3), m.start())
        if initial:
            found.append((initial.start(), text[initial.start():m.end()]))
    return found


def is_glued_name(text: str) -> bool:
    """A line that is one glued-initial name and nothing else ("B.Saruul")."""
    names = glued_names(text)
    return len(names) == 1 and names[0][1] == text
