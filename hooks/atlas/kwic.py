"""Keyword in context: the sentences of a document that mention a term, with the term marked.

Each document is scanned once, where it is made (own_snippets), with one pattern of the surface
forms of every vocabulary entry (names, aliases, demonyms), compiled once, and a small one of its
own terms the vocabularies lack: the cost grows with the text, not with the number of terms in
the corpus, and a document's sentences depend on it and the vocabularies alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, NamedTuple, Sequence

from .clean_rules import load_rules
from .escape import escape_inline
from .matching import starts_with
from .model import Document
from .sentences import after_abbreviation
from .store import stable_digest
from .taxonomy import KINDS, Term, meta_entries

# Vocabulary fields whose strings are other ways the text may name an entry.
_FORM_FIELDS = ("name", "full_name", "official_name", "common_name", "aliases", "alias", "spellings",
                "other_names", "names", "demonyms", "demonym", "abbr", "acronym", "acronyms",
                "phrases", "keywords", "cities")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
MAX_SENTENCES = 2
MAX_SENTENCE_CHARS = 400


class Snippet(NamedTuple):
    """One sentence mentioning a term, where it stands in the document."""

    anchor: str  # paragraph anchor in the document page, e.g. "p-3"
    sentence: str  # plain text
    spans: tuple[tuple[int, int], ...]  # where the term stands in the sentence

    def markdown(self) -> str:
        """The sentence, escaped, with each mention wrapped in <mark> (the only markup added)."""
        out, at = [], 0
        for start, end in self.spans:
            out.append(escape_inline(self.sentence[at:start]))
            out.append(f"<mark>{escape_inline(self.sentence[start:end])}</mark>")
            at = end
        out.append(escape_inline(self.sentence[at:]))
        return "".join(out)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):  # e.g. phrases: {"digital transformation": 2}
        return [str(k) for k in value]
    return []


def _vocab_entry(section: Any, ident: str) -> dict:
    """The vocabulary entry for an id, whatever the file's shape (mapping by id, or list)."""
    if isinstance(section, dict):
        for key in (ident, ident.upper(), ident.lower()):
            if isinstance(section.get(key), dict):
                return section[key]
        for key in ("countries", "regions", "topics", "organisations", "entries", "items"):
            if key in section:
                return _vocab_entry(section[key], ident)
    if isinstance(section, list):
        for entry in section:
            if isinstance(entry, dict) and ident.casefold() in (
                    str(entry.get("id", "")).casefold(), str(entry.get("code", "")).casefold()):
                return entry
    return {}


def surface_forms(term: Term, vocab: Any = None) -> list[str]:
    """Every way the text may name a term: its display names plus the vocabulary's aliases."""
    forms = [term.name, term.full_name]
    entry = _vocab_entry(getattr(vocab, term.kind, None) or {}, term.id) if vocab is not None else {}
    for name in _FORM_FIELDS:
        forms.extend(_strings(entry.get(name)))
    if term.kind == "organisations" and term.id.isupper():
        forms.append(term.id)
    # the texts use both apostrophes: "Japan's" and "Japan’s"
    forms += [f.replace("'", "’") for f in forms if "'" in f] + [f.replace("’", "'") for f in forms if "’" in f]
    seen: dict[str, str] = {}
    for form in forms:
        form = form.strip()
        if len(form) >= 2 and form.casefold() not in seen:
            seen[form.casefold()] = form
    return sorted(seen.values(), key=lambda f: (-len(f), f))


def _is_acronym(form: str) -> bool:
    # "US", "ITU": matched with their case, or "us" and "itu" in words would count
    return form.upper() == form and any(c.isalpha() for c in form)


_WORD = re.compile(r"\w+")


_GAP = r"[\s\-'’.]*"  # what may stand between the words of a name ("Viet-Nam", "U.S.")
_SEPARATOR = "\0"  # between the texts FormIndex.find_in scans as one: outside _GAP, never in a seed


