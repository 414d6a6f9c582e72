"""Publication dates: only from a dateline or a stated publication date, never from a year
merely mentioned in the text ("since 2008", "White Paper ... 2023" are not publication dates).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from .clean_blocks import bilingual_half, header_fields
from .clean_rules import TIMED_PLACE, Rules, lede_dateline, load_furniture_data, load_rules, yearless_dateline
from .extract_spans import is_byline

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "Friday, 15 March 2024", and as news sites shorten it, "Fri, March 15, 2024"
_WEEKDAY = r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
# A stated publication date may carry a label ("Published online:", "Date of Issue:", "Issue
# date:"); a dateline is a line that is only a date.
# ("Update: 2024.03.12", as JICA's pages label the date a page was last changed)
# (a video page's stamp under its title, its count of views first: "1,906 views  Streamed live on Jun
# 17, 2025", "Premiered Mar 3, 2025")
# (a press release's embargo, "EMBARGOED UNTIL 00:01 JST, 9 JULY 2024", is the time it is first
# published; an e-mail's header dates it by "Sent:" as Outlook writes it, or "Date:": the first header on a
# page is the outermost message's, when the mail was sent or forwarded; a wiki's page is dated by
# its last edit, "This page was last edited on 12 February 2024, at 08:41 (UTC).")
# (a podcast's episode or a video by the day it was recorded or aired, "Recorded 8 May 2025"; a
# notice by its own label, "Date of Notice: 15 October 2025")
_LABEL_WORDS = (r"(?:(?:last|first)\s+)?(?:published|posted|released|issued|update|updated|modified|sent|recorded|aired)"
                r"(?:\s+online)?"
                r"|(?:issue|publication|release|posting|creation)\s+date"
                r"|date(?:\s+of\s+(?:issue|publication|release|posting|notice|announcement))?|dated"
                r"|embargo(?:ed)?(?:\s+(?:until|till|to))?|as\s+(?:of|at)"
                r"|(?:this\s+(?:page|article)\s+was\s+)?last\s+edited"
                r"|(?:[\d.,]+[kmb]?\s+views\s+)?(?:streamed\s+live|premiered)"
                r"|(?:発表|公開|公表|掲載|更新|作成|発行)日"  # (a Japanese page's: "発表日：令和6年5月13日")
                r"|(?:press|news|media)\s+(?:releases?|statements?)")  # (a release's kind before its date: "Press Release 13 May 2024", "PRESS STATEMENT 13 May 2024")
# (a paper's page labels its date and number together, "Creation Date/NO. October 2025 25-E-071",
# the number after the date: see _NUMBER_AFTER)
# (its label may end with a dash, as India's dailies print it: "Updated - March 12, 2025 10:41 pm IST")
# (or a comma after a release's kind: "Press release, 13 May 2024")
_LABEL = rf"(?:(?:{_LABEL_WORDS})(?:\s*/\s*no\.?)?(?:\s+(?:on|at))?(?:\s*[:：,]|\s+[-–—])?\s*)?"
# a paper's number after its date under that label ("25-E-071", "DP-2025-14"): figures and letters
# apart by hyphens, one part a letter's
_NUMBER_AFTER = r"(?:\s+(?=[\w-]*[a-z])(?=[\w-]*\d)[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){1,3})?"
_LABELLED = re.compile(rf"\s*(?:{_LABEL_WORDS})\b", re.IGNORECASE)
# A periodical's issue printed before its date ("Issue No. 52 | March 2024", "Vol. 3, No. 2 — May 2023",
# a newsletter's volume alone: "Vol. 58 | October 2024")
# (or only spaces between them, as a record's sitting: "No. 9  Thursday, April 18, 2024")
_ISSUE = (r"(?:(?:(?:vol(?:ume)?\.?\s*\d{1,4}\s*[,|/·—–-]?\s*)?(?:issue|no\.|number)\s*(?:no\.\s*)?\d{1,4}(?:[-./]\d{1,3})?"
          r"|vol(?:ume)?\.?\s*\d{1,4})(?:\s*[,|/·—–-]\s*|\s+))?")
# a time printed before the date, as a news site's byline line does ("05:05 AM March 15, 2024")
# (or with its zone, as an embargo's "00:01 JST, TUESDAY 9 JULY 2024"; or "on" the date, as RNZ
# prints it: "5:08 pm on 3 April 2025")
_TIME_FIRST = r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt|[a-z]{2,4}t))?\s*(?:,|\||-|—|–|on\b)?\s*)?"
# Japanese sources date by the imperial era too: 令和5年 is 2023 (Reiwa 1 = 2019, 元 its first year).
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
# (the Western year may stand in brackets after the era's: "令和6（2024）年5月13日")
_ERA_YEAR = r"(?P<era>" + "|".join(ERAS) + r")(?P<eyear>\d{1,2}|元)(?:\s*[(（](?:19|20)\d\d[)）])?"
_ERA_WORD = r"(?:reiwa|heisei|showa)\s+(?:\d{1,2}|gannen)"
# ... and its short form, the era's initial, as an office's notices and tables write it ("R6.5.13"
# is 13 May 2024, "H31.4.1" 1 April 2019)
ERA_INITIALS = {"R": "令和", "H": "平成", "S": "昭和"}
# (the Western year in brackets after the era's: "R6（2024）.5.13")
_ERA_SHORT = (r"(?P<era>(?-i:[RHS]))(?P<eyear>\d{1,2}|元)(?:[(（](?:19|20)\d\d[)）])?"
              r"(?P<esep>[./])(?P<mnum>\d{1,2})(?P=esep)(?P<dnum>\d{1,2})")
_FORMS = [
    # (with the time a page's metadata prints after it: "2024-03-12T09:00:00+09:00")
    rf"{_YEAR}-(?P<mnum>\d{{1,2}})-(?P<dnum>\d{{1,2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?",
    rf"{_YEAR}/(?P<mnum>\d{{1,2}})/(?P<dnum>\d{{1,2}})",
    rf"{_YEAR}\.(?P<mnum>\d{{1,2}})\.(?P<dnum>\d{{1,2}})",  # "2023.12.14", as JETRO and Japanese sites write it
    # "15/03/2024", "15.03.2024": day first almost everywhere, month first in the United States
    # (see _day_and_month)
    rf"(?P<first>\d{{1,2}})(?P<sep>[/.-])(?P<second>\d{{1,2}})(?P=sep){_YEAR}",
    # (or after the era's 年, with its own: "令和6年(2024年)5月13日")
    rf"(?:{_YEAR}|{_ERA_YEAR})\s*年(?:\s*[(（](?:19|20)\d\d年[)）])?\s*(?P<mnum>\d{{1,2}})\s*月(?:\s*(?P<dnum>\d{{1,2}})\s*日)?",
    rf"{_YEAR}-(?P<mnum>\d{{1,2}})",
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}",  # (no space after the comma: "Jun 03,2026")
    rf"{_DAY}-{_MONTH}-{_YEAR}",  # "12-Mar-2024"
    rf"{_MONTH}-{_YEAR}",  # "Sep-2024", as a repository's record dates an item
    # the days of a conference ("21–23 August 2024", "August 21–23, 2024"): its month
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s*[–—-]\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}",
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*[–—-]\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}",
    rf"{_MONTH},?\s+{_YEAR}",
    # the era's year written in English, the Western one in brackets beside it, as a Japanese
    # ministry's English page writes it ("Reiwa 6 (2024) May 13", "May 13, Reiwa 6 (2024)")
    rf"{_ERA_WORD}\s*\(\s*{_YEAR}\s*\),?\s+{_MONTH}\s+{_DAY}",
    rf"{_MONTH}\s+{_DAY},?\s+{_ERA_WORD}\s*\(\s*{_YEAR}\s*\)",
    _ERA_SHORT,
]
_HAS_YEAR = re.compile(r"(?:19|20)\d\d|" + "|".join(ERAS) + r"|(?<![^\W\d_])[RHS](?:\d{1,2}|元)[./]\d")
# What may follow the date on a dateline without making it more than a date: the same year in
# the imperial era ("(Reiwa 6)"), a time and time zone ("8:15 AM GMT+9", "at 10:30 a.m. JST") and
# a web page's "Updated 2 hours ago" or "Last updated: ...".
_ERA_NOTE = r"(?:\s*\((?:reiwa|heisei|showa|[rhs])\s*\d{1,2}\))?"
# ... or the same date in English in brackets after a Japanese one ("2024年5月13日 (May 13, 2024)")
_ENGLISH_AFTER = (r"(?:\s*[(（](?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
                  r"|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d\d)[)）])?")
# (with its seconds and a numeric zone, as a mail's "Date: Wed, 7 Feb 2024 16:15:00 +0900" is)
# (and an event's hours, "10 September 2024, 14:00-17:30 (JST)"; a time after a slash, "Tuesday 3
# June 2026 / 14:30"; or a bullet, "May 13, 2024 • 2:05 PM")
_TIME = (r"(?:\s*(?:,|\||-|—|–|/|•|·)?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*[–—-]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
         r"(?:\s*\(?(?:utc|gmt|wib|wita|[a-z]{2,4}t)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?|\s*[+-]\d{4})?)?")
_UPDATED = r"(?:\s*(?:,|\||-|—|–|\()?\s*(?:last\s+)?(?:updated?|modified)\b.{0,40})?"
# the weekday Japanese sites print in brackets after the date ("2024/3/12 (Tue)", "2024年3月12日（火）")
# (and the half of the day a government's briefings are held in, "Tuesday, December 17, 2024 (AM)", as
# the Prime Minister's Office heads its Chief Cabinet Secretary's press conferences: "(午前)")
_WEEKDAY_AFTER = r"(?:\s*[(（](?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[)）]|\s*[(（][月火水木金土日][)）]|\s*[(（](?:am|pm|午前|午後)[)）])?"
# the outlet a Japanese paper names in brackets after the date ("November 28, 2026 (Mainichi Japan)")
_OUTLET_AFTER = r"(?:\s*\((?-i:[A-Z])[^()\d]{1,40}\))?"
# the writer a blog's date line names ("Posted on March 12, 2024 by Admin")
_BY_WRITER = r"(?-i:\s+[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
# ... and the reading time a news site prints beside the date ("20 August 2025 | 6 min read")
# ... or the length of a podcast's episode or a video ("Mar 12, 2024 · 38 min 14 sec", "· 1 hr 5 min",
# "| Duration 38:14")
_READING_TIME = (r"(?:\s*(?:,|\||-|—|–|·|•)\s*(?:\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)"
                 r"|(?:\d{1,2}\s*(?:h|hrs?|hours?)\.?\s*)?\d{1,3}\s*(?:min|mins|minutes?)\.?(?:\s*\d{1,2}\s*(?:s|secs?|seconds?)\.?)?"
                 r"|\d{1,2}\s*(?:h|hrs?|hours?)\.?"
                 r"|(?:duration|length|running\s+time|runtime)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?))?")
# ... or the volume, issue and pages of a journal's article printed after the date ("June 2024, pp.
# 145–172", "2024, Vol. 14(2), pp. 145-172", "March 2024; 12(1): 45–67")
_PAGES = (r"(?:\s*[,;|·—–-]?\s*(?:vol(?:ume)?\.?\s*\d{1,4}(?:\s*\(\d{1,3}\))?|(?:issue|no\.|number)\s*\d{1,4}"
          r"|\d{1,4}\s*\(\d{1,3}\)|:?\s*pp?\.\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?|:\s*\d{1,5}\s*[-–—]\s*\d{1,5}))*")
# "Manila, 2024/03/12", "Hanoi, Viet Nam / 5 September 2023": the place the line names first
# (the same pattern cleaning uses to keep such a line out of the headings).
_PLACE = load_furniture_data()["dateline_place"]
DATELINE = [re.compile(rf"^\s*(?:{_PLACE})?{_LABEL}{_ISSUE}{_TIME_FIRST}{form}{_WEEKDAY_AFTER}{_ERA_NOTE}{_ENGLISH_AFTER}{_TIME}{_UPDATED}{_READING_TIME}{_PAGES}{_NUMBER_AFTER}{_OUTLET_AFTER}{_BY_WRITER}\s*\.?\s*$",
                       re.IGNORECASE) for form in _FORMS]


@dataclass(frozen=True)
class FoundDate:
    value: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # year | month | day
    written: str  # the line as written


# The parts of a title its separators set apart ("Embassy Newsletter – October 2024 (Vol. 58)")
_TITLE_PARTS = re.compile(r"\s+[-–—|·/]\s+|[,;()|]")


def issue_title_date(title: str) -> FoundDate | None:
    """The date a periodical issue's title gives as one of its parts ("Embassy Newsletter – October
    2024 (Vol. 58)", "JICA Laos Newsletter No. 12 (1 October 2024)"), None when no part is a date."""
    for part in _TITLE_PARTS.split(title):
        found = parse_dateline(part.strip())
        if found:
            return found
    return None


