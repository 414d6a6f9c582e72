"""Fifteenth round: the body's structure in five genres no earlier round had
(tests/fixtures/unseen/round15_*.txt), each saved as a person copying it would:

- a journal article's page (journal and issue lines, "Research Article", the authors with
  superscript marks over their affiliations, "Received / Accepted" dates, DOI, the page's buttons,
  "Abstract", "Keywords:", "JEL Classification:", numbered sections 1. / 2.1, References);
- an e-mail bulletin forwarded as text (From/Sent/To/Cc/Subject header, a signature after `--`,
  a confidentiality notice, "-----Original Message-----", the bulletin quoted with `>` marks,
  "Unsubscribe | Update your preferences");
- a chronology page (decades as headings, "1991 – ..." and "April 2012: ..." lines, a year alone
  over its months, a line in Japanese, a "Related links" list, "Back to ..." as the last line);
- a podcast episode's page with its transcript (the show's name over "Ep. 42 — ...", the date and
  length, "Listen on: Spotify · ...", chapters "00:00 Intro", "[00:00:08] Sarah Lim: ..." turns);
- a statistical annex (a bureau and its ministry on one line, a table aligned with spaces whose
  header wraps over two lines and one row of which is empty, "[Figure omitted]", "Source:" lines).

Every expected value below was read off the fixture's text (the line quoted in the comment).
"""

from __future__ import annotations

import re

import pytest
from test_unseen_documents import cleaned, seed, texts
from test_unseen_round3 import assert_every_word_in_order
from test_unseen_round7 import page
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import headings, idempotent

from atlas.clean import clean_text
from atlas.clean_blocks import is_source_line, table_rows, to_line, unquote_mail
from atlas.clean_rules import load_rules

JOURNAL = "round15_journal_article_semiconductors.txt"
MAIL = "round15_email_bulletin_forwarded.txt"
CHRONOLOGY = "round15_chronology_japan_mekong.txt"
PODCAST = "round15_podcast_transcript_cambodia_flood.txt"
ANNEX = "round15_statistical_release_oda_asean.txt"
ROUND15 = [JOURNAL, MAIL, CHRONOLOGY, PODCAST, ANNEX]


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _mail_source_as_read() -> str:
    """The e-mail's text with its subject line on top, as the page reads it: the subject is the
    title ("Subject: FW: " its label and prefix, recorded as furniture), the rest in place."""
    lines = seed(MAIL).text.split("\n")
    k = next(k for k, line in enumerate(lines) if line.startswith("Subject: FW: "))
    subject = lines.pop(k)
    # (the bulletin's `>` marks are no words: its list numbers open their lines once they are gone)
    return unquote_mail("\n".join([subject.removeprefix("Subject: FW: "), "", *lines]))


