"""A by-line and the date on one line, in the shapes a label, a name and a date take
(written for this file; the shape "Oleh <a rel=author>Name</a> | date" in one author box
is peerbreaks21's probe of an Indonesian by-line, which kept the label in the name).

Each case runs as a text scrape and as HTML with the line in one element: the name goes
to authors without its label, the date to published, and the line never becomes the
headline.
"""

from __future__ import annotations

import pytest

import cleaner

TITLE = "Banjir Melanda Kota Kecil di Tepi Sungai"
STORY = [
    "Banjir merendam ratusan rumah warga di tepi sungai sejak Minggu malam setelah hujan deras turun berjam-jam.",
    "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke balai desa yang lebih tinggi letaknya.",
    "Kepala desa mengatakan bantuan makanan dan selimut mulai dibagikan kepada pengungsi pada Senin pagi.",
    "Warga berharap pemerintah segera memperbaiki tanggul yang jebol agar banjir serupa tidak terulang lagi.",
]
BYLINES = [
    "Oleh Rina Sari | Senin, 12 Mei 2025 10:15 WIB",
    "Penulis: Rina Sari - Senin, 12 Mei 2025 10:15 WIB",
    "Oleh: Rina Sari, Senin, 12 Mei 2025 10:15 WIB",
    "Pewarta: Rina Sari / 12 Mei 2025 10:15 WIB",
    "Reporter : Rina Sari | Senin, 12 Mei 2025 10:15 WIB",
]


def _text(byline: str) -> str:
    return "\n".join([TITLE, byline, *STORY]) + "\n"


def _html(byline: str) -> str:
    label, _, tail = byline.partition("Rina Sari")
    story = "".join(f"<p>{line}</p>" for line in STORY)
    return (f"<html><head><title>{TITLE} - Contoh</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class=\"meta\">{label}<a rel=\"author\" href=\"/penulis/rina-sari\">Rina Sari</a>{tail}</div>"
            f"{story}</article></body></html>")


@pytest.mark.parametrize("byline", BYLINES)
@pytest.mark.parametrize("form", ["text", "html"])
def test_byline_with_date_gives_name_and_date(byline: str, form: str) -> None:
    page = _text(byline) if form == "text" else _html(byline)
    record = cleaner.clean(page).to_dict()
    assert record["title"] == TITLE
    assert record["authors"] == ["Rina Sari"]
    assert record["published"] == "2025-05-12T10:15:00+07:00"
    assert record["paragraphs"] == STORY


def test_a_story_sentence_with_oleh_and_a_date_stays_story() -> None:
    line = "Oleh karena itu, Senin, 12 Mei 2025 rapat warga ditunda sampai air surut dan jalan kembali bisa dilalui."
    record = cleaner.clean("\n".join([TITLE, "Oleh Rina Sari", *STORY[:2], line, *STORY[2:]]) + "\n").to_dict()
    assert line in record["paragraphs"]
    assert record["authors"] == ["Rina Sari"]