def parse_dateline(line: str | None) -> FoundDate | None:
    """A date from a line that states nothing else ("November 2001", "Published: 3 May 2023")."""
    if not line or len(line) > 80 or not _HAS_YEAR.search(line):
        return None
    if line[:1] in "(（" and line.rstrip()[-1:] in ")）":  # "(As of March 2024)": the date in its brackets
        found = parse_dateline(line.strip()[1:-1].strip())
        return replace(found, written=line.strip()) if found else None
    for regex in DATELINE:
        m = regex.match(line)
        if not m:
            continue
        parts = m.groupdict()
        year = int(parts["year"]) if parts.get("year") else \
            ERAS[ERA_INITIALS.get(parts["era"], parts["era"])] + (1 if parts["eyear"] == "元" else int(parts["eyear"]))
        if parts.get("first"):
            day, month = _day_and_month(int(parts["first"]), int(parts["second"]))
            if month is None:
                return FoundDate(f"{year:04d}", "year", line.strip())
        else:
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()] if parts.get("month") else None
            day_text = parts.get("dnum") or parts.get("day")
            day = int(day_text) if day_text else None
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None and (month is None or not 1 <= day <= calendar.monthrange(year, month)[1]):
            return None
        if day is not None:
            return FoundDate(f"{year:04d}-{month:02d}-{day:02d}", "day", line.strip())
        if month is not None:
            return FoundDate(f"{year:04d}-{month:02d}", "month", line.strip())
        return FoundDate(f"{year:04d}", "year", line.strip())
    return None


