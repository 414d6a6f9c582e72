"""MkDocs adapter for the Cooperation Atlas pipeline: each event only connects the pure stages.

MkDocs imports this file by path, with its folder on sys.path only while loading it, so the
`atlas` package must be imported here at the top (relative imports do not work in hooks).
Every top-level name starting with `on_` becomes an event handler: keep helpers elsewhere.
"""

from __future__ import annotations

import gc
import logging
from contextlib import nullcontext
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from atlas.assemble import SiteFiles, file_edit_uri, finish_edit_url, finish_page, site_files
from atlas.cache import DocumentCache, HeldPages, PageWriter, ScratchPages
from atlas.collector import IdleCollector
from atlas.dirty import DirtyBuilds, tree_stamp
from atlas.index_pages import forget_shared_pieces
from atlas.pipeline import build_corpus
from atlas.render import THEME_META, escape_theme_meta, keep_between_builds
from atlas.search_index import write_dumped_index, write_search_index
from atlas.store import build_store
from atlas.templates import KeptTemplates
from atlas.vocab import Vocabulary, data_stamp, load_vocabulary

log = get_plugin_logger("atlas")

_state: dict = {}
# Outlives serve's rebuilds (the hook module is not reloaded): unchanged seeds are not reprocessed.
_cache = DocumentCache()
# Seed path -> address of its last good page: a seed broken in serve shows its errors there.
_addresses: dict[str, str] = {}
_held = HeldPages()
_dirty = DirtyBuilds()  # serve --dirty only: what MkDocs' mtime check misses (atlas.dirty)
_templates = KeptTemplates()  # serve only: the theme compiled once, not on every rebuild
_collector = IdleCollector()  # serve only: garbage collected between rebuilds (atlas.collector)


def on_startup(command: str, dirty: bool) -> None:
    # `mkdocs serve --dirty` re-renders only pages whose source file is newer than their HTML;
    # in-memory pages always look changed, so there the pages go to files (see PageWriter).
    _state["page_files"] = command == "serve" and dirty
    # Only serve rebuilds again in this process: a one-shot build keeps no cache (memory).
    _state["serving"] = command == "serve"
    keep_between_builds(command == "serve")
    if _state["page_files"]:
        logging.getLogger("mkdocs.commands.build").addFilter(_dirty_notice)
        log.info("serve --dirty: each rebuild re-renders the pages an edit changed, and removes "
                 "pages that are gone (docs/performance.md, 'Serve: what an edit rebuilds').")


def _dirty_notice(record: logging.LogRecord) -> bool:
    # MkDocs warns on every dirty build that navigation and links may go stale; for this site
    # the hook re-renders whatever an edit changed (atlas.dirty), so the warning would only be
    # noise on each save. Every other message passes.
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def on_config(config):
    if _state.get("serving"):
        _collector.build_started()
    # Runs on every config load (serve reloads the config on each rebuild, not this module):
    # the vocabularies are parsed again only when a data file changed. resolve(): ProperDocs keeps `-f mkdocs.yml` relative, MkDocs makes it absolute.
    _state["root"] = Path(config.config_file_path).resolve().parent
    stamp = data_stamp()
    if _state.get("vocab_stamp") != stamp:
        _state["vocab"], _state["vocab_stamp"] = load_vocabulary(), stamp
    return config


def on_env(env, config, files):
    if _state.get("serving"):
        env.bytecode_cache = _templates
    return env


def on_files(files: Files, config) -> Files:
    # The pipeline makes hundreds of thousands of short-lived, acyclic objects (freed by reference
    # counting); the cyclic collector would scan the whole heap (in serve: the cached corpus and
    # MkDocs' pages) again and again while it runs: a third of a serve rebuild at 1,000 documents.
    gc.disable()
    try:
        return _add_site_files(files, config)
    finally:
        gc.enable()
        if not _state.get("serving"):
            # What is alive now (MkDocs' configuration, the site's files and glossary) lives to
            # the end of a one-shot build: frozen, the collector no longer scans it, and no longer
            # waits for the garbage of page rendering to reach a quarter of it before a full
            # collection (at 10,000 documents the peak rose by 0.7 GB for that wait). The pipeline's
            # own garbage is collected first, or it would be frozen with the rest.
            gc.collect()
            gc.freeze()


