"""Raw HTML of national outlets that no test cited (blindhtml50), cleaned from the file
alone (no URL, no outlet), as the held-out pages are scored.

Every page below was cleaned blind from its real markup first (the source written to
/tmp, never into the project) and judged field by field against SPEC.md. Three came back
right and are kept so that they stay right. One did not: SUARA15_SAVED, suara.com's 2015
story as a browser saved it (its scripts run, ad iframes filled in), printed its tags as
``a[href=/tag/...] > h4`` "# angeline" badges under the story's share bar, and the record
had no tags: the share bar's label "Share" stood between the story's last paragraph and
the badges, and the tag reading (`link_lists._after_story`) asked for nothing but the story,
dropped blocks or a page bar there. Fixed: a share or widget button's words (a text rule's
share/widget/ad/overlay drop) are passed over like a page bar (tests at the end of this
file, with negatives).

Evidence (never copied: every fixture is written for this file with invented sentences
and invented names, keeping only the markup: tags, classes, ids, nesting, the chrome's
labels as printed, and the ``<head>`` shape the source shows):

- DETIK22_NEWS: news.detik.com's December 2022 story (tisorlawan/indonesian-media-crawler
  tests/htmls/1.html @ 4c06d80dd8e32103b4ba258a36a3bd533afeecb5, a saved desktop page):
  the head's dtk: metas, three JSON-LD blocks (BreadcrumbList, WebPage, NewsArticle), the
  second navbar and the billboard's "ADVERTISEMENT" label, div.page__breadcrumb,
  h1.detail__title wrapped over two lines, div.detail__author "Name - <span>detikNews</span>",
  div.detail__date "Sabtu, 10 Des 2022 13:19 WIB", the figure's "Foto: ..." caption, the
  body div.detail__body-text with the bare ``<strong>Jakarta</strong> -`` dateline, the
  hidden parallax ad box, two table.linksisip "Baca juga:" boxes, empty ``<p></p>``, a
  "Lihat juga Video: ..." promo in ``<p><strong>``, the "[Gambas:Video 20detik]" embed
  link, ``<p><br /><br /><br /></p>``, the "(abc/abc)" sign-off, the tag nav, the
  skyscraper box, then "Berita Terkait" cards and the "Berita detikcom Lainnya" box.
- DETIK22_SPORT: sport.detik.com's December 2022 story (the same repository's
  tests/htmls/2.html @ the same commit): tab-indented markup wrapping every line, two
  table.linksisip boxes in a row (twice), ``<p><strong>`` section headings inside the
  story, a ``<p>`` of "- " facts split by ``<br />``, the sign-off, the tag nav.
- KOMPAS16_NASIONAL: nasional.kompas.com's February 2016 story (anpandu/
  indonesian-news-scraper test/fixtures/websites/kompas/kompas-singlepage2.html @
  9072935215bb2d1d7d60216fedee6a29f9eeebba): the header's ``h1`` naming the channel
  ("Nasional") above the menu, the header's "TAG" bar of trending "#" links, the h4
  breadcrumb, the ``h2`` headline, div.kcm-date "Selasa, 16 Februari 2016 | 14:38 WIB",
  share lists printing "komentar" and "copy link", the lead photo's div whose
  span.author credit comes before the caption, an empty div.kcm-read-terkait, the
  story's ``<p>`` run in div.kcm-read-text opening "<strong>PLACE, KOMPAS.com</strong>
  &nbsp;&mdash;&nbsp;", the "Penulis / Editor" table, the NPS and widget boxes.
- SUARA15_SAVED: www.suara.com's June 2015 story saved by a browser (hafizbadrie/slasherrb
  spec/cases/suara.html @ 9f36a9713d1fe07755f1ea64eb481194b53d1d2c): the head as the
  scripts left it (script tags the ad code inserted), the Facebook root's hidden iframes,
  the header's date and menu, an ad's safeframe iframe whose ``name`` attribute holds a
  whole escaped HTML document with the ad's words, div.boxSocial with its "Share" label
  over iframed buttons, div.tagDetailList of ``a > h4`` "# tag" badges, the "Ads Center
  Belt", and the "Berita Terkait" portlet: li#boxWrapper cards whose link holds the
  picture, a ``summary`` teaser, a share box "Share article" and the title in h4, then
  the "Berita Lainnya" button. The story's own markup (its headline, by-line and
  paragraphs inside ``<article>``) was not read in the saved file, which is half a
  megabyte of ad frames; the fixture prints it in the schema.org NewsArticle shape the
  page's other boxes carry.
"""

from __future__ import annotations

import cleaner
from tests.scored import scored_record as _record


def _rules(page: str) -> dict[str, str]:
    return {e["text"]: e["rule"] for e in cleaner.clean(page).to_dict()["removed"]}


