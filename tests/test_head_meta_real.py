"""Real ``<head>`` shapes the metadata readers lost, read through the no-URL path.

Held-out pages are cleaned with no URL and no outlet (`python -m cleaner --json FILE`):
every field below comes from the file alone. Each case keeps the shape of a real head
(where its markup came from is said beside it) and fills it with sentences and names
written for this file; the code index's file ids are those `find_string` answers with.

- Yoast SEO's ``@graph`` (WordPress, the CMS of many regional news sites): the article
  credits ``"author": {"@id": ".../#/schema/person/<hash>"}`` and prints the Person,
  with its name, as another node; its dates are UTC ``+00:00`` (a saved graph, code
  index file id 9604051406).
- JSON-LD that ``json.loads`` refuses: a trailing comma (apache/any23 pull request #108,
  bul-ikana/hugo-cards issue #12), a raw line break inside a string (hydroshare/
  hydroshare issue #2768), a statement's ``;`` after the object (jkphl/micrometa pull
  request #41: a news page's NewsArticle), a CDATA guard (file id 54713220122), objects
  back to back in one script (file id 69506747744). One stray character lost the whole
  NewsArticle: its date, its authors.
- A news site's JSON-LD typing its desk as a Person, ``"Tim Redaksi"`` (file id
  69789094452): a team, no writer (SPEC: names only).
- detik.com's own metas, ``dtk:publishdate`` ("2026/06/05 20:30:23", WIB) and
  ``dtk:author`` (scrapers of the live pages read them: file ids 67122587844 and
  1748569253).
- ``publish-date`` beside ``pubdate`` in a news CMS's template (file id 58848285060),
  Parse.ly's ``parsely-pub-date`` (file id 61095451929), a ``datePublished`` as a Unix
  time (file id 59318185419), a ``WebPage`` whose ``mainEntity`` is the NewsArticle
  (file id 70311289471), ``BlogPosting`` (schema.org's blog type, which news sites on a
  blog platform print).
"""

from __future__ import annotations

import json

import pytest

import cleaner
from cleaner.html.meta import epoch_date, loads_lenient
from cleaner.names import bare_credit, credited_person

STORY = [
    "Pemerintah kabupaten membuka tiga pasar tani baru di pinggir kota pada pekan ini untuk para petani sayur.",
    "Kepala dinas mengatakan pasar itu buka setiap Sabtu pagi dan tidak memungut biaya sewa lapak dari petani.",
    "Warga menyambut baik pasar baru tersebut karena harga sayur di sana lebih murah dari pasar induk kota.",
    "Dinas berencana menambah dua pasar lagi tahun depan bila jumlah pengunjung terus bertambah setiap minggu.",
]
TITLE = "Pasar Tani Baru Dibuka di Pinggir Kota"