def _add_site_files(files: Files, config) -> Files:
    root: Path = _state["root"]
    vocab: Vocabulary = _state["vocab"]
    serving = _state.get("serving")
    # A one-shot build, and the first build of a serve session, reuse what the last build made
    # from unchanged seeds (atlas.store, on disk); serve's later rebuilds reuse their memos in memory.
    first = not _state.get("built")
    with build_store(root, vocab) if first or not serving else nullcontext() as store:
        corpus = build_corpus(root, root / "seeds", vocab, cache=_cache if serving else None,
                              known_slugs=_addresses)
        _addresses.update({d.seed.path: d.slug for d in corpus.documents})
        for problem in corpus.problems:
            # Logged through MkDocs' logger: counts in --strict, shown (not fatal) in serve.
            {"error": log.error, "warning": log.warning}.get(problem.severity, log.info)(problem.format())
        # atlas.assemble decides what the site holds, for this hook and for `atlas export` alike.
        scratch = None if serving else _scratch_pages(root)
        site = _state["site"] = site_files(corpus, vocab, config.site_url or "", sink=scratch and scratch.put)
        del corpus  # the pages are made: a one-shot build needs none of the documents any more
        if not serving:
            forget_shared_pieces()
    _state["built"] = True
    if store is not None:
        log.debug(f"build store: {store.hits} results reused, {store.misses} made")
    docs_dir = Path(config.docs_dir).relative_to(root).as_posix()
    if scratch is not None:
        paths = scratch.paths
    elif _state.get("page_files"):
        paths = _page_writer(root).write(site.files)
    else:
        paths = {}
    for src_uri in sorted(paths.keys() | site.files.keys()):
        if src_uri in paths:
            file = File.generated(config, src_uri, abs_src_path=str(paths[src_uri]))
        else:
            file = File.generated(config, src_uri, content=site.files[src_uri])
        if src_uri in site.seeds:  # the "edit" button opens the seed file, not a generated page
            file.edit_uri = file_edit_uri(site.seeds[src_uri], docs_dir)
        # The navigation lists the index pages only, by design (mkdocs.yml); without this MkDocs
        # would list every other generated page as "not included in the nav" on every build (a
        # line per page), burying a hand-written page someone forgot to add there.
        file.inclusion = InclusionLevel.NOT_IN_NAV
        files.append(file)
    site.files = {}  # MkDocs' File objects hold the pages now; each lets go of its text once read
    if _state.get("page_files"):
        _redo_what_dirty_misses(files, config, site)
    return files


def _redo_what_dirty_misses(files: Files, config, site: SiteFiles) -> None:
    """Delete the outputs a dirty rebuild would otherwise leave stale (atlas.dirty)."""
    pages = files.documentation_pages()
    _state["page_order"] = [f.src_uri for f in pages]
    # Resolved: serve's first configuration names its file as given (-f mkdocs.yml), the later
    # ones by absolute path; the stamp must not read that as a change of configuration.
    theme = [Path(p).resolve() for p in (config.config_file_path, config.theme.custom_dir) if p]
    finish_key = (site.home_list, tuple((a.abbr, a.expansion) for a in site.glossary.values()))
    stale = _dirty.outputs_to_remove({f.src_uri: f.abs_dest_path for f in files})
    stale += _dirty.pages_to_redo(tree_stamp(theme), finish_key,
                                  {f.src_uri: f.abs_dest_path for f in pages},
                                  {f.src_uri: f.abs_dest_path for f in pages if f.generated_by is None})
    for dest in stale:
        Path(dest).unlink(missing_ok=True)


def _search_plugin(config):
    """Material's search plugin when enabled (the Pagefind edition has none)."""
    plugin = config.plugins.get("material/search")
    return plugin if plugin is not None and plugin.config.enabled else None


