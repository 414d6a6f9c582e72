"""Command line: `python -m atlas <command>`; each command is a thin wrapper over a pure function."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence


def _check(args: argparse.Namespace) -> int:
    from . import check

    return check.main(args)


def _export(args: argparse.Namespace) -> int:
    from .export import ExportError, export_site

    try:
        result = export_site(args.root, args.out)
    except ExportError as exc:
        print(f"atlas export: error: {exc}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(problem.format(), file=sys.stderr)
    print(f"atlas export: wrote {len(result.generated)} generated and {len(result.hand_written)} "
          f"hand-written files and mkdocs.yml to {result.out}")
    if result.errors:
        print(f"atlas export: {len(result.errors)} seed(s) could not be used (see above); "
              "the other documents were exported.", file=sys.stderr)
        return 1
    warnings = [p for p in result.problems if p.severity == "warning"]
    if args.strict and warnings:
        print(f"atlas export: {len(warnings)} warning(s) in strict mode (see above).", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m atlas", description="Cooperation Atlas content pipeline.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="validate seeds and report located problems")
    check.add_argument("paths", nargs="*", type=Path, help="seed files or folders (default: seeds/)")
    check.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: here)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too, like `mkdocs build --strict`")
    check.add_argument("--github", action="store_true",
                       help="also print GitHub Actions annotations (on by itself when GITHUB_ACTIONS=true)")
    check.set_defaults(func=_check)

    export = sub.add_parser(
        "export",
        help="write the whole site as Markdown plus a hook-free mkdocs.yml",
        description="Write every generated page (documents and index pages), the hand-written docs/ "
                    "pages and a mkdocs.yml without hooks to OUT, for MkDocs, ProperDocs or Zensical.",
    )
    export.add_argument("out", type=Path, help="output folder (created; a previous export there is replaced)")
    export.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: here)")
    export.add_argument("--strict", action="store_true",
                        help="exit 1 on warnings too, as `mkdocs build --strict` fails on them")
    export.set_defaults(func=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
