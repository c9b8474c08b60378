"""HTML-path shapes earlier rounds left open (leftovershtml58), each decided against SPEC.md
and either fixed by a general rule or pinned here with its reason. Read from the file
alone (no URL, no outlet option), as the held-out pages are scored, but for the node
renderings (text inputs).

1. Two footer credit readings (blindother56's credit lines of a dropped box under the
   story, `_header_fields`' ``foot`` window; blindhtml56's ``<footer>`` labelled lines
   when no writer was found, ``_footer_credit_line``): the second never changed a record
   once the first was in (a wrapper around it logged no change on the 22 dev HTML pages,
   the fixtures, the 990 peer-suite pages, the blindhtml56 pages and every HTML fixture
   of the default test set): removed, one reading does both. Its limits hold by the
   first's: a label's by-line rule only, the same 12 blocks under the story.
2. Mojibake written as entities (``&acirc;&#128;&#147;``): pinned by default. SPEC keeps
   the text as printed ("Nothing else in the text changes"), a browser prints "â€“" for
   it, and the dev gold keeps mojibake byte for byte (gikirima-tarif-*'s "â\\x80¢"), so
   no default repair (nor ftfy as a default dependency: its import ~154 ms, +1.9 ms a dev
   HTML page). The opt-in ``fix_mojibake`` read the bytes only, and entity mojibake is
   ASCII: it stayed even so. Fixed: a run of references that spells mojibake is repaired
   under the opt-in (`decode._repair_entity_runs`); a right page's references stay.
3. ``aria-hidden="true"`` read as hidden: pinned. The 990 peer-suite pages and 22 dev
   pages read with aria-hidden ignored: one record moves, for the worse
   (jis.gov.jm-investment.html: a WordPress Popup Maker modal, ``div.pum-overlay
   role=dialog aria-hidden=true``, whose text a reader sees only on a click); the other
   aria-hidden elements seen are icons (``<i class="fa ..." aria-hidden="true">``) and
   graphics whose text an ``sr-only`` twin says (ai2html's pattern,
   jsoma/ai2html-walkthroughs accessibility-screen-readers/README.md).
4. An unclosed ``<figcaption>`` "loses the last caption": the tree is right (a second
   ``<figcaption>`` nests in the first, the section's end closes both); the caption was
   lost for being after the story's last paragraph, closed or not. Fixed
   (`captions._closing_captions`): a ``figcaption`` right under the story's last
   paragraph, in the same box, after a picture, is read as a caption.
5. interaktif.tempo.co: the "MAP" toggle closing the body of a data-list page is a
   widget's label (`chrome._control_label`: the story's last short line in a box that
   holds a form control): fixed. Pinned: the news game's step titles (the protocol the
   story explains, printed), a scrollytelling page whose later sections repeat the
   first's text (the first section's lead is the body), and ``published`` empty: the
   template's ``<meta name="creation date">`` is carried from project to project (the
   penguburan page's "2019-12-29" over an April 2020 story), and no line prints a date
   but the story's own sentences ("kata Adib ..., Selasa, 7 April 2020"), events.
6. Node renderings (``benchmarks.quality --set renderings-nodes``, meta 0.93 -> 0.95):
   okezone's hidden link ids ("lifestyle-read-1244264") ended its related box after one
   title (generic.toml ``hidden-link-id``); antara's footer "COPYRIGHT ©" / "ANTARA" /
   "2015" gave the source (`passes.hits._copyright_holder`); tempo's sidebar "Berita Pilihan"
   over the page's heading went to related (`passes.regions.mark_regions`: a list over the
   heading that repeats the title line is the site's). Left: the idn pages' time of day
   (no visible line prints it), antara's "Berita Lainnya" (republika's box under the same
   label is a latest-news feed its gold leaves out: the words alone do not tell them
   apart), detik's title cut by an inline element ("Blackphone 2, Penyadapan" / "Gak" /
   "Mempan!": joining makes a line the page does not print), tempo's rubric-labelled
   teasers under the tags.

Every fixture keeps its source's markup (tags, classes, ids, nesting, the chrome's labels
as printed) with sentences and names written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest

import cleaner
from cleaner.html import frontend
from tests.scored import scored_record as _record

# ---- 1. one footer credit reading --------------------------------------------------

# antaranews.com's regional template 2022 (footer.post-meta > div.tags-wrapper, its body
# kept in a project's SQL dump, code index file id 9562923181) and investigasi.tempo.co
# 2019's <footer><b>Teks: (ginanjarpamungkas/25-tahun-pembredelan index.html @
# 17460caced669dee288cdd16db1adfe3c39a7ed4): both are read by the by-line window.
_STORY = """<!DOCTYPE html>
<html><head><title>Warga Menanam Bakau di Pesisir Utara</title></head>
<body>
<article class="post">
<h1 class="post-title">Warga Menanam Bakau di Pesisir Utara</h1>
<div class="post-content">
<p>Ratusan warga menanam bibit bakau di sepanjang pantai desa pada Minggu pagi. Mereka ingin menahan abrasi yang
terus menggerus tambak.</p>
<p>Kepala desa mengatakan bibit itu dibeli dari iuran warga sendiri. Penanaman akan diulang setiap bulan sampai
musim hujan tiba.</p>
<p>Seorang nelayan bercerita rumahnya sudah dua kali terendam air pasang tahun ini. Ia berharap bakau tumbuh
sebelum pasang besar berikutnya.</p>
</div>
%s
</article>
</body></html>
"""


def test_the_dropped_boxs_credit_lines_under_the_story_are_read() -> None:
    """antaranews 2022's footer.post-meta under the story: writer and editor."""
    page = _STORY % ('<footer class="post-meta"><div class="tags-wrapper">Pewarta: Rina Wulandari<br>'
                     'Editor : Budi Santoso<br>COPYRIGHT © CONTOH 2023</div></footer>')
    record = _record(page)
    assert record["authors"] == ["Rina Wulandari"]
    assert record["editors"] == ["Budi Santoso"]


