"""The one front matter schema: merging contributor overrides over extraction, and validating.

`validate_front_matter` turns whatever the extractor and the contributor wrote into one
normalised shape (the contract the document pages and index pages read):

* shorthand is expanded: `countries: [VN, Thailand]`, `topics: [cybersecurity]`,
  `date: 2023-11-01` (a YAML date) all become the full entries / a string;
* names and aliases are resolved through the vocabularies;
* every problem names the file, the field, the bad value and the allowed form, with the
  closest known field or term suggested, at the front matter line it came from.

The shape itself is a pydantic model (`FrontMatter`); the resolving around it needs the
vocabularies, which a pydantic model should not import.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .extract_spans import find_amounts
from .matching import norm_key
from .model import Problem

DATE_FORM = "YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, 2023-11 or 2023-11-01)"
DEFAULT_TYPES = {"news": "News", "white-paper": "White paper", "fact-sheet": "Fact sheet",
                 "interview": "Interview", "opinion": "Opinion", "policy-announcement": "Policy announcement",
                 "speech": "Speech", "press-release": "Press release", "procurement-notice": "Procurement notice",
                 "project-page": "Project page", "report": "Report", "email": "E-mail", "chronology": "Chronology",
                 "statistics": "Statistics", "parliamentary-record": "Parliamentary record",
                 "call-for-applications": "Call for applications", "agreement": "Agreement",
                 "presentation": "Presentation", "social-post": "Social media post"}
ORG_KINDS = ("agency", "company", "programme", "international", "government", "media", "research")
LIST_FIELDS = {"countries": "code", "regions": "id", "topics": "id", "organisations": "id"}
VOCAB_FILE = {"countries": "hooks/atlas/data/countries.yml", "regions": "hooks/atlas/data/regions.yml",
              "topics": "hooks/atlas/data/topics.yml", "organisations": "hooks/atlas/data/organisations.yml"}
SINGULAR = {"countries": "country", "regions": "region or group", "topics": "topic", "organisations": "organisation"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CountryEntry(_Strict):
    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str
    focus: bool = False
    mentions: int = Field(default=0, ge=0)


class RegionEntry(_Strict):
    id: str
    name: str
    focus: bool = False
    mentions: int = Field(default=0, ge=0)


class TopicEntry(_Strict):
    id: str
    name: str
    focus: bool = False
    score: Union[int, float] = Field(default=0, ge=0)


class OrganisationEntry(_Strict):
    id: str
    name: str
    full_name: str | None = None
    kind: Literal[ORG_KINDS] = "company"  # type: ignore[valid-type]
    mentions: int = Field(default=0, ge=0)


class Person(_Strict):
    name: str = Field(min_length=1)
    role: str | None = None


class Amount(_Strict):
    text: str = Field(min_length=1)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    value: Union[int, float, None] = None


class Acronym(_Strict):
    abbr: str = Field(min_length=1)
    expansion: str = Field(min_length=1)


class FrontMatter(_Strict):
    """The validated front matter of one document; field order is the output order."""

    title: str = Field(min_length=1)
    title_from: Literal["lede"] | None = None
    subtitle: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    date_precision: Literal["year", "month", "day"] | None = None
    date_note: str | None = None
    source: str | None = None
    series: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    type: str | None = None
    type_name: str | None = None
    countries: list[CountryEntry] = []
    regions: list[RegionEntry] = []
    topics: list[TopicEntry] = []
    organisations: list[OrganisationEntry] = []
    people: list[Person] = []
    amounts: list[Amount] = []
    acronyms: list[Acronym] = []
    summary: str | None = None
    words: int | None = Field(default=None, ge=0)
    reading_time: int | None = Field(default=None, ge=1)
    seed: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    slug: str | None = Field(default=None, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


KNOWN_FIELDS = tuple(FrontMatter.model_fields)
ALLOWED_FORM = {
    "title": "one line of text", "title_from": "'lede' (set by the extractor)", "subtitle": "one line of text",
    "date": DATE_FORM, "date_precision": "year, month or day", "date_note": "text",
    "source": "text", "series": "text", "url": "an http(s):// address",
    "type": "one of the ids in hooks/atlas/data/document_types.yml", "type_name": "text",
    "countries": "a list of ISO codes or names, e.g. [VN, Thailand]",
    "regions": "a list of region ids or names, e.g. [asean, Global South]",
    "topics": "a list of topic ids or names, e.g. [cybersecurity]",
    "organisations": "a list of organisation ids or names, e.g. [jica, ADB]",
    "people": "a list of names, or of {name: ..., role: ...}",
    "amounts": "a list of sums as written, e.g. ['500 million yen'], or {text, currency, value}",
    "acronyms": "a mapping ABBR: expansion, or a list of {abbr: ..., expansion: ...}",
    "summary": "text", "words": "a whole number", "reading_time": "a whole number of minutes (1 or more)",
    "seed": "the seed's path", "sha256": "64 hexadecimal digits", "slug": "lower-case words joined by '-'",
}


# --- merging ------------------------------------------------------------------------------------
def merge(extracted: dict[str, Any], overrides: dict[str, Any], vocab: Any = None) -> dict[str, Any]:
    """Contributor overrides win over extracted values, field by field.

    With the vocabularies, a contributor's shorthand list entry that names a term the
    extractor also found keeps the extractor's counts (mentions, score) and focus.
    """
    merged = dict(extracted)
    for key, value in overrides.items():
        if key in LIST_FIELDS and vocab is not None and isinstance(value, list):
            found = {str(e.get(LIST_FIELDS[key])): e for e in extracted.get(key) or [] if isinstance(e, dict)}
            value = [_carry_over(key, item, found, vocab) for item in value]
        merged[key] = value
    if "type" in overrides and "type_name" not in overrides:
        merged.pop("type_name", None)  # follows the contributor's type, set in validation
    if "date" in overrides and "date_precision" not in overrides:
        merged.pop("date_precision", None)
    return merged


def _carry_over(key: str, item: Any, found: dict[str, dict], vocab: Any) -> Any:
    ident = resolve_term(key, item if isinstance(item, str) else _ident_of(key, item), vocab)
    if ident is None or ident not in found:
        return item
    entry = dict(found[ident])
    if isinstance(item, dict):
        entry.update({k: v for k, v in item.items() if k not in ("code", "id", "name")})
    return entry


def _ident_of(key: str, item: Any) -> Any:
    if isinstance(item, dict):
        return item.get(LIST_FIELDS[key]) or item.get("name")
    return item


# --- resolving names through the vocabularies ---------------------------------------------------
def _table(key: str, vocab: Any) -> dict[str, Any]:
    return (getattr(vocab, key, None) or {}) if vocab is not None else {}


def _forms(key: str, ident: str, entry: Any) -> list[str]:
    entry = entry if isinstance(entry, dict) else {}
    forms = [ident, entry.get("name"), entry.get("full_name")]
    # source_aliases ("Nikkei" for Nikkei Asia) are not matched in running text, but a
    # contributor who writes one in front matter means that organisation
    for field in ("aliases", "demonyms", "phrases", "acronyms", "source_aliases"):
        value = entry.get(field) or []
        forms += [value] if isinstance(value, str) else list(value)
    return [str(f) for f in forms if f]


def _index(key: str, vocab: Any) -> dict[str, str]:
    """norm_key(any form) -> id, for one vocabulary (kept with the Vocabulary once built)."""
    cache = vocab.__dict__.setdefault("_schema_index", {}) if vocab is not None else {}
    if key not in cache:
        index: dict[str, str] = {}
        for ident, entry in _table(key, vocab).items():
            for form in _forms(key, str(ident), entry):
                index.setdefault(norm_key(form), str(ident))
                index.setdefault(form.lower(), str(ident))
        cache[key] = index
    return cache[key]


def resolve_term(key: str, value: Any, vocab: Any) -> str | None:
    """The id (ISO code for countries) a contributor's name, code or alias stands for."""
    if value is None or vocab is None:
        return None
    text = str(value).strip()
    table = _table(key, vocab)
    if text in table:
        return text
    if key == "countries" and text.upper() in table:
        return text.upper()
    index = _index(key, vocab)
    return index.get(text.lower()) or index.get(norm_key(text))


