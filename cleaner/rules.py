"""Rule sets: outlet knowledge as data, loaded from ``cleaner/rules/*.toml``.

One file per outlet, plus ``generic.toml`` that every outlet extends. A file is
validated once when it is loaded (unknown keys, bad or over-broad patterns, duplicate
ids, samples that do not match their rule all raise `RuleSetError`) and compiled into
a `RuleSet` whose line rules are joined into one alternation, so each line costs one
match however many rules there are. Loaded rule sets are cached per process.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from .dates import DATE_PATTERN
from .errors import RuleSetError, UnknownOutletError

if TYPE_CHECKING:  # imported where rule sets are compiled: `import cleaner` stays light
    from .prefilter import LineMatcher

#: What a rule does with the line it matches.
#: ``split``: the pattern is searched anywhere in a line, and the line is cut at the start
#: and end of each match into parts that go through the rules as lines of their own.
ACTIONS = frozenset({"drop", "field", "label", "block", "prefix", "harvest", "split"})
#: The kinds of chrome a rule can remove; the section a rule belongs to.
KINDS = frozenset({
    "ad", "overlay", "share", "widget", "caption", "read_also", "related", "author_box",
    "disclaimer", "end", "metadata", "dateline", "promo", "signoff", "summary", "tags",
    "navigation", "embed", "duplicate", "template",
})
#: Record fields a rule can fill.
FIELDS = frozenset({
    "title", "subtitle", "authors", "editors", "published", "dateline", "source",
    "reading_time_minutes", "summary", "captions", "related", "tags",
})
_RULESET_KEYS = frozenset({
    "name", "extends", "description", "hosts", "fingerprints", "title", "deck", "disable",
    "precedence",
})
_RULE_KEYS = frozenset({
    "id", "kind", "action", "match", "why", "samples", "not", "field", "item", "select",
    "end", "ignore_case", "where",
})
#: Keys of the optional ``[html]`` table: element selectors for raw HTML pages.
HTML_KEYS: tuple[str, ...] = (
    "body", "title", "subtitle", "date", "byline", "editor", "summary", "caption", "related", "tags", "drop",
)
_HTML_TABLE_KEYS = frozenset({*HTML_KEYS, "why"})
_TITLE_MODES = frozenset({"first-line", "heuristic"})
_SELECT_MODES = frozenset({"all", "repeated"})
#: ``before``: a file's own rules are tried before those it extends (hand-written
#: outlets); ``after``: only lines no inherited rule takes reach them (learned rules).
_PRECEDENCE = frozenset({"before", "after"})
#: Rule ids: lower-case words joined by '-'; rules learned from a site's pages
#: (`cleaner.learn`) use the namespace ``learned:<site>:<n>``.
_RULE_ID = regex.compile(r"[a-z0-9][a-z0-9-]*|learned:[a-z0-9][a-z0-9.-]*:[0-9]+")

#: Ordinary story sentences (written for this check). A rule that matches one of
#: them would eat story text, so loading it fails.
PROBE_SENTENCES: tuple[str, ...] = (
    "Pemerintah kota mengumumkan jadwal baru angkutan umum pada Senin pagi.",
    "Ia mengatakan, keputusan itu diambil setelah rapat panjang dengan warga desa.",
    '"Kami akan terus memantau situasi di lapangan," ujarnya kepada wartawan.',
    "Harga beras di pasar tradisional naik dua persen dibanding pekan lalu.",
    "Menurut dia, banjir yang melanda tiga kecamatan itu sudah mulai surut.",
)

_MACRO = regex.compile(r"\{([a-z_]+)\}")
# Inside the joined alternation only the per-rule wrappers capture; a rule's own
# groups are matched again by its own pattern once it is known to have matched.
_NAMED_GROUP = regex.compile(r"(?<!\\)\(\?P<[A-Za-z_]\w*>")
_BUILTIN_MACROS = {"date": DATE_PATTERN}


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule. ``pattern`` matches a whole line (``prefix``: its start)."""

    id: str
    kind: str
    action: str
    pattern: regex.Pattern[str]
    source: str
    why: str
    field: str | None = None
    item: regex.Pattern[str] | None = None
    select: str = "all"
    end: bool = False
    where: str = "any"

    def extra_fields(self, m: regex.Match[str]) -> list[tuple[str, str]]:
        """Other fields the match fills: named groups called after a record field
        (``(?P<editors>...)`` in a "Penulis: A | Editor: B" line)."""
        return [(name, m.group(name)) for name in self.pattern.groupindex
                if name in FIELDS and m.group(name)]

    def value(self, m: regex.Match[str]) -> str:
        """The captured value: the ``value`` group when the pattern has one, else the match."""
        if "value" in self.pattern.groupindex:
            got = m.group("value")
            return got if got is not None else ""
        return m.group(0)


