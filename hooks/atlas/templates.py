"""The theme's compiled templates, kept between `mkdocs serve` rebuilds.

Each rebuild makes a new Jinja environment, which compiles every template it renders again:
Material's base.html and its partials took about a sixth of a rebuild at 1,000 documents. A
bytecode cache set on each new environment hands Jinja the code it compiled last time. Jinja
stores a checksum of the template source with the code and compiles again when they differ,
so an edited override is never served from the cache.
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket


class KeptTemplates(jinja2.BytecodeCache):
    """Compiled templates in memory for the life of the process (one entry per template file)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()

    def __len__(self) -> int:
        return len(self._code)
