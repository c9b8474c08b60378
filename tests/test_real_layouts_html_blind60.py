"""Tempo, Kumparan and IDN Times HTML in the shapes pipelines hand it in (blindhtml60),
cleaned from the input alone (no URL, no outlet), as the held-out pages are scored.

The code index held no raw Kumparan page and no IDN Times page that no test cites
(searched: "kumparan.com/", "kumparanNEWS", "Viewweb__StyledView", "Gabung di IDN
Times", ", IDN Times </strong>", "Verified Writer", "popbela.com/",
"majalah.tempo.co/read", "class=\\"detail-in\\"", "tempo.co/read"; the one IDN Times
page, file id 18212393701, is tests/test_real_layouts_html_blind52.py's). What it held
that no test read: Tempo stories' bodies as a CMS stores them, the story's element
alone, in SQL dumps of news-portal projects (file ids 34661252498, 2024 stories, and
38071822105, a 2022 one: ``<p><strong>TEMPO.CO</strong>,&nbsp;<strong>Jakarta</strong>
&nbsp;- ...`` paragraphs with ``<a href=".../tag/...">`` links, ``<br />`` + CRLF +
``&nbsp;`` closing some paragraphs, ``&ldquo;``/``&quot;`` quotes). Read blind, every
field came back right (`TEMPO_BODY_2024` keeps that shape, whole record below).

The other shapes are the pages tests already hold in real layouts' shape (their
sources cited in their own files), rendered as tests/test_html_renderings.py renders
the dev corpus (body only, the article's element only, the story's box only, minified,
no scripts, charset labels, a cut download): every Tempo, Kumparan and IDN Times page
constant of tests/test_real_layouts*.py and tests/blind_pages.py, 23 pages. Two faults
were general and are fixed:

- investigasi.tempo.co 2019 and interaktif.tempo.co 2020 (BREDEL19, ASI20 of
  tests/test_real_layouts_html_blind56.py): with no ``<head>`` (the body or the
  ``<article>`` alone) the deck, an ``h2``/``h5`` of two sentences in the headline's
  ``header``/``div.title-container``, became the story's first paragraph. Its length
  made it a teaser unless ``<html lang="id">`` said the page was Indonesian, and the
  fragment has no ``<html>``. Fixed in `_markup_deck`: the story's first paragraph's
  words say it too (as `_picture_deck` already asks).
- majalah.tempo.co 2022's paywalled story (MAJALAH_2022 of
  tests/test_real_layouts_tempo_kumparan_idn.py): the story's own element is one
  ``<em>`` (the teaser before the paywall), two tags, read as a text scrape: the
  paragraph kept "<em>" and "</em>" as words. Fixed in `sniff.markup_root`: an input
  that opens with an element's tag and ends with its closing tag is markup.

Cut downloads, at every twentieth of each page (tools: /tmp only), showed two more:

- a Tempo body cut one byte into a tag (``</p>`` CRLF CRLF ``<``): the bare "<" was a
  paragraph. Fixed in `parse._cut_tag_start` (a trailing ``<`` or ``</`` goes; a tag cut
  later the parser already dropped).
- IDN Times 2019-21 pages cut before their story (corpus/raw/idntimes/*.html of the dev
  corpus, the pages of blind52 and blind55): the side menu's footer slogan ('"The Voice
  of Millennials and Gen Z"', "#DIVERSITYISBEAUTIFUL"), the menu's app banner and the
  search box's prompt were the story. Fixed by a rule, idntimes-site-chrome.

With no <head> and no URL, majalah.tempo.co 2022's kicker line ("<rubric> :",
``p.upper_deck``) was the headline of the ``<article>`` alone, and its breadcrumb's
``li > a > h1`` (the rubric; on the mobile page a stale story's title) that of the body
alone, whose deck then stayed story. Fixed: a line ending in a spaced colon is no
headline (engine `_NOT_TITLE_END`), and with no metadata title an ``h1`` a drop stage took
(the breadcrumb's) is none either (`_find_headline`).

Left (see the report): a cut download of en.tempo.co 2015 takes a cut line as title;
a page cut before its h1 whose ``<title>`` is the site's name ("Tempo.Co", "Koran
Tempo") is titled so.
"""

