"""Reading the structure of plain text: lines to blocks, blocks to headings, lists, captions.

Pure functions over lines; every pattern comes from :mod:`clean_rules` (furniture.yml).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from .clean_rules import (CIRCLED_NUMBERS, NO_TITLE_END, SENTENCE_END, WORD, Rules, is_aside, is_title_case, line_end,
                          note_key, without_byline_note, word_count, yearless_dateline)

# C0/C1 controls except tab, newline and form feed: never text, and Python-Markdown uses \x02/\x03
# itself. A form feed is a PDF's page break: raw_blocks reads it, then it goes too.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\u2028\u2029]")
_C0_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12)) + b"\x7f"
# A web page's no-break and typographic spaces (`&nbsp;`, en and thin spaces): copied, a line of
# them looks blank, yet it is not, and it would glue the paragraphs around it into one; at a
# line's start they indent it; lifted into the header ("15&nbsp;May&nbsp;2024") they would be
# no line of the text as read. Plain spaces, like the others: they part the same words.
_ODD_SPACE_CHARS = ("\u00a0", *map(chr, range(0x2000, 0x200b)))
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a]")
# An HTML character reference copied from a page's source ("Japan&#8217;s", "Cambodia &amp; Laos",
# "&mdash;", "&nbsp;", "&#x2019;"): only a well-formed one, closed by its semicolon. A bare "&" ("R&D",
# "AT&T", "Q&A") and a name HTML does not know ("&foo;") are the author's characters, as written.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
PAGE_BREAK = "\f"
_SPACES = re.compile(r"[ \t]+")
# A column gap: a tab, or two spaces or more (text aligned in columns by hand).
_GAP = re.compile(r"\t[ \t]*| {2,}\t*")
# Scripts written without spaces between words: a hard line break inside them joins with nothing.
_NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"
                              r"\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Ends of a line whose sentence goes on (a lead-in, a clause): never a header line.
_CLAUSE_END = frozenset(":,;：、")


# Furniture lines are short; longer lines are not even tried against the patterns. A breadcrumb of
# a site's sections runs longer ("Home > Foreign Policy > Regional Affairs > Oceania > Pacific
# Islands Leaders Meeting (PALM)"): a line up to BREADCRUMB_MAX_CHARS is tried when it holds one of
# a breadcrumb's separators.
FURNITURE_MAX_CHARS = 80
# a link under `Related publications` may carry a paper's number and its title in quotes
LINK_MAX_CHARS = 160
BREADCRUMB_MAX_CHARS = 200
_BREADCRUMB_SEPARATORS = frozenset(">»›")


def _may_be_furniture(text: str) -> bool:
    """Whether a line is short enough to be tried against the furniture patterns (a cheap gate)."""
    return len(text) <= FURNITURE_MAX_CHARS or (
        len(text) <= BREADCRUMB_MAX_CHARS and not _BREADCRUMB_SEPARATORS.isdisjoint(text))


class Line(NamedTuple):
    indent: int
    text: str  # stripped, inner runs of spaces/tabs collapsed, no control characters
    cells: tuple[str, ...] = ()  # the columns, when tabs, runs of spaces or pipes split the line into some
    # One column per tab, empty ones kept (`Total<tab><tab>505.0`), when the line has a double tab:
    # a gap to line up a header, or an empty cell; the table's rows tell which.
    tab_cells: tuple[str, ...] = ()
    # The line as written, when runs of spaces (no tab) split it into cells: where each cell
    # stands tells the column of a row that leaves some empty (see `aligned_rows`).
    spaced: str = ""


@dataclass
class Block:
    """One unit of the body, as recognised; rendering and plain text both start from here."""

    kind: str  # para | heading | list | caption | glossary | table | notes
    text: str = ""  # para/heading/caption text; glossary definition
    level: int = 0  # heading level (2..6)
    ordered: bool = False
    start: int = 1
    items: list[str] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)  # a list item's depth (1: a sub-item); empty: all 0
    rows: list[tuple[str, ...]] = field(default_factory=list)  # a table's rows of cells, header first
    label: str = ""  # caption label ("Photo 3.")
    credit: str = ""  # caption credit line (also a source line)
    term: str = ""  # glossary term
    back_matter: bool = False  # heading of a back-matter section (Glossary, Notes)
    lines: tuple[str, ...] = ()  # a paragraph's lines as broken in the source
    same_block: bool = False  # a paragraph from the same source block as the one before it
    role: str = ""  # a paragraph's role, as a class of its own: `credit` (a wire credit), `dateline`


def _decoded(m: re.Match[str]) -> str:
    ch = html.unescape(m.group())
    # (a line break or a control character written as a reference, "&#10;", would break or glue
    # the text's lines: a space, as the page showed it)
    return " " if len(ch) == 1 and unicodedata.category(ch) == "Cc" else ch


def decode_references(text: str) -> str:
    """The text with its HTML character references decoded (`&#8217;` to ’, `&amp;` to &, `&nbsp;`
    to a no-break space): what the author wrote, which a page's source had encoded. Once only: a
    page escapes a decoded "<" or "&" again, so "&lt;script&gt;" shows as "<script>", as text."""
    if "&" not in text or ";" not in text:  # (most texts hold none: no pass over them)
        return text
    return _REFERENCE.sub(_decoded, text)


def normalise(text: str) -> str:
    """Text as cleaning expects it: no BOM, HTML character references decoded, LF line ends, NFC, no
    control characters, plain spaces (a decoded `&nbsp;` too)."""
    text = decode_references(text.lstrip("\ufeff"))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Deleting C0 control bytes from the UTF-8 form is a fast test for their presence (they
    # are rare); only then does the slower regex pass run.
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _C0_BYTES)) != len(data) or "\u2028" in text or "\u2029" in text:
        text = _CONTROL.sub("", text)
    if any(c in text for c in _ODD_SPACE_CHARS):  # (a substring test per space is faster than a scan)
        text = _ODD_SPACES.sub(" ", text)
    return text


# An e-mail's quoted lines: a run of two lines or more opening with `>` (`> >` when quoted twice),
# as a mail client marks the message a reply or a forward quotes. The marks are the client's, not
# the author's: the text under them is read as any other (its blank `>` lines part its paragraphs).
_QUOTED_RUN = re.compile(r"^(?:[ \t]*>.*(?:\n|$)){2,}", re.M)
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def unquote_mail(text: str) -> str:
    """The text with the quote marks of an e-mail's quoted runs taken off (see `_QUOTED_RUN`)."""
    if "\n>" not in text and not text.startswith(">"):
        return text
    # (a blank line around the run: the quoted message is no part of the line above it, "On Mon,
    # 4 Mar 2024, ... wrote:", nor of the reply under it)
    return _QUOTED_RUN.sub(lambda m: "\n" + _QUOTE_MARKS.sub("", m.group()) + "\n", text)


_new_line = tuple.__new__  # Line(...) without the Python-level __new__: lines are many


def _pipe_cells(text: str) -> tuple[str, ...]:
    """`| Country | Amount |`: the cells of a row written with pipes (empty ones kept), or ()."""
    if len(text) < 3 or text[0] != "|" or text[-1] != "|" or text.count("|") < 3:
        return ()
    return tuple(c.strip() for c in text[1:-1].split("|"))


def to_line(raw: str) -> Line:
    """One line of text: indentation measured (tabs as 4 columns), spaces tidied. A label and its
    value apart by a leader of dots ("ODA loans ........ 620.4 billion yen") are two cells, as
    they would be apart by a gap."""
    line = _to_line(raw)
    if not line.cells and ("....." in raw or ". . . . ." in raw or "……" in raw):
        cells = tuple(_LEADER.split(line.text))
        # (a label and a figure, both short: an ellipsis in a sentence is no leader)
        if len(cells) == 2 and 0 < len(cells[0]) <= FURNITURE_MAX_CHARS and 0 < len(cells[1]) <= LEADER_VALUE_MAX_CHARS and \
                any(c.isdigit() for c in cells[1]):
            return line._replace(cells=cells)
    return line


# A leader of dots between a label and its value, as a printed table of figures or contents sets it.
_LEADER = re.compile(r" ?(?:\.{5,}|(?:\. ){4,}\.|…{2,}) ?")
LEADER_VALUE_MAX_CHARS = 30


def _to_line(raw: str) -> Line:
    if "\t" not in raw and "  " not in raw:  # the common case
        text = raw.strip(" ")
        return _new_line(Line, (len(raw) - len(raw.lstrip(" ")) if raw[:1] == " " else 0, text,
                                _pipe_cells(text) if text[:1] == "|" else (), (), ""))
    expanded = raw.expandtabs(4) if "\t" in raw else raw
    stripped = expanded.strip(" ")
    if "  " in stripped or "\t" in stripped:
        stripped = _SPACES.sub(" ", stripped)
    parts = _GAP.split(raw.strip(" \t"))  # on the raw line: a tab may expand to a single space
    cells = _pipe_cells(stripped) or (tuple(_SPACES.sub(" ", c) for c in parts) if len(parts) > 1 else ())
    tab_cells = tuple(c.strip(" ") for c in raw.strip(" \t").split("\t")) if "\t\t" in raw else ()
    spaced = raw if len(parts) > 1 and "\t" not in raw and not stripped.startswith("|") else ""
    return Line(len(expanded) - len(expanded.lstrip(" ")), stripped, cells, tab_cells, spaced)


_BARE_NUMBER = re.compile(r"\d{1,4}")


def _spaced_out(ranks: list[int], rules: Rules, min_lines: int = 0) -> bool:
    """Occurrences a page apart or more: a running header is printed once a page."""
    return all(b - a >= (min_lines or rules.page_min_lines) for a, b in zip(ranks, ranks[1:]))


def _year_like(number: int) -> bool:
    """A four-figure number beside words is a year as often ("2024 Outlook"); a parliament's record
    runs its pages past a thousand ("1432  Oral Questions  5th Aug., 2025"), which no recent year is."""
    return number > 999 and (1900 <= number <= 2099 or number > 9999)


def _facing_pages(sides: list[tuple[int, int, bool]], rank: dict[int, int], rules: Rules) -> set[int]:
    """A book's running headers differ on facing pages: `ERIA Research Project Report ...  23` on a
    right page, `24  Digital Skills Cooperation ...` (the chapter's name) on the next, left one. A
    line its number closes and, a page later, one the next number opens (or the other way round)
    are such a pair; numbered headings (`1 Introduction`, `2 Background`) open every line."""
    found: set[int] = set()
    at: dict[tuple[int, bool], list[int]] = defaultdict(list)
    for k, page, lead in sides:
        at[page, lead].append(k)
    for k, page, lead in sides:
        if _year_like(page) or _year_like(page + 1):
            continue
        nxt = [k2 for k2 in at.get((page + 1, not lead), ()) if rank[k2] - rank[k] >= rules.page_min_lines]
        if nxt:
            found.update((k, nxt[0]))
    return found


_BOOK_HEAD_LINES = 2  # (a book's name heads the excerpt, under its publisher's or not)
_PROSE_CHARS = 80  # (a line as long as this is a paragraph's, no heading's nor a table's cell)


def _loose_page_numbers(texts: list[str], rows: list[int], top: list[str], rules: Rules) -> set[int]:
    """Page numbers that no page break nor repeated running line shows, copied out of a book's
    page: a bare number on the line over or under the book's name that heads the excerpt, a page
    or more below it ("41" / "JICA Annual Report 2023": the page's foot), with that line; or a bare
    number alone between two paragraphs of prose, blank lines around it, the paragraph above ended
    ("... Tacloban City and other areas." / "" / "87" / "" / "In addition, ..."): the page's number
    where the copy crossed a page. (A figure in a table or a list stands among short lines.)"""
    found: set[int] = set()
    for n, k in enumerate(rows):
        text = texts[k]
        if len(text) > 4 or not text.isdigit() or not 0 < n < len(rows) - 1 or _year_like(int(text)):
            continue
        above, below = rows[n - 1], rows[n + 1]
        if n >= rules.page_min_lines and (book := next((j for j in (above, below) if abs(j - k) == 1 and
                                                        texts[j] in top and word_count(texts[j]) >= 2), None)):
            found.update((k, book))
        elif below - above == 4 and len(texts[above]) >= _PROSE_CHARS and line_end(texts[above]) in SENTENCE_END and \
                len(texts[below]) >= _PROSE_CHARS and texts[below][:1].isupper():
            found.add(k)
    return found


# A journal's volume and issue after its name in a running line ("Journal of Asian Development
# Studies 14(2)"), where its citation on top spells them out ("..., Vol. 14, No. 2 (2025), pp. 117–142")
_VOLUME_ISSUE = re.compile(r"\s+\d{1,4}\s?\(\d{1,3}\)$")


def _names_book(key: str, top: str) -> bool:
    """Whether a running line's words `key` name the book or journal of the excerpt's `top` line:
    the line itself, one end of it, or the journal's name before the comma of its citation."""
    if key == top or top.startswith(f"{key} ") or top.endswith(f" {key}"):
        return True
    name = _VOLUME_ISSUE.sub("", key)
    return name != key and top.startswith(f"{name}, ")


def page_furniture(texts: list[str], rules: Rules) -> set[int]:
    """The lines of a PDF's print layout (indexes into `texts`, the lines as to_line reads them,
    a form feed as PAGE_BREAK): page numbers and running headers and footers.

    Found only where a page shows: a form feed, a decorated page number (`- 12 -`, `p. 45`), or a
    line repeated with a growing page number (`JICA Annual Report 2023  45`). Then a bare figure
    next to a page's edge is its number, and a short line repeated at the edges of two pages or
    more is a running header; where it also stands elsewhere (the title at the top), it stays."""
    rows = [k for k, t in enumerate(texts) if t]
    rank = {k: n for n, k in enumerate(rows)}  # a line's place among the lines that are not blank
    found = {k for k in rows if len(texts[k]) <= 20 and rules.page_number.fullmatch(texts[k])}
    # (keyed by the words and the count of pages after the number, `/ 12`, if any)
    numbered: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    repeated: dict[str, list[int]] = defaultdict(list)
    sides: list[tuple[int, int, bool]] = []  # (line, page number, number leads the line)
    for k in rows:
        text = texts[k]
        if text == PAGE_BREAK or len(text) > rules.running_max_chars or line_end(text) in SENTENCE_END:
            continue
        repeated[text].append(k)
        # (a page number opens or closes the line: most lines have none, and skip the pattern)
        m = rules.running_line.fullmatch(text) if text[0].isdigit() or text[-1].isdigit() else None
        if m and word_count(m.group("key") or m.group("body")) >= 2:
            total = (m.group("lead_total") or m.group("trail_total") or "").replace(" ", "")
            # (a bar between the number and the words, on either side: "46 | White Paper ..." on a
            # left page, "White Paper ... | 47" on a right one, is one running line)
            key = (m.group("key") or m.group("body")).strip(" |·•-—–")
            numbered[key, total].append((k, int(m.group("lead") or m.group("trail"))))
            sides.append((k, int(m.group("lead") or m.group("trail")), bool(m.group("lead"))))
    for (_, total), occurrences in numbered.items():
        pages = [n for _, n in occurrences]
        # (a slide says little: with the count of slides beside its number, a line between will do)
        if len(occurrences) > 1 and all(b > a for a, b in zip(pages, pages[1:])) and \
                _spaced_out([rank[k] for k, _ in occurrences], rules, 2 if total else 0):
            found.update(k for k, _ in occurrences)
    found.update(_facing_pages(sides, rank, rules))
    # A book's name on top of the excerpt ("JBIC Annual Report 2026"), its publisher's over it or
    # not, then once more with a page's number a page or more below ("34    JBIC Annual Report
    # 2026", "28 | Report on International Development Cooperation 2025"): the page's running line.
    # (or the book's name at one end of such a top line, the chapter's name at its other: "SPREP
    # Annual Report 2025    Waste Management and Pollution Control")
    top = [texts[k] for k in rows[:_BOOK_HEAD_LINES]]
    found.update(k for (key, _), occurrences in numbered.items()
                 if len(occurrences) == 1 and any(_names_book(key, t) for t in top)
                 for k, page in occurrences if rank[k] >= rules.page_min_lines and not _year_like(page))
    found.update(_loose_page_numbers(texts, rows, top, rules))
    breaks = {k for k in rows if texts[k] == PAGE_BREAK}
    if not found and not breaks:
        # (a sheet of one page shows none, but its number alone closing it, a blank line over it:
        # "... Tel: +595 21 604 012" / "" / "1")
        last = rows[-1] if len(rows) > 1 else None
        if last is not None and texts[last - 1] == "" and len(texts[last]) <= 3 and \
                _BARE_NUMBER.fullmatch(texts[last]):
            found.add(last)
        return found
    # The document's first and last lines are a page's edges too, for a page number alone there.
    ends = {-1, len(rows)}
    while True:
        edges = {rank[k] for k in found | breaks}
        near = {r + d for r in edges for d in range(-rules.page_edge_lines, rules.page_edge_lines + 1)}
        new = {k for k in rows if k not in found and _BARE_NUMBER.fullmatch(texts[k]) and
               (rank[k] in near or any(abs(rank[k] - e) <= rules.page_edge_lines for e in ends))}
        for lines in repeated.values():
            at_edges = [k for k in lines if k not in found and rank[k] in near]
            if len(at_edges) > 1 and _spaced_out([rank[k] for k in at_edges], rules):
                new.update(at_edges)
            elif at_edges and lines[0] == rows[0] and at_edges[0] != rows[0] and \
                    rank[at_edges[0]] >= rules.page_min_lines:
                # (the document's first line, the book's running header over its first page, again
                # at the next page's edge: that one is the running header; the first heads the text)
                new.update(at_edges)
        if not new:
            return found
        found |= new


def _runs_over_page(block: list[Line], line: Line, rules: Rules) -> bool:
    """Whether `line`, first on a page, goes on with the paragraph that `block` closed on the page
    before (a running header and a page number between them): that paragraph's sentence is not
    over, and the line goes on in lower case, or the paragraph broke after a word or a comma."""
    last = block[-1].text
    end = line_end(last)
    # (a numbered section's heading opens the page anew: "5.2.3 Key Initiatives")
    if not end or end in ".!?:;。．！？" or is_list_line(line, rules, strict=False) or \
            glyph_heading(line, rules) or rules.caption_label.fullmatch(line.text) or \
            (line.text[:1].isdigit() and rules.section_number.fullmatch(line.text)):
        return False
    if line.text[:1].islower() or (last.endswith("-") and last[-2:-1].isalpha()):
        return True
    return len(block) > 1 and (end.islower() or end == ",") and \
        not any(is_list_line(ln, rules, strict=False) for ln in block)


def _sentence_goes_on(block: list[Line], line: Line, rules: Rules, joined: int = 0) -> bool:
    """Whether `line`, after a blank line, goes on with the sentence `block` broke off: text copied
    with a blank line after every line of a printed page (a PDF viewer's copy, a page's `<br><br>`)
    ends lines in mid-sentence. A line that ends on a small word no sentence or heading ends on
    ("... signed a loan agreement with the"), or a long line that ends in a small letter over one
    that goes on in small letters, is one sentence with the next; a list item, a glyph heading or
    a caption never goes on one. Where `joined` such breaks came before in the text, a line longer
    than a heading that ends on a word or a comma goes on too, whatever the next line's first letter
    ("... said JICA Chief" / "Representative Sugano Yuichi."), unless it is a list's item or the
    next line a title (short, no final stop)."""
    words = block[-1].text.split()
    if len(words) < _GOES_ON_MIN_WORDS or is_list_line(line, rules, strict=False) or \
            glyph_heading(line, rules) or rules.caption_label.fullmatch(line.text):
        return False
    tail, first = words[-1], line.text.split(None, 1)[0]
    if tail.islower() and tail in rules.minor_words:
        return first[:1].isalnum() or first[:1] in "\"“‘('"
    if joined >= _GOES_ON_JOINED and len(words) > rules.heading_max_words and (tail[-1:].isalpha() or tail[-1:] == ",") \
            and first[:1].isalnum() and not is_list_line(block[-1], rules, strict=False) and \
            (line_end(line.text) in SENTENCE_END or word_count(line.text) > rules.heading_max_words):
        return True
    return tail[-1:].islower() and tail[-1:].isalpha() and first.islower() and first[:1].isalpha() and \
        len(words) > rules.heading_max_words


# A shorter line may be a site's label over its value ("Posted in" / "News"), not a sentence's part.
_GOES_ON_MIN_WORDS = 6
# (two lines broken so in mid-sentence make a copy with a blank line after each printed line)
_GOES_ON_JOINED = 2


def _button_row(line: Line, rules: Rules) -> bool:
    """`Download PDF    Cite this article    Share`: a row of a page's buttons, apart by gaps, each
    one furniture (one of them a furniture line proper: "Metrics" alone may head a section)."""
    return len(line.cells) > 1 and not _RULE_ROW.fullmatch(line.text) and \
        all(rules.furniture_button.fullmatch(c) for c in line.cells) and \
        any(rules.furniture.fullmatch(c) for c in line.cells)


def _footer_row(line: Line, rules: Rules) -> bool:
    """`About Us   Contact Us   Apps   Advertisement   Privacy Policy`: a site's footer links in a
    row, apart by gaps: three cells or more, each short and without a stop, most of them (two or
    more) the `site_footer` items."""
    cells = line.cells
    if len(cells) < 3 or any(len(c.split()) > rules.footer_max_words or c[-1:] in ".!?" for c in cells):
        return False
    items = sum(1 for c in cells if rules.footer_item.fullmatch(c))
    return items >= 2 and items >= rules.footer_min_share * len(cells)


