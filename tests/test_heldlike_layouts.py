"""Layouts of real outlet pages the dev corpus does not hold (2015-17 pages of Tempo
English, detik, kompas, viva, republika, kapanlagi, Antara, merdeka.com and suara.com;
2019-25 pages of detik, kompas.com, turnbackhoax.id, interaktif.tempo.co, a kumparan.com
story's region and CNBC Indonesia's; scrapers' mocks of 2026 kompas.com and IDN Times;
read while checking the cleaner on pages it never saw).
Each page's structure is re-created here with our own invented Indonesian sentences: no
text of those pages is in this file."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.dates import parse_date

STORY = [
    "Warga pesisir utara menanam seribu bibit bakau di sepanjang pantai desa mereka pada akhir pekan lalu.",
    "Kepala desa mengatakan penanaman itu dilakukan bersama pelajar dan nelayan setempat sejak pagi hari.",
    "Menurut dia, hutan bakau yang rapat akan menahan abrasi dan menjadi tempat ikan kecil berkembang biak.",
    "Pemerintah kabupaten berjanji menyediakan bibit tambahan apabila sebagian besar tanaman tumbuh baik.",
    "Kelompok pemuda desa akan menyiram dan memeriksa bibit itu setiap pekan selama musim kemarau nanti.",
    "Para nelayan berharap tangkapan mereka bertambah dalam beberapa tahun setelah hutan bakau kembali lebat.",
]


def _paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def test_a_headline_in_a_plain_box_and_a_date_with_a_comma_after_the_month() -> None:
    """Tempo English 2015: the headline is a ``div`` (no heading tag) printing the
    ``og:title`` whole, a colon and the speaker's name included; the date above it has
    a comma after the month; the story's photo (the ``og:image``) and its caption are
    printed above them; a latest-news column before the story prints teasers with their
    own dates and pictures, which are neither the date nor captions."""
    page = f"""<html><head>
<title>Warga Desa Menanam Bakau: Kepala Desa | Nasional | Contoh.Co</title>
<meta property="og:title" content="Warga Desa Menanam Bakau: Kepala Desa">
<meta property="og:image" content="http://gambar.contoh.co/2015/utama.jpg?w=620"></head><body>
<div class="kolom-kanan"><div class="judul-sub">Terbaru</div>
<div class="kolom"><div class="tanggal">Rabu, 04 November 2015 | 19:14</div>
<div class="judul-kolom"><a href="/a">Nelayan Mengeluhkan Harga Solar yang Naik Lagi</a></div>
<div class="isi-kolom"><img src="/a.jpg">Para nelayan meminta pemerintah menambah kuota solar bersubsidi <br>
untuk kapal kecil.</div></div></div>
<div class="kolom-utama">
<div class="blok-foto"><div class="foto"><img src="/utama.jpg"></div>
<div class="foto-ket">Kepala desa di tepi pantai. Foto: Contoh/Rudi</div></div>
<div class="peta"><a href="/">Home</a><a href="/nasional">Nasional</a></div>
<div class="tanggal">Rabu, 04 November, 2015 |  07:28 WIB</div>
<div class="judul-konten">Warga Desa Menanam Bakau: Kepala Desa</div>
<div class="tubuh-berita">{_paragraphs(STORY)}</div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.title == "Warga Desa Menanam Bakau: Kepala Desa"
    assert record.published == "2015-11-04T07:28:00+07:00"
    assert list(record.paragraphs) == STORY
    assert list(record.captions) == ["Kepala desa di tepi pantai. Foto: Contoh/Rudi"]


