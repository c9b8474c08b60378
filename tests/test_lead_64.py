"""The lead's mends of stop 53's merge: inputs that broke the merged tree."""

from __future__ import annotations

import cleaner


def test_a_page_cut_after_its_date_line_gives_a_record() -> None:
    """A text page cut one line after its date line (the story's dateline and a letter): the
    dated caption's test (`passes.regions._caption_under_date`, leftovers64) asked for the block
    under the last one and raised IndexError (tests/test_invariants.py's damaged-bytes run
    found it). The record keeps what the page printed: its writer and date, no story."""
    data = (b"Warga Gotong Royong Perbaiki Jembatan Desa\nPenulis: Siti Aminah\n"
            b"Senin, 3 Maret 2025 10:15 WIB\nJakarta - W")
    record = cleaner.clean(data).to_dict()
    assert record["authors"] == ["Siti Aminah"]
    assert record["published"] == "2025-03-03T10:15:00+07:00"
    assert record["captions"] == [] and record["paragraphs"] == []
