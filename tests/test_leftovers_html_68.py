"""Stop 68's HTML-path leftovers, as whole records (`tests.scored.scored_record`).

Each fixture keeps a real source's markup shape (tags, classes, nesting, labels as
printed) with sentences and names written for this file.

- `TEMPO15`: tempo.co 2015's story foot, the dev corpus's
  ../shared/corpus/raw/tempo/anpandu-tempo-singlepage.html (anpandu/indonesian-news-scraper
  test/fixtures/websites/tempo/tempo-singlepage.html): ``div.blocking.off`` holding two
  columns, the left one "Berita Terkait" (``div.title.small``) over ``ul.list-text`` titles
  and "Topik" over ``ul.topik-terkait``, the right one the unlabelled teaser box
  ``ul.terkait-img`` (``li > div.multi-terkait`` "Foto"/"Video", a picture link, ``h4 > a``
  the title). Only the box's class said its titles are related: with the classes renamed
  or stripped (`tests.perturb`) they were lost (tests/test_perturbed_html.py, stop 67).
  Now read by the box they share with the related label and none of the story
  (`cleaner.html.link_lists`); an unlabelled box of linked headlines outside that box
  (``div.box-pilihan`` here) and the sidebar's "Berita Terbaru" stay out.
- `ANTARA_EN`: antaranews.com's English edition as a text scrape: "Related news: <title>"
  lines between the paragraphs, "Translator: <names>", "Editor: <name>" and
  "Copyright © ANTARA <year>" closing the story (the line shapes a scraper project's
  cleaner for it cuts on: code index file ids 71128297523 and 70918699467). The
  "Related news:" title stayed in the body (now `read-also-title`); the translator's line
  is dropped as a credit naming no writer or editor (`translator-line`).
- `SENTENCE_CASE`: an English edition's text scrape with its sentence-case headline first
  and no dateline under it (the shape stop 67's leftovershtml67 report names, "Drug
  dealers target villages, says agency"): the headline was dropped as a line over the
  story and the title lost (now `cleaner.passes.title._sentence_case_first_line`). A
  story's 14-word opening sentence that lost its full stop (the bulk crawl's row 1256 of
  ../shared/corpus/bulk-2025-06-18.jsonl, 2025: "Desainer sekaligus presenter<Name>, ...")
  stays the story's (`OPENING_WITHOUT_STOP`).
- WP Berita's and Jannah's meta rows (tests/test_real_layouts_fresh_41.py's `WPBERITA` and
  `JANNAH`, their sources cited there: the WP Berita theme's template source, code index
  file id 25560939513, prints ``div.list-table > div.table-row > div.table-cell`` round
  ``time.entry-date.published``; Jannah prints ``span.date.meta-item`` beside the
  author's link with no space) under the ``no_meta`` perturbation: the published time was
  lost ("list-table" read as a list of other stories' dates; "Redaksi14 Maret 2024" read
  as no date). Now the printed time, and Jannah's printed day.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.perturb import perturb
from tests.scored import EMPTY_RECORD, scored_record
from tests.test_real_layouts_fresh_41 import JANNAH, JANNAH_RECORD, WPBERITA, WPBERITA_RECORD

TEMPO15 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Warga Pesisir Menanam Bakau untuk Menahan Abrasi |
tempo.co</title></head>
<body>
<div class="wrapper">
<div class="breadcrumb"><a href="http://www.tempo.co">home</a> <a href="http://gaya.tempo.co">gaya</a></div>
<div class="artikel">
<h1>Warga Pesisir Menanam Bakau untuk Menahan Abrasi</h1>
<div class="date">Kamis, 05 November 2015 | 11:13 WIB</div>
<div class="artikel-teks">
<p><strong>TEMPO.CO</strong>, Jakarta - Warga tiga desa di pesisir utara menanam ribuan bibit bakau di
sepanjang pantai yang terkikis ombak selama lima tahun terakhir.</p>
<p>Kepala desa setempat mengatakan garis pantai sudah mundur hampir dua puluh meter sejak tanggul tanah jebol
pada musim hujan lalu.</p>
<p>Bibit bakau itu disediakan dinas kelautan, sedangkan warga menyiapkan patok bambu agar bibit tidak hanyut
ketika air pasang.</p>
<p>Para nelayan berharap akar bakau kelak menjadi tempat ikan dan kepiting berkembang biak sehingga hasil
tangkapan kembali naik.</p>
</div>
<div class="blocking off">
    <div class="blocking m20-b left-side" style="width:48%; margin-right:2%;">
        <div class="blocking m20-b off">
            <div class="title small">Berita Terkait</div>
            <ul class="list-text big-14f">
<li><a href="http://gaya.tempo.co/read/news/2015/11/05/060716100/nelayan-keluhkan-cuaca-buruk"
title="Nelayan Keluhkan Cuaca Buruk di Laut Utara">Nelayan Keluhkan Cuaca Buruk di Laut
Utara</a></li><li><a
href="http://gaya.tempo.co/read/news/2015/11/04/060716001/tanggul-darurat-dibangun"
title="Tanggul Darurat Dibangun di Desa Pesisir">Tanggul Darurat Dibangun di Desa
Pesisir</a></li>
            </ul>
        </div>
        <div class="blocking m20-b off">
            <div class="title small">Topik</div>
            <ul class="topik-terkait">
                <li><a href="http://www.tempo.co/topik/masalah/2001/abrasi-pantai">#Abrasi Pantai</a></li>
            </ul>
        </div>
    </div>
    <div class="blocking m20-b right-side" style="width:48%; margin-left:2%;">
        <div class="blocking m5-b off">
            <ul class="terkait-img">
                <li>
                    <div class="multi-terkait">Foto</div>
<a href="http://foto.tempo.co/read/beritafoto/30001/hutan-bakau-di-muara" title="Hutan
Bakau di Muara Sungai Mulai Pulih"><img src="http://statik.tempo.co/?id=1" alt="Hutan
Bakau di Muara Sungai Mulai Pulih" class="img100"></a>
<h4><a href="http://foto.tempo.co/read/beritafoto/30001/hutan-bakau-di-muara" title="Hutan
Bakau di Muara Sungai Mulai Pulih">Hutan Bakau di Muara Sungai Mulai Pulih</a></h4>
                </li>
                <li>
                    <div class="multi-terkait">Video</div>
<a href="http://video.tempo.co/read/2015/06/08/3001/cara-menanam-bakau" title="Cara
Menanam Bibit Bakau di Lumpur"><img src="http://statik.tempo.co/?id=2" alt="Cara Menanam
Bibit Bakau di Lumpur" class="img100"></a>
<h4><a href="http://video.tempo.co/read/2015/06/08/3001/cara-menanam-bakau" title="Cara
Menanam Bibit Bakau di Lumpur">Cara Menanam Bibit Bakau di Lumpur</a></h4>
                </li>
            </ul>
        </div>
    </div>
</div>
<div class="box-pilihan">
    <ul>
<li><h4><a href="http://www.tempo.co/read/news/2015/11/05/3/pasar-malam">Pasar Malam Kembali Digelar
di Alun-alun</a></h4></li>
<li><h4><a href="http://www.tempo.co/read/news/2015/11/05/4/kereta-bandara">Kereta Bandara Tambah
Jadwal Keberangkatan</a></h4></li>
    </ul>
</div>
</div>
<div class="sidebar">
    <div class="title">Berita Terbaru</div>
    <ul class="list-news">
<li><span>35 detik lalu</span><h4><a
href="http://www.tempo.co/read/news/2015/11/05/1/harga-cabai">Harga Cabai Turun di Pasar
Induk</a></h4></li>
<li><span>3 menit lalu</span><h4><a href="http://www.tempo.co/read/news/2015/11/05/2/jalan-tol">Jalan
Tol Baru Dibuka Akhir Pekan</a></h4></li>
    </ul>
</div>
</div>
</body></html>
"""

