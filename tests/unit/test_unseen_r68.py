"""Round 68: people and organisations in running text. A role and its holder with no comma between
them, the role's portfolio in hyphenated or many words ("Minister of State-Owned Enterprises Erick
Thohir"); a role in small letters and the body it serves written as news writes it, the speaker set
off by commas ("The head of JICA's Indonesia office, Takeda Sachiko, said"); companies named with a
legal form the vocabulary lists (organisations.yml company_suffixes and company_prefixes: "PT X
(Persero) Tbk", "X Berhad", "X Sdn Bhd", "X Public Company Limited", "PT X")."""

from __future__ import annotations

import pytest
from test_unseen_documents import cleaned, meta

from atlas.extract_spans import find_people
from atlas.extract_terms import company_names, compile_company_forms

PORT = "r68_news_port_contract_roles_and_companies.txt"


def people(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in find_people(text)]


def companies(text: str) -> list[str]:
    return [name for _, _, name in company_names(text, [])]


# --- a role, its portfolio, then the name: no comma between ---------------------------------------

def test_a_portfolio_in_hyphenated_and_many_words_goes_with_the_role():
    # "Minister of State-Owned Enterprises Erick Thohir said the contract showed ..."
    assert ("Erick Thohir", "Minister of State-Owned Enterprises") in \
        [(p["name"], p["role"]) for p in meta(PORT)["people"]]
    assert ("Airlangga Hartarto", "Coordinating Minister for Economic Affairs") in \
        [(p["name"], p["role"]) for p in meta(PORT)["people"]]


@pytest.mark.parametrize("text, name, role", [
    ("Minister of Cooperatives and Small and Medium Enterprises Teten Masduki said the scheme would help.",
     "Teten Masduki", "Minister of Cooperatives and Small and Medium Enterprises"),
    ("Minister of Micro, Small and Medium Enterprises Narayan Rane opened the fair.",
     "Narayan Rane", "Minister of Micro, Small and Medium Enterprises"),
    ("Minister for Socio-Economic Planning Arsenio Balisacan said the plan was ready.",
     "Arsenio Balisacan", "Minister for Socio-Economic Planning"),
    ("Union Minister for Investment and Foreign Economic Relations Kan Zaw attended.",
     "Kan Zaw", "Minister for Investment and Foreign Economic Relations"),  # ("Relations" no name's word)
])
def test_portfolios_of_other_governments_go_with_the_role(text, name, role):
    assert people(text) == [(name, role)]


# --- a role in small letters, the body it serves, then the speaker between commas ----------------

def test_the_head_of_a_bodys_office_named_between_commas_is_the_speaker():
    # "The head of JICA's Indonesia office, Takeda Sachiko, said the second phase would add ..."
    assert ("Takeda Sachiko", "Head") in [(p["name"], p["role"]) for p in meta(PORT)["people"]]


@pytest.mark.parametrize("text, name, role", [
    ("The chief representative of JICA's Cambodia office, Yamamoto Keiko, told reporters it was on track.",
     "Yamamoto Keiko", "Chief Representative"),
    ("The country director of ADB's Indonesia resident mission, Jiro Tominaga, said the loan would help.",
     "Jiro Tominaga", "Country Director"),
    ("The head of the Indonesian delegation, Retno Marsudi, said the talks were productive.",
     "Retno Marsudi", "Head"),
    ("The leader of the farmers in Central Java, Budi Santoso, added that yields rose.",
     "Budi Santoso", "Leader"),
])
def test_a_role_and_the_body_it_serves_before_the_speaker(text, name, role):
    assert people(text) == [(name, role)]


@pytest.mark.parametrize("text", [
    "The director of the project, Japan, said the talks were productive.",  # a place, one word
    "The chairman of the group, Marubeni Corporation, said the talks were productive.",  # a company
    "In the words of the head of the delegation, Japan and Indonesia agreed.",  # no verb of saying
    "The minister of finance, the ministry said, would attend.",  # no name between the commas
])
def test_no_speaker_where_the_words_between_commas_name_no_one(text):
    assert people(text) == []


# --- companies by their legal form ---------------------------------------------------------------

def test_companies_named_with_indonesian_and_malaysian_forms_are_organisations():
    # "PT Wijaya Karya (Persero) Tbk", "PT Pembangunan Perumahan (Persero) Tbk", "PT Adhi Karya",
    # "Gamuda Berhad", "Hazama Ando Corporation", "Toa Corporation"
    names = {o["name"] for o in meta(PORT)["organisations"]}
    assert {"PT Wijaya Karya", "PT Pembangunan Perumahan", "PT Adhi Karya", "Gamuda", "Hazama Ando", "Toa"} <= names
    assert not any("Persero" in n or "Tbk" in n for n in names)