def test_a_footers_labelled_writer_line_is_read_by_the_same_window() -> None:
    """investigasi.tempo.co 2019's "<b>Teks: <name> <br><b>Multimedia</b>: <names>"."""
    page = _STORY % ("<footer>\n<b>Teks: Rina Wulandari <br>\n<b>Multimedia</b>: Budi Santoso, Dewi Lestari <br>\n"
                     "</footer>")
    record = _record(page)
    assert record["authors"] == ["Rina Wulandari"]
    assert "Budi Santoso" not in record["authors"]


def test_one_footer_credit_reading() -> None:
    """The second reading is gone: `_header_fields` reads both shapes."""
    assert not hasattr(frontend, "_footer_credit_line")


# ---- 2. mojibake written as entities: pinned -----------------------------------------

# cianjurtoday.com 2022 (a regional WordPress copy, blindother56): "Cianjur&nbsp;&acirc;
# &#128;&#147; ..." opens the story, an en dash read as Windows-1252 and written back.
_MOJIBAKE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Jalan Desa Diperbaiki Sebelum Musim Hujan</title></head>
<body><article>
<h1 class="entry-title">Jalan Desa Diperbaiki Sebelum Musim Hujan</h1>
<div class="entry-content">
<p>Cianjur&nbsp;&acirc;&#128;&#147; Pemerintah kabupaten mulai memperbaiki jalan desa yang rusak sebelum musim hujan
tiba. Pekerjaan ditargetkan selesai dalam tiga pekan.</p>
<p>Warga menyambut perbaikan itu karena jalan tersebut menjadi satu-satunya akses menuju pasar kecamatan.</p>
<p>Dinas pekerjaan umum berjanji menambah saluran air di kedua sisi jalan agar tidak cepat rusak lagi.</p>
</div></article></body></html>
"""


def test_pinned_entity_mojibake_stays_as_printed() -> None:
    """SPEC: the text as printed; a browser prints "â€“" for these entities."""
    record = _record(_MOJIBAKE)
    assert record["paragraphs"][0].startswith("Cianjur â\u20ac\u201c Pemerintah kabupaten")


def test_fix_mojibake_repairs_mojibake_written_as_entities() -> None:
    """The opt-in read the page's bytes only: entity-written mojibake is ASCII, so it
    stayed even with ``fix_mojibake`` on. A run of references that spells mojibake is
    repaired (`decode._repair_entity_runs`); the real no-break space before it stays."""
    article = cleaner.Cleaner(cleaner.CleanOptions(fix_mojibake=True)).clean(_MOJIBAKE)
    assert article.paragraphs[0].startswith("Pemerintah kabupaten mulai memperbaiki")
    assert article.dateline == "Cianjur"  # the repaired dash makes it a dateline
    assert any("mojibake" in w for w in article.warnings)


@pytest.mark.parametrize("line", [
    "<p>Harga naik &ndash; kata warga &copy;&reg; 2020</p>",  # a right page's references
    "<p>&amp;&lt;b&gt; &nbsp;&nbsp; &euro;&pound;</p>",
    "<p>caf&eacute; &laquo;kata&raquo;</p>",
])
def test_the_entity_repair_leaves_a_right_page_alone(line: str) -> None:
    from cleaner.decode import repair_mojibake

    assert repair_mojibake(line) == (line, 0)


def test_the_entity_repair_keeps_markup_escaped() -> None:
    from cleaner.decode import repair_mojibake

    assert repair_mojibake("<p>caf&Atilde;&copy; &acirc;&#128;&#156;kata&acirc;&#128;&#157; &lt;b&gt;</p>") == (
        "<p>café “kata” &lt;b&gt;</p>", 1)


# ---- 3. aria-hidden: pinned ------------------------------------------------------------

# jis.gov.jm 2022 (trafilatura's evaluation suite, adbar/trafilatura tests/cache/
# jis.gov.jm-investment.html @ e90b0ef5): a WordPress Popup Maker modal after the story,
# div#pum-<n>.pum.pum-overlay[role=dialog][aria-hidden=true] > div.pum-container >
# div.pum-content, shown only when its link is clicked; font icons with aria-hidden.
_ARIA = """<!DOCTYPE html>
<html><head><title>Peluang Investasi Dibahas di Konferensi Pekan Depan</title></head>
<body>
<div class="site-header"><a href="/cari"><i class="fa fa-search" aria-hidden="true"></i></a></div>
<article>
<h1 class="entry-title">Peluang Investasi Dibahas di Konferensi Pekan Depan</h1>
<div class="entry-content">
<p>Konferensi investasi tahunan akan digelar di pusat konvensi kota pelabuhan pada pekan depan. Panitia
memperkirakan seribu peserta dari puluhan negara akan hadir.</p>
<p>Menteri perindustrian mengatakan konferensi itu membuka peluang kerja sama di sektor pertanian, energi dan
logistik.</p>
<p>Selama lima hari, peserta akan mengunjungi kawasan industri dan bertemu para pengusaha setempat.</p>
</div></article>
<div id="pum-4242" class="pum pum-overlay pum-theme-1 popmake-overlay click_open" role="dialog"
  aria-hidden="true"><div class="pum-container popmake"><div class="pum-content popmake-content">
