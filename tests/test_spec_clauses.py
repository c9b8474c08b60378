"""SPEC.md clause by clause, on both front ends and each rule set, on pages never seen.

Each test is named for the clause it pins (record keys, Keep / Remove, Dateline, glued
lines, HTML paragraphs, Whitespace, hints, Never). The pages are written for this file
in our own Indonesian words; only their layouts come from real pages, as the project's
other tests cite them:

- Tempo text: the seeds' tempo.co scrape (headline, "Reporter" / "Editor" labels each
  over its name, the date line, the photo caption, "TEMPO.CO, <place> - ", "Advertising",
  a trailing agency line, the "Berita terkait" block printing each title twice around
  its age); the caption's "TEMPO/<photographer>" credit as the 2023-26 figcaptions print
  it (tests/test_outlet_layouts_2026.py, tests/test_real_layouts_tempo_kumparan_idn.py).
- Kumparan text: the seeds' kumparan.com scrape (date, "·", "waktu baca N menit", the
  share bar's icon names and comment count, a caption printed twice around the zoom
  icon, "ADVERTISEMENT" between paragraphs).
- IDN Times text: the seeds' idntimes.com scrapes (overlay lines, headline, deck,
  caption with its "(Source/Name)" credit, "Intinya Sih..." bullets, "Place, IDN Times -",
  numbered section headings, "Baca Juga:" lines, the "Verified Writer" box and the
  community disclaimer).
- Pages joined into one line: the bulk crawl's tempo.co and liputan6.com rows (a story
  run together on one line, chrome glued into it: tests/test_glued_bulk.py,
  tests/test_text_shapes.py).
- HTML: the three outlets' 2026 layouts of tests/test_outlet_layouts_2026.py (reused
  from there), and a neutral WordPress-like article for the generic rules.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import cleaner
from cleaner.record import RECORD_KEYS
from tests.conftest import ROOT
from tests.test_outlet_layouts_2026 import IDNTIMES, KUMPARAN, TEMPO, _page

TEMPO_TEXT = "\n".join([
    "Warga Pesisir Makassar Tanam Ribuan Bakau untuk Tahan Abrasi",
    "",
    "Reporter",
    "",
    "Andi Pratama",
    "",
    "Editor",
    "",
    "Rina Kusuma",
    "",
    "Selasa, 14 Mei 2024 09:30 WITA",
    "",
    ("Relawan menanam bibit bakau di pantai utara Makassar, Selasa, 14 Mei 2024. "
     "TEMPO/Andi Pratama"),
    "",
    ("TEMPO.CO, Makassar - Ratusan warga pesisir utara Makassar menanam sekitar tiga "
     "ribu bibit bakau di sepanjang pantai yang terkikis ombak."),
    "",
    ("Ketua kelompok nelayan setempat mengatakan garis pantai mundur hampir sepuluh "
     "meter dalam lima tahun terakhir.Baca juga: Nelayan Takalar Keluhkan Harga Solar "
     "yang Terus Naik"),
    "",
    "Advertising",
    "",
    ('"Kalau tidak ditanami sekarang, rumah kami yang akan hilang," kata dia kepada '
     "wartawan di lokasi penanaman."),
    "",
    ("Program serupa akan diperluas ke dua kecamatan lain pada tahun depan jika "
     "hasilnya baik."),
    "",
    "ANTARA",
    "",
    "Berita terkait",
    "",
    "Pemkot Siapkan Dana Darurat untuk Banjir Rob",
    "",
    "3 jam lalu",
    "",
    "Pemkot Siapkan Dana Darurat untuk Banjir Rob",
    "",
    "Dana itu disiapkan untuk warga yang rumahnya terendam air laut.",
    "",
])

KUMPARAN_TEXT = "\n".join([
    "Festival Perahu Hias Digelar di Teluk Jayapura",
    "",
    "14 Mei 2024 16:20 WIT",
    "·",
    "waktu baca 3 menit",
    "comment",
    "5",
    "sosmed-whatsapp-white",
    "copy-link-circle",
    "more-vertical",
    ("Perahu hias berlayar di Teluk Jayapura, Selasa (14/5). Foto: Yohanes "
     "Wenda/kumparan"),
    "zoom-in-whitePerbesar",
    ("Perahu hias berlayar di Teluk Jayapura, Selasa (14/5). Foto: Yohanes "
     "Wenda/kumparan"),
    "ADVERTISEMENT",
    ("Puluhan perahu hias meramaikan perairan Teluk Jayapura pada Selasa (14/5) sore "
     "dalam festival tahunan yang digelar pemerintah kota."),
    ("Setiap perahu dihiasi janur, bendera warna-warni dan ukiran khas dari kampung di "
     "pesisir teluk. Baca juga: Wisata Danau Sentani Ramai Dikunjungi Saat Libur "
     "Panjang"),
    "ADVERTISEMENT",
    "Panitia mencatat lebih dari seribu penonton memadati dermaga sejak siang hari.",
    ("“Kami ingin anak muda kembali mencintai laut,” kata ketua panitia kepada "
     "wartawan."),
    "ADVERTISEMENT",
    "",
])

IDN_TEXT = "\n".join([
    "TUTUP",
    "SCROLL UNTUK MELANJUTKAN MEMBACA",
    "Gabung di IDN Times",
    "",
    "Pasar Terapung Banjarmasin Kembali Ramai Pengunjung",
    "",
    "Pedagang sayur mulai kembali ke sungai",
    "",
    "Perahu pedagang di Sungai Martapura. (IDN Times/Siti Rahmah)",
    "",
    "Intinya Sih...",
    "",
    "  \u2022 Jumlah pedagang perahu naik setelah dermaga diperbaiki",
    "  \u2022 Wisatawan datang sejak subuh untuk sarapan di atas perahu",
    "",
    ("Banjarmasin, IDN Times - Pasar terapung di Sungai Martapura kembali ramai "
     "setelah dermaga kayu diperbaiki pemerintah kota pada awal tahun. Baca Juga: "
     "Harga Ikan Patin Turun di Pasar Lama"),
    "",
    ("Pedagang sayur dan kue tradisional mulai berdatangan sejak pukul lima pagi "
     "dengan perahu kecil mereka."),
    "",
    "1. Dermaga baru memudahkan wisatawan",
    "",
    ("Wisatawan kini bisa naik ke perahu tanpa harus melompat dari tepian sungai yang "
     "licin."),
    "",
    "Baca Juga: Banjir Rob Genangi Tiga Kelurahan di Banjarmasin",
    "",
    "2. Pemerintah siapkan festival sungai",
    "",
    ("Dinas pariwisata berencana menggelar festival sungai pada akhir bulan depan "
     "untuk menarik pengunjung."),
    "",
    "Verified Writer",
    "",
    "Siti Rahmah",
    "",
    "-",
    "",
    ("IDN Times Community adalah media yang menyediakan platform untuk menulis. Semua "
     "karya tulis yang dibuat adalah sepenuhnya tanggung jawab dari penulis."),
    "",
    "#pasarterapung #banjarmasin",
    "",
])

GENERIC_TEXT = "\n".join([
    "Nelayan Bitung Dapat Bantuan Mesin Perahu dari Provinsi",
    "",
    "Penulis: Maria Lumenta | Editor: Johan Rompas",
    "",
    "Selasa, 14 Mei 2024 10:15 WITA",
    "",
    ("Bitung - Sebanyak empat puluh nelayan di Kota Bitung menerima bantuan mesin "
     "perahu dari pemerintah provinsi pada Selasa pagi."),
    "",
    ("Para nelayan mengaku selama ini harus menyewa mesin dengan biaya yang cukup "
     "mahal setiap bulan."),
    "",
    "Dinas perikanan berjanji akan menambah bantuan pada tahun anggaran berikutnya.",
    "",
    "(ANTARA)",
    "",
    "Tag: nelayan, bitung, mesin perahu",
    "",
])

S = [
    "Ratusan warga pesisir menanam sekitar tiga ribu bibit bakau di sepanjang pantai yang terkikis ombak.",
    "Ketua kelompok nelayan mengatakan garis pantai mundur hampir sepuluh meter dalam lima tahun terakhir.",
    "Dinas lingkungan hidup berjanji memantau pertumbuhan bibit setiap bulan dan mengganti yang mati.",
    "Program serupa akan diperluas ke dua kecamatan lain pada tahun depan jika hasilnya baik.",
]
TEMPO_ONE = (f"TEMPO.CO, Makassar - {S[0]}Baca juga: Nelayan Takalar Keluhkan Harga Solar yang Terus Naik {S[1]} "
             f"ADVERTISEMENT {S[2]} {S[3]} Scroll ke bawah untuk melanjutkan membaca")
KUMPARAN_ONE = " ".join(line for line in KUMPARAN_TEXT.splitlines() if line.strip())
IDN_ONE = (f"Banjarmasin, IDN Times - {S[0]} Baca Juga: Harga Ikan Patin Turun di Pasar Lama {S[1]} "
           f"1. Dermaga baru memudahkan wisatawan {S[2]} Baca Juga: Banjir Rob Genangi Tiga Kelurahan "
           f"2. Pemerintah siapkan festival sungai {S[3]}")
GENERIC_ONE = f"Bitung - {S[0]} {S[1]} Baca juga: Harga Ikan Cakalang Stabil Jelang Musim Angin Barat {S[2]} (ANTARA)"

GENERIC_HTML = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Nelayan Bitung Dapat Bantuan Mesin Perahu - Warta Sulut</title>
<meta property="og:title" content="Nelayan Bitung Dapat Bantuan Mesin Perahu">
<meta property="article:published_time" content="2024-05-14T02:15:00Z">
<link rel="canonical" href="https://www.wartasulut.id/berita/nelayan-bitung-dapat-bantuan-mesin-perahu">
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav></header>
<main><article class="post">
<h1 class="post-title">Nelayan Bitung Dapat Bantuan Mesin Perahu</h1>
<div class="post-meta"><span class="author">Penulis: Maria Lumenta</span> | <span>Editor: Johan Rompas</span>
<time>Selasa, 14 Mei 2024 10:15 WITA</time></div>
<figure><img src="a.jpg">
<figcaption>Nelayan memeriksa mesin perahu baru di dermaga. (Dok. Dinas Perikanan)</figcaption>
</figure>
<div class="post-content">
<p><strong>Bitung</strong> - Sebanyak empat puluh nelayan di Kota Bitung menerima bantuan mesin perahu
dari pemerintah provinsi pada Selasa pagi.<br>Bantuan itu diserahkan langsung oleh kepala dinas di dermaga ikan.</p>
<p style="display:none">Teks tersembunyi yang tidak boleh masuk badan berita sama sekali.</p>
<div hidden><p>Widget tersembunyi berisi kalimat yang tidak terlihat oleh pembaca situs.</p></div>
<template><p>Isi templat yang tidak pernah tampil kepada pembaca berita ini.</p></template>
<noscript><p>Aktifkan JavaScript untuk melihat komentar pembaca di halaman ini.</p></noscript>
<p>Para nelayan mengaku selama ini harus menyewa mesin dengan\tbiaya yang&nbsp;&nbsp;cukup mahal setiap bulan.</p>
<div class="wp-caption"><img src="a.jpg">
<p class="wp-caption-text">Nelayan memeriksa mesin perahu baru di dermaga. (Dok. Dinas Perikanan)</p></div>
<h2>Harapan nelayan<br>untuk musim depan</h2>
<ul><li>Mesin 15 PK untuk perahu kecil<br>dan perahu sedang</li><li>Pelatihan perawatan mesin gratis</li></ul>
<table><tr><td>Kecamatan Lembeh<br>Utara</td><td>12 unit</td></tr>
<tr><td>Kecamatan Aertembaga</td><td>28 unit</td></tr></table>
<p>Baca juga: <a href="/x">Harga Ikan Cakalang Stabil Jelang Musim Angin Barat</a></p>
<p>\u201cKami berharap hasil tangkapan bisa naik dua kali lipat,\u201d ujar salah satu nelayan \u2014
dengan   wajah gembira.</p>
<p>Dinas perikanan berjanji akan menambah bantuan pada tahun anggaran berikutnya. (ANTARA)</p>
</div>
<div class="tags">Tag: <a href="/tag/nelayan">nelayan</a>, <a href="/tag/bitung">bitung</a></div>
</article></main>
<footer>Hak cipta 2024 Warta Sulut</footer>
</body></html>"""


