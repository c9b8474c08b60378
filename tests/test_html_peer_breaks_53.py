"""The HTML path on layouts of trafilatura's evaluation suite it had never seen (peerbreaks53).

A short story beside a list of teaser cards: the densest box was the cards' list (a "next
posts" widget: each card a linked title over a summary and a "read the rest" link), the
confident density choice took it for the story, and the story was cut to the lead that
`_lead` found over it, the other stories' summaries read as its paragraphs. Such a list is
the site's furniture: the story is chosen among the rest of the page (`_card_list`).

Each page keeps the structure of the real layout named in its builder (tags, nesting, class
and id names, label words) and is filled with our own sentences.
"""

from __future__ import annotations

from typing import Any

import cleaner

TITLE = "Jembatan Gantung Desa Hulu Kembali Dibuka untuk Warga"
STORY = ("Jembatan gantung yang menghubungkan dua dusun di tepi sungai kembali dibuka pada Senin pagi, "
         "setelah tiga bulan diperbaiki oleh warga, relawan, dan petugas dinas pekerjaan umum.")
CARDS = [
    ("Pasar Terapung Kembali Ramai Setelah Air Sungai Surut",
     ("Pedagang sayur dan buah kembali menambatkan perahu mereka di dermaga lama, dan pembeli dari kota "
     "datang sejak subuh untuk mencari ikan segar, pisang, serta kue basah buatan ibu-ibu kampung.")),
    ("Sekolah Alam di Lereng Gunung Menerima Murid Baru",
     ("Sekolah yang mengajar anak-anak di kebun dan hutan kecil itu menerima dua puluh murid baru tahun "
     "ini, dan para guru relawan menyiapkan kelas menanam, menghitung, serta membaca di bawah pohon.")),
    ("Festival Layang-layang Digelar di Pantai Selatan",
     ("Ratusan layang-layang berbentuk ikan, naga, dan burung memenuhi langit pantai selatan pada akhir "
     "pekan, sementara keluarga dari berbagai kabupaten menggelar tikar dan makan bersama di pasir.")),
    ("Perpustakaan Keliling Menyambangi Pulau-pulau Kecil",
     ("Perahu perpustakaan membawa seribu buku cerita dan buku pelajaran ke enam pulau kecil setiap "
     "bulan, dan anak-anak menunggunya di dermaga dengan membawa buku pinjaman bulan lalu.")),
    ("Petani Kopi Mencoba Cara Baru Menjemur Biji",
     ("Kelompok tani di dataran tinggi membangun rumah jemur beratap plastik agar biji kopi tetap kering "
     "saat hujan turun, dan hasil panen mereka kini dibeli lebih mahal oleh pedagang dari kota.")),
    ("Warga Menanam Bakau di Pesisir yang Terkikis Ombak",
     ("Nelayan, pelajar, dan pegawai kecamatan menanam tiga ribu bibit bakau di pesisir yang terkikis, "
     "berharap akar pohon itu menahan ombak dan menjadi rumah bagi kepiting serta ikan kecil.")),
]


def _page(body: str) -> str:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
            f"<title>{TITLE} - Kabar Contoh</title><meta property='og:title' content='{TITLE}'>"
            f"</head><body>{body}</body></html>")


def _cards(cards: list[tuple[str, str]], more: str = "READ THE REST") -> str:
    return "".join(
        f"<div class='nextstory'><h2><a href='/2019/09/25/kabar-{n}.html?utm_source=moreatbb'>{title}</a></h2>"
        f"<a href='/2019/09/25/kabar-{n}.html?utm_source=moreatbb'><img src='/foto/kabar-{n}.jpg' "
        f"class='attachment-medium size-medium wp-post-image'></a><p><p>{summary} [&hellip;]</p>"
        f"<h3><a href='/2019/09/25/kabar-{n}.html'>{more}</a></h3></div>"
        for n, (title, summary) in enumerate(cards))


