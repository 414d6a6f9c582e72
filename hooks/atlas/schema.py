"""The one front matter schema: merging contributor overrides over extraction, and validating."""

from __future__ import annotations

from typing import Any

from .model import Problem


def merge(extracted: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Contributor overrides win over extracted values, field by field."""
    merged = dict(extracted)
    merged.update(overrides)
    return merged


def validate_front_matter(path: str, meta: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Return normalised front matter and the problems found (skeleton: title must be text)."""
    problems: list[Problem] = []
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        problems.append(Problem(path, "the document has no title.", "add `title: ...` to its front matter."))
    return meta, problems