_ROW_BARS = frozenset({"|", "/", "·", "•"})


# (five words or more, every one a menu's section, read as its row: "Sport Economy" may head a page's
# section, five such words alone on a line never an author's)
_SPACED_ROW_MIN_WORDS = 5


def _menu_row(line: Line, rules: Rules, nxt: Line | None = None) -> bool:
    """`Home  World  Business  Markets  Tech  Politics  Opinion`: a site's menu in a row, apart by
    gaps: four cells or more, each as short as a menu's item with no stop, most of them `site_menu`
    items, "Home" first or six cells or more; or five, every one an item ("News  Business  Opinion
    Culture  Sports"), a blank line under them: a table's head of a few such words, its rows or
    its rule right under it, stays. A bar between the items, gaps around it ("Latest  |  Japan  |
    Asia ..."), is no item. A row copied with single spaces ("Politics Economy Society Regions World
    Sport") is one when it has five words or more, every one an item of one word."""
    if not line.cells:
        words = line.text.split()
        return len(words) >= _SPACED_ROW_MIN_WORDS and all(rules.menu_item.fullmatch(w) for w in words)
    cells = [c for c in line.cells if c not in _ROW_BARS]
    if len(cells) < 4 or any(word_count(c) > rules.menu_max_words or line_end(c) in NO_TITLE_END for c in cells):
        return False
    items = sum(1 for c in cells if rules.menu_item.fullmatch(c))
    if len(cells) < 6 and not cells[0].casefold().startswith("home"):
        return len(cells) == 5 and items == 5 and (nxt is None or not nxt.text)
    return items >= rules.menu_min_share * len(cells)


def _bar_cells(text: str) -> list[str]:
    """`Research | Education | Global | Events`: the items of a line apart by bars (with single
    spaces, to_line gives it no cells), or [] for a line with an empty item (`| a | b |`)."""
    cells = [c.strip() for c in text.split("|")]
    return cells if all(cells) else []


_LONG_BAR_ROW = 8  # (items of a row apart by bars that make it a site's menu whatever its words)


def _bar_row(line: Line, nxt: Line | None, rules: Rules, after_menu: bool) -> bool:
    """`Indonesia | Business | World | Opinion | Culture`, `Site Map | Contact Us | Access`,
    `Privacy Policy | Terms of Use | Copyright © ... All Rights Reserved.`: a site's menu or footer
    links on one line apart by bars, three items or more, each short with no stop (or a furniture
    line of its own), most of them menu or footer items; right under such a row, a row of short
    items is the menu going on (`Academia | Deep Look | Front Row`). A row over a row with as many
    items is a table's header, not a menu."""
    cells = _bar_cells(line.text)
    if len(cells) < (2 if after_menu else 3) or \
            (nxt is not None and len(_bar_cells(nxt.text)) == len(cells)):
        return False
    if any(c[-1:].isdigit() and is_dateline(c, rules) for c in cells):
        return False  # ("13 May 2024 | Asia | 3 min read": a header's line of fields, its date the story's)
    if len(cells) >= _LONG_BAR_ROW and all(c[:1].isalpha() and word_count(c) <= rules.menu_max_words and
                                           line_end(c) not in NO_TITLE_END for c in cells):
        # a site's row of its other sections and brands ("EPAPER | LIVE TV | DAWNNEWS URDU | Images |
        # Young World | HERALD | ..."): so many short names in a row, none a figure, is no sentence
        # nor a table's row (one has its rows under it), whatever words the site chose
        return True
    items = buttons = 0
    for c in cells:
        if rules.furniture.fullmatch(c) or is_long_furniture(c, rules):
            items += 1
        elif word_count(c) > rules.menu_max_words or line_end(c) in NO_TITLE_END:
            return False
        elif rules.menu_item.fullmatch(c) or rules.footer_item.fullmatch(c):
            items += 1
        elif rules.furniture_button.fullmatch(c):
            buttons += 1
    # (a journal page's "Cite" and "Permissions" are its buttons only beside a furniture line:
    # "Download PDF | Cite | Share | Permissions")
    if items:
        items += buttons
    # (a row that opens on the site's home, four items or more, is its menu whatever its sections'
    # names: "Home | About | Development Partners | Projects Map | Media Center | Contact Us")
    return after_menu or items >= rules.menu_min_share * len(cells) or \
        (len(cells) >= 4 and cells[0].casefold() == "home")


def _menu_bar(text: str, rules: Rules) -> bool:
    """`Home | National | Business | Opinion`: three items or more apart by bars, most of them a
    site menu's items (a share bar, "Telegram | Facebook | X", is none)."""
    cells = _bar_cells(text)
    return len(cells) >= 3 and \
        sum(1 for c in cells if rules.menu_item.fullmatch(c)) >= rules.menu_min_share * len(cells)


def _wrapped_notice(line: Line, nxt: Line | None, rules: Rules) -> bool:
    """A notice wrapped over two lines ("This policy brief is licensed under a Creative Commons
    Attribution-NonCommercial 4.0" / "International License (CC BY-NC 4.0)."): the first line holds
    one of its words (`long_furniture.wrap_cues`) and no final stop, the two together a notice."""
    return nxt is not None and bool(nxt.text) and line_end(line.text) not in SENTENCE_END and \
        bool(rules.long_furniture_wrap.search(line.text)) and \
        is_long_furniture(f"{line.text} {nxt.text}", rules)


def is_long_furniture(text: str, rules: Rules) -> bool:
    """`Also Read: <a headline>`, `We use cookies to ...`: furniture longer than a button's label;
    longer still, a news agency's description of its services (`self_description`)."""
    if len(text) <= rules.long_furniture_max_chars:
        return bool(rules.long_furniture.fullmatch(text))
    return len(text) <= rules.self_description_max_chars and _NEWS_WORDS.search(text) is not None and \
        bool(rules.self_description.fullmatch(text))


_NEWS_WORDS = re.compile(r"news|NEWS|News")  # (a cheap gate: a news agency's blurb names its news)


