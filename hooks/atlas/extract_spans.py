"""Things a text states in a recognisable shape: acronym definitions, people with a role,
sums of money. Each function takes plain text and returns data in order of appearance.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .clean_rules import load_rules, without_byline_note
from .honorifics import honorific_alternation, honorific_words
from .matching import glued_names, is_glued_name, normalise, starts_with, trie_pattern
from .vocab import DATA_DIR, load_yaml

# --- acronyms ---------------------------------------------------------------------------------
# A short form: one token with two capitals (or a capital and a digit): DX, C2R, ISDB-T, R&D.
_SHORT = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2}|.*[A-Z].*\d|.*\d.*[A-Z])[A-Za-z0-9][\w&.\-/]{1,11}$")
_PAREN = re.compile(r"\(([^()]{1,120})\)")
_WORD = re.compile(r"[\w'&.\-/]+")
_LEADING_JUNK = re.compile(r"^[\"'(\[]+")
_CLAUSE_BREAK = re.compile(r"(?<=[.;:!?])\s+|\n")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_LOWER_OK = {"of", "and", "for", "the", "on", "in", "with", "to", "de", "du", "la", "et", "&"}


# A project's phase in brackets ("Patimban Port Development Project (III)", "(II)") is a Roman
# numeral, not an acronym: its "long form" would be the project's name. Made of I, V and X only, so
# DX, CD or MD (valid numerals too) stay acronyms.
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def is_short_form(token: str) -> bool:
    return bool(_SHORT.match(token)) and not token.isdigit() and not _ROMAN.fullmatch(token)


def _best_long_form(short: str, candidate: str, capital_first: bool = False) -> str | None:
    """Schwartz & Hearst (2003): the shortest end of `candidate` whose characters spell the
    short form in order, its first letter at a word start (a capital one, if `capital_first`)."""
    s = [c.lower() for c in short if c.isalnum()]
    lf = candidate
    si, li = len(s) - 1, len(lf) - 1
    while si >= 0:
        c = s[si]
        while li >= 0 and (lf[li].lower() != c or (si == 0 and li > 0 and lf[li - 1].isalnum())
                           or (si == 0 and capital_first and not lf[li].isupper())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = lf.rfind(" ", 0, li + 1) + 1
    return lf[start:].strip()


# A long form never starts with one of these: "a Green Revolution in Africa (AGRA)" stops too soon.
_NOT_FIRST = {"a", "an", "the", "of", "and", "for", "in", "on", "to", "with", "by"}


def _long_form(short: str, candidate: str) -> str | None:
    """The long form that `short` abbreviates at the end of `candidate`, or None.

    X stands for "trans(formation)" in DX, GX; a long form found starting with an article or a
    preposition ("a Green Revolution in Africa (AGRA)") starts at the capitalised word before it
    when one spells it too ("Alliance for a Green Revolution in Africa").
    """
    found = _best_long_form(short, candidate)
    if found is None and "X" in short:
        short = short.replace("X", "T")
        found = _best_long_form(short, candidate)
    if found and found.split(" ", 1)[0] in _NOT_FIRST:
        found = _best_long_form(short, candidate, capital_first=True) or found
    return found


def _extend_capitalised(before: str, long_form: str, body_ends: frozenset[str] = frozenset()) -> str:
    """"Agency for Medical Research" -> "Japan Agency for Medical Research" when the text says so;
    a long form in small letters is a common noun ("small and medium-sized enterprises"): the
    capitalised word before it ("Japanese SMEs") is not part of it. A word that ends a body's name
    (`body_ends`) ends another name or a label before this one: a project sheet's field and its
    value, "Executing Agency Department of Public Works and Highways (DPWH)", "Implementing
    Organization Ministry of ... (MISTI)", where the name starts after it."""
    if not long_form[:1].isupper():
        return long_form
    head = before[: len(before) - len(long_form)].rstrip()
    words = head.split(" ")
    extra: list[str] = []
    while words and re.fullmatch(r"[A-Z][\w-]*", words[-1]) and words[-1] not in {"The", "A", "An", "In", "On"} and \
            words[-1] not in body_ends:
        extra.insert(0, words.pop())
        if len(extra) >= 3:
            break
    return " ".join([*extra, long_form]) if extra else long_form


# A body's head before its long form: "DoNER" spells "Development of North Eastern Region", the
# ministry's name after "Ministry of", which the short form leaves out.
_BODY_HEADS = ("Ministry", "Department", "Office", "Bureau", "Agency", "Directorate", "Commission")
_BODY_HEAD = re.compile(r"(?:^|\s)(?P<head>(?:" + "|".join(_BODY_HEADS) + r")"
                        r"\s+(?:of|for)\s+(?:the\s+)?)$")


@functools.cache
def _body_ends() -> frozenset[str]:
    """The words that end a body's name (people.yml `body_words`, and the heads above: "Executing
    Agency"), where the capitalised words of another name or a label stop."""
    return frozenset(load_titles().body_words | set(_BODY_HEADS))


def _with_body_head(before: str, long_form: str) -> str:
    """The long form with the head of the body it names, when the short form leaves it out:
    "Ministry of Development of North Eastern Region (DoNER)"."""
    head = _BODY_HEAD.search(before, 0, len(before) - len(long_form)) if before.endswith(long_form) else None
    return head.group("head") + long_form if head and long_form[:1].isupper() else long_form


def _known_expansion(short: str, before: str, known: dict[str, list[str]]) -> str | None:
    """A known full name (from the vocabularies) that the text writes just before "(SHORT)"."""
    for full in known.get(short, ()):
        if before.endswith(full):
            return full
    return None


def find_acronyms(text: str, known: dict[str, list[str]] | None = None) -> list[dict[str, str]]:
    """Acronyms the text defines: "Long Form (LF)", "LF (Long Form)" and "(LF, Long Form)"."""
    text = normalise(text)
    known = known or {}
    found: dict[str, str] = {}
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        pair: tuple[str, str] | None = None
        if is_short_form(inner):
            before = text[max(0, m.start() - 200):m.start()].rstrip()
            before = _CLAUSE_BREAK.split(before)[-1].rstrip(' ,"')
            expansion = _known_expansion(inner, before, known)
            if expansion is None:
                n = len([c for c in inner if c.isalnum()])
                words = before.split(" ")[-min(n + 5, n * 2):]
                expansion = _long_form(inner, " ".join(words))
                if expansion:
                    expansion = _with_body_head(before, _extend_capitalised(before, expansion, _body_ends()))
            if expansion:
                pair = (inner, expansion)
        elif "," in inner and is_short_form(inner.split(",")[0].strip()):
            short, long_form = (p.strip() for p in inner.split(",", 1))
            if _best_long_form(short, long_form) == long_form:
                pair = (short, long_form)
        elif " " in inner:
            last = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            if last and is_short_form(last.group(1)) and _best_long_form(last.group(1), inner) == inner:
                pair = (last.group(1), inner)
        if pair is None:
            continue
        short, long_form = pair
        long_form = _LEADING_JUNK.sub("", long_form).strip()
        if not long_form or long_form == short or len(long_form.split()) > 12 or len(long_form) <= len(short):
            continue
        found.setdefault(short, long_form)
    return [{"abbr": k, "expansion": v} for k, v in sorted(found.items(), key=lambda kv: (kv[0].lower(), kv[0]))]


# --- people -------------------------------------------------------------------------------------
# A name after the role: "Fumio Kishida", or a Japanese name as Japan's government writes it in
# English, family name in capitals first ("KAMIKAWA Yoko"), read as "Yoko Kamikawa" so that it is
# the same person as in a story that writes the given name first. The titles are people.yml's.
# (a name's small letters are Latin-1's accented ones too, "[a-zß-öø-ÿ]": "Gerd Müller" is no "Gerd")
# (written once: every name pattern below reads its small letters so)
_SMALL = "[a-zß-öø-ÿāăąćčďđēėęěğīįıķľłńņňōőœŕřśşšţťūůűųźżž]"
# (and a name's capital, accents and all: "Osman Çelik", "Şükrü Kaya", "Łukasz Nowak")
_CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
# A given name's second syllable after a hyphen, in small letters, as Korean names are romanised
# ("Lee Hyun-ju", "Ban Ki-moon"); not a word that makes an adjective of the name ("Widodo-led").
_SYLLABLE = r"(?:-(?!(?:led|based|backed|funded|owned|run|made|born|era|style|type|linked)\b)[a-z]{2,})?"


def _name_run(most: int) -> str:
    """Two to `most` + 1 capitalised words of a name, apart by spaces or hyphens ("Enrique Manalo",
    "Kao Kim Hourn"): the pattern's text, shared by the patterns that read a name."""
    return _CAP + _SMALL + r"+(?:[- ]" + _CAP + _SMALL + r"+){1," + str(most) + "}"


# Middle initials after a given name, before the family name: one ("Manuel M. Bonoan") or two, glued or
# apart ("Retno L.P. Marsudi", "Retno L. P. Marsudi"), as Indonesian and Philippine names are written.
_INITIALS = r"(?: [A-Z]\.(?: ?[A-Z]\.)?(?= [A-Z][a-z]))?"


def _role_name(titles: list[str], tails: tuple[str, ...] = ()) -> re.Pattern[str]:
    # (the title and the name on one line: the text read is a line per block, and a title closing
    # one, "Speeches and Statements by the Prime Minister", names no "Policy Speech" under it)
    # (a title's tail, "Extraordinary and Plenipotentiary", goes with it: people.yml `title_tails`)
    first = "".join(sorted({re.escape(t[0]) for t in titles} | set("fct")))  # (fct: "former", "then", "current")
    tail = r"(?:[^\S\n]+(?:" + "|".join(re.escape(t) for t in tails) + r"))?" if tails else ""
    return re.compile(
        rf"(?=[{first}])(?<![\w'])(?:(?:former|then|current)\s+)?(?P<role>" + trie_pattern(titles) + tail + r")[^\S\n]+"
        r"(?:(?P<name>(?P<family>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+(?P<given>" + _CAP + _SMALL + r"+)|" + _CAP + _SMALL + r"+" + _INITIALS + r""
        r"(?:[- ]" + _CAP + _SMALL + r"+" + _SYLLABLE + r"){0,3})(?![\w'])|(?:in|to|of|for)\s+(?:the\s+)?(?=[A-Z]))")  # "Ambassador to the Philippines ...": see _role_place_name


# Words after a role that are more of the title, not a name ("Ambassador Extraordinary and Plenipotentiary").
# Nor is a body's word: "Nation Religion King" over "Ministry of Public Works" (a letterhead) names
# no king called Ministry.
_NOT_NAMES = {"Office", "Offices", "Of", "And", "The", "Said", "Has", "Will", "Is", "Was", "Extraordinary",
              "Plenipotentiary", "Emeritus", "Designate", "Elect", "Ministry", "Department", "Embassy",
              "Government", "Agency", "Council", "Committee", "Commission", "Authority", "Bureau", "Secretariat"}
# Capitalised words after a role in small letters that start a phrase, not a name ("the
# minister On Tuesday", "president This year").
_NOT_FIRST_NAMES = {"On", "In", "At", "For", "From", "To", "By", "This", "That", "Last", "Next", "During",
                    "After", "Before", "When", "While", "But", "As", "If", *calendar.day_name, *calendar.month_name[1:]}


def is_honorific(word: str, titles: "Titles | None" = None) -> bool:
    """"Dr.", "Ms", "H.E.": how a text addresses a person (people.yml's honorifics), not a role."""
    return (titles or load_titles()).honorific_word.fullmatch(word) is not None


# A name followed by its role, as ministries and agencies write a signing or a speaker list:
# "Mr. KUROKI Hideo, Ambassador Extraordinary and Plenipotentiary of Japan", "H.E. Mr. Bendito dos
# Santos Freitas, Minister for Foreign Affairs and Cooperation of ...", "Ms. Jane Tan, Director-General
# of ...". Precise only with an honorific or a family name in capitals (MOFA style) before the comma,
# and a role of the vocabulary, capitalised, right after it.
_PARTICLES = r"(?:(?:dos|das|da|de|del|dela|della|delos|do|du|van|von|der|den|ter|bin|binti|binte|ibn|al|el|la|le)\s+)"
# Found from the role after a comma (few in a text), then the name that ends at the comma: up to
# two of people.yml's `title_ranks` before one of its `titles` or `comma_titles`.
def _comma_role(titles: list[str], ranks: list[str]) -> re.Pattern[str]:
    return re.compile(
        r",\s+(?:the\s+)?(?:[A-Z]{2,8}\s+(?=[A-Z])|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+(?=[A-Z]))?(?P<role>(?:(?:" + "|".join(map(re.escape, ranks)) + r")[\s-]){0,2}"
        r"(?:" + trie_pattern(titles) + r"))(?![\w'])")


