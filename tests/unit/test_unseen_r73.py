"""Round 73: six whole documents of kinds the fixtures had little of (a Timor-Leste state news
agency's story on a Japan-funded water plant, a Pakistani newspaper's story on a JICA loan with its
print-edition line, an encyclopedia page copied with its HTML entities and "[edit]" links, a JICA
annual report's chapter copied from PDF, a Japanese city's page on its water cooperation with
Yangon, a Japan-Indonesia "2+2" joint press statement), and the shapes they showed.

A newspaper's closing "Published in Dawn, March 12th, 2024" names its publisher; a name with two
middle initials ("Retno L.P. Marsudi") or one after a portfolio ("Minister of Finance Joseph A.
Ochieng") is a person; a role whose body carries its acronym in brackets names the signatory set off
by commas before "in the presence of"; a Japanese site's "(PDF形式:820KB)" is a file link; a wiki's
references copied without their numbers ("^ ...") are an entry each and "See also" lines a line
each; a long row name run into the next column's figure in a fixed-width table gives the figure
back to its column."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta, seed, texts

from atlas.clean import canonical_text, clean_text, parse

TATOLI = "r73_tatoli_timor_leste_water_plant.txt"
DAWN = "r73_dawn_print_edition_jica_loan.txt"
WIKI = "r73_wiki_html_entities_jaif.txt"
JICA_AR = "r73_jica_annual_report_pdf_region_table.txt"
CITY = "r73_city_page_pdf_links_inquiries.txt"
JOINT = "r73_joint_press_statement_2plus2_indonesia.txt"

HEAD = ("Japan signs loan for Karachi bus line\n12 March 2024\n\n"
        "ISLAMABAD: Japan on Monday signed a loan agreement with Pakistan for a bus rapid transit line in "
        "Karachi, officials said.\n\n")


def story(text: str) -> tuple[dict, object]:
    """(metadata, Cleaned) of a generated story: HEAD, then `text`."""
    return read_text(HEAD + text + "\n", "seeds/r73.txt")


def people(m: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in m.get("people") or ()}


def same_on_second_reading(text: str) -> bool:
    return clean_text(canonical_text(parse(text))).body == clean_text(text).body


# --- a closing note naming where the piece was published -------------------------------------------

@pytest.mark.parametrize("note, source", [
    ("Published in Dawn, March 12th, 2024", "Dawn"),
    ("This article was first published in The Express Tribune on 3 May 2024.", "The Express Tribune"),
    ("(Published in JICA's World, January 2024)", "JICA's World"),
    ("Published in Dawn, The Business and Finance Weekly, March 11th, 2024", "Dawn"),  # the paper, not its supplement
])
def test_a_closing_published_in_note_names_the_publisher(note, source):
    m, _ = story("The line will carry 350,000 passengers a day.\n\n" + note)
    assert m["source"] == source


def test_a_sentence_about_something_published_names_no_publisher():
    # (negative) the note is the whole paragraph; a sentence telling of a report names no publisher
    m, _ = story("The findings were published in Nature, March 2024, and cited by the ministry.")
    assert "source" not in m


def test_a_source_line_in_the_header_wins_over_the_print_note():
    full = ("Japan signs loan for Karachi bus line\nSource: The Express Tribune\n12 March 2024\n\n"
            "ISLAMABAD: Japan on Monday signed a loan agreement with Pakistan, officials said.\n\n"
            "Published in Dawn, March 12th, 2024\n")
    m, _ = read_text(full, "seeds/r73.txt")
    assert m["source"] == "The Express Tribune"


# --- a state paper's story credit, a daily's unnamed staff ----------------------------------------

NEWS = ("Japan hands over 20 ambulances to health ministry\n{header}\n\n"
        "NAY PYI TAW, 14 March — The Government of Japan, through the Japan International Cooperation Agency "
        "(JICA), handed over 20 ambulances to the Ministry of Health at a ceremony in Nay Pyi Taw yesterday.\n\n"
        "The ambulances will be deployed to township hospitals in Sagaing and Magway regions.\n")


def news(header: str) -> tuple[dict, object]:
    return read_text(NEWS.format(header=header), "seeds/r73.txt")


@pytest.mark.parametrize("credit", ["Story: Aung Min (IPRD); Photo: Kyaw Zin", "Story & Photos: Aung Min (IPRD)"])
def test_a_state_paper_s_story_credit_names_its_writer_and_no_publisher(credit):
    # the Global New Light of Myanmar's "Story: ... (IPRD)" under the date: the writer, an author
    m, c = news("14 March 2024\n" + credit)
    assert people(m)["Aung Min"] == "Author" and "source" not in m
    assert [p.text for p in c.paragraphs][0].startswith("NAY PYI TAW, 14 March")


@pytest.mark.parametrize("header", ["14 Mar 2024 08:15 PM\nStaff Reporter", "Our Correspondent\nMarch 14, 2024",
                                    "March 14, 2024\nOur Staff Reporter"])
def test_a_daily_s_unnamed_staff_credit_is_no_publisher(header):
    m, c = news(header)
    assert "source" not in m and m["date"] == "2024-03-14"
    assert [p.text for p in c.paragraphs][0].startswith("NAY PYI TAW, 14 March")


def test_a_text_label_names_no_writer():
    # (negative) "Text:" labels a document's text as often as its writer: no byline
    m, _ = news("14 March 2024\n\nText: Joint Statement on the Comprehensive Strategic Partnership")
    assert "Joint Statement" not in people(m)


# --- a translation's note, its words in any order ------------------------------------------------

STATEMENT = ("{over}\nJapan-Brazil Joint Statement on Strategic and Global Partnership\n{under}\n\n"
             "1. The Ministers reaffirmed that Japan and Brazil would further strengthen cooperation.\n\n"
             "2. The Ministers decided to hold the next meeting in Brasilia.\n")


@pytest.mark.parametrize("over, under", [("", "(Tentative Unofficial Translation)"),
                                         ("English translation (provisional)", ""),
                                         ("Translation (unofficial)", "3 May 2024"),
                                         ("(Provisional Translation)", "")])
def test_a_translation_s_note_is_furniture_and_never_the_title_or_subtitle(over, under):
    m, c = read_text(STATEMENT.format(over=over, under=under).lstrip("\n"), "seeds/r73.txt")
    assert m["title"] == "Japan-Brazil Joint Statement on Strategic and Global Partnership" and "subtitle" not in m
    assert (over or under) in c.removed


def test_a_sentence_about_a_translation_stays():
    # (negative) the note is a line of its own: a sentence naming a translation is the author's
    _, c = story("An English translation (provisional) of the agreement will be published next week.")
    assert "An English translation (provisional) of the agreement will be published next week." in \
        [p.text for p in c.paragraphs]


# --- a local government's site named over its menu -------------------------------------------------

CITY_PAGE = ("Skip to main content\n{site}\nForeign Language: English | 中文 | 한국어\n\n"
             "Home > International Exchange > Water Supply Cooperation with Yangon\n\n"
             "Water Supply Cooperation with Yangon\n\nLast updated: February 28, 2024\n\n"
             "The city has worked with Yangon City Development Committee since 2013 to improve the water supply.\n")


def city_page(site: str) -> tuple[dict, object]:
    return read_text(CITY_PAGE.format(site=site), "seeds/r73.txt")


@pytest.mark.parametrize("site, source", [
    ("Fukuoka City Official Website", "Fukuoka City"), ("Kawasaki City", "Kawasaki City"),
    ("Shiga Prefecture", "Shiga Prefecture"), ("Osaka Prefectural Government", "Osaka Prefectural Government"),
    ("Kitakyushu City Official Homepage", "Kitakyushu City"), ("City of Fukuoka", "City of Fukuoka"),
])
def test_a_local_government_s_site_name_over_its_menu_is_the_source(site, source):
    m, c = city_page(site)
    assert (m["source"], m["title"]) == (source, "Water Supply Cooperation with Yangon")
    assert site not in [p.text for p in c.paragraphs]


def test_a_section_s_name_over_the_menu_is_no_local_government():
    # (negative) "Asia Insight" over the menu names no city or prefecture: no source
    m, _ = city_page("Asia Insight")
    assert "source" not in m


# --- names with initials, and a signatory before the signing's witnesses --------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("Indonesia was represented by Minister for Foreign Affairs Retno L.P. Marsudi.", "Retno L.P. Marsudi",
     "Minister for Foreign Affairs"),
    ("The talks were led by Foreign Minister Retno L. P. Marsudi and others.", "Retno L. P. Marsudi",
     "Foreign Minister"),
    ("Minister of Finance Joseph A. Ochieng opened the talks.", "Joseph A. Ochieng", "Minister of Finance"),
    ("The talks were led by Prime Minister Joseph A. Ochieng and others.", "Joseph A. Ochieng", "Prime Minister"),
])
def test_middle_initials_stay_in_the_name_after_a_title(sentence, name, role):
    m, _ = story(sentence)
    assert people(m).get(name) == role


def test_initials_with_no_family_name_after_them_are_no_part_of_the_name():
    # (negative) "Prime Minister Joseph A. and others": the initial ends nothing, the name is "Joseph"
    m, _ = story("The talks were led by Prime Minister Joseph A. and others.")
    assert "Joseph A." not in people(m)


@pytest.mark.parametrize("sentence", [
    "The agreement was signed by the Chief Representative of the Japan International Cooperation Agency (JICA) "
    "Pakistan Office, Naoaki Miyata, in the presence of the ambassador.",
    "The agreement was signed by the Chief Representative of JICA Pakistan Office, Naoaki Miyata, in the presence "
    "of the ambassador.",
    "The Chief Representative of the Japan International Cooperation Agency (JICA) Pakistan Office, Naoaki Miyata, "
    "said the loan would help.",
])
def test_a_role_and_its_body_then_the_name_set_off_by_commas_names_the_holder(sentence):
    m, _ = story(sentence)
    assert people(m).get("Naoaki Miyata") == "Chief Representative"


@pytest.mark.parametrize("sentence", [
    "The signing was held at the Ministry of Finance, Islamabad, in the presence of senior officials.",
    "The notes were signed by the Minister of Finance, Planning and Development, in the presence of the ambassador.",
])
def test_a_place_or_a_portfolio_before_the_witnesses_is_no_person(sentence):
    m, _ = story(sentence)
    assert not {"Islamabad", "Planning", "Planning and Development"} & set(people(m))


# --- a Japanese site's file links, a wiki's bare lists, a long row name in a table ------------------

@pytest.mark.parametrize("link", ["Leaflet (English) (PDF形式:820KB)", "Leaflet (English) （PDF：820KB）"])
def test_a_file_link_written_as_a_japanese_site_writes_it_is_one_of_the_list(link):
    _, c = story("Related documents\nOutline of the cooperation (PDF: 1.2MB)\n" + link)
    assert "## Related documents" in c.body
    assert "- Outline of the cooperation (PDF: 1.2MB)\n" in c.body and f"- {link}\n" in c.body


def test_wiki_references_opening_with_their_caret_are_an_entry_each():
    text = ("Japan–ASEAN Integration Fund\n\nThe fund was set up in 2006.[1] It is managed in Jakarta.[2]\n\n"
            "References[edit]\n^ \"About JAIF\". JAIF. Retrieved 3 April 2024.\n"
            "^ \"JAIF 2.0 Launched\". ASEAN Secretariat. 15 November 2013.\n")
    c = clean_text(text)
    assert [p.text for p in c.paragraphs][-2:] == ['^ "About JAIF". JAIF. Retrieved 3 April 2024.',
                                                   '^ "JAIF 2.0 Launched". ASEAN Secretariat. 15 November 2013.']
    assert same_on_second_reading(text)


@pytest.mark.parametrize("head", ["See also[edit]", "See also", "External links"])
def test_short_lines_under_a_section_of_links_are_a_line_each(head):
    text = ("Japan–ASEAN Integration Fund\n\nThe fund was set up in 2006 to narrow development gaps.\n\n"
            f"{head}\nASEAN–Japan Centre\nMekong–Japan Cooperation\n")
    c = clean_text(text)
    assert [p.text for p in c.paragraphs][-2:] == ["ASEAN–Japan Centre", "Mekong–Japan Cooperation"]
    assert same_on_second_reading(text)


def test_a_sentence_wrapped_under_a_section_of_links_stays_one():
    # (negative) a line ending with a stop goes on a sentence: under "See also" it is still prose
    text = ("Japan–ASEAN Integration Fund\n\nThe fund was set up in 2006 to narrow development gaps.\n\n"
            "See also[edit]\nThe fund's reports are listed on the\nASEAN Secretariat's website.\n")
    assert "The fund's reports are listed on the ASEAN Secretariat's website." in [p.text for p in clean_text(text).paragraphs]


TABLE = ("Region                          Grants    Loans    Total\n"
         "{row}\n"
         "Asia                            5,400     9,800    15,200\n"
         "Africa                          1,800     600      2,400\n"
         "Europe                          20        5        25\n")


def test_a_long_row_name_run_into_the_next_column_s_figure_gives_it_back():
    # "Latin America and the Caribbean 1,020": one space only where the name is long, the figure
    # standing under "Grants"
    _, c = story(TABLE.format(row="Latin America and the Caribbean 1,020     2,300    3,320"))
    assert "| Latin America and the Caribbean | 1,020 | 2,300 | 3,320 |" in c.body
    assert "| Asia | 5,400 | 9,800 | 15,200 |" in c.body


def test_a_row_name_ending_in_a_figure_within_its_own_column_keeps_it():
    # (negative) "Group of 77" ends before the next column: its figure is the name's, the row's
    # empty cell stays empty
    _, c = story(TABLE.format(row="Group of 77                     1,020              3,320"))
    assert "| Group of 77 | 1,020 |  | 3,320 |" in c.body


# --- a word cut after three letters at a line's end ---------------------------------------------

WRAPPED = ("In FY2022 JICA expanded its cooperation for maritime safety and energy in the region, providing {head}\n"
           "{tail} and training to the coast guards of the Philippines, Indonesia and Malaysia.\n")


@pytest.mark.parametrize("head, tail, word", [("patrol ves-", "sels", "patrol vessels"),
                                              ("geo-", "thermal plants", "geothermal plants"),
                                              ("pro-", "duction lines", "production lines")])
def test_a_word_cut_after_its_first_three_letters_is_whole_again(head, tail, word):
    _, c = story(WRAPPED.format(head=head, tail=tail))
    assert f"providing {word} and training" in [p.text for p in c.paragraphs][-1]


@pytest.mark.parametrize("head, tail, word", [("non-", "revenue water", "non-revenue water"),
                                              ("sea-", "port cranes", "sea-port cranes")])
def test_a_compound_whose_parts_the_vocabulary_does_not_join_keeps_its_hyphen(head, tail, word):
    # (negative) "nonrevenue" is no word of the vocabulary; "sea" is one alone: the hyphen stays
    _, c = story(WRAPPED.format(head=head, tail=tail))
    assert f"providing {word} and training" in [p.text for p in c.paragraphs][-1]


# --- six whole documents ------------------------------------------------------------------------

def test_timor_leste_state_news_agency_story():
    m, c = meta(TATOLI), cleaned(TATOLI)
    assert m["title"] == "Japan funds new water treatment plant for Baucau municipality"
    assert (m["date"], m["type"]) == ("2024-03-14", "news")
    assert "Tatoli" in {o["name"] for o in m["organisations"]} and m["source"].startswith("TATOLI")
    assert [x["name"] for x in m["countries"]][:2] == ["Timor-Leste", "Japan"]
    assert people(m)["Samuel Marçal"] == "Minister of Public Works"
    assert people(m)["Kazuaki Kobayashi"] == "Ambassador of Japan to Timor-Leste"
    assert "Nihon Suido Consultants" in {o["name"] for o in m["organisations"]}
    # the share row, the related stories and the copyright line go; the journalist's credits are its
    # byline, lifted as source lines (round 75: they stayed as the text's last paragraphs)
    assert {"Share this:", "Related news", "Japan hands over fire trucks to Dili municipality",
            "© 2024 TATOLI. All rights reserved."} <= set(c.removed)
    assert c.source_lines[-2:] == ("Journalist: Filomeno Martins", "Editor: Rafael Belo")
    assert not any(t.startswith(("Journalist:", "Editor:")) for t in texts(TATOLI))
    assert {"Filomeno Martins", "Rafael Belo"} <= set(people(m))
    assert texts(TATOLI)[0].startswith("DILI, 14 march 2024 (TATOLI) – The Government of Japan")


def test_pakistani_daily_story_with_its_print_edition_line():
    m, c = meta(DAWN), cleaned(DAWN)
    assert m["title"] == "Japan signs $187m loan for Karachi bus rapid transit"
    assert (m["date"], m["source"], m["type"]) == ("2024-03-12", "Dawn", "news")
    assert people(m) == {"Khaleeq Kiani": "Author", "Kazim Niaz": "Economic Affairs Secretary",
                         "Naoaki Miyata": "Chief Representative", "Wada Mitsuhiro": "Ambassador"}
    assert {"ADB", "JICA"} <= {o["name"] for o in m["organisations"]}
    assert c.removed == ("Facebook", "Twitter", "WhatsApp", "Email", "Comments (14)", "Closed")
    assert texts(DAWN)[-1] == "Published in Dawn, March 12th, 2024"
    assert "27.8 billion yen" in {a["text"] for a in m["amounts"]}


def test_encyclopedia_page_with_html_entities_and_edit_links():
    m, c = meta(WIKI), cleaned(WIKI)
    t = texts(WIKI)
    assert (m["title"], m["source"]) == ("Japan–ASEAN Integration Fund", "Wikipedia")
    # entities decoded to their characters: &ndash; &#8217; &nbsp; &quot; &amp; &#91; &#93; &#39;
    assert t[0].startswith("The Japan–ASEAN Integration Fund (JAIF) is a fund established in March 2006")
    assert "ASEAN’s efforts" in t[0] and t[0].count("[1]") == 1
    assert "initial contribution of 7.5 billion yen (about US$70 million).[2]" in t[2]
    assert 'known as "JAIF 2.0"' in t[2] and "Master Plan & disaster management.[3]" in t[2]
    assert "The fund's annual report" in t[11]
    assert not any("&" in x and ";" in x.split("&", 1)[1][:8] for x in t)  # no entity left
    # "[edit]" goes, a line each under "See also", an entry each under "References"
    assert c.removed.count("[edit]") == 5 and "## See also" in c.body
    assert t[t.index("See also") + 1:t.index("References")] == ["ASEAN–Japan Centre", "Mekong–Japan Cooperation"]
    assert len(t) - t.index("References") - 1 == 5
    assert "7.5 billion yen" in {a["text"] for a in m["amounts"]}
    assert people(m) == {"Junichiro Koizumi": "Prime Minister", "Fumio Kishida": "Prime Minister"}
    assert same_on_second_reading(seed(WIKI).text)


def test_annual_report_chapter_copied_from_pdf():
    m, c = meta(JICA_AR), cleaned(JICA_AR)
    assert (m["title"], m["source"], m["type"]) == ("Southeast Asia and the Pacific",
                                                    "Japan International Cooperation Agency", "white-paper")
    # running heads and page numbers between the paragraphs go
    assert c.removed == ("JICA Annual Report 2023 48", "49 Southeast Asia and the Pacific", "JICA Annual Report 2023 50")
    assert "linked by supply chains, investment and people-to-people exchanges." in texts(JICA_AR)[0]
    assert "national master plan for electricity development." in texts(JICA_AR)[1]
    assert "providing patrol vessels and training" in texts(JICA_AR)[1]  # "ves-" / "sels" mended
    # the table by region, the long region's figure in its column
    assert "| Region | Technical cooperation | ODA loans | Grant aid |" in c.body
    assert "| Latin America and the Caribbean | 97 | 412 | 38 |" in c.body
    # the case study's label, its title a heading, its text a paragraph
    assert "Case Study\n{ #p-6 .atlas-box-label }" in c.body
    assert "## Building a flood early warning system in the Mekong Delta" in c.body
    assert {"Viet Nam", "Philippines", "Tonga", "Samoa"} <= {x["name"] for x in m["countries"]}
    assert same_on_second_reading(seed(JICA_AR).text)


def test_japanese_city_page_on_water_cooperation_with_yangon():
    m, c = meta(CITY), cleaned(CITY)
    assert (m["title"], m["date"], m["source"]) == ("Water Supply Cooperation with Yangon", "2024-02-28", "Fukuoka City")
    assert [x["name"] for x in m["countries"]][:1] == ["Myanmar"]
    assert {"Skip to main content", "Page top", "Foreign Language: English | 中文 | 한국어",
            "Home > International Exchange > International Cooperation > Water Supply Cooperation with Yangon",
            "You need Adobe Acrobat Reader to view PDF files. Download Adobe Acrobat Reader (new window)"} <= set(c.removed)
    assert "## Related documents" in c.body
    for link in ("Outline of the cooperation with Yangon (PDF: 1.2MB)",
                 "Fukuoka City Waterworks Bureau International Cooperation Report 2023 (PDF: 3,456KB)",
                 "Leaflet: Fukuoka's Water Technology (English) (PDF形式:820KB)"):
        assert f"- {link}\n" in c.body
    assert "1. Dispatch of experts on leakage detection" in c.body
    assert texts(CITY)[-6:] == ["Inquiries", "Waterworks Bureau, General Affairs Department, International Projects Section",
                                "Address: 1-28-15 Kego, Chuo-ku, Fukuoka 810-0023", "Tel: 092-483-3143",
                                "Fax: 092-483-3155", "E-mail: international.WB@city.fukuoka.lg.jp"]


def test_joint_press_statement_of_a_2_plus_2_meeting():
    m, c = meta(JOINT), cleaned(JOINT)
    assert m["title"] == 'Joint Press Statement of the Second Japan-Indonesia Foreign and Defense Ministerial Meeting ("2+2")'
    assert (m["date"], m["type"]) == ("2021-03-30", "policy-announcement")
    assert c.removed == ("Provisional translation",)
    assert people(m) == {"Motegi Toshimitsu": "Minister for Foreign Affairs", "Kishi Nobuo": "Minister of Defense",
                         "Retno L.P. Marsudi": "Minister for Foreign Affairs", "Prabowo Subianto": "Minister of Defense"}
    assert [x["name"] for x in m["countries"]][:2] == ["Indonesia", "Japan"]
    assert "China" not in {x["name"] for x in m["countries"]}  # "the East China Sea" is a sea
    # numbered paragraphs, their (a)(b)(c) sub-items under them, the place and date closing it
    assert "3. The Ministers decided to promote cooperation in the following areas:" in c.body
    assert "    - (a) maritime security, including capacity building" in c.body
    assert "    - (c) the situation in Myanmar, calling for the immediate cessation of violence." in c.body
    assert "Tokyo, 30 March 2021\n{ #p-13 .atlas-dateline }" in c.body
