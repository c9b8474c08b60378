"""Raw HTML that no test cited (blindhtml52), cleaned from the file alone (no URL, no
outlet), as the held-out pages are scored.

IDN21_DESKTOP: www.idntimes.com's desktop article page of August 2021 (the code index's
file id 18212393701, a saved page of /business/finance/<writer>/kisah-inspiratif-
menjajal-peluang-bisnis-baru-saat-pandemik-covid; read there, never copied). Cleaned
blind, every field came back right but one: its "Topic:" list printed six
``a.btn-topic`` links to /tag/ pages and the record had five. The sixth, "Inspire Me",
is one of the newsroom's "user need" labels, which the rule idntimes-user-need-label
drops as a widget's words because 2026 pages file them with a story's keywords and do
not print them; this page prints it as a tag with a tag page of its own (/tag/
inspire-me). Fixed in `_Work.add`: a tag read from a block whose links all go to topic
pages is kept whatever a widget rule says of its words (a comment counter or a share
button never links to a tag page); a keyword from the JSON-LD or the metas is still
held to the rule (tests at the end, with negatives).

The fixture keeps the page's markup (tags, classes, ids, nesting, the chrome's labels as
printed, the ``<head>`` shape: the dataLayer's articleInfo push, the NewsArticle and
BreadcrumbList JSON-LD) with invented sentences and invented names: the header's
menus and "Trending" ticker, the breadcrumb whose last item is the ``time.date``
"09 Aug 21 | 07:44", section.content-post > h1.title-text, div.excerpt (the deck),
div.featured-image (img + caption span), div.box-information (the "Verified" label over
the writer's link with a badge image, the share box), article#article-content: the
"<strong>Place, IDN Times </strong>-&nbsp;" dateline, "Baca Juga" pointers as
``p > a > strong > em``, div.show-page / div.split-page pages, div.inarticle-ads slots,
numbered ``h2`` sections, div.embed-image (img + span.main-article-source), the
div.editors-pick box, an empty ``p > i``; then the "Read More" button and its script,
div.content-post-topic ("Topic:" + li > a.btn-topic), div.content-post-editorial
("Editorial Team", "Show All", the editor's name and "Editor"), the comments box, and
section.latest-post "Berita Terkini Lainnya" cards. The source's tabs and long lines
are re-wrapped to spaces and shorter lines, which HTML reads alike.
"""

from __future__ import annotations

import cleaner
from tests.scored import scored_record as _record

_URL = "https://www.idntimes.com/business/finance/sinta-maharani/kisah-perajin-anyaman-bambu-bertahan-saat-pandemik"

_TOPICS = ("kerajinan", "umkm", "usaha", "pandemik covid-19", "COVID-19", "Inspire Me")


def _idn21(topics: tuple[str, ...] = _TOPICS) -> str:
    items = "".join(
        f'\t\t\t\t\t\t\t\t<li><a href="https://www.idntimes.com/tag/{t.lower().replace(" ", "-")}" class="btn-topic">'
        f"{t}</a></li>\n" for t in topics)
    return IDN21_DESKTOP.replace("{TOPICS}", items)


