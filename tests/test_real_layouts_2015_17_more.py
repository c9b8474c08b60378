"""More shapes read on real Indonesian article HTML of 2015-17 that the dev data lacks.

Evidence (never copied: the pages below are written for this file, same structure,
invented sentences and names):

- news.detik.com 2015, hafizbadrie/slasherrb spec/cases/detik.html @
  4b83585b75f46fd4e3e9e51a02e39074a0924e18: article > div.jdl holding div.date, an h2
  kicker of a series in capitals ("MUDA DAN MENGINSPIRASI"), the h1 and div.author
  "Nama - detiknews"; the share bars; div.detail_text opening with div.pic_artikel >
  span (the photo's caption with its credit, no picture left in the saved page), then
  the story as <br><br>-separated lines and the initials "(abc/def)".
- news.okezone.com 2015, hafizbadrie/slasherrb spec/cases/okezone.html @
  9f36a9713d1fe07755f1ea64eb481194b53d1d2c: the logo's div.logo-news > h1 > a printing
  "<headline> :: Okezone News" above the page, the story's own div.titles > h1 under
  the breadcrumb and the time.
- antaranews.com 2017, anpandu/indonesian-news-scraper
  test/fixtures/websites/antara/antara-singlepage5.html @
  0a201b435b02bd6cf8410715863af45147a74797: h1 > strong, div.date > time, div.byline
  "Oleh <span itemprop=author>", div#image_news with div#caption_news, then a
  <blockquote> repeating a quote of the story (its closing mark kept, no ellipsis)
  before div#content_news, whose text opens with "Jakarta (ANTARA News) - ".
- bola.kompas.com 2015, hafizbadrie/slasherrb spec/cases/kompas.html @
  4b83585b75f46fd4e3e9e51a02e39074a0924e18: after the story, div.kcm-read-bottom-topic
  > h3 "Ikuti perkembangan berita ini dalam topik:" + ul of topic links, then the
  "Penulis" / "Editor" table, and a "Topik Pilihan" box of the site's picks.
"""

from __future__ import annotations

import cleaner

STORY = [
    "Lima siswa sekolah kejuruan di Sleman merakit alat pengering gabah bertenaga surya untuk kelompok tani desa.",
    "Alat itu bisa mengeringkan dua kuintal gabah sehari tanpa bergantung pada cuaca, kata guru pembimbing mereka.",
    ("\"Petani tidak perlu lagi menjemur gabah di pinggir jalan yang ramai kendaraan setiap musim panen tiba,\" ujar"
     " salah satu siswa saat ditemui di bengkel sekolah."),
    "Dinas pertanian kabupaten berencana memesan sepuluh unit lagi untuk dibagikan ke desa lain tahun depan.",
]
CAPTION = "Siswa menunjukkan alat pengering gabah rakitan mereka di bengkel sekolah. (Dimas Prasetyo/contoh)"


def _detik_2015(byline: bool = True) -> str:
    lines = "<br><br>".join(STORY)
    author = '<div class="author">Dimas Prasetyo - contohnews</div>' if byline else ""
    return f"""<html><head>
<meta content="article" property="og:type"><meta content="contohnews" property="og:site_name">
<meta content="Siswa Sleman Rakit Pengering Gabah Tenaga Surya" property="og:title">
<meta charset="utf-8"><title>Siswa Sleman Rakit Pengering Gabah Tenaga Surya</title>
<meta name="pubdate" content="2015-06-16T14-05-11Z" itemprop="datePublished">
</head><body>
<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/berita">Berita</a></li>
<li><a href="/daerah">Daerah</a></li><li><a href="/indeks">Indeks</a></li></ul></div>
<div class="detail_content">
<div class="breadcrumb"><a href="/">contohNews</a> / <a href="/berita">Berita</a> / <a href="#">Detail Berita</a></div>
<article>
<div class="jdl">
<div class="date">Selasa 16 Jun 2015, 14:05 WIB</div>
<h2>MUDA DAN BERKARYA</h2>
<h1>Siswa Sleman Rakit Pengering Gabah Tenaga Surya</h1>
{author}
</div>
<div class="share_top"><div class="total_share"><span>421</span> <strong>SHARES</strong></div>
<div class="share_link"><a href="#" class="share_detail fb"><img src="/i/fb.png" alt=""> <span>12</span></a>
<a href="#" class="share_detail tw"><img src="/i/tw.png" alt=""> <span>409</span></a></div></div>
<div class="detail_text">
<div class="pic_artikel pic_artikel_por">
<span>{CAPTION}</span>
</div>
<b>Sleman</b> - {lines}
<br><strong>(dpr/sar)</strong>
</div>
</article>
<div class="bacajuga"><div class="title">Baca Juga</div><div class="list_berita">
<article><a href="/berita/1/a"><h3>Petani Muda Sleman Ekspor Jamur ke Singapura</h3></a></article>
<article><a href="/berita/2/b"><h3>Bengkel Sekolah Jadi Tempat Servis Warga</h3></a></article>
</div></div>
</div></body></html>"""


