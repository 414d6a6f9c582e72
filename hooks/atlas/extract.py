"""Metadata extraction: what a document says about itself, as front matter fields.

Only what the text states: a title from the title line (or the lede's first sentence,
marked `title_from: lede`), a date only from a dateline, a source only from source lines.
The contributor's overrides are merged later (schema.merge) and win field by field.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from . import extract_terms as terms
from .extract_dates import (FoundDate, closing_date, dateline_date, find_dateline, generated_date, issue_title_date, labelled_paragraph_date,
                            parse_dateline, published_in_date, published_in_periodical, signed_date, source_line_date,
                            source_note_date, with_lede_day, with_text_order, with_yearless_dateline)
from .clean_blocks import AUTHOR_MARKS, bare_names, bilingual_half, decode_references, in_capitals, is_dateline, split_names
from .clean_rules import SENTENCE_END, is_title_case, lede_dateline, line_end, load_rules
from .extract_source import (HeaderParts, copyright_source, document_type, find_series, find_source_lines,
                             header_parts, is_source_line, org_keys, outlet_source, platform_source,
                             resolve_source_line, series_publisher, source_of)
from .extract_spans import find_acronyms, find_amounts, find_people, is_byline
from .matching import find_entities, find_org, is_glued_name, norm_key, normalise
from .model import Cleaned, Seed
from .sentences import after_abbreviation
from .vocab import Vocabulary

_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*(?:\{[^}]*\})?\s*$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~&])")
MAX_SENTENCE = 400  # characters
MIN_HEADING_TITLE_WORDS = 4  # a heading as short as "Project Outline" labels a section, not a document
FOOT_LINES = 8  # the last lines of a page, where its publisher's copyright notice stands
# a full stop (its closing quotes and brackets with it) before a capital; a Japanese stop not inside a
# quotation (「続ける。」と述べた goes on)
# (a post's emoji after a sentence's stop goes with that sentence: "... Supply Authority (PPWSA). 💧 The kits ...")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\s+[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+)?"
                           r"\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|[。！？]\s*(?=[^\s」』）)])")


def headings(body: str) -> list[str]:
    """Section headings of the cleaned Markdown body, as plain text."""
    found = []
    for line in body.split("\n"):
        if line.startswith("#"):
            m = _HEADING.match(line)
            if m and m.group(1).strip():
                found.append(_MD_ESCAPE.sub(r"\1", m.group(1)).strip())
    return found


def first_sentence(text: str, limit: int = MAX_SENTENCE) -> str:
    """The first sentence, verbatim; a period after an abbreviation or initial does not end it.

    A "sentence" longer than `limit` characters (a text without full stops) is cut at a word
    and marked with an ellipsis, so a title or summary never swallows a whole text.
    """
    text = " ".join(text[: limit * 4].split())
    sentence = text
    abbreviations = load_rules().abbreviations
    for m in _SENTENCE_END.finditer(text, 0, limit + 1):
        if after_abbreviation(text, m.start() + 1, abbreviations):
            continue
        sentence = text[: m.end()]  # with the quote or bracket that closes it
        break
    sentence = sentence.strip()
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
    return sentence


# Reference marks closing a sentence, as an encyclopedia or a paper prints them ("... of China.[3]",
# "... since 2009.[1][2]"): the sentence ends before them.
# (`(?:\s?\[\d{1,3}\])+$` read from the text's end: searched for where the run starts, `re`
# read each run of marks short of the end to its break again from each of its marks, 4,000
# marks in a row 4 s; reversed, the run is matched once where it stands)
_TRAILING_CITES_REVERSED = re.compile(r"(?:\]\d{1,3}\[\s?)+")


def without_trailing(text: str, reversed_run: re.Pattern[str]) -> str:
    """`text` without the run `reversed_run` (written backwards) matches at its end."""
    m = reversed_run.match(text[::-1])
    return text[:len(text) - m.end()] if m else text


def _is_sentence_block(text: str) -> bool:
    text = text.strip()
    if text[-1:] and not text[-1].isascii():
        # (a post's paragraph closing on a pictograph after its stop: "... this month. 🌏")
        text = without_trailing(text, _EMOJI_REVERSED)
    if text[-1:] == "]":
        text = without_trailing(text, _TRAILING_CITES_REVERSED)
    return len(text.split()) >= 8 and bool(re.search(r"[.!?][\"'\u201d\u2019)]*$", text))


def body_texts(seed: Seed, cleaned: Cleaned) -> list[str]:
    """The body's blocks as plain text, without the lines cleaning lifted out of it."""
    if cleaned.paragraphs:
        texts = [p.text for p in cleaned.paragraphs]
    else:
        texts = [" ".join(b.split()) for b in re.split(r"\n\s*\n", decode_references(seed.text)) if b.strip()]
    lifted = {" ".join(str(x).split()) for x in [cleaned.title, cleaned.subtitle, cleaned.dateline, cleaned.series,
                                                 *cleaned.source_lines] if x}
    longest = max((len(x) for x in lifted), default=0) + 8  # only a short block can be a lifted line
    # (a body's address under the text names its city and country, no place the text is about)
    addresses = set(cleaned.addresses)
    return [t for t in texts if t.strip() and (len(t) > longest or " ".join(t.split()) not in lifted)
            and t not in addresses]


def without(lines: Iterable[str], taken: Iterable[str], strip: bool = False) -> list[str]:
    """`lines` less one occurrence of each of `taken` (a site's menu, read once, first to last)."""
    left = Counter(taken)
    out = []
    for line in lines:
        key = " ".join(line.split()) if strip else line
        if left[key] > 0:
            left[key] -= 1
            continue
        out.append(line)
    return out


def lede(texts: list[str], skip: set[str]) -> str:
    """The first block that reads as prose (not a heading, caption label or source line); a
    news lede opened by its dateline ("BANGKOK — ...") is prose even without its final stop."""
    rules = load_rules()
    for text in texts:
        if text not in skip and (_is_sentence_block(text) or lede_dateline(text, rules)):
            return text
    return next((t for t in texts if t not in skip), "")


