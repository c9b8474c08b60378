"""Prompts and labels the story's box prints after the story, found by their markup
(peerbreaks21): a line alone in a box with a row of links that print no text (a share
bar's or an app's store badges' prompt), and a line set as a heading (ARIA
``role=heading``, or all in bold) right over a box a stage took (an author box's
"about the writer"). Each page is written for this file in our own words; only the
markup's structure follows the real page named in its test (trafilatura's evaluation
suite, adbar/trafilatura e90b0ef5, tests/eval/ and tests/cache/)."""

from __future__ import annotations

import cleaner
from tests.pages import BRIDGE_HEADLINE as _HEADLINE
from tests.pages import BRIDGE_PARAGRAPHS as _PARAGRAPHS

_URL = "https://kabar-contoh.id/daerah/warga-sukamaju-perbaiki-jembatan"


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)


def _doc(body: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='id'><head><title>{_HEADLINE} | Kabar Contoh</title>"
            f"<link rel='canonical' href='{_URL}'></head><body>{body}</body></html>").encode()


def _rules_for(record: cleaner.Article, needle: str) -> list[str]:
    return [r.rule for r in record.removed if needle in r.text]


def test_a_share_bar_s_prompt_over_icon_links_leaves() -> None:
    """aktion-hummelschutz.de.hummeln.html: after the post's reference list, inside the
    post's ``div.entry-content``, a ``div`` (floated right) holds a ``strong`` prompt
    ("would you share the article?"), a ``br`` and four links to share endpoints
    (facebook.com/sharer.php, plus.google.com/share, whatsapp://send, mailto:?subject)
    each holding an empty ``div`` its class draws as an icon. The links print no word a
    text rule or a list stage could read: the row of textless links says what the line is."""
    bar = ("<div style='float:right;'><strong>Mau membagikan tulisan ini?</strong><br>"
           f"<a href='https://www.facebook.com/sharer.php?u={_URL}' title='x'><div class='fb'></div></a>"
           f"<a href='https://plus.google.com/share?url={_URL}'><div class='gplus'></div></a>"
           f"<a href='whatsapp://send?text={_URL}'><div class='what'></div></a>"
           f"<a href='mailto:?subject=Tulisan&body={_URL}'><div class='mail'></div></a></div>")
    page = _doc(f"<article class='post'><h1>{_HEADLINE}</h1><div class='entry-content'>{_story()}"
                f"<h2>Bacaan</h2><ul><li>Nama A, 2001. Buku tentang jembatan desa.</li>"
                f"<li>Nama B, 2005. Catatan gotong royong.</li></ul>{bar}</div></article>")
    record = cleaner.clean(page)
    assert "Mau membagikan tulisan ini?" not in record.paragraphs
    assert _rules_for(record, "Mau membagikan tulisan ini?") == ["html-icon-bar"]
    assert record.paragraphs[:4] == tuple(_PARAGRAPHS)
    assert "Nama B, 2005. Catatan gotong royong." in record.paragraphs


def test_an_app_prompt_over_store_badges_leaves() -> None:
    """viconsortium.com-cocaine.html: the story's ``div.description_data`` ends with a
    ``div.app-section-two`` holding a ``p > b`` line ("get the news on your phone with
    our app") and two boxes, each a link to an app store holding only its badge
    picture."""
    badges = ("<div class='app-section-two'><p style='text-align:center'><b>Dapatkan kabar terbaru langsung "
              "di ponsel Anda lewat aplikasi Kabar Contoh.</b></p><div style='width:100%'>"
              "<div style='display:inline-block'><a href='https://play.google.com/store/apps/details?id=id.contoh'>"
              "<img src='/i/play.png'></a></div><div style='display:inline-block'>"
              "<a href='https://apps.apple.com/app/kabar-contoh/id1'><img src='/i/ios.png'></a></div></div></div>")
    page = _doc(f"<section><h1>{_HEADLINE}</h1><div class='description_data'>{_story()}{badges}</div></section>")
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)
    assert _rules_for(record, "Dapatkan kabar terbaru") == ["html-icon-bar"]


