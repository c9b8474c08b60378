"""The HTML front end's shortcuts against the whole walks they replace, on random trees:
the common ancestor found by climbing from each element only until the path is met,
a related box found by climbing no more than `_META_BOX_LEVELS` (each element's class
tested once a page), a person box above a block found by climbing only until an element
climbed already, a named box's class read once an element, and the running-text
totals counted over the page's tree of block paths (`container.Tree`) rather than
over a tree walked again for the subset."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html import captions, chrome, container, frontend, pictures, state
from cleaner.html import elements as html_elements
from cleaner.html.chrome import _META_BOX_LEVELS, _RELATED_BOX
from cleaner.html.frontend import read_page

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
        assert html_elements.common_ancestor(picked) is _old_common_ancestor(picked)


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4))
def test_related_box_climbs_as_far_as_the_whole_list_was_read(trees: list[str]) -> None:
    page = _page([t.replace('class="a"', 'class="related-a"') for t in trees])
    named: dict[Any, bool] = {}  # shared by every element, as by a page's blocks
    for el in page.root.iter():
        if not isinstance(el.tag, str):
            continue
        want = next((e for level, e in enumerate((el, *el.iterancestors()))
                     if level <= _META_BOX_LEVELS and _RELATED_BOX.search(e.get("class") or "")), None)
        assert chrome._related_box(el, {}) is want  # nothing read before
        assert chrome._related_box(el, named) is want


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


def _work(page: frontend.HtmlPage) -> Any:
    from cleaner.html.rules import compile_html_rules
    from cleaner.rules import load_ruleset

    ruleset = load_ruleset("generic")
    return state.Work(page, ruleset, compile_html_rules(ruleset.html))


def _person_page(trees: list[str]) -> frontend.HtmlPage:
    """Random trees whose ``a`` boxes are author boxes, some with a picture."""
    return _page([t.replace('class="a"', 'class="author"').replace('class="b">x', 'class="b"><img src="p.jpg">x')
                  for t in trees])


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_person_box_climb_is_the_whole_ancestor_list(trees: list[str], rnd: random.Random) -> None:
    """`_in_person_box` with one memo for a page's blocks: the answer of testing every
    ancestor below the stop (the body, or a container), as `_captions` did."""
    page = _person_page(trees)
    w = _work(page)
    els = [el for el in page.root.iter() if isinstance(el.tag, str)]
    stops = [None, *rnd.sample(els, min(2, len(els)))]
    memo: dict[tuple[Any, Any], bool] = {}
    for _ in range(3):
        for el in rnd.sample(els, len(els)):
            stop = rnd.choice(stops)
            want, e = False, el
            while e is not None and e is not stop and e.tag not in ("body", "html"):
                want = want or pictures.person_box(e, w)
                e = e.getparent()
            assert captions._in_person_box(el, stop, w, memo) is want


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_named_box_reads_each_class_once_to_the_same_answer(trees: list[str], rnd: random.Random) -> None:
    """`_named_box` with each element's class rule kept for the page: the rule of the
    nearest box climbed to whose class names one, as read afresh at every level."""
    page = _page([t.replace('class="a"', 'class="entry-meta"').replace('class="b"', 'class="vote-btn"')
                  for t in trees])
    chars = page.totals().chars
    named: dict[Any, str | None] = {}
    els = [el for el in page.root.iter() if isinstance(el.tag, str)]
    for el in rnd.sample(els, len(els)):
        want = None
        for level, e in enumerate((el, *el.iterancestors())):
            if level > _META_BOX_LEVELS or e.tag in ("body", "html"):
                break
            names = e.get("class") or ""
            rule = next((r for pattern, r in chrome._NAMED_BOXES if pattern.search(names)), None) if names else None
            if rule is not None:
                small = chars.get(e, 0) <= chrome._MAX_META_BOX_CHARS
                if small and next(e.iter(*state.LABEL_HEADINGS), None) is None:
                    want = rule
                break
        assert chrome._named_box(el, {}, chars, named) == want


_CLASS_PIECES = ["meta", "META", "post-", "entry_", "__", "Rating", "rating", "star", "deco", "vote", "VOTING",
                 "btn", "Button", "buttons", "x", " ", "-", "\u212a", "\u0130", "\u0131", "\u017f", "\u00e9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLASS_PIECES), max_size=6).map("".join))
def test_class_rule_words_never_skip_a_fitting_class(cls: str) -> None:
    """`_class_rule` skips the patterns on a class holding none of `_NAMED_BOX_WORDS`:
    the same rule as searching every class (odd case-folding letters mixed in)."""
    from lxml import etree

    el = etree.Element("div", {"class": cls})
    want = next((r for pattern, r in chrome._NAMED_BOXES if pattern.search(cls)), None) if cls else None
    assert chrome._class_rule(el) == want


def _old_image_holders(root: Any, dropped: set[Any]) -> set[Any]:
    """`_image_holders` as two whole walks up from each picture: the drop test, the set."""
    return {a for img in root.iter("img") if not pictures._in_line(img)
            and not (dropped and any(a in dropped for a in img.iterancestors())) for a in img.iterancestors()}


@settings(max_examples=150, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_image_holders_climb_only_until_an_element_held(trees: list[str], rnd: random.Random) -> None:
    """The ancestors of the pictures outside dropped boxes, found by climbing from each
    picture only until an element already held: the same set as the whole walks, with
    pictures nested in pictures' boxes, inline ones (text before them) and dropped boxes
    at every level (none, the root's child, deep ones)."""
    from lxml import etree

    page = _page(trees)
    els = [el for el in page.root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "img")]
    for el in rnd.sample(els, min(len(els), 8)):
        img = etree.SubElement(el, "img")
        if rnd.random() < 0.3:  # text before it in its line: a glyph, no picture
            before = img.getprevious()
            if before is not None:
                before.tail = "teks"
            else:
                el.text = "teks"
    imgs = list(page.root.iter("img"))
    assert imgs
    for _ in range(4):
        dropped = set(rnd.sample(els, rnd.randint(0, min(3, len(els)))))
        assert pictures._image_holders(page.root, dropped) == _old_image_holders(page.root, dropped)
