"""Shapes read on real Indonesian article HTML of 2016-17 that the dev data lacked.

Evidence (never copied: the pages below are written for this file, same structure,
invented sentences): anpandu/indonesian-news-scraper's saved pages
test/fixtures/websites/okezone/okezone-singlepage2.html
(celebrity.okezone.com 2017: the topic link printed in the "Berita Rekomendasi" label's
line, and JSON-LD keywords "Topic: ...") and hafizbadrie/slasherrb
spec/cases/tribunnews.html (tribunnews.com 2015).
"""

from __future__ import annotations

import cleaner

STORY = [
    "Warga kampung nelayan di pesisir utara membangun tanggul bambu untuk menahan air pasang yang datang tiap sore.",
    "Ketua rukun warga mengatakan tanggul itu dikerjakan bergotong royong selama tiga pekan tanpa bantuan dana desa.",
    "\"Kami tidak bisa menunggu terus, air sudah masuk ke dapur,\" ujar seorang ibu yang tinggal dekat pantai.",
    "Dinas setempat berjanji meninjau lokasi pekan depan dan menghitung biaya tanggul beton yang lebih kokoh.",
]
RELATED = ["Tanggul Beton Dijanjikan Rampung Tahun Depan", "Nelayan Pesisir Utara Keluhkan Air Pasang"]

OKEZONE_2017 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Warga Pesisir Bangun Tanggul Bambu : Okezone News</title>
<meta property="og:type" content="Article">
<meta property="og:title" content="Warga Pesisir Bangun Tanggul Bambu">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"Warga Pesisir Bangun Tanggul Bambu","datePublished":"2017-03-02 13:30:08",
"author":{{"@type":"Person","name":"Dimas Prasetyo"}},
"keywords":["News: Daerah","Topic: {topic}"]}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/daerah">Daerah</a></li></ul></nav>
<div class="col-lg-8 grid-content">
<div class="title-detail"><h1>Warga Pesisir Bangun Tanggul Bambu</h1>
<span><b>Dimas Prasetyo</b> | Kamis, 2 Maret 2017 - 13:30 wib</span></div>
<div class="ctn-desc">
<p><strong>SEMARANG</strong> - {s0}</p><p>{s1}</p><p>{s2}</p><p>{s3}</p> <strong>(ABC)</strong>
</div>
<div class="meta-bottom-content">
<span class="berita-rekomendasi-title">Berita Rekomendasi</span>
<span>{link}</span><hr>
<div class="berita-terkait-wrap"><ul>
<li><span class="rekomendasi-list-title"><a href="/r/1/a">Tanggul Beton Dijanjikan Rampung Tahun Depan</a></span></li>
<li><span class="rekomendasi-list-title"><a href="/r/2/b">Nelayan Pesisir Utara Keluhkan Air Pasang</a></span></li>
</ul></div></div>
</div></body></html>"""


def _okezone(link: str, topic: str = "Tanggul Pesisir") -> str:
    return OKEZONE_2017.format(s0=STORY[0], s1=STORY[1], s2=STORY[2], s3=STORY[3], link=link, topic=topic)


def test_a_topic_link_in_the_related_labels_line_is_the_storys_tag() -> None:
    page = _okezone('<a href="/topic/3577/tanggul-pesisir" class="mb-topic">Tanggul Pesisir</a>', topic="Kata Lain")
    record = cleaner.clean(page).to_dict()
    assert record["paragraphs"] == STORY
    assert record["tags"] == ["Tanggul Pesisir"]
    assert record["related"] == RELATED
    assert record["authors"] == ["Dimas Prasetyo"]
    assert record["dateline"] == "SEMARANG"


def test_a_label_line_whose_link_is_no_topic_page_gives_no_tag() -> None:
    """A link to a section or a story in the label's line is no tag: the JSON-LD
    keyword named as a topic is the fallback, the section keyword never is."""
    record = cleaner.clean(_okezone('<a href="/daerah" class="mb-kanal">Daerah</a>')).to_dict()
    assert record["tags"] == ["Tanggul Pesisir"]
    assert "Daerah" not in record["tags"]
    assert record["paragraphs"] == STORY


# tribunnews.com 2015 (hafizbadrie/slasherrb spec/cases/tribunnews.html): the story box,
# then div#related with "Terkait" and a "#Name" link to the tag page in one line, a
# "Baca Juga" list, then "Penulis:" and "Editor:" lines. Its og:title is
# "Speaker: Headline - Tribunnews.com".
TRIBUN_2015 = """<html lang="id-ID"><head>
<title>Camat Pesisir: Tanggul Bambu Hanya Sementara - Contohnews.com</title>
<meta property="og:site_name" content="Contohnews.com"><meta property="og:type" content="article">
<meta property="og:title" content="Camat Pesisir: Tanggul Bambu Hanya Sementara - Contohnews.com">
<meta name="keywords" content="camat pesisir, news, regional">
</head><body>
<div class="side-article txt-article mb20 helvetica">
<p><strong>CONTOHNEWS.COM, SEMARANG</strong> - {}</p><p>{}</p><p>{}</p><p>{}</p>
</div>
<div class="side-article mb20"><div id="related">
<div class="fno mb10 f16"><span class="fbo2 pr10 grey">Terkait</span><span><a class="pr15 fbo"
href="http://www.contohnews.com/tag/tanggul-pesisir/?url=regional/2015/06/19/x">#Tanggul Pesisir</a></span></div>
<div class="pb20"><div class="f16 fbo2 pb10"><span class="fbo2 grey">Baca Juga</span></div>
<div class="lsi-3 f14"><ul>
<li><a href="http://www.contohnews.com/regional/2015/05/20/a" class="fbo2">{}</a></li>
<li><a href="http://www.contohnews.com/regional/2015/04/05/b" class="fbo2">{}</a></li>
</ul></div></div></div>
<div class="f11 grey pb10"><div>Penulis: Dimas Prasetyo</div><div>Editor: Sari Anggraini</div></div>
</div></body></html>""".format(*STORY, *RELATED)


def test_a_hashtag_topic_link_after_a_word_under_the_story_is_its_tag() -> None:
    record = cleaner.clean(TRIBUN_2015).to_dict()
    assert record["paragraphs"] == STORY
    assert record["tags"] == ["Tanggul Pesisir"]
    assert ("Terkait#Tanggul Pesisir", "html-tags") in [(r["text"], r["rule"]) for r in record["removed"]]
    assert record["related"] == RELATED
    assert record["authors"] == ["Dimas Prasetyo"]
    assert record["editors"] == ["Sari Anggraini"]


def test_a_headlines_own_colon_stays_in_a_metadata_title() -> None:
    """No heading prints the headline: the metadata title gives it, the site name after
    " - " cut; the part before a colon is the headline's speaker, not a site."""
    record = cleaner.clean(TRIBUN_2015).to_dict()
    assert record["title"] == "Camat Pesisir: Tanggul Bambu Hanya Sementara"
    page = TRIBUN_2015.replace("Camat Pesisir: Tanggul Bambu Hanya Sementara - Contohnews.com",
                               "Contohnews.com: Tanggul Bambu Hanya Sementara")
    assert cleaner.clean(page).to_dict()["title"] == "Tanggul Bambu Hanya Sementara"