def _name_before(honorific: str) -> re.Pattern[str]:
    """The name that ends where a role after its comma starts, its honorifics (`honorific`, a
    regex of them) before it: "H.E. Mr. Bendito dos Santos Freitas", "Mr. KUROKI Hideo". An initial
    or a short given name may stand with its stop ("Theresa P. Lazaro", "Ferdinand R. Marcos Jr.",
    "Ma. Theresa Lazaro": Maria, as Philippine texts write it)."""
    word = r"(?:[A-Z][\w'’-]*|(?!(?:" + honorific + r")\.)[A-Z][a-z]?\.)"  # (an honorific is no initial: "Mr.")
    return re.compile(
        r"(?=[A-Z])(?<![\w.])(?P<hon>(?:" + honorific + r"\.?\s+){1,3})?"
        r"(?:(?P<family>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+(?P<given>" + _CAP + _SMALL + r"+(?:-[a-z]+)?)"
        r"|(?P<name>" + word + r"(?:\s+" + _PARTICLES + r"*" + word + r"){0,4}))\Z")


# How the role goes on: "Minister of Finance", "for Foreign Affairs and Cooperation", "of Economy, Trade
# and Industry"; it stops where the place or body it serves starts ("of the Republic of ...", "of
# Japan", "to the ...") or at the next person ("and H.E. Mr. ...").
_ROLE_TAIL = re.compile(r"(?:,\s+(?=(?:[A-Z][\w'’-]*\s+)+and\s+[A-Z])|\s+(?:and|&|of|for|on)\s+(?!the\b|The\b)|\s+)"
                        r"(?P<word>[A-Z][\w'’-]*)(?!\w|\.\w)")  # (its stop may end the sentence: "... and Transport.")


def _role_tail(text: str, start: int, blocked: set[str]) -> int:
    """Where the role that ends at `start` really ends: its capitalised words and "of"/"for" parts."""
    end, words = start, 0
    while words < 10:
        m = _ROLE_TAIL.match(text, end)
        if not m or m.group("word") in blocked or is_honorific(m.group("word") + "."):
            break
        end, words = m.end(), words + 1
    return end


# A news story names its speaker after the verb: "..., said Akinwumi Adesina, President of the ...".
_SAID = re.compile(r"(?:\bsaid|\bsays|\badded|\bnoted|\b[Aa]ccording to)\s+$")


# ... or before it, the name opening the sentence: "Munkhtuya Altangerel, UNDP Resident Representative
# in Timor-Leste, said ..."
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)$")
# (the verbs are people.yml's speech_verbs: "Tanaka Akihiko, President of JICA, visited the site")


def _quoted_name(text: str, m: re.Match[str], role_end: int, says_after: re.Pattern[str]) -> bool:
    """Whether a name without an honorific stands right after a reporting verb, or opens a sentence
    whose verb of saying follows the role, as two or three capitalised words: the speaker of a
    quotation, whose role follows after a comma."""
    name = m.group("name") or ""
    if not 2 <= len(name.split()) <= 4:  # (a Vietnamese name has four: "Nguyen Thi Thanh Huong")
        return False
    return bool(_SAID.search(text, max(0, m.start() - 20), m.start())) or \
        bool(_SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()) and says_after.match(text, role_end))


