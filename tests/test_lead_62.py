"""The lead's mends while merging stop 52's helpers."""

from __future__ import annotations

import pytest

from tests.scored import scored_record

# A WordPress-style entry (the theme's entry-meta row as leftovers62's fixture prints it,
# our own sentences): the day printed beside the by-line, the machine date in JSON-LD.
# blindhtml62 reads a date printed in the by-line's line; that day, without a clock,
# kept the page's JSON-LD date of the same day (with its clock) out of the record.
_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pasar Desa Buka Lagi</title>'
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
    '"headline":"Pasar Desa Buka Lagi Setelah Diperbaiki","author":{"@type":"Person",'
    '"name":"Rina Wulandari"},"datePublished":"%s"}</script></head><body><article>'
    '<h1 class="entry-title">Pasar Desa Buka Lagi Setelah Diperbaiki</h1>'
    '<div class="entry-meta"><span class="posted-on">12 Mei 2020</span> <span class="byline">by '
    '<span class="author vcard"><a class="url fn n" href="/author/rina/">Rina Wulandari</a></span></span></div>'
    '<div class="entry-content"><p>Pasar desa dibuka lagi pagi ini setelah atapnya diperbaiki selama '
    'dua bulan oleh warga dan pengurus.</p><p>Pedagang kembali menata lapak mereka sejak subuh, '
    'kata pengurus pasar.</p></div></article></body></html>'
)


@pytest.mark.parametrize(("machine", "published"), [
    # the same day: the machine date gives the printed day its clock
    ("2020-05-12T08:00:00+07:00", "2020-05-12T08:00:00+07:00"),
    # another day (an update, a wrong template): the printed day stays
    ("2020-05-14T08:00:00+07:00", "2020-05-12"),
])
def test_a_printed_day_takes_the_clock_of_the_machine_date_of_that_day(machine: str, published: str) -> None:
    got = scored_record(_PAGE % machine)
    assert got["published"] == published
    assert got["authors"] == ["Rina Wulandari"]
    assert len(got["paragraphs"]) == 2


def test_a_markdown_caption_is_a_tuple_like_every_list_field() -> None:
    # leftovers62's Markdown caption (an image's alt text printed again under it) reached the
    # record as a list: the compiled build's Article refused it, the pure one stored it
    import cleaner
    from tests.test_leftovers_62 import KID_CAPTION, _kompasid

    page = _kompasid(f"![{KID_CAPTION}](https://assetd.contoh.id/foto/1024x683/a.jpg)", KID_CAPTION)
    article = cleaner.clean(page)
    assert article.captions == (KID_CAPTION,)
    assert all(isinstance(getattr(article, name), tuple)
               for name in ("authors", "editors", "summary", "captions", "related", "tags", "paragraphs"))