def test_a_story_line_over_its_own_linked_pictures_stays() -> None:
    """Guards: lernpfadprismen.wordpress.com.masse.html's list item ("watch the videos
    before you solve the examples", a ``br``, then two links to the site's own video pages,
    each holding a picture), a wiki's table row of linked thumbnails
    (harrypotter.fandom.com.spell.html: ``tr`` cells with pictures linked to the image
    host) and a caption beside linked pictures are the story's lines, not a bar's prompt."""
    item = ("<ul><li>Sebelum mengerjakan soal, tonton dulu video penjelasannya.<br>"
            "<a href='/video/satu/'><img src='/i/v1.png'></a><a href='/video/dua/'><img src='/i/v2.png'></a>"
            "</li><li>Perhatikan satuan di setiap soal hitungan.</li></ul>")
    row = ("<table class='wikitable'><tr><td>Nama A</td><td>Juni 1997</td><td>Memakai mantra itu di gua.</td>"
           "<td><a href='https://gambar.contoh.net/a.png'><img src='/i/a.png'></a></td>"
           "<td><a href='https://gambar.contoh.net/b.png'><img src='/i/b.png'></a></td></tr></table>")
    page = _doc(f"<article><h1>{_HEADLINE}</h1><div class='entry-content'>{_story()}{item}{row}</div></article>")
    record = cleaner.clean(page)
    assert "Sebelum mengerjakan soal, tonton dulu video penjelasannya." in record.paragraphs
    assert any("Memakai mantra itu di gua." in p for p in record.paragraphs)
    assert not _rules_for(record, "tonton dulu video")


def test_a_bold_label_over_an_author_box_a_stage_took_leaves() -> None:
    """weinkenner.de-st.magdalener.html: after the story and its share bar, inside the
    post's ``div.entry-content``, a ``div.col-md-12`` styled ``font-weight:bold`` ("about
    the writer") stands over Simple Author Box's ``div.saboxplugin-wrap`` (its
    ``itemprop=author``: the by-line stage takes its name and bio). No ``h1``-``h6``,
    but printed as a heading over a box taken right under it: the box's label."""
    box = ("<div class='col-md-12' style='font-weight:bold;font-size:large;'>Di balik kisah ini</div>"
           "<div class='saboxplugin-wrap' itemtype='http://schema.org/Person' itemscope itemprop='author'>"
           "<div class='saboxplugin-gravatar'><img src='/i/rina.jpg' alt='Rina Wulandari'></div>"
           "<div class='saboxplugin-authorname'><a href='/penulis/rina/' class='vcard author' rel='author'>"
           "<span class='fn'>Rina Wulandari</span></a></div><div class='saboxplugin-desc'><p>Rina Wulandari "
           "menulis tentang desa dan pembangunan sejak 2010.</p></div></div>")
    page = _doc(f"<article><h1>{_HEADLINE}</h1><div class='entry-content'>{_story()}{box}</div></article>")
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)
    assert _rules_for(record, "Di balik kisah ini") == ["html-trailing-heading"]


def test_a_bold_last_line_over_dropped_chrome_or_nothing_stays() -> None:
    """Guards: skateboardmsm.de.dormhagen.html ends its story with a bold call ("be there
    or be square!") over a related-articles widget (``div.c-related-articles`` with an
    ``h3`` title of its own): the box a stage took has its own heading, so the line is no
    label of it, and its words are the story's. A bold last line over nothing taken
    stays too."""
    related = ("<div class='c-related-articles'><h3 class='c-related-articles__title'>Artikel serupa</h3>"
               "<h4><a href='/a/1'>Kabar lain tentang jembatan</a></h4></div>")
    for tail in (related, ""):
        page = _doc(f"<article><h1>{_HEADLINE}</h1><div class='c-article-copy'>{_story()}"
                    f"<p><strong>Datang dan bantu kami</strong></p></div>{tail}</article>")
        record = cleaner.clean(page)
        assert record.paragraphs[-1] == "Datang dan bantu kami"


def test_a_line_aria_calls_a_heading_over_a_taken_box_leaves() -> None:
    """The same label as an ARIA heading (``div role=heading``, any words): over the
    author box the by-line stage took it leaves."""
    box = ("<div role='heading' aria-level='3'>Orang di balik tulisan</div>"
           "<div class='saboxplugin-wrap' itemprop='author'><div class='saboxplugin-authorname'>"
           "<a href='/penulis/rina/' rel='author'>Rina Wulandari</a></div></div>")
    page = _doc(f"<article><h1>{_HEADLINE}</h1><div class='entry-content'>{_story()}{box}</div></article>")
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)
    assert _rules_for(record, "Orang di balik tulisan") == ["html-trailing-heading"]


