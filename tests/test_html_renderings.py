"""The same page, stored the ways crawlers and browsers store HTML, gives the same record.

Held-out HTML reaches us as the raw download and as its renderings: a parser's
re-serialization (attributes re-quoted, ``<tbody>`` inserted), a browser's "Save page
as" (scripts gone, lazy images filled), minified (no white space between tags),
pretty-printed (every tag and text on its own indented line, inside ``<p>`` and inline
elements too), XHTML (``<br/>``, CDATA-guarded scripts), the outlet's AMP page
(``<html amp>``, ``amp-img``, ``amp-ad``, ``amp-social-share``, ``<amp-sidebar>``
menus), only the article's element or only ``<body>`` (no head), every script and style
stripped, a charset label that disagrees with the bytes, a download cut short. Each
rendering below is made here, at run time, by lxml and Lexbor (the parsers the
project already depends on) and by small tree transforms of this file; the page is
cleaned with no URL (as held-out pages are scored) and its record is compared whole
with the record of the page as written, less the fields the rendering removed (named
per rendering in `RENDERINGS`): a field the rendering removed may go empty, never
change; the story never changes (a cut page keeps what it has).

Pages: the repository's own HTML fixtures (``fixtures/*/*.input.html``, written in
real layouts' shape, their sources in fixtures/README.md) and the pages of this file,
each written here with invented sentences and names in a real layout's shape (its
source named beside it). The ``shared`` test runs every rendering over the dev
corpus's HTML pages, read at run time and never copied.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import pytest
from selectolax.lexbor import LexborHTMLParser

import cleaner

from .paths import FIXTURES, SHARED

# ---- renderings ------------------------------------------------------------------------------

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "pre"})


def _decode(page: bytes) -> str:
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        return page.decode("cp1252", errors="replace")


def _tree(page: str) -> Any:
    """lxml's tree of ``page``; Lexbor's, re-read by lxml, when libxml2 gives up on it
    (IDN Times 2019 opens ``<html ... />``, after which libxml2 keeps an empty body)."""
    root = lxml.html.document_fromstring(page)
    body = root.find("body")
    if body is None or not len(body):
        root = lxml.html.document_fromstring(LexborHTMLParser(page).html or "")
    return root


def _html(el: Any) -> str:
    return str(lxml.html.tostring(el, encoding="unicode", method="html"))


def lxml_serialized(page: str) -> str:
    """lxml's serialization (attributes re-quoted, entities re-written)."""
    return "<!DOCTYPE html>\n" + _html(_tree(page))


def browser_dom(page: str) -> str:
    """Lexbor's (a browser's) tree construction, serialized: ``<tbody>`` inserted,
    stray end tags dropped, misnested inline elements split."""
    return LexborHTMLParser(page).html or ""


def saved_page(page: str) -> str:
    """A browser's "Save page as" after the scripts ran: script elements gone (JSON-LD
    kept: it is no program), lazy images filled from their ``data-src``."""
    tree = LexborHTMLParser(page)
    for node in tree.css("script"):
        if (node.attributes.get("type") or "") != "application/ld+json":
            node.decompose()
    for node in tree.css("img"):
        for name in ("data-src", "data-original", "data-lazy-src"):
            if value := node.attributes.get(name):
                node.attrs["src"] = value
    return tree.html or ""


def minified(page: str) -> str:
    """Every white-space-only text between tags removed (an HTML minifier)."""
    root = _tree(page)
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _RAW_TEXT:
            continue
        if el.text is not None and not el.text.strip():
            el.text = None
        if el.tail is not None and not el.tail.strip():
            el.tail = None
    return "<!DOCTYPE html>" + _html(root)


def pretty_printed(page: str) -> str:
    """Every tag and every text on its own line, indented by depth, inline elements
    and ``<p>`` too (BeautifulSoup's ``prettify``, which crawlers save pages with)."""
    out = ["<!DOCTYPE html>"]

    def attrs(el: Any) -> str:
        return "".join(f' {k}="{escape(v)}"' for k, v in el.attrib.items())

    def walk(el: Any, depth: int) -> None:
        pad = " " * depth
        if not isinstance(el.tag, str):
            return
        out.append(f"{pad}<{el.tag}{attrs(el)}>")
        if el.tag in _VOID:
            return
        if el.tag in _RAW_TEXT:
            out[-1] += (el.text or "") + "".join(_html(c) for c in el) + f"</{el.tag}>"
            return
        if el.text and el.text.strip():
            out.append(f"{pad} {escape(el.text.strip(), quote=False)}")
        for child in el:
            walk(child, depth + 1)
            if child.tail and child.tail.strip():
                out.append(f"{pad} {escape(child.tail.strip(), quote=False)}")
        out.append(f"{pad}</{el.tag}>")

    walk(_tree(page), 0)
    return "\n".join(out)


