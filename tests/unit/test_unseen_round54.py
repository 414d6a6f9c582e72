"""Round 54: what round 53's probes left: a site's disclaimer and its notice against printing to
share under the text, a date with its time after a slash, and a wire release's closing "SOURCE"
line naming its issuer."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

KHAOSOD = "round54_khaosod_english_slash_time.txt"
JETRO = "round53_jetro_business_short_news_thailand.txt"
DEVEX = "round53_devex_jica_africa_cocreation.txt"
PRN = "round53_prnewswire_sojitz_mozambique_minigrids.txt"


def test_a_site_s_disclaimer_under_the_text_is_furniture():
    # "Disclaimer: JETRO assumes no responsibility for any loss arising from the use of this information."
    c = cleaned(JETRO)
    assert "Disclaimer: JETRO assumes no responsibility for any loss arising from the use of this information." in c.removed
    assert "Disclaimer" not in c.body
    # with it gone, the page's tags over it ("Tags" / "EV" / "Recycling" / "Thailand") close the page
    assert {"Tags", "EV", "Recycling"} <= set(c.removed)
    assert texts(JETRO)[-1].startswith("The Thai Board of Investment (BOI) offers tax exemptions")
    # "Disclaimer: Khaosod English assumes no responsibility for comments posted by readers on this page."
    assert "Disclaimer" not in cleaned(KHAOSOD).body


def test_a_notice_against_printing_to_share_is_furniture():
    # "Printing articles to share with others is a breach of our terms and conditions and copyright
    # policy. Please use the sharing options on the left side of the article."
    c = cleaned(DEVEX)
    assert "Printing articles" not in c.body
    assert texts(DEVEX)[-1].startswith("Update, June 4, 2026: This article has been updated")
    # (negative) a sentence about a breach of terms stays the author's
    text = ("Japan and Kenya sign deal\n\nKenya said the contractor's delay is a breach of the loan's terms, "
            "and asked JICA to review it.\n\nThe review will take three months.\n")
    assert "is a breach of the loan's terms" in clean_text(text).body


def test_a_date_with_its_time_after_a_slash_is_the_dateline():
    # "Tuesday 3 June 2026 / 14:30" under the headline, "By Pravit Sukjai" under it
    m, c = meta(KHAOSOD), cleaned(KHAOSOD)
    assert m["title"] == "Japan, Thailand Launch Joint Cybersecurity Drills for Hospitals"
    assert m["date"] == "2026-06-03"
    assert "14:30" not in c.body
    assert [p["name"] for p in m["people"] if p["role"] == "Author"] == ["Pravit Sukjai"]
    assert texts(KHAOSOD)[0].startswith("BANGKOK — Thai and Japanese cybersecurity agencies began joint drills")


def test_a_release_s_closing_source_line_names_its_issuer():
    # "SOURCE Sojitz Corporation", the release's last line
    m, c = meta(PRN), cleaned(PRN)
    assert "SOURCE Sojitz Corporation" in c.source_lines and "SOURCE" not in c.body
    assert m["source"] == "Sojitz Corporation"
    # (negative) a sentence opening with the word in capitals is the author's
    text = ("Japan funds solar grids\n\nJICA will fund 40 solar mini-grids in Mozambique.\n\n"
            "SOURCE of the funds is Japan's private sector investment finance, the agency said.\n")
    assert "SOURCE of the funds" in clean_text(text).body


def test_a_thai_daily_s_name_over_its_menu_is_the_source():
    # "Khaosod English" / "Home" / "News" / "Business" / "Politics" (organisations.yml)
    assert meta(KHAOSOD)["source"] == "Khaosod English"
