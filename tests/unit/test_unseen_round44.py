"""Forty-fourth round: five documents of kinds the corpus lacked (a chapter pasted from an OCR'd
PDF with ligatures, hyphenated words and facing-page running headers; a bilingual English /
Vietnamese press release; a statistical annex of tables; the transcript of Indonesia's foreign
ministry's weekly press briefing; an ADB consultant's terms of reference under a Japanese fund), in
tests/fixtures/unseen/round44_*.txt. Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.clean_blocks import page_furniture
from atlas.clean_rules import load_rules
from atlas.extract_dates import bilingual_date, find_dateline
from atlas.read import decode_seed

OCR = "round44_ocr_eria_digital_skills_report.txt"
BILINGUAL = "round44_bilingual_vn_jica_semiconductor_training.txt"
ANNEX = "round44_stat_annex_japan_oda_asean.txt"
BRIEFING = "round44_kemlu_press_briefing_transcript.txt"
TOR = "round44_adb_jfpr_consultant_tor.txt"


def test_facing_pages_running_headers_are_furniture_and_the_wrapped_chapter_name_is_the_title():
    # "ERIA Research Project Report 2024, No. 17        23" on one page, "24     Digital Skills
    # Cooperation in the Mekong Subregion" on the next; "Chapter 3" over "Japan's Technical
    # Cooperation for Digital Skills" / "in the Mekong Subregion"
    m, c = meta(OCR), cleaned(OCR)
    assert m["title"] == "Japan's Technical Cooperation for Digital Skills in the Mekong Subregion"
    assert m["series"] == "Chapter 3"
    assert "ERIA Research Project Report 2024, No. 17 23" in c.removed
    assert "24 Digital Skills Cooperation in the Mekong Subregion" in c.removed
    assert "24 Digital Skills" not in c.body and "No. 17" not in c.body
    # "Keiko Matsuda and Somchai Rattanakorn" under the title: the chapter's writers
    assert {"name": "Keiko Matsuda", "role": "Author"} in m["people"]
    assert {"name": "Somchai Rattanakorn", "role": "Author"} in m["people"]
    assert m["type"] == "report"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["KH", "LA", "MM", "VN"]
    # (ERIA is named only in the running header, which is furniture)
    assert {"aots", "jica", "meti"} <= {o["id"] for o in m["organisations"]}


def test_numbered_headings_and_years_are_no_facing_pages():
    # numbered headings each open their line ("1 Introduction", "2 Background"); a year closing one
    # line and the next opening another ("... in 2023" / "2024 Outlook ...") is no page number
    lines = ["1 Introduction Of The Report", "a", "b", "c", "d", "e", "2 Background To The Study",
             "Results For Fiscal Year 2023", "a", "b", "c", "d", "e", "2024 Outlook And Targets"]
    assert page_furniture(lines, load_rules()) == set()


def test_a_running_header_pair_a_page_apart_is_furniture():
    lines = ["Annual Report On Cooperation 2024   41", "a", "b", "c", "d", "e", "f",
             "42   Skills And Training In Asia"]
    assert page_furniture(lines, load_rules()) == {0, 7}


def test_ocr_ligatures_read_as_their_letters_and_no_word_is_lost():
    # "shifted a signiﬁcant part", "the staﬀ of the Institute", "the ﬂow of skills"
    body = cleaned(OCR).body
    assert "a significant part" in body and "the staff of the Institute" in body and "the flow of skills" in body
    assert "ﬁ" not in body and "ﬀ" not in body
    assert decode_seed("x.txt", "ﬁve ﬂows, eﬃcient ¹ ½ Ｘ".encode()) == "five flows, efficient ¹ ½ Ｘ"
    # "pro-" / "grammes", "institu-" / "tion", "three-" / "year periods": mended as the text writes them
    assert "three programmes financed" in body and "an institution that can keep" in body
    assert "for three-year periods" in body


def test_a_quote_opening_a_word_cut_at_the_line_end_stays_on_the_word():
    # 'calls for "co-' / 'creation" with partner countries'
    assert 'calls for "co-creation" with partner countries' in cleaned(OCR).body
    c = clean_text("A title\n\nThe plan runs for a (three-\nyear) period with partners. It is new.\n")
    assert "for a (three-year) period" in c.paragraphs[0].text


def test_a_bilingual_dateline_dates_the_page():
    # "Hanoi, 12 March 2025 / Hà Nội, ngày 12 tháng 3 năm 2025"
    m = meta(BILINGUAL)
    assert m["date"] == "2025-03-12"
    # "JICA Vietnam Office | Văn phòng JICA Việt Nam": the office its masthead names (round 46), as
    # "JICA Thailand Office" names round 29's
    assert m["source"] == "JICA Vietnam Office"
    assert m["type"] == "press-release"
    assert bilingual_date("Hanoi, 12 March 2025 / Hà Nội, ngày 12 tháng 3 năm 2025").value == "2025-03-12"
    # a slash in a title with no date before it dates nothing
    assert bilingual_date("Japan / ASEAN 2025 Cooperation Plan") is None
    assert find_dateline("Japan and ASEAN / Japon et ASEAN\n\nThe two sides met in 2025.") is None
    assert [p["name"] for p in m["people"]] == ["Sugano Yuichi", "Huynh Quyet Thang"]
    assert {"jica", "hust"} <= {o["id"] for o in m["organisations"]}
    # both languages' paragraphs stay, in order
    t = texts(BILINGUAL)
    assert any(x.startswith("On 12 March 2025, the Japan International") for x in t)
    assert any(x.startswith("Ngày 12 tháng 3 năm 2025, Cơ quan Hợp tác") for x in t)


def test_an_annex_of_numbered_tables_is_statistics():
    # "Statistical Annex" / "Table A-7  Japan's Bilateral ODA to ASEAN ..." / "Table A-8  Number of JICA ..."
    m = meta(ANNEX)
    assert m["type"] == "statistics"
    assert m["title"] == "Statistical Annex"
    assert "- 142 -" in cleaned(ANNEX).removed
    assert "| Philippines | 42.7 | 68.1 | 1,122.9 | 1,233.7 | 36.3 |" in cleaned(ANNEX).body


def test_a_press_briefing_transcript_under_the_ministry_s_masthead():
    # "Ministry of Foreign Affairs of the Republic of Indonesia" / "" / "Transcript of the Weekly
    # Press Briefing" / "Spokesperson of the Ministry of Foreign Affairs, Roy Soemirat" / "Jakarta,
    # Thursday, 6 February 2025"
    m = meta(BRIEFING)
    assert m["title"] == "Transcript of the Weekly Press Briefing"
    assert m["source"] == "Ministry of Foreign Affairs of the Republic of Indonesia"
    assert m["date"] == "2025-02-06"
    assert m["type"] == "speech"
    ids = {o["id"] for o in m["organisations"]}
    # the ministry's own "Ministry of Foreign Affairs" is Indonesia's, not Japan's
    assert "kemlu" in ids and "mofa" not in ids
    assert {"jica", "jetro", "keidanren", "azec", "osa"} <= ids
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["ID"]
    assert any(x.startswith("QUESTION (Kompas): Thank you.") for x in texts(BRIEFING))


def test_weekly_or_daily_before_a_briefing_names_no_outlet_but_a_weekly_does():
    from atlas.clean_blocks import is_source_line
    rules = load_rules()
    assert not is_source_line("Transcript of the Weekly Press Briefing", rules)
    assert not is_source_line("Daily Press Briefing", rules)
    assert is_source_line("The Nikkei Weekly", rules)


def test_a_title_case_line_under_a_masthead_needs_title_case():
    # a sentence-case paragraph under a publisher's name stays no title
    from atlas.extract import title_case_line
    assert title_case_line(["Transcript of the Weekly Press Briefing"], set()) == "Transcript of the Weekly Press Briefing"
    assert title_case_line(["The minister met the press on Monday"], set()) == ""
    assert title_case_line(["Thursday, 6 February 2025"], set()) == ""


def test_a_consultant_s_terms_of_reference_are_a_procurement_notice_named_by_its_title_field():
    # "CONSULTANT'S TERMS OF REFERENCE" / ... / "Title: Strengthening Digital Public Infrastructure
    # in Southeast Asia (Financed by the Japan Fund for Prosperous and Resilient Asia and the Pacific)"
    m = meta(TOR)
    assert m["title"] == ("Strengthening Digital Public Infrastructure in Southeast Asia (Financed by the "
                          "Japan Fund for Prosperous and Resilient Asia and the Pacific)")
    assert m["series"] == "CONSULTANT'S TERMS OF REFERENCE"
    assert m["type"] == "procurement-notice"
    assert {"adb", "jfpr", "jica", "mic"} <= {o["id"] for o in m["organisations"]}
    assert "Apply Now | Print | Back to list" in cleaned(TOR).removed
    # the field lines stay in the text
    assert "Title: Strengthening Digital Public Infrastructure in Southeast Asia (Financed by the Japan Fund " \
           "for Prosperous and Resilient Asia and the Pacific)" in texts(TOR)


def test_a_chapter_s_long_name_alone_under_its_label_is_the_title_a_short_one_a_section():
    long = clean_text("Chapter 3\n\nJapan's Technical Cooperation for Digital Skills in the Mekong Subregion\n\n"
                      "1. Introduction\n\nJapan has shifted its cooperation. It trains engineers.\n")
    assert long.title == "Japan's Technical Cooperation for Digital Skills in the Mekong Subregion"
    short = clean_text("Chapter 3\n\nOverview\n\nJapan has shifted its cooperation. It trains engineers.\n")
    assert short.title != "Overview"
    # a second line that opens in capitals is no wrap of the first
    two = clean_text("Chapter 3\n\nDigital Skills\nHuman Resources\n\nJapan has shifted its cooperation. It trains.\n")
    assert two.title != "Digital Skills Human Resources"


def test_a_lone_numbered_paragraph_under_a_glyph_heading_stays_a_paragraph():
    # the terms of reference's "B. Scope of Work" over "3. The Digital Identity Specialist will advise ..."
    c = clean_text("A title\n\n■ Scope of Work\n\n3. The specialist will advise the governments on design.\n\n"
                   "● Detailed Tasks\n\nThe consultant will review the systems.\n")
    assert any(p.text.startswith("3. The specialist will advise") for p in c.paragraphs)