def suggestions(key: str, value: Any, vocab: Any, n: int = 3) -> list[str]:
    """The closest known terms, shown as "Viet Nam (VN)"."""
    table = _table(key, vocab)
    if not table:
        return []
    label = {}
    for ident, entry in table.items():
        name = (entry or {}).get("name") if isinstance(entry, dict) else None
        for form in _forms(key, str(ident), entry):
            label.setdefault(form.lower(), f"{name} ({ident})" if name and name != ident else str(ident))
    close = difflib.get_close_matches(str(value).lower(), list(label), n=n * 3, cutoff=0.6)
    out: list[str] = []
    for form in close:
        if label[form] not in out:
            out.append(label[form])
    return out[:n]


def _entry(key: str, ident: str, vocab: Any, given: dict[str, Any]) -> dict[str, Any]:
    """A full list entry for a resolved term; what the contributor gave wins."""
    vocab_entry = _table(key, vocab).get(ident) or {}
    id_key = LIST_FIELDS[key]
    entry: dict[str, Any] = {id_key: ident, "name": str(vocab_entry.get("name") or given.get("name") or ident)}
    if key == "organisations":
        if vocab_entry.get("full_name") and vocab_entry.get("full_name") != entry["name"]:
            entry["full_name"] = str(vocab_entry["full_name"])
        entry["kind"] = str(vocab_entry.get("kind") or given.get("kind") or "company")
        entry["mentions"] = 0
    elif key == "topics":
        entry.update(focus=False, score=0)
    else:
        entry.update(focus=False, mentions=0)
    # the contributor's focus, counts or kind win; the name comes from the vocabulary
    entry.update({k: v for k, v in given.items() if k not in (id_key, "name")})
    return entry


