"""axe-core on the most structured pages of the unseen fixtures: a table, nested lists, footnotes
with a figure, Japanese text. The site is the build of every unseen fixture next to the real
seeds (`unseen_build` in tests/conftest.py, shared with tests/site/test_unseen_site.py), served
like the real one."""

from __future__ import annotations

import re

import pytest
from .conftest import Pages, serve
from .test_accessibility import SEVERE, axe_violations

PAGES = {
    "round6_project_table.txt": "tables of projects with a header row",
    "round3_sub_items.txt": "a numbered list with lettered sub-items",
    "round4_white_paper_africa.txt": "headings, a photo caption and footnotes",
    "round6_bilingual_jica.txt": "Japanese and English text, lists",
}


@pytest.fixture(scope="module")
def unseen_site(unseen_build):
    _, site, result = unseen_build
    assert result.returncode == 0, result.stderr[-4000:]
    server, url = serve(site)
    yield Pages(site), url
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_or_critical_axe_violations_on_unseen_pages(new_page, axe_source, unseen_site, name):
    pages, base = unseen_site
    # the document page is the one whose "edit this page" button opens its seed
    url = pages.need(rf'/seeds/{re.escape(name)}" title="Edit this page"', "documents", f"page of {name}")
    reader = new_page(base=base)
    reader.open(url)
    assert reader.page.locator("article h1").count() == 1
    severe = [v for v in axe_violations(reader, axe_source) if v["impact"] in SEVERE]
    report = "\n".join(f"{v['impact']}: {v['id']} ({v['help']})\n    " + "\n    ".join(v["nodes"]) for v in severe)
    assert not severe, f"axe-core on /{url} ({PAGES[name]}):\n{report}"
    reader.assert_clean()
