"""A story stored as trafilatura's XML (``output_format="xml"``), read as the HTML page it came from.

Crawlers that keep not the page but its extracted article often keep trafilatura's XML:
a ``<doc>`` root whose attributes hold the page's metadata (``title``, ``author`` as
``"A; B"``, ``date``, ``url``, ``sitename``, ``description``), a ``<main>`` with the
story as ``<head rend="h2">``, ``<p>``, ``<list rend="ul">``/``<item>``,
``<hi rend="#b">``, ``<ref target>``, ``<lb/>``, ``<graphic src alt>``, ``<quote>``,
``<table>``/``<row>``/``<cell>``, and a ``<comments>`` element with the readers'
comments. An HTML parser drops a ``<head>`` start tag in a body, so the headings ran into
the next paragraph and every list collapsed into one line; the metadata was lost.

`doc_to_html` renames those elements to their HTML twins (a ``<head>``
becomes ``<hN>`` as its ``rend`` says, a list ``<ul>``/``<ol>``, an item ``<li>``...), drops
the comments, and writes the root's attributes as the ``<head>`` a page carries (``<title>``,
``og:title``, one ``author`` meta per name, ``article:published_time``, canonical link,
``og:site_name``, description), so the page's fields are read as on any page. One pass
over the tags, linear.

`item_to_html` does the same for one feed item kept alone (an RSS ``<item>``, an Atom
``<entry>``): its title, link, date and writer become the page's ``<head>`` (and a JSON-LD
``NewsArticle``), its ``content:encoded`` (else ``description``) the story.
"""

from __future__ import annotations

import html
import json
import re
from email.utils import parsedate_to_datetime

#: A tag of trafilatura's XML vocabulary that HTML spells otherwise.
_XML_TAG = re.compile(r"<(/?)(head|list|item|hi|ref|lb|graphic|quote|row|cell|comments|main|doc)"
                      r"(?=[\s/>])([^<>]*+)>")
_ATTR = re.compile(r"([A-Za-z_][\w:.-]{0,40})=\"([^\"<>]{0,4000})\"")
_HEADING_REND = re.compile(r"h[1-6]")
_HI = {"#b": "b", "#i": "i", "#u": "u", "#t": "code", "#sub": "sub", "#sup": "sup"}


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _ATTR.finditer(raw)}


def _head(attrs: dict[str, str]) -> str:
    """The ``<head>`` a page with the root's metadata carries (values stay escaped as read)."""
    parts = ["<head>"]
    title = attrs.get("title", "")
    if title:
        parts.append(f'<title>{title}</title><meta property="og:title" content="{title}">')
    site = attrs.get("sitename", "").strip().lower()
    for name in attrs.get("author", "").split(";"):
        # trafilatura joins the page's author metas: the site's own name is no writer's
        if name.strip() and name.strip().lower() != site:
            parts.append(f'<meta name="author" content="{name.strip()}">')
    if attrs.get("date"):
        parts.append(f'<meta property="article:published_time" content="{attrs["date"]}">')
    if attrs.get("url"):
        parts.append(f'<link rel="canonical" href="{attrs["url"]}">')
    if attrs.get("sitename"):
        parts.append(f'<meta property="og:site_name" content="{attrs["sitename"]}">')
    if attrs.get("description"):
        parts.append(f'<meta name="description" content="{attrs["description"]}">')
    parts.append("</head>")
    return "".join(parts)


def _open(name: str, attrs: dict[str, str]) -> str:
    """The HTML element a trafilatura element opens as."""
    rend = attrs.get("rend", "")
    if name == "head":
        return rend if _HEADING_REND.fullmatch(rend) else "h2"
    if name == "list":
        return "ol" if rend == "ol" else "ul"
    if name == "item":
        return "li"
    if name == "hi":
        return _HI.get(rend, "span")
    if name == "ref":
        return "a"
    if name == "quote":
        return "blockquote"
    if name == "row":
        return "tr"
    if name == "cell":
        return "th" if attrs.get("role") == "head" else "td"
    return name


def doc_to_html(text: str) -> str:
    """``text`` (trafilatura's XML: `cleaner.html.sniff.is_trafilatura_doc`) as an HTML page."""
    out: list[str] = []
    stack: list[str] = []
    at = 0
    skip_to = -1  # inside <comments>: dropped up to its end tag
    for m in _XML_TAG.finditer(text):
        if m.start() < skip_to:
            continue
        closing, name, raw = m.group(1), m.group(2), m.group(3)
        out.append(text[at:m.start()])
        at = m.end()
        if name == "comments":
            if not closing and not raw.endswith("/"):
                end = text.find("</comments>", m.end())
                skip_to = len(text) if end < 0 else end + len("</comments>")
                at = skip_to
            continue
        if name == "doc":
            out.append("</body></html>" if closing else "<html>" + _head(_attrs(raw)) + "<body>")
            continue
        if name == "lb":
            out.append("<br>")
            continue
        attrs = _attrs(raw)
        if name == "graphic":
            src, alt = attrs.get("src", ""), attrs.get("alt") or attrs.get("title", "")
            out.append(f'<img src="{src}" alt="{alt}">')
            continue
        if closing:
            out.append(f"</{stack.pop()}>" if stack else "")
            continue
        html = _open(name, attrs)
        if raw.endswith("/"):
            out.append(f"<{html}></{html}>")
            continue
        stack.append(html)
        href = f' href="{attrs["target"]}"' if name == "ref" and "target" in attrs else ""
        out.append(f"<{html}{href}>")
    out.append(text[at:])
    return "".join(out)


