"""A crawler's rows: the story text it extracted and its own fields beside it (title,
authors, date, tags), cleaned as a pipeline would (``cleaner.clean(text, url=...,
hints=row)``). The shapes are those of a public Scrapy crawler's kompas.com output
(aarestu/berita-scrap sample_result/kompas.jl @ d78ef4747ecb2360fed129c910b13ba398ae51aa,
newspaper-style extraction: paragraphs joined by blank lines, the authors list guessed
from the page); every row here is written in our own words, and each test failed
before the change it names."""

from __future__ import annotations

import cleaner

URL = "https://money.kompas.com/read/2019/08/01/124215826/kota-resmikan-taman-baca-pesisir?page=all"
TITLE = "Kota Resmikan Taman Baca Pesisir"
STORY = (
    "Pemerintah kota meresmikan taman baca baru di kawasan pesisir pada Sabtu pagi.",
    "Wali kota mengatakan taman itu dibangun dari dana sumbangan warga dan perusahaan setempat.",
    "Taman baca tersebut dibuka setiap hari mulai pukul delapan pagi hingga sore.",
)
CAPTION = "Wali kota meninjau rak buku di taman baca pesisir, Sabtu (12/3/2022). Taman ini dibangun bersama warga."


def row_text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_the_dash_a_cut_dateline_leaves_is_cut_too() -> None:
    """The crawler cut "JAKARTA, KOMPAS.com" but left the em dash: the first paragraph
    began "— " (dateline-orphan-dash)."""
    got = cleaner.clean(row_text(f"— {STORY[0]}", *STORY[1:]), url=URL, hints={"title": TITLE})
    assert got.paragraphs == STORY
    assert got.dateline is None


def test_a_hyphen_opening_the_first_paragraph_is_kept() -> None:
    """A hyphen opens a list item as often as a dateline: only an em or en dash goes."""
    first = "- Warga diminta membawa kartu identitas saat meminjam buku."
    got = cleaner.clean(row_text(STORY[0], first, *STORY[1:]), url=URL, hints={"title": TITLE})
    assert first in got.paragraphs


def test_a_spaced_run_of_dashes_between_paragraphs_is_no_paragraph() -> None:
    """"- -" alone between two paragraphs (an empty list as the crawler printed it) was
    kept as a paragraph (lone-symbol took only unspaced runs)."""
    got = cleaner.clean(row_text(STORY[0], STORY[1], "- -", STORY[2]), url=URL, hints={"title": TITLE})
    assert got.paragraphs == STORY
    assert ("lone-symbol", "- -") in [(r.rule, r.text) for r in got.removed]


def test_a_caption_printed_twice_after_its_credit_is_kept_once() -> None:
    """"KOMPAS.com/NAME <caption> <caption>": the photo's alt text and its caption run
    together after the credit. The caption went to captions with its words twice."""
    got = cleaner.clean(row_text(STORY[0], f"KOMPAS.com/RINA WULANDARI {CAPTION} {CAPTION}", *STORY[1:]),
                        url=URL, hints={"title": TITLE})
    assert got.captions == (f"KOMPAS.com/RINA WULANDARI {CAPTION}",)
    assert got.paragraphs == STORY


def test_a_crawlers_authors_that_are_the_site_or_a_photo_credit_are_not_used() -> None:
    """The crawler's authors list holds the publisher ("Kompas Cyber Media"), the photo's
    credit read as a by-line ("Kompas.Com Name": the site's own name in it) and a stock
    library's credit ("Shutterstock Name") beside the writer. The last two were taken
    as authors."""
    hints = {"title": TITLE, "authors": ["Kompas Cyber Media", "Dodi Saputra", "Kompas.Com Rina Wulandari",
                                         "Shutterstock Budi Fotografer"],
             "date": "2019-08-01 00:00:00", "tags": ["taman baca", "pesisir"]}
    got = cleaner.clean(row_text(*STORY), url=URL, hints=hints)
    assert got.authors == ("Dodi Saputra",)
    assert got.published == "2019-08-01T00:00:00+07:00"
    assert got.tags == ("taman baca", "pesisir")
    assert len(got.warnings) == 3


