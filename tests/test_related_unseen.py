"""Related titles on layouts never seen, HTML and text, read as held-out pages are: no
URL, no outlet (related38).

ablation33's blind reading (class, id and itemprop values replaced) lost ``related`` on
more fixtures than any other field and named three causes. Read against the real
markup, a held-out page keeps what the ablation took away:

- "Berita Lainnya" is no related label by itself: antaranews.com 2015 prints its related
  stories under it (each item's link marked schema.org ``itemprop=relatedLink``, a
  general signal the generic rules read whatever the box is called), while okezone 2015
  and republika 2016 print the site's latest stories under the same words (the dev
  corpus's gold lists the first as related and not the other two). The generic path
  already reads all three so; the pages below pin it, with the classes as printed and
  renamed.
- A sponsored unit rendered under a related list, in a box of its own with no label of
  its own, was read as that list's titles once its classes said nothing (a Taboola
  unit's classes renamed). Its links carry ``rel="sponsored"``, the HTML link type ad
  networks set on paid links: those links are never related titles (`_sponsored_link`).
- Text scrapes: a "Simak juga:" link glued to a story sentence stayed in the story
  (``Baca juga``/``Lihat juga`` were parted already): its label now parts the line; a
  glued title ran only to its first capital word before a small one, and headlines
  print "karena", "terhadap", "agar" ... in lower case (the dev corpus's gold related
  titles): those words no longer end it. kapanlagi 2015 as a browser prints it read
  its gallery teaser, the photo count, an "ARTIS TERKAIT" profiles box and an archive
  link as related titles: chrome (``gallery-teaser``, ``people-block``).

Every page keeps the structure of the real layout its docstring names and is filled
with our own sentences; chrome labels are kept as the pages print them.
"""

from __future__ import annotations

from typing import Any

import pytest

import cleaner

TITLE = "Dua Puluh Penerbangan Dibatalkan karena Abu Gunung"
STORY = [
    ("Dua puluh penerbangan dari dan ke bandara di pulau itu dibatalkan pada Kamis karena abu gunung "
     "menutup landasan sejak pagi."),
    ("Petugas bandara mengatakan penumpang diminta menjadwal ulang keberangkatan mereka dan maskapai "
     "menyediakan tempat menunggu di terminal."),
    ("\"Keselamatan penumpang kami dahulukan, jadi landasan ditutup sampai abu menipis,\" kata seorang "
     "petugas kepada wartawan di terminal kedatangan."),
    ("Menurut dia, lebih dari tiga ribu penumpang terpaksa menunda perjalanan dan sebagian memilih "
     "menginap di hotel dekat bandara."),
]
RELATED = [
    "Penumpang Minta Uang Tiket Kembali setelah Bandara Ditutup",
    "Wakil Gubernur Meninjau Terminal yang Mendadak Sepi",
    "Abu Gunung Mulai Turun di Kota Pelabuhan",
]
OTHER = [
    "Petani Kopi Panen Lebih Awal Tahun Ini",
    "Sekolah Alam Terima Murid Baru dari Kota",
    "Pameran Batik Digelar di Gedung Lama",
]
ADS = [
    ("Rumah Dua Lantai Dekat Stasiun Mulai Ratusan Juta", "Properti Contoh"),
    ("Kursus Berenang Singkat untuk Semua Umur", "Sekolah Renang Contoh"),
]

#: The scored fields (tools/score.py) besides the body and the title, empty on these
#: pages unless a test names them.
EMPTY: dict[str, Any] = {
    "outlet": "generic", "title": TITLE, "subtitle": None, "authors": [], "editors": [], "published": None,
    "dateline": None, "source": None, "reading_time_minutes": None, "summary": [], "captions": [], "related": [],
    "tags": [],
}


def _assert_record(page: str, **fields: Any) -> None:
    got = cleaner.clean(page).to_dict()
    expected = {**EMPTY, "paragraphs": STORY, **fields}
    assert {k: got[k] for k in expected} == expected


def _names(named: bool) -> Any:
    """The page's class and id values as printed, or replaced by meaningless tokens (as
    ablation33 read them)."""
    return (lambda s: s) if named else (lambda s: f"k{sum(map(ord, s)) % 9973}")


