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

A profile hook sees Python functions only: the count runs in a child process on the
pure-Python package of this checkout (the compiled build is the same source, one
semantics, and its calls are invisible to the hook), so the test asserts the same thing
whichever build the suite runs on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from cleaner.html.bylines import first_link

ROOT = Path(__file__).resolve().parent.parent


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


def _searched(c: Any, page: str) -> _Searches:
    searches = _Searches()
    sys.setprofile(searches)
    try:
        c.clean(page)
    finally:
        sys.setprofile(None)
    return searches


def count_searches() -> dict[str, list[int]]:
    """In the pure-Python package: per page size, the lines, `first_link`'s calls, its
    searches and the elements under the elements it searched (run as
    ``python -m tests.test_subtree_scans``)."""
    import cleaner
    from cleaner.html import bylines
    from tests.growth import shape_page

    assert hasattr(bylines.first_link, "__code__"), "the pure-Python package"
    c = cleaner.Cleaner()
    c.clean('<html><body><p>Satu kalimat di halaman.</p><a href="/lain">Tautan lain</a></body></html>')
    out: dict[str, list[int]] = {}
    for n in (10_000, 80_000):
        page = shape_page("html-br-lines", n)
        got = _searched(c, page)
        out[str(n)] = [page.count("<br>"), got.calls, got.searches, got.elements]
    return out


def test_the_lines_of_one_div_share_one_search_for_its_link() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.test_subtree_scans"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    counts = json.loads(done.stdout)
    (lines0, calls0, searches0, elements0), (lines1, calls1, searches1, elements1) = counts["10000"], counts["80000"]
    assert lines1 > 7 * lines0 > 2_000
    # The div once, whatever its number of lines (the story's paragraphs come first: the
    # stage looks below the story's start).
    assert calls0 >= lines0 and calls1 >= lines1  # asked for each line
    assert 1 <= searches0 == searches1 <= 3, (searches0, searches1)
    # Elements searched: the div and its <br>s once, linear in the lines (the search per
    # line walked lines² of them: 64 times as many at eight times the lines).
    assert lines0 < elements0 < 2 * lines0 and lines1 < elements1 < 2 * lines1


def test_first_link_searches_an_element_once() -> None:
    from lxml import etree

    root = etree.fromstring("<div><p>a<br/>b</p><p><a href='/x'>x</a></p></div>")
    seen: dict[Any, Any] = {}
    assert first_link(root, seen).get("href") == "/x"
    assert first_link(root[0], seen) is None
    assert list(seen) == [root, root[0]]
    seen[root] = "kept"
    assert first_link(root, seen) == "kept"  # not searched again


if __name__ == "__main__":
    print(json.dumps(count_searches()))
