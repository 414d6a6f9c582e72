"""Metadata extraction on texts the vocabularies were not written from, and on its rules.

Documents here are built as Cleaned objects (what clean.py hands over), so each rule is
tested on its own; the expected values come from reading the short texts below.
"""

from __future__ import annotations

import pytest

from atlas.extract import extract_metadata, first_sentence
from atlas.extract_dates import parse_dateline
from atlas.extract_spans import find_acronyms, find_amounts, find_people
from atlas.model import Cleaned, Paragraph, Seed
from atlas.vocab import load_vocabulary

# A news item in the same field that none of the five seeds resembles in its details.
LAOS = [
    "The Japan International Cooperation Agency (JICA) signed a grant agreement with the Government of the "
    "Lao People's Democratic Republic on Monday to provide up to 2.5 billion yen for improving water supply in Vientiane.",
    "The project will rehabilitate water treatment plants and pipelines serving about 300,000 residents of the "
    "Lao capital, JICA said. Sanitation facilities will also be upgraded.",
    "Water Supply and Sanitation",
    "Under the agreement, Nippon Koei Co., Ltd. and Suido Kiko Kaisha Ltd. will support the design. Lao engineers "
    "will receive training in Japan, and a new vocational course will open at the National University of Laos.",
    "Ambassador Kenichi Kobayashi said the grant reflects the long friendship between Japan and Laos. Thailand and "
    "Viet Nam have received similar support under the Mekong-Japan cooperation framework.",
]


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def make(paragraphs: list[str], title: str | None = None, body_headings: tuple[str, ...] = (), **fields) -> tuple[Seed, Cleaned]:
    body = "".join(f"## {h}\n\n" for h in body_headings) + "\n\n".join(paragraphs)
    cleaned = Cleaned(body=body, title=title, paragraphs=tuple(Paragraph(f"p-{i}", t) for i, t in enumerate(paragraphs, 1)),
                      **fields)
    seed = Seed(path="seeds/test.txt", raw=b"raw", text="\n\n".join(paragraphs), sha256="ab" * 32)
    return seed, cleaned


def by(entries, key="id"):
    return {e[key]: e for e in entries}


@pytest.fixture(scope="module")
def laos(vocab):
    seed, cleaned = make(LAOS, title="JICA grant to improve water supply in Vientiane",
                         body_headings=("Water Supply and Sanitation",), dateline="Published: 14 March 2024",
                         source_lines=("VIENTIANE TIMES/ASIA NEWS NETWORK",))
    return extract_metadata(seed, cleaned, vocab)


def test_an_unseen_news_item_gets_its_countries_with_laos_in_focus(laos):
    countries = by(laos["countries"], "code")
    assert set(countries) == {"LA", "JP", "TH", "VN"}
    assert countries["LA"]["name"] == "Lao PDR" and countries["LA"]["focus"] is True
    assert countries["LA"]["mentions"] == 7  # title Vientiane, Lao PDR (long form), Vientiane, Lao x2, Laos x2
    assert countries["JP"]["focus"] is False  # the donor is listed, never a focus by count
    assert countries["TH"]["focus"] is False and countries["TH"]["mentions"] == 1
    assert [e["code"] for e in laos["countries"]][0] == "LA"  # focus first


def test_an_unseen_news_item_gets_region_organisations_and_topics(laos):
    assert [r["id"] for r in laos["regions"]] == ["mekong"]
    orgs = by(laos["organisations"])
    assert orgs["jica"]["kind"] == "agency" and orgs["jica"]["mentions"] == 3
    assert orgs["nippon-koei"]["kind"] == "company"
    assert orgs["suido-kiko-kaisha"] == {"id": "suido-kiko-kaisha", "name": "Suido Kiko Kaisha", "kind": "company",
                                         "mentions": 1}  # unknown company, found by its legal suffix
    assert "asia-news-network" in orgs
    topics = by(laos["topics"])
    assert topics["environment"]["focus"] is True  # water supply and sanitation, also the heading
    assert topics["oda-finance"]["focus"] is True  # "grant" in the title; a stated sum
    assert "transport" not in topics and "health" not in topics


