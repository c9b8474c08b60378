"""Headlines with a '!' or '?' inside them, read as the title on pages no outlet rule claims
(titles43), each read from the file alone (no URL, no outlet option), as held-out pages are
scored. SPEC: the title is the headline as printed.

Evidence (shapes kept, headlines, names and sentences ours):

- Indonesian outlets print such headlines often. The bulk crawl's rows (1,937, 2025: its
  ``title`` field, as a text scrape or a browser's copy prints the headline first) hold them:
  an interjection before the headline (detik.com row 90 "<Adjective> Banget! <headline>", row
  249 "<Word>! <headline>", okezone.com row 403 "Resmi! <headline>", liputan6.com row 181
  "Waspada! Ini ..."), a question and its answer (detik.com row 93 "Kenapa ...? Ini ...",
  okezone.com row 1684, liputan6.com row 1391 "Apa Itu ...? Ini ...", kompas.com row 828
  "Benarkah ...? Ini Penjelasan Dokter"), a question then an imperative ending in '!'
  (detik.com row 425 "Apakah ...? Cek Lagi Jadwalnya!"), a '!' then a colon (detik.com row
  630 "<Word>! <clause>: <clause>").
- Their head lines as the rows print them: detik's by-line "Nama -detikOto" and "Rabu, 18 Jun
  2025 17:30 WIB"; okezone's writer and ", Jurnalis-Rabu, 18 Juni 2025 |09:31 WIB";
  liputan6's writer, "Diperbarui 14 Jun 2025, 14:30 WIB" and the "Liputan6.com, Jakarta - "
  dateline; kompas's writers joined by a comma, "Kompas.com - 18/06/2025, 19:45 WIB" and
  "JAKARTA, KOMPAS.com - ".
- detik.com's article markup (2023-25): ``h1.detail__title``, ``div.detail__author``,
  ``div.detail__date``, ``div.detail__body-text.itp_bodycontent`` (the classes scrapers
  select: code index file ids 48951590008 and 38914203164).

Before, a generic page refused any line with a '!' or '?' inside it unless it stood right over
a dateline paragraph: 73 bulk rows' headlines printed first gave no title (exact titles over
the rows' five first-line shapes: 9,285 of 9,637 before, 9,603 after, none lost).
Negatives: a promo or a button with a '!' printed over the headline stays out of the title.
"""

from __future__ import annotations

import pytest

import cleaner
from tests.test_text_real_outlets_b import EMPTY, page, record

STORY = (
    "Pemerintah kota menambah jadwal bus malam yang mulai berlaku pekan depan untuk warga pinggiran.",
    "Kepala dinas perhubungan mengatakan armada tambahan sudah disiapkan sejak awal bulan ini.",
    "Tarif bus malam tetap sama dengan tarif siang, sehingga warga tidak perlu membayar lebih.",
)

#: One headline of each shape the bulk rows print (see the module's docstring).
HEADLINES = (
    "Resmi! Bus Malam Kota Pinang Kini Beroperasi hingga Pukul Dua",          # okezone 403, detik 249
    "Keren Banget! Halte Baru Dilengkapi Layar Jadwal dan Kursi Pijat",         # detik 90
    "Kenapa Bus Malam Ditambah? Ini Penjelasan Dinas Perhubungan",             # detik 93, okezone 1684
    "Apa Itu Tarif Integrasi? Ini Cara Kerja dan Manfaatnya",                   # liputan6 1391
    "Apakah Bus Malam Beroperasi Saat Libur? Cek Lagi Jadwalnya!",              # detik 425
    "Waduh! Halte Terendam Banjir: Penumpang Menunggu di Bahu Jalan",           # detik 630
)


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("suffix", ["", " - detikNews"])
def test_the_headline_first_over_the_story(headline: str, suffix: str) -> None:
    """The bulk rows' plainest shape: the headline (with or without the site after a dash,
    as ``<title>`` prints it), then the story."""
    got = cleaner.clean(page(headline + suffix, *STORY))
    assert record(got) == {**EMPTY, "title": headline, "paragraphs": STORY}


@pytest.mark.parametrize("headline", HEADLINES)
def test_the_headline_over_detiks_byline_and_date(headline: str) -> None:
    got = cleaner.clean(page(headline, "Rina Kartika Sari -detikOto", "Rabu, 18 Jun 2025 17:30 WIB",
                             "Jakarta - " + STORY[0], *STORY[1:]))
    assert record(got) == {**EMPTY, "title": headline, "authors": ("Rina Kartika Sari",),
                           "published": "2025-06-18T17:30:00+07:00", "dateline": "Jakarta",
                           "paragraphs": STORY}


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("dated", [True, False])
def test_the_headline_over_a_writers_name(headline: str, dated: bool) -> None:
    """okezone's head: the writer's name alone, then ", Jurnalis-<date>" (or no date line).
    (The name is not read as the writer over that line, with a headline of any shape: left.)"""
    date = (",\u00a0Jurnalis-Rabu, 18 Juni 2025 |09:31 WIB",) if dated else ()
    got = cleaner.clean(page(headline, "Rina Kartika Sari", *date, *STORY))
    assert got.title == headline
    assert got.paragraphs == STORY
    if dated:
        assert got.published == "2025-06-18T09:31:00+07:00"


