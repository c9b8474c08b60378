"""Real article markup of 2015-19, outlets other than Tempo, Kumparan and IDN Times, read
from the file alone (no URL, no outlet option), as the held-out pages are scored.

Evidence (never copied: each page below is written for this file, the real page's
structure kept, its sentences, names and addresses invented):

- viva.co.id, June 2015: hafizbadrie/slasherrb spec/cases/viva.html @
  9f36a9713d1fe07755f1ea64eb481194b53d1d2c (a saved dunia.news.viva.co.id story). The
  head prints ``meta name=title``, ``news_keywords``, a ``tags`` meta, the publisher as
  ``meta name=author`` and ``og:``/canonical links. In ``article.article-detail``: the
  channel's name (``div.upperdeck-kanal``), ``div.title > h1``, ``div.summary``, the date
  and "Oleh :" by-line in ``div.smalldesc``, the photo alone in ``div.thumbcontainer``
  (an ad network's empty ``div.kskdDiv`` boxes after the ``img``), its caption with the
  credit bolded in ``div.photodesc``, then ``div#article-content.content``: a skyscraper
  ad slot, the share ``aside`` and the story in ``span[itemprop=articleBody]``, its
  paragraphs apart by ``<br><br>`` (no ``<p>``, no ``<div>``), opened by
  ``<strong>VIVA.co.id</strong> - `` and closed by the editor's initials "(ren)". The
  2016 layout (tests/test_real_layouts_national_b.py) prints the same span around
  ``<div>`` lines; a span of bare lines has no block of its own, and the schema.org
  selector found only its first line: the density choice then took the whole
  ``article`` box, the photo caption with it, and the outlet prefix stayed on the
  first paragraph.
"""

from __future__ import annotations

import cleaner

STORY = [
    ("Warga pesisir utara membutuhkan waktu hampir tiga hari untuk menambal tanggul yang jebol diterjang "
     "ombak pasang. Mereka bekerja bergiliran siang dan malam."),
    ("Dilansir dari Kabar Desa, Jumat, 19 Juni 2015, kepala desa mengatakan sedikitnya dua ratus karung pasir "
     "dipakai untuk menutup bagian yang rusak, sementara puluhan rumah masih tergenang."),
    ("Ketua kelompok nelayan menyebut air laut masuk ke permukiman sejak Senin malam, ketika angin kencang dan "
     "pasang tinggi datang bersamaan."),
    ("Namun ia menolak menyebut berapa kerugian yang diderita warga. Menurut dia, pendataan masih berjalan dan "
     "akan selesai pekan depan."),
    ("Sebanyak tiga puluh keluarga sempat mengungsi ke balai desa. Sebagian sudah kembali ke rumah, sementara "
     "lainnya masih menunggu air surut."),
]
TITLE = "Warga Pesisir Butuh Tiga Hari Menambal Tanggul"
URL = "http://dunia.news.contoh.co.id/news/read/640310-warga-pesisir-butuh-tiga-hari-menambal-tanggul"
CAPTION = "Warga mengangkut karung pasir ke tepi tanggul desa. (REUTERS/Budi Santoso)"


def _story_br(story: list[str]) -> str:
    """The 2015 body: bare lines apart by ``<br><br>``, a ``<br>`` after the last."""
    first = f"<strong>CONTOH.co.id</strong> - {story[0]}"
    return "<br><br>".join([first, *story[1:-1], f"{story[-1]} (ren)"]) + "<br>"


def _story_mixed(story: list[str]) -> str:
    """Bare lines first, then ``<p>`` paragraphs in the same span (an editor's paste)."""
    first = f"<strong>CONTOH.co.id</strong> - {story[0]}"
    rest = "".join(f"<p>{p}</p>" for p in [*story[2:-1], f"{story[-1]} (ren)"])
    return f"{first}<br><br>{story[1]}{rest}"


