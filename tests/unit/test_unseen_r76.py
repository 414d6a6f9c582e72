"""Round 76: whole documents of kinds the fixtures covered little, with the noise their copies
carry: a minister's speech from a ministry's site, a think tank's policy brief, a Vietnamese
daily's story, a JICA project outline, a Malaysian wire story and a volunteer's post on a social
network; what they showed, and variants of each shape."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text

SPEECH = "r76_minister_speech_asean_provisional.txt"
BRIEF = "r76_iseas_policy_brief_issn_keypoints.txt"
VNS = "r76_vietnam_news_related_tags_share.txt"
OUTLINE = "r76_jica_project_outline_fields_activities.txt"
WIRE = "r76_bernama_wire_related_editor.txt"
POST = "r76_linkedin_jocv_volunteer_reactions.txt"

STORY = ("Japan to fund Malaysian flood radar\n\n"
         "KUALA LUMPUR, Nov 27 (Bernama) -- Japan will provide a grant of 1.5 billion yen to strengthen "
         "Malaysia's flood early warning system, the ministry said today.\n\n"
         "The project will install rainfall radar in Kelantan and train officers in forecasting.\n\n")
LINKS = ("Floods: Number of evacuees in Kelantan rises to 12,000\n"
         "Japan, Malaysia to deepen cooperation in disaster management\n")
STORY_END = ("\n\"This assistance reflects the close friendship between Malaysia and Japan,\" it said.\n\n"
             "JICA will implement the project over three years.\n")


# --- a wire's "Related news:" with its colon in the story's middle ------------------------------

def test_related_news_with_its_colon_mid_story_goes_with_its_headlines():
    # "Related news:" / "Floods: Number of evacuees in Kelantan rises to 12,000" / "Japan, Malaysia to
    # deepen ..." between two paragraphs: the site's links, no words of the story
    c = cleaned(WIRE)
    assert "Related news:" in c.removed
    assert "Floods: Number of evacuees in Kelantan rises to 12,000" in c.removed
    assert not any("evacuees" in t or "Related" in t for t in texts(WIRE))
    assert '"This assistance reflects the close friendship between Malaysia and Japan under the Look ' \
           'East Policy," it said.' in texts(WIRE)


@pytest.mark.parametrize("head", ["Related news:", "Related News:", "RELATED NEWS:", "Related Articles:",
                                  "Related stories:", "More stories:"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_link_list_head_with_its_colon_goes_with_the_links_under_it(head, gap):
    body = clean_text(STORY + head + gap + LINKS + STORY_END).body
    assert head.rstrip(":") not in body and "evacuees" not in body and "deepen cooperation" not in body
    assert "close friendship between Malaysia and Japan" in body and "three years" in body


@pytest.mark.parametrize("head", ["Also read:", "Read also:"])
def test_a_read_also_head_goes_with_the_links_right_under_it(head):
    # ("Read also" a blank line over lines heads one link run on from a teaser: those stay, as before)
    body = clean_text(STORY + head + "\n" + LINKS + STORY_END).body
    assert head.rstrip(":") not in body and "evacuees" not in body and "deepen cooperation" not in body
    assert "close friendship between Malaysia and Japan" in body and "three years" in body


@pytest.mark.parametrize("head", ["See also:", "Related:"])
def test_an_authors_cross_reference_with_a_colon_stays(head):
    # (negative) "See also:" is an author's cross-reference; "Related:" further up may be a word of the text
    body = clean_text(STORY + head + "\n" + LINKS + STORY_END).body
    assert head.rstrip(":") in body and "evacuees" in body


# --- a social network's post: its counts, who reacted, its own links -----------------------------

def test_a_posts_counts_reactions_and_links_under_it_are_furniture():
    # "See translation" / "128 · 14 comments · 3 reposts" / Like, Comment, Repost, Send / "Reactions" /
    # "Kenji Sato and 127 others" / "Report this post"
    c = cleaned(POST)
    for line in ("See translation", "128 · 14 comments · 3 reposts", "Reactions", "Kenji Sato and 127 others",
                 "Report this post"):
        assert line in c.removed
    assert texts(POST)[-1] == "#JICA #JOCV #TimorLeste #Education #ASEAN"


def test_a_news_pages_buttons_with_their_counts_are_furniture():
    # "Share" / "Like 128 | Comment 4" closing a Viet Nam News page
    c = cleaned(VNS)
    assert "Like 128 | Comment 4" in c.removed
    assert texts(VNS)[-1] == "The project is expected to be completed in 2030. — VNS"


POST_HEAD = "Aya Suzuki\nJICA Volunteer | Science teacher\n1w •\n\nI have been teaching science in Baucau for a year.\n\n" \
            "We built experiment kits from plastic bottles with the students.\n\n"


@pytest.mark.parametrize("tail", ["See translation", "See original", "Show translation", "Translate post",
                                  "Report this post", "Report this comment", "1,204 · 87 comments",
                                  "56 · 3 comments · 2 reposts", "Like 12 · Comment 3 · Share 1",
                                  "Maria Santos and 55 others", "Kenji Sato, and 3 others",
                                  "Activate to view larger image,", "No alternative text description for this image",
                                  "…more", "+ Follow", "Visible to anyone on or off LinkedIn", "Load more comments",
                                  "View 3 replies", "2 replies", "All reactions:", "Most relevant"])
def test_post_tails_are_furniture(tail):
    c = clean_text(POST_HEAD + tail + "\n")
    assert tail in c.removed
    assert c.paragraphs[-1].text == "We built experiment kits from plastic bottles with the students."


@pytest.mark.parametrize("line", ["Japan and 20 other countries signed the declaration.",
                                  "Reactions from the region were mixed.", "128 teachers took part."])
def test_sentences_like_post_tails_stay(line):
    # (negative) sentences with a count, "others" or "Reactions" in them are the author's
    c = clean_text(POST_HEAD + line + "\n")
    assert c.paragraphs[-1].text == line


def test_reactions_further_up_stays():
    # (negative) "Reactions" over a paragraph is a section of the text, not a post's last label
    text = POST_HEAD + "Reactions\n\nThe ministry welcomed the kits and asked for more of them.\n"
    assert "Reactions" in clean_text(text).body


# --- items a post marks with an emoji ------------------------------------------------------------

def test_items_a_post_marks_with_a_pointing_hand_are_a_list():
    # "What I learned this year:" / "👉 Start with ..." / "👉 Speak Tetum, even badly. 😅" / "👉 Small ..."
    body = cleaned(POST).body
    assert "What I learned this year:\n{ #p-2 }" in body
    assert "- Start with what the teachers already do well.\n" in body
    assert "- Speak Tetum, even badly. 😅\n" in body
    assert "- Small experiments change how students see science.\n" in body


ITEMS = ("flood forecasting systems for the Mekong Delta", "training for provincial disaster officials",
         "early warning sirens in coastal communes")


@pytest.mark.parametrize("glyph", ["👉", "🔹", "🔸", "📌", "➡️", "➡", "✔️", "▪️"])
def test_emoji_bullets_under_a_lead_in_are_a_list(glyph):
    text = ("Japan and Viet Nam expand disaster cooperation\n15 March 2024\n\n"
            "HANOI — Japan and Viet Nam on Thursday agreed to expand their cooperation, officials said.\n\n"
            "The package covers the following areas:\n" + "\n".join(f"{glyph} {t}" for t in ITEMS) +
            "\n\nJICA will send experts to Can Tho later this year.\n")
    body = clean_text(text).body
    for t in ITEMS:
        assert f"- {t}\n" in body
    assert "The package covers the following areas:\n" in body


# --- a Malaysian title of honour -----------------------------------------------------------------

@pytest.mark.parametrize("honour", ["Dato' Seri Utama", "Dato Seri Utama", "Datuk Seri Utama"])
def test_dato_seri_utama_is_no_part_of_the_name(honour):
    text = ("Malaysia and Japan sign flood pact\n\nPUTRAJAYA, 3 May 2024 -- Foreign Minister " + honour +
            " Mohamad Hasan met Japanese Ambassador Katsuhiko Takahashi today to sign the agreement, officials said.\n")
    m, _ = read_text(text)
    assert ("Mohamad Hasan", "Foreign Minister") in [(p["name"], p["role"]) for p in m["people"]]


def test_the_speech_names_the_chair_without_his_titles_of_honour():
    # "Thank you, Chair, Your Excellency Dato' Seri Utama Haji Mohamad bin Haji Hasan, Minister of
    # Foreign Affairs of Malaysia, ..."
    people = [(p["name"], p["role"]) for p in meta(SPEECH)["people"]]
    assert people == [("Iwaya Takeshi", "Foreign Minister"), ("Mohamad bin Haji Hasan", "Minister of Foreign Affairs")]


def test_a_volunteers_post_from_timor_lestes_second_city_is_about_timor_leste():
    # "I have been in Baucau ..." / "... science fair in Baucau" / "JICA Timor-Leste Office"
    m = meta(POST)
    assert [(c["code"], c["focus"]) for c in m["countries"]] == [("TL", True)]
    assert m["type"] == "social-post"
    assert [(p["name"], p["role"]) for p in m["people"]] == [("Aya Suzuki", "Author")]


# --- a project outline's labels copied right over their sections --------------------------------

def test_project_outline_labels_over_one_sentence_are_headings():
    # "Background" over its paragraph and "Outputs" / "Activities" over their lists, no blank line
    # between: the page's labels copied over their sections, so "Overall Goal" / "Public water
    # utilities ... manner." is a heading over its sentence too
    body = cleaned(OUTLINE).body
    assert "## Overall Goal { #overall-goal }\n\nPublic water utilities in provincial towns supply safe water " \
           "in a sustainable manner.\n" in body
    assert "## Project Purpose { #project-purpose }\n\nThe capacity of MISTI and target public water utilities " \
           "for water supply management is strengthened.\n" in body
    assert "## Outputs { #outputs }" in body and "## Activities { #activities }" in body


def test_activities_numbered_under_their_outputs_are_a_list_keeping_their_numbers():
    # "1-1. Review the regulations ..." / "1-2. Prepare ..." / "2-1. Assess ..." / ... / "3-1. Install ..."
    body = cleaned(OUTLINE).body
    for item in ("1-1. Review the regulations and guidelines for urban water supply.",
                 "1-2. Prepare a training plan for utility staff.",
                 "2-1. Assess the condition of treatment plants in the three target towns.",
                 "3-1. Install district meters and carry out leak detection surveys."):
        assert f"- {item}\n" in body
    assert "1. The capacity of MISTI to regulate and support public water utilities is enhanced.\n" in body


def test_the_outline_fields_and_metadata():
    m = meta(OUTLINE)
    assert m["title"] == "Project for Strengthening Urban Water Supply Management in Provincial Towns"
    assert (m["source"], m["type"]) == ("Japan International Cooperation Agency", "project-page")
    assert [(c["code"], c["focus"]) for c in m["countries"]][0] == ("KH", True)
    assert "| Period of Cooperation | March 2023 - February 2028 |" in cleaned(OUTLINE).body


OUTLINE_HEAD = ("Project for Flood Forecasting in the Central Region\n\n"
                "Background\nCentral Viet Nam is hit by typhoons every year, and provincial forecasting offices "
                "still send warnings by fax to district officials, who then warn the communes by loudspeaker.\n\n")


@pytest.mark.parametrize("label", ["Overall Goal", "Project Purpose", "Super Goal", "Expected Outcome"])
def test_a_label_over_one_sentence_beside_a_label_over_a_list_is_a_heading(label):
    text = OUTLINE_HEAD + label + "\nFlood warnings reach every commune in the target provinces.\n\n" \
        "Outputs\n1. A forecasting system is installed.\n2. Forecasters are trained.\n"
    body = clean_text(text).body
    assert f"## {label} {{" in body and "## Outputs {" in body
    assert "\nFlood warnings reach every commune in the target provinces.\n" in body


def test_a_lead_in_over_a_list_counts_for_no_label():
    # (negative) "The project has two outputs:" leads into its list: no label, and the lone label
    # over one sentence below stays that sentence's paragraph, as before
    text = ("Project for Flood Forecasting in the Central Region\n\n"
            "The project has two outputs:\n1. A forecasting system is installed.\n2. Forecasters are trained.\n\n"
            "Overall Goal\nFlood warnings reach every commune in the target provinces.\n")
    body = clean_text(text).body
    assert "## Overall Goal" not in body
    assert "The project has two outputs:\n" in body


@pytest.mark.parametrize("marks", [("1-1.", "1-2.", "2-1."), ("1-1)", "1-2)", "2-1)"), ("(1-1)", "(1-2)", "(2-1)")])
def test_hierarchical_activity_numbers_are_items(marks):
    items = ("Review the regulations.", "Prepare a training plan.", "Assess the treatment plants.")
    text = OUTLINE_HEAD + "The activities are as follows:\n" + "\n".join(f"{m} {t}" for m, t in zip(marks, items)) + \
        "\n\nThe project runs until 2028.\n"
    body = clean_text(text).body
    for m, t in zip(marks, items):
        assert f"- {m} {t}\n" in body


@pytest.mark.parametrize("line", ["2-1  Overview", "1-1 Jonai, Kokurakita-ku, Kitakyushu City 803-8501"])
def test_a_hyphenated_number_without_its_stop_opens_no_item(line):
    # (negative) a section's number ("2-1  Overview") or an address's block number has no stop
    body = clean_text(OUTLINE_HEAD + line + "\nThe city office answers questions about the project.\n").body
    assert "- " + line not in body


# --- a think tank's paper: its series' issue, ISSN and dated place over the title ----------------

def test_a_series_issue_and_issn_over_the_title_are_no_title():
    # "ISEAS Perspective" / "ISSUE: 2024 No. 87" / "ISSN 2335-6677" / "Singapore | 21 November 2024",
    # then the paper's title
    m = meta(BRIEF)
    assert m["title"] == ("Japan's Official Security Assistance in Southeast Asia: Early Lessons from the "
                          "Philippines and Malaysia")
    assert m.get("subtitle") is None
    assert (m["date"], m["type"]) == ("2024-11-21", "report")


def test_authors_marked_for_their_posts_note_are_the_byline():
    # "Kei Nakamura and Sarah Lim*" under the title, over "KEY POINTS": the authors, no heading
    m, c = meta(BRIEF), cleaned(BRIEF)
    assert [(p["name"], p["role"]) for p in m["people"]] == [("Kei Nakamura", "Author"), ("Sarah Lim", "Author")]
    assert "## Kei Nakamura" not in c.body
    assert "\\* Kei Nakamura is Visiting Fellow at the ISEAS – Yusof Ishak Institute." in c.body  # the note stays


def test_a_papers_keywords_are_a_field_not_a_heading():
    body = cleaned(BRIEF).body
    assert "\nKeywords: Japan, Official Security Assistance, maritime security, Philippines, Malaysia\n{ #p-" in body


@pytest.mark.parametrize("field", ["Keywords: Japan; OSA; maritime security", "Key words: Japan, OSA, maritime security",
                                   "KEYWORDS: Japan, OSA", "JEL Classification: F35, O19", "Index Terms: ODA, Mekong"])
def test_keyword_fields_variants_are_no_heading(field):
    text = ("Japan's Aid and the Mekong: A Review\n\nHiroshi Tanaka and Mai Nguyen\n\n" + field +
            "\n\nIntroduction\nJapan has been the largest donor to the Mekong countries for three decades, "
            "and its loans built many of the region's bridges, ports and power plants.\n")
    body = clean_text(text).body
    assert f"\n{field}\n" in body and f"## {field}" not in body


@pytest.mark.parametrize("issue", ["ISSUE: 2024 No. 87", "Issue No. 12", "No. 2024-07", "ISSUE: 2024 No. 87\nISSN: 2335-6677",
                                   "ISSUE: 2024 No. 87\ne-ISSN 2335-6677", "ISSUE: 2024 No. 87\nOnline ISSN 2335-6677"])
@pytest.mark.parametrize("place", ["Singapore | 21 November 2024", "21 November 2024", "Tokyo, 21 November 2024"])
def test_series_header_variants_leave_the_papers_title(issue, place):
    text = ("ISEAS Perspective\n" + issue + ("" if "ISSN" in issue else "\nISSN 2335-6677") + "\n" + place + "\n\n"
            "Japan's Security Aid in Southeast Asia: Early Lessons\n\nKei Nakamura and Sarah Lim*\n\n"
            "KEY POINTS\n• Japan launched OSA in April 2023 as a grant framework for armed forces.\n"
            "• The first projects are small but significant precedents.\n\n"
            "INTRODUCTION\nIn April 2023, the Japanese government adopted a new cooperation framework for "
            "the armed forces of like-minded countries, separate from its development aid.\n")
    m, _ = read_text(text)
    assert m["title"] == "Japan's Security Aid in Southeast Asia: Early Lessons"
    assert m["date"] == "2024-11-21"
    assert [p["name"] for p in m["people"]] == ["Kei Nakamura", "Sarah Lim"]


def test_the_byline_keeps_its_mark_as_written():
    # (the page's words stay the source's: the byline lifted is the whole line, its mark with it)
    assert cleaned(BRIEF).bylines == ("Kei Nakamura and Sarah Lim*",)


@pytest.mark.parametrize("name", [SPEECH, BRIEF, VNS, OUTLINE, WIRE, POST])
def test_cleaning_the_canonical_text_again_gives_the_same_page(name):
    from test_unseen_documents import seed

    from atlas.clean import canonical_text, parse
    text = seed(name).text
    first, again = clean_text(text), clean_text(canonical_text(parse(text)))
    for field in ("body", "title", "subtitle", "dateline", "source_lines", "series", "paragraphs"):
        assert getattr(again, field) == getattr(first, field), field


# --- a speech's translation note over where and when it was given --------------------------------

SPEECH_TITLE = "Speech by Foreign Minister Iwaya Takeshi at the ASEAN-Japan Foreign Ministers' Meeting\n\n"
SPEECH_BODY = ("Excellencies, Ladies and Gentlemen,\n\nIt is a great honour for me to attend this meeting for the "
               "first time as Foreign Minister of Japan.\n\nJapan will remain a trusted partner of ASEAN.\n\nThank you.\n")


@pytest.mark.parametrize("when", ["Kuala Lumpur, Malaysia\nJuly 10, 2025", "July 10, 2025\nKuala Lumpur, Malaysia",
                                  "Kuala Lumpur, 10 July 2025", "July 10, 2025, Kuala Lumpur",
                                  "Vientiane, Lao PDR\n10 July 2025", "10 July 2025\nVientiane, Lao PDR"])
@pytest.mark.parametrize("note", ["(Provisional translation)", "Provisional Translation", "(Tentative translation)"])
def test_where_and_when_under_a_translation_note_is_no_title(when, note):
    # "Speech by ..." / "(Provisional translation)" / "Kuala Lumpur, Malaysia" / "July 10, 2025": the
    # note is a label of the page, and the place and date under it no second headline (which made
    # the speech's title its series and the place the title)
    c = clean_text(SPEECH_TITLE + note + "\n\n" + when + "\n\n" + SPEECH_BODY)
    assert c.title == SPEECH_TITLE.strip()
    assert not c.series
    assert c.paragraphs[-1].text == "Thank you."


def test_the_speech_from_the_ministrys_site():
    m, c = meta(SPEECH), cleaned(SPEECH)
    assert m["title"] == SPEECH_TITLE.strip()
    assert (m["date"], m["source"], m["type"]) == ("2025-07-10", "Ministry of Foreign Affairs of Japan", "speech")
    assert "(Provisional translation)" in c.removed
    assert texts(SPEECH)[-1] == "Thank you."  # the related links and "Back to Asia" / "Page Top" go
    assert "It is a great honour for me to attend this meeting for the first time as Foreign Minister of " \
           "Japan. (Applause)" in texts(SPEECH)


# --- a wire story's headline word in its other sense; the wire's credit closing the story ---------

WIRE_STORY = ("Japan turns over P1.2-B radar system to PAGASA\n\n"
              "MANILA – Japan on Wednesday turned over a weather radar system worth PHP1.2 billion to the Philippine "
              "Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) in Virac, Catanduanes.\n\n"
              "Japanese Ambassador to the Philippines Endo Kazuya said the radar would help communities in the "
              "Bicol region prepare for typhoons.\n\n"
              "The radar was funded through a grant from the Japan International Cooperation Agency (JICA). (PNA)\n")


def test_a_headlines_bare_radar_is_the_weather_radar_the_story_names():
    # "... radar system to PAGASA" over "... a weather radar system ...": no sign of security, in the
    # headline as in the text (the headline read alone counted it three times)
    m, _ = read_text(WIRE_STORY)
    assert "security" not in [t["id"] for t in m["topics"]]
    assert ("disaster-risk-reduction", True) in [(t["id"], t["focus"]) for t in m["topics"]]


def test_a_headlines_radar_stays_a_sign_of_security_where_the_story_says_coast_guard():
    # (negative) a coast guard's radar: no weather radar in the text, the headline's word counts
    text = WIRE_STORY.replace("a weather radar system", "a coastal radar system for the Philippine Coast Guard")
    m, _ = read_text(text)
    assert ("security", True) in [(t["id"], t["focus"]) for t in m["topics"]]


@pytest.mark.parametrize("credit, source", [("(PNA)", "Philippine News Agency"), ("(Kyodo)", "Kyodo News"),
                                            ("(Bernama)", "Malaysian National News Agency")])
def test_a_wires_credit_closing_the_story_is_its_source(credit, source):
    m, c = read_text(WIRE_STORY.replace("(PNA)", credit))
    assert m["source"] == source
    assert c.paragraphs[-1].text.endswith(f"(JICA). {credit}")  # the credit stays where it was written


@pytest.mark.parametrize("tail", ["(JICA).", "(JICA). (JICA)", "(JICA). (Japan)"])
def test_a_bodys_name_in_brackets_closing_the_story_is_no_source(tail):
    # (negative) only a news outlet's credit names the story's source
    m, _ = read_text(WIRE_STORY.replace("(JICA). (PNA)", tail))
    assert m.get("source") is None


# --- a page's post on another network: its reactions' label, who reacted, shares, comments' order ---

FB_POST = ("JICA Cambodia Office\n2d · 🌏\n\n"
           "Today JICA handed over 20 water quality testing kits to the Phnom Penh Water Supply Authority (PPWSA). 💧 "
           "The kits will help laboratory staff check water safety in the city's new distribution areas.\n\n"
           "Thank you to our partners at PPWSA for their hard work! 🙏\n\n#JICA #Cambodia #SafeWater\n\n"
           "See translation\nAll reactions:\nYou, Sok Dara and 54 others\n3 comments\n12 shares\n"
           "Like\nComment\nShare\nMost relevant\nWrite a comment…\n")


def test_a_posts_reactions_block_goes_whole():
    c = clean_text(FB_POST)
    for line in ("All reactions:", "You, Sok Dara and 54 others", "12 shares", "Most relevant", "Like"):
        assert line in c.removed
    assert c.paragraphs[-1].text == "#JICA #Cambodia #SafeWater"


def test_an_emoji_after_a_stop_ends_the_sentence_for_the_title():
    # "... (PPWSA). 💧 The kits will ...": the title is the first sentence, the emoji no part of it
    m, c = read_text(FB_POST)
    assert m["title"] == "Today JICA handed over 20 water quality testing kits to the Phnom Penh Water Supply " \
                         "Authority (PPWSA)."
    assert c.paragraphs[0].text.startswith("Today JICA handed over")  # the body keeps the post as written


# --- a Vietnamese daily's photo credits -----------------------------------------------------------

CAPTION = "Japanese Ambassador Ito Naoki and Deputy Minister of Finance Nguyen Duc Chi sign the exchange of notes " \
          "in Ha Noi on Wednesday."


def test_the_dailys_photo_caption_with_its_credit():
    body = cleaned(VNS).body
    assert f"{CAPTION} VNA/VNS Photo Minh Duc\n</figcaption>" in body
    assert meta(VNS)["date"] == "2024-11-28"  # "November 28, 2024 - 09:15"


@pytest.mark.parametrize("credit", ["VNS Photo Doan Tung", "VNA Photo", "VnExpress/Giang Huy", "Xinhua Photo"])
def test_an_agencys_photo_credit_after_the_caption_makes_a_caption(credit):
    # the same page with another credit after the caption's sentence
    from test_unseen_documents import seed
    c = clean_text(seed(VNS).text.replace(f"{CAPTION} VNA/VNS Photo Minh Duc", f"{CAPTION} {credit}"))
    assert f"{CAPTION} {credit}\n</figcaption>" in c.body
    assert c.title == "Japan pledges new ODA for Mekong Delta climate resilience"


# --- a project sheet's field over an acronym's long form -----------------------------------------

def test_an_acronym_in_a_fields_value_is_no_part_of_the_label():
    # "Partner Country's Implementing Organization | Ministry of Industry, Science, Technology and
    # Innovation (MISTI)": the table's cells read as one text, the label before the long form
    assert meta(OUTLINE)["acronyms"] == [{"abbr": "MISTI",
                                          "expansion": "Ministry of Industry, Science, Technology and Innovation"}]


@pytest.mark.parametrize("text, abbr, expansion", [
    ("Executing Agency Department of Public Works and Highways (DPWH)", "DPWH", "Department of Public Works and Highways"),
    ("Counterpart Agency National Disaster Management Office (NDMO)", "NDMO", "National Disaster Management Office"),
    ("Implementing Agency Philippine Coast Guard (PCG)", "PCG", "Philippine Coast Guard"),
    ("Implementing Organization Viet Nam Disaster and Dyke Management Authority (VDDMA)", "VDDMA",
     "Viet Nam Disaster and Dyke Management Authority"),
    # (negative) a word the short form leaves out before the name is still the name's
    ("the Japan Agency for Medical Research and Development (AMED) said", "AMED",
     "Japan Agency for Medical Research and Development"),
])
def test_field_labels_before_long_forms(text, abbr, expansion):
    from atlas.extract_spans import find_acronyms
    assert find_acronyms(text) == [{"abbr": abbr, "expansion": expansion}]