def _head(title: str = TITLE) -> str:
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Kabar Contoh</title>'
            f'<meta property="og:title" content="{TITLE}" /></head>')


# ---- "Berita Lainnya" over related stories: schema.org relatedLink -----------------------

def _antara_2015(named: bool) -> str:
    """antaranews.com 2015 (anpandu/indonesian-news-scraper test/fixtures/websites/antara/
    antara-singlepage.html @ 9a5174e425f5, the dev corpus's raw/antaranews page): the
    story in ``div#content_news[itemprop=articleBody]``, ``<br />`` between its
    paragraphs, then ``div.terkait_bottom > div.box_header`` "Berita Lainnya" over
    ``div.brtall``, each item a ``div.topbox[itemscope]`` holding a picture link and
    ``h3[itemprop=name] > a[itemprop=relatedLink]``; further down the sidebar's
    ``div.box_header`` "Terpopuler" over ``ul.terpopuler`` items with their view counts."""
    c = _names(named)
    items = "".join(
        f'<div class="{c("topbox")}" itemscope itemtype="http://schema.org/WebPage">'
        f'<a href="/berita/5275{n}/judul-{n}?utm_source=related_news" class="{c("tooltip")}" title="{t}">'
        f'<img class="{c("img_150x100")}" src="/img/{n}.jpg" itemprop="thumbnailUrl" alt="{t}" /></a>'
        f'<h3 itemprop="name"><a itemprop="relatedLink" href="/berita/5275{n}/judul-{n}?utm_source=related_news" '
        f'class="{c("tooltip")}" title="{t}">{t}</a></h3></div>' for n, t in enumerate(RELATED))
    popular = "".join(
        f'<li><a href="/berita/52746{n}/lain-{n}?utm_source=populer_home" title="{t}">{t}</a> '
        f'<span class="{c("date")}">5.713 views</span></li>' for n, t in enumerate(OTHER[:2]))
    body = "<br />\n".join(STORY)
    return (_head() + f'<body><div class="{c("wrapper")}">'
            f'<div class="{c("bjbrt")}" itemscope itemtype="http://schema.org/NewsArticle">'
            f'<h1 class="{c("title")}" itemprop="headline"><strong>{TITLE}</strong></h1>'
            f'<div class="{c("date mt10")}"><time itemprop="datePublished" datetime="2015-11-05T14:56:43+07:00">'
            f'Kamis, 5 November 2015 14:56 WIB</time> | 1.229 Views</div>'
            f'<div class="{c("byline")}">Pewarta: <span itemprop="author">Rina Wulandari</span></div>'
            f'<div id="{c("content_news")}" itemprop="articleBody">{body}'
            f'<p class="{c("mt10")}">Editor: <span itemprop="editor">Bayu Saputra</span></p></div></div>'
            f'<div class="{c("terkait_bottom mt10")}"><div class="{c("box_header")}">Berita Lainnya</div>'
            f'<div class="{c("brtall")}">{items}<div class="{c("cl")}"></div></div></div>'
            f'<div id="{c("boxKomentar")}" class="{c("mt10")}">'
            f'<div class="{c("box_header")}">Komentar Pembaca</div></div>'
            f'<div class="{c("w300 mt10")}"><div class="{c("box_header")}">Terpopuler</div>'
            f'<ul class="{c("terpopuler")}">{popular}</ul></div></div></body></html>')


@pytest.mark.parametrize("named", [True, False], ids=["as-printed", "renamed"])
def test_related_links_under_an_other_news_label_are_related_and_the_most_read_list_is_not(named: bool) -> None:
    _assert_record(_antara_2015(named), related=RELATED, authors=["Rina Wulandari"], editors=["Bayu Saputra"],
                   published="2015-11-05T14:56:00+07:00")


# ---- "Berita lainnya" over the site's latest stories: no related titles ------------------

