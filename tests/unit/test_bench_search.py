"""How the Pagefind index of a large corpus is split into bundles (bench/search.py, the step
`make search-index` runs): how many, which page goes where, and the list the search box reads.
The search itself, merged across bundles, is tested in Chromium (tests/browser/test_pagefind.py)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench import search
from bench.search import SHARD_PAGES, bundle_dirs, shard_count, shard_of


@pytest.mark.parametrize("pages, shards", [(0, 1), (5, 1), (SHARD_PAGES, 1), (SHARD_PAGES + 1, 2),
                                           (10_000, 4), (10_001, 5)])
def test_a_bundle_holds_at_most_shard_pages_pages_on_average(pages, shards):
    assert shard_count(pages) == shards


def test_pages_spread_evenly_and_each_stays_in_its_bundle():
    names = [f"japan-supports-project-{i}-in-viet-nam" for i in range(10_000)]
    counts = Counter(shard_of(n, 4) for n in names)
    assert sorted(counts) == [0, 1, 2, 3]
    assert max(counts.values()) < 1.1 * 2_500 and min(counts.values()) > 0.9 * 2_500
    assert [shard_of(n, 4) for n in names] == [shard_of(n, 4) for n in names]  # no salt, no state


def test_the_index_step_writes_one_bundle_per_shard_and_lists_the_others(tmp_path, monkeypatch):
    site = tmp_path / "site"
    for name in ("a-first", "b-second", "c-third", "d-fourth", "e-fifth"):
        page = site / "documents" / name / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<html lang='en'><body><article>{name}</article></body></html>", encoding="utf-8")
    (site / "pagefind-7").mkdir(parents=True)  # a bundle of an earlier, larger index: removed
    (site / "pagefind-extra").mkdir()  # not a bundle's name: kept
    runs = []

    def fake_pagefind(root, output):  # the real binary is run by the browser test
        output.mkdir(parents=True)
        runs.append(sorted(p.parent.name for p in root.glob(search.GLOB)))
        assert root == site or not root.is_relative_to(site)
    monkeypatch.setattr(search, "_pagefind", fake_pagefind)

    search.run_pagefind(site, per_shard=2)  # three groups by name: two with pages, one empty
    assert sorted(shard_of(n, 3) for n in ("a-first", "b-second", "c-third", "d-fourth", "e-fifth")) == [0, 0, 2, 2, 2]
    assert json.loads((site / "pagefind" / "shards.json").read_text()) == ["../pagefind-2/"]
    assert [d.name for d in bundle_dirs(site)] == ["pagefind", "pagefind-2"]
    assert runs == [["a-first", "e-fifth"], ["b-second", "c-third", "d-fourth"]]
    assert not (site / "pagefind-7").exists() and (site / "pagefind-extra").exists()
    assert not list(tmp_path.glob(".atlas-pagefind-*"))  # the trees of links are gone

    runs.clear()
    search.run_pagefind(site)  # five pages: one bundle, over the site itself
    assert runs == [["a-first", "b-second", "c-third", "d-fourth", "e-fifth"]]
    assert json.loads((site / "pagefind" / "shards.json").read_text()) == []
    assert not (site / "pagefind-2").exists()