def normalise_list(key: str, value: Any, vocab: Any, path: str, line: int | None) -> tuple[list[dict], list[Problem]]:
    """Shorthand and full entries of countries/regions/topics/organisations -> full entries."""
    problems: list[Problem] = []
    if value is None:
        return [], problems
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        return [], [_problem(path, key, value, line)]
    out: dict[str, dict] = {}
    id_key = LIST_FIELDS[key]
    table = _table(key, vocab)
    for item in value:
        if isinstance(item, dict) and item.get(id_key) in table and item.get("name") and item[id_key] not in out:
            out[item[id_key]] = item  # already a full entry of a known term (extraction's own output)
            continue
        given = dict(item) if isinstance(item, dict) else {}
        raw = _ident_of(key, item) if isinstance(item, dict) else item
        if raw is None or isinstance(raw, (list, dict, bool)):
            problems.append(_problem(path, key, item, line))
            continue
        ident = resolve_term(key, raw, vocab) if vocab is not None else None
        complete = isinstance(item, dict) and item.get(id_key) and item.get("name")
        if ident is None and complete and (vocab is None or key == "organisations" or not _table(key, vocab)):
            ident = str(item[id_key])  # a full entry the vocabulary does not list (e.g. a new company)
        if ident is None:
            close = suggestions(key, raw, vocab)
            hint = f"did you mean {', '.join(close)}? " if close else ""
            problems.append(Problem(path, f"field `{key}`: {str(raw)!r} is not a known {SINGULAR[key]}.",
                                    f"{hint}Use {ALLOWED_FORM[key]}; known ones are in {VOCAB_FILE[key]} "
                                    "(add it there if it is missing).", line=line))
            continue
        if ident in out:
            out[ident].update({k: v for k, v in given.items() if k not in (id_key,)})
        else:
            out[ident] = given if (not vocab_known(key, ident, vocab) and complete) else _entry(key, ident, vocab, given)
    return list(out.values()), problems


def vocab_known(key: str, ident: str, vocab: Any) -> bool:
    return ident in _table(key, vocab)


