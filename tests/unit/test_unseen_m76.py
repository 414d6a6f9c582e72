"""Page shapes of the first session of 1 December 2026, third session (fixtures `m76_*`).

- A press conference's transcript copied with no blank line between its parts: the announcements'
  heading, each announcement's numbered title and the press secretary's turn under it. Each turn
  is a paragraph and each title a heading; nothing is run together, and a sentence that goes on
  onto a line opening with a speaker's label stays one sentence.
- An issue of a newsletter: its name (with the issue's number and date beside it or under it) is
  the title, never the publisher nor the first story's heading; its contents list stays in the
  text; the issue's month dates it.
- A government portal's name over the ministry's name and the page's path ("FIJI GOVERNMENT ONLINE
  PORTAL"): the site's, never the title; the headline under them is the title, not the text's
  first paragraph.
- A daily's byline over the writer's job and e-mail address, a line each ("By JOHN MWANGI" /
  "Senior Business Writer" / "jmwangi@..."): the story's byline, not the text's first lines.
- A government portal's counter ("Number of Views: 1,245") and its lone "Back" link: furniture.
- A Latin American agency's story: its short name over its full name in Spanish ("IP Paraguay" /
  "Agencia de Información Paraguaya") is its masthead, never the title; the wire's dateline closed
  the Spanish way ("Asunción, Nov 26 (IP) .- ") opens the lede, so the headline over it is the title.
- A development site's story: its section over a headline in sentence case, an editor's note under
  the headline and over the byline, and the site's notice against sharing copies at the end. The
  headline is the title, the note stays in the text (but is neither summary nor lede), the byline
  and date are the header's, the notice is furniture.
- A daily's story closed by its desk's initials right over its tags, no blank line between ("KT/MH"
  / "Topics: Japan, CMAC, demining", a tag in small letters among them): both furniture.
- A white paper's box of a person's account ("Stories from the Field" over its title and text): its
  label stands apart, its title a heading over its text.
- A commentary under its kind and section as the site prints them over the headline ("COMMENTARY /
  WORLD", "Opinion / Asia Pacific"): the kind types the page, and the path is never its source
  nor its title.
- A government release closed by its writers' and editors' initials in brackets ("(TGH/UN) (RI/EP)"):
  furniture, and no mention of the United Nations.
- A news site's ranking of its most read stories under the text ("JN ACCESS RANKING" over numbered
  headlines of other stories): the site's, furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_factory import read_fixture, read_text

from atlas.clean import canonical_text, clean_text, parse
from atlas.clean_rules import lede_dateline, load_rules
from atlas.read import read_seed

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
PRESS = UNSEEN / "m76_press_conference_turns_unparted.txt"
HEAD = "Press Conference by Press Secretary KOBAYASHI Maki\nWednesday, November 13, 2024\n\n"


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in clean_text(text).paragraphs]


def test_each_turn_of_the_press_conference_is_a_paragraph_under_its_announcement():
    text = read_seed(PRESS, ROOT).text
    cleaned = clean_text(text)
    body = cleaned.body
    assert "## Main Announcements" in body
    assert "### (1) Visit to Japan by the Secretary of Foreign Affairs of the Republic of the Philippines" in body
    assert "### (2) Dispatch of the Japan Disaster Relief Expert Team to Viet Nam" in body
    paragraphs = [p.text for p in cleaned.paragraphs]
    # each turn is one paragraph: its wrapped lines joined, from its label to its last sentence
    # (before: "Main Announcements (1) Visit to Japan ... Press Secretary KOBAYASHI: Good afternoon.
    # ... (2) Dispatch of ... Press Secretary KOBAYASHI: Second, ..." was one paragraph)
    assert paragraphs[:5] == [
        "Main Announcements",
        "(1) Visit to Japan by the Secretary of Foreign Affairs of the Republic of the Philippines",
        "Press Secretary KOBAYASHI: Good afternoon. I have two announcements today. First, Secretary of "
        "Foreign Affairs Enrique Manalo of the Republic of the Philippines will visit Japan from November "
        "18 to 20. Foreign Minister IWAYA will hold a meeting with him, and the two ministers are expected "
        "to sign the Exchange of Notes on Official Security Assistance (OSA) for coastal radar systems.",
        "(2) Dispatch of the Japan Disaster Relief Expert Team to Viet Nam",
        "Press Secretary KOBAYASHI: Second, in response to the floods caused by Typhoon Yagi, the "
        "Government of Japan decided to dispatch a Japan Disaster Relief (JDR) expert team to Viet Nam. "
        "The team will advise the Vietnamese authorities on river management from November 15.",
    ]
    assert paragraphs[6:] == [
        "Question: (NHK, Sato) On OSA for the Philippines, could you tell us the amount?",
        "Press Secretary KOBAYASHI: The amount is about 1.6 billion yen. The details will be announced "
        "after the signing.",
        "Question: (Kyodo, Yamada) Is Viet Nam a candidate for OSA next year?",
        "Press Secretary KOBAYASHI: We are considering candidate countries, including Viet Nam. I would "
        "like to refrain from commenting on specifics at this point.",
    ]
    meta, _ = read_text(text)
    assert (meta["title"], meta["date"], meta["type"]) == (
        "Press Conference by Press Secretary KOBAYASHI Maki", "2024-11-13", "speech")
    assert clean_text(canonical_text(parse(text))).body == body


@pytest.mark.parametrize("heading, turn", [
    ("Opening Remarks", "FOREIGN MINISTER IWAYA: Good afternoon. I have one announcement today."),
    ("Opening Statement", "Minister KAMIKAWA: Thank you for coming. Japan will host the meeting in May."),
    ("Remarks on the Signing", "Ambassador Tanaka: Today we sign a grant of 1.2 billion yen for schools."),
])
def test_a_turn_under_a_heading_is_no_part_of_the_heading(heading, turn):
    paragraphs = _paragraphs(f"{HEAD}{heading}\n{turn}\n\nQuestion: (NHK) When will it start?\n")
    assert turn in paragraphs
    assert heading in paragraphs  # the heading alone, not run into the turn's words


@pytest.mark.parametrize("above", [
    "The press secretary then read out the remarks made earlier in the day by the",
    "Reporters were handed a statement in which the spokesperson quoted",
    "asked about the grant, said the Embassy had invited",
])
def test_a_sentence_going_on_onto_a_speakers_label_stays_one_paragraph(above):
    # (a line ending on a small word, or not in title case, is a sentence's words going on)
    text = (f"Japan and the Philippines deepen ties\n13 May 2024\n\nJapan and the Philippines met on Monday.\n"
            f"{above}\nMinister KAMIKAWA: she said Japan would stand with its partners.\n\nMore text follows.\n")
    paragraphs = _paragraphs(text)
    assert any(f"{above} Minister KAMIKAWA: she said" in p for p in paragraphs)


NEWSLETTER = UNSEEN / "m76_embassy_newsletter_issue_contents.txt"
ITEMS = ("1. Handover of Vientiane water supply facilities\n"
         "On 3 October 2024, Ambassador TANAKA Kenji attended the handover of a water treatment plant built "
         "with a grant of 2.4 billion yen from the Government of Japan.\n\n"
         "2. JICA volunteers arrive in Luang Prabang\n"
         "Eight Japan Overseas Cooperation Volunteers (JOCV) arrived on 10 October to work in health.\n")
CONTENTS = ("In this issue:\n1. Handover of Vientiane water supply facilities\n"
            "2. JICA volunteers arrive in Luang Prabang\n\n")


def test_the_newsletters_name_is_the_issues_title_and_its_contents_stay():
    meta, cleaned = read_fixture(NEWSLETTER)
    # (before: the title was the first story's heading, "1. Handover of ...", the name a source line
    # and the contents list the "series" of a chapter excerpt)
    assert (meta["title"], meta["date"], meta["date_precision"], meta["source"], meta["type"]) == (
        "Embassy Newsletter – October 2024 (Vol. 58)", "2024-10", "month", "Embassy of Japan in Lao PDR", "news")
    assert not meta.get("series")
    paragraphs = [p.text for p in cleaned.paragraphs]
    # (an ordered list: its items' numbers are the list's, their words the paragraphs')
    assert paragraphs[:4] == ["In this issue:", "Handover of Vientiane water supply facilities",
                              "JICA volunteers arrive in Luang Prabang", "Grassroots grant signing ceremonies"]
    assert "\n1. Handover of Vientiane water supply facilities\n" in cleaned.body
    assert "## 1. Handover of Vientiane water supply facilities" in cleaned.body


@pytest.mark.parametrize("head, title", [
    ("Embassy Newsletter – October 2024 (Vol. 58)", "Embassy Newsletter – October 2024 (Vol. 58)"),
    ("Embassy Newsletter\nVol. 58 | October 2024", "Embassy Newsletter"),
    ("JICA Laos Office Newsletter\nIssue No. 12 | October 2024", "JICA Laos Office Newsletter"),
    ("JICA Laos Newsletter, October 2024", "JICA Laos Newsletter, October 2024"),
    ("Embassy of Japan Newsletter No. 58 (October 2024)", "Embassy of Japan Newsletter No. 58 (October 2024)"),
    ("Monthly Bulletin of the Embassy of Japan\nOctober 2024", "Monthly Bulletin of the Embassy of Japan"),
])
@pytest.mark.parametrize("contents", ["", CONTENTS])
def test_a_newsletters_name_over_its_stories_titles_the_issue(head, title, contents):
    meta, cleaned = read_text(f"{head}\n\n{contents}{ITEMS}")
    assert (meta["title"], meta["date"], meta["type"]) == (title, "2024-10", "news")
    assert not meta.get("source")  # (the name is no publisher)
    assert "## 1. Handover of Vientiane water supply facilities" in cleaned.body


@pytest.mark.parametrize("head", ["Borneo Bulletin", "Subscribe to our newsletter"])
def test_an_outlets_name_or_a_sign_up_line_is_no_newsletter_issue(head):
    # a newspaper named "Bulletin" over its story is the story's source; a sign-up line no title
    meta, _ = read_text(f"{head}\n\nJapan to fund Brunei hydrogen training\n\n15 May 2024\n\n"
                        "Japan will fund a hydrogen training centre in Brunei, the embassy said on Tuesday.\n")
    assert meta["title"] == "Japan to fund Brunei hydrogen training"


PORTAL = UNSEEN / "m76_pacific_portal_name_over_ministry.txt"
HEADLINE = "JAPAN HANDS OVER $2.5 MILLION CLIMATE EARLY WARNING SYSTEM"


def test_a_portals_name_is_the_sites_and_the_headline_under_it_the_title():
    meta, cleaned = read_fixture(PORTAL)
    # (before: the title was "FIJI GOVERNMENT ONLINE PORTAL" and the headline with its "Published:"
    # line the text's first paragraph)
    assert (meta["title"], meta["date"], meta["source"], meta["type"]) == (
        HEADLINE, "2024-11-14", "Ministry of Information", "press-release")
    assert "FIJI GOVERNMENT ONLINE PORTAL" in cleaned.menu
    assert cleaned.paragraphs[0].text.startswith("The Government of Japan, through the Japan International")
    assert HEADLINE not in cleaned.body


@pytest.mark.parametrize("site", ["FIJI GOVERNMENT ONLINE PORTAL", "Official Website of the Republic of Kenya",
                                  "National Information Portal", "Ghana News Portal"])
@pytest.mark.parametrize("under", ["Ministry of Information\nHome » Media Centre » Press Releases\n",
                                   "Home » Media Centre » Press Releases\n", "\n"])
def test_a_sites_name_over_the_pages_head_is_never_the_title(site, under):
    meta, cleaned = read_text(f"{site}\n{under}\nJapan Hands Over Climate Early Warning System\n"
                              "Published: 14/11/2024\n\nThe Government of Japan has handed over a climate early "
                              "warning system to the Fiji Meteorological Service, the ministry said.\n")
    assert meta["title"] == "Japan Hands Over Climate Early Warning System"
    assert site in cleaned.menu


@pytest.mark.parametrize("headline", ["Japan Opens Web Portal", "JICA Launches Online Portal",
                                      "New Government Web Portal"])
@pytest.mark.parametrize("under", ["13 May 2024", "By Kenji Sato"])
def test_a_headline_about_a_portal_over_its_date_or_byline_stays_the_title(headline, under):
    meta, _ = read_text(f"{headline}\n{under}\n\nJapan opened a web portal on Monday for trainees from ASEAN "
                        "countries, the ministry said.\n")
    assert meta["title"] == headline


KENYA = UNSEEN / "m76_kenya_daily_byline_job_email.txt"
STORY_HEAD = "Japan extends Sh50 billion loan for Mombasa port expansion\nWednesday, November 20, 2024\n\n"
LEDE = ("Kenya has secured a Sh50 billion concessional loan from Japan to expand the Mombasa port, the National "
        "Treasury said yesterday.")


def test_the_writers_job_and_address_under_the_byline_are_the_bylines():
    meta, cleaned = read_fixture(KENYA)
    # (before: "By JOHN MWANGI", "Senior Business Writer" and the address were the text's first paragraph)
    assert cleaned.paragraphs[0].text == LEDE
    assert cleaned.bylines == ("By JOHN MWANGI", "Senior Business Writer", "jmwangi@ke.nationmedia.com")
    assert [(p["name"], p["role"]) for p in meta["people"] if p["role"] == "Author"] == [("John Mwangi", "Author")]
    assert (meta["title"], meta["date"]) == ("Japan extends Sh50 billion loan for Mombasa port expansion", "2024-11-20")


@pytest.mark.parametrize("byline", [
    "By JOHN MWANGI\nSenior Business Writer\njmwangi@ke.nationmedia.com",
    "By JOHN MWANGI\nSenior Business Writer",
    "By John Mwangi\nNation Reporter",
    "By John Mwangi\njmwangi@ke.nationmedia.com",
    "By John Mwangi\nCorrespondent, Nairobi",
    "JOHN MWANGI\nSenior Business Writer",
])
def test_a_byline_over_the_writers_details_opens_no_text(byline):
    meta, cleaned = read_text(f"{STORY_HEAD}{byline}\n\n{LEDE}\n\nThe loan will finance the third phase.\n")
    assert cleaned.paragraphs[0].text == LEDE
    assert [p["name"] for p in meta["people"] if p["role"] == "Author"] == ["John Mwangi"]
    assert not meta.get("source")  # (the writer is no publisher)


@pytest.mark.parametrize("below", ["Senior Business Writer Says Kenya Must Repay", "Nairobi, Kenya"])
def test_a_line_that_is_no_writers_detail_is_not_taken_for_one(below):
    # a longer line under a byline is no job; a place alone is where the story was filed from
    _, cleaned = read_text(f"{STORY_HEAD}By John Mwangi\n{below}\n\n{LEDE}\n")
    assert below not in cleaned.bylines


THAI = UNSEEN / "m76_thai_portal_views_counter_back.txt"


def test_a_portals_view_counter_and_back_link_are_furniture():
    meta, cleaned = read_fixture(THAI)
    assert {"Number of Views: 1,245", "Back", "Print"} <= set(cleaned.removed)
    paragraphs = [p.text for p in cleaned.paragraphs]
    assert paragraphs[-1].startswith("The extension will add 15 kilometers")
    assert not any("Views" in p for p in paragraphs)
    assert (meta["title"], meta["date"]) == (
        "Thailand and Japan Sign Agreement on Yen Loan for Bangkok Mass Transit Red Line Extension", "2024-11-28")


@pytest.mark.parametrize("line", ["Number of Views: 1,245", "Views: 1,482", "Total views: 12k", "No. of Visits: 310",
                                  "Back", "Go back"])
def test_counters_and_back_links_alone_on_a_line_are_furniture(line):
    cleaned = clean_text(f"Japan funds Red Line extension\n13 May 2024\n\n{line}\n\nJapan will fund the line, "
                         "the ministry said.\n\nThe loan is 41.9 billion yen.\n")
    assert line in cleaned.removed


@pytest.mark.parametrize("line", ["Back to the drawing board for the railway plan.", "Views differ on the loan."])
def test_a_sentence_opening_with_the_same_words_stays(line):
    cleaned = clean_text(f"Japan funds Red Line extension\n13 May 2024\n\nJapan will fund the line.\n\n{line}\n")
    assert line in [p.text for p in cleaned.paragraphs]


PARAGUAY = UNSEEN / "m76_paraguay_agency_spanish_wire_dash.txt"
LOAN = "Paraguay and Japan sign USD 100 million loan for water and sanitation in Greater Asunción"
LOAN_LEDE = ("The Ministry of Economy and Finance (MEF) and the Japan International Cooperation Agency (JICA) "
             "signed on Tuesday a loan agreement for USD 100 million.")


def test_an_agencys_masthead_is_no_title_and_its_spanish_wire_dash_opens_the_lede():
    meta, cleaned = read_fixture(PARAGUAY)
    # (before: the title was "IP Paraguay", its subtitle the agency's Spanish name, the headline the
    # text's first paragraph)
    assert (meta["title"], meta.get("subtitle")) == (LOAN, None)
    assert cleaned.paragraphs[0].text.startswith("Asunción, Nov 26 (IP) .- The Ministry of Economy and Finance")
    assert "IP Paraguay" not in cleaned.body and "Agencia de Información Paraguaya" not in cleaned.body
    assert [c["code"] for c in meta["countries"]][:2] == ["PY", "JP"]


@pytest.mark.parametrize("full_name", ["Agencia de Información Paraguaya", "Paraguayan Information Agency"])
@pytest.mark.parametrize("under", ["", "26 November 2024\n"])
def test_a_short_name_with_an_acronym_over_the_agencys_full_name_is_its_masthead(full_name, under):
    meta, cleaned = read_text(f"IP Paraguay\n{full_name}\n\n{LOAN}\n{under}\nAsunción, Nov 26 (IP) – {LOAN_LEDE}\n\n"
                              "The works will benefit more than 200,000 residents.\n")
    assert meta["title"] == LOAN
    # (the agency's lines: its source lines, or the site's own when they read as its name and motto)
    assert "IP Paraguay" in (*cleaned.source_lines, *cleaned.menu) and "IP Paraguay" not in cleaned.body


@pytest.mark.parametrize("lede", ["Asunción, Nov 26 (IP) .- ", "Madrid, 26 nov (EFE).- ", "Lima, Jun. 3 (ANDINA). "])
def test_a_wires_dateline_closed_by_a_stop_and_a_dash_opens_the_lede(lede):
    assert lede_dateline(lede + LOAN_LEDE, load_rules()).end() == len(lede)
    cleaned = clean_text(f"{LOAN}\n\n{lede}{LOAN_LEDE}\n\nMore follows.\n")
    assert (cleaned.title, cleaned.subtitle) == (LOAN, None)
    assert cleaned.paragraphs[0].text == lede + LOAN_LEDE


DEVEX = UNSEEN / "m76_devex_section_editors_note_paywall.txt"
AID = 'Japan\'s aid agency bets on "co-creation" with African startups'
NOTE = "Editor's note: This article was updated on Nov. 29 to correct the name of the Rwandan startup."


def test_a_section_over_a_sentence_case_headline_and_a_note_over_the_byline():
    meta, cleaned = read_fixture(DEVEX)
    # (before: the title was "Global Development", the headline its subtitle, the byline and the date
    # the text's second paragraph, the date lost and the note the summary)
    assert (meta["title"], meta.get("subtitle"), meta["date"]) == (AID, None, "2024-11-28")
    assert [p.text for p in cleaned.paragraphs][:2] == [NOTE, (
        "NAIROBI — The Japan International Cooperation Agency is expanding a program that pairs Japanese companies "
        "with African startups, as Tokyo looks for new ways to stay relevant on a continent where Chinese lenders "
        "and Gulf investors loom large.")]
    assert meta["summary"].startswith("The Japan International Cooperation Agency is expanding a program")
    assert [p["name"] for p in meta["people"] if p["role"] == "Author"] == ["Sara Jerving"]
    assert "Global Development" in cleaned.removed or "Global Development" in cleaned.menu
    assert any(r.startswith("Printing articles to share with others is a breach") for r in cleaned.removed)
    assert "Update, Nov. 29, 2024: An earlier version of this article misspelled the name of Kasha." in \
        [p.text for p in cleaned.paragraphs]  # (a correction at the end is the paper's text too)


@pytest.mark.parametrize("note", [NOTE, "Correction: An earlier version of this story misstated the loan's size.",
                                  "Update, Nov. 29, 2024: The ministry confirmed the figures."])
def test_an_editors_note_between_headline_and_byline_keeps_the_header(note):
    meta, cleaned = read_text(f"{AID}\n\n{note}\n\nBy Sara Jerving | 28 November 2024\n\nNAIROBI — The Japan "
                              "International Cooperation Agency is expanding a program, officials said.\n")
    assert (meta["title"], meta["date"]) == (AID, "2024-11-28")
    assert [p.text for p in cleaned.paragraphs][0] == note
    assert not any("Sara Jerving" in p.text for p in cleaned.paragraphs)


@pytest.mark.parametrize("notice", [
    "Printing articles to share with others is a breach of our terms and conditions and copyright policy. Please "
    "use the sharing options on the left side of the article.",
    "Please use the sharing tools found via the share button at the top or side of articles. Copying articles to "
    "share with others is a breach of FT.com T&Cs and Copyright Policy."])
def test_a_notice_against_sharing_copies_is_furniture(notice):
    cleaned = clean_text(f"{AID}\n28 November 2024\n\nJICA is expanding a program, officials said.\n\n{notice}\n")
    assert notice in cleaned.removed


KHMER = UNSEEN / "m76_khmer_times_signoff_over_tags.txt"


def test_the_desks_initials_over_the_tags_close_the_page_as_furniture():
    meta, cleaned = read_fixture(KHMER)
    # (before: "KT/MH" and the tags were the text's last paragraph)
    assert {"KT/MH", "Topics: Japan, CMAC, demining"} <= set(cleaned.removed)
    assert cleaned.paragraphs[-1].text == "Since 1998, Japan has provided more than $150 million to CMAC for demining " \
                                          "equipment and training."
    assert (meta["title"], meta["date"], meta["source"]) == (
        "Japan grants $4.5 million for demining in Battambang", "2024-11-28", "Khmer Times")


@pytest.mark.parametrize("closing", ["KT/MH\nTopics: Japan, CMAC, demining", "KT/MH\n\nTopics: Japan, CMAC, demining",
                                     "Tags: Japan, mine action, Battambang"])
def test_initials_and_tags_closing_a_story_go_together_or_alone(closing):
    cleaned = clean_text("Japan grants $4.5 million for demining\nNovember 28, 2024\n\nJapan has granted $4.5 million "
                         f"to CMAC, the embassy said.\n\nThe grant will clear 12 square kilometres.\n\n{closing}\n")
    assert all(line in cleaned.removed for line in closing.split("\n") if line)


def test_a_closing_line_of_topics_in_a_sentence_stays():
    # (the tags' shape needs a capitalised tag and no stop: a sentence is the author's)
    line = "Topics: we discussed trade, investment and the new loan."
    cleaned = clean_text(f"Japan grants $4.5 million for demining\nNovember 28, 2024\n\nJapan has granted $4.5 million "
                         f"to CMAC, the embassy said.\n\n{line}\n")
    assert line in [p.text for p in cleaned.paragraphs]


WHITE_PAPER = UNSEEN / "m76_white_paper_stories_from_the_field.txt"


def test_a_white_papers_stories_from_the_field_box_is_a_box():
    meta, cleaned = read_fixture(WHITE_PAPER)
    # (before: the label and the box's title were two plain paragraphs)
    assert "Stories from the Field\n{ #p-6 .atlas-box-label }" in cleaned.body
    assert "#### Protecting Lives in Tonga from Tsunamis" in cleaned.body
    assert (meta["title"], meta["type"]) == ("Disaster Risk Reduction and Sustainable Urban Development", "white-paper")
    # the chapter's footnotes, glued to a closing quote, are footnotes
    assert '"Sendai Framework for Disaster Risk Reduction 2015-2030,"[^31]' in cleaned.body
    assert "[^33]: Note 33: A network of 26 pilot cities established by ASEAN in 2018." in cleaned.body


OPINION = UNSEEN / "m76_opinion_kind_and_section_path.txt"
OSA = "Japan's OSA needs clearer rules before it expands in Southeast Asia"


def test_a_kind_and_section_path_over_the_headline_types_the_page():
    meta, cleaned = read_fixture(OPINION)
    # (before: the source was "COMMENTARY / WORLD" and the page typed news)
    assert (meta["title"], meta["type"], meta.get("source"), meta["date"]) == (OSA, "opinion", None, "2024-11-28")
    assert "COMMENTARY / WORLD" in cleaned.removed
    assert [p["name"] for p in meta["people"] if p["role"] == "Author"] == ["Kei Koga"]


@pytest.mark.parametrize("path", ["COMMENTARY / WORLD", "WORLD / COMMENTARY", "Opinion / Asia Pacific",
                                  "Commentary | Asia", "EDITORIALS"])
def test_a_kinds_path_with_the_sites_sections_is_no_title_nor_source(path):
    meta, _ = read_text(f"{path}\n{OSA}\nby Kei Koga\nNov 28, 2024\n\nJapan's Official Security Assistance has so "
                        "far delivered coastal radars to the Philippines.\n\nTokyo needs to explain its limits.\n")
    assert (meta["title"], meta["type"], meta.get("source")) == (OSA, "opinion", None)


def test_a_section_path_without_a_kind_or_with_a_source_is_not_read_as_one():
    from atlas.clean import _is_kind_label
    from atlas.clean_rules import load_rules
    rules = load_rules()
    assert _is_kind_label("COMMENTARY / WORLD", rules)
    assert not _is_kind_label("World / Asia Pacific", rules)  # (no kind among them)
    assert not _is_kind_label("News | Kyodo News", rules)  # (an outlet beside the kind: the source)


SETKAB = UNSEEN / "m76_indonesia_setkab_bracketed_initials.txt"


def test_bracketed_initials_closing_a_release_are_furniture_and_no_body():
    meta, cleaned = read_fixture(SETKAB)
    # (before: "(TGH/UN) (RI/EP)" was the last paragraph and "UN" the United Nations)
    assert "(TGH/UN) (RI/EP)" in cleaned.removed
    assert cleaned.paragraphs[-1].text == '"Japan is a strategic partner for Indonesia," President Prabowo said.'
    assert "un" not in [o["id"] for o in meta["organisations"]]
    assert (meta["date"], meta["source"]) == ("2024-11-28", "Cabinet Secretariat of the Republic of Indonesia")


RANKING = UNSEEN / "m76_japan_news_access_ranking.txt"


def test_a_ranking_of_other_stories_under_the_text_is_furniture():
    meta, cleaned = read_fixture(RANKING)
    # (before: "JN ACCESS RANKING" was the text's last heading over three other stories' headlines)
    assert {"JN ACCESS RANKING", "2. Typhoon Brings Heavy Rain to Western Japan"} <= set(cleaned.removed)
    assert cleaned.paragraphs[-1].text.startswith("The government intends to sign an exchange of notes")
    assert "Ishiba" not in " ".join(p["name"] for p in meta.get("people") or [])


@pytest.mark.parametrize("fixture, name, role", [
    (NEWSLETTER, "Viengsavath Siphandone", "Minister of Public Works and Transport"),
    (PORTAL, "Sakiusa Tubuna", "Minister for Disaster Management and Meteorological Services"),
])
def test_a_role_joining_two_fields_before_an_addressed_name_is_the_persons(fixture, name, role):
    # "The Minister of Public Works and Transport, H.E. Mr. Viengsavath Siphandone, thanked ...":
    # before, the role stopped at "and" and the person's role was the honorific ("Mr.", "Hon.")
    meta, _ = read_fixture(fixture)
    assert {"name": name, "role": role} in meta["people"]


def test_a_role_and_a_body_joined_by_and_are_no_role():
    from atlas.extract_spans import find_people
    # (no title opens "The Ministry of Health and Japan": the honorific stays the role)
    assert find_people("The Ministry of Health and Japan, Dr. Sam Rainsy, said it.") == [
        {"name": "Sam Rainsy", "role": "Dr."}]


@pytest.mark.parametrize("text, name, role", [
    ("For more information, please contact:\nMs. Chea Sophea\nCommunications Officer\nTel: 012 345 678",
     "Chea Sophea", "Communications Officer"),
    ("Prepared by: Ms Nur Aisyah Binte Rahman, Research Officer, ISEAS – Yusof Ishak Institute",
     "Nur Aisyah Binte Rahman", "Research Officer"),
    ("Moderator: Mr. Takeshi Yamada, Project NINJA Coordinator, JICA", "Takeshi Yamada", "Project NINJA Coordinator"),
])
def test_a_post_after_an_addressed_name_is_the_persons_role(text, name, role):
    # (before: the honorific, "Ms." or "Mr.", was the role)
    from atlas.extract_spans import find_people
    assert {"name": name, "role": role} in find_people(text)


@pytest.mark.parametrize("text", ["We met Dr. Hiroshi Ogawa, a JICA expert on hydrology.",
                                  "Ms Maria Teresa Santos, Philippine Institute for Peace, Violence and Terrorism Research"])
def test_words_after_a_name_that_end_on_no_post_noun_leave_the_honorific(text):
    from atlas.extract_spans import find_people
    assert [p["role"] for p in find_people(text)] in (["Dr."], ["Ms."])
