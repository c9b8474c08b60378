"""`cleaner.html.parse.html_text_blocks` reads the tree by lxml's ``iter`` and a stack of
open elements (an element ends where the next node's parent is not it; a skipped subtree
is passed over to the node after it): the same blocks, link and bold counts, drop rules
and inline positions as the ``iterwalk`` walk it replaced (kept below as the oracle, as
it was at 39c4000), on random trees with comments, processing instructions, hidden and
invisible subtrees at every level, ``br`` elements holding nodes, custom elements and
links, and on the dev corpus's pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from cleaner.html.parse import (
    _BOLD_TAGS,
    _NOT_BLOCK,
    _PHRASING_ONLY,
    CELL_TAGS,
    INLINE_TAGS,
    NOSCRIPT_SHOWN,
    HtmlBlock,
    _add_block,
    _flush,
    _hidden_below,
    html_text_blocks,
    may_have_attribute,
    parse_html,
    parse_html_source,
)
from cleaner.html.tags import INVISIBLE_TAGS

from .trees import build


def _iterwalk_blocks(root: Any, *, max_depth: int, dropped: dict[Any, str] | None = None,
                     invisible: frozenset[str] = INVISIBLE_TAGS,
                     inline_at: dict[Any, int] | None = None) -> list[HtmlBlock]:
    skip = dropped or {}
    blocks: list[HtmlBlock] = []
    parts: list[str] = []
    first: Any = None
    link = bold = 0

    held: tuple[str, Any, int, int] | None = None

    hidden = _hidden_below(root)
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skip_subtree = walker.skip_subtree
    stack: list[tuple[Any, bool, bool, int, bool]] = []
    push, pop, add = stack.append, stack.pop, parts.append
    blk, in_a, in_b, depth = root, False, False, 0
    pair: tuple[str, Any]
    text: str | None
    for pair in walker:
        event, el = pair
        if event == "start":
            tag = el.tag
            if el is not root and (tag in invisible or el in hidden):
                skip_subtree()
                push((blk, in_a, in_b, depth, False))
                continue
            if tag == "br":
                push((blk, in_a, in_b, depth, False))
                skip_subtree()
                if first is not None:
                    _flush(blocks, skip, parts, first, link, bold, False)
                    first, link, bold = None, 0, 0
                continue
            if tag in _NOT_BLOCK or ("-" in tag and blk.tag in _PHRASING_ONLY):
                push((blk, in_a, in_b, depth, False))
                if inline_at is not None and tag in INLINE_TAGS:
                    inline_at[el] = len(blocks)
                if tag in CELL_TAGS:
                    add(" ")
                elif tag == "a" and (el.get(b"href") is not None or el.get(b"class") is not None):
                    in_a = True
                elif tag in _BOLD_TAGS:
                    in_b = True
            elif depth <= max_depth:
                push((blk, in_a, in_b, depth, True))
                if first is not None:
                    held = _flush(blocks, skip, parts, first, link, bold, True)
                    first, link, bold = None, 0, 0
                blk = el
            else:
                push((blk, in_a, in_b, depth, False))
            if "-" in tag and not in_a and el.get(b"href") is not None:
                in_a = True
            depth += 1
            text = el.text
        elif event == "end":
            blk, in_a, in_b, depth, closes = pop()
            if closes and first is not None:
                _flush(blocks, skip, parts, first, link, bold, False)
                first, link, bold = None, 0, 0
            text = el.tail
        else:
            text = el.tail
        if text:
            if first is None:
                if held is not None and (text.isspace() or not text[0].islower()):
                    _add_block(blocks, skip, held[0], held[1], held[2], held[3])
                    held = None
                if text.isspace():
                    continue
                first = blk
                if held is not None:
                    add(held[0])
                    link, bold = held[2], held[3]
                    held = None
            add(text)
            if in_a or in_b:
                n = len("".join(text.split()))
                if in_a:
                    link += n
                if in_b:
                    bold += n
    if held is not None:
        _add_block(blocks, skip, held[0], held[1], held[2], held[3])
    if first is not None:
        _flush(blocks, skip, parts, first, link, bold, False)
    return blocks


_CHARS = st.sampled_from(list("ab Z\n\t.)x\u00e9\u200b"))
_TEXT = st.one_of(st.none(), st.text(alphabet=_CHARS, max_size=5))
_TAGS = st.sampled_from(["div", "p", "a", "span", "b", "strong", "script", "br", "td", "li", "x-y", "h1",
                         "noscript", "i"])
_ATTRS = st.sampled_from([{}, {}, {"href": "/x"}, {"class": "c"}, {"hidden": ""}, {"aria-hidden": "true"},
                          {"style": "display: none"}, {"style": "color: red"}])


_SPEC: st.SearchStrategy[list[Any]] = st.recursive(
    st.just([]),
    lambda kids: st.lists(st.tuples(st.sampled_from(["element", "element", "element", "comment", "pi"]),
                                    _TAGS, _ATTRS, _TEXT, _TEXT, kids), max_size=4),
    max_leaves=16,
)


def _read(blocks: list[HtmlBlock], inline_at: dict[Any, int]) -> tuple[list[Any], list[Any]]:
    return ([(b.index, b.text, b.el, b.link_chars, b.bold_chars, b.dropped, b.prose) for b in blocks],
            list(inline_at.items()))


def _same(root: Any, max_depth: int, dropped: dict[Any, str] | None = None) -> None:
    for invisible in (INVISIBLE_TAGS, NOSCRIPT_SHOWN):
        want_at: dict[Any, int] = {}
        got_at: dict[Any, int] = {}
        want = _iterwalk_blocks(root, max_depth=max_depth, dropped=dropped, invisible=invisible, inline_at=want_at)
        got = html_text_blocks(root, max_depth=max_depth, dropped=dropped, invisible=invisible, inline_at=got_at)
        assert _read(got, got_at) == _read(want, want_at)


@settings(max_examples=400, deadline=None)
@given(_SPEC, _TAGS, _TEXT, _TEXT, st.integers(0, 4), st.integers(1, 5))
def test_walk_gives_the_iterwalk_blocks_on_random_trees(spec: list[Any], root_tag: str, text: str | None,
                                                         tail: str | None, max_depth: int, every: int) -> None:
    top = etree.Element("html")
    root = etree.SubElement(top, root_tag)  # the root's own tag may be skipped (a ``br``)
    root.text = text
    root.tail = tail  # read at the root's end, as iterwalk's end event did
    build(root, spec)
    etree.SubElement(top, "p").text = "after the root"  # not walked
    _same(root, max_depth)
    dropped = {e: f"rule{i}" for i, e in enumerate(root.iter()) if i % every == 0 and isinstance(e.tag, str)}
    _same(root, max_depth, dropped)
    for el in root.iter():  # every subtree, as the front end reads boxes
        if isinstance(el.tag, str):
            _same(el, max_depth)


def test_walk_gives_the_iterwalk_blocks_on_markup_that_tells_them_apart() -> None:
    html = ("<body>a<br>b<script>x<p>y</p></script>c<div hidden><p>gone<br>z</p></div>d"
            "<p>one<span style='display:none'><b>no</b></span>two<a href='/'>link<x-y>in</x-y></a></p>"
            "<table><tr><td>e</td><td><svg><text>f</text></svg>g</td></tr></table>"
            "<p><span>T</span>oday<noscript><p>shown</p></noscript></p><div><div><div>deep</div></div></div>"
            "<div aria-hidden='true'>last</div></body>")
    root = parse_html(html)
    assert root is not None
    body = root.find("body")
    br = body.find("br")
    etree.SubElement(br, "b").text = "inside a br"  # lxml builds what no parser does
    body.append(etree.Comment("note"))
    body[-1].tail = "tail of a comment"
    for max_depth in (0, 1, 2, 50):
        _same(body, max_depth)
        _same(root, max_depth)
    assert [b.text for b in html_text_blocks(body, max_depth=50)][:3] == ["a", "bcd", "onetwolinkin"]


def test_walk_gives_the_iterwalk_blocks_on_the_dev_pages(shared: Path) -> None:
    pages = sorted((shared / "corpus" / "raw").glob("*/*.html"))
    assert len(pages) >= 10
    for path in pages:
        root = parse_html(path.read_bytes().decode("utf-8", "replace"))
        assert root is not None
        body = root.find("body")
        _same(body if body is not None else root, 200)


# Attributes that are hidden from readers, in the shapes pages write them (bare, upper
# case, unquoted, single-quoted, on SVG and in a template), in words of our own.
_HIDING = """<HTML><BODY><DIV HIDDEN>gone</DIV><p aria-hidden=true>gone too</p>
<p ARIA-HIDDEN='false'>shown</p><span style=display:none>x</span><svg viewBox="0 0 1 1" hidden><text>s</text></svg>
<template><p hidden>t</p></template><div style="background:url(a.png)">pic</div><p>kept</p></BODY></HTML>"""


def _pairs(shared: Path) -> list[tuple[Any, str]]:
    texts = [_HIDING, "<p>plain</p>", '<p style="color:red">red</p>']
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted((shared / "corpus" / "raw").glob("*/*.html"))]
    pairs = [parse_html_source(t) for t in texts]
    return [(r, s) for r, s in pairs if r is not None]


def test_every_attribute_of_the_tree_is_written_in_its_markup(shared: Path) -> None:
    """`may_have_attribute` says yes for every attribute name of every element of the
    tree `parse_html_source` reads (hiding markup in the shapes pages write it, the dev
    pages): the markup gate never passes over a name the tree has."""
    pairs = _pairs(shared)
    assert len(pairs) >= 13
    names = 0
    for root, source in pairs:
        for el in root.iter(etree.Element):
            for name in el.attrib:
                assert may_have_attribute(source, name), name
                names += 1
    assert names > 1000
    assert not may_have_attribute('<p class="hidden">x</p>', "hidden")  # a word is no attribute
    assert may_have_attribute(None, "hidden") and may_have_attribute("", "viewbox")


def test_hidden_below_with_its_markup_finds_the_same_elements(shared: Path) -> None:
    """With the markup given, `_hidden_below` finds the elements and the styled ones it
    finds without it; and without ``hidden``/``aria-hidden``/``style`` written in the
    markup given, it reads none of them from the tree."""
    for root, source in _pairs(shared):
        body = root.find("body")
        top = body if body is not None else root
        styled: list[Any] = []
        styled_too: list[Any] = []
        assert _hidden_below(top, styled, source) == _hidden_below(top, styled_too)
        assert styled == styled_too
        blocks = html_text_blocks(top, max_depth=200, source=source)
        again = html_text_blocks(top, max_depth=200)
        assert [(b.text, b.el) for b in blocks] == [(b.text, b.el) for b in again]
    root, source = _pairs(shared)[0]
    body = root.find("body")
    assert len(_hidden_below(body)) == 5  # the div, the aria-hidden p, the span, the svg, the template's p
    assert _hidden_below(body, None, "<p>nothing hidden</p>") == set()