def _boingboing_2013(story: str, cards: str) -> str:
    """boingboing.net 2013 (trafilatura's evaluation suite: tests/cache/boingboing.net.millenials.html,
    adbar/trafilatura @ e90b0ef5): the by-line's ``div``, the headline's ``div#headline > h1``, the
    sidebar's ad and follow boxes, the post's ``div#story`` (a picture and ``br`` over the one
    paragraph in a ``p``), the share bar, the newsletter form, then
    ``div#next-post-thumbnails > div.nextstory`` cards: ``h2 > a`` title, ``a > img``, the summary
    in a ``p`` (printed ``<p><p>``), ``h3 > a`` "READ THE REST"."""
    return _page(
        "<div id='byline'><span class='author'><a href='/author/contoh'>Andi Pratama</a></span> / "
        "<span class='date'>10:08 am Fri</span></div>"
        f"<div id='headline'><h1>{TITLE}</h1></div>"
        "<div id='sidebar'><div class='ad ad300'><div id='followbb' class='sidebarbox'><h3>Follow Us</h3>"
        "<h4><a class='twitter' href='https://twitter.com/contoh'>Twitter</a> / "
        "<a class='rss' href='/feed'>RSS</a></h4></div></div></div>"
        f"<div id='story'><p><img src='/foto/jembatan.jpg' class='bordered'><br>{story}</p></div>"
        "<div class='share'><h3><a class='facebook' href='https://www.facebook.com/sharer.php'>SHARE</a> / "
        "<a class='twitter' href='https://twitter.com/intent/tweet'>TWEET</a></h3></div>"
        "<div id='mc_embed_signup'><form><label for='mce-EMAIL'>GET THE NEWSLETTER</label>"
        "<input type='email' name='EMAIL'></form></div>"
        f"<div id='next-post-thumbnails'>{cards}</div>")


def _record(page: str) -> dict[str, Any]:
    got = cleaner.clean(page).to_dict()
    assert got["outlet"] == "generic"
    assert got["title"] == TITLE
    return got


_EMPTY: dict[str, Any] = {
    "subtitle": None, "editors": [], "published": None, "dateline": None, "source": None,
    "summary": [], "captions": [], "related": [], "tags": [],
}


def test_a_short_story_over_a_list_of_teaser_cards_keeps_its_own_paragraph_alone() -> None:
    got = _record(_boingboing_2013(STORY, _cards(CARDS)))
    assert {k: got[k] for k in ("paragraphs", "authors", *_EMPTY)} == {
        "paragraphs": [STORY], "authors": ["Andi Pratama"], **_EMPTY}


def test_the_cards_under_any_read_more_label_are_left_out() -> None:
    got = _record(_boingboing_2013(STORY, _cards(CARDS[:3], more="BACA SELENGKAPNYA")))
    assert got["paragraphs"] == [STORY]
    assert not any(summary in got["text"] for _, summary in CARDS)


EXERCISES = [
    ("Hitung luas kebun berbentuk persegi panjang dengan panjang dua belas meter dan lebar delapan meter, "
     "lalu tuliskan satuannya."),
    ("Sebuah kolam berukuran empat meter kali tiga meter dengan kedalaman satu meter diisi air sampai penuh, "
     "berapa liter air di dalamnya?"),
    ("Pak tani memagari sawah berbentuk persegi dengan sisi dua puluh meter, berapa meter kawat yang ia "
     "perlukan untuk dua putaran?"),
    ("Sebuah kotak kayu panjangnya lima puluh sentimeter, lebarnya tiga puluh, dan tingginya dua puluh, "
     "hitung volumenya dalam liter."),
]


def _lernpfad_2016() -> str:
    """lernpfadprismen.wordpress.com (trafilatura's evaluation suite:
    tests/eval/lernpfadprismen.wordpress.com.masse.html, adbar/trafilatura @ e90b0ef5): a page's
    ``div.entry-content`` with an intro ``p`` and an ``ol`` of exercises, each ``li`` opening with
    its question and closing with a link to the worked answer (three words). Not a list of cards:
    no item opens with its link."""
    items = "".join(f"<li><p>{q}</p><p><a href='/solusi-{n}.pdf'>Lihat jawaban lengkap</a></p></li>"
                    for n, q in enumerate(EXERCISES))
    return _page(f"<div id='page'><h1 class='entry-title'>{TITLE}</h1><div class='entry-content'>"
                 f"<p>{STORY}</p><ol>{items}</ol></div></div>"
                 "<div id='footer'><a href='https://wordpress.com/'>Bloggen auf WordPress.com</a></div>")


def test_a_list_whose_items_open_with_their_text_stays_the_story() -> None:
    got = _record(_lernpfad_2016())
    for q in EXERCISES:
        assert q in got["paragraphs"]
    assert STORY in got["paragraphs"]


# ---- a long deck in the head's box, on a page not in Indonesian ----------------------------
# `_markup_deck` reads a line longer than a phrase under the headline as the story's opening on
# a page not in Indonesian (a teaser there stays the story's). Printed over the head's share
# bar or by-line, the engine's head rule then took it as head chrome ('before-story', no
# field): the deck was neither subtitle nor story. It is now the story's opening line.

EN_TITLE = "Mountain Village Reopens Its Old Stone Bridge"
EN_DECK = ("Closed for two winters after a flood, the bridge carries walkers and carts again from this "
           "weekend on")
