"""Tempo, Kumparan, IDN Times and IDN Media family HTML that no test cited (blindhtml62),
cleaned from the input alone, as the held-out pages are scored; and feed items, a
pipeline's input: one story's RSS ``description`` with the item's title, link and date as
the caller's hints, or the whole ``<item>`` as a feed reader keeps it.

Every page below was cleaned blind from its real markup first (the source written to
/tmp, never into the project) and judged field by field against SPEC.md. Sources (the code
index's repositories and commits; none cited by a test before):

- POPBELA19D: popbela.com's January 2019 desktop story page (idnmedia/preview
  adproducts/preview/desktop/popbela/detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01,
  IDN Media's ad-preview repository, ads swapped for spec boxes). Three fields were wrong:
  the photo credits, printed under each picture as a link to the picture's source site
  (``div > img + a[href=https://nz.pinterest.com/pin/...]`` "nz.pinterest.com"), were read
  as a link list (two of seven reached captions, by the text rule for a domain alone); one
  such credit, then an ad slot's "In Article 3" link, made the ``h2`` over them a list's
  label, and the story lost that section's heading; and the "RELATED ARTICLES" cards list
  the story itself, whose title came first in related (placed at the breadcrumb's and the
  headline's copy of it). Fixed: a block whose links each print their own address's host
  is a credit (`pictures.source_credit_link`); the self-link is placed where its card
  prints it (`front._page_order`; kept, as the dev gold's republika 2016 keeps its "Berita
  Terkait" self-link). Kept without its <head>
  (the body or the <article> alone), the deck ``p.caption-title`` under ``h1.article-title``
  was a caption: with no description to compare, the line's place says it, when no picture
  is printed right before the caption element (`_captions`, `_after_image`: merdeka 2015's
  and okezone 2015's photo captions under their pictures stay captions).
- POPMAMA19D: popmama.com's January 2019 desktop story page (the same repository's
  adproducts/preview/desktop/popmama/detail.html): each "Related Articles" card is one
  ``a`` round ``h3.post-title`` and a ``p`` summary, and both were related titles. Fixed in
  `link_lists._card_extra`: a block inside a link that also holds a heading is the card's
  summary. (Its in-story "Editors' Picks" box of site-wide picks is chrome, as the team's
  idntimes-editors-pick rule reads IDN Media's box: left so.)
- TEMPO21M_VIDEO: tempo.co's 2021 mobile video page (ahmadmulyana/tempo-temp
  teco/mobile/detail-video.php @ 62fe6dbfd0755b70219d553217b42f56d3e47c1e, Tempo's own
  templates): the "Video Terkait" cards print the video's length ("03:12") in the
  thumbnail's link over each title; the second card's length closed the list as "a
  one-word tab" (the next box's label), and its title was lost. Fixed: a word with no
  letter is no tab (`_link_lists`). The template's podcast page (detail-podcast.php, same
  commit) came back right.
- GGWP19M: ggwp.id's July 2019 mobile story page, an IDN Media site (idnmedia/preview
  adproducts/preview/mobile/ggwp/detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01):
  the by-line line ``section.post-info`` holds ``span.author > a``, " - " and
  ``span.date`` "15 July 2019"; the by-line stage took the block and the date went with it
  (published null). Fixed: `_line_fields` reads a date part too. The unrendered Instagram
  embed's "A post shared by <account> (@<handle>) on Jul 14, 2019 at 9:00pm PDT" was a
  paragraph: generic.toml's social-embed rule reads the stamp; the preview's "TVC Spot
  Masthead" slot label became the title of the body kept alone (ad-placeholder). The
  site's own promos between ``<hr />`` (text straight in the story's div) stay paragraphs,
  as blindhtml54 left GGWP19's: no rule tells them from prose.
- IDN23M and IDN23D: www.idntimes.com's November 2023 mobile story (AdopsIDN/IDNMedia
  Preview/m_idntimes/index.html @ 14d6d8080827b9c252ba925df81e6478ca725461) and October 2023
  desktop community story (the same repository's Preview/IDNTimes/Index.html @
  adfb41f2dee830103d169353276b6786cfcd72f7, read from its body: breadcrumb li.gimmick's
  time, h1.title-text, div.excerpt, "Verified Writer" box, numbered h2 pages, tweet
  embeds, "Baca Juga" links, the Editor's picks box, "Topik:", the "Editorial Team" box):
  both came back right.
- Kumparan feed items (Takviri/netlify1 kumparan.json @
  017267a774349782ef4772a9cbb6c853c81d6054, a saved copy of kumparan's RSS items of
  November 2021) close their summary with a hashtag: "... tilang. #kumparanNEWS",
  "... WIB.#kumparanNEWS", "... Kerja. #publisherstory". The channel split cut the label and
  left a "#" at the story's end, and a line ending in the hashtag read as no paragraph: two
  of three came back empty. Fixed in kumparan.toml (kumparan-channel, kumparan-split-labels).
  tempo.co's RSS items (adlandwijaka/tempo-rss free-hukum.xml @
  00dd96bec9e0cf029e038f3d109c5347e8982d8b: title, link, pubDate "Tue, 17 Mar 2026 12:46:18
  +0700", a description of one or two sentences) came back right with their hints.
- One feed item kept whole (an RSS ``<item>`` or Atom ``<entry>``) printed its tags as
  words. Now read as its story's page (`cleaner.html.xmldoc.item_to_html`).

Every fixture keeps its source's markup (tags, classes, nesting, the chrome's labels as
printed) with sentences and names written for this file.
"""

