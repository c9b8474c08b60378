"""The HTML path on markup that names nothing: no ``class``, ``id`` or ``itemprop``, and
``<article>``/``<aside>``/``<header>``/``<section>``/``<footer>`` printed as ``<div>``
(ablation21: every gold HTML page of the shared dev corpus was read so, and the causes
of what it lost fixed with structure and text signals).

Each page is written for its test (own invented text, Indonesian); only the markup's
structure comes from the real dev corpus page named in the test, by its manifest entry
(``../shared/corpus/manifest.jsonl`` ``file``), with its attributes removed and those
tags renamed as the ablation did.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import cleaner

from .conftest import SHARED
from .test_html import token_f1
from .test_unseen_layouts import PINNED, _same

_HEADLINE = "Operator Seluler Perluas Jaringan Cepat ke Dua Puluh Kota Baru"
_STORY = [
    ("Sebuah operator seluler menyatakan akan memperluas jaringan cepatnya ke dua puluh kota baru "
     "tahun ini, setelah jumlah pelanggan data di kota besar tumbuh dua kali lipat, kata direkturnya."),
    ("Menurut dia, pembangunan menara baru dimulai dari kota-kota di pulau Jawa, lalu berlanjut ke "
     "Sulawesi dan Kalimantan, karena di sana sudah banyak warga yang memakai telepon generasi baru."),
    ("Perusahaan juga menyiapkan paket data murah bagi pelajar, yang bisa dibeli lewat aplikasi "
     "atau di toko pulsa terdekat, dengan masa berlaku tiga puluh hari sejak diaktifkan."),
    ("Pengamat telekomunikasi menilai langkah itu wajar, tetapi mengingatkan bahwa mutu layanan di "
     "kota lama juga harus dijaga, karena keluhan sinyal putus masih sering terdengar."),
]
_CAPTION = "Direktur operator seluler berbicara kepada wartawan di kantornya, Jumat siang."
_RELATED = ["Pelanggan Data Seluler Tumbuh Pesat di Kota Besar", "Menara Baru Dibangun di Pesisir Utara",
            "Paket Data Pelajar Mulai Dijual Bulan Depan", "Sinyal Putus di Kota Lama Dikeluhkan Warga"]
#: The site's latest-news cards: a linked title over a summary, eleven of them.
_TEASERS = [
    (f"Kabar Teknologi Terbaru Nomor {n} dari Redaksi",
     (f"Ringkasan berita teknologi ke-{n} tentang aplikasi, gawai dan jaringan yang ramai dibicarakan "
      "pembaca pekan ini di berbagai kota."))
    for n in range(1, 12)
]


def _liputan6_2016_page() -> bytes:
    """A story page shaped as corpus/raw/liputan6/anpandu-liputan6-singlepage.html with
    every attribute but ``href``/``src``/``alt``/``datetime`` removed and its sectioning
    tags printed as ``<div>``: the story's box (headline, photo gallery with its
    figcaption, a credits list "Author"/"Editor" with avatars, the paragraphs, the tag
    list), then a "Related News" grid (figure + time + h2 > a), the comment form, a
    "Popular Videos" list (figure > a > img + duration, then a "telah dilihat N kali"
    view count and the title), and a latest-news list of cards (figure > a > img, then
    a box of category link + time, h4 > a title, summary div)."""
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    related = "".join(
        f'<div><div><figure><a href="/read/{n}/r"><img src="/r{n}.jpg" alt="foto {n}"></a></figure>'
        f'<span><time datetime="2016-01-0{n}T10:00:00+07:00">0{n} Jan 2016 10:00</time></span>'
        f'<h2><a href="/read/{n}/r">{t}</a> </h2></div></div>'
        for n, t in enumerate(_RELATED, 1))
    videos = "".join(
        f'<div><div><figure><a href="/video/{n}"><img src="/v{n}.jpg" alt="cuplikan video {n}">'
        f'<span>02:0{n}</span></a></figure><span>telah dilihat {1200 * n} kali</span>'
        f'<p><a href="/video/{n}">Video Pilihan Nomor {n} Pekan Ini</a></p></div></div>'
        for n in range(1, 7))
    cards = "".join(
        f'<div><figure><a href="/read/9{n}/t"><img src="/t{n}.jpg" alt="gambar {n}"></a></figure>'
        f'<div><div><a href="/tekno">Tekno</a><span><time datetime="2016-02-15T1{n % 10}:00:00+07:00">'
        f'15 Feb 2016 1{n % 10}:00</time></span><h4><a href="/read/9{n}/t">{title}</a></h4></div>'
        f'<div>{summary}</div></div></div>'
        for n, (title, summary) in enumerate(_TEASERS, 1))
    body = (
        '<div><div><a href="/">Beranda</a> <a href="/tekno">Tekno</a></div>'
        "<div><div><div>"
        f"<div><h1>{_HEADLINE}</h1><div><span>on 16 Feb 2016 at 09:10 WIB</span></div></div>"
        f'<div><figure><div><a href="#"><img src="/foto-utama.jpg" alt="{_CAPTION}"></a></div>'
        f"<figcaption>{_CAPTION}</figcaption></figure></div>"
        "<div><div><div><ul>"
        '<li><span>Author</span></li><li><a href="/u/budi"><img src="/a1.jpg" alt="avatar budi">'
        "<span>Budi Santoso</span></a></li>"
        '<li><span>Editor</span></li><li><a href="/u/rina"><img src="/a2.jpg" alt="avatar rina">'
        "<span>Rina Wulandari</span></a></li></ul></div><div>Credits (2)</div></div>"
        f"<div>{story}</div>"
        '<div><ul><li><a href="/tag/jaringan-seluler">Jaringan Seluler</a></li>'
        '<li><a href="/tag/operator">Operator</a></li></ul></div></div>'
        f"<div><div><h3>Related News</h3></div><div>{related}</div></div>"
        "<div><div><h3>Komentar</h3></div><form><textarea></textarea><input type=\"submit\" value=\"Kirim\">"
        "</form></div>"
        f"<div><h3><span>Popular Videos</span></h3></div><div>{videos}</div>"
        f"<div><div><h3>Berita Terkini</h3></div><div>{cards}</div></div>"
        "</div></div></div>"
        "<div><div>© Copyright 2016 Portal Contoh. All Rights Reserved.</div></div></div>"
    )
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{_HEADLINE} - Portal Contoh"
            f"</title></head><body>{body}</body></html>").encode()


def test_a_video_cards_view_count_is_no_caption_whatever_the_boxes_are() -> None:
    """With no tag or class to tell the "Popular Videos" list apart, the density choice
    is not taken (the latest-news cards' summaries, no longer dropped with their
    ``<aside>``, hold more running text than the story) and the container read reaches
    the video cards: each card's "telah dilihat N kali" under its picture was read as
    that picture's caption. A view count is no caption (manifest:
    raw/liputan6/anpandu-liputan6-singlepage.html)."""
    record = cleaner.clean(_liputan6_2016_page(), outlet="generic")
    assert list(record.paragraphs) == _STORY
    assert list(record.captions) == [_CAPTION]
    assert list(record.authors) == ["Budi Santoso"]


def test_dated_teaser_cards_outside_the_story_do_not_outweigh_its_box() -> None:
    """The story's box is the densest element and clearly ahead, but the latest-news
    cards' summaries (no ``<aside>`` left to drop them) held more than half of the
    page's running text, so the choice was not taken and trafilatura's pick and the
    region around it took in the comments and the video list: the "Related News"
    grid became story links (related lost), the credits' editor was lost, the tag
    list too. Summaries in a list of dated cards (a linked title, a date, a short
    summary) outside the choice are the site's furniture, not story text it left out
    (manifest: raw/liputan6/anpandu-liputan6-singlepage.html)."""
    record = cleaner.clean(_liputan6_2016_page(), outlet="generic")
    assert list(record.paragraphs) == _STORY
    assert list(record.related) == _RELATED
    assert list(record.editors) == ["Rina Wulandari"]
    assert list(record.tags) == ["Jaringan Seluler", "Operator"]



def _idntimes_2019_page(alt: str) -> bytes:
    """A story page shaped as corpus/raw/idntimes/idn-hotel-butik-singapura.html with no
    ``<meta>``, no JSON-LD and no class or id: the headline, the deck, the lead photo
    with its credit, then the writer's card (``div > div > a[href] > img[alt]`` beside
    ``div > div > small "Verified"`` + ``a[href]`` with the name, both links to the
    writer's page), a share box, and the story's box."""
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{_HEADLINE}</title></head><body><div><div><div>"
        f"<h1>{_HEADLINE}</h1><div>Jaringan baru menjangkau dua puluh kota</div>"
        '<div><img src="/utama.jpg" alt="foto utama"><span>dok. operator</span></div>'
        '<div><div><div><a href="https://contoh.id/rina-sari"><img src="/avatar.jpg" '
        f'alt="{alt}"></a></div><div><div><small>Verified</small></div>'
        '<a href="https://contoh.id/rina-sari">Rina Sari</a></div></div>'
        '<div><div><a href="https://facebook.com/sharer">Share to Facebook</a> '
        '<a href="https://twitter.com/intent">Share to Twitter</a></div></div></div>'
        f"<div>{story}</div></div></div></div></body></html>"
    ).encode()


def test_a_writers_avatar_card_under_the_headline_names_the_writer() -> None:
    """No by-line label, no ``<meta name="author">``, no JSON-LD: the writer is the name
    whose link goes where the avatar's link goes, the avatar's ``alt`` printing the
    same name (manifest: raw/idntimes/idn-hotel-butik-singapura.html; its three
    idntimes siblings print the card the same way)."""
    record = cleaner.clean(_idntimes_2019_page("Rina Sari"), outlet="generic")
    assert list(record.paragraphs) == _STORY
    assert list(record.authors) == ["Rina Sari"]


def test_a_linked_name_beside_a_picture_of_something_else_names_nobody() -> None:
    """The same card whose picture's ``alt`` is not the name (a story card's photo and
    title, a sponsor's logo): no writer is read from it."""
    record = cleaner.clean(_idntimes_2019_page("foto profil"), outlet="generic")
    assert list(record.authors) == []


