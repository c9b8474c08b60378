"""The HTML front end's shortcuts against the whole walks they replace, on random trees:
the common ancestor found by climbing from each element only until the path is met,
a related box found by climbing no more than `_META_BOX_LEVELS`, and the running-text
totals counted over the page's tree of block paths (`container.Tree`) rather than
over a tree walked again for the subset."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html import container, frontend
from cleaner.html.frontend import _META_BOX_LEVELS, _RELATED_BOX, read_page

from .test_htmlselect import _html


def _page(trees: list[str]) -> frontend.HtmlPage:
    page = read_page("<html><body>" + "".join(trees) + "</body></html>", max_depth=200)
    assert page is not None
    return page


def _old_common_ancestor(elements: list[Any]) -> Any:
    path = list(reversed([elements[0], *elements[0].iterancestors()]))
    for el in elements[1:]:
        anc = {el, *el.iterancestors()}
        while path and path[-1] not in anc:
            path.pop()
    return path[-1] if path else None


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_common_ancestor_is_the_whole_walks(trees: list[str], rnd: random.Random) -> None:
    page = _page(trees)
    els = [el for el in page.root.iter() if isinstance(el.tag, str)]
    for _ in range(5):
        picked = rnd.sample(els, rnd.randint(1, min(6, len(els))))
        assert frontend._common_ancestor(picked) is _old_common_ancestor(picked)


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4))
def test_related_box_climbs_as_far_as_the_whole_list_was_read(trees: list[str]) -> None:
    page = _page([t.replace('class="a"', 'class="related-a"') for t in trees])
    for el in page.root.iter():
        if not isinstance(el.tag, str):
            continue
        want = next((e for level, e in enumerate((el, *el.iterancestors()))
                     if level <= _META_BOX_LEVELS and _RELATED_BOX.search(e.get("class") or "")), None)
        assert frontend._related_box(el) is want


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_totals_over_the_pages_tree_are_the_subsets_own(trees: list[str], rnd: random.Random) -> None:
    """Counts, ranges and the order elements are first counted in: the same whether a
    subset of the blocks is counted over its own tree or over the page's."""
    page = _page(trees)
    tree = page.totals().tree
    for _ in range(4):
        subset = [b for b in page.blocks if rnd.random() < 0.5]
        own, shared = container.text_totals(subset), container.text_totals(subset, tree)
        for got, want in ((shared.chars, own.chars), (shared.links, own.links), (shared.ranges, own.ranges)):
            assert list(got.items()) == list(want.items())