from __future__ import annotations

import cleaner
from tests.scored import EMPTY_RECORD
from tests.scored import scored_record as _record
from tests.test_html_renderings import article_only, body_only

# POPBELA19D (source above): head metas and JSON-LD, the breadcrumb, ``article`` with
# h1.article-title, p.caption-title > em (the deck), div.detail__date > time, the cover's
# figcaption.pic-source with a dead link, the writer in div.author-name, then
# div#article-content: a lead, ``h2`` per item, ``div > img + a`` source credits,
# ``div.inarticle-ads`` spec boxes, "BACA JUGA : <a>" in an h2; TOPIC tags, the
# "RELATED ARTICLES" cards (the story's own among them) and the sidebar's TRENDING.
POPBELA19D = """<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title itemprop="name">Tujuh Taman Kota yang Bikin Betah Berlama-lama - POPBELA.com</title>
<meta name="description" content="Taman kota yang nyaman untuk bersantai - POPBELA.com" />
<link rel="canonical" href="https://www.popbela.com/lifestyle/travel/rina-sari/tujuh-taman-kota-yang-bikin-betah">
<meta name="author" content="Rina Sari">
<meta property="og:url" content="https://www.popbela.com/lifestyle/travel/rina-sari/tujuh-taman-kota-yang-bikin-betah"
/>
<meta property="og:title" content="Tujuh Taman Kota yang Bikin Betah Berlama-lama" />
<meta property="og:description" content="Ada yang di Indonesia juga!" />
<meta property="og:site_name" content="POPBELA.com" />
<script type="application/ld+json">
{"@context": "http://schema.org", "@type": "NewsArticle",
 "headline": "Tujuh Taman Kota yang Bikin Betah Berlama-lama",
 "datePublished": "2019-01-21T13:30:00+07:00", "dateModified": "2019-01-21T19:36:18+07:00",
 "author": {"@type": "Person", "name": "Rina Sari"}, "description": "Ada yang di Indonesia juga!"}
</script>
</head>
<body id="id-detail">
<header id="Header"><nav class="navbar navbar-default navbar-fixed-top navbar__header"><div class="container">
<ul class="nav navbar-nav navbar-right">
<li class="dropdown"><a href="/lifestyle" class="dropdown-toggle">Lifestyle <i class="fa fa-angle-down"></i></a>
<ul class="dropdown-menu dropdown-men"><li class="border-bottom-thin"><a href="/lifestyle/travel">Travel</a></li>
<li class="border-bottom-thin"><a href="/lifestyle/food">Food</a></li></ul></li>
</ul></div></nav></header>
<main>
<nav class="section__nav-category"><div class="container"><ol class="breadcrumb pl-0">
<li><a href="/">Home</a></li><li><a href="/lifestyle">Lifestyle</a>
</li><li><a href="/lifestyle/travel">Travel</a></li>
<li class="active">Tujuh Taman Kota yang Bikin Betah Berlama-lama</li>
</ol></div></nav>
<section class="section__detail mb-20 "><div class="container"><div class="row gutter-30">
<div class="col-xs-8 main__content border-right-thin">
<article>
<h1 class="article-title">Tujuh Taman Kota yang Bikin Betah Berlama-lama</h1>
<p class="caption-title"><em>Ada yang di Indonesia juga!</em></p>
<div class="detail__typedate row gutter-10 mt-15"><div class="detail__date col-xs-12 text-left">
<time datetime="2019-01-21">21 Januari 2019 </time></div></div>
<div class="post-header mt-15">
<div class="embed-image"><figure><img src="https://cdn.popbela.com/content-images/post/20190121/taman.jpg" alt="">
<figcaption class="pic-source"><a href="javascript:;">fotokota.example.com</a></figcaption></figure></div>
<div class="post-footer"><div class="row gutter-14">
<div class="detail__col-img col-xs-2"><img src="https://cdn.popbela.com/content-images/avatar/rina-sari_42x42.jpg"
class="detail__footer-img img-circle" alt=""></div>
<div class="detail__col-author col-xs-4 author-name"><a href="/rina-sari"
class="detail__footer-author">Rina Sari</a></div>
</div></div>
</div>
<div id="article-content" class="post-content mt-20 mb-20">
<p style="text-align: justify;">Taman kota kini jadi tujuan
akhir pekan yang murah. Banyak kota menata tamannya dengan lampu,
bangku dan jalur pejalan kaki, Bela.</p><h2 style="text-align: justify;">Taman
Bunga Utara, Belanda</h2><div style="margin: 10px auto;" class="inarticle-ads">
<a href="#" target="_blank"><div class="idn_ads_1 in_article marbot_10">
<div class="ads_spec" style="text-align: center;">
<h4 style="text-align: center!important;">In Article 1</h4>
<p class="fsize_16" style="text-align: center!important;">728 x 90 pixel</p>
<p class="fsize_16" style="text-align: center!importat;">.jpg, .png, .gif, .html5 | Max 100 KB</p>
</div></div></a>
</div><div><img alt="Tujuh Taman Kota yang Bikin Betah Berlama-lama"
src="https://cdn.popbela.com/content-images/post/20190121/utara.jpg"
/><a href="https://nz.pinterest.com/pin/123456/" target="_blank">nz.pinterest.com</a>
</div><div>&nbsp;</div><div style="text-align: justify;">Taman
ini penuh bunga tulip setiap musim semi. Pengunjung bisa bersepeda
mengelilingi kolamnya.</div><h2 style="text-align: justify;">Taman
Hujan, Singapura</h2><div><img alt="Tujuh Taman Kota yang Bikin Betah Berlama-lama"
src="https://cdn.popbela.com/content-images/post/20190121/hujan.jpg"
/><a href="https://www.agoda.com/en-sg/taman/hotel.html" target="_blank">www.agoda.com</a>
</div><div>&nbsp;</div><div style="text-align: justify;">Di
taman ini air disemprotkan tiap jam, jadi udaranya tetap sejuk
walau siang hari.</div><h2 style="text-align: justify;">Taman
Lampion, Vietnam</h2><div><img alt="Tujuh Taman Kota yang Bikin Betah Berlama-lama"
src="https://cdn.popbela.com/content-images/post/20190121/lampion.jpg"
/><a href="http://jalanjalanku.blogspot.co.id/2013/12/lampion.html"
target="_blank">jalanjalanku.blogspot.co.id</a></div><div>&nbsp;</div>
<div style="margin: 10px auto;" class="inarticle-ads">
<a href="#" target="_blank"><div class="idn_ads_1 in_article marbot_10">
<div class="ads_spec" style="text-align: center;">
<h4 style="text-align: center!important;">In Article 3</h4>
<p class="fsize_16" style="text-align: center!important;">728 x 90 pixel</p>
<p class="fsize_16" style="text-align: center!importat;">.jpg, .png, .gif, .html5 | Max 100 KB</p>
</div></div></a>
</div><div style="text-align: justify;">Ribuan lampion menyala
di taman ini setiap malam bulan purnama. Kamu bisa ikut menerbangkan
lampion kertas.</div><h2 style="text-align: justify;">Taman
Bambu, Bali</h2><div><img alt="Tujuh Taman Kota yang Bikin Betah Berlama-lama"
src="https://cdn.popbela.com/content-images/post/20190121/bambu.jpg"
/><a href="https://www.kotahijau.example.com/bambu" target="_blank">www.kotahijau.example.com</a>
</div><div>&nbsp;</div><div style="text-align: justify;">Indonesia
juga punya taman unik lho. Taman bambu ini dibangun warga desa
di tepi sungai.</div><div>&nbsp;</div><div style="text-align: justify;">Sudah
siap jalan-jalan ke taman, Bela?</div><h2 style="text-align: justify;">BACA
JUGA : <a href="https://www.popbela.com/lifestyle/travel/dina-putri/lima-kebun-raya"
target="_blank">Wah! 5 Kebun Raya Ini Cocok untuk Piknik Keluarga</a>
</h2>
</div>
<div id="read-more" class="read-more-btn"><button class="btn btn-primary btn-lg btn-round"
type="button">Read More</button></div>
</article>
<ul class="list-inline flex-center"><li><span><i class="fa fa-share-alt pb-5"></i> Share Artikel</span></li></ul>
<div class="tag-articles mb-20">
<h4 class="label-sub">TOPIC</h4>
<a href="/tag/taman" class="label label-article label-primary">taman</a>
<a href="/tag/liburan" class="label label-article label-primary">liburan</a>
</div>
<section class="section__related-article mb-20">
<h2 class="subtitle border-bottom-thick text-left mb-20">RELATED ARTICLES</h2>
<div class="row gutter-15">
<div class="col-xs-4 mb-15"><div class="card card-portrait">
<div class="card-image card-image-related"><a href="/lifestyle/travel/dina-putri/pantai-sepi">
<figure class=" "><img src="https://cdn.popbela.com/a.jpg" alt="">
</figure></a></div>
<div class="card-body"><div class="card-category"><a href="/lifestyle/travel"
class="btn btn-sm btn-default">Travel</a></div>
<h3 class="card-title line-clamp"><a href="/lifestyle/travel/dina-putri/pantai-sepi">Pantai
Sepi yang Cocok untuk Menyendiri</a></h3>
<div class="card-author-date"><div class="row gutter-10 flex-center align-items-end">
<div class="col-xs-6 author-name"><a href="/dina-putri">Dina
Putri</a></div><time class="col-xs-6 text-right">21 Januari
2019 </time></div></div>
</div></div></div>
<div class="col-xs-4 mb-15"><div class="card card-portrait">
<div class="card-image card-image-related"><a href="/lifestyle/travel/rina-sari/tujuh-taman-kota-yang-bikin-betah">
<figure class=" "><img src="https://cdn.popbela.com/b.jpg" alt="">
</figure></a></div>
<div class="card-body"><div class="card-category"><a href="/lifestyle/travel"
class="btn btn-sm btn-default">Travel</a></div>
<h3 class="card-title line-clamp"><a
href="/lifestyle/travel/rina-sari/tujuh-taman-kota-yang-bikin-betah">Tujuh Taman Kota yang Bikin Betah Berlama-lama</a>
</h3>
<div class="card-author-date"><div class="row gutter-10 flex-center align-items-end">
<div class="col-xs-6 author-name"><a href="/rina-sari">Rina
Sari</a></div><time class="col-xs-6 text-right">21 Januari 2019
</time></div></div>
</div></div></div>
<div class="col-xs-4 mb-15"><div class="card card-portrait">
<div class="card-image card-image-related"><a href="/lifestyle/travel/budi-santoso/danau-di-kota">
<figure class=" "><img src="https://cdn.popbela.com/c.jpg" alt="">
</figure></a></div>
<div class="card-body"><div class="card-category"><a href="/lifestyle/travel"
class="btn btn-sm btn-default">Travel</a></div>
<h3 class="card-title line-clamp"><a href="/lifestyle/travel/budi-santoso/danau-di-kota">Danau
di Tengah Kota yang Ramai Dikunjungi Saat Libur</a></h3>
<div class="card-author-date"><div class="row gutter-10 flex-center align-items-end">
<div class="col-xs-6 author-name"><a href="/budi-santoso">Budi
Santoso</a></div><time class="col-xs-6 text-right">21 Januari
2019 </time></div></div>
</div></div></div>
</div></section>
</div>
<aside class="col-xs-4"><section class="section__trending mb-20">
<h2 class="subtitle border-bottom-thick text-center mb-35 heading-trending">TRENDING</h2>
<div class="section__trending-content"><div class="media"><div class="media-body">
<h3 class="media-heading card-title line-clamp"><a href="/beauty/skin/sinta/masker-alami">Masker
Alami dari Dapur Sendiri</a></h3>
<div class="media-date small text-muted mt-8"><time class="text-left">20 Januari 2019 </time></div>
</div></div></div></section></aside>
</div></div></section>
</main>
</body>
</html>
"""

