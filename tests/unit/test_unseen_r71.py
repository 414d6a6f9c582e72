"""Round 71: names inside names and roles with two offices, then five whole documents of kinds the
fixtures had little of (a development bank's project news co-financed with JICA, an ASEAN
Secretariat press release, a Thai government news bureau story, a Philippine News Agency story, a
UNDP story on a Japan-funded project in Central Asia).

Companies whose name opens with a place or a demonym ("Italian-Thai Development Public Company
Limited", "Thai Binh Power JSC") are companies and no mention of the place; a company whose name
only opens with another's ("Hitachi Zosen Corporation") is its own. A person may hold two offices
at once ("Deputy Prime Minister and Commerce Minister ..."), a Malay name may open with a royal
house's name ("Tengku ..."), a role may be written in small letters with its portfolio ("the
minister of finance, X, said"), and a signature's mark may stand over a signatory's lines."""

from __future__ import annotations

import pytest
from atlas_factory import read_text
from test_unseen_documents import cleaned, meta, texts

from atlas.clean import canonical_text, clean_text, parse
from atlas.extract_spans import find_people

ADB = "r71_adb_project_news_jica_cofinancing.txt"
ASEAN = "r71_asean_secretariat_press_release.txt"
PRD = "r71_thai_prd_english_story.txt"
PNA = "r71_pna_philippines_story.txt"
UNDP = "r71_undp_japan_project_central_asia.txt"

HEAD = ("Japan and Thailand sign grant for flood control\n12 March 2024\n\n"
        "BANGKOK — Japan and Thailand on Tuesday signed a grant agreement for flood control in the Chao "
        "Phraya basin, officials said.\n\n")


def story(text: str) -> tuple[dict, object]:
    """(metadata, Cleaned) of a generated story: HEAD, then `text`."""
    full = HEAD + text + "\n"
    return read_text(full, "seeds/r71.txt")


def names(m: dict, key: str) -> set[str]:
    return {e["name"] for e in m.get(key) or ()}


def people(m: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for p in m.get("people") or ()}


# --- a company whose name holds a place, a demonym or another company's name --------------------

@pytest.mark.parametrize("sentence, company, place", [
    ("Italian-Thai Development Public Company Limited will build the pumping stations.", "Italian-Thai Development",
     "Italy"),
    ("Thai Binh Power JSC will supply the pumps.", "Thai Binh Power", "Viet Nam"),
    ("Indonesia Power Corp. will supply the pumps.", "Indonesia Power", "Indonesia"),
    ("Japan Radio Co., Ltd. will supply the radar.", "Japan Radio", None),
])
def test_a_company_named_by_a_place_is_found_and_is_no_mention_of_the_place(sentence, company, place):
    m, _ = story(sentence)
    assert company in names(m, "organisations")
    if place:
        assert place not in names(m, "countries")


def test_a_country_s_own_company_keeps_the_country_named_before_it():
    # (negative) "Vietnam's Thai Binh Power JSC": the possessive is a mention of Viet Nam
    m, _ = story("Vietnam's Thai Binh Power JSC will supply the pumps from its plant near Hanoi.")
    assert "Thai Binh Power" in names(m, "organisations") and "Viet Nam" in names(m, "countries")


def test_a_company_whose_name_opens_with_a_known_one_is_its_own():
    # "Hitachi Zosen Corporation" is no Hitachi; "Hitachi, Ltd." alone still is
    m, _ = story("Hitachi Zosen Corporation will build the incinerator.")
    assert "Hitachi Zosen" in names(m, "organisations") and "Hitachi" not in names(m, "organisations")
    m, _ = story("Hitachi will supply the pumps, and Toyota Tsusho Corporation the trucks.")
    assert {"Hitachi", "Toyota Tsusho"} <= names(m, "organisations")


def test_a_company_s_name_starts_after_the_sentence_before_it():
    # "... and Indonesia. Sumitomo Metal Mining Co. operates ...": no "Indonesia. Sumitomo ..."
    m, _ = story("Japan imports nickel from the Philippines and Indonesia. Sumitomo Metal Mining Co. operates a refinery.")
    assert "Sumitomo Metal Mining" in names(m, "organisations")
    assert "Indonesia" in names(m, "countries")


