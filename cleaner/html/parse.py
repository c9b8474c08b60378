"""Parse raw HTML safely, and cut a parsed page into text blocks.

Safety: the page is parsed from the already decoded ``str`` (so a wrong ``<meta
charset>`` is not applied twice). Lexbor builds the tree as a browser does (WHATWG
tree construction: no network, no DTD, so no entity is ever declared or expanded);
its serialization is read back by libxml2's HTML parser with no network access,
``huge_tree`` off, comments and processing instructions removed. Two inputs make
these parsers slow, and both are bounded before parsing, in linear time, without
cutting any text: a start tag with thousands of distinct attributes (the duplicate
check of both parsers is quadratic in one tag's attributes) keeps its first
`MAX_ATTRIBUTES`, read as the HTML tokenizer reads them (a ``<`` or ``>`` inside a
quoted value stays part of the value); and nesting deeper than any real page is
flattened (`flatten_deep`: Lexbor is quadratic in depth, libxml2 stops at 256
levels). An internal DTD subset at the top of the page is cut so its declarations do
not show as text. The block walk is iterative, so no input reaches Python's
recursion limit.

Blocks: a boundary is every block-level tag (start or end) and every ``<br>``;
inline tags glue text together; table cells join their row with a space. Each block
keeps the nearest block-level element that holds it and how many of its characters
sit inside links and bold tags: the facts the main-content choice needs.
"""

from __future__ import annotations

import itertools
import operator
import re
import threading
from dataclasses import dataclass, field
from typing import Any
from unicodedata import is_normalized, normalize

import regex
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from ..segment import INVISIBLE, INVISIBLE_OR_SPACE, fold_space
from .tags import CELL_TAGS, INLINE_TAGS, INVISIBLE_TAGS, is_block_tag, text_content

__all__ = ["CELL_TAGS", "INLINE_TAGS", "HtmlBlock", "html_text_blocks", "is_block_tag", "parse_html"]

_BOLD_TAGS = frozenset({"b", "strong"})
#: Tags that do not start a text block (`is_block_tag` is false).
_NOT_BLOCK = INLINE_TAGS | CELL_TAGS
#: A style that hides its element: the property's own name, not the end of another's
#: (``backface-visibility: hidden`` hides nothing: only an element's back when it turns
#: in 3D; a story copied out of cnnindonesia.com 2019 prints it on every ``<br>`` and
#: ``<span>`` of its paragraphs, kept in a project's SQL dump, code index file id
#: 47758478846, and its line breaks were read as hidden, the paragraphs run together).
#: ``content-visibility: hidden`` does hide the element's content. Each name's first
#: letter opens its alternative and the lookbehind (the two characters before the
#: letter's end) follows it: a pattern that opens with a lookbehind has no first
#: character for `re` to scan for, and ran its lookbehind at every position of every
#: style (+~90K instructions a dev page, 580 style characters each); the same strings
#: match (300,000 random strings of the names' pieces agree, tests/test_speed58.py).
_HIDDEN_STYLE = re.compile(
    r"d(?<![\w-].)isplay\s*:\s*none|v(?<![\w-].)isibility\s*:\s*hidden|c(?<![\w-].)ontent-visibility\s*:\s*hidden",
    re.I | re.S)
#: A value that moves its element a thousand pixels or more off the page (``position:
#: absolute; left: -99999px``, ``text-indent: -9999px``): hidden from readers as surely as
#: ``display: none``. kompas.com's copy guard writes the story it guards, its "Artikel ini
#: telah tayang di" credit and its writer and editor into such a box; a column pasted with
#: four of them into a project's SQL dump (code index file id 25021802909, row 5 of
#: ``tbl_newspost``) read as its first paragraphs and its writer. Found by its ``: -NNNN``
#: (no scan at every letter); the property before the colon is then checked
#: (`_offscreen`): a box's side or an indent, not a ``z-index``.
_FAR_NEGATIVE = re.compile(r":\s*-\d{4}")
_OFFSCREEN_SIDES = ("left", "right", "top", "bottom", "text-indent")
_XML_PROLOG = re.compile(r"\A\s*<\?xml[^>]{0,500}\?>", re.I)
# An internal DTD subset opened near the top of the page, and where one closes: found
# by one bounded search each (a pattern that looked for the pair from every
# "<!DOCTYPE [" was quadratic on thousands of them).
_DOCTYPE_OPEN = re.compile(r"<!DOCTYPE[^>\[]{0,500}\[", re.I)
_SUBSET_CLOSE = re.compile(r"\]\s*+>")
_MAX_SUBSET = 100_000
_ATTR_CAP = 300  # attribute values longer than this are not read further
#: Attributes kept on one start tag: real elements carry a few dozen at most, and both
#: parsers check duplicates in time quadratic in one tag's attributes.
MAX_ATTRIBUTES = 200
# One attribute as the HTML tokenizer reads it (possessive throughout: no backtracking).
_ATTR = (r"[\t\n\f\r /]++[^\t\n\f\r />][^\t\n\f\r />=]*+"
         r"""(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >]*+))?+""")
