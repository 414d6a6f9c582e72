"""The build log says what a maintainer must act on, not a line per generated page."""

from __future__ import annotations

from conftest import copy_project, run_mkdocs_build


def test_only_hand_written_pages_missing_from_the_nav_are_reported(tmp_path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "docs" / "forgotten.md").write_text("# A page nobody added to the nav\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    log = result.stderr
    assert "not included in the \"nav\" configuration" in log
    listed = [ln.strip()[2:] for ln in log.splitlines() if ln.startswith("  - ")]
    # Generated pages (documents, index pages) are reached from the index pages, by design.
    assert listed == ["forgotten.md"], listed
    assert (tmp_path / "site" / "documents").is_dir()