def _okezone_2015(named: bool) -> str:
    """okezone 2015 (anpandu/indonesian-news-scraper test/fixtures/websites/okezone/
    okezone-singlepage.html @ 9a5174e425f5): ``div.meta-bottom-content`` with
    ``h3`` "Berita Rekomendasi", a ``span`` topic link to /topic/, ``<hr>`` and
    ``div.berita-terkait-wrap > ul > li > h4 > a`` titles (a hidden ``<i>`` in each link);
    then ``div.news-hardnews1 > div.sindo > h3.sindo`` "Berita lainnya", the Taboola
    placeholder ``div#taboola-below-article-thumbnails`` and ``div.newsmore > ul > li``
    picture-and-title links: the site's other stories (the gold record lists the first
    box only)."""
    c = _names(named)
    rel = "".join(
        f'<li><h4><a href="https://lifestyle.contoh.com/read/2015/11/05/481/12442{n}/judul-{n}" title="{t}">'
        f'{t} <i style="display:none;">read-12442{n}</i></a></h4></li>' for n, t in enumerate(RELATED[:2]))
    more = "".join(
        f'<li><a href="https://lifestyle.contoh.com/read/2015/11/05/481/12443{n}/lain-{n}"><img alt="{t}" '
        f'src="/i/{n}.jpg"></a><p><a href="https://lifestyle.contoh.com/read/2015/11/05/481/12443{n}/lain-{n}">'
        f'{t}</a></p></li>' for n, t in enumerate(OTHER))
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (_head() + f'<body><div class="{c("container")}"><h1>{TITLE}</h1>'
            f'<div id="{c("contentx")}" class="{c("read")}">{body}</div><div class="{c("clear")}"></div>'
            f'<!-- berita terkait --><div class="{c("meta-bottom-content")}"><h3>Berita Rekomendasi</h3>'
            f'<span><a href="https://lifestyle.contoh.com/topic/1033/bandara"> Bandara </a></span><hr>'
            f'<div class="{c("col-md-6")}"><div class="{c("berita-terkait-wrap")}"><ul>{rel}</ul></div></div></div>'
            f'<div class="{c("news-hardnews1")}"><div class="{c("sindo")}"><h3 class="{c("sindo")}">Berita lainnya</h3>'
            f'</div><div id="{c("taboola-below-article-thumbnails")}"></div><div class="{c("newsmore")}"><ul>{more}'
            f'</ul></div></div></div></body></html>')


def _republika_2016(named: bool) -> str:
    """republika.co.id 2016 (anpandu/indonesian-news-scraper test/fixtures/websites/
    republika/republika-singlepage.html @ 9a5174e425f5): under the story
    ``div.wp-terkini-center > div.kop-judul > h2.tab-current > a`` "Berita Lainnya" (a
    tab), then ``div.content-current`` of ``div.wp-conten-terkini`` cards, each a
    picture, the channel's link, an age ("20 detik yang lalu") and ``h3 > a`` the title:
    the site's latest stories (the gold record lists none of them)."""
    c = _names(named)
    cards = "".join(
        f'<div class="{c("wp-conten-terkini")}"><div class="{c("img-ct")}"><img class="{c("lazy")}" src="/i/{n}.jpg" />'
        f'</div><div class="{c("jdl-ct")}"><div class="{c("nm-kanal")}"><a href="#">Umum</a></div>'
        f'<div class="{c("date")}">{n + 2}0 detik yang lalu</div><div class="{c("jdl-ct-a")}"><h3>'
        f'<a href="https://www.contoh.co.id/berita/16/02/15/o2m{n}-lain">{t}</a></h3></div>'
        f'<div class="{c("clear")}"></div></div><div class="{c("clear")}"></div></div>' for n, t in enumerate(OTHER))
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (_head() + f'<body><h1>{TITLE}</h1><div class="{c("artikel")}">{body}</div>'
            f'<div class="{c("wp-terkini-center")}"><div class="{c("kop-judul kop-1-a")}">'
            f'<h2 class="{c("tab-current")}" data-count="15"><a href="#section-linemove-1">Berita Lainnya</a></h2>'
            f'<div class="{c("clear")}"></div></div><div class="{c("content-current")}">{cards}</div></div>'
            f'</body></html>')


@pytest.mark.parametrize("named", [True, False], ids=["as-printed", "renamed"])
def test_the_sites_other_news_under_berita_lainnya_gives_no_related_titles(named: bool) -> None:
    _assert_record(_okezone_2015(named), related=RELATED[:2], tags=["Bandara"])
    _assert_record(_republika_2016(named))