# A superscript mark glued to a word (`Watanabe¹`) links to its note: the link is no word of the
# paragraph's text. (The note's own line keeps its mark as its label: `¹ Graduate School ...`.)
_GLUED_SUPERSCRIPT = re.compile(r"(?<=\w)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def _annex_source_as_read() -> str:
    """The annex with its table's header as one row: "Technical" over "cooperation" is one
    column's name, as the table's header shows it."""
    lines = seed(ANNEX).text.split("\n")
    k = next(k for k, line in enumerate(lines) if line.startswith("Country "))
    lines[k:k + 2] = ["Country Grant aid Technical cooperation ODA loans (gross) Total Share of ASEAN (%)"]
    return "\n".join(lines)


@pytest.mark.parametrize("name, text", [
    (JOURNAL, lambda: _GLUED_SUPERSCRIPT.sub("", seed(JOURNAL).text)),
    (CHRONOLOGY, lambda: seed(CHRONOLOGY).text),
    (PODCAST, lambda: seed(PODCAST).text),
    (ANNEX, _annex_source_as_read),
])
def test_every_source_word_stays_in_order_and_cleaning_is_idempotent(name, text):
    assert_words_kept(text(), cleaned(name))
    idempotent(seed(name).text)


def test_the_e_mail_keeps_every_word_in_order_but_its_subject_s_label():
    c = cleaned(MAIL)
    assert "Subject: FW:" in c.removed
    assert_every_word_in_order(_mail_source_as_read(), c)
    idempotent(seed(MAIL).text)


# --- a journal article ------------------------------------------------------------------------------

def test_the_article_s_title_is_under_its_journal_issue_and_kind():
    c = cleaned(JOURNAL)
    # "Chips, Skills and Subsidies: Japan's Semiconductor Cooperation with ... after the 2021 Strategy"
    assert c.title.startswith("Chips, Skills and Subsidies: Japan's Semiconductor Cooperation")
    assert c.source_lines == ("Journal of Asian Development Studies",)
    assert c.dateline == "Volume 14, Issue 2, June 2024, pp. 145–172"  # the issue and its pages
    assert "Research Article" in c.removed  # the kind of article, above the title
    # (the licence notice between them, "© 2024 The Author(s). This article is published under a Creative
    # Commons ...", is furniture too since round 25)
    assert [t for t in c.removed if "Creative Commons" not in t][:2] == \
        ["Download PDF Cite this article Share", "Cited by (3) Related articles Metrics"]


def test_the_authors_line_is_text_with_its_affiliations_right_under_it():
    out = page(cleaned(JOURNAL))
    assert not any(h.startswith("Kenji Watanabe") for h in headings(JOURNAL))
    # "Kenji Watanabe¹*, Nguyen Thi Lan², Siti Rahmawati Hakim³" over "¹ Graduate School of ..."
    assert re.search(r'<p id="p-1">Kenji Watanabe<sup class="atlas-note-ref"><a href="#note-1">¹</a></sup>\*, '
                     r'Nguyen Thi Lan<sup class="atlas-note-ref"><a href="#note-2">²</a></sup>', out)
    assert '<p class="atlas-note" id="note-1">¹ Graduate School of Asia-Pacific Studies, Waseda University' in out
    assert out.index('id="note-3"') < out.index(">Abstract</h2>")  # in place, not moved to the end
    assert 'class="footnote"' not in out
    # "* Corresponding author: ..." is the star's line, no part of the third affiliation
    paras = texts(JOURNAL)
    assert paras[3] == "³ Department of International Relations, Universitas Gadjah Mada, Yogyakarta, Indonesia"
    assert paras[4] == "* Corresponding author: k.watanabe@waseda.example.jp"


def test_the_article_s_sections_are_levelled_by_their_numbers():
    # "Abstract", "1. Introduction", "2. Policy background", "2.1 From the 2021 Strategy ...", ...
    body = cleaned(JOURNAL).body
    levels = {m[2]: len(m[1]) for m in re.finditer(r"^(#+) (.*?) \{", body, re.M)}
    assert levels["Abstract"] == levels["1. Introduction"] == levels["2. Policy background"] == 2
    assert levels["2.1 From the 2021 Strategy to the Economic Security Promotion Act"] == 3
    assert levels["4.2 Viet Nam: skills as the bottleneck"] == 3
    assert levels["Acknowledgements"] == levels["References"] == 2
    # "JEL Classification: F13; F35; L63; O53": codes in a list, a paragraph like "Keywords: ..."
    assert "JEL Classification: F13; F35; L63; O53" in texts(JOURNAL)
    assert not any(h.startswith("JEL") for h in headings(JOURNAL))


def test_numbered_sections_take_their_depth_whichever_comes_first():
    c = clean_text("Report\n\nThe text opens here. It goes on.\n\n2.1 Early Results\n\nText of the part. More.\n\n"
                   "3. Next Steps\n\nText of the section. More.\n\n3.1 Funding\n\nText of the part. More.\n")
    assert re.findall(r"^(#+) (\S+)", c.body, re.M) == [("###", "2.1"), ("##", "3."), ("###", "3.1")]


def test_a_row_of_buttons_is_furniture_and_a_button_word_alone_is_not(rules):
    c = clean_text("Title of the Article\n\nFirst paragraph. It says something.\n\n"
                   "PDF    Metrics    Cite this article\n\nMetrics\n\nWe measured three indicators. They moved.\n")
    assert c.removed == ("PDF Metrics Cite this article",)
    assert "Metrics" in headings_of(c)


def headings_of(c) -> list[str]:
    return re.findall(r"^#+ (.*?) \{", c.body, re.M)


def test_a_journal_s_volume_and_pages_lines_stay_on_top_and_the_title_is_found_under_them():
    # (another publisher's layout of the same kind of page: volume, issue and pages on lines of
    # their own, not a dateline; the authors right over "ABSTRACT")
    c = clean_text("Journal of Contemporary Asia\nVolume 53, 2023 - Issue 4\n"
                   "Pages 612-635 | Received 03 Mar 2022, Accepted 18 Oct 2022, Published online: 14 Nov 2022\n\n"
                   "Japan's Quality Infrastructure Investment in Southeast Asia: Between Competition and Cooperation\n\n"
                   "Hiroshi Kato and Maria Santos\n\nABSTRACT\nJapan launched its Partnership for Quality "
                   "Infrastructure in 2015. This article examines how it was applied.\n")
    assert c.title.startswith("Japan's Quality Infrastructure Investment in Southeast Asia")
    assert c.source_lines == ("Journal of Contemporary Asia",)
    assert [p.text for p in c.paragraphs][:2] == [
        "Volume 53, 2023 - Issue 4",
        "Pages 612-635 | Received 03 Mar 2022, Accepted 18 Oct 2022, Published online: 14 Nov 2022"]
    # the authors under the title, over its first heading: the byline, as under a title with no
    # citation lines kept over it (no heading over an empty section either way)
    assert c.bylines == ("Hiroshi Kato and Maria Santos",)
    assert headings_of(c) == ["ABSTRACT"]
    assert '{ #p-1 .atlas-dateline }' in c.body


def test_references_without_blank_lines_are_an_entry_each_and_a_wrapped_one_stays_whole():
    # the shape of the fixture's References, without its one-line-per-entry luck: the second entry
    # wraps after "62(5)," and its DOI; the others start after a line ending an entry
    c = clean_text("Title of an Article on Japan\n\nText of the article. It goes on.\n\nReferences\n"
                   "Abe, S. 2015. The Future of Asia: Be Innovative. Speech, Tokyo, May 21.\n"
                   "Goto, M. (2022). Friend-shoring and the new geography of Asian supply chains. Asian Survey, 62(5),\n"
                   "781-804. https://doi.org/10.1525/as.2022.62.5.781\n"
                   "Miller, C., & Tan, J. (2023). Southeast Asia in the chip war. Singapore: ISEAS.\n")
    assert [p.text for p in c.paragraphs][2:] == [  # (after the text and the heading)
        "Abe, S. 2015. The Future of Asia: Be Innovative. Speech, Tokyo, May 21.",
        "Goto, M. (2022). Friend-shoring and the new geography of Asian supply chains. Asian Survey, 62(5), "
        "781-804. https://doi.org/10.1525/as.2022.62.5.781",
        "Miller, C., & Tan, J. (2023). Southeast Asia in the chip war. Singapore: ISEAS."]
    idempotent("Title\n\nText. More.\n\nReferences\nAbe, S. 2015. One.\nKato, H. 2019. Two.\n")


# --- an e-mail --------------------------------------------------------------------------------------

def test_the_e_mail_s_subject_is_its_title_and_its_header_stays_in_the_text():
    c = cleaned(MAIL)
    # "Subject: FW: JICA Disaster Risk Reduction Bulletin No. 31 (February 2024)"
    assert c.title == "JICA Disaster Risk Reduction Bulletin No. 31 (February 2024)"
    assert texts(MAIL)[:4] == ["From: Yuki Tanaka <y.tanaka@drr-partners.example.org>",
                               "Sent: Thursday, February 8, 2024 10:42 AM",
                               "To: Mekong DRR Working Group <mekong-drr@lists.example.org>",
                               "Cc: Somchai Phommachanh <somchai.p@mrcs.example.org>"]


def test_the_quoted_bulletin_is_read_without_its_quote_marks():
    c = cleaned(MAIL)
    assert not re.search(r"^(\\?&gt;|>)", c.body, re.M) and not any(p.text.startswith(">") for p in c.paragraphs)
    # "> 1. Philippines: Hazard maps for 12 more municipalities in Bicol" alone between `>` lines
    assert "1. Philippines: Hazard maps for 12 more municipalities in Bicol" in headings(MAIL)
    assert "3. Call for applications: Knowledge Co-Creation Program on Disaster Risk Reduction (Sendai)" in \
        headings(MAIL)
    out = page(c)
    # "> * Eligibility: ...", "> * Deadline: ...", "> * Contact: ...": a list
    assert re.search(r'<ul>\n<li id="p-\d+">Eligibility: at least three years', out)
    # "> In this issue" over its three numbered lines
    assert re.search(r'<p id="p-\d+">In this issue</p>\n<ol>\n<li id="p-\d+">Philippines: Hazard maps', out)


def test_the_mail_client_s_lines_go_and_the_signature_keeps_its_lines():
    c = cleaned(MAIL)
    for line in ("--", "-----Original Message-----", "-" * 60, "Unsubscribe | Update your preferences",
                 "You are receiving this e-mail because you subscribed to the JICA DRR Bulletin."):
        assert line in c.removed
    paras = texts(MAIL)
    k = paras.index("Yuki Tanaka")  # the signature under `--`: a line each, as written
    assert paras[k:k + 5] == ["Yuki Tanaka", "Programme Officer, Disaster Risk Reduction",
                              "Asia-Pacific Resilience Partners", "Tel: +81-3-5555-0142 | Mobile: +81-90-5555-0199",
                              "www.drr-partners.example.org"]
    # the confidentiality notice is a sentence: kept (faithfulness before tidiness)
    assert paras[k + 5].startswith("This e-mail and any attachments are confidential")


def test_one_line_opening_with_a_quote_mark_is_the_author_s():
    assert unquote_mail("Growth was\n> 5% in 2023.\n") == "Growth was\n> 5% in 2023.\n"
    assert unquote_mail("> > Nested\n> quote\n>\n> End\n") == "\nNested\nquote\n\nEnd\n\n"
    c = clean_text("Seminar programme\n\nThe programme is below. It may change.\n\n"
                   "On Mon, 4 Mar 2024 at 18:00, Tanaka Yuki wrote:\n> Could you send the programme?\n> Thanks, Yuki\n")
    assert [p.text for p in c.paragraphs][1:] == ["On Mon, 4 Mar 2024 at 18:00, Tanaka Yuki wrote:",
                                                  "Could you send the programme? Thanks, Yuki"]


def test_a_headline_naming_two_bodies_is_no_publisher_line(rules):
    # the annex's "International Cooperation Bureau, Ministry of Foreign Affairs of Japan" is one
    assert is_source_line("International Cooperation Bureau, Ministry of Foreign Affairs of Japan", rules)
    assert not is_source_line("Ministry of Health, World Bank Launch New Programme for Rural Clinics", rules)
    assert not is_source_line("Contact: Office of Market Mechanisms, Global Environment Bureau, Ministry", rules)


# --- a chronology ---------------------------------------------------------------------------------

def test_the_chronology_keeps_its_decades_its_dated_lines_and_drops_the_link_back():
    c = cleaned(CHRONOLOGY)
    assert c.title == "Japan-Mekong Cooperation: Chronology"
    assert c.dateline == "Updated: 15 January 2024"
    assert headings(CHRONOLOGY) == ["1990s", "2000s", "2010s", "2020s"]
    paras = texts(CHRONOLOGY)
    assert "1992 – Japan resumes ODA loans to Viet Nam after a break of more than ten years." in paras
    k = paras.index("2007")  # a year alone over its months
    assert paras[k + 1] == "January: First Japan-Mekong Foreign Ministers' Meeting is held in Manila."
    assert "2023年9月6日 第15回日メコン首脳会議（ジャカルタ）において、デジタル分野及び防災分野での協力を確認。" in paras
    assert c.removed[-2:] == ("▲ Page top", "Back to Japan-Mekong Cooperation")
    assert paras[-1].startswith("Note: Meetings were held online in 2020 and 2021")


def test_a_chronology_s_short_entries_without_blank_lines_stay_a_paragraph_each():
    # (the fixture's entries are long or apart; a timeline as short as this runs them together
    # when its lines are joined as a hard-wrapped paragraph)
    c = clean_text("Japan-Cambodia Relations: Timeline\n\nKey dates in relations between Japan and Cambodia.\n\n"
                   "1953 – Diplomatic relations established.\n1992 – Japan sends SDF engineers to UNTAC.\n\n"
                   "Entries since 2015\nMarch 2015: Neak Loeung Bridge opens.\nJuly 2019: JICA signs a port loan.\n")
    assert [p.text for p in c.paragraphs][1:] == [
        "1953 – Diplomatic relations established.", "1992 – Japan sends SDF engineers to UNTAC.",
        "Entries since 2015", "March 2015: Neak Loeung Bridge opens.", "July 2019: JICA signs a port loan."]


def test_a_wrapped_sentence_with_a_year_opening_one_line_stays_one_paragraph():
    c = clean_text("Title of the Note\n\nJapan resumed its loans to Viet Nam in 1992 after a long break, and in\n"
                   "2015 – the year of the New Tokyo Strategy – pledged more for the region.\n")
    assert [p.text for p in c.paragraphs] == [
        "Japan resumed its loans to Viet Nam in 1992 after a long break, and in 2015 – the year of the New Tokyo "
        "Strategy – pledged more for the region."]


def test_a_link_back_is_furniture_only_as_the_last_line():
    c = clean_text("Title of the Page\n\nThe text. More of it.\n\nBack to Basics\n\nA section on basics. It goes on.\n")
    assert "Back to Basics" in headings_of(c) and c.removed == ()


# --- a podcast transcript -------------------------------------------------------------------------

def test_the_episode_is_the_title_and_the_show_its_series():
    c = cleaned(PODCAST)
    assert c.series == "The Development Dialogues Podcast"
    assert c.title == ("Ep. 42 — Early warning in the Mekong: what Japan and Cambodia learned building a "
                       "flood alert system")
    assert c.subtitle is None
    assert c.dateline == "Mar 12, 2024 · 38 min 14 sec"  # the date and the episode's length
    assert c.removed[0] == "Listen on: Spotify · Apple Podcasts · YouTube · RSS"


def test_the_chapters_and_the_turns_keep_their_times_and_are_no_headings():
    paras = texts(PODCAST)
    k = paras.index("Chapters")
    # "00:00 Intro" ... "33:40 What other countries can take from it": a line each
    assert paras[k + 1:k + 6] == ["00:00 Intro", "01:45 Why early warning matters in Cambodia",
                                  "09:30 Building the telemetry network", "21:10 Getting warnings to villages",
                                  "33:40 What other countries can take from it"]
    assert headings(PODCAST) == ["Transcript"]  # "[00:00:00] [Music]" is a turn, not a heading
    assert "[00:00:00] [Music]" in paras and "[00:34:05] [Music]" in paras
    assert r"No. \*Sensors\* are easy; maintenance is hard." in cleaned(PODCAST).body  # escaped, as written


def test_timed_lines_without_blank_lines_between_are_a_paragraph_each():
    c = clean_text("Panel on Digital Cooperation\n\nThe panel met in Hanoi. It discussed data.\n\n"
                   "00:12 Moderator: Welcome to the panel\n00:40 Minister: Thank you for inviting me\n")
    assert [p.text for p in c.paragraphs][1:] == ["00:12 Moderator: Welcome to the panel",
                                                  "00:40 Minister: Thank you for inviting me"]


def test_a_video_transcript_with_each_time_code_on_its_line_is_a_paragraph_a_time_code():
    # (a video page's layout: counters and the description's toggle; a time code over each line said)
    text = ("Japan and Cambodia: 30 Years of Partnership in Demining\n\nJICA Channel\n12.4K subscribers\nSubscribe\n\n"
            "Since 1999, JICA has supported the Cambodian Mine Action Centre (CMAC). The video shows its trainers.\n\n"
            "Transcript\n0:00\nCambodia still has mines in many provinces.\n0:06\nWith Japan's support, CMAC has "
            "cleared more than\n2,000 square kilometres.\n\nShow less\n")
    c = clean_text(text)
    # (the channel's name over its count of subscribers is its card since round 45: the source)
    assert c.removed == ("12.4K subscribers", "Subscribe", "Show less", "JICA Channel")
    assert [p.text for p in c.paragraphs][-3:] == [
        "Transcript", "0:00 Cambodia still has mines in many provinces.",
        "0:06 With Japan's support, CMAC has cleared more than 2,000 square kilometres."]
    idempotent(text)


def test_a_time_code_alone_once_is_no_transcript():
    c = clean_text("Title of the Page\n\nThe meeting started at\n10:30\nand ended at noon. It was short.\n")
    assert [p.text for p in c.paragraphs] == ["The meeting started at 10:30 and ended at noon. It was short."]


# --- a statistical annex --------------------------------------------------------------------------

def test_the_annex_s_publisher_is_the_bureau_and_its_ministry():
    c = cleaned(ANNEX)
    assert c.title == "Japan's ODA to ASEAN Countries: Statistical Annex 2023"
    assert c.source_lines == ("International Cooperation Bureau, Ministry of Foreign Affairs of Japan",)
    assert c.dateline == "Released: 28 March 2024"
    assert "International Cooperation Bureau, Ministry of Foreign Affairs of Japan" not in headings(ANNEX)


def test_a_table_with_a_wrapped_header_and_an_empty_row_is_one_table():
    out = page(cleaned(ANNEX))
    table = out[out.index('<div class="atlas-table"'):]
    table = table[:table.index("</table>")]
    # header over two lines: "Technical" / "cooperation", "ODA loans" / "(gross)", "Share of" / "ASEAN (%)"
    assert re.findall(r"<th[^>]*>(.*?)</th>", table) == ["Country", "Grant aid", "Technical cooperation",
                                                          "ODA loans (gross)", "Total", "Share of ASEAN (%)"]
    rows = re.findall(r"<tr>\n(.*?)\n</tr>", table, re.S)[1:]
    assert len(rows) == 12  # Philippines ... Brunei, Total
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    assert cells[8] == ["Timor-Leste*", "...", "", "", "", ""]  # "Timor-Leste*          ..."
    assert cells[11] == ["Total", "376.25", "439.08", "3,716.94", "4,532.27", "100.0"]


def test_the_figure_s_placeholder_goes_and_its_source_stays():
    c = cleaned(ANNEX)
    assert "[Figure omitted]" in c.removed
    paras = texts(ANNEX)
    k = paras.index("Figure 3 Japan's ODA to ASEAN by Type of Assistance, 2013–2022 (US$ million)")
    assert paras[k + 1] == "Source: OECD DAC statistics."
    # "2-2  Sector breakdown" over the caption of Table 2-2: a heading as "2-1  Overview" is
    levels = {m[2]: len(m[1]) for m in re.finditer(r"^(#+) (.*?) \{", c.body, re.M)}
    assert levels["2-1 Overview"] == levels["2-2 Sector breakdown"]


def test_rows_that_do_not_fill_their_columns_need_full_rows_around_them():
    lines = [to_line(t) for t in ("Sector      2021     2022", "Health      10.2", "Digital     4.1      5.0")]
    assert table_rows(lines) is None  # two full rows of three: too few to place the short one
