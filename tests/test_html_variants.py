"""The HTML path on the forms a crawler hands in besides the page as served: the AMP
version (``<html amp>``, ``<amp-img>``, ``<amp-ad>``), pretty-printed or minified markup,
a browser-saved DOM, a page cut short, a story split over boxes with ad slots between,
text in ``<br>`` soup, by-line and date in JSON-LD only, and a charset label that lies.

Every page here is written for this file in Indonesian-news shape (no text is taken
from a real page); each test holds a case that went wrong before its fix.
"""

from __future__ import annotations

import re

import cleaner

URL = "https://www.contoh-berita.co.id/read/2025/03/03/101500/warga-perbaiki-jembatan-desa"
TITLE = "Warga Gotong Royong Perbaiki Jembatan Desa"
STORY = (
    "Warga Desa Sukamaju bergotong royong memperbaiki jembatan kayu yang rusak diterjang banjir pekan lalu.",
    "Kepala desa mengatakan pekerjaan dimulai sejak Sabtu pagi dan ditargetkan rampung dalam dua pekan.",
    "Material bangunan dibeli dari hasil iuran warga serta bantuan sejumlah donatur dari kota kabupaten.",
    "Pemerintah kabupaten berjanji mengirim alat berat agar pekerjaan bisa selesai lebih cepat dari rencana.",
    "Selama perbaikan berlangsung, anak-anak sekolah menyeberang sungai dengan perahu yang disiapkan warga.",
)
CREDIT = "FOTO/ANDI PRATAMA"
CAPTION = "Warga mengangkut papan kayu untuk memperbaiki jembatan di Desa Sukamaju, Sabtu (1/3/2025)."


def _page(article: str, *, html_attrs: str = "", head: str = "") -> str:
    """A news page around ``article`` (the story box): head, menu, headline, sidebar."""
    return (
        f"<!DOCTYPE html><html lang=\"id\"{html_attrs}><head><meta charset=\"utf-8\">"
        f"<title>{TITLE} - Contoh Berita</title>{head}</head><body>"
        "<nav><ul><li><a href=\"/\">Beranda</a></li><li><a href=\"/nasional\">Nasional</a></li>"
        "<li><a href=\"/daerah\">Daerah</a></li></ul></nav>"
        f"<div class=\"read\"><h1>{TITLE}</h1>"
        "<div class=\"date\">Senin, 3 Maret 2025 | 10:15 WIB</div>"
        f"{article}</div>"
        "<aside><h3>Terpopuler</h3><ul>"
        "<li><a href=\"/read/1\">Harga Cabai di Pasar Induk Turun Menjelang Panen Raya</a></li>"
        "<li><a href=\"/read/2\">Jalan Provinsi Ditutup Sementara Karena Longsor</a></li>"
        "<li><a href=\"/read/3\">Sekolah Darurat Dibuka untuk Siswa Korban Banjir</a></li>"
        "</ul></aside><footer>Hak cipta Contoh Berita</footer></body></html>"
    )


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


# ---- (a) AMP ---------------------------------------------------------------------------

def test_amp_img_box_is_a_caption_not_story() -> None:
    """An ``<amp-img>`` is the ``<img>`` it stands for: the photo box with its credit and
    caption is a caption, not the story's first paragraph (it was read as text beside
    an unknown block element, the caption went into the body and its credit into the
    by-line)."""
    photo = (f"<div class=\"photo\"><amp-img src=\"/foto/jembatan.jpg\" width=\"780\" height=\"390\" "
             f"layout=\"responsive\"></amp-img><span class=\"credit\">{CREDIT}</span> {CAPTION}</div>")
    page = _page(f"<div class=\"body\">{photo}{_paragraphs()}</div>", html_attrs=" amp")
    article = cleaner.clean(page, url=URL)
    assert article.paragraphs == STORY
    assert article.captions == (f"{CREDIT} {CAPTION}",)


def test_amp_ad_fallback_text_is_not_story() -> None:
    """``<amp-ad>`` and ``<amp-sticky-ad>`` are ad slots: the text they show until the
    ad loads (their ``fallback``/``placeholder`` children) is not the story's."""
    ad = ("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/123/tengah\">"
          "<div fallback>Konten sponsor sedang dimuat untuk Anda</div></amp-ad>")
    sticky = ("<amp-sticky-ad layout=\"nodisplay\"><amp-ad width=\"320\" height=\"50\" type=\"doubleclick\">"
              "<div placeholder>Tutup konten sponsor di bagian bawah</div></amp-ad></amp-sticky-ad>")
    body = "".join(f"<p>{p}</p>" + (ad if i == 1 else "") for i, p in enumerate(STORY))
    page = _page(f"<div class=\"body\">{body}{sticky}</div>", html_attrs=" amp")
    article = cleaner.clean(page, url=URL)
    assert article.paragraphs == STORY


