"""`benchmarks.html_stages` runs every stage it names on real pages (its figures go into
benchmarks/README.md, so it must not rot unseen); timing decides nothing here."""

from __future__ import annotations

import math

from benchmarks import pages as P
from benchmarks.html_stages import stage_times


def test_every_html_stage_is_timed_on_real_pages(html_pages: list[P.HtmlPage]) -> None:
    times = stage_times([p.raw for p in html_pages[:2]], rounds=1)
    assert list(times) == [
        "clean (whole page)", "decode", "parse_html", "  attribute-count scan", "  Lexbor parse",
        "  Lexbor parse + serialization", "  libxml2 read of the serialization", "walk (html_text_blocks)",
        "read_page (parse, walk, head)", "read_page + front_end",
    ]
    assert all(math.isfinite(ms) and ms >= 0 for ms in times.values())
