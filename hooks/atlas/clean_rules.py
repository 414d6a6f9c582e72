"""The cleaning rules as compiled data: furniture.yml loaded once, regexes compiled once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .first_chars import Alternation
from .honorifics import honorific_alternation, honorific_words
from .vocab import load_yaml

FURNITURE_FILE = Path(__file__).parent / "data" / "furniture.yml"
# The honorifics (people.yml) that open each line of a list of people, as extraction reads them.
PEOPLE_FILE = Path(__file__).parent / "data" / "people.yml"
# The `series` cues of the document types name a book ("annual report", "white paper"): cleaning
# reads them to tell a book's name heading a chapter excerpt, as extraction does to type it.
DOCUMENT_TYPES_FILE = Path(__file__).parent / "data" / "document_types.yml"
# The countries' names and aliases (countries.yml): a country office's masthead prints the
# country under the body's name ("United Nations Development Programme" / "Myanmar").
COUNTRIES_FILE = Path(__file__).parent / "data" / "countries.yml"
ORGANISATIONS_FILE = Path(__file__).parent / "data" / "organisations.yml"
TOPICS_FILE = Path(__file__).parent / "data" / "topics.yml"

# A word is a run of letters/digits; a CJK or Thai run without spaces counts as one word.
WORD = re.compile(r"[^\W_]+")
# Closing quotes and brackets are looked through when asking how a line ends.
_CLOSERS = "\"'”’»」』)]}）】"
SENTENCE_END = frozenset(".。．")
# Circled and parenthesised numerals (①, ❶, ⑴): a Japanese document's section numbers.
_CIRCLED_RANGES = ((0x2460, 0x2487), (0x2776, 0x2793), (0x3251, 0x325F), (0x32B1, 0x32BF))
CIRCLED_NUMBERS = frozenset(chr(c) for a, b in _CIRCLED_RANGES for c in range(a, b + 1))
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"  # a lower-case Roman numeral, i to xxxix
_CIRCLED_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _CIRCLED_RANGES)
NO_TITLE_END = frozenset(".。．,，;；:：")
# An aside in brackets after a sentence's stop ("Good morning. [Applause]", "... he said. (Laughter)"):
# the line ends with that stop, not with the aside.
_TRAILING_ASIDE = re.compile(r"(?<=[.!?。．！？])\s*[\[(（][^\[\]()（）]{1,40}[\])）]$")
_PAIRS = {"(": ")", "[": "]", "（": "）"}
# Note markers besides the glued `Note 14`: `*1` / `※1` glued to a word or its punctuation, a
# superscript figure (`initiative¹`), a figure in square brackets (`in 2023 [2]`); the notes list
# opens its lines with the same mark (`*1 ...`, `¹ ...`, `[2] ...`). A mark links to its note only
# when the document's notes are written in that style: elsewhere the characters are the author's.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NOTE_MARK_CHARS = frozenset("*※[" + _SUPERSCRIPTS)
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", _SUPERSCRIPTS)
SUPERSCRIPT_DIGITS = frozenset(_SUPERSCRIPTS)
_STAR_MARK = r"(?P<star>[*※])(?P<snum>\d{1,3})(?!\d)"
_SUP_MARK = rf"(?P<sup>[{_SUPERSCRIPTS}]+)"


@dataclass(frozen=True)
class Rules:
    """Everything cleaning needs to recognise furniture and structure, compiled."""

    furniture: FurnitureLine
    furniture_button: Alternation  # one button of a row of them: a furniture line, or `Metrics`
    long_furniture: Alternation  # `Also Read: <headline>`, a cookie notice: furniture up to ...
    long_furniture_max_chars: int
    # a news agency's description of itself, longer: tried up to its own cap, only when it names news
    self_description: re.Pattern[str]
    self_description_max_chars: int
    long_furniture_wrap: re.Pattern[str]  # `licensed`, `copyright`: a line that may be such a notice wrapped over two
    button_groups: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # `Share this:` over `X`, `Copy link`
    menu_item: re.Pattern[str]  # `Home`, `About Us`: an item of a site's menu over the headline
    menu_min_items: int
    menu_max_words: int
    menu_min_share: float
    crumb_path: re.Pattern[str]  # `News - Events > Foreign investment & ODA` over the title
    language_name: re.Pattern[str]  # `Japanese`: one language's name, a switcher's link in a site's header
    logo_text: re.Pattern[str]  # `azadi ka amrit mahotsav`, an emblem's words in lower case over the headline
    above_title: re.Pattern[str]  # `Topics: Digital, ASEAN`, `Comments`, `3 / 12`: a page's widget over the headline
    fiscal_period: re.Pattern[str]  # `FY2023`, `Fiscal Year 2023` alone under a title: the period covered
    site_logo: re.Pattern[str]  # `gob.pe`: a portal's address as its logo, over the headline
    local_government_site: re.Pattern[str]  # `Kawasaki City Official Website`: its `name` the publisher
    site_title: re.Pattern[str]  # `FIJI GOVERNMENT ONLINE PORTAL`: a site's name over its pages, never the title
    footer_item: re.Pattern[str]  # `Privacy policy`, `About Wikipedia`: a link of a site's footer, last
    footer_max_words: int
    footer_min_share: float
    stacked_label: re.Pattern[str]  # `Format` / `Source` / `Posted`: a label over its value, a line each
    stacked_published: re.Pattern[str]  # ... whose value is the publication date
    stacked_source: re.Pattern[str]  # ... whose value is a source line
    card_count: re.Pattern[str]  # `124`, `·`: a count or a separator on a blog's author card
    card_button: re.Pattern[str]  # `Follow`, `Listen`: a button on it
    post_name_degree: re.Pattern[str]  # ` • 2nd`: the writer's degree of connection after the name
    post_age: re.Pattern[str]  # `3w • Edited • 🌐`: a social post's age, under its writer's name
    post_button: re.Pattern[str]  # `Like`, `Repost`: a button of a social post's reactions, a line each
    post_min_buttons: int
    comments_head: re.Pattern[str]  # `Comments` over the comment box's furniture lines: furniture there
    closing_link: re.Pattern[str]  # `Back to Japan-Mekong Cooperation`: furniture as the last line
    address_street: re.Pattern[str]  # `70A Jalan Sisingamangaraja`: a line of a postal address closing a page
    address_postcode: re.Pattern[str]  # `Jakarta 12110, Indonesia`
    address_contact: re.Pattern[str]  # `Tel: ...`, `www.eria.org` beside it
    contact_lead: re.Pattern[str]  # `For more information, please contact:` over a contact block
    signed_mark: re.Pattern[str]  # `(Signed)` over a signatory's name and role lines
    address_max_lines: int
    disclaimer_warranty: re.Pattern[str]  # `provided "as is" without warranty`: a disclaimer closing a page
    disclaimer_subject: re.Pattern[str]  # `information`, `content`: what it disclaims
    signoff: re.Pattern[str]  # `DK/DK`: the initials of a release's writer and editor, alone on its last line
    about_publisher: re.Pattern[str]  # `The Standard Group Plc is a ...`: the company's blurb under its links
    comment_box_head: re.Pattern[str]  # `Comments - 3`: a comment box's head, its count in it
    comment_form: re.Pattern[str]  # `Add comment`, `Name -`: a comment box's form, a line each
    desk_credit: re.Pattern[str]  # `Source: CNA/ay(rn)`: a news desk's outlet and initials closing a story
    newsletter_head: re.Pattern[str]  # `Newsletter`: heads a sign-up box closing a page
    newsletter_button: re.Pattern[str]  # `Get the Newsletter`: its button, the box's last line
    furniture_section: re.Pattern[str]  # `Related articles`: the link lines under it are furniture
    link_list_head: re.Pattern[str]  # `Related News` alone in its block: the block under it its links
    caption_number: re.Pattern[str]  # `Figure 2-3-1` alone on its line, over its caption's title
    box_label: re.Pattern[str]  # `Column`, `Case Study`: a report's box, over its title and text
    unit_note: re.Pattern[str]  # `(Unit: 100 million yen)`: a table's unit, a line of its own
    closing_section: re.Pattern[str]  # `Related` heading the links that close a page: furniture there
    lone_closing_head: re.Pattern[str]  # `Read Next`: the widget's head, furniture even with no links left
    kind_mark: re.Pattern[str]  # `FOR IMMEDIATE RELEASE`: over the title, a mark of the page's kind
    kind_label: re.Pattern[str]  # `Press Releases`, `Fact Sheet` in the header
    kind_path_bar: re.Pattern[str]  # ` / `, ` > `: between the parts of a header's path (`kind_label_separators`)
    page_number: re.Pattern[str]  # `- 12 -`, `p. 45`, `Page 3 of 12`: a PDF's page number, alone on its line
    running_line: re.Pattern[str]  # `46  JICA Annual Report 2023`, `... Agency  3 / 12`: its `lead` or `trail` number
    page_edge_lines: int  # a running header stands this close to a page break
    page_min_lines: int  # two occurrences of a running header are a page apart
    running_max_chars: int
    word_endings: re.Pattern[str]  # `ment`, `tion`: the end of a word broken at a line's end, no word alone
    suspended: re.Pattern[str]  # `and` after `short-`: a suspended hyphen, no broken word
    edit_marker: re.Pattern[str]  # `[edit]` closing a wiki's section name: a heading, the marker furniture
    glued_end_mark: re.Pattern[str]  # `Enditem` glued to a wire story's last sentence: the `mark` is furniture
    glued_link: re.Pattern[str]  # `Purchase Licensing Rights, opens new tab` at a line's end: the `link` is furniture
    caption_label: re.Pattern[str]  # `Photo 3.` alone, or with its placeholder, or with text
    # caption_label's fullmatch as a match of bounded work: its text (`\S.*`) runs to the line's end
    # whenever it starts, so a label then a space and a character is enough (clean_blocks'
    # _split_captions tries it at each cell of a row without reading the rest of the row each time)
    caption_head: re.Pattern[str]
    placeholder: re.Pattern[str]
    photo_credit: re.Pattern[str]  # `Photo: JICA`, `(Photo courtesy of ...)` in the body
    wire_credit: re.Pattern[str]  # `(Reporting by ...; Editing by ...)` closing a wire story
    contributor_credit: re.Pattern[str]  # `— With Louise Maureen Simeon` closing a newspaper's story
    source_words: re.Pattern[str]
    source_suffix: re.Pattern[str]  # `JICAベトナム事務所`: a Japanese publisher's name ends with its kind
    periodical_name: re.Pattern[str]  # `Proceedings of the ... Conference on ...`: where a paper is printed
    byline: re.Pattern[str]
    site_tagline: re.Pattern[str]  # `From Wikipedia, the free encyclopedia`: a wiki's tagline, its `site` the source
    newsletter_name: re.Pattern[str]  # `JICA Southeast Asia Newsletter`, `... – October 2024 (Vol. 58)`: an issue's title
    staff_byline: re.Pattern[str]  # `X and Y, Nikkei staff writers`: writers before their `outlet` (a byline too)
    byline_role: re.Pattern[str]  # `Tech Correspondent` under a writer's bare name
    byline_note: re.Pattern[str]  # `Reading Time: 4 minutes` closing a blog's byline row
    author_box_label: re.Pattern[str]  # `Guest Author` over a writer's name and biography
    caption_credit: re.Pattern[str]  # `... province. Supplied`: a credit after a caption's last sentence
    wire_photo_credit: re.Pattern[str]  # `... in Jakarta on March 5, 2025. (Kyodo)`: a wire's photo over the lede
    venue: re.Pattern[str]  # `Press Conference Room, Ministry of Foreign Affairs`: a place, no publisher
    organisation_words: re.Pattern[str]  # `Department`, `Office`: a masthead line naming a body or its unit
    affiliation_words: re.Pattern[str]  # `University`, `Faculty`, `Institute`: a line naming a scholar's affiliation
    body_name: re.Pattern[str]  # `International Cooperation Bureau`, `Ministry of Foreign Affairs of Japan`
    named_acronym: re.Pattern[str]  # `Japan External Trade Organization (JETRO)`
    state: re.Pattern[str]  # `SOCIALIST REPUBLIC OF VIET NAM`: a state's name heading a letterhead
    motto: re.Pattern[str]  # `Independence - Freedom - Happiness` under it
    dateline: re.Pattern[str]
    citation: re.Pattern[str]  # `Volume 53, 2023 - Issue 4`, `Pages 612-635 | ...`: a journal's issue in the header
    paper_series: re.Pattern[str]  # `ERIA Policy Brief`: a numbered series of papers
    placed_dateline: re.Pattern[str]  # `Manila, 2024/03/12`: a place, then a dateline
    dated_source: re.Pattern[str]  # `Philippine Daily Inquirer / 05:05 AM March 15, 2024`: an outlet, then a dateline
    lede_dateline: re.Pattern[str]  # `BANGKOK — ` opening a news lede
    yearless_dateline: re.Pattern[str]  # `Vientiane, November 22 (KPL)` on its own line
    field_separator: re.Pattern[str]  # ` | ` between the fields of a header's metadata line
    field_source_label: re.Pattern[str]  # `Source: ` before a publisher's name in such a line
    field_byline_label: re.Pattern[str]  # `Author: `, `Posted by ` before a writer's name
    field_kind_label: re.Pattern[str]  # `Category: ` before a kind label
    updated_label: re.Pattern[str]  # `Updated`, `Last modified`: a date that is not the publication's
    field_note: re.Pattern[str]  # `6 min read`, `3 Comments` beside the date
    markers: re.Pattern[str]  # glued `Note 14` / `Glossary`; `*1`, `¹`, `[2]`
    note_line: re.Pattern[str]  # `  1. Note 14: text`; `*1 text`, `¹ text`, `[2] text`
    greeting: re.Pattern[str]  # `Good afternoon.`: a whole sentence that greets
    salutation: re.Pattern[str]  # `Excellencies, ladies and gentlemen,`: a line that only addresses
    qa_label: re.Pattern[str]  # `Q: ` / `A: ` opening a paragraph of an interview
    mail_header: re.Pattern[str]  # `From: ...`, `Subject: ...`: a line of an e-mail's header
    mail_subject: re.Pattern[str]  # `Subject: FW: ...`: its label and prefix, then the subject
    episode: re.Pattern[str]  # `Ep. 42 — ...` under a show's name: the title, the show its series
    speaker_turn: re.Pattern[str]  # `○Minister for Foreign Affairs (YAMAMOTO Kaori): ` opening a turn
    edition_title: re.Pattern[str]  # `ODA Country Data Book 2023`: a periodical's edition, dated by its year
    generic_title: re.Pattern[str]  # `Ex-Post Evaluation of ... Project`: a title naming only the kind of sheet
    address_title: re.Pattern[str]  # `Remarks at the ... Centre`: an address's title, no body's name
    name_label: re.Pattern[str]  # `Project Name: ...` under it: the name the page takes
    name_label_lines: int
    dated_entry: re.Pattern[str]  # `1992 – `, `April 2012: ` opening a chronology's entry
    timestamp: re.Pattern[str]  # `[00:01:23] `, `00:12 ` opening a transcript's turn or a video's chapter
    stage_direction: re.Pattern[str]  # `Applause`: a stage direction in brackets, no section's title
    label_line: re.Pattern[str]  # `Tel: +81-3-5501-8000`: one line of a contact or reference block
    honorific: re.Pattern[str]  # `Dr `, `Ms. `, `H.E. ` opening a person's name on a line
    speaker_line: re.Pattern[str]  # `Prime Minister Kishida`, `Mr. HAYASHI:`: a speaker's title and name alone on a line
    field_line: re.Pattern[str]  # `Language: English`: a metadata label and its value, no heading
    generated_label: re.Pattern[str]  # `Date Generated`: the label of the date a sheet was made, anywhere in it
    country_field: re.Pattern[str]  # `Country / Economy`, `Country Name:`: a sheet's field naming its countries
    heading_glyph: re.Pattern[str]
    bracket_heading: re.Pattern[str]  # `【概要】`, and the text after it on its line
    list_item: re.Pattern[str]
    sub_item: re.Pattern[str]  # `(1) `, `(a) `, `ii) ` opening a sub-item under a numbered item
    section_number: re.Pattern[str]  # `(2) `, `1. `, `2.3 ` before a section title
    title_join: re.Pattern[str]  # `BETWEEN`, `AND` alone between the lines of an agreement's title
    article_label: re.Pattern[str]  # `Article 1`, `Paragraph 3` over its title: one heading
    book_name: re.Pattern[str]  # `annual report`, `white paper`: a series cue (document_types.yml)
    series_issue: re.Pattern[str]  # a whole line naming a numbered issue of a series: "Working Paper No. 2024-07"
    chapter_line: re.Pattern[str]  # `Chapter 3 ...`, `Part II ...`: a book's chapter over its section
    section_line: re.Pattern[str]  # `Section 2 ...`, `Chapter 2 Section 3 ...`
    glossary_headings: frozenset[str]
    note_headings: frozenset[str]  # `Notes`: over a list numbered with bare figures, its notes
    reference_headings: frozenset[str]  # `References`: a back-matter section of entries
    link_headings: frozenset[str]  # `See also`: a section of links, a line each
    reference_entry: re.Pattern[str]  # `Goto, M. (2022).` opening an entry of references
    reference_backlinks: re.Pattern[str]  # `^ a b ` opening a wiki's reference: its links back, furniture
    back_matter_headings: frozenset[str]
    minor_words: frozenset[str]
    abbreviations: frozenset[str]  # words a full stop abbreviates (atlas.sentences)
    open_ends: frozenset[str]  # `between`: a word no phrase ends on, so a line stopping on it wrapped
    clause_words: frozenset[str]  # `to`, `will`: a line holding one is a clause, no publisher's name
    auxiliary_words: frozenset[str]  # `will`, `is`: a headline holding one says something happened
    editors_note: re.Pattern[str]  # `Editor's note: ...` under the headline, over the byline
    note_word: str
    glossary_word: str
    title_max_words: int
    headline_max_words: int  # a `Heading: subtitle` headline may be longer than title_max_words
    heading_max_words: int
    marked_heading_max_words: int
    subheading_max_words: int  # a sentence-case subheading without marker
    standfirst_max_words: int
    source_max_words: int
    logo_max_words: int
    wrap_max_chars: int
    title_case_ratio: float
    bullet_glyphs: str
    tight_bullet_glyphs: str  # `・`: a bullet that may touch its text
    sub_bullet: str  # `o`: a Word document's second-level bullet, a letter, under a bulleted item
    list_starts: frozenset[str]  # first characters a list item line can have (a cheap gate)
    glyphs: frozenset[str]  # heading glyphs
    heading_openers: frozenset[str]  # opening brackets of bracket headings
    note_labels: frozenset[str]  # `注` of `【注】...`: a note's label in brackets, no heading
    office_words: re.Pattern[str] = re.compile("(?!)")  # `Programme`: a country office's body (with the country)
    country_names: frozenset[str] = frozenset()  # casefolded names and aliases of countries.yml
    outlet_names: frozenset[str] = frozenset()  # casefolded names of organisations.yml's media
    # casefolded words of topics.yml's phrases ("semiconductors", "co-creation"): how a word cut at a
    # line's end is written whole, when the document does not write it elsewhere
    known_words: frozenset[str] = frozenset()
    # `Enrique A. Manalo` / `Secretary of Foreign Affairs`: a signatory's name line over the role line
    signatory: re.Pattern[str] = re.compile("(?!)")


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class FurnitureLine:
    """A line of furniture: one phrase of furniture.yml, or several joined by a separator
    ("Advertisement · Scroll to continue"); an arrow or a glyph before or after it ("▲ Back to
    top") decorates the same furniture.

    One phrase is tried by its first character (atlas.first_chars); the whole pattern, phrases
    joined, only when the line holds a separator."""

    SEPARATORS = frozenset("·|•/")

    def __init__(self, phrases: list[str], decoration: str) -> None:
        head, tail = rf"(?:[{decoration}]\s*)?", rf"(?:\s*[{decoration}]+)?"
        one = _alternation(phrases)
        self.pattern = rf"{head}(?:{one})(?:(?:\s*[·|•]\s*|\s+/\s+)(?:{one}))*{tail}"
        self.joined = re.compile(self.pattern, re.I)
        # (a line the first character does not narrow is tried against the phrases joined)
        self.phrase = Alternation(phrases, re.I, head=head, tail=tail, whole=self.joined)

    def fullmatch(self, text: str) -> bool:
        # (with none of the separators, the phrases joined match what one phrase does)
        return self.phrase.fullmatch(text) or (
            not self.SEPARATORS.isdisjoint(text) and self.joined.fullmatch(text) is not None)


def _language_switcher(data: dict) -> str:
    """A language switcher's line (see furniture.yml): names of languages in a row, or one with
    the word for its version of the page, or a link to read the page in it."""
    lang, page, codes = data["languages"], data["language_pages"], data["codes"]
    # (the names are tried once, after a look-ahead on their first letters: `languages` are plain
    # names, so their first letters are known; a code only opens a row of them)
    first = re.escape("".join(sorted({name[:1].casefold() for name in f"{lang}|{codes}".split("|")} | {"r", "v"})))
    row = f"{lang}|{codes}"
    return (rf"(?=[{first}])(?:(?:{row})(?:(?:\s*[|/·•]\s*|\s+)(?:{row}))+|(?:{lang})\s*(?:{page})"
            rf"|(?:read|view)(?: this)?(?: (?:page|article|site))? in (?:{lang}))")


def compile_rules(data: dict, series_cues: tuple[str, ...] = (), country_names: frozenset[str] = frozenset(),
                  honorifics: tuple[str, ...] = (), outlet_names: frozenset[str] = frozenset(),
                  known_words: frozenset[str] = frozenset(), titles: tuple[str, ...] = (),
                  role_titles: tuple[str, ...] = (), portfolio_words: tuple[str, ...] = (),
                  issue_cues: tuple[str, ...] = ()) -> Rules:
    """Compile the furniture data (as loaded from YAML) into :class:`Rules`; `series_cues` are
    the patterns that name a book (document_types.yml), none by default; `country_names` the
    casefolded names of countries (countries.yml), `outlet_names` those of the news media
    (organisations.yml), `known_words` the words of the topics' phrases (topics.yml), `titles` the
    people's titles (people.yml), `issue_cues` the patterns that name a numbered issue of a series
    ("Working Paper No. 2024-07", document_types.yml `series_issue`), none by default."""
    s = data["structure"]
    caption, greeting = data["caption"], data["greeting"]
    bullets, tight = s["bullet_glyphs"], s["tight_bullet_glyphs"]
    bullet_class = "[" + re.escape(bullets) + "]"
    note, gloss = re.escape(data["note_word"]), re.escape(data["glossary_word"])
    phrases = [*data["furniture_lines"], _language_switcher(data["language_switcher"])]
    deco = re.escape(data["furniture_decoration"])
    source_words = _alternation([w.replace(" ", r"\s+") for w in data["source_words"]])
    masthead, layout, fields = data["masthead"], data["page_layout"], data["header_fields"]
    menu = data["site_menu"]
    kinds = _alternation(data["kind_labels"])
    brackets = s["heading_brackets"]
    openers, closers = re.escape(brackets[0::2]), re.escape(brackets[1::2])
    return Rules(
        # one furniture phrase, or several joined by a separator ("Advertisement · Scroll to continue")
        # (an arrow or a glyph before or after it, "▲ Back to top", decorates the same furniture)
        furniture=FurnitureLine(phrases, deco),
        furniture_button=Alternation([*phrases, data["furniture_buttons"]], re.I),
        long_furniture=Alternation(data["long_furniture"]["lines"], re.I),
        long_furniture_max_chars=int(data["long_furniture"]["max_chars"]),
        # (its capitalised words as written: the agency's name opens it)
        self_description=re.compile(_alternation(data["long_furniture"]["self_descriptions"])),
        self_description_max_chars=int(data["long_furniture"]["self_description_max_chars"]),
        long_furniture_wrap=re.compile(data["long_furniture"]["wrap_cues"], re.I),
        button_groups=tuple((re.compile(g["head"], re.I), re.compile(g["buttons"], re.I))
                            for g in data["button_groups"]),
        # (two sections joined as one item: "Business & Economy", "Science and Technology")
        menu_item=re.compile(rf"(?:{menu['items']})(?:\s?(?:&|and|/)\s?(?:{menu['items']}))?", re.I),
        menu_min_items=int(menu["min_items"]),
        menu_max_words=int(menu["max_words"]),
        menu_min_share=float(menu["min_share"]),
        site_logo=re.compile(data["site_logo"], re.I),
        local_government_site=re.compile(data["local_government_site"]),
        site_title=re.compile(data["site_title"], re.I),
        crumb_path=re.compile(data["crumb_path"]),
        language_name=re.compile(data["language_switcher"]["languages"], re.I),
        logo_text=re.compile(data["logo_text"]),
        above_title=re.compile(data["above_title"], re.I),
        fiscal_period=re.compile(data["fiscal_period"], re.I),
        footer_item=re.compile(data["site_footer"]["items"], re.I),
        footer_max_words=int(data["site_footer"]["max_words"]),
        footer_min_share=float(data["site_footer"]["min_share"]),
        stacked_label=re.compile(data["stacked_fields"]["labels"], re.I),
        stacked_published=re.compile(data["stacked_fields"]["published_labels"], re.I),
        stacked_source=re.compile(data["stacked_fields"]["source_labels"], re.I),
        card_count=re.compile(data["author_card"]["counts"], re.I),
        card_button=re.compile(data["author_card"]["buttons"], re.I),
        post_name_degree=re.compile(data["social_post"]["name_degree"] + "$", re.I),
        post_age=re.compile(data["social_post"]["post_age"], re.I),
        post_button=re.compile(data["social_post"]["buttons"], re.I),
        post_min_buttons=int(data["social_post"]["min_buttons"]),
        comments_head=re.compile(data["social_post"]["comments_head"], re.I),
        closing_link=re.compile(data["closing_links"], re.I),
        address_street=re.compile(data["closing_blocks"]["street"], re.I),
        address_postcode=re.compile(data["closing_blocks"]["postcode"], re.I),
        address_contact=re.compile(data["closing_blocks"]["contact"], re.I),
        contact_lead=re.compile(data["closing_blocks"]["contact_lead"], re.I),
        signed_mark=re.compile(data["closing_blocks"]["signed_mark"], re.I),
        address_max_lines=int(data["closing_blocks"]["max_lines"]),
        disclaimer_warranty=re.compile(data["closing_blocks"]["warranty"], re.I),
        disclaimer_subject=re.compile(data["closing_blocks"]["subject"], re.I),
        signoff=re.compile(data["closing_blocks"]["signoff"]),
        about_publisher=re.compile(data["closing_blocks"]["about_publisher"]),
        comment_box_head=re.compile(data["closing_blocks"]["comment_box_head"], re.I),
        comment_form=re.compile(data["closing_blocks"]["comment_form"], re.I),
        desk_credit=re.compile(data["closing_blocks"]["desk_credit"]),
        newsletter_head=re.compile(data["closing_blocks"]["newsletter_head"], re.I),
        newsletter_button=re.compile(data["closing_blocks"]["newsletter_button"], re.I),
        furniture_section=re.compile(data["furniture_sections"], re.I),
        link_list_head=re.compile(data["link_list_heads"], re.I),
        box_label=re.compile(data["box_labels"], re.I),
        unit_note=re.compile(data["unit_note"], re.I),
        closing_section=re.compile(data["closing_sections"], re.I),
        lone_closing_head=re.compile(data["lone_closing_heads"], re.I),
        kind_mark=re.compile(data["kind_marks"], re.I),
        # (one label, or a breadcrumb of them: "Opinion / Commentary")
        kind_label=re.compile(rf"(?:{kinds})(?:\s*[{re.escape(data['kind_label_separators'])}]\s*(?:{kinds}))*", re.I),
        kind_path_bar=re.compile(rf"\s+[{re.escape(data['kind_label_separators'])}]\s+"),
        page_number=re.compile(layout["page_number"], re.I),
        # (the number at the line's start or its end, with the count of pages after it or not; the
        # words before a trailing number are the shortest, so `3 / 12` leaves `3` the number)
        running_line=re.compile(rf"(?P<lead>\d{{1,4}})(?P<lead_total>{layout['page_total']})?\s+(?P<key>\D.*)|"
                                rf"(?P<body>.*?\S)\s+(?P<trail>\d{{1,4}})(?P<trail_total>{layout['page_total']})?",
                                re.I),
        page_edge_lines=int(layout["edge_lines"]),
        page_min_lines=int(layout["page_min_lines"]),
        running_max_chars=int(layout["running_max_chars"]),
        word_endings=re.compile(data["hyphenation"]["word_endings"]),
        suspended=re.compile(data["hyphenation"]["suspended"]),
        edit_marker=re.compile(rf"(?<=\S)\s*(?:{data['edit_marker']})$", re.I),
        glued_end_mark=re.compile(rf"(?<=[.!?\"”’)])\s+(?P<mark>{data['glued_end_mark']})$", re.I),
        glued_link=re.compile(rf"(?<=\S)\s+(?P<link>(?:{data['glued_link']}),? opens (?:in )?(?:a )?new (?:tab|window))$",
                              re.I),
        caption_label=re.compile(
            rf"(?P<label>{caption['label']})(?:\s+(?P<placeholder>{caption['placeholder']})|\s+(?P<text>\S.*))?", re.I),
        caption_head=re.compile(rf"(?:{caption['label']})(?:\s+(?:{caption['placeholder']})\Z|\s+\S|\Z)", re.I),
        placeholder=re.compile(caption["placeholder"], re.I),
        caption_number=re.compile(caption["bare_label"], re.I),
        photo_credit=re.compile(data["photo_credit"], re.I),
        wire_credit=re.compile(data["wire_credit"], re.I),
        contributor_credit=re.compile(data["contributor_credit"]),
        source_words=re.compile(rf"(?<![^\W_])(?:{source_words})(?![^\W_])", re.I),
        periodical_name=re.compile(data["periodical_name"], re.I),
        source_suffix=re.compile(rf"\w(?:{_alternation([re.escape(w) for w in data['source_suffixes']])})$"),
        byline=re.compile(f"{data['byline']}|{data['staff_byline']}", re.I),
        site_tagline=re.compile(data["site_tagline"], re.I),
        newsletter_name=re.compile(data["newsletter_name"], re.I),
        staff_byline=re.compile(data["staff_byline"], re.I),
        byline_role=re.compile(data["byline_role"], re.I),
        byline_note=re.compile(rf"(?:{data['byline_note']})$", re.I),
        author_box_label=re.compile(data["author_box_label"], re.I),
        caption_credit=re.compile(rf"{data['photo_credit']}|{data['caption_credit']}", re.I),
        wire_photo_credit=re.compile(data["wire_photo_credit"], re.I),
        venue=re.compile(data["venue"], re.I),
        organisation_words=re.compile(rf"(?<![^\W_])(?:{_alternation(masthead['organisation_words'])})(?![^\W_])",
                                      re.I),
        affiliation_words=re.compile(rf"(?<![^\W_])(?:{_alternation(masthead['organisation_words'] + masthead['affiliation_words'])})"
                                     rf"(?![^\W_])", re.I),
        # (capitalised words, then the word naming the body, then what it is of: "Ministry of ...")
        body_name=re.compile(rf"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on|the)\s+)*){{0,6}}"
                             rf"(?i:{_alternation(masthead['organisation_words'])})(?:\s+(?:of|for|on)\s+[A-Z].*)?"),
        named_acronym=re.compile(masthead["named_acronym"]),
        state=re.compile(masthead["state"], re.I),
        motto=re.compile(masthead["motto"]),
        dateline=re.compile(data["dateline"], re.I | re.X),
        citation=re.compile(data["citation"], re.I),
        paper_series=re.compile(data["paper_series"], re.I),
        placed_dateline=re.compile(f"(?:{data['dateline_place']})(?:{data['dateline']})", re.I | re.X),
        # (the outlet's name is anything before the separator: its words are judged as a source line's;
        # the time of day before the date parts them as well, "All News 15:42 November 28, 2024")
        dated_source=re.compile(rf"(?P<name>.+?)(?:\s*[/|·•]\s*|\s+[-—–]\s+|\s+(?=\d{{1,2}}:\d\d\s))(?:{data['dateline']})",
                                re.I | re.X),
        lede_dateline=re.compile(data["lede_dateline"], re.X),
        yearless_dateline=re.compile(data["yearless_dateline"], re.X),
        field_separator=re.compile(fields["separators"], re.I),
        field_source_label=re.compile(fields["source_label"], re.I),
        field_byline_label=re.compile(fields["byline_label"], re.I),
        field_kind_label=re.compile(fields["kind_label"], re.I),
        updated_label=re.compile(fields["updated_label"], re.I),
        field_note=re.compile(fields["note"], re.I),
        # Case-sensitive on purpose: "denote 5" or a spaced "Note 4" is the author's text.
        # (A `*1` or superscript mark follows a letter or punctuation, never a figure: `2*3`, `10²`.)
        # (The look-ahead on the characters a marker can start with skips most positions cheaply.)
        # (A bracketed figure before a link's target or label, `[1](...)`, `[1][a]`, is no marker; one
        # before another marker is, as a paper cites two sources at once: `prices[3][4]`.)
        markers=re.compile(rf"(?=[{re.escape(data['note_word'][0] + data['glossary_word'][0])}*※\[\s{_SUPERSCRIPTS}])"
                           rf"(?:(?<=\S)(?:(?P<note>{note})\s?(?P<num>\d{{1,4}})|(?P<gloss>{gloss}))(?![^\W_])"
                           rf"|(?<=[^\s\d*※(\[])(?:{_STAR_MARK}|{_SUP_MARK})"
                           rf"|(?<=\S)\s?\[(?P<bnum>\d{{1,3}})\](?!\(|\[(?!\d{{1,3}}\]))"
                           # (two or more sources cited at once in one pair of brackets: "[3, 4]",
                           # "[5-7]", "[3–4]", "[2, 5–7]"; clean_inline.markers gives each its note)
                           rf"|(?<=\S)\s?\[(?P<bnums>\d{{1,3}}(?:(?:,\s?|\s?[-–]\s?)\d{{1,3}})+)\](?![(\[]))"),
        # ("Note 14: ...", "Note14: ..." as a PDF drops its space, "Note 14 Making ..." without the colon)
        note_line=re.compile(rf"\s*(?:(?:\d{{1,4}}[.)]\s+)?{note}\s*(?P<num>\d{{1,4}})(?:\s*[:.：]|\s+(?=[A-Z\"“(]))|"
                             rf"(?P<label>{_STAR_MARK}|{_SUP_MARK}|\[(?P<bnum>\d{{1,3}})\])(?=\s))\s*(?P<text>.*)"),
        greeting=re.compile(rf"(?:(?:{greeting['address']}),\s+)*(?:{greeting['words']})"
                            rf"(?:,?\s+(?:and\s+)?(?:to\s+)?(?:{greeting['address']}))*\s*[.!]", re.I),
        salutation=re.compile(rf"(?:(?:{greeting['words']}|{greeting['address']})(?:,\s*|\s+and\s+))*"
                              rf"(?:{greeting['words']}|{greeting['address']}),", re.I),
        qa_label=re.compile(data["qa_label"]),
        mail_header=re.compile(data["mail_header"], re.I),
        mail_subject=re.compile(data["mail_subject"], re.I),
        episode=re.compile(data["episode"], re.I),
        speaker_turn=re.compile(data["speaker_turn"]),
        edition_title=re.compile(data["edition_title"], re.I),
        generic_title=re.compile(data["named_title"]["generic"], re.I),
        address_title=re.compile(data["address_title"], re.I),
        name_label=re.compile(data["named_title"]["label"], re.I),
        name_label_lines=int(data["named_title"]["lines"]),
        timestamp=re.compile(data["timestamp"]),
        dated_entry=re.compile(data["dated_entry"], re.I),
        label_line=re.compile(data["label_line"]),
        stage_direction=re.compile(data["stage_direction"], re.I),
        honorific=re.compile(rf"{honorific_alternation(list(honorifics))}\.?\s+[A-Z]", re.I),
        speaker_line=_speaker_line(titles, honorifics),
        signatory=_signatory(role_titles or titles, honorifics, portfolio_words),
        field_line=re.compile(rf"(?:{data['field_labels']})\s*[:：]\s*\S.*", re.I),
        generated_label=re.compile(rf"(?:{data['generated_label']})\s*[:：]?", re.I),
        country_field=re.compile(rf"(?:{data['country_field']})(?=\s*(?:[:：]|$))", re.I),
        heading_glyph=re.compile(rf"(?P<glyph>[{re.escape(s['heading_glyphs'])}])\s*(?P<text>\S.*)"),
        bracket_heading=re.compile(rf"(?P<glyph>[{openers}])\s*(?P<text>[^{openers}{closers}]*[^\s{openers}{closers}])"
                                   rf"\s*[{closers}]\s*(?P<rest>.*)"),
        # A marker and a space, then the text (`1-1.`, `1-2.`, `(1-1)`: an activity numbered under its output,
        # as a project's design matrix numbers them, an item keeping its number; `i.`, `(ii)`: a lower-case Roman numeral numbers
        # items as a letter does, read before a letter, so `(i)` opens Roman items); a tight bullet
        # (`・`) and a number in Japanese typesetting (`１．事業名`, full-width stop or bracket, no
        # figure after it) may touch their text.
        list_item=re.compile(
            rf"(?P<indent>\s*)(?:(?P<num>\d{{1,3}})(?P<delim>[.)](?=\s)|[．）](?!\d))|"
            rf"(?:(?P<hier>\d{{1,2}}-\d{{1,2}}[.)]|\(\d{{1,2}}-\d{{1,2}}\))|(?P<roman>\({_ROMAN}\)|{_ROMAN}[.)])|(?P<letter>\(?[a-z]\)|[a-z]\.|\(?[A-Z]\))|"
            rf"(?P<circled>[{_CIRCLED_CLASS}])|(?P<bullet>{bullet_class}\ufe0f?))(?=\s)|"
            rf"(?P<tight>[{re.escape(tight)}]))"
            rf"(?:\s+{bullet_class}(?=\s))*\s*(?P<text>\S.*)"),
        sub_item=re.compile(r"(?:\((?P<inner>\d{1,3}|[a-z]|[ivx]{1,6})\)|(?P<bare>\d{1,3}|[a-z]|[ivx]{1,6})\))\s+\S.*"),
        # (`１．概要`: a full-width stop in Japanese typesetting touches the title)
        section_number=re.compile(rf"(?P<number>(?:\(\d{{1,3}}\)|\d{{1,3}}(?:\.\d{{1,3}})*\.?)(?=\s)|\d{{1,3}}．(?=\S)|"
                                  rf"[{_CIRCLED_CLASS}])"
                                  r"\s*(?P<text>\S.*)"),
        title_join=re.compile(s["title_joins"], re.I),
        article_label=re.compile(s["article_label"], re.I),
        # (a cue is a whole word of a Latin script, "annual report" not in "biannual reports";
        # `白書` has no spaces round it in `開発協力白書`)
        series_issue=re.compile(_alternation(list(issue_cues)) if issue_cues else r"(?!)", re.I),
        book_name=re.compile(rf"(?<![a-z])(?:{_alternation(list(series_cues))})(?![a-z])" if series_cues else r"(?!)",
                             re.I),
        chapter_line=re.compile(data["book"]["chapter"], re.I),
        section_line=re.compile(data["book"]["section"], re.I),
        glossary_headings=frozenset(h.casefold() for h in data["glossary_headings"]),
        note_headings=frozenset(h.casefold() for h in data["note_headings"]),
        reference_headings=frozenset(h.casefold() for h in data["reference_headings"]),
        link_headings=frozenset(h.casefold() for h in data["link_headings"]),
        reference_entry=re.compile(data["reference_entry"]),
        reference_backlinks=re.compile(data["reference_backlinks"]),
        back_matter_headings=frozenset(h.casefold() for h in data["back_matter_headings"]),
        minor_words=frozenset(s["minor_words"].casefold().split()),
        abbreviations=frozenset(s["abbreviations"].split()),
        open_ends=frozenset(s["open_ends"].casefold().split()),
        clause_words=frozenset(s["clause_words"].casefold().split()),
        auxiliary_words=frozenset(s["auxiliary_words"].casefold().split()),
        editors_note=re.compile(s["editors_note"], re.I),
        note_word=data["note_word"],
        glossary_word=data["glossary_word"],
        title_max_words=int(s["title_max_words"]),
        headline_max_words=int(s["headline_max_words"]),
        heading_max_words=int(s["heading_max_words"]),
        marked_heading_max_words=int(s["marked_heading_max_words"]),
        subheading_max_words=int(s["subheading_max_words"]),
        standfirst_max_words=int(s["standfirst_max_words"]),
        source_max_words=int(s["source_max_words"]),
        logo_max_words=int(masthead["logo_max_words"]),
        wrap_max_chars=int(s["wrap_max_chars"]),
        title_case_ratio=float(s["title_case_ratio"]),
        bullet_glyphs=bullets,
        tight_bullet_glyphs=tight,
        sub_bullet=s["sub_bullet"],
        list_starts=frozenset("0123456789０１２３４５６７８９(abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + bullets + tight)
        | CIRCLED_NUMBERS,
        glyphs=frozenset(s["heading_glyphs"]),
        heading_openers=frozenset(brackets[0::2]),
        note_labels=frozenset(s["note_labels"]),
        office_words=re.compile(rf"(?<![^\W_])(?:{_alternation(masthead.get('office_words') or ['(?!)'])})(?![^\W_])", re.I),
        country_names=country_names,
        outlet_names=outlet_names,
        known_words=known_words,
    )


def note_key(m: re.Match[str]) -> tuple[str, str]:
    """(style, number) of a note marker or of a notes-list line: ("note", "14"), ("star", "1"),
    ("sup", "1"), ("bracket", "2")."""
    if m.group("num"):
        return "note", m.group("num")
    if m.group("snum"):
        return "star", m.group("snum")
    if m.group("bnum"):
        return "bracket", m.group("bnum")
    return "sup", m.group("sup").translate(_FROM_SUPERSCRIPT)


_CITED_RANGE = re.compile(r"\s?[-–]\s?")
# A range of sources cited at once is a few: "[3-250]" is no citation of 248 notes.
_MAX_CITED_RANGE = 12


def cited_figures(figures: str) -> list[str]:
    """The figures a combined citation names, each range written out: "3, 4" -> 3, 4; "5-7" ->
    5, 6, 7; "2, 5–7" -> 2, 5, 6, 7. [] when a range runs backwards or is too long to be one."""
    out: list[str] = []
    for part in figures.split(","):
        ends = _CITED_RANGE.split(part.strip())
        if len(ends) == 1:
            out.append(ends[0])
            continue
        low, high = int(ends[0]), int(ends[-1])
        if len(ends) != 2 or not low < high <= low + _MAX_CITED_RANGE:
            return []
        out.extend(str(n) for n in range(low, high + 1))
    return out


def load_furniture_data(path: Path = FURNITURE_FILE) -> dict:
    return load_yaml(path)


def load_series_cues(path: Path = DOCUMENT_TYPES_FILE) -> tuple[str, ...]:
    """Every document type's `series` patterns, in file order, then its `series_issue` ones (a
    numbered issue of a report series, "ERIA Research Project Report 2024, No. 12", names a book too)."""
    types = load_yaml(path).get("types") or {}
    return tuple(str(p) for key in ("series", "series_issue") for entry in types.values()
                 for p in (entry or {}).get(key) or ())


def load_issue_cues(path: Path = DOCUMENT_TYPES_FILE) -> tuple[str, ...]:
    """Every document type's `series_issue` patterns: a numbered issue of a report series."""
    types = load_yaml(path).get("types") or {}
    return tuple(str(p) for entry in types.values() for p in (entry or {}).get("series_issue") or ())


