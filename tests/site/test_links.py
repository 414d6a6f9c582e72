"""Every internal link and anchor of every HTML page of the built site resolves.

MkDocs checks the links of Markdown it converts; this also covers the theme's links, raw
HTML (the map's SVG links) and assets, by reading the built pages as a browser would.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# (tag, attribute) pairs that point at something a reader or the browser fetches
LINK_ATTRS = {("a", "href"), ("a", "xlink:href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src")}


class PageLinks(HTMLParser):
    """The ids a page defines and the internal links it holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in LINK_ATTRS:
                self.links.append((tag, value))

    handle_startendtag = handle_starttag


def parse(path: Path) -> PageLinks:
    parser = PageLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def resolve(site: Path, page: Path, url: str) -> tuple[Path, str] | None:
    """The file a link points at and its fragment; None for external or non-file links."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("mailto:", "javascript:", "data:")):
        return None
    page_dir = posixpath.dirname(page.relative_to(site).as_posix())
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment
    target = posixpath.normpath(path.lstrip("/") if path.startswith("/") else posixpath.join(page_dir, path))
    if target.startswith(".."):
        return site / "__outside_the_site__" / target, parts.fragment
    file = site / target if target != "." else site
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, parts.fragment


def broken_links(site: Path) -> list[str]:
    pages = sorted(site.rglob("*.html"))
    parsed = {p: parse(p) for p in pages}
    broken = []
    for page, info in parsed.items():
        for tag, url in info.links:
            resolved = resolve(site, page, url)
            if resolved is None:
                continue
            target, fragment = resolved
            where = f"{page.relative_to(site)}: <{tag}> {url}"
            if not target.is_file():
                broken.append(f"{where} -> missing file")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{where} -> no id '{fragment}'")
    return broken


def test_checker_finds_broken_links(tmp_path: Path):
    """The checker itself fails on a missing page, a missing anchor and a path out of the site."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../b/">b</a>'
                                               '<a href="#nope">x</a><a href="#top">ok</a>'
                                               '<a href="../../c/">out</a><a href="https://example.org/">ext</a>')
    (tmp_path / "index.html").write_text('<a href="a/#top">a</a><a href="a/#gone">a</a>')
    found = broken_links(tmp_path)
    assert sorted(found) == sorted([
        "a/index.html: <a> ../b/ -> missing file",
        "a/index.html: <a> #nope -> no id 'nope'",
        "a/index.html: <a> ../../c/ -> missing file",
        "index.html: <a> a/#gone -> no id 'gone'",
    ])


def test_every_internal_link_and_anchor_resolves(built_site: Path):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 10  # the index pages are there, not only the home page
    broken = broken_links(built_site)
    assert not broken, "\n".join(broken[:50])
