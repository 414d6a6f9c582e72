"""Export: the whole site as a plain Markdown tree plus a hook-free mkdocs.yml.

The hooks make the site inside one engine (MkDocs 1.6); the export writes the same content to
disk so that any engine that reads mkdocs.yml and Markdown (MkDocs, ProperDocs, Zensical) can
build it without running Python hooks. There is one code path: the export calls the functions
the hook calls (pipeline.build_corpus, then assemble.site_files, which runs render.render_site,
and assemble.finish_page on every page, as the hook's on_page_markdown does), so the two can
never disagree about what the site holds.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .assemble import file_edit_uri, finish_edit_url, finish_page, page_edit_url, site_files
from .model import Problem
from .pipeline import build_corpus
from .render import escape_theme_meta
from .store import build_store
from .vocab import Vocabulary, load_vocabulary

MARKER_FILE = ".atlas-export"
MARKER_TEXT = "Written by `python -m atlas export`; the whole folder is rewritten by the next export.\n"

# Config keys that only make sense next to the hooks and the seeds: the export has neither.
DROPPED_KEYS = ("hooks", "watch")

CONFIG_HEADER = """\
# Written by `python -m atlas export` from the project's mkdocs.yml: the same site, with the
# generated pages on disk under docs/ and no hooks, so any engine that reads mkdocs.yml builds it:
#   mkdocs build --strict                      (MkDocs 1.6 + Material 9.8)
#   properdocs build -f mkdocs.yml --strict    (ProperDocs 1.6 + Material 9.8)
#   zensical build -f mkdocs.zensical.yml --strict   (Zensical: see that file)
# Do not edit: change the seeds or the project and export again.
"""

ZENSICAL_CONFIG = "mkdocs.zensical.yml"
ZENSICAL_HEADER = """\
# Written by `python -m atlas export`: mkdocs.yml as Zensical should read it.
# - variant: classic keeps Material's look (Zensical's default "modern" variant restyles the site).
# - custom_dir: the project's overrides/ are copies of Material 9.8 templates; Zensical's own
#   templates differ (its search.html is another component, and already names the dialog).
"""


class ExportError(Exception):
    """The export cannot go on (unsafe output folder, a page written twice, ...)."""


@dataclass(frozen=True)
class Tagged:
    """A YAML value under an application tag (`!ENV [...]`, `!!python/name:...`), kept as written.

    Engines resolve these themselves (environment variables at build time, Python names in
    their own environment), so the export must pass them through instead of resolving them.
    """

    tag: str
    value: Any


class _ConfigLoader(yaml.SafeLoader):
    """Safe loading that keeps tagged values instead of rejecting or resolving them."""


class _ConfigDumper(yaml.SafeDumper):
    """Safe dumping that writes :class:`Tagged` values back under their tag."""


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.SequenceNode):
        value: Any = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    return Tagged(node.tag, value)


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_ConfigLoader.add_multi_constructor("!", _construct_tagged)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_ConfigDumper.add_representer(Tagged, _represent_tagged)


def load_config(text: str) -> dict[str, Any]:
    """mkdocs.yml text to a dict, tagged values kept (never resolved) for the engines to resolve."""
    return yaml.load(text, Loader=_ConfigLoader) or {}  # noqa: S506 - a SafeLoader subclass


def dump_config(config: dict[str, Any]) -> str:
    """A config dict back to YAML, keys in their original order, tags as they were written."""
    return yaml.dump(config, Dumper=_ConfigDumper, sort_keys=False, allow_unicode=True, width=100)


def export_config(config: dict[str, Any]) -> dict[str, Any]:
    """The project's config made engine-neutral: no hooks or watched source folders; docs/ holds it all."""
    exported = {key: value for key, value in config.items() if key not in DROPPED_KEYS}
    exported["docs_dir"] = "docs"
    exported.pop("site_dir", None)  # each engine's own default (site/) or its -d option
    return exported


def zensical_config(config: dict[str, Any]) -> dict[str, Any]:
    """What Zensical needs on top of mkdocs.yml (it reads it through INHERIT)."""
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    extra: dict[str, Any] = {}
    if theme.get("name", "material") == "material" and "variant" not in theme:
        extra["variant"] = "classic"
    if theme.get("custom_dir"):
        extra["custom_dir"] = None
    return {"INHERIT": "mkdocs.yml", **({"theme": extra} if extra else {})}


def resolve_env(value: Any) -> Any:
    """A config value as the engine will see it: `!ENV [NAME, ..., default]` looked up now.

    The export needs site_url and edit_uri for what it renders (feeds, edit links) and resolves
    them exactly as MkDocs does (pyyaml_env_tag): the first variable set wins, else the default.
    """
    if not isinstance(value, Tagged) or value.tag != "!ENV":
        return value
    names, default = [value.value], None
    if isinstance(value.value, list):
        names, default = (value.value[:-1], value.value[-1]) if len(value.value) > 1 else (value.value, None)
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return yaml.safe_load(os.environ[name]) if os.environ[name] else os.environ[name]
    return default