def _words_pattern(sequences: Iterable[tuple[str, ...]], lead: bool = False) -> str:
    """One regex for many word sequences: a trie over their characters, longer names first.

    Shared prefixes are factored out, so the engine follows one branch per character instead of
    trying every name at every position; a look-ahead on the possible first characters skips
    most positions at once. Between words stands what _GAP allows; each word ends where the
    text's word ends.

    With `lead` (for lower-cased text, where nearly every letter may start a name, so the
    look-ahead skips little) the pattern starts with the non-word character before the name and
    holds the name as group 1: the engine then passes over whole words in its C loop. The text
    to scan needs a space in front (see FormIndex.find).
    """
    trie: dict[str, Any] = {}
    for words in sequences:
        node = trie
        for ch in "\0".join(words):  # \0: the gap between two words
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"(?!\w)" + _GAP if ch == "\0" else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if lead:
        return rf"\W({emit(trie)})(?![\w$])"
    first = starts_with(words[0] for words in sequences if words)
    return rf"{first}(?<!\w)(?:{emit(trie)})(?![\w$])"  # "US$": a currency (atlas.matching)


_PATTERNS: dict[str, tuple[re.Pattern, re.Pattern]] = {}


def _compiled(signature: str, exact: dict, folded: dict) -> tuple[re.Pattern, re.Pattern]:
    """The two patterns of a set of names; the same names (every serve rebuild) reuse them."""
    found = _PATTERNS.get(signature)
    if found is None:
        never = r"(?!x)x"
        folded_pattern = _words_pattern(folded, lead=True) if folded else r"\W((?!x)x)"
        found = (re.compile(_words_pattern(exact) if exact else never), re.compile(folded_pattern))
        if len(_PATTERNS) > 8:  # a long serve session with edited vocabularies: keep the latest
            _PATTERNS.clear()
        _PATTERNS[signature] = found
    return found