<p>Program pelatihan perwira muda memberi pendidikan dasar kemiliteran kepada para kadet selama setahun penuh.</p>
</div></div></div>
<footer><a href="https://twitter.com/contoh"><i class="fa fa-twitter" aria-hidden="true"></i></a></footer>
</body></html>
"""


def test_pinned_an_aria_hidden_modal_is_no_story() -> None:
    record = _record(_ARIA)
    assert len(record["paragraphs"]) == 3
    assert not any("pelatihan perwira" in p for p in record["paragraphs"])


# ---- 4. the caption of a photo closing the story -------------------------------------

# investigasi.tempo.co 2019's last section.content (ginanjarpamungkas/25-tahun-pembredelan
# index.html @ 17460caced669dee288cdd16db1adfe3c39a7ed4): <p> runs, then "<img ...>
# <figcaption> caption [TEMPO/NAME] <figcaption>" (closed by a second one), then
# </section> and the footer's credits.
_CLOSING = """<!DOCTYPE html>
<html><head><title>Koran Kampus Bertahan</title>
<meta property="og:title" content="Koran Kampus Bertahan" /></head>
<body><article>
<div class="wrapper"><section class="pier image_bg"><header><h1>Koran Kampus Bertahan</h1></header></section></div>
<section class="content">
<p>Pemimpin redaksi pertama koran itu kini mengajar di fakultas yang sama. Ia masih menyimpan surat rektorat itu di
dalam map plastik.</p>
<p>Menurut dia, keberanian para redaktur muda lahir dari rasa malu jika harus berhenti. Mereka memilih terus
mencetak koran meski dengan mesin pinjaman.</p>
<p>Kini koran itu terbit setiap pekan dan dibaca hampir semua mahasiswa baru.</p>
    <img src="images/sidang.jpg" alt="">
    <figcaption> Pemimpin redaksi pertama saat sidang senat mahasiswa. [TEMPO/RINA KUSUMA] %s
