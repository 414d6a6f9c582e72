"""Reproducible builds: the same checkout gives byte-identical Markdown and HTML, wherever built.

MkDocs' only dates are the sitemap's <lastmod> and the gzip header of sitemap.xml.gz; both
come from SOURCE_DATE_EPOCH (conftest sets it, the Makefile and CI set it from the last
commit). Everything else must not depend on time, hash seeds or the output folder.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_mkdocs_build

EPOCH = 1700000000  # conftest's SOURCE_DATE_EPOCH: 2023-11-14T22:13:20Z


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_tree(a: Path, b: Path) -> None:
    first, second = tree(a), tree(b)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == [], differing[:20]


def test_two_builds_into_different_folders_are_identical(built_site: Path, tmp_path: Path):
    # The second does all the pipeline's work itself; the first may reuse the build store
    # (atlas.store): the two must not differ by a byte.
    second = tmp_path / "elsewhere" / "site"
    result = run_mkdocs_build(ROOT, second, ATLAS_CACHE="0")
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(tree(built_site)) > 20  # the comparison covers a real site, not an empty folder
    assert_same_tree(built_site, second)


def test_sitemap_dates_come_from_source_date_epoch(built_site: Path):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<lastmod>(.*?)</lastmod>", sitemap)) == {"2023-11-14"}
    raw = (built_site / "sitemap.xml.gz").read_bytes()
    assert int.from_bytes(raw[4:8], "little") == EPOCH - EPOCH % 86400  # gzip MTIME: that day, 00:00 UTC
    assert gzip.decompress(raw).decode("utf-8") == sitemap


def export(out: Path, hash_seed: str) -> None:
    """The generated Markdown tree, written by `python -m atlas export` in a fresh process."""
    # ATLAS_CACHE=0: each process makes every page itself (a stored page would hide a difference)
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, SOURCE_DATE_EPOCH=str(EPOCH), ATLAS_CACHE="0")
    result = subprocess.run([sys.executable, "-m", "atlas", "export", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]


def test_generated_markdown_is_identical_across_processes(tmp_path: Path):
    # Different hash seeds change the iteration order of sets of strings: output must not.
    export(tmp_path / "one", "1")
    export(tmp_path / "two", "2")
    assert any(name.startswith("docs/documents/") and name.endswith(".md") for name in tree(tmp_path / "one"))
    assert_same_tree(tmp_path / "one", tmp_path / "two")
