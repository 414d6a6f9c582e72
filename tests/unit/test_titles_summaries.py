"""Titles and summaries as an editor reads them, on the real pipeline output of the seeds and of
documents written by others (tests/fixtures/unseen/): each summary is the author's first sentence
that says something, word for word, without what only opens it (a wire dateline, a run-in label,
a photo caption) and without saying the title again."""

from __future__ import annotations

from pathlib import Path

import pytest

from atlas.clean import clean_text
from atlas.extract import extract_metadata
from atlas.read import read_seed
from atlas.vocab import load_vocabulary
from test_unseen_documents import meta

ROOT = Path(__file__).resolve().parents[2]


def seed_meta(stem: str) -> dict:
    seed = read_seed(next((ROOT / "seeds").glob(f"{stem}_*.txt")), ROOT)
    return extract_metadata(seed, clean_text(seed.text), load_vocabulary())


# --- a news lede's dateline opens the story, not its summary ---------------------------------------

@pytest.mark.parametrize("name, summary", [
    ("round4_reuters_jakarta.txt",  # "JAKARTA, Feb 3 (Reuters) - "
     "Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI) will "
     "help finance a $2.5 billion expansion of geothermal power plants in Indonesia, state utility Perusahaan "
     "Listrik Negara (PLN) said on Saturday."),
    ("news_about_speech.txt",  # "TOKYO, Dec 17 (Reuters) - "
     "Prime Minister Fumio Kishida said in a keynote speech on Sunday that Japan would train 5,000 cybersecurity "
     "and digital experts from Southeast Asia over five years, the foreign ministry said in a press release."),
    ("press_release_kyodo.txt",  # "TOKYO, March 3 (Kyodo) — "
     "Japan and the Philippines on Sunday opened a joint centre in Quezon City that will use Japanese "
     "earth-observation satellites to speed up warnings of typhoons, floods and landslides, the Ministry of "
     "Foreign Affairs said."),
    ("lone_note.txt",  # "DILI, Timor-Leste, 14 June 2023 — "
     "Japan will fund solar microgrids in 20 villages in the municipalities of Ermera and Liquiçá, the Embassy "
     "of Japan said on Wednesday, under a grant of US$6.8 million signed with the Ministry of Public Works."),
    ("round3_lead_in_bullets.txt",  # "Jakarta, 21 May 2024 (Antara) — "
     "The Government of Japan and the Ministry of Communication and Informatics of Indonesia launched on Tuesday "
     "a three-year programme to train young Indonesians in digital skills for small and medium-sized "
     "enterprises."),
    ("round5_news_site_timestamp.txt",  # "HANOI — "
     "Japan and Viet Nam on Thursday signed a loan agreement worth about 90 billion yen ($600 million) for the "
     "second metro line of Ho Chi Minh City, the Japan International Cooperation Agency (JICA) said in a "
     "statement."),
    ("round5x_news_on_survey.txt",  # "TOKYO — "
     "Fewer Japanese companies in Asia expect to make a profit this year than at any time since the trade "
     "agency began its annual survey, the Japan External Trade Organization (JETRO) said on Thursday."),
    ("round6_news_photos.txt",  # "VIENTIANE — "
     "A team of Japan Overseas Cooperation Volunteers (JOCV) has introduced tablet-based mathematics lessons in "
     "12 primary schools in Xieng Khouang Province, where many pupils walk more than an hour to school."),
    ("british_news_lede.txt",  # "BANGKOK — ", and the author's lede has no final stop: none is added
     "Japan will help the Lao PDR, Timor-Leste and Myanmar (Burma) digitise their land registries under a "
     "programme announced on Thursday by the Japan International Cooperation Agency, which said the scheme "
     "would modernise the way that titles are recorded and shared across the region"),
])
def test_a_summary_starts_at_the_sentence_after_the_lede_s_dateline(name, summary):
    assert meta(name)["summary"] == summary


def test_the_dateline_still_dates_and_sources_the_story():
    m = meta("round4_reuters_jakarta.txt")
    assert (m["date"], m["source"]) == ("2024-02-03", "Reuters")
    assert meta("press_release_kyodo.txt")["source"] == "Kyodo News"


# --- labels, captions and long sentences -----------------------------------------------------------

def test_a_run_in_label_is_no_part_of_the_summary():
    # seed 003: "Overview: Japan has already been extending ..."
    assert seed_meta("003")["summary"] == (
        "Japan has already been extending various bilateral assistance (ODA, Official Development Assistance) "
        "to the new member countries of ASEAN.")


def test_a_photo_caption_opening_the_body_is_not_the_summary():
    # seed 004: the caption "Prime Minister Fumio Kishida attends a meeting ..." sits above the lede
    assert seed_meta("004")["summary"] == (
        "The government launched its first policy on strengthening partnership with emerging and developing "
        "countries of the Global South on Tuesday at a meeting with relevant ministries and agencies at the "
        "Prime Minister’s Office.")


