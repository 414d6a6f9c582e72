"""Round 75: known misses of roles, credits, types and promotions, each a general shape of real
pages (a print edition's note naming its paper, a news site's promotions around its story, a page
of frequently asked questions), read from fixtures written in the field's style and from variants
of one short story; expected values come from reading the input."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta, texts

TRIBUNE = "r75_tribune_print_edition_note.txt"
PROMOS = "r75_news_site_promotions.txt"
FAQ = "r75_embassy_faq_page.txt"

HEAD = "Japan to fund water plant in the capital\n\nMarch 12, 2024\n\n"
LEDE = ("Japan will fund a new water treatment plant in the capital, officials said on Tuesday. "
        "The plant will serve 200,000 people.")
BODY = "The grant is worth 2 billion yen and covers pipes and pumps, the ministry said."


def org_ids(m: dict) -> set[str]:
    return {o["id"] for o in m.get("organisations") or ()}


# --- the region's newspapers as a document's source -------------------------------------------------

def test_a_print_edition_note_names_the_paper_as_the_source():
    m = meta(TRIBUNE)
    assert (m["title"], m["date"], m["source"]) == ("Japan extends Rs12bn grant for Sindh flood schools",
                                                    "2024-03-13", "The Express Tribune")
    assert {"express-tribune", "jica"} <= org_ids(m)
    assert texts(TRIBUNE)[0].startswith("KARACHI: Japan on Tuesday extended a grant")


@pytest.mark.parametrize("paper, ident", [
    ("Dawn", "dawn"), ("The Daily Star", "the-daily-star"), ("The Kathmandu Post", "kathmandu-post"),
    ("The Jakarta Post", "jakarta-post"), ("Khmer Times", "khmer-times"), ("Bangkok Post", "bangkok-post"),
    ("New Straits Times", "new-straits-times"), ("The Myanmar Times", "myanmar-times"),
    ("The Phnom Penh Post", "phnom-penh-post")])
def test_a_print_edition_note_without_its_stop_names_a_known_paper(paper, ident):
    # "Published in Khmer Times, March 12th, 2024" closing the story, no final stop: cleaning lifts it
    # as a source line; its periodical is the source, not the note's whole words
    m, c = read_text(f"{HEAD}{LEDE}\n\n{BODY}\n\nPublished in {paper}, March 12th, 2024\n")
    assert m["source"].removeprefix("The ") == paper.removeprefix("The ")
    assert ident in org_ids(m)
    assert [p.text for p in c.paragraphs][:2] == [LEDE, BODY]  # (the note lifted or kept as the last line)


@pytest.mark.parametrize("paper", ["Dawn", "DAWN"])
def test_dawn_over_the_headline_is_the_masthead_not_the_title(paper):
    m, c = read_text(f"{paper}\n\n{HEAD}{LEDE}\n\n{BODY}\n")
    assert (m["title"], m["source"]) == ("Japan to fund water plant in the capital", "Dawn")
    assert "dawn" in org_ids(m)


def test_the_ids_used_above_are_the_vocabulary_s():
    from atlas.vocab import load_vocabulary
    orgs = load_vocabulary().organisations
    for ident in ("dawn", "the-daily-star", "kathmandu-post", "kuensel", "jakarta-post", "vnexpress", "khmer-times",
                  "bangkok-post", "the-star-malaysia", "new-straits-times", "myanmar-times", "tatoli", "phnom-penh-post"):
        assert orgs[ident]["kind"] == "media", ident


# --- a news site's promotions around the story -----------------------------------------------------

def test_promotion_lines_inside_and_after_a_story_are_furniture():
    c, m = cleaned(PROMOS), meta(PROMOS)
    for line in ("Read 3 articles and stand to win rewards", "Download our app", "Sign up for breaking news alerts",
                 "Get the latest news delivered to your inbox."):
        assert line in c.removed and line not in c.body
    # the story's paragraphs stay, in order, around the promotion that stood between them
    got = texts(PROMOS)
    assert got[1] == "The funds will pay for 18 demining machines and training for 120 deminers over three years, according to a statement."
    assert got[2].startswith("Heng Ratana, director-general of CMAC, said the machines")
    assert got[-1] == "Japan has supported mine action in Cambodia since 1998, with total assistance of more than US$140 million."
    assert (m["source"], m["date"]) == ("Khmer Times", "2024-03-18")


@pytest.mark.parametrize("promo", [
    "Read 5 articles and stand to win exciting rewards!", "Read more articles and stand to win rewards",
    "Download the app now", "Get the app", "Stay updated with the latest news, download our app",
    "Sign up for our daily alerts", "Sign up for news alerts.", "Get breaking news alerts on your phone",
    "Enable notifications to get the latest updates", "Subscribe for the latest updates",
    "Get the latest news delivered straight to your inbox."])
@pytest.mark.parametrize("where", ["between paragraphs", "last"])
def test_promotion_variants_are_furniture_wherever_they_stand(promo, where):
    tail = f"{promo}\n\n{BODY}\n" if where != "last" else f"{BODY}\n\n{promo}\n"
    m, c = read_text(f"{HEAD}{LEDE}\n\n{tail}")
    assert [p.text for p in c.paragraphs] == [LEDE, BODY]
    assert promo in c.removed


@pytest.mark.parametrize("sentence", [
    "Farmers can download the app to check prices, the ministry said.",
    "Residents can sign up for flood alerts through the new system, which Japan funded.",
    "Students read 3 articles and win prizes in the contest, organisers said.",
    "Download our app, the minister joked, and you will see the data."])
def test_the_same_words_in_an_author_s_sentence_stay(sentence):
    m, c = read_text(f"{HEAD}{LEDE}\n\n{sentence}\n\n{BODY}\n")
    assert [p.text for p in c.paragraphs] == [LEDE, sentence, BODY]


# --- a page of frequently asked questions -----------------------------------------------------------

def test_an_faq_page_headed_so_is_an_information_page_not_an_interview():
    m = meta(FAQ)
    assert (m["type"], m["source"], m["date"]) == ("fact-sheet", "Embassy of Japan in Viet Nam", "2025-04-10")
    got = texts(FAQ)
    assert got[0] == "Frequently Asked Questions"
    assert got[1:3] == ["Q: Who can apply for the MEXT Research Student Scholarship?",
                        "A: Applicants must be Vietnamese nationals under 35 years of age who hold a bachelor's "
                        "degree, or will hold one by the time of arrival in Japan."]


def test_the_earlier_faq_fixtures_are_information_pages_too():
    # one says so in its title ("Frequently Asked Questions: ..."), one in its title's end and its
    # breadcrumb ("...: Frequently Asked Questions", "Home > ... > FAQ"); both number their answers
    assert meta("round6_ministry_faq.txt")["type"] == "fact-sheet"
    assert meta("r74_faq_no_blank_lines.txt")["type"] == "fact-sheet"


QA = ("Q1. When does the programme open?\nA1. Applications open in April each year.\n\n"
      "Q2. Who may apply?\nA2. Nationals of ASEAN member states under 40 years of age.\n\n"
      "Q3. Is there a fee?\nA3. No, the application is free of charge.\n")


@pytest.mark.parametrize("head", ["FAQ\n\n", "FAQs\n\n", "Frequently Asked Questions (FAQ)\n\n", ""])
def test_numbered_questions_with_numbered_answers_are_an_faq(head):
    m, _ = read_text(f"ASEAN-Japan Young Leaders Programme\n\nJapan Foundation\n\n{head}{QA}")
    assert m["type"] == "fact-sheet"


def test_an_interview_s_questions_stay_an_interview():
    text = ("Ambassador Ueno on Japan's support for Cambodia's demining\n\nBy Sok Chan\n\n"
            "Khmer Times spoke with the Japanese ambassador about mine action.\n\n"
            "Q: How long has Japan supported CMAC?\nSince 1998. We have provided machines and training.\n\n"
            "Q: What comes next?\nWe will help CMAC share its skills with Ukraine and Laos.\n")
    assert read_text(text)[0]["type"] == "interview"


# --- a post held "to" a country or a body; a minister's counterpart --------------------------------

ENVOYS = "r75_ministers_counterparts_envoys.txt"


def roles(m: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in m.get("people") or ()}


def test_an_envoy_s_post_keeps_where_it_is_held():
    got = roles(meta(ENVOYS))
    assert got["Endo Kazuya"] == "Ambassador of Japan to the Philippines"
    assert got["Kiya Masahiko"] == "Ambassador to ASEAN"  # ("The Japanese Ambassador to ASEAN, Kiya Masahiko, told")
    assert got["Yamazaki Kazuyuki"] == "Permanent Representative of Japan to the United Nations"
    # (a role with no place after it stays as it was)
    assert got["Kamikawa Yoko"] == "Foreign Minister" and got["Kishida Fumio"] == "Prime Minister"


def test_a_minister_s_counterpart_is_a_person():
    # "her Philippine counterpart Enrique Manalo", "her Indonesian counterpart, Retno Marsudi,",
    # "his Vietnamese counterpart Pham Minh Chinh"
    got = roles(meta(ENVOYS))
    assert {got["Enrique Manalo"], got["Retno Marsudi"], got["Pham Minh Chinh"]} == {"Counterpart"}
    assert "counterpart" in load_people()["lower_roles"]  # (data, not code)


def load_people() -> dict:
    import yaml
    from test_unseen_documents import ROOT
    return yaml.safe_load((ROOT / "hooks" / "atlas" / "data" / "people.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sentence, name, role", [
    ("Ambassador of Japan to Cambodia Ueno Atsushi said the boats would help.", "Ueno Atsushi",
     "Ambassador of Japan to Cambodia"),
    ("The Japanese Ambassador to Viet Nam, Ito Naoki, said the grant would help.", "Ito Naoki", "Ambassador to Viet Nam"),
    ("The Ambassador of Japan to Timor-Leste, Kazuaki Kobayashi, signed the notes.", "Kazuaki Kobayashi",
     "Ambassador of Japan to Timor-Leste"),
    ("Permanent Representative of Japan to ASEAN Kiya Masahiko attended the ceremony.", "Kiya Masahiko",
     "Permanent Representative of Japan to ASEAN"),
    ("Special Envoy to the Pacific Islands Tanaka Kenji visited Fiji.", "Tanaka Kenji", "Special Envoy to the Pacific Islands"),
    ("Ambassador of Japan to Lao PDR Kenichi Kobayashi opened the school.", "Kenichi Kobayashi", "Ambassador of Japan to Lao PDR"),
    # (no "to": the place names no post, the role stays the title's)
    ("Prime Minister of Japan Kishida Fumio met the leaders.", "Kishida Fumio", "Prime Minister"),
    ("Minister for Foreign Affairs Kamikawa Yoko spoke.", "Kamikawa Yoko", "Minister for Foreign Affairs"),
])
def test_post_variants(sentence, name, role):
    m, _ = read_text(f"Japan and partners\n\n{sentence} The project will run until 2027, officials said.\n")
    got = roles(m)
    assert got[name] == role
    assert not any(" said" in r or " the project" in r.lower() for r in got.values())  # (no run into the sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Kishida held talks with his Malaysian counterpart Anwar Ibrahim in Tokyo.", "Anwar Ibrahim"),
    ("Hayashi and his Cambodian counterpart Prak Sokhonn signed the notes.", "Prak Sokhonn"),
    ("He met his counterpart, Enrique Manalo, on Monday.", "Enrique Manalo"),
    ("Vietnamese counterpart Bui Thanh Son welcomed the plan.", "Bui Thanh Son"),
])
def test_counterpart_variants(sentence, name):
    m, _ = read_text(f"Japan and partners hold talks\n\n{sentence} The project will run until 2027, officials said.\n")
    assert roles(m).get(name) == "Counterpart"


@pytest.mark.parametrize("sentence", [
    "Japan's counterpart Ministry of Planning will host the team.",
    "JICA and its counterpart Department of Public Works and Highways signed the record.",
    "The counterpart Viet Nam agency welcomed the funds."])
def test_a_counterpart_body_is_no_person(sentence):
    m, _ = read_text(f"Japan and partners hold talks\n\n{sentence} The project will run until 2027, officials said.\n")
    assert roles(m) == {}


# --- a type read from furniture over the title, read again from the cleaned text -------------------

RELEASE = "r75_release_breadcrumb_number.txt"


def again(text: str) -> tuple[dict, object]:
    """The metadata and cleaning of the canonical text of `text` (cleaned text cleaned again)."""
    from atlas.clean import canonical_text, parse
    return read_text(canonical_text(parse(text)))


def test_a_release_typed_by_its_breadcrumb_and_number_keeps_its_type_when_cleaned_again():
    m, c = meta(RELEASE), cleaned(RELEASE)
    assert (m["type"], m["date"]) == ("press-release", "2024-05-14")
    assert {"Home > Press Releases > 2024", "PRESS RELEASE No. 045/2024"} <= set(c.removed)
    m2, c2 = again(seed_text(RELEASE))
    assert (m2["type"], m2["date"], m2["title"]) == ("press-release", "2024-05-14", m["title"])
    assert c2.body == c.body and set(c2.removed) >= {"Home > Press Releases > 2024", "PRESS RELEASE No. 045/2024"}
    # (an envoy's post after the name and its comma, to the clause's end)
    assert roles(m)["Atsushi Ueno"] == "Ambassador Extraordinary and Plenipotentiary of Japan to the Kingdom of Cambodia"


def seed_text(name: str) -> str:
    from test_unseen_documents import seed
    return seed(name).text


RELEASE_BODY = ("Handover of rescue boats to Cambodia\n\n12 March 2024\n\nThe Government of Japan has decided to extend a "
                "grant of 1.2 billion yen to the Kingdom of Cambodia for rescue boats.\n\nThe boats will serve the "
                "provinces along the Mekong.\n")


@pytest.mark.parametrize("head", ["Home > Press Releases > 2024", "Home > News > Press Releases", "Home / News / Press Statement",
                                  "PRESS RELEASE No. 123/2024", "Press Release", "FOR IMMEDIATE RELEASE",
                                  "Skip to main content\nHome > Press Releases > 2024"])
def test_a_type_read_from_header_furniture_survives_a_second_cleaning(head):
    m, c = read_text(f"{head}\n\n{RELEASE_BODY}")
    m2, c2 = again(f"{head}\n\n{RELEASE_BODY}")
    assert m["type"] == m2["type"] == "press-release"
    assert c2.body == c.body


def test_a_site_menu_s_sections_are_not_written_back():
    # "News" / "Opinion" in the menu over the headline name the site's sections: the story stays news
    text = ("Bangkok Post\nSearch\nHOME\nNEWS\nBUSINESS\nOPINION\nLIFE\nTRAVEL\n\nJapan offers yen loan for Red Line\n\n"
            "12 Jun 2024\n\nJapan will lend 120 billion yen for the Red Line, officials said on Tuesday.\n")
    assert read_text(text)[0]["type"] == again(text)[0]["type"] == "news"


# --- closing credits: the story's byline, out of the body --------------------------------------------

CREDITS = "r75_closing_credits_journalist_editor.txt"
WIRE = "r75_wire_credits_unbracketed.txt"


def test_a_journalist_s_and_an_editor_s_credits_leave_the_body():
    m, c = meta(CREDITS), cleaned(CREDITS)
    assert texts(CREDITS)[-1].startswith("Ambassador Kobayashi said Japan had supported health services")
    assert c.source_lines[-2:] == ("Journalist: Jose Belo", "Editor: Rafael Belo")
    assert {("Jose Belo", "Reporter"), ("Rafael Belo", "Editor")} <= set(roles(m).items())
    assert m["source"].startswith("TATOLI")  # (the credits name people, no publisher)


def test_a_wire_s_credits_without_brackets_leave_the_body():
    m, c = meta(WIRE), cleaned(WIRE)
    credit = "Reporting by Stefanno Sulaiman; Writing by Gayatri Suroyo; Editing by Kanupriya Kapoor"
    assert credit in c.source_lines and credit not in c.body
    assert {("Stefanno Sulaiman", "Reporter"), ("Gayatri Suroyo", "Writer"), ("Kanupriya Kapoor", "Editor")} <= \
        set(roles(m).items())
    assert (m["source"], m["type"]) == ("Reuters", "news")


@pytest.mark.parametrize("credit, people", [
    ("Journalist: Filomeno Martins\nEditor: Rafael Belo", {("Filomeno Martins", "Reporter"), ("Rafael Belo", "Editor")}),
    ("Reporting by Stanley Widianto; Editing by Kanupriya Kapoor", {("Stanley Widianto", "Reporter"), ("Kanupriya Kapoor", "Editor")}),
    ("Reporting by Tim Kelly in Tokyo and Karen Lema in Manila; Editing by Kim Coghill",
     {("Tim Kelly", "Reporter"), ("Karen Lema", "Reporter"), ("Kim Coghill", "Editor")}),
    ("Reporting by Rina Matsumoto in Tokyo; Additional reporting by\nFrancesca Landini; Editing by David Holmes",
     {("Rina Matsumoto", "Reporter"), ("Francesca Landini", "Reporter"), ("David Holmes", "Editor")}),
    ("Translated by Maria Lopes", {("Maria Lopes", "Translator")}),
    ("Writer: Sok Chan / Editor: Mary Tan", {("Sok Chan", "Author"), ("Mary Tan", "Editor")}),
])
def test_closing_credit_variants(credit, people):
    m, c = read_text(f"{HEAD}{LEDE}\n\n{BODY}\n\n{credit}\n")
    assert [p.text for p in c.paragraphs] == [LEDE, BODY]
    assert people <= set(roles(m).items())


@pytest.mark.parametrize("sentence", [
    "Reporting by the ministry showed the plant was needed.",
    "Translated by volunteers, the guide reached 3,000 farmers."])
def test_a_sentence_opening_with_a_credit_s_words_stays(sentence):
    m, c = read_text(f"{HEAD}{LEDE}\n\n{BODY}\n\n{sentence}\n")
    assert [p.text for p in c.paragraphs] == [LEDE, BODY, sentence]


def test_names_apart_by_a_slash_are_still_one_credit_s():
    # a paper's author line: "ITO Keiko (RIETI) / TRAN Thi Mai Anh (FTU)", no label after the slash
    assert {"Keiko Ito", "Tran Thi Mai Anh", "Yuki Sato"} <= set(roles(meta("round39_rieti_discussion_paper_fdi_spillovers.txt")))


def test_a_list_of_roles_and_holders_with_a_particle_or_an_accented_capital():
    # "attended by the Minister of Health, Élia dos Reis Amaral, and the Ambassador of Japan to
    # Timor-Leste, Kazuaki Kobayashi." (were read as "Amaral" and "Kobayashi" from later sentences)
    got = roles(meta(CREDITS))
    assert got["Élia dos Reis Amaral"] == "Minister of Health"
    assert got["Kazuaki Kobayashi"] == "Ambassador of Japan to Timor-Leste"


@pytest.mark.parametrize("sentence, name, role", [
    ("The deal was signed by the Minister of Finance, João da Silva, and the Ambassador of Japan to Angola, "
     "Hiroshi Sato.", "João da Silva", "Minister of Finance"),
    ("The deal was signed by the Minister of Planning, Ana de Sousa Lopes, and the Chief Representative of "
     "JICA, Kenji Ito.", "Ana de Sousa Lopes", "Minister of Planning"),
    ("The deal was signed by the Minister of Finance, Émile Durand, and the Ambassador of Japan to Benin, "
     "Hiroshi Sato.", "Émile Durand", "Minister of Finance")])
def test_list_of_holders_variants(sentence, name, role):
    m, _ = read_text(f"Japan and partners sign deal\n\n{sentence} The project will run until 2027, officials said.\n")
    assert roles(m).get(name) == role


@pytest.mark.parametrize("label, kind", [("[Press Release]", "press-release"), ("[News Release]", "press-release"),
                                         ("[Event Report]", "report")])
def test_a_kind_label_in_brackets_opening_the_title_types_the_page_in_both_readings(label, kind):
    text = f"{label} Handover of rescue boats to Cambodia\n\n{RELEASE_BODY.split(chr(10), 2)[2]}"
    m, c = read_text(text)
    m2, c2 = again(text)
    assert m["title"] == m2["title"] == "Handover of rescue boats to Cambodia"
    assert m["type"] == m2["type"] == kind
    assert c2.body == c.body
