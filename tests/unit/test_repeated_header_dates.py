"""A news page repeats its date lines under the text ("Published at : June 8, 2026" / "Updated at :
June 8, 2026 07:45"), as it printed them over it: furniture there, the dates read once from the
header. A page written here in The Kathmandu Post's shape, and that outlet's fixture."""

from __future__ import annotations

from test_unseen_documents import cleaned

from atlas.clean import clean_text

STORY = """Japan to fund a tunnel's second phase with a soft loan

Prithvi Man Shrestha
Published at : June 8, 2026
Updated at : June 8, 2026 07:45

The government of Japan has agreed to provide a soft loan of 19.8 billion yen to finance the second phase of the tunnel project.

Officials said construction is expected to start by mid-2027 after the selection of contractors.

{foot}
"""


def test_the_header_s_dates_repeated_under_the_text_are_furniture():
    c = clean_text(STORY.format(foot="Published at : June 8, 2026\nUpdated at : June 8, 2026 07:45"))
    assert c.dateline == "Published at : June 8, 2026"
    assert "Published at" not in c.body and "Updated at" not in c.body
    assert c.paragraphs[-1].text.startswith("Officials said construction")
    assert {"Published at : June 8, 2026", "Updated at : June 8, 2026 07:45"} <= set(c.removed)


def test_another_date_under_the_text_stays():
    # a correction's date is no repeat of the header's: the author's line, kept
    c = clean_text(STORY.format(foot="Updated at : June 9, 2026 10:15"))
    assert "Updated at : June 9, 2026 10:15" in c.body


def test_the_outlet_s_page():
    c = cleaned("round55_kathmandu_post_jica_tunnel_nepal.txt")
    assert c.dateline == "Published at : June 8, 2026" and "Published at" not in c.body
