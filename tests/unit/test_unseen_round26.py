"""Twenty-sixth round: eight documents of the three kinds the site is made of, from publishers no
earlier fixture copies (tests/fixtures/unseen/round26_*.txt): five news sites (The Straits Times,
the Bangkok Post, VnExpress International, Khmer Times, Rappler), a white paper's chapter copied
out of its PDF, a ministry's country data book and a ministry's outline in provisional
translation. Every expected value was read off the fixture's lines (quoted in the comments); each
rule is also tried on small texts written here, where it must fire and where it must not."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, seed, texts
from test_unseen_round8 import assert_words_kept
from test_unseen_round10 import idempotent

from atlas.clean import clean_text
from atlas.extract_spans import PEOPLE_FILE, compile_titles, find_people
from atlas.vocab import load_yaml

STRAITS = "round26_straits_times_semiconductor.txt"
BANGKOK = "round26_bangkok_post_yen_loan_rail.txt"
VNEXPRESS = "round26_vnexpress_metro_oda.txt"
KHMER = "round26_khmer_times_mine_clearance.txt"
RAPPLER = "round26_rappler_coast_guard_osa.txt"
PAPER = "round26_white_paper_pdf_column.txt"
DATABOOK = "round26_country_data_book_cambodia.txt"
OUTLINE = "round26_meti_outline_provisional.txt"
ALL = [STRAITS, BANGKOK, VNEXPRESS, KHMER, RAPPLER, PAPER, DATABOOK, OUTLINE]


@pytest.mark.parametrize("name", ALL)
def test_every_word_that_stays_is_in_order(name):
    assert_words_kept(seed(name).text, cleaned(name))


@pytest.mark.parametrize("name", ALL)
def test_cleaning_is_idempotent(name):
    idempotent(seed(name).text)


def people(name: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in meta(name).get("people", [])}


# --- a role in small letters after a speaker's name ---------------------------------------------

@pytest.mark.parametrize("name, person, role", [
    # "..., said Mr Kenji Sato, chief representative of Jetro Singapore."
    (STRAITS, "Kenji Sato", "Chief Representative"),
    # "..., said Dr Kaori Nishimura, a senior fellow at the Institute of South East Asian Studies ..."
    (STRAITS, "Kaori Nishimura", "Senior Fellow"),
    # "..., said Patricia Mongkhonvanit, director-general of the Public Debt Management Office (PDMO)."
    (BANGKOK, "Patricia Mongkhonvanit", "Director-General"),
    # "Yuichi Takeuchi, chief representative of Jica's Thailand office, said the agency ..."
    (BANGKOK, "Yuichi Takeuchi", "Chief Representative"),
    # "Vo Van Hoan, vice chairman of the city People's Committee, said the city planned ..."
    (VNEXPRESS, "Vo Van Hoan", "Vice Chairman"),
    # "Sakamoto Takema, chief representative of JICA Vietnam, said the agency ..."
    # (the body it serves is no part of the role when the vocabulary knows it: JICA)
    (VNEXPRESS, "Sakamoto Takema", "Chief Representative"),
    # "Security analyst Rommel Banlaoi, president of the ...": not read (the name opens no sentence)
])
def test_a_speaker_named_before_a_role_in_small_letters(name, person, role):
    assert people(name).get(person) == role


@pytest.mark.parametrize("text, expected", [
    ("Trade grew, said Takeshi Yamamoto, director of the Asia Pacific division at METI. Yes.",
     [("Takeshi Yamamoto", "Director")]),
    ("Ly Thuch, senior minister and first vice-president of the Authority, said yes.", [("Ly Thuch", "Senior Minister")]),
    # (no speaker: a name before a role in small letters with no "said" and no honorific names no one)
    ("The MOU was signed by Japan and Heng Ratana, director-general of CMAC, in Phnom Penh.", []),
    # (a place before such a role is no person: "Japan, president of the G7, said")
    ("Japan, president of the G7, said it would help.", []),
    # (a role word that goes on as another word is no role: "directory")
    ("Trade grew, said Takeshi Yamamoto, directory editor. Yes.", []),
])
def test_the_apposition_reads_only_a_speaker_s_role(text, expected):
    assert [(p["name"], p["role"]) for p in find_people(text)] == expected


def test_the_apposition_roles_are_data(tmp_path):
    data = load_yaml(PEOPLE_FILE)
    assert "chief representative" in data["apposition_roles"] and "senior" in data["apposition_ranks"]
    text = "Trade grew, said Takeshi Yamamoto, harbour master of the port. Yes."
    assert find_people(text) == []
    data["apposition_roles"].append("harbour master")
    assert find_people(text, titles=compile_titles(data)) == [{"name": "Takeshi Yamamoto", "role": "Harbour Master"}]
    with pytest.raises(ValueError, match="small letters"):
        compile_titles({**data, "apposition_roles": ["Director"]})


# --- a news site's bare byline over its dates, and a caption's credit after its last sentence ---

def test_a_bare_name_and_job_over_the_dates_are_the_byline_not_the_source():
    # caption ending "... in Tokyo on March 13. PHOTO: MDDI" / "Osmond Chia" / "Tech Correspondent" /
    # "Updated Mar 14, 2025, 05:27 PM" / "Published Mar 14, 2025, 04:30 PM", one block
    m, c = meta(STRAITS), cleaned(STRAITS)
    assert (m["title"], m["date"], m["source"]) == (
        "Singapore, Japan to deepen cooperation on chips, digital trade and AI talent", "2025-03-14", "The Straits Times")
    assert people(STRAITS)["Osmond Chia"] == "Author"
    assert 'class="atlas-caption" id="p-1"' in c.body and "Osmond Chia" not in c.body
    assert texts(STRAITS)[1].startswith("SINGAPORE – Singapore and Japan will step up cooperation")
    # "BEA CUPIN" / "Published 4:30 PM, July 08, 2024" / "Updated 7:12 PM, July 08, 2024"
    m = meta(RAPPLER)
    assert (m["title"], m["date"], m["source"]) == (
        "Japan to give PH 5 more coast guard ships, coastal radars under OSA", "2024-07-08", "Rappler")
    assert people(RAPPLER)["Bea Cupin"] == "Author"
    assert texts(RAPPLER)[0].startswith("MANILA, Philippines – Japan will provide")


@pytest.mark.parametrize("text", [
    # a name over a line that is no date: a list's items, the author's
    "Japan Helps\n\nJapan will help.\n\nOsmond Chia\nTech Correspondent\n\nIt goes on.\n",
    # a name alone under the title, no date in its block: it may head the text
    "Japan Helps\n\nOsmond Chia\n\nJapan will help. It trains people.\n",
])
def test_a_name_with_no_date_in_its_block_stays(text):
    assert "Osmond Chia" in clean_text(text).body


def test_a_credited_caption_is_no_standfirst():
    # "Deminers of the Cambodian Mine Action Centre (CMAC) use a Japanese-made detector in a field
    # in Battambang province. Supplied" under "May 14, 2024"
    m = meta(KHMER)
    assert m["title"] == "Japan grants $4.5 million for CMAC demining in northwest provinces"
    assert m.get("subtitle") is None and m["date"] == "2024-05-14"
    # (a short line with no such credit is still the standfirst)
    short = clean_text("Japan Helps Cambodia\nThe grant buys detectors for three provinces\n\nMay 14, 2024\n\n"
                       "Japan has granted $4.5 million to CMAC. It buys detectors.\n")
    assert short.subtitle == "The grant buys detectors for three provinces"


# --- a news site's prompts, furniture in the data -------------------------------------------------

@pytest.mark.parametrize("name, line", [
    (STRAITS, "Join ST's WhatsApp Channel and get the latest news and must-reads."),
    (STRAITS, "Gift this article"),
    (BANGKOK, "Do you like the content of this article?"),
    (RAPPLER, "This is AI generated summarization, which may have errors. For context, always refer to the full article."),
    (RAPPLER, "How does this make you feel?"),
    (RAPPLER, "There are no comments yet. Add your comment to start the conversation."),
])
def test_a_news_site_s_prompts_are_furniture(name, line):
    assert line in cleaned(name).removed and line not in cleaned(name).body
    # (the same words in a sentence of the text stay: "how does this make you feel" asked in a story)
    body = clean_text("Japan Helps\n\nJapan will help. The minister asked the trainees: how does this make you feel? "
                      "They said proud.\n").body
    assert "how does this make you feel?" in body


def test_a_news_site_s_menu_with_its_sections():
    # "VnExpress International" / "News" / "Business" / "Travel" / "Life" / "Sports" / "World" /
    # "Perspectives", then "News > Vietnam > Economy", then the headline
    m, c = meta(VNEXPRESS), cleaned(VNEXPRESS)
    assert m["title"] == "Japan pledges more ODA as HCMC's first metro line carries 10 million passengers"
    assert m["date"] == "2025-02-18"
    assert {"Travel", "Life", "Perspectives"} <= set(c.removed)
    # "Rappler" / "Philippines" / "Nation" / ... / "Voices": the site's, and its "Philippines" no mention
    assert "Voices" in cleaned(RAPPLER).removed