DETIK22_NEWS = """<!DOCTYPE html>
<html lang="id-ID">
  <head>
    <link rel="amphtml" href="https://news.detik.com/berita/d-7000001/warga-gotong-royong-bersihkan-sungai/amp" />
    <title>
      Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga Truk
    </title>
    <meta name="description" content="Warga kelurahan membersihkan sungai yang tersumbat sampah."
      itemprop="description" />
    <meta name="originalTitle" content="Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga Truk" />
    <meta charset="utf-8" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="detiknews" />
    <meta property="og:title" content="Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga Truk" />
    <meta property="og:url" content="https://news.detik.com/berita/d-7000001/warga-gotong-royong-bersihkan-sungai" />
    <meta name="copyright" content="detiknews" itemprop="dateline" />
    <meta name="createdate" content="2022/12/10 13:16:34" />
    <meta name="publishdate" content="2022/12/10 13:19:56" />
    <meta name="author" content="Sekar Ayuningtyas" />
    <meta name="keywords" content="sungai,gotong royong,sampah" itemprop="keywords" />
    <meta property="article:author" content="https://www.facebook.com/detikcom" itemprop="author" />
    <meta name="pubdate" content="2022-12-10T13-19-56Z" itemprop="datePublished" />
    <link rel="canonical" href="https://news.detik.com/berita/d-7000001/warga-gotong-royong-bersihkan-sungai" />
    <meta name="dtk:publishdate" content="2022/12/10 13:19:56" />
    <meta name="dtk:author" content="Sekar Ayuningtyas" />
    <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "detikNews", "item": "https://news.detik.com/"},
        {"@type": "ListItem", "position": 2, "name": "berita", "item": "https://news.detik.com/berita"}]}
    </script>
    <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "WebPage",
       "headline": "Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga Truk",
       "datePublished": "2022-12-10T13:19:56+07:00"}
    </script>
    <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "NewsArticle",
       "headline": "Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga Truk",
       "datePublished": "2022-12-10T13:19:56+07:00", "dateModified": "2022-12-10T13:19:56+07:00",
       "author": {"@type": "Person", "name": "Sekar Ayuningtyas"},
       "publisher": {"@type": "Organization", "name": "detikcom"}}
    </script>
  </head>
  <body>
    <div class="mgb-16"><div class="container"><div class="navbar navbar--bg"><nav class="navbar-second"><ul
      class="nav">
      <li class="nav__item nav__item--new"><a href="https://adsmart.detik.com/">Adsmart</a></li>
      <li class="nav__item"><a href="https://www.detik.com/terpopuler/news">Terpopuler</a></li>
      <li class="nav__item"><a href="https://news.detik.com/suara-pembaca">Suara Pembaca</a></li>
    </ul></nav></div></div></div>
    <p id="adv-caption-lead" style="font-size: 11px; text-align: center; font-weight: bold;">
      ADVERTISEMENT
    </p>
    <div id="leaderboard"><center><div id="div-gpt-ad-1534319427857-0"><script>googletag.cmd.push(function ()
      {});</script></div></center></div>
    <div class="container">
      <div class="page__header">
        <div class="page__breadcrumb">
          <a href="https://news.detik.com/">detikNews</a>
          <a dtr-evt="breadcrumb" href="https://news.detik.com/berita">
            Berita
          </a>
        </div>
      </div>
      <div class="grid-row content__bg mgt-16">
        <div class="column-8">
          <article class="detail">
            <div class="detail__header">
              <h1 class="detail__title">
                Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga
                Truk
              </h1>
              <div class="detail__author">
                Sekar Ayuningtyas - <span class="detail__label">detikNews</span>
              </div>
              <div class="detail__date">Sabtu, 10 Des 2022 13:19 WIB</div>
            </div>
            <div class="detail__media">
              <figure dtr-evt="cover image" class="detail__media-image">
                <img src="https://akcdn.detik.net.id/community/media/visual/2022/12/10/sungai_169.jpeg?w=700&q=90"
                  alt="Sungai" title="Sungai" class="p_img_zoomin img-zoomin" />
                <figcaption class="detail__media-caption">
                  Foto: Ilustrasi sungai di tengah kota (Rangga Pratama/detikcom)
                </figcaption>
              </figure>
            </div>
            <div id="inbetween"></div>
            <div class="detail__body itp_bodycontent_wrapper">
              <div class="detail__body-text itp_bodycontent">
                <strong>Jakarta</strong> -
                <p>
                  Warga kelurahan bergotong royong membersihkan
                  <a href="https://www.detik.com/tag/sungai">sungai </a>yang tersumbat
                  sampah sejak pekan lalu.
                </p>
                <p>
                  "Kami mulai sejak pagi dan baru selesai menjelang sore," kata ketua
                  RW setempat kepada wartawan, Sabtu (10/12/2022).
                </p>
                <!--s:parallaxindetail-->
                <div class="clearfix"></div>
                <div class="paradetail" style="display: none; padding-top: 16px">
                  <p id="para_caption" style="font-size: 12px; display: block;">
                    ADVERTISEMENT
                  </p>
                  <div class="para paraA"><div class="para_abs"><div class="para_fix"><div class="para_ads"><center>
                  <div id="div-gpt-ad-1572507980488-0"><script>googletag.cmd.push(function () {});</script></div>
                  </center></div></div></div></div>
                  <p id="para_caption2" style="font-size: 12px; display: block;">
                    SCROLL TO RESUME CONTENT
                  </p>
                </div>
                <!--e:parallaxindetail-->
                <p>
                  Sampah yang terkumpul diangkut tiga truk milik dinas kebersihan ke
                  tempat pembuangan akhir.
                </p>
                <table class="linksisip">
                  <tbody>
                    <tr>
                      <td>
                        <div class="lihatjg">
                          <strong>Baca juga: </strong
                          ><a data-label="List Berita" data-action="Berita Pilihan" data-category="Detil Artikel"
                            href="https://news.detik.com/berita/d-7000002/pintu-air-dibuka-saat-hujan-deras"
                            >Pintu Air Dibuka Saat Hujan Deras, Warga
                            Diminta Waspada</a
                          >
                        </div>
                      </td>
                    </tr>
                  </tbody>
                </table>
                <p>
                  Lurah setempat berjanji menambah tempat sampah di sepanjang bantaran
                  agar warga tidak membuang sampah ke sungai.
                </p>
                <p></p>
                <table class="linksisip">
                  <tbody>
                    <tr>
                      <td>
                        <div class="lihatjg">
                          <strong>Baca juga: </strong
                          ><a data-label="List Berita"
                            href="https://news.detik.com/berita/d-7000003/kerja-bakti-di-kampung-nelayan"
                            >Kerja Bakti di Kampung Nelayan</a
                          >
                        </div>
                      </td>
                    </tr>
                  </tbody>
                </table>
                <p>
                  Kegiatan serupa akan digelar lagi bulan depan di kelurahan tetangga.
                </p>
                <p></p>
                <p>
                  <strong
                    >Lihat juga Video: Banjir Rendam Jalan Utama, Pengendara Putar
                    Balik</strong
                  >
                </p>
                <p></p>
                <p>
                  <a href="https://20.detik.com/embed/221000001" id="idvideo20detik" class="embed video20detik"
                    >[Gambas:Video 20detik]</a
                  >
                </p>
                <p><br /><br /><br /></p>

                <strong>(sek/rgp)</strong>
                <div class="detail__body-tag mgt-16">
                  <div class="nav">
                    <a class="nav__item" dtr-evt="tag" href="https://www.detik.com/tag/sungai/">sungai</a>
                    <a class="nav__item" dtr-evt="tag" href="https://www.detik.com/tag/gotong-royong/">gotong royong</a>
                    <a class="nav__item" dtr-evt="tag" href="https://www.detik.com/tag/sampah/">sampah</a>
                  </div>
                </div>
              </div>
              <div class="skybanner"><div class="sticky"><div class="skybanner_container">
              <div id="div-gpt-ad-1620027193979-0"><script>googletag.cmd.push(function () {});</script></div>
              </div></div></div>
            </div>
            <div id="banner_hidden_quiz"></div>
          </article>
          <div d-widget="newsfeed_recommendation" d-recommendation></div>
          <div class="box cb-berita-terkait">
            <div class="box__header">
              <div class="box__title">Berita Terkait</div>
            </div>
            <div id="bt_tkt" class="list-content list-content--column grid-row">
              <article class="list-content__item column-6">
                <h3 class="list-content__title">
                  <a dtr-evt="berita terkait" href="https://news.detik.com/berita/d-7000004/taman-kota-direnovasi">
                    Taman Kota Direnovasi, Warga Bisa Berolahraga
                    Lagi
                  </a>
                </h3>
              </article>
              <ins data-labelname="nativeberitaterkait" data-revive-zoneid="3738"></ins>
              <article class="list-content__item column-6">
                <h3 class="list-content__title">
                  <a dtr-evt="berita terkait" href="https://news.detik.com/berita/d-7000005/jembatan-baru-diresmikan">
                    Jembatan Baru Diresmikan Akhir Pekan Ini
                  </a>
                </h3>
              </article>
            </div>
          </div>
          <div class="box cb-artikel-lainnya">
            <div class="box__header">
              <div class="box__title">Berita detikcom Lainnya</div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </body>
</html>
"""


