"""Compile a rule set's ``[html]`` selectors (CSS or XPath) into lxml XPath objects.

Done once per rule set and process (cached), on the first HTML page: text pages never
import lxml or cssselect. A selector that does not compile raises `RuleSetError`
naming the file, the key and the selector.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ..errors import RuleSetError
from ..rules import HTML_KEYS, HtmlRules
from .select import CssSelector, PageIndex, compile_css, xpath_each, xpath_holders, xpath_needle, xpath_tags


@dataclass(frozen=True, slots=True)
class Selector:
    """One compiled selector and the text it was written as (shown in `removed`).
    ``css``: the same selector for `PageIndex` lookups, when it has that shape;
    ``needle``: for an XPath, an attribute and a literal one of its values holds on
    any page where it matches (`cleaner.html.select.xpath_needle`); ``tags``: for an
    XPath, tags that have an element on any page where it matches
    (`cleaner.html.select.xpath_tags`); ``each``: for an XPath ``//name[P]`` with a
    boolean ``P``, ``name`` and ``self::name[P]`` compiled, asked of each ``name`` element
    (`cleaner.html.select.xpath_each`) when the page has few; ``holders``: for an XPath
    ``//*[P]`` whose ``P`` needs an attribute value holding a literal, the name, the
    literal and ``self::*[P]`` compiled, asked of each element whose value holds it
    (`cleaner.html.select.xpath_holders`) when the page has few. ``base``: the rule
    set's `HtmlRules.is_base` of it under its key, read once with the rule set (the
    front end asks it of each list selector on every page)."""

    source: str
    xpath: Any
    css: CssSelector | None = None
    needle: tuple[str, str] | None = None
    tags: tuple[str, ...] = ()
    each: tuple[str, Any] | None = None
    holders: tuple[str, str, Any] | None = None
    base: bool = False

    def select(self, root: Any, index: PageIndex | None = None) -> list[Any]:
        """The elements it matches under ``root``, in document order; ``index``, when
        given, is ``root``'s (`cleaner.html.select`: one walk for all selectors)."""
        if index is not None and self.css is not None:
            return self.css.select(index)
        if (self.holders is not None and index is not None and index.root is root
                and root.getroottree().getroot() is root):
            found = self._holders(index, *self.holders)
            if found is not None:
                return found
        if (index is not None and (self.needle is not None or self.tags) and index.root is root
                and root.getroottree().getroot() is root
                and ((self.needle is not None and not index.holding(*self.needle))
                     or not all(index.has_tag(t) for t in self.tags))):
            return []  # the index holds every value and element of the document: none can match
        try:
            found = self.xpath(root) if self.each is None else self._each(root, index, *self.each)
        except Exception:  # lxml raises XPathEvalError subclasses; a bad page must not crash
            return []
        return [e for e in found if isinstance(getattr(e, "tag", None), str)] if isinstance(found, list) else []

    def _holders(self, index: PageIndex, name: str, needle: str, test: Any) -> list[Any] | None:
        """The XPath's answer from its test asked of each element whose ``name`` value
        holds ``needle`` (``index`` is the whole document's), in document order; ``None``
        when more than `_EACH_MAX` hold it (the XPath's one walk costs less then)."""
        at = index.holding(name, needle)
        if len(at) > _EACH_MAX:
            return None
        owner = index.owner
        try:
            return [el for el in (owner(name, i) for i in at) if test(el)]
        except Exception:  # as `select`: a bad page must not crash
            return []

    def _each(self, root: Any, index: PageIndex | None, tag: str, test: Any) -> Any:
        """The XPath's answer, from its test asked of each ``tag`` element of ``root``'s
        document in document order (``//`` reads the whole document whatever the
        context node), or from the XPath itself when the page has more than
        `_EACH_MAX` of them (a call each would cost more than one walk). A test with
        steps after the element's own (``self::form[P]/parent::*``) answers with other
        elements: answers from more than one element are joined once each, in document
        order, as the XPath's node-set is. The elements come from ``index`` when it is
        the document's and lists ``tag`` (`PageIndex.tagged`: one walk for the page's
        several ``//form[...]`` selectors, not a walk each)."""
        top = root.getroottree().getroot()
        listed = index.tagged(tag) if index is not None and top is not None and index.root is top else None
        # (no further than one past the bound: a page of many ``div`` takes the XPath)
        els = list(islice(listed if listed is not None else top.iter(tag), _EACH_MAX + 1)) \
            if top is not None else []
        if len(els) > _EACH_MAX:
            return self.xpath(root)
        found: list[Any] = []
        answered = 0  # elements with an answer
        own = True  # each answer so far is its element alone
        for el in els:
            got = test(el)
            if got:
                answered += 1
                if own and not (len(got) == 1 and got[0] is el):
                    own = False
                found.extend(got)
        return found if own or answered < 2 else _document_order(found)