def record(page: str, **kw: Any) -> dict[str, Any]:
    got = cleaner.clean(page, **kw).to_dict()
    assert list(got) == list(RECORD_KEYS)  # exactly the SPEC keys, none omitted
    assert got["text"] == "\n\n".join(got["paragraphs"])
    return got


def rules(got: dict[str, Any]) -> list[tuple[int, str, str]]:
    return [(r["line"], r["rule"], r["text"]) for r in got["removed"]]


# ---- the record, whole, per rule set on a text scrape ---------------------------------

def test_record_tempo_text_wita_reporter_editor_caption_source_related() -> None:
    """Every key on a Tempo scrape: WITA is +08:00, the caption's "TEMPO/Name" credit
    sends it to captions (it was dropped as before-story), the "Baca juga:" glued to a
    line's end is cut to related, the trailing "ANTARA" is the source, a related title
    printed twice is related once, and every removed line has its 1-based number."""
    got = record(TEMPO_TEXT)
    assert {k: v for k, v in got.items() if k not in ("paragraphs", "text", "removed")} == {
        "outlet": "tempo", "url": None,
        "title": "Warga Pesisir Makassar Tanam Ribuan Bakau untuk Tahan Abrasi", "subtitle": None,
        "authors": ["Andi Pratama"], "editors": ["Rina Kusuma"], "published": "2024-05-14T09:30:00+08:00",
        "dateline": "Makassar", "source": "ANTARA", "reading_time_minutes": None, "summary": [],
        "captions": ["Relawan menanam bibit bakau di pantai utara Makassar, Selasa, 14 Mei 2024. TEMPO/Andi Pratama"],
        "related": ["Nelayan Takalar Keluhkan Harga Solar yang Terus Naik",
                    "Pemkot Siapkan Dana Darurat untuk Banjir Rob"],
        "tags": [],
    }
    assert got["paragraphs"] == [
        ("Ratusan warga pesisir utara Makassar menanam sekitar tiga ribu bibit bakau di sepanjang pantai "
         "yang terkikis ombak."),
        ("Ketua kelompok nelayan setempat mengatakan garis pantai mundur hampir sepuluh meter dalam lima "
         "tahun terakhir."),
        "\"Kalau tidak ditanami sekarang, rumah kami yang akan hilang,\" kata dia kepada wartawan di lokasi penanaman.",
        "Program serupa akan diperluas ke dua kecamatan lain pada tahun depan jika hasilnya baik.",
    ]
    assert [(n, r) for n, r, _ in rules(got)] == [
        (1, "headline"), (3, "tempo-reporter-label"), (5, "tempo-reporter-label"), (7, "editor-label"),
        (9, "editor-label"), (11, "date-line"), (13, "tempo-caption-credit"), (17, "read-also-title"),
        (19, "ad-label"), (25, "agency-line"), (27, "tempo-related-block"), (29, "tempo-related-block"),
        (31, "relative-age"), (33, "tempo-related-block"), (35, "tempo-related-block"),
    ]