def _viva_2015(body: str) -> str:
    return f"""<html xmlns="http://www.w3.org/1999/xhtml" itemscope="itemscope" itemtype="http://schema.org/WebPage"><head>
<title>{TITLE}</title>
<meta name="title" content="{TITLE}">
<meta name="description" content="Puluhan warga bergotong royong menambal tanggul yang jebol">
<meta name="keywords" content="tanggul jebol,banjir rob,warga pesisir">
<meta name="news_keywords" content="tanggul jebol,banjir rob,warga pesisir">
<meta name="tags" content="tiga hari,tanggul jebol,warga,pesisir,tanggul,hari">
<meta name="robots" content="index,follow">
<meta content="PT. CONTOH MEDIA BARU - CONTOH.co.id" name="author">
<meta content="id" name="language">
<meta charset="utf-8">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="http://img.contoh.id/thumbs2/2015/06/19/320367_tanggul_663_382.jpg">
<meta property="og:description" content="Puluhan warga bergotong royong menambal tanggul yang jebol.">
<meta property="og:type" content="article">
<link rel="alternate" media="handheld" href="http://m.news.contoh.co.id/news/read/640310-warga-pesisir">
<link rel="canonical" href="{URL}">
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</head><body>
<header><nav><ul class="static list-container clearfix">
<li class="vnews"><a class="link " href="http://news.contoh.co.id/" target="_blank">BERITA</a>
<ul class="subkanal sublist-container"><li><a href="http://politik.news.contoh.co.id/">POLITIK</a></li>
<li><a href="http://dunia.news.contoh.co.id/">DUNIA</a></li></ul></li>
<li class="vbola"><a class="link " href="http://bola.contoh.co.id/" target="_blank">BOLA</a></li></ul>
<ul class="float list-container clearfix"><li class="indeks">
<a class="link" href="http://www.contoh.co.id/indeks/berita/dunia" target="_blank">INDEKS</a></li></ul></nav>
</header>
<div class="headergap" style="height: 198px;"></div>
<section id="skinframe-ad" class="skinframe"><div class="grid full center" style="height:1000px; "></div></section>
<div class="row b"><div class="grid full center atas"><div class="grid colA atas">
<article class="article-detail clearfix">
<div class="upperdeck-kanal">
\t\t\t\t\tDUNIA\t\t\t\t</div>
<div class="upperdeck"></div>
<div itemprop="name" class="title"><h1>{TITLE}</h1></div>
<div class="summary">Puluhan warga bergotong royong menambal tanggul yang jebol.</div>
<div class="smalldesc">
<div itemprop="datePublished" class="date">Jum'at, 19 Juni 2015 | 13:12 WIB</div>
<div itemprop="author" itemscope="" itemtype="http://schema.org/Person" class="author">Oleh :\x20
\t\t\t\t\t\t<b>Rina Wulandari</b>\t\t\t\t\t</div>
</div>
<div class="thumbcontainer">
<img itemprop="image" src="http://img.contoh.id/thumbs2/2015/06/19/320367_tanggul_663_382.jpg" alt="{TITLE}">
<div class="kskdDiv kskdCls" style="position: relative; display: block; width: 0px; height: 0px;">
<div class="kskdDiv" style="position: absolute; width: 663px; height: 382px;"><div class="kskdDiv"></div></div></div>
</div>
<div class="photodesc">{CAPTION.replace(" (", "<b>&nbsp;(")}</b></div>
<div id="article-content" class="content" style="padding-top: 0px;">
<div class="portlet sideskycrapper"><!-- begin ads: kanal-skyscrapper -->
<script type="text/javascript">var m3_r = Math.floor(Math.random()*99999999999);</script>
<ins class="adsbygoogle" style="display:inline-block;width:120px;height:600px"></ins>
<noscript>&lt;a href='http://ads.contoh.co.id/ck.php'&gt;&lt;/a&gt;</noscript>
<!-- end ads: kanal-skyscrapper --></div>
<aside id="sharebox" class="shareArea">
<script type="text/javascript">$(function(){{ $('#sharebox').shareStack(); }});</script>
<div id="share" class="shareModule clearfix" style="position: relative; top: 0px;">
<div class="modList" style="height:62px;"><div class="fb-share-button" data-layout="box_count"></div></div>
<div class="modList" style="height:30px;">
<a class="printBtn" href="javascript:void(0);" onclick="window.print();"></a></div>
</div></aside>
<span itemprop="articleBody">{body}</span>
</div>
</article>
<!-- pagination START --><!-- pagination END -->
<div class="portlet banner-redaksi" style="margin-top:10px;"><div class="lazyload_ad">
<code type="text/javascript"><!--//<![CDATA[
var m3_u = 'http://ads.contoh.co.id/ajs.php';
//]]>--></code></div></div>
<div class="portlet fb-comments"><div class="titlebar t5">
\t\t\t\t\tKOMENTARI ARTIKEL INI
\t\t\t\t</div><div class="fb-comments" data-num-posts="10" data-width="662"></div></div>
</div></div></div></body></html>"""


