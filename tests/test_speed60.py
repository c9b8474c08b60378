"""speed60: exact cuts on the text path.

1. `dateline-caps-place-stop` opens with two capitals the prefilter spells out
   (``(?:[A-M]|[N-Z]{1})``, the letters of ``[A-Z]``) and sits below
   `dateline-caps-place`: the prefix matcher gives the answers the old pattern gave in
   the old place, on crafted lines of capitals, dots, dashes and spaces and on the rules'
   own samples, while a line that opens with one capital no longer reaches its pattern.
2. `engine.take_signoff` finds the story's last two body lines by walking back from the
   story's end (`mark_regions` gave every line from there on a verdict), not by listing
   the page's body lines: the same two lines on crafted pages (sentences written for the
   test).
"""

from __future__ import annotations

import copy
import dataclasses
import random

import pytest
import regex

import cleaner
from cleaner import engine
from cleaner.match import prefilter
from cleaner.match.compile import line_matcher
from cleaner.rules import MAX_PREFIX_CHARS, load_ruleset

from .paths import FIXTURES, SEEDS

#: The rule's pattern before speed60 (its first capitals as one set).
OLD_STOP = ("(?!(?:ILUSTRASI|FOTO|CATATAN|UPDATE|PENGUMUMAN|KOREKSI|RALAT|BERITA|VIDEO|INFOGRAFIS)\\b)"
            "(?P<value>[A-Z]{4,}+(?: [A-Z]{3,}+){0,2})\\. (?=[A-Z][a-z]|[\"“][A-Z])")


def _old_order() -> tuple[cleaner.rules.Rule, ...]:
    """The generic prefix rules as before speed60: the old pattern, above `dateline-caps-place`."""
    rules = list(load_ruleset("generic").prefix_rules)
    ids = [r.id for r in rules]
    stop = rules.pop(ids.index("dateline-caps-place-stop"))
    old = dataclasses.replace(stop, pattern=regex.compile(OLD_STOP))
    rules.insert([r.id for r in rules].index("dateline-caps-place"), old)
    return tuple(rules)


def _answer(hit: tuple[cleaner.rules.Rule, regex.Match[str]] | None) -> tuple[str, tuple[int, int], str] | None:
    return None if hit is None else (hit[0].id, hit[1].span(), hit[1].group("value") if "value" in hit[1].re.groupindex
                                     and hit[1].group("value") is not None else "")


def _lines(count: int, seed: int) -> list[str]:
    """Lines that open the ways the two rules read: capitals, words, dots, dashes, quotes."""
    rnd = random.Random(seed)
    pieces = ["JAKARTA", "TANJUNG", "PINANG", "DPR", "PT", "NEW", "DELHI", "ILUSTRASI", "FOTO", "BERITA", "BANDUNG",
              "AB", "ABCD", "Jakarta", "Kota", "Para", "isi", "berita", "ANTARA", "TEMPO.CO", "X"]
    seps = [". ", ".", " ", "- ", " - ", " – ", "—", ", ", ": ", " ", " ", ". \"", ". “", "\u00a0"]
    tail = " warga kota itu berkumpul di alun-alun sejak pagi hari untuk menyambut tamu dari jauh."
    out = []
    for _ in range(count):
        line = ""
        for _ in range(rnd.randint(1, 5)):
            line += rnd.choice(pieces) + rnd.choice(seps)
        line += rnd.choice(["Para", "Isi", "isi", "“Kami", "\"Kami", "PT", "Warga", ""]) + rnd.choice(["", tail])
        out.append(line)
    return out


def test_caps_place_stop_reads_as_before() -> None:
    rs = load_ruleset("generic")
    new = line_matcher(rs.prefix_rules, whole=False)
    old = line_matcher(_old_order(), whole=False)
    assert new is not None and old is not None
    samples = [s for r in rs.prefix_rules for s in (*r_samples(r),)]
    lines = _lines(20000, 60) + samples
    hits = 0
    for line in lines:
        a, b = _answer(new.match_capped(line, MAX_PREFIX_CHARS)), _answer(old.match_capped(line, MAX_PREFIX_CHARS))
        assert a == b, line
        hits += a is not None and a[0] == "dateline-caps-place-stop"
    assert hits > 100  # the crafted lines do reach the rule


def r_samples(rule: cleaner.rules.Rule) -> list[str]:
    """A rule's own samples and negatives, from the rule file."""
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(cleaner.__file__).parent / "rules" / "generic.toml").read_text(encoding="utf-8"))
    raw: dict[str, list[str]] = next((r for r in data["rule"] if r["id"] == rule.id), {})
    return [*raw.get("samples", []), *raw.get("not", [])]


def test_two_patterns_match_the_same_strings() -> None:
    rs = load_ruleset("generic")
    new = next(r.pattern for r in rs.prefix_rules if r.id == "dateline-caps-place-stop")
    old = regex.compile(OLD_STOP)
    rnd = random.Random(7)
    alphabet = "ABMNZ aQ.\"“-"
    for _ in range(50000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14)))
        a, b = new.match(s), old.match(s)
        assert (a and (a.span(), a.group("value"))) == (b and (b.span(), b.group("value"))), s


