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