def _button_group(text: str, rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The group whose head the line is (`Share this:`, a cookie notice, `Was this page helpful?`),
    so that the buttons under it, one a line, go with it; None for any other line."""
    if len(text) > rules.long_furniture_max_chars:
        return None
    return next((g for g in rules.button_groups if g[0].fullmatch(text)), None)


# A link to a file ("PALM10 Leaders' Declaration (PDF)", "Joint Action Plan [PDF 1.2MB]"): the
# document's own attachment, the text it reports on, not another page's headline. A Japanese site
# writes the file's format with its word for it and may use full-width brackets ("(PDF形式:820KB)",
# "（PDF：1.2MB）").
ATTACHMENT = re.compile(r"[(\[（](?:pdf|docx?|xlsx?|pptx?)(?:形式)?\b[^)\]）]{0,20}[)\]）]$", re.I)
FILES_NAME_MAX_WORDS = 4  # ("Related documents", "Downloads", "Reports and publications")


def _name_over_files(lines: list[Line]) -> bool:
    """Whether a block is a short name in its first line (no stop, colon or comma last: a sentence or a
    lead-in is the author's) over file links, a link a line."""
    head = lines[0].text
    return len(lines) > 1 and head[:1].isupper() and head[-1:].isalnum() and \
        len(head.split()) <= FILES_NAME_MAX_WORDS and not ATTACHMENT.search(head) and \
        all(ATTACHMENT.search(ln.text) for ln in lines[1:])


# A rule of dashes, underscores or bars, alone on its line: furniture, but over a document's notes
# it is the line that sets them apart from the text (see raw_blocks' `under_rule`).
_RULE_LINE = re.compile(r"[-_=~―─━＿＝]{3,}")


# A writer's bare name as a byline prints it: two to four capitalised words or words in capitals
# ("Osmond Chia", "BEA CUPIN"), no figure, no stop
_BARE_NAME = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z]{2,})(?:\s(?:[A-Z][a-z'’-]+|[A-Z]{2,}|[A-Z]\.)){1,3}")


# writers' bare names joined as a byline joins them ("Amir Yusof and Rei Nakamura", "A, B, and C")
_NAMES_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


def split_names(text: str) -> list[str]:
    """The names of a line of names joined by commas and "and" ("A, B and C" -> [A, B, C])."""
    return _NAMES_SPLIT.split(text)


def bare_names(text: str) -> bool:
    """A writer's bare name, or writers' names joined by commas and "and" (see _BARE_NAME): a
    byline's name line, as against the writer's job under it."""
    if _BARE_NAME.fullmatch(text):
        return True
    return len(text) <= 80 and (" and " in text or " & " in text) and \
        all(_BARE_NAME.fullmatch(name) for name in split_names(text))


def _post_buttons(lines: list[Line | None], k: int, rules: Rules) -> range:
    """`Like` / `Comment` / `Repost` / `Send`: a social post's buttons, a line each, from line `k` to
    the block's end (furniture.yml `social_post`), as a range of lines; an empty range for any other
    block (one such word alone, or among other lines, may be an author's)."""
    end = k
    while end < len(lines) and lines[end] is not None and lines[end].text:
        if len(lines[end].text) > 12 or not rules.post_button.fullmatch(lines[end].text):
            return range(0)
        end += 1
    return range(k, end) if end - k >= rules.post_min_buttons else range(0)


def _is_furniture_line(line: Line | None, rules: Rules) -> bool:
    """Whether a line is furniture standing alone: a furniture line, or a longer notice."""
    return line is not None and bool(line.text) and (
        (_may_be_furniture(line.text) and bool(rules.furniture.fullmatch(line.text))) or
        is_long_furniture(line.text, rules))


_COMMENTS_INITIALS = frozenset("CcDdRrJj")  # (a cheap gate before `comments_head`)


def _comments_head(lines: list[Line | None], k: int, rules: Rules) -> bool:
    """`Comments` right over `Leave a Reply` in its block: the head of a page's comment box,
    furniture as the box's lines are (over an author's text, "Comments" may head a section)."""
    text = lines[k].text
    return len(text) <= 30 and text[0] in _COMMENTS_INITIALS and k + 1 < len(lines) and \
        bool(rules.comments_head.fullmatch(text)) and _is_furniture_line(lines[k + 1], rules)


def _next_text(lines: list[Line | None], j: int) -> Line | None:
    """The first line of text at `j` or after it, or None at the document's end."""
    while j < len(lines) and (lines[j] is None or not lines[j].text):
        j += 1
    return lines[j] if j < len(lines) else None


def _links_below(lines: list[Line | None], k: int, rules: Rules) -> range:
    """The lines of the block right under line `k`, a blank line apart, when they are all links
    (short, no final stop) and two or more: the headlines under a `Related News` head that stands
    alone in its block. An empty range for any other block (a heading over its text ends a sentence).
    One link alone is the head's too when the site's furniture or the page's end follows it
    ("Trending" / "" / "Manu Samoa name squad ..." / "" / "Samoa Observer © 2025. ..."): no text of
    the author's goes on under it."""
    below = _block_below(lines, k)
    if not below or not all(is_link_line(lines[n].text) for n in below):
        return range(0)
    j, end = below.start, below.stop
    if end - j == 1:
        # (so are links a blank line apart, each alone, the way a copy with a blank line after each
        # line sets them: "Related Projects" / "" / "Lima Metro Line 2 - PPP" / "" / "Callao port ...")
        while (nxt := _block_below(lines, end - 1)) and len(nxt) == 1 and is_link_line(lines[nxt.start].text):
            end = nxt.stop
        after = _next_text(lines, end)
        return range(j, end) if after is None or _is_furniture_line(after, rules) else range(0)
    return range(j, end) if end - j >= 2 else range(0)


def _at_page_head(blocks: list[list[Line]]) -> bool:
    """No sentence of text yet: only the site's name or its labels above (a kicker is rare, so the
    look back runs seldom)."""
    return all(line_end(line.text) not in SENTENCE_END for block in blocks for line in block)


def _headline_under_label(lines: list[Line | None], k: int, rules: Rules) -> bool:
    """The story's own headline under a kicker over it at the page's head ("Trending" / "Japan and
    Viet Nam sign ..." / "15 May 2024"): one short line under the label, then what follows a
    headline (its date, its byline, a sentence of the lede or its standfirst), in the same block or
    a blank line below. A box of other stories' headlines holds two or more short lines in a row,
    and keeps going as links."""
    first = _next_text(lines, k + 1)
    if first is None or len(first.text) > LINK_MAX_CHARS or line_end(first.text) in SENTENCE_END or \
            is_dateline(first.text, rules):
        return False
    j = lines.index(first, k + 1)
    after = _next_text(lines, j + 1)
    return after is not None and (line_end(after.text) in SENTENCE_END or is_dateline(after.text, rules)
                                  or is_labelled_dateline(after.text, rules) or bool(rules.byline.match(after.text)))


def is_link_line(text: str) -> bool:
    """A line as short as a link's text, with no final stop."""
    return len(text) <= FURNITURE_MAX_CHARS and line_end(text) not in SENTENCE_END


def _bullet_alone(line: Line, nxt: Line | None, rules: Rules) -> bool:
    """A bullet glyph (not a hyphen, a star or a middle dot, which stand alone for other things:
    an empty cell, a rule, a separator) alone on its line, over a line of text."""
    return line.text in rules.bullet_glyphs and line.text not in _NOT_LONE_BULLETS and \
        nxt is not None and len(nxt.text) > 1 and nxt.text[0] not in rules.bullet_glyphs


_NOT_LONE_BULLETS = frozenset("-–*·")


def _buttons_below(lines: list[Line | None], k: int, buttons: re.Pattern[str]) -> range:
    """The lines of the block right under a group's head alone in its block (line `k`), a blank
    line apart, when two or more and every one of them is one of the group's buttons: a printed
    book's "Contents" over its chapters, each with its page after a leader of dots; "Share" over
    "Facebook" / "X" / "LINE". An empty range for any other block."""
    below = _block_below(lines, k)
    if len(below) < 2 or any(len(lines[n].text) > FURNITURE_MAX_CHARS or not buttons.fullmatch(lines[n].text)
                             for n in below):
        return range(0)
    return below


def _block_below(lines: list[Line | None], k: int) -> range:
    """The lines of the block right under line `k`, a blank line or more apart (empty when none)."""
    j = k + 1
    while j < len(lines) and (lines[j] is None or not lines[j].text):
        j += 1
    if j == k + 1:
        return range(0)
    end = j
    while end < len(lines) and lines[end] is not None and lines[end].text:
        end += 1
    return range(j, end)


def _among_buttons(lines: list[Line | None], k: int, removed: list[str], rules: Rules) -> bool:
    """`X` between `Facebook` and `Email`, a line each with no head over them: a network's button
    as its letter, which alone could be anything, is one of the buttons it stands among (the line
    above dropped, the line below one of the same group's buttons)."""
    above, below = lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None
    if above is None or below is None or not removed or removed[-1] != above.text:
        return False
    return any(g[1].fullmatch(lines[k].text) and g[1].fullmatch(above.text) and g[1].fullmatch(below.text)
               for g in rules.button_groups)


# A channel's or an account's audience under its name ("48.2K subscribers", "12,400 followers")
_AUDIENCE = re.compile(r"[\d.,]+\s?[KMBkmb]? (?:subscribers|followers)")


def raw_blocks(text: str, rules: Rules, removed: list[str], menu: list[str] | None = None,
               related: list[str] | None = None, under_rule: list[str] | None = None,
               under_comments: list[str] | None = None, accounts: list[str] | None = None,
               menu_items: list[str] | None = None) -> list[list[Line]]:
    """Blank-line separated groups of lines; furniture lines are dropped and recorded.

    A PDF's page furniture (page numbers, running headers) goes too, and a paragraph that a page
    break cut is one block again. A site's menu in a row is recorded in `menu` too: its items are
    the site's sections ("Opinion" among them), no label of the page's own; so are the headlines
    under `Related articles`, in `related`: other pages' ("Editorial: ..."), not this one's kind.
    The first line of text under a rule ("__________") is recorded in `under_rule`: a note there
    ("1 JETRO, ...") is one the rule sets apart from the text. A name alone over its count of
    subscribers or followers ("JICA Channel" / "48.2K subscribers") is recorded in `accounts`: the
    channel or the account that published the page. The items of those menus, each whole, go to
    `menu_items` ("Nation" of "Headlines | Nation | Business", of "Home  Nation  Business")."""
    if PAGE_BREAK in text:
        text = text.replace(PAGE_BREAK, f"\n{PAGE_BREAK}\n")
    raws = text.split("\n")
    lines = [to_line(raw) if raw and raw != PAGE_BREAK else None for raw in raws]
    texts = [PAGE_BREAK if raw == PAGE_BREAK else (line.text if line else "") for raw, line in zip(raws, lines)]
    page = page_furniture(texts, rules)
    blocks: list[list[Line]] = []
    current: list[Line] = []
    furniture = rules.furniture.fullmatch
    links = False  # under `Related articles` in its block: the headlines of other pages
    buttons = None  # under `Share this:` or a cookie notice in its block: its buttons, one a line
    broken = False  # a page break or a page's furniture since the last line of text
    gapped = False  # a blank line right under the last line of text, and nothing else since
    wrapped = -1  # the second line of a notice wrapped over two
    bar_menu = False  # the line before was a site's menu apart by bars
    ruled = False  # a rule line since the last line of text
    joined = 0  # sentences a blank line broke and that went on: a copy with a blank line after each line
    commented = False  # a comments' head ("Comments (2)") dropped since the last line of text
    # the links of the block under a `Related News` head alone in its block, a post's buttons
    carried = range(0)
    carried_links = False  # (the links: other pages' headlines, recorded in `related` too)
    for k, line in enumerate(lines):
        if line is not None and len(line.text) == 1 and k + 1 < len(lines) and _bullet_alone(line, lines[k + 1], rules):
            # a PDF's bullet on a line of its own, its item on the next ("•" / "Quality infrastructure
            # ..."): one list item, as the page shows it
            lines[k + 1] = to_line(f"{line.text} {raws[k + 1].strip()}")
            continue
        if k == wrapped or (k in carried and line is not None and line.text):  # (nor the blanks between links)
            removed.append(line.text)
            if carried_links and k in carried and related is not None and not ATTACHMENT.search(line.text):
                related.append(line.text)
            continue
        if line is None or not line.text:
            links, buttons = False, None
            broken = broken or texts[k] == PAGE_BREAK
            gapped = gapped or bool(current)  # (only a blank line right under text: see _sentence_goes_on)
            if current:
                blocks.append(current)
                current = []
            continue
        if k in page:
            removed.append(line.text)
            broken = True
            continue
        if len(line.text) <= 2 and _among_buttons(lines, k, removed, rules):
            removed.append(line.text)
            continue
        if links and len(line.text) <= LINK_MAX_CHARS and line_end(line.text) not in SENTENCE_END:
            removed.append(line.text)
            if related is not None and not ATTACHMENT.search(line.text):
                related.append(line.text)
            continue
        if not current and len(line.text) <= 12 and rules.post_button.fullmatch(line.text):
            # (tried before the furniture lines: "Share" is one of the buttons, and one of them too)
            buttons_here = _post_buttons(lines, k, rules)
            if buttons_here:
                carried, carried_links = buttons_here, False
            if k in carried:
                removed.append(line.text)
                continue
        if buttons and len(line.text) <= FURNITURE_MAX_CHARS and (
                buttons.fullmatch(line.text) or (len(line.cells) > 1 and all(buttons.fullmatch(c) for c in line.cells))):
            # (its buttons one a line, or in a row apart by gaps: "Accept all cookies     Manage settings")
            removed.append(line.text)
            continue
        links = False
        head = _button_group(line.text, rules)
        was_menu, bar_menu = bar_menu, False
        if not head and " | " in line.text and len(line.text) <= BREADCRUMB_MAX_CHARS and \
                not (_may_be_furniture(line.text) and furniture(line.text)) and \
                _bar_row(line, lines[k + 1] if k + 1 < len(lines) else None, rules, was_menu):
            removed.append(line.text)
            if menu is not None:
                menu.append(line.text)
            if menu_items is not None:
                menu_items.extend(_bar_cells(line.text))
            bar_menu = True
            continue
        row = False
        below = lines[k + 1] if k + 1 < len(lines) else None
        if head or (_may_be_furniture(line.text) and (furniture(line.text) or _button_row(line, rules)
                                                      or _footer_row(line, rules) or (row := _menu_row(line, rules, below)))):
            buttons = head[1] if head else None
            if head and not current:
                carried, carried_links = _buttons_below(lines, k, head[1]), False
            removed.append(line.text)
            if accounts is not None and len(current) == 1 and line.text[:1].isdigit() and _AUDIENCE.fullmatch(line.text) \
                    and word_count(current[0].text) <= 5 and line_end(current[0].text) not in SENTENCE_END:
                accounts.append(current[0].text)
            commented = commented or (len(line.text) <= 30 and bool(rules.comment_box_head.fullmatch(line.text)))
            ruled = ruled or (line.text[0] in "-_=~―─━＿＝" and bool(_RULE_LINE.fullmatch(line.text)))
            if menu is not None and (row or (" | " in line.text and _menu_bar(line.text, rules))):
                # (a menu apart by bars from "Home", "Home | National | Opinion", reads as a
                # breadcrumb too: its items are the site's sections still, no kind of the page)
                menu.append(line.text)
                if menu_items is not None:
                    menu_items.extend((c for c in (line.cells or line.text.split()) if c not in _ROW_BARS) if row
                                      else _bar_cells(line.text))
            links = bool(rules.furniture_section.fullmatch(line.text.rstrip(":")))
            if links and _at_page_head(blocks) and _at_page_head([current]) and _headline_under_label(lines, k, rules):
                links = False  # (a kicker over the headline at the page's head: it goes, the headline stays)
            elif links and not current and rules.link_list_head.fullmatch(line.text.rstrip(":")):
                carried = _links_below(lines, k, rules)
                carried_links = True
            continue
        if k + 1 < len(lines) and _wrapped_notice(line, lines[k + 1], rules):
            # (tried first: a licence's first line may read as a whole notice, its name cut short)
            removed.append(line.text)
            wrapped = k + 1
            continue
        if is_long_furniture(line.text, rules):
            removed.append(line.text)  # (under a group's head, its buttons may go on below it)
            continue
        if _comments_head(lines, k, rules):
            removed.append(line.text)
            commented = True
            continue
        buttons = None
        if not current and blocks and ((broken and _runs_over_page(blocks[-1], line, rules)) or
                                       (gapped and _sentence_goes_on(blocks[-1], line, rules, joined))):
            current = blocks.pop()
            joined += gapped
        broken = gapped = False
        if line.text[-1] == "]" and rules.edit_marker.search(line.text):
            # a wiki's section name ("History[edit]"), its text under it with no blank line: a block
            # of its own, as a heading stands
            if current:
                blocks.append(current)
            blocks.append([line])
            current = []
            continue
        if ruled and under_rule is not None:
            under_rule.append(line.text)
        ruled = False
        if commented and under_comments is not None:
            under_comments.append(line.text)  # (a comment box may start here: see clean._comment_box)
        commented = False
        if line.text[-3:] in ("tab", "dow") and (glued := rules.glued_link.search(line.text)):
            # a link run onto the line's end ("... File Photo Purchase Licensing Rights, opens new tab"): it
            # goes, the words before it stay
            removed.append(glued.group("link"))
            line = line._replace(text=line.text[:glued.start()], cells=(), tab_cells=(), spaced="")
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


# A word cut at a line's end (`develop-`), and the words of a text (`co-operation` one of them).
_CUT_WORD = re.compile(r"(?<![^\W\d_-])(?P<head>[^\W\d_]+(?:-[^\W\d_]+)*)-$")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_OPENERS = "\"'“‘«([{"


def _mended(head: str, tail: str, words: set[str], rules: Rules) -> str:
    """A word the line break cut (`develop-` / `ment`), as the document writes it elsewhere."""
    last, first = head.rsplit("-", 1)[-1], tail.split("-", 1)[0]
    if f"{last}-{first}".casefold() in words:
        return f"{head}-{tail}"
    if (last + first).casefold() in words or (first.islower() and rules.word_endings.fullmatch(first)):
        return head + tail
    # (the document writes it nowhere else: the vocabulary's words tell, when neither half is a word
    # of theirs nor a prefix of two letters, "semicon-" / "ductors" is "semiconductors", "ves-" /
    # "sels" is "vessels"; "co-" / "operation" keeps its hyphen, as a compound may be written)
    if first.islower() and len(last) >= 3 and (last + first).casefold() in rules.known_words and \
            rules.known_words.isdisjoint((last.casefold(), first.casefold(), f"{last}-{first}".casefold())):
        return head + tail
    return f"{head}-{tail}"


# Two columns of prose side by side, as a PDF's page copied with its layout sets them ("Japan's
# cooperation with Cambodia has         The second phase of the project, which"): at least this
# many lines hold both columns, the right one starting where it starts on the others (within
# COLUMN_SLACK characters), never nearer the margin than COLUMN_MIN_START.
COLUMN_MIN_LINES = 3
COLUMN_SLACK = 2
COLUMN_MIN_START = 24
COLUMN_INDENT = 6  # a paragraph's first line may stand this much further in
_LOWER_START = re.compile(r"[\"“‘(]?[a-z]")


def _right_column_at(line: Line) -> int | None:
    """Where the second of a line's two cells starts in the line as written (spaces only)."""
    if len(line.cells) != 2 or not line.spaced or "|" in line.text:
        return None
    at = line.spaced.find(line.cells[1], line.indent + len(line.cells[0]))
    return at if at >= 0 else None


def _reads_on(cells: list[str]) -> bool:
    """Whether a column's lines are one text wrapped (most run on into the next: it opens in small
    letters, or the line before ends on a hyphen or a comma), not a table's cells, each whole."""
    goes_on = sum(1 for a, b in zip(cells, cells[1:]) if _LOWER_START.match(b) or a[-1:] in "-,")
    wordy = sum(1 for c in cells if len(c.split()) >= 3)
    return len(cells) >= 2 and 3 * goes_on >= len(cells) - 1 and 4 * wordy >= 3 * len(cells)


def columns_apart(block: list[Line]) -> list[list[Line]]:
    """A block of two columns of prose side by side as its columns, the left one first: each
    column read down, as the page is read, a paragraph wherever a column's side of a line is
    empty. Any other block as it is (a table's columns are its cells, each row whole)."""
    if len(block) < COLUMN_MIN_LINES or sum(1 for ln in block if len(ln.cells) == 2) < COLUMN_MIN_LINES:
        return [block]
    starts = [_right_column_at(ln) for ln in block]
    both = [at for at in starts if at is not None]
    if len(both) < COLUMN_MIN_LINES or 3 * len(both) < 2 * len(block):
        return [block]
    lo, hi = min(both), max(both)
    # (a paragraph's first line indented in the right column: "    The second phase ...")
    indented = [line.cells[1] for line, at in zip(block, starts) if at is not None and at > lo + COLUMN_SLACK]
    if lo < COLUMN_MIN_START or hi - lo > COLUMN_INDENT or 3 * len(indented) > len(both) or \
            not all(cell[:1].isupper() or cell[:1] in "\"“‘(" for cell in indented):
        return [block]
    left: list[list[str]] = [[]]
    right: list[list[str]] = [[]]
    for line, at in zip(block, starts):
        if at is None and not line.cells and line.indent >= lo - COLUMN_SLACK:
            left_text, right_text, at = "", line.text, line.indent  # the left column's side empty
        elif at is None and not line.cells and line.indent <= COLUMN_INDENT and line.indent + len(line.text) < lo:
            left_text, right_text = line.text, ""  # the right one's
        elif at is None:
            return [block]
        else:
            left_text, right_text = line.cells
        # A side left empty ends its column's paragraph; a side's line indented opens one.
        for column, text, indented in ((left, left_text, line.indent > COLUMN_SLACK),
                                       (right, right_text, at is not None and at > lo + COLUMN_SLACK)):
            if column[-1] and (not text or indented):
                column.append([])
            if text:
                column[-1].append(text)
    columns = [[to_line(text) for text in part] for part in (*left, *right) if part]
    if not (_reads_on([c for part in left for c in part]) and _reads_on([c for part in right for c in part])):
        return [block]
    return columns


def mend_hyphens(blocks: list[list[Line]], rules: Rules) -> list[list[Line]]:
    """Words hyphenated across a line break inside a block, whole again (see `_mended`): the
    cut word's first part moves down to the next line, so lines keep their words, in order."""
    if not any(ln.text[-1:] == "-" for block in blocks for ln in block[:-1]):
        return blocks
    words: set[str] = set()
    for block in blocks:
        for ln in block:
            for w in _HYPHENATED.findall(ln.text.casefold()):
                words.add(w)
                if "-" in w:
                    words.update(w.split("-"))
    out = []
    for block in blocks:
        block = list(block)
        k = 0
        while k < len(block) - 1:
            line, nxt = block[k], block[k + 1]
            cut = _CUT_WORD.search(line.text) if line.text[-1:] == "-" and not line.cells else None
            tail = _HYPHENATED.match(nxt.text) if cut and not nxt.cells else None
            if tail and not rules.suspended.fullmatch(tail.group()):
                word = _mended(cut.group("head"), tail.group(), words, rules)
                # (the quote or bracket opening the cut word moves down with it: `calls for "co-` /
                # `creation"` is `calls for` / `"co-creation"`, no space inside the quote)
                start = cut.start()
                while start and line.text[start - 1] in _OPENERS:
                    start -= 1
                word = line.text[start:cut.start()] + word
                rest = line.text[:start].rstrip()
                joined = word + nxt.text[tail.end():]
                if rest and is_list_line(line, rules, strict=False) and not is_list_line(Line(line.indent, rest), rules, strict=False):
                    # (an item's marker keeps its first word: "3. Japan-" / "ASEAN experience ..." is
                    # the item "3. Japan-ASEAN experience ...", not a "3." line over a paragraph)
                    block[k:k + 2] = [Line(line.indent, f"{rest} {joined}")]
                    continue
                if rest:
                    block[k:k + 2] = [Line(line.indent, rest), Line(nxt.indent, joined)]
                else:  # the line held only the cut word
                    block[k:k + 2] = [Line(line.indent, joined)]
                    continue
            k += 1
        out.append(block)
    return out


def join_lines(lines: list[str]) -> str:
    """Hard-wrapped lines to one: with a space, or with nothing between CJK/Thai characters."""
    out = lines[0]
    for nxt in lines[1:]:
        if out and nxt and _NO_SPACE_SCRIPT.match(out[-1]) and _NO_SPACE_SCRIPT.match(nxt[0]):
            out += nxt
        else:
            out += " " + nxt
    return out


def ends_like_heading(text: str) -> bool:
    return line_end(text) not in NO_TITLE_END


# What an ASCII angle bracket holds when it marks a section ("<Background>", "<Project Outline>"):
# a capital first, small letters in it, no markup's signs (`<br>`, `<P>`, `<a href="...">`, `</p>`),
# no address's (`<tanaka@jica.go.jp>`) and no description's colon (`<Image: ...>`).
_ANGLE_LABEL = re.compile(r"[A-Z][^<>=/\"@:.]*[a-z][^<>=/\"@:.]*")


def _bracket_label(m: re.Match[str] | None, rules: Rules) -> re.Match[str] | None:
    """A bracket heading's match when its label is one (short; in ASCII angle brackets, no markup)."""
    if m is None or word_count(m.group("text")) > rules.marked_heading_max_words:
        return None
    return m if m.group("glyph") != "<" or _ANGLE_LABEL.fullmatch(m.group("text")) else None


def _glyph_heading_text(m: re.Match[str]) -> str:
    """A glyph heading's words; a label in ASCII angle brackets keeps them ("<Background>"): what
    reads as markup in a seed is shown as written, never taken for a tag nor dropped."""
    return f"<{m.group('text')}>" if m.group("glyph") == "<" else m.group("text")


def glyph_heading(line: Line, rules: Rules) -> re.Match[str] | None:
    """`● Japan’s Efforts`: a heading glyph starting a short line with no final stop."""
    if line.text[:1] in rules.heading_openers:  # `【概要】`: the brackets mark it, whatever it ends with
        m = _bracket_label(rules.bracket_heading.fullmatch(line.text), rules)
        return m if m and not m.group("rest") else None
    if line.text[:1] not in rules.glyphs:
        return None
    m = rules.heading_glyph.fullmatch(line.text)
    if m and ends_like_heading(m.group("text")) and word_count(m.group("text")) <= rules.marked_heading_max_words:
        return m
    return None


def may_be_item(text: str, rules: Rules) -> bool:
    """The cheap gate before the list item pattern: a first character an item opens with (a
    capital only as `A)`, so the many lines opening with a capital skip the pattern)."""
    first = text[:1]
    return first in rules.list_starts and (not "A" <= first <= "Z" or text[1:2] == ")")


def is_list_line(line: Line, rules: Rules, strict: bool) -> bool:
    """A list item line; `strict` asks for indentation or a bullet glyph (not a bare `1.`/`-`)."""
    m = rules.list_item.fullmatch(line.text) if may_be_item(line.text, rules) else None
    if not m:
        return False
    if not strict:
        return True
    return line.indent > 0 or m.group("tight") is not None or \
        (m.group("bullet") is not None and m.group("bullet") not in "-–*")


_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def _roman_value(numeral: str) -> int:
    """`iv` -> 4: a digit before a greater one is taken off."""
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _item_key(m: re.Match[str]) -> tuple:
    """What kind of marker an item has, and where it stands in its sequence."""
    if m.group("num"):
        return "num", m.group("delim"), int(m.group("num"))
    if m.group("roman"):
        marker = m.group("roman")
        return "roman", (marker[0] == "(", marker[-1]), _roman_value(marker.strip("()."))
    if m.group("letter"):
        # `(a)`, `a)`, `a.` and `A)` are four sequences: items go on only in the style they opened with
        letter = m.group("letter")
        return "letter", (letter[0] == "(", letter[-1], letter[-2].isupper()), ord(letter[-2].lower())
    if m.group("circled"):
        return "circled", None, ord(m.group("circled"))
    if m.group("hier"):
        hier = m.group("hier")  # (`1-2.` then `2-1.`: the next item is any of the style, `(1-1)` its own)
        return "hier", (hier[0] == "(", hier[-1])
    return "bullet", m.group("bullet") or m.group("tight")


def follows_item(above: re.Match[str], here: re.Match[str]) -> bool:
    """Whether an item marked with a letter, a Roman numeral or a circled figure is the next of the
    item above it in one style (`a)` then `b)`, `(ii)` then `(iii)`, `①` then `②`)."""
    key_above, key = _item_key(above), _item_key(here)
    return key[0] in ("letter", "roman", "circled") and key[:2] == key_above[:2] and key[2] == key_above[2] + 1


def _list_match(line: Line, rules: Rules) -> re.Match[str] | None:
    return rules.list_item.fullmatch(line.text) if may_be_item(line.text, rules) else None


def _numbered(line: Line, rules: Rules) -> bool:
    m = _list_match(line, rules)
    return bool(m and m.group("num"))


def starts_series(lines: list[Line], k: int, rules: Rules) -> bool:
    """Whether the item line `k` is followed, at its margin, by the next item of its sequence
    (`1.` then `2.`, `a)` then `b)`, `-` then `-`), with at most two wrapped lines (and any
    sub-items of a numbered item) between: a list, even without a lead-in colon above it. A
    hard-wrapped sentence rarely opens two lines with markers that follow each other."""
    line = lines[k]
    key = _item_key(_list_match(line, rules))
    want = key if key[0] in ("bullet", "hier") else (*key[:2], key[2] + 1)
    gap = 0
    for nxt in lines[k + 1:]:
        if key[0] == "num" and rules.sub_item.fullmatch(nxt.text):
            continue
        m = _list_match(nxt, rules)
        if m:
            return nxt.indent == line.indent and _item_key(m) == want
        gap += 1
        if gap > 2:
            return False
    return False


def _opens_sub_items(lines: list[Line], k: int, rules: Rules) -> bool:
    """A numbered paragraph leading into its own sub-items (`3. ... including:` over `(a) ...`,
    `(b) ...`, as a joint statement numbers its paragraphs): one item of a list, the sub-items
    under it, though no `4.` follows in its block."""
    if k + 1 >= len(lines) or line_end(lines[k].text) not in ":：" or not _numbered(lines[k], rules):
        return False
    m = rules.sub_item.fullmatch(lines[k + 1].text)
    return bool(m) and (m.group("inner") or m.group("bare")) in _FIRST_SUB_MARKERS


def _restarts(run: list[Line], line: Line, rules: Rules) -> bool:
    """A numbered item that does not follow the one above it at its margin (`2.` then `1.`):
    a new list starts, and the author's numbers are kept, never renumbered."""
    if not _numbered(line, rules):
        return False
    key = _item_key(_list_match(line, rules))
    for prev in reversed(run):
        if prev.indent == line.indent and _numbered(prev, rules):
            prev_key = _item_key(_list_match(prev, rules))
            return prev_key[1] == key[1] and key[2] <= prev_key[2]
    return False


def _goes_on(prev: Line, line: Line) -> bool:
    """A line at the margin under an item that wraps it: the item's sentence is not over and
    the line goes on in lower case (`... held twice a year` / `in Cebu and Davao`), or with a
    figure after a word in small letters (`... scheduled to begin in April` / `2025; and`)."""
    return (line.text[:1].islower() or line.text[:1].isdigit() and prev.text[-1:].islower()) and \
        line_end(prev.text) not in ".!?;:。"


def _cut_after_small_word(prev: Line, line: Line, rules: Rules) -> bool:
    """A line under an item that wraps it after a small word, going on with a capital (`1.
    Construction of a new bridge over the` / `Mekong River at Neak Loeung;`): no item ends on
    "the" or "of", nor on "between" (`• a logistics hub on the road between` / `Phnom Penh and
    Bavet`, the block's last line), so the name under it is the item's, not a line of its own."""
    last = prev.text.rsplit(" ", 1)[-1].casefold()
    return line.text[:1].isupper() and (last in rules.minor_words or last in rules.open_ends) and \
        not is_list_line(line, rules, strict=False)


def _between_items(prev: Line, line: Line, nxt: Line | None, width: int, rules: Rules) -> bool:
    """A line with no marker between two items at the margin, the one above ending no clause and
    cut by the wrapping, its next word too long for it (`2. Rehabilitation of National Road No. 1
    between` / `Phnom Penh and Bavet; and` / `3. ...`): the item above wrapped, not a line of its
    own in the list's middle (a slide's title between its bullets, "• Training" / "Next Steps" /
    "• ...", stands under a short item its first word would have fitted after)."""
    return nxt is not None and line_end(prev.text) not in ".!?;:,。" and not line.indent and \
        10 * (len(prev.text) + 1 + len(line.text.split(" ", 1)[0])) > 9 * width and \
        is_list_line(nxt, rules, strict=False) and nxt.indent == prev.indent == 0 and \
        not is_list_line(line, rules, strict=False)


def _names_list_below(lines: list[Line], k: int, rules: Rules) -> bool:
    """A heading glyph that is also a bullet (`■ Lessons Learned`) right above items with another
    marker (`1.`), and not one of a run of its own kind: it names the list, it is not an item."""
    line = lines[k]
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or nxt.indent > line.indent or nxt.text[:1] == line.text[:1] or not _list_match(nxt, rules):
        return False
    return k == 0 or lines[k - 1].text[:1] != line.text[:1]


def is_back_matter_name(text: str, rules: Rules) -> bool:
    """`Notes`, `Glossary`, `References:`: the name of a back-matter section, alone on its line."""
    return len(text) <= 40 and text.casefold().rstrip(":") in rules.back_matter_headings


# A column's head abbreviated with its stops ("S.No.", "No.", "Sr."): a word, no sentence's end
_ABBREVIATED_CELL = re.compile(r"(?:[A-Za-z]{1,4}\.){1,3}")


def in_columns(line: Line) -> bool:
    """A line split into columns by its gaps; a gap after a full stop is two spaces between
    sentences, not a column (unless the stop abbreviates a head's one word: "S.No.   Project")."""
    return len(line.cells) > 1 and (line.text[:1] == "|" or not any(
        c[-1:] in ".!?" and not _ABBREVIATED_CELL.fullmatch(c) for c in line.cells[:-1]))


def is_label_block(texts: list[str], rules: Rules) -> bool:
    """Lines of "Label: value" pairs (a contact or reference block), at least two and at least
    half of the block: joined, "Media contact: Press Division Tel: +81-3" runs the pairs together."""
    labels = sum(1 for t in texts if not t[:1].islower() and rules.label_line.fullmatch(t))
    return labels >= 2 and 2 * labels >= len(texts)


# The rule under a pipe table's header (`|---|:---:|`, or without the outer pipes `---|---`):
# Markdown syntax, no words.
_RULE_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+|\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*")


def table_rows(lines: list[Line]) -> list[tuple[str, ...]] | None:
    """The rows of a block aligned in columns (tabs or runs of spaces), or None.

    Two lines or more, every one split into the same number of columns: what a fact sheet's
    table becomes as plain text. Joined as prose, its figures would lose their columns."""
    if len(lines) < 2 or not all(in_columns(ln) for ln in lines):
        return None
    rows = [ln.cells for ln in lines if not _RULE_ROW.fullmatch(ln.text)]  # `|---|---|` is markup
    if all(row[0][-1:] in ":：" for row in rows):  # `Date:<tab>23 May 2024`: "Label: value" lines
        return None
    rows = _with_corner_cell(lines, rows)
    if len({len(row) for row in rows}) != 1:
        rows = [ln.tab_cells or ln.cells for ln in lines]
        if len({len(row) for row in rows}) != 1:
            aligned = None if keyed_rows(rows) else aligned_rows(lines)
            if aligned:
                return aligned
            if not any(ln.spaced for ln in lines) and _last_cells_empty(rows):
                # "Indonesia<tab>2,100<tab>": a row whose last cells are empty lost them with the
                # line's trailing tab; they are put back, as a programme's rows' are below (rows
                # aligned with spaces tell their empty cells by where the others stand, above)
                return [row + ("",) * (len(rows[0]) - len(row)) for row in rows]
            if not keyed_rows(rows):
                return None
            # A programme's rows, each opened by its time ("12:30 – 13:30<tab>Lunch" beside
            # "10:00 – 10:20<tab>Opening remarks<tab>Speaker"): the cells a row lacks are its last.
            width = max(len(row) for row in rows)
            rows = [row + ("",) * (width - len(row)) for row in rows]
    return rows if len(rows) > 1 else None


def _last_cells_empty(rows: list[tuple[str, ...]]) -> bool:
    """Rows most of which are as wide as the first, the others one cell short: those lost their
    empty last cell (a head row names every column, so it is never the short one)."""
    width = len(rows[0])
    return width > 2 and all(width - 1 <= len(row) <= width for row in rows) and \
        2 * sum(len(row) == width for row in rows) > len(rows)


def _with_corner_cell(lines: list[Line], rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Head rows set in by their empty corner cell (`<tab>FY2021<tab>FY2022` over `Grant aid<tab>
    1,200<tab>1,250`; a line of units under it, `<tab>(¥ million)<tab>(¥ million)`): copied as
    text, the corner's gap is only indentation, and each such row one cell short; the corner is put
    back, so each year heads its own column. At most two head rows, every row below as wide."""
    heads = next((k for k in range(1, 3) if k < len(rows) and lines[k].indent < lines[0].indent), 0)
    below = rows[heads:]
    if not heads or len(below) < 2:
        return rows
    if len({len(row) for row in below}) != 1:
        # (a row below apart by tabs may have lost its empty last cell too: "Training<tab>310<tab>")
        if any(ln.spaced for ln in lines) or not _last_cells_empty(below):
            return rows
        below = [row + ("",) * (len(below[0]) - len(row)) for row in below]
    width = len(below[0])
    if any(len(rows[k]) != width - 1 or lines[k].indent <= lines[heads].indent for k in range(heads)):
        return rows
    return [*(("", *row) for row in rows[:heads]), *below]


# A cell of a table aligned with spaces: a run of words with single spaces between them.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def _column_of(span: tuple[int, int], columns: list[tuple[int, int]]) -> int | None:
    """The column a cell stands in: the one its characters overlap most (None: none)."""
    overlaps = [min(span[1], hi) - max(span[0], lo) for lo, hi in columns]
    best = max(range(len(columns)), key=overlaps.__getitem__)
    return best if overlaps[best] > 0 else None


# A figure, as a table's cell holds one ("97", "6,812", "-3.5", "12%")
_FIGURE_CELL = re.compile(r"[-–+]?\d[\d,.]*%?")


def _overruns_split(spans: list[tuple[int, int]], cells: tuple[str, ...],
                    columns: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], tuple[str, ...]]:
    """A row's cells, a long first-column name run into the next column's figure with one space
    split off it ("Latin America and the Caribbean 97", the figure standing under the next column's
    start, as a PDF's fixed-width table leaves one space where the name is long): the figure is the
    next column's cell."""
    out_spans, out_cells = [], []
    for (lo, hi), cell in zip(spans, cells):
        nxt = next((c for c in columns if c[0] > lo), None)
        cut = cell.rfind(" ")
        if nxt and hi > nxt[0] and cut > 0 and lo + cut + 1 >= nxt[0] - 1 and _FIGURE_CELL.fullmatch(cell[cut + 1:]):
            out_spans += [(lo, lo + cut), (lo + cut + 1, hi)]
            out_cells += [cell[:cut], cell[cut + 1:]]
        else:
            out_spans.append((lo, hi))
            out_cells.append(cell)
    return out_spans, tuple(out_cells)


def aligned_rows(lines: list[Line]) -> list[tuple[str, ...]] | None:
    """The rows of a table aligned with spaces whose rows do not all fill every column, or None.

    A statistical table copied from a PDF wraps its header over two lines ("Technical" over
    "cooperation") and leaves a cell empty ("Timor-Leste*  ..."): where a cell stands, under the
    columns of the full rows (three and two thirds of the rows or more), tells its column. A header's second line
    (no figure in it, right under the first) is joined to the header's cells; a shorter row gets
    empty cells. Lines whose cells do not fall each in a column of their own are no table."""
    if any(not ln.spaced for ln in lines):
        return None
    spans = [[m.span() for m in _SPACED_CELL.finditer(ln.spaced)] for ln in lines]
    if any(len(sp) != len(ln.cells) for sp, ln in zip(spans, lines)):
        return None
    width = max(len(ln.cells) for ln in lines)
    full = [sp for sp in spans if len(sp) == width]
    if width < 2 or len(full) < 3 or 3 * len(full) < 2 * len(lines):  # (the full rows make the table)
        return None
    columns = [(min(sp[j][0] for sp in full), max(sp[j][1] for sp in full)) for j in range(width)]
    if any(a[1] >= b[0] for a, b in zip(columns, columns[1:])):  # columns that overlap: no layout
        return None
    rows: list[tuple[str, ...]] = []
    head = _grouped_header(lines, spans, columns)
    if head:
        rows.append(head)
    for k, (line, sp) in enumerate(zip(lines, spans)):
        if head and k < 2:
            continue
        if len(sp) == width:
            rows.append(line.cells)
            continue
        sp, row_cells = _overruns_split(sp, line.cells, columns)
        where = [_column_of(span, columns) for span in sp]
        if None in where or any(b <= a for a, b in zip(where, where[1:])):
            return None
        cells = [""] * width
        for j, cell in zip(where, row_cells):
            cells[j] = cell
        if k == 1 and len(spans[0]) == width and not any(c[:1].isdigit() for c in line.cells):
            # the header's second line: its words go on in the header's cells
            rows[0] = tuple(f"{head} {more}".strip() for head, more in zip(rows[0], cells))
        else:
            rows.append(tuple(cells))
    return rows if len(rows) > 1 else None


def _spread_cells(line: Line, spans: list[tuple[int, int]], columns: list[tuple[int, int]]) -> list[str] | None:
    """A header line's cells in the table's columns, a cell over as many columns as it has words
    split a word to a column ("Experts Trainees" over "312" and "640", its words one space apart
    as their columns' are narrow); None when a cell stands in no column, or two in one."""
    cells = [""] * len(columns)
    for cell, (lo, hi) in zip(line.cells, spans):
        over = [j for j, (a, b) in enumerate(columns) if min(hi, b) > max(lo, a)]
        words = cell.split(" ")
        if not over:
            return None
        parts = [cell] if len(over) == 1 else words if len(words) == len(over) else None
        if parts is None or any(cells[j] for j in over):
            return None
        for j, part in zip(over, parts):
            cells[j] = part
    return cells


def _grouped_header(lines: list[Line], spans: list[list[tuple[int, int]]],
                    columns: list[tuple[int, int]]) -> tuple[str, ...] | None:
    """A two-line header whose first line names groups of columns ("FY2021   FY2022   FY2023") over
    the columns' own names ("Country  Experts Trainees  Experts Trainees ..."), the first line less
    full than the rows: one header, each column named by its group and its own name ("FY2021
    Experts"). A group runs from the column it stands over to the next group's. None when not so."""
    width = len(columns)
    if len(lines) < 4 or len(spans[0]) >= width or len(spans[0]) < 2 or \
            any(c[:1].isdigit() for ln in lines[:2] for c in ln.cells):
        return None
    names = _spread_cells(lines[1], spans[1], columns)
    starts = [_column_of(span, columns) for span in spans[0]]
    if names is None or None in starts or any(b <= a for a, b in zip(starts, starts[1:])) or not all(names[starts[0]:]):
        return None
    groups = [""] * width
    for g, (start, end) in enumerate(zip(starts, [*starts[1:], width])):
        for j in range(start, end):
            groups[j] = lines[0].cells[g]
    return tuple(f"{group} {name}".strip() for group, name in zip(groups, names))


# A row's key in its first cell: a time, a time span, a date or a number ("09:30 – 10:00", "1").
_ROW_KEY_CHARS = 20


def keyed_rows(rows: list[tuple[str, ...]]) -> bool:
    """Rows that each open with a figure (a time, a date, a number): a time table or a numbered
    table, whose rows need not fill every column and whose first row is one of them, no header."""
    return all(row[0][:1].isdigit() and len(row[0]) <= _ROW_KEY_CHARS for row in rows)


# A cell's words in brackets (a unit, a source: "Amount (100 million yen)", "6.9 million (2024)").
_BRACKETED = re.compile(r"\([^()]*\)")
# A column's name that is a year or a fiscal year ("2023", "FY2024", "2022-23"): a header's cell.
_PERIOD_NAME = re.compile(r"(?:FY|CY|JFY)?\s?\d{4}(?:\s?[-–/]\s?\d{2,4})?", re.I)


def labelled_rows(rows: list[tuple[str, ...]]) -> bool:
    """A fact sheet's two columns of labels and their values with no header row ("Population |
    6.9 million (2024)" over "Capital | Asuncion"): its first row is a label and a figure, which a
    header ("Indicator | Value", "Item | Amount (100 million yen)") never is. A year is a header's
    over a column of figures ("Sector | 2023" over "Health | 18"), a value over words
    ("Established | 1994" over "Partners | TICA and JICA")."""
    if len(rows[0]) != 2:
        return False
    label, value = rows[0]
    value = _BRACKETED.sub("", value).strip()
    if not label[:1].isalpha() or not any(c.isdigit() for c in value):
        return False
    return not _PERIOD_NAME.fullmatch(value) or any(not any(c.isdigit() for c in row[1]) for row in rows[1:])


def _split_tables(lines: list[Line]) -> list[list[Line]] | None:
    """A block holding a run of two column lines or more among other lines: the runs apart.

    A single line with a gap is no table: it stays with the lines around it."""
    runs: list[tuple[bool, list[Line]]] = []
    for line in lines:
        cols = in_columns(line)
        if runs and runs[-1][0] == cols:
            runs[-1][1].append(line)
        else:
            runs.append((cols, [line]))
    out: list[tuple[bool, list[Line]]] = []
    for cols, run in runs:
        table = cols and len(run) > 1
        if out and not table and not out[-1][0]:
            out[-1][1].extend(run)
        else:
            out.append((table, run))
    return [run for _, run in out] if len(out) > 1 and any(table for table, _ in out) else None


def _split_bracket_headings(lines: list[Line], rules: Rules) -> list[Line]:
    """`【今後の展望】本事業により、...`: a bracket heading and its section's first words on one
    line are two lines, the heading above its text."""
    out: list[Line] = []
    for line in lines:
        m = _bracket_label(rules.bracket_heading.fullmatch(line.text), rules) \
            if line.text[:1] in rules.heading_openers else None
        if m and m.group("rest") and m.group("text") not in rules.note_labels:
            cut = m.start("rest")
            out += [Line(line.indent, line.text[:cut].rstrip()), Line(line.indent, m.group("rest"))]
        else:
            out.append(line)
    return out


def _bare_pipe_rows(lines: list[Line]) -> list[Line]:
    """`Country | Project | Amount` over `---|---|---`: a pipe table written without its outer
    pipes. Under such a rule, the lines with as many cells are its rows (the rule tells a table
    from a line that only holds a `|`)."""
    rule = next((ln for ln in lines[1:] if not ln.cells and _RULE_ROW.fullmatch(ln.text)), None)
    if rule is None:
        return _bar_rows(lines)
    width = rule.text.count("|") + 1
    return [ln._replace(cells=tuple(c.strip() for c in ln.text.split("|")))
            if not ln.cells and ln.text.count("|") == width - 1 else ln for ln in lines]


def _bar_rows(lines: list[Line]) -> list[Line]:
    """`Section | Length | Stations` over `Phase 1 | 24.5 km | 21` with no rule under the header:
    three lines or more in a row, each split by bars into as many items as the others (none
    empty), are a table's rows (one such line alone is a menu or a sentence's bar)."""
    widths = [0 if ln.cells else len(_bar_cells(ln.text)) if " | " in ln.text else 0 for ln in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and widths[j] > 1 and widths[j] == widths[k]:
            j += 1
        if j - k >= 3:
            out[k:j] = [ln._replace(cells=tuple(_bar_cells(ln.text))) for ln in lines[k:j]]
        k = max(j, k + 1)
    return out


def _split_captions(lines: list[Line], rules: Rules) -> list[Line]:
    """`Figure 2-4  Trainees ...    Table 2-1  Major Projects ...`: two captions side by side (a
    two-column page copied line by line) are two lines, each caption on its own."""
    out: list[Line] = []
    for line in lines:
        cut = _caption_cut(line.cells, rules) if len(line.cells) > 1 else 0
        out += [Line(line.indent, " ".join(line.cells[:cut])), Line(line.indent, " ".join(line.cells[cut:]))] \
            if cut else [line]
    return out


def _caption_cut(cells: tuple[str, ...], rules: Rules) -> int:
    """The first cell k (from 1) where both the cells before it and the cells from it, joined by
    spaces, are each a caption (rules.caption_label's fullmatch), or 0. The row is joined once and
    each side read from its place in it with caption_head (work bounded by the label): joining
    both sides at each cell read a row of 20,000 bars 20,000 times (minutes)."""
    row = " ".join(cells)
    if not rules.caption_head.match(row, 0, len(row)):  # (no caption on the left, at any cut)
        return 0
    start = 0
    for k in range(1, len(cells)):
        start += len(cells[k - 1]) + 1
        if rules.caption_head.match(row, start) and rules.caption_head.match(row, 0, start - 1):
            return k
    return 0


def is_credit(lines: list[Line], rules: Rules) -> bool:
    """`(Reporting by ... in Jakarta; Editing by ...)`: lines that are a wire story's credit, whole;
    or a newspaper's one line of the staff who also reported the story (`— With Louise Maureen Simeon`)."""
    if lines[0].text[:1] in "-–—":
        return len(lines) == 1 and bool(rules.contributor_credit.fullmatch(lines[0].text))
    return lines[0].text[:1] == "(" and bool(rules.wire_credit.match(lines[0].text)) and \
        is_aside(join_lines([ln.text for ln in lines]))


def _credit_start(lines: list[Line], rules: Rules) -> int:
    """Where a wire credit closing a block starts (0: none): the paragraph above it is not its own."""
    if lines[-1].text[-1:] != ")":
        return 0
    return next((k for k in range(len(lines) - 1, 0, -1) if is_credit(lines[k:], rules)), 0)


def _heads_long_line(lines: list[Line], rules: Rules) -> bool:
    """A short line with no final stop over a line longer than any hard-wrapped one ("About the
    author" / the author's biography on one line): no wrapping fills a line after a short one, so
    the short line stands alone, a heading or a line of its own, not the paragraph's first words.
    (A publisher's line over a photo's caption, "Yomiuri Shimbun" / "Prime Minister ... attends
    ...", is the caption's credit: the header reads the two together, as the body does a photo
    credit over its long caption, "Photo: BSS" / "ERD Secretary ... exchange the signed documents
    ..."; "Country: Cambodia" over "Project Title: ..." one line of a "Label: value" block.)

    Lines with no final stop may stand between when they read as a page's header: a headline over
    its standfirst, byline and date over the lede on one long line ("Japan, PH sign ..." / "By:
    Jane Bautista" / "November 28, 2024" / "MANILA, Philippines — ..."). None of them can be a
    wrapped paragraph's, the long line being wider than any wrapping; the first is split off at
    each step."""
    first = lines[0]
    k = next((k for k, ln in enumerate(lines[1:_HEAD_RUN_MAX + 1], 1)
              if len(ln.text) > rules.wrap_max_chars or line_end(ln.text) in NO_TITLE_END or ln.cells), len(lines))
    if k >= len(lines):
        return False
    long = lines[k]
    # (alone over the long line the first line is short, as a heading is: a wide one may be the first
    # of a paragraph wrapped wider than most; over a header's lines it may be a standfirst)
    widest = rules.wrap_max_chars * 7 // 10 if k == 1 else rules.wrap_max_chars
    return len(long.text) > rules.wrap_max_chars and len(first.text) <= widest and \
        line_end(first.text) not in NO_TITLE_END and not first.cells and \
        not is_list_line(first, rules, strict=False) and not is_list_line(long, rules, strict=False) and \
        not (k == 1 and is_source_line(first.text, rules) and not dated_source(first.text, rules)) and \
        not rules.photo_credit.fullmatch(first.text) and not is_label_block([ln.text for ln in lines], rules) and \
        not _postal_address(long.text, rules) and (k == 1 or _reads_as_header(lines[:k], rules))


def _reads_as_header(lines: list[Line], rules: Rules) -> bool:
    """Short lines that read as a page's header, not as a run of a text's short lines (a profile's
    label and name, a transcript's section and time): one is a byline or a date, none a list's
    item, none runs on from the line above in small letters ("Request for Expressions of Interest" /
    "for" / ...)."""
    return not any(ln.text[:1].islower() or is_list_line(ln, rules, strict=False) for ln in lines[1:]) and \
        any(_header_field_line(ln, rules) for ln in lines)


def _header_over_wrapped_text(lines: list[Line], rules: Rules) -> bool:
    """A headline or a header's line over the header's lines, a line each, over a paragraph
    hard-wrapped on two lines or more ("Japan to fund flood control in Manila" / "November 28,
    2024" / the lede as a PDF wraps it): the first line stands apart. Every line between is a
    byline or a date, whole: a wrapped paragraph's line never is one."""
    first = lines[0]
    if len(lines) < 3 or first.indent or first.cells or not first.text[:1].isupper() or \
            line_end(first.text) in NO_TITLE_END or len(first.text) > rules.wrap_max_chars or \
            first.text.split()[-1].casefold() in rules.minor_words or is_list_line(first, rules, strict=False):
        return False
    k = next((k for k, ln in enumerate(lines[1:_HEAD_RUN_MAX + 1], 1) if not _header_field_line(ln, rules)), len(lines))
    if (k == 1 and not _header_field_line(first, rules)) or k >= len(lines) - 1:
        return False
    body = lines[k:]
    width = max(len(ln.text) for ln in body)
    return width >= rules.wrap_max_chars // 2 and all(len(ln.text) >= width * 3 // 4 for ln in body[:-1]) and \
        line_end(body[-1].text) in SENTENCE_END and not any(ln.cells or ln.indent for ln in body) and \
        not is_list_line(body[0], rules, strict=False)


def _header_field_line(line: Line, rules: Rules) -> bool:
    """A byline or a date alone on its line, or a web page's line of them ("Posted on November 28,
    2024 by Sok Chan", an outlet's name beside the date)."""
    text = line.text
    return not line.cells and not text[:1].islower() and line_end(text) not in NO_TITLE_END and \
        (rules.byline.fullmatch(text) is not None or is_dateline(text, rules) or dated_source(text, rules) or
         header_fields(text, rules) is not None)


_HEAD_RUN_MAX = 8  # lines between a short line and the long one (a page's header: standfirst, byline, date, ...)


def _postal_address(text: str, rules: Rules) -> bool:
    """A body's postal address on one line, under its name ("11th floor, Annex, ... 1-3-1
    Kasumigaseki, Chiyoda-ku, Tokyo, 100-8901 Japan"): a street and a postcode, no sentence's end.
    The name over it is its first line, not a heading (see clean._is_address_block)."""
    return len(text) <= 120 and line_end(text) not in SENTENCE_END and \
        bool(rules.address_street.search(text)) and bool(rules.address_postcode.search(text))


def _title_over_wrapped_text(lines: list[Line], rules: Rules, widest: int | None = None) -> bool:
    """A short line in title case with no final stop over a paragraph hard-wrapped on two lines or
    more that fill the width (a PDF's heading over its section, no blank line between): its first
    word would have fitted on the short line (clean_blocks.short_over_text), so no wrapping ended
    it. A paragraph's first line is as wide as the others; a label with a colon leads in or gives
    its figure ("USAID DRR program (2021-2026): $45 million"; "Case Study: Timor-Leste" heads one)."""
    if len(lines) < 3 or word_count(lines[0].text) > rules.heading_max_words or \
            not ends_like_heading(lines[0].text) or line_end(lines[0].text) in ":,;" or \
            any(c.isdigit() for c in lines[0].text.partition(":")[2]) or \
            not is_title_case(lines[0].text, rules) or is_list_line(lines[0], rules, strict=False) or \
            is_source_line(lines[0].text, rules) or not short_over_text(lines[0], lines[1:], rules, widest):
        return False
    body = lines[1:]
    width = max(len(ln.text) for ln in body)
    return width >= rules.wrap_max_chars // 2 and all(len(ln.text) >= width * 3 // 4 for ln in body[:-1]) and \
        line_end(body[-1].text) in SENTENCE_END and not any(ln.cells for ln in lines)


def _numbered_title_over_fields(lines: list[Line], rules: Rules) -> bool:
    """A numbered line with no final stop at the margin over "Label: value" lines of its own."""
    first = lines[0]
    m = rules.section_number.fullmatch(first.text) if not first.indent else None
    return bool(m) and ends_like_heading(first.text) and word_count(m.group("text")) <= rules.marked_heading_max_words \
        and not rules.label_line.fullmatch(m.group("text")) and is_label_block([ln.text for ln in lines[1:]], rules) \
        and not any(rules.section_number.fullmatch(ln.text) for ln in lines[1:])


def _number_style(number: str) -> tuple[bool, bool]:
    """A section number's style: in brackets ("(1)"), with a final stop ("1.")."""
    return number.startswith("("), number.endswith(".")


def short_over_text(first: Line, rest: list[Line], rules: Rules, widest: int | None = None) -> bool:
    """Whether a line at the margin stands over the lines under it as a title does, not as their
    paragraph's first line: no minor word last, the next line's first word (at the margin, in
    capitals, no list's marker) would have fit on it, and it is at most three fifths of their width."""
    second = rest[0]
    opening = second.text[1:2] if second.text[:1] in "(（" else second.text[:1]  # ("(Unit: 100 million yen)")
    if first.indent or second.indent or not opening.isupper() or \
            first.text.split()[-1].casefold() in rules.minor_words or is_list_line(second, rules, strict=False):
        return False
    # (the widest line at least this wide, read up to the first line that is: under a wrapped
    # paragraph's first line, not every line of a long block at each of its steps)
    wide = max(len(first.text) + 1 + len(second.text.split()[0]), (5 * len(first.text) + 2) // 3)
    return widest >= wide if widest is not None else any(len(ln.text) >= wide for ln in rest)


def _numbered_title(lines: list[Line], rules: Rules) -> re.Match[str] | None:
    """The first line's number and title, when it is a section's title at the margin (no final
    stop, in capitals, short) and no other line of the block has a number of its style (a list's
    items would); else None."""
    first = lines[0]
    m = rules.section_number.fullmatch(first.text) if not first.indent and first.text[:1] in "(0123456789" else None
    if not m or not ends_like_heading(first.text) or not m.group("text")[:1].isupper() or \
            word_count(m.group("text")) > rules.marked_heading_max_words:
        return None
    style = _number_style(m.group("number"))
    if any((n := rules.section_number.fullmatch(ln.text)) and _number_style(n.group("number")) == style
           for ln in lines[1:]):
        return None
    return m


def _numbered_title_over_list(lines: list[Line], rules: Rules) -> bool:
    """A numbered title over bullets, or items numbered another way ("(3) Priority areas" over
    "・ ..." lines)."""
    return len(lines) > 1 and is_list_line(lines[1], rules, strict=True) and _numbered_title(lines, rules) is not None


def _numbered_title_over_text(lines: list[Line], rules: Rules) -> bool:
    """A numbered title at the margin ("1. Background", no final stop, no minor word last) over
    prose of its section, told from a hard-wrapped item by its length: the next line's first word
    would have fit on it, so no wrapping ended it. No other line of the block has a number of its
    style (a list's items would)."""
    return _numbered_title(lines, rules) is not None and (
        short_over_text(lines[0], lines[1:], rules) or _indented_paragraph_under(lines, rules))


def _indented_paragraph_under(lines: list[Line], rules: Rules) -> bool:
    """`(1) Digital and semiconductor supply chains` over `   Projects include ...`, the lines under
    that at the margin: a paragraph's first line indented, as a printed page sets it, so the line
    above it is no line of that paragraph."""
    second = lines[1]
    return len(lines) > 2 and not lines[0].indent and first_line_indented(lines[1:]) and \
        second.text[:1].isupper() and not is_list_line(second, rules, strict=False)


def first_line_indented(lines: list[Line]) -> bool:
    """A printed paragraph's shape: its first line indented a few columns, the others at the margin."""
    return len(lines) > 1 and 0 < lines[0].indent <= 8 and not any(ln.indent for ln in lines[1:])


def author_box_head(first: str, second: str, rules: Rules) -> bool:
    """A writer's label and bare name on two lines, in either order ("Guest Author" / "Nguyen
    Thanh Trung"): an author's box, a line each, neither a heading nor the biography's words."""
    return len(first) <= 60 and len(second) <= 60 and \
        ((rules.author_box_label.fullmatch(first) is not None and bare_names(second)) or
         (bare_names(first) and rules.author_box_label.fullmatch(second) is not None))


def _author_box(lines: list[Line], rules: Rules) -> bool:
    """A writer's label and bare name over sentences (their biography)."""
    return lines[2].text[:1].isupper() and author_box_head(lines[0].text, lines[1].text, rules) and \
        any(line_end(ln.text) in SENTENCE_END for ln in lines[2:])


_NOTE_LABEL = re.compile(r"(?:notes?|remarks?)\s*[:：]\s*\S", re.I)  # `Note: ...` under a table's source
_STOPPED_ANSWER = re.compile(r"A\s*\d{0,2}\s*[.．]\s+\S")  # `A. ...` under `Q. ...`


def split_block(lines: list[Line], rules: Rules) -> list[list[Line]]:
    """Split a block where a heading line, a caption label, a table or a list run starts or ends
    inside it."""
    # (one step at a time, each handing on the block's rest: a block of 5,000 captions or
    # questions, no blank line between, was 5,000 nested calls, past Python's recursion limit)
    out: list[list[Line]] = []
    ends: list[list[list[Line]]] = []  # parts split off the block's end, the last first
    rest: list[Line] | None = lines
    marks: _Marks | None = None
    gated = False
    while rest is not None:
        if (out or ends) and not gated and len(rest) >= _MARKS_FROM:
            # (a long rest: where its captions, notes of unit, ... stand is found once, not at
            # each step; only while no line of it calls for the block-wide rewrites, which the
            # first step made and a step would make again)
            marks = marks or _Marks(rest, rules)
            gated = marks.first(marks.gates, rest) is not None
        fast = marks if (out or ends) and not gated and marks else None
        before, rest, after = _split_step(rest, rules, fast)
        out += before
        if after:
            ends.append(after)
        marks = fast.narrowed(rest, bool(after)) if fast and rest is not None else None
    for after in reversed(ends):
        out += after
    return out


_MARKS_FROM = 32  # lines left in a block from which split_block reads where things stand once


class _Marks:
    """Where, in a block's lines, the lines split_block's steps look for stand (their indices, in
    order): each step's lines are a run of the same list (its last lines, or its first ones when a
    step split off the end), so a step reads these from where its lines start instead of reading
    every line left."""

    def __init__(self, lines: list[Line], rules: Rules):
        self.start, self.end = 0, len(lines)  # the run of lines the next step reads
        self.size = len(lines)
        self.widest_from = [len(ln.text) for ln in lines]  # the widest line from each line on
        for k in range(len(lines) - 2, -1, -1):
            self.widest_from[k] = max(self.widest_from[k], self.widest_from[k + 1])
        last = len(lines) - 1
        self.gates = [k for k, ln in enumerate(lines) if ln.text[:1] in rules.heading_openers or len(ln.cells) > 3
                      or "|" in ln.text or k < last and rules.caption_number.fullmatch(ln.text)]
        self.captions = [k for k, ln in enumerate(lines) if rules.caption_label.fullmatch(ln.text)]
        self.celled = [k for k, ln in enumerate(lines) if ln.cells]
        self.units = [k for k, ln in enumerate(lines) if ln.text[:1] in "(（" and rules.unit_note.fullmatch(ln.text)]
        self.indented = [k for k, ln in enumerate(lines) if ln.indent]
        self.salutations = [k for k, ln in enumerate(lines) if ln.text.endswith(",") and rules.salutation.fullmatch(ln.text)]

    def first(self, marks: list[int], lines: list[Line], skip: int = 0) -> int | None:
        """The index in `lines` (the run the marks are at) of the first mark from `skip` on, or None."""
        k = _first(marks, self.start + skip)
        return None if k is None or k >= self.end else k - self.start

    def widest(self, lines: list[Line], skip: int = 0) -> int | None:
        """The width of the widest of `lines` from `skip` on (the run the marks are at), or None
        when the run no longer reaches the block's end (its lines are then read)."""
        k = self.start + skip
        return self.widest_from[k] if self.end == self.size and k < self.size else None

    def narrowed(self, rest: list[Line], head: bool) -> "_Marks":
        """The marks for the next step's lines: the first of these lines (`head`) or the last."""
        if head:
            self.end = self.start + len(rest)
        else:
            self.start = self.end - len(rest)
        return self


def _first(marks: list[int], offset: int) -> int | None:
    i = bisect_left(marks, offset)
    return marks[i] if i < len(marks) else None


def _apart(lines: list[Line], k: int, rules: Rules) -> "_Step":
    """The lines before line k split, line k alone; the lines after it left to split (None if none)."""
    return [*(split_block(lines[:k], rules) if k else []), lines[k:k + 1]], lines[k + 1:] or None, []


_Step = tuple[list[list[Line]], list[Line] | None, list[list[Line]]]


def _split_step(lines: list[Line], rules: Rules, marks: _Marks | None = None) -> _Step:
    """split_block's parts at the head of `lines`, the lines left to split (None when none are)
    and the parts at their end (the lines left are then their first ones). With `marks` (made
    for a list these lines are a run of, none of them calling for the rewrites below), where
    things stand is read from them."""
    credit = _credit_start(lines, rules) if len(lines) > 1 else 0
    if credit:  # the credit under the story's last paragraph, no blank line between
        return [], lines[:credit], [lines[credit:]]
    if marks is None:
        if any(ln.text[:1] in rules.heading_openers for ln in lines):
            lines = _split_bracket_headings(lines, rules)
        if any(len(ln.cells) > 3 for ln in lines):
            lines = _split_captions(lines, rules)
        if len(lines) > 2 and any("|" in ln.text for ln in lines) and \
                any("-|-" in ln.text.replace(" ", "") or " | " in ln.text for ln in lines):
            lines = _bare_pipe_rows(lines)
        if len(lines) > 1 and any(rules.caption_number.fullmatch(ln.text) for ln in lines[:-1]):
            lines = _numbered_captions(lines, rules)
    caption = next((k for k, ln in enumerate(lines) if rules.caption_label.fullmatch(ln.text)), None) \
        if marks is None else marks.first(marks.captions, lines)
    if caption is not None and caption + 1 < len(lines) and \
            _caption_goes_on(lines[caption].text, lines[caption + 1].text, rules):
        marks = None  # (the lines are these no longer)
        # "Figure 2-3-1 Japan's bilateral ODA ... by type of assistance," / "commitments basis (2022)":
        # the caption's title wrapped, one caption (not its last words run into the source under it)
        lines = [*lines[:caption], Line(lines[caption].indent, join_lines([lines[caption].text, lines[caption + 1].text])),
                 *lines[caption + 2:]]
    if len(lines) > 1 and caption is not None:  # a caption over its table or chart: apart from it
        return _apart(lines, caption, rules)
    if len(lines) > 1 and is_back_matter_name(lines[0].text, rules):  # `Notes` right above its list
        return [lines[:1]], lines[1:], []
    if len(lines) > 1 and lines[0].text[-1:].isalpha() and is_speaker_line(lines[0].text, rules) and \
            _heads_prose(lines[1:], rules):
        # "Prime Minister Kishida" right over the words a transcript gives him: a line of its own,
        # never the first words of his sentence (with its colon, "Minister KAMIKAWA:" runs into them)
        return [lines[:1]], lines[1:], []
    if len(lines) > 1 and rules.byline.fullmatch(lines[0].text) and line_end(lines[0].text) not in NO_TITLE_END and \
            lines[1].text[:1].isupper() and any(line_end(ln.text) in SENTENCE_END for ln in lines[1:]):
        # "Written by Dewi Lestari" over the writer's biography: a line of its own, not their first words
        return [lines[:1]], lines[1:], []
    if len(lines) > 2 and _author_box(lines, rules):
        # "Guest Author" / "Nguyen Thanh Trung" / the writer's biography: a line each, as an author's box sets them
        return [lines[:1], lines[1:2]], lines[2:], []
    if len(lines) > 3 and word_count(lines[0].text) <= 2 and title_like(lines[0].text, rules) and \
            _author_box(lines[1:], rules):
        # "Authors" over the first writer's box in its block: the boxes' head, a line of its own
        return [lines[:1]], lines[1:], []
    if len(lines) > 2 and (any(ln.cells for ln in lines) if marks is None else marks.first(marks.celled, lines) is not None):
        tables = _split_tables(lines)
        if tables:
            return [part for run in tables for part in ([run] if table_rows(run) else split_block(run, rules))], None, []
    if len(lines) == 1:
        return [lines], None, []
    if _name_over_files(lines):
        # "Related documents" right over "Project Brief (PDF, 420 KB)" / ...: the files' name apart
        return [lines[:1], lines[1:]], None, []
    if len(lines) == 2 and rules.box_label.fullmatch(lines[0].text) and not lines[1].indent and \
            ends_like_heading(lines[1].text) and word_count(lines[1].text) <= rules.heading_max_words and \
            lines[1].text[:1].isupper():
        # "Column" / "A Bridge that Connects People: ..." over the box's text a blank line below: the
        # label over the box's title, apart (see below)
        return [lines[:1], lines[1:]], None, []
    if len(lines) > 2 and rules.box_label.fullmatch(lines[0].text):
        # "Column" / "Japan's Official Security Assistance (OSA)" / the box's text: three parts
        if _heads_long_line(lines[1:], rules):
            return [lines[:1]], lines[1:], []
        if short_over_text(lines[1], lines[2:], rules) and ends_like_heading(lines[1].text) and \
                word_count(lines[1].text) <= rules.heading_max_words:
            return [lines[:1], lines[1:2]], lines[2:], []
    unit = next((k for k, ln in enumerate(lines) if ln.text[:1] in "(（" and rules.unit_note.fullmatch(ln.text)), None) \
        if marks is None else marks.first(marks.units, lines)
    if unit is not None:  # "(Unit: 100 million yen)" between a table's title and the table
        return _apart(lines, unit, rules)
    indented = any(ln.indent for ln in lines[1:]) if marks is None else marks.first(marks.indented, lines, 1) is not None
    if len(lines) > 2 and indented and (nested := bracket_items(lines, rules)) and \
            1 in nested.depths:
        # "(1) Water supply" / "    (a) a new treatment plant" / "(2) Sanitation": items numbered in
        # brackets with their sub-items set in, one list, not titles over lists (a `(1)` line is no
        # list line of its own)
        return [lines], None, []
    if _numbered_title_over_list(lines, rules):
        # "(3) Priority areas" over its bullets ("・ Strengthening the economic base: ..."): the
        # section's heading over its list, not the list's first item
        return [lines[:1]], lines[1:], []
    if _numbered_title_over_text(lines, rules):
        # "1. Background" over its section's first sentences, no blank line between: the heading
        # stands apart, as a blank line would have set it
        return [lines[:1]], lines[1:], []
    if len(lines) > 2 and _numbered_title_over_fields(lines, rules):
        # "2. Trade with Japan (2023)" over "Exports to Japan: 3.2 trillion yen" / "Imports from
        # Japan: ...": the section's title over its fields, not an item with its lines run together
        return [lines[:1]], lines[1:], []
    if _heads_long_line(lines, rules):  # `About the author` over its paragraph on one long line
        return [lines[:1]], lines[1:], []
    if marks is None and _header_over_wrapped_text(lines, rules):
        # "Japan to fund flood control in Manila" / "November 28, 2024" over the lede as a PDF wraps
        # it: the headline and the date a line each, not the paragraph's first words
        return [lines[:1]], lines[1:], []
    if _title_over_wrapped_text(lines, rules, marks.widest(lines, 1) if marks else None):
        # "Overview of the Region" over its hard-wrapped paragraph (a PDF's page, no blank line
        # between): the heading stands apart, as a blank line would have set it
        return [lines[:1]], lines[1:], []
    # A speaker's salutation on its own line (`Ladies and gentlemen,`) is not the first words of
    # the sentence under it: it stands apart, as it would with a blank line after it.
    salutation = next((k for k, ln in enumerate(lines) if ln.text.endswith(",") and rules.salutation.fullmatch(ln.text)), None) \
        if marks is None else marks.first(marks.salutations, lines)
    if salutation is not None:
        return _apart(lines, salutation, rules)
    # A speech's greeting or thanks on a line of its own (`Good morning.` over the first sentences,
    # `Thank you very much.` under the last one): a paragraph of its own, as the speaker paused.
    if len(lines) > 1 and rules.greeting.fullmatch(lines[-1].text) and line_end(lines[-2].text) in ".!?":
        return [], lines[:-1], [lines[-1:]]
    if len(lines) > 1 and rules.greeting.fullmatch(lines[0].text) and lines[1].text[:1].isupper():
        return [lines[:1]], lines[1:], []
    # A table's source over its note (`Source: MOFA` / `Note: Figures may not add up ...`): the note
    # is a statement of its own, not words of the source's caption.
    if len(lines) > 1 and lines[0].text[:6].casefold() == "source" and _NOTE_LABEL.match(lines[1].text) and \
            rules.photo_credit.fullmatch(lines[0].text):
        return [lines[:1]], lines[1:], []
    if marks is None and (turn := _turn_start(lines, rules)):
        # "Main Announcements" / "(1) Visit to Japan by ..." / "Press Secretary KOBAYASHI: Good
        # afternoon. ...": a transcript's turn opens a paragraph, never the heading's last words;
        # a numbered title right over it heads the turn's section, a line of its own (not the
        # last words of the turn before it, nor of the heading over it)
        head = lines[:turn]
        if len(head) > 1 and rules.section_number.fullmatch(head[-1].text) and title_like(head[-1].text, rules):
            return [*split_block(head[:-1], rules), head[-1:]], lines[turn:], []
        return split_block(head, rules), lines[turn:], []
    # An FAQ's question and its answer (`Q1. ...` / `A1. ...`) are paragraphs of their own.
    if (question := rules.qa_label.match(lines[0].text)):
        # (under a question labelled `Q.` that has ended, a line opening `A. ` is its answer
        # labelled alike, not a name's initial)
        stopped = question.group("question") is not None and question.group().rstrip()[-1:] in ".．"
        k = next((k for k, ln in enumerate(lines[1:], 1) if rules.qa_label.match(ln.text) or
                  stopped and _STOPPED_ANSWER.match(ln.text) and lines[k - 1].text.endswith("?")), 0)
        # (an answer so labelled, `A. ...`, is no label of its own when its block is split again:
        # it runs to the next question, `Q. What comes next?`, which opens a paragraph of its own)
        m = next((m for m, ln in enumerate(lines[k + 1:], k + 1) if rules.qa_label.match(ln.text)), 0) \
            if k and not rules.qa_label.match(lines[k].text) else 0
        if m:
            return [*split_block(lines[:k], rules), *split_block(lines[k:m], rules)], lines[m:], []
        if k:
            return split_block(lines[:k], rules), lines[k:], []
    out: list[list[Line]] = []
    run: list[Line] = []
    run_is_list = False
    width = max(len(ln.text) for ln in lines)  # (the width the block's lines are wrapped at)
    for k, line in enumerate(lines):
        # A heading glyph that is also a bullet (● ■) is split off by the list-run rule below,
        # unless it names items of another kind right under it.
        if rules.caption_label.fullmatch(line.text) or (glyph_heading(line, rules) and (
                not is_list_line(line, rules, strict=True) or _names_list_below(lines, k, rules))):
            if run:
                out.append(run)
            out.append([line])
            run, run_is_list = [], False
            continue
        # At the margin, `1.`, `a)` or `-` is an item when it follows a lead-in ending in a colon
        # or another item, or when the next item of its sequence follows it; elsewhere it may be a
        # hard-wrapped sentence going on.
        listy = is_list_line(line, rules, strict=True) or (is_list_line(line, rules, strict=False) and (
            (bool(run) and (run_is_list or line_end(run[-1].text) == ":")) or starts_series(lines, k, rules) or
            _opens_sub_items(lines, k, rules))) or \
            (run_is_list and (_goes_on(run[-1], line) or _cut_after_small_word(run[-1], line, rules) or
                              _between_items(run[-1], line, lines[k + 1] if k + 1 < len(lines) else None, width, rules) or
                              is_sub_bullet(line, rules) or (
                bool(rules.sub_item.fullmatch(line.text)) and any(_numbered(ln, rules) for ln in run))))
        if run and (listy != run_is_list or (listy and _restarts(run, line, rules))) and \
                not (run_is_list and line.indent > run[0].indent):
            out.append(run)
            run = []
        if not run:
            run_is_list = listy
        run.append(line)
    if run:
        out.append(run)
    return out, None, []


def _turn_start(lines: list[Line], rules: Rules) -> int:
    """Where a speaker's turn opens a line below the block's first ("Press Secretary KOBAYASHI:
    Good afternoon.", "FOREIGN MINISTER IWAYA: Thank you."): its label (a title or honorific and a
    name, then a colon) at the margin, words after it, under a line that ends a sentence or reads
    as a title (in title case, not ending on a small word). 0 when no line does. (Under a
    sentence's words that go on, such a line is the sentence's: "... remarks made by the" /
    "Minister KAMIKAWA: ...")"""
    for k in range(1, len(lines)):
        text = lines[k].text
        colon = text.find(":", 0, 90)
        if colon < 0 or lines[k].indent or not text[colon + 1:].strip():
            continue
        label = rules.speaker_line.match(text)
        if label is None or label.group().rstrip()[-1:] not in ":：":
            continue
        above = lines[k - 1].text
        if line_end(above) in SENTENCE_END or (title_like(above, rules) and is_title_case(above, rules) and
                                               above.rsplit(None, 1)[-1].casefold() not in rules.minor_words):
            return k
    return 0


def _numbered_captions(lines: list[Line], rules: Rules) -> list[Line]:
    """A figure's number alone on its line over its caption's title ("Figure 2-3-1" / "Japan's
    bilateral ODA to ASEAN countries (2022)"), as a white paper copied out of its PDF sets it: one
    line, the caption, its words as written."""
    out: list[Line] = []
    for line in lines:
        if out and rules.caption_number.fullmatch(out[-1].text) and line.text[:1].isupper() and \
                not rules.caption_label.fullmatch(line.text) and word_count(line.text) <= rules.marked_heading_max_words:
            out[-1] = Line(out[-1].indent, f"{out[-1].text} {line.text}")
        else:
            out.append(line)
    return out


def _caption_goes_on(caption: str, below: str, rules: Rules) -> bool:
    """Whether the line under a caption goes on its title: the caption ends on a comma or a small
    word ("of", "by"), or the line opens in small letters with words ("commitments basis (2022)")."""
    return line_end(caption) == "," or caption.rsplit(" ", 1)[-1] in rules.minor_words or \
        (below[:1].islower() and " " in below)


class ListRun(NamedTuple):
    """One list of a block: its items in order, and how deep each one is (0, or 1 for a sub-item)."""

    ordered: bool
    start: int
    items: list[str]
    depths: list[int]


_FIRST_SUB_MARKERS = frozenset({"1", "a", "i"})


def _sub_item_style(line: Line, parent_delim: str | None, style: tuple | None,
                    rules: Rules) -> tuple | None:
    """The style of a sub-item line (`(1)`, `(a)`, `i)`) under a numbered item, or None.

    The first sub-item under an item must open its sequence (`(1)`, `(a)`, `(i)`, `1)`); the
    next ones keep its bracket and kind. So "(2) roads" opening a wrapped line goes on with the
    sentence, and `1)` is a sub-item only under items numbered `1.`."""
    m = rules.sub_item.fullmatch(line.text) if parent_delim else None
    if not m:
        return None
    label = m.group("inner") or m.group("bare")
    if label.isdigit() and m.group("bare") and parent_delim == ")":
        return None
    new = (m.group("inner") is not None, label.isdigit())
    if style is None:
        return new if label.lstrip("0") in _FIRST_SUB_MARKERS else None
    return new if new == style else None


def parse_list(lines: list[Line], rules: Rules) -> list[ListRun] | None:
    """Lines to lists, or None when the lines are not all list items.

    A line without a marker continues the item above it (a hard-wrapped item); `(1)`, `(a)`
    or `i)` lines under a numbered item are its sub-items, with their marker in their text.
    """
    if lines[0].text[:1] not in rules.list_starts:
        return None
    lists: list[ListRun] = []
    parent_delim: str | None = None  # `.` or `)` of the numbered item sub-items may go under
    style: tuple | None = None  # (bracketed, digits) of the sub-items under the current item
    bulleted = False  # the current item has a bullet glyph: a Word sub-bullet `o` may go under it
    top_indent = lines[0].indent  # where the current item's marker stands
    for line in lines:
        sub = _sub_item_style(line, parent_delim, style, rules) if lists else None
        if sub:
            style = sub
            lists[-1].items.append(line.text)
            lists[-1].depths.append(1)
            continue
        if bulleted and is_sub_bullet(line, rules):  # its letter is a glyph: the text alone, one level down
            lists[-1].items.append(line.text[len(rules.sub_bullet):].lstrip())
            lists[-1].depths.append(1)
            continue
        m = rules.list_item.fullmatch(line.text)
        if m is None and lists and parent_delim == "." and line.indent >= top_indent + _NESTED_INDENT and \
                DECIMAL_ITEM.fullmatch(line.text):
            # `   1.1 Radar stations` set in under `1. Flood forecasting`: its sub-item, numbered as written
            lists[-1].items.append(line.text)
            lists[-1].depths.append(1)
            continue
        if m and lists and line.indent >= top_indent + _NESTED_INDENT:
            # `    i) Second Mekong International Bridge ...` set in deeper than the `  (a) East-West
            # Economic Corridor` above it: its sub-item, with its marker in its text, as a
            # numbered item's `(a)` lines are
            # (a bullet's glyph says nothing a nested Markdown item does not: only its text)
            lists[-1].items.append(m.group("text") if m.group("bullet") or m.group("tight") else line.text)
            lists[-1].depths.append(1)
            continue
        bulleted = bool(m and (m.group("bullet") or m.group("tight"))) or (bulleted and not m)
        if not m:
            if not lists:
                return None
            items = lists[-1].items
            items[-1] = join_lines([items[-1], line.text])
            continue
        top_indent = line.indent
        ordered = m.group("num") is not None
        parent_delim, style = m.group("delim"), None
        if not lists or lists[-1].ordered != ordered:
            lists.append(ListRun(ordered, int(m.group("num")) if ordered else 1, [], []))
        # `a)` or `ii.` has no Markdown list of its own: a bullet keeps the author's letter in its text
        marker = m.group("hier") or m.group("letter") or m.group("roman") or m.group("circled")
        lists[-1].items.append(f"{marker} {m.group('text')}" if marker else m.group("text"))
        lists[-1].depths.append(0)
    return lists


DECIMAL_ITEM = re.compile(r"\d{1,3}\.\d{1,3}\.?\s+\S.*")  # `1.1 Radar stations`
_NESTED_INDENT = 2  # (columns an item's marker stands deeper than the item above it to be its sub-item)


def is_sub_bullet(line: Line, rules: Rules) -> bool:
    """`o including ...`: a Word document's second-level bullet, a letter `o`, copied as text."""
    n = len(rules.sub_bullet)
    return line.text.startswith(rules.sub_bullet) and line.text[n:n + 1].isspace()


# `(1) 産業人材育成`, `（２）インフラ整備`: a number in round brackets (ASCII or full width) opening a line.
_BRACKET_NUMBER = re.compile(r"[(（](?P<num>[0-9０-９]{1,3})[)）]\s*\S.*")


# A capital letter or a Roman numeral in capitals and its stop opening an item ("A. Quality
# infrastructure for connectivity", "II. Sanitation"): an item only under a lead-in ending with a
# colon, the letters from A on, the numerals from I on ("A. Tanaka" is a name).
_LETTER_ITEM = re.compile(r"(?P<num>[A-Z]|[IVX]{1,5})\.\s+\S.*")
_ROMAN_CAPITALS = {r: k for k, r in enumerate(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(), 1)}


def _item_number(text: str, lettered: str) -> int | None:
    """The number of a line opening a bracket-numbered item ("(2) ..." is 2), or of a lettered
    one ("B. ..." is 2) or one numbered in Roman capitals ("II. ..." is 2); None for any other."""
    if lettered:
        m = _LETTER_ITEM.fullmatch(text) if "A" <= text[:1] <= "Z" else None
        if m is None:
            return None
        return _ROMAN_CAPITALS.get(m.group("num")) if lettered == "I" else \
            ord(m.group("num")) - ord("A") + 1 if len(m.group("num")) == 1 else None
    m = _BRACKET_NUMBER.fullmatch(text) if text[:1] in "(（" else None
    return int(m.group("num")) if m else None


def led_into_items(prev: list[Line] | None, lines: list[Line]) -> int:
    """The number the items a block opens with are led into with from the block above, or 0: 1
    under a lead-in ending with a colon ("... the following components:"), n + 1 under item n
    a blank line apart ("(1) ..." over "(2) ...", the item above wrapped or not)."""
    if prev is None:
        return 0
    if line_end(prev[-1].text) in ":：":
        return 1
    here = _item_number(lines[0].text, "") if lines[0].text[:1] in "(（" else None
    if here is None or here < 2:
        return 0
    above = next((n for ln in reversed(prev) if (n := _item_number(ln.text, "")) is not None), None)
    return here if above == here - 1 else 0


class MarkedItems(NamedTuple):
    """Items numbered in brackets, lettered or numbered in Roman capitals: where they start in
    their block, their texts (wrapped lines joined) and their depths (1 for a sub-item)."""

    start: int
    items: list[str]
    depths: list[int]


def bracket_items(lines: list[Line], rules: Rules, led: int = 0, in_run: bool = False) -> MarkedItems | None:
    """Where a run of items numbered in brackets starts in a block (`(1) ...` / `(2) ...` /
    `(3) ...`, the numbers following each other), and the items, or None.

    Two items or more, every line of the block from there on; the lines above them, if any,
    a lead-in that ends with a colon or a full stop ("次の事業を実施する。"). Hard-wrapped prose
    never opens two lines in a row with the next number of a sequence. An item may run over
    lines, hard-wrapped ("(1) Construction of a water treatment plant ... 65,000 cubic" /
    "metres per day;" / "(2) ..."), when the items count from one under a lead-in: a line opening
    with the next number starts the next item (another number, "(3)" under "(1)", goes on the item).
    Lines set in under an item with a list's marker ("    (a) a new treatment plant", "    - ...")
    are its sub-items. Items lettered with capitals ("A. ..." / "B. ...") or numbered in Roman ones
    ("I. ..." / "II. ...") are such items too under a lead-in ending with a colon ("... three
    pillars:"), from "A." or "I." on. `led`: the number the block above leads into (led_into_items).
    `in_run`: the block is one of items a blank line apart, the next opening the block below or
    the list going on from the block above: then one item alone is an item too ("... components:"
    / "(1) ..." / "" / "(2) ...")."""
    if len(lines) < 2:
        return None
    start = next((k for k, ln in enumerate(lines) if ln.text[:1] in "(（" or ln.text[:3] in ("A. ", "I. ")), len(lines))
    if len(lines) - start < 2 or (start and line_end(lines[start - 1].text) not in ":：。．."):
        return None
    lettered = lines[start].text[:1] if lines[start].text[:1] in "AI" else ""
    colon = line_end(lines[start - 1].text) in ":：" if start else led == 1
    if lettered and not colon:
        return None
    numbers: list[int] = []
    items: list[list[str]] = []
    depths: list[int] = []
    for line in lines[start:]:
        number = _item_number(line.text, lettered)
        if word_count(line.text) > rules.marked_heading_max_words or not (number or items):
            return None
        if number and line.indent <= lines[start].indent and \
                (not items or len(items[-1]) == 1 or number == numbers[-1] + 1):
            numbers.append(number)
            items.append([line.text])
            depths.append(0)
        elif line.indent > lines[start].indent and (sub := _sub_item_text(line, rules)):
            items.append([sub])
            depths.append(1)
        else:
            items[-1].append(line.text)
    if not numbers or len(numbers) < 2 and not (in_run and numbers[0] == (1 if start else led)) or \
            not all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return None
    if len(items) < len(lines) - start or 1 in depths:
        # (a wrapped item or a sub-item: only in a sequence from one, under its lead-in, or with sub-items set in)
        if not (numbers[0] == 1 and (start or 1 in depths) or numbers[0] == led):
            return None
    return MarkedItems(start, [join_lines(item) for item in items], depths)


def _sub_item_text(line: Line, rules: Rules) -> str | None:
    """A sub-item's text, from a line with a list's marker: a bullet's glyph goes (the nested
    list shows it), a number or a letter stays in the text ("(a) a new treatment plant")."""
    m = rules.list_item.fullmatch(line.text) if may_be_item(line.text, rules) else None
    if m is None:
        return None
    return m.group("text") if m.group("bullet") or m.group("tight") else line.text


def is_notes_block(lines: list[Line], rules: Rules) -> bool:
    """Every line a note definition (`1. Note 14: text`, `*1 text`, `[2] text`), or a
    continuation of one: most lines open a note, or two or more do, numbered one after the other
    (notes wrapped over several lines each: prose never opens lines "[1]" and "[2]" so)."""
    if not rules.note_line.fullmatch(lines[0].text):
        return False
    marks = [m for ln in lines if (m := rules.note_line.fullmatch(ln.text))]
    if len(marks) * 2 > len(lines):
        return True
    numbers = [note_key(m)[1] for m in marks]
    return len(marks) >= 2 and all(n.isdigit() for n in numbers) and \
        all(int(b) == int(a) + 1 for a, b in zip(numbers, numbers[1:]))


class Note(NamedTuple):
    """One note of a notes list: its marker's style and number, its label as written, its text."""

    style: str  # note | star | sup | bracket (clean_rules.note_key) | plain (a bare figure, see plain_notes)
    num: str
    label: str  # `Note 14:` (as cleaning writes it), `*1`, `¹`, `[2]` (as the author wrote it)
    text: str


def parse_notes(lines: list[Line], rules: Rules) -> list[Note]:
    notes: list[Note] = []
    for line in lines:
        m = rules.note_line.fullmatch(line.text)
        if m:
            style, num = note_key(m)
            notes.append(Note(style, num, m.group("label") or _note_label(line.text[:m.start("text")], num, rules),
                              m.group("text")))
        elif notes:
            notes[-1] = notes[-1]._replace(text=join_lines([notes[-1].text, line.text]))
    return notes


def _note_label(head: str, num: str, rules: Rules) -> str:
    """A note's label as written, from its word on ("Note 14:", "Note14:", "Note 14"), without the
    list's figure before it ("  1. Note 14: ...")."""
    at = head.find(rules.note_word)
    return head[at:].strip() if at >= 0 else f"{rules.note_word} {num}:"


# A note of a list numbered with bare figures ("1 Kearney (2023) estimate ..."), or as a list is
# ("1. On the training of ...", "2) See ..."), when the text's marks are figures in brackets
_PLAIN_NOTE = re.compile(r"(?P<num>\d{1,3})\s+(?P<text>\S.*)")
_LISTED_NOTE = re.compile(r"(?P<num>\d{1,3})[.)]\s+(?P<text>\S.*)")


def plain_notes(lines: list[Line], bracketed: bool = False, start: int = 1) -> list[Note]:
    """The notes of a block right under a `Notes` heading whose lines are numbered with bare figures,
    1, 2, 3 ... in order (a line with no figure goes on the note above it); [] for a block of any
    other shape (a figure out of order: a table's or a list's, no notes). With `bracketed` (the
    text marks its notes "[1]", "[2]"), lines numbered "1." or "1)" are those notes, the
    bracketed marks' (a review's or an encyclopedia's "Notes" over "1. On the training ...").
    A chapter copied out of a book goes on with the book's count: its notes start at `start`."""
    notes: list[Note] = []
    shape, style = (_LISTED_NOTE, "bracket") if bracketed else (_PLAIN_NOTE, "plain")
    for line in lines:
        m = shape.fullmatch(line.text)
        if m and m.group("num") == str(len(notes) + start):
            label = f"{m.group('num')}." if bracketed else m.group("num")
            notes.append(Note(style, m.group("num"), label, m.group("text")))
        elif notes and not m:
            notes[-1] = notes[-1]._replace(text=join_lines([notes[-1].text, line.text]))
        else:
            return []
    return notes


_BILINGUAL_BAR = re.compile(r"\s+[/|]\s+")


def bilingual_half(text: str) -> str | None:
    """The English half of a line a bilingual page prints in both its languages, one beside the
    other ("PRESS RELEASE / THÔNG CÁO BÁO CHÍ", "JICA Vietnam Office | Văn phòng JICA Việt Nam"):
    the first half, in plain letters, when the second writes letters no English word has. The
    line is what its English half is (a kind's label, a dateline, a body's name); None when the
    line has no such two halves ("Japan / ASEAN", "USAID | JICA")."""
    if len(text) > 160 or text.isascii():
        return None
    halves = _BILINGUAL_BAR.split(text)
    if len(halves) != 2 or not halves[0].isascii() or halves[1].isascii() or not halves[0][:1].isalnum():
        return None
    return halves[0]


def is_dateline(text: str, rules: Rules) -> bool:
    if len(text) > 80:
        return False
    if rules.dateline.fullmatch(text):
        return True
    if text[:1] in "(（" and text[-1:] in ")）" and rules.dateline.fullmatch(text[1:-1].strip()):
        return True  # ("(As of March 2024)" under a sheet's title, in its brackets)
    # (a news outlet the vocabulary knows in brackets after the date: "November 28, 2026 (Mainichi
    # Japan)"; a place there, "6 March 2025 (Tokyo)", makes no dateline)
    return text[-1:] == ")" and (m := _OUTLET_AFTER.fullmatch(text)) is not None and \
        m.group(2).casefold() in rules.outlet_names and bool(rules.dateline.fullmatch(m.group(1)))


_OUTLET_AFTER = re.compile(r"(.*?\S)\s*\(([^()]{2,40})\)")


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def is_labelled_dateline(text: str, rules: Rules) -> bool:
    """`Date of Issue: March 15th, 2024`, `Issue No. 52 | March 2024`, `September 26, 2025 5:40 PM`: a
    date that says what it is, never a heading (a bare `March 2024` may head a chronology's section)."""
    if len(text) > 80:
        return False
    m = rules.dateline.fullmatch(text)
    # (a date with its time of day, "September 26, 2025 5:40 PM GMT+7", is when a page was posted)
    return bool(m and (m.group("label") or m.group("issue") or _CLOCK.search(text)))


def is_placed_dateline(text: str, rules: Rules) -> bool:
    """`Manila, 2024/03/12`: a place and a date, the whole line (text, but never a heading)."""
    return len(text) <= 80 and text[-1:].isdigit() and bool(rules.placed_dateline.fullmatch(text))


WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co)(?:\.[a-z]{2})?$")  # ("Rappler.com": the outlet's name)


_KIND_TAIL = re.compile(r"\s+(?=(?:joint\s+)?(?:press|news|media)\s+(?:release|statement|advisory)s?$)", re.I)
_LOGO_WORD = re.compile(r"[A-Z][A-Z&-]{1,9}")


def body_of_kind_line(text: str, rules: Rules) -> str | None:
    """The body's name before its release's kind on one line ("JETRO Press Release", "METI News
    Release", "ASEAN Secretariat Press Statement"), as a body heads its releases: the body, or None.
    The name is an acronym as its logo prints it, or a body's name (`masthead.organisation_words`)."""
    if len(text) > 80 or " " not in text or text[-1:] not in "eEtTsSyY":  # (Release, Statement, Advisory)
        return None
    parts = _KIND_TAIL.split(text, maxsplit=1)
    if len(parts) != 2 or not rules.kind_label.fullmatch(parts[1]):
        return None
    body = parts[0].strip()
    return body if _LOGO_WORD.fullmatch(body) or (
        word_count(body) <= rules.source_max_words and rules.body_name.fullmatch(body)) else None


def is_known_outlet(text: str, rules: Rules) -> bool:
    """A news outlet the vocabulary knows, its name alone on the line ("The Nation", "The Global New
    Light of Myanmar"), or its site's address as its masthead prints it ("Rappler.com")."""
    return len(text) <= 60 and text[:1].isupper() and WEB_SUFFIX.sub("", text).casefold() in rules.outlet_names


def is_source_line(text: str, rules: Rules) -> bool:
    """A publisher, outlet, agency or byline line: short, no final stop, names a source.

    A line that ends like a lead-in or a clause (`:`, `,`, `;`) is the author's sentence going
    on: "The ministry set three goals:" names a ministry but belongs to the text. A news site
    prints the date and time beside its name ("Philippine Daily Inquirer / 05:05 AM March 15,
    2024"): the name is judged without them, which would make a short name too long.
    """
    if len(text) > 40 * rules.source_max_words or line_end(text) in SENTENCE_END or \
            line_end(text) in _CLAUSE_END:
        return False
    if text[:1] in "EeMmTtFfIiPp" and rules.generic_title.fullmatch(text):
        return False  # ("Ex-Post Evaluation of Japanese ODA Loan Project": the kind of sheet, no publisher)
    if text[:1] in "Ff" and rules.site_tagline.fullmatch(text):  # "From Wikipedia, the free encyclopedia"
        return True
    if text[-1:].isdigit() and any(c in text for c in "/|·•-—–"):
        dated = rules.dated_source.fullmatch(text)
        if dated:
            text = dated.group("name")
    if word_count(text) > rules.source_max_words:
        return (_names_bodies(text, rules) and not is_venue_line(text, rules)) or _names_writers(text, rules) or \
            _staff_writers(text, rules) or is_wire_credits(text, rules)
    if is_venue_line(text, rules):
        return False
    if rules.byline.fullmatch(text) or _writer_of_outlet(text, rules):
        return True
    if rules.source_suffix.search(text):
        return True
    # (a name is written in title case or capitals, its outlet's word with its capital: "Asia News
    # Network"; "Japan opens new trade post in Hanoi", "Daily life changes as Jakarta MRT extends
    # north" and "Nikkei: Japanese companies expand AI research" are headlines in sentence case)
    return any(m.group()[:1].isupper() for m in rules.source_words.finditer(text)) and \
        (text.isupper() or is_title_case(text, rules)) and not reads_as_clause(text, rules)


# A writer's name, then the outlet after a dash, a bar, a comma or in brackets ("Helen Flores - The
# Philippine Star", "Helen Flores, The Philippine Star", "Dian Septiari (The Jakarta Post)"): the
# shape of a byline with no "By"
_WRITER_OUTLET = re.compile(r"(?P<who>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,4})"
                            r"(?:(?: [-–—|/•·] |, )(?P<outlet>[^()]{2,60})| \((?P<inner>[^()]{2,60})\))")


def _writer_of_outlet(text: str, rules: Rules) -> bool:
    """`Helen Flores - The Philippine Star`: a name in capitalised words, then an outlet the
    vocabulary knows (organisations.yml's media): a news page's byline line, whatever words the
    outlet's name holds ("Star" names no source of itself). (The outlet's name alone is no such
    line: a newsletter's or a fund's name over its own page is its masthead or its title.)"""
    m = _WRITER_OUTLET.fullmatch(text)
    if not m:
        return False
    outlet = (m.group("outlet") or m.group("inner")).strip().casefold()
    return outlet in rules.outlet_names and all(w[:1].isupper() for w in m.group("who").split())


def reads_as_clause(text: str, rules: Rules) -> bool:
    """A headline, not a publisher's name, though it holds an outlet's word: "Japan to help Thailand
    build flood warning network" (a clause word after the first, `structure.clause_words`), unless
    the line names an outlet the vocabulary knows ("Special to The Japan Times")."""
    words = text.casefold().split()
    if not any(w in rules.clause_words for w in words[1:]):
        return False
    folded = f" {' '.join(words)} "
    return not any(f" {name} " in folded for name in rules.outlet_names)


def _staff_writers(text: str, rules: Rules) -> bool:
    """`KENJI SATO and DANG THU HA, Nikkei staff writers`: writers named before their outlet's staff
    title, longer than a source line when their names have three words each (Vietnam's, Myanmar's);
    the staff title at the end says what the line is, however many names come before it."""
    return word_count(text) <= 2 * rules.source_max_words and "," in text and bool(rules.staff_byline.fullmatch(text))


# A blog's labels over its writers' names, one or two ("Posted by Written by Jane Tan and ...")
_STACKED_LABELS = re.compile(r"posted\s+by\s+(?:written\s+by\s+)?", re.I)


def is_wire_credits(text: str, rules: Rules) -> bool:
    """`Reporting by Tim Kelly in Tokyo and Karen Lema in Manila; Editing by Kim Coghill`: a wire's
    credits closing its story, longer than a source line may be (the cities the reporters filed
    from); each part between semicolons a labelled credit (furniture.yml `byline`), none "By ...",
    which _names_writers reads."""
    if text[:1] in "Bb" or ";" not in text or word_count(text) > 3 * rules.source_max_words:
        return False
    return all(rules.byline.fullmatch(part.strip()) for part in text.split(";"))


def _names_writers(text: str, rules: Rules) -> bool:
    """`By Jerome Carlo R. Paunan and Lucia F. Broño`: a byline naming writers in full, longer than
    a source line may be; after its label, every word is a name's (capitalised, or an initial) or
    joins two names ("and", "&")."""
    if text[:1] not in "BbPp" or word_count(text) > 2 * rules.source_max_words or not rules.byline.fullmatch(text):
        return False
    text = without_byline_note(text, rules)
    labels = _STACKED_LABELS.match(text)
    words = text[labels.end():].replace(",", " ").split() if labels else text.replace(",", " ").split()[1:]
    if words and words[0] == ":":
        words = words[1:]
    return bool(words) and words[-1] not in ("and", "&") and \
        all(w in ("and", "&") or w[:1].isupper() for w in words)


def _names_bodies(text: str, rules: Rules) -> bool:
    """`International Cooperation Bureau, Ministry of Foreign Affairs of Japan`: a unit and the body
    it belongs to, each a short name of its own (capitalised words, a word naming a body, what it
    is of), joined by commas; longer than one source line, yet a publisher's line. A headline
    naming two bodies goes on after the second ("Ministry of Health, World Bank Launch ..."), and
    "Contact: Office of ..., Ministry of ..." is a "Label: value" line of a contact block."""
    if ", " not in text or ":" in text:
        return False
    parts = text.split(", ")
    return len(parts) <= 3 and all(word_count(part) <= rules.source_max_words and rules.body_name.fullmatch(part)
                                   for part in parts)


def is_venue_line(text: str, rules: Rules) -> bool:
    """`Press Conference Room, Ministry of Foreign Affairs`, `Venue: Hotel Okura Tokyo`: where an
    event is held. A place, not a publisher (though it names one) and no heading."""
    return len(text) <= 100 and ("," in text or ":" in text) and bool(rules.venue.fullmatch(text))


def dated_source(text: str, rules: Rules) -> bool:
    """An outlet's name and the story's date on one line ("Philippine Daily Inquirer / 04:36 AM
    November 28, 2024"): the header's, never a photo's credit (a credit carries no date)."""
    return any(c.isdigit() for c in text) and rules.dated_source.fullmatch(text) is not None


def is_publisher_line(text: str, rules: Rules) -> bool:
    return is_source_line(text, rules) and not rules.byline.fullmatch(text)


class HeaderField(NamedTuple):
    """One field of a header's metadata line (see `header_fields`)."""

    kind: str  # date | kind | source | byline | note | sections
    text: str  # the field as written, its label included
    value: str  # a source's or a writer's name without its label; else the text
    labelled: bool = False  # the field says what it is ("Posted:", "Source:", "by ...")
    updated: bool = False  # a date under an update label ("Updated: 3 May 2024")


# A metadata line is short, holds a figure (its date) and a separator: the cheap test before splitting.
_FIELDS_MAX_CHARS = 160
_NAME_END = SENTENCE_END | frozenset(":,;：、")  # a name that ends like a sentence or a clause is none
_FIELDS_MAX_PARTS = 6
_BY = re.compile(r"^.*?\bby\s*:?\s+", re.I)  # a byline's label, before the name
_DIGIT = re.compile(r"\d")
# A name among the fields: words of letters (no figure), at most `_NAME_MAX_WORDS`, in title case or capitals.
_NAME_WORD = r"[^\W\d_]+(?:[.'’&-][^\W\d_]+)*\.?"  # ("Phnom", "JICA", "Timor-Leste", "St.")
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_NAME_MAX_WORDS = 4
_SECTIONS = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:\s*[/>|»]\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}){{0,3}}")
# The site's sections a wire's header line ends with, after its outlet and date ("KYODO NEWS - Mar 6,
# 2025 - 18:42 | World, All"): short names parted by commas.
_SECTION_LIST = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}){{0,5}}")


_PUBLISHED_AFTER = re.compile(r"(?:published|posted)\s", re.I)


def _header_field(text: str, rules: Rules, joined: bool = False, names: bool = False) -> HeaderField | None:
    """What one part of a metadata line is, or None when it is none of the fields. Parts `joined`
    with their separators are one date ("2 May 2024 | 08:15 ICT") or one breadcrumb of kind
    labels ("News | Press Releases"), never a name. With `names`, a short name that is none of
    them ("Phnom Penh", "JICA": a place or a body, cleaning cannot tell) is a field too."""
    if len(text) <= 80 and any(c.isdigit() for c in text):
        m = rules.dateline.fullmatch(text)
        if m:
            label = m.group("label") or ""
            return HeaderField("date", text, text, bool(label or m.group("issue")),
                               bool(label and rules.updated_label.match(label)))
    if len(text) <= 40 and rules.kind_label.fullmatch(text):
        return HeaderField("kind", text, text)
    if len(text) <= 42 and text[:1] in "[【" and text[-1:] in "]】" and rules.kind_label.fullmatch(text[1:-1].strip()):
        return HeaderField("kind", text, text[1:-1].strip())  # ("[Press Release] May 13, 2024": its label in brackets)
    m = rules.field_kind_label.match(text)
    if m and len(text) - m.end() <= 40 and (rules.kind_label.fullmatch(text, m.end()) or (
            _SECTIONS.fullmatch(text, m.end()) and is_title_case(text[m.end():], rules))):
        # (the label says what follows is the page's section, whatever its name: "Category:
        # Training / Scholarships", its parts joined by a separator as a breadcrumb's are)
        return HeaderField("kind", text, text[m.end():], True)
    if joined:
        return None
    if rules.field_note.fullmatch(text):
        return HeaderField("note", text, text)
    m = rules.field_source_label.match(text)
    name = text[m.end():].strip() if m else ""
    if name and word_count(name) <= rules.source_max_words and line_end(name) not in _NAME_END:
        return HeaderField("source", text, name, True)
    m = rules.field_byline_label.match(text)
    if m or rules.byline.fullmatch(text):
        name = text[m.end():].strip() if m else _BY.sub("", text, count=1)
        # (a name holds no separator: "Pedro Peduzzi - Reporter for ..." is the name, then the post;
        # nor opens with a preposition: "Reporter for Agência Brasil" is a post, not a label's name)
        if not name or word_count(name) > rules.source_max_words or line_end(name) in _NAME_END or \
                " - " in name or name.split(" ", 1)[0] in _POST_PREPOSITIONS:
            return None
        # "by Embassy of Japan in Cambodia": a publisher, not a writer
        return HeaderField("source" if is_publisher_line(name, rules) else "byline", text, name, True)
    if is_source_line(text, rules):
        return HeaderField("source", text, text)
    if len(text) <= 80 and text[:1] in "Pp" and rules.photo_credit.fullmatch(text):
        # the photographer's credit beside the writer's ("Text by ... / Photos by Tran Van Minh /
        # 15 May 2024"): a note of the byline, no source of the page
        return HeaderField("note", text, text)
    if names and len(text) <= 40 and _NAME.fullmatch(text) and word_count(text) <= _NAME_MAX_WORDS and \
            is_title_case(text, rules):
        return HeaderField("name", text, text)
    return None


def header_fields(text: str, rules: Rules, names: bool = False) -> tuple[HeaderField, ...] | None:
    """The fields of a web page's metadata line ("Posted: 2024-05-02 | Source: Embassy of Japan in
    Cambodia", "May 2, 2024 | News | Embassy of Japan in Cambodia", "Posted on May 2, 2024 by
    ..."), or None when the line is not one: two fields or more, parted by the `header_fields`
    separators of furniture.yml, each a date, a kind label, a source, a byline or a note (a reading
    time, a count of comments), and one of them a date. A part that is none of them (a sentence's
    words, a heading's) makes the line no metadata line. Parts are read longest first, so that a
    dateline holding a separator ("2 May 2024 | 08:15 ICT", "Issue No. 52 | March 2024") is one
    date. With `names`, a short name is a field too (see `is_named_dateline`)."""
    if len(text) > _FIELDS_MAX_CHARS or not _DIGIT.search(text):
        return None
    cuts = [(m.start(), m.end()) for m in rules.field_separator.finditer(text) if m.start() and m.end() < len(text)]
    if not cuts or len(cuts) >= _FIELDS_MAX_PARTS:
        return None
    starts = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(text)]
    fields: list[HeaderField] = []
    i, n = 0, len(starts)
    while i < n:
        for j in range(n, i, -1):
            field = _header_field(text[starts[i]:ends[j - 1]].strip(), rules, j - i > 1, names)
            if field:
                fields.append(field)
                i = j
                break
        else:
            part = text[starts[i]:ends[i]].strip()
            if i == 0 and bare_names(part) and (_PUBLISHED_AFTER.match(text, starts[1]) or (
                    text[ends[0]:starts[1]].strip() == "|" and is_dateline(text[starts[1]:].strip(), rules))):
                # "Khaleeq Kiani Published March 5, 2025 ...": the writer's bare name before the
                # labelled date, as a byline with no "By" (a name alone is no field: a place's?);
                # so before a date alone, a bar between ("Lazarus Amukeshe | 14 October 2026"), its
                # reading time after it too ("Collins Mwai | May 12, 2026 | 4 min read")
                fields.append(HeaderField("byline", part, part))
                i = 1
                continue
            if fields and fields[-1].kind == "byline" and i + 1 >= n - 1 and _writer_post(part, rules):
                # "... By Pedro Peduzzi - Reporter for Agência Brasil - Brasília": the writer's post
                # after the byline, the city last (notes of the byline, no field of their own)
                rest = text[starts[i + 1]:].strip() if i + 1 < n else ""
                if rest and not _CITY.fullmatch(rest):
                    return None
                fields.append(HeaderField("note", text[starts[i]:].strip(), part))
                i = n
                continue
            if i != n - 1 or not _site_sections(text[starts[i]:], fields, rules):
                return None
            fields.append(HeaderField("sections", text[starts[i]:], text[starts[i]:]))
            i = n
    if len(fields) < 2 or not any(f.kind == "date" for f in fields):
        return None
    return tuple(fields)


_POST_PREPOSITIONS = frozenset({"for", "at", "of", "with"})  # (a post's outlet after it: "Reporter for ...")
# A city's name after a writer's post: one to three capitalised words, no figure
_CITY = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,2}")
_POST_OF = re.compile(r"(?P<post>.+?)\s+(?:for|at|of|with)\s+\S.{0,60}")