def test_a_writer_named_like_no_site_is_kept_without_a_url() -> None:
    """Without a URL there is no site to compare: a person's name stays."""
    got = cleaner.clean(row_text(*STORY), hints={"authors": ["Rina Wulandari"]})
    assert got.authors == ("Rina Wulandari",)


def test_a_months_name_in_the_crawlers_authors_is_no_writer() -> None:
    """liputan6.com rows of the same crawler (sample_result/liputan6.jl @
    41339fdc5acb91a7aac6cafb6203fa04ebca15b7) list "Feb" after the writer, or alone:
    the by-line's date ("pada 25 Feb 2021") read as a name. It was taken as an author."""
    url = "https://www.liputan6.com/news/read/4492711/kota-resmikan-taman-baca-pesisir"
    got = cleaner.clean(row_text(*STORY), url=url, hints={"title": TITLE, "authors": ["Dodi Saputra", "Feb"]})
    assert got.authors == ("Dodi Saputra",)
    alone = cleaner.clean(row_text(*STORY), url=url, hints={"title": TITLE, "authors": ["Feb"]})
    assert alone.authors == ()
    assert alone.warnings == ("the authors hint 'Feb' names no person; not used",)


def test_a_link_read_as_a_name_and_detiks_video_label_are_dropped() -> None:
    """detik.com rows of the same crawler (sample_result/detik-news.jl @
    41339fdc5acb91a7aac6cafb6203fa04ebca15b7): the authors list holds the share links'
    words ("Https", "Www.Facebook.Com Detikcom") beside the writer, and the story ends
    with the video's label "Saksikan juga '<title>':" over "[Gambas:Video 20detik]".
    "Https" was an author and the label the last paragraph."""
    url = "https://news.detik.com/berita/d-5470007/kota-resmikan-taman-baca-pesisir?single=1"
    text = row_text(*STORY, "Saksikan juga 'Warga Antre Pinjam Buku di Taman Baca':", "[Gambas:Video 20detik]")
    authors = ["Dodi Saputra", "Https", "Www.Facebook.Com Detikcom", "Dodi Saputra - Detiknews"]
    got = cleaner.clean(text + "\n\n\n\n", url=url, hints={"title": TITLE, "authors": authors})
    assert got.authors == ("Dodi Saputra",)
    assert got.paragraphs == STORY
    assert [r.rule for r in got.removed] == ["video-promo", "embed-placeholder"]