# A writer's name with the outlet in brackets, as a news site prints its byline ("Dio Suhenda (The
# Jakarta Post)"): two to four capitalised words, then the outlet
_WRITER_OF = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) \((?P<outlet>[^()]{2,60})\)")
_WRITER_BESIDE = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*(?:/|,)\s*(?P<outlet>[^/,|()]{2,60})")


MIN_SUMMARY_WORDS = 8  # a shorter opening sentence ("Because the timing is right.") says too little alone


SUMMARY_SENTENCE = 600  # a summary's one sentence may run longer than a title's before it is cut (a ministry's release opens with one naming every dignitary and the sum)
# "Overview: Japan has ...": a short title-case label run into the paragraph's first sentence
_RUN_IN_LABEL = re.compile(r"(?=[A-Z])(?P<label>[A-Z][\w’'-]*(?: [\w’'&-]+){0,3}):\s+(?=[\"“‘(]?[A-Z0-9])")
# "Abstract—Thailand's ...": a paper's section name run in with a dash, as IEEE prints it
_DASHED_LABEL = re.compile(r"(?P<label>[A-Z][a-z]+)\s?[—–]\s?(?=[\"“‘(]?[A-Z0-9])")
_CAPTION = 'class="atlas-caption" id="'


def _sentences(text: str, limit: int = MAX_SENTENCE) -> list[str]:
    """The sentences of a block, verbatim, as first_sentence cuts them."""
    # (read from a place in the text, not from a copy of the text's rest made at each sentence:
    # 30,000 sentences of a 200 KB block were copied 30,000 times; first_sentence reads no more
    # than its first limit * 4 characters, and the words are apart by one space each)
    text, out, at = " ".join(text.split()), [], 0
    while at < len(text):
        sentence = first_sentence(text[at: at + limit * 4], limit)
        if not sentence or sentence.endswith(" …") or not text.startswith(sentence, at):
            out.append(sentence or text[at:])
            break
        out.append(sentence)
        at += len(sentence) + (text[at + len(sentence): at + len(sentence) + 1] == " ")
    return out


def captions(cleaned: Cleaned) -> set[str]:
    """The texts of the blocks cleaning set as captions: a photo's caption says no sentence of the
    document's own, even when it opens the body (seed 004)."""
    ids, at = set(), cleaned.body.find(_CAPTION)
    while at >= 0:
        start = at + len(_CAPTION)
        ids.add(cleaned.body[start: cleaned.body.find('"', start)])
        at = cleaned.body.find(_CAPTION, start)
    return _texts_at(cleaned, ids)


def _texts_at(cleaned: Cleaned, anchors: set[str]) -> set[str]:
    """The texts of the paragraphs at these anchors."""
    return {p.text for p in cleaned.paragraphs if p.anchor in anchors} if anchors else set()


_OVER_HEADER_ANCHOR = re.compile(r"^\{ #([\w-]+) \.atlas-over-header \}$", re.MULTILINE)


def notes_over_header(cleaned: Cleaned) -> set[str]:
    """The texts of the paragraphs cleaning kept over the header's byline (an editor's note under
    the headline, "Editor's note: This article was updated ..."): the paper's word on the story,
    no sentence of the story's own, so never its summary."""
    if ".atlas-over-header" not in cleaned.body:
        return set()
    return _texts_at(cleaned, set(_OVER_HEADER_ANCHOR.findall(cleaned.body)))


def _opening(text: str, rules) -> str:
    """A block without what opens it but is no part of its first sentence: a news lede's
    dateline ("JAKARTA, Feb 3 (Reuters) - "), a run-in label ("Overview: ", "Abstract—") and the
    speaker's label opening a turn of a record ("○Chairperson (SATO Masahisa): ")."""
    dateline = lede_dateline(text, rules)
    if dateline:
        return text[dateline.end():]
    label = rules.speaker_turn.match(text) or _RUN_IN_LABEL.match(text)
    if label and (not label.groupdict() or is_title_case(label.group("label"), rules)):
        return text[label.end():]
    label = _DASHED_LABEL.match(text)
    if label and label.group("label").casefold() in rules.back_matter_headings:  # ("Japan—Viet Nam ties" stays)
        return text[label.end():]
    return text


def _openings(texts: list[str], skip: set[str], questions: bool = True,
              limit: int = MAX_SENTENCE) -> Iterator[list[str]]:
    """The sentences of each block that says something, in order (see opening_sentences)."""
    rules = load_rules()
    for text in texts:
        if text in skip or line_end(text) == "," or (questions and line_end(text) == "?"):
            continue
        label = rules.qa_label.match(text)
        if label and label.group("question"):
            if questions:
                continue
            label = None
        if not (_is_sentence_block(text) or lede_dateline(text, rules)):
            continue
        said = text[label.end():] if label else text
        opened = _opening(said, rules)
        if opened != said and not _is_sentence_block(opened) and not lede_dateline(said, rules):
            continue  # "External Evaluator: Mariko Sasaki, ... Co., Ltd.": a field's value, not a sentence
        sentences = _sentences(opened, limit)
        # "Good morning." and, when questions are passed over, a question the block goes on to answer
        while sentences and (rules.greeting.fullmatch(sentences[0]) or (questions and line_end(sentences[0]) == "?")):
            sentences.pop(0)
        if sentences:
            yield sentences


def opening_sentences(texts: list[str], skip: set[str], questions: bool = True,
                      limit: int = MAX_SENTENCE) -> list[str]:
    """The sentences of the first block that says something, verbatim; [] when none does.

    What opens a text without saying anything about it is passed over by its shape: an address
    line ending in a comma ("Excellencies, ..., ladies and gentlemen,"), a greeting sentence
    ("Good afternoon.", "Thank you, Chair."), and, unless `questions` is False, a question (an
    interviewer's "Q:", a line ending in "?" or a question opening a block that answers it); an
    answer's "A:" label is not part of it, nor
    is a news lede's dateline ("BANGKOK — ") or a run-in label ("Overview: ").
    """
    return next(_openings(texts, skip, questions, limit), [])