@pytest.mark.parametrize(("text", "iso"), [
    ("Wednesday, 04 November, 2015 |  07:28 WIB", "2015-11-04T07:28:00+07:00"),
    ("Rabu, 4 November, 2015 07:28", "2015-11-04T07:28:00+07:00"),
    ("04 November 2015", "2015-11-04"),
])
def test_a_comma_after_the_month_is_read(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_the_first_paragraph_printed_bare_in_an_inline_article_body() -> None:
    """viva.co.id 2016: ``<span itemprop="articleBody">`` holds the first paragraph as
    bare text, then one ``div`` per paragraph; the first paragraph is the story's too."""
    first = ("CONTOH.co.id - Seorang pianis muda asal Bali tampil memukau di panggung sebuah "
             "festival musik internasional pada Senin malam waktu setempat.")
    rest = "".join(f"<div>{s}</div><div><br /></div>" for s in STORY)
    page = f"""<html><head><title>Pianis Muda Memukau Penonton Festival</title></head><body>
<nav><a href="/a">BERITA</a> <a href="/b">BOLA</a> <a href="/c">GAYA</a></nav>
<article><h1>Pianis Muda Memukau Penonton Festival</h1>
<div id="isi" class="content"><aside class="shareArea"><a href="#">Tweet</a></aside>
<span itemprop="articleBody"><strong>CONTOH.co.id</strong> - Seorang pianis muda asal Bali tampil
memukau di panggung sebuah festival musik internasional pada Senin malam waktu setempat.
<div><br /></div>{rest}</span></div></article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.paragraphs[0] == first.split(" - ", 1)[1]
    assert list(record.paragraphs[1:]) == STORY


def test_a_related_label_ending_in_cries_and_its_links_inside_the_story_box() -> None:
    """kapanlagi.com 2016: a ``JANGAN LEWATKAN!!!`` heading and its linked titles close
    the story's box; they are related titles, not story."""
    links = ["Penyanyi Lawas Tampil Lagi dengan Gaya Baru", "Aktor Muda Bercerita tentang Masa Kecilnya"]
    page = f"""<html><head><title>Aktris Membagikan Foto Masa Sekolahnya</title></head><body>
<div class="berita"><h1>Aktris Membagikan Foto Masa Sekolahnya</h1>
<div class="isi-berita">{"<p><p>".join(STORY)}<p><p>
<h2>JANGAN LEWATKAN!!!</h2><a href="/x1">{links[0]}</a><br /><a href="/x2">{links[1]}</a><br />
<p><p><b>(abc/def)</b></div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == STORY
    assert list(record.related) == links


def test_a_related_label_with_a_colon_and_a_comment_counter_among_its_links() -> None:
    """republika.co.id 2016: ``FOTO TERKAIT:`` over linked picture titles; the share
    bar below links a comment counter ("0 KOMENTAR"), which is no related title."""
    titles = ["In Picture: Warga Membersihkan Sungai Bersama", "In Picture: Pasar Murah Digelar di Alun-Alun"]
    items = "".join(f'<div class="item"><a href="/f{i}"><img src="/f{i}.jpg"></a>'
                    f'<h6><a href="/f{i}">{t}</a></h6></div>' for i, t in enumerate(titles))
    page = f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<div class="galeri"><div class="judul">In Picture: Warga Desa Menanam Bakau</div>
<div class="tanggal">Selasa, 23 Februari 2016, 17:15 WIB</div>
<div class="teaser">{_paragraphs(STORY)}</div>
<div class="rangka"><div class="jdl">FOTO TERKAIT:</div></div><div class="kotak">{items}</div>
<div class="sosmed"><a href="#komentar" class="komentar"><span>0</span> <strong>KOMENTAR</strong></a></div>
</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == STORY
    assert list(record.related) == titles


def test_the_date_inside_a_share_bar_is_the_published_date() -> None:
    """kompas.com 2016: the date and the share buttons share one ``div.social`` box,
    which the generic drop selectors take as a share bar."""
    page = f"""<html><head><title>Penyerang Baru Siap Hadapi Bekas Timnya - Contoh.com</title></head><body>
<div class="baca"><div class="atas"><h2>Penyerang Baru Siap Hadapi Bekas Timnya</h2>
<div class="social clearfix"><div class="tanggal">Selasa, 23 Februari 2016 | 16:37 WIB</div>
<ul class="share"><li><a href="#komentar">komentar</a></li><li><a href="#">copy link</a></li></ul></div></div>
<div class="teks">{"<br /><br />".join(STORY)}</div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.published == "2016-02-23T16:37:00+07:00"
    assert list(record.paragraphs) == STORY


def test_teaser_time_stamps_and_list_labels_beside_links_left_out() -> None:
    """detik.com 2016 (a photo page, one short paragraph of story): the latest-news and
    must-read lists print a time stamp over each linked title and a label over the list;
    the links stay outside the story, and so do their stamps and labels. The newsroom's
    footer address is no story either."""
    story = ("Sebuah gardu listrik baru di pinggiran kota mulai beroperasi hari ini untuk memperkuat "
             "pasokan bagi kawasan industri dan permukiman di sekitarnya.")
    teasers = "".join(f'<li><span class="date">Selasa, 23/02/2016 1{i}:0{i} WIB</span>'
                      f'<h5><a href="/t{i}">Judul Berita Terbaru Nomor {i} tentang Listrik</a></h5></li>'
                      for i in range(3))
    page = f"""<html><head><title>Gardu Listrik Baru Beroperasi</title></head><body>
<div class="kiri"><div class="detail"><div class="date">Selasa, 23/02/2016 15:32 WIB</div>
<h1>Gardu Listrik Baru Beroperasi</h1><div class="text_gal">{story}</div></div>
<div class="w300"><div class="title">Rekomendasi Twitter Pembaca</div><ul>
<li><h6><a href="/r1">Harga Kebutuhan Pokok Mulai Turun Menjelang Akhir Bulan</a></h6></li>
<li><h6><a href="/r2">Pedagang Pasar Meminta Penataan Ulang Kios yang Rusak</a></h6></li></ul></div>
<div class="redaksi">Redaksi: meja[at]contohberita.com<br><strong>Informasi pemasangan iklan</strong><br>
hubungi : iklan[at]contohberita.com</div></div>
<div class="kanan"><div class="judul">Berita Terbaru</div><ul>{teasers}</ul></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == [story]
    assert record.published == "2016-02-23T15:32:00+07:00"


def test_teaser_time_stamps_in_the_story_box_leave_with_their_list() -> None:
    """A latest-news list printed in the story's own box (detik.com 2016 layouts: a
    time stamp over each linked title, an unknown label over the list): the links are
    a list, and the stamps and the label leave with it."""
    teasers = "".join(f'<li><span class="date">Selasa, 23/02/2016 1{i}:0{i} WIB</span>'
                      f'<h5><a href="/t{i}">Judul Berita Terbaru Nomor {i} tentang Listrik</a></h5></li>'
                      for i in range(3))
    page = f"""<html><head><title>Gardu Listrik Baru Beroperasi di Kota</title></head><body>
<div class="isi"><h1>Gardu Listrik Baru Beroperasi di Kota</h1>
<div class="tanggal">Selasa, 23/02/2016 15:32 WIB</div>{_paragraphs(STORY)}
<div class="judul">Kabar Sekitar Kita</div><ul>{teasers}</ul></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == STORY
    assert record.published == "2016-02-23T15:32:00+07:00"
    removed = {r.text: r.rule for r in record.removed}
    assert removed["Kabar Sekitar Kita"] == removed["Selasa, 23/02/2016 11:01 WIB"] == "html-link-list"


def _teasers(n: int) -> str:
    return "".join(
        f'<li><div class="gambar"><a href="/baca/{i}"><img src="/g{i}.jpg"></a></div><div class="teks">'
        f'<h5><a href="/kanal/{i}">kanal</a></h5><h5 class="waktu">{i + 5} menit lalu</h5>'
        f'<h3><a href="/baca/{i}">Judul Berita Pilihan Nomor {i} di Halaman Depan</a></h3>'
        f"<p>{STORY[i % len(STORY)]}</p></div></li>" for i in range(n))


@pytest.mark.parametrize("head", ['<meta property="og:url" content="https://www.contoh.co/">',
                                  '<link rel="canonical" href="https://www.contoh.co/index.php">'])