@dataclass(frozen=True, slots=True)
class HtmlRules:
    """The ``[html]`` selectors of a rule set, the outlet's own before those it extends.

    Each key maps to selectors: CSS (``div.story > p``) or, when it starts with ``/``,
    ``./`` or ``(``, XPath 1.0. ``body``: the elements holding the story (the first that
    matches is the container); ``title``/``subtitle``/``date``/``byline``/``editor``: where
    those fields are printed; ``summary``/``caption``/``related``/``tags``: boxes whose
    text goes to those fields; ``drop``: chrome removed before anything else. The selectors are
    compiled (lxml) on the first HTML page, once per process: text pages never import lxml.
    """

    body: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    editor: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    caption: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    #: Where the selectors came from, for error messages.
    label: str = ""


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A compiled, merged rule set: an outlet's own rules, then those it extends."""

    name: str
    description: str
    hosts: tuple[str, ...]
    fingerprints: tuple[regex.Pattern[str], ...]
    title_mode: str
    deck: bool
    rules: tuple[Rule, ...]
    line_rules: tuple[Rule, ...]
    prefix_rules: tuple[Rule, ...]
    harvest_rules: tuple[Rule, ...]
    #: ``split`` rules: where a line that glues chrome to text is cut into parts.
    split_rules: tuple[Rule, ...]
    _line_matcher: LineMatcher[Rule] | None = dataclasses.field(compare=False)
    _prefix_matcher: LineMatcher[Rule] | None = dataclasses.field(compare=False)
    html: HtmlRules = HtmlRules()

    def match_line(self, text: str) -> tuple[Rule, regex.Match[str]] | None:
        """The first rule (in file order) whose pattern matches all of ``text``."""
        return None if self._line_matcher is None else self._line_matcher.match(text)

    def match_lines(self, texts: Sequence[str]) -> list[tuple[Rule, regex.Match[str]] | None]:
        """`match_line` for each of ``texts`` (a page's blocks), in one call."""
        return [None] * len(texts) if self._line_matcher is None else self._line_matcher.match_all(texts)

    def match_prefix(self, text: str) -> tuple[Rule, regex.Match[str]] | None:
        """The first ``prefix`` rule that matches the start of ``text``."""
        return None if self._prefix_matcher is None else self._prefix_matcher.match(text)


def available_outlets() -> list[str]:
    """Names of the rule sets shipped with the package (``generic`` included)."""
    return list(_shipped_names())


@functools.cache
def _shipped_names() -> tuple[str, ...]:
    # Listed once per process: detection asks for every page, and the package's
    # files do not change while it runs.
    from importlib import resources  # here, not at import: `import cleaner` stays light

    folder = resources.files("cleaner") / "rules"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@functools.lru_cache(maxsize=64)
def load_ruleset(name: str) -> RuleSet:
    """Load, validate, merge and compile the rule set ``name`` (a shipped outlet name
    or a path to a ``.toml`` file). Cached: each is compiled once per process."""
    chain = _load_chain(name, seen=())
    return _compile(chain)


