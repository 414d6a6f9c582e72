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
                                  "Maria Santos and 55 others", "Kenji Sato, and 3 others"])
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
