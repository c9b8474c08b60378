"""Shapes read on real Indonesian article markup and text of 2017-26, outlets other than
Tempo, Kumparan and IDN Times (realhtml21).

Evidence (never copied: the pages below are written for this file, same structure,
invented sentences and names):

- tribunnews.com 2017: a story's text kept in a shop's SQL dump of blog posts (tool
  library file id 15938890208; the dump names no repository in its text) ends its last
  sentence with the desk's sign-off, the outlet's name before the writer's initials:
  "...tersebut. (tribunnews/xyz)".
- cnnindonesia.com 2019: an article's body as the outlet's editor printed it, kept in a
  shop's SQL dump (tool library file id 47758478846): paragraphs as ``<span>``s parted
  by ``<br /><br />`` inside one ``<p>``, a "Lihat juga:" box in ``table.linksisip``,
  and the last paragraph closing with ``<br /><a class="embed videocnn">[Gambas:Video
  CNN]</a><span>&nbsp;</span><strong>(abc)</strong>``; a 2020 crawl of the outlet
  prints "(abc/def) [Gambas:Video CNN]" after the last sentence (file id 27195763139).
- health.detik.com 2026: a sample page in a public scraper's Go test, said to match a
  live article (tool library file id 66073582166): ``figure > figcaption.detail__media-
  caption`` ("Foto: Nama/detikHealth") over ``div.detail__body-text``, which holds an
  inline photo's caption in ``table.pic_artikel_sisip_table``, a "Baca juga:" box in
  ``div.noncontent table.linksisip`` and the closing ``<br> <strong>(abc/de)</strong>``.
"""

from __future__ import annotations

import cleaner

LINES = [
    "Pemerintah kota membuka dua pasar malam baru di pinggir sungai mulai akhir pekan ini.",
    "Kedua pasar itu menampung sekitar seratus pedagang kecil yang sebelumnya berjualan di trotoar.",
    "\"Kami ingin trotoar kembali untuk pejalan kaki,\" kata kepala dinas perdagangan, Sabtu (5/10).",
    "Pasar malam buka setiap hari mulai pukul lima sore hingga pukul sebelas malam.",
]


def _tribun_text(signoff: str) -> str:
    return "\n".join([
        "Dua Pasar Malam Baru Dibuka di Pinggir Sungai",
        "TRIBUNNEWS.COM, JAKARTA - " + LINES[0],
        *LINES[1:-1],
        f"{LINES[-1]} {signoff}",
    ])


def _tribun_html(signoff: str) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in LINES[1:-1])
    return f"""<html><head><meta charset="utf-8"><title>Dua Pasar Malam Baru Dibuka di Pinggir Sungai</title>
<meta property="article:published_time" content="2017-10-05T18:30:01+07:00"></head><body>
<h1>Dua Pasar Malam Baru Dibuka di Pinggir Sungai</h1>
<div class="side-article txt-article">
<p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - {LINES[0]}</p>
{paragraphs}
<p>{LINES[-1]} {signoff}</p>
</div></body></html>"""


def test_a_desk_sign_off_naming_the_outlet_closes_the_story_html() -> None:
    """The outlet's name as the desk before the initials is longer than the five letters
    of an initials part: the sign-off was kept as the end of the last sentence."""
    record = cleaner.clean(_tribun_html("(contohnews/xyz)")).to_dict()
    assert record["paragraphs"] == LINES
    assert {"text": "(contohnews/xyz)", "rule": "signoff"} in [
        {"text": r["text"], "rule": r["rule"]} for r in record["removed"]]


def test_a_desk_sign_off_naming_the_outlet_closes_the_story_text() -> None:
    record = cleaner.clean(_tribun_text("(contohnews/xyz)")).to_dict()
    assert record["paragraphs"][-1] == LINES[-1]


def test_an_outlet_domain_desk_with_initials_is_a_sign_off_not_a_caption() -> None:
    """Read as a photo credit ("(nama.com/...)"), the whole last paragraph went to
    captions; with lower-case initials after the slash it is the desk's sign-off."""
    record = cleaner.clean(_tribun_html("(contoh-kota.com/xyz)")).to_dict()
    assert record["paragraphs"] == LINES
    assert record["captions"] == []