from __future__ import annotations

import pytest

import cleaner
from tests.paths import SHARED
from tests.scored import scored_record as _record
from tests.test_html_renderings import article_only, body_only, story_box_only
from tests.test_real_layouts_html_blind56 import ASI20, BREDEL19
from tests.test_real_layouts_tempo_kumparan_idn import MAJALAH_2022

# A Tempo story's body as the CMS stores it (the code index's file id 34661252498, a
# news-portal project's SQL dump of June 2024, its `complete_post` column; read there,
# never copied): CKEditor's ``<p>`` runs joined by CRLF pairs, the dateline in two
# ``<strong>`` with ``&nbsp;`` around the dash, tag links inside the sentences, a
# ``<br />`` + CRLF + ``&nbsp;`` at the end of two paragraphs and inside one (a line
# break in the middle of a paragraph), curly quotes as entities. Sentences and names
# written for this file.
TEMPO_BODY_2024 = (
    '<p><strong>TEMPO.CO</strong>,&nbsp;<strong>Jakarta</strong>&nbsp;- Dosen tata kota Universitas '
    'Nusantara, Ratna Puspitasari, mengatakan banyak&nbsp;<a href="https://www.tempo.co/tag/taman-kota">'
    'taman kota&nbsp;</a>di Jakarta kini lebih sepi dibanding lima tahun lalu. Ia menyebut jam buka yang '
    'pendek sebagai sebabnya.</p>\r\n\r\n'
    '<p>&ldquo;Warga datang sepulang kerja, tapi gerbangnya sudah dikunci,&rdquo; kata Ratna dalam diskusi '
    'yang digelar komunitas pejalan kaki di Jakarta Pusat, pada Rabu, 19 Juni 2024.</p>\r\n\r\n'
    '<p>Sebagai contoh, Ratna menyebut taman di tepi kali yang hanya buka sampai pukul lima sore. Padahal '
    'lampunya menyala sepanjang malam.<br />\r\n&nbsp;</p>\r\n\r\n'
    '<p>&quot;Kami sudah mengusulkan jam buka sampai pukul sembilan,&quot; kata ketua komunitas itu, '
    'Bagas Wicaksono.&nbsp;<br />\r\nIa mengatakan usulan itu dikirim ke dinas pertamanan sejak Maret.</p>'
    '\r\n\r\n'
    '<p>Dinas pertamanan berjanji menjawab usulan itu bulan depan.</p>\r\n'
)


def test_tempo_body_as_the_cms_stores_it_whole_record() -> None:
    assert _record(TEMPO_BODY_2024) == {
        "outlet": "tempo",
        "title": None,
        "subtitle": None,
        "authors": [],
        "editors": [],
        "published": None,
        "dateline": "Jakarta",
        "source": None,
        "reading_time_minutes": None,
        "summary": [],
        "captions": [],
        "related": [],
        "tags": [],
        "paragraphs": [
            ("Dosen tata kota Universitas Nusantara, Ratna Puspitasari, mengatakan banyak taman kota di Jakarta "
             "kini lebih sepi dibanding lima tahun lalu. Ia menyebut jam buka yang pendek sebagai sebabnya."),
            ("“Warga datang sepulang kerja, tapi gerbangnya sudah dikunci,” kata Ratna dalam diskusi yang "
             "digelar komunitas pejalan kaki di Jakarta Pusat, pada Rabu, 19 Juni 2024."),
            ("Sebagai contoh, Ratna menyebut taman di tepi kali yang hanya buka sampai pukul lima sore. "
             "Padahal lampunya menyala sepanjang malam."),
            "\"Kami sudah mengusulkan jam buka sampai pukul sembilan,\" kata ketua komunitas itu, Bagas Wicaksono.",
            "Ia mengatakan usulan itu dikirim ke dinas pertamanan sejak Maret.",
            "Dinas pertamanan berjanji menjawab usulan itu bulan depan.",
        ],
    }


