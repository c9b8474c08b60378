"""cost59: `passes.tail.take_tail_stamp`'s first exit tests the story's last line with
`ends_sentence` written out (no call before it): the same lines end a sentence, closing
brackets and quotes after the mark too. Crafted text pages in the shape
tests/test_real_layouts_html_blind58_new.py draws (detik.com 2021: a by-line and a date
line pasted under the story), sentences written for the test."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.engine import ends_sentence

HEAD = ("Harga Cabai di Pasar Kota Naik Lagi Pekan Ini\n"
        "Harga cabai rawit di pasar kota naik lagi pekan ini karena pasokan petani berkurang setelah hujan.\n")
STAMP = "Jumat, 26 Nov 2021 09:00 WIB\nNama Penulis - Ekonomi\n"


@pytest.mark.parametrize("last", [
    "Para pedagang mengatakan pembeli mulai mengurangi belanja sejak awal bulan (kata seorang pedagang.)",
    "\"Pembeli mulai mengurangi belanja sejak awal bulan ini,\" kata seorang pedagang di pasar itu.\u201d",
    "Para pedagang mengatakan pembeli mulai mengurangi belanja sejak awal bulan ini?",
])
def test_a_stamp_under_a_closed_sentence_is_taken(last: str) -> None:
    assert ends_sentence(last)
    record = cleaner.Cleaner().clean(HEAD + last + "\n" + STAMP).to_dict()
    assert record["published"] == "2021-11-26T09:00:00+07:00"
    assert record["authors"] == ["Nama Penulis"]
    assert record["paragraphs"][-1] == last


def test_a_page_that_ends_on_an_open_line_keeps_its_tail() -> None:
    # Negative: the last body line ends no sentence (the stamp is read only under one).
    last = "Para pedagang mengatakan pembeli mulai mengurangi belanja sejak awal bulan ini"
    assert not ends_sentence(last)
    record = cleaner.Cleaner().clean(HEAD + last + "\n" + STAMP).to_dict()
    assert record["published"] is None