@pytest.mark.parametrize("headline", HEADLINES[2:4])
def test_the_headline_over_liputan6s_head(headline: str) -> None:
    got = cleaner.clean(page(headline, "Rina Kartika Sari", "Diperbarui 14 Jun 2025, 14:30 WIB",
                             "Liputan6.com, Jakarta - " + STORY[0], *STORY[1:]))
    assert got.title == headline
    assert got.dateline == "Jakarta"
    assert got.paragraphs == STORY


def test_the_headline_over_kompas_writers_joined_by_a_comma() -> None:
    """kompas.com row 828's head: two writers on one line, the date line, the dateline.
    Before, the writers' line was taken for the headline."""
    headline = HEADLINES[2]
    got = cleaner.clean(page(headline, "Rina Kartika Sari, Budi Santoso", "Kompas.com - 18/06/2025, 19:45 WIB",
                             "JAKARTA, KOMPAS.com - " + STORY[0], *STORY[1:]))
    assert got.title == headline
    assert got.authors == ("Rina Kartika Sari", "Budi Santoso")
    assert got.paragraphs == STORY


# ---- negatives: chrome with a '!' over the headline -----------------------------------------

HEADLINE = "Bus Malam Kota Pinang Kini Beroperasi hingga Pukul Dua Dini Hari"


@pytest.mark.parametrize("chrome", [
    "Klik di sini!",                                             # a button (taken as the title before)
    "Yuk, download aplikasinya!",                                # an app banner's call
    "Promo Spesial! Langganan Setahun Diskon Separuh Harga",     # a promo
    "Gabung Komunitas Pembaca! Dapatkan Hadiah Menarik",         # a community's call to action
])
def test_a_promo_with_a_bang_over_the_headline_stays_out_of_the_title(chrome: str) -> None:
    got = cleaner.clean(page(chrome, HEADLINE, *STORY))
    assert got.title == HEADLINE
    assert got.paragraphs == STORY


def test_a_promo_over_a_breadcrumb_over_the_headline() -> None:
    """The line under the promo is a rubric, not the story's head: the promo is no headline."""
    got = cleaner.clean(page("Promo Spesial! Langganan Setahun Diskon Separuh Harga", "Berita Utama",
                             HEADLINE, *STORY))
    assert got.title == HEADLINE
    assert got.paragraphs == STORY


def test_a_promo_over_an_exclaiming_headline_stays_out_of_the_title() -> None:
    """Two lines with a '!': the first has a headline-shaped line under it and is skipped; the
    second, over the story, is the headline."""
    got = cleaner.clean(page("Promo Spesial! Langganan Setahun Diskon Separuh Harga", HEADLINES[0], *STORY))
    assert got.title == HEADLINES[0]


@pytest.mark.parametrize("first", [
    "Bus malam datang! Warga bersorak di halte",       # a story's sentence, in sentence case
    "Mengapa bus malam ditambah? Dinas menjawabnya",   # the same with a '?'
])
def test_a_sentence_case_line_with_a_bang_is_no_headline(first: str) -> None:
    got = cleaner.clean(page(first, *STORY))
    assert got.title is None


# ---- HTML --------------------------------------------------------------------------------------


def _detik_page(headline: str, *, head: bool, promo: str = "") -> str:
    """detik.com's article markup (classes as the module's docstring cites), our text."""
    meta = (f"<meta property='og:title' content='{headline}'><title>{headline}</title>" if head else "")
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>" + meta + "</head><body>"
            "<article class='detail'><div class='detail__header'>"
            + (f"<div class='promo'>{promo}</div>" if promo else "")
            + f"<h1 class='detail__title'>{headline}</h1>"
            "<div class='detail__author'>Rina Kartika Sari - detikOto</div>"
            "<div class='detail__date'>Rabu, 18 Jun 2025 17:30 WIB</div></div>"
            f"<div class='detail__body-text itp_bodycontent'>{body}</div></article></body></html>")


@pytest.mark.parametrize("headline", HEADLINES[:3])
@pytest.mark.parametrize("head", [True, False])
def test_the_h1_with_a_bang_is_the_title(headline: str, head: bool) -> None:
    got = cleaner.clean(_detik_page(headline, head=head))
    assert got.title == headline
    assert got.authors == ("Rina Kartika Sari",)
    assert got.paragraphs == STORY


def test_a_promo_over_the_h1_stays_out_of_the_title() -> None:
    got = cleaner.clean(_detik_page(HEADLINES[0], head=False,
                                    promo="Promo Spesial! Langganan Setahun Diskon Separuh Harga"))
    assert got.title == HEADLINES[0]
    assert got.paragraphs == STORY


@pytest.mark.parametrize("headline", HEADLINES[:3])
def test_a_saved_page_with_no_h1_prints_the_headline_over_the_story(headline: str) -> None:
    """A saved page with no <h1> and no head: the headline in a div over the story's paragraphs
    (the markup shape of tests/test_leftovers_c.py's <title> line). Before: no title."""
    body = "".join(f"<p>{s}</p>" for s in STORY)
    got = cleaner.clean(f"<html><body><div class='qx1'><div class='qx2'>{headline}</div>{body}</div></body></html>")
    assert record(got) == {**EMPTY, "title": headline, "paragraphs": STORY}