@dataclass
class FormIndex:
    """Surface forms of many terms as word sequences, found by two compiled trie regexes.

    Built once per site: a document is then scanned in C by one pattern of every name, instead
    of a regex alternation compiled per document or a Python loop over its words.
    Acronyms ("US", "ITU") match with their case; other names ignore case.
    """

    exact: dict[tuple[str, ...], set[tuple[str, str]]]
    folded: dict[tuple[str, ...], set[tuple[str, str]]]
    signature: str = ""  # equal for equal contents: a cache of results can tell when names changed
    # term key -> its names, and the term they name (a document's term named otherwise needs more)
    forms: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    terms: dict[tuple[str, str], Term] = field(default_factory=dict, repr=False, compare=False)
    exact_re: re.Pattern | None = None
    folded_re: re.Pattern | None = None
    _known: dict[tuple[str, bool], Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, forms_by_term: dict[Term, list[str]]) -> "FormIndex":
        exact: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        folded: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        for term, forms in forms_by_term.items():
            for form in forms:
                words = tuple(_WORD.findall(form))
                if not words:
                    continue
                if _is_acronym(form):
                    exact.setdefault(words, set()).add(term.key)
                else:
                    folded.setdefault(tuple(w.lower() for w in words), set()).add(term.key)
        # stable across processes (not hash()): the build store keys kept sentences by it
        signature = stable_digest((tuple(sorted((k, tuple(sorted(v))) for k, v in exact.items())),
                                   tuple(sorted((k, tuple(sorted(v))) for k, v in folded.items())))).hex()
        forms = {term.key: frozenset(names) for term, names in forms_by_term.items()}
        terms = {term.key: term for term in forms_by_term}
        return cls(exact, folded, signature, forms, terms, *_compiled(signature, exact, folded))

    @cached_property
    def folded_re_i(self) -> re.Pattern:
        """The folded pattern ignoring case, for the rare text whose lower case changes its length
        ("İ"): compiled when first needed, as compiling a vocabulary's names takes a tenth of a second."""
        return re.compile(self.folded_re.pattern, re.IGNORECASE)

    def _keys(self, form: str, fold: bool) -> set[tuple[str, str]]:
        # The same few names recur in every document: each written form is read into words once.
        known = self._known.get((form, fold))
        if known is None:
            words = _WORD.findall(form)
            table = self.folded if fold else self.exact
            known = self._known[(form, fold)] = table.get(tuple(w.lower() for w in words) if fold else tuple(words),
                                                          frozenset())
        return known

    def find(self, text: str, wanted: set[tuple[str, str]] | None = None) -> list[tuple[int, int, tuple[str, str]]]:
        """(start, end, term key) of every name in the text, leftmost-longest, not overlapping."""
        return self.find_in([text], wanted)[0]

    def _hits(self, text: str, low: str, source: int) -> list[tuple[int, int, int, int, int]]:
        """(start, -end, folded, source, end) of every candidate of both patterns in `text`
        (`low`: its lower case, or the text itself when lower-casing changes its length)."""
        folded_re = self.folded_re if low is not text else self.folded_re_i
        hits = [(m.start(), -m.end(), 0, source, m.end()) for m in self.exact_re.finditer(text)]
        # the folded pattern holds the name as group 1 of a text one space longer (_words_pattern)
        hits += [(m.start(1) - 1, 1 - m.end(), 1, source, m.end() - 1) for m in folded_re.finditer(" " + low)]
        return hits

    def find_in(self, texts: Sequence[str], wanted: set[tuple[str, str]] | None = None,
                extra: "FormIndex | None" = None) -> list[list[tuple[int, int, tuple[str, str]]]]:
        """find() for each of several texts (a document's paragraphs), scanned as one: the
        texts are joined by NUL, which no seed holds (atlas.read refuses it) and which no name
        can span (_GAP), so a name found is a name of one text. Two regex scans per document
        instead of two per paragraph.

        `extra` holds more names (a document's own, which this index lacks): its hits join
        these, and a name both know counts for the terms of both."""
        text = _SEPARATOR.join(texts)
        low = text.lower()
        if len(low) != len(text):  # a rare letter whose lower case is longer: match ignoring case
            low = text
        # Candidates from both patterns; at one start the longer wins, an acronym before a name.
        hits = self._hits(text, low, 0)
        if extra is not None:
            hits += extra._hits(text, low, 1)
        found: list[list[tuple[int, int, tuple[str, str]]]] = [[] for _ in texts]
        if not hits:
            return found
        hits.sort()
        ends, at = [], -1  # where each text ends in the joined one
        for t in texts:
            at += len(t) + 1
            ends.append(at)
        which, offset = 0, 0
        free, taken = 0, (-1, -1, -1)
        for start, _, folded, source, end in hits:
            same = source and (start, end, folded) == taken  # a name the extra index knows too
            if start < free and not same:
                continue
            keys = (extra if source else self)._keys(text[start:end], bool(folded))
            if same:
                keys = keys - self._keys(text[start:end], bool(folded))
            else:
                # the longest name here is read as a whole: "Papua New Guinea" never counts as Guinea
                free, taken = end, (start, end, folded)
            if wanted is not None:
                keys = keys & wanted
            if keys:
                while start >= ends[which]:
                    offset = ends[which] + 1
                    which += 1
                for key in sorted(keys):
                    found[which].append((start - offset, end - offset, key))
        return found