</section>
%s
  <footer>
    <b>Teks: Rina Wulandari <br>
  </footer>
</article></body></html>
"""


@pytest.mark.parametrize("close", ["<figcaption>", "</figcaption>", ""])
def test_the_caption_of_a_photo_closing_the_story_is_read(close: str) -> None:
    record = _record(_CLOSING % (close, ""))
    assert record["captions"] == ["Pemimpin redaksi pertama saat sidang senat mahasiswa. [TEMPO/RINA KUSUMA]"]
    assert record["paragraphs"][-1] == "Kini koran itu terbit setiap pekan dan dibaca hampir semua mahasiswa baru."
    assert record["authors"] == ["Rina Wulandari"]


def test_a_figure_closing_the_storys_box_gives_its_caption() -> None:
    page = _CLOSING.replace('    <img src="images/sidang.jpg" alt="">\n    <figcaption>',
                            '    <figure><img src="images/sidang.jpg" alt="">\n    <figcaption>') % (
        "</figcaption></figure>", "")
    assert _record(page)["captions"] == [
        "Pemimpin redaksi pertama saat sidang senat mahasiswa. [TEMPO/RINA KUSUMA]"]


def test_a_figcaption_in_another_box_under_the_story_is_no_caption() -> None:
    """A teaser's figure in a box of its own under the story (a gallery's, a related
    card's) is not the story's closing photo."""
    page = _CLOSING.replace('    <img src="images/sidang.jpg" alt="">\n    <figcaption>'
                            ' Pemimpin redaksi pertama saat sidang senat mahasiswa. [TEMPO/RINA KUSUMA] %s\n', "")
    teaser = ('<section class="galeri"><figure><img src="images/galeri.jpg" alt="">'
              '<figcaption>Galeri foto pekan ini dari seluruh kampus</figcaption></figure></section>')
    assert _record(page % teaser)["captions"] == []


# ---- 5. interaktif.tempo.co ------------------------------------------------------------

# interaktif.tempo.co 2019's data list (blindhtml56's saved page of
# interaktif.tempo.co/kisah-di-balik-terali-besi, list.html): div.sidebar > h3, p runs,
# then <center> > div.search-container (button.btn-search > i.fa + input#search) and
# div.option > span#map.off "MAP", two <br>, a link back to the story; div.content's list
# and its map view hidden (display:none).
_TERALI = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Kisah di Balik Jeruji</title>
    <link rel="canonical" href="https://interaktif.tempo.co/kisah-di-balik-jeruji/index.html" />
    <meta property="og:title" content="Kisah di Balik Jeruji" />
    <meta property="article:published_time" content="2019-09-28T18:00:00+07:00" />
</head>
<body>
    <div class="sidebar">
        <h3>Yang Terjerat</h3>
        <p>Puluhan tahanan mengaku dipukul selama pemeriksaan di kantor polisi. Tempo meminta kepolisian memeriksa
        daftar ini, tetapi hingga tulisan ini terbit belum ada jawaban.</p>

        <p>Juru bicara kepolisian mengatakan setiap anggota yang terbukti menganiaya tahanan akan dihukum. "Tidak ada
        tempat untuk kekerasan," katanya. </p>

        <center>
        <div class="search-container">
            <button class="btn-search"><i class="fa fa-search"></i></button>
            <input type="text" name="search" id="search" class="input-search">
        </div>
        <div class="option">
            <span id="map" class="off">MAP</span>
        </div>
        <br>
        <br>
        <a href="index.html">Kembali ke artikel awal</a>
        </center>
        <img src="assets/images/logo.png" class="logo">
    </div>
    <div class="content">
        <div class="list"></div>
        <div class="map" style="display:none"><h3>Peta Korban</h3></div>
    </div>
</body>
</html>
"""


