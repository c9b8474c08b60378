"""`cleaner.html.select` answers CSS selectors exactly as their XPath (cssselect's HTML
translation, run by libxml2) does: same elements, same order, each once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.cssselect import CSSSelector

import cleaner
from cleaner.decode import decode
from cleaner.html.parse import parse_html, parse_html_source
from cleaner.html.rules import _EACH_MAX, Selector, compile_html_rules, is_xpath
from cleaner.html.select import PageIndex, compile_css, xpath_each, xpath_holders, xpath_needle, xpath_tags
from cleaner.rules import HTML_KEYS, load_ruleset

from .conftest import FIXTURES

# Every shape the fast path takes, and its edge cases.
SHAPES = [
    "div", "*", "DIV", ".a", "#x", "[data-x]", "[DATA-X]", "[rel=tag]", "[class~=a]", "[lang|=en]",
    "[class^=a]", "[class$=b]", "[class*=a-b]", "[class*='']", "[class^='']", "[class~='a b']",
    "[class~='']", "[class='']", "div p", "div .a span", "div [data-x] a", ".a .a", "p.a.b",
    "div#x.a[data-x]", "* a", "[href*='/author/']", "meta[property='og:title']", "li a", ".c", "[class~=d]",
]
# Shapes it leaves to XPath.
OTHER = ["a > b", "a + b", "a ~ b", "p:first-child", "a:not(.x)", "ns|a", "a, b", "p::before",
         "[ns|x=y]", "[x!=y]", r"[a\:b=c]", r"[\31 x]"]

PAGE = """<html><head><meta property="og:title" content="T"></head><body>
<div id="x" class="a" data-x=""><p class="a b">one <span>s1</span></p>
  <div class="a"><section data-x="1"><a href="/author/budi">Budi</a><span class="a">s2</span></section></div>
  <p class="b a-b">two</p><ul><li class="	a
b "><a rel="tag" href="#">t</a></li></ul></div>
<div class="ab" lang="en-US"><p class="a" lang="en">three<a>x</a></p></div>
<p class="">empty</p><span CLASS="A">upper</span><i class="c\u00a0d">no-break space</i>
</body></html>"""


def _xpath(source: str, root: Any) -> list[Any]:
    return [e for e in CSSSelector(source, translator="html")(root) if isinstance(e.tag, str)]


def _fast(source: str, root: Any) -> list[Any]:
    sel = compile_css(source)
    assert sel is not None, source
    return sel.select(PageIndex(root))


@pytest.mark.parametrize("source", SHAPES)
def test_shapes_match_xpath(source: str) -> None:
    root = parse_html(PAGE)
    assert _fast(source, root) == _xpath(source, root)


def test_shapes_find_something() -> None:
    """The page exercises the shapes: all match something but empty or spaced values
    (never a match) and words split only by a no-break space (not XML white space)."""
    root = parse_html(PAGE)
    assert {s for s in SHAPES if not _fast(s, root)} == {
        "[class*='']", "[class^='']", "[class~='a b']", "[class~='']", ".c", "[class~=d]"}


@pytest.mark.parametrize("source", OTHER)
def test_other_shapes_keep_xpath(source: str) -> None:
    assert compile_css(source) is None


def _shipped_css() -> list[str]:
    sources = {s for name in cleaner.available_outlets() for key in HTML_KEYS
               for s in getattr(load_ruleset(name).html, key) if not is_xpath(s)}
    return sorted(sources)


def test_shipped_selectors_take_the_fast_path() -> None:
    """Every CSS selector the rule files ship is answered from the index."""
    for name in cleaner.available_outlets():
        for key, selectors in compile_html_rules(load_ruleset(name).html).items():
            for s in selectors:
                assert is_xpath(s.source) or s.css is not None, (name, key, s.source)


def _pages(shared: Path) -> list[Any]:
    paths = sorted(FIXTURES.glob("*/*.input.html"))
    for line in (shared / "corpus" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("format") == "html":
            paths.append(shared / "corpus" / row["file"])
    roots = [parse_html(decode(p.read_bytes(), max_bytes=10**8)[0]) for p in paths]
    return [r for r in roots if r is not None]


def test_shipped_selectors_match_xpath_on_real_pages(shared: Path) -> None:
    roots = _pages(shared)
    assert len(roots) >= 13  # our HTML fixtures and the corpus's 10 HTML pages
    for root in roots:
        index = PageIndex(root)
        for source in _shipped_css():
            sel = compile_css(source)
            assert sel is not None
            assert sel.select(index) == _xpath(source, root), source


def test_index_values_are_the_attributes_in_document_order_on_each_root() -> None:
    """`PageIndex.values` reads one attribute's values with an XPath compiled once per
    name and shared by every page: on a second page, and on a subtree, it gives what the
    page's own XPath gives (the root's value first, nested elements in document order,
    an element without the attribute left out), and the elements it leads to are that
    page's."""
    from cleaner.html import select

    first = parse_html('<html><body class="top"><div role="main" class="a b">x<p class="c">y</p>'
                       '<p>z</p><span role="note" class="d">w</span></div></body></html>')
    second = parse_html('<html><body><section class="e"><p role="x">v</p></section></body></html>')
    assert first is not None and second is not None
    subtree = first.find(".//div")
    for root in (first, second, subtree):
        index = PageIndex(root)
        for name in ("class", "role", "rel"):
            got = index.values(name)
            assert got == root.xpath(f"descendant-or-self::*/@{name}"), name
            assert [index.owner(name, i) for i in range(len(got))] \
                == root.xpath(f"descendant-or-self::*[@{name}]"), name
    assert PageIndex(subtree).values("class") == ["a b", "c", "d"]
    assert PageIndex(second).owner("role", 0).tag == "p"
    walked = PageIndex(first)
    assert walked.values("id") == []  # read with ``class``, in one walk
    assert [walked.owner("class", i).tag for i in range(4)] == ["body", "div", "p", "span"]
    compiled = {name: select._VALUES_XPATH[name] for name in ("role", "rel")}  # (``class``: walked)
    assert PageIndex(second).values("rel") == []  # a new page's index: the same XPaths
    assert PageIndex(second).values("class") == ["e"]
    assert all(select._VALUES_XPATH[name] is path for name, path in compiled.items())