def test_without_a_head_the_h1_in_the_widened_articles_header_is_the_headline() -> None:
    """A page saved without its ``<head>`` whose container, widened to its
    ``<article>``, begins with the header box: the section's linked name, the ``h1``,
    the deck, the photo credit, the writer, then the story. The headline is the last
    ``h1`` above the story's first paragraph, not the last one above the box's first
    line (none: the deck was taken for the headline) (manifest:
    raw/idntimes/idn-pemilu-2019-13-hal.html, read without its ``<head>``)."""
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    page = (
        "<!DOCTYPE html><html lang='id'><head></head><body><main><div><ul>"
        '<li><a href="/a">Kabar lain tentang jaringan seluler di kota lain</a></li></ul></div>'
        '<article><div><div><a href="/news">Berita</a> Nasional</div>'
        f"<h1>Lengkap! {_HEADLINE}</h1><p>Kota ketiga paling ditunggu warga!</p>"
        "<div>dok. operator</div><div><div>Verified</div>"
        '<div><a href="/rina-sari">Rina Sari</a></div></div></div>'
        f"<div>09 April 2019</div><div>{story}</div></article></main></body></html>"
    ).encode()
    record = cleaner.clean(page, outlet="generic")
    assert record.title == f"Lengkap! {_HEADLINE}"
    assert list(record.paragraphs) == _STORY


