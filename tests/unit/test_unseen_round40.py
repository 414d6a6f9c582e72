"""Fortieth round: what the helpers' rounds 37 to 39 saw and left, mended with general rules.
Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts
from test_unseen_round23 import _doc

from atlas.clean import clean_text
from atlas.extract_source import source_of
from atlas.extract_spans import find_people
from atlas.vocab import load_vocabulary

DOF = "round38_dof_japan_philippines_joint_statement.txt"


def test_a_site_s_section_under_the_publisher_is_no_second_publisher():
    # "Department of Finance" / "Republic of the Philippines" / "" / "News & Updates" over the title
    assert meta(DOF)["source"] == "Department of Finance"
    vocab = load_vocabulary()
    assert source_of(["Department of Finance", "Home > News"], vocab)[0] == "Department of Finance"
    # a line alone, or one naming a body, is still the source
    assert source_of(["News & Updates"], vocab)[0] == "News & Updates"
    assert source_of(["Department of Finance", "Bureau of the Treasury"], vocab)[0] == \
        "Department of Finance / Bureau of the Treasury"


LETTERHEAD = "Department of Finance\nRepublic of the Philippines\n\n"
WRAPPED_TITLE = "JOINT STATEMENT OF THE 15TH MEETING OF THE JAPAN-PHILIPPINES\nHIGH LEVEL JOINT COMMITTEE ON INFRASTRUCTURE DEVELOPMENT\n\n"
TEXT = ("1. The Fifteenth Meeting of the Japan-Philippines High Level Joint Committee was held in Pasay City on "
        "14 February 2025. The Philippine delegation was led by Finance Secretary Ralph Recto.\n\n"
        "2. Both sides welcomed the progress of the North-South Commuter Railway, financed by Japanese ODA loans.\n")


def test_a_title_in_capitals_wrapped_over_two_lines_is_one_title():
    # the shape round 38's helper first wrote the DOF statement in: the letterhead, then the title in
    # capitals over two lines; the second line was taken for a subtitle
    c = clean_text(LETTERHEAD + WRAPPED_TITLE + TEXT)
    assert c.title == ("JOINT STATEMENT OF THE 15TH MEETING OF THE JAPAN-PHILIPPINES HIGH LEVEL JOINT COMMITTEE ON "
                       "INFRASTRUCTURE DEVELOPMENT")
    assert not c.subtitle and c.source_lines[0] == "Department of Finance"


def test_a_title_in_capitals_that_ends_its_sentence_keeps_its_subtitle():
    c = clean_text(LETTERHEAD + "WHAT NEXT FOR THE JAPAN-PHILIPPINES PARTNERSHIP?\nHIGH LEVEL JOINT COMMITTEE MEETS\n\n" + TEXT)
    assert c.title == "WHAT NEXT FOR THE JAPAN-PHILIPPINES PARTNERSHIP?"
    assert c.subtitle == "HIGH LEVEL JOINT COMMITTEE MEETS"


TEMPO = "round38_tempo_japan_fisheries_port.txt"


def test_credits_of_a_translator_and_an_editor_apart_by_a_bar_name_people():
    # "Translator: Nabiila Azzahra | Editor: Petir Garda Bhwana" under the standfirst
    people = meta(TEMPO)["people"]
    assert {"name": "Nabiila Azzahra", "role": "Translator"} in people
    assert {"name": "Petir Garda Bhwana", "role": "Editor"} in people
    # round 22's Antara story closes with "Reporter: Bayu Saputra" / "Editor: Rahmad Nasution"
    people = meta("round22_news_agency_antara_semiconductor.txt")["people"]
    assert {"name": "Bayu Saputra", "role": "Reporter"} in people and {"name": "Rahmad Nasution", "role": "Editor"} in people


def test_credits_and_a_dated_line_under_a_sentence_are_no_headings():
    # the title, "Tokyo will lend Rp4.2 trillion ... the fisheries ministry said." (its stop and all),
    # the credits, then "Wednesday, 9 July 2025 14:20 WIB": the credits a line of text and the date a
    # dateline, neither a heading (the sentence over them stays text, as round 18 decides: a sentence
    # over a byline may be the lede)
    m, c = meta(TEMPO), cleaned(TEMPO)
    assert m["date"] == "2025-07-09" and "##" not in c.body
    assert "Wednesday, 9 July 2025 14:20 WIB\n{ #p-3 .atlas-dateline }" in c.body
    assert texts(TEMPO)[0].startswith("Tokyo will lend Rp4.2 trillion")


def test_an_editor_s_note_is_no_credit():
    c = clean_text("Japan and ASEAN sign a pact\n\nThe two sides met in Jakarta on Monday. They signed a pact.\n\n"
                   "Editor's note: an earlier version of this story misstated the loan's amount.\n")
    assert "Editor's note: an earlier version of this story misstated the loan's amount." in c.body


KICKER = "round40_news_section_kicker_in_title_block.txt"


def test_a_section_of_the_menu_over_the_headline_in_its_block_is_no_title():
    # the menu ("Spotlight" / "Business" / "Markets" / "Tech" / ...), then "Tech" / "Japan to help
    # Vietnam build semiconductor talent pipeline" / "JICA and Hanoi university to train ..." in one block
    m, c = meta(KICKER), cleaned(KICKER)
    assert m["title"] == "Japan to help Vietnam build semiconductor talent pipeline"
    assert m["subtitle"] == "JICA and Hanoi university to train 1,000 chip engineers by 2030"
    assert c.removed.count("Tech") == 2
    # a short first line that is no section of the menu stays the title
    c = clean_text("Home\nNews\nBusiness\nContact\n\nJapan and Laos\nJICA signs a grant for rural roads\n\n"
                   "VIENTIANE -- JICA signed a grant for rural roads on Monday. Work starts in May.\n")
    assert c.title == "Japan and Laos"


def test_a_caption_credited_with_a_copyright_sign_over_the_byline_and_date():
    # "Japan and Vietnam have agreed to expand ... as Hanoi courts chipmakers. © Reuters" /
    # "YUSUKE NAKAJIMA, Nikkei staff writer" / "October 14, 2025 16:32 JST"
    m, c = meta(KICKER), cleaned(KICKER)
    assert m["date"] == "2025-10-14" and m["source"] == "Nikkei Asia"
    assert '<figcaption markdown>\nJapan and Vietnam have agreed to expand semiconductor training, as Hanoi courts ' \
           'chipmakers. © Reuters\n</figcaption>' in c.body
    assert texts(KICKER)[1].startswith("HANOI -- The Japan International Cooperation Agency will fund")
    # the staff byline's writer is a person; round 21's two writers too ("KENJI KAWASE and CLIFF
    # VENZON, Nikkei staff writers")
    assert {"name": "Yusuke Nakajima", "role": "Author"} in m["people"]
    assert {"name": "Nguyen Van Minh", "role": "Vice Rector"} in m["people"]  # ("..., vice rector of the university")
    assert [p["name"] for p in meta("round21_news_kicker_staff_byline.txt")["people"]][:2] == ["Kenji Kawase", "Cliff Venzon"]


def test_links_under_read_next_are_furniture():
    c = cleaned(KICKER)
    assert "Read Next" in c.removed and "Renesas to open design centre in Ho Chi Minh City" in c.removed


def test_a_newsletter_pitch_and_a_holder_s_reservation_closing_the_page_are_furniture():
    c = cleaned(KICKER)
    assert "Sign up for our newsletters to get the best of Nikkei Asia delivered to your inbox every day." in c.removed
    assert "Nikkei Inc. No reproduction without permission." in c.removed
    assert texts(KICKER)[-1].endswith("diversify chip supply chains away from China.")
    # an author's sentence about newsletters or permission stays
    text = ("Japan and Laos\n\nJICA signed a grant for rural roads on Monday. Work starts in May.\n\n"
            "Farmers can sign up for the newsletter to get prices from the market each week.\n\n"
            "The agency said no reproduction without permission of the designs would be allowed.\n")
    c = clean_text(text)
    assert "Farmers can sign up for the newsletter to get prices from the market each week." in c.body
    assert "The agency said no reproduction without permission of the designs would be allowed." in c.body


BARE = "round40_bare_byline_in_title_block.txt"


def test_a_writer_s_bare_name_over_the_date_in_the_title_s_block_is_the_byline():
    # "Japan grants $12 million for Phnom Penh flood control" / "Chea Vannak" / "Published: 3
    # September 2025, 11:05 pm" in one block, under the site's name and menu ("Khmer Times" / "Home" ...)
    m = meta(BARE)
    assert m["source"] == "Khmer Times" and m["date"] == "2025-09-03"
    assert {"name": "Chea Vannak", "role": "Author"} in m["people"]
    # a body's name there is a source line still
    c = clean_text("Japan grants $12 million for flood control\nEmbassy of Japan in Cambodia\n3 September 2025\n\n"
                   "The Japanese government has agreed to provide a grant. Work starts in May.\n")
    assert c.source_lines == ("Embassy of Japan in Cambodia",) and not c.bylines


PORTAL = "round40_government_portal_dated_lede.txt"


def test_a_date_with_its_time_of_day_under_the_lede_is_a_dateline_no_heading():
    # the lede "VGP – Deputy Prime Minister ...", then "September 26, 2025 5:40 PM GMT+7" alone
    c = cleaned(PORTAL)
    assert "September 26, 2025 5:40 PM GMT+7\n{ #p-2 .atlas-dateline }" in c.body and "## September" not in c.body
    assert meta(PORTAL)["date"] == "2025-09-26"
    # a month and a year alone may still head a chronology's section
    c = clean_text("Japan-Mekong Cooperation: Chronology\n\nThe two sides met often. They agreed on a plan.\n\n"
                   "March 2024\n\nThe ministers met in Tokyo. They adopted the plan.\n\n"
                   "April 2024\n\nThe leaders met in Vientiane. They signed the plan.\n")
    assert "## March 2024" in c.body


def test_a_caption_ending_with_a_photo_credit_after_a_dash():
    # "Deputy Prime Minister Nguyen Chi Dung receives ..., Hanoi, September 26, 2025 - Photo: VGP/Nhat Bac"
    assert '<figcaption markdown>\nDeputy Prime Minister Nguyen Chi Dung receives Vice Chairman of Keidanren Tsuji ' \
           'Shinji, Hanoi, September 26, 2025 - Photo: VGP/Nhat Bac\n</figcaption>' in cleaned(PORTAL).body
    # a sentence with a dash and no credit after it stays text
    c = clean_text("Japan and Viet Nam\n\nThe two sides met in Hanoi. They signed a plan.\n\n"
                   "Japan is Viet Nam's third largest investor - a role it has held for years\n\nThe plan starts in May.\n")
    assert "figcaption" not in c.body


def test_vice_chairman_is_a_title():
    # "... led by its Vice Chairman Tsuji Shinji, ..."
    assert {"name": "Tsuji Shinji", "role": "Vice Chairman"} in meta(PORTAL)["people"]


SHEET = "round40_embassy_key_figures_sheet.txt"


def test_a_sheet_titled_with_its_key_figures_as_of_a_date(tmp_path):
    # "Embassy of Japan in the Lao PDR" over "Japan's ODA to the Lao PDR: Key Figures (as of March 2025)"
    m = meta(SHEET)
    assert m["type"] == "fact-sheet" and m["source"] == "Embassy of Japan in the Lao PDR"
    assert (m["date"], m["date_precision"]) == ("2025-03", "month")
    # a story about the figures, signed by its writer, is no sheet
    _, story = _doc("Japan's aid to Laos: the key figures\n\nBy Somsak Vongsa\nEmbassy of Japan in the Lao PDR\n\n"
                    "VIENTIANE -- Japan has been the largest donor to Laos since 1991, officials said on Monday.\n",
                    tmp_path)
    assert story["title"] == "Japan's aid to Laos: the key figures" and story["type"] != "fact-sheet"


def test_a_numbered_section_title_over_bullets_at_its_margin_is_a_heading():
    # "3. Major projects" / "・Vientiane International Airport Terminal Expansion (2015-2018)" / ...
    body = cleaned(SHEET).body
    assert "## 3. Major projects { #3-major-projects }" in body
    assert "- Vientiane International Airport Terminal Expansion (2015-2018)" in body
    # round 24's sheet: "4. Major recent projects" over "- Jakarta Mass Rapid Transit ..." likewise
    assert "## 4. Major recent projects" in cleaned("round24_basic_data_fact_sheet.txt").body
    # an item over its own sub-items, indented under it, stays an item
    c = clean_text("Japan and Laos\n\nThe plan has three parts. They start in May.\n\n"
                   "1. Build roads\n   ・ in the north\n   ・ in the south\n2. Train officials\n   ・ in Vientiane\n")
    assert "## 1. Build roads" not in c.body


MEA = "round40_ministry_joint_statement_footer.txt"


def test_a_role_of_a_place_then_an_honorific_then_the_name():
    # "Prime Minister of Japan Mr. ISHIBA Shigeru paid an official visit to India"
    people = meta(MEA)["people"]
    assert {"name": "Shigeru Ishiba", "role": "Prime Minister"} in people
    assert {"name": "Narendra Modi", "role": "Prime Minister"} in people  # ("Prime Minister of India Shri Narendra Modi")


def test_a_government_site_s_visitor_count_and_page_stamp_are_furniture():
    # "Visitors: 2,345,678" / "Page last updated on: 20-03-2025" under the statement's "New Delhi" / "March 20, 2025"
    c = cleaned(MEA)
    assert "Visitors: 2,345,678" in c.removed and "Page last updated on: 20-03-2025" in c.removed
    assert "New Delhi\n{ #p-8 }" in c.body and meta(MEA)["date"] == "2025-03-20"
    c = clean_text("Japan and India\n\nThe two sides met. Visitors: 40 officials attended the talks in Delhi.\n")
    assert "Visitors: 40 officials attended the talks in Delhi." in c.body


INTERVIEW = "round40_magazine_interview.txt"


def test_a_magazine_s_name_and_the_piece_s_kind_over_its_headline():
    # "JICA Magazine" / "Interview" over '"Data is the new infrastructure": Cambodia's digital government
    # chief on working with Japan': the magazine is the series, the headline the title
    m, c = meta(INTERVIEW), cleaned(INTERVIEW)
    assert m["title"].startswith('"Data is the new infrastructure": Cambodia')
    assert m["series"] == "JICA Magazine" and "subtitle" not in m
    assert "Interview" in c.removed


def test_an_interview_s_credits_and_its_questions_set_off_by_dashes():
    # "Interview by Aya Morimoto | Photos by Kenta Ishii" / "June 2025"; "— What are the main challenges ...?"
    m = meta(INTERVIEW)
    assert {"name": "Aya Morimoto", "role": "Interviewer"} in m["people"]
    assert {"name": "Kenta Ishii", "role": "Photographer"} in m["people"]
    assert m["date"] == "2025-06" and m["type"] == "interview"
    assert texts(INTERVIEW)[0].startswith("Cambodia has set out to put most public services online by 2030.")


CHAPTER = "round40_research_report_chapter.txt"


def test_a_chapter_of_a_numbered_report_under_the_report_s_name():
    # "ERIA Research Project Report 2024, No. 12" / "Chapter 3" / "Japan's Quality Infrastructure
    # Investment in ASEAN: Evidence from Transport Projects" / "Shimizu Kenji and Nguyen Thi Hoa"
    m, c = meta(CHAPTER), cleaned(CHAPTER)
    assert m["title"] == "Japan's Quality Infrastructure Investment in ASEAN: Evidence from Transport Projects"
    assert m["series"].startswith("ERIA Research Project Report 2024, No. 12")
    assert m["type"] == "report" and "date" not in m  # (the report's year is no publication date: round 4)
    assert [p for p in m["people"] if p["role"] == "Author"] == [
        {"name": "Shimizu Kenji", "role": "Author"}, {"name": "Nguyen Thi Hoa", "role": "Author"}]
    assert c.body.split("\n")[2] == "## 1. Introduction { #1-introduction }"


def test_two_places_joined_under_a_title_are_no_authors():
    c = clean_text("Japan's Quality Infrastructure in the Mekong\n\nViet Nam and Lao PDR\n\n"
                   "Both countries borrowed from Japan for roads. They repaid on time.\n")
    assert "## Viet Nam and Lao PDR" in c.body and not c.bylines


PAPER = "round40_newspaper_labelled_header.txt"


def test_a_company_s_rights_line_without_a_sign_and_the_links_over_it_are_furniture():
    # "Related" / "Japan, Thailand sign EV cooperation memorandum" / "BoI approves record investment in
    # first half" / "" / "Bangkok Post Public Company Limited. All rights reserved."
    m, c = meta(PAPER), cleaned(PAPER)
    assert "Bangkok Post Public Company Limited. All rights reserved." in c.removed
    assert "BoI approves record investment in first half" in c.removed
    assert texts(PAPER)[-1] == "Thailand produced 1.8 million vehicles last year, but EVs accounted for less than 5%."
    # the labelled header: "PUBLISHED : 12 Aug 2025 at 04:00" / "NEWSPAPER SECTION: Business" / "WRITER: ..."
    assert (m["date"], m["source"]) == ("2025-08-12", "Bangkok Post")
    assert {"name": "Lamonphet Apisitniran", "role": "Author"} in m["people"]
    # an author's sentence on rights stays
    c = clean_text("Japan and Thailand\n\nThe two sides met. The company said all rights reserved by the "
                   "licence stay with the Thai partner.\n")
    assert "all rights reserved by the licence stay with the Thai partner." in c.body


BANK = "round40_development_bank_key_points.txt"


def test_a_country_director_with_a_korean_given_name():
    # '"Reliable health data saves lives," said ADB Country Director for Timor-Leste Lee Hyun-ju.'
    assert {"name": "Lee Hyun-ju", "role": "Country Director"} in meta(BANK)["people"]
    # round 21's release: "ADB Country Director for the Lao PDR Shanny Campbell"
    assert {"name": "Shanny Campbell", "role": "Country Director"} in meta("round21_development_bank_release.txt")["people"]
    # a hyphenated word that makes an adjective of the name is none of it
    assert find_people("The President Joko Widodo-led talks began in Jakarta.") == \
        [{"name": "Joko Widodo", "role": "President"}]


DOMAIN = "round40_site_domain_over_sections.txt"


def test_a_site_s_domain_over_its_sections_then_the_headline_in_capitals():
    # "INQUIRER.NET" / "News" / "Global Nation" over "PH, JAPAN SIGN P30-B DEAL FOR MINDANAO RAILWAY PHASE 2"
    m, c = meta(DOMAIN), cleaned(DOMAIN)
    assert m["title"] == "PH, JAPAN SIGN P30-B DEAL FOR MINDANAO RAILWAY PHASE 2"
    assert (m["source"], m["date"]) == ("Philippine Daily Inquirer", "2025-03-15")
    assert "Global Nation" in c.removed and "INQUIRER.NET" not in c.body
    assert texts(DOMAIN)[0].startswith("MANILA, Philippines — The Philippines and Japan on Friday signed")
    # "Transportation Secretary Vince Dizon and Japanese Ambassador Endo Kazuya signed ..."
    assert {"name": "Vince Dizon", "role": "Transportation Secretary"} in m["people"]


def test_a_story_s_close_an_editor_s_initials_a_consent_line_and_a_lone_read_next():
    # "/cb" under the last paragraph; "By providing an email address. I agree to the Terms of Use ...";
    # "Read Next" / "Don't miss out on the latest news and information."
    c = cleaned(DOMAIN)
    for line in ("/cb", "Read Next", "Don't miss out on the latest news and information.",
                 "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the "
                 "Privacy Policy."):
        assert line in c.removed
    assert texts(DOMAIN)[-1].endswith("accounting for nearly 40 percent of the total.")


def test_links_under_more_in_a_section_close_the_page():
    # "More in Business" / "Vietnam's rice exports hit record high" / "Japanese investors eye ..."
    name = "round40_news_more_in_section.txt"
    m, c = meta(name), cleaned(name)
    assert "More in Business" in c.removed and "Vietnam's rice exports hit record high" in c.removed
    assert texts(name)[-1].startswith("Vietnam's Mekong Delta produces more than half of the country's rice")
    # "By Hoang Phong   March 5, 2025 | 06:00 pm GMT+7" under the headline
    assert (m["date"], m["source"]) == ("2025-03-05", "VnExpress International")
    assert {"name": "Hoang Phong", "role": "Author"} in m["people"]


BLOG = "round40_blog_platform_post.txt"


def test_a_blog_platform_s_buttons_reading_time_and_counts_around_the_post():
    # "Sign in" / "Get started" over the title; "Ramesh Adhikari" / "Follow" / "6 min read" / "·" /
    # "Jan 14, 2025", then "312" and "4" (claps, responses) and "Listen" / "Share" before the text
    m, c = meta(BLOG), cleaned(BLOG)
    assert m["title"] == "What Japan Taught Me About Building Rural Roads in Nepal"
    assert m["subtitle"] == "Lessons from three years as a JICA volunteer engineer"
    assert m["date"] == "2025-01-14" and "source" not in m
    assert {"name": "Ramesh Adhikari", "role": "Author"} in m["people"]
    for line in ("Get started", "Follow", "6 min read", "·", "312", "Listen"):
        assert line in c.removed
    assert texts(BLOG)[0].startswith("When I joined the Department of Roads in Kathmandu in 2018")
    # a figure alone is never a heading, further down either (the counts repeated under the tags)
    assert "## 312" not in c.body and "\n312\n" in c.body


PORTAL_CRUMB = "round40_portal_breadcrumb_title.txt"


def test_a_site_s_name_over_the_page_its_breadcrumb_names():
    # "ASEAN Main Portal" / "Home » News » ASEAN, Japan launch cybersecurity capacity building centre
    # phase 3", then the headline over "Posted on 10 October 2025 by ASEAN Secretariat | Categories:
    # News, Highlights"
    m, c = meta(PORTAL_CRUMB), cleaned(PORTAL_CRUMB)
    assert m["title"] == "ASEAN, Japan launch cybersecurity capacity building centre phase 3"
    assert (m["date"], m["source"], m["type"]) == ("2025-10-10", "ASEAN Secretariat", "news")
    assert texts(PORTAL_CRUMB)[0].startswith("BANGKOK, 10 October 2025 – The ASEAN-Japan Cybersecurity")
    assert "ASEAN Main Portal" not in c.body


def test_authors_joined_with_a_serial_comma():
    c = clean_text("Japan's Quality Infrastructure in the Mekong\n\nShimizu Kenji, Nguyen Thi Hoa, and Aiko Tanaka\n\n"
                   "1. Introduction\n\nBoth countries borrowed from Japan for roads. They repaid on time.\n")
    assert c.bylines == ("Shimizu Kenji, Nguyen Thi Hoa, and Aiko Tanaka",)