def _ends_with(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `pattern` matches a stretch of `text` that ends at `end` (an honorific before a name)."""
    return any((m := pattern.match(text, start)) and m.end() == end for start in range(max(0, end - 12), end))


def _unaddressed(name: str, honorific: re.Pattern[str] | None) -> str:
    """The name without the honorifics that open it ("Shri Narendra Modi" -> "Narendra Modi"); none
    when it is only an honorific ("Minister Dr. Jitendra Singh" read as the role and "Dr": the
    role's honorifics before the name are read by Titles.role_honorific)."""
    while honorific and (m := honorific.match(name + " X")):
        name = name[m.end():]
    return name


def _lower_role(text: str, r: re.Match[str], blocked: set[str]) -> str:
    """A role in small letters after the name, as news writes it ("director-general of CMAC"),
    in capitals as the vocabulary's roles are; with the body it serves when that ends the
    apposition ("of JICA Vietnam,"), not when the body's name goes on in small letters ("of Jica's
    Thailand office")."""
    role = "-".join(" ".join(w.capitalize() for w in part.split()) for part in r.group("role").split("-"))
    end = _role_tail(text, r.end("role"), blocked)
    if end == r.end("role") and (body := _BODY_SERVED.match(text, end)) and body.group("body") in blocked:
        end = body.end()  # (a body the vocabulary knows ends the tail: "head of BRIN." is BRIN's head)
    if end > r.end("role") and (end == len(text) or text[end] in ",.;("):
        role += text[r.end("role"):end]
    return role


# The body a role in small letters serves, named by the vocabulary right after it ("head of BRIN")
_BODY_SERVED = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})(?![\w'’-])")


def _names_then_roles(text: str, blocked: set[str], titles: Titles) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, name, role) for each name followed by its role after a comma: capitalised as
    ministries write it, or in small letters as news does (`lower_roles`, people.yml's
    apposition roles; then only for a speaker or a name with an honorific, people.yml's
    `honorific` too: "Smt. Anupriya Patel, Minister of State")."""
    lower_roles, honorific = titles.apposition, titles.honorific
    found = [*titles.comma_role.finditer(text), *(lower_roles.finditer(text) if lower_roles else ())]
    for r in sorted(found, key=lambda r: r.start()):
        m = titles.name_before.search(text, max(0, r.start() - 100), r.start())
        addressed = bool(m and honorific and (honorific.match(text, m.start("name") if m.group("name") else
                                                               m.start()) or
                                               _ends_with(honorific, text, m.start())))
        if not m or not (m.group("hon") or m.group("family") or addressed or _quoted_name(text, m, r.end(), titles.says_after)
                         or _signed_by(text, m, titles)):
            continue  # "Japan, Minister ...": a capitalised word before a role needs an honorific
        if m.group("family"):
            if m.group("family") in blocked or m.group("given") in _NOT_FIRST_NAMES:
                continue  # "ASEAN Member, ...", "TOKYO Tuesday, ...": no family and given name
            name = f"{m.group('given')} {m.group('family').title()}"
        else:
            name = " ".join(w.title() if len(w) > 2 and w.isupper() else w for w in m.group("name").split())
        name = _unaddressed(name, honorific)
        if not name or any(w in blocked or w in titles.not_name_words or w in _NOT_NAMES for w in name.split()):
            continue  # "Mr. President, Prime Minister ...": an address, not a name
        end = _role_tail(text, r.end("role"), blocked)
        if _holder_after(text, end, titles) and _in_a_sentence(text, m.start()):
            continue  # ("Dr. Kao Kim Hourn, Ambassador of Japan to ASEAN H.E. Kiya Masahiko": Kiya's role)
        yield m.start(), r.end(), name, _lower_role(text, r, blocked) if r.re is lower_roles else \
            text[r.start("role"):end] + _post_after(text, end)


def _by_before(verbs: list[str]) -> re.Pattern[str]:
    """A verb of people.yml's by_verbs, then "by" later in its clause, at the end of what is searched
    ("signed by", "signed today at the Ministry of Foreign Affairs in Colombo by")."""
    if not verbs:
        return re.compile("(?!)")
    return re.compile(r"\b(?:" + trie_pattern(verbs) + r")\b[^,.;:!?]{0,80}?\bby\s+$")


def _signed_by(text: str, m: re.Match, titles: Titles) -> bool:
    """A name of two words or more right after a verb's "by" ("signed by Mizukoshi Hideaki,
    Ambassador of Japan to Sri Lanka"): a person's, as the role after its comma says."""
    name = m.group("name") or ""
    return len(name.split()) >= 2 and titles.by_before.search(text, max(0, m.start() - 120), m.start()) is not None


# (the clause's rest: to its comma, or the stop after a word, not an honorific's "H.E.")
_SENTENCE_WORD = re.compile(r"\b(?!(?:of|to|in|for|and|the|on|at|de)\b)[a-z]{2,}\b")


def _in_a_sentence(text: str, start: int) -> bool:
    """Whether the words before `start`, on its line, hold a word of a sentence in small letters
    ("The ceremony was attended by ..."), not only names, roles and their links: a list of people
    whose line breaks were lost ("H.E. Mr. A, Ambassador of Japan to Jamaica Hon. B, Minister ...")
    is read name, then role."""
    line = max(text.rfind("\n", 0, start) + 1, start - 120)
    return bool(_SENTENCE_WORD.search(text, line, start))


_CLAUSE_REST = re.compile(r"(?:[^,;:.\n]|(?<![a-z]{2})\.){0,80}")


def _holder_after(text: str, end: int, titles: Titles) -> bool:
    """Whether the role ending at `end` goes on, in its clause, to the honorific and name of its own
    holder: a list of people each after the role ("Secretary-General of ASEAN Dr. A, Ambassador of
    Japan to ASEAN H.E. B, and ..."), no role of the name before its comma."""
    rest = _CLAUSE_REST.match(text, end).group(0)
    return bool(titles.addressed.search(rest))


# A role, the place or body it serves, then the name: "JICA Chief Representative in Viet Nam Sakata
# Shimizu", "Secretary-General of ASEAN Kao Kim Hourn". The place must be one the vocabularies know
# (so the name starts where it ends), and the name must be two to four words.
_NAME_AFTER_RE = re.compile(r"\s+(?:(?P<family>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+(?P<given>" + _CAP + _SMALL + r"+)"
                            r"|(?P<name>" + _CAP + _SMALL + r"+" + _INITIALS + r"(?:[- ]" + _CAP + _SMALL + r"+" + _SYLLABLE + r"){1,3}))(?![\w'])")


# The portfolio a minister's or a secretary's title names before the name, as news agencies write
# it ("Deputy Minister of Investment, Industry and Trade Laziz Kudratov", "Cabinet Secretary for
# Investments, Trade and Industry Lee Kinyanjui"): its words (people.yml), joined by commas and "and".
PEOPLE_FILE = DATA_DIR / "people.yml"
_CAPITALISED_WORD = re.compile(r"" + _CAP + _SMALL + r"+")
_PORTFOLIO_WORD = re.compile(_CAP + _SMALL + r"+|[A-Z]{2,5}")


@dataclass(frozen=True)
class Titles:
    """people.yml, compiled: the words of people's titles."""

    portfolio_words: frozenset[str]
    # "Foreign Affairs Secretary Enrique Manalo", "Permanent Secretary Kyaw Kyaw": a secretary's
    # portfolio or rank before the title, then the name (two or three words, or family name first)
    secretary: re.Pattern[str]
    # "..., said Takeshi Yamamoto, director of the Asia Pacific division at METI.": a role in small
    # letters after the name and its comma, before the body it serves or the clause's end
    apposition: re.Pattern[str] | None = None
    # "Shri ", "Smt. ", "Dr. ": a word that addresses the person opening a name, never part of it
    honorific: re.Pattern[str] | None = None
    # "Union Minister Shri Ashwini Vaishnaw", "Minister Dr. Jitendra Singh": the role, the
    # honorifics, then the name
    role_honorific: re.Pattern[str] | None = None
    # "Indonesian energy minister Arifin Tasrif", "financing director Riko Amir": a role in small
    # letters before a name of two or three words, and the roles' last words (a cheap gate)
    lower_role: re.Pattern[str] | None = None
    lower_role_words: tuple[str, ...] = ()
    # "Dr.", "H.E.", "Shri" alone (is_honorific), each form as people.yml writes it (by its letters:
    # the role of a person the text names only with one), and the patterns that read them
    honorific_word: re.Pattern[str] = re.compile("(?!)")
    honorific_forms: dict[str, str] = field(default_factory=dict)
    name_before: re.Pattern[str] = re.compile("(?!)")
    honorific_name: re.Pattern[str] = re.compile("(?!)")
    role_comma_honorific: re.Pattern[str] = re.compile("(?!)")
    honorific_gates: tuple[str, ...] = ()  # "Dr", "H.": a cheap test for a text with an honorific
    addressed: re.Pattern[str] = re.compile("(?!)")  # " Mr. ", " H.E. Dr. ": honorifics before a name
    comma_honorific: re.Pattern[str] = re.compile("(?!)")  # ", Dr": the same for role_comma_honorific
    # people.yml's titles ("Prime Minister Fumio Kishida"), and after a name and its comma with
    # the comma_titles and title_ranks ("Ms. Jane Tan, Deputy Director of ...")
    role_name: re.Pattern[str] = re.compile("(?!)")
    comma_role: re.Pattern[str] = re.compile("(?!)")
    role_comma_name: re.Pattern[str] = re.compile("(?!)")  # "The UNDP Administrator, Haoliang Xu, said"
    says_after_comma: re.Pattern[str] = re.compile("(?!)")  # ", said": a text where role_comma_name may find one
    says_after: re.Pattern[str] = re.compile("(?!)")  # "... of JICA, said": a role's end, then the verb
    role_comma_line: re.Pattern[str] = re.compile("(?!)")  # "Spokesperson of the Ministry ..., Roy Soemirat" a line
    # "The head of JICA's Viet Nam office, Sakamoto Takema, said": a role, the body it serves in words of
    # any case, then the speaker set off by commas (looked for where says_after_comma finds a verb)
    role_body_comma_name: re.Pattern[str] = re.compile("(?!)")
    speaker_after_comma: re.Pattern[str] = re.compile("(?!)")  # ", Sakamoto Takema, said": where to look back
    # "Enrique A. Manalo" / "Secretary of Foreign Affairs of the Philippines": a signatory's or a
    # speaker's name on its line, the role on the next
    name_line_role_line: re.Pattern[str] = re.compile("(?!)")
    title_opens_line: re.Pattern[str] = re.compile("(?!)")  # "\nSecretary ...": where a name line may stand above
    title_gates: tuple[str, ...] = ()  # the titles' last words, in people.yml's order: the same
    not_name_words: frozenset[str] = frozenset()  # the titles' and addresses' words: never a name's
    office_words: frozenset[str] = frozenset()
    # "for ASEAN Political-Security Community": the capitalised words of a body's name ending on
    # one of people.yml's body_words, right after a role and the places it names
    body_after: re.Pattern[str] = re.compile("(?!)")
    body_words: frozenset[str] = frozenset()
    # a writer's post or outlet after a byline's comma, in small letters (people.yml byline_posts,
    # apposition_roles and apposition_ranks): no next writer's name holds one
    post_words: frozenset[str] = frozenset()
    # a trade before a glued name, in small letters (people.yml occupations and one-word apposition_roles)
    occupations: frozenset[str] = frozenset()
    # "Special Advisor to the ": an aide's title right before the title of the one served
    aide: re.Pattern[str] | None = None
    title: re.Pattern[str] = re.compile("(?!)")  # one of the titles alone (a glued name's role before it)
    # "Deputy Prime Minister and ": a first office held with the title after it (see _office_before)
    office_before: re.Pattern[str] = re.compile("(?!)")
    patronymic: frozenset[str] = frozenset()  # "Tun" inside "Abang Johari Tun Openg": a word of the name
    # people.yml's by_verbs then "by" in the clause: "signed today at the Ministry ... by" (see _signed_by)
    by_before: re.Pattern[str] = re.compile("(?!)")
    # "the minister of finance, Pichai Chunhavajira, said": a role and its portfolio in small letters
    lower_portfolio: re.Pattern[str] = re.compile("(?!)")
    house_names: frozenset[str] = frozenset()  # "Tengku" before "Datuk Seri ... Zafrul": a word of the name
    headline_verbs: frozenset[str] = frozenset()  # "Visits" after "Prime Minister Kishida": the name ends before it
    # ", Research Officer," / "\nCommunications Officer": a post after a name, its last word a post
    # noun (people.yml post_nouns; see _post_pattern)
    post_after: re.Pattern[str] = re.compile("(?!)")

    def honorific_form(self, written: str) -> str:
        """"Dr" or "Dr." -> "Dr.", as people.yml writes it."""
        return self.honorific_forms.get(_letters(written), written)


def _letters(honorific: str) -> str:
    return re.sub(r"[\s.]", "", honorific).lower()


def _checked_list(data: dict[str, Any], key: str, shape: re.Pattern[str], kind: str, one: str,
                  required: bool = True) -> list[str]:
    """The entries people.yml lists under `key`, each of `shape`, or ValueError naming the first
    that is not one (`kind` names what the list holds, `one` what an entry must be); none when
    the key is absent and not `required`."""
    entries = data.get(key) if required else data.get(key, [])
    if not isinstance(entries, list):
        raise ValueError(f"people.yml: {key}: expected a list of {kind}")
    bad = next((e for e in entries if not shape.fullmatch(str(e))), None)
    if bad is not None:
        raise ValueError(f"people.yml: {key}: {bad!r} is not {one}")
    return [str(e) for e in entries]


def _word_list(data: dict[str, Any], key: str) -> list[str]:
    """Capitalised words, one each (the role's words are read a word at a time)."""
    return _checked_list(data, key, _CAPITALISED_WORD, "words", "one capitalised word")


_TITLE = re.compile(r"[A-Z][A-Za-z]*\.?(?:[ -][A-Z][A-Za-z]*\.?)*")


def _title_list(data: dict[str, Any], key: str) -> list[str]:
    """Titles in capitalised words: "Prime Minister", "Secretary-General", "CEO"."""
    return _checked_list(data, key, _TITLE, "titles", "a title in capitalised words")


_PHRASE = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def _phrase_list(data: dict[str, Any], key: str) -> list[str]:
    """Phrases in small letters (none when the key is absent)."""
    return _checked_list(data, key, _PHRASE, "phrases", "a phrase in small letters", required=False)


def compile_titles(data: Any) -> Titles:
    """people.yml's data, checked (see _checked_list) and compiled."""
    data = data if isinstance(data, dict) else {}
    portfolio = _checked_list(data, "portfolio_words", _PORTFOLIO_WORD, "words", "one capitalised word or an acronym")
    qualifiers = trie_pattern([*portfolio, *_word_list(data, "secretary_ranks")])
    secretary = re.compile(
        r"(?=[A-Z])(?<![\w'’-])(?P<role>(?:(?:" + qualifiers + r")(?:,\s+|\s+and\s+|\s+)){1,4}Secretary"
        r"|[A-Z]{2,6}\s+Secretary)\s+"  # ("ERD Secretary Md Shahriar Kader Siddiky": a body's acronym before it)
        r"(?P<name>(?P<family>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+(?P<given>" + _CAP + _SMALL + r"+)"
        r"|" + _CAP + _SMALL + r"+(?:(?:\s[A-Z]\.)?[- ]" + _CAP + _SMALL + r"+){1,3})"  # ("Manuel M. Bonoan": a middle initial)
        r"(?![\w'])")
    titles = _title_list(data, "titles")
    comma_titles = [*titles, *_title_list(data, "comma_titles")]
    words = honorific_words(data)
    any_honorific = honorific_alternation(words)
    honorific = re.compile(any_honorific + r"\.?\s+(?=[A-Z])") if words else None
    role_honorific = re.compile(
        r"(?=[A-Z])(?<![\w'])(?P<role>" + trie_pattern(titles) + r")\s+(?:" + honorific.pattern + r"){1,2}"
        r"(?P<name>(?P<family>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+(?P<given>" + _CAP + _SMALL + r"+)|" + _name_run(3) + r")"
        r"(?![\w'])") if honorific else None
    lower = _phrase_list(data, "lower_roles")
    # (or the place or body it serves, then the name set off by commas: "JICA's chief representative in
    # Bangladesh, Ichiguchi Tomohide, said ...")
    lower_name = _name_run(2)
    # (or a place the vocabulary knows, then the name, no comma between: "Japanese ambassador to Namibia
    # Hisao Nishimaki said ..."; _titled_people keeps it only when `place` is such a place)
    # (or the name set off by commas right after the role: "her Indonesian counterpart, Retno Marsudi, by phone")
    lower_role = re.compile(starts_with(lower) + r"(?<![\w'-])(?P<role>" + trie_pattern(lower) + r")(?:\s+|"
                            r",\s+(?=" + lower_name + r",)|"
                            r"\s+(?:in|of|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?=" + lower_name + r",)|"
                            r"\s+(?:to|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?=" + lower_name +
                            r"(?![\w'])))(?P<name>" + lower_name + r")(?![\w'])") if lower else None
    return Titles(frozenset(portfolio), secretary, _apposition(data), honorific, role_honorific, lower_role,
                  tuple(sorted({role.split()[-1] for role in lower})),
                  honorific_word=re.compile(any_honorific + r"\.?"),
                  honorific_forms={_letters(w): w for w in words},
                  name_before=_name_before(any_honorific),
                  honorific_name=_honorific_name(words, any_honorific),
                  role_comma_honorific=_role_comma_honorific(titles, any_honorific),
                  honorific_gates=_fewest([_gate(w) for w in words]),
                  addressed=re.compile(r"\s+(?:" + any_honorific + r"\.?\s+){1,3}(?=[A-Z])"),
                  comma_honorific=re.compile(r",\s+" + any_honorific + r"\.?\s"),
                  role_name=_role_name(titles, tuple(" ".join(t.split()) for t in data.get("title_tails") or [])),
                  comma_role=_comma_role(comma_titles, _word_list(data, "title_ranks")),
                  role_comma_name=_role_comma_name(titles, verbs := _phrase_list(data, "speech_verbs")),
                  says_after_comma=re.compile(r",\s+" + _says(verbs)),
                  says_after=re.compile(r"[^.;:\n]{0,120}?,\s+" + _says(verbs)),
                  role_comma_line=_role_comma_line(titles),
                  title_opens_line=re.compile(r"\n[ \t]*(?:" + trie_pattern(comma_titles) + r")(?![\w'’])"),
                  name_line_role_line=_name_line_role_line(comma_titles, any_honorific,
                                                           [" ".join(t.split()) for t in data.get("title_tails") or []]),
                  speaker_after_comma=re.compile(r",\s+" + _name_run(2) + r",\s+" +
                                                 _says(verbs)),
                  role_body_comma_name=_role_body_comma_name(
                      [*titles, *_phrase_list(data, "lower_roles"), *_phrase_list(data, "apposition_roles")], verbs),
                  title_gates=_fewest([title.split()[-1] for title in comma_titles]),
                  not_name_words=frozenset(w for t in [*titles, *_word_list(data, "addresses")] for w in t.split()),
                  office_words=frozenset(_word_list(data, "office_words")),
                  body_after=_body_after(_word_list(data, "body_words")) if "body_words" in data else re.compile("(?!)"),
                  body_words=frozenset(_word_list(data, "body_words")) if "body_words" in data else frozenset(),
                  occupations=frozenset(w for key in ("occupations", "apposition_roles")
                                        for w in _phrase_list(data, key) if " " not in w),
                  post_words=frozenset(w.casefold() for key in ("byline_posts", "apposition_roles", "apposition_ranks")
                                       for phrase in _phrase_list(data, key) for w in phrase.split()),
                  aide=_aide(_title_list(data, "aide_titles")) if "aide_titles" in data else None,
                  title=re.compile(r"(?<![\w'])(?:" + trie_pattern(titles) + r")(?![\w'])"),
                  office_before=re.compile(r"(?<![\w'’-])(?:" + trie_pattern(titles) + r")[ \t]+and[ \t]+\Z"),
                  lower_portfolio=_lower_portfolio([*lower, *_phrase_list(data, "portfolio_roles")],
                                                   [w.lower() for w in portfolio], verbs),
                  house_names=frozenset(_word_list(data, "house_names")) if "house_names" in data else frozenset(),
                  patronymic=frozenset(_word_list(data, "patronymic_titles")) if "patronymic_titles" in data
                  else frozenset(),
                  headline_verbs=frozenset(_phrase_list(data, "headline_verbs")),
                  by_before=_by_before(_phrase_list(data, "by_verbs")),
                  post_after=_post_pattern(_title_list(data, "post_nouns")) if "post_nouns" in data else re.compile("(?!)"))


def _post_pattern(nouns: list[str]) -> re.Pattern[str]:
    """A post right after a name: a comma or a line break, up to three capitalised words (or an
    acronym), then a post noun, closing the clause or the line ("Research Officer, ISEAS")."""
    return re.compile(r"(?:,[ \t]+|[ \t]*\n[ \t]*)(?P<post>(?:(?:[A-Z][\w'’&-]*|[A-Z]{2,8})[ \t]+){0,3}"
                      r"(?:" + trie_pattern(nouns) + r"))(?=[ \t]*(?:,|\.(?!\w)|;|\n|$))")


def _body_after(words: list[str]) -> re.Pattern[str]:
    # (up to three capitalised words before it: "Political-Security", "Socio-Cultural")
    return re.compile(r"(?:\s+(?:for|of)\s+(?:the\s+)?|\s+)(?:[A-Z][\w'’-]*\s+){0,3}?(?:" + "|".join(words) + r")(?![\w'])")


def _aide(aides: list[str]) -> re.Pattern[str]:
    # (up to two capitalised words before it: "Special", "Senior Policy")
    return re.compile(r"(?<![\w'])(?:[A-Z][\w'’-]*\s+){0,2}(?:" + trie_pattern(aides) + r")\s+to\s+(?:the\s+)?\Z")


def _fewest(words: list[str]) -> tuple[str, ...]:
    """The words, less those that hold another ("Secretary-General" holds "Secretary"): a text
    holding any of them holds one of these. In their order: the data lists the common ones
    first ("Minister", "Mr."), so a text that holds one is told so after few searches."""
    return tuple(w for w in dict.fromkeys(words) if not any(o != w and o in w for o in words))


def _gate(honorific: str) -> str:
    """What every way of writing an honorific holds: its letters up to the first inner stop ("H."
    for "H.E." and "H. E."), or all of them ("Dr" for "Dr." and "Dr")."""
    head, stop, _ = honorific.rstrip(".").partition(".")
    return head + stop


def _apposition(data: dict[str, Any]) -> re.Pattern[str] | None:
    """The pattern of a role in small letters after a name's comma (people.yml apposition_roles,
    after up to two apposition_ranks: "a senior fellow at", "first vice-president of")."""
    roles = _phrase_list(data, "apposition_roles")
    if not roles:
        return None
    ranks = _phrase_list(data, "apposition_ranks")
    # (capitalised too, as a ministry writes the post after the name: "Dr. Laksana Tri Handoko, Head of BRIN")
    roles = [*roles, *(_capitalised(r) for r in roles)]
    ranks = [*ranks, *(_capitalised(r) for r in ranks)]
    rank = r"(?:(?:" + trie_pattern(ranks) + r")[\s-]){0,2}" if ranks else ""
    # (or after the place or body it serves, possessive, and a word of its portfolio: "..., Indonesia's
    # finance minister.", "..., JICA's senior adviser")
    # (the person's age may stand first, "Le Thi Hoa, 45, a farmer in ..."; a body's acronym after the
    # article, "a JICA expert")
    return re.compile(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+(?:[A-Z]{2,6}\s+)?|"
                      r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+(?:[a-z]+\s+)??)?"
                      r"(?P<role>" + rank + r"(?:" + trie_pattern(roles) + r"))"
                      r"(?=\s+(?:of|at|for|in|to|with|and)\s|\s*[,.;])")