_POPBELA_STORY = [
    ("Taman kota kini jadi tujuan akhir pekan yang murah. Banyak kota menata tamannya dengan lampu, bangku dan "
     "jalur pejalan kaki, Bela."),
    "Taman Bunga Utara, Belanda",
    "Taman ini penuh bunga tulip setiap musim semi. Pengunjung bisa bersepeda mengelilingi kolamnya.",
    "Taman Hujan, Singapura",
    "Di taman ini air disemprotkan tiap jam, jadi udaranya tetap sejuk walau siang hari.",
    "Taman Lampion, Vietnam",
    ("Ribuan lampion menyala di taman ini setiap malam bulan purnama. Kamu bisa ikut menerbangkan lampion "
     "kertas."),
    "Taman Bambu, Bali",
    "Indonesia juga punya taman unik lho. Taman bambu ini dibangun warga desa di tepi sungai.",
    "Sudah siap jalan-jalan ke taman, Bela?",
]


def test_popbela19d_whole_record() -> None:
    assert _record(POPBELA19D) == {
        **EMPTY_RECORD,
        "title": "Tujuh Taman Kota yang Bikin Betah Berlama-lama",
        "subtitle": "Ada yang di Indonesia juga!",
        "authors": ["Rina Sari"],
        "published": "2019-01-21T13:30:00+07:00",
        "captions": ["fotokota.example.com", "nz.pinterest.com", "www.agoda.com", "jalanjalanku.blogspot.co.id",
                     "www.kotahijau.example.com"],
        # The card linking to the story itself stays, as printed (the dev gold's republika
        # 2016 "Berita Terkait" keeps such a self-link), in its place among the cards.
        "related": ["Wah! 5 Kebun Raya Ini Cocok untuk Piknik Keluarga", "Pantai Sepi yang Cocok untuk Menyendiri",
                    "Tujuh Taman Kota yang Bikin Betah Berlama-lama",
                    "Danau di Tengah Kota yang Ramai Dikunjungi Saat Libur"],
        "tags": ["taman", "liburan"],
        "paragraphs": _POPBELA_STORY,
    }


