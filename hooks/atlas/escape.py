"""Escaping plain text so Markdown renders it literally (no markup, no raw HTML)."""

from __future__ import annotations

import html
import re

# Characters Python-Markdown may read as markup anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]{}<>!|~^=+])")


def escape_inline(text: str) -> str:
    """Escape text for use inside a Markdown paragraph.

    `&` and `<` become entities so raw HTML in a seed can never reach the page as HTML;
    the other markup characters get a backslash so they show as themselves.
    """
    text = html.escape(text, quote=False)  # & < > first: entities survive Markdown untouched
    return re.sub(r"([\\`*_\[\]{}!|~^])", r"\\\1", text)


_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def escape_block_start(line: str) -> str:
    """Escape a line start that Markdown would read as a heading, quote or list."""
    m = _BLOCK_START.match(line)
    if not m:
        return line
    lead, token = m.group(1), m.group(2)
    if token[0].isdigit():
        return f"{lead}{token[:-1]}\\{token[-1]}{line[m.end():]}"
    return f"{lead}\\{token}{line[m.end():]}"


def escape_text(line: str) -> str:
    """Escape one line of plain text for a Markdown paragraph."""
    return escape_block_start(escape_inline(line))