# Where `_ATTR` matches: its separators and the first character of a name (all it
# needs; the rest of it may match nothing).
_ATTR_START = r"[\t\n\f\r /]++[^\t\n\f\r />]"
_TAG_HEAD = r"<[A-Za-z][^\t\n\f\r />]*+(?:" + _ATTR + "){0," + str(MAX_ATTRIBUTES) + "}+"
# A start tag with more than MAX_ATTRIBUTES attributes: its head (group 1), then the
# rest. A tag with fewer fails where its attributes end and the search resumes there
# ((*SKIP)): a "<" inside a value never starts a second scan of the same attributes,
# so the search is linear (~8 ms a MB) even on `<x <a1 <a2 ...>` runs.
_MANY_ATTRS = regex.compile(r"(" + _TAG_HEAD + r")(?:(?:" + _ATTR + r")++|(*SKIP)(*FAIL))")


def _up_to_many_attrs(cap: int) -> str:
    """A pattern that reads a page tag by tag up to the first start tag with more than
    ``cap`` attributes (or to its end): each step resumes where the one before stopped,
    as (*SKIP) makes `_MANY_ATTRS` do, so both find the same tags. The check of every
    page, in `re` (~3x faster than `regex` on real pages; possessive, so linear). One step
    is the text up to a "<" and what that "<" opens (nothing, or a start tag's head with
    no attribute after it), not one of three alternatives tried at each piece of text or
    tag: the same reading, ending at the same "<" (`tests/test_bad_html.py` pins it
    against the form by pieces), with ~14% fewer instructions on the dev pages. The head
    is tried first (most "<" open a start tag: the test for a letter then fails once, on
    an end tag, not on every start tag), and "no attribute follows" tests only how an
    attribute starts (`_ATTR_START`: the rest of `_ATTR` always matches, so both hold at
    the same places): ~8% fewer instructions on the dev pages (3.06M -> 2.81M a page)."""
    head = r"[A-Za-z][^\t\n\f\r />]*+(?:" + _ATTR + "){0," + str(cap) + "}+"
    return r"(?:[^<]*+<(?:" + head + r"(?!" + _ATTR_START + r")|(?![A-Za-z])))*+[^<]*+"


_UP_TO_MANY_ATTRS = re.compile(_up_to_many_attrs(MAX_ATTRIBUTES))
# Any tag, for the depth count of a page libxml2 found too deep.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})[^<>]*+>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
# The tags `flatten_deep` counts (the same matches, void and self-closed ones left out):
# group 1 is "/" for an end tag.
# Void names in any case, as `str.lower` reads them (the Kelvin sign is a "k"), without re.I
# (which lets [A-Za-z] match a dotless i).
_KELVIN = {"k": "\u212a"}
_VOID_ANY_CASE = "|".join("".join(f"[{c}{c.upper()}{_KELVIN.get(c, '')}]" for c in name) for name in sorted(_VOID))
_NESTING_TAG = re.compile(r"<(/?)(?!(?:" + _VOID_ANY_CASE + r")(?![\w:-]))[A-Za-z][\w:-]{0,40}[^<>]*+(?<!/)>")
_STEP = {"": 1, "/": -1}
#: A start tag, in Lexbor's serialization (every attribute value double-quoted), of a
#: void element that libxml2 reads as a container: ``<embed>``, ``<source>``,
#: ``<track>``, ``<wbr>``. Left open, libxml2 put everything after it in its parent
#: inside it, and an ``embed``'s or ``source``'s content is never shown: idntimes.com
#: 2019 mobile prints a YouTube video as ``div.embed-image > embed`` + ``span.main-
#: article-source`` (its credit), the credit lost from the page (fardiyadi/
#: idnmedia2.github.io idn/preview/idntimes/fsto/index-m-detail.html @
#: 8a480a07adc2f4975861fcdd9b2e5c89d7f8be0e); a story's paragraphs after an ``embed``
#: in their box went the same way.
_OPEN_VOID = re.compile(r'<(embed|source|track|wbr)(?:\s++[^\s=>/"]++(?:="[^"]*+")?+)*+\s*+/?>')
#: Where `_OPEN_VOID` may match: a "<" and one of its names. One scan in C for the four
#: (its first character found by a fast search), where four ``in`` tests (``"<embed" in
#: text or ...``) scanned a page's serialization four times, stopping at every "<" each
#: time: ~0.18 ms a dev page, the search ~0.05 (the same pages: it finds one exactly
#: when one of the four strings is in the text). In instructions a small gain (the
#: scans are cheap per character): 66.95M -> 66.84M a dev page (icount, 14 pages).
_VOID_NAME = re.compile(r"<(?:embed|source|track|wbr)")
#: Nesting kept when a page is deeper than libxml2 builds (it stops at 256 levels).
FLAT_DEPTH = 200
#: Pages with more tags than this have their nesting bounded before tree construction.
_SCAN_TAGS = 10_000
_LEXBOR_DEPTH = 2_000
#: Attribute values are cut to this length right after parsing.
MAX_ATTR_CHARS = 2000
# A quoted attribute value of at least MAX_ATTR_CHARS bytes in libxml2's serialization
# (linear: a scan from one `="` stops at the next `"`, where the next one can start).
_LONG_VALUE = re.compile(rb"""=(?:"[^"]{%d}|'[^']{%d})""" % (MAX_ATTR_CHARS, MAX_ATTR_CHARS))
_LONG_VALUE_TEXT = re.compile(_LONG_VALUE.pattern.decode("ascii"))