def _check_viva_2015(record: cleaner.Article) -> None:
    assert record.outlet == "generic"
    assert record.url == URL
    assert record.title == TITLE
    assert record.subtitle == "Puluhan warga bergotong royong menambal tanggul yang jebol."
    assert list(record.authors) == ["Rina Wulandari"]  # the publisher's meta author is no person
    assert list(record.editors) == []
    assert record.published == "2015-06-19T13:12:00+07:00"
    assert record.dateline is None  # "CONTOH.co.id - " names no place
    assert record.source is None
    assert record.reading_time_minutes is None
    assert list(record.summary) == []
    assert list(record.captions) == [CAPTION]
    assert list(record.related) == []
    assert list(record.paragraphs) == STORY
    assert record.text == "\n\n".join(STORY)
    rules = {r.text: r.rule for r in record.removed}
    assert rules["(ren)"] == "signoff"
    assert rules["KOMENTARI ARTIKEL INI"] == "html-drop"


def test_viva_2015_story_of_bare_lines_in_an_inline_article_body() -> None:
    """The story's paragraphs are the span's ``<br>``-broken lines: the schema.org box is
    the story's, the caption above it a caption, the outlet prefix cut."""
    _check_viva_2015(cleaner.clean(_viva_2015(_story_br(STORY))))


def test_viva_2015_bare_lines_before_paragraphs_in_the_same_span() -> None:
    """Two bare lines, then ``<p>`` paragraphs, in one inline articleBody: the lines
    before its first ``<p>`` are its too (only the one just before was)."""
    _check_viva_2015(cleaner.clean(_viva_2015(_story_mixed(STORY))))


def test_inline_body_lines_stop_where_the_span_ends() -> None:
    """Lines after the span in the same box (an editor's note printed after it, outside
    the schema.org element) are not its lines: the story stays the span's."""
    note = "Redaksi menerima tulisan pembaca melalui surel redaksi setiap hari kerja pukul sembilan pagi."
    page = _viva_2015(_story_br(STORY)).replace("</span>\n</div>\n</article>",
                                                f"</span><br><br><i>{note}</i>\n</div>\n</article>")
    record = cleaner.clean(page)
    assert list(record.paragraphs) == STORY
    assert list(record.captions) == [CAPTION]
    assert {r.text: r.rule for r in record.removed}[note] == "outside-main"


# ---- news.detik.com, December 2019: a "Round-Up" long story, page 1 of 2 ----------------
#
# kefasjwiryadi/android-baca-berita app/src/test/java/com/kefasjwiryadi/bacaberita/html2.html
# @ 1aca5f3154b4276f8d1c6993531afd59eb3a35dd (a saved news.detik.com story of 7 December
# 2019, re-indented by the app's author: attributes in alphabetical order). The head: the
# description, ``originalTitle``, og metas, ``meta[name=copyright][itemprop=dateline]``
# holding the channel's name, ``createdate``/``publishdate`` as "2019/12/07 06:44:50",
# ``meta[name=author]`` "Tim detikcom", ``pubdate`` written "2019-12-07T06-44-50Z",
# ``pagesize``/``pagenumber`` 2/1, a WebPage and a NewsArticle JSON-LD (author a Person
# "Tim detikcom"). The page: a breadcrumb, a "Follow detikcom" box of icon links, an ad
# in ``center``, then ``article``: ``div.jdl`` (div.date "2019/12/07 06:44:50 WIB", an h2
# kicker "Round-Up", h1, div.author "Tim detikcom - detikNews"), the share bar (icon
# images, "Share 0", "Tweet", "0 Komentar"), ``div.mp-nav`` "Halaman 1 dari 2", the photo
# in ``div.pic_artikel`` (img + span caption "(Foto: Name/detikcom)"), then
# ``div.detail_wrap > div.detail_text``: "<b>Jakarta</b> -" and the story as bare lines
# apart by ``<br/><br/>``, a parallax ad box (style, script, nested divs) between two
# lines, a ``table.linksisip`` "Baca juga:" link, ``div.newstag2`` (an ``ins`` slot) and
# the pager (``div.mp-nav-bot``: "View in Single Page", arrows, "1", "2"); a skyscraper
# beside. After the article: ``div.berita_terkait`` "Berita Terkait" (ul of links), a
# "Baca Juga" box of cards (channel label, picture, h3 title), the comment box, the
# newsroom's contact box, and the right column's "BERITA TERBARU" list.

