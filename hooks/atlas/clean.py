"""Cleaning: raw seed text to structured, escaped Markdown (walking-skeleton version)."""

from __future__ import annotations

import re

from .escape import escape_text
from .model import Cleaned, Paragraph


def split_blocks(text: str) -> list[str]:
    """Blank-line separated blocks, each stripped of surrounding whitespace."""
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def clean_text(text: str) -> Cleaned:
    """Turn a seed's body text into Markdown; the first block is taken as the title."""
    blocks = split_blocks(text)
    title = blocks[0].splitlines()[0].strip() if blocks else None
    paragraphs = []
    out = []
    for i, block in enumerate(blocks, start=1):
        plain = " ".join(line.strip() for line in block.splitlines())
        anchor = f"p-{i}"
        paragraphs.append(Paragraph(anchor, plain))
        out.append(f"{escape_text(plain)}\n{{ #{anchor} }}")
    return Cleaned(body="\n\n".join(out) + "\n", title=title, paragraphs=tuple(paragraphs))
