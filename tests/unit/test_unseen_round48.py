"""Round 48: defects earlier rounds saw in their fixtures and left, mended with general rules."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract_spans import find_people

PROJECT = "round47_jica_project_outline_labels.txt"


def test_a_label_over_one_short_sentence_is_a_heading_beside_its_sibling_labels():
    # "Overall Goal" / "The cybersecurity of government information systems in Mongolia is strengthened."
    # (its siblings "Background", "Project Purpose", "Project Activities" stand over longer lines)
    body = cleaned(PROJECT).body
    assert "## Overall Goal {" in body
    assert "The cybersecurity of government information systems in Mongolia is strengthened." in texts(PROJECT)


def test_a_label_over_one_sentence_without_sibling_labels_stays_its_first_words():
    # round 22's "Article 5" over its sentence, alone in its text: no heading
    text = "Japan Signs a Treaty\n\nArticle 5\nThe parties will meet once a year.\n\nJapan will help.\n"
    assert "## Article 5" not in clean_text(text).body
    # one sibling label only (over a long line) does not make a page of labels either
    long = "Japan will help the partner country train its engineers over five years, " * 2
    text = f"Japan Signs a Treaty\n\nBackground\n{long}\n\nOverall Goal\nThe parties will meet once a year.\n"
    assert "## Overall Goal" not in clean_text(text).body


BLOG = "round47_blog_name_over_headline.txt"


def test_a_byline_listing_its_writers_with_commas_only_names_them_all():
    # "By Sakura Watanabe, Hasan Mahmud"
    writers = [p["name"] for p in meta(BLOG)["people"] if p["role"] == "Author"]
    assert writers == ["Sakura Watanabe", "Hasan Mahmud"]
    found = find_people("By Sakura Watanabe, Hasan Mahmud and Aiko Tanaka")
    assert [p["name"] for p in found] == ["Sakura Watanabe", "Hasan Mahmud", "Aiko Tanaka"]


def test_a_writer_s_post_or_outlet_after_the_comma_is_no_second_writer():
    # round6_news_photos.txt line 5: "By Somsack Vongsay, Vientiane Times"
    assert [p["name"] for p in meta("round6_news_photos.txt")["people"] if p["role"] == "Author"] == ["Somsack Vongsay"]
    for byline in ("By Jane Doe, Research Fellow", "By Jane Doe, Guest Contributor", "By Jane Doe, Jakarta Globe",
                   "By Jane Doe, Policy Analyst"):
        assert [p["name"] for p in find_people(byline)] == ["Jane Doe"], byline
