"""Round 52: the three kinds the site is judged on (news, white-paper chapters, ministry fact
sheets), written by new hands, and what they showed: a section's name between a site's name and the
headline; a unit's, ministry's and state's names a line each over a fact sheet; a ministry's long
name over its menu in a row; the furniture of new publishers' pages."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

CITIZEN = "round52_the_citizen_tanzania_jica_kaizen_ict.txt"
ERD = "round52_erd_bangladesh_japan_partner_profile.txt"
UZBEK = "round52_uzbekistan_miit_japan_cooperation.txt"


def test_a_section_between_the_site_s_name_and_the_headline_is_the_site_s():
    # "The Citizen" / "Tanzania's leading independent newspaper" / "News | Business | Politics | ..."
    # / "Subscribe" / "Business" / "Jica, Tanzania launch Sh45 billion programme to digitise small
    # industries" / "Thursday, November 26, 2026"
    m = meta(CITIZEN)
    assert m["title"] == "Jica, Tanzania launch Sh45 billion programme to digitise small industries"
    assert (m["date"], m["type"]) == ("2026-11-26", "news")
    assert m["source"] == "The Citizen (Tanzania)"
    assert {"The Citizen", "Business"} <= set(cleaned(CITIZEN).removed)
    assert "## Business" not in cleaned(CITIZEN).body


def test_a_byline_over_the_link_to_the_writer_s_other_stories():
    # "By Alex Malanga" / "More by this Author"
    people = {p["name"]: p["role"] for p in meta(CITIZEN)["people"]}
    assert people.get("Alex Malanga") == "Author" and "Alex Malanga More" not in people
    assert "More by this Author" in cleaned(CITIZEN).removed


def test_a_credit_barred_from_the_word_photo_closes_a_caption():
    # "Trainees at a Kaizen workshop at the Small Industries Development Organisation (Sido) office in
    # Dodoma earlier this year. PHOTO | FILE": a caption, no standfirst
    m = meta(CITIZEN)
    assert "subtitle" not in m or not m["subtitle"]
    assert 'class="atlas-caption"' in cleaned(CITIZEN).body
    assert texts(CITIZEN)[0].startswith("Trainees at a Kaizen workshop")
    # the outlet's name in the text stays: '... he told The Citizen.'
    assert "he told The Citizen." in cleaned(CITIZEN).body


def test_a_unit_ministry_and_state_over_a_fact_sheet_are_its_publisher():
    # "Economic Relations Division (ERD)" / "Ministry of Finance" / "Government of the People's
    # Republic of Bangladesh", then "বাংলা", the menu, the path, "Japan: Development Partner Profile",
    # "Last updated: 12 November 2026"
    m = meta(ERD)
    assert m["title"] == "Japan: Development Partner Profile"
    assert (m["date"], m["type"]) == ("2026-11-12", "fact-sheet")
    assert m["source"] == "Economic Relations Division / Ministry of Finance"
    c = cleaned(ERD)
    assert "বাংলা" in c.removed and "বাংলা" not in c.body
    assert texts(ERD)[0].startswith("Japan has been one of the largest bilateral development partners")


def test_a_name_over_a_state_alone_is_no_masthead():
    # a title over the state it concerns is the document's title
    text = ("Japan's Cooperation with the Republic of Uzbekistan\n\nRepublic of Uzbekistan\n\n"
            "Japan has supported Uzbekistan since 1992. It has financed power plants.\n")
    assert clean_text(text).title == "Japan's Cooperation with the Republic of Uzbekistan"


def test_a_ministry_s_long_name_over_its_menu_in_a_row():
    # "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan" / "O'zbekcha | Русский
    # | English" / "Ministry  Activity  Press center  Open data  Contacts" / "Main / International
    # cooperation / Asia-Pacific / Japan" / "Cooperation with Japan" / "14.11.2026  |  Views: 1,842"
    m = meta(UZBEK)
    assert m["title"] == "Cooperation with Japan"
    assert m["date"] == "2026-11-14"
    assert m["source"] == "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan"
    assert m["type"] == "fact-sheet"
    removed = cleaned(UZBEK).removed
    assert "Main / International cooperation / Asia-Pacific / Japan" in removed
    assert "Ministry Activity Press center Open data Contacts" in removed
    assert texts(UZBEK)[0].startswith("Diplomatic relations between the Republic of Uzbekistan and Japan")
