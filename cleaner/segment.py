"""Stage 2, *segment*: text becomes a list of `Block`s, the unit every later stage sees.

A text scrape gives one block per non-blank line; the HTML front end gives one block
per text element. White space inside a block is folded to single spaces (no-break
spaces included), so CRLF, trailing blanks and blank-line habits of scrapers do not
change the result.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .errors import InputTooLargeError
from .lazy import compiled_re

if TYPE_CHECKING:
    import regex


@dataclass(slots=True)
class Block:
    """A non-blank unit of input: its 1-based number (line, or HTML block) and text.

    A plain slots record: the passes build new blocks and never change one."""

    number: int
    text: str

    def __init__(self, number: int, text: str) -> None:
        # Explicit, as in every class the compiled build makes per line: mypyc compiles
        # this one, but builds a dataclass through its generated (interpreted) __init__.
        self.number = number
        self.text = text

    def __reduce__(self) -> tuple[type[Block], tuple[int, str]]:
        # Explicit for the compiled build, whose native classes pickle only this way.
        return Block, (self.number, self.text)


def fold_space(text: str) -> str:
    """Strip ``text`` and turn every run of white space into one space."""
    # Most values are folded already (they come from blocks); checking is cheaper than
    # splitting and joining. White space other than the space is unprintable.
    if text.isprintable() and text[:1] != " " and text[-1:] != " " and "  " not in text:
        return text
    return " ".join(text.split())


def letters_only(text: str) -> str:
    """``text`` in lower case with only its letters and digits: "Kompas.com", "kompas com"
    and "KOMPAS.COM" are one name (site names in titles, hosts and front matter)."""
    return "".join(filter(str.isalnum, text.lower()))


#: The white space characters (``str.split`` splits on them) that a line can hold, other
#: than the space: all but ``\n`` and ``\r`` (`lines`). Checked against every code point
#: by tests/test_segment.py.
_INLINE_SPACE: Final = (
    "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_INLINE_SPACE_ASCII: Final = "\t\x0b\x0c\x1c\x1d\x1e\x1f"


#: Characters that print as nothing: a line of only these (and spaces) is blank, and
#: at a line's ends they are stripped with its spaces. Kept inside a line (U+00AD marks
#: where a word may break; U+200D joins emoji).
INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
INVISIBLE_OR_SPACE: Final = INVISIBLE + " "


def lines(text: str) -> list[str]:
    """The lines of ``text``, split at ``\n``, ``\r\n`` and ``\r`` only.

    Not `str.splitlines`, which also splits at U+0085, U+2028 and U+2029: those are
    white space inside a paragraph (a cp1252 ellipsis read as latin-1 is U+0085), and
    folding turns them into a space like any other.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def split_lines(text: str, *, max_line_chars: int, max_lines: int | None = None) -> list[Block]:
    """One `Block` per non-blank line, numbered as the input's lines are.

    A line longer than ``max_line_chars`` raises `InputTooLargeError`: a line that
    long is not a paragraph (it is minified code, a data blob, or a whole page that
    lost its line breaks), and cutting it at a fixed width would cut words in two.
    More than ``max_lines`` non-blank lines raise it too, after reading no more than
    that many: a page of millions of short lines is no article, and its blocks alone
    would take gigabytes.
    """
    # White space other than the space becomes a space first (the same words, so the
    # same folded lines): one C-level scan per kind for the page, where asking each line
    # for unprintable characters (str.isprintable) was a third of this function's time.
    # Then a line needs folding only for spaces at its ends or two in a row.
    for space in _INLINE_SPACE if not text.isascii() else _INLINE_SPACE_ASCII:
        if space in text:
            text = text.replace(space, " ")
    blocks: list[Block] = []
    append = blocks.append
    numbered: Iterable[tuple[int, str]]
    # (A text has no more line breaks than characters: most pages need no count.)
    if max_lines is not None and len(text) > 2 * max_lines and text.count("\n") + text.count("\r") > 2 * max_lines:
        numbered = _lazy_lines(text)  # not millions of line strings at once
    else:
        numbered = enumerate(lines(text), 1)
    limit = max_lines if max_lines is not None else -1
    invisible = not text.isascii() and any(c in text for c in INVISIBLE)
    for number, line in numbered:
        if not line:
            continue
        if len(line) > max_line_chars:
            raise InputTooLargeError(
                f"line {number:,} is {len(line):,} characters long, over max_line_chars="
                f"{max_line_chars:,}; no paragraph is that long (minified code or data?). "
                "Raise CleanOptions.max_line_chars (--max-line-chars) to accept it"
            )
        # Most lines are folded already, which is cheaper to check than to fold again.
        # The space is the line's only white space by now, so a line with no two in a
        # row folds by a strip of its ends (a scrape's trailing blank: 5 lines a seed
        # page), where split and join made a string of each word.
        if "  " in line:
            line = " ".join(line.split())
            if not line:
                continue
        elif line[0] == " " or line[-1] == " ":
            line = line.strip(" ")
            if not line:
                continue
        if invisible:
            # Characters that print as nothing are blank at a line's ends as spaces are:
            # stripped with them (a line of only these is no paragraph); kept inside it,
            # where they are no white space (SPEC: nothing else in the text changes). At
            # an end they hid the line's shape and start from every rule ("\ufeffBaca
            # juga: ..." stayed in the body; a sentence ending in "\u200b" read as none).
            line = line.strip(INVISIBLE_OR_SPACE)
            if not line:
                continue
        if len(blocks) == limit:
            raise InputTooLargeError(
                f"the page has more than {limit:,} non-blank lines (max_lines; line {number:,}); "
                "no news page is that long. Raise CleanOptions.max_lines (--max-lines) to accept it"
            )
        append(Block(number, line))
    return blocks