def test_a_front_page_of_teasers_is_no_story(head: str) -> None:
    """tempo.co's 2015 home page: a list of teasers, each a linked title over a short
    summary. The page's URL is the site's root: no story is read out of the summaries
    (SPEC: a page with no story)."""
    page = f"""<html><head><title>Contoh - Berita Hari Ini</title>{head}</head><body>
<div class="menu"><a href="/">Home</a> <a href="/nasional">Nasional</a></div>
<div class="kiri"><h2>Berita Terkini</h2><ul>{_teasers(8)}</ul></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.paragraphs == ()
    assert record.reason is not None and "front page" in record.reason


@pytest.mark.parametrize("url", ["https://www.contoh.co/wisata/2016/pantai-akhir-pekan", "https://www.contoh.co/?p=31"])
def test_an_article_of_linked_subheads_is_a_story(url: str) -> None:
    """The same shape in an article (each item's linked heading over its paragraph, a
    travel list) whose URL is a story's (a WordPress ``/?p=`` one too), even when it
    calls itself a ``website``: its paragraphs are the story."""
    page = f"""<html><head><title>Delapan Pantai untuk Libur Akhir Pekan</title>
<meta property="og:type" content="website">
<link rel="canonical" href="{url}"></head><body>
<div class="kiri"><h1>Delapan Pantai untuk Libur Akhir Pekan</h1><ul>{_teasers(8)}</ul></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.reason is None
    assert set(record.paragraphs) == set(STORY)


def test_the_date_printed_inside_the_by_line_box_is_the_published_date() -> None:
    """liputan6.com 2016: ``div.read-page--header__by-author`` prints "By" and the linked
    writer, then a ``p`` holding ``time[itemprop=datePublished]`` ("on 16 Feb 2016 at
    09:20 WIB"): the box gives the author, and its date line is still the date."""
    page = f"""<html><head><title>Bibit Bakau Ditanam Warga - Contoh.com</title></head><body>
<article><header><h1>Bibit Bakau Ditanam Warga</h1>
<div class="header__by-author">Oleh <span class="vcard"><a rel="author" href="/u/rina">
<span itemprop="author">Rina Wulandari</span></a></span>
<p class="datetime-wrapper"><time itemprop="datePublished" datetime="2016-02-16 09:20:00">pada 16 Feb 2016
pukul 09:20 WIB</time></p></div></header>
<div class="content-body">{_paragraphs(STORY)}</div></article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.authors) == ["Rina Wulandari"]
    assert record.published == "2016-02-16T09:20:00+07:00"
    assert list(record.paragraphs) == STORY


def test_a_credits_box_of_avatars_is_no_photo_caption() -> None:
    """liputan6.com 2016: after the tags, ``div.read-page--credits`` lists the writer and
    editor with avatar pictures (``img.read-page--credits__avatar``) and a toggle
    "Credits (2)": a box about people, not a photo with its caption."""
    page = f"""<html><head><title>Bibit Bakau Ditanam Warga - Contoh.com</title></head><body>
<article><h1>Bibit Bakau Ditanam Warga</h1>
<figure><img src="/foto/bakau.jpg" alt="Bakau"><figcaption>Bibit bakau di tepi pantai desa</figcaption></figure>
<div class="content-body">{_paragraphs(STORY)}</div>
<div class="article-info"><div class="credits"><ul class="credits__list">
<li class="credits__role">Author</li><li><a href="/u/rina"><img class="credits__avatar" src="/u/rina.png"
alt="rina's avatar"><span>Rina Wulandari</span></a></li></ul>
<div class="credits__toggle">Credits (1)</div></div></div></article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.captions) == ["Bibit bakau di tepi pantai desa"]
    assert list(record.paragraphs) == STORY


@pytest.mark.parametrize(("lead", "place", "first"), [
    ("<b>Contoh.com, Jakarta</b> Warga pesisir", "Jakarta", "Warga pesisir"),
    ("<b>Contoh.com, Jakarta</b> - Warga pesisir", "Jakarta", "Warga pesisir"),
])
def test_a_bold_dateline_without_its_dash(lead: str, place: str, first: str) -> None:
    """liputan6.com 2016: ``<b>Liputan6.com, Jakarta</b>`` opens the story with no dash
    after the place; the place is still the dateline and leaves the paragraph."""
    rest = STORY[0].split(" ", 2)[2]
    page = f"""<html><head><title>Bibit Bakau Ditanam Warga</title></head><body><h1>Bibit Bakau Ditanam Warga</h1>
<div class="content-body"><p>{lead} {rest}</p>{_paragraphs(STORY[1:])}</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.dateline == place
    assert record.paragraphs[0] == f"{first} {rest}"
    assert list(record.paragraphs[1:]) == STORY[1:]



def test_a_photo_credit_marked_author_in_the_photo_box_is_no_by_line() -> None:
    """kompas.com 2016: ``div.photo`` holds the picture, ``span.author`` with the photo's
    credit ("Dok. ...") and the caption text; the writer is named under the story
    ("Penulis : ..."). The credit is the caption's, not an author; the channel signs
    the dateline as one word ("Jakarta, KompasOtomotif -")."""
    page = f"""<html><head><title>Bibit Bakau Ditanam Warga - Kompas.com</title></head><body>
<div class="baca-content"><h1>Bibit Bakau Ditanam Warga</h1>
<div class="kcm-date">Selasa, 23 Februari 2016 | 16:52 WIB</div>
<div class="big-img"><div class="photo"><img src="/foto/bakau.jpg" alt="">
<span class="author">Dok.Rudi Hartono</span> Bibit bakau di tepi pantai desa, Jumat (4/12).</div></div>
<div class="content-text"><div class="div-read"><strong>Jakarta, KompasOtomotif</strong> &ndash; {STORY[0]}
{_paragraphs(STORY[1:])}</div>
<div class="penulis-editor"><table><tr><td>Penulis</td><td>: Rina Wulandari</td></tr>
<tr><td>Editor</td><td>: Bayu Saputra</td></tr></table></div></div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.authors) == ["Rina Wulandari"]
    assert list(record.editors) == ["Bayu Saputra"]
    assert list(record.captions) == ["Dok.Rudi Hartono Bibit bakau di tepi pantai desa, Jumat (4/12)."]
    assert record.dateline == "Jakarta"
    assert list(record.paragraphs) == STORY



