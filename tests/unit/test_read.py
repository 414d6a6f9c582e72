"""Reading seeds: every way a file can be unusable gives a located, fixable message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from atlas.model import SeedError
from atlas.clean import clean_text
from atlas.read import MAX_SEED_BYTES, read_seed, scan_seed_dir

TEXT = "Japan and Viet Nam sign a cooperation plan.\n\nThe plan covers digital skills.\n"


def problem_of(tmp_path: Path, name: str, data: bytes):
    """The single problem reading `data` as seeds/<name> raises."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / name).write_bytes(data)
    with pytest.raises(SeedError) as info:
        read_seed(seeds / name, tmp_path)
    (problem,) = info.value.problems
    assert problem.path == f"seeds/{name}"
    assert problem.severity == "error" and problem.hint
    return problem


def test_empty_file(tmp_path):
    p = problem_of(tmp_path, "a.txt", b"")
    assert p.message == "the file is empty."


def test_only_whitespace(tmp_path):
    assert "only whitespace" in problem_of(tmp_path, "a.txt", b" \n\t\r\n  \n").message
    # no-break and ideographic spaces are whitespace too, once decoded
    assert "only whitespace" in problem_of(tmp_path, "b.txt", "\u00a0\u3000\n".encode()).message


def test_nul_byte_located(tmp_path):
    p = problem_of(tmp_path, "a.txt", b"first line\nab\x00cd\n")
    assert "NUL byte at offset 13" in p.message and "binary" in p.message
    assert (p.line, p.column) == (2, 3)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom_says_save_as_utf8(tmp_path, encoding):
    data = ("\ufeff" if encoding != "utf-16" else "") + TEXT
    p = problem_of(tmp_path, "a.txt", data.encode(encoding))
    assert "UTF-16" in p.message and "not UTF-8" in p.message
    assert "save it as UTF-8" in p.hint


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, encoding):
    p = problem_of(tmp_path, "a.txt", TEXT.encode(encoding))
    assert "UTF-16 without a byte order mark" in p.message and "save it as UTF-8" in p.hint


def test_utf32_bom(tmp_path):
    assert "UTF-32" in problem_of(tmp_path, "a.txt", TEXT.encode("utf-32")).message


@pytest.mark.parametrize("data, what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
])
def test_binary_documents_are_named(tmp_path, data, what):
    p = problem_of(tmp_path, "a.txt", data)
    assert what in p.message and "plain UTF-8 .txt" in p.hint


def test_not_utf8_gives_offset_line_and_column(tmp_path):
    data = "Line one\nCaf\xe9 in Hanoi\n".encode("latin-1")
    p = problem_of(tmp_path, "a.txt", data)
    assert "not UTF-8" in p.message and "byte 0xe9 at offset 12" in p.message
    assert (p.line, p.column) == (2, 4)