IDN21_DESKTOP = """
<!DOCTYPE html>
<html class="no-js" lang="id" itemscope itemtype="//schema.org/WebSite" />
    <head>
        <meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, minimal-ui">
<meta name="author" content="IDN Times" />
<meta name="csrftoken" content="" id="csrftoken" />
                                <title itemprop="name">Kisah Perajin Anyaman Bambu Bertahan saat Pandemik</title>
            <meta name="description" content="Pesanan anyaman bambu sempat terhenti selama berbulan-bulan." />
        <link rel="canonical" href="URL" itemprop="url">
        <meta name="author" content="Sinta Maharani">
        <meta itemprop="name" content="Kisah Perajin Anyaman Bambu Bertahan saat Pandemik COVID-19" />
        <meta itemprop="description" content="Perajin beralih menjual secara daring" />
        <meta name="twitter:title" content="Kisah Perajin Anyaman Bambu Bertahan saat Pandemik COVID-19" />
        <meta property="og:type" content="website" />
        <meta property="og:url" content="URL" />
        <meta property="og:title" content="Kisah Perajin Anyaman Bambu Bertahan saat Pandemik COVID-19" />
        <meta property="og:description" content="Perajin beralih menjual secara daring" />
        <meta property="og:site_name" content="IDN Times" />
<script>
    var googletag = googletag || {};
        var topic = ['kerajinan','umkm','usaha','pandemik covid-19','COVID-19','Inspire Me',];
</script>
            <script>
            window.dataLayer.push({
                'event': 'articleInfo',
                'authorName': 'Sinta Maharani',
                'authorStatus': authorStatus,
                'editorName': 'Hendra Kusuma',
                'publishedDate': '09 Agustus 2021 '
            });
        </script>
        <script type="application/ld+json">
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": "URL",
            "headline": "Kisah Perajin Anyaman Bambu Bertahan saat Pandemik",
            "datePublished": "2021-08-09T07:44:00+07:00",
            "dateModified": "2021-08-14T16:28:49+07:00",
            "author": {
                "@type": "Person",
                "name": "Sinta Maharani"
            },
            "publisher": {
                "@type": "Organization",
                "name": "IDN Times"
            },
            "description": "Perajin beralih menjual secara daring"
        }
        </script>
        <script type="application/ld+json">
        {
            "@context": "http://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [{
                "@type": "ListItem", "position": 1,
                "item": {"@id": "https://www.idntimes.com/business", "name": "Business"}
            },{
                "@type": "ListItem", "position": 2,
                "item": {"@id": "https://www.idntimes.com/business/finance", "name": "Finance"}
            }]
        }
        </script>
    </head>

    <body id="idntimes-desktop" class="idntimes-desktop">
                    <header id="header" class="clearfix nav-up">
    <div class="top-header border-bottom-gradient-grey clearfix">
        <div class="wrapper">
            <div class="container">
                <div class="header-box1 clearfix">
                    <h1 class="header-logo">
                        <a href="https://www.idntimes.com">
                            <img src="/assets/img/idntimes.png" alt="IDN Times">
                        </a>
                    </h1>
                    <ul class="primary-submenu pull-right">
                                                    <li>
                                <a href="https://community.idntimes.com/login" class="btn join-btn">Gabung di IDN
                                Times</a>
                            </li>
                                            </ul>
                </div>
                <div class="header-box2 clearfix">
    <nav class="header-navbar" role="navigation">
        <ul class="navigation">
            <li class=" ">
                <a href="https://www.idntimes.com/news">News</a>
            </li>
            <li class="active">
                <a href="https://www.idntimes.com/business">Business</a>
            </li>
            <li class="dropdown-menu-list-header">
                <a href="#" tabindex="-1" class="dropdown-icon-corner">Regional &nbsp;<i
                        class="fa fa-caret-down"></i></a>
                <div class="dropdown-submenu-header">
                    <div class="submenu-box clearfix">
                        <p class="title-submenu">Regional</p>
                                                <ul class="dropdown-menu-regional clearfix">
                                <li class=""><a href="https://jabar.idntimes.com">Jawa Barat</a></li>
                                <li class=""><a href="https://banten.idntimes.com">Banten</a></li>
                                                    </ul>
                    </div>
                </div>
            </li>
        </ul>
    </nav>
    <div class="download-box">
        <p>DOWNLOAD IDN APP SEKARANG!</p>
    </div>
</div>
            </div>
        </div>
    </div>
    <div class="bottom-header clearfix">
        <div class="wrapper">
            <div class="container divide-table">
                <div class="box-running">
                    <a class="whats-hot">Trending</a>
                    <div class="running-text">
                        <div class="running-text-wrapper">
                            <ul class="running-text-list">
                                <li><a
                                href="https://www.idntimes.com/news/indonesia/a/jembatan-gantung-diresmikan">Jembatan
                                Gantung Desa Diresmikan Bupati</a></li>
                                <li><a href="https://www.idntimes.com/news/indonesia/b/harga-cabai-turun">Harga Cabai
                                di Pasar Induk Turun Lagi</a></li>
                            </ul>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</header>
        <div class=" wrapper   general-content-wrapper  ">
            <div class=" container  wrapper-content">
    <div id="article-page" class="article-content general-content  ">
        <ol class="breadcrumb">
                            <li>
                    <a href="https://www.idntimes.com/business">Business</a>
                </li>
                <li class="active">Finance</li>
                <li class="gimmick">
                    <time class="date" datetime="09 Aug 21 | 07:44">
                        09 Aug 21 | 07:44
                    </time>
                </li>
                    </ol>
        <div class="left-content content-insights">
            <section class="content-post clearfix">
                <div data-io-article-url="URL">
                    <h1 class="title-text">Kisah Perajin Anyaman Bambu Bertahan saat Pandemik COVID-19</h1>
                    <div class="excerpt">
                        Perajin beralih menjual secara daring
                    </div>
                    <div class="featured-image">
                        <img src="https://www.idntimes.com/assets/img/placeholder.png"
                        data-src="https://cdn.idntimes.com/content-images/post/20210809/anyaman-1_600x400.jpg"
                        class="full-width lazyload" alt="Kisah Perajin Anyaman Bambu Bertahan saat Pandemik COVID-19">
                                        <span>Perajin menganyam bambu di teras rumahnya - Dok. Sanggar Anyam</span>
                                            </div>
                    <div class="box-information">
                        <div class="author divide-table">
                            <div class="author-image divide-table-cell">
                                <a href="https://www.idntimes.com/sinta-maharani">
                                    <img src="https://www.idntimes.com/assets/img/placeholder-sq.png" alt="Sinta
                                    Maharani" class="lazyload">
                                </a>
                            </div>
                            <div class="author-name divide-table-cell">
                                <div>
                                            <span class="text-blue">
                                            Verified
                                        </span>
                                </div>
                                <a href="https://www.idntimes.com/sinta-maharani">
                                    Sinta Maharani
                                        <img class="author__badge"
                                        src="https://www.idntimes.com/assets/img/badge/user-verified/label-user-verified.png"
                                        alt="Verified">
                                </a>
                            </div>
                        </div>
                        <div class="share divide-table">
                            <div class="share-box divide-table-cell">
                                <a href="https://www.facebook.com/sharer/sharer.php?u=URL" title="Share Facebook"
                                data-title="facebook" class="share-facebook" target="_blank"><i class="fab
                                fa-facebook-f" aria-hidden="true"></i> Share to Facebook</a>
                                <a href="https://twitter.com/intent/tweet?url=URL&via=idntimes" title="Share Twitter"
                                data-title="twitter" class="share-twitter" target="_blank"><i class="fab fa-twitter"
                                aria-hidden="true"></i> Share to Twitter</a>
                            </div>
                            <div class="share-role  divide-table-cell">
                            </div>
                        </div>
                    </div>
                    <article id="article-content" class="content-post-description">
                        <p><strong>Yogyakarta, IDN Times </strong>-&nbsp;Pesanan anyaman bambu di sebuah dusun di
                        lereng bukit sempat terhenti selama berbulan-bulan. Para perajin lalu mencari cara agar dapur
                        mereka tetap mengepul.</p><p>Salah satunya Wulan Sari, perajin yang sudah dua puluh tahun
                        menganyam tampah dan keranjang bersama para tetangganya.</p><p>&ldquo;Awalnya kami bingung,
                        barang menumpuk di gudang dan tidak ada pembeli yang datang,&rdquo; kata Wulan.</p><p>
                        <a href="https://www.idntimes.com/news/indonesia/c/pasar-kerajinan-dibuka-lagi"
                        target="_blank">           <strong>             <em>Baca Juga: Pasar Kerajinan di Alun-alun
                        Dibuka Lagi Akhir Pekan Ini</em>           </strong>         </a>       </p><div
                        class='show-page' target='1'></div><div class='split-page split-page1 open'
                        data-target='1'><div style="margin: 10px auto;" class="inarticle-ads"><div
                        id=div-gpt-ad-inarticle1  class="loading-ads" style="width:728px;max-width:100%;margin:0px
                        auto;text-align: center;">
    <script>
        googletag.cmd.push(function() { googletag.display(div-gpt-ad-inarticle1); });
    </script>
</div>
</div><h2>1. Belajar berjualan lewat media sosial</h2><div class="embed-image"><img
src="https://cdn.idntimes.com/content-images/post/20210809/anyaman-2.jpg" alt="Kisah Perajin Anyaman Bambu Bertahan
saat Pandemik COVID-19" /><span class="main-article-source">Keranjang bambu siap kirim - Dok. Sanggar
Anyam</span></div><p>Anak-anak muda di dusun itu membantu para perajin memotret barang dan mengunggahnya ke media
sosial.</p><p>&ldquo;Sekarang pembeli dari luar pulau bisa pesan lewat pesan singkat, kami tinggal kirim,&rdquo;
ujarnya.</p><p>Harga sebuah keranjang kecil dipatok Rp35 ribu, sementara tampah besar dijual Rp60 ribu.</p><div
class="editors-pick">             <div class="title">                 <span>Lanjutkan membaca artikel di bawah</span>
</div>             <h3 class="title-editors-pick">Editor’s picks</h3>             <ul><li><a
href="https://www.idntimes.com/business/economy/d/ekspor-rotan-naik">Ekspor Rotan Naik pada Semester
Pertama</a></li><li><a href="https://www.idntimes.com/business/economy/e/kredit-usaha-rakyat">Penyaluran Kredit Usaha
Rakyat Dipercepat</a></li><li><a href="https://www.idntimes.com/business/economy/f/harga-bambu">Harga Bambu di Tingkat
Petani Ikut Naik</a></li></ul>             </div><p>Dalam sebulan, kelompok perajin itu kini bisa mengirim hingga tiga
ratus keranjang ke berbagai kota.</p><p>&nbsp;</p></div><div class='show-page hide' target='2'></div><div
class='split-page split-page2' data-target='2'><h2>2. Menjaga mutu anyaman</h2><div class="embed-image"><img
src="https://cdn.idntimes.com/content-images/post/20210809/anyaman-3.jpg" alt="Kisah Perajin Anyaman Bambu Bertahan
saat Pandemik COVID-19" /><span class="main-article-source">Bilah bambu dijemur sebelum dianyam - Dok. Sanggar
Anyam</span></div><p>Wulan memastikan setiap bilah bambu dijemur dulu agar anyaman tidak berjamur saat dikirim
jauh.</p><p>&ldquo;Kalau ada yang cacat, kami ganti, pembeli tidak perlu membayar lagi,&rdquo; katanya.</p><p>
<a href="https://www.idntimes.com/news/indonesia/g/pelatihan-desain-kemasan" target="_blank">           <strong>
<em>Baca Juga: Pelatihan Desain Kemasan untuk Pelaku Usaha Kecil</em>           </strong>         </a>
</p></div>

                        <p><i>  </i></p>

                    </article>

                            <div class="read-more-btn-check">
<div id="read-more" class="read-more-btn">
    <button class="btn btn-primary btn-lg btn-round" type="button">
        Read More
    </button>
</div>
<script>
    (function() {
        var lastUrlIsFull = window.location.pathname.indexOf('/full') > -1;
    })();
</script>
                        </div>
                </div>
                    <div class="content-post-topic">
                        <h3>Topic:</h3>
                        <ul>
{TOPICS}                        </ul>
                    </div>
                    <div class="content-post-editorial">
                        <div class="content-post-editorial-header divide-table">
                            <ul class="content-post-editorial-photo divide-table-cell">
                                <li><img src="https://www.idntimes.com/assets/img/placeholder-sq.png" alt="Hendra
                                Kusuma" class="lazyload"></li>
                            </ul>
                            <div class="content-post-information divide-table-cell">
                                <span class="date">Editorial Team</span>
                                <a href="javascript:;" data-toggle="collapse" data-target="#editor-profile"
                                class="">Show All</a>
                            </div>
                        </div>
                        <div id="editor-profile" class="content-post-editorial-content collapse">
                            <fieldset>
                                <ul class="content-post-editorial-full">
                                            <li class="divide-table">
                                            <div class="content-post-image divide-table-cell">
                                        <img src="https://www.idntimes.com/assets/img/placeholder-sq.png" alt="Hendra
                                        Kusuma" class="lazyload">
                                            </div>
                                            <div class="content-post-name divide-table-cell">
                                                <a href="https://www.idntimes.com/hendra-kusuma">Hendra Kusuma</a>
                                                <span>Editor</span>
                                            </div>
                                            </li>
                                </ul>
                            </fieldset>
                        </div>
                    </div>
                    <div class="content-post-comment" style="width: 100%;">
                        <div class="fb-comments" data-href="URL" data-width="100%" data-numposts="5"></div>
                    </div>
                    <section class="latest-post clearfix">
                        <h3 class="section-title"><span>Berita Terkini Lainnya</span></h3>
                        <div id="related-articles" class="list-latest main-latest clearfix">
                                <div class="box-latest box-list">
                                    <a href="https://www.idntimes.com/business/economy/h/pabrik-gula-giling"
                                    title="Pabrik Gula Mulai Musim Giling" class="box-panel just-for-you-click"
                                    data-position="1">
                                        <div class="image-latest box-image">
                                        <img class="large-thumbnail lazyload"
                                        src="https://www.idntimes.com/assets/img/placeholder.png" alt="Pabrik Gula
                                        Mulai Musim Giling">
                                        </div>
                                    </a>
                                    <div class="description-latest box-description">
                                        <div class="date-cat">
                                            <span class="category">
                                        <a href="https://www.idntimes.com/business">Business</a>
                                        </span>
                                            <time class="date" datetime="14 Aug 21 | 15:19">
                                                14 Aug 21 | 15:19
                                            </time>
                                        </div>
                                        <a href="https://www.idntimes.com/business/economy/h/pabrik-gula-giling"
                                        title="Pabrik Gula Mulai Musim Giling" class="just-for-you-click"
                                        data-position="1"><h2 class="title-text">Pabrik Gula Mulai Musim
                                        Giling</h2></a>                                    </div>
                                </div>
                        </div>
                    </section>
            </section>
        </div>
    </div>
            </div>
        </div>
    </body>
</html>
""".replace("URL", _URL)