_local = threading.local()


def _parser(huge: bool = False, utf8: bool = False) -> Any:
    """One parser per thread: lxml parsers must not be shared between threads.
    ``huge``: without libxml2's 10 MB bound on one text node or attribute value.
    ``utf8``: reads UTF-8 bytes whatever charset the page declares."""
    name = ("huge_parser" if huge else "parser") + ("_utf8" if utf8 else "")
    parser = getattr(_local, name, None)
    if parser is None:
        # lxml's own element class: lxml.html's classes are picked by a Python call
        # per element proxy (about a quarter of the cost of walking a page). No table
        # of ids (``collect_ids``): nothing looks an element up by its id.
        parser = etree.HTMLParser(
            no_network=True, huge_tree=huge, remove_comments=True, remove_pis=True,
            recover=True, default_doctype=False, encoding="utf-8" if utf8 else None, collect_ids=False,
        )
        setattr(_local, name, parser)
    return parser


def _read(text: str, huge: bool = False) -> tuple[Any, Any]:
    """libxml2's tree of ``text`` and the parser that read it. Fed as UTF-8 bytes (a
    third faster than a ``str``, which lxml hands over four bytes a character); a
    text that cannot be encoded (a lone surrogate) is read as a ``str``."""
    try:
        data: str | bytes = text.encode("utf-8")
    except UnicodeEncodeError:
        parser = _parser(huge)
        return etree.fromstring(text, parser=parser), parser
    parser = _parser(huge, utf8=True)
    return etree.fromstring(data, parser=parser), parser


def parse_html(text: str) -> Any | None:
    """The page's root element, or ``None`` when there is nothing to parse."""
    return parse_html_source(text)[0]


def parse_html_source(text: str, utf8: bytes | None = None) -> tuple[Any | None, str]:
    """`parse_html`'s root, and the markup libxml2 built it from (Lexbor's
    serialization, which quotes every attribute value whole: `cap_attributes` reads
    there that no value is long without an XPath over the tree); ``""`` with no root.
    ``utf8``, when given, must be ``text``'s UTF-8 encoding: Lexbor reads it as it is
    when the bounds below leave the page as it was (selectolax would encode ``text``
    again: ~0.07 ms a dev page, most of it on pages not in Latin-1)."""
    given = text
    text = _XML_PROLOG.sub("", text, count=1)
    text = _cut_doctype_subset(text)
    if not text or text.isspace():  # (not a stripped copy of the page)
        return None, ""
    text = cap_attribute_count(_cut_tag_start(text))
    if text.count("<") > _SCAN_TAGS:
        # Lexbor's tree construction is quadratic in nesting depth (100k nested
        # <div> take ~26 s): a page with that many tags is first cut to a depth no
        # real page reaches. Linear; ordinary pages never pay for the scan.
        text = flatten_deep(text, _LEXBOR_DEPTH)
    # Tree construction as a browser does it (WHATWG): a self-closed `<html … />`,
    # misnested and stray tags end up where a reader sees them. Lexbor builds the tree;
    # its serialization is well-formed, so libxml2 reads it back unchanged.
    # (Each bound returns the very ``str`` it was given when it changes nothing.)
    text = LexborHTMLParser(utf8 if utf8 is not None and text is given else text).html or ""
    # Void elements libxml2's HTML parser does not know as void (it nests what follows
    # them inside, up to their parent's end): closed at once, as a browser reads them.
    # (A search for their names first (`_VOID_NAME`): most pages hold none, and it costs
    # less than a match of the whole tag tried at every "<".)
    if _VOID_NAME.search(text) is not None:
        text = _OPEN_VOID.sub(r"\g<0></\1>", text)
    try:
        huge = False
        root, parser = _read(text)
        if any("XML_PARSE_HUGE" in e.message and "depth" not in e.message for e in parser.error_log):
            # A text node or attribute value over 10 MB (a 16 MB script, paragraph or
            # data URI) stopped libxml2 there: everything after it was lost. Lexbor's
            # serialization declares no entity, so lifting the bound is safe; the
            # page's nesting is bounded as on the first try.
            huge = True
            text = flatten_deep(text, FLAT_DEPTH)
            root, parser = _read(text, huge)
        if any("depth" in e.message for e in parser.error_log):
            # libxml2 drops everything below 256 levels: flatten the deep part and
            # parse again, so the story of a pathological page survives.
            root, parser = _read(flatten_deep(text, FLAT_DEPTH), huge)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, ""
    # (A deep page's second read is of `flatten_deep(text)`: tags cut, values as in ``text``.)
    return root, text


