"""The line prefilter (cleaner/match/prefilter.py) gives exactly the answer of the plain
alternation of every rule: the first rule in file order that matches the whole line
(line rules) or the start of the line (prefix rules: datelines).

Checked on every line of the fixtures and seeds, on every rule's samples and negative
samples with small edits, on random text (hypothesis), and on the real bulk rows."""

from __future__ import annotations

import functools
import itertools
import random
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.match.compile import NAMED_GROUP
from cleaner.match.prefilter import ANY, UNKNOWN, CharSet, LineMatcher, Shape, _cases, fewest, shape
from cleaner.rules import Rule, RuleSet, load_ruleset
from cleaner.segment import split_lines
from tests.conftest import FIXTURES, ROOT
from tests.paths import bulk_lines

OUTLETS = cleaner.available_outlets()


Answer = tuple[str, tuple[int, int], dict[str, str | None]] | None


def _alternation(rules: tuple[Rule, ...]) -> regex.Pattern[str] | None:
    """One pattern ``(?P<r0>...)|(?P<r1>...)``: the first alternative that matches wins,
    so file order is kept (the oracle the prefilter's answers are checked against)."""
    if not rules:
        return None
    parts = (f"(?P<r{i}>{NAMED_GROUP.sub('(?:', r.pattern.pattern)})" for i, r in enumerate(rules))
    return regex.compile("|".join(parts))


@functools.cache
def _joined(ruleset: RuleSet, whole: bool) -> regex.Pattern[str]:
    joined = _alternation(ruleset.line_rules if whole else ruleset.prefix_rules)
    assert joined is not None
    return joined


def reference(ruleset: RuleSet, text: str, whole: bool = True) -> Answer:
    """The rule set's answer from one joined alternation (how match_line worked before)."""
    joined = _joined(ruleset, whole)
    m = joined.fullmatch(text) if whole else joined.match(text)
    if m is None:
        return None
    rule = (ruleset.line_rules if whole else ruleset.prefix_rules)[int(m.lastgroup[1:])]  # type: ignore[index]
    own = rule.pattern.fullmatch(text) if whole else rule.pattern.match(text)
    assert own is not None
    return rule.id, own.span(), own.groupdict()


def admits(s: Shape, text: str) -> bool:
    """What a `Shape` claims: False only when ``text`` cannot be a whole match."""
    n = len(text)
    if n < s.min_len or (s.max_len is not None and n > s.max_len):
        return False
    if not text:
        return True
    starts = text.startswith(tuple(s.words)) or s.first.may_hold(text[0])
    holds = not s.needles or any(x in text for x in s.needles)
    holds_also = all(any(x in text for x in group) for group in s.also)
    tail = s.tail is None or s.tail[0].may_hold(text[-1]) or any(x in text for x in s.tail[1])
    return starts and holds and holds_also and tail and s.last.may_hold(text[-1])


def answer(ruleset: RuleSet, text: str, whole: bool = True) -> Answer:
    hit = ruleset.match_line(text) if whole else ruleset.match_prefix(text)
    return None if hit is None else (hit[0].id, hit[1].span(), hit[1].groupdict())


def same(ruleset: RuleSet, text: str) -> bool:
    return all(answer(ruleset, text, whole) == reference(ruleset, text, whole) for whole in (True, False))


def _samples() -> list[str]:
    out = []
    for path in (resources.files("cleaner") / "rules").iterdir():
        if path.name.endswith(".toml"):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for rule in data.get("rule", []):
                out += rule.get("samples", []) + rule.get("not", [])
    return out


SAMPLES = _samples()
EDGE_CHARS = list(" .,:;!?()[]/-–—|»«•#*0123456789aAxX\"'“”’©×\u00a0\u0660\uff10éİıſK")


def _edits(text: str, rng: random.Random) -> list[str]:
    out = [text, text[1:], text[:-1], text + ".", "x" + text, text.upper(), text.lower()]
    for _ in range(6):
        i = rng.randrange(len(text) + 1)
        out.append(text[:i] + rng.choice(EDGE_CHARS) + text[i + 1:])
    return out


