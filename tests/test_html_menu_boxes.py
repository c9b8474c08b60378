"""A long menu box must not outweigh a short story in the container choice.

Each page is written for its test (own invented text, Indonesian); only the markup's
structure (tags, classes, the nesting of the menu boxes) comes from the real pages of
trafilatura's evaluation suite (``../shared/corpus/peer-suites/trafilatura-eval.tar.xz``,
adbar/trafilatura at e90b0ef5, ``tests/evaldata.json``) named in each test.
"""

from __future__ import annotations

import pytest

import cleaner

_STORY = [
    ("Pemerintah kabupaten mengubah syarat surat keterangan sehat bagi pekerja pabrik mulai pekan depan, "
     "kata kepala dinas tenaga kerja dalam jumpa pers di kantor bupati pada Rabu siang."),
    ("Surat lama tetap berlaku sampai akhir bulan, tetapi pekerja yang baru masuk harus memakai formulir "
     "baru yang bisa diunduh dari laman dinas atau diambil di puskesmas terdekat."),
    ("Pengusaha diminta memeriksa surat itu sebelum pekerja masuk ke ruang produksi, dan mencatat tanggal "
     "pemeriksaan di buku harian pabrik agar pengawas bisa melihatnya kapan saja."),
]
_HEADLINE = "Syarat Surat Sehat Pekerja Pabrik Diubah Mulai Pekan Depan"

#: Menu labels of 25+ characters (each line alone counts as running text unless read
#: as a link): topics x pages, in the menu's own words.
_TOPICS = ["Ketenagakerjaan", "Jaminan Sosial", "Pelatihan Kerja", "Hubungan Industrial",
           "Pengawasan Pabrik", "Pekerja Migran"]
_PAGES = ["Ringkasan dan kabar terbaru", "Syarat dan tata cara pengajuan", "Daftar kantor layanan daerah",
          "Pertanyaan yang sering diajukan", "Peraturan yang berlaku saat ini", "Formulir yang dapat diunduh"]


def _doc(body: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='id'><head><title>{_HEADLINE} | Portal Contoh</title></head>"
            f"<body>{body}</body></html>").encode()


def _component_menu(flavour: str) -> str:
    """A web-component menu: each page's line a ``<pp-link href>`` around ``div > p.text``,
    no ``<a>`` anywhere (bmas.de's header, ``pp-header > pp-navigation >
    pp-navigation-{desktop,mobile} > ... pp-list > pp-navigation-*-item > pp-link``)."""
    topics = []
    for t, topic in enumerate(_TOPICS):
        items = "".join(
            f"<pp-navigation-{flavour}-item level='2'><pp-link href='/id/{t}/{p}.html' data-slot='pp-link'>"
            f"<div data-slot='pp-text'><p class='text'>{page}: {topic}</p></div></pp-link>"
            f"</pp-navigation-{flavour}-item>"
            for p, page in enumerate(_PAGES))
        topics.append(f"<pp-navigation-{flavour}-item level='1'><span data-slot='pp-text-inline'>{topic}</span>"
                      f"<pp-navigation-{flavour}-menu level='2'><pp-list direction='column'>{items}</pp-list>"
                      f"</pp-navigation-{flavour}-menu></pp-navigation-{flavour}-item>")
    return (f"<pp-navigation-{flavour}><div data-slot='html-collection'><pp-navigation-{flavour}-menu level='1'>"
            f"<pp-list direction='column'>{''.join(topics)}</pp-list></pp-navigation-{flavour}-menu></div>"
            f"</pp-navigation-{flavour}>")