# Random trees and selectors over a small vocabulary, so that matches (and nested
# matches) are common.
_TAGS = ["div", "p", "span", "a", "li"]
_CLASSES = ["a", "b", "a-b", "ab", ""]
_class = st.lists(st.sampled_from(_CLASSES), max_size=3).map(" ".join)


def _element(kids: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return st.builds(lambda tag, cls, inner: f'<{tag} class="{cls}">x{"".join(inner)}</{tag}>',
                     st.sampled_from(_TAGS), _class, kids)


_html = st.recursive(_element(st.just([])), lambda inner: _element(st.lists(inner, max_size=3)),
                     max_leaves=12)
_compound = st.builds(
    lambda tag, tests: tag + "".join(tests) or "*",
    st.sampled_from(["", *_TAGS]),
    st.lists(st.sampled_from([".a", ".b", "[class*=a]", "[class~=b]", "[class^=a]", "[class$=b]",
                              "[class=a]", "[class]", "[class|=a]"]), max_size=2))


@settings(max_examples=200, deadline=None)
@given(st.lists(_html, min_size=1, max_size=4), st.lists(_compound, min_size=1, max_size=3))
def test_random_trees_match_xpath(trees: list[str], steps: list[str]) -> None:
    root = parse_html("<html><body>" + "".join(trees) + "</body></html>")
    source = " ".join(steps)
    assert _fast(source, root) == _xpath(source, root)


# XPath selectors with a needle (`xpath_needle`): answered as `[]` without a walk when no
# value of the attribute holds the literal, else by the XPath.
NEEDLED = {
    "//*[contains(@class, 'sharing') and not(contains(@class, 'has-sharing'))]": ("class", "sharing"),
    "//*[contains(@class, 'gate_start')]/following-sibling::*": ("class", "gate_start"),
    ".//div[contains(@id,'x')]": ("id", "x"),
    # Later terms may hold brackets, parentheses and an `or` of their own.
    "//*[contains(@class, 'a') and (@x or @y)]": ("class", "a"),
    "//*[contains(@class, 'a') and .//p[@x]]": ("class", "a"),
    ("//*[contains(@class, 'author__name') and not(ancestor-or-self::*[contains(@class, 'comment') "
     "or contains(@id, 'comment')])]"): ("class", "author__name"),
    "//*[contains(@class, 'a') and not(.//p[@x or @y])]/parent::*": ("class", "a"),
}
NOT_NEEDLED = [
    "//*[contains(@class, 'a') or @id='b']",         # another way to match
    "//*[@id='b' and contains(@class, 'a')]",        # not the leading term (left to XPath)
    "//*[contains(@class, 'a')] | //p",              # a union
    "//*[contains(@class, 'a') and .//p[@x] or @y]",  # an `or` outside the terms' brackets
    "//*[contains(@class, 'a') and @x or(@y)]",
    "//*[(contains(@class, 'a') or @y) and @x]",      # the literal inside a term
    "//*[contains(@class, 'a') and @x] | //p",        # a union
    "//*[contains(@class, 'a') and .//p[@x]]p",       # not a step after the predicate
    "//*[contains(@class, 'a')][2]",                 # a second predicate
    "//form[.//input[@type='email']]",
    "//*[not(contains(@class, 'a'))]",
]


@pytest.mark.parametrize("source", sorted(NEEDLED))
def test_xpath_needle_shapes(source: str) -> None:
    assert xpath_needle(source) == NEEDLED[source]


@pytest.mark.parametrize("source", NOT_NEEDLED)
def test_xpath_needle_refuses_other_shapes(source: str) -> None:
    assert xpath_needle(source) is None


# XPath selectors that open with a tag (`xpath_tags`): answered as `[]` without a walk
# when the page holds no element of one of the tags, else by the XPath.
TAGGED = {
    "//form[.//textarea]": ("form", "textarea"),
    "//form[.//input[@type='email']]": ("form", "input"),
    "//form[.//textarea]/parent::*/parent::*[not(.//p)]": ("form", "textarea"),
    "//form[.//textarea or .//input[@type='email']]/parent::*": ("form",),
    ".//aside[.//p][2]": ("aside", "p"),
    "//section": ("section",),
    "//a/following::form": ("a",),  # only the first step's tag is needed
}
NOT_TAGGED = [
    "//*[@id='a']",                  # any element
    "//form | //p",                  # a union
    "(//form)[1]",                   # not a path from the start
    "//form-x[.//p]",                # a custom element's name (left to XPath)
    "//svg:path",                    # a prefixed name
]


@pytest.mark.parametrize("source", sorted(TAGGED))
def test_xpath_tags_shapes(source: str) -> None:
    assert xpath_tags(source) == TAGGED[source]


@pytest.mark.parametrize("source", NOT_TAGGED)
def test_xpath_tags_refuses_other_shapes(source: str) -> None:
    assert xpath_tags(source) == ()


def test_tagged_xpaths_match_xpath(shared: Path) -> None:
    """With the index, every XPath with tags (ours and the shipped comment-form ones)
    selects what the XPath alone selects: on a page holding the tags, on one holding the
    first tag only, on one holding neither, on a subtree, and on real pages."""
    shipped = [s for name in cleaner.available_outlets()
               for sels in compile_html_rules(load_ruleset(name).html).values() for s in sels if s.tags]
    assert {s.source for s in shipped} >= {"//form[.//textarea]", "//form[.//input[@type='email']]"}
    ours = [Selector(s, etree.XPath(s), tags=xpath_tags(s)) for s in TAGGED]
    # A comment box and a sign-up box in the shape generic.toml's comment-form comments
    # describe, in words of our own.
    with_forms = parse_html("""<html><body><article><p>Story.</p></article><aside><p>x</p></aside>
<aside><p>y</p></aside><section><div><form><textarea></textarea><button>Send</button></form></div></section>
<div><form><input type="email"><button>Join</button></form></div></body></html>""")
    search_only = parse_html("<html><body><form><input type='search'></form><p>Story.</p></body></html>")
    bare = parse_html("<html><body><p>Story.</p></body></html>")
    assert with_forms is not None and search_only is not None and bare is not None
    assert _selected_with_index([*shipped, *ours], [with_forms, search_only, bare, *_pages(shared)],
                                with_forms.find("body")) >= 6


def _selected_with_index(selectors: list[Selector], roots: list[Any], subtree: Any) -> int:
    """Assert that each selector selects the same with the page index as without it, on
    each document root and on ``subtree`` (not a root: the index is not asked there);
    the number of elements selected on the roots."""
    found = 0
    for sel in selectors:
        for root in roots:
            want = sel.select(root)
            assert sel.select(root, PageIndex(root)) == want, sel.source
            found += len(want)
        assert sel.select(subtree, PageIndex(subtree)) == sel.select(subtree), sel.source
    return found


# Share bars and a content gate's marker in the shape of the pages generic.toml's
# selectors were written for (their comments name them), in words of our own.
_NEEDLE_PAGE = """<html><body><header class="has-sharing"><p>Lead of the story.</p></header>
<div class="c-article__sharing"><a href="#">Share</a></div><article><p>Story text.</p>
<div class="newspack_restrict_content_message_start"></div><p>Sign in to read on.</p>
<div class="gate_start"></div><p class="sharing-x">after</p><span>more</span></article></body></html>"""


def test_needled_xpaths_match_xpath(shared: Path) -> None:
    """With the index, every XPath with a needle (ours and every shipped one) selects what
    the XPath alone selects: on a page where the literals occur, on one where they do
    not, on a subtree (not the document's root: the XPath walks the whole document,
    so the index is not asked) and on real pages."""
    shipped = [s for name in cleaner.available_outlets()
               for sels in compile_html_rules(load_ruleset(name).html).values() for s in sels if s.needle]
    assert {s.source for s in shipped} >= {
        ("//*[contains(@class, 'sharing') and not(contains(@class, 'has-sharing')) and not(.//*[@itemprop='caption']"
         " or .//figcaption)]"),
        "//*[contains(@class, 'restrict_content_message_start')]/following-sibling::*"}
    ours = [Selector(s, etree.XPath(s), needle=xpath_needle(s)) for s in NEEDLED]
    page = parse_html(_NEEDLE_PAGE)
    bare = parse_html("<html><body><p class='a'>x</p></body></html>")
    assert page is not None and bare is not None
    assert _selected_with_index([*shipped, *ours], [page, bare, *_pages(shared)], page.find("body")) >= 6


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "a-b", "ab", "x ab", ""]), min_size=1, max_size=12),
       st.sampled_from(["a", "b", "ab", "a-b", "x", "b a", "zz", "b\x00a"]))
