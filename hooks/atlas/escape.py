"""Escaping plain text so Markdown renders it literally (no markup, no raw HTML).

Two tools, chosen per character so nothing shows a stray backslash:
- a backslash, for the characters Python-Markdown knows how to unescape (its ESCAPED_CHARS,
  plus `|` which the tables extension adds);
- an HTML character reference, for `&`, `<`, `>` (so raw HTML in a seed can never reach the
  page as HTML) and for characters some extension might read as markup but that have no
  backslash escape (`~`, `^`, `:` at a line start).
"""

from __future__ import annotations

import re

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# `///` opens the footnotes extension's place marker (`///Footnotes Go Here///`): a paragraph
# holding it is replaced by the footnotes, so a seed writing it would lose its own words.
_ENTITY = {"~": "&#126;", "^": "&#94;", "///": "&#47;//"}
# One pass over the text: each markup character is replaced by its escaped form.
_INLINE = re.compile(r"[&<>\\`*_\[\]{}!|~^]|///")


def _inline_sub(m: re.Match[str]) -> str:
    ch = m.group(0)
    return _HTML.get(ch) or _ENTITY.get(ch) or "\\" + ch


def escape_inline(text: str) -> str:
    """Escape text for use inside a Markdown paragraph, list item, heading or table cell."""
    if not _INLINE.search(text):  # most sentences hold no markup character: skip the callbacks
        return text
    return _INLINE.sub(_inline_sub, text)


# A line start Markdown would read as a heading, list, rule, quote, definition or code block.
_BLOCK_START = re.compile(r"^([ \t]*)(#|[+\-=]|\d+[.)]|:(?=\s|$))")


def escape_block_start(line: str) -> str:
    """Escape a line start that Markdown would read as block markup (on already-escaped text)."""
    m = _BLOCK_START.match(line)
    if not m:
        return line
    token = m.group(2)
    rest = line[m.end():]
    if token == ":":
        return "&#58;" + rest  # def_list has no backslash escape for ':'
    if token == "=":
        return "&#61;" + rest
    if token[0].isdigit():
        return f"{token[:-1]}\\{token[-1]}{rest}"
    return f"\\{token}{rest}"  # leading spaces dropped: four would make a code block


def escape_text(line: str) -> str:
    """Escape one line of plain text that starts a Markdown block."""
    return escape_block_start(escape_inline(line))


def escape_heading(text: str) -> str:
    """Escape heading text: as inline text, plus `#`, which a heading would strip at its end."""
    return escape_inline(text).replace("#", "\\#")


def escape_html(text: str) -> str:
    """Escape text placed inside raw HTML we generate (attribute values included)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