def _writer_post(text: str, rules: Rules) -> bool:
    """A writer's post, alone or with the outlet it is held at ("Reporter", "Reporter for Agência
    Brasil", "Correspondent at Kyodo News")."""
    m = _POST_OF.fullmatch(text)
    return bool(rules.byline_role.fullmatch(text) or (m and rules.byline_role.fullmatch(m.group("post"))))


def _site_sections(text: str, before: list[HeaderField], rules: Rules) -> bool:
    """Whether the last part of a metadata line is the site's sections ("World, All"), after the
    outlet and the date ("KYODO NEWS - Mar 6, 2025 - 18:42 | World, All"): each section a short
    name in title case. Without the outlet's name before them, the names may be a place's
    ("May 2, 2024 | Phnom Penh, Cambodia"), which stays in the text, unless each is one of a
    site menu's items, no place's name ("09:40, 3 June 2026 | ECONOMY")."""
    kinds = {f.kind for f in before}
    if "date" not in kinds or _SECTION_LIST.fullmatch(text.strip()) is None or \
            not all(word[0].isupper() for word in text.split()):
        return False
    return "source" in kinds or all(rules.menu_item.fullmatch(part.strip()) for part in text.split(","))


def is_named_dateline(text: str, rules: Rules) -> bool:
    """A date beside a short name, no field saying what the name is ("Thursday, May 2, 2024 |
    Phnom Penh", "02/05/2024 | JICA"): a place or a publisher, as "Manila, 2024/03/12" names its
    place. Like such a placed dateline, it stays in the text (marked as a dateline), never a
    heading, and extraction reads its date; only a line of known fields leaves the text."""
    if len(text) > _FIELDS_MAX_CHARS or not _DIGIT.search(text):
        return False
    fields = header_fields(text, rules, names=True)
    return bool(fields) and any(f.kind == "name" for f in fields)