def load_country_names(path: Path = COUNTRIES_FILE) -> frozenset[str]:
    """Every country's display name and aliases (countries.yml), casefolded."""
    entries = load_yaml(path) or {}
    return frozenset(str(n).casefold() for e in entries.values() if isinstance(e, dict)
                     for n in (e.get("name"), *(e.get("aliases") or ())) if n)


def load_outlet_names(path: Path = ORGANISATIONS_FILE) -> frozenset[str]:
    """The names, aliases and source aliases of organisations.yml's news media, casefolded."""
    entries = (load_yaml(path) or {}).get("organisations") or {}
    return frozenset(str(n).casefold() for e in entries.values() if isinstance(e, dict) and e.get("kind") == "media"
                     for n in (e.get("name"), e.get("full_name"), *(e.get("aliases") or ()),
                               *(e.get("source_aliases") or ())) if n)


def load_known_words(path: Path = TOPICS_FILE) -> frozenset[str]:
    """The words of topics.yml's phrases, casefolded, a hyphenated one whole ("co-creation")."""
    topics = (load_yaml(path) or {}).get("topics") or {}
    return frozenset(w for entry in topics.values() if isinstance(entry, dict)
                     for phrase in entry.get("phrases") or () for w in str(phrase).casefold().split())


def _people_words(data: Any, *keys: str) -> tuple[str, ...]:
    """The entries of people.yml's lists `keys`, in order."""
    return tuple(str(t) for key in keys for t in data.get(key) or ()) if isinstance(data, dict) else ()