def test_a_company_named_with_a_particle_keeps_its_first_words():
    # "Electricite du Laos Transmission Co.": no company called "Laos Transmission"
    m, _ = story("The grid is run by Electricite du Laos Transmission Co., a state company.")
    assert "Electricite du Laos Transmission" in names(m, "organisations")
    assert "Laos Transmission" not in names(m, "organisations")


def test_a_company_its_acronym_names_is_listed_once():
    # "Dhaka Mass Transit Company Limited (DMTCL)": the acronym's body, no second company beside it
    m, _ = story("The Dhaka Mass Transit Company Limited (DMTCL) will run the line. DMTCL said so.")
    orgs = names(m, "organisations")
    assert "DMTCL" in orgs and "Dhaka Mass Transit Company" not in orgs


@pytest.mark.parametrize("company, country", [("Philippine Airlines", "Philippines"), ("Vietnam Airlines", "Viet Nam"),
                                              ("Thai Airways", None)])
def test_an_airline_named_by_its_country_is_a_company(company, country):
    m, _ = story(f"{company} will fly the equipment free of charge.")
    assert company in names(m, "organisations")
    assert country is None or country not in names(m, "countries")  # (Thailand is named by the story's head)


# --- "JSC" that is a committee ------------------------------------------------------------------

def test_a_jsc_defined_as_a_steering_committee_is_no_company_suffix():
    # "the Joint Steering Committee (JSC)" / "The Project JSC will meet again": no company "Project"
    m, _ = story("The Joint Steering Committee (JSC) met in Bangkok. The Project JSC will meet again in May.")
    assert not any(o["kind"] == "company" for o in m.get("organisations") or ())


def test_a_joint_stock_company_defined_as_jsc_stays_a_legal_form():
    # (negative) "Joint Stock Company (JSC)" defines the form: "Thai Binh Power JSC" is a company
    m, _ = story("Viet Nam's companies are often a Joint Stock Company (JSC). Thai Binh Power JSC will supply pumps.")
    assert "Thai Binh Power" in names(m, "organisations")


# --- bodies defined by an acronym -----------------------------------------------------------------

@pytest.mark.parametrize("body, abbr, kind", [
    ("Metropolitan Waterworks and Sewerage System", "MWSS", "government"),
    ("Mekong Business Partnership", "MBP", "programme"),
    ("Asia Energy Transition Initiative", "AETI", "programme"),
    ("Pacific Resilience Facility", "PRF", "programme"),
    ("Climate Finance Network", "CFN", "international"),
    ("Government Service Insurance System", "GSIS", "government"),
])
def test_a_body_defined_by_its_acronym_with_a_new_head_word_is_an_organisation(body, abbr, kind):
    m, _ = story(f"The {body} ({abbr}) backed the plan.")
    found = {o["name"]: o for o in m.get("organisations") or ()}
    assert found[abbr]["full_name"] == body and found[abbr]["kind"] == kind


@pytest.mark.parametrize("thing, abbr", [
    ("Emergency Warning Broadcast System", "EWBS"), ("Geographic Information System", "GIS"),
    ("Public-Private Partnership", "PPP"), ("Small and Medium Enterprise", "SME"),
])
def test_a_technology_or_a_kind_of_deal_is_no_organisation(thing, abbr):
    # (negative) the name of a thing, though it ends on System, Partnership or Enterprise
    m, _ = story(f"The {thing} ({abbr}) was discussed.")
    assert abbr not in names(m, "organisations")


# --- people: two offices, a house's name, a role in small letters, a signature --------------------

@pytest.mark.parametrize("text, name, role", [
    ("Deputy Prime Minister and Commerce Minister Phumtham Wechayachai attended.", "Phumtham Wechayachai",
     "Deputy Prime Minister and Commerce Minister"),
    ("Foreign Minister and Deputy Prime Minister Maris Sangiampongsa spoke.", "Maris Sangiampongsa",
     "Foreign Minister and Deputy Prime Minister"),
    ("Deputy Prime Minister and Minister of Finance Sonexay Siphandone spoke.", "Sonexay Siphandone",
     "Deputy Prime Minister and Minister of Finance"),
])
def test_two_offices_held_at_once_are_the_whole_role(text, name, role):
    assert {"name": name, "role": role} in find_people(text)


