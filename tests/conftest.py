"""Shared fixtures: a real MkDocs build of the project (or of a copy with other seeds)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "hooks"))


def run_mkdocs_build(project: Path, site_dir: Path, strict: bool = True,
                     **env_extra: str) -> subprocess.CompletedProcess:
    """Build `project` with the same MkDocs the README uses; returns the finished process."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", **env_extra)
    return subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=600)


def copy_project(dest: Path, seeds: dict[str, bytes] | None = None) -> Path:
    """A copy of the project (config, hooks, docs) with the real seeds or the given ones."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml",):
        shutil.copy2(ROOT / name, dest / name)
    for folder in ("docs", "hooks", "overrides"):
        if (ROOT / folder).exists():
            shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    seed_dir = dest / "seeds"
    seed_dir.mkdir()
    if seeds is None:
        for p in sorted(SEEDS.glob("*.txt")):
            shutil.copy2(p, seed_dir / p.name)
    else:
        for name, data in seeds.items():
            (seed_dir / name).write_bytes(data)
    return dest


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real project built once, strict, into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


# --- the unseen fixtures as one corpus, next to the real seeds (tests/site/test_unseen_site.py,
# tests/browser/test_unseen_pages.py): built once per session, shared by both ---------------------

UNSEEN = ROOT / "tests" / "fixtures" / "unseen"


def unseen_seeds() -> dict[str, bytes]:
    """The five real seeds and every document of tests/fixtures/unseen/, by file name."""
    seeds = {p.name: p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
    for p in sorted(UNSEEN.glob("*.txt")):
        assert p.name not in seeds, f"an unseen fixture has a real seed's name: {p.name}"
        seeds[p.name] = p.read_bytes()
    return seeds


@pytest.fixture(scope="session")
def unseen_build(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    """(project, site, finished build): a copy of the project whose seeds are the real ones and
    every unseen fixture, built strict once. The build's outcome is asserted by the tests."""
    tmp = tmp_path_factory.mktemp("unseen")
    project = copy_project(tmp / "proj", unseen_seeds())
    return project, tmp / "site", run_mkdocs_build(project, tmp / "site")