def test_popbela19d_without_head_keeps_its_deck() -> None:
    for page in (body_only(POPBELA19D), article_only(POPBELA19D, tuple(_POPBELA_STORY))):
        got = _record(page)
        assert got["subtitle"] == "Ada yang di Indonesia juga!"
        assert "Ada yang di Indonesia juga!" not in got["captions"]
        assert got["paragraphs"] == _POPBELA_STORY


def test_a_link_printing_another_site_is_no_credit() -> None:
    # A link whose text names a site other than its address's host (a story's "Baca di
    # <site>" pointer drawn as a domain) is no photo credit: no caption comes of it.
    page = POPBELA19D.replace('<a href="https://nz.pinterest.com/pin/123456/" target="_blank">nz.pinterest.com</a>',
                              '<a href="https://www.popbela.com/tag/taman" target="_blank">tamankota.com</a>')
    got = _record(page)
    assert "tamankota.com" not in got["captions"] and "nz.pinterest.com" not in got["captions"]
    assert "www.agoda.com" in got["captions"]


def test_the_self_card_orders_as_any_card() -> None:
    # The story's own title is placed where its card prints it, as another story's card is.
    page = POPBELA19D.replace(">Tujuh Taman Kota yang Bikin Betah Berlama-lama</a>",
                              ">Tujuh Taman Kota Lain yang Layak Dikunjungi</a>")
    assert _record(page)["related"] == [
        "Wah! 5 Kebun Raya Ini Cocok untuk Piknik Keluarga", "Pantai Sepi yang Cocok untuk Menyendiri",
        "Tujuh Taman Kota Lain yang Layak Dikunjungi", "Danau di Tengah Kota yang Ramai Dikunjungi Saat Libur"]


