"""`python -m atlas check`: validate every seed the way the build does, and say what to fix.

The check runs the same pipeline as the MkDocs hook (pipeline.build_corpus), so it finds
exactly the problems that make `mkdocs build --strict` fail, without building the site:
one line per problem, `file:line:column: severity: what is wrong. Fix: how to fix it`.
Exit status: 0 when nothing is wrong, 1 when a seed has an error (or, with --strict, a
warning, as in `mkdocs build --strict`), 2 when the command itself cannot run.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .model import Corpus, Problem
from .pipeline import build_corpus
from .vocab import Vocabulary, load_vocabulary

_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Report:
    """What a check found: the problems, and how many seeds it looked at."""

    problems: list[Problem]
    seeds: int
    documents: int

    def count(self, severity: str) -> int:
        return sum(1 for p in self.problems if p.severity == severity)

    def failed(self, strict: bool = False) -> bool:
        return self.count("error") > 0 or (strict and self.count("warning") > 0)

    def summary(self) -> str:
        def n(k: int, word: str) -> str:
            return f"{k} {word}{'' if k == 1 else 's'}"
        return (f"{n(self.seeds, 'seed')} checked, {n(self.documents, 'document')} built: "
                f"{n(self.count('error'), 'error')}, {n(self.count('warning'), 'warning')}, "
                f"{n(self.count('info'), 'notice')}.")


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """By file, then line, then severity: the order an editor walks through them."""
    return sorted(problems, key=lambda p: (p.path, p.line or 0, p.column or 0, _ORDER.get(p.severity, 3), p.message))


def check_corpus(corpus: Corpus) -> Report:
    """The report for an already built corpus."""
    return Report(sort_problems(corpus.problems), len(corpus.documents) + len(corpus.rejected), len(corpus.documents))


def check_seeds(root: Path, seed_dir: Path, vocab: Vocabulary | None = None) -> Report:
    """Run the pipeline on a seeds folder and report every problem it finds."""
    return check_corpus(build_corpus(root, seed_dir, vocab if vocab is not None else load_vocabulary()))


def github_annotation(problem: Problem) -> str:
    """A GitHub Actions workflow command, so the problem shows on the pull request's diff."""
    def esc(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text
    kind = {"error": "error", "warning": "warning"}.get(problem.severity, "notice")
    props = f"file={esc(problem.path, True)}"
    if problem.line is not None:
        props += f",line={problem.line}"
        if problem.column is not None:
            props += f",col={problem.column}"
    message = problem.message + (f" Fix: {problem.hint}" if problem.hint else "")
    return f"::{kind} {props}::{esc(message)}"


def print_report(report: Report, out: TextIO, annotate: bool = False) -> None:
    for problem in report.problems:
        print(problem.format(), file=out)
        if annotate:
            print(github_annotation(problem), file=out)
    print(f"atlas check: {report.summary()}", file=out)


def _targets(root: Path, paths: Sequence[Path]) -> tuple[list[Path], set[str]]:
    """Folders to run the pipeline on, and (when files were named) the files to report on."""
    folders: list[Path] = []
    only: set[str] = set()
    for path in paths or [root / "seeds"]:
        path = path if path.is_absolute() else Path.cwd() / path
        if path.is_dir():
            folders.append(path)
        else:  # one file: its folder is checked (duplicates need the others), its problems shown
            folders.append(path.parent)
            only.add(path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix())
    return sorted(set(folders)), only


def main(args: argparse.Namespace) -> int:
    """The `check` subcommand (arguments from cli.build_parser)."""
    root = Path(args.root).resolve()
    paths = [Path(p) for p in getattr(args, "paths", None) or []]
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        print(f"atlas check: error: no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    folders, only = _targets(root, paths)
    vocab = load_vocabulary()
    reports = [check_seeds(root, folder.resolve(), vocab) for folder in folders]
    problems = [p for r in reports for p in r.problems if not only or p.path in only]
    report = Report(sort_problems(problems), sum(r.seeds for r in reports), sum(r.documents for r in reports))
    annotate = getattr(args, "github", False) or os.environ.get("GITHUB_ACTIONS") == "true"
    print_report(report, sys.stdout, annotate=annotate)
    return 1 if report.failed(strict=getattr(args, "strict", False)) else 0