@pytest.mark.parametrize("text, expected", [
    ("Thai company Gulf Energy Development Public Company Limited signed the deal.", ["Gulf Energy Development"]),
    ("Japan's JOGMEC and SEDC Energy Sdn Bhd signed a memorandum.", ["SEDC Energy"]),
    ("The loan went to Vietnam's Hoa Phat Steel JSC last year.", ["Hoa Phat Steel"]),
    ("The metro operator, Urban Railway No.1 Company Limited, hired 300 drivers.", ["Urban Railway No.1 Company"]),
    ("Tokyu Construction Co Ltd and Obayashi Corp built the bridge.", ["Tokyu Construction", "Obayashi"]),
    ("The studies were done by PT Len Industri and Ayala Land, Inc. in 2019.", ["PT Len Industri", "Ayala Land"]),
])
def test_a_legal_form_names_a_company(text, expected):
    assert companies(text) == expected


@pytest.mark.parametrize("text", [
    "The agency will co-operate with the ministry.",  # "co-" opens a word, no "Co."
    "Registration is open to PT and OT students.",  # "PT" before no capitalised name
    "Delegates from Cape Town, SA attended.",  # "SA" without its stops is no "S.A."
])
def test_no_company_without_a_legal_form(text):
    assert companies(text) == []


def test_company_forms_are_data_and_checked():
    forms = compile_company_forms({"company_suffixes": ["Kft."], "company_prefixes": ["CV"]})
    assert forms.suffix.search("Budapest Metro Kft. signed") and forms.prefix.search("CV Maju Jaya")
    with pytest.raises(ValueError, match="company_suffixes"):
        compile_company_forms({"company_suffixes": "Ltd."})


def test_the_fixture_reads_as_written():
    # (cleaning drops the page's furniture and keeps the author's sentences)
    body = cleaned(PORT).body
    assert "PT Wijaya Karya (Persero) Tbk and Hazama Ando Corporation has won" in body
    assert "Share this article" not in body and "Copyright" not in body


# --- the portfolio before a title ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Malaysian Finance Minister Tengku Zafrul Aziz said the country welcomed investment.",
     "Tengku Zafrul Aziz", "Finance Minister"),  # ("Tengku" a royal house's name, people.yml: kept)
    ("Indonesian Energy and Mineral Resources Minister Bahlil Lahadalia signed the memorandum.",
     "Bahlil Lahadalia", "Energy and Mineral Resources Minister"),
    ("Economy, Trade and Industry Minister Yoji Muto met his counterpart.",
     "Yoji Muto", "Economy, Trade and Industry Minister"),
    ("Japanese Foreign Minister Yoko Kamikawa said the talks were useful.", "Yoko Kamikawa", "Foreign Minister"),
    ("Indonesia and Japan Minister Lee Kwan said so.", "Lee Kwan", "Minister"),  # (places: no portfolio)
])
def test_the_portfolio_written_before_a_title_is_the_roles(text, name, role):
    assert people(text) == [(name, role)]


def test_the_defense_minister_of_a_story_is_named_with_the_portfolio():
    # round26 Rappler story: "... Defense Minister Minoru Kihara ..."
    assert {"name": "Minoru Kihara", "role": "Defense Minister"} in meta("round26_rappler_coast_guard_osa.txt")["people"]


# --- a signatory block: a name line over its role line ---------------------------------------------

SIGNED = "r68_joint_statement_signatory_block.txt"


def test_signatories_are_people_with_the_role_under_their_name():
    # "H.E. Enrique A. Manalo" / "Secretary of Foreign Affairs", "Gilberto C. Teodoro Jr." / "Secretary
    # of National Defense", "KAMIKAWA Yoko" / "Minister for Foreign Affairs of Japan"
    found = {p["name"]: p["role"] for p in meta(SIGNED)["people"]}
    assert found["Enrique A. Manalo"] == "Secretary of Foreign Affairs"
    assert found["Gilberto C. Teodoro Jr."] == "Secretary of National Defense"
    assert found["Minoru Kihara"] == "Defense Minister"  # ("Defense Minister KIHARA Minoru" in the text first)
    assert "Minister For Foreign Affairs" not in found and not any("\n" in r for r in found.values())


def test_a_signatory_block_is_no_heading_and_its_lines_stay_apart():
    # "KIHARA Minoru" / "" / "Minister of Defense of Japan": a blank line between, still no sections;
    # "Gilberto C. Teodoro Jr." over his role: two lines, not one run together
    c = cleaned(SIGNED)
    assert "#" not in c.body.replace("{ #", "")
    ts = [p.text for p in c.paragraphs]
    for line in ("KIHARA Minoru", "Minister of Defense of Japan", "H.E. Enrique A. Manalo", "Secretary of Foreign Affairs",
                 "Gilberto C. Teodoro Jr.", "Secretary of National Defense"):
        assert line in ts
    assert "Back to Philippines" not in c.body and "Page Top" not in c.body


