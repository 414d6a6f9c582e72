"""A small link checker over a built site folder, the same for every engine's output.

Every href/src in every HTML page that points inside the site must name a file that exists
(a folder means its index.html), and a #fragment must be an id (or a name) in the target page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRS = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        attr = LINK_ATTRS.get(tag)
        if attr and values.get(attr):
            self.links.append(values[attr])


@dataclass(frozen=True)
class Broken:
    page: str
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link} ({self.reason})"


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def _target_file(site: Path, path: str) -> Path | None:
    candidate = site / path if path else site
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def broken_links(site: Path, base_path: str = "/") -> list[Broken]:
    """Every internal link or anchor in `site` that does not resolve (empty list: all good).

    `base_path` is the path of site_url: absolute links (`/x/`) are resolved under it.
    """
    pages = {p.relative_to(site).as_posix(): _parse(p) for p in sorted(site.rglob("*.html"))}
    broken: list[Broken] = []
    for page, parsed in pages.items():
        page_dir = posixpath.dirname(page)
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue  # outside the site
            path = unquote(parts.path)
            if not path:
                target_rel = page
            elif path.startswith("/"):
                if not path.startswith(base_path):
                    broken.append(Broken(page, link, f"absolute link outside the site's base path {base_path}"))
                    continue
                target_rel = posixpath.normpath(path[len(base_path):]) if path != base_path else ""
            else:
                target_rel = posixpath.normpath(posixpath.join(page_dir, path))
            if target_rel.startswith(".."):
                broken.append(Broken(page, link, "points above the site root"))
                continue
            target = _target_file(site, "" if target_rel == "." else target_rel)
            if target is None:
                broken.append(Broken(page, link, "no such file"))
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                ids = pages.get(target.relative_to(site).as_posix())
                if ids is None or fragment not in ids.ids:
                    broken.append(Broken(page, link, f"no id {fragment!r} in {target.relative_to(site).as_posix()}"))
    return broken
