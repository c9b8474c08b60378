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


# ---- kompas.com, December 2019: the 2017-19 "kcm2017" article page ------------------------
#
# kefasjwiryadi/android-baca-berita app/src/test/java/com/kefasjwiryadi/bacaberita/html1.txt
# @ 3c842457d7594d9d1b810b6c28f29dc84e13ff27 (a saved www.kompas.com/hype story of 7
# December 2019, re-indented). The head: ``meta[name=author]`` the publisher ("Kompas Cyber
# Media"), ``content_author`` the writer and ``content_editor`` the editor,
# ``content_PublishedDate`` "2019-12-07 07:43:00", ``content_tag``, a NewsArticle JSON-LD
# whose author is the *editor* and whose datePublished is in UTC ("2019-12-07T00:43:00+00:00").
# The page: a sticky share bar ("Bagikan:", icon links, ``p.social--dshare`` repeating the
# headline, "Komentar:"), the breadcrumb as ``h3 > ul`` of schema.org ListItems,
# ``h1.read__title``, ``div.read__time`` "Kompas.com - 07/12/2019, 07:43 WIB", the inline
# share bar and a "Komentar" link, ``div.photo`` (img whose alt is the caption, then
# ``span.author`` "KOMPAS.com/NAME" and the caption's text), ``div.read__credit``
# ("Penulis" + linked name | "Editor" + linked name), ``div.read__content`` (``<p>``s, the
# first opening "<strong>JAKARTA, KOMPAS.com</strong> - ", in-text tag links, four
# "<p><strong>Baca juga: <a>title</a></strong></p>", a partner's logo ``img`` between
# paragraphs, stray ``</p>``s, an empty ``div.fb-quote``), a comment prompt box
# ("Dapatkan Smartphone dan Voucher Belanja dengan #JernihBerkomentar di artikel ini!
# *S&K berlaku"), ``div.read__tagging`` ("Tag:" + ``ul`` of tag links), a recommendation
# box filled by script, and the comment section (its title link, the same prompt, a
# textarea, a hidden error, the disclaimer, "Kirim" buttons, a report form).

K_STORY = [
    ("Penyanyi keroncong Sari Wulandari menggelar konser di gedung kesenian kota, Jumat (6/12/2019), "
     "yang bertajuk \"Lagu dari Pesisir\"."),
    ("Meski gedung itu dikenal sebagai tempat pertunjukan musik klasik, malam itu panggungnya disulap "
     "bak pendapa kampung."),
    "Ya, ini merupakan kali pertama musik keroncong tampil di gedung itu.",
    "Meski terkesan tradisional, para penonton datang mengenakan pakaian model kekinian.",
    "Tampak juga mereka menikmati tembang-tembang sang penyanyi sambil bertepuk tangan.",
    "Irama cak dan cuk yang mengiringi nyanyian Sari menambah hangat suasana.",
    "\"Ayo di lagu ini semua ikut bernyanyi,\" ajak Sari dari atas panggung.",
]
K_TITLE = "Karena Sari Wulandari, Musik Keroncong Masuki Gedung Kesenian"
K_URL = "https://www.contoh.com/hype/read/2019/12/07/074300566/karena-sari-wulandari-musik-keroncong"
K_CAPTION = ("CONTOH.com/RUDI HARTONO Penyanyi Sari Wulandari saat bernyanyi di gedung kesenian kota, "
             "Jumat (6/12/2019).")
K_RELATED = [
    "Pemain Cuk yang Setia Mengiringi Sari Wulandari",
    "Sari Wulandari Jadi Duta Musik Keroncong",
    "Konser Lagu dari Pesisir, Antrean Mengular Sejak Sore",
    "Buka Konser, Sari Wulandari: Penonton Kota Luar Biasa",
]
K_TAGS = ["Sari Wulandari", "Konser Sari Wulandari", "Lagu dari Pesisir"]


