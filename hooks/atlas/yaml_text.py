"""Front matter as YAML text: exactly what `yaml.safe_dump` writes, made from reused pieces.

Every generated page starts with a front matter mapping, and most of it repeats across pages:
the same country, topic and organisation entries, the same flags and counts. PyYAML's
representer (Python even with libyaml) costs about a millisecond per document page, more than
any other step of rendering it. Top-level entries of a block mapping, and items of a block
sequence, are laid out independently of their neighbours, so the text of each can be made once
by PyYAML and reused; what was not seen before is dumped in one call per page and cut at the
entry starts. The text is PyYAML's own, byte for byte (tests compare it with `yaml.safe_dump`
and `frontmatter.dumps` on every generated page); only the work is shared. One difference: an
object that appears twice is written out twice, never as a YAML alias (`&id001`).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Hashable, Mapping

import yaml

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# A key whose text is its name: `key:` at the start of its entry's first line.
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_EXACT = (str, int, bool, type(None))
# Pieces kept across pages (and serve rebuilds); emptied when full so a long session stays small.
_LIMIT = 200_000
_pieces: dict[Hashable, str] = {}


def safe_dump(data: Any) -> str:
    """PyYAML's text for `data`: block style, keys in their order, Unicode as itself."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False)


def _frozen(value: Any) -> Hashable | None:
    """A key that tells apart every value PyYAML writes differently (True and 1, 0.0 and -0.0)."""
    kind = type(value)
    if kind in _EXACT:
        return (kind, value)
    if kind is float:
        return (kind, repr(value))
    if kind is list:
        items = tuple(_frozen(item) for item in value)
        return None if None in items else ("list", items)
    if kind is dict:
        pairs = tuple((_frozen(k), _frozen(v)) for k, v in value.items())
        return None if any(None in pair for pair in pairs) else ("dict", pairs)
    return None


def _cut(text: str, count: int, starts: tuple[str, ...] | None) -> list[str] | None:
    """`text` cut before each line that opens an entry (a column-0 line; `starts` narrows which)."""
    pieces: list[list[str]] = []
    # Split at "\n" only: str.splitlines would also cut at U+2028 and the like inside a value.
    for line in text[:-1].split("\n") if text.endswith("\n") else text.split("\n"):
        line += "\n"
        opens = (line.startswith(starts) if starts else not line.startswith((" ", "- ", "-\n")))
        if opens or not pieces:
            pieces.append([])
        pieces[-1].append(line)
    # Each entry opens exactly one such line; any other count means a layout this cut does not
    # know, and the caller dumps entry by entry instead.
    return ["".join(piece) for piece in pieces] if len(pieces) == count else None


def _remember(key: Hashable, text: str) -> None:
    if len(_pieces) >= _LIMIT:
        _pieces.clear()
    _pieces[key] = text


def _made(entries: dict[Hashable, Any], dump: Callable[[list], str], starts: tuple[str, ...] | None,
          keep: bool = True) -> dict[Hashable, str]:
    """The text of each new entry, from one dump of them all, cut where each entry opens."""
    values = list(entries.values())
    texts = _cut(dump(values), len(values), starts) or [dump([value]) for value in values]
    if keep:
        for key, text in zip(entries, texts):
            _remember(key, text)
    return dict(zip(entries, texts))


def _dump_items(values: list) -> str:
    return safe_dump({"x": values}).partition("\n")[2]  # without the `x:` line


def _dump_entries(pairs: list[tuple[str, Any]]) -> str:
    return safe_dump(dict(pairs))


def _items_text(values: list) -> str:
    """The block sequence items of `values` (top-level sequence layout), reusing known items."""
    keys = [("item", _frozen(v)) for v in values]
    # One value per key: the same object twice in one dump would come out as a YAML alias.
    new = {key: value for key, value in zip(keys, values) if key[1] is not None and key not in _pieces}
    made = _made(new, _dump_items, ("- ", "-\n")) if new else {}
    return "".join(made.get(key) or _pieces.get(key) or _dump_items([value])
                   for key, value in zip(keys, values))


def dump_front_matter(meta: Mapping[str, Any]) -> str:
    """`yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)`, made from reused pieces."""
    if type(meta) is not dict or not meta or not all(type(k) is str and _PLAIN_KEY.fullmatch(k) for k in meta):
        return safe_dump(dict(meta))
    texts: dict[str, str] = {}
    new: dict[Hashable, tuple[str, Any]] = {}
    odd: dict[Hashable, tuple[str, Any]] = {}  # values without a reuse key: made, not kept
    for name, value in meta.items():
        if type(value) is list and value:
            # A sequence's items are reused one by one: each page lists its own mix of them.
            head = _pieces.get(("head", name))
            if head is None:
                head = safe_dump({name: [0]}).partition("\n")[0] + "\n"
                _remember(("head", name), head)
            texts[name] = head + _items_text(value)
            continue
        key = ("entry", name, _frozen(value))
        found = _pieces.get(key) if key[2] is not None else None
        if found is not None:
            texts[name] = found
        elif key[2] is not None:
            new[key] = (name, value)
        else:
            odd[("odd", name)] = (name, value)
    for entries, keep in ((new, True), (odd, False)):
        if entries:
            for (name, _), text in zip(entries.values(), _made(entries, _dump_entries, None, keep).values()):
                texts[name] = text
    return "".join(texts[name] for name in meta)


def front_matter_page(meta: Mapping[str, Any], body: str) -> str:
    """A Markdown page: `---`, the front matter as YAML, `---`, a blank line, then `body`."""
    return f"---\n{dump_front_matter(meta)}---\n\n{body}"
