"""IDN Times pages as BeautifulSoup prints them (blindtki49), cleaned from the file alone
(no URL, no outlet), as the held-out text scrapes are scored.

Evidence (never copied: the fixtures below keep only each rendering's line order and its
chrome as printed; every sentence, name and number is written for this file):

- The four idntimes.com 2019 pages of the shared corpus (corpus/raw/idntimes/*.html, from
  fardiyadi/idnmedia2.github.io, an IDN Media ad-preview repository that saved real
  article pages) rendered in /tmp, never stored, by ``BeautifulSoup(html,
  "html.parser").get_text("\\n")`` (lines stripped, empty ones dropped, the way crawler
  notebooks print a page), read 2026-12-06. The rendering opens with the ``<title>``
  element's text, "<headline> | IDN Times", then the ad slots' labels ("Skin Ad Left",
  "90 x 600 pixel", ".jpg, .png, .gif, .html5", "Max 100 KB"), the campaign hashtag
  ("#MILLENNIALSMEMILIH"), the menus and the footer's links ("© 2019 IDN Media | All Rights
  Reserved", "The Voice of Millennials and Gen Z"), "What's Hot" and its teaser headlines, the rubric
  and sub-rubric ("Travel", "Destination"), the date, then the page's own heading line,
  the deck, the lead photo's credit, "Verified", the writer, the share words, and the
  story; under it "Baca Juga: ...", "Read More", "Topic:" and the tags, "Editorial Team",
  the editors, "Just For You".
  What was wrong: the deck was read as the line under the ``<title>`` line ("Skin Ad Left",
  "#RAMADANMASAKINI"), and on a page whose date line sits under the deck the deck was
  the headline (the heading line over it, marked as the ``<title>``'s repeat, did not
  count as a headline over a deck).
"""

from __future__ import annotations

from typing import Any

import cleaner
from tests.scored import scored_record as _record

_TITLE = "9 Kedai Kopi di Pinggir Danau yang Buka Sampai Subuh, Cocok buat Begadang"
_DECK = "Siapkan jaket, udara malam di tepi danau cukup dingin"
_STORY = [
    ("Bagi kamu yang suka begadang sambil mengobrol, kedai kopi di pinggir danau bisa jadi "
     "pilihan yang menyenangkan. Suasananya tenang, lampunya temaram, dan angin malam bikin "
     "obrolan makin betah."),
    ("Beberapa kedai bahkan buka sampai subuh dan menyediakan kudapan hangat untuk menemani "
     "secangkir kopi tubruk. Berikut daftarnya."),
    "1. Kedai Dermaga Lama",
    ("Kedai ini berdiri di atas panggung kayu yang menjorok ke air. Menu andalannya kopi "
     "gula aren dan roti bakar cokelat keju."),
    "Alamat: Jalan Tepi Danau Nomor 12",
    "Jangan lupa bawa uang tunai, ya. Beberapa kedai belum menerima pembayaran digital.",
]
_CHROME_TOP = [
    "Skin Ad Left", "90 x 600 pixel", ".jpg, .png, .gif, .html5", "Max 100 KB",
    "Skin Ad Right", "90 x 600 pixel", ".jpg, .png, .gif, .html5", "Max 100 KB",
    "#MILLENNIALSMEMILIH", "News", "Hype", "Life", "Quiz", "Community", "Regional", "IDN Times",
    "Jawa Timur", "Bali", "More", "Automotive", "Business", "Sport", "Travel", "Tech", "Food",
    "Opinion", "Index", "CHANNELS", "About Us", "Career", "Privacy Policy", "Pedoman Media Siber",
    "Contact Us", "© 2019 IDN Media | All Rights Reserved", '"The Voice of Millennials and Gen Z"',
    "What's Hot",
    "Tim Voli Putri Sekolah Desa Juarai Turnamen Antarprovinsi",
    "Harga Cabai Rawit di Pasar Induk Turun Dua Pekan Berturut-turut",
    "Kamu bisa mencari artikel di sini",
    "Leaderboard Mobile v1", "320 x 100 pixel", ".jpg, .png, .gif, .html5 | Max 100 KB",
]
_TAIL = [
    "Baca Juga: 8 Warung Bakso di Lereng Gunung yang Kuahnya Bikin Hangat",
    "Read More", "Topic:", "#kuliner", "Wisata Malam", "kopi",
    "Editorial Team", "Show All", "Rara Pertiwi", "Editor", "Bagus Santosa", "Editor",
    "Just For You", "17 Januari 2019", "|", "Travel",
    "7 Pantai Berpasir Hitam yang Sunyi dan Cocok buat Menyendiri",
]


def _bs4_text(*, title_line: bool = True, date_over_heading: bool = True) -> str:
    """The page as ``get_text("\\n")`` prints it, lines stripped and empty ones dropped:
    the ``<title>`` line first (``title_line``), the date line over the heading (a travel
    piece) or under the writer (a recipe: ``date_over_heading=False``)."""
    head = [f"{_TITLE} | IDN Times"] if title_line else []
    rubric = ["Travel", "Destination"]
    byline = ["kedaikopidanau.id", "Verified", "Sekar Ayuningtyas"]
    date = ["16 Januari 2019"]
    top = [*rubric, *date, _TITLE, _DECK, *byline] if date_over_heading else [*rubric, _TITLE, _DECK, *byline, *date]
    lines = [*head, *_CHROME_TOP, *top, "Share to Facebook", "Share to Twitter", *_STORY, *_TAIL]
    return "\n".join(lines) + "\n"


def _expect() -> dict[str, Any]:
    return {"title": _TITLE, "subtitle": _DECK, "authors": ["Sekar Ayuningtyas"],
            "paragraphs": _STORY}


def _fields(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in ("title", "subtitle", "authors", "paragraphs")}


def test_title_line_first_deck_under_the_heading_line() -> None:
    """The ``<title>`` line first, the date over the heading (the travel page's order):
    the deck is the line under the page's own heading, not the ad slot's label under
    the ``<title>`` line."""
    record = _record(_bs4_text())
    assert record["outlet"] == "idntimes"
    assert _fields(record) == _expect()
    assert record["subtitle"] != "Skin Ad Left"


def test_title_line_first_date_under_the_writer() -> None:
    """The recipe page's order: the date under the writer, so the line over the date
    nearest the story is the deck; the heading over it (the ``<title>``'s repeat) is the
    headline, and the deck stays the deck."""
    record = _record(_bs4_text(date_over_heading=False))
    assert _fields(record) == _expect()
    assert record["title"] != _DECK


def test_heading_first_unchanged() -> None:
    """Negative: a rendering with no ``<title>`` line (a browser's copy starts at the
    body) reads the same headline and deck from the heading line, as before."""
    for dated in (True, False):
        record = _record(_bs4_text(title_line=False, date_over_heading=dated))
        assert record["title"] == _TITLE
        assert record["subtitle"] == _DECK
        assert record["paragraphs"] == _STORY


def test_heading_under_title_line_not_repeated() -> None:
    """Negative: a ``<title>`` line whose headline the page does not print again (a
    scrape cut above the heading) stays the headline; no line far below it is
    taken for the deck's anchor."""
    text = _bs4_text().replace(f"{_TITLE}\n{_DECK}\n", "")
    record = cleaner.clean(text).to_dict()
    assert record["title"] == _TITLE
    assert record["subtitle"] != _DECK
    assert record["paragraphs"][0] == _STORY[0]
