"""`python -m atlas check`: every problem located and explained, the exit status CI relies on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from atlas.check import check_seeds, github_annotation
from atlas.cli import main
from atlas.model import Problem

GOOD = (
    "Japan and Viet Nam agree on a digital cooperation plan\n\n"
    "Tokyo and Hanoi agreed on Tuesday to train 1,000 engineers in cybersecurity and data "
    "science over five years, with support from the Japan International Cooperation Agency.\n\n"
    "The plan also covers smart city pilots in Da Nang and a joint research programme.\n"
)
OTHER = (
    "Pacific islands ask for early warning systems\n\n"
    "Leaders of Pacific Island countries asked for help with early warning systems for storms "
    "and tsunamis, and for training of meteorological staff, at a meeting held in Fiji.\n"
)


def project(tmp_path: Path, seeds: dict[str, bytes]) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, data in seeds.items():
        (folder / name).write_bytes(data)
    return tmp_path


def run_check(capsys, root: Path, *args: str) -> tuple[int, list[str]]:
    code = main(["check", str(root / "seeds"), "--root", str(root), *args])
    return code, capsys.readouterr().out.splitlines()


def with_front_matter(fields: str, text: str = GOOD) -> bytes:
    return f"---\n{fields}---\n{text}".encode()


def test_clean_seeds_pass(tmp_path, capsys):
    root = project(tmp_path, {"a.txt": GOOD.encode(), "b.txt": OTHER.encode()})
    code, out = run_check(capsys, root)
    assert code == 0
    assert out == ["atlas check: 2 seeds checked, 2 documents built: 0 errors, 0 warnings, 0 notices."]


def test_errors_are_located_explained_and_fail(tmp_path, capsys):
    root = project(tmp_path, {
        "a.txt": GOOD.encode(),
        "bad.txt": b"Line one\nCaf\xe9\n",
        "empty.txt": b"",
        "notes.md": b"# notes\n",
        "yaml.txt": with_front_matter("title: [unclosed\n"),
    })
    code, out = run_check(capsys, root)
    assert code == 1
    assert out[:-1] == [
        "seeds/bad.txt:2:4: error: the text is not UTF-8: byte 0xe9 at offset 12 cannot be decoded. "
        "Fix: save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8).",
        "seeds/empty.txt: error: the file is empty. Fix: put the document's text in it, or delete the file.",
        "seeds/notes.md: info: has the extension '.md', not '.txt': it is ignored. "
        "Fix: if it is a document, save its text as plain UTF-8 text with a .txt name.",
        out[3],  # the YAML message, checked below
    ]
    assert out[3].startswith("seeds/yaml.txt:3:1: error: the front matter block is not valid YAML")
    assert out[-1] == "atlas check: 4 seeds checked, 1 document built: 3 errors, 0 warnings, 1 notice."


def test_notices_alone_do_not_fail(tmp_path, capsys):
    root = project(tmp_path, {"a.txt": GOOD.encode(), "scan.pdf": b"%PDF-1.4"})
    code, out = run_check(capsys, root, "--strict")
    assert code == 0 and out[0].startswith("seeds/scan.pdf: info:")


def test_duplicates_exact_error_and_near_warning(tmp_path, capsys):
    near = GOOD.replace("five years", "six years")
    root = project(tmp_path, {"a.txt": GOOD.encode(), "b.txt": GOOD.replace("\n\n", "\n\n\n").encode(),
                              "c.txt": near.encode(), "d.txt": OTHER.encode()})
    code, out = run_check(capsys, root)
    assert code == 1
    assert out[0].startswith("seeds/b.txt: error: is the same document as seeds/a.txt")
    assert out[1].startswith("seeds/c.txt: warning: shares ") and "with seeds/a.txt" in out[1]
    # without the exact copy, the near-duplicate is a warning: it fails only a strict check
    (root / "seeds" / "b.txt").unlink()
    assert run_check(capsys, root)[0] == 0
    assert run_check(capsys, root, "--strict")[0] == 1
    # ... until the contributor says both belong on the site
    (root / "seeds" / "c.txt").write_bytes(with_front_matter("near_duplicate_of: a.txt\n", near))
    code, out = run_check(capsys, root, "--strict")
    assert code == 0, out


def test_one_file_reports_only_that_file(tmp_path, capsys):
    root = project(tmp_path, {"a.txt": GOOD.encode(), "empty.txt": b"", "b.txt": GOOD.encode()})
    code = main(["check", str(root / "seeds" / "b.txt"), "--root", str(root)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1 and len(out) == 2 and out[0].startswith("seeds/b.txt: error: is the same document as seeds/a.txt")


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere"), "--root", str(tmp_path)]) == 2


def test_github_annotation_escapes_and_locates():
    p = Problem("seeds/a,b.txt", "bad: 100%\nvalue.", "fix it.", line=3, column=5)
    assert github_annotation(p) == "::error file=seeds/a%2Cb.txt,line=3,col=5::bad: 100%25%0Avalue. Fix: fix it."
    assert github_annotation(Problem("seeds/x.md", "ignored.", severity="info")).startswith("::notice file=seeds/x.md::")


# Front matter messages from the schema (issue 4), seen end to end through the check.

def schema_problem(tmp_path: Path, fields: str) -> Problem:
    root = project(tmp_path, {"a.txt": with_front_matter(fields)})
    report = check_seeds(root, root / "seeds")
    errors = [p for p in report.problems if p.severity == "error"]
    assert len(errors) == 1, [p.format() for p in report.problems]
    return errors[0]


def test_unknown_field_suggests_the_closest(tmp_path):
    p = schema_problem(tmp_path, "title: A plan\ncountires: [VN]\n")
    assert p.line == 3 and "countires" in p.message
    assert "countries" in p.format()


def test_unknown_country_suggests_the_closest(tmp_path):
    p = schema_problem(tmp_path, "title: A plan\ndate: 2023\ncountries: [Veitnam]\n")
    assert p.line == 4 and "Veitnam" in p.message
    assert "Viet Nam (VN)" in p.format()


@pytest.mark.parametrize("date", ["2023-13-01", "next Tuesday"])
def test_bad_date_is_located_with_the_forms(tmp_path, date):
    p = schema_problem(tmp_path, f"title: A plan\ndate: {date}\n")
    assert p.line == 3 and date in p.message
    assert "YYYY-MM-DD" in p.format()


def test_the_project_seeds_pass_the_check():
    result = subprocess.run([sys.executable, "-m", "atlas", "check", "--strict"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("atlas check: 5 seeds checked, 5 documents built: 0 errors, 0 warnings")