# ---- the deck in the headline's header, the page's <head> gone ----------------------------

_BREDEL_DECK = "Dua puluh tahun lalu, koran mahasiswa ini nyaris ditutup rektorat. Kini ia terbit setiap pekan."
_ASI_DECK = ("Penelusuran Tempo menemukan pupuk palsu beredar di desa-desa pesisir selama musim tanam tahun "
             "ini. Petani merugi dua kali. Dinas Pertanian berjanji memeriksa para penyalur.")


def test_header_deck_of_a_headless_investigasi_page_is_the_deck() -> None:
    whole = _record(BREDEL19)
    story = tuple(whole["paragraphs"])
    for fragment in (body_only(BREDEL19), article_only(BREDEL19, story)):
        got = _record(fragment)
        assert got["subtitle"] == _BREDEL_DECK
        assert got["paragraphs"] == whole["paragraphs"]
        assert got["title"] == whole["title"] == "Dua Dekade Koran Kampus Bertahan"
        assert got["captions"] == whole["captions"]
        assert got["authors"] == ["Rina Wulandari"]


def test_title_container_deck_of_a_headless_interaktif_page_is_the_deck() -> None:
    whole = _record(ASI20)
    got = _record(body_only(ASI20))
    assert whole["subtitle"] == _ASI_DECK
    assert got["subtitle"] == _ASI_DECK
    assert got["paragraphs"] == whole["paragraphs"]
    assert _ASI_DECK not in got["paragraphs"]


def _headless(deck: str, paragraphs: list[str]) -> str:
    """BREDEL19's head box and story box, the body alone (no ``<html lang>``)."""
    story = "\n".join(f"    <p>{p}</p>" for p in paragraphs)
    return (f"<body>\n  <article>\n  <a id=\"prolog\"> <section class=\"pier image_bg\"> </a>\n"
            f"    <header>\n      <h1>Dua Dekade Koran Kampus Bertahan</h1>\n      <h2>{deck}</h2>\n"
            f"    </header>\n  </section>\n  <section class=\"content\">\n{story}\n  </section>\n"
            f"  </article>\n</body>\n")


def test_headless_header_line_over_an_indonesian_story_is_the_deck() -> None:
    story = [
        "Pada suatu pagi di bulan Juni 1999, redaksi koran kampus itu menerima surat dari rektorat.",
        "Para redaktur yang masih mahasiswa tingkat dua memilih tidak menurut dan tetap mencetak edisi berikutnya.",
        "Edisi itu habis dibagikan dalam dua jam, dan seminggu kemudian rektorat mencabut suratnya.",
    ]
    got = _record(_headless(_BREDEL_DECK, story))
    assert got["subtitle"] == _BREDEL_DECK
    assert got["paragraphs"] == story


def test_headless_header_line_over_an_english_story_stays_the_story() -> None:
    """Negative: with no ``lang`` and a story in English, a two-sentence line in the
    header stays the story's opening (a teaser, as trafilatura's evaluation pages count
    it): only Indonesian words stand in for ``<html lang="id">``."""
    story = [
        "On a June morning in 1999 the campus paper received a letter from the rector ordering it to stop.",
        "The editors, second-year students, printed the next issue on a borrowed stencil machine anyway.",
        "The issue was gone within two hours, and a week later the rector withdrew the letter after all.",
    ]
    deck = "Twenty years ago the rector nearly closed this student paper down. Today it comes out every week."
    got = _record(_headless(deck, story))
    assert got["subtitle"] is None
    assert got["paragraphs"] == [deck, *story]


# ---- majalah.tempo.co 2022 with no <head>: the kicker, the breadcrumb's h1 --------------

_MAJALAH_DECK = "Hujan yang tak menentu memaksa petani kopi memetik buah sebelum matang."


