"""The site as files, for the MkDocs hook and for `atlas export` alike (one code path).

The hook hands these to MkDocs as virtual files and finishes each page in on_page_markdown; the
export writes the same files to disk and finishes each page the same way before writing it.
Whatever the site holds must be decided here (or below), never in the hook alone, or the
exported site (built by ProperDocs or Zensical) would silently lack it.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from .glossary import Acronym, append_abbreviations
from .model import Corpus
from .provenance import edit_uri as seed_edit_uri
from .provenance import page_seeds, provenance_links, provenance_pages, resolve_dots
from .render import HOME_MARKER, Sink, render_document_list, render_site


@dataclass
class SiteFiles:
    """Every generated file by src_uri, and what finishing each page needs.

    It holds no Document: MkDocs keeps this object for the whole build, and a corpus of 10,000
    documents (their text, paragraphs and metadata) would stay in memory for nothing.
    """

    files: dict[str, str | bytes] = field(default_factory=dict)
    glossary: dict[str, Acronym] = field(default_factory=dict)
    seeds: dict[str, str] = field(default_factory=dict)  # src_uri -> seed path, for "edit" links
    slugs: dict[str, str] = field(default_factory=dict)  # document src_uri -> slug (O(1) per page)
    home_list: str = ""  # what replaces HOME_MARKER: the newest documents


def site_files(corpus: Corpus, vocab: Any = None, site_url: str = "", sink: Sink | None = None) -> SiteFiles:
    """Documents, index pages, glossary, feeds and provenance pages, in a stable order.

    With a sink, each file goes to sink(path, content) as soon as it is made and `files` stays
    empty: the hook writes them to disk, so a large site's Markdown is never all in memory.
    """
    collected: dict[str, str | bytes] = {}
    put = sink or collected.__setitem__
    site = render_site(corpus, vocab, site_url, sink=put)
    for uri, content in provenance_pages(corpus).items():
        put(uri, content)
    return SiteFiles(dict(sorted(collected.items())), site.glossary, page_seeds(corpus),
                     {d.src_uri: d.slug for d in corpus.documents}, render_document_list(corpus))


def file_edit_uri(seed_path: str, docs_dir: str = "docs") -> str:
    """What a generated page's File.edit_uri is set to: its seed, relative to docs/."""
    return seed_edit_uri(seed_path, docs_dir)


def page_edit_url(file_edit_uri: str | None, edit_uri: str | None, repo_url: str | None = None,
                  edit_uri_template: str | None = None) -> str | None:
    """The page's edit URL as MkDocs 1.6 computes it (Page._set_edit_url), for the export."""
    if file_edit_uri is None or not (edit_uri or edit_uri_template):
        return None
    if edit_uri_template:
        url = edit_uri_template.format(path=file_edit_uri, path_noext=posixpath.splitext(file_edit_uri)[0])
    else:
        url = (edit_uri if str(edit_uri).endswith("/") else f"{edit_uri}/") + file_edit_uri
    if repo_url and not url.startswith(("?", "#")) and not repo_url.endswith("/"):
        repo_url += "/"
    return urljoin(repo_url or "", url)


def finish_edit_url(edit_url: str | None) -> str | None:
    """Seeds live beside docs/: "docs/../seeds/x.txt" -> "seeds/x.txt"."""
    return resolve_dots(edit_url) if edit_url else edit_url


def finish_page(markdown: str, src_uri: str, site: SiteFiles, generated: bool,
                edit_url: str | None = None) -> str:
    """A page's Markdown as the site shows it: home list, abbreviations, provenance links."""
    if HOME_MARKER in markdown:
        markdown = markdown.replace(HOME_MARKER, site.home_list)
    if not generated:  # generated pages carry their abbreviations already
        markdown = append_abbreviations(markdown, site.glossary)
    slug = site.slugs.get(src_uri)
    if slug is not None:
        markdown += provenance_links(slug, edit_url)
    return markdown
