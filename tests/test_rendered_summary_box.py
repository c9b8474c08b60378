"""A key-points box printed above the story, its list items rendered with no marks.

Evidence (never copied: the page below is written for this file in our own words, same
tags, classes and order): the structural mock of tribunnews.com 2026 in
DonnyRZ/egi-media-crawl, fixtures/tribunnews/sample-article.html @
fe3899ce09f979d63f69625c9c178147fd0f035b (placeholder text; its notes say the structure
was checked against live pages): the h1#arttitle, "Tayang:" over a time, div#penulis and
div#editor, then in div.txt-article a blockquote.summary-article holding
strong.summary-head "Ringkasan Berita:" over a ul of two li, then the story's p, the first
opened by strong "TRIBUNNEWS.COM - ". benchmarks/render.py prints each li as a line of
its own with no bullet mark, so the box's items look like short paragraphs; only the
dateline paragraph under them tells where the box ends.
"""

from __future__ import annotations

import cleaner
from benchmarks.render import render

ITEMS = [
    "Jembatan gantung penghubung dua dusun rusak berat setelah banjir pekan lalu.",
    "Puluhan warga bekerja bakti selama tiga hari tanpa bantuan dana pemerintah.",
]
STORY = [
    ("Puluhan warga dua dusun di lereng bukit bergotong royong memperbaiki jembatan gantung "
     "yang putus diterjang banjir pada pekan lalu."),
    ("Jembatan sepanjang empat puluh meter itu menjadi satu-satunya jalan bagi anak-anak yang "
     "berangkat ke sekolah di seberang sungai."),
    "Kepala dusun mengatakan bahan kayu dan tali baja dibeli dari hasil iuran warga setiap keluarga.",
]


def page(prefix: str = "<strong>TRIBUNNEWS.COM - </strong>") -> str:
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    story = "".join(f"<p>{prefix if k == 0 else ''}{p}</p>" for k, p in enumerate(STORY))
    return f"""<!DOCTYPE html><html lang="id-ID"><head><title>Jembatan</title></head><body>
<h1 class="f50 black2 f400 crimson" id="arttitle">Warga Desa Gotong Royong Perbaiki Jembatan Gantung</h1>
<div class="mt10"><div class="grey bdr3 pb10 pt10"><strong>Tayang:</strong>
<time datetime="2026-03-12T09:15+07:00">Kamis, 12 Maret 2026 09:15 WIB</time></div>
<div class="f20 credit mt10"><div class="fbo f13">
<div id="penulis">Penulis: <a href="/penulis/a">Dewi Anggraini</a></div>
<div id="editor">Editor: <a href="/editor/b">Bayu Saputra</a></div></div></div></div>
<div class="side-article txt-article multi-fontsize">
<blockquote class="summary-article mceNonEditable"><strong class="summary-head">Ringkasan Berita:</strong>
<ul>{items}</ul></blockquote>
{story}
</div></body></html>"""


def test_unmarked_items_closed_by_the_dateline_are_the_summary() -> None:
    """The rendered box: its items go to summary, and the dateline paragraph under them
    is the story's first paragraph, its outlet prefix cut (no place: no dateline)."""
    text = render(page())
    assert f"Ringkasan Berita:\n{ITEMS[0]}\n{ITEMS[1]}\nTRIBUNNEWS.COM - " in text
    article = cleaner.clean(text)
    assert article.summary == tuple(ITEMS)
    assert article.paragraphs == tuple(STORY)
    assert article.dateline is None
    assert (article.authors, article.editors) == (("Dewi Anggraini",), ("Bayu Saputra",))
    assert [r.rule for r in article.removed if r.text in ITEMS] == ["summary-block", "summary-block"]


def test_the_html_page_gives_the_same_summary_and_story() -> None:
    article = cleaner.clean(page())
    assert article.summary == tuple(ITEMS)
    assert article.paragraphs == tuple(STORY)


def test_unmarked_lines_with_no_dateline_under_them_stay_story() -> None:
    """No dateline closes the box: nothing tells its items from the story's first
    paragraphs, so no line is taken (the label alone leaves)."""
    article = cleaner.clean(render(page(prefix="")))
    assert article.summary == ()
    assert article.paragraphs == (*ITEMS, *STORY)


def test_marked_items_need_no_dateline() -> None:
    """Items printed with a mark are the box's whether or not a dateline follows."""
    text = "\n".join(["Ringkasan Berita:", *(f"• {item}" for item in ITEMS), *STORY])
    article = cleaner.clean("Warga Desa Gotong Royong Perbaiki Jembatan Gantung\n" + text)
    assert article.summary == tuple(ITEMS)
    assert article.paragraphs == tuple(STORY)


def test_a_long_run_under_the_label_is_no_box() -> None:
    """Six unmarked lines before the dateline are more than a key-points box holds: the
    lines stay, and so does the dateline paragraph's place in the story."""
    six = [f"Butir ringkasan nomor {n} menjelaskan satu hal penting dari berita ini." for n in range(6)]
    lines = ["Warga Desa Gotong Royong Perbaiki Jembatan Gantung", "Ringkasan Berita:", *six,
             "TRIBUNNEWS.COM - " + STORY[0], *STORY[1:]]
    article = cleaner.clean("\n".join(lines))
    assert article.summary == ()
    assert article.paragraphs[:6] == tuple(six)