def _component_page() -> bytes:
    """bmas.de's press release page (https://www.bmas.de/DE/Service/Presse/Meldungen/2022/
    aenderung-der-anforderungen-an-impf-und-genesenennachweisen.html in the suite): the
    menu twice (desktop and mobile) in ``pp-header``, the story in ``main >
    article.container > div.s-editor.row > div.col-12 > div.body-text > p.text``."""
    paragraphs = "".join(f"<p class='text'>{p}</p>" for p in _STORY)
    return _doc(
        "<pp-header data-slot='pp-header'><pp-link href='#main-content'><span>Langsung ke isi</span></pp-link>"
        f"<pp-navigation data-slot='pp-navigation'>{_component_menu('desktop')}{_component_menu('mobile')}"
        "</pp-navigation></pp-header>"
        "<div id='content'><main class='relative'><a id='main-content'></a><article class='container'>"
        "<div class='row'><div class='col-12 lg:col-8 mx-auto mb-20'>"
        f"<h2 data-slot='pp-headline'>{_HEADLINE}</h2></div></div>"
        f"<div class='s-editor row'><div class='col-12 lg:col-8 mx-auto'><div class='body-text'>{paragraphs}"
        "</div></div></div></article></main></div>")


@pytest.mark.parametrize("mode", ["auto", "density"])
def test_a_menu_of_web_component_links_is_links_not_running_text(mode: str) -> None:
    """A custom element with an ``href`` is a link as ``<a href>`` is: the menu's
    hundred-odd lines are link lines, not running text that outweighs the story (read
    as plain text, they made the menu the main region and the story was lost)."""
    record = cleaner.Cleaner(options=cleaner.CleanOptions(html_main=mode)).clean(_component_page())
    assert list(record.paragraphs) == _STORY
    assert not [p for p in record.paragraphs if "Ringkasan dan kabar terbaru" in p]


def test_a_web_component_link_counts_its_text_as_link_text() -> None:
    """The block under ``<pp-link href>`` is all link text; a custom element without an
    ``href`` (``pp-text``) or a plain ``div`` with one is not a link."""
    from lxml import html as lxml_html

    from cleaner.html.parse import html_text_blocks

    root = lxml_html.fromstring(
        "<body><pp-link href='/a'><div><p>Daftar kantor layanan daerah</p></div></pp-link>"
        "<pp-text><p>Surat lama tetap berlaku sampai akhir bulan</p></pp-text>"
        "<div href='/b'><p>Formulir baru bisa diunduh dari laman dinas</p></div></body>")
    blocks = html_text_blocks(root, max_depth=50)
    assert [(b.text, b.link_chars) for b in blocks] == [
        ("Daftar kantor layanan daerah", len("Daftarkantorlayanandaerah")),
        ("Surat lama tetap berlaku sampai akhir bulan", 0),
        ("Formulir baru bisa diunduh dari laman dinas", 0),
    ]


#: A mega menu's topics: each a box of links to the topic's pages and a teaser (a
#: linked title, a paragraph of running text, a "more" link) of one of its stories.
_MENU_TOPICS = ["Pemerintahan", "Layanan Warga", "Pendidikan", "Ekonomi", "Tata Kota", "Lalu Lintas",
                "Budaya", "Olahraga", "Wisata"]
_MENU_PAGES = ["Kantor wali kota dan jajarannya", "Jadwal layanan di kantor kecamatan", "Daftar sekolah negeri",
               "Izin usaha kecil dan menengah", "Rencana tata ruang kota", "Peta trayek angkutan umum",
               "Agenda gedung kesenian", "Lapangan dan gelanggang olahraga", "Taman dan museum kota",
               "Pengumuman resmi terbaru", "Kontak dan pengaduan warga"]


def _teaser(topic: str, n: int) -> str:
    return (f"Dinas {topic.lower()} membuka pendaftaran program baru bulan ini, dengan kuota terbatas untuk "
            f"warga yang tinggal di {n + 3} kecamatan di pinggir kota. Pendaftaran dilakukan di kantor "
            "kelurahan masing-masing, membawa kartu keluarga dan surat pengantar dari ketua rukun warga, "
            "paling lambat akhir bulan.")


