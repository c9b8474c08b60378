"""Find the first rule that matches a line without trying the rules that cannot.

Matching every line against a rule set's alternation costs every branch on every
line, and a few branches scan the whole line (``.{3,600}\\bFoto``): on story
paragraphs, which no rule matches, that was most of the cleaning time. So each
pattern is read once, when its rule set is compiled, for facts that hold for every
line it matches:

* how a match can **start**: one of a few literal words (``Baca Juga``, ``Senin``),
  or a character of a set (a digit, an opening bracket);
* which characters it can **end** with;
* its shortest and longest **length**;
* literal text every match **holds** (``Foto`` in a photo credit).

Per line, a few table look-ups and one ``str.startswith`` (over every rule's words
at once, in C) leave the rules that could match; they are tried in file order, and
each, when its turn comes, first by a C-level ``in`` for its literals (a literal
found or missing answers for every rule that shares it), then by its own compiled
pattern. A story line usually leaves one or none. A line a page prints again gets
its first answer. For rules that match the start of a line (datelines), only the
start and the literals count, and the literals only as far into the line as a
match the caller keeps can reach (`LineMatcher.match_capped`).

The facts are read from the pattern's parse tree (the standard library's ``re``
parser: rule patterns use the syntax both engines share). Whatever the reader does
not know for sure counts as "any": a case-insensitive part, a category such as
``\\d`` for a non-ASCII character (engines differ there), syntax only the ``regex``
module has (the whole rule is then always tried). So the filter can only let more
rules through, never fewer, and lines are still matched by the ``regex`` engine.
tests/test_prefilter.py checks the answers against the joined alternation.

``CLEANER_PREFILTER=0`` in the environment turns the filter off for the rule sets a
process compiles (every rule is then tried, in order): for debugging a rule, or to
rule the filter out when a record looks wrong. The answers are the same.
"""

from __future__ import annotations

import functools
import importlib
import operator
import os
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar, final

import regex

from ..segment import holds_each

T = TypeVar("T")

#: Lengths below this are looked up one by one; longer lines share one entry.
LENGTH_CAP: Final = 2048
#: Literal starts are followed this far (longer words discriminate no better).
_MAX_WORD: Final = 8
#: A case-insensitive letter is a literal start by its cases (`_cases`: ``p``, ``P``),
#: followed this far (each letter multiplies the words by its cases).
_ICASE_WORD: Final = 3
#: A case-insensitive letter with more cases than this starts no words.
_MAX_CASES: Final = 4
#: More literal starts than this for one rule: fall back to its first characters.
_MAX_WORDS: Final = 2048
#: A character set with more members than this is not spelled out as literal starts.
_MAX_SPELLED: Final = 16
#: A rule that may start with any of this many characters (or more) is "wide": most lines
#: reach its regex, so its literals are always worth a pre-check.
_WIDE_START: Final = 20
#: A narrow rule's literals are pre-checked when they are at most this many (one scan each).
_MAX_NEEDLES: Final = 4
#: The most literals of a `Shape.also` group that a screen asks a line for (the line
#: matcher's, `cleaner.match.compile.split_also`'s).
MAX_GROUP_LITERALS: Final = _MAX_NEEDLES
#: A literal run this short is joined to the literal starts of the group after it (at
#: most `_MAX_LEADS` of them) to make needles a line check can rule out: ``"id"`` is in
#: most story lines, ``".id"`` in few. Longer runs are selective alone, and more needles
#: cost more page-wide scans (the split gate, fingerprints).
_SHORT_RUN: Final = 2
#: (Twelve: the ``{outlet}`` macro's domain endings after ``\.`` are nine since ``Com``
#: joined them; at eight the dateline and sign-off rules that use it read the bare
#: endings "id", "com", "CO" as literals, which most story lines hold: benchmarks/README.md,
#: rulecost25.)
_MAX_LEADS: Final = 12
#: Characters in nearly every story line: a set of literal characters that holds one of
#: them is no group of `Shape.also` (`_Reader.class_sets`).
_EVERY_LINE: Final = frozenset(".,")
#: Characters in many story lines, never asked for before a rule's longer literals
#: (`_memchr_first`): those of `_EVERY_LINE`, a space, a hyphen.
_NOT_FIRST: Final = _EVERY_LINE | frozenset(" -")
#: The name (less a number) of a group that stands for a lookaround in a source given to
#: `shape` (`cleaner.match.compile.split_needles`).
LOOKAROUND_GROUP: Final = "_prefilter_lookaround_"
#: Ranges wider than this in a character set count as "any character".
_MAX_RANGE: Final = 1024

