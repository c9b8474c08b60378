"""Passes 0-1: ``split_parts`` (a line that glues chrome to text is cut at the rule
set's ``split`` rules), ``rejoin_dateline``, ``match_rules`` (every block against
the rule set) and ``rejoin_dashed``."""

from __future__ import annotations

import itertools
from typing import Final

import regex

from ..lazy import compiled_regex
from ..segment import Block
from .page import Page, splitter_for
from .text import ENDS_PUNCT, MIN_CONTAINER_EXTRA


def _is_container(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a container blob (the next block plus more): it is dropped whole
    by `mark_repeats`, so it is not cut into parts."""
    if i + 1 >= len(blocks):
        return False
    outer, inner = blocks[i].text, blocks[i + 1].text
    return (len(outer) >= len(inner) + MIN_CONTAINER_EXTRA and len(inner) >= MIN_CONTAINER_EXTRA
            and outer.startswith(inner))


def split_parts(page: Page) -> None:
    """Cut each line that glues chrome to text into its parts (`Splitter`)."""
    splitter = splitter_for(page.ruleset)
    blocks = page.blocks
    page.texts = texts = [b.text for b in blocks]
    cut: dict[int, list[str]] = {}
    for i, rules in splitter.candidates(texts, page.joined).items():
        if not _is_container(blocks, i):
            parts = splitter.split(texts[i], rules)
            if len(parts) > 1:
                cut[i] = parts
    if not cut:
        return
    for i in [i for i in cut if i + 1 < len(blocks) and texts[i + 1][:1] in _CREDIT_OPENERS]:
        _take_opening_credit(page, cut, i)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        got = cut.get(i)
        if got is None:
            out.append(block)
        else:
            out.extend(Block(block.number, part) for part in got)
    page.blocks = out
    page.texts = [b.text for b in out]


#: `split_parts`: a photo's credit in brackets opening a line, the story going on after it
#: with a capital ("(AMD) Sementara ..."), and the brackets it may open with.
_OPENING_CREDIT: Final = r"[(（][^()（）\n]{2,60}[)）](?= \p{Lu})"
_CREDIT_OPENERS: Final = ("(", "（")


def _take_opening_credit(page: Page, cut: dict[int, list[str]], i: int) -> None:
    """A caption a split rule cut from the end of line ``i`` (its last part, which a
    ``caption`` rule takes whole) with no credit, and the credit in brackets opening the
    line under it, the story going on after it: a copier's paste broke the photo's lines
    between the caption and its credit (kompas.com 2023 in a company site's SQL dump,
    code index file id 1273589384, row 23: "... Lihat Foto <caption>.</p><p>(AMD)
    Sementara ..."). The credit is cut from the next line and read with its caption (the
    caption's part gets it), so the story's paragraph starts after it (blindhtml68)."""
    last = cut[i][-1]
    if last.endswith((")", "）")):
        return
    below = cut.get(i + 1, [page.texts[i + 1]])
    m = compiled_regex(_OPENING_CREDIT).match(below[0])
    if m is None:
        return
    hit = page.ruleset.match_line(last)
    if hit is None or hit[0].kind != "caption" or hit[0].action != "field":
        return
    credit = m.group()
    if hit[0].pattern.fullmatch(f"{last} {credit}") is None:
        return  # the caption's rule reads no credit after it
    cut[i][-1] = f"{last} {credit}"
    cut[i + 1] = [below[0][m.end():].strip(), *below[1:]]


#: `rejoin_dateline`: the lines a node-per-line scrape may break a dateline into above
#: its dash line ("TEMPO.CO" / "," / "Jakarta"), and how short each is.
_MAX_DATELINE_PIECES: Final = 3
_MAX_PIECE_WORDS: Final = 3
_MAX_PIECE_CHARS: Final = 40


def rejoin_dateline(page: Page) -> None:
    """A dateline that a node-per-line scrape broke into lines (``<strong>TEMPO.CO</strong>,
    <strong>Jakarta</strong> - story``: "TEMPO.CO", ",", "Jakarta", "- story";
    "LHOKSEUMAWE, KOMPAS.com", "– story"): when up to three short lines and the story
    line under them that starts with a dash, joined as a browser prints them, start
    with a dateline that ends past the short lines, they are one block again, so the
    story starts there (a box above it ends at it). The fewest lines that join so win
    (a share button's word above "KOTA, Outlet" is no part of the place)."""
    texts = page.texts
    # one pass over the lines (`rejoin_dashed` reads the same list): most pages print no
    # line that starts with a dash, and the pass is done
    # and a dash alone on its line (most pages print none), found in the same C pass
    page.dash_starts, lone = _dash_lines(texts)
    dashed = sorted(page.dash_starts + lone) if lone else page.dash_starts
    joins: dict[int, int] = {}
    prose = -1  # the first story-like line's index (`_first_prose`), once a lone dash asks
    for i in dashed:
        best = 0
        line, end_line = texts[i], i
        if len(line) == 1 and prose == -1:
            prose = _first_prose(texts)
        if len(line) == 1:
            if i + 1 >= len(texts) or i >= prose:
                continue  # a dash alone under the story's start: no dateline's (no rule asked)
            # the dash alone, the story's first words under it (kapanlagi.com 2015:
            # "Kapanlagi.com" / "-" / "Nama" / ", putra ...", a link's text a line;
            # detik.com 2015: "Jakarta" / "-" / story), no story over it (a writer box's
            # "Nama" / "-" / "<bio>" under the story is no dateline)
            line, end_line = f"{line} {texts[i + 1]}", i + 1
        for k in range(1, min(_MAX_DATELINE_PIECES, i) + 1):
            piece = texts[i - k]
            if len(piece) > _MAX_PIECE_CHARS or piece.count(" ") >= _MAX_PIECE_WORDS or (
                    len(piece) > 1 and piece.endswith(ENDS_PUNCT)):  # a lone "," is a piece
                break
            if k == 1 and "," not in piece and end_line == i:
                # a place alone over the dash line, "Jakarta" / "- story", is
                # `_split_dateline`'s (the place line keeps a verdict of its own): no
                # dateline match asked for it
                continue
            head = " ".join(texts[i - k:i]).replace(" ,", ",")
            hit = page.ruleset.match_prefix(f"{head} {line}")
            if hit is not None and hit[1].end() > len(head) + 1:
                if end_line != i and _box_label(page, head):
                    break  # a link box's label over its dashed titles: no place
                best = k
                break
        if best:
            joins[i - best] = end_line
    if not joins:
        return
    out: list[Block] = []
    i = 0
    blocks = page.blocks
    while i < len(blocks):
        last = joins.get(i)
        if last is None:
            out.append(blocks[i])
            i += 1
            continue
        head = " ".join(texts[i:last]).replace(" ,", ",")
        joined = Block(blocks[i].number, f"{head} {texts[last]}")
        out.append(joined)
        page.rejoined[joined.text] = tuple(blocks[i:last + 1])
        i = last + 1
    page.blocks = out
    page.texts = [b.text for b in out]
    page.dash_starts = None


def match_rules(page: Page) -> None:
    page.hits = page.ruleset.match_lines(page.texts, page.answers)
    page.verdicts = [None] * len(page.blocks)
    if page.rejoined:
        # a dateline `rejoin_dateline` joined over a short first piece of the story
        # ("Kapanlagi.com - Nama", the name's sentence running on under it) reads as an
        # outlet's sign-off ("Outlet - Desk"): it is the dateline it was joined as
        for i, text in enumerate(page.texts):
            hit = page.hits[i]
            if hit is not None and hit[0].kind == "signoff" and text in page.rejoined:
                page.hits[i] = None


#: A dash that a scraper printing one text node per line left at a line's end or start
#: ("Nama Penulis -" / "detikNews", "Kompas.com" / "- 28/05/2025, 13:30 WIB").
#: (String tests: a regex search for the end scanned every line of every page.)
_DASH_END: Final = (" -", " --", " –", " —")
DASH_START: Final = ("- ", "-- ", "– ", "— ")


def dash_starts(texts: list[str]) -> list[int]:
    """The lines past the first that start with a dash (`DASH_START`)."""
    return _dash_lines(texts)[0]


def _dash_lines(texts: list[str]) -> tuple[list[int], list[int]]:
    """The lines past the first that start with a dash (`DASH_START`), and those that
    are a dash alone (`_LONE_DASHES`), in one scan in C (`map` of the unbound method; a
    comprehension cost ~0.4 us a line) of the dashes both open with (`_DASH_OPENS`);
    the few lines it finds are sorted out in Python. (Two list scans for a lone dash,
    ``"-" in texts``, cost a seed page ~23K instructions.)"""
    found = list(itertools.compress(range(len(texts)), map(str.startswith, texts, itertools.repeat(_DASH_OPENS))))
    if found and found[0] == 0:
        del found[0]
    if not found:
        return found, []
    return [i for i in found if texts[i].startswith(DASH_START)], [i for i in found if texts[i] in _LONE_DASHES]


_LONE_DASHES: Final = frozenset(("-", "–"))
#: `_dash_lines`: what a dash-started line (`DASH_START`) and a lone dash open with.
_DASH_OPENS: Final = ("-", "–", "— ")
#: `_first_prose`: a story's paragraph is this long at least.
_PROSE_CHARS: Final = 120


def _first_prose(texts: list[str]) -> int:
    """The index of the first long line that ends a sentence (the story has begun
    there), or the number of lines."""
    return next((k for k, t in enumerate(texts) if len(t) >= _PROSE_CHARS and t.endswith((".", '"', "”"))),
                len(texts))


#: `_box_label`: the kinds of rules whose lines label a box of linked titles.
_BOX_LABEL_KINDS: Final = frozenset(("related", "read_also"))


def _box_label(page: Page, text: str) -> bool:
    """``text`` is a box's label ("Berita Terkait"): amp.suara.com 2020 prints its related
    box as the label, then a lone "-" over each linked title (amp.suara.com/news/2020/12/22/
    175927/... as text in the search library's pages corpus, read 2026-12-07). On a page
    whose story prints no long paragraph (`_first_prose` finds none) the label, the dash
    and the first title were joined as a dateline ("Place - story") and read as one
    read-also line: the box's other titles stayed story (blindtext68). Asked only of the
    few short lines over a lone dash."""
    hit = page.ruleset.match_lines([text])[0]
    return hit is not None and hit[0].kind in _BOX_LABEL_KINDS


def rejoin_dashed(page: Page) -> None:
    """A field line that a node-per-line scrape broke at its dash (the by-line's
    ``Name -`` and the channel's link, a site name and its date): when the two lines
    joined as a browser prints them match a field rule other than a dateline, both
    lines take that rule (their own hits, a lone dateline or none, are dropped)."""
    texts, hits = page.texts, page.hits
    starts = page.dash_starts
    if starts is None:
        starts = dash_starts(texts)
    # the scan runs in C (`map` of the unbound method): a comprehension was ~0.4 us a line
    ends = list(itertools.compress(range(len(texts) - 1), map(str.endswith, texts, itertools.repeat(_DASH_END))))
    if not starts and not ends:
        return  # no line ends or starts with a dash (most pages)
    for i in sorted({*ends, *(k - 1 for k in starts)}):  # in page order: a join changes the next line's hit
        if not all(h is None or h[0].field == "dateline" for h in (hits[i], hits[i + 1])):
            continue
        hit = page.ruleset.match_lines([f"{texts[i]} {texts[i + 1]}"])[0]
        if hit is not None and hit[0].action == "field" and hit[0].field not in (None, "dateline"):
            hits[i] = hits[i + 1] = hit


def compiled_patterns() -> dict[str, regex.Pattern[str]]:
    """The module's patterns compiled on first use, by name (the objects it matches
    with), for `tests/test_regex_safety.py`."""
    return {"opening-credit": compiled_regex(_OPENING_CREDIT)}
