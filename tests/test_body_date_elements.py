"""`HtmlPage.body_date_elements` (the page index's attribute and class values) finds the
elements `_BODY_DATE_MARKUP` / `_BODY_DATE_ATTRIBUTES` find, in the same order: on the
dev HTML pages, on markup of our own that mixes the attributes and class words in
nested and sibling elements (head and body), and on random markup built from them.
(Checked on the 990 peer-suite pages too when it was written: 263 calls, all the same.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cleaner.html import state
from cleaner.html.frontend import HtmlPage, read_page

_MIXED = """<html><head><meta property="og:title" content="x"><meta itemprop="name" content="y">
<span class="published">head?</span></head><body>
<div class="entry-date"><time datetime="2024-01-02">2 Jan</time>
<span itemprop="datePublished" content="2024-01-02" class="Publish-date">2 Jan</span></div>
<p>Kalimat pertama cerita ini.</p><time pubdate>kemarin</time>
<div property="datePublished"><b class="date-published">3 Jan</b></div>
<!-- a comment --><p class="publisher">Penerbit</p></body></html>"""

_ATTRS = ['itemprop="datePublished"', 'property="x"', "pubdate", 'datetime="2024-01-01"', 'class="published"',
          'class="entry-date x"', 'class="Publish"', 'class="publisher-box"', 'class="other"', 'id="publish"', ""]
_TAGS = ["div", "span", "time", "p", "section", "b"]


def _random_page(rng: random.Random) -> str:
    out = ["<html><head><title>t</title></head><body>"]
    open_tags: list[str] = []
    for _ in range(rng.randrange(5, 60)):
        if open_tags and rng.random() < 0.35:
            out.append(f"</{open_tags.pop()}>")
            continue
        tag = rng.choice(_TAGS)
        attrs = " ".join(rng.sample(_ATTRS, rng.randrange(0, 3)))
        out.append(f"<{tag} {attrs}>w{rng.randrange(100)} ")
        open_tags.append(tag)
    out += [f"</{t}>" for t in reversed(open_tags)]
    out.append("</body></html>")
    return "".join(out)


def _both(page: HtmlPage) -> None:
    for classed in (True, False):
        want = list((state._BODY_DATE_MARKUP if classed else state._BODY_DATE_ATTRIBUTES)(page.root))
        got = page.body_date_elements(classed)
        assert len(got) == len(want) and all(a is b for a, b in zip(got, want, strict=True))


def test_mixed_markup_gives_the_xpaths_elements_in_order() -> None:
    page = read_page(_MIXED, max_depth=500)
    assert page is not None
    got = page.body_date_elements(True)
    # (the head's meta tags are not under <body>; its <span> is: the tree builder moves it there)
    assert [el.tag for el in got] == ["span", "div", "time", "span", "time", "div", "b", "p"]
    assert [el.tag for el in page.body_date_elements(False)] == ["time", "span", "time", "div"]
    _both(page)


@pytest.mark.parametrize("seed", range(40))
def test_random_markup_gives_the_xpaths_elements(seed: int) -> None:
    page = read_page(_random_page(random.Random(seed)), max_depth=500)
    assert page is not None
    _both(page)


def test_dev_pages_give_the_xpaths_elements(shared: Path) -> None:
    paths = sorted((shared / "corpus" / "raw").glob("*/*.html"))
    assert len(paths) >= 13
    found = 0
    for path in paths:
        page = read_page(path.read_bytes().decode("utf-8", "replace"), max_depth=500)
        assert page is not None
        _both(page)
        found += len(page.body_date_elements(True))
    assert found > 20
