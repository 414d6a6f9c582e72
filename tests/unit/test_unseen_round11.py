"""Eleventh round, metadata: documents of kinds no earlier round had, each read from
tests/fixtures/unseen/round11_*.txt and run through the real pipeline. An ASEAN Secretariat press
statement on a project Japan funds (breadcrumb, "Posted on: 15/03/2024", "For media enquiries"),
an op-ed in a Philippine newspaper (section line, "By:" byline, the outlet and a time before the
date, the writer's note at the end), a JICA ODA loan agreement with Türkiye (yen amount, interest
terms, two Turkish development banks), a policy brief (series line with its number, authors,
"Published online: 15/03/2024", keywords, JEL codes) and a tender notice for a JICA-financed plant
in Viet Nam (a state's letterhead, reference lines, "Date of Issue:" below them). Every expected
value was read off the fixture's text."""

from __future__ import annotations

import pytest
from test_unseen_documents import meta, texts
from test_vocab import _found

from atlas.extract_dates import find_dateline, parse_dateline
from atlas.extract_source import document_type, find_series, source_of
from atlas.vocab import load_vocabulary

ASEAN = "round11_asean_secretariat_statement.txt"
OPED = "round11_oped_inquirer_subway.txt"
LOAN = "round11_oda_loan_turkiye.txt"
BRIEF = "round11_policy_brief_migration.txt"
TENDER = "round11_tender_notice_vietnam.txt"
ALL = [ASEAN, OPED, LOAN, BRIEF, TENDER]


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def ids(name: str, field: str, key: str = "id", focus: bool | None = None) -> set[str]:
    return {str(e[key]) for e in meta(name).get(field) or [] if focus is None or bool(e.get("focus")) == focus}


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("Posted on: 15/03/2024", "2024-03-15"),  # day first: 15 is no month
    ("15.03.2024", "2024-03-15"),
    ("03/15/2024", "2024-03-15"),  # month first, as a US site writes it: 15 is no month
    ("05/05/2024", "2024-05-05"),  # the same number twice is no doubt
    ("03/05/2024", "2024"),  # March 5 or 3 May: only the year is stated
    ("Published online: 15/03/2024", "2024-03-15"),
    ("Date of Issue: March 15th, 2024", "2024-03-15"),
    ("Issue date: 2024.3.15", "2024-03-15"),
    ("Philippine Daily Inquirer / 05:05 AM March 15, 2024", "2024-03-15"),  # a time before the date
    ("10:30 AM, 15 March 2024", "2024-03-15"),
    ("Fri, March 15, 2024", "2024-03-15"),  # a weekday shortened
    ("Friday, 15 March 2024", "2024-03-15"),
])
def test_a_dateline_in_the_forms_other_sites_print(line, value):
    assert parse_dateline(line).value == value


@pytest.mark.parametrize("line", ["31/02/2024", "15/15/2024", "1999-2024", "Issue 12/2024 of the bulletin"])
def test_no_date_from_what_is_no_dateline(line):
    assert parse_dateline(line) is None


def test_a_labelled_date_is_read_below_a_letterhead_and_a_bare_one_is_not():
    letterhead = "\n".join(["REPUBLIC OF THE PHILIPPINES", "Department of Transportation", "Project Management Office",
                            "INVITATION FOR BIDS", "North-South Commuter Railway", "Contract Package: CP-05"])
    assert find_dateline(letterhead + "\nDate of Issue: 2 April 2024\n").value == "2024-04-02"
    assert find_dateline(letterhead + "\n2 April 2024\n") is None  # a date alone that far down may be anything's


# --- source and series --------------------------------------------------------------------------

def test_a_date_beside_the_outlet_s_name_is_no_outlet(vocab):
    assert source_of(["Philippine Daily Inquirer / 05:05 AM March 15, 2024"], vocab) == \
        ("Philippine Daily Inquirer", ["philippine-daily-inquirer"])
    assert source_of(["Kyodo News | 3 March 2024"], vocab)[0] == "Kyodo News"