def _capitalised(phrase: str) -> str:
    """A phrase of people.yml in small letters as a title is written ("chief representative" ->
    "Chief Representative", "director-general" -> "Director-General")."""
    return "-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in phrase.split("-"))


@functools.cache
def load_titles(path: Path = PEOPLE_FILE) -> Titles:
    """people.yml, read and checked once per process."""
    return compile_titles(load_yaml(path))


# (an acronym too: "Minister of ICT and Innovation Paula Ingabire")
# (a word joined by hyphens is one word: "State-Owned", never "State" then a name "-Owned ...")
_HYPHENED = _CAP + _SMALL + r"+(?:-" + _CAP + _SMALL + r"+)*"
_PORTFOLIO = re.compile(r"(?:,\s+|\s+and\s+|\s+)?(?P<word>" + _HYPHENED + r"|[A-Z]{2,5}(?![\w'’-]))")
# A word the vocabulary does not list, right before one it does, qualifies that word: it is of the
# portfolio ("Internal Affairs", "Maritime Affairs", "Rural Development", "State-Owned Enterprises"),
# not the name's start.
_QUALIFIED = re.compile(r"(?:,\s+|\s+and\s+|\s+)?" + _HYPHENED + r" (?P<word>" + _CAP + _SMALL + r"+)")


def _portfolio_word(text: str, end: int, portfolio: frozenset[str]) -> int | None:
    """Where the portfolio's next word ends (see _QUALIFIED for one it does not list), or None."""
    w = _PORTFOLIO.match(text, end)
    if w and w.group("word") in portfolio:
        return w.end()
    q = _QUALIFIED.match(text, end) if w else None
    return q.end() if q and q.group("word") in portfolio else None

# A place named with "the" is plural or holds a common noun ("the Philippines", "the Lao PDR", "the
# Republic of Korea"); after "the", any other place is the first word of a body's name.
_THE_PLACE = re.compile(r"(?:s|Republic|PDR|Kingdom|Union|Federation|Emirates)\b")
_PLACE_LINK = re.compile(r"\s*(?:in|to|of|for)\s+(?:the\s+)?(?=[A-Z])")
_ACRONYM_AFTER = re.compile(r"[^\S\n]+\([A-Z][A-Za-z]{1,9}\)")


def _after_places(text: str, start: int, blocked: set[str], portfolio: frozenset[str]) -> int:
    """Where the places and portfolio a role names end ("of Japan to Uzbekistan", "of Investment,
    Industry and Trade"), or `start` when no known place or portfolio word follows it."""
    pos = end = start
    while True:
        place = max((b for b in blocked if text.startswith(b, pos)), key=len, default=None)
        if place and text.endswith("the ", 0, pos) and not _THE_PLACE.search(place) and \
                _NEXT_CAPITALISED.match(text, pos + len(place)):
            return end  # "of the Thailand International ...": a body's name, Thailand its first word
        if place:
            end = pos + len(place)
            if acronym := _ACRONYM_AFTER.match(text, end):
                end = acronym.end()  # ("of the Japan International Cooperation Agency (JICA) Nepal Office")
        else:
            while (w := _portfolio_word(text, end, portfolio)) is not None:
                end = w
            if end == pos:  # (after "to ": no name the role's places end on)
                return end
        link = _PLACE_LINK.match(text, end)
        if not link:
            return end
        pos = end = link.end()


def _role_place_name(m: re.Match[str], text: str, blocked: set[str], titles: Titles) -> dict[str, Any]:
    """The groups of a role-then-name match; for "role in/of <known place or portfolio> Name" (one
    place or more: "Ambassador of Japan to Uzbekistan Hatori Takashi", the name maybe addressed with
    honorifics: "Prime Minister of Japan Mr. ISHIBA Shigeru"), the name's."""
    if m.group("name"):
        return m.groupdict()
    portfolio = titles.portfolio_words
    end = places = _after_places(text, m.end(), blocked, portfolio)
    if end > m.end() and (body := titles.body_after.match(text, end)):
        end = body.end()  # ("... for ASEAN Political-Security Community Astana Ahmad Khusairi")
    if end > m.end() and (addressed := titles.addressed.match(text, end)):
        end = addressed.end() - 1  # (the name's pattern opens with the space before it)
    after = _NAME_AFTER_RE.match(text, end) if end > m.end() else None
    if not after or (after.group("name") or "").split(" ")[0] in _NOT_NAMES | portfolio or \
            not _NOT_PERSON.isdisjoint((after.group("name") or "").split(" ")):
        # "Minister for Trade And Industry": the portfolio goes on, no name; "of JICA Viet Nam Office
        # Sugano Yuichi": the body's office goes on, and the name after it is not read so
        return {}
    return {"role": _post_to(m.group("role"), text, m.end("role"), places) or
            m.group("role") + _portfolio_of(text, m.end("role"), places, blocked), **after.groupdict(),
            "place_opens": _place_opens_name(after.group("name"), text, after.end(), blocked)}


# A post held "to" a country or a body, after the role and the state that sends its holder or not
# ("Ambassador of Japan to Cambodia", "Permanent Representative of Japan to ASEAN", "Special Envoy
# to the Pacific Islands"): the places are the post's own words, as the holder's title reads.
_POST_TO = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;:\n]{0,60}?)?\s+to\s+(?:the\s+)?[A-Z][^,;:\n]{0,80}")


def _post_to(role: str, text: str, start: int, end: int) -> str | None:
    """The role with the places between it (ending at `start`) and its holder's name (at `end`)
    when they name where the post is held, "to" a place ("Ambassador" -> "Ambassador of Japan to
    Cambodia"); None otherwise ("Minister of Japan", "Minister for Finance": see _portfolio_of)."""
    between = text[start:end].rstrip()
    return role + " " + " ".join(between.split()) if _POST_TO.fullmatch(between) else None


# ... and after the holder's name and its comma, up to the clause's end ("Mr. UENO Atsushi, Ambassador
# Extraordinary and Plenipotentiary of Japan to the Kingdom of Cambodia, and ..."): capitalised words
# of the places, "of" between them
_POST_AFTER = re.compile(r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})?[^\S\n]+to[^\S\n]+"
                         r"(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w'’-]*){0,5}"
                         r"(?=[^\S\n]*(?:[,.;:)\n]|[^\S\n](?:and|said|at|in|on)[^\S\n])|[^\S\n]*$)")


def _post_after(text: str, end: int) -> str:
    """The places of a post held "to" them right after a role that ends at `end` (" of Japan to the
    Kingdom of Cambodia"), as the role after a name and its comma goes on; "" otherwise."""
    post = _POST_AFTER.match(text, end)
    if not post:
        return ""
    words = post.group(0).split()
    # (a list of people run into one line: "... Ambassador of Japan to Jamaica Hon. Desmond McKenzie, ...")
    cut = next((k for k, w in enumerate(words) if k > 1 and is_honorific(w + ".")), len(words))
    return " " + " ".join(words[:cut]) if cut == len(words) else ""


def _place_opens_name(name: str | None, text: str, end: int, blocked: set[str]) -> bool:
    """Whether a name after a role and the body it serves opens with a word the vocabulary knows as a
    place, two more name words after it ("... Political-Security Community Astana Ahmad Khusairi at"):
    a person's given name spelt as the city is, the three words the name. (Where the role serves
    stood before it; a place there again, then two capitalised words, is no place of the role's.)"""
    words = (name or "").split(" ")
    return len(words) == 3 and words[0] in blocked and not any(w in blocked or w in _NOT_NAMES for w in words[1:]) \
        and not _NEXT_CAPITALISED.match(text, end)


_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z]")


# The portfolio right after a role, as a government names its minister's office: "for Finance",
# "of Maritime Affairs and Fisheries" (a place there, "to Fiji", "of Japan", is where the role serves)
_PORTFOLIO_LINK = re.compile(r"\s+(?:for|of)\s+(?=[A-Z])")


def _portfolio_of(text: str, start: int, end: int, blocked: set[str]) -> str:
    """The portfolio words between a role (ending at `start`) and its holder's name (at `end`),
    with their link ("Minister for Finance Biman Prasad" -> " for Finance"): part of the role, as
    much the person's post as the role word is. "" when no portfolio stands there alone (a place
    the vocabulary knows, "Ambassador to Fiji", "Minister of Japan", is no portfolio)."""
    link = _PORTFOLIO_LINK.match(text, start)
    if not link:
        return ""
    span = text[start:end].rstrip()
    if "\n" in span or any(b in span for b in blocked):
        return ""
    return " " + " ".join(span.split())


_ROMAN_SUFFIX = frozenset({"II", "III", "IV"})


def _typed_name(name: str) -> str:
    """A name typed in capitals on a signature's line, in title case ("MARIA L. SANTOS" -> "Maria L.
    Santos", "RAFAEL M. ALUNAN III" -> "Rafael M. Alunan III", "BONOAN, JR." -> "Bonoan, Jr.")."""
    return " ".join(w if w in _ROMAN_SUFFIX else w.title() for w in name.split())


def _role_then_name(groups: dict[str, Any], lower: bool, blocked: set[str], titles: Titles) -> str | None:
    """The name a role-then-name match gives, or None when it names no one."""
    if groups.get("family") and (groups["family"] in blocked or groups["given"] in _NOT_NAMES):
        return None  # "Chair ASEAN Summit": an acronym the vocabulary knows, not a family name
    name = f"{groups['given']} {groups['family'].title()}" if groups.get("family") else \
        _typed_name(groups["caps"]) if groups.get("caps") else groups["name"]
    words = name.split()
    # ("Prime Minister Kishida Visits Viet Nam": a headline's verb in title case ends the name)
    words = next((words[:k] for k, w in enumerate(words) if w.casefold() in titles.headline_verbs), words)
    while words and (words[-1] in _NOT_NAMES or (len(words) > 2 and words[-1] in _NOT_FIRST_NAMES)):
        words.pop()  # ("Secretary Enrique Manalo On Tuesday": the name ends before "On")
    if not words or " ".join(words) in blocked or any(w in blocked for w in words[bool(groups.get("place_opens")):]) or \
            (lower and (len(words) < 2 or words[0] in _NOT_FIRST_NAMES)):
        return None
    if not titles.body_words.isdisjoint(words):
        return None  # ("Secretary-General for ASEAN Political-Security Community": a body, no one)
    if any(part in titles.office_words for w in words for part in w.split("-")):
        return None  # "Minister ... Parliamentary Vice-Minister", "... Director-General": a list of offices
    if words[0] in titles.not_name_words:
        return None  # ("Madam Speaker Halimah Yacob": an address, then a title, read as no one's name)
    return " ".join(words)


