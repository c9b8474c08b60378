"""The lead's mends while merging stop 50's helpers."""

from __future__ import annotations

import datetime as dt

import pytest

import cleaner
from cleaner import Hints

_PAGE = (
    "Judul berita yang kami tulis sendiri\n\n"
    "Ini paragraf cerita yang cukup panjang untuk dibaca sebagai badan berita oleh pembersih."
)


@pytest.mark.parametrize(
    "value",
    [
        "2021-06-15 17:20:20",
        "2021-06-15T17:20:20+07:00",
        dt.datetime(2021, 6, 15, 17, 20, 20),
        dt.datetime(2021, 6, 15, 17, 20, 20, 123456, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        dt.datetime(2021, 6, 15, 10, 20, 20, tzinfo=dt.UTC),
    ],
)
def test_published_hint_is_to_the_minute_whatever_its_type(value: object) -> None:
    # blindtext58 saw a string hint lose its seconds and a datetime keep them: one
    # form now, the minute, as printed dates and the HTML path's machine dates give.
    article = cleaner.clean(_PAGE, hints=Hints(published=value))  # type: ignore[arg-type]
    assert article.published == "2021-06-15T17:20:00+07:00"



_HEADLINE = "Pemerintah Tambah Kuota Pupuk Bersubsidi untuk Petani"
_STORY = [
    "Menteri pertanian mengatakan tambahan itu dibagikan mulai bulan depan ke seluruh provinsi.",
    "Petani di sejumlah daerah menyambut baik tambahan kuota itu karena pupuk sempat langka.",
]


def test_a_compound_in_capitals_under_a_lead_is_no_bare_dateline() -> None:
    # leftovers58's `_caps_place` read a compound in capitals opening the second
    # paragraph ("BMW-Traditionalisten", "BWE-Präsident": two peer-suite pages,
    # de.motor1.com and wind-energie.de) as a bare dateline and gave the lead over it to
    # the head. The sindonews shape it was made for prints a space after the place
    # ("JAKARTA – "); leftovers58's own test of that shape stays.
    lead = "Pemerintah menambah kuota pupuk bersubsidi untuk petani tahun ini menjadi sembilan juta ton."
    second = "KTNA-Ketua Rina Wulandari mengatakan rencana pembagian sudah disusun bersama dinas daerah."
    page = "\n".join([_HEADLINE, lead, second, *_STORY]) + "\n"
    article = cleaner.clean(page)
    assert article.title == _HEADLINE
    assert article.paragraphs == (lead, second, *_STORY)
    assert article.dateline is None
