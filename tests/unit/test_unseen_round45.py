"""Forty-fifth round: five documents of kinds the corpus lacked (a Commonwealth parliament's Daily
Hansard with an oral question on a Japanese grant, an institutional repository's record of a thesis,
a journal's book review with bracketed note marks, an embassy's media advisory under its letterhead,
a video page copied with its description, transcript and comments), in
tests/fixtures/unseen/round45_*.txt. Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import _reviewed_book, clean_text
from atlas.clean_blocks import Line, page_furniture
from atlas.clean_rules import load_rules
from atlas.extract_dates import parse_dateline

HANSARD = "round45_fiji_hansard_jica_flood_question.txt"
THESIS = "round45_dspace_thesis_kaizen_ethiopia.txt"
REVIEW = "round45_journal_book_review_japan_aid_mekong.txt"
ADVISORY = "round45_media_advisory_jamaica_odpem_equipment.txt"
VIDEO = "round45_youtube_webinar_ninja_africa_startups.txt"


def headings(name: str) -> list[str]:
    return [line[3:].split(" { #")[0] for line in cleaned(name).body.split("\n") if line.startswith("## ")]


# --- a parliament's Daily Hansard ---------------------------------------------------------------

def test_a_hansard_is_a_parliamentary_record_under_its_parliament_s_name():
    # "PARLIAMENT OF THE REPUBLIC OF FIJI" / "DAILY HANSARD" / "TUESDAY, 5TH AUGUST, 2025"
    # (round 48: the record's name is its series; its one question, "Japan-funded Flood Control in the
    # Nadi Basin" / "(Question No. 214/2025)", names it)
    m = meta(HANSARD)
    assert (m["series"], m["title"]) == ("DAILY HANSARD", "Japan-funded Flood Control in the Nadi Basin")
    assert m["source"] == "Parliament of the Republic of Fiji"
    assert m["date"] == "2025-08-05"
    # "HON. SPEAKER.- I give the floor ...", "HON. DEPUTY PRIME MINISTER AND MINISTER FOR FOREIGN AFFAIRS.- ..."
    assert m["type"] == "parliamentary-record"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["FJ"]
    assert {"jica", "fiji-met-service"} <= {o["id"] for o in m["organisations"]}


def test_a_hansard_s_running_headers_on_facing_pages_are_furniture():
    # "1432                     Oral Questions                     5th Aug., 2025" and, a page on,
    # "5th Aug., 2025                     Oral Questions                     1433"
    c = cleaned(HANSARD)
    assert "1432 Oral Questions 5th Aug., 2025" in c.removed
    assert "5th Aug., 2025 Oral Questions 1433" in c.removed
    assert "Oral Questions 1433" not in c.body and "1432 Oral" not in c.body
    lines = ["1432   Oral Questions   5th Aug., 2025", "a", "b", "c", "d", "e", "f",
             "5th Aug., 2025   Oral Questions   1433"]
    assert page_furniture(lines, load_rules()) == {0, 7}
    # (a year opening one line and the next closing another a page on is no page number)
    years = ["2024 Annual Outlook For Asia", "a", "b", "c", "d", "e", "f", "Results Of The Year 2025"]
    assert page_furniture(years, load_rules()) == set()


def test_a_hansard_s_speaker_turns_are_text_never_headings():
    # "HON. MEMBER.- (Inaudible)", "[Interruption]"
    t = texts(HANSARD)
    assert "HON. MEMBER.- (Inaudible)" in t and "[Interruption]" in t
    assert not any(h.startswith("HON.") for h in headings(HANSARD))
    assert any(x.startswith("HON. SPEAKER.- Order, order! Let the honourable Minister") for x in t)
    c = clean_text("Japan Helps Fiji\n\nHON. SPEAKER.- Order! Let the Minister answer.\n\nHON. MEMBER.- (Inaudible)\n\n"
                   "HON. MINISTER.- Thank you. The works start in 2026.\n")
    assert "## " not in c.body
    # (a short line of the author's in title case still heads its section)
    c = clean_text("Japan Helps Fiji\n\nThe works start in 2026. They end in 2029.\n\nFlood Control Works\n\n"
                   "The river will be widened. It runs through the town.\n")
    assert "## Flood Control Works" in c.body


# --- an institutional repository's record -------------------------------------------------------

def test_a_repository_record_is_named_by_its_title_field_and_dated_by_its_issue_date():
    # "GRIPS Repository" / "National Graduate Institute for Policy Studies" over the record's fields,
    # "Title: Kaizen and Firm Productivity in Ethiopia: ..." and "Issue Date: Sep-2024"
    m = meta(THESIS)
    assert m["title"] == ("Kaizen and Firm Productivity in Ethiopia: Evidence from Firms Trained under the JICA "
                          "Kaizen Project, 2011-2022")
    assert m["series"] == "GRIPS Repository"
    assert m["source"] == "National Graduate Institute for Policy Studies"
    assert m["date"] == "2024-09"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["ET"]
    assert {"grips", "jica", "eki", "africa-kaizen-initiative", "ticad"} <= {o["id"] for o in m["organisations"]}
    # the record's fields and the abstract stay, as the page gives them
    t = texts(THESIS)
    assert "Issue Date: Sep-2024" in t and "Authors: Tesfaye, Meron Alemu" in t
    assert any(x.startswith("Using a panel of 412 small and medium manufacturing firms") for x in t)


def test_a_month_and_year_joined_by_a_hyphen_is_a_date():
    assert parse_dateline("Issue Date: Sep-2024").value == "2024-09"
    assert parse_dateline("Sep-2024").value == "2024-09"
    assert parse_dateline("Sep-24") is None


def test_a_repository_page_s_furniture_goes():
    c = cleaned(THESIS)
    for line in ["Please use this identifier to cite or link to this item: http://hdl.handle.net/10519/11842",
                 "Show full item record", "Page view(s): 318", "Download(s): 127", "Checked on Nov 28, 2025",
                 "Google Scholar™", "Check", "Altmetric",
                 "Items in GRIPS Repository are protected by copyright, with all rights reserved, unless otherwise "
                 "indicated.", "Powered by DSpace Software Copyright © 2002-2025 LYRASIS"]:
        assert line in c.removed, line
    rules = load_rules()
    # (a sentence that checks something keeps its words: only a date after "Checked on" is a stamp)
    assert not rules.furniture.fullmatch("Checked on arrival.")
    assert not rules.furniture.fullmatch("Items in the shipment were checked.")


# --- a journal's book review --------------------------------------------------------------------

def test_a_book_review_is_named_by_the_book_and_published_by_its_journal():
    # "Contemporary Southeast Asia" / "Volume 47, Number 2, August 2025" / "pp. 318-321" ... "Building
    # the Mekong: Japan's Infrastructure Diplomacy and Its Partners, 1992-2022. By Naoko Shimada. ..."
    m = meta(REVIEW)
    assert m["title"] == "Building the Mekong: Japan's Infrastructure Diplomacy and Its Partners, 1992-2022"
    assert m["source"] == "Contemporary Southeast Asia"
    assert m["date"] == "2025-08"
    assert m["type"] == "opinion"  # "Book Review", "Reviewed by Pham Thu Trang"
    # "Reviewed by Pham Thu Trang" / "Diplomatic Academy of Vietnam"
    assert m["people"] == [{"name": "Pham Thu Trang", "role": "Author"}]
    assert {"dav", "jica", "adb", "iseas", "pqi"} <= {o["id"] for o in m["organisations"]}
    # the book's citation stays, the first line of the text
    assert texts(REVIEW)[1].startswith("Building the Mekong: Japan's Infrastructure Diplomacy and Its Partners, "
                                       "1992-2022. By Naoko Shimada. Singapore:")
    assert "Download PDF | Cite | Share | Permissions" in cleaned(REVIEW).removed
    # the summary is the review's own first sentence, not the citation's
    assert m["summary"].startswith("In the two decades since China's Belt and Road Initiative appeared")


def test_a_book_s_citation_names_the_review_only_when_it_is_one():
    assert _reviewed_book([Line(0, "Building the Mekong. By N. Shimada. Singapore: ISEAS, 2024.")]) == \
        "Building the Mekong"
    assert _reviewed_book([Line(0, "Japan funded the bridge. By then the works were done. It opened.")]) is None
    # a periodical's name over its volume is the publication; a name over a sentence is not
    c = clean_text("Asian Survey\nVolume 61, Number 5, October 2021\n\nJapan's Aid in Vietnam\n\nJapan gave aid. "
                   "It grew.\n")
    assert c.source_lines == ("Asian Survey",) and c.title == "Japan's Aid in Vietnam"


def test_bracketed_marks_point_to_the_numbered_notes_under_notes():
    # "... one of the most original contributions of the book.[1]" ... "Notes" / "1. On the training
    # of Cambodian engineers, see also Sok Chenda, ..."
    body = cleaned(REVIEW).body
    assert "contributions of the book.<sup class=\"atlas-note-ref\">[\\[1\\]](#note-1)</sup>" in body
    assert "in detail.<sup class=\"atlas-note-ref\">[\\[2\\]](#note-2)</sup>" in body
    assert "On the training of Cambodian engineers, see also Sok Chenda" in body
    c = clean_text("Japan Funds Schools\n\nThe schools opened in 2024.[1] They serve 300 pupils.[2]\n\n"
                   "Notes\n1. The first note.\n2. The second note.\n")
    assert "2024.[^1]" in c.body and "[^2]: 2\\. The second note." in c.body
    # (without such marks, a numbered list under "Notes" stays a list)
    c = clean_text("Japan Funds Schools\n\nThe schools opened in 2024. They serve 300 pupils.\n\n"
                   "Notes\n1. The first note.\n2. The second note.\n")
    assert "[^1]" not in c.body and "1. The first note." in c.body


def test_a_row_of_buttons_with_cite_and_permissions_is_furniture_beside_a_furniture_button():
    c = clean_text("Japan Funds Schools\n\nDownload PDF | Cite | Share | Permissions\n\nThe schools opened. They grew.\n")
    assert "Download PDF | Cite | Share | Permissions" in c.removed
    # (without a furniture line among them, such words in a row are the author's)
    c = clean_text("Japan Funds Schools\n\nCite | Permissions | Metrics\n\nThe schools opened. They grew.\n")
    assert "Cite | Permissions | Metrics" not in c.removed


# --- an embassy's media advisory ----------------------------------------------------------------

def test_a_letterhead_s_address_and_numbers_are_no_title():
    # "EMBASSY OF JAPAN IN JAMAICA" / "NLCB Building, 6th Floor, 60 Knutsford Boulevard, Kingston 5,
    # Jamaica" / "Tel: (876) 929-3338/9  |  Fax: (876) 968-1373" ... "MEDIA ADVISORY" / "For immediate
    # release" / "Kingston, 18 November 2025" / "" / "Japan to Hand Over Emergency Communications ..."
    m, c = meta(ADVISORY), cleaned(ADVISORY)
    assert m["title"] == ("Japan to Hand Over Emergency Communications and Early Warning Equipment to ODPEM "
                          "after Hurricane Melissa")
    assert m["source"] == "Embassy of Japan in Jamaica"
    assert m["date"] == "2025-11-18"
    assert m["type"] == "press-release"
    assert "NLCB Building, 6th Floor, 60 Knutsford Boulevard, Kingston 5, Jamaica" in c.removed
    assert "Tel: (876) 929-3338/9 | Fax: (876) 968-1373" in c.removed
    assert c.dateline == "Kingston, 18 November 2025"
    # an address in the text, the venue's, stays
    assert "WHERE: ODPEM Headquarters, 2-4 Haining Road, Kingston 5" in texts(ADVISORY)
    assert {"name": "Yasuhiro Kamimura", "role": "Ambassador"} in m["people"]
    assert {"odpem", "jica"} <= {o["id"] for o in m["organisations"]}


# --- a video page ---------------------------------------------------------------------------------

def test_a_video_page_s_title_date_and_channel():
    # "Skip navigation" ... "Webinar | Project NINJA: ..." / "JICA Channel" / "48.2K subscribers" ...
    # "1,906 views  Streamed live on Jun 17, 2025"
    m, c = meta(VIDEO), cleaned(VIDEO)
    assert m["title"] == "Webinar | Project NINJA: How Japan and African Startups Can Co-Create (English)"
    assert m["date"] == "2025-06-17"
    assert m["source"] == "JICA Channel"
    assert c.dateline == "1,906 views Streamed live on Jun 17, 2025"
    assert texts(VIDEO)[0].startswith("JICA's Project NINJA (Next Innovation with Japan) supports")
    assert m["summary"].startswith("JICA's Project NINJA")
    assert parse_dateline("Premiered Mar 3, 2025").value == "2025-03-03"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["KE", "NG"]
    # "Ms. Aya Morimoto, Senior Advisor, Private Sector Development Group, JICA": the job after the comma
    assert {"name": "Aya Morimoto", "role": "Senior Advisor"} in m["people"]
    assert {"name": "Brian Otieno", "role": "CEO"} in m["people"]


def test_a_video_page_s_buttons_and_comments_go_and_its_transcript_stays():
    c = cleaned(VIDEO)
    for line in ["Skip navigation", "Download", "Show transcript", "Follow along using the transcript.", "212",
                 "Comments 14", "@wanjiru_k 2 weeks ago",
                 "Very useful session. When is the next NINJA business plan contest for Uganda?"]:
        assert line in c.removed, line
    t = texts(VIDEO)
    assert any(x.startswith("thank you Takeshi. so Project NINJA started in January 2020") for x in t)
    assert any(x.startswith("yes. at TICAD 9 in Yokohama in August") for x in t)
    assert not any("Uganda" in x for x in t)
    # (a comment box needs its form: an author's "Comments" section over text stays)
    kept = clean_text("Japan Funds Schools\n\nThe schools opened. They grew.\n\nComments 2\n\n"
                      "The reviewers asked for more data. We added it.\n")
    assert "The reviewers asked for more data. We added it." in kept.body