def xhtml(page: str) -> str:
    """XHTML 1.0 served as HTML: an XML declaration and doctype, ``xmlns``, void
    elements self-closed (``<br/>``, ``<img/>``), every other element closed by its end
    tag (appendix C), script and style text in CDATA sections."""
    root = _tree(page)
    for el in root.iter("script", "style"):
        if el.text and el.text.strip():
            el.text = lxml.etree.CDATA(el.text)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag not in _VOID and el.text is None and not len(el):
            el.text = ""
    root.set("xmlns", "http://www.w3.org/1999/xhtml")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            + str(lxml.etree.tostring(root, encoding="unicode", method="xml")))


#: The chrome an AMP template adds: a sidebar menu (the AMP WordPress plugin's
#: ``amp-sidebar#sidebar-menu``, code index file id 7626778799), share buttons after the
#: headline and an ad slot between paragraphs (ovarz/hoedhoed amp/module/detail-default.php
#: @ 0caf4878acc8c22551d8bcc71aadfce1a0380e69).
_AMP_SIDEBAR = ('<amp-sidebar id="sidebar-menu" layout="nodisplay" side="left"><div role="button" '
                'aria-label="close sidebar" on="tap:sidebar-menu.toggle" tabindex="0" class="close-sidebar">✕</div>'
                '<ul><li><a href="/">Beranda</a></li><li><a href="/news">News</a></li>'
                '<li><a href="/nasional">Nasional</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul></amp-sidebar>')
_AMP_SHARE = ('<div class="share-list"><amp-social-share class="custom-style share-tw" width="24" height="24" '
              'type="twitter"></amp-social-share><amp-social-share class="custom-style share-fb" width="24" '
              'height="24" type="facebook"></amp-social-share><amp-social-share class="custom-style share-wa" '
              'width="24" height="24" type="whatsapp"></amp-social-share></div>')
_AMP_AD = ('<div class="ads"><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_mid">'
           '<div fallback></div></amp-ad></div>')


def amp(page: str) -> str:
    """The page as its AMP version: ``<html amp>``, no scripts but JSON-LD, ``amp-img``
    for ``img``, ``amp-iframe`` for ``iframe``, and the AMP chrome (`_AMP_SIDEBAR`,
    `_AMP_SHARE`, `_AMP_AD`)."""
    root = _tree(page)
    root.set("amp", "")
    for el in list(root.iter("script")):
        if el.get("type") != "application/ld+json":
            el.drop_tree()
    for el in list(root.iter("img")):
        el.tag = "amp-img"
        el.set("src", el.get("data-src") or el.get("src") or "")
        el.set("layout", "responsive")
        el.set("width", el.get("width") or "640")
        el.set("height", el.get("height") or "360")
    for el in list(root.iter("iframe")):
        el.tag = "amp-iframe"
    body = root.find("body")
    if body is not None:
        body.insert(0, lxml.html.fragment_fromstring(_AMP_SIDEBAR))
        h1 = root.find(".//h1")
        if h1 is not None:
            h1.addnext(lxml.html.fragment_fromstring(_AMP_SHARE))
        paragraphs = root.xpath("//p")
        if len(paragraphs) > 3:
            paragraphs[2].addnext(lxml.html.fragment_fromstring(_AMP_AD))
    return "<!DOCTYPE html>\n" + _html(root)


def _story_element(root: Any, story: tuple[str, ...]) -> Any:
    """The smallest element that holds the written record's first and last paragraph."""
    keys = [" ".join(p.split())[:30] for p in (story[0], story[-1])]
    found = root.find("body")
    for el in root.iter():  # document order: a later hit lies inside an earlier one
        if isinstance(el.tag, str) and el.tag not in ("script", "style") \
                and all(k in " ".join(el.text_content().split()) for k in keys):
            found = el
    return found


