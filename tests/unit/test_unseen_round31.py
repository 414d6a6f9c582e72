"""Thirty-first round: round 30's defects mended on a Japanese city's international-cooperation page
(tests/fixtures/unseen/round30_kitakyushu_city_cooperation_page.txt): its accessibility toolbar, its
search box, its long breadcrumb, its "Page ID ... Updated:" line under the title, its inquiries
block and its feedback widget. Every expected value was read off the fixture's lines."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

CITY = "round30_kitakyushu_city_cooperation_page.txt"


def test_a_city_page_s_title_and_date_under_its_toolbar():
    # "City of Kitakyushu" / "Japanese | English | ..." / "Text size  Small  Medium  Large" /
    # "Search this site" / "" / "Home > City Policy > ... > Environmental Cooperation with Asian Cities" /
    # "" / "Environmental Cooperation with Asian Cities" / "Page ID: 0000187452   Updated: October 1, 2024"
    m, c = meta(CITY), cleaned(CITY)
    assert m["title"] == "Environmental Cooperation with Asian Cities"
    assert (m["date"], m["source"]) == ("2024-10-01", "City of Kitakyushu")
    for line in ("Text size Small Medium Large", "Search this site",
                 "Home > City Policy > International Cooperation > Environmental Cooperation with Asian Cities"):
        assert line in c.removed
    assert "Page ID" not in c.body and "## Home" not in c.body
    assert texts(CITY)[0].startswith("Kitakyushu overcame severe industrial pollution")


def test_a_city_page_s_inquiries_block_is_a_line_each_and_its_feedback_widget_furniture():
    # "Inquiries about this page" / "Asian Environmental Cooperation Division, Environment Bureau" /
    # "1-1 Jonai, Kokurakita-ku, Kitakyushu City 803-8501" / "Tel: 093-582-2239  Fax: 093-582-2196" /
    # "" / "Did you find this page helpful?" / "Yes  No"
    c = cleaned(CITY)
    assert list(c.addresses[-2:]) == ["1-1 Jonai, Kokurakita-ku, Kitakyushu City 803-8501",
                                      "Tel: 093-582-2239 Fax: 093-582-2196"]
    assert "Did you find this page helpful?" in c.removed and "helpful" not in c.body
    assert texts(CITY)[-1] == "Tel: 093-582-2239 Fax: 093-582-2196"


@pytest.mark.parametrize("line", ["Text size  Small  Medium  Large", "Font size: A+ A A-",
                                  "Background colour  White  Black  Blue", "Foreign language"])
def test_an_accessibility_toolbar_is_furniture(line):
    c = clean_text(f"Japan Helps Laos\n\n{line}\n\nJapan will help Laos build roads. It said so.\n")
    assert c.title == "Japan Helps Laos" and line.split()[0] not in c.body


def test_a_sentence_about_text_size_stays():
    body = clean_text("Japan Helps Laos\n\nThe text size small print was read. It said so.\n").body
    assert "The text size small print was read." in body