#: Script types that hold markup a page's script shows (client-side templates).
#: A text node of escaped white space alone between the tags ("</p>\\r\\n\\t<p>"): a database
#: dump's HTML re-served as a page keeps the markup's line breaks and indenting as a
#: backslash and a letter (bola.com 2021 in a project's SQL dump, code index file id
#: 39573232258). White space of the markup, as the characters are: no block (each was a
#: paragraph or a dropped block, and split a "BACA JUGA" label from its list). Asked only
#: of a node opening with a backslash.
_ESCAPED_SPACE = re.compile(r"(?:\\[rnt]|\s)++")
_TEMPLATE_TYPES = frozenset({"text/template", "text/x-template", "text/html", "text/x-handlebars-template",
                             "text/x-jquery-tmpl"})


def expand_templates(root: Any) -> bool:
    """Replace each ``<script>`` whose type says it holds markup (``text/template``:
    a blog that renders its post by script) by a ``div`` of that markup, parsed as
    the page is; True when one was found. For pages that show no text otherwise."""
    found = False
    for script in list(root.iter("script")):
        if (script.get("type") or "").strip().lower() not in _TEMPLATE_TYPES or not (script.text or "").strip():
            continue
        parsed = parse_html(script.text)
        body = parsed.find("body") if parsed is not None else None
        parent = script.getparent()
        if body is None or parent is None:
            continue
        box = etree.Element("div")
        box.text = body.text
        box.extend(list(body))
        box.tail = script.tail
        parent.replace(script, box)
        found = True
    return found


def cap_attribute_count(text: str) -> str:
    """``text`` with the attributes past the first `MAX_ATTRIBUTES` of each start tag
    cut (no text is in them). One scan in C finds none on an ordinary page; it never
    cuts a valid page, as the old "huge start tag" guard did when a value held a "<"
    (an `alt="x<b"`)."""
    if _UP_TO_MANY_ATTRS.match(text).end() == len(text):  # type: ignore[union-attr]
        return text
    return _MANY_ATTRS.sub(r"\1", text)


def _cut_tag_start(text: str) -> str:
    """``text`` without the ``<`` or ``</`` it ends with: a download cut one or two
    bytes into a tag (a Tempo story's body cut after ``</p>`` CRLF CRLF ``<``).
    Parsed, the bare ``<`` is text, a paragraph "<" or a story line ending in one; a
    tag cut later (``<p``, ``</p``, ``<p class="x``) the parser already drops. The very
    ``str`` it was given when it ends otherwise."""
    tail = text[-64:].rstrip()  # (the tail alone: no copy of the page that ends otherwise)
    if not tail.endswith(("<", "</")):
        return text
    end = text.rstrip()
    return end[:-2] if end.endswith("</") else end[:-1]


def _cut_doctype_subset(text: str) -> str:
    """``text`` with an internal DTD subset (``<!DOCTYPE html [ ... ]>``) opened in its
    first 2,000 characters replaced by a plain doctype; linear."""
    if "<!" not in text[:2000]:
        return text
    opened = _DOCTYPE_OPEN.search(text, 0, 2000)
    if opened is None:
        return text
    closed = _SUBSET_CLOSE.search(text, opened.end(), opened.end() + _MAX_SUBSET)
    if closed is None:
        return text
    return text[:opened.start()] + "<!DOCTYPE html>" + text[closed.end():]


def flatten_deep(text: str, limit: int) -> str:
    """``text`` with every tag that would open (or close) an element below ``limit``
    levels of nesting removed (a block-level one leaves a ``<br>``, so paragraphs stay
    apart); the text between tags stays. Linear in the tags; a page no deeper than
    ``limit`` is returned as it is after one scan in C (the loop below costs 1 us a tag)."""
    if max_depth(text) <= limit:
        return text
    out: list[str] = []
    depth = 0
    last = 0
    boundary = False  # a <br> stands for the dropped tags since the last text
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID or m.group(0).endswith("/>"):
            continue
        if closing:
            drop = depth > limit
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            between = text[last:m.start()]
            if between.strip():
                out.append(between)
                boundary = False
            elif between and not boundary:
                out.append(" ")  # words on either side stay apart
            # A block-level tag still ends a block: one <br> marks a run of them.
            if is_block_tag(name) and not boundary:
                out.append("<br>")
                boundary = True
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def max_depth(text: str) -> int:
    """The deepest nesting `flatten_deep` counts in ``text`` (an end tag at depth 0
    is ignored): the running sum S of +1 per start tag and -1 per end tag, less its
    least value so far when that is negative, at its highest."""
    sums = list(itertools.accumulate(map(_STEP.__getitem__, _NESTING_TAG.findall(text))))
    lows = itertools.islice(itertools.accumulate(sums, min, initial=0), 1, None)
    return max(map(operator.sub, sums, lows), default=0)