def summary_of(texts: list[str], skip: set[str], title: str = "") -> str:
    """The first substantive sentence(s) of the body (see opening_sentences), verbatim. A short
    first sentence takes the next one with it, so the summary says something on its own; one
    long sentence is taken whole up to SUMMARY_SENTENCE characters. A `title` taken from the
    lede is not said again: the summary goes on after it."""
    for sentences in _openings(texts, skip, limit=SUMMARY_SENTENCE):
        if title and sentences[0] == title:
            title = ""
            sentences.pop(0)
            if not sentences:
                continue
        summary = sentences.pop(0)
        while sentences and len(summary.split()) < MIN_SUMMARY_WORDS and \
                len(summary) + len(sentences[0]) < MAX_SENTENCE:
            summary += " " + sentences.pop(0)
        return summary
    lead = lede(texts, skip)
    return first_sentence(lead) if lead and not _field_only(lead, load_rules()) else ""


def _field_only(text: str, rules) -> bool:
    """A "Label: value" field whose value is no sentence ("Head of State: President Ferdinand R.
    Marcos Jr.", its stop an initial's): a fact sheet's datum, which summarises nothing; a text
    of fields only has no summary rather than its first field."""
    opened = _opening(text, rules)
    return opened != text and not _is_sentence_block(opened) and not lede_dateline(text, rules)


def lede_title(texts: list[str], skip: set[str]) -> str:
    """A title for a document without a title line: the lede's first sentence, after the
    salutation and greeting that open a speech (as the summary passes over them); a question
    opening an interview stays, as a headline would ask it."""
    sentences = opening_sentences(texts, skip, questions=False)
    return sentences[0] if sentences else first_sentence(lede(texts, skip))


# pictographs, flags (regional indicator pairs), dingbats and their joiners and selectors
_TRAILING_EMOJI = re.compile("[\\s\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+$")
_EMOJI_REVERSED = re.compile(_TRAILING_EMOJI.pattern[:-1])  # (the run, matched from the end: see without_trailing)


def without_trailing_emoji(title: str) -> str:
    """A title without the emoji a post's writer put after its words ("... in Ulaanbaatar 🇲🇳🇯🇵"):
    a headline's words end it; the body keeps them as written."""
    if not title or ord(title[-1]) < 0x2000:
        return title
    return without_trailing(title, _EMOJI_REVERSED) or title


_QUOTE_PAIRS = {'"': '"', "“": "”"}


def without_enclosing_quotes(title: str) -> str:
    """A title without the quotation marks a page put around the whole of it ('"Japan's Assistance
    for the Development of the Mekong Region"', as an old ministry page heads its sheet): they
    quote no one's words. A quote that opens the title and closes before its end ('"Data Saves
    Mothers": A Doctor's ...'), or a quoted name inside it, stays; the body keeps them as written."""
    close = _QUOTE_PAIRS.get(title[:1]) if title else None
    inner = title[1:-1]
    if close is None or len(title) < 3 or title[-1] != close or '"' in inner or "“" in inner or "”" in inner:
        return title
    return inner.strip() or title


def named_title(title: str, texts: list[str]) -> str | None:
    """The project's name a label line gives under a title naming only the kind of sheet
    (furniture.yml `named_title`), or None."""
    rules = load_rules()
    if not title or not rules.generic_title.fullmatch(title):
        return None
    for text in texts[:rules.name_label_lines]:
        m = rules.name_label.fullmatch(text)
        if m and line_end(m.group("name")) not in SENTENCE_END:
            return m.group("name").strip()
    return None


def _quoted_name(title: str, subtitle: str) -> bool:
    """A title naming only the kind of sheet (furniture.yml `named_title`) over a name in quotes."""
    return subtitle[:1] in _QUOTE_PAIRS and without_enclosing_quotes(subtitle) != subtitle and \
        bool(load_rules().generic_title.fullmatch(title))


def record_item(title: str, texts: list[str], cues: dict[str, Any]) -> str | None:
    """The head of the one item a parliament's record holds, when its title is only the record's
    name (document_types.yml `record_names`, `item_head`: "DAILY HANSARD" over "Japan-funded Flood
    Control in the Nadi Basin (Question No. 214/2025)"); None for a record of several items."""
    names, head = cues.get("record_names"), cues.get("item_head")
    if not names or not head or not re.fullmatch(names, title, re.IGNORECASE):
        return None
    items = [m.group("title") for text in texts if text.endswith(")") and "(" in text
             and (m := re.fullmatch(head, text, re.IGNORECASE))]
    return items[0] if len(items) == 1 else None


def is_menu(line: str) -> bool:
    """A line of three or more items of one or two words parted by " | ": a site's menu or its
    language switcher ("English | 日本語 | Español | Português"), never a headline."""
    items = line.split(" | ")
    return len(items) >= 3 and all(0 < len(item.split()) <= 2 for item in items)


def heading_title(texts: list[str], heads: list[str], skip: set[str]) -> str:
    """The heading that opens the body before any prose, when cleaning lifted no title line: a page
    whose headline was set as a section heading under furniture it did not lift (a breadcrumb
    read as a caption). A numbered section ("1. Overview"), a date or a section's label of a word
    or three ("Background", "Project Outline") opens no document."""
    for text in texts:
        if text in skip:
            continue
        if text in heads and not re.match(r"\(?\d+[.)]|[IVX]+\.\s", text) and not parse_dateline(text) and \
                MIN_HEADING_TITLE_WORDS <= len(text.split()) <= load_rules().headline_max_words:
            return text
        return ""
    return ""


# A body named in full with its acronym as the subject of a notice's first sentence ("The Asian
# Development Bank (ADB) is providing ...", "The Japan International Cooperation Agency (JICA) invites ...")
_ISSUER = re.compile(r"The (?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){1,8}) \([A-Z]{2,8}\) "
                     r"(?:is|has|invites|intends|will|plans|seeks|requests)\b")


