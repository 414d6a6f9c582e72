"""Fortieth round: what the helpers' rounds 37 to 39 saw and left, mended with general rules.
Every expected value was read off the fixtures' lines."""

from __future__ import annotations

from test_unseen_documents import meta

from atlas.extract_source import source_of
from atlas.vocab import load_vocabulary

DOF = "round38_dof_japan_philippines_joint_statement.txt"


def test_a_site_s_section_under_the_publisher_is_no_second_publisher():
    # "Department of Finance" / "Republic of the Philippines" / "" / "News & Updates" over the title
    assert meta(DOF)["source"] == "Department of Finance"
    vocab = load_vocabulary()
    assert source_of(["Department of Finance", "Home > News"], vocab)[0] == "Department of Finance"
    # a line alone, or one naming a body, is still the source
    assert source_of(["News & Updates"], vocab)[0] == "News & Updates"
    assert source_of(["Department of Finance", "Bureau of the Treasury"], vocab)[0] == \
        "Department of Finance / Bureau of the Treasury"
