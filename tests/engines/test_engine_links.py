"""The engines' link checker itself, on a tiny hand-made site: it must find what is broken."""

from __future__ import annotations

from pathlib import Path

from engine_links import broken_links


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
    found = {(b.page, b.link) for b in broken_links(tmp_path)}
    assert found == {("a/index.html", "../c/"), ("a/index.html", "../b/#nope"),
                     ("a/index.html", "../img/x.png"), ("a/index.html", "../../up")}


def test_absolute_links_resolve_under_the_base_path(tmp_path: Path):
    write(tmp_path, "index.html", '<a href="/atlas/b/">in</a> <a href="/elsewhere/">out of base</a>')
    write(tmp_path, "b/index.html", "")
    found = [b.link for b in broken_links(tmp_path, base_path="/atlas/")]
    assert found == ["/elsewhere/"]
