"""Escaping, rendered by Python-Markdown with the extensions mkdocs.yml enables."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from site_markdown import site_markdown

from atlas.escape import escape_heading, escape_inline, escape_text


def render(text: str) -> str:
    return site_markdown().convert(text)


def visible(out: str) -> str:
    """The text a reader sees: tags removed, entities decoded, paragraph wrapper gone."""
    return htmllib.unescape(re.sub(r"<[^>]+>", "", out)).strip()


LITERALS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "a *b* and _c_ and **d** and __e__",
    "snake_case_name and 2*3*4",
    "`code` and ``more``",
    "[x](http://example.com) and ![img](x.png) and <http://example.com>",
    "a & b &amp; c &copy; &#60;",
    "trailing attr { #id .cls } and {: #x }",
    "footnote[^1] and abbr *[HTML]: Hyper",
    "back\\slash \\* and \\\\",
    "pipes | a | b |",
    "~~strike~~ ^sup^ ==mark== ++ins++",
    "!!! note and [TOC]",
    "<!-- comment --> and </p> and <div markdown>x</div>",
    "a\u00a0non-breaking space, “curly” quotes — dashes",
]

BLOCK_STARTS = ["# not a heading", "## nor this", "> not a quote", "- not a list", "+ nor this",
                "* nor this", "1. not a list", "2) nor this", "---", "===", ": not a definition",
                "    not code", "\tnot code", "!!! note", "| a | b |"]


@pytest.mark.parametrize("text", LITERALS)
def test_inline_text_renders_literally(text):
    out = render(escape_text(text))
    assert visible(out) == text
    assert "<script" not in out and "<img" not in out and "<a " not in out and "<code" not in out
    assert "<em>" not in out and "<strong>" not in out and "<del>" not in out


@pytest.mark.parametrize("text", BLOCK_STARTS)
def test_block_starts_render_as_a_paragraph(text):
    out = render(escape_text(text.strip()) + "\n{ #p-1 }")
    assert out.startswith('<p id="p-1">'), out
    assert visible(out) == text.strip()


def test_block_start_after_a_paragraph_is_not_a_definition_or_setext():
    out = render("term\n{ #p-1 }\n\n" + escape_text(": not a definition") + "\n{ #p-2 }")
    assert "<dl>" not in out and visible(out).endswith(": not a definition")


@pytest.mark.parametrize("text", ["Heading ends with #", "C# and F# ##", "A *b* <i>c</i> { #x }"])
def test_heading_text_renders_literally(text):
    out = render(f"## {escape_heading(text)} {{ #h }}")
    assert re.match(r'<h2 id="h">', out), out
    assert visible(out).rstrip("¶") == text


def test_escape_inline_is_plain_for_plain_words():
    assert escape_inline("Japan’s ODA in Viet Nam, 2023.") == "Japan’s ODA in Viet Nam, 2023."
