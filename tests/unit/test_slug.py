"""Page addresses: readable, ASCII-safe, unique and never one the site itself uses."""

from __future__ import annotations

from pathlib import Path

from atlas.pipeline import build_document
from atlas.read import read_seed
from atlas.slug import document_slug, mostly_unslugged, slugify, unique_slugs
from atlas.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"


def test_slugify_makes_ascii_words_and_cuts_at_a_word():
    assert slugify("Japan’s Cooperation to “Initiative for ASEAN Integration (IAI)”") == (
        "japans-cooperation-to-initiative-for-asean-integration-iai")
    assert slugify("Hợp tác Việt Nam – Nhật Bản") == "hop-tac-viet-nam-nhat-ban"
    # a dash between two words parts them, as a hyphen does
    assert slugify("Japan–Philippines Maritime Safety") == slugify("Japan-Philippines Maritime Safety") == (
        "japan-philippines-maritime-safety")
    assert slugify("Viet Nam—Japan") == "viet-nam-japan"
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")


def test_unique_slugs_number_later_duplicates_in_order():
    assert unique_slugs(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]


def test_unique_slugs_skip_a_number_another_document_already_has():
    assert unique_slugs(["a", "a", "a-2"]) == ["a", "a-3", "a-2"]


def test_reserved_addresses_are_never_given_to_a_document():
    # documents/index.md is the list of documents, documents/page/N.md its pager.
    assert unique_slugs(["index", "page", "x"]) == ["index-2", "page-2", "x"]


def test_a_title_mostly_in_another_script_takes_its_slug_from_the_file_name():
    assert mostly_unslugged("日ASEAN技術協力の概要")  # ASCII keeps "ASEAN", 5 letters of 13
    assert not mostly_unslugged("Hợp tác Việt Nam – Nhật Bản")  # accents fold to Latin letters
    assert not mostly_unslugged("Japan–ASEAN (日ASEAN) Cooperation")
    assert document_slug("日ASEAN技術協力の概要", "2024_mofa_handout") == "2024-mofa-handout"
    assert document_slug("Hợp tác Việt Nam", "x") == "hop-tac-viet-nam"
    assert document_slug("ความร่วมมือ", "") == "document"
    assert document_slug("", "notes") == "notes"


def test_the_japanese_handout_is_addressed_by_its_file_name_not_by_its_one_latin_word():
    # tests/fixtures/unseen/round7_pdf_mofa_handout.txt is titled 日ASEAN技術協力の概要: before,
    # its address was documents/asean/, as if it were the page about ASEAN.
    doc = build_document(read_seed(UNSEEN / "round7_pdf_mofa_handout.txt", ROOT), load_vocabulary())
    assert doc.meta["title"] == "日ASEAN技術協力の概要"
    assert doc.slug == "round7-pdf-mofa-handout"