# A line holding more than spaces (other white space is a space by then), matched only
# from a line's start, so a long run of spaces is read once.
# (Compiled on first use, `cleaner.lazy`: only a text of more lines than `split_lines`'s
# ``max_lines`` allows reads it.)
_NON_BLANK_RUN: Final = r"(?<![^\n\r]) *+[^ \n\r][^\n\r]*+"


def _lazy_lines(text: str) -> Iterator[tuple[int, str]]:
    """``enumerate(lines(text), 1)`` without its empty lines and lines of spaces, one
    line at a time (those are skipped in C: a page of blank lines costs no Python loop)."""
    number, pos = 1, 0
    for m in compiled_re(_NON_BLANK_RUN).finditer(text):
        start = m.start()
        # Count line breaks as `lines` does: "\r\n" is one, a lone "\r" or "\n" one.
        gap = text[pos:start] if start - pos < 64 else None
        if gap is not None:
            number += gap.count("\n") + gap.count("\r") - gap.count("\r\n")
        else:
            number += text.count("\n", pos, start) + text.count("\r", pos, start) - text.count("\r\n", pos, start)
        pos = start
        yield number, m.group()


def _gating(needles: tuple[frozenset[str], ...],
            also: tuple[tuple[tuple[str, ...], ...], ...] | None) -> list[frozenset[str]]:
    """Per split rule, the literals the gate looks for over the page: its needles, or one
    of its ``also`` groups whose every literal holds a literal the gate looks for anyway
    for another rule (split-read-also-bracketed's "(" and "[", which split-initials' gate
    scans find: its labels "Simak ", "SIMAK JUGA", "LIHAT JUGA" were three more page-wide
    scans, ~12K instructions a bulk row in the pure build, four times its regex calls;
    benchmarks/README.md, rulecost25). Either is held by every match, so the lines it
    lets through hold every line the rule cuts; `Splitter.split` asks a line for the
    needles and the groups all the same."""
    gating = list(needles)
    for i, groups in enumerate(also or ()):
        others = {n for j, group in enumerate(needles) if j != i for n in group}
        for group in groups:
            if needles[i] and all(any(o in x for o in others) for x in group):
                gating[i] = frozenset(group)
                break
    return gating


