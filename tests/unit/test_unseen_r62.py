"""Round 62: the head of a page (title, date, source, byline) on shapes not seen before.

A photo's label or credit on top of the page, over the headline; a page's widgets over the
headline (its tags, its comments' link, a gallery's counter); a speaker's name alone over the
words in a press conference's record; a Thai daily's "PUBLISHED :" line over its name, a section's
name between the byline and the date, and a briefing dated with the half of the day it was held in.
Each fixture is a whole document; the variants run one element of a page's head through one story."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract_dates import parse_dateline

PHOTO = "r62_photo_label_over_headline.txt"
WIDGETS = "r62_tags_comments_gallery_over_headline.txt"
PRESSER = "r62_press_conference_speaker_names.txt"
THAI = "r62_thai_daily_published_outlet.txt"

HEADLINE = "Japan and Indonesia to expand digital infrastructure cooperation"
LEDE = ("TOKYO — Japan and Indonesia agreed on Tuesday to expand cooperation on digital infrastructure, "
        "including submarine cables and data centres, the Ministry of Foreign Affairs said.\n\n"
        "The Japan International Cooperation Agency (JICA) will provide technical assistance.\n")


def head_of(text: str) -> tuple[dict, object]:
    """(metadata, Cleaned) of a generated story."""
    return read_text(text, "seeds/r62.txt")


def same_again(text: str) -> bool:
    """Cleaning the canonical text gives the same page (idempotence)."""
    return clean_text(canonical_text(parse(text))).body == clean_text(text).body


# --- a photo's label or credit on top of the page ----------------------------------------------

def test_a_photo_label_over_the_headline_leaves_the_headline_the_title():
    # "Photo 1. Details in caption." / "" / "Japan and Cambodia Sign Grant Agreement for ..." / "" /
    # "March 8, 2024" / "" / "Japan International Cooperation Agency"
    m, c = meta(PHOTO), cleaned(PHOTO)
    assert m["title"] == "Japan and Cambodia Sign Grant Agreement for Phnom Penh Flood Protection"
    assert (m["date"], m["source"]) == ("2024-03-08", "Japan International Cooperation Agency")
    assert c.removed.count("Details in caption.") == 2
    # the label stays on top of the text, a caption with no words of its own; the text opens under it
    assert c.body.index('<span class="atlas-caption-label">Photo 1.</span>') < c.body.index("On March 7, the Japan")
    assert texts(PHOTO)[1].startswith("On March 7, the Japan International Cooperation Agency (JICA) signed")


def test_a_photo_label_in_the_text_still_takes_its_caption():
    # (negative) "Photo 2. Details in caption." over "Workers inspect a drainage pumping station ... (Photo: JICA)"
    body = cleaned(PHOTO).body
    assert ('<span class="atlas-caption-label">Photo 2.</span> Workers inspect a drainage pumping station '
            'built under Phase III of the project in Phnom Penh (Photo: JICA)') in body


@pytest.mark.parametrize("top", ["Photo 1. Details in caption.", "Photo 1.", "Photo 2-3. Details in caption.",
                                 "Photo: Kyodo", "Photo by Kyodo News", "(Photo courtesy of JICA)", "Getty Images"])
@pytest.mark.parametrize("under", ["\n\n13 May 2024\n\n", "\n13 May 2024\n\n", "\n\nBy Rina Tanaka\n\n", "\n\n"])
def test_a_photo_s_label_or_credit_over_the_headline_is_no_title_s_caption(top, under):
    # "Photo: Kyodo" / "" / the headline / "" / "13 May 2024" / the lede: the headline is the title,
    # the credit a caption on top of the text (never the source, never the title)
    text = f"{top}\n\n{HEADLINE}{under}{LEDE}"
    m, c = head_of(text)
    assert m["title"] == HEADLINE
    assert not (m.get("source") or "").startswith(("Photo", "(Photo", "Getty"))
    assert texts_of(c)[1].startswith("TOKYO — Japan and Indonesia agreed")
    assert same_again(text)


def texts_of(c) -> list[str]:
    return [p.text for p in c.paragraphs]


@pytest.mark.parametrize("credit", ["Photo: Kyodo", "(Photo courtesy of JICA)", "Getty Images"])
def test_a_credit_right_over_the_headline_and_its_date_in_one_block(credit):
    # "Photo: Kyodo" / "Japan and Indonesia to ..." / "13 May 2024", no blank line: the same
    text = f"{credit}\n{HEADLINE}\n13 May 2024\n\n{LEDE}"
    m, c = head_of(text)
    assert (m["title"], m["date"]) == (HEADLINE, "2024-05-13")
    assert same_again(text)


def test_a_photo_label_over_a_caption_with_no_header_under_it_keeps_its_caption():
    # (negative) a white paper's section opening with a photo: "Photo 1. Details in caption." over
    # "A JICA expert instructs students ... in Abidjan (Photo: JICA)", prose under it, no date: the caption
    text = ("Photo 1. Details in caption.\n\nA JICA expert instructs students at a vocational training centre "
            "in Abidjan, Côte d'Ivoire (Photo: JICA)\n\nJapan supports vocational training in Africa through "
            "JICA's technical cooperation projects and the dispatch of volunteers.\n")
    c = clean_text(text)
    assert ('<span class="atlas-caption-label">Photo 1.</span> A JICA expert instructs students at a vocational '
            "training centre in Abidjan, Côte d'Ivoire (Photo: JICA)") in c.body


def test_a_source_label_over_a_wire_s_editor_is_no_photo_credit():
    # (negative) "Source: Xinhua" / "Editor: Liu Jing" / "2026-11-27 20:15:08", Xinhua's own header
    m = meta("round51_xinhua_cambodia_water_grant.txt")
    assert m["source"] == "Xinhua News Agency" and "atlas-caption" not in cleaned("round51_xinhua_cambodia_water_grant.txt").body


# --- a page's widgets over the headline -----------------------------------------------------------

def test_tags_comments_a_counter_and_a_section_around_the_headline_are_the_page_s():
    # "Topics: Digital Economy, ASEAN, Japan" / "" / "12 Comments" / "" / the headline / "By Dian
    # Septiari" / "Tech" / "Monday, 13 May 2024" / "2:05 PM WIB" / "" / "3 / 12" / "" / "Photo: Kyodo"
    m, c = meta(WIDGETS), cleaned(WIDGETS)
    assert m["title"] == "Japan, Indonesia to build undersea data cable linking Jakarta and Tokyo"
    assert m["date"] == "2024-05-13"
    assert m.get("source") is None  # ("Tech" is the site's section, "Photo: Kyodo" the photo's credit)
    assert {"name": "Dian Septiari", "role": "Author"} in m["people"]
    for gone in ("Topics: Digital Economy, ASEAN, Japan", "12 Comments", "Tech", "3 / 12"):
        assert gone in c.removed
    assert '<span class="atlas-caption-label">Photo: Kyodo</span>' in c.body
    assert texts(WIDGETS)[1].startswith("JAKARTA — Japan and Indonesia agreed on Monday")


@pytest.mark.parametrize("widget", ["Topics: Digital, ASEAN", "Tags: Japan, Indonesia", "Filed under: Japan, ASEAN",
                                    "Comments", "12 Comments", "Comments (3)", "3 / 12", "Photo 3 of 12"])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_widget_over_the_headline_is_no_title(widget, sep):
    text = f"{widget}{sep}{HEADLINE}{sep}13 May 2024\n\n{LEDE}"
    m, c = head_of(text)
    assert m["title"] == HEADLINE and widget in c.removed
    assert same_again(text)


@pytest.mark.parametrize("kicker", ["Breaking News", "Exclusive", "Advertisement", "A A A"])
def test_a_kicker_or_a_sizer_over_the_headline_is_no_title(kicker):
    text = f"{kicker}\n\n{HEADLINE}\n\n13 May 2024\n\n{LEDE}"
    m, c = head_of(text)
    assert m["title"] == HEADLINE and kicker in c.removed


@pytest.mark.parametrize("section", ["World", "Business", "Asia"])
@pytest.mark.parametrize("under", ["\n13 May 2024\n\n", "\n\n13 May 2024\n\n", "\nBy Rina Tanaka\n\n"])
def test_a_section_over_the_headline_in_its_block_is_no_title(section, under):
    # "World" / "Japan and Indonesia to ..." / "13 May 2024": no menu read, the section is still the
    # site's; before, "13 May 2024" was read as a section numbered 13 and the two lines over it as
    # its book (the headline lost from the page)
    text = f"{section}\n{HEADLINE}{under}{LEDE}"
    m, c = head_of(text)
    assert m["title"] == HEADLINE and not m.get("series")
    assert texts_of(c)[0].startswith("TOKYO — Japan and Indonesia agreed")
    assert same_again(text)


def test_a_short_line_over_a_title_in_its_block_is_still_read_as_before():
    # (negative) "Chapter 3" over "Digital Transformation and Connectivity": the series and the title
    c = clean_text("Chapter 3\nDigital Transformation and Connectivity\n\nJapan supports digital "
                   "transformation in partner countries through JICA's technical cooperation.\n")
    assert (c.title, c.series) == ("Digital Transformation and Connectivity", "Chapter 3")


def test_comments_and_topics_in_the_text_stay_the_author_s():
    # (negative) under the title, between paragraphs, "Comments" heads a reviewer's notes and
    # "Topics: digital trade, AI" is a sentence's label
    text = (f"{HEADLINE}\n\n13 May 2024\n\n{LEDE}\nComments\n\nThe reviewers found the plan sound but asked "
            "for clearer targets.\n\nTopics: digital trade, AI and data centres will be discussed next year.\n")
    c = clean_text(text)
    assert "Comments" not in c.removed
    assert "Topics: digital trade, AI and data centres will be discussed next year." in c.body


# --- a speaker's name over the words --------------------------------------------------------------

def test_a_speaker_s_name_over_the_words_is_no_heading():
    # "Chief Cabinet Secretary Hayashi Yoshimasa" / "Good morning. I would like to ..." (no blank
    # line), and "Mr. Hayashi" over the last answer: a line of their own, no section, no words run in
    m, c = meta(PRESSER), cleaned(PRESSER)
    assert "<h2" not in c.body and "\n## " not in c.body
    paras = texts(PRESSER)
    assert paras.count("Chief Cabinet Secretary Hayashi Yoshimasa") == 3 and "Mr. Hayashi" in paras
    assert paras[paras.index("Mr. Hayashi") + 1].startswith("We are explaining the objectives")
    assert paras[1].startswith("Good morning. I would like to begin")
    assert {"name": "Hayashi Yoshimasa", "role": "Chief Cabinet Secretary"} in m["people"]


def test_a_briefing_dated_with_its_half_of_the_day_is_dated():
    # "Tuesday, December 17, 2024 (AM)" under the title: the dateline, no heading
    m, c = meta(PRESSER), cleaned(PRESSER)
    assert m["date"] == "2024-12-17"
    assert c.dateline == "Tuesday, December 17, 2024 (AM)"
    assert "(AM)" not in c.body


@pytest.mark.parametrize("speaker", ["Prime Minister Kishida", "Foreign Minister Kamikawa Yoko", "Mr. Hayashi",
                                     "President Marcos", "MINISTER KAMIKAWA", "H.E. Ms. Kamikawa Yoko",
                                     "Press Secretary Kobayashi Maki", "Deputy Press Secretary Kitamura"])
def test_a_speaker_s_name_glued_to_the_words_keeps_its_line(speaker):
    # the name over the words twice, the second answer short: never "Prime Minister Kishida We will ..."
    text = (f"Press Conference by Foreign Minister Kamikawa Yoko\n\nTuesday, May 14, 2024\n\n{speaker}\n"
            "I would like to make an announcement on our cooperation with ASEAN. Japan will provide new "
            f"assistance for cybersecurity.\n\nReporter: What about the Philippines?\n\n{speaker}\n"
            "We will continue to work closely with the Philippines on maritime security.\n")
    c = clean_text(text)
    paras = texts_of(c)
    assert paras.count(speaker) == 2 and "## " not in c.body
    assert "We will continue to work closely with the Philippines on maritime security." in paras
    assert same_again(text)


def test_a_speaker_s_label_with_its_colon_runs_into_the_words():
    # (negative) "Minister KAMIKAWA:" over the words: one paragraph, as before
    c = clean_text("Press Conference\n\nTuesday, May 14, 2024\n\nMinister KAMIKAWA:\nWe will continue to "
                   "work closely with the Philippines on maritime security.\n")
    assert "Minister KAMIKAWA: We will continue to work closely" in c.body


def test_a_heading_in_title_case_is_still_a_heading():
    # (negative) "Regional Cooperation" over prose names a section, no one speaking
    c = clean_text(f"{HEADLINE}\n\n13 May 2024\n\n{LEDE}\nRegional Cooperation\n\nJapan and ASEAN will also "
                   "hold a seminar on data governance. Officials from ten countries will attend it. It will "
                   "be held in Jakarta.\n")
    assert "## Regional Cooperation" in c.body


# --- outlets the vocabulary knows under the headline ----------------------------------------------

def test_a_thai_daily_s_name_under_its_published_line_is_the_source():
    # "PUBLISHED : May 13, 2024" / "" / "The Nation": no heading, the outlet (organisations.yml)
    m, c = meta(THAI), cleaned(THAI)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan offers Thailand loan for double-track railway to Laos border", "2024-05-13", "The Nation Thailand")
    assert "## The Nation" not in c.body and not texts(THAI)[0].startswith("The Nation")


@pytest.mark.parametrize("lines, source", [
    ("Rappler.com\nMay 13, 2024 2:05 PM PHT", "Rappler"),
    ("The Global New Light of Myanmar\n13 May 2024", "The Global New Light of Myanmar"),
    ("Jane Lim\nThe Star\n13 May 2024", "The Star"),
    ("By Jane Lim\nThe Star\nMonday, 13 May 2024", "The Star"),
    ("Dian Septiari, The Jakarta Post\n13 May 2024", "The Jakarta Post"),
])
def test_a_known_outlet_under_the_headline_is_the_source(lines, source):
    text = f"{HEADLINE}\n\n{lines}\n\n{LEDE}"
    m, c = head_of(text)
    assert (m["title"], m["date"], m["source"]) == (HEADLINE, "2024-05-13", source)
    assert texts_of(c)[0].startswith("TOKYO — Japan and Indonesia agreed")


@pytest.mark.parametrize("section", ["Nation", "Asia", "Business"])
def test_a_section_between_the_byline_and_the_date_is_the_site_s(section):
    # "By Jane Lim" / "Nation" / "Monday, 13 May 2024" / "2:05 PM MYT", no menu read over the headline
    text = f"{HEADLINE}\n\nBy Jane Lim\n{section}\nMonday, 13 May 2024\n2:05 PM MYT\n\n{LEDE}"
    m, c = head_of(text)
    assert (m["date"], m.get("source")) == ("2024-05-13", None)
    assert section in c.removed and texts_of(c)[0].startswith("TOKYO — Japan and Indonesia agreed")


# --- date forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("Tuesday, December 17, 2024 (AM)", "2024-12-17"),
    ("December 17, 2024 (PM)", "2024-12-17"),
    ("13 May 2024 (Reiwa 6)", "2024-05-13"),
    ("13-05-2024", "2024-05-13"),
    ("13-May-2024", "2024-05-13"),
    ("2024-05-13T14:05:00+07:00", "2024-05-13"),
    ("Mon, 13 May 2024 14:05:00 +0700", "2024-05-13"),
    ("May 13, 2024 • 2:05 PM", "2024-05-13"),
])
def test_a_date_in_another_form_is_a_dateline(line, value):
    # cleaning lifts it and extraction reads it: the same shapes (a date cleaning took for a heading
    # before: "## 13-May-2024")
    assert parse_dateline(line).value == value
    m, c = head_of(f"{HEADLINE}\n\n{line}\n\n{LEDE}")
    assert m["date"] == value and line not in c.body


# --- a release's labels ------------------------------------------------------------------------------

RELEASE = "JICA Signs Loan Agreement with Viet Nam for Ho Chi Minh City Metro Line 2"
RELEASE_TEXT = ("On May 13, 2024, the Japan International Cooperation Agency (JICA) signed a loan agreement with the "
                "Government of Viet Nam to provide up to 50 billion yen for the Ho Chi Minh City Urban Railway "
                "Construction Project.\n")


@pytest.mark.parametrize("head, source", [
    ("JETRO Press Release\nMay 13, 2024\n\n{t}", "Japan External Trade Organization"),
    ("METI News Release\nMay 13, 2024\n\n{t}", "Ministry of Economy, Trade and Industry"),
    ("{t}\n\n[Press Release] May 13, 2024", None),
    ("{t}\n\nEmbargo: 13 May 2024, 10:00 JST", None),
])
def test_a_release_s_label_and_date_are_its_head(head, source):
    # "JETRO Press Release" / "May 13, 2024" over the headline: the body and the kind, no title;
    # "[Press Release] May 13, 2024", "Embargo: 13 May 2024, 10:00 JST" under it: the date, no heading
    text = head.format(t=RELEASE) + "\n\n" + RELEASE_TEXT
    m, c = head_of(text)
    assert (m["title"], m["date"], m["type"], m.get("source")) == (RELEASE, "2024-05-13", "press-release", source)
    assert "## " not in c.body and texts_of(c)[0].startswith("On May 13, 2024, the Japan International")
    assert same_again(text)


def test_a_joint_statement_s_capitals_are_no_body_s_release():
    # (negative) "JOINT MEDIA STATEMENT" is no acronym before a kind: the statement stays a policy announcement
    assert meta("round36_aem_meti_joint_media_statement.txt")["type"] == "policy-announcement"


JETRO = "r62_jetro_release_body_kind_line.txt"


def test_a_body_s_release_label_over_its_date_heads_the_release():
    # "JETRO Press Release" / "May 13, 2024" / "" / the headline: JETRO's release, dated, no title of its own
    m, c = meta(JETRO), cleaned(JETRO)
    assert m["title"] == ("JETRO and Viet Nam's Ministry of Industry and Trade Launch Supporting Industry "
                          "Matching Program")
    assert (m["date"], m["source"], m["type"]) == ("2024-05-13", "Japan External Trade Organization", "press-release")
    assert texts(JETRO)[0].startswith("The Japan External Trade Organization (JETRO) and the Ministry")


# --- names of four words after a role ----------------------------------------------------------------

def test_a_four_word_name_after_a_role_and_its_portfolio_is_whole():
    # "Viet Nam's Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan said ...": never "Nguyen Sinh Nhat"
    assert {"name": "Nguyen Sinh Nhat Tan", "role": "Deputy Minister of Industry and Trade"} in meta(JETRO)["people"]
    assert {"name": "Takeo Nakajima", "role": "Chief Representative"} in meta(JETRO)["people"]


def test_a_malaysian_minister_s_four_word_name_is_whole():
    # "... says Natural Resources and Environmental Sustainability Minister Nik Nazmi Nik Ahmad."
    names = [p["name"] for p in meta("round50_the_star_flood_warning_malaysia.txt")["people"]]
    assert "Nik Nazmi Nik Ahmad" in names and "Nik Nazmi Nik" not in names


def test_a_body_s_office_before_a_name_makes_no_person_of_it():
    # (negative) "Chief Representative of JICA Viet Nam Office Sugano Yuichi said ...": no "Viet Nam Office Sugano"
    names = [p["name"] for p in meta("round29_mpi_vietnam_japan_odaconference.txt")["people"]]
    assert not any("Office" in n for n in names)


# --- a fiscal year under a sheet's title -------------------------------------------------------------

SHEET = "Japan's ODA Disbursements to ASEAN"
SHEET_TEXT = ("Japan's ODA to ASEAN countries rose in the fiscal year, the ministry said in its annual report.\n\n"
              "Grants and loans both increased.\n")


@pytest.mark.parametrize("period", ["FY2023", "JFY 2023", "Fiscal Year 2023", "FY2023 (April 2023 - March 2024)",
                                    "Reiwa 5 (FY2023)"])
def test_a_fiscal_year_under_the_title_is_its_period_not_a_heading_nor_a_date(period):
    # "FY2023" alone under the title: the period the figures cover, on top of the text; a sheet for
    # FY2023 comes out in 2024, so the line dates nothing
    text = f"{SHEET}\n\n{period}\n\n{SHEET_TEXT}"
    m, c = head_of(text)
    assert m["title"] == SHEET and m.get("date") is None
    assert texts_of(c)[0] == period and "## " not in c.body
    assert same_again(text)


def test_a_fiscal_year_heading_in_the_text_stays_a_heading():
    # (negative) "FY2023 Results" over its paragraphs further down names a section
    c = clean_text(f"{SHEET}\n\n{SHEET_TEXT}\nFY2023 Results\n\nDisbursements rose by 12 percent. Loans made up "
                   "most of the rise. Grants rose less.\n")
    assert "## FY2023 Results" in c.body


def test_a_press_secretary_named_in_the_title_is_a_person():
    # "Press Conference by Foreign Press Secretary KOBAYASHI Maki" (people.yml: "Press Secretary", the
    # portfolio word before it the role's too: round 68)
    people = meta("round53_mofa_press_conference_mekong.txt")["people"]
    assert {"name": "Maki Kobayashi", "role": "Foreign Press Secretary"} in people


def test_the_writer_in_an_outlet_s_line_of_fields_is_a_person():
    # "May 13, 2024 | By Phonsavanh Vongsay | Vientiane Times" under the headline: the outlet is the
    # source, the date the document's, the writer one of its people
    m, _ = head_of(f"{HEADLINE}\n\nMay 13, 2024 | By Phonsavanh Vongsay | Vientiane Times\n\n{LEDE}")
    assert (m["date"], m["source"]) == ("2024-05-13", "Vientiane Times")
    assert {"name": "Phonsavanh Vongsay", "role": "Author"} in m["people"]


@pytest.mark.parametrize("line", ["Ry Sochan / Khmer Times", "Dian Septiari, The Jakarta Post"])
def test_a_writer_s_bare_name_beside_the_outlet_is_a_person(line):
    # "Ry Sochan / Khmer Times" under the headline: the outlet the source, the writer one of the people
    m, _ = head_of(f"{HEADLINE}\n\n{line}\nMay 13, 2024\n\n{LEDE}")
    name, outlet = (p.strip() for p in line.replace("/", ",").split(","))
    assert m["source"] == outlet and {"name": name, "role": "Author"} in m["people"]


def test_the_khmer_times_writer_over_the_story_is_a_person():
    # "Ry Sochan / Khmer Times" (round 26's fixture): the writer, never a second publisher
    m = meta("round26_khmer_times_mine_clearance.txt")
    assert m["source"] == "Khmer Times" and {"name": "Ry Sochan", "role": "Author"} in m["people"]


@pytest.mark.parametrize("counter", ["[1/3]", "(1/3)"])
def test_a_gallery_counter_in_brackets_over_the_headline_is_no_title(counter):
    m, c = head_of(f"{counter}\n\n{HEADLINE}\n\n13 May 2024\n\n{LEDE}")
    assert m["title"] == HEADLINE and counter in c.removed


@pytest.mark.parametrize("under", [
    "\n\nTokyo offers loans for submarine cables and data centres as demand soars\n\n",
    "\nTokyo offers loans for submarine cables and data centres as demand soars\n\n",
    "\n\n",
])
def test_a_photo_credit_over_the_headline_is_never_the_source(under):
    # "Photo: Kyodo" / "" / the headline / its standfirst / the text (no date, no byline): the credit
    # stays on top of the text, a caption, and names no publisher
    text = f"Photo: Kyodo\n\n{HEADLINE}{under}{LEDE}"
    m, c = head_of(text)
    assert m["title"] == HEADLINE and m.get("source") is None
    assert '<span class="atlas-caption-label">Photo: Kyodo</span>' in c.body
    assert same_again(text)


@pytest.mark.parametrize("line", ["13 May 2024 | Asia | 3 min read", "May 13, 2024 | Business | 4 min read",
                                  "13/05/2024 | Nation | Politics"])
def test_a_row_of_fields_holding_the_date_is_no_menu(line):
    # "13 May 2024 | Asia | 3 min read" under the headline: a section and a reading time beside the
    # date make no site's menu of it (the date was removed with it); the line dates the document
    text = f"{HEADLINE}\n\n{line}\n\n{LEDE}"
    m, c = head_of(text)
    assert m["date"] == "2024-05-13" and line not in c.removed
    assert same_again(text)


def test_a_menu_row_without_a_date_is_still_the_site_s():
    # (negative) "Home | News | Asia | 2024": the year is no date of the story; the row is the menu
    _, c = head_of(f"{HEADLINE}\n\nHome | News | Asia | 2024\n\n{LEDE}")
    assert "Home | News | Asia | 2024" in c.removed