# POPMAMA19D (source above): div.single-article-content's ``h2`` sections, and after the
# story "Related Articles" (div.title-section > span) cards: div.post-cover's image link,
# then div.post-media > a > h3.post-title + p (the summary), label > a (the rubric).
POPMAMA19D_RELATED = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Lima Sayur yang Kaya Zat Besi | Popmama.com</title>
<link rel="canonical" href="https://www.popmama.com/life/health/nadia-putri/sayur-kaya-zat-besi">
<meta property="og:title" content="Lima Sayur yang Kaya Zat Besi" />
</head>
<body id="popmama-desktop">
<main class="container ">
<section class="row gutter-20 main-container"><section class="col-xs-8 main-content">
<article class="single-article">
<h1 class="title">Lima Sayur yang Kaya Zat Besi</h1>
<p class="excerpt">Bukan hanya daging yang kaya zat besi!</p>
<p class="dates">22 Januari 2019 </p>
<div class="single-article-content">
<p>Zat besi membantu tubuh membentuk sel darah merah. Kekurangan zat besi bisa membuat badan mudah lelah.</p>
<p>Untungnya, banyak sayur di pasar yang kaya zat besi dan mudah dimasak di rumah.</p>
<h2>1. Bayam</h2>
<p>Sayur hijau ini paling dikenal sebagai sumber zat besi. Secangkir bayam rebus sudah cukup untuk makan siang.</p>
<h2>2. Brokoli</h2>
<p>Brokoli juga mengandung vitamin C yang membantu tubuh menyerap zat besi dari makanan lain.</p>
<div class="tags__wrapper"><h3>Topic:</h3><ul class="tags"><li>
<a href="https://www.popmama.com/tag/gizi-keluarga">Gizi Keluarga</a>
</li></ul></div>
</div>
</article>
<div class="panel panel-default"><div class="panel-body p-20">
<div class="title-section"><span>Related Articles</span></div>
<div class="post-list">
<div class="row gutter-20">
<div class="col-xs-5"><div class="post-cover"><a href="https://www.popmama.com/life/health/nadia-putri/buah-untuk-ibu-hamil">
<figure class="progressive replace "><img src="https://cdn.popmama.com/a_200x105.jpg"
class="preview" alt="Buah untuk Ibu Hamil"></figure></a></div>
</div>
<div class="col-xs-7"><div class="post-media">
<a href="https://www.popmama.com/life/health/nadia-putri/buah-untuk-ibu-hamil">
<h3 class="post-title">Buah Segar yang Baik untuk Ibu Hamil</h3>
<p>Pilihan buah yang aman dan menyegarkan setiap hari</p>
</a>
<label><a href="https://www.popmama.com/life/health">Health and Lifestyle</a></label>
</div></div>
</div>
<div class="row gutter-20">
<div class="col-xs-5"><div class="post-cover"><a href="https://www.popmama.com/life/health/rina-sari/air-putih">
<figure class="progressive replace "><img src="https://cdn.popmama.com/b_200x105.jpg"
class="preview" alt="Air Putih"></figure></a></div></div>
<div class="col-xs-7"><div class="post-media">
<a href="https://www.popmama.com/life/health/rina-sari/air-putih">
<h3 class="post-title">Kenapa Kita Perlu Minum Air Putih Setiap Pagi?</h3>
<p>Tubuh butuh cairan setelah tidur semalaman</p>
</a>
<label><a href="https://www.popmama.com/life/health">Health and Lifestyle</a></label>
</div></div>
</div>
</div></div></div>
</section></section>
</main>
</body></html>
"""


def test_popmama19d_card_summaries_are_no_related_titles() -> None:
    got = _record(POPMAMA19D_RELATED)
    assert got["related"] == ["Buah Segar yang Baik untuk Ibu Hamil", "Kenapa Kita Perlu Minum Air Putih Setiap Pagi?"]
    assert got["tags"] == ["Gizi Keluarga"]
    assert got["subtitle"] == "Bukan hanya daging yang kaya zat besi!"
    assert got["paragraphs"][-1].startswith("Brokoli juga mengandung vitamin C")


# TEMPO21M_VIDEO (source above): Tempo's 2021 mobile template, no <head> of the story's own:
# article.detail-artikel > div.detail-title (h1.title, div.block-avatar with "Reporter" and
# "Editor" h4 labels over h4 > a names, h4.date, a "10 Komentar" link), the player's
# div.foto-detail, div.detail-in with "TEMPO.CO, Jakarta - " and a "Video: ..." credit line;
# div.box-tag-detail; then "Video Terkait" cards, each a figure.img-card > a >
# div.bottom-label-right (the length) + img, and article.text-card > h3.title > a, h4.date.
TEMPO21M_VIDEO = """<!doctype html>
<html lang="en" class="no-js">
<head><meta charset="UTF-8"><title>Tempo.Co</title></head>
<body>
<main class="cd-main-content nomenu"><div class="container overflow"><main class="main-full">
<div class="blockbox overflow margin-bottom-no"><div class="breadcrumbs margin-top-sm margin-bottom-sm">
<ul class="sitemap"><li><a href="#" class="fade">Beranda</a>
</li><li><a href="#" class="fade selected">Video</a></li></ul>
</div></div>
<article class="detail-artikel">
<div class="detail-title">
<h1 class="title margin-bottom-sm">Warga Bersihkan Sungai Sebelum Musim Hujan</h1>
<div class="block-avatar margin-bottom-sm">
<div class="box-avatar margin-right-sm"><div class="avatar">
<a href="penulis.php"><img src="images/user02.jpg"></a></div>
<div class="text-avatar"><h4 class="title margin-bottom-ss">Reporter</h4>
<h4 class="title bold"><a href="penulis.php">Rina Wulandari</a>
</h4></div></div>
<div class="box-avatar"><div class="avatar"><a href="penulis.php"><img src="images/user01.jpg"></a></div>
<div class="text-avatar"><h4 class="title margin-bottom-ss">Editor</h4>
<h4 class="title bold"><a href="penulis.php">Budi Santoso</a>
</h4></div></div>
</div>
<h4 class="date margin-bottom-sm">Kamis, 4 Maret 2021 | 14:06 WIB</h4>
<div class="box-share-top margin-bottom-sm"><a href="#comment"
class="top-comment radius2"><div class="icon-comment margin-right-ss">
</div>10 Komentar</a></div>
</div>
<div class="foto-detail margin-bottom-sm"><div class="videoframe">
<iframe width="560" height="315" src="https://www.youtube.com/embed/abc123"
title="YouTube video player" allowfullscreen></iframe>
</div></div>
<div class="detail-in">
<p>TEMPO.CO, Jakarta - Ratusan warga membersihkan sungai di
Jakarta Timur pada Minggu pagi agar air tidak meluap saat musim
hujan tiba.</p>
<p>Sampah plastik dan ranting diangkut dengan perahu karet ke tempat pembuangan sementara di ujung kampung.</p>
<p>Video: Antara (Nama Juru Kamera/Nama Penyunting)</p>
</div>
</article>
<div class="box-tag-detail"><a href="#">Sungai</a><a href="#">Banjir</a></div>
<div class="detail-artikel berikutnya margin-top-lg"><div class="blockbox overflow margin-bottom-xs">
<h2 class="titlebox">Video Terkait</h2>
<ul class="row-list row2 list-dua-kolom margin-bottom-xs">
<li><div class="card-box">
<figure class="img-card"><a href="detail-video.php"><div class="bottom-label-right">03:12</div>
<img src="foto/foto02.jpg"></a></figure>
<article class="text-card padding-top-no"><h3 class="title line3">
<a href="detail-video.php">Perahu Karet Disiagakan di Bantaran
Kali</a></h3>
<h4 class="date margin-top-xs">5 Menit Lalu</h4></article>
</div></li>
<li><div class="card-box">
<figure class="img-card"><a href="detail-video.php"><div class="bottom-label-right">02:47</div>
<img src="foto/foto05.jpg"></a></figure>
<article class="text-card padding-top-no"><h3 class="title line3">
<a href="detail-video.php">Pompa Air Diuji Coba Menjelang Musim
Hujan</a></h3>
<h4 class="date margin-top-xs">5 Menit Lalu</h4></article>
</div></li>
</ul>
</div></div>
</main></div></main>
</body>
</html>
"""


def test_tempo21m_video_whole_record() -> None:
    assert _record(TEMPO21M_VIDEO) == {
        **EMPTY_RECORD,
        "outlet": "tempo",
        "title": "Warga Bersihkan Sungai Sebelum Musim Hujan",
        "authors": ["Rina Wulandari"],
        "editors": ["Budi Santoso"],
        "published": "2021-03-04T14:06:00+07:00",
        "dateline": "Jakarta",
        "related": ["Perahu Karet Disiagakan di Bantaran Kali", "Pompa Air Diuji Coba Menjelang Musim Hujan"],
        "tags": ["Sungai", "Banjir"],
        "paragraphs": [
            ("Ratusan warga membersihkan sungai di Jakarta Timur pada Minggu pagi agar air tidak meluap saat musim "
             "hujan tiba."),
            "Sampah plastik dan ranting diangkut dengan perahu karet ke tempat pembuangan sementara di ujung kampung.",
        ],
    }


def test_a_one_word_tab_still_closes_a_related_list() -> None:
    # A word with letters printed unlike the items after them is still the next box's tab.
    page = TEMPO21M_VIDEO.replace('<div class="bottom-label-right">02:47</div>',
                                  '</a></figure></div></li></ul><div class="tabs"><a href="#">Forum</a></div>'
                                  '<ul><li><div><figure><a href="detail-video.php">')
    assert _record(page)["related"] == ["Perahu Karet Disiagakan di Bantaran Kali"]


# GGWP19M (source above): a WordPress theme (GGWPMv3): the preview's ad box with an h3
# "TVC Spot Masthead", h2.ui.header (the headline), section.post-info with span.author > a,
# a " - " span and span.date, div.single-page-featured's picture, div.content-page with a
# share bar, the site's promo between ``<hr />``, ``<p>`` paragraphs, an unrendered
# Instagram embed (blockquote.instagram-media), div.page-tags "#" + links, the "Tentang
# Penulis" box.
GGWP19M = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>Turnamen Kampus Digelar Akhir Pekan Ini</title>
<link rel="canonical" href="https://www.ggwp.id/2019/07/15/turnamen-kampus-digelar/" />
<meta property="og:title" content="Turnamen Kampus Digelar Akhir Pekan Ini" />
<meta property="og:site_name" content="GGWP.ID"/>
</head>
<body>
<div class="single-page"><div class="container is-mobile content">
<center><div style="background-color: red; color: white; display: block; width: 300px; height: 250px;">
<div style="position: relative; top: 50%;"><h3 style="font-size: 26px; font-weight: bold; color: white;">TVC
Spot Masthead</h3>
<p style="font-size: 16px;">300 x 250 px</p></div></div></center>
<h2 class="ui header">Turnamen Kampus Digelar Akhir Pekan Ini</h2>
<section class="post-info">
<span class="author"><a href="https://www.ggwp.id/author/sari/">Sari Dewi</a></span>
<span> - </span>
<span class="date">15 July 2019</span>
</section>
<div class="single-page-featured"><img class="ui image clearfix"
src="https://www.ggwp.id/wp-content/uploads/2019/07/turnamen.jpg"
/></div>
<div class="content-page">
<p>Sebanyak enam belas tim mahasiswa akan bertanding dalam turnamen
kampus yang digelar akhir pekan ini di Bandung.</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"
data-instgrm-version="12">
<div style="padding:16px;"> <a href="https://www.instagram.com/p/abc/" target="_blank"> </p>
<div style="padding-top: 8px;"><div style=" color:#3897f0;"> View this post on Instagram</div></div>
<p></a> </p>
<p style=" margin:8px 0 0 0; padding:0 4px;"> <a href="https://www.instagram.com/p/abc/"
target="_blank">Ayo dukung tim kampusmu! #turnamen #kampus</a>
</p>
<p style=" color:#c9c8cd; margin-top:8px;">A post shared by
<a href="https://www.instagram.com/contohkampus/" target="_blank">
Kampus Contoh</a> (@contohkampus) on <time datetime="2019-07-15T04:00:25+00:00">Jul
14, 2019 at 9:00pm PDT</time></p>
</div>
</blockquote>
<p>Panitia menyiapkan hadiah berupa beasiswa dan perangkat komputer bagi tim pemenang.</p>
<p>Pendaftaran penonton dibuka gratis melalui laman resmi panitia sampai Jumat malam.</p>
</div>
<div class="page-tags"><strong>#</strong> <a href="https://www.ggwp.id/tag/turnamen/"
rel="tag">turnamen</a>  <a href="https://www.ggwp.id/tag/kampus/"
rel="tag">kampus</a></div>
<div class="ui grid author-info"><div class="desc"><h4><span>Tentang Penulis</span></h4>
<div class="content"><a class="summary" href="https://www.ggwp.id/author/sari/">Sari Dewi</a></div></div></div>
</div></div>
</body>
</html>
"""


