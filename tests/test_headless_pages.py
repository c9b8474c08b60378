"""Pages saved without their ``<head>`` (``document.body.innerHTML``, a cut download, a
proxy's rewrite): the story's date as the body's own markup prints it, through the
no-URL path (`cleaner.clean` on the file's text alone).

With its head, each page's date comes from its JSON-LD or ``<meta>``; without it, the
body still marks the date by the markup standards, and the record keeps it:

- WordPress themes' ``posted_on`` template tag (the theme family most regional news
  sites run on): ``span.posted-on > a[rel=bookmark] > time.entry-date.published`` then
  ``time.updated`` (the update time, no publication date), in the story's
  ``header.entry-header`` under ``h1.entry-title`` (code index file ids 5876604833,
  9633455843, 22168753178: three themes printing the same two ``time`` elements);
  WordPress's comment list under the story prints each comment's ``time[datetime]``.
- schema.org microdata: ``time[itemprop=datePublished][datetime]`` in the story's head
  (a news CMS's byline row), and the same ``itemprop`` on a related card's ``time``
  (a theme's related-posts box ``div.bRelated--item``, code index file id 57398612527)
  and on a comment's ``time.comment-date.published`` (a theme's comment template
  ``div.comment-meta``, file id 24240007837): neither is the story's date.
- idntimes.com 2019 (the dev corpus's template, corpus/raw/idntimes/*.html):
  ``ol.breadcrumb > li.gimmick > time.date[datetime=YYYY-MM-DD]`` over the story's
  ``section.content-post``, and a latest-news list whose cards print
  ``div.description-latest > time.date`` after it.

Every sentence and name below is written for this file.
"""

from __future__ import annotations

import re

import pytest

import cleaner
from cleaner.html.frontend import HtmlPage, read_page
from cleaner.html.state import BODY_DATE_CLASSES as _BODY_DATE_CLASSES
from cleaner.html.state import BODY_DATE_NAMES as _BODY_DATE_NAMES

from .paths import FIXTURES, SHARED

STORY = [
    "Pemerintah kota membuka jalur sepeda baru sepanjang enam kilometer di tepi sungai pada pekan ini.",
    "Kepala dinas perhubungan mengatakan jalur itu terpisah dari jalan raya dan diberi lampu di setiap tikungan.",
    "Warga yang bersepeda ke kantor menyambut baik jalur baru tersebut karena lebih aman dari jalan utama.",
    "Dinas berencana menyambung jalur itu ke stasiun kereta pada tahun depan bila anggaran sudah disetujui.",
]
TITLE = "Jalur Sepeda Baru Dibuka di Tepi Sungai"
PUBLISHED = "2024-05-14T10:15:00+07:00"


def _headless(page: str) -> str:
    """``page`` without its ``<head>...</head>``."""
    return re.sub(r"(?is)<head\b.*?</head>", "", page, count=1)


def _head(date: str = PUBLISHED) -> str:
    return f"""<head><meta charset="UTF-8"><title>{TITLE} - Kabar Kota</title>
<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="Kabar Kota">
<link rel="canonical" href="https://kabarkota.example/2024/05/14/jalur-sepeda/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{TITLE}","datePublished":"{date}","author":{{"@type":"Person","name":"Rina Wulandari"}}}}</script>
</head>"""


def _story() -> str:
    return "".join(f"<p>{s}</p>" for s in STORY)


def _wordpress(dates: str, after: str = "") -> str:
    """A WordPress news theme's single post: ``dates`` in its entry-meta row."""
    return f"""<!DOCTYPE html><html lang="id-ID">{_head()}<body class="post-template-default single">
<header id="masthead" class="site-header"><nav class="main-navigation"><a href="/">Beranda</a>
<a href="/kota">Kota</a> <a href="/olahraga">Olahraga</a></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta">{dates}<span class="byline"> oleh <span class="author vcard">
<a class="url fn n" href="/author/rina/">Rina Wulandari</a></span></span></div></header>
<div class="entry-content">{_story()}</div>
<footer class="entry-footer"><span class="cat-links">Kota</span></footer>
</article>{after}</main></div>
<footer id="colophon" class="site-footer"><div class="site-info">Kabar Kota 2024</div></footer>
</body></html>"""