def _page(head: str, title_tag: str = f"{TITLE} - Warta Contoh") -> str:
    """An article page with no printed by-line or date: what the record gets for those
    comes from ``head`` alone."""
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>{title_tag}</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Warta Contoh">
{head}
</head><body><header class="site-header"><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a>
<a href="/ekonomi">Ekonomi</a></nav></header>
<main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-content">{body}</div>
</article></main>
<footer class="site-footer"><p>Copyright 2024 Warta Contoh. All rights reserved.</p></footer>
</body></html>"""


def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


# Yoast SEO's graph (file id 9604051406's shape): Article, WebPage, Organization and
# the Person it credits by "@id", dates in UTC.
_YOAST = _ld(json.dumps({"@context": "https://schema.org", "@graph": [
    {"@type": "Article", "@id": "https://wartacontoh.id/pasar-tani/#article",
     "isPartOf": {"@id": "https://wartacontoh.id/pasar-tani/"},
     "author": {"@id": "https://wartacontoh.id/#/schema/person/5f2c0a"},
     "headline": TITLE, "datePublished": "2024-03-05T02:41:09+00:00",
     "dateModified": "2024-03-06T08:00:00+00:00",
     "mainEntityOfPage": {"@id": "https://wartacontoh.id/pasar-tani/"},
     "publisher": {"@id": "https://wartacontoh.id/#organization"},
     "keywords": ["pasar tani", "petani"], "articleSection": ["Daerah"], "inLanguage": "id"},
    {"@type": "WebPage", "@id": "https://wartacontoh.id/pasar-tani/", "name": f"{TITLE} - Warta Contoh",
     "datePublished": "2024-03-05T02:41:09+00:00", "dateModified": "2024-03-06T08:00:00+00:00"},
    {"@type": "Organization", "@id": "https://wartacontoh.id/#organization", "name": "Warta Contoh"},
    {"@type": "Person", "@id": "https://wartacontoh.id/#/schema/person/5f2c0a", "name": "Rina Wulandari",
     "url": "https://wartacontoh.id/author/rina/"},
]}))


def test_a_yoast_graph_credits_its_person_by_id_and_dates_in_utc() -> None:
    """The Person the article names by ``@id`` is its author; the UTC date is the WIB
    wall clock (09:41, not 02:41), and the WebPage's modified date is no publish date.
    The whole record's metadata, no URL given."""
    record = cleaner.clean(_page(_YOAST + '<link rel="canonical" href="https://wartacontoh.id/pasar-tani/">'))
    meta = {k: v for k, v in record.to_dict().items()
            if k in ("outlet", "url", "title", "subtitle", "authors", "editors", "published", "dateline",
                     "source", "tags")}
    assert meta == {
        "outlet": "generic", "url": "https://wartacontoh.id/pasar-tani/", "title": TITLE, "subtitle": None,
        "authors": ["Rina Wulandari"], "editors": [], "published": "2024-03-05T09:41:00+07:00",
        "dateline": None, "source": None, "tags": ["pasar tani", "petani"],
    }
    assert list(record.paragraphs) == STORY


def test_a_graph_reference_to_no_named_node_credits_no_one() -> None:
    """An ``@id`` the graph does not name is no name: no author, the date still read."""
    data = json.loads(_YOAST[len('<script type="application/ld+json">'):-len("</script>")])
    data["@graph"] = data["@graph"][:3]  # the Person node left out
    record = cleaner.clean(_page(_ld(json.dumps(data))))
    assert record.authors == ()
    assert record.published == "2024-03-05T09:41:00+07:00"


_ARTICLE = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s",\n'
            ' "datePublished": "2024-03-05T09:41:00+07:00", "dateModified": "2024-03-05T13:10:00+07:00",\n'
            ' "description": "%s",\n'
            ' "author": {"@type": "Person", "name": "Rina Wulandari"}%s}')


@pytest.mark.parametrize("script", [
    # a trailing comma after the last member (apache/any23 #108, hugo-cards #12)
    _ld(_ARTICLE % (TITLE, "Tiga pasar tani dibuka.", ",")),
    # a raw line break inside the description (hydroshare #2768)
    _ld(_ARTICLE % (TITLE, "Tiga pasar tani dibuka.\nWarga menyambut baik.", "")),
    # a statement's semicolon after the object (micrometa #41)
    _ld(_ARTICLE % (TITLE, "Tiga pasar tani dibuka.", "") + ";"),
    # a CDATA guard (file id 54713220122)
    _ld("//<![CDATA[\n" + _ARTICLE % (TITLE, "Tiga pasar tani dibuka.", "") + "\n//]]>"),
    # an HTML comment around it
    _ld("<!--\n" + _ARTICLE % (TITLE, "Tiga pasar tani dibuka.", "") + "\n-->"),
    # the breadcrumb's object and the article's back to back (file id 69506747744)
    _ld('{"@type": "BreadcrumbList", "itemListElement": []}\n' + _ARTICLE % (TITLE, "Tiga pasar tani dibuka.", "")),
], ids=["trailing-comma", "raw-line-break", "semicolon", "cdata", "comment", "back-to-back"])
def test_json_ld_that_json_refuses_still_gives_the_date_and_author(script: str) -> None:
    record = cleaner.clean(_page(script))
    assert record.authors == ("Rina Wulandari",)
    assert record.published == "2024-03-05T09:41:00+07:00"
    assert record.title == TITLE


def test_loads_lenient_keeps_commas_and_brackets_inside_strings() -> None:
    """Only a comma before a closing bracket outside a string is cut."""
    assert loads_lenient('{"name": "Satu, Dua,]", "list": [1, 2,],}') == {"name": "Satu, Dua,]", "list": [1, 2]}
    assert loads_lenient('{"name": "a\\",}",}') == {"name": 'a",}'}
    assert loads_lenient("not json at all") is None
    assert loads_lenient('{"a": 1} trailing words') is None


