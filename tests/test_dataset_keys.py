"""Indonesian datasets' own row shapes (the lead, stop 49): babalenong/Scrapy-Indonesian-
News-Articles's spiders yield ``{'judul': <h1 text>, 'berita': <the story's p texts, a list>}``
(kompas/kompas/spiders/kompas_spider.py and detik/detik/spiders/detik_spider.py @
57d33a2d3ec5f576b193d965b9fe1ae73fd76892); blindtext56 found such rows failing with "no
'html' or 'text' field". The sentences are ours."""

from __future__ import annotations

import json

import cleaner
from cleaner.hints import Hints
from cleaner.inputs import task_from_record

STORY = [
    "Jakarta - Pemerintah kota meresmikan taman baca baru di tepi sungai pada Senin pagi.",
    "Taman itu dibuka untuk umum setiap hari dan menyediakan ratusan buku anak.",
    None,
    "Warga sekitar menyambut baik taman tersebut karena dekat dengan sekolah.",
]


def test_a_berita_list_is_the_page_one_line_a_piece() -> None:
    task = task_from_record(json.dumps({"judul": "Taman Baca Baru Dibuka", "berita": STORY}), label="x:1")
    assert task.error is None
    assert task.data == "\n".join(p for p in STORY if p)
    assert task.keep == {"judul": "Taman Baca Baru Dibuka"}


def test_a_list_holding_other_things_is_a_clear_error() -> None:
    task = task_from_record({"text": ["satu", 2]}, label="x:2")
    assert task.error == "field 'text' must be a string or a list of strings, not list"
    assert task_from_record({"berita": [1, 2]}, label="x:3").error == "no 'html' or 'text' field"


def test_judul_tanggal_penulis_are_hints() -> None:
    hints = Hints.from_mapping({"judul": "Taman Baca Baru Dibuka", "tanggal": "18/06/2025 14:05",
                                "penulis": "Ani Lestari"})
    assert (hints.title, hints.published, hints.authors) == (
        "Taman Baca Baru Dibuka", "18/06/2025 14:05", ("Ani Lestari",))
    record = cleaner.clean("\n".join(p for p in STORY if p), hints={"judul": "Taman Baca Baru Dibuka",
                                                                  "tanggal": "18/06/2025 14:05",
                                                                  "penulis": "Ani Lestari"})
    assert record.title == "Taman Baca Baru Dibuka"
    assert record.published == "2025-06-18T14:05:00+07:00"
    assert record.authors == ("Ani Lestari",)
    assert record.paragraphs[0].startswith("Pemerintah kota meresmikan")
