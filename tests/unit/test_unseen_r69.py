"""Round r69: page heads, dates and end matter of page shapes the fixtures had little of (a blog post
with its writer's handle and readers' comments, a LinkedIn post with its buttons and comments, a
Japanese ministry's release dated in the imperial era's short form, a working paper with a "[n]"
references list, a news page copied with its site's name, its AMP label and a video's kicker over
the headline), each run end to end, and variants of each shape substituted into one short story;
what came out wrong, and what must stay as written."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract_dates import parse_dateline

BLOG = "r69_blog_post_handle_comments.txt"
LINKEDIN = "r69_linkedin_post_comments_buttons.txt"
MOFA = "r69_mofa_emergency_relief_era_dates.txt"
PAPER = "r69_working_paper_bracket_references.txt"
VIDEO = "r69_news_video_kicker_amp.txt"

HEADLINE = "Japan and ASEAN celebrate 50 years of friendship and cooperation"
STORY = (f"{HEADLINE}\n\nDecember 17, 2023\n\n"
         "TOKYO — Leaders of Japan and the Association of Southeast Asian Nations met in Tokyo on Sunday to "
         "mark 50 years of ties, pledging deeper cooperation on maritime security and clean energy.\n\n"
         "Prime Minister Fumio Kishida said the partnership would be built on trust.\n")
LEDE = "TOKYO — Leaders of Japan and the Association of Southeast Asian Nations met in Tokyo on Sunday"
POST = ("Back from Phnom Penh, where our team wrapped up a two-week workshop on disaster risk reduction "
        "with officials from Cambodia's National Committee for Disaster Management.\n\n"
        "JICA has supported the committee since 2017. The next step is a flood early warning pilot in "
        "Kampong Cham.\n")


def idempotent(text: str) -> bool:
    return clean_text(canonical_text(parse(text))).body == clean_text(text).body


# --- a label alone over the headline ------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "Watch:", "Opinion:", "Analysis:",  # a kicker whose label has nothing after its colon
    "Play video", "Listen to this article 4 min", "Read in app", "Updated",  # a player's or an app's buttons
    "Accelerated Mobile Page", "Print edition", "Mobile version",  # the copy's edition
])
def test_a_widget_or_an_empty_kicker_over_the_headline_goes_and_the_headline_is_the_title(label):
    # "Watch:" / "" / "Japan and ASEAN celebrate ..." / "" / "December 17, 2023" / "" / "TOKYO — ..."
    c = clean_text(f"{label}\n\n{STORY}")
    assert c.title == HEADLINE
    assert label in c.removed
    assert c.paragraphs[0].text.startswith(LEDE)
    assert idempotent(f"{label}\n\n{STORY}")


@pytest.mark.parametrize("label", ["File photo", "Watch: Japan and ASEAN mark 50 years",
                                   "Video: Kishida at the summit"])
def test_a_photo_s_or_a_video_s_label_over_the_headline_stays_on_top_and_is_no_title(label):
    # "File photo" / "Watch: Japan and ASEAN mark 50 years" (the clip's own title) over the headline:
    # kept on top of the text, as a photo's credit there is; the headline under it is the title
    c = clean_text(f"{label}\n\n{STORY}")
    assert c.title == HEADLINE
    assert c.paragraphs[0].text == label
    assert c.paragraphs[1].text.startswith(LEDE)
    assert idempotent(f"{label}\n\n{STORY}")


@pytest.mark.parametrize("edition", ["AMP", "Accelerated Mobile Page", "Print edition", "Mobile version"])
@pytest.mark.parametrize("site", ["The Japan Times", "Bangkok Post", "Asia Daily Herald"])
def test_the_site_s_name_and_the_copy_s_edition_over_the_headline_in_one_block(site, edition):
    # "The Japan Times" / "AMP" / "Japan and ASEAN celebrate ..." / "" / "December 17, 2023": the
    # source, furniture and the title; no caption made of the headline, no title made of the lede
    c = clean_text(f"{site}\n{edition}\n{STORY}")
    assert c.title == HEADLINE
    assert edition in c.removed
    assert c.paragraphs[0].text.startswith(LEDE)


def test_the_site_s_name_right_over_the_headline_is_no_photo_credit():
    # "The Japan Times" / "Japan and ASEAN celebrate ..." / "" / "December 17, 2023": was a caption
    # (the headline) credited to the site, and the lede the title
    c = clean_text(f"The Japan Times\n{STORY}")
    assert c.title == HEADLINE
    assert "atlas-caption" not in c.body
    assert c.paragraphs[0].text.startswith(LEDE)


def test_the_news_page_with_its_site_name_amp_label_and_video_kicker():
    m, c = meta(VIDEO), cleaned(VIDEO)
    assert m["title"] == "Japan and ASEAN leaders pledge deeper ties at Tokyo summit marking 50 years"
    assert (m["date"], m["source"], m["type"]) == ("2023-12-17", "The Japan Times", "news")
    assert "AMP" in c.removed and "Listen to this article 4 min" in c.removed
    # the video's label and its title stay on top of the text, never the title; the lede under it
    assert texts(VIDEO)[0] == "Watch: Japan and ASEAN mark 50 years of friendship"
    assert texts(VIDEO)[1].startswith("TOKYO – Leaders of Japan and the Association of Southeast Asian Nations")
    assert texts(VIDEO)[-1] == ("Japan is ASEAN's fourth-largest trading partner and one of its biggest "
                                "sources of foreign direct investment.")


def test_a_label_over_the_title_stays_when_a_sentence_follows_no_headline():
    # (negative) "Opinion:" over a paragraph of sentences, no headline under it: nothing to flag
    text = "Opinion:\n\nJapan and ASEAN have built trust over 50 years. The next half century will test it.\n"
    assert "Opinion:" not in clean_text(text).removed


# --- a writer's handle in a post's or a blog's author block -------------------------------------

@pytest.mark.parametrize("head, bylines", [
    ("Aiko Sato\n@aiko_sato_dev\nMay 13, 2024\n\n", ("Aiko Sato", "@aiko_sato_dev")),
    ("Aiko Sato\n@AikoSato\n13 May 2024\n\n", ("Aiko Sato", "@AikoSato")),
    ("Aiko Sato @aiko_sato_dev · May 13, 2024\n\n", ("Aiko Sato", "@aiko_sato_dev")),
    ("Aiko Sato (@aiko_sato_dev)\nMay 13, 2024\n\n", ("Aiko Sato", "@aiko_sato_dev")),
    ("@aiko_sato_dev\nMay 13, 2024\n\n", ("@aiko_sato_dev",)),
    ("What I learned in Phnom Penh\nAiko Sato\n@aiko_sato_dev\nMay 13, 2024\n\n", ("Aiko Sato", "@aiko_sato_dev")),
    ("What I learned in Phnom Penh\n\nAiko Sato\n@aiko_sato_dev\nMay 13, 2024\n\n", ("Aiko Sato", "@aiko_sato_dev")),
])
def test_the_writer_s_name_and_handle_over_the_date_are_the_byline(head, bylines):
    # was: the name the title ("Aiko Sato"), or "@aiko_sato_dev" the source
    c = clean_text(head + POST)
    assert c.bylines == bylines
    assert c.title not in {"Aiko Sato", "@aiko_sato_dev"} and "@" not in (c.title or "")
    assert c.paragraphs[0].text.startswith("Back from Phnom Penh, where our team wrapped up")
    assert "@aiko" not in c.body
    assert idempotent(head + POST)


def test_a_handle_in_a_sentence_is_the_author_s_text():
    # (negative) "Follow the project @jica_cambodia ..." in the text, and an address: no byline
    text = ("Japan and Cambodia open flood centre\n\nMay 13, 2024\n\n" + POST +
            "\nFollow the project @jica_cambodia\n\nContact: info@jica.go.jp\n")
    c = clean_text(text)
    assert c.bylines == ()
    assert "Follow the project @jica\\_cambodia" in c.body


def test_the_blog_post_s_handle_and_its_readers_comments():
    m, c = meta(BLOG), cleaned(BLOG)
    assert m["title"] == "Field notes: two weeks with Cambodia's flood forecasters"
    assert m["date"] == "2024-05-13"
    assert m.get("source") != "@aiko_sato_dev"
    assert c.bylines == ("Aiko Sato", "@aiko_sato_dev")
    assert {"name": "Aiko Sato", "role": "Author"} in m["people"]
    # the box of comments under "3 thoughts on “...”" (each with "Reply", the form "Leave a Reply"):
    # readers' words and the site's form, no paragraph of the post
    assert "3 thoughts on “Field notes: two weeks with Cambodia's flood forecasters”" in c.removed
    assert "Would love to see the slides if you can share them." in c.removed
    assert "Sokha Chan" not in c.body and "Leave a Reply" not in c.body
    assert texts(BLOG)[0].startswith("Back from Phnom Penh, where our team wrapped up a two-week workshop")
    assert texts(BLOG)[-2] == "Thanks to everyone at NCDM for their hospitality."


# --- readers' comments under a post -------------------------------------------------------------

COMMENTS = {
    "head, a block": "Comments\nSokha Chan · 2d\nGreat work! The training made a real difference.\nLike · Reply\n"
                     "Kenji Watanabe · 1d\nCongratulations, Aiko.\nLike · Reply · 3\n",
    "blank lines": "Comments\n\nSokha Chan · 2d\nGreat work! The training made a real difference.\nLike · Reply\n\n"
                   "Kenji Watanabe · 1d\nCongratulations, Aiko.\nLike · Reply · 3\n",
    "no head": "Sokha Chan · 2d\nGreat work! The training made a real difference.\nLike · Reply\n"
               "Kenji Watanabe · 1d\nCongratulations, Aiko.\nLike · Reply\n",
    "buttons a line each": "Comments\nSokha Chan\nGreat work! The training made a real difference.\nLike\nReply\n2d\n"
                           "Kenji Watanabe\nCongratulations, Aiko.\nLike\nReply\n1d\n",
}


@pytest.mark.parametrize("box", list(COMMENTS), ids=list(COMMENTS))
def test_a_post_s_comments_with_their_buttons_never_join_the_post(box):
    # was: "Comments Sokha Chan · 2d Great work! ... Like · Reply Kenji Watanabe ..." one paragraph
    text = "Aiko Sato\n@aiko_sato_dev\nMay 13, 2024\n\n" + POST + "\n" + COMMENTS[box]
    c = clean_text(text)
    assert [p.text for p in c.paragraphs] == [
        "Back from Phnom Penh, where our team wrapped up a two-week workshop on disaster risk reduction "
        "with officials from Cambodia's National Committee for Disaster Management.",
        "JICA has supported the committee since 2017. The next step is a flood early warning pilot in Kampong Cham."]
    assert "Congratulations, Aiko." in c.removed


def test_an_author_s_comments_section_with_no_buttons_stays():
    # (negative) "Comments" over the author's own sentence: no readers' box (no form, no buttons)
    text = "Aiko Sato\n@aiko_sato_dev\nMay 13, 2024\n\n" + POST + "\nComments\nThe ministry asked for a report by June.\n"
    assert "The ministry asked for a report by June." in clean_text(text).body


def test_the_linkedin_post_s_buttons_and_comments_go_its_text_stays():
    m, c = meta(LINKEDIN), cleaned(LINKEDIN)
    assert c.bylines == ("Nguyen Thi Lan", "@lan_nguyen_hanoi")
    assert m["date"] == "2025-03-04"
    assert m.get("source") != "@lan_nguyen_hanoi"
    for gone in ("Like", "Repost", "Tran Minh Duc · 2d", "Like · Reply · 2", "Great news for Bac Ninh."):
        assert gone in c.removed
    assert "Tran Minh Duc" not in c.body and "Yuki Tanaka" not in c.body
    assert texts(LINKEDIN)[-2] == "Thank you to all the lecturers and mentors who made this possible."
    assert {"vn", "jp"} <= {x["code"].lower() for x in m["countries"]}


# --- the imperial era's short dates -------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("R6.5.13", "2024-05-13"), ("R06.05.13", "2024-05-13"), ("R6/5/13", "2024-05-13"),
    ("H31.4.1", "2019-04-01"), ("R1.5.1", "2019-05-01"), ("Date: R7.1.20", "2025-01-20"),
    ("Updated: H31.4.1", "2019-04-01"), ("令和6年5月13日", "2024-05-13"), ("令和元年5月1日", "2019-05-01"),
    ("令和6（2024）年5月13日", "2024-05-13"), ("令和6(2024)年5月", "2024-05"),  # the Western year in brackets
    ("発表日：令和6年5月13日", "2024-05-13"), ("公開日 2024年5月13日", "2024-05-13"),  # a Japanese page's label
    ("更新日：R6.5.13", "2024-05-13"),
    ("Press Release 13 May 2024", "2024-05-13"), ("News Release R6.5.13", "2024-05-13"),  # the release's kind before it
])
def test_an_era_date_in_its_short_form_is_a_date(line, value):
    found = parse_dateline(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize("line", ["r6.5.13", "R6.13.1", "XR6.5.13", "H2O.5.1", "R6.5",
                                  "Press Release on 13 May 2024 flood relief"])
def test_what_only_looks_like_an_era_date_is_none(line):
    # (negative) small letters, a thirteenth month, a word's letters before it, no day
    assert parse_dateline(line) is None


@pytest.mark.parametrize("line, value", [("R6.5.13", "2024-05-13"), ("H31.4.1", "2019-04-01"),
                                         ("Date: R6.5.13", "2024-05-13"), ("令和6（2024）年5月13日", "2024-05-13"),
                                         ("発表日：令和6年5月13日", "2024-05-13"),
                                         ("Press Release 13 May 2024", "2024-05-13")])
def test_an_era_date_under_a_release_s_title_dates_it(line, value):
    text = ("Japan provides emergency relief goods to the Philippines\n" + line + "\n\n"
            "The Government of Japan decided to provide emergency relief goods through JICA to the Philippines, "
            "which was hit by Typhoon Carina.\n")
    c = clean_text(text)
    assert c.title == "Japan provides emergency relief goods to the Philippines"
    assert c.dateline == line
    assert line not in c.body


def test_the_ministry_s_release_dated_in_the_era_s_short_form():
    m = meta(MOFA)
    assert m["title"] == ("Emergency Relief Goods Provided to the Philippines in Response to the Damage "
                          "Caused by Typhoon Carina")
    assert m["date"] == "2024-07-26"  # "R6.7.26"
    assert m["source"] == "Ministry of Foreign Affairs of Japan"
    # the chronology's entries, each opening with its era date, a line each (was one paragraph)
    body = cleaned(MOFA).body
    assert "令和3年12月20日 Emergency relief goods (Typhoon Odette)\n" in body.replace("\\", "")
    assert "(Typhoon Odette) 令和4年" not in body


# --- a "[n]" references list ---------------------------------------------------------------------

def test_two_bracketed_markers_in_a_row_each_link_to_their_note():
    # "upfront prices[3][4]": was "\[3\]" as text and note 3 a paragraph of the body
    c = cleaned(PAPER)
    assert "life-cycle costs matter more than upfront prices[^3][^4], and that" in c.body
    assert "\\[3\\]\\[" not in c.body
    for n in range(1, 7):
        assert f"\n[^{n}]: " in c.body
    assert "[^3]: \\[3\\] Asian Development Bank, Meeting Asia's Infrastructure Needs, Manila, 2017." in c.body


def test_the_working_paper_s_head_and_notes():
    m = meta(PAPER)
    assert m["title"] == ("Japan's Quality Infrastructure Investment in Southeast Asia: Evidence from "
                          "Viet Nam and Indonesia")
    assert m["date"] == "2024-03"
    assert {"VN", "ID"} <= {x["code"] for x in m["countries"] if x["focus"]}
    found = texts(PAPER)
    assert any(t.startswith("Japanese-financed projects took on average 14 months longer") for t in found)
    assert found[-1].startswith("[6] Nguyen, T. H., \"Land Clearance and Delays")  # (the last note)


@pytest.mark.parametrize("text", ["See [1](https://www.jica.go.jp) for details.",
                                  "The table [1][a] lists them."])
def test_a_bracketed_figure_before_a_link_s_target_or_label_is_no_marker(text):
    # (negative) a link written in Markdown's way in the author's text: no note to link to
    body = clean_text(f"Japan and Viet Nam sign loan\n\n15 May 2024\n\n{text}\n\n[1] JICA, Annual Report, 2023.\n").body
    assert "[^1][" not in body and "[^1](" not in body


@pytest.mark.parametrize("series", ["Working Paper No. 2024-07", "ERIA Discussion Paper No. 2024-07"])
def test_a_paper_s_series_line_and_its_authors_apart_under_the_title_are_its_header(series):
    # "Title" / "" / "Working Paper No. 2024-07" / "" / "Hiroshi Nakamura and Dewi Lestari" / "" /
    # "March 2024": was two headings (the series line, the authors) and a cleaning that changed on a
    # second pass (the headings' levels)
    text = ("Japan's Quality Infrastructure Investment in Southeast Asia\n\n" + series +
            "\n\nHiroshi Nakamura and Dewi Lestari\n\nMarch 2024\n\nAbstract\n\n"
            "This paper examines Japan's quality infrastructure investment in Viet Nam and Indonesia since the "
            "G20 Principles were adopted in 2019.\n")
    c = clean_text(text)
    assert c.title == "Japan's Quality Infrastructure Investment in Southeast Asia"
    assert c.subtitle == series
    assert c.bylines == ("Hiroshi Nakamura and Dewi Lestari",)
    assert c.dateline == "March 2024"
    assert "## Abstract" in c.body and "## Hiroshi" not in c.body and "## Working" not in c.body
    assert idempotent(text)


def test_a_name_alone_under_the_title_with_no_date_below_is_no_header():
    # (negative) a short line under the title over a paragraph, no date under the name: text as it was
    text = ("Japan's Quality Infrastructure Investment in Southeast Asia\n\nA comparison of two countries\n\n"
            "Hiroshi Nakamura\n\nThis paper examines Japan's quality infrastructure investment in Viet Nam and "
            "Indonesia since the G20 Principles were adopted in 2019.\n")
    assert clean_text(text).subtitle is None
