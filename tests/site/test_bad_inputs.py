"""Every bad input of issue 6, fed to a real MkDocs build next to the five real seeds.

One project holds them all: the strict build must fail and name each one (file, line, what,
how to fix); the non-strict build (what `mkdocs serve` does) must still build every other
document, and show an error page where a rejected seed's page would be.
"""

from __future__ import annotations

import os
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import SEEDS, copy_project, run_mkdocs_build

from atlas.pipeline import build_corpus
from atlas.read import MAX_SEED_BYTES
from atlas.vocab import load_vocabulary

REAL = {p.name: p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))}
NEWS, INTERVIEW = "000_db47cdf4b8e84d5a.txt", "002_62bf8bb7f3bce9d2.txt"
TEXT = ("Japan and Viet Nam agree on a digital cooperation plan\n\n"
        "Tokyo and Hanoi agreed to train 1,000 engineers in cybersecurity and data science "
        "over five years, with support from the Japan International Cooperation Agency.\n")


# Distinct texts, so that only the seeds meant to be duplicates are reported as such.
TEXTS = {
    "field": "Thailand opens a cybersecurity training centre\n\nThe centre in Bangkok will train "
             "officials from ten countries in incident response, with experts from Japan.\n",
    "country": "Hanoi hosts a semiconductor forum\n\nChip makers and universities met in Hanoi to "
               "discuss a shared curriculum for engineers and new assembly plants.\n",
    "date-month": "Manila plans flood warnings\n\nThe Philippine weather agency will install river "
                  "gauges and sirens in three provinces, financed by a concessional loan.\n",
    "date-words": "Laos and Cambodia link power grids\n\nA new transmission line will carry "
                  "hydropower south across the border from the end of the dry season.\n",
    "same-a": "Jakarta tests electric buses\n\nThe city transport company runs a trial of thirty "
              "electric buses on two busy routes before a larger purchase.\n",
    "same-b": "Satellites and ports\n\nA study of satellite tracking for container ports in Malaysia "
              "and Singapore looks at customs checks and harbour congestion.\n",
}


def fm(fields: str, text: str = TEXT) -> bytes:
    return f"---\n{fields}---\n\n{text}".encode()


def near_copy(data: bytes) -> bytes:
    """The interview with one sentence of its long first paragraph rewritten."""
    text = data.decode("utf-8")
    return text.replace("has emphasized the need for enhanced", "stressed the need for more", 1).encode()


BAD = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n   \n",
    "binary.txt": b"Text\x00\x01\x02\x03",
    "latin1.txt": "Line one\nCaf\xe9 in Hanoi\n".encode("latin-1"),
    "utf16.txt": ("\ufeff" + TEXT).encode("utf-16-le"),
    "huge.txt": b"word " * (MAX_SEED_BYTES // 5 + 1),
    "yaml.txt": b"---\ntitle: A plan\ncountries: [Viet Nam, Laos\ndate: 2023\n---\n" + TEXT.encode(),
    "field.txt": fm("title: A plan\ncountires: [VN]\n", TEXTS["field"]),
    "country.txt": fm("title: A plan\ncountries: [Veitnam]\n", TEXTS["country"]),
    "date-month.txt": fm("title: A plan\ndate: 2023-13-01\n", TEXTS["date-month"]),
    "date-words.txt": fm("title: A plan\ndate: next Tuesday\n", TEXTS["date-words"]),
}
ACCEPTED = {
    "copy-of-000.txt": REAL[NEWS],  # exact duplicate: kept, reported as an error
    "near-002.txt": near_copy(REAL[INTERVIEW]),  # near-duplicate: kept, a warning
    "same-a.txt": fm("title: Same Title\n", TEXTS["same-a"]),
    "same-b.txt": fm("title: Same Title\n", TEXTS["same-b"]),
    "Café Report 2023 (Draft).txt": ("Café <script>alert(1)</script> *report* on Hà Nội\n\n" + TEXT).encode(),
}
IGNORED = {"notes.md": b"# Notes\n", "report.docx": b"PK\x03\x04\x14\x00"}

# (file, location, what) for each expected message in the build log
EXPECTED = [
    ("empty.txt", "seeds/empty.txt: error:", "the file is empty."),
    ("blank.txt", "seeds/blank.txt: error:", "the file holds only whitespace."),
    ("binary.txt", "seeds/binary.txt:1:5: error:", "NUL byte at offset 4: it is binary data"),
    ("latin1.txt", "seeds/latin1.txt:2:4: error:", "not UTF-8: byte 0xe9 at offset 12"),
    ("utf16.txt", "seeds/utf16.txt:1:1: error:", "the file is UTF-16 (it starts with a UTF-16 byte order mark)"),
    ("huge.txt", "seeds/huge.txt: error:", f"the file is {len(BAD['huge.txt']):,} bytes, over the limit of 2,097,152"),
    ("yaml.txt", "seeds/yaml.txt:4:5: error:", "the front matter block is not valid YAML"),
    ("field.txt", "seeds/field.txt:3", "countires"),
    ("country.txt", "seeds/country.txt:3", "Veitnam"),
    ("date-month.txt", "seeds/date-month.txt:3", "2023-13-01"),
    ("date-words.txt", "seeds/date-words.txt:3", "next Tuesday"),
    ("copy-of-000.txt", "seeds/copy-of-000.txt: error:", f"is the same document as seeds/{NEWS}"),
    ("near-002.txt", "seeds/near-002.txt: warning:", f"of its text with seeds/{INTERVIEW}"),
    ("link.txt", "seeds/link.txt: error:", "outside seeds/: refused"),
    ("notes.md", "seeds/notes.md: info:", "has the extension '.md', not '.txt': it is ignored"),
    ("report.docx", "seeds/report.docx: info:", "has the extension '.docx'"),
]
# what the message must also say, beyond the location and the what
FIXES = {
    "utf16.txt": "save it as UTF-8", "field.txt": "countries", "country.txt": "Viet Nam (VN)",
    "date-month.txt": "YYYY-MM-DD", "date-words.txt": "YYYY-MM-DD", "copy-of-000.txt": "delete one of the two files",
    "near-002.txt": "near_duplicate_of", "link.txt": "copy the document's text into a real file",
}