def is_header_fields_line(text: str, rules: Rules) -> bool:
    """A metadata line of fields (see `header_fields`): a short line with a figure, the cheap gate."""
    return len(text) <= _FIELDS_MAX_CHARS and _DIGIT.search(text) is not None and \
        header_fields(text, rules) is not None


def title_like(text: str, rules: Rules) -> bool:
    """A headline: short, not ending like a sentence or a lead-in."""
    return ends_like_heading(text) and 0 < word_count(text) <= rules.title_max_words


def in_capitals(text: str) -> bool:
    """A line set in capitals, an honour's or a degree's letters in it aside ("PhD"): nine in ten of
    its letters capitals, and more than a few of them."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def headline_like(text: str, rules: Rules) -> bool:
    """A document's title line: `title_like`, or a longer headline with its subtitle after a
    colon, the part before it a heading in title case ("Signing of Japanese ODA Loan Agreement
    with the Republic of Türkiye: Supporting the recovery of ...")."""
    if not any(c.isalpha() for c in text):  # ("3 / 12", a gallery's counter over the headline)
        return False
    if title_like(text, rules):
        return True
    if in_capitals(text) and ends_like_heading(text) and word_count(text) <= 2 * rules.headline_max_words:
        # an agreement's or a speech's title in capitals, however long its occasion makes it ("SPEECH BY
        # H.E. WILLIAM SAMOEI RUTO, PhD, C.G.H., PRESIDENT OF ... DURING THE ... FORUM ..., 21ST AUGUST
        # 2025"): no lede is set in capitals
        return True
    if not ends_like_heading(text) or word_count(text) > rules.headline_max_words:
        return False
    if ": " not in text:
        return False
    head, _, tail = text.partition(": ")
    return 3 <= word_count(head) <= rules.heading_max_words and word_count(tail) >= 2 and is_title_case(head, rules)


def stacked_title(texts: list[str], rules: Rules) -> str | None:
    """An agreement's title printed in capitals over lines, a word joining the parties alone on a
    line between them ("MEMORANDUM OF COOPERATION" / "BETWEEN" / "THE GOVERNMENT OF JAPAN" / "AND"
    / ...): the lines as one title; None for any other block (a one-line title in capitals too)."""
    if len(texts) < 3 or not all(t.isupper() for t in texts) or \
            not any(rules.title_join.fullmatch(t) for t in texts[1:-1]):
        return None
    title = join_lines(texts)
    return title if word_count(title) <= rules.headline_max_words and ends_like_heading(title) else None


def _exclaims(text: str) -> bool:
    """A line ending in `!` or `?` ("Welcome, Everyone!", "Why Does It Matter?") is said to the
    reader: a sentence, never an unmarked heading."""
    return line_end(text) in "!?！？"


EDIT_MARKER = "[edit]"  # the kind of a wiki's section heading, told by its edit link


def heading_kind(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> tuple[str, str] | None:
    """(marker kind, heading text) when a block is a section heading, else None (see `_heading_shape`).

    A labelled date ("Date of Issue: ...") or a venue ("Conference Hall, ...") has a heading's
    shape but is text; they are rare, so they are looked for only in a line of that shape."""
    kind = _heading_shape(lines, nxt, rules)
    if kind and (is_labelled_date_or_venue(lines[0].text, rules) or is_metadata_field(lines[0].text, rules) or
                 kind[0] == "plain" and (rules.byline.fullmatch(lines[0].text) or is_speaker_line(lines[0].text, rules))):
        # ("Written by Dewi Lestari" over the writer's biography: who wrote, no section; "Prime
        # Minister Kishida" over his words in a transcript: who speaks, no section)
        return None
    return kind


def is_speaker_line(text: str, rules: Rules) -> bool:
    """A speaker's title or honorific and name alone on a line ("Prime Minister Kishida", "Mr.
    HAYASHI:"), as a transcript sets them over the words (clean_rules._speaker_line)."""
    # (a cheap gate first: most lines end with a stop or run longer)
    return len(text) <= 80 and text[:1].isupper() and (text[-1:].isalpha() or text[-1:] in ":：") and \
        rules.speaker_line.fullmatch(text) is not None


def is_labelled_date_or_venue(text: str, rules: Rules) -> bool:
    """`Date of Issue: March 15th, 2024`, `Conference Hall, Ministry of ...`: a labelled dateline or a
    venue, text though shaped like a heading. Each has a comma, a colon or a final figure: a cheap
    gate before their patterns (a paragraph is longer than any of them)."""
    if len(text) > 100:
        return len(text) <= _FIELDS_MAX_CHARS and _labelled_fields(text, rules)
    return (text[-1:].isdigit() or "," in text or ":" in text) and \
        (is_labelled_dateline(text, rules) or is_venue_line(text, rules)) or _labelled_fields(text, rules)


def is_metadata_field(text: str, rules: Rules) -> bool:
    """`Language: English`, `Format: Online (Zoom)`: a metadata label (furniture.yml `field_labels`),
    a colon and its value, a field of the text though its value is in title case ("Climate Change: A
    Shared Concern", whose head is no such label, is a heading). Only a line with a colon is tried."""
    return (":" in text or "：" in text) and rules.field_line.fullmatch(text) is not None


def _labelled_fields(text: str, rules: Rules) -> bool:
    """A metadata line of fields (`header_fields`), one of which says what it is ("Posted: 2 May
    2024 | Source: ...", "May 2, 2024 by ..."): text, never a heading, wherever it stands. (Unlabelled,
    "Events - May 2024" may head a newsletter's section.)"""
    fields = header_fields(text, rules, names=True)  # (labelled, a short name beside it is a field too)
    return bool(fields) and any(f.labelled for f in fields)


# A section numbered by a Roman numeral or a capital letter, its title after it opening with a
# capital and of three words or more for a letter, no other initial in it ("A. Nakamura", "A.
# Nakamura and B. Tanaka" are names).
_LETTERED = re.compile(r"(?:(?P<roman>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))|[A-H])\.\s+"
                       r"(?(roman)[A-Z][^;]*|(?!.*\b[A-Z]\.\s)[A-Z]\S*(?:\s+\S+){2,})")
# "Application Form (Word, 215KB)": a link to a file, its format and size (text, never a heading)
_FILE_LINK = re.compile(r"\((?:pdf|word|docx?|excel|xlsx?|pptx?|zip|csv)[,:]?\s*[\d.,]+\s?[kmg]i?b\)", re.I)
# "Course No.: 202484512-J001", "Overall Rating: B (1)": a label without a figure and a value of a
# few tokens, one of them a figure (a number, a code, a grade's note); a heading's title after its
# colon is words ("Goal 3: Health", "Session 1: Quality Infrastructure")
_CODE_LINE = re.compile(r"[^:\d]{1,40}:\s*(?=[^:]*\d)[^\s:]+(?:\s+[^\s:]+){0,2}")
# A label, then a value holding a figure ("Japanese direct investment: US$4.6 billion (2023, BKPM)");
# a heading's title after its colon is words ("Goal 3: Health")
FIGURE_VALUE = re.compile(r"[^:]{1,80}:\s*[^:\d]{0,12}\d.*")
_TIMESTAMP_STARTS = frozenset("[(0123456789")  # what a time code opening a line starts with (a cheap gate)
# A social post's hashtags on a line of their own ("#JICA #Mongolia #ODA"): the writer's words, kept
# as text, but they name no section
_HASHTAGS = re.compile(r"#[^\W_][\w-]*(?:\s+#[^\W_][\w-]*)*")


def _heading_shape(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> tuple[str, str] | None:
    """(marker kind, heading text) when a block has the shape of a section heading, else None.

    A heading is one short line with no final stop, followed by a block that is not a list
    (a line leading into a list is the list's lead-in sentence), unless it is a Title Case line
    without marker or with a heading glyph, which names the list. Kinds: a heading glyph,
    `1.` at the margin, `(1)` with a title-case title, or a title-case line without marker.
    """
    if len(lines) > 2 or nxt is None:
        return None
    line = lines[0]
    text = line.text
    if len(lines) == 2 and lines[0].text[-1:].isalnum() and rules.article_label.fullmatch(lines[0].text) and \
            ends_like_heading(lines[1].text) and word_count(lines[1].text) <= rules.heading_max_words and \
            is_title_case(lines[1].text, rules):
        # "Article 1" / "Objective": an agreement's article over its title, one heading
        return "article", f"{lines[0].text} {lines[1].text}"
    if len(lines) != 1:
        return None
    edit = rules.edit_marker.search(text) if text[-1] == "]" else None
    if edit and word_count(text) <= rules.marked_heading_max_words + 2:
        return EDIT_MARKER, text[:edit.start()]  # "See also[edit]": a wiki's section, whatever its case
    if not ends_like_heading(text) or word_count(text) > rules.marked_heading_max_words + 1 or text.isdigit():
        return None  # (a figure alone, "312", a post's count of claps, heads nothing)
    if is_placed_dateline(text, rules) or yearless_dateline(text, rules) or is_aside(text) or \
            rules.qa_label.match(text) or (text[:1] in _TIMESTAMP_STARTS and rules.timestamp.match(text)) or \
            (text[0] == "#" and _HASHTAGS.fullmatch(text)) or (".-" in text and rules.speaker_turn.match(text)):
        # a dateline, a stage direction, an FAQ's question, a transcript's turn opening with
        # its time ("[00:00:00] [Music]") or its speaker ("HON. MEMBER.- (Inaudible)") or a
        # post's hashtags: text
        return None
    if leads_into_list(nxt, rules):
        # A lead-in reads as the start of a sentence ("The main activities are:"); a short
        # Title Case line ("Project Activities", "● Outputs" as canonical text writes it) names
        # the list below it. A bullet item's words are rarely Title Case.
        m = glyph_heading(line, rules)
        name = _glyph_heading_text(m) if m else text
        number = rules.section_number.fullmatch(text)
        # (a label and its code or figure, "Reference No.: JICA-LKA-2025-017", names no list under it:
        # a field, as it is over prose)
        if (m or not (line.indent or number or _exclaims(text) or _CODE_LINE.fullmatch(text))) and \
                word_count(name) <= rules.heading_max_words and is_title_case(name, rules):
            # (a lettered section's heading over a list keeps its letter's level: "C. Detailed Tasks")
            return (m.group("glyph"), name) if m else _lettered_kind(text, rules) or ("plain", text)
        if m and nxt[0].text[:1] != text[:1]:  # `■ Main results` above `1.` items: no item of theirs
            return m.group("glyph"), _glyph_heading_text(m)
        # `2. Title` above items numbered from 1 again, `(3) Priority areas` or `3. Major projects`
        # above bullets, or `③ Title`: a numbered section's heading, read by the rules below; any
        # other line is the list's lead-in.
        # (`3. Major projects` above bullets at its margin, not under it: a section's heading too)
        if not (number and not line.indent and (number.group("number")[0] in CIRCLED_NUMBERS or (
                number.group("number")[0].isdigit() and numbered_from_one(nxt, rules)) or (
                number.group("number")[0] in "(0123456789" and number.group("text")[:1].isupper() and
                not _numbered(nxt[0], rules) and (number.group("number")[0] == "(" or not nxt[0].indent)))):
            return None
    m = glyph_heading(line, rules)
    if m:
        return m.group("glyph"), _glyph_heading_text(m)
    if line.indent:
        return None
    m = rules.section_number.fullmatch(text)
    if m:
        rest = m.group("text")
        if word_count(rest) > rules.marked_heading_max_words:
            return None
        if m.group("number")[0] in CIRCLED_NUMBERS:  # marks a section as a glyph does, whatever the case
            return "①", text
        if ":" in rest and FIGURE_VALUE.fullmatch(rest):
            return None  # "3. Japanese direct investment: US$4.6 billion (2023)": a field, numbered
        if m.group("number").startswith("("):
            # ("(1) Strengthening health systems" over its section's prose heads it too, as
            # translated white papers write their sections; over another short line it is an item)
            # (over bullets, only a short name without a clause: "(3) Priority areas", not "(2) The
            # Centre has such programs, including")
            # (or over its sentence set in under it: "(3) Contribution to international organizations"
            # / "  Japan contributes to ...", read as at the margin)
            return ("(n)", text) if is_title_case(rest, rules) or (rest[:1].isupper() and (
                _heads_prose(nxt, rules) or _heads_set_in_prose(nxt, rules) or
                ("," not in rest and _heads_lead_in(nxt, rules)) or (leads_into_list(nxt, rules) and not _numbered(nxt[0], rules) and
                                             "," not in rest and word_count(rest) <= rules.subheading_max_words))) \
                else None
        return ("n.", text) if WORD.search(rest) and (rest[0].isupper() or _NO_SPACE_SCRIPT.match(rest[0])) else None
    if _CODE_LINE.fullmatch(text) or _FILE_LINK.search(text):
        return None
    lettered = _lettered_kind(text, rules)
    if lettered:
        return lettered
    # (a semicolon parts clauses or the items of a list, "JEL Classification: F13; F35; L63": a
    # heading names its section and has none)
    if word_count(text) <= rules.heading_max_words and is_title_case(text, rules) and not _exclaims(text) and \
            ";" not in text:
        return "plain", _unbulleted(text, rules)
    return None


def _unbulleted(text: str, rules: Rules) -> str:
    """A heading's words without the bullet its writer marked it with ("• Heading Words", "・見出し"):
    the glyph marks the line, as `■` does, and is no word of its title."""
    if text[:1] in rules.bullet_glyphs and text[1:2].isspace():
        return text[2:].lstrip()
    return text[1:] if text[:1] in rules.tight_bullet_glyphs and len(text) > 1 else text


# A sentence's end inside a paragraph: a stop (after any closing quote or bracket), then a space or the end.
_SENTENCE_STOP = re.compile(r"[.!?。．！？][\"'”’)）]*(?=\s|$)")


def _lettered_kind(text: str, rules: Rules) -> tuple[str, str] | None:
    """("I." or "A.", text) for "II. Result of the Evaluation", "A. Technical cooperation for
    vocational education": a report's or a paper's sections by Roman numeral and by letter, each
    numbering a level of its own (a heading in sentence case too, as papers write them)."""
    m = _LETTERED.fullmatch(text)
    if m and word_count(text) <= rules.heading_max_words and not _exclaims(text):
        return ("I." if m.group("roman") else "A."), text
    return None


_SHORT_LETTERED = re.compile(r"(?P<letter>[A-H])\.\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+)?")


def lettered_sibling(text: str, blocks: list[list[Line]], rules: Rules) -> bool:
    """Whether a short line opening with a letter and its stop ("A. Background": a letter's title
    of a word or two, maybe an initial and a name) heads a lettered section: a heading by the
    next letter or the one before stands alone among the blocks ("B. Scope of Work")."""
    m = _SHORT_LETTERED.fullmatch(text)
    if not m:
        return False
    code = ord(m.group("letter"))
    siblings = {f"{chr(code + 1)}. ", f"{chr(code - 1)}. "}
    return any(len(b) == 1 and b[0].text[:3] in siblings and _lettered_kind(b[0].text, rules) is not None
               for b in blocks)


_LEAD_IN_MIN_WORDS = 8  # (a sentence leading into a list, not a label: "Main projects:")


def _heads_lead_in(nxt: list[Line], rules: Rules) -> bool:
    """Whether a block is a sentence at the margin leading into what follows, its colon last
    ("Japan's approach to cooperation with ASEAN on critical minerals has three pillars:"): the
    section's prose, as a paragraph is."""
    return not nxt[0].indent and nxt[0].text[:1].isupper() and line_end(nxt[-1].text) == ":" and \
        not is_list_line(nxt[0], rules, strict=False) and \
        word_count(join_lines([ln.text for ln in nxt])) >= _LEAD_IN_MIN_WORDS


def _heads_set_in_prose(nxt: list[Line], rules: Rules) -> bool:
    """Whether a block is a paragraph every line of which is set in by as much, as a fact sheet sets
    a part's text under its numbered title ("  Japan contributes to the Food and Agriculture ...")."""
    return bool(nxt[0].indent) and all(ln.indent == nxt[0].indent for ln in nxt) and \
        nxt[0].text[:1].isupper() and _heads_prose([Line(0, ln.text) for ln in nxt], rules)


def _heads_prose(nxt: list[Line], rules: Rules) -> bool:
    """Whether a block is prose: at the margin, not a list's line, its last line ending a sentence
    (a list's items parted by blank lines are none)."""
    if len(nxt) == 1 and rules.unit_note.fullmatch(nxt[0].text):
        return True  # (a table's title over its unit: the title heads the table)
    # (a printed paragraph's first line indented, the others at the margin, is prose too)
    return (not nxt[0].indent or first_line_indented(nxt)) and not is_list_line(nxt[0], rules, strict=False) and \
        line_end(rules.markers.sub("", nxt[-1].text).rstrip()) in SENTENCE_END and (len(nxt) > 1 or len(nxt[0].text) > rules.wrap_max_chars // 2)


def is_sentence_subheading(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> bool:
    """A short line in sentence case alone between blank lines ("Supporting supply chain
    diversification"), no final stop, over a paragraph of several sentences, a block of "Label:
    value" lines or a table."""
    if len(lines) != 1 or nxt is None or not _subheading_shape(lines[0], rules) or leads_into_list(nxt, rules):
        return False
    texts = [ln.text for ln in nxt]
    # (over a "Date: ... / Venue: ..." block or a table, a line names what they hold: an event's
    # name in a newsletter, "Programme (tentative)" over its time table; over an interviewer's
    # question, "Q: What does Vietnam need most?", it names that part of the interview)
    return len(_SENTENCE_STOP.findall(join_lines(texts))) >= 2 or is_label_block(texts, rules) or \
        table_rows(nxt) is not None or _asks(texts[0], rules)


def _asks(text: str, rules: Rules) -> bool:
    """Whether a line is an interviewer's question after its label ("Q: What ...?", "Question 2: ...")."""
    m = rules.qa_label.match(text) if text[:1] == "Q" else None
    return m is not None and m.group("question") is not None


def crosshead_between_paragraphs(prev: list[Line], lines: list[Line], nxt: list[Line], rules: Rules) -> bool:
    """A phrase in sentence case alone between two paragraphs of prose, of three words or more, no
    stop or comma in it ("What made the difference"), over three sentences or more: a crosshead,
    even the only one in its text. A paragraph of one phrase ends with its stop, and a line in
    title case there may be a speaker's name over their words ("Prime Minister Kishida")."""
    text = lines[0].text
    return is_sentence_subheading(lines, nxt, rules) and word_count(text) >= 3 and \
        not any(c in text for c in ".,;()") and not is_title_case(text, rules) and \
        line_end(prev[-1].text) in SENTENCE_END and _heads_prose(prev, rules) and \
        len(_SENTENCE_STOP.findall(join_lines([ln.text for ln in nxt]))) >= 3


def is_glued_crosshead(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> bool:
    """A line of a subheading's shape (see `is_sentence_subheading`) over prose of one sentence or
    more, no greeting: what a news page's crosshead over its paragraph is."""
    return len(lines) == 1 and nxt is not None and _subheading_shape(lines[0], rules) and \
        word_count(lines[0].text) <= 5 and "," not in lines[0].text and \
        not rules.greeting.fullmatch(lines[0].text) and not leads_into_list(nxt, rules) and _heads_prose(nxt, rules)


# A sentence ending inside a line: "? ", ". " or "! " before more words.
_INNER_STOP = re.compile(r"[.?!][\"'”’)]?\s+\S")


def is_asked_crosshead(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> bool:
    """A short question alone on its line, copied right over the paragraph that answers it ("What is
    the Africa Kaizen Initiative?" over "The Africa Kaizen Initiative was launched in 2017 ..."): a
    section's title asked, as a fact sheet asks its first one. No label opens it (an FAQ's "Q1.", a
    speaker's "Reporter:"), and it holds no other sentence. The caller asks it only of a line copied
    over its paragraph with no blank line, in a text whose other section titles are copied so."""
    if len(lines) != 1 or nxt is None:
        return False
    text = lines[0].text
    return text[-1:] == "?" and not lines[0].indent and text[:1].isupper() and ":" not in text and \
        2 <= word_count(text) <= rules.subheading_max_words and not _INNER_STOP.search(text) and \
        not rules.qa_label.match(text) and not is_list_line(lines[0], rules, strict=False) and _heads_prose(nxt, rules)


def _subheading_shape(line: Line, rules: Rules) -> bool:
    """A short line at the margin opening with a capital, no final stop, of two words or more, and
    none of the lines shaped so that are text (a dateline, an aside, a byline, a credit, a field)."""
    text = line.text
    if line.indent or len(text) > rules.wrap_max_chars or not text[:1].isupper() or not ends_like_heading(text) or \
            not 2 <= word_count(text) <= rules.subheading_max_words or \
            _exclaims(text) or is_aside(text) or is_placed_dateline(text, rules) or yearless_dateline(text, rules) or \
            is_list_line(line, rules, strict=False) or rules.qa_label.match(text) or rules.byline.fullmatch(text) or \
            rules.caption_label.fullmatch(text) or rules.photo_credit.fullmatch(text) or \
            is_labelled_date_or_venue(text, rules) or is_metadata_field(text, rules):
        return False
    return True


def label_over_sentence(block: list[Line], rules: Rules) -> bool:
    """A block of two lines, a short label of a crosshead's shape over one whole sentence at the
    margin ("Overall Goal" / "The cybersecurity of ... is strengthened."), as its siblings stand
    over longer paragraphs. The caller reads it so only beside such siblings: alone, a label over
    one sentence may be that sentence's first words ("Article 5" / "The parties will meet ...")."""
    if len(block) != 2 or len(block[0].text) > rules.wrap_max_chars // 2:
        return False
    label, text = block
    return ":" not in label.text and word_count(label.text) <= 5 and _subheading_shape(label, rules) and \
        not text.indent and text.text[:1].isupper() and line_end(text.text) in SENTENCE_END and \
        ". " not in text.text and not is_list_line(text, rules, strict=False)


# After a writer's name in a paper's byline, the mark of the note that gives the writers' posts
# ("Kei Nakamura and Sarah Lim*", "Kei Nakamura† and Sarah Lim‡"): no letter of the name
AUTHOR_MARKS = re.compile(r"(?<=\w)[*†‡]+")


def label_over_list(label: list[Line], items: list[Line], rules: Rules) -> bool:
    """A short label of a crosshead's shape right over a list of two items or more, no blank line
    between ("Outputs" / "1. The capacity of ..." / "2. ..."), as a project page's sections are
    copied; a lead-in ends with its colon ("The project has three outputs:") and is none."""
    # (a label of one word too: "Outputs", as "Background" heads its paragraph)
    head = label[0] if len(label) == 1 else None
    return head is not None and len(items) >= 2 and not head.indent and len(head.text) <= rules.wrap_max_chars // 2 and \
        head.text[:1].isupper() and ":" not in head.text and ends_like_heading(head.text) and \
        word_count(head.text) <= 5 and not is_list_line(head, rules, strict=False) and \
        all(is_list_line(ln, rules, strict=False) for ln in items)


def sentence_subheadings(blocks: list[list[Line]], rules: Rules) -> set[int]:
    """The blocks that are subheadings in sentence case: lines of that shape (see
    `is_sentence_subheading`) that come back through the document, two or more of them (a single
    such line may be a paragraph of one phrase; a pattern that repeats is the author's layout).
    A line above a list stays its lead-in or its own paragraph ("Key outcomes")."""
    found = {k for k in range(len(blocks) - 1) if len(blocks[k]) == 1 and
             is_sentence_subheading(blocks[k], blocks[k + 1], rules) and
             (k == 0 or line_end(blocks[k - 1][-1].text) not in _CLAUSE_END)}
    # (one such line is enough where two unmarked headings of a word or in title case stand apart
    # in the same text, "Background" and "Objectives" over "Activities and progress": the author's
    # section titles, some of them in sentence case)
    if not found or (len(found) < 2 and _plain_headings(blocks, rules) < 2):
        return set()
    # Where that pattern holds, a sibling of theirs may head a paragraph of one sentence ("Looking
    # ahead" over "The Government of Bangladesh plans to expand ..."): a phrase in sentence case
    # of two words or more, no comma, over prose at the margin after a sentence's end.
    return found | {k for k in range(1, len(blocks) - 1) if k not in found and len(blocks[k]) == 1 and
                    sibling_subheading(blocks[k - 1], blocks[k][0], blocks[k + 1], rules)}


def _plain_headings(blocks: list[list[Line]], rules: Rules) -> int:
    """How many blocks are unmarked headings in title case (see `heading_kind`), up to two."""
    count = 0
    for k in range(len(blocks) - 1):
        if len(blocks[k]) == 1 and (kind := heading_kind(blocks[k], blocks[k + 1], rules)) and kind[0] == "plain":
            count += 1
            if count == 2:
                break
    return count


_NUMBERED_STARTS = frozenset("(0123456789")
_SIBLING_MIN_WORDS = 10  # (the sentence a sibling subheading heads: a paragraph's, not a caption's)


def sibling_subheading(prev: list[Line], line: Line, nxt: list[Line], rules: Rules) -> bool:
    """A line of a subheading's shape between a sentence's end and a paragraph of one sentence (see
    `sentence_subheadings`)."""
    text = line.text
    # (over a numbered paragraph, "(1) Strengthening the Free and Open Indo-Pacific: ...", a line
    # heads that list of points only as a lead-in may: the strict rule's to judge)
    return _subheading_shape(line, rules) and word_count(text) >= 2 and "," not in text and \
        nxt[0].text[:1] not in _NUMBERED_STARTS and \
        not is_title_case(text, rules) and line_end(prev[-1].text) in SENTENCE_END and \
        not leads_into_list(nxt, rules) and _heads_prose(nxt, rules) and \
        word_count(join_lines([ln.text for ln in nxt])) >= _SIBLING_MIN_WORDS


# A part of a programme or a series named by its label and number before a colon ("Session 1:",
# "Part II:", "Panel A:")
_NUMBERED_LABEL = re.compile(r"([A-Z][a-z]{2,15}) (\d{1,2}|[IVX]{1,4}|[A-H])\s?:\s+\S")


def asked_sibling_heading(blocks: list[list[Line]], k: int, rules: Rules) -> bool:
    """Whether block `k` is a heading asking its question ("Session 1: Where do ASEAN SMEs
    stand?") among headings of its label and another number ("Session 2: Case studies ..."): the
    programme's parts, the question its part's title. A line ending in "?" is a sentence
    otherwise; so it is when no sibling is a heading (an FAQ's "Question 2: ...?" lines)."""
    text = blocks[k][0].text
    m = _NUMBERED_LABEL.match(text)
    if not m or len(blocks[k]) != 1 or blocks[k][0].indent or k + 1 >= len(blocks) or \
            word_count(text) > rules.marked_heading_max_words + 1:
        return False
    for j, block in enumerate(blocks):
        other = block[0].text
        if j == k or len(block) != 1 or not other.startswith(m.group(1)) or j + 1 >= len(blocks):
            continue
        n = _NUMBERED_LABEL.match(other)
        if n and n.group(1) == m.group(1) and n.group(2) != m.group(2) and not _exclaims(other) and (
                heading_kind(block, blocks[j + 1], rules) or is_sentence_subheading(block, blocks[j + 1], rules)):
            return True
    return False


def _titles_list(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> bool:
    """A short line at the margin, opening with a capital and with no final stop or colon, right
    over a list of bullets: a slide's title over its points ("Japan's approach" / "• ..."), or a
    list's lead-in phrase ("Key outcomes")."""
    if len(lines) != 1 or nxt is None:
        return False
    line = lines[0]
    text = line.text
    return not line.indent and text[:1].isupper() and ends_like_heading(text) and not _exclaims(text) and \
        word_count(text) <= rules.subheading_max_words and not is_list_line(line, rules, strict=False) and \
        is_list_line(nxt[0], rules, strict=True) and leads_into_list(nxt, rules) and \
        not (rules.qa_label.match(text) or is_aside(text) or is_placed_dateline(text, rules) or
             is_labelled_date_or_venue(text, rules) or is_metadata_field(text, rules))


def list_titles(blocks: list[list[Line]], rules: Rules) -> set[int]:
    """The blocks that title the list under them (see `_titles_list`) in a document laid out so,
    as a slide deck is, one list under each title: `min` of them or more, at least half of them
    headings by their capitals ("Outline", "Case 1: Cambodia"), make the others headings too, in
    sentence case ("Japan's approach", "Remaining challenges"). Elsewhere a phrase over a list
    ("Key outcomes") stays its lead-in."""
    found = [k for k in range(len(blocks) - 1) if _titles_list(blocks[k], blocks[k + 1], rules)]
    if len(found) < _LIST_TITLES_MIN:
        return set()
    headed = sum(1 for k in found if heading_kind(blocks[k], blocks[k + 1], rules))
    return set(found) if 2 * headed >= len(found) else set()


_LIST_TITLES_MIN = 3  # (two lists with a phrase over each may be a text's lead-ins; three make a layout)


def numbered_from_one(lines: list[Line], rules: Rules) -> bool:
    runs = parse_list(lines, rules)
    return bool(runs) and runs[0].ordered and runs[0].start == 1


def leads_into_list(nxt: list[Line], rules: Rules) -> bool:
    """Whether a block is a list, so that the line before it is its lead-in, not a heading."""
    if len(nxt) == 1 and glyph_heading(nxt[0], rules):
        return False
    return parse_list(nxt, rules) is not None and (
        nxt[0].indent > 0 or len(nxt) > 1 or is_list_line(nxt[0], rules, strict=True))


def caption_target(nxt: list[Line] | None, rules: Rules) -> bool:
    """Whether the block after a caption label is its caption text (a plain paragraph)."""
    if nxt is None:
        return False
    first = nxt[0]
    return not (glyph_heading(first, rules) or rules.caption_label.fullmatch(first.text)
                or is_notes_block(nxt, rules) or parse_list(nxt, rules) is not None)