def test_no_line_matches_both_caps_rules() -> None:
    # The order change is exact only if no line matches both.
    rs = load_ruleset("generic")
    caps = next(r.pattern for r in rs.prefix_rules if r.id == "dateline-caps-place")
    stop = regex.compile(OLD_STOP)
    for line in _lines(20000, 61):
        assert not (caps.match(line) and stop.match(line)), line


def test_the_prefilter_reads_two_capitals() -> None:
    rs = load_ruleset("generic")
    rule = next(r for r in rs.prefix_rules if r.id == "dateline-caps-place-stop")
    shape = prefilter.shape(regex.sub(r"\(\?P<\w+>", "(?:", rule.pattern.pattern))
    assert len(shape.words) == 26 * 26 and "JA" in shape.words and "Ja" not in shape.words
    # as before, a dateline in capitals and a full stop is read; a sentence is not asked
    record = cleaner.Cleaner().clean(
        "Harga Cabai di Pasar Kota Naik Lagi Pekan Ini\n"
        "JAKARTA. Harga cabai rawit di pasar kota naik lagi pekan ini karena pasokan berkurang.\n"
        "Para pedagang mengatakan pembeli mulai mengurangi belanja sejak awal bulan ini.\n").to_dict()
    assert record["dateline"] == "JAKARTA"


def _old_take_signoff(page: engine.Page) -> None:
    """`take_signoff` as it was before speed60 (the page's body lines listed)."""
    if not page.fields.has("authors"):
        engine._writer_box_name(page)
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    if len(body) < 2 or not engine.ends_sentence(page.blocks[body[-2]].text):
        return
    last = body[-1]
    text = page.blocks[last].text
    parts = [p.strip() for p in text.split("|")]
    if len(parts) == 1:
        if page.hits[last] is not None or " " not in text or not engine.SIGNOFF_PART.fullmatch(text):
            return
    elif len(parts) > engine._MAX_SIGNOFF_PARTS or not all(engine.SIGNOFF_PART.fullmatch(p) for p in parts):
        return
    got = engine.signoff_fields(page.ruleset, parts)
    if got is None:
        return
    names, sources = got
    page.verdicts[last] = engine.SIGNOFF
    if not page.fields.has("authors"):
        for name in names:
            page.fields.add("authors", name)
    for source in sources:
        page.fields.add("source", source)


def _pairs(pages: list[str]) -> list[tuple[tuple[int, int] | None, tuple[int, int] | None, bool]]:
    """For each page, at `take_signoff`'s turn: the last two body lines as the old list read
    them, as the new walk reads them, and whether every line from the story's end on holds
    a verdict."""
    out: list[tuple[tuple[int, int] | None, tuple[int, int] | None, bool]] = []
    original = engine.take_signoff

    def spy(page: engine.Page) -> None:
        verdicts = page.verdicts
        body = [i for i, v in enumerate(verdicts) if v is None]
        old = None if len(body) < 2 else (body[-2], body[-1])
        n, end = len(verdicts), page.end
        last = (n if end is None or end > n else end) - 1
        held = all(v is not None for v in verdicts[last + 1:])
        while last >= 0 and verdicts[last] is not None:
            last -= 1
        before = last - 1
        while before >= 0 and verdicts[before] is not None:
            before -= 1
        out.append((old, None if before < 0 else (before, last), held))
        twin = copy.deepcopy(page)
        _old_take_signoff(twin)
        original(page)
        assert twin.verdicts == page.verdicts
        assert (twin.fields._scalars, twin.fields._order) == (page.fields._scalars, page.fields._order)

    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(engine, "PASSES", tuple(spy if p is original else p for p in engine.PASSES))
        c = cleaner.Cleaner()
        for text in pages:
            c.clean(text)
    finally:
        mp.undo()
    return out


SIGNED = ("Harga Cabai di Pasar Kota Naik Lagi Pekan Ini\n"
          "Harga cabai rawit di pasar kota naik lagi pekan ini karena pasokan petani berkurang.\n"
          "Para pedagang mengatakan pembeli mulai mengurangi belanja sejak awal bulan ini.\n")


def test_signoff_walk_finds_the_listed_lines() -> None:
    pages = [SIGNED + "RINA SARI | ANTARA\n", SIGNED + "RINA SARI\nBaca Juga: Harga Bawang Turun Lagi\nTag: ekonomi\n",
             SIGNED, "Satu baris saja\n", "", "Judul\nBaca Juga: Lain\n"]
    pages += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    pages += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.glob("**/*.txt"))][:300]
    got = _pairs(pages)
    assert len(got) == len(pages)
    assert all(held for _, _, held in got)  # mark_regions' guarantee, still at take_signoff's turn
    assert [old for old, _, _ in got] == [new for _, new, _ in got]
    assert sum(old is None for old, _, _ in got) >= 2  # pages with fewer than two body lines are among them


def test_a_signoff_is_still_taken() -> None:
    record = cleaner.Cleaner().clean(SIGNED + "RINA SARI | ANTARA\n").to_dict()
    assert record["paragraphs"][-1].startswith("Para pedagang")
    assert record["authors"] == ["RINA SARI"] and record["source"] == "ANTARA"
    # Negative: under a line that ends no sentence, the capitals stay story
    open_line = SIGNED.removesuffix(".\n") + "\nRINA SARI | ANTARA\n"
    assert cleaner.Cleaner().clean(open_line).to_dict()["paragraphs"][-1] == "RINA SARI | ANTARA"
