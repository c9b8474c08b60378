"""Output formats besides the JSON record: Markdown (`markdown`) and CSV (`csv_row`).

Markdown keeps what the page structured: an HTML page's headings stay headings, list
items stay list items and table rows make a table (`Article.structure`); a plain
paragraph that would read as Markdown syntax (``1. Satu``, ``# tagar``) is escaped, so
the text stays as printed.

>>> from cleaner.record import Article, Structure
>>> a = Article(outlet="generic", title="Harga Cabai", paragraphs=("Harga naik.", "Barang Harga",
...     "Cabai rawit 85.000", "1. Bukan daftar"), structure=(Structure(), Structure("th", ("Barang", "Harga")),
...     Structure("tr", ("Cabai rawit", "85.000")), Structure()))
>>> print(markdown(a))
# Harga Cabai
<BLANKLINE>
Harga naik.
<BLANKLINE>
| Barang | Harga |
| --- | --- |
| Cabai rawit | 85.000 |
<BLANKLINE>
1\\. Bukan daftar
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .record import RECORD_KEYS, Article, Structure
from .segment import fold_space

_BLOCK_SYNTAX = re.compile(r"^(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|={3,}\s*$|-{3,}\s*$|`{3}|\|)")
_KINDS_LIST = ("li", "ol")
_KINDS_ROW = ("tr", "th")


def _escape(text: str) -> str:
    m = _BLOCK_SYNTAX.match(text)
    if m is None:
        return text
    token = m.group(0)
    if token[0].isdigit():
        i = len(token.rstrip()) - 1
        return text[:i] + "\\" + text[i:]
    return "\\" + text


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(article: Article) -> str:
    """``article`` as Markdown (see the module's docstring)."""
    parts: list[str] = []
    if article.title:
        parts.append("# " + article.title)
    if article.subtitle:
        parts.append("*" + article.subtitle.replace("*", "\\*") + "*")
    kinds = article.structure if len(article.structure) == len(article.paragraphs) else ()
    i, n = 0, len(article.paragraphs)
    while i < n:
        kind = kinds[i] if kinds else Structure()
        text = article.paragraphs[i]
        if kind.kind in _KINDS_LIST:
            items = []
            while i < n and kinds[i].kind in _KINDS_LIST:
                mark = "1." if kinds[i].kind == "ol" else "-"
                items.append(f"{mark} {article.paragraphs[i]}")
                i += 1
            parts.append("\n".join(items))
            continue
        if kind.kind in _KINDS_ROW:
            rows: list[tuple[str, ...]] = []
            while i < n and kinds[i].kind in _KINDS_ROW:
                rows.append(kinds[i].cells or (article.paragraphs[i],))
                i += 1
            parts.append(_table(rows))
            continue
        if kind.kind[:1] == "h" and kind.kind[1:].isdigit():
            parts.append("#" * max(2, int(kind.kind[1:])) + " " + text)
        else:
            parts.append(_escape(text))
        i += 1
    return "\n\n".join(parts)


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    width = max(len(r) for r in rows)
    lines = []
    for number, row in enumerate(rows):
        cells = [_cell(c) for c in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def csv_value(value: Any) -> str:
    """One CSV cell: ``None`` is empty, a list of strings one item per line, any other
    list or object its JSON (``removed``, ``input``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


def csv_row(record: Mapping[str, Any], columns: Sequence[str]) -> list[str]:
    """The cells of ``record`` for ``columns``; a column named ``input`` holds the JSON of
    the JSONL record's own fields (those not among the columns)."""
    out = []
    for column in columns:
        if column == "input":
            own = {k: v for k, v in record.items() if k not in _OUTPUT_KEYS}
            own.update(record.get("input") or {})
            out.append(json.dumps(own, ensure_ascii=False) if own else "")
        else:
            out.append(csv_value(record.get(column)))
    return out


_OUTPUT_KEYS = frozenset({*RECORD_KEYS, "path", "error", "reason", "warnings", "input"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def html_structure(paragraphs: Sequence[str], blocks: Sequence[Any]) -> tuple[Structure, ...]:
    """One `Structure` per paragraph, from the HTML block (`cleaner.html.parse.HtmlBlock`)
    whose text it is: a heading, a list item, a table row; ``p`` for anything else
    (a paragraph cut from a longer block, a ``<p>``)."""
    by_text: dict[str, Any] = {}
    for b in blocks:
        if not b.dropped:
            by_text.setdefault(b.text, b.el)
    # One `Structure` per element: the lines of a table cell broken by ``<br>`` are
    # blocks of the same row, and a row's cells were read again for each of them (a
    # peer-suite page laid out in one table row: 152 paragraphs, ~25 ms).
    seen: dict[Any, Structure] = {}
    out = []
    for p in paragraphs:
        el = by_text.get(p)
        kind = seen.get(el)
        if kind is None:
            kind = seen[el] = _structure(el)
        out.append(kind)
    return tuple(out)


def _structure(el: Any) -> Structure:
    tag = el.tag if el is not None and isinstance(el.tag, str) else ""
    if tag in _HEADINGS:
        return Structure(tag)
    if tag == "li":
        parent = el.getparent()
        return Structure("ol" if parent is not None and parent.tag == "ol" else "li")
    if tag == "tr":
        cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
        parent = el.getparent()
        header = bool(cells) and (all(c.tag == "th" for c in cells) or (parent is not None and parent.tag == "thead"))
        return Structure("th" if header else "tr", tuple(fold_space("".join(c.itertext())) for c in cells))
    return Structure()