TEMPO15_RECORD: dict[str, Any] = {
    **EMPTY_RECORD,
    "outlet": "tempo",
    "title": "Warga Pesisir Menanam Bakau untuk Menahan Abrasi",
    "published": "2015-11-05T11:13:00+07:00",
    "dateline": "Jakarta",
    "related": [
        "Nelayan Keluhkan Cuaca Buruk di Laut Utara",
        "Tanggul Darurat Dibangun di Desa Pesisir",
        "Hutan Bakau di Muara Sungai Mulai Pulih",
        "Cara Menanam Bibit Bakau di Lumpur",
    ],
    "tags": ["Abrasi Pantai"],
    "paragraphs": [
        (
            "Warga tiga desa di pesisir utara menanam ribuan bibit bakau di sepanjang pantai yang terkikis "
            "ombak selama lima tahun terakhir."
        ),
        (
            "Kepala desa setempat mengatakan garis pantai sudah mundur hampir dua puluh meter sejak tanggul "
            "tanah jebol pada musim hujan lalu."
        ),
        (
            "Bibit bakau itu disediakan dinas kelautan, sedangkan warga menyiapkan patok bambu agar bibit "
            "tidak hanyut ketika air pasang."
        ),
        (
            "Para nelayan berharap akar bakau kelak menjadi tempat ikan dan kepiting berkembang biak sehingga "
            "hasil tangkapan kembali naik."
        ),
    ],
}


