"""The HTML path on real layouts read with their names taken away (ablation32).

ablation31's ablation was run again on the trial base: every real-layout HTML fixture of
the tests cleaned with no URL as written and with every ``class``/``id``/``itemprop``/
``data-*`` value replaced by a meaningless token. What the blind reading still lost, and
the general signal a page never seen gives for it:

- a writer's name told by the link to the writer's page (``/penulis/``, ``/author/``,
  ``/reporter/``, ``/profile/`` ...) under the headline (`_head_byline`);
- a writer's name printed beside the date under the headline, each in an element of
  its own (`_head_byline`);
- a photo's caption printed as a bare inline element after a picture-only box
  (`_captions` by the inline element's position);
- a Next.js story whose state script is known by its JSON's shape
  (``{"props": {"pageProps": ...}}``) as well as by its id (`app_state_story`).

Each page keeps the structure of the real layout named in its builder (tags, nesting,
the links' paths) with meaningless class and id values, as the ablation read them, and
is filled with our own sentences. Each is cleaned as held-out pages are: no URL, no
outlet.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

import cleaner

from . import blind_pages

TITLE = "Perahu Sekolah Antar Murid Pulau Menyeberang Selat"
STORY = [
    ("Dinas pendidikan kabupaten meluncurkan dua perahu sekolah yang setiap pagi menjemput murid dari tiga pulau "
     "kecil menuju sekolah di ibu kota kecamatan, kata kepala dinas kepada wartawan."),
    ("Setiap perahu memuat tiga puluh murid dan dilengkapi pelampung, atap dan radio, sehingga perjalanan "
     "sekitar empat puluh menit itu tetap aman ketika ombak sedang tinggi."),
    ("\"Dulu anak-anak menumpang perahu nelayan dan sering terlambat masuk kelas,\" ujar seorang guru yang "
     "ikut mendampingi murid dalam perjalanan pertama pada Senin pagi."),
    ("Pemerintah kabupaten berencana menambah satu perahu lagi tahun depan bila anggaran daerah disetujui "
     "dewan dan jumlah penumpang terus bertambah."),
]

_page = partial(blind_pages.page, TITLE)
_story = partial(blind_pages.story_html, STORY)
_record = partial(blind_pages.record, title=TITLE)
_assert_record = partial(blind_pages.assert_record, story=STORY)


# ---- a writer told by the link to the writer's page --------------------------------------

def _okezone_2020(byline: str) -> str:
    """okezone.com 2018-20 (a public spider of the 2020 layout, code index file id
    18505582707; tests/test_real_layouts_national_c.py's ``_okezone_2020``) with its names
    taken away: ``div.title > h1``, then ``div.reporter > div.namerep`` holding the
    writer's link to ``/penulis/<name>``, the role and the date in ``b``; the story's
    ``div#contentx``."""
    return _page(f"<div class='qxkd'><div class='qtfa'><h1>{TITLE}</h1></div>"
                 f"<div class='qmzu'><div class='qpol'>{byline}</div></div>"
                 f"<div id='qwer' class='qyti'>{_story()}</div></div>")


def test_a_link_to_the_writer_s_page_under_the_headline_names_the_writer() -> None:
    page = _okezone_2020("<a href='https://www.contoh.com/penulis/sari-anggraini'>Sari Anggraini</a>, Jurnalis - "
                         "<b>Senin 20 April 2020 10:15 WIB</b>")
    _assert_record(_record(page), authors=["Sari Anggraini"], published="2020-04-20T10:15:00+07:00")


def test_a_writer_s_link_in_a_meta_row_taken_as_links_still_names_the_writer() -> None:
    """tirto.id 2026 (DonnyRZ/egi-media-crawl fixtures/tirto/sample-article.html @
    fe3899ce09f979d63f69625c9c178147fd0f035b; tests/test_html_decks.py) without its names:
    ``header > div > h1``, the meta row's ``div > div > div`` with the writer's link to
    ``/author/<name>`` over the "Terbit" date; the story's box after the header."""
    page = _page("<div class='qa'><article><header class='qb'><div class='qc'>"
                 f"<h1 class='qd'>{TITLE}</h1></div><div class='qe qf'><div class='qg'><div class='qh'>"
                 "<a class='qi qj' href='/author/sari-anggraini'>Sari Anggraini</a>"
                 "<div>Terbit 3 Nov 2025 11:00 WIB</div></div></div></div></header>"
                 f"<div class='qk'>{_story()}</div></article></div>")
    _assert_record(_record(page), authors=["Sari Anggraini"], published="2025-11-03T11:00:00+07:00")


def test_an_editor_s_link_to_a_staff_page_is_no_writer() -> None:
    """tempo.co 2017's head (the project's fixtures/tempo/html-isi-2017.input.html, as
    tests/test_unseen_layouts.py scrambles it): "Reporter:" and "Editor:" lines, each
    a link to ``/penulis/<name>``, under the headline. A reporter's line naming no person
    gives no writer, and the editor's link stays the editor's."""
    page = _page(f"<article><h1>{TITLE}</h1>"
                 "<div class='qa'>Reporter: <a href='https://www.contoh.com/penulis/non-koresponden'>"
                 "Non Koresponden</a></div>"
                 "<div class='qb'>Editor: <a href='https://www.contoh.com/penulis/budi'>Budi Santoso</a></div>"
                 f"<p class='qc'>Senin, 14 Agustus 2017 10:05 WIB</p><div id='qd'>{_story()}</div></article>")
    record = _record(page)
    _assert_record(record, editors=["Budi Santoso"], published="2017-08-14T10:05:00+07:00")


def test_links_to_profile_pages_that_print_no_name_or_sit_in_the_story_are_no_writers() -> None:
    """A menu's "Profil Saya" link over the headline and a person's link inside a story
    paragraph: no by-line (only names, between the headline and the story's first
    paragraph)."""
    page = _page("<nav><a href='/profile/edit'>Profil Saya</a></nav>"
                 f"<article><h1>{TITLE}</h1><div class='qa'><a href='/profile/'>lihat profil</a></div>"
                 f"<div class='qb'><p>{STORY[0]}</p>"
                 f"<p>{STORY[1][:-1]}, menurut <a href='/author/dewi-lestari'>Dewi Lestari</a>.</p>"
                 f"{_story(2, 3)}</div></article>")
    record = _record(page)
    assert record["authors"] == []
    assert record["paragraphs"] == [STORY[0], STORY[1][:-1] + ", menurut Dewi Lestari.", *STORY[2:]]


# ---- a writer printed beside the date ---------------------------------------------------

def _mediaindonesia_2026(row: str) -> str:
    """mediaindonesia.com 2026 (DonnyRZ/egi-media-crawl fixtures/media_indonesia/
    sample-article.html @ fe3899ce09f979d63f69625c9c178147fd0f035b; tests/test_html_decks.py)
    without its names: ``article > h1``, the row ``div > span`` (writer) + ``span`` (date),
    the figure with its credit, the story's ``div``."""
    return _page(f"<article class='qa'><h1>{TITLE}</h1><div class='qb'>{row}</div>"
                 "<figure class='qc'><img src='/f.jpg' alt='Perahu'><figcaption>Perahu sekolah di dermaga"
                 f"<span class='qd'> (Dok Istimewa)</span></figcaption></figure><div class='qe'>{_story()}</div>"
                 "</article>")


def test_a_name_beside_the_date_under_the_headline_is_the_writer() -> None:
    page = _mediaindonesia_2026("<span class='qf'>Sari Anggraini</span><span class='qg'>3/11/2025 16:32</span>")
    _assert_record(_record(page), authors=["Sari Anggraini"], published="2025-11-03T16:32:00+07:00",
                   captions=["Perahu sekolah di dermaga (Dok Istimewa)"])


def test_a_section_s_name_beside_the_date_is_no_writer() -> None:
    """One word beside the date (a section's name: "Nasional") names no writer; the
    date is still read."""
    page = _mediaindonesia_2026("<span class='qf'>Nasional</span><span class='qg'>3/11/2025 16:32</span>")
    record = _record(page)
    assert record["authors"] == []
    assert record["paragraphs"] == STORY


# ---- a caption by its picture's position -----------------------------------------------

def _merdeka_2015(after_picture: str) -> str:
    """merdeka.com 2015 (a real saved page; tests/test_heldlike_layouts.py's
    ``_merdeka_2015_page``) without its names: ``div > h1``, the photo's box ``div > img
    + br``, the caption a bare ``span`` in the story's box, an ad's box, the story's
    ``div``."""
    return _page(f"<div id='qa'><h1>{TITLE}</h1><div id='qb'><img src='/perahu.jpg'><br></div>"
                 f"{after_picture}<div class='qc'><iframe src='/x'></iframe></div>"
                 f"<div id='qd'>{_story()}</div></div>")


def test_a_bare_span_after_a_picture_only_box_is_its_caption() -> None:
    page = _merdeka_2015("<span id='qe'>Perahu sekolah bersandar di dermaga pulau. ©contoh.com</span>")
    _assert_record(_record(page), captions=["Perahu sekolah bersandar di dermaga pulau. ©contoh.com"])


def test_a_date_or_a_by_line_span_after_a_picture_only_box_is_no_caption() -> None:
    """The line after the picture is the head's date, or a labelled by-line: each goes
    to its own field, no caption."""
    record = _record(_merdeka_2015("<span id='qe'>Senin, 3 November 2025 10:15 WIB</span>"))
    _assert_record(record, published="2025-11-03T10:15:00+07:00")
    record = _record(_merdeka_2015("<span id='qe'>Reporter: Sari Anggraini</span>"))
    _assert_record(record, authors=["Sari Anggraini"])


# ---- a Next.js state script known by its shape ----------------------------------------

def _next_page(script_attrs: str, state: dict[str, Any]) -> str:
    """jawapos.com 2026 (DonnyRZ/egi-media-crawl fixtures/jawa_pos/sample-article.html @
    fe3899ce09f979d63f69625c9c178147fd0f035b; tests/test_current_layouts.py): the story
    rendered by script from the app's state (``props.pageProps.article``: ``content`` as
    markup, ``published_at``, ``authors``, ``editor``, ``tags``); the markup prints the
    headline alone."""
    return _page(f"<div id='qa'><article><h1>{TITLE}</h1></article></div>",
                 head=f"<script {script_attrs}>{json.dumps(state)}</script>")


def _state() -> dict[str, Any]:
    content = (f"<figure><img src='/f.jpg'><figcaption>Perahu sekolah di dermaga, Senin pagi.</figcaption></figure>"
               f"<p>{STORY[0]}</p><p>{STORY[1]}</p>"
               "<p><strong>Baca Juga: <a href='/x/1/dermaga-baru'>Dermaga Baru Dibangun di Pulau Kecil</a></strong></p>"
               f"<p>{STORY[2]}</p><p>{STORY[3]}</p>")
    return {"props": {"pageProps": {"article": {
        "title": TITLE, "content": content, "published_at": "2026-03-03 09:15:00",
        "authors": [{"name": "Sari Anggraini"}], "tags": [{"name": "perahu sekolah"}, {"name": "pendidikan"}],
        "editor": {"id": "e1", "name": "Budi Santoso"}}}}}


def test_a_next_js_state_script_renamed_is_known_by_its_shape() -> None:
    expected: dict[str, Any] = {
        "authors": ["Sari Anggraini"], "editors": ["Budi Santoso"], "published": "2026-03-03T09:15:00+07:00",
        "captions": ["Perahu sekolah di dermaga, Senin pagi."],
        "related": ["Dermaga Baru Dibangun di Pulau Kecil"], "tags": ["perahu sekolah", "pendidikan"]}
    for attrs in ("id='__NEXT_DATA__' type='application/json'", "id='qzwx' type='application/json'",
                  "type='application/json'"):
        _assert_record(_record(_next_page(attrs, _state())), **expected)


def test_a_json_script_of_another_shape_or_type_gives_no_story() -> None:
    """A JSON script whose object does not open with ``props.pageProps`` (a widget's
    settings holding markup), or a state of that shape in a script of another type: no
    story from it (the page holds none)."""
    other = {"widget": {"props": {"pageProps": _state()["props"]["pageProps"]}}}
    for attrs, state in (("type='application/json'", other), ("type='text/x-template'", _state())):
        record = cleaner.clean(_next_page(attrs, state)).to_dict()
        assert record["paragraphs"] == []
        assert record["authors"] == []
