"""Golden files: the cleaned Markdown of each seed, reviewed line by line against its source.

tests/golden/<seed>.md holds what cleaning lifted out of the text (title, standfirst, dateline,
source lines, series, removed furniture) as YAML front matter, then the Markdown body.
After a deliberate change to cleaning, rewrite them with
    ATLAS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/unit/test_clean_golden.py
and review the diff line by line against the seeds before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from conftest import SEEDS

from atlas.clean import canonical_text, clean_text, parse
from atlas.model import Cleaned
from atlas.read import read_seed

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def golden_text(cleaned: Cleaned) -> str:
    fields = {"title": cleaned.title, "subtitle": cleaned.subtitle, "dateline": cleaned.dateline,
              "source_lines": list(cleaned.source_lines), "series": cleaned.series, "removed": list(cleaned.removed)}
    head = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{head}---\n{cleaned.body}"


def seed_text(path: Path) -> str:
    return read_seed(path, SEEDS.parent).text


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_cleaned_seed_matches_golden_file(path: Path):
    actual = golden_text(clean_text(seed_text(path)))
    golden = GOLDEN / f"{path.stem}.md"
    if os.environ.get("ATLAS_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}: see this module's docstring"
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_cleaning_is_deterministic_on_seeds(path: Path):
    text = seed_text(path)
    assert golden_text(clean_text(text)) == golden_text(clean_text(text))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_cleaning_clean_text_again_changes_nothing(path: Path):
    """Idempotence: the cleaned document written back as plain text cleans to the same result."""
    first = clean_text(seed_text(path))
    canonical = canonical_text(parse(seed_text(path)))
    again = clean_text(canonical)
    for field in ("body", "title", "subtitle", "dateline", "source_lines", "series", "paragraphs"):
        assert getattr(again, field) == getattr(first, field), field
    assert canonical_text(parse(canonical)) == canonical
    assert again.removed in ((), tuple(r for r in first.removed if r.startswith("(")))  # only a section number


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_paragraph_anchors_are_unique_and_in_the_body(path: Path):
    cleaned = clean_text(seed_text(path))
    anchors = [p.anchor for p in cleaned.paragraphs]
    assert len(anchors) == len(set(anchors))
    for p in cleaned.paragraphs:
        assert f"#{p.anchor} " in cleaned.body or f'id="{p.anchor}"' in cleaned.body or \
            (p.anchor.startswith("fn:") and f"[^{p.anchor[3:]}]:" in cleaned.body), p.anchor
        assert p.text.strip() == p.text and p.text