def test_record_kumparan_text_wit_reading_time_caption_twice_icons() -> None:
    """WIT is +09:00; "waktu baca 3 menit" is reading_time_minutes; the caption printed
    twice around the zoom icon is one caption; icon words and ad labels leave the body;
    curly quotes stay as printed."""
    got = record(KUMPARAN_TEXT)
    assert got["outlet"] == "kumparan" and got["published"] == "2024-05-14T16:20:00+09:00"
    assert got["reading_time_minutes"] == 3 and got["authors"] == [] and got["dateline"] is None
    assert got["captions"] == ["Perahu hias berlayar di Teluk Jayapura, Selasa (14/5). Foto: Yohanes Wenda/kumparan"]
    assert got["related"] == ["Wisata Danau Sentani Ramai Dikunjungi Saat Libur Panjang"]
    assert got["paragraphs"] == [
        ("Puluhan perahu hias meramaikan perairan Teluk Jayapura pada Selasa (14/5) sore dalam festival tahunan "
         "yang digelar pemerintah kota."),
        "Setiap perahu dihiasi janur, bendera warna-warni dan ukiran khas dari kampung di pesisir teluk.",
        "Panitia mencatat lebih dari seribu penonton memadati dermaga sejak siang hari.",
        "\u201cKami ingin anak muda kembali mencintai laut,\u201d kata ketua panitia kepada wartawan.",
    ]
    assert [r for _, r, _ in rules(got)] == [
        "headline", "date-line", "lone-symbol", "reading-time", "share-word", "bare-number", "icon-name",
        "icon-name", "icon-name", "caption-foto-credit", "icon-name", "caption-foto-credit", "ad-label",
        "read-also-title", "ad-label", "ad-label",
    ]