def _page_lines() -> list[str]:
    lines = []
    for path in sorted([*FIXTURES.glob("*/*.input.txt"), *(ROOT / "seeds").glob("*.txt")]):
        lines += [b.text for b in split_lines(path.read_text(encoding="utf-8"), max_line_chars=10**6)]
    return lines


@pytest.mark.parametrize("name", OUTLETS)
def test_same_answer_as_the_alternation(name: str) -> None:
    ruleset = load_ruleset(name)
    rng = random.Random(name)
    lines = _page_lines()
    for sample in SAMPLES:
        lines += _edits(sample, rng)
    for text in lines:
        assert same(ruleset, text), text


@pytest.mark.parametrize("name", OUTLETS)
def test_samples_pass_the_filter(name: str) -> None:
    """A rule is never filtered out of a line it matches (its own samples): its shape
    admits the line, and the matcher answers with it unless an earlier rule matches."""
    ruleset = load_ruleset(name)
    matcher = ruleset._line_matcher
    assert matcher is not None
    rules = ruleset.line_rules
    for text in SAMPLES:
        matching = [i for i, rule in enumerate(rules) if rule.pattern.fullmatch(text)]
        for i in matching:
            assert admits(matcher.shapes[i], text), (rules[i].id, text)
        hit = matcher.match(text)
        assert (hit[0] if hit else None) is (rules[matching[0]] if matching else None), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*EDGE_CHARS, *SAMPLES[:200], " ", "Baca Juga", "Foto", "2024", "WIB"]),
                min_size=1, max_size=6))
def test_random_lines(parts: list[str]) -> None:
    text = "".join(parts)
    for name in OUTLETS:
        assert same(load_ruleset(name), text), (name, text)


def test_bulk_rows(shared: Path) -> None:
    """Every line of the real bulk scrape, with the generic and an outlet rule set."""
    lines = bulk_lines(shared)
    assert len(lines) > 10_000
    for name in ("generic", "idntimes"):
        ruleset = load_ruleset(name)
        for text in lines:
            assert same(ruleset, text), (name, text)


# ---- what the reader claims about a pattern --------------------------------------------


def test_shape_of_plain_words() -> None:
    s = shape(r"(?:Baca [Jj]uga|BACA JUGA)\s*:\s*.{1,20}")
    assert s.words >= {"Baca Jug", "Baca jug", "BACA JUG"}
    assert s.first.chars == frozenset() and not s.first.negated
    assert s.last == ANY
    assert (s.min_len, s.max_len) == (11, None)
    # The parser takes the shared "B" out; it is joined back to the branches' starts.
    assert s.needles == frozenset({"Baca ", "BACA JUGA"})


def test_a_short_literal_is_joined_to_the_starts_of_the_group_after_it() -> None:
    # "id" and "com" are in most story lines; ".id" and ".com" are not.
    assert shape(r"[A-Z]\w+\.(?:com|co\.id|id|net)").needles == frozenset({".com", ".co.id", ".id", ".net"})
    assert shape(r"\((?:ANTARA|Antara)\)").needles == frozenset({"(ANTARA", "(Antara"})
    # Not when a start is not literal, or is read case-blind, or the run is long already.
    assert shape(r"\.(?:com|\w+)").needles == frozenset({"."})
    assert shape(r"\.(?i:com|net)").needles == frozenset({"."})
    assert shape(r"kumparan(?:NEWS|BISNIS)").needles == frozenset({"kumparan"})


def test_the_split_gate_joins_no_literal_to_a_lookbehind() -> None:
    # Read as "b(?:ab|cb)c" the needles would be "bab" and "bcb", in no line the rule
    # matches ("abc"); joined into the run around it, "babc". Read as a group of its
    # own, and unjoined, one of them is in every such line.
    from cleaner.match.compile import split_needles

    assert split_needles("b(?<=ab|cb)c") == frozenset({"ab", "cb"})
    assert split_needles("b(?<=ab)c") == frozenset({"ab"})
    assert split_needles("x(?=Editor)Edi") == frozenset({"Editor"})
    assert split_needles("(?<=[a-z])(?=Editor:)") == frozenset({"Editor:"})


