"""A whole HTML page as a browser prints its visible text: one line a block.

usage: python -m benchmarks.render PAGE.html   (prints the rendering)

What the held-out text scrapes look like is what a reader copies off a browser window:
every line of the page, menus and footers included, with none of the markup. This
builds that text from a real page so the text path can be measured on it
(`python -m benchmarks.quality --set renderings`). The tree is the one the cleaner's
HTML front end parses (`cleaner.html.parse.parse_html`: Lexbor builds it as a browser
does, comments dropped); the walk over it is deliberately the browser's, not the
cleaner's: the elements whose default display is ``block`` (and ``list-item``,
``table-row``, ...) in the HTML standard's rendering section start and end a line,
``<br>`` ends one, everything else (inline tags, table cells, tags the browser does
not know) joins its text to the line it is on (cells apart by a space); runs of white space fold to one space
and empty lines are dropped. What a browser never paints is skipped: ``<head>``,
scripts, styles, templates, embedded frames and objects, form controls, and elements
hidden by the ``hidden`` attribute or an inline ``display: none``. Images print
nothing (their alt text shows only when the image fails to load). Inside ``<pre>``
the page's own line breaks are kept.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from cleaner.decode import decode
from cleaner.html.parse import parse_html

#: Elements a browser lays out as blocks (HTML standard, "Rendering": display block,
#: list-item, table, table-row, table-caption...). Cells (td, th) stay on their row's line.
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section",
    "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "xmp",
})
#: Elements whose content a browser never paints as text.
SKIP = frozenset({
    "head", "title", "script", "style", "noscript", "template", "iframe", "frame", "frameset",
    "object", "embed", "applet", "svg", "math", "canvas", "video", "audio", "map", "input",
    "button", "select", "textarea", "datalist", "rp", "rt",
})
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)
_SPACE = re.compile(r"\s+")


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN.search(style))


def render_tree(root: Any) -> list[str]:
    """The lines a browser shows for the parsed page ``root`` (an lxml element)."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def add(text: str | None, pre: bool) -> None:
        if not text:
            return
        if not pre:
            current.append(text)
            return
        first, *rest = text.split("\n")
        current.append(first)
        for part in rest:
            flush()
            current.append(part)

    # Iterative walk (no recursion limit on deep pages): ("open", el, pre) visits an
    # element, ("close", el, pre) ends it and adds its tail to the enclosing line.
    stack: list[tuple[bool, Any, bool]] = [(True, root, False)]
    while stack:
        opening, el, pre = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if not opening:
            if tag in BLOCK or tag == "br":
                flush()
            add(el.tail, pre)
            continue
        if tag is None or tag in SKIP or _hidden(el):
            add(el.tail, pre)  # comments, processing instructions, unpainted elements
            continue
        if tag in BLOCK or tag == "br":
            flush()
        elif tag in ("td", "th"):
            current.append(" ")  # cells side by side (a browser's copy puts a tab there)
        inner = pre or tag in ("pre", "listing", "xmp", "plaintext", "textarea")
        add(el.text, inner)
        stack.append((False, el, pre))
        stack.extend((True, child, inner) for child in reversed(el))
    flush()
    return lines


#: Elements whose text BeautifulSoup's ``get_text`` leaves out (its script, style and
#: template strings); everything else prints, the head's ``<title>`` and hidden boxes too.
NODE_SKIP = frozenset({"script", "style", "template"})


def render_nodes_tree(root: Any) -> list[str]:
    """The lines of ``root`` as a crawler's ``BeautifulSoup(html).get_text("\\n")`` prints
    them, each line stripped and empty ones dropped (the usual notebook idiom): one line
    per text node, so an inline element (a link, an italic word) is a line of its own and
    cuts its paragraph ("... interior super", "Instagramable", ". Millennials ..."); the
    ``<title>`` first; no block or visibility is looked at."""
    lines: list[str] = []

    def add(text: str | None) -> None:
        if text:
            for part in text.split("\n"):
                part = part.strip()
                if part:
                    lines.append(part)

    stack: list[tuple[bool, Any]] = [(True, root)]
    while stack:
        opening, el = stack.pop()
        if not opening:
            add(el.tail)
            continue
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in NODE_SKIP:
            add(el.tail)
            continue
        add(el.text)
        stack.append((False, el))
        stack.extend((True, child) for child in reversed(el))
    return lines


def render_nodes_bytes(raw: bytes) -> str:
    """`render_nodes_tree` of raw page bytes, decoded as the cleaner decodes them."""
    text, _ = decode(raw, max_bytes=1 << 26)
    root = parse_html(text)
    return "" if root is None else "\n".join(render_nodes_tree(root))


def render(html: str) -> str:
    """The page's visible text, one line a block."""
    root = parse_html(html)
    return "" if root is None else "\n".join(render_tree(root))


def render_bytes(raw: bytes) -> str:
    """`render` of raw page bytes, decoded as the cleaner decodes them (a page that
    declares latin-1 but is UTF-8 reads as UTF-8)."""
    text, _ = decode(raw, max_bytes=1 << 26)
    return render(text)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m benchmarks.render PAGE.html", file=sys.stderr)
        return 2
    print(render_bytes(Path(args[0]).read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