def _document_order(els: list[Any]) -> list[Any]:
    """``els`` (elements of one document) once each, in document order: by the index of
    each ancestor-to-child step from the root (an ancestor's path is a prefix of its
    descendants', and sorts first)."""
    return sorted(dict.fromkeys(els), key=_path)


def _path(el: Any) -> list[int]:
    """``el``'s index at each step down from its document's root, for `_document_order`."""
    steps: list[int] = []
    child = el
    for up in el.iterancestors():
        steps.append(up.index(child))
        child = up
    steps.reverse()
    return steps


#: The most elements `Selector._each` asks one at a time (an XPath call costs ~5K
#: instructions; a walk of a page's nodes by ``//name[...]`` ~0.3M).
_EACH_MAX = 16


def is_xpath(selector: str) -> bool:
    """XPath when it starts like a path or a parenthesised expression; else CSS."""
    return selector.startswith(("/", "./", "("))


def compile_selector(source: str, base: bool = False) -> Selector:
    """Selector ``source`` (CSS, or XPath) compiled as every ``[html]`` one is. Raises
    lxml's or cssselect's error for a bad selector."""
    from lxml import etree
    from lxml.cssselect import CSSSelector

    if is_xpath(source):
        each = xpath_each(source)
        holders = xpath_holders(source)
        return Selector(source, etree.XPath(source), needle=xpath_needle(source), tags=xpath_tags(source),
                        each=(each[0], etree.XPath(each[1])) if each else None,
                        holders=(holders[0], holders[1], etree.XPath(holders[2])) if holders else None, base=base)
    return Selector(source, CSSSelector(source, translator="html"), compile_css(source), base=base)


@functools.lru_cache(maxsize=64)
def compile_html_rules(rules: HtmlRules) -> dict[str, tuple[Selector, ...]]:
    """Every ``[html]`` key of ``rules`` with its compiled selectors."""
    from cssselect import SelectorError
    from lxml import etree

    out: dict[str, tuple[Selector, ...]] = {}
    for key in HTML_KEYS:
        compiled = []
        for source in getattr(rules, key):
            try:
                compiled.append(compile_selector(source, rules.is_base(key, source)))
            except (etree.XPathSyntaxError, SelectorError, ValueError) as e:
                raise RuleSetError(f"{rules.label}: [html] {key}: bad selector {source!r}: {e}") from None
        out[key] = tuple(compiled)
    return out



def selector_error(source: str) -> str | None:
    """Why the selector ``source`` does not compile (CSS, or XPath when `is_xpath`), or
    ``None``: rule files are checked with it when they are loaded (`cleaner.rules`), so a
    bad selector fails there, not on every HTML page."""
    from cssselect import SelectorError
    from lxml import etree
    from lxml.cssselect import CSSSelector

    try:
        if is_xpath(source):
            etree.XPath(source)
        else:
            CSSSelector(source, translator="html")
            compile_css(source)
    except (etree.XPathSyntaxError, SelectorError, ValueError) as e:
        return str(e) or type(e).__name__
    return None