def test_a_photo_page_s_rating_and_gallery_labels_are_no_captions() -> None:
    """detik.com 2016 photo page: under the photo and its one-line description, a vote
    box prints "Rating ( voters)" and "Vote Photo" beside a form of rating stars, and a
    strip of thumbnails is labelled "More Photos": widget words, not photo captions."""
    rating, vote, more = "Rating ( voters)", "Vote Photo", "More Photos"
    stars = '<img alt="icon_star_full" src="/rating/star_on.png">'
    thumbs = "".join(f'<li><a href="/foto/{n}"><img src="/foto/{n}_kecil.jpg" alt=""></a></li>' for n in range(1, 5))
    page = f"""<html><head><title>Bibit Bakau Ditanam Warga</title></head><body>
<div class="kiri"><div class="detail"><div class="tanggal">Selasa, 23/02/2016 15:32 WIB</div>
<h1>Bibit Bakau Ditanam Warga</h1><strong>Fotografer: Rudi Hartono</strong>
<div class="teks-galeri">{STORY[0]}</div>
<div class="galeri"><a class="lanjut" href="/foto/2"><img src="/lanjut.png"></a>
<img src="/foto/besar.jpg" class="besar">
<div class="keterangan-nilai"><span>Bibit bakau di tepi pantai.</span></div>
<div class="nilai"><div class="bintang"><div class="blok">{rating}</div></div>
<div class="pilih"><strong>{vote}</strong><br><form action="/nilai" method="post">
<input type="radio" name="n" value="1">{stars}<input type="radio" name="n" value="2">{stars}{stars}
<input type="submit" value="Nilai"></form></div></div></div>
<div class="foto-lain"><strong>{more}</strong><a href="#"><img src="/panah_kiri.png"></a>
<ul>{thumbs}</ul></div></div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.captions) == ["Bibit bakau di tepi pantai."]
    assert list(record.paragraphs) == STORY[:1]


@pytest.mark.parametrize("dateline", ["KOTABARU, 2 Maret 2016 (Antara/PRNewswire) --", "KOTABARU, KOMPAS.com -"])
def test_a_wire_dateline_alone_on_its_line_above_the_story(dateline: str) -> None:
    """antaranews.com 2016, a wire release: the dateline stands alone on its line (its
    own ``<p>``) above the story's first paragraph. It is the dateline, not head chrome,
    and an outlet after the place is not part of it; the paragraphs stay as printed."""
    page = f"""<html><head><title>Kota Pesisir Menggelar Lomba Film Pendek</title></head><body>
<div class="isi"><h1>Kota Pesisir Menggelar Lomba Film Pendek</h1>
<p>{dateline}</p>{_paragraphs(STORY)}</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.dateline == "KOTABARU"
    assert list(record.paragraphs) == STORY
    assert any(r.text == dateline and r.rule.startswith("dateline") for r in record.removed)


def test_a_dateline_alone_on_its_line_in_a_text_scrape() -> None:
    """The same in a text scrape: a dateline line with nothing after its dash, then the
    story's lines."""
    text = "\n".join(["Kota Pesisir Menggelar Lomba Film Pendek", "KOTABARU, 2 Maret 2016 (Antara/PRNewswire) --",
                      *STORY])
    record = cleaner.clean(text, outlet="generic")
    assert record.dateline == "KOTABARU"
    assert list(record.paragraphs) == STORY


def test_a_headline_labelled_like_a_photo_caption_is_the_title() -> None:
    """kapanlagi.com 2016, a photo story: the ``h1`` prints ``FOTO:`` before the headline
    and the metadata titles print it so too. The title keeps its label, and the
    headline is not also read as a photo caption."""
    headline = "FOTO: Penyanyi Muda Tampil Memukau di Panggung Kota"
    page = f"""<html><head><title>Penyanyi Muda | {headline} - Contoh.com</title>
<meta property="og:title" content="Contoh.com: {headline}"></head><body>
<div class="berita"><h1>{headline}</h1><div class="tanggal">Minggu, 14 Februari 2016 09:15</div>
<div class="isi-berita">{_paragraphs(STORY)}</div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.title == headline
    assert record.captions == ()
    assert list(record.paragraphs) == STORY


@pytest.mark.parametrize("prolog", ['<?xml version="1.0" encoding="UTF-8"?>\n', "\n<?xml version='1.0'?>", ""])
@pytest.mark.parametrize(("root", "item"), [
    ('<rss version="2.0"><channel>', "item"),
    ('<feed xmlns="http://www.w3.org/2005/Atom">', "entry"),
])
def test_a_news_feed_is_no_story(prolog: str, root: str, item: str) -> None:
    """antaranews.com's 2015 "main page" as saved by a scraper is its RSS feed: items of
    a title, a link, a date and a summary. It is not a text scrape of markup lines, nor a
    story read out of the summaries (SPEC: an empty body and a reason)."""
    items = "".join(
        f"<{item}><title>Judul Berita Nomor {i} Hari Ini</title>"
        f"<link>https://www.contoh.co/berita/{i}/judul</link><pubDate>Thu, 05 Nov 2015 14:0{i}:00 +0700</pubDate>"
        f"<description>{STORY[i]}</description></{item}>\n" for i in range(5))
    end = "</channel></rss>" if item == "item" else "</feed>"
    page = f"{prolog}{root}<title>Contoh - Berita Terkini</title>\n{items}{end}"
    record = cleaner.clean(page, outlet="generic")
    assert record.paragraphs == ()
    assert record.reason is not None and "feed" in record.reason


_TWO_RELATED = ["Nelayan Pesisir Menanam Cemara Laut di Muara Sungai",
                "Pelajar Desa Belajar Merawat Bibit Bakau Bersama Petani"]
_TWO_OTHERS = ["Penyanyi Muda Tampil Memukau di Panggung Ibu Kota",
               "Harga Cabai Merah di Pasar Induk Turun Tajam Pekan Ini"]


def _second_box_page(label: str) -> str:
    """A story, its related box, then a second box classed as related under ``label``."""
    return f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<div class="konten"><h1>Warga Desa Menanam Bakau</h1>
<div class="isi">{_paragraphs(STORY)}</div>
<section class="artikel-terkait"><div class="judul">TERKAIT</div>
<ul><li><a href="/r/1">{_TWO_RELATED[0]}</a></li><li><a href="/r/2">{_TWO_RELATED[1]}</a></li></ul></section>
<section class="video-terkait">{label}
<ul><li><a href="/p/1">{_TWO_OTHERS[0]}</a></li><li><a href="/p/2">{_TWO_OTHERS[1]}</a></li></ul></section>
</div></body></html>"""