def cap_attributes(root: Any, serialized: bytes | str | None = None) -> None:
    """Cut attribute values longer than `MAX_ATTR_CHARS`, so an extractor that reads
    them with its own patterns (trafilatura) never scans megabytes of one ``class``.
    Our own reading needs no cap: selectors test values in linear time, and the
    other reads are cut at `_ATTR_CAP`. One XPath finds them (in C); ``serialized``,
    the tree as libxml2 wrote it (it quotes every value), when given and holding no
    quoted run that long, says there are none (a scan ~20x cheaper than the XPath); so
    does Lexbor's serialization libxml2 read the tree from (a ``str``: it writes every
    value in double quotes, a ``"`` in it as ``&quot;``, and entities only lengthen a
    value)."""
    if isinstance(serialized, str):
        if not _LONG_VALUE_TEXT.search(serialized):
            return
    elif serialized is not None and not _LONG_VALUE.search(serialized):
        return
    for value in root.xpath(f"//@*[string-length(.) > {MAX_ATTR_CHARS}]"):
        value.getparent().set(value.attrname, value[:MAX_ATTR_CHARS])


def attr(el: Any, name: str | bytes) -> str:
    """An attribute value, read no further than `_ATTR_CAP` characters. ``name`` as
    ASCII bytes where it is known (`class_id`): lxml reads the same attribute and
    value by either, and encodes a `str` name to UTF-8 at every call."""
    value = el.get(name)
    return value[:_ATTR_CAP] if value else ""


def class_id(el: Any) -> str:
    """``class`` and ``id`` of an element, as one string (bounded)."""
    return f"{attr(el, b'class')} {attr(el, b'id')}"


