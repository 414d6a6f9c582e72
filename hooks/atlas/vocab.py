"""Loading the reviewed vocabularies (countries, regions, topics, organisations) from data/*.yml."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Vocabulary:
    """Every controlled list the extraction and index pages use, as loaded from YAML."""

    countries: dict[str, Any] = field(default_factory=dict)
    regions: dict[str, Any] = field(default_factory=dict)
    topics: dict[str, Any] = field(default_factory=dict)
    organisations: dict[str, Any] = field(default_factory=dict)
    furniture: dict[str, Any] = field(default_factory=dict)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def load_vocabulary(data_dir: Path = DATA_DIR) -> Vocabulary:
    """Load every vocabulary file that exists; a missing file is an empty vocabulary."""
    loaded = {}
    for name in ("countries", "regions", "topics", "organisations", "furniture"):
        path = data_dir / f"{name}.yml"
        loaded[name] = load_yaml(path) if path.exists() else {}
    return Vocabulary(**loaded)
