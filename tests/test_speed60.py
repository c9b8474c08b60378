"""speed60: an exact cut on the text path.

`passes.tail.take_signoff` finds the story's last two body lines by walking back from the
story's end (`mark_regions` gave every line from there on a verdict), not by listing the
page's body lines: the same two lines on crafted pages (sentences written for the test).
"""

from __future__ import annotations

import cleaner
from cleaner import engine
from cleaner.passes import tail as passes_tail

from .paths import FIXTURES, SEEDS


def _old_take_signoff(page: engine.Page) -> None:
    """`take_signoff` as it was before speed60 (the page's body lines listed)."""
    if not page.fields.has("authors"):
        passes_tail._writer_box_name(page)
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    if len(body) < 2 or not engine.ends_sentence(page.blocks[body[-2]].text):
        return
    last = body[-1]
    text = page.blocks[last].text
    parts = [p.strip() for p in text.split("|")]
    if len(parts) == 1:
        if page.hits[last] is not None or " " not in text or not engine.SIGNOFF_PART.fullmatch(text):
            return
    elif len(parts) > passes_tail._MAX_SIGNOFF_PARTS or not all(engine.SIGNOFF_PART.fullmatch(p) for p in parts):
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


def _at_signoff_turn(text: str) -> engine.Page:
    """``text``'s page as `take_signoff` finds it: the pipeline's front end, then every pass
    before it (run here, not by patching `engine.PASSES`, which the compiled build's
    `run_passes` does not read at run time)."""
    c = cleaner.Cleaner()
    front, ruleset, joined = c._front_end(text, url=None, outlet=None, ruleset=None)
    rules = front.engine_rules(ruleset)
    page = engine.Page(blocks=front.blocks, ruleset=rules, joined=joined, url=front.url,
                       headline_line=front.headline_line, answers=front.engine_answers(rules),
                       story_lines=frozenset(front.story_lines))
    for step in engine.PASSES[:engine.PASSES.index(engine.take_signoff)]:
        step(page)
    return page


def _pairs(pages: list[str]) -> list[tuple[tuple[int, int] | None, tuple[int, int] | None, bool]]:
    """For each page, at `take_signoff`'s turn: the last two body lines as the old list read
    them, as the new walk reads them, and whether every line from the story's end on holds
    a verdict; the old pass and the new one, each run on its own page so built, leave the
    same verdicts and fields."""
    out: list[tuple[tuple[int, int] | None, tuple[int, int] | None, bool]] = []
    for text in pages:
        page = _at_signoff_turn(text)
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
        twin = _at_signoff_turn(text)
        _old_take_signoff(twin)
        engine.take_signoff(page)
        assert twin.verdicts == page.verdicts
        assert (twin.fields._scalars, twin.fields._order) == (page.fields._scalars, page.fields._order)
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