def _kompas_2019() -> str:
    def read_also(n: int) -> str:
        return (f'<p><strong>Baca juga: <a\n class="inner-link-baca-juga"\n href="https://www.contoh.com/hype/read/'
                f'2019/12/0{n + 3}/13414676{n}/judul"\n target="_self">{K_RELATED[n]}</a></strong></p>\n')

    def tag(t: str) -> str:
        slug = t.lower().replace(" ", "-")
        return (f'<li class="tag__article__item"><a class="tag__article__link"\n href="https://www.contoh.com/tag/'
                f'{slug}?url={K_URL}">{t}</a></li>\n')

    first = K_STORY[0].replace("Sari Wulandari", "<a\n class='inner-link-tag' href='https://www.contoh.com/tag/"
                               "Sari-Wulandari' style='color:#428bca;'\n target='_self'>Sari Wulandari</a>", 1)
    p = [f"<p>{x}</p>\n" for x in K_STORY]
    share = """<span class="social--text">Bagikan:</span>
<div class="social social--article clearfix">
<div class="social__item"><a class="social__link social__link--facebook" href="javascript:void(0);">
<svg class="icon icon-facebook" title="icon-facebook"><use xlink:href="#icon-facebook"/></svg></a></div>
<div class="social__item"><a class="social__link social__link--twitter" href="javascript:void(0);">
<svg class="icon icon-twitter" title="icon-twitter"><use xlink:href="#icon-twitter"/></svg></a></div>
</div>"""
    prompt = "Dapatkan Smartphone dan Voucher Belanja dengan"
    sticky_title = K_TITLE.replace(" Masuki", "\n" + " " * 20 + "Masuki")
    return f"""<!DOCTYPE html>
<html>
<head>
    <title>{K_TITLE}</title>
    <meta charset="utf-8">
    <meta content="Sari Wulandari membawa musik keroncong ke gedung kesenian kota." name="description">
    <meta content="Sari Wulandari, Konser Sari Wulandari, Lagu dari Pesisir" name="keywords">
    <meta content="Contoh Cyber Media" name="author">
    <meta content="article" property="og:type"/>
    <meta content="{K_TITLE}" property="og:title"/>
    <meta content="{K_URL}" property="og:url"/>
    <meta content="CONTOH.com" property="og:site_name"/>
    <meta content="Hype" name="content_category"/>
    <meta content="Musik" name="content_subcategory"/>
    <meta content="Jakarta" name="content_location"/>
    <meta content="1946" name="content_author_id"/>
    <meta content="Rudi Hartono" name="content_author"/>
    <meta content="744" name="content_editor_id"/>
    <meta content="Dewi Lestari Pangerang" name="content_editor"/>
    <meta content="Standard" name="content_type"/>
    <meta content="2019-12-07 07:43:00" name="content_PublishedDate"/>
    <meta content="" name="content_source"/>
    <meta content="Sari Wulandari, Konser Sari Wulandari, Lagu dari Pesisir" name="content_tag"/>
    <link href="https://amp.contoh.com/hype/read/2019/12/07/074300566/karena-sari-wulandari" rel="amphtml">
    <link href="{K_URL}"
          rel="canonical"/>
    <script type="application/ld+json">
        {{
            "@context": "http:\\/\\/schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {{"@type": "WebPage", "@id": "{K_URL}#"}},
            "headline": "{K_TITLE}",
            "datePublished": "2019-12-07T00:43:00+00:00",
            "dateModified": "2019-12-07T00:43:00+00:00",
            "author": {{"@type": "Person", "name": "Dewi Lestari Pangerang"}},
            "publisher": {{"@type": "Organization", "name": "Contoh.com"}},
            "description": "Sari Wulandari membawa musik keroncong ke gedung kesenian kota."
        }}</script>
</head>
<body>
<div class="nav"><ul class="nav__wrap"><li class="nav__item"><a class="nav__link" href="https://tekno.contoh.com">Tekno</a>
<ul class="nav__sub"><li class="nav__subitem"><a class="nav__sublink " href="https://tekno.contoh.com/gadget"
 target="">Gadget</a></li></ul></li></ul></div>
<div class="social social--fixed cleafix">
    <div class="social--container container">
        {share}
        <p class="social--dshare" id="dsharetitle">{sticky_title}</p>
        <div class="comment__read__bar">
            <span>Komentar: </span>
            <div class="social social--article clearfix"><div class="social__item">
            <a class="social__link" href="http://www.contoh.com/hype/komentar/2019/12/07/074300566/karena">
            <span class="icon icon-comment"></span><div class="comment__counter total_comment"></div></a></div></div>
        </div>
    </div>
</div>
<!-- container-->
<div class="container clearfix">
    <div class="row mt2 col-offset-fluid clearfix">
        <div class="col-bs10-10">
            <h3 class="breadcrumb clearfix">
                <ul class="breadcrumb__wrap" itemscope itemtype="http://schema.org/BreadcrumbList">
                    <li class="breadcrumb__item" itemprop="itemListElement" itemscope
                        itemtype="http://schema.org/ListItem"><a class="breadcrumb__link" href="https://www.contoh.com"
                        itemprop="item"><span itemprop="name">Home</span></a>
                        <meta content="1" itemprop="position"/></li>
                    <li class="breadcrumb__item" itemprop="itemListElement" itemscope
                        itemtype="http://schema.org/ListItem"><a class="breadcrumb__link"
                        href="https://www.contoh.com/hype" itemprop="item"><span itemprop="name">Hype</span></a>
                        <meta content="2" itemprop="position"/></li>
                    <li class="breadcrumb__item" itemprop="itemListElement" itemscope
                        itemtype="http://schema.org/ListItem"><a class="breadcrumb__link"
                        href="https://www.contoh.com/hype/musik" itemprop="item"><span itemprop="name">Musik</span></a>
                        <meta content="3" itemprop="position"/></li>
                </ul>
            </h3>
            <!-- read title-->
            <h1 class="read__title">{K_TITLE}</h1>
        </div>
    </div>
    <div class="row col-offset-fluid clearfix js-giant-wp-sticky-parent">
        <div class="col-bs10-7 js-read-article">
            <div class="read__header col-offset-fluid clearfix">
                <div class="col-bs10-10">
                    <div class="read__time">Contoh.com - 07/12/2019, 07:43 WIB</div>
                </div>
                <div class="col-bs10-10">
                    <div class="social--inline eee">
                        {share}
                        <div class="comment__read__text">
                            <a href="http://www.contoh.com/hype/komentar/2019/12/07/074300566/karena">Komentar
                                <span class="total_comment_share"></span></a>
                        </div>
                    </div>
                </div>
            </div>
            <!-- photo artikel-->
            <div class="photo">
                <img alt="Penyanyi Sari Wulandari saat bernyanyi di gedung kesenian kota, Jumat (6/12/2019)."
                     class="lozad"
                     data-src="https://asset.contoh.com/crops/750x500/data/photo/2019/12/06/5dea8373e2ee8.jpg"/>
                <span class="pb_10 author">CONTOH.com/RUDI HARTONO</span>Penyanyi Sari Wulandari
                saat bernyanyi di gedung kesenian kota,
                Jumat (6/12/2019).
            </div>
            <div class="read__article mt2 clearfix js-tower-sticky-parent">
                <div class="col-bs9-2 col-offset-0">
                    <!-- (ads.skycraper) -->
                </div>
                <div class="col-bs9-7">
                    <div class="read__credit clearfix">
                        <div class="read__credit__item" id="penulis"><span>Penulis</span> <a
                                href="http://indeks.contoh.com/profile/1946/Rudi.Hartono">Rudi
                            Hartono</a></div>
                        |
                        <div class="read__credit__item" id="editor"><span>Editor</span> <a
                                href="http://indeks.contoh.com/profile/dewi.lestari">Dewi Lestari
                            Pangerang</a></div>
                    </div>
                    <div class="read__content">
                        <p><strong>JAKARTA, CONTOH.com</strong> - {first}</p>
                        {p[1]}{p[2]}{read_also(0)}<!-- (ads.paragraph.4) -->
                        {p[3]}{p[4]}{read_also(1)}{p[5]}<!-- (ads.paralax) -->
                        {read_also(2)}{p[6]}<img alt="MitraStyle.com"
                             border="0" height="40"
                             src="https://cdn1.contoh.net/img/logo/mitra/svg/mitrastylecom.svg"
                             style="height:40px;width:auto"/>
                        {read_also(3).replace("</strong></p>", "</strong></p></p></p>")}
                        <!-- (ads.native_banner) --></p>
                        <div class="fb-quote"></div>
                    </div>
                    <div id="next_previous_inject"></div>
                    <script type="text/javascript">var observer_nextprev = null;</script>
                    <div class="comment__read__box clearfix">
                        {prompt} <a
                            href="http://www.contoh.com/hype/komentar/2019/12/07/074300566/karena">#JernihBerkomentar</a>
                        di artikel ini! <a href="https://jmd.contoh.com/jernihberkomentar"
                                           target="_blank">*S&K berlaku</a></strong>
                    </div>
                    <br>
                    <div class="read__tagging mt1 clearfix">
                        <h3 class="tag tag--article clearfix">
                            <div class="col-bs10-1 tag__article__teaser col-offset-0">Tag:</div>
                            <div class="col-bs10-9">
                                <ul class="tag__article__wrap">
{"".join(tag(t) for t in K_TAGS)}                                </ul>
                            </div>
                        </h3>
                    </div>
                </div>
            </div>
            <div class="recommendation recommendation--small clearfix" id="rekomendasi"></div>
            <script>var rekomendasi_xhr = new XMLHttpRequest();</script>
            <div id="comment_widget" style="position:relative;top:-100px"></div>
            <div class="row mt2 comment ga--comment clearfix" id="komentar">
                <div class="title clearfix">
                    <a href="https://www.contoh.com/hype/komentar/2019/12/07/074300566/karena">
                        <div class="title__content">
                            Komentar
                            <span class="comment__icon social__link"><span class="icon icon-comment"></span>
                            <div class="comment__counter total_comment"></div></span>
                        </div>
                    </a>
                </div>
                <div class="comment__wrap">
                    <div class="comment__info clearfix">
                        {prompt} #JernihBerkomentar dibawah
                        ini! <a href="https://jmd.contoh.com/jernihberkomentar" target="_blank">*S&K
                        berlaku</a></strong>
                    </div>
                    <div class="comment__form" id="comment-form">
                        <textarea class="comment__textarea" cols="30" id="comments" name="comments"
                                  placeholder="Tulis komentar anda..." rows="10"></textarea>
                        <span class="comment__error" style="display: none">Kolom komentar masih kosong</span>
                        <div class="comment__disclaimer">Berkomentarlah secara bijaksana dan
                            bertanggung jawab. Komentar sepenuhnya menjadi tanggung jawab komentator
                            seperti diatur dalam UU ITE
                        </div>
                        <div class="comment__row comment__form__footer clearfix">
                            <button class="comment__button send" id="btnkirim" type="button">Kirim
                            </button>
                            <button class="comment__button action" id="btnLoading" style="display: none;">Mengirim...
                            </button>
                        </div>
                    </div>
                    <div id="for_comment"></div>
                </div>
            </div>
            <div class="comment__row clearfix">
                <div class="cReport" id="modals-report">
                    <div class="cReport__box">
                        <form action="#">
                            <div class="cReport__title">Laporkan Komentar</div>
                            <div class="cReport__option"><label><div class="cReport__radio">
                                <input name="cReport__choice" type="radio" value="1"></div>
                                <div class="cReport__info">Iklan atau spam</div></label></div>
                            <div class="cReport__option"><label><div class="cReport__radio">
                                <input name="cReport__choice" type="radio" value="2"></div>
                                <div class="cReport__info">Ujaran kebencian atau SARA</div></label></div>
                            <div class="cReport__footer">
                                <div class="cReport__item"><button class="cReport__button" type="button">Batal
                                </button></div>
                                <div class="cReport__item"><button class="cReport__button disabled" type="button">
                                        Laporkan
                                    </button></div>
                            </div>
                        </form>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
</body>
</html>"""


