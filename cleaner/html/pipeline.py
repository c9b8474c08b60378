"""The HTML front end as the pipeline runs it: a page in, a `cleaner.front.FrontEnd` out.

`html_front_end` parses the page (`cleaner.html.frontend.read_page`), asks the caller's
``detect`` for the rule set when none is given (the page's canonical link names its URL
and so its outlet), and runs `cleaner.html.frontend.front_end` with it. The result
carries the page's URL and how to read each paragraph's structure; `core` treats it as
it treats a text scrape's.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ..budget import check_deadline
from ..front import FrontEnd
from .frontend import front_end, read_page

if TYPE_CHECKING:
    from ..rules import RuleSet
    from .frontend import HtmlPage

#: ``detect(text, url, page)``: the rule set for a page (``page`` is ``None`` when the
#: input holds no document).
Detect = Callable[[str, "str | None", "HtmlPage | None"], "RuleSet"]

#: The reason of a page whose markup shows a reader no text: not "empty input", which
#: is the reason of an input with nothing in it (a download cut inside a script in its
#: head, a page of scripts and hidden elements only).
NO_VISIBLE_TEXT: Final = ("no visible text: the markup holds no text a reader sees (scripts, styles and hidden "
                          "elements only, or a download cut before its body)")

_TRAFILATURA: dict[str, bool | None] = {"auto": None, "density": False, "trafilatura": True}


def html_front_end(text: str, *, url: str | None, ruleset: RuleSet | None, detect: Detect,
                   max_depth: int, html_main: str = "auto", utf8: bytes | None = None) -> tuple[FrontEnd, RuleSet]:
    """The front end of the HTML page ``text`` and the rule set it was read with
    (``ruleset``, else ``detect``'s choice). ``html_main`` is `CleanOptions.html_main`;
    ``utf8``, when given, is ``text``'s UTF-8 encoding (`cleaner.html.frontend.read_page`)."""
    from ..formats import html_structure

    page = read_page(text, max_depth=max_depth, utf8=utf8)
    if page is None:
        return FrontEnd([], url=url), ruleset or detect("", url, None)
    url = url or page.url
    if ruleset is None:
        ruleset = detect(page.text, url, page)
    check_deadline()
    front = front_end(page, ruleset, use_trafilatura=_TRAFILATURA[html_main])
    check_deadline()
    reason = front.reason if page.blocks else NO_VISIBLE_TEXT
    return dataclasses.replace(front, url=url, reason=reason, markup=True,
                               structure=functools.partial(html_structure, blocks=page.blocks)), ruleset
