"""speedhtml64: `PageIndex.tagged` lists the `_TAGGED` elements of a page in one walk,
and what reads it (the bare-tag CSS selectors, `PageIndex.has_tag`, the form-by-form
reading of ``//form[...]`` selectors) answers as its own walk of the tree did."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lxml import etree

import cleaner
from cleaner.decode import decode
from cleaner.html.parse import parse_html
from cleaner.html.rules import _EACH_MAX, Selector, compile_html_rules
from cleaner.html.select import _TAGGED, PageIndex, compile_css, xpath_each, xpath_tags
from cleaner.rules import load_ruleset

from .conftest import FIXTURES

# Every tag of `_TAGGED` and others, upper case in the markup, inside SVG and MathML (a
# foreign element of the same name: libxml2's HTML parser gives it no namespace), nested,
# a comment and a processing instruction between (never listed: no tag of theirs is a name).
BUILT = """<html><body><NAV><ul><li><a href="/">Home</a></li></ul><nav><p>inner</p></nav></NAV>
<!-- nav --><?pi nav?><aside><p>side</p><form><input type="search"></form></aside>
<article><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure><p>Story text.
<ins>added</ins></p><svg viewBox="0 0 2 2"><nav></nav><foreignObject><form><textarea></textarea>
</form></foreignObject></svg><math><ins>x</ins></math></article>
<footer><form><input type="email"><input type="submit"></form></footer></body></html>"""

BARE = "<html><body><p>Story text only.</p></body></html>"

MANY_FORMS = "<html><body>" + "".join(
    f"<div><form><input type=\"{'email' if k % 5 == 0 else 'text'}\" name=\"f{k}\"><textarea></textarea></form></div>"
    for k in range(_EACH_MAX + 4)) + "<p>Story.</p></body></html>"


def _roots(shared: Path) -> list[Any]:
    paths = sorted(FIXTURES.glob("*/*.input.html"))
    for line in (shared / "corpus" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("format") == "html":
            paths.append(shared / "corpus" / row["file"])
    roots = [parse_html(decode(p.read_bytes(), max_bytes=10**8)[0]) for p in paths]
    roots += [parse_html(BUILT), parse_html(BARE), parse_html(MANY_FORMS)]
    return [r for r in roots if r is not None]


def test_tagged_lists_what_iter_walks(shared: Path) -> None:
    """Each `_TAGGED` tag's elements are ``root.iter(tag)``'s, in order (the root itself
    too when it is one); any other tag is not listed (its own walk stays)."""
    roots = _roots(shared)
    assert len(roots) >= 16
    seen = 0
    for root in roots:
        index = PageIndex(root)
        for tag in _TAGGED:
            got = index.tagged(tag)
            assert got == list(root.iter(tag)), tag
            assert index.has_tag(tag) == (next(root.iter(tag), None) is not None)
            seen += len(got or [])
        for tag in ("div", "p", "time", "article", "svg"):
            assert index.tagged(tag) is None
            assert index.has_tag(tag) == (next(root.iter(tag), None) is not None)
        nav = root.find(".//nav")
        if nav is not None:  # an index of a subtree lists that subtree's, itself included
            assert PageIndex(nav).tagged("nav") == list(nav.iter("nav"))
    assert seen > 100


def test_built_page_counts() -> None:
    """The built page's listing by hand: two ``nav`` (the upper-case one and the one in
    it) and the SVG's, the MathML ``ins`` beside the story's."""
    root = parse_html(BUILT)
    assert root is not None
    index = PageIndex(root)
    counts = {tag: len(index.tagged(tag) or []) for tag in _TAGGED}
    assert counts == {"nav": 3, "aside": 1, "footer": 1, "ins": 2, "figcaption": 1, "form": 3, "input": 3,
                      "textarea": 1}


def test_bare_tag_and_form_selectors_as_xpath(shared: Path) -> None:
    """The shipped selectors that read `tagged` (a bare tag's CSS, an XPath gated on tags
    or read form by form) select with the page index what their XPath selects, on whole
    documents (where the index is asked), on a subtree (where it is not) and on a page
    of more forms than `_EACH_MAX` (the XPath's own walk)."""
    shipped = {s.source: s for name in cleaner.available_outlets()
               for sels in compile_html_rules(load_ruleset(name).html).values() for s in sels
               if s.tags or s.each or (s.css is not None and not s.css.steps[0].tests)}
    assert {"nav", "aside", "footer", "ins", "figcaption", "//form[.//textarea]"} <= set(shipped)
    roots = _roots(shared)
    found = 0
    for sel in shipped.values():
        xpath = Selector(sel.source, sel.xpath)
        for root in roots:
            want = xpath.select(root)
            assert sel.select(root, PageIndex(root)) == want, sel.source
            found += len(want)
            body = root.find("body")
            if body is not None:
                assert sel.select(body, PageIndex(body)) == xpath.select(body), sel.source
    assert found > 50


def test_each_reads_the_index_only_for_its_document() -> None:
    """`Selector._each` takes the form list from an index of the whole document, and
    walks the document itself when handed a subtree's index: both as the XPath."""
    source = "//form[.//input[@type='email']]"
    each = xpath_each(source)
    assert each is not None
    sel = Selector(source, etree.XPath(source), tags=xpath_tags(source), each=(each[0], etree.XPath(each[1])))
    for markup in (BUILT, MANY_FORMS):
        root = parse_html(markup)
        assert root is not None
        want = etree.XPath(source)(root)
        assert want
        assert sel.select(root, PageIndex(root)) == want
        body = root.find("body")
        assert sel.select(root, PageIndex(body)) == want  # (another root's index: not read)


def test_tagged_bare_css_copies() -> None:
    """A bare tag's answer is a list of its own: changing it leaves the index's."""
    root = parse_html(BUILT)
    assert root is not None
    index = PageIndex(root)
    css = compile_css("aside")
    assert css is not None
    first = css.select(index)
    first.clear()
    assert css.select(index) == list(root.iter("aside")) != []


def test_selector_base_is_the_rule_sets_answer() -> None:
    """Each compiled selector's ``base`` is `HtmlRules.is_base` of it under its key, for
    every shipped rule set (the front end reads the flag where it asked the rule set on
    every page); generic.toml's own are all base, an outlet's own list selectors not."""
    bases = own = 0
    for name in cleaner.available_outlets():
        rules = load_ruleset(name).html
        for key, sels in compile_html_rules(rules).items():
            assert [s.source for s in sels] == list(getattr(rules, key))
            for s in sels:
                assert s.base == rules.is_base(key, s.source), (name, key, s.source)
                bases += s.base
                own += not s.base
    assert bases and own
    generic = compile_html_rules(load_ruleset("generic").html)
    assert all(s.base for s in generic["related"]) and generic["related"]
