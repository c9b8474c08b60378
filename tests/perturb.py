"""Markup perturbations a site redesign makes, applied to a page at run time
(`tests/test_perturbed_html.py`): the page's text stays, the names and wrappers the
cleaner might lean on change.

- ``identity``: parsed and written back unchanged (the reference for the others, so a
  change the serialization makes is not blamed on a perturbation);
- ``rename``: every class and id renamed to a meaningless token (one token per name,
  so elements that shared a name still do);
- ``strip``: every class and id removed;
- ``wrap``: the story's ``<article>`` turned into a ``<div>``, and the element holding
  the most ``<p>`` children wrapped in two extra ``<div>``;
- ``p_div``: every ``<p>`` turned into a ``<div>``;
- ``p_br``: every ``<p>`` turned into its content between ``<br><br>`` (a run of breaks
  is one paragraph break);
- ``no_meta``: every ``<meta>`` and JSON-LD script removed (title and date must come
  from the visible page);
- ``no_outlet``: the outlet unknown: canonical, alternate and AMP links, ``og:url``,
  site-name metas, ``twitter:site``/``twitter:domain`` and the ``<base>`` removed;
- ``redesign``: ``strip``, ``wrap``, ``p_div`` and ``no_outlet`` at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from lxml import etree, html
from selectolax.lexbor import LexborHTMLParser

#: The perturbations, in the order the tables print them.
NAMES = ("identity", "rename", "strip", "wrap", "p_div", "p_br", "no_meta", "no_outlet", "redesign")

_SITE_METAS = frozenset(
    {
        "og:url",
        "og:site_name",
        "twitter:site",
        "twitter:domain",
        "twitter:creator",
        "application-name",
        "apple-mobile-web-app-title",
        "publisher",
        "author",
        "copyright",
        "al:android:app_name",
        "al:ios:app_name",
        "al:web:url",
        "twitter:url",
    }
)
_SITE_LINKS = frozenset({"canonical", "alternate", "amphtml", "shortlink", "publisher", "author"})


def _elements(root: html.HtmlElement) -> list[html.HtmlElement]:
    return [el for el in root.iter() if isinstance(el.tag, str)]


def _rename(root: html.HtmlElement) -> None:
    names: dict[str, str] = {}
    counter = itertools.count(1)
    for el in _elements(root):
        for attr in ("class", "id"):
            value = el.get(attr)
            if value is None:
                continue
            tokens = []
            for name in value.split():
                if name not in names:
                    names[name] = f"q{next(counter)}z"
                tokens.append(names[name])
            el.set(attr, " ".join(tokens))


def _strip(root: html.HtmlElement) -> None:
    for el in _elements(root):
        for attr in ("class", "id"):
            if attr in el.attrib:
                del el.attrib[attr]


def _wrap(root: html.HtmlElement) -> None:
    for el in _elements(root):
        if el.tag == "article":
            el.tag = "div"
    best, most = None, 0
    for el in _elements(root):
        count = sum(1 for child in el if child.tag == "p")
        if count > most:
            best, most = el, count
    if best is None or best.getparent() is None:
        return
    outer = etree.Element("div")
    inner = etree.SubElement(outer, "div")
    if best.tag == "body":  # a bare story: its paragraphs go into the wrappers
        inner.text, best.text = best.text, None
        inner.extend(list(best))
        best.append(outer)
        return
    parent = best.getparent()
    outer.tail, best.tail = best.tail, None
    parent.replace(best, outer)
    inner.append(best)


def _p_div(root: html.HtmlElement) -> None:
    for el in _elements(root):
        if el.tag == "p":
            el.tag = "div"


def _p_br(root: html.HtmlElement) -> None:
    for el in [el for el in _elements(root) if el.tag == "p"]:
        el.insert(0, etree.Element("br"))
        el.insert(0, etree.Element("br"))
        if el.text:
            el[1].tail, el.text = el.text, None
        el.append(etree.Element("br"))
        el.append(etree.Element("br"))
        el.drop_tag()


def _no_meta(root: html.HtmlElement) -> None:
    for el in _elements(root):
        meta = el.tag == "meta" and not (el.get("charset") or el.get("http-equiv"))
        ld_json = el.tag == "script" and (el.get("type") or "").strip().lower() == "application/ld+json"
        if meta or ld_json:
            el.drop_tree()


def _no_outlet(root: html.HtmlElement) -> None:
    for el in _elements(root):
        if el.tag == "meta":
            key = (el.get("property") or el.get("name") or "").strip().lower()
            if key in _SITE_METAS:
                el.drop_tree()
        elif el.tag == "link":
            if _SITE_LINKS & set((el.get("rel") or "").lower().split()):
                el.drop_tree()
        elif el.tag == "base":
            el.drop_tree()


def _redesign(root: html.HtmlElement) -> None:
    for step in (_strip, _wrap, _p_div, _no_outlet):
        step(root)


_STEPS: dict[str, Callable[[html.HtmlElement], None] | None] = {
    "identity": None,
    "rename": _rename,
    "strip": _strip,
    "wrap": _wrap,
    "p_div": _p_div,
    "p_br": _p_br,
    "no_meta": _no_meta,
    "no_outlet": _no_outlet,
    "redesign": _redesign,
}


def perturb(page: str, name: str) -> str:
    """``page`` with the perturbation ``name`` (one of `NAMES`) applied."""
    # Lexbor first, as a browser builds the tree (libxml2 alone reads a real page's
    # self-closed ``<html ... />`` as the whole document).
    root = html.document_fromstring(LexborHTMLParser(page).html or "<html></html>")
    step = _STEPS[name]
    if step is not None:
        step(root)
    return "<!DOCTYPE html>\n" + str(html.tostring(root, encoding="unicode"))