_STORY = [
    ("Pesanan anyaman bambu di sebuah dusun di lereng bukit sempat terhenti selama berbulan-bulan. "
     "Para perajin lalu mencari cara agar dapur mereka tetap mengepul."),
    ("Salah satunya Wulan Sari, perajin yang sudah dua puluh tahun menganyam tampah dan keranjang "
     "bersama para tetangganya."),
    "“Awalnya kami bingung, barang menumpuk di gudang dan tidak ada pembeli yang datang,” kata Wulan.",
    "1. Belajar berjualan lewat media sosial",
    "Anak-anak muda di dusun itu membantu para perajin memotret barang dan mengunggahnya ke media sosial.",
    "“Sekarang pembeli dari luar pulau bisa pesan lewat pesan singkat, kami tinggal kirim,” ujarnya.",
    "Harga sebuah keranjang kecil dipatok Rp35 ribu, sementara tampah besar dijual Rp60 ribu.",
    "Dalam sebulan, kelompok perajin itu kini bisa mengirim hingga tiga ratus keranjang ke berbagai kota.",
    "2. Menjaga mutu anyaman",
    "Wulan memastikan setiap bilah bambu dijemur dulu agar anyaman tidak berjamur saat dikirim jauh.",
    "“Kalau ada yang cacat, kami ganti, pembeli tidak perlu membayar lagi,” katanya.",
]


