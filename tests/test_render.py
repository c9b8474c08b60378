"""The page renderer of the renderings set (benchmarks/render.py): a whole HTML page as a
browser prints its visible text, one line a block; and the text path's floor on the
dev corpus's HTML pages rendered so (read from ../shared at run time, never copied)."""

from __future__ import annotations

from pathlib import Path
from statistics import mean

from benchmarks import quality
from benchmarks.render import render

#: A page of our own: a head, a menu list, a story with inline tags, a line break, a
#: script between paragraphs, a table, a hidden box, a comment and a preformatted block.
PAGE = """<!DOCTYPE html>
<html><head><title>Judul di tab</title><style>p { color: red }</style>
<script>var iklan = "jangan tampil";</script></head>
<body>
<ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/bola">Bola</a></li></ul>
<h1>Hujan   deras di <em>kota</em> lama</h1>
<div class="tanggal">Senin, 1 Maret 2021<br>Penulis: <b>Rina</b></div>
<p>Air naik <a href="/x">setinggi lutut</a> di jalan utama,
kata warga.</p>
<script>document.write("tidak terlihat")</script>
<!-- catatan redaksi -->
<p>Petugas datang<span> sore</span> hari.<img src="a.jpg" alt="foto banjir"></p>
<table><tr><td>Curah hujan</td><td>80 mm</td></tr><tr><th>Lama</th><th>3 jam</th></tr></table>
<div style="display: none">Kotak tersembunyi</div>
<div hidden>Juga tersembunyi</div>
<noscript>Aktifkan JavaScript</noscript>
<pre>baris satu
baris dua</pre>
<footer>Hak cipta</footer>
</body></html>
"""


def test_render_prints_blocks_as_a_browser_does() -> None:
    """Block tags start lines, <br> splits one, inline tags join their text, white space
    folds; head, scripts, styles, noscript, hidden boxes, comments and alt text print
    nothing; table cells share their row's line; <pre> keeps its line breaks."""
    assert render(PAGE).split("\n") == [
        "Beranda",
        "Bola",
        "Hujan deras di kota lama",
        "Senin, 1 Maret 2021",
        "Penulis: Rina",
        "Air naik setinggi lutut di jalan utama, kata warga.",
        "Petugas datang sore hari.",
        "Curah hujan 80 mm",
        "Lama 3 jam",
        "baris satu",
        "baris dua",
        "Hak cipta",
    ]


def test_render_of_nothing_is_empty() -> None:
    assert render("") == ""
    assert render("<html><head><title>t</title></head><body><script>x()</script></body></html>") == ""


def test_renderings_floor(shared: Path) -> None:
    """The text path on the dev corpus's HTML pages rendered as a browser prints them
    (`python -m benchmarks.quality --set renderings`): mean token F1 and exact pages at
    least what was measured (1.000, 14 of 14; 0.996 and 13 before IDN Times' picks box
    held a title ending in '?'; the lead's hand rendering gave 0.989, 11 of 14, before
    this renderer skipped hidden boxes and before the kapanlagi and IDN Times fixes),
    metadata fields at least 0.945 (172 of 182; 0.939 before Tempo 2015's "Doc." caption
    credit, 0.91 before the unlabelled tag rows, box topics and titles with a '!', 0.85
    before the tag, related and caption scopes),
    better than every peer given the same text, and no gold paragraph lost."""
    pages = quality.load_pages(shared, "renderings")
    assert len(pages) == 14 and {p.fmt for p in pages} == {"rendering"}
    systems = ["cleaner", "trafilatura", "jusText", "readability"]
    scores = quality.evaluate(pages, systems)
    ours = scores[("rendering", "ALL", "cleaner")]
    assert mean(ours.f1) >= 0.9999
    assert ours.perfect == 14
    assert ours.meta_hit / ours.meta_total >= 0.945
    for peer in systems[1:]:
        assert mean(ours.f1) > mean(scores[("rendering", "ALL", peer)].f1), peer
    for page in pages:
        kept = set(quality.run_cleaner(page.raw, False)[0])
        assert set(page.gold["paragraphs"]) <= kept, page.name
