"""`metadata_elements`: one walk of the tree gives the metadata readers what their own
walks found (the same elements in the same order), so every reader answers the same.

The markup is our own, shaped as news pages print metadata: ``meta`` tags in the head
and inside the story (schema.org ``itemprop`` ones), JSON-LD in both, two ``link`` tags
before the canonical one, and a ``title`` inside an inline SVG after the page's own."""

from __future__ import annotations

from typing import Any

from cleaner.html.meta import canonical_url, json_ld_articles, meta_tags, metadata_elements, metadata_titles
from cleaner.html.parse import parse_html as _parse_html


def parse_html(text: str) -> Any:
    root = _parse_html(text)
    assert root is not None
    return root

_PAGE = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Judul halaman | Situs</title>
<meta property="og:title" content="Judul dari og">
<meta name="description" content="Ringkasan   pendek">
<link rel="stylesheet" href="/a.css"><link rel="alternate" href="https://contoh.test/amp">
<link rel="canonical" href="https://contoh.test/berita/1">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Judul JSON"}</script>
<script>var x = 1;</script>
</head><body>
<article><meta itemprop="datePublished" content="2020-01-02">
<svg><title>ikon</title></svg>
<p>Isi berita yang cukup panjang untuk dibaca sebagai paragraf.</p>
<script type="application/ld+json">{"@graph": [{"@type": "Article", "headline": "Kedua"}]}</script>
<meta property="og:title" content="Tidak menang: yang pertama menang">
</article></body></html>"""


def test_one_walk_finds_what_each_walk_finds() -> None:
    root = parse_html(_PAGE)
    found = metadata_elements(root)
    assert set(found) == {"meta", "script", "link", "title"}
    for tag, elements in found.items():
        assert elements == list(root.iter(tag))
    assert len(found["meta"]) == 5 and len(found["title"]) == 2


def test_readers_answer_the_same_from_the_walk() -> None:
    root = parse_html(_PAGE)
    found = metadata_elements(root)
    metas = meta_tags(root)
    assert meta_tags(root, found["meta"]) == metas
    assert metas["og:title"] == "Judul dari og" and metas["datepublished"] == "2020-01-02"
    articles = json_ld_articles(root)
    assert json_ld_articles(root, found["script"]) == articles
    assert [a["headline"] for a in articles] == ["Judul JSON", "Kedua"]
    assert canonical_url(root, metas, found["link"]) == canonical_url(root, metas) == "https://contoh.test/berita/1"
    titles = metadata_titles(root, metas, articles)
    assert metadata_titles(root, metas, articles, found["title"]) == titles
    assert titles[-1] == "Judul halaman | Situs"  # the head's title, not the icon's


def test_a_page_without_a_title_element() -> None:
    root = parse_html("<html><body><p>Tanpa judul apa pun di sini.</p></body></html>")
    found = metadata_elements(root)
    assert found["title"] == []
    assert metadata_titles(root, {}, [], found["title"]) == metadata_titles(root, {}, []) == []