def test_ggwp19m_whole_record() -> None:
    assert _record(GGWP19M) == {
        **EMPTY_RECORD,
        "title": "Turnamen Kampus Digelar Akhir Pekan Ini",
        "authors": ["Sari Dewi"],
        "published": "2019-07-15",
        "tags": ["turnamen", "kampus"],
        "paragraphs": [
            ("Sebanyak enam belas tim mahasiswa akan bertanding dalam turnamen kampus yang digelar akhir pekan ini "
             "di Bandung."),
            "Panitia menyiapkan hadiah berupa beasiswa dan perangkat komputer bagi tim pemenang.",
            "Pendaftaran penonton dibuka gratis melalui laman resmi panitia sampai Jumat malam.",
        ],
    }


def test_ggwp19m_body_alone_keeps_its_headline() -> None:
    assert _record(body_only(GGWP19M))["title"] == "Turnamen Kampus Digelar Akhir Pekan Ini"


# Kumparan's feed items (source above): the summary, then the channel's hashtag, spaced
# or glued; the item's title and link as the caller's hints.
def test_kumparan_feed_items_close_with_their_hashtag() -> None:
    items = [
        ("Meski ada antrean panjang, petugas tetap melayani warga sampai sore. #kumparanNEWS",
         "Meski ada antrean panjang, petugas tetap melayani warga sampai sore."),
        (("Hujan deras membuat jalan utama tergenang setinggi lutut pada Jumat (26/11) sekitar pukul 11.00 WIB."
          "#kumparanNEWS"),
         "Hujan deras membuat jalan utama tergenang setinggi lutut pada Jumat (26/11) sekitar pukul 11.00 WIB."),
        (("Perwakilan pedagang pasar meminta pemerintah kota menunda kenaikan tarif kios sampai tahun depan. "
          "#publisherstory"),
         "Perwakilan pedagang pasar meminta pemerintah kota menunda kenaikan tarif kios sampai tahun depan."),
    ]
    for description, story in items:
        got = cleaner.clean(description, url="https://kumparan.com/kumparannews/contoh-berita-1abcDEFghij",
                            hints={"title": "Contoh Judul Berita"})
        assert got.paragraphs == (story,)
        assert got.title == "Contoh Judul Berita" and got.outlet == "kumparan"


