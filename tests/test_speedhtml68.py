"""speedhtml68: a CSS selector whose test of an attribute the selectors' walk does not
read (``rel``, ``role``, ``itemprop``, ``aria-modal``) can pass no value the page's markup
writes (`PageIndex.written`, `PageIndex.may_pass`) answers nothing without the tree's
read of that attribute, and answers as that read does everywhere else.

The markup is Lexbor's serialization (`cleaner.html.parse.parse_html_source`), which
writes every attribute as `` name="value"`` with ``&``, ``"`` and U+00A0 escaped; the
built pages below hold the cases that could mislead a scan of it: a text node that
writes `` rel="`` before a real attribute, escaped values, values outside ASCII, a name
written more than `_WRITTEN_MAX` times, SVG's mixed-case names. Markup shapes only: the
sentences are ours."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cleaner
from cleaner.decode import decode
from cleaner.html.parse import parse_html_source
from cleaner.html.rules import compile_html_rules
from cleaner.html.select import _WRITTEN_MAX, PageIndex, compile_css
from cleaner.rules import load_ruleset

from .conftest import FIXTURES

BUILT = [
    # A text node writes ` rel="` and its run reaches into the real attribute's place.
    '<html><body><p> rel="</p><a rel="tag" href="/t/a">Satu</a><p>Cerita pendek.</p></body></html>',
    # Escaped values: `&` and a quote, a no-break space; a value outside ASCII.
    ('<html><body><a rel="tag&amp;x" href="/a">A</a><a rel=\'say "tag"\'>B</a>'
     '<a rel="tag\u00a0x">C</a><span role="navigasi\u00e9">D</span><p>Teks.</p></body></html>'),
    # Head links only: no `rel=tag`, `rel=author` anywhere.
    ('<html><head><link rel="stylesheet" href="/s.css"><link rel="canonical" href="/x"></head>'
     '<body><nav role="navigation"><a href="/">Beranda</a></nav><div itemprop="articleBody"><p>Isi berita.'
     '</p></div></body></html>'),
    # More places of a name than the scan reads: the tree's read decides.
    "<html><body>" + "".join(f'<a rel="r{k}" href="/{k}">{k}</a>' for k in range(_WRITTEN_MAX + 3))
    + '<a rel="tag" href="/t">Topik</a></body></html>',
    # White space inside values (a line break, a tab), as a page writes a value over lines.
    ('<html><body><a rel="tag\nx" href="/a">A</a><span role="menu\tnavigation">B</span>'
     '<a rel=" tag ">C</a><p>Teks.</p></body></html>'),
    # SVG's mixed-case names and a bare attribute.
    ('<html><body><svg viewBox="0 0 2 2"><path d="M0"/></svg><div hidden itemscope>'
     '<span itemprop="author">Nama</span></div></body></html>'),
    # A value written in a script's text only.
    '<html><body><script>var s = \' rel="tag"\';</script><p>Tanpa tautan.</p></body></html>',
]

#: Selectors over the names not walked, beyond the shipped ones.
EXTRA = ["[rel=tag]", "[rel^=ta]", "[rel|=tag]", "[rel$=ag]", "[rel*=ag]", "[rel~=tag]", "[rel=\"tag&x\"]",
         "[rel='say \"tag\"']", "[rel=\"tag\u00a0x\"]", "[role=\"navigasi\u00e9\"]", "[rel]", "a[rel=tag] span",
         "div [itemprop=author]", "[itemprop=author] a", "[viewbox]", "[hidden]", "[rel=\"\"]",
         "[rel~=x]", "[role~=navigation]", "[rel=\" tag \"]", "[rel^=\"tag\"]"]


def _pages(shared: Path) -> list[tuple[Any, str]]:
    paths = sorted(FIXTURES.glob("*/*.input.html"))
    for line in (shared / "corpus" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("format") == "html":
            paths.append(shared / "corpus" / row["file"])
    texts = [decode(p.read_bytes(), max_bytes=10**8)[0] for p in paths] + BUILT
    pages = [parse_html_source(t) for t in texts]
    return [(root, source) for root, source in pages if root is not None]


def _selectors() -> list[Any]:
    shipped = {s.source for name in cleaner.available_outlets()
               for sels in compile_html_rules(load_ruleset(name).html).values() for s in sels if s.css is not None}
    out = [compile_css(s) for s in sorted(shipped) + EXTRA]
    return [s for s in out if s is not None]


def test_selectors_answer_as_the_trees_read(shared: Path) -> None:
    """Every shipped CSS selector and the extra ones answer the same elements, in the same
    order, with the markup's scan first as with the tree read alone (no markup given)."""
    pages = _pages(shared)
    selectors = _selectors()
    assert len(pages) >= 20 and len(selectors) >= 100
    skipped = answered = 0
    for root, source in pages:
        scanned, read = PageIndex(root, source), PageIndex(root)
        for sel in selectors:
            got = sel.select(scanned)
            assert got == sel.select(read), sel
            answered += bool(got)
            skipped += any(not scanned.may_pass(t) for t in sel.unwalked)
    assert answered > 50 and skipped > 300


