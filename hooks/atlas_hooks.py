"""MkDocs adapter for the Cooperation Atlas pipeline: each event only connects the pure stages.

MkDocs imports this file by path, with its folder on sys.path only while loading it, so the
`atlas` package must be imported here at the top (relative imports do not work in hooks).
Every top-level name starting with `on_` becomes an event handler: keep helpers elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from atlas.cache import DocumentCache
from atlas.model import Corpus
from atlas.pipeline import build_corpus
from atlas.glossary import append_abbreviations
from atlas.render import HOME_MARKER, render_document_list, render_site
from atlas.vocab import Vocabulary, load_vocabulary

log = get_plugin_logger("atlas")

_state: dict = {}
# Outlives serve's rebuilds (the hook module is not reloaded): unchanged seeds are not reprocessed.
_cache = DocumentCache()


def on_config(config):
    # Rebuilt on every config load: `mkdocs serve` does not reload hook modules.
    _state["root"] = Path(config.config_file_path).parent
    _state["vocab"] = load_vocabulary()
    return config


def on_files(files: Files, config) -> Files:
    root: Path = _state["root"]
    vocab: Vocabulary = _state["vocab"]
    corpus = build_corpus(root, root / "seeds", vocab, cache=_cache)
    for problem in corpus.problems:
        # Logged through MkDocs' logger: counts in --strict, shown (not fatal) in serve.
        (log.error if problem.severity == "error" else log.warning)(problem.format())
    _state["corpus"] = corpus
    site = render_site(corpus, vocab, config.site_url or "")
    _state["glossary"] = site.glossary
    for src_uri, content in site.pages.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    corpus: Corpus = _state.get("corpus") or Corpus()
    if HOME_MARKER in markdown:
        markdown = markdown.replace(HOME_MARKER, render_document_list(corpus))
    if page.file.generated_by is None:  # generated pages carry their abbreviations already
        markdown = append_abbreviations(markdown, _state.get("glossary") or {})
    return markdown
