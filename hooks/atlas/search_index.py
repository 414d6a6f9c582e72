"""Material's search index file, written one entry at a time.

Material's search plugin writes search/search_index.json with one json.dumps of the whole index
and its UTF-8 bytes: two copies of the index at once (over 300 MB at 10,000 documents, the peak
of the whole build). The hook writes the same bytes entry by entry instead (see atlas_hooks).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

# What Material's SearchIndex.generate_search_index puts under "config", in its order.
CONFIG_KEYS = ("lang", "separator", "pipeline", "fields")


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), default=str)  # Material's own arguments


def dump_entries(entries: Iterable[dict]) -> str:
    """Entries as they stand in the index's "docs" list, comma-separated ('' for none): what
    mkdocs serve keeps of each page, so a rebuild encodes the pages it rendered, not all."""
    return ",".join(map(_dumps, entries))


def write_search_index(path: Path, config: Mapping[str, Any], entries: Iterable[dict]) -> None:
    """Byte for byte json.dumps({"config": ..., "docs": entries}) as Material writes it."""
    write_dumped_index(path, config, map(_dumps, entries))


def write_dumped_index(path: Path, config: Mapping[str, Any], dumped: Iterable[str]) -> None:
    """The same file from entries already encoded (each a dump_entries text; '' is skipped)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write('{"config":' + _dumps({key: config[key] for key in CONFIG_KEYS}) + ',"docs":[')
        first = True
        for text in dumped:
            if text:
                out.write(text if first else "," + text)
                first = False
        out.write("]}")
