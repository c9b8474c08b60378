"""HTML front end (placeholder until the HTML issue lands): detection only."""

from __future__ import annotations

import regex

from .segment import Block

_HTML_START = regex.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", regex.I | regex.S
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return bool(_HTML_START.match(text[:4096]))


def html_blocks(text: str, *, max_depth: int) -> tuple[list[Block], str | None]:
    raise NotImplementedError