@pytest.mark.parametrize("label", [
    '<div class="judul"><a href="/"><div class="teks">FOTO TERPOPULER</div></a></div>',
    "<h2>Berita Terpopuler</h2>",
])
def test_a_related_classed_box_under_a_most_read_label_is_not_related(label: str) -> None:
    """viva 2016: a box whose class says related ("video-terkait") prints a most-read
    label ("FOTO TERPOPULER", a link to the site's root) over its items: a site-wide
    list, not the story's related titles. The related box above it still gives its."""
    record = cleaner.clean(_second_box_page(label), outlet="generic")
    assert list(record.paragraphs) == STORY
    assert list(record.related) == _TWO_RELATED


def test_a_related_classed_box_under_an_other_news_label_stays_related() -> None:
    """antara 2015 prints its related stories under "Berita Lainnya" (other news):
    that label is no most-read list's, and its items stay related."""
    record = cleaner.clean(_second_box_page('<div class="kop">Berita Lainnya</div>'), outlet="generic")
    assert list(record.related) == _TWO_RELATED + _TWO_OTHERS


def _credits_page(tail: str = "") -> str:
    """A 2020s news page: headline, a date line, a credits box naming the writer and
    the editor (each name over its role), the story, then ``tail``."""
    return f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<h1 class="judul">Warga Desa Menanam Bakau</h1>
<div class="waktu">Contoh.com - 28/05/2025, 13:30 WIB</div>
<div class="kredit"><div class="kredit-nama"><div>Sari Wulandari,</div><div>Bagus Pratama</div>
<p>Tim Redaksi</p></div>
<div class="kredit-modal">
<a href="/profil/1"><div class="kredit-orang"><div class="kredit-orang-judul">
<div class="credit-author-name">Sari Wulandari</div><div class="kredit-peran">Penulis</div></div></div></a>
<a href="/profil/2"><div class="kredit-orang"><div class="kredit-orang-judul">
<div class="credit-author-name">Bagus Pratama</div><div class="kredit-peran">Editor</div></div></div></a>
</div></div>
<div class="isi">{_paragraphs(STORY)}</div>{tail}</body></html>"""


def test_a_credits_list_printing_each_name_over_its_role() -> None:
    """kompas.com 2025: the credits box lists the writer and the editor by the same
    by-line class, each followed by its role ("Penulis", "Editor"): the editor is no
    author."""
    record = cleaner.clean(_credits_page(), outlet="generic")
    assert list(record.authors) == ["Sari Wulandari"]
    assert list(record.editors) == ["Bagus Pratama"]
    assert list(record.paragraphs) == STORY


def test_a_tag_list_ends_at_a_link_printed_unlike_its_tags() -> None:
    """kompas.com 2025: after the "Tag" list (<li> links) come a link to the story's
    channel printed in a <div> and a related box whose camel-case class
    ("aTerkait") names it; neither is a tag, and the box's titles are related."""
    tail = """<div class="artikel-tag"><div class="tag-judul">Tag</div>
<ul class="daftar"><li><a href="/tag/bakau">bakau</a></li><li><a href="/tag/pesisir">pesisir utara</a></li></ul></div>
<div class="kanal"><a href="/nasional"><div class="kanal-judul">Kunjungi Kanal Pesisir</div></a></div>
<div class="aTerkait"><ul>
""" + "".join(f"""<li><a href="/r/{n}"><div class="gambar"><img src="/r{n}.jpg" alt=""></div>
<div class="judul-r">{title}</div></a></li>""" for n, title in enumerate(_TWO_RELATED)) + "</ul></div>"
    record = cleaner.clean(_credits_page(tail), outlet="generic")
    assert list(record.tags) == ["bakau", "pesisir utara"]
    assert list(record.related) == _TWO_RELATED
    assert list(record.paragraphs) == STORY


def test_page_number_links_under_a_story_split_over_pages_are_no_paragraph() -> None:
    """turnbackhoax.id 2025 (WordPress): a story split over pages prints its page
    numbers ("1 2", the current one unlinked) in a div.pagination under its last
    paragraph: navigation, not a line of the story."""
    page = f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<article><h1 class="entry-title">Warga Desa Menanam Bakau</h1>
<div class="entry-content">{_paragraphs(STORY)}
<div class="pagination clear"> <span class="page-numbers current"><span class="pagelink">1</span></span>
<a href="/warga-desa-menanam-bakau/2/" class="page-numbers"><span class="pagelink">2</span></a></div>
</div></article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == STORY


def test_a_lead_photo_caption_in_the_box_after_the_picture() -> None:
    """viva 2016: the lead photo sits alone in its box (div.thumbcontainer > img) and
    its caption, with the credit in bold, in the next box (div.photodesc), above the
    story's own box (its articleBody): the caption, not a line left out unread."""
    page = f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<article><div class="judul"><h1>Warga Desa Menanam Bakau</h1></div>