LONG_STORY = [
    ("Setelah sebulan lebih kursi kepala dinas pasar kosong, seorang pejabat karier akhirnya terpilih "
     "mengisinya. Dia pernah bertahun-tahun menjadi ajudan wali kota."),
    ("Dialah Rudi Hartono. Dia akan memimpin dinas yang mengurus empat puluh pasar tradisional sejak "
     "pejabat sebelumnya pensiun awal bulan lalu."),
    "Kelak setelah resmi dilantik, apa saja yang akan dia benahi lebih dulu?",
    ("Merunut dari tahun 2011, Rudi pernah menjabat kepala seksi ketertiban pasar. Saat itu ia menangani "
     "kebakaran besar di pasar induk yang menghanguskan ratusan kios."),
    ("Loncat ke tahun 2014, Rudi dipercaya menjadi ajudan wali kota. Ia mendampingi wali kota dalam "
     "kunjungan ke pasar-pasar setiap akhir pekan."),
    ("Dua tahun berselang, Rudi kembali mendapat promosi sebagai camat di pinggir kota, sebelum ditarik ke "
     "dinas pasar sebagai sekretaris dinas."),
]
LONG_TITLE = "Gebrakan Mantan Ajudan Wali Kota Dinanti"
LONG_URL = "https://news.contoh.com/berita/d-4813254/gebrakan-mantan-ajudan-wali-kota-dinanti"
LONG_CAPTION = "Rudi Hartono saat menjabat camat (Foto: Budi Santoso/contohcom)"
LONG_RELATED = [
    "Wali Kota Minta Pasar Induk Dibenahi Sebelum Lebaran",
    "Pedagang Berharap Kepala Dinas Baru Perhatikan Kios Darurat",
    "DPRD Dukung Rudi Hartono Pimpin Dinas Pasar",
]
LONG_CARDS = ["Harga Cabai Turun di Pasar Tradisional", "Kios Darurat Pasar Induk Selesai Dibangun"]


def _share(kind: str, label: str) -> str:
    return (f'<a class="{kind}" data-action="Artikel Panjang" data-category="Detail Artikel" '
            f'data-label="Share Atas" data-title="{LONG_TITLE}"\n href="#">\n'
            f'<img alt="" src="https://cdn.contoh.net/libs/sharebox/images/sh-{kind}.png">\n'
            f'<span>{label}</span>\n</a>\n')