# ---- (b) pretty-printed markup ------------------------------------------------------------

def test_pretty_printed_inline_element_before_punctuation_is_not_spaced() -> None:
    """A pretty-printer puts each inline element on its own indented line; the line
    break before a comma, full stop or closing bracket (or after an opening one) is
    layout, not a space the writer typed."""
    pretty = (
        "<p>\n      Warga Desa Sukamaju memperbaiki jembatan\n      <i>\n        gantung\n      </i>\n"
        "      , kata Kepala Desa\n      <b>\n        Budi Santoso\n      </b>\n      .\n    </p>\n"
        "    <p>\n      Pekerjaan itu dibiayai iuran warga (\n      <i>\n        swadaya\n      </i>\n"
        "      ) dan bantuan donatur dari kota kabupaten yang ikut datang ke lokasi.\n    </p>"
    )
    want = ("Warga Desa Sukamaju memperbaiki jembatan gantung, kata Kepala Desa Budi Santoso.",
            ("Pekerjaan itu dibiayai iuran warga (swadaya) dan bantuan donatur dari kota kabupaten "
             "yang ikut datang ke lokasi."))
    got = cleaner.clean(_page(f"<div class=\"body\">{pretty}{_paragraphs()}</div>"), url=URL)
    assert got.paragraphs[:2] == want


def _pretty(markup: str, indent: int = 4) -> str:
    """``markup`` with every tag and text on its own line, indented by depth (as an HTML
    pretty-printer saves a page)."""
    out = []
    depth = 0
    for part in re.split(r"(<[^>]+>)", markup):
        if not part.strip():
            continue
        if part.startswith("</"):
            depth -= 1
        out.append(" " * (indent * max(depth, 0)) + part.strip())
        if part.startswith("<") and not part.startswith(("</", "<!", "<meta", "<img", "<br")) \
                and not part.endswith("/>"):
            depth += 1
    return "\n".join(out)


def test_pretty_printed_is_told_by_each_tags_first_opening() -> None:
    """The first of each bare opening formatting tag decides a page as served (text
    right after it: not pretty-printed), whatever tag comes first and however many of
    each follow; with none of them the page is not pretty-printed."""
    from cleaner.html.pretty import pretty_printed as _pretty_printed

    para = "<p>\n  Warga\n  <{t}>\n    bergotong royong\n  </{t}>\n  memperbaiki jembatan.\n</p>\n"
    pretty = "".join(para.format(t=t) for t in ("i", "b", "em", "strong") * 3)  # 12 of each kind
    served = "<p>Kata <strong>warga</strong> desa.</p>\n"
    assert _pretty_printed(pretty)
    # A tag's first opening followed by text: a page as served, whichever tag it is.
    assert not _pretty_printed(served + pretty)
    assert not _pretty_printed(pretty.replace("<em>\n", "<em>", 1))
    # A later opening followed by text does not decide: the counts do (12 of 13 and of
    # 15 openings, closings alike, followed by a line break; the bar is 90%).
    assert _pretty_printed(pretty + served)
    assert not _pretty_printed(pretty + served * 3)
    assert not _pretty_printed("<p>Tanpa huruf tebal atau miring.</p>")
    assert not _pretty_printed("<p>\n  Satu\n  <b>\n    saja\n  </b>\n</p>")  # under two of each


def test_pretty_printed_caption_box_is_still_a_caption() -> None:
    """A photo box in a deeply indented pretty-printed page: its indentation is no
    caption text, so the box still fits a caption (each line's indentation was
    counted, and a deep box seemed too long to be one)."""
    photo = (f"<div class=\"photo\"><img src=\"/foto/jembatan.jpg\" alt=\"\"/>"
             f"<span class=\"credit\">{CREDIT}</span>{CAPTION}</div>")
    story = "".join("<p><b>{}</b> {}</p>".format(*p.split(" ", 1)) for p in STORY)
    article = f"<div class=\"body\">{photo}{story}</div>"
    for _ in range(12):  # the wrappers a page builder nests a story in
        article = f"<div>{article}</div>"
    got = cleaner.clean(_pretty(_page(article), indent=8), url=URL)
    assert got.paragraphs == STORY
    assert got.captions == (f"{CREDIT} {CAPTION}",)


# ---- (b) minified markup ----------------------------------------------------------------