def load_title_names(path: Path = PEOPLE_FILE) -> tuple[str, ...]:
    """people.yml's titles ("Prime Minister", "Ambassador"): a line of one and a name is a speaker's."""
    return _people_words(load_yaml(path), "titles")


# A name's word as a transcript prints it over the speaker's words: capitalised, or in capitals
# ("Kishida", "KAMIKAWA", "Yoko"), no stop (a sentence's words have one)
_SPEAKER_NAME = r"(?:[A-Z][a-z'’-]+|[A-Z]{2,}[A-Z'’-]*)"


def _speaker_line(titles: tuple[str, ...], honorifics: tuple[str, ...]) -> re.Pattern[str]:
    """A speaker's title or honorific and name alone on a line, a colon after them or not, as a
    transcript sets them over the words ("Prime Minister Kishida", "Foreign Minister Kamikawa Yoko",
    "Mr. HAYASHI:"): one to three words of a name, nothing else."""
    title = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True)) or "(?!)"
    polite = honorific_alternation(list(honorifics))
    first = re.escape("".join(sorted({w[0] for w in (*titles, *honorifics) if w}))) or "^$"
    # (the first letter looked at first: a line that opens with none of theirs fails at once)
    # (the title in capitals as the name may be, "MINISTER KAMIKAWA"; honorifics one after another, "H.E. Ms.")
    # (or the name first, then a comma and the post, as a ministry's transcript sets it: "Kamikawa
    # Yoko, Minister for Foreign Affairs", "Mr. Hayashi Yoshimasa, Chief Cabinet Secretary"; the post
    # opens with a title and runs on in its capitalised words and small ones, no verb)
    named = rf"(?:{polite}\.?\s+)?{_SPEAKER_NAME}(?:\s+(?:{_SPEAKER_NAME}|[A-Z]\.)){{1,3}},\s+(?i:{title})" \
            rf"(?:\s+(?:of|for|and|the|on|[A-Z][\w'’-]*)){{0,8}}"
    return re.compile(rf"(?:(?=[{first}])(?:(?i:{title})(?:\s+{polite}\.?)?|{polite}\.?(?:\s+{polite}\.?)?)"
                      rf"(?:\s+{_SPEAKER_NAME}){{1,3}}|{named})\s*[:：]?")