def _day_and_month(first: int, second: int) -> tuple[int | None, int | None]:
    """(day, month) of a numeric date written day or month first: the number above 12 is the
    day; when both could be months ("03/05/2024") the month is unknown, and only the year is
    stated (the same number twice is no doubt)."""
    if first > 12 or first == second:
        return first, second
    if second > 12:
        return second, first
    return None, None


# A numeric date, day and month in either order ("12/03/2024"), as it may stand anywhere in a text.
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
                      r"(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)")


def numeric_order(text: str, sep: str) -> str | None:
    """"dmy" or "mdy": how the text writes its numeric dates with `sep`, told by those whose day is
    above 12 ("25/03/2024" is day first); None when none tells or they disagree."""
    orders = set()
    for m in _NUMERIC.finditer(text):
        first, second = int(m.group("first")), int(m.group("second"))
        if m.group("sep") == sep and (first > 12) != (second > 12) and max(first, second) <= 31:
            orders.add("dmy" if first > 12 else "mdy")
    return orders.pop() if len(orders) == 1 else None


def with_text_order(found: FoundDate, text: str) -> FoundDate:
    """A dateline whose day and month could be either ("12/03/2024": only its year was stated)
    read in the order the text's other numeric dates show ("Deadline: 25/03/2024"): the same site
    writes every date the same way."""
    m = _NUMERIC.search(found.written) if found.precision == "year" else None
    order = numeric_order(text, m.group("sep")) if m else None
    if not order:
        return found
    first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    day, month = (first, second) if order == "dmy" else (second, first)
    return FoundDate(f"{year:04d}-{month:02d}-{day:02d}", "day", found.written)