# --- bylines ------------------------------------------------------------------------------------
# Who wrote a text, as its byline, author line or wire credits say: "By Jane Doe", "By: ...",
# "Written by SUZUKI Haruka, JICA Cambodia Office", "Authors: A (Affiliation) and B (Affiliation)",
# a review's "Reviewed by Pham Thu Trang" (its writer, the reviewer),
# "(Reporting by A in Manila; Additional reporting by B; Editing by C)". Read only where such a
# label opens a line, so the "by" of a sentence ("supported by Japan") is never looked at.
# (a paper's page labels its authors on a line of their own, the names on the line under it:
# "Author Name" / "ITO Keiko (Faculty Fellow, RIETI) / TRAN Thi Mai Anh (Foreign Trade University)")
BYLINE_LABEL = (r"(?:(?:text|written|reported|words|story|interview|interviewed|reviewed|posted)\s+)?by\s*:?|authors?\s*:|writers?\s*:|authors?\s+names?\s*:?"
                r"|(?:reporter|editor|translator|photographer|journalist)s?\s*:"
                # (a state paper's credit of its writer, the photographer's after it: "Story: Aung Min
                # (IPRD); Photo: Kyaw Zin", "Story & Photos: ..."; not "Text:", which labels a document's text)
                r"|story(?:\s*(?:and|&)\s*photos?)?\s*:"
                r"|(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|translation|translated"
                r"|compiled|photos?|photographs|graphics)\s+by\s*:?")
_BYLINE = re.compile(r"\n\(?(?P<label>" + BYLINE_LABEL + r")\s+(?P<rest>[^\n]+)", re.IGNORECASE)
_CREDIT = re.compile(r"\s*(?P<label>" + BYLINE_LABEL + r")\s+", re.IGNORECASE)
# A credit's label wrapped before its name, as lifted a line each ("... Additional reporting by" /
# "Francesca Landini; Editing by ..."): one line again (a byline's label never ends its line)
_WRAPPED_BY = re.compile(r"(?<=\w) by\n(?=[A-Z])")
# (";", " | ", or " / " before the next credit's label: "Writer: Sok Chan / Editor: Mary Tan"; a slash
# between names alone, "ITO Keiko (RIETI) / TRAN Thi Mai Anh (FTU)", parts no credits)
_CREDITS_APART = re.compile(r";|\s\|\s|\s/\s(?=(?i:" + BYLINE_LABEL + r")\s)")
# The role a label gives, by one of its words; a byline or an author line names an author.
_CREDIT_ROLES = {"story": "Author", "reporting": "Reporter", "reported": "Reporter", "writing": "Writer", "editing": "Editor",
                 "research": "Researcher", "translation": "Translator", "translated": "Translator",
                 "compiled": "Compiler", "photos": "Photographer", "photo": "Photographer",
                 "photographs": "Photographer", "graphics": "Graphics", "reporter": "Reporter",
                 "reporters": "Reporter", "editor": "Editor", "editors": "Editor", "translator": "Translator",
                 "translators": "Translator", "photographer": "Photographer", "interview": "Interviewer",
                 "interviewed": "Interviewer", "journalist": "Reporter", "journalists": "Reporter"}
# A word of a name: capitalised ("Ken'ichi", "Cruz-Santos"), in capitals ("SUZUKI"), an initial.
# (Latin letters beyond ASCII too: "Broño", "Đặng", "Müller")
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĐ", "a-zß-öø-ÿā-žạ-ỹ"
_NAME_WORD = re.compile(rf"[{_UPPER}][{_UPPER}{_LOWER}'’-]*[{_LOWER}]|[{_UPPER}][{_UPPER}'’-]*[{_UPPER}]|[{_UPPER}]\.")
_NAME_PARTICLES = {"dos", "das", "da", "de", "del", "dela", "della", "do", "du", "van", "von", "der", "den", "ter",
                   "bin", "binti", "binte", "ibn", "al", "el", "la", "le"}
# Capitalised words of a byline that are its writer's post or outlet, not a name ("Bangkok
# Correspondent", "Staff Writer", "Vientiane Times"), or a phrase's start ("By Lunar New Year").
_NOT_PERSON = {"Correspondent", "Correspondents", "Staff", "Writer", "Writers", "Reporter", "Reporters", "Editor",
               "Editors", "Desk", "Bureau", "Team", "News", "Times", "Post", "Daily", "Press", "Herald", "Tribune",
               "Office", "Department", "Division", "Institute", "University", "Agency", "Ministry", "Centre",
               "Center", "Report", "Reports", "Our", "Special", "Senior", "The", "A", "An", "New", "Year", *_NOT_FIRST_NAMES}


def _byline_name(chunk: str, blocked: set[str], titles: Titles) -> str | None:
    """The name a chunk of a byline opens with ("Rina Matsumoto in Tokyo" -> "Rina Matsumoto"),
    or None. A family name in capitals before one given name goes after it, as the role finder
    reads "KAMIKAWA Yoko"; before several ("NGUYEN Thi Thu Ha") the order is the name's own."""
    name: list[str] = []
    words = chunk.split()
    if words and is_glued_name(words[0]) and words[0] not in blocked:
        return words[0]  # "By B.Saruul": one word, a name written with its initial glued
    for i, word in enumerate(words):
        if not name and is_honorific(word, titles):
            continue
        if not (_NAME_WORD.fullmatch(word) or (name and word in _NAME_PARTICLES)):
            break
        tail = " ".join(words[i:])
        if any(tail.startswith(b) and tail[len(b):len(b) + 1] in ("", " ", ",") for b in blocked):
            break  # "By: Maria Cristina Reyes Philippine Daily Inquirer": an outlet the vocabulary knows
        name.append(word)
    while name and name[-1] in _NAME_PARTICLES:
        name.pop()
    if not 2 <= len(name) <= 5 or any(w in _NOT_PERSON or w in titles.not_name_words for w in name):
        return None
    capitals = [len(w) > 1 and w.isupper() for w in name]
    if capitals == [True, False]:
        name.reverse()
    return " ".join(w.title() if len(w) > 1 and w.isupper() else w for w in name)


def _names_before_affiliation(text: str, blocked: set[str], titles: Titles) -> list[str | None]:
    """The names a byline's last part gives, each after a comma a name too until the first that
    is none ("Sakura Watanabe, Hasan Mahmud" -> both, as a blog lists its writers without "and"):
    from there on it is the writer's post or outlet ("Aiko Tanaka, Bangkok Correspondent")."""
    first, *others = text.split(",")
    names = [_byline_name(first, blocked, titles)]
    for chunk in others:
        name = _byline_name(chunk, blocked, titles)
        words = chunk.split()
        if name is None or name != " ".join(words) or any(w.casefold() in titles.post_words for w in words):
            break  # (a name going on into other words, "Nikkei staff writers", is no writer's either)
        names.append(name)
    return names


def _byline_names(rest: str, blocked: set[str], titles: Titles) -> list[str]:
    """The names a byline's text after its label gives: "A, B and C", each maybe followed by an
    affiliation in brackets, and the last by one after a comma ("A and B, Vientiane Times")."""
    parts = rest.split(" / ")
    if len(parts) > 1 and all("(" in p for p in parts):
        # "A (Affiliation) / B (Affiliation)": the writers apart by slashes, each with their own body
        return [name for p in parts for name in _byline_names(p, blocked, titles)]
    rest = re.split(r"[/|]", _PAREN.sub(" ", rest), maxsplit=1)[0]  # "Kenji Sato/JICA", "Name | outlet"
    *heads, last = re.split(r"\s+(?:and|&)\s+", rest.strip(" ()"))
    chunks = [c for head in heads for c in head.split(",")]
    names = [_byline_name(c, blocked, titles) for c in chunks] + _names_before_affiliation(last, blocked, titles)
    # a byline names someone right after its label: "By 2030, Japan and Viet Nam will" no one
    return [name for name in names if name] if names[0] else []