# --- dates and types ----------------------------------------------------------------------------
def normalise_date(value: Any) -> tuple[str, str] | None:
    """A YAML date, an int year or a 'YYYY[-MM[-DD]]' string -> (text, precision); None if invalid."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat(), "day"
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and not 1 <= int(day) <= calendar.monthrange(year, int(month))[1]:
        return None
    return value.strip(), "day" if day else "month" if month else "year"


def type_names(vocab: Any) -> dict[str, str]:
    types = getattr(vocab, "document_types", None) or {}
    return {str(k): str((v or {}).get("name") or k) for k, v in types.items()} or dict(DEFAULT_TYPES)


def resolve_type(value: Any, vocab: Any) -> str | None:
    names = type_names(vocab)
    text = str(value).strip()
    if text in names:
        return text
    wanted = re.sub(r"[\s_]+", "-", text.lower())
    for ident, name in names.items():
        if wanted in (ident, re.sub(r"[\s_]+", "-", name.lower())):
            return ident
    return None


# --- small field normalisers --------------------------------------------------------------------
def _people(value: Any) -> Any:
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        return value
    return [{"name": v} if isinstance(v, str) else v for v in value]


def _amounts(value: Any) -> Any:
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        return value
    out = []
    for v in value:
        if isinstance(v, str):
            parsed = find_amounts(v)
            out.append(parsed[0] if len(parsed) == 1 and parsed[0]["text"] == v.strip() else {"text": v})
        else:
            out.append(v)
    return out


def _acronyms(value: Any) -> Any:
    if isinstance(value, dict):
        return [{"abbr": str(k), "expansion": str(v)} for k, v in value.items()]
    return value


def _problem(path: str, key: str, value: Any, line: int | None, why: str = "is not valid") -> Problem:
    return Problem(path, f"field `{key}`: {_short(value)} {why}.", f"write {ALLOWED_FORM.get(key, 'a valid value')}.",
                   line=line)


def _sort_key(key: str, entry: dict[str, Any]) -> tuple:
    weight = entry.get("score", 0) if key == "topics" else entry.get("mentions", 0)
    ident = entry.get("code") or entry.get("id") or ""
    return (not entry.get("focus", False), -float(weight or 0), str(entry.get("name", "")).lower(), str(ident))


# --- validation -----------------------------------------------------------------------------------
def validate_front_matter(path: str, meta: dict[str, Any], vocab: Any = None,
                          field_lines: dict[str, int] | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """Return normalised front matter and the problems found (an error stops the document).

    `field_lines` (front matter key -> line in the file) locates problems in fields the
    contributor wrote; `vocab` resolves names and checks terms and types.
    """
    lines = field_lines or {}
    problems: list[Problem] = []
    data: dict[str, Any] = {}
    for key, value in meta.items():
        if key in KNOWN_FIELDS:
            data[key] = value
            continue
        close = difflib.get_close_matches(str(key), KNOWN_FIELDS, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`? " if close else ""
        problems.append(Problem(path, f"unknown field `{key}` in the front matter.",
                                f"{hint}Known fields: {', '.join(KNOWN_FIELDS)}.", line=lines.get(str(key))))

    title = data.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        problems.append(Problem(path, "the document has no title.",
                                "add `title: ...` to its front matter (one line of text).", line=lines.get("title")))
        data.pop("title", None)
    elif not isinstance(title, str):
        data["title"] = str(title) if isinstance(title, (int, float)) and not isinstance(title, bool) else title

    for key in ("subtitle", "date_note", "source", "series", "summary", "type_name"):
        if isinstance(data.get(key), (int, float)) and not isinstance(data.get(key), bool):
            data[key] = str(data[key])  # `source: 2023` is text, not a number

    if data.get("date") is not None:
        parsed = normalise_date(data["date"])
        if parsed is None:
            shaped = isinstance(data["date"], str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", data["date"].strip())
            why = "is not a real calendar date" if shaped else "is not a date in a form the site understands"
            problems.append(_problem(path, "date", data.pop("date"), lines.get("date"), why))
            data.pop("date_precision", None)
        else:
            data["date"], precision = parsed
            data["date_precision"] = precision
    else:
        data.pop("date", None)
        data.pop("date_precision", None)

    if data.get("type") is not None:
        ident = resolve_type(data["type"], vocab)
        if ident is None:
            close = difflib.get_close_matches(str(data["type"]).lower(), list(type_names(vocab)), n=1, cutoff=0.5)
            hint = f"did you mean `{close[0]}`? " if close else ""
            problems.append(Problem(path, f"field `type`: {str(data['type'])!r} is not a known document type.",
                                    f"{hint}Use one of: {', '.join(type_names(vocab))}.", line=lines.get("type")))
            data.pop("type")
            data.pop("type_name", None)
        else:
            data["type"] = ident
            data.setdefault("type_name", type_names(vocab).get(ident, ident))
            if data.get("type_name") is None:
                data["type_name"] = type_names(vocab).get(ident, ident)

    for key in LIST_FIELDS:
        if key in data:
            entries, found = normalise_list(key, data[key], vocab, path, lines.get(key))
            problems += found
            data[key] = entries
    if "people" in data:
        data["people"] = _people(data["people"])
    if "amounts" in data:
        data["amounts"] = _amounts(data["amounts"])
    if "acronyms" in data:
        data["acronyms"] = _acronyms(data["acronyms"])

    for key in ("title", "subtitle", "summary", "source", "series"):
        if isinstance(data.get(key), str):
            data[key] = " ".join(data[key].split())

    model, bad = _validate_model(path, data, lines)
    problems += bad
    if model is None:
        return _ordered(data), problems
    return _ordered(model.model_dump(exclude_none=True)), problems


def _validate_model(path: str, data: dict[str, Any], lines: dict[str, int]) -> tuple[FrontMatter | None, list[Problem]]:
    """Check the shape with pydantic; each error becomes a located Problem and its field is dropped."""
    problems: list[Problem] = []
    for _ in range(len(data) + 1):
        try:
            return FrontMatter.model_validate(data), problems
        except ValidationError as exc:
            dropped = False
            for err in exc.errors():
                loc = err.get("loc") or ("title",)
                key = str(loc[0])
                if key not in data:
                    continue
                where = ".".join(str(x) for x in loc)
                value = data.pop(key)
                problems.append(Problem(path, f"field `{where}`: {_short(err.get('input', value))} is not valid "
                                        f"({err.get('msg', 'invalid').lower()}).",
                                        f"write {ALLOWED_FORM.get(key, 'a valid value')}.", line=lines.get(key)))
                dropped = True
            if not dropped:
                break
    return None, problems


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _ordered(meta: dict[str, Any]) -> dict[str, Any]:
    """Keys in the contract's order; absent values and empty lists left out; lists sorted."""
    out: dict[str, Any] = {}
    for key in KNOWN_FIELDS:
        value = meta.get(key)
        if value is None or value == [] or value == "":
            continue
        if key in LIST_FIELDS and isinstance(value, list):
            value = sorted(value, key=lambda e: _sort_key(key, e) if isinstance(e, dict) else (True, 0, str(e), ""))
        out[key] = value
    return out