def _mega_menu() -> str:
    """stuttgart.de's mega menu (https://www.stuttgart.de/item/show/132240/1 in the suite):
    ``aside > nav > ul#nav > li``, each topic's ``li`` a link and a
    ``div.nav-content-wrapper > div.nav-content`` of ``section.nav-content-links`` (an
    ``h1`` over a ``ul`` of links) and ``section.nav-content-news`` (an ``h1``, then
    ``div.nav-content-news-text``: ``h2.first-header > a``, a ``p`` of ~280 characters,
    ``a`` "mehr...")."""
    items = []
    for n, topic in enumerate(_MENU_TOPICS):
        links = "".join(f"<li><a href='/{n}/{k}'>{page}</a></li>" for k, page in enumerate(_MENU_PAGES))
        items.append(
            f"<li><a class='nav-link' href='/{n}'>{topic}<span class='nav-hover-box'></span></a>"
            "<div class='nav-content-wrapper'><div class='nav-content clearfix'>"
            f"<section class='nav-content-links'><h1>{topic}</h1><ul>{links}</ul></section>"
            f"<section class='nav-content-news'><h1>Kabar {topic}</h1><div class='nav-content-news-text'>"
            f"<h2 class='first-header'><a class='intxt' href='/{n}/kabar'>Pendaftaran program {topic.lower()}</a></h2>"
            f"<p>{_teaser(topic, n)}</p><a class='btn-right-link intxt' href='/{n}/kabar'>selengkapnya...</a>"
            "</div></section></div></div></li>")
    return f"<aside><nav><ul id='nav'>{''.join(items)}</ul></nav></aside>"


_SHORT_STORY = [
    ("Kampung Pecinan di tepi sungai menjadi permukiman pertama di luar tembok kota lama, didirikan "
     "para pedagang dan tukang perahu yang datang dari pesisir utara. Rumah-rumah kayunya berdiri rapat, "
     "dengan gang sempit yang hanya cukup untuk gerobak, dan pasar pagi yang ramai sejak subuh."),
    ("Kini kampung itu dipugar dengan hati-hati: toko kelontong lama menjadi kedai kopi dan galeri kecil, "
     "sementara warga tetap tinggal di rumah yang sama. Pada akhir pekan jalannya ditutup untuk kendaraan, "
     "dan pengunjung bisa berjalan santai sambil mencicipi jajanan pasar."),
]


def _mega_menu_page() -> bytes:
    """The story in ``div#content > div.content-col-box > ... > div.content-inner-wrapper >
    section.two-columns-content > div.col1 > p`` (one ``p``, its two parts split by a
    ``<br>``), a caption in ``div.col2 > dl > dd``, beside the mega menu
    (``div#content-wrapper > aside, div#content``)."""
    return _doc(
        "<div id='website-wrapper'><div id='website'>"
        "<div id='breadcrumb'><ul><li><a href='/'>Beranda</a></li><li><a href='/wisata'>Wisata</a></li></ul></div>"
        f"<div id='content-wrapper' class='clearfix'>{_mega_menu()}"
        "<div id='content'><div class='content-col-box'><div class='content-col-box-inner clearfix'>"
        "<div class='content-col-box-col1'><div class='content-inner-wrapper clearfix'><h1>Kampung Pecinan</h1>"
        f"<section class='two-columns-content'><div class='col1'><p>{_SHORT_STORY[0]}<br><br>{_SHORT_STORY[1]}</p>"
        "</div><div class='col2'><dl><dd>Kedai kopi di gang kampung. Foto: Dinas Pariwisata</dd></dl></div>"
        "</section></div></div></div></div></div></div></div></div>")


@pytest.mark.parametrize("mode", ["auto", "density"])
def test_a_mega_menu_of_teasers_is_not_the_main_region(mode: str) -> None:
    """The menu's nine teaser paragraphs hold more running text than the short story,
    so the menu list was the page's main region (the deepest element holding most
    running text) and took the story's place; a box of many lines, most of them links,
    each of its paragraphs in a box of links, is a menu, not a region."""
    record = cleaner.Cleaner(options=cleaner.CleanOptions(html_main=mode)).clean(_mega_menu_page())
    assert list(record.paragraphs) == _SHORT_STORY
    assert not [p for p in record.paragraphs if "membuka pendaftaran program baru" in p]


