"""Author boxes name the writer when the page names none elsewhere (authorbox55).

SPEC's ``authors`` are the writers (by-lines, a sign-off that names the writer); author
boxes leave the body. IDN Media's 2019 sites name a story's writer only in the box under
it: duniaku.net (``div.writter-section``: span "TENTANG PENULIS", a gravatar, ``h5.title >
a[href=/author/<login>/]`` printing the writer's login, ``p.desc`` with the bio) and
ggwp.id (``div.author-block``: h1 "Tentang Penulis", a gravatar, ``a.name[href=/author/
<slug>/] > p.foot-author-text`` with the name, ``p.desc``), both in fardiyadi/
idnmedia2.github.io adproducts/preview/desktop/{duniaku,ggwp}/detail.html @
123204aec725a41d6dc74075ed3b0fcec01060f0 (the fixtures of
tests/test_real_layouts_html_blind54.py keep their markup). Before, the records had no
authors. The rule is general (`cleaner.html.bylines.writer_box_names`): a link to a
writer's page that is a whole line of its own, in a box about a person (its class says
so and it holds a picture) or one a writer box's heading opens; the page's own by-line
and metadata win; a comment, a related box, a list of other writers, a bio's sentence
and a button's text name no writer.

The same box in a text scrape prints the label, the name and the bio a line each: the
name line under the label is the writer when nothing else names one (engine
`take_signoff`), and the label in capitals ("TENTANG PENULIS", as duniaku.net prints it)
ends the story as "Tentang Penulis" did (before, label, name and bio stayed paragraphs).

Sentences and names below are written for this file; the markup is the pages'.
"""

from __future__ import annotations

from cleaner import Cleaner
from tests.scored import scored_record as _record
from tests.test_real_layouts_html_blind54 import _DK_STORY, GGWP19, _duniaku

_BOX_NAME = '<h5 class="title"><a href="https://www.duniaku.net/author/rama_wijaya/">rama_wijaya</a></h5>'
_BIO = '<p class="desc">Penulis cerita fantasi'


def test_duniaku_box_names_the_writer_whole_record() -> None:
    assert _record(_duniaku()) == {
        "outlet": "generic",
        "title": "Asal-Usul Peta Pulau Kabut Akhirnya Dijelaskan Pengembang!",
        "subtitle": "Mengapa pulau itu kosong dan jadi arena?",
        "authors": ["rama_wijaya"],
        "editors": [],
        "published": None,
        "dateline": None,
        "source": None,
        "reading_time_minutes": None,
        "summary": [],
        "captions": [],
        "related": [],
        "tags": ["Pulau Kabut", "game battle royale"],
        "paragraphs": _DK_STORY,
    }


def test_ggwp_box_names_the_writer_not_the_related_cards_writers() -> None:
    record = _record(GGWP19)
    assert record["authors"] == ["Bayu"]
    assert "Bayu" not in " ".join(record["paragraphs"])


def test_box_with_a_full_name() -> None:
    page = _duniaku().replace(_BOX_NAME, _BOX_NAME.replace(">rama_wijaya<", ">Rama Wijaya<"))
    record = _record(page)
    assert record["authors"] == ["Rama Wijaya"]
    assert record["paragraphs"] == _DK_STORY


def test_the_heads_writer_wins_over_the_box() -> None:
    page = _duniaku().replace("<head>", '<head>\n<meta name="author" content="Dewi Lestari">')
    assert _record(page)["authors"] == ["Dewi Lestari"]


def test_the_printed_by_line_wins_over_the_box() -> None:
    page = _duniaku().replace('<div class="detail-container the-content">',
                              '<div class="detail-container the-content">\n<p>Penulis: Dewi Lestari</p>')
    record = _record(page)
    assert record["authors"] == ["Dewi Lestari"]
    assert record["paragraphs"] == _DK_STORY


def test_a_box_of_two_writers_gives_each() -> None:
    second = '<h5 class="title"><a href="https://www.duniaku.net/author/sari_ayu/">Sari Ayu</a></h5>'
    page = _duniaku().replace(_BOX_NAME, _BOX_NAME.replace(">rama_wijaya<", ">Rama Wijaya<") + "\n" + second)
    assert _record(page)["authors"] == ["Rama Wijaya", "Sari Ayu"]


def test_a_bio_sentence_naming_another_writer_gives_only_the_boxs_writer() -> None:
    bio = ('<p class="desc">Pernah menulis bersama <a href="https://www.duniaku.net/author/budi_santoso/">'
           'Budi Santoso</a> untuk seri komik lama.</p>\n')
    page = _duniaku().replace(_BIO, bio + _BIO)
    assert _record(page)["authors"] == ["rama_wijaya"]
    # and with no linked name of its own, the box names no writer
    assert _record(page.replace(_BOX_NAME, ""))["authors"] == []


def test_a_list_of_other_writers_names_no_writer() -> None:
    page = _duniaku().replace("TENTANG PENULIS", "PENULIS LAINNYA")
    assert _record(page)["authors"] == []
    assert _record(_duniaku(box="related-writer-section"))["authors"] == []


def test_a_button_to_the_writers_page_is_no_name() -> None:
    page = _duniaku().replace(_BOX_NAME, _BOX_NAME.replace(">rama_wijaya<", ">Lihat semua tulisan<"))
    assert _record(page)["authors"] == []