# A month's name and a day in a sentence ("on Thursday (Jun. 4)", "on 4 June"), either order
_NAMED_DAY = re.compile(r"\b(?:(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s(?P<month2>[A-Z][a-z]{2,8}))\b")


def with_lede_day(found: FoundDate, texts: Sequence[str]) -> FoundDate:
    """A dateline whose day and month could be either ("04/06/2026": only its year was stated, the
    text writing no other numeric date) read as the one of its two days that the lede names by
    its month ("Brazil and Japan on Thursday (Jun. 4) renewed ..."): the story tells the day it
    happened, which its page is dated. A lede naming both days, or neither, leaves the year."""
    m = _NUMERIC.search(found.written) if found.precision == "year" else None
    if not m:
        return found
    first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    readings = {(second, first), (first, second)}  # (month, day) day first, month first
    named = set()
    for text in texts:
        for n in _NAMED_DAY.finditer(text):
            month = MONTHS.get((n.group("month") or n.group("month2")).lower())
            if month is not None and (month, int(n.group("day") or n.group("day2"))) in readings:
                named.add((month, int(n.group("day") or n.group("day2"))))
    if len(named) != 1:
        return found
    month, day = named.pop()
    return FoundDate(f"{year:04d}-{month:02d}-{day:02d}", "day", found.written)


