"""The story, headline and record helpers shared by the real-layout tests of other
outlets (tests/test_real_layouts_national_c.py and _d.py). The sentences are written for
these tests; each test's fixture keeps a real page's markup around them (cited there)."""

from __future__ import annotations

from typing import Any

import cleaner

STORY = [
    "Pemerintah kota membuka tiga taman bacaan baru di kampung padat penduduk mulai pekan ini.",
    "Kepala dinas perpustakaan mengatakan setiap taman bacaan menyediakan lima ratus buku anak dan remaja.",
    "\"Anak-anak bisa membaca sepulang sekolah tanpa harus pergi jauh ke pusat kota,\" kata dia, Senin (3/11).",
    "Warga setempat bergiliran menjaga taman bacaan itu setiap sore hingga pukul delapan malam.",
]
TITLE = "Tiga Taman Bacaan Baru Dibuka di Kampung Padat Penduduk"
READ_ALSO = "Perpustakaan Keliling Sambangi Sekolah Pinggiran"
DECK = "Pemerintah kota menyiapkan ruang baca gratis bagi anak-anak di kampung padat penduduk."


def record(page: str, url: str | None = None) -> dict[str, Any]:
    """``page``'s record as a dict, without ``text`` (checked to be the paragraphs
    joined) and ``removed``."""
    out = cleaner.clean(page, url=url).to_dict()
    assert out["text"] == "\n\n".join(out["paragraphs"])
    out.pop("text")
    out.pop("removed")
    return out


def expected(**fields: Any) -> dict[str, Any]:
    """The record of a generic page holding `STORY` under `TITLE` and nothing else,
    with ``fields`` in place of those values."""
    base: dict[str, Any] = {
        "outlet": "generic", "url": None, "title": TITLE, "subtitle": None, "authors": [], "editors": [],
        "published": None, "dateline": None, "source": None, "reading_time_minutes": None, "summary": [],
        "captions": [], "related": [], "tags": [], "paragraphs": STORY,
    }
    base.update(fields)
    return base