def test_a_kicker_in_capitals_under_the_date_is_no_writer() -> None:
    """The series' kicker set in capitals between the date and the headline is not the
    writer: the by-line box names the writer (before: the kicker was the author)."""
    record = cleaner.clean(_detik_2015()).to_dict()
    assert record["authors"] == ["Dimas Prasetyo"]
    assert record["paragraphs"] == STORY
    assert record["dateline"] == "Sleman"
    assert record["title"] == "Siswa Sleman Rakit Pengering Gabah Tenaga Surya"


def test_a_kicker_in_capitals_is_no_writer_without_a_by_line_either() -> None:
    """With no by-line box, a capitalised line holding a conjunction ("DAN") is still
    no person's name."""
    record = cleaner.clean(_detik_2015(byline=False)).to_dict()
    assert "MUDA DAN BERKARYA" not in record["authors"]
    assert record["paragraphs"] == STORY


def test_a_pic_artikel_box_prints_the_photos_caption_even_without_its_picture() -> None:
    record = cleaner.clean(_detik_2015()).to_dict()
    assert record["captions"] == [CAPTION]
    assert CAPTION not in record["paragraphs"]


OKEZONE_2015 = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Siswa Sleman Rakit Pengering Gabah Tenaga Surya :: Contohzone News</title></head>
<body>
<div class="navbar"><ul class="nav navbar-nav"><li><a href="/">Awal</a></li><li><a href="/news">news</a></li>
<li><a href="/economy">economy</a></li></ul></div>
<div class="container news-head"><div class="row"><div class="col-md-4">
<div class="logo-news"><h1><a href="http://news.contohzone.com/"
>Siswa Sleman Rakit Pengering Gabah Tenaga Surya :: Contohzone News</a></h1></div>
</div></div></div>
<div class="container news-home"><div class="col-md-8 left-wrap"><div class="abmenu">
<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/nasional">Nasional</a></li></ul>
<div class="meta-post"><p><time class="tgl">Jum'at, 19 Juni 2015 - 11:58 wib</time></p></div>
<div class="titles"><h1>Siswa Sleman Rakit Pengering Gabah Tenaga Surya</h1></div>
<div class="detail-content"><div class="detail-img"><div id="contentx" class="dtlnews"><div>
<p><strong>SLEMAN</strong> - {}</p><p>{}</p><p>{}</p><p>{}</p>
</div></div><strong>(sus)</strong></div></div>
</div></div></div></body></html>""".format(*STORY)


def test_the_logos_linked_h1_with_the_site_name_is_not_the_headline() -> None:
    """The logo's h1 prints the headline and the site's name as a link; the story's own
    unlinked h1 is the headline (before: the title kept " :: Contohzone News")."""
    record = cleaner.clean(OKEZONE_2015).to_dict()
    assert record["title"] == "Siswa Sleman Rakit Pengering Gabah Tenaga Surya"
    assert record["paragraphs"] == STORY
    assert record["dateline"] == "SLEMAN"


QUOTE = "Petani tidak perlu lagi menjemur gabah di pinggir jalan yang ramai kendaraan setiap musim panen tiba"
ANTARA_2017 = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Siswa Sleman rakit pengering gabah tenaga surya - CONTOH News</title></head><body>
<div class="left"><div itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline"><strong>Siswa Sleman rakit pengering gabah tenaga surya</strong></h1>
<div class="date mt10"><time itemprop="datePublished" datetime="2017-05-15T18:43:56+07:00"
>Senin, 15 Mei 2017 18:43 WIB</time> | 699 Views</div>
<div class="byline">Oleh <span itemprop="author">Dimas Prasetyo</span></div>
<div class="pbrt"><div id="image_news">
<img src="/img/2017/05/gabah.jpg" alt="Pengering gabah" class="img_default" />
<div id="caption_news">Siswa menunjukkan alat pengering gabah di bengkel sekolah, Senin (15/5/2017).
(CONTOH/Nama Fotografer)</div></div>
<div class="cl"></div></div>
<blockquote>
        {QUOTE}."       </blockquote>
<div class="cl"></div>
<div id="content_news" itemprop="articleBody">
Jakarta (ANTARA News) - {STORY[0]}<br><br>{STORY[1]}<br><br>{STORY[2]}<br><br>{STORY[3]}<br>
<p class="mt10">Editor: <span itemprop="editor">Sari Anggraini</span></p>
</div>
<div class="terkait_bottom mt10"><div class="box_header">Berita Lainnya</div>
<div class="brtall"><div class="topbox">
<h3><a itemprop="relatedLink" href="/berita/1/a">Petani muda Sleman ekspor jamur</a></h3></div></div></div>
</div></div></body></html>"""