def test_record_idntimes_text_deck_summary_headings_writer_box_hashtags() -> None:
    """The deck is subtitle, "Intinya Sih..." bullets are summary, numbered section
    headings stay body, "Verified Writer" is a label (its name is the author, the label
    never is), the disclaimer and the "#tag" bar leave the body, each tag its own."""
    got = record(IDN_TEXT)
    assert {k: v for k, v in got.items() if k not in ("paragraphs", "text", "removed")} == {
        "outlet": "idntimes", "url": None, "title": "Pasar Terapung Banjarmasin Kembali Ramai Pengunjung",
        "subtitle": "Pedagang sayur mulai kembali ke sungai", "authors": ["Siti Rahmah"], "editors": [],
        "published": None, "dateline": "Banjarmasin", "source": None, "reading_time_minutes": None,
        "summary": ["Jumlah pedagang perahu naik setelah dermaga diperbaiki",
                    "Wisatawan datang sejak subuh untuk sarapan di atas perahu"],
        "captions": ["Perahu pedagang di Sungai Martapura. (IDN Times/Siti Rahmah)"],
        "related": ["Harga Ikan Patin Turun di Pasar Lama", "Banjir Rob Genangi Tiga Kelurahan di Banjarmasin"],
        "tags": ["pasarterapung", "banjarmasin"],
    }
    assert got["paragraphs"] == [
        ("Pasar terapung di Sungai Martapura kembali ramai setelah dermaga kayu diperbaiki pemerintah kota "
         "pada awal tahun."),
        "Pedagang sayur dan kue tradisional mulai berdatangan sejak pukul lima pagi dengan perahu kecil mereka.",
        "1. Dermaga baru memudahkan wisatawan",
        "Wisatawan kini bisa naik ke perahu tanpa harus melompat dari tepian sungai yang licin.",
        "2. Pemerintah siapkan festival sungai",
        "Dinas pariwisata berencana menggelar festival sungai pada akhir bulan depan untuk menarik pengunjung.",
    ]
    assert ("Verified Writer", "writer-box-label") in [(t, r) for _, r, t in rules(got)]


def test_record_generic_text_writer_editor_line_wita_bracketed_agency_tag_list() -> None:
    """The generic rules: "Penulis: A | Editor: B", a WITA date line, a "Place - "
    dateline, "(ANTARA)" under the story as the source (it was dropped as initials),
    and a "Tag:" list split into its tags."""
    got = record(GENERIC_TEXT)
    assert {k: v for k, v in got.items() if k not in ("paragraphs", "text", "removed")} == {
        "outlet": "generic", "url": None, "title": "Nelayan Bitung Dapat Bantuan Mesin Perahu dari Provinsi",
        "subtitle": None, "authors": ["Maria Lumenta"], "editors": ["Johan Rompas"],
        "published": "2024-05-14T10:15:00+08:00", "dateline": "Bitung", "source": "ANTARA",
        "reading_time_minutes": None, "summary": [], "captions": [], "related": [],
        "tags": ["nelayan", "bitung", "mesin perahu"],
    }
    assert len(got["paragraphs"]) == 3 and got["paragraphs"][0].startswith("Sebanyak empat puluh nelayan")
    assert rules(got) == [
        (1, "headline", "Nelayan Bitung Dapat Bantuan Mesin Perahu dari Provinsi"),
        (3, "writer-editor-line", "Penulis: Maria Lumenta | Editor: Johan Rompas"),
        (5, "date-line", "Selasa, 14 Mei 2024 10:15 WITA"),
        (13, "agency-signoff", "(ANTARA)"),
        (15, "tags-inline", "Tag: nelayan, bitung, mesin perahu"),
    ]


@pytest.mark.parametrize(("zone", "offset"), [("WIB", "+07:00"), ("WITA", "+08:00"), ("WIT", "+09:00")])
@pytest.mark.parametrize("page", ["tempo", "kumparan", "generic"])
def test_published_offset_per_zone_on_each_rule_set(page: str, zone: str, offset: str) -> None:
    text = {"tempo": TEMPO_TEXT.replace("09:30 WITA", f"09:30 {zone}"),
            "kumparan": KUMPARAN_TEXT.replace("16:20 WIT", f"09:30 {zone}"),
            "generic": GENERIC_TEXT.replace("10:15 WITA", f"09:30 {zone}")}[page]
    assert record(text)["published"] == f"2024-05-14T09:30:00{offset}"


# ---- glued lines: each chrome part cut, the story runs between the cuts -----------------

def test_glued_page_on_one_line_tempo() -> None:
    got = record(TEMPO_ONE)
    assert got["outlet"] == "tempo" and got["dateline"] == "Makassar"
    assert got["related"] == ["Nelayan Takalar Keluhkan Harga Solar yang Terus Naik"]
    assert got["paragraphs"] == [S[0], S[1], f"{S[2]} {S[3]}"]
    assert [(n, r) for n, r, _ in rules(got)] == [(1, "read-also-title"), (1, "ad-label"), (1, "scroll-overlay")]


def test_glued_page_on_one_line_tempo_pilihan_editor_is_cut_to_related() -> None:
    """Tempo's "Pilihan Editor: <title>" read-also paragraph, glued into a story joined
    on one line, stayed inside the paragraph."""
    got = record(f"TEMPO.CO, Makassar - {S[0]} {S[1]} Pilihan Editor: Pemkot Siapkan Dana Darurat untuk Banjir Rob "
                 f"{S[2]} {S[3]}")
    assert got["related"] == ["Pemkot Siapkan Dana Darurat untuk Banjir Rob"]
    assert got["paragraphs"] == [f"{S[0]} {S[1]}", f"{S[2]} {S[3]}"]


