"""The block walk's shortcuts give the blocks of the plain walk.

`cleaner.html.parse.parse_tree` says which hiding attributes (``hidden``,
``aria-hidden="true"``) a page's elements may hold, read from Lexbor's serialization,
and the walk reads only those: the blocks must be the ones a walk reading every
attribute gives, raw-text markup (read by libxml2 as elements) included.
"""

from __future__ import annotations

import pytest

from cleaner.html.parse import HIDING_ATTRIBUTES, hiding_attributes, html_text_blocks, parse_tree

PAGES = {
    "none": "<body><p>Satu paragraf yang cukup panjang untuk dibaca.</p><p style='color:red'>Dua</p></body>",
    "hidden": "<body><p>Terlihat</p><div HIDDEN>Tersembunyi</div><p hidden=''>Juga</p></body>",
    "aria": "<body><p>Terlihat</p><span aria-hidden='true'>ikon</span><span aria-hidden=false>teks</span></body>",
    "aria-value-only": "<body><p title=' aria-hidden=\"true\"'>Judul</p><p>hidden=\"x\" sebagai teks</p></body>",
    "xmp": "<body><p>Awal</p><xmp><b HIDDEN>rahasia</b><i aria-hidden=true>ikon</i></xmp><p>Akhir</p></body>",
    "iframe": "<body><iframe src='a.html'></iframe><p>Isi</p><iframe><div HIDDEN>x</div></iframe></body>",
    "noembed": "<body><noembed><p ARIA-HIDDEN=true>teks</p></noembed><p>Isi</p></body>",
    "style": "<body><p style='DISPLAY: none'>Tak tampak</p><p>Tampak</p></body>",
}


def _blocks(root: object, **kw: object) -> list[tuple[object, ...]]:
    at: dict[object, int] = {}
    blocks = html_text_blocks(root, max_depth=400, inline_at=at, **kw)  # type: ignore[arg-type]
    return [(b.index, b.text, b.el, b.link_chars, b.bold_chars, b.prose, *sorted(at.values()))
            for b in blocks]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_walk_with_page_hiding_is_the_full_walk(name: str) -> None:
    root, hiding = parse_tree(PAGES[name])
    assert root is not None
    body = root.find("body")
    assert _blocks(body, hiding=hiding) == _blocks(body)


def test_hiding_attributes_read_from_the_serialization() -> None:
    assert parse_tree(PAGES["none"])[1] == frozenset()
    assert parse_tree(PAGES["hidden"])[1] == {"hidden"}
    assert parse_tree(PAGES["aria"])[1] == {"aria-hidden"}
    # In a value (quotes escaped) or in text: not an attribute; text may claim one (harmless).
    assert "aria-hidden" not in parse_tree(PAGES["aria-value-only"])[1]
    # Raw text libxml2 reads as markup: every attribute may be there.
    assert parse_tree(PAGES["xmp"])[1] == HIDING_ATTRIBUTES
    assert parse_tree(PAGES["iframe"])[1] == HIDING_ATTRIBUTES
    assert hiding_attributes('<iframe src="a"></iframe><p>x</p>') == frozenset()


def test_hidden_elements_stay_hidden() -> None:
    texts = {}
    for name, page in PAGES.items():
        root, hiding = parse_tree(page)
        assert root is not None
        texts[name] = [b[1] for b in _blocks(root.find("body"), hiding=hiding)]
    assert texts["hidden"] == ["Terlihat"]
    assert texts["aria"] == ["Terlihat", "teks"]
    assert texts["style"] == ["Tampak"]