@pytest.mark.parametrize("text", ['\\"' * 100_000, '"' * 100_001, ',"' * 100_000, "{" + '"a":"\\' * 50_000])
def test_loads_lenient_is_linear_on_pumped_quotes(text: str) -> None:
    """An unclosed string runs to the end, matched once (escaped quotes tried from
    every quote took minutes): a 200,000-character script reads in well under a second."""
    import time

    start = time.perf_counter()
    loads_lenient(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("name", ["Tim Redaksi", "Redaksi Warta Contoh", "Warta Contoh", "Antara"])
def test_a_desk_site_or_agency_typed_as_a_person_is_no_author(name: str) -> None:
    """"Tim Redaksi" as the JSON-LD Person (file id 69789094452), the site itself, an
    agency: no person's name; the record names no author rather than a team's."""
    script = _ld(json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
                             "datePublished": "2024-03-05T09:41:00+07:00",
                             "author": [{"@type": "Person", "name": name}]}))
    record = cleaner.clean(_page(script))
    assert record.authors == ()
    assert record.published == "2024-03-05T09:41:00+07:00"


def test_several_writers_in_one_json_ld_name_are_each_an_author() -> None:
    """"Rina Wulandari, Bima Putra" in one ``name``: two writers, each a name."""
    script = _ld(json.dumps({"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-03-05T09:41:00+07:00",
                             "author": {"@type": "Person", "name": "Rina Wulandari, Bima Putra"},
                             "editor": {"@type": "Person", "name": "Editor: Yoga Pratama"}}))
    record = cleaner.clean(_page(script))
    assert record.authors == ("Rina Wulandari", "Bima Putra")
    assert record.editors == ("Yoga Pratama",)


def test_detiks_own_metas_give_the_date_and_the_writer() -> None:
    """``dtk:publishdate`` (year first, slashes, WIB) and ``dtk:author`` with no other
    date or author meta: the record's date in WIB and the writer."""
    head = ('<meta name="dtk:publishdate" content="2026/06/05 20:30:23">\n'
            '<meta name="dtk:author" content="Rina Wulandari">\n'
            '<meta name="dtk:keywords" content="pasar tani,petani">')
    record = cleaner.clean(_page(head))
    assert record.published == "2026-06-05T20:30:00+07:00"
    assert record.authors == ("Rina Wulandari",)


@pytest.mark.parametrize(("head", "published"), [
    (('<meta name="publish-date" content="2024-03-05 09:41:00" />\n'
      '<meta name="last-modified" content="2024-03-06 10:00:00" />'), "2024-03-05T09:41:00+07:00"),
    ('<meta name="parsely-pub-date" content="2024-03-05T02:41:00Z">', "2024-03-05T09:41:00+07:00"),
    (_ld('{"@type":"NewsArticle","datePublished":1709606460,"dateModified":1709700000}'), "2024-03-05T09:41:00+07:00"),
    (_ld('{"@type":"NewsArticle","datePublished":1709606460000}'), "2024-03-05T09:41:00+07:00"),
    (_ld('{"@type":"NewsArticle","datePublished":"Selasa, 05 Mar 2024 09:41 WIB"}'), "2024-03-05T09:41:00+07:00"),
    (_ld('{"@type":"WebPage","dateCreated":"2020-01-01","mainEntity":{"@type":"NewsArticle",'
         '"datePublished":"2024-03-05T10:41:00+08:00"}}'), "2024-03-05T10:41:00+08:00"),
    (_ld('{"@type":"BlogPosting","headline":"x","datePublished":"2024-03-05T09:41:00+07:00"}'),
     "2024-03-05T09:41:00+07:00"),
], ids=["publish-date", "parsely-pub-date", "epoch-seconds", "epoch-ms", "printed-in-json-ld", "main-entity-wita",
        "blogposting"])
def test_more_publish_time_shapes(head: str, published: str) -> None:
    """Each shape is the page's publish time; a WITA offset stays WITA (SPEC)."""
    assert cleaner.clean(_page(head)).published == published