# ---- the ablation itself, on the shared dev corpus pages (read at run time, never copied) ----

_ATTRS = re.compile(rb"""\s(?:class|id|itemprop)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+)""", re.I)
_SECTIONING = re.compile(rb"<(/?)(?:article|main|section|aside|nav|header|footer)(?=[\s>/])", re.I)

#: (variant, page, field) still off, and why; the test fails when one comes right.
_STILL_OFF = {
    # Its related items are known only by schema.org microdata (itemprop=relatedLink)
    # under a "Berita Lainnya" box heading, which other outlets print over site-wide
    # lists (okezone, republika 2016: not related, their gold says).
    ("bare", "anpandu-antara-singlepage", "related"): "microdata only",
    ("bare", "anpandu-antara-singlepage2", "related"): "microdata only",
}


def _html_gold() -> list[Path]:
    return sorted(p for p in (SHARED / "gold" / "corpus").glob("*.json")
                  if json.loads(p.read_text(encoding="utf-8"))["file"].endswith(".html"))


@pytest.mark.parametrize("variant", ["divs", "bare"])
@pytest.mark.parametrize("gold_path", _html_gold(), ids=lambda p: p.stem)
def test_dev_page_with_its_markup_ablated_keeps_its_record(gold_path: Path, shared: Path, variant: str) -> None:
    """``divs``: every ``<article>``, ``<main>``, ``<section>``, ``<aside>``, ``<nav>``,
    ``<header>``, ``<footer>`` printed as ``<div>`` (attributes kept); ``bare``: that, and
    every ``class``, ``id`` and ``itemprop`` removed, the outlet forced to ``generic``.
    The body and the record's fields stay as the gold says, but for `_STILL_OFF`."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = _SECTIONING.sub(lambda m: b"<" + m.group(1) + b"div", (shared / gold["file"]).read_bytes())
    if variant == "bare":
        page = _ATTRS.sub(b"", page)
    record = cleaner.clean(page, outlet="generic" if variant == "bare" else None).to_dict()
    assert token_f1(record["text"], "\n\n".join(gold["paragraphs"])) >= 0.99
    wrong = {key for key in PINNED if not _same(key, record[key], gold[key])}
    off = {key for (v, stem, key) in _STILL_OFF if v == variant and stem == gold_path.stem}
    assert wrong - off == set(), {k: (record[k], gold[k]) for k in wrong - off}
    assert off - wrong == set(), f"now right, tighten _STILL_OFF: {off - wrong}"