EN_STORY = [
    ("Villagers gathered on both banks on Saturday morning as the mayor cut a ribbon across the old "
     "stone bridge, which had been closed since the spring flood two years ago."),
    ("Masons from the valley replaced forty stones by hand, and the council paid for the work from a "
     "fund that residents had collected at markets and concerts."),
    ("The bridge is the shortest way from the upper farms to the school, and parents said the detour "
     "over the main road had added half an hour to every trip."),
]


def _en_page(body: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{EN_TITLE} - Example News</title><meta property='og:title' content='{EN_TITLE}'>"
            f"</head><body>{body}</body></html>")


def _biathlon_2022(deck: str) -> str:
    """biathlon-antholz.it 2022 (trafilatura's evaluation suite:
    tests/eval/biathlon-antholz.it-jubeln.html, adbar/trafilatura @ e90b0ef5): the head's
    ``div.detailcontent`` holding ``h1.t1 > h2.headline`` and ``h2 > h2.subheadline`` (the deck),
    the share box ``div.detaillinks > div.socials`` ("Der Artikel gefällt dir?", "Mit Freunden
    teilen" and icon links), the picture's box, then the story's ``div.detailcontent >
    div.introduction`` with its paragraphs cut by ``<br><br>``."""
    story = "<br><br>".join(EN_STORY)
    return _en_page(
        "<div class='top centercontentlarge clearbeforeafter'><div class='breadcrumb tac'></div>"
        "<div class='innertop clearafter'><div class='detailcontent'>"
        f"<h1 class='t1'><h2 class='headline t1'>{EN_TITLE}</h2></h1>"
        f"<h2><h2 class='subheadline t2'>{deck}</h2></h2></div>"
        "<div class='detaillinks'><div class='socials datetime bglist'><div class='line'>"
        "<div class='defaultFs'>Der Artikel gefällt dir?</div><div class='t6'>Mit Freunden teilen</div></div>"
        "<div class='fb-share-button socialicon' data-href='https://www.facebook.com/sharer/sharer.php'></div>"
        "<a class='socialicon' href='https://twitter.com/share'></a></div></div>"
        "<div class='picture lightGallery piccontent'><picture><img src='/images/bridge.jpg'></picture></div>"
        f"<div class='detailcontent'><div class='introduction content large1'>{story}</div></div>"
        "</div></div>")


def test_a_long_deck_over_the_head_s_share_box_opens_the_story() -> None:
    got = cleaner.clean(_biathlon_2022(EN_DECK)).to_dict()
    assert (got["title"], got["subtitle"]) == (EN_TITLE, None)
    assert got["paragraphs"] == [EN_DECK, *EN_STORY]
    assert "Mit Freunden teilen" not in got["text"]


def test_a_short_deck_there_is_still_the_subtitle() -> None:
    deck = "The bridge carries walkers again"
    got = cleaner.clean(_biathlon_2022(deck)).to_dict()
    assert (got["subtitle"], got["paragraphs"]) == (deck, EN_STORY)


def _standard_2020(deck: str) -> str:
    """standard.co.uk 2020 (trafilatura's evaluation suite: tests/eval/standard.co.uk.caribbean.html,
    adbar/trafilatura @ e90b0ef5) in short: the ``header`` holding the ``h1``, the standfirst
    ``p``, the share sheet's "Close" link, then the by-line ("By", the writer's link) and the
    date; the story's paragraphs in ``div#main`` after it."""
    story = "".join(f"<p>{p}</p>" for p in EN_STORY)
    return _en_page(
        f"<article><header class='sc-header'><h1>{EN_TITLE}</h1><p class='sc-text'>{deck}</p>"
        "<div class='sc-share'><a href='#close'>Close</a></div>"
        "<div class='sc-byline'><span>By</span> <a href='/author/jo-bloggs'>Jo Bloggs</a></div>"
        "<time datetime='2020-10-01'>01 October 2020</time></header>"
        f"<div id='main'>{story}</div></article>")


def test_a_long_standfirst_in_the_header_over_the_by_line_opens_the_story() -> None:
    got = cleaner.clean(_standard_2020(EN_DECK)).to_dict()
    assert got["paragraphs"] == [EN_DECK, *EN_STORY]
    assert got["subtitle"] is None


def test_a_deck_on_an_indonesian_page_is_still_the_subtitle() -> None:
    deck = ("Jembatan batu tua itu ditutup dua musim setelah banjir dan kini kembali dilalui pejalan kaki "
            "dan gerobak mulai akhir pekan ini")
    page = _biathlon_2022(deck).replace("<html lang='en'>", "<html lang='id'>")
    got = cleaner.clean(page).to_dict()
    assert got["subtitle"] == deck
    assert deck not in got["paragraphs"]


# ---- an ARIA alert dialog -------------------------------------------------------------------