def test_holding_finds_every_value_with_the_needle(classes: list[str], needle: str) -> None:
    """`PageIndex.holding`, which looks in each distinct value once before it looks in
    all of them: every value holding the needle, in document order (repeated values
    each time), and none else for a needle without a separator; with one (never a CSS
    or XPath literal), every such value still."""
    root = parse_html("<html><body>" + "".join(f'<p class="{c}">t</p>' for c in classes) + "</body></html>")
    assert root is not None
    index = PageIndex(root)
    values = index.values("class")
    want = [i for i, v in enumerate(values) if needle in v]
    got = index.holding("class", needle)
    if "\x00" in needle:
        assert set(want) <= set(got)
    else:
        assert got == want
    assert [index.owner("class", i) for i in got] == [root.xpath("//*[@class]")[i] for i in got]


def _holding_by_counting(values: list[str], needle: str) -> list[int]:
    """`PageIndex.holding`'s answer as it was found before its table of value starts:
    the separators before each hit counted, from the last hit on."""
    joined = "\x00".join(values)
    out: list[int] = []
    i = at = 0
    pos = joined.find(needle)
    while pos >= 0:
        i += joined.count("\x00", at, pos)
        out.append(i)
        at = joined.find("\x00", pos)
        if at < 0:
            break
        pos = joined.find(needle, at + 1)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "a-b", "ab", "x ab", "", "ba", "aa"]), min_size=1, max_size=14),
       st.sampled_from(["a", "b", "ab", "a-b", "x", "b a", "zz", "aa", "b\x00a", "\x00", "a\x00", "\x00a",
                        "\x00\x00", "a\x00\x00b"]))