def notice_issuer(texts: list[str], vocab: Vocabulary, first: int = 3) -> tuple[str | None, list[str]]:
    """(display source, ids) of the body a notice's first sentences open with as their subject, named
    with its acronym and known to the vocabulary: who issues a consultant's terms of reference or
    an invitation for bids that prints no publisher's line; (None, []) when none."""
    prose = [t for t in texts if len(t) > 80][:first]
    for text in prose:
        m = _ISSUER.match(text)
        resolved = resolve_source_line(m.group("name"), vocab) if m else []
        if len(resolved) == 1 and resolved[0][0]:
            return resolved[0][1], [resolved[0][0]]
    return None, []


def title_case_line(texts: list[str], skip: set[str]) -> str:
    """The text's first paragraph when it is a short line in title case, no stop at its end and no
    date ("Transcript of the Weekly Press Briefing"): a headline under a masthead, else ""."""
    text = texts[0] if texts else ""
    if not text or text in skip or line_end(text) in SENTENCE_END or text.endswith((":", ",", ";")) or \
            not MIN_HEADING_TITLE_WORDS <= len(text.split()) <= load_rules().headline_max_words:
        return ""
    return text if is_title_case(text, load_rules()) and not parse_dateline(text) else ""


def declared_countries(texts: list[str], vocab: Vocabulary, lines: int = 40) -> set[str]:
    """The countries a sheet's field names among its first `lines` paragraphs ("Country: Cambodia",
    "Country Name: Kingdom of Cambodia", "Country / Economy" over "Lao People's Democratic
    Republic"): what the sheet is about, whatever else its text mentions."""
    found: set[str] = set()
    field = load_rules().country_field
    for k, text in enumerate(texts[:lines]):
        m = field.match(text) if text[:1] in "CcRrBbTtHhPp" and len(text) <= 120 else None
        if not m:
            continue
        rest = text[m.end():].strip()
        if rest and rest[0] in ":：":
            value = rest[1:]
        elif not rest and k + 1 < len(texts) and len(texts[k + 1]) <= 80:
            value = texts[k + 1]  # (the label over its value, a line each)
        else:
            continue
        found |= {h.id for h in find_entities(value, vocab) if h.kind == "countries"}
    return found


def is_place(line: str, vocab: Vocabulary) -> bool:
    """`Vientiane, Lao PDR`, `Tokyo`: a line naming only places (cities and countries the
    vocabulary knows, joined by commas), no publisher."""
    return all(part.strip() in vocab.place_names for part in line.split(","))


def home_countries(source_ids: list[str], vocab: Vocabulary) -> set[str]:
    """The countries of the news outlets a document comes from (organisations.yml `country`)."""
    orgs = vocab.organisations
    return {str(org["country"]) for i in source_ids if (org := orgs.get(i) or {}).get("kind") == "media"
            and org.get("country")}


# A wire's credit closing its story's last paragraph after the last sentence ("... is expected to be
# completed in 2026. (PNA)", "... he said. (Kyodo)")
_CLOSING_CREDIT = re.compile(r"[.!?][\"”’]?\s+\((?P<agency>[A-Z][\w&.' -]{1,30})\)$")


def _wire_source(name: str, vocab: Any) -> tuple[str | None, list[str]]:
    """(display source, ids) of a credit that names a news outlet the vocabulary knows (no other
    body: "(JICA)" after a sentence is no wire's)."""
    source, ids = outlet_source(name, vocab)
    return (source, ids) if ids and (vocab.organisations[ids[0]] or {}).get("kind") == "media" else (None, [])


def _without_job(byline: str) -> str:
    """A byline's name without the writer's job after its comma ("Caleb Fotheringham, RNZ Pacific
    Journalist") or a post's degree of connection ("Hiroshi Tanaka • 2nd") or the marks of the note
    on the writers' posts ("Kei Nakamura and Sarah Lim*"), or the byline as it is."""
    # (a post's writer with the degree of connection after the name: "Hiroshi Tanaka • 2nd")
    byline = load_rules().post_name_degree.sub("", byline)
    byline = AUTHOR_MARKS.sub("", byline) if "*" in byline or "†" in byline or "‡" in byline else byline
    name, _, job = byline.partition(", ")
    return name if job and load_rules().byline_role.fullmatch(job) else byline


# Words a dateline may set before its date: a label, a release's kind ("Press Release", "News Release")
_DATE_LABEL_MAX_WORDS = 3
_LABEL_END = ",:：|/-–— "


def dateline_label(dateline: str | None) -> str | None:
    """The words before the date of a dateline ("Press Release 13 May 2024" -> "Press Release",
    "PRESS RELEASE, 13 May 2024" -> "PRESS RELEASE"): the shortest opening words whose rest is a
    date alone, no label and no place before it (furniture.yml `dateline`); None for a bare date or
    a line of any other shape."""
    if not dateline or not dateline[:1].isalpha() or not parse_dateline(dateline):
        return None
    words, shape = dateline.split(), load_rules().dateline
    for k in range(1, min(_DATE_LABEL_MAX_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[k:]).lstrip(_LABEL_END)
        if rest[:1].isalnum() and (m := shape.fullmatch(rest)) and not m.group("label"):
            return " ".join(words[:k]).rstrip(_LABEL_END) or None
    return None


# A paper's authors' line stands among its first paragraphs (its journal's and its DOI's lines over it)
_AUTHORS_WITHIN = 8
# The marks after an author's name that point to the affiliation (a figure raised) or to the
# corresponding author (a star, a dagger)
_AFFILIATION_MARKS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]+")
_MARK_CHARS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹*†‡")