def test_written_values_of_built_pages() -> None:
    """What the scan reads on the built pages, and what it lets pass."""
    root, source = parse_html_source(BUILT[0])
    index = PageIndex(root, source)
    assert "tag" in (index.written("rel") or [])  # the real place, read past the text's run
    assert [el.text for el in compile_css("[rel=tag]").select(index)] == ["Satu"]  # type: ignore[union-attr]

    root, source = parse_html_source(BUILT[2])
    index = PageIndex(root, source)
    assert index.written("rel") == ["stylesheet", "canonical"]
    tag, nav = compile_css("[rel=tag]"), compile_css("[role=navigation]")
    assert tag is not None and nav is not None
    assert not index.may_pass(tag.unwalked[0]) and tag.select(index) == []
    assert index.may_pass(nav.unwalked[0]) and [el.tag for el in nav.select(index)] == ["nav"]
    assert index.written("aria-modal") == [] and index.values("aria-modal") == []

    root, source = parse_html_source(BUILT[3])
    index = PageIndex(root, source)
    assert index.written("rel") is None  # too many places: no claim
    assert len(compile_css("[rel=tag]").select(index)) == 1  # type: ignore[union-attr]

    root, source = parse_html_source(BUILT[4])
    index = PageIndex(root, source)
    for css, text in (("[rel~=x]", "A"), ("[role~=navigation]", "B"), ('[rel=" tag "]', "C")):
        sel = compile_css(css)
        assert sel is not None and [el.text for el in sel.select(index)] == [text], css

    root, source = parse_html_source(BUILT[5])
    index = PageIndex(root, source)
    assert index.written("viewbox") is None  # written "viewBox": the scan says nothing
    assert index.written("hidden") == [""]  # a bare attribute, written with an empty value

    root, source = parse_html_source(BUILT[1])
    index = PageIndex(root, source)
    for css in ('[rel="tag&x"]', "[rel='say \"tag\"']", '[rel="tag\u00a0x"]', '[role="navigasi\u00e9"]'):
        sel = compile_css(css)
        assert sel is not None and len(sel.select(index)) == 1, css

    root, source = parse_html_source(BUILT[6])
    index = PageIndex(root, source)
    assert index.written("rel") == ["tag"]  # the script's string: a place that may be one
    assert compile_css("[rel=tag]").select(index) == []  # type: ignore[union-attr]


def test_unwalked_tests_of_a_selector() -> None:
    """`CssSelector.unwalked` holds the tests of every compound whose name the walk does
    not read, and only those."""
    sel = compile_css("div.box[data-x=one] a[rel~=tag]#top")
    assert sel is not None
    assert [t.name for t in sel.unwalked] == ["data-x", "rel"]
    assert compile_css(".share") is not None and compile_css(".share").unwalked == ()  # type: ignore[union-attr]