def test_kompas_2019_article_page() -> None:
    record = cleaner.clean(_kompas_2019())
    assert record.outlet == "generic"
    assert record.url == K_URL
    assert record.title == K_TITLE
    assert record.subtitle is None
    # The writer from the credit box; the JSON-LD's author is the editor, no writer.
    assert list(record.authors) == ["Rudi Hartono"]
    assert list(record.editors) == ["Dewi Lestari Pangerang"]
    assert record.published == "2019-12-07T07:43:00+07:00"
    assert record.dateline == "JAKARTA"
    assert record.source is None
    assert record.reading_time_minutes is None
    assert list(record.summary) == []
    # The credit span and the words glued after it are apart, as the page shows them.
    assert list(record.captions) == [K_CAPTION]
    assert list(record.related) == K_RELATED
    assert list(record.tags) == K_TAGS
    assert list(record.paragraphs) == K_STORY
    removed = " ".join(r.text for r in record.removed)
    assert "JernihBerkomentar" in removed and "Berkomentarlah secara bijaksana" in removed


def test_a_word_split_by_formatting_in_a_caption_stays_whole() -> None:
    """The counter-case: bold letters inside a caption's word (no credit: no slash, no
    credit class) are not set apart."""
    page = f"""<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>
<figure><img src="/a.jpg"><figcaption><b>Ta</b>nggul desa yang jebol (Foto: Budi Santoso)</figcaption></figure>
<div class="isi">{"".join(f"<p>{p}</p>" for p in STORY)}</div></article></body></html>"""
    record = cleaner.clean(page)
    assert list(record.captions) == ["Tanggul desa yang jebol (Foto: Budi Santoso)"]
    assert list(record.paragraphs) == STORY