def test_the_split_gate_joins_a_branchs_shared_start_back() -> None:
    # The parser takes a branch's shared start out ("H", then "alaman" or "ALAMAN"); a
    # run that short is joined back to the branch's starts, as for the line rules: the
    # gate finds "Halaman" from its capital on, where "alaman" was scanned for everywhere
    # and let through every story line with the word "halaman".
    from cleaner.match.compile import split_needles

    assert split_needles(r"\b(?:Halaman|HALAMAN) \d{1,3} (?:dari|/) \d{1,3}\b") == frozenset({"Halaman", "HALAMAN"})
    assert split_needles(r"(?=(?:Diadaptasi|Disadur)\soleh\s|Editor\s*:)(?<=[a-z])") == frozenset(
        {"Diadaptasi", "Disadur", "Editor"})
    # Never to a lookaround's group: "H(?<=aH)x" matches the "H" of "aHx", which holds
    # no "HaH" (the run joined to the lookbehind's text); nor to a lookahead's, which is
    # read as a group of its own as before.
    assert split_needles("H(?<=aH)x") == frozenset({"aH"})
    assert split_needles("(?:H(?<=aH|bH))x") == frozenset({"aH", "bH"})
    assert split_needles("Di(?=sadur)") == frozenset({"sadur"})
    assert regex.search("H(?<=aH)x", "aHx") is not None


def _split_reference(patterns: tuple[regex.Pattern[str], ...], text: str) -> list[str]:
    """A line's parts from every split rule's `finditer`, without the gate or its needles."""
    cuts = {0, len(text)}
    for pattern in patterns:
        for m in pattern.finditer(text):
            cuts |= {m.start(), m.end()}
    edges = sorted(cuts)
    parts = [text[a:b].strip() for a, b in itertools.pairwise(edges)]
    return [p for p in parts if p] if len(cuts) > 2 else [text]


def _check_split_gate(ruleset: RuleSet, lines: list[str]) -> int:
    """Each of ``lines`` that a split rule's pattern matches holds one of that rule's
    needles and is a candidate of the gate for it, and the splitter cuts every line as
    all the split rules' own patterns do. Returns how many lines a rule matched."""
    from cleaner.segment import Splitter

    rules = ruleset.split_rules
    patterns = tuple(r.pattern for r in rules)
    splitter = Splitter(patterns, ruleset.split_needles, ruleset.split_min_lens, ruleset.split_also)
    matched = 0
    for text in lines:
        mask = splitter.candidates([text]).get(0, 0)
        for i, (rule, needles, min_len, also) in enumerate(zip(rules, ruleset.split_needles, ruleset.split_min_lens,
                                                               ruleset.split_also, strict=True)):
            if rule.pattern.search(text) is not None:
                matched += 1
                assert any(n in text for n in needles), (rule.id, sorted(needles), text)
                for m in rule.pattern.finditer(text):  # each match holds one of each group itself
                    assert all(any(n in m.group() for n in group) for group in also), (rule.id, also, text)
                assert mask >> i & 1, (rule.id, text)
                assert all(m.end() - m.start() >= min_len for m in rule.pattern.finditer(text)), (rule.id, text)
        assert splitter.split(text, mask) == _split_reference(patterns, text), text
    return matched


@pytest.mark.parametrize("name", OUTLETS)
def test_the_split_gate_lets_every_line_a_split_rule_cuts_through(name: str) -> None:
    """A needle the split gate reads (`split_needles`) that a rule's match does not need
    would drop the lines that match without it: checked on every line of the fixtures
    and seeds, and on every rule's samples and negative samples with small edits."""
    ruleset = load_ruleset(name)
    rng = random.Random(name)
    lines = _page_lines()
    for sample in SAMPLES:
        lines += _edits(sample, rng)
    assert _check_split_gate(ruleset, lines) > 100


