"""Twenty-fifth round: leftovers of earlier rounds. Where a fixture shows a defect, the expected
values were read off its lines (quoted in the comments); each rule is also tried on small texts
written here, where it must fire and where it must not."""

from __future__ import annotations

import pytest
import yaml
from test_unseen_documents import cleaned, meta
from test_unseen_round23 import _doc

from atlas.clean import clean_text, parse
from atlas.clean_rules import FURNITURE_FILE, compile_rules, load_furniture_data, load_series_cues
from atlas.extract_source import copyright_source
from atlas.extract_spans import CURRENCIES_FILE, compile_currencies, find_amounts, find_people, load_currencies
from atlas.vocab import load_vocabulary


def _headings(body: str) -> list[str]:
    return [line.lstrip("#").split(" { #")[0].strip() for line in body.splitlines() if line.startswith("#")]


# --- 1. a metadata field is no heading --------------------------------------------------------------

PROSE = ("The programme trains officials from ten countries in digital public services. Each participant "
         "drafts an action plan for their own ministry.\n")


def test_the_language_line_of_a_call_for_applications_is_a_field_not_a_heading():
    # round19_call_for_applications_kcc_dx.txt: "Number of participants: 12" / "" / "Language: English" /
    # "" / "1. Objective": the field stays a line of text, and the numbered sections are the top headings
    body = cleaned("round19_call_for_applications_kcc_dx.txt").body
    assert "Language: English\n{ #p-8 }" in body
    assert _headings(body)[:2] == ["1. Objective", "2. Target countries"]
    assert "\n## 1. Objective" in body


@pytest.mark.parametrize("line", ["Language: English", "Format: Online Course", "Country: Viet Nam",
                                  "Sector: Water Supply", "Region: Southeast Asia", "File size: Large"])
def test_a_metadata_label_and_its_value_over_prose_is_text(line):
    body = clean_text(f"A Course for Officials\n\n{PROSE}\n{line}\n\n{PROSE}").body
    assert line not in _headings(body) and f"\n{line}\n" in body


@pytest.mark.parametrize("line", ["Climate Change: A Shared Concern", "Regional Cooperation: The Next Step",
                                  "Languages and Cultures"])
def test_a_colon_title_whose_head_is_no_metadata_label_stays_a_heading(line):
    body = clean_text(f"A Course for Officials\n\n{PROSE}\n{line}\n\n{PROSE}").body
    assert line in _headings(body)


def test_the_metadata_labels_are_read_from_the_furniture_data():
    data = load_furniture_data(FURNITURE_FILE)
    text = f"A Course for Officials\n\n{PROSE}\nLanguage: English\n\n{PROSE}"
    assert "Language: English" not in _headings(clean_text(text).body)
    data["field_labels"] = "format|pages"  # a copy without the label: the line reads as a heading again
    rules = compile_rules(data, load_series_cues())
    assert [b.text for b in parse(text, rules).blocks if b.kind == "heading"] == ["Language: English"]


# --- 2. a licence notice on a line of its own is furniture, however long -----------------------------

IEEE_LICENCE = ("This work is licensed under a Creative Commons Attribution 4.0 License. For more information, "
                "see https://creativecommons.org/licenses/by/4.0/")


def test_a_paper_s_licence_lines_are_furniture():
    # round19_conference_paper_digital_skills.txt, last line: "Authorized licensed use limited to: Nagoya
    # University. Downloaded on September 02, 2024 at 03:14:55 UTC from IEEE Xplore. Restrictions apply."
    c = cleaned("round19_conference_paper_digital_skills.txt")
    assert any(t.startswith("Authorized licensed use limited to: Nagoya University.") for t in c.removed)
    assert "Authorized" not in c.body and "IEEE Xplore" not in c.body
    # round15_journal_article_semiconductors.txt: "© 2024 The Author(s). This article is published under a
    # Creative Commons Attribution 4.0 International License (CC BY 4.0)." under its references
    c = cleaned("round15_journal_article_semiconductors.txt")
    assert "Creative Commons" not in c.body
    assert meta("round15_journal_article_semiconductors.txt")["source"] != "The Author(s)"


