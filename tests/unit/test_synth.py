"""The synthetic seed generator behind the benchmark: deterministic, shaped like the real seeds."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from bench.synth import generate_corpus, generate_seed, write_corpus  # noqa: E402


def test_same_index_and_seed_give_the_same_text():
    assert generate_seed(7) == generate_seed(7)
    assert generate_seed(7, seed=1) != generate_seed(7, seed=2)


def test_a_larger_corpus_starts_with_the_smaller_one():
    small, large = generate_corpus(20), generate_corpus(40)
    assert list(large.items())[:20] == list(small.items())


def test_text_is_identical_in_a_fresh_interpreter():
    # str-seeded random.Random is stable across processes (no hash randomisation involved)
    code = "from bench.synth import generate_seed; import sys; sys.stdout.write(generate_seed(3)[1])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "123", "PATH": ""}, check=True).stdout
    assert out == generate_seed(3)[1]


def test_documents_are_about_nine_hundred_words_and_named_uniquely():
    corpus = generate_corpus(200)
    counts = sorted(len(text.split()) for text in corpus.values())
    assert 800 <= counts[len(counts) // 2] <= 1000
    assert counts[0] >= 600
    assert len(corpus) == 200 and all(re.fullmatch(r"\d{5}_[0-9a-f]{16}\.txt", n) for n in corpus)


def test_corpus_holds_the_shapes_of_the_real_seeds():
    text = "\n".join(generate_corpus(200).values())
    for furniture in ("\nclose\nclose\n", "\nBack to Index", "Details in caption.", "● Japan’s Efforts"):
        assert furniture in text, furniture
    assert re.search(r"^\d\. Cooperation with ", text, re.M)  # numbered section headings
    assert re.search(r"^■ \S", text, re.M)
    assert re.search(r"^  \d\. ", text, re.M) and re.search(r"^  • - ", text, re.M)
    assert re.search(r"\)Note \d+ ", text) and re.search(r"\.Note \d+ [A-Z]", text)
    assert re.search(r"[a-z]Note \d+ ", text)  # glued to a word
    assert re.search(r"^  \d+\. Note \d+: ", text, re.M)  # the notes list
    for byline in ("THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK", "\nYomiuri Shimbun\n"):
        assert byline in text
    for spelling in ("Viet Nam", "Vietnam", "Lao PDR", "Laos", "Burma", "Malaysian", "the Philippines"):
        assert re.search(rf"\b{re.escape(spelling)}\b", text), spelling


def test_every_note_marker_has_its_note():
    for name, text in generate_corpus(60).items():
        body, _, notes = text.partition("\n  1. Note ")
        markers = re.findall(r"(?<=[^\s\d])Note (\d+)(?=[ \n.,])", body)
        listed = re.findall(r"^  \d+\. Note (\d+): ", "  1. Note " + notes, re.M) if notes else []
        assert markers == listed, name


def test_write_corpus_replaces_old_seeds(tmp_path):
    (tmp_path / "stale.txt").write_text("old", encoding="utf-8")
    paths = write_corpus(tmp_path, 5)
    assert sorted(p.name for p in tmp_path.glob("*.txt")) == sorted(p.name for p in paths)
    assert paths[0].read_text(encoding="utf-8") == generate_seed(0)[1]