def test_the_split_gate_on_the_bulk_rows(shared: Path) -> None:
    """The same on every line of the real bulk scrape, generic and an outlet's rules."""
    lines = bulk_lines(shared)
    for name in ("generic", "kumparan"):
        assert _check_split_gate(load_ruleset(name), lines) > 100, name


@pytest.mark.parametrize("name", cleaner.available_outlets())
def test_a_rule_set_keeps_its_split_rules_needles(name: str) -> None:
    """The split gate's needles are read when a rule set is compiled and kept with it (in
    the disk cache too: a process's first page parses no split pattern); they are what
    `split_needles` reads of each split rule, in order."""
    from cleaner.match.compile import split_also, split_min_len, split_needles

    ruleset = load_ruleset(name)
    assert ruleset.split_rules, name
    assert ruleset.split_needles == tuple(split_needles(r.pattern.pattern) for r in ruleset.split_rules)
    assert ruleset.split_min_lens == tuple(split_min_len(r.pattern.pattern) for r in ruleset.split_rules)
    assert ruleset.split_also == tuple(split_also(r.pattern.pattern) for r in ruleset.split_rules)
    also = dict(zip((r.id for r in ruleset.split_rules), ruleset.split_also, strict=True))
    assert also["split-read-also-bracketed"] == (("(", "["), (")", "]"))
    # "Baca" and one character of the title: the lookahead for the label's colon (kompas.com
    # 2017's "Baca: <title>", textleft62) spans nothing; before it, "Baca juga" and one was 10
    assert dict(zip((r.id for r in ruleset.split_rules), ruleset.split_min_lens, strict=True))["split-read-also"] == 5


def test_a_split_rules_shortest_match_spans_no_lookaround() -> None:
    """A line shorter than a split rule's shortest match is not searched: the shortest
    is the engine's, where a lookaround spans nothing ("Baca Juga" alone, 9 characters,
    is shorter than any link the read-also rule cuts, label and a character of title)."""
    from cleaner.match.compile import split_min_len
    from cleaner.segment import Splitter

    assert split_min_len("(?<=ab)c(?=de)") == 1
    assert split_min_len(r"(?:(?<=[.!?])|(?<=[.!?] ))Baca [Jj]uga(?:\s*:\s*|(?=[A-Z])).{1,9}") == 10
    assert split_min_len(r"(?=Editor:)(?<=[a-z])") == 0
    assert split_min_len(r"\p{Lu}+ Baca") == 0  # regex-only syntax: no claim
    assert split_min_len(r"Baca|Lihat(?P<x>.)\1") == 4  # a back-reference spans its group's width
    pattern = regex.compile(r"Baca Juga.")
    # the claim is what stops a search: a wrong one would keep a line that the rule cuts
    assert Splitter((pattern,), (frozenset({"Baca"}),), (10,)).split("kata diaBaca Juga!") == ["kata dia", "Baca Juga!"]
    assert Splitter((pattern,), (frozenset({"Baca"}),), (10,)).split("Baca Juga!") == ["Baca Juga!"]
    assert Splitter((pattern,), (frozenset({"Baca"}),), (19,)).split("kata diaBaca Juga!") == ["kata diaBaca Juga!"]


def test_a_split_rule_with_a_lookbehind_inside_still_cuts_its_lines() -> None:
    import regex

    from cleaner.match.compile import split_needles
    from cleaner.segment import Splitter

    sources = ["b(?<=ab)c", "Baca Juga:"]
    splitter = Splitter(tuple(regex.compile(s) for s in sources), tuple(split_needles(s) for s in sources))
    texts = ["Cerita pertama.", "Teks xabcx di sini.", "Tidak ada apa-apa."]
    assert splitter.candidates(texts) == {1: 0b01}


