"""speedhtml68: `PageIndex.holding`, which finds a hit's value by where each value starts
in the joined values (`PageIndex._value_starts`), gives every value that holds the needle,
in document order, as a plain search of each value does, on every fixture and dev page and
on built pages of empty, repeated and separator-adjacent values (markup shapes only: the
sentences are ours). Pinned while `_value_starts` was rewritten (an ``accumulate`` form,
measured and dropped: more instructions than the loop)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cleaner.decode import decode
from cleaner.html.parse import parse_html_source
from cleaner.html.select import PageIndex

from .conftest import FIXTURES

BUILT = [
    '<html><body><div class=""><p class="a">x</p><p class="">y</p><p class="a">z</p></div></body></html>',
    ('<html><body><div class="share share-bar"><a class="share" id="s1">A</a><a class="x share">B</a>'
     '<span class="sharebox" id="share">C</span></div><p id="">Teks.</p></body></html>'),
    "<html><body>" + "".join(f'<p class="c{k % 7} item" id="p{k}">{k}</p>' for k in range(300)) + "</body></html>",
]

NEEDLES = ["share", "a", "item", "c3", "c6 item", "1", "p29", "comment", "related", "caption", "x", "social"]


def _pages(shared: Path) -> list[tuple[Any, str]]:
    paths = sorted(FIXTURES.glob("*/*.input.html"))
    for line in (shared / "corpus" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("format") == "html":
            paths.append(shared / "corpus" / row["file"])
    texts = [decode(p.read_bytes(), max_bytes=10**8)[0] for p in paths] + BUILT
    pages = [parse_html_source(t) for t in texts]
    return [(root, source) for root, source in pages if root is not None]


def test_holding_finds_what_a_plain_search_finds(shared: Path) -> None:
    pages = _pages(shared)
    assert len(pages) >= 20
    found = 0
    for root, source in pages:
        index = PageIndex(root, source)
        for name in ("class", "id"):
            values = index.values(name)
            for needle in NEEDLES:
                want = [i for i, v in enumerate(values) if needle in v]
                assert index.holding(name, needle) == want, (name, needle)
                found += len(want)
    assert found > 1000


def test_value_starts_of_a_built_page() -> None:
    root, source = parse_html_source(BUILT[0])
    index = PageIndex(root, source)
    assert index.values("class") == ["", "a", "", "a"]
    assert index._value_starts("class") == [0, 1, 3, 4, 6]  # one past the last: len("\0a\0\0a") + 1
    assert index.holding("class", "a") == [1, 3]
