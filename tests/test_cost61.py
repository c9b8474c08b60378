"""cost61: blindtext60's rules rewritten so the split gate screens them, with the same matches.

split-video-widget named "Kompas" as its literal and checked " ?TV " after a lookbehind: the
gate's literal " Kompas" is on most lines of a kompas.com page (its name in every dateline and
credit), each then a candidate line searched rule by rule. Its two spellings are two literals
("Kompas TV ", "KompasTV "), each with its lookbehind after it: the gate finds them on no
page that shows no video's label. The old pattern is kept here as the reference.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import regex

from cleaner.match.compile import split_needles

_RULES = tomllib.loads((Path(__file__).parent.parent / "cleaner" / "rules" / "generic.toml").read_text("utf-8"))
_BY_ID = {r["id"]: r for r in _RULES["rule"]}

_TITLE_RUN = ("[A-Z0-9][\\w'’,:?!.-]*+(?: (?:[A-Z0-9][\\w'’,:?!.-]*+|di|ke|dan|dari|yang|untuk|pada|dengan"
              "|atau|vs|usai|jadi)){1,15}\\Z")
#: blindtext60's pattern (fdf0951), the reference.
OLD_VIDEO = "Kompas(?<=[.!?\"”] Kompas) ?TV " + _TITLE_RUN

#: Crafted lines: a label after each sentence end, glued or spaced, spelled both ways, at the
#: line's start, after a word, in a sentence, twice, cut short, with a lowercase word.
LINES = [
    "Rapat selesai sore itu, ucap Budi. Kompas TV Wali Kota Resmikan Pasar Baru di Tepi Sungai",
    "Rapat selesai sore itu, ucap Budi. KompasTV Harga Cabai Naik Lagi",
    "Rapat selesai sore itu, ucap Budi! Kompas TV Harga Cabai Naik Lagi",
    "Ia bertanya, \"Siapa?\" Kompas TV Harga Cabai Naik Lagi",
    "Ia bertanya, “Siapa?” Kompas TV Harga Cabai Naik Lagi",
    "Ia bertanya? KompasTV Harga Cabai Naik Lagi",
    "Rapat selesai sore itu.Kompas TV Harga Cabai Naik Lagi",
    "Kompas TV Harga Cabai Naik Lagi",
    "Ia menonton Kompas TV Harga Cabai Naik Lagi",
    "Rapat selesai sore itu. Kompas TV menyiarkan rapat itu secara langsung.",
    "Rapat selesai sore itu. Kompas TV",
    "Rapat selesai sore itu. Kompas  TV Harga Cabai Naik",
    "Rapat selesai. Kompas TV Harga Naik. Kompas TV Harga Cabai Naik Lagi",
    "Rapat selesai. KompasTV Harga Naik. KompasTV Harga Cabai Naik Lagi",
    "Rapat selesai sore itu. Kompas TVRI Harga Cabai Naik Lagi",
    "Rapat selesai sore itu. Kompas.com Harga Cabai Naik Lagi",
    "Rapat selesai sore itu. Kompas TV 2025 Pilihan Rakyat vs Pilihan Partai",
]


def test_video_widget_rewrite_matches_as_the_reference() -> None:
    new = regex.compile(_BY_ID["split-video-widget"]["match"])
    old = regex.compile(OLD_VIDEO)
    rule = _BY_ID["split-video-widget"]
    for line in [*LINES, *rule["samples"], *rule["not"]]:
        assert [m.span() for m in new.finditer(line)] == [m.span() for m in old.finditer(line)], line
    assert any(old.search(line) for line in LINES) and not all(old.search(line) for line in LINES)


@pytest.mark.parametrize("line", LINES)
def test_video_widget_gate_literal_is_in_every_match(line: str) -> None:
    needles = split_needles(_BY_ID["split-video-widget"]["match"])
    assert needles == frozenset({" Kompas TV ", " KompasTV "})
    m = regex.compile(OLD_VIDEO).search(line)
    if m is not None:  # the gate's literal (with the space a lookbehind reads) is in the line
        assert any(n in line for n in needles)


def test_dropped_single_site_datelines_are_gone() -> None:
    assert "dateline-camel-outlet-place" not in _BY_ID
    assert "dateline-caps-outlet-dash-place-stop" not in _BY_ID


def test_name_over_card_is_asked_only_over_an_author_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_title asks `_name_over_card` (a function call per unclaimed block: ~7K
    instructions a bulk row) only for a block over an author box's line; a page with none
    never asks it, and the kompasiana fixture (test_real_layouts_text_blind60) still reads
    the name over its card as no headline."""
    import cleaner
    from cleaner import engine
    from cleaner.passes import title as passes_title

    asked: list[int] = []
    real = passes_title._name_over_card

    def spy(page: engine.Page, i: int) -> bool:
        asked.append(i)
        return real(page, i)

    monkeypatch.setattr(passes_title, "_name_over_card", spy)
    text = ("Warga Kota Menanam Seribu Pohon di Tepi Sungai\n\n"
            "Warga kota menanam seribu pohon di tepi sungai pada Minggu pagi. Kegiatan itu diikuti "
            "pelajar dan petugas kebersihan.\n\nPohon itu akan dirawat bersama selama setahun.")
    record = cleaner.Cleaner().clean(text)
    assert record.title == "Warga Kota Menanam Seribu Pohon di Tepi Sungai"
    assert asked == []
