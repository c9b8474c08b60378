"""Compile a rule set's ``[html]`` selectors (CSS or XPath) into lxml XPath objects.

Done once per rule set and process (cached), on the first HTML page: text pages never
import lxml or cssselect. A selector that does not compile raises `RuleSetError`
naming the file, the key and the selector.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from .errors import RuleSetError
from .rules import HTML_KEYS, HtmlRules


@dataclass(frozen=True, slots=True)
class Selector:
    """One compiled selector and the text it was written as (shown in `removed`)."""

    source: str
    xpath: Any

    def select(self, root: Any) -> list[Any]:
        """The elements it matches under ``root``, in document order."""
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
                xp = etree.XPath(source) if is_xpath(source) else CSSSelector(source, translator="html")
            except (etree.XPathSyntaxError, SelectorError, ValueError) as e:
                raise RuleSetError(f"{rules.label}: [html] {key}: bad selector {source!r}: {e}") from None
            compiled.append(Selector(source, xp))
        out[key] = tuple(compiled)
    return out


def select_all(selectors: tuple[Selector, ...], root: Any) -> list[tuple[Selector, Any]]:
    """Every (selector, element) match, selectors in order, elements in page order."""
    return [(s, e) for s in selectors for e in s.select(root)]
