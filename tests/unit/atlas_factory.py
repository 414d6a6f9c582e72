"""Documents built by hand in the front matter contract shape, for the index-page unit tests."""

from __future__ import annotations

from pathlib import Path

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract import extract_metadata
from atlas.model import Cleaned, Corpus, Document, Paragraph, Seed
from atlas.read import read_seed
from atlas.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]


def country(code: str, name: str, focus: bool = False, mentions: int = 1) -> dict:
    return {"code": code, "name": name, "focus": focus, "mentions": mentions}


def topic(ident: str, name: str, focus: bool = False, score: float = 1.0) -> dict:
    return {"id": ident, "name": name, "focus": focus, "score": score}


def org(ident: str, name: str, full_name: str = "", mentions: int = 1) -> dict:
    return {"id": ident, "name": name, "full_name": full_name, "kind": "agency", "mentions": mentions}


def make_doc(slug: str, title: str, paragraphs: list[str], **meta) -> Document:
    paras = tuple(Paragraph(f"p-{i}", text) for i, text in enumerate(paragraphs, start=1))
    body = "\n\n".join(f"{p.text}\n{{ #{p.anchor} }}" for p in paras) + "\n"
    seed = Seed(path=f"seeds/{slug}.txt", raw=b"x", text="\n\n".join(paragraphs), sha256="ab" * 32)
    return Document(seed=seed, slug=slug, meta={"title": title, **meta}, body=body, paragraphs=paras)


def sample_corpus() -> Corpus:
    """Three documents: two share Viet Nam and cybersecurity, one is undated."""
    a = make_doc(
        "cyber-vn", "Cyber training in Viet Nam",
        ["Japan trained police officers in Viet Nam on cybersecurity. The course lasted a week.",
         "Data Free Flow with Trust (DFFT) was discussed. Vietnamese officials welcomed JICA support."],
        date="2023-05-10", type="news", type_name="News", source="Asia News", reading_time=2, words=300,
        summary="Japan trained police officers in Viet Nam.",
        countries=[country("VN", "Viet Nam", True, 3)], regions=[{"id": "asean", "name": "ASEAN", "focus": False, "mentions": 1}],
        topics=[topic("cybersecurity", "Cybersecurity", True, 3.0)],
        organisations=[org("jica", "JICA", "Japan International Cooperation Agency")],
        acronyms=[{"abbr": "DFFT", "expansion": "Data Free Flow with Trust"}])
    b = make_doc(
        "cyber-asean", "ASEAN cyber centre",
        ["The ASEAN-Japan centre trains staff from Viet Nam and Thailand in cybersecurity.",
         "DFFT is a G20 theme. <script>alert(1)</script> stays text."],
        date="2019", type="white-paper", type_name="White paper",
        countries=[country("VN", "Viet Nam", True), country("TH", "Thailand", False)],
        regions=[{"id": "asean", "name": "ASEAN", "focus": True, "mentions": 2}],
        topics=[topic("cybersecurity", "Cybersecurity", True)],
        organisations=[org("jica", "JICA")])
    c = make_doc(
        "rail-th", "Rail in Thailand",
        ["A rail line in Thailand opened. Thai engineers ran it."],
        countries=[country("TH", "Thailand", True)], topics=[topic("infrastructure", "Infrastructure", True)])
    return Corpus(documents=[c, a, b])


def read_text(text: str, path: str = "seeds/x.txt") -> tuple[dict, Cleaned]:
    """(metadata, Cleaned) of a seed's text, as the pipeline makes them (no front matter)."""
    cleaned = clean_text(text)
    return extract_metadata(Seed(path=path, raw=text.encode(), text=text), cleaned, load_vocabulary()), cleaned


def read_fixture(path: Path) -> tuple[dict, Cleaned]:
    """(metadata, Cleaned) of a fixture file, checked to clean the same on a second pass (canonical_text)."""
    text = read_seed(path, ROOT).text
    meta, cleaned = read_text(text)
    again = clean_text(canonical_text(parse(text)))
    assert (again.title, again.body) == (cleaned.title, cleaned.body)
    return meta, cleaned