def test_shape_of_optional_start_and_digits() -> None:
    s = shape(r"(?:Foto: )?\d{1,2} Mei")
    assert "Foto: " in s.words
    assert s.first.categories == frozenset({"digit"})
    assert s.first.may_hold("7") and not s.first.may_hold("x")
    assert s.first.may_hold("\u0660")  # a non-ASCII digit: engines differ, so "maybe"
    assert s.last.chars == frozenset("i") and s.needles == frozenset({" Mei"})
    assert (s.min_len, s.max_len) == (5, 12)


def test_shape_of_negated_sets_and_edges() -> None:
    s = shape(r".{3,600}?\bFoto\s*:\s*[^.!?:]{2,100}")
    assert s.first == ANY and s.words == frozenset()
    assert s.last.negated and s.last.chars == frozenset(".!?:")
    assert s.needles == frozenset({"Foto"})
    assert not admits(s, "Pemerintah mengumumkan jadwal baru pada Senin pagi.")


def test_an_ending_as_wide_as_any_is_guarded_by_its_alternatives_literals() -> None:
    """A pattern that may end with any character only through an alternative with
    literals of its own (a date, then optionally "Update" and up to 20 characters): a
    line ending in another way must hold one of those literals (`Shape.tail`), so a
    sentence with a year and a full stop never reaches the regex; the answers stay the
    pattern's."""
    source = r"\d{1,2} Mei \d{4}(?: (?:Update|Diperbarui) .{0,20}| \|)?"
    s = shape(source)
    assert s.last == ANY
    assert s.tail is not None
    core, guards = s.tail
    assert core.may_hold("7") and core.may_hold("|") and not core.may_hold(".")
    assert guards == frozenset({"Update", "Diperbarui"})
    # every way of ending takes part: here the bare date's digit, the bar
    assert shape(r"\d{4}(?: Update.{0,9})?").tail == (CharSet(False, frozenset(), frozenset({"digit"})),
                                                       frozenset({" Update"}))
    # no claim: an alternative ending as wide as all without literals, or no choice at all
    assert shape(r"\d{4}(?: .{0,9})?").tail is None
    assert shape(r"Foto .{0,9}").tail is None
    pattern = regex.compile(source)
    matcher = LineMatcher([pattern], ["date"])
    for text, hit in [("5 Mei 2024", True), ("5 Mei 2024 Update pukul 10.", True), ("5 Mei 2024 |", True),
                      ("5 Mei 2024.", False), ("Pada 5 Mei 2024 hujan turun.", False),
                      ("5 Mei 2024 diperbarui x.", False)]:
        assert (matcher.match(text) is not None) is hit, text
        assert admits(s, text) or not hit, text


def test_common_non_ascii_edges_are_told_by_the_engines_categories() -> None:
    """A quotation mark or a bullet at a line's edge is in no digit, space or word class
    of either engine, so a rule that starts with a digit is not tried on a paragraph that
    opens with "“"; a character outside the table still may be in any category (an
    Arabic-Indic digit is one)."""
    from cleaner.match.prefilter import COMMON, _char_table
    digits = CharSet(False, frozenset(), frozenset({"digit"}))
    table, default = _char_table([digits, CharSet(False, frozenset("“"))])
    assert table["“"] == 0b10 and table["•"] == 0 and table["7"] == 0b01
    assert table.get("\u0660", default) == 0b01
    for ch in COMMON:
        for category, pattern in (("digit", r"\d"), ("space", r"\s"), ("word", r"\w")):
            cs = CharSet(False, frozenset(), frozenset({category}))
            assert (_char_table([cs])[0][ch] == 1) is bool(regex.fullmatch(pattern, ch)), (ch, category)
    matcher = LineMatcher([regex.compile(r"\d{1,2} .{0,40}")], ["n"])
    assert matcher.match("“12 orang datang”") is None
    assert matcher.match("12 orang datang”") is not None


