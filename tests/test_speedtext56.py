"""Exact cuts of the text path's hot loops (speedtext56): each gives the answers of the
plain form it replaces, here on crafted lines that reach the cut's condition."""

from __future__ import annotations

import itertools
from pathlib import Path

import regex

from cleaner.match.prefilter import LineMatcher

_CAP = 80


def _plain(patterns: list[regex.Pattern[str]], text: str, cap: int = _CAP) -> tuple[int, int] | None:
    """The first pattern that matches the start of ``text``, kept only when its match
    ends within ``cap`` (`LineMatcher.match_capped`'s definition), as (index, end)."""
    for k, pattern in enumerate(patterns):
        m = pattern.match(text)
        if m is not None:
            return None if m.end() > cap else (k, m.end())
    return None


def test_passed_rules_sharing_literals_are_tried_on_the_whole_line_as_before() -> None:
    """`match_capped` tries the rules it passed over in the head on the whole line once a
    later rule matches in the head; a passed rule none of whose literals the line holds
    rules out those whose literals are among its own (the dateline rules' shared outlet
    names). Each may start with any capital, so its literals are looked for first (a
    rule that starts with its own word is not screened so). Rule 1's literal is one of
    rule 0's, rule 2's is its own, rule 3 matches every line here in the head: whether
    0, 1 or 2 matches past the cap decides."""
    patterns = [regex.compile(p) for p in (
        r"[A-Z][a-z]+\s*, (?:Aa\.co|Bb\.com) - ",  # literals ", Aa.co" / ", Bb.com"
        r"[A-Z][a-z]+\s.*, Bb\.com\b",            # ", Bb.com": among rule 0's
        r"[A-Z][a-z]+\s.*Cc\.net: ",              # its own literal
        r"[A-Z][a-z]+\b",
    )]
    m = LineMatcher(patterns, range(len(patterns)), whole=False)
    m.match_capped("Kota" + " " * 90 + "- Isi", _CAP)
    (steps,) = m._plans.values()
    assert len(steps) == len(patterns)
    assert steps[0].among == steps[0].bit | steps[1].bit  # rule 1 is ruled out with rule 0
    tails = [", Aa.co - Isi", ", Bb.com - Isi", "Aa.co, Bb.com - Isi", ", Bb.co - Isi", "Cc.net: Isi",
             ", Aa.co x Cc.net: Isi", "Isi berita biasa.", ", Bb.com x", "Dd.org - Isi"]
    answers = set()
    for tail, width in itertools.product(tails, (1, 40, 76, 77, 78, 90, 300)):
        text = "Kota" + " " * width + tail
        hit = m.match_capped(text, _CAP)
        got = None if hit is None else (hit[0], hit[1].end())
        want = _plain(patterns, text)
        assert got == want, (tail, width)
        answers.add(None if want is None else want[0])
    assert answers == {None, 0, 1, 2, 3}  # every branch of the reference is reached


def _dateline_lines() -> list[str]:
    from cleaner.segment import split_lines
    from tests.paths import FIXTURES, SEEDS

    lines: list[str] = []
    for path in sorted([*SEEDS.glob("*.txt"), *FIXTURES.rglob("*.txt")]):
        lines += [b.text for b in split_lines(path.read_text(encoding="utf-8", errors="replace"), max_line_chars=10**6)]
    # a dateline printed twice, the second copy pushed towards the cap and past it
    for pad in (0, 30, 50, 58, 59, 60, 61, 62, 70, 100):
        lines.append("SEMARANG, KOMPAS.com - " + "x" * pad + " SEMARANG, KOMPAS.com – Isi berita pertama.")
        lines.append(" " * pad + "SEMARANG, KOMPAS.com – Isi berita pertama.")
        lines.append("x" * pad + ", Jakarta - Isi berita pertama.")
    return lines


def test_a_prefix_hits_value_lies_within_the_cap(shared: Path) -> None:
    """`cut_dateline` asks the story line after a dateline for the same dateline only when
    the line's first `MAX_PREFIX_CHARS` characters print the dateline's value: a prefix hit
    ends within them (`RuleSet.match_prefix`) and its value is part of its match. Held for
    every prefix rule set on the seeds', fixtures' and bulk rows' lines and on crafted ones."""
    from cleaner.rules import MAX_PREFIX_CHARS, available_outlets, load_ruleset
    from tests.paths import bulk_lines

    lines = _dateline_lines()
    bulk = bulk_lines(shared)
    hits = 0
    for name in available_outlets():
        ruleset = load_ruleset(name)
        for text in [*lines, *(bulk if name in ("generic", "tempo") else ())]:
            hit = ruleset.match_prefix(text)
            if hit is not None:
                hits += 1
                value = hit[0].value(hit[1])
                assert hit[1].end() <= MAX_PREFIX_CHARS and value in text[:MAX_PREFIX_CHARS], (name, text)
    assert hits > 1_000


def test_a_dateline_printed_twice_is_cut_twice_near_the_cap() -> None:
    """The second copy of a doubled dateline is cut when it starts the story line; a
    story line that prints another place first keeps its words (the gate in
    `cut_dateline` asks the same rule as before: the records of both shapes)."""
    import cleaner

    story = ("Warga pesisir mulai memakai perahu bertenaga surya untuk melaut setiap pagi.",
             "Mereka berkata biaya bahan bakar turun separuh sejak musim lalu.")
    twice = cleaner.clean("\n\n".join(("Nelayan Pesisir Mulai Pakai Perahu Surya",
                                        f"SEMARANG, KOMPAS.com - SEMARANG, KOMPAS.com – {story[0]}", story[1])))
    assert twice.dateline == "SEMARANG" and twice.paragraphs == story
    other = cleaner.clean("\n\n".join(("Nelayan Pesisir Mulai Pakai Perahu Surya",
                                        f"SEMARANG, KOMPAS.com - KENDAL, KOMPAS.com – {story[0]}", story[1])))
    assert other.dateline == "SEMARANG" and other.paragraphs[0].startswith("KENDAL, KOMPAS.com")