def test_detik22_news_whole_record() -> None:
    assert _record(DETIK22_NEWS) == {
        "outlet": "generic", "title": "Warga Gotong Royong Bersihkan Sungai: Sampah Diangkut Tiga Truk",
        "subtitle": None, "authors": ["Sekar Ayuningtyas"], "editors": [],
        "published": "2022-12-10T13:19:00+07:00", "dateline": "Jakarta", "source": None,
        "reading_time_minutes": None, "summary": [],
        "captions": ["Foto: Ilustrasi sungai di tengah kota (Rangga Pratama/detikcom)"],
        "related": ["Pintu Air Dibuka Saat Hujan Deras, Warga Diminta Waspada", "Kerja Bakti di Kampung Nelayan",
                    "Taman Kota Direnovasi, Warga Bisa Berolahraga Lagi", "Jembatan Baru Diresmikan Akhir Pekan Ini"],
        "tags": ["sungai", "gotong royong", "sampah"],
        # the video promo, the embed's "[Gambas:...]" and the ad box's labels are no story lines
        "paragraphs": [
            "Warga kelurahan bergotong royong membersihkan sungai yang tersumbat sampah sejak pekan lalu.",
            ('"Kami mulai sejak pagi dan baru selesai menjelang sore," kata ketua RW setempat kepada wartawan, '
            "Sabtu (10/12/2022)."),
            "Sampah yang terkumpul diangkut tiga truk milik dinas kebersihan ke tempat pembuangan akhir.",
            ("Lurah setempat berjanji menambah tempat sampah di sepanjang bantaran agar warga tidak membuang "
            "sampah ke sungai."),
            "Kegiatan serupa akan digelar lagi bulan depan di kelurahan tetangga.",
        ],
    }


def _tabbed(sentence: str, indent: str = "\t\t\t\t\t\t\t\t") -> str:
    """A sentence wrapped every four words on tab-indented lines, as the source prints."""
    words = sentence.split()
    return ("\n" + indent).join(" ".join(words[k:k + 4]) for k in range(0, len(words), 4))


def _linksisip(href: str, title: str) -> str:
    return f"""\t\t\t\t\t\t\t<table class="linksisip">
\t\t\t\t\t\t\t\t<tbody>
\t\t\t\t\t\t\t\t\t<tr>
\t\t\t\t\t\t\t\t\t\t<td>
\t\t\t\t\t\t\t\t\t\t\t<div class="lihatjg">
\t\t\t\t\t\t\t\t\t\t\t\t<strong>Baca juga:
\t\t\t\t\t\t\t\t\t\t\t\t</strong><a
\t\t\t\t\t\t\t\t\t\t\t\t\tdata-label="List Berita"
\t\t\t\t\t\t\t\t\t\t\t\t\thref="{href}">{_tabbed(title, chr(9) * 13)}</a>
\t\t\t\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t\t\t\t</td>
\t\t\t\t\t\t\t\t\t</tr>
\t\t\t\t\t\t\t\t</tbody>
\t\t\t\t\t\t\t</table>
"""


_SPORT_STORY = [
    "Tim tuan rumah akan menjamu tim tamu malam ini di babak perempat final turnamen antarklub.",
    "Pelatih tuan rumah memilih penyerang muda sebagai starter dan menyimpan kaptennya di bangku cadangan.",
    "Penyerang muda itu mencetak tiga gol pada laga sebelumnya melawan tim dari kota sebelah.",
]
_SPORT_FACTS = [
    "- Kedua tim baru dua kali bertemu dan masing-masing menang sekali.",
    "- Tim tamu belum kalah sepanjang turnamen tahun ini.",
    "- Tuan rumah mencetak gol terbanyak di babak grup.",
]

_SPORT_URL = "https://sport.detik.com/sepakbola/bola-dunia/d-"
# two "Baca juga" boxes in a row, twice
_BOXES_1 = (_linksisip(_SPORT_URL + "7000011/link-siaran", "Link Siaran Langsung Tuan Rumah vs Tim Tamu")
            + _linksisip(_SPORT_URL + "7000012/prediksi", "Prediksi Laga: Tuan Rumah Diunggulkan tapi Awas Kejutan"))
_BOXES_2 = (_linksisip(_SPORT_URL + "7000013/pelatih-bicara", "Pelatih: Berhenti Membicarakan Kapten!")
            + _linksisip(_SPORT_URL + "7000014/tim-tamu", "Tim Tamu Tak Mau Pulang Cepat"))

DETIK22_SPORT = f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
\t<title>Susunan Pemain Tuan Rumah Vs Tim Tamu: Kapten Cadangan Lagi</title>
\t<meta property="og:type" content="article" />
\t<meta property="og:site_name" content="detiksport" />
\t<meta property="og:title" content="Susunan Pemain Tuan Rumah Vs Tim Tamu: Kapten Cadangan Lagi" />
\t<meta property="og:url" content="https://sport.detik.com/sepakbola/bola-dunia/d-7000010/susunan-pemain" />
\t<meta name="publishdate" content="2022/12/10 20:55:12" />
\t<meta name="author" content="Bayu Anggara" />
\t<link rel="canonical" href="https://sport.detik.com/sepakbola/bola-dunia/d-7000010/susunan-pemain" />
\t<script type="application/ld+json">
\t{{"@context": "https://schema.org", "@type": "NewsArticle",
\t "headline": "Susunan Pemain Tuan Rumah Vs Tim Tamu: Kapten Cadangan Lagi",
\t "datePublished": "2022-12-10T20:55:12+07:00", "author": {{"@type": "Person", "name": "Bayu Anggara"}}}}
\t</script>
</head>
<body>
\t<div class="container">
\t\t<div class="page__header">
\t\t\t<div class="page__breadcrumb">
\t\t\t\t<a href="https://sport.detik.com/sepakbola/">Sepakbola</a>
\t\t\t\t<a dtr-evt="breadcrumb" href="https://sport.detik.com/sepakbola/bola-dunia">
\t\t\t\t\tBola Dunia
\t\t\t\t</a>
\t\t\t</div>
\t\t</div>
\t\t<div class="grid-row content__bg mgt-16">
\t\t\t<div class="column-8">
\t\t\t\t<article class="detail">
\t\t\t\t\t<div class="detail__header">
\t\t\t\t\t\t<h1 class="detail__title">
\t\t\t\t\t\t\tSusunan Pemain Tuan Rumah Vs Tim Tamu: Kapten Cadangan Lagi
\t\t\t\t\t\t</h1>

