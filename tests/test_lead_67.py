"""The lead's checks of stop 67.

A long-running pipeline cleans the same few rule sets' pages for hours: the state the
engine keeps per rule set must not grow with the pages. An HTML page runs the engine with
a `dataclasses.replace` copy of its rule set (`cleaner.front.FrontEnd.engine_rules`);
`passes.datelines`' agency-line cache was keyed by that copy and kept each one alive
(one entry a page: found by speedtext67's reading of the cache, measured on the dev
corpus's Antara and Kompas pages). The page below is our own, in the shape of a story
with a by-line, so the engine reaches the agency credit check.
"""

from __future__ import annotations

import gc

import cleaner
from cleaner.rules import RuleSet

PAGE = """<!doctype html><html><head><title>Warga Menanam Pohon di Tepi Sungai</title></head>
<body><article><h1>Warga Menanam Pohon di Tepi Sungai</h1>
<p class="author">Penulis: Sari Wulandari</p>
<p>Semarang - Ratusan warga menanam pohon di sepanjang tepi sungai pada Minggu pagi untuk menahan
longsor yang kerap terjadi setiap musim hujan.</p>
<p>Ketua panitia mengatakan kegiatan itu akan diulang setiap bulan bersama sekolah di sekitar
sungai, agar anak-anak ikut merawat pohon yang ditanam.</p>
<p>Editor: Budi Santoso</p>
</article></body></html>"""


def _rule_sets_alive() -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, RuleSet))


def test_cleaning_html_pages_keeps_no_rule_set_copy_per_page() -> None:
    c = cleaner.Cleaner()
    article = c.clean(PAGE)
    assert article.authors == ("Sari Wulandari",) and article.editors == ("Budi Santoso",)
    before = _rule_sets_alive()
    for _ in range(50):
        c.clean(PAGE)
    assert _rule_sets_alive() == before
