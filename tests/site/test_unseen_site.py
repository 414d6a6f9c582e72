"""Every unseen fixture (tests/fixtures/unseen/*.txt) built as a site, next to the five real seeds.

The fixtures are documents of shapes the seeds do not have (speeches, FAQs, tables, Japanese,
footnotes in several styles, news pages with photo credits, reports). The unit tests check what
cleaning and extraction make of them; these tests check what a reader gets: one strict MkDocs
build of all of them (`unseen_build` in tests/conftest.py), then, on the built HTML, that no word
is lost or invented, no markup of a source becomes HTML, every link and anchor resolves, each
page's structure is sound and each document is listed on its countries' and topics' pages.

The fidelity account is the one of test_fidelity.py, made general for these shapes: from the
source we take away only what the pipeline records as taken away (Cleaned.removed, checked here
to be furniture by furniture.yml's own rules) and the lines lifted into metadata; markers that
become structure (list numbers and bullets at a line's start, footnote markers glued to a word)
may go; a word hyphenated across a line break may be mended; a footnote's text may move to the
page's notes. Everything else must be on the page in order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import UNSEEN, unseen_seeds
from test_fidelity import Node, lifted_lines, parse_html
from test_links import PageLinks, broken_links, resolve

from atlas.clean import BODY_CLASS, clean_text
from atlas.clean_blocks import FURNITURE_MAX_CHARS, LINK_MAX_CHARS, bilingual_half, decode_references, is_dateline
from atlas.clean_rules import SENTENCE_END, line_end, load_furniture_data, load_rules
from atlas.pipeline import build_corpus
from atlas.read import read_seed
from atlas.taxonomy import build_taxonomy
from atlas.vocab import load_vocabulary

# --- the build and what it holds ------------------------------------------------------------------

NAMES = sorted(unseen_seeds())  # seed file names: the real seeds, then every fixture

# (test, seed file name) -> the bug it shows, for bugs in code this test's authors may not change
# (cleaning, extraction): the test is an expected failure until the bug is fixed, then it fails
# as "XPASS(strict)" and the entry must go.
KNOWN_BUGS: dict[tuple[str, str], str] = {}


def per_document(test: str) -> pytest.MarkDecorator:
    """Parametrise a test by seed file name, with the known bugs of that test as strict xfails."""
    params = [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[test, name]))
              if (test, name) in KNOWN_BUGS else name for name in NAMES]
    return pytest.mark.parametrize("name", params)


@dataclass
class Built:
    project: Path
    site: Path
    corpus: object  # atlas.model.Corpus of the copy's seeds
    tax: object  # atlas.taxonomy.Taxonomy

    def html(self, doc) -> str:
        return (self.site / doc.url / "index.html").read_text(encoding="utf-8")

    def doc(self, name: str):
        found = [d for d in self.corpus.documents if d.seed.path == f"seeds/{name}"]
        assert found, f"{name} did not become a document"
        return found[0]


@pytest.fixture(scope="module")
def built(unseen_build) -> Built:
    project, site, result = unseen_build
    if result.returncode != 0:
        pytest.fail(f"the strict build of the unseen fixtures failed:\n{result.stderr[-4000:]}", pytrace=False)
    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    return Built(project, site, corpus, build_taxonomy(corpus))


def fixture_docs(built: Built) -> list:
    return [d for d in built.corpus.documents if (UNSEEN / d.seed.path.rsplit("/", 1)[-1]).is_file()]


def test_strict_build_passes_without_warnings(unseen_build, built):
    _, _, result = unseen_build
    noisy = [line for line in result.stderr.splitlines() if re.match(r"\s*(WARNING|ERROR)\b", line)]
    assert not noisy, "\n".join(noisy)
    assert not [p.format() for p in built.corpus.problems if p.severity != "info"]
    names = {d.seed.path.rsplit("/", 1)[-1] for d in built.corpus.documents}
    assert names >= {p.name for p in UNSEEN.glob("*.txt")}, "a fixture did not become a document"
    assert not built.corpus.rejected


# --- fidelity -----------------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+")
# Scripts written without spaces between words: hard-wrapped lines are joined with nothing
# between them, so their words are compared character by character.
NO_SPACE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf"
                      r"\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote marker glued to the word or punctuation before it: `visionNote 1`, `Statement*1`,
# `selected[3]` (or `policy [1]`, one space before it, as cleaning reads it too; or several sources
# cited at once, `firms [3, 4]`, `delayed [5–7]`), `word※2`, `word¹`. It
# becomes a footnote reference (or stays, when its note is
# missing): either way the word before it is a word of its own.
GLUED_NOTE = re.compile(rf"(?<=\S)(?:Note ?\d+|\*\d+|※\d*|\s?\[\d+(?:(?:,\s?|\s?[-–]\s?)\d+)*\]|[{SUPERSCRIPTS}]+)(?![^\W_])")
# In a text with a list of notes numbered with bare figures, a figure glued after a word's stop or
# comma, or after a closing bracket or quote ("(Kearney, 2023).1", "Japan,5", "(AETI)6"), or glued to a
# word of small letters, a stop or a comma after it or not ("survey1 showing", "Project1,"): a note's link;
# so is one after a year's stop with a capital after it ("by 2040.1 At the same time")
GLUED_FIGURE = re.compile(r"(?:(?<=[a-z]{3}[.,])|(?<=[)\]”\"’]\.)|(?<=[)\]”\"’])|(?<=[a-z]{3}))\d{1,2}"
                          r"(?=\s|$|(?<=[a-z]{3}\d)[,.;:]|(?<=[a-z]{3}\d\d)[,.;:])"
                          r"|(?<=\b(?:19|20)\d\d\.)\d{1,2}(?=\s[A-Z])")
_STRUCTURE = load_furniture_data()["structure"]
# Bullets: those furniture.yml lists (Word's private-use glyphs too), and heading glyphs a list may use
BULLETS = frozenset("•-–—*・●■◆◇□○▪►" + _STRUCTURE["bullet_glyphs"] + _STRUCTURE["tight_bullet_glyphs"])
# A list number or bullet at the start of a line (`1.`, `(2)`, `a)`, `iii.`, `①`, `１．`, `•`, `- •`)
LIST_MARK = re.compile(r"^\s*(?:(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4}|[０-９]{1,3})[.)．）]"
                       rf"|[①-⑳]|[{re.escape(''.join(sorted(BULLETS)))}])\s*)+")
# A Word document's second-level bullet (`o` and a space): a marker only under a bulleted item of
# its block, as cleaning reads it (clean_blocks.parse_list); elsewhere `o` is a word.
SUB_BULLET = re.compile(rf"{re.escape(_STRUCTURE['sub_bullet'])}(?=\s)")


def tokens(text: str) -> list[str]:
    """Words of a text; a word of a script without spaces is one token per character."""
    text = re.sub(rf"(?<=\S)(?=Note ?\d|[{SUPERSCRIPTS}])", " ", text)
    out = []
    for word in WORD.findall(text):
        if NO_SPACE.search(word):
            out += re.findall(rf"{NO_SPACE.pattern}|[^\W_]+?(?={NO_SPACE.pattern}|$)", word)
        else:
            out.append(word)
    return out


def _squash(text: str) -> str:
    return " ".join(text.split())


def _removal_is_furniture(item: str, under_links: bool, text: str, data: dict) -> bool:
    """Removed by a rule of furniture.yml: a furniture line, a kind label of the header, a caption
    placeholder, a title's section number, a link under a `Related articles` line (`under_links`),
    a page's closing link (`Back to ...`) or the head of its closing links (`Related`), a row of
    buttons apart by wide gaps each of which is furniture (`Download PDF    Cite this article`),
    or the print layout of a PDF (a page number, a running header or footer repeated on the pages)."""
    rules = load_rules()
    # (a link run into its label, "Also Read: ...", and a cookie notice are furniture up to 300 characters)
    long = data["long_furniture"]
    if len(item) <= long["max_chars"] and any(re.fullmatch(p, item, re.I) for p in long["lines"]):
        return True
    # (a news agency's description of its services, longer: "BERNAMA provides ... news ... via BERNAMA Wires; ...")
    if len(item) <= long["self_description_max_chars"] and any(re.fullmatch(p, item) for p in long["self_descriptions"]):
        return True
    if _closing_tags(item, rules):
        return True
    # (a kind label beside its translation, "PRESS RELEASE / THÔNG CÁO BÁO CHÍ", is a kind label)
    half = bilingual_half(item) if "/" in item or "|" in item else None
    if under_links or rules.furniture.fullmatch(item) or rules.kind_label.fullmatch(item) or _kind_path(item, rules) or \
            (half is not None and rules.kind_label.fullmatch(half)) \
            or re.fullmatch(r"\(\d+\)", item) or re.fullmatch(data["caption"]["placeholder"], item, re.I) \
            or rules.closing_link.fullmatch(item) or rules.closing_section.fullmatch(item.rstrip(": ")):
        return True
    # (a notice wrapped over two lines, "This policy brief is licensed under ..." / "International License
    # (CC BY-NC 4.0).": the two lines together are one, the first holding one of `wrap_cues`)
    squashed = [_squash(line) for line in text.split("\n")]
    for a, b in zip(squashed, squashed[1:]):
        if item in (a, b) and a and b and re.search(long["wrap_cues"], a, re.I) and \
                len(f"{a} {b}") <= long["max_chars"] and any(re.fullmatch(p, f"{a} {b}", re.I) for p in long["lines"]):
            return True
    rows = [re.split(r"\s{2,}", line.strip()) for line in text.split("\n") if _squash(line) == item]
    if any(len(cells) > 1 and all(rules.furniture_button.fullmatch(c) for c in cells) for cells in rows):
        return True
    # (or apart by bars, one of them a furniture line: "Download PDF | Cite | Share | Permissions")
    bars = item.split(" | ")
    if len(bars) > 2 and all(rules.furniture_button.fullmatch(c) for c in bars) and \
            any(rules.furniture.fullmatch(c) for c in bars):
        return True
    # (a site's footer links in a row apart by gaps: "About Us   Contact Us   Apps   Privacy Policy")
    footer = data["site_footer"]
    for cells in rows:
        items = sum(1 for c in cells if re.fullmatch(footer["items"], c, re.I))
        if len(cells) >= 3 and items >= 2 and items >= footer["min_share"] * len(cells) and \
                all(len(WORD.findall(c)) <= footer["max_words"] and c[-1:] not in ".!?" for c in cells):
            return True
    # (a site's menu in a row apart by gaps: "Home  World  Business  Markets  Tech  Politics", bars
    # between the items or not: "Latest  |  Japan  |  Asia ...")
    menu = data["site_menu"]
    for cells in ([c for c in row if c not in ("|", "/", "·", "•")] for row in rows):
        items = sum(1 for c in cells if re.fullmatch(menu["items"], c, re.I))
        if len(cells) >= 4 and (len(cells) >= 6 or cells[0].casefold().startswith("home")) and \
                items >= menu["min_share"] * len(cells) and \
                all(len(WORD.findall(c)) <= menu["max_words"] and c[-1:] not in ".,;:" for c in cells):
            return True
    # (... or copied with single spaces, five words or more, every one an item of one word: "Politics
    # Economy Society Regions World Sport")
    if len(item.split()) >= 5 and all(re.fullmatch(menu["items"], w, re.I) for w in item.split()):
        return True
    if re.fullmatch(rf"{data['page_layout']['page_number']}|\d{{1,4}}", item, re.I):
        return True
    total = data["page_layout"]["page_total"]
    keys = _running_keys(item, total)
    return sum(bool(keys & (_running_keys(_squash(line), total) | _edge_cells(line))) for line in text.split("\n")) >= 2 or \
        _facing_page(item, text)


def _edge_cells(line: str) -> set[str]:
    """The cells at the ends of a line of cells apart by wide gaps: a running head's book name and
    chapter name ("SPREP Annual Report 2025      Waste Management ..."), either a running line's words."""
    cells = re.split(r"\s{3,}", line.strip())
    return {cells[0], cells[-1]} if len(cells) > 1 else set()