@pytest.mark.parametrize("notice", [
    IEEE_LICENCE,  # (140 characters: longer than the furniture lines' 80)
    "This article is distributed under the terms of the Creative Commons Attribution-NonCommercial-ShareAlike "
    "4.0 International License.",
    "© 2023 Asian Development Bank. This publication is available under a Creative Commons Attribution 3.0 "
    "IGO license (CC BY 3.0 IGO).",
])
def test_a_licence_notice_on_its_own_line_leaves_the_text(notice):
    c = clean_text(f"Digital Skills in the Corridor\n\n{PROSE}\n{notice}\n")
    assert notice in c.removed and "Creative Commons" not in c.body
    # also on the line under the text in its block, as a paper's foot prints it
    c = clean_text(f"Digital Skills in the Corridor\n\n{PROSE}{notice}\n")
    assert notice in c.removed and PROSE.split(". ")[0] in c.body


@pytest.mark.parametrize("sentence", [
    "This report is licensed under a Creative Commons licence, and the ministry thanks the authors for their help.",
    "The maps in this report are licensed under a Creative Commons Attribution 4.0 License.",
    "Authors keep their rights: this paper is licensed under a Creative Commons Attribution 4.0 License.",
])
def test_a_sentence_of_the_text_about_a_licence_stays(sentence):
    c = clean_text(f"Digital Skills in the Corridor\n\n{PROSE}\n{sentence}\n")
    assert sentence in c.body and sentence not in c.removed


# --- 3. a slide deck: its titles, its presenter, its type ---------------------------------------------

SLIDES = "round22_slide_deck_drr_mekong.txt"


def test_the_deck_s_sentence_case_slide_titles_are_headings():
    # "Japan's approach" / "• Sendai Framework ...", "Remaining challenges" / "• Operation and maintenance
    # ...", "Way forward" / "• Mekong-Japan Cooperation: ...": slides titled as "Outline", "Background" are
    assert _headings(cleaned(SLIDES).body) == [
        "Outline", "Background", "Japan's approach", "Case 1: Cambodia", "Case 2: Lao PDR", "Case 3: Viet Nam",
        "Results", "Remaining challenges", "Way forward"]


def test_the_deck_s_presenting_department_is_its_source_and_it_is_a_presentation():
    # "JICA Global Environment Department" / "Regional Seminar on DRR, Bangkok, 14 November 2024" under the
    # title and subtitle; "JICA | Japan International Cooperation Agency        1 / 12" ... "12 / 12"
    c, m = cleaned(SLIDES), meta(SLIDES)
    assert c.source_lines == ("JICA Global Environment Department",)
    assert c.dateline == "Regional Seminar on DRR, Bangkok, 14 November 2024"
    assert (m["source"], m["date"]) == ("JICA Global Environment Department", "2024-11-14")
    assert (m["type"], m["type_name"]) == ("presentation", "Presentation")  # (it was news)


def _deck(titles: list[str], footer: str = "Ministry of Planning | Hanoi {n} / {total}") -> str:
    slides = "\n\n".join(f"{t}\n• Japan funds the first point of this slide\n• The ministry leads the second one\n"
                          f"{footer.format(n=n, total=len(titles))}" for n, t in enumerate(titles, 1))
    return f"Flood Warning in the Mekong\n\n{slides}\n"


def test_sentence_case_titles_over_bullets_are_headings_where_most_such_titles_are(tmp_path):
    c, m = _doc(_deck(["Background", "Our approach", "Results", "Next steps"]), tmp_path)
    assert _headings(c.body) == ["Background", "Our approach", "Results", "Next steps"]
    assert m["type"] == "presentation"
    # the same lines with a footer whose number does not grow: text (no furniture, no deck)
    c, m = _doc(_deck(["Background", "Our approach", "Results", "Next steps"], "Ministry of Planning {total} / 9"),
                tmp_path)
    assert m["type"] != "presentation"


@pytest.mark.parametrize("titles", [
    ["Our approach", "Next steps"],  # (two phrases over lists: a text's lead-ins)
    ["Our approach", "Key outcomes", "Next steps", "Background"],  # (most in sentence case: no layout of headings)
])
def test_a_phrase_over_a_list_stays_its_lead_in_elsewhere(titles):
    body = clean_text(_deck(titles, "")).body
    assert "Our approach" not in _headings(body) and "\nOur approach\n" in body