# A name as a catalogue writes it, family name first and its comma: "Tesfaye, Meron Alemu"
_SURNAME_FIRST = re.compile(r"(?P<family>[A-Z][\w'’-]+),\s+(?P<given>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _surnames_first(rest: str, blocked: set[str], titles: Titles) -> list[str]:
    """The names an author field of a catalogue record gives family name first, apart by
    semicolons ("Authors: Tesfaye, Meron Alemu; Otsuka, Keijiro"), each as written in running
    text ("Meron Alemu Tesfaye"); none unless every part is such a name."""
    names = []
    for part in rest.split(";"):
        m = _SURNAME_FIRST.fullmatch(part.strip())
        name = _byline_name(f"{m.group('given')} {m.group('family')}", blocked, titles) if m else None
        if name is None:
            return []
        names.append(name)
    return names


_BYLINE_START = re.compile(r"\s*\(?(?:" + BYLINE_LABEL + r")\s", re.IGNORECASE)


# A paper's staff credited with no name ("Staff Reporter", "Our Correspondent", "Our Staff Reporter")
_UNNAMED_STAFF = re.compile(r"(?:(?:our|staff|special)\s+){1,2}(?:writer|correspondent|reporter)s?", re.IGNORECASE)


def is_byline(line: str) -> bool:
    """A line that opens with a byline's or a credit's label ("By", "Written by", "Authors:"):
    it names people, not a publisher; so does a writer's name alone with its initial glued ("B.Saruul"),
    and a staff credit with no name ("Staff Reporter": the paper is not named so)."""
    return bool(_BYLINE_START.match(line)) or is_glued_name(line.strip()) or \
        bool(_UNNAMED_STAFF.fullmatch(line.strip()))


def _credit_role(label: str) -> str:
    return next((_CREDIT_ROLES[w] for w in label.lower().replace(":", " ").split() if w in _CREDIT_ROLES), "Author")


def find_bylines(text: str, not_names: Iterable[str] = (), titles: Titles | None = None) -> list[dict[str, Any]]:
    """Writers, reporters and editors that a text's bylines, author lines and credits name:
    [{name, role, at}], `at` where the line starts. A byline is a line of its own: one that
    ends a sentence ("By 2030, Japan will ...") names no one."""
    blocked = set(not_names)
    titles = titles or load_titles()
    found: list[dict[str, Any]] = []
    for m in _BYLINE.finditer("\n" + _WRAPPED_BY.sub(" by ", text)):
        if m.group(0).rstrip(" )").endswith((".", "!", "?")):
            continue
        if m.group("label").endswith(":") and (names := _surnames_first(m.group("rest"), blocked, titles)):
            found.extend({"name": name, "role": _credit_role(m.group("label")), "at": max(m.start() - 1, 0)}
                         for name in names)
            continue
        rest = without_byline_note(m.group("rest"), load_rules())
        if (stacked := _CREDIT.match(rest)) and m.group("label").lower().startswith("posted"):
            rest = rest[stacked.end():]  # ("Posted by Written by A and B": a blog's two labels, then the names)
        first, *others = _CREDITS_APART.split(rest)  # "Reporting by A; Editing by B", "... | Editor: B"
        labelled = [(m.group("label"), first)]
        labelled += [(c.group("label"), part[c.end():]) for part in others if (c := _CREDIT.match(part))]
        for label, part in labelled:
            if len(_PAREN.sub("", part).split()) <= 16:
                found.extend({"name": name, "role": _credit_role(label), "at": max(m.start() - 1, 0)}
                             for name in _byline_names(normalise(part), blocked, titles))
    return found


# A role, then the name set off by commas before the verb, as a news story writes its speaker:
# "The UNDP Acting Administrator, Haoliang Xu, said ...", "Kenya's President, William Ruto, told ...",
# and a government's release, the role's portfolio with it ("The Vice Minister of Communications,
# Virgilio Tito Chura, thanked ...").
def _says(verbs: list[str]) -> str:
    """people.yml's speech_verbs as a pattern (one that never matches when there are none)."""
    return r"(?:" + "|".join(sorted(map(re.escape, verbs), key=lambda v: (-len(v), v))) + r")\b" if verbs else "(?!)"


# (or a role and its holder in a list of those present, signing or attending: "by the Minister of
# Finance and Economic Planning, Yusuf Murangwa, and the Ambassador of Japan to Rwanda, Isao Fukushima.")
_ROLE_IN_A_LIST = re.compile(r"[A-Za-z], " + _CAP + r"[^,.\n]{2,40}, and ")  # (an accented capital too: "Élia")
# (or a signatory set off by commas before the signing's witnesses: "by the Chief Representative of
# JICA Pakistan Office, Naoaki Miyata, in the presence of ...")
_WITNESSED = ", in the presence of"


def _role_comma_name(titles: list[str], verbs: list[str]) -> re.Pattern[str]:
    # (the portfolio's words may be acronyms: "The Minister of ICT and Innovation, Paula Ingabire, said")
    return re.compile(
        r"(?=[A-Z])(?<![\w'])(?P<role>" + trie_pattern(titles) + r")"
        # (the body may be named with "the" and its acronym after its name: "the Chief Representative of
        # the Japan International Cooperation Agency (JICA) Pakistan Office, Naoaki Miyata, ...")
        # (a place's name may hold a hyphen: "the Ambassador of Japan to Timor-Leste, Kazuaki Kobayashi, ...")
        r"(?:\s+(?:of|for|in|to)(?:\s+the)?(?:\s+(?:" + _CAP + _SMALL + r"+(?:-" + _CAP + _SMALL + r"+)?|[A-Z]{2,6})(?:\s+\([A-Z]{2,8}\))?"
        r"(?:,|\s+and)?){1,7}){0,2}"
        # (a particle may join the name's words: "the Minister of Health, Élia dos Reis Amaral, and ...")
        r",\s+(?P<name>" + _CAP + _SMALL + r"+(?:(?:-| " + _PARTICLES + r"?)" + _CAP + _SMALL + r"+){1,3})"
        # (then a verb of saying, the next of a list, or a signing's witness: "..., in the presence of")
        r"(?:,\s+(?:" + _says(verbs) + r"|and\s+the\s+(?=[A-Z])|in\s+the\s+presence\s+of\b)|(?=\.(?:\s|\Z)))")


# A role, the body it serves written as news does (a possessive, words in small letters: "The head of
# JICA's Viet Nam office", "the country director of ADB's Indonesia resident mission"), then the name
# set off by commas and a verb of saying: the speaker. The body holds a capital (it names something),
# no clause's break and eight words at most; the name is two or three capitalised words.
def _role_body_comma_name(roles: list[str], verbs: list[str]) -> re.Pattern[str]:
    roles = [*roles, *(_capitalised(r) for r in roles if r.islower())]
    return re.compile(
        starts_with(roles) + r"(?<![\w'’-])(?P<role>" + trie_pattern(roles) + r")\s+(?:of|at|in|for)\s+"
        r"(?=[^,.;:\n]*[A-Z])(?:[^\s,.;:\n\"“”()]+\s+){0,7}?[^\s,.;:\n\"“”()]+"
        r",\s+(?P<name>" + _name_run(2) + r"),\s+" + _says(verbs))


# A role and its portfolio in small letters, as news writes them, then the holder set off by commas
# and a verb of saying: "The minister of finance, Pichai Chunhavajira, said", "the secretary of
# energy, Raphael Lotilla, told" (people.yml's lower_roles, portfolio_roles and portfolio_words; the
# role is written as the capitalised form would be).
def _lower_portfolio(roles: list[str], portfolio: list[str], verbs: list[str]) -> re.Pattern[str]:
    if not roles or not portfolio:
        return re.compile("(?!)")
    words = trie_pattern(portfolio)
    return re.compile(
        starts_with(roles) + r"(?<![\w'’-])(?P<role>" + trie_pattern(roles) + r")\s+(?P<link>of|for)\s+"
        r"(?P<portfolio>(?:" + words + r")(?:(?:,\s+|\s+and\s+|\s+)(?:" + words + r")){0,4})(?![\w'’-])"
        r",\s+(?P<name>" + _name_run(2) + r"),\s+" + _says(verbs))


def _portfolio_title(m: re.Match[str]) -> str:
    """"minister of finance" -> "Minister of Finance", "and" in small letters."""
    words = re.split(r"(\W+)", m.group("portfolio"))
    return " ".join(w.capitalize() for w in m.group("role").split()) + " " + m.group("link") + " " + \
        "".join(w if w == "and" or not w.isalpha() else w.capitalize() for w in words)


# A name alone on its line and the role alone on the next, as a signatory block or a programme's list
# of speakers writes them ("KAMIKAWA Yoko" / "Minister for Foreign Affairs of Japan", "Enrique A.
# Manalo" / "Secretary of Foreign Affairs of the Philippines"): the name two to four words (the family
# name in capitals first, or given names, initials and a suffix), the role line opening with a title
# and no sentence (no stop at its end).
def _name_line_role_line(titles: list[str], honorific: str, tails: list[str]) -> re.Pattern[str]:
    # (the title alone, or the place or body it serves after it: "President Visits Tokyo" under a
    # heading is a headline, no role)
    word = _CAP + _SMALL + r"+"
    tail = r"(?:[ \t]+(?:" + "|".join(re.escape(t) for t in tails) + r"))?" if tails else ""
    # ("(Signed) Akira Tanaka" / "Chief Representative": a signature's mark opening the name's line,
    # furniture.yml's signed_mark)
    # (after the mark, the name may be all in capitals, as a signature is typed: "(SGD) AKIRA TANAKA",
    # "(Sgd.) MARIA L. SANTOS": the `caps` group, read in title case; without a mark, a line in
    # capitals over a role may be a heading)
    signed = r"(?:(?P<mark>(?i:" + load_rules().signed_mark.pattern + r"))[ \t]+)?"
    caps = r"[A-Z]{2,}[A-Z'’-]*"
    return re.compile(
        r"^" + signed + r"(?=[A-Z])(?:(?:" + honorific + r")\.?[ \t]+){0,3}"
        r"(?P<name>(?P<family>[A-Z]{2,}(?:-[A-Z]{2,})?)[ \t]+(?P<given>" + word + r")"
        r"|" + word + r"(?:[ \t]+(?:(?:[A-Z]\.){1,3}|" + word + r")){1,3}(?:,?[ \t]+(?:Jr|Sr)\.)?"
        r"|(?(mark)(?P<caps>" + caps + r"(?:[ \t]+(?:(?:[A-Z]\.){1,3}|" + caps + r")){1,3}(?:,?[ \t]+(?:JR|SR)\.)?)|(?!)))"
        r"[ \t]*\n[ \t]*"
        r"(?P<role>(?:" + trie_pattern(titles) + r")" + tail + r"(?:(?:,|[ \t]+(?:of|for|to|in|at|and)[ \t])[^\n:;]{0,100})?)"
        r"(?<![.,])$", re.M)


# A line that is a role, the body it serves and, after a comma, the name that closes the line, as a
# transcript's or a programme's header names its speaker ("Spokesperson of the Ministry of Foreign
# Affairs, Roy Soemirat"): the role opens the line and the name ends it, so "Japan, Cambodia" or a
# sentence going on after the name names no one.
def _role_comma_line(titles: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"^(?P<role>(?:" + trie_pattern(titles) + r")(?:\s+(?:of|for|to|in)(?:\s+(?:the\s+)?[A-Z][\w'’-]*){1,4}){0,2})"
        r",[ \t]+(?P<name>" + _name_run(2) + r")[ \t]*$", re.M)


# The role in apposition before the name, the name addressed with its honorifics between commas: "The
# Secretary-General of ASEAN, H.E. Dr. Kao Kim Hourn, was also in attendance" (the honorific tells the
# name from a list of bodies; the role, with the body it serves, is the person's, not "Dr."). The
# portfolio may join two fields ("The Minister of Public Works and Transport, H.E. Mr. Viengsavath
# Siphandone, thanked ...").
def _role_comma_honorific(titles: list[str], honorific: str) -> re.Pattern[str]:
    return re.compile(
        r"(?=[A-Z])(?<![\w'])(?P<role>(?:" + trie_pattern(titles) + r")(?:\s+(?:of|for|to|in|at)(?:\s+(?:the\s+)?[A-Z][\w'’-]*){1,4}"
        r"(?:\s+(?:and|&)(?:\s+[A-Z][\w'’-]*){1,3})?){0,2})"
        r",\s+(?:" + honorific + r"\.?\s+){1,3}(?P<name>" + _name_run(3) + r")(?:,|\.(?!\w))")


# An honorific before a full name, with its stop or without it as British style writes it ("Dr Joanne
# Lim", "Ms Maria Teresa Santos", "Prof Mori"): a person, the honorific the role only until the text
# gives a real one; or the family name in capitals first, as Japan's government writes it ("Prof.
# KOTANI Tetsuo"). The name must be two words or more ("Mr Tanaka" alone names the family only),
# and four at most: a longer run of capitalised words is a name with titles of its own ("H.E. Tengku
# Datuk Seri Utama Zafrul Abdul Aziz"), not read here rather than cut at its fourth word.
def _honorific_name(words: list[str], honorific: str) -> re.Pattern[str]:
    return re.compile(starts_with(words) + r"(?<![\w.])(?P<role>" + honorific + r")\.?\s+"
                      r"(?P<name>(?P<family>[A-Z]{3,}(?:-[A-Z]{3,})?)\s+(?P<given>" + _CAP + _SMALL + r"+)"
                      r"|" + _name_run(3) + r")(?![\w'])(?![- ][A-Z][a-z])")


# The capitalised words right before a title, joined by commas and "and" ("Finance Minister", "Defense
# Minister", "Investment, Trade and Industry Minister"): the portfolio when people.yml lists each
_WORDS_BEFORE = re.compile(r"(?:(?:" + _CAP + _SMALL + r"+|[A-Z]{2,5})(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+))+\Z")


def _portfolio_before(text: str, start: int, portfolio: frozenset[str]) -> str:
    """The portfolio named right before a title at `start`, with the space after it ("Finance "), or
    "": the words people.yml lists as portfolio words, the nearest ones (a demonym or a place before
    them, "Malaysian Finance Minister", is none of the role)."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return ""  # (a cheap test first: most titles open a sentence or follow a small word)
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if not m:
        return ""
    parts = re.split(r"(,[ \t]+|[ \t]+and[ \t]+|[ \t]+)", text[m.start():start])
    words = parts[0::2][:-1]  # (the split's last part is the empty string before the title)
    k = len(words)
    while k and words[k - 1] in portfolio:
        k -= 1
    return "".join(parts[2 * k:]) if k < len(words) else ""


def _offices_before(text: str, start: int, titles: Titles) -> str:
    """The portfolio before a title at `start` ("Commerce "), and the office held with it before that."""
    portfolio = _portfolio_before(text, start, titles.portfolio_words)
    return _office_before(text, start - len(portfolio), titles) + portfolio


def _office_before(text: str, start: int, titles: Titles) -> str:
    """A first office the person holds with the role at `start`, with its "and" ("Deputy Prime Minister
    and " before "Commerce Minister Phumtham Wechayachai", "Foreign Minister and " before "Deputy
    Prime Minister ..."), or "". After "the" it is no one's second office but another person's post,
    its holder unnamed ("met the President and Foreign Minister Wong": two people)."""
    if not text.endswith("and ", 0, start):
        return ""  # (a cheap test first)
    m = titles.office_before.search(text, max(0, start - 60), start)
    if not m:
        return ""
    office = _portfolio_before(text, m.start(), titles.portfolio_words) + text[m.start():start]
    opens = start - len(office)
    return "" if text[max(0, opens - 4):opens].casefold() == "the " else office


def _served(text: str, m: re.Match[str], titles: Titles) -> str:
    """The role of a title's match, with the aide's title before it when the person serves the
    title's holder ("Special Advisor to the Prime Minister Izumi Hiroto": the adviser, not the
    prime minister)."""
    if not titles.aide or not text.endswith(("to the ", "to "), 0, m.start("role")):
        return m.group("role")
    window = max(0, m.start("role") - 60)
    aide = titles.aide.search(text[window:m.start("role")])
    return text[window + aide.start():m.end("role")] if aide else m.group("role")


# A Malay name's link to the father's name ("Hasbi bin Habibollah", "Siti binti Ahmad"): the
# father's titles of honour after it ("bin Haji Md Hussein") are words of the name.
_NAME_LINKS = frozenset({"bin", "binti", "binte", "ibni"})


def _patronymic(words: list[str], k: int, titles: Titles) -> bool:
    """Whether the name's word `k` is its father's title of honour: after a link ("Mat Suny bin Haji
    Md Hussein"), or between the given name(s) and the father's name last ("Abang Johari Tun Openg",
    "Najib Tun Razak"). A word of the name."""
    return (words[k] in titles.patronymic and 1 <= k == len(words) - 2) or \
        (k + 1 < len(words) and not _NAME_LINKS.isdisjoint(words[:k]))


# A name's next word past those a role's pattern read, through a Malay patronymic's link ("Hasbi
# bin Habibollah") or a father's title of honour ("Najib Tun Razak").
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?P<link>(?:" + "|".join(sorted(_NAME_LINKS)) + r")[^\S\n]+)?(?P<word>" +
                           _CAP + _SMALL + r"+)(?![\w'’-])")
_LINK_AFTER = re.compile(r"[^\S\n]+(?:" + "|".join(sorted(_NAME_LINKS)) + r")[^\S\n]+" + _CAP)
_NAME_MAX_WORDS = 3  # a name's capitalised words on either side of its link, a father's title of honour among them


def _name_read_on(text: str, end: int, name: str, blocked: set[str], titles: Titles) -> tuple[str, int]:
    """The name that a role's pattern read to `end`, read on when titles of honour before it took
    the words the pattern allows ("Prime Minister Datuk Seri Najib Tun Razak" read "Datuk Seri Najib",
    "Najib" once they are gone; "Minister Dato Seri Setia Awang Haji Mat Suny bin Haji Md Hussein"
    read only titles): its next capitalised words, more titles of honour before them skipped, up to
    a name's length on either side of its link, none a word that ends a name (a place, a title, "On").
    The name, and where it ends in the text."""
    words = name.split()
    read_to = end
    count, linked = len(words), False
    while (m := _NAME_GOES_ON.match(text, end)) and count < _NAME_MAX_WORDS:
        word, honour = m.group("word"), is_honorific(m.group("word"), titles)
        if m.group("link"):
            if not words:
                break
            linked, count = True, 0
        elif not words and honour:
            end = m.end()  # (the name's titles of honour go on: "Awang Haji Mat Suny")
            continue
        if word in blocked or word in _NOT_NAMES or word in _NOT_FIRST_NAMES or word in titles.not_name_words or \
                (honour and not linked and word not in titles.patronymic):
            break
        words += [m.group("link").strip(), word] if m.group("link") else [word]
        end, count = m.end(), count + 1
        if not honour:
            read_to = end
    while words and (words[-1] in titles.patronymic or words[-1] in _NAME_LINKS or is_honorific(words[-1], titles)):
        words.pop()  # (a father's title of honour, or a link, with no name after it)
    return " ".join(words), read_to


_SUFFIXES = frozenset({"Jr", "Sr"})


def _name_end(name: str, text: str, at: int) -> str:
    """The name a role's pattern read (at `at` in the text), with the stop of its suffix
    ("Ferdinand Marcos Jr.", the pattern reading words only)."""
    if at >= 0 and name.rsplit(" ", 1)[-1] in _SUFFIXES and text.startswith(".", at + len(name)):
        return name + "."
    return name


def _signatories(text: str, titles: Titles) -> list[re.Match[str]]:
    """The matches of Titles.name_line_role_line, tried only at the line above one that opens with a
    title (few lines do)."""
    found = []
    for hit in titles.title_opens_line.finditer(text):
        m = titles.name_line_role_line.match(text, text.rfind("\n", 0, hit.start()) + 1)
        if m:
            found.append(m)
    return found


_ROLE_BODY_REACH = 120  # characters before ", Name, said" a role and the body it serves may take


def _role_body_speakers(text: str, titles: Titles) -> list[re.Match[str]]:
    """The matches of Titles.role_body_comma_name, looked for only before a name set off by commas
    and a verb of saying (few in a text): the role's pattern opens with any of many words."""
    found = []
    for hit in titles.speaker_after_comma.finditer(text):
        m = titles.role_body_comma_name.search(text, max(0, hit.start() - _ROLE_BODY_REACH), hit.end())
        if m:
            found.append(m)
    return found


_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+)[ \t]+\Z")


