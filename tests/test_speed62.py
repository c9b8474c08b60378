"""speed62: a rule's one-mark literal group asked of a line before its longer literals
(`cleaner.match.prefilter._memchr_first`): the same lines reach each rule's regex, so
the matchers give the answers of every rule tried in order."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.match.compile import NAMED_GROUP
from cleaner.match.prefilter import LineMatcher, _memchr_first, shape
from cleaner.rules import MAX_PREFIX_CHARS, load_ruleset
from cleaner.segment import split_lines
from tests.conftest import ROOT

#: Lines around the rules whose screen changed order (a credit after its label, an
#: editor's dash line, a "Foto:" credit, a date by-line with a bar, a credit with a
#: slash, a fact-check promo), with and without the mark or the word.
_LINES = [
    "Ilustrasi Menjelajah Internet Credit: pexels.com/contoh",
    "Warga antre di balai desa Kredit : Humas Pemkab",
    "Warga antre di balai desa Credit humas pemkab tanpa titik dua",
    "Ia membayar cicilan ke Home Credit: katanya bunga terlalu tinggi, dan ia pun menyerah.",
    "Kartu kredit: cara memakainya dengan bijak agar tidak terjerat utang!",
    "Warga antre di balai desa: Credit lain",
    "Penulis Nama Contoh - Editor: Nama Lain",
    "Penulis Nama Contoh | Editor : Nama Lain",
    "Penulis Nama Contoh - Editor Nama Lain",
    "Warga berkumpul di balai desa. Foto: Dok. Humas Pemkot",
    "Warga berkumpul di balai desa FOTO : ANTARA/Nama Contoh",
    "Warga berkumpul di balai desa Foto Humas Pemkot",
    "Nama Contoh | 12 Januari 2024",
    "Nama Contoh 12 Januari 2024",
    "Nama Contoh | Senin, 12 Januari 2024 10:00 WIB",
    "Warga antre minyak goreng (ANTARA/Nama Contoh)",
    "Warga antre minyak goreng (ANTARA Nama Contoh)",
    "Warga antre minyak goreng ANTARA/Nama Contoh",
    "Untuk mengetahui kebenaran informasi yang beredar, cek FAKTA ATAU HOAKS?",
    "Untuk mengetahui kebenaran informasi yang beredar, cek Fakta atau Hoaks",
    "Jakarta - Warga berkumpul di balai desa pada Senin pagi.",
    "Credit: a",
    ":",
    "",
]


def _lines() -> list[str]:
    """`_LINES` and the lines of the project's seed pages."""
    out = list(_LINES)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out.extend(b.text for b in split_lines(path.read_text(encoding="utf-8"), max_line_chars=10**6))
    return out


def _names() -> list[str]:
    return sorted({"generic", *cleaner.available_outlets()})


def test_a_credits_colon_is_asked_before_its_label() -> None:
    rule = next(r for r in load_ruleset("generic").line_rules if r.id == "caption-credit-tail")
    needles, also = _memchr_first(shape(NAMED_GROUP.sub("(?:", rule.pattern.pattern)))
    assert needles == frozenset({":"})
    assert ("redit",) in also


def test_a_hyphen_or_a_full_stop_is_not_asked_first() -> None:
    # "anak-anak": a hyphen is in many story lines; a full stop in nearly all.
    for source in (r"[A-Z][a-z]{2,40} Contoh - [a-z]+", r"[A-Z][a-z]{2,40} Contoh\. [a-z]+"):
        s = shape(source)
        assert _memchr_first(s) == (s.needles, s.also)
    # A rule that starts with one of its words keeps its literals unasked (they are in the word).
    s = shape(r"Kredit: [a-z]+")
    assert _memchr_first(s) == (s.needles, s.also)


@pytest.mark.parametrize("name", _names())
def test_the_line_matcher_answers_as_every_rule_in_order(name: str) -> None:
    ruleset = load_ruleset(name)
    rules = ruleset.line_rules
    sources = [NAMED_GROUP.sub("(?:", r.pattern.pattern) for r in rules]
    plain = LineMatcher([r.pattern for r in rules], rules, sources=sources, prefilter=False)
    lines = _lines()
    got = [None if a is None else (a[0].id, a[1].span()) for a in ruleset.match_lines(lines)]
    want = [None if a is None else (a[0].id, a[1].span()) for a in plain.match_all(lines)]
    assert got == want
    assert any(g is not None and g[0] == "caption-credit-tail" for g in got)


@pytest.mark.parametrize("name", _names())
def test_the_prefix_matcher_answers_as_every_rule_in_order(name: str) -> None:
    ruleset = load_ruleset(name)
    rules = ruleset.prefix_rules
    sources = [NAMED_GROUP.sub("(?:", r.pattern.pattern) for r in rules]
    plain = LineMatcher([r.pattern for r in rules], rules, sources=sources, whole=False, prefilter=False)
    matcher = ruleset._prefix_matcher
    assert matcher is not None
    for line in _lines():
        got = matcher.match_capped(line, MAX_PREFIX_CHARS)
        want = plain.match_capped(line, MAX_PREFIX_CHARS)
        assert (None if got is None else (got[0].id, got[1].span())) == (
            None if want is None else (want[0].id, want[1].span())), line
