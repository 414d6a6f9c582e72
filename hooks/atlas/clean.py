"""Cleaning: a seed's raw text to structured, escaped Markdown, keeping every word of the author.

    text --normalise--> lines --furniture.yml--> blocks --header/trailer--> title, standfirst,
    dateline, source lines, series --body--> headings, lists, captions, glossary, notes
    --render--> Markdown (+ plain paragraphs with their anchors)

Rules are structural (line shapes, markers, position), never about one document; their
patterns are data in ``data/furniture.yml``. ``canonical_text`` writes a parsed document back
as plain text in the form cleaning reads, which makes idempotence testable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean_blocks import (ATTACHMENT, AUTHOR_MARKS, columns_apart, dated_source, reads_as_clause, DECIMAL_ITEM, EDIT_MARKER, FURNITURE_MAX_CHARS, Block, Line, Note,
                           asked_sibling_heading, follows_item, author_box_head, header_fields, bare_names, bilingual_half,
                           bracket_items, caption_target, led_into_items, plain_notes,
                           split_names, ends_like_heading, glyph_heading, heading_kind, headline_like, in_columns,
                           is_back_matter_name, is_credit, is_dateline, is_header_fields_line, is_label_block,
                           is_labelled_date_or_venue, is_labelled_dateline, is_list_line, is_named_dateline,
                           is_notes_block,
                           is_asked_crosshead, is_glued_crosshead, crosshead_between_paragraphs, is_placed_dateline, lettered_sibling, is_publisher_line,
                           body_of_kind_line, is_known_outlet, is_sentence_subheading, is_source_line, is_speaker_line, is_wire_credits,
                           sibling_subheading,
                           is_venue_line, join_lines, keyed_rows, label_over_list, label_over_sentence, labelled_rows, list_titles, mend_hyphens, normalise,
                           numbered_from_one, parse_list, parse_notes, raw_blocks, sentence_subheadings, split_block,
                           short_over_text, stacked_title, table_rows, title_like, unquote_mail, to_line, ListRun,
                           leads_into_list, may_be_item,
                           FIGURE_VALUE, is_link_line)
from .clean_inline import ACRONYM, GlossaryEntry, InlineContext, note_numbers, render_inline
from .clean_rules import (NO_TITLE_END, NOTE_MARK_CHARS, SENTENCE_END, SUPERSCRIPT_DIGITS, TIMED_PLACE, TO_SUPERSCRIPT, Rules,
                          goes_on_in_capitals, is_aside,
                          is_title_case, lede_dateline, line_end, load_rules, word_count, yearless_dateline)
from .escape import escape_html, escape_text
from .matching import is_glued_name
from .model import Cleaned, Paragraph
from .slug import slugify

BODY_CLASS = "atlas-text"  # the wrapper of the cleaned body in the page (tests read it)
SERIES_JOIN = " — "
# A table cell that is a figure: a number, a share or a sum, aligned right in its column.
# (An empty cell, or `...` / `—` where a statistical table has no figure, does not make a
# column of figures text.)
_FIGURE = re.compile(r"[-+−]?[$¥€£]?\d[\d,.]*%?|\([$¥€£]?\d[\d,.]*\)|[-–—]|n/?a|\.{2,3}|…|", re.I)  # "(3,040)": a loss
# Between two lists in a row: Markdown would run them into one list (and renumber its items).
LIST_BREAK = "<!-- -->"
# Canonical heading glyphs by level, for canonical_text (h2, h3, ...).
CANONICAL_GLYPHS = "●■◆◇□"


@dataclass
class Parsed:
    """A document's structure, before rendering."""

    title: str | None = None
    title_number: str = ""  # `(2)` of a section title used as the page title
    title_label: str = ""  # `[Event Report]` opening the title: furniture, written back by canonical_text (a type's cue)
    subtitle: str | None = None
    dateline: str | None = None
    series: tuple[str, ...] = ()
    series_label: str | None = None  # `CALL FOR APPLICATIONS` between the series and the title (furniture)
    running_kind: str | None = None  # `FACT SHEET` beside the series in a handout's running header (furniture)
    head_sources: list[str] = field(default_factory=list)
    tail_sources: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # number -> text, in list order
    note_marks: dict[str, tuple[str, str]] = field(default_factory=dict)  # number -> (marker style, label)
    removed: list[str] = field(default_factory=list)
    menu: list[str] = field(default_factory=list)  # a site's menu over the title (in `removed` too)
    row_words: str = ""  # the site's menus in a row over the title, case-folded (see menu_row_words)
    row_items: frozenset[str] = frozenset()  # each item of those menus, whole, case-folded
    first_over_rows: bool = False  # the page's first line stood over a site's menu in a row
    # the dateline is written over the title in canonical text, where a place and date line is the
    # header's whatever the site's lines around it (the site's name in it, read under the title)
    dateline_over_title: bool = False
    place_over_title: bool = False  # "Chapter 3" over the chapter's name in one block: the series over the title
    related: list[str] = field(default_factory=list)  # other pages' headlines under "Related" (in `removed` too)
    under_rule: list[str] = field(default_factory=list)  # the first line of text under each rule line
    under_comments: list[str] = field(default_factory=list)  # the first line of text under a comments' head dropped
    accounts: list[str] = field(default_factory=list)  # a channel's name over its subscribers' count
    card: bool = False  # the head's source is a writer's name from an author card under the title
    # the block of labelled fields, a line each, the date (and the sources) were read from ("Format" /
    # "News and Press Release" / "Source" / "Govt. Japan" / ... / "17 Sep 2024"): written back as read
    # (canonical_text), under the title; a source alone over the date would be read as a masthead
    # over it, and the source as the title (the format's value tells the page's type too)
    stacked: tuple[str, ...] = ()
    bylines: list[str] = field(default_factory=list)  # a writer's bare name (and job) over the date: no source
    post_age: str = ""  # a social post's age under its writer's name and job (furniture; they are `bylines`)
    closing: list[list[str]] = field(default_factory=list)  # a body's address under the text, a line each
    author_card: list[str] = field(default_factory=list)  # the writer's name over "Author" under the text
    signoff: list[str] = field(default_factory=list)  # the writer's bare name under the text's end mark ("./.")
    glued_heads: set[str] = field(default_factory=set)  # short lines copied right over a long paragraph line
    filed_from: bool = False  # the byline was the writer's bare name a block over the city it was filed from
    # the writer's bare name and the story's labelled dates, a block under the lede ("Prithvi Man
    # Shrestha" / "Published at : June 8, 2026" / ...), as read (canonical_text writes them there)
    under_lede: tuple[str, ...] = ()
    # the furniture over the title that says what kind of page it is ("Home > Press Releases > 2024",
    # "PRESS RELEASE No. 123/2024", "FOR IMMEDIATE RELEASE"): furniture still, written back over the
    # text by canonical_text so that the type read from it is read again (see _kind_lines)
    kind_lines: tuple[str, ...] = ()
    # a photo's label or credit alone over the headline ("Photo 1.", "Photo: Kyodo"): its caption is no
    # headline; written back over the title (canonical_text)
    top_photo: str = ""
    # the page's tags right over its labelled source closing it ("Tags: ..." / "Source: UNDP
    # Cambodia"): furniture, written back over the source (canonical_text), where it was read
    tags_over_source: str = ""

    @property
    def source_lines(self) -> tuple[str, ...]:
        credits = [b.credit for b in self.blocks if b.credit]
        return tuple(self.head_sources + credits + self.tail_sources)


# --- header and trailer -------------------------------------------------------------------

def _single(block: list[Line]) -> str | None:
    return block[0].text if len(block) == 1 else None


def _is_kind_label(text: str, rules: Rules) -> bool:
    """`Press Releases`, `Opinion / Commentary`: a kind's label, or a breadcrumb of them; or one
    among the site's sections in the path ("COMMENTARY / WORLD", "Opinion / Asia Pacific"), each
    section a word or two that names no source."""
    if len(text) > 60:
        return False
    if rules.kind_label.fullmatch(text):
        return True
    parts = rules.kind_path_bar.split(text) if rules.kind_path_bar.search(text) else ()
    return len(parts) > 1 and any(rules.kind_label.fullmatch(p) for p in parts) and \
        all(rules.kind_label.fullmatch(p) or (_PATH_SECTION.fullmatch(p) and not is_source_line(p, rules)) for p in parts)


# A site's section in such a path: one or two words of letters ("World", "Asia Pacific")
_PATH_SECTION = re.compile(r"[^\W\d_][\w&'’-]*(?: [^\W\d_][\w&'’-]*)?")


# A journal's name before its volume on the line ("Journal of Asian Development Studies, Vol. 14,
# No. 2 (2025), pp. 117–142"), as an article's first page prints it: the volume on is a citation
_JOURNAL_BEFORE_VOLUME = re.compile(r"[A-Z][^,.:;!?\d]{2,80}?,\s+(?=vol(?:ume)?\.?\s*\d)", re.I)


# An article's DOI alone on its line, as a link or labelled ("https://doi.org/10.1234/jads.2025.117",
# "DOI: 10.1080/1234.2024.567"): its citation's, never its title
_DOI = re.compile(r"(?:doi\s?:\s?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+", re.I)


def _is_citation(text: str, rules: Rules) -> bool:
    """`Volume 53, 2023 - Issue 4`, `Pages 612-635 | Received ...`: a journal's issue and pages,
    the journal's name before them or not; or the article's DOI."""
    if len(text) > 160 or line_end(text) in SENTENCE_END:
        return _DOI.fullmatch(text) is not None
    if _DOI.fullmatch(text):
        return True
    if text[:1] not in "vVnNiIpPeEoO" or not rules.citation.fullmatch(text):  # (e-ISSN, Online ISSN too)
        named = _JOURNAL_BEFORE_VOLUME.match(text)
        return named is not None and bool(rules.citation.fullmatch(text, named.end()))
    return True


# A book's citation as a review prints it over its text: the title, "By" (or "Edited by") and the
# authors, the place and the publisher, the year ("... 1992-2022. By Naoko Shimada. Singapore:
# ISEAS–Yusof Ishak Institute, 2024."), its pages or price after it or not. (An initial's stop,
# "By N. Shimada", is no sentence's end.)
_BOOK_CITATION = re.compile(r"(?P<title>[A-Z][^.]{2,200}?)\.\s+(?:[Bb]y|[Ee]dited by)\s+[A-Z](?:[^.]|(?<=\b[A-Z])\.){1,150}?\.\s+"
                            r"[A-Z][^.:]{1,60}:\s+[^,]{2,100},\s+(?:19|20)\d\d\.(?:\s.{0,200})?")


def _reviewed_book(block: list[Line]) -> str | None:
    """The title of the book whose citation is the whole block (see _BOOK_CITATION), or None."""
    text = block[0].text if len(block) == 1 else ""
    m = _BOOK_CITATION.fullmatch(text) if ("By " in text or "by " in text) and len(text) <= 500 else None
    return m.group("title") if m else None


# A video page's stamp under its title: the count of views, then when it was streamed or
# published ("1,906 views  Streamed live on Jun 17, 2025", "Premiered Mar 3, 2025")
_VIDEO_STAMP = re.compile(r"(?:[\d.,]+[KMBkmb]?\s+views\s+)?(?:streamed live|premiered)\b", re.I)


# A paper's number in its series as the year and its count that year ("2025/91", "2024-07")
_SERIES_NUMBER = re.compile(r"(?:19|20)\d\d\s?[/-]\s?\d{1,3}")


def _periodical_head(texts: list[str], rules: Rules) -> bool:
    """A periodical's name over its volume and issue, a line each ("Contemporary Southeast Asia" /
    "Volume 47, Number 2, August 2025" / "pp. 318-321"): the publication, as "Journal of ..." is,
    though its name holds no word that says so; the article's title comes below. Every line under
    the name a citation's or a date's."""
    # (or a series of papers over its number: "ERIA Policy Brief" / "No. 2026-07, November 2026",
    # "ISEAS Perspective" / "2025/91")
    # ("ISSUE: 2024 No. 87" too, and the serial's number under it: "ISSN 2335-6677")
    opening = texts[1][:3].casefold() if len(texts) >= 2 else ""
    # (or over the place and date it is published alone, as the canonical text writes the series' head
    # back: "ISEAS Perspective" / "Singapore | 21 November 2024", its issue set under the title)
    numbered = opening in ("no.", "iss") or (len(texts) == 2 and bool(_SERIES_NUMBER.fullmatch(texts[1]) or
                                                                      is_placed_dateline(texts[1], rules)))
    if opening != "vol" and not (numbered and rules.paper_series.search(texts[0])) or \
            any(c.isdigit() for c in texts[0]) or \
            not ends_like_heading(texts[0]) or word_count(texts[0]) > rules.source_max_words:
        return False
    # (the date may come with the place the series is published in: "Singapore | 21 November 2024")
    return all(_is_citation(t, rules) or is_dateline(t, rules) or is_placed_dateline(t, rules) for t in texts[1:])


_HAS_DATE = re.compile(r"(?:19|20)\d\d")  # (a header line that dates the page)


def _is_header_line(text: str, rules: Rules) -> bool:
    # (a page's note alone on its line, "6 min read", is the header's as the fields' line holding it is)
    return is_dateline(text, rules) or is_source_line(text, rules) or _is_kind_label(text, rules) or \
        _is_citation(text, rules) or is_header_fields_line(text, rules) or \
        _is_page_note(text, rules) or body_of_kind_line(text, rules) is not None or \
        (("/" in text or "|" in text) and (half := bilingual_half(text)) is not None and _is_header_line(half, rules))


def _is_page_note(text: str, rules: Rules) -> bool:
    """A page's note alone on its line: its reading time or its count of comments ("6 min read",
    "Reading Time: 5 mins", "3 Comments")."""
    return len(text) <= 30 and (text[:1].isdigit() or "time" in text.casefold()) and \
        bool(rules.field_note.fullmatch(text))


def _bare_byline(texts: list[str], rules: Rules) -> bool:
    """A writer's name line, with its job on the line under it or not ("Osmond Chia" / "Tech
    Correspondent"), over the date lines of its block or under them ("13/03/2024 09:41" / "Thu
    Hang"; and a source line among them): the byline of a news site that prints no "By" (a name
    alone, with no date in its block, may be a heading or a list's item)."""
    # (names joined by commas alone, "Hiroshi Nakamura, Dewi Lestari", as a paper lists its authors)
    name = next((k for k, t in enumerate(texts) if (bare_names(t) or _names_listed(t, rules)) and
                 not is_known_outlet(t, rules)), None)
    if name is None:
        return False
    rest = texts[name + 1:]
    if rest and rules.byline_role.fullmatch(rest[0]):
        rest = rest[1:]
    # (the outlet under the name, "Jane Lim" / "The Star" / "13 May 2024", if the vocabulary knows it)
    return any(is_dateline(t, rules) for t in (rest or texts[:name])) and \
        all(_is_header_line(t, rules) or is_known_outlet(t, rules) for t in [*texts[:name], *rest])


def _writer_detail(text: str, rules: Rules) -> bool:
    """A line under a byline that says more of the writer: the job, with the place the writer
    files from or not ("Senior Business Writer", "Correspondent, Nairobi"), or an e-mail address."""
    if "@" in text:
        return bool(_EMAIL_ADDRESS.fullmatch(text.strip()))
    job, comma, place = text.partition(",")
    return bool(rules.byline_role.fullmatch(job.strip())) and \
        (not comma or (word_count(place) <= 3 and is_title_case(place.strip(), rules)))


def _byline_with_details(texts: list[str], rules: Rules) -> bool:
    """A "By" line over what more a news site prints of the writer, a line each ("By JOHN MWANGI" /
    "Senior Business Writer" / "jmwangi@ke.nationmedia.com"), the outlet or the date among them or
    not: the story's byline, never its text's first lines."""
    # (or the writer's bare name right over the job: "JOHN MWANGI" / "Senior Business Writer")
    return len(texts) > 1 and (bool(rules.byline.fullmatch(texts[0])) or
                               (bare_names(texts[0]) and bool(rules.byline_role.fullmatch(texts[1])))) and \
        any(_writer_detail(t, rules) for t in texts[1:]) and \
        all(_writer_detail(t, rules) or _is_header_line(t, rules) or is_known_outlet(t, rules) for t in texts[1:])


# A time of day alone on its line, its zone after it ("7:00 AM MYT", "16:05 GMT+7", "09:41")
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}))?")


def _site_stamp(text: str, block: list[str], doc: Parsed, rules: Rules) -> bool:
    """A line of a header block that is the site's, not the story's: the story's section repeated
    among its byline and date ("By JANE LIM" / "Nation" / "Friday, 28 Nov 2026" / "7:00 AM MYT"), as
    read over the headline, or the time of day under the date; a section's name between a "By"
    line and the date is the site's too, though no menu was read ("By Jane Lim" / "Nation" /
    "Monday, 13 May 2024")."""
    return any(text.casefold() == item.casefold() for item in doc.menu) or \
        (_TIME_OF_DAY.fullmatch(text) is not None and any(is_dateline(t, rules) for t in block)) or \
        (len(text) <= 30 and text[:1].isupper() and rules.menu_item.fullmatch(text) is not None and
         any(rules.byline.fullmatch(t) for t in block) and any(is_dateline(t, rules) for t in block))


def _credits_beside_byline(others: list[str], texts: list[str], rules: Rules) -> bool:
    """`Photos by Tran Van Minh` or `Photos: Tran Van Minh` beside `Story by Nguyen Thu Ha` in
    one block: a feature's credits, the photographer's line as much the byline's as the writer's."""
    return all(len(t) <= 80 and rules.photo_credit.fullmatch(t) for t in others) and \
        any(rules.byline.fullmatch(t) for t in texts if t not in others)


