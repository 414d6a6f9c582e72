"""Metadata extraction: what a document says about itself (walking-skeleton version)."""

from __future__ import annotations

from typing import Any

from .model import Cleaned, Seed
from .vocab import Vocabulary


def extract_metadata(seed: Seed, cleaned: Cleaned, vocab: Vocabulary) -> dict[str, Any]:
    """Fields found in the text; the contributor's overrides are merged later and win."""
    meta: dict[str, Any] = {"title": cleaned.title or seed.stem}
    if cleaned.subtitle:
        meta["subtitle"] = cleaned.subtitle
    meta["seed"] = seed.path
    meta["sha256"] = seed.sha256
    return meta