def article_only(page: str, story: tuple[str, ...]) -> str:
    """``response.css('article').get()``: the ``<article>`` around the story, else the
    story's own box; no head."""
    el = _story_element(_tree(page), story)
    articles = list(el.iterancestors("article")) + ([el] if el.tag == "article" else [])
    return _html(articles[-1] if articles else el)


def story_box_only(page: str, story: tuple[str, ...]) -> str:
    """``div.content``'s outer HTML: the story's own box, without headline or head."""
    return _html(_story_element(_tree(page), story))


def body_only(page: str) -> str:
    body = _tree(page).find("body")
    return _html(body) if body is not None else page


def without_scripts(page: str) -> str:
    """Every ``<script>`` (JSON-LD too), ``<style>`` and ``<noscript>`` stripped."""
    root = _tree(page)
    for el in list(root.iter("script", "style", "noscript")):
        el.drop_tree()
    return "<!DOCTYPE html>\n" + _html(root)


def _labelled(page: str, charset: str) -> str:
    root = _tree(page)
    for meta in root.xpath("//meta[@charset]"):
        meta.set("charset", charset)
    for meta in root.xpath("//meta[@http-equiv]"):
        if meta.get("http-equiv", "").lower() == "content-type":
            meta.set("content", f"text/html; charset={charset}")
    head = root.find("head")
    if head is not None and not root.xpath("//meta[@charset]|//meta[@http-equiv]"):
        meta = lxml.etree.Element("meta")
        meta.set("charset", charset)
        head.insert(0, meta)
    return "<!DOCTYPE html>\n" + _html(root)


def utf8_labelled_1252(page: str) -> bytes:
    """UTF-8 bytes under a ``windows-1252`` label."""
    return _labelled(page, "windows-1252").encode("utf-8")


def cp1252_labelled_utf8(page: str) -> bytes:
    """windows-1252 bytes (characters it lacks as references) under a ``utf-8`` label."""
    return _labelled(page, "utf-8").encode("cp1252", errors="xmlcharrefreplace")


