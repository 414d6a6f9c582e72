"""Page addresses: readable, ASCII-safe, unique and never one the site itself uses."""

from __future__ import annotations

from atlas.slug import slugify, unique_slugs


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
