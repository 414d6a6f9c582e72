"""Round 51: defects seen and left in round 50, mended. A minister's portfolio before the name is
part of the role; a post after an honorific name is the role, not the honorific; a wire's end mark
glued to the last sentence is furniture, the sentence the author's; a currency named after a country
in a compound adjective ("42-million-U.S.-dollar") is no mention of it; a story about a region, many
of its countries named and none its focus, has that region as its focus."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_rules import load_rules
from atlas.extract import extract_metadata
from atlas.extract_spans import find_people
from atlas.read import read_seed
from atlas.vocab import load_vocabulary

XINHUA = "round51_xinhua_cambodia_water_grant.txt"
YONHAP = "round51_yonhap_korea_japan_mekong_end.txt"
AFRICA = "round51_jiia_africa_kaizen_analysis.txt"
TBS = "round36_tbs_bangladesh_jica_yen_loan.txt"
BRIN = "round33_university_press_release_satreps_peat.txt"


def _roles(name: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in meta(name).get("people") or ()}


# --- 1. a minister's portfolio between the role and the name ------------------------------------

def test_the_portfolio_before_the_name_is_part_of_the_role():
    # "... Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Prak
    # Sokhonn and Japanese Ambassador to Cambodia Ueno Atsushi."
    roles = _roles(XINHUA)
    # (both offices he holds, the one before "and" too: round 71)
    assert roles["Prak Sokhonn"] == "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation"
    # (a place after the role is where it serves, no portfolio; a post held "to" it keeps it, round 75)
    assert roles["Ueno Atsushi"] == "Ambassador to Cambodia"
    # "Minister for Trade Ahn Duk-geun said the project would be carried out ..."
    assert _roles(YONHAP)["Ahn Duk-geun"] == "Minister for Trade"


def test_a_portfolio_stops_before_the_honorific_and_a_place_is_none():
    assert find_people("It was signed by Fiji's Minister for Finance Biman Prasad at the ministry.") == \
        [{"name": "Biman Prasad", "role": "Minister for Finance"}]
    # (round 33: "Vice Minister of Agriculture and Forestry Mr Linkham Douangsavanh": no "Mr" in the role)
    people = find_people("between Vice Minister of Agriculture and Forestry Mr Linkham Douangsavanh and the envoy")
    assert people == [{"name": "Linkham Douangsavanh", "role": "Vice Minister of Agriculture and Forestry"}]
    assert find_people("Prime Minister of Japan Mr. ISHIBA Shigeru spoke.", not_names={"Japan"}) == \
        [{"name": "Shigeru Ishiba", "role": "Prime Minister"}]


# --- 2. an honorific is no role: the post after the name's comma is ---------------------------

def test_the_post_after_an_honorific_name_is_the_role():
    # round36 TBS, line 52: '... said Dr Zahid Hussain, former lead economist at the World Bank's Dhaka office.'
    assert _roles(TBS)["Zahid Hussain"] == "Former Lead Economist"
    # round33 university release, line 31: "The Indonesian side is led by Dr. Laksana Tri Handoko, Head of BRIN."
    # (round 56: with the body the vocabulary knows, that ends the apposition: "Head" alone says nothing)
    assert _roles(BRIN)["Laksana Tri Handoko"] == "Head of BRIN"
    assert find_people("The Indonesian side is led by Dr. Maria Santos, Head of Research, and others.") == \
        [{"name": "Maria Santos", "role": "Head of Research"}]


def test_an_honorific_stays_the_role_when_no_post_follows():
    # (a name with no post after it: the honorific, which the page shows before the name)
    assert find_people("The report was presented by Dr Joanne Lim in Singapore.") == [{"name": "Joanne Lim", "role": "Dr."}]
    assert find_people("Dr. Maria Santos, Kenji Sato and others met.")[0]["role"] == "Dr."


# --- 3. a wire's end mark glued to the last sentence ----------------------------------------------

def test_a_glued_end_mark_goes_and_the_sentence_stays():
    # "Japan is one of the largest development partners of Cambodia. Enditem"
    c = cleaned(XINHUA)
    assert texts(XINHUA)[-1] == "Japan is one of the largest development partners of Cambodia."
    assert "Enditem" in c.removed and "Enditem" not in c.body
    # "The two countries' development agencies will share data ..., the ministry said. (END)"
    c = cleaned(YONHAP)
    assert texts(YONHAP)[-1].endswith("in forecasting, the ministry said.")
    assert "(END)" in c.removed and "(END)" not in c.body


def test_a_word_like_an_end_mark_in_the_author_s_sentence_stays():
    text = ("Japan and Cambodia sign water grant\n\n"
            "PHNOM PENH, Nov. 27 (Xinhua) -- Cambodia and Japan signed an agreement on Thursday.\n\n"
            "The manual was prepared for every end item\n")
    c = clean_text(text)
    assert c.body.count("end item") == 1 and "end item" not in c.removed
    # (no sentence's stop before it: the words are the sentence's)
    c = clean_text(text.replace("every end item", "the project, which will never end. Thanks to Enditem"))
    assert "Thanks to Enditem" in c.body


# --- 4. a currency named after a country ------------------------------------------------------

def test_a_dollar_sum_in_a_compound_adjective_names_no_country():
    # "... signed an agreement on a 42-million-U.S.-dollar Japanese grant aid ..."
    assert "US" not in {c["code"] for c in meta(XINHUA)["countries"]}
    # "... will jointly provide a 15-million-US-dollar loan for a flood early warning system ..."
    assert "US" not in {c["code"] for c in meta(YONHAP)["countries"]}


# --- 5. a story about a region as a whole -------------------------------------------------------

def test_a_region_whose_countries_the_story_names_is_its_focus():
    # "Japan's official development assistance to Africa has shifted ..." / "Kenya, Ethiopia and
    # Ghana received the largest volumes ..., while Rwanda and Senegal were the main partners ..."
    m = meta(AFRICA)
    assert [r["id"] for r in m["regions"] if r["focus"]] == ["africa"]
    assert not any(c["focus"] for c in m["countries"])


def test_a_region_is_no_focus_when_a_country_is(tmp_path):
    text = ("Japan and Kenya sign port deal\n\nNAIROBI -- Japan and Kenya signed a loan for Mombasa port, "
            "a gateway for Africa. Kenya's ports serve Uganda, Rwanda and South Sudan.\n\n"
            "Kenya will expand the port by 2030. Kenya thanked Japan.\n")
    (tmp_path / "kenya.txt").write_text(text, encoding="utf-8")
    seed = read_seed(tmp_path / "kenya.txt", tmp_path)
    m = extract_metadata(seed, clean_text(seed.text), load_vocabulary())
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["KE"]
    assert not any(r["focus"] for r in m.get("regions") or ())


# --- 6. a place's word opening a person's name after a role ---------------------------------------

CYBER = "round50_asean_news_cyber_centre_phase3.txt"


def test_a_city_s_word_opening_a_name_after_the_role_is_the_name():
    # round50 ASEAN news, line 14: "... said ASEAN Deputy Secretary-General for ASEAN Political-Security
    # Community Astana Ahmad Khusairi at the launch ceremony."
    m = meta(CYBER)
    assert {"name": "Astana Ahmad Khusairi", "role": "Deputy Secretary-General"} in m["people"]
    assert "KZ" not in {c["code"] for c in m["countries"]}  # (no mention of Kazakhstan's capital)


def test_a_city_before_the_role_or_alone_after_it_stays_a_place():
    assert find_people("Tokyo Governor Yuriko Koike opened the forum.", not_names={"Tokyo"}) == \
        [{"name": "Yuriko Koike", "role": "Governor"}]
    # (the city and one word after it, or the name going on in capitals: no name of three words)
    assert find_people("said Deputy Secretary-General for ASEAN Political-Security Community Astana Khusairi at noon.",
                       not_names={"ASEAN", "Astana"}) == []


# --- 7. a generic ministry whose minister the text gives to a country -------------------------------

FIJI = "round51_fiji_govt_fish_market_grant.txt"


def test_the_ministry_of_the_minister_the_text_gives_a_country_is_that_country_s():
    # "The agreement was signed by Japanese Ambassador to Fiji Kenji Yamada and Fiji's Minister for
    # Finance Biman Prasad at the Ministry of Finance."
    m = meta(FIJI)
    assert "mof-japan" not in {o["id"] for o in m.get("organisations") or ()}
    assert {"name": "Biman Prasad", "role": "Minister for Finance"} in m["people"]


def test_a_bare_ministry_whose_minister_is_japan_s_stays_japan_s(tmp_path):
    text = ("Japan pledges aid to Fiji\n\nTOKYO -- Japan's Minister of Finance Kato Katsunobu met Fiji's "
            "delegation at the Ministry of Finance on Monday. Fiji will receive the grant.\n")
    (tmp_path / "mof.txt").write_text(text, encoding="utf-8")
    seed = read_seed(tmp_path / "mof.txt", tmp_path)
    m = extract_metadata(seed, clean_text(seed.text), load_vocabulary())
    assert "mof-japan" in {o["id"] for o in m.get("organisations") or ()}


# --- 8. a writer's name in capitals, the post after the comma -------------------------------------

NIKKEI = "round50_nikkei_rapidus_sea_engineers.txt"


def test_the_writer_before_the_outlet_and_a_post_with_its_beat_is_the_author():
    # round50 Nikkei Asia, line 10: "KENJI KAWASE, Nikkei Asia chief business news correspondent"
    m = meta(NIKKEI)
    assert {"name": "Kenji Kawase", "role": "Author"} in m["people"]
    assert m["source"] == "Nikkei Asia"
    assert "KENJI KAWASE" not in cleaned(NIKKEI).body
    # (round 21: "KENJI KAWASE and CLIFF VENZON, Nikkei staff writers", both writers still)
    names = {p["name"] for p in meta("round21_news_kicker_staff_byline.txt")["people"]}
    assert {"Kenji Kawase", "Cliff Venzon"} <= names


def test_a_post_with_its_beat_after_another_outlet_s_writer():
    rules = load_rules()
    # (another outlet's byline: the outlet of three words, the beat of two)
    m = rules.staff_byline.fullmatch("AMELIA TAN, The Straits Times senior tech correspondent")
    assert m and m.group("outlet").strip() == "The Straits Times"
    # (a sentence's clause is no byline: no post word closes it)
    assert not rules.staff_byline.fullmatch("Rapidus, the chipmaker, plans chief business news coverage")


# --- 9. a blog platform's byline row -----------------------------------------------------------------

BRIEFING = "round50_asean_briefing_semiconductor_malaysia.txt"


def test_a_blog_s_byline_row_is_lifted_and_its_writers_read():
    # round50 ASEAN Briefing, line 6: "Posted by Written by Jane Tan and Reach Nguyen Reading Time: 4 minutes"
    m, c = meta(BRIEFING), cleaned(BRIEFING)
    assert "subtitle" not in m
    assert "Reading Time" not in c.body and "Jane Tan" not in c.body
    assert [(p["name"], p["role"]) for p in m["people"]] == [("Jane Tan", "Author"), ("Reach Nguyen", "Author")]


def test_another_blog_s_row_and_a_posted_by_sentence():
    text = ("Japan and Thailand sign EV pact\n\nPosted by Written by Somchai Rattanakul · 3 min read\n\n"
            "Japan and Thailand signed an agreement on electric vehicles on Monday, officials said.\n")
    c = clean_text(text)
    assert c.source_lines == ("Posted by Written by Somchai Rattanakul · 3 min read",)
    assert find_people("\n".join(c.source_lines)) == [{"name": "Somchai Rattanakul", "role": "Author"}]
    # (the words after the label are no names: the line is the author's, and stays)
    c = clean_text(text.replace("Written by Somchai Rattanakul · 3 min read",
                                "the editors of the Bangkok desk on a rainy Monday"))
    assert "Posted by the editors of the Bangkok desk on a rainy Monday" in c.body


# --- 10. a release's sign-off, and a copyright notice run into the publisher's address ----------------

EMBASSY = "round51_embassy_fiji_volunteers_footer.txt"


def test_a_dashed_sign_off_naming_the_release_is_furniture():
    # "— Fiji Government Press Release" under the Fiji release's last paragraph
    c = cleaned(FIJI)
    assert "— Fiji Government Press Release" in c.removed and "Press Release" not in c.body
    assert texts(FIJI)[-1].startswith("The new market will include cold storage")
    # "— Embassy of Japan Press Release"
    assert "— Embassy of Japan Press Release" in cleaned(EMBASSY).removed


def test_a_dashed_line_of_the_author_s_stays():
    text = ("Japan and Fiji sign grant\n\nSUVA -- Japan and Fiji signed a grant on Monday.\n\n"
            "— the government will issue a press release on Friday\n\nFiji thanked Japan.\n")
    c = clean_text(text)
    assert "the government will issue a press release on Friday" in c.body


def test_a_copyright_notice_run_into_the_address_goes_and_the_address_stays():
    # "Embassy of Japan in Fiji, 2nd Floor, BSP Life Centre, 3 Scott Street, Suva, Fiji Copyright ©
    # 2026 Embassy of Japan in Fiji. All rights reserved."
    c = cleaned(EMBASSY)
    assert "Copyright © 2026 Embassy of Japan in Fiji. All rights reserved." in c.removed
    assert c.addresses == ("Embassy of Japan in Fiji, 2nd Floor, BSP Life Centre, 3 Scott Street, Suva, Fiji",)
    assert "Copyright" not in c.body
    # (a sentence of the text that names a copyright stays whole)
    text = ("Japan and Fiji sign grant\n\nSUVA -- Japan and Fiji signed a grant on Monday.\n\n"
            "The manuals will stay under Fiji's copyright © 2026 for ten years.\n")
    assert "copyright © 2026 for ten years." in clean_text(text).body


def test_a_sum_written_as_a_compound_adjective_is_read():
    # "... signed an agreement on a 42-million-U.S.-dollar Japanese grant aid ..."
    assert meta(XINHUA)["amounts"] == [{"text": "42-million-U.S.-dollar", "currency": "USD", "value": 42000000}]
    # "... will jointly provide a 15-million-US-dollar loan ..."
    assert meta(YONHAP)["amounts"] == [{"text": "15-million-US-dollar", "currency": "USD", "value": 15000000}]
    # round40 newspaper, line 14: "Japan will support a 40-billion-baht electric vehicle battery plant in Rayong"
    assert {"text": "40-billion-baht", "currency": "THB", "value": 40000000000} in \
        meta("round40_newspaper_labelled_header.txt")["amounts"]


def test_the_sign_off_naming_a_press_release_makes_the_text_one():
    # "— Fiji Government Press Release"; "— Embassy of Japan Press Release"
    assert meta(FIJI)["type"] == "press-release"
    assert meta(EMBASSY)["type"] == "press-release"


def test_the_portfolio_before_the_name_set_off_by_commas_is_the_role_s_too():
    # round42 Samoa Observer, line 29: "The Minister of Works, Transport and Infrastructure, Olo Fiti Vaai, thanked ..."
    assert _roles("round42_samoa_observer_jica_vaisigano_bridge.txt")["Olo Fiti Vaai"] == \
        "Minister of Works, Transport and Infrastructure"
    # (a place after the role is where it serves, the post's own words: "The Ambassador of Japan to
    # Peru, Yamamoto Eiji, said", round 75)
    assert find_people("The Ambassador of Japan to Peru, Yamamoto Eiji, said so.", not_names={"Japan", "Peru"}) == \
        [{"name": "Yamamoto Eiji", "role": "Ambassador of Japan to Peru"}]