def marked_authors(texts: list[str]) -> str | None:
    """The names of a paper's authors' line whose names carry the marks of their affiliations
    ("Somsak Wongsuwan¹, Aiko Nakamura², Pham Minh Duc³"; the marks may be gone from the plain text
    when they became links), the paragraph under it an affiliation opened by such a mark ("¹King
    Mongkut's Institute ..."), as a byline joins names; None for paragraphs of any other shape."""
    for text, below in zip(texts, texts[1:]):
        if below[:1] not in _MARK_CHARS or len(text) > 200:
            continue
        line = " ".join(_AFFILIATION_MARKS.sub("", text).split()).strip(" ,")
        # (one name alone only with its mark, on it or opening the affiliation under it: "Dewi Lestari¹")
        if bare_names(line) and (len(split_names(line)) > 1 or line != text.strip() or below[:1] == "¹"):
            return line
        if (joined := _comma_names(line)) is not None:
            return joined
    return None


def _comma_names(byline: str) -> str | None:
    """Writers' bare names joined by commas alone ("Hiroshi Nakamura, Dewi Lestari"), joined again
    as a byline joins them ("Hiroshi Nakamura and Dewi Lestari"); None for a line of another shape."""
    names = split_names(byline)
    if not 2 <= len(names) <= 8 or not all(bare_names(n) for n in names):
        return None
    return f"{', '.join(names[:-1])} and {names[-1]}"


# A diplomatic mission's name: the country that sends it, then the one it serves in ("Embassy of
# Japan in Jamaica", "Consulate-General of Japan in Ho Chi Minh City", "Permanent Mission of Japan to ASEAN")
_MISSION = re.compile(r"(?:the\s+)?(?:embassy|consulate(?:-general)?|(?:permanent\s+)?mission|high\s+commission)"
                      r"\s+of\s+.{2,60}?\s+(?:in|to)\s+(?P<host>.{2,80})", re.IGNORECASE)


def mission_hosts(source: str | None, vocab: Vocabulary) -> set[str]:
    """The countries a mission publishing a document serves in, as its name says ("Embassy of Japan
    in Jamaica": Jamaica): what its releases are about, as a country's own outlet writes of it."""
    m = _MISSION.fullmatch(source.strip()) if source and len(source) <= 160 else None
    return {h.id for h in find_entities(m.group("host"), vocab) if h.kind == "countries"} if m else set()


def is_masthead(title: str, source: str | None, source_ids: list[str], vocab: Vocabulary) -> bool:
    """Whether a title line only names the publisher: the source found elsewhere (a byline's
    outlet, the copyright notice at the page's foot) or an outlet the vocabulary knows."""
    key = norm_key(title)
    if source and key in {norm_key(name) for name in source.split(" / ")}:
        return True
    ident = find_org(org_keys(vocab), title)
    # (or the publisher's name alone over its book's title: "ASEAN-Japan Centre" over "ASEAN-Japan
    # Statistical Data Book 2023", the source its name written out)
    return bool(ident) and ((vocab.organisations.get(ident) or {}).get("kind") == "media" or ident in source_ids)


# The date a sheet's title says its figures are of: "(as of March 2025)", "(As of 1 April 2024)".
_AS_OF = re.compile(r"\(\s*as of\s+(?P<date>[^()]{4,30}?)\s*\)", re.IGNORECASE)