def test_a_widgets_toggle_label_closing_the_body_is_no_story() -> None:
    record = _record(_TERALI)
    assert record["paragraphs"][-1].endswith("katanya.")
    assert "MAP" not in record["paragraphs"]
    removed = cleaner.clean(_TERALI).to_dict()["removed"]
    assert any(r["text"] == "MAP" for r in removed)


def test_a_short_line_in_the_storys_own_box_beside_a_control_stays() -> None:
    """A box that holds the story's lines too is the story's (its closing line beside
    a search field stays): only a box of the widget's own is read as one."""
    page = _TERALI.replace("<center>", "").replace("</center>", "").replace(
        '<div class="option">\n            <span id="map" class="off">MAP</span>\n        </div>',
        "<p>Selesai</p>")
    page = page.replace('<div class="search-container">', '<div class="search-container"><p>Daftar korban '
                        'disusun dari laporan lembaga bantuan hukum di sebelas provinsi.</p>')
    assert "Selesai" in _record(page)["paragraphs"]


# interaktif.tempo.co's 2020 template head (ginanjarpamungkas/penguburan index.html @
# 5036ee118a2e09d9a061acff9bd291e390193aac): <meta name="creation date"
# content="2019-12-29"> over a story dated April 2020 in its own sentences.
_KUBUR = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Yang Hilang di Tengah Wabah - Tempo Interaktif</title>
<meta name="language" content="id" />
<meta name="author" content="Tempo.co">
<meta name="creation date" content="2019-12-29">
<meta name="rating" content="General">
</head>
<body>
    <section class="pier image_bg">
        <header>
            <a href="https://tempo.co" class="tribune-logo-shadow"><img src="images/tempo_logo.png"></a>
            <h1>Yang Hilang di Tengah Wabah</h1>
        </header>
    </section>
    <div class="content">
        <p>Seorang perawat puskesmas masih sempat mengirim pesan kepada rekannya pada Senin, 23 Maret 2020, sebelum
        dirawat di rumah sakit.</p>
        <p>Rekannya bercerita perawat itu selalu mengingatkan agar semua petugas memakai masker, kata dia pada Selasa,
        7 April 2020.</p>
        <p>Dinas kesehatan mencatat belasan tenaga kesehatan di kabupaten itu tertular selama sebulan terakhir.</p>
    </div>
</body>
</html>
"""


def test_pinned_the_templates_creation_date_is_no_published_date() -> None:
    """Neither the template's "creation date" nor a date inside a story sentence."""
    assert _record(_KUBUR)["published"] is None


# ---- 6. node renderings (text inputs: one text node a line) --------------------------


def _text_record(lines: list[str]) -> dict[str, Any]:
    return cleaner.clean("\n".join(lines)).to_dict()


# okezone.com 2015-16 (the dev corpus's anpandu-okezone-singlepage, anpandu/
# indonesian-news-scraper test/fixtures/websites @ 9a5174e4, as BeautifulSoup's
# get_text("\n") prints it): "(ren)", "Berita Rekomendasi", the topic, then each linked
# title over its hidden id "read-<number>".
_OKEZONE = [
    "Tidur Cukup Bantu Jaga Gula Darah : Okezone Lifestyle",
    "Home",
    "Lifestyle",
    "Tidur Cukup Bantu Jaga Gula Darah",
    "Kamis, 5 November 2015 10:20 wib",
    "JAKARTA - Kurang tidur membuat tubuh sulit mengatur kadar gula darah, menurut sebuah penelitian terbaru.",
    "Para peneliti meminta orang dewasa tidur setidaknya tujuh jam setiap malam agar tubuh tetap bugar.",
    "Mereka juga menyarankan makan malam tidak terlalu larut supaya tidur lebih nyenyak.",
    "(ren)",
    "Berita Rekomendasi",
    "Diabetes",
    "Kebiasaan Pagi yang Bantu Turunkan Gula Darah",
    "read-1244265",
    "Sayuran Hijau Baik untuk Penderita Diabetes",
    "read-1244265",
    "Olahraga Ringan Setelah Makan Malam",
    "lifestyle-read-1244265",
]


