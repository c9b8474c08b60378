"""HTML tag vocabularies and element helpers (no lxml import here: `cleaner.html.frontend`
imports this on every page)."""

from __future__ import annotations

from typing import Any

#: Tags that glue text into the current block.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "img", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
    "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr", "acronym", "ruby", "rb",
})
CELL_TAGS = frozenset({"td", "th"})
#: Elements whose content is never visible text.
INVISIBLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
    "iframe", "frame", "frameset", "object", "embed", "applet", "param", "svg", "math",
    "canvas", "video", "audio", "source", "track", "map", "area", "input", "button",
    "select", "option", "optgroup", "textarea", "datalist", "dialog",
    "rt", "rp", "rtc",  # ruby annotations (readings printed above the text they gloss)
    # AMP pages (/amp/ URLs): ad slots, whose fallback and placeholder children print
    # text ("Iklan", "Konten sponsor ...") until the ad loads.
    "amp-ad", "amp-embed", "amp-sticky-ad",
})
#: AMP's pictures (``<amp-img>``, ``<amp-anim>``): read as the ``<img>`` they stand for.
AMP_IMAGE_TAGS = ("amp-img", "amp-anim")


def is_block_tag(tag: str) -> bool:
    """Block-level: starts and ends a text block (unknown tags count as block-level)."""
    return tag not in INLINE_TAGS and tag not in CELL_TAGS


def within_tag(el: Any, tag: str, levels: int) -> bool:
    """Whether the lxml element ``el`` or one of its ancestors, at most ``levels``
    elements in all, is a ``tag`` element (a ``figcaption``, a ``blockquote``)."""
    for _ in range(levels):
        if el is None:
            return False
        if el.tag == tag:
            return True
        el = el.getparent()
    return False


#: XPath's ``string()`` of an element, compiled on first use (lxml is imported only then):
#: the concatenation of its descendant text nodes in document order, what ``itertext()``
#: joins (comments' and processing instructions' own text left out, their tails kept; the
#: element's own tail left out), in one libxml2 call: ~3.8x fewer instructions than joining
#: the pieces ``itertext()`` yields one by one over the dev pages' links, paragraphs and
#: divs, though the call's own setup (~8K instructions) is more than a childless element's
#: ``.text`` costs (tests/test_html_tags.py compares the two).
_STRING: Any = None


def text_content(el: Any) -> str:
    """All the text inside the lxml element ``el`` (its descendants' text and tails;
    what lxml.html's ``text_content()`` gives)."""
    global _STRING
    if not isinstance(el.tag, str):  # a comment, processing instruction or entity: no text inside
        return "".join(el.itertext())
    if not len(el):  # no child node but text (most links): its text is all of it
        return el.text or ""
    if _STRING is None:
        from lxml import etree

        _STRING = etree.XPath("string()", smart_strings=False)
    text: str = _STRING(el)
    return text
