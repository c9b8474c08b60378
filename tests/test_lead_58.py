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