def test_holding_finds_a_hit_s_value_by_its_start(classes: list[str], needle: str) -> None:
    """`PageIndex.holding` finds each hit's value in its table of where each value
    starts (bisection), not by counting the separators before the hit: the same
    positions as counting gave, separators in the needle (a hit opening on one, or
    spanning values) and empty values included; and the same on the second name read
    and a second call (the table is kept per name)."""
    root = parse_html("<html><body>" + "".join(f'<p class="{c}" id="{c}{c}">t</p>' for c in classes)
                      + "</body></html>")
    assert root is not None
    index = PageIndex(root)
    for name in ("class", "id", "class"):
        values = index.values(name)
        assert index.holding(name, needle) == _holding_by_counting(values, needle)


def test_walked_names_read_as_bytes_give_the_values_as_text() -> None:
    """`PageIndex._walk` (and the block walk's link test) ask lxml for ``class``, ``id`` and
    ``href`` by ASCII bytes, which lxml takes without encoding a `str` name at every call:
    the same values, as `str` (non-ASCII and entity-decoded ones included), ``None`` where
    the element has no such attribute, and a namespaced attribute of the same local name
    (SVG's ``xlink:href``, read by libxml2 as a prefixed name) not taken for it."""
    root = parse_html('<html><body><p class="kab&amp;ar \u00e9t\u00e9" id="\u0645\u0631\u062d\u0628\u0627">x</p>'
                      '<a href="/berita?a=1&amp;b=2">y</a><a name="top">z</a>'
                      '<svg><use xlink:href="#icon"></use></svg><p>w</p></body></html>')
    assert root is not None
    for el in root.iter(etree.Element):
        for name in ("class", "id", "href"):
            got = el.get(name.encode("ascii"))
            assert got == el.get(name)
            assert got is None or type(got) is str
    index = PageIndex(root)
    assert index.values("class") == ["kab&ar \u00e9t\u00e9"]
    assert index.values("id") == ["\u0645\u0631\u062d\u0628\u0627"]
    assert root.find(".//use").get(b"href") is None


#: Every attribute name the front end asks lxml for by ASCII bytes (`PageIndex._walk`,
#: the block walk, `AttrTest.holds`, `class_id`, the head's `meta_tags`,
#: `json_ld_articles` and `canonical_url`, the widget, person-box, related-box and
#: class-rule tests, the keyword and link reads).
_BYTES_NAMES = ("class", "id", "href", "property", "name", "itemprop", "content", "type", "rel")

#: Odd markup for them (written for this test): non-ASCII and entity values, empty and
#: valueless attributes, upper-case names, a repeated attribute (libxml2 keeps the
#: first), namespaced names of the same local name (``xlink:href``, ``xml:lang``,
#: ``og:type``), a name that only ends like one (``data-href``), elements without any.
_ODD_ATTRIBUTES = (
    '<html lang="id"><head><meta property="og:title" content="Kab&amp;ar \u00e9t\u00e9 &#8212; 1">'
    '<meta NAME="description" CONTENT="">'
    '<meta itemprop="datePublished" content="2024-01-02T03:04:05+07:00">'
    '<meta og:type="article" name="keywords" content="a, b">'
    '<link rel="Canonical  alternate" href=" https://contoh.id/berita?a=1&amp;b=2 ">'
    '<script type=" Application/LD+JSON ">{}</script><script>var x;</script></head>'
    '<body><div class="" id>x</div><div class="kotak  berita" class="kedua" data-href="/no">y</div>'
    '<a href="/\u0645\u0631\u062d\u0628\u0627" rel="tag" xml:lang="id">z</a>'
    '<svg><use xlink:href="#icon"></use><a xlink:href="#b" href="#c">q</a></svg>'
    '<p>w</p><img class="avatar" alt="Foto &quot;A&quot;" src="x.jpg"></body></html>'
)


def test_front_end_names_read_as_bytes_give_the_same_values() -> None:
    """The front end's attribute reads by ASCII bytes give what the `str` name gives on
    every element of odd markup (`_ODD_ATTRIBUTES`): the same `str` value, ``None``
    where the element has no such attribute, a namespaced attribute of the same local
    name not taken for it; and the head's readers and a selector's attribute test
    find the same as before."""
    root = parse_html(_ODD_ATTRIBUTES)
    assert root is not None
    read = 0
    for el in root.iter(etree.Element):
        for name in _BYTES_NAMES:
            got = el.get(name.encode("ascii"))
            assert got == el.get(name)
            assert got is None or type(got) is str
            read += got is not None
    assert read == 18  # the values the markup gives these names, the empty ones included
    assert root.find(".//use").get(b"href") is None
    assert root.findall(".//meta")[3].get(b"type") is None  # only og:type
    assert root.find(".//svg//a").get(b"href") == "#c"
    div = root.find(".//body/div[2]")
    assert div.get(b"class") == "kotak  berita"
    assert root.find(".//body/div").get(b"id") == ""
    from cleaner.html.meta import canonical_url, json_ld_articles, meta_tags

    metas = meta_tags(root)
    assert metas["og:title"] == "Kab&ar \u00e9t\u00e9 \u2014 1"
    assert metas["description"] == ""
    assert metas["keywords"] == "a, b"
    assert metas["datepublished"] == "2024-01-02T03:04:05+07:00"
    assert canonical_url(root, metas) == "https://contoh.id/berita?a=1&b=2"
    scripts = parse_html('<html><head><script type=" Application/LD+JSON ">'
                         '{"@type": "NewsArticle", "headline": "H"}</script></head><body><p>x</p></body></html>')
    assert scripts is not None
    assert json_ld_articles(scripts) == [{"@type": "NewsArticle", "headline": "H"}]
    for source in ('[href^="/\u0645"]', "div.kotak", "[data-href]", "a[rel=tag]", "svg a[href]", "[id]"):
        css = compile_css(source)
        assert css is not None
        assert css.select(PageIndex(root)) == CSSSelector(source)(root), source


