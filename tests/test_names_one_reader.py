"""One name reader (`cleaner.names`) for every route a person's name takes into the
record: the same tricky credits through each route, through the public API with no URL
(as held-out pages are scored), give the same authors and editors (SPEC: "names only,
never a role label").

Routes and the real markup each page keeps (filled with our own names and sentences):

- a text scrape's by-line line under the headline and its editor's line under the story
  (the generic rules' "Penulis: ..." / "Editor: ..." lines);
- an HTML by-line box between the headline and the story: detik.com 2026's
  ``div.detail__author`` (DonnyRZ/egi-media-crawl fixtures/detik/sample-article.html @
  fe3899ce09f979d63f69625c9c178147fd0f035b);
- ``<meta name="author">``: tirto.id's head (code index file id 28067268472);
- JSON-LD ``author`` and ``editor`` Persons of a ``NewsArticle``;
- a Next.js state script: jawapos.com 2026 (the same repository's
  fixtures/jawa_pos/sample-article.html; tests/test_html_unseen_markup_c.py's builder);
- the caller's hints, as a list and as a crawler's string;
- trafilatura's YAML front matter (its ``author:`` key; tests/test_text_other_renderings.py);
- a reader proxy's header (Jina Reader's "Title:" / "URL Source:" / "Published Time:"),
  which names no writer: the by-line line under it is the text route's.

Before the reader was one, the routes disagreed: "Verified Writer" was an author on the
text route only, "Editor: Budi Santoso" an author through the head, JSON-LD and front
matter (the caller's hints keep it: the caller's field is its word), "Foto: Antara/Budi
Santoso" a writer through front matter, and "Ahmad bin Yusuf" no writer on the text
route (the name macro wanted every word capitalised).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import cleaner
from cleaner.names import credited_person, editor_value, is_name, name_value, without_byline_words

from .test_html_unseen_markup_c import _next_page, _state

TITLE = "Warga Pesisir Tanam Seribu Bakau untuk Tahan Abrasi"
STORY = (
    ("Warga pesisir utara menanam seribu bibit bakau di sepanjang pantai yang tergerus abrasi pada Jumat pagi "
    "bersama relawan dari kota."),
    ("Kegiatan itu diikuti pelajar, nelayan, dan relawan dari tiga kecamatan yang datang sejak pukul enam pagi "
    "ke lokasi penanaman."),
    ("Ketua kelompok nelayan berharap bakau itu kelak menahan ombak pasang yang makin tinggi setiap tahun di "
    "kampung mereka."),
    ("Pemerintah desa menyiapkan bibit tambahan bagi warga yang ingin menanam di pekarangan rumah masing-masing "
    "pada bulan depan."),
)

#: The tricky credits, and the name each gives (``None``: no person).
CREDITS: dict[str, str | None] = {
    "Verified Writer": None,  # a role label alone
    "CE": None,  # initials
    "Budi Santoso, M.Si.": "Budi Santoso",  # a degree after the comma
    "Tim Redaksi": None,  # a desk
    "Foto: Antara/Budi Santoso": None,  # a photo's credit
    "RINA WULANDARI": "RINA WULANDARI",  # all capitals, as printed
    "Ahmad bin Yusuf": "Ahmad bin Yusuf",
    "Siti binti Ali": "Siti binti Ali",
    "Rudy van Dijk": "Rudy van Dijk",
}


def _names(name: str | None) -> tuple[str, ...]:
    return (name,) if name else ()


def _html(head: str = "", byline: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE} - Kabar Contoh</title>"
            f"<meta property='og:title' content='{TITLE}'>{head}</head><body><article class='detail'>"
            f"<h1 class='detail__title'>{TITLE}</h1>{byline}<div class='detail__body-text'>{story}</div>"
            "</article></body></html>")


def _text_byline(credit: str) -> str:
    return "\n\n".join((TITLE, f"Penulis: {credit}", f"Jakarta - {STORY[0]}", *STORY[1:]))


def _box(credit: str) -> str:
    return _html(byline=f"<div class='detail__author'>{credit}</div>")


def _meta(credit: str) -> str:
    return _html(head=f"<meta name='author' content='{credit}'>")


def _json_ld(credit: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
            "author": {"@type": "Person", "name": credit}}
    return _html(head=f"<script type='application/ld+json'>{json.dumps(data)}</script>")


def _next_js(credit: str) -> str:
    state = _state()
    state["props"]["pageProps"]["article"]["authors"] = [{"name": credit}]
    return _next_page("id='__NEXT_DATA__' type='application/json'", state)


def _front_matter(credit: str) -> str:
    return "\n".join(("---", f"title: {TITLE}", f"author: {credit}", "hostname: contoh.com",
                      "sitename: Kabar Contoh", "---", "", *STORY))


def _proxy(credit: str) -> str:
    return "\n".join((f"Title: {TITLE}", "", "URL Source: https://kabar.contoh.id/read/1/bakau", "",
                      "Published Time: 2024-10-11T02:23:25.000Z", "", "Markdown Content:", TITLE,
                      "=" * len(TITLE), "", f"Penulis: {credit}", "", *STORY))


PAGE_ROUTES: dict[str, Callable[[str], str]] = {
    "text by-line": _text_byline, "html by-line box": _box, "meta author": _meta, "json-ld author": _json_ld,
    "next.js state": _next_js, "front matter": _front_matter, "reader proxy": _proxy,
}


@pytest.mark.parametrize("route", PAGE_ROUTES)
@pytest.mark.parametrize("credit", CREDITS)
def test_each_route_reads_a_writers_credit_alike(route: str, credit: str) -> None:
    got = cleaner.clean(PAGE_ROUTES[route](credit))
    assert got.authors == _names(CREDITS[credit])
    assert got.editors == (() if route != "next.js state" else ("Budi Santoso",))  # (the state's own editor)


@pytest.mark.parametrize("credit", CREDITS)
def test_the_callers_hints_read_a_credit_alike(credit: str) -> None:
    text = "\n\n".join(STORY)
    as_list = cleaner.clean(text, hints={"authors": [credit], "editors": [credit]})
    assert as_list.authors == as_list.editors == _names(CREDITS[credit])
    as_string = cleaner.clean(text, hints={"author": credit})
    assert as_string.authors == _names(CREDITS[credit])
    if CREDITS[credit] is None:
        assert any("names no person" in w for w in as_list.warnings)


@pytest.mark.parametrize("credit", CREDITS)
def test_an_editors_credit_reads_alike_on_the_text_json_ld_and_meta_routes(credit: str) -> None:
    text = cleaner.clean("\n\n".join((TITLE, f"Jakarta - {STORY[0]}", *STORY[1:], f"Editor: {credit}")))
    data = {"@type": "NewsArticle", "headline": TITLE, "editor": {"@type": "Person", "name": credit}}
    ld = cleaner.clean(_html(head=f"<script type='application/ld+json'>{json.dumps(data)}</script>"))
    meta = cleaner.clean(_html(head=f"<meta name='content_editor' content='{credit}'>"))
    for got in (text, ld, meta):
        assert got.editors == _names(CREDITS[credit])
        assert got.authors == ()


# ---- a writer's and an editor's credit on one line -------------------------------------

PAIR = "Penulis: Ani Lestari | Editor: Budi Santoso"


@pytest.mark.parametrize("route", ["text by-line", "html by-line box"])
def test_a_printed_pair_gives_the_writer_and_the_editor(route: str) -> None:
    build = (lambda c: "\n\n".join((TITLE, c, f"Jakarta - {STORY[0]}", *STORY[1:]))) if route == "text by-line" \
        else _box
    got = cleaner.clean(build(PAIR))
    assert (got.authors, got.editors) == (("Ani Lestari",), ("Budi Santoso",))


@pytest.mark.parametrize("route", ["meta author", "json-ld author", "next.js state", "front matter"])
def test_a_pair_in_a_writers_credit_gives_the_writer_only(route: str) -> None:
    """A machine's writer credit holding the pair: the writer is the author; the editor
    named after the bar is no writer (the routes that read the editor read it apart)."""
    got = cleaner.clean(PAGE_ROUTES[route](PAIR))
    assert got.authors == ("Ani Lestari",)
    assert "Budi Santoso" not in got.authors


def test_the_callers_field_wins_over_a_role_label_the_pages_own_label_does_not() -> None:
    """A crawler's ``editor`` key holding "Penulis Rina Kusuma" names the editor (the
    caller's field is its word: tests/test_spec_clauses.py); the page's own header
    (front matter) or head printing "Editor: Budi Santoso" as its author names no writer."""
    text = "\n\n".join(STORY)
    got = cleaner.clean(text, hints={"author": "Editor: Budi Santoso", "editor": "Penulis Rina Kusuma"})
    assert (got.authors, got.editors) == (("Budi Santoso",), ("Rina Kusuma",))
    for route in ("front matter", "meta author", "json-ld author"):
        got = cleaner.clean(PAGE_ROUTES[route]("Editor: Budi Santoso"))
        assert got.authors == (), route


# ---- the reader's steps -----------------------------------------------------------------

def test_an_editors_label_names_no_writer_and_a_writers_no_editor() -> None:
    assert name_value("Editor: Budi Santoso") == ""
    assert editor_value("Editor: Budi Santoso") == "Budi Santoso"
    assert editor_value("Penulis: Ani Lestari") == ""
    assert name_value("Penulis: Ani Lestari") == "Ani Lestari"
    assert credited_person("Redaktur: Budi Santoso", None) is None
    assert credited_person("Redaktur: Budi Santoso", None, "editors") == "Budi Santoso"


def test_one_lead_cut_for_by_line_words_and_role_labels() -> None:
    """The by-line words ("Oleh", "von") and the role labels ("Reporter", "Verified
    Writer") are cut by one step, with a colon, a bar, a dash, a space or nothing between."""
    for value in ("Oleh Ani Lestari", "Reporter: Ani Lestari", "Reporter | Ani Lestari", "Penulis - Ani Lestari",
                  "Verified Writer Ani Lestari", "vonAni Lestari", "| Ani Lestari"):
        assert without_byline_words(value) == "Ani Lestari", value
        assert name_value(value) == "Ani Lestari", value
    assert without_byline_words("Penulis:") == "Penulis:"
    assert not is_name("Penulis:")


def test_the_clean_step_cuts_a_channel_and_a_contact_on_every_route() -> None:
    assert name_value("Ani Lestari -detikNews") == "Ani Lestari"
    assert name_value("Ani Lestari (@anilestari)") == "Ani Lestari"
    assert name_value("Ani Lestari Ani Lestari") == "Ani Lestari"


def test_a_machine_credit_refuses_the_site_an_organisation_an_agency_and_a_month() -> None:
    assert credited_person("Kabar Contoh", "Kabar Contoh") is None
    assert credited_person("Kompas Cyber Media", None) is None
    assert credited_person("Antara", None) is None
    assert credited_person("Feb", None) is None
    assert credited_person("Ani Lestari", "Kabar Contoh") == "Ani Lestari"


def test_a_printed_name_is_not_refused_for_a_word_a_site_holds() -> None:
    """A printed by-line is read as printed: "Tim Smith" on an English page is a writer
    (the organisation step is the machine credits' only)."""
    page: Any = _html(byline="<div class='detail__author'>Tim Smith</div>").replace("lang='id'", "lang='en'")
    assert cleaner.clean(page).authors == ("Tim Smith",)