@pytest.mark.parametrize("name", ["identity", "rename", "strip", "redesign"])
def test_unlabelled_teaser_box_beside_related_label_whole_record(name: str) -> None:
    assert scored_record(perturb(TEMPO15, name)) == TEMPO15_RECORD


ANTARA_EN = """Indonesia to expand rice storage in eastern provinces

Jakarta (ANTARA) - The government plans to build new rice warehouses in five eastern provinces next \
year to shorten supply routes, an official said on Monday.

The warehouses will hold harvests from local farmers and cut the time needed to move stock during \
floods, he explained.

Related news: Farmers in Sulawesi report early harvest

Officials expect the first two warehouses to open before the rainy season starts in November, the \
ministry said.

Translator: Rina Sari, Budi Santoso
Editor: Dewi Lestari
Copyright © ANTARA 2026
"""

ANTARA_EN_RECORD: dict[str, Any] = {
    **EMPTY_RECORD,
    "title": "Indonesia to expand rice storage in eastern provinces",
    "editors": ["Dewi Lestari"],
    "dateline": "Jakarta",
    "related": ["Farmers in Sulawesi report early harvest"],
    "paragraphs": [
        (
            "The government plans to build new rice warehouses in five eastern provinces next year to shorten "
            "supply routes, an official said on Monday."
        ),
        (
            "The warehouses will hold harvests from local farmers and cut the time needed to move stock during "
            "floods, he explained."
        ),
        (
            "Officials expect the first two warehouses to open before the rainy season starts in November, the "
            "ministry said."
        ),
    ],
}


def test_english_edition_related_news_and_translator_lines_whole_record() -> None:
    assert scored_record(ANTARA_EN) == ANTARA_EN_RECORD


def test_translator_line_is_dropped_by_its_own_rule() -> None:
    import cleaner

    removed = {r["text"]: r["rule"] for r in cleaner.clean(ANTARA_EN).to_dict()["removed"]}
    assert removed["Translator: Rina Sari, Budi Santoso"] == "translator-line"


SENTENCE_CASE = """Drug dealers target villages, says agency

The national narcotics agency said on Tuesday that dealers have moved from cities to villages, where \
police patrols are rare and residents know little about the drugs.

Officials said they would train village heads to spot the signs of trade and report them to the \
agency's provincial offices.
"""

SENTENCE_CASE_RECORD: dict[str, Any] = {
    **EMPTY_RECORD,
    "title": "Drug dealers target villages, says agency",
    "paragraphs": [
        (
            "The national narcotics agency said on Tuesday that dealers have moved from cities to villages, "
            "where police patrols are rare and residents know little about the drugs."
        ),
        (
            "Officials said they would train village heads to spot the signs of trade and report them to the "
            "agency's provincial offices."
        ),
    ],
}


def test_sentence_case_headline_with_no_dateline_whole_record() -> None:
    assert scored_record(SENTENCE_CASE) == SENTENCE_CASE_RECORD


OPENING_WITHOUT_STOP = """Warga desa di lereng gunung itu akhirnya menikmati aliran listrik setelah menunggu hampir \
dua puluh tahun lamanya

Kini, anak-anak bisa belajar pada malam hari tanpa lampu minyak yang asapnya membuat mata perih.

Kepala desa mengatakan jaringan listrik itu dibangun bersama warga yang menyumbang tenaga dan kayu.
"""


def test_long_opening_sentence_without_its_stop_stays_the_story_whole_record() -> None:
    assert scored_record(OPENING_WITHOUT_STOP) == {
        **EMPTY_RECORD,
        "paragraphs": [
            (
                "Warga desa di lereng gunung itu akhirnya menikmati aliran listrik setelah menunggu hampir dua "
                "puluh tahun lamanya"
            ),
            "Kini, anak-anak bisa belajar pada malam hari tanpa lampu minyak yang asapnya membuat mata perih.",
            "Kepala desa mengatakan jaringan listrik itu dibangun bersama warga yang menyumbang tenaga dan kayu.",
        ],
    }


def test_layout_table_meta_row_keeps_the_published_time_without_metas_whole_record() -> None:
    assert scored_record(perturb(WPBERITA, "no_meta")) == WPBERITA_RECORD


def test_glued_meta_row_keeps_the_printed_day_without_metas_whole_record() -> None:
    record = scored_record(perturb(JANNAH, "no_meta"))
    assert record == {**JANNAH_RECORD, "published": "2024-03-14"}
    assert JANNAH_RECORD["published"].startswith("2024-03-14T")  # the time is in the metas alone
