"""Rule patterns written for speed match what their plain forms match.

A possessive word (``[A-Za-z.'’]*+`` in the ``{place}`` macro) never gives letters
back, which is the same as ``*`` only where nothing after it can start with such a
letter; the day and month names of ``{date}`` are prefix trees of the flat lists.
"""

from __future__ import annotations

import regex

from cleaner import dates
from cleaner.rules import available_outlets, load_ruleset
from tests.paths import FIXTURES, SEEDS


def _lines() -> list[str]:
    lines = {"Jakarta, Kompas.com - Isi", "Kota Baru, Jawa Barat (ANTARA) - Isi",
             "Jakarta, 3 Maret 2016 (Antara) - Isi"}
    for path in [*SEEDS.glob("*.txt"), *FIXTURES.rglob("*.txt")]:
        lines.update(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return sorted(lines)


def _answers(pattern: regex.Pattern[str], text: str) -> list[object]:
    return [None if m is None else (m.span(), m.groupdict())
            for m in (pattern.fullmatch(text), pattern.match(text), pattern.search(text))]


def test_possessive_words_match_as_greedy_ones() -> None:
    lines = _lines()
    checked = 0
    for name in available_outlets():
        for rule in load_ruleset(name).rules:
            source = rule.pattern.pattern
            if "*+" not in source:
                continue
            plain = regex.compile(source.replace("*+", "*"))
            checked += 1
            for text in lines:
                assert _answers(rule.pattern, text) == _answers(plain, text), (rule.id, text)
    assert checked >= 4  # dateline-place-outlet in each shipped rule set


def test_name_tries_match_as_flat_alternations() -> None:
    words = sorted(dates._MONTHS, key=len, reverse=True)
    trie = regex.compile(f"(?i:{dates._MONTH_NAMES})")
    flat = regex.compile("(?i:" + "|".join(words) + ")")
    probes = [w[:n] + tail for w in words for n in range(len(w) + 1) for tail in ("", "x", " 1")]
    probes += [p.upper() for p in probes] + [p.replace("s", "ſ").replace("k", "\u212a") for p in probes]
    for text in probes:
        assert _answers(trie, text) == _answers(flat, text), text
    days = regex.compile(dates._DAY_NAMES)
    flat_days = regex.compile("Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Sen|Sel|Rab|Kam|Jum|Sab|Min"
                              "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun")
    for text in [w[:n] for w in flat_days.pattern.replace("'?", "'").split("|") for n in range(len(w) + 1)]:
        assert _answers(days, text) == _answers(flat_days, text), text


def test_leading_word_boundary_keeps_the_byline_cuts() -> None:
    """``split-byline-dateline`` starts with ``\\b``, which its lookarounds imply (a space
    before, a capital after): the engine then tries its lookahead at word starts only."""
    (rule,) = [r for r in load_ruleset("generic").split_rules if r.id == "split-byline-dateline"]
    source = rule.pattern.pattern
    assert source.startswith(r"\b(?=")
    plain = regex.compile(source[2:])
    own = ["Reporter: Ani | Editor: Budi CONTOH.CO.ID - MEDAN. Isi", "kata dia CONTOH.COM — BOGOR",
           "x CONTOH.CO.ID - AB", "aCONTOH.CO.ID - MEDAN", "é CONTOH.CO.ID - MEDAN", "_ A1.CO -- SOLO"]
    for text in [*_lines(), *own]:
        assert _answers(rule.pattern, text) == _answers(plain, text), text
        assert [m.span() for m in rule.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.start() for m in rule.pattern.finditer(own[0])] == [29]