def escape_front_matter(markdown: str) -> str:
    """The page with the front matter fields the theme prints raw escaped (render.escape_theme_meta).

    The hook escapes page.meta in on_page_markdown; an engine reading the exported file gets the
    same values only if the file holds them escaped. Pages whose values need no escaping are
    left byte for byte as they were.
    """
    if not markdown.startswith("---\n"):
        return markdown
    end = markdown.find("\n---\n", 4)
    if end < 0:
        return markdown
    meta = yaml.safe_load(markdown[4:end + 1])
    if not isinstance(meta, dict):
        return markdown
    escaped = escape_theme_meta(dict(meta))
    if escaped == meta:
        return markdown
    head = yaml.safe_dump(escaped, sort_keys=False, allow_unicode=True)
    return f"---\n{head}---\n" + markdown[end + len("\n---\n"):]


def hand_written_files(docs_dir: Path) -> dict[str, Path]:
    """Every file under docs/ by its src_uri (forward slashes), in a stable order."""
    if not docs_dir.is_dir():
        return {}
    files = (p for p in docs_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return {p.relative_to(docs_dir).as_posix(): p for p in sorted(files)}


@dataclass
class Export:
    """What an export wrote, for the CLI's summary and for tests."""

    out: Path
    generated: list[str] = field(default_factory=list)  # src_uris from assemble.site_files
    hand_written: list[str] = field(default_factory=list)  # src_uris copied from docs/
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def prepare_out(out: Path) -> None:
    """Empty `out` for a fresh export, refusing to delete a folder that no export made."""
    if out.exists():
        if not out.is_dir():
            raise ExportError(f"{out} is a file: give a folder to export into.")
        if any(out.iterdir()) and not (out / MARKER_FILE).is_file():
            raise ExportError(f"{out} is not empty and was not written by `atlas export`: "
                              "give an empty or new folder, so nothing of yours is overwritten.")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        # newline="" keeps LF on every platform: byte-identical exports.
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(content)


def export_site(root: Path, out: Path, vocab: Vocabulary | None = None,
                config_name: str = "mkdocs.yml", seed_dir: Path | None = None) -> Export:
    """Write the complete site content of the project at `root` to `out` (see module docstring).

    `seed_dir` (default: root/seeds) lets a benchmark export synthetic seeds with the project's pages.
    """
    root, out = root.resolve(), out.resolve()
    config = load_config((root / config_name).read_text(encoding="utf-8"))
    docs_dir = root / str(config.get("docs_dir") or "docs")
    if out == root or root.is_relative_to(out) or out.is_relative_to(docs_dir):
        raise ExportError(f"{out} would overwrite the project itself: export to a folder outside docs/.")

    vocab = vocab or load_vocabulary()
    site_url = str(resolve_env(config.get("site_url")) or "")
    with build_store(root, vocab):  # what the last build or export made from unchanged seeds
        corpus = build_corpus(root, seed_dir or root / "seeds", vocab)
        generated = site_files(corpus, vocab, site_url)
    hand = hand_written_files(docs_dir)
    clashes = sorted(set(generated.files) & set(hand))
    if clashes:
        raise ExportError(f"docs/{clashes[0]} is both a hand-written and a generated page: "
                          "rename the hand-written file.")

    edit = {key: resolve_env(config.get(key)) for key in ("edit_uri", "repo_url", "edit_uri_template")}
    docs_rel = docs_dir.relative_to(root).as_posix() if docs_dir.is_relative_to(root) else "docs"
    prepare_out(out)
    _write(out / MARKER_FILE, MARKER_TEXT)
    for src_uri, path in hand.items():
        if path.suffix == ".md":
            page = finish_page(path.read_text(encoding="utf-8"), src_uri, generated, generated=False)
            page = escape_front_matter(page)
            _write(out / "docs" / src_uri, page)
        else:
            _write(out / "docs" / src_uri, path.read_bytes())
    for src_uri, content in generated.files.items():
        if isinstance(content, str) and src_uri.endswith(".md"):
            seed = generated.seeds.get(src_uri)
            edit_url = finish_edit_url(page_edit_url(file_edit_uri(seed, docs_rel) if seed else src_uri, **edit))
            content = escape_front_matter(finish_page(content, src_uri, generated, generated=True, edit_url=edit_url))
        _write(out / "docs" / src_uri, content)

    custom_dir = (config.get("theme") or {}).get("custom_dir") if isinstance(config.get("theme"), dict) else None
    if isinstance(custom_dir, str) and (root / custom_dir).is_dir():
        # Theme overrides (templates, partials) are part of the site, not of the hooks.
        shutil.copytree(root / custom_dir, out / custom_dir, ignore=shutil.ignore_patterns("__pycache__"))
    _write(out / "mkdocs.yml", CONFIG_HEADER + dump_config(export_config(config)))
    _write(out / ZENSICAL_CONFIG, ZENSICAL_HEADER + dump_config(zensical_config(config)))
    return Export(out=out, generated=list(generated.files), hand_written=list(hand), problems=list(corpus.problems))