\t\t\t\t\t\t<div class="detail__author">
\t\t\t\t\t\t\tBayu Anggara - <span class="detail__label">Sepakbola</span>
\t\t\t\t\t\t</div>
\t\t\t\t\t\t<div class="detail__date">Sabtu, 10 Des 2022 20:55 WIB</div>
\t\t\t\t\t</div>
\t\t\t\t\t<div class="detail__media">
\t\t\t\t\t\t<figure dtr-evt="cover image" class="detail__media-image">
\t\t\t\t\t\t\t<img src="https://akcdn.detik.net.id/community/media/visual/2022/12/07/kapten-1.jpeg?w=700&q=90"
\t\t\t\t\t\t\t\talt="Sang kapten memandang lapangan sebelum laga. (Foto oleh fotografer agensi)"
\t\t\t\t\t\t\t\ttitle="Kapten" class="p_img_zoomin img-zoomin" />
\t\t\t\t\t\t\t<figcaption class="detail__media-caption">
\t\t\t\t\t\t\t\tFoto: (Agensi Foto)
\t\t\t\t\t\t\t</figcaption>
\t\t\t\t\t\t</figure>
\t\t\t\t\t</div>
\t\t\t\t\t<div class="detail__body itp_bodycontent_wrapper">
\t\t\t\t\t\t<div class="detail__body-text itp_bodycontent">
\t\t\t\t\t\t\t<strong>Doha</strong> -
\t\t\t\t\t\t\t<p>
\t\t\t\t\t\t\t\t{_tabbed(_SPORT_STORY[0])}
\t\t\t\t\t\t\t</p>
{_BOXES_1}\t\t\t\t\t\t\t<p>
\t\t\t\t\t\t\t\t{_tabbed(_SPORT_STORY[1])}
\t\t\t\t\t\t\t</p>
\t\t\t\t\t\t\t<!--s:parallaxindetail-->
\t\t\t\t\t\t\t<div class="clearfix"></div>
\t\t\t\t\t\t\t<div class="paradetail"
\t\t\t\t\t\t\t\tstyle="display: none; padding-top: 16px; margin-bottom: 24px">
\t\t\t\t\t\t\t\t<p id="para_caption" style="font-size: 12px; display: block;">
\t\t\t\t\t\t\t\t\tADVERTISEMENT
\t\t\t\t\t\t\t\t</p>
\t\t\t\t\t\t\t\t<p id="para_caption2" style="font-size: 12px; display: block;">
\t\t\t\t\t\t\t\t\tSCROLL TO RESUME CONTENT
\t\t\t\t\t\t\t\t</p>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t<!--e:parallaxindetail-->
\t\t\t\t\t\t\t<p>
\t\t\t\t\t\t\t\t{_tabbed(_SPORT_STORY[2])}
\t\t\t\t\t\t\t</p>
\t\t\t\t\t\t\t<p><strong>Susunan pemain Tuan Rumah vs Tim Tamu:</strong></p>
\t\t\t\t\t\t\t<p>
\t\t\t\t\t\t\t\tTuan Rumah: Adi, Budi, Candra, Dedi, Eko,
\t\t\t\t\t\t\t\tFajar, Gilang, Hadi, Irfan, Joko, Kurnia.
\t\t\t\t\t\t\t</p>
{_BOXES_2}\t\t\t\t\t\t\t<p><strong>Data dan Fakta</strong></p>
\t\t\t\t\t\t\t<p>
\t\t\t\t\t\t\t\t{_tabbed(_SPORT_FACTS[0])}<br />{_tabbed(_SPORT_FACTS[1])}<br />{_tabbed(_SPORT_FACTS[2])}
\t\t\t\t\t\t\t</p>
\t\t\t\t\t\t\t<strong>(bay/ang)</strong>
\t\t\t\t\t\t\t<div class="detail__body-tag mgt-16">
\t\t\t\t\t\t\t\t<div class="nav">
\t\t\t\t\t\t\t\t\t<a class="nav__item" dtr-evt="tag"
\t\t\t\t\t\t\t\t\t\thref="https://www.detik.com/tag/tuan-rumah/">tuan
\t\t\t\t\t\t\t\t\t\trumah</a>
\t\t\t\t\t\t\t\t\t<a class="nav__item" dtr-evt="tag"
\t\t\t\t\t\t\t\t\t\thref="https://www.detik.com/tag/perempat-final/">perempat
\t\t\t\t\t\t\t\t\t\tfinal</a>
\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t</article>
\t\t\t\t<div class="box cb-berita-terkait">
\t\t\t\t\t<div class="box__header">
\t\t\t\t\t\t<div class="box__title">Berita Terkait</div>
\t\t\t\t\t</div>
\t\t\t\t\t<div id="bt_tkt" class="list-content list-content--column grid-row">
\t\t\t\t\t\t<article class="list-content__item column-6">
\t\t\t\t\t\t\t<h3 class="list-content__title">
\t\t\t\t\t\t\t\t<a dtr-evt="berita terkait"
\t\t\t\t\t\t\t\t\thref="https://sport.detik.com/sepakbola/bola-dunia/d-7000015/striker-baru">
\t\t\t\t\t\t\t\t\tStriker Baru Langsung Cetak Gol di Laga
\t\t\t\t\t\t\t\t\tPerdana
\t\t\t\t\t\t\t\t</a>
\t\t\t\t\t\t\t</h3>
\t\t\t\t\t\t</article>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</div>
</body>
</html>
"""


def test_detik22_sport_headings_and_br_list() -> None:
    record = _record(DETIK22_SPORT)
    assert record["title"] == "Susunan Pemain Tuan Rumah Vs Tim Tamu: Kapten Cadangan Lagi"
    assert record["authors"] == ["Bayu Anggara"]
    assert record["published"] == "2022-12-10T20:55:00+07:00"
    assert record["dateline"] == "Doha"
    assert record["captions"] == ["Foto: (Agensi Foto)"]
    assert record["related"] == [
        "Link Siaran Langsung Tuan Rumah vs Tim Tamu", "Prediksi Laga: Tuan Rumah Diunggulkan tapi Awas Kejutan",
        "Pelatih: Berhenti Membicarakan Kapten!", "Tim Tamu Tak Mau Pulang Cepat",
        "Striker Baru Langsung Cetak Gol di Laga Perdana"]
    assert record["tags"] == ["tuan rumah", "perempat final"]
    # the story's own headings stay in it; each "- " fact after a <br /> is a paragraph
    assert record["paragraphs"] == [
        *_SPORT_STORY,
        "Susunan pemain Tuan Rumah vs Tim Tamu:",
        "Tuan Rumah: Adi, Budi, Candra, Dedi, Eko, Fajar, Gilang, Hadi, Irfan, Joko, Kurnia.",
        "Data dan Fakta",
        *_SPORT_FACTS,
    ]


KOMPAS16_NASIONAL = """
<!-- 50.245 --><!DOCTYPE html>
<html lang="en">
<head>
<script type="text/javascript">
    var base_url = 'http://nasional.kompas.com/';
    var limit_personalisasi = 5;