# What the categories hold among ASCII characters, where both engines agree. For other
# characters a category "may" hold them. ``\s`` takes 0x1c-0x1f too (``re`` does).
_ASCII_CATEGORY: Final = {
    "digit": frozenset("0123456789"),
    "space": frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"),
    "word": frozenset("0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
}
ASCII: Final = tuple(chr(i) for i in range(128))
#: Non-ASCII characters that many lines start or end with (a quotation's marks, a list's
#: bullet, a dash): the edge tables (`_char_table`) list them with what the engines'
#: categories say of each, where another non-ASCII character "may" be in any category
#: (a paragraph opening with "“" reached every rule that may start with a digit).
COMMON: Final = tuple("“”‘’–—•·●«»©…")
_CATEGORY_PATTERN: Final = {"digit": r"\d", "space": r"\s", "word": r"\w"}


@dataclass(frozen=True, slots=True)
class CharSet:
    """Characters a position may hold: ``chars`` (every character but ``chars`` when
    ``negated``), plus, when not negated, the members of the ``categories``."""

    negated: bool
    chars: frozenset[str]
    categories: frozenset[str] = frozenset()

    def __reduce__(self) -> tuple[type[CharSet], tuple[bool, frozenset[str], frozenset[str]]]:
        # Explicit for the compiled build, whose native classes pickle only this way.
        return CharSet, (self.negated, self.chars, self.categories)

    def union(self, other: CharSet) -> CharSet:
        a, b = self, other
        if a.negated and b.negated:
            return CharSet(True, a.chars & b.chars)
        if a.negated or b.negated:
            neg, pos = (a, b) if a.negated else (b, a)
            # A category beside a negated set: conservatively, any character.
            return ANY if pos.categories else CharSet(True, neg.chars - pos.chars)
        return CharSet(False, a.chars | b.chars, a.categories | b.categories)

    def may_hold(self, ch: str) -> bool:
        """False only when ``ch`` is surely not in the set."""
        if self.negated:
            return ch not in self.chars
        if ch in self.chars:
            return True
        if not ch.isascii():
            return bool(self.categories)
        return any(ch in _ASCII_CATEGORY[c] for c in self.categories)


ANY: Final = CharSet(True, frozenset())
EMPTY: Final = CharSet(False, frozenset())

#: A literal start: the word, and whether the element it came from ends with it
#: (so the next element may extend it).
Word = tuple[str, bool]
#: A parsed sequence: (opcode, argument) pairs of ``re._parser``.
Items = Sequence[tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class Shape:
    """What every whole-line match of a pattern looks like. A match starts with one of
    ``words`` or with a character of ``first``; ends with a character of ``last``; and
    holds one of ``needles`` somewhere (no claim when there are none), and one of each
    group of ``also`` too (other literals every match holds: the ``©`` of a credit whose
    ``needles`` are its ``/``; each group the fewest literals, sorted)."""

    words: frozenset[str]
    first: CharSet
    last: CharSet
    min_len: int
    max_len: int | None  # None: unbounded
    needles: frozenset[str] = frozenset()
    also: tuple[tuple[str, ...], ...] = ()
    #: A match whose last character ``core`` cannot hold holds one of ``guards`` (the
    #: literals of the alternatives that end wide: ``Update.{0,60}``, ``Ke halaman
    #: \d\b.{0,60}``); None: no such claim (`_Reader.tail`).
    tail: tuple[CharSet, frozenset[str]] | None = None

    def __reduce__(self) -> tuple[type[Shape], tuple[Any, ...]]:
        return Shape, (self.words, self.first, self.last, self.min_len, self.max_len, self.needles, self.also,
                       self.tail)


UNKNOWN: Final = Shape(frozenset(), ANY, ANY, 0, None)


class _Unknown(Exception):
    """The reader met something it makes no claim about."""


def shape(source: str) -> Shape:
    """The `Shape` of a pattern; `UNKNOWN` when its syntax is not plain ``re`` syntax.
    A group named `LOOKAROUND_GROUP` and a number stands for a lookaround
    (`cleaner.match.compile.split_needles`): needles never join a literal run to its
    start (the text a lookbehind reads lies before the run's end, not after it)."""
    try:
        # The standard library's own parser for ``re`` (a private module: any change
        # in it lands in the except below, and only costs speed).
        _parser: Any = importlib.import_module("re._parser")
        _constants: Any = importlib.import_module("re._constants")
        with warnings.catch_warnings():
            # ``re`` warns where it reads a set differently from ``regex`` ([[:alpha:]], --).
            warnings.simplefilter("error")
            parsed = _parser.parse(source)
        apart = frozenset(i for name, i in parsed.state.groupdict.items() if name.startswith(LOOKAROUND_GROUP))
        reader = _Reader(_constants, apart=apart)
        icase = bool(parsed.state.flags & _constants.SRE_FLAG_IGNORECASE)
        items = list(parsed)
        lo, hi = parsed.getwidth()
        last = reader.edge(items, icase, from_end=True)[0]
        try:
            words, first = reader.starts(items, icase)
        except _Unknown:
            words, first = frozenset(), reader.edge(items, icase, from_end=False)[0]
        sets = reader.needle_sets(items, icase)
        needles = reader.needles(items, icase) or frozenset()
        also = _also(needles, [*sets, *reader.class_sets(items, icase)])
        tail = reader.tail(items, icase) if lo >= 1 and _wide(last) else None
        if tail is not None and tail[1] == frozenset(fewest(needles)):
            tail = None  # a line holds one of them anyway
    except Exception:  # any surprise means: no filtering for this rule
        return UNKNOWN
    return Shape(words, first, last, lo, hi if hi < _constants.MAXREPEAT else None, needles, also, tail)


def _also(needles: frozenset[str], sets: list[frozenset[str]]) -> tuple[tuple[str, ...], ...]:
    """The literal groups besides ``needles`` worth a scan: one that ``needles`` implies
    (each of them holds one of its literals) says nothing more, and one of a lone space
    rules out no line of two words."""
    out: list[tuple[str, ...]] = []
    for found in sets:
        group = fewest(found)
        if group == (" ",) or group in out or (needles and all(any(x in n for x in group) for n in needles)):
            continue
        out.append(group)
    return tuple(out)


class _Reader:
    """Walks a parse tree of ``re._parser`` (its opcodes are in ``re._constants``)."""

    def __init__(self, k: Any, *, apart: frozenset[int] = frozenset()) -> None:
        self.k = k
        self.apart = apart  # the groups that stand for lookarounds: no run is joined to them
        self.icase_flag = k.SRE_FLAG_IGNORECASE
        self.repeats = {k.MAX_REPEAT, k.MIN_REPEAT, getattr(k, "POSSESSIVE_REPEAT", k.MAX_REPEAT)}
        self.zero_width = {k.AT, k.ASSERT, k.ASSERT_NOT}
        self.categories = {
            k.CATEGORY_DIGIT: "digit", k.CATEGORY_SPACE: "space", k.CATEGORY_WORD: "word",
        }

    # -- characters at the edges ---------------------------------------------------

    def edge(self, items: Items, icase: bool, *, from_end: bool) -> tuple[CharSet, bool]:
        """The characters a sequence can start (or end) with, and whether it can be empty."""
        found = EMPTY
        for op, av in reversed(items) if from_end else items:
            chars, nullable = self._edge_item(op, av, icase, from_end)
            found = found.union(chars)
            if not nullable:
                return found, False
        return found, True

    def _edge_item(self, op: Any, av: Any, icase: bool, from_end: bool) -> tuple[CharSet, bool]:
        k = self.k
        if op is k.LITERAL:
            return (_cases(chr(av)) if icase else CharSet(False, frozenset(chr(av)))), False
        if op is k.NOT_LITERAL:
            return (ANY if icase else CharSet(True, frozenset(chr(av)))), False
        if op is k.ANY:
            return ANY, False
        if op is k.IN:
            return (ANY if icase else self.charset(av)), False
        if op in self.repeats:
            lo, hi, sub = av
            if hi == 0:
                return EMPTY, True
            chars, nullable = self.edge(sub, icase, from_end=from_end)
            return chars, nullable or lo == 0
        if op is k.SUBPATTERN:
            return self.edge(av[3], self._flags(av, icase), from_end=from_end)
        if op is getattr(k, "ATOMIC_GROUP", None):
            return self.edge(av, icase, from_end=from_end)
        if op is k.BRANCH:
            found, nullable = EMPTY, False
            for branch in av[1]:
                chars, empty = self.edge(branch, icase, from_end=from_end)
                found, nullable = found.union(chars), nullable or empty
            return found, nullable
        if op in self.zero_width:
            return EMPTY, True  # zero width: the next item decides
        return ANY, True  # back-references, conditionals, anything new: no claim

    def tail(self, items: Items, icase: bool) -> tuple[CharSet, frozenset[str]] | None:
        """How a match ends, split by the alternatives of its last item (an optional
        group, a branch, and so on inward: `_ends`): the characters every way of ending
        can end with, except the wide ways (ending with any character, ``.{0,60}``) whose
        alternative holds a literal (``core``), and those literals (`Shape.tail`). None
        when that rules nothing out (no such way, or ``core`` is any character)."""
        core = EMPTY
        guards: set[str] = set()
        for chars, found in self._ends(items, icase, EMPTY):
            if found is not None and _wide(chars):
                guards |= found
            else:
                core = core.union(chars)
        if not guards or core == ANY or "" in guards:
            return None
        group = fewest(frozenset(guards))
        return None if group == (" ",) else (core, frozenset(group))  # a space: most lines hold one

    def _ends(self, items: Items, icase: bool, before: CharSet) -> list[tuple[CharSet, frozenset[str] | None]]:
        """The ways a match of ``items`` ends: the characters it can end with, and the
        literals one of which every match ending that way holds (None: no claim).
        ``before``: the characters the text before the items can end with (an empty match
        ends there). Split only by the last item's alternatives, and theirs."""
        if not items:
            return [(before, None)]
        op, av = items[-1]
        rest = items[:-1]
        chars, nullable = self.edge(rest, icase, from_end=True)
        rest_end = chars.union(before) if nullable else chars
        alternatives = self._alternatives(op, av, icase)
        if alternatives is None:
            chars, nullable = self._edge_item(op, av, icase, True)
            return [(chars.union(rest_end) if nullable else chars, None)]
        out: list[tuple[CharSet, frozenset[str] | None]] = []
        for alternative, sub_icase in alternatives:
            found = self.needles(alternative, sub_icase) if alternative else None
            for chars, inner in self._ends(alternative, sub_icase, rest_end):
                out.append((chars, inner if inner is not None else found))
        return out

    def _alternatives(self, op: Any, av: Any, icase: bool) -> list[tuple[Items, bool]] | None:
        """The alternatives of an item that is a choice: an optional item (nothing, or its
        items), a branch; a group is one alternative (its items, split in turn by `_ends`);
        None for any other item."""
        k = self.k
        if op in self.repeats:
            lo, hi, sub = av
            return [([], icase), (sub, icase)] if lo == 0 and hi == 1 else None
        if op is k.SUBPATTERN:
            return [(av[3], self._flags(av, icase))]
        if op is k.BRANCH:
            return [(branch, icase) for branch in av[1]]
        return None

    def _flags(self, av: Any, icase: bool) -> bool:
        _group, add, remove, _sub = av
        return (icase or bool(add & self.icase_flag)) and not remove & self.icase_flag

    def charset(self, items: Items) -> CharSet:
        """A ``[...]`` set. In a negated set, categories are left out (the set only
        grows); a negated category (``\\S``) in a plain set makes it ANY."""
        k = self.k
        negated = bool(items) and items[0][0] is k.NEGATE
        chars: set[str] = set()
        categories: set[str] = set()
        for op, av in items[1:] if negated else items:
            if op is k.LITERAL:
                chars.add(chr(av))
            elif op is k.RANGE and av[1] - av[0] <= _MAX_RANGE:
                chars.update(chr(x) for x in range(av[0], av[1] + 1))
            elif op is k.CATEGORY and negated:
                continue
            elif op is k.CATEGORY and av in self.categories:
                categories.add(self.categories[av])
            else:
                return ANY
        return CharSet(negated, frozenset(chars), frozenset(categories))

    # -- literal starts ----------------------------------------------------------------

    def starts(self, items: Items, icase: bool) -> tuple[frozenset[str], CharSet]:
        """How a whole match starts: one of some literal words, or a character of a set.
        Raises `_Unknown` when the pattern's start cannot be told that way."""
        words, chars = self._seq_starts(items, icase)
        if ("", True) in words:
            raise _Unknown  # the pattern could match the empty string
        return frozenset(w for w, _ in words), chars

    def _seq_starts(self, items: Items, icase: bool) -> tuple[set[Word], CharSet]:
        words: set[Word] = {("", True)}
        chars = EMPTY
        for op, av in items:
            if not any(done for _, done in words):
                break  # no word can grow: the rest of the sequence does not matter
            item_words, item_chars = self._item_starts(op, av, icase)
            grown: set[Word] = set()
            for word, done in words:
                if not done:
                    grown.add((word, False))
                    continue
                for more, more_done in item_words:
                    new = word + more
                    if icase and len(new) >= _ICASE_WORD:  # each letter multiplies the words
                        grown.add((new[:_ICASE_WORD], False))
                    else:
                        grown.add((new[:_MAX_WORD], more_done and len(new) <= _MAX_WORD))
                if item_chars != EMPTY:
                    if word:
                        grown.add((word, False))  # the word, then a character of the set
                    else:
                        chars = chars.union(item_chars)
            if len(grown) > _MAX_WORDS and any(word for word, _ in words):
                # too many: the words so far stop growing (each still starts every match
                # that starts with it); the empty one takes the item's own starts
                grown = {(word, False) for word, _ in words if word}
                if ("", True) in words:
                    grown |= {(more, more_done) for more, more_done in item_words}
            if len(grown) > _MAX_WORDS:
                raise _Unknown
            words = grown
        return words, chars

    def _item_starts(self, op: Any, av: Any, icase: bool) -> tuple[set[Word], CharSet]:
        k = self.k
        if op is k.LITERAL and not icase:
            return {(chr(av), True)}, EMPTY
        if op is k.LITERAL:
            cases = _cases(chr(av))
            if not cases.negated and 0 < len(cases.chars) <= _MAX_CASES:
                return {(ch, True) for ch in cases.chars}, EMPTY
        if op is k.IN and not icase:
            cs = self.charset(av)
            if not cs.negated and not cs.categories and len(cs.chars) <= _MAX_SPELLED:
                return {(ch, True) for ch in cs.chars}, EMPTY
            return set(), cs
        if op in (k.LITERAL, k.NOT_LITERAL, k.ANY, k.IN):
            return set(), self._edge_item(op, av, icase, False)[0]
        if op in self.repeats:
            lo, hi, sub = av
            if hi == 0:
                return {("", True)}, EMPTY
            words, chars = self._seq_starts(sub, icase)
            if hi != 1:  # more copies may follow the first: its words are only prefixes
                words = {(w, False) if w else (w, done) for w, done in words}
            if lo == 0:
                words.add(("", True))
            return words, chars
        if op is k.SUBPATTERN:
            return self._seq_starts(av[3], self._flags(av, icase))
        if op is getattr(k, "ATOMIC_GROUP", None):
            return self._seq_starts(av, icase)
        if op is k.BRANCH:
            found: set[Word] = set()
            chars = EMPTY
            for branch in av[1]:
                w, c = self._seq_starts(branch, icase)
                found |= w
                chars = chars.union(c)
            return found, chars
        if op in self.zero_width:
            return {("", True)}, EMPTY
        raise _Unknown


    # -- literal text inside -------------------------------------------------------------

    def needles(self, items: Items, icase: bool) -> frozenset[str] | None:
        """Literal strings one of which occurs in every match of the sequence (the set
        whose shortest string is longest), or ``None``. Only parts every match has
        count: runs of literal characters, groups, repeats of at least one, branches
        (one string per branch); never lookarounds, which may look past the match."""
        best: frozenset[str] | None = None
        for found in self.needle_sets(items, icase):
            if best is None or min(map(len, found)) > min(map(len, best)):
                best = found
        return best

    def needle_sets(self, items: Items, icase: bool) -> list[frozenset[str]]:
        """Every set of literals that `needles` weighs for the sequence, in order: each
        holds for every match on its own (a match holds one of each set)."""
        k = self.k
        sets: list[frozenset[str]] = []

        def consider(found: frozenset[str] | None) -> None:
            if found:
                sets.append(found)

        run = ""
        for op, av in items:
            if op is k.LITERAL and not icase:
                run += chr(av)
                continue
            consider(frozenset([run]) if run else None)
            if 0 < len(run) <= _SHORT_RUN:  # a weak literal ("." or "("), then a group's
                lead = self._lead(op, av, icase)  # literal starts: "." + "com" | "co.id"
                consider(frozenset(run + x for x in lead) if lead and len(lead) <= _MAX_LEADS else None)
            run = ""
            if op is k.SUBPATTERN:
                consider(self.needles(av[3], self._flags(av, icase)))
            elif op is getattr(k, "ATOMIC_GROUP", None):
                consider(self.needles(av, icase))
            elif op in self.repeats and av[0] >= 1:
                consider(self.needles(av[2], icase))
            elif op is k.BRANCH:
                per_branch = [self.needles(b, icase) for b in av[1]]
                if all(per_branch):
                    consider(frozenset[str]().union(*(b for b in per_branch if b)))
        consider(frozenset([run]) if run else None)
        return sets

    def class_sets(self, items: Items, icase: bool) -> list[frozenset[str]]:
        """The characters of each small set of literal characters that every match of
        the sequence holds (``[-–]``, ``[(\\[]``): one-character groups of `Shape.also`,
        never needles (the split gate would scan each page for "(", which most story
        lines hold). Read at the sequence's own level only, into a group that wraps it
        whole; not a set of letters or digits (``[Bb]``: in every line a needle such as
        "aca" lets through) nor one that holds a full stop or a comma (`_EVERY_LINE`)."""
        k = self.k
        if len(items) == 1 and items[0][0] is k.SUBPATTERN and items[0][1][0] not in self.apart:
            return self.class_sets(items[0][1][3], self._flags(items[0][1], icase))
        if icase:
            return []
        out: list[frozenset[str]] = []
        for op, av in items:
            if op is k.IN and len(av) <= _MAX_NEEDLES and all(item_op is k.LITERAL for item_op, _ in av):
                chars = frozenset(chr(ch) for _, ch in av)
                if not any(ch.isalnum() or ch in _EVERY_LINE for ch in chars):
                    out.append(chars)
        return out

    def _lead(self, op: Any, av: Any, icase: bool) -> frozenset[str] | None:
        """Literal strings one of which every match of a group or branch starts with
        (each its alternative's leading run of literal characters), or ``None``."""
        k = self.k
        if op is k.SUBPATTERN and av[0] in self.apart:
            return None  # a lookaround's text: not the text after the run
        if op is k.SUBPATTERN:
            sub, icase = av[3], self._flags(av, icase)
            if len(sub) == 1 and sub[0][0] in (k.SUBPATTERN, k.BRANCH):
                return self._lead(sub[0][0], sub[0][1], icase)
            alternatives = [sub]
        elif op is k.BRANCH:
            alternatives = av[1]
        else:
            return None
        leads = set()
        for alternative in alternatives:
            run = ""
            for item_op, item_av in alternative:
                if item_op is not k.LITERAL or icase:
                    break
                run += chr(item_av)
            if not run:
                return None
            leads.add(run)
        return frozenset(leads)


def enabled() -> bool:
    """Whether rule sets compiled now use the filter (``CLEANER_PREFILTER=0``: not)."""
    return os.environ.get("CLEANER_PREFILTER", "1") != "0"


def _cases(ch: str) -> CharSet:
    """The characters that ``ch`` matches case-insensitively in ``regex`` (``s``: ``s``,
    ``S`` and ``ſ``), from the engine's own case table; ANY when it cannot be read. A rule
    pattern the reader can parse has no ``(?f)`` (full case folding, where ``st`` matches
    ``ﬆ``): ``re``'s parser refuses that flag."""
    try:
        return CharSet(False, frozenset(map(chr, _all_cases(ch))))
    except Exception:
        return ANY


@functools.cache
def _all_cases(ch: str) -> tuple[int, ...]:
    # regex's private module: a change in it lands in `_cases`' except (ANY: only speed).
    return tuple(importlib.import_module("regex._regex").get_all_cases(regex.IGNORECASE, ord(ch)))


def fewest(needles: frozenset[str]) -> tuple[str, ...]:
    """The literals of ``needles`` that hold no other of them, sorted: a line holds one
    of ``needles`` exactly when it holds one of these (a line that holds "KOMPAS.com"
    holds ".com"), so a line that holds none is ruled out in fewer scans (a dateline
    rule's 40 outlet names are 18 scans, not 40)."""
    return tuple(sorted(n for n in needles if not any(o != n and o in n for o in needles)))


#: A literal's screen (`screens`): one character that each of its literals holds, and
#: those literals; no literals: the character is itself the literal.
Screen = tuple[str, tuple[str, ...]]


def screens(literals: tuple[str, ...]) -> tuple[Screen, ...]:
    """A step's ``literals`` as a line is asked for them: where literals hold a
    character that few story lines hold (not a small letter, a digit, a space or one of
    `_NOT_FIRST`), the line is asked for that one character first (``memchr``, a few
    instructions a line) and for the literals that hold it only if it is there; the
    others are asked for as they are. A line holds one of ``literals`` exactly when
    `first_held` finds one (a literal holds its screen's character). A character that
    more literals hold is taken first (the "F" of "FOTO" and "Foto", the "/" of
    "Liputan6.com/" and "Medcom.id/"); then a mark before a capital, and a capital inside
    a word (in lines with words in capitals only) before one that starts it (at every
    sentence's start). A page's lines were scanned end to end once per literal, ~2.4
    instructions a character: the caption credits' seven literals reached most bulk
    lines (benchmarks/README.md, screens68)."""
    made = _SCREENS_MADE.get(literals)
    if made is not None:
        return made
    rest = [n for n in literals if len(n) > 1]
    # Per character, how many of ``rest`` hold it and hold it inside a word, counted once
    # and taken down as literals are screened (scoring each character against each literal
    # on every round cost a one-file run ~0.1 s: a process builds its rules' screens).
    count: dict[str, int] = {}
    inner: dict[str, int] = {}
    for n in rest:
        _tally(n, count, inner, 1)
    chars = sorted(count)
    out: list[Screen] = []
    while rest and chars:
        best, most = "", (0, False, 0, "")
        for ch in chars:
            score = (count[ch], not ch.isalpha(), inner.get(ch, 0), ch)
            if score > most:
                best, most = ch, score
        if not most[0]:
            break
        held = tuple(n for n in rest if best in n)
        out.append((best, held))
        for n in held:
            _tally(n, count, inner, -1)
        rest = [n for n in rest if best not in n]
        chars.remove(best)
    taken = {n for _ch, held in out for n in held}
    made = (*out, *((n, ()) for n in literals if n not in taken))
    if len(_SCREENS_MADE) >= _MAX_SCREENS_MADE:
        _SCREENS_MADE.clear()
    _SCREENS_MADE[literals] = made
    return made


#: `screens` made in this process, by literals: the rule sets' matchers (line, prefix,
#: per rule set) ask for the same few dozen literal sets hundreds of times a process.
_SCREENS_MADE: dict[tuple[str, ...], tuple[Screen, ...]] = {}
_MAX_SCREENS_MADE = 4096


def _rare(ch: str) -> bool:
    """Whether a screen may ask a line for ``ch`` (`screens`)."""
    return not (ch.islower() or ch.isdigit() or ch.isspace() or ch in _NOT_FIRST)


def _tally(needle: str, count: dict[str, int], inner: dict[str, int], step: int) -> None:
    """Add ``step`` to the counts (`screens`) of each character a screen may ask for
    (`_rare`) that ``needle`` holds, and of each it holds other than at a word's start."""
    for ch in set(needle):
        if _rare(ch):
            count[ch] = count.get(ch, 0) + step
    for ch in {needle[i] for i in range(1, len(needle)) if needle[i - 1].isalpha()}:
        if _rare(ch):
            inner[ch] = inner.get(ch, 0) + step


def first_held(checks: tuple[Screen, ...], text: str) -> str | None:
    """The first literal of ``checks`` (`screens`) that ``text`` holds, or ``None`` (the
    loop `LineMatcher.match_all` and `LineMatcher.match_capped` run in place)."""
    for key, needles in checks:
        if key in text:
            if not needles:
                return key
            for needle in needles:
                if needle in text:
                    return needle
    return None


def _memchr_first(s: Shape) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A rule's literals and its other literal groups (`Shape.also`) in the order a line
    is asked for them: a group of one mark ("[", ":", "|") first, when its literals are
    longer. A line holds one of each either way, so a rule is screened out of the same
    lines; one mark is looked for by ``memchr`` (a few instructions a line), a word of
    common letters ("redit" of caption-credit-tail, a wide rule that most story lines
    reach) by a scan that stops at most characters of the line (~6K instructions a seed
    page; benchmarks/README.md, speed62). Not a full stop or comma (`_EVERY_LINE`: in
    nearly every line) nor a hyphen (Indonesian joins a doubled word with it: "anak-anak"),
    only for a rule whose literals a line is asked for (one that starts with one of its
    words has them there: `LineMatcher`'s ``checked``), and while they fit a group
    (`_MAX_NEEDLES`)."""
    needles = s.needles
    if needles and s.first != EMPTY and min(map(len, needles)) > 1:
        words = fewest(needles)
        for group in s.also:
            if (len(group) == 1 and len(group[0]) == 1 and group[0] not in _NOT_FIRST
                    and not group[0].isalnum() and len(words) <= _MAX_NEEDLES):
                return frozenset(group), (words, *(g for g in s.also if g is not group))
    return needles, s.also


def _wide(cs: CharSet) -> bool:
    return cs.negated or "word" in cs.categories or len(cs.chars) >= _WIDE_START


@functools.cache
def _in_category(category: str, ch: str) -> bool:
    """Whether either engine's ``category`` (``\\d``, ``\\s``, ``\\w``, Unicode) holds ``ch``."""
    pattern = _CATEGORY_PATTERN[category]
    return bool(regex.fullmatch(pattern, ch) or re.fullmatch(pattern, ch))


def _holds(cs: CharSet, ch: str) -> bool:
    """`CharSet.may_hold`, told for a non-ASCII character too by asking the engines."""
    if cs.negated:
        return ch not in cs.chars
    return ch in cs.chars or any(_in_category(c, ch) for c in cs.categories)


def _char_table(sets: Sequence[CharSet]) -> tuple[dict[str, int], int]:
    """Per character, the mask of sets that may hold it: every ASCII character, every
    character a set names and the `COMMON` ones; and the mask for all other characters."""
    open_sets = [(1 << i, cs) for i, cs in enumerate(sets) if cs.negated or cs.categories]
    default = sum(bit for bit, _ in open_sets)
    table = dict.fromkeys(set(ASCII).union(COMMON, *(cs.chars for cs in sets)), 0)
    for i, cs in enumerate(sets):  # plain sets hold exactly their characters
        if not (cs.negated or cs.categories):
            for ch in cs.chars:
                table[ch] |= 1 << i
    for ch in table:  # the others are asked, character by character (there are few)
        common = ch in COMMON
        for bit, cs in open_sets:
            if _holds(cs, ch) if common else cs.may_hold(ch):
                table[ch] |= bit
    return table, default


#: A rule's `Shape.tail` for `match_all`: its literals (empty: no tail), and per last
#: character whether ``core`` may hold it (`_char_table`), with the default for others.
_Tail = tuple[tuple[str, ...], dict[str, int], int]
_NO_TAIL: _Tail = ((), {}, 0)


@final
class _Step:
    """A plan's step: its bit, its rule's match function and index, the literals to
    check first (empty: none), for each of them the steps of the plan whose rules hold
    it, the steps whose rules' literals are all among them, the groups of other literals
    it needs one of each of (`Shape.also`), and its `_Tail` (``guards`` empty: none).
    Bits and masks are the plan's own (step k: ``1 << k``), not the rule set's: a plan
    has a few dozen steps at most (the seeds and bulk rows: 18), where a rule set has ~95
    rules, whose masks are arbitrary-precision integers that the compiled build
    allocates at every ``&`` and ``|``; a plan's fit in a machine word (benchmarks/README.md,
    textfloor18). A native class with typed fields in the compiled build: `match_all`
    reads the fields a step needs, where unpacking a tuple checked, boxed or unboxed
    and counted a reference to each of its eight (benchmarks/README.md, textpass21)."""

    __slots__ = ("also", "among", "bit", "guards", "holds", "index", "literals", "run", "screens", "tail_default",
                 "tail_table")
    bit: int
    run: Callable[[str], regex.Match[str] | None]
    index: int
    literals: tuple[str, ...]
    #: ``literals`` as a line is asked for them (`screens`).
    screens: tuple[Screen, ...]
    holds: tuple[int, ...]
    among: int
    also: tuple[tuple[str, ...], ...]
    #: The tail's literals (`_Tail`) as a line is asked for them (`screens`).
    guards: tuple[Screen, ...]
    tail_table: dict[str, int]
    tail_default: int

    def __init__(self, bit: int, run: Callable[[str], regex.Match[str] | None], index: int,
                 literals: tuple[str, ...], checks: tuple[Screen, ...], holds: tuple[int, ...], among: int,
                 also: tuple[tuple[str, ...], ...], tail: tuple[tuple[Screen, ...], dict[str, int], int]) -> None:
        self.bit = bit
        self.run = run
        self.index = index
        self.literals = literals
        self.screens = checks
        self.holds = holds
        self.among = among
        self.also = also
        self.guards = tail[0]
        self.tail_table = tail[1]
        self.tail_default = tail[2]


#: Plans kept per matcher (a rule set lives for the process; lines fall into few masks).
_MAX_PLANS: Final = 4096


#: The attributes a pickled `LineMatcher` keeps (all but its plans).
_STATE: Final = ("_also", "_by_first", "_by_last", "_by_len", "_by_prefix", "_first_default", "_holders", "_labels",
          "_last_default", "_needles", "_patterns", "_run", "_tails", "shapes")


class LineMatcher(Generic[T]):
    """The first of ``patterns`` that matches a line: ``match(text)`` gives its label
    and match, or ``None``; the same answer as trying them all in order. ``whole``: the
    pattern must match all of the line (``fullmatch``); else its start (``match``)."""

    __slots__ = (*_STATE, "_plans", "_screens")
    shapes: tuple[Shape, ...]
    _patterns: tuple[regex.Pattern[str], ...]
    _labels: tuple[T, ...]
    _run: tuple[Callable[[str], regex.Match[str] | None], ...]
    #: Per first (last) character, the rules that may start (end) with it; the default
    #: for characters not in the table.
    _by_first: dict[str, int]
    _first_default: int
    _by_last: dict[str, int]
    _last_default: int
    #: Per first two characters: the rules with such words, the words' first three characters,
    #: per length the rules.
    _by_prefix: dict[str, tuple[int, tuple[str, ...], tuple[tuple[int, dict[str, int]], ...]]]
    _by_len: list[int]
    _needles: dict[int, tuple[tuple[str, ...], int]]
    #: Per literal, the rules one of whose literals it is.
    _holders: dict[str, int]
    #: Per rule bit, the groups of `Shape.also` it is screened by (rules with none: absent).
    _also: dict[int, tuple[tuple[str, ...], ...]]
    #: Per rule bit, its `_Tail` (rules whose `Shape.tail` is None: absent).
    _tails: dict[int, _Tail]
    #: Per candidate mask, its plan (`_plan`): built as lines need them, not pickled.
    _plans: dict[int, tuple[_Step, ...]]
    #: Per rule index, the `screens` of its literals and of its tail's (`_plan`): made as
    #: plans need them, not pickled.
    _screens: dict[int, tuple[tuple[Screen, ...], tuple[Screen, ...]]]

    def __init__(self, patterns: Sequence[regex.Pattern[str]], labels: Sequence[T], *,
                 sources: Sequence[str] | None = None, whole: bool = True, prefilter: bool = True) -> None:
        """``labels``: what `match` gives for each pattern (a rule, an index). ``sources``:
        the patterns as the reader should see them (for instance with group names taken
        out, which ``re`` may refuse); default: their own text. ``prefilter=False``
        tries every pattern in order (the same answers, slower: for debugging)."""
        self._patterns = tuple(patterns)
        self._labels = tuple(labels)
        self._run = tuple(p.fullmatch if whole else p.match for p in self._patterns)
        self._plans = {}
        self._screens = {}
        if not self._patterns:  # matches nothing; cheap, as `_restore` starts from one
            self.shapes = ()
            self._by_first, self._by_last, self._by_prefix, self._needles, self._holders = {}, {}, {}, {}, {}
            self._also, self._tails = {}, {}
            self._first_default = self._last_default = 0
            self._by_len = [0] * (LENGTH_CAP + 1)
            return
        shapes = [shape(s) if prefilter else UNKNOWN for s in (sources or [p.pattern for p in patterns])]
        if not whole:
            # A match at the start says nothing of how the line ends or how long it is
            # (beyond the match), and an empty match nothing of how it starts.
            shapes = [UNKNOWN if s.min_len == 0 else Shape(s.words, s.first, ANY, s.min_len, None, s.needles, s.also)
                      for s in shapes]
        self.shapes = tuple(shapes)
        # First characters: a rule is in the mask of a character when its set may hold
        # it or one of its words is that one character.
        self._by_first, self._first_default = _char_table([s.first for s in self.shapes])
        for i, s in enumerate(self.shapes):
            for word in s.words:
                if len(word) == 1:
                    self._by_first[word] = self._by_first.get(word, self._first_default) | 1 << i
        # Longer words by their first two characters: the rules that have such words,
        # the words' first three characters (one C-level startswith tells whether the line
        # may start with any: a line that starts with a word starts with its first three;
        # a startswith over the words themselves tried each of them, ~100 for "Se", where
        # their first three are 4), and per word length, word -> rules (a line's first k
        # characters look it up: the exact test).
        prefixes: dict[str, dict[int, dict[str, int]]] = {}
        for i, s in enumerate(self.shapes):
            for word in s.words:
                if len(word) > 1:
                    by_word = prefixes.setdefault(word[:2], {}).setdefault(len(word), {})
                    by_word[word] = by_word.get(word, 0) | 1 << i
        self._by_prefix = {
            key: (functools.reduce(operator.or_, (m for w in tables.values() for m in w.values())),
                  tuple(sorted({w[:3] for t in tables.values() for w in t})),
                  tuple(sorted(tables.items())))
            for key, tables in prefixes.items()
        }
        self._by_last, self._last_default = _char_table([s.last for s in self.shapes])
        # Per length n < LENGTH_CAP, the rules with min_len <= n <= max_len (a running
        # mask: each rule enters at its min_len and leaves after its max_len); lines of
        # LENGTH_CAP characters or more share the last entry.
        enter: dict[int, int] = {}
        leave: dict[int, int] = {}
        for i, s in enumerate(self.shapes):
            enter[min(s.min_len, LENGTH_CAP)] = enter.get(min(s.min_len, LENGTH_CAP), 0) | 1 << i
            if s.max_len is not None and s.max_len < LENGTH_CAP:
                leave[s.max_len + 1] = leave.get(s.max_len + 1, 0) | 1 << i
        running = 0
        self._by_len = []
        for n in range(LENGTH_CAP):
            running = (running | enter.get(n, 0)) & ~leave.get(n, 0)
            self._by_len.append(running)
        self._by_len.append(sum(1 << i for i, s in enumerate(self.shapes)
                                if s.max_len is None or s.max_len >= LENGTH_CAP))
        # Literals are checked for the rules a line's first character lets in (a rule
        # that starts with one of its words has, in practice, its literal in that word):
        # always for rules that may start with most characters (a caption, a by-line:
        # their regex runs on most lines and backtracks), for the others when they are
        # few (a scan per literal costs more than a regex that fails on its first step).
        # Each rule's literals and other groups as a line is asked for them (`_memchr_first`).
        screens = [_memchr_first(s) for s in self.shapes]
        scans = [fewest(needles) for needles, _also in screens]
        checked = [i for i, s in enumerate(self.shapes)
                   if screens[i][0] and s.first != EMPTY and (_wide(s.first) or len(scans[i]) <= _MAX_NEEDLES)]
        # Rules share literals (the dateline rules list the same outlet names), so one
        # scan answers for several: a literal found settles every rule that holds it,
        # and a rule whose literals are all missing rules out every rule whose literals
        # are among them. Both are kept as masks to AND with (the rules *not* settled),
        # so each costs one operation. Halves the scans of a prefix match (three
        # dateline rules, ~30 outlet names each): 100 -> 50 us/page on bulk rows.
        holders: dict[str, int] = {}
        for i, (needles, _also) in enumerate(screens):
            for needle in needles:
                holders[needle] = holders.get(needle, 0) | 1 << i
        self._holders = holders
        def among(literals: frozenset[str]) -> int:  # the rules whose literals are all in ``literals``
            return sum(1 << j for j, (n, _a) in enumerate(screens) if n and n <= literals)

        self._needles = {1 << i: (scans[i], among(screens[i][0])) for i in checked}
        # Other literals every match holds (a credit's "©" beside its "/"): looked for
        # once the rule's turn comes and its own literals did not rule it out, as a
        # failing regex costs ten scans or more. Groups of a few literals only.
        self._also = {}
        for i, (_needles, also) in enumerate(screens):
            groups = tuple(g for g in also if len(g) <= _MAX_NEEDLES)
            if groups:
                self._also[1 << i] = groups
        # A rule that may end with any character only by an alternative with literals of
        # its own (``date-line``'s "Update .{0,60}"): a line that ends otherwise (a story
        # line's full stop) must hold one of them (`Shape.tail`), looked for once its
        # turn comes, before its other literals.
        self._tails = {}
        for i, s in enumerate(self.shapes):
            if s.tail is not None and len(s.tail[1]) <= _MAX_NEEDLES:
                table, default = _char_table([s.tail[0]])
                self._tails[1 << i] = (tuple(sorted(s.tail[1])), table, default)

    def __reduce__(self) -> tuple[Callable[..., LineMatcher[Any]], tuple[Any, ...]]:
        """Pickled as its tables, not its patterns (reading patterns is the cost that a
        cache of compiled rule sets saves). Explicit, so that the compiled build's
        native class pickles as the pure one does, and either loads the other's."""
        return _restore, tuple(getattr(self, name) for name in _STATE)

    def match(self, text: str, seen: dict[str, tuple[T, regex.Match[str]] | None] | None = None,
              ) -> tuple[T, regex.Match[str]] | None:
        """The label of the first pattern that matches ``text``, and its match.
        ``seen``: as `match_all`'s."""
        if seen is not None and text in seen:
            return seen[text]
        return self.match_all((text,), seen)[0]

    def match_all(self, texts: Sequence[str], seen: dict[str, tuple[T, regex.Match[str]] | None] | None = None,
                  ) -> list[tuple[T, regex.Match[str]] | None]:
        """`match` for every text, in one call (a page's lines go through here; this loop
        is the cleaner's hottest: the tables are bound once, and a rule's literals are
        looked for only when its turn comes, so a line that an earlier rule matches
        skips them, a quarter of the scans on the seeds and on bulk rows). A text seen
        before in ``texts`` gets the same answer without the work: pages print chrome
        and related titles twice or more (15% of the seeds' lines; a look-up costs ~1/40
        of a line's matching). ``seen``: the caller's table of answers (text -> this
        call's answer), read and filled in place of a table of this call's own, so that
        calls asked one text at a time (the HTML front end's stages, each block as it
        needs it) share it too: a dev HTML page asks a third of its texts again
        (benchmarks/README.md, htmlspeed20). The answers are this matcher's: a table
        must not be shared between matchers."""
        by_first, by_last, by_len, by_prefix, first_default, last_default = (
            self._by_first, self._by_last, self._by_len, self._by_prefix, self._first_default, self._last_default)
        plans, labels = self._plans, self._labels
        out: list[tuple[T, regex.Match[str]] | None] = []
        if seen is None:
            seen = {}
        for text in texts:
            if text in seen:
                out.append(seen[text])
                continue
            seen[text] = found = None
            n = len(text)
            if n:
                last = text[-1]
                mask = by_last.get(last, last_default) & by_len[n if n < LENGTH_CAP else LENGTH_CAP]
                if not mask:
                    out.append(None)
                    continue
                allowed = mask
                mask &= by_first.get(text[0], first_default)
                entry = by_prefix.get(text[:2])
                if entry is not None and entry[0] & allowed and text.startswith(entry[1]):
                    for k, by_word in entry[2]:
                        mask |= by_word.get(text[:k], 0) & allowed
                if not mask:
                    out.append(None)
                    continue
            else:
                last = ""  # a rule with a tail matches no empty line: screening it out is exact
                mask = (1 << len(labels)) - 1
            steps = plans.get(mask)
            if steps is None:
                steps = self._plan(mask)
            missing = settled = 0
            for step in steps:
                bit = step.bit
                if bit & missing:
                    continue
                guards = step.guards
                if guards and not step.tail_table.get(last, step.tail_default):
                    for key, needles in guards:  # `first_held`, in place
                        if key in text:
                            if not needles:
                                break
                            for needle in needles:
                                if needle in text:
                                    break
                            else:
                                continue
                            break
                    else:
                        continue  # it ends as only its literals' alternatives end, and holds none
                literals = step.literals
                if literals and not bit & settled:
                    # `first_held`, in place: a screen's character first, then its literals
                    for key, needles in step.screens:
                        if key in text:
                            if not needles:
                                settled |= step.holds[literals.index(key)]
                                break
                            for needle in needles:
                                if needle in text:
                                    break
                            else:
                                continue
                            settled |= step.holds[literals.index(needle)]
                            break
                    else:
                        missing |= step.among
                        continue
                also = step.also
                if also:
                    held = True
                    for group in also:
                        for needle in group:
                            if needle in text:
                                break
                        else:
                            held = False  # none of this group: the rule cannot match
                            break
                    if not held:
                        continue
                m = step.run(text)
                if m is not None:
                    seen[text] = found = (labels[step.index], m)
                    break
            out.append(found)
        return out

    def match_capped(self, text: str, cap: int) -> tuple[T, regex.Match[str]] | None:
        """`match`'s answer unless its match ends past ``cap`` characters, then ``None``
        (a prefix rule's match is a dateline's length: `cleaner.rules.MAX_PREFIX_CHARS`).
        The rules' literals are looked for in the text's first ``cap`` characters only:
        a match that ends there holds them there. A rule whose literals are missing there
        may still match past ``cap``, which makes the answer ``None`` when it is the first
        rule that matches; so when such rules were passed over and a later one matches
        within ``cap``, each of them is tried as `match` tries it (its literals over the
        whole text, then its pattern), and one that matches makes the answer ``None``.
        A page's prefix calls ask long story lines (2,815 characters on a bulk row),
        where the dateline rules' ~17 outlet names were scanned end to end and their
        short ones ("id", "com") found far in, which sent six rules to their regex
        (benchmarks/README.md, prefixcost24)."""
        n = len(text)
        if n:
            last = text[-1]
            mask = self._by_last.get(last, self._last_default) & self._by_len[n if n < LENGTH_CAP else LENGTH_CAP]
            if not mask:
                return None
            allowed = mask
            mask &= self._by_first.get(text[0], self._first_default)
            entry = self._by_prefix.get(text[:2])
            if entry is not None and entry[0] & allowed and text.startswith(entry[1]):
                for k, by_word in entry[2]:
                    mask |= by_word.get(text[:k], 0) & allowed
            if not mask:
                return None
        else:
            last = ""
            mask = (1 << len(self._labels)) - 1
        steps = self._plans.get(mask)
        if steps is None:
            steps = self._plan(mask)
        head = text[:cap]
        missing = settled = 0
        passed: list[_Step] = []  # rules passed over for literals missing from ``head`` alone
        for step in steps:
            bit = step.bit
            if bit & missing:
                passed.append(step)
                continue
            guards = step.guards
            if guards and not step.tail_table.get(last, step.tail_default) and first_held(guards, text) is None:
                continue  # as in `match_all`: the whole text holds none
            literals = step.literals
            if literals and not bit & settled:  # one by one: ``head`` is a dateline's length
                for needle in literals:
                    if needle in head:
                        settled |= step.holds[literals.index(needle)]
                        break
                else:
                    missing |= step.among
                    passed.append(step)
                    continue
            also = step.also
            if also and not holds_each(head, also):
                passed.append(step)
                continue
            m = step.run(text)
            if m is not None:
                if m.end() > cap:
                    return None  # the first rule that matches, or one before it does: past ``cap``
                # One of them that matches would match first, past ``cap``. Their literals
                # are looked for over the whole text as the loop above looks over ``head``:
                # a rule none of whose literals the text holds rules out every rule whose
                # literals are among them (the dateline rules share ~20 outlet names: a
                # story line under a "Kota -" dateline was scanned end to end for each
                # name once per rule, seven times).
                gone = 0
                for before in passed:
                    if before.bit & gone:
                        continue
                    literals = before.literals
                    if literals:
                        for needle in literals:
                            if needle in text:
                                break
                        else:
                            gone |= before.among
                            continue
                    if holds_each(text, before.also) and before.run(text) is not None:
                        return None
                return self._labels[step.index], m
        return None

    def _plan(self, mask: int) -> tuple[_Step, ...]:
        """The rules of ``mask`` in file order, each as a `_Step` (built once per mask
        and kept: a page's lines fall into a few dozen masks, and walking a tuple costs
        less than taking a mask apart bit by bit). A step's masks are over the plan's
        steps (`_Step`): `match_all` tests only the bits of the plan's own steps, so the
        rule set's masks restricted to them give the same answers."""
        steps = self._plans.get(mask)
        if steps is None:
            rules = _bit_indexes(mask)
            step_bits = {i: 1 << k for k, i in enumerate(rules)}
            # Per rule-set mask, its plan mask: the dateline rules' ~30 outlet names have
            # the same holders, so most of a plan's ~80 literals ask for a mask already
            # renumbered (77 -> 30 us a plan; a one-file run builds ~20).
            renumbered: dict[int, int] = {}
            made: list[_Step] = []
            for k, i in enumerate(rules):
                literals, among = self._needles.get(1 << i, ((), 0))
                holds: list[int] = []
                for n in literals:
                    rule_mask = self._holders[n] & mask
                    got = renumbered.get(rule_mask)
                    if got is None:
                        got = renumbered[rule_mask] = _steps_of(rule_mask, step_bits)
                    holds.append(got)
                tail = self._tails.get(1 << i, _NO_TAIL)
                checks = self._screens.get(i)
                if checks is None:
                    checks = self._screens[i] = (screens(literals), screens(tail[0]))
                made.append(_Step(1 << k, self._run[i], i, literals, checks[0], tuple(holds),
                                  _steps_of(among & mask, step_bits), self._also.get(1 << i, ()),
                                  (checks[1], tail[1], tail[2])))
            steps = tuple(made)
            if len(self._plans) >= _MAX_PLANS:
                self._plans.clear()
            self._plans[mask] = steps
        return steps




def _bit_indexes(mask: int) -> list[int]:
    """The indexes of ``mask``'s set bits, lowest first, one set bit at a time."""
    out: list[int] = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _steps_of(rules: int, step_bits: dict[int, int]) -> int:
    """The plan's mask of ``rules`` (a mask of a plan's rules; `LineMatcher._plan`):
    the steps' bits (``step_bits``, by rule index) of its rules."""
    steps = 0
    for i in _bit_indexes(rules):
        steps |= step_bits[i]
    return steps


def _restore(*state: Any) -> LineMatcher[Any]:
    """A pickled `LineMatcher` (its `__reduce__`): an empty one, given the tables."""
    matcher: LineMatcher[Any] = LineMatcher((), ())
    for name, value in zip(_STATE, state, strict=True):
        setattr(matcher, name, value)
    return matcher


# -- the backtracking screen ------------------------------------------------------------------

#: Nodes of regex's parse tree that match no character.
_ZERO_WIDTH: Final = frozenset({
    "Boundary", "DefaultBoundary", "StartOfWord", "EndOfWord", "DefaultStartOfWord", "DefaultEndOfWord",
    "StartOfLine", "StartOfLineU", "EndOfLine", "EndOfLineU", "StartOfString", "EndOfString",
    "EndOfStringLine", "EndOfStringLineU", "SearchAnchor", "GraphemeBoundary", "LookAround", "Keep",
    "Skip", "Prune", "Failure",
})
_REPEATS: Final = ("GreedyRepeat", "LazyRepeat", "PossessiveRepeat")
#: Nodes that match exactly one character.
_ONE_CHAR: Final = frozenset({"Character", "Range", "Property", "SetUnion"})
#: Categories that share no character.
_APART: Final = ({"space", "digit"}, {"space", "word"})


def backtracking_risk(source: str) -> str | None:
    """Why the pattern ``source`` may backtrack without bound on a crafted line, or
    ``None``. A static check on the ``regex`` module's own parse tree (read before its
    optimiser merges alternatives, which would hide ``(?:a|a)*``), for the two shapes
    that make a backtracking engine exponential:

    * an unbounded repeat inside another unbounded repeat (``(?:a+)+``, ``(\\w+\\s?)*``),
      unless each round of the outer one starts (or ends) with a character the inner
      ones cannot take (``\\d+(?:[.,]\\d+)*``: a round starts at the separator);
    * an unbounded repeat of alternatives two of which can start with the same character
      or both match nothing (``(?:a|a)*``, ``(?:\\d|1)+``).

    A possessive repeat (``++``, ``*+``) gives nothing back, so it is neither.
    Conservative: it may refuse a pattern that is in fact linear (rewrite it with a
    bounded repeat, ``{0,40}``, or alternatives that start apart). A pattern the parser
    cannot read is left to `regex.compile` to report."""
    try:
        # regex's own parser (private: a change in it only skips the screen).
        core: Any = importlib.import_module("regex._regex_core")
        text = core.Source(source)
        info = core.Info(0, text.char_type, {})
        tree = core._parse_pattern(text, info)
        escapes = (("d", "digit"), ("s", "space"), ("w", "word"))
        categories = {core.CHARSET_ESCAPES[k].value: name for k, name in escapes}
    except RecursionError:
        raise
    except Exception:
        return None
    return _Screen(categories).risk(tree, under=False)


def _apart(a: CharSet, b: CharSet) -> bool:
    """No character is in both sets (False when unsure)."""
    if a == EMPTY or b == EMPTY:
        return True
    if a.negated and b.negated:
        return False
    if a.negated or b.negated:
        neg, pos = (a, b) if a.negated else (b, a)
        return not pos.categories and pos.chars <= neg.chars
    if a.chars & b.chars or any(b.may_hold(ch) for ch in a.chars) or any(a.may_hold(ch) for ch in b.chars):
        return False
    return all({x, y} in _APART for x in a.categories for y in b.categories)


class _Screen:
    """Walks a parse tree of the ``regex`` module for `backtracking_risk`."""

    def __init__(self, categories: dict[int, str]) -> None:
        self.categories = categories

    def risk(self, node: Any, under: bool) -> str | None:
        name = type(node).__name__
        if name == "PossessiveRepeat":  # gives nothing back: no choice to revisit
            return self.risk(node.subpattern, under)
        if name in _REPEATS:
            unbounded = node.max_count is None
            if unbounded:
                if under and self.chars(node.subpattern) != EMPTY:
                    return "an unbounded repeat inside another unbounded repeat"
                firsts = [self.first(b) for b in _alternatives(node.subpattern)]
                for i, (chars, empty) in enumerate(firsts):
                    for other, other_empty in firsts[i + 1:]:
                        if (empty and other_empty) or not _apart(chars, other):
                            return "alternatives under an unbounded repeat can start with the same character"
            return self.risk(node.subpattern, under or (unbounded and not self.delimited(node.subpattern)))
        for child in _children(node):
            found = self.risk(child, under)
            if found:
                return found
        return None

    def delimited(self, body: Any) -> bool:
        """Each match of ``body`` starts (or ends) with a character nothing else in it
        can take, so a line splits into rounds of a repeat of it in one way only."""
        items = _sequence(body)
        if len(items) < 2:
            return False
        head, last = items[0], items[-1]
        if type(head).__name__ in _ONE_CHAR and _apart(self.chars(head), self.chars_of(items[1:])):
            return True
        return type(last).__name__ in _ONE_CHAR and _apart(self.chars(last), self.chars_of(items[:-1]))

    def chars_of(self, nodes: Sequence[Any]) -> CharSet:
        found = EMPTY
        for node in nodes:
            found = found.union(self.chars(node))
        return found

    def chars(self, node: Any) -> CharSet:
        """Every character a match of ``node`` can hold."""
        name = type(node).__name__
        if name in _ONE_CHAR or name in ("String", "Literal") or name in _ZERO_WIDTH:
            if name in ("String", "Literal"):
                return self.chars_of([_Char(c, node.case_flags) for c in node.characters])
            return self.first(node)[0] if name not in _ZERO_WIDTH else EMPTY
        children = _children(node)
        if name in _REPEATS and node.max_count == 0:
            return EMPTY
        if not children and name not in ("Sequence", "Branch"):
            return ANY
        return self.chars_of(children)

    def first(self, node: Any) -> tuple[CharSet, bool]:
        """The characters a match of ``node`` can start with, and whether it can be empty."""
        name = type(node).__name__
        if name in ("Character", "_Char"):
            if node.case_flags:
                return ANY, False
            return CharSet(not node.positive, frozenset(chr(node.value))), False
        if name == "Range":
            if not node.positive or node.case_flags or node.upper - node.lower > _MAX_RANGE:
                return ANY, False
            return CharSet(False, frozenset(chr(x) for x in range(node.lower, node.upper + 1))), False
        if name == "Property":
            category = self.categories.get(node.value)
            if category is None or not node.positive:
                return ANY, False
            return CharSet(False, frozenset(), frozenset({category})), False
        if name in ("String", "Literal"):
            if not node.characters:
                return EMPTY, True
            return self.first(_Char(node.characters[0], node.case_flags))[0], False
        if name == "Sequence":
            found = EMPTY
            for item in node.items:
                chars, empty = self.first(item)
                found = found.union(chars)
                if not empty:
                    return found, False
            return found, True
        if name == "Branch":
            found, nullable = EMPTY, False
            for branch in node.branches:
                chars, empty = self.first(branch)
                found, nullable = found.union(chars), nullable or empty
            return found, nullable
        if name in _REPEATS:
            if node.max_count == 0:
                return EMPTY, True
            chars, empty = self.first(node.subpattern)
            return chars, empty or node.min_count == 0
        if name in ("Group", "Atomic"):
            return self.first(node.subpattern)
        if name == "SetUnion" and node.positive and not node.case_flags:
            found = EMPTY
            for item in node.items:
                kind = type(item).__name__
                if kind in ("Character", "Property", "Range") and item.positive:
                    found = found.union(self.first(item)[0])
                else:
                    return ANY, False
            return found, False
        if name in _ZERO_WIDTH:
            return EMPTY, True
        if name in ("Any", "AnyAll", "AnyU") or name.startswith("Set"):
            return ANY, False
        return ANY, True  # back-references, conditionals, anything new: no claim


@dataclass(frozen=True, slots=True)
class _Char:
    """One character of a ``String`` node, read as a ``Character``."""

    value: int
    case_flags: int
    positive: bool = True


def _children(node: Any) -> list[Any]:
    name = type(node).__name__
    if name == "Sequence":
        return list(node.items)
    if name == "Branch":
        return list(node.branches)
    if name in ("Conditional", "LookAroundConditional"):
        return [x for x in (getattr(node, "subpattern", None), node.yes_item, node.no_item) if x is not None]
    sub = getattr(node, "subpattern", None)
    return [sub] if sub is not None else []


def _sequence(node: Any) -> list[Any]:
    """The items of a repeat's body (a group's, when the body is one group)."""
    while type(node).__name__ in ("Group", "Atomic") or (
            type(node).__name__ == "Sequence" and len(node.items) == 1):
        node = node.subpattern if type(node).__name__ != "Sequence" else node.items[0]
    return list(node.items) if type(node).__name__ == "Sequence" else [node]


def _alternatives(node: Any) -> list[Any]:
    """The alternatives a repeat's body chooses between (one when it is no alternation)."""
    while True:
        name = type(node).__name__
        if name == "Branch":
            return list(node.branches)
        if name == "Sequence" and len(node.items) == 1:
            node = node.items[0]
        elif name in ("Group", "Atomic"):
            node = node.subpattern
        else:
            return [node]