#: `item_to_html`: the children of one feed item (RSS ``<item>``, Atom ``<entry>``) read,
#: each the first of its names; a value is CDATA or escaped text.
_ITEM_CHILD = re.compile(r"<((?:[A-Za-z][\w-]{0,20}:)?[A-Za-z][\w-]{0,30})((?:\s[^<>]{0,2000})?)(/?)>")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_ITEM_TITLE = ("title",)
_ITEM_LINK = ("link", "guid", "id")
_ITEM_DATE = ("pubDate", "published", "dc:date", "updated")
_ITEM_AUTHOR = ("dc:creator", "author", "name")
_ITEM_BODY = ("content:encoded", "content", "description", "summary")
_MAX_ITEM_CHILDREN = 200
_HTML_TAG = re.compile(r"<(?:p|br|div|h[1-6]|ul|ol|li|blockquote|figure|img|table)[\s/>]", re.I)


def _item_values(text: str) -> dict[str, str]:
    """The first value of each child element of the feed item ``text`` (CDATA sections
    read as they are, escaped text unescaped once: both carry the story's HTML); an Atom
    ``<link href>`` gives its address."""
    values: dict[str, str] = {}
    pos = 0
    for _ in range(_MAX_ITEM_CHILDREN):
        m = _ITEM_CHILD.search(text, pos)
        if m is None:
            break
        name, attrs, empty = m.group(1), m.group(2), m.group(3)
        pos = m.end()
        if name in ("item", "entry"):
            continue
        if name == "link" and ("link" not in values):
            href = _attrs(attrs).get("href")
            if href and (empty or "rel=\"alternate\"" in attrs or "rel=" not in attrs):
                values["link"] = href
                if empty:
                    continue
        if empty:
            continue
        close = f"</{name}>"
        end = text.find(close, pos)
        if end < 0:
            if name in _ITEM_BODY and name not in values:
                # a download cut inside the story's element: what arrived of it
                raw = text[pos:].strip()
                values[name] = raw[len("<![CDATA["):] if raw.startswith("<![CDATA[") else html.unescape(raw)
                break
            continue
        if name not in values and name != "author":
            raw = text[pos:end].strip()
            cdata = _CDATA.fullmatch(raw)
            values[name] = cdata.group(1) if cdata else html.unescape(raw)
        if name != "author":  # an Atom <author> holds its <name>: read inside it
            pos = end + len(close)
    return values


def _first(values: dict[str, str], names: tuple[str, ...]) -> str:
    return next((values[n].strip() for n in names if values.get(n, "").strip()), "")


def _iso_date(value: str) -> str:
    """An RSS ``pubDate`` (RFC 822: "Tue, 17 Mar 2026 12:46:18 +0700") as ISO 8601; any
    other date (Atom's are ISO already) as it is."""
    if not value or value[:1].isdigit():
        return value
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return value


def item_to_html(text: str) -> str:
    """One feed item (an RSS ``<item>`` or Atom ``<entry>`` as a feed reader or a
    scraper keeps it: `cleaner.html.sniff.is_feed_item`) as the HTML page of its story:
    the item's title, link, date and writer as the page's ``<head>`` (``<title>``,
    canonical link, ``article:published_time``, ``author``), and its ``content:encoded``
    (else ``description``, ``summary``) as the story, under the title as its headline.
    Read as markup the item's elements were no HTML: its escaped body printed its tags
    as words, and its title, link and date ran into one line."""
    values = _item_values(text)
    raw_title, raw_link = _first(values, _ITEM_TITLE), _first(values, _ITEM_LINK)
    raw_date, raw_author = _iso_date(_first(values, _ITEM_DATE)), _first(values, _ITEM_AUTHOR)
    title, link, date, author = (html.escape(v) for v in (raw_title, raw_link, raw_date, raw_author))
    body = _first(values, _ITEM_BODY)
    if body and _HTML_TAG.search(body) is None:
        body = f"<p>{body}</p>"  # a description of plain text: one paragraph
    parts = ["<html><head>"]
    if title:
        parts.append(f'<title>{title}</title><meta property="og:title" content="{title}">')
    if link.startswith(("http://", "https://")):
        parts.append(f'<link rel="canonical" href="{link}">')
    if date:
        parts.append(f'<meta property="article:published_time" content="{date}">')
    if author:
        parts.append(f'<meta name="author" content="{author}">')
    # The item is the record of one story: said so as a page's JSON-LD says it (a short
    # item, a description of one sentence, is still that story's text).
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if raw_title:
        ld["headline"] = raw_title
    if raw_date:
        ld["datePublished"] = raw_date
    if raw_author:
        ld["author"] = {"@type": "Person", "name": raw_author}
    script = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    parts.append(f'<script type="application/ld+json">{script}</script>')
    parts.append("</head><body><article>")
    if title:
        parts.append(f"<h1>{title}</h1>")
    parts.append(body)
    parts.append("</article></body></html>")
    return "".join(parts)
