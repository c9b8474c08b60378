"""`RuleSet.match_prefix` looks for the prefix rules' literals in a line's first
`MAX_PREFIX_CHARS` characters only (`LineMatcher.match_capped`), and gives the answer
of trying every prefix rule in file order and keeping the first match only when it
ends within `MAX_PREFIX_CHARS`.

The reference here is that plain definition: each rule's own pattern, ``match``ed in
order, no prefilter. Held on every line of the seeds, the fixtures, the rules' samples
and the bulk rows, on two lines joined as `rejoin_dateline` and `_split_dateline` join
them, and on each matching line with spaces put into its match so that the match ends
just before, at and just past the cap (a rule's literal pushed out of the head while its
match still starts the line).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import regex

from cleaner.match.prefilter import LineMatcher
from cleaner.rules import MAX_PREFIX_CHARS, RuleSet, available_outlets, load_ruleset
from cleaner.segment import split_lines
from tests.pathological import rule_samples
from tests.paths import FIXTURES, SEEDS, bulk_lines

Answer = tuple[str, tuple[int, int], dict[str, str | None]] | None


def _plain(ruleset: RuleSet, text: str) -> Answer:
    for rule in ruleset.prefix_rules:
        m = rule.pattern.match(text)
        if m is not None:
            return None if m.end() > MAX_PREFIX_CHARS else (rule.id, m.span(), m.groupdict())
    return None


def _capped(ruleset: RuleSet, text: str) -> Answer:
    hit = ruleset.match_prefix(text)
    return None if hit is None else (hit[0].id, hit[1].span(), hit[1].groupdict())


def _padded(ruleset: RuleSet, text: str) -> list[str]:
    """``text`` with spaces put after each space inside its plain match, so many that the
    match (if it still matches) ends from two characters before the cap to two past it."""
    got = _plain(ruleset, text)
    if got is None:
        return []
    end = got[1][1]
    out = []
    for at in [i for i, ch in enumerate(text[:end]) if ch == " "][:3]:
        for width in range(MAX_PREFIX_CHARS - end - 2, MAX_PREFIX_CHARS - end + 3):
            if width > 0:
                out.append(text[:at] + " " * width + text[at:])
    return out


def _check(ruleset: RuleSet, lines: list[str]) -> int:
    """Every line, each two neighbours joined, each matching line padded; returns how
    many of the texts matched."""
    texts = [*lines, *(f"{a} {b}" for a, b in itertools.pairwise(lines))]
    matched = 0
    for text in texts:
        want = _plain(ruleset, text)
        assert _capped(ruleset, text) == want, (ruleset.name, text)
        if want is not None:
            matched += 1
            for variant in _padded(ruleset, text):
                assert _capped(ruleset, variant) == _plain(ruleset, variant), (ruleset.name, variant)
    return matched


def _own_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted([*SEEDS.glob("*.txt"), *FIXTURES.rglob("*.txt")]):
        lines += [b.text for b in split_lines(path.read_text(encoding="utf-8", errors="replace"), max_line_chars=10**6)]
    for samples in rule_samples().values():
        lines += samples
    return lines


def test_seeds_fixtures_and_samples() -> None:
    lines = _own_lines()
    for name in available_outlets():
        assert _check(load_ruleset(name), lines) > 100, name


def test_bulk_rows(shared: Path) -> None:
    lines = bulk_lines(shared)
    assert len(lines) > 10_000
    for name in ("generic", "idntimes"):
        assert _check(load_ruleset(name), lines) > 1_000, name


def test_a_rule_passed_over_at_the_cap_is_tried_before_a_later_match() -> None:
    """The first rule's literal lies past the cap: it is passed over in the head, and when
    a later rule matches within the cap it is tried on the whole line; matching there
    (past the cap), it is the first rule that matches, so the answer is ``None``."""
    patterns = [regex.compile(p) for p in (r"Kota\s*,\s*Contoh\.com - ", r"Kota(?=\s)")]
    m = LineMatcher(patterns, range(2), whole=False)
    near, far = "Kota, Contoh.com - Isi", "Kota" + " " * 80 + ", Contoh.com - Isi"
    assert m.match_capped(near, 80)[0] == 0  # type: ignore[index]
    assert m.match(far)[0] == 0 and m.match_capped(far, 80) is None  # type: ignore[index]
    assert m.match_capped("Kota" + " " * 80 + ", Lain.com - Isi", 80)[0] == 1  # type: ignore[index]
    # the same through a rule's other literals (`Shape.also`): the dash past the cap
    patterns = [regex.compile(p) for p in (r"(?:Kota|Desa)\s*[-–]", r"Kota\b")]
    m = LineMatcher(patterns, range(2), whole=False)
    assert m.match_capped("Kota" + " " * 90 + "- Isi", 80) is None
    assert m.match_capped("Kota" + " " * 90 + "x Isi", 80)[0] == 1  # type: ignore[index]
    assert m.match_capped("Kota - Isi", 80)[0] == 0  # type: ignore[index]
    # a match that ends past the cap is no answer, whichever rule
    assert m.match_capped("Kota" + " " * 90 + "- Isi", 200)[1].end() == 95  # type: ignore[index]