</script>
<meta charset="utf-8">
<meta name="description" content="&quot;Kami ingin semua kantor melayani warga dengan cepat dan ramah.&quot;">
<meta name="keywords" content="">
<meta name="author" content="Kompas Cyber Media">
<title>Menteri Minta Kantor Layanan Buka Lebih Pagi &quot;Mulai Bulan Depan&quot; - Kompas.com</title>
<meta property="og:url"
  content="http://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Minta.Kantor.Layanan.Buka.Lebih.Pagi" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Menteri Minta Kantor Layanan Buka Lebih Pagi &quot;Mulai Bulan Depan&quot; -
  Kompas.com" />
<meta property="og:site_name" content="KOMPAS.com" />
<meta property="article:author" content="https://www.facebook.com/KOMPAScom"/>
<link rel="canonical"
  href="http://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Minta.Kantor.Layanan.Buka.Lebih.Pagi" />
<meta name="twitter:title" content="Menteri Minta Kantor Layanan Buka Lebih Pagi &quot;Mulai Bulan Depan&quot; -
  Kompas.com" />
<link rel="amphtml"
  href="http://nasional.kompas.com/amp/read/2016/02/16/14382361/Menteri.Minta.Kantor.Layanan.Buka.Lebih.Pagi">
</head>
<body>
<div class="container pt4">
    <div class="kcm-topbar">
        <ul>
            <li class="active"><a href="http://www.kompas.com">Kompas.com</a></li>
            <li><a href="http://www.kompasiana.com" target="_blank">Kompasiana.com</a></li>
        </ul>
    </div>
    <div class="row kcm-header">
      <div class="header-top clearfix">
          <div class="kcm-span4 header-top-left">
              <ul class="msmall">
          <li><a href="http://print.kompas.com/" target="_blank">Harian Kompas</a> | </li>
          <li><a href="http://www.kompas.tv/" target="_blank">Kompas TV</a></li>
                </ul>
        <div class="msmall grey">
          Selasa, 16 Februari 2016        </div>
            </div>
          <div class="kcm-span5 header-top-center">
                <h1 class="tcenter xbold mt1">
                    Nasional                    <span id='rTitle' data-title="news"></span>
                </h1>
            </div>
          <div class="kcm-span4 header-top-right tright">
                <div class="msmall">
                <span id="txt_register"><a href="http://nasional.kompas.com/Sso_personalisasi/register/"
                  class="fn_register">Register</a> |</span>
                <span id="txt_signin"><a href="http://nasional.kompas.com/Sso_personalisasi/login/"
                  class="fn_login">Login</a></span>
                </div>
            </div>
        </div>
        <div class="kcm-bottom-head">
      <ul class="kcm-nav clearfix"><li class="backhome"><a href="http://www.kompas.com">Home</a></li><li><a
        href="http://news.kompas.com" class="active">News</a><ul class="clearfix news active"><li><a
        href="http://nasional.kompas.com">Nasional</a><li><a
        href="http://regional.kompas.com">Regional</a></ul></li><li><a
        href="http://bola.kompas.com">Bola</a></li></ul>        </div>
        <div class="kcm-tag">
          <span class="title-tag">TAG</span>
          <ul>
              <li><a href="http://nasional.kompas.com/tag/Banjir Kota">#Banjir Kota</a></li><li><a
                href="http://nasional.kompas.com/tag/Pasar Murah">#Pasar Murah</a></li><li><a
                href="http://nasional.kompas.com/tag/Jalan Tol">#Jalan Tol</a></li>
          </ul>
        </div>
    </div>
    <div class="row kcm-main mt2 bggrad">
<div id="leftside" class="span8 mainside">
    <div class="clearit"></div>
    <div class="kcm-read">
        <div class="kcm-read-top clearfix">
            <ul class="kcm-breadcrumb orange">
                <li><h4><a href="http://news.kompas.com/">News</a></h4></li>
                <li><h4><a href="http://nasional.kompas.com/">Nasional</a></h4></li>
            </ul>
            <h2>Menteri Minta Kantor Layanan Buka Lebih Pagi "Mulai Bulan Depan"</h2>
            <div class="clearfix">
                 <div class="kcm-date msmall grey">Selasa, 16 Februari 2016 | 14:38 WIB</div>
        <div class="kcm-social-right kcm-social-share clearfix">
                  <ul>
            <li><a href="javascript:void(0);" onclick="fb_share('x',this)"><span class="ico-shared icon-fb ico-bg
              bg-fb"></span></a></li>
                      <li><a href="#komentar"><span class="ico-shared icon-comment2 ico-bg
                        bg-comment"></span><span class="kcm-sosial-count">komentar</span></a></li>
                      <li><a href="#" class="copylink"><span class="ico-shared icon-link ico-bg
                        bg-link"></span><span class="kcm-sosial-count">copy link</span></a></li>
                  </ul>
          <div class="share-total" ><div id="total-count-atas"></div><span>Shares</span></div>
              </div>
            </div>
           <div id="604458" class="photo" style="   max-width: 100% ; width:780px " ><img data-width="780px"
             data-aligment=""  src="http://assets.kompas.com/data/photo/2016/02/16/layanan-resized780x390.jpg"
             alt="" /><span class="pb_10 author">KOMPAS.com/RINA SARASWATI</span> Menteri memberi pengarahan
             kepada pegawai kantor layanan di Jakarta, Selasa (16/2/2016)</div>
        </div>
        <div class="kcm-read-body clearfix">
          <div class="span2">
              <div class="kcm-read-terkait">

                                    </div>
                <div class="mb2 mt2 clearfix">
          <div id='div-gpt-ad-132446887141762290-8'>
    <script type='text/javascript'>
        googletag.display('div-gpt-ad-132446887141762290-8');
    </script>
