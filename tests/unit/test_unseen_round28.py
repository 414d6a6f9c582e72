"""Twenty-eighth round: eight pages from publishers the fixtures had not covered (The Daily Star of
Bangladesh, the Philippine Information Agency, an ERIA policy brief, an ASEAN Secretariat news page, the
Embassy of Japan in the Lao PDR, an ADB project data sheet, an ASEAN-Japan Centre data book, a METI
minister's speech; tests/fixtures/unseen/round28_*.txt), and what they showed, mended by shape and in the
data: people named after a body's acronym and "Secretary", after "to the Philippines", after "by X and
Y"; a notice wrapped over two lines; a footer's links in a row; a series over its number; an edition's
year in its title. Every expected value was read off the fixture's lines (quoted in the comments)."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_rules import load_rules
from atlas.extract_spans import find_people

STAR = "round28_daily_star_erd_jica_loan.txt"
PIA = "round28_pia_koshikawa_turnover.txt"
ERIA = "round28_eria_policy_brief_digital_trade.txt"
ASEAN = "round28_asean_secretariat_japan_cyber.txt"
LAOS = "round28_embassy_laos_ggp_school.txt"
AJC = "round28_ajc_statistics_data_book.txt"
METI = "round28_meti_minister_speech_aem.txt"


def people(name: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in meta(name).get("people", [])}


def test_a_body_s_acronym_before_secretary_makes_the_role():
    # "ERD Secretary Md Shahriar Kader Siddiky and Japan International Cooperation Agency (Jica) ...";
    # "... with DPWH Secretary Manuel M. Bonoan at the agency's central office"
    assert people(STAR)["Md Shahriar Kader Siddiky"] == "ERD Secretary"
    assert people(PIA)["Manuel M. Bonoan"] == "DPWH Secretary"
    # (the same line in round 20's BSS story)
    assert "Md Shahriar Kader Siddiky" in people("round20_bangladesh_bss_matarbari.txt")
    # (a name ends before the words that open a phrase)
    assert find_people("Foreign Affairs Secretary Enrique Manalo On Tuesday said so.") == \
        [{"name": "Enrique Manalo", "role": "Foreign Affairs Secretary"}]


def test_an_ambassador_to_a_country_named_with_the():
    # "Ambassador to the Philippines Kazuhiko Koshikawa led the turnover"; Rappler: "by Japanese
    # Ambassador to the Philippines Kazuhiko Koshikawa and Foreign Affairs Secretary Enrique Manalo"
    assert people(PIA)["Kazuhiko Koshikawa"] == "Ambassador to the Philippines"
    assert people("round26_rappler_coast_guard_osa.txt")["Kazuhiko Koshikawa"] == "Ambassador to the Philippines"
    # (after "the", a place that is no plural nor holds a common noun opens a body's name: round 8's
    # "the Director-General of the Thailand International Cooperation Agency (TICA)" names no one)
    assert "International Cooperation" not in people("round8_embassy_placed_dateline.txt")
    assert "Socio-Cultural Community" not in people("round11_asean_secretariat_statement.txt")


def test_writers_named_after_by_and_and_the_byline_leaves_the_text():
    # "By Jerome Carlo R. Paunan and Lucia F. Broño" / "Published on June 14, 2024"
    assert people(PIA)["Jerome Carlo R. Paunan"] == "Author"
    assert people(PIA)["Lucia F. Broño"] == "Author"
    assert not any(t.startswith("By Jerome") for t in texts(PIA))
    assert texts(PIA)[0].startswith("MANILA, June 14 (PIA) -- The Government of Japan on Friday")
    assert meta(PIA)["date"] == "2024-06-14" and meta(PIA)["source"] == "Philippine Information Agency"


def test_a_role_before_a_name_addressed_with_honorifics_ending_the_sentence():
    # "... and the Ambassador of Japan to ASEAN, H.E. Kiya Masahiko." (then "Ambassador Kiya said ...")
    assert people(ASEAN)["Kiya Masahiko"] == "Ambassador of Japan to ASEAN"
    assert "Kiya" not in people(ASEAN)


def test_a_news_desk_s_byline_names_no_person():
    # "Star Business Report" over "Tue Jun 25, 2024 09:12 PM"
    assert "Star Business Report" not in people(STAR)


def test_the_daily_star_page_its_source_share_row_and_foot():
    m, c = meta(STAR), cleaned(STAR)
    assert m["source"] == "The Daily Star" and m["date"] == "2024-06-25"
    assert {"Share on Facebook Share on X Share on LinkedIn Share on WhatsApp Copy link", "Related topic",
            "Japan Jica foreign loan Dhaka metro rail", "Related News",
            "About Us Contact Us Apps Advertisement Privacy Policy",
            "© 2024 thedailystar.net | Powered by: RSI LAB"} <= set(c.removed)
    # the copyright warning wrapped over two lines goes, both lines
    assert {"Copyright: Any unauthorized use or reproduction of The Daily Star content for commercial",
            "purposes is strictly prohibited and constitutes copyright infringement liable to legal action."
            } <= set(c.removed)
    assert texts(STAR)[-1] == ("Jica said it has now financed five of the six metro lines planned under the "
                               "Revised Strategic Transport Plan for Dhaka.")


def test_the_philippine_government_s_site_footer_is_furniture():
    # "About GOVPH" / "Learn more about the Philippine government, ..." / "GOV.PH" / "Open Data Portal" /
    # "Official Gazette" / "All content is in the public domain unless otherwise stated."
    c = cleaned(PIA)
    assert {"About GOVPH", "GOV.PH", "Open Data Portal", "Official Gazette",
            "All content is in the public domain unless otherwise stated."} <= set(c.removed)
    assert "GOVPH" not in c.body
    assert texts(PIA)[-1].endswith("(JCRP/LFB/PIA-NCR)")


def test_a_licence_wrapped_over_two_lines_and_the_copyright_over_it():
    # "© Economic Research Institute for ASEAN and East Asia, 2024." / "This policy brief is licensed under
    # a Creative Commons Attribution-NonCommercial 4.0" / "International License (CC BY-NC 4.0)."
    c = cleaned(ERIA)
    assert {"© Economic Research Institute for ASEAN and East Asia, 2024.",
            "This policy brief is licensed under a Creative Commons Attribution-NonCommercial 4.0",
            "International License (CC BY-NC 4.0)."} <= set(c.removed)
    assert "licensed" not in c.body
    # (a sentence that goes on after such a word stays: only a whole notice goes)
    body = clean_text("Japan Helps\n\nJapan will help. It trains people.\n\nThe data are licensed to the ministry\n"
                      "under an agreement signed in 2023.\n").body
    assert "under an agreement signed in 2023." in body


def test_a_policy_brief_s_series_number_date_and_references():
    # "ERIA Policy Brief" / "No. 2024-07, October 2024" over the brief's title; "References" lists
    # "Chen, L. and F. Kimura (eds.) (2023), ...", "Kearney (2023), ...", "OECD (2023), ..." a line each
    m = meta(ERIA)
    assert m["title"] == "Making Digital Trade Work for ASEAN's Small Firms: Lessons from Japan's DFFT Agenda"
    assert (m["series"], m["date"], m["type"]) == ("ERIA Policy Brief", "2024-10", "report")
    assert {p["name"] for p in m["people"]} >= {"Lurong Chen", "Fukunari Kimura"}
    t = texts(ERIA)
    assert "Chen, L. and F. Kimura (eds.) (2023), Digital Trade Facilitation in ASEAN. Jakarta: ERIA." in t
    assert "Kearney (2023), ASEAN Digital Economy Framework Agreement (DEFA) Study. Jakarta: ASEAN Secretariat." in t


def test_a_cookie_notice_s_head_is_no_title():
    # "Cookies on this site" / "We use cookies ... Accept   Decline" over "Home / News" and the headline
    m, c = meta(ASEAN), cleaned(ASEAN)
    assert m["title"] == "ASEAN, Japan launch cybersecurity capacity building phase two"
    assert "Cookies on this site" in c.removed
    assert m["date"] == "2024-03-15"


def test_a_japanese_embassy_s_bilingual_page():
    # "在ラオス日本国大使館" / "Embassy of Japan in the Lao PDR"; "ホーム | Home  >  大使館からのお知らせ | News  >  2024";
    # "(Photo 1) Ambassador Kobayashi delivering his speech"; "▲ページトップへ / Back to Top";
    # "大使館からのお知らせ一覧へ戻る | Back to News List"; "著作権・リンク・プライバシーポリシー | Legal Matters"
    m, c = meta(LAOS), cleaned(LAOS)
    assert m["source"] == "Embassy of Japan in the Lao PDR" and m["date"] == "2024-08-21"
    assert {"▲ページトップへ / Back to Top", "大使館からのお知らせ一覧へ戻る | Back to News List",
            "著作権・リンク・プライバシーポリシー | Legal Matters", "Copyright © Embassy of Japan in the Lao PDR"
            } <= set(c.removed)
    assert "Back to Top" not in c.body and "<h2" not in c.body and "\n## " not in c.body
    for line in ("Ambassador Kobayashi delivering his speech", "The new school building"):
        assert f"</span> {line}\n</figcaption>" in c.body
    assert people(LAOS)["Kenichi Kobayashi"] == "Ambassador Extraordinary and Plenipotentiary of Japan to the Lao PDR"


def test_a_data_book_dated_by_its_edition_and_its_publisher_over_its_title():
    # "ASEAN-Japan Centre" / "ASEAN-Japan Statistical Data Book 2023" / ...; "Contents" over
    # "1. Trade between ASEAN and Japan ......................... 2"; no other date in the text
    m, c = meta(AJC), cleaned(AJC)
    assert (m["title"], m["date"], m["date_precision"]) == ("ASEAN-Japan Statistical Data Book 2023", "2023", "year")
    assert "1. Trade between ASEAN and Japan ......................... 2" in c.removed
    assert "......" not in c.body
    assert m["type"] == "statistics"
    # round 26's "ODA Country Data Book 2023" too
    assert (meta("round26_country_data_book_cambodia.txt")["date"],
            meta("round26_country_data_book_cambodia.txt")["date_precision"]) == ("2023", "year")
    # (a year in any other title dates nothing, and a text's own date wins)
    rules = load_rules()
    assert rules.edition_title.fullmatch("Statistical Yearbook 2022")
    assert not rules.edition_title.fullmatch("Japan and ASEAN towards 2030")


def test_a_speech_s_place_over_its_date_names_no_publisher():
    # "Ministry of Economy, Trade and Industry" / ... / "Vientiane, Lao PDR" / "September 22, 2024"
    m = meta(METI)
    assert (m["source"], m["date"], m["type"]) == ("Ministry of Economy, Trade and Industry", "2024-09-22", "speech")
    assert people(METI)["Ken Saito"] == "Minister of Economy, Trade and Industry"


@pytest.mark.parametrize("line, furniture", [
    ("© Economic Research Institute for ASEAN and East Asia, 2024.", True),
    ("Copyright © Embassy of Japan in the Lao PDR", True),
    ("© 2024 thedailystar.net | Powered by: RSI LAB", True),
    ("Unauthorised reproduction prohibited.", True),
    ("Cookies on this site", True),
    ("▲ページトップへ / Back to Top", True),
    ("Unauthorised use of the funds is prohibited under the agreement.", False),
    ("Japan / Korea", False),
    ("© JICA", False),
])
def test_furniture_lines_of_this_round(line, furniture):
    rules = load_rules()
    assert bool(rules.furniture.fullmatch(line) or rules.long_furniture.fullmatch(line)) == furniture
