"""Thirty-eighth round: mends for what earlier rounds left wrong (a news desk's credit kept as a
caption, a minister whose portfolio holds a word the vocabulary does not list, a note under a rule
line left unlinked, a statement's date over its place run into one line, a related headline taken
for the document's kind), with two documents of other publishers (a Tempo English story, a
Philippine Department of Finance joint statement) in tests/fixtures/unseen/round38_*.txt. Every
expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_spans import find_people

CNA = "round36_cna_japan_malaysia_data_centre.txt"
AEM = "round36_aem_meti_joint_media_statement.txt"
JP = "round33_jakarta_post_mrt_loan.txt"
TEMPO = "round38_tempo_japan_fisheries_port.txt"
DOF = "round38_dof_japan_philippines_joint_statement.txt"


# --- 1. a news desk's credit closing the story ---------------------------------------------------

def test_a_desk_credit_closing_a_story_is_its_provenance_not_a_caption():
    # "Source: CNA/ay(rn)" (the story's last line, over "Related Topics")
    m, c = meta(CNA), cleaned(CNA)
    assert "Source: CNA/ay(rn)" in c.source_lines
    assert "ay(rn)" not in c.body and "atlas-caption-label" not in c.body
    assert m["source"] == "Channel NewsAsia"
    # "(Antara/mr)" (over "Related News"): bracketed, no label; the outlet is the source
    t = cleaned(TEMPO)
    assert "(Antara/mr)" in t.source_lines and "Antara/mr" not in t.body
    assert meta(TEMPO)["source"] == "Antara News Agency"


def test_a_desk_credit_s_initials_name_no_publisher():
    # the outlet before the initials is the source; "ay" is nobody's name
    assert "ay" not in meta(CNA)["source"]


def test_a_chart_s_source_line_stays_a_caption_and_a_bare_pair_of_words_stays_text():
    # "Source: PT MRT Jakarta" under the "Key figures" table: the table's source, still its caption
    c = cleaned(JP)
    assert '<span class="atlas-caption-label">Source: PT MRT Jakarta</span>' in c.body
    assert "Source: PT MRT Jakarta" not in c.source_lines
    # a last line of two words apart by a slash, with no label, no brackets and no known outlet:
    # the author's, kept
    c = clean_text("Networks for all\n\nThe course taught the basics of the internet protocols.\n\nTCP/ip\n")
    assert "TCP/ip" in c.body and "TCP/ip" not in c.source_lines


# --- 1b. a minister whose portfolio holds a word the vocabulary does not list ---------------------

def test_a_minister_s_portfolio_with_an_unlisted_qualifier_still_ends_before_the_name():
    # "... and Japan's Minister for Internal Affairs and Communications Seiji Murakami, who is on ..."
    assert {"name": "Seiji Murakami", "role": "Minister for Internal Affairs and Communications"} in meta(CNA)["people"]
    # "... Japan's Minister of Agriculture, Forestry and Fisheries Koizumi Shinjiro, who said ..."
    people = meta(TEMPO)["people"]
    assert {"name": "Koizumi Shinjiro", "role": "Minister of Agriculture, Forestry and Fisheries"} in people
    # "Indonesia's Minister of Maritime Affairs and Fisheries Sakti Wahyu Trenggono"
    assert {"name": "Sakti Wahyu Trenggono", "role": "Minister of Maritime Affairs and Fisheries"} in people


def test_an_unlisted_word_before_the_name_is_not_taken_for_the_portfolio():
    # the word after an unlisted one must be a portfolio word: a name of two words stays a name
    people = find_people("Minister of Finance Sri Mulyani Indrawati said the loan was signed.")
    assert {"name": "Sri Mulyani Indrawati", "role": "Minister of Finance"} in people
    people = find_people("Minister for Home Affairs Amit Shah met the delegation.")
    assert {"name": "Amit Shah", "role": "Minister for Home Affairs"} in people


# --- 2. a statement's notes under a rule line, and its date over its place ------------------------

def test_a_note_under_a_rule_line_is_the_footnote_its_marker_points_to():
    # "... including the JETRO survey1 showing that 55.8 per cent ..." / "__________________" /
    # "1 JETRO, "2024 Survey on Business Conditions of Japanese Companies Overseas ..."
    c = cleaned(AEM)
    assert "survey[^1] showing" in c.body
    assert '[^1]: 1 JETRO, "2024 Survey on Business Conditions' in c.body.replace("&quot;", '"')
    assert "__________________" in c.removed


def test_notes_under_a_rule_in_blocks_of_their_own_follow_their_markers_before_a_stop_or_comma():
    # "... the Metro Manila Subway Project1, whose ..."; "... the highest on record2." / "----" /
    # "1 The Metro Manila Subway Project is co-financed ..." / "2 Based on JICA disbursement data ..."
    c = cleaned(DOF)
    assert "Subway Project[^1], whose" in c.body and "on record[^2]." in c.body
    assert "[^1]: 1 The Metro Manila Subway Project is co-financed" in c.body
    assert "[^2]: 2 Based on JICA disbursement data" in c.body


def test_a_numbered_line_under_a_rule_that_is_no_note_stays_text():
    # figures not counting from 1 are no notes list: the lines stay text, the markers the author's
    c = clean_text("Rail plan\n\nThe line opens in 2028 with 15 stations in the first phase of works.\n\n"
                   "----------\n3 stations open in 2029.\n")
    assert "[^" not in c.body and "3 stations open in 2029." in c.body


def test_a_statement_s_date_over_its_place_is_a_line_each_the_date_marked():
    # "25 September 2025" / "Kuala Lumpur, Malaysia" (under the statement's title)
    c = cleaned(AEM)
    assert "25 September 2025 Kuala Lumpur" not in c.body
    assert "25 September 2025\n{ #p-1 .atlas-dateline }" in c.body
    assert "Kuala Lumpur, Malaysia" in texts(AEM)
    # "14 February 2025" / "Pasay City, Philippines" (closing the statement, over its notes)
    d = cleaned(DOF)
    assert "14 February 2025" in texts(DOF) and "Pasay City, Philippines" in texts(DOF)
    assert meta(DOF)["date"] == "2025-02-14"


def test_two_lines_of_a_sentence_opening_with_a_date_stay_one_paragraph():
    # a date opening a wrapped sentence is no dateline over a place
    c = clean_text("Loan signed\n\nThe ministry said the loan was signed last week in Manila.\n\n"
                   "25 September 2025 saw the first disbursement of the loan to\nthe Philippines.\n")
    assert "25 September 2025 saw the first disbursement of the loan to the Philippines." in c.body


# --- 3. a related headline is not the document's kind ---------------------------------------------

def test_a_related_headline_labelled_editorial_does_not_make_the_story_an_opinion():
    # "Related Articles" / ... / "Editorial: Watch the debt, not just the trains"
    assert meta(JP)["type"] == "news"
    assert "Editorial: Watch the debt, not just the trains" in cleaned(JP).related
    # "Related News" / "Opinion: Blue economy needs more than new ports" (closing the page)
    assert meta(TEMPO)["type"] == "news"
    assert "Opinion: Blue economy needs more than new ports" in cleaned(TEMPO).related


def test_an_opinion_piece_with_related_links_is_still_an_opinion():
    # round12's "Commentary" over its headline is the kind of the text, whatever follows it
    assert meta("round12_thinktank_osa_commentary.txt")["type"] == "opinion"


def test_a_link_to_the_document_s_own_attachment_is_no_other_page_s_headline():
    # "Related Links" / "PALM10 Leaders' Declaration (PDF)": the declaration the meeting adopted,
    # a file of this page, still a cue of its kind (a policy announcement); the other links are not
    palm = "round16_palm10_pacific_overview.txt"
    c = cleaned(palm)
    assert "PALM10 Leaders' Declaration (PDF)" not in c.related and "Back to Oceania" in c.related
    assert "PALM10 Leaders' Declaration (PDF)" in c.removed
    assert meta(palm)["type"] == "policy-announcement"