_LINKED_STORY = [
    ("Banjir merendam <a href='/tag/banjir'>tiga kecamatan</a> di hilir sungai sejak Selasa malam, kata "
     "<a href='/tokoh/kepala-bpbd'>kepala badan penanggulangan bencana</a> kepada wartawan di posko utama."),
    ("Air mulai naik setelah <a href='/tag/hujan'>hujan deras</a> turun selama enam jam, dan tanggul "
     "di dekat <a href='/tempat/pasar-lama'>pasar lama</a> tidak mampu menahan arus dari hulu."),
    ("Sebanyak <a href='/data/pengungsi'>1.200 warga</a> mengungsi ke sekolah dan masjid, sementara "
     "<a href='/lembaga/dinsos'>dinas sosial</a> membuka dapur umum di halaman kantor camat."),
    ("Petugas memperkirakan air surut dalam dua hari bila hujan reda, tetapi warga diminta tetap waspada "
     "dan mengikuti <a href='/info/peringatan'>peringatan dini</a> dari badan cuaca."),
]


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("mode", ["auto", "density"])
def test_a_story_with_many_inline_links_beside_a_mega_menu_is_still_the_story(mode: str) -> None:
    """Guard: a story whose paragraphs each carry two links, with a related list of link
    lines in its own box, beside the same mega menu: its paragraphs are running text (less
    than half of each is links), its box holds paragraphs (no menu), and it stays the
    story, whole, with the menu's teasers out."""
    related = "".join(f"<li><a href='/r/{n}'>Berita banjir lain nomor {n} dari daerah hilir</a></li>"
                      for n in range(6))
    story = "".join(f"<p>{p}</p>" for p in _LINKED_STORY)
    page = _doc(
        f"<div id='content-wrapper' class='clearfix'>{_mega_menu()}"
        f"<div id='content'><article><h1>{_HEADLINE}</h1><div class='isi'>{story}"
        f"<div class='terkait'><h3>Baca juga</h3><ul>{related}</ul></div></div></article></div></div>")
    record = cleaner.Cleaner(options=cleaner.CleanOptions(html_main=mode)).clean(page)
    assert list(record.paragraphs) == [_plain(p) for p in _LINKED_STORY]
    assert not [p for p in record.paragraphs if "membuka pendaftaran program baru" in p]


def test_a_box_of_links_is_a_menu_only_when_its_text_sits_in_boxes_of_links() -> None:
    """`is_menu` on the mega menu's list (nine topics of 11 links and a teaser) and on a
    page wrapper as link-heavy by its lines whose one paragraph sits in a box of text (a
    short post beside a long sidebar of links): the first is a menu, the second is not."""
    from lxml import html as lxml_html

    from cleaner.html.container import is_menu, text_totals
    from cleaner.html.parse import html_text_blocks

    root = lxml_html.fromstring(_mega_menu_page())
    blocks = html_text_blocks(root.find("body"), max_depth=200)
    ranges = text_totals(blocks).ranges
    assert is_menu(root.get_element_by_id("nav"), blocks, ranges)
    assert not is_menu(root.get_element_by_id("content"), blocks, ranges)

    sidebar = "".join(f"<li><a href='/s/{n}'>Arsip tulisan bulan ke-{n}</a></li>" for n in range(14))
    post = lxml_html.fromstring(
        "<html><body><div id='wrap'><div class='post'><h2><a href='/p'>Catatan pendek</a></h2>"
        f"<p>{_STORY[0]}</p><p>Ditulis pada hari Senin</p></div><ul class='arsip'>{sidebar}</ul></div></body></html>")
    blocks = html_text_blocks(post.find("body"), max_depth=200)
    ranges = text_totals(blocks).ranges
    assert not is_menu(post.get_element_by_id("wrap"), blocks, ranges)
