"""textcost28's gates hold their functions to the ungated definitions.

`cleaner.fields._related` asks a cheap test of a title's end (`_may_end_stamped`) before
its `_TRAILING_STAMP` search, and `cleaner.passes.text.names_alone` tests each name's shape
before it imports and calls `person_name`; `_name_by_date` asks `_names_alone` only of a
line holding ", ". Each is checked against the old formulation on every line of the seeds
and fixtures, and on those lines with dates, times, zones, non-ASCII digits and line
breaks put after them, and on probes written at the gates' bounds. A gate made one
character too strict (a zone left out, the last line break not looked through, ASCII
digits only) fails here.
"""

from __future__ import annotations

import regex

from cleaner import fields as F
from cleaner import lazy
from cleaner.names import person_name
from cleaner.passes import text as passes_text
from tests.paths import FIXTURES, SEEDS


def _lines() -> list[str]:
    out: list[str] = []
    for folder in (SEEDS, FIXTURES):
        for path in sorted(folder.rglob("*.txt")):
            out.extend(line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line for line in out if line]


_ENDS = ("", " 27.10.2023", "27.10.2023", " 5/6/2019, 14:05 WIB", " 5-6-2019 | 14.05 WITA", " 5-6-2019 - 9:05 WIT",
         " 1.2.2020 10:30", " ١٢.٠٣.٢٠٢١", " 12.03.2021 १२:३०", " 12.03.2021 WIB ", " 12.03.2021x", " bis 15.10.2023",
         "\n", " 12.03.2021\n", " 12.03.2021\n\n", " 12.03.2021 WITA\n", " WIB", " WITA", " WIT", "5", "٥")


def _old_related(value: str) -> str:
    m = F.compiled_patterns()["trailing-stamp"].search(value)
    if m is None:
        return value
    head = value[:m.start()]
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    if len(head.split()) < 3 or F.compiled_patterns()["date-own-word"].fullmatch(last.strip(",:")):
        return value
    return head.rstrip(" |-–,")


def test_related_gate_is_exact() -> None:
    probes = ["Harga Emas Hari Ini Naik Lagi", "Title with three words", "Tiga kata saja 2023", "", "\n", "7",
              "Warga antre di pasar pagi.27.10.2023", "Warga antre di pasar pagi 27.10.2023 |"]
    stamped = 0
    for line in _lines()[:4000] + probes:
        for end in _ENDS:
            value = line[:120] + end
            assert F._related(value) == _old_related(value), value
            if F.compiled_patterns()["trailing-stamp"].search(value) is not None:
                stamped += 1
                assert F._may_end_stamped(value), value
    assert stamped > 1000  # the probes reach the search's matches, not only its misses


def _old_names_alone(text: str) -> bool:
    if len(text) > passes_text.MAX_TITLE_CHARS or lazy.compiled_regex(passes_text.CAPS_FUNCTION_WORD).search(text):
        return False
    return all(passes_text.NAME_LINE.fullmatch(name) is not None and person_name(name, None) is not None
               for name in text.split(", "))


def test_names_alone_reordered_is_exact() -> None:
    probes = ["Ani Lestari", "Ani Lestari, Budi Santoso", "Ani Lestari, budi santoso", "Tim Redaksi",
              "Ani Lestari, Tim Redaksi", "MUDA DAN MENGINSPIRASI", "Kompas TV", "Ani Lestari, ", ", Ani",
              "A" * 250, "Ani Lestari, Budi Santoso, Citra Dewi", "IDN Times, Ani Lestari", "Ani DAN Budi"]
    held = 0
    for text in _lines()[:6000] + probes:
        assert passes_text.names_alone(text) == _old_names_alone(text), text
        held += passes_text.names_alone(text)
        # `_name_by_date`'s gate: a line with no ", " is one name, the first test's
        if ", " not in text and passes_text.names_alone(text):
            assert passes_text.NAME_LINE.fullmatch(text) and person_name(text, None) is not None, text
    assert held >= 3


def test_stamp_zones_are_the_patterns() -> None:
    # the zones the gate knows are the ones the pattern spells
    spelled = regex.search(r"\(\?:(WIB\|[^)]*)\)", F._TRAILING_STAMP)
    assert spelled is not None
    assert set(spelled.group(1).split("|")) == set(F._STAMP_ZONES)


def test_no_caption_bound_is_the_patterns() -> None:
    import re

    # the longest match `re`'s own parser gives the pattern (its width) is the gate's bound
    assert re._parser.parse(F._NO_CAPTION, F.compiled_patterns()["no-caption"].flags).getwidth()[1] == F._NO_CAPTION_MAX  # type: ignore[attr-defined]
    for label in ("Advertisement", "ADVERTISEMENT", "publicité", "123 dari 456", "1/2", "Anzeige"):
        assert F._caption(label) == "", label
    assert F._caption("Advertisement foto") != ""


def test_caption_gate_is_exact() -> None:
    def old(value: str) -> str:
        if value.startswith(F._CAPTION_BULLETS):  # a list's mark goes first (leftovers56)
            value = value[1:].lstrip()
        return "" if F.compiled_patterns()["no-caption"].fullmatch(value.strip(" .:")) else F._undoubled(value)

    labels = ["Anzeige", "WERBUNG", "Advertisement", "advertorial", "Iklan", "sponsored", "Publicidad", "publicite",
              "pubblicità", "12 of 345", "1 / 2", "999 von 999", "1/2", "Fotografía"]
    values = [f"{pad}{label}{end}" for label in labels for pad in ("", " ", ". ", ":: ")
              for end in ("", ".", " :", " x", "  ")]
    for value in values + _lines()[:4000]:
        assert F._caption(value) == old(value), value
