"""Accessibility: axe-core (npm, pinned in package-lock.json) injected into the real pages, and
the keyboard paths a person without a mouse takes through the map and the country x topic table."""

from __future__ import annotations

import pytest

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '')),
  }));
}"""

SEVERE = {"serious", "critical"}


def axe_violations(reader, axe_source: str) -> list[dict]:
    reader.page.add_script_tag(content=axe_source)
    return reader.page.evaluate(AXE_RUN)


def page_url(name: str, docs, pages) -> str:
    return {
        "home": lambda: "",
        "document": lambda: docs["001"].url,
        "country": lambda: pages.country("Malaysia"),
        "glossary": lambda: pages.glossary(),
    }[name]()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["home", "document", "country", "glossary"])
def test_no_serious_or_critical_axe_violations(new_page, axe_source, docs, pages, name, scheme):
    url = page_url(name, docs, pages)
    reader = new_page(color_scheme=scheme)
    reader.open(url)
    violations = axe_violations(reader, axe_source)
    severe = [v for v in violations if v["impact"] in SEVERE]
    report = "\n".join(f"{v['impact']}: {v['id']} ({v['help']})\n    " + "\n    ".join(v["nodes"]) for v in severe)
    assert not severe, f"axe-core on /{url} ({scheme}):\n{report}"
    reader.assert_clean()


def tab_until(reader, selector: str, limit: int = 40) -> str:
    """Press Tab until the focus is inside `selector`; returns the focused element's outerHTML."""
    inside = f"() => !!document.activeElement && !!document.activeElement.closest({selector!r})"
    for _ in range(limit):
        reader.page.keyboard.press("Tab")
        if reader.page.evaluate(inside):
            return reader.page.evaluate("() => document.activeElement.outerHTML")
    pytest.fail(f"{limit} presses of Tab never reached {selector}")


def test_map_has_a_text_alternative_and_works_by_keyboard(reader, pages):
    reader.open(pages.map())
    svg = reader.page.locator("article svg.atlas-map").first
    name = svg.evaluate(
        "e => e.getAttribute('aria-label') || (document.getElementById(e.getAttribute('aria-labelledby') || '') || {}).textContent || ''"
    )
    assert name.strip(), "the map has no accessible name"
    links = svg.locator("a")
    assert links.count() >= 5, "the map links fewer countries than the seeds name"
    for i in range(links.count()):
        assert (links.nth(i).get_attribute("aria-label") or "").strip(), links.nth(i).evaluate("e => e.outerHTML")
    # From the page heading, Tab reaches a country on the map and Enter opens its page.
    reader.page.locator("article h1").first.click()
    focused = tab_until(reader, "svg.atlas-map")
    assert "href" in focused
    reader.page.keyboard.press("Enter")
    reader.page.wait_for_url("**/countries/*/")
    assert reader.page.locator("article h1").first.inner_text().strip()
    reader.assert_clean()


def test_country_topic_table_works_by_keyboard(reader, pages):
    reader.open(pages.country_topic_table())
    heading = reader.page.locator("article h2", has_text="×").first
    table = heading.locator("xpath=following::table[1]")
    assert table.locator("thead th").count() >= 2, "the table has no header cells naming its columns"
    # From the heading, Tab walks into the table and on to a count; Enter opens its page.
    heading.click()
    for _ in range(60):
        tab_until(reader, "article table")
        if reader.page.evaluate("() => /^\\d+$/.test(document.activeElement.textContent.trim()) && !!document.activeElement.closest('tbody')"):
            break
    else:
        pytest.fail("Tab never reached a count in the table")
    href = reader.page.evaluate("() => document.activeElement.href")
    reader.page.keyboard.press("Enter")
    reader.page.wait_for_url(href)
    assert "×" in reader.page.locator("article h1").first.inner_text()
    reader.assert_clean()
