"""How long lists are cut into pages (atlas.index_pages.chunks): a short first page, later pages
that end at documents chosen by their own identity, so one edit changes one page of a list."""

from __future__ import annotations

from atlas.index_pages import PAGE_SIZE, chunks


def names(n: int, prefix: str = "seeds/doc-") -> list[str]:
    return [f"{prefix}{i:05d}.txt" for i in range(n)]


def same(x: str) -> str:
    return x


def test_a_short_list_is_one_page():
    items = names(PAGE_SIZE // 2)
    assert chunks(items, same) == [items]
    assert chunks([], same) == [[]]


def test_a_long_list_has_a_short_first_page_then_pages_of_half_to_twice_the_size():
    items = names(5000)
    pages = chunks(items, same)
    assert [x for page in pages for x in page] == items  # every item once, in order
    assert len(pages[0]) == PAGE_SIZE // 5
    later = [len(p) for p in pages[1:]]
    assert all(PAGE_SIZE // 2 <= n <= 2 * PAGE_SIZE for n in later[:-1]), later
    assert later[-1] >= PAGE_SIZE // 4  # a short tail joins the page before it
    assert 0.7 * PAGE_SIZE <= sum(later) / len(later) <= 1.4 * PAGE_SIZE  # PAGE_SIZE on average
    assert chunks(list(items), same) == pages  # the same list, the same pages


def _changed(before: list[list[str]], after: list[list[str]]) -> list[int]:
    return [n for n in range(max(len(before), len(after)))
            if n >= len(before) or n >= len(after) or before[n] != after[n]]


def test_adding_a_document_changes_the_page_that_holds_it_and_no_later_one():
    items = names(3000)
    before = chunks(items, same)
    changes = []
    for at in range(PAGE_SIZE // 5, len(items), 97):
        after = chunks(items[:at] + ["seeds/new-one.txt"] + items[at:], same)
        changes.append(_changed(before, after))
    # Fixed-size pages would change every page from the insertion on (15 on average here). Here
    # mostly the page that holds it; sometimes the next one too, when the insertion moves a cut
    # that length forced or lets an anchor near a page's start end that page.
    assert sum(len(c) == 1 for c in changes) >= 0.8 * len(changes), changes
    assert sum(len(c) for c in changes) / len(changes) <= 1.5, changes
    assert all(1 <= len(c) <= 4 for c in changes), changes


def test_removing_a_document_changes_few_pages():
    items = names(3000)
    before = chunks(items, same)
    counts = [len(_changed(before, chunks(items[:at] + items[at + 1:], same)))
              for at in range(PAGE_SIZE // 5, len(items), 89)]
    # Removing one can leave a page too short, which then runs on to the next anchor: a page or two.
    assert sorted(counts)[len(counts) // 2] == 1, counts
    assert max(counts) < len(before) // 2, counts


def test_pages_depend_on_the_documents_not_on_the_list_s_length_before_them():
    items = names(2000)
    older = names(2000, "seeds/old-")
    with_newer = chunks(names(300, "seeds/new-") + items, same)
    plain = chunks(items, same)
    # The later pages of the plain list come back whole in the longer list (from the first
    # anchor on): a page's address keeps showing the same documents as newer ones arrive.
    found = {tuple(p) for p in with_newer}
    assert sum(tuple(p) in found for p in plain[1:]) >= 0.75 * (len(plain) - 1), (len(plain), len(with_newer))
    # Older documents added at the end change the last page (it may have taken a short tail) only.
    assert chunks(items + older, same)[:len(plain) - 2] == plain[:-2]