@pytest.mark.shared  # reads the dev corpus's raw pages at run time
def test_front_end_names_read_as_bytes_agree_on_the_corpus_pages() -> None:
    """On the dev corpus's raw HTML pages (real markup, read at run time), every element's
    bytes and `str` reads of `_BYTES_NAMES` agree."""
    from .paths import SHARED

    pages = sorted((SHARED / "corpus" / "raw").glob("*/*.html"))
    assert pages
    for path in pages:
        root = parse_html(path.read_text(encoding="utf-8", errors="replace"))
        assert root is not None
        for el in root.iter(etree.Element):
            for name in _BYTES_NAMES:
                assert el.get(name.encode("ascii")) == el.get(name), (path.name, name)


def _page_sources(shared: Path) -> list[tuple[Any, str]]:
    paths = sorted(FIXTURES.glob("*/*.input.html"))
    paths += sorted((shared / "corpus" / "raw").rglob("*.htm*"))
    pairs = [parse_html_source(decode(p.read_bytes(), max_bytes=10**8)[0]) for p in paths]
    return [(r, s) for r, s in pairs if r is not None]


def test_index_with_its_markup_reads_the_same_values(shared: Path) -> None:
    """A `PageIndex` given the markup its tree was read from passes over a name the
    markup lacks and reads the rest as without it: every name of every element, the
    names the rule sets' selectors test (``aria-modal``, on no dev page) and SVG's and
    MathML's mixed-case names (written ``viewBox`` in the markup, read ``viewbox`` in
    the tree), on our HTML fixtures, the dev corpus's pages and built markup."""
    built = parse_html_source("""<html><body><div role="dialog" aria-modal="true" itemprop="x">
<svg viewBox="0 0 1 1"><path pathLength="3"></path></svg><math definitionURL="u"></math>
<a rel="tag" href="#">t</a><p data-Mixed="1">p</p></div></body></html>""")
    assert built[0] is not None
    pairs = [built, *_page_sources(shared)]
    assert len(pairs) >= 15
    asked = {"rel", "itemprop", "role", "aria-modal", "viewbox", "pathlength", "definitionurl", "data-mixed", "nope"}
    for root, source in pairs:
        names = asked | {k for el in root.iter(etree.Element) for k in el.attrib}
        for name in sorted(names):
            if ":" in name:
                continue  # (no selector names a namespaced attribute)
            assert PageIndex(root, source).values(name) == PageIndex(root).values(name), name
    root, source = built
    assert [v for v in PageIndex(root, source).values("viewbox")] == ["0 0 1 1"]
    assert "viewbox" not in source


def test_index_passes_over_a_name_its_markup_lacks() -> None:
    """Given markup without the name, the index does not ask the tree (a tree that has
    it shows which was asked); `_WALKED` names are walked whatever the markup."""
    root = parse_html('<html><body><a rel="tag" role="x" class="c" id="i">t</a></body></html>')
    assert root is not None
    index = PageIndex(root, "<html><body><a>t</a></body></html>")
    assert index.values("rel") == [] and index.values("role") == []
    assert index.values("class") == ["c"] and index.values("id") == ["i"]
    assert PageIndex(root, '<a rel="tag" role="x">').values("rel") == ["tag"]