def _kind_path(item: str, rules) -> bool:
    """A kind's label among the site's sections in the header's path ("COMMENTARY / WORLD", "Opinion /
    Asia Pacific"): one part a kind label (furniture.yml `kind_labels`), every other a word or two."""
    parts = re.split(r"\s+[/|>»›·]\s+", item)
    return len(item) <= 60 and len(parts) > 1 and any(rules.kind_label.fullmatch(p) for p in parts) and \
        all(rules.kind_label.fullmatch(p) or len(p.split()) <= 2 for p in parts)


def _closing_tags(item: str, rules) -> bool:
    """A page's tags in a row after a head of its closing links ("Topics: Disaster risk management,
    Climate change, Bangladesh", "Topics: Japan, CMAC, demining"): names apart by commas, most
    of them capitalised, no sentence's stop."""
    label, colon, rest = item.partition(":")
    items = [x.strip() for x in rest.split(",")]
    return bool(colon) and bool(rules.closing_section.fullmatch(label.strip())) and len(items) >= 2 and \
        2 * sum(x[:1].isupper() for x in items) > len(items) and \
        all(x[:1].isalnum() and not re.search(r"[.!?;]", x) for x in items)


def _facing_page(item: str, text: str) -> bool:
    """A book's running line whose words differ on facing pages ("Report ... No. 17  23" on a right
    page, "24  Digital Skills Cooperation ..." on the next, left one): the number closes one line and
    the next number opens the other, or the other way round ("1432  Oral Questions  5th Aug., 2025"
    on a left page, "5th Aug., 2025  Oral Questions  1433" on the right one: a parliament's record
    numbers its pages past a thousand; a year, 1900 to 2099, is no page)."""
    def page(m: re.Match | None) -> int | None:
        n = int(m.group(1)) if m else None
        return None if n is None or (n > 999 and 1900 <= n <= 2099) else n

    lead, trail = page(re.fullmatch(r"(\d{1,4})\s+\D.*", item)), page(re.fullmatch(r".*?\S\s+(\d{1,4})", item))
    lines = [_squash(line) for line in text.split("\n")]
    if trail is not None and any(re.fullmatch(rf"{trail + 1}\s+\D.*", line) for line in lines):
        return True
    if lead is not None and any(re.fullmatch(rf".*?\S\s+({lead - 1}|{lead + 1})", line) for line in lines):
        return True
    return trail is not None and any(re.fullmatch(rf"{trail - 1}\s+\D.*", line) for line in lines)


def _citation_line(line: str) -> bool:
    """A journal's citation over an article's title: its volume and pages, the journal's name before
    them or not ("Journal of ..., Vol. 14, No. 2 (2025), pp. 117–142"), or the article's DOI."""
    citation = load_rules().citation
    named = re.match(r"[A-Z][^,.:;!?\d]{2,80}?,\s+(?=vol(?:ume)?\.?\s*\d)", line, re.I)
    return bool(citation.fullmatch(line) or (named and citation.fullmatch(line, named.end())) or
                re.fullmatch(r"(?:doi\s?:\s?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+", line, re.I))


def _running_keys(line: str, total: str) -> set[str]:
    """What a running line says without its page number, printed on one side of it ("90  ICT4D Asia
    2024" on a left page, "ICT4D Asia 2024  91" on a right one: a year in the words stays), with the
    count of pages after the number or not (a slide's "JICA  3 / 12")."""
    keys = {line}
    for pattern in (rf"\d{{1,4}}(?:{total})?\s+(?P<key>.+)", rf"(?P<key>.+?)\s+\d{{1,4}}(?:{total})?"):
        m = re.fullmatch(pattern, line)
        if m:
            # (a bar between the number and the words: "46 | White Paper ...", "White Paper ... | 47")
            keys.add(m.group("key").strip(" |·•-—–"))
    # (a journal's running line names it with its volume and issue, "2 Journal of Asian Development
    # Studies 14(2)", where its citation on top spells them out: "Journal of ..., Vol. 14, No. 2 ...")
    keys.update(m.group("name") for key in list(keys)
                if (m := re.fullmatch(r"(?P<name>[^,]+?)(?:\s+\d{1,4}\s?\(\d{1,3}\)|,\s+vol(?:ume)?\.?\s*\d.*)", key, re.I)))
    return keys


def _site_block(block: list[str], data: dict) -> bool:
    """A block of the site's own lines (furniture.yml `site_menu`, `site_logo`), read off the
    source: a menu, one item a line, most lines its items once the furniture lines among them are
    set aside ("Home" / "India" / "World" / "Menu" / "Search"); or a portal's address over its
    motto ("gob.pe" / "Plataforma digital única del Estado Peruano")."""
    rules, menu = load_rules(), data["site_menu"]
    lines = [s for s in block if not rules.furniture.fullmatch(s)]
    if not lines:
        return False
    if re.fullmatch(data["site_logo"], lines[0], re.I) and len(lines) <= 2:
        return True
    return any(_menu_lines(lines[k:], menu) and all(s[-1:] != "." for s in lines[:k]) for k in range(3))


def _menu_lines(lines: list[str], menu: dict) -> bool:
    """Lines that are a site's menu, one item a line (under the site's name, one or two lines
    of it, when the menu shares their block: "The Japan News by The Yomiuri Shimbun" / "Politics")."""
    # (two items joined, "News & Features", as cleaning's `menu_item` reads them)
    item = rf"(?:{menu['items']})(?:\s?(?:&|and|/)\s?(?:{menu['items']}))?"
    items = sum(1 for s in lines if re.fullmatch(item, s, re.I))
    # (four lines or more opening on the site's home are its menu whatever its sections' names)
    return len(lines) >= menu["min_items"] and \
        (items >= menu["min_share"] * len(lines) or (len(lines) >= 4 and lines[0].casefold() == "home")) and \
        all(len(MENU_WORD.findall(s)) <= menu["max_words"] and s[-1:] not in ".,;:" for s in lines)


# a hyphenated compound is one word of a menu's item ("People-to-People Exchange" is two)
MENU_WORD = re.compile(r"[^\W_]+(?:[-‐–'’][^\W_]+)*")


def _newsletter_box(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a site's box offering its newsletter (furniture.yml `closing_blocks`: "Newsletter"
    / a pitch / "Get the Newsletter"): two to five lines, the newsletter's name first, its button last."""
    block, closing = _block_at(lines, i), data["closing_blocks"]
    return 2 <= len(block) <= 5 and bool(re.fullmatch(closing["newsletter_head"], block[0].rstrip(": "), re.I)) and \
        bool(re.fullmatch(closing["newsletter_button"], block[-1].rstrip("!.>» "), re.I))