# A line of prose ends like a sentence (with at least eight words: see find_dateline).
_PROSE = re.compile(r"[.!?。][\"'”’)]*\s*$")


def _is_prose(line: str) -> bool:
    return bool(_PROSE.search(line)) and len(line.split()) >= 8


def bilingual_date(line: str) -> FoundDate | None:
    """`Hanoi, 12 March 2025 / Hà Nội, ngày 12 tháng 3 năm 2025`: a bilingual page's dateline, each
    language's beside the other: the first one's date, when the other half writes its year too (a
    slash in a title, "Japan / ASEAN 2025 ...", has no date before it)."""
    head, _, tail = line.partition(" / ")
    found = parse_dateline(head.strip())
    return found if found and len(line) <= 160 and found.value[:4] in tail else None


def find_dateline(text: str, max_lines: int = 6, labelled_lines: int = 12,
                  skip: frozenset[str] = frozenset()) -> FoundDate | None:
    """The first line near the top of a text that is nothing but a date (fallback when the
    cleaning stage did not lift a dateline). A date under its label ("Date of Issue: ...") says
    what it is, and so does a date right under the byline ("By Jane Doe in Yokohama" over "20
    August 2025"), as news sites print them below a headline and a standfirst: both are read
    further down, below a masthead, a letterhead or a notice's reference lines. A date beside a
    name ("Thursday, May 2, 2024 | Phnom Penh") is read only above the first line of prose: it is
    the header's, not a line of the text. The `skip` lines are the site's (its name, today's date
    and its menu over the headline, as cleaning recorded them): no date of the text's, nor counted."""
    seen, after_byline, prose = 0, False, False
    for line in text.split("\n"):
        if not line.strip() or (skip and " ".join(line.split()) in skip):
            continue
        seen += 1
        if seen > max_lines and not (after_byline or _LABELLED.match(line)):
            if seen >= labelled_lines:
                break
            after_byline = is_byline(line)
            prose = prose or _is_prose(line)
            continue
        # ("Thursday, May 2, 2024 | Phnom Penh": a date beside a name, as a web page prints it
        # under its title, above the first sentence of prose)
        found = parse_dateline(line) or (header_date(line, names=True) if not prose and len(line) <= 160 else None) or \
            (bilingual_date(line) if " / " in line else None) or (timed_place_date(line) if not prose else None)
        if found:
            return found
        after_byline = is_byline(line)
        prose = prose or _is_prose(line)
    return None


