"""Inline text: escaping plus the glued markers (`countriesNote 20 in`, `program”Glossary and`).

A marker is replaced by real markup (a footnote reference, a link to the glossary entry); the
words around it are escaped so they render exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .clean_rules import NOTE_MARK_CHARS, Rules, cited_figures, note_key
from .escape import escape_block_start, escape_heading, escape_inline

ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&.\-]{1,15})\)")


@dataclass(frozen=True)
class GlossaryEntry:
    ident: str  # HTML id of the <dt>
    term: str


@dataclass(frozen=True)
class InlineContext:
    """What a marker can point to in this document."""

    notes: frozenset[tuple[str, str]] = frozenset()  # (style, number) of the notes a marker links to
    # (style, number) -> id of a note kept where it stands in the text (no footnote): a marker links there
    placed: Mapping[tuple[str, str], str] = field(default_factory=dict)
    glossary: tuple[GlossaryEntry, ...] = ()
    glossary_anchor: str | None = None  # id of the Glossary heading (None: no glossary)
    other_marks: bool = False  # notes marked `*1`, `¹` or `[2]`: look for those marks too
    plain_marks: bool = False  # notes numbered with bare figures: look for a figure glued after a stop too


# A note's bare figure glued after a sentence's stop, a comma or a closing bracket or quote ("(Kearney,
# 2023).1 Yet", "through a digital channel.2", "from Japan,5 Japan"), when the notes list numbers its notes so (see
# clean_blocks.plain_notes); the figure ends at a space or the text's end. Never after a figure
# ("4.0", "Figure 2.1", "2,400", "2025,2"), an initial or an abbreviation ("U.S.2", "No.1", "Vol.2",
# "p.12"): before the stop stand three small letters, or a bracket or a quote. Glued to a word of
# small letters with no stop ("the JETRO survey1 showing", "the Subway Project1, whose", "on record2."),
# as a statement copied from its PDF loses the superscript: then a stop or a comma may follow it.
# Only a figure its notes define is linked (clean.render): "mp3" is no note's.
# After a year's stop, a capital opening the next sentence ("... increase by four to six times by
# 2040.1 At the same time"): the year ends the sentence, the figure is its note's ("2040.1 million" is
# no year's decimal, and stays). After a name's stop, the next sentence's capital after the figure
# ("... and Viet Nam.1 The", "... in the Lao PDR.2 Japan", "through ASEAN.3 It"): a short name or an
# acronym ends the sentence, never an abbreviation that takes a number ("Vol.1", "Fig.2", "Art.3").
_GLUED_FIGURE = re.compile(r"(?:(?<=[a-z]{3}[.,])|(?<=[)\]”\"’]\.)|(?<=[)\]”\"’])|(?<=[a-z]{3})|(?<=\b(?:19|20)\d\d\.)|"
                           r"(?<=[A-Z][a-z]{2}\.)(?<!Vol\.)(?<!Art\.)(?<!Fig\.)(?<!Sec\.)(?<!Ref\.)(?<!Rev\.)(?<!Tab\.)(?<!Nos\.)(?<!Eds\.)"
                           r"(?=\d{1,2}\s[A-Z])|"
                           r"(?<=\b[A-Z]{3}\.)(?=\d{1,2}\s[A-Z])|(?<=[A-Z]{4}\.)(?=\d{1,2}\s[A-Z]))"
                           r"(?P<pnum>\d{1,2})"
                           r"(?=(?<!\d{4}\.\d)(?<!\d{4}\.\d\d)(?:\s|$|(?<=[a-z]{3}\d)[,.;:]|(?<=[a-z]{3}\d\d)[,.;:])|\s[A-Z])")


def has_marker(text: str, rules: Rules, other_marks: bool = True, plain: bool = False) -> bool:
    """A cheap substring test before any regex: most paragraphs hold no marker word."""
    return rules.note_word in text or rules.glossary_word in text or \
        (other_marks and not NOTE_MARK_CHARS.isdisjoint(text)) or \
        (plain and _GLUED_FIGURE.search(text) is not None)


# A superscript after a unit is a power (`km²`, `10 m³`), not a note.
_UNIT = re.compile(r"(?<![^\W\d_])(?:[kcmµ]?m|ft|in)$")


def markers(text: str, rules: Rules, plain: bool = False) -> list[tuple[re.Match[str], tuple[str, str] | None]]:
    """The markers of a text with their note's (style, number); None for a glossary marker. With
    `plain`, a bare figure glued after a stop is one too ("plain", its figure)."""
    out: list[tuple[re.Match[str], tuple[str, str] | None]] = []
    if plain:
        out = [(m, ("plain", m.group("pnum"))) for m in _GLUED_FIGURE.finditer(text)]
    for m in rules.markers.finditer(text):
        if m.group("gloss"):
            out.append((m, None))
        elif m.group("bnums"):  # "[3, 4]", "[5-7]": one entry a figure, all on the one match
            out.extend((m, ("bracket", n)) for n in cited_figures(m.group("bnums")))
        elif not (m.group("sup") and _UNIT.search(text, 0, m.start())):
            out.append((m, note_key(m)))
    return sorted(out, key=lambda pair: pair[0].start()) if plain else out


def note_numbers(text: str, rules: Rules, plain: bool = False) -> list[tuple[str, str]]:
    """(style, number) of the note markers in a text, in order (`plain`: see markers)."""
    if not has_marker(text, rules, plain=plain):
        return []
    return [key for _, key in markers(text, rules, plain) if key]


def glossary_target(before: str, ctx: InlineContext) -> str:
    """The entry a glued `Glossary` marker points to: the term named closest before it."""
    best, best_end = None, -1
    low = before.casefold()
    for entry in ctx.glossary:
        keys = [entry.term.casefold()]
        keys += [f"({a.casefold()})" for a in ACRONYM.findall(entry.term)]
        for key in keys:
            at = low.rfind(key)
            if at >= 0 and at + len(key) > best_end:
                best, best_end = entry.ident, at + len(key)
    return best or (ctx.glossary[0].ident if len(ctx.glossary) == 1 else ctx.glossary_anchor or "")


def _all_linked(m: re.Match[str], found: list[tuple[re.Match[str], tuple[str, str] | None]],
                ctx: InlineContext) -> bool:
    """Whether every figure of the combined marker `m` ("[3, 4]") is a note's the text links to."""
    return all(key in ctx.notes for other, key in found if other is m)