def _over_menu(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a block of at most two lines (furniture lines set aside), none ending with a
    stop, right above a block that is a site's menu: the site's name and motto ("ReliefWeb" /
    "Informing humanitarians worldwide ..."). Over a menu in a row, the page's first block: its
    name, and its motto or today's date under it ("Borneo Bulletin" / "Brunei's Premier National
    Newspaper", "The New Times | Rwanda's Leading Daily" / "Wednesday, May 13, 2026")."""
    rules = load_rules()
    block = [s for s in _block_at(lines, i) if not rules.furniture.fullmatch(s)]
    below = _block_after(lines, i)
    first = _first_line(lines)
    in_first_block = 0 <= first <= i and all(lines[first:i + 1])
    return 0 < len(block) <= 2 and all(s[-1:] != "." for s in block) and bool(below) and (
        _site_block(below, data) or (in_first_block and len(below) == 1 and _menu_row_words(below[0], data)))


def _first_line(lines: list[str]) -> int:
    """Where the page's first line that is not blank stands."""
    return next((k for k, s in enumerate(lines) if s), -1)


def _stacked_fields(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a block of labels over their values (furniture.yml `stacked_fields`: "Format" /
    "News and Press Release" / "Posted" / "18 Sep 2024"): every other line a label, two pairs or
    more, a date among the values."""
    block = _block_at(lines, i)
    labels = data["stacked_fields"]["labels"]
    return len(block) >= 4 and len(block) % 2 == 0 and \
        all(re.fullmatch(labels, s, re.I) for s in block[::2]) and \
        any(re.search(r"\b(19|20)\d\d\b", s) for s in block[1::2])


def _author_card(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a count, a separator, a button (furniture.yml `author_card`) or a reading time
    (`header_fields` `note`) in a block of short lines holding a date ("Dewi Lestari" / "Follow" /
    "6 min read" / "·" / "Mar 3, 2025" / "124")."""
    card, block = data["author_card"], _block_at(lines, i)
    return all(len(s) <= 40 for s in block) and any(re.search(r"\b(19|20)\d\d\b", s) for s in block) and \
        any(re.fullmatch(pattern, lines[i], re.I)
            for pattern in (card["counts"], card["buttons"], data["header_fields"]["note"]))


def _social_post(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a social post's furniture (furniture.yml `social_post`): its age ("3w • Edited • 🌐"),
    its reactions' buttons a line each, a block of their own ("Like" / "Comment" / "Repost" /
    "Send"), or a comments' head right over a furniture line ("Comments" / "Leave a Reply")."""
    post = data["social_post"]
    if re.fullmatch(post["post_age"], lines[i], re.I):
        return True
    block = _block_at(lines, i)
    if len(block) >= post["min_buttons"] and all(re.fullmatch(post["buttons"], s, re.I) for s in block):
        return True
    return i + 1 < len(lines) and bool(re.fullmatch(post["comments_head"], lines[i], re.I)) and \
        bool(lines[i + 1]) and _removal_is_furniture(lines[i + 1], False, "", data)


def _vertical_path(lines: list[str], i: int) -> bool:
    """Line `i` in a section path copied down the page, a lone separator between each two items
    ("ASEAN Beat" / "|" / "Diplomacy" / "|" / "Southeast Asia"): three items or more, short."""
    block = _block_at(lines, i)
    return len(block) >= 5 and len(block) % 2 == 1 and all(s in ("|", "/", ">", "»", "›", "·", "•") for s in block[1::2]) \
        and all(len(s.split()) <= 3 for s in block[::2])


def _letterhead(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a body's address or its numbers on the letterhead over the headline, under the
    body's name in its block ("EMBASSY OF JAPAN IN JAMAICA" / "NLCB Building, 6th Floor, 60
    Knutsford Boulevard, Kingston 5, Jamaica" / "Tel: (876) 929-3338/9  |  Fax: (876) 968-1373"):
    the address's parts apart by commas, one a street and the last a country or a postcode; or
    every field of the line labelled as a number or an address."""
    block = _block_at(lines, i)
    if i > 12 or block[0] == lines[i]:
        return False
    item, closing = lines[i], data["closing_blocks"]
    parts = [p.strip() for p in item.split(",")]
    if len(parts) >= 3 and any(re.search(closing["street"], p, re.I) for p in parts) and \
            (re.search(closing["postcode"], item, re.I) or parts[-1].casefold() in load_rules().country_names):
        return True
    return all(re.fullmatch(r"(tel(ephone)?|phone|fax|e-?mail|web(site)?)\.?\s*:\s*\S[^|:]{2,60}", f.strip(), re.I)
               for f in item.split("|"))


def _channel_card(lines: list[str], i: int) -> bool:
    """Line `i` a channel's name over its count of subscribers ("JICA Channel" / "48.2K subscribers")."""
    return i + 1 < len(lines) and bool(re.fullmatch(r"[\d.,]+\s?[KMBkmb]? (subscribers|followers)", lines[i + 1]))


def _site_path_or_emblem(item: str, data: dict) -> bool:
    """A section path without "Home" ("News - Events > Foreign investment & ODA") or an emblem's
    words in lower case ("azadi ka amrit mahotsav"): furniture.yml `crumb_path` and `logo_text`,
    which cleaning takes only above the title."""
    # (or apart by slashes, three sections or more: "Development Partners / Bilateral Partners / Japan")
    parts = item.split(" / ")
    slashed = len(parts) >= 3 and not any(c.isdigit() for c in item) and \
        all(p[:1].isupper() and len(WORD.findall(p)) <= data["site_menu"]["max_words"] for p in parts)
    return bool(slashed or re.fullmatch(data["crumb_path"], item) or re.fullmatch(data["logo_text"], item))


def _button_row_of(raw: str, buttons: re.Pattern | None) -> bool:
    """A group's buttons in a row apart by gaps, under its head ("Accept all cookies     Manage settings")."""
    cells = re.split(r"\s{2,}|\t", raw.strip())
    return buttons is not None and len(cells) > 1 and all(buttons.fullmatch(c) for c in cells)


def _disclaimer(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a disclaimer of warranties over the page's information (furniture.yml
    `closing_blocks`: "... provided "as is" without warranty of any kind ..."), one paragraph
    ending with its stop, no line of text after it."""
    block, closing = _block_at(lines, i), data["closing_blocks"]
    text = " ".join(block)
    end = i
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    return text[-1:] == "." and bool(re.search(closing["warranty"], text, re.I)) and \
        bool(re.search(closing["subject"], text, re.I)) and not any(lines[end + 1:])


def _signoff(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` alone in its block, the initials of a release's writer and editor (furniture.yml
    `closing_blocks` `signoff`: "DK/DK"), which cleaning takes off the text's end; or over the
    page's tags in its block ("KT/MH" / "Topics: Japan, CMAC, demining"), each line then read alone."""
    block = _block_at(lines, i)
    others = [t for t in block if t != lines[i]]
    return bool(re.fullmatch(data["closing_blocks"]["signoff"], lines[i])) and \
        all(re.match(r"(tags?|topics?|keywords)\s?:", t, re.I) for t in others)


def _comment_box(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a comment box (furniture.yml `closing_blocks`): under a `comment_box_head` line
    ("Comments - 3", "Comments (2)", "Comment's Title", a blog's "3 thoughts on “...”", a post's first
    comment's writer and age, "Sokha Chan · 2d") a few lines up, a `comment_form` line ("Add
    comment", "Name -", "Post Comment", "Like · Reply") or a comment's "Reply" button at the head or
    below it."""
    closing = data["closing_blocks"]
    for h in range(i, max(-1, i - 40), -1):
        if len(lines[h]) <= 160 and re.fullmatch(closing["comment_box_head"], lines[h], re.I):
            # (or a comment's "Reply" button under it, the only form a blog's comments show)
            return any(re.fullmatch(closing["comment_form"], s.strip(), re.I) or s.strip().casefold() == "reply"
                       for s in lines[h:])
    return False


def _about_publisher(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a publisher's blurb about itself ("The Standard Group Plc is a multi-media
    organization ...", furniture.yml `closing_blocks` `about_publisher`) under the page's closing
    links (a `closing_sections` head some lines up)."""
    rules = load_rules()
    return bool(re.match(data["closing_blocks"]["about_publisher"], lines[i])) and \
        any(rules.closing_section.fullmatch(s.rstrip(": ")) for s in lines[max(0, i - 15):i])


def _card_label(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` the label of a writer's card closing the page, alone in its block under the
    writer's name alone in its own ("Lagi Keresoma" / "" / "Author")."""
    before = _block_at(lines, i - 2) if i >= 2 and not lines[i - 1] else lines[i - 1:i]
    return bool(re.fullmatch(data["author_box_label"], lines[i], re.I)) and len(before) == 1 and \
        bool(re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}", before[0]))


def _section_labels(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a block of one or two of `site_menu`'s items (or two of them joined: "Business &
    Economy") right over a block whose first line is a headline (more than `max_words` words, no
    final stop): the page's section labels. Or a line alone in its block whose words stand in a row
    in a site's menu in a row above it ("HOME  SAMOA  PACIFIC ..." then "Samoa"): the story's section."""
    menu, block = data["site_menu"], _block_at(lines, i)
    item = menu["items"]
    joined = rf"(?:{item})(?:\s?(?:&|and|/)\s?(?:{item}))?"
    if block[0] == lines[i] and re.fullmatch(joined, lines[i], re.I) and _over_header_run(block):
        return True  # ("Business" / the headline / its standfirst, byline and date / the lede: one block)
    head = (_block_after(lines, i) or [""])[0]
    if not (len(WORD.findall(head)) > menu["max_words"] and head[-1:] not in ".,;:"):
        return False
    if len(block) <= 2 and all(re.fullmatch(joined, s, re.I) for s in block):
        return True
    rows = [f" {' '.join(line.split()).casefold()} " for line in lines[:i] if len(line.split()) >= 4]
    return block == [lines[i]] and len(WORD.findall(lines[i])) <= menu["max_words"] and \
        any(f" {lines[i].casefold()} " in row and _menu_row_words(row, data) for row in rows)


def _over_header_run(block: list[str]) -> bool:
    """A block that opens with a page's header, no blank line between its lines: a label, then the
    headline (no final stop) and lines no wider than a wrapped line's, one of them dated, then the
    lede on one line wider than any wrapping."""
    wide = load_rules().wrap_max_chars
    k = next((k for k, s in enumerate(block) if len(s) > wide), 0)
    return k >= 3 and block[1][-1:] not in ".,;:" and any(re.search(r"\b(?:19|20)\d\d\b", s) for s in block[2:k])


def _among_buttons(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` one of a group's buttons ("X") between two more of them, a line each ("Facebook" /
    "X" / "Email"), with no head over them."""
    if not 0 < i < len(lines) - 1 or not lines[i - 1] or not lines[i + 1]:
        return False
    return any(all(re.fullmatch(g["buttons"], t, re.I) for t in lines[i - 1:i + 2]) for g in data["button_groups"])


def _name_over_path(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a menu's item under a publisher's name in its block ("The Hindu" / "e-Paper", the
    block's furniture lines aside), or the section path a block under them ("News / National"), the
    headline a block further down."""
    item = data["site_menu"]["items"]
    joined = rf"(?:{item})(?:\s?(?:&|and|/)\s?(?:{item}))?"
    source = "|".join(f"(?:{w})" for w in data["source_words"])

    def name_block(block: list[str], path: list[str]) -> bool:
        block = [t for t in block if not load_rules().furniture.fullmatch(t)]
        return 2 <= len(block) <= 3 and re.search(source, block[0], re.I) is not None and \
            all(re.fullmatch(joined, t, re.I) for t in block[1:]) and \
            len(path) == 1 and re.fullmatch(joined, path[0], re.I) is not None

    block = _block_at(lines, i)
    if block == [lines[i]] and i >= 2 and not lines[i - 1] and lines[i - 2]:
        return name_block(_block_at(lines, i - 2), block)
    return block[0] != lines[i] and name_block(block, _block_after(lines, i))


def _writer_card(lines: list[str], i: int) -> bool:
    """Line `i` a writer's handle or address under the name and job ("Caleb Fotheringham, RNZ Pacific
    Journalist" / "@cfotheringham" / "caleb.fotheringham@rnz.co.nz")."""
    block = _block_at(lines, i)
    contact = r"@[\w.]{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    return block[0] != lines[i] and "," in block[0] and \
        re.search(r"(correspondent|reporter|writer|editor|columnist|journalist|contributor)s?$", block[0], re.I) is not None \
        and all(re.fullmatch(contact, t) for t in block[1:])


def _menu_row_over_head(raw: str, lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a site's menu in a row apart by gaps, alone in its block, four items or more, most of
    them `site_menu` items, over a one-line block (the breadcrumb or the headline)."""
    menu = data["site_menu"]
    cells = [c for c in re.split(r"\s{2,}", raw.strip()) if c not in ("|", "/", "·", "•")]
    items = sum(1 for c in cells if re.fullmatch(menu["items"], c, re.I))
    return len(cells) >= 4 and _block_at(lines, i) == [lines[i]] and items >= menu["min_share"] * len(cells) and \
        all(len(WORD.findall(c)) <= menu["max_words"] and c[-1:] not in ".,;:!?" for c in cells) and \
        len(_block_after(lines, i)) == 1


def _site_name_over_sections(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` in a block of a site's domain ("INQUIRER.NET") over one or two short names of its
    sections ("News" / "Global Nation", no final stop), right over a headline alone in its block."""
    block, after = _block_at(lines, i), _block_after(lines, i)
    return 2 <= len(block) <= 3 and len(after) == 1 and len(WORD.findall(after[0])) > data["site_menu"]["max_words"] and \
        bool(re.fullmatch(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2}", block[0])) and \
        all(len(WORD.findall(t)) <= data["site_menu"]["max_words"] and t[-1:] not in ".!?" for t in block[1:])


def _clock_under_date(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a time of day alone ("7:00 AM MYT") right under a date line ("Friday, 28 Nov 2026"):
    the page's stamp, with its date."""
    return i > 0 and bool(re.fullmatch(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", lines[i], re.I)) and \
        bool(re.fullmatch(data["dateline"], lines[i - 1], re.I | re.X))


def _language_link(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` one language's name alone (furniture.yml `language_switcher`), among the page's first
    three lines: the site's link to its page in that language ("Ministry of Foreign Affairs of
    Japan" / "Japanese")."""
    top = [k for k, line in enumerate(lines) if line][:3]
    return i in top[1:] and bool(re.fullmatch(data["language_switcher"]["languages"], lines[i], re.I))


def _widget_in_head(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a page's widget (furniture.yml `above_title`: "Topics: Digital, ASEAN", "12
    Comments", "3 / 12") alone in its block, or first in it, with no line of prose above it: over
    the headline, or between the header and the text, where cleaning takes it."""
    return bool(re.fullmatch(data["above_title"], lines[i], re.I)) and \
        not any(line[-1:] in ".!?" and len(WORD.findall(line)) > 6 for line in lines[:i])


def _section_in_byline(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a section's name (furniture.yml `site_menu` items) in the byline's block, a "By"
    line and a date line beside it ("By Dian Septiari" / "Tech" / "Monday, 13 May 2024")."""
    block = _block_at(lines, i)
    return bool(re.fullmatch(data["site_menu"]["items"], lines[i], re.I)) and \
        any(s.casefold().startswith("by ") for s in block) and \
        any(re.fullmatch(data["dateline"], s, re.I | re.X) for s in block)


def _site_line_over_headline(lines: list[str], i: int, title: str | None, data: dict) -> bool:
    """Line `i` above the headline, in a block of the page's first four lines or fewer, short
    (a site's name or section: four words at most, no figure, no final stop) or a path of such
    sections apart by bars ("The Diplomat" / "ASEAN Beat | Economy | Southeast Asia", "The Star" /
    "Nation", "Nikkei Asia" / "Spotlight" / "Tech Asia"): the site's, no words of the text, as every
    line of the text comes under its title."""
    title = _squash(title or "")
    head = next((k for k, line in enumerate(lines) if line == title), None) if title else None
    if head is None or i >= head:
        return False
    parts = [p.strip() for p in lines[i].split("|")]
    return all(p and len(WORD.findall(p)) <= 4 and not re.search(r"\d", p) and p[-1:] not in ".!?,;:"
               for p in parts) and len(_block_at(lines, i)) <= 4


def _motto_over_headline(lines: list[str], i: int, title: str | None) -> bool:
    """Line `i` the second of a two-line block above the headline (a site's name over its motto:
    "East Asia Forum" / "Economics, Politics and Public Policy in East Asia and the Pacific"), no
    final stop, with at most one short line between the block and the headline ("Myanmar + 1
    more"): the site's, as every line of the text comes under its title."""
    title = _squash(title or "")
    head = next((k for k, line in enumerate(lines) if line == title), None) if title else None
    if head is None or i >= head or i == 0 or not lines[i - 1] or (i >= 2 and lines[i - 2]) or \
            (i + 1 < len(lines) and lines[i + 1]):
        return False
    between = [line for line in lines[i + 1:head] if line]
    return len(WORD.findall(lines[i])) <= 20 and lines[i][-1:] not in ".!?,;:" and len(between) <= 1 and \
        all(len(WORD.findall(line)) <= 5 for line in between)


def _stacked_site_lines(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` one of two or three one-line blocks a blank line apart, over a headline alone in its
    block: a publisher's name (one of furniture.yml `source_words`, no menu item) over one or two
    short section names ("Nikkei Asia" / "Business" / "Tech Asia"), or two menu items."""
    def alone(k: int) -> bool:
        return 0 <= k < len(lines) and bool(lines[k]) and (k == 0 or not lines[k - 1]) and \
            (k + 1 >= len(lines) or not lines[k + 1])

    short = data["site_menu"]["max_words"]
    menu_item = rf"(?:{data['site_menu']['items']})(?:\s?(?:&|and|/)\s?(?:{data['site_menu']['items']}))?"
    source = "|".join(f"(?:{w})" for w in data["source_words"])
    for k in (3, 2):
        for first in range(i - 2 * (k - 1), i + 1, 2):
            run = [first + 2 * j for j in range(k)]
            if not all(alone(r) for r in run):
                continue
            items = [lines[r] for r in run]
            after = _block_after(lines, run[-1])
            if len(after) != 1 or len(WORD.findall(after[0])) <= short or after[0][-1:] in ".!?" or \
                    re.search(r"\b(19|20)\d\d\b", after[0]):
                continue
            named = bool(re.search(rf"(?<![^\W_])(?:{source})(?![^\W_])", items[0], re.I)) and \
                not re.fullmatch(menu_item, items[0], re.I) and \
                all(len(WORD.findall(t)) <= short and t[-1:] not in ".!?" and t[:1].isupper() for t in items[1:])
            if named or (k == 2 and all(re.fullmatch(menu_item, t, re.I) for t in items)):
                return True
    return False


def _over_crumbed_title(lines: list[str], i: int) -> bool:
    """Line `i` in a short block over a breadcrumb from "Home" whose last crumb is the first line
    of the next block ("ASEAN Main Portal" / "Home » News » <headline>" over the headline): the
    site's name over the page the breadcrumb names."""
    block, after = _block_at(lines, i), _block_after(lines, i)
    crumbs = [re.split(r"\s*[»›>]\s*", t) for t in block if t[:4].casefold() == "home" and re.search(r"[»›>]", t)]
    return len(block) <= 3 and bool(after) and any(c[-1].casefold() == after[0].casefold() and len(WORD.findall(c[-1])) > 3 for c in crumbs)


def _menu_row_words(row: str, data: dict) -> bool:
    """A line of short words most of which are `site_menu` items: a site's menu in a row."""
    words = row.split()
    return len(words) >= 4 and sum(1 for w in words if re.fullmatch(data["site_menu"]["items"], w, re.I)) \
        >= data["site_menu"]["min_share"] * len(words)


def _over_dated_menu(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` the site's name over a block of today's date alone over its menu, or that date
    ("Daily Mirror - Sri Lanka Latest Breaking News and Headlines" / "Mon, 30 Nov 2026" / "News" / ...)."""
    rules = load_rules()
    block, below = _block_at(lines, i), _block_after(lines, i)
    if block == [lines[i]] and is_dateline(lines[i], rules):  # the date, under the name
        return bool(below) and _site_block(below, data)
    return 0 < len(block) <= 2 and all(s[-1:] != "." for s in block) and len(below) == 1 and \
        is_dateline(below[0], rules) and _site_block(_block_after(lines, lines.index(below[0], i)), data)


def _footer(lines: list[str], data: dict) -> set[int]:
    """The lines of a site's footer closing the page (furniture.yml `site_footer`), one link a line
    ("Privacy policy" / "About Wikipedia" / "Mobile view"): the short lines, no final stop, at the
    end of the last block (furniture lines among them set aside), `min_items` of them or more (as
    `site_menu` counts them), most of them its items."""
    rules, footer = load_rules(), data["site_footer"]
    found: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i]
        if not s and not found:
            continue
        if s and rules.furniture.fullmatch(s):
            continue
        if not s or len(WORD.findall(s)) > footer["max_words"] or s[-1:] in ".,;:":
            break
        found.append(i)
    items = sum(1 for i in found if re.fullmatch(footer["items"], lines[i], re.I))
    return set(found) if len(found) >= data["site_menu"]["min_items"] and items >= footer["min_share"] * len(found) \
        else set()


def _top_menu(lines: list[str], data: dict) -> set[int]:
    """The lines of a menu opening the page, each one of `site_menu`'s items, blank lines between
    them or not (`min_items` of them or more; furniture lines among them set aside): the headline
    under it is no item, and ends it."""
    rules, menu = load_rules(), data["site_menu"]
    found: set[int] = set()
    for i, s in enumerate(lines):
        if not s or rules.furniture.fullmatch(s):
            continue
        if not re.fullmatch(menu["items"], s, re.I):
            break
        found.add(i)
    return found if len(found) >= menu["min_items"] else set()


def _bar_menu(lines: list[str], i: int, data: dict) -> bool:
    """Line `i` a site's menu or footer links in a row apart by bars ("Research | Education |
    Global | Events", "Site Map | Contact Us | Access"): three items or more, none longer than a
    menu's item nor ending with a stop, most of them `site_menu` or `site_footer` items (or
    furniture lines); or, right under such a row, a row of two short items or more."""
    def items(line: str) -> list[str] | None:
        cells = [c.strip() for c in line.split(" | ")] if " | " in line else []
        if any(not c or len(c.split()) > data["site_menu"]["max_words"] or c[-1] in ".!?:;," for c in cells
               if not load_rules().furniture.fullmatch(c)):
            return None
        return cells

    def menu_row(line: str) -> bool:
        cells = items(line)
        if cells and len(cells) >= 8 and all(c[:1].isalpha() for c in cells):
            return True  # (a site's long row of its sections and brands, whatever their words)
        known = [c for c in cells or () if load_rules().furniture.fullmatch(c) or
                 re.fullmatch(data["site_menu"]["items"], c, re.I) or re.fullmatch(data["site_footer"]["items"], c, re.I)]
        # (four items or more opening on the site's home: its menu whatever its sections' names)
        return bool(cells) and len(cells) >= 3 and (len(known) >= data["site_menu"]["min_share"] * len(cells) or
                                                    (len(cells) >= 4 and cells[0].casefold() == "home"))
    here = items(lines[i])
    return bool(here) and (menu_row(lines[i]) or (i > 0 and len(here) >= 2 and menu_row(lines[i - 1])))


def _block_at(lines: list[str], i: int) -> list[str]:
    """The lines of the block (between blank lines) that line `i` stands in."""
    start, end = i, i
    while start > 0 and lines[start - 1]:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    return lines[start:end + 1]


def _block_after(lines: list[str], i: int) -> list[str]:
    """The lines of the block right after the one line `i` stands in (past one blank line), or []."""
    end = i
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    return _block_at(lines, end + 2) if end + 2 < len(lines) else []


def _button_head(item: str, data: dict) -> re.Pattern | None:
    """The buttons that may follow `item` one a line when it heads a group of them (furniture.yml
    `button_groups`: "Share this:", a cookie notice, "Was this page helpful?")."""
    group = next((g for g in data["button_groups"] if re.fullmatch(g["head"], item, re.I)), None)
    return re.compile(group["buttons"], re.I) if group else None


def lifted(cleaned, meta: dict) -> list[str]:
    """Lines shown in the page's header, not in its text: those cleaning lifted (source, dateline,
    series) and a series extraction found on the first line ("White Paper ... 2022" over a
    chapter's title, which then is the page's title)."""
    lines = lifted_lines(cleaned)
    if meta.get("series") and not cleaned.series and _squash(str(meta["series"])) not in lines:
        # (a series named on a source line, "ERIA Policy Brief" over its number, is that line)
        lines.append(_squash(str(meta["series"])))
    if cleaned.title and _squash(cleaned.title) not in lines and (
            cleaned.subtitle and meta.get("title") == cleaned.subtitle or
            meta.get("title") != cleaned.title and _squash(cleaned.title) == meta.get("source")):
        # a masthead over the headline (or over the headline set as the first heading): extraction
        # made the headline the title, the masthead (an outlet's name) is the page's source
        lines.append(_squash(cleaned.title))
    return lines


Token = tuple[str, bool, bool]  # (word, optional, first half of a word hyphenated at a line's end)

# Two lines or more opening with `>`: an e-mail's quoted run, whose quote marks are no text.
QUOTED_RUN = re.compile(r"^(?:[ \t]*>.*(?:\n|$)){2,}", re.M)


def unquoted(text: str) -> str:
    """The text with the quote marks of its e-mail quoted runs taken off."""
    return QUOTED_RUN.sub(lambda m: re.sub(r"^[ \t]*(?:>[ \t]?)+", "", m.group(), flags=re.M), text)


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of a line's cells, apart by two spaces or more."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def wrapped_headers_joined(text: str) -> str:
    """A space-aligned table's header wrapped over two lines ("Technical" over "cooperation"),
    written as one line whose cells hold both parts, as a reader reads the columns: the second
    line is indented, each of its cells stands under one of the first line's, and the line under
    them has as many cells as the first (the table's first row)."""
    lines = text.split("\n")
    for i in range(len(lines) - 2):
        # (a rule line under the header, "-----", stands between it and the first row)
        below = i + 3 if i + 3 < len(lines) and re.fullmatch(r"\s*[-=_]{3,}\s*", lines[i + 2]) else i + 2
        top, under, row = _cells(lines[i]), _cells(lines[i + 1]), _cells(lines[below])
        if len(top) < 3 or not under or len(row) < len(top) or lines[i + 1][:8].strip() or \
                not all(top[0][0] < col for col, _ in under):
            continue
        joined = []
        for k, (col, cell) in enumerate(top):
            end = top[k + 1][0] if k + 1 < len(top) else 10 ** 6
            joined.append(" ".join([cell, *(c for at, c in under if col <= at < end)]))
        lines[i], lines[i + 1] = "   ".join(joined), ""
    return "\n".join(lines)


def columns_read_down(text: str) -> str:
    """Two columns of prose side by side (a PDF page copied with its layout) read as a reader
    reads them: in each group of lines between blank lines where three or more lines hold two
    cells, the second starting at one place (within six characters), every left cell first, then
    every right cell; a line of one cell goes to the column it stands in."""
    groups, out = re.split(r"(\n[ \t]*\n)", text), []
    for group in groups:
        lines = group.split("\n")
        cells = [_cells(line) for line in lines]
        starts = [c[1][0] for c in cells if len(c) == 2]
        if len(starts) < 3 or max(starts) - min(starts) > 6 or min(starts) < 20 or any(len(c) > 2 for c in cells):
            out.append(group)
            continue
        at = min(starts)
        left = [c[0][1] for c in cells if c and c[0][0] < at - 2]
        right = [c[-1][1] for c in cells if c and c[-1][0] >= at - 2]
        out.append("\n".join(left + right))
    return "".join(out)


def grouped_headers_joined(text: str) -> str:
    """A space-aligned table's header naming groups of columns ("FY2021   FY2022") over the columns'
    names ("Country  Experts Trainees  Experts Trainees"), written as one line of one cell a column
    ("Country   FY2021 Experts   FY2021 Trainees ..."), as a reader reads each column: the first
    line has fewer cells than the first row under them, a name's words fall one a column, and a
    group runs from the column it stands over to the next group's."""
    lines = text.split("\n")
    for i in range(len(lines) - 2):
        below = i + 3 if i + 3 < len(lines) and re.fullmatch(r"\s*[-=_]{3,}\s*", lines[i + 2]) else i + 2
        top, row = _cells(lines[i]), _cells(lines[below]) if below < len(lines) else []
        if not 2 <= len(top) < len(row) or any(c[:1].isdigit() for _, c in top) or not row[-1][1][:1].isdigit():
            continue
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", lines[i + 1])]
        if len(words) != len(row) or any(c[:1].isdigit() for _, c in words):
            continue
        starts = [min(range(len(row)), key=lambda j: abs(row[j][0] - col)) for col, _ in top]
        groups = [""] * len(row)
        for g, (start, end) in enumerate(zip(starts, [*starts[1:], len(row)])):
            for j in range(start, end):
                groups[j] = top[g][1]
        lines[i] = "   ".join(f"{group} {name}".strip() for group, (_, name) in zip(groups, words))
        lines[i + 1] = ""
    return "\n".join(lines)


def source_tokens(text: str, cleaned, meta: dict) -> list[Token]:
    """The source's words, without the lines the pipeline removed or lifted. Optional words are
    those of list markers and glued footnote markers; a word hyphenated across a line break
    ("develop-" / "ment") may be mended into one."""
    data = load_furniture_data()
    caption = re.compile(rf"({data['caption']['label']})\s+(?:{data['caption']['placeholder']})", re.I)
    # (a character reference is the character it stands for, as cleaning reads it: "&amp;" is "&";
    # an e-mail's quoted run is read without its quote marks; a table's header wrapped over two
    # lines is read column by column)
    raw_lines = grouped_headers_joined(wrapped_headers_joined(unquoted(decode_references(text)))).split("\n")
    lines = [_squash(line) for line in raw_lines]
    # A line removed k times is removed where it stands last k times: a running header repeats
    # the title, which stays at the top.
    # (a line of the site's menu or masthead is removed where it stands first: "City of Yokohama"
    # over the menu, kept again in the address under the text; so is a figure alone, a post's count
    # between its header and its text: "312", repeated under the post's tags)
    # (a menu's item removed again under the text, "Pacific" closing the page's links, is removed
    # first where the menu stands, then last: the same word kept between them is the text's)
    removed, gone, menu = Counter(cleaned.removed), set(), Counter(cleaned.menu)
    for item, k in removed.items():
        at = [i for i, s in enumerate(lines) if s == item]
        first = k if item.isdigit() else min(k, menu[item])
        gone.update(at[:first])
        if k > first:
            gone.update(at[-(k - first):])
    lifted_here = lifted(cleaned, meta)
    section = load_rules().furniture_section
    out: list[Token] = []
    # Under a `Related articles` line, the removed lines after it in its block are its links, up to
    # a line kept (as clean_blocks.raw_blocks reads them): another furniture line may stand above it.
    under_links = False
    closing = False  # under a page's closing `Related`: the short lines to its end are its links
    buttons = None  # under "Share this:" or a cookie notice: its buttons, one a line, in its block
    top_menu = _top_menu(lines, data)
    footer = _footer(lines, data)
    # A journal's or a notice's reference line over the title ("No. 117/25"), which cleaning keeps
    # on top of the text: its words are read right after the title's
    title_at = lines.index(_squash(cleaned.title)) if cleaned.title and _squash(cleaned.title) in lines else -1
    first = [p.text for p in cleaned.paragraphs[:2]]
    cited = {i for i, s in enumerate(lines[:max(title_at, 0)]) if s in first and _citation_line(s)}
    # ... and so is a photo's label or credit on top of the page, over the headline ("Photo 1. Details in
    # caption.", "Photo: Kyodo"), which cleaning sets as the text's first caption
    cited |= {i for i, s in enumerate(lines[:max(title_at, 0)])
              if ((label := caption.fullmatch(s)) and label.group(1) in first) or
              (s in first and (load_rules().caption_label.fullmatch(s) or load_rules().photo_credit.fullmatch(s)))}
    deferred: list[Token] = []
    bulleted = False  # the block's last item has a bullet: a sub-bullet `o` may follow
    rules = load_rules()
    lone_head = False  # under_links held over the blank lines under such a head alone in its block
    lone_buttons = None  # a group's buttons held over the blank lines under its head alone in its block
    for i, s in enumerate(lines):
        if not s:
            under_links, lone_head = lone_head, False
            bulleted = False
            buttons, lone_buttons = lone_buttons, None
            continue
        if i in gone:
            removed[s] -= 1
            # (a PDF's running head removed whole, the book's name in it lifted as the series
            # without the page's number: "JICA Annual Report 2025      45")
            halves = re.split(r"\s{3,}", raw_lines[i].strip())
            if len(halves) == 2 and any(re.fullmatch(r"\d{1,4}", h) for h in halves):
                name = next(h for h in halves if not re.fullmatch(r"\d{1,4}", h))
                if _squash(name) in lifted_here:
                    lifted_here.remove(_squash(name))
            # (under `Related publications` a link may run longer: a paper's number and title)
            link = line_end(s) not in SENTENCE_END and (
                (under_links and len(s) <= LINK_MAX_CHARS) or (closing and len(s) <= FURNITURE_MAX_CHARS))
            button = buttons is not None and bool(buttons.fullmatch(s))
            buttons_before = buttons
            # (a notice's long line under a group's head, "About GOVPH" / "Learn more about ...": its
            # buttons may go on below it)
            long = data["long_furniture"]
            notice = len(s) <= long["max_chars"] and any(re.fullmatch(p, s, re.I) for p in long["lines"])
            buttons = buttons if button or (buttons is not None and notice) else _button_head(s, data)
            assert button or buttons or _removal_is_furniture(s, link, text, data) or \
                _site_block(_block_at(lines, i), data) or i in top_menu or i in footer or _over_menu(lines, i, data) or \
                _stacked_fields(lines, i, data) or _author_card(lines, i, data) or _social_post(lines, i, data) or \
                _vertical_path(lines, i) or _section_labels(lines, i, data) or _disclaimer(lines, i, data) or \
                _over_dated_menu(lines, i, data) or \
                _signoff(lines, i, data) or _site_path_or_emblem(s, data) or _button_row_of(raw_lines[i], buttons_before) or \
                _bar_menu(lines, i, data) or _newsletter_box(lines, i, data) or _site_name_over_sections(lines, i, data) or \
                _stacked_site_lines(lines, i, data) or \
                _comment_box(lines, i, data) or _about_publisher(lines, i, data) or _card_label(lines, i, data) or \
                _over_crumbed_title(lines, i) or _letterhead(lines, i, data) or _channel_card(lines, i) or \
                _among_buttons(lines, i, data) or _name_over_path(lines, i, data) or _writer_card(lines, i) or \
                _menu_row_over_head(raw_lines[i], lines, i, data) or _language_link(lines, i, data) or \
                _site_line_over_headline(lines, i, cleaned.title, data) or _clock_under_date(lines, i, data) or \
                _widget_in_head(lines, i, data) or _section_in_byline(lines, i, data) or \
                _motto_over_headline(lines, i, cleaned.title), \
                f"removed, and no furniture: {s!r}"
            under_links = link or bool(section.fullmatch(s.rstrip(":")))
            # (a `Related News` head alone in its block: its links may stand in the block under it;
            # a link alone in its block under it, the next one in the block under that: links a blank
            # line apart, as a copy with a blank line after each line sets them)
            lone_head = (link or bool(re.fullmatch(data["link_list_heads"], s.rstrip(":"), re.I))) and \
                (i == 0 or not lines[i - 1]) and i + 1 < len(lines) and not lines[i + 1]
            closing = closing or bool(rules.closing_section.fullmatch(s.rstrip(": ")))
            # (a group's head alone in its block, "Contents" over a book's chapters: its buttons may
            # stand in the block under it)
            alone = (i == 0 or not lines[i - 1]) and i + 1 < len(lines) and not lines[i + 1]
            lone_buttons = _button_head(s, data) if alone else None
            continue
        under_links, buttons, lone_head, lone_buttons = False, None, False, None
        if s in lifted_here:
            lifted_here.remove(s)
            continue
        # (a post's author line, the writer's name, handle and date lifted apart: "Aiko Sato
        # (@aiko_sato_dev)", "@lan_nguyen_hanoi · March 4, 2025", as clean._take_post_handle reads it)
        parts = [p for p in re.split(r"\s*[()·•|]\s*|\s+(?=@)", s) if p] if "@" in s else []
        if len(parts) >= 2 and all(p in lifted_here for p in parts):
            for p in parts:
                lifted_here.remove(p)
            continue
        # (a metadata line whose fields wide gaps part is lifted with bars between them: "Collins
        # Mwai     May 12, 2026     4 min read" as "Collins Mwai | May 12, 2026 | 4 min read")
        gapped = " | ".join(_squash(c) for c in re.split(r"\s{2,}", raw_lines[i].strip()))
        if gapped != s and gapped in lifted_here:
            lifted_here.remove(gapped)
            continue
        # an e-mail's subject line, its "Subject: FW:" removed: the subject is the page's title,
        # shown first though the mail's other header lines stand above it
        subject = rules.mail_subject.fullmatch(s)
        if subject and removed[subject.group("prefix").strip()] > 0 and \
                _squash(subject.group("subject")) == _squash(cleaned.title or ""):
            removed[subject.group("prefix").strip()] -= 1
            out[:0] = [(w, False, False) for w in tokens(subject.group("subject"))]
            continue
        kind = re.match(r"[\[【](?P<kind>[^\]】]{1,30})[\]】](?=\s)", s) if s[:1] in "[【" else None
        if kind and removed[kind.group(0)] > 0 and (rules.kind_label.fullmatch(kind.group("kind")) or (
                s[kind.end():].strip() == _squash(cleaned.title or "") and re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2}", kind.group("kind")))):
            # a kind label in brackets opening the title ("[Event Report] ..."), or any short label of
            # words in brackets before the title's words ("[Report] Program on ...")
            removed[kind.group(0)] -= 1
            s = s[kind.end():].strip()
        cells = re.split(r"\s{2,}", raw_lines[i].strip())
        if len(cells) == 2 and any(removed[c] > 0 and (rules.kind_label.fullmatch(c) or re.fullmatch(r"\d{1,4}", c))
                                   for c in cells) and any(c in lifted_here for c in cells):
            # a handout's running header: its series lifted, its kind label ("FACT SHEET") furniture;
            # or a PDF's running head or foot, its page's number furniture, the book's or the
            # publisher's name lifted ("JST Annual Report 2024      34")
            for c in cells:
                if c in lifted_here:
                    lifted_here.remove(c)
                else:
                    removed[c] -= 1
            continue
        if i in cited:
            label = caption.fullmatch(s)
            if label and removed[s[label.end(1):].strip()] > 0:  # (its placeholder, "Details in caption.")
                removed[s[label.end(1):].strip()] -= 1
                s = label.group(1)
            deferred += [(w, False, False) for w in tokens(s)]
            continue
        number = re.match(r"\(\d+\)(?= )", s)
        if number and removed[number.group(0)] > 0:  # a chapter title's section number
            removed[number.group(0)] -= 1
            s = s[number.end():]
        edit = re.search(rf"(?<=\S)\s*({data['edit_marker']})$", s, re.I) if s[-1:] == "]" else None
        if edit and removed[edit.group(1)] > 0:  # a wiki's "[edit]" after its section's name
            removed[edit.group(1)] -= 1
            s = s[:edit.start()]
        # (a wire's end mark glued to the story's last sentence, "... of Cambodia. Enditem")
        end_mark = re.search(rf"(?<=[.!?\"”’)])\s+({data['glued_end_mark']})$", s, re.I) if s[-1:].isalpha() or \
            s[-1:] in ")-—–" else None
        if end_mark and removed[end_mark.group(1)] > 0:
            removed[end_mark.group(1)] -= 1
            s = s[:end_mark.start()]
        # (a page's link run onto a line's end with its screen reader's note, "... File Photo Purchase
        # Licensing Rights, opens new tab": the link removed, the words before it kept)
        glued = re.search(rf"(?<=\S)\s+((?:{data['glued_link']}),? opens (?:in )?(?:a )?new (?:tab|window))$", s, re.I) \
            if s[-3:] in ("tab", "dow") else None
        if glued and removed[glued.group(1)] > 0:
            removed[glued.group(1)] -= 1
            s = s[:glued.start()]
        # (a publisher's copyright notice run into its address on the page's last line: the notice
        # removed, a furniture line of its own, the address kept)
        notice = re.search(r"\s((?:copyright\b|©|\(c\)\s?\d).*)$", s, re.I) if "©" in s or "opyright" in s else None
        if notice and removed[notice.group(1)] > 0 and _removal_is_furniture(notice.group(1), False, text, data):
            removed[notice.group(1)] -= 1
            s = s[:notice.start()]
        label = caption.fullmatch(s)
        if label and removed[s[label.end(1):].strip()] > 0:
            removed[s[label.end(1):].strip()] -= 1
            s = label.group(1)
        mark = LIST_MARK.match(s)
        back = re.compile(data["reference_backlinks"]).match(s, mark.end()) if mark else None
        if back and removed[back.group().strip()] > 0:  # a wiki's "^ a b" opening a reference
            removed[back.group().strip()] -= 1
            s = s[:mark.end()] + s[back.end():]
        if mark:
            bulleted = mark.group().lstrip()[:1] in BULLETS
        elif bulleted:
            mark = SUB_BULLET.match(s)
        spans = [(0, mark.end())] if mark else []
        spans += [m.span() for m in GLUED_NOTE.finditer(s, mark.end() if mark else 0)]
        if "[^" in cleaned.body:
            spans = sorted([*spans, *(m.span() for m in GLUED_FIGURE.finditer(s, mark.end() if mark else 0))])
        at = 0
        for start, end in spans:
            out += [(w, False, False) for w in tokens(s[at:start])] + [(w, True, False) for w in tokens(s[start:end])]
            at = end
        out += [(w, False, False) for w in tokens(s[at:])]
        if re.search(r"[^\W\d_]-$", s) and out:
            out[-1] = (out[-1][0], out[-1][1], True)
        if i == title_at and deferred:
            out += deferred
            deferred = []
    assert not +removed, f"recorded as removed, and not a line of the source: {+removed}"
    assert not lifted_here, f"lifted into metadata, and not a line of the source: {lifted_here}"
    return out


def page_sections(html: str, has_title: bool, swapped: bool = False) -> tuple[list[str], list[list[str]]]:
    """The words of the page's title, standfirst and body, and those of each footnote (the
    standfirst first when the source prints it over the title: a headline in another script over
    its English one, which cleaning makes the title)."""
    article = parse_html(html).find_all("article")[0]
    parts = []
    title = [n.text() for n in article.find_all("h1")[:1]] if has_title else []
    subtitle = [n.text() for n in article.find_all(cls="atlas-subtitle")[:1]]
    parts += subtitle + title if swapped else title + subtitle
    notes = [tokens(li.text()) for div in article.find_all("div", "footnote") for li in div.find_all("li")]
    for node in article.iter():  # (footnotes placed under a `Notes` heading stand in the body's div)
        node.children = [c for c in node.children if isinstance(c, str) or "footnote" not in c.classes]
    parts += [n.text() for n in article.find_all("div", BODY_CLASS)[:1]]
    return tokens(" ".join(parts)), notes


def take_run(source: list[Token], run: list[str]) -> list[Token] | None:
    """`source` without the first place where `run` stands as a whole, contiguous; None if nowhere."""
    words = [w for w, _, _ in source]
    n = len(run)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == run:
            return source[:i] + source[i + n:]
    return None


def fidelity_problem(text: str, cleaned, meta: dict, html: str, has_title: bool) -> str | None:
    """None when the page holds the source's words in order; else where they part."""
    source = source_tokens(text, cleaned, meta)
    lines = [_squash(line) for line in text.split("\n")]
    swapped = bool(has_title and cleaned.title and cleaned.subtitle and cleaned.title in lines and
                   cleaned.subtitle in lines and lines.index(cleaned.subtitle) < lines.index(cleaned.title))
    body, notes = page_sections(html, has_title, swapped)
    for note in notes:  # a footnote is read at the end of the page, wherever its text stood
        rest = take_run(source, note)
        if rest is None:
            return f"footnote not in the source as written: {' '.join(note)[:200]}"
        source = rest
    i = 0
    for j, word in enumerate(body):
        while i < len(source) and source[i][0] != word and source[i][1]:
            i += 1  # a marker that became structure
        if i + 1 < len(source) and source[i][2] and source[i][0] + source[i + 1][0] == word:
            i += 2  # a word hyphenated across a line break, mended
            continue
        if i == len(source) or source[i][0] != word:
            near = [w for w, _, _ in source[i:i + 10]]
            return f"page word {j} {body[max(0, j - 6):j + 6]} where the source has {near}"
        i += 1
    missing = [w for w, optional, _ in source[i:] if not optional]
    return f"source words missing at the end of the page: {missing[:20]}" if missing else None


def _labelled_in_text(title: str, text: str) -> bool:
    """Whether the title is the value of a "Label: value" line of the text."""
    return bool(title) and any(_squash(line).endswith(f": {_squash(title)}") for line in text.split("\n"))


@per_document("fidelity")
def test_the_page_keeps_every_word_of_its_seed(built, name):
    doc = built.doc(name)
    seed = read_seed(built.project / doc.seed.path, built.project)
    # the page's title is a line of the source unless a contributor wrote it or it was made from
    # the lede's first sentence, or it repeats a label's value that stays in the text below
    # ("Project Name: The Project for ..." under a sheet's "Ex-Post Evaluation of ..." heading)
    cleaned, title = clean_text(seed.text), str(doc.meta.get("title", ""))
    # (the headline set as the text's first heading, under a masthead alone, is lifted into the
    # h1: a line of the source said once, in the title's place)
    has_title = "title" not in seed.overrides and doc.meta.get("title_from") != "lede" and \
        not (title != cleaned.title and _labelled_in_text(title, seed.text))
    problem = fidelity_problem(seed.text, cleaned, doc.meta, built.html(doc), has_title)
    if problem and columns_read_down(seed.text) != seed.text:
        # (a page of two columns: its words in order as the columns are read, each down)
        problem = fidelity_problem(columns_read_down(seed.text), cleaned, doc.meta, built.html(doc), has_title)
    assert problem is None, problem


def test_fidelity_checker_finds_a_lost_an_invented_and_a_moved_word(built):
    """The account above fails on a page that drops, adds or reorders a word, or drops a note."""
    doc = next(d for d in built.corpus.documents if d.seed.path.endswith("round6_white_paper_asterisk_notes.txt"))
    seed = read_seed(built.project / doc.seed.path, built.project)
    cleaned, html = clean_text(seed.text), built.html(doc)
    text = html.index(f'class="{BODY_CLASS}"')
    head, body = html[:text], html[text:]
    assert fidelity_problem(seed.text, cleaned, doc.meta, html, True) is None
    for old, new in [("leaders adopted", "leaders"), ("leaders adopted", "leaders adopted all"),
                     ("leaders adopted", "adopted leaders"), ("*3 Figures as of March 2024.", "")]:
        assert old in body, old
        assert fidelity_problem(seed.text, cleaned, doc.meta, head + body.replace(old, new, 1), True), (old, new)


# Markup a source may hold as plain characters: tags, entities, Markdown emphasis, code, links.
LITERAL_MARKUP = re.compile(
    r"<[/!]?[A-Za-z][^<>\n]{0,80}>"  # <b>, </b>, <script>, <img src=x>
    r"|&#?\w{1,10};"  # &amp; &#169;
    r"|(?<![\w*])\*{1,2}[^\s*][^*\n]{0,60}?(?<!\s)\*{1,2}(?![\w*])"  # *emphasis*, **strong**
    r"|(?<![\w_])_[^\s_][^_\n]{0,60}?(?<!\s)_(?![\w_])"  # _under_
    r"|`[^`\n]{1,60}`"  # `code`
    r"|\[[^\]\n]{1,60}\]\([^)\n]{1,80}\)"  # [text](url)
    r"|(?<!\S)(?:\*{1,2}|_{2})[^\W\d]\w*(?:_{2})?"  # *args, **kwargs, __init__ (not a note's *1)
    r"|^[#>][^\n]*",  # a line opening with `#` or `>`: no heading, no quote
    re.M,
)
# Elements a source's text can never be: a page's script or a seed's image would be an injection.
NEVER_FROM_TEXT = {"script", "iframe", "object", "embed", "img", "style", "form", "input", "b", "u"}


def literal_markup(text: str, removed: tuple[str, ...]) -> list[str]:
    """The markup characters a seed holds as text, outside the furniture lines removed (`###`); a
    character reference is the character it stands for ("&lt;script&gt;" shows as "<script>")."""
    return LITERAL_MARKUP.findall("\n".join(line for line in unquoted(decode_references(text)).split("\n")
                                            if _squash(line) not in removed))


def test_the_fixtures_hold_literal_markup():
    found = [m for p in UNSEEN.glob("*.txt") for m in LITERAL_MARKUP.findall(p.read_text(encoding="utf-8"))]
    assert len(found) >= 10, found


@per_document("markup")
def test_markup_in_the_seed_is_shown_as_written(built, name):
    doc = built.doc(name)
    seed = read_seed(built.project / doc.seed.path, built.project)
    tree = parse_html(built.html(doc))
    article = tree.find_all("article")[0]
    shown = _squash(article.text())
    lost = [m for m in literal_markup(seed.text, clean_text(seed.text).removed) if _squash(m) not in shown]
    assert not lost, f"not on the page as written: {lost}"
    body = article.find_all("div", BODY_CLASS)
    assert len(body) == 1
    assert not sorted({n.tag for n in body[0].iter() if n.tag in NEVER_FROM_TEXT})
    assert not [n.tag for n in tree.iter() if any(k.startswith("on") for k in n.attrs)]


# --- links --------------------------------------------------------------------------------------


def test_every_internal_link_and_anchor_resolves(built):
    pages = list(built.site.rglob("*.html"))
    assert len(pages) > len(built.corpus.documents)
    broken = broken_links(built.site)
    assert not broken, "\n".join(broken[:50])


# --- structure ----------------------------------------------------------------------------------

HEADING = re.compile(r"h([1-6])")
SKIP = {"headerlink", "footnote-backref"}  # ¶ and ↩: no content of a section


def outline(node: Node) -> list[tuple[int, str]]:
    """The article in reading order: (level, heading text) for a heading, (0, text) for content."""
    out: list[tuple[int, str]] = []
    for child in node.children:
        if isinstance(child, str):
            if child.strip():
                out.append((0, child.strip()))
        elif HEADING.fullmatch(child.tag):
            out.append((int(child.tag[1]), _squash(child.text())))
        elif not child.classes & SKIP:
            out += outline(child)
    return out


def empty_sections(article: Node) -> list[str]:
    """Headings with nothing under them: the next thing in the article is a heading of their
    level or above, or nothing."""
    flow = outline(article) + [(1, "")]
    return [f"h{level} {text!r}" for (level, text), (after, _) in zip(flow, flow[1:]) if level and 0 < after <= level]


def structure_problems(tree: Node) -> list[str]:
    """What is wrong with one document page's structure, in words."""
    problems = []
    article = tree.find_all("article")[0]
    heads = [(int(HEADING.fullmatch(n.tag).group(1)), _squash(n.text())) for n in article.iter()
             if HEADING.fullmatch(n.tag)]
    if [lvl for lvl, _ in heads].count(1) != 1 or len(tree.find_all("h1")) != 1:
        problems.append(f"{len(tree.find_all('h1'))} h1 on the page")
    for (before, _), (level, text) in zip(heads, heads[1:]):
        if level > before + 1:
            problems.append(f"h{before} -> h{level} ({text!r}) skips a level")
    for table in article.find_all("table"):
        head = table.find_all("thead")
        columns = len(head[0].find_all("th")) if head else 0
        if not columns:
            problems.append("a table without a header row")
        for row in table.find_all("tbody")[0].find_all("tr") if table.find_all("tbody") else []:
            if len(row.find_all("td")) + len(row.find_all("th")) != columns:
                problems.append(f"a table row of {len(row.find_all('td'))} cells under {columns} headers")
    problems += [f"{h} has nothing under it" for h in empty_sections(article)]
    order = [n for n in article.iter() if n.classes & {"footnote", "atlas-related", BODY_CLASS}]
    names = [next(iter(n.classes & {"footnote", "atlas-related", BODY_CLASS})) for n in order]
    if "footnote" in names and names.index("footnote") > names.index(BODY_CLASS) + 1:
        problems.append(f"the footnotes do not follow the text: {names}")
    all_ids = [n.attrs["id"] for n in tree.iter() if "id" in n.attrs]
    dupes = sorted(i for i, n in Counter(all_ids).items() if n > 1)
    if dupes:
        problems.append(f"ids used more than once: {dupes}")
    by_id = {n.attrs["id"]: n for n in tree.iter() if "id" in n.attrs}
    notes = {id(li) for div in article.find_all("div", "footnote") for li in div.find_all("li")}
    for ref in article.find_all("a", "footnote-ref"):
        target = by_id.get(ref.attrs.get("href", "").removeprefix("#"))
        if target is None or id(target) not in notes:
            problems.append(f"footnote reference {ref.attrs.get('href')} has no footnote")
    for div in article.find_all("div", "footnote"):
        for back in div.find_all("a", "footnote-backref"):
            if back.attrs.get("href", "").removeprefix("#") not in by_id:
                problems.append(f"footnote back link {back.attrs.get('href')} goes nowhere")
    return problems


@per_document("structure")
def test_the_page_is_well_formed(built, name):
    problems = structure_problems(parse_html(built.html(built.doc(name))))
    assert not problems, "\n".join(problems)


def test_the_fixtures_exercise_tables_notes_and_lists(built):
    """The structure test above reads tables, footnotes and lists: the fixtures have them."""
    found = Counter()
    for doc in fixture_docs(built):
        article = parse_html(built.html(doc)).find_all("article")[0]
        for tag in ("table", "ol", "ul"):
            found[tag] += bool(article.find_all(tag))
        found["footnotes"] += bool(article.find_all("a", "footnote-ref"))
    assert found["table"] >= 2 and found["footnotes"] >= 3 and found["ol"] >= 3 and found["ul"] >= 3, found


# --- index pages --------------------------------------------------------------------------------


def term_pages(site: Path, term) -> list[Path]:
    """The built page of a term and its further pages (a long list is paged)."""
    folder = site / term.src_uri.removesuffix(".md")
    return [folder / "index.html"] + sorted(folder.glob("*/index.html"))


def links_to(site: Path, page: Path, url: str) -> bool:
    target = site / url / "index.html"
    parser = PageLinks()
    parser.feed(page.read_text(encoding="utf-8"))
    return any(tag == "a" and (resolve(site, page, href) or (None,))[0] == target for tag, href in parser.links)


@per_document("index")
def test_the_document_is_on_its_country_and_topic_pages(built, name):
    doc = built.doc(name)
    page = built.site / doc.url / "index.html"
    problems = []
    for kind in ("countries", "topics"):
        for entry in doc.meta.get(kind) or []:
            ident = str(entry.get("code") or entry.get("id")) if isinstance(entry, dict) else str(entry)
            term = built.tax.terms.get((kind, ident))
            if term is None:
                problems.append(f"{kind} {ident} has no index page")
                continue
            if not any(links_to(built.site, p, doc.url) for p in term_pages(built.site, term) if p.is_file()):
                problems.append(f"not listed on {term.src_uri} ({ident})")
            if not links_to(built.site, page, term.src_uri.removesuffix(".md")):
                problems.append(f"the page's header does not link to {term.src_uri}")
    assert not problems, "\n".join(problems)


def test_most_documents_have_countries_and_topics(built):
    both = [d for d in built.corpus.documents if d.meta.get("countries") and d.meta.get("topics")]
    assert len(both) >= 0.8 * len(built.corpus.documents)