_POSTED_ON = ('<span class="posted-on">Diterbitkan <a href="/2024/05/14/jalur-sepeda/" rel="bookmark">'
              '<time class="entry-date published" datetime="2024-05-14T10:15:00+07:00">14 Mei 2024</time>'
              '<time class="updated" datetime="2024-05-20T08:00:00+07:00">20 Mei 2024</time></a></span>')
_UPDATED_ONLY = ('<span class="posted-on"><a href="/2024/05/14/jalur-sepeda/" rel="bookmark">'
                 '<time class="updated" datetime="2024-05-20T08:00:00+07:00">20 Mei 2024</time></a></span>')
_COMMENTS = """<div id="comments" class="comments-area"><h2 class="comments-title">2 komentar</h2>
<ol class="comment-list"><li id="comment-31" class="comment even thread-even depth-1">
<article id="div-comment-31" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Budi</b> <span class="says">berkata:</span></div>
<div class="comment-metadata"><a href="#comment-31"><time datetime="2024-06-02T19:40:00+07:00">2 Juni 2024 pukul
19:40</time></a></div></footer><div class="comment-content"><p>Semoga jalurnya dirawat dengan baik.</p></div>
</article></li></ol></div>"""


def test_wordpress_published_time_with_and_without_head() -> None:
    page = _wordpress(_POSTED_ON, _COMMENTS)
    whole = cleaner.clean(page)
    cut = cleaner.clean(_headless(page))
    assert whole.published == PUBLISHED
    # the entry-date.published time, not the update time beside it nor a comment's
    assert cut.published == PUBLISHED
    assert cut.title == whole.title == TITLE
    assert cut.paragraphs == whole.paragraphs == tuple(STORY)


def test_wordpress_update_time_alone_is_no_published_date() -> None:
    cut = cleaner.clean(_headless(_wordpress(_UPDATED_ONLY, _COMMENTS)))
    assert cut.published is None  # hAtom's "updated", and the comment's time under the story
    assert cut.paragraphs == tuple(STORY)


def test_wordpress_comment_time_alone_is_no_published_date() -> None:
    cut = cleaner.clean(_headless(_wordpress("", _COMMENTS)))
    assert cut.published is None


def _microdata(meta_row: str, after: str = "") -> str:
    """A news CMS's story marked up with schema.org microdata, no ``<head>``."""
    return f"""<!DOCTYPE html><html lang="id"><body><div class="wrapper">
<div class="top-bar"><a href="/">Kabar Kota</a> <a href="/nasional">Nasional</a></div>
<article class="detail" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="detail__title" itemprop="headline">{TITLE}</h1>
<div class="detail__meta">{meta_row}</div>
<div class="detail__body" itemprop="articleBody">{_story()}</div>
</article>{after}
<div class="site-footer">Kabar Kota</div></div></body></html>"""


_RELATED = """<div class="bRelated"><h3>Baca Juga</h3>
<div class="bRelated--item" itemscope itemtype="http://schema.org/Article"><a href="/2024/05/02/taman-kota/">
<div class="bRelated--title">Taman Kota Ditambah Tiga Bangku Baru</div><div class="bRelated--meta">
<time itemprop="datePublished" datetime="2024-05-02T09:00:00+07:00">12 hari lalu</time></div></a></div></div>"""
_COMMENT_MICRODATA = """<section class="comments"><article class="comment-body" itemprop="comment" itemscope
itemtype="http://schema.org/Comment"><div class="comment-meta"><span class="comment-author">Sari</span>
<span class="themeberger-comment-date"><a href="#c1"><time class="comment-date published" itemprop="datePublished"
datetime="2024-06-03T07:00:00+07:00">3 Juni 2024</time></a></span></div>
<div class="comment-content"><p>Terima kasih atas kabarnya.</p></div></article></section>"""


