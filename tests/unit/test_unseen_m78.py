"""Page shapes of the second session of 1 December 2026 (fixtures `m78_*`).

- A charity's blog post copied from its site: "Skip to main content", a "Donate" button alone on
  its line, the site's menu, the section ("Blog") over the headline, the post's dateline and byline,
  its reading time, tags, share buttons and related posts, and the footer's copyright notice with
  its "Privacy policy" link run onto the same line. The button was the document's title and
  pushed the section's name into a heading over the headline, kept as text; the copyright line
  stayed in the text. A button asking for money is furniture, and so is a copyright notice with
  the footer's links after it.
- A government's news portal whose name and motto share the page's first line ("VGP News | Online
  Newspaper of the Government of Viet Nam") over its menu in a row, the story's section ("Foreign
  affairs") and the headline: the line was the title and the section stayed in the text. The name
  before the bar is the site's (a publisher's name: the source), as a name alone on its line was.
- A ministry's press statement writing its sums as government documents do: "3 billion Japanese
  Yen (approximately K520 million)". Names of currencies of two words or more (or five letters
  or more) are read capitalised too, and "K" is the kwacha, kina or kyat of the text's country.
- Water as development work: "clean water", "piped water", "drinking water" and "hygiene" are
  words of the environment and health topics, as "water supply" and "sanitation" were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_factory import read_fixture, read_text

from atlas.clean import clean_text, site_name_of
from atlas.clean_rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
BLOG = ROOT / "tests" / "fixtures" / "unseen" / "m78_ngo_blog_donate_button_footer.txt"
PORTAL = ROOT / "tests" / "fixtures" / "unseen" / "m78_government_portal_name_motto_bar.txt"
HEADLINE = "Bringing clean water to rural Timor-Leste: lessons from a JICA grassroots project"
FOOTER = "© 2025 WaterBridge Asia. All rights reserved. Privacy policy"


def test_a_charity_s_donate_button_is_no_title_and_the_headline_is():
    meta, cleaned = read_fixture(BLOG)
    assert meta["title"] == cleaned.title == HEADLINE
    assert "Donate" in cleaned.removed and "Blog" in cleaned.removed
    assert "## Blog" not in cleaned.body and HEADLINE not in cleaned.body
    assert (meta["date"], meta["source"]) == ("2025-03-14", "WaterBridge Asia")
    assert {"name": "Maria da Costa", "role": "Author"} in meta["people"]
    assert [c["name"] for c in meta["countries"]] == ["Timor-Leste"]
    paragraphs = [p.text for p in cleaned.paragraphs]
    assert paragraphs[0].startswith("When we first visited Aileu in 2022")
    assert paragraphs[-1].startswith('"The water is clean and it comes every day," said Ana Soares')
    # every sentence of the post, in its order
    for earlier, later in [("Aileu in 2022", "Haburas Moris"), ("Haburas Moris", "set tariffs themselves"),
                           ("Women made up half", "hygiene training earlier"),
                           ("solar pumps from the outset", "Seloi Kraik village")]:
        assert cleaned.body.index(earlier) < cleaned.body.index(later)


def test_a_copyright_notice_with_the_footer_s_links_on_its_line_is_furniture():
    meta, cleaned = read_fixture(BLOG)
    assert FOOTER in cleaned.removed and "©" not in cleaned.body
    for line in ("© 2025 WaterBridge Asia. All rights reserved. | Privacy policy | Terms of use",
                 "© 2024 Mekong Water Trust. Privacy Policy · Cookie policy · Contact us"):
        text = f"Japan funds wells\n\nJapan funded 40 wells in Kampot.\n\n{line}\n"
        assert line in clean_text(text).removed, line
    # (negative) a sentence after the notice is the author's: the line stays whole
    kept = "© 2025 WaterBridge Asia. All rights reserved. Privacy matters to the families we serve."
    assert kept in clean_text(f"Japan funds wells\n\nJapan funded 40 wells in Kampot.\n\n{kept}\n").body


@pytest.mark.parametrize("button", ["Donate", "Donate now", "Give today", "Make a donation", "Support our work"])
def test_a_button_asking_for_money_alone_on_its_line_is_furniture(button):
    text = f"{button}\n\nJapan and Laos open a water plant\n\nThe plant in Vientiane serves 30,000 homes.\n"
    cleaned = clean_text(text)
    assert cleaned.title == "Japan and Laos open a water plant"
    assert button in cleaned.removed


def test_a_sentence_that_asks_for_donations_stays():
    text = ("Japan and Laos open a water plant\n\nThe plant in Vientiane serves 30,000 homes.\n\n"
            "Donate now, the mayor urged residents, to extend the pipes to the villages.\n")
    assert "Donate now, the mayor urged residents" in clean_text(text).body


def test_clean_water_and_hygiene_are_the_environment_s_and_health_s_words():
    meta, _ = read_fixture(BLOG)
    assert "environment" in {t["id"] for t in meta["topics"]}
    text = ("Japan funds wells in Cambodia\n\nJapan will provide clean water to 40 villages in Kampot. "
            "Piped water and drinking water reach 1,200 homes. Families learn hygiene at school, "
            "and hygiene kits are handed out to every family.\n")
    topics = {t["id"] for t in read_text(text)[0]["topics"]}
    assert {"environment", "health"} <= topics


def test_a_portal_s_name_and_motto_on_one_line_over_its_menu_are_no_title():
    meta, cleaned = read_fixture(PORTAL)
    assert meta["title"] == cleaned.title == "PM Chinh receives JICA President"
    assert meta["date"] == "2024-11-28"
    assert meta["source"].startswith("VGP News")
    assert "Foreign affairs" in cleaned.removed and "VGP News" not in cleaned.body
    paragraphs = [p.text for p in cleaned.paragraphs]
    assert paragraphs[0].startswith("VGP - Prime Minister Pham Minh Chinh on Thursday received")
    assert "atlas-caption" in cleaned.body  # (the photo's caption, with its credit, stays the page's)
    assert {"name": "Pham Minh Chinh", "role": "Prime Minister"} in meta["people"]
    assert paragraphs[-1] == "Thu Trang" or paragraphs[-2].startswith("For his part, Tanaka Akihiko said")


@pytest.mark.parametrize(("line", "name"), [
    ("VGP News | Online Newspaper of the Government of Viet Nam", "VGP News"),
    ("Khmer Times - Cambodia's Largest English Daily", "Khmer Times"),
    ("Bernama — Malaysian National News Agency", "Bernama"),
    # (negative) a headline before the site's name, a date after the name, a country after it
    ("Japan and Viet Nam sign loan | VGP News", "Japan and Viet Nam sign loan | VGP News"),
    ("Nhan Dan - 28 November 2024", "Nhan Dan - 28 November 2024"),
    ("The Star | Malaysia", "The Star | Malaysia"),
    # (a name beside its translation is one name, no motto)
    ("JICA Vietnam Office | Văn phòng JICA Việt Nam", "JICA Vietnam Office | Văn phòng JICA Việt Nam"),
])
def test_a_site_s_name_is_the_part_before_its_motto(line, name):
    assert site_name_of(line, load_rules()) == name


ZAMBIA = ROOT / "tests" / "fixtures" / "unseen" / "m78_zambia_press_statement_kwacha_yen.txt"


def test_a_ministry_s_sum_in_capitalised_yen_and_in_kwacha_is_read():
    # "a grant of 3 billion Japanese Yen (approximately K520 million)"
    meta, _ = read_fixture(ZAMBIA)
    assert meta["amounts"] == [
        {"text": "3 billion Japanese Yen", "currency": "JPY", "value": 3_000_000_000},
        {"text": "K520 million", "currency": "ZMW", "value": 520_000_000}]
    assert (meta["type"], meta["date"]) == ("press-release", "2024-11-28")
    assert meta["source"] == "Ministry of Finance and National Planning"


@pytest.mark.parametrize(("text", "countries", "found"), [
    ("a loan of 50 million US Dollars", (), [("50 million US Dollars", "USD", 50_000_000)]),
    ("2,845 million Japanese Yen", (), [("2,845 million Japanese Yen", "JPY", 2_845_000_000)]),
    ("K1.2 billion for clinics", ("MM",), [("K1.2 billion", "MMK", 1_200_000_000)]),
    ("K5,000 a month", ("PG",), [("K5,000", "PGK", 5000)]),
    ("K520 million", ("MW", "ZM"), [("K520 million", "MWK", 520_000_000)]),
    # (negative) a short name capitalised after a figure is a name; a letter before a bare small
    # figure is a grade; "K" in a text of no country that writes it is no sum
    ("since 2024 Dong Nai province", ("VN",), []),
    ("K12 schools in Yangon", ("MM",), []),
    ("K520 million", ("JP",), []),
])
def test_capitalised_currency_names_and_the_shared_k(text, countries, found):
    from atlas.extract_spans import find_amounts
    assert [(a["text"], a["currency"], a["value"]) for a in find_amounts(text, countries=countries)] == found
