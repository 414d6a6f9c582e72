"""Round 72: page heads, people and types. A closing "Source: X" under the page's tags, a dated,
unsigned story of an agency (not a fact sheet), signatures typed in capitals after their mark, a
secretary named with the portfolio in small letters, a release's kind apart from its date by a gap,
a speaker's name over the office and the date under a speech's title, and stacked fields that a
second pass read as a masthead; each on a whole document of the shape and on generated variants."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta, seed, texts

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract import extract_metadata
from atlas.model import Seed
from atlas.vocab import load_vocabulary

TAGS = "r72_news_tags_over_source.txt"
UNDP = "r72_undp_dated_story_quotes.txt"
NOTES = "r72_embassy_exchange_of_notes_caps_signatures.txt"
PNA = "r72_pna_secretary_of_energy_lower.txt"
GAP = "r72_mfa_press_release_kind_gap_date.txt"
SPEECH = "r72_speech_speaker_office_date.txt"
RELIEFWEB = "round21_aggregator_stacked_fields.txt"

STORY = ("Japan and Cambodia open a mine action training centre\n\n13 May 2024\n\n"
         "PHNOM PENH — Japan and Cambodia on Monday opened a regional training centre for mine clearance in "
         "Kampong Chhnang province, officials said.\n\n"
         "The centre, built with a grant of 1.2 billion yen, will train deminers from Laos, Viet Nam and Myanmar.\n\n")


def run(text: str) -> tuple[dict, object]:
    """(metadata, Cleaned) of a generated document."""
    c = clean_text(text)
    return extract_metadata(Seed(path="seeds/r72.txt", raw=text.encode(), text=text), c, load_vocabulary()), c


def again(text: str) -> tuple[dict, object]:
    """(metadata, Cleaned) of the text's canonical form: the second pass."""
    return run(canonical_text(parse(text)))


def people(m: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in m.get("people") or ()}


def head(m: dict) -> tuple:
    return m["title"], m.get("date"), m.get("source"), m["type"]


# --- a closing "Source: X" under the page's tags ------------------------------------------------

def test_a_source_line_under_the_tags_is_the_page_s_source():
    # "Tags: Cambodia, Japan, JICA, mine action, South-South cooperation" / "Source: Cambodian Mine
    # Action Centre", closing the page: before, the source line was a caption of its own, last
    m, c = meta(TAGS), cleaned(TAGS)
    assert m["source"] == "Cambodian Mine Action Centre"
    assert "atlas-caption" not in c.body and "Source:" not in c.body
    assert texts(TAGS)[-1] == "The first course, for 40 deminers from Laos and Iraq, will start in June and last eight weeks."
    assert "Tags: Cambodia, Japan, JICA, mine action, South-South cooperation" in c.removed