def test_an_unseen_news_item_gets_date_source_people_amounts_and_summary(laos):
    assert (laos["date"], laos["date_precision"]) == ("2024-03-14", "day")
    assert laos["source"] == "Vientiane Times / Asia News Network"
    assert laos["type"] == "news" and laos["type_name"] == "News"
    assert laos["people"] == [{"name": "Kenichi Kobayashi", "role": "Ambassador"}]
    assert laos["amounts"] == [{"text": "2.5 billion yen", "currency": "JPY", "value": 2_500_000_000}]
    assert laos["acronyms"] == [{"abbr": "JICA", "expansion": "Japan International Cooperation Agency"}]
    assert laos["summary"] == LAOS[0]
    assert laos["seed"] == "seeds/test.txt" and laos["sha256"] == "ab" * 32
    assert laos["reading_time"] == 1 and 100 < laos["words"] < 150


def test_extraction_is_deterministic(vocab):
    seed, cleaned = make(LAOS, title="A title")
    assert extract_metadata(seed, cleaned, vocab) == extract_metadata(seed, cleaned, vocab)


def test_without_a_title_line_the_title_is_the_lede_s_first_sentence(vocab):
    seed, cleaned = make(["Sojitz Corp. will provide pig farmers in Vietnam with a management system. They will "
                          "adjust feed.", "More text here about the farms and their pigs in the country."])
    meta = extract_metadata(seed, cleaned, vocab)
    assert meta["title"] == "Sojitz Corp. will provide pig farmers in Vietnam with a management system."
    assert meta["title_from"] == "lede"
    assert meta["summary"] == "They will adjust feed."  # goes on after the title, not saying it twice


def test_a_year_in_the_text_is_not_a_date(vocab):
    seed, cleaned = make(["Since 2008, Japan has supported 191 projects, and in 2023 it added 12 more to the list."],
                         title="A programme")
    meta = extract_metadata(seed, cleaned, vocab)
    assert "date" not in meta and "date_precision" not in meta


@pytest.mark.parametrize("line, value, precision", [
    ("November 2001", "2001-11", "month"),
    ("20 November 2001", "2001-11-20", "day"),
    ("Tuesday, November 20, 2001", "2001-11-20", "day"),
    ("Published: 2023-05-03", "2023-05-03", "day"),
    ("Updated on Sept. 4, 2019", "2019-09-04", "day"),
    ("Last updated: 12 March 2024", "2024-03-12", "day"),
    ("Last modified on 2024-03-12", "2024-03-12", "day"),
])
def test_datelines_give_a_date_and_its_precision(line, value, precision):
    found = parse_dateline(line)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize("line", ["31 February 2023", "2023-13-01", "In November 2001 Japan acted.", "Back to Index"])