def test_glued_page_on_one_line_kumparan_icons_and_caption_cut() -> None:
    """The share bar's icon words glued around the caption were kept inside the caption
    ("comment 5 sosmed-whatsapp-white ... <caption> zoom-in-whitePerbesar <caption>")."""
    got = record(KUMPARAN_ONE)
    assert got["title"] == "Festival Perahu Hias Digelar di Teluk Jayapura"
    assert got["published"] == "2024-05-14T16:20:00+09:00" and got["reading_time_minutes"] == 3
    assert got["captions"] == ["Perahu hias berlayar di Teluk Jayapura, Selasa (14/5). Foto: Yohanes Wenda/kumparan"]
    assert got["related"] == ["Wisata Danau Sentani Ramai Dikunjungi Saat Libur Panjang"]
    assert len(got["paragraphs"]) == 2
    assert not any("sosmed" in p or "ADVERTISEMENT" in p or "Foto:" in p for p in got["paragraphs"])
    assert {r for _, r, _ in rules(got)} >= {"share-word", "bare-number", "icon-name", "caption-foto-credit"}


def test_glued_page_on_one_line_idntimes_read_also_ends_at_a_numbered_heading() -> None:
    """"Baca Juga: <title> 2. <heading>": the linked title ended after "2." (a wrong
    related title, the heading's number cut off the story)."""
    got = record(IDN_ONE)
    assert got["outlet"] == "idntimes" and got["dateline"] == "Banjarmasin"
    assert got["related"] == ["Harga Ikan Patin Turun di Pasar Lama", "Banjir Rob Genangi Tiga Kelurahan"]
    assert got["paragraphs"] == [S[0], f"{S[1]} 1. Dermaga baru memudahkan wisatawan {S[2]}",
                                 f"2. Pemerintah siapkan festival sungai {S[3]}"]


def test_glued_page_on_one_line_generic_bracketed_agency_at_the_end() -> None:
    got = record(GENERIC_ONE)
    assert got["outlet"] == "generic" and got["dateline"] == "Bitung" and got["source"] == "ANTARA"
    assert got["related"] == ["Harga Ikan Cakalang Stabil Jelang Musim Angin Barat"]
    assert got["paragraphs"] == [f"{S[0]} {S[1]}", S[2]]
    assert rules(got)[-1] == (1, "agency-signoff", "(ANTARA)")


def test_glued_bracketed_agency_closing_the_last_paragraph() -> None:
    got = record(GENERIC_TEXT.replace("berikutnya.\n\n(ANTARA)", "berikutnya. (ANTARA)"))
    assert got["source"] == "ANTARA"
    assert got["paragraphs"][-1] == "Dinas perikanan berjanji akan menambah bantuan pada tahun anggaran berikutnya."


@pytest.mark.parametrize("page", ["tempo", "kumparan", "idntimes", "generic"])
def test_glued_read_also_at_a_line_end_on_each_rule_set(page: str) -> None:
    story = f"{S[0]} Baca juga: Nelayan Takalar Keluhkan Harga Solar"
    text = {"tempo": TEMPO_TEXT, "kumparan": KUMPARAN_TEXT, "idntimes": IDN_TEXT, "generic": GENERIC_TEXT}[page]
    first = {"tempo": "Ketua kelompok nelayan setempat", "kumparan": "Panitia mencatat",
             "idntimes": "Pedagang sayur dan kue", "generic": "Para nelayan mengaku"}[page]
    line = next(x for x in text.splitlines() if x.startswith(first))
    got = record(text.replace(line, story))
    assert "Nelayan Takalar Keluhkan Harga Solar" in got["related"]
    assert S[0] in got["paragraphs"]
    assert not any("Baca juga" in p for p in got["paragraphs"])


# ---- HTML: paragraphs as a browser shows them, hidden text never body -----------------

def test_html_generic_record_br_hidden_byline_editor_date_caption_twice_agency_tags() -> None:
    """A <br> starts a new paragraph in a <p>, a heading, a list item and a table cell;
    display:none, hidden, <template> and <noscript> text is never body; tabs and NBSP runs
    fold, quotes and dashes stay; a by-line box printing "Penulis: A | Editor: B" and the
    WITA date in one line gives both names (the editor was lost) and the printed date
    (it was lost; the UTC machine date gave +07:00); a caption printed twice is one; the
    "(ANTARA)" closing the story is the source; "Tag:" links are the tags."""
    got = record(GENERIC_HTML)
    assert {k: v for k, v in got.items() if k not in ("paragraphs", "text", "removed")} == {
        "outlet": "generic", "url": "https://www.wartasulut.id/berita/nelayan-bitung-dapat-bantuan-mesin-perahu",
        "title": "Nelayan Bitung Dapat Bantuan Mesin Perahu", "subtitle": None,
        "authors": ["Maria Lumenta"], "editors": ["Johan Rompas"], "published": "2024-05-14T10:15:00+08:00",
        "dateline": "Bitung", "source": "ANTARA", "reading_time_minutes": None, "summary": [],
        "captions": ["Nelayan memeriksa mesin perahu baru di dermaga. (Dok. Dinas Perikanan)"],
        "related": ["Harga Ikan Cakalang Stabil Jelang Musim Angin Barat"], "tags": ["nelayan", "bitung"],
    }
    assert got["paragraphs"] == [
        ("Sebanyak empat puluh nelayan di Kota Bitung menerima bantuan mesin perahu dari pemerintah provinsi "
         "pada Selasa pagi."),
        "Bantuan itu diserahkan langsung oleh kepala dinas di dermaga ikan.",
        "Para nelayan mengaku selama ini harus menyewa mesin dengan biaya yang cukup mahal setiap bulan.",
        "Harapan nelayan", "untuk musim depan",
        "Mesin 15 PK untuk perahu kecil", "dan perahu sedang", "Pelatihan perawatan mesin gratis",
        "Kecamatan Lembeh", "Utara 12 unit", "Kecamatan Aertembaga 28 unit",
        ("\u201cKami berharap hasil tangkapan bisa naik dua kali lipat,\u201d ujar salah satu nelayan \u2014 "
         "dengan wajah gembira."),
        "Dinas perikanan berjanji akan menambah bantuan pada tahun anggaran berikutnya.",
    ]
    hidden = ("tersembunyi", "templat", "JavaScript")
    assert not any(w in r["text"] for r in got["removed"] for w in hidden)
    assert not any(w in p for p in got["paragraphs"] for w in hidden)
    # HTML: `removed` numbers text blocks, 1-based, in page order.
    assert [(n, r) for n, r, _ in rules(got)] == [
        (1, "html-drop"), (2, "headline"), (3, "html-byline"), (4, "html-caption"), (8, "html-caption"),
        (17, "read-also-title"), (19, "agency-signoff"), (20, "html-tags"), (21, "html-drop"),
    ]