def test_a_bracket_after_the_last_sentence_followed_by_more_text_stays() -> None:
    """Only at the line's end: words after the bracket keep it in the sentence."""
    record = cleaner.clean(_tribun_text("(contohnews/xyz) Pasar ditutup saat hujan.")).to_dict()
    assert record["paragraphs"][-1].endswith("(contohnews/xyz) Pasar ditutup saat hujan.")


BREAK = '<br style="color: #333333;" />'


def _cnn_2019(closing: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>Dua Pasar Malam Baru Dibuka</title>
<meta property="og:title" content="Dua Pasar Malam Baru Dibuka">
<meta property="article:published_time" content="2019-08-05T19:32:16+07:00"></head><body>
<h1>Dua Pasar Malam Baru Dibuka</h1>
<div class="detail_text">
<p><span style="color: #333333;">Jakarta, CNN Indonesia -- {LINES[0]}</span>{BREAK}{BREAK}\
<span style="color: #333333;">{LINES[1]}</span></p>
<table class="linksisip" style="border-collapse: collapse;"><tbody><tr><td>
<div class="lihatjg" style="padding: 10px;"><h5 style="display: inline-block;">Lihat juga:</h5>
&nbsp;<a href="/nasional/20190701-1-2/trotoar-baru" data-label="List Berita">Trotoar Baru Dibuka di Tiga Jalan</a></div>
</td></tr></tbody></table>
<p><span>{LINES[2]}</span><br /><br /><span>{LINES[3]}</span><br />{closing}</p>
</div></body></html>"""


VIDEO = '<a class="embed videocnn" href="/embed/video/1" data-url="/gambas/oembed">[Gambas:Video CNN]</a>'


def test_the_player_placeholder_and_the_initials_on_one_line_are_no_story() -> None:
    """The line after the last break holds the player's placeholder and the desk's
    initials: it was kept as the story's last paragraph."""
    record = cleaner.clean(_cnn_2019(f"{VIDEO}<span>&nbsp;</span><strong>(abc)</strong>")).to_dict()
    assert record["paragraphs"] == LINES
    assert record["related"] == ["Trotoar Baru Dibuka di Tiga Jalan"]
    rules = {r["text"]: r["rule"] for r in record["removed"]}
    assert rules["[Gambas:Video CNN]"] == "embed-placeholder"
    assert rules["(abc)"] == "signoff"


def test_initials_before_the_placeholder_read_the_same() -> None:
    record = cleaner.clean(_cnn_2019(f"<strong>(abc/def)</strong> {VIDEO}")).to_dict()
    assert record["paragraphs"] == LINES


def test_a_placeholder_glued_to_the_last_sentence_in_a_text_scrape() -> None:
    page = "\n".join([*LINES[:-1], f"{LINES[-1]} (abc/def)  [Gambas:Video CNN]"])
    record = cleaner.clean(page).to_dict()
    assert record["paragraphs"][-1] == LINES[-1]


def _detik_2026() -> str:
    return f"""<!DOCTYPE html><html lang="id-ID"><head>
<title>Dua Pasar Malam Baru Dibuka di Pinggir Sungai - detikNews</title>
<meta property="og:title" content="Dua Pasar Malam Baru Dibuka di Pinggir Sungai"></head><body>
<article class="detail">
<div class="detail__header">
<h1 class="detail__title">Dua Pasar Malam Baru Dibuka di Pinggir Sungai</h1>
<div class="detail__author">Rina Wulandari - <span class="detail__label">detikNews</span></div>
<div class="detail__date">Sabtu, 05 Okt 2026 18:30 WIB</div>
</div>
<div class="detail__media"><figure class="detail__media-image">
<img src="/a.jpg" alt="pasar malam" class="p_img_zoomin" />
<figcaption class="detail__media-caption">Foto: Budi Santoso/detikNews</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
<p><strong>Jakarta</strong> - {LINES[0]}</p>
<p>{LINES[1]}</p>
<table align="center" class="pic_artikel_sisip_table"><tbody><tr><td><div class="pic_artikel_sisip">
<span>Pedagang menata lapak di pasar malam baru. Foto: Budi Santoso/detikNews</span></div></td></tr></tbody></table>
<div class="noncontent"><table class="linksisip" width="100%"><tbody><tr><td><div class="lihatjg">
<strong>Baca juga: </strong><a href="/d-1/trotoar">Trotoar Baru Dibuka di Tiga Jalan</a></div>
</td></tr></tbody></table></div>
<p>{LINES[2]}</p>
<p>{LINES[3]}</p>
<br> <strong>(rwu/bsa)</strong>
</div></div>
</article></body></html>"""


def test_captions_come_out_in_page_order_when_markup_and_text_rules_both_find_one() -> None:
    """The figure's caption over the story (taken by the markup) was listed after the
    inline photo's caption inside it (taken by a caption rule): list fields joined from
    both now follow the page's order."""
    record = cleaner.clean(_detik_2026()).to_dict()
    assert record["captions"] == [
        "Foto: Budi Santoso/detikNews",
        "Pedagang menata lapak di pasar malam baru. Foto: Budi Santoso/detikNews",
    ]
    assert record["paragraphs"] == LINES
    assert record["authors"] == ["Rina Wulandari"]
    assert record["related"] == ["Trotoar Baru Dibuka di Tiga Jalan"]
    assert record["published"] == "2026-10-05T18:30:00+07:00"


def _liputan6_2019(closing: str) -> str:
    """liputan6.com 2019 (tool library file id 4078062745, a shop's SQL dump of posts):
    the story's ``<p>``s, a section heading ``h2.article-content-body__item-title``
    opening a nested ``div.article-content-body__item-content``, then an empty ``<p>``
    and the desk's sign-off in italics, ``<p><em>Liputan 6 - Showbizz</em></p>``."""
    section = 'data-component-name="desktop:read-page:article-content-body:section'
    return f"""<html><head><meta charset="utf-8"><title>Dua Pasar Malam Baru Dibuka - News Liputan6.com</title>
<meta property="og:title" content="Dua Pasar Malam Baru Dibuka"></head><body>
<h1>Dua Pasar Malam Baru Dibuka</h1>
<div class="article-content-body">
<div class="article-content-body__item-content" {section}:text">
<p><strong>Liputan6.com, Jakarta -</strong> {LINES[0]}</p>
<p>{LINES[1]}</p>
<h2 class="article-content-body__item-title" {section}:pagetitle">Trotoar Kembali Lega</h2>
<div class="article-content-body__item-content" {section}:text">
<p>{LINES[2]}</p>
<p>{LINES[3]}</p>
<p>&nbsp;</p>
<p><em>{closing}</em></p>
</div></div></div></body></html>"""


def test_the_outlet_and_desk_under_the_story_are_a_sign_off() -> None:
    """"Liputan 6 - Showbizz" under the story was kept as its last paragraph."""
    record = cleaner.clean(_liputan6_2019("Liputan 6 - Showbizz")).to_dict()
    assert record["paragraphs"] == [*LINES[:2], "Trotoar Kembali Lega", *LINES[2:]]
    assert record["dateline"] == "Jakarta"
    assert {"text": "Liputan 6 - Showbizz", "rule": "signoff-outlet-desk"} in [
        {"text": r["text"], "rule": r["rule"]} for r in record["removed"]]


def test_a_story_line_opening_with_the_outlet_and_a_dash_stays() -> None:
    line = "Liputan 6 - Showbizz menayangkan film keluarga setiap Sabtu malam."
    record = cleaner.clean(_liputan6_2019(line)).to_dict()
    assert record["paragraphs"][-1] == line


def _viva_2019(after_box: str, dable: str = "Rina Wulandari, Budi Santoso") -> str:
    """viva.co.id 2019, a real saved page (kefasjwiryadi/android-baca-berita
    app/src/test/java/com/kefasjwiryadi/bacaberita/html3.html @ 1aca5f3154b4): the writers
    only in ``meta[property=dable:author]`` and a by-line pop-up under "Tim VIVA"; a
    winners' list of ``<p><strong>`` headings and ``<p>`` lines in
    ``div#article-detail-content``, with a "Lihat Juga" box (``div.lihat-skyscraper >
    div.article-list.lihat-juga > h6 + ul > li > a > h3``) between a heading and its line."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Daftar Pemenang Lomba Kampung Bersih 2019 - VIVA</title>
<meta content="Daftar Pemenang Lomba Kampung Bersih 2019 - VIVA" property="og:title"/>
<meta content="2019-12-07 08:12:17" property="article:published_time">
<meta content="PT. VIVA MEDIA BARU - VIVA" name="author"/>
<meta content="{dable}" property="dable:author"></head><body>
<section id="viva-content">
<div class="leading-title"><h1 itemprop="headline">Daftar Pemenang Lomba Kampung Bersih 2019</h1></div>
<div class="author-info content_center">
<h5><a class="author-show-all" href="javascript:void(0)">Tim VIVA &raquo;</a></h5></div>
<div class="date">Sabtu, 7 Desember 2019 | 08:12 WIB</div>
<div class="leading-image clearenter"><img alt="Piala lomba" src="/p.jpg">
<div class="leading-image-info"><span>Photo :</span><ul class="clearenter"><li></li></ul></div></div>
<div class="leading-image-caption">
 Piala lomba kampung bersih di balai kota
</div>
<div class="article-detail article-detail-v2" id="article-detail-content">
<p><strong>VIVA</strong> – {LINES[0]}</p>
<p>{LINES[1]}</p>
<p>Berikut daftar lengkap pemenang lomba tahun ini:</p>
<p><strong>1. Kampung Terbersih</strong></p>
<p>Kampung Sukamaju - Kecamatan Utara</p>
<p><strong>2. Kampung Terhijau</strong></p>
<div class="lihat-skyscraper"><div class="skyscraper160"><div id="skin-left"></div></div>
<div class="article-list lihat-juga lihat-juga-2"><h6 class="title-mod"><span></span><b>Lihat Juga</b></h6>
<ul class="clearenter">
<li><a class="title-content" href="/berita/1-a">
<div class="title"><h3>Warga Tanam Seribu Pohon di Bantaran Kali</h3></div></a></li>
<li><a class="title-content" href="/berita/2-b">
<div class="title"><h3>Lomba Kampung Bersih Kembali Digelar Tahun Ini</h3></div></a></li>
</ul></div></div>
<p>{after_box}</p>
<p><strong>3. Kampung Terkreatif</strong></p>
<p>Kampung Sukamekar - Kecamatan Selatan</p>
</div></section></body></html>"""


def test_a_name_with_a_year_after_an_in_story_link_box_is_story_not_a_teaser_date() -> None:
    """The line under the box holds a year and no sentence: it was taken as a teaser's
    time stamp leaving with the list, and the story lost it."""
    record = cleaner.clean(_viva_2019("Festival Kampung Hijau 2018")).to_dict()
    assert "Festival Kampung Hijau 2018" in record["paragraphs"]
    assert record["related"] == ["Warga Tanam Seribu Pohon di Bantaran Kali",
                                 "Lomba Kampung Bersih Kembali Digelar Tahun Ini"]


def test_a_teasers_date_after_the_box_still_leaves_with_it() -> None:
    record = cleaner.clean(_viva_2019("6 Desember 2019")).to_dict()
    assert "6 Desember 2019" not in record["paragraphs"]
    assert "3. Kampung Terkreatif" in record["paragraphs"]


def test_the_recommendation_widgets_author_meta_names_the_writers() -> None:
    """No by-line names a person ("Tim VIVA"); ``dable:author`` does, comma-separated."""
    record = cleaner.clean(_viva_2019("Festival Kampung Hijau 2018")).to_dict()
    assert record["authors"] == ["Rina Wulandari", "Budi Santoso"]
    assert record["published"] == "2019-12-07T08:12:00+07:00"


def test_an_outlet_in_the_widgets_author_meta_is_no_writer() -> None:
    record = cleaner.clean(_viva_2019("Festival Kampung Hijau 2018", dable="VIVA.co.id")).to_dict()
    assert record["authors"] == []


def test_a_credit_label_with_no_credit_is_no_part_of_the_caption() -> None:
    """The photo box prints "Photo :" over an empty credit list, then the caption."""
    record = cleaner.clean(_viva_2019("Festival Kampung Hijau 2018")).to_dict()
    assert record["captions"] == ["Piala lomba kampung bersih di balai kota"]
