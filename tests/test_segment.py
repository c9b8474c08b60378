"""Segment: split_lines gives the blocks of folding every line (cleaner/segment.py
skips the fold for lines that are folded already, and builds blocks directly)."""

from __future__ import annotations

import random

import pytest

from cleaner.errors import InputTooLargeError
from cleaner.segment import (
    _INLINE_SPACE,
    _INLINE_SPACE_ASCII,
    INVISIBLE,
    Block,
    fold_space,
    lines,
    split_lines,
)


def test_split_lines_folds_like_fold_space() -> None:
    """split_lines skips folding lines that are folded already; the blocks must be those
    of folding every line (every white space character, unprintable ones, edges)."""
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    alphabet = [*spaces, "a", "b", ".", "“", "\u200b", "\xad", "é", "  "]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        # A line of only invisible characters (U+200B, U+00AD, ...) is blank too, and at
        # a line's ends they are stripped with its spaces (kept inside it).
        expected = [Block(n, f) for n, line in enumerate(lines(text), 1)
                    if (f := fold_space(line).strip(INVISIBLE + " "))]
        assert split_lines(text, max_line_chars=10**6) == expected, repr(text)
        first = next((len(line) for line in lines(text) if len(line) > 5), None)
        if first is not None:  # a line over the limit is an error, not cut into pieces
            with pytest.raises(InputTooLargeError, match=f"is {first:,} characters long"):
                split_lines(text, max_line_chars=5)
        else:
            assert split_lines(text, max_line_chars=5) == expected, repr(text)


def test_inline_space_is_every_white_space_a_line_can_hold() -> None:
    """split_lines turns these into spaces before it looks at lines: they must be all
    the white space but the space that does not break lines."""
    inline = [c for c in map(chr, range(0x110000)) if c.isspace() and c not in " \n\r"]
    assert list(_INLINE_SPACE) == inline
    assert list(_INLINE_SPACE_ASCII) == [c for c in inline if c.isascii()]


def test_lines_break_at_newlines_only() -> None:
    """\\n, \\r\\n and \\r end a line; the other separators str.splitlines knows are
    white space inside a paragraph (a cp1252 ellipsis read as latin-1 is U+0085)."""
    assert lines("a\nb\r\nc\rd\n") == ["a", "b", "c", "d", ""]
    text = "Satu\u2028dua\u2029tiga\x85empat.\r\nLima."
    assert split_lines(text, max_line_chars=100) == [Block(1, "Satu dua tiga empat."), Block(2, "Lima.")]


def test_blocks_are_slots_records() -> None:
    block = split_lines("\n\n  teks  ", max_line_chars=100)[0]
    assert block == Block(3, "teks") and block != Block(3, "lain")
    assert repr(block) == "Block(number=3, text='teks')"
    assert not hasattr(block, "__dict__")


def test_fold_space_on_every_white_space() -> None:
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    alphabet = [*spaces, "a", ".", "“", "\u200b", "\xad", "  "]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert fold_space(text) == " ".join(text.split()), repr(text)


def test_story_lines_never_reach_a_split_regex() -> None:
    """The literal scan rules out every line of a page with no glued chrome, so the
    split rules' regexes never run on it; a glued line is a candidate, and only for
    the rules whose literals it holds."""
    from cleaner.engine import splitter_for
    from cleaner.rules import load_ruleset
    from tests.pages import STORY, TITLE

    splitter = splitter_for(load_ruleset("generic"))
    assert splitter.candidates([TITLE, *STORY]) == {}
    glued = STORY[0] + "Baca juga: Harga Cabai Naik Lagi di Pasar Induk"
    found = splitter.candidates([TITLE, glued, *STORY[1:]])
    assert list(found) == [1]
    assert splitter.split(glued, found[1]) == [STORY[0], "Baca juga: Harga Cabai Naik Lagi di Pasar Induk"]
    assert splitter.split(STORY[1]) == [STORY[1]]


def test_the_split_gate_finds_what_a_scan_of_every_line_finds() -> None:
    """The gate looks for a literal only from its first capital's first occurrence on
    (less the capital's offset), and not at all when that capital is missing: the lines
    it gives, and their rules, are those a scan of each line for each literal gives,
    wherever the capital falls (page start, before the literal, only inside it)."""
    import regex

    from cleaner.segment import Splitter

    literals = [["Baca ", "BACA JUGA"], ["x.CO"], ["Editor", "EDITOR"], ["erita dan "], ["(", "Lihat "], ["ab Cd"]]
    splitter = Splitter(tuple(regex.compile(regex.escape(g[0])) for g in literals),
                        tuple(frozenset(g) for g in literals))
    pieces = ["Baca ", "BACA JUGA", "B", "x.CO", ".CO", "C", "Editor", "EDITOR", "E", "erita dan ", "(",
              "Lihat ", "L", "ab Cd", "Cd", "ab ", "teks biasa ", "\n"]
    rng = random.Random(17)
    for _ in range(3000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        texts = page.split("\n")
        expected: dict[int, int] = {}
        for i, text in enumerate(texts):
            mask = sum(1 << r for r, group in enumerate(literals) if any(g in text for g in group))
            if mask:
                expected[i] = mask
        assert splitter.candidates(texts) == expected, repr(page)
        assert splitter.candidates(texts, page) == expected, repr(page)