def _house_before(text: str, start: int, titles: Titles) -> str:
    """The royal house's name right before a name's titles of honour at `start` (people.yml
    `house_names`: "Tengku" before "Datuk Seri Utama ..."), or ""."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start) if titles.house_names else None
    return m.group("word") if m and m.group("word") in titles.house_names else ""


def _house_name(text: str, start: int, name: str, titles: Titles) -> str | None:
    """"Tengku Zafrul Abdul Aziz" for "Tengku Datuk Seri Utama Zafrul ..." read as a name from
    `start`: the house's name, then the name after the titles of honour; None for any other name
    holding an honorific."""
    house = name.split(" ", 1)[0]
    at = text.find(name, start)
    if house not in titles.house_names or at < 0:
        return None
    m = titles.honorific_name.match(text, at + len(house) + 1)
    return f"{house} {m.group('name')}" if m else None


def _same_people(people: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """`people` with a short form of a longer name merged into it: "Tengku Zafrul Aziz" and "Tengku
    Datuk Seri Utama Zafrul Abdul Aziz" (read "Tengku Zafrul Abdul Aziz") are one person, the same
    first two words and last word, the short form's words all in the long one, in order. (Two
    words in common only, "Nguyen Huong" and "Nguyen Thi Thanh Huong", may be two people.)"""
    by_ends: dict[tuple[str, ...], list[str]] = {}
    for name in people:
        words = name.split()
        if len(words) >= 3:
            by_ends.setdefault((words[0], words[1], words[-1]), []).append(name)
    for names in by_ends.values():
        longest = max(names, key=lambda n: (len(n.split()), -people[n]["at"]))
        for name in names:
            rest = iter(longest.split())
            if name != longest and all(w in rest for w in name.split()):
                short, long_ = people.pop(name), people[longest]
                if is_honorific(long_["role"]) and not is_honorific(short["role"]):
                    long_["role"] = short["role"]
                long_["at"] = min(long_["at"], short["at"])
    return people


def _titled_people(text: str, blocked: set[str], titles: Titles) -> dict[str, dict[str, Any]]:
    """name -> {name, role, at} for the people the text names with a title."""
    people: dict[str, dict[str, Any]] = {}
    taken: list[tuple[int, int]] = []  # "Dr. Ahmad bin Hassan, Executive Director": not also "Dr. Ahmad"
    for start, end, name, role in _names_then_roles(text, blocked, titles):
        people.setdefault(name, {"name": name, "role": role, "at": start})
        taken.append((start, end))
    # (the role in small letters and the role with its speaker set off by commas are looked for only
    # in a text with such a role word or such a verb after a comma: a plain search, then the scan)
    found = [*titles.role_name.finditer(text), *titles.honorific_name.finditer(text)]
    if titles.lower_role and any(word in text for word in titles.lower_role_words):
        found += titles.lower_role.finditer(text)
    says = titles.says_after_comma.search(text)
    if says or _ROLE_IN_A_LIST.search(text) or _WITNESSED in text:
        found += titles.role_comma_name.finditer(text)
    if says:  # (these two end on ", Name, said" too: a text without that verb after a comma has neither)
        found += _role_body_speakers(text, titles)
        found += titles.lower_portfolio.finditer(text)
    if titles.comma_honorific.search(text):  # (a role before ", H.E. Dr. Name,": few texts have one)
        found += titles.role_comma_honorific.finditer(text)
    if "Secretary " in text:
        found += titles.secretary.finditer(text)
    found += titles.role_comma_line.finditer(text)
    found += _signatories(text, titles)
    if titles.role_honorific and titles.honorific and titles.honorific.search(text):
        found += titles.role_honorific.finditer(text)
    named_at = -1  # where the last name was read: a shorter match there is the same name cut short
    for m in sorted(found, key=lambda m: (m.start(), -m.end())):
        # ("Dr. Nguyen Thi Lan Anh": the role pattern's name of three words at most, "Nguyen Thi Lan", is hers)
        if m.start() == named_at or any(a <= m.start() < b for a, b in taken):
            continue
        lower = m.re is titles.lower_role or m.re is titles.role_body_comma_name or m.re is titles.lower_portfolio
        honorific = m.re is titles.honorific_name
        groups = m.groupdict() if lower or honorific or \
            m.re in (titles.role_comma_name, titles.role_comma_honorific, titles.secretary, titles.role_honorific,
                     titles.role_comma_line, titles.name_line_role_line) else \
            _role_place_name(m, text, blocked, titles)
        # (a secretary's name is read as strictly as one after a role in small letters: "the Foreign
        # Affairs Secretary On Tuesday" names no one)
        name = _role_then_name(groups, lower or honorific or m.re is titles.secretary, blocked, titles) if groups else None
        if name and lower and groups.get("place") and groups["place"] not in blocked:
            name = None  # ("ambassador to Namibia Hisao ...": the words before the name one place the vocabulary knows)
        if name and m.re is titles.name_line_role_line and not titles.portfolio_words.isdisjoint(name.split()):
            name = None  # ("Regional Cooperation" over "Minister of ...": a heading's words, no name)
        if name and lower and not titles.portfolio_words.isdisjoint(name.split()):
            name = None  # ("director Human Resources", "minister Foreign Affairs": a portfolio, no name)
        read = name
        name = _unaddressed(name, titles.honorific) if name else None  # ("Minister Dr": no one)
        if read and (at := text.find(read, m.start())) >= 0 and \
                (name != read or _LINK_AFTER.match(text, at + len(read))):
            # (titles of honour took the words the pattern reads, or a Malay name goes on past them)
            name, end = _name_read_on(text, at + len(read), name or "", blocked, titles)
            name = name or None
            if name and end > at + len(read):
                taken.append((m.start(), end))  # ("... bin Haji Md Hussein": no "Haji" heading a name there)
        if name and name == read:
            name = _name_end(name, text, text.find(name, m.start()))
        if name and any(is_honorific(word, titles) and not _patronymic(name.split(), k, titles)
                        for k, word in enumerate(name.split()[1:], 1)):
            # ("Minister Tengku Datuk Seri ...": a name cut short at its titles of honour; the royal
            # house's name before them, the name read on past them)
            name = _house_name(text, m.start(), name, titles)
        if name and m.re is titles.honorific_name and (house := _house_before(text, m.start(), titles)):
            name = f"{house} {name}"  # ("Tengku Datuk Seri Utama Zafrul Abdul Aziz": the house's name is his)
        if name:
            role = _portfolio_title(m) if m.re is titles.lower_portfolio else m.group("role").title() if lower else titles.honorific_form(m.group("role")) if honorific else \
                _offices_before(text, m.start("role"), titles) + _served(text, m, titles) + \
                groups["role"][len(m.group("role")):] if m.re is titles.role_name else \
                _post_to(m.group("role"), text, m.end("role"), text.rfind(",", m.end("role"), m.start("name"))) or \
                m.group("role") + _portfolio_of(text, m.end("role"), text.rfind(",", m.end("role"), m.start("name")),
                                                blocked) if m.re is titles.role_comma_name else \
                m.group("role")
            named_at = m.start()
            if m.re is titles.name_line_role_line:  # (its role line is the role of no name on the next line)
                taken.append((m.start(), m.end()))
            known = people.setdefault(name, {"name": name, "role": role, "at": m.start()})
            if is_honorific(known["role"], titles) and not is_honorific(role, titles):
                known["role"] = role  # "Dr. Kao Kim Hourn", then "Secretary-General of ASEAN Kao Kim Hourn"
    return people


# The speaker of a turn in a parliament's minutes, the mark the Diet's minutes print before the
# label, the name written family name first in capitals as Japan's government writes it: after the
# role ("○Minister for Foreign Affairs (YAMAMOTO Kaori):") or before the party ("○TAKAHASHI Reiko
# (Constitutional Democratic Party of Japan):"). Read at a line's start only.
_SPEAKER_RE = re.compile(
    r"^[○◯〇◎]\s*(?:(?P<role>[^()\n:：]{2,80}?)\s*\((?P<family>[A-Z]{2,}(?:-[A-Z]{2,})?)\s+(?P<given>" + _CAP + _SMALL + r"+)\)"
    r"|(?P<family2>[A-Z]{2,}(?:-[A-Z]{2,})?)\s+(?P<given2>" + _CAP + _SMALL + r"+)\s*\((?P<party>[^()\n:：]{2,80})\))\s*[:：]",
    re.M)


_SPEAKER_MARKS = frozenset("○◯〇◎")


def _speakers(text: str, blocked: set[str]) -> dict[str, dict[str, Any]]:
    """name -> {name, role, at} for the speakers a record's turns name (see _SPEAKER_RE)."""
    people: dict[str, dict[str, Any]] = {}
    for m in _SPEAKER_RE.finditer(text):
        family, given = m.group("family") or m.group("family2"), m.group("given") or m.group("given2")
        name = f"{given} {family.title()}"
        if family not in blocked and name not in blocked:
            people.setdefault(name, {"name": name, "role": (m.group("role") or m.group("party")).strip(),
                                     "at": m.start()})
    return people


# How far before a glued name its title may stand ("Director General of CAAM Ts.Batbayar")
_GLUED_ROLE_REACH = 80
# What may stand between the title and the name: the body served, no clause's or sentence's end
_ROLE_BREAK = re.compile(r"[,;:.!?()\"“”]")


