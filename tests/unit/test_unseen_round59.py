"""Round 59: defects left by earlier rounds (a fact sheet's label/value table read with its first
row as a header, a chapter titled by its bare section number, an annual report's year as its only
date, officials named with their role), then five new page shapes."""

from __future__ import annotations

import re

from test_unseen_documents import cleaned, html, meta, texts

from atlas.clean import clean_text

PARAGUAY = "round55_jica_paraguay_country_sheet.txt"
AUDA = "round58_auda_nepad_fact_sheet_kaizen_africa.txt"
EGYPT = "round55_egypt_moic_japan_partner_profile.txt"
SPREP = "round58_sprep_annual_report_jprism_chapter.txt"


def table_heads(body: str) -> list[list[str]]:
    """Each table's header cells, as the page shows them."""
    return [re.findall(r"<th[^>]*>(.*?)</th>", head) for head in re.findall(r"<thead>(.*?)</thead>", html(body), re.S)]


# --- A1. a label/value table has no header row -------------------------------------------------------

def test_a_label_value_table_with_no_header_row_keeps_its_first_row_a_row():
    # "2. Basic Data" / "Population<tab>6.9 million (2024)" / "GNI per capita<tab>US$ 6,150 ..." /
    # "Capital<tab>Asuncion": the first row is a label and its value, not the columns' names
    page = html(cleaned(PARAGUAY).body)
    assert "<td>Population</td>\n<td>6.9 million (2024)</td>" in page
    assert "<th>Population</th>" not in page
    # "Key figures" / "Countries with national kaizen institutes<tab>12" / "Certified kaizen trainers<tab>1,450"
    page = html(cleaned(AUDA).body)
    assert "<td>Countries with national kaizen institutes</td>" in page
    assert table_heads(cleaned(AUDA).body) == [["", ""]]


def test_a_table_whose_first_row_names_its_columns_keeps_its_header():
    # "Item<tab>FY2024<tab>Cumulative (to FY2024)" over "Technical Cooperation (JICA expenditure) ..."
    assert table_heads(cleaned(PARAGUAY).body)[0] == ["Item", "FY2024", "Cumulative (to FY2024)"]
    # "Indicator                                        Value": two columns named, no figure
    assert ["Indicator", "Value"] in table_heads(cleaned(EGYPT).body)
    # a label over a year, a unit in brackets: a header's cells, not a row's
    c = clean_text("Aid by sector\n\nSector\t2023\nHealth\t18\nAgriculture\t25\n\n"
                   "Ministry\tBudget (100 million yen)\nMOFA\t4,432\nMOF\t772\n")
    assert table_heads(c.body) == [["Sector", "2023"], ["Ministry", "Budget (100 million yen)"]]
