"""Feeds (RSS 2.0 and JSON Feed 1.1) for the whole site and for each country and topic.

Deterministic: no build time anywhere; dates are the documents' own (a month or a year is
taken as its first day), undated documents come last and carry no date (both formats allow it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

from .model import Document
from .taxonomy import doc_date

MAX_ITEMS = 50


@dataclass(frozen=True)
class Feed:
    """What a feed is about and where it lives, relative to the site root."""

    title: str
    description: str
    page_url: str  # the HTML page the feed follows, e.g. "countries/vn/"
    path: str  # without extension, e.g. "feeds/countries/vn"


def _absolute(site_url: str, path: str) -> str:
    return (site_url.rstrip("/") + "/" + path.lstrip("/")) if site_url else "/" + path.lstrip("/")


def first_day(value: str) -> date | None:
    """'2023' -> 2023-01-01, '2023-05' -> 2023-05-01; None when undated."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _summary(doc: Document) -> str:
    return " ".join(str(doc.meta.get("summary") or doc.meta.get("subtitle") or "").split())


def rss(feed: Feed, docs: list[Document], site_url: str) -> str:
    """An RSS 2.0 document; lastBuildDate is the newest document's date, not the build time."""
    items = []
    newest = None
    for doc in docs[:MAX_ITEMS]:
        link = _absolute(site_url, doc.url)
        day = first_day(doc_date(doc))
        parts = [f"      <title>{escape(doc.title)}</title>",
                 f"      <link>{escape(link)}</link>",
                 f'      <guid isPermaLink="true">{escape(link)}</guid>']
        if day:
            stamp = format_datetime(datetime(day.year, day.month, day.day, tzinfo=timezone.utc))
            parts.append(f"      <pubDate>{stamp}</pubDate>")
            newest = newest or stamp
        if _summary(doc):
            parts.append(f"      <description>{escape(_summary(doc))}</description>")
        items.append("    <item>\n" + "\n".join(parts) + "\n    </item>")
    head = [f"    <title>{escape(feed.title)}</title>",
            f"    <link>{escape(_absolute(site_url, feed.page_url))}</link>",
            f"    <description>{escape(feed.description)}</description>",
            f'    <atom:link href="{escape(_absolute(site_url, feed.path + ".xml"))}" rel="self" type="application/rss+xml"/>']
    if newest:
        head.append(f"    <lastBuildDate>{newest}</lastBuildDate>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + "\n".join(head + items) + "\n  </channel>\n</rss>\n")


def json_feed(feed: Feed, docs: list[Document], site_url: str) -> str:
    """A JSON Feed 1.1 document (keys in a fixed order, UTF-8, one item per line)."""
    items = []
    for doc in docs[:MAX_ITEMS]:
        link = _absolute(site_url, doc.url)
        item: dict = {"id": link, "url": link, "title": doc.title}
        if _summary(doc):
            item["summary"] = _summary(doc)
            item["content_text"] = _summary(doc)
        else:
            item["content_text"] = doc.title
        day = first_day(doc_date(doc))
        if day:
            item["date_published"] = f"{day.isoformat()}T00:00:00Z"
        items.append(item)
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": _absolute(site_url, feed.page_url),
        "feed_url": _absolute(site_url, feed.path + ".json"),
        "description": feed.description,
        "items": items,
    }
    # No indent: json's C encoder, several times faster than the indenting Python one.
    head = json.dumps({k: v for k, v in data.items() if k != "items"}, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    return f'{head}, "items": [\n{lines}\n]}}\n'  # one item a line: diffs of the feed stay readable


def feed_files(feed: Feed, docs: list[Document], site_url: str) -> dict[str, str]:
    """Both formats of one feed, keyed by their path in the site."""
    return {feed.path + ".xml": rss(feed, docs, site_url), feed.path + ".json": json_feed(feed, docs, site_url)}
