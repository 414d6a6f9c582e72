"""The front matter schema: shorthand to full shape, overrides over extraction, located errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from atlas.pipeline import build_corpus
from atlas.schema import KNOWN_FIELDS, merge, validate_front_matter
from atlas.vocab import load_vocabulary

TEXT = ("Japan and Viet Nam agree on a digital cooperation plan\n\n"
        "Tokyo and Hanoi agreed to train 1,000 engineers in cybersecurity and cyber defense over five years, "
        "with support from the Japan International Cooperation Agency. Cybersecurity drills start in Hanoi.\n")


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def check(meta, vocab, lines=None):
    return validate_front_matter("seeds/x.txt", meta, vocab=vocab, field_lines=lines)


def test_shorthand_lists_become_full_entries_resolved_through_the_vocabularies(vocab):
    meta, problems = check({"title": "T", "countries": ["VN", "Thailand", "Laos", "burma"],
                            "regions": ["Global South", "asean"], "topics": ["cybersecurity", "Climate change"],
                            "organisations": ["JICA", "Asian Development Bank"]}, vocab)
    assert problems == []
    assert [c["code"] for c in meta["countries"]] == ["LA", "MM", "TH", "VN"]  # by name, none in focus
    assert meta["countries"][0] == {"code": "LA", "name": "Lao PDR", "focus": False, "mentions": 0}
    assert {r["id"] for r in meta["regions"]} == {"global-south", "asean"}
    assert {t["id"] for t in meta["topics"]} == {"cybersecurity", "climate-change"}
    assert by_id(meta["organisations"])["adb"] == {"id": "adb", "name": "ADB", "full_name": "Asian Development Bank",
                                                 "kind": "international", "mentions": 0}


def by_id(entries):
    return {e["id"]: e for e in entries}


def test_a_name_the_vocabulary_reads_only_on_source_lines_still_resolves_in_front_matter(vocab):
    # organisations.yml: Nikkei Asia's `source_aliases: [Nikkei]` keeps "Nikkei communities" out of
    # running text; a contributor writing "Nikkei" in front matter means the newspaper
    meta, problems = check({"title": "T", "organisations": ["Nikkei"]}, vocab)
    assert problems == []
    assert [o["name"] for o in meta["organisations"]] == ["Nikkei Asia"]


def test_overrides_win_field_by_field_and_keep_what_extraction_counted(vocab):
    extracted = {"title": "Extracted", "summary": "S.", "type": "news", "type_name": "News",
                 "countries": [{"code": "VN", "name": "Viet Nam", "focus": True, "mentions": 4},
                               {"code": "CN", "name": "China", "focus": False, "mentions": 1}]}
    overrides = {"title": "Corrected", "countries": ["Vietnam", "TH"], "type": "opinion", "date": dt.date(2023, 11, 1)}
    meta, problems = check(merge(extracted, overrides, vocab), vocab)
    assert problems == []
    assert meta["title"] == "Corrected" and meta["summary"] == "S."
    assert meta["countries"] == [{"code": "VN", "name": "Viet Nam", "focus": True, "mentions": 4},
                                 {"code": "TH", "name": "Thailand", "focus": False, "mentions": 0}]
    assert (meta["type"], meta["type_name"]) == ("opinion", "Opinion")  # the name follows the new type
    assert (meta["date"], meta["date_precision"]) == ("2023-11-01", "day")


@pytest.mark.parametrize("value, text, precision", [
    (dt.date(2023, 11, 1), "2023-11-01", "day"), (2023, "2023", "year"), ("2023-11", "2023-11", "month"),
    ("2024-02-29", "2024-02-29", "day"),
])
def test_dates_are_normalised_to_text_with_their_precision(vocab, value, text, precision):
    meta, problems = check({"title": "T", "date": value, "date_note": "stated in the dateline"}, vocab)
    assert problems == [] and (meta["date"], meta["date_precision"]) == (text, precision)
    assert isinstance(meta["date"], str)


@pytest.mark.parametrize("value", ["2023-13-01", "next Tuesday", "2023-02-29", "01/11/2023"])
def test_a_bad_date_names_file_line_field_value_and_the_allowed_forms(vocab, value):
    _, problems = check({"title": "T", "date": value}, vocab, {"date": 3})
    (problem,) = problems
    text = problem.format()
    assert text.startswith("seeds/x.txt:3: error: field `date`: ")
    assert repr(value) in text and "YYYY, YYYY-MM or YYYY-MM-DD" in text


def test_an_unknown_field_is_reported_with_the_closest_known_one(vocab):
    meta, problems = check({"title": "T", "countires": ["VN"]}, vocab, {"countires": 2})
    (problem,) = problems
    assert problem.line == 2
    assert "unknown field `countires`" in problem.message and "did you mean `countries`?" in problem.hint
    assert "countires" not in meta


@pytest.mark.parametrize("field, value, suggestion", [
    ("countries", "Veitnam", "Viet Nam (VN)"),
    ("regions", "Asean", None),  # resolves: case does not matter
    ("topics", "cyber securty", "Cybersecurity (cybersecurity)"),
    ("organisations", "JIKA", "JICA (jica)"),
])
def test_an_unknown_term_is_reported_with_the_closest_known_ones(vocab, field, value, suggestion):
    meta, problems = check({"title": "T", field: [value]}, vocab, {field: 4})
    if suggestion is None:
        assert problems == [] and meta[field][0]["id"] == "asean"
        return
    (problem,) = problems
    assert problem.line == 4 and f"field `{field}`: {value!r} is not a known" in problem.message
    assert suggestion in problem.hint


def test_a_bad_type_lists_the_known_ones(vocab):
    _, problems = check({"title": "T", "type": "blog post"}, vocab, {"type": 5})
    (problem,) = problems
    assert problem.line == 5 and "'blog post' is not a known document type" in problem.message
    assert "white-paper" in problem.hint and "fact-sheet" in problem.hint


def test_type_may_be_written_by_its_display_name(vocab):
    meta, problems = check({"title": "T", "type": "White paper"}, vocab)
    assert problems == [] and (meta["type"], meta["type_name"]) == ("white-paper", "White paper")


def test_shape_errors_from_pydantic_are_located_and_explain_the_form(vocab):
    _, problems = check({"title": "T", "url": "ftp://example.org", "reading_time": 0}, vocab, {"url": 6})
    messages = {p.message.split(":")[0]: p for p in problems}
    assert messages["field `url`"].line == 6 and "http(s)://" in messages["field `url`"].hint
    assert "reading_time" in " ".join(p.message for p in problems)


def test_a_missing_title_is_an_error(vocab):
    _, problems = check({"summary": "S."}, vocab)
    assert [p.message for p in problems] == ["the document has no title."]


def test_output_keys_follow_the_contract_order_and_empty_values_are_left_out(vocab):
    meta, _ = check({"sha256": "a" * 64, "seed": "seeds/x.txt", "words": 10, "title": "T", "people": [],
                     "source": None, "acronyms": {"DX": "Digital transformation"}, "people ": None}, vocab)
    assert list(meta) == [k for k in KNOWN_FIELDS if k in meta]
    assert list(meta) == ["title", "acronyms", "words", "seed", "sha256"]
    assert meta["acronyms"] == [{"abbr": "DX", "expansion": "Digital transformation"}]


def test_lists_are_sorted_focus_first_then_weight_then_name(vocab):
    meta, _ = check({"title": "T", "countries": [
        {"code": "TH", "name": "Thailand", "focus": False, "mentions": 5},
        {"code": "KH", "name": "Cambodia", "focus": False, "mentions": 5},
        {"code": "VN", "name": "Viet Nam", "focus": True, "mentions": 1}]}, vocab)
    assert [c["code"] for c in meta["countries"]] == ["VN", "KH", "TH"]


def test_front_matter_in_a_seed_overrides_extraction_through_the_pipeline(tmp_path, vocab):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("---\ntitle: A corrected title\ndate: 2023-11-01\n"
                                    "date_note: stated in the ministry's press release\ncountries: [VN, Thailand]\n"
                                    "---\n\n" + TEXT, encoding="utf-8")
    (seeds / "bad.txt").write_text("---\ntitle: A plan\ncountries: [Veitnam]\ndate: next Tuesday\n---\n\n" + TEXT,
                                   encoding="utf-8")
    corpus = build_corpus(tmp_path, seeds, vocab)
    (doc,) = corpus.documents
    assert doc.meta["title"] == "A corrected title"
    assert (doc.meta["date"], doc.meta["date_precision"]) == ("2023-11-01", "day")
    assert doc.meta["date_note"] == "stated in the ministry's press release"
    countries = {c["code"]: c for c in doc.meta["countries"]}
    assert set(countries) == {"VN", "TH"}
    assert countries["VN"]["mentions"] >= 3  # "Viet Nam", "Hanoi" x2: counted by extraction, kept
    assert {t["id"] for t in doc.meta["topics"]} >= {"cybersecurity"}
    formatted = sorted(p.format() for p in corpus.problems)
    assert any(f.startswith("seeds/bad.txt:3: error: field `countries`: 'Veitnam'") and "Viet Nam (VN)" in f
               for f in formatted)
    assert any(f.startswith("seeds/bad.txt:4: error: field `date`: 'next Tuesday'") for f in formatted)


def test_a_seed_that_is_all_page_furniture_is_an_error_that_shows_what_was_removed(tmp_path, vocab):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "menu.txt").write_text("\nclose\nBack to Index\n", encoding="utf-8")  # (its first line is blank)
    (seeds / "bare.txt").write_text("---\ntitle: A plan\n---\n\n\n", encoding="utf-8")
    (seeds / "kept.txt").write_text("close\nBack to Index\n\nJapan will fund a bridge in Laos.\n", encoding="utf-8")
    corpus = build_corpus(tmp_path, seeds, vocab)
    assert [d.seed.path for d in corpus.documents] == ["seeds/kept.txt"]
    assert corpus.documents[0].paragraphs[0].text == "Japan will fund a bridge in Laos."
    assert sorted(r.path for r in corpus.rejected) == ["seeds/bare.txt", "seeds/menu.txt"]
    formatted = sorted(p.format() for p in corpus.problems)
    assert formatted[0].startswith("seeds/bare.txt: error: the file has front matter but no document text")
    assert formatted[1].startswith("seeds/menu.txt:2: error: nothing is left of the text once the page's "
                                   "furniture is removed") and "(`close`, `Back to Index`)" in formatted[1]
    assert "Fix: paste the document's own text" in formatted[1]


def test_the_real_seeds_validate_without_problems(vocab):
    root = Path(__file__).resolve().parents[2]
    corpus = build_corpus(root, root / "seeds", vocab)
    assert [p.format() for p in corpus.problems if p.severity == "error"] == []
    undated = [d.seed.path for d in corpus.documents if "date" not in d.meta]
    assert len(undated) == 4  # only the fact sheet states its date ("November 2001")


def test_what_extraction_produces_always_fits_the_schema_unchanged(vocab):
    """On synthetic seeds shaped like the real ones, validation finds nothing to fix or change."""
    import hashlib
    import sys

    from conftest import ROOT

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.synth import generate_corpus

    from atlas.clean import clean_text
    from atlas.extract import extract_metadata
    from atlas.model import Seed

    for name, text in generate_corpus(60).items():
        raw = text.encode()
        seed = Seed(path=f"seeds/{name}", raw=raw, text=text, sha256=hashlib.sha256(raw).hexdigest())
        extracted = extract_metadata(seed, clean_text(text), vocab)
        meta, problems = validate_front_matter(seed.path, merge(extracted, {}, vocab), vocab=vocab)
        assert problems == [], (name, [p.format() for p in problems])
        assert meta == extracted, name  # already in the contract's shape and order
        assert list(meta) == list(extracted), name
