"""`drop._nearest_rule`: the drop rule each block's element takes, read over the page's
`block_tree`, against the marking it replaced (every element of each dropped subtree,
outermost subtree first, so an inner match overrides an outer one)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from cleaner.html.container import block_tree
from cleaner.html.drop import _nearest_rule
from cleaner.html.parse import html_text_blocks, parse_html

from .test_html_walk import _SPEC, _TAGS
from .trees import build


def _marked(dropped: dict[Any, str]) -> dict[Any, str]:
    """The marking `_mark_dropped` made before: each dropped subtree, outermost first."""
    owner: dict[Any, str] = {}
    for e in sorted(dropped, key=lambda e: len(list(e.iterancestors()))):
        owner.update(dict.fromkeys(e.iter(), dropped[e]))
    return owner


def _same(root: Any, dropped: dict[Any, str], max_depth: int) -> None:
    blocks = html_text_blocks(root, max_depth=max_depth)
    tree = block_tree(blocks)
    got, want = _nearest_rule(dropped, tree), _marked(dropped)
    for level in tree.levels:
        for x in level:
            assert got.get(x) == want.get(x)
    for b in blocks:
        assert got.get(b.el) == want.get(b.el)


@settings(max_examples=300, deadline=None)
@given(_SPEC, _TAGS, st.integers(0, 4), st.integers(1, 4), st.integers(0, 3))
def test_nearest_rule_marks_as_the_subtrees_did_on_random_trees(spec: list[Any], root_tag: str, max_depth: int,
                                                                 every: int, offset: int) -> None:
    top = etree.Element("html")
    root = etree.SubElement(top, root_tag)
    root.text = "opening words"
    build(root, spec)
    elements = [e for e in top.iter() if isinstance(e.tag, str)]
    dropped = {e: f"rule{i}" for i, e in enumerate(elements) if (i + offset) % every == 0}
    _same(top, dropped, max_depth)


def test_an_inner_match_overrides_the_box_around_it() -> None:
    root = parse_html("<body><div id=outer><p>Satu dua tiga</p><div id=inner><p>Empat lima</p>"
                      "<p>Enam tujuh</p></div><p>Delapan</p></div><p>Sembilan sepuluh</p></body>")
    assert root is not None
    body = root.find("body")
    blocks = html_text_blocks(body, max_depth=50)
    outer, inner = body.find("div"), body.find("div/div")
    # The inner box listed first, then the outer: the depth decides, not the order.
    owner = _nearest_rule({inner: "inner-rule", outer: "outer-rule"}, block_tree(blocks))
    assert [(b.text, owner.get(b.el)) for b in blocks] == [
        ("Satu dua tiga", "outer-rule"), ("Empat lima", "inner-rule"), ("Enam tujuh", "inner-rule"),
        ("Delapan", "outer-rule"), ("Sembilan sepuluh", None)]
    assert _nearest_rule({}, block_tree(blocks)) == {}