def _is_header_block(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """Lines that are all header lines. A place-and-date line ("Manila, 8 November 2024") is the
    dateline only beside a publisher or byline line of its block ("Embassy of Japan in the
    Philippines", or a body's unit that names no outlet: "JICA Global Environment Department" over
    "Regional Seminar on DRR, Bangkok, 14 November 2024", the department presenting a slide deck):
    alone under a title it may open the text, and stays there."""
    others = [t for t in texts if not _is_header_line(t, rules)]
    if others and len(others) < len(texts):
        others = [t for t in others if not _site_stamp(t, texts, doc, rules)]
        if others and _credits_beside_byline(others, texts, rules):
            return True
    if not others:
        return True
    if doc.title and len(texts) > 1 and (_bare_byline(texts, rules) or _byline_with_details(texts, rules)):
        return True
    if doc.title and not doc.blocks and all(is_known_outlet(t, rules) for t in others) and \
            (doc.dateline is not None or len(others) < len(texts)):
        # "The Nation" or "Rappler.com" under the headline, beside the story's date or under it: a
        # news outlet the vocabulary knows, though no outlet's word is in its name; the source
        return True
    if doc.dateline is not None or len(others) > 2:
        return False
    place = next((t for t in others if is_placed_dateline(_english(t), rules)), None)
    if place is None:
        return False
    # (a body's name is tried only beside such a line: most blocks have none)
    named = [t for t in others if t is not place]
    # (or under the kind's label of its block over the headline, "MEDIA ADVISORY" / "Kingston, 18
    # November 2025": the release's dateline)
    return all(_names_a_body(_english(t), rules) for t in named) and \
        (bool(named) or any(is_source_line(_english(t), rules) or _is_kind_label(_english(t), rules)
                            for t in texts if t is not place))


def _english(text: str) -> str:
    """A bilingual line's English half (see clean_blocks.bilingual_half), else the line."""
    return (bilingual_half(text) if "/" in text or "|" in text else None) or text


def _names_a_body(text: str, rules: Rules) -> bool:
    """`JICA Global Environment Department`, `Ministry of Planning and Investment`: a body's or its
    unit's name alone on a short line, no final stop."""
    return word_count(text) <= rules.source_max_words and ends_like_heading(text) and \
        rules.body_name.fullmatch(text) is not None


def _speaker_over_date(blocks: list[list[Line]], i: int, rules: Rules) -> tuple[list[list[Line]], list[str]] | None:
    """(the blocks without the date's lines, those lines) when block `i` opens with a speaker's or
    a signatory's name over the office (clean_rules._signatory: "Yoko Kamikawa" / "Minister for
    Foreign Affairs of Japan") and the date stands under them, in their block or alone in the next
    ("13 May 2024", "Bangkok, 13 May 2024"); else None."""
    block = blocks[i]
    # ("By Kao Kim Hourn" over the office is a writer's byline, no speaker's name)
    if len(block) < 2 or len(block) > 4 or len(block[0].text) > 60 or rules.byline.fullmatch(block[0].text) or \
            not rules.signatory.fullmatch(f"{block[0].text}\n{block[1].text}"):
        return None
    if len(block) > 2:
        under, rest = [ln.text for ln in block[2:]], [*blocks[:i], block[:2], *blocks[i + 1:]]
    elif i + 1 < len(blocks) and len(blocks[i + 1]) <= 2:
        under, rest = [ln.text for ln in blocks[i + 1]], [*blocks[:i + 1], *blocks[i + 2:]]
    else:
        return None
    placed = [is_placed_dateline(t, rules) for t in under]
    if not all(p or _is_header_line(t, rules) for t, p in zip(under, placed)) or \
            not any(p or is_dateline(t, rules) for t, p in zip(under, placed)):
        return None
    return rest, under


def _take_header_lines(doc: Parsed, texts: list[str], rules: Rules) -> None:
    """A header block's lines: a writer's bare name and job over the date are the byline (not the
    source: the outlet is), each other line as _take_header_line reads it."""
    byline = _bare_byline(texts, rules)
    detailed = not byline and _byline_with_details(texts, rules)
    for t in texts:
        if detailed and (t is texts[0] or _writer_detail(t, rules)):
            # ("By JOHN MWANGI" and "Senior Business Writer", "jmwangi@...": the writer's, no source;
            # kept together, as they are written back)
            doc.bylines.append(t)
        elif not _is_header_line(t, rules) and _credits_beside_byline([t], texts, rules):
            doc.bylines.append(t)  # ("Photos by Tran Van Minh" beside "Story by ...": a credit, no source)
        elif byline and not _is_header_line(t, rules) and (rules.byline_role.fullmatch(t) or (
                (bare_names(t) or _names_listed(t, rules)) and not rules.organisation_words.search(t) and
                not is_known_outlet(t, rules))):
            # ("International Cooperation Bureau", "The Star": no writer's name)
            doc.bylines.append(t)
        elif not _is_header_line(t, rules) and _site_stamp(t, texts, doc, rules):
            _take_menu(doc, [Line(0, t)])
        else:
            _take_header_line(doc, t, rules)


def _header_run(texts: list[str], rules: Rules) -> int:
    """How many of `texts` are header lines from the first; a body's unit between two of them is one
    too ("Global Strategy Bureau, International Cooperation Division" between "Ministry of Internal
    Affairs and Communications (MIC), Japan" and "As of October 2025"), as a masthead's lines are."""
    k = 0
    while k < len(texts) and (_is_header_line(texts[k], rules) or (
            0 < k < len(texts) - 1 and is_publisher_line(texts[k - 1], rules) and
            _is_masthead_line(texts[k], rules) and _is_header_line(texts[k + 1], rules))):
        k += 1
    return k


def _take_dated_venue(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """A block of an event's date (and publisher) beside where it was held ("Tuesday, 16 April
    2024, 10:05 a.m." / "Press Conference Room, Ministry of Foreign Affairs"): the header lines
    are lifted and the venue opens the text, set as a dateline. False for any other block."""
    if len(texts) == 1 and _timed_venue(texts[0], rules):
        # (one line: kept whole on top of the text, set as a dateline, as a place beside a date
        # is; extraction dates the document by it)
        doc.blocks.append(Block("para", text=texts[0], lines=(texts[0],), role="dateline"))
        return True
    venues = [is_venue_line(t, rules) for t in texts]
    if not any(venues) or all(venues) or \
            not all(v or _is_header_line(t, rules) for t, v in zip(texts, venues)):
        return False
    for t, venue in zip(texts, venues):
        if venue:
            doc.blocks.append(Block("para", text=t, lines=(t,), role="dateline"))
        else:
            _take_header_line(doc, t, rules)
    return True


def _timed_venue(text: str, rules: Rules) -> bool:
    """An event's date and time and where it was held on one line, as a ministry heads the record
    of a press conference ("Friday, January 10, 2025, 4:00 p.m. Press Conference Room, Ministry
    of Foreign Affairs"; or the building's owner alone, "Ministry of Foreign Affairs")."""
    m = TIMED_PLACE.fullmatch(text) if ":" in text or "." in text else None
    return bool(m and is_dateline(m["date"], rules) and
                (is_venue_line(m["place"], rules) or is_publisher_line(m["place"], rules)))


# A hyphenated compound is one word of a menu's item ("People-to-People Exchange" is two)
_MENU_WORD = re.compile(r"[^\W_]+(?:[-‐–'’][^\W_]+)*")


def _menu_word(text: str, rules: Rules) -> bool:
    """A line as short as a menu's item, with no final stop."""
    return len(_MENU_WORD.findall(text)) <= rules.menu_max_words and line_end(text) not in NO_TITLE_END


_PATH_SEPARATORS = frozenset("|/>»›·•")


def _take_vertical_path(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """A page's section path copied down the page, its separators on lines of their own ("ASEAN
    Beat" / "|" / "Diplomacy" / "|" / "Southeast Asia"): furniture, as "Home > News" is on one
    line. False (nothing taken) for a block of any other shape: three items or more of at most
    `menu_max_words` words, none ending like a sentence, a lone separator between each two."""
    if len(texts) < 5 or len(texts) % 2 == 0 or not all(t in _PATH_SEPARATORS for t in texts[1::2]) or \
            not all(_menu_word(t, rules) for t in texts[::2]):
        return False
    doc.removed.extend(texts)
    return True


def _is_barred_menu(text: str, rules: Rules) -> bool:
    """A site's menu in a row apart by bars, its first item its home ("Home | Legal | Tax | Trade")."""
    parts = [p.strip() for p in text.split("|")]
    return len(parts) >= 3 and rules.menu_item.fullmatch(parts[0]) is not None and \
        all(p and _menu_word(p, rules) for p in parts)


def _is_barred_path(text: str, rules: Rules) -> bool:
    """A page's section path on one line, its sections apart by bars ("ASEAN Beat | Diplomacy |
    Southeast Asia") or by slashes with spaces around them: three sections or more, each as short
    as a menu's item, none holding a figure
    (a date makes it a header line: "News Release | 12 March 2025") nor naming a kind of document,
    which the header keeps as the document's kind. Two are a path when both are a menu's items
    ("Business  |  Economy"): two names of the author's would not be so."""
    bar = "|" if "|" in text else " / " if " / " in text else ""
    if not bar or len(text) > 100 or any(c.isdigit() for c in text):
        return False
    parts = [p.strip() for p in text.split(bar)]
    # (slashes part a path only in threes or more: "Development Partners / Bilateral Partners /
    # Japan"; two names apart by one, "Japan / ASEAN", may be a title's)
    if len(parts) == 2 and (bar != "|" or not all(rules.menu_item.fullmatch(p) for p in parts)):
        return False
    return all(p and _menu_word(p, rules) and not _is_kind_label(p, rules) for p in parts)


def _stacked_fields(texts: list[str], rules: Rules) -> bool:
    """Labels over their short values, a line each, two pairs or more, one value a date (see
    _take_stacked_fields)."""
    if len(texts) < 4 or len(texts) % 2 or not all(rules.stacked_label.fullmatch(t) for t in texts[::2]):
        return False
    values = texts[1::2]
    return any(is_dateline(v, rules) for v in values) and all(word_count(v) <= rules.heading_max_words for v in values)


def _take_stacked_fields(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """A block of labels over their values, a line each ("Format" / "News and Press Release" /
    "Source" / "Govt. Japan" / "Posted" / "18 Sep 2024"): the date under a publication label (else
    the first date) is the dateline, a source's value a source line, the rest furniture. False
    (nothing taken) for a block of any other shape: two pairs or more, one value a date."""
    if not _stacked_fields(texts, rules):
        return False
    pairs = list(zip(texts[::2], texts[1::2]))
    dates = [(label, value) for label, value in pairs if is_dateline(value, rules)]
    published = next((pair for pair in dates if rules.stacked_published.fullmatch(pair[0])), dates[0])
    for label, value in pairs:
        doc.removed.append(label)
        if (label, value) == published and doc.dateline is None:
            doc.dateline = value
            doc.stacked = tuple(texts)
        elif rules.stacked_source.fullmatch(label):
            doc.head_sources.append(value)
        else:
            doc.removed.append(value)
    return True


def _take_author_card(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """A blog's author card under the title, a line each ("Dewi Lestari" / "Follow" / "6 min read" /
    "·" / "Mar 3, 2025" / "124" / "3" / "Listen" / "Share"): the date is the dateline, the name a
    source line, the rest furniture. False (nothing taken) for a block of any other shape: two
    short lines or more ("Dewi Lestari" over "Mar 3, 2025", as the card is written again), one a
    date, at most one a name, every other one a count, a reading time or a button."""
    if len(texts) < 2 or doc.dateline is not None or any(len(t) > 40 or word_count(t) > 4 for t in texts):
        return False
    dates = [t for t in texts if is_dateline(t, rules)]
    other = [t for t in texts if t not in dates and not (
        rules.card_count.fullmatch(t) or rules.card_button.fullmatch(t) or rules.field_note.fullmatch(t) or
        rules.furniture.fullmatch(t) or _is_kind_label(t, rules))]
    if len(dates) != 1 or len(other) > 1 or \
            any(line_end(t) in NO_TITLE_END or "," in t or not title_like(t, rules) for t in other):
        return False  # (a place over the date, "Vientiane, Lao PDR", is no writer's name)
    for t in texts:
        if t in dates:
            doc.dateline = t
        elif t in other:
            doc.head_sources.append(t)
            doc.card = True
        else:
            doc.removed.append(t)
    return True


# A writer's handle on a network or address under the name ("@cfotheringham", "name@rnz.co.nz")
_WRITER_CONTACT = re.compile(r"@[\w.]{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _take_writer_card(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """A writer's card under the headline: the name and, after a comma, the job ("Caleb
    Fotheringham, RNZ Pacific Journalist"), over the writer's handle and address, a line each: the
    byline (the name and the job on its line), the handle and address furniture. False
    (nothing taken) for a block of any other shape: the job must be a writer's
    (`byline_role`) and every other line a handle or an address."""
    name, _, job = texts[0].partition(", ")
    if len(texts) < 2 or not job or not bare_names(name) or not rules.byline_role.fullmatch(job) or \
            not all(len(t) <= 60 and _WRITER_CONTACT.fullmatch(t) for t in texts[1:]):
        return False
    doc.bylines.append(texts[0])
    doc.removed.extend(texts[1:])
    return True


def _take_post_card(texts: list[str], doc: Parsed, rules: Rules) -> bool:
    """A social post's head over its text: the writer's name, a line or two of the writer's job
    ("JICA Expert | Urban Development & Disaster Risk Reduction | Ulaanbaatar") and the post's age
    ("3w • Edited • 🌐", furniture.yml `social_post`). The name and the job are the byline (the
    writer, no title), the age furniture. The name may carry the writer's degree of connection to
    the reader who copied the post ("Hiroshi Tanaka • 2nd"), lifted with it. False (nothing taken)
    for a block of any other shape."""
    age = texts[-1]
    if not 2 <= len(texts) <= 4 or len(age) > 40 or not age[0].isdigit() or \
            not rules.post_age.fullmatch(age) or not bare_names(rules.post_name_degree.sub("", texts[0])) or \
            any(len(t) > 120 or line_end(t) in SENTENCE_END for t in texts[1:-1]):
        return False
    doc.bylines.extend(texts[:-1])
    doc.removed.append(age)
    doc.post_age = age
    return True


def _placed_date_over_headline(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """A place and a date alone in block `i` (in one language or two: "Hanoi, 12 March 2025 / Hà
    Nội, ngày 12 tháng 3 năm 2025") right over a headline-like line: the header's dateline, as a
    release prints it over its headline; the place's name is never the title's."""
    text = blocks[i][0].text
    half = _english(text)
    return len(half) <= 60 and is_placed_dateline(half, rules) and headline_like(blocks[i + 1][0].text, rules) and \
        not is_placed_dateline(blocks[i + 1][0].text, rules)


def _site_named_dateline(text: str, doc: Parsed, rules: Rules) -> bool:
    """A place-and-date line whose "place" is the site's own name, as read over its menu
    (`doc.menu`) or as its publisher (`doc.head_sources`): a source and a date, no place."""
    if not (doc.menu or doc.head_sources) or not is_placed_dateline(text, rules):
        return False
    name = text.split(",", 1)[0].strip().casefold()
    return any(name == line.casefold() for line in [*doc.menu, *doc.head_sources])


def _take_header_line(doc: Parsed, text: str, rules: Rules) -> None:
    """One line of a header block: furniture, the dateline (as written, place and all) or a source."""
    # (a bilingual line is what its English half is: "PRESS RELEASE / THÔNG CÁO BÁO CHÍ" a label)
    half = _english(text)
    if _is_kind_label(half, rules) or _is_page_note(text, rules) or \
            _is_letterhead_contact(text, rules):
        # the page's section, or its note ("6 min read"), or the letterhead's address and numbers,
        # not a publisher: furniture
        doc.removed.append(text)
    elif doc.dateline is None and (is_dateline(half, rules) or (
            is_placed_dateline(half, rules) and not is_source_line(half, rules))):
        # (an outlet's name before the date, "Philippine Daily Inquirer / March 15, 2024", is no
        # place: the line names the source, and extraction reads its date)
        doc.dateline = text
    elif _is_citation(text, rules) and not is_source_line(text, rules):
        # a journal's issue and pages: no publisher, kept on top of the text
        doc.blocks.append(Block("para", text=text, lines=(text,), role="dateline"))
    elif doc.dateline is None and not is_source_line(text, rules) and is_header_fields_line(text, rules):
        # "Posted: 2024-05-02 | Source: Embassy of Japan in Cambodia": the dateline, as written;
        # extraction reads its fields (an outlet's name before its date stays a source line)
        doc.dateline = text
    elif doc.title is None and not doc.top_photo and _photo_credit_line(text, rules):
        # "Photo: Kyodo" over the headline: the credit of the photo on top of the page, never its
        # source; it stays on top of the text (see Parsed.top_photo)
        doc.top_photo = text
    else:
        doc.head_sources.append(text)


def _standfirst_like(text: str, rules: Rules) -> bool:
    """A line that can stand under a title: no final stop, not too long, no lede dateline.

    A glued footnote marker is not the line's end: "...Corridor (EEC).Note 1" ends with a stop;
    "BANGKOK — Japan will ..." opens the article even when its final stop is missing. A line
    ending with a comma or a semicolon is a sentence going on (an agreement's preamble, "The
    Government of Japan and ... (hereinafter ...),"), no standfirst."""
    return line_end(rules.markers.sub("", text).rstrip()) not in SENTENCE_END | {",", ";"} and \
        lede_dateline(text, rules) is None and \
        word_count(text) <= rules.standfirst_max_words and not credited_caption(text, rules) and \
        not rules.caption_label.fullmatch(text) and not _PHOTO_LABEL.match(text)
    # ("[1/3] A worker walks past ...", "Photo: A farmer operates a power tiller ...": a photo's caption)


_PHOTO_LABEL = re.compile(r"(?:photo|picture|pic|image)s?\s?:\s", re.I)


# "[Event Report] Japan-Philippines-Viet Nam Trilateral Dialogue ...": a kind label in brackets
# opening a title
_BRACKETED_KIND = re.compile(r"(?P<label>[\[【](?P<kind>[^\]】]{1,30})[\]】])\s*(?P<text>\S.*)")
_BRACKET_LABEL = re.compile(r"[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2}")


def _split_title_number(doc: Parsed, text: str, rules: Rules) -> str:
    """The title without its section number ("(2) ...") or the kind label in brackets opening it
    ("[Event Report] ..."): both are furniture, the label also a cue to the document's type."""
    m = rules.section_number.fullmatch(text)
    if m and m.group("number").startswith("("):
        doc.title_number = m.group("number")
        doc.removed.append(m.group("number"))
        return m.group("text")
    k = _BRACKETED_KIND.fullmatch(text) if text[:1] in "[【" else None
    # (any short label of words in brackets before a spaced headline is one: "[Report] Program on ...")
    if k and (_is_kind_label(k.group("kind"), rules) or (
            _BRACKET_LABEL.fullmatch(k.group("kind")) and text[len(k.group("label")):][:1].isspace())) and \
            headline_like(k.group("text"), rules):
        doc.removed.append(k.group("label"))
        doc.title_label = k.group("label")
        return k.group("text")
    return text


def _continues_above(text: str) -> bool:
    """A line that continues the sentence above it (`- the largest in the north - would ...`,
    `and the ministry ...`), so the line above is no credit line of its own."""
    return text[:1].islower() or text[:1] in "-–—,;:)"


def _is_logo_line(text: str, rules: Rules) -> bool:
    """`JETRO`, `ASEAN-JAPAN CENTRE`: a body's acronym or name in capitals, as its logo prints it.

    One word, or a few with a word naming a body or an outlet ("THE JAPAN TIMES"): "JAPAN PLEDGES
    AID" is a headline in capitals."""
    # (every letter a capital: `日ASEAN技術協力の概要` is upper case to str.isupper, and no logo)
    # ("USAID | JICA": two bodies' logos side by side, each one word)
    return text.isupper() and all(c.isupper() for c in text if c.isalpha()) and \
        not any(c.isdigit() for c in text) and ends_like_heading(text) and \
        (" " not in text or (word_count(text) <= rules.logo_max_words and (
            bool(rules.organisation_words.search(text)) or bool(rules.source_words.search(text)))) or
         _LOGOS.fullmatch(text) is not None)


_LOGOS = re.compile(r"[A-Z][A-Z-]+(?:\s+[|/]\s+[A-Z][A-Z-]+){1,3}")


def _is_masthead_line(text: str, rules: Rules) -> bool:
    """A line of a masthead under its logo: a header line, or a short line naming the body
    (`Japan External Trade Organization (JETRO)`, which may run longer) or its issuing unit
    (`Overseas Research Department`), or the body's address and numbers on its letterhead."""
    if _is_header_line(text, rules) or _is_logo_line(text, rules) or _is_letterhead_contact(text, rules):
        return True
    if len(text) <= 60 and rules.state.fullmatch(text):  # the state's name under its ministry's
        return True
    if (name := site_name_of(text, rules)) != text:  # (its motto after a bar: "VGP News | Online Newspaper of ...")
        return _is_masthead_line(name, rules)
    words = word_count(text)
    # (a unit's full name may run longer: "Philippine Council for Industry, Energy and Emerging
    # Technology Research and Development" under its department's)
    return words <= rules.heading_max_words and ends_like_heading(text) and (
        (words <= rules.source_max_words and bool(rules.organisation_words.search(text))) or
        bool(rules.named_acronym.fullmatch(text)) or bool(rules.body_name.fullmatch(text)))


# "Tel: (876) 929-3338/9  |  Fax: (876) 968-1373": a number or an address after its label
_CONTACT_FIELD = re.compile(r"(?:tel(?:ephone)?|phone|fax|e-?mail|web(?:site)?)\.?\s*[:：]\s*\S[^|:：]{2,60}", re.I)
_FIELD_BAR = re.compile(r"\s*[|·•]\s*")


def _is_letterhead_contact(text: str, rules: Rules) -> bool:
    """A body's postal address run on one line ("NLCB Building, 6th Floor, 60 Knutsford Boulevard,
    Kingston 5, Jamaica") or a line of its numbers, each after its label ("Tel: ... | Fax: ..."), as
    a letterhead prints them under the body's name: the publisher's stationery, no headline."""
    if len(text) > 160 or not text[:1].isalnum():
        return False
    if "," in text and _is_address_line(text, rules):
        return True
    return (":" in text or "：" in text) and all(_CONTACT_FIELD.fullmatch(p) for p in _FIELD_BAR.split(text))


def _letterhead_start(block: list[Line], rules: Rules) -> int:
    """How many lines open block `block` as a state's letterhead (0: none): the state's name
    (`SOCIALIST REPUBLIC OF VIET NAM`) and any motto under it, when a line naming a body follows
    them. The name is no headline even in capitals, and it may be longer than one."""
    if len(block) < 2 or len(block[0].text) > 60 or not rules.state.fullmatch(block[0].text):
        return 0
    k = 2 if len(block) > 2 and rules.motto.fullmatch(block[1].text) and \
        not _is_masthead_line(block[1].text, rules) else 1
    return k if _is_masthead_line(block[k].text, rules) else 0


def _is_site_menu(lines: list[Line], rules: Rules) -> bool:
    """A site's menu, one item a line, over the headline ("Home" / "World" / "Business" / "About
    Us"): short lines with no final stop, most of them a menu's items (see furniture.yml), or
    "Home" first."""
    if len(lines) < rules.menu_min_items or not all(_menu_word(ln.text, rules) for ln in lines):
        return False
    items = sum(1 for ln in lines if rules.menu_item.fullmatch(ln.text))
    # (a column of four or more that opens on the site's home is its menu whatever its sections'
    # names: "Home" / "About the Embassy" / "Japan-PNG Relations" / "Visa" / "Study in Japan")
    return items >= rules.menu_min_share * len(lines) or (len(lines) >= 4 and lines[0].text.casefold() == "home")


def _menu_run(blocks: list[list[Line]], i: int, rules: Rules) -> tuple[int, int] | None:
    """Where a menu that runs over blocks, or into the headline's, ends (block, line), or None: a
    menu copied with blank lines between its items ("Home" / "" / "News" / "" / "About Us"), or with
    none before the headline. Every line of such a run is a menu item, `min_items` of them or more
    (a headline is never one, so the run stops there)."""
    count, j = 0, i
    while j < len(blocks):
        k = next((k for k, ln in enumerate(blocks[j]) if not rules.menu_item.fullmatch(ln.text)), len(blocks[j]))
        count += k
        if k < len(blocks[j]):
            break
        j += 1
    if count < rules.menu_min_items or j == len(blocks):  # (a document that is only a menu is none)
        return None
    return j, k


def menu_row_words(rows: list[str]) -> str:
    """The site's menus in a row ("HOME  SAMOA  PACIFIC", its gaps gone once read), case-folded,
    a space around each: a line naming some of their words in a row, alone over the headline,
    is the section the story is filed under."""
    return "".join(f" {row.casefold()} " for row in rows)


def _in_menu_row(text: str, doc: Parsed, rules: Rules) -> bool:
    return bool(doc.row_words) and word_count(text) <= rules.menu_max_words and f" {text.casefold()} " in doc.row_words


def _row_item(text: str, doc: Parsed) -> bool:
    """One whole item of the site's menu in a row ("Nation" of "Headlines | Nation | Business" or of
    "Home  Nation  Business"), not a word inside one ("JCCME" of "About JCCME": the site's name over
    its full name)."""
    return text.casefold() in doc.row_items


def _menu_row_over_head(line: Line, below: list[Line], rules: Rules) -> bool:
    """A site's menu in a row apart by gaps, alone over the breadcrumb or the headline ("Who we are
    Our priorities   Our work   Media   Get involved"): four items or more, each as short as a menu's
    item, most of them `site_menu` items. Before the title only (in the text, such a row is a
    table's head, which clean_blocks reads more strictly)."""
    cells = [c for c in line.cells if c not in _PATH_SEPARATORS]
    if len(cells) < 4 or not all(_menu_word(c, rules) for c in cells) or \
            sum(1 for c in cells if rules.menu_item.fullmatch(c)) < rules.menu_min_share * len(cells):
        return False
    head = below[0].text
    return bool(rules.crumb_path.fullmatch(head)) or (headline_like(head, rules) and not _is_header_line(head, rules))


def _take_menu(doc: Parsed, lines: list[Line]) -> None:
    doc.menu.extend(ln.text for ln in lines)
    doc.removed.extend(ln.text for ln in lines)


def _take_site_name(doc: Parsed, line: Line, rules: Rules) -> None:
    """A site's name over its menu, sections or path: its publisher when it reads as one (a
    source line), else the site's own line (furniture)."""
    if is_publisher_line(line.text, rules):
        doc.head_sources.append(line.text)
    else:
        _take_menu(doc, [line])


def _is_site_logo(lines: list[Line], rules: Rules) -> bool:
    """A portal's address as its logo ("gob.pe"), alone or over its motto: the site's own lines."""
    return len(lines) <= 2 and bool(rules.site_logo.fullmatch(lines[0].text)) and \
        all(word_count(ln.text) <= rules.heading_max_words and line_end(ln.text) not in NO_TITLE_END
            for ln in lines[1:])


def _stacked_site_lines(blocks: list[list[Line]], i: int, rules: Rules) -> int:
    """How many one-line blocks from `i` (two or three) are a site's name and its sections, or its
    sections alone, over the headline's block, as _site_over_sections or _is_section_labels read
    them in one block; 0 when they are not."""
    for k in (3, 2):
        if i + k >= len(blocks) or any(len(block) != 1 for block in blocks[i:i + k]) or \
                is_dateline(blocks[i + k][0].text, rules):
            continue  # (a date under them is their header's: "DAILY HANSARD" / "TUESDAY, 5TH AUGUST, 2025")
        merged = [[ln for block in blocks[i:i + k] for ln in block], *blocks[i + k:i + k + 1]]
        # (a menu's item is no site's name: "Home" / "" / "News" / "" / "About Us" is a menu apart)
        if (_site_over_sections(merged, 0, rules) and not rules.menu_item.fullmatch(blocks[i][0].text)) or \
                _is_section_labels(merged, 0, rules):
            return k
    return 0


_SECTION_BAR = re.compile(r"\s+[|>»›]\s+")


def _section_name(text: str, rules: Rules) -> bool:
    """One of the menu's items, or two or three apart by bars or arrows, a country's name among
    them (a news site files its stories by region and country: "Asia | Japan"): the site's section
    path, short as such a path is. A country's name alone is no path: it may be a country sheet's
    title ("Paraguay" over "JICA Paraguay Office"); nor are countries' names alone."""
    if len(text) > 60:
        return False
    cells = _SECTION_BAR.split(text)
    if len(cells) == 1:
        return bool(rules.menu_item.fullmatch(text))
    items = [bool(rules.menu_item.fullmatch(cell)) for cell in cells]
    # (two countries' names, "Japan | Vietnam", are no path: a headline may pair them)
    return len(cells) <= 3 and any(items) and \
        all(item or cell.casefold() in rules.country_names for item, cell in zip(items, cells))


def _is_section_labels(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """The page's section and subsection, a line each, right over a headline of its own block
    ("Business" / "Economy" over "Japan pledges $500 million ..."): one or two of the menu's
    items (furniture.yml `site_menu`), the site's, never the title. A third line would make
    them a menu; an item over no headline stays."""
    block = blocks[i]
    if len(block) > 2 or i + 1 >= len(blocks) or not all(_section_name(ln.text, rules) for ln in block):
        return False
    head = blocks[i + 1][0].text
    return headline_like(head, rules) and word_count(head) > rules.menu_max_words and line_end(head) not in SENTENCE_END


_CRUMBS_APART = re.compile(r"\s*[»›>]\s*")


def _crumbed_title(doc: Parsed) -> str:
    """The last crumb of the breadcrumb removed over the title ("Home » News » ASEAN, Japan launch
    ..."): the page's own title, as the site names it; "" when no such breadcrumb was removed."""
    crumb = next((t for t in doc.removed if t[:4].casefold() == "home" and _CRUMBS_APART.search(t)), "")
    return _CRUMBS_APART.split(crumb)[-1].strip() if crumb else ""


# A site's name written as its domain ("INQUIRER.NET", "Tempo.co", "www.rappler.com")
_DOMAIN = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2}")


def _site_over_sections(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """A site's name (its domain, or a publisher's name) over one to three short section names, a
    line each, right over a headline of its own block ("INQUIRER.NET" / "News" / "Global Nation"
    over "PH, JAPAN SIGN P30-B DEAL ..."; "Nikkei Asia" / "Spotlight" / "Tech Asia" /
    "Semiconductors"): the site's, never the title."""
    block = blocks[i]
    if not 2 <= len(block) <= 4 or i + 1 >= len(blocks) or len(block[0].text) > 60:
        return False
    name = block[0].text
    # (a name that reads as no publisher's, "The Star" over "Nation", when the byline opens the
    # block under the headline: that headline is the story's, the lines over it the site's)
    # (or the date: "The Hindu" / "BusinessLine" over the headline, "Updated - November 28, 2026 at
    # 09:14 PM." under it; a kind's name under the name, "JICA Magazine" / "Interview", makes the
    # name a series: see parse_header)
    bylined = i + 2 < len(blocks) and (bool(rules.byline.fullmatch(under := blocks[i + 2][0].text)) or
                                       is_labelled_dateline(under, rules)) and \
        not any(_is_kind_label(ln.text, rules) for ln in block[1:])
    if not (_DOMAIN.fullmatch(name) or is_publisher_line(name, rules) or
            (bylined and word_count(name) <= 4 and is_title_case(name, rules))) or not all(
            word_count(ln.text) <= rules.menu_max_words and (ln.text[:1].isupper() or rules.menu_item.fullmatch(ln.text))
            and line_end(ln.text) not in SENTENCE_END and not is_dateline(ln.text, rules) and
            not rules.state.fullmatch(ln.text) for ln in block[1:]):
        return False  # (a date or a state under a publisher's name is its header's: "Fact Sheet" /
        # "March 2024", "Press Information Bureau" / "Government of India")
    if all(rules.menu_item.fullmatch(ln.text) for ln in block[1:]) and _is_section_labels(blocks, i + 1, rules):
        return True  # ("The Hindu" / "e-Paper" over "News / National", the headline under them)
    head = blocks[i + 1][0].text
    return len(blocks[i + 1]) == 1 and headline_like(head, rules) and word_count(head) > rules.menu_max_words and \
        line_end(head) not in SENTENCE_END


def _name_over_motto(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """A site's short name over its motto in one block, then the headline alone in its block and
    the story's byline or date opening the block under it ("East Asia Forum" / "Economics,
    Politics and Public Policy in East Asia and the Pacific", "Japan's quiet bet on ...",
    "Published: 28 May 2026"; an aggregator's name and motto over the headline and its stacked
    fields, "Format" / "News and Press Release" / "Source" / "JICA" / "Posted" / ...): the two
    lines are the site's. A title over its subtitle has its story's byline under it, not another
    headline; a body's short name over its full name ("JICA" / "Japan International Cooperation
    Agency") is its masthead, the publisher's."""
    if len(blocks[i]) != 2 or not _headline_over_byline(blocks, i + 1, rules):
        return False
    name, motto = blocks[i][0].text, blocks[i][1].text
    if _is_kind_label(name, rules) or reads_as_clause(motto, rules):
        # ("Asia Insight" / "Southeast Asia" over "Japan's JBIC to finance ...": a kicker over the
        # headline, its standfirst alone under it; a motto names, it says nothing happened)
        return False
    return (name.casefold() in rules.outlet_names or bool(_DOMAIN.fullmatch(name)) or
            (word_count(name) <= 4 and is_title_case(name, rules) and not any(c.isdigit() for c in name))) and \
        _site_name_lines(blocks[i], rules) and word_count(motto) >= 3 and not _is_header_line(motto, rules) and \
        word_count(blocks[i + 1][0].text) > word_count(name) + 1


def _section_over_headline(blocks: list[list[Line]], i: int, doc: Parsed, rules: Rules) -> bool:
    """The story's section alone in its block under the site's menu, over the headline and its
    byline or date ("Asia Pacific" over "Japan, Philippines agree on $1 bln financing ...", "By Tim
    Kelly and Karen Lema"): a short name in title case, the site's; never the title."""
    section = blocks[i][0].text
    return bool(doc.menu) and len(blocks[i]) == 1 and _headline_over_byline(blocks, i + 1, rules) and \
        word_count(section) <= 3 and is_title_case(section, rules) and not any(c.isdigit() for c in section) and \
        line_end(section) not in NO_TITLE_END and not is_source_line(section, rules) and \
        word_count(blocks[i + 1][0].text) > word_count(section) + 2


def _headline_over_byline(blocks: list[list[Line]], j: int, rules: Rules) -> bool:
    """A headline alone in its block at `j`, the story's byline or date opening the block under it
    (a "By" line, a date, a line of header fields, or stacked fields: "Format" / "News and Press
    Release" / "Source" / ...), or a lede that opens with a wire's dateline ("Lima, Jun. 3 (ANDINA).")."""
    if j + 1 >= len(blocks) or len(blocks[j]) != 1:
        return False
    head = blocks[j][0].text
    return headline_like(head, rules) and line_end(head) not in SENTENCE_END and _story_head(blocks[j + 1], rules)


def _story_head(block: list[Line], rules: Rules) -> bool:
    """A block that opens a story under its headline: with a "By" line, a date, a line of header
    fields, stacked fields, or a lede that opens with a wire's dateline."""
    under = block[0].text
    return bool(rules.byline.fullmatch(under)) or is_labelled_dateline(under, rules) or is_dateline(under, rules) or \
        is_header_fields_line(under, rules) or _stacked_fields([ln.text for ln in block], rules) or \
        bool((opening := lede_dateline(under, rules)) and (opening.group("date") or opening.group("agency")))


def _kicker_over_headline(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """The story's section right over its headline in one block ("Southeast Asia" / "Japan's JBIC
    to finance Indonesian geothermal plant with $300m loan", a photo's caption under them or not),
    a byline or a date opening one of the next three blocks: a name of three words at most in
    title case, over a headline that says what happened (_says_what_happened), or over a headline
    in sentence case with a "By" line opening one of the next three blocks."""
    if len(blocks[i]) < 2 or i + 1 >= len(blocks):
        return False
    kicker, headline = blocks[i][0].text, blocks[i][1].text
    return word_count(kicker) <= 3 and is_title_case(kicker, rules) and not any(c.isdigit() for c in kicker) and \
        line_end(kicker) not in NO_TITLE_END and not reads_as_clause(kicker, rules) and \
        not is_source_line(kicker, rules) and not _is_header_line(kicker, rules) and \
        word_count(headline) >= word_count(kicker) + 3 and headline_like(headline, rules) and \
        line_end(headline) not in SENTENCE_END and \
        ((_says_what_happened(headline, rules) and
          any(_story_head(blocks[j], rules) or _headline_over_byline(blocks, j, rules)
              for j in range(i + 1, min(i + 4, len(blocks))))) or
         # (or a headline in sentence case over a "By" line: "Global Development" / "Japan's aid
         # agency bets on ..." / "By Sara Jerving // 28 November 2024"; a site's motto is signed by no one)
         (not is_title_case(headline, rules) and
          any(rules.byline.fullmatch(blocks[j][0].text) for j in range(i + 1, min(i + 4, len(blocks))))))


def _says_what_happened(text: str, rules: Rules) -> bool:
    """A headline's clause: a verb's auxiliary after the first word (structure.auxiliary_words:
    "Japan will fund ..."), or "to" before a word in small letters that no small word is ("JBIC to
    finance ...", not "approach to the Mekong")."""
    words = text.split()
    return any(w.casefold() in rules.auxiliary_words or (w == "to" and k + 1 < len(words) and words[k + 1].islower() and
                                            words[k + 1].casefold() not in rules.minor_words)
               for k, w in enumerate(words[1:], 1))


def _is_site_masthead(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """A site's name and motto right over its menu ("ReliefWeb" / "Informing humanitarians
    worldwide 24/7 — a service provided by UN OCHA", then "Countries" / "Disasters" / ...): what
    stands above a page's menu is the site's, never the document's title."""
    block = blocks[i]
    return i + 1 < len(blocks) and len(block) <= 2 and _site_name_lines(block, rules) and \
        (_is_site_menu(blocks[i + 1], rules) or _menu_run(blocks, i + 1, rules) is not None)


def _name_over_row_menu(blocks: list[list[Line]], rules: Rules, doc: Parsed) -> bool:
    """A page that opens with a short name in title case alone on its line over a site's menu in a
    row (`doc.first_over_rows`), then a longer headline alone in its block: the name
    is the site's, as one over its menu a line each is (see `_is_site_masthead`). One of the row's
    items alone between them ("The Citizen" / "Business" / the headline) is the story's section.
    The name may have its motto under it ("Borneo Bulletin" / "Brunei's Premier National Newspaper"),
    or today's date as the site prints it ("Wednesday, May 13, 2026"), the site's too (the story's
    date is under its headline)."""
    if not doc.first_over_rows or len(blocks) < 3 or len(blocks[1]) != 1 or \
            not (len(blocks[0]) == 1 or len(blocks[0]) == 2 and not blocks[0][0].text.isupper() and
                 (_motto_line(blocks[0][1].text, rules) or is_dateline(blocks[0][1].text, rules))):
        return False  # (an acronym over its full name: the publisher's masthead)
    k = 2 if len(blocks) > 3 and _in_menu_row(blocks[1][0].text, doc, rules) else 1
    if len(blocks[k]) != 1:
        return False
    name, head = site_name_of(blocks[0][0].text, rules), blocks[k][0].text
    # (a publisher's name, however long, over a head however short: "Ministry of Investment, Industry
    # and Trade of the Republic of Uzbekistan" over its row, then "Cooperation with Japan")
    publisher = _long_body_name(name, rules)
    return (word_count(name) <= rules.menu_max_words or publisher) and not any(c.isdigit() for c in name) and \
        ends_like_heading(name) and is_title_case(name, rules) and headline_like(head, rules) and \
        (word_count(head) > word_count(name) + 1 or publisher) and line_end(head) not in SENTENCE_END and \
        not is_dateline(name, rules)


_NAME_MOTTO_BAR = re.compile(r"\s+[|–—-]\s+")


def site_name_of(text: str, rules: Rules) -> str:
    """A site's name where its line holds its motto after a bar or a dash ("VGP News | Online
    Newspaper of the Government of Viet Nam"): the name before it; else the whole line. (The motto
    may name the body that runs the site, as that one does.)"""
    parts = _NAME_MOTTO_BAR.split(text, maxsplit=1)
    # (a name beside its translation, "JICA Vietnam Office | Văn phòng JICA Việt Nam", is one name)
    if len(parts) == 2 and bilingual_half(text) is None and word_count(parts[0]) <= rules.menu_max_words and \
            (_motto_line(parts[1], rules) or _long_body_name(parts[1], rules) and not is_dateline(parts[1], rules)):
        return parts[0]
    return text


def _motto_line(text: str, rules: Rules) -> bool:
    """A site's motto under its name: a short line of three words or more opening with a capital, no
    sentence, no figure, no header's field (a date, a byline) and no body's name (the full name under
    an acronym, "JAIF" / "Japan-ASEAN Integration Fund", is the publisher's masthead)."""
    return word_count(text) >= 3 and text[:1].isupper() and _site_name_lines([Line(0, text)], rules) and \
        not any(c.isdigit() for c in text) and not _is_header_line(text, rules) and not _long_body_name(text, rules) and \
        not rules.state.fullmatch(text)  # (nor a state's name under its ministry's: "Arab Republic of Egypt")


def _long_body_name(name: str, rules: Rules) -> bool:
    """A publisher's name, or a body's in title case as long as a heading (a ministry's full name)."""
    return is_publisher_line(name, rules) or (
        word_count(name) <= rules.heading_max_words and bool(rules.organisation_words.search(name)) and
        not any(c.isdigit() for c in name) and is_title_case(name, rules) and not rules.address_title.match(name))


def _site_name_lines(lines: list[Line], rules: Rules) -> bool:
    """Lines as short as a site's name and motto, none ending a sentence."""
    return all(line_end(ln.text) not in SENTENCE_END and word_count(ln.text) <= rules.heading_max_words for ln in lines)


def _masthead_over_menu(block: list[Line], rules: Rules) -> int:
    """How many lines open a block as the site's name right over its menu, no blank line between
    ("The Japan News by The Yomiuri Shimbun" / "Politics" / "Society" / "Business" / "World"): one
    or two short lines that end no sentence, then a site menu (see _is_site_menu). 0 when not so."""
    return next((k for k in (1, 2) if len(block) - k >= rules.menu_min_items and _is_site_menu(block[k:], rules)
                 and _site_name_lines(block[:k], rules)), 0)


def _header_over_headline(block: list[Line], rules: Rules) -> int:
    """How many lines of a block are a dated header line, or a kicker, over its headline ("News
    Release | 12 March 2025" or "Asia Insight" over "ADB, Japan Sign $25 Million Grant ..."), 0 when
    it is not so: header lines, one of them holding a date or all of them kind labels, then one
    headline-like line, alone or over a standfirst."""
    head = next((k for k, ln in enumerate(block) if not _is_header_line(ln.text, rules)), len(block))
    if not head or head == len(block) or not (any(_HAS_DATE.search(ln.text) for ln in block[:head]) or
                                              all(_is_kind_label(ln.text, rules) for ln in block[:head])):
        return 0
    rest = block[head:]
    if not headline_like(rest[0].text, rules) or rest[0].indent or \
            not all(_standfirst_like(ln.text, rules) for ln in rest[1:]):
        return 0
    return head


def _capitals_wrapped(title: str, rest: list[Line], rules: Rules) -> bool:
    """A title in capitals hard-wrapped over two lines, the last line of the block ("JOINT STATEMENT
    OF THE 15TH MEETING OF THE JAPAN-PHILIPPINES" / "HIGH LEVEL JOINT COMMITTEE ON INFRASTRUCTURE
    DEVELOPMENT"): a subtitle in capitals under it would end with its own stop or stand apart."""
    return len(rest) == 1 and rest[0].text.isupper() and line_end(title) not in ".:;?!" and \
        headline_like(rest[0].text, rules) and len(title) + len(rest[0].text) <= rules.wrap_max_chars * 2


def _title_goes_on(label: str, text: str, rules: Rules) -> bool:
    """A kind of text in capitals whose title goes on under it from a small word ("JOINT MEDIA
    STATEMENT" / "OF THE 31st AEM-METI CONSULTATIONS"): one title, not a label over a headline."""
    first = text.split(None, 1)[0]
    return label.isupper() and first.isupper() and first.casefold() in rules.minor_words and _is_kind_label(label, rules)


def _is_pre_title_block(lines: list[Line], doc: Parsed, rules: Rules) -> bool:
    """Datelines, bylines, source lines and section labels may come before the title."""
    texts = [ln.text for ln in lines]
    return _is_header_block(texts, doc, rules) or \
        all(_is_header_line(t, rules) or rules.byline.fullmatch(t) for t in texts) or _is_printed_in(texts, rules)


_PAGES = re.compile(r"\bpp?\.\s?\d")


def _is_printed_in(texts: list[str], rules: Rules) -> bool:
    """`Proceedings of the 2024 International Conference on ...` over `Bangkok, Thailand, 21–23
    August 2024 | pp. 88–95`: the proceedings a paper is printed in and its pages there, over the
    paper's title: its publication, however long its name. (Without pages the proceedings are the
    document itself, their name its title.)"""
    return len(texts) >= 2 and bool(rules.periodical_name.fullmatch(texts[0])) and \
        any(_PAGES.search(t) for t in texts[1:]) and \
        all(_is_header_line(t, rules) or is_placed_dateline(t, rules) for t in texts[1:])


def _is_body_name(name: str, rules: Rules, also: re.Pattern[str] | None = None) -> bool:
    """`Tohoku Institute for Disaster Science`: a body's name in title case, as short as a source
    line, no figure in it, a word naming a body among its words (or a word of `also`). The logo's
    acronym may open it ("HIDA The Overseas Human Resources and Industry Development Association"):
    no word of the name's count."""
    logo = name[:1].isupper() and name.split(" ", 1)[0].isupper() and " " in name
    return word_count(name) - logo <= rules.source_max_words and not any(c.isdigit() for c in name) and \
        ends_like_heading(name) and is_title_case(name, rules) and \
        bool(rules.organisation_words.search(name) or (also is not None and also.search(name))) and \
        not rules.address_title.match(name)  # ("Remarks at the Japan-ASEAN Cybersecurity Centre": a title)


def _is_name_line(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """`Tohoku Institute for Disaster Science` alone over a longer headline and the lede: a
    body's name in title case, as a release prints its issuer over its title. Only with prose
    under the headline: a name over a short line may be a profile's title over its standfirst."""
    if len(blocks[i]) != 1 or i + 2 >= len(blocks) or len(blocks[i + 1]) != 1:
        return False
    name, headline, lede = blocks[i][0].text, blocks[i + 1][0].text, blocks[i + 2][-1].text
    return _is_body_name(name, rules) and \
        word_count(headline) >= word_count(name) + 2 and line_end(lede) in SENTENCE_END


# A field's label opening a line ("Title: ...", "Issue Date: ..."): a record's field, no headline
_FIELD_LABEL = re.compile(r"[^\W\d_][\w ]{0,20}:\s")
# A word of a site's short name that is an acronym ("IP" of "IP Paraguay", "PNA", "KPL")
_ACRONYM_WORD = re.compile(r"(?<![\w'’-])[A-Z]{2,6}(?![\w'’-])")


def _short_name_over_body(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """`IP Paraguay` over `Agencia de Información Paraguaya`, then a longer headline: an agency's
    short name (an acronym among its few words) over its full name, as its site prints its
    masthead. (A title over the body that issues it, "Japan-Paraguay Relations" / "Ministry of
    Foreign Affairs", has no acronym; nor is it over a headline. Over the site's menu or path, or
    over a record's fields ("Title: ..."), the two lines are read as any site's name is.)"""
    block = blocks[i]
    if len(block) != 2 or i + 1 >= len(blocks):
        return False
    name, below = block[0].text, blocks[i + 1][0].text
    return word_count(name) <= 3 and bool(_ACRONYM_WORD.search(name)) and ends_like_heading(name) and \
        not any(c.isdigit() for c in name) and _is_body_name(block[1].text, rules) and \
        headline_like(below, rules) and word_count(below) >= word_count(name) + 3 and \
        not is_dateline(below, rules) and not rules.section_number.fullmatch(below) and \
        not any(c in below for c in "|>»›") and "://" not in below and not _FIELD_LABEL.match(below) and \
        not _is_site_menu(blocks[i + 1], rules)


def _body_over_state(block: list[Line], rules: Rules) -> bool:
    """`MINISTRY OF PLANNING AND INVESTMENT` over `SOCIALIST REPUBLIC OF VIET NAM`: a ministry's name
    in capitals over its state's, as a ministry's site prints its masthead (a letterhead the
    other way up: see `_letterhead_start`)."""
    name = block[0].text
    return len(block) >= 2 and name.isupper() and word_count(name) <= rules.source_max_words and \
        ends_like_heading(name) and bool(rules.organisation_words.search(name)) and \
        len(block[1].text) <= 60 and bool(rules.state.fullmatch(block[1].text))


def _bodies_over_state(block: list[Line], rules: Rules) -> bool:
    """`Economic Relations Division (ERD)` / `Ministry of Finance` / `Government of the People's
    Republic of Bangladesh`: a unit's name over its ministry's and its state's, a line each, as a
    government site prints its masthead (the letterhead the other way up, in title case)."""
    last = block[-1].text
    return 2 <= len(block) <= 4 and _is_body_name(block[0].text, rules) and len(last) <= 60 and \
        bool(rules.state.fullmatch(last)) and all(_is_masthead_line(ln.text, rules) for ln in block[1:])


def _name_over_title(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """`ASEAN-Japan Centre` over `ASEAN-Japan Statistical Data Book 2023` over `Trade, Investment and
    Tourism` in one block, more text below: a body's name (`_is_body_name`) over a
    longer title in title case, and a subtitle under it or none; the name is the publisher's."""
    if i + 1 >= len(blocks):
        return False
    # (or the name alone, the title and its subtitle in the next block, as canonical_text writes them)
    block = blocks[i] if len(blocks[i]) > 1 else blocks[i] + blocks[i + 1]
    if len(block) not in (2, 3) or (len(blocks[i]) == 1 and i + 2 >= len(blocks)):
        return False
    name, title = block[0].text, block[1].text
    return _is_body_name(name, rules) and \
        word_count(title) >= word_count(name) + 2 and is_title_case(title, rules) and ends_like_heading(title) and \
        all(_standfirst_like(ln.text, rules) for ln in block[2:])


def _unlatin(text: str) -> bool:
    """A line whose letters are all of a script other than Latin ("สำนักงานไจก้า ประเทศไทย", "笹川平和財団")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c > "\u024f" for c in letters)


def _latin_text_below(blocks: list[list[Line]], start: int) -> bool:
    """Whether the first line of prose from block `start` on (longer than a header's line) is
    written mostly in Latin letters."""
    line = next((ln.text for block in blocks[start:start + 4] for ln in block if len(ln.text) > 80), "")
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c <= "\u024f" for c in letters) > len(letters) / 2


def _name_over_translation(block: list[Line], rules: Rules) -> bool:
    """`JICA Thailand Office` over `สำนักงานไจก้า ประเทศไทย`: a body's name (`_is_body_name`) over
    its name in the country's own script, as an office's or a foundation's site prints its
    masthead: the publisher's, never the title."""
    if len(block) < 2 or len(block[1].text) > 60 or not _unlatin(block[1].text):
        return False
    return _is_body_name(block[0].text, rules)


def _name_over_country(block: list[Line], rules: Rules) -> bool:
    """`United Nations Development Programme` over `Myanmar`: a body's name (`_is_body_name`) over
    a country's name alone (countries.yml), as a country office's site prints its masthead: the
    publisher's, never the title. So is a news outlet's name over its country's edition (`The
    Standard` / `Kenya`)."""
    if len(block) < 2 or len(block[1].text) > 40 or block[1].text.casefold() not in rules.country_names:
        return False
    return _is_body_name(block[0].text, rules, rules.office_words) or is_publisher_line(block[0].text, rules)


def _is_state_block(block: list[Line], rules: Rules) -> bool:
    """`KINGDOM OF CAMBODIA` / `NATION RELIGION KING`: a state's name and its motto, a block alone."""
    return len(block) == 2 and len(block[0].text) <= 60 and bool(rules.state.fullmatch(block[0].text)) and \
        bool(rules.motto.fullmatch(block[1].text))


def _goes_on_in_capitals(block: list[Line], k: int, rules: Rules) -> bool:
    """`MINISTRY OF FOREIGN AFFAIRS` / `AND INTERNATIONAL COOPERATION`: a body's name in capitals
    wrapped before a small word, the line going on with it."""
    return k > 0 and word_count(block[k].text) <= rules.logo_max_words and \
        goes_on_in_capitals(block[k - 1].text, block[k].text, rules)


def _body_unit_and_date(block: list[Line], rules: Rules) -> bool:
    """`Ministry of Land, Infrastructure, Transport and Tourism` / `International Policy Division,
    Policy Bureau` / `January 20, 2025`: a body's name over its unit and the date, a release's or a
    sheet's masthead over the title, as canonical_text writes one."""
    return len(block) >= 3 and _is_body_name(block[0].text, rules) and \
        all(_is_masthead_line(ln.text, rules) for ln in block[1:]) and any(is_dateline(ln.text, rules) for ln in block[1:])


def _spells_out(acronym: str, name: str) -> bool:
    """Whether `name` is what `acronym` stands for, its capitalised words' initials ("JAIF",
    "Japan-ASEAN Integration Fund")."""
    if not acronym.isalpha() or not acronym.isupper() or len(acronym) < 3 or len(name) > 80:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return initials == acronym


def _outlet_over_header(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """A news outlet the vocabulary knows over the story's byline and date in its block ("East
    Asia Forum" / "Author: Yuki Tanaka, ANU" / "Published: 28 May 2026"), or alone over the
    headline ("Andina" over "Peru and Japan strengthen ..."), as canonical_text writes a site's
    name read over its motto: a masthead. (Over the kind of piece, "JICA Magazine" / "Interview",
    the magazine names the series: see _names_the_series.)"""
    block = blocks[i]
    if block[0].text.casefold() not in rules.outlet_names:
        return False
    if len(block) == 1:  # (not over a heading its glyph marks: the body's first, as canonical_text writes one)
        head = blocks[i + 1][0].text if i + 1 < len(blocks) else ""
        return (head[:1].isalnum() or head[:1] in "\"'“‘") and headline_like(head, rules) and \
            line_end(head) not in SENTENCE_END
    return all(_is_header_line(ln.text, rules) and not _is_kind_label(ln.text, rules) for ln in block[1:]) and \
        any(is_dateline(ln.text, rules) or is_header_fields_line(ln.text, rules) for ln in block[1:])


def _masthead_end(blocks: list[list[Line]], i: int, doc: Parsed, rules: Rules) -> int:
    """How many lines of block `i` are a masthead above the headline (0: none).

    A logo line first (`JETRO`), or a body's name alone over its headline (see `_is_name_line`),
    then lines naming the body, its unit or the date; the headline comes next, in the same block
    or after header blocks, longer than the logo and shaped like a title (no final stop: a lede is
    no headline)."""
    block = blocks[i]
    logo = site_name_of(block[0].text, rules)  # (a motto after a bar on its line is the site's too)
    state = _letterhead_start(block, rules)
    translated = 2 if _name_over_translation(block, rules) or _name_over_country(block, rules) else 0
    bodies = _bodies_over_state(block, rules)
    # (a ministry's long name over the date is one too, over however short a head: canonical_text
    # writes a masthead read over a menu's row so)
    dated_name = len(block) == 2 and ((is_dateline(block[1].text, rules) and _is_body_name(logo, rules)) or
                                      (_long_body_name(logo, rules) and _is_header_line(block[1].text, rules)))
    # (a body's name over the date in its block, "Hokkaido University" / "July 3, 2024", the headline
    # a block below, is a masthead too: canonical_text writes one so)
    # (a body's name beside its translation on one line is a logo's line, as it is over it)
    if not state and not translated and not _is_logo_line(logo, rules) and not _is_name_line(blocks, i, rules) and \
            not (("/" in logo or "|" in logo) and (half := bilingual_half(logo)) and _is_body_name(half, rules)) and \
            not _name_over_title(blocks, i, rules) and not _body_over_state(block, rules) and \
            not bodies and \
            not dated_name and \
            not _body_unit_and_date(block, rules) and not _outlet_over_header(blocks, i, rules) and \
            not _short_name_over_body(blocks, i, rules):
        return 0
    last = state or translated or 1
    while last < len(block) and (_is_masthead_line(block[last].text, rules) or
                                 _goes_on_in_capitals(block, last, rules) or
                                 (last == 1 and _spells_out(logo, block[1].text))):
        last += 1
    j, pathed = i + 1, False
    # (the page's section over the headline, "Business & Economy", is the site's: read on past it)
    # (and so is its link to the page in another language alone in its block, "বাংলা", and the
    # page's path, under which the page's own title stands, however short: "Japan")
    while j < len(blocks) and (_is_pre_title_block(blocks[j], doc, rules) or _is_section_labels(blocks, j, rules) or
                               (len(blocks[j]) == 1 and len(blocks[j][0].text) <= 30 and
                                rules.language_name.fullmatch(blocks[j][0].text) is not None) or
                               (len(blocks[j]) == 1 and _is_barred_path(blocks[j][0].text, rules))):
        pathed = pathed or (len(blocks[j]) == 1 and _is_barred_path(blocks[j][0].text, rules))
        j += 1
    # The headline may itself name a body ("JBIC Signs Loan ..."): the masthead ends above it.
    for end in range(last, 0, -1):
        head = block[end:] or (blocks[j] if j < len(blocks) else [])
        # (the state's name under a body's, "THE PRESIDENCY" / "Republic of Kenya", is its masthead's)
        if head and not head[0].indent and headline_like(head[0].text, rules) and \
                (state or bodies or dated_name or (pathed and end == len(block)) or
                 word_count(head[0].text) > word_count(logo) or
                 # (a country's sheet is titled with its name alone: "JICA" / ... / "Paraguay")
                 (end == len(block) and head[0].text.casefold() in rules.country_names)) and \
                not (len(head[0].text) <= 60 and rules.state.fullmatch(head[0].text)) and \
                all(_standfirst_like(ln.text, rules) or _is_header_line(ln.text, rules) for ln in head[1:]):
            return end
    return 0


def _book_line(text: str, rules: Rules) -> str | None:
    """"chapter" for a book's chapter or part ("Chapter 3 Japan's Foreign Policy ...", "Part II
    Regional Cooperation"), "name" for a book's name ("JICA Annual Report 2023", "Diplomatic
    Bluebook 2023": a short title-like line with a series cue), None for any other line."""
    if not title_like(text, rules):
        return None
    if rules.section_line.fullmatch(text):
        # (a section's bare number, "Section 4", names where the section stands; its name is under it)
        return "chapter" if bare_section(text, rules) else None
    if rules.chapter_line.fullmatch(text) and word_count(text) <= rules.marked_heading_max_words:
        return "chapter"
    if word_count(text) <= rules.heading_max_words and rules.book_name.search(text) and \
            not _is_header_line(text, rules):
        return "name"
    return None


# A line of labels and their numbers only ("Section 4", "Chapter 2 Section 3", "SECTION IV").
_BARE_LABEL = re.compile(r"(?:[^\W\d_]+\s+(?:\d{1,3}|[ivxlc]{1,7})\.?\s*)+", re.I)


def _bare_place(text: str, rules: Rules) -> bool:
    """A chapter's, a part's or a section's label and number alone ("Chapter 3", "PART III")."""
    return _BARE_LABEL.fullmatch(text) is not None and _book_line(text, rules) == "chapter"


def bare_section(text: str, rules: Rules) -> bool:
    """A section's number with no name ("Section 4"), printed over the section's name."""
    return bool(rules.section_line.fullmatch(text) and _BARE_LABEL.fullmatch(text))


def _book_subtitle(above: str, text: str, rules: Rules) -> bool:
    """A book's subtitle under its name in their block ("White Paper on Development Cooperation
    2024" / "Japan's International Cooperation"): a short title-like line, no chapter nor section.
    Only part of a book's head when a chapter's section follows (see _book_head)."""
    return _book_line(above, rules) == "name" and title_like(text, rules) and \
        word_count(text) <= rules.heading_max_words and not rules.section_line.fullmatch(text) and \
        not _is_header_line(text, rules)


_CHAPTER_NAME_WORDS = 8  # under a chapter line, "Overview" opens its first section; a name this long is the chapter's


def _wrapped_title(block: list[Line], rules: Rules) -> str | None:
    """A chapter's name printed over two or three lines, each after the first going on in lower
    case ("Japan's Technical Cooperation for Digital Skills" / "in the Mekong Subregion"): the
    name as one line. Lines each opening in capitals are several headings, or a list."""
    if not 2 <= len(block) <= 3 or any(ln.indent or ln.cells for ln in block) or \
            not block[0].text[:1].isupper() or not all(ln.text[:1].islower() for ln in block[1:]):
        return None
    text = " ".join(ln.text for ln in block)
    return text if title_like(text, rules) and word_count(text) <= rules.headline_max_words else None


_CHAPTER_NUMBER = re.compile(r"(\d{1,2})\s+\S")


def _chapter_over(text: str, below: str, rules: Rules) -> bool:
    """`3  International Collaboration` over `3.2  Science and Technology Research Partnership ...`: a
    chapter's number and name, as a report numbers them, over a section of that chapter."""
    m = _CHAPTER_NUMBER.match(text)
    return m is not None and title_like(text, rules) and below.startswith(f"{m.group(1)}.") and \
        below[len(m.group(1)) + 1:len(m.group(1)) + 2].isdigit()


def _book_head(blocks: list[list[Line]], i: int, rules: Rules) -> tuple[tuple[str, ...], int, str] | None:
    """A chapter excerpt's head from block `i`: the book's name and/or chapter lines, then the
    section that is the document's subject, as (book lines, block of the section, its title).

    The section is a `Section 2 ...` line (under the book lines in their block, or a block of its
    own), or a block of its own that reads as a heading: a numbered one under any book line, an
    unmarked one ("Southeast Asia") only under the book's name (under a chapter line alone, an
    "Overview" is the chapter's first heading). Lines of any other shape: None."""
    book: list[str] = []
    named = False
    for j in range(i, len(blocks) - 1):  # the section has text under it
        block = blocks[j]
        k = 0
        while k < len(block) and ((kind := _book_line(block[k].text, rules)) or
                                  (k and _book_subtitle(block[k - 1].text, block[k].text, rules))):
            named = named or kind == "name"
            k += 1
        book.extend(ln.text for ln in block[:k])
        if k == len(block):
            continue
        line = block[k]
        if book and k == 0 and (wrapped := _wrapped_title(block, rules)):
            return tuple(book), j, wrapped
        if not book or k != len(block) - 1 or line.indent:
            return None
        if j + 2 < len(blocks) and _chapter_over(line.text, blocks[j + 1][0].text, rules):
            book.append(line.text)  # "3  International Collaboration" over "3.2  Science and ...": its chapter
            continue
        if rules.section_line.fullmatch(line.text) and title_like(line.text, rules):
            return tuple(book), j, line.text
        if k == 0 and rules.series_issue.fullmatch(book[-1]) and headline_like(line.text, rules):
            # "Working Paper No. 2024-07" over the paper's own title, however long ("Japan's Quality
            # Infrastructure Loans and ...: Evidence from Viet Nam and Cambodia"): the issue is the
            # series, the line under it the title (not a subtitle under the issue as a title)
            return tuple(book), j, line.text
        heading = heading_kind(block, blocks[j + 1], rules) if k == 0 else None
        # (a long name under a chapter line is the chapter's, as when it wraps: see _wrapped_title)
        # (under a section's bare number, "Section 4", the heading is that section's name)
        if heading and (named or heading[0] != "plain" or word_count(heading[1]) >= _CHAPTER_NAME_WORDS or
                        bare_section(book[-1], rules)):
            if named and heading[0] == "plain" and _part_over_section(blocks, j, rules):
                book.append(line.text)  # "Operations by Region" over "Latin America and the Caribbean"
                continue
            return tuple(book), j, heading[1]
        return None
    return None


def _part_over_section(blocks: list[list[Line]], j: int, rules: Rules) -> bool:
    """Under a book's name, an unmarked heading alone in its block over another, itself over the
    first heading of the text ("JBIC Annual Report 2026" / "Operations by Region" / "Latin America
    and the Caribbean" / "Overview" / prose): the first names the book's part, the second the
    section copied out of it."""
    if j + 3 >= len(blocks) or len(blocks[j + 1]) != 1 or len(blocks[j + 2]) != 1:
        return False
    # (the authors' names under a chapter's title are no section: "Shimizu Kenji and Nguyen Thi Hoa")
    under = heading_kind(blocks[j + 1], blocks[j + 2], rules)
    return bool(under) and under[0] == "plain" and not _authors_line(under[1], rules) and \
        not bare_names(under[1]) and bool(heading_kind(blocks[j + 2], blocks[j + 3], rules))


def _mail_subject(block: list[Line], rules: Rules) -> int | None:
    """Which line of an e-mail's header block (`From:`, `Sent:`, `To:`, `Subject:` ...) is its
    subject; None when the block is no such header."""
    texts = [ln.text for ln in block]
    if len(texts) < 3 or not all(len(t) <= 200 and rules.mail_header.fullmatch(t) for t in texts):
        return None
    labels = [t.split(":", 1)[0].strip().casefold() for t in texts]
    if "from" not in labels or "subject" not in labels:
        return None
    k = labels.index("subject")
    m = rules.mail_subject.fullmatch(texts[k])
    return k if m and headline_like(m.group("subject"), rules) else None


# A post's or a blog's author block with the writer's account on it ("Aiko Sato" / "@aiko_sato_dev"
# / "May 13, 2024", "Aiko Sato (@aiko_sato_dev)", "@aiko_sato_dev · May 13"): the handle names the
# writer's account, never the source nor the title; what follows a dot after it is the next field.
_HANDLE_LINE = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3} )?\(?@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\)?"
                          r"(?:\s*[·•|]\s*(?P<rest>\S.{0,80}))?")


def _take_post_handle(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """The writer's name and handle over the post's date in the page's first blocks, lifted as the
    byline (see _HANDLE_LINE); the blocks unchanged for any other head. (Over a post's age, "2h",
    _take_post_card reads the block.)"""
    for i, block in enumerate(blocks[:3]):
        for k, line in enumerate(block):
            text = line.text
            if len(text) > 120 or "@" not in text:
                if len(text) > rules.wrap_max_chars and (i or len(block) > 1):
                    return blocks  # (prose: the head is over; a long headline alone on top is no prose)
                continue
            m = _HANDLE_LINE.fullmatch(text)
            name = (m.group("name") or "").strip() if m else ""
            if m is None or (name and not bare_names(name)):
                continue  # ("Contact us @jica_direct": a sentence's words before it)
            above = k > 0 and not name and bare_names(block[k - 1].text)
            after = m.group("rest") or (block[k + 1].text if k + 1 < len(block) else
                                        blocks[i + 1][0].text if i + 1 < len(blocks) else "")
            if not is_dateline(after, rules) or not (name or above or k == 0):
                continue
            start = k - 1 if above else k
            handle = text[m.start() + len(m.group("name") or ""):m.start("rest") if m.group("rest") else len(text)]
            doc.bylines.extend([ln.text for ln in block[start:k]] + ([name] if name else []) + [handle.strip(" ()·•|")])
            kept = block[:start] + ([line._replace(text=m.group("rest"))] if m.group("rest") else []) + block[k + 1:]
            return blocks[:i] + ([kept] if kept else []) + blocks[i + 1:]
    return blocks


def _site_over_headline(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """The page's first block the site's name over the headline, the copy's edition or a widget
    between them ("The Japan Times" / "AMP" / "Japan and ASEAN celebrate ..."), the header's date a
    blank line below: a block each, as a copy with blank lines sets them (the name the source, the
    headline the title); no photo's credit over its caption, which stands under a headline (a
    motto under a ministry's name has no date under it: a crumb or the menu is)."""
    block = blocks[0] if len(blocks) > 1 else None
    if block is None or not 2 <= len(block) <= 4 or not is_publisher_line(block[0].text, rules) or \
            not headline_like(block[-1].text, rules) or not is_dateline(blocks[1][0].text, rules) or \
            not all(len(ln.text) <= 60 and rules.above_title.fullmatch(ln.text) for ln in block[1:-1]):
        return blocks
    return [[ln] for ln in block] + blocks[1:]


def _take_mail_subject(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """An e-mail saved as text: its subject is the title (its label and a `FW:` go as furniture);
    the rest of its header stays on top of the text, a line each."""
    k = _mail_subject(blocks[0], rules) if blocks else None
    if k is None:
        return blocks
    m = rules.mail_subject.fullmatch(blocks[0][k].text)
    doc.title = m.group("subject")
    doc.removed.append(m.group("prefix").strip())
    return [blocks[0][:k] + blocks[0][k + 1:], *blocks[1:]]


def _page_cell(cells: tuple[str, ...]) -> int | None:
    """Which of a line's two cells is a page's number alone ("34"), or None."""
    return next((k for k, c in enumerate(cells) if c.isdigit() and len(c) <= 4), None) if len(cells) == 2 else None


def _gapped_fields(blocks: list[list[Line]], rules: Rules) -> list[list[Line]]:
    """A header's metadata line whose fields wide gaps part, not bars ("Collins Mwai     May 12,
    2026     4 min read", as a page copied as text spaces them): its fields parted by bars, as a
    metadata line writes them, so that it is read as one. Only above the first line of prose, a
    line alone in its block (a table's rows are several)."""
    out = []
    for k, block in enumerate(blocks):
        line = block[0]
        if len(block) == 1 and line.spaced and not line.tab_cells and 2 <= len(line.cells) <= 4 and \
                any(c.isdigit() for c in line.text) and header_fields(" | ".join(line.cells), rules) and \
                not header_fields(line.text, rules):  # ("By Phong Hoang   March 6, 2025" reads as one already)
            block = [line._replace(text=" | ".join(line.cells))]
        elif any(len(ln.text) > rules.wrap_max_chars for ln in block):
            return out + blocks[k:]  # (prose: the header is over)
        out.append(block)
    return out


def _take_running_header(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """`U.S.-Japan Partnership in the Philippines      FACT SHEET`: a handout's running header on its
    first line, a short name and the kind of sheet apart by a wide gap. The kind is a header line
    (the document's type), the name the series it belongs to; neither is the title."""
    first = blocks[0][0] if blocks and blocks[0] else None
    if first is None or len(first.cells) != 2 or first.indent:
        return blocks
    page = _page_cell(first.cells)
    if page is not None and _book_line(first.cells[1 - page], rules) == "name":
        # "JST Annual Report 2024      34": the book's name and the page's number, a PDF's running
        # head: the number goes, the name stays to head the book's lines (see _book_head)
        doc.removed.append(first.cells[page])
        name = first.cells[1 - page]
        return [[Line(0, name), *blocks[0][1:]], *blocks[1:]]
    kind = next((k for k, c in enumerate(first.cells) if _is_kind_label(c, rules)), None)
    name = first.cells[1 - kind] if kind is not None else ""
    if kind is None or _is_kind_label(name, rules) or word_count(name) > rules.heading_max_words or \
            not ends_like_heading(name) or not is_title_case(name, rules):
        return blocks
    if is_dateline(name, rules):
        # ("PRESS RELEASE      13 May 2024", "Press Release<tab>13 May 2024": the kind beside the
        # release's date, no series; read as the line is with one space between them)
        return [[first._replace(cells=()), *blocks[0][1:]], *blocks[1:]]
    _take_header_line(doc, first.cells[kind], rules)
    doc.series, doc.running_kind = (name,), first.cells[kind]
    return [blocks[0][1:], *blocks[1:]] if len(blocks[0]) > 1 else blocks[1:]


def _site_header_over_menu(block: list[Line], doc: Parsed, rules: Rules) -> bool:
    """A site's menu right under what was read as the title, a date between them or the title an
    outlet's name, nothing else read yet: that "title" is the site's name over its menu."""
    return bool(doc.title) and doc.subtitle is None and not doc.blocks and not doc.series and \
        not doc.head_sources and (doc.dateline is not None or is_publisher_line(doc.title or "", rules)) and \
        _is_site_menu(block, rules)


def _site_language_link(block: list[Line], doc: Parsed, rules: Rules) -> int | None:
    """Where in `block` a language's name stands alone as the site's link to its page in that
    language ("Ministry of Foreign Affairs of Japan" / "Japanese"): right under the site's or the
    publisher's name in its block, or in a block of its own once the site's lines are read; None
    when it does not."""
    if len(block) == 1:
        k = 0 if doc.head_sources or doc.menu else None
    else:
        k = 1 if is_publisher_line(block[0].text, rules) or _is_body_name(block[0].text, rules) else None
    if k is None or len(block[k].text) > 30 or not rules.language_name.fullmatch(block[k].text):
        return None
    return k


def _take_site_header(doc: Parsed) -> None:
    """The site's name and its date over its menu: furniture, the parse of the header starting anew."""
    _take_menu(doc, [Line(0, doc.title or "")] + ([Line(0, doc.dateline)] if doc.dateline else []))
    doc.title, doc.title_number, doc.dateline = None, "", None
    doc.bylines.clear()


_SOURCE_LABEL = re.compile(r"\(?(?:data\s+)?sources?\b", re.I)


def _photo_credit_line(text: str, rules: Rules) -> re.Match[str] | None:
    """A photo's credit alone on its line ("Photo: Kyodo", "Getty Images"), short as one is; a
    "Source: Xinhua" line is the wire's header, no photo's credit."""
    if len(text) > 100 or _SOURCE_LABEL.match(text):
        return None
    return rules.photo_credit.fullmatch(text)


# A video's or a recording's player over the headline, its label and the clip's own title ("Watch:
# Japan and ASEAN mark 50 years", "Video: Kishida at the summit"): the clip's, kept on top of the
# text as the photo's credit is, never the title (the headline under it is).
_PLAYER_LABEL = re.compile(r"(?:watch|video|audio|listen|podcast)\s?[:|]\s?[^\W_][^.!?:]{0,100}", re.I)
_PLAYER_INITIALS = frozenset("WwVvAaLlPp")


def _player_label(text: str) -> re.Match[str] | None:
    """A player's label with its clip's title (see _PLAYER_LABEL), its first letter tried first."""
    return _PLAYER_LABEL.fullmatch(text) if text[:1] in _PLAYER_INITIALS else None


def _players_only(blocks: list[Block]) -> bool:
    """Every block read so far a player's label with its clip's title (see _PLAYER_LABEL), kept as
    text: the header's widgets may go on under it."""
    return all(b.kind == "para" and _player_label(b.text) for b in blocks)


def _photo_over_headline(blocks: list[list[Line]], i: int, doc: Parsed, rules: Rules) -> re.Match[str] | None:
    """Block `i` a photo's label with no caption of its own ("Photo 1. Details in caption.") or a
    photo's credit alone ("Photo: Kyodo"), over a headline (no caption: no stop, no credit) with
    the header's lines or a lede's dateline under it: the label's or credit's match, else None.
    (Over a caption that is a sentence, or with no header under it, the label takes its caption.)"""
    # (a credit right over the headline in its block, the header under it there or a blank line
    # below: "Photo: Kyodo" / "Japan and Indonesia to ..." / "13 May 2024"; over a caption, which
    # no header follows, the credit is its credit)
    text, glued = blocks[i][0].text, len(blocks[i]) > 1
    if (not glued and i + 1 >= len(blocks)) or len(text) > 100:
        return None
    m = rules.caption_label.fullmatch(text) or _photo_credit_line(text, rules) or _player_label(text)
    if m is None or ("text" in m.re.groupindex and (m.group("text") or glued)):
        return None
    below = blocks[i][1:] if glued else blocks[i + 1]
    if credited_caption(below[0].text, rules):
        return None
    return m if _headline_over_header(below, blocks[i + 1 + (not glued)] if i + 1 + (not glued) < len(blocks) else None,
                                      doc, rules) else None


def _headline_over_header(lines: list[Line], nxt: list[Line] | None, doc: Parsed, rules: Rules) -> bool:
    """`lines` a headline, the header's lines under it (a date, a byline, a source) or, with no more
    lines, the block `nxt` those lines or a lede opened by its dateline: the head of a page."""
    if not headline_like(lines[0].text, rules):
        return False
    rest = [ln.text for ln in lines[1:]] or ([ln.text for ln in nxt] if nxt else [])
    return bool(rest) and (_is_pre_title_block([Line(0, t) for t in rest], doc, rules) or
                           lede_dateline(rest[0], rules) is not None)


def _widget_over_headline(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """The first line of block `i` a page's widget (furniture.yml `above_title`: its tags, its
    comments' link, a gallery's counter) right over a headline, in its block or the next one."""
    text = blocks[i][0].text
    if len(text) > 160 or not rules.above_title.fullmatch(text):
        return False
    below = blocks[i][1] if len(blocks[i]) > 1 else blocks[i + 1][0] if i + 1 < len(blocks) else None
    return below is not None and headline_like(below.text, rules)


def _is_site_title(text: str, rules: Rules) -> bool:
    """A site's name as a portal prints it over its pages (furniture.yml `site_title`), in title
    case or capitals, no clause ("Japan Opens Web Portal for Trainees" is a headline)."""
    return bool(rules.site_title.fullmatch(text)) and (text.isupper() or is_title_case(text, rules)) and \
        not reads_as_clause(text, rules)


def _site_title_over_page(blocks: list[list[Line]], i: int, rules: Rules) -> bool:
    """Whether block `i` opens with a site's name over the page's own head (a body's name, a path,
    a menu, the headline): not over the date or a byline, which stand under a headline ("Japan
    Opens Web Portal for Trainees" / "13 May 2024" is the story's head)."""
    if not _is_site_title(blocks[i][0].text, rules):
        return False
    below = blocks[i][1].text if len(blocks[i]) > 1 else blocks[i + 1][0].text if i + 1 < len(blocks) else None
    return below is not None and line_end(below) not in SENTENCE_END and not is_dateline(below, rules) and \
        not rules.byline.fullmatch(below)


def _newsletter_title(text: str, rules: Rules) -> bool:
    """A newsletter's name at the head of one of its issues, in title case or capitals, its
    number or date beside it or not (furniture.yml `newsletter_name`)."""
    return bool(rules.newsletter_name.fullmatch(text)) and (text.isupper() or is_title_case(text, rules))


def parse_header(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """Take series, title, standfirst, dateline and source lines off the top; return the rest."""
    blocks = _take_mail_subject(blocks, doc, rules)
    blocks = _take_post_handle(blocks, doc, rules)
    blocks = _site_over_headline(blocks, doc, rules)
    blocks = _gapped_fields(blocks, rules)
    blocks = _take_running_header(blocks, doc, rules)
    i, n = 0, len(blocks)
    while i < n:
        if doc.title is None and _take_post_card([ln.text for ln in blocks[i]], doc, rules):
            i += 1  # a social post's writer over the post: the post's first line may be its title
            continue
        if doc.title is None and not doc.top_photo and (photo := _photo_over_headline(blocks, i, doc, rules)):
            # "Photo 1. Details in caption." (or "Photo: Kyodo") over the headline and the header or
            # the lede: the photo on top of the page, its caption not copied; the headline is the title
            labelled = "label" in photo.re.groupindex  # (a caption's label, not a credit)
            if labelled and photo.group("placeholder"):
                doc.removed.append(photo.group("placeholder"))
            doc.top_photo = photo.group("label") if labelled else blocks[i][0].text
            if len(blocks[i]) > 1:  # (the headline under it in its block opens the next one)
                blocks = blocks[:i] + [blocks[i][1:]] + blocks[i + 1:]
            else:
                i += 1
            continue
        if doc.title is None and _widget_over_headline(blocks, i, rules):
            # "Topics: Digital, ASEAN", "Comments", "3 / 12" over the headline: the page's, no title
            doc.removed.append(blocks[i][0].text)
            blocks = blocks[:i] + ([blocks[i][1:]] if len(blocks[i]) > 1 else []) + blocks[i + 1:]
            n = len(blocks)
            continue
        if doc.title is None and _site_title_over_page(blocks, i, rules):
            # "FIJI GOVERNMENT ONLINE PORTAL" over the ministry's name and the page: the site's own
            # line (its name on every page), never the title
            _take_menu(doc, blocks[i][:1])
            blocks = blocks[:i] + ([blocks[i][1:]] if len(blocks[i]) > 1 else []) + blocks[i + 1:]
            n = len(blocks)
            continue
        if doc.title is None and (_is_site_menu(blocks[i], rules) or _is_site_logo(blocks[i], rules) or
                                  _is_section_labels(blocks, i, rules)):
            # (a menu's items are the site's sections: no mention of a place, no kind of document)
            _take_menu(doc, blocks[i])
            i += 1
            continue
        if doc.title is None and _is_site_masthead(blocks, i, rules):
            # the site's name over its menu: its publisher when it reads as one ("Embassy of Japan
            # in Papua New Guinea"), its motto the site's
            _take_site_name(doc, blocks[i][0], rules)
            _take_menu(doc, blocks[i][1:])
            i += 1
            continue
        if doc.title is None and i == 0 and _name_over_row_menu(blocks, rules, doc):
            # "The Rising Nepal" over the site's menu in a row ("Home   National   Business ..."),
            # the headline under them: the site's name, never the title (a body's name, however
            # long, the publisher's)
            if _long_body_name(blocks[i][0].text, rules) or \
                    is_publisher_line(site_name_of(blocks[i][0].text, rules), rules):
                # (with its motto on its line, "VGP News | Online Newspaper of ...": the name is the source's)
                doc.head_sources.append(blocks[i][0].text)
            else:
                _take_site_name(doc, blocks[i][0], rules)
            _take_menu(doc, blocks[i][1:])  # (its motto, the site's)
            i += 1
            continue
        if doc.title is None and i + 1 < n and len(blocks[i]) <= 2 and _site_name_lines(blocks[i], rules) and \
                (crumb := _crumbed_title(doc)) and word_count(crumb) > rules.menu_max_words and \
                blocks[i + 1][0].text.casefold() == crumb.casefold():
            # "ASEAN Main Portal" over the page whose title the breadcrumb's last crumb repeats
            # ("Home » News » ASEAN, Japan launch ..."): the site's name, never the title (a last
            # crumb as short as a menu's item names the section: "Home » News » Press Releases")
            for ln in blocks[i]:
                _take_site_name(doc, ln, rules)
            i += 1
            continue
        if doc.title is None and len(blocks[i]) == 1 and i + 1 < n and _is_body_name(blocks[i][0].text, rules) and \
                _periodical_head([ln.text for ln in blocks[i + 1]], rules):
            # "ISEAS - Yusof Ishak Institute" over "ISEAS Perspective" / "2025/91": the body that
            # publishes the series, never the paper's title
            doc.head_sources.append(blocks[i][0].text)
            i += 1
            continue
        if doc.title is None and (k := _stacked_site_lines(blocks, i, rules)):
            # the site's name and its sections a line each with blank lines between ("Nikkei Asia" /
            # "" / "Business" / "" / "Tech Asia" over the headline): read as one block of them
            blocks = blocks[:i] + [[ln for block in blocks[i:i + k] for ln in block]] + blocks[i + k:]
            n = len(blocks)
        if doc.title is None and _name_over_motto(blocks, i, rules):
            # "East Asia Forum" / "Economics, Politics and Public Policy in East Asia and the
            # Pacific" over the headline, its byline or date under it: the site's name (its
            # publisher when it reads as one, or an outlet the vocabulary knows) and its motto,
            # never the title and its subtitle
            if blocks[i][0].text.casefold() in rules.outlet_names:
                doc.head_sources.append(blocks[i][0].text)
            else:
                _take_site_name(doc, blocks[i][0], rules)
            _take_menu(doc, blocks[i][1:])
            i += 1
            continue
        if doc.title is None and _kicker_over_headline(blocks, i, rules):
            _take_menu(doc, blocks[i][:1])  # the story's section, the site's: the headline under it is the title
            # (the rest read as a block of its own is: a photo's caption under the headline stands apart)
            rest = [part for apart in lines_apart(blocks[i][1:], rules) for part in split_block(apart, rules)]
            blocks = blocks[:i] + rest + blocks[i + 1:]
            n = len(blocks)
            continue
        if doc.title is None and _section_over_headline(blocks, i, doc, rules):
            _take_menu(doc, blocks[i])  # "Asia Pacific" under the menu, over the headline
            i += 1
            continue
        if doc.title is None and _site_over_sections(blocks, i, rules):
            # "INQUIRER.NET" / "News" / "Global Nation" over the headline: the site's name (its
            # publisher when it reads as one) over the sections the story is filed in
            name, sections = blocks[i][0], blocks[i][1:]
            _take_site_name(doc, name, rules)
            for ln in sections:  # (a kind's label among them, "Fact Sheet", says what the page is)
                if _is_kind_label(ln.text, rules):
                    _take_header_line(doc, ln.text, rules)
                else:
                    _take_menu(doc, [ln])
            i += 1
            continue
        if doc.title is None and (k := _site_language_link(blocks[i], doc, rules)) is not None:
            # "Japanese" under the site's name: its link to the page in that language (alone in
            # the text, "English" may head one language's part of a bilingual page, and stays)
            _take_menu(doc, blocks[i][k:k + 1])
            blocks = blocks[:i] + ([rest] if (rest := blocks[i][:k] + blocks[i][k + 1:]) else []) + blocks[i + 1:]
            n = len(blocks)
            continue
        if doc.title is None and len(blocks[i]) == 1 and len(blocks[i][0].text) <= 100 and \
                rules.crumb_path.fullmatch(blocks[i][0].text):
            _take_menu(doc, blocks[i])  # the page's section path over the title: the site's
            i += 1
            continue
        if doc.title is None and len(blocks[i]) == 1 and i + 2 < n and len(blocks[i + 1]) == 1 and \
                _is_barred_path(blocks[i + 1][0].text, rules) and headline_like(blocks[i + 2][0].text, rules) and \
                _menu_word(blocks[i][0].text, rules) and is_title_case(blocks[i][0].text, rules):
            # "The Diplomat" over "ASEAN Beat | Economy | Southeast Asia" over the headline: the
            # site's name over its section path (its publisher when it reads as one)
            _take_site_name(doc, blocks[i][0], rules)
            i += 1
            continue
        if doc.title is None and len(blocks[i]) == 1 and i + 1 < n and _is_barred_path(blocks[i][0].text, rules) and \
                headline_like(blocks[i + 1][0].text, rules):
            _take_menu(doc, blocks[i])  # "ASEAN Beat | Diplomacy | Southeast Asia" over the headline
            i += 1
            continue
        if doc.title is None and len(blocks[i]) >= 2 and len(blocks[i][0].text) <= 40 and \
                rules.logo_text.fullmatch(blocks[i][0].text) and headline_like(blocks[i][1].text, rules):
            _take_menu(doc, blocks[i][:1])  # an emblem's words in lower case over the headline
            blocks = blocks[:i] + [blocks[i][1:]] + blocks[i + 1:]
            continue
        if doc.title is None and len(blocks[i]) == 1 and i + 1 < n and \
                _menu_row_over_head(blocks[i][0], blocks[i + 1], rules):
            _take_menu(doc, blocks[i])  # "Who we are   Our priorities   Our work   Media   Get involved"
            i += 1
            continue
        if doc.title is None and len(blocks[i]) == 1 and i + 1 < n and _in_menu_row(blocks[i][0].text, doc, rules) \
                and headline_like(blocks[i + 1][0].text, rules):
            # one of the items of the site's menu in a row, alone over the headline ("HOME  SAMOA
            # PACIFIC  WORLD ..." then "Samoa" over "New Vaisigano Bridge ..."): the story's section
            _take_menu(doc, blocks[i])
            i += 1
            continue
        if doc.title is None and (doc.menu or doc.row_items) and len(blocks[i]) >= 2 and \
                word_count(blocks[i][0].text) <= 3 and (_row_item(blocks[i][0].text, doc) or \
                blocks[i][0].text.casefold() in {item.casefold() for item in doc.menu}) and \
                headline_like(blocks[i][1].text, rules):
            # one of the menu's sections over the headline in its block ("Tech" over "Japan to help
            # Vietnam build ..."; "Nation" under "Headlines | Nation | Business | ..."): the section
            # the story is in, the site's, no title
            _take_menu(doc, blocks[i][:1])
            blocks = blocks[:i] + [blocks[i][1:]] + blocks[i + 1:]
            continue
        if doc.title is None and not doc.menu and len(blocks[i]) >= 2 and len(blocks[i][0].text) <= 30 and \
                rules.menu_item.fullmatch(blocks[i][0].text) and \
                word_count(blocks[i][1].text) > word_count(blocks[i][0].text) + 2 and \
                _headline_over_header(blocks[i][1:], blocks[i + 1] if i + 1 < n else None, doc, rules):
            # ... or, no menu read, a section's name over the headline and the header under it
            # ("World" / "Japan and Indonesia to ..." / "13 May 2024"): the site's section, no title
            # (a kind's label among the sections, "Opinion / Asia Pacific", says what the page is)
            if _is_kind_label(blocks[i][0].text, rules):
                _take_header_line(doc, blocks[i][0].text, rules)
            else:
                _take_menu(doc, blocks[i][:1])
            blocks = blocks[:i] + [blocks[i][1:]] + blocks[i + 1:]
            continue
        if doc.title is None and doc.menu and len(blocks[i]) == 1 and i + 1 < n and \
                word_count(blocks[i][0].text) <= 3 and \
                blocks[i][0].text.casefold() in {m.casefold() for m in doc.menu} and \
                headline_like(blocks[i + 1][0].text, rules) and \
                word_count(blocks[i + 1][0].text) > word_count(blocks[i][0].text) + 2:
            # ... or alone in its block over it ("Money" over "Japan to fund Nagdhunga tunnel's ...")
            _take_menu(doc, blocks[i])
            i += 1
            continue
        if doc.title is None and _newsletter_title(blocks[i][0].text, rules):
            # "Embassy Newsletter – October 2024 (Vol. 58)", or the name over "Issue No. 52 | March
            # 2024": the issue is the document, the newsletter's name its title (never its
            # publisher, nor a dateline), the lines under it the header's
            doc.title = blocks[i][0].text
            if len(blocks[i]) > 1:
                blocks = blocks[:i] + [blocks[i][1:]] + blocks[i + 1:]
            else:
                i += 1
            break
        masthead = _masthead_over_menu(blocks[i], rules) if doc.title is None else 0
        if masthead:
            # the site's name names the publisher when it reads as one; else it is the site's
            for ln in blocks[i][:masthead]:
                _take_site_name(doc, ln, rules)
            _take_menu(doc, blocks[i][masthead:])
            i += 1
            continue
        run = _menu_run(blocks, i, rules) if doc.title is None else None
        if run:
            j, k = run
            _take_menu(doc, [ln for block in blocks[i:j] for ln in block] + (blocks[j][:k] if k else []))
            if k:  # (the headline under the menu in its block)
                blocks = blocks[:j] + [blocks[j][k:]] + blocks[j + 1:]
            i = j
            continue
        if _is_pre_title_block(blocks[i], doc, rules):
            for ln in blocks[i]:
                _take_header_line(doc, ln.text, rules)
            i += 1
            continue
        head = _header_over_headline(blocks[i], rules) if doc.title is None else 0
        if head:
            # "News Release | 12 March 2025" over the headline in its block: the header's line is
            # lifted, the headline opens the next block, as a blank line would have parted them
            rest = blocks[i][head:]
            if _title_goes_on(blocks[i][head - 1].text, rest[0].text, rules):
                # ... unless the headline goes on from the kind's name: one title
                head -= 1
                rest = [Line(0, f"{blocks[i][head].text} {rest[0].text}"), *rest[1:]]
            for ln in blocks[i][:head]:
                _take_header_line(doc, ln.text, rules)
            blocks = blocks[:i] + [rest] + blocks[i + 1:]
            if not head:
                break
            continue
        texts = [ln.text for ln in blocks[i]]
        if _take_dated_venue(texts, doc, rules) or _take_stacked_fields(texts, doc, rules) or \
                _take_vertical_path(texts, doc, rules):
            i += 1
            continue
        if doc.title is None and _periodical_head(texts, rules):
            # "Contemporary Southeast Asia" over its volume: the journal publishes the article below
            if _SERIES_NUMBER.fullmatch(texts[-1]):
                # "ISEAS Perspective" / "2025/91": the paper's series and its number there, no date
                # (the paper's date is on its own line further down)
                doc.series = (*doc.series, *texts)
                i += 1
                continue
            doc.head_sources.append(texts[0])
            for t in texts[1:]:
                _take_header_line(doc, t, rules)
            i += 1
            continue
        if doc.title is None and len(blocks[i]) == 1 and i + 1 < n and _placed_date_over_headline(blocks, i, rules):
            # "Hanoi, 12 March 2025" alone over the headline: the header's dateline, no title
            _take_header_line(doc, blocks[i][0].text, rules)
            i += 1
            continue
        if i + 1 < n and _is_state_block(blocks[i], rules) and _is_masthead_line(blocks[i + 1][0].text, rules):
            # the state's name and motto a block apart over the ministry's name: one letterhead
            blocks = blocks[:i] + [blocks[i] + blocks[i + 1]] + blocks[i + 2:]
            n -= 1
        end = _masthead_end(blocks, i, doc, rules)
        if not end:
            break
        # A logo, the body's full name and unit above the headline: who publishes, not the title.
        for ln in blocks[i][:end]:
            _take_header_line(doc, ln.text, rules)
        if end < len(blocks[i]):
            blocks = blocks[:i] + [blocks[i][end:]] + blocks[i + 1:]
        else:
            i += 1
    book = _book_head(blocks, i, rules) if i < n and doc.title is None else None
    if book:
        # A book's name and chapter over the section copied out of it: the section is the
        # title (not also the body's first heading), the book and chapter its series.
        doc.series, j, title = book[0], book[1], book[2]
        doc.title = _split_title_number(doc, title, rules)
        i = j + 1
    elif i < n and doc.title is None:
        first = blocks[i]
        nxt = _single(blocks[i + 1]) if i + 1 < n else None
        # (a date under the title, "13 May 2024", is no section numbered 13)
        numbered = nxt is not None and rules.section_number.fullmatch(nxt) and title_like(nxt, rules) and \
            not is_dateline(nxt, rules)
        stacked = stacked_title([ln.text for ln in first], rules)
        reviewed = _reviewed_book(first)
        if reviewed:
            # a review under its journal's head opens with the book's citation ("Building the
            # Mekong: ... 1992-2022. By Naoko Shimada. Singapore: ISEAS ..., 2024. Softcover: ..."):
            # the book names the review, as the journal's contents list it; the citation stays text
            doc.title = reviewed
        elif stacked:  # an agreement's title in capitals over lines ("... / BETWEEN / ... / AND / ...")
            doc.title = stacked
            i += 1
        elif len(first) == 2 and not first[1].indent and _bare_place(first[0].text, rules) and \
                title_like(first[1].text, rules) and not _bare_place(first[1].text, rules):
            # "Chapter 3" / "Digital Transformation and Connectivity" in one block: the chapter's
            # place in its book is the series, its name the title (as "Section 4" over its name is)
            doc.series, doc.place_over_title = (first[0].text,), True
            doc.title = _split_title_number(doc, first[1].text, rules)
            i += 1
        elif len(first) >= 2 and numbered and all(
                title_like(ln.text, rules) and word_count(ln.text) <= rules.heading_max_words + 3 and
                not is_dateline(ln.text, rules) for ln in first) and \
                not any(is_publisher_line(ln.text, rules) for ln in first[1:]):
            # A chapter excerpt: publication lines, then the numbered section title. (A title over
            # its date is a handout's head, its first numbered section under it: "Japan-Indonesia
            # Relations (Basic Data)" / "February 20, 2025" over "1. Japan's ODA to Indonesia"; so is a
            # title over the body that issues it: "Japan's ICT Cooperation with ASEAN ..." / "Ministry of
            # Internal Affairs and Communications (MIC), Japan".)
            doc.series = tuple(ln.text for ln in first)
            doc.title = _split_title_number(doc, nxt, rules)
            i += 2
        elif headline_like(first[0].text, rules) and not first[0].indent and i + 1 < n and \
                not _is_header_line(first[0].text, rules) and not rules.greeting.fullmatch(first[0].text) and \
                (all(_standfirst_like(ln.text, rules) or _is_header_line(ln.text, rules) or
                     _credits_beside_byline([ln.text], [x.text for x in first[1:]], rules) for ln in first[1:]) or
                 is_label_block([ln.text for ln in first[1:]], rules)):
            # (A hard-wrapped lede is not a title: its last line ends with a stop; nor is a
            # speaker's "Good evening, everyone!". "Label: value" lines under it, "External
            # Evaluator: ..., Co., Ltd." / "Evaluation Year: FY2023", open the text.)
            doc.title = _split_title_number(doc, first[0].text, rules)
            rest = first[1:]
            if rest and doc.title.isupper() and ((rest[0].text.isupper() and
                    doc.title.rsplit(None, 1)[-1].casefold() in rules.minor_words and headline_like(rest[0].text, rules))
                    or _title_goes_on(doc.title, rest[0].text, rules) or _capitals_wrapped(doc.title, rest, rules)):
                # a title in capitals wrapped after a small word ("... COOPERATION ON" / "DISASTER RISK
                # REDUCTION IN THE PHILIPPINES"): one title, not a title and its subtitle
                doc.title = f"{doc.title} {rest.pop(0).text}"
            # (A place and a date right under the title, "Bangkok, 14 March 2024", is no
            # standfirst: it opens the text, as it does a blank line further down.)
            if rest and not _is_header_line(rest[0].text, rules) and not is_placed_dateline(rest[0].text, rules) \
                    and not is_named_dateline(rest[0].text, rules) and not yearless_dateline(rest[0].text, rules) \
                    and not is_label_block([ln.text for ln in rest], rules) \
                    and not _is_header_block([ln.text for ln in rest], doc, rules):
                doc.subtitle = rest.pop(0).text
                if _unlatin(doc.title) and not _unlatin(doc.subtitle) and headline_like(doc.subtitle, rules) and \
                        _latin_text_below(blocks, i + 1):
                    # a headline in the country's script over its English one, the text opening in
                    # English: the English one is the title, the other its subtitle (a text that
                    # opens in the other script keeps its own headline first)
                    doc.title, doc.subtitle = doc.subtitle, doc.title
            texts = [ln.text for ln in rest]
            head = len(texts) if _is_header_block(texts, doc, rules) else _header_run(texts, rules)
            for k, t in enumerate(texts[:head]):
                if k + 1 < head and bare_names(t) and not is_source_line(t, rules) and is_dateline(texts[k + 1], rules):
                    doc.bylines.append(t)  # "Chea Vannak" over "Published: 3 September 2025": the writer, no source
                elif not _is_header_line(t, rules) and _credits_beside_byline([t], texts, rules):
                    doc.bylines.append(t)  # ("Photos by Tran Van Minh" beside "Story by ...": a credit, no source)
                elif not _is_header_line(t, rules) and _site_stamp(t, texts, doc, rules):
                    _take_menu(doc, [Line(0, t)])  # ("Tech" between the byline and the date: the site's section)
                else:
                    _take_header_line(doc, t, rules)
            rest = rest[head:]
            if rest:  # more lines: text of their own, read like any other block
                blocks = blocks[:i] + [rest] + blocks[i + 1:]
            else:
                i += 1
                if texts and i < n and word_count(doc.title) <= rules.menu_max_words + 1 and \
                        _names_the_series(texts, blocks[i], doc, rules) and len(blocks[i]) == 1:
                    # "JICA Magazine" / "Interview" over the headline: the magazine's name and the
                    # kind of piece over the piece, the magazine its series (as a programme's name
                    # is its course's, below)
                    doc.series, doc.title = (doc.title,), blocks[i][0].text
                    i += 1
    while i < n:
        block = blocks[i]
        texts = [ln.text for ln in block]
        if _site_header_over_menu(block, doc, rules):
            # "Daily Mirror - Sri Lanka Latest Breaking News and Headlines" / "Mon, 30 Nov 2026" over
            # the menu: the site's name and today's date as its header prints them, no title nor the
            # story's date; the headline is under the menu
            _take_site_header(doc)
            _take_menu(doc, block)
            return parse_header(blocks[i + 1:], doc, rules)
        if doc.title and not doc.blocks and len(texts) == 1 and texts[0].isdigit() and len(texts[0]) <= 6 and i + 1 < n:
            # a figure alone between the header and the text ("312" / "4": a post's claps and
            # responses, a PDF's first page number): a counter's, no text
            doc.removed.append(texts[0])
            i += 1
            continue
        if doc.title and not doc.blocks and len(texts) == 1 and i + 1 < n and _player_label(texts[0]):
            # "Watch: Japan and ASEAN mark 50 years" between the header and the text: the video's label
            # and title, kept as text on top of it; the player's buttons under it are the header's
            doc.blocks.append(Block("para", text=texts[0], lines=(texts[0],)))
            i += 1
            continue
        if doc.title and (not doc.blocks or _players_only(doc.blocks)) and len(texts) == 1 and i + 1 < n and \
                len(texts[0]) <= 160 and ":" not in texts[0] and rules.above_title.fullmatch(texts[0]):
            # "3 / 12" (a gallery's counter) or "12 Comments" between the header and the text: the
            # page's widget, as over the headline (a labelled line under the title, "Topics: digital
            # trade, AI", may be the author's, and stays); under a video's label and title too
            # ("Watch: Japan and ASEAN mark 50 years" / "Listen to this article 4 min")
            doc.removed.append(texts[0])
            i += 1
            continue
        if doc.title and not doc.blocks and len(texts) == 1 and i + 1 < n and len(texts[0]) <= 60 and \
                texts[0][:1] in "FfJjRrHh" and rules.fiscal_period.fullmatch(texts[0]):
            # "FY2023" under a sheet's title: the period its figures cover, no date of the document
            # and no section; kept on top of the text, set as a dateline (furniture.yml `fiscal_period`)
            doc.blocks.append(Block("para", text=texts[0], lines=(texts[0],), role="dateline"))
            i += 1
            continue
        if doc.title and len(texts) == 1 and i + 1 < n and _photo_credit_line(texts[0], rules):
            # "Photo: Kyodo" alone under the byline, over the text: the credit of the page's photo,
            # which opens the text (a caption), never the story's source
            break
        if doc.accounts and len(texts) == 1 and texts[0] in doc.accounts:
            # "JICA Channel" over "48.2K subscribers": the channel's card, the page's furniture as its
            # count is (extraction reads the channel as the source)
            doc.removed.append(texts[0])
            i += 1
            continue
        if doc.title and doc.dateline is None and len(block) > 1 and texts[0][:1].isalnum() and \
                _VIDEO_STAMP.match(texts[0]) and is_dateline(texts[0], rules) and \
                not any(b.kind == "para" and line_end(b.text) in SENTENCE_END for b in doc.blocks):
            # a video page's stamp over its description in one block ("1,906 views  Streamed live on
            # Jun 17, 2025" / "JICA's Project NINJA ..."), before any prose: the page's date, as a
            # blank line under it would have shown; the description opens the text
            doc.dateline = texts[0]
            blocks = blocks[:i] + [block[1:]] + blocks[i + 1:]
            continue
        if doc.title and doc.dateline and not doc.blocks and not doc.bylines and len(block) == 2 and i + 1 < n and \
                rules.byline.fullmatch(texts[0]) and _place_name_line(texts[1], rules) and \
                not _writer_detail(texts[1], rules):
            # "By Jane Kumar" / "New Delhi" in one block under the headline and its date: the byline
            # and the city the story was filed from; the name is the byline, the place stays on top
            # of the text, set as a dateline (as a writer's bare name over the city in capitals is),
            # written back in the byline's block (canonical_text)
            doc.bylines.append(texts[0])
            doc.filed_from = True
            doc.blocks.append(Block("para", text=texts[1], lines=(texts[1],), role="dateline", same_block=True))
            i += 1
            continue
        if doc.title and doc.dateline is None and not doc.blocks and len(block) == 1 and \
                _body_beside_date(block[0], rules):
            # "JICA Paraguay Office<tabs>March 2026" under the title: the office that issues the
            # sheet and its date, set apart as a header prints them: the dateline, as written
            doc.dateline = texts[0]
            i += 1
            continue
        if doc.title and not doc.blocks and not doc.bylines and (speaker := _speaker_over_date(blocks, i, rules)):
            # "Akihiko Tanaka" / "President, Japan International Cooperation Agency" / "13 May 2024"
            # under a speech's title: the speaker's name over the office, a signatory's lines (no
            # writer's byline, no source), then the date, the header's; the two lines open the text
            blocks, dates = speaker
            n = len(blocks)
            _take_header_lines(doc, dates, rules)
            continue
        if _is_header_block(texts, doc, rules):
            _take_header_lines(doc, texts, rules)
            i += 1
            if i < n and _names_the_series(texts, blocks[i], doc, rules):
                # "JICA Knowledge Co-Creation Program" / "CALL FOR APPLICATIONS" / "Digital
                # Transformation for Public Administration": the programme's name over the kind
                # of notice, over the course it is for: the course is the document, the
                # programme its series (as a show's name is of its episode)
                if _is_body_name(doc.title, rules):
                    # (a body's name over its release's number, "JBIC Japan Bank for International
                    # Cooperation" / "NR/2024-83", is its masthead: the publisher, no series)
                    doc.head_sources.append(doc.title)
                    doc.title = blocks[i][0].text
                else:
                    doc.series, doc.title, doc.series_label = (doc.title,), blocks[i][0].text, texts[-1]
                if len(blocks[i]) == 1:
                    i += 1
                else:
                    blocks = blocks[:i] + [blocks[i][1:]] + blocks[i + 1:]
            continue
        if _take_dated_venue(texts, doc, rules) or _take_stacked_fields(texts, doc, rules) or \
                _take_vertical_path(texts, doc, rules) or (doc.title and _take_author_card(texts, doc, rules)) or \
                (doc.title and not doc.blocks and "@" in texts[-1] and _take_writer_card(texts, doc, rules)):
            i += 1
            continue
        if doc.title and rules.editors_note.match(texts[0]) and (
                (len(block) > 1 and _is_header_block(texts[1:], doc, rules)) or
                (len(block) == 1 and i + 1 < n and _header_below(blocks, i + 1, doc, rules))):
            # "Editor's note: This article was updated ..." between the headline and the byline: the
            # paper's note stays in the text where it stands, the lines under it are the header's
            doc.blocks.append(Block("para", text=texts[0], lines=(texts[0],), role=_OVER_HEADER))
            if len(block) > 1:
                _take_header_lines(doc, texts[1:], rules)
            i += 1
            continue
        if doc.title and _caption_over_header(texts, rules):
            # a photo's caption, its credit in brackets at its end, over the byline and the date
            doc.blocks.append(Block("caption", text=texts[0], role=_OVER_HEADER))
            _take_header_lines(doc, texts[1:], rules)
            i += 1
            continue
        if doc.title and doc.subtitle is None and not doc.series and not doc.blocks and not doc.bylines and \
                len(block) > 1 and rules.series_issue.fullmatch(texts[0]) and _is_header_block(texts[1:], doc, rules):
            # "Working Paper No. 2024-07" over the authors and the date in one block under the title:
            # the paper's issue (as in a block of its own there: the subtitle), then its header's lines
            doc.subtitle = texts[0]
            _take_header_lines(doc, texts[1:], rules)
            i += 1
            continue
        if doc.title and not doc.blocks and not doc.bylines and (run := _author_blocks(blocks, i, doc, rules)):
            # "Hiroshi NAKAMURA" / "Kobe University, Japan", "Dewi LESTARI" / "Universitas Indonesia",
            # a block each under a paper's title, over its date or its first heading: the authors and
            # their affiliations, a line each in the byline (written back as one block with the date
            # under them, which reads the same); the date under them is the header's
            end, dated = run
            lines = [ln.text for b in blocks[i:end] for ln in b]
            doc.bylines.extend(lines[:len(lines) - dated])
            _take_header_lines(doc, lines[len(lines) - dated:], rules)
            i = end
            continue
        if doc.title and doc.subtitle is None and all(b.role == "dateline" for b in doc.blocks) and not doc.bylines and \
                len(block) == 1 and i + 2 < n and _authors_line(AUTHOR_MARKS.sub("", texts[0]), rules) and \
                heading_kind(blocks[i + 1], blocks[i + 2], rules):
            # "Shimizu Kenji and Nguyen Thi Hoa" right under a paper's or a chapter's title, over its
            # first section's heading: its authors, no section of their own (two names or more
            # joined as a byline joins them, none a country's; over prose, such a line is text)
            # (the series' issue and date kept on top as datelines may stand over the title: "ISSUE:
            # 2024 No. 87"; a name may end with the mark of the note that gives the writers' posts,
            # "Kei Nakamura and Sarah Lim*": the byline as written, the note stays text)
            doc.bylines.append(texts[0])
            i += 1
            continue
        if doc.title and doc.dateline and not doc.blocks and not doc.bylines and len(block) == 1 and i + 2 < n and \
                len(blocks[i + 1]) == 1 and bare_names(texts[0]) and _FILED_FROM.fullmatch(blocks[i + 1][0].text):
            # "Dinakar Peri" over "NEW DELHI" under the headline and its date, a block each: the writer
            # and the city the story was filed from, as India's dailies print them; the name is the
            # byline, the place stays on top of the text, set as a dateline
            place = blocks[i + 1][0].text
            doc.bylines.append(texts[0])
            doc.filed_from = True
            doc.blocks.append(Block("para", text=place, lines=(place,), role="dateline"))
            i += 2
            continue
        if doc.title and doc.subtitle is None and all(b.role == "dateline" for b in doc.blocks) and \
                not doc.bylines and len(block) >= 3 and _names_listed(texts[0], rules) and is_label_block(texts[1:], rules):
            # "Hiroshi Nakamura, Nguyen Thi Mai" over the paper's "Keywords: ..." / "Published: ..."
            # lines under its title, in one block: its authors (commas alone join them there, as a
            # journal lists them); the fields stay the text's
            doc.bylines.append(texts[0])
            blocks = blocks[:i] + [block[1:]] + blocks[i + 1:]
            continue
        if doc.title and len(doc.blocks) == 1 and doc.blocks[0].role == "dateline" and not doc.bylines and \
                _CLOCK_TIME.search(doc.blocks[0].text) and len(texts) == 1 and bare_names(texts[0]) and i + 1 < n and \
                _opens_prose(blocks[i + 1]):
            # "Updated - November 28, 2024 09:12 pm IST - NEW DELHI" / "Suhasini Haidar" / the lede:
            # the writer's bare name under the header's dated line, over the text (never a heading)
            doc.bylines.append(texts[0])
            i += 1
            continue
        if doc.title and _named_writer(texts, rules) and i + 1 < n and _names_over_date(texts[0], blocks[i + 1], doc, rules):
            # "Amir Yusof and Rei Nakamura" over "14 May 2025 06:10AM", a blank line apart: the
            # writers' names over the story's date, as news sites print a byline with no "By"
            # (the writer's post under the name: "David Sun" / "Transport Correspondent")
            doc.bylines.extend(texts)
            _take_header_lines(doc, [ln.text for ln in blocks[i + 1]], rules)
            i += 2
            continue
        if doc.title and len(block) == 1 and i + 1 < n and credited_caption(texts[0], rules) and \
                _header_below(blocks, i + 1, doc, rules):
            # a photo's caption ending with its credit, a block of its own over the byline
            doc.blocks.append(Block("caption", text=texts[0], role=_OVER_HEADER))
            i += 1
            continue
        if doc.title and doc.subtitle is None and not doc.blocks and len(block) == 1 and i + 1 < n and \
                _stopped_standfirst(texts[0], rules) and (_caption_over_header(below := [ln.text for ln in blocks[i + 1]], rules) or (
                    len(below) == 1 and i + 2 < n and credited_caption(below[0], rules) and _header_below(blocks, i + 2, doc, rules))):
            # a standfirst of one sentence, its stop and all, over the photo and the byline:
            # still the header (a lede would come under the byline, not over it)
            doc.subtitle = texts[0]
            i += 1
            continue
        if doc.title and doc.subtitle is None and doc.dateline is None and not doc.blocks and len(block) == 1 and \
                i + 2 < n and _stopped_standfirst(texts[0], rules, sentences=2) and \
                any(rules.byline.fullmatch(ln.text) for ln in blocks[i + 1]) and \
                _header_below(blocks, i + 1, doc, rules) and _credited_photo(blocks[i + 2], rules):
            # a standfirst of a sentence or two over the byline and the date, the story's photo
            # under them ("Hanoi's first OSA package is small. But it shows how ..." / "By ..." /
            # "November 20, 2025" / "Vietnamese Coast Guard officers ..." / "Credit: ..."): the
            # header's too, which the photo closes (over a byline with text under it, a sentence
            # is the lede, and stays)
            doc.subtitle = texts[0]
            i += 1
            continue
        if doc.title and doc.subtitle is None and not doc.blocks and not doc.bylines and len(block) == 1 and \
                i + 1 < n and _stopped_standfirst(texts[0], rules, sentences=2) and \
                (filed := _named_dated_block(below := [ln.text for ln in blocks[i + 1]], rules)):
            # "The loan, carrying ..." over "Prithvi Man Shrestha" / "Published at : June 8, 2026" /
            # "Updated at : June 8, 2026 07:45" / "Kathmandu": the sentence stays the text's first,
            # the writer's bare name and the dates are the header's; the city the story was filed
            # from stays on top of the text, set as a dateline (as under a "By" line)
            doc.blocks.extend(_line_each(texts))
            doc.bylines.append(below[0])
            _take_header_lines(doc, below[1:filed], rules)
            doc.under_lede = tuple(below[:filed])
            if filed < len(below):
                doc.blocks.append(Block("para", text=below[-1], lines=(below[-1],), role="dateline", same_block=True))
            i += 2
            continue
        if doc.title and doc.subtitle is None and not doc.blocks and len(block) == 1 and i + 1 < n and \
                _stopped_standfirst(texts[0], rules, sentences=2) and \
                _dated_byline_block(below := [ln.text for ln in blocks[i + 1]], rules):
            # "Japan's Mitsubishi Heavy Industries aims to ..." over "BY TARO NAKAMURA" / "STAFF WRITER"
            # / "Nov 28, 2026", the story under them: the sentence stays the text's first (a lede over
            # its byline, as round 18 keeps one), the byline's block is the header's, the post with it
            doc.blocks.extend(_line_each(texts))
            for t in below:
                if rules.byline_role.fullmatch(t) and not _is_header_line(t, rules):
                    doc.bylines.append(t)
                else:
                    _take_header_line(doc, t, rules)
            i += 2
            continue
        if doc.title and doc.dateline is None and not doc.blocks and len(block) == 1 and i + 1 < n and \
                is_placed_dateline(texts[0], rules) and \
                all(is_publisher_line(ln.text, rules) for ln in blocks[i + 1]) and len(blocks[i + 1]) <= 2:
            # "Jakarta ● Fri, November 28, 2026" over "The Jakarta Post" under the headline: the place
            # and date of the header, over its publisher (as beside it in one block: _is_header_block)
            doc.dateline = texts[0]
            _take_header_lines(doc, [ln.text for ln in blocks[i + 1]], rules)
            i += 2
            continue
        if doc.title and len(block) == 2 and (roles := _place_and_date(texts, rules)):
            # "Vientiane, Lao PDR" / "September 22, 2024" under a speech's title: text, a line
            # each (as in the body), and the header's lines may go on under it
            doc.blocks.extend(_line_each(texts, roles))
            i += 1
            continue
        if doc.title and len(block) > 1 and _is_kind_label(texts[0], rules):
            # "Event Report" over the event's "Date: ..." / "Venue: ..." lines under the title: the
            # page's label, furniture as it is alone on its line; the lines under it are read anew
            doc.removed.append(texts[0])
            blocks = blocks[:i] + [block[1:]] + blocks[i + 1:]
            continue
        if doc.title and doc.dateline is None and not doc.blocks and len(block) == 1 and \
                _site_named_dateline(texts[0], doc, rules):
            # "Ahram Online , Saturday 17 May 2025" under the headline, "Ahram Online" the site's name
            # read over its menu: the publisher and the date, the header's dateline, not a place's
            doc.dateline, doc.dateline_over_title = texts[0], True
            i += 1
            continue
        if len(block) == 1 and is_named_dateline(texts[0], rules):
            # "Thursday, May 2, 2024 | Phnom Penh": a date and a name (a place?) under the title,
            # text as "Manila, 2024/03/12" is, marked as the dateline; never a heading
            doc.blocks.append(Block("para", text=texts[0], lines=(texts[0],), role="dateline"))
            i += 1
            continue
        # (the story's date may close their block, none read yet: "The Yomiuri Shimbun" / "Malaysian
        # Maritime Enforcement Agency officials inspect ..." / "6:00 JST, November 29, 2026")
        dated = len(block) >= 3 and doc.title is not None and doc.dateline is None and is_dateline(texts[-1], rules)
        if len(block) >= 2 and is_publisher_line(texts[0], rules) and not dated_source(texts[0], rules) and i + 1 < n and \
                not any(_is_header_line(t, rules) for t in texts[1:len(texts) - dated]) and not _continues_above(texts[1]):
            # A photo credit with its caption under it, above the article.
            if dated:
                _take_header_line(doc, texts[-1], rules)
            doc.blocks.append(Block("caption", text=join_lines(texts[1:len(texts) - dated]), credit=texts[0]))
            while not dated and i + 2 < n and _is_header_block(below := [ln.text for ln in blocks[i + 1]], doc, rules):
                # the outlet's name and the story's time and date under the photo ("The Yomiuri
                # Shimbun" / "15:33 JST, June 3, 2026"): the header's, the text under them; so is
                # the byline a block below the date ("By Ryo Nakamura / Yomiuri Shimbun Correspondent")
                _take_header_lines(doc, below, rules)
                i += 1
            return blocks[i + 1:]
        t = _single(block)
        if doc.title and not doc.series and doc.subtitle is None and t is not None and i + 1 < n and \
                rules.episode.fullmatch(t) and headline_like(t, rules):
            # A show's name over its episode: the episode is the document, the show its series.
            doc.series, doc.title = (doc.title,), t
            i += 1
            continue
        # (a book's section's first numbered heading under its title, "1. Changes in the position
        # of the Global South in ...", is the text's, however long; canonical_text marks it "● 1. ...")
        # (a place and a date, "Tokyo, 13 May 2024", is no standfirst over a label such as "Provisional
        # translation": it opens the text set as a dateline, as it does with no label under it)
        if doc.title and doc.subtitle is None and t is not None and i + 1 < n and \
                not (doc.series and rules.section_number.fullmatch(t.lstrip(CANONICAL_GLYPHS + " "))) and \
                _standfirst_like(t, rules) and not is_placed_dateline(t, rules) and \
                (word_count(t) > rules.heading_max_words or (
                    not doc.blocks and word_count(t) > rules.menu_max_words and
                    (_is_header_block(below := [ln.text for ln in blocks[i + 1]], doc, rules) or
                     _caption_over_header(below, rules) or _names_over_header(blocks, i + 1, doc, rules)))):
            # (a short one too, when the byline or the date is right under it: still the header)
            doc.subtitle = t
            i += 1
            continue
        break
    return blocks[i:]


def _names_over_header(blocks: list[list[Line]], i: int, doc: Parsed, rules: Rules) -> bool:
    """Block `i` the writers' bare names alone ("Hiroshi Nakamura and Dewi Lestari"), the header's
    date a block below, as a paper's title page sets its authors apart from its series line and its
    date: still the header."""
    return len(blocks[i]) == 1 and i + 1 < len(blocks) and len(blocks[i][0].text) <= 80 and \
        (bare_names(blocks[i][0].text) or _names_listed(blocks[i][0].text, rules)) and \
        _is_header_block([ln.text for ln in blocks[i + 1]], doc, rules)


_SET_RIGHT = 20  # (columns of indentation: a line set there is no paragraph's indented first line)


# A city's name in capitals alone on its line ("NEW DELHI", "ISLAMABAD"): where a story was filed from
_FILED_FROM = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}")


def _place_name_line(text: str, rules: Rules) -> bool:
    """A city's name alone on its line, one to three words in title case or capitals ("New
    Delhi", "PHNOM PENH"), none a source's, a writer's post's or a header's line."""
    return len(text) <= 30 and not any(c.isdigit() for c in text) and 1 <= word_count(text) <= 3 and \
        ends_like_heading(text) and is_title_case(text, rules) and not _is_header_line(text, rules) and \
        not rules.byline_role.fullmatch(text) and not rules.menu_item.fullmatch(text)


def _line_each(texts: list[str], roles: list[str] | None = None, raw: list[str] | None = None) -> list[Block]:
    """Lines of one block as paragraphs of a line each (the first opens the block), with their roles.
    `raw`: the lines as written, their gaps kept (lines in columns: canonical_text writes them so,
    and they are read as such again)."""
    return [Block("para", text=t, lines=(raw[k] if raw else t,), same_block=k > 0, role=roles[k] if roles else "")
            for k, t in enumerate(texts)]


ADDRESS = "address"  # the role of a body's address under the text (no mention of its places)
_OVER_TITLE = "over-title"  # the role of a photo's label or credit read over the headline (see Parsed.top_photo)
_OVER_HEADER = "over-header"  # the role of a caption read over the header's lines (canonical_text puts it back there)
_BRACKETED_TAIL = re.compile(r"\(([^()]{2,90})\)\s*$")


# a credit after a caption's last sentence, its stop and a space before it ("... March 13. PHOTO: MDDI"),
# or a dash when the caption ends with no stop ("..., Hanoi, September 26, 2025 - Photo: VGP/Nhat Bac")
_CREDIT_TAIL = re.compile(r"(?:[.!?][\"”’]?|\s[-–—])\s+([^.!?]{2,60})$")


def credited_caption(text: str, rules: Rules) -> bool:
    """A photo's caption ending with its credit: in brackets ("... (Photo by Yuji Nitta)") or
    after its last sentence ("... on March 13. PHOTO: MDDI", "... province. Supplied", "... on
    Friday. | KYODO")."""
    if text[-1:] == ")":
        tail = _BRACKETED_TAIL.search(text)
        return bool(tail) and bool(rules.photo_credit.fullmatch(tail.group(1)))
    if text[-1:] in SENTENCE_END:
        return False
    if " | " in text:
        # "... on Friday. | POOL / VIA KYODO", "... in Hanoi. | REUTERS": a news site's credit in
        # capitals after a bar, the caption's sentence ended before it
        caption, credit = text.rsplit(" | ", 1)
        if len(credit) <= 40 and credit.isupper() and line_end(caption) in SENTENCE_END:
            return True
        # (a credit that says it is one, "... in Assam. File | Photo Credit: RITU RAJ KONWAR", whatever
        # ends the caption)
        if len(credit) <= 80 and rules.photo_credit.fullmatch(credit):
            return True
    tail = _CREDIT_TAIL.search(text)
    return bool(tail) and bool(rules.caption_credit.fullmatch(tail.group(1)))


def _wire_photo_over_text(text: str, doc: Parsed, rules: Rules) -> bool:
    """`... shake hands in Jakarta on March 5, 2025. (Kyodo)` before any paragraph: a wire's photo
    over the story, its caption closed by the agency's name in brackets (see `wire_photo_credit`)."""
    if text[-1:] != ")" or any(b.kind == "para" for b in doc.blocks):
        return False
    tail = _BRACKETED_TAIL.search(text)
    return bool(tail) and line_end(text[:tail.start()].rstrip()) in SENTENCE_END and \
        bool(rules.wire_photo_credit.fullmatch(tail.group(1)))


def _credited_photo(block: list[Line], rules: Rules) -> bool:
    """A photo's caption with its credit: at its end, or on the line under it; or the credit alone
    over it ("Photo: Misiona Simo", the caption a block below)."""
    return (len(block) == 1 and (credited_caption(block[0].text, rules) or
                                 (len(block[0].text) <= 60 and bool(rules.photo_credit.fullmatch(block[0].text))))) or \
        (len(block) == 2 and _photo_credit_under(block[0].text, block[1].text, rules))


def _outlet_under_photo(caption: str, credit: str, doc: Parsed, nxt: list[Line] | None, rules: Rules) -> bool:
    """A sentence over an outlet's name alone, the first block of the text with the story under it
    ("Ambassador Ito, left, and Minister Ha sign the agreement in Hanoi on Thursday." / "Kyodo"):
    the photo's caption over its credit, as seed 004 has the outlet over it. Under the story's
    last sentence the outlet is its source line, and a byline ("By Jane Doe") is no credit."""
    return nxt is not None and not any(b.kind == "para" for b in doc.blocks) and \
        line_end(caption) in SENTENCE_END and len(credit) <= 40 and credit[:1].isupper() and \
        is_source_line(credit, rules) and not rules.byline.fullmatch(credit)


def _photo_credit_under(caption: str, credit: str, rules: Rules) -> bool:
    """A sentence of a caption, its stop and all, over a photo's credit line ("Credit: Depositphotos",
    "Photo by Kyodo"); a data source ("Source: JICA") under a sentence is a note's, and stays text."""
    return line_end(caption) in SENTENCE_END and len(credit) <= 80 and bool(rules.photo_credit.fullmatch(credit)) and \
        not credit.lstrip("(").lower().startswith(("source", "data source")) and not rules.photo_credit.match(caption)


def _caption_over_header(texts: list[str], rules: Rules) -> bool:
    """A photo's caption ending with its credit ("A student works on a circuit design ... (Photo
    by Yuji Nitta)") over header lines only (a byline, a date)."""
    return len(texts) > 1 and credited_caption(texts[0], rules) and \
        (all(_is_header_line(t, rules) for t in texts[1:]) or _bare_byline(texts[1:], rules))


def _authors_line(text: str, rules: Rules) -> bool:
    """Writers' bare names, two or more, joined by commas and "and" ("Shimizu Kenji and Nguyen Thi
    Hoa"), none of them a country's name ("Viet Nam and Lao PDR" heads a section)."""
    names = split_names(text)
    return len(names) >= 2 and bare_names(text) and not any(n.casefold() in rules.country_names for n in names)


def _author_name(text: str, rules: Rules) -> bool:
    """One writer's bare name alone on its line ("Hiroshi NAKAMURA", "Dewi Lestari"), no body's
    ("Kobe University") and no country's."""
    return bare_names(text) and " and " not in text and " & " not in text and \
        not rules.affiliation_words.search(text) and text.casefold() not in rules.country_names


def _affiliation(text: str, rules: Rules) -> bool:
    """A line naming a scholar's affiliation ("Graduate School of International Cooperation Studies,
    Kobe University, Japan"): a body's word in it, no sentence's end, no date."""
    return len(text) <= 160 and line_end(text) not in SENTENCE_END and \
        rules.affiliation_words.search(text) is not None and not is_dateline(text, rules)


# An author's affiliation takes a line or two (a faculty over its university), or three with the country
_MAX_AFFILIATION_LINES = 3


def _author_blocks(blocks: list[list[Line]], i: int, doc: Parsed, rules: Rules) -> tuple[int, int] | None:
    """Authors' blocks from block `i`: each a name over its affiliation lines ("Hiroshi NAKAMURA" /
    "Kobe University, Japan"), a block each or in one block, over the paper's date (in the last of
    them, or a header block of its own) or its first heading ("Abstract"). (The end of the run,
    how many date lines close its last block); None for blocks of any other shape (a name over a
    body's line with prose or nothing under it is text: a signature, a contact)."""
    end, dated = i, 0
    while end < len(blocks) and not dated:
        texts = [ln.text for ln in blocks[end]]
        k = len(texts)
        while k and is_dateline(texts[k - 1], rules):  # (the date under the authors, in their block)
            k -= 1
        if not k or not _author_lines(texts[:k], rules):
            break
        dated, end = len(texts) - k, end + 1
    if end == i:
        return None
    if dated:
        return end, dated
    if end < len(blocks) and (_is_header_block(below := [ln.text for ln in blocks[end]], doc, rules) and
                              any(is_dateline(t, rules) for t in below)):
        return end, 0
    if end + 1 < len(blocks) and heading_kind(blocks[end], blocks[end + 1], rules):
        return end, 0
    return None


def _author_lines(texts: list[str], rules: Rules) -> bool:
    """Lines of authors' entries: a name first, then each name over one to three affiliation lines."""
    run = -1  # affiliation lines under the last name (-1: no name yet)
    for t in texts:
        if _author_name(t, rules) and run != 0:
            run = 0
        elif run >= 0 and run < _MAX_AFFILIATION_LINES and _affiliation(t, rules):
            run += 1
        else:
            return False
    return run > 0


def _names_listed(text: str, rules: Rules) -> bool:
    """_authors_line, or bare names joined by commas alone ("Hiroshi Nakamura, Nguyen Thi Mai")."""
    names = split_names(text)
    return _authors_line(text, rules) or (
        2 <= len(names) <= 8 and len(text) <= 160 and all(bare_names(name) for name in names) and
        not any(name.casefold() in rules.country_names for name in names))


def _names_over_date(text: str, below: list[Line], doc: Parsed, rules: Rules) -> bool:
    """A line of writers' bare names (see _BARE_NAME) over a block of header lines that dates the
    story ("14 May 2025 06:10AM (Updated: ...)"), or over a paper's date ("Hiroshi Nakamura, Dewi
    Lestari" / "March 2024": names joined by commas alone, as a journal lists its authors)."""
    if not (bare_names(text) or _names_listed(text, rules)):
        return False
    texts = [ln.text for ln in below]
    return any(is_dateline(t, rules) for t in texts) and all(_is_header_line(t, rules) for t in texts)


def _header_below(blocks: list[list[Line]], i: int, doc: Parsed, rules: Rules) -> bool:
    """Whether the block at `i` is the header's byline or date (a header block, or writers' names
    over the date block under them)."""
    texts = [ln.text for ln in blocks[i]]
    return _is_header_block(texts, doc, rules) or (
        _named_writer(texts, rules) and i + 1 < len(blocks) and _names_over_date(texts[0], blocks[i + 1], doc, rules))


_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")  # a time of day: a news site's stamp of when it posted


def _opens_prose(block: list[Line]) -> bool:
    """A block of sentences: in capitals at first, a sentence's stop last."""
    return block[0].text[:1].isupper() and line_end(block[-1].text) in SENTENCE_END and \
        len(" ".join(ln.text for ln in block).split()) >= 12


def _named_writer(texts: list[str], rules: Rules) -> bool:
    """A block of writers' names alone, or a name over the writer's post ("David Sun" / "Transport
    Correspondent"), as a byline with no "By" (see _names_over_date)."""
    return len(texts) == 1 or (len(texts) == 2 and bool(rules.byline_role.fullmatch(texts[1])))


def _dated_byline_block(texts: list[str], rules: Rules) -> bool:
    """A byline over the writer's post and the date, a line each ("BY TARO NAKAMURA" / "STAFF WRITER"
    / "Nov 28, 2026"): a "By" line first, the post and a date under it, nothing else. (A byline and a
    date alone there, "By Jane Doe in Manila" / "15 March 2024", stay the text's: round 18.)"""
    rest = texts[1:]
    return 3 <= len(texts) <= 4 and bool(rules.byline.fullmatch(texts[0])) and \
        any(is_dateline(t, rules) for t in rest) and any(rules.byline_role.fullmatch(t) for t in rest) and \
        all(is_dateline(t, rules) or rules.byline_role.fullmatch(t) for t in rest)


def _body_beside_date(line: Line, rules: Rules) -> bool:
    """A body's name and a date on one line, a gap between them ("JICA Paraguay Office<tabs>March
    2026"): two cells, the name first."""
    return len(line.cells) == 2 and is_dateline(line.cells[1], rules) and \
        word_count(line.cells[0]) <= rules.source_max_words and \
        (is_publisher_line(line.cells[0], rules) or _is_body_name(line.cells[0], rules))


def _named_dated_block(texts: list[str], rules: Rules) -> int:
    """A writer's bare name over the story's dates, each under its label, perhaps the city it
    was filed from last ("Prithvi Man Shrestha" / "Published at : June 8, 2026" / "Updated at :
    June 8, 2026 07:45" / "Kathmandu"): how many lines before the city (0: no such block). A name
    over a bare date stays the text's (round 18): the labels say these are the page's fields."""
    if not 2 <= len(texts) <= 4 or not bare_names(texts[0]):
        return 0
    end = len(texts) - 1 if len(texts) > 2 and _place_name_line(texts[-1], rules) else len(texts)
    if end < 2 or end > 3 or not all(is_labelled_dateline(t, rules) for t in texts[1:end]):
        return 0
    return end


def _stopped_standfirst(text: str, rules: Rules, sentences: int = 1) -> bool:
    """At most `sentences` sentences under a title, the final stop and all, no lede dateline
    opening them."""
    return line_end(text) == "." and text[:-1].count(". ") < sentences and \
        word_count(text) <= rules.standfirst_max_words and lede_dateline(text, rules) is None


def _names_the_series(labels: list[str], block: list[Line], doc: Parsed, rules: Rules) -> bool:
    """Whether the lines just lifted were only kind labels between the title and a second headline,
    which then names the document (see parse_header)."""
    head = block[0]
    # (where and when a speech was given is no headline: "Speech by Foreign Minister ..." /
    # "(Provisional translation)" / "Kuala Lumpur, 10 July 2025", or the place and the date a line each)
    return bool(doc.title) and not doc.series and doc.subtitle is None and not doc.blocks and \
        doc.dateline is None and all(_is_kind_label(t, rules) for t in labels) and not head.indent and \
        headline_like(head.text, rules) and not _is_header_line(head.text, rules) and \
        word_count(head.text) <= rules.heading_max_words + 3 and not is_placed_dateline(head.text, rules) and \
        not _date_then_place(head.text, rules) and not (len(block) == 2 and _place_and_date([ln.text for ln in block], rules))


def _date_then_place(text: str, rules: Rules) -> bool:
    """A date and then the place on one line ("July 10, 2025, Kuala Lumpur"): a placed dateline
    written the other way round."""
    date, _, place = text.rpartition(", ")
    return bool(date) and len(text) <= 80 and not any(c.isdigit() for c in place) and is_dateline(date, rules) and \
        is_placed_dateline(f"{place}, {date}", rules)


# A wire release's closing line naming who issued it, its label in capitals ("SOURCE Sojitz
# Corporation", as PR Newswire closes a release)
_RELEASE_SOURCE = re.compile(r"SOURCE\s+(?P<name>[A-Z][\w&.,'’()-]*(?:\s+[\w&.,'’()-]+){0,7})")


def _release_source(text: str) -> bool:
    """A release's closing "SOURCE <issuer>" line (see _RELEASE_SOURCE)."""
    return text[:6] == "SOURCE" and _RELEASE_SOURCE.fullmatch(text) is not None


def _closing_section(blocks: list[list[Line]], rules: Rules) -> tuple[int, int] | None:
    """Where the links closing a page start, as (block, line), or None: a head ("Related", "Read
    next") whose lines below it, to the document's end, are all links, one or more of them."""
    lines = 0
    for b in range(len(blocks) - 1, 0, -1):  # (the document's first block is never such a list)
        block = blocks[b]
        for k in range(len(block) - 1, -1, -1):
            text = block[k].text
            # (a widget's label may set its colon apart: "Topics :")
            if lines and len(text) <= 60 and rules.closing_section.fullmatch(text.rstrip(": ")):
                return b, k
            if not is_link_line(text):
                return None
            lines += 1
    return None


def _is_tag_line(text: str, rules: Rules) -> bool:
    """A page's tags in a row after their label, closing its text ("Topics: Disaster risk
    management, Climate change, Bangladesh"): a head of the closing links (`closing_sections`),
    its colon, then two names or more apart by commas (or by semicolons or bars, with no comma:
    "Keywords: Cambodia; Japan; Mine action"), each short, most of them capitalised, no
    sentence's stop. (Further up, "Topics: digital trade, AI" is the author's line.)"""
    label, colon, rest = text.partition(":")
    if not colon or len(text) > 250 or not rules.closing_section.fullmatch(label.strip()):
        return False
    apart = "," if "," in rest else next((c for c in ";|" if c in rest), ",")
    items = [item.strip() for item in rest.split(apart)]
    # (a tag may be written in small letters, "demining", beside capitalised ones: most are not)
    return len(items) >= 2 and 2 * sum(item[:1].isupper() for item in items) > len(items) and all(
        item[:1].isalnum() and len(item.split()) <= 5 and not any(c in item for c in ".!?;|") for item in items)


def _tags_over_source(text: str, last: str, doc: Parsed, rules: Rules) -> str:
    """The page's tags when they stand right over its last line, a labelled source ("Tags: Cambodia,
    Japan, mine action" / "Source: UNDP Cambodia"), else "". The tags went as furniture in
    raw_blocks: the text's last lines as written tell where they stood (the last few only)."""
    if not _labelled_source(last, rules):
        return ""
    lines = [" ".join(line.split()) for line in text.rstrip().rsplit("\n", 8)[-8:] if line.strip()]
    if len(lines) < 2 or lines[-1] != last:
        return ""
    label, colon, _ = lines[-2].partition(":")
    # (gone as furniture already, "Tags: Cambodia, Japan, mine action"; or a row of tags that
    # parse_trailer takes off once the source is taken, "Topics: Cambodia, Japan")
    tags = colon and rules.closing_section.fullmatch(label.strip()) and \
        (lines[-2] in doc.removed or _is_tag_line(lines[-2], rules))
    return lines[-2] if tags else ""


def _labelled_source(text: str, rules: Rules) -> bool:
    """"Source: UNDP Cambodia": a source's label with its colon, then a publisher's name."""
    m = rules.field_source_label.match(text)
    return bool(m) and ":" in m.group() and _source_name(text[m.end():].strip(), rules)


def _source_name(name: str, rules: Rules) -> bool:
    """A publisher's name after a source's label: short, capitalised, no stop, no figure (a
    figure's note cites a year or a table: "Source: World Bank (2023)", "Source: JICA, 2022")."""
    return bool(name) and name[:1].isupper() and word_count(name) <= 2 * rules.source_max_words and \
        line_end(name) not in NO_TITLE_END and not any(c.isdigit() for c in name)


def _footer_start(block: list[Line], rules: Rules) -> int | None:
    """Where the site's footer closing the document's last block starts ("Privacy policy" / "About
    Wikipedia" / "Disclaimers" / ... / "Mobile view": its links, one a line), or None."""
    k = len(block)
    while k and word_count(block[k - 1].text) <= rules.footer_max_words and \
            line_end(block[k - 1].text) not in NO_TITLE_END:
        k -= 1
    links = block[k:]
    if len(links) < rules.menu_min_items:
        return None
    items = sum(1 for ln in links if rules.footer_item.fullmatch(ln.text))
    return k if items >= rules.footer_min_share * len(links) else None


# A street's number before its name ("177 Victoria Parade", "70A Jalan ..."): a part of an address
_NUMBERED_STREET = re.compile(r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?\s+\S")
# ... or after it, as much of Europe and Central Asia writes it ("Jigjidjav street-8", "Via Roma 12")
_STREET_THEN_NUMBER = re.compile(r"\S.*[\s-]\d{1,5}[A-Za-z]?")
# The label an address line may open with ("Address: ..."): not a part of the address
_ADDRESS_LABEL = re.compile(r"(?i:address)\s*[:：]\s*")


def _is_address_line(text: str, rules: Rules) -> bool:
    """A postal address run on one line, its parts apart by commas ("The Fiji Times Limited, 177
    Victoria Parade, Suva, Fiji"): three parts or more, each a few words, no final stop; one a
    numbered street (`closing_blocks.street`), and a postcode or a country's name closing it."""
    if len(text) > 120 or line_end(text) in SENTENCE_END or text.count(",") < 2:
        return False
    if text[:1] in "Aa" and (label := _ADDRESS_LABEL.match(text)):
        text = text[label.end():]
    parts = [p.strip() for p in text.split(",")]
    if any(not p or word_count(p) > 5 for p in parts):
        return False
    street = any((_NUMBERED_STREET.match(p) or _STREET_THEN_NUMBER.fullmatch(p)) and rules.address_street.search(p)
                 for p in parts)
    country = parts[-1].casefold() in rules.country_names
    if not street and country and len(parts) >= 4:
        # ("Standard Group Centre, Mombasa Road, Nairobi, Kenya": a building, its street, the city
        # and the country, no number; four parts or more)
        street = any(rules.address_street.search(p) for p in parts[1:-2])
    return street and (country or bool(rules.address_postcode.search(text)))


def is_address_line(text: str, rules: Rules | None = None) -> bool:
    """A postal address run on one line (see _is_address_line), for the readers of source lines."""
    return _is_address_line(text, rules or load_rules())


def _is_address_block(block: list[Line], rules: Rules) -> bool:
    """A body's postal address, a line each ("The ASEAN Secretariat" / "70A Jalan Sisingamangaraja" /
    "Jakarta 12110, Indonesia"): a few short lines, none ending a sentence, with two signs of an
    address or more (furniture.yml `closing_blocks`), one of them a street or a postcode; or such an
    address run on one line (`_is_address_line`)."""
    if len(block) == 1:
        return _is_address_line(block[0].text, rules)
    if not 2 <= len(block) <= rules.address_max_lines or any(len(ln.text) > 120 for ln in block):
        return False
    street = postcode = contact = False
    for k, ln in enumerate(block):
        text = ln.text
        marked = False
        if rules.address_street.search(text):
            street = marked = True
        if rules.address_postcode.search(text):
            postcode = marked = True
        if rules.address_contact.search(text):
            contact = marked = True
        if not marked and line_end(text) in SENTENCE_END | {",", ";", ":"} and \
                not (k == 0 and text[-1:] in ":：" and len(text) <= rules.wrap_max_chars // 2):
            # (a short label ending in a colon may head it: "Contact:", "For inquiries, please contact:")
            return False
    return (street or postcode) and street + postcode + contact >= 2


def _is_disclaimer(block: list[Line], rules: Rules) -> bool:
    """A disclaimer of warranties over the page's information, one paragraph ("... the information
    are provided "as is" without warranty of any kind ..."): what the publisher's site says under
    every page, none of the author's."""
    if block[0].indent or is_list_line(block[0], rules, strict=False):
        return False
    text = " ".join(ln.text for ln in block)
    return len(text) <= 1500 and line_end(text) in SENTENCE_END and \
        bool(rules.disclaimer_warranty.search(text)) and bool(rules.disclaimer_subject.search(text))


def _is_newsletter_box(block: list[Line], rules: Rules) -> bool:
    """A site's box offering its newsletter ("Newsletter" / "Sign up for ..." / a pitch / "Get the
    Newsletter"): a few short lines between the newsletter's name and its button."""
    return 2 <= len(block) <= 5 and all(len(ln.text) <= 200 for ln in block) and \
        bool(rules.newsletter_head.fullmatch(block[0].text.rstrip(": "))) and \
        bool(rules.newsletter_button.fullmatch(block[-1].text.rstrip("!.>» ")))


# A name over a page's files: a few words, capitalised, no stop or lead-in colon
_FILES_HEAD_MAX_WORDS = 5


def _heads_files(text: str, nxt: list[Line]) -> bool:
    """A short name alone over a block of file links, a link a line ("Related documents" over "Y-PORT
    Project brochure (PDF: 2,815KB)" / ...): the heading of the files' section. A sentence or a
    lead-in ("Download the reports below:") is the author's and stays text."""
    return text[:1].isupper() and line_end(text) not in SENTENCE_END and line_end(text) not in ":,;" and \
        len(text.split()) <= _FILES_HEAD_MAX_WORDS and all(ATTACHMENT.search(ln.text) for ln in nxt)


# How far up from the page's end a comment box's head may stand, in blocks (a few comments)
_COMMENT_BOX_MAX_BLOCKS = 12
# How far over the form's own head ("Add comment") the box's head may stand ("Comments - 3"), in blocks
_COMMENT_BOX_ABOVE_FORM = 4


def _reply_buttons(removed: list[str], rules: Rules) -> bool:
    """Whether a comment's "Reply" button went as a furniture line under a comments' head that went
    too ("Comments (2)" / ... / "Reply"): the readers' comments are there, a form of their own."""
    head = next((k for k, text in enumerate(removed) if len(text) <= 30 and rules.comment_box_head.fullmatch(text)), None)
    return head is not None and any(text.casefold() == "reply" for text in removed[head + 1:])


def _comment_box(blocks: list[list[Line]], rules: Rules, under_head: list[str], replied: bool = False,
                 form_gone: bool = False) -> int | None:
    """Where a comment box closing the page starts ("Comments - 3" / the readers' comments / "Add
    comment" / "Reply To:" / "Name -" / "Email -"), as a block's index, or None: a block opening
    with a comments' head (furniture.yml `closing_blocks.comment_box_head`), or right under one
    that went as a furniture line ("Comments (2)": `under_head`, the first lines under such heads),
    a line of the comment form (`comment_form`) under it, to the page's end. A comment's "Reply"
    button that went as furniture (`replied`) is its form too, for the comments under the head; so is
    a line of the form that went as furniture (`form_gone`: "Leave a Reply"), under a head of more than
    one word in the text ("3 thoughts on “...”")."""
    form, top = False, None
    for b in range(len(blocks) - 1, max(0, len(blocks) - _COMMENT_BOX_MAX_BLOCKS), -1):
        if top is not None and (top - b > _COMMENT_BOX_ABOVE_FORM or sum(len(ln.text) for ln in blocks[b]) > 300):
            break  # (over the form's head, a few short comments and their count's head; not the text)
        form = form or any(len(ln.text) <= 200 and rules.comment_form.fullmatch(ln.text.strip()) for ln in blocks[b])
        first = blocks[b][0].text
        # (with the form gone, a head that counts the comments or names the post, never a bare
        # "Comments", which may head the author's own section)
        if ((form or (form_gone and " " in first)) and len(first) <= 160 and first[:1].isalnum() and
                rules.comment_box_head.fullmatch(first)) or \
                ((form or replied) and first in under_head):
            top = b
    return top


def _without_comment_box(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """The blocks without the comment box closing the page (see _comment_box): readers' words and
    the site's form, furniture; the address under it stays."""
    j = _under_links(blocks, rules)
    replied = bool(doc.under_comments) and _reply_buttons(doc.removed, rules)
    # (a form's line gone as furniture: "Leave a Reply", "Reply"; the substrings gate the pattern)
    form_gone = any(("eply" in t or "omment" in t) and len(t) <= 200 and rules.comment_form.fullmatch(t) for t in doc.removed)
    while j > 1 and (box := _comment_box(blocks[:j], rules, doc.under_comments, replied, form_gone)):
        doc.removed.extend(ln.text for block in blocks[box:j] for ln in block)
        blocks = blocks[:box] + blocks[j:]
        j = box
    return blocks


def _is_about_publisher(block: list[Line], rules: Rules) -> bool:
    """A publisher's blurb about itself, one paragraph ("The Standard Group Plc is a multi-media
    organization ..."; furniture.yml `closing_blocks.about_publisher`)."""
    return len(block) <= 3 and block[0].text[:1].isupper() and bool(rules.about_publisher.match(block[0].text))


def _under_links(blocks: list[list[Line]], rules: Rules) -> int:
    """Where the blocks that may close a page under its closing links start: its address and the
    publisher's blurb (len(blocks) when none closes it)."""
    j = len(blocks)
    while j > 2 and (_is_address_block(blocks[j - 1], rules) or _is_about_publisher(blocks[j - 1], rules)):
        j -= 1
    return j


def _author_card(blocks: list[list[Line]], end: int, rules: Rules) -> list[Line] | None:
    """The writer's bare name over its label ("Lagi Keresoma" / "Author"), closing the text at
    block `end`, in one block or two: a news site's author card (the name is the byline, the label
    the site's), or None."""
    card = blocks[end - 1] if len(blocks[end - 1]) == 2 else \
        blocks[end - 2] + blocks[end - 1] if end > 2 and len(blocks[end - 1]) == 1 and len(blocks[end - 2]) == 1 else None
    if card is None or len(card[1].text) > 40 or not rules.author_box_label.fullmatch(card[1].text) or \
            len(card[0].text) > 60 or not bare_names(card[0].text):
        return None
    return card


def _is_writer_signoff(block: list[Line]) -> bool:
    """The writer's name alone under the text, written with its initial glued ("B.Saruul", as the
    Mongolian press signs a story): a byline, never a heading of the text."""
    return len(block) == 1 and len(block[0].text) <= 30 and is_glued_name(block[0].text)


# The mark a Vietnamese news story ends with, glued to its last sentence ("... US$79 billion./.")
_END_MARK = "./."


def _name_under_end_mark(blocks: list[list[Line]], end: int) -> bool:
    """The writer's bare name alone right under a paragraph closed by the end mark ("... over US$79
    billion./." / "Thuy Dung"), as Vietnamese news signs a story: its byline, no text of its own."""
    block = blocks[end - 1]
    return len(block) == 1 and len(block[0].text) <= 40 and blocks[end - 2][-1].text.endswith(_END_MARK) and \
        bare_names(block[0].text)


def _date_again(text: str, doc: Parsed, rules: Rules) -> bool:
    """A labelled date under the text that the header printed already, word for word ("Published -
    March 12, 2025 09:15 pm IST"): the page's furniture the second time (another date there, "Last
    modified: 16 July 2024", says when the page changed, and stays)."""
    return (text == doc.dateline or text in doc.head_sources) and is_labelled_dateline(text, rules)


def _source_under_end_mark(blocks: list[list[Line]], end: int, rules: Rules) -> bool:
    """The agency's name alone right under a paragraph closed by the end mark ("... from the two
    countries./." / "VNA"), over the outlet's address: the wire's sign-off, a source line."""
    block = blocks[end - 1]
    return len(block) == 1 and len(block[0].text) <= 40 and blocks[end - 2][-1].text.endswith(_END_MARK) and \
        is_publisher_line(block[0].text, rules)


def _wrapped_source_note(texts: list[str], rules: Rules) -> bool:
    """A credit's label opening lines that wrap one sentence ("Source: ..., based on OECD
    Development" / "Assistance Committee (DAC) Creditor Reporting System data, December 2024."): the
    first line as long as a wrapped one and ending on a word, the last ending the sentence. A short
    credit over a caption ("Photo: Kyodo" / "The minister ...") is no such note."""
    first = texts[0]
    return first[:6].casefold() == "source" and len(first) > rules.wrap_max_chars * 2 // 3 and \
        first[-1:].isalpha() and line_end(texts[-1]) == "." and bool(rules.photo_credit.fullmatch(first))


def _is_signoff(block: list[Line], rules: Rules) -> bool:
    """The initials of a release's writer and editor closing it, alone ("DK/DK", "MJPS/SK")."""
    return len(block) == 1 and len(block[0].text) <= 24 and bool(rules.signoff.fullmatch(block[0].text))


def _is_desk_credit(block: list[Line], rules: Rules) -> bool:
    """A news desk's credit alone on the story's last line ("Source: CNA/ay(rn)", "(Reuters/fs)"):
    labelled or bracketed as a credit, or its outlet one the vocabulary knows ("CNA/ay"), so that
    a bare "TCP/ip" is none."""
    text = block[0].text if len(block) == 1 else ""
    m = rules.desk_credit.fullmatch(text) if 0 < len(text) <= 60 and "/" in text else None
    if m is None:
        return False
    return text[:1] == "(" or m.start("outlet") > 0 or is_source_line(m.group("outlet"), rules)


def _byline_over_caption(block: list[Line], rules: Rules) -> bool:
    """A byline line ("By Phonesavanh") over a photo's caption or credit lines ("Photo: ...") in
    the text's last block: the writer's name closing the story, the caption under it."""
    return len(block) >= 2 and block[0].text[:2] in ("By", "BY", "by") and len(block[0].text) <= 60 and \
        bool(rules.byline.fullmatch(block[0].text)) and is_source_line(block[0].text, rules) and \
        all(rules.caption_label.fullmatch(ln.text) or rules.photo_credit.match(ln.text) for ln in block[1:])


def _without_glued_end_mark(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """The blocks with a wire's end mark taken off the end of the last line ("... development
    partners of Cambodia. Enditem"): the mark is furniture, the sentence stays as written."""
    last = blocks[-1][-1]
    m = rules.glued_end_mark.search(last.text)
    if not m:
        return blocks
    doc.removed.append(m.group("mark"))
    return [*blocks[:-1], [*blocks[-1][:-1], last._replace(text=last.text[:m.start()])]]


# Where a copyright notice starts inside a line ("... Indonesia Copyright © 2026 ASEAN. ...")
_COPYRIGHT_START = re.compile(r"\s(?=(?:copyright\b|©|\(c\)\s?\d))", re.I)


def _without_run_in_copyright(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """The blocks with a publisher's copyright notice taken off the end of its address, the two run
    into the page's last line ("ASEAN Secretariat, 70A Jl. Sisingamangaraja, Jakarta 12110,
    Indonesia Copyright © 2026 ASEAN. All rights reserved."): the notice is furniture, the address
    stays under the text as an address on a line of its own does."""
    last = blocks[-1][-1]
    m = _COPYRIGHT_START.search(last.text)
    if not m:
        return blocks
    head, tail = last.text[:m.start()].rstrip(), last.text[m.end():]
    if not (rules.furniture.fullmatch(tail) or rules.long_furniture.fullmatch(tail)) or not _is_address_line(head, rules):
        return blocks
    doc.removed.append(tail)
    return [*blocks[:-1], [*blocks[-1][:-1], last._replace(text=head)]]


def _without_repeated_dates(blocks: list[list[Line]], doc: Parsed) -> list[list[Line]]:
    """The blocks less those that repeat the header's date lines under the text ("Published at :
    June 8, 2026" / "Updated at : June 8, 2026 07:45" at a news page's foot, as over its text): the
    page's furniture, the dates read already. Such a block holds the header's dateline, and every
    line of it is one the header read."""
    if doc.dateline is None:
        return blocks
    lifted = {doc.dateline, *doc.under_lede, *doc.head_sources}
    kept = []
    for block in blocks:
        if any(ln.text == doc.dateline for ln in block) and all(ln.text in lifted for ln in block):
            doc.removed.extend(ln.text for ln in block)
        else:
            kept.append(block)
    return kept if kept else blocks


def parse_trailer(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> list[list[Line]]:
    """Take bylines, source lines (and a dateline) off the bottom; return the rest."""
    blocks = _without_repeated_dates(blocks, doc)
    last = blocks[-1][-1] if len(blocks) > 1 else None
    if last is not None and len(last.cells) == 2 and (page := _page_cell(last.cells)) is not None and \
            is_publisher_line(last.cells[1 - page], rules):
        # "34      Japan Science and Technology Agency": a PDF's running foot, the page's number beside
        # the publisher's name; the number goes, the name is read as any last line is (a table's last
        # row, "Total      13", is no publisher's)
        doc.removed.append(last.cells[page])
        blocks = [*blocks[:-1], [*blocks[-1][:-1], Line(0, last.cells[1 - page])]]
    # (the wire's byline and the writer's address may stand under the end mark: "... minerals. (END)"
    # / "By Kim Boram" / "brk@yna.co.kr")
    signed = len(blocks)
    while signed > 2 and all(rules.byline.fullmatch(ln.text) or _EMAIL_ADDRESS.fullmatch(ln.text) for ln in blocks[signed - 1]):
        signed -= 1
    if len(blocks) > 1 and (blocks[signed - 1][-1].text[-1:].isalpha() or blocks[signed - 1][-1].text[-1:] in ")-—–"):
        # (a sentence's stop last: no mark there)
        blocks = [*_without_glued_end_mark(blocks[:signed], doc, rules), *blocks[signed:]]
    if len(blocks) > 1 and ("©" in blocks[-1][-1].text or "opyright" in blocks[-1][-1].text):
        blocks = _without_run_in_copyright(blocks, doc, rules)
    footer = _footer_start(blocks[-1], rules) if len(blocks) > 1 else None
    if footer is not None:
        doc.removed.extend(ln.text for ln in blocks[-1][footer:])
        blocks = blocks[:-1] + ([blocks[-1][:footer]] if footer else [])
    while len(blocks) > 1 and _is_newsletter_box(blocks[-1], rules):
        doc.removed.extend(ln.text for ln in blocks[-1])  # the site's offer of its newsletter
        blocks = blocks[:-1]
    # the links to other pages that close it: "Related" over other stories' headlines, and the
    # page's tags over them ("TAGS" / "Japan" / "Vietnam", then "Related" / ...)
    # (the publisher's blurb and its address may close the page under them: the links are the
    # site's still, the blurb too, and the address stays, under the text as it stood)
    blocks = _without_comment_box(blocks, doc, rules)
    while len(blocks) > 1 and (closing := _closing_section(blocks[:(j := _under_links(blocks, rules))], rules)):
        b, k = closing
        links = [ln.text for ln in [*blocks[b][k:], *(ln for block in blocks[b + 1:j] for ln in block)]]
        doc.removed.extend(links)
        doc.related.extend(t for t in links if not ATTACHMENT.search(t))
        below = [block for block in blocks[j:] if not _is_about_publisher(block, rules)]
        doc.removed.extend(ln.text for block in blocks[j:] if _is_about_publisher(block, rules) for ln in block)
        blocks = blocks[:b] + ([blocks[b][:k]] if k else []) + below
        # (the comment box over the closing links: "Comments - 3" ... "Reply To:", then "Top News")
        blocks = _without_comment_box(blocks, doc, rules)
    while len(blocks) > 1 and len(blocks[-1]) == 1 and len(blocks[-1][0].text) <= 60 and \
            rules.lone_closing_head.fullmatch(blocks[-1][0].text.rstrip(": ")):
        doc.removed.append(blocks[-1][0].text)  # "Read Next" last, its links gone with the page's widgets
        blocks = blocks[:-1]
    source = ""
    if doc.tags_over_source and len(blocks) > 1 and _labelled_source(blocks[-1][-1].text, rules):
        # (under the page's tags, "Source: UNDP Cambodia" is no figure's note: the page's source
        # line, taken before any other closing line over it; the tags, if still there, go next)
        source = blocks[-1][-1].text
        blocks = blocks[:-1] if len(blocks[-1]) == 1 else [*blocks[:-1], blocks[-1][:-1]]
    if len(blocks) > 1 and len(blocks[-1]) > 1 and \
            all(_is_tag_line(ln.text, rules) or _is_signoff([ln], rules) for ln in blocks[-1]):
        # "KT/MH" / "Topics: Japan, CMAC, demining": the desk's initials over the tags, no blank
        # line between: each read as alone on its line
        blocks = [*blocks[:-1], *([ln] for ln in blocks[-1])]
    if len(blocks) > 1 and len(blocks[-1]) == 1 and _is_tag_line(blocks[-1][0].text, rules):
        doc.removed.append(blocks[-1][0].text)  # the page's tags in a row, under its text
        blocks = blocks[:-1]
    end = len(blocks)
    if end > 1 and len(blocks[-1]) == 1 and rules.closing_link.fullmatch(blocks[-1][0].text) and \
            line_end(blocks[-1][0].text) not in NO_TITLE_END:
        doc.removed.append(blocks[-1][0].text)  # a link back to the page's section, last
        end -= 1
    if end > 2 and len(blocks[end - 2]) == 1 and _byline_over_caption(blocks[end - 2] + blocks[end - 1], rules):
        # "By Phonesavanh" / "Photo: Vice Minister ... sign the handover documents.": the writer
        # closing the story over the photo's caption: the byline leaves, the caption stays text
        doc.tail_sources.append(blocks[end - 2][0].text)
        blocks = blocks[:end - 2] + blocks[end - 1:]
        end -= 1
    elif end > 1 and _byline_over_caption(blocks[end - 1], rules):
        doc.tail_sources.append(blocks[end - 1][0].text)  # (the same in one block)
        blocks = blocks[:end - 1] + [blocks[end - 1][1:]] + blocks[end:]
    if end > 1 and len(blocks[end - 1]) > 1 and line_end(blocks[end - 1][-2].text) in SENTENCE_END and \
            _is_desk_credit(blocks[end - 1][-1:], rules):
        # "(Antara/mr)" on the line under the last paragraph's last sentence, no blank line
        # between: the desk's credit, as a line of its own would be (the sentences stay the text)
        blocks = [*blocks[:end - 1], blocks[end - 1][:-1], blocks[end - 1][-1:], *blocks[end:]]
        end += 1
    # (the desk's credit closes the story under its last source lines: taken first, listed last)
    desk = blocks[end - 1][0].text if end > 1 and _is_desk_credit(blocks[end - 1], rules) else None
    end -= desk is not None
    tail: list[str] = []
    while end > 1:
        texts = [ln.text for ln in blocks[end - 1]]
        # (a wire's credits wrapped after a label's "by", "... Additional reporting by" / "Francesca ...":
        # lifted a line each, as written; extraction reads the label on with the name under it)
        wrapped = len(texts) > 1 and texts[0][-3:] == " by" and is_wire_credits(" ".join(texts), rules)
        # (the header's date printed again under the text, its label and all: "Published - March 12,
        # 2025 09:15 pm IST", the page's furniture)
        if not wrapped and not all(is_source_line(t, rules) or (doc.dateline is None and is_dateline(t, rules)) or
                   _date_again(t, doc, rules) or _release_source(t) for t in texts):
            break
        tail = texts + tail
        end -= 1
    for t in tail:
        if doc.dateline is None and is_dateline(t, rules):
            doc.dateline = t
        elif _date_again(t, doc, rules):
            doc.removed.append(t)
        else:
            doc.tail_sources.append(t)
    if desk:
        doc.tail_sources.append(desk)
    if source:
        doc.tail_sources.append(source)
    # A disclaimer under the text is the site's (furniture), and so are the initials of a release's
    # writer and editor ("DK/DK"); a body's address there, a line each, stays in the text, read
    # after the body, apart from it (no mention of its city or country).
    # The writer's glued name closing the story, over the address or last, is its byline.
    # So is the writer's card, the name over its label ("Lagi Keresoma" / "Author"), the site's box.
    while end > 2 and (_is_disclaimer(blocks[end - 1], rules) or _is_signoff(blocks[end - 1], rules) or
                       _is_address_block(blocks[end - 1], rules) or _is_writer_signoff(blocks[end - 1]) or
                       (not doc.author_card and (card := _author_card(blocks, end, rules))) or
                       (not doc.signoff and _name_under_end_mark(blocks, end)) or
                       _source_under_end_mark(blocks, end, rules)):
        if not doc.signoff and _name_under_end_mark(blocks, end):
            doc.signoff = [blocks[end - 1][0].text]
        elif _source_under_end_mark(blocks, end, rules):
            doc.tail_sources.insert(0, blocks[end - 1][0].text)
        elif not doc.author_card and (card := _author_card(blocks, end, rules)):
            doc.author_card = [ln.text for ln in card]
            doc.removed.append(card[1].text)
            end -= len(card) - 1 if len(blocks[end - 1]) == 1 else 0
        elif _is_writer_signoff(blocks[end - 1]):
            doc.tail_sources.insert(0, blocks[end - 1][0].text)
        elif _is_disclaimer(blocks[end - 1], rules) or _is_signoff(blocks[end - 1], rules):
            doc.removed.extend(ln.text for ln in blocks[end - 1])
        else:
            doc.closing.insert(0, [ln.text for ln in blocks[end - 1]])
        end -= 1
    return blocks[:end]


# --- body ------------------------------------------------------------------------------------

def _caption(label: re.Match[str], nxt: list[Line] | None, doc: Parsed, rules: Rules) -> tuple[Block, bool]:
    """A caption from its label line (`Photo 3.`); the next block is its text when the label has none.

    Returns the block and whether the next block was used.
    """
    if label.group("placeholder"):
        doc.removed.append(label.group("placeholder"))
    text = label.group("text") or ""
    takes_next = not text and caption_target(nxt, rules)
    if takes_next:
        text = join_lines([ln.text for ln in nxt])
    return Block("caption", text=text, label=label.group("label")), takes_next


# A glossary's entry on one line, its term, a dash or a colon, its definition ("ODA – Official
# Development Assistance", "AOIP: ASEAN Outlook on the Indo-Pacific"): the term a few words.
_TERM_ON_LINE = re.compile(r"(?P<term>[^\W_][^–—:]{0,40}?)(?:\s+[–—-]\s+|\s?[:：]\s+)(?P<text>\S.*)")


def _glossary_lines(lines: list[Line], rules: Rules) -> list[Block] | None:
    """A glossary's entries a line each ("ODA – Official Development Assistance" / "JICA – Japan
    International Cooperation Agency"): an entry per line, never one term over the other lines run
    together; None when a line is no entry so set (a term over its definition's lines)."""
    if len(lines) < 2:
        return None
    found = [_TERM_ON_LINE.fullmatch(ln.text) for ln in lines]
    if not all(m and word_count(m.group("term")) <= 6 for m in found):
        return None
    return [Block("glossary", term=m.group("term"), text=m.group("text")) for m in found]


def _glossary_entry(lines: list[Line], nxt: list[Line] | None, after: list[Line] | None,
                    rules: Rules) -> tuple[Block | None, bool]:
    """A term line with its definition under it (same block) or in the next one-line block."""
    first = lines[0].text
    if not title_like(first, rules):
        return None, False
    if len(lines) >= 2:
        return Block("glossary", term=first, text=join_lines([ln.text for ln in lines[1:]])), False
    if nxt is not None and len(nxt) == 1 and not heading_kind(nxt, after, rules):
        return Block("glossary", term=first, text=nxt[0].text), True
    return None, False


def _kept_marker(line: Line, rules: Rules) -> bool:
    """`① ...`, `a. ...`, `B) ...` alone at the margin between blank lines: a paragraph the
    author numbered (as `(2) ...` is), not a list of one; Markdown has no list of these markers,
    so a list would only show the marker after a bullet."""
    m = rules.list_item.fullmatch(line.text) if may_be_item(line.text, rules) else None
    if m is None:
        return False
    letter = m.group("letter")
    return m.group("circled") is not None or letter is not None and (letter[-1] == "." or letter[-2].isupper())


def _is_list(lines: list[Line], prev: list[Line] | None, nxt: list[Line] | None, rules: Rules) -> bool:
    """One unindented `2. ...` line between paragraphs is a numbered paragraph, like `(2) ...`;
    it is a list item when indented, bulleted, or next to other items (not above a list that
    starts again from 1: then it is a numbered paragraph, its number kept in its text)."""
    if len(lines) > 1 or is_list_line(lines[0], rules, strict=True):
        return True
    if _kept_marker(lines[0], rules):
        return False
    if nxt is not None and parse_list(nxt, rules) is not None and \
            not (lines[0].text[:1].isdigit() and numbered_from_one(nxt, rules)) and \
            not (len(nxt) == 1 and glyph_heading(nxt[0], rules)):  # `● Registration`: a heading, no item
        return True
    # (nor is a glyph heading over it, as canonical_text writes a heading: `■ B. Scope of Work`)
    return prev is not None and parse_list(prev, rules) is not None and \
        not (len(prev) == 1 and glyph_heading(prev[0], rules))


def _goes_on_list(last: Block, lines: list[Line], prev: list[Line] | None, lists: list[ListRun],
                  rules: Rules) -> bool:
    """Whether a block of one list item goes on the list `last`, made of the block above it, one
    item too: text copied with a blank line after every line ("- 10 underground stations" / "" /
    "- a depot at Tham Luong") sets each item apart, and the items are one list still when they
    are of one kind: the same bullet, or the next number with the same stop. A block of several
    items is a list of its own, as its author grouped it; so is an item longer than a printed line
    (a press release's "1. On February 20, ..." paragraphs, numbered, a block each)."""
    if last.kind != "list" or prev is None or len(lists) != 1 or lists[0].depths.count(0) != 1 or \
            any(len(t) > rules.wrap_max_chars for t in (last.items[-1], *lists[0].items)) or \
            last.ordered != lists[0].ordered or parse_list(prev, rules) is None or \
            sum(1 for ln in prev if rules.list_item.fullmatch(ln.text)) != 1:
        return False
    here, above = rules.list_item.fullmatch(lines[0].text), rules.list_item.fullmatch(prev[0].text)
    if not (here and above):
        return False
    if last.ordered:
        return here.group("delim") == above.group("delim") and \
            lists[0].start == last.start + last.depths.count(0) + (not last.depths) * len(last.items)
    # (`b)` a blank line under `a)` goes on its list, as a bullet under the same bullet does)
    return lines[0].text[:1] == prev[0].text[:1] or follows_item(above, here)


def _next_numbered_section(text: str, blocks: list[Block], rules: Rules) -> bool:
    """Whether `text` is a short section title numbered one after the document's last numbered
    heading, the same way ("2. Major Projects" after "1. Basic Policy"; "3.2 ..." after "3.1 ...")."""
    m = rules.section_number.fullmatch(text)
    if not m or not m.group("number")[:1].isdigit() or not ends_like_heading(text) or \
            not m.group("text")[:1].isupper() or word_count(m.group("text")) > rules.heading_max_words or \
            (":" in text and FIGURE_VALUE.fullmatch(m.group("text"))):  # ("3. Japanese investment: US$4.6 billion")
        return False
    number = m.group("number")
    *here_head, here = number.rstrip(".").split(".")
    for block in reversed(blocks):  # (the last numbered heading of its depth: "4." comes after "3.2")
        above = rules.section_number.fullmatch(block.text) if block.kind == "heading" else None
        if above is None or not above.group("number")[:1].isdigit():
            continue
        *head, last = above.group("number").rstrip(".").split(".")
        if len(head) != len(here_head):
            continue
        return here_head == head and here.isdigit() and last.isdigit() and int(here) == int(last) + 1 and \
            number.endswith(".") == above.group("number").endswith(".")
    return False


def _back_matter_name(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> str | None:
    """`Glossary`, `Notes`, ...: the section name when the block is a back-matter heading."""
    if len(lines) != 1 or nxt is None or not is_back_matter_name(lines[0].text, rules):
        return None
    return lines[0].text.casefold().rstrip(":")


def _marked_in_brackets(doc: Parsed, first: str) -> bool:
    """Whether the text above holds the bracketed mark ("[1]") of the note `first` opens with
    ("1. On the training ..."): the figure in brackets after a word or a stop."""
    number = first[:4].split(".", 1)[0].split(")", 1)[0]
    # (or the first of sources cited at once: "[1, 2]", "[1-3]", "[1–3]")
    marks = tuple(f"[{number}{end}" for end in ("]", ",", "-", "–"))
    return number.isdigit() and any(mark in b.text for b in doc.blocks if b.kind == "para" for mark in marks)


def _marked_in_superscript(doc: Parsed, notes: list[Note]) -> bool:
    """Whether the text above holds each note's figure raised ("... technology.¹", "... staff.²")."""
    texts = [b.text for b in doc.blocks if b.kind == "para" and any(c in b.text for c in SUPERSCRIPT_DIGITS)]
    return bool(texts) and all(any(n.num.translate(TO_SUPERSCRIPT) in t for t in texts) for n in notes)


def _first_marked_note(doc: Parsed, first: str, rules: Rules) -> int:
    """The number opening a notes list (`14 TICAD: ...`) when the text above marks that note with
    the word ("... (TICAD 9)Note 14, held in ..."), as a chapter copied out of a book does, its
    count going on from the chapters before; else 1."""
    num = first.split(" ", 1)[0].rstrip(".)")  # ("14 TICAD: ...", "14. TICAD: ...")
    if not num.isdigit() or num == "1":
        return 1
    mark = f"{rules.note_word} {num}"
    return int(num) if any(mark in b.text for b in doc.blocks) else 1


def _word_marked_notes(doc: Parsed, lines: list[Line], rules: Rules) -> list[Note]:
    """The notes under a `Notes` heading of a text that marks them with the word ("Note 14"), their
    figures as written: bare ("14 TICAD: ..."), or as a list numbers them ("14. TICAD: ...") when
    the text marks that very note. ("  1. Note 14: ..." lines are a notes list of their own.)"""
    if rules.note_line.fullmatch(lines[0].text):
        return []
    start = _first_marked_note(doc, lines[0].text, rules)
    notes = plain_notes(lines, start=start)
    if notes or start == 1 and f"{rules.note_word} 1" not in " ".join(b.text for b in doc.blocks if b.kind == "para"):
        return notes
    return plain_notes(lines, True, start=start)


def _notes_blocks(notes: list[Note], doc: Parsed) -> None:
    """Notes where they stood: a note no marker points to is text of that place and is shown
    there; a number defined twice (notes per section) keeps its second text as a paragraph."""
    block = Block("notes")
    for style, num, label, text in notes:
        if doc.notes.setdefault(num, text) is text:
            doc.note_marks[num] = (style, label)
            block.items.append(num)
        elif doc.notes[num] != text:
            doc.blocks.append(block)
            line = f"{label} {text}"
            doc.blocks.append(Block("para", text=line, lines=(line,)))
            block = Block("notes")
    doc.blocks.append(block)


# A mark with no number opening a line ("* Corresponding author: ...", "† Deceased"): it points
# to a bare `*` in the text, as an article's author line has one.
_BARE_MARK = re.compile(r"[*※†‡]\s+\S")


def _annotated_by_notes(lines: list[Line], nxt: list[Line] | None, rules: Rules) -> bool:
    """A short line with note marks right above the notes they point to (an article's authors,
    `Kenji Watanabe¹*, Nguyen Thi Lan²`, over their affiliations `¹ Graduate School ...`): a line
    of text that the notes annotate, not a heading over them."""
    return len(lines) == 1 and nxt is not None and \
        (nxt[0].text[:1] in NOTE_MARK_CHARS or rules.note_word in nxt[0].text) and \
        bool(note_numbers(lines[0].text, rules)) and is_notes_block(nxt, rules)


# An e-mail address or a telephone number alone on its line, as a contact block gives them.
# (a number has seven figures or more, and is not years alone: "2024" or "2024-2027" is no telephone)
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL_ADDRESS = re.compile(_EMAIL)
_PHONE = r"(?=(?:\D*\d){7})(?!(?:(?:19|20)\d\d\b[\s.-]*)+$)\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{1,5}\)?){2,6}"
_CONTACT_LINE = re.compile(f"{_EMAIL}|{_PHONE}")
# ... or ending a line after the name it reaches ("Taro Yamada (Tokyo) +81 3 5226 6660")
_CONTACT_END = re.compile(rf"\s(?:{_EMAIL}|{_PHONE})$")


def _contact_in(text: str) -> bool:
    """An e-mail address or a telephone number alone on the line, or closing it after a name."""
    return _CONTACT_LINE.fullmatch(text) is not None or (text[-1:].isdigit() or "@" in text) and \
        _CONTACT_END.search(text) is not None


# A line's own number or year before its first word ("(1) ", "2. ", "2024 ")
# (or a bracketed word labelling the line, as a ministry's sheet marks its reference figures:
# "(Reference) Japan's ODA to Africa", "[Note] Figures are provisional")
_ITEM_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|(?:19|20)\d\d|[(\[【][A-Z][a-z]{1,15}[)\]】])\s+")


def _signatories(texts: list[str], rules: Rules) -> bool:
    """Lines in pairs, each a person's name line over the role line (a signatory block, a list of
    speakers: clean_rules._signatory), at most four pairs."""
    return len(texts) <= 8 and all(rules.signatory.fullmatch(f"{texts[k]}\n{texts[k + 1]}")
                                   for k in range(0, len(texts), 2))


_LINK_LINE_MAX_CHARS = 80


def _link_lines(texts: list[str]) -> bool:
    """Short lines opening with a capital, none ending with a stop, a comma or a colon: under a
    section of links ("See also"), the names of the pages they link to, a line each."""
    return all(len(t) <= _LINK_LINE_MAX_CHARS and t[:1].isupper() and line_end(t) not in ".,;:" for t in texts)


def _lines_apart(texts: list[str], rules: Rules) -> bool:
    """Lines that are not one hard-wrapped paragraph, though short: a transcript's turns or a
    video's chapters, each line opening with its time ("00:00 Intro" / "01:45 Why early warning
    matters"), or a chronology's entries, each opening with its date ("1992 – Japan resumes ...",
    "April 2012: ..."), under a lead line or not; a paper's affiliations, each line opened by its
    superscript mark; or a contact block (a signature: "Yuki Tanaka" /
    "Programme Officer, ..." / "Tel: ...": three short lines or more, none going on in lower case
    or ending a sentence or a clause, one of them a "Label: value" line)."""
    if len(texts) < 2:
        return False
    if len(texts) % 2 == 0 and len(texts[0]) <= 60 and _signatories(texts, rules):
        return True  # "Enrique A. Manalo" / "Secretary of Foreign Affairs": a name and its role, a line each
    if len(texts[0]) <= 60 and rules.signed_mark.match(texts[0]):
        # "(Signed)" over the signatory's lines, or opening the name's line ("(Signed) Akira Tanaka"):
        # the lines under the mark, read without it, are the block (each signatory's own mark too:
        # "(SGD) AKIRA TANAKA" / role / "(Sgd.) MARIA L. SANTOS" / role)
        bare = [rest for t in texts if (rest := t[m.end():].strip() if (m := rules.signed_mark.match(t)) else t)]
        return _lines_apart(bare, rules)
    if texts[0][:1] in SUPERSCRIPT_MARKS and 2 * sum(1 for t in texts if t[:1] in SUPERSCRIPT_MARKS) >= len(texts):
        return True  # a paper's affiliations, each opened by its mark ("¹King Mongkut's ..." / "²Graduate ...")
    # (the last line first: in most blocks it is no entry, and the others need not be tried)
    if rules.timestamp.match(texts[-1]) or rules.dated_entry.match(texts[-1]):
        keyed = [bool(rules.timestamp.match(t) or rules.dated_entry.match(t)) for t in texts]
        if sum(keyed) >= 2 and all(keyed[1:]):  # (the first line may lead into them)
            return True
    if texts[0][-1:] in ":：" and _people_under_label(texts, rules):
        return True
    if texts[0][-1:] in ":：" and len(texts) >= 3 and rules.contact_lead.fullmatch(texts[0]) and \
            not rules.contact_lead.fullmatch(texts[1]) and _contact_lines(texts[1:], rules):
        return True  # "For more information, please contact:" over the contact block, a line each
    # (a web or e-mail address alone, `www.example.org`, opens in lower case and goes on with nothing)
    if len(texts) < 3 or not all(not (t[:1].islower() and " " in t) and line_end(t) not in ".,;:" for t in texts[1:]):
        return False
    if texts[0][-1:] in ":：" and len(texts[0]) <= rules.wrap_max_chars // 2:
        # a contact block under its label ("Media Contact:", "For more information, please contact:"
        # / "Ms. Nguyen Thi Lan" / "Communications Officer, ..." / "Tel: ..."): the label's colon
        # leads into the block's lines, not into a sentence going on (a unit's long name among
        # them when a telephone, an e-mail or a web address is: "Economic and Cooperation Section,
        # Embassy of Japan in the Lao PDR" / "+856 21 414 400")
        return _contact_block(texts[1:], rules) or \
            all(len(t) <= rules.wrap_max_chars * 4 // 5 for t in texts[1:]) and \
            any(_contact_in(t) or rules.label_line.fullmatch(t) and rules.address_contact.search(t)
                for t in texts[1:])
    if texts[0][:1].islower() and " " in texts[0] or line_end(texts[0]) in ".,;:":
        return False
    # (or a list of names or titles, a line each, every one opening with a capital: "Government
    # officials present" / "Minister for Foreign Affairs" / "Director-General, ..., Ministry of ...")
    # (a contact block may give its address and number without labels: "areyes@adb.org" / "+63 2 8632 5867")
    # (its lines may open with their numbers or years: "(1) Trade with Japan (2025)" / "Exports to
    # Japan: 21.4 billion yen", "2024 Prime Minister Kishida visited Vientiane")
    return _contact_block(texts, rules) \
        or all(_ITEM_NUMBER.sub("", t, count=1)[:1].isupper() and len(t) <= rules.wrap_max_chars * 4 // 5
               for t in texts)


def _holds_contact(texts: list[str], rules: Rules) -> bool:
    """One of the lines a "Label: value" line, an e-mail address or a telephone number."""
    return any(rules.label_line.fullmatch(t) or _contact_in(t) for t in texts)


def _contact_block(texts: list[str], rules: Rules) -> bool:
    """Short lines, one of them a "Label: value" line or an e-mail address or a telephone number
    alone: a signature or a contact block, a line each."""
    return all(len(t) <= rules.wrap_max_chars // 2 for t in texts) and _holds_contact(texts, rules)


def _contact_lines(texts: list[str], rules: Rules) -> bool:
    """A contact block's lines under its lead-in: short, none ending a sentence or a clause, each
    opening with a capital or a number or an address, one of them a "Label: value" line, a
    telephone number or an e-mail address ("Embassy of Japan in Fiji" / "Tel: (679) 330 4633")."""
    return all(len(t) <= rules.wrap_max_chars * 4 // 5 and line_end(t) not in ".,;:" and
               (t[:1].isupper() or t[:1] in "+(" or t[:1].isdigit() or bool(_CONTACT_LINE.fullmatch(t))) for t in texts) and \
        _holds_contact(texts, rules)


def _people_under_label(texts: list[str], rules: Rules) -> bool:
    """A label ending with a colon ("Panelists:", "Moderator:") over lines that each open with a
    person's honorific ("Dr Arief Nugroho, Centre for ...", "Ms Maria Teresa Santos, ..."): a list of
    people, a line each (a sentence going on under a lead-in opens with no honorific). A time
    before the label, as a programme prints it ("14:10-15:30 Panelists:"), is no word of it."""
    return word_count(re.sub(r"[\d:.–—-]+\s", "", texts[0], count=1)) <= 3 and \
        all(rules.honorific.match(t) for t in texts[1:])


SUPERSCRIPT_MARKS = SUPERSCRIPT_DIGITS - {"⁰"}  # (a note's number never starts with a nought)
# A time code alone on its line ("0:06", "[01:02:45]"), as a video's transcript prints it.
_BARE_TIME_CODE = re.compile(r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?")


def _time_code_starts(texts: list[str], rules: Rules) -> list[int] | None:
    """Where the entries of a video's transcript start in a block (each time code alone on its
    line, with the lines under it till the next), or None: two time codes or more, every other
    line at most, the first line one (or a lead line over the first one: "Transcript")."""
    if not (texts[0][:1].isdigit() or texts[1][:1].isdigit() or texts[0][:1] in "[(" or texts[1][:1] in "[("):
        return None
    codes = [k for k, t in enumerate(texts) if len(t) <= 12 and _BARE_TIME_CODE.fullmatch(t)]
    if len(codes) < 2 or codes[0] > 1 or any(b - a < 2 for a, b in zip(codes, codes[1:])) or codes[-1] == len(texts) - 1:
        return None
    return ([0] if codes[0] else []) + codes


def _place_over_date(texts: list[str], rules: Rules) -> bool:
    """A place over a date, a line each ("Vientiane, Lao PDR" / "September 22, 2024"), as a speech
    prints where and when it was given: two lines, not one sentence."""
    return len(texts[0]) <= 60 and not any(c.isdigit() for c in texts[0]) and is_dateline(texts[1], rules) and \
        is_placed_dateline(f"{texts[0]}, {texts[1]}", rules)


def _place_and_date(texts: list[str], rules: Rules) -> list[str] | None:
    """The roles of two lines that say where and when, either over the other ("Vientiane, Lao PDR"
    / "September 22, 2024"; a joint statement's "25 September 2025" / "Kuala Lumpur, Malaysia"):
    a line each, the date marked as the dateline; None for any other two lines."""
    if _place_over_date(texts, rules):
        return ["", "dateline"]
    return ["dateline", ""] if texts[0][:1].isdigit() and _place_over_date(texts[::-1], rules) else None


def _label_over_value(lines: list[Line], rules: Rules) -> bool:
    """A field's label over its value, no stop after either ("Impact" / "Agriculture
    commercialization in the northern provinces increased"): a short label the value's first word
    would have fitted after, were the two one wrapped sentence (clean_blocks.short_over_text)."""
    label, value = lines[0].text, lines[1].text
    return word_count(label) <= 3 and is_title_case(label, rules) and ends_like_heading(label) and \
        line_end(value) not in SENTENCE_END and short_over_text(lines[0], lines[1:], rules)


def _byline_and_date(texts: list[str], rules: Rules) -> bool:
    """A byline and a dateline on lines of their own in the text ("By Kwame Asante-Boateng in
    Yokohama" / "20 August 2025 | 6 min read", under a standfirst the header did not lift): a
    few short lines, each a byline, a source line or a dateline, a byline and a dateline among
    them. Not one sentence: a line each. A byline with its writers' post after the names ("By MAI
    NGUYEN and KENJI TANAKA, Nikkei staff writers", no final stop) is a byline line too; so is a
    place before the date a dateline ("By Siti Rahmawati" / "Jakarta | 22 October 2024")."""
    def dated(t: str) -> bool:
        return is_dateline(t, rules) or is_placed_dateline(t, rules)
    return len(texts) <= 4 and all(len(t) <= 80 for t in texts) and \
        any(rules.byline.fullmatch(t) for t in texts) and any(dated(t) for t in texts) and \
        all(dated(t) or is_source_line(t, rules) or
            (rules.byline.fullmatch(t) and line_end(t) not in SENTENCE_END) for t in texts)


def _reference_starts(texts: list[str], rules: Rules) -> list[int] | None:
    """Where the entries of a block of references start (two or more), or None: at its first
    line and at each line opening like an entry ("Kato, H. 2019.") after a line that ends one
    (a stop, a figure, a DOI: not a word or a comma, with which a wrapped entry goes on)."""
    if not (rules.reference_entry.match(texts[0]) or _backlinked(texts[0], rules)):
        return None
    # (a wiki's entry opens with its caret, "^ \"About JAIF\". ...", copied without the list's numbers)
    starts = [0] + [k for k in range(1, len(texts)) if _backlinked(texts[k], rules) or rules.reference_entry.match(texts[k]) and
                    line_end(texts[k - 1]) not in ",;:" and not texts[k - 1][-1:].isalpha()]
    return starts if len(starts) > 1 else None


def _backlinked(text: str, rules: Rules) -> bool:
    """A line opening with a wiki's links back to the text ("^ ", "^ a b "): a reference's entry."""
    return text[:1] == "^" and rules.reference_backlinks.match(text) is not None


def _top_number_below(blocks: list[list[Line]], start: int, rules: Rules) -> bool:
    """Whether a line numbered at depth one ("3. Next Steps") heads a block from `start` on."""
    for block in blocks[start:]:
        m = rules.section_number.fullmatch(block[0].text) if len(block) == 1 else None
        if m and "." not in m.group("number").rstrip(".") and m.group("number")[:1].isdigit():
            return True
    return False


def _names_a_lead_in(lines: list[Line], rules: Rules) -> bool:
    """A short line with no final stop, its last word no small word, over a sentence opening anew
    with a capital and leading into a list ("Objectives of the program" / "The participants were
    expected to:"): the section's name, not the sentence's first words ("Japan and Viet Nam agreed
    with" / "The ministers ...": a wrapped sentence ends on a small word or runs long)."""
    if len(lines) != 2:
        return False
    first, lead = lines[0].text, lines[1].text
    words = first.split()
    return first[:1].isupper() and ends_like_heading(first) and line_end(first) not in ",;" and \
        1 <= len(words) <= 6 and words[-1].casefold() not in rules.minor_words and lead[:1].isupper() and \
        line_end(lead) in ":：" and not lines[0].indent and \
        not is_list_line(lines[0], rules, strict=False)


# A heading's qualifier in brackets at its end ("Trade (2025)", "Japan's ODA (FY2024, exchange of
# notes basis)"): a year or a basis, no word of the title whose case is read
_TITLE_QUALIFIER = re.compile(r"\s*\([^()]{1,60}\)$")
_ACRONYM_TITLE = re.compile(r"[A-Z][A-Z0-9&-]{1,9}(?: [IVX]{1,4}| \d{1,2})?")  # ("TICAD", "TICAD 9")


def _figure_field(text: str) -> bool:
    """A "Label: figure" line ("Exports to Japan: 1,350 billion yen"), not a contact's number or
    address ("Tel: 03-3502-8111", "Email: asia@mfa.go.ke")."""
    return ":" in text and FIGURE_VALUE.fullmatch(text) is not None and not _contact_value(text)


def _contact_value(text: str) -> bool:
    """A "Label: value" line giving an e-mail address or a telephone number (its note in brackets
    aside: "03-3502-8111 (ext. 3508)")."""
    value = text.partition(":")[2].strip()
    return "@" in value or _CONTACT_LINE.fullmatch(_TITLE_QUALIFIER.sub("", value)) is not None


def _section_title_over(lines: list[Line], rules: Rules) -> bool:
    """A fact sheet's unnumbered section title glued over its section, no blank line between: a
    short line in title case (its bracketed qualifier aside) over "Label: figure" lines ("Trade
    (2025)" / "Kenya exports to Japan: KES 9.8 billion ..."), or an acronym or a word alone over
    one sentence opening with a capital ("TICAD" / "Kenya hosted TICAD VI in Nairobi in 2016, ...").
    The caller asks it only where the document's other section titles stand as headings: alone,
    such a line may be a contact block's label or a project's name over its fields, and a label
    with figures under it needs its numbers' kind ("Contact" over "Tel: ..." is no section). A
    numbered part ("(1) Trade with Japan (2025)") is its section's field, read by the rules for
    numbered titles, not a sibling of the unnumbered titles."""
    first, rest = lines[0], lines[1:]
    text = first.text
    if not _section_title_line(first, rules):
        return False
    if _ACRONYM_TITLE.fullmatch(text) or (" " not in text and text[:1].isupper() and text[1:].islower()):
        # (one sentence under it at the margin, not a greeting: a wrapped sentence's first words are
        # no acronym or word alone, and a speaker's name over their words has no sibling heading)
        if len(rest) == 1 and not rest[0].indent and rest[0].text[:1].isupper() and \
                line_end(rest[0].text) in SENTENCE_END and word_count(rest[0].text) >= 8 and \
                short_over_text(first, rest, rules) and not is_list_line(rest[0], rules, strict=False) and \
                not rules.greeting.match(rest[0].text):
            return True
    name = _TITLE_QUALIFIER.sub("", text)
    if not name or word_count(name) > rules.subheading_max_words or not is_title_case(name, rules):
        return False
    texts = [ln.text for ln in rest]
    if _chronology(texts):
        return True
    # (half its lines figures or more, none a contact's number: "(including contributions to ...)"
    # may wrap under a figure, a numbered part's title stand between them)
    figures = sum(1 for t in texts if _figure_field(t))
    return figures >= 1 and 2 * figures >= len(texts) and \
        not any(_contact_value(t) for t in texts if ":" in t)


def _chronology(texts: list[str]) -> bool:
    """Lines of a chronology, two or more, each a year and what happened then ("2024 Prime Minister
    Kishida visited Vientiane (...)" / "2025 Prime Minister Sonexay Siphandone visited Japan"), none
    going on in small letters as a wrapped sentence's lines do."""
    return len(texts) > 1 and all(_YEAR_ENTRY.match(t) for t in texts)


# A column's head that is a year (`2021`, `FY2022`, `2023-24`): a figure that names its column.
_YEAR_HEAD = re.compile(r"(?:FY|CY)?(?:19|20)\d\d(?:[-/–]\d{2,4})?")


def _data_row(row: tuple[str, ...]) -> bool:
    """`Viet Nam | 1,250 | 98,430`: a row of figures after its label, one of them no year. A table
    whose rows are all such has no head row: its first row is data, not the columns' names (a
    head row of years, `Country | 2021 | 2022`, names its columns)."""
    cells = row[1:]
    return bool(cells) and all(_FIGURE.fullmatch(c) for c in cells) and \
        any(c[:1].isdigit() and not _YEAR_HEAD.fullmatch(c) for c in cells)


# A chronology's entry: a year at the margin, then a capitalised word.
_YEAR_ENTRY = re.compile(r"(?:19|20)\d\d\s+[A-Z]")


# A part lettered in brackets, its title after it: a capital, no stop, colon or semicolon
_LETTERED_PART = re.compile(r"\((?P<letter>[a-h])\)\s+[A-Z][^.:;!?]{2,80}")


def _lettered_part(blocks: list[list[Line]], k: int, rules: Rules) -> bool:
    """Whether block `k` is a part's title lettered in brackets ("(a) Strengthening connectivity"),
    alone at the margin over a paragraph of prose, with a sibling of the next or the previous letter
    ("(b) Digital transformation") so set too: a report's subsections. Alone, or among items in one
    block, such a line is a list's item."""
    def part(j: int) -> re.Match[str] | None:
        block = blocks[j]
        m = _LETTERED_PART.fullmatch(block[0].text) if len(block) == 1 and block[0].text[:1] == "(" and \
            not block[0].indent and j + 1 < len(blocks) else None
        return m if m and word_count(block[0].text) <= rules.subheading_max_words + 1 and \
            _prose_below(blocks[j + 1], rules) else None
    m = part(k)
    if not m:
        return False
    letter = ord(m.group("letter"))
    return any((o := part(j)) and abs(ord(o.group("letter")) - letter) == 1 for j in range(len(blocks)) if j != k)


def _bracketed_sections(blocks: list[list[Line]], rules: Rules) -> set[int]:
    """The blocks that title a speech's sections in round brackets, a line of their own at the
    margin over a paragraph of prose ("(Economic security)" / "Our economies are bound ..."), when
    two or more are so set; a stage direction or a translator's note ("(Applause)", "(Provisional
    translation)") is none. (One such line alone may be an aside: the text's own sections recur.)"""
    found = set()
    for j, block in enumerate(blocks[:-1]):
        text = block[0].text
        if len(block) != 1 or text[:1] not in "(（" or block[0].indent or not is_aside(text):
            continue
        inner = text[1:-1].strip()
        if inner[:1].isupper() and ends_like_heading(inner) and ":" not in inner and \
                word_count(inner) <= rules.subheading_max_words and not rules.stage_direction.search(inner) and \
                _sentences_below(blocks[j + 1], rules):
            found.add(j)
    return found if len(found) >= 2 else set()


def _sentences_below(block: list[Line], rules: Rules) -> bool:
    """A paragraph at the margin ending a sentence, no list's line (a speech's may be one short
    sentence: "Thank you very much.")."""
    return not block[0].indent and not is_list_line(block[0], rules, strict=False) and \
        block[0].text[:1] not in "(（" and line_end(block[-1].text) in SENTENCE_END


def _prose_below(block: list[Line], rules: Rules) -> bool:
    """A paragraph at the margin of two sentences or more, no list's line."""
    text = join_lines([ln.text for ln in block])
    return not block[0].indent and not is_list_line(block[0], rules, strict=False) and \
        line_end(text) in SENTENCE_END and text.count(". ") >= 1


def _section_title_line(first: Line, rules: Rules) -> bool:
    """A line as short as a fact sheet's section title, at the margin, with nothing a title has not:
    no colon or stop (a lead-in, "Key features of the project:", or a sentence), no list's marker
    or section number (read by their own rules), no body's name (a contact's), no minor word last."""
    text = first.text
    return not (first.indent or len(text) > rules.wrap_max_chars // 2 or ":" in text or
                not ends_like_heading(text) or line_end(text) in "!?" or is_list_line(first, rules, strict=False) or
                _names_a_body(text, rules) or _ITEM_NUMBER.match(text) or rules.section_number.fullmatch(text) or
                text.split()[-1].casefold() in rules.minor_words)


def _heading_key(kind: tuple[str, str], rules: Rules) -> str:
    """What gives a heading its level: its marker's kind, and for a number its depth ("2." is
    one, "2.1" two): a section numbered "2.1" is under "2." whichever comes first in the text."""
    if kind[0] != "n.":
        return kind[0]
    m = rules.section_number.fullmatch(kind[1])
    depth = m.group("number").rstrip(".").count(".") + 1 if m else 1
    return "n." if depth == 1 else f"n.{depth}"


def _without_backlinks(items: list[str], doc: Parsed, rules: Rules) -> list[str]:
    """A references list's entries without a wiki's links back to the text ("^ a b "), recorded as
    furniture; (only entries that open with a caret are tried)."""
    out = []
    for item in items:
        m = rules.reference_backlinks.match(item) if item[:1] == "^" else None
        if m:
            doc.removed.append(m.group().strip())
            item = item[m.end():]
        out.append(item)
    return out


def _box_title_over_text(block: list[Line], rules: Rules) -> bool:
    """A box's title in title case, no stop, on the first line of the block under the box's label,
    the box's text opening a sentence on the next line and ending with its stop."""
    if len(block) < 2 or block[0].indent:
        return False
    head, second = block[0].text, block[1].text
    return len(head) <= rules.wrap_max_chars and line_end(head) not in NO_TITLE_END and ends_like_heading(head) and \
        is_title_case(head, rules) and second[:1].isupper() and line_end(block[-1].text) in SENTENCE_END


def _box_head_lines(block: list[Line], rules: Rules) -> bool:
    """The head of a box under its label, a line each: a project's name as long as a line, then short
    lines of its scheme and period and its countries ("The Project for Strengthening Capacity on
    Flood Forecasting and Early Warning in the Lower Mekong" / "Technical Cooperation (June 2020 -
    May 2024)" / "Cambodia, Lao PDR"), each opening with a capital, none ending as a sentence or a
    clause does. (Further from a box's label, such lines may be a title hard-wrapped.)"""
    return len(block) >= 2 and len(block[0].text) <= rules.wrap_max_chars and \
        all(len(ln.text) <= rules.wrap_max_chars // 2 for ln in block[1:]) and \
        all(ln.text[:1].isupper() and line_end(ln.text) not in NO_TITLE_END and not ln.indent for ln in block)


def parse_body(blocks: list[list[Line]], doc: Parsed, rules: Rules) -> None:
    """Classify each block: notes, caption, back matter, glossary entry, heading, list, paragraph."""
    blocks = list(blocks)  # (a box's title parted from its text in its block: see _box_title_over_text)
    levels: dict[str, int] = {}  # heading marker kind -> level, in order of first use
    subheadings: set[int] | None = None  # sentence-case subheadings, found when a line of that shape comes
    titled: set[int] | None = None  # lines titling the list under them, as a slide deck's are (idem)
    speech_titles: set[int] | None = None  # a speech's section titles in brackets (idem)
    in_glossary = in_references = in_links = False
    i = 0
    while i < len(blocks):
        lines = blocks[i]
        prev = blocks[i - 1] if i else None
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        first = lines[0].text
        i += 1
        if (rules.note_word in first or first[:1] in NOTE_MARK_CHARS) and is_notes_block(lines, rules):
            # A line under the notes opened by a mark with no number ("* Corresponding author:
            # ...", pointing to `Watanabe¹*`) is no note's second line: a paragraph of its own.
            end = next((k for k, ln in enumerate(lines) if k and _BARE_MARK.match(ln.text)), len(lines))
            _notes_blocks(parse_notes(lines[:end], rules), doc)
            if end < len(lines):
                texts = [ln.text for ln in lines[end:]]
                doc.blocks.append(Block("para", text=join_lines(texts), lines=tuple(texts)))
            in_glossary = False
            continue
        if first[:1].isdigit() and first in doc.under_rule and (notes := plain_notes(lines)):
            # "__________" over "1 JETRO, ...": the notes a rule sets apart under the text, numbered
            # with bare figures from 1 (a list numbered so under a rule would not start "1 "); the
            # notes that follow in blocks of their own go on the numbering
            while i < len(blocks) and blocks[i][0].text[:1].isdigit() and (more := plain_notes([*lines, *blocks[i]])):
                lines, notes, i = [*lines, *blocks[i]], more, i + 1
            _notes_blocks(notes, doc)
            continue
        if first[:1] == "1" and len(lines) > 1 and (notes := plain_notes(lines)) and len(notes) > 1 and \
                _marked_in_superscript(doc, notes):
            # "... transfer of technology.¹" above, "1 MOFA, ..." / "2 JICA press release, ..." at a
            # page's foot: the notes the superscript figures point to, with no head or rule over them
            # (a list numbered "1 ", "2 " would not have its figures in the text above, raised)
            _notes_blocks([n._replace(style="sup") for n in notes], doc)
            continue
        if is_credit(lines, rules):  # a wire story's credit: a paragraph of its own
            texts = [ln.text for ln in lines]
            doc.blocks.append(Block("para", text=join_lines(texts), lines=tuple(texts), role="credit"))
            continue
        label = rules.caption_label.fullmatch(first) if len(lines) == 1 else None
        if label:
            block, took_next = _caption(label, nxt, doc, rules)
            doc.blocks.append(block)
            i += took_next
            continue
        if len(lines) > 1 and first[:6].casefold() == "source" and len(first) <= 200 and \
                _wrapped_source_note(texts := [ln.text for ln in lines], rules):
            # "Source: Ministry of Foreign Affairs of Japan, based on OECD Development" / "Assistance
            # Committee (DAC) ... data, December 2024.": a table's source note wrapped, one paragraph
            doc.blocks.append(Block("para", text=join_lines(texts), lines=tuple(texts)))
            continue
        # the credit, then the caption's lines (a bracketed aside may close the credit: "(from left: ...)")
        if len(first) <= 200 and rules.photo_credit.fullmatch(first):
            doc.blocks.append(Block("caption", text=join_lines([ln.text for ln in lines[1:]]) if lines[1:] else "",
                                    label=first))
            continue
        if len(lines) == 2 and len(first) <= 300 and (_photo_credit_under(first, lines[1].text, rules) or
                                                      _outlet_under_photo(first, lines[1].text, doc, nxt, rules)):
            # a photo's caption over its credit line ("Vietnamese Coast Guard officers inspect ..." /
            # "Credit: Depositphotos"): one caption, in their order
            doc.blocks.append(Block("caption", text=join_lines([first, lines[1].text]), lines=(first, lines[1].text)))
            continue
        if len(lines) == 1 and len(first) <= 300 and (credited_caption(first, rules) or
                                                      _wire_photo_over_text(first, doc, rules)):
            # a photo's caption, its credit after its last sentence ("... in Pailin province.
            # KT/Chor Sokunthea") or in brackets at its end ("... (Photo by Yuji Nitta)")
            doc.blocks.append(Block("caption", text=first))
            continue
        name = _back_matter_name(lines, nxt, rules)
        if name:
            doc.blocks.append(Block("heading", text=first, level=2, back_matter=True))
            in_glossary = name in rules.glossary_headings
            in_references = name in rules.reference_headings
            in_links = name in rules.link_headings
            if name in rules.note_headings and nxt and nxt[0].text[:1].isdigit() and \
                    (notes := plain_notes(nxt) or plain_notes(nxt, _marked_in_brackets(doc, nxt[0].text)) or
                     [n._replace(style="note") for n in _word_marked_notes(doc, nxt, rules)]):
                # "Notes" over "1 Kearney (2023) estimate ...", or over "1. On the training ..." in a
                # text that marks "[1]" after its words, or over "14 TICAD: ..." in a chapter that
                # marks "Note 14" (the notes of the marks' style, their figures as written)
                _notes_blocks(notes, doc)
                i += 1
            elif in_references and nxt and nxt[0].text[:1].isdigit() and \
                    (notes := plain_notes(nxt, _marked_in_brackets(doc, nxt[0].text))):
                # "References" over "1. Shimomura, Y., Japan's ODA ..., 2016." in a paper that cites
                # "[1]" after its words: the list the marks point to (only with the marks there;
                # a references list no mark points to stays a list of entries)
                _notes_blocks(notes, doc)
                i += 1
            continue
        if in_glossary and (entries := _glossary_lines(lines, rules)):
            doc.blocks.extend(entries)
            continue
        if in_glossary:
            entry, took_next = _glossary_entry(lines, nxt, after, rules)
            if entry:
                doc.blocks.append(entry)
                i += took_next
                continue
            in_glossary = False
        rows = table_rows(lines)
        if rows:
            doc.blocks.append(Block("table", rows=rows))
            continue
        if len(lines) > 1 and all(ATTACHMENT.search(ln.text) for ln in lines) and \
                not any(is_list_line(ln, rules, strict=False) for ln in lines):  # (bulleted, a list as it is)
            # "Y-PORT Project brochure (PDF: 2,815KB)" / "Y-PORT Activity Report FY2024 (PDF: 1,204KB)":
            # the page's files, a link a line, as a list (run together they would read as one title)
            texts = [ln.text for ln in lines]
            doc.blocks.append(Block("list", ordered=False, start=1, items=texts, depths=[0] * len(texts)))
            continue
        if len(lines) == 1 and nxt is not None and rules.box_label.fullmatch(first):
            # "Column", "Case Study" over a box's title: the box's label, marked as such, not a
            # heading of its own (an empty section over the box's title)
            doc.blocks.append(Block("para", text=first, lines=(first,), role="box-label"))
            if _box_title_over_text(nxt, rules):
                # "Column" / "Bosai from Japan to the World: ..." over the column's first sentence in
                # its block, no blank line between: the box's title, a block of its own
                blocks[i:i + 1] = [nxt[:1], nxt[1:]]
                subheadings = titled = speech_titles = None  # (found by block index: the later ones moved)
            elif _box_head_lines(nxt, rules):
                # "Case Study" over the project's name, its scheme and period, its countries: a line each
                doc.blocks.extend(_line_each([ln.text for ln in nxt]))
                i += 1
            continue
        if len(lines) == 1 and len(first) <= 60 and (
                (nxt is not None and len(nxt) == 1 and author_box_head(first, nxt[0].text, rules)) or
                (prev is not None and len(prev) == 1 and author_box_head(prev[0].text, first, rules))):
            # "Guest Author" / "Nguyen Thanh Trung" over the biography: the box's lines, no sections
            doc.blocks.append(Block("para", text=first, lines=(first,)))
            continue
        if len(lines) > 1 and "plain" in levels and _section_title_over(lines, rules):
            # "Trade (2025)" over its figures, "TICAD" over its sentence, in a fact sheet whose other
            # section titles ("Overview") are headings: the section's title too, its lines apart
            doc.blocks.append(Block("heading", text=first, level=levels["plain"]))
            blocks[i - 1] = lines[1:]
            i -= 1
            continue
        kind = heading_kind(lines, nxt, rules)
        if kind and (_annotated_by_notes(lines, nxt, rules) or _back_matter_name(nxt, after, rules) or
                     len(note_numbers(first, rules)) >= 2):
            # (over the notes it annotates, or right over "Abstract" or "References", a line
            # heads no text of its own: an article's author line, not an empty section; nor does
            # a line of names marked for their affiliations, "Somsak Wongsuwan¹, Aiko Nakamura²")
            kind = None
        if not kind and len(lines) == 1 and (is_sentence_subheading(lines, nxt, rules) or (
                prev is not None and nxt is not None and sibling_subheading(prev, lines[0], nxt, rules))):
            subheadings = sentence_subheadings(blocks, rules) if subheadings is None else subheadings
            kind = ("plain", first) if i - 1 in subheadings else None
            if not kind and nxt is not None and ":" not in first and table_rows(nxt) is not None:
                # "Key facts about the loan" alone over a table: the table's title, its caption
                # (a "Label: value" line over a table, "Overall Rating: B (1)", is a field of the text)
                doc.blocks.append(Block("caption", text=first))
                continue
        if not kind and len(lines) == 1 and first[:1] == "(" and nxt is not None and \
                _lettered_part(blocks, i - 1, rules):
            kind = ("(a)", first)  # "(a) Strengthening connectivity" over its prose, "(b) ..." over its own
        if not kind and len(lines) == 1 and first[:1] in "(（" and nxt is not None and is_aside(first):
            speech_titles = _bracketed_sections(blocks, rules) if speech_titles is None else speech_titles
            if i - 1 in speech_titles:
                kind = ("(title)", first)  # "(Economic security)" over its part of a speech, as "(Closing)" over its own
        if not kind and len(lines) == 1 and prev is not None and nxt is not None and \
                crosshead_between_paragraphs(prev, lines, nxt, rules):
            kind = ("plain", first)
        if not kind and first in doc.glued_heads and prev is not None and \
                line_end(prev[-1].text.rstrip("\"'”’")) in SENTENCE_END and is_glued_crosshead(lines, nxt, rules):
            # "Supply chain" copied right over its section's paragraph, after a paragraph's end: a
            # news page's crosshead, even alone in its text (the blank line it lacks says so)
            kind = ("plain", first)
        if not kind and first[-1:] == "?" and len(doc.glued_heads) >= 2 and first in doc.glued_heads and \
                is_asked_crosshead(lines, nxt, rules):
            kind = ("plain", first)  # a question copied over its answer, as the text's other section titles are
        if not kind and len(lines) == 1 and first[-1:] == "?" and ":" in first and \
                asked_sibling_heading(blocks, i - 1, rules):
            kind = ("plain", first)  # ("Session 1: Where do ASEAN SMEs stand?" beside "Session 2: Case studies")
        if not kind and len(lines) == 1 and nxt is not None and _heads_files(first, nxt):
            kind = ("plain", first)  # "Related documents" over the page's files, a link a line
        if not kind and len(lines) == 1 and nxt is not None and nxt[0].text[:1] in rules.list_starts and \
                first[:1].isupper():
            # a slide's title in sentence case over its bullets, in a deck whose other slides are so titled
            titled = list_titles(blocks, rules) if titled is None else titled
            kind = ("plain", first) if i - 1 in titled else None
            if not kind and "plain" in levels and _section_title_line(lines[0], rules) and \
                    not first.endswith("ed") and leads_into_list(nxt, rules):
                # "Japan's main contributions" over its numbered list, in a fact sheet whose other
                # section titles ("Overview", "Budget") stand as headings: a sibling of theirs, not
                # a lead-in (which ends in a colon or a verb, "Participants included", or comes
                # where no such heading stands)
                kind = ("plain", first)
        if not kind and len(lines) == 1 and nxt is not None and first[:1].isdigit() and not lines[0].indent and \
                _next_numbered_section(first, doc.blocks, rules):
            # "2. Major Projects" over its lettered items, after the heading "1. Basic Policy": the
            # next of the document's numbered sections, not the lead-in of its list
            kind = ("n.", first)
        if kind and kind[0] == "plain" and first[1:3] == ". " and lettered_sibling(first, blocks, rules):
            kind = ("A.", first)  # "A. Background" beside "B. Scope of Work": one level, the letters'
        if kind and kind[0] == "plain" and len(lines) == 1 and is_speaker_line(first, rules):
            kind = None  # "Chief Cabinet Secretary Hayashi Yoshimasa" over his words: who speaks, no section
        if kind and kind[0] == "plain" and len(lines) == 1 and (
                nxt is not None and len(nxt) == 1 and rules.signatory.fullmatch(f"{first}\n{nxt[0].text}") or
                prev is not None and len(prev) == 1 and rules.signatory.fullmatch(f"{prev[0].text}\n{first}")):
            kind = None  # "Enrique A. Manalo" / "" / "Secretary of Foreign Affairs": a signatory's lines, no sections
        if kind:
            key = _heading_key(kind, rules)
            # A heading right above another of its own kind heads it ("Southeast Asia" over
            # "Overview"): one level up, or it would be an empty section beside its first part.
            # (a caption under it, "Table 2-2 Commitments by Sector", is no heading of any kind)
            below = heading_kind(nxt, after, rules) if nxt is not None and not (
                len(nxt) == 1 and rules.caption_label.fullmatch(nxt[0].text)) else None
            if below and _heading_key(below, rules) == key:
                key += "^"
            if key.startswith("n.") and key not in levels and key != "n." and "n." not in levels and \
                    _top_number_below(blocks, i, rules):
                # "2.1" before any "3.": the depth-1 sections still come, and rank above it
                levels["n."] = min(2 + len(levels), 6)
            level = levels.setdefault(key, min(2 + len(levels), 6))
            doc.blocks.append(Block("heading", text=kind[1], level=level))
            if kind[0] == EDIT_MARKER:
                doc.removed.append(first[len(kind[1]):].strip())
            # (a wiki's "References[edit]" heads its references, as "References" alone does, and so
            # does a heading of any other kind: "● References", as the text is written out anew)
            in_references = kind[1].strip().casefold() in rules.reference_headings
            in_links = kind[1].strip().casefold() in rules.link_headings
            continue
        lists = parse_list(lines, rules)
        if lists is not None and _is_list(lines, prev, nxt, rules):
            if doc.blocks and _goes_on_list(doc.blocks[-1], lines, prev, lists, rules):
                # (an item a blank line under one item of its own kind: one list, as the page showed it)
                doc.blocks[-1].items.extend(lists[0].items)
                doc.blocks[-1].depths.extend(lists[0].depths)
                continue
            doc.blocks.extend(Block("list", ordered=run.ordered, start=run.start,
                                    items=_without_backlinks(run.items, doc, rules) if in_references else run.items,
                                    depths=run.depths)
                              for run in lists)
            continue
        texts = [ln.text for ln in lines]
        led = led_into_items(prev, lines)
        goes_on = led > 1 and bool(doc.blocks) and doc.blocks[-1].kind == "list" and not doc.blocks[-1].ordered
        bracketed = bracket_items(lines, rules, led, goes_on or (nxt is not None and led_into_items(lines, nxt) > 1))
        if bracketed is not None:  # `(1) ...` lines: a list, each item keeping its number as written
            start, items, depths = bracketed
            if goes_on and not start:
                # "(2) ..." a blank line under the item "(1) ...": the list goes on, as the page showed it
                doc.blocks[-1].items.extend(items)
                doc.blocks[-1].depths.extend(depths)
                continue
            if start >= 2 and _names_a_lead_in(lines[:start], rules):
                # "Objectives of the program" / "The participants were expected to:" over "(1) ...":
                # the section's name over its lead-in sentence, a heading of its own
                level = levels.setdefault("plain", min(2 + len(levels), 6))
                doc.blocks.append(Block("heading", text=texts[0], level=level))
                texts, start = texts[1:], start - 1
            if start:
                doc.blocks.append(Block("para", text=join_lines(texts[:start]), lines=tuple(texts[:start])))
            doc.blocks.append(Block("list", items=items, depths=depths))
            continue
        if len(texts) == 1 and (is_placed_dateline(first, rules) or is_labelled_date_or_venue(first, rules) or
                                yearless_dateline(first, rules)):
            # "Bangkok, 14 March 2024", "Date of Issue: 15 March 2024", "Conference Hall, ...", a wire's
            # "Vientiane, November 22 (KPL)" in the text, marked so
            doc.blocks.append(Block("para", text=first, lines=(first,), role="dateline"))
        elif len(texts) == 2 and (roles := _place_and_date(texts, rules)):
            # "Vientiane, Lao PDR" / "September 22, 2024": where and when, a line each, the date marked
            doc.blocks.extend(_line_each(texts, roles))
        elif len(texts) == 2 and _label_over_value(lines, rules):
            # "Impact" / "Agriculture commercialization in the northern provinces increased": a line each
            doc.blocks.extend(_line_each(texts))
        elif 1 < len(texts) <= 4 and _byline_and_date(texts, rules):
            # a byline over its date ("By ..." / "20 August 2025 | 6 min read"): a line each, the date marked
            doc.blocks.extend(_line_each(texts, ["dateline" if is_dateline(t, rules) else "" for t in texts]))
        elif in_links and len(texts) > 1 and _link_lines(texts):
            # "See also" over a wiki's list whose bullets the copy lost: a link a line
            doc.blocks.extend(_line_each(texts))
        # Unwrapped lines, lines in columns that do not line up as a table, or "Label: value"
        # lines: one paragraph each.
        elif any(_unwrapped_line(t, texts[k + 1], rules) for k, t in enumerate(texts[:-1])) or \
                all(in_columns(ln) for ln in lines[:2]) or \
                (len(texts) > 1 and (_lines_apart(texts, rules) or _chronology(texts))):
            columns = all(in_columns(ln) for ln in lines[:2])
            if not columns and any(_goes_on(t) and len(texts[k]) > rules.wrap_max_chars for k, t in enumerate(texts[1:])):
                # (a sentence going on in small letters on the next line, "... cybersecurity and" /
                # "semiconductors.[^13]", the word a line break cut mended: one paragraph still)
                for k, run in enumerate(_going_on(texts, rules.wrap_max_chars)):
                    doc.blocks.append(Block("para", text=join_lines(run), lines=tuple(run), same_block=k > 0))
            elif not columns and any(t.rsplit(" ", 1)[-1] in rules.minor_words for t in texts[:-1]):
                # a field's value wrapped after a small word ("Project name: The Project for
                # Improvement of Water Supply in" / "Vientiane Capital"): the field whole, a line
                for k, run in enumerate(_small_word_runs(texts, rules.minor_words)):
                    doc.blocks.append(Block("para", text=join_lines(run), lines=tuple(run), same_block=k > 0))
            else:
                doc.blocks.extend(_line_each(texts, raw=[ln.spaced.strip(" ") or ln.text for ln in lines] if columns else None))
        elif is_label_block(texts, rules):
            # a line each, but a sentence wrapped under the fields stays whole ("... in Phnom Penh," /
            # "Vientiane, Yangon and Hai Phong.")
            for k, run in enumerate(_wrapped_runs(texts)):
                doc.blocks.append(Block("para", text=join_lines(run), lines=tuple(run), same_block=k > 0))
        elif len(texts) > 2 and (starts := _time_code_starts(texts, rules)):
            # a video's transcript: each time code on its line, what is said under it
            for k, (a, b) in enumerate(zip(starts, starts[1:] + [len(texts)])):
                doc.blocks.append(Block("para", text=join_lines(texts[a:b]), lines=tuple(texts[a:b]), same_block=k > 0))
        elif in_references and len(texts) > 1 and (starts := _reference_starts(texts, rules)):
            # entries of a references list, a line or more each: a paragraph each (a wiki's caret
            # opening one stays: the entry's line is told by it again when the text is read anew)
            for k, (a, b) in enumerate(zip(starts, starts[1:] + [len(texts)])):
                doc.blocks.append(Block("para", text=join_lines(texts[a:b]), lines=tuple(texts[a:b]), same_block=k > 0))
        elif len(lines) == 1 and lines[0].indent >= _SET_RIGHT:
            # a line set far to the right ("Pages" over a contents' table): text, as its place on the
            # line says; canonical_text writes it there again
            doc.blocks.append(Block("para", text=texts[0], lines=(" " * lines[0].indent + texts[0],)))
        else:  # hard-wrapped (or one line)
            doc.blocks.append(Block("para", text=join_lines(texts), lines=tuple(texts)))


def _unwrapped_line(text: str, below: str, rules: Rules) -> bool:
    """A line longer than any hard-wrapped one: a paragraph on one line. (A line a little over the
    width that ends inside its sentence, the sentence going on in small letters below it, is a
    wrapped one still, lengthened by the word a line break cut, mended onto it: "Cyber-" /
    "security Capacity Building Centre ... the JICA" / "project ...".)"""
    return len(text) > rules.wrap_max_chars and (
        len(text) > rules.wrap_max_chars * 6 // 5 or line_end(text) in _SENTENCE_ENDS or not _goes_on(below))


def _goes_on(text: str) -> bool:
    """A line opening in small letters with words, no address ("semiconductors. Note 13", "project
    ..."; not "www.example.org" nor "somsak.w@kmitl.example.ac.th, ...")."""
    return text[:1].islower() and " " in text and "@" not in text and "://" not in text and \
        not text.startswith("www.") and "/" not in text.split(" ", 1)[0]  # (nor a file's path)


_SENTENCE_ENDS = SENTENCE_END | frozenset("!?:")


def _going_on(texts: list[str], wrap_max_chars: int) -> list[list[str]]:
    """Lines in runs: a line goes on the one above when it opens in small letters with words and
    that one, a paragraph on one line, ends no sentence (a sentence a line break cut; a keyword or a
    time code over words in small letters, a short line, is a line of its own)."""
    runs: list[list[str]] = []
    for t in texts:
        if runs and _goes_on(t) and len(runs[-1][-1]) > wrap_max_chars and line_end(runs[-1][-1]) not in _SENTENCE_ENDS:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _small_word_runs(texts: list[str], minor_words: frozenset[str]) -> list[list[str]]:
    """Lines in runs: a line goes on the one above when that one ends on a small word ("in",
    "of", "and"), which no field, name or entry ends with."""
    runs: list[list[str]] = []
    for t in texts:
        if runs and runs[-1][-1].rsplit(" ", 1)[-1] in minor_words:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _wrapped_runs(texts: list[str]) -> list[list[str]]:
    """Lines in runs: a line goes on the one above when that one ends in a comma or it opens in
    lower case (a sentence hard-wrapped)."""
    runs: list[list[str]] = []
    for t in texts:
        if runs and (runs[-1][-1].endswith(",") or (t[:1].islower() and line_end(runs[-1][-1]) not in SENTENCE_END)):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _is_paragraph_line(line: Line, rules: Rules) -> bool:
    """A line that can be a paragraph on its own: at the margin, opened by a capital or a quote
    (not a list's marker, "(1)", "1."), ended by a sentence's stop."""
    return not line.indent and (line.text[:1].isupper() or line.text[:1] in "\"“‘'「") and \
        line_end(line.text) in SENTENCE_END | {"!", "?"} and not is_list_line(line, rules, strict=False)


def lines_apart(block: list[Line], rules: Rules) -> list[list[Line]]:
    """A block copied with one line per paragraph and no blank line between them (as a page's text
    export or a scraper gives it), cut into a block per line, as blank lines would have parted
    them: its header's lines (menu, masthead, headline, date) are then read as in any other text.
    Told by two lines of prose or more longer than any wrapped line (`wrap_max_chars`), which a
    paragraph wrapped over lines never has, or by two lines of prose one of which is a quarter
    longer still; a list's items are told apart by their markers (a
    notes list of long notes stays one block)."""
    if len(block) < 3:
        return [block]
    prose = [ln for ln in block if _is_paragraph_line(ln, rules)]
    long_prose = sum(1 for ln in prose if len(ln.text) > rules.wrap_max_chars)
    # (or one line of prose far longer than a wrapped line, among two or more: a short story of
    # two paragraphs under its headline and date, "Japan and Viet Nam sign loan ..." / "March 3, 2025")
    if long_prose < 2 and not (len(prose) >= 2 and any(len(ln.text) > rules.wrap_max_chars * 5 // 4 for ln in prose)):
        return [block]
    out: list[list[Line]] = []
    for ln in block:
        # (a list's items stay together, in one list; so do a menu's words, a line each)
        if out and (is_list_line(ln, rules, strict=False) and is_list_line(out[-1][-1], rules, strict=False) or
                    _menu_word(ln.text, rules) and all(_menu_word(prev.text, rules) for prev in out[-1])):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _glued_head(parts: list[list[Line]], rules: Rules) -> bool:
    """Whether a block was a short line right over one long paragraph line, no blank line between
    (split_block parts them): as a news page's crosshead is copied over its section's paragraph."""
    # (a speaker's name over the words, "Prime Minister Kishida", is no crosshead)
    return len(parts[0]) == 1 and len(parts[1]) == 1 and len(parts[1][0].text) > rules.wrap_max_chars and \
        len(parts[0][0].text) <= rules.wrap_max_chars // 2 and not is_speaker_line(parts[0][0].text, rules)


_HEAD_LINES = 12  # (the kind's furniture stands over the title, among the page's first lines)


def _kind_lines(text: str, first: str, removed: list[str], menu: list[str], rules: Rules) -> tuple[str, ...]:
    """The furniture lines over the page's title (`first`) that say what kind of page it
    is: a kind label ("Press Release", "PRESS RELEASE No. 123/2024"), a breadcrumb with one among its
    crumbs ("Home > Press Releases > 2024"), a release's mark ("FOR IMMEDIATE RELEASE"). The
    document's type is read from them; canonical_text writes them back, so the second reading
    finds them too (the text's own words are never among them: only lines cleaning removed). An
    item of the site's menu ("News" / "Opinion" / "Business") names the site's sections, not the page's kind."""
    if not removed:
        return ()
    gone = set(removed) - set(menu)
    found = []
    for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        t = " ".join(line.split())
        if t == first:
            break
        if t in gone and (_is_kind_label(t, rules) or rules.kind_mark.fullmatch(t) or
                          any(_is_kind_label(crumb, rules) for crumb in rules.kind_path_bar.split(t)[1:])):
            found.append(t)
    return tuple(found)


def parse(text: str, rules: Rules | None = None) -> Parsed:
    """The structure of a seed's text (no Markdown yet)."""
    rules = rules or load_rules()
    doc = Parsed()
    rows: list[str] = []  # a site's menu in a row, read after the menu over the title (its first lines name the site)
    items: list[str] = []  # (and each of its items)
    text = unquote_mail(normalise(text))
    blocks = raw_blocks(text, rules, doc.removed, rows, doc.related, doc.under_rule, doc.under_comments,
                        doc.accounts, items)
    blocks = mend_hyphens([column for block in blocks for column in columns_apart(block)], rules)
    parted = [split_block(apart, rules) for block in blocks for apart in lines_apart(block, rules)]
    if len(parted) >= 3:
        doc.glued_heads = {parts[0][0].text for parts in parted if len(parts) == 2 and _glued_head(parts, rules)}
        # (a label copied right over its section's list counts too: "Outputs" / "1. The capacity of ...")
        over_lists = sum(1 for parts in parted if len(parts) == 2 and label_over_list(*parts, rules))
        if len(doc.glued_heads) + over_lists >= 2:  # labels copied over their sections: so is one over a single sentence
            labelled = [k for k, parts in enumerate(parted) if len(parts) == 1 and label_over_sentence(parts[0], rules)]
            for k in labelled:
                doc.glued_heads.add(parted[k][0][0].text)
                parted[k] = [parted[k][0][:1], parted[k][0][1:]]
    blocks = [part for parts in parted for part in parts]
    doc.row_words = menu_row_words(rows)
    doc.row_items = frozenset(item.casefold() for item in items)
    if blocks:
        # (the page's first line kept, a menu row removed under it, apart by spaces or by bars: the
        # line stood over the menu, as a site's name does)
        # (a "Skip to content" link over the name is furniture already: the name is the first line kept)
        gone = set(doc.removed[:3])
        lines = [" ".join(line.split()) for line in text.split("\n", 12) if line.strip()]
        while len(lines) > 2 and lines[0] in gone and lines[0] not in rows and lines[0] != blocks[0][0].text:
            lines.pop(0)
        top, under = (lines + ["", ""])[:2]
        doc.first_over_rows = top == blocks[0][0].text and (
            bool(rows) or (under in doc.removed and _is_barred_menu(under, rules)))
    blocks = parse_header(blocks, doc, rules)
    doc.menu.extend(rows)
    doc.kind_lines = _kind_lines(text, doc.title or (blocks[0][0].text if blocks else ""), doc.removed, doc.menu, rules)
    if blocks and blocks[-1][-1].text[:1] in "Ss":
        doc.tags_over_source = _tags_over_source(text, blocks[-1][-1].text, doc, rules)
    blocks = parse_trailer(blocks, doc, rules)
    parse_body(blocks, doc, rules)
    for texts in doc.closing:
        doc.blocks.extend(_line_each(texts, [ADDRESS] * len(texts)))
    if doc.top_photo:  # (on top of the text, where it stood)
        doc.blocks.insert(0, Block("caption", label=doc.top_photo, role=_OVER_TITLE))
    return doc


# --- rendering -------------------------------------------------------------------------------

class _Ids:
    """Unique HTML ids for one page; a repeated base gets -2, -3, ... without rescanning."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.last: dict[str, int] = {}

    def take(self, base: str) -> str:
        candidate, n = base, self.last.get(base, 1)
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.last[base] = n
        self.used.add(candidate)
        return candidate


def _glossary_entries(doc: Parsed, used: _Ids) -> tuple[dict[int, str], tuple[GlossaryEntry, ...], str | None]:
    """Ids for the glossary heading and entries (acronym first: `glossary-satreps`)."""
    ids: dict[int, str] = {}
    entries = []
    anchor = None
    for k, block in enumerate(doc.blocks):
        if block.kind == "heading" and block.back_matter and anchor is None and \
                any(b.kind == "glossary" for b in doc.blocks[k + 1:k + 2]):
            anchor = ids[k] = used.take(slugify(block.text) or "glossary")
        if block.kind == "glossary":
            acronyms = ACRONYM.findall(block.term)
            base = slugify(acronyms[-1] if acronyms else block.term) or "term"
            ids[k] = used.take(f"glossary-{base}")
            entries.append(GlossaryEntry(ids[k], block.term))
    return ids, tuple(entries), anchor


class _Renderer:
    """Markdown for one document's blocks, collecting the anchored plain paragraphs on the way."""

    def __init__(self, ctx: InlineContext, rules: Rules, ids: _Ids):
        self.ctx, self.rules, self.ids = ctx, rules, ids
        self.out: list[str] = []
        self.paragraphs: list[Paragraph] = []
        self.counter = 0

    def next_id(self) -> str:
        self.counter += 1
        return self.ids.take(f"p-{self.counter}")

    def inline(self, text: str, **kwargs) -> tuple[str, str]:
        return render_inline(text, self.ctx, self.rules, **kwargs)

    def heading(self, block: Block, ident: str) -> None:
        md, plain = self.inline(block.text, block_start=False, heading=True)
        self.out.append(f"{'#' * block.level} {md} {{ #{ident} }}")
        self.paragraphs.append(Paragraph(ident, plain))

    def para(self, text: str, css: str = "", ident: str = "") -> None:
        ident = ident or self.next_id()
        md, plain = self.inline(text)
        self.out.append(f"{md}\n{{ #{ident}{css} }}")
        self.paragraphs.append(Paragraph(ident, plain))

    def list(self, block: Block) -> None:
        lines = []
        number = block.start
        for item, depth in zip(block.items, block.depths or [0] * len(block.items)):
            ident = self.next_id()
            md, plain = self.inline(item)
            indent = "    " * depth
            if depth:  # a sub-item keeps its own marker `(1)` in its text, under a bullet
                marker = "-"
            else:
                marker = f"{number}." if block.ordered else "-"
                number += 1
            # attr_list on its own line: the <li> id
            lines.append(f"{indent}{marker} {md}\n{indent}    {{ #{ident} }}")
            self.paragraphs.append(Paragraph(ident, plain))
        self.out.append("\n".join(lines))

    def caption(self, block: Block) -> None:
        ident = self.next_id()
        md, plain = self.inline(block.text)
        label = f'<span class="atlas-caption-label">{escape_html(block.label)}</span>' if block.label else ""
        self.out.append(f'<figure class="atlas-caption" id="{ident}" markdown>\n<figcaption markdown>\n'
                        f"{' '.join(x for x in (label, md) if x)}\n</figcaption>\n</figure>")
        self.paragraphs.append(Paragraph(ident, " ".join(p for p in (block.label, plain) if p)))

    def table(self, block: Block) -> None:
        """A Markdown table (first row the header; a column of figures aligned right) in a div
        that carries the anchor, since a table takes no attribute list.

        A table whose rows each open with a time or a number, its first row too ("09:30 – 10:00
        Registration"), or whose rows are labels and their values, its first row too ("Population
        6.9 million"), has no header row: its header is left empty rather than made of a row."""
        ident = self.next_id()
        cells = [[self.inline(c, block_start=False) for c in row] for row in block.rows]
        headerless = keyed_rows(block.rows) and not all(_FIGURE.fullmatch(c) for c in block.rows[0]) or \
            labelled_rows(block.rows) or all(_data_row(row) for row in block.rows)
        body = block.rows if headerless else block.rows[1:]
        figures = [all(_FIGURE.fullmatch(row[k]) for row in body) for k in range(len(block.rows[0]))]
        lines = ["| " + " | ".join(md for md, _ in row) + " |" for row in cells]
        if headerless:
            lines.insert(0, "|" + " |" * len(figures))
        lines.insert(1, "| " + " | ".join("---:" if f else "---" for f in figures) + " |")
        self.out.append(f'<div class="atlas-table" id="{ident}" markdown>\n\n' + "\n".join(lines) + "\n\n</div>")
        self.paragraphs.append(Paragraph(ident, " ".join(plain for row in cells for _, plain in row)))

    def glossary(self, block: Block, ident: str) -> None:
        md, plain = self.inline(block.text)
        self.out.append(f"{escape_text(block.term)} {{ #{ident} }}\n:   {md}")
        self.paragraphs.append(Paragraph(ident, f"{block.term}: {plain}"))

    def footnotes(self, notes: list[tuple[str, str]]) -> str:
        lines = []
        for num, text in notes:
            md, plain = self.inline(text)
            lines.append(f"[^{num}]: {md}")
            self.paragraphs.append(Paragraph(f"fn:{num}", plain))
        return "\n".join(lines)


def _heading_ids(doc: Parsed, ids: dict[int, str], used: _Ids) -> None:
    """Readable ids from the heading words (`climate-change-a-shared-concern`)."""
    for k, block in enumerate(doc.blocks):
        if block.kind == "heading" and k not in ids:
            words = slugify(block.text)
            # Never "p-3": paragraph ids take that form (a heading "P 3" would collide).
            ids[k] = used.take(words if words and not words.startswith("p-") else f"section-{k + 1}")


def _note_line(doc: Parsed, num: str) -> str:
    """A note as its list writes it: `Note 14: text`, `*1 text`, `[2] text`."""
    return f"{doc.note_marks[num][1]} {doc.notes[num]}"


def _notes_kept_in_place(doc: Parsed, rules: Rules) -> set[str]:
    """Notes that stay under their `Notes` heading, though a marker points to them: those of a
    back-matter section that goes on after its notes ("Contact: ...", "Tel: ..."), or that a
    section of the author's follows ("References" over "About the author"). As footnotes they
    would leave the heading over that other text, with none of its own, or move below it; in
    place, the document reads as the author wrote it and the markers link to them there. Notes
    that only other back matter follows (a Glossary) are footnotes.

    Notes above the text, before its first heading and its first sentence (an article's
    affiliations under its author line), stay there too: they belong to the lines over them."""
    kept: set[str] = set()
    for block in doc.blocks:
        if block.kind not in ("para", "notes") or \
                (block.kind == "para" and line_end(rules.markers.sub("", block.text)) in SENTENCE_END):
            break  # (a marker glued after the stop, ".Note 1", does not end the sentence)
        if block.kind == "notes":
            kept.update(block.items)
    notes: list[Block] = []  # the notes blocks of the current back-matter section
    earlier: list[Block] = []  # those of the back-matter sections before it, nothing else after them
    back_matter = after_notes = False
    for block in [*doc.blocks, Block("heading", back_matter=True)]:  # (the end: no section of the author's)
        if block.kind == "heading":
            if after_notes or not block.back_matter:
                kept.update(num for b in earlier + notes for num in b.items)
                earlier = []
            else:
                earlier += notes
            back_matter, notes, after_notes = block.back_matter, [], False
        elif back_matter and block.kind == "notes":
            notes.append(block)
        elif notes:
            after_notes = True
    return kept


# Python-Markdown's footnotes extension puts the notes where a paragraph of this text stands (its
# default PLACE_MARKER), else at the very end of the page. A seed cannot write it (atlas.escape).
FOOTNOTES_HERE = "///Footnotes Go Here///"


def render(doc: Parsed, rules: Rules | None = None) -> tuple[str, tuple[Paragraph, ...]]:
    """Markdown body (wrapped in a div the tests can find) and the anchored plain paragraphs."""
    rules = rules or load_rules()
    used = _Ids()
    ids, entries, gloss_anchor = _glossary_entries(doc, used)
    _heading_ids(doc, ids, used)
    plain = any(style == "plain" for style, _ in doc.note_marks.values())  # figures glued after a stop: markers
    referenced = {key for b in doc.blocks for t in [b.text, b.term, *b.items] for key in note_numbers(t, rules, plain)} \
        if doc.notes else set()
    kept = _notes_kept_in_place(doc, rules) if referenced else set()
    ctx = InlineContext(notes=frozenset((style, n) for n, (style, _) in doc.note_marks.items()
                                        if (style, n) in referenced and n not in kept),
                        placed={(doc.note_marks[n][0], n): used.take(f"note-{n}") for n in doc.notes
                                if n in kept and (doc.note_marks[n][0], n) in referenced},
                        glossary=entries, glossary_anchor=gloss_anchor,
                        other_marks=any(style != "note" for style, _ in doc.note_marks.values()), plain_marks=plain)
    r = _Renderer(ctx, rules, used)
    back_matter = placed = False
    for k, block in enumerate(doc.blocks):
        if block.kind == "list" and k and doc.blocks[k - 1].kind == "list":
            r.out.append(LIST_BREAK)
        if block.kind == "heading":
            r.heading(block, ids[k])
            back_matter = block.back_matter
        elif block.kind == "para":
            r.para(block.text, css=f" .atlas-{block.role}" if block.role else "")
        elif block.kind == "list":
            r.list(block)
        elif block.kind == "caption":
            r.caption(block)
        elif block.kind == "glossary":
            r.glossary(block, ids[k])
        elif block.kind == "table":
            r.table(block)
        elif block.kind == "notes":
            for num in block.items:
                key = (doc.note_marks[num][0], num)
                if key not in ctx.notes:  # kept in place, or no marker points to it: a paragraph there
                    r.para(_note_line(doc, num), css=" .atlas-note", ident=ctx.placed.get(key, ""))
                elif back_matter and not placed:
                    # the footnotes under their `Notes` heading, though other back matter follows
                    # (References, a Glossary): not at the body's end, the heading left over nothing
                    r.out.append(FOOTNOTES_HERE)
                    placed = True
    if placed and r.out[-1] == FOOTNOTES_HERE:  # nothing after them: after the body, where they go anyway
        r.out.pop()
    body = f'<div class="{BODY_CLASS}" markdown>\n\n' + "\n\n".join(r.out) + "\n\n</div>\n"
    notes = [(num, _note_line(doc, num)) for num in doc.notes if (doc.note_marks[num][0], num) in ctx.notes]
    if notes:
        body += "\n" + r.footnotes(notes) + "\n"
    return body, tuple(r.paragraphs)


def clean_text(text: str) -> Cleaned:
    """Turn a seed's body text into Markdown plus what cleaning lifted out of it."""
    rules = load_rules()
    doc = parse(text, rules)
    body, paragraphs = render(doc, rules)
    return Cleaned(body=body, title=doc.title, subtitle=doc.subtitle, dateline=doc.dateline,
                   source_lines=doc.source_lines, series=SERIES_JOIN.join(_RUNNING_PAGE.sub("", s) for s in doc.series) or None,
                   paragraphs=paragraphs, removed=tuple(doc.removed), menu=tuple(doc.menu), related=tuple(doc.related),
                   bylines=(*doc.bylines, *doc.author_card[:1], *doc.signoff),
                   addresses=tuple(t for texts in doc.closing for t in texts),
                   post_age=doc.post_age, accounts=tuple(doc.accounts))


# --- canonical plain text (for idempotence) ---------------------------------------------------

def _marked_item(item: str, rules: Rules) -> bool:
    """A sub-item that keeps its marker in its text (`(a) ...`, `ii. ...`, `1.1 ...`)."""
    return bool(rules.list_item.fullmatch(item) if may_be_item(item, rules) else False) or \
        bool(rules.sub_item.fullmatch(item)) or bool(DECIMAL_ITEM.fullmatch(item))


def _canonical_list(block: Block, rules: Rules) -> str:
    """A list's lines: items indented under their marker, sub-items deeper with their own (a
    bullet's sub-item, which has none, with the sub-bullet it was read from)."""
    lines, number = [], block.start
    for item, depth in zip(block.items, block.depths or [0] * len(block.items)):
        if depth and block.ordered and not _marked_item(item, rules):
            lines.append(f"    • {item}")  # (a bulleted sub-item, its glyph not kept in its text)
        elif depth:
            lines.append(f"    {item}" if block.ordered else f"    {rules.sub_bullet} {item}")
        else:
            lines.append(f"  {number}. {item}" if block.ordered else f"  • {item}")
            number += 1
    return "\n".join(lines)


def _canonical_table(rows: list[tuple[str, ...]]) -> str:
    """A table's rows, cells apart by tabs; a table with empty cells (not a time table, whose
    rows may stop short) aligned with spaces, as it was read: a trailing tab would be lost."""
    if not any("" in row for row in rows) or keyed_rows(rows):
        return "\n".join("\t".join(row) for row in rows)
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    spaced = "\n".join("   ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows)
    if _reads_back(spaced, rows):
        return spaced
    # (an empty corner over a row that lost its empty last cell: too few full rows to place them
    # by their columns, yet apart by tabs the corner is the head row's indent, the last cell padded)
    tabbed = "\n".join("\t".join(row) for row in rows)
    return tabbed if _reads_back(tabbed, rows) else spaced


def _reads_back(text: str, rows: list[tuple[str, ...]]) -> bool:
    found = table_rows([to_line(raw) for raw in text.split("\n")])
    return found is not None and [tuple(r) for r in found] == [tuple(r) for r in rows]


# A running head's page number beside the book's name ("White Paper on Development Cooperation 2022
# | 45", "45 | Diplomatic Bluebook 2024"): the page's, no word of the series
_RUNNING_PAGE = re.compile(r"\s*[|·•]\s*\d{1,4}$|^\d{1,4}\s*[|·•]\s*")


def canonical_text(doc: Parsed, rules: Rules | None = None) -> str:
    """The document as plain text in the form cleaning reads: furniture gone, structure kept.

    Cleaning this text again gives the same Markdown: that is what idempotence means here.
    """
    rules = rules or load_rules()
    parts: list[str] = list(doc.kind_lines)  # (furniture again when read again: see _kind_lines)
    blocks = doc.blocks
    if blocks and blocks[0].role == _OVER_TITLE:  # (a photo's label or credit over the headline)
        parts.append(blocks[0].label)
        blocks = blocks[1:]
    if doc.series and doc.running_kind:  # (a handout's running header, as it was printed)
        parts.append(f"{doc.series[0]}      {doc.running_kind}")
    elif doc.series and not doc.place_over_title:
        parts.append("\n".join(doc.series))
    if doc.series_label:  # (it tells the series from the title again: see _names_the_series)
        parts.append(doc.series_label)
    # A masthead (`JETRO` over the body's full name) is read as such only above the title, its
    # logo first; other header lines are written under the title.
    masthead = not doc.card and not doc.stacked and not all(_is_header_line(t, rules) for t in doc.head_sources)
    # A place and a date alone, the header's (read beside a label cleaning took off: "Tokyo, 13 May
    # 2024" / "Provisional translation"), is read as the header's again only over the title: under
    # it, alone, it opens the text
    placed = bool(doc.title and doc.dateline and not masthead and not doc.bylines and not doc.head_sources and
                  not doc.subtitle and not doc.series and is_placed_dateline(doc.dateline, rules))
    # (a byline read beside a masthead, "By Lurong Chen and Fukunari Kimura" under the title of an "ERIA
    # Policy Brief", is written back under the title, where it was read: in the masthead's block, it
    # would make the masthead's name the title)
    signed = [t for t in doc.head_sources if rules.byline.fullmatch(t)] if masthead and doc.title else []
    if masthead:
        parts.append("\n".join([t for t in doc.head_sources if t not in signed] +
                                ([doc.dateline] if doc.dateline else [])))
    elif (doc.dateline_over_title or placed) and doc.title and doc.dateline:
        parts.append(doc.dateline)
    if doc.post_age:  # (a post's writer is told by the post's age under the name, over the title)
        parts.append("\n".join([*doc.bylines, doc.post_age]))
    if doc.title:
        # (the kind label in brackets before it too, as read: the type is read from it again)
        title = " ".join(part for part in (doc.title_label, doc.title_number, doc.title) if part)
        if doc.place_over_title:  # (in the title's block, as it was read)
            title = f"{doc.series[0]}\n{title}"
        # (a standfirst of one sentence with its stop is a block of its own, as it was read)
        parts.append(f"{title}\n{doc.subtitle}" if doc.subtitle and not doc.series and not _stopped_standfirst(doc.subtitle, rules)
                     else f"{title}\n\n{doc.subtitle}" if doc.subtitle and not doc.series else title)
    if doc.subtitle and (doc.series or not doc.title):
        parts.append(doc.subtitle)
    if signed:
        parts.append("\n".join(signed))
    head = ([] if doc.post_age or doc.filed_from or doc.under_lede else doc.bylines) + \
        ([doc.dateline] if doc.dateline and not doc.dateline_over_title and not placed and doc.dateline not in doc.under_lede
         else []) + [t for t in doc.head_sources if t not in doc.under_lede]
    if doc.stacked and not doc.bylines:  # (the labels over their values, as read: see _take_stacked_fields)
        head = list(doc.stacked)
    if blocks and blocks[0].role == _OVER_HEADER:  # (a photo's caption over the byline, in their block)
        parts.append("\n".join([blocks[0].text, *(head if not masthead else [])]))
        blocks = blocks[1:]
    elif head and not masthead:
        parts.append("\n".join(head))
    if doc.filed_from:  # (the writer's name a block over the city, as it was read)
        parts.extend(doc.bylines)
    for k, block in enumerate(blocks):
        if k == 1 and doc.under_lede:  # (the byline's block under the lede, the city with it)
            parts.append("\n".join(doc.under_lede))
        if block.kind == "heading":
            parts.append(block.text if block.back_matter else f"{CANONICAL_GLYPHS[block.level - 2]} {block.text}")
        elif block.kind == "para" and block.same_block and parts:
            parts[-1] += "\n" + ("\n".join(block.lines) or block.text)
        elif block.kind == "para":
            parts.append("\n".join(block.lines) or block.text)  # as broken in the source
        elif block.kind == "list":
            parts.append(_canonical_list(block, rules))
        elif block.kind == "caption":
            if block.credit:
                parts.append(f"{block.credit}\n{block.text}")
            elif block.label and rules.photo_credit.fullmatch(block.label):
                parts.append("\n".join(t for t in (block.label, block.text) if t))
            elif block.label and not rules.caption_label.fullmatch(block.label):  # `Figure 2-3`: title on its line
                parts.append(f"{block.label} {block.text}")
            elif block.label:
                parts.append(block.label)
                if block.text:
                    parts.append(block.text)
            else:  # (a caption told by its credit at its end, or over its credit's line as it was read)
                parts.append("\n".join(block.lines) or block.text)
        elif block.kind == "glossary":
            parts.append(f"{block.term}\n{block.text}")
        elif block.kind == "table":
            parts.append(_canonical_table(block.rows))
        elif block.kind == "notes" and block.items:
            # (notes numbered with bare figures under no `Notes` heading stood under a rule line: it
            # goes back over them, so that they read as notes again)
            ruled = k and blocks[k - 1].kind != "heading" and all(doc.note_marks[n][0] == "plain" for n in block.items)
            parts.append(("-" * 10 + "\n" if ruled else "") +
                         "\n".join(f"  {n}. {_note_line(doc, num)}" if doc.note_marks[num][0] == "note" and
                                   doc.note_marks[num][1].startswith(rules.note_word)
                                   else _note_line(doc, num) for n, num in enumerate(block.items, start=1)))
    parts.extend(doc.author_card)  # (a line each, as a card closing a text was read)
    parts.extend(doc.signoff)  # (under the end mark, where it was read)
    tail = doc.tail_sources
    if doc.tags_over_source and tail:  # (the tags over the source line last, as read)
        parts.extend(["\n".join(tail[:-1]), doc.tags_over_source] if len(tail) > 1 else [doc.tags_over_source])
        tail = tail[-1:]
    if tail:
        parts.append("\n".join(tail))
    return "\n\n".join(parts) + "\n"
