"""Round 74: inputs that made the pipeline slow (time growing faster than the text) or crash,
found by timing generated shapes at 2 KB, 20 KB and 200 KB (bench/fuzz_time.py in the round's notes,
docs/performance.md "Pathological inputs"). Each test asserts the work done (calls counted) or
runs a size the old code took minutes on, under an alarm of 20 s, and the text that must come
out as it went in."""

from __future__ import annotations

import dataclasses
import signal
from contextlib import contextmanager

import pytest
from test_unseen_documents import cleaned, meta, texts

import atlas.clean_blocks as clean_blocks
from atlas.clean import clean_text
from atlas.clean_blocks import _caption_cut, split_block, to_line
from atlas.clean_rules import load_rules

FAQ = "r74_faq_no_blank_lines.txt"


@contextmanager
def within(seconds: int = 20):
    """Fail (instead of hanging the run) when the body takes longer than `seconds`."""
    def stop(signum, frame):
        raise TimeoutError(f"took over {seconds} s")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


class _Counting:
    """A compiled pattern whose fullmatch and match calls are counted (the work a rule does)."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, *args):
        self.calls += 1
        return self.pattern.fullmatch(*args)

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)


# --- a row of bars: captions side by side were looked for by joining the row at each cell ------

def test_a_line_of_bars_is_cleaned_in_linear_time():
    # 200,000 `|` on one line: the old search for two captions side by side joined both halves of
    # the row at each of its 200,000 cells (over a minute at 200 KB, 2 s at 20 KB)
    with within():
        body = clean_text("Japan and Laos.\n\n" + "|" * 200_000 + "\n").body
    assert "Japan and Laos." in body


def test_two_captions_side_by_side_are_still_found():
    # "Figure 2-4  Trainees in Laos      Table 2-1  Major Projects": a two-column page's captions
    rules = load_rules()
    assert _caption_cut(("Figure 2-4", "Trainees in Laos", "Table 2-1", "Major Projects"), rules) == 2
    assert _caption_cut(("Photo 3.", "Details in caption.", "Photo 4.", "Details in caption."), rules) == 2
    # a row that is no caption on its left, or none on its right, is not cut
    assert _caption_cut(("Japan", "Table 2-1", "Major Projects"), rules) == 0
    assert _caption_cut(("Figure 2-4", "Trainees in Laos", "", ""), rules) == 0


def test_captions_side_by_side_read_the_row_a_bounded_number_of_times():
    rules = load_rules()
    counting = _Counting(rules.caption_head)
    cells = ("Japan",) + ("Table 1 Major projects",) * 5_000
    assert _caption_cut(cells, dataclasses.replace(rules, caption_head=counting)) == 0
    assert counting.calls == 1  # no caption on the left: no cut is tried
    counting = _Counting(rules.caption_head)
    cells = ("Photo 1.a",) + ("Table 1 Major projects",) * 5_000
    _caption_cut(cells, dataclasses.replace(rules, caption_head=counting))
    assert counting.calls <= 2 * len(cells) + 1


# --- a block of thousands of lines with no blank line: split one step at a time ----------------

def _qa_lines(n: int) -> list:
    return [to_line(f"Q{k % 99 + 1}. Which countries are eligible?" if k % 2 == 0 else
                    f"A{k % 99 + 1}. Cambodia, Laos and Viet Nam are eligible.") for k in range(n)]


def test_a_block_of_thousands_of_questions_does_not_exhaust_the_recursion_limit():
    # 8,000 `Q.`/`A.` lines, no blank line between (a FAQ exported as one block): each line was
    # split off by a nested call, past Python's limit of 1,000 (RecursionError at 200 KB)
    lines = _qa_lines(8_000)
    with within():
        parts = split_block(lines, load_rules())
    assert [part[0].text for part in parts] == [ln.text for ln in lines]


def test_a_block_of_thousands_of_photo_captions_is_split_caption_by_caption():
    # "Photo 1. Details in caption." 8,000 times, no blank line between: a gallery's labels
    lines = [to_line(f"Photo {k}. Details in caption.") for k in range(1, 8_001)]
    with within():
        parts = split_block(lines, load_rules())
    assert len(parts) == 8_000 and all(len(part) == 1 for part in parts)


def test_each_line_of_a_long_block_is_read_a_bounded_number_of_times():
    # each step read every line left for captions (and notes of unit, indented lines, ...):
    # 3,000 lines were read 4.5 million times; now where they stand is read once
    rules = load_rules()
    counting = _Counting(rules.caption_label)
    lines = _qa_lines(3_000)
    split_block(lines, dataclasses.replace(rules, caption_label=counting))
    assert counting.calls <= 3 * len(lines)


@pytest.fixture
def marks_made(monkeypatch) -> list[int]:
    """The length of each block split_block reads its marks of (clean_blocks._Marks) for, as made."""
    made: list[int] = []
    original = clean_blocks._Marks.__init__

    def counted(self, lines, rules):
        made.append(len(lines))
        original(self, lines, rules)
    monkeypatch.setattr(clean_blocks._Marks, "__init__", counted)
    return made


def test_a_long_block_with_a_table_row_keeps_the_step_by_step_rewrites(marks_made):
    # a line that calls for the block-wide rewrites (here a bar) keeps the old steps: no marks are
    # trusted for lines the rewrites could change
    made = marks_made
    lines = _qa_lines(60)
    lines[40] = to_line("Cambodia | Laos | Viet Nam")
    parts = split_block(lines, load_rules())
    assert [ln.text for part in parts for ln in part] == [ln.text for ln in lines]
    assert len(made) == 1  # built once, found the bar, not built again for the block


# --- a FAQ with no blank lines (a realistic page): each question and answer a paragraph --------

def test_faq_questions_and_answers_are_paragraphs_of_their_own():
    got = texts(FAQ)
    assert got[0] == "Q1. What is the JICA Partnership Program?"
    assert got[1].startswith("A1. The JICA Partnership Program supports projects that Japanese NGOs")
    assert got[-2] == "Q18. Whom should I contact with other questions?"
    assert got[-1] == ("A18. Please contact the citizen participation section of the JICA domestic office "
                       "nearest to you.")
    assert len(got) == 36
    # the answer's second sentence stays in its answer
    assert any(t.startswith("A9. In principle") and t.endswith("when there is a clear reason.") for t in got)


def test_faq_furniture_and_header_are_lifted_out():
    body = cleaned(FAQ).body
    assert "Back to Top" not in body and "Page Top" not in body and "Home &gt; Our Work" not in body
    m = meta(FAQ)
    assert m["title"] == "JICA Partnership Program (JPP): Frequently Asked Questions"
    assert str(m["date"]) == "2025-02-12"
    assert {c["code"] for c in m["countries"]} >= {"KH", "LA", "MM", "VN", "ID", "PH", "TH"}


def test_faq_uses_the_marks_for_its_long_block(marks_made):
    made = marks_made
    from test_unseen_documents import seed
    with_marks = clean_text(seed(FAQ).text).body
    assert made  # the 36 questions and answers are one block: its rest after a step is 32 lines and more
    assert with_marks == cleaned(FAQ).body


@pytest.mark.parametrize("count", [31, 32, 33, 64])
def test_blocks_around_the_marks_threshold_split_alike(count):
    # the same questions split with and without the marks (a block just under and over the size
    # from which they are read) give the same parts
    lines = _qa_lines(count)
    parts = split_block(lines, load_rules())
    assert [[ln.text for ln in part] for part in parts] == [[ln.text] for ln in lines]


# --- parts split off a block's end: a speech's closing thanks, a wire story's credit -----------

def test_a_block_of_thousands_of_closing_thanks_does_not_exhaust_the_recursion_limit():
    # "Thank you." 3,000 times, no blank line between: each was split off the block's end by a
    # call on the lines above it (RecursionError at 20 KB); now the loop keeps the ends in order
    lines = [to_line("Thank you.") for _ in range(3_000)]
    with within():
        parts = split_block(lines, load_rules())
    assert len(parts) == 3_000 and all(len(part) == 1 for part in parts)


def test_a_block_of_thousands_of_wire_credits_does_not_exhaust_the_recursion_limit():
    lines = [to_line(f"(Reporting by Taro Yamada in Tokyo {k}; Editing by Hanako Suzuki)") for k in range(8_000)]
    with within():
        parts = split_block(lines, load_rules())
    assert [ln.text for part in parts for ln in part] == [ln.text for ln in lines]


def test_thanks_after_a_speech_and_its_credit_keep_their_order():
    # the parts split off the end come after the parts split off the head, the last last
    lines = [to_line(t) for t in ("Q1. Which countries are eligible?", "A1. Cambodia and Laos are eligible.",
                                  "Q2. When?", "A2. In spring.", "Thank you.")]
    parts = split_block(lines, load_rules())
    assert [[ln.text for ln in part] for part in parts] == [[ln.text] for ln in lines]


# --- extraction: a text's sentences, a letterhead wrapped in capitals, a story's headings -------

def test_sentences_of_a_long_block_read_each_sentence_from_its_place(monkeypatch):
    import atlas.extract as extract
    read = []
    original = extract.first_sentence

    def counted(text, limit=extract.MAX_SENTENCE):
        read.append(len(text))
        return original(text, limit)
    monkeypatch.setattr(extract, "first_sentence", counted)
    text = " ".join(f"Japan supports Laos in year {k}." for k in range(5_000))
    got = extract._sentences(text)
    assert got[0] == "Japan supports Laos in year 0." and got[-1] == "Japan supports Laos in year 4999."
    assert len(got) == 5_000
    # each sentence read from a window of the text, not from a copy of all the text after it
    assert max(read) <= 4 * extract.MAX_SENTENCE


def test_a_name_in_capitals_wrapped_over_many_lines_is_joined_once():
    from atlas.extract_source import _issuers
    from atlas.vocab import load_vocabulary
    lines = ["MINISTRY OF FOREIGN AFFAIRS"] + ["AND OF JAPAN"] * 60_000
    with within():
        kept = _issuers(lines, load_vocabulary(), load_rules())
    assert kept == [" ".join(lines)]
    # a line in capitals not going on with a small word stays a line of its own
    assert _issuers(["MINISTRY OF FOREIGN AFFAIRS", "AND INTERNATIONAL COOPERATION", "EMBASSY OF JAPAN"],
                    load_vocabulary(), load_rules()) == \
        ["MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION", "EMBASSY OF JAPAN"]


class _Heading(str):
    """A heading's text that counts how often it is compared (the work of looking a text up)."""

    compared = 0
    __hash__ = str.__hash__

    def __eq__(self, other):
        _Heading.compared += 1
        return str.__eq__(self, other)