def test_a_box_named_a_call_to_action_leaves() -> None:
    """theatlantic.com.disasters.html: after the last paragraph, inside the story's
    section, a ``section.c-letters-cta`` holds one ``p.c-letters-cta__text`` ("tell us
    what you think: write a letter to the editor"); gothamist.com-plagues.html prints
    its donation prompt in ``div.article-donation-CTA``. "cta" as a word of a class
    name (generic.toml's drop list) names the box, whatever the prompt says."""
    letters = ("<section class='c-letters-cta'><p class='c-letters-cta__text'>Kami ingin mendengar pendapat "
               "Anda tentang tulisan ini. Kirim surat pembaca ke alamat redaksi.</p></section>")
    donation = ("<div class='article-donation-CTA'><p>Liputan ini ada berkat dukungan pembaca, dan dukungan "
                "Anda membuat kami tetap bekerja.</p></div>")
    page = _doc(f"<article><h1>{_HEADLINE}</h1><section class='l-article__section'>{_story()}{letters}"
                f"</section>{donation}</article>")
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)
    assert _rules_for(record, "Kami ingin mendengar") == ["html-drop"]


def test_cta_letters_inside_a_word_or_the_body_s_class_name_no_prompt() -> None:
    """Guards: a class where the letters run inside a word (``div.factabox``) names no
    prompt, and the ``<body>``'s class naming the page's template
    (reporternewspapers.net-Brookhaven.html's body class lists an ``h-cta`` option of
    the theme) never takes the page."""
    page = (f"<!DOCTYPE html><html><head><title>{_HEADLINE}</title></head>"
            f"<body class='single-post h-stk h-cta has-sidebar'><article><h1>{_HEADLINE}</h1>"
            f"<div class='factabox'>{_story()}</div></article></body></html>").encode()
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)


def test_a_sign_up_box_s_title_and_lead_beside_its_form_s_box_leave() -> None:
    """gofeminin.de.horoskop.html: between the story's last two paragraphs a sign-up
    section prints ``div.content-holder`` > its title ("NEWS<br>LETTERS" in
    ``div.display-1.title``), ``div.subscribe-holder`` around the form (an
    ``input#email`` typed as text, a notice, a button) and ``div.text-holder`` with its
    lead-in line. The form's own box goes as before; the box two levels up, holding
    no paragraph outside the form and under 300 characters besides it, is the sign-up's
    too (generic.toml's drop list), so the title and the lead-in leave with it."""
    signup = ("<div class='kotak-surel'><div class='container'><div class='content-holder'>"
              "<div class='display-1 title'>KABAR<br>PILIHAN</div><div class='subscribe-holder'><form action='#'>"
              "<div class='form-holder'><input type='text' id='email' name='email' placeholder='Alamat surel Anda*'>"
              "<span class='description'>* Wajib diisi</span><button type='submit'>Kirim</button></div></form></div>"
              "<div class='text-holder'><span class='lead'>Kabar, tips dan tren pilihan untuk Anda setiap pekan!"
              "</span></div></div></div></div>")
    story = [f"<p>{p}</p>" for p in _PARAGRAPHS]
    page = _doc(f"<article><h1>{_HEADLINE}</h1><div class='story'>{''.join(story[:3])}{signup}{story[3]}"
                f"</div></article>")
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)
    assert _rules_for(record, "Kabar, tips dan tren") == ["html-drop"]


def test_a_story_paragraph_beside_an_e_mail_form_stays() -> None:
    """Guard: a box that holds a paragraph outside the form (a story's box with a
    sign-up form inside it) is not taken two levels up from the form."""
    form = ("<div><form action='#'><input type='email' name='surel' placeholder='Alamat surel'>"
            "<button type='submit'>Kirim</button></form></div>")
    page = _doc(f"<article><h1>{_HEADLINE}</h1><div class='story'><div>{_story()}{form}</div></div></article>")
    record = cleaner.clean(page)
    assert record.paragraphs == tuple(_PARAGRAPHS)
