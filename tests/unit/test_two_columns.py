"""Two columns of prose side by side, as a PDF's page copied with its layout sets them: read as
the page is read, the left column down and then the right one, never as a table of half-lines."""

from __future__ import annotations

from pathlib import Path

from site_markdown import render_html

from atlas.clean import canonical_text, clean_text, parse
from atlas.clean_blocks import columns_apart, to_line

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "unseen" / "m75_annual_report_two_columns.txt"

TWO_COLUMNS = """\
Japan's cooperation with Cambodia has         The second phase of the project, which
moved from rebuilding roads and bridges       began in April 2023, trains 240
after the civil war to helping the country    engineers of the Ministry of Public
build the institutions of a middle-income     Works and Transport in the upkeep of
economy.                                      national roads."""


def lines(text: str):
    return [to_line(raw) for raw in text.split("\n")]


def column_texts(text: str) -> list[str]:
    return [" ".join(ln.text for ln in part) for part in columns_apart(lines(text))]


def test_each_column_is_read_down_the_left_one_first():
    assert column_texts(TWO_COLUMNS) == [
        "Japan's cooperation with Cambodia has moved from rebuilding roads and bridges after the civil "
        "war to helping the country build the institutions of a middle-income economy.",
        "The second phase of the project, which began in April 2023, trains 240 engineers of the "
        "Ministry of Public Works and Transport in the upkeep of national roads."]


def test_a_side_left_empty_ends_that_column_s_paragraph():
    text = TWO_COLUMNS + "\n" + " " * 46 + "Experts from Japan work\n" \
        "In Laos, JICA supports the Vientiane          beside them in Phnom Penh.\n" \
        "bus rapid transit system and the\n" \
        "training of electricity engineers."
    parts = column_texts(text)
    assert parts[0].endswith("middle-income economy.")
    assert parts[1] == "In Laos, JICA supports the Vientiane bus rapid transit system and the training of " \
                       "electricity engineers."
    assert parts[2].endswith("national roads. Experts from Japan work beside them in Phnom Penh.")
    assert len(parts) == 3


def test_tables_and_sentences_two_spaces_apart_are_no_columns():
    table = ("Project name                      Outline\n"
             "Sihanoukville Port Expansion      Doubling the container capacity of the port by 2029\n"
             "Phnom Penh Water Supply           Extending piped water to 400,000 more residents\n"
             "National Road No. 5               Rebuilding 135 km of road between Battambang and Sisophon")
    figures = "Country      Trainees\nCambodia     1,240\nLaos         980\nMyanmar      1,510"
    prose = ("Japan opened a data centre in Vientiane.  It will host the government cloud and\n"
             "the data of four ministries.  Officials said it cost $40 million to build and\n"
             "that it would open in May.  The building was designed by a Japanese firm.")
    for text in (table, figures, prose):
        assert columns_apart(lines(text)) == [lines(text)], text
    # a left column that does not run on from line to line: cells of a table, each whole
    rows = "\n".join(f"{left:<38}{right}" for left, right in [
        ("Rebuilding the national road network", "Completed in 2021 with Japanese grants"),
        ("Training engineers for road upkeep", "Started in April 2023 in Phnom Penh"),
        ("Expanding the deep-sea port terminal", "Due in 2029 under a yen loan agreement")])
    assert columns_apart(lines(rows)) == [lines(rows)]


def test_a_report_page_in_two_columns_reads_as_paragraphs_in_the_page_s_order():
    cleaned = clean_text(FIXTURE.read_text(encoding="utf-8"))
    texts = [p.text for p in cleaned.paragraphs]
    assert texts[0] == "Building the Institutions of a Middle-Income Cambodia"  # (its heading)
    assert texts[1:5] == [
        "Japan's cooperation with Cambodia has moved from rebuilding roads and bridges after the civil war to "
        "helping the country build the institutions of a middle-income economy. Since 1992, JICA has extended "
        "more than 300 billion yen in loans and grants to Cambodia.",
        "The Sihanoukville Autonomous Port, built with a yen loan, is the country's only deep-sea port. Its new "
        "container terminal, due in 2029, will double its capacity and lower the cost of exporting garments, "
        "rice and bicycles.",
        "The second phase of the project, which began in April 2023, trains 240 engineers of the Ministry of "
        "Public Works and Transport in the upkeep of national roads. Japanese experts work beside their "
        "Cambodian counterparts in Phnom Penh and in four provinces.",
        "\"Maintenance is what keeps a road open in the rainy season,\" said Sok Chanthy, a road engineer who "
        "joined the first course in 2019."]
    page = render_html(cleaned.body)
    assert page.count("<table>") == 1  # the table of figures below the columns is still one
    assert "<td>ODA loans</td>" in page and "moved from rebuilding roads</td>" not in page


def test_columns_read_apart_read_the_same_on_a_second_pass():
    text = FIXTURE.read_text(encoding="utf-8")
    first = clean_text(text)
    again = clean_text(canonical_text(parse(text)))
    assert [p.text for p in again.paragraphs] == [p.text for p in first.paragraphs]


def test_a_line_indented_in_either_column_opens_a_paragraph_of_that_column():
    text = ("   Japan's cooperation with Cambodia has         The second phase of the project, which\n"
            "moved from rebuilding roads and bridges       began in April 2023, trains 240\n"
            "after the civil war.                          engineers of the ministry.\n"
            "   In Laos, JICA supports the Vientiane           Japanese experts work beside their\n"
            "bus rapid transit system and the              Cambodian counterparts in Phnom Penh\n"
            "training of electricity engineers.            and in four provinces.")
    assert column_texts(text) == [
        "Japan's cooperation with Cambodia has moved from rebuilding roads and bridges after the civil war.",
        "In Laos, JICA supports the Vientiane bus rapid transit system and the training of electricity engineers.",
        "The second phase of the project, which began in April 2023, trains 240 engineers of the ministry.",
        "Japanese experts work beside their Cambodian counterparts in Phnom Penh and in four provinces."]