def holds_each(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``text`` holds one literal of each of ``groups`` (`Shape.also`'s: the line
    matcher's screen, `Splitter`'s ``also``)."""
    for group in groups:
        for needle in group:
            if needle in text:
                break
        else:
            return False
    return True


def _scan_letter(literal: str) -> int:
    """Where in ``literal`` the character to scan a page for first stands (`Splitter`):
    its first capital letter, else its first mark that is no letter, digit or space (a
    backslash, a bracket), else -1 (no such character: the literal is scanned for
    itself). A page prints them seldom, so ``memchr`` passes over most of it; a literal
    of small letters alone ("\\n", an escaped break) scanned for itself stops at every
    "n" of the page."""
    k = next((k for k, c in enumerate(literal) if "A" <= c <= "Z"), -1)
    if k < 0:
        k = next((k for k, c in enumerate(literal) if not (c.isalnum() or c.isspace())), -1)
    return k


class Splitter:
    """Cuts a line that glues chrome to text into its parts (SPEC: "A line that glues
    chrome to text"). ``patterns`` are the rule set's ``split`` rules (compiled): each
    match marks a chrome part (its start and end are cuts); a zero-width match is one
    cut. The parts go through the rules as lines of their own.

    Most lines hold no chrome: per rule, a C-level scan for the literals every match
    holds (``needles``) rules it out before its regex runs. Each rule's regex is run on
    its own: joined into one alternation they lose the engine's literal search and cost
    ~50x more per line. A rule whose matches share no literal is always run; none runs
    on a line shorter than its shortest match (``min_lens``) or missing one of the other
    literals its every match holds (``also``: the bracket of a bracketed link)."""

    __slots__ = ("_all", "_by_mask", "_capitals", "_gate", "_needles", "_patterns", "_rules")

    def __init__(self, patterns: tuple[regex.Pattern[str], ...], needles: tuple[frozenset[str], ...],
                 min_lens: tuple[int, ...] | None = None,
                 also: tuple[tuple[tuple[str, ...], ...], ...] | None = None) -> None:
        """``min_lens``: per rule, the fewest characters its match spans (a shorter line
        is not searched); default: no claim. ``also``: per rule, literal groups its every
        match holds one of each of (`cleaner.match.compile.split_also`: a line missing
        one is not searched); default: none."""
        # The rules' own compiled patterns: compiling their text again costs a rule set's
        # first page ~5 ms when the rule set came from the disk cache.
        self._patterns = patterns
        # A line holds one of a rule's needles when it holds one of those that hold no
        # other ("Baca" for "Baca Juga" too): fewer scans for a line that holds none.
        self._needles = tuple(tuple(sorted(x for x in n if not any(o != x and o in x for o in n))) for n in needles)
        self._rules = tuple(zip(range(len(patterns)), patterns, self._needles,
                                min_lens if min_lens is not None else (0,) * len(patterns),
                                also if also is not None else ((),) * len(patterns), strict=True))
        self._all = (1 << len(patterns)) - 1
        #: Per rule mask `split` was asked with, its rules (`_rules`' entries) in order: a
        #: candidate line's mask holds a rule or two of ~20, which the loop tested bit by
        #: bit (each split rule added cost every candidate line ~10 bytecodes: cost62).
        self._by_mask: dict[int, tuple[tuple[int, regex.Pattern[str], tuple[str, ...], int,
                                             tuple[tuple[str, ...], ...]], ...]] = {}
        # The gate: the literals, none that holds another (a line that holds "SCROLL TO
        # ..." holds "SCROLL" too), each with the rules one of whose literals holds it.
        gating = _gating(needles, also)
        every = {n for group in gating for n in group}
        gate = sorted(n for n in every if not any(o != n and o in n for o in every))
        self._gate: tuple[tuple[str, int], ...] | None = None if any(not n for n in gating) else tuple(
            (g, sum(1 << i for i, group in enumerate(gating) if any(g in n for n in group))) for g in gate)
        # The gate's literals by their first capital letter (else mark: `_scan_letter`) and
        # its offset (those with none: "" and 0), each group after one scan for it from that offset,
        # which `memchr` does (a few instructions a line): no literal of the group starts
        # before that capital's first occurrence less the offset, none at all when it is
        # missing. A scan for a literal of common letters tries most of a page's
        # positions; from the capital on, only the rest (compiled build: ~94K -> ~83K
        # instructions a bulk row, textspeed17).
        groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
        for g, rules in self._gate or ():
            k = _scan_letter(g) if len(g) > 1 else -1
            groups.setdefault((g[k], k) if k >= 0 else ("", 0), []).append((g, rules))
        self._capitals: tuple[tuple[str, int, tuple[tuple[str, int], ...]], ...] = tuple(
            (c, k, tuple(group)) for (c, k), group in sorted(groups.items()))

    def candidates(self, texts: list[str], page: str | None = None) -> dict[int, int]:
        """The lines of ``texts`` (a page's) that a split rule may cut, each with the
        bit mask of those rules: the gate's literals are looked for in the whole page
        first (one C-level scan each; ``page``: ``"\n".join(texts)`` when the caller has
        it), then only where one is found, each occurrence's line told by its offset."""
        gate = self._gate
        if gate is None:
            return dict.fromkeys(range(len(texts)), self._all)
        if page is None:
            page = "\n".join(texts)
        found: dict[int, int] = {}
        starts: list[int] | None = None  # each line's offset in ``page``, when needed
        for capital, offset, group in self._capitals:
            first = page.find(capital, offset) - offset
            if first < 0:
                continue
            for needle, rules in group:
                pos = page.find(needle, first)
                if pos < 0:
                    continue
                if "\n" in needle:  # may span two lines of the page: ask each line
                    for i in [i for i, text in enumerate(texts) if needle in text]:
                        found[i] = found.get(i, 0) | rules
                    continue
                if starts is None:
                    starts = list(itertools.accumulate([len(t) + 1 for t in texts], initial=0))
                while pos >= 0:  # a literal with no line break lies inside one line
                    i = bisect.bisect_right(starts, pos) - 1
                    found[i] = found.get(i, 0) | rules
                    pos = page.find(needle, starts[i + 1])
        return found

    def may_split(self, text: str) -> bool:
        """False when no split rule can match ``text`` (the cheap test)."""
        gate = self._gate
        return gate is None or any(needle in text for needle, _ in gate)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Each split rule match's ``(start, end)`` in ``text``, in order."""
        found: set[tuple[int, int]] = set()
        for pattern, needles in zip(self._patterns, self._needles, strict=True):
            if not needles or any(needle in text for needle in needles):
                found.update(m.span() for m in pattern.finditer(text))
        return sorted(found)

    def split(self, text: str, rules: int = -1) -> list[str]:
        """The parts of ``text``, stripped, in order; ``[text]`` when nothing cuts it.
        ``rules``: a bit mask of the rules to try (`candidates`), default all."""
        cuts: set[int] | None = None  # made at the first match: most candidates have none
        n = len(text)
        chosen = self._by_mask.get(rules)
        if chosen is None:
            chosen = self._by_mask[rules] = tuple(r for r in self._rules if rules >> r[0] & 1)
        for _, pattern, needles, min_len, also in chosen:
            if n < min_len:
                continue
            for needle in needles:
                if needle in text:
                    break
            else:
                if needles:
                    continue
            if also and not holds_each(text, also):
                continue
            # One search first: most lines the literals let through hold no match, and a
            # failing `search` costs ~0.55 us where `finditer` sets up its scanner for
            # ~0.95 (split-initials' "(" lines, ~1.9 a bulk row; benchmarks/README.md,
            # textpass22). A line that matches is searched again from its start.
            if pattern.search(text) is None:
                continue
            for m in pattern.finditer(text):
                if cuts is None:
                    cuts = {0, n}
                cuts.add(m.start())
                cuts.add(m.end())
        if cuts is None or len(cuts) == 2:
            return [text]
        edges = sorted(cuts)
        parts = [text[a:b].strip() for a, b in itertools.pairwise(edges)]
        return [p for p in parts if p]


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns this module compiles on first use, by name (the objects it matches
    with), for `tests/test_regex_safety.py`."""
    return {"non-blank-run": compiled_re(_NON_BLANK_RUN)}