@pytest.mark.parametrize("block, name, role", [
    ("Dr. Kao Kim Hourn\nSecretary-General of ASEAN", "Kao Kim Hourn", "Secretary-General of ASEAN"),
    ("Retno L.P. Marsudi\nMinister for Foreign Affairs of the Republic of Indonesia", "Retno L.P. Marsudi",
     "Minister for Foreign Affairs of the Republic of Indonesia"),
    ("Bui Thanh Son\n\nMinister of Foreign Affairs of Viet Nam", "Bui Thanh Son", "Minister of Foreign Affairs of Viet Nam"),
])
def test_a_name_line_over_its_role_line_in_any_block(block, name, role):
    from atlas.clean import clean_text
    c = clean_text("Joint Statement on Maritime Cooperation\n8 July 2024\n\nThe two sides affirmed their commitment "
                   "to the rule of law at sea and agreed to meet again next year.\n\n" + block + "\n")
    lines = block.replace("\n\n", "\n").split("\n")
    assert [p.text for p in c.paragraphs][-2:] == lines
    assert people("\n".join(p.text for p in c.paragraphs)) == [(name, role)]


@pytest.mark.parametrize("block", [
    "Disaster Risk Reduction\nMinistry of Foreign Affairs\n",  # a body, no title opens the line
    "Japan International Cooperation Agency\nPresident's message on the new plan\n",  # a title's word in another's
    "Enrique A. Manalo\nSecretary of Foreign Affairs said the deal was signed.\n",  # a sentence, no role line
    "Regional Cooperation\nMinister of Foreign Affairs\n",  # a portfolio's words: a heading, no name
    "Bilateral Relations\nPresident Visits Tokyo\n",  # a headline under a heading, no role
])
def test_no_signatory_where_the_lines_are_no_name_and_role(block):
    from atlas.clean_rules import load_rules
    assert not load_rules().signatory.fullmatch(block.rstrip("\n"))
    name, role = block.rstrip("\n").split("\n")
    assert {"name": name, "role": role} not in find_people(block)


# --- a speaker's name, then the role in apposition ------------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ('"This is a milestone," said Nguyen Thi Thanh Huong, deputy director of the Ministry of Planning and '
     'Investment.', "Nguyen Thi Thanh Huong", "Deputy Director"),  # a Vietnamese name of four words
    ("According to Pham Minh Chinh, Viet Nam's prime minister, the line will open in 2026.",
     "Pham Minh Chinh", "Prime Minister"),  # the place's possessive before the role
    ('"We welcome the loan," said Sri Mulyani Indrawati, Indonesia\'s finance minister.',
     "Sri Mulyani Indrawati", "Minister"),
    ("Le Thi Hoa, 45, a farmer in An Giang province, said yields had risen.", "Le Thi Hoa", "Farmer"),  # an age
    ("Ms. Tran Thi Mai, a JICA expert, explained the system to visitors.", "Tran Thi Mai", "Expert"),
    ("Assoc. Prof. Tran Minh Duc, Vice Dean, spoke about drainage.", "Tran Minh Duc", "Vice Dean"),  # people.yml dean
    ("Tanaka Akihiko, President of JICA, visited the site.", "Tanaka Akihiko", "President of JICA"),  # speech_verbs
    ("Vice Minister for International Affairs at MIC, Mr. Kobayashi Tadashi, spoke.", "Kobayashi Tadashi",
     "Vice Minister for International Affairs at MIC"),
])
def test_a_speaker_named_then_the_role(text, name, role):
    assert people(text) == [(name, role)]


def test_an_ambassador_quoted_with_his_countrys_possessive_is_a_person():
    # r65 fixture: '... said Ueno Atsushi, Japan's ambassador to Cambodia, at the opening ceremony.'
    assert {"name": "Ueno Atsushi", "role": "Ambassador"} in meta("r65_kicker_over_headline_news.txt")["people"]


@pytest.mark.parametrize("text", [
    "Japan, Chair of ASEAN, welcomed the move.",  # a place
    "Tokyo Electric Power, Japan's largest utility, said it would join.",  # no role word
    '"We welcome the loan," said Maria Santos, the Philippines\' top negotiator.',  # no role people.yml lists
])
def test_no_speaker_in_an_apposition_without_a_name_and_role(text):
    assert people(text) == []


# --- a headline in title case: its verb is no word of the name ---------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Prime Minister Kishida Visits Viet Nam", "Kishida", "Prime Minister"),
    ("President Widodo Attends Summit", "Widodo", "President"),
    ("Foreign Minister Kamikawa Signs Agreement With Manila", "Kamikawa", "Foreign Minister"),
    ("Ambassador Ito Hands Over Ambulances", "Ito", "Ambassador"),
    ("Prime Minister Fumio Kishida Meets Anwar in Tokyo", "Fumio Kishida", "Prime Minister"),
])
def test_a_headlines_verb_ends_the_name(text, name, role):
    # (people.yml headline_verbs: "Visits", "Attends", "Signs" ... in title case after the name)
    assert people(text) == [(name, role)]


def test_a_headline_of_a_title_and_a_verb_names_no_one():
    assert people("Bilateral Relations\nPresident Visits Tokyo") == []
