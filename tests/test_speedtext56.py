"""Exact cuts of the text path's hot loops (speedtext56): each gives the answers of the
plain form it replaces, here on crafted lines that reach the cut's condition."""

from __future__ import annotations

import itertools

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
