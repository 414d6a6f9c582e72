"""The large-corpus edition (mkdocs-pagefind.yml + Pagefind), built and indexed as `make
search-index` does, searched in Chromium: documents are found by words of their text and by the
names of their countries, topics and organisations; a page's related-documents list and its
provenance line are not in the index."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS, _cannot_run, new_reader, serve

PAGEFIND_CONFIG = ROOT / "mkdocs-pagefind.yml"

# Every result of a query with its address, title and indexed text (Pagefind's own JS API), from
# every bundle, merged as the search box merges them (shards.json lists the bundles after the first).
SEARCH_JS = """
async (query) => {
  const pagefind = await import("./pagefind/pagefind.js");
  const others = await (await fetch("./pagefind/shards.json")).json();
  for (const other of others) await pagefind.mergeIndex(new URL(other, new URL("./pagefind/", location)).pathname);
  await pagefind.init();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.map(r => r.data()));
  return data.map(d => ({url: d.url.replace(/^\\//, ""), title: d.meta.title, content: d.content}));
}
"""


@pytest.fixture(scope="module")
def pagefind_url(tmp_path_factory, browser):
    try:
        import pagefind  # noqa: F401  (requirements-search.txt: the package ships the binary)
    except ImportError:
        _cannot_run("Pagefind is not installed (pip install -r requirements-search.txt)")
    site = tmp_path_factory.mktemp("pagefind-site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(PAGEFIND_CONFIG),
                            "-d", str(site)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    # the Makefile's command for the index step (make search-index)
    index = subprocess.run([sys.executable, "-m", "bench.search", "--index-only", str(site)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=600)
    assert index.returncode == 0, index.stderr
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert (site / "pagefind" / "shards.json").read_text(encoding="utf-8").strip() == "[]"  # one bundle
    server, url = serve(site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def sharded_url(tmp_path_factory, pagefind_url):
    """The same site indexed as a large corpus is, in bundles of two pages each."""
    from bench.search import bundle_dirs, run_pagefind
    site = tmp_path_factory.getbasetemp() / "pagefind-sharded"
    shutil.copytree(next(tmp_path_factory.getbasetemp().glob("pagefind-site*")), site)
    run_pagefind(site, per_shard=2)
    pages = len(list(site.glob("documents/*/index.html")))
    assert 1 < len(bundle_dirs(site)) <= -(-pages // 2)
    server, url = serve(site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def corpus():
    from atlas.pipeline import build_corpus
    from atlas.vocab import load_vocabulary
    return build_corpus(ROOT, SEEDS, load_vocabulary())


def _searching(browser, url: str):
    """A reader on the site at `url` and its search (Pagefind's JS API), the page checked clean after."""
    reader = new_reader(browser, url)
    reader.open("404.html")
    yield lambda query: reader.page.evaluate(SEARCH_JS, query)
    reader.assert_clean()
    reader.close()


@pytest.fixture
def search(browser, pagefind_url):
    yield from _searching(browser, pagefind_url)


@pytest.fixture
def sharded_search(browser, sharded_url):
    yield from _searching(browser, sharded_url)


@pytest.mark.parametrize("word", ["Sojitz", "Hitachi", "Mekong"])
def test_a_word_of_the_text_finds_the_documents_that_say_it(search, corpus, word):
    says = {d.url for d in corpus.documents if word in (ROOT / d.seed.path).read_text(encoding="utf-8")}
    assert says, f"no seed says {word}"
    assert {r["url"] for r in search(word)} == says


@pytest.mark.parametrize("query, field, name", [
    ("Malaysia", "countries", "Malaysia"), ("Laos", "countries", "Laos"),
    ("cybersecurity", "topics", "Cybersecurity"), ("food security", "topics", "Agriculture and food security"),
    ("JICA", "organisations", "JICA"), ("ASEAN", "regions", "ASEAN"),
])
def test_a_country_topic_or_organisation_finds_every_document_tagged_with_it(search, corpus, query, field, name):
    # The header lists names as the vocabulary writes them ("Lao PDR" for the alias "Laos"):
    # documents are looked up by the entry that has `name` as its name or an alias.
    from atlas.vocab import load_vocabulary
    names = {name}
    for entry in (getattr(load_vocabulary(), field) or {}).values():
        entry = entry or {}
        if name in [entry.get("name"), *(entry.get("aliases") or [])]:
            names.add(str(entry.get("name")))
    tagged = {d.url for d in corpus.documents for e in d.meta.get(field) or () if e.get("name") in names}
    assert tagged, f"no document is tagged {name}"
    assert tagged <= {r["url"] for r in search(query)}


def test_related_documents_and_provenance_are_left_out_of_the_index(search, corpus):
    results = search("Japan")  # every document
    assert {r["url"] for r in results} >= {d.url for d in corpus.documents}
    for r in results:
        assert "Related documents" not in r["content"] and "Provenance" not in r["content"], r["url"]
        assert "SHA-256" not in r["content"], r["url"]


@pytest.mark.parametrize("query", ["Japan", "Mekong", "JICA", "Viet Nam"])
def test_a_corpus_in_several_bundles_finds_what_one_bundle_finds(search, sharded_search, query):
    one = {r["url"] for r in search(query)}
    assert one, f"nothing found for {query}"
    assert {r["url"] for r in sharded_search(query)} == one


@pytest.mark.parametrize("fixture", ["pagefind_url", "sharded_url"])
def test_the_search_box_in_the_header_shows_results_as_a_reader_types(browser, request, fixture, corpus):
    reader = new_reader(browser, request.getfixturevalue(fixture))
    try:
        reader.open("")
        box = reader.page.locator(".atlas-pagefind input")
        box.click()
        box.press_sequentially("Sojitz")
        first = reader.page.locator(".pagefind-ui__result-link").first
        first.wait_for()
        doc = next(d for d in corpus.documents if "Sojitz" in (ROOT / d.seed.path).read_text(encoding="utf-8"))
        assert first.inner_text().strip() == doc.title
        first.click()
        reader.page.wait_for_load_state("load")
        assert reader.path() == doc.url
        reader.assert_clean()
    finally:
        reader.close()