def render_inline(text: str, ctx: InlineContext, rules: Rules, block_start: bool = True,
                  heading: bool = False) -> tuple[str, str]:
    """(Markdown, plain text) of one block's text; plain text has the markers taken out."""
    escape = escape_heading if heading else escape_inline
    if not has_marker(text, rules, ctx.other_marks, ctx.plain_marks):
        out = escape(text)
        return (escape_block_start(out) if block_start else out), text
    md: list[str] = []
    plain: list[str] = []
    at = 0
    found = markers(text, rules, ctx.plain_marks)
    for m, key in found:
        if m.groupdict().get("bnums") and not _all_linked(m, found, ctx):
            continue  # "[3, 4]" with a figure no note has: all the author's characters, or none
        if key is None and not ctx.glossary_anchor:
            continue  # no glossary in this document: the word is the author's
        if key and key[0] != "note" and key not in ctx.notes and key not in ctx.placed:
            continue  # `*`, `¹`, `[2]` pointing to no note of that style: the author's characters
        md.append(escape(text[at:m.start()]))
        plain.append(text[at:m.start()])
        if key is None:
            target = glossary_target(text[:m.start()], ctx)
            md.append(f'<sup class="atlas-glossary-ref">[{escape_inline(m.group(0))}](#{target})</sup>')
        elif key in ctx.notes:
            md.append(f"[^{key[1]}]")
        elif key in ctx.placed:  # its note stands under the `Notes` heading, where the author put it
            md.append(f'<sup class="atlas-note-ref">[{escape_inline(m.group(0).strip())}](#{ctx.placed[key]})</sup>')
        else:  # its note is not in the excerpt: keep the marker visible, unlinked
            md.append(f'<sup class="atlas-note-missing" title="The text of this note is not part of the '
                      f'source">{escape_inline(m.group(0))}</sup>')
        at = m.end()
    md.append(escape(text[at:]))
    plain.append(text[at:])
    out = "".join(md)
    return (escape_block_start(out) if block_start else out), "".join(plain)
