"""Stage 2, *segment*: text becomes a list of `Block`s, the unit every later stage sees.

A text scrape gives one block per non-blank line; the HTML front end gives one block
per text element. White space inside a block is folded to single spaces (no-break
spaces included), so CRLF, trailing blanks and blank-line habits of scrapers do not
change the result.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """A non-blank unit of input: its 1-based number (line, or HTML block) and text."""

    number: int
    text: str


def fold_space(text: str) -> str:
    """Strip ``text`` and turn every run of white space into one space."""
    return " ".join(text.split())


def split_lines(text: str, *, max_line_chars: int) -> list[Block]:
    """One `Block` per non-blank line, numbered as the input's lines are.

    A line longer than ``max_line_chars`` is cut into pieces of that size (all with
    the line's number), so no later stage sees an unbounded string.
    """
    blocks: list[Block] = []
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > max_line_chars:
            for start in range(0, len(line), max_line_chars):
                piece = fold_space(line[start:start + max_line_chars])
                if piece:
                    blocks.append(Block(number, piece))
            continue
        folded = fold_space(line)
        if folded:
            blocks.append(Block(number, folded))
    return blocks