def test_microdata_date_published_in_the_story_head() -> None:
    row = ('<span itemprop="author">Rina Wulandari</span> - '
           '<time itemprop="datePublished" datetime="2024-05-14T03:15:00Z">Selasa, 14 Mei 2024</time>')
    rec = cleaner.clean(_microdata(row, _RELATED + _COMMENT_MICRODATA))
    assert rec.published == PUBLISHED  # UTC in the attribute: the record's WIB
    assert rec.title == TITLE
    assert rec.paragraphs == tuple(STORY)


def test_related_card_and_comment_date_published_are_not_the_story_date() -> None:
    rec = cleaner.clean(_microdata('<span itemprop="author">Rina Wulandari</span>', _RELATED + _COMMENT_MICRODATA))
    assert rec.published is None


def test_date_modified_alone_is_no_published_date() -> None:
    row = ('<span itemprop="author">Rina Wulandari</span> - Diperbarui '
           '<time itemprop="dateModified" datetime="2024-05-20T08:00:00+07:00">20 Mei 2024</time>')
    rec = cleaner.clean(_microdata(row))
    assert rec.published is None


def test_microdata_meta_in_the_article() -> None:
    """``<meta itemprop="datePublished" content=...>`` inside the ``<article>``."""
    row = '<meta itemprop="datePublished" content="2024-05-14T10:15:00+07:00"><span>Rina Wulandari</span>'
    assert cleaner.clean(_microdata(row)).published == PUBLISHED


def _idntimes_2019(with_head: bool) -> str:
    """idntimes.com 2019's story page (the dev corpus's template): the day in the
    breadcrumb's ``time.date``, latest-news cards with their own ``time.date`` below."""
    head = _head("2019-04-30T13:52:00+07:00").replace("Kabar Kota", "IDN Times") if with_head else ""
    cards = "".join(
        f"""<div class="box-latest box-list"><a href="/news/indonesia/x-{n}"><div class="box-image">
<img class="large-thumbnail lazyload" alt="{t}"></div></a><div class="description-latest box-description">
<time class="date" datetime="2019-04-2{n}">2{n} April 2019</time><span class="category"> | <a href="/news">News</a>
</span><a href="/news/indonesia/x-{n}"><h2 class="title-text">{t}</h2></a></div></div>"""
        for n, t in ((8, "Jembatan Gantung Desa Diperbaiki Warga"), (9, "Pasar Pagi Kembali Ramai Setelah Libur")))
    return f"""<!DOCTYPE html><html lang="id">{head}<body><div class="container">
<ol class="breadcrumb"><li><a href="/news">News</a></li><li class="active">Indonesia</li>
<li class="gimmick"><time class="date" datetime="2019-04-30">30 April 2019 </time></li></ol>
<div class="left-content content-insights"><section class="content-post clearfix">
<div><h1 class="title-text">{TITLE}</h1></div>
<div class="content-post-description">{_story()}</div></section>
<div class="list-latest main-latest clearfix">{cards}</div></div></div></body></html>"""


def test_idntimes_2019_breadcrumb_day_with_and_without_head() -> None:
    assert cleaner.clean(_idntimes_2019(True)).published == "2019-04-30T13:52:00+07:00"
    cut = cleaner.clean(_idntimes_2019(False))
    assert cut.published == "2019-04-30"  # the day the page prints, not a card's
    assert cut.paragraphs == tuple(STORY)


def test_wordpress_entry_title_is_the_headline_without_head() -> None:
    """hAtom's ``h1.entry-title`` (the WordPress post's header): the headline with no
    metadata title to confirm it, not a sidebar's ``h2.widget-title`` list."""
    sidebar = """<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Tulisan Terbaru</h2>
<ul><li><a href="/2024/05/10/a/">Lomba Perahu Hias Digelar Akhir Pekan</a></li>
<li><a href="/2024/05/09/b/">Harga Cabai di Pasar Induk Turun Lagi</a></li></ul></section></aside>"""
    page = _wordpress(_POSTED_ON, sidebar)
    cut = cleaner.clean(_headless(page))
    assert cut.title == cleaner.clean(page).title == TITLE
    assert cut.paragraphs == tuple(STORY)


