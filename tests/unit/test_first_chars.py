"""atlas.first_chars: which characters a pattern can start with, and the alternation that is
narrowed by them, which must answer as the plain regex does."""

import re
from pathlib import Path

import pytest

from atlas.clean_rules import load_rules
from atlas.first_chars import ASCII, EVERY, OTHER, Alternation, first_chars, required

ROOT = Path(__file__).resolve().parents[2]


DIGITS = set("0123456789")


@pytest.mark.parametrize("pattern, flags, expected", [
    ("close", 0, {"c"}),
    ("close", re.I, {"c", "C"}),
    ("(back|return) to top", re.I, set("bBrR")),
    (r"\d{1,2} min read", 0, DIGITS | {OTHER}),  # (\d holds digits beyond ASCII too)
    ("(?:x)?yes", 0, {"x", "y"}),  # an optional head: what follows may start the match
    ("(?=[cl])(?:comments|likes|loading)", 0, {"c", "l"}),  # the look-ahead narrows the branches
    ("[^a-z]x", 0, (set(ASCII) - set("abcdefghijklmnopqrstuvwxyz")) | {OTHER}),
    ("(?i:k)elvin", 0, {"k", "K", OTHER}),  # inline flags count inside their group; "K" is a k too
    ("ſ", re.I, {"s", "S", "ſ", OTHER}),  # re's own case folding: the long s matches s
    ("[■◆▲] ?(?:top|menu)", 0, {"■", "◆", "▲"}),  # named characters beyond ASCII are kept
    ("閉じる|ホーム", re.I, {"閉", "ホ"}),
])
def test_first_chars(pattern, flags, expected):
    assert first_chars(pattern, flags) == frozenset(expected)


def test_a_pattern_that_can_match_nothing_can_start_with_anything():
    assert first_chars("(?:close)?", re.I) == EVERY
    assert first_chars(r"(\w+)\1", 0) >= set("abc") | {OTHER}


@pytest.mark.parametrize("pattern, flags, expected", [
    ("([\\w-]+ ){1,4}logo", re.I, {"logo"}),
    (r".{1,100}?,? opens (in )?(a )?new (tab|window)", re.I, {" opens "}),
    (r"[^>»›|\s][^>»›|]{0,40}(\s[>»›]\s[^>»›|]{1,40}){2,5}", 0, {">", "»", "›"}),
    ("(?=\\d)\\d+ (likes|shares)", re.I, {"likes", "shares"}),
    ("Read more", 0, {"read more"}),  # (a text holding the words as written holds them in small letters)
    (r"[\w ]{1,40}", 0, None),  # nothing that every match holds
    ("(read|\\w+) more", re.I, {" more"}),
    ("ΟΔΟΣ road", 0, {" road"}),  # (no letter whose small form depends on its place: "Σ" is "ς" at a word's end)
])
def test_required_words(pattern, flags, expected):
    assert required(pattern, flags) == (frozenset(expected) if expected is not None else None)


def _texts():
    """Lines of every seed and fixture, and the short cells of them: furniture and text."""
    out = set()
    for folder in ("seeds", "tests/fixtures/unseen"):
        for path in sorted((ROOT / folder).glob("*.txt")):
            for raw in path.read_text(encoding="utf-8").split("\n"):
                text = " ".join(raw.split())
                if text:
                    out.add(text)
                    out.update(c.strip() for c in re.split(r"\s{2,}|\t| \| ", raw) if c.strip())
    return sorted(out)


