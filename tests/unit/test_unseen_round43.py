"""Forty-third round: what round 42's Global South news sites showed and left (a MONTSAME story
signed with a Mongolian name, ...), and a fixture of our own from another publisher
(tests/fixtures/unseen/round43_*.txt). Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta

from atlas.clean import clean_text
from atlas.matching import glued_names

MONTSAME = "round42_montsame_new_airport_jica_training.txt"
UBPOST = "round43_ubpost_jica_soil_lab.txt"


def _people(name: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in meta(name).get("people") or ()}


def test_a_mongolian_sign_off_with_its_initial_glued_is_the_byline_not_a_heading():
    # "B.Saruul" alone under the last paragraph, over "Address: Jigjidjav street-8, ..."
    c = cleaned(MONTSAME)
    assert "B.Saruul" not in c.body and "B.Saruul" in c.source_lines
    assert _people(MONTSAME)["B.Saruul"] == "Author"
    assert meta(MONTSAME)["source"] == "MONTSAME News Agency"  # (a writer, not a second publisher)
    # "G.Oyunchimeg" last of the UB Post's story, nothing under it
    assert "G.Oyunchimeg" not in cleaned(UBPOST).body
    assert _people(UBPOST)["G.Oyunchimeg"] == "Author"
    assert meta(UBPOST)["source"] == "The UB Post"


def test_names_written_initial_stop_name_are_people():
    # "The agreement was signed by Director General of CAAM Ts.Batbayar and JICA Mongolia Office ..."
    assert _people(MONTSAME)["Ts.Batbayar"] == "Director General"
    # "..." said D.Tsogtbaatar, head of the ministry's crop production department."
    # "Agronomist Ch.Enkhjargal, who trained for six months in Hokkaido, said ..."
    people = _people(UBPOST)
    assert "D.Tsogtbaatar" in people and "Ch.Enkhjargal" in people


def test_a_city_or_a_domain_with_a_stop_is_no_glued_name():
    # "... officials from St.Petersburg State Agrarian University, which worked with ..."
    assert not any("Petersburg" in name for name in _people(UBPOST))
    assert [n for _, n in glued_names("U.S.Army, www.Montsame.Mn.com and St.Louis")] == []


def test_a_labelled_address_with_its_number_after_the_street_is_the_address():
    # "Address: Jigjidjav street-8, Chingeltei district, Ulaanbaatar 15160, Mongolia"
    c = cleaned(MONTSAME)
    assert c.addresses == ("Address: Jigjidjav street-8, Chingeltei district, Ulaanbaatar 15160, Mongolia",)


YOKOHAMA = "round39_yokohama_yport_city_cooperation.txt"


def test_a_short_name_over_a_page_s_files_heads_them():
    # "Related documents" / "" / "Y-PORT Project brochure (PDF: 2,815KB)" / "Y-PORT Activity Report FY2024 (PDF: 1,204KB)"
    body = cleaned(YOKOHAMA).body
    assert "## Related documents" in body
    assert "- Y-PORT Project brochure (PDF: 2,815KB)" in body


def test_a_lead_in_sentence_over_files_stays_text():
    text = ("Annual report on the project\n\nThe city published two reports this year.\n\n"
            "The reports can be downloaded below:\n\n"
            "Annual Report 2024 (PDF: 1,204KB)\nAnnual Report 2023 (PDF: 998KB)\n")
    body = clean_text(text).body
    assert "## The reports" not in body and "The reports can be downloaded below:" in body


SAMOA = "round42_samoa_observer_jica_vaisigano_bridge.txt"
COURIER = "round43_post_courier_jica_lae_port.txt"


def test_one_link_under_a_furniture_head_over_the_footer_is_the_site_s():
    # "Trending" / "" / "Manu Samoa name squad for Pacific Nations Cup" / "" / "Samoa Observer © 2025. ..."
    s = cleaned(SAMOA)
    assert "Manu Samoa name squad" not in s.body and "Manu Samoa name squad for Pacific Nations Cup" in s.removed
    # "Most Popular" / "" / "Kumuls squad named for Pacific Test" / "" / "Post-Courier © 2025. All rights reserved."
    c = cleaned(COURIER)
    assert "Kumuls" not in c.body and "Kumuls squad named for Pacific Test" in c.removed


def test_one_line_under_a_furniture_head_over_more_text_stays():
    text = ("Japan and Fiji sign a fisheries deal\n\nThe deal was signed in Suva on Monday.\n\n"
            "Trending\n\nFiji and Japan fisheries talks\n\nThe talks will resume in Tokyo in May.\n")
    body = clean_text(text).body
    assert "Fiji and Japan fisheries talks" in body and "The talks will resume in Tokyo in May." in body


def test_a_writer_s_card_closing_the_text_is_the_byline_not_text():
    # "Lagi Keresoma" / "" / "Author" under "Related Stories" ... (the card under the last paragraph)
    s = cleaned(SAMOA)
    # (the story opens "By Lagi Keresoma", a line of the text, which stays)
    assert "\nLagi Keresoma\n" not in s.body and "Lagi Keresoma" in s.bylines and "Author" in s.removed
    assert {"name": "Lagi Keresoma", "role": "Author"} in meta(SAMOA)["people"]
    # "Gabriel Kuku" / "" / "Senior Reporter", last of the page
    c = cleaned(COURIER)
    assert "Gabriel Kuku" not in c.body and "Senior Reporter" not in c.body
    assert {"name": "Gabriel Kuku", "role": "Author"} in meta(COURIER)["people"]
    assert meta(COURIER)["source"] == "Post-Courier"


STANDARD = "round42_standard_kenya_dongo_kundu_sez.txt"
MONITOR = "round43_monitor_uganda_jica_rice.txt"


def test_closing_links_over_the_publisher_s_blurb_and_address_are_the_site_s():
    # "RELATED" / "Kenya, Japan sign Sh5bn deal ..." / "Port of Mombasa volumes rise 8pc in first half",
    # then "The Standard Group Plc is a multi-media organization with ..." and the address
    s = cleaned(STANDARD)
    assert "RELATED" not in s.body and "Port of Mombasa volumes rise" not in s.body
    assert "Port of Mombasa volumes rise 8pc in first half" in s.related
    assert "multi-media organization" not in s.body
    # "Standard Group Centre, Mombasa Road, Nairobi, Kenya": the address, kept, set apart
    assert s.addresses == ("Standard Group Centre, Mombasa Road, Nairobi, Kenya",)
    # "(C) 2025. The Standard Group PLC": the copyright, furniture
    assert "(C) 2025. The Standard Group PLC" in s.removed
    m = cleaned(MONITOR)
    assert "Rice farmers in Doho count losses after floods" in m.related
    assert "Nation Media Group Ltd is a media company" not in m.body
    assert m.addresses == ("Nation Centre, Kimathi Street, Nairobi, Kenya",)


def test_a_company_s_sentence_in_the_text_stays():
    # "The Nile Group Ltd is a rice miller that buys from the schemes, its manager said, ..."
    assert "The Nile Group Ltd is a rice miller that buys from the schemes" in cleaned(MONITOR).body


MIRROR = "round42_daily_mirror_lk_kandy_water.txt"
NEPAL = "round43_rising_nepal_jica_melamchi.txt"


def test_a_comment_box_closing_the_page_is_the_site_s():
    # "Comments - 3" / "Ranjith Tuesday, 22 April 2025 04:02 PM" / "Good news. ..." / "Add comment" /
    # "Comments will be edited ..." / "Reply To:" / "Name - " / "Email - ", then "Top News" and its links
    s = cleaned(MIRROR)
    for gone in ("Comments - 3", "Good news. Hope they finish it this time.", "Add comment", "Reply To:",
                 "Top News", "President to visit Japan in September"):
        assert gone not in s.body and gone in s.removed
    assert "Comments will be edited" not in s.body
    # the last paragraph of the story stays: "Japan had been Sri Lanka's largest bilateral lender ..."
    assert "with outstanding loans of about US$ 2.7 billion." in s.body
    # "Comments (2)" (a furniture line) over "Sita Shrestha" / ... / "Leave a Reply" / ... / "Post Comment"
    n = cleaned(NEPAL)
    for gone in ("Sita Shrestha", "Finally some good news for the valley's water supply.", "Name *", "Post Comment"):
        assert gone not in n.body and gone in n.removed
    assert "since the flood." in n.body


def test_a_photo_credit_written_pix_by_is_a_credit():
    # "(Pix by Kelum Liyanage)"
    assert 'atlas-caption-label">(Pix by Kelum Liyanage)' in cleaned(MIRROR).body


def test_an_author_s_comments_section_stays():
    text = ("Review of the project\n\nThe review covered three provinces.\n\nComments\n\n"
            "The ministry agreed with the findings and will act on them by March.\n")
    body = clean_text(text).body
    assert "The ministry agreed with the findings and will act on them by March." in body


AHRAM = "round42_ahram_online_ejust_borg_el_arab.txt"


def test_search_keywords_related_links_and_the_comment_form_close_the_page():
    # "Search Keywords:" / "Japan" / "E-JUST" / "JICA" / "Higher Education", "Related" / ..., then
    # "Comment's Title" over "Ahram Online welcomes readers' comments on all issues ..."
    a = cleaned(AHRAM)
    assert "Search Keywords:" in a.removed and "Higher Education" in a.removed
    assert "Grand Egyptian Museum to open fully in July" in a.related
    assert "Comment's Title" in a.removed and "welcomes readers' comments" not in a.body
    assert a.addresses == ("Al-Ahram Establishment, Al-Galaa St., Cairo, Egypt",)
    # (the story's last paragraph stays: "Japan is one of Egypt's major development partners. ...")
    assert "in 69 schools nationwide." in a.body


def test_a_title_with_commas_in_its_portfolio_or_its_place_before_the_name():
    # "... signed by Minister of Planning, Economic Development and International Cooperation Rania Al-Mashat and ..."
    # "JICA's Chief Representative in Egypt, Kobayashi Hiroshi, told Ahram Online that ..."
    people = _people(AHRAM)
    assert people["Rania Al-Mashat"] == "Minister of Planning, Economic Development and International Cooperation" and people["Kobayashi Hiroshi"] == "Chief Representative"
    # "... signed by Minister for Planning, International Cooperation and Investment Amos Lugoloobi and ..."
    # "The UNDP Resident Representative in Uganda, Grace Namono, told the Monitor that ..."
    people = _people(MONITOR)
    assert people["Amos Lugoloobi"] == "Minister for Planning, International Cooperation and Investment" and people["Grace Namono"] == "Resident Representative"
