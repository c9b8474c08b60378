"""Is a page HTML? `looks_like_html` answers for every page before anything is parsed.

Kept apart from `cleaner.html.frontend` (which imports the parser, the selectors and
the metadata readers): a text scrape is told apart with this module alone.
"""

from __future__ import annotations

import regex

from ..lazy import compiled_regex

# What a page may carry before its first tag: white space and invisible characters
# (BOM, zero-width space/joiners, word joiner, no-break space).
_LEADING = " \t\r\n\f\v\ufeff\u200b\u200c\u200d\u2060\u00a0"
# A saved HTTP response's status line (its headers end at the first blank line).
# The patterns are compiled on first use (`compiled_regex`): a text scrape, which starts with
# neither "<" nor "HTTP/", needs none of them.
_HTTP_STATUS = r"HTTP/\d(?:\.\d)? \d{3}\b"
_HTTP_HEADER_END = r"\r?\n\r?\n"
_FIRST_TAG = r"(?i)<(!doctype\b|[A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])"
_ANY_TAG = r"</?[A-Za-z][A-Za-z0-9]{0,15}[\s/>]"
_TRAFILATURA_DOC = r"<doc(?=[\s>])[^<>]{0,4000}+>\s{0,200}+<main>"
#: One feed item kept alone: an RSS ``<item>`` or Atom ``<entry>`` whose first child is
#: its title, link or id (`is_feed_item`).
_FEED_ITEM = r"<(?:item|entry)(?=[\s>])[^<>]{0,4000}+>\s{0,200}+<(?:title|link|guid|id)(?=[\s>])"
#: How far into the input the first tag is looked for, past comments and headers.
_MAX_PREAMBLE = 256 * 1024
#: Root elements of a feed or a sitemap: a list of links to stories, never a story.
FEED_TAGS = frozenset({"rss", "feed", "urlset", "sitemapindex"})
#: A page that opens with one of these is HTML (a document's own opening tags).
_DOCUMENT_TAGS = frozenset({
    "!doctype", "html", "head", "body", "meta", "link", "script", "style", "title", "base", "noscript",
    "template", "div", "p", "article", "section", "main",
    # A feed or a sitemap (RSS, Atom): markup the HTML front end names as no article.
    *FEED_TAGS,
})
#: Every other HTML element: a page opening with one is HTML when more tags follow.
_ELEMENT_TAGS = frozenset({
    "a", "abbr", "address", "area", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "button",
    "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
    "details", "dfn", "dialog", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font",
    "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "map", "mark", "menu", "meter",
    "nav", "object", "ol", "optgroup", "option", "output", "picture", "pre", "progress", "q", "s",
    "samp", "search", "select", "small", "source", "span", "strong", "sub", "summary", "sup", "svg",
    "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "video",
})
#: Tags in the first 8 KB that make a page opening with an ordinary element HTML (a text
#: scrape that starts with a stray ``<b>`` has one or two).
_MIN_TAGS = 4
#: `_bare_lead_start`: a story body whose lead paragraph was stored with no tag: at most
#: this many characters of plain text (at least ``_MIN_BARE_LEAD``) before a line that
#: opens a ``<p>``, and this many ``</p>`` in the 8 KB from it.
_MAX_BARE_LEAD = 2000
_MIN_BARE_LEAD = 40
_MIN_BARE_LEAD_PARAGRAPHS = 2
_PARAGRAPH_TAG = r"(?i)<p(?=[\s>])"
_BREAK_TAG = r"(?i)<br\s{0,8}/?>"
#: `_bare_lead_start`: a bare lead whose first tag is a line break is a body only with this
#: many breaks in the 8 KB from it (two paragraph breaks, each a doubled ``<br />``).
_MIN_BARE_BREAKS = 4
#: A dateline stored bare on the first ``<p>``'s own line ("Jakarta, CNN Indonesia --
#: <p>...": cnnindonesia.com 2020 in a project's SQL dump of blog posts, code index file
#: id 1519582571, row 2): at most this many characters, closed by a dash.
_MAX_BARE_DATELINE = 80
_DATELINE_DASHES = ("-", "\u2013", "\u2014")


def markup_start(text: str) -> int | None:
    """Where an HTML document's markup starts in ``text`` (past invisible characters,
    a saved HTTP response's headers, an XML prolog and comments of any length), or
    ``None`` when ``text`` does not open with markup. Linear: each skip is one find."""
    found = markup_root(text)
    return None if found is None else found[0]


def markup_root(text: str) -> tuple[int, bool] | None:
    """`markup_start`'s answer and whether the markup there is a story kept as XML:
    trafilatura's (`is_trafilatura_doc`) or one feed item (`is_feed_item`), each looked
    at once; or ``None``."""
    n = min(len(text), _MAX_PREAMBLE)
    i = 0
    headers_seen = False
    while i < n:
        while i < n and text[i] in _LEADING:
            i += 1
        if text.startswith("<!--", i):
            end = text.find("-->", i + 4, _MAX_PREAMBLE)
            if end < 0:
                return None
            i = end + 3
        elif text.startswith("<?", i):
            end = text.find(">", i + 2, _MAX_PREAMBLE)
            if end < 0:
                return None
            i = end + 1
        elif not headers_seen and text.startswith("HTTP/", i) and compiled_regex(_HTTP_STATUS).match(text, i, i + 64):
            headers_seen = True
            blank = compiled_regex(_HTTP_HEADER_END).search(text, i, _MAX_PREAMBLE)
            if blank is None:
                return None
            i = blank.end()
        else:
            break
    if i >= n:
        return None
    if not text.startswith("<", i):
        lead = _bare_lead_start(text, i)
        return None if lead is None else (lead, False)
    tag = compiled_regex(_FIRST_TAG).match(text, i)
    if tag is None:
        return None
    name = tag.group(1).lower()
    if name in _DOCUMENT_TAGS:
        return i, False
    if name == "doc":
        return (i, True) if is_trafilatura_doc(text, i) else None
    if name in ("item", "entry"):
        return (i, True) if is_feed_item(text, i) else None
    if name in _ELEMENT_TAGS and (len(compiled_regex(_ANY_TAG).findall(text, i, i + 8192)) >= _MIN_TAGS
                                  or _closes_with(text, name)):
        return i, False
    return None