def _scratch_pages(root: Path) -> ScratchPages | None:
    """A one-shot build writes its pages to disk as they are made (memory at scale); in memory
    when the project folder is read-only."""
    try:
        scratch = _state["scratch"] = ScratchPages(root / ".cache" / "atlas")
    except OSError:
        return None
    return scratch


def _page_writer(root: Path) -> PageWriter:
    """One writer per serve session, into the git-ignored build cache."""
    return _state.setdefault("page_writer", PageWriter(root / ".cache" / "atlas" / "pages"))


def on_page_markdown(markdown: str, page, config, files) -> str:
    page.edit_url = finish_edit_url(page.edit_url)
    escape_theme_meta(page.meta)  # Material prints title/description unescaped: seed text stays text
    site: SiteFiles = _state.get("site") or SiteFiles()
    generated = page.file.generated_by is not None
    markdown = finish_page(markdown, page.file.src_uri, site, generated=generated, edit_url=page.edit_url)
    if generated:
        # Memory at scale: MkDocs keeps every page object to the end of the build. The source
        # text is read now and never again; of the front matter the theme reads only its own keys
        # (a document's countries, topics and organisations are already in its Markdown).
        if page.file.abs_src_path is None:  # in memory (serve --dirty reads pages from files)
            page.file.content_string = ""
        for key in [k for k in page.meta if k not in THEME_META]:
            del page.meta[key]
    return markdown


@event_priority(-100)  # last: every other plugin has seen the HTML by now
def on_page_content(html: str, page, config, files) -> str:
    page.markdown = ""  # not None: Page.title reads None as "not read yet"
    _held.hold(page.file.src_uri, html)
    return ""


@event_priority(100)  # first: the search plugin and the theme read page.content after this
def on_page_context(context, page, config, nav):
    html = _held.take(page.file.src_uri)
    if html is not None:
        page.content = html
    if _state.get("page_files") and (search := _search_plugin(config)):
        _dirty.mark(search.search_index.entries)
    return context


FREEZE_EVERY = 2000  # pages (see on_files)


def on_post_page(output: str, page, config) -> str:
    page.content = None  # written out next; nothing reads it again
    if not _state.get("serving"):
        # What MkDocs keeps of the pages rendered so far lives to the end of the build: frozen
        # too, so each full collection scans the last pages' objects, not every page's again.
        _state["rendered"] = _state.get("rendered", 0) + 1
        if _state["rendered"] % FREEZE_EVERY == 0:
            gc.collect()
            gc.freeze()
    if _state.get("page_files") and (search := _search_plugin(config)):
        _dirty.record(page.file.src_uri, search.search_index.entries)
    return output


@event_priority(100)  # before the search plugin writes its index
def on_post_build(config) -> None:
    _held.clear()
    _remove_scratch()
    if search := _search_plugin(config):
        # Material merges a dirty build's entries as if one page had changed: write every
        # page's entries instead (the unchanged pages' from earlier builds), nothing merged.
        # The same file as the plugin's, written entry by entry: the plugin holds the whole
        # index twice at once (a string and its bytes), the peak of a large build.
        path = Path(config.site_dir) / "search" / "search_index.json"
        if _state.get("page_files"):
            write_dumped_index(path, search.search_index.config, _dirty.search_texts(_state.get("page_order", ())))
        else:
            write_search_index(path, search.search_index.config, search.search_index.entries)
        search.search_index.entries, search.search_index_prev = [], None
        search.config.enabled = False  # for this build only: MkDocs reloads it with the config
    if _state.get("serving"):
        # Collected when the site is served: the first build's million objects (a second at 1,000
        # documents) and each rebuild's garbage, which nobody then waits for.
        _collector.build_ended()


def on_build_error(error: Exception) -> None:
    _held.clear()
    _remove_scratch()
    if _state.get("serving"):
        _collector.build_ended()


def _remove_scratch() -> None:
    scratch = _state.pop("scratch", None)
    if scratch is not None:
        scratch.remove()