def test_a_body_s_unit_over_a_place_and_a_date_under_the_title_is_the_source(tmp_path):
    head = "Flood Warning in the Mekong\nLessons from Ten Years\n\n"
    c, m = _doc(f"{head}Water Resources Department\nAnnual Forum, Hanoi, 3 March 2025\n\n{PROSE}", tmp_path)
    assert (c.source_lines, c.dateline) == (("Water Resources Department",), "Annual Forum, Hanoi, 3 March 2025")
    # a line that names no body over the same date opens the text
    c, m = _doc(f"{head}Lessons learned in the field\nAnnual Forum, Hanoi, 3 March 2025\n\n{PROSE}", tmp_path)
    assert c.source_lines == () and "Lessons learned in the field" in c.body


# --- 4. a state news agency's credit in the lede --------------------------------------------------------

def test_antara_s_dateline_credit_gives_the_source():
    # round22_news_agency_antara_semiconductor.txt: "Jakarta (ANTARA) - The Indonesian and Japanese
    # governments have agreed ..."; "Copyright © ANTARA 2024" at its foot
    m = meta("round22_news_agency_antara_semiconductor.txt")
    assert m["source"] == "Antara News Agency"  # (none before)
    assert "antara" in {o["id"] for o in m["organisations"]}
    # round3_lead_in_bullets.txt: "Jakarta, 21 May 2024 (Antara) — The Government of Japan and ..."
    assert meta("round3_lead_in_bullets.txt")["source"] == "Antara News Agency"


@pytest.mark.parametrize("dateline, source", [
    ("KUALA LUMPUR, March 3 (Bernama) -- ", "Malaysian National News Agency"),
    ("Ha Noi (VNA) - ", "Vietnam News Agency"),
    ("Jakarta (ANTARA) - ", "Antara News Agency"),
])
def test_a_state_wire_credited_in_the_lede_is_the_source(dateline, source, tmp_path):
    _, m = _doc(f"Japan Funds Flood Warning Systems\n\n{dateline}Japan will provide 2 billion yen in grant aid "
                "for flood warning systems, the ministry said on Tuesday.\n\nThe systems will cover three rivers.\n",
                tmp_path)
    assert m["source"] == source


def test_a_copyright_line_with_the_holder_before_the_year_gives_the_source(tmp_path):
    body = "Japan Funds Flood Warning Systems\n\nJapan will provide 2 billion yen in grant aid, the ministry said.\n\n"
    _, m = _doc(body + "Copyright © ANTARA 2024\n", tmp_path)
    assert m["source"] == "Antara News Agency"
    vocab = load_vocabulary()
    assert copyright_source(["Copyright © Bernama 2023-2024"], vocab) == ("Malaysian National News Agency", ["bernama"])
    # (no year, no reservation: a photo's credit, no notice)
    assert copyright_source(["© ANTARA"], vocab) == (None, [])


# --- 5. an encyclopedia's article: its tagline and its references' backlinks -----------------------------

WIKI = "round22_encyclopedia_mekong_japan.txt"


def test_the_wiki_s_tagline_gives_the_source_not_the_subtitle():
    # "Mekong–Japan Cooperation" / "From Wikipedia, the free encyclopedia" / "Jump to navigation"
    c, m = cleaned(WIKI), meta(WIKI)
    assert (c.subtitle, c.source_lines) == (None, ("From Wikipedia, the free encyclopedia",))
    assert m["source"] == "Wikipedia" and "subtitle" not in m


def test_the_references_backlinks_are_furniture():
    # "1. ^ a b \"Japan-Mekong Region Partnership Program\". Ministry of Foreign Affairs of Japan. ...",
    # "4. ^ Sudo, Sueo (2015). Japan's ASEAN Policy. ..."
    c = cleaned(WIKI)
    assert '1. "Japan-Mekong Region Partnership Program". Ministry of Foreign Affairs of Japan.' in c.body
    assert "4. Sudo, Sueo (2015). Japan's ASEAN Policy." in c.body
    assert "&#94;" not in c.body and "^" not in c.body
    assert c.removed.count("^ a b") == 2 and c.removed.count("^") == 12