def test_idn21_desktop_whole_record() -> None:
    assert _record(_idn21()) == {
        "outlet": "idntimes", "title": "Kisah Perajin Anyaman Bambu Bertahan saat Pandemik COVID-19",
        "subtitle": "Perajin beralih menjual secara daring", "authors": ["Sinta Maharani"],
        "editors": ["Hendra Kusuma"], "published": "2021-08-09T07:44:00+07:00", "dateline": "Yogyakarta",
        "source": None, "reading_time_minutes": None, "summary": [],
        # the featured image's and the section pictures' credit-dashed captions
        "captions": ["Perajin menganyam bambu di teras rumahnya - Dok. Sanggar Anyam",
                     "Keranjang bambu siap kirim - Dok. Sanggar Anyam",
                     "Bilah bambu dijemur sebelum dianyam - Dok. Sanggar Anyam"],
        # the story's own "Baca Juga" pointers; the Editor's picks box and the latest
        # cards are site-wide, no related titles
        "related": ["Pasar Kerajinan di Alun-alun Dibuka Lagi Akhir Pekan Ini",
                    "Pelatihan Desain Kemasan untuk Pelaku Usaha Kecil"],
        # every printed topic link, the user-need label "Inspire Me" among them
        "tags": list(_TOPICS),
        "paragraphs": _STORY,
    }


