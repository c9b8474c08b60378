"""Compile a rule set's ``[html]`` selectors (CSS or XPath) into lxml XPath objects.

Done once per rule set and process (cached), on the first HTML page: text pages never
import lxml or cssselect. A selector that does not compile raises `RuleSetError`
naming the file, the key and the selector.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..errors import RuleSetError
from ..rules import HTML_KEYS, HtmlRules
from .select import CssSelector, PageIndex, compile_css, xpath_needle, xpath_tags


@dataclass(frozen=True, slots=True)
class Selector:
    """One compiled selector and the text it was written as (shown in `removed`).
    ``css``: the same selector for `PageIndex` lookups, when it has that shape;
    ``needle``: for an XPath, an attribute and a literal one of its values holds on
    any page where it matches (`cleaner.html.select.xpath_needle`); ``tags``: for an
    XPath, tags that have an element on any page where it matches
    (`cleaner.html.select.xpath_tags`)."""

    source: str
    xpath: Any
    css: CssSelector | None = None
    needle: tuple[str, str] | None = None
    tags: tuple[str, ...] = ()

    def select(self, root: Any, index: PageIndex | None = None) -> list[Any]:
        """The elements it matches under ``root``, in document order; ``index``, when
        given, is ``root``'s (`cleaner.html.select`: one walk for all selectors)."""
        if index is not None and self.css is not None:
            return self.css.select(index)
        if (index is not None and (self.needle is not None or self.tags) and index.root is root
                and root.getroottree().getroot() is root
                and ((self.needle is not None and not index.holding(*self.needle))
                     or not all(index.has_tag(t) for t in self.tags))):
            return []  # the index holds every value and element of the document: none can match
        try:
            found = self.xpath(root)
        except Exception:  # lxml raises XPathEvalError subclasses; a bad page must not crash
            return []
        return [e for e in found if isinstance(getattr(e, "tag", None), str)] if isinstance(found, list) else []


def is_xpath(selector: str) -> bool:
    """XPath when it starts like a path or a parenthesised expression; else CSS."""
    return selector.startswith(("/", "./", "("))


@functools.lru_cache(maxsize=64)
def compile_html_rules(rules: HtmlRules) -> dict[str, tuple[Selector, ...]]:
    """Every ``[html]`` key of ``rules`` with its compiled selectors."""
    from cssselect import SelectorError
    from lxml import etree
    from lxml.cssselect import CSSSelector

    out: dict[str, tuple[Selector, ...]] = {}
    for key in HTML_KEYS:
        compiled = []
        for source in getattr(rules, key):
            try:
                if is_xpath(source):
                    compiled.append(Selector(source, etree.XPath(source), needle=xpath_needle(source),
                                             tags=xpath_tags(source)))
                else:
                    compiled.append(Selector(source, CSSSelector(source, translator="html"), compile_css(source)))
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
