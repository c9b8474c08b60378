"""The by-line stage searches a block's element for its first link once per element,
not once per line of it: counted, not timed.

A div of n ``<br>`` lines is one element with n blocks. ``writer_box_names`` took each
block's first ``<a>`` with ``next(el.iter("a"))``, a walk of the whole div for each of its
lines: quadratic. lxml hid it from the CPU-time growth tests in a fresh process: its
parsers share one dictionary of tag names, and ``el.iter("a")`` gives nothing at once
while no page parsed so far held an ``<a>``. After one that does (every real page), the
growth shape ``html-br-lines`` read 21.6x the CPU time at eight times the bytes (4.0
before), 36x late in the slow test set. lxml's walks run in C, out of a profiler's sight:
the test counts the searches (`first_link`'s calls) and the elements under the elements
searched, on pages cleaned after a page with a link.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import cleaner
from cleaner.html.bylines import first_link
from tests.growth import shape_page


class _Searches:
    """A profile hook: `first_link`'s calls, its searches, and the elements under each
    element it searched."""

    def __init__(self) -> None:
        self.calls = 0
        self.searches = 0
        self.elements = 0

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code is first_link.__code__:
            el = frame.f_locals["el"]
            self.calls += 1
            if el in frame.f_locals["seen"]:
                return  # answered without a search
            self.searches += 1
            self.elements += sum(1 for _ in el.iter())


def _searched(c: cleaner.Cleaner, page: str) -> _Searches:
    searches = _Searches()
    sys.setprofile(searches)
    try:
        c.clean(page)
    finally:
        sys.setprofile(None)
    return searches


def test_the_lines_of_one_div_share_one_search_for_its_link() -> None:
    c = cleaner.Cleaner()
    c.clean('<html><body><p>Satu kalimat di halaman.</p><a href="/lain">Tautan lain</a></body></html>')
    pages = [shape_page("html-br-lines", n) for n in (10_000, 80_000)]
    lines = [page.count("<br>") for page in pages]
    small, large = (_searched(c, page) for page in pages)
    assert lines[1] > 7 * lines[0] > 2_000
    # The div once, whatever its number of lines (the story's paragraphs come first: the
    # stage looks below the story's start).
    assert small.calls >= lines[0] and large.calls >= lines[1]  # asked for each line
    assert 1 <= small.searches == large.searches <= 3, (small.searches, large.searches)
    # Elements searched: the div and its <br>s once, linear in the lines (the search per
    # line walked lines² of them: 64 times as many at eight times the lines).
    assert lines[0] < small.elements < 2 * lines[0] and lines[1] < large.elements < 2 * lines[1]


def test_first_link_searches_an_element_once() -> None:
    from lxml import etree

    root = etree.fromstring("<div><p>a<br/>b</p><p><a href='/x'>x</a></p></div>")
    seen: dict[Any, Any] = {}
    assert first_link(root, seen).get("href") == "/x"
    assert first_link(root[0], seen) is None
    assert list(seen) == [root, root[0]]
    seen[root] = "kept"
    assert first_link(root, seen) == "kept"  # not searched again
