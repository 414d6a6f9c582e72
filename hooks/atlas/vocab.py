"""Loading the reviewed vocabularies (countries, regions, topics, organisations, currencies, the
words of people's titles) from data/*.yml.

The YAML files are the data; this module only reads them into one `Vocabulary`, adds
pycountry's names of each listed country as aliases, and hands out the compiled matchers
(built once per Vocabulary, see matching.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pycountry
import yaml

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Vocabulary:
    """Every controlled list the extraction and index pages use, as loaded from YAML.

    countries: code -> entry; regions, topics, organisations, document_types: id -> entry.
    """

    countries: dict[str, Any] = field(default_factory=dict)
    regions: dict[str, Any] = field(default_factory=dict)
    topics: dict[str, Any] = field(default_factory=dict)
    organisations: dict[str, Any] = field(default_factory=dict)
    furniture: dict[str, Any] = field(default_factory=dict)
    document_types: dict[str, Any] = field(default_factory=dict)
    topic_settings: dict[str, Any] = field(default_factory=dict)
    # read by extract_spans (compiled there, once): held here so that editing them re-tags the cache
    currencies: dict[str, Any] = field(default_factory=dict)
    people: dict[str, Any] = field(default_factory=dict)
    # organisations.yml's company_suffixes and company_prefixes (read by extract_terms.company_names)
    company_forms: dict[str, Any] = field(default_factory=dict)
    not_places: tuple[str, ...] = ()
    default_type: str = "news"

    @cached_property
    def place_names(self) -> frozenset[str]:
        """Every country's name, aliases and cities, as written: a line naming only these names a place."""
        return frozenset(str(name) for entry in self.countries.values() for name in
                         [(entry or {}).get("name", ""), *((entry or {}).get("aliases") or ()),
                          *((entry or {}).get("cities") or ())] if name)

    @cached_property
    def matchers(self) -> Any:
        """The compiled matchers, built on first use and kept with this Vocabulary."""
        from .matching import build_matchers  # matching imports nothing from here at import time

        return build_matchers(self)

    @cached_property
    def name_index(self) -> Any:
        """Every entry's names for keyword in context (atlas.kwic), compiled on first use."""
        from .kwic import vocabulary_index  # kwic imports the taxonomy, which needs none of this

        return vocabulary_index(self)


# libyaml's parser when PyYAML has it: the vocabularies load ten times faster (a third of a
# second less at every build's start); the constructor, and so what loads, is the same.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[misc, valid-type]
    """Safe loading that refuses a key written twice in one mapping: YAML keeps the last one
    silently, so an entry added again in a pull request would replace the reviewed one unseen."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Mark] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark,
                    f"found the key {key!r} a second time (first at line {seen[key].line + 1}): "
                    "merge the two entries into one", key_node.start_mark)
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_UniqueKeyLoader) or {}  # noqa: S506 (a SafeLoader)


def pycountry_names(code: str) -> list[str]:
    """pycountry's names for a code that a text could use (not the comma-inverted ones)."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    return [n for n in names if n and "," not in n]


def with_pycountry_aliases(countries: dict[str, Any]) -> dict[str, Any]:
    """Each country entry with pycountry's names added to its aliases (no duplicates)."""
    out: dict[str, Any] = {}
    for code, entry in countries.items():
        entry = dict(entry or {})
        aliases = list(entry.get("aliases") or [])
        taken = {entry.get("name"), *aliases}
        aliases += [n for n in pycountry_names(str(code)) if n not in taken]
        entry["aliases"] = aliases
        out[str(code)] = entry
    return out


def _section(data: Any, key: str) -> dict[str, Any]:
    """The entries of a file that holds them under `key:`, or at the top level."""
    if isinstance(data, dict) and isinstance(data.get(key), dict):
        return data[key]
    return data if isinstance(data, dict) else {}


def load_vocabulary(data_dir: Path = DATA_DIR) -> Vocabulary:
    """Load every vocabulary file that exists; a missing file is an empty vocabulary."""
    raw = {}
    for name in ("countries", "regions", "topics", "organisations", "furniture", "document_types", "currencies",
                 "people"):
        path = data_dir / f"{name}.yml"
        raw[name] = load_yaml(path) if path.exists() else {}
    regions_file, topics_file, types_file = raw["regions"], raw["topics"], raw["document_types"]
    return Vocabulary(
        countries=with_pycountry_aliases(raw["countries"]),
        regions=_section(regions_file, "regions"),
        topics=_section(topics_file, "topics"),
        organisations=_section(raw["organisations"], "organisations"),
        furniture=raw["furniture"],
        currencies=raw["currencies"],
        people=raw["people"],
        company_forms={key: list(raw["organisations"].get(key) or []) for key in ("company_suffixes", "company_prefixes")}
        if isinstance(raw["organisations"], dict) else {},
        document_types=_section(types_file, "types"),
        topic_settings=dict(topics_file.get("settings") or {}) if isinstance(topics_file, dict) else {},
        not_places=tuple(regions_file.get("not_places") or ()) if isinstance(regions_file, dict) else (),
        default_type=str(types_file.get("default") or "news") if isinstance(types_file, dict) else "news",
    )


def data_stamp(data_dir: Path = DATA_DIR) -> tuple:
    """What changes when a vocabulary file is edited: each file's name, size and mtime.

    `mkdocs serve` reloads the configuration on every rebuild; with an unchanged stamp the
    loaded Vocabulary (and its compiled matchers) is reused instead of parsing the YAML again.
    """
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(data_dir.glob("*.yml")))