def timed_place_date(line: str) -> FoundDate | None:
    """The date of a line that gives an event's date and time, then where it was held, as a
    ministry heads the record of a press conference (cleaning keeps the line on top of the text)."""
    m = TIMED_PLACE.fullmatch(line.strip()) if ":" in line or "." in line else None
    return parse_dateline(m["date"]) if m else None


# A journal article's history on one line under its authors ("Received: 12 August 2024 / Accepted: 3
# February 2025 / Published online: 20 March 2025", "Pages 612-635 | Received 03 Mar 2022, Accepted 18
# Oct 2022, Published online: 14 Nov 2022"): its parts apart by a bar, a slash, a semicolon or a comma
# before a word; the article's date is the one it was published (received and accepted are no
# publication: without a published part, the line dates nothing)
_HISTORY_PART = re.compile(r"\s*[/|;,]\s*(?=[A-Za-z])")
_HISTORY_LABEL = re.compile(r"(?:received|revised|accepted|submitted|(?:first\s+)?published(?:\s+online)?"
                            r"|available\s+online)\b\s*:?\s*", re.I)
_HISTORY_PUBLISHED = ("published", "first", "available")


def history_date(text: str) -> FoundDate | None:
    """The date an article was published, from its history's line (see _HISTORY_PART), or None."""
    if len(text) > 240:
        return None
    parts = [(m, part) for part in _HISTORY_PART.split(text) if (m := _HISTORY_LABEL.match(part))]
    if len(parts) < 2:
        return None
    return next((parse_dateline(part[m.end():]) for m, part in parts
                 if m.group().casefold().startswith(_HISTORY_PUBLISHED)), None)


def labelled_paragraph_date(texts: Sequence[str], first: int = 12) -> FoundDate | None:
    """The date of a paragraph that is only a labelled date among the text's first ones ("Creation
    Date/NO. October 2025 25-E-071", its label and value a line each on a paper's page, which
    cleaning joins): the page's date, when the raw text's top is too long for find_dateline.
    (A repository's record puts its "Issue Date: Sep-2024" under the title, the authors and the
    keywords, one a line: twelve paragraphs reach it.) An article's history, its dates on one line,
    dates it by the one it was published."""
    for t in texts[:first]:
        if len(t) <= 80 and _LABELLED.match(t) and (found := parse_dateline(t)):
            return found
        if "ccepted" in t and (found := history_date(t)):  # (an article's history: see history_date)
            return found
    return None


def generated_date(text: str, label: re.Pattern[str]) -> FoundDate | None:
    """The date a sheet says it was generated or printed, anywhere in it ("Date Generated   27 March
    2024" in an ADB data sheet's last table, "Page generated on: 3 May 2024"): the date of this copy
    of a page that states no other (`label`: furniture.yml `generated_label`)."""
    if "enerat" not in text and "rinted" not in text:  # (a cheap gate: most texts have neither)
        return None
    for line in text.split("\n"):
        m = label.match(line.strip()) if "enerat" in line or "rinted" in line else None
        if m:
            found = parse_dateline(line.strip()[m.end():].strip())
            if found:
                return found
    return None


# An agreement's closing formula, the date it was signed: "Signed in duplicate at Manila on 9 April 2024,
# in the English language.", "Done at Tokyo on the 9th day of April 2024" (a paragraph's opening words)
_SIGNED = re.compile(r"(?:signed|done)\b[^.;]{0,80}?\bon\s+(?:the\s+|this\s+)?(?P<date>" + re.sub(
    r"\?P<\w+>", "", rf"{_DAY}(?:\s+day\s+of)?\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}") + ")", re.I)


