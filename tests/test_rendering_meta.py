"""Metadata of whole pages printed as text (a browser's visible text, one block a line):
boxes and rows the HTML path reads from markup print as plain lines. Each page is in our
own words; only its order of lines follows a real layout, named in each test (the dev
corpus's 2015-16 HTML pages as `benchmarks/render.py` prints them, and the 2026 mock
layouts of tests/test_outlet_layouts_2026.py). Each test fails without the change it
names."""

from __future__ import annotations

import cleaner

HEADLINE = "Warga Desa Tanam Pohon di Bantaran Sungai"
DATE = "Kamis, 05 November 2015 | 11:13 WIB"
STORY = [
    "Bogor - Ratusan warga menanam bibit pohon di bantaran sungai untuk menahan longsor pada musim hujan.",
    "Kepala desa mengatakan bibit itu disumbang oleh kelompok tani setempat dan akan dirawat bersama.",
    "Menurut dia, kegiatan serupa akan diulang setiap bulan sampai seluruh tepi sungai tertanami.",
]
BODY = (STORY[0].removeprefix("Bogor - "), *STORY[1:])


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_read_also_box_after_the_signoff_keeps_titles_with_a_cry() -> None:
    """detik 2015 rendered: the sign-off, a bare "Baca Juga", then its linked titles; a
    headline may carry a '!' inside ("Waduh! ..."). Before: the second title was no box
    title, so the box was one line, nothing went to related and the titles were dropped
    as a tag row."""
    titles = ["Kelompok Tani Bagikan Ribuan Bibit Gratis", "Waduh! Sungai Meluap Lagi di Musim Hujan"]
    got = cleaner.clean(page(HEADLINE, DATE, *STORY, "(abc/def)", "Baca Juga", *titles))
    assert got.paragraphs == BODY
    assert list(got.related) == titles


def test_a_tag_list_item_may_name_a_site() -> None:
    """kapanlagi 2015 rendered: "Kumpulan Berita Terkait:" over topic links, one of them
    naming the site with its domain. Before: the domain's dot ended the list at that line."""
    tags = ["Kunjungan Tamu ke Contoh.com", "Film Daerah 2015", "Di Balik Layar"]
    got = cleaner.clean(page(HEADLINE, DATE, "Kumpulan Berita Terkait:", *tags, *STORY))
    assert got.paragraphs == BODY
    assert list(got.tags) == tags


def test_a_caption_credited_ist_is_a_caption() -> None:
    """detik 2015 rendered: the photo's caption between the date line and the story, its
    credit shortened to "(ist)" (istimewa). Before: dropped as a line over the story, no caption."""
    caption = "Bibit pohon siap ditanam di tepi sungai (ist)"
    got = cleaner.clean(page(HEADLINE, "Nama Penulis - detikNews", DATE, caption, *STORY))
    assert got.paragraphs == BODY
    assert list(got.captions) == [caption]
    story_line = "Ia pulang menjemput istrinya (istri kedua) di desa sebelah."
    assert list(cleaner.clean(page(HEADLINE, DATE, *STORY, story_line)).captions) == []


def test_the_topic_under_a_recommended_box_label_is_a_tag() -> None:
    """okezone 2015 rendered: "Berita Rekomendasi", the story's topic (one word, a link to
    its tag page), then the titles. Before: the topic was dropped and no tag was read."""
    titles = ["Cara Merawat Bibit Pohon di Musim Hujan", "Lima Jenis Pohon Penahan Longsor Terbaik"]
    got = cleaner.clean(page(HEADLINE, DATE, *STORY, "(abc)", "Berita Rekomendasi", "Reboisasi", *titles))
    assert got.paragraphs == BODY
    assert list(got.tags) == ["Reboisasi"]
    assert list(got.related) == titles


def test_a_tag_row_under_the_signoff_gives_the_tags() -> None:
    """liputan6 2016 rendered: the sign-off, then the tag links one a line, no label.
    Before: they were dropped as trailing fragments and no tag was read."""
    got = cleaner.clean(page(HEADLINE, DATE, *STORY, "(Abc/Def)", "Penghijauan", "Sungai Ciliwung"))
    assert got.paragraphs == BODY
    assert list(got.tags) == ["Penghijauan", "Sungai Ciliwung"]


def test_unlabelled_topic_chips_and_slug_tags_are_tags() -> None:
    """The 2026 layouts rendered: kumparan's topic chips (Title Cased, one a line) and
    Tempo's tag links printing their URL slug ("bus-listrik"), both after the story with
    no label. Before: dropped as trailing fragments, no tag read. Lower-case words there
    that are no slug (a share widget's "bagikan") are still no tags."""
    chips = cleaner.clean(page(HEADLINE, DATE, *STORY, "Penghijauan", "Lingkungan"))
    assert chips.paragraphs == BODY and list(chips.tags) == ["Penghijauan", "Lingkungan"]
    slugs = cleaner.clean(page(HEADLINE, DATE, *STORY, "tanam-pohon", "bantaran-sungai"))
    assert slugs.paragraphs == BODY and list(slugs.tags) == ["tanam-pohon", "bantaran-sungai"]
    share = cleaner.clean(page(HEADLINE, DATE, *STORY, "bagikan", "halaman ini"))
    assert share.paragraphs == BODY and list(share.tags) == []


def test_a_tempo_related_box_printing_each_title_once_gives_them() -> None:
    """Tempo 2015 rendered: the "Berita Terkait" box prints each linked title once (the
    later layout prints it twice around its age, with a summary once). Before: no title
    repeated, so none went to related. A summary sentence in such a box is still none."""
    titles = ["Bibit Pohon Gratis untuk Warga Bantaran", "Mengapa Sungai Kota Cepat Meluap?"]
    lead = "TEMPO.CO, Jakarta - " + STORY[0].removeprefix("Bogor - ")
    got = cleaner.clean(page(HEADLINE, DATE, lead, *STORY[1:], "NAMA PENULIS", "Berita Terkait", *titles,
                             "Warga diminta ikut merawat bibit yang sudah ditanam."))
    assert got.outlet == "tempo" and got.paragraphs == BODY
    assert list(got.related) == titles


def test_a_site_footer_menu_under_the_story_is_no_tag_row() -> None:
    """A text scrape that kept the page's foot: the footer's links one a line under the
    story (the link texts of the dev corpus's 2015-17 footers, corpus/raw/*/anpandu-*-
    singlepage*.html: "Tentang Kami", "Redaksi", "Pedoman Media Siber", "Karir"), with or
    without a sign-off over them. Unclaimed, they read as chips or as a tag row under the
    sign-off and became the page's tags; the site-footer-link rule drops them."""
    footer = ["Tentang Kami", "Redaksi", "Pedoman Media Siber", "Karir", "Info Iklan"]
    for signoff in ((), ("(abc/def)",)):
        got = cleaner.clean(page(HEADLINE, DATE, *STORY, *signoff, *footer))
        assert got.paragraphs == BODY
        assert got.tags == ()
        assert {r.text: r.rule for r in got.removed if r.text in footer} == dict.fromkeys(footer, "site-footer-link")
