"""Reading seeds from disk: bytes to a :class:`Seed`, or located problems."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import frontmatter
import yaml

from .model import Problem, Seed, SeedError

SEED_SUFFIX = ".txt"


def list_seed_files(seed_dir: Path) -> list[Path]:
    """Seed files in a stable order (by name), so every build sees the same sequence."""
    if not seed_dir.is_dir():
        return []
    return sorted((p for p in seed_dir.iterdir() if p.suffix == SEED_SUFFIX), key=lambda p: p.name)


def decode_seed(path: str, raw: bytes) -> str:
    """Bytes to normalised text: UTF-8 (BOM allowed), LF line ends, NFC."""
    if not raw.strip():
        raise SeedError([Problem(path, "the file is empty or holds only whitespace.",
                                 "put the document's text in it, or delete the file.")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SeedError([Problem(path, f"the text is not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start} cannot be decoded.",
                                 "save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8).",
                                 line=line, column=column)]) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def split_front_matter(path: str, text: str) -> tuple[dict, str, int]:
    """Separate a contributor's YAML block from the body; returns (overrides, body, body_start_line)."""
    if not text.startswith("---\n"):
        return {}, text, 1
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for the opening '---', +1 for 1-based
        raise SeedError([Problem(path, f"the front matter block is not valid YAML: {getattr(exc, 'problem', exc)}.",
                                 "check indentation and quote values that contain ':' or '#'.", line=line)]) from None
    if not isinstance(post.metadata, dict):
        raise SeedError([Problem(path, "the front matter block must be a mapping of field: value.", line=2)])
    body = post.content
    # python-frontmatter strips the body: find where it starts to keep line numbers true
    end = text.find("\n---", 4)
    at = text.find(body[:80], end if end >= 0 else 0) if body else -1
    start = text[:at].count("\n") + 1 if at >= 0 else 1
    return dict(post.metadata), body, start


def front_matter_lines(text: str) -> dict[str, int]:
    """Line (1-based, in the file) of each top-level key of a leading front matter block."""
    lines: dict[str, int] = {}
    if not text.startswith("---\n"):
        return lines
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if line.rstrip() == "---":
            break
        m = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
        if m:
            lines.setdefault(m.group(1), number)
    return lines


def read_seed(path: Path, root: Path) -> Seed:
    """Read one seed file; raises SeedError with located problems when it cannot be used."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    raw = path.read_bytes()
    text = decode_seed(rel, raw)
    overrides, body, start = split_front_matter(rel, text)
    if not body.strip():
        raise SeedError([Problem(rel, "the file has front matter but no document text below it.",
                                 "paste the document's text below the closing '---'.")])
    return Seed(path=rel, raw=raw, text=body, overrides=overrides, body_start_line=start,
                override_lines=front_matter_lines(text),
                sha256=hashlib.sha256(raw).hexdigest())