def test_a_prose_line_linking_a_topic_under_the_story_is_no_tag_line() -> None:
    """A long line after the story that links a word to its topic page is prose, not a
    tag bar: no tag from it."""
    page = TRIBUN_2015.replace(
        '<span class="fbo2 pr10 grey">Terkait</span><span><a class="pr15 fbo"',
        '<span>Simak juga laporan lengkap kami tentang warga yang membangun tanggul di kampung nelayan '
        'sepanjang pesisir utara</span> <span><a')
    record = cleaner.clean(page).to_dict()
    assert "Tanggul Pesisir" not in record["tags"]
    assert record["paragraphs"][:4] == STORY


# ihram.co.id 2017, Republika's (anpandu/indonesian-news-scraper republika-singlepage3.html):
# the story, "Redaktur :" and "Sumber :" lines, then a div.social box (a class the drop
# selectors take) holding "TAG:" and one div per "#tag" link.
IHRAM_2017 = """<html><head><meta charset="utf-8"><title>Warga Pesisir Bangun Tanggul Bambu | Contoh</title></head>
<body><div class="detail-left"><div class="wrap-title">
<div class="h5 global-detail">Warga Pesisir Bangun Tanggul Bambu</div>
<div class="date-detail global-detail">Jumat , 17 February 2017, 13:16 WIB</div></div>
<div class="teaser global-detail"><p>CONTOH.CO.ID, SEMARANG -- {}<br /><br />{}<br /><br />{}<br /><br />{}</p></div>
<div class="set-sosmed global-detail"><div class="red"><table>
<tr><td><strong>Redaktur :</strong> Sari Anggraini</td></tr>
<tr><td><strong>Sumber :</strong> contoh.go.id</td></tr></table></div>
<div class="social"><div class=""><b><span>TAG:</span></b></div>
<div class="tagging"><a href="/indeks/hot_topic/tanggul" title="tanggul">#tanggul</a></div>
<div class="tagging"><a href="/indeks/hot_topic/air_pasang" title="air pasang">#air pasang</a></div>
</div>
<div class="social"><div class="share"><span>0</span><strong>SHARE</strong></div></div>
</div></div></body></html>""".format(*STORY)


def test_a_dropped_tag_box_under_the_storys_credit_lines_gives_its_tags() -> None:
    record = cleaner.clean(IHRAM_2017).to_dict()
    assert record["paragraphs"] == STORY
    assert record["tags"] == ["tanggul", "air pasang"]
    assert record["editors"] == ["Sari Anggraini"]
    assert record["source"] == "contoh.go.id"


def test_a_dropped_tag_box_after_other_lines_under_the_story_stays_dropped() -> None:
    """Only credit lines may stand between the story and a dropped tag box: after a
    line of another kind the box is no longer the story's."""
    page = IHRAM_2017.replace("<tr><td><strong>Sumber :</strong> contoh.go.id</td></tr>",
                              "<tr><td>Baca berita lain dari kanal daerah setiap pagi di laman kami</td></tr>")
    assert cleaner.clean(page).to_dict()["tags"] == []