def test_an_alert_dialog_s_cookie_notice_is_never_story() -> None:
    """zdf.de 2020 (trafilatura's evaluation suite: tests/eval/zdf.de.corona.html, adbar/trafilatura
    @ e90b0ef5): the cookie notice ``div.b-system-dialog.x-cookies[role=alertdialog] >
    div.system-dialog-inner > div.cell > p.text``, shown over the page: an ARIA alert dialog, a
    modal as ``[role=dialog]`` is. Here printed in the story's box, where a page's template may
    put it: its sentences read as the story's last paragraph."""
    notice = ("To understand how our website is used and to offer you content that fits your interests, we use "
              "cookies and other techniques. Here you can learn more and object.")
    page = _en_page(
        f"<main><h1>{EN_TITLE}</h1><div class='story'>" + "".join(f"<p>{p}</p>" for p in EN_STORY)
        + "<div class='b-system-dialog x-cookies' role='alertdialog'><div class='system-dialog-inner grid-x'>"
        f"<div class='cell medium-8'><p class='text'>{notice}</p></div></div></div></div></main>")
    got = cleaner.clean(page).to_dict()
    assert got["paragraphs"] == EN_STORY
    assert notice not in got["text"]


# ---- lines of prose in a small box with a picture ------------------------------------------
# A small box holding a picture and short text was read as the picture's caption box, however
# many sentences it printed: a blog post's conclusion, cut by ``<br>`` into lines in the ``div``
# that ends with its rating picture, went to ``captions`` and left the story short.

REVIEW = [
    ("Buku kedua ini dibuka dengan kisah keluarga nelayan yang pindah ke kota, dan penulisnya "
     "menceritakan setiap tokoh dengan sabar dan hangat."),
    ("Bagian tengah buku terasa agak lambat karena banyak kenangan masa kecil, tetapi halaman "
     "terakhirnya membuat saya ingin segera membaca buku ketiga."),
]
VERDICT = [
    "Cerita buku pertama masih terasa kuat di buku kedua.",
    "Saya membacanya dalam dua malam karena ingin tahu nasib keluarga itu.",
    "Beberapa rahasia dibuka terlalu cepat menjelang akhir cerita.",
    "Meski begitu, saya senang mengikuti perjalanan mereka.",
]


def _blogspot_2017(verdict: list[str], *, caption: str = "") -> str:
    """A Blogger post (weinlachgummis.blogspot.com 2017, trafilatura's evaluation suite:
    tests/eval/weinlachgummis.blogspot.com.rezi.html, adbar/trafilatura @ e90b0ef5): the post's
    ``div.post-body`` of ``div[style=text-align: justify]`` paragraphs, the conclusion's heading
    drawn as a picture in ``div.separator``, then a centred ``div`` of the conclusion's lines cut
    by ``<br>`` that ends with the rating picture, and the link to the rating's page."""
    paras = "".join(f"<div style='text-align: justify;'>{p}</div><div style='text-align: justify;'><br></div>"
                    for p in REVIEW)
    lines = "<br>".join(verdict)
    return _page(
        f"<div class='post hentry'><h3 class='post-title entry-title'>{TITLE}</h3>"
        f"<div class='post-body entry-content'>{paras}{caption}"
        "<div class='separator' style='clear: both; text-align: center;'><br></div>"
        "<div class='separator' style='clear: both; text-align: center;'>"
        "<img border='0' height='80' src='https://1.bp.blogspot.com/contoh/s200/Kesimpulan.jpg' width='200'></div>"
        f"<div style='text-align: center;'>{lines}<br><br>"
        "<img border='0' height='57' src='https://1.bp.blogspot.com/contoh/s200/4Bintang.jpg' width='200'></div>"
        "<div style='text-align: center;'><i><a href='/p/penilaian.html'>Info penilaian</a></i></div>"
        "</div></div>")


def test_lines_of_prose_beside_a_picture_are_the_story_not_a_caption() -> None:
    got = _record(_blogspot_2017(VERDICT))
    assert got["paragraphs"] == [*REVIEW, *VERDICT]
    assert got["captions"] == []


def test_a_caption_of_a_line_and_a_credit_beside_a_picture_is_still_a_caption() -> None:
    caption = "Sampul buku kedua yang terbit bulan lalu."
    box = (f"<div class='separator' style='clear: both; text-align: center;'><img src='/sampul.jpg'>"
           f"<br>{caption}<br>Foto: Penerbit Contoh</div>")
    got = _record(_blogspot_2017(VERDICT, caption=box))
    assert caption not in got["paragraphs"]
    assert any(caption in c for c in got["captions"])
    assert got["paragraphs"] == [*REVIEW, *VERDICT]