def _hidden_by_attribute(el: Any) -> bool:
    """Hidden by its attributes (``hidden``, ``aria-hidden``, a hiding ``style``).
    `_hidden_below` makes the same test for a whole tree: change both."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _style_hides(style))


def _offscreen(style: str) -> bool:
    """Whether ``style`` (capped) moves its element far off the page: a `_FAR_NEGATIVE`
    value whose property is a side or an indent. One search of the value in C answers
    for most styles (no such value)."""
    far = _FAR_NEGATIVE.search(style, 0, _ATTR_CAP)
    while far is not None:
        name = style[max(0, far.start() - 20):far.start()].rstrip().lower()
        if name.endswith(_OFFSCREEN_SIDES):
            return True
        far = _FAR_NEGATIVE.search(style, far.end(), _ATTR_CAP)
    return False


def _style_hides(style: str) -> bool:
    """Whether a ``style`` value hides its element: `_HIDDEN_STYLE`, or `_offscreen`."""
    return bool(_HIDDEN_STYLE.search(style, 0, _ATTR_CAP)) or _offscreen(style)


#: Attribute names the HTML tree-builder writes in mixed case (WHATWG's "adjust SVG
#: attributes" and "adjust MathML attributes": ``viewBox``, ``definitionURL``), which
#: libxml2 lower-cases when it reads the markup back: for these a name absent from the
#: markup as written may still be the tree's (`may_have_attribute`).
_MIXED_CASE_NAMES = frozenset({
    "attributename", "attributetype", "basefrequency", "baseprofile", "calcmode", "clippathunits",
    "diffuseconstant", "edgemode", "filterunits", "glyphref", "gradienttransform", "gradientunits",
    "kernelmatrix", "kernelunitlength", "keypoints", "keysplines", "keytimes", "lengthadjust",
    "limitingconeangle", "markerheight", "markerunits", "markerwidth", "maskcontentunits", "maskunits",
    "numoctaves", "pathlength", "patterncontentunits", "patterntransform", "patternunits", "pointsatx",
    "pointsaty", "pointsatz", "preservealpha", "preserveaspectratio", "primitiveunits", "refx", "refy",
    "repeatcount", "repeatdur", "requiredextensions", "requiredfeatures", "specularconstant",
    "specularexponent", "spreadmethod", "startoffset", "stddeviation", "stitchtiles", "surfacescale",
    "systemlanguage", "tablevalues", "targetx", "targety", "textlength", "viewbox", "viewtarget",
    "xchannelselector", "ychannelselector", "zoomandpan", "definitionurl"
})


def may_have_attribute(source: str | None, name: str) -> bool:
    """Whether an element of the tree libxml2 read from ``source`` may have the attribute
    ``name`` (lower case): ``False`` only when none can. ``source`` is
    `parse_html_source`'s markup, Lexbor's serialization, which writes every attribute
    as `` name="value"`` (a bare one as `` name=""``), its name in lower case but for
    `_MIXED_CASE_NAMES`; ``None`` (no such markup: a tree changed since) says nothing.
    One scan of the markup in C, where an XPath that reads the name's values walks every
    node of the tree (checked on every dev and peer-suite page: each name of the tree
    is written so in its markup)."""
    return source is None or name in _MIXED_CASE_NAMES or f' {name}="' in source


#: The values of each attribute `_hidden_by_attribute` reads, for every element below a
#: root (lxml strings: ``.getparent()`` is the element), compiled once.
_HIDDEN_ATTR = etree.XPath("descendant::*/@hidden")
_ARIA_HIDDEN_ATTR = etree.XPath("descendant::*/@aria-hidden")
_STYLE_ATTR = etree.XPath("descendant::*/@style")


def styled_with_url(root: Any) -> list[Any]:
    """The elements below ``root`` whose ``style`` holds a ``url(`` (a background picture,
    most often): the tree's ``style`` values read in C (`_STYLE_ATTR`; faster than an
    XPath ``contains()`` test), an element made only for those that hold one."""
    return [value.getparent() for value in _STYLE_ATTR(root) if "url(" in value]


def _hidden_below(root: Any, styled: list[Any] | None = None, source: str | None = None) -> set[Any]:
    """The elements below ``root`` (``root`` left out) that `_hidden_by_attribute` holds
    hidden: three attribute reads of the tree in C (libxml2 reads each value as
    `el.get` does), not three `get` calls per element of the walk; a read of a name the
    markup ``source`` does not write (`may_have_attribute`: ``hidden`` on none of the 14
    dev pages, ``aria-hidden`` on 9) is not made. ``styled``, when given, receives those
    whose ``style`` holds a ``url(`` (`styled_with_url`)."""
    hidden: set[Any] = ({value.getparent() for value in _HIDDEN_ATTR(root)}
                        if may_have_attribute(source, "hidden") else set())
    if may_have_attribute(source, "aria-hidden"):
        hidden.update(value.getparent() for value in _ARIA_HIDDEN_ATTR(root) if value == "true")
    styles = _STYLE_ATTR(root) if may_have_attribute(source, "style") else []
    hidden.update(value.getparent() for value in styles if value and _style_hides(value))
    if styled is not None:
        styled += [value.getparent() for value in styles if "url(" in value]
    return hidden


def is_invisible(el: Any, invisible: frozenset[str] = INVISIBLE_TAGS) -> bool:
    """Never shown to readers: scripts, forms controls, hidden elements (``invisible``:
    the tags that hide their content)."""
    tag = el.tag
    if not isinstance(tag, str):
        return True
    return tag in invisible or _hidden_by_attribute(el)


def visible_text(el: Any) -> str:
    """The text a reader sees inside ``el``: `text_content` less the subtrees that
    `is_invisible` holds hidden (a link's ``display:none`` id, okezone 2015's
    ``<i style="display:none">lifestyle-read-…</i>`` inside each related link)."""
    if not len(el):
        return el.text or ""
    if not any(is_invisible(d) for d in el.iterdescendants()):
        return text_content(el)
    out = [el.text or ""]
    stack: list[tuple[Any, bool]] = [(child, False) for child in reversed(el)]
    while stack:  # document order, no recursion (a deep tree cannot overflow it)
        node, closed = stack.pop()
        if closed:
            out.append(node.tail or "")
            continue
        stack.append((node, True))
        if not is_invisible(node):
            out.append(node.text or "")
            stack.extend((child, False) for child in reversed(node))
    return "".join(out)

#: A block of running text has at least this many characters, at most this share of
#: them in links (`cleaner.html.container.is_running`).
MIN_BLOCK_CHARS = 25
MAX_BLOCK_LINK_DENSITY = 0.5


@dataclass(slots=True)
class HtmlBlock:
    """One text block of a page: its 0-based index, folded text, the nearest
    block-level element holding it, and its link and bold character counts."""

    index: int
    text: str
    el: Any
    link_chars: int
    bold_chars: int
    dropped: str | None = None  # the [html] drop rule that took it, if any
    #: Held by an element, long enough and not mostly links: running text unless
    #: dropped (set once: the stages ask about every block many times).
    prose: bool = field(init=False, default=False)

    def __init__(self, index: int, text: str, el: Any, link_chars: int, bold_chars: int,
                 dropped: str | None = None) -> None:
        # Explicit (a block is made per paragraph of a page): no `__post_init__` call, and
        # the compiled build compiles it (it builds a dataclass through the generated,
        # interpreted one). `prose` tests `link_density` inline.
        self.index = index
        self.text = text
        self.el = el
        self.link_chars = link_chars
        self.bold_chars = bold_chars
        self.dropped = dropped
        n = len(text)
        self.prose = el is not None and n >= MIN_BLOCK_CHARS and link_chars / n <= MAX_BLOCK_LINK_DENSITY

    @property
    def number(self) -> int:
        """The 1-based block number used in `removed`."""
        return self.index + 1

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def bold(self) -> bool:
        """All of the block's text is inside ``<b>``/``<strong>``."""
        return self.bold_chars >= len(self.text.replace(" ", "")) > 0


#: Elements whose content is phrasing only: a custom element inside one (a name with a
#: hyphen, ``<hl-trusted-source>`` around a citation link) is inline, as a browser shows
#: an element it has no style for, not a block that splits the sentence around it.
_PHRASING_ONLY = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})


#: What a reader without scripts sees: ``<noscript>`` content shows.
NOSCRIPT_SHOWN = INVISIBLE_TAGS - {"noscript"}


def _add_block(blocks: list[HtmlBlock], skip: dict[Any, str], text: str, el: Any,
               n_link: int, n_bold: int) -> None:
    """Append the block of ``text`` held by ``el`` to ``blocks``, marked with the drop rule
    of ``el`` or its nearest ancestor in ``skip``."""
    rule = None
    if skip:
        e = el
        while e is not None and rule is None:
            rule = skip.get(e)
            e = e.getparent()
    blocks.append(HtmlBlock(len(blocks), text, el, n_link, n_bold, rule))