def test_minified_photo_story_box_named_profile_is_not_an_author_box() -> None:
    """A photo story whose box (class ``detail_profil``) holds the headline, the
    photographer, the text and the photo: once minified it is short enough to pass for
    an author box (a "profil" box with a picture), which took the whole story. A box
    holding the page's ``<h1>`` is never an author box."""
    text = ("Petugas PLN memeriksa gardu listrik baru di pinggir kota sebelum diresmikan pada "
            "Selasa siang, disaksikan warga sekitar.")
    side = "".join(f"<li>Selasa, 23/02/2016 1{k}:10 WIB</li><li><a href=\"/foto/{k}\">Judul foto lain "
                   f"nomor {k} di kanal ini</a></li>" for k in range(4))
    page = (
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Gardu Baru Beroperasi</title>"
        "</head><body><div class=\"container\"><div><div class=\"kiri\"><div class=\"content_detail\">"
        "<div class=\"detail_profil\"><div class=\"date\">Selasa, 23/02/2016 15:32 WIB</div><h2>FotoBisnis</h2>"
        "<h1>Gardu Baru Beroperasi</h1><strong>Fotografer: Rudi Hartono</strong>"
        f"<div class=\"text_gal\">{text}</div>"
        "<div class=\"gallery_view\"><img src=\"/foto/gardu-1.jpg\" alt=\"Gardu Baru Beroperasi\"></div>"
        "</div><div class=\"info_redaksi\">Redaksi: redaksi[at]contoh.com</div></div></div>"
        f"<div class=\"kanan\"><ul>{side}</ul></div></div></div></body></html>"
    )
    got = cleaner.clean(page, url="https://finance.contoh-berita.co.id/readfoto/2016/02/23/gardu-baru-beroperasi")
    assert got.paragraphs == (text,)


# ---- (d) a story split over boxes with ad slots between ---------------------------------

def test_story_split_over_twin_boxes_with_ads_between() -> None:
    """The story printed in boxes of one class with ad slots between them (and a
    next-page bar under it): the boxes after the densest one are the story's next
    parts, though each is too short to score as a story on its own."""
    more = (
        "Warga bergiliran menjaga bahan bangunan di tepi sungai, terutama pada malam hari, agar tidak hilang.",
        "Para pemuda desa membantu mengangkut papan, paku, dan tali dari jalan utama ke lokasi jembatan.",
        "Ibu-ibu menyiapkan makanan, minuman, dan kue untuk para pekerja setiap siang dan sore hari.",
    )
    story = (*STORY[:3], *more, *STORY[3:])
    part = "<div class=\"story-part\">{}</div>"
    ad = "<div class=\"ad-slot\"><div id=\"gpt-tengah\"></div><span>ADVERTISEMENT</span></div>"
    first = "".join(f"<div>{p}</div><div><br></div>" for p in story[:-2])
    body = (part.format(first) + ad + part.format(f"<div>{story[-2]}</div>") + ad
            + part.format(f"<div>{story[-1]}</div>")
            + "<div class=\"pagination\"><a href=\"?page=1\">1</a> <a href=\"?page=2\">2</a> "
              "<a href=\"?page=2\">Halaman Berikutnya</a></div>")
    got = cleaner.clean(_page(f"<div class=\"body\">{body}</div>"), url=URL)
    assert got.paragraphs == story


# ---- (c) a browser-saved DOM --------------------------------------------------------------

def test_lazy_loaded_lead_photo_over_the_headline_keeps_its_caption() -> None:
    """The story's photo printed over the headline is known by its file being the
    page's ``og:image``; in a browser-saved page its ``src`` is a ``data:`` placeholder
    and the address is in ``data-src``, which is read instead."""
    og = "<meta property=\"og:image\" content=\"https://cdn.contoh-berita.co.id/2025/03/jembatan-desa.jpg\">"
    photo = ("<div class=\"lead-photo\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" "
             "data-src=\"https://cdn.contoh-berita.co.id/2025/03/jembatan-desa.jpg\" class=\"lazyload\" alt=\"\">"
             f"<div class=\"desc\">{CAPTION}</div></div>")
    page = (
        f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{TITLE}</title>{og}</head>"
        f"<body><nav><a href=\"/\">Beranda</a> <a href=\"/daerah\">Daerah</a></nav>{photo}"
        f"<div class=\"read\"><h1>{TITLE}</h1><div class=\"date\">Senin, 3 Maret 2025 | 10:15 WIB</div>"
        f"<div class=\"body\">{_paragraphs()}</div></div></body></html>"
    )
    got = cleaner.clean(page, url=URL)
    assert got.paragraphs == STORY
    assert got.captions == (CAPTION,)