def unwrapped(lines: Iterable[str]) -> list[str]:
    """Source lines with a credit's label wrapped before its name joined again ("... Additional
    reporting by" / "Francesca Landini; Editing by ...", lifted a line each as written): the second
    line names people, no publisher."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith(" by") and line[:1].isupper():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def extract_metadata(seed: Seed, cleaned: Cleaned, vocab: Vocabulary) -> dict[str, Any]:
    """Fields found in the text; the contributor's overrides are merged later and win."""
    texts = body_texts(seed, cleaned)
    heads = headings(cleaned.body)
    title, subtitle = (cleaned.title or "").strip(), (cleaned.subtitle or "").strip()
    # the seed's lines as cleaning read them, its character references decoded ("Japan&#8217;s")
    text = decode_references(seed.text)
    series = (cleaned.series or "").strip() or find_series(text, vocab)
    if series and series == title and subtitle and not is_source_line(subtitle, vocab):
        # "White Paper on Development Cooperation 2022" over "Chapter 2 Section 3 Africa": the
        # first line names the book (the series), the line under it is this document's title
        title, subtitle = subtitle, ""
    if subtitle and is_menu(title):  # "English | 日本語 | Español" over the headline: a language switcher
        title, subtitle = subtitle, ""
    if subtitle and not series and _quoted_name(title, subtitle):
        # "Ex-Post Evaluation of Japanese ODA Loan Project" over "\"Jabodetabek Railway Capacity
        # Enhancement Project (I)\"": the project in quotes names the page, the kind of sheet is its series
        series, title, subtitle = title, without_enclosing_quotes(subtitle), ""
    # a whole paragraph is no title line: it is the lede (a title in capitals may run longer: see headline_like)
    if len(title.split()) > load_rules().headline_max_words and not in_capitals(title):
        if title not in texts:
            texts.insert(0, title)
        title = ""
    meta: dict[str, Any] = {}
    noted = notes_over_header(cleaned)  # (an editor's note over the byline: no lede, no summary)
    not_prose = set(heads) | captions(cleaned) | noted
    if not title:
        title = heading_title(texts, heads, not_prose - set(heads))
        heads = [h for h in heads if h != title]  # (weighed once, as the title)
    if title:
        meta["title"] = title
    else:
        meta["title"], meta["title_from"] = lede_title(texts, not_prose) or seed.stem, "lede"
        said = meta["title"]  # (as the text says it: the summary goes on after it)
        if cleaned.post_age and texts and texts[0] == meta["title"] and meta["title"].endswith(".") and \
                not meta["title"].endswith(".."):
            # a post's opening sentence, a paragraph of its own, heads it as a headline would: no stop
            # (a story's lede sentence as its title keeps its stop; it is the text's own sentence)
            meta["title"] = meta["title"][:-1]
    if subtitle:
        meta["subtitle"] = subtitle

    # "JAKARTA, Feb 3 (Reuters) - ": the lede's dateline, also under a timestamp line left in the body
    lead = lede(texts, set(heads) | noted)
    opening = lede_dateline(lead, load_rules()) if texts else None
    # (a metadata line of fields, "Posted: 2024-05-02 | Source: ...", is the dateline too; an
    # outlet's name with the date beside it, "Embassy of Japan in Cambodia | 2024.05.02", a source line)
    found = dateline_date(cleaned.dateline) or \
        (None if cleaned.dateline else source_line_date(cleaned.source_lines) or find_dateline(text, skip=frozenset(cleaned.menu)) or
         labelled_paragraph_date(texts)) or \
        (parse_dateline(opening.group("date")) if opening and opening.group("date") else None) or \
        signed_date(texts) or generated_date(text, load_rules().generated_label) or closing_date(texts) or \
        source_note_date(texts) or published_in_date(texts)
    if not found and (edition := load_rules().edition_title.fullmatch(title) or
                      (subtitle and load_rules().edition_title.fullmatch(subtitle))):
        # "ODA Country Data Book 2023" (under its publisher's name or not), no date in its text: the edition's year
        found = FoundDate(edition.group("year"), "year", edition.group(0))
    if not found and load_rules().newsletter_name.fullmatch(title):
        # "Embassy Newsletter – October 2024 (Vol. 58)", no date in its text: the issue's date
        found = issue_title_date(title)
    if not found and (as_of := _AS_OF.search(f"{title} {subtitle or ''}")):
        # "Japan's ODA to the Lao PDR: Key Figures (as of March 2025)", no date in its text: the date its data are of
        found = parse_dateline(as_of.group("date"))
    if found and found.precision != "day" and texts:
        # "2024" (or "November 2024") as the page's publication date, "Vientiane, November 22 (KPL)"
        # over the story: the day and month the wire's dateline gives, in that year
        found = with_yearless_dateline(found, texts[:4], load_rules())
    if found:
        found = with_text_order(found, seed.text)  # "12/03/2024" under a page that writes "25/03/2024"
        found = with_lede_day(found, texts[:4])  # "04/06/2026" over "... on Thursday (Jun. 4) ..."
        meta["date"], meta["date_precision"] = found.value, found.precision

    # the sources and the writer the dateline's fields name ("... | Source: Embassy of Japan in Cambodia")
    fields = header_parts(cleaned.dateline) or HeaderParts()
    # (a place's name bare beside the date, "Phnom Penh | 2 May 2024", is where, not who wrote it)
    fields = fields._replace(bylines=tuple(b for b in fields.bylines if not is_place(b[3:], vocab)))
    # (a second date under the first, "Updated ..." over "Published ...", names no publisher)
    # (nor does a place over the date, "Vientiane, Lao PDR" / "September 22, 2024": where it was said)
    # (a body's name beside its translation, "JICA Vietnam Office | Văn phòng JICA Việt Nam", is read in English)
    # (a print edition's note lifted as the last source line, "Published in Khmer Times, March 12th,
    # 2024", names its periodical: the note's other words name no publisher)
    named = [published_in_periodical([line], 1) or bilingual_half(line) or line for line in unwrapped(cleaned.source_lines)
             if not is_dateline(line, load_rules()) and not is_place(line, vocab)]
    lines = [*fields.sources, *fields.bylines, *named] or find_source_lines(text, vocab)
    source, source_ids = source_of(lines, vocab)
    if source and not source_ids and cleaned.menu and (masthead := outlet_source(cleaned.menu[0], vocab))[0]:
        # a section's name under the site's menu ("Business Short News": "news" makes it read as an
        # outlet's), naming no body the vocabulary knows, over the masthead atop that menu ("JETRO"),
        # which it does: the site's section, the masthead its publisher
        source, source_ids = masthead
    if not source and opening and (agency := opening.group("agency") or opening.group("slashed")):
        source, source_ids = outlet_source(agency, vocab)  # "TOKYO, March 3 (Kyodo) — ": the wire
    if not source and texts and texts[-1][-1:] == ")" and (credit := _CLOSING_CREDIT.search(texts[-1])):
        source, source_ids = _wire_source(credit.group("agency"), vocab)  # "... (JICA). (PNA)": the wire
    if not source and cleaned.post_age:  # "LinkedIn" over a post's writer and age: the network
        source, source_ids = platform_source(text.split("\n", 12)[:12], vocab)
    if not source and cleaned.accounts:  # "JICA Channel" over "48.2K subscribers": the video's channel
        source, source_ids = source_of(cleaned.accounts[:1], vocab)
        source = source or cleaned.accounts[0]
    if not source:  # the site's name over its menu, when the vocabulary knows it as an outlet ("Bangkok Post")
        source, source_ids = next((found for line in cleaned.menu[:3] if (found := outlet_source(line, vocab))[0]),
                                  (None, []))
    if not source and cleaned.menu and (owner := load_rules().local_government_site.fullmatch(cleaned.menu[0])):
        # "Fukuoka City Official Website" over the menu: the city's page
        source, source_ids = source_of([owner.group("name")], vocab)
    if not source and cleaned.series:  # "Economic Affairs Division Annual Report 2024-25": its publisher
        source, source_ids = series_publisher(cleaned.series, vocab)
    if not source and (periodical := published_in_periodical(texts)):  # "Published in Dawn, March 12th, 2024"
        source, source_ids = source_of([periodical], vocab)
    if not source:  # "© 2025 Pan-African Business Review. All rights reserved." at the page's foot
        foot = [ln for ln in text.split("\n")[-FOOT_LINES:] if ln.strip()]
        source, source_ids = copyright_source([*cleaned.removed, *foot], vocab)
    if source:
        meta["source"] = source
    if title and subtitle and is_masthead(title, source, source_ids, vocab):
        # "Pan-African Business Review" over its headline: the outlet's name is no title (and the
        # source, when nothing else named one: "East Asia Forum" over "Author: Kei Koga, NTU"; or
        # when what did is no publisher the vocabulary knows: "The Mainichi" over its motto,
        # "Japan's National Daily Since 1922")
        if not source_ids and (outlet := outlet_source(title, vocab))[0]:
            source, source_ids = outlet
            meta["source"] = source
        title, subtitle = subtitle, ""
        meta["title"] = title
        meta.pop("subtitle", None)
    elif title and is_masthead(title, source, source_ids, vocab) and \
            (headline := heading_title(texts, heads, not_prose - set(heads))):
        # "The Diplomat" alone over the story, its headline set as the first heading: the headline
        title = meta["title"] = headline
        heads = [h for h in heads if h != headline]
    elif title and not subtitle and is_masthead(title, source, source_ids, vocab) and \
            (headline := title_case_line(texts, not_prose)):
        # "Ministry of Foreign Affairs of the Republic of Indonesia" over "Transcript of the Weekly
        # Press Briefing", the spokesperson and the date under it in its block: the event it records
        # (a line of the text, which keeps it: the title is the text's, as a lede's sentence is)
        title = meta["title"] = headline
        meta["title_from"], said = "lede", headline
    named = named_title(title, texts)
    if named and not series:
        # "Ex-Post Evaluation of Japanese ODA Grant Aid Project" over "Project Name: The Project for ...":
        # the project names the page; the kind of sheet is its series
        series, title = title, named
        meta["title"] = title
    if series and series != title and source and norm_key(series) in {norm_key(s) for s in source.split(" / ")}:
        # the source line names a series: its publisher's name opening it ("ERIA Policy Brief" / "No.
        # 2026-07, November 2026") is the source; else the line is a publisher's name over its page's
        # kind and the headline ("United Nations Development Programme" / "Press releases"), no series
        publisher = resolve_source_line(series.split(" ", 1)[0], vocab) if " " in series else []
        if len(publisher) == 1 and publisher[0][0]:
            source, source_ids = publisher[0][1], [publisher[0][0]]
            meta["source"] = source
        else:
            series = ""
    if series and series != title:
        meta["series"] = series

    # (a site's menu over the headline is no label of the page's own: "Opinion" among its sections;
    # nor are the headlines of other pages under "Related Articles": "Editorial: Watch the debt ...")
    others = [*cleaned.menu, *cleaned.related]
    type_cues = " ".join([title, subtitle, *texts[:2], *without(cleaned.removed, others)])  # "Press Releases" too
    # (the kind labels among a metadata line's fields, "2 May 2024 | Press Release", read as lines of their own)
    kinds = [*fields.kinds, *(k for line in cleaned.source_lines for k in (header_parts(line) or HeaderParts()).kinds)]
    # (and the words before the date on the dateline, "Press Release 13 May 2024", read as a line of their own)
    kinds += [label] if (label := dateline_label(cleaned.dateline)) else []
    kind = document_type(vocab, series, type_cues, source_ids, found is not None,
                         [*without(text.split("\n"), others, strip=True), *kinds],
                         lines, cleaned.removed, title)
    meta["type"] = kind
    if (item := record_item(title, texts, vocab.document_types.get(kind) or {})) and not series:
        # "DAILY HANSARD": the record's name is its series, its one question's head the title (a
        # line of the text, which keeps it, as a lede's sentence is)
        series, title = title, item
        meta["title"], meta["series"] = title, series
        meta["title_from"], said = "lede", item
    meta["type_name"] = str((vocab.document_types.get(kind) or {}).get("name") or kind)
    if not source and kind == "procurement-notice" and (issuer := notice_issuer(texts, vocab))[0]:
        # "The Asian Development Bank (ADB) is providing ..." opening a notice that names no publisher
        source, source_ids = issuer
        meta["source"] = source

    body = list(texts)
    words = terms.word_count(body)
    # a title taken from the lede is body text, not a headline: it weighs as body
    parts = terms.Parts(head=tuple(x for x in (title, subtitle) if x), headings=tuple(heads),
                        body=tuple(body), words=words)
    head_hits, body_hits = terms.entity_hits(parts, vocab)
    # ("the Ministry of Finance" of a PTI story, "India's Ministry of Finance": no Japanese ministry)
    head_hits = terms.without_foreign_generics(head_hits, parts.head_text, vocab, source_ids)
    body_hits = terms.without_imprints(terms.without_time_zones(
        terms.without_foreign_generics(body_hits, parts.body_text, vocab, source_ids), parts.body_text), parts.body_text)
    # ("Italian-Thai Development Public Company Limited", "Hitachi Zosen Corporation": the company's
    # name, no mention of Italy, Thailand or Hitachi)
    forms = terms.forms_of(vocab)
    head_hits = terms.without_inner_names(head_hits, parts.head_text, forms)
    body_hits = terms.without_inner_names(body_hits, parts.body_text, forms)
    acronyms = find_acronyms("\n".join([*parts.head, *body]), vocab.matchers.expansions)
    # a news story says in its lede (or headings) who it is about; other types spread it over sections
    opening = terms.opening_ids(parts, body_hits, lead) \
        if (vocab.document_types.get(kind) or {}).get("lede_focus") else None
    if opening is not None:
        # a country's own outlet need not name it in the lede ("the Prime Minister" of a Samoa
        # Observer story is Samoa's): its country, said about often enough, may be the focus too
        opening |= home_countries(source_ids, vocab)
        # (so does an embassy's release, its host country named in the lede or not)
        opening |= mission_hosts(source, vocab)
    declared = declared_countries(texts, vocab)
    for key in ("countries", "regions"):
        entries = terms.places(key, head_hits, body_hits, vocab, opening=opening,
                               declared=declared if key == "countries" else None)
        if entries:
            meta[key] = entries
    if meta.get("regions") and meta.get("countries"):
        named = None if opening is None else opening | {h.id for h in head_hits}
        meta["regions"] = terms.focus_by_members(meta["regions"], meta["countries"], vocab, named)
    # (a short form several countries' currencies share, "Sh50 billion", is read as the document's country's)
    amounts = find_amounts(normalise("\n".join(body)), countries=[str(c["code"]) for c in meta.get("countries") or ()])
    topics = terms.topics(parts, vocab, len(amounts))
    if topics:
        meta["topics"] = topics
    # ("NEC" in a text that defines it as its "National Economic Council": not the company)
    defined = {a["abbr"]: a["expansion"] for a in acronyms}
    about = {c["code"] for c in meta.get("countries") or () if c.get("focus")}
    head_hits, body_hits = (terms.without_ambiguous_forms(hits, vocab, defined, about)
                            for hits in (head_hits, body_hits))
    orgs = terms.organisations(parts, head_hits, body_hits, vocab, acronyms, source_ids)
    if orgs:
        meta["organisations"] = orgs
    names = {h.text for h in [*head_hits, *body_hits]}
    # (the source's own names are no writer's: "by DAILY SABAH WITH AA" credits the outlet)
    names.update(form for ident in source_ids for org in [vocab.organisations.get(ident) or {}]
                 for form in (org.get("name"), org.get("full_name"), *(org.get("aliases") or ()),
                              *(org.get("source_aliases") or ())) if form)
    # the byline and source lines cleaning lifted off the body name writers ("By: ..."); the
    # head: "Speech by Prime Minister ..."
    # (a bare name over the date, "Osmond Chia" / "Tech Correspondent", is read as the byline it is)
    # (the writer's job under the name, "Tech Correspondent", "JICA Expert | Urban Development", names no one)
    # ("Caleb Fotheringham, RNZ Pacific Journalist", a writer's card: the name before the job)
    bylines = [*fields.bylines, *(f"by {t}" for t in map(_without_job, cleaned.bylines) if bare_names(t))]
    # ("Hiroshi Nakamura, Dewi Lestari": authors joined by commas alone, as a journal lists them, read
    # as the byline joined by "and" they are)
    # ("Yuki Sato¹*, Maria Clara Reyes², and Tran Van Minh³" over "¹ Graduate School of ...": a paper's
    # authors, their affiliations marked under them, kept in the text as written; the names are its byline)
    marked = marked_authors([p.text for p in cleaned.paragraphs[:_AUTHORS_WITHIN]])
    bylines += [f"by {marked}"] if marked and not any(is_place(n, vocab) for n in split_names(marked)) else []
    # (places so joined, "Phnom Penh, Siem Reap", are no writers)
    bylines += [f"by {joined}" for t in cleaned.bylines if not bare_names(t) and (joined := _comma_names(t)) and
                not any(is_place(n, vocab) for n in split_names(t))]
    # ("By Jane Kumar" lifted with the city the story was filed from: a byline as written)
    bylines += [t for t in cleaned.bylines if is_byline(t) and not is_glued_name(t.strip())]
    if source:
        # "Dio Suhenda (The Jakarta Post)" over the date: the writer, and the outlet the source is
        bylines += [f"by {m.group('name')}" for line in cleaned.source_lines
                    if line.endswith(")") and (m := _WRITER_OF.fullmatch(line)) and m.group("outlet") == source]
        # "Ry Sochan / Khmer Times", "Dian Septiari, The Jakarta Post": the writer's bare name beside
        # the outlet the source is, no "By" before it
        bylines += [f"by {m.group('name')}" for line in cleaned.source_lines
                    if ("/" in line or "," in line) and (m := _WRITER_BESIDE.fullmatch(line)) and
                    bare_names(m.group("name")) and source_of([m.group("outlet")], vocab)[0] == source]
    # ("YUSUKE NAKAJIMA, Nikkei staff writer": the writers before the comma, the outlet after it)
    bylines += [f"by {line.split(',', 1)[0]}" for line in cleaned.source_lines
                if "," in line and load_rules().staff_byline.fullmatch(line.strip())]
    # ("B.Saruul" under the text: the writer's name with its initial glued, the story's byline)
    bylines += [f"by {line}" for line in cleaned.source_lines if is_glued_name(line)]
    # ("May 13, 2024 | By Phonsavanh Vongsay | Vientiane Times", read as the outlet's line: its writer too)
    bylines += [b for line in cleaned.source_lines if "|" in line and line != cleaned.dateline
                for b in (header_parts(line) or HeaderParts()).bylines if not is_place(b[3:], vocab)]
    people = find_people("\n".join([*bylines, *cleaned.source_lines, *parts.head, *body]), not_names=names)
    if people:
        meta["people"] = people
        # ("... Community Astana Ahmad Khusairi at the launch": a name opening with a city's word is
        # no mention of that city's country)
        kept = terms.without_names(body_hits, parts.body_text, [p["name"] for p in people])
        if len(kept) < len(body_hits):
            entries = terms.places("countries", head_hits, kept, vocab, opening=opening, declared=declared)
            if entries:
                meta["countries"] = entries
            else:
                meta.pop("countries", None)
    if amounts:
        meta["amounts"] = amounts
    if acronyms:
        meta["acronyms"] = acronyms
    # (a review's first paragraph, the book's citation its title was read from, "Building the
    # Mekong: ... 1992-2022. By Naoko Shimada. Singapore: ...", says nothing of the review's own)
    cited = {t for t in texts[:3] if title and t.startswith((f"{title}. By ", f"{title}. Edited by "))}
    if cited and "title_from" not in meta:
        # (the title is the opening words of that paragraph, which the text keeps: read from the text)
        meta["title_from"], said = "lede", title
    summary = summary_of(texts, not_prose | cited, "" if "title_from" not in meta else said)
    if summary:
        meta["summary"] = summary
    meta["title"] = without_enclosing_quotes(without_trailing_emoji(meta["title"]))
    meta["words"] = words
    meta["reading_time"] = terms.reading_minutes(words)
    meta["seed"] = seed.path
    meta["sha256"] = seed.sha256
    return meta