def test_size_limit(tmp_path):
    assert MAX_SEED_BYTES == 2 * 1024 * 1024  # documented in docs/contributing.md
    p = problem_of(tmp_path, "big.txt", b"word " * (MAX_SEED_BYTES // 5 + 1))
    assert "over the limit of 2,097,152 bytes (2 MiB)" in p.message
    # exactly at the limit is fine
    (tmp_path / "seeds" / "ok.txt").write_bytes(b"w" * MAX_SEED_BYTES)
    assert read_seed(tmp_path / "seeds" / "ok.txt", tmp_path).text


def test_malformed_yaml_front_matter_line_and_column(tmp_path):
    data = b"---\ntitle: A plan\ncountries: [Viet Nam, Laos\ndate: 2023\n---\nText of the document.\n"
    p = problem_of(tmp_path, "a.txt", data)
    assert "not valid YAML" in p.message
    assert (p.line, p.column) == (4, 5)  # where PyYAML noticed the unclosed '[' (the line after it)
    assert "flow sequence that starts on line 3, column 12" in p.message  # where the '[' is


def test_yaml_colon_in_value_is_on_its_line(tmp_path):
    p = problem_of(tmp_path, "a.txt", b"---\ndate: 2023\ntitle: Japan: a plan\n---\nText.\n")
    assert "mapping values are not allowed" in p.message
    assert (p.line, p.column) == (3, 13)


def test_unclosed_front_matter(tmp_path):
    p = problem_of(tmp_path, "a.txt", b"---\ntitle: A plan\n\nText of the document.\n")
    assert "never closed" in p.message and p.line == 1


def test_front_matter_without_text(tmp_path):
    assert "no document text" in problem_of(tmp_path, "a.txt", b"---\ntitle: A plan\n---\n\n").message


def test_good_seed_with_front_matter(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(b"\xef\xbb\xbf---\r\ntitle: A plan\r\ndate: 2023-11\r\n---\r\n\r\n" + TEXT.encode())
    seed = read_seed(seeds / "a.txt", tmp_path)
    assert seed.overrides == {"title": "A plan", "date": "2023-11"}
    assert seed.override_lines == {"title": 2, "date": 3}
    assert seed.text.startswith("Japan and Viet Nam") and seed.body_start_line == 6


def make_dir(tmp_path: Path, names: list[str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in names:
        (seeds / name).write_text(TEXT, encoding="utf-8")
    return seeds


def test_scan_order_is_by_name_not_creation(tmp_path):
    seeds = make_dir(tmp_path, ["b.txt", "C.txt", "a.txt", "é.txt"])
    files, problems = scan_seed_dir(seeds, tmp_path)
    assert [p.name for p in files] == ["C.txt", "a.txt", "b.txt", "é.txt"]
    assert problems == []


def test_other_extensions_are_ignored_with_a_notice(tmp_path):
    seeds = make_dir(tmp_path, ["a.txt", "notes.md", "report.docx", "scan.pdf", "README", "UPPER.TXT", ".gitkeep", ".draft.txt"])
    (seeds / "drafts").mkdir()
    files, problems = scan_seed_dir(seeds, tmp_path)
    assert [p.name for p in files] == ["UPPER.TXT", "a.txt"]
    by_path = {p.path: p for p in problems}
    assert sorted(by_path) == ["seeds/.draft.txt", "seeds/README", "seeds/drafts", "seeds/notes.md",
                               "seeds/report.docx", "seeds/scan.pdf"]  # .gitkeep: silently
    assert "hidden file" in by_path["seeds/.draft.txt"].message
    assert all(p.severity == "info" for p in problems)
    assert "extension '.docx', not '.txt': it is ignored" in by_path["seeds/report.docx"].message
    assert "is a folder" in by_path["seeds/drafts"].message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_outside_seeds_is_refused(tmp_path):
    seeds = make_dir(tmp_path, ["a.txt"])
    outside = tmp_path / "secret.txt"
    outside.write_text(TEXT, encoding="utf-8")
    (seeds / "link.txt").symlink_to(outside)
    (seeds / "inside.txt").symlink_to(seeds / "a.txt")
    (seeds / "dangling.txt").symlink_to(seeds / "gone.txt")
    files, problems = scan_seed_dir(seeds, tmp_path)
    assert [p.name for p in files] == ["a.txt", "inside.txt"]
    by_path = {p.path: p for p in problems}
    refused = by_path["seeds/link.txt"]
    assert refused.severity == "error" and "outside seeds/: refused" in refused.message
    assert str(outside) in refused.message
    assert "does not exist" in by_path["seeds/dangling.txt"].message


def test_impossible_date_is_kept_as_text_for_the_schema(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(b"---\ntitle: A plan\ndate: 2023-13-01\n---\n" + TEXT.encode())
    (seeds / "b.txt").write_bytes(b"---\ntitle: A plan\ndate: 2023-12-01\n---\n" + TEXT.encode())
    assert read_seed(seeds / "a.txt", tmp_path).overrides["date"] == "2023-13-01"
    assert str(read_seed(seeds / "b.txt", tmp_path).overrides["date"]) == "2023-12-01"


def test_invisible_characters_are_dropped(tmp_path):
    # Copied web text keeps zero-width spaces and word joiners inside words, and a soft hyphen
    # where a word may break; none of them shows, and "Viet\u200bnam" must still be Vietnam.
    path = tmp_path / "zw.txt"
    path.write_text("Viet\u200bnam and Ja\u2060pan sign a tech\u00adnology plan.\n\nThe plan covers skills.\u200b\n",
                    encoding="utf-8")
    assert read_seed(path, tmp_path).text == "Vietnam and Japan sign a technology plan.\n\nThe plan covers skills.\n"


def test_a_soft_hyphen_at_a_line_end_is_a_hyphenation_point(tmp_path):
    # A PDF breaks "devel-opment" with a soft hyphen: the word is one, its first part moves down
    # to the next line (the lines keep their count); cleaning joins the wrapped lines.
    path = tmp_path / "soft.txt"
    path.write_text("Japan supports skills devel\u00ad\nopment in Laos.\nMulti\u00ad\nlateral banks join.\n",
                    encoding="utf-8")
    text = read_seed(path, tmp_path).text
    assert text == "Japan supports skills\ndevelopment in Laos.\nMulti-\nlateral banks join.\n"
    assert "Japan supports skills development in Laos." in clean_text(text).body


def test_only_invisible_characters_is_only_whitespace(tmp_path):
    assert "only whitespace" in problem_of(tmp_path, "c.txt", "\u200b\n\ufeff\u2060\n".encode()).message


def test_a_sentence_ending_in_a_zero_width_space_stays_the_first_paragraph(tmp_path):
    # Under a headline and its date, a lede whose full stop a zero-width space follows was read as
    # a subtitle (the paragraph did not end like a sentence) and left the text.
    path = tmp_path / "lede.txt"
    path.write_text("Viet Nam and Japan agree on a semiconductor road map\n\n20 April 2026\n\n"
                    "Hanoi - Viet Nam and Japan agreed on a road map.\u200b The plan names 50,000 engineers.\u200b\n\n"
                    "The Japan Bank for International Cooperation will lend.\n", encoding="utf-8")
    cleaned = clean_text(read_seed(path, tmp_path).text)
    assert cleaned.subtitle is None or "road map." not in cleaned.subtitle
    assert "Hanoi - Viet Nam and Japan agreed on a road map. The plan names 50,000 engineers." in cleaned.body
