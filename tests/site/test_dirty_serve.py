"""`mkdocs serve --dirty` (what `make serve` runs) must serve the site a clean build makes.

MkDocs re-renders under --dirty only the pages whose source file is newer than their HTML; the
hook adds what that misses (atlas.dirty). Here a copy of the project is built the way serve
--dirty builds it, through edits of every kind, and after each edit every file of the served
folder is compared with a clean `mkdocs build` of the same seeds.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import copy_project

DRIVER = Path(__file__).with_name("dirty_serve_driver.py")
SERVE_URL = "http://127.0.0.1:8000/"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _differences(served: Path, clean: Path) -> list[str]:
    a, b = _files(served), _files(clean)
    problems = [f"only served: {u}" for u in sorted(a.keys() - b.keys())]
    problems += [f"only in the clean build: {u}" for u in sorted(b.keys() - a.keys())]
    for uri in sorted(a.keys() & b.keys()):
        if uri == "search/search_index.json":  # same entries; compared as data, below
            if json.loads(a[uri]) != json.loads(b[uri]):
                problems.append("search index differs")
        elif a[uri] != b[uri]:
            problems.append(f"differs: {uri}")
    return problems


ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", SITE_URL=SERVE_URL)
# The reference builds do all the work themselves: no build store (atlas.store) to share a mistake with.
CLEAN_ENV = dict(ENV, ATLAS_CACHE="0")


def _build(project: Path, site: Path, env: dict[str, str]) -> None:
    shutil.rmtree(site, ignore_errors=True)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
                             "-d", str(site)], cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@contextlib.contextmanager
def dirty_serve(project: Path, served: Path) -> Iterator[Callable[[], str]]:
    """One serve --dirty session (the driver process); yields a function that rebuilds once
    and returns the driver's answer ("built", or why it failed)."""
    driver = subprocess.Popen([sys.executable, str(DRIVER), str(served), SERVE_URL],
                              cwd=project, env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def rebuild() -> str:
        driver.stdin.write("build\n")
        driver.stdin.flush()
        return driver.stdout.readline().strip()

    try:
        yield rebuild
    finally:
        driver.stdin.close()
        driver.wait(timeout=60)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def test_dirty_rebuilds_serve_what_a_clean_build_makes(project: Path, tmp_path: Path) -> None:
    served = tmp_path / "served"
    seeds = sorted((project / "seeds").glob("*.txt"))
    edits = [
        ("a new sentence naming a country and a body the document did not name",
         lambda: _edit(seeds[2], "\n\n", "\n\nKenya and the World Bank signed a new agreement.\n\n")),
        ("a new date: the home page's list of latest documents changes, its file does not",
         lambda: _edit(seeds[3], "November 2001", "December 2025")),
        ("a new title: a new address, the old page must go",
         lambda: _edit(seeds[3], "Japan's Cooperation", "Japan’s Renewed Cooperation")),
        ("a removed seed: its page, source and index entries must go", lambda: seeds[4].unlink()),
        ("an added seed", lambda: shutil.copy2(seeds[0], project / "seeds" / "005_copy.txt")),
        ("a new site name in mkdocs.yml: every page's header changes",
         lambda: _edit(project / "mkdocs.yml", "site_name: Cooperation Atlas", "site_name: Cooperation Atlas (draft)")),
    ]
    # A build before the session: serve's first build reuses what it stored (atlas.store).
    _build(project, tmp_path / "earlier", ENV)
    assert (project / ".cache" / "atlas" / "pipeline.sqlite").is_file()
    with dirty_serve(project, served) as rebuild:
        for what, edit in [("the first build", lambda: None), *edits]:
            edit()
            assert rebuild() == "built", what
            clean = tmp_path / "clean"
            _build(project, clean, CLEAN_ENV)
            assert _differences(served, clean) == [], what


def test_unchanged_pages_are_not_rendered_again(project: Path, tmp_path: Path) -> None:
    """The point of --dirty: an edit re-renders its document and the pages listing it, not all."""
    served = tmp_path / "served"
    with dirty_serve(project, served) as rebuild:
        assert rebuild() == "built"
        before = {p: p.stat().st_mtime_ns for p in served.rglob("*.html")}
        seed = sorted((project / "seeds").glob("*.txt"))[2]
        _edit(seed, "\n\n", "\n\nA plain sentence added by an editor.\n\n")
        assert rebuild() == "built"
        rewritten = sorted(p.relative_to(served).as_posix() for p, t in before.items() if p.stat().st_mtime_ns != t)
    assert any(u.startswith("documents/") for u in rewritten), rewritten
    assert len(rewritten) < len(before) / 4, rewritten
    assert "about/index.html" not in rewritten