def test_an_alternation_answers_as_the_whole_regex_on_every_line_of_the_fixtures():
    alternatives = [r"close", r"back to (the )?top", r"\d{1,2} min read", r"(?=[sp])(share|print)( this)?",
                    r"([\w-]+ ){1,3}logo", r"ホーム", r"…more", r"[^.!?]{1,40} opens in a new tab", "ſign in",
                    r"■ ?(contents|menu)", r"[^>»|\s][^>»|]{0,30}(\s[>»]\s[^>»|]{1,30}){2,4}", r"\w{2,12} edition",
                    r"(?=\d)\d+ (likes|shares)"]
    head, tail = r"(?:[▲►>]\s*)?", r"(?:\s*[<»]+)?"
    narrowed = Alternation(alternatives, re.I, head=head, tail=tail)
    whole = re.compile(head + "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")" + tail, re.I)
    texts = _texts() + ["Close", "> Back to top", "▲ back to the top »", "5 min read", "Share this",
                        "JICA logo", "ホーム", "…more", "Sign in", "SIGN IN", "share", "", "Terms opens in a new tab",
                        "■ Contents", "■Menu", "Home > News > Asia", "Home » Ōita » Kyūshū", "Énergie edition",
                        "Ōsaka edition", "12 likes", "٣ likes", "ſign in", "\u212aelvin logo", "Kyōto logo",
                        "ホーム »", "▲ホーム", "« Close", "closed", "Contents", "Ōita > Beppu > Yufu > Hita"]
    answers = [(t, bool(narrowed.fullmatch(t))) for t in texts]
    assert answers == [(t, bool(whole.fullmatch(t))) for t in texts]
    assert sum(found for _, found in answers) >= 12  # (the phrases above, at least)


def test_a_head_that_can_start_with_unnamed_characters_leaves_them_to_the_whole_pattern():
    """`head` here can start with any mark beyond ASCII ("◆"), named nowhere: a text starting
    with one may be the head's, so the narrowing must not decide it."""
    head = r"(?:[^\w\s]\s*)?"
    narrowed = Alternation(["▲x", "close", r"\w+ logo"], re.I, head=head)
    whole = re.compile(head + "(?:(?:▲x)|(?:close)|(?:\\w+ logo))", re.I)
    for text in ["◆ close", "▲x", "▲ close", "◆◆close", "« JICA logo", "close", "◆", "Ωmega logo", "◆ ▲x"]:
        assert narrowed.fullmatch(text) == (whole.fullmatch(text) is not None), text
    assert narrowed.fullmatch("◆ close") and narrowed.fullmatch("« JICA logo")


def test_the_furniture_rules_answer_as_before_on_every_line_of_the_fixtures():
    """The furniture line, the button and the long furniture of furniture.yml, narrowed by first
    characters, against their whole patterns."""
    rules = load_rules()
    texts = _texts()
    for narrowed in (rules.furniture, rules.furniture_button, rules.long_furniture):
        whole = re.compile(narrowed.pattern, re.I)
        assert [t for t in texts if bool(narrowed.fullmatch(t)) != bool(whole.fullmatch(t))] == []
    assert rules.furniture.fullmatch("▲ Back to top")
    assert rules.furniture.fullmatch("Advertisement · Scroll to continue")
    assert not rules.furniture.fullmatch("Japan and Viet Nam signed a loan agreement.")


def test_the_furniture_rules_answer_as_before_on_generated_lines():
    """Lines put together from furniture words, separators, arrows, letters that fold onto ASCII
    ignoring case ("ſ", the Kelvin sign) and scripts beyond it, in many cases: the narrowed
    patterns answer as the whole ones on every one (seeded: the same lines on every run)."""
    import random

    rules = load_rules()
    pairs = [(p, re.compile(p.pattern, re.I)) for p in (rules.furniture, rules.furniture_button, rules.long_furniture)]
    words = ["close", "back", "to", "top", "share", "print", "logo", "JICA", "read", "more", "›", "»", ">", "▲", "|",
             "/", "·", "ſ", "\u212a", "İ", "ı", "home", "news", "menu", "…", "subscribe", "comments", "(2)", "12",
             "min", "ago", "opens", "in", "a", "new", "tab", "Facebook", "ホーム", "閉じる", "■", "English", "日本語",
             "cookies", "all rights reserved", "©", "2024", "Ltd", "Advertisement", "Scroll to continue", ":", "—"]
    rng = random.Random(68)
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "  "]) for _ in range(rng.randint(1, 5))).strip()
        text = rng.choice([text, text.upper(), text.capitalize()])
        for narrowed, whole in pairs:
            expected = whole.fullmatch(text) is not None
            assert narrowed.fullmatch(text) == expected, (text, narrowed.pattern[:60])
            matched += expected
    assert matched > 200  # (the furniture is among them, not only text)
