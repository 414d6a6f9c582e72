"""Glossary, hover abbreviations and feeds, on hand-built documents."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from atlas_factory import make_doc, sample_corpus

from atlas.feeds import Feed, feed_files
from atlas.glossary import abbreviation_lines, append_abbreviations, build_glossary, tokens
from atlas.taxonomy import newest_first


def test_glossary_collects_definitions_and_uses():
    a = make_doc("a", "A", ["Digital transformation (DX) matters. DX again."],
                 acronyms=[{"abbr": "DX", "expansion": "Digital transformation"},
                           {"abbr": "bad]", "expansion": "cannot be a Markdown abbreviation"}])
    b = make_doc("b", "B", ["Our DX plan and ISDB-T-based TV."],
                 acronyms=[{"abbr": "DX", "expansion": "digital transformation"},
                           {"abbr": "ISDB-T", "expansion": "Integrated Services Digital Broadcasting-Terrestrial"}])
    c = make_doc("c", "C", ["DXC is not DX... but it is, here: DX."])
    glossary = build_glossary([a, b, c])
    assert list(glossary) == ["DX", "ISDB-T"]
    assert [d.slug for d in glossary["DX"].defined_in] == ["a", "b"]
    assert [d.slug for d in glossary["DX"].used_in] == ["a", "b", "c"]
    # a tie between two spellings is settled alphabetically, never by input order
    assert glossary["DX"].expansion == "Digital transformation"
    assert [d.slug for d in glossary["ISDB-T"].used_in] == ["b"]


def test_abbreviation_lines_only_for_acronyms_in_the_text():
    glossary = build_glossary([make_doc("a", "A", ["x"], acronyms=[{"abbr": "DX", "expansion": "Digital\ntransformation"},
                                                                    {"abbr": "JICA", "expansion": "Japan International Cooperation Agency"}])])
    assert abbreviation_lines("We like DX.", glossary) == "*[DX]: Digital transformation\n"
    assert append_abbreviations("No acronym here.", glossary) == "No acronym here."
    assert append_abbreviations("JICA and DX\n", glossary) == (
        "JICA and DX\n\n*[DX]: Digital transformation\n*[JICA]: Japan International Cooperation Agency\n")
    assert "ISDB-T" in tokens("an ISDB-T-based system")


def test_feeds_newest_first_undated_last_no_build_time():
    docs = newest_first(sample_corpus().documents)
    files = feed_files(Feed("T & co", "D", "countries/vn/", "feeds/countries/vn"), docs, "https://example.org/atlas/")
    assert sorted(files) == ["feeds/countries/vn.json", "feeds/countries/vn.xml"]
    channel = ET.fromstring(files["feeds/countries/vn.xml"]).find("channel")
    assert channel.findtext("title") == "T & co"
    assert channel.findtext("lastBuildDate") == "Wed, 10 May 2023 00:00:00 +0000"  # newest document, not now
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == [
        "https://example.org/atlas/documents/cyber-vn/", "https://example.org/atlas/documents/cyber-asean/",
        "https://example.org/atlas/documents/rail-th/"]
    assert [i.findtext("pubDate") for i in items] == [
        "Wed, 10 May 2023 00:00:00 +0000", "Tue, 01 Jan 2019 00:00:00 +0000", None]
    feed = json.loads(files["feeds/countries/vn.json"])
    assert feed["feed_url"] == "https://example.org/atlas/feeds/countries/vn.json"
    assert [i.get("date_published") for i in feed["items"]] == ["2023-05-10T00:00:00Z", "2019-01-01T00:00:00Z", None]
    assert feed_files(Feed("T & co", "D", "countries/vn/", "feeds/countries/vn"), docs, "https://example.org/atlas/") == files


def test_glossary_page_names_at_most_ten_documents_per_acronym():
    from atlas.index_pages import glossary_page
    docs = [make_doc(f"d{i:02}", f"Doc {i:02}", ["DX here."], acronyms=[{"abbr": "DX", "expansion": "Digital transformation"}])
            for i in range(12)]
    page = glossary_page(build_glossary(docs))
    assert "Defined in: [Doc 00](documents/d00.md)" in page
    assert "[Doc 09](documents/d09.md) and 2 more" in page and "Doc 10" not in page


def test_acronyms_in_link_text_and_hyphenated_words_get_their_hover_but_not_inside_words():
    glossary = build_glossary([make_doc("a", "A", ["x"], acronyms=[
        {"abbr": "E-JUST", "expansion": "Egypt-Japan University of Science and Technology"},
        {"abbr": "ISDB-T", "expansion": "digital terrestrial broadcasting"},
        {"abbr": "DX", "expansion": "Digital transformation"}])])
    lines = abbreviation_lines("Partners: [E-JUST](../organisations/e-just.md) (1); an ISDB-T-based system.", glossary)
    assert lines == ("*[E-JUST]: Egypt-Japan University of Science and Technology\n"
                     "*[ISDB-T]: digital terrestrial broadcasting\n")
    assert abbreviation_lines("DXB and ADX are other words; (DX)/AI is not.", glossary) == "*[DX]: Digital transformation\n"
    assert abbreviation_lines("DXB and ADX are other words.", glossary) == ""
