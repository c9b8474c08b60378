"""Rule compilation: a rule file's patterns, macros and rules made into compiled objects.

`compile_rule` turns one ``[[rule]]`` table into a `cleaner.rules.Rule` (expanding the
``{macro}`` references through `Macros`, and, for a user's file, checking its samples,
the probe sentences and the backtracking screen); `line_matcher` builds the
`LineMatcher` (`cleaner.match.prefilter`) that tries a rule set's rules in file order.
`cleaner.rules` loads and validates the files and calls these.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any, get_args

import regex

from ..dates import DATE_PATTERN
from ..errors import RuleSetError
from ..rules import (
    ACTIONS,
    FIELDS,
    KINDS,
    MAX_PATTERN_CHARS,
    PROBE_SENTENCES,
    RESERVED_IDS,
    RESERVED_PREFIX,
    RULE_ID,
    RULE_KEYS,
    Rule,
    Select,
    Where,
    boolean,
    choice,
    expect,
    str_list,
    string_value,
)
from .prefilter import LOOKAROUND_GROUP, MAX_GROUP_LITERALS, LineMatcher, shape

MACRO = regex.compile(r"\{([a-z_]+)\}")
# In the sources given to the prefilter (and in the reference alternation) a rule's
# named groups become plain groups; its own pattern reads them once it has matched.
NAMED_GROUP = regex.compile(r"(?<!\\)\(\?P<[A-Za-z_]\w*>")
BUILTIN_MACROS = {"date": DATE_PATTERN}
_LOOKAROUND = regex.compile(r"(?<!\\)\(\?<?=")
#: `cleaner.rules.RULE_ID` compiled (here: a run whose rule sets come from the cache never
#: imports this module).
_RULE_ID = regex.compile(RULE_ID)


def split_needles(source: str) -> frozenset[str]:
    """The literals one of which every match of the split rule ``source`` holds. A
    positive lookaround's text is in the line too, so it counts (a glue point such as
    ``(?<=[a-z])(?=Editor:)`` matches no text of its own); it is read as a *capturing*
    group, which the parser keeps apart (a ``(?:...)`` would be inlined into the
    literal run around it: ``b(?<=ab)c`` read as ``babc``, in no line it cuts), named
    `LOOKAROUND_GROUP` and a number, and no literal is joined to such a group's start
    (the text a lookbehind reads lies before the run's end, not after it). Other groups
    take a short run before them as the line rules' needles do: the parser takes a
    shared start out of a branch (``(?:Halaman|HALAMAN)`` is ``H`` and
    ``(?:alaman|ALAMAN)``), which is joined back ("Halaman", a capital the gate finds
    with one `memchr`, not "alaman", which a scan looks for everywhere and which holds
    the word "halaman" of many story lines). Read when the rule set is compiled
    (`cleaner.rules.RuleSet.split_needles`), so kept in its disk cache."""
    return shape(_marked(source)).needles


def _marked(source: str) -> str:
    """``source`` with each lookaround a group named `LOOKAROUND_GROUP` and a number."""
    count = itertools.count()
    return _LOOKAROUND.sub(lambda _m: f"(?P<{LOOKAROUND_GROUP}{next(count)}>", source)


def split_also(source: str) -> tuple[tuple[str, ...], ...]:
    """Other literal groups every match of the split rule ``source`` holds one of each
    of (`Shape.also`, read as `split_needles` reads the rule; at most `MAX_GROUP_LITERALS`
    literals a group): `cleaner.segment.Splitter.split` asks a line for them before its
    regex. split-read-also-bracketed's label literals ("Baca", "BACA") let every "Baca
    Juga" line through, but its every match holds a bracket ("(" or "[") and its close
    (0.58 regex calls a bulk row and 3.2 a seed page, none matching; benchmarks/README.md,
    rulecost25). Read when the rule set is compiled (`cleaner.rules.RuleSet.split_also`)."""
    return tuple(g for g in shape(_marked(source)).also if len(g) <= MAX_GROUP_LITERALS)


def split_min_len(source: str) -> int:
    """The fewest characters a match of the split rule ``source`` spans (a lookaround
    spans none, as the engine reads it): a shorter line is not searched (a label alone
    on its line, "Baca Juga", is shorter than any link it glues: 0.41 of the 0.51 lines
    a bulk row that split-read-also's literals let through; benchmarks/README.md,
    textpass22). Read from the parse `shape` reads (0: no claim, when it cannot)."""
    return shape(source).min_len


class Macros:
    """The ``[macros]`` of a chain, each expanded only when a pattern first uses it (then
    remembered), in the scope where it is defined: a macro sees the built-ins, the
    macros of the files its file extends and those defined before it in its own file.
    An expansion longer than `MAX_PATTERN_CHARS` raises `RuleSetError`."""

    def __init__(self, tables: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """``tables``: (label, macros) pairs, the files extended first."""
        self._defs: list[tuple[str, str, str]] = [(k, v, "built-in") for k, v in BUILTIN_MACROS.items()]
        for label, table in tables:
            expect(isinstance(table, dict), label, "[macros] must map names to patterns")
            for key, value in table.items():
                expect(isinstance(value, str), label, f"macro {key!r} must be a pattern string")
                self._defs.append((key, value, label))
        self._positions: dict[str, list[int]] = {}
        for index, (key, _body, _label) in enumerate(self._defs):
            self._positions.setdefault(key, []).append(index)
        self._done: dict[int, str] = {}

    def expand(self, source: str, where: str, upto: int | None = None) -> str:
        """``source`` with each ``{name}`` replaced by its macro's expansion, as
        ``(?:...)``; ``upto``: only the definitions before this index are seen."""
        limit = len(self._defs) if upto is None else upto

        def sub(m: regex.Match[str]) -> str:
            name = m.group(1)
            index = max((i for i in self._positions.get(name, ()) if i < limit), default=None)
            if index is None:
                known = sorted({k for i, (k, _b, _l) in enumerate(self._defs) if i < limit})
                raise RuleSetError(f"{where}: unknown macro {{{name}}}; known: {known}")
            return f"(?:{self._expansion(index)})"

        out = MACRO.sub(sub, source) if "{" in source else source
        expect(len(out) <= MAX_PATTERN_CHARS, where,
                f"the pattern is over {MAX_PATTERN_CHARS:,} characters once its macros are expanded")
        return out

    def _expansion(self, index: int) -> str:
        if index not in self._done:
            name, body, label = self._defs[index]
            self._done[index] = self.expand(body, f"{label}: macro {name!r}", upto=index)
        return self._done[index]


def compile_pattern(source: str, where: str, *, check: bool) -> regex.Pattern[str]:
    """Compile a rule's pattern; with ``check``, first screen it for backtracking that
    can grow without bound (`cleaner.match.prefilter.backtracking_risk`)."""
    if check:
        from .prefilter import backtracking_risk

        risk = backtracking_risk(NAMED_GROUP.sub("(?:", source))
        expect(risk is None, where, f"pattern may backtrack without bound: {risk}")
    try:
        return regex.compile(source)
    except regex.error as e:
        raise RuleSetError(f"{where}: bad pattern: {e}") from None
    except (RecursionError, OverflowError, ValueError, MemoryError) as e:
        raise RuleSetError(f"{where}: bad pattern: {type(e).__name__}") from None


def compile_rule(raw: Any, label: str, macros: Mapping[str, str] | Macros, *, check: bool = True) -> Rule:
    """One ``[[rule]]`` table, compiled. With ``check`` (a user's file), also its samples,
    negative samples, the probe sentences and the pattern screen."""
    if not isinstance(macros, Macros):
        macros = Macros([("<macros>", dict(macros))])
    expect(isinstance(raw, dict), label, "each [[rule]] must be a table")
    rid = raw.get("id")
    where = f"{label}: rule {rid!r}"
    expect(isinstance(rid, str) and bool(_RULE_ID.fullmatch(rid or "")),
            where, "'id' must be lower-case words joined by '-' (or learned:<site>:<n>)")
    expect(rid not in RESERVED_IDS and not rid.startswith(RESERVED_PREFIX), where,
            f"id {rid!r} is reserved for the engine; reserved ids: {', '.join(sorted(RESERVED_IDS))} "
            f"and every id that starts with {RESERVED_PREFIX!r}")
    unknown = set(raw) - RULE_KEYS
    expect(not unknown, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    kind = choice(raw, "kind", KINDS, "", where)
    action = choice(raw, "action", ACTIONS, "", where)
    string_value(raw, "match", where)
    why = string_value(raw, "why", where)
    field = raw.get("field")
    if action in ("field", "prefix", "harvest"):
        expect(field is not None, where, f"action {action!r} needs a 'field'")
    if field is not None:
        expect(isinstance(field, str) and field in FIELDS, where,
                f"'field' must be one of {sorted(FIELDS)}, not {field!r}")
    select = choice(raw, "select", frozenset(get_args(Select)), "all", where)
    where_ = choice(raw, "where", frozenset(get_args(Where)), "any", where)
    end = boolean(raw, "end", where)
    samples = str_list(raw.get("samples"), where, "samples")
    expect(bool(samples), where, "give at least one sample line the rule must match")
    negatives = str_list(raw.get("not", []), where, "not")
    source = macros.expand(raw["match"], where)
    pattern = compile_pattern(source, where, check=check)
    item = None
    if "item" in raw:
        expect(action == "block", where, "'item' is only for action 'block'")
        string_value(raw, "item", where)
        item = compile_pattern(macros.expand(raw["item"], where + " item"), where + " item", check=check)
    max_items = raw.get("max_items")
    if max_items is not None:
        expect(action == "block", where, "'max_items' is only for action 'block'")
        expect(isinstance(max_items, int) and not isinstance(max_items, bool) and max_items > 0, where,
               f"'max_items' must be a positive integer, not {max_items!r}")
    bare_until_dateline = boolean(raw, "bare_until_dateline", where)
    if bare_until_dateline:
        expect(action == "block" and item is not None, where,
               "'bare_until_dateline' is only for action 'block' with an 'item'")
    over_title = boolean(raw, "over_title", where)
    if over_title:
        expect(action == "drop", where, "'over_title' is only for action 'drop'")
    expect(pattern.groups == len(pattern.groupindex), where,
            "use (?:...) for grouping; only named groups may capture")
    if check:
        matches = {"prefix": pattern.match, "harvest": pattern.search, "split": pattern.search}.get(
            action, pattern.fullmatch)
        for sample in samples:
            expect(matches(sample) is not None, where, f"sample {sample!r} does not match")
        for sample in negatives:
            expect(matches(sample) is None, where, f"negative sample {sample!r} matches")
        expect(pattern.fullmatch("") is None, where, "pattern matches the empty line")
        for probe in PROBE_SENTENCES:
            expect(matches(probe) is None, where, f"pattern matches ordinary story text: {probe!r}")
    return Rule(
        id=rid, kind=kind, action=action, pattern=pattern, source=source,  # type: ignore[arg-type]
        why=why, field=field, item=item, select=select, end=end, where=where_,  # type: ignore[arg-type]
        max_items=max_items, bare_until_dateline=bare_until_dateline, over_title=over_title,
    )


def line_matcher(rules: tuple[Rule, ...], *, whole: bool = True) -> LineMatcher[Rule] | None:
    """Tries only the rules that can match a line (`cleaner.match.prefilter`), in file order:
    the answer of the rules joined into one alternation, without walking every branch."""
    from .prefilter import LineMatcher, enabled

    if not rules:
        return None
    sources = [NAMED_GROUP.sub("(?:", r.pattern.pattern) for r in rules]
    return LineMatcher([r.pattern for r in rules], rules, sources=sources, whole=whole, prefilter=enabled())
