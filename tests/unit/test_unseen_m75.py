"""A story's section printed right over its headline, no blank line between ("Southeast Asia" /
"Japan's JBIC to finance ..."), as news sites set it: the headline is the title and stays on the
page; the section is the site's."""

from __future__ import annotations

from pathlib import Path

import pytest

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract import extract_metadata
from atlas.read import read_seed
from atlas.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
NIKKEI = ROOT / "tests" / "fixtures" / "unseen" / "m75_news_kicker_over_headline_standfirst.txt"
HEADLINE = "Japan's JBIC to finance Indonesian geothermal plant with $300m loan"
BELOW = ("\n\nDeal signals Tokyo's push for clean energy exports to ASEAN\n\n"
         "KENJI KAWASE, Nikkei staff writer\nMarch 5, 2025 14:20 JST\n\n"
         "TOKYO -- The Japan Bank for International Cooperation will lend about $300 million to a geothermal "
         "power project in North Sumatra, Indonesia, the state-backed lender said on Wednesday.\n")


def test_the_headline_under_its_section_is_the_title_and_the_standfirst_its_subtitle():
    seed = read_seed(NIKKEI, ROOT)
    cleaned = clean_text(seed.text)
    assert (cleaned.title, cleaned.subtitle) == (HEADLINE, "Deal signals Tokyo's push for clean energy exports to ASEAN")
    assert cleaned.menu == ("Southeast Asia",)  # (before: the section and the headline, both dropped as a site's name and motto)
    meta = extract_metadata(seed, cleaned, load_vocabulary())
    assert (meta["title"], meta["date"], meta["source"], meta["type"]) == (HEADLINE, "2025-03-05", "Nikkei Asia", "news")
    again = clean_text(canonical_text(parse(seed.text)))
    assert (again.title, again.subtitle) == (cleaned.title, cleaned.subtitle)


@pytest.mark.parametrize("section", ["Southeast Asia", "Business", "Energy", "Indonesia", "Asia Insight"])
def test_any_short_section_name_over_a_headline_that_says_what_happened(section):
    cleaned = clean_text(f"{section}\n{HEADLINE}{BELOW}")
    assert cleaned.title == HEADLINE
    assert section not in (cleaned.title, cleaned.subtitle)


def test_without_a_standfirst_the_byline_under_them_says_the_same():
    cleaned = clean_text("Regional Cooperation\nJapan and ASEAN agree to expand digital ties\n\n"
                         "March 5, 2025\n\nJapan and ASEAN agreed on Tuesday to expand their digital ties.\n")
    assert cleaned.title == "Japan and ASEAN agree to expand digital ties"
    assert cleaned.menu == ("Regional Cooperation",)


def test_a_short_title_over_its_subtitle_with_no_story_under_them_stays_so():
    cleaned = clean_text("Mekong Connectivity\nJapan to deepen ties with five Mekong countries\n\n"
                         "Japan has supported the Mekong region since 1990. It will do more.\n")
    assert (cleaned.title, cleaned.subtitle) == ("Mekong Connectivity", "Japan to deepen ties with five Mekong countries")


def test_a_site_s_name_over_its_motto_is_still_the_site_s():
    cleaned = clean_text("East Asia Forum\nEconomics, Politics and Public Policy in East Asia and the Pacific\n\n"
                         "Japan's quiet bet on Southeast Asia's digital infrastructure\n\n"
                         "Published: 28 May 2026\n\nJapan is betting on data centres.\n")
    assert cleaned.title == "Japan's quiet bet on Southeast Asia's digital infrastructure"


def test_a_photo_s_caption_under_the_headline_and_a_bare_byline_under_them():
    cleaned = clean_text(
        "Asia\nJapan, Singapore to co-fund green shipping corridor study\nJapanese Prime Minister Shigeru Ishiba "
        "(left) and Singapore PM Lawrence Wong at the Istana on Jan 10. PHOTO: REUTERS\n\n"
        "Tan Ming Hui\nSenior Correspondent\n\nUpdated Jan 10, 2025, 09:15 PM\nPublished Jan 10, 2025, 07:02 PM\n\n"
        "SINGAPORE - Japan and Singapore will jointly fund a feasibility study on a green and digital shipping "
        "corridor linking their ports, the two leaders said on Jan 10.\n")
    assert cleaned.title == "Japan, Singapore to co-fund green shipping corridor study"
    assert cleaned.menu == ("Asia",)
    assert cleaned.paragraphs[0].text.startswith("Japanese Prime Minister Shigeru Ishiba (left)")  # the caption, kept
    assert cleaned.bylines == ("Tan Ming Hui", "Senior Correspondent")


def test_a_title_over_a_subtitle_that_names_no_event_stays_so_even_over_a_date():
    cleaned = clean_text("Mekong Connectivity\nJapan's approach to the Mekong region\n\nMarch 2025\n\n"
                         "Japan has supported the Mekong region since 1990.\n")
    assert (cleaned.title, cleaned.subtitle) == ("Mekong Connectivity", "Japan's approach to the Mekong region")


def test_a_generic_ministry_over_a_city_of_another_country_closing_a_release_is_that_country_s():
    from atlas.extract_source import find_source_lines

    vocab = load_vocabulary()
    assert find_source_lines("Text.\n\nMinistry of Foreign Affairs\nColombo", vocab) == ["Ministry of Foreign Affairs, Colombo"]
    assert find_source_lines("Text.\n\nMinistry of Finance\nNairobi", vocab) == ["Ministry of Finance, Nairobi"]
    # (over Tokyo, or over no place, the generic name is Japan's body, as organisations.yml says)
    assert find_source_lines("Text.\n\nMinistry of Foreign Affairs\nTokyo", vocab) == ["Ministry of Foreign Affairs"]
    path = ROOT / "tests" / "fixtures" / "unseen" / "r72_mfa_press_release_kind_gap_date.txt"
    seed = read_seed(path, ROOT)
    meta = extract_metadata(seed, clean_text(seed.text), vocab)
    assert meta["source"] == "Ministry of Foreign Affairs, Colombo"  # (was "Ministry of Foreign Affairs of Japan")


def test_a_signatory_named_after_signed_by_and_before_the_office_is_a_person():
    from atlas.extract_spans import find_people

    people = find_people("The Exchange of Notes was signed today at the Ministry of Foreign Affairs in Colombo by "
                         "Mizukoshi Hideaki, Ambassador of Japan to Sri Lanka, and others.")
    assert [p["name"] for p in people] == ["Mizukoshi Hideaki"]
    assert [p["name"] for p in find_people("The agreement was signed by Yamada Taro, Chief Representative of "
                                           "JICA Sri Lanka Office.")] == ["Yamada Taro"]
    # (capitalised words before an office with no such verb still need an honorific: no one here)
    assert find_people("Delegates from Sri Lanka, Minister of Finance included, met in Tokyo.") == []
    path = ROOT / "tests" / "fixtures" / "unseen" / "r72_mfa_press_release_kind_gap_date.txt"
    seed = read_seed(path, ROOT)
    meta = extract_metadata(seed, clean_text(seed.text), load_vocabulary())
    assert [p["name"] for p in meta["people"]] == ["Mizukoshi Hideaki"]  # (was "Mizukoshi", from "Ambassador Mizukoshi")