def compile_ruleset(data: dict[str, Any], *, label: str = "<rules>") -> RuleSet:
    """Validate and compile a rule set given as data (the parsed TOML of a rule file),
    resolving its ``extends`` like `load_ruleset` does. Not cached: rule sets built in
    memory (learned ones) are compiled once by their owner."""
    meta = data.get("ruleset") if isinstance(data, dict) else None
    if not isinstance(meta, dict):
        raise RuleSetError(f"{label}: missing the [ruleset] table")
    chain = [(label, data)]
    parent = meta.get("extends")
    if parent:
        _expect(isinstance(parent, str), label, "'extends' must be a rule set name")
        chain += _load_chain(parent, seen=(label,))
    return _compile(chain)


def loads_ruleset(text: str, *, label: str = "<rules>") -> RuleSet:
    """`compile_ruleset` for the TOML text of a rule file."""
    import tomllib  # on first use, not with the package (see `_read`)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RuleSetError(f"{label}: not valid TOML: {e}") from None
    return compile_ruleset(data, label=label)


def _read(name: str) -> tuple[str, dict[str, Any]]:
    # Imported on the first rule set, not by `import cleaner`: they cost more than
    # the rest of the package's imports together.
    import tomllib
    from importlib import resources
    from pathlib import Path

    if name.endswith(".toml"):
        path = Path(name)
        label = str(path)
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise RuleSetError(f"cannot read rule file {label}: {e.strerror}") from None
    else:
        if name not in _shipped_names():
            raise UnknownOutletError(
                f"no rule set named {name!r}; choose one of: {', '.join(available_outlets())}"
            )
        label = f"cleaner/rules/{name}.toml"
        raw = (resources.files("cleaner") / "rules" / f"{name}.toml").read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RuleSetError(f"{label}: not valid TOML: {e}") from None
    return label, data


def _load_chain(name: str, seen: tuple[str, ...]) -> list[tuple[str, dict[str, Any]]]:
    if name in seen:
        raise RuleSetError(f"rule sets extend each other in a loop: {' -> '.join((*seen, name))}")
    label, data = _read(name)
    meta = data.get("ruleset")
    if not isinstance(meta, dict):
        raise RuleSetError(f"{label}: missing the [ruleset] table")
    parent = meta.get("extends")
    chain = [(label, data)]
    if parent:
        if not isinstance(parent, str):
            raise RuleSetError(f"{label}: 'extends' must be a rule set name")
        chain += _load_chain(parent, (*seen, name))
    return chain