def form_index(terms: Iterable[Term], vocab: Any = None) -> FormIndex:
    return FormIndex.build({t: surface_forms(t, vocab) for t in terms})


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; a plain rule (end mark, space, capital), but no end after an
    abbreviation or an initial ("Mr. Ueno", "PHNOM PENH, Nov. 27")."""
    out, at = [], 0
    abbreviations = load_rules().abbreviations
    for m in _SENTENCE_END.finditer(text):
        if text[m.start() - 1] == "." and after_abbreviation(text, m.start(), abbreviations):
            continue
        out.append((at, text[at:m.end()].rstrip()))
        at = m.end()
    if at < len(text):
        out.append((at, text[at:].rstrip()))
    return out


def _window(sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int, int, list[tuple[int, int]]]:
    """(start, end, cut, spans) of what a sentence shows: very long 'sentences' (lists, tables)
    are cut around the first mention, with an ellipsis at each cut end (`cut`: 1 before, 2 after);
    the spans are those within the cut, where they stand in the text shown."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return 0, len(sentence), 0, spans
    start = max(0, spans[0][0] - MAX_SENTENCE_CHARS // 2)
    end = min(len(sentence), start + MAX_SENTENCE_CHARS)
    cut = (start > 0) | (end < len(sentence)) << 1
    shift = start - (cut & 1)
    return start, end, cut, [(s - shift, e - shift) for s, e in spans if s >= start and e <= end]


def shown_sentence(text: str, start: int, end: int, cut: int) -> str:
    """The words of `text` from `start` to `end`, with an ellipsis at each end `cut` marks."""
    return ("…" if cut & 1 else "") + text[start:end] + ("…" if cut & 2 else "")


# Where one sentence of a document stands: the paragraph's position among the document's
# paragraphs, where the words shown start and end in its text, the ellipses (see _window) and the
# term's spans in the text shown. The words themselves are the paragraph's: a corpus keeps each
# sentence once, in its document. (A position, not the anchor: a term page reads a paragraph
# without making a table of the document's anchors first, 57,000 times at 1,000 documents.)
Place = tuple[int, int, int, int, tuple[tuple[int, int], ...]]


def document_snippets(doc: Document, terms: Iterable[Term], vocab: Any = None,
                      limit: int = MAX_SENTENCES, index: FormIndex | None = None,
                      extra: FormIndex | None = None) -> dict[tuple[str, str], list[Snippet]]:
    """For each of the document's terms, up to `limit` sentences that name it, in text order.

    `index` (from form_index over many terms: the vocabularies') saves building one per
    document; `extra` holds the names of the document's terms that `index` lacks.
    """
    return {key: snippets_at(doc, places) for key, places in sentence_places(doc, terms, vocab, limit, index, extra).items()}


def snippets_at(doc: Document, places: Iterable[Place]) -> list[Snippet]:
    """The sentences at `places` (from sentence_places) in the document's paragraphs."""
    paragraphs = doc.paragraphs
    return [Snippet(paragraphs[k].anchor, shown_sentence(paragraphs[k].text, start, end, cut), spans)
            for k, start, end, cut, spans in places]


def sentence_places(doc: Document, terms: Iterable[Term], vocab: Any = None, limit: int = MAX_SENTENCES,
                    index: FormIndex | None = None, extra: FormIndex | None = None) -> dict[tuple[str, str], list[Place]]:
    """document_snippets, each sentence as where it stands (a Place) rather than its words."""
    terms = list(terms)
    wanted = {t.key for t in terms}
    index = index or form_index(terms, vocab)
    found: dict[tuple[str, str], list[Place]] = {}
    full: set[tuple[str, str]] = set()  # terms with `limit` sentences already
    for k, (para, matches) in enumerate(zip(doc.paragraphs, index.find_in([p.text for p in doc.paragraphs], wanted, extra))):
        if not matches:
            continue
        sentences = split_sentences(para.text)
        open_spans: dict[tuple[str, str], tuple[int, list[tuple[int, int]]]] = {}

        def close(key: tuple[str, str], i: int, spans: list[tuple[int, int]]) -> None:
            at, sentence = sentences[i]
            spans = [(a, b) for a, b in spans if b <= len(sentence)]
            bucket = found[key]
            if spans and len(bucket) < limit:
                start, end, cut, kept = _window(sentence, spans)
                bucket.append((k, at + start, at + end, cut, tuple(kept)))
                if len(bucket) >= limit:
                    full.add(key)

        i, last = 0, len(sentences) - 1
        for m_start, m_end, key in matches:
            if key in full:
                continue  # its sentences are chosen: later mentions cost nothing more
            while i < last and sentences[i + 1][0] <= m_start:
                i += 1
            offset = sentences[i][0]
            current = open_spans.get(key)
            if current is not None and current[0] != i:
                close(key, *current)
                current = None
                if key in full:
                    del open_spans[key]
                    continue
            if current is None:
                found.setdefault(key, [])
                current = open_spans[key] = (i, [])
            current[1].append((m_start - offset, m_end - offset))
        for key, (at, spans) in open_spans.items():
            close(key, at, spans)
        if len(full) == len(wanted):
            break  # every term has its sentences: the rest of the text adds nothing
    return found


# A document's sentences as they are kept with it: term key -> (Place, ...). Plain tuples: ten
# times quicker to unpickle (from worker processes, from the build store).
OwnSnippets = dict[tuple[str, str], tuple[Place, ...]]


class SiteSnippets:
    """(document slug, term key) -> the document's sentences naming the term, for the term and
    pair pages: made from where they stand (the documents' OwnSnippets) when a page asks, so the
    site holds no second copy of any sentence."""

    def __init__(self, documents: Iterable[Document], vocab: Any = None) -> None:
        self._found: dict[str, tuple[Document, OwnSnippets]] = {}
        for doc in documents:
            # (a document made without them, as a test makes one, has them found now)
            self._found[doc.slug] = (doc, doc.snippets if doc.snippets is not None else own_snippets(doc, vocab))

    def get(self, key: tuple[str, tuple[str, str]], default: Sequence[Snippet] = ()) -> Sequence[Snippet]:
        places = self.places(key)
        return snippets_at(self._found[key[0]][0], places) if places else default

    def places(self, key: tuple[str, tuple[str, str]]) -> tuple[Place, ...]:
        """Where the sentences get() makes stand: with the document's bytes, a key for what is
        made of them, found without making them."""
        entry = self._found.get(key[0])
        return (entry[1].get(key[1]) or ()) if entry is not None else ()


def vocabulary_terms(vocab: Any) -> list[Term]:
    """Every entry of the vocabularies' countries, regions, topics and organisations as a Term."""
    terms = []
    for kind in KINDS:
        for ident, entry in (getattr(vocab, kind.key, None) or {}).items():
            entry = entry if isinstance(entry, dict) else {}
            terms.append(Term(kind.key, str(ident), str(entry.get("name") or ident), "",
                              str(entry.get("full_name") or "")))
    return terms


def vocabulary_index(vocab: Any) -> FormIndex:
    """The names of every vocabulary entry, compiled (Vocabulary.name_index keeps it: use names_of)."""
    return form_index(vocabulary_terms(vocab), vocab) if vocab is not None else FormIndex.build({})


def names_of(vocab: Any) -> FormIndex:
    """The vocabulary's index of names, kept with a Vocabulary; built now for any other object."""
    return getattr(vocab, "name_index", None) or vocabulary_index(vocab)


def document_terms(meta: dict[str, Any]) -> list[Term]:
    """The terms a document's front matter lists, as the taxonomy reads them (slugs aside)."""
    return [Term(kind.key, ident, name, "", str(data.get("full_name") or ""))
            for kind, ident, name, data in meta_entries(meta)]


def own_snippets(doc: Document, vocab: Any = None, limit: int = MAX_SENTENCES) -> OwnSnippets:
    """The sentences of a document that name its terms, found by the names of every vocabulary
    entry and its own terms' names: they depend on the document and the vocabularies alone, not
    on the rest of the corpus, so they are found where the document is made (in a worker
    process of a cold build) and kept with it. A longer name of any entry is read whole:
    "Papua New Guinea" is never a mention of Guinea."""
    index = names_of(vocab)
    terms = document_terms(doc.meta)
    extra_forms = {}
    for term in terms:
        if index.terms.get(term.key) == term:  # named as the vocabulary names it: the index has its names
            continue
        have = index.forms.get(term.key, frozenset())
        missing = [form for form in surface_forms(term, vocab) if form not in have]
        if missing:  # a company or an acronym's body the text defines, a name a contributor wrote
            extra_forms[term] = missing
    extra = FormIndex.build(extra_forms) if extra_forms else None
    found = sentence_places(doc, terms, vocab, limit, index=index, extra=extra)
    return {key: tuple(places) for key, places in found.items()}