def test_one_long_first_sentence_is_the_whole_summary_not_cut_before_its_object():
    summary = meta("round4_mofa_grant_timor.txt")["summary"]
    assert summary.startswith("On February 6 (local time), in Dili, Mr. KUROKI Hideo, Ambassador")
    assert summary.endswith('grant aid of up to 2.53 billion yen for "The Project for the Improvement of Water '
                            'Supply in Baucau".')
    assert "…" not in summary and len(summary) == 419


# --- a title taken from the lede is not said again --------------------------------------------------

def test_a_lede_title_is_followed_by_the_next_sentence_as_summary():
    m = seed_meta("000")
    assert m["title_from"] == "lede"
    assert m["title"].startswith("Financial assistance for 23 tech-related cooperation projects")
    assert m["summary"] == ("The projects aim to address challenges such as agricultural productivity and medical "
                            "quality faced by countries in Southeast Asia by utilising the private sector.")


# --- every document: no summary repeats the title or subtitle, none opens with page furniture -----

SEEDS = ("000", "001", "002", "003", "004")
UNSEEN = sorted(p.name for p in (ROOT / "tests" / "fixtures" / "unseen").glob("*.txt"))


@pytest.mark.parametrize("stem", SEEDS)
def test_no_seed_summary_repeats_its_title_or_subtitle(stem):
    m = seed_meta(stem)
    assert m["summary"] and m["summary"] not in (m["title"], m.get("subtitle"))


@pytest.mark.parametrize("name", UNSEEN)
def test_no_summary_repeats_the_title_or_opens_with_a_dateline_or_label(name):
    m = meta(name)
    summary = m["summary"]
    assert summary and summary not in (m["title"], m.get("subtitle"))
    head = summary.split(" ", 2)
    assert head[0] not in ("—", "-") and (len(head) < 2 or head[1] not in ("—", "-")), summary
    assert not summary.endswith(" …"), summary


# --- where a sentence ends ---------------------------------------------------------------------------

def test_a_sentence_ending_in_a_quote_keeps_its_closing_quote():
    from atlas.extract import first_sentence
    text = "“Japan will walk with ASEAN as a trusted partner,” he said, “heart to heart.” Applause followed."
    assert first_sentence(text) == "“Japan will walk with ASEAN as a trusted partner,” he said, “heart to heart.”"
    assert first_sentence('The minister said "we will act." Then he left.') == 'The minister said "we will act."'


def test_a_japanese_full_stop_ends_a_sentence():
    from atlas.extract import first_sentence
    assert first_sentence("日本は1954年のコロンボ・プラン加盟以来、技術協力を継続してきた。2022年度の実績は約350億円である。") == \
        "日本は1954年のコロンボ・プラン加盟以来、技術協力を継続してきた。"
    # a stop inside a quotation does not end the sentence that quotes it
    assert first_sentence("大使は「協力を続ける。」と述べた。式典には副大臣が出席した。") == "大使は「協力を続ける。」と述べた。"


# --- documents shaped like the fixtures but not among them: the whole pipeline on a small text ----

def run(text: str) -> dict:
    from atlas.model import Seed
    seed = Seed(path="seeds/x.txt", raw=text.encode(), text=text)
    return extract_metadata(seed, clean_text(text), load_vocabulary())


def test_a_lede_title_starts_after_the_dateline_too():
    m = run("TOKYO, March 3 (Kyodo) — Japan and the Philippines on Sunday opened a joint centre in Quezon City "
            "that will use Japanese satellites to speed up warnings of typhoons, floods and landslides, the "
            "ministry said.\n\nThe centre was funded through a grant of 1.2 billion yen from JICA.\n")
    assert (m["title_from"], m["source"]) == ("lede", "Kyodo News")
    assert m["title"].startswith("Japan and the Philippines on Sunday opened a joint centre")
    assert m["summary"] == "The centre was funded through a grant of 1.2 billion yen from JICA."


def test_a_question_opening_a_paragraph_is_passed_over_for_its_answer():
    m = run("Co-creation with ASEAN\n\nWhy does co-creation matter? Co-creation matters because the challenges "
            "we face, from ageing societies to climate change, are shared by Japan and ASEAN.\n")
    assert m["summary"] == ("Co-creation matters because the challenges we face, from ageing societies to climate "
                            "change, are shared by Japan and ASEAN.")


def test_a_capitalised_run_in_label_is_passed_over_a_sentence_with_a_colon_is_not():
    m = run("Japan's Support for Cambodia\n\nEXECUTIVE SUMMARY: Japan has supported Cambodia's mine clearance "
            "since 1998 through the Cambodian Mine Action Centre.\n")
    assert m["summary"].startswith("Japan has supported Cambodia's mine clearance")
    m = run("Japan's Support for Cambodia\n\nThe reason is simple: Japan has supported Cambodia's mine clearance "
            "since 1998 through the Cambodian Mine Action Centre.\n")
    assert m["summary"].startswith("The reason is simple: Japan has")