def test_the_office_of_someone_unnamed_before_and_is_not_the_holder_s():
    # (negative) "met the President and Foreign Minister Vivian Balakrishnan": two people
    assert find_people("He met the President and Foreign Minister Vivian Balakrishnan.") == \
        [{"name": "Vivian Balakrishnan", "role": "Foreign Minister"}]


def test_a_malay_name_opening_with_its_house_is_one_person_in_short_and_long_forms():
    # "Tengku Zafrul Aziz, Malaysia's trade minister" / "Tengku Datuk Seri Utama Zafrul Abdul Aziz":
    # Tengku a word of the name (people.yml), Datuk Seri Utama his honours
    found = find_people("Tengku Zafrul Aziz, Malaysia's trade minister, welcomed the deal. "
                        "Tengku Datuk Seri Utama Zafrul Abdul Aziz later visited the site.")
    assert [p["name"] for p in found] == ["Tengku Zafrul Abdul Aziz"]
    found = find_people("Investment, Trade and Industry Minister Tengku Datuk Seri Utama Zafrul Abdul Aziz said so.")
    assert found == [{"name": "Tengku Zafrul Abdul Aziz", "role": "Investment, Trade and Industry Minister"}]


def test_two_names_sharing_only_two_words_stay_two_people():
    # (negative) "Nguyen Huong" and "Nguyen Thi Thanh Huong" may be two people
    found = find_people("Minister Nguyen Huong spoke. Deputy Minister Nguyen Thi Thanh Huong answered.")
    assert {p["name"] for p in found} == {"Nguyen Huong", "Nguyen Thi Thanh Huong"}


@pytest.mark.parametrize("text, name, role", [
    ("The minister of finance, Pichai Chunhavajira, said the plant would open.", "Pichai Chunhavajira",
     "Minister of Finance"),
    ("Thailand's minister of foreign affairs, Maris Sangiampongsa, told reporters.", "Maris Sangiampongsa",
     "Minister of Foreign Affairs"),
    ("The minister of trade and industry, Tengku Zafrul, said so.", "Tengku Zafrul", "Minister of Trade and Industry"),
])
def test_a_role_in_small_letters_with_its_portfolio_names_the_speaker(text, name, role):
    assert {"name": name, "role": role} in find_people(text)


def test_a_role_after_a_name_that_goes_on_to_its_own_holder_is_not_that_name_s():
    # "Secretary-General of ASEAN Dr. Kao Kim Hourn, Ambassador of Japan to ASEAN H.E. Kiya Masahiko, and"
    m = meta(ASEAN)
    assert people(m)["Kao Kim Hourn"] == "Secretary-General"
    assert people(m)["Kiya Masahiko"] == "Ambassador of Japan to ASEAN"


@pytest.mark.parametrize("block", [
    "(Signed)\nAkira Tanaka\nChief Representative",
    "Signed:\nAkira Tanaka\nChief Representative",
    "(Signed)\nAkira Tanaka\nChief Representative\nJICA Thailand Office",
    "(Sgd.) Akira Tanaka\nChief Representative",
])
def test_a_signature_s_mark_over_a_signatory_keeps_a_line_each(block):
    m, c = story(block)
    lines = block.split("\n")
    assert [p.text for p in c.paragraphs][-len(lines):] == lines  # the mark kept, as written
    assert people(m)["Akira Tanaka"] == "Chief Representative"
    full = HEAD + block + "\n"
    assert clean_text(canonical_text(parse(full))).body == c.body


def test_a_signed_line_in_a_sentence_is_no_signature():
    # (negative) "Signed: the two sides ..." in prose stays one paragraph
    _, c = story("The agreement was signed in Bangkok.\nSigned copies were sent to both ministries.")
    assert "The agreement was signed in Bangkok. Signed copies were sent to both ministries." in \
        [p.text for p in c.paragraphs]


