"""Shapes read on real Indonesian article HTML of 2020-22 (realhtml20).

Evidence (never copied: the pages below are written for this file, same structure,
invented sentences and names):

- cnnindonesia.com 2020 article bodies, as the outlet's editor printed them, kept in a
  school site's SQL dump of posts (tool library file id 22146610947; the dump names no
  repository in its text): one ``<p>`` per few paragraphs, each paragraph ended by
  ``<br />\\r\\n<br />``, a "Lihat juga:" box in a ``<table>`` cell, and the closing
  initials bolded with a line break inside them, ``<strong>(din/mik<br />)</strong>``.
- antaranews.com 2022 body as a regional partner printed it, kept in another school
  site's SQL dump (tool library file id 19104885131): the story's ``<p>``s, then
  ``<p><br><br>Berita ini telah tayang di Antaranews.com dengan judul: <a><strong>
  headline</strong></a></p>`` and ``<p>Pewarta : name<br>Editor: name<br>COPYRIGHT ©
  ANTARA 2022</p>``.
- medan.tribunnews.com 2019 body text kept in a SQL dump (tool library file id
  46534240811): the first line "Laporan Wartawan Tribun Medan / <name>", the desk and
  the writer set apart by a slash, then "TRIBUN-MEDAN.com, SIANTAR - " opening the story.
"""

from __future__ import annotations

import cleaner

LINES = [
    "Dinas perhubungan kota menambah enam rute bus pengumpan menuju stasiun mulai pekan depan.",
    "Rute baru itu melayani perumahan di pinggir kota yang selama ini belum terjangkau angkutan umum.",
    "\"Warga cukup menunggu di halte terdekat, jadwalnya kami umumkan di aplikasi,\" kata kepala dinas, Senin (9/3).",
    "Tarif bus pengumpan tetap sama dengan tarif bus kota selama masa uji coba tiga bulan.",
]


def _cnn_2020(closing: str = "(abc/def<br />\n)") -> str:
    return f"""<html><head><meta charset="utf-8">
<title>Enam Rute Bus Pengumpan Baru Menuju Stasiun</title>
<meta property="og:title" content="Enam Rute Bus Pengumpan Baru Menuju Stasiun">
<meta property="article:published_time" content="2020-03-09T11:05:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a></nav>
<h1>Enam Rute Bus Pengumpan Baru Menuju Stasiun</h1>
<div class="detail-text">
<p>Bandung, CNN Indonesia -- {LINES[0]}<br />
<br />
{LINES[1]}<br />
<br />
&nbsp;</p>
<table><tbody><tr><td>
<p>Lihat juga:</p>
&nbsp;<a href="/nasional/20200301-1-2/halte-baru-dibuka">Halte Baru Dibuka di Tiga Kecamatan</a></td>
</tr></tbody></table>
<p>{LINES[2]}<br />
<br />
{LINES[3]}&nbsp;<strong>{closing}</strong></p>
</div>
</body></html>"""


def test_initials_broken_by_a_line_break_are_no_story() -> None:
    """The bold closing initials with a ``<br>`` before their closing bracket: the
    bracket alone after the break ends the line before it, so the initials are one
    sign-off (before: "(abc/def" stayed at the story's end and ")" was a paragraph)."""
    record = cleaner.clean(_cnn_2020()).to_dict()
    assert record["paragraphs"] == LINES
    assert any(r["text"] == "(abc/def)" for r in record["removed"])


def test_initials_on_one_line_read_the_same() -> None:
    record = cleaner.clean(_cnn_2020("(abc/def)")).to_dict()
    assert record["paragraphs"] == LINES


def test_a_closing_bracket_after_a_break_joins_the_line_of_its_own_element_only() -> None:
    """A bracket after a break ends the line before it in the same element; a line of
    another element keeps its own text."""
    html = """<html><head><title>Uji</title></head><body><article>
<p>Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan terakhir (data dinas<br>)</p>
<p>Pedagang mengatakan pasokan dari sentra produksi di lereng gunung berkurang karena hujan.</p>
<p>Dinas perdagangan akan menggelar operasi pasar di lima titik mulai Kamis pagi.</p>
</article></body></html>"""
    record = cleaner.clean(html).to_dict()
    assert record["paragraphs"][0].endswith("(data dinas)")
    assert ")" not in record["paragraphs"][1:]


def test_the_see_also_box_in_a_table_is_related_not_story() -> None:
    record = cleaner.clean(_cnn_2020()).to_dict()
    assert record["related"] == ["Halte Baru Dibuka di Tiga Kecamatan"]
    assert record["dateline"] == "Bandung"
    assert record["published"] == "2020-03-09T11:05:00+07:00"


def _antara_partner_2022() -> str:
    return f"""<html><head><meta charset="utf-8"><title>Gempa Kecil Terasa hingga Pesisir Selatan</title>
<meta property="og:title" content="Gempa Kecil Terasa hingga Pesisir Selatan">
<meta property="article:published_time" content="2022-11-21T08:30:00+07:00"></head><body>
<h1>Gempa Kecil Terasa hingga Pesisir Selatan</h1>
<div class="post-content clearfix">
<p>Garut (ANTARA) - {LINES[0]}</p>
<p>{LINES[1]}</p><p><br><br>Berita ini telah tayang di Contohnews.com dengan judul: <a
href="https://contohnews.com/berita/1/gempa"><strong>Gempa Kecil Terasa hingga Pesisir Selatan</strong></a></p><p
>Pewarta : Rini Kusumawati<br>Editor: Joko Prasetyo<br>COPYRIGHT © ANTARA 2022</p>
</div></body></html>"""


def test_a_partners_syndication_note_opening_with_berita_ini_is_no_story() -> None:
    """"Berita ini telah tayang di ... dengan judul: ..." is the syndication note, as
    "Artikel ini telah tayang di ..." is (before: it stayed as the story's last
    paragraph)."""
    record = cleaner.clean(_antara_partner_2022()).to_dict()
    assert record["paragraphs"] == LINES[:2]
    assert record["authors"] == ["Rini Kusumawati"]
    assert record["editors"] == ["Joko Prasetyo"]
    assert record["dateline"] == "Garut"


def test_a_tribun_desk_by_line_may_set_the_writer_off_with_a_slash() -> None:
    """"Laporan Wartawan Tribun Medan / <name>" names the writer as the comma form
    does (before: the line was cut as chrome and the writer lost)."""
    html = f"""<html><head><meta charset="utf-8"><title>Bus Pengumpan Baru</title>
<meta property="og:title" content="Bus Pengumpan Baru"></head><body>
<h1 id="arttitle">Bus Pengumpan Baru</h1>
<div class="side-article txt-article multi-fontsize">
<p>Laporan Wartawan Tribun Medan / Dedi Kurniawan</p>
<p>TRIBUN-MEDAN.com, BINJAI - {LINES[0]}</p>
<p>{LINES[1]}</p>
<p>{LINES[3]}</p>
</div></body></html>"""
    record = cleaner.clean(html).to_dict()
    assert record["authors"] == ["Dedi Kurniawan"]
    assert record["dateline"] == "BINJAI"
    assert record["paragraphs"] == [LINES[0], LINES[1], LINES[3]]