def test_comment_authors_are_no_writers() -> None:
    # A WordPress comment: li.comment > div.comment-author.vcard > img.avatar + cite.fn > a.
    comments = ('<ol class="comment-list"><li class="comment"><div class="comment-author vcard">'
                '<img class="avatar" src="https://secure.gravatar.com/avatar/def?s=48">'
                '<cite class="fn"><a href="https://www.duniaku.net/author/pembaca_setia/">Pembaca Setia</a></cite>'
                '</div><p>Ceritanya bagus sekali, saya tunggu lanjutannya minggu depan.</p></li></ol>')
    page = _duniaku().replace('<div id="insidea-comment" data-identifier="441278"></div>', comments)
    assert _record(page.replace(_BOX_NAME, ""))["authors"] == []


_TEXT = """Asal-Usul Peta Pulau Kabut Akhirnya Dijelaskan Pengembang!
Selama ini banyak pemain bertanya-tanya mengapa Pulau Kabut tidak berpenghuni sama sekali.
Peta itu sudah dipakai sejak musim pertama dan menjadi tempat puluhan pemain mendarat bersamaan.
Lewat sebuah video baru, pengembang akhirnya menjelaskan sejarah pulau tersebut.
TENTANG PENULIS
Rama Wijaya
Penulis cerita fantasi yang gemar bermain gim strategi dan mengoleksi komik lama.
"""

_TEXT_STORY = (
    "Selama ini banyak pemain bertanya-tanya mengapa Pulau Kabut tidak berpenghuni sama sekali.",
    "Peta itu sudah dipakai sejak musim pertama dan menjadi tempat puluhan pemain mendarat bersamaan.",
    "Lewat sebuah video baru, pengembang akhirnya menjelaskan sejarah pulau tersebut.",
)


def test_text_scrape_of_the_box_names_the_writer() -> None:
    for label in ("TENTANG PENULIS", "Tentang Penulis", "About the Author"):
        article = Cleaner().clean(_TEXT.replace("TENTANG PENULIS", label))
        assert article.authors == ("Rama Wijaya",), label
        assert article.paragraphs == _TEXT_STORY, label


def test_text_scrape_by_line_wins_and_bio_is_no_name() -> None:
    with_by_line = _TEXT.replace("Lewat sebuah", "Oleh Dewi Lestari\nLewat sebuah")
    assert Cleaner().clean(with_by_line).authors == ("Dewi Lestari",)
    bio_only = _TEXT.replace("Rama Wijaya\n", "")
    article = Cleaner().clean(bio_only)
    assert article.authors == ()
    assert article.paragraphs == _TEXT_STORY


def test_a_company_directory_list_names_no_writer() -> None:
    # A press service's list of issuers under a release (iwr.de in the peer suite:
    # div.acp-profile-list > a[href=/firmen/profil-<n>-<slug>] with a logo): firms'
    # profile pages, no writer's page.
    firms = ('<div class="acp-profile-list"><a href="https://www.duniaku.net/firmen/profil-847-contoh-windtechnik">'
             '<img src="https://www.duniaku.net/logo-contoh.png"> Contoh Windtechnik Jaya</a></div>')
    page = _duniaku().replace(_BOX_NAME, "").replace('<div id="next-article"></div>', firms)
    assert _record(page)["authors"] == []


# A WordPress theme's author box under the post (wpshop's "bono" theme, template part
# of the author box: div.author-box > div.author-info > div.author-box__ava (the
# avatar) + div.author-box__body > div.author-box__author > a[href=get_author_posts_url]
# + div.author-box__description; code index file id 25436496297), on a post whose head
# and header name no writer. The base read this one already (a selector for by-line
# boxes takes the linked name in a class that says "author"): pinned, so the new
# reading does not change it.
WP_BOX = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Cara Merawat Tanaman Cabai di Pot Saat Musim Hujan</title>
<link rel="canonical" href="https://kebunkecil.example.id/merawat-cabai-di-pot/">
</head>
<body>
<div class="site-content">
<main class="site-main">
<article class="post">
<h1 class="entry-title">Cara Merawat Tanaman Cabai di Pot Saat Musim Hujan</h1>
<div class="entry-content">
<p>Musim hujan membuat tanah di dalam pot cepat jenuh air sehingga akar cabai mudah membusuk bila dibiarkan.</p>
<p>Pastikan setiap pot memiliki lubang pembuangan yang cukup dan letakkan pot di tempat yang tidak tergenang.</p>
<p>Kurangi penyiraman ketika hujan turun setiap hari, lalu periksa daun secara rutin untuk melihat gejala jamur.</p>
</div>
</article>
<!--noindex-->
<div class="author-box">
    <div class="author-info">
        <div class="author-box__ava">
            <img alt="" src="https://secure.gravatar.com/avatar/abc?s=70" class="avatar avatar-70 photo"
                height="70" width="70">
        </div>
        <div class="author-box__body">
            <div class="author-box__author">
                <a href ="https://kebunkecil.example.id/author/tika-larasati/" target="_self">Tika Larasati</a>
            </div>
            <div class="author-box__description">
                <p>Petani kota yang menanam sayur di atap rumah dan senang berbagi catatan kebunnya.</p>
            </div>
        </div>
    </div>
</div>
<!--/noindex-->
</main>
</div>
</body>
</html>
"""


def test_wordpress_author_box_names_the_writer_and_leaves_the_body() -> None:
    record = _record(WP_BOX)
    assert record["authors"] == ["Tika Larasati"]
    assert record["paragraphs"] == [
        "Musim hujan membuat tanah di dalam pot cepat jenuh air sehingga akar cabai mudah membusuk bila dibiarkan.",
        "Pastikan setiap pot memiliki lubang pembuangan yang cukup dan letakkan pot di tempat yang tidak tergenang.",
        ("Kurangi penyiraman ketika hujan turun setiap hari, lalu periksa daun secara rutin untuk melihat "
         "gejala jamur."),
    ]