def test_idn21_desktop_with_its_url() -> None:
    record = cleaner.clean(_idn21(), url=_URL).to_dict()
    assert record["tags"] == list(_TOPICS)
    assert record["paragraphs"] == _STORY
    assert record["editors"] == ["Hendra Kusuma"]


def test_printed_user_need_topic_kept_under_the_generic_rules_too() -> None:
    record = cleaner.clean(_idn21(), outlet="generic").to_dict()
    assert record["tags"] == list(_TOPICS)


def test_user_need_label_only_in_keywords_is_still_no_tag() -> None:
    # Negative: the label the page does not print (its JSON-LD keywords, the 2026 pages'
    # way) stays out; the printed list here has none.
    page = _idn21(_TOPICS[:0]).replace(
        '"description": "Perajin beralih menjual secara daring"',
        '"description": "Perajin beralih menjual secara daring", "keywords": ["kerajinan", "Inspire me"]')
    assert _record(page)["tags"] == ["kerajinan"]


def test_widget_words_in_a_link_list_to_other_pages_are_still_no_tag() -> None:
    # Negative: a comment counter linked beside the topic links, to the comments anchor
    # and not to a tag page, is no tag; the topic links stay.
    page = _idn21(("kerajinan", "umkm")).replace(
        '<li><a href="https://www.idntimes.com/tag/umkm" class="btn-topic">umkm</a></li>',
        '<li><a href="https://www.idntimes.com/tag/umkm" class="btn-topic">umkm</a></li>\n'
        '<li><a href="#komentar" class="btn-comment">0 Komentar</a></li>')
    assert _record(page)["tags"] == ["kerajinan", "umkm"]