@pytest.mark.parametrize("meta", ["", '<meta property="article:published_time" content="2024-05-14T02:15:00Z">',
                                  '<meta property="article:published_time" content="2024-05-14T09:15:00+07:00">'])
@pytest.mark.parametrize(("zone", "offset"), [("WITA", "+08:00"), ("WIT", "+09:00")])
def test_html_printed_zone_in_a_byline_block_is_the_published_offset(meta: str, zone: str, offset: str) -> None:
    page = GENERIC_HTML.replace('<meta property="article:published_time" content="2024-05-14T02:15:00Z">', meta)
    assert record(page.replace("10:15 WITA", f"10:15 {zone}"))["published"] == f"2024-05-14T10:15:00{offset}"


@pytest.mark.parametrize(("page", "printed", "machine", "zone", "want"), [
    ("tempo", "5 Maret 2026 | 14.20 WIB", '"datePublished":"2026-03-05T14:20:00+07:00",', "WITA",
     "2026-03-05T14:20:00+08:00"),
    ("kumparan", "5 Maret 2026 14:20 WIB", '"datePublished":"2026-03-05T07:20:00.000Z",', "WIT",
     "2026-03-05T14:20:00+09:00"),
    ("idntimes", "05 Mar 2026, 14:20 WIB", '"datePublished":"2026-03-05T14:20:00+07:00",', "WITA",
     "2026-03-05T14:20:00+08:00"),
])
def test_html_outlet_printed_wita_wit(page: str, printed: str, machine: str, zone: str, want: str) -> None:
    """The outlets' 2026 layouts with a printed WITA / WIT time and no JSON-LD date."""
    html = _page({"tempo": TEMPO, "kumparan": KUMPARAN, "idntimes": IDNTIMES}[page])
    html = html.replace(machine, "").replace(printed, printed.replace("WIB", zone))
    html = html.replace('<meta property="article:published_time" content="5 Maret 2026 | 14.20 WIB">', "")
    html = html.replace('dateTime="2026-03-05T14:20:00+07:00"', "")
    assert record(html)["published"] == want


@pytest.mark.parametrize("page", ["tempo", "kumparan", "idntimes"])
def test_html_outlet_read_also_glued_inside_a_paragraph(page: str) -> None:
    html = _page({"tempo": TEMPO, "kumparan": KUMPARAN, "idntimes": IDNTIMES}[page])
    html = html.replace("dan jadwal diumumkan.</p>",
                        'dan jadwal diumumkan. <strong>Baca juga: <a href="/y">Tarif Angkot Naik Mulai Bulan Depan</a>'
                        "</strong></p>")
    got = record(html)
    assert "Tarif Angkot Naik Mulai Bulan Depan" in got["related"]
    assert got["paragraphs"][1].endswith("sebelum tarif ditetapkan dan jadwal diumumkan.")


def test_html_kumparan_reading_time_and_tempo_trailing_agency() -> None:
    assert record(_page(KUMPARAN))["reading_time_minutes"] == 2
    tempo = _page(TEMPO).replace("masih jarang lewat.</p>", "masih jarang lewat.</p><p>Reuters</p>")
    got = record(tempo)
    assert got["source"] == "Reuters" and got["paragraphs"][-1].endswith("masih jarang lewat.")


# ---- names, never role labels ---------------------------------------------------------

@pytest.mark.parametrize(("box", "want"), [
    ('<div class="author-box"><span>Verified Writer</span> <a href="/u/x">Rina Kusuma</a></div>', ["Rina Kusuma"]),
    ('<div class="author-box"><span>Community Writer</span> <a href="/u/x">Rina Kusuma</a></div>', ["Rina Kusuma"]),
    ('<div class="post-meta"><div class="author">Penulis Rina Kusuma</div><div>Jurnalis</div></div>', ["Rina Kusuma"]),
    ('<p class="byline">Oleh: Rina Kusuma dan Budi Hartono</p>', ["Rina Kusuma", "Budi Hartono"]),
])
def test_names_never_role_labels_html(box: str, want: list[str]) -> None:
    start = GENERIC_HTML.index('<div class="post-meta">')
    end = GENERIC_HTML.index("</div>", start) + len("</div>")
    got = record(GENERIC_HTML[:start] + box + GENERIC_HTML[end:])
    assert got["authors"] == want


@pytest.mark.parametrize(("label", "name"), [("Verified Writer", "Siti Rahmah"), ("Community Writer", "Siti Rahmah"),
                                             ("Reporter", "Andi Pratama"), ("Penulis", "Andi Pratama")])