# ---- a sponsored unit after a related list ------------------------------------------------

def _related_then_sponsored(named: bool, *, sponsored: bool = True) -> str:
    """A related list (``h3`` "Berita Terkait" over ``ul > li > a``) and under it a
    Taboola unit as the browser renders it (a saved news page, file id 48342896431 of the
    code index): ``div.videoCube`` cards, each two links to the advertiser,
    ``rel="nofollow noopener sponsored"``, the first around the picture and the
    advertiser's ``span.branding``, the second around ``span.video-label-box`` holding
    ``span.video-title`` and the branding again."""
    c = _names(named)
    rel_attr = ' rel="nofollow noopener sponsored"' if sponsored else ""
    cards = "".join(
        f'<div class="{c("videoCube trc_spotlight_item origin-default thumbnail_top syndicatedItem")}">'
        f'<a title="{t}" href="https://iklan.contoh.com/lp/{n}/"{rel_attr} target="_blank" '
        f'class="{c("item-thumbnail-href")}"><div class="{c("thumbBlock_holder")}"><span class="{c("thumbBlock")}" '
        f'role="img"><span class="{c("thumbnail-overlay")}"></span><span class="{c("branding")}" role="link">{b}'
        f'</span></span></div></a><a title="{t}" href="https://iklan.contoh.com/lp/{n}/"{rel_attr} target="_blank" '
        f'class="{c("item-label-href")}"><span class="{c("video-label-box trc-main-label")}">'
        f'<span class="{c("video-label video-title")}" slot="title" role="link">{t}</span>'
        f'<span class="{c("branding")}" role="link" slot="branding">{b}</span></span></a></div>'
        for n, (t, b) in enumerate(ADS))
    rel = "".join(f'<li><a href="/berita/2015/11/{n}/judul-{n}">{t}</a></li>' for n, t in enumerate(RELATED[:2]))
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (_head() + f'<body><div class="{c("main")}"><h1>{TITLE}</h1><div class="{c("detail-text")}">{body}</div>'
            f'<div class="{c("box-terkait")}"><h3>Berita Terkait</h3><ul>{rel}</ul></div>'
            f'<div id="{c("taboola-below-article-thumbnails")}" class="{c("trc_rbox_container")}">'
            f'<div class="{c("trc_rbox_div")}">{cards}</div></div></div></body></html>')


@pytest.mark.parametrize("named", [True, False], ids=["as-printed", "renamed"])
def test_a_sponsored_unit_under_a_related_list_gives_no_related_titles(named: bool) -> None:
    _assert_record(_related_then_sponsored(named), related=RELATED[:2])


# ---- read-also links inside the story (HTML) ----------------------------------------------

def test_read_also_paragraphs_and_a_storys_own_linked_sentence() -> None:
    """kompas.com 2023's ``<p>Baca juga: <a>title</a></p>`` between story paragraphs (a
    story copied with its markup into a project's SQL dump, file id 10123435470 of the
    code index), in caps with a spaced colon as other CMSs print it; a story sentence
    that links a word to another story is the story's, no related title."""
    linked = ('Menurut dia, lebih dari tiga ribu penumpang terpaksa menunda perjalanan dan sebagian memilih '
              'menginap di <a href="/berita/2015/11/9/hotel-dekat-bandara">hotel dekat bandara</a>.')
    body = (f"<p>{STORY[0]}</p><p>Baca juga: <a href='/berita/2015/11/1/judul-1'>{RELATED[0]}</a></p>"
            f"<p>{STORY[1]}</p><p><strong>BACA JUGA :</strong> <a href='/berita/2015/11/2/judul-2'>{RELATED[1]}</a></p>"
            f"<p>{STORY[2]}</p><p>{linked}</p>")
    page = _head() + f"<body><h1>{TITLE}</h1><div class='read__content'>{body}</div></body></html>"
    _assert_record(page, related=RELATED[:2])


# ---- text scrapes ---------------------------------------------------------------------------

