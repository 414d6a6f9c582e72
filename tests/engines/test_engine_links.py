"""The link checker the engine tests share with tests/site, on a tiny hand-made site: it must
find what is broken in any engine's output, and pass what is not."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "site"))
from test_links import broken_links  # noqa: E402


def write(site: Path, rel: str, body: str) -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def test_finds_missing_pages_and_anchors_and_passes_the_rest(tmp_path: Path):
    write(tmp_path, "index.html", '<a href="a/">a</a> <a href="/b/#top">b</a> <a href="https://example.org/x">out</a>')
    write(tmp_path, "a/index.html", '<h2 id="here">h</h2> <a href="#here">self</a> <a href="../b/#top">ok</a>'
                                    ' <a href="../c/">gone</a> <a href="../b/#nope">bad anchor</a>'
                                    ' <img src="../img/x.png"> <a href="../../up">above</a>')
    write(tmp_path, "b/index.html", '<a name="top"></a><a href="../a/#here">back</a>')
    broken = broken_links(tmp_path)
    assert len(broken) == 4, broken
    for link in ("../c/", "../b/#nope", "../img/x.png", "../../up"):
        assert any(f" {link} " in entry and entry.startswith("a/index.html") for entry in broken), link
