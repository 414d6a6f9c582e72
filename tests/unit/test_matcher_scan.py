"""atlas.matching.Matcher: names found as whole words. The pattern starts with the names and the
word boundary before a name is asked of each match found (a faster scan); the hits must be
those the boundary in the pattern gave: a name glued to a word before it is none, and a name
starting inside such a passed-over match is still found."""

import re

import pytest

from atlas.matching import Matcher, trie_pattern

FORMS = {"Asian Development Bank": ("organisations", "adb"), "Bank": ("organisations", "bank"),
         "JICA": ("organisations", "jica"), "US": ("countries", "US"), "Japan": ("countries", "JP"),
         "ASEAN": ("regions", "asean"), "Development": ("topics", "development")}


def _reference(forms: dict, text: str) -> list[tuple[int, int]]:
    """The spans the pattern with its look-behind gives: the plain regex, as it was written."""
    regex = re.compile(rf"(?<!\w)(?:{trie_pattern(forms)})(?![\w$])")
    return [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("text", [
    "JICA and the Asian Development Bank signed in Japan.",
    "xAsian Development Bank",  # glued before: the long name is none, its "Development" and "Bank" are
    "NonJICA JICA",  # the first glued, the second whole
    "US$3 million from the US",  # a currency is no country
    "ASEAN-Japan, ASEANJapan, _ASEAN, 3ASEAN, ÉJapan, Japan",
    "Bank", "", "BankBank Bank",
])
def test_hits_are_those_of_the_word_boundary_in_the_pattern(text):
    matcher = Matcher(FORMS)
    assert [(h.start, h.end) for h in matcher.finditer(text)] == _reference(FORMS, text)


def test_a_name_inside_a_glued_longer_one_is_found():
    hits = Matcher(FORMS).finditer("xAsian Development Bank")
    assert [h.text for h in hits] == ["Development", "Bank"]
    assert [h.text for h in Matcher(FORMS).finditer("NonJICA JICA ÉJapan Japan")] == ["JICA", "Japan"]
