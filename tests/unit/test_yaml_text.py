"""Front matter text made from reused pieces is PyYAML's own text, byte for byte: on every page
the pipeline makes from the seeds and the unseen fixtures, and on values that YAML writes in
unusual ways (quoted, wrapped, escaped, look-alike scalars, nested, aliased objects)."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import frontmatter
import pytest
import yaml

from atlas import yaml_text
from atlas.assemble import site_files
from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary
from atlas.yaml_text import dump_front_matter, safe_dump

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated_pages(tmp_path_factory) -> dict[str, str]:
    project = tmp_path_factory.mktemp("yaml-project")
    seeds = project / "seeds"
    seeds.mkdir()
    for source in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests/fixtures/unseen").glob("*.txt"))]:
        shutil.copyfile(source, seeds / source.name)
    vocab = load_vocabulary()
    corpus = build_corpus(project, seeds, vocab)
    files = site_files(corpus, vocab).files
    return {uri: text for uri, text in files.items() if isinstance(text, str) and text.startswith("---\n")}


def test_every_generated_page_has_the_front_matter_pyyaml_writes(generated_pages):
    kinds = {uri.split("/")[0] for uri in generated_pages}
    assert {"documents", "countries", "topics", "organisations", "years", "pairs"} <= kinds
    assert any(uri.endswith("/source.md") for uri in generated_pages)  # the seed-text pages
    for uri, text in generated_pages.items():
        head = text[4:text.index("\n---\n", 3) + 1]
        meta = yaml.safe_load(head)
        assert head == safe_dump(meta), uri


def test_document_pages_are_the_text_python_frontmatter_writes(generated_pages):
    documents = {uri: text for uri, text in generated_pages.items() if uri.startswith("documents/")
                 and uri.count("/") == 1 and not uri.endswith("index.md")}
    assert len(documents) >= 15
    for uri, text in documents.items():
        post = frontmatter.loads(text)
        assert frontmatter.dumps(post, sort_keys=False, allow_unicode=True) + "\n" == text, uri


ODD_VALUES = [
    True, 1, 0, False, None, 0.0, -0.0, 1.5, float("inf"), "", " ", "yes", "no", "on", "null", "~", "1.0",
    "2023-05-01", "0x1F", "- dash", "a: b", "a #b", "#hash", "*star", "&amp", "!bang", "%pct", "@at", "`tick`",
    "'single'", '"double"', "{brace}", "[bracket]", "trailing ", " leading", "two\nlines", "tab\there",
    "line\u2028separator", "next\x85line", "control\x07bell", "Việt Nam", "日本の技術協力", "emoji 🚆",
    "a very long sentence that goes on and on about cooperation between Japan and the countries of ASEAN "
    "so that PyYAML has to fold it over more than one line when it writes it out",
    "a very long sentence with a: colon and a #hash and 'quotes' that must be quoted by PyYAML and also folded "
    "because it is far longer than eighty characters in all",
    [], {}, [[1, 2], [3]], {"nested": {"deeper": [1, {"x": "y"}]}}, ["a", "b"], [True, 1, "1"],
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_odd_values_come_out_as_pyyaml_writes_them_first_and_when_reused(value):
    def v():  # a copy each time: one object twice would be a YAML alias in safe_dump's text
        return copy.deepcopy(value)
    for meta in ({"field": v()}, {"title": "T", "field": v(), "items": [{"v": v()}, {"v": v(), "w": 1}]},
                 {"items": [v(), {"v": v()}], "other": v()}):
        assert dump_front_matter(meta) == safe_dump(meta)
        assert dump_front_matter(meta) == safe_dump(meta)  # now from the pieces kept


def test_values_equal_in_python_but_written_differently_do_not_share_a_piece():
    # True == 1 == 1.0 and 0.0 == -0.0 in Python, as dict keys too; YAML writes each its own way
    for values in ((True, 1, 1.0), (False, 0, 0.0, -0.0)):
        for value in values:
            meta = {"focus": value, "items": [{"focus": value}]}
            assert dump_front_matter(meta) == safe_dump(meta)


def test_keys_yaml_must_quote_and_non_mappings_go_to_pyyaml_whole():
    for meta in ({"on": 1, "yes": [1]}, {"with space": "x"}, {1: "number key"}, {"ok": 1, "null": None}, {}):
        assert dump_front_matter(meta) == safe_dump(meta)


def test_the_same_object_twice_is_not_written_as_a_yaml_alias():
    shared = {"code": "VN", "name": "Viet Nam"}
    text = dump_front_matter({"countries": [shared, shared], "again": [shared]})
    assert "&id" not in text and "*id" not in text
    assert yaml.safe_load(text) == {"countries": [shared, shared], "again": [shared]}


def test_pieces_are_forgotten_when_there_are_too_many(monkeypatch):
    monkeypatch.setattr(yaml_text, "_LIMIT", 5)
    monkeypatch.setattr(yaml_text, "_pieces", {})
    for n in range(40):
        meta = {"title": f"Title {n}", "items": [{"n": n}, {"n": n + 1}, {"n": n + 2}]}
        assert dump_front_matter(meta) == safe_dump(meta)
        assert len(yaml_text._pieces) <= 5