def signed_date(texts: Iterable[str]) -> FoundDate | None:
    """The date an agreement was signed, from the paragraph of its closing formula ("Signed in
    duplicate at Manila on 9 April 2024, ..."): an agreement has no dateline of its own."""
    for text in texts:
        m = _SIGNED.match(text) if text[:1] in "SsDd" else None
        if m:
            return parse_dateline(m.group("date").replace(" day of", ""))
    return None


def closing_date(texts: Sequence[str], last: int = 4) -> FoundDate | None:
    """The date of a place-and-date line closing a release ("Phnom Penh, 27 March 2025" over the
    ministry's address, as a ministry signs off its release): among the last `last` paragraphs, a
    short one that is only a place and a date (a date alone too). For a text that gives no other."""
    for text in reversed(texts[-last:]):
        found = parse_dateline(text) if len(text) <= 80 and any(c.isdigit() for c in text) else None
        if found:
            return found
    return None


# A piece's closing note naming the periodical it was published in and when ("(Published in JICA's
# World, January 2024)", "This interview was first published in JICA Magazine on 3 May 2024."): the
# note's own words say the date is the piece's
_PUBLISHED_IN = re.compile(r"\(?(?:this (?:article|interview|story|piece|feature) was )?(?:originally |first )?"
                           r"published in\s+(?P<periodical>[^()]{2,80}?)(?:,|\s+on|\s+in)\s+(?P<date>[^()]{4,30}?)\)?\.?", re.I)


def _published_in(texts: Sequence[str], last: int) -> tuple[str, FoundDate] | None:
    """(periodical, date) of a closing note saying where and when the piece was published (see
    `_PUBLISHED_IN`), among the last `last` paragraphs."""
    for text in reversed(texts[-last:]):
        m = _PUBLISHED_IN.fullmatch(text) if len(text) <= 160 and "ublished in" in text else None
        found = parse_dateline(m.group("date")) if m else None
        if found:
            return m.group("periodical").strip(), found
    return None


def published_in_date(texts: Sequence[str], last: int = 3) -> FoundDate | None:
    """The date of a closing note saying where and when the piece was published: for a text that
    gives no other date."""
    note = _published_in(texts, last)
    return note[1] if note else None


# (a periodical's name: its capitalised words, "Dawn", "The Japan Times", "JICA's World")
_PERIODICAL = re.compile(r"(?:[A-Z][\w'’&.-]*\s?){1,6}")


def published_in_periodical(texts: Sequence[str], last: int = 3) -> str | None:
    """The periodical a closing note says the piece was published in ("Published in Dawn, March
    12th, 2024": a newspaper's print edition under its web copy): the publisher, for a text whose
    header names none."""
    note = _published_in(texts, last)
    # (the paper before its supplement: "Published in Dawn, The Business and Finance Weekly, March 11th, 2024")
    name = note[0].split(",", 1)[0].strip() if note else ""
    return name if _PERIODICAL.fullmatch(name) else None


# A data source's note closed by the month its data are of ("Source: ..., based on OECD DAC Creditor
# Reporting System data, December 2024.")
_SOURCE_NOTE_DATE = re.compile(r",\s+(?P<date>(?:" + "|".join(calendar.month_name[1:]) + r")\s+(?:19|20)\d\d)\.?$")


def source_note_date(texts: Sequence[str]) -> FoundDate | None:
    """The month and year closing the first "Source: ..." note that ends with one: the date of the
    data a sheet or an annex of tables gives (for a text that gives no other date)."""
    for text in texts:
        if text[:6] == "Source" and text[-1:] in ".0123456789" and (m := _SOURCE_NOTE_DATE.search(text)):
            found = parse_dateline(m.group("date"))
            if found:
                return found
    return None