def load_role_titles(path: Path = PEOPLE_FILE) -> tuple[str, ...]:
    """people.yml's titles and comma_titles ("Minister", "Secretary"): a role line opens with one."""
    return _people_words(load_yaml(path), "titles", "comma_titles")


# A name's word on a signatory's line: capitalised or in capitals, or initials ("A.", "L.P."), or a
# particle ("dos", "bin")
_SIGNER_WORD = r"(?:[A-Z][a-z'’-]+|[A-Z]{2,}[A-Z'’-]*|(?:[A-Z]\.){1,3}|(?:de|dos|da|del|bin|binti|van|von))"


def _signatory(titles: tuple[str, ...], honorifics: tuple[str, ...], portfolio: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A signatory's or a speaker's name alone on a line, the role alone on the next ("Enrique A.
    Manalo" / "Secretary of Foreign Affairs of the Philippines", "Dr. Kao Kim Hourn" /
    "Secretary-General of ASEAN", "Gilberto C. Teodoro Jr." / "Secretary of National Defense"): the
    name two to five words after its honorifics, a suffix after it or not; the role line is a title
    alone or the title and the place or body it serves ("President Visits Tokyo" is a headline), and
    ends with no stop (no sentence). A word of a portfolio (people.yml portfolio_words) is no name's:
    "Regional Cooperation" over "Minister of ..." is a heading."""
    # (the name line holds no portfolio word: checked on its words before the pattern is tried)
    not_name = rf"(?![^\n]*\b(?:{'|'.join(map(re.escape, portfolio))})\b[^\n]*\n)" if portfolio else ""
    title = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True)) or "(?!)"
    polite = honorific_alternation(list(honorifics))
    return re.compile(rf"{not_name}(?:{polite}\.?\s+){{0,3}}(?=[A-Z])(?:{_SIGNER_WORD}\s+){{1,4}}(?:[A-Z][a-z'’-]+|[A-Z]{{2,}})"
                      rf"(?:,?\s+(?:Jr|Sr|JR|SR)\.|\s+I{{2,3}})?\n(?i:{title})(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"
                      rf"(?:(?:,|\s+(?:of|for|to|in|at|and)\s)[^\n.:;!?]{{0,100}})?")


def load_portfolio_words(path: Path = PEOPLE_FILE) -> tuple[str, ...]:
    """people.yml's portfolio_words ("Affairs", "Cooperation"): no word of a person's name."""
    return _people_words(load_yaml(path), "portfolio_words")


def load_honorifics(path: Path = PEOPLE_FILE) -> tuple[str, ...]:
    """people.yml's honorifics ("Dr.", "H.E."): lines opening with one can be a list of people."""
    return tuple(honorific_words(load_yaml(path)))


@functools.cache
def load_rules(path: Path = FURNITURE_FILE) -> Rules:
    """The rules from furniture.yml (and the series cues of document_types.yml), read and
    compiled once per process."""
    people = load_yaml(PEOPLE_FILE)  # (read once for its four lists)
    return compile_rules(load_furniture_data(path), load_series_cues(), load_country_names(),
                         tuple(honorific_words(people)), load_outlet_names(), load_known_words(),
                         _people_words(people, "titles"), _people_words(people, "titles", "comma_titles"),
                         _people_words(people, "portfolio_words"), load_issue_cues())


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def line_end(text: str) -> str:
    """The last character of a line that is not a closing quote or bracket ('' if none)."""
    stripped = text.rstrip()
    if stripped[-1:] in "])）":
        stripped = _TRAILING_ASIDE.sub("", stripped)
    stripped = stripped.rstrip(_CLOSERS).rstrip()
    return stripped[-1:] if stripped else ""


def is_aside(text: str) -> bool:
    """A whole line in brackets: a stage direction (`[Applause]`), a credit or a translator's
    note (`(Photo courtesy of ...)`, `(Provisional translation)`), never a heading."""
    close = _PAIRS.get(text[:1])
    if not close or text[-1:] != close:
        return False
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == text[0]) - (ch == close)
        if depth == 0:
            return k == len(text) - 1
    return False