def test_a_kumparan_hashtag_inside_a_sentence_is_cut_only_there() -> None:
    got = cleaner.clean("Warga ramai membagikan foto banjir dengan tagar #kumparanNEWS sejak pagi tadi hingga sore.",
                        url="https://kumparan.com/kumparannews/contoh-1abcDEFghij")
    assert all("#" not in p for p in got.paragraphs)


# One feed item kept whole (RSS 2.0 as tempo.co's feed prints its items, with the
# content:encoded and dc:creator a WordPress feed adds; an Atom entry).
RSS_ITEM = """<item>
  <title><![CDATA[Warga Tanam Seribu Bibit Bakau di Pesisir]]></title>
  <link>https://www.tempo.co/lingkungan/warga-tanam-seribu-bibit-bakau-2122790</link>
  <dc:creator><![CDATA[Rina Wulandari]]></dc:creator>
  <pubDate>Tue, 17 Mar 2026 12:46:18 +0700</pubDate>
  <category><![CDATA[Lingkungan]]></category>
  <description><![CDATA[Warga menanam seribu bibit bakau di pesisir utara.]]></description>
  <content:encoded><![CDATA[<p><strong>TEMPO.CO</strong>, Jakarta
- Warga desa menanam seribu bibit bakau di pesisir utara pada
Selasa pagi.</p><p>Kegiatan itu diikuti pelajar dan nelayan
setempat.</p>]]></content:encoded>
</item>"""