# XPaths ``//name[P]`` with a boolean ``P`` (`xpath_each`): answered by asking
# ``self::name[P]`` of each ``name`` element of the document, when it has few.
EACH = {
    "//form[.//textarea]": ("form", "self::form[.//textarea]"),
    "//form[.//input[@type='email']]": ("form", "self::form[.//input[@type='email']]"),
    "//form[.//input[1]]": ("form", "self::form[.//input[1]]"),  # inner positions are the step's own
    "//form[not(.//p)]": ("form", "self::form[not(.//p)]"),
    "//form[@id and not(@class)]": ("form", "self::form[@id and not(@class)]"),
    "//form[.//textarea or contains(@action, 'mail')]":
        ("form", "self::form[.//textarea or contains(@action, 'mail')]"),
    "//div[starts-with(@id, 'x')]": ("div", "self::div[starts-with(@id, 'x')]"),
    "//p[..//form]": ("p", "self::p[..//form]"),
    # Steps after the predicate (`_element_tail`): asked of each element too, the
    # answers joined once each in document order.
    "//form[.//textarea]/parent::*": ("form", "self::form[.//textarea]/parent::*"),
    "//form[.//textarea]/parent::*/parent::*[not(.//p)][string-length(.) < 30]":
        ("form", "self::form[.//textarea]/parent::*/parent::*[not(.//p)][string-length(.) < 30]"),
    "//form[@id]/ancestor::div[1]": ("form", "self::form[@id]/ancestor::div[1]"),
    "//form[@id]//input[last()]": ("form", "self::form[@id]//input[last()]"),
    "//form[.//input]/following-sibling::*[2]": ("form", "self::form[.//input]/following-sibling::*[2]"),
    "//form[.//input]/ancestor-or-self::*[@id][1]": ("form", "self::form[.//input]/ancestor-or-self::*[@id][1]"),
    "//div[contains(@class, ']')]/p[contains(., '[')]": ("div", "self::div[contains(@class, ']')]/p[contains(., '[')]"),
}
NOT_EACH = [
    "//form",                         # no predicate: nothing to ask
    "//form[1]", "//form[.5]", "//form[last()]", "//form[position() = 1]",  # positions
    "//form[count(.//input)]", "//form[string-length(.)]",  # numbers, compared with the position
    "//form[.//a or 1]", "//form[.//a*2]", "//form[./a - 1]",  # a number or arithmetic in it
    "//form[not(.//a) and position() < 3]", "//form[not(position() = 1)]",
    "//form[@id='x']",                # a comparison (boolean, but not admitted)
    "//form[.//a | .//b]",            # a union
    "//form[$v]",                     # a variable
    "//form[.//a][2]",                # a second predicate
    "//form[.//textarea]/@id",        # steps after it that select no element
    "//form[.//textarea]/text()", "//form[.//textarea]/..", "//form[.//textarea]/parent::node()",
    "//form[.//textarea]/attribute::*", "//form[.//textarea]/namespace::*",
    "//form[.//textarea]/parent::*[1] | //p", "//form[.//a]/b = 'x'", "//form[.//a]/b*2",
    "//form[.//a]/b - 1", "//form[.//a]/$v", "//form[.//a]/b]", "//form[.//a]/b[1",
    "//form[.//a]/b['x]", "//form[.//a]/(b)", "//form[.//a]/'b'",
    ".//form[.//textarea]",           # relative to the context node
    "//form[not(.//a)(1)]", "//form[input]",
]


@pytest.mark.parametrize("source", sorted(EACH))
def test_xpath_each_shapes(source: str) -> None:
    assert xpath_each(source) == EACH[source]


@pytest.mark.parametrize("source", NOT_EACH)
def test_xpath_each_refuses_other_shapes(source: str) -> None:
    assert xpath_each(source) is None


def test_each_xpaths_match_xpath(shared: Path) -> None:
    """Every XPath answered element by element (ours and the shipped form selectors)
    selects what its XPath alone selects, with the index and without: on pages with
    forms (nested in other blocks, one holding an ``input`` list), on one with more forms
    than are asked one at a time, on one with none, from a subtree's and a detached
    element's context (``//`` reads the whole document either way), and on real pages."""
    shipped = [s for name in cleaner.available_outlets()
               for sels in compile_html_rules(load_ruleset(name).html).values() for s in sels if s.each]
    assert {s.source for s in shipped} >= {"//form[.//textarea]", "//form[.//input[@type='email']]"}
    ours = []
    for source, (tag, test) in EACH.items():
        ours.append(Selector(source, etree.XPath(source), tags=xpath_tags(source), each=(tag, etree.XPath(test))))
    # Sign-up, comment and search boxes in the shapes generic.toml's form selectors
    # describe, in words of our own.
    with_forms = parse_html("""<html><body><div id="x1"><p>Story.</p>
<section><div><form id="c" action="/post"><textarea></textarea><button>Send</button></form></div></section>
<div><form action="/mail"><input type="text"><input type="email"><button>Join</button></form></div>
<form class="s"><input type="search"></form><p>End <form id="y"><p>in</p></form></p></div></body></html>""")
    many = parse_html("<html><body>" + "".join(
        f"<div id='x{i}'><form id='f{i}'>{'<textarea></textarea>' if i % 3 else '<input type=email>'}"
        "</form><p>x</p></div>" for i in range(40)) + "</body></html>")
    bare = parse_html("<html><body><p>Story.</p></body></html>")
    # Answers out of the forms' order: the second form's nearest div holds the first
    # form's, and two forms share a wrapper (each answered once).
    crossed = parse_html("""<html><body><div id="w1"><div id="w2"><form id="a"><input></form></div>
<form id="b"><textarea></textarea><input></form><span>x</span><em>y</em></div>
<div id="w3"><form id="c"><textarea></textarea></form><form id="d"><textarea></textarea></form></div>
</body></html>""")
    assert with_forms is not None and many is not None and bare is not None and crossed is not None
    roots = [with_forms, many, bare, crossed, *_pages(shared)]
    found = 0
    for sel in [*shipped, *ours]:
        for root in roots:
            want = [e for e in sel.xpath(root) if isinstance(e.tag, str)]
            assert sel.select(root) == want, sel.source
            assert sel.select(root, PageIndex(root)) == want, sel.source
            found += len(want)
            body = root.find("body")
            if body is not None:  # a context below the root: the same document's answer
                assert sel.select(body) == want, sel.source
    assert found >= 20
    # A detached element: ``//`` reads its document's root element, not the element.
    box = with_forms.find(".//section")
    assert box is not None
    box.getparent().remove(box)
    for sel in [*shipped, *ours]:
        assert sel.select(box) == [e for e in sel.xpath(box) if isinstance(e.tag, str)], sel.source