def test_majalah_article_element_alone_reads_its_head() -> None:
    """``article.detail-artikel`` alone: the kicker "Kopi Lereng Gunung :" (p.upper_deck)
    is no headline, p.main_title is; the deck under the date line is the deck."""
    whole = _record(MAJALAH_2022)
    got = _record(article_only(MAJALAH_2022, tuple(whole["paragraphs"])))
    assert got["title"] == whole["title"] == "Panen Dini di Musim Basah"
    assert got["subtitle"] == whole["subtitle"] == _MAJALAH_DECK
    assert got["paragraphs"] == whole["paragraphs"]
    assert got["captions"] == whole["captions"]
    assert got["published"] == "2022-07-30"  # the printed date, its time was the head's


def test_majalah_body_alone_reads_no_breadcrumb_heading_as_headline() -> None:
    """The body alone: the breadcrumb's ``li > a > h1`` (the rubric, "Ekonomi") is a
    menu's, so the head starts under it and the deck is read, not made a paragraph."""
    whole = _record(MAJALAH_2022)
    got = _record(body_only(MAJALAH_2022))
    assert got["title"] == "Panen Dini di Musim Basah"
    assert got["subtitle"] == _MAJALAH_DECK
    assert got["paragraphs"] == whole["paragraphs"]


def test_majalah_mobile_article_alone_is_not_titled_by_a_stale_breadcrumb() -> None:
    """The 2022 mobile page's breadcrumb ``h1`` names another story: with no <head> to
    name the title, the printed p.main_title is the headline, the kicker is not."""
    from tests.test_real_layouts_outlets_more import MAJALAH_2022_MOBILE
    whole = _record(MAJALAH_2022_MOBILE)
    got = _record(article_only(MAJALAH_2022_MOBILE, tuple(whole["paragraphs"])))
    assert whole["title"] == got["title"] == "Pelabuhan yang Dikebut"


def test_kicker_with_a_spaced_colon_over_a_text_headline() -> None:
    """The same head as a text scrape: the kicker line is skipped for the headline under
    it. Negative: a headline with a colon inside stays the headline."""
    story = ("Hujan yang datang tidak menentu sejak awal tahun memaksa petani kopi di lereng gunung memetik buah "
             "lebih cepat dari biasanya.\n\nPengepul membayar buah yang belum matang jauh lebih murah, sementara "
             "ongkos menjemur biji naik karena matahari jarang muncul.\n")
    got = cleaner.clean("Kopi Lereng Gunung :\n\nPanen Dini di Musim Basah\n\n" + story)
    assert got.title == "Panen Dini di Musim Basah"
    assert "Kopi Lereng Gunung :" not in got.paragraphs
    got = cleaner.clean("Kopi Lereng Gunung: Panen Dini di Musim Basah\n\n" + story)
    assert got.title == "Kopi Lereng Gunung: Panen Dini di Musim Basah"


# ---- the story's element alone: one element, few tags ------------------------------------

def test_story_element_that_is_one_em_is_markup_not_text() -> None:
    whole = _record(MAJALAH_2022)
    story = tuple(whole["paragraphs"])
    box = story_box_only(MAJALAH_2022, story)
    assert box.startswith("<em>") and box.rstrip().endswith("</em>")
    got = _record(box)
    assert got["paragraphs"] == whole["paragraphs"]
    assert not any("<" in p for p in got["paragraphs"])


def test_one_element_fragment_of_any_inline_tag_is_markup() -> None:
    """Read as ``<p>`` alone is (a story of a sentence or two is under the HTML path's
    least, for one tag as for the other)."""
    story = ("Warga desa menanam seribu bibit bakau di pesisir utara pada Selasa pagi. Kepala desa mengatakan "
             "abrasi menggerus hampir dua puluh meter garis pantai dalam lima tahun terakhir.")
    for tag in ("em", "span", "strong", "font", "blockquote"):
        page = f'<{tag} class="isi">{story}</{tag}>\n'
        assert cleaner.clean(page).paragraphs == (story,), tag
        assert cleaner.clean(page).paragraphs == cleaner.clean(f"<p>{story}</p>").paragraphs