def test_case_insensitive_parts_claim_their_cases_only() -> None:
    """A case-insensitive letter at an edge may be any of its cases, as the ``regex``
    engine folds them (``s`` is ``S`` and ``ſ`` too); at a match's start its letters are
    literal words by their cases, up to three letters (a line starting "Pelaksanaan" is
    no "(?i:peb)ruari"); it gives no needles."""
    s = shape(r"(?i:baca juga)")
    assert s.first == CharSet(False, frozenset()) and s.last == CharSet(False, frozenset("aA"))
    assert s.words == frozenset(a + b + c for a in "bB" for b in "aA" for c in "cC") and not s.needles
    sep = shape(r"(?i:sep)")
    assert sep.words == frozenset(a + b + c for a in "sSſ" for b in "eE" for c in "pP")
    assert shape(r"(?i:k)").words == frozenset("kK\u212a")
    assert shape(r"(?i:.)").first == ANY and shape(r"(?i:[a-c])").first == ANY  # sets: no claim
    # a literal before them: the words are cut at eight characters, as any word is
    assert shape(r"Senin, (?i:peb)ruari").words == frozenset({"Senin, p", "Senin, P"})
    matcher = LineMatcher([regex.compile(r"(?:\d{1,2} )?(?i:pebruari) \d{4}")], ["d"])
    assert matcher.match("PEBRUARI 2024") is not None and matcher.match("5 pebruari 2024") is not None
    assert matcher.match("Pelaksanaan 2024") is None and matcher.match("pEB 2024") is None


def test_the_case_table_is_the_engines() -> None:
    """`_cases` gives every character a case-insensitive ``regex`` literal matches, and
    no other: checked against the engine itself over every code point."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for ch in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-'éßİıſ\u212a":
        matched = {m.group() for m in regex.finditer(f"(?i:{regex.escape(ch)})", every)}
        assert _cases(ch) == CharSet(False, frozenset(matched)), ch


def test_the_fewest_literals_answer_for_all() -> None:
    """A line holds one of a rule's literals exactly when it holds one of those that hold
    no other (the outlet names of a dateline all hold ".com" or a shorter name)."""
    names = frozenset({".com", "KOMPAS.com", "Kompas", "Kompas.com", "tirto.id"})
    assert fewest(names) == (".com", "Kompas", "tirto.id")
    assert fewest(frozenset({"a"})) == ("a",) and fewest(frozenset()) == ()


def test_every_literal_a_match_needs_screens_the_line() -> None:
    """A credit's ``/`` is its needle, its ``©`` a literal it needs too (`Shape.also`):
    a line with a slash but no ``©`` never reaches the rule's regex."""
    s = shape(r".{3,600}?/ ?©[^/©]{2,60}")
    assert s.needles == frozenset({"/"}) and s.also == (("©",),)
    assert shape(r"Foto ?: .+").also == ((": ",),)
    assert shape(r"\d+ (?:orang|warga)").also == ()  # a lone space: in every line of two words
    patterns = [regex.compile(r".{3,600}?/ ?©[^/©]{2,60}")]
    m = LineMatcher(patterns, ["credit"])
    calls: list[str] = []
    m._run = (lambda text: calls.append(text) or patterns[0].fullmatch(text),)  # type: ignore[func-returns-value]
    assert m.match("Harga naik 3/5 kali lipat pada 13/6/2025.") is None and calls == []
    hit = m.match("Penyanyi itu di panggung/©Contoh.com")
    assert hit is not None and hit[0] == "credit" and len(calls) == 1