def _detik_2019_long_story() -> str:
    lines = LONG_STORY
    # A word of the story linked to its tag page, as the real page links two (neither is
    # one of the page's keywords, so neither is a tag the page prints).
    lead = lines[0].replace("dinas pasar", 'dinas <a\n href="https://www.contoh.com/tag/pasar">pasar</a>', 1)
    read_also = LONG_RELATED[0].replace(" Sebelum", "\n" + " " * 40 + "Sebelum")
    terkait = "".join(f'<li>\n<a class="gtm_beritaterkait_artikel"\n href="https://news.contoh.com/berita/d-48133{n:02d}/'
                      f'judul?tag_from=news_beritaTerkait">{t}</a>\n</li>\n' for n, t in enumerate(LONG_RELATED))
    cards = "".join(
        f'<div class="article_lb">\n<a class="gtm_bacajuga_artikel" data-label="Baca Juga"\n'
        f' href="https://finance.contoh.com/berita-ekonomi-bisnis/d-48126{n:02d}/judul?tag_from=news_bacaJuga">\n'
        f'<div class="ratio16_9 box_img fl mr10">\n<div class="label_kanal finance_label">\n contohFinance\n</div>\n'
        f'<div class="img_con lqd">\n<img alt="{t}" class=""\n src="https://img.contoh.net/visual/2019/12/{n}_169.jpeg"'
        f'\n title="{t}"/>\n</div>\n</div>\n<h3>{t}</h3>\n</a>\n\n</div>\n' for n, t in enumerate(LONG_CARDS))
    return f"""<!DOCTYPE html>
<html>
<head>

    <title>{LONG_TITLE}</title>
    <meta content="Setelah sebulan lebih kursi kepala dinas pasar kosong, seorang pejabat karier terpilih mengisinya."
          itemprop="description" name="description"/>
    <meta content="{LONG_TITLE}" name="originalTitle"/>
    <meta charset="utf-8">
    <meta content="article" property="og:type"/>
    <meta content="contohnews" property="og:site_name"/>
    <meta content="{LONG_TITLE}" property="og:title"/>
    <meta content="https://img.contoh.net/api/wm/2018/07/11/ajudan_169.jpeg?w=650" property="og:image"/>
    <meta content="{LONG_URL}" property="og:url"/>
    <meta content="contohnews" itemprop="dateline" name="copyright"/>
    <meta content="4813254" name="articleid"/>
    <meta content="longstory" name="articletype"/>
    <meta content="2019/12/06 19:21:32" name="createdate"/>
    <meta content="2019/12/07 06:44:50" name="publishdate"/>
    <meta content="Tim contohcom" name="author"/>
    <meta content="round-up,dinas pasar,rudi hartono,ajudan wali kota" itemprop="keywords" name="keywords"/>
    <meta content="https://www.facebook.com/contohcom" itemprop="author" property="article:author"/>
    <meta content="2019-12-07T06-44-50Z" itemprop="datePublished" name="pubdate"/>
    <meta content="2019-12-06T19-21-32Z" itemprop="dateCreated"/>
    <link href="{LONG_URL}"
          rel="canonical"/>
    <meta content="2" name="pagesize"/>
    <meta content="1" name="pagenumber"/>
    <script type="application/ld+json">
        {{
            "@context": "http://schema.org",
            "@type": "WebPage",
            "headline": "{LONG_TITLE}",
            "url": "{LONG_URL}",
            "datePublished": "2019-12-07T06:44:50+07:00"
        }}
    </script>
    <script type="application/ld+json">
        {{
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {{"@type": "WebPage", "@id": "{LONG_URL}"}},
            "headline": "{LONG_TITLE}",
            "datePublished": "2019-12-07T06:44:50+07:00",
            "dateModified": "2019-12-07T06:44:50+07:00",
            "author": {{"@type": "Person", "name": "Tim contohcom"}},
            "publisher": {{"@type": "Organization", "name": "contohcom"}},
            "description": "Setelah sebulan lebih kursi kepala dinas pasar kosong, seorang pejabat terpilih."
        }}
    </script>
    <script>googletag.cmd.push(function() {{ googletag.pubads().enableSingleRequest(); }});</script>
</head>
<body>
<div class="header">
    <div class="menu2">
        <a class="sp-mp" data-label="Most Popular" href="//news.contoh.com/mostpopular">Most
            Popular</a> &middot;
        <a data-label="Suara Pembaca" href="https://news.contoh.com/suara-pembaca">Suara
            Pembaca</a> &middot;
        <ins data-labelname="navbar" data-revive-zoneid="1070"></ins>
    </div>
</div>
    <!-- S:CONTENT-->
    <div class="content" data-sticky_parent>
        <!-- S:DETAIL CONTENT -->
        <div class="detail_content">
            <!-- s:breadcrumb -->
            <div class="breadcrumb">
                <a data-label="Breadcrumb" href="https://news.contoh.com/">contohNews</a>
                /
                <a data-label="Breadcrumb" href="https://news.contoh.com/berita">Berita</a> /
                <a data-label="Breadcrumb" href="#">Detail Berita</a>
            </div>

            <div class="btn_like">
                <span class="fol fl">Follow contohcom</span>
                <a class="fb" data-label="Follow Contohcom" href="https://www.facebook.com/contohcom" target="_blank">
                    <img alt="" src="https://cdn.contoh.net/news/images/icon_fb.png">
                    <span>Like</span>
                </a>
                <a class="tw" data-label="Follow Contohcom" href="https://twitter.com/contohcom" target="_blank">
                    <img alt="" src="https://cdn.contoh.net/news/images/icon_tw.png">
                    <span>Like</span>
                </a>
            </div>

            <div class="clearfix"></div>
            <!-- S:topdetail -->
            <center>
                <div id="banner_top_detail">
                    <ins data-labelname="topdetail" data-revive-zoneid="217"></ins>
                </div>
            </center><!-- E:topdetail -->

            <article>
                <!-- s:judul -->
                <div class="jdl">
                    <div class="date">2019/12/07 06:44:50 WIB</div>
                    <h2>Round-Up</h2>
                    <h1>{LONG_TITLE}</h1>
                    <div class="author">Tim contohcom - contohNews</div>
                </div>
                <!-- e:judul -->
                <div class="share-top-new " id="share_top">

                    {_share("fb", "Share <b>0</b>")}{_share("tw", "Tweet <b></b>")}{_share("komentar", "0 Komentar")}
                    <div class="clearfix"></div>
                </div>
                <!-- s:multi-nav -->
                <div class="mp-nav">
                    Halaman 1 dari 2
                </div>
                <!-- e:multi-nav -->
                <div class="pic_artikel">
                    <img alt="{LONG_TITLE}" class=""
                         src="https://img.contoh.net/visual/2018/07/11/ajudan_43.jpeg?w=780&q=90"
                         title="{LONG_TITLE}"/> <span>{LONG_CAPTION}</span>
                </div>

                <div class="clearfix "></div>
                <!-- takeout share_float -->
                <div class="detail_wrap" data-sticky_parent>
                    <div class="detail_text">
                        <!-- s:pic detail -->
                        <!-- e:pic detail -->
                        <b>Jakarta</b> -
                        {lead}<br/><br/>{lines[1]}<br/><br/>{lines[2]}<br/><br/><!--s:parallaxindetail-->
                        <style>
 #div-gpt-ad-1572507980488-0 iframe{{ border: 0px; position: fixed !important; }}
                        </style>
                        <script src="https://cdnstatic.contoh.com/live/js/parallax-for-async.js"></script>
                        <div class="parallax_detail parallaxB"
                             style="margin:0px auto;position: relative;">
                            <div class="parallax_abs" style="width:430px;">
                                <div class="parallax_fix" style="width:430px;">
                                    <div class="parallax_ads" style="width:430px;">
                                        <div id='div-gpt-ad-1572507980488-0'>
                                            <script>
    googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-1572507980488-0'); }});
                                            </script>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div><!--e:parallaxindetail-->{lines[3]}<br/><br/><br/>
                        <table class="linksisip">
                            <tbody>
                            <tr>
                                <td>
                                    <div class="lihatjg"><strong>Baca juga: </strong><a
                                            data-action="Berita Pilihan" data-label="List Berita"
                                            href="https://news.contoh.com/read/2019/12/06/170040/4812648/10/wali-kota">{read_also}</a></div>
                                </td>
                            </tr>
                            </tbody>
                        </table>
                        <br/><br/>{lines[4]}<br/><br/>{lines[5]}<br/><br/>
                        <div class="newstag2">
                            <br>
                            <br>
                            <ins data-labelname="newstag" data-revive-zoneid="651"></ins>
                        </div>
                        <!-- E:newstag -->
                        <!-- s:multi-nav -->
                        <div class="mp-nav mp-nav-ap mp-nav-bot">
                            <a class="ap-view" data-label="Button Veiw In Single Page"
                               href="{LONG_URL}?single=1">View
                                in Single Page</a>
                            <div class="pagings">
                                <a class="mp-nav-btn  mp-nav-btn-l" data-label="Paging" href="{LONG_URL}/1">
                                    <img alt="" src="https://cdn.contoh.net/news/images/ico_lsl.png">
                                </a>
                                <a class="selected" data-label="Paging" href="{LONG_URL}/1">1</a>
                                <a data-label="Paging" href="{LONG_URL}/2">2</a>
                                <a class="mp-nav-btn mp-nav-btn-r" data-label="Paging" href="{LONG_URL}/2">
                                    <img alt="" src="https://cdn.contoh.net/news/images/ico_rsl.png">
                                </a>
                            </div>
                        </div>
                        <!-- e:multi-nav -->
                    </div>
                    <div class="skybanner">
                        <div class="skybanner_container" data-sticky_column>
                            <div id='div-gpt-ad-1540810761438-0' style='height:600px; width:160px;'>
                                <script>googletag.cmd.push(function() {{ googletag.display('x'); }});</script>
                            </div>
                        </div>
                    </div>
                    <div class="clearfix"></div>
                </div>
            </article>
            <div class="clearfix"></div>

            <div class="berita_terkait" id="relatedgtm">
                <div class="title">Berita Terkait</div>
                <ul class="list_berita">
{terkait}                </ul>
                <div class="clearfix"></div>
            </div>

            <div class="bacajuga" id="readtoogtm">
                <div class="title">Baca Juga</div>
                <div class="clearfix"></div>
                <div class="list_berita">

{cards}                </div>
            </div>

            <div class="komentar_box">
                <div id="thecomment2" style="padding: 10px 15px; "></div>
            </div>
            <div class="inforedaksi">
                <b>Kontak Informasi Contohcom</b><br/>
                <b>Redaksi:</b> <a href="mailto:redaksi@contoh.com">redaksi[at]contoh.com</a><br/>
                <b>Iklan:</b> <a href="mailto:sales@contoh.com">sales[at]contoh.com</a>
            </div>
        </div>
        <!-- E:DETAIL CONTENT -->
        <div class="r_content">
            <div class="boxlr mb15">
                <div class="title_lr">
                    <span>BERITA TERBARU</span>
                    <a href="https://news.contoh.com/indeks">+</a>
                </div>
                <ul class="list_news1">
                    <li><article><a data-label="Berita Terbaru" href="https://news.contoh.com/berita/d-4813417/a">
                    <div class="ratio1_1 box_img fl mr10"><div class="img_con lqd"><img alt="" src="x.jpg"></div></div>
                    <h2>Pasar Malam Kembali Dibuka Setelah Renovasi</h2></a></article></li>
                </ul>
            </div>
        </div>
    </div>
</body>
</html>"""