def test_blog_list_of_entry_titles_names_no_headline() -> None:
    """Several ``h2.entry-title`` over the story (a list of other posts) and no h1:
    none of them is taken for the headline by its class."""
    others = "".join(f'<div class="post-card"><h2 class="entry-title"><a href="/p/{n}/">{t}</a></h2></div>'
                     for n, t in ((1, "Lomba Perahu Hias Digelar Akhir Pekan"), (2, "Harga Cabai Turun Lagi")))
    page = f"""<!DOCTYPE html><html lang="id"><body><div class="others">{others}</div>
<div class="entry-content">{_story()}</div></body></html>"""
    rec = cleaner.clean(page)
    assert rec.title not in ("Lomba Perahu Hias Digelar Akhir Pekan", "Harga Cabai Turun Lagi")


# ---- the page gate before the body's date and headline markup is walked ----------------

def _page(html: str) -> HtmlPage:
    page = read_page(html, max_depth=cleaner.CleanOptions().max_html_depth)
    assert page is not None
    return page


def test_may_hold_reads_class_values_and_the_body_markup_only() -> None:
    head = '<head><meta property="og:title" content="x"><meta itemprop="name" content="x"></head>'
    plain = _page(f"<html>{head}<body><div class='post'><p>Satu dua tiga.</p></div></body></html>")
    assert not plain.may_hold(_BODY_DATE_CLASSES, _BODY_DATE_NAMES)  # head attributes count not
    timed = _page(f"<html>{head}<body><p>Satu <time datetime='2024-05-14'>14 Mei</time>.</p></body></html>")
    assert timed.may_hold(_BODY_DATE_CLASSES, _BODY_DATE_NAMES)
    classed = _page(f"<html>{head}<body><span class='posted entry-date'>14 Mei 2024</span><p>Satu.</p></body></html>")
    assert classed.may_hold(_BODY_DATE_CLASSES, ())
    assert not timed.may_hold(_BODY_DATE_CLASSES, ())