def header_date(line: str | None, names: bool = False) -> FoundDate | None:
    """The date of a header's metadata line of fields ("Posted: 2024-05-02 | Source: ...", "May 2,
    2024 | News | ...", "Published: 02 May 2024 · Updated: 03 May 2024"): the publication date,
    before a date under an update label; None for a line of any other shape. With `names`, a
    short name may be a field ("Thursday, May 2, 2024 | Phnom Penh")."""
    fields = header_fields(line, load_rules(), names) if line else None
    if not fields:
        return None
    for field in sorted((f for f in fields if f.kind == "date"), key=lambda f: f.updated):  # (stable)
        found = parse_dateline(field.text)
        if found:
            return found
    return None


def dateline_date(line: str | None) -> FoundDate | None:
    """The date of the dateline cleaning lifted: a line that is only a date, or a metadata line
    holding one among its fields, or a bilingual one (see bilingual_date)."""
    if line and ("/" in line or "|" in line) and (half := bilingual_half(line)):
        # (the other half may write its year in its own digits, "ឆ្នាំ២០២៥": the English half dates it)
        return bilingual_date(line) or parse_dateline(half)
    return parse_dateline(line) or header_date(line) or _trailing_date(line)


_TRAILING_DATE_WORDS = 4  # ("Wednesday, 3 June 2026": the longest date a line may close with)


def _trailing_date(line: str | None) -> FoundDate | None:
    """The date closing a dateline after the body that issues it ("JICA Paraguay Office March
    2026", as cleaning lifts a name and a date set apart on one line): its last words, the
    longest run of them that is a date."""
    words = (line or "").split()
    for k in range(min(_TRAILING_DATE_WORDS, len(words) - 1), 0, -1):
        found = parse_dateline(" ".join(words[-k:]))
        if found:
            return FoundDate(found.value, found.precision, line or "")
    return None


def source_line_date(lines: Iterable[str]) -> FoundDate | None:
    """The date printed among the fields of a source line ("Embassy of Japan in Cambodia |
    2024.05.02"): the first one."""
    rules = load_rules()
    for line in lines:
        found = header_date(line)
        if not found and (m := rules.dated_source.fullmatch(line)):
            # (an outlet's or a section's name and the time and date, no separator between:
            # "All News 15:42 November 28, 2024")
            found = parse_dateline(line[m.end("name"):].strip())
        if found:
            return found
    return None


# The day a lede's dateline gives without its year ("Sept 5", "5 September")
_MONTH_DAY = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})\.?")


def _lede_month_day(text: str, rules: Rules) -> re.Match[str] | None:
    """The month and day of a wire's dateline opening its lede ("KUALA LUMPUR, Sept 5 (Bernama) --
    Malaysia and Japan will ..."), or None; a cheap gate first: a capital and a comma near the start."""
    if not text[:1].isupper() or "," not in text[:60]:
        return None
    m = lede_dateline(text, rules)
    return _MONTH_DAY.fullmatch(m.group("date").strip()) if m and m.group("date") else None


def with_yearless_dateline(found: FoundDate, texts: Sequence[str], rules: Rules) -> FoundDate:
    """A date of year (or month) precision made a day by a wire's dateline without a year in the
    text's first blocks ("Vientiane, November 22 (KPL)", or opening the lede: "KUALA LUMPUR, Sept 5
    (Bernama) -- ..."): its month and day in the stated year
    (a month stated otherwise leaves the date as it was). The dateline alone gives no year: a
    year in a copyright notice or in a sentence is no publication date."""
    for text in texts:
        m = yearless_dateline(text, rules) if len(text) <= 80 else _lede_month_day(text, rules)
        if not m:
            continue
        month = MONTHS.get((m.group("month") or m.group("month2")).lower().rstrip("."))
        day = int(m.group("day") or m.group("day2"))
        year = int(found.value[:4])
        if month is None or (found.precision == "month" and int(found.value[5:7]) != month) or \
                not 1 <= day <= calendar.monthrange(year, month)[1]:
            return found
        return FoundDate(f"{year:04d}-{month:02d}-{day:02d}", "day", found.written)
    return found