</div>        </div>
            </div>
          <div class="span6">
                <div class="kcm-read-text-wrap">
                          <!-- s: isi berita -->
                            <div class="kcm-read-text">
                                <p><strong>JAKARTA, KOMPAS.com</strong>&nbsp;&mdash;&nbsp;Menteri meminta semua
                                  kantor layanan publik buka satu jam lebih pagi mulai bulan depan.</p>
<p>Menurut dia, warga yang bekerja sering tidak sempat mengurus surat pada jam kantor biasa.</p>
<p>"Kami ingin semua kantor melayani warga dengan cepat dan ramah," tutur Menteri dalam rapat di Jakarta, Selasa
  (16/2/2016).</p>
<p>Seperti dikutip dari situs <em>www.contoh.go.id</em>,&nbsp;aturan baru itu akan diuji di tiga kota lebih
  dulu.</p>                            </div>
                            <!-- e: isi berita -->
                             <div class="kcm-read-copy mt2">
                                <table class="grey">
                                    <tbody>
                                        <tr><td>Penulis</td><td>: Rina Saraswati</td></tr>
                                                         <tr>
                                            <td>Editor</td>
                                            <td>: Dimas Prakoso</td>
                                        </tr>
                                                                            </tbody>
                                </table>
                            </div>
                            <div id="nps-data" data-articleid="1288210" data-siteid="1"></div>
                            <div id="nps" ></div>
              <div id="btn-share-bawah" class="kcm-social-share mt2 clearfix">
                        <ul>
                <li><a href="#komentar"><span class="ico-shared icon-comment2 ico-bg bg-comment"></span><span
                  class="kcm-sosial-count">komentar</span></a></li>
                <li><a href="#" class="copylink"><span class="ico-shared icon-link ico-bg bg-link"></span><span
                  class="kcm-sosial-count">copy link</span></a></li>
              </ul>
              <div class="share-total" ><div id="total-count-bawah"></div><span>Shares</span></div>
                        </div>
                </div>
            </div>
        </div>
    </div>
    <div style="height:350px;" class="kompas-widget" data-type="related.kanal" data-siteno="1" data-limit="8"></div>
    <div id="komentar" data-capcay="590067"> </div>
</div>
        <div id="rightside" class="span4 sidebar">
<div class="ads-right mt2"><div class="bannerR"><div id='div-gpt-ad-132446887141762290-2'></div></div></div>
        </div>
    </div>
</div>
</body>
</html>
"""


def test_kompas16_nasional_whole_record() -> None:
    assert _record(KOMPAS16_NASIONAL) == {
        # the header's <h1> names the channel ("Nasional"), not the story
        "outlet": "generic", "title": 'Menteri Minta Kantor Layanan Buka Lebih Pagi "Mulai Bulan Depan"',
        "subtitle": None, "authors": ["Rina Saraswati"], "editors": ["Dimas Prakoso"],
        "published": "2016-02-16T14:38:00+07:00", "dateline": "JAKARTA", "source": None,
        "reading_time_minutes": None, "summary": [],
        "captions": [("KOMPAS.com/RINA SARASWATI Menteri memberi pengarahan kepada pegawai kantor layanan di Jakarta, "
                     "Selasa (16/2/2016)")],
        # the empty "terkait" box gives nothing; the header's "TAG" bar is the site's trending list
        "related": [], "tags": [],
        "paragraphs": [
            "Menteri meminta semua kantor layanan publik buka satu jam lebih pagi mulai bulan depan.",
            "Menurut dia, warga yang bekerja sering tidak sempat mengurus surat pada jam kantor biasa.",
            ('"Kami ingin semua kantor melayani warga dengan cepat dan ramah," tutur Menteri dalam rapat di Jakarta, '
            "Selasa (16/2/2016)."),
            "Seperti dikutip dari situs www.contoh.go.id, aturan baru itu akan diuji di tiga kota lebih dulu.",
        ],
    }


_SUARA_BETWEEN = """    <div class="boxSocial">
    <div class="titleFollow">Share</div>
    <div class="socialIcon">
        <ul>
            <li>
                <div class="fb-share-button" data-href="http://www.suara.com/news/2015/06/19/130605/x"
                  data-layout="button_count"></div>
            </li>
            <li>
                <iframe id="twitter-widget-0" scrolling="no" frameborder="0" allowtransparency="true"
                  src="http://platform.twitter.com/widgets/tweet_button.html#_=1434694287747&amp;count=horizontal"
                  class="twitter-share-button twitter-tweet-button" title="Twitter Tweet Button"
                  data-twttr-rendered="true" style="position: static; visibility: visible; width: 77px; height:
                  20px;"></iframe>
                <script>!function(d,s,id){var js,fjs=d.getElementsByTagName(s)[0];}(document, 'script',
                  'twitter-wjs');</script>
            </li>
            <li>
                <div id="___plus_0" style="text-indent: 0px; display: inline-block; width: 85px; height:
                  20px;"><iframe frameborder="0" scrolling="no" style="position: static; width: 85px; visibility:
                  visible; height: 20px;" tabindex="0" width="100%" id="I1_1434694287261" name="I1_1434694287261"
                  src="https://apis.google.com/u/0/se/0/_/+1/sharebutton?plusShare=true" data-gapiattached="true"
                  title="+Share"></iframe></div>
            </li>
        </ul>
        <div class="reset"></div>
    </div>
</div>"""

SUARA15_SAVED = """<html class="no-js" lang="en" xmlns="http://www.w3.org/1999/xhtml" itemscope="itemscope"
  itemtype="http://schema.org/WebPage"><!--<![endif]--><head>
	<meta charset="utf-8">
	<title>Polisi Kumpulkan Tiga Bukti Baru Kasus Pencurian Gudang</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script src="https://apis.google.com/_/scs/apps-static/_/js/k=oz.gapi.en.O/m=auth/cb=gapi.loaded_1"
  async=""></script><script async="" type="text/javascript"
  src="http://www.googletagservices.com/tag/js/gpt.js"></script>
