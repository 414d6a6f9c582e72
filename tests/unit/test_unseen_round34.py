"""Thirty-fourth round: defects left on earlier unseen fixtures mended: a Nikkei Asia long read's
links to other stories and newsletter pitch, and its type (tests/fixtures/unseen/round29_nikkei_longread_mekong_power.txt);
a Sasakawa Peace Foundation event page's footer links and a panelist named twice
(round29_spf_event_page_maritime.txt); an ERIA policy brief's footnote figures glued after a stop
(round28_eria_policy_brief_digital_trade.txt); a city page's inquiries head and PDF reader notice
(round30_kitakyushu_city_cooperation_page.txt). Every expected value was read off the fixtures' lines."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_spans import find_people

NIKKEI = "round29_nikkei_longread_mekong_power.txt"
SPF = "round29_spf_event_page_maritime.txt"
ERIA = "round28_eria_policy_brief_digital_trade.txt"
PAPER = "round26_white_paper_pdf_column.txt"
CITY = "round30_kitakyushu_city_cooperation_page.txt"

STORY = "Japan Helps Laos\n\nJapan will help Laos build roads. It said so on Monday.\n\n{}\n\nThe work starts in May. It ends in June.\n"


# --- a. a news site's links, newsletter pitch and menu ---------------------------------------------

def test_a_news_site_s_latest_stories_and_newsletter_pitch_are_furniture():
    # "Sign up for our newsletters" / "Get the best of Nikkei Asia delivered to your inbox" / "" /
    # "Latest on Energy" / "Indonesia picks Japanese consortium for geothermal auction" / ...
    c = cleaned(NIKKEI)
    for line in ("Get the best of Nikkei Asia delivered to your inbox", "Latest on Energy",
                 "Indonesia picks Japanese consortium for geothermal auction",
                 "Philippines offshore wind draws Tokyo Gas, JERA interest", "Thailand extends electricity price freeze"):
        assert line in c.removed and line not in c.body
    # the writers' note is the last of the author's text (the copyright line under the footer is furniture)
    assert "Mai Nguyen is a Nikkei Asia correspondent in Hanoi." in texts(NIKKEI)[-1]


def test_a_menu_s_opinion_section_is_no_type_of_the_story():
    # "Home  World  Business  Markets  Tech  Politics  Opinion  Life & Arts  Spotlight": the site's menu
    assert meta(NIKKEI)["type"] == "news"
    assert "Home World Business Markets Tech Politics Opinion Life & Arts Spotlight" in cleaned(NIKKEI).menu


@pytest.mark.parametrize("line", ["Latest on Energy", "Related Events", "Latest in Asia"])
def test_a_links_head_takes_the_links_under_it(line):
    c = clean_text(STORY.format(f"{line}\nIndonesia picks Japanese consortium\nThailand extends price freeze"))
    assert "Indonesia picks" not in c.body and line not in c.body


def test_a_sentence_about_the_latest_news_stays():
    body = clean_text(STORY.format("The latest on energy came from Tokyo. Officials welcomed it.")).body
    assert "The latest on energy came from Tokyo." in body


@pytest.mark.parametrize("line", ["Get the best of Nikkei Asia delivered to your inbox",
                                  "Get our top stories delivered straight to your inbox"])
def test_a_newsletter_pitch_is_furniture(line):
    assert "inbox" not in clean_text(STORY.format(line)).body


def test_a_sentence_about_an_inbox_stays():
    body = clean_text(STORY.format("Officials get reports delivered to your inbox weekly, he said.")).body
    assert "Officials get reports delivered to your inbox weekly, he said." in body


# --- b. an event page's footer links and a panelist's name ------------------------------------------

def test_a_footer_s_links_are_no_line_of_the_address():
    # "The Sasakawa Peace Foundation" / "Sasakawa Peace Foundation Bldg., 1-15-16 Toranomon, ..." /
    # "Access | Contact | Privacy Policy | Site Policy" / "© The Sasakawa Peace Foundation. All Rights Reserved."
    c = cleaned(SPF)
    assert "Access | Contact | Privacy Policy | Site Policy" in c.removed and "Site Policy" not in c.body
    assert texts(SPF)[-1] == "Sasakawa Peace Foundation Bldg., 1-15-16 Toranomon, Minato-ku, Tokyo 105-8524, Japan"
    # "Related Events" / "Japan-ASEAN Maritime Security Forum 2024" / "Webinar: The Blue Economy ..."
    assert "Related Events" in c.removed and "Blue Economy" not in c.body


def test_a_sentence_naming_access_and_contact_stays():
    body = clean_text(STORY.format("Access | Contact details are in the annex.")).body
    assert "Contact details are in the annex." in body


def test_a_panelist_with_four_names_is_one_person():
    # "Dr. Nguyen Thi Lan Anh, Director General, East Sea Institute, Diplomatic Academy of Vietnam"
    names = [p["name"] for p in meta(SPF)["people"]]
    assert "Nguyen Thi Lan Anh" in names and "Nguyen Thi Lan" not in names
    assert find_people("Dr. Nguyen Thi Lan Anh spoke first.") == [{"name": "Nguyen Thi Lan Anh", "role": "Dr."}]


def test_two_people_named_apart_stay_two():
    people = find_people("Dr. Jay Tristan Tarriela met Dr. Nguyen Thi Lan Anh in Manila.")
    assert [p["name"] for p in people] == ["Jay Tristan Tarriela", "Nguyen Thi Lan Anh"]


# --- c. a note's figure glued after a stop ------------------------------------------------------------

def test_a_policy_brief_s_glued_figures_link_to_its_notes():
    # "... implemented in full (Kearney, 2023).1 Yet most ..."; "... through a digital channel.2";
    # "Notes" / "1 Kearney (2023) estimate, under the full DEFA scenario." / "2 ERIA MSME ..." / ...
    c = cleaned(ERIA)
    assert "(Kearney, 2023).[^1] Yet" in c.body and "channel.[^2]" in c.body
    assert "[^1]: 1 Kearney (2023) estimate, under the full DEFA scenario." in c.body
    assert "[^4]: 4 Japan's Digital Agency adopted the Peppol standard" in c.body
    # (the numbered list "1. it treats trust ..." and "US$218 billion in ... 2023 and" keep their figures)
    assert c.body.count("[^1]") == 2 and any(t.startswith("it treats trust") for t in texts(ERIA))


def test_a_white_paper_s_figure_after_a_comma_or_a_bracket():
    # "... established with 5 billion yen from Japan,5 Japan helped ..."; "(AETI)6 and the ...";
    # "... ASEAN Connectivity 2025,2 adopted in 2016": after a figure, no marker (it stays the note's own)
    body = cleaned(PAPER).body
    assert "Japan,[^5] Japan" in body and "(AETI)[^6] and" in body
    assert "2025,2 adopted" in body


def test_a_figure_glued_after_a_stop_links_to_a_plain_note():
    c = clean_text("Japan Helps Laos\n\nJapan will help Laos build roads.1 It said so on Monday.\n\n"
                   "Notes\n1 Announced in May 2024.\n")
    assert "roads.[^1] It said" in c.body and "[^1]: 1 Announced in May 2024." in c.body


@pytest.mark.parametrize("text", ["The rate rose to 4.1 percent in 2024.", "See Figure 2.1 for the trend.",
                                  "Under Vol.1 of the series, U.S.1 aid grew.", "It cost 2,100 dollars."])
def test_figures_that_are_no_markers_stay(text):
    c = clean_text(f"Japan Helps Laos\n\n{text} It said so.\n\nNotes\n1 Announced in May 2024.\n")
    assert "[^1]" not in c.body and f"{text} It said so." in c.paragraphs[0].text


def test_a_glued_figure_without_a_plain_notes_list_stays():
    body = clean_text("Japan Helps Laos\n\nJapan will help Laos build roads.1 It said so on Monday.\n").body
    assert "roads.1 It said" in body and "[^1]" not in body


def test_a_list_numbered_out_of_order_under_notes_is_no_notes_list():
    c = clean_text("Japan Helps Laos\n\nJapan will help Laos build roads.2 It said so on Monday.\n\n"
                   "Notes\n2 Announced in May 2024.\n5 Signed in June.\n")
    assert "[^2]" not in c.body and "roads.2 It said" in c.body


# --- d. a city page's inquiries head and PDF notice ---------------------------------------------------

def test_a_city_page_s_inquiries_head_and_pdf_notice_are_furniture():
    # "To view PDF files, you need Adobe Acrobat Reader." / "" / "Inquiries about this page" /
    # "Asian Environmental Cooperation Division, Environment Bureau" / "1-1 Jonai, ..." / "Tel: ..."
    c = cleaned(CITY)
    assert "Inquiries about this page" in c.removed and "To view PDF files, you need Adobe Acrobat Reader." in c.removed
    assert list(c.addresses[-3:]) == ["Asian Environmental Cooperation Division, Environment Bureau",
                                      "1-1 Jonai, Kokurakita-ku, Kitakyushu City 803-8501",
                                      "Tel: 093-582-2239 Fax: 093-582-2196"]
    assert "Adobe" not in c.body and "Inquiries" not in c.body


@pytest.mark.parametrize("line", ["Adobe Acrobat Reader is required to view PDF files.",
                                  "To view PDF files, you need Adobe Acrobat Reader.",
                                  "Adobe Acrobat Reader is required to view PDF files. Download it from Adobe's website.",
                                  "Inquiries about this page", "Enquiries regarding this article:"])
def test_a_page_s_reader_notice_and_inquiries_head_are_furniture(line):
    assert line not in clean_text(STORY.format(line)).body


@pytest.mark.parametrize("line", ["The staff learned to use Adobe Reader to view PDF files of the plans.",
                                  "Inquiries about this page rose sharply in 2024."])
def test_sentences_about_a_reader_or_inquiries_stay(line):
    assert line in clean_text(STORY.format(line)).body


def test_a_copyright_line_reserving_reproduction_is_furniture():
    # "© 2025 Nikkei Inc. No reproduction without permission." at the Nikkei page's foot
    c = cleaned(NIKKEI)
    assert "© 2025 Nikkei Inc. No reproduction without permission." in c.removed
    assert not any("reproduction" in t for t in texts(NIKKEI))
    lede = "Japan funds a bridge in Laos\n\nJapan will fund a bridge in Laos, the ministry said.\n\n"
    for line in ("Nikkei Asia © 2025 Nikkei Inc. No reproduction without permission.",
                 "No reproduction without permission."):
        assert line in clean_text(lede + line + "\n").removed
    # an author's sentence about permission stays
    said = "The agency says no reproduction without permission is allowed for its maps."
    assert said in [p.text for p in clean_text(lede + said + "\n").paragraphs]


def test_footnotes_stand_under_their_notes_heading_when_other_back_matter_follows():
    # "Notes" / "1 Kearney (2023) estimate ..." ... then "References" / "Chen, L. and F. Kimura ..."
    from atlas.clean import FOOTNOTES_HERE
    body = cleaned(ERIA).body
    assert body.index("## Notes") < body.index(FOOTNOTES_HERE) < body.index("## References")
    # notes that end the text: the footnotes go after the body, as the page puts them anyway
    last = clean_text("Japan and ASEAN\n\nJapan supports the region.*1 The ministries take part.\n\n"
                      "Notes\n*1 Figures as of March 2024.\n").body
    assert FOOTNOTES_HERE not in last and "[^1]:" in last
