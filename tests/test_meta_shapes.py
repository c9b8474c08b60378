"""By-line, date and meta shapes metaprobe22's probe found missed (pages written for this
file, in the probe's shape: a headline, one by-line or date line, then the story).

- "Nama - <date>": the name was cut as a bare place dateline and the date became the
  story's first paragraph.
- "Kontributor <Kota>, Nama": kompas.com's contributor by-line (the structure of a 2014
  story's "Penulis : Kontributor <Kota>, <Nama>" line, file id 25325936177 of the code
  index) without its label gave no writer.
- ``<meta name="publishdate">`` with a year-first slashed date gave no date.
- ``<time datetime="...T10:15...">`` printing the day alone gave the day without its time.
"""

from __future__ import annotations

from typing import Any

import pytest

import cleaner
from cleaner.html.meta import machine_date

TITLE = "Banjir Melanda Kota Kecil di Tepi Sungai"
STORY = [
    "Banjir merendam ratusan rumah warga di tepi sungai sejak Minggu malam setelah hujan deras turun berjam-jam.",
    "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke balai desa yang lebih tinggi letaknya.",
    "Kepala desa mengatakan bantuan makanan dan selimut mulai dibagikan kepada pengungsi pada Senin pagi.",
    "Warga berharap pemerintah segera memperbaiki tanggul yang jebol agar banjir serupa tidak terulang lagi.",
]


def _text(*lines: str) -> dict[str, Any]:
    return cleaner.clean("\n".join([TITLE, *lines, *STORY]) + "\n").to_dict()


def _html(head: str, body: str) -> dict[str, Any]:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    page = (f"<html><head><title>{TITLE} - Contoh</title>{head}</head><body><article>"
            f"<h1>{TITLE}</h1>{body}{story}</article></body></html>")
    return cleaner.clean(page).to_dict()


@pytest.mark.parametrize("line", ["Rina Sari - 12 Mei 2025 10:15 WIB", "Rina Sari - Senin, 12 Mei 2025 10:15 WIB"])
def test_name_dash_date_is_no_dateline(line: str) -> None:
    r = _text(line)
    assert r["paragraphs"] == STORY
    assert r["dateline"] is None
    assert r["title"] == TITLE


def test_place_dash_story_still_a_dateline() -> None:
    first = "Jakarta - Banjir kembali merendam permukiman warga di bantaran sungai pada Senin pagi."
    r = cleaner.clean("\n".join([TITLE, first, *STORY]) + "\n").to_dict()
    assert r["dateline"] == "Jakarta"
    assert r["paragraphs"][0].startswith("Banjir kembali")


def test_contributor_place_byline() -> None:
    r = _text("Kontributor Bandung, Rina Sari")
    assert r["authors"] == ["Rina Sari"]
    assert r["paragraphs"] == STORY


def test_contributor_sentence_stays_story() -> None:
    line = "Kontributor Bandung, Rina Sari, melaporkan banjir itu dari lokasi pengungsian warga."
    r = cleaner.clean("\n".join([TITLE, line, *STORY]) + "\n").to_dict()
    assert r["authors"] == []
    assert r["paragraphs"][0] == line


@pytest.mark.parametrize(("value", "want"), [
    ("2025/05/12 10:15:00", "2025-05-12T10:15:00+07:00"),
    ("2025/05/12", "2025-05-12"),
    ("2025/5/12", None),
])
def test_machine_date_year_first_slashes(value: str, want: str | None) -> None:
    assert machine_date(value) == want


def test_publishdate_meta_year_first_slashes() -> None:
    r = _html('<meta name="publishdate" content="2025/05/12 10:15:00">', "")
    assert r["published"] == "2025-05-12T10:15:00+07:00"


def test_time_element_gives_the_printed_day_its_time() -> None:
    r = _html("", '<time datetime="2025-05-12T10:15:00+07:00">Senin, 12 Mei 2025</time>')
    assert r["published"] == "2025-05-12T10:15:00+07:00"
    assert r["paragraphs"] == STORY


def test_time_element_on_another_day_is_not_taken() -> None:
    r = _html("", '<time datetime="2025-05-13T10:15:00+07:00">Senin, 12 Mei 2025</time>')
    assert r["published"] == "2025-05-12"


@pytest.mark.parametrize("line", [
    "Ditulis oleh Rina Sari | Senin, 12 Mei 2025",
    "Ditulis Oleh Rina Sari Pada 12 Mei 2025",
    "Ditulis oleh Rina Sari pada 12 Mei 2025",
])
def test_written_by_then_date(line: str) -> None:
    r = _text(line)
    assert r["authors"] == ["Rina Sari"]
    assert r["published"] == "2025-05-12"
    assert r["paragraphs"] == STORY


def test_written_by_alone() -> None:
    assert _text("Ditulis oleh Rina Sari")["authors"] == ["Rina Sari"]


