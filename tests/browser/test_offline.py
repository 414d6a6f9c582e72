"""The offline edition (mkdocs-offline.yml): opened from the file system, it still navigates and
searches, and asks nothing of the network."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
OFFLINE_CONFIG = ROOT / "mkdocs-offline.yml"


def plugin_names(plugins) -> list[str]:
    return [next(iter(p)) if isinstance(p, dict) else p for p in plugins or []]


def test_offline_config_keeps_every_plugin_of_the_main_config():
    # MkDocs replaces (not merges) lists under INHERIT: a plugin added to mkdocs.yml only
    # would silently vanish from the offline edition.
    main = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    offline = yaml.load(OFFLINE_CONFIG.read_text(encoding="utf-8"), Loader=_Loader)
    assert offline["INHERIT"] == "mkdocs.yml"
    assert plugin_names(offline["plugins"]) == plugin_names(main["plugins"]) + ["offline"]


class _Loader(yaml.SafeLoader):
    """Safe YAML that reads MkDocs' !ENV and !relative tags as plain values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


@pytest.mark.offline_build  # conftest starts this build at collection, in the background
def test_offline_edition_navigates_and_searches_from_file_urls(new_page, offline_site, docs):
    reader = new_page(base=offline_site.as_uri() + "/")
    page = reader.page
    reader.open("index.html")
    assert page.url.startswith("file://")
    # Navigation: the home page's link to a document opens its .html file.
    news = docs["000"]
    page_file = news.url.rstrip("/") + ".html"
    page.locator(f"article a[href$='{page_file}']").first.click()
    page.wait_for_url(f"**/{page_file}")
    assert "Sojitz" in reader.text()
    # Search: the index is inlined as a script and the worker shim is local.
    results = reader.search("Sojitz")
    assert page_file in [path.split(offline_site.as_posix().lstrip("/") + "/", 1)[-1] for path, _ in results]
    assert not page.locator("script[src^='http']").count(), "a script from the web"
    reader.assert_clean()