# --- five whole documents --------------------------------------------------------------------------

def test_adb_project_news_cofinanced_with_jica():
    m, t = meta(ADB), texts(ADB)
    assert m["title"] == "ADB, JICA to Help Philippines Expand Metro Manila Water Supply"
    assert (m["date"], m["source"]) == ("2024-11-14", "Asian Development Bank")
    assert [c["name"] for c in m["countries"]] == ["Philippines", "Japan"]  # no Italy, no Thailand
    orgs = {o["name"]: o for o in m["organisations"]}
    assert orgs["MWSS"]["full_name"] == "Metropolitan Waterworks and Sewerage System"
    assert {"ADB", "JICA", "Italian-Thai Development", "First Balfour", "Nippon Koei"} <= set(orgs)
    assert people(m)["Ralph Recto"] == "Minister of Finance"  # "The minister of finance, Ralph Recto, said"
    assert cleaned(ADB).removed == ("Skip to main content", "Share this page", "Facebook Twitter LinkedIn Email")
    assert "Skip to main content" not in t
    assert "- 25 km of conveyance tunnel" in cleaned(ADB).body


def test_asean_secretariat_press_release():
    m, c = meta(ASEAN), cleaned(ASEAN)
    assert m["title"] == "ASEAN and Japan launch second phase of the ASEAN-Japan Cybersecurity Capacity Building Centre"
    assert (m["date"], m["type"]) == ("2024-09-05", "press-release")
    assert c.removed == ("Home » News » Press Release", "***", "Print | Email | Download PDF")
    # "Deputy Prime Minister and Minister of Digital Economy and Society Prasert Jantararuangtong of Thailand"
    assert people(m)["Prasert Jantararuangtong"] == \
        "Deputy Prime Minister and Minister of Digital Economy and Society"
    assert "Singapore, Malaysia and Viet Nam will host regional exercises in 2025." in texts(ASEAN)
    assert "1. cyber defence exercises for national CERTs;" in c.body


def test_thai_government_news_bureau_story():
    m, t = meta(PRD), texts(PRD)
    assert m["title"] == "Thailand, Japan agree to speed up Bangkok-Chiang Mai high-speed rail study"
    assert m["date"] == "2024-06-12"
    assert people(m) == {"Phumtham Wechayachai": "Deputy Prime Minister and Commerce Minister",
                         "Saito Ken": "Minister of Economy, Trade and Industry",
                         "Suriya Jungrungreangkit": "Minister of Transport",
                         "Chai Wacharonke": "Government Spokesperson"}
    assert t[-3:] == ["(Signed)", "Chai Wacharonke", "Government Spokesperson"]  # a line each, the mark kept
    assert "Thai Airways" in names(m, "organisations")


def test_philippine_news_agency_story():
    m, c = meta(PNA), cleaned(PNA)
    assert m["title"] == "Japan turns over P1.2-B rescue boats to PCG"
    assert (m["date"], m["source"]) == ("2024-06-18", "Philippine News Agency")
    assert {"Mitsubishi Shipbuilding", "Philippine Airlines", "PCG"} <= names(m, "organisations")
    assert people(m)["Enrique Manalo"] == "Foreign Affairs Secretary"
    assert c.removed == ("RELATED STORIES:", "PCG receives new patrol vessel from Japan",
                         "PH, Japan sign reciprocal access agreement", "Comments")
    assert texts(PNA)[-1].endswith("free of charge. (PNA)")


def test_undp_story_on_a_japan_funded_project_in_central_asia():
    m = meta(UNDP)
    assert m["title"] == "Japan-funded project helps Kyrgyz farmers adapt to a changing climate"
    assert (m["date"], m["source"]) == ("2024-10-03", "United Nations Development Programme")
    assert [c["name"] for c in m["countries"]][:2] == ["Kyrgyz Republic", "Japan"]
    assert people(m)["Bakyt Torobaev"] == "Minister of Agriculture"
    assert people(m)["Kenji Matsumura"] == "Ambassador of Japan to the Kyrgyz Republic"
    assert {"CFN", "SAEPF", "Japan Radio"} <= names(m, "organisations")