<meta name="title" content="Polisi Kumpulkan Tiga Bukti Baru Kasus Pencurian Gudang">
<meta name="description" content="Rekaman kamera pengawas akan dijadikan bukti tambahan.">
<meta name="keywords" content="pencurian, gudang beras">
<meta name="news_keywords" content="berita harian, berita terkini, berita terbaru, berita hari ini, berita indonesia">
<link rel="canonical" href="http://www.suara.com/news/2015/06/19/130605/polisi-kumpulkan-tiga-bukti-baru">
<meta property="og:title" content="Polisi Kumpulkan Tiga Bukti Baru Kasus Pencurian Gudang">
<meta property="og:type" content="article">
<meta property="og:url" content="http://www.suara.com/news/2015/06/19/130605/polisi-kumpulkan-tiga-bukti-baru">
<meta property="og:site_name" content="suara.com">
<script async="" type="text/javascript" src="http://partner.googleadservices.com/gpt/pubads_impl_63.js"></script></head>
<body data-twttr-rendered="true" style=""><iframe id="903a3e1e" width="0" height="0" title="empty"
  src="http://s.effectivemeasure.net/html/frame_2.2.8.html" style="display: none;"></iframe>
	<div id="fb-root" class=" fb_reset"><div style="position: absolute; top: -10000px; height: 0px; width:
		0px;"><div><iframe name="fb_xdm_frame_http" frameborder="0" title="Facebook Cross Domain Communication Frame"
		src="http://static.ak.facebook.com/connect/xd_arbiter/x.js" style="border: none;"></iframe></div></div></div>
	<header itemscope="itemscope" itemtype="http://schema.org/Organization">
<div id="header">
    <div class="headerLogo"><div class="container">
            <div class="logo"><a itemprop="url" href="http://suara.com/"><img
              src="/assets/images/element/logo.png" width="245" height="32"></a></div>
            <div class="login"><div class="fl">
                    <div class="searchDate">
                                                <time datetime="Jumat, 19 Juni 2015">Jumat, 19 Juni 2015
                                                                                           </time>
                    </div>
                </div>
                    <div class="btnNoLogin fr"><a href="#"><h6 class="font1">Login</h6></a></div>
            </div>
    </div></div>
    <div class="headerMenu idcm"><div class="container"><div class="menu font1"><nav itemscope="itemscope"
      itemtype="http://schema.org/SiteNavigationElement">
        <ul class="dropdown dropdown-linear">
            <li><span><a itemprop="url" class="active" href="http://suara.com/news">News</a></span>
                <ul><li><a itemprop="url"
                  href="http://suara.com/news/news-category/nasional">Nasional</a></li></ul></li>
            <li><span><a itemprop="url" href="http://suara.com/bisnis">Bisnis</a></span></li>
        </ul></nav></div></div></div>
</div>
	</header>
	<div class="container">
        <div class="CLeft">