<div class="ringkas"><div class="tanggal">Selasa, 16 Februari 2016 | 13:01 WIB</div></div>
<div class="wadah-foto"><img src="/foto/utama.jpg" alt="Warga Desa Menanam Bakau"></div>
<div class="ket-foto">Warga menanam bibit bakau di tepi pantai desa.<b>&nbsp;(Karang Taruna)</b></div>
<div id="isi" class="konten"><div itemprop="articleBody">{_paragraphs(STORY)}</div></div></article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.captions) == ["Warga menanam bibit bakau di tepi pantai desa. (Karang Taruna)"]
    assert list(record.paragraphs) == STORY


def test_a_photo_gallery_page_keeps_its_printed_date() -> None:
    """liputan6 2016 photo pages: headline, by-line and date line over a gallery whose
    only text is its captions. The page is too short to be read as a story, and its
    date line (no machine date on the page) is still its publication date."""
    figures = "".join(
        f'<figure class="galeri-item"><img src="/g{n}.jpg" alt=""><figcaption>{s}</figcaption></figure>'
        for n, s in enumerate(STORY[:2]))
    page = f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<article><header><h1>Warga Desa Menanam Bakau</h1>
<div class="oleh">By <span class="penulis">Sari Wulandari</span>
<p class="waktu">on 16 Feb 2016 at 09:09 WIB</p></div></header>
<div class="galeri">{figures}</div><div class="isi-kosong"></div></article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.published == "2016-02-16T09:09:00+07:00"
    assert list(record.captions) == STORY[:2]


def test_a_credits_list_without_classes_pairs_each_name_with_the_role_under_it() -> None:
    """kompas.com 2025's credits list read with no class names (an unknown layout):
    "name / Penulis / name / Editor". Each role names the line above it, so the
    writer label does not take the editor printed after it."""
    page = f"""<html><head><title>Warga Desa Menanam Bakau</title></head><body>
<h1>Warga Desa Menanam Bakau</h1>
<div>Contoh.com - 28/05/2025, 13:30 WIB</div>
<div><a href="/profil/1"><div><div>Sari Wulandari</div><div>Penulis</div></div></a>
<a href="/profil/2"><div><div>Bagus Pratama</div><div>Editor</div></div></a></div>
<div>{_paragraphs(STORY)}</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.authors) == ["Sari Wulandari"]
    assert list(record.editors) == ["Bagus Pratama"]
    assert list(record.paragraphs) == STORY


def test_a_related_label_right_after_a_tag_list_still_opens_its_list() -> None:
    """A "TAG" list (one linked tag per <div>) followed at once by a "Berita Terkait"
    heading and its <li> title: the heading ends the tags and opens the related list
    (republika 2016, read with its class names scrambled)."""
    tail = f"""<div><div><span>TAG</span></div>
