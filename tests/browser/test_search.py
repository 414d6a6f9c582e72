"""Search as a reader uses it: type into the header's search box, read the result list.

Expected documents come from reading the seeds: the white-paper chapter (001) is the one about
cybersecurity (a `■ Cybersecurity` section, seven mentions); Malaysia is named only through the
demonym in the interview article (002, "a prominent Malaysian think tank"), so finding it by
"Malaysia" needs its country metadata in the page; Sojitz is named only in the 2020 news (000).
"""

from __future__ import annotations


def test_cybersecurity_lists_the_white_paper_chapter_first(reader, docs):
    reader.open()
    results = reader.search("cybersecurity")
    paths = [path for path, _ in results]
    assert docs["001"].url in paths, f"the white paper is not found: {results}"
    ahead = results[: paths.index(docs["001"].url)]
    assert not ahead, f"listed before the white-paper chapter: {ahead}"
    reader.assert_clean()


def test_malaysia_finds_the_interview_article(reader, docs):
    reader.open()
    results = reader.search("Malaysia")
    assert docs["002"].url in [path for path, _ in results], results
    reader.assert_clean()


def test_sojitz_finds_the_2020_news_article(reader, docs):
    reader.open()
    results = reader.search("Sojitz")
    assert docs["000"].url in [path for path, _ in results], results
    reader.assert_clean()