@pytest.mark.parametrize("site", ["Wikipedia", "Simple English Wikipedia"])
def test_a_wiki_s_tagline_under_the_title_names_the_site(site, tmp_path):
    c, m = _doc(f"Tsubasa Bridge\nFrom {site}, the free encyclopedia\n\nThe Tsubasa Bridge crosses the Mekong in "
                "Cambodia. Japan paid for it with grant aid.\n", tmp_path)
    assert (m["source"], c.subtitle) == (site, None)
    # a sentence about the encyclopedia is the text's
    c, m = _doc("Tsubasa Bridge\n\nThe figures come from Wikipedia, the free encyclopedia, and from JICA.\n", tmp_path)
    assert "source" not in m and "from Wikipedia" in c.body


def test_a_caret_opens_no_backlink_outside_the_references(tmp_path):
    text = ("Tsubasa Bridge\n\nThe bridge opened in 2015.\n\nNotes on the figures\n\n1. ^ a b marks the growth rate\n"
            "2. ^ the next item\n\nReferences\n\n1. ^ a b Sudo, Sueo (2015). Japan's ASEAN Policy.\n"
            "2. ^ a survey of the bridge (2016).\n")
    c = clean_text(text)
    assert "1. &#94; a b marks the growth rate" in c.body and "2. &#94; the next item" in c.body
    # (under "References": the caret, and letters only two or more of them: "a survey" is the entry's)
    assert "1. Sudo, Sueo (2015)." in c.body and "2. a survey of the bridge (2016)." in c.body


# --- 6. an event's report: its panel, its people, its type ------------------------------------------------

EVENT = "round22_event_report_iseas_osa.txt"


def test_the_event_s_moderator_and_panelists_are_a_line_each():
    # "Moderator:" / "Dr Joanne Lim, Senior Fellow, ..."; "Panelists:" / "Professor Kenta Mori, Keio University,
    # Tokyo" / "Ms Maria Teresa Santos, ..." / "Dr Arief Nugroho, ..."
    body = cleaned(EVENT).body
    for line in ["Moderator:", "Panelists:", "Professor Kenta Mori, Keio University, Tokyo",
                 "Ms Maria Teresa Santos, Philippine Institute for Peace, Violence and Terrorism Research (PIPVTR)",
                 "Dr Arief Nugroho, Centre for Strategic and International Studies (CSIS), Jakarta"]:
        assert f"\n{line}\n{{ #p-" in body, line


def test_people_named_with_an_honorific_without_its_stop_are_found():
    people = {(p["name"], p["role"]) for p in meta(EVENT)["people"]}
    # (round 51: "Dr Joanne Lim, Senior Fellow, Regional Strategic and Political Studies Programme, ISEAS ...":
    # her post after the comma is her role, the honorific none)
    # (round m76: "Prepared by: Ms Nur Aisyah Binte Rahman, Research Officer, ISEAS ...": her post, a
    # post noun's words after the comma, is her role too)
    assert {("Joanne Lim", "Senior Fellow, Regional Strategic and Political Studies Programme"), ("Maria Teresa Santos", "Ms."), ("Arief Nugroho", "Dr."),
            ("Kenta Mori", "Professor"), ("Nur Aisyah Binte Rahman", "Research Officer")} <= people


def test_an_event_report_with_a_q_and_a_section_is_a_report_and_its_label_is_furniture():
    # "Event Report" over "Date: Thursday, 12 September 2024"; "Q&A Session" / "Q: How does OSA relate ...?"
    c, m = cleaned(EVENT), meta(EVENT)
    assert m["type"] == "report"  # (it was an interview)
    assert "Event Report" in c.removed and "\nEvent Report\n" not in c.body
    assert "\nDate: Thursday, 12 September 2024\n" in c.body


@pytest.mark.parametrize("text, people", [
    ("Dr Joanne Lim opened the webinar.", [("Joanne Lim", "Dr.")]),
    ("Ms Maria Teresa Santos and Mr. Kenji Sato spoke.", [("Maria Teresa Santos", "Ms."), ("Kenji Sato", "Mr.")]),
    ("Prof Mori replied that Japan briefed ASEAN.", []),  # (a family name alone: the person named in full elsewhere)
    ("The Dr Pepper plant opened.", []),
])
def test_an_honorific_before_a_full_name_names_a_person(text, people):
    assert [(p["name"], p["role"]) for p in find_people(text)] == people