<div><a href="/tag/bakau">#bakau</a></div><div><a href="/tag/pesisir">#pesisir utara</a></div></div>
<div><h2>Berita Terkait</h2><ul><li><a href="/r/1">{_TWO_RELATED[0]}</a></li></ul></div>"""
    record = cleaner.clean(_credits_page(tail), outlet="generic")
    assert list(record.tags) == ["bakau", "pesisir utara"]
    assert list(record.related) == _TWO_RELATED[:1]


def test_a_dialog_template_is_no_part_of_the_story() -> None:
    """interaktif.tempo.co 2019: a data story's text sits in a box whose class names a
    side column, and a hidden dialog (Bootstrap's ``div.modal``) prints a template a
    script fills on a click: a name and date heading, then a label over a placeholder
    for each field. The template is chrome; the story is the text box's paragraphs."""
    fields = "".join(f"<label>{f} :</label><p id='{f}'>{f}</p><br>" for f in ("LOKASI", "PROVINSI", "JENIS", "PELAKU"))
    page = f"""<html><head><title>Jejak Banjir di Pesisir</title>
<meta property="og:title" content="Jejak Banjir di Pesisir"></head><body>
<div class="sidebar"><h3>Yang Terendam</h3>{_paragraphs(STORY[:3])}
<center><a href="index.html">Kembali ke artikel awal</a></center></div>
<div class="content"><div class="list"></div></div>
<div id="jendela" class="modal"><div class="modal-content">
<div class="modal-header"><h2 id="nama">Nama Desa</h2><h2 id="tgl">Tanggal</h2><span class="close">&times;</span></div>
<div class="modal-body"><h3 id="tgl2">Tanggal</h3><br>{fields}</div></div></div>
</body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == STORY[:3]
    scrambled = page.replace('class="modal"', 'role="dialog" class="x1"').replace('class="sidebar"', 'class="x2"')
    assert list(cleaner.clean(scrambled, outlet="generic").paragraphs) == STORY[:3]


def test_a_comment_box_named_in_indonesian_is_no_paragraph() -> None:
    """A comment-count bar inside the story's box (``div.komentar-bar``, "Komentar: 3")
    and a comment list under it (``div#komentar``) are chrome, as the same boxes named
    in English are: okezone, republika, detik and kompas.com name them so."""
    page = f"""<html><head><title>Bibit Bakau untuk Pesisir</title></head><body><main>
<h1>Bibit Bakau untuk Pesisir</h1><div class="isi-berita">{_paragraphs(STORY[:3])}
<div class="komentar-bar">Komentar: 3</div>{_paragraphs(STORY[3:])}</div>
<div id="komentar-list"><p>Semoga bibitnya tumbuh subur dan desa kami tidak kebanjiran lagi tahun depan.</p></div>
</main></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == STORY


def test_a_body_selector_naming_paragraphs_keeps_the_subheads_and_lists_between_them() -> None:
    """kumparan.com 2022 (a real story's region): subheads are ``h2``/``h3`` with their
    own ``data-qa-id`` and the steps an ``ol`` whose items are not all marked as story
    paragraphs, all between the marked paragraphs, each in its own nest of boxes. The
    outlet's ``p[data-qa-id=story-paragraph]`` selector names the paragraphs alone: what
    is printed between two of them is the story too."""
    def para(text: str) -> str:
        return (f'<div class="NormalWidth"><div class="StyledView track_paragraph"><div class="TextBox">'
                f'<p class="StyledText" data-qa-id="story-paragraph">{text}</p></div></div></div>')

    def sub(text: str) -> str:
        return (f'<div class="NormalWidth"><div class="StyledView"><h3><span data-qa-id="story-minor-subtitle">'
                f'{text}</span></h3></div></div>')

    steps = [
        "Siapkan bibit bakau yang akarnya sudah kuat dan daunnya berwarna hijau segar di persemaian.",
        "Tanam bibit itu di lumpur pantai saat air surut agar akarnya cepat mencengkeram tanah.",
    ]
    page = f"""<html><head><title>Cara Menanam Bakau | kumparan.com</title></head><body><div id="app">
<h1>Cara Menanam Bakau</h1><div class="story">{para(STORY[0])}{para(STORY[1])}{sub("Memilih Bibit")}{para(STORY[2])}
<div class="NormalWidth"><div data-qa-id="story-page-2">&nbsp;</div></div>{sub("Menanam di Pantai")}
<div class="NormalWidth"><ol><li><p class="StyledText" data-qa-id="story-paragraph">{steps[0]}</p></li>
<li>{steps[1]}</li></ol></div>{para(STORY[3])}</div></div></body></html>"""
    record = cleaner.clean(page, url="https://kumparan.com/kabar-desa/cara-menanam-bakau-1zAbCdEf")
    assert record.outlet == "kumparan"
    assert list(record.paragraphs) == [*STORY[:2], "Memilih Bibit", STORY[2], "Menanam di Pantai", *steps, STORY[3]]


def test_a_cnbc_indonesia_dateline_in_nested_style_spans() -> None:
    """CNBC Indonesia 2022 (a story's body as pasted from the site): the dateline
    "Jakarta, CNBC Indonesia" is bold inside a nest of styled spans and the dash opens
    the next span. The place goes to dateline and the prefix leaves the paragraph."""
    def styled(text: str) -> str:
        return (f'<span style="font-size:12pt"><span style="background-color:white">'
                f'<span style="color:black">{text}</span></span></span>')

    page = f"""<html><head><title>Bibit Bakau untuk Pesisir</title></head><body><h1>Bibit Bakau untuk Pesisir</h1>
<div class="detail_text"><p>{styled("<strong>" + styled("Jakarta, CNBC Indonesia") + "</strong>"
                                   + styled("&nbsp;- " + STORY[0]))}</p>
{"".join(f'<p style="text-align:start">{styled(s)}</p>' for s in STORY[1:])}</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert record.dateline == "Jakarta"
    assert list(record.paragraphs) == STORY


def test_a_writer_named_alone_in_a_bem_author_element() -> None:
    """kompas.com 2026 (a scraper's mock of the page): the writer's name printed alone
    in ``div.read__author`` under the headline, no label. A BEM element named
    ``__author`` holds the by-line as ``.author`` does (detik 2022 ``detail__author``)."""
    page = f"""<html><head><title>Bibit Bakau untuk Pesisir - Contoh.com</title></head><body><main>
<h1 class="read__title">Bibit Bakau untuk Pesisir</h1><div class="read__author">Rina Wulandari</div>
<div class="read__content">{_paragraphs(STORY)}</div></main></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.authors) == ["Rina Wulandari"]
    assert list(record.paragraphs) == STORY


def test_paragraph_matches_far_apart_take_nothing_between_them() -> None:
    """The same paragraph selector on a teaser's line in a box above the story: what lies
    between the teaser and the story (more text than the matches hold) is not taken."""
    side = "".join(f"<div class='promo'><p>Promo belanja hemat nomor {n} berlaku sampai akhir bulan ini untuk semua"
                   f" pelanggan setia toko kami di seluruh kota besar.</p></div>" for n in range(12))
    story = "".join(f'<p data-qa-id="story-paragraph">{s}</p>' for s in STORY)
    page = f"""<html><head><title>Bibit Bakau | kumparan.com</title></head><body><div id="app">
<div class="trending"><p data-qa-id="story-paragraph">Harga cabai naik lagi.</p></div>{side}
<h1>Bibit Bakau</h1><div class="story">{story}</div></div></body></html>"""
    record = cleaner.clean(page, url="https://kumparan.com/kabar-desa/bibit-bakau-1zAbCdEf")
    assert not any(p.startswith("Promo belanja") for p in record.paragraphs)
    assert list(record.paragraphs)[-len(STORY):] == STORY


def test_a_short_story_the_page_prints_is_not_doubled_by_its_json_ld_body() -> None:
    """A scraper's 2026 mock of an IDN Times page (structure said to be the live one's):
    a three-paragraph story under 500 characters, and a JSON-LD ``articleBody`` holding
    the same story glued into one string (no paragraph breaks), beside a
    ``description``. The page prints its story: the structured copy is no paragraph."""
    short = ["Jakarta - Warga pesisir menanam seribu bibit bakau di sepanjang pantai desa pada pagi hari.",
             "Kepala desa mengatakan penanaman itu dilakukan bersama pelajar, nelayan dan pemuda setempat.",
             "Menurut dia, hutan bakau yang rapat akan menahan abrasi yang selama ini menggerus pantai.",
             "Pemerintah kabupaten berjanji menyediakan bibit tambahan apabila sebagian besar bibit tumbuh."]
    glued = "".join(short)
    summary = ("Ringkasan singkat tentang penanaman seribu bibit bakau oleh warga desa pesisir bersama"
               " pelajar dan nelayan, serta janji pemerintah kabupaten soal bibit tambahan.")
    page = f"""<html><head><title>Warga Menanam Bakau | Contoh</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Warga Menanam Bakau",
"articleBody":"{glued}","description":"{summary}"}}</script>
</head><body><h1>Warga Menanam Bakau</h1>
<div id="isi"><div class="kolom">{_paragraphs(short)}</div></div>
<div class="label"><a href="/tag/bakau">bakau</a></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == [short[0].removeprefix("Jakarta - "), *short[1:]]


def test_a_story_only_in_json_ld_is_still_read() -> None:
    """The counter-case: a page whose markup prints no story (a script renders it from
    its JSON-LD) still gets the structured story as its body."""
    text = " ".join(STORY)
    page = f"""<html><head><title>Warga Menanam Bakau | Contoh</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Warga Menanam Bakau",
"articleBody":"{text}"}}</script></head><body><h1>Warga Menanam Bakau</h1>
<div id="app">Memuat...</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.paragraphs) == [text]