def test_a_small_set_of_literal_characters_every_match_holds_screens_the_line() -> None:
    """A set of a few literal characters that every match holds (``[-–]``, ``[(\\[]``)
    is a group of `Shape.also`, never the needles; one of letters (``[Bb]``) or with a
    full stop or a comma is not (nearly every line holds one); a set under a repeat that
    may be empty, in one branch or in a lookaround is not required."""
    assert shape(r"(?:Liputan 6|Contoh\.com)\s*[-–]\s*[A-Z][a-z]+").also == (("-", "–"),)
    s = shape(r"[(\[]\s*Baca: [^()]{1,9}[)\]]")
    assert s.needles == frozenset({"Baca: "}) and s.also == (("(", "["), (")", "]"))
    assert shape(r"(?:[(\[]\s*Baca: [^()]{1,9}[)\]])").also == (("(", "["), (")", "]"))  # a group around it all
    assert shape(r"[Bb]aca: .+").also == () and shape(r"Baca[.,] .+").also == ()
    assert shape(r"(?i:[-–]) Baca").also == ()  # case-insensitive: no claim
    for source in (r"[-–]? Baca", r"Baca|[-–] Lihat", r"(?=[-–]) Baca", r"[-–a-z] Baca", r"[^-–] Baca"):
        assert all("-" not in g for g in shape(source).also), source
    from cleaner.match.compile import split_also
    from cleaner.segment import Splitter

    source = r"(?<=[.a-z])\s?[(\[]\s*Baca\s*:\s*[^()\[\]]{1,20}[)\]]"
    assert split_also(source) == ((":",), ("(", "["), (")", "]"))
    pattern = regex.compile(source)
    calls: list[str] = []

    class Counting:
        def search(self, text: str) -> regex.Match[str] | None:
            calls.append(text)
            return pattern.search(text)

        def finditer(self, text: str) -> Iterator[regex.Match[str]]:
            return pattern.finditer(text)

    splitter = Splitter((Counting(),), (frozenset({"Baca"}),), (9,), (split_also(source),))  # type: ignore[arg-type]
    assert splitter.split("Baca Juga: Harga Cabai Naik") == ["Baca Juga: Harga Cabai Naik"] and calls == []
    assert splitter.split("Warga antre.(Baca: Harga Naik)") == ["Warga antre.", "(Baca: Harga Naik)"]
    assert calls == ["Warga antre.(Baca: Harga Naik)"]
    # beside a rule the gate finds by "(", the bracket, not the label, is the rule's page
    # scan: a "Baca" line holds no cut of it unless it holds a bracket too
    both = Splitter((regex.compile(r"[(\[]ab[)\]]"), pattern), (frozenset({"(", "["}), frozenset({"Baca"})), (4, 9),
                    ((), split_also(source)))
    assert [g for g, _ in both._gate or ()] == ["(", "["]
    assert both.candidates(["Baca Juga: Harga Naik", "Warga antre.(Baca: Harga Naik)", "[x]"]) == {1: 0b11, 2: 0b11}
    assert both.split("Warga antre.(Baca: Harga Naik)", 0b11) == ["Warga antre.", "(Baca: Harga Naik)"]


@pytest.mark.parametrize("source", [r"\p{Lu}+", r"[[:alpha:]]+", r"(?V1)[[a-z]--[aeiou]]", r"\mword\M", r"(?|a|b)"])
def test_regex_only_syntax_is_unknown(source: str) -> None:
    regex.compile(source)  # valid for the engine that matches lines
    assert shape(source) == UNKNOWN


def test_matcher_tries_rules_in_order() -> None:
    patterns = [regex.compile(p) for p in (r"Baca.{0,20}", r"Baca Juga: .+", r"\d+", r".+\.")]
    m = LineMatcher(patterns, range(len(patterns)))
    assert m.match("Baca Juga: Judul")[0] == 0  # type: ignore[index]
    assert m.match("Baca Juga: Judul yang panjang sekali ya")[0] == 1  # type: ignore[index]
    assert m.match("123")[0] == 2  # type: ignore[index]
    assert m.match("Kalimat biasa.")[0] == 3  # type: ignore[index]
    assert m.match("tanpa titik") is None
    assert m.match("") is None


def test_prefix_matcher_on_starts_and_empty_matches() -> None:
    patterns = [regex.compile(p) for p in (r"(?=Jakarta)", r"TEMPO\.CO, (?P<value>[A-Z]\w+) - ", r"\w+ - ")]
    m = LineMatcher(patterns, range(len(patterns)), whole=False)
    assert m.match("TEMPO.CO, Jakarta - Isi berita.")[0] == 1  # type: ignore[index]
    assert m.match("Jakarta - Isi berita.")[0] == 0  # type: ignore[index]  # an empty match at the start counts
    assert m.match("Bandung - Isi berita.")[0] == 2  # type: ignore[index]
    assert m.match("Isi berita tanpa dateline.") is None