def test_headings_that_open_a_story_are_looked_up_in_a_set():
    # each paragraph was looked up in the list of headings: 1,000 headings, a million comparisons
    from atlas.extract_terms import Parts, opening_ids
    from atlas.matching import Hit
    headings = tuple(_Heading(f"Cooperation with Laos, part {k}") for k in range(1_000))
    body = ("Japan and Laos signed it.",) + tuple(str(h) for h in headings)
    parts = Parts(head=("Title",), headings=headings, body=body, words=0)
    at = len(body[0]) + 2 + len("Cooperation with ")
    hits = [Hit(0, 5, "countries", "jp", "Japan"), Hit(at, at + 4, "countries", "la", "Laos")]
    _Heading.compared = 0
    got = opening_ids(parts, hits, lede="")
    assert got == {"la"}  # named in a heading; Japan only in a paragraph that is neither lede nor heading
    assert _Heading.compared <= 2 * len(headings)


class _Unread:
    """A line that must not be read (short_over_text stops at the first line wide enough)."""

    @property
    def text(self):
        raise AssertionError("read a line past the first wide one")


def test_a_title_over_text_reads_lines_only_up_to_the_first_wide_one():
    from atlas.clean_blocks import short_over_text
    rules = load_rules()
    first = to_line("Overview of the Region")
    wide = to_line("Japan and the ASEAN member states agreed to expand cooperation on disaster risk reduction")
    assert short_over_text(first, [wide, _Unread()], rules)
    # no line wide enough: not a title over its text (all lines read)
    assert not short_over_text(first, [to_line("Japan and Laos."), to_line("Cambodia too.")], rules)


