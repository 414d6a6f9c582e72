"""Duplicate detection: exact copies are errors, near copies warnings, both files named."""

from __future__ import annotations

import random

from atlas import duplicates
from atlas.duplicates import find_duplicates, fingerprint

STORY = (
    "Japan will provide financial assistance for 23 technology-related cooperation projects with "
    "ASEAN member states, the government announced. The projects cover digital transformation, "
    "cybersecurity training for officials from Viet Nam, Cambodia and Laos, and a study of smart "
    "cities in Indonesia. Officials said the programme builds on two decades of cooperation and "
    "will be reviewed at the next ministerial meeting in Tokyo later this year. A joint committee "
    "will choose the first projects, and private companies are invited to take part in them."
)
OTHER = (
    "The white paper describes how Japan supports disaster risk reduction in Pacific Island "
    "countries, including early warning systems, training for meteorological staff and the "
    "construction of resilient infrastructure. It notes that climate change raises the stakes "
    "for small island states and that cooperation with Australia and New Zealand is growing."
)


def test_exact_duplicate_after_cleaning_is_an_error_naming_both():
    copy = STORY.replace(". ", ".\n\n").replace(" ", "  ").upper()  # spacing, breaks and case differ
    problems = find_duplicates([("seeds/a.txt", STORY), ("seeds/b.txt", OTHER), ("seeds/c.txt", copy)])
    (p,) = problems
    assert p.path == "seeds/c.txt" and p.severity == "error"
    assert "same document as seeds/a.txt" in p.message and "identical after cleaning" in p.message
    assert "delete one of the two files" in p.hint


def test_near_duplicate_is_a_warning_naming_both():
    edited = STORY.replace("later this year", "in March").replace("23 technology", "twenty-three technology")
    problems = find_duplicates([("seeds/a.txt", STORY), ("seeds/b.txt", edited)])
    (p,) = problems
    assert p.path == "seeds/b.txt" and p.severity == "warning"
    assert "with seeds/a.txt" in p.message and "near-duplicate" in p.message
    share = int(p.message.split("shares ")[1].split("%")[0])
    assert 80 <= share < 100
    assert "near_duplicate_of: a.txt" in p.hint


def test_text_inside_a_longer_text_is_a_near_duplicate():
    longer = STORY + " " + OTHER
    (p,) = find_duplicates([("seeds/long.txt", longer), ("seeds/short.txt", STORY)])
    assert p.path == "seeds/short.txt" and "shares 100% of its text with seeds/long.txt" in p.message


def test_different_documents_sharing_boilerplate_are_not_duplicates():
    footer = " Copyright The Yomiuri Shimbun. All rights reserved. Reproduction without permission is prohibited."
    assert find_duplicates([("seeds/a.txt", STORY + footer), ("seeds/b.txt", OTHER + footer)]) == []


def test_half_shared_text_is_not_a_near_duplicate():
    half = STORY[: len(STORY) // 2] + " " + OTHER
    assert find_duplicates([("seeds/a.txt", STORY), ("seeds/b.txt", half)]) == []


def test_acknowledged_near_duplicate_is_not_reported():
    edited = STORY.replace("later this year", "in March")
    texts = [("seeds/a.txt", STORY), ("seeds/b.txt", edited)]
    assert find_duplicates(texts, {"seeds/b.txt": ["a.txt"]}) == []
    assert find_duplicates(texts, {"seeds/a.txt": ["seeds/b.txt"]}) == []
    # an acknowledgement never hides an exact copy
    assert find_duplicates([("seeds/a.txt", STORY), ("seeds/b.txt", STORY)], {"seeds/b.txt": ["a.txt"]})


def test_fingerprint_ignores_spacing_and_case_only():
    assert fingerprint("Japan  and\nASEAN.") == fingerprint("japan and asean")
    assert fingerprint("Japan and ASEAN") != fingerprint("ASEAN and Japan")


def test_many_distinct_documents_are_not_compared_pairwise(monkeypatch):
    """2,000 distinct texts: the index proposes no pair, so no full comparison is made."""
    calls = []
    real = duplicates.containment
    monkeypatch.setattr(duplicates, "containment", lambda a, b: calls.append(1) or real(a, b))
    rng = random.Random(7)
    words = [f"w{i}" for i in range(5000)] + "the of and to in a for on with by".split() * 50
    texts = [(f"seeds/{n:04}.txt", " ".join(rng.choice(words) for _ in range(200))) for n in range(2000)]
    texts.append(("seeds/copy.txt", texts[5][1].replace("w1 ", "w2 ", 1) + " extra words at the end"))
    problems = find_duplicates(texts)
    assert [(p.path, p.severity) for p in problems] == [("seeds/copy.txt", "warning")]
    assert "seeds/0005.txt" in problems[0].message
    assert len(calls) < 10  # all pairs would be about two million