# An event's date and time, then the rest of its line: where it was held, as a ministry heads the
# record of a press conference ("Friday, January 10, 2025, 4:00 p.m. Press Conference Room,
# Ministry of Foreign Affairs"); cleaning judges the place, extraction reads the date
TIMED_PLACE = re.compile(r"(?P<date>.{6,60}?\d{1,2}[:.]\d{2}\s*(?:[ap]\.\s?m\.|[ap]m)?),?\s+(?P<place>\S.{2,99})", re.I)


def without_byline_note(text: str, rules: Rules) -> str:
    """A byline row without the note a blog prints at its end ("... and Reach Nguyen Reading Time:
    4 minutes" -> "... and Reach Nguyen")."""
    if text[-1:].isalpha() and (note := rules.byline_note.search(text)):
        return text[:note.start()]
    return text


def lede_dateline(text: str, rules: Rules) -> re.Match[str] | None:
    """The dateline opening a news lede (`BANGKOK — `, `TOKYO, March 3 (Kyodo) — `), or None.

    A place in capitals, a city and its country ("Nairobi, Kenya — "), or a place followed by a
    date or an agency tells it from a sentence that opens with a name and a dash ("Japan — the
    largest donor — said ..."); the sentence after a city and its country opens anew, with a capital
    ("Tokyo, Osaka — and Nagoya — have grown" is one sentence)."""
    m = rules.lede_dateline.match(text)
    if m and m.group("colon") and not m.group("date"):  # "JICA: ...", a speaker's label, is no dateline
        return None
    if m and m.group(0).rstrip()[-1:] == "." and m.group("agency") and not m.group("date"):
        return None  # ("Japan (JICA). The ..." is a sentence: a stop ends the dateline only after a date)
    if m and (m.group("date") or m.group("agency") or m.group("slashed") or
              (", " in m.group("place") and text[m.end():m.end() + 1].isupper()) or
              (m.group("place").isupper() and sum(c.isalpha() for c in m.group("place")) >= 2)):
        return m
    return None