def test_lines_under_a_label_apart_only_when_each_names_a_person():
    c = clean_text(f"Japan and the Region\n\n{PROSE}\nSpeakers:\nDr Joanne Lim, ISEAS\nMs Maria Santos, PIPVTR\n\n{PROSE}")
    assert "\nDr Joanne Lim, ISEAS\n{ #p-" in c.body and "\nMs Maria Santos, PIPVTR\n{ #p-" in c.body
    # a lead-in over a wrapped sentence stays one paragraph
    c = clean_text(f"Japan and the Region\n\n{PROSE}\nThe speakers were:\nDr Joanne Lim of ISEAS and\nthe "
                   f"ministry's staff.\n\n{PROSE}")
    assert "The speakers were: Dr Joanne Lim of ISEAS and the ministry's staff." in c.body


# --- 7. a chair's statement: a peninsula is no state, a role wins over an honorific ----------------------

CHAIR = "round22_chairs_statement_asean_japan_pmc.txt"


def test_the_korean_peninsula_is_no_mention_of_the_republic_of_korea():
    # "... regional and international issues, including the South China Sea, the Korean Peninsula, Ukraine, ..."
    assert "KR" not in {c["code"] for c in meta(CHAIR)["countries"]}


def test_the_secretary_general_s_role_wins_over_his_honorific():
    # "The Secretary-General of ASEAN, H.E. Dr. Kao Kim Hourn, was also in attendance."
    assert {"name": "Kao Kim Hourn", "role": "Secretary-General of ASEAN"} in meta(CHAIR)["people"]


@pytest.mark.parametrize("text, person", [
    ("The Director-General of JICA, Dr. Akihiko Tanaka, opened the forum.", ("Akihiko Tanaka", "Director-General of JICA")),
    # the honorific first, the role later in the text: the role
    ("Dr. Aiko Tanaka opened the forum. Later, President Aiko Tanaka closed it.", ("Aiko Tanaka", "President")),
    ("Dr. Aiko Tanaka opened the forum.", ("Aiko Tanaka", "Dr.")),
])
def test_a_real_role_is_preferred_to_an_honorific(text, person):
    assert [(p["name"], p["role"]) for p in find_people(text)] == [person]


def test_a_korean_in_the_text_still_names_the_republic_of_korea(tmp_path):
    _, m = _doc("Japan and Korea\n\nKorean and Japanese engineers met on the Korean Peninsula and in Seoul.\n",
                tmp_path)
    assert [c["mentions"] for c in m["countries"] if c["code"] == "KR"] == [3]  # ("Korea", "Korean", "Seoul")


# --- 8. the scales of a sum are data -------------------------------------------------------------------

def test_the_scales_are_read_from_the_currencies_data(tmp_path):
    data = yaml.safe_load(CURRENCIES_FILE.read_text(encoding="utf-8"))
    assert {"crore": 10_000_000, "lakh": 100_000, "bn": 1_000_000_000, "lakh crore": 10**12}.items() <= \
        data["scales"].items()
    amounts = find_amounts("Rs 22,000 crore, Tk 5 lakh, $2.5 bln and ₹1.2 lakh crore; 50 Million Yen")
    assert [a["value"] for a in amounts] == [2.2e11, 5e5, 2.5e9, 1.2e12, 5e7]
    # a scale the data does not know leaves the figure unscaled; added to a copy, it is read
    text = "a grant of Rs 3 arab for the line"  # (Nepal's and India's arab: a hundred crore)
    assert find_amounts(text)[0]["value"] == 3
    data["scales"]["arab"] = 1_000_000_000
    copy = tmp_path / "currencies.yml"
    copy.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert find_amounts(text, load_currencies(copy))[0]["value"] == 3_000_000_000


@pytest.mark.parametrize("factor", [0, 1, "ten", True, -1000])
def test_a_scale_that_multiplies_nothing_is_refused(factor):
    with pytest.raises(ValueError, match="'dozen'"):
        compile_currencies({"codes": ["USD"], "symbols": {"$": "USD"}, "words": {}, "scales": {"dozen": factor}})