def test_names_never_role_labels_text(label: str, name: str) -> None:
    got = record(IDN_TEXT.replace("Verified Writer", label).replace("Siti Rahmah\n", f"{name}\n"))
    assert got["authors"] == [name]


# ---- the caller's hints: fill what the page lacks, never lost -------------------------

PLAIN = "\n\n".join(["Pameran Kopi Nusantara Dibuka di Bandung", *S])


def test_hints_fill_what_the_page_lacks_role_labels_cut_from_names() -> None:
    """A crawler's "Reporter: Name" / "Penulis Name" by-line: the name is used, the label
    never (the whole hint was dropped as naming no person, or kept with its label)."""
    got = cleaner.clean(PLAIN, hints={"title": "Judul dari Perayap", "author": "Reporter: Budi Hartono",
                                      "editor": "Penulis Rina Kusuma", "published": "14 Mei 2024 10:15 WITA",
                                      "tags": "kopi, petani", "source": "ANTARA"})
    assert got.authors == ("Budi Hartono",) and got.editors == ("Rina Kusuma",)
    assert got.published == "2024-05-14T10:15:00+08:00" and got.tags == ("kopi", "petani")
    assert got.source == "ANTARA" and got.title == "Pameran Kopi Nusantara Dibuka di Bandung"
    assert got.warnings == ()
    only_labels = cleaner.clean(PLAIN, hints={"author": "Verified Writer", "editor": "Jurnalis"})
    assert only_labels.authors == () and only_labels.editors == ()
    assert len(only_labels.warnings) == 2  # named, not silently dropped


