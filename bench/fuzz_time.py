"""Time the pipeline (clean, extract, keyword in context, body Markdown) on pathological inputs.

Each shape is made at 2 KB, 20 KB and 200 KB; a shape is reported when x10 size costs more
than x20 time, or when one run takes over 1 s. Run: PYTHONPATH=hooks:. python -m bench.fuzz_time [shape...]
"""

from __future__ import annotations

import signal
import sys
import time

from atlas.clean import clean_text
from atlas.extract import extract_metadata
from atlas.kwic import own_snippets
from atlas.model import Document, Seed
from atlas.document_page import body_markdown
from atlas.vocab import load_vocabulary

SIZES = (2_000, 20_000, 200_000)
CAP = 60  # seconds a single run may take before it is called stalled


def fill(unit: str, size: int, sep: str = "") -> str:
    n = max(1, size // max(1, len(unit) + len(sep)))
    return sep.join([unit] * n)


def lines(make, size: int) -> str:
    out, total, i = [], 0, 0
    while total < size:
        s = make(i)
        out.append(s)
        total += len(s) + 1
        i += 1
    return "\n".join(out)


WORDS = "cooperation between Japan and ASEAN countries on digital infrastructure and disaster risk reduction".split()

SHAPES = {
    "no_stop": lambda n: "Japan and Viet Nam " + fill("agree to strengthen cooperation", n, " "),
    "commas": lambda n: fill("Japan, Viet Nam, Laos", n, ", "),
    "only_commas": lambda n: fill(",", n),
    "capitals": lambda n: fill("JAPAN ASEAN COOPERATION MINISTRY", n, " "),
    "initials": lambda n: fill("A. B. C.", n, " "),
    "minister": lambda n: fill("Minister", n, " "),
    "open_paren": lambda n: "Japan " + fill("(", n),
    "open_paren_words": lambda n: fill("(Japan", n, " "),
    "open_bracket": lambda n: "Japan " + fill("[", n),
    "open_bracket_words": lambda n: fill("[ASEAN", n, " "),
    "dots": lambda n: "Japan" + fill(".", n),
    "dots_spaced": lambda n: "Japan " + fill(". ", n),
    "dashes": lambda n: "Japan " + fill("-", n),
    "em_dashes": lambda n: "Japan " + fill("—", n),
    "spaces": lambda n: "Japan" + fill(" ", n) + "ASEAN.",
    "tabs": lambda n: "Japan" + fill("\t", n) + "ASEAN.",
    "squares": lambda n: fill("■", n),
    "squares_words": lambda n: fill("■ Japan", n, " "),
    "digits": lambda n: "In " + fill("1", n),
    "digit_groups": lambda n: fill("1,000", n, " "),
    "years": lambda n: fill("2023", n, " "),
    "dates": lambda n: fill("1 December 2026", n, " "),
    "urls": lambda n: fill("https://www.mofa.go.jp/region/asia-paci/asean/index.html", n, " "),
    "url_long": lambda n: "https://www.mofa.go.jp/" + fill("a/", n),
    "emails": lambda n: fill("press@jica.go.jp", n, " "),
    "email_long": lambda n: fill("a.", n) + "@jica.go.jp",
    "notes_glued": lambda n: "Japan" + "".join(f"Note {i}" for i in range(1, n // 7)),
    "note_markers": lambda n: " ".join(f"countriesNote {i} in" for i in range(1, n // 20)),
    "quotes": lambda n: fill("“", n),
    "quotes_words": lambda n: fill("“Japan", n, " "),
    "apostrophes": lambda n: fill("Japan’s", n, " "),
    "name_repeated": lambda n: fill("Japan International Cooperation Agency", n, " "),
    "name_repeated_nl": lambda n: fill("Japan International Cooperation Agency", n, "\n"),
    "mixed_scripts": lambda n: fill("日本とASEANの協力 ความร่วมมือ Hợp tác Việt Nam Кооперация", n, " "),
    "cjk": lambda n: fill("日本の政府開発援助", n),
    "colons": lambda n: fill("Japan:", n, " "),
    "semicolons": lambda n: fill("1) Japan;", n, " "),
    "slashes": lambda n: fill("ASIA NEWS NETWORK/", n),
    "ampersands": lambda n: fill("&", n),
    "asterisks": lambda n: fill("*", n),
    "underscores": lambda n: fill("_", n),
    "backticks": lambda n: fill("`", n),
    "hashes": lambda n: fill("#", n),
    "pipes": lambda n: fill("|", n),
    "lt": lambda n: fill("<", n),
    "lt_tags": lambda n: fill("<b>", n),
    "words_mixed": lambda n: fill(" ".join(WORDS), n, " "),
    "sentences": lambda n: fill(" ".join(WORDS) + ".", n, " "),
    "percent": lambda n: fill("5%", n, " "),
    "yen": lambda n: fill("500 million yen", n, " "),
    "dollars": lambda n: fill("$4.7 million", n, " "),
    "acronym_defs": lambda n: fill("digital transformation (DX)", n, " "),
    "titlecase": lambda n: fill("Japan Asean Digital Partnership Initiative", n, " "),
    "by_words": lambda n: "By " + fill("Taro", n, " "),
    "photo": lambda n: fill("Photo 1.", n, " "),
    # many short lines
    "one_word_lines": lambda n: lines(lambda i: WORDS[i % len(WORDS)], n),
    "back_to_index": lambda n: lines(lambda i: "Back to Index", n),
    "close_lines": lambda n: lines(lambda i: "close", n),
    "numbered_items": lambda n: lines(lambda i: f"{i + 1}. Cooperation with Viet Nam", n),
    "numbered_bare": lambda n: lines(lambda i: "1.", n),
    "indented_items": lambda n: lines(lambda i: f"  {i + 1}. to construct a bridge in Laos", n),
    "bullets": lambda n: lines(lambda i: "  • - to construct roads", n),
    "dash_items": lambda n: lines(lambda i: "- Japan supports ASEAN", n),
    "headings": lambda n: lines(lambda i: f"■ Support for Region {i}", n),
    "dot_headings": lambda n: lines(lambda i: f"● Japan’s Efforts {i}", n),
    "title_lines": lambda n: lines(lambda i: f"Climate Change A Shared Concern {i}", n),
    "caps_blank": lambda n: lines(lambda i: "" if i % 2 else f"JAPAN ASEAN COOPERATION {i}", n),
    "caps_lines": lambda n: lines(lambda i: "JAPAN ASEAN COOPERATION", n),
    "paren_items": lambda n: lines(lambda i: f"({i + 1}) Japan provides support.", n),
    "table_rows": lambda n: "Country | Amount | Year\n" + lines(lambda i: f"Viet Nam | {i} million yen | 2023", n),
    "table_tabs": lambda n: lines(lambda i: f"Viet Nam\t{i}\t2023\tJICA", n),
    "table_spaces": lambda n: lines(lambda i: f"Viet Nam      {i:>6}      2023      JICA", n),
    "deep_indent": lambda n: lines(lambda i: " " * (2 * (i % 40)) + f"{i % 9 + 1}. item in Cambodia", n),
    "deep_indent_growing": lambda n: lines(lambda i: " " * min(i, 2000) + "- item", n),
    "notes_list": lambda n: "Japan helps.\n\nNotes\n" + lines(lambda i: f"  {i + 1}. Note {i + 1}: Viet Nam and Laos.", n),
    "footnote_markers": lambda n: lines(lambda i: f"Japan supports countriesNote {i + 1} in Asia.", n),
    "bracket_notes": lambda n: lines(lambda i: f"Japan supports ASEAN[{i + 1}] in Asia.", n),
    "blank_lines": lambda n: "Japan.\n" + "\n" * n + "ASEAN.",
    "blank_spaced": lambda n: "Japan.\n" + fill("   \n", n) + "ASEAN.",
    "dates_lines": lambda n: lines(lambda i: "1 December 2026", n),
    "bylines": lambda n: lines(lambda i: "THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK", n),
    "photo_captions": lambda n: lines(lambda i: f"Photo {i}. Details in caption.", n),
    "urls_lines": lambda n: lines(lambda i: f"https://www.jica.go.jp/{i}", n),
    "short_paras": lambda n: lines(lambda i: "" if i % 2 else "Japan and Laos signed it.", n),
    "glossary": lambda n: "Glossary\n" + lines(lambda i: f"ABC{i} (Alpha Beta Corp {i}) a body.", n),
    "said_speakers": lambda n: lines(lambda i: f"Minister of Foreign Affairs, said Japan supports Laos {i}.", n),
    "q_a": lambda n: lines(lambda i: ("Q: " if i % 2 else "A: ") + "Japan supports ASEAN.", n),
    "colon_lines": lambda n: lines(lambda i: f"Date: {i}", n),
    "contact": lambda n: lines(lambda i: "Contact: press@jica.go.jp Tel: +81-3-1234-5678", n),
    "mixed_lines": lambda n: lines(lambda i: ["日本", "ASEAN", "Việt Nam", "ลาว", "■", "1.", "(1)", "Back to Index"][i % 8], n),
    # more long lines
    "country_list": lambda n: fill("Cambodia, Laos, Myanmar, Viet Nam,", n, " "),
    "nested_parens": lambda n: fill("(", n // 2) + "DX" + fill(")", n // 2),
    "quotes_unbalanced": lambda n: fill('"Japan', n, " "),
    "said_long": lambda n: fill("Minister Kamikawa said,", n, " "),
    "by_long": lambda n: "By " + fill("Taro Yamada, Hanako Suzuki and", n, " "),
    "datelines": lambda n: fill("HANOI, March 3 (VNA) —", n, " "),
    "bracket_refs": lambda n: "Japan" + "".join(f"[{i}]" for i in range(1, n // 5)),
    "dotted_number": lambda n: "1" + fill(".1", n),
    "figure_label_long": lambda n: "Figure 1" + fill("-2", n),
    "www": lambda n: "www.jica.go.jp/" + fill("ab/", n),
    "honorifics": lambda n: fill("H.E. Mr.", n, " "),
    "contact_labels": lambda n: fill("Tel: Fax: Email:", n, " "),
    "long_digits": lambda n: fill("1,234", n, ","),
    "ellipses": lambda n: fill("…", n, " "),
    "zero_width": lambda n: "Japan" + fill("\u200b", n) + "ASEAN.",
    "nbsp": lambda n: fill("Japan\u00a0ASEAN", n, "\u00a0"),
    "long_word": lambda n: "a" * n,
    "long_caps_word": lambda n: "A" * n,
    "hashtags": lambda n: fill("#Japan #ASEAN", n, " "),
    "entities": lambda n: fill("&amp;&nbsp;", n),
    "markdown": lambda n: fill("**bold** _it_ `code` [link](http://x.jp)", n, " "),
    "abbrev_dots": lambda n: fill("U.S.A.", n, " "),
    "acronym_chain": lambda n: fill("ASEAN-Japan", n, "-"),
    "apostrophe_s": lambda n: fill("Japan's", n, " "),
    # more many-line shapes
    "wrapped_paragraph": lambda n: lines(lambda i: "Japan and the ASEAN member states agreed to expand cooperation on" if i % 2 else "disaster risk reduction and digital infrastructure in the Mekong region,", n) + ".",
    "wrapped_no_stop": lambda n: lines(lambda i: "Japan and the ASEAN member states agreed to expand cooperation on", n),
    "hyphen_breaks": lambda n: lines(lambda i: "the develop-" if i % 2 == 0 else "ment of the region and co-", n),
    "thank_you": lambda n: lines(lambda i: "Thank you.", n),
    "ref_notes": lambda n: "Japan helps.[1]\n\nNotes\n" + lines(lambda i: f"[{i + 1}] JICA, Annual Report 2023, p. {i}.", n),
    "pipe_table": lambda n: "| Country | Amount |\n|---|---|\n" + lines(lambda i: f"| Viet Nam | {i} |", n),
    "bar_rows": lambda n: lines(lambda i: f"Phase {i} | 24.5 km | 21", n),
    "indented_paras": lambda n: lines(lambda i: "    Japan supports Laos.", n),
    "letter_items": lambda n: lines(lambda i: f"{chr(97 + i % 26)}) support for Laos", n),
    "roman_items": lambda n: lines(lambda i: ["I.", "II.", "III.", "IV."][i % 4] + " Cooperation with Laos", n),
    "circled_items": lambda n: lines(lambda i: "① flood forecasting", n),
    "speaker_lines": lambda n: lines(lambda i: "Prime Minister Kishida:" if i % 2 == 0 else "Japan supports ASEAN.", n),
    "label_fields": lambda n: lines(lambda i: f"Field {i}: Value {i}", n),
    "source_lines": lambda n: lines(lambda i: "Source: JICA", n),
    "caps_names": lambda n: lines(lambda i: "MINISTRY OF FOREIGN AFFAIRS" if i % 2 == 0 else "OF JAPAN", n),
    "bracket_headings": lambda n: lines(lambda i: f"【今後の展望】本事業により{i}", n),
    "unit_notes": lambda n: lines(lambda i: "(Unit: 100 million yen)" if i % 3 == 0 else f"Viet Nam  {i}  2023", n),
    "salutations": lambda n: lines(lambda i: "Ladies and gentlemen," if i % 2 == 0 else "Japan supports ASEAN", n),
    "figure_numbers": lambda n: lines(lambda i: f"Figure 2-{i}" if i % 2 == 0 else "Japan's bilateral ODA to ASEAN", n),
    "emoji_run": lambda n: "Japan and Mongolia sign a loan " + fill("🌏", n) + "日本",
    "cites_broken": lambda n: "Japan and Laos signed the agreement on disaster risk reduction." + "".join(f"[{i % 999 + 1}]" for i in range(n // 5)) + "[1000]",
    "credits": lambda n: lines(lambda i: "(Reporting by Taro Yamada; Editing by Hanako Suzuki)", n),
}


class Stalled(Exception):
    pass


def _alarm(signum, frame):
    raise Stalled


VOCAB = load_vocabulary()


def run(text: str) -> float:
    seed = Seed(path="seeds/fuzz.txt", raw=text.encode(), text=text)
    start = time.perf_counter()
    cleaned = clean_text(text)
    meta = extract_metadata(seed, cleaned, VOCAB)
    doc = Document(seed=seed, slug="fuzz", meta=meta, body=cleaned.body, paragraphs=cleaned.paragraphs)
    own_snippets(doc, VOCAB)
    body_markdown(cleaned.body)
    return time.perf_counter() - start


def main(names: list[str]) -> None:
    signal.signal(signal.SIGALRM, _alarm)
    run("warm up: Japan and Viet Nam.")
    for make in SHAPES.values():  # (each shape's rules compiled before it is timed)
        run(make(300))
    for name in names or SHAPES:
        times = []
        for size in SIZES:
            text = SHAPES[name](size)
            signal.alarm(CAP)
            try:
                times.append(run(text))
            except Stalled:
                times.append(float("inf"))
                break
            except RecursionError:
                print(f"CRASH {name} at {size}: RecursionError", flush=True)
                times.append(float("nan"))
                break
            finally:
                signal.alarm(0)
            if times[-1] > 20:
                break
        ratios = [b / a if a > 0 else 0 for a, b in zip(times, times[1:])]
        slow = any(r > 20 for r in ratios) or any(t > 1 for t in times)
        mark = "SLOW" if slow else "ok  "
        print(f"{mark} {name:22} " + "  ".join(f"{t:8.3f}s" for t in times)
              + "   x" + " x".join(f"{r:.1f}" for r in ratios), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