def test_a_printed_lead_does_not_stop_the_whole_json_ld_story() -> None:
    """A paywalled page prints the story's first paragraph only while its JSON-LD holds
    the whole story: the structured story is still read."""
    text = " ".join(STORY * 2)
    page = f"""<html><head><title>Warga Menanam Bakau | Contoh</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Warga Menanam Bakau",
"articleBody":"{text}"}}</script></head><body><h1>Warga Menanam Bakau</h1>
<div class="isi"><p>{STORY[0]}</p></div><div class="kunci">Berlangganan untuk membaca</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert text in record.paragraphs


def test_a_related_card_gives_its_heading_not_its_summary_or_share_label() -> None:
    """suara.com 2015 (a real saved page): under a "Berita Terkait" label, each related
    story is a card, one link around a picture, a summary, a share box ("Share article")
    and the story's title as an ``h4``. Only the heading is the related title."""
    cards = [("Warga Pesisir Membangun Tanggul Darurat", "Tanggul itu dibangun dari karung pasir dan ..."),
             ("Nelayan Meminta Harga Solar Diturunkan", "Para nelayan mendatangi kantor dinas pada ...")]
    items = "".join(
        f'<li class="kotak"><article><a href="/berita/{n}"><div class="isi"><figure><img src="/g{n}.jpg"></figure>'
        f'<span class="ket"><summary>{summary}</summary><div class="boxShare"><p>Bagikan artikel</p></div></span>'
        f'<h4>{title}</h4></div></a></article></li>'
        for n, (title, summary) in enumerate(cards))
    page = f"""<html><head><title>Warga Menanam Bakau</title></head><body>
<div id="isi-berita">{_paragraphs(STORY)}</div>
<div class="kolom"><div class="judul-kotak"><span><a>Berita Terkait</a></span></div>
<div class="daftar"><ul>{items}</ul></div></div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.related) == [title for title, _ in cards]
    assert list(record.paragraphs) == STORY


def test_a_box_headed_by_its_label_is_no_card() -> None:
    """The counter-case: a related box that is one ``article`` whose heading is the
    list's label ("Berita Terkait") and whose items are bare links keeps every item."""
    titles = ["Warga Pesisir Membangun Tanggul Darurat", "Nelayan Meminta Harga Solar Diturunkan"]
    links = "".join(f'<div class="butir"><a href="/berita/{n}">{t}</a></div>' for n, t in enumerate(titles))
    page = f"""<html><head><title>Warga Menanam Bakau</title></head><body>
<div id="isi-berita">{_paragraphs(STORY)}</div>
<article class="kotak-lain"><h2>Berita Terkait</h2>{links}</article></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.related) == titles



def _merdeka_2015_page() -> str:
    """merdeka.com 2015 (a real saved page), re-created: the photo's caption is a bare
    ``span`` whose id says caption, inside the story's box between the photo's box and
    an ad; the only machine date is ``og:article:published_time``, an offset followed
    by a stray ``Z``; the reporter's initials close the story's box in square brackets,
    in a box of their own."""
    return f"""<html><head><title>Warga Menanam Bakau | contoh.com</title>
<meta property="og:article:published_time" content="2015-06-19T03:40:00+07:00Z"></head><body>
<div id="berita"><h1>Warga Menanam Bakau</h1>
<div id="berita-foto"><img src="/bakau.jpg"><br></div>
<span id="berita-caption">Bibit bakau di tepi pantai. ©contoh.com</span>
<div class="iklan-x"><iframe src="/x"></iframe></div>
<div id="berita-isi">{_paragraphs(STORY)}<div id="berita-inisial">[abc]</div></div></div></body></html>"""


def test_a_caption_span_printed_bare_in_the_story_box_is_a_caption() -> None:
    record = cleaner.clean(_merdeka_2015_page(), outlet="generic")
    assert list(record.captions) == ["Bibit bakau di tepi pantai. ©contoh.com"]


def test_an_og_article_publish_time_with_a_stray_z_is_the_date() -> None:
    record = cleaner.clean(_merdeka_2015_page(), outlet="generic")
    assert record.published == "2015-06-19T03:40:00+07:00"


def test_initials_in_square_brackets_close_the_story() -> None:
    record = cleaner.clean(_merdeka_2015_page(), outlet="generic")
    assert list(record.paragraphs) == STORY


def test_a_reporter_line_with_its_date_after_a_bar_in_a_text_scrape() -> None:
    """merdeka.com 2015 (a real saved page) prints "Reporter : Name | date" under the
    headline; in a text scrape the line was no rule's and became the headline."""
    text = "\n".join(["Warga Menanam Bakau di Pesisir Utara",
                      "Reporter : Rina Wulandari | Jumat, 19 Juni 2015 03:40", *STORY])
    record = cleaner.clean(text)
    assert list(record.authors) == ["Rina Wulandari"]
    assert record.published == "2015-06-19T03:40:00+07:00"
    assert record.title == "Warga Menanam Bakau di Pesisir Utara"


def test_a_caption_classed_label_of_a_slot_with_no_picture_is_no_caption() -> None:
    """The counter-case of the inline caption: an ad slot's label in a ``span`` whose
    class says caption, with no picture beside it (salon.com's ``proper-caption`` in
    the peer suite), gives no caption."""
    page = f"""<html><head><title>Warga Menanam Bakau</title></head><body><h1>Warga Menanam Bakau</h1>
<div id="isi">{_paragraphs(STORY[:3])}<div class="unit-x"><span class="unit-caption">Tayangan pilihan:</span>
<div id="slot-1"></div></div>{_paragraphs(STORY[3:])}</div></body></html>"""
    record = cleaner.clean(page, outlet="generic")
    assert list(record.captions) == []