def test_hints_the_page_contradicts_the_page_wins_and_jsonl_keeps_the_crawlers_value() -> None:
    got = cleaner.clean(GENERIC_TEXT, hints={"title": "Judul Lain", "author": "Budi Hartono",
                                             "published": "15 Mei 2024 08:00 WITA"})
    assert got.title == "Nelayan Bitung Dapat Bantuan Mesin Perahu dari Provinsi"
    assert got.authors == ("Maria Lumenta",) and got.published == "2024-05-14T10:15:00+08:00"
    rows = [{"url": "https://www.wartasulut.id/berita/x", "text": GENERIC_TEXT, "title": "Judul Lain",
             "author": "Budi Hartono", "published": "15 Mei 2024 08:00 WITA"},
            {"url": "https://www.wartasulut.id/berita/y", "text": PLAIN.split("\n\n", 1)[1], "title": "Judul Perayap",
             "author": "Penulis: Budi Hartono", "published": "15 Mei 2024 08:00 WITA"}]
    r = subprocess.run([sys.executable, "-m", "cleaner", "--quiet", "--input-format", "jsonl", "-"],
                       input="\n".join(json.dumps(x) for x in rows), capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    first, second = (json.loads(line) for line in r.stdout.splitlines())
    assert first["title"] == "Nelayan Bitung Dapat Bantuan Mesin Perahu dari Provinsi"
    assert first["input"]["title"] == "Judul Lain" and first["author"] == "Budi Hartono"
    assert first["input"]["published"] == "15 Mei 2024 08:00 WITA"
    assert second["title"] == "Judul Perayap" and second["authors"] == ["Budi Hartono"]
    assert second["published"] == "2024-05-15T08:00:00+08:00"


def test_hint_url_on_the_cli_picks_the_outlet_and_fills_url() -> None:
    r = subprocess.run([sys.executable, "-m", "cleaner", "--json", "--url", "https://www.tempo.co/x/judul-123", "-"],
                       input=f"Makassar - {S[0]}\n{S[1]}", capture_output=True, text=True, timeout=120, cwd=ROOT)
    got = json.loads(r.stdout)
    assert got["outlet"] == "tempo" and got["url"] == "https://www.tempo.co/x/judul-123"


# ---- whitespace, never invent, never an unexplained empty body ------------------------

def test_whitespace_runs_fold_and_nothing_else_changes() -> None:
    line = "Air\u00a0setinggi\tlutut  merendam\u2003rumah warga \u201csejak pagi\u201d \u2014 kata PETUGAS\u202fBPBD."
    got = record(f"Judul Berita Soal Banjir di Kota Tua Semarang\n\nSEMARANG, KOMPAS.com\u00a0- {line}\n\n{S[0]}\n")
    assert got["dateline"] == "SEMARANG"
    assert got["paragraphs"] == [
        "Air setinggi lutut merendam rumah warga \u201csejak pagi\u201d \u2014 kata PETUGAS BPBD.", S[0]]


@pytest.mark.parametrize("page", [
    "Beranda\nKontak\nTentang Kami\n",
    "<html><body><p>Judul</p><p>Beranda</p><p>Kontak</p></body></html>",
])
def test_empty_body_has_a_reason_and_lists_every_block(page: str) -> None:
    got = cleaner.clean(page)
    assert got.paragraphs == () and got.reason
    assert [r.line for r in got.removed] == [1, 2, 3] and all(r.rule for r in got.removed)


@pytest.mark.parametrize("name", ["TEMPO_TEXT", "KUMPARAN_TEXT", "IDN_TEXT", "GENERIC_TEXT"])
def test_never_lose_a_line_every_non_blank_line_is_body_or_removed(name: str) -> None:
    text = globals()[name]
    got = record(text)
    lines = [(n, " ".join(x.split())) for n, x in enumerate(text.splitlines(), 1) if x.strip()]
    removed = {r["line"] for r in got["removed"]}
    body = " ".join(got["paragraphs"])
    for n, x in lines:
        assert n in removed or x in body or any(p in x for p in got["paragraphs"]), (n, x)


@pytest.mark.parametrize(("head", "outlet"), [
    # IDN Times 2026 (h1, the writer's link, the date) as a text scrape prints it
    (["Pemkot Uji Bus Listrik Rute Baru", "Dimas Prasetyo", "05 Mar 2026, 14:20 WIB"], "idntimes"),
    # Tempo 2024-26 (h1, the date, the writer's link, the figcaption)
    (["Pemkot Uji Bus Listrik Rute Baru", "5 Maret 2026 | 14.20 WIB", "Dimas Prasetyo",
      "Bus listrik melintas di jalur uji coba, Kamis, 5 Maret 2026. TEMPO/Budi Santoso"], "tempo"),
])
def test_authors_a_name_alone_by_the_date_line_is_the_writer_not_the_deck(head: list[str], outlet: str) -> None:
    """The writer's name printed alone right over or under the date line, under the
    headline: IDN Times' rules read it as the deck (subtitle "Dimas Prasetyo"), others
    dropped it as head chrome."""
    lead = "Bandung, IDN Times - " if outlet == "idntimes" else "TEMPO.CO, Bandung - "
    got = record("\n".join([*head, lead + S[0], *S[1:]]))
    assert got["outlet"] == outlet and got["authors"] == ["Dimas Prasetyo"] and got["subtitle"] is None
    assert got["published"] == "2026-03-05T14:20:00+07:00" and got["paragraphs"] == S
    assert ("name-by-date", "Dimas Prasetyo") in [(r, t) for _, r, t in rules(got)]


def test_authors_the_outlets_name_by_the_date_line_is_no_writer() -> None:
    got = record("\n".join(["Pemkot Uji Bus Listrik Rute Baru", "CNN Indonesia", "Rabu, 5 Mar 2026 14:20 WIB",
                            "Jakarta, CNN Indonesia -- " + S[0], *S[1:]]))
    assert got["authors"] == [] and got["dateline"] == "Jakarta"


_TAGS_BOX = '<div class="tags">Tag: <a href="/tag/nelayan">nelayan</a>, <a href="/tag/bitung">bitung</a></div>'


@pytest.mark.parametrize("box", [
    '<div class="hashtags"><a href="/tag/nelayan">#nelayan</a> <a href="/tag/bitung">#bitung</a></div>',
    ('<div class="topik"><span>Topik:</span><ul><li><a href="/tag/nelayan">nelayan</a></li>'
     '<li><a href="/tag/bitung">bitung</a></li></ul></div>'),
])
def test_tags_html_hashtag_bar_and_topic_list_each_tag_its_own(box: str) -> None:
    got = record(GENERIC_HTML.replace(_TAGS_BOX, box))
    assert got["tags"] == ["nelayan", "bitung"]
    assert not any("#" in p or "Topik" in p for p in got["paragraphs"])


@pytest.mark.parametrize("bar", ["#nelayan #bitung #mesinperahu",
                                 "Topik:\n\n  \u2022 nelayan\n  \u2022 bitung\n  \u2022 mesinperahu"])
def test_tags_text_hashtag_bar_and_topic_list(bar: str) -> None:
    got = record(GENERIC_TEXT.replace("Tag: nelayan, bitung, mesin perahu", bar))
    assert got["tags"] == ["nelayan", "bitung", "mesinperahu"]


@pytest.mark.parametrize("label", ["Waktu baca 3 menit", "3 menit membaca", "3 min read"])
def test_reading_time_minutes_text_and_html_generic(label: str) -> None:
    text = GENERIC_TEXT.replace("Selasa, 14 Mei 2024 10:15 WITA", f"Selasa, 14 Mei 2024 10:15 WITA\n\n{label}")
    html = GENERIC_HTML.replace("<time>Selasa, 14 Mei 2024 10:15 WITA</time></div>",
                                "<time>Selasa, 14 Mei 2024 10:15 WITA</time></div>"
                                f'<div class="read-time">{label}</div>')
    for got in (record(text), record(html)):
        assert got["reading_time_minutes"] == 3 and not any(label in p for p in got["paragraphs"])


@pytest.mark.parametrize("where", ["above the story", "inside the story"])
def test_captions_a_caption_printed_twice_in_a_text_scrape_is_one(where: str) -> None:
    cap = "Nelayan memeriksa mesin perahu baru di dermaga Bitung. (Foto: Dok. Dinas Perikanan)"
    anchor = "Bitung - Sebanyak" if where == "above the story" else "Para nelayan mengaku"
    got = record(GENERIC_TEXT.replace(anchor, f"{cap}\n\n{cap}\n\n{anchor}"))
    assert got["captions"] == [cap] and len(got["paragraphs"]) == 3
    assert [r for _, r, t in rules(got) if t == cap] == ["caption-paren-credit", "caption-paren-credit"]


@pytest.mark.parametrize("lead", ["TRIBUN-TIMUR.COM, MAKASSAR - ", "MAKASSAR, TRIBUN-TIMUR.COM - ",
                                  "MAKASSAR, DISWAY.ID - ", "MAKASSAR, suaramerdeka.com - "])
def test_dateline_an_outlet_domain_hyphenated_in_capitals_to_its_tld_or_in_small_letters(lead: str) -> None:
    """Tribun's regional sites' datelines ("TRIBUN-TIMUR.COM, MAKASSAR -", the form a
    tribun-timur.com story keeps in a public SQL dump, code index file id 28477890073):
    the place was read as "TRIBUN" and "TIMUR.COM, MAKASSAR -" opened the story; a
    ".ID" in capitals (disway.id, file id 55230381784) and a domain in small letters
    (suaramerdeka.com, file id 31901685067) left the whole prefix in the story."""
    got = record("\n".join(["Nelayan Makassar Tanam Ribuan Bakau", "Selasa, 14 Mei 2024 10:15 WITA",
                            lead + S[0], *S[1:]]))
    assert got["dateline"] == "MAKASSAR" and got["paragraphs"] == S
