"""Reading and moving around the site as a person does: clicks, keys, a phone-sized window.

Each scenario ends with `reader.assert_clean()`: no console error, no failed request and no
request to any host but 127.0.0.1 happened while it ran.
"""

from __future__ import annotations

import re


def sentences_with(text: str, word: str) -> list[str]:
    """The seed's sentences that contain `word` (whitespace collapsed)."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(paragraph.split())):
            if word in sentence:
                out.append(sentence)
    return out


def test_country_chip_opens_the_country_page_listing_the_document(reader, docs):
    interview = docs["002"]
    reader.open(interview.url)
    # The article names Malaysia only as "Malaysian": its metadata must still carry Malaysia.
    chip = reader.page.locator("article a[href*='countries/']", has_text=re.compile(r"^\s*Malaysia\b"))
    chip.first.click()
    reader.page.wait_for_url(re.compile(r"/countries/[^/]+/$"))
    assert "Malaysia" in reader.page.locator("article h1").first.inner_text()
    listed = reader.page.locator(f"article a[href$='{interview.url}'], article a[href*='{interview.url}#']")
    assert listed.count() >= 1, "the country page does not link the interview article"
    text = reader.text()
    mentions = sentences_with(interview.seed_text, "Malaysian")
    assert any(sentence in text for sentence in mentions), (mentions, text[:2000])
    reader.assert_clean()


NOTE_14 = "Making people’s lives more convenient and enriching them"  # seed 001, notes list


def test_footnote_reference_jumps_to_its_note_and_back(reader, docs):
    page = reader.page
    reader.open(docs["001"].url)
    note = page.locator("article .footnote li", has_text=NOTE_14)
    note_id = note.get_attribute("id")
    # Material's instant navigation makes every link absolute: match on the fragment.
    ref = page.locator(f"article a.footnote-ref[href$='#{note_id}']").first
    # The marker stands where the seed glued it: after "Digital transformation (DX)".
    paragraph = ref.locator("xpath=ancestor::p[1]")
    assert "Digital transformation (DX)" in paragraph.inner_text()
    assert not reader.in_viewport(note)
    ref.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=note_id)
    assert reader.in_viewport(note)
    back = note.locator("a.footnote-backref").first
    ref_id = back.get_attribute("href").split("#", 1)[1]
    back.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=ref_id)
    assert reader.in_viewport(page.locator(f"[id='{ref_id}']"))
    reader.assert_clean()


def test_palette_toggle_switches_to_dark_and_keeps_it_after_navigation(reader, docs):
    page = reader.page
    reader.open()
    assert reader.scheme() == "default"
    page.locator("form[data-md-component='palette'] label:visible").click()
    assert reader.scheme() == "slate"
    # A click on a link (instant navigation) and a fresh page load both keep the choice.
    page.locator(f"article a[href$='{docs['002'].url}']").first.click()
    page.wait_for_url(re.compile(re.escape(docs["002"].url) + "$"))
    assert reader.scheme() == "slate"
    reader.open("about/")
    assert reader.scheme() == "slate"
    page.locator("form[data-md-component='palette'] label:visible").click()
    assert reader.scheme() == "default"
    reader.assert_clean()


def test_phone_navigation_drawer_reaches_the_countries_page(mobile_reader):
    page = mobile_reader.page
    mobile_reader.open()
    drawer = page.locator("nav.md-nav--primary")
    on_screen = "e => { const r = e.getBoundingClientRect(); return r.right > 0 && r.left >= 0; }"
    assert not drawer.evaluate(on_screen), "the drawer is open before the menu button is pressed"
    page.locator("label.md-header__button[for='__drawer']").click()
    page.wait_for_function(f"() => ({on_screen})(document.querySelector('nav.md-nav--primary'))")
    countries = drawer.locator(".md-nav__item", has_text=re.compile(r"^\s*Countries")).first
    countries.wait_for(state="visible")
    entry = countries.locator("> a, > label, > div > a").first
    if entry.evaluate("e => e.tagName") == "LABEL":  # a section: open it, then its overview page
        entry.click()
        entry = countries.locator("nav a[href$='countries/']").first
    entry.click()
    page.wait_for_url(re.compile(r"/countries/$"))
    assert "Countries" in page.locator("article h1").first.inner_text()
    mobile_reader.assert_clean()


def test_missing_address_shows_the_404_page(reader):
    url = reader.base + "no-such-document/"
    reader.allow_missing(url)
    response = reader.page.goto(url)
    assert response.status == 404
    assert "404" in reader.page.locator("article h1").first.inner_text()
    # The page is the site's own, styled and with its navigation (its assets all loaded).
    assert reader.page.locator("header .md-header__topic").first.is_visible()
    assert reader.page.locator("link[rel=stylesheet]").count() >= 1
    reader.assert_clean()
