"""Reading seeds from disk: bytes to a :class:`Seed`, or located problems."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

import frontmatter
import yaml

from .model import Problem, Seed, SeedError

SEED_SUFFIX = ".txt"

# 2 MiB. The longest starting seed (a white-paper chapter) is 22 kB and a whole white paper as
# plain text is under 1 MB: anything bigger is almost surely not one document (a dump, a log,
# a PDF saved as text), and it would slow every build and every reader's page.
MAX_SEED_BYTES = 2 * 1024 * 1024

# Byte signatures of files that are often saved into seeds/ by mistake: named in the message
# so the contributor knows what they have and what to do instead.
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (Word .docx, OpenDocument, ...)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc)"), (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
)


def line_and_column(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and byte column of a byte offset, for messages an editor can jump to."""
    line = raw[:offset].count(b"\n") + 1
    return line, offset - (raw.rfind(b"\n", 0, offset) + 1) + 1


def _rel(path: Path, root: Path) -> str:
    """A path as the contributor sees it: relative to the project, forward slashes."""
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def scan_seed_dir(seed_dir: Path, root: Path | None = None) -> tuple[list[Path], list[Problem]]:
    """The seed files to read, in a stable order, and a problem for everything else in the folder.

    Order is by file name (code points), never the file system's listing order, so page
    addresses given on a collision are the same on every machine. Hidden files (.gitkeep,
    .DS_Store) are skipped silently; other extensions and folders get an info notice; a
    symbolic link leaving seeds/ is refused, since the site would publish a file from elsewhere.
    """
    root = root or seed_dir.parent
    if not seed_dir.is_dir():
        return [], []
    home = seed_dir.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(seed_dir.iterdir(), key=lambda p: p.name):
        rel = _rel(path, root)
        if path.name.startswith("."):
            if path.suffix.lower() == SEED_SUFFIX:  # easy to miss: most file browsers hide it
                problems.append(Problem(rel, "is a hidden file (its name starts with '.'): it is ignored.",
                                        "remove the leading '.' from its name if it is a document.", severity="info"))
            continue
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(home):
                problems.append(Problem(rel, f"is a symbolic link to {os.readlink(path)}, outside {_rel(seed_dir, root)}/: refused.",
                                        "copy the document's text into a real file in seeds/ instead of linking to it."))
                continue
            if not target.exists():
                problems.append(Problem(rel, f"is a symbolic link to {os.readlink(path)}, which does not exist.",
                                        "delete the link, or replace it with the document's text."))
                continue
        if path.is_dir():
            problems.append(Problem(rel, "is a folder: only files directly in seeds/ are read; it is ignored.",
                                    "move its .txt files up into seeds/.", severity="info"))
            continue
        if path.suffix.lower() != SEED_SUFFIX:
            problems.append(Problem(rel, f"has the extension '{path.suffix or '(none)'}', not '.txt': it is ignored.",
                                    "if it is a document, save its text as plain UTF-8 text with a .txt name.",
                                    severity="info"))
            continue
        files.append(path)
    return files, problems


def list_seed_files(seed_dir: Path) -> list[Path]:
    """Seed files in a stable order (by name), so every build sees the same sequence."""
    return scan_seed_dir(seed_dir)[0]


def _looks_like_utf16(raw: bytes) -> bool:
    """ASCII text in UTF-16 has a NUL in every other byte: odd ones (LE) or even ones (BE)."""
    sample = raw[:4096]
    half = len(sample) // 2
    return half >= 4 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half


def too_big(path: str, size: int) -> Problem:
    return Problem(path, f"the file is {size:,} bytes, over the limit of {MAX_SEED_BYTES:,} bytes (2 MiB).",
                   "split it into one file per document, or check that it is plain text.")


def check_bytes(path: str, raw: bytes) -> None:
    """Refuse what is not a plain-text document, naming what it is and where it goes wrong."""
    if not raw:
        raise SeedError([Problem(path, "the file is empty.", "put the document's text in it, or delete the file.")])
    if len(raw) > MAX_SEED_BYTES:
        raise SeedError([too_big(path, len(raw))])
    for bom, name in _BOMS:
        if raw.startswith(bom):
            raise SeedError([Problem(path, f"the file is {name} (it starts with a {name} byte order mark), not UTF-8.",
                                     f"save it as UTF-8 (in most editors: 'Save with encoding' > UTF-8).", line=1, column=1)])
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            raise SeedError([Problem(path, f"the file is {name}, not plain text.",
                                     "copy the document's text into a plain UTF-8 .txt file.", line=1, column=1)])
    nul = raw.find(b"\x00")
    if nul >= 0 and _looks_like_utf16(raw):
        raise SeedError([Problem(path, "the file looks like UTF-16 without a byte order mark (every other byte is NUL), not UTF-8.",
                                 "save it as UTF-8 (in most editors: 'Save with encoding' > UTF-8).", line=1, column=1)])
    if nul >= 0:
        line, column = line_and_column(raw, nul)
        raise SeedError([Problem(path, f"the file holds a NUL byte at offset {nul}: it is binary data, not text.",
                                 "copy the document's text into a plain UTF-8 .txt file.", line=line, column=column)])
    if not raw.strip():
        raise SeedError([Problem(path, "the file holds only whitespace.", "put the document's text in it, or delete the file.")])