#: A piece of these characters alone (at most `_MAX_CLOSERS`, the first a closing
#: bracket) ends the line before it (`_flush`).
_CLOSERS = frozenset(")]")
_CLOSER_TAIL = frozenset(")].,;:!?\"\u201d\u2019")
_MAX_CLOSERS = 3


def _closers_only(text: str) -> bool:
    """``text`` is a closing bracket, maybe with a stop or a closing quote after it."""
    return len(text) <= _MAX_CLOSERS and all(ch in _CLOSER_TAIL for ch in text)


def _flush(blocks: list[HtmlBlock], skip: dict[Any, str], parts: list[str], first: Any,
           link: int, bold: int, hold: bool) -> tuple[str, Any, int, int] | None:
    """End the block being built (``parts``, not empty: called once a piece holds text)
    and empty ``parts``. ``hold``: a block element starts here; a drop cap before it is
    returned to be held (its text, element, link and bold counts), not added."""
    text = fold_space("".join(parts))
    # Composed (NFC), as a reader's search and the text rules' patterns see the
    # words: a page may print "é" as "e" + U+0301 or a Bengali vowel sign in two code
    # points; the same letters on screen. (The link and bold counts stay those of the
    # markup's characters: a composed letter is one less, so the shares shift by a hair.)
    if not text.isascii():
        if not is_normalized("NFC", text):
            text = normalize("NFC", text)
        if text[0] in INVISIBLE or text[-1] in INVISIBLE:
            text = text.strip(INVISIBLE_OR_SPACE)  # blank at the ends, as in a text scrape's line
            if not text:
                parts.clear()
                return None
    held = None
    if hold and len(text) == 1 and text.isupper() and not parts[-1][-1].isspace():
        held = (text, first, link, bold)
    elif text[0] in _CLOSERS and blocks and blocks[-1].el is first and _closers_only(text):
        # Only the closing bracket of the line before, put after a ``<br>`` by the
        # editor: CNN Indonesia's initials ``<strong>(din/mik<br />)</strong>``. A
        # line cannot open with it: it ends the previous line of the same element,
        # where the rules that know a closing code ("(din/mik)") find it whole.
        prev = blocks[-1]
        prev.text += text
        prev.bold_chars += bold
        prev.link_chars += link
    else:
        _add_block(blocks, skip, text, first, link, bold)
    parts.clear()
    return held


def _after(el: Any, root: Any) -> Any:
    """The node after ``el``'s subtree in document order within ``root``'s (its next
    sibling, or its nearest ancestor's below ``root``), ``None`` when none; a node as
    lxml's ``iter`` yields them (an element, comment or processing instruction)."""
    while el is not root:
        after = el.getnext()
        if after is not None:
            return after
        el = el.getparent()
        if el is None:
            return None
    return None


def _skip(nodes: Any, node: Any, up: Any, el: Any, root: Any) -> tuple[Any, Any]:
    """Pass ``nodes`` (lxml's ``iter`` of ``root``; its next node ``node``, whose parent
    is ``up``) over the nodes inside ``el``, the element just read: the node after
    ``el``'s subtree and its parent. The node after an element is its first child or
    lies past it, so only an element whose first child is ``node`` holds any (a
    script or a ``br`` mostly holds none: nothing is walked)."""
    if node is None or up is not el:
        return node, up
    stop = _after(el, root)
    while node is not None and node is not stop:
        node = next(nodes, None)
    return node, (node.getparent() if node is not None else None)