def _expect(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise RuleSetError(f"{where}: {msg}")


def _str_list(value: Any, where: str, key: str) -> list[str]:
    _expect(
        isinstance(value, list) and all(isinstance(x, str) for x in value),
        where, f"'{key}' must be a list of strings",
    )
    return list(value)


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        _expect(name in macros, where, f"unknown macro {{{name}}}; known: {sorted(macros)}")
        return f"(?:{macros[name]})"

    return _MACRO.sub(sub, pattern)


def _compile_pattern(source: str, where: str, ignore_case: bool) -> regex.Pattern[str]:
    try:
        return regex.compile(f"(?i:{source})" if ignore_case else source)
    except regex.error as e:
        raise RuleSetError(f"{where}: bad pattern: {e}") from None


def _compile_rule(raw: Any, label: str, macros: dict[str, str]) -> Rule:
    _expect(isinstance(raw, dict), label, "each [[rule]] must be a table")
    rid = raw.get("id")
    where = f"{label}: rule {rid!r}"
    _expect(isinstance(rid, str) and bool(_RULE_ID.fullmatch(rid or "")),
            where, "'id' must be lower-case words joined by '-' (or learned:<site>:<n>)")
    unknown = set(raw) - _RULE_KEYS
    _expect(not unknown, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
    for key in ("kind", "action", "match", "why"):
        _expect(isinstance(raw.get(key), str) and bool(raw[key]), where, f"'{key}' is required")
    _expect(raw["kind"] in KINDS, where, f"kind {raw['kind']!r} is not one of {sorted(KINDS)}")
    action = raw["action"]
    _expect(action in ACTIONS, where, f"action {action!r} is not one of {sorted(ACTIONS)}")
    field = raw.get("field")
    if action in ("field", "label", "prefix", "harvest"):
        _expect(field is not None, where, f"action {action!r} needs a 'field'")
    if field is not None:
        _expect(field in FIELDS, where, f"field {field!r} is not one of {sorted(FIELDS)}")
    select = raw.get("select", "all")
    _expect(select in _SELECT_MODES, where, f"select must be one of {sorted(_SELECT_MODES)}")
    ignore_case = bool(raw.get("ignore_case", False))
    where_ = raw.get("where", "any")
    _expect(where_ in ("any", "head"), where, "where must be 'any' or 'head'")
    source = _expand(raw["match"], macros, where)
    pattern = _compile_pattern(source, where, ignore_case)
    item = None
    if "item" in raw:
        _expect(action == "block", where, "'item' is only for action 'block'")
        item = _compile_pattern(_expand(raw["item"], macros, where), where + " item", ignore_case)
    samples = _str_list(raw.get("samples"), where, "samples")
    _expect(bool(samples), where, "give at least one sample line the rule must match")
    _expect(pattern.groups == len(pattern.groupindex), where,
            "use (?:...) for grouping; only named groups may capture")
    matches = {"prefix": pattern.match, "harvest": pattern.search, "split": pattern.search}.get(
        action, pattern.fullmatch)
    for sample in samples:
        _expect(matches(sample) is not None, where, f"sample {sample!r} does not match")
    for sample in _str_list(raw.get("not", []), where, "not"):
        _expect(matches(sample) is None, where, f"negative sample {sample!r} matches")
    _expect(pattern.fullmatch("") is None, where, "pattern matches the empty line")
    for probe in PROBE_SENTENCES:
        _expect(matches(probe) is None, where, f"pattern matches ordinary story text: {probe!r}")
    return Rule(
        id=rid, kind=raw["kind"], action=action, pattern=pattern, source=source,
        why=raw["why"], field=field, item=item, select=select, end=bool(raw.get("end", False)),
        where=where_,
    )


def _compile(chain: list[tuple[str, dict[str, Any]]]) -> RuleSet:
    own_label, own = chain[0]
    meta = own["ruleset"]
    unknown = set(meta) - _RULESET_KEYS
    _expect(not unknown, own_label, f"unknown [ruleset] keys {sorted(unknown)}")
    name = meta.get("name")
    _expect(isinstance(name, str) and bool(name), own_label, "[ruleset] needs a 'name'")
    title_mode = meta.get("title", "heuristic")
    _expect(title_mode in _TITLE_MODES, own_label, f"title must be one of {sorted(_TITLE_MODES)}")
    # A file's `disable` holds for everything that extends it too.
    disabled: set[str] = set()
    for label, data in chain:
        disabled.update(_str_list(data["ruleset"].get("disable", []), label, "disable"))
    precedence = meta.get("precedence", "before")
    _expect(precedence in _PRECEDENCE, own_label, f"precedence must be one of {sorted(_PRECEDENCE)}")

    macros = dict(_BUILTIN_MACROS)
    for label, data in reversed(chain):  # parents first, so children may override
        extra = data.get("macros", {})
        _expect(isinstance(extra, dict), label, "[macros] must map names to patterns")
        for key, value in extra.items():
            _expect(isinstance(value, str), label, f"macro {key!r} must be a pattern string")
            macros[key] = _expand(value, macros, label)

    rules: list[Rule] = []
    seen: dict[str, str] = {}
    ordered = chain if precedence == "before" else [*chain[1:], chain[0]]
    for label, data in ordered:
        top = set(data) - {"ruleset", "rule", "macros", "html"}
        _expect(not top, label, f"unknown top-level tables {sorted(top)}")
        for raw in data.get("rule", []):
            rule = _compile_rule(raw, label, macros)
            _expect(rule.id not in seen, label,
                    f"duplicate rule id {rule.id!r} (also in {seen.get(rule.id)})")
            seen[rule.id] = label
            if rule.id not in disabled:
                rules.append(rule)
    missing = disabled - set(seen)
    _expect(not missing, own_label, f"'disable' names unknown rules {sorted(missing)}")

    fingerprints = tuple(
        _compile_pattern(p, f"{own_label}: fingerprint", False)
        for p in _str_list(meta.get("fingerprints", []), own_label, "fingerprints")
    )
    html = _html_rules(chain, own_label)
    line_rules = tuple(r for r in rules if r.action not in ("prefix", "harvest", "split"))
    prefix_rules = tuple(r for r in rules if r.action == "prefix")
    harvest_rules = tuple(r for r in rules if r.action == "harvest")
    return RuleSet(
        name=name,
        description=str(meta.get("description", "")),
        hosts=tuple(_str_list(meta.get("hosts", []), own_label, "hosts")),
        fingerprints=fingerprints,
        title_mode=title_mode,
        deck=bool(meta.get("deck", False)),
        rules=tuple(rules),
        line_rules=line_rules,
        prefix_rules=prefix_rules,
        harvest_rules=harvest_rules,
        split_rules=tuple(r for r in rules if r.action == "split"),
        _line_matcher=_line_matcher(line_rules),
        _prefix_matcher=_line_matcher(prefix_rules, whole=False),
        html=html,
    )


def _line_matcher(rules: tuple[Rule, ...], *, whole: bool = True) -> LineMatcher[Rule] | None:
    """Tries only the rules that can match a line (`cleaner.prefilter`), in file order:
    the answer of the joined alternation below, without walking every branch."""
    from .prefilter import LineMatcher

    if not rules:
        return None
    sources = [_NAMED_GROUP.sub("(?:", r.pattern.pattern) for r in rules]
    return LineMatcher([r.pattern for r in rules], rules, sources=sources, whole=whole)


def _html_rules(chain: list[tuple[str, dict[str, Any]]], own_label: str) -> HtmlRules:
    """Merge the ``[html]`` tables of a chain: each key lists the outlet's own selectors
    first, then those of the rule sets it extends. Shapes are checked here; selector
    syntax is checked when they are compiled (`cleaner.htmlrules`)."""
    merged: dict[str, list[str]] = {key: [] for key in HTML_KEYS}
    for label, data in chain:
        table = data.get("html")
        if table is None:
            continue
        where = f"{label}: [html]"
        _expect(isinstance(table, dict), where, "must be a table")
        unknown = set(table) - _HTML_TABLE_KEYS
        _expect(not unknown, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(_HTML_TABLE_KEYS)}")
        for key in HTML_KEYS:
            if key in table:
                selectors = _str_list(table[key], where, key)
                _expect(all(s.strip() for s in selectors), where, f"'{key}' has an empty selector")
                merged[key] += [s for s in selectors if s not in merged[key]]
    return HtmlRules(label=own_label, **{key: tuple(v) for key, v in merged.items()})


def _alternation(rules: tuple[Rule, ...]) -> regex.Pattern[str] | None:
    """One pattern ``(?P<r0>...)|(?P<r1>...)``: the first alternative that matches wins,
    so file order is kept and a line costs one match for the whole rule set."""
    if not rules:
        return None
    parts = (f"(?P<r{i}>{_NAMED_GROUP.sub('(?:', r.pattern.pattern)})" for i, r in enumerate(rules))
    return regex.compile("|".join(parts))