def test_a_plans_masks_are_the_rule_sets_over_its_own_steps() -> None:
    """A plan numbers its steps from 0 and keeps its masks over them (machine words in
    the compiled build, where a rule set's ~95 rules make big integers): each step's
    literal holders and ``among`` are the rule set's masks restricted to the plan's rules,
    renumbered in the plan's order; every plan the pages build fits in 62 bits."""
    lines = _page_lines()
    for name in OUTLETS:
        matcher = load_ruleset(name)._line_matcher
        assert matcher is not None
        matcher._plans.clear()
        matcher.match_all(lines)
        assert matcher._plans, name
        for mask, steps in matcher._plans.items():
            rules = [i for i in range(mask.bit_length()) if mask >> i & 1]
            assert [step.index for step in steps] == rules

            def renumbered(rule_mask: int, rules: list[int] = rules) -> int:
                return sum(1 << k for k, i in enumerate(rules) if rule_mask >> i & 1)

            for k, step in enumerate(steps):
                assert step.bit == 1 << k
                assert step.holds == tuple(renumbered(matcher._holders[n]) for n in step.literals)
                assert step.among == renumbered(matcher._needles.get(1 << step.index, ((), 0))[1])
            assert len(steps) <= 62, (name, len(steps))


def test_the_prefilter_can_be_turned_off_with_the_same_answers() -> None:
    """CLEANER_PREFILTER=0 (prefilter=False) tries every rule in order: same answers."""
    lines = [b.text for p in sorted(FIXTURES.glob("*/*.input.txt"))
             for b in split_lines(p.read_text("utf-8"), max_line_chars=200_000)]
    for name in OUTLETS:
        rs = load_ruleset(name)
        patterns = [r.pattern for r in rs.line_rules]
        on = LineMatcher(patterns, rs.line_rules, whole=True)
        off = LineMatcher(patterns, rs.line_rules, whole=True, prefilter=False)
        assert all(s == UNKNOWN for s in off.shapes)

        def ids(m: LineMatcher[Rule]) -> list[tuple[str, tuple[int, int]] | None]:
            return [None if h is None else (h[0].id, h[1].span()) for h in m.match_all(lines)]

        assert ids(off) == ids(on)


def test_records_are_the_same_with_the_prefilter_off(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = ("import json, cleaner\nfrom tests.conftest import FIXTURES\n"
            "pages = sorted(FIXTURES.glob('*/*.input.*'))\n"
            "print(json.dumps([cleaner.clean(p.read_bytes()).to_dict() for p in pages]))")

    def run(**env: str) -> str:
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "CLEANER_CACHE_DIR": str(tmp_path), **env}, check=True)
        return done.stdout

    assert run(CLEANER_PREFILTER="0") == run()


def test_the_outlet_macros_domain_endings_are_joined_to_their_dot() -> None:
    """The ``{outlet}`` macro's generic domain names end in one of nine endings after
    ``\\.``; a short run is joined to at most `_MAX_LEADS` of a group's starts, so at eight
    the rules that use the macro read the bare endings ("id", "com") as literals, which
    most story lines hold ("Presiden", "diduga"), and reached their regex on them."""
    from cleaner.match import prefilter

    assert prefilter._MAX_LEADS >= 9
    ruleset = load_ruleset("generic")
    shapes = {label.id: s for matcher in (ruleset._line_matcher, ruleset._prefix_matcher) if matcher is not None
              for label, s in zip(matcher._labels, matcher.shapes, strict=True)}
    for rid in ("signoff-outlet-desk", "dateline-place-outlet", "dateline-outlet-place"):
        needles = shapes[rid].needles
        assert {".id", ".com", ".Com", ".CO"} <= needles and not {"id", "com", "CO"} & needles, rid