# --- a run of marks at a text's end, looked for from each mark of a long run short of the end --

def test_reference_marks_closing_a_sentence_are_found_from_the_end():
    from atlas.extract import _is_sentence_block
    sentence = "Japan and Laos signed the agreement on disaster risk reduction in Vientiane."
    assert _is_sentence_block(sentence + "[1][2] [3]")  # its marks after its stop
    marks = "".join(f"[{k % 999 + 1}]" for k in range(40_000))
    with within():  # (a run of 40,000 marks broken before the end by a mark of four figures: minutes)
        assert not _is_sentence_block(sentence + marks + "[1000]")
        assert _is_sentence_block(sentence + marks)


def test_pictographs_closing_a_title_are_found_from_the_end():
    from atlas.extract import without_trailing_emoji
    assert without_trailing_emoji("Japan and Mongolia sign a loan in Ulaanbaatar 🇲🇳🇯🇵") == \
        "Japan and Mongolia sign a loan in Ulaanbaatar"
    title = "Japan " + "🌏" * 100_000 + "日本"
    with within():  # (a long run of pictographs short of the end: about two minutes)
        assert without_trailing_emoji(title) == title


def test_titles_over_text_in_a_long_block_read_the_widths_once(monkeypatch):
    # "Ladies and gentlemen," / "Japan supports ASEAN" 3,000 lines, no line wide: each step read
    # the width of every line left to tell a title over its text (4.5 million lines read)
    read = []
    original = clean_blocks.short_over_text

    def counted(first, rest, rules, widest=None):
        read.append(len(rest) if widest is None else 1)
        return original(first, rest, rules, widest)
    monkeypatch.setattr(clean_blocks, "short_over_text", counted)
    lines = [to_line("Ladies and gentlemen," if k % 2 == 0 else "Japan Supports Asean") for k in range(3_000)]
    parts = split_block(lines, load_rules())
    assert [ln.text for part in parts for ln in part] == [ln.text for ln in lines]
    assert sum(read) <= 3 * len(lines)