@pytest.mark.parametrize("source, name", [
    ("UNDP Cambodia", "UNDP Cambodia"), ("Agence Kampuchea Presse (AKP)", "Agence Kampuchea Presse"),
    ("Embassy of Japan in Cambodia", "Embassy of Japan in Cambodia"), ("JICA", "Japan International Cooperation Agency"),
    ("Cambodia's Mine Action and Victim Assistance Authority (CMAA)", "Cambodia's Mine Action and Victim Assistance Authority"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("tags", ["Tags: Cambodia, Japan, mine action", "Topics: Cambodia, Japan",
                                  "Keywords: Cambodia; Japan; Mine action"])
def test_a_source_line_under_the_tags_is_read_whatever_the_publisher(source, name, gap, tags):
    text = f"{STORY}{tags}{gap}Source: {source}\n"
    m, c = run(text)
    assert m["source"] == name and "atlas-caption" not in c.body
    assert tags in c.removed and tags not in c.body
    m2, c2 = again(text)
    assert (c2.body, m2["source"]) == (c.body, name)


def test_a_source_note_under_a_paragraph_with_no_tags_over_it_is_still_a_note():
    # (negative) "Source: World Bank (2023)" under a figure's paragraph, no tags: the figure's note;
    # "Topics: digital trade, AI" in small letters is the author's line, and the note under it a note
    m, c = run(f"{STORY}Source: UNDP Cambodia\n")
    assert '<span class="atlas-caption-label">Source: UNDP Cambodia</span>' in c.body
    m, c = run(f"{STORY}Tags: Cambodia, Japan, mine action\n\nSource: World Bank (2023)\n")
    assert '<span class="atlas-caption-label">Source: World Bank (2023)</span>' in c.body
    m, c = run(f"{STORY}Topics: digital trade, AI\n\nSource: UNDP Cambodia\n")
    assert "Topics: digital trade, AI" in c.body and not m.get("source")


def test_the_nnt_story_s_closing_source_is_no_caption():
    # r71's Thai story closes "Tags: Thailand, Japan, trade, rail" / "Source: NNT / Public Relations
    # Department": the source line, the signature the text's last lines
    c = cleaned("r71_thai_prd_english_story.txt")
    assert "atlas-caption" not in c.body
    assert c.source_lines[-1] == "Source: NNT / Public Relations Department"


# --- a dated, unsigned story of an agency is no fact sheet --------------------------------------

def test_an_agency_s_dated_story_with_quotes_is_news():
    # UNDP's page: headline, date, "Ermera, 27 February 2025 – ..." and two quotes, no byline: news
    m = meta(UNDP)
    assert head(m) == ("Japan and UNDP hand over solar-powered water systems to six villages in Ermera",
                       "2025-02-27", "United Nations Development Programme", "news")
    assert people(m)["Munkhtuya Altangerel"] == "Resident Representative"


@pytest.mark.parametrize("label", ["Press release\n27 February 2025", "PRESS RELEASE 27 February 2025",
                                   "27 February 2025 | Press Release"])
def test_an_agency_s_dated_story_that_says_it_is_a_release_is_one(label):
    m, _ = run(seed(UNDP).text.replace("27 February 2025\n\nErmera", f"{label}\n\nErmera"))
    assert (m["type"], m["date"]) == ("press-release", "2025-02-27")


@pytest.mark.parametrize("name", ["r71_undp_japan_project_central_asia.txt", "round17_blog_posted_source_cambodia.txt",
                                  "round29_mpi_vietnam_japan_odaconference.txt"])
def test_earlier_agency_stories_are_news(name):
    assert meta(name)["type"] == "news"


SHEET = ("Japan's Cooperation with Timor-Leste\n\nMarch 2025\n\nEmbassy of Japan in Timor-Leste\n\n"
         "1. Overview\nJapan has provided about 500 million US dollars of assistance to Timor-Leste since 1999.\n\n"
         "2. Priority areas\nInfrastructure, human resource development and agriculture are the priority areas.\n\n")


@pytest.mark.parametrize("extra", [
    "",
    # one quote alone does not make a sheet a story
    '"Japan is a trusted partner," said the Prime Minister at the opening of the Dili port in 2022.\n',
])
def test_a_dated_sheet_of_an_agency_is_still_a_fact_sheet(extra):
    # (negative) sections and figures, at most one quote: the fact sheet it was
    m, _ = run(SHEET + extra)
    assert m["type"] == "fact-sheet"


@pytest.mark.parametrize("lede", [
    "DILI — Japan and Timor-Leste on Monday opened a new port terminal in Dili, built with a Japanese grant of 8 billion yen.",
    "Dili, 13 May 2024 – Japan and Timor-Leste on Monday opened a new port terminal in Dili, built with a Japanese grant.",
    "(TATOLI) – Japan and Timor-Leste on Monday opened a new port terminal in Dili, built with a Japanese grant of 8 billion yen.",
])
def test_a_dated_agency_story_with_a_lede_and_a_quote_is_news(lede):
    text = ("Japan and Timor-Leste open new port terminal in Dili\n\n13 May 2024\n\nEmbassy of Japan in Timor-Leste\n\n"
            f"{lede}\n\n"
            '"The terminal will bring the country closer to its neighbours," Ambassador Kawaguchi said at the ceremony.\n')
    m, _ = run(text)
    assert m["type"] == "news"


# --- signatures typed in capitals after their mark ----------------------------------------------

def test_signatures_in_capitals_are_people_with_their_roles():
    # "(SGD) ENDO KAZUYA" / "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of
    # the Philippines", "(Sgd.) MARIA THERESA P. LAZARO" / "Undersecretary for Bilateral Relations and
    # ASEAN Affairs": each name, in title case, with its role; the lines kept as written, a line each
    m, t = meta(NOTES), texts(NOTES)
    assert people(m) == {
        "Endo Kazuya": "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of the Philippines",
        "Maria Theresa P. Lazaro": "Undersecretary for Bilateral Relations and ASEAN Affairs"}
    assert t[-4:] == ["(SGD) ENDO KAZUYA",
                      "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of the Philippines",
                      "(Sgd.) MARIA THERESA P. LAZARO", "Undersecretary for Bilateral Relations and ASEAN Affairs"]
    assert (m["date"], m["source"], m["type"]) == ("2024-05-13", "Embassy of Japan in the Philippines", "press-release")


NOTE_HEAD = ("Exchange of Notes on the Grant for Rural Roads\n\n13 May 2024\n\n"
             "The Government of Japan and the Government of the Republic of the Philippines today exchanged notes "
             "concerning a grant of 2.5 billion yen for rural roads in Mindanao.\n\n")


@pytest.mark.parametrize("mark", ["(SGD)", "(Sgd.)", "Sgd.", "(Signed)", "Signed:"])
@pytest.mark.parametrize("typed, name", [("AKIRA TANAKA", "Akira Tanaka"), ("MARIA L. SANTOS", "Maria L. Santos"),
                                         ("RAFAEL M. ALUNAN III", "Rafael M. Alunan III"),
                                         ("MANUEL M. BONOAN, JR.", "Manuel M. Bonoan, Jr.")])
def test_a_signature_in_capitals_after_any_mark_is_read(mark, typed, name):
    text = f"{NOTE_HEAD}{mark} {typed}\nSecretary of Finance\n"
    m, c = run(text)
    assert people(m).get(name) == "Secretary of Finance"
    assert f"{mark} {typed}\n" in c.body and "\nSecretary of Finance\n" in c.body
    assert again(text)[1].body == c.body


def test_two_signatures_in_one_block_are_two_people():
    text = (f"{NOTE_HEAD}(SGD) AKIRA TANAKA\nAmbassador Extraordinary and Plenipotentiary of Japan\n"
            "(SGD) MARIA L. SANTOS\nUndersecretary for Bilateral Relations\n")
    m, c = run(text)
    assert people(m) == {"Akira Tanaka": "Ambassador Extraordinary and Plenipotentiary of Japan",
                         "Maria L. Santos": "Undersecretary for Bilateral Relations"}
    assert "(SGD) MARIA L. SANTOS\n" in c.body


def test_a_line_in_capitals_with_no_mark_over_a_role_is_no_person():
    # (negative) without the signature's mark, capitals over a role may be a heading
    m, _ = run(f"{NOTE_HEAD}FOR THE GOVERNMENT OF JAPAN\nMinister for Foreign Affairs\n")
    assert not people(m)


# --- a secretary named with the portfolio in small letters --------------------------------------

def test_secretaries_named_with_their_portfolio_in_small_letters():
    # "The secretary of energy, Raphael Lotilla, said", "The secretary of finance, Ralph Recto, told"
    p = people(meta(PNA))
    assert (p["Raphael Lotilla"], p["Ralph Recto"]) == ("Secretary of Energy", "Secretary of Finance")
    assert p["Ruth Abbey Gita-Carlos"] == "Author"


LOAN = ("Japan and the Philippines sign loan for geothermal plant\n12 March 2024\n\n"
        "MANILA — Japan and the Philippines on Tuesday signed a loan agreement for a geothermal plant in Leyte, "
        "officials said.\n\n")


@pytest.mark.parametrize("sentence, name, role", [
    ("The secretary of trade and industry, Alfredo Pascual, noted that Japan was the top investor.",
     "Alfredo Pascual", "Secretary of Trade and Industry"),
    ("The undersecretary of foreign affairs, Theresa Lazaro, said Japan was a trusted partner.",
     "Theresa Lazaro", "Undersecretary of Foreign Affairs"),
    ("The permanent secretary of finance, Lavinia Mate, said the rate was low.", "Lavinia Mate",
     "Permanent Secretary of Finance"),
    ("The secretary of public works and highways, Manuel Bonoan, said the road would open in 2026.",
     "Manuel Bonoan", "Secretary of Public Works and Highways"),
    ("The deputy minister of finance, Somchai Jaidee, said the loan would be repaid over 40 years.",
     "Somchai Jaidee", "Deputy Minister of Finance"),
])
def test_a_role_in_small_letters_with_its_portfolio_names_the_holder(sentence, name, role):
    m, _ = run(LOAN + sentence + "\n")
    assert people(m)[name] == role


@pytest.mark.parametrize("sentence", [
    "The secretary of the association, Maria Cruz, said the members agreed.",
    "The press secretary, Cheloy Garafil, said the President would attend.",
])
def test_a_secretary_with_no_portfolio_names_no_one(sentence):
    # (negative) "secretary" alone, or of a body that is no portfolio: no role read
    m, _ = run(LOAN + sentence + "\n")
    assert not people(m)


# --- a release's kind apart from its date by a gap ----------------------------------------------

def test_a_release_s_kind_and_date_apart_by_a_gap():
    # "PRESS RELEASE          13 May 2024" over the headline: a press release of that date
    m, c = meta(GAP), cleaned(GAP)
    assert (m["title"], m["date"], m["type"]) == (
        "Japan extends grant aid of 1.5 billion yen for the rehabilitation of schools in the Northern Province",
        "2024-05-13", "press-release")
    assert "PRESS RELEASE" not in c.body


RELEASE_BODY = ("Japan extends grant aid to Sri Lanka for school rehabilitation\n\n"
                "The Government of Japan has decided to extend grant aid of 1.5 billion yen to Sri Lanka for 40 schools.\n\n"
                "The Ambassador of Japan and the Secretary to the Treasury signed the exchange of notes in Colombo.\n")


@pytest.mark.parametrize("kind", ["PRESS RELEASE", "Press Release", "MEDIA RELEASE", "NEWS RELEASE", "PRESS STATEMENT"])
@pytest.mark.parametrize("gap", ["  ", "\t", " "])
@pytest.mark.parametrize("date", ["13 May 2024", "May 13, 2024", "13.05.2024"])
def test_a_release_s_kind_before_its_date_dates_and_types_the_page(kind, gap, date):
    text = f"{kind}{gap}{date}\n\n{RELEASE_BODY}"
    m, c = run(text)
    assert (m["title"], m["date"], m["type"]) == ("Japan extends grant aid to Sri Lanka for school rehabilitation",
                                                  "2024-05-13", "press-release")
    m2, c2 = again(text)
    assert (c2.body, head(m2)) == (c.body, head(m))


def test_a_series_name_beside_the_kind_is_still_a_running_header():
    # (negative) "U.S.-Japan Partnership in the Philippines      FACT SHEET": the series, no date
    m, _ = run("U.S.-Japan Partnership in the Philippines      FACT SHEET\n\nJapan and the United States Support "
               "Philippine Maritime Security\n\nApril 2024\n\nThe two countries will provide coastal radars.\n")
    assert (m.get("series"), m["title"]) == ("U.S.-Japan Partnership in the Philippines",
                                             "Japan and the United States Support Philippine Maritime Security")


# --- a speaker's name over the office, the date under them --------------------------------------

def test_a_speaker_over_the_office_and_date_is_the_speaker_not_the_byline():
    # "Akihiko Tanaka" / "President, Japan International Cooperation Agency" / "Jakarta, 9 October
    # 2024" under the speech's title: before, the name was the byline (Author) and the office the source
    m, t = meta(SPEECH), texts(SPEECH)
    assert people(m)["Akihiko Tanaka"] == "President, Japan International Cooperation Agency"
    assert (m["date"], m["source"], m["type"]) == ("2024-10-09", "Japan International Cooperation Agency", "speech")
    assert t[:2] == ["Akihiko Tanaka", "President, Japan International Cooperation Agency"]
    assert "Author" not in people(m).values()


TITLE = "Speech at the Opening of the Japan-ASEAN Cybersecurity Capacity Building Centre"
WORDS = ("Distinguished guests,\nLadies and gentlemen,\n\nIt is a great honour for me to be here today at the opening "
         "of the Centre.\n\nJapan will continue to stand with ASEAN as a partner for a secure cyberspace.\n\n"
         "Thank you very much.\n")


@pytest.mark.parametrize("name, person", [("KAMIKAWA Yoko", "Yoko Kamikawa"), ("Yoko Kamikawa", "Yoko Kamikawa"),
                                          ("Akihiko Tanaka", "Akihiko Tanaka")])
@pytest.mark.parametrize("office", ["Minister for Foreign Affairs of Japan", "President, Japan International Cooperation Agency",
                                    "Ambassador of Japan to Thailand", "Parliamentary Vice-Minister for Foreign Affairs"])
@pytest.mark.parametrize("under", ["\n13 May 2024", "\nBangkok, 13 May 2024", "\n\n13 May 2024"])
def test_a_speaker_s_lines_over_the_date_in_any_layout(name, person, office, under):
    text = f"{TITLE}\n\n{name}\n{office}{under}\n\n{WORDS}"
    m, c = run(text)
    assert people(m)[person] == office and m["date"] == "2024-05-13" and not m.get("source")
    assert f"\n{name}\n" in c.body and f"\n{office}\n" in c.body and "13 May 2024" not in c.body
    m2, c2 = again(text)
    assert (c2.body, head(m2)) == (c.body, head(m))


@pytest.mark.parametrize("title", ["Remarks at the Japan-ASEAN Cybersecurity Centre",
                                   "Opening Remarks at the JICA Ogata Research Institute",
                                   "Address at the Asian Development Bank Institute"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_address_s_title_over_its_date_is_no_masthead(title, gap):
    # "Remarks at the Japan-ASEAN Cybersecurity Centre" / "May 13, 2024" / "" / "Yoko Kamikawa" /
    # "Minister for Foreign Affairs of Japan": the title names a body, but is the title; before,
    # it was the source and the speaker's name the title
    text = f"{title}{gap}May 13, 2024\n\nYoko Kamikawa\nMinister for Foreign Affairs of Japan\n\n{WORDS}"
    m, c = run(text)
    assert (m["title"], m.get("source"), m["date"]) == (title, None, "2024-05-13")
    assert people(m)["Yoko Kamikawa"] == "Minister for Foreign Affairs of Japan"
    m2, c2 = again(text)
    assert (c2.body, head(m2)) == (c.body, head(m))


def test_a_body_s_name_over_its_date_is_still_a_masthead():
    # (negative) "Asian Development Bank Institute" / "May 13, 2024" over the headline: the publisher
    m, _ = run("Asian Development Bank Institute\nMay 13, 2024\n\nJapan and ADBI launch a course on "
               "infrastructure finance\n\nThe course will train 40 officials from Asia and the Pacific each year.\n")
    assert (m["title"], m["source"]) == ("Japan and ADBI launch a course on infrastructure finance",
                                         "Asian Development Bank Institute")


def test_a_byline_over_the_writer_s_office_is_no_speaker():
    # (negative) "By Kao Kim Hourn" / "Secretary-General of ASEAN" / "13 May 2024" over an op-ed:
    # "By" makes the writer's byline, never a person named "By Kao Kim Hourn"
    m, _ = run("ASEAN and Japan: fifty years of trust\n\nBy Kao Kim Hourn\nSecretary-General of ASEAN\n13 May 2024\n\n"
               "Fifty years ago, ASEAN and Japan began a dialogue that has grown into a trusted partnership.\n")
    assert not any(name.startswith("By ") for name in people(m))


def test_a_writer_s_bare_byline_over_the_date_is_still_a_byline():
    # (negative) "Osmond Chia" / "Tech Correspondent" / "13 May 2024": a writer, the byline
    m, _ = run("Japan and Singapore to work on AI safety\n\nOsmond Chia\nTech Correspondent\n13 May 2024\n\n"
               "SINGAPORE — Japan and Singapore agreed on Monday to work together on the safety of AI models.\n")
    assert people(m).get("Osmond Chia") == "Author"


# --- stacked fields read the same on the second pass --------------------------------------------

def test_stacked_fields_give_the_same_title_and_source_again():
    # ReliefWeb's "Source" / "Govt. Japan" / "Posted" / ... / "Originally published" / "17 Sep 2024":
    # the second pass made "Govt. Japan" the title (written over it as a masthead)
    m = meta(RELIEFWEB)
    m2, c2 = again(seed(RELIEFWEB).text)
    assert head(m2) == head(m)
    assert head(m)[:3] == ("Japan provides emergency grant aid of US$3 million for flood victims in Myanmar",
                           "2024-09-17", "Govt. Japan")
    assert c2.body == cleaned(RELIEFWEB).body


@pytest.mark.parametrize("fields", [
    "Source\nJICA\nPosted\n18 Sep 2024",
    "Source\nEmbassy of Japan in Myanmar\nDate\n18 Sep 2024",
    "Publisher\nUNDP Myanmar\nPublished\n18 Sep 2024\nCountry\nMyanmar",
    "Country\nMyanmar\nSource\nOCHA Services\nPosted\n18 Sep 2024",
])
@pytest.mark.parametrize("over", ["", "Myanmar + 1 more\n"])
def test_stacked_fields_of_any_labels_are_stable(fields, over):
    title = "Japan provides emergency grant aid for flood victims in Myanmar"
    text = (f"{over}{title}\n\n{fields}\n\nOn September 17, the Government of Japan decided to extend Emergency Grant "
            "Aid of 3 million US dollars to Myanmar in response to the floods.\n")
    m, c = run(text)
    m2, c2 = again(text)
    assert m["title"] == title and (c2.body, head(m2)) == (c.body, head(m))