def test_detik_2019_long_story_first_page() -> None:
    record = cleaner.clean(_detik_2019_long_story())
    assert record.outlet == "generic"
    assert record.url == LONG_URL
    assert record.title == LONG_TITLE
    assert record.subtitle is None  # the "Round-Up" kicker is no deck
    assert list(record.authors) == ["Tim contohcom"]
    assert list(record.editors) == []
    assert record.published == "2019-12-07T06:44:00+07:00"
    assert record.dateline == "Jakarta"
    assert record.source is None
    assert record.reading_time_minutes is None
    assert list(record.summary) == []
    assert list(record.captions) == [LONG_CAPTION]
    # The "Baca juga:" link in the story, the "Berita Terkait" list, and every card of
    # the "Baca Juga" box (each card's channel name no title, and no tab ending the box);
    # not the right column's "BERITA TERBARU".
    assert list(record.related) == [*LONG_RELATED, *LONG_CARDS]
    assert list(record.tags) == []
    assert list(record.paragraphs) == LONG_STORY
    rules = {r.text: r.rule for r in record.removed}
    assert rules["Halaman 1 dari 2"] == "pagination"
    assert rules["Round-Up"] == "before-story"
    assert "Pasar Malam Kembali Dibuka Setelah Renovasi" in rules


def test_a_one_word_tab_after_titles_still_ends_the_list() -> None:
    """The counter-case of a card's channel name: a one-word link of its own after the
    titles still ends the related list. finance.detik.com 2016 (anpandu/indonesian-news-
    scraper test/fixtures/websites/detik/detik-singlepage2.html @
    a35a650fe7c6ce68725234e7af183f2090ee510f): the "Foto Terkait" box (``div.title >
    strong``, then ``ul.list_fotovideo`` of linked titles), then a ``div.box_artikel``
    whose title is the link "Forum" over the forum's own threads."""
    items = "".join(f'<li>\n<a href="/foto/{n}">\n<div class="pic"> <img src="/foto/{n}.jpg" alt="{t}" /> </div>\n'
                    f"{t}\n</a>\n</li>\n" for n, t in enumerate(LONG_RELATED))
    page = f"""<html><head><title>{TITLE}</title></head><body><div class="kiri content_1">
<div class="content_detail"><h1>{TITLE}</h1>
<div class="text_detail">{"<br><br>".join(STORY)}</div>
<div class="box_artikel2 box_artikel3" id="bacajugabox"><div class="title f12"><strong>Foto Terkait</strong></div>
<ul class="list_fotovideo">{items}</ul></div>
<div class="banner_2"><div class="dua_1"><div class="box_artikel">
<div class="title"><strong class="l_red"><a href="http://forum.contoh.com">Forum</a></strong></div>
<div class="baca_juga2 f11"><ul class="l_blue3_detik bold">
<li><a href="http://forum.contoh.com/t1">Warga Berdebat Soal Tanggul Desa yang Jebol Pekan Lalu</a></li>
<li><a href="http://forum.contoh.com/t2">Siapa yang Harus Membayar Perbaikan Tanggul Pesisir?</a></li>
</ul></div></div></div></div></div></div></body></html>"""
    record = cleaner.clean(page)
    assert list(record.related) == LONG_RELATED
    assert list(record.paragraphs) == STORY
