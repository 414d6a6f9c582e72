"""Sums of money in the currencies of Africa, South Asia and the Pacific, as their newspapers write
them (currencies.yml): a short form before the figure ("Rwf14 billion", "GH₵2.5 million"), or the
currency named after it with its country's adjective where the bare word is another country's
("Pakistani rupees", "Kenyan shillings", "Egyptian pounds"). Sentences written here in those shapes."""

from __future__ import annotations

import pytest
from atlas_factory import ROOT, read_fixture

from atlas.extract_spans import checked_currencies, find_amounts


@pytest.mark.parametrize("text, found", [
    ("Japan will provide about Rwf14 billion (JPY 1.6 billion) to upgrade ICT training.",
     [("Rwf14 billion", "RWF", 14_000_000_000), ("JPY 1.6 billion", "JPY", 1_600_000_000)]),
    ("a grant of GH₵2.5 million for the clinic", [("GH₵2.5 million", "GHS", 2_500_000)]),
    ("FJ$3 million for schools", [("FJ$3 million", "FJD", 3_000_000)]),
    ("loans of 3 billion Pakistani rupees", [("3 billion Pakistani rupees", "PKR", 3_000_000_000)]),
    ("grants of 2.4 billion Nepalese rupees", [("2.4 billion Nepalese rupees", "NPR", 2_400_000_000)]),
    ("a budget of 12 billion Kenyan shillings", [("12 billion Kenyan shillings", "KES", 12_000_000_000)]),
    # the country's adjective wins over the bare word's currency ("pounds" alone are sterling)
    ("fees of 40 million Egyptian pounds", [("40 million Egyptian pounds", "EGP", 40_000_000)]),
    ("The cost rose to 1.2 billion rand.", [("1.2 billion rand", "ZAR", 1_200_000_000)]),
    # a currency's word with no figure before it is no sum
    ("the rand fell against the dollar; a Rand Corporation study", []),
])
def test_sums_in_the_currencies_of_the_global_south(text, found):
    assert [(a["text"], a["currency"], a["value"]) for a in find_amounts(text)] == found


# A short form several countries' currencies share (currencies.yml `shared_symbols`): the currency of
# the document's country that uses it, the most told about first.
@pytest.mark.parametrize("countries, found", [
    (["KE", "JP"], [("Sh50 billion", "KES"), ("Rs 2,000 crore", "INR")]),
    (["JP", "TZ", "KE"], [("Sh50 billion", "TZS"), ("Rs 2,000 crore", "INR")]),
    (["UG"], [("Sh50 billion", "UGX"), ("Rs 2,000 crore", "INR")]),
    (["LK", "IN"], [("Rs 2,000 crore", "LKR")]),  # (no shilling's country: "Sh50 billion" is no sum)
    (["PK"], [("Rs 2,000 crore", "PKR")]),
    ([], [("Rs 2,000 crore", "INR")]),  # "Rs" alone as `symbols` reads it: India's
])
def test_a_short_form_countries_share_is_the_documents_country_s(countries, found):
    text = "Japan agreed a Sh50 billion loan. The state adds Rs 2,000 crore for roads."
    assert [(a["text"], a["currency"]) for a in find_amounts(text, countries=countries)] == found


def test_a_kenyan_daily_s_shillings_are_kenya_s():
    # (before: "Sh50 billion" was no sum: the short form is three countries')
    meta, _ = read_fixture(ROOT / "tests" / "fixtures" / "unseen" / "m76_kenya_daily_byline_job_email.txt")
    assert {"text": "Sh50 billion", "currency": "KES", "value": 50_000_000_000} in meta["amounts"]


@pytest.mark.parametrize("data, message", [
    ({"codes": ["KES"], "shared_symbols": {"Sh": {"KE": "XXX"}}}, "shared_symbols"),
    ({"codes": ["KES"], "shared_symbols": {"Sh": {"Kenya": "KES"}}}, "shared_symbols"),
    ({"codes": ["KES"], "shared_symbols": {"Sh": "KES"}}, "shared_symbols"),
])
def test_a_shared_symbol_must_map_countries_to_known_codes(data, message):
    with pytest.raises(ValueError, match=message):
        checked_currencies(data)