def cut_short(page: str) -> bytes:
    """The download cut at 70% of its bytes (mid-tag, mid-word as it falls)."""
    data = page.encode("utf-8")
    return data[: len(data) * 7 // 10]


Render = Callable[[str, tuple[str, ...]], str | bytes]

#: Every metadata field (all but the story): what a head-less fragment may lose.
META = ("outlet", "url", "title", "subtitle", "authors", "editors", "published", "dateline", "source",
        "reading_time_minutes", "summary", "captions", "related", "tags")
#: What a rendering without scripts may lose: what only JSON-LD gave (the date's time
#: too: a date printed in the page without its hour stays, its time goes).
SCRIPT_META = ("url", "title", "authors", "editors", "published", "tags", "subtitle", "summary")

#: name -> (rendering, the fields it may remove). A removed field goes empty (or, for
#: ``published``, keeps its date without the time); every other field, and the story,
#: stays as written.
RENDERINGS: dict[str, tuple[Render, tuple[str, ...]]] = {
    "lxml": (lambda p, s: lxml_serialized(p), ()),
    "browser-dom": (lambda p, s: browser_dom(p), ()),
    "saved-page": (lambda p, s: saved_page(p), ()),
    "minified": (lambda p, s: minified(p), ()),
    "pretty-printed": (lambda p, s: pretty_printed(p), ()),
    "xhtml": (lambda p, s: xhtml(p), ()),
    "amp": (lambda p, s: amp(p), ()),
    "charset-1252-label": (lambda p, s: utf8_labelled_1252(p), ()),
    "charset-utf8-label": (lambda p, s: cp1252_labelled_utf8(p), ()),
    "no-scripts": (lambda p, s: without_scripts(p), SCRIPT_META),
    "body-only": (lambda p, s: body_only(p), ("url", *SCRIPT_META, "outlet")),
    "article-only": (article_only, META),
    "story-box-only": (story_box_only, META),
}


def record(page: str | bytes) -> dict[str, Any]:
    out = cleaner.clean(page).to_dict()
    del out["removed"], out["text"]
    return out


def _empty(value: Any) -> bool:
    return value in (None, [], "", "generic")


def _kept_part(written: Any, got: Any) -> bool:
    """``got`` is what is left of ``written``: empty, a list of some of its items (a
    fragment holds some captions of the page, not the lead photo's), a date without
    its time."""
    if _empty(got):
        return True
    if isinstance(written, list) and isinstance(got, list):
        left = list(written)
        for item in got:
            if item not in left:
                return False
            left.remove(item)
        return True
    return isinstance(written, str) and isinstance(got, str) and len(got) == 10 and written.startswith(got)


def assert_same_record(written: dict[str, Any], rendered: dict[str, Any], removed: tuple[str, ...],
                       name: str) -> None:
    """``rendered`` is ``written``, but that each field in ``removed`` may have lost
    what the rendering removed (`_kept_part`)."""
    for key, value in written.items():
        got = rendered[key]
        if got == value:
            continue
        if key in removed and _kept_part(value, got):
            continue
        raise AssertionError(f"{name}: {key} was {value!r}, the rendering gives {got!r}")


def _check_all(page: str, only: tuple[str, ...] = ()) -> None:
    written = record(page)
    story = tuple(written["paragraphs"])
    assert story, "the page as written has a story"
    for name, (render, removed) in RENDERINGS.items():
        if only and name not in only:
            continue
        assert_same_record(written, record(render(page, story)), removed, name)


def _check_cut(page: str) -> None:
    """A page cut short keeps what it has: its paragraphs are the written ones up to
    the cut (the last one may be cut inside), its other fields as written or empty."""
    written = record(page)
    got = record(cut_short(page))
    story, kept = written["paragraphs"], got["paragraphs"]
    assert len(kept) <= len(story)
    if kept:
        assert kept[:-1] == story[: len(kept) - 1]
        assert story[len(kept) - 1].startswith(kept[-1])
    for key in META:
        was, now = written[key], got[key]
        if key == "tags":  # the whole list decides on a "#" (`_hash_bar`): a cut one may lose it
            was = [t.lstrip("#") for t in was]
            now = [t.lstrip("#") for t in now]
        assert now == was or _kept_part(was, now), (key, was, now)


# ---- the pages ---------------------------------------------------------------------------------

OWN_FIXTURES = sorted(FIXTURES.glob("*/*.input.html"))

#: IDN Times 2019, desktop: ``<html ... />`` self-closed, the story in
#: ``article#article-content`` with foreign words in ``<em>``/``<i>`` and their
#: Indonesian affixes outside ("<em>spotlight</em>-nya", "men-<em>generate</em>",
#: "<i>sidejob</i>nya"), and near the end of the body an app banner's script that
#: writes ``<b>IDN Times</b>`` (the dev corpus's raw/idntimes pages, from
#: fardiyadi/idnmedia2.github.io idn/mobile/uvformat/artikel.html @
#: 931e6b7a19169d845880c4c234a9e9f21e7dfda5; the layout of fixtures/idntimes/
#: html-desktop-layang.input.html). Pretty-printed, the banner's ``<b>`` told the page
#: as served, and the affixes were spaced off their words.
IDN_2019 = """<!DOCTYPE html>
<html class="no-js" lang="id" itemscope itemtype="//schema.org/WebSite" />
<head>
<meta charset="utf-8" />
<title>Kedai Kopi Tepi Sawah Ramai Dikunjungi Anak Muda | IDN Times</title>
<meta property="og:site_name" content="IDN Times" />
<link rel="canonical" href="https://www.idntimes.com/food/dining-guide/sekar-ayu/kedai-kopi-tepi-sawah" />
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kedai Kopi Tepi Sawah Ramai Dikunjungi Anak Muda",
 "datePublished":"2019-03-14T10:20:00+07:00","author":{"@type":"Person","name":"Sekar Ayu Pertiwi"}}
</script>
</head>
<body id="idntimes-desktop" class="idntimes-desktop">
<header id="header"><nav class="header-navbar"><ul class="navigation"><li><a href="/news">News</a></li>
<li><a href="/food">Food</a></li></ul></nav></header>
<div class="container wrapper-content">
<div id="article-page" class="article-content general-content">
 <ol class="breadcrumb"><li><a href="/food">Food</a></li><li class="gimmick">14 Maret 2019</li></ol>
 <section class="content-post clearfix">
  <h1 class="title-text">Kedai Kopi Tepi Sawah Ramai Dikunjungi Anak Muda</h1>
  <div class="box-information"><div class="author-name"><a href="/sekar-ayu">Sekar Ayu Pertiwi</a></div></div>
  <article id="article-content" class="content-post-description">
   <p><strong>Sleman, IDN Times -&nbsp;</strong>Sebuah kedai kopi di tepi sawah ramai dikunjungi anak muda setiap
     sore menjelang matahari terbenam.</p>
   <p>Pemiliknya sengaja memakai bambu dan daun kelapa agar <em>spotlight</em>-nya tetap pada hamparan sawah di
     belakang kedai.</p>
   <p>Menurut dia, media sosial ikut men-<em>generate</em> pengunjung baru dari luar kota hampir setiap akhir pekan.</p>
   <p>Sebagian pegawai adalah mahasiswa yang menjadikan kedai itu <i>sidejob</i>nya sepulang kuliah, kata pemilik
     kedai.</p>
   <p>Kalau mau datang, pilih sore hari supaya dapat tempat duduk paling depan, ya <em>guys</em>.</p>
  </article>
 </section>
 <div class="content-post-topic"><h3>Topic:</h3><ul><li><a href="/tag/kopi">kopi</a></li>
 <li><a href="/tag/kuliner">kuliner</a></li></ul></div>
</div>
</div>
<script>
  new SmartBanner({
    title: 'Mau baca tanpa iklan? <br> Download <b>IDN Times</b> sekarang!',
    button: 'Buka'
  });
</script>
</body>
</html>
"""

#: A regional news CMS of 2021-25 (code index file id 19053735566): ``span.author``
#: around "Penulis : <a>A</a>" and "Editor : <a>B</a>", then ``time.date`` with an icon,
#: on one line; each label after the indentation its template prints. Minified, the
#: writer's element was measured before its white space folded, and the cut named a
#: writer "... E".
REGIONAL_BYLINE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Jembatan Gantung Desa Hulu Kembali Dibuka - Kabar Hulu</title>
<meta property="og:title" content="Jembatan Gantung Desa Hulu Kembali Dibuka">
</head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/ekonomi">Ekonomi</a></nav>
<main class="main-content">
    <div class="main-content-detail">
        <h1 class="main-content-title mb-2">Jembatan Gantung Desa Hulu Kembali Dibuka</h1>
        <div class="main-content-atribute mb-3">
            <div class="my-3 text-muted">
                <span class="d-sm-inline author">
                    <span class="d-sm-inline author">
                        Penulis : <a class="fw-bold" href="/penulis/rahmat">Rahmat Hidayat</a>
                    </span>
                    <span class="d-sm-inline ms-md-3 author">
                        Editor : <a class="fw-bold" href="/editor/lestari">Lestari Ningsih</a>
                    </span>
                    <time class="ms-0 ms-sm-2 ms-md-3 date" datetime="2024-08-12"><svg width="14" height="14"
                      class="bi"><path d="M1 1"></path></svg> Senin, 12 Agustus 2024 08:40 WIB</time>
                </span>
            </div>
        </div>
        <div class="main-content-body">
            <p>Jembatan gantung yang menghubungkan dua dusun di Desa Hulu kembali dibuka setelah diperbaiki selama
              dua bulan.</p>
            <p>Kepala desa mengatakan papan lantai jembatan diganti seluruhnya dan tali bajanya diperkuat dengan
              angkur baru.</p>
            <p>Warga kini tidak perlu lagi memutar sejauh tujuh kilometer untuk membawa hasil kebun ke pasar
              kecamatan.</p>
        </div>
    </div>
</main>
<footer>Kabar Hulu</footer>
</body></html>
"""

#: A Next.js page whose story is only in its state script (``__NEXT_DATA__``: the
#: state's shape after DonnyRZ/egi-media-crawl jawa_pos/sample-article.html @
#: fe3899ce09f979d63f69625c9c178147fd0f035b). As XHTML its script text sits in a CDATA
#: section, which lost the whole story.
_STATE = {"props": {"pageProps": {"article": {
    "title": "Perpustakaan Desa Buka Hingga Malam",
    "content": ("<p>Perpustakaan desa kini buka hingga pukul sembilan malam agar pelajar bisa belajar setelah "
                "membantu orang tua di sawah dan di pasar.</p><p>Pengelola menambah dua rak buku cerita dan satu "
                "meja panjang dari sumbangan warga yang dikumpulkan sejak awal tahun.</p><p>Pada malam pertama, "
                "lebih dari tiga puluh anak datang membawa buku pelajaran mereka sendiri dan belajar bersama."
                "</p><p>Kepala desa berjanji menambah lampu di jalan menuju perpustakaan agar anak-anak aman "
                "pulang pada malam hari setelah belajar bersama teman-teman mereka.</p>"),
    "published_at": "2026-02-10 19:30:00", "authors": [{"name": "Wulan Sari"}],
    "tags": [{"name": "perpustakaan"}]}}}}
NEXT_STATE = ("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Perpustakaan Desa Buka Hingga "
              "Malam</title><script id=\"__NEXT_DATA__\" type=\"application/json\">" + json.dumps(_STATE)
              + "</script></head><body><div id=\"__next\"><article><h1>Perpustakaan Desa Buka Hingga Malam</h1>"
              "</article></div></body></html>")

#: A regional portal's AMP article: ovarz/hoedhoed amp/detail.php and its modules
#: (amp/module/detail-info.php @ 048b494707c1cef491b3b14c648c0aa61bed93a3, detail-image.php
#: @ 3eebe3366b469871d2df2d10fd2b0e95d1da759b, detail-default.php, alsoread.php and
#: related-tag.php @ 0030074fbbdf51a1243c75a8d59a17cee32388af / 0caf4878acc8c22551d8bcc71aadfce1a0380e69,
#: amp/inc/header.php and nav.php), with the AMP WordPress plugin's sidebar menu (code
#: index file id 7626778799) and a sticky ad. `AMP_PLAIN` is the same page as its
#: non-AMP version would print it.
AMP_PAGE = """<!doctype html>
<html amp lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>Warga Tanam Seribu Bibit Mangrove di Pesisir Utara - Kabar Pesisir</title>
<link rel="canonical" href="https://www.kabarpesisir.id/read/2024/05/14/warga-tanam-seribu-bibit-mangrove">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-custom>.detail-info-title{font-size:24px}</style>
</head>
<body>
<amp-sidebar id="sidebar-menu" layout="nodisplay" side="left">
 <div role="button" aria-label="close sidebar" on="tap:sidebar-menu.toggle" tabindex="0" class="close-sidebar">✕</div>
 <ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/daerah">Daerah</a></li></ul>
</amp-sidebar>
<header>
  <span class="width-max">
    <a aria-label="Home" title="Home" class="header-link header-logo content_center" href="/">
      <div class="header-logo-frame flex_ori"><amp-img alt="Kabar Pesisir" width="383" height="90" layout="fill"
        src="/img/logo.png"></amp-img></div>
    </a>
  </span>
</header>
<nav>
  <span class="width-max">
    <a aria-label="Nasional" title="Nasional" class="nav-link content_center" href="/nasional"><span
      class="nav-label">Nasional</span></a>
    <a aria-label="Daerah" title="Daerah" class="nav-link nav-curr content_center" href="/daerah"><span
      class="nav-label">Daerah</span></a>
  </span>
</nav>
<div class="rancak-container">
  <span class="width-max">
    <section aria-label="Artikel Info" class="section-container detail-info">
      <div class="breadcrumb">
        <a aria-label="Home" title="Home" class="breadcrumb-link" href="/">Home</a>
        <a aria-label="Daerah" title="Daerah" class="breadcrumb-link" href="/daerah">Daerah</a>
      </div>
      <h1 class="detail-info-title">Warga Tanam Seribu Bibit Mangrove di Pesisir Utara</h1>
      <div class="detail-info-misc">
        <div class="detail-info-author">
          <div class="detail-info-label">Penulis :</div>
          <a aria-label="Rudi Hartono" title="Rudi Hartono" class="detail-info-name"
            href="/author/rudi-hartono">Rudi Hartono</a>
        </div>
        <div class="detail-info-author">
          <div class="detail-info-label">Editor :</div>
          <a aria-label="Maya Sari" title="Maya Sari" class="detail-info-name" href="/author/maya-sari">Maya Sari</a>
        </div>
        <div class="detail-info-date">Selasa, 14 Mei 2024 09:30 WIB</div>
      </div>
      <div class="detail-image">
        <div class="detail-image-frame flex_ori">
          <amp-img alt="Penanaman mangrove" width="24" height="24" layout="fill"
            src="https://cdn.kabarpesisir.id/mangrove.jpg"></amp-img>
        </div>
        <div class="detail-image-caption">
          Warga menanam bibit mangrove di pesisir utara saat air laut surut - Dok. Kabar Pesisir
        </div>
      </div>
    </section>
    <section aria-label="Isi Artikel" class="section-container detail-content">
      <div class="detail-share">
        <div class="detail-share-label">Share</div>
        <div class="share-list content_center">
          <amp-social-share class="custom-style share-tw" width="24" height="24" type="twitter"></amp-social-share>
          <amp-social-share class="custom-style share-fb" width="24" height="24" type="facebook"></amp-social-share>
          <amp-social-share class="custom-style share-wa" width="24" height="24" type="whatsapp"></amp-social-share>
        </div>
      </div>
      <main class="detail-content-read">
        <p>Ratusan warga desa nelayan menanam seribu bibit mangrove di sepanjang pesisir utara pada Selasa pagi.</p>
        <p>Kepala desa mengatakan abrasi telah menggerus hampir dua puluh meter garis pantai dalam lima tahun
          terakhir.</p>
        <amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_detail_mid"><div
          fallback>Iklan</div></amp-ad>
        <div class="alsoread">
          <div class="alsoread-label">Baca Juga :</div>
          <a aria-label="Nelayan Keluhkan Solar Langka" title="Nelayan Keluhkan Solar Langka" class="alsoread-link"
            href="/read/1">Nelayan Keluhkan Solar Langka</a>
        </div>
        <p>Bibit yang ditanam berasal dari kebun pembibitan kelompok pemuda desa yang dirawat sejak awal tahun.</p>
        <p>Pemerintah kabupaten berjanji membantu pengawasan agar bibit tidak rusak diterjang ombak besar.</p>
      </main>
    </section>
    <section aria-label="Related Tag" class="section-container related-tag">
      <a aria-label="mangrove" title="mangrove" class="related-tag-link" href="/tag/mangrove">mangrove</a>
      <a aria-label="abrasi" title="abrasi" class="related-tag-link" href="/tag/abrasi">abrasi</a>
    </section>
  </span>
</div>
<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick"
  data-slot="/1234/amp_sticky"></amp-ad></amp-sticky-ad>
</body>
</html>
"""


def _plain(page: str) -> str:
    """`AMP_PAGE` as its non-AMP version prints it: ``img`` for ``amp-img``, no AMP
    sidebar, share buttons or ad slots (tree edits, no pattern over the markup)."""
    root = _tree(page)
    root.attrib.pop("amp", None)
    for tag in ("amp-sidebar", "amp-social-share", "amp-sticky-ad", "amp-ad"):
        for el in list(root.iter(tag)):
            if el.getparent() is not None:
                el.drop_tree()
    for el in root.iter("amp-img"):
        el.tag = "img"
    return "<!DOCTYPE html>\n" + _html(root)


OWN_PAGES: dict[str, str] = {
    **{f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8") for p in OWN_FIXTURES},
    "idntimes-2019": IDN_2019,
    "regional-byline": REGIONAL_BYLINE,
    "next-state": NEXT_STATE,
    "amp-portal": AMP_PAGE,
}


# ---- tests -------------------------------------------------------------------------------------

#: Pages whose story is only in a script, and the renderings that remove that script
#: (and so the story: right to lose, SPEC's story is what the page holds).
STORY_IN_SCRIPT = {"next-state": ("amp", "body-only", "no-scripts", "saved-page")}


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
@pytest.mark.parametrize("name", sorted(OWN_PAGES))
def test_each_rendering_of_an_own_page_keeps_its_record(name: str, rendering: str) -> None:
    page = OWN_PAGES[name]
    if rendering in STORY_IN_SCRIPT.get(name, ()):
        render, _ = RENDERINGS[rendering]
        written = record(page)
        got = record(render(page, tuple(written["paragraphs"])))
        assert written["paragraphs"] and got["paragraphs"] == []
        assert got["title"] == written["title"]  # the headline is the page's own
        return
    _check_all(page, only=(rendering,))


@pytest.mark.parametrize("name", sorted(OWN_PAGES))
def test_a_page_cut_short_keeps_what_it_has(name: str) -> None:
    _check_cut(OWN_PAGES[name])


def test_pretty_printed_idn_page_keeps_affixes_on_their_words() -> None:
    """The pretty-printed IDN Times page: the banner script's ``<b>`` does not make it
    look as served, and each affix stays on its formatted word."""
    got = record(pretty_printed(IDN_2019))
    assert got["paragraphs"][1:] == [
        ("Pemiliknya sengaja memakai bambu dan daun kelapa agar spotlight-nya tetap pada hamparan sawah "
         "di belakang kedai."),
        "Menurut dia, media sosial ikut men-generate pengunjung baru dari luar kota hampir setiap akhir pekan.",
        "Sebagian pegawai adalah mahasiswa yang menjadikan kedai itu sidejobnya sepulang kuliah, kata pemilik kedai.",
        "Kalau mau datang, pilih sore hari supaya dapat tempat duduk paling depan, ya guys.",
    ]
    assert got == record(IDN_2019)


def test_minified_byline_names_writer_and_editor_whole() -> None:
    got = record(minified(REGIONAL_BYLINE))
    assert got["authors"] == ["Rahmat Hidayat"]
    assert got["editors"] == ["Lestari Ningsih"]
    assert got["published"] == "2024-08-12T08:40:00+07:00"


def test_minified_kumparan_row_keeps_its_reading_time() -> None:
    """kumparan's by-line row minified: "WIB·waktu baca 2 menit", no space at the dot."""
    page = (FIXTURES / "kumparan" / "html-story-paragraph.input.html").read_text(encoding="utf-8")
    assert record(minified(page))["reading_time_minutes"] == 2


def test_xhtml_state_script_in_cdata_still_gives_the_story() -> None:
    got = record(xhtml(NEXT_STATE))
    assert len(got["paragraphs"]) == 4
    assert got["paragraphs"][0].startswith("Perpustakaan desa kini buka hingga pukul sembilan malam")
    assert got["authors"] == ["Wulan Sari"]


def test_amp_page_reads_as_its_plain_version() -> None:
    """The AMP article and its non-AMP print give one record: ``amp-img`` is the
    picture of its caption box, the sidebar menu, share buttons and ad slots are
    chrome. Read with no URL, as held-out pages are."""
    amp_record = record(AMP_PAGE)
    assert amp_record == record(_plain(AMP_PAGE))
    assert amp_record["title"] == "Warga Tanam Seribu Bibit Mangrove di Pesisir Utara"
    assert amp_record["authors"] == ["Rudi Hartono"]
    assert amp_record["editors"] == ["Maya Sari"]
    assert amp_record["published"] == "2024-05-14T09:30:00+07:00"
    assert amp_record["captions"] == [
        "Warga menanam bibit mangrove di pesisir utara saat air laut surut - Dok. Kabar Pesisir"]
    assert amp_record["related"] == ["Nelayan Keluhkan Solar Langka"]
    assert amp_record["tags"] == ["mangrove", "abrasi"]
    assert amp_record["paragraphs"] == [
        "Ratusan warga desa nelayan menanam seribu bibit mangrove di sepanjang pesisir utara pada Selasa pagi.",
        "Kepala desa mengatakan abrasi telah menggerus hampir dua puluh meter garis pantai dalam lima tahun terakhir.",
        "Bibit yang ditanam berasal dari kebun pembibitan kelompok pemuda desa yang dirawat sejak awal tahun.",
        "Pemerintah kabupaten berjanji membantu pengawasan agar bibit tidak rusak diterjang ombak besar.",
    ]


# ---- the dev corpus's HTML pages (read at run time, never copied) -----------------------------

def _shared_html_pages() -> list[Path]:
    manifest = SHARED / "corpus" / "manifest.jsonl"
    if not manifest.exists():
        return []
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [SHARED / "corpus" / r["file"] for r in rows if r.get("format") == "html"]


@pytest.mark.shared
def test_each_rendering_of_a_dev_corpus_page_keeps_its_record() -> None:
    pages = _shared_html_pages()
    assert len(pages) >= 14
    failures = []
    for path in pages:
        page = _decode(path.read_bytes())
        try:
            _check_all(page)
            _check_cut(page)
        except AssertionError as e:
            failures.append(f"{path.name}: {e}")
    assert not failures, "\n".join(failures)