def _text(*lines: str) -> str:
    return TITLE + "\n\n" + "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("glued", [
    "Baca juga: {}", "Baca Juga : {}", "BACA JUGA: {}", "Lihat juga: {}", "Simak juga: {}", "SIMAK JUGA: {}",
], ids=["baca", "spaced-colon", "caps", "lihat", "simak", "simak-caps"])
def test_a_read_also_link_glued_to_a_story_line_goes_to_related_and_the_line_stays(glued: str) -> None:
    """SPEC: chrome glued to a story line is handled by its parts. A scrape that joins
    a paragraph and the link under it: "Simak juga:" is printed so by Indonesian pages
    as "Baca juga:" is (a project's extraction test keeps the joined shape, "... tahun
    ini. Simak juga: <judul>": file id 69810445235 of the code index); before, it stayed
    in the story's line."""
    got = cleaner.clean(_text(f"{STORY[0]} {glued.format(RELATED[0])}", *STORY[1:])).to_dict()
    assert {k: got[k] for k in ("title", "related", "paragraphs")} == \
        {"title": TITLE, "related": [RELATED[0]], "paragraphs": STORY}


@pytest.mark.parametrize("label", ["Baca juga: {}", "Baca Juga : {}", "BACA JUGA: {}", "Simak juga: {}",
                                   "Lihat juga: {}"])
def test_a_read_also_line_of_its_own_goes_to_related(label: str) -> None:
    got = cleaner.clean(_text(STORY[0], label.format(RELATED[0]), *STORY[1:])).to_dict()
    assert (got["related"], got["paragraphs"]) == ([RELATED[0]], STORY)


def test_several_titles_under_one_read_also_label() -> None:
    got = cleaner.clean(_text(STORY[0], "Baca juga:", RELATED[0], RELATED[1], *STORY[1:])).to_dict()
    assert (got["related"], got["paragraphs"]) == (RELATED[:2], STORY)
    bullets = cleaner.clean(_text(STORY[0], f"Baca juga:\n- {RELATED[0]}\n- {RELATED[1]}", *STORY[1:])).to_dict()
    assert (bullets["related"], bullets["paragraphs"]) == (RELATED[:2], STORY)


def test_a_related_block_after_the_story() -> None:
    got = cleaner.clean(_text(*STORY, "Berita Terkait", *RELATED)).to_dict()
    assert (got["related"], got["paragraphs"]) == (RELATED, STORY)


def test_a_simak_juga_sentence_without_a_colon_stays_story() -> None:
    """Negative: "Simak juga" parts a line only with its colon; a sentence that uses the
    words stays whole (and "Simak juga video ..." promos go by their own rule)."""
    line = f"{STORY[0]} Simak juga penjelasan petugas soal jadwal penerbangan pengganti di terminal."
    got = cleaner.clean(_text(line, *STORY[1:])).to_dict()
    assert (got["related"], got["paragraphs"]) == ([], [line, *STORY[1:]])


def test_a_gallery_teaser_and_a_profiles_box_between_related_boxes_give_no_titles() -> None:
    """kapanlagi.com 2015 printed as text by a browser (the dev corpus's raw/kapanlagi
    page, anpandu/indonesian-news-scraper test/fixtures/websites/kapanlagi/
    kapanlagi-singlepage.html @ 9a5174e425f5): "Jangan Lewatkan" over linked titles, the
    sign-off, a gallery teaser "Lihat Foto <title>" over its count "12 Foto", "ARTIS
    TERKAIT" over a star's name and a one-word band name, the star's "<NAMA>: BERITA
    TERKAIT" box, "Lihat Arsip <Channel>", the footer. Only the two boxes' titles are
    related (the gold record's reading); before, the teaser, the count, the profiles'
    label and the name were read as titles too, and the archive link."""
    text = _text(*STORY, "Jangan Lewatkan", RELATED[0], RELATED[1], "(kpl/abc/def)",
                 "Lihat Foto Penumpang Menunggu di Terminal Sejak Subuh", "12 Foto", "ARTIS TERKAIT",
                 "Rina Wulandari Putri", "Samudra", "RINA WULANDARI PUTRI: BERITA TERKAIT", RELATED[2],
                 "Lihat Arsip Film Indonesia", "- - -", "© 2003-2015 Kabar Contoh - All Rights Reserved")
    got = cleaner.clean(text).to_dict()
    assert (got["related"], got["paragraphs"]) == (RELATED, STORY)