def test_each_answers_out_of_order_are_put_in_document_order() -> None:
    """Two forms whose answers come in the other order (the second form's nearest
    ``div`` is the first form's wrapper's wrapper) and share a wrapper: the answer is
    the XPath's, each element once, in document order (joining the answers as they come
    fails it)."""
    source = "//form[@id]/ancestor::div[1]"
    each = xpath_each(source)
    assert each is not None
    sel = Selector(source, etree.XPath(source), tags=xpath_tags(source), each=(each[0], etree.XPath(each[1])))
    root = parse_html("""<html><body><div id="w1"><div id="w2"><form id="a"></form></div><form id="b"></form>
<form id="c"></form></div></body></html>""")
    assert root is not None
    got = sel.select(root)
    assert [e.get("id") for e in got] == ["w1", "w2"]
    assert got == [e for e in sel.xpath(root) if isinstance(e.tag, str)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["div", "form", "p", "section"]),
                          st.sampled_from(["", "<textarea></textarea>", "<input type=email>", "<input>", "x"]),
                          st.booleans()), min_size=1, max_size=25))
def test_each_xpaths_with_steps_match_xpath_on_random_trees(items: list[tuple[int, str, str, bool]]) -> None:
    """Random nestings of forms, wrappers and fields: every shape of `EACH` with steps
    after its predicate, and the shipped form-wrapper selectors, answer as their XPath."""
    parts: list[str] = []
    depth = 0
    for i, (level, tag, inner, ident) in enumerate(items):
        while depth > level:
            parts.append("</div>")
            depth -= 1
        wrap, own = (f" id=d{i}", f" id=e{i}") if ident else ("", "")
        parts.append(f"<div{wrap}><{tag}{own}>{inner}</{tag}>")
        depth += 1
    parts.append("</div>" * depth)
    root = parse_html("<html><body>" + "".join(parts) + "</body></html>")
    assert root is not None
    shipped = [s.source for sels in compile_html_rules(load_ruleset("generic").html).values()
               for s in sels if s.each and "/parent::" in s.source]
    assert len(shipped) == 3
    for source in [*[s for s in EACH if "]/" in s], *shipped]:
        each = xpath_each(source)
        assert each is not None, source
        sel = Selector(source, etree.XPath(source), tags=xpath_tags(source), each=(each[0], etree.XPath(each[1])))
        assert sel.select(root) == [e for e in sel.xpath(root) if isinstance(e.tag, str)], source


# XPaths ``//*[P]`` whose boolean ``P`` opens with ``contains(@name, 'literal')``
# (`xpath_holders`): answered by asking ``self::*[P]`` of each element whose ``name``
# value holds the literal (`PageIndex.holding`), when the page has few.
HOLDERS = {
    "//*[contains(@class, 'sharing') and not(contains(@class, 'has-sharing'))]":
        ("class", "sharing", "self::*[contains(@class, 'sharing') and not(contains(@class, 'has-sharing'))]"),
    "//*[contains(@id, 'subscribe') and not(contains(@id, 'subscriber'))]":
        ("id", "subscribe", "self::*[contains(@id, 'subscribe') and not(contains(@id, 'subscriber'))]"),
    "//*[contains(@class, 'cta') and not(self::body) and not(self::html)]":
        ("class", "cta", "self::*[contains(@class, 'cta') and not(self::body) and not(self::html)]"),
    "//*[contains(@class, 'ab')]": ("class", "ab", "self::*[contains(@class, 'ab')]"),
    "//*[contains(@data-x, 'ab') and .//p]": ("data-x", "ab", "self::*[contains(@data-x, 'ab') and .//p]"),
    "//*[contains(@class, 'ab') and not(ancestor-or-self::*[contains(@class, 'x') or contains(@id, 'k')])]":
        ("class", "ab", ("self::*[contains(@class, 'ab') and not(ancestor-or-self::*[contains(@class, 'x') "
                         "or contains(@id, 'k')])]")),
}
NOT_HOLDERS = [
    "//*[contains(@class, 'a')]/following-sibling::*",   # steps after it
    ".//*[contains(@class, 'a')]",                       # relative: the root itself is not read
    "//div[contains(@class, 'a')]",                      # a tag (`xpath_each`'s)
    "//*[contains(@class, 'a') and position() = 1]",     # a position
    "//*[contains(@class, 'a') and last()]",
    "//*[contains(@class, 'a') and 2]",                  # a number
    "//*[contains(@class, 'a') and $v]",                 # a variable
    "//*[contains(@class, 'a') or @id]",                 # another way to match
    "//*[@id and contains(@class, 'a')]",                # not the leading term
    "//*[not(contains(@class, 'a'))]",
    "//*[contains(@class, 'a')][2]",                     # a second predicate
    "//*[contains(@class, 'a')] | //p",                  # a union
]


@pytest.mark.parametrize("source", sorted(HOLDERS))
def test_xpath_holders_shapes(source: str) -> None:
    assert xpath_holders(source) == HOLDERS[source]


@pytest.mark.parametrize("source", NOT_HOLDERS)
def test_xpath_holders_refuses_other_shapes(source: str) -> None:
    assert xpath_holders(source) is None