@pytest.mark.parametrize("first, series", [
    ("IDE Policy Brief No. 12\n\nFrom training to employment", "IDE Policy Brief No. 12"),
    ("ERIA Discussion Paper Series No. 512\nTitle", "ERIA Discussion Paper Series No. 512"),
    ("Working Paper Vol. 3 (2024)\nTitle", "Working Paper Vol. 3 (2024)"),
    ("Decree No. 13\nOn personal data", None),  # a numbered act names no series of reports
])
def test_a_numbered_issue_of_a_report_series_on_the_first_line_is_the_series(vocab, first, series):
    assert find_series(first, vocab) == series


# --- types --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lines, kind", [
    (["Home / News / Press Statement", "ASEAN and Japan launch a project"], "press-release"),
    (["A project was launched.", "For media enquiries, please contact:"], "press-release"),
    (["Opinion / Commentary", "What the subway can learn"], "opinion"),
    (["Home > Opinion > Columns", "A column"], "opinion"),
    (["Japan's aid must reach the coal towns", "The writer is a senior fellow at ISEAS."], "opinion"),
    (["INVITATION FOR BIDS (IFB)", "Loan Agreement No.: VN22-P7", "Contract Package: CP-03"], "procurement-notice"),
    (["Request for Expressions of Interest", "Deadline for submission: 3 May 2024"], "procurement-notice"),
    (["Abstract", "Keywords: labour migration; remittances", "JEL classification: F22, J61"], "report"),
    (["Japan and Viet Nam signed a loan.", "The invitation for bids closes in May."], "news"),  # a story on a tender
])
def test_a_document_s_own_lines_tell_its_type(vocab, lines, kind):
    assert document_type(vocab, None, lines[0], [], False, lines) == kind


@pytest.mark.parametrize("name, kind", [
    (ASEAN, "press-release"),  # "Press Statement" ends its breadcrumb; "For media enquiries, please contact:"
    (OPED, "opinion"),
    (LOAN, "press-release"),
    (BRIEF, "report"),  # Abstract, Policy implications, Keywords:, JEL classification:
    (TENDER, "procurement-notice"),
])
def test_each_fixture_s_type(name, kind):
    assert meta(name)["type"] == kind


# --- the fixtures' metadata ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL)
def test_each_fixture_is_dated_the_day_it_states(name):
    # "Posted on: 15/03/2024", "Philippine Daily Inquirer / 05:05 AM March 15, 2024", "2024.3.15",
    # "Published online: 15/03/2024", "Date of Issue: March 15th, 2024" (the tenth line)
    assert (meta(name)["date"], meta(name)["date_precision"]) == ("2024-03-15", "day")


def test_the_asean_statement(vocab):
    m = meta(ASEAN)
    assert m["title"] == "ASEAN and Japan launch project to monitor river-borne plastic waste in the Mekong subregion"
    assert m["summary"].startswith("The ASEAN Secretariat and the Mission of Japan to ASEAN today launched")  # no dateline
    # the members taking part are named after the lede: the group and the subregion are its focus
    assert ids(ASEAN, "regions", focus=True) == {"asean", "mekong"}
    assert not ids(ASEAN, "countries", "code", focus=True)
    assert {"KH", "LA", "TH", "VN"} <= ids(ASEAN, "countries", "code")
    assert ids(ASEAN, "topics", focus=True) == {"environment"}
    assert {"asean-secretariat", "jaif", "eria", "mission-of-japan-to-asean", "rkc-mpd"} <= ids(ASEAN, "organisations")