def test_a_named_article_author_meta_is_the_writer_and_a_profile_address_is_not() -> None:
    """Open Graph's ``article:author`` holds a Facebook page's address on many heads (no
    name) and the writer's name on others."""
    assert cleaner.clean(_page('<meta property="article:author" content="Rina Wulandari">')).authors \
        == ("Rina Wulandari",)
    assert cleaner.clean(_page('<meta property="article:author" content="https://www.facebook.com/wartacontoh">'
                               )).authors == ()


def test_credits_lose_their_label_channel_and_contact() -> None:
    """What is cut from a machine credit before it is read as a name."""
    assert bare_credit("Penulis: Rina Wulandari -detikBali") == "Rina Wulandari"
    assert bare_credit("Rina Wulandari (@rinawul)") == "Rina Wulandari"
    assert bare_credit("Rina Wulandari [rina@wartacontoh.id]") == "Rina Wulandari"
    assert bare_credit("Deutsche Welle (DW)") == "Deutsche Welle (DW)"  # an initialism is the name's own
    assert credited_person("Rina Wulandari (@rinawul)", "Warta Contoh") == "Rina Wulandari"
    assert credited_person("Tim Redaksi", None) is None
    assert credited_person("Redaksi Warta Contoh", "Warta Contoh") is None
    assert credited_person("Reuters", None) is None
    assert credited_person("Juni", None) is None


def test_epoch_dates_outside_the_span_are_none() -> None:
    assert epoch_date(1709606460) == "2024-03-05T09:41:00+07:00"
    assert epoch_date(0) is None
    assert epoch_date(99_999_999_999_999) is None


_OKEZONE_TITLE = "Pasar Tani Baru Dibuka, Harga Sayur Lebih Murah? : Okezone Economy"


def test_okezones_spaced_colon_sets_its_site_apart() -> None:
    """okezone.com 2020-26's og:title and meta title, "Headline? : Okezone Economy"
    (code index file ids 74334368 and 22494019410), on a page whose headline is printed
    in no heading: the title is the headline, not its site's name after the colon. A
    headline's own colon (no space before it) stays."""
    from cleaner.html.meta import title_from_metadata

    page = _page(f'<meta name="title" content="{_OKEZONE_TITLE}" />', title_tag=_OKEZONE_TITLE)
    page = page.replace(f'<meta property="og:title" content="{TITLE}">',
                        f'<meta property="og:title" content="{_OKEZONE_TITLE}">')
    page = page.replace(f'<h1 class="entry-title">{TITLE}</h1>', "")
    assert cleaner.clean(page).title == "Pasar Tani Baru Dibuka, Harga Sayur Lebih Murah?"
    assert title_from_metadata(["Kadishub: Taksi Daring Wajib Uji KIR - Contoh"]) \
        == "Kadishub: Taksi Daring Wajib Uji KIR"
    assert title_from_metadata(["Dinas Pertanian Kota : Pasar Tani Baru Dibuka"]) \
        == "Dinas Pertanian Kota : Pasar Tani Baru Dibuka"  # the longer part after the colon: no site's name


@pytest.mark.parametrize("box", [
    '<div class="author">Penulis: Rina Wulandari | Editor: Bima Putra</div>',
    '<div class="author">Reporter: Rina Wulandari<br>Editor: Bima Putra</div>',
    '<div class="author"><p>Penulis: Rina Wulandari</p><p>Editor: Bima Putra</p><p>Tim Redaksi</p></div>',
], ids=["one-line", "br", "paragraphs"])
def test_a_by_line_box_printing_the_editor_too_gives_both(box: str) -> None:
    """A by-line box (the generic ``[class~=author]`` selector) that prints the writer's
    and the editor's labelled names: tribunnews.com's credit "Penulis: A | Editor: B"
    (its words as a scraper's row keeps them, code index file id 28843140385) on one
    line, or each on a line of its own. The box's first naming line gave the author and
    the editor's line, taken with the box, was lost; a desk line ("Tim Redaksi") beside
    them names no one."""
    page = _page("").replace('<div class="entry-content">', box + '<div class="entry-content">')
    record = cleaner.clean(page)
    assert record.authors == ("Rina Wulandari",)
    assert record.editors == ("Bima Putra",)
    assert list(record.paragraphs) == STORY