def test_one_rss_item_is_read_as_its_story() -> None:
    got = cleaner.clean(RSS_ITEM)
    assert got.title == "Warga Tanam Seribu Bibit Bakau di Pesisir"
    assert got.url == "https://www.tempo.co/lingkungan/warga-tanam-seribu-bibit-bakau-2122790"
    assert got.outlet == "tempo" and got.authors == ("Rina Wulandari",)
    assert got.published == "2026-03-17T12:46:00+07:00" and got.dateline == "Jakarta"
    assert got.paragraphs == ("Warga desa menanam seribu bibit bakau di pesisir utara pada Selasa pagi.",
                              "Kegiatan itu diikuti pelajar dan nelayan setempat.")


def test_one_rss_item_with_a_short_description_only() -> None:
    item = ("<item><title>Jalur Mudik Ditutup Sementara</title>"
            "<link>https://www.tempo.co/hukum/jalur-mudik-ditutup-sementara-2122761</link>"
            "<pubDate>Tue, 17 Mar 2026 11:11:02 +0700</pubDate>"
            "<description>Polisi menutup sementara jalur lintas timur akibat kepadatan kendaraan.</description></item>")
    got = cleaner.clean(item)
    assert got.title == "Jalur Mudik Ditutup Sementara" and got.published == "2026-03-17T11:11:00+07:00"
    assert got.paragraphs == ("Polisi menutup sementara jalur lintas timur akibat kepadatan kendaraan.",)


def test_one_atom_entry_is_read_as_its_story() -> None:
    entry = ('<entry><title>Judul Berita Atom</title>'
             '<link rel="alternate" href="https://kumparan.com/kumparannews/judul-berita-atom-1abcDEFghij"/>'
             '<id>tag:contoh,2024:1</id><updated>2024-05-01T10:00:00+07:00</updated>'
             '<author><name>Budi Santoso</name></author>'
             '<content type="html">&lt;p&gt;Paragraf pertama berita ini cukup panjang untuk dibaca sebagai '
             'cerita yang utuh.&lt;/p&gt;&lt;p&gt;Paragraf kedua menutup berita.&lt;/p&gt;</content></entry>')
    got = cleaner.clean(entry)
    assert got.title == "Judul Berita Atom" and got.authors == ("Budi Santoso",)
    assert got.url == "https://kumparan.com/kumparannews/judul-berita-atom-1abcDEFghij"
    assert got.published == "2024-05-01T10:00:00+07:00"
    assert got.paragraphs == ("Paragraf pertama berita ini cukup panjang untuk dibaca sebagai cerita yang utuh.",
                              "Paragraf kedua menutup berita.")


def test_a_text_opening_with_an_item_word_stays_text() -> None:
    # "<item>" with no title, link or id next is no feed item: the text stays as written.
    text = "<item> nomor satu dalam daftar belanja warga adalah beras.\nHarga beras naik lagi pekan ini di pasar."
    got = cleaner.clean(text)
    assert got.paragraphs and not got.title


def test_one_rss_item_cut_short_keeps_what_arrived() -> None:
    # A download cut inside the item's content: its title and the story up to the cut.
    cut = RSS_ITEM[:RSS_ITEM.index("pelajar dan nelayan")]
    got = cleaner.clean(cut)
    assert got.title == "Warga Tanam Seribu Bibit Bakau di Pesisir"
    assert got.paragraphs == ("Warga desa menanam seribu bibit bakau di pesisir utara pada Selasa pagi.",
                              "Kegiatan itu diikuti")


def test_an_update_stamp_in_the_by_line_is_no_publication_date() -> None:
    # The by-line line's date is read only when it is no update time (hAtom's time.updated).
    page = GGWP19M.replace('<span class="date">15 July 2019</span>',
                           '<span class="date"><time class="updated">15 July 2019</time></span>')
    assert _record(page)["published"] is None