def goes_on_in_capitals(previous: str, text: str, rules: Rules) -> bool:
    """`MINISTRY OF FOREIGN AFFAIRS` / `AND INTERNATIONAL COOPERATION`: a body's name in capitals
    wrapped before a small word, `text` going on with the line before it."""
    return continues_in_capitals(text, rules) and previous.isupper()


def continues_in_capitals(text: str, rules: Rules) -> bool:
    """goes_on_in_capitals without the line before (a caller that knows it is in capitals)."""
    return text.isupper() and text.split(None, 1)[0].casefold() in rules.minor_words


def yearless_dateline(text: str, rules: Rules) -> re.Match[str] | None:
    """A wire's dateline alone on its line with no year ("Vientiane, November 22 (KPL)"), or None:
    with the agency in brackets, or a place in capitals ("HANOI, March 3"); a place-like name and a
    day alone ("Day One, March 3") may head a section. A cheap gate first: a short line with a
    comma and a figure."""
    if len(text) > 80 or "," not in text or not text[:1].isupper() or not any(c in _DIGITS for c in text):
        return None
    m = rules.yearless_dateline.fullmatch(text)
    if m and (m.group("agency") or (m.group("place").isupper() and sum(c.isalpha() for c in m.group("place")) >= 2)):
        return m
    return None


_DIGITS = frozenset("0123456789")


def is_title_case(text: str, rules: Rules) -> bool:
    """Most content words capitalised, first word too: the shape of an unmarked heading."""
    words = WORD.findall(text)
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    content = [w for w in words if w.casefold() not in rules.minor_words]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capital / len(content) >= rules.title_case_ratio
