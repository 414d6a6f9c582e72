"""Thirtieth round: round 29's defects mended (an Indian release's Roman-numbered list, honorifics
and sign-off; a long read's byline over its date; a ministry writer's name; a JICA office's
bilingual masthead, breadcrumb and headline; a fact sheet's running header, logos and wrapped
title; an event page's masthead, date, kind label and panelists), and four pages from publishers
the fixtures had not covered (a Kyodo wire with a correction note, a Cambodian ministry's press
release, a Japanese city's international-cooperation page, a UNDP-JICA joint release;
tests/fixtures/unseen/round30_*.txt). Every expected value was read off the fixture's lines."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_spans import find_people

PIB = "round29_pib_india_japan_semiconductor.txt"
NIKKEI = "round29_nikkei_longread_mekong_power.txt"
MPI = "round29_mpi_vietnam_japan_odaconference.txt"
THAI = "round29_jica_thailand_bilingual_ev_training.txt"
USAID = "round29_usaid_jica_joint_fact_sheet_philippines.txt"
SPF = "round29_spf_event_page_maritime.txt"
KYODO = "round30_kyodo_wire_correction.txt"
BILINGUAL = "round6_bilingual_jica.txt"


def people(name: str) -> set[str]:
    return {p["name"] for p in meta(name).get("people", [])}


# --- round 29's defects ----------------------------------------------------------------------------

def test_a_roman_numbered_list_is_a_line_each_with_its_numerals():
    # "    i. Semiconductor design, ..." / "    ii. Strengthening ..." / "    iii. Promoting ..."
    t = texts(PIB)
    k = next(i for i, p in enumerate(t) if p.startswith("i. "))
    assert [p.split()[0] for p in t[k:k + 3]] == ["i.", "ii.", "iii."]
    assert t[k + 1] == "ii. Strengthening the resilience of the semiconductor supply chain; and"


@pytest.mark.parametrize("text", [
    "Japan will help.\n\nThe lead-in:\n\n(i) roads are built;\n(ii) ports are dredged;\n(iii) staff are trained.\n",
    "Japan will help.\n\nThe lead-in:\n\ni) roads are built;\nii) ports are dredged;\niii) staff are trained.\n",
])
def test_roman_numerals_in_brackets_number_items_too(text):
    body = clean_text("Japan Helps Laos\n\n" + text).body
    assert body.count("\n- ") == 3 and "iii" in body


def test_an_honorific_is_no_part_of_a_name():
    # "Union Minister Shri Ashwini Vaishnaw", "Prime Minister Shri Narendra Modi"
    assert {"Ashwini Vaishnaw", "Narendra Modi", "Ken Saito"} <= people(PIB)
    assert not any(n.startswith("Shri") for n in people(PIB))


@pytest.mark.parametrize("text, person", [
    ("Union Minister Dr. Jitendra Singh said it was good.", {"name": "Jitendra Singh", "role": "Minister"}),
    ("Union Finance Minister Smt. Nirmala Sitharaman spoke.", {"name": "Nirmala Sitharaman", "role": "Minister"}),
    ("Minister Mr. SAITO Ken said so.", {"name": "Ken Saito", "role": "Minister"}),
    ("Later, Smt. Anupriya Patel, Minister of State for Commerce, attended.",
     {"name": "Anupriya Patel", "role": "Minister of State for Commerce"}),
])
def test_an_honorific_between_a_role_and_a_name(text, person):
    assert find_people(text) == [person]


def test_sri_opens_a_given_name():
    # ministry_news_fy.txt: "Sri Mulyani Indrawati" keeps her given name
    assert "Sri Mulyani Indrawati" in people("ministry_news_fy.txt")


def test_a_release_s_sign_off_initials_are_furniture():
    # "***" / "DK/DK" / "(Release ID: 1941184) Visitor Counter : 3215"
    assert "DK/DK" in cleaned(PIB).removed and "DK/DK" not in cleaned(PIB).body


def test_a_byline_with_the_writers_post_over_its_date_is_a_line_each():
    # "By MAI NGUYEN and KENJI TANAKA, Nikkei staff writers" / "April 18, 2025 05:00 JST" under the
    # standfirst: the writers before their staff title are the byline however long (round 60), so
    # the byline and the date are the header's, each its own line there, no paragraph of the text
    c = cleaned(NIKKEI)
    assert "By MAI NGUYEN and KENJI TANAKA, Nikkei staff writers" in c.source_lines
    assert c.dateline == "April 18, 2025 05:00 JST"
    assert texts(NIKKEI)[0].startswith("VIENTIANE/HANOI -- On a hillside north of Vientiane")


def test_a_writer_s_name_closing_a_ministry_page_is_no_heading():
    # "Overview of the meeting. Photo: MPI" / "" / "Thu Hang" / ... / "MINISTRY OF PLANNING AND INVESTMENT" /
    # "Address: 6B Hoang Dieu, Ba Dinh, Ha Noi" / "Tel: ..." / "Email: banbientap@mpi.gov.vn"
    c = cleaned(MPI)
    assert "## Thu Hang" not in c.body and "Thu Hang" in texts(MPI)
    assert c.addresses[0] == "MINISTRY OF PLANNING AND INVESTMENT"
    assert c.addresses[-1] == "Email: banbientap@mpi.gov.vn"


def test_a_writer_s_name_under_the_date_in_the_header_is_a_byline():
    c = clean_text("Viet Nam, Japan review ODA portfolio, push for faster disbursement\n\n13/03/2024 09:41\n"
                   "Thu Hang\n\n(MPI) - On March 12, in Hanoi, the minister met. He said things.\n")
    assert c.dateline == "13/03/2024 09:41" and "Thu Hang" not in c.body


def test_a_jica_office_s_bilingual_masthead_breadcrumb_and_headline():
    # "JICA Thailand Office" / "สำนักงานไจก้า ประเทศไทย"; "หน้าแรก | Home  >  ข่าวสาร | News  >  2024";
    # the headline in Thai over the English one; "2024.06.05"
    m, c = meta(THAI), cleaned(THAI)
    assert m["title"] == "JICA and DSD launch electric vehicle maintenance training course"
    assert m["subtitle"].startswith("ไจก้าและกรมพัฒนาฝีมือแรงงาน")
    assert (m["date"], m["source"], m["type"]) == ("2024-06-05", "JICA Thailand Office", "news")
    assert "หน้าแรก | Home > ข่าวสาร | News > 2024" in c.removed
    assert "## 2024.06.05" not in c.body and texts(THAI)[0].startswith("On 3 June 2024, the Japan")


def test_a_text_opening_in_its_own_script_keeps_its_own_headline_first():
    # round6: "ベトナム：ハノイ市の下水道整備事業で起工式" / "Groundbreaking Ceremony ...", the text in Japanese first
    assert cleaned(BILINGUAL).title == "ベトナム：ハノイ市の下水道整備事業で起工式"


def test_a_fact_sheet_s_running_header_logos_and_wrapped_title():
    # "U.S.-Japan Partnership in the Philippines        FACT SHEET" / "" / "USAID | JICA" /
    # "UNITED STATES – JAPAN COOPERATION ON" / "DISASTER RISK REDUCTION IN THE PHILIPPINES" / "April 2024"
    m = meta(USAID)
    assert m["title"] == "UNITED STATES – JAPAN COOPERATION ON DISASTER RISK REDUCTION IN THE PHILIPPINES"
    assert (m["series"], m["type"], m["date"]) == ("U.S.-Japan Partnership in the Philippines", "fact-sheet", "2024-04")
    # (both logos name bodies organisations.yml knows: each by its full name)
    assert m["source"] == "United States Agency for International Development / Japan International Cooperation Agency"
    assert texts(USAID)[:2] == ["OVERVIEW", texts(USAID)[1]] and texts(USAID)[1].startswith("The United States Agency")


def test_an_event_page_s_masthead_date_kind_and_panelists():
    # "The Sasakawa Peace Foundation" / "笹川平和財団"; "[Event Report] Japan-Philippines-Viet Nam ...";
    # "Date: Tuesday, 10 September 2024, 14:00-17:30 (JST)"; "14:10-15:30 Panelists:" over three names
    m, c = meta(SPF), cleaned(SPF)
    assert m["title"] == "Japan-Philippines-Viet Nam Trilateral Dialogue on Maritime Domain Awareness"
    assert (m["date"], m["type"], m["source"]) == ("2024-09-10", "report", "Sasakawa Peace Foundation")
    assert "[Event Report]" in c.removed
    t = texts(SPF)
    k = t.index("14:10-15:30 Panelists:")
    assert t[k + 3] == "Prof. KOTANI Tetsuo, Meikai University"


# --- this round's pages ----------------------------------------------------------------------------

def test_a_wire_s_menu_with_bars_and_its_correction_note():
    # "KYODO NEWS" / "Latest  |  Japan  |  Asia  |  World  |  Business  |  Sports  |  Photos"; the headline;
    # "KYODO NEWS - Feb 14, 2025 - 19:32 | World, All"; "(Correction) This story has been corrected ..."
    m, c = meta(KYODO), cleaned(KYODO)
    assert m["title"] == "Japan to give Cambodia patrol boats, radar under new security aid framework"
    assert (m["date"], m["source"], m["type"]) == ("2025-02-14", "Kyodo News", "news")
    assert "Latest | Japan | Asia | World | Business | Sports | Photos" in c.removed
    assert "asia" not in {r["id"] for r in m.get("regions", [])}  # a menu's "Asia" is no mention
    assert texts(KYODO)[-1].startswith("(Correction) This story has been corrected")
    assert focus_codes(KYODO) == {"KH"}


def focus_codes(name: str) -> set[str]:
    return {c["code"] for c in meta(name).get("countries", []) if c["focus"]}


def test_a_state_s_letterhead_a_block_apart_over_the_ministry_s_wrapped_name():
    # "KINGDOM OF CAMBODIA" / "NATION RELIGION KING" / "" / "MINISTRY OF FOREIGN AFFAIRS" /
    # "AND INTERNATIONAL COOPERATION" / ... / "PRESS RELEASE" / "" / "On the Signing Ceremony ..."
    c = cleaned("round30_cambodia_mfaic_press_release.txt")
    assert c.title.startswith("On the Signing Ceremony of the Exchange of Notes for the Project")
    assert "KINGDOM OF CAMBODIA" not in c.body and "AND INTERNATIONAL COOPERATION" not in c.body
    assert meta("round30_cambodia_mfaic_press_release.txt")["type"] == "press-release"