<article itemscope="" itemtype="http://schema.org/NewsArticle">
    <h1 itemprop="headline">Polisi Kumpulkan Tiga Bukti Baru Kasus Pencurian Gudang</h1>
    <div class="authorDate"><span itemprop="author">Dewi Lestari</span> | <time itemprop="datePublished"
      datetime="2015-06-19T13:06:05+07:00">Jumat, 19 Juni 2015 | 13:06 WIB</time></div>
    <div class="contentDetail" itemprop="articleBody">
        <p>Polisi mengumpulkan tiga bukti baru dalam kasus pencurian di gudang beras milik koperasi desa.</p>
        <p>Salah satu bukti adalah rekaman kamera pengawas yang dipasang pengurus koperasi bulan lalu.</p>
    <!-- Begin Ads Detail Artikel -->
    <div class="adunit display-block" id="www_news_nasional_detail" data-adunit="www_news_nasional_detail"
      data-dimensions="300x250"><div id="google_ads_iframe_/148558260/www_news_nasional_detail_0__container__"
      style="border: 0pt none;"><iframe frameborder="0"
      src="http://tpc.googlesyndication.com/safeframe/1-0-2/html/container.html"
      id="google_ads_iframe_/148558260/www_news_nasional_detail_0" name="1-0-2;21963;&lt;!doctype
      html&gt;&lt;html&gt;&lt;head&gt;&lt;/head&gt;&lt;body&gt;&lt;div id=adunit&gt;&lt;a class=&quot;rhtitle
      rhdefaultcolored&quot; href=&quot;http://www.googleadservices.com/pagead/aclk&quot;&gt;&lt;span&gt;Tiket
      Murah ke Kota Tujuan&lt;/span&gt;&lt;/a&gt;&lt;span class=&quot;rhbody rhdefaultcolored&quot;&gt;Pesan
      sekarang dan hemat hingga separuh
      harga&lt;/span&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;{&quot;uid&quot;:3,&quot;hostPeerName&quot;:&quot;http://www.suara.com&quot;}"
        scrolling="no" marginwidth="0" marginheight="0" width="300" height="250" data-is-safeframe="true"
        style="border: 0px; vertical-align: bottom;"></iframe></div></div><div class="reset h20"></div>
    <!-- End Ads Detail Artikel -->
        <p>Penyidik akan memeriksa dua saksi lagi pekan depan sebelum menetapkan tersangka.</p>
    </div>
{between}    <div class="reset"></div>
</article>
<!-- End Content -->
<div class="reset h20"></div>
<div class="tagDetailList">
    <ul>
                <li>
            <div class="tagList">
                <a href="http://www.suara.com/tag/pencurian"><h4># pencurian</h4></a>
            </div>
        </li>
                <li>
            <div class="tagList">
                <a href="http://www.suara.com/tag/gudang-beras"><h4># gudang beras</h4></a>
            </div>
        </li>
            </ul>
    <div class="reset"></div>
</div>
<img src="http://www.suara.com/stat/content/206008" width="1" height="1">
            <div class="reset h20"></div>
            <!-- Begin Ads Center Belt -->
            <div class="adunit display-block grid w650" id="www_news_nasional_center_belt"
              data-adunit="www_news_nasional_center_belt" data-zone="center_belt" data-dimensions="650x100"><div
              id="google_ads_iframe_/148558260/www_news_nasional_center_belt_0__container__" style="border: 0pt
              none; display: inline-block; width: 468px; height: 60px;"><iframe frameborder="0"
              src="http://tpc.googlesyndication.com/safeframe/1-0-2/html/container.html"
              id="google_ads_iframe_/148558260/www_news_nasional_center_belt_0" name="1-0-2;21963;&lt;!doctype
              html&gt;&lt;html&gt;&lt;body&gt;&lt;div id=abgc class=abgc dir='ltr'&gt;&lt;a id=abgl class=abgl
              href=&quot;https://www.google.com/url?ct=abg&quot;
              target=_blank&gt;&lt;/a&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;" scrolling="no" width="468"
              height="60" data-is-safeframe="true" style="border: 0px; vertical-align:
              bottom;"></iframe></div></div><div class="reset h20"></div>
            <!-- End Ads Center Belt -->
            <div class="reset h40"></div>
            <!-- Begin Portlet Berita Terkait -->
<div class="grid w650">
    <div class="boxTitle">
        <span class="font1 fS24 idt1"><a>Berita Terkait<img src="/assets/images/element/icon.title.png" width="13"
          height="11" class="vm ml10" itemprop="image"></a></span>
    </div>
    <div class="reset h10"></div>
    <div class="boxstyle3">
        <ul>
{cards}                    </ul>
        <div class="reset"></div>
    </div>
    <div class="reset h10"></div>
            <div class="fl"><a href="http://www.suara.com/indeks" class="button idc2">Berita Lainnya</a></div>
    </div>
<!-- End Portlet Berita Terkait -->
            <div class="reset"></div>
        </div>
        <div class="CRight" itemscope="" itemtype="http://schema.org/Article">
            <section>
                <div class="adunit display-none" id="www_news_nasional_right_1" style="display: none;"><div
                  id="google_ads_iframe_/148558260/www_news_nasional_right_1_0__container__" style="border: 0pt
                  none;"><iframe id="google_ads_iframe_/148558260/www_news_nasional_right_1_0"
                  name="google_ads_iframe_/148558260/www_news_nasional_right_1_0" width="300" height="250"
                  scrolling="no" frameborder="0" src="javascript:&quot;<html><body
                  style='background:transparent'></body></html>&quot;" style="border: 0px; vertical-align:
                  bottom;"></iframe></div></div>
            </section>
        </div>
    </div>
</body></html>
"""


def _suara_card(href: str, teaser: str, title: str) -> str:
    return f"""                        <li id="boxWrapper" class="grid w144">
                <article>
                    <a href="{href}">
                        <div class="boxArticle grid w144">
                            <div class="box grid w144">
                                <figure>
                                <img src="http://media.suara.com/thumbnail/144x144/images/2015/06/15/a.jpg"
                                  width="144" height="144" itemprop="image">                                </figure>
                                <span class="caption fade-caption grid w126">
                                    <p></p><summary class="ellipsis4">{teaser}</summary><p></p>
                                     <div class="boxShare">
    <div class="f1" onclick="window.open('https://www.facebook.com/sharer/sharer.php?u=x', 'sharer'); return
      false;"><img src="/assets/images/element/icon-share-f1.png" width="25" height="25" itemprop="image"></div>
    <div class="t1" onclick="window.open('https://twitter.com/intent/tweet?url=x', 'sharer'); return false;"><img
      src="/assets/images/element/icon-share-t1.png" width="25" height="25" itemprop="image"></div>
    <div class="s1"><p>Share article</p></div>
</div>
                                </span>
                            </div>
                            <div class="reset"></div>
                            <h4 class="ellipsis4">{title}</h4>
                        </div>
                    </a>
                </article>
            </li>
"""


_SUARA_CARDS = (
    _suara_card("http://www.suara.com/news/2015/06/19/130348/saksi-diperiksa", "Polisi sudah memeriksa belasan saksi.",
                "Belasan Saksi Pencurian Gudang Sudah Diperiksa")
    + _suara_card("http://www.suara.com/news/2015/06/19/121506/alat-canggih",
                  "Penyidik belum bisa mengungkapkan temuan-...",
                  "Cari Bukti di Gudang, Polisi Turunkan Alat Canggih")
)


def _suara(between: str = _SUARA_BETWEEN) -> str:
    return SUARA15_SAVED.replace("{between}", between).replace("{cards}", _SUARA_CARDS)


def test_suara15_saved_page_whole_record() -> None:
    assert _record(_suara()) == {
        "outlet": "generic", "title": "Polisi Kumpulkan Tiga Bukti Baru Kasus Pencurian Gudang", "subtitle": None,
        "authors": ["Dewi Lestari"], "editors": [], "published": "2015-06-19T13:06:00+07:00", "dateline": None,
        "source": None, "reading_time_minutes": None, "summary": [], "captions": [],
        # the cards' titles, not their teasers nor their "Share article" boxes
        "related": ["Belasan Saksi Pencurian Gudang Sudah Diperiksa",
                    "Cari Bukti di Gudang, Polisi Turunkan Alat Canggih"],
        # the "# tag" badges under the share bar (fixed: the bar's "Share" stopped the reading)
        "tags": ["pencurian", "gudang beras"],
        # the ad frame's document (in its name attribute) is never text
        "paragraphs": [
            "Polisi mengumpulkan tiga bukti baru dalam kasus pencurian di gudang beras milik koperasi desa.",
            "Salah satu bukti adalah rekaman kamera pengawas yang dipasang pengurus koperasi bulan lalu.",
            "Penyidik akan memeriksa dua saksi lagi pekan depan sebelum menetapkan tersangka.",
        ],
    }
    assert _rules(_suara())["Share"] != "html-tags"


def test_tag_badges_right_under_the_story_still_read() -> None:
    # no share bar between: the badges were the story's before the fix and still are
    assert _record(_suara(between=""))["tags"] == ["pencurian", "gudang beras"]


def test_tag_badges_after_a_story_line_of_other_words_are_not_read() -> None:
    # negative: a line that is no button's word (a promo sentence printed between the
    # story and the badges) still ends the story's tail; the badges are not its tags
    promo = '    <div class="promo">Ikuti kuis mingguan kami dan menangkan hadiah menarik setiap Jumat sore.</div>\n'
    assert _record(_suara(between=promo))["tags"] == []


def test_share_words_between_story_and_a_link_list_to_other_pages_give_no_tags() -> None:
    # negative: the share words are passed over only for links that all go to tag pages;
    # a list of links to stories after the share bar is no tag list
    page = _suara()
    for slug, tag, title in (("pencurian", "# pencurian", "Gudang Lain Dibobol"),
                             ("gudang-beras", "# gudang beras", "Stok Beras Aman")):
        page = page.replace(f'href="http://www.suara.com/tag/{slug}"', f'href="http://www.suara.com/news/2015/06/18/{slug}"')
        page = page.replace(f"<h4>{tag}</h4>", f"<h4>{title}</h4>")
    assert _record(page)["tags"] == []