def test_hidden_link_ids_do_not_end_the_related_box() -> None:
    record = _text_record(_OKEZONE)
    assert record["related"] == ["Kebiasaan Pagi yang Bantu Turunkan Gula Darah",
                                 "Sayuran Hijau Baik untuk Penderita Diabetes",
                                 "Olahraga Ringan Setelah Makan Malam"]
    assert not any("read-" in p for p in record["paragraphs"])


# antaranews.com 2015 (the dev corpus's anpandu-antara-singlepage, rendered so): the story,
# "Editor:" / name, then the footer's notice a node a line: "COPYRIGHT ©" / "ANTARA" / "2015".
_ANTARA = [
    "Bandara Ditutup Akibat Abu Gunung - ANTARA News",
    "Bandara Ditutup Akibat Abu Gunung",
    "Rabu, 4 November 2015 20:55 WIB",
    "Denpasar (ANTARA News) - Bandara di pulau itu ditutup sejak pagi karena abu gunung mengarah ke landasan.",
    "Ribuan penumpang harus menjadwal ulang penerbangan mereka hingga esok hari.",
    "Pengelola bandara berjanji membuka kembali layanan begitu abu menipis.",
    "Editor:",
    "Budi Santoso",
    "COPYRIGHT ©",
    "ANTARA",
    "2015",
]


def test_the_copyright_notices_holder_is_no_source() -> None:
    record = _text_record(_ANTARA)
    assert record["source"] is None
    assert record["paragraphs"][-1] == "Pengelola bandara berjanji membuka kembali layanan begitu abu menipis."


def test_an_agency_line_under_the_story_is_still_the_source() -> None:
    lines = [*_ANTARA[:6], "ANTARA"]
    assert _text_record(lines)["source"] == "ANTARA"


# tempo.co 2015 (the dev corpus's anpandu-tempo-singlepage, rendered so): the <title>
# line, the sidebar's lists ("Terpopuler" numbered, "Berita Pilihan" titles), the
# crumbs, the heading again, the date line, the story, "Berita Terkait" under it.
_TEMPO = [
    "Tidur Siang Singkat Bikin Lebih Segar | Gaya Hidup | Tempo.co",
    "Berita Pilihan",
    "Harga Cabai Naik Menjelang Akhir Tahun, Ini Sebabnya",
    "Jadwal Kereta Tambahan untuk Libur Panjang Diumumkan",
    "Tim Nasional Berangkat ke Turnamen Tanpa Dua Pemain",
    "home",
    "gaya",
    "Tidur Siang Singkat Bikin Lebih Segar",
    "Kamis, 05 November 2015 | 11:13 WIB",
    "TEMPO.CO, Jakarta - Tidur siang selama dua puluh menit membuat tubuh lebih segar, kata seorang dokter.",
    "Tidur terlalu lama di siang hari justru membuat kepala pusing saat bangun.",
    "Dokter menyarankan tidur siang sebelum pukul tiga sore.",
    "Berita Terkait",
    "Manfaat Jalan Kaki Setiap Pagi bagi Jantung",
    "Minum Air Putih Cukup Bantu Konsentrasi",
]


def test_a_picks_box_over_the_heading_is_the_sites() -> None:
    record = _text_record(_TEMPO)
    assert record["related"] == ["Manfaat Jalan Kaki Setiap Pagi bagi Jantung",
                                 "Minum Air Putih Cukup Bantu Konsentrasi"]
    assert record["title"] == "Tidur Siang Singkat Bikin Lebih Segar"