def test_lines_that_are_not_a_real_dateline_give_no_date(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize("cues, expected", [
    ({"series": "White Paper on Development Cooperation 2022"}, "white-paper"),
    ({"lede": "In an exclusive interview with Nikkei Asia, the minister said more."}, "interview"),
    ({"source_lines": ("Ministry of Foreign Affairs of Japan",), "dateline": "May 2010"}, "fact-sheet"),
    ({"source_lines": ("Ministry of Foreign Affairs of Japan",), "dateline": "May 2010",
      "lede": "Joint Statement by the leaders: Japan and ASEAN agreed on a plan for the region."}, "policy-announcement"),
    ({"source_lines": ("Kyodo News",)}, "news"),
])
def test_type_follows_the_cues_in_document_types_yml(vocab, cues, expected):
    lede = cues.pop("lede", "The government said on Friday that it would expand its aid programme.")
    seed, cleaned = make([lede, "Another paragraph with enough words to count as the body of the text."],
                         title="A title", **cues)
    assert extract_metadata(seed, cleaned, vocab)["type"] == expected


def test_one_passing_word_does_not_tag_a_topic_but_a_theme_does(vocab):
    passing = "Japan and Kenya discussed many things, including a hospital, at a long meeting in Nairobi."
    theme = ("Kenya's farmers will get irrigation and better crops; agriculture and food security were the "
             "themes of the meeting, and farming methods were discussed.")
    tagged = lambda text: {t["id"] for t in extract_metadata(*make([text], title="Meeting"), vocab).get("topics", [])}
    assert "health" not in tagged(passing)
    assert "agriculture-food" in tagged(theme)


def test_headings_name_the_focus_topics(vocab):
    paragraphs = ["Japan supports cybersecurity training and cyber defense exercises for officials in the region.",
                  "Farmers also received training in agriculture, irrigation and crops, with new farming tools and "
                  "food security plans, agriculture being a large share of jobs."]
    meta = extract_metadata(*make(paragraphs, title="Cooperation report", body_headings=("Cybersecurity",)), vocab)
    topics = by(meta["topics"])
    assert topics["cybersecurity"]["focus"] is True
    assert topics["agriculture-food"]["focus"] is False  # said about more, but no headline names it


def test_acronym_definitions_in_three_shapes():
    text = ("We follow the concept of Data Free Flow with Trust (DFFT). Support for MFA (Ministry of Foreign "
            "Affairs) staff. Assistance (ODA, Official Development Assistance) grew. Digital transformation (DX) "
            "matters. Not an acronym (see Note 4) and not (2023).")
    assert find_acronyms(text) == [
        {"abbr": "DFFT", "expansion": "Data Free Flow with Trust"},
        {"abbr": "DX", "expansion": "Digital transformation"},
        {"abbr": "MFA", "expansion": "Ministry of Foreign Affairs"},
        {"abbr": "ODA", "expansion": "Official Development Assistance"},
    ]


def test_a_project_phase_in_roman_numerals_is_no_acronym():
    # tests/fixtures/unseen/round7_pdf_jica_annual_report.txt lists "Patimban Port Development (III)":
    # the glossary showed III as "Indonesia Patimban Port Development" on every page saying III
    text = ("Indonesia  Patimban Port Development (III)  79.9. The Metro Manila Subway Project (Phase I) (II) "
            "follows the Mass Rapid Transit (MRT) line and Digital Transformation (DX) plans.")
    assert find_acronyms(text) == [{"abbr": "DX", "expansion": "Digital Transformation"},
                                   {"abbr": "MRT", "expansion": "Mass Rapid Transit"}]


def test_people_are_named_with_their_role():
    text = ("Prime Minister Fumio Kishida met President Prabowo Subianto at the Prime Minister's Office; "
            "then Prime Minister Abe had proposed it.")
    assert find_people(text) == [{"name": "Fumio Kishida", "role": "Prime Minister"},
                                 {"name": "Prabowo Subianto", "role": "President"},
                                 {"name": "Abe", "role": "Prime Minister"}]


def test_amounts_keep_the_text_as_written_with_currency_and_value():
    text = "It gives 500 million yen ($4.7 million), disbursed $98,520 and USD 3 billion, for 2 billion people."
    assert find_amounts(text) == [
        {"text": "500 million yen", "currency": "JPY", "value": 500_000_000},
        {"text": "$4.7 million", "currency": "USD", "value": 4_700_000},
        {"text": "$98,520", "currency": "USD", "value": 98_520},
        {"text": "USD 3 billion", "currency": "USD", "value": 3_000_000_000},
    ]


def test_first_sentence_does_not_stop_at_abbreviations():
    assert first_sentence("Hitachi Ltd. and Toyota Tsusho Corp. agreed. Then more.") == \
        "Hitachi Ltd. and Toyota Tsusho Corp. agreed."
    assert first_sentence("The U.S. and Japan met. Later.") == "The U.S. and Japan met."


def test_a_source_line_names_known_outlets_and_keeps_unknown_ones(vocab):
    seed, cleaned = make(["Some text in the body of this news article about Japan and ASEAN cooperation."],
                         title="T", source_lines=("THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK",))
    meta = extract_metadata(seed, cleaned, vocab)
    assert meta["source"] == "The Yomiuri Shimbun / Asia News Network"
    assert {"yomiuri-shimbun", "asia-news-network"} <= {o["id"] for o in meta["organisations"]}


PACIFIC = [
    "Japan will provide 1.2 billion yen in grant aid to Fiji, Tonga and Vanuatu to strengthen early warning systems "
    "against cyclones and tsunamis, the Foreign Ministry said on Friday.",
    "The assistance, announced at the Pacific Islands Leaders Meeting (PALM) in Tokyo, includes weather radars and "
    "training for meteorologists from the three island nations.",
    "Fijian officials welcomed the support. Tonga was hit by a volcanic eruption and tsunami in 2022, and Vanuatu by "
    "two cyclones in 2023.",
    "Foreign Minister Yoko Kamikawa said Japan would also work with Australia and New Zealand through the Pacific "
    "Islands Forum to improve disaster risk reduction across the region.",
]
AFRICA = [
    "Japan and Kenya on Monday launched a $30 million fund to support digital startups in East Africa, with financing "
    "from the Japan Bank for International Cooperation (JBIC) and the African Development Bank (AfDB).",
    "The fund, unveiled in Nairobi ahead of the Tokyo International Conference on African Development, will invest in "
    "fintech, e-commerce and agritech firms in Kenya, Rwanda and Tanzania.",
    "Kenyan President William Ruto said the partnership would create jobs for young people. Rakuten and Toyota Tsusho "
    "are among the Japanese companies considering investments.",
]


def test_an_unseen_pacific_item_is_tagged_by_its_group_places_and_theme(vocab):
    meta = extract_metadata(*make(PACIFIC, title="Japan to help Pacific Island countries prepare for cyclones"), vocab)
    assert {c["code"] for c in meta["countries"]} == {"JP", "FJ", "TO", "VU", "AU", "NZ"}
    assert by(meta["countries"], "code")["FJ"]["mentions"] == 2  # "Fiji", "Fijian"
    assert meta["regions"] == [{"id": "pacific-islands", "name": "Pacific Island countries", "focus": True, "mentions": 2}]
    topics = by(meta["topics"])
    assert topics["disaster-risk-reduction"]["focus"] is True and "oda-finance" in topics
    assert [o["id"] for o in meta["organisations"]] == ["pif"]
    assert meta["people"] == [{"name": "Yoko Kamikawa", "role": "Foreign Minister"}]
    assert "date" not in meta  # "on Friday", "in 2022": no publication date


def test_an_unseen_africa_item_is_tagged_by_its_places_organisations_and_theme(vocab):
    meta = extract_metadata(*make(AFRICA, title="TICAD: Japan and Kenya launch startup fund"), vocab)
    countries = by(meta["countries"], "code")
    assert set(countries) == {"KE", "JP", "RW", "TZ"} and countries["KE"]["focus"] is True
    assert [r["id"] for r in meta["regions"]] == ["africa"]  # from "East Africa"; names of the bank and conference are not places
    assert {o["id"] for o in meta["organisations"]} == {"ticad", "afdb", "jbic", "rakuten", "toyota-tsusho"}
    assert {"oda-finance", "trade-investment", "digital-transformation"} <= set(by(meta["topics"]))
    assert meta["amounts"] == [{"text": "$30 million", "currency": "USD", "value": 30_000_000}]
    assert meta["people"] == [{"name": "William Ruto", "role": "President"}]


def test_an_organisation_the_vocabulary_lacks_is_found_from_its_defined_acronym(vocab):
    text = ["Researchers at the Cambodia Development Resource Institute (CDRI) said CDRI will publish the survey "
            "with the Mekong Institute next year."]
    orgs = by(extract_metadata(*make(text, title="A survey"), vocab)["organisations"])
    assert orgs["cdri"] == {"id": "cdri", "name": "CDRI", "full_name": "Cambodia Development Resource Institute",
                            "kind": "research", "mentions": 2}


def test_a_text_without_full_stops_gives_a_bounded_title_and_summary(vocab):
    meta = extract_metadata(*make(["word " * 5000]), vocab)
    assert meta["title_from"] == "lede"
    assert meta["title"].endswith(" …") and len(meta["title"]) <= 402
    assert meta["title"][:-2] == ("word " * 80)[: len(meta["title"]) - 2].strip()  # a verbatim prefix
    assert meta["summary"] == meta["title"]


def test_a_currency_prefix_is_not_a_country(vocab):
    seed, cleaned = make(["Japan will provide US$3.4 million and NZ$2 million to Samoa for cyclone recovery.",
                          "Officials from the US and Japan met in Apia."], title="T")
    meta = extract_metadata(seed, cleaned, vocab)
    countries = by(meta["countries"], "code")
    assert countries["US"]["mentions"] == 1  # "the US", not "US$"


def test_a_labelled_source_line_names_the_outlet_without_its_label(vocab):
    seed, cleaned = make(["Some text in the body of this news article about Japan and ASEAN cooperation."],
                         title="T", source_lines=("Source: Japan International Cooperation Agency (JICA)",))
    meta = extract_metadata(seed, cleaned, vocab)
    assert meta["source"] == "Japan International Cooperation Agency"
    assert "jica" in {o["id"] for o in meta["organisations"]}
