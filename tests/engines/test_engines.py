"""The exported tree builds, strict, with every supported engine, each in its own venv.

MkDocs runs from the project's venv; ProperDocs and Zensical from .cache/engines/ (made by
scripts/engine_build.py on first use, keyed by the hash of their pin files). What each output
must hold is derived from render_pages() and docs/, never listed here.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from atlas.assemble import site_files
from atlas.export import export_site
from atlas.pipeline import build_corpus
from atlas.render import render_pages
from atlas.vocab import load_vocabulary

sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests" / "site"))
import engine_build  # noqa: E402
from test_links import broken_links  # noqa: E402  (the site tests' link checker, one for all outputs)

pytestmark = pytest.mark.slow


def output_path(src_uri: str) -> str:
    """Where a docs/ file lands with directory URLs (every engine's default)."""
    if not src_uri.endswith(".md"):
        return src_uri
    stem = src_uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def article_text(page: str) -> str:
    found = re.search(r"<article[^>]*>(.*?)</article>", page, re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", found.group(1) if found else page)))


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT, SEEDS, load_vocabulary())


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    result = export_site(ROOT, tmp_path_factory.mktemp("engines") / "tree")
    assert not result.errors, [p.format() for p in result.errors]
    return result.out


@pytest.fixture(scope="module", params=engine_build.ENGINES)
def built(request, tree: Path):
    engine = request.param
    site = tree / f"_site-{engine}"
    result = engine_build.build(engine, tree, site)
    return engine, site, result


def test_strict_build_succeeds(built):
    engine, _, result = built
    assert result.returncode == 0, f"{engine}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"


def test_every_page_is_in_the_output(built, corpus):
    engine, site, result = built
    assert result.returncode == 0
    vocab = load_vocabulary()
    # Every generated page (render_pages) and file (feeds, source copies), and docs/ as written.
    expected = set(render_pages(corpus, vocab)) | set(site_files(corpus, vocab).files)
    expected |= {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*") if p.is_file()}
    missing = sorted(uri for uri in expected if not (site / output_path(uri)).is_file())
    assert not missing, f"{engine} did not write: {missing}"
    for doc in corpus.documents:
        text = article_text((site / output_path(doc.src_uri)).read_text(encoding="utf-8"))
        # Whitespace aside: inline markup (an <abbr> in the title) leaves spaces in the tag-free text.
        assert "".join(doc.title.split()) in "".join(text.split()), (engine, doc.src_uri)


def test_no_internal_link_or_anchor_is_broken(built):
    engine, site, result = built
    assert result.returncode == 0
    broken = broken_links(site)
    assert not broken, f"{engine}: {len(broken)} broken, first: " + "; ".join(broken[:10])


def test_search_index_lists_every_document(built, corpus):
    engine, site, result = built
    assert result.returncode == 0
    # Material writes search/search_index.json ({"docs": [...]}); Zensical search.json ({"items": [...]}).
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        index_file = site / "search.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    locations = {entry["location"].split("#")[0] for entry in index.get("docs") or index.get("items")}
    for doc in corpus.documents:
        assert doc.url in locations, (engine, doc.url)


def test_mkdocs_shows_the_export_as_the_hooks_show_the_project(built, built_site: Path):
    """The proof of one code path: every page of the hook-built site reads the same when exported."""
    engine, site, result = built
    if engine != "mkdocs":
        pytest.skip("compared once, with the same engine as the hooks")
    assert result.returncode == 0
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert pages == sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    for page in pages:
        hook_html, export_html = ((built_site / page).read_text(encoding="utf-8"),
                                  (site / page).read_text(encoding="utf-8"))
        assert article_text(export_html) == article_text(hook_html), page
        # <title> and description come from front matter, which the theme prints unescaped.
        for pattern in (r"<title>.*?</title>", r'<meta name="description"[^>]*>'):
            assert re.findall(pattern, export_html, re.S) == re.findall(pattern, hook_html, re.S), (page, pattern)


def test_zensical_uses_its_own_templates_in_material_look(built):
    engine, site, result = built
    if engine != "zensical":
        pytest.skip("Zensical only")
    assert result.returncode == 0
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "stylesheets/classic/" in home  # variant: classic, from mkdocs.zensical.yml
    assert 'class="md-search__button"' in home  # its search component, not Material's override


@pytest.mark.parametrize("engine", engine_build.ENGINES)
def test_engine_versions_are_the_pinned_ones_and_the_readme_states_them(engine):
    versions = engine_build.installed_versions(engine)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package, version in engine_build.VERSIONS[engine].items():
        assert versions.get(package) == version, (engine, package, versions.get(package))
        assert version in readme, f"README does not state {package} {version}"
    if "mkdocs" in versions:
        assert int(versions["mkdocs"].split(".")[0]) < 2