def test_a_caption_over_the_undoubling_bound_is_left_whole() -> None:
    """The search for a doubled run is quadratic in a caption's length, so a caption
    longer than `_MAX_UNDOUBLED` is kept as it is, even when its halves repeat (no real
    photo caption is that long); one under it is undoubled."""
    from cleaner.fields import _MAX_UNDOUBLED, _undoubled

    half = "Warga antre di pasar pagi sejak subuh."
    short = f"FOTO/NAMA {half} {half}"
    assert _undoubled(short) == f"FOTO/NAMA {half}"
    words = " ".join(f"kata{i}" for i in range(_MAX_UNDOUBLED // 10))
    long = f"FOTO/NAMA {words} {words}"
    assert len(long) > _MAX_UNDOUBLED
    assert _undoubled(long) == long


def test_an_agency_credited_as_the_by_line_is_the_source() -> None:
    """The bulk crawl's detik.com rows credit republished stories to the agency or
    broadcaster in the by-line ("Antara -detikTravel", "Deutsche Welle (DW) -detikNews",
    "ABC Australia -detikNews"), and its tempo.co rows to "Antara" alone: they were taken
    as authors. SPEC: authors are writers; an agency credited for the whole story is the
    source. The hint is not lost: it fills source, and the warning says so."""
    url = "https://travel.detik.com/travel-news/d-7000001/kota-resmikan-taman-baca-pesisir"
    for byline, agency in (("Antara -detikTravel", "Antara"), ("Deutsche Welle (DW) -detikNews", "Deutsche Welle (DW)"),
                           ("ABC Australia -detikNews", "ABC Australia"), ("DW", "DW")):
        got = cleaner.clean(row_text(*STORY), url=url, hints={"title": TITLE, "author": byline})
        assert got.authors == ()
        assert got.source == agency
        assert got.warnings == (f"the authors hint {byline!r} names a news agency; used as the source",)
    both = cleaner.clean(row_text(*STORY), hints={"author": "Rina Wulandari, Antara"})
    assert both.authors == ("Rina Wulandari",) and both.source == "Antara"


def test_the_pages_or_the_callers_source_wins_over_an_agency_by_line() -> None:
    """An agency in the by-line hint fills source only when neither the page (its "(Antara)"
    sign-off) nor the caller's own source hint gives one."""
    signed = row_text(*STORY[:-1], STORY[-1] + " (Reuters)")
    got = cleaner.clean(signed, hints={"author": "Antara"})
    assert got.source == "Reuters" and got.authors == ()
    given = cleaner.clean(row_text(*STORY), hints={"author": "Antara", "source": "Kantor Berita Contoh"})
    assert given.source == "Kantor Berita Contoh" and given.authors == ()


def test_a_bare_place_dateline_the_scraper_left_untidy_is_cut() -> None:
    """liputan6.com rows of the bulk crawl open with the place alone, its dash touching
    the first word ("Jakarta -Kata"), or with the comma of an outlet's name the scraper
    lost (", Jakarta - Kata"): the place stayed in the first paragraph. Through the
    no-URL path, as held-out text scrapes are read."""
    for first in (f"Jakarta -{STORY[0]}", f", Jakarta - {STORY[0]}", f"Jakarta - {STORY[0]}"):
        got = cleaner.clean(row_text(first, *STORY[1:]))
        assert got.dateline == "Jakarta"
        assert got.paragraphs == STORY
    # a lower-case word after the dash is no story's start: the line stays whole
    route = "Jakarta -an dan Bandung dihubungkan kereta cepat sejak tahun lalu."
    assert cleaner.clean(row_text(route, *STORY[1:])).paragraphs[0] == route


def test_a_stock_librarys_credit_in_capitals_opens_a_caption() -> None:
    """kompas.com rows of the bulk crawl print a stock library's name in capitals or not
    before the caption it credits ("Pixabay/Pexels<caption>", "PIXABAY/<number><caption>"
    on one page): the capitalised one stayed a paragraph."""
    caption = "PIXABAY/12345Ilustrasi rak buku di taman baca pesisir. Taman ini dibuka setiap hari."
    got = cleaner.clean(row_text(STORY[0], caption, *STORY[1:]))
    assert got.captions == (caption,)
    assert got.paragraphs == STORY


def test_a_linked_title_that_lost_its_own_spaces_in_a_container_line_is_related() -> None:
    """okezone.com rows of the bulk crawl print the whole story once more on its first
    line, a "Baca Juga:" link glued in. A title whose own words lost their spaces (a
    linked name inside the headline) split at every glue point into pieces that are no
    headlines (a name with a capital inside, "KotaKita", gave a piece of one word), so no
    title was read. It ends where the next paragraph starts, and is kept whole, as
    printed."""
    title = "KotaKita Sambut BaikTaman BacaPesisir 2025"
    container = f"{STORY[0]}Baca Juga:{title}{STORY[1]}{STORY[2]}"
    got = cleaner.clean("\n".join((container, *STORY)))
    assert got.paragraphs == STORY
    assert got.related == (title,)
    # titles glued one to the next still split at the glue points, and end there too
    two = ("Kota Resmikan Taman Baca Pesisir", "Perpustakaan Keliling Singgah di Pelabuhan")
    container = f"{STORY[0]}Baca Juga:{two[0]}{two[1]}{STORY[1]}{STORY[2]}"
    assert cleaner.clean("\n".join((container, *STORY))).related == two
