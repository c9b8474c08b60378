"""Shapes read on real Indonesian article HTML of 2016-17 that the dev data lacked.

Evidence (never copied: the pages below are written for this file, same structure,
invented sentences): anpandu/indonesian-news-scraper's saved pages
test/fixtures/websites/viva/viva-singlepage.html (viva.co.id 2016, an embedded tweet
closing the story) and test/fixtures/websites/okezone/okezone-singlepage2.html
(celebrity.okezone.com 2017: the topic link printed in the "Berita Rekomendasi" label's
line, and JSON-LD keywords "Topic: ..."). Twitter's embed signature is the same on every
site that pastes the embed code.
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

VIVA_2016 = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Warga Pesisir Bangun Tanggul Bambu</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2016-03-02T10:15:00+0700">
</head><body>
<nav><ul><li><a href="/berita">BERITA</a></li><li><a href="/life">LIFE</a></li></ul></nav>
<article class="article-detail">
<div class="title"><h1>Warga Pesisir Bangun Tanggul Bambu</h1></div>
<div class="smalldesc"><div itemprop="datePublished" class="date">Rabu, 2 Maret 2016 | 10:15 WIB</div>
<div itemprop="author" class="author">Oleh : <b>Sari Anggraini</b></div></div>
<div id="article-content" class="content">
<span itemprop="articleBody"><strong>VIVA.co.id</strong> - {}
<div><br /></div><div>{}</div><div><br /></div><div>{}</div><div><br /></div><div>{}</div>
<blockquote class="twitter-tweet"><p lang="in" dir="ltr">Tanggul bambu sudah berdiri, semoga air tidak masuk lagi <a href="https://twitter.com/hashtag/pesisir">#pesisir</a></p>
&mdash; Kampung Contoh (@kampungcontoh) <a href="https://twitter.com/a/status/1">March 1, 2016</a></blockquote>
</span></div></article>
<section class="portlet artikel-terkait"><div class="titlebar"><div class="text">TERKAIT</div></div>
<div class="list"><a href="/news/read/1-a"><h2>Tanggul Beton Dijanjikan Rampung Tahun Depan</h2></a></div>
<div class="list"><a href="/news/read/2-b"><h2>Nelayan Pesisir Utara Keluhkan Air Pasang</h2></a></div>
</section></body></html>""".format(*STORY)


def test_an_embedded_tweets_signature_line_is_no_story_paragraph() -> None:
    """The tweet's "— Name (@handle) date" line is the embed's frame: it leaves the
    body (kind embed); the quoted tweet text and the story stay."""
    record = cleaner.clean(VIVA_2016).to_dict()
    assert record["paragraphs"][:4] == STORY
    assert record["paragraphs"][4] == "Tanggul bambu sudah berdiri, semoga air tidak masuk lagi #pesisir"
    assert len(record["paragraphs"]) == 5
    assert ("— Kampung Contoh (@kampungcontoh) March 1, 2016", "tweet-attribution") in [
        (r["text"], r["rule"]) for r in record["removed"]]
    assert record["authors"] == ["Sari Anggraini"]
    assert record["related"] == RELATED


def test_a_tweet_signature_in_a_text_scrape_is_dropped_too() -> None:
    """Indonesian embed language prints the date as "22 Maret 2019"."""
    text = "\n".join(["Warga Pesisir Bangun Tanggul Bambu", "Jakarta - " + STORY[0], STORY[1],
                     "Air pasang masuk lagi ke kampung kami sore ini",
                     "— Warga Pesisir (@warga_pesisir) 22 Maret 2019", STORY[2], STORY[3]])
    record = cleaner.clean(text).to_dict()
    assert "— Warga Pesisir (@warga_pesisir) 22 Maret 2019" not in record["paragraphs"]
    assert record["paragraphs"][-2:] == STORY[2:]