def test_a_blockquote_repeating_a_quote_of_the_story_over_it_is_a_pull_quote() -> None:
    """A pull quote over the story with no ellipsis, its closing mark kept, is not the
    story's first paragraph; the dateline of the story's real first line is read
    (before: the quote opened the body and the dateline stayed in the text)."""
    record = cleaner.clean(ANTARA_2017).to_dict()
    assert record["paragraphs"] == STORY
    assert record["dateline"] == "Jakarta"
    assert (f'{QUOTE}."', "pull-quote") in [(r["text"], r["rule"]) for r in record["removed"]]
    assert record["authors"] == ["Dimas Prasetyo"]
    assert record["editors"] == ["Sari Anggraini"]


def test_a_lead_over_the_story_that_the_story_repeats_stays_when_it_is_no_quotation() -> None:
    """The same line in a plain paragraph over the story (a lead, a teaser) is no pull
    quote: only a <blockquote> or an ellipsis marks one."""
    page = ANTARA_2017.replace("<blockquote>", '<p class="lead">').replace("</blockquote>", "</p>")
    record = cleaner.clean(page).to_dict()
    assert "pull-quote" not in [r["rule"] for r in record["removed"]]


KOMPAS_2015 = """<html lang="en"><head><meta charset="utf-8">
<title>Siswa Sleman Rakit Pengering Gabah Tenaga Surya - Contoh.com</title>
<meta property="og:title" content="Siswa Sleman Rakit Pengering Gabah Tenaga Surya - Contoh.com"></head>
<body><div class="kcm-main"><div class="row main"><div class="span8"><div class="kcm-read mt2 clearfix">
<div class="kcm-read-content-top">
<h4 class="green breadcrump"><a href="/">Edukasi</a> / <a href="/sekolah">Sekolah</a></h4>
<h2>Siswa Sleman Rakit Pengering Gabah Tenaga Surya</h2>
<div class="grey small mb2">Rabu, 17 Juni 2015 | 22:26 WIB</div></div>
<div class="kcm-read-content-text"><div class="span6 nml"><span class="kcmread1114">
<p><strong>SLEMAN, CONTOH.com</strong> - {}<br><br>{}<br><br>{}<br><br>{}</p></span>
<hr class="orange">
<div class="kcm-read-bottom-topic"><br><h3>Ikuti perkembangan berita ini dalam topik:</h3>
<ul><li><a href="http://lipsus.contoh.com/topikpilihanlist/3636/1/teknologi.tepat.guna"
>Teknologi Tepat Guna</a></li></ul></div>
<div class="kcm-read-copy mb2"><table class="grey"><tbody>
<tr><td>Penulis</td><td>: Dimas Prasetyo</td></tr>
<tr><td>Editor</td><td>: Sari Anggraini</td></tr>
</tbody></table></div></div></div></div>
<div class="kcm-read-bottom mt2 mb2 clearfix">
<div class="span4 nml kcm-read-topic mb2 clearfix"><div class="editor-choices">
<h4><a href="#">Topik Pilihan</a></h4><ul class="mt1">
<li><a href="http://lipsus.contoh.com/topikpilihanlist/3622/1/piala.dunia">Piala Dunia Remaja</a></li>
<li><a href="http://lipsus.contoh.com/topikpilihanlist/3612/1/banjir">Banjir Ibu Kota</a></li></ul></div></div></div>
</div></div></div></body></html>""".format(*STORY)


def test_the_follow_this_story_in_topic_list_gives_the_tags() -> None:
    """"Ikuti perkembangan berita ini dalam topik:" heads the story's topics: its links
    are the tags; the site's "Topik Pilihan" picks are not (before: no tag)."""
    record = cleaner.clean(KOMPAS_2015).to_dict()
    assert record["tags"] == ["Teknologi Tepat Guna"]
    assert record["paragraphs"] == STORY
    assert record["authors"] == ["Dimas Prasetyo"]
    assert record["editors"] == ["Sari Anggraini"]
    assert record["dateline"] == "SLEMAN"
