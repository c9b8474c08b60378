"""cost57's exact cuts of this stop's text-path passes: the gates they rest on, held on
crafted lines (the dump compare of the dev pages and corpus shows the records unchanged)."""

from __future__ import annotations

import itertools
import random

from cleaner.passes import matching as passes_matching
from cleaner.passes import repeats as passes_repeats
from cleaner.passes import text as passes_text


def _old_dash_lines(texts: list[str]) -> tuple[list[int], list[int]]:
    """The two scans the C pass replaced: lines past the first starting with a dash
    (`_DASH_START`), and the lone dashes (`_LONE_DASHES`) past the first."""
    starts = [i for i, t in enumerate(texts) if i > 0 and t.startswith(passes_matching.DASH_START)]
    lone = [i for i, t in enumerate(texts) if i > 0 and t in passes_matching._LONE_DASHES]
    return starts, lone


_LINES = ["-", "–", "—", "- story", "-- story", "– story", "— story", "-story", "—story", "---",
          "--", "– ", "Jakarta", "Kapanlagi.com", "", " -", "a - b", "−", "-\u00a0x"]


def test_dash_lines_are_the_two_scans() -> None:
    """`_dash_lines`' one scan of what both kinds of line open with finds the same lines
    as a scan for each, whatever line comes first (the first is never one)."""
    for row in itertools.product(_LINES[:8], repeat=3):
        assert passes_matching._dash_lines(list(row)) == _old_dash_lines(list(row)), row
    rng = random.Random(57)
    for _ in range(2000):
        texts = [rng.choice(_LINES) for _ in range(rng.randrange(0, 12))]
        assert passes_matching._dash_lines(texts) == _old_dash_lines(texts), texts
        assert passes_matching.dash_starts(texts) == _old_dash_lines(texts)[0]


def _gate(text: str) -> bool:
    """`mark_repeats`' pretest before `_caption_twice` (kept in step with the loop)."""
    return text[:passes_text.MIN_TWICE_CHARS] in text[len(text) >> 1:]


_WORDS = ["Warga", "menanam", "cabai", "di", "atap", "rumah", "saat", "pagi", "hari", "Kota", "Contoh", "Jalan",
          "Raya", "banjir"]
_CREDITS = ["", ".KOMPAS.com/NAMA FOTOGRAFER", ".Shutterstock", "/Dok. Humas", "x" * 60, "y" * 59]


def test_caption_gate_passes_every_line_caption_twice_answers() -> None:
    """A line that prints a caption twice, a credit of 0-60 characters glued between,
    with captions of every length the function reads (odd and even lines), passes the
    pretest: the pretest is a necessary condition of `_caption_twice`'s answer."""
    rng = random.Random(5757)
    answered = 0
    for size in range(passes_text.MIN_TWICE_CHARS, passes_text.MAX_TWICE_CHARS + 1, 7):
        for credit in _CREDITS:
            words = " ".join(rng.choice(_WORDS) for _ in range(size))[:size].strip()
            if len(words) < passes_text.MIN_TWICE_CHARS:
                continue
            line = f"{words}{credit} {words}"
            if passes_repeats._caption_twice(line) is not None:
                answered += 1
                assert _gate(line), line
    assert answered > 200
    for _ in range(3000):  # random lines: wherever the function answers, the gate passes
        cap = " ".join(rng.choice(_WORDS[:4]) for _ in range(rng.randrange(1, 12)))
        line = f"{cap}{rng.choice(_CREDITS)}{rng.choice(['', ' ', '  '])}{cap}{rng.choice(['', '.', ' x'])}"
        if passes_repeats._caption_twice(line) is not None:
            assert _gate(line), line


def test_caption_gate_leaves_story_lines() -> None:
    """A story paragraph whose opening is not printed again fails the pretest (no call)."""
    line = ("Warga menanam cabai di atap rumah saat pagi hari, kata pejabat setempat kepada "
            "wartawan di kantornya, Senin.")
    assert not _gate(line)
    assert passes_repeats._caption_twice(line) is None
