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


def test_the_consult_falls_back_to_keywords_when_extractor_differs(monkeypatch: pytest.MonkeyPatch) -> None:
    # `container._extractor` builds trafilatura 2.3's ``Extractor``; the package asks
    # trafilatura>=2.0, and some 2.0 releases' ``Extractor`` takes no ``with_metadata``:
    # such a one makes the consult pass its keywords, with the same text, no TypeError.
    from trafilatura import settings

    from cleaner.html import container
    from cleaner.html.frontend import read_page

    page = ("<html><body><nav><a href='/'>Beranda</a></nav><article><h1>Judul</h1>"
            + "".join(f"<p>Kalimat ke-{i} dari berita contoh yang cukup panjang untuk dibaca.</p>" for i in range(12))
            + "</article><footer>Hak cipta</footer></body></html>")
    parsed = read_page(page, max_depth=100)
    assert parsed is not None
    root, blocks = parsed.root, parsed.blocks
    assert container._extractor() is not None  # the installed trafilatura's
    # (the real blocks, no stand-in: the compiled build's `trafilatura_keep` takes typed
    # blocks and calls its own `kept_blocks`, which a monkeypatch does not reach)
    shared = container.trafilatura_keep(root, blocks)

    def old_extractor(**kw: object) -> None:
        raise TypeError("__init__() got an unexpected keyword argument 'with_metadata'")

    monkeypatch.setattr(container, "_EXTRACTOR", [])
    monkeypatch.setattr(settings, "Extractor", old_extractor)
    assert container._extractor() is None
    assert container.trafilatura_keep(root, blocks) == shared
    # the story's twelve paragraphs are what trafilatura keeps, both ways
    assert {blocks[i].text for i in shared} >= {f"Kalimat ke-{i} dari berita contoh yang cukup panjang untuk dibaca."
                                                 for i in range(12)}


def test_a_page_that_shows_no_text_is_not_called_empty_input() -> None:
    # A download cut inside a script in its head: the input is not empty, the page shows
    # no text (blindhtml60 found a real IDN Times page cut so reported "empty input").
    from cleaner.html.pipeline import NO_VISIBLE_TEXT

    page = "<!DOCTYPE html><html><head><title></title><script>var cut = '" + "a" * 500
    article = cleaner.Cleaner().clean(page)
    assert article.paragraphs == () and article.reason == NO_VISIBLE_TEXT
    assert cleaner.Cleaner().clean("").reason == "empty input"
