"""Round r67: whole documents of kinds the fixtures had little of (a LinkedIn post by a JICA expert,
an academic article's first pages, a JICA procurement notice, a Central Asian agency's story, a
Bangladeshi daily's story by a staff correspondent, a podcast transcript with timestamps, a
Brazilian agency's story in English, a Korean daily's story on Japan and ASEAN), each run end to
end; what came out wrong, and what must stay as written."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_dates import history_date

LINKEDIN = "r67_linkedin_post_jica_expert.txt"
PAPER = "r67_academic_paper_first_pages.txt"
NOTICE = "r67_jica_procurement_notice.txt"
KAZINFORM = "r67_kazinform_central_asia_japan_summit.txt"
DAILY_STAR = "r67_daily_star_bangladesh_staff_correspondent.txt"
PODCAST = "r67_podcast_transcript_timestamps.txt"
BRAZIL = "r67_brazil_jica_cerrado_story.txt"
HERALD = "r67_korea_herald_japan_asean_summit.txt"

POST_TEXT = ("After three years in Hanoi, my assignment as a JICA expert in Viet Nam comes to an end this "
             "month.\n\nThe project continues under a new phase from 2026.\n")


# --- a social post's writer with the degree of connection after the name ------------------------

def test_the_post_s_writer_with_the_degree_of_connection_is_its_byline():
    # "Hiroshi Tanaka • 2nd" / "JICA Expert on Disaster Risk Reduction | ..." / "3d • Edited •"
    m, c = meta(LINKEDIN), cleaned(LINKEDIN)
    assert c.bylines == ("Hiroshi Tanaka • 2nd",
                         "JICA Expert on Disaster Risk Reduction | Flood Forecasting | Viet Nam & Laos")
    assert c.post_age == "3d • Edited •" and "3d • Edited •" in c.removed
    assert m["title"] != "Hiroshi Tanaka • 2nd" and "Tanaka • 2nd" not in c.body
    assert (m["source"], m["type"]) == ("LinkedIn", "social-post")
    assert {"name": "Hiroshi Tanaka", "role": "Author"} in m["people"]
    assert "## 3d" not in c.body
    assert texts(LINKEDIN)[0].startswith("After three years in Hanoi, my assignment as a JICA expert")


@pytest.mark.parametrize("name", ["Hiroshi Tanaka • 2nd", "Hiroshi Tanaka · 3rd+", "Hiroshi Tanaka • 1st",
                                  "Hiroshi Tanaka • Following"])
def test_a_degree_of_connection_after_the_name_in_its_forms(name):
    c = clean_text(f"{name}\nJICA Expert | Flood Forecasting | Hanoi\n2w • Edited • 🌐\n\n{POST_TEXT}")
    assert c.bylines[0] == name and c.post_age == "2w • Edited • 🌐"
    assert name not in c.body


def test_a_name_line_with_other_words_after_a_bullet_is_no_post_card():
    # (negative) "Hiroshi Tanaka • Hanoi" is no degree of connection: the block is no post's head
    c = clean_text(f"Hiroshi Tanaka • Hanoi\nJICA Expert | Flood Forecasting\n2w • Edited\n\n{POST_TEXT}")
    assert c.post_age == ""


def test_the_post_s_see_more_link_is_furniture_and_its_hashtags_stay():
    c = cleaned(LINKEDIN)
    assert "…see more" in c.removed and "see more" not in c.body
    assert "\\#JICA #DisasterRiskReduction #Vietnam #Laos #ClimateAdaptation #Japan\n" in c.body


# --- a site's menu copied as one row of words apart by single spaces ----------------------------

def test_a_menu_row_with_single_spaces_is_no_title():
    # "KAZINFORM" / "International News Agency" / "Politics Economy Society Regions World Sport" over
    # the headline
    m, c = meta(KAZINFORM), cleaned(KAZINFORM)
    assert m["title"] == "Japan pledges support for Central Asia green transition at Tokyo summit"
    assert "Politics Economy Society Regions World Sport" in c.menu
    assert (m["date"], m["source"]) == ("2025-12-20", "Kazinform International News Agency")
    assert {"name": "Kassym-Jomart Tokayev", "role": "President"} in m["people"]


@pytest.mark.parametrize("row", ["Home News Business Sport Opinion Culture", "News Politics Economy World Sport",
                                 "World Asia Business Technology Science Health"])
def test_menu_rows_with_single_spaces_over_a_headline(row):
    c = clean_text(f"{row}\n\nJapan and Viet Nam sign loan for Hanoi metro\n\n15 March 2024\n\n"
                   "HANOI — Japan and Viet Nam on Thursday signed a loan agreement for the city's metro, officials said.\n")
    assert c.title == "Japan and Viet Nam sign loan for Hanoi metro" and row in c.removed


@pytest.mark.parametrize("line", ["Trade Investment Energy", "Energy and Climate Finance Trade Investment",
                                  "Japan Viet Nam Business Forum 2024"])
def test_a_short_row_or_one_with_other_words_stays(line):
    # (negative) fewer than five words, or a word that is no menu's item: the author's line
    c = clean_text(f"Japan and Viet Nam sign loan for Hanoi metro\n\n15 March 2024\n\n{line}\n\n"
                   "Japan and Viet Nam on Thursday signed a loan agreement for the city's metro, officials said.\n")
    assert line not in c.removed and line in c.body


# --- page furniture of news sites ---------------------------------------------------------------

def test_a_daily_s_related_topics_and_its_google_news_pitch_are_furniture():
    m, c = meta(DAILY_STAR), cleaned(DAILY_STAR)
    assert "Subscribe to The Daily Star's Google News channel for all the latest news." in c.removed
    assert "Related topic" not in c.body and "Google News" not in c.body
    assert (m["title"], m["date"], m["source"]) == (
        "Japan to provide $1.06b in loans for Matarbari, Dhaka metro", "2025-09-24", "The Daily Star")
    assert texts(DAILY_STAR)[-1].startswith("\"Japan will continue to stand by Bangladesh")


def test_a_translator_s_credit_under_the_byline_is_a_byline():
    # "By Pedro Rafael Vilela - Reporter, Agência Brasil - Brasília" / "" / "Translation: Fabrício Ferreira"
    m, c = meta(BRAZIL), cleaned(BRAZIL)
    assert "Translation: Fabrício Ferreira" in c.source_lines
    assert "## Translation" not in c.body
    assert (m["date"], m["source"]) == ("2025-11-14", "Agência Brasil")
    assert texts(BRAZIL)[0].startswith("Brazil's Ministry of Agriculture and Livestock")
    assert "Edited by: Fernando Fraga" in texts(BRAZIL)  # (under the text: the author's page keeps it)


# --- labelled dates ------------------------------------------------------------------------------

def test_a_podcast_is_dated_by_the_day_it_was_recorded():
    # "Recorded 8 May 2025 | Duration 38:14" under the episode's title
    m, c = meta(PODCAST), cleaned(PODCAST)
    assert c.dateline == "Recorded 8 May 2025 | Duration 38:14"
    assert m["date"] == "2025-05-08"
    assert "## Recorded" not in c.body
    assert "[00:00:31] WATANABE: Thank you, Sarah. It's a pleasure to be here." in texts(PODCAST)


def test_a_notice_is_dated_by_its_date_of_notice():
    m, c = meta(NOTICE), cleaned(NOTICE)
    assert c.dateline == "Date of Notice: 15 October 2025"
    assert (m["date"], m["type"]) == ("2025-10-15", "procurement-notice")
    assert m["countries"][0]["code"] == "LK"


@pytest.mark.parametrize("line, date", [
    ("Received: 12 August 2024 / Accepted: 3 February 2025 / Published online: 20 March 2025", "2025-03-20"),
    ("Received 03 Mar 2022, Accepted 18 Oct 2022, Published online: 14 Nov 2022", "2022-11-14"),
    ("Pages 612-635 | Received 03 Mar 2022, Accepted 18 Oct 2022, Published online: 14 Nov 2022", "2022-11-14"),
    ("Submitted: 2024-08-12 | Accepted: 2025-02-03 | Published: 2025-03-20", "2025-03-20"),
])
def test_an_article_s_history_dates_it_by_its_publication(line, date):
    assert history_date(line).value == date


@pytest.mark.parametrize("line", [
    "Received: 12 August 2024; Revised: 2 December 2024; Accepted: 3 February 2025",  # (no publication)
    "The paper was received in August 2024, accepted in February 2025 and published in March 2025.",
])
def test_a_history_without_its_publication_dates_nothing(line):
    assert history_date(line) is None


# --- an academic article's first page -----------------------------------------------------------

def test_the_article_s_title_is_under_its_journal_s_citation_and_doi():
    # "Journal of ..., Vol. 14, No. 2 (2025), pp. 117–142" / "https://doi.org/10.1234/..." / "" / the title
    m, c = meta(PAPER), cleaned(PAPER)
    assert m["title"] == ("Quality Infrastructure and Local Capacity: Japanese Development Finance for "
                          "Urban Rail in Southeast Asia")
    assert m["date"] == "2025-03-20"  # "Published online: 20 March 2025"
    body = c.body
    assert "Journal of Asian Development Studies, Vol. 14, No. 2 (2025), pp. 117–142\n{ #p-1 .atlas-dateline }" in body
    assert "https://doi.org/10.1234/jads.2025.14.2.117\n{ #p-2 .atlas-dateline }" in body
    assert "## Abstract" in body and "## 1. Introduction" in body


def test_the_journal_s_running_line_between_pages_is_furniture():
    # "2 Journal of Asian Development Studies 14(2)" between two paragraphs of the introduction
    c = cleaned(PAPER)
    assert c.removed == ("2 Journal of Asian Development Studies 14(2)",)
    assert "## 2 Journal" not in c.body
    assert any(t.startswith("The remainder of the article is organised as follows.") for t in texts(PAPER))


@pytest.mark.parametrize("title", ["Journal of Asian Development Studies, Vol. 14, No. 2 (2025), pp. 117–142",
                                   "Asian Survey, Volume 64, Number 3, pp. 401-428",
                                   "DOI: 10.1080/10357718.2024.2345678"])
def test_a_journal_s_citation_or_doi_over_the_title_is_no_title(title):
    c = clean_text(f"{title}\n\nJapan's Quality Infrastructure in Southeast Asia\n\nYuki Sato\n\n"
                   "Abstract\nThis article examines how Japan's loans have shaped urban rail in Manila and Jakarta.\n")
    assert c.title == "Japan's Quality Infrastructure in Southeast Asia"


def test_a_headline_with_a_comma_and_a_volume_in_its_words_stays_the_title():
    # (negative) a headline naming volumes in its words is no citation
    c = clean_text("Japan, ASEAN to boost trade volume by 2030\n\n15 March 2024\n\n"
                   "TOKYO — Japan and ASEAN agreed on Thursday to raise their trade, officials said.\n")
    assert c.title == "Japan, ASEAN to boost trade volume by 2030"


# --- what stays as written ----------------------------------------------------------------------

def test_the_korean_daily_s_story_reads_whole():
    m = meta(HERALD)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan, ASEAN mark 52 years of ties with new maritime pledge", "2025-10-27", "The Korea Herald")
    assert texts(HERALD)[0].startswith("KUALA LUMPUR -- Japan and the Association of Southeast Asian Nations")
    assert {r["id"] for r in m["regions"]} >= {"asean"}


# --- a notice's numbered sections ---------------------------------------------------------------

@pytest.mark.parametrize("field", ["Reference No.: JICA-LKA-2025-017", "Deadline: 5 November 2025"])
@pytest.mark.parametrize("indent", ["", "  "])
def test_a_label_and_its_code_over_a_numbered_item_is_no_heading(field, indent):
    # "Reference No.: JICA-LKA-2025-017" / "" / "1. The Japan International ... invites ...": a field,
    # also over the item indented as canonical text writes it (the notice cleans the same twice)
    c = clean_text(f"Notice of Procurement\n\nDate of Notice: 15 October 2025\n\n{field}\n\n{indent}1. The Japan "
                   "International Cooperation Agency (JICA) Sri Lanka Office invites eligible firms to submit "
                   "expressions of interest.\n\n2. Outline of the services\n\n(1) Objective: To collect baseline data.\n")
    assert f"\n{field}\n" in c.body and "## 2. Outline of the services" in c.body and "### 2." not in c.body


def test_a_title_case_name_over_a_numbered_item_still_heads_it():
    # (negative) a short name with no label's colon over the items names them
    c = clean_text("Notice of Procurement\n\nDate of Notice: 15 October 2025\n\nConsulting Services for Kandy City\n\n"
                   "  1. The Japan International Cooperation Agency (JICA) Sri Lanka Office invites eligible firms.\n\n"
                   "2. Outline of the services\n\n(1) Objective: To collect baseline data.\n")
    assert "## Consulting Services for Kandy City" in c.body


# --- a podcast page's pitch and its transcript's note -------------------------------------------

def test_the_podcast_s_pitch_and_the_transcript_s_note_are_furniture():
    c = cleaned(PODCAST)
    assert c.removed == ("Subscribe to Development Dialogues on Apple Podcasts, Spotify or wherever you listen.",
                         "Transcripts are generated automatically and may contain errors.")
    assert texts(PODCAST)[-1] == "[Ad break]"  # (the show's own marks stay as written)


@pytest.mark.parametrize("line", ["Follow The Mekong Podcast on Spotify and Apple Podcasts.",
                                  "Listen to Asia Insight on YouTube Music, Overcast, Pocket Casts",
                                  "This transcript was produced automatically."])
def test_pitches_and_notes_of_a_podcast_in_their_forms(line):
    c = clean_text(f"Development Dialogues — Episode 43\n\n[00:00:12] HOST: Welcome back. Today we talk "
                   f"about Japan's loans to Indonesia.\n\n{line}\n")
    assert line in c.removed


def test_a_sentence_on_listening_stays():
    # (negative) a speaker's sentence naming a platform is the speaker's
    line = "[00:03:10] WATANABE: Young people in Jakarta follow Japanese anime on YouTube and Spotify."
    c = clean_text(f"Development Dialogues — Episode 43\n\n[00:00:12] HOST: Welcome back.\n\n{line}\n")
    assert not c.removed


def test_a_post_s_first_paragraph_closing_on_a_pictograph_gives_its_title():
    # "... comes to an end this month. 🌏": the post's first sentence, not the next paragraph's
    assert meta(LINKEDIN)["title"] == ("After three years in Hanoi, my assignment as a JICA expert at the Viet Nam "
                                       "Disaster and Dyke Management Authority comes to an end this month.")
