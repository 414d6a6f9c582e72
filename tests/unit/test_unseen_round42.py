"""Forty-second round: five documents from the wider Global South, from publishers and shapes not
seen before (an Ahram Online story on the Egypt-Japan University, a MONTSAME story from Mongolia,
a Daily Mirror (Sri Lanka) story, a Samoa Observer story and a story from Kenya's The Standard), in
tests/fixtures/unseen/round42_*.txt. Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_blocks import is_dateline
from atlas.clean_rules import lede_dateline, load_rules

AHRAM = "round42_ahram_online_ejust_borg_el_arab.txt"
MONTSAME = "round42_montsame_new_airport_jica_training.txt"
MIRROR = "round42_daily_mirror_lk_kandy_water.txt"
SAMOA = "round42_samoa_observer_jica_vaisigano_bridge.txt"
KENYA = "round42_standard_kenya_dongo_kundu_sez.txt"


def _codes(name: str, focus: bool = True) -> set[str]:
    return {c["code"] for c in meta(name).get("countries") or () if c["focus"] == focus}


# --- the metadata of each fixture ---------------------------------------------------------

def test_ahram_online_story():
    # "Japan, Egypt mark new phase for E-JUST with ¥4.5 bn grant for research labs"
    # "Ahram Online , Saturday 17 May 2025" under it (the masthead's "Sunday, 18 May 2025" is today's)
    m = meta(AHRAM)
    assert m["title"] == "Japan, Egypt mark new phase for E-JUST with ¥4.5 bn grant for research labs"
    assert m["date"] == "2025-05-17"
    assert m["source"] == "Ahram Online"
    assert m["type"] == "news"
    # "... including students from Kenya, Nigeria, Ghana and Ethiopia.": named, no focus
    assert _codes(AHRAM) == {"EG"} and {"KE", "NG", "GH", "ET"} <= _codes(AHRAM, focus=False)
    assert {"e-just", "jica", "ticad"} <= {o["id"] for o in m["organisations"]}


def test_montsame_story():
    # "JICA to train 60 Mongolian aviation specialists for Chinggis Khaan International Airport"
    # "Ulaanbaatar, June 3, 2025 /MONTSAME/. The Japan International Cooperation Agency ..."
    m = meta(MONTSAME)
    assert m["title"] == "JICA to train 60 Mongolian aviation specialists for Chinggis Khaan International Airport"
    assert m["date"] == "2025-06-03"
    assert m["source"] == "MONTSAME News Agency"
    assert _codes(MONTSAME) == {"MN"}
    assert {"jica", "caam"} <= {o["id"] for o in m["organisations"]}


def test_daily_mirror_story():
    # "Japan resumes funding for Kandy North water project after debt deal" / "2025-04-22 14:31:05" /
    # "By Yohan Perera"
    m = meta(MIRROR)
    assert m["title"] == "Japan resumes funding for Kandy North water project after debt deal"
    assert m["date"] == "2025-04-22"
    assert m["source"] == "Daily Mirror (Sri Lanka)"
    assert m["type"] == "news"  # ("Opinion" is one of the menu's items)
    assert {"name": "Yohan Perera", "role": "Author"} in m["people"]
    # "... co-chaired by Japan, India and France": no focus
    assert _codes(MIRROR) == {"LK"} and {"IN", "FR"} <= _codes(MIRROR, focus=False)


def test_samoa_observer_story():
    # "New Vaisigano Bridge built with Japanese aid opens to traffic" / "The two-lane bridge replaces
    # a 1950s structure damaged in Cyclone Evan." / "By Lagi Keresoma" / "11 March 2025, 4:00PM"
    m = meta(SAMOA)
    assert m["title"] == "New Vaisigano Bridge built with Japanese aid opens to traffic"
    # (a sentence with its stop over the byline and the date, the photo's credit "Photo: Misiona Simo"
    # under them, is the header's standfirst (round 46): over a byline with text under it, it stays
    # text, as round 18 reads it)
    assert m["subtitle"] == "The two-lane bridge replaces a 1950s structure damaged in Cyclone Evan."
    assert "By Lagi Keresoma" not in texts(SAMOA)
    assert m["date"] == "2025-03-11"
    assert m["source"] == "Samoa Observer"
    assert {"name": "Lagi Keresoma", "role": "Author"} in m["people"]


def test_standard_kenya_story():
    # "Japan lines up Sh22 billion for Mombasa special economic zone roads"
    # "By Philip Mwakio | Tuesday, July 8, 2025 | 4 min read"
    m = meta(KENYA)
    assert m["title"] == "Japan lines up Sh22 billion for Mombasa special economic zone roads"
    assert m["date"] == "2025-07-08"
    assert m["source"] == "The Standard"  # (the masthead's name; "Standard" alone is a text size)
    assert {"name": "Philip Mwakio", "role": "Author"} in m["people"]
    # "... landlocked countries such as Uganda, Rwanda and South Sudan.": named, no focus
    assert _codes(KENYA) == {"KE"} and {"UG", "RW", "SS"} <= _codes(KENYA, focus=False)
    assert "subtitle" not in m  # ("Kenya" under "The Standard" is the edition, no standfirst)


# --- the rules ----------------------------------------------------------------------------

def test_a_page_s_text_size_standard_names_no_outlet():
    # round 39's "Foreign Language" / "Text Size" / "Standard" / "Large": the City of Yokohama's page
    assert meta("round39_yokohama_yport_city_cooperation.txt")["source"] == "City of Yokohama"


def test_a_known_outlet_over_its_edition_s_country_is_the_masthead():
    # "The Standard" / "Kenya", the menu in a row, "Business & Economy", then the headline
    c = cleaned(KENYA)
    assert c.title == "Japan lines up Sh22 billion for Mombasa special economic zone roads"
    assert "Business & Economy" in c.removed and "Business &amp; Economy" not in c.body
    assert "The Standard" in c.source_lines


def test_two_menu_items_joined_are_one_section_over_the_headline():
    c = clean_text("Science and Technology\n\nJapan and Kenya sign pact on geothermal training\n\n"
                   "Japan and Kenya signed a pact on Monday. It covers training.\n")
    assert c.title == "Japan and Kenya sign pact on geothermal training"
    assert "Science and Technology" in c.removed


def test_a_menu_row_s_item_alone_over_the_headline_is_the_section():
    # "HOME  SAMOA  PACIFIC  WORLD ..." then "Samoa" over "New Vaisigano Bridge ..."
    c = cleaned(SAMOA)
    assert c.title == "New Vaisigano Bridge built with Japanese aid opens to traffic"
    assert "Samoa" in c.removed and "Samoa Observer" in c.source_lines
    assert "## Samoa" not in c.body


def test_a_line_over_the_headline_not_in_the_menu_row_stays_the_title():
    # (a line that is none of the menu's items is the page's own)
    c = clean_text("Home  News  Business  Sport  Opinion  Pacific\n\nBridge Project\n\n"
                   "New bridge built with Japanese aid opens to traffic\n\nThe bridge opened on Monday. It is new.\n")
    assert c.title == "Bridge Project"


def test_a_language_switcher_in_country_codes_is_furniture():
    # "MN   EN   CN   RU   KR   JP" over the menu
    c = cleaned(MONTSAME)
    assert "MN EN CN RU KR JP" in c.removed
    assert "Economy" in c.removed and "## Economy" not in c.body


def test_a_dateline_with_the_agency_between_slashes():
    # "Ulaanbaatar, June 3, 2025 /MONTSAME/. The Japan International Cooperation Agency (JICA) will ..."
    m = lede_dateline("Ulaanbaatar, June 3, 2025 /MONTSAME/. The Japan International Cooperation Agency will train",
                      load_rules())
    assert m and m.group("slashed") == "MONTSAME" and m.group("date") == "June 3, 2025"
    # (a slash in a sentence is no agency's: "Tokyo/Osaka trains run late." opens no dateline)
    assert lede_dateline("Tokyo/Osaka. Trains run late.", load_rules()) is None
    assert texts(MONTSAME)[0].startswith("Ulaanbaatar, June 3, 2025 /MONTSAME/. The Japan International")


def test_a_site_s_name_and_today_s_date_over_its_menu_are_no_title_nor_the_date():
    # "Daily Mirror - Sri Lanka Latest Breaking News and Headlines" / "Mon, 30 Nov 2026" / "News" /
    # "Business" / ... / "ePaper", then the headline
    c = cleaned(MIRROR)
    assert c.title == "Japan resumes funding for Kandy North water project after debt deal"
    assert "Mon, 30 Nov 2026" in c.removed and "Mon, 30 Nov 2026" in c.menu
    assert "Daily Mirror - Sri Lanka Latest Breaking News and Headlines" in c.menu
    assert "Business Sports Opinion" not in c.body
    assert texts(MIRROR)[0].startswith("Japan has agreed to resume financing for the Kandy North")


def test_a_title_over_its_date_and_a_list_that_is_no_menu_stays():
    # (a handout's title over its date and its short list of sectors that are none of a menu's
    # items: the author's title, date and list)
    c = clean_text("Japan's Cooperation in Kenya\n\n12 May 2025\n\nGeothermal power\nPort of Mombasa\n"
                   "Rice farming\nKaizen training\n\nJapan supports four sectors in Kenya. Each has its own programme.\n")
    assert c.title == "Japan's Cooperation in Kenya" and c.dateline == "12 May 2025"
    assert "Port of Mombasa" in c.body and not c.menu


def test_a_dateline_with_seconds():
    # "2025-04-22 14:31:05" under the headline
    assert is_dateline("2025-04-22 14:31:05", load_rules())
    assert "2025-04-22 14:31:05" not in cleaned(MIRROR).body


def test_the_date_over_a_site_s_menu_does_not_date_the_story():
    # "Ahram Online" / "Sunday, 18 May 2025" over the menu; "Ahram Online , Saturday 17 May 2025"
    # under the headline
    assert "Sunday, 18 May 2025" in cleaned(AHRAM).menu
    assert meta(AHRAM)["date"] == "2025-05-17"


def test_share_bookmark_views_and_short_link_lines_are_furniture():
    c = cleaned(AHRAM)
    for line in ("Share/Bookmark", "Views: 1,482", "Short link: https://english.ahram.org.eg/News/546210.aspx"):
        assert line in c.removed
    assert "Views:" not in c.body and "Short link" not in c.body
    # (a sentence on views stays: "Views: the ministry's, not ours." is no counter)
    assert "Views: the ministry" in clean_text("Title of the page here\n\nViews: the ministry's, not ours.\n").body


def test_follow_buttons_and_most_read_lists_are_furniture():
    k, m, d = cleaned(KENYA), cleaned(MONTSAME), cleaned(MIRROR)
    assert "Follow Standard Digital on WhatsApp" in k.removed and "WhatsApp" not in k.body
    assert "Like us on Facebook" in d.removed
    # "MOST READ" / "" / "Ruto names new Cabinet secretaries" / "Nairobi Expressway toll rates to rise"
    assert "Ruto names new Cabinet secretaries" in k.removed
    # "Most read" / "" / "Government approves 2026 budget framework" / "Ulaanbaatar to introduce ..."
    assert "Government approves 2026 budget framework" in m.removed
    # ("Top News" is a menu's item too, over the sections of round 22's ANTARA page: it stays there)
    assert "Business" in cleaned("round22_news_agency_antara_semiconductor.txt").menu
    # (an author's sentence that follows a minister on a network stays)
    body = clean_text("Title of the page here\n\nMany young Kenyans follow the minister on X every day.\n").body
    assert "follow the minister on X every day" in body


def test_a_country_s_own_outlet_makes_it_the_focus_without_naming_it_in_the_lede():
    # the lede: "The new Vaisigano Bridge, built under a $50 million grant from the Government of
    # Japan, was officially opened on Monday morning by the Prime Minister, Fiamē Naomi Mata'afa."
    # (Samoa is named further down, "Samoa and Japan are both island nations ...")
    assert _codes(SAMOA) == {"WS"}
    assert "JP" in _codes(SAMOA, focus=False)  # (a donor is never a focus by count)


def test_a_news_agency_s_copyright_with_its_terms_of_reuse_is_furniture():
    # "Copyright © MONTSAME News Agency. All rights reserved. When using the news, please cite
    # MONTSAME as the source."
    c = cleaned(MONTSAME)
    assert "Copyright © MONTSAME News Agency. All rights reserved. When using the news, please cite MONTSAME as the source." \
        in c.removed
    assert "please cite" not in c.body
    # (an author's sentence on citing sources stays)
    body = clean_text("Title of the page here\n\nWhen using the data, please cite JICA as the source of the figures.\n").body
    assert "please cite JICA" in body
