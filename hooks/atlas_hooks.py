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
from atlas.provenance import edit_uri, page_seeds, provenance_links, provenance_pages, resolve_dots
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
        {"error": log.error, "warning": log.warning}.get(problem.severity, log.info)(problem.format())
    _state["corpus"] = corpus
    site = render_site(corpus, vocab, config.site_url or "")
    _state["glossary"] = site.glossary
    _state["documents"] = {d.src_uri: d for d in corpus.documents}
    seeds, docs_dir = page_seeds(corpus), Path(config.docs_dir).relative_to(root).as_posix()
    for src_uri, content in {**site.pages, **provenance_pages(corpus)}.items():
        file = File.generated(config, src_uri, content=content)
        if src_uri in seeds:  # the "edit" button opens the seed file, not a generated page
            file.edit_uri = edit_uri(seeds[src_uri], docs_dir)
        files.append(file)
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    corpus: Corpus = _state.get("corpus") or Corpus()
    if HOME_MARKER in markdown:
        markdown = markdown.replace(HOME_MARKER, render_document_list(corpus))
    if page.file.generated_by is None:  # generated pages carry their abbreviations already
        markdown = append_abbreviations(markdown, _state.get("glossary") or {})
    if page.edit_url:  # seeds live beside docs/: "docs/../seeds/x.txt" -> "seeds/x.txt"
        page.edit_url = resolve_dots(page.edit_url)
    doc = _state.get("documents", {}).get(page.file.src_uri)
    if doc is not None:
        markdown += provenance_links(doc, page.edit_url)
    return markdown