def test_written_by_sentence_stays_story() -> None:
    line = "Ditulis oleh Rina Sari pada 12 Mei 2025 dan dimuat ulang oleh banyak situs berita lain."
    r = cleaner.clean("\n".join([TITLE, line, *STORY]) + "\n").to_dict()
    assert r["authors"] == []
    assert r["paragraphs"][0] == line


@pytest.mark.parametrize("meta", [
    # a post-meta line: label, linked name, a separator span, the date (structure of a
    # template's post-author-info paragraph, file id 1252413726 of the code index)
    ('<p class="post-author-info">Ditulis oleh <a href="/a" class="post-author">Rina Sari</a>'
     '<span class="separator">|</span>Senin, 12 Mei 2025</p>'),
    # name and date in spans of their own (a blog engine's story-info, file id 40674632047)
    ('<div class="story-info"><span class="story-author">Ditulis Oleh <a href="/u/1">Rina Sari</a></span> '
     '<span class="story-date">Pada 12 Mei 2025</span></div>'),
])
def test_written_by_html(meta: str) -> None:
    r = _html("", meta)
    assert r["authors"] == ["Rina Sari"]
    assert r["published"] == "2025-05-12"
    assert r["paragraphs"] == STORY


def test_update_line_above_publication_line() -> None:
    r = _text("Diperbarui 13 Mei 2025, 08:00 WIB", "Diterbitkan 12 Mei 2025, 10:15 WIB")
    assert r["published"] == "2025-05-12T10:15:00+07:00"
    assert r["paragraphs"] == STORY


def test_update_line_alone_is_no_publication_date() -> None:
    r = _text("Update: 13 Mei 2025, 08:00 WIB")
    assert r["published"] is None
    assert r["paragraphs"] == STORY


def test_update_line_leaves_the_machine_date() -> None:
    r = _html('<meta property="article:published_time" content="2025-05-12T10:15:00+07:00">',
              '<div class="date">Diperbarui 13 Mei 2025, 08:00 WIB</div>')
    assert r["published"] == "2025-05-12T10:15:00+07:00"
    assert r["paragraphs"] == STORY


def test_publication_then_update_on_one_line() -> None:
    r = _text("5 Oktober 2024   00:09 Diperbarui: 5 Oktober 2024   01:08")
    assert r["published"] == "2024-10-05T00:09:00+07:00"


def test_by_name_on_date() -> None:
    r = _text("Oleh Rina Sari pada Senin, 12 Mei 2025 10:15 WIB")
    assert r["authors"] == ["Rina Sari"]
    assert r["published"] == "2025-05-12T10:15:00+07:00"
    assert r["paragraphs"] == STORY


def test_by_name_on_date_html() -> None:
    # a subtitle line "oleh <a>name</a> pada <date>" (structure of a community article
    # list's template, file id 11268666192 of the code index), the date in a <time>
    r = _html("", '<p class="subtitle">oleh <a href="/u/rina">Rina Sari</a> pada '
                  '<time datetime="2025-05-12T10:15:00+07:00">12 Mei 2025</time></p>')
    assert r["authors"] == ["Rina Sari"]
    assert r["published"] == "2025-05-12T10:15:00+07:00"
    assert r["paragraphs"] == STORY


# By-line and date on one line (the first shapes, fixed before the probe went wider: an
# author box "Oleh <a rel=author>Name</a> | date" kept the label in the name, and with a
# dash or a comma the line became the headline with no author or date). Each runs as a
# text scrape and as HTML with the line in one element.
BYLINES = [
    "Oleh Rina Sari | Senin, 12 Mei 2025 10:15 WIB",
    "Penulis: Rina Sari - Senin, 12 Mei 2025 10:15 WIB",
    "Oleh: Rina Sari, Senin, 12 Mei 2025 10:15 WIB",
    "Pewarta: Rina Sari / 12 Mei 2025 10:15 WIB",
    "Reporter : Rina Sari | Senin, 12 Mei 2025 10:15 WIB",
]




def _byline_box(byline: str) -> str:
    label, _, tail = byline.partition("Rina Sari")
    return f"<div class=\"meta\">{label}<a rel=\"author\" href=\"/penulis/rina-sari\">Rina Sari</a>{tail}</div>"


@pytest.mark.parametrize("byline", BYLINES)
@pytest.mark.parametrize("form", ["text", "html"])
def test_byline_with_date_gives_name_and_date(byline: str, form: str) -> None:
    record = _text(byline) if form == "text" else _html("", _byline_box(byline))
    assert record["title"] == TITLE
    assert record["authors"] == ["Rina Sari"]
    assert record["published"] == "2025-05-12T10:15:00+07:00"
    assert record["paragraphs"] == STORY


def test_a_story_sentence_with_oleh_and_a_date_stays_story() -> None:
    line = "Oleh karena itu, Senin, 12 Mei 2025 rapat warga ditunda sampai air surut dan jalan kembali bisa dilalui."
    record = cleaner.clean("\n".join([TITLE, "Oleh Rina Sari", *STORY[:2], line, *STORY[2:]]) + "\n").to_dict()
    assert line in record["paragraphs"]
    assert record["authors"] == ["Rina Sari"]