def test_the_op_ed():
    m = meta(OPED)
    assert m["source"] == "Philippine Daily Inquirer"  # from "Philippine Daily Inquirer / 05:05 AM March 15, 2024"
    assert m["summary"].startswith("When the first trains of the Metro Manila Subway roll")
    assert ids(OPED, "countries", "code", focus=True) == {"PH", "VN", "ID"}  # the title names Jakarta and Ho Chi Minh City
    assert ids(OPED, "topics", focus=True) == {"transport"}
    assert {"jica", "dotr-philippines", "jr-east", "philippine-railway-institute",
            "university-of-the-philippines"} <= ids(OPED, "organisations")
    # the writer's note stays at the end of the text
    assert texts(OPED)[-1].startswith("Maria Cristina Reyes is an urban planner")


def test_the_loan_agreement_with_turkiye():
    m = meta(LOAN)
    assert m["amounts"][0]["text"] == "60,000 million yen"
    assert ids(LOAN, "countries", "code", focus=True) == {"TR"}  # northern Syria is named once
    assert "SY" in ids(LOAN, "countries", "code", focus=False)
    assert {"disaster-risk-reduction", "oda-finance"} <= ids(LOAN, "topics", focus=True)
    assert {"jica", "tskb", "tkyb", "afad", "jdr"} <= ids(LOAN, "organisations")


def test_the_policy_brief():
    m = meta(BRIEF)
    assert m["series"] == "IDE Policy Brief No. 12"
    assert m["title"] == ("From technical intern training to employment for skill development: what Japan's new "
                          "system means for Viet Nam and Myanmar")
    assert "subtitle" not in m
    assert m["summary"].startswith("Japan will replace its Technical Intern Training Program (TITP)")
    assert ids(BRIEF, "countries", "code", focus=True) == {"VN", "MM"}  # Myanmar also as "Myanmar (Burma)"
    assert ids(BRIEF, "topics", focus=True) == {"migration"}
    assert {"ide-jetro", "ilssa", "esd-japan"} <= ids(BRIEF, "organisations")


def test_the_tender_notice():
    assert ids(TENDER, "countries", "code", focus=True) == {"VN"}
    # a wastewater treatment plant, financed by a JICA loan: the headline (INVITATION FOR BIDS) names
    # neither, and the text says as much of each
    assert ids(TENDER, "topics", focus=True) == {"environment", "oda-finance"}
    assert "jica" in ids(TENDER, "organisations")


# --- vocabulary additions -----------------------------------------------------------------------

@pytest.mark.parametrize("text, present, absent", [
    ("the Mission of Japan to ASEAN", {("organisations", "mission-of-japan-to-asean")},
     {("countries", "JP"), ("regions", "asean")}),
    ("the Regional Knowledge Centre for Marine Plastic Debris", {("organisations", "rkc-mpd")}, set()),
    ("the Development and Investment Bank of Türkiye", {("organisations", "tkyb")}, {("countries", "TR")}),
    ("the Industrial Development Bank of Türkiye", {("organisations", "tskb")}, {("countries", "TR")}),
    ("the Disaster and Emergency Management Presidency", {("organisations", "afad")}, set()),
    ("a Japan Disaster Relief team", {("organisations", "jdr")}, {("countries", "JP")}),
    ("the Department of Transportation (DOTr)", {("organisations", "dotr-philippines")}, set()),
    ("the Philippine Railway Institute", {("organisations", "philippine-railway-institute")}, {("countries", "PH")}),
    ("the University of the Philippines Diliman", {("organisations", "university-of-the-philippines")},
     {("countries", "PH")}),
    ("East Japan Railway Company", {("organisations", "jr-east")}, {("countries", "JP")}),
    ("the Institute of Labour Science and Social Affairs", {("organisations", "ilssa")}, set()),
    ("the Employment for Skill Development system", {("organisations", "esd-japan")}, set()),
    ("the Philippine Daily Inquirer", {("organisations", "philippine-daily-inquirer")}, {("countries", "PH")}),
    ("rebuilding in Hatay and Kahramanmaraş", {("countries", "TR")}, set()),
])
def test_the_round_s_bodies_and_places_are_known(vocab, text, present, absent):
    found = _found(text, vocab)
    assert present <= found
    assert not (absent & found)