def decode_seed(path: str, raw: bytes) -> str:
    """Bytes to normalised text: UTF-8 (BOM allowed), LF line ends, NFC."""
    check_bytes(path, raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = line_and_column(raw, exc.start)
        raise SeedError([Problem(path, f"the text is not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start} cannot be decoded.",
                                 "save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8).",
                                 line=line, column=column)]) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _INVISIBLE.search(text):
        text = drop_invisible(text)
    if not text.strip():  # e.g. only no-break or ideographic spaces
        raise SeedError([Problem(path, "the file holds only whitespace.", "put the document's text in it, or delete the file.")])
    text = unicodedata.normalize("NFC", text)
    return text.translate(_LIGATURES) if _LIGATURE.search(text) else text


# Characters a web page or a PDF leaves in copied text that show nothing: a zero-width space or
# word joiner (line-break hints inside "Viet\u200bnam"), a byte order mark in the middle of a file
# pasted together from two, a soft hyphen (a hyphenation point). They stand between the letters of
# a word and after a sentence's full stop, so "Vietnam" would not be found and a paragraph would
# not read as ending with its sentence; the text reads the same without them. (Not the zero-width
# joiner and non-joiner, which shape letters in Indic and Arabic scripts, nor direction marks.)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


def drop_invisible(text: str) -> str:
    """`text` without the invisible characters of _INVISIBLE. A soft hyphen at a line's end is
    where a PDF broke the word: the word is one ("devel" / "opment" is "development"), so its first
    part moves down to the next line, as cleaning mends a word cut with a hyphen (lines keep their
    number and their words, in order); a cut word alone on its line keeps a plain hyphen there,
    for cleaning to mend. Anywhere else a soft hyphen only marks where the word might break."""
    if "\u00ad\n" in text:
        text = _SOFT_CUT.sub(lambda m: "\n" + m.group(1), text).replace("\u00ad\n", "-\n")
    return _INVISIBLE.sub("", text)


_SOFT_CUT = re.compile(r"(?<=\S)[ \t]+([^\W\d_]+)\u00ad\n")


# A PDF's typeset ligatures, as a copy out of it (or OCR) keeps them: "signiﬁcant", "staﬀ". Each
# stands for its letters (its compatibility decomposition), which the text means: "significant" is
# then found, matched and searched as a word. (Not NFKC on the whole text: it would rewrite the
# author's superscripts, fractions and full-width characters, which are not the same letters.)
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves date-like values as text (so `2023-13-01` is not a crash)."""


_TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _TextDatesHandler(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs):
        return yaml.load(fm, Loader=_TextDatesLoader)  # noqa: S506 (a SafeLoader subclass)


def _load_front_matter(text: str) -> frontmatter.Post:
    """python-frontmatter's reading; an impossible date (`2023-13-01`) stays text for the schema
    to report with its line, where PyYAML would raise a bare ValueError."""
    try:
        return frontmatter.loads(text)
    except ValueError:
        return frontmatter.loads(text, handler=_TextDatesHandler())


def split_front_matter(path: str, text: str) -> tuple[dict, str, int]:
    """Separate a contributor's YAML block from the body; returns (overrides, body, body_start_line)."""
    if not text.startswith("---\n"):
        return {}, text, 1
    if not re.search(r"^---[ \t]*$", text[4:], re.M) and front_matter_lines(text):
        # Without its closing line the block would be published as document text.
        raise SeedError([Problem(path, "the front matter block opened on line 1 is never closed.",
                                 "add a line with only '---' after the last field, before the document's text.", line=1)])
    try:
        post = _load_front_matter(text)
    except yaml.YAMLError as exc:
        # python-frontmatter hands PyYAML the block with the newline after the opening '---',
        # so YAML's 0-based line n is the file's line n + 1.
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        column = mark.column + 1 if mark is not None else None
        what = getattr(exc, "problem", None) or str(exc)
        context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and start is not None:  # e.g. an unclosed '[': say where it was opened
            what += f" ({context} that starts on line {start.line + 1}, column {start.column + 1})"
        raise SeedError([Problem(path, f"the front matter block is not valid YAML: {what}.",
                                 "check indentation, close every [ and quote, and quote values that contain ': ' or ' #'.",
                                 line=line, column=column)]) from None
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
    rel = _rel(path, root)
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:  # said before reading: a huge file is not loaded into memory
        raise SeedError([too_big(rel, size)])
    raw = path.read_bytes()
    text = decode_seed(rel, raw)
    overrides, body, start = split_front_matter(rel, text)
    if not body.strip():
        raise SeedError([Problem(rel, "the file has front matter but no document text below it.",
                                 "paste the document's text below the closing '---'.")])
    return Seed(path=rel, raw=raw, text=body, overrides=overrides, body_start_line=start,
                override_lines=front_matter_lines(text),
                sha256=hashlib.sha256(raw).hexdigest())
