"""Twenty-seventh round: what round 26's news sites still got wrong (tests/fixtures/unseen/round26_*.txt),
mended by shape and in the data: the furniture that closes a news page (a copyright notice with the
company's numbers, a row of footer links, the page's "Topics"), a breadcrumb of a section and its
subsection over the headline, a header's section and writer fields, the outlets of Southeast Asia in
the vocabulary, and the sources named beside their writer or their motto. Every expected value was
read off the fixture's lines (quoted in the comments)."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_rules import load_rules
from atlas.extract_source import copyright_source, source_of
from atlas.vocab import load_vocabulary

STRAITS = "round26_straits_times_semiconductor.txt"
BANGKOK = "round26_bangkok_post_yen_loan_rail.txt"
VNEXPRESS = "round26_vnexpress_metro_oda.txt"
KHMER = "round26_khmer_times_mine_clearance.txt"


def test_the_bangkok_post_page_its_breadcrumb_header_fields_and_foot():
    # "BUSINESS > GENERAL" over the headline "Japan offers 120bn yen loan for Red Line extension";
    # "PUBLISHED : 12 Jun 2024 at 04:00" / "NEWSPAPER SECTION: Business" / "WRITER: Somruedi
    # Banchongduang"; at the foot "RELATED" over three headlines, "© Copyright The Post Publishing
    # Public Company Limited. All rights reserved." and "Terms of use | Privacy policy | Contact us"
    m, c = meta(BANGKOK), cleaned(BANGKOK)
    assert (m["title"], m["date"], m["source"]) == ("Japan offers 120bn yen loan for Red Line extension",
                                                    "2024-06-12", "Bangkok Post")
    assert {"BUSINESS > GENERAL", "NEWSPAPER SECTION: Business", "RELATED", "SRT seeks bids for Red Line extensions",
            "© Copyright The Post Publishing Public Company Limited. All rights reserved.",
            "Terms of use | Privacy policy | Contact us"} <= set(c.removed)
    assert texts(BANGKOK)[0].startswith("A passenger train of the SRT Red Line arrives")
    assert texts(BANGKOK)[-1].startswith("Economists said the low-cost yen financing")
    assert {"name": "Somruedi Banchongduang", "role": "Author"} in [{k: p[k] for k in ("name", "role")}
                                                                   for p in m["people"]]


def test_the_straits_times_page_closes_with_its_topics_and_its_copyright():
    # "Topics" / "Singapore-Japan relations" / "Semiconductors" / "Artificial intelligence", then
    # "Copyright © 2025 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved."
    c = cleaned(STRAITS)
    assert {"Topics", "Singapore-Japan relations", "Artificial intelligence",
            "Copyright © 2025 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved."} <= set(c.removed)
    assert texts(STRAITS)[-1] == ("Singapore and Japan mark 60 years of diplomatic relations in 2026. Prime Minister "
                                  "Lawrence Wong is expected to visit Tokyo later in 2025.")
    assert meta(STRAITS)["source"] == "The Straits Times"


def test_known_outlets_named_by_their_copyright_or_beside_a_writer_or_a_motto():
    # VnExpress: "© Copyright 1997 VnExpress.net, All rights reserved" at the foot, its masthead the
    # site's name over its menu; Khmer Times: "Ry Sochan / Khmer Times" under the headline, "Khmer
    # Times" / "Cambodia's Largest English Daily" at the foot
    assert meta(VNEXPRESS)["source"] == "VnExpress International"
    assert meta(KHMER)["source"] == "Khmer Times"
    vocab = load_vocabulary()
    assert copyright_source(["© Copyright 1997 VnExpress.net, All rights reserved"], vocab)[1] == ["vnexpress"]
    assert source_of(["Ry Sochan / Khmer Times"], vocab) == ("Khmer Times", ["khmer-times"])
    # (two bodies the vocabulary does not know stay the source, as written; so does a body beside an outlet)
    assert source_of(["Ry Sochan / Phnom Penh Office"], vocab)[0] == "Ry Sochan / Phnom Penh Office"
    assert source_of(["Khmer Times / Ministry of Information"], vocab)[0] == "Khmer Times / Ministry of Information"


def test_japan_s_ministry_in_a_foreign_outlet_s_story_is_still_japan_s():
    # Khmer Times: "... a programme that Japan's Ministry of Foreign Affairs described as ..."
    assert "mofa" in {o["id"] for o in meta(KHMER)["organisations"]}


@pytest.mark.parametrize("line, furniture", [
    ("BUSINESS > GENERAL", True), ("World > Asia", True), ("Supply > demand", False),
    ("Terms of use | Privacy policy | Contact us", True), ("About Us | Contact Us | Advertise | Privacy Policy", True),
    ("Exports | Imports | Balance", False),
    ("Copyright © 2025 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.", True),
    ("Copyright of the maps rests with JICA. All rights are the authors'.", False),
])
def test_footer_and_breadcrumb_lines(line, furniture):
    rules = load_rules()
    assert bool(rules.furniture.fullmatch(line) or rules.long_furniture.fullmatch(line)) == furniture


def test_a_header_s_section_and_writer_fields_leave_the_text():
    text = ("Japan Offers a Loan for the Red Line\n\nPUBLISHED : 12 Jun 2024 at 04:00\nSection: Business\n"
            "Writer: Somruedi Banchongduang\n\nJapan has agreed to provide a yen loan. The loan is large.\n")
    c = clean_text(text)
    assert c.dateline == "PUBLISHED : 12 Jun 2024 at 04:00" and "Section: Business" in c.removed
    assert c.paragraphs[0].text == "Japan has agreed to provide a yen loan. The loan is large."
    # (in the text, "Section: ..." is the author's)
    body = clean_text("Japan Helps\n\nJapan will help. It trains people.\n\nSection: Business\n\nIt goes on here.\n").body
    assert "Section: Business" in body


DATABOOK = "round26_country_data_book_cambodia.txt"
OUTLINE = "round26_meti_outline_provisional.txt"


def test_a_translation_s_note_over_the_title_is_no_title():
    # "Provisional Translation" over "Outline of the Japan-ASEAN Economic Co-Creation Action Plan"
    m = meta(OUTLINE)
    assert m["title"] == "Outline of the Japan-ASEAN Economic Co-Creation Action Plan" and "subtitle" not in m
    assert "Provisional Translation" in cleaned(OUTLINE).removed


def test_a_country_data_book_its_type_and_its_numbered_sections():
    # "ODA Country Data Book 2023" with "(Unit: 100 million yen)" and "(Unit: US$ million)" over tables;
    # "(3) Priority areas" over "・ Strengthening the economic base: ..." in one block;
    # "(1) Japan's ODA by type (commitments)" / "(Unit: 100 million yen)" / the table, in one block
    m, c = meta(DATABOOK), cleaned(DATABOOK)
    assert m["type"] == "statistics"
    heads = [line.split(" { #")[0] for line in c.body.split("\n") if line.startswith("#")]
    assert {"#### (3) Priority areas", "#### (1) Japan's ODA by type (commitments)",
            "#### (2) Major donors to Cambodia (2021, net disbursements)"} <= set(heads)
    t = texts(DATABOOK)
    assert "(Unit: 100 million yen)" in t and "(Unit: US$ million)" in t
    assert any(x.startswith("Strengthening the economic base: transport and logistics") for x in t)


@pytest.mark.parametrize("text", [
    # a lead-in sentence, numbered, over its bullets (seeds/003: "(2) ASEAN-Japan Centre has such useful
    # programs for IAI, including")
    "Japan Helps\n\nJapan will help.\n\n(2) The Centre has such useful programs, including\n\n  • - to construct a web-site\n"
    "  • - to organize exhibitions\n",
    # a bracketed item over another item of its kind is a list's
    "Japan Helps\n\nJapan will help.\n\n(1) Priority areas\n(2) Other areas\n",
])
def test_a_numbered_lead_in_or_item_is_no_heading(text):
    assert not [line for line in clean_text(text).body.split("\n") if line.startswith("#")]


def test_a_caption_in_the_text_told_by_its_credit_at_its_end():
    # Khmer Times: "A CMAC deminer marks a cleared area in Pailin province. KT/Chor Sokunthea";
    # VnExpress: "Passengers wait for a train at Ben Thanh Station, January 2025. Photo by VnExpress/Thanh Tung"
    for name, line in ((KHMER, "A CMAC deminer marks a cleared area in Pailin province. KT/Chor Sokunthea"),
                       (VNEXPRESS, "Passengers wait for a train at Ben Thanh Station, January 2025. "
                                   "Photo by VnExpress/Thanh Tung")):
        body = cleaned(name).body
        assert f'markdown>\n{line}\n</figcaption>' in body
    # (a paragraph ending with a sentence, or with a bracket that is no credit, stays a paragraph)
    c = clean_text("Japan Helps\n\nJapan will help. It trains people.\n\nThe plan is new (see page 3)\n\nIt goes on.\n")
    assert "atlas-caption" not in c.body


PAPER = "round26_white_paper_pdf_column.txt"


def test_a_white_paper_copied_from_its_pdf_by_its_running_lines():
    # "White Paper on Development Cooperation 2022 | 45" on a right page, "46 | White Paper on
    # Development Cooperation 2022" on a left one: one running line, the book's name; its boxes'
    # "Column" labels make no opinion piece
    m, c = meta(PAPER), cleaned(PAPER)
    assert "46 | White Paper on Development Cooperation 2022" in c.removed
    assert "46 | White Paper" not in c.body
    assert m["type"] == "white-paper"
    # (a link to a white paper among a page's furniture, no page number beside it, types nothing:
    # round 15's chronology stays a chronology)
    assert meta("round15_chronology_japan_mekong.txt")["type"] == "chronology"