@pytest.fixture(scope="module")
def bad_project(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("bad")
    project = copy_project(tmp / "proj", {**REAL, **BAD, **ACCEPTED, **IGNORED})
    outside = tmp / "outside.txt"
    outside.write_bytes(TEXT.encode())
    os.symlink(outside, project / "seeds" / "link.txt")
    strict = run_mkdocs_build(project, tmp / "strict")
    lenient = run_mkdocs_build(project, tmp / "site", strict=False)
    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    return {"project": project, "strict": strict, "lenient": lenient, "site": tmp / "site", "corpus": corpus}


def log_line(log: str, location: str) -> str:
    lines = [line for line in log.splitlines() if location in line]
    assert lines, f"no log line for {location} in:\n" + "\n".join(l for l in log.splitlines() if "atlas:" in l)
    return lines[0]


def test_strict_build_fails(bad_project):
    assert bad_project["strict"].returncode != 0


def test_lenient_build_succeeds(bad_project):
    assert bad_project["lenient"].returncode == 0, bad_project["lenient"].stderr[-3000:]


@pytest.mark.parametrize("name, location, what", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_bad_input_is_named_located_and_explained(bad_project, name, location, what):
    line = log_line(bad_project["strict"].stderr, location)
    assert what in line
    if ": error:" in location or ": warning:" in location:
        assert " Fix: " in line  # how to fix it
    if name in FIXES:
        assert FIXES[name] in line, line
    # the same message in the lenient build (what the contributor sees in `mkdocs serve`)
    assert what in log_line(bad_project["lenient"].stderr, location)


def test_every_other_document_is_built(bad_project):
    site, corpus = bad_project["site"], bad_project["corpus"]
    built = {d.seed.path for d in corpus.documents}
    expected = {f"seeds/{n}" for n in (*REAL, *ACCEPTED)}
    assert expected <= built
    for doc in corpus.documents:
        assert (site / doc.url / "index.html").is_file(), doc.url


def page_text(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    article = re.search(r"<article[^>]*>(.*)</article>", html, re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", article.group(1))))


@pytest.mark.parametrize("name", [n for n in BAD], ids=list(BAD))
def test_rejected_seed_has_an_error_page_where_its_page_would_be(bad_project, name):
    rejected = {r.path: r for r in bad_project["corpus"].rejected}
    r = rejected[f"seeds/{name}"]
    text = page_text(bad_project["site"] / "documents" / r.slug / "index.html")
    assert f"Not built: seeds/{name}" in text
    assert r.problems[0].message in text and "Fix:" in text


def test_same_title_gives_distinct_deterministic_addresses(bad_project):
    slugs = {d.seed.path: d.slug for d in bad_project["corpus"].documents}
    # by file name order, never the file system's listing order
    assert slugs["seeds/same-a.txt"] == "same-title" and slugs["seeds/same-b.txt"] == "same-title-2"
    site = bad_project["site"]
    assert "satellite tracking" in page_text(site / "documents" / "same-title-2" / "index.html")
    assert "electric buses" in page_text(site / "documents" / "same-title" / "index.html")


def test_awkward_file_name_is_accepted_with_a_safe_address(bad_project):
    (doc,) = [d for d in bad_project["corpus"].documents if d.seed.path == "seeds/Café Report 2023 (Draft).txt"]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc.slug)
    html = (bad_project["site"] / doc.url / "index.html").read_text(encoding="utf-8")
    # "edit this document" opens that seed, its name quoted for the URL
    assert 'href="https://github.com/cooperation-atlas/cooperation-atlas/edit/main/seeds/Caf%C3%A9%20Report%202023%20%28Draft%29.txt"' in html
    assert ">Edit this document</a>" in html and ">View source text</a>" in html


def test_view_source_text_shows_the_file_as_received(bad_project):
    (doc,) = [d for d in bad_project["corpus"].documents if d.seed.path == "seeds/Café Report 2023 (Draft).txt"]
    site = bad_project["site"]
    folder = site / "documents" / doc.slug
    assert (folder / "source.txt").read_bytes() == ACCEPTED["Café Report 2023 (Draft).txt"]
    html = (folder / "source" / "index.html").read_text(encoding="utf-8")
    pre = re.search(r'<pre class="atlas-source">(.*?)</pre>', html, re.S).group(1)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *report*" in pre  # literal, not markup
    assert unescape(pre) == ACCEPTED["Café Report 2023 (Draft).txt"].decode("utf-8")
    assert "<script>alert(1)" not in html