def _holder_selector(source: str, xpath: str | None = None) -> Selector:
    holders = xpath_holders(source)
    assert holders is not None, source
    name, needle, test = holders
    return Selector(source, etree.XPath(xpath or source), needle=xpath_needle(source),
                    holders=(name, needle, etree.XPath(test)))


def test_holder_xpaths_match_xpath(shared: Path) -> None:
    """Every XPath answered holder by holder (ours and the shipped ``sharing``,
    ``subscribe`` and ``cta`` selectors) selects what its XPath alone selects, with the
    whole document's index, a subtree's index and none: on a page whose holders fail the
    rest of the predicate (``has-sharing``, ``subscriber``, a ``cta`` body), nest, or sit
    on the root element, on one with more holders than are asked one at a time, on one
    with none, from a subtree's context and on real pages."""
    shipped = [s for name in cleaner.available_outlets()
               for sels in compile_html_rules(load_ruleset(name).html).values() for s in sels if s.holders]
    assert {s.source for s in shipped} >= {
        ("//*[contains(@class, 'sharing') and not(contains(@class, 'has-sharing')) and not(.//*[@itemprop='caption']"
         " or .//figcaption)]"),
        "//*[contains(@id, 'subscribe') and not(contains(@id, 'subscriber'))]",
        ("//*[contains(@class, 'author__name') and not(ancestor-or-self::*[contains(@class, 'comment') "
         "or contains(@id, 'comment')])]")}
    ours = [_holder_selector(s) for s in HOLDERS]
    # Share bars, sign-up boxes and calls to action in the shapes generic.toml's
    # selectors describe, in words of our own.
    page = parse_html("""<html class="cta ab"><body class="cta has-sharing"><div id="subscribe-box" class="ab">
<p class="sharing-top">Share <span class="ab has-sharing">x</span></p><div class="post sharing ab" data-x="zab">
<p id="subscriber-note">Story.</p><p id="newsletter-subscribe" class="cta-block">Join</p></div></div>
<aside class="sharing"><div class="sharing inner"><p>in</p></div></aside><p data-x="ab">End</p>
<a class="post-author__name">Writer</a><div id="comment-3"><a class="comment-author__name">Reader</a></div>
</body></html>""")
    many = parse_html("<html><body>" + "".join(
        f"<div class='sharing s{i} ab' id='subscribe{i}'><p class='cta'>x</p></div>" for i in range(40))
        + "</body></html>")
    bare = parse_html("<html><body><p>Story.</p></body></html>")
    assert page is not None and many is not None and bare is not None
    roots = [page, many, bare, *_pages(shared)]
    found = 0
    for sel in [*shipped, *ours]:
        for root in roots:
            want = [e for e in sel.xpath(root) if isinstance(e.tag, str)]
            assert sel.select(root, PageIndex(root)) == want, sel.source
            assert sel.select(root) == want, sel.source
            found += len(want)
            body = root.find("body")
            if body is not None:  # an index of a subtree: the XPath answers
                assert sel.select(body, PageIndex(body)) == want, sel.source
    assert found >= 20


def test_holders_are_asked_when_few() -> None:
    """With the document's index and at most `_EACH_MAX` holders the answer is the
    holders' (a selector whose own XPath finds nothing shows it), and with more the
    XPath's; the rest of the predicate is asked of each holder (``has-sharing`` out)."""
    source = "//*[contains(@class, 'sharing') and not(contains(@class, 'has-sharing'))]"
    sel = _holder_selector(source, xpath="//nothing")
    few = parse_html("<html><body><p class='sharing'>a</p><p class='has-sharing'>b</p>"
                     "<div class='x sharing'><p class='sharing'>c</p></div></body></html>")
    assert few is not None
    got = sel.select(few, PageIndex(few))
    assert [e.text or e.get("class") for e in got] == ["a", "x sharing", "c"]
    many = parse_html("<html><body>" + "<p class='sharing'>a</p>" * (_EACH_MAX + 1) + "</body></html>")
    assert many is not None
    assert sel.select(many, PageIndex(many)) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["", "ab", "abc", "x ab", "xab y", "abc ab", "b"]),
                          st.sampled_from(["", "ab", "abd", "k"])), min_size=1, max_size=30))
def test_holder_xpaths_match_xpath_on_random_trees(items: list[tuple[int, str, str]]) -> None:
    """Random nestings of elements whose classes and ids hold the literal or not."""
    parts: list[str] = []
    depth = 0
    for level, cls, ident in items:
        while depth > level:
            parts.append("</div>")
            depth -= 1
        attrs = (f' class="{cls}"' if cls else "") + (f' id="{ident}"' if ident else "")
        parts.append(f"<div{attrs}><p{attrs}>t</p>")
        depth += 1
    parts.append("</div>" * depth)
    root = parse_html("<html><body>" + "".join(parts) + "</body></html>")
    assert root is not None
    for source in ("//*[contains(@class, 'ab') and not(contains(@class, 'abc'))]",
                   "//*[contains(@id, 'ab') and not(self::p)]", "//*[contains(@class, 'ab') and .//p]",
                   "//*[contains(@class, 'ab') and not(ancestor-or-self::*[contains(@class, 'x') or @id = 'k'])]"):
        sel = _holder_selector(source)
        assert sel.select(root, PageIndex(root)) == [e for e in sel.xpath(root) if isinstance(e.tag, str)], source
