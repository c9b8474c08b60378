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
"""

from __future__ import annotations

import re

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
