"""A caller's table of text rule answers (`LineMatcher.match_all`'s ``seen``, filled by the
HTML front end's stages through `RuleSet.match_line`): the same answers as without it, and
a text asked again is answered from the table, not matched again."""

from __future__ import annotations

import regex

from cleaner.html import frontend, state
from cleaner.match.prefilter import LineMatcher
from cleaner.rules import load_ruleset

LINES = [
    "30 April 2019 | News",
    "Baca juga: Harga cabai naik lagi di pasar induk",
    "Warga antre di depan balai desa sejak pagi, kata petugas.",
    "30 April 2019 | News",
    "Editor: Rina Sari",
    "",
    "Editor: Rina Sari",
]


def test_table_gives_the_answers_without_it() -> None:
    ruleset = load_ruleset("generic")
    table: dict[str, object] = {}
    for line in LINES:
        plain = ruleset.match_line(line)
        shared = ruleset.match_line(line, table)  # type: ignore[arg-type]
        assert (plain is None) == (shared is None)
        if plain is not None and shared is not None:
            assert plain[0].id == shared[0].id and plain[1].group() == shared[1].group()
    assert set(table) == set(LINES)
    assert table["Editor: Rina Sari"] is not None
    assert table["Warga antre di depan balai desa sejak pagi, kata petugas."] is None


def test_a_text_asked_again_is_not_matched_again() -> None:
    calls: list[str] = []

    class Counted:  # a pattern that counts the texts it is asked to match
        pattern = r"\d+ \w+ \d{4} \| \w+"
        compiled = regex.compile(pattern)

        def fullmatch(self, text: str) -> regex.Match[str] | None:
            calls.append(text)
            return self.compiled.fullmatch(text)

    matcher: LineMatcher[str] = LineMatcher([Counted()], ["date"], prefilter=False)  # type: ignore[list-item]
    table: dict[str, tuple[str, regex.Match[str]] | None] = {}
    first = matcher.match("30 April 2019 | News", table)
    again = matcher.match("30 April 2019 | News", table)
    listed = matcher.match_all(["30 April 2019 | News", "Editor: Rina Sari"], table)
    assert first is not None and first[0] == "date"
    # The table's answer: the same match object (a compiled build boxes the pair anew).
    assert again is not None and listed[0] is not None and listed[1] is None
    assert again[1] is first[1] and listed[0][1] is first[1]
    assert calls == ["30 April 2019 | News", "Editor: Rina Sari"]


def test_front_end_keeps_one_table_a_page() -> None:
    page = frontend.read_page(
        "<html><body><article><h1>Judul berita yang cukup panjang untuk diuji</h1>"
        "<p>30 April 2019 | News</p><p>Warga antre di depan balai desa sejak pagi, kata petugas.</p>"
        "<p>30 April 2019 | News</p></article></body></html>", max_depth=200)
    assert page is not None
    w = state.Work(page, load_ruleset("generic"), {})
    hit = w.match("Editor: Rina Sari")
    again = w.match("Editor: Rina Sari")
    assert hit is not None and again is not None and again[1] is hit[1]
    assert w.match("30 April 2019 | News") is None
    assert set(w.answers) == {"Editor: Rina Sari", "30 April 2019 | News"}


_PAGE = ("<html><body><article><h1>Judul berita yang cukup panjang untuk diuji</h1>"
         "<p>Jakarta - Warga antre di depan balai desa sejak pagi untuk menerima bantuan, kata petugas.</p>"
         "<p>Petugas membagikan paket beras dan minyak kepada setiap keluarga yang terdaftar di desa.</p>"
         "<p>Editor: Rina Sari</p><p>30 April 2019 | News</p></article></body></html>")


def test_the_engine_reads_the_front_ends_table() -> None:
    """The HTML front end hands its table on (`FrontEnd.engine_answers`) to the engine's
    rule set, which shares its matcher; `match_rules` answers from it (an entry the matcher
    would not give shows), and a record cleaned with the table is the one without it."""
    from cleaner.engine import run_passes
    from cleaner.front import FrontEnd
    from cleaner.html.pipeline import html_front_end
    from cleaner.segment import Block

    ruleset = load_ruleset("generic")
    front, used = html_front_end(_PAGE, url=None, ruleset=ruleset, detect=lambda *_: ruleset, max_depth=200)
    assert used is ruleset and front.answers is not None
    rules = front.engine_rules(ruleset)
    assert front.engine_answers(rules) is front.answers
    assert front.engine_answers(load_ruleset("tempo")) is None
    assert FrontEnd([]).engine_answers(rules) is None

    blocks = [Block(1, "Editor: Rina Sari")]
    assert run_passes(blocks, ruleset).hits[0] is not None
    assert run_passes(blocks, ruleset, answers={"Editor: Rina Sari": None}).hits[0] is None

    with_table = run_passes(front.blocks, rules, answers=front.engine_answers(rules))
    without = run_passes(front.blocks, rules)
    assert with_table.verdicts == without.verdicts and None in with_table.verdicts
    assert [(h[0].id, h[1].group()) if h else None for h in with_table.hits] \
        == [(h[0].id, h[1].group()) if h else None for h in without.hits]
    assert any(with_table.hits)
