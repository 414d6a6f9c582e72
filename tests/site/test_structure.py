"""Structure in the built HTML (issue 3, item 6): footnotes, permalinks, lists, captions, glossary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from test_fidelity import Node, parse_html

from atlas.clean import BODY_CLASS
from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, tuple[object, Node]]:
    """Seed file name -> (Document, parsed page)."""
    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    out = {}
    for doc in corpus.documents:
        html = (built_site / doc.url / "index.html").read_text(encoding="utf-8")
        out[doc.seed.path.rsplit("/", 1)[-1][:3]] = (doc, parse_html(html))
    assert sorted(out) == ["000", "001", "002", "003", "004"]
    return out


def body(tree: Node) -> Node:
    found = tree.find_all("div", BODY_CLASS)
    assert len(found) == 1
    return found[0]


def ids(tree: Node) -> dict[str, Node]:
    return {n.attrs["id"]: n for n in tree.iter() if "id" in n.attrs}


def squash(node: Node) -> str:
    return " ".join(node.text().split())


def test_every_paragraph_anchor_is_an_id_on_the_page(pages):
    for doc, tree in pages.values():
        present = ids(tree)
        assert doc.paragraphs
        for p in doc.paragraphs:
            assert p.anchor in present, (doc.seed.path, p.anchor)
            assert " ".join(p.text.split())[:40] in squash(present[p.anchor]) or p.anchor.startswith("glossary-"), p


def test_footnote_references_link_to_their_notes_and_back(pages):
    doc, tree = pages["001"]
    present = ids(tree)
    refs = tree.find_all("a", "footnote-ref")
    assert [r.attrs["href"] for r in refs] == [f"#fn:{n}" for n in range(14, 27)]
    for ref in refs:
        note = present[ref.attrs["href"][1:]]
        assert note.tag == "li" and note.find_all("a", "footnote-backref")
        back = note.find_all("a", "footnote-backref")[0].attrs["href"]
        assert present[back[1:]].find_all("a", "footnote-ref")[0] is ref
    assert squash(present["fn:20"]).startswith("Note 20: The 20 countries are Japan, Angola")
    assert squash(present["fn:24"]).startswith("Note 24: See Note 4.")  # points outside the excerpt: kept
    assert not re.search(r"\S(Note \d+)", squash(body(tree)))  # no glued marker left in the text


def test_glossary_marker_links_to_its_definition_list_entry(pages):
    _, tree = pages["001"]
    present = ids(tree)
    links = [a for a in body(tree).find_all("a") if a.attrs.get("href") == "#glossary-satreps"]
    assert len(links) == 1 and squash(links[0]) == "Glossary"
    entry = present["glossary-satreps"]
    assert entry.tag == "dt"
    assert squash(entry) == "Science and Technology Research Partnership for Sustainable Development (SATREPS) program"
    assert present["glossary"].tag == "h2"


def test_headings_have_permalinks_and_levels(pages):
    expected = {
        "001": [("h2", "Japan’s Efforts"), ("h3", "Promotion of Digital Transformation (DX)"),
                ("h3", "Information and Communications Technology (ICT)"), ("h3", "Cybersecurity"),
                ("h3", "Promoting Science, Technology and Innovation, and Research and Development"),
                ("h2", "Glossary")],
        "002": [("h2", t) for t in ("Climate Change: A Shared Concern", "Food Security: A Critical Priority",
                                   "Strengthening Digital Connectivity", "Promoting Sustainable Development",
                                   "Strengthening Research and Development Collaboration")],
        "003": [("h2", t) for t in ("1. Cooperation with the ASEAN Secretariat", "2. Mekong Subregion Development",
                                   "3. Cooperation with other ASEAN members",
                                   "4. Cooperation with ASEAN-Japan Centre in Tokyo", "5. Cooperation with ESCAP",
                                   "6. Transnational Issues")],
        "000": [], "004": [],
    }
    for key, (doc, tree) in pages.items():
        heads = [n for n in body(tree).iter() if re.fullmatch(r"h[1-6]", n.tag)]
        assert [(h.tag, squash(h)) for h in heads] == expected[key], key
        for h in heads:
            links = h.find_all("a", "headerlink")
            assert links and links[0].attrs["href"] == f"#{h.attrs['id']}"


def test_lists_are_lists_not_numbered_paragraphs(pages):
    _, tree = pages["003"]
    text = body(tree)
    ols, uls = text.find_all("ol"), text.find_all("ul")
    assert len(ols) == 1 and len(uls) == 1
    items = [squash(li) for li in ols[0].find_all("li")]
    assert len(items) == 5 and items[0].startswith("ICT Cooperation to Cambodia") and items[4].startswith("Workshop to")
    assert [squash(li) for li in uls[0].find_all("li")] == [
        "to construct web-site, which contains trade, investment and tourism related information",
        "to dispatch economic delegations to ASEAN countries", "to organize regular exhibitions in Japan"]
    for _, tree in pages.values():
        for p in body(tree).find_all("p"):
            assert not re.match(r"\s*(\d+\.\s|[•\-]\s)", p.text()), squash(p)


def test_paren_numbered_paragraphs_stay_paragraphs(pages):
    _, tree = pages["003"]
    paras = [squash(p) for p in body(tree).find_all("p")]
    assert any(p.startswith("(1) Vietnam is already a member") for p in paras)
    assert "(2) ASEAN-Japan Centre has such useful programs for IAI, including" in paras


def test_photo_captions_are_figure_captions(pages):
    _, tree = pages["001"]
    figures = body(tree).find_all("figure", "atlas-caption")
    assert [squash(f.find_all("span", "atlas-caption-label")[0]) for f in figures] == [
        f"Photo {n}." for n in range(1, 6)]
    assert squash(figures[0].find_all("figcaption")[0]).endswith("Sara Buri Province, Thailand (Photo: JICA)")
    _, tree = pages["004"]
    figures = body(tree).find_all("figure", "atlas-caption")
    assert len(figures) == 1
    assert squash(figures[0]).startswith("Prime Minister Fumio Kishida attends a meeting")


def test_furniture_and_lifted_lines_are_not_in_the_text(pages):
    for key, (doc, tree) in pages.items():
        text = squash(body(tree))
        assert "Details in caption" not in text and "Back to Index" not in text
    assert not squash(pages["004"][1].find_all("article")[0]).lower().startswith("close")
    assert "YOMIURI" not in squash(body(pages["000"][1]))
    assert "Ministry of Foreign Affairs Japan" not in squash(body(pages["003"][1]))
    assert "White Paper on Development Cooperation" not in squash(body(pages["001"][1]))