def test_text_scrape_opening_with_a_stray_tag_stays_text() -> None:
    """Negative: a text scrape whose first line opens with ``<b>`` and that does not
    end with its closing tag is still read as text (its lines are its paragraphs)."""
    page = ("<b>Jakarta</b> - Warga desa menanam seribu bibit bakau di pesisir utara.\n\n"
            "Kepala desa mengatakan abrasi menggerus garis pantai dalam lima tahun terakhir.\n")
    got = cleaner.clean(page)
    assert len(got.paragraphs) == 2
    assert got.paragraphs[1] == "Kepala desa mengatakan abrasi menggerus garis pantai dalam lima tahun terakhir."


# ---- a download cut short ------------------------------------------------------------------

def test_body_cut_one_byte_into_a_tag_gives_no_stray_lt() -> None:
    """`TEMPO_BODY_2024` cut after its first paragraph's ``</p>`` CRLF CRLF and the
    next tag's ``<`` (or ``</``): the story is the first paragraph, no "<" paragraph."""
    cut = TEMPO_BODY_2024.index("</p>") + len("</p>\r\n\r\n")
    first = _record(TEMPO_BODY_2024)["paragraphs"][0]
    for tail in ("<", "</", "<  \r\n"):
        got = _record(TEMPO_BODY_2024[:cut] + tail)
        assert got["paragraphs"] == [first], repr(tail)
        assert got["dateline"] == "Jakarta"


def test_paragraph_cut_before_a_tag_keeps_its_words_only() -> None:
    """Negative: a "<" written as text inside a paragraph (``&lt;``) stays; a cut
    paragraph keeps its words without the bare "<" that began the next tag."""
    cut = TEMPO_BODY_2024.index("Sebagai contoh")
    got = _record(TEMPO_BODY_2024[:cut] + "Harga tiket &lt; Rp 5.000 di taman <")
    assert got["paragraphs"][-1] == "Harga tiket < Rp 5.000 di taman"


def test_idn_desktop_page_cut_before_its_story_keeps_no_site_chrome() -> None:
    """The 2021 desktop page cut before its story: the menu's app banner ("DOWNLOAD IDN
    APP SEKARANG!") is no story (idntimes-site-chrome); the headline stays."""
    from tests.test_real_layouts_html_blind52 import IDN21_DESKTOP
    data = IDN21_DESKTOP.encode("utf-8")
    got = cleaner.clean(data[: len(data) * 3 // 10])
    assert got.outlet == "idntimes"
    assert got.paragraphs == ()
    assert got.title is not None and got.title.startswith("Kisah Perajin Anyaman Bambu")


def test_idn_mobile_page_cut_before_its_story_keeps_no_site_chrome() -> None:
    """The 2019 mobile page cut in its menus: the side menu's footer slogan and hashtag
    and the search box's prompt are no story."""
    from tests.test_real_layouts_html_blind55 import IDN19M_EMBED
    data = IDN19M_EMBED.encode("utf-8")
    got = cleaner.clean(data[: len(data) * 45 // 100])
    assert got.paragraphs == ()
    assert got.title == "4 Game Balap Perahu Paling Seru di Ponsel"


@pytest.mark.shared
def test_dev_corpus_idn_pages_cut_after_their_menus_keep_no_site_chrome() -> None:
    """The dev corpus's 2019 mobile pages (read at run time, never copied), cut just
    under the side menu's footer: no slogan, no hashtag as the story."""
    for name in ("idn-resep-daging-jamur.html", "idn-pemilu-2019-13-hal.html"):
        data = (SHARED / "corpus" / "raw" / "idntimes" / name).read_bytes()
        cut = data.index(b"#DIVERSITYISBEAUTIFUL") + 200
        got = cleaner.clean(data[:cut])
        assert got.outlet == "idntimes", name
        assert got.paragraphs == (), name
        assert got.title, name
