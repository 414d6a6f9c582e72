"""Screenshots of the pages a reader sees first, light and dark, into test-artifacts/screenshots/.

The README shows docs/assets/screenshots/document-light.png, a copy of one of these (refresh it
with `make screenshots`). Each shot is checked to be the page asked for, in the scheme asked for,
fully loaded without errors.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["home", "document", "country", "map"])
def test_screenshot_light_and_dark(new_page, screenshot_dir, docs, pages, name):
    url = {
        "home": lambda: "",
        "document": lambda: docs["002"].url,
        "country": lambda: pages.country("Malaysia"),
        "map": lambda: pages.map(),
    }[name]()
    shots = {}
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        reader = new_page(color_scheme=scheme)
        reader.open(url)
        assert reader.scheme() == expected
        reader.page.evaluate("document.fonts.ready")
        path = screenshot_dir / f"{name}-{scheme}.png"
        reader.page.screenshot(path=str(path))
        shots[scheme] = path.read_bytes()
        reader.assert_clean()
    assert all(len(png) > 10_000 for png in shots.values()), "a blank screenshot"
    assert shots["light"] != shots["dark"]