def html_text_blocks(root: Any, *, max_depth: int, dropped: dict[Any, str] | None = None,
                     invisible: frozenset[str] = INVISIBLE_TAGS,
                     inline_at: dict[Any, int] | None = None, styled: list[Any] | None = None,
                     source: str | None = None) -> list[HtmlBlock]:
    """The visible text blocks of ``root`` (usually ``<body>``), in document order.
    ``styled``, when given, receives the elements under ``root`` whose ``style`` holds a
    ``url(`` (read with the styles the walk reads anyway: `_hidden_below`). ``source``,
    when given, is the markup ``root``'s tree was read from (`parse_html_source`'s): an
    attribute it does not write is not read from the tree (`may_have_attribute`).

    ``dropped`` maps elements to the id of the ``[html] drop`` rule that matched them:
    their blocks are still listed (so they appear in `removed`), marked ``dropped``.
    ``invisible``: the tags whose content is not shown (`NOSCRIPT_SHOWN` reads the
    page as a reader without scripts sees it). ``inline_at``, when given, receives
    for each inline element the index of the block its text starts in.
    """
    skip = dropped or {}
    blocks: list[HtmlBlock] = []
    # Blocks are added by module-level functions (`_add_block`, `_flush`), not by
    # closures over this state: the compiled build keeps a closure's variables in an
    # environment object that the closure and the environment refer to each other
    # through, a cycle that held every page's blocks (and through them its tree) until
    # the cyclic collector ran; now reference counts free them when the page goes.
    # The block being built: its text pieces, the element of its first non-blank
    # piece, and the characters (white space left out) of its pieces in links and bold.
    # A boundary flushes only once a piece holds text (``first`` is set): white space
    # left from before folds away with the block's leading space (most boundaries of a
    # page follow nothing but indentation).
    parts: list[str] = []
    first: Any = None
    link = bold = 0

    # A drop cap: one capital letter in an inline element, printed right before the
    # block its word goes on in (``<span>T</span><p>oday ...``). Held (text, element,
    # link and bold counts) until the next piece of text: it joins that piece when the
    # two are one word in the source (no white space between, a small letter next);
    # else it is a block of its own.
    held: tuple[str, Any, int, int] | None = None

    # The nodes come from lxml's ``iter`` (in C: elements, comments and processing
    # instructions in document order), not ``iterwalk``'s events, which cost about six
    # times its walk (a tuple per event, its own stack kept in Python objects): an
    # element's end is the step where the next node's parent is not it, read from the
    # stack of open elements, and a skipped subtree is passed over to the node after it
    # (`_after`). The same events in the same order, so the same blocks.
    # Per open element the stack keeps the element and the state its tail is read with
    # (its parent's: nearest block element, in link, in bold), its depth, and whether
    # leaving it ends a block (shown, block-level and not too deep: the end then needs
    # no second read of the tag). `blk`, `in_a`, `in_b`, `depth`: the state of the
    # children of the element last entered. A text piece is added where it is read
    # (not by a call: this loop runs per element of the page).
    # `is_invisible` of each element, inline (a call per element costs more than the
    # test), its attribute part read for the whole tree at once.
    hidden = _hidden_below(root, styled, source)
    not_block, inline_tags, cell_tags, bold_tags = _NOT_BLOCK, INLINE_TAGS, CELL_TAGS, _BOLD_TAGS
    nodes = root.iter()
    node: Any = next(nodes, None)
    up: Any = None  # ``node``'s parent (the root's is never on the stack)
    stack: list[tuple[Any, Any, bool, bool, int, bool]] = []
    push, pop, add = stack.append, stack.pop, parts.append
    blk, in_a, in_b, depth = root, False, False, 0
    text: str | None  # lxml's text and tail: a `str` or ``None``
    while True:
        if stack and (node is None or stack[-1][0] is not up):
            # Leaving an element: close its block, then its tail text, read with the
            # state it was entered with.
            el, blk, in_a, in_b, depth, closes = pop()
            if closes and first is not None:
                _flush(blocks, skip, parts, first, link, bold, False)
                first, link, bold = None, 0, 0
            text = el.tail
        elif node is None:
            break
        else:
            el = node
            node = next(nodes, None)
            if node is not None:
                up = node.getparent()
            tag = el.tag
            if not isinstance(tag, str):
                # A comment or processing instruction: not shown, its tail is.
                text = el.tail
            elif el is not root and (tag in invisible or el in hidden):
                push((el, blk, in_a, in_b, depth, False))
                node, up = _skip(nodes, node, up, el, root)
                continue
            elif tag == "br":
                push((el, blk, in_a, in_b, depth, False))
                node, up = _skip(nodes, node, up, el, root)
                if first is not None:
                    _flush(blocks, skip, parts, first, link, bold, False)
                    first, link, bold = None, 0, 0
                continue
            else:
                if tag in not_block or ("-" in tag and blk.tag in _PHRASING_ONLY):
                    push((el, blk, in_a, in_b, depth, False))
                    if inline_at is not None and tag in inline_tags:
                        # The block being built gets this index when flushed (or, if it
                        # holds nothing, the next one does).
                        inline_at[el] = len(blocks)
                    if tag in cell_tags:
                        add(" ")  # cells of a row: apart
                    elif tag == "a" and (el.get(b"href") is not None or el.get(b"class") is not None):
                        # A bare `<a name=...>` (no href, no class) is a bookmark, not a
                        # link; a styled one without href is a link a script follows. (Names
                        # as bytes, as `PageIndex._walk` reads them: no encoding per call.)
                        in_a = True
                    elif tag in bold_tags:
                        in_b = True
                elif depth <= max_depth:
                    push((el, blk, in_a, in_b, depth, True))
                    if first is not None:
                        # (``held`` is None while a block is being built: a held drop cap
                        # is added or joined before the block's first piece.)
                        held = _flush(blocks, skip, parts, first, link, bold, True)
                        first, link, bold = None, 0, 0
                    blk = el
                else:
                    push((el, blk, in_a, in_b, depth, False))
                if "-" in tag and not in_a and el.get(b"href") is not None:
                    # A web component's link (a custom element with an ``href``: bmas.de's
                    # ``<pp-link href>`` around each line of its menus) is a link as ``<a>`` is;
                    # read as plain text, a menu of hundreds of such lines counted as running
                    # text and outweighed the story (trafilatura's evaluation suite).
                    in_a = True
                depth += 1
                text = el.text
        if text:
            if first is None:
                if held is not None and (text.isspace() or not text[0].islower()):
                    _add_block(blocks, skip, held[0], held[1], held[2], held[3])
                    held = None
                if text.isspace() or (text[0] == "\\" and _ESCAPED_SPACE.fullmatch(text) is not None):
                    continue  # folds away with the block's leading space
                first = blk
                if held is not None:  # the rest of the drop cap's word
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