def _glued_role(text: str, at: int, titles: Titles) -> str:
    """The title right before a glued name at `at`, in its clause ("Director General of CAAM
    Ts.Batbayar" -> "Director General"), or "" when none stands there."""
    window = text[max(0, at - _GLUED_ROLE_REACH):at]
    role = None
    for role in titles.title.finditer(window):
        pass
    if role is None or _ROLE_BREAK.search(window, role.end()):
        return ""
    return role.group(0)


def _trade_before(text: str, at: int, titles: Titles) -> str:
    """A trade right before a glued name at `at`, as its title ("Agronomist Ch.Enkhjargal" ->
    "Agronomist", "the agronomist Ch.Enkhjargal" -> "agronomist"), or ""."""
    before = text[max(0, at - 30):at]
    words = before.split()
    if not words or not before[-1:].isspace():
        return ""
    return words[-1] if words[-1].casefold() in titles.occupations else ""


def _glued_people(text: str, blocked: set[str], titles: Titles) -> dict[str, dict[str, Any]]:
    """name -> {name, role, at} for the names written with a glued initial ("Ts.Batbayar", as
    the Mongolian press writes them): a person's name whether or not a title goes with it; its
    role the title before its first mention, when one stands there."""
    people: dict[str, dict[str, Any]] = {}
    for at, name in glued_names(text):
        if name in blocked:
            continue
        role = _glued_role(text, at, titles) or _trade_before(text, at, titles)
        if not role and titles.apposition and (r := titles.apposition.match(text, at + len(name))):
            # "said D.Tsogtbaatar, head of the ministry's crop production department": the role in
            # apposition after the name, as news writes it after any other name
            role = _lower_role(text, r, blocked)
        known = people.setdefault(name, {"name": name, "role": role, "at": at})
        known["role"] = known["role"] or role
    return people


def _post_of(text: str, name: str, titles: Titles) -> str | None:
    """The post written right after the first mention of `name` in full (see Titles.post_after)."""
    at = text.find(name)
    m = titles.post_after.match(text, at + len(name)) if at >= 0 else None
    return " ".join(m.group("post").split()) if m else None


def find_people(text: str, not_names: Iterable[str] = (), titles: Titles | None = None) -> list[dict[str, str]]:
    """People named with a role: "Prime Minister Fumio Kishida" or "Ms. Jane Tan, Director-General
    of ..." -> {name, role}; the role a name-then-role apposition gives wins over an honorific.
    Writers named by a byline or credits are people too, their role "Author", "Reporter" ...
    unless the text gives them a title (an honorific is none). The titles' words are people.yml's,
    or those of `titles`."""
    blocked = set(not_names)
    # most texts name no one with a title: a cheap test spares them the role patterns
    titles = titles or load_titles()
    titled = any(word in text for word in titles.title_gates) or any(role in text for role in titles.lower_role_words) or \
        any(word in text for word in titles.honorific_gates) or \
        bool(titles.apposition and titles.apposition.search(text)) or \
        bool(titles.says_after_comma.search(text))  # ("The head of ..., Name, said": any role in small letters)
    people = _same_people(_titled_people(normalise(text), blocked, titles)) if titled else {}
    if not _SPEAKER_MARKS.isdisjoint(text):
        for name, person in _speakers(text, blocked).items():
            people.setdefault(name, person)
    for writer in find_bylines(text, blocked, titles):
        known = people.setdefault(writer["name"], writer)
        if is_honorific(known["role"], titles):  # "By Dr. Aiko Tanaka": an honorific is no role
            known["role"] = writer["role"]
    for name, person in _glued_people(text, blocked, titles).items():
        people.setdefault(name, person)
    # "Prime Minister Kishida" after "Mr. KISHIDA Fumio, Prime Minister of Japan": a family name
    # alone is the person the text has named in full, whichever end of the name it stands at
    # ("Minister Kamikawa" after "Foreign Minister Kamikawa Yoko", written family name first)
    families = {word for name in people if " " in name for word in name.split()}
    for person in people.values():
        if is_honorific(person["role"], titles) and (post := _post_of(text, person["name"], titles)):
            person["role"] = post  # ("Ms. Chea Sophea" / "Communications Officer": the post, not "Ms.")
    # (a role ends with its line: "..., Vice-Minister for International Affairs" over "2. Main outcomes"
    # names no "Main")
    return [{"name": p["name"], "role": p["role"].split("\n", 1)[0].rstrip()}
            for p in sorted(people.values(), key=lambda p: p["at"])
            if " " in p["name"] or p["name"] not in families]


# --- amounts ------------------------------------------------------------------------------------
CURRENCIES_FILE = DATA_DIR / "currencies.yml"
_ISO_CODE = re.compile(r"[A-Z]{3}")
# A scale's word of four letters or more is read capitalised too, as a headline writes it ("50 Million Yen")
_TITLED_SCALE_MIN_CHARS = 4


@dataclass(frozen=True)
class Currencies:
    """currencies.yml, compiled: the forms of a sum's currency around its figure."""

    symbols: dict[str, str]  # "Rs" -> "INR": before the figure
    shared: dict[str, dict[str, str]]  # "Sh" -> {"KE": "KES", "TZ": "TZS", ...}: by the document's countries
    words: dict[str, str]  # "yen" -> "JPY": after it
    scales: dict[str, float]  # "crore" -> 1e7: after the figure, before the currency's name
    number: re.Pattern[str]  # a figure and its scale, glued to a code or a symbol ending in a letter
    before: re.Pattern[str]  # a code or a symbol ending right before the figure
    after: re.Pattern[str]  # a currency's name after it
    reach: int  # how far before the figure its code or symbol may start


def checked_currencies(data: Any) -> dict[str, Any]:
    """currencies.yml's data, or ValueError naming the first entry that is not valid: `codes` ISO
    4217 codes, and each symbol and word mapped to one of them."""
    if not isinstance(data, dict):
        raise ValueError("currencies.yml: expected a mapping with codes, symbols and words")
    codes = [str(c) for c in data.get("codes") or ()]
    bad = next((c for c in codes if not _ISO_CODE.fullmatch(c)), None)
    if bad:
        raise ValueError(f"currencies.yml: codes: {bad!r} is not an ISO 4217 code (three capitals)")
    for key in ("symbols", "words"):
        table = data.get(key) or {}
        if not isinstance(table, dict):
            raise ValueError(f"currencies.yml: {key}: expected a mapping of form -> code")
        for form, code in table.items():
            if str(code) not in codes:
                raise ValueError(f"currencies.yml: {key}: {form!r} maps to {code!r}, which is not among `codes`")
    shared = data.get("shared_symbols") or {}
    if not isinstance(shared, dict) or not all(isinstance(v, dict) and v for v in shared.values()):
        raise ValueError("currencies.yml: shared_symbols: expected a mapping of form -> {country code: currency code}")
    for form, by_country in shared.items():
        for country, code in by_country.items():
            if not re.fullmatch(r"[A-Z]{2}", str(country)) or str(code) not in codes:
                raise ValueError(f"currencies.yml: shared_symbols: {form!r}: {country!r} -> {code!r} is not a "
                                 "country's ISO 3166 code mapped to one of `codes`")
    scales = data.get("scales") or {}
    if not isinstance(scales, dict):
        raise ValueError("currencies.yml: scales: expected a mapping of word -> multiplier")
    for word, factor in scales.items():
        if not str(word).strip() or isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor <= 1:
            raise ValueError(f"currencies.yml: scales: {word!r} maps to {factor!r}, not a multiplier above 1")
    return {"codes": codes, "symbols": {str(k): str(v) for k, v in (data.get("symbols") or {}).items()},
            "words": {str(k): str(v) for k, v in (data.get("words") or {}).items()},
            "shared": {str(k): {str(c): str(v) for c, v in by.items()} for k, by in shared.items()},
            "scales": {str(k): float(v) for k, v in scales.items()}}


def _with_titled(scales: dict[str, float]) -> dict[str, float]:
    """The scales, and the longer words among them capitalised as a headline writes them."""
    titled = {w.title(): f for w, f in scales.items() if len(w) >= _TITLED_SCALE_MIN_CHARS and w.islower()}
    return {**titled, **scales}


_TITLED_WORD_MIN_CHARS = 5


def _with_titled_words(words: dict[str, str]) -> dict[str, str]:
    """Currencies' names, and those of two words or more, or of five letters or more, with each word
    in small letters capitalised ("Japanese Yen", "US Dollars", "Rupees"); see currencies.yml."""
    titled = {}
    for form, code in words.items():
        if " " in form or len(form) >= _TITLED_WORD_MIN_CHARS:
            titled.setdefault(" ".join(w[:1].upper() + w[1:] if w.islower() else w for w in form.split(" ")), code)
    return {**titled, **words}


def _any_of(forms: Iterable[str]) -> str:
    """A pattern matching any of `forms`; one that never matches when there are none."""
    forms = list(forms)
    return trie_pattern(forms) if forms else "(?!)"


def compile_currencies(data: Any) -> Currencies:
    """The patterns of find_amounts from currencies.yml's data (see checked_currencies)."""
    data = checked_currencies(data)
    codes, words, scales = data["codes"], _with_titled_words(data["words"]), _with_titled(data["scales"])
    symbols = {**{form: "" for form in data["shared"]}, **data["symbols"]}  # (a shared form alone: "" till read)
    # A figure right after a code or a symbol that ends in a letter ("JPY1.2 billion", "Rp5,000"):
    # one look-behind per length, as Python's look-behinds are fixed-width
    glued = sorted({*codes, *(s for s in symbols if s[-1:].isalpha())}, key=len)
    by_length = {len(g): [x for x in glued if len(x) == len(g)] for g in glued}
    glue = "|".join("(?<=" + "|".join(map(re.escape, forms)) + ")" for forms in by_length.values())
    number = re.compile(r"(?=\d)(?:(?<![\w.,])" + (f"|{glue}" if glue else "") +
                        r")(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                        r"(?:(?:\s|-)?(?P<scale>" + _any_of(scales) + r")(?!\w))?")
    before = re.compile(r"(?:(?<![\w])(?P<code>" + _any_of(codes) + r")\s?|(?<![\w$])(?P<sym>" + _any_of(symbols)
                        + r")\s?)$")
    # (a hyphen too, in a sum written as a compound adjective: "a 42-million-U.S.-dollar grant", "a
    # 500-million-yen loan")
    after = re.compile(r"[\s-](?P<word>" + _any_of(words) + r")(?!\w)")
    reach = max(map(len, [*codes, *symbols]), default=0) + 1
    return Currencies(symbols, data["shared"], words, scales, number, before, after, reach)


@functools.cache
def load_currencies(path: Path = CURRENCIES_FILE) -> Currencies:
    """currencies.yml, read and compiled once per process."""
    return compile_currencies(load_yaml(path))


def _number(text: str) -> float | int:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def find_amounts(text: str, currencies: Currencies | None = None,
                 countries: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Sums of money as written, with ISO currency and value: "500 million yen" -> JPY 5e8.

    A bare "$" is read as US dollars, the common use in this field's English texts; "S$", "A$",
    "HK$" ... are the dollars they name. A short form several countries share ("Sh", "Rs") is the
    currency of the first of `countries` (the document's, most told about first) that uses it,
    else its `symbols` default, else no sum. The currencies are currencies.yml's, or `currencies`.
    """
    cur = currencies or load_currencies()
    shared = {form: next((by[c] for c in countries if c in by), cur.symbols.get(form, ""))
              for form, by in cur.shared.items()}
    amounts: list[dict[str, Any]] = []
    seen: set[str] = set()
    for m in cur.number.finditer(text):  # anchored on numbers: few per text, cheap to inspect
        before = cur.before.search(text, max(0, m.start() - cur.reach), m.start())
        after = None if before else cur.after.match(text, m.end())
        if not before and not after:
            continue
        start = before.start() if before else m.start()
        end = after.end() if after else m.end()
        sym = before.group("sym") if before else None
        currency = ((shared.get(sym) if sym in shared else cur.symbols.get(sym or "")) or before.group("code")) \
            if before else cur.words[after.group("word")]
        if not currency:  # ("Sh50 billion" in a text of no country whose shilling it is)
            continue
        if sym in shared and len(sym) == 1 and not m.group("scale") and not re.search(r"[,.]", m.group("num")):
            continue  # (a lone letter before a bare small figure is a grade or a code: "K12 schools")
        written = text[start:end].strip()
        if written in seen:
            continue
        seen.add(written)
        value = _number(m.group("num")) * cur.scales[m.group("scale")] if m.group("scale") else _number(m.group("num"))
        value = round(value, 2)  # (1.08 x 10^12 in floating point is 1080000000000.0001: no sum of money)
        value = int(value) if float(value).is_integer() else value
        if not value:  # "Fees: ₱0 for scholars": free, no sum of money
            continue
        amounts.append({"text": written, "currency": currency, "value": value})
    return amounts