def _pages_for_the_gate() -> list[str]:
    pages = [_wordpress(_POSTED_ON, _COMMENTS), _wordpress(_UPDATED_ONLY), _idntimes_2019(True)]
    rows = ('<time itemprop="datePublished" datetime="2024-05-14T10:15:00+07:00">14 Mei 2024</time>',
            '<span property="datePublished" content="2024-05-14T10:15:00+07:00">14 Mei 2024</span>',
            '<meta itemprop="datePublished" content="2024-05-14T10:15:00+07:00"><span>Rina Wulandari</span>',
            # the date in the attributes only (a weekday printed): no other stage reads it
            '<span>Rina Wulandari</span> <time pubdate datetime="2024-05-14">Selasa</time>',
            '<span>Rina Wulandari</span> <time datetime="2024-05-14T10:15:31+0700">Selasa pagi</time>',
            ('<span>Rina Wulandari</span> <span itemprop="datePublished" content="2024-05-14T10:15:00+07:00">'
            'Selasa</span>'))
    # (with the related card and the comment, whose class holds "publish"; and alone, where
    # only the attributes' names say the body may answer)
    pages += [_microdata(row, after) for row in rows for after in (_RELATED + _COMMENT_MICRODATA, "")]
    pages += [p.read_bytes().decode("utf-8", "replace") for p in sorted((SHARED / "corpus" / "raw").rglob("*.htm*"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*.input.html"))]
    return pages + [_headless(p) for p in pages]


def test_the_gate_gives_the_records_the_whole_walk_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """`HtmlPage.may_hold` says no only where the XPaths find nothing: records with the
    gate equal records with every page walked. A gate that read class values alone
    fails here: three microdata pages print only a weekday, their date in a ``time``'s or
    a ``span``'s attributes (diem25.org's ``time[pubdate]`` and ethify.org's bare
    ``time[datetime]`` in trafilatura's evaluation suite show those shapes)."""
    pages = _pages_for_the_gate()
    assert len(pages) >= 40
    gated = [cleaner.clean(p).to_dict() for p in pages]
    monkeypatch.setattr(HtmlPage, "may_hold", lambda self, classes, names: True)
    walked = [cleaner.clean(p).to_dict() for p in pages]
    assert gated == walked
    assert sum(1 for r in walked if r["published"]) >= 10
    assert [r["published"] for r in walked[10:15:2]] == ["2024-05-14", PUBLISHED, PUBLISHED]  # alone


# ---- authors and tags from the body's markup (headless47) -------------------------------
#
# The shapes below are those of pages in trafilatura's evaluation suite
# (/work/shared/corpus/peer-suites/trafilatura-eval.tar.xz, adbar/trafilatura @ e90b0ef5,
# read at run time by `test_peer_pages_keep_their_writers_and_tags_without_head`): their
# tags, classes and nesting, with sentences and names written here.

WRITER = "Rina Wulandari"


def _head_without_writer() -> str:
    """A head that names the page but no writer and no keywords (the body must)."""
    return f"""<head><meta charset="UTF-8"><title>{TITLE} - Kabar Kota</title>
<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="Kabar Kota">
<link rel="canonical" href="https://kabarkota.example/2024/05/14/jalur-sepeda/"></head>"""


def _publisher_theme(sidebar: str = "", head: str = "") -> str:
    """The Publisher theme's single post (swim.de, cleanthinking.de, publishedreporter.com
    in the suite): the two-column wrapper ``div.container.layout-2-col.layout-right-sidebar``
    holds the story's column and the sidebar; the by-line ``div.post-meta.single-post-meta >
    a.post-author-a > span.post-author-name > b`` under the headline. The wrapper's class
    names the sidebar beside the story: its by-line was refused as a sidebar's."""
    return f"""<!DOCTYPE html><html lang="id-ID">{head}<body class="single single-post">
<header class="site-header"><nav><a href="/">Beranda</a> <a href="/kota">Kota</a></nav></header>
<div class="content-wrap"><main id="content" class="content-container">
<div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-9">
<div class="row main-section"><div class="col-sm-8 content-column">
<div class="single-container"><article id="post-77" class="post-77 type-post format-standard single-post-content">
<div class="post-header post-tp-1-header"><h1 class="single-post-title"><span class="post-title">{TITLE}</span></h1>
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta">
<a href="/author/rina/" title="Jelajahi tulisan penulis" class="post-author-a post-author-avatar">
<span class="post-author-name">Oleh <b>{WRITER}</b></span></a>
<span class="time"><time class="post-published updated" datetime="2024-05-14T10:15:00+07:00">14 Mei 2024</time></span>
</div></div></div>
<div class="entry-content clearfix single-post-content">{_story()}</div>
</article></div></div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar"
class="sidebar">{sidebar}</aside></div></div></div></main></div>
<footer class="site-footer"><div class="copy">Kabar Kota 2024</div></footer></body></html>"""


_SIDEBAR_WRITERS = """<div id="bs-recent-posts" class="widget widget_recent_entries"><div class="section-heading">
<span class="h-text">Terbaru</span></div><div class="listing listing-text"><article class="type-post">
<h2 class="title"><a href="/2024/05/10/a/">Lomba Perahu Hias Digelar Akhir Pekan</a></h2>
<div class="post-meta"><a href="/author/budi/" class="post-author-a"><i class="post-author author">Budi Santoso</i>
<span class="post-author-name">Budi Santoso</span></a></div></article></div></div>"""


def test_story_byline_in_a_layout_named_after_its_sidebar() -> None:
    page = _publisher_theme(_SIDEBAR_WRITERS)
    cut = cleaner.clean(page)  # saved without its head
    assert cut.authors == (WRITER,)  # not the sidebar list's writer
    assert cut.paragraphs == tuple(STORY)
    # with a head that names no writer, the body's by-line the same
    assert cleaner.clean(page.replace('<html lang="id-ID">', f'<html lang="id-ID">{_head_without_writer()}')
                         ).authors == (WRITER,)


def test_a_sidebar_writer_alone_is_no_byline() -> None:
    """The sidebar's ``span.post-author-name`` is another story's writer: with the story's
    by-line gone, the page names none."""
    page = _publisher_theme(_SIDEBAR_WRITERS)
    page = re.sub(r'<div class="post-meta-wrap clearfix">.*?</div></div>', "", page, count=1, flags=re.S)
    assert WRITER not in page
    assert cleaner.clean(page).authors == ()


def _story_with(after: str, byline: str = "") -> str:
    """A WordPress post (no head), ``byline`` in its entry-meta and ``after`` the story."""
    return f"""<!DOCTYPE html><html lang="id"><body class="single">
<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
<article id="post-9" class="post-9 post type-post hentry"><header class="entry-header">
<h1 class="entry-title">{TITLE}</h1><div class="entry-meta">{byline}</div></header>
<div class="entry-content">{_story()}</div></article>{after}</div></div></div></body></html>"""


# The related posts' slider of a magazine theme (litradio.net in the suite):
# div#cb-related-posts > ul.slides > li > div.cb-meta > div.cb-byline > span.cb-author > a.author.url.fn
_RELATED_WRITERS = """<div id="cb-related-posts" class="cb-slider-2 cb-slider cb-meta-below"><h3 class="cb-title">
Tulisan Terkait</h3><ul class="slides clearfix">""" + "".join(
    f"""<li class="cb-style-1 clearfix cb-no-{n}"><div class="cb-mask"><a href="/p/{n}/"><img src="/{n}.jpg" alt=""></a>
</div><div class="cb-meta"><h2 class="cb-post-title"><a href="/p/{n}/">{t}</a></h2><div class="cb-byline">
<span class="cb-author"><a href="/author/{n}/" class="author url fn">{a}</a></span></div></div></li>"""
    for n, t, a in ((1, "Lomba Perahu Hias Digelar Akhir Pekan", "Budi Santoso"),
                    (2, "Harga Cabai di Pasar Induk Turun Lagi", "Sari Lestari"))) + "</ul></div>"
# WordPress's comment list (flawlessfood.co.uk's Genesis theme in the suite):
# article > header.comment-header > p.comment-author > span.comment-author-name
_COMMENT_WRITERS = """<div class="entry-comments" id="comments"><h3>Komentar</h3><ol class="comment-list">
<li class="comment even thread-even depth-1" id="comment-5"><article id="article-comment-5">
<header class="comment-header"><p class="comment-author"><img alt="" src="/avatar.png" class="avatar">
<span class="comment-author-name">Dewi Anggraini</span> <span class="says">berkata</span></p></header>
<div class="comment-content"><p>Semoga jalurnya segera tersambung ke stasiun.</p></div></article></li></ol></div>"""


def test_related_cards_and_comments_name_no_writer() -> None:
    rec = cleaner.clean(_story_with(_RELATED_WRITERS + _COMMENT_WRITERS))
    assert rec.authors == ()
    assert rec.paragraphs == tuple(STORY)


def test_story_byline_beside_related_cards_and_comments() -> None:
    byline = ('<span class="byline"> oleh <span class="author vcard"><a class="url fn n" href="/author/rina/">'
              f'{WRITER}</a></span></span>')
    rec = cleaner.clean(_story_with(_RELATED_WRITERS + _COMMENT_WRITERS, byline))
    assert rec.authors == (WRITER,)


def test_microdata_author_item_names_its_writer() -> None:
    """A schema.org Person box after the story (backenmachtgluecklich.de in the suite:
    ``section.bmg-author-box[itemprop=author][itemscope][itemtype=.../Person]`` > img +
    ``h3`` "About <span itemprop=name>..</span>" + ``div[itemprop=description]``): the
    writer is the item's own ``itemprop=name``, not its heading's label."""
    box = f"""<section class="bmg-content-box bmg-author-box" itemprop="author" itemscope
itemtype="https://schema.org/Person"><img alt="{WRITER}" src="/rina.jpg"><h3>Tentang <span
itemprop="name">{WRITER}</span></h3><div class="author-box--content" itemprop="description"><p>Penulis
yang gemar bersepeda ke kantor.</p></div></section>"""
    rec = cleaner.clean(_story_with(box))
    assert rec.authors == (WRITER,)
    assert rec.paragraphs == tuple(STORY)


def test_nested_item_name_is_not_the_writers() -> None:
    """A name inside a nested item (the writer's organisation) is that item's."""
    from cleaner.html.selector_fields import _microdata_name

    page = _page("""<html><body><div itemprop="author" itemscope itemtype="https://schema.org/Person">
<span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Kabar
Kota</span></span></div><div itemprop="author"><meta itemprop="name" content="Rina Wulandari"></div>
</body></html>""")
    first, second = [e for e in page.root.iter() if isinstance(e.tag, str) and e.get(b"itemprop") == "author"]
    assert _microdata_name(first) == ""
    assert _microdata_name(second) == WRITER


def _entry_meta_footer(category_href: str = "/category/kota/") -> str:
    """Twenty Twelve's entry-meta footer (strafprozess.ch in the suite): date, writer,
    categories (rel="category tag") and tags (rel=tag) in one line under the story."""
    return f"""<!DOCTYPE html><html lang="id"><body class="single"><div id="page" class="hfeed site">
<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">
<article id="post-13" class="post-13 post type-post status-publish"><header class="entry-header">
<h1 class="entry-title">{TITLE}</h1></header><div class="entry-content">{_story()}</div>
<footer class="entry-meta">Tulisan ini diterbitkan pada <a href="/2024/05/14/jalur-sepeda/" rel="bookmark"><time
class="entry-date" datetime="2024-05-14T10:15:00+07:00">14/05/2024</time></a><span class="by-author"> oleh <span
class="author vcard"><a class="url fn n" href="/author/rina/" rel="author">{WRITER}</a></span></span> di <a
href="{category_href}" rel="category tag">Kota</a>. Tag: <a href="/tag/jalur-sepeda/" rel="tag">jalur sepeda</a>,
<a href="/tag/transportasi/" rel="tag">transportasi</a>.</footer></article></div></div></div></div></body></html>"""


def test_tags_in_the_byline_line() -> None:
    rec = cleaner.clean(_entry_meta_footer())
    assert rec.tags == ("jalur sepeda", "transportasi")  # not the category
    assert rec.authors == (WRITER,)
    assert rec.paragraphs == tuple(STORY)


def test_a_category_marked_rel_tag_in_the_byline_line_is_no_tag() -> None:
    """A theme that marks its category link ``rel=tag`` (decohome.de in the suite: "Gepostet
    von A | <a href=/category/wohnen/ rel=tag>Wohnen</a>" in ``div.post-meta.vcard``)."""
    page = f"""<!DOCTYPE html><html lang="id"><body><div class="container"><div id="content-area">
<article class="module single-post-module post-5"><div class="post-header"><h1 class="entry-title">{TITLE}</h1>
<div class="post-meta vcard"><p>Diunggah oleh <a href="/author/rina/" class="url fn" rel="author">{WRITER}</a> |
<a href="/category/kota/" rel="tag">Kota</a></p></div></div>
<div class="post-wrap"><div class="post-content entry-content">{_story()}</div></div></article></div></div>
</body></html>"""
    rec = cleaner.clean(page)
    assert rec.tags == ()
    assert rec.authors == (WRITER,)


def test_related_card_date_is_no_related_title() -> None:
    """A WordPress theme's related card prints its ``time.entry-date`` in a line of its own
    under the title (erp-news.info in the suite: div.related-posts > div.single-related-posts >
    div.article-content > h3.entry-title + div.below-entry-meta)."""
    cards = "".join(f"""<div class="single-related-posts"><div class="article-content"><h3 class="entry-title"><a
href="/p/{n}/" rel="bookmark">{t}</a></h3><div class="below-entry-meta"><span class="posted-on"><a href="/p/{n}/"
rel="bookmark"><time class="entry-date published" datetime="2024-0{n}-02T07:30:11+07:00">2 {m} 2024</time></a>
</span></div></div></div>""" for n, t, m in ((3, "Lomba Perahu Hias Digelar Akhir Pekan", "Maret"),
                                             (4, "Harga Cabai di Pasar Induk Turun Lagi", "April")))
    after = f"""<h4 class="related-posts-main-title"><span>Baca Juga</span></h4><div class="related-posts clearfix">
{cards}</div>"""
    rec = cleaner.clean(_story_with(after))
    assert "Lomba Perahu Hias Digelar Akhir Pekan" in rec.related
    assert not any("2024" in t for t in rec.related)


@pytest.mark.shared
def test_peer_pages_keep_their_writers_and_tags_without_head() -> None:
    """Pages of trafilatura's evaluation suite, cut of their ``<head>``, read the writer or
    the tags their gold names from the body's markup (each a shape above)."""
    import tarfile

    tarball = SHARED / "corpus" / "peer-suites" / "trafilatura-eval.tar.xz"
    want = {"swim.de-ga2.html": ("authors", ("Jule Radeck",)),
            "strafprozess.ch.polizisten.html": ("tags", ("StGB 12", "SVG 100", "SVG 90"))}
    found: dict[str, bytes] = {}
    with tarfile.open(tarball) as tar:
        for member in tar:
            name = member.name.rsplit("/", 1)[-1]
            if name in want:
                f = tar.extractfile(member)
                assert f is not None
                found[name] = f.read()
    assert set(found) == set(want)
    for name, (key, value) in want.items():
        cut = _headless(found[name].decode("utf-8", "replace"))
        assert getattr(cleaner.clean(cut), key) == value, name


def test_header_byline_leaves_the_story_when_the_author_box_named_the_writer() -> None:
    """A magazine theme (changelog.blog in the suite) prints the writer twice: a meta line
    over the story ("Feature", the date, "von <a class=shout_anchor>A</a>") and
    ``div#author_area > div.author_info > h5.vcard.author > span.fn > a[rel=author]`` after
    it, in a page wrapper named after its sidebar (``div.prk_loading_page...
    st_sidebar_on_right``): read as the layout, the box names the writer first; the line
    over the story is the by-line still, and no paragraph of the story."""
    page = f"""<!DOCTYPE html><html lang="id"><body><div class="prk_loading_page shout_wide st_sidebar_on_right">
<article id="single_blog_inner" class="post-3 post"><div class="shout_post_meta"><h1 class="entry-title">{TITLE}</h1>
<div class="single_blog_meta"><div class="prk_lf"><a href="/category/kota/">Kota</a></div>
<div class="prk_lf">14 Mei 2024</div><div class="prk_lf">oleh <a class="shout_anchor" href="/author/rina/">{WRITER}</a>
</div></div></div><div id="single_post_content" class="on_colored">{_story()}</div>
<div id="author_area"><div class="author_info"><h5 class="small vcard author"><span class="fn"><a href="/author/rina/"
rel="author">{WRITER}</a></span></h5><p>Penulis yang gemar bersepeda ke kantor setiap hari.</p></div></div>
</article></div></body></html>"""
    rec = cleaner.clean(page)
    assert rec.authors == (WRITER,)
    assert not any(WRITER in p for p in rec.paragraphs)
    assert rec.paragraphs[:len(STORY)] == tuple(STORY)


def test_teaser_cards_writers_are_not_the_storys() -> None:
    """Teasers under the story whose whole card is one link (emotion.de in the suite:
    ``a > header > h2`` + ``div.field--summary`` ending "von <span class=author>A</span>")
    name their own writers, not the story's."""
    cards = "".join(f"""<div class="teaser"><a href="/p/{n}/"><header><h2 class="teaser__title">{t}</h2></header>
<div class="field--summary field--summary--article">{d} <span class="author"> oleh {a}</span></div></a></div>"""
                    for n, t, d, a in (
                        (1, "Lomba Perahu Hias Digelar Akhir Pekan",
                         "Warga menghias perahu dengan bunga dan lampu untuk lomba tahunan.", "Budi Santoso"),
                        (2, "Harga Cabai di Pasar Induk Turun Lagi",
                         "Pedagang menyebut pasokan dari daerah sentra kembali lancar.", "Sari Lestari")))
    page = f"""<!DOCTYPE html><html lang="id"><body>
<div class="emo-article panel-display layout-width-header-and-sidebar">
<article class="node--article"><h1 class="entry-title">{TITLE}</h1><div class="field--body">{_story()}</div></article>
<div class="teasers">{cards}</div></div></body></html>"""
    rec = cleaner.clean(page)
    assert rec.authors == ()
    assert rec.paragraphs[:len(STORY)] == tuple(STORY)