def _closes_with(text: str, name: str) -> bool:
    """Whether ``text`` ends with ``</name>``: one element, opened and closed, is a
    fragment of markup however few tags it holds (a scraper's ``.get()`` of the story's
    element: majalah.tempo.co 2022's paywalled teaser is one ``<em>`` in its ``<p>``,
    tests/test_real_layouts_tempo_kumparan_idn.py's MAJALAH_2022). A text scrape that
    opens with a stray ``<b>`` does not close it at its very end."""
    end = text.rstrip(_LEADING)
    close = f"</{name}>"
    return len(end) >= len(close) and end[-len(close):].lower() == close


def _bare_lead_start(text: str, i: int) -> int | None:
    """``i`` when ``text`` from ``i`` is a story body whose lead was stored as bare text
    over ``<p>`` elements: a few lines of plain text (no '<'), then a line that opens with
    ``<p>``, and at least two paragraphs closed in the 8 KB from it (a CMS's body field
    kept in a project's seeder or a dataset row: "Jakarta, IDN Times - <lead>" then
    "<p> ... </p>" blocks, the lines wrapped inside them; idntimes.com 2024 stories in a
    Laravel seeder, file id 16097247017 of the code index, read 2026-12-06). Read as
    text, each tag was a paragraph and each wrapped line another (blindtext52); as markup,
    a ``<p>`` is one paragraph and the bare lead the first. A text scrape that quotes a
    tag inside a line is no such body: the tag must open its line, or close the body's
    first line right after a dateline's dash (`_MAX_BARE_DATELINE`: read as text, the
    story's every tag was a paragraph)."""
    lt = text.find("<", i, i + _MAX_BARE_LEAD)
    if lt < 0:
        return None
    if lt - i >= _MIN_BARE_LEAD and compiled_regex(_BREAK_TAG).match(text, lt) is not None:
        # the body's paragraphs split by line breaks alone, no <p> at all (an Antara
        # regional story's body field, the breaks doubled: "<lead>.<br /><br /><next>"):
        # read as text, every tag was printed inside the one paragraph; as markup, each
        # break starts a paragraph (SPEC). A text scrape quoting one tag has no such run.
        breaks = len(compiled_regex(_BREAK_TAG).findall(text, lt, lt + 8192))
        return i if breaks >= _MIN_BARE_BREAKS else None
    if compiled_regex(_PARAGRAPH_TAG).match(text, lt) is None:
        return None
    line_start = text.rfind("\n", i, lt) + 1
    if line_start > i:
        if lt - i < _MIN_BARE_LEAD or text[line_start:lt].strip(" \t"):
            return None
    elif lt - i > _MAX_BARE_DATELINE or not text[i:lt].rstrip(" \t").endswith(_DATELINE_DASHES):
        return None
    if text.count("</p>", lt, lt + 8192) + text.count("</P>", lt, lt + 8192) < _MIN_BARE_LEAD_PARAGRAPHS:
        return None
    return i


def is_trafilatura_doc(text: str, start: int) -> bool:
    """True when ``text`` at ``start`` is a story kept as trafilatura's XML: a ``<doc>``
    root with its ``<main>`` next (`cleaner.html.xmldoc`). A text corpus's ``<doc id=...>``
    wrapper over plain lines (WikiExtractor's) has no ``<main>``: it stays text."""
    return compiled_regex(_TRAFILATURA_DOC).match(text, start, start + 8192) is not None


def is_feed_item(text: str, start: int) -> bool:
    """True when ``text`` at ``start`` is one feed item kept alone (an RSS ``<item>`` or
    Atom ``<entry>`` opening with its ``<title>``, ``<link>``, ``<guid>`` or ``<id>``, as a
    feed reader or a scraper saves a story: `cleaner.html.xmldoc.item_to_html`). A text
    that merely opens with such a word in brackets has no such child next."""
    return compiled_regex(_FEED_ITEM).match(text, start, start + 8192) is not None


def compiled_patterns() -> dict[str, regex.Pattern[str]]:
    """The module's patterns, by name, compiled (the objects it matches with), for
    `tests/test_regex_safety.py`."""
    return {name: compiled_regex(source) for name, source in (
        ("http-status", _HTTP_STATUS), ("http-header-end", _HTTP_HEADER_END), ("first-tag", _FIRST_TAG),
        ("any-tag", _ANY_TAG), ("trafilatura-doc", _TRAFILATURA_DOC), ("feed-item", _FEED_ITEM),
        ("paragraph-tag", _PARAGRAPH_TAG), ("break-tag", _BREAK_TAG))}


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document: markup is the first thing in it (see
    `markup_start`), not a text scrape that mentions a tag."""
    return markup_start(text) is not None
