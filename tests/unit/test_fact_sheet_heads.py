"""A ministry fact sheet's head, seed 003's shape ("title" / date line / publisher line), written the
ways other sheets write it: the date in brackets, "As of" it; the issuing unit for the publisher."""

from __future__ import annotations

import pytest

from atlas.clean import clean_text

SHEET = ("Japan's Cooperation to \"Initiative for ASEAN Integration (IAI)\"\n\nDATE\nPUBLISHER\n\n"
         "Overview: Japan has already been extending various bilateral assistance to the new member countries of "
         "ASEAN. Japan actively cooperates with ASEAN in their efforts to promote ASEAN Integration.\n\n"
         "1. Cooperation with the ASEAN Secretariat\n\nFollowing projects are carried out in cooperation with "
         "ASEAN Secretariat to assist CLMV countries.\n\n  1. ICT Cooperation to Cambodia, Laos, Myanmar and Vietnam\n"
         "  2. Attachment Programme at the ASEAN Secretariat for Junior Diplomats of CLMV\n\nBack to Index\n")


def _meta_of(text: str) -> dict:
    from atlas.extract import extract_metadata
    from atlas.model import Seed
    from atlas.vocab import load_vocabulary
    return extract_metadata(Seed(path="seeds/x.txt", raw=text.encode(), text=text), clean_text(text), load_vocabulary())


@pytest.mark.parametrize("date, publisher, want_date, want_source", [
    ("(As of March 2024)", "Ministry of Foreign Affairs of Japan", "2024-03", "Ministry of Foreign Affairs of Japan"),
    ("(March 2024)", "Ministry of Foreign Affairs of Japan", "2024-03", "Ministry of Foreign Affairs of Japan"),
    ("March 2024", "Economic Cooperation Bureau, Ministry of Foreign Affairs", "2024-03",
     "Economic Cooperation Bureau, Ministry of Foreign Affairs"),
    ("Updated: March 2024", "International Cooperation Bureau", "2024-03", "International Cooperation Bureau"),
    ("March 2024", "Mekong-Japan Cooperation Division", "2024-03", "Mekong-Japan Cooperation Division"),
])
def test_a_sheet_s_date_and_issuing_unit_under_its_title(date, publisher, want_date, want_source):
    text = SHEET.replace("DATE", date).replace("PUBLISHER", publisher)
    m, c = _meta_of(text), clean_text(text)
    assert (m["date"], m.get("source"), m["type"]) == (want_date, want_source, "fact-sheet")
    assert date not in c.body and publisher not in c.body
    assert not m.get("people")  # (a unit's name is no writer's)


def test_a_date_in_brackets_inside_the_text_stays_there():
    c = clean_text(SHEET.replace("DATE", "March 2024").replace("PUBLISHER", "Ministry of Foreign Affairs of Japan")
                   .replace("Back to Index", "The figures are provisional (as of March 2024) and will be revised."))
    assert "The figures are provisional (as of March 2024) and will be revised." in [p.text for p in c.paragraphs]
