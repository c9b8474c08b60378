"""Rule sets: outlet knowledge as data, loaded from ``cleaner/rules/*.toml``.

One file per outlet, plus ``generic.toml`` that every outlet extends. The language is
documented key by key in ``docs/rules.md`` (`SCHEMA` below is its source of truth; a
test holds the two equal). This module reads, merges and checks the files and holds
the compiled forms (`Rule`, `HtmlRules`, `RuleSet`); `cleaner.match.compile` compiles
the patterns, macros and rules.

Loading is lazy and cheap where it can be:

* ``Cleaner()`` compiles nothing. Outlet detection reads only each outlet's
  ``[ruleset]`` table (`ruleset_header`); a rule set is compiled when a page first
  needs it (`load_ruleset`, cached per process).
* The shipped files are trusted: their samples, probe sentences, pattern screen and
  selectors are checked by the test suite (`validate_ruleset`), not by every process.
  A user's own file (a ``.toml`` path, or data given to `compile_ruleset`) is checked
  in full when it is loaded, and any problem raises `RuleSetError` naming the file,
  the rule and the key.
* A compiled rule set is kept on disk between processes (`cache_dir`), keyed by the
  content of every file of its chain, the package's code and the versions of Python
  and ``regex``. A cached rule set loads in a few milliseconds instead of ~100.

Lines are matched through `cleaner.match.prefilter`: each line gets the first rule in
file order that matches it, without trying the rules that cannot match.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, get_args

import regex

from .errors import RuleSetError, UnknownOutletError
from .fields import FIELD_NAMES

if TYPE_CHECKING:  # imported where rule sets are compiled: `import cleaner` stays light
    from .match.prefilter import LineMatcher

T = TypeVar("T")

#: What a rule does with the line it matches.
#: ``split``: the pattern is searched anywhere in a line, and the line is cut at the start
#: and end of each match into parts that go through the rules as lines of their own.
Action = Literal["drop", "field", "label", "block", "prefix", "harvest", "split"]
#: The kinds of chrome a rule can remove: a label for reports and for the HTML front end.
Kind = Literal[
    "ad", "overlay", "share", "widget", "caption", "read_also", "related", "author_box",
    "disclaimer", "end", "metadata", "dateline", "promo", "signoff", "summary", "tags",
    "navigation", "embed", "duplicate", "template",
]
#: Where a rule holds: anywhere, only before the story starts, or only from the
#: headline to the story's end (a photo's credit, not a site's menu or footer).
Where = Literal["any", "head", "story"]
#: How the headline is found: the first unclaimed block, or a title-like block among the first few.
TitleMode = Literal["first-line", "heuristic"]
#: What starts the story: a sentence-like block (or a dateline), or any prose-like block too.
StoryMode = Literal["sentence", "prose"]
#: Which items of a ``block`` rule go to its field.
Select = Literal["all", "repeated", "titles"]
#: ``before``: a file's own rules are tried before those it extends (hand-written
#: outlets); ``after``: only lines no inherited rule takes reach them (learned rules).
Precedence = Literal["before", "after"]

ACTIONS: frozenset[str] = frozenset(get_args(Action))
KINDS: frozenset[str] = frozenset(get_args(Kind))
#: Record fields a rule can fill: every field of the registry (`cleaner.fields`).
FIELDS: frozenset[str] = frozenset(FIELD_NAMES)
#: Keys of the optional ``[html]`` table: element selectors for raw HTML pages.
HTML_KEYS: tuple[str, ...] = (
    "body", "title", "subtitle", "date", "byline", "editor", "summary", "caption", "related", "tags", "drop",
)

#: The rule language: per table, each key's type and default as docs/rules.md states
#: them. The loader's key checks read it; tests/test_rules.py compares it to the docs.
SCHEMA: dict[str, dict[str, tuple[str, str]]] = {
    "[ruleset]": {
        "name": ("string", "required"),
        "extends": ("string", "none"),
        "description": ("string", '""'),
        "hosts": ("array of strings", "[]"),
        "fingerprints": ("array of patterns", "[]"),
        "weak_fingerprints": ("array of patterns", "[]"),
        "markers": ("array of selectors", "[]"),
        "title": ('"first-line" or "heuristic"', '"heuristic"'),
        "story": ('"sentence" or "prose"', '"prose" when title is "heuristic", else "sentence"'),
        "deck": ("boolean", "false"),
        "disable": ("array of rule ids", "[]"),
        "precedence": ('"before" or "after"', '"before"'),
    },
    "[macros]": {
        "<name>": ("pattern", "none"),
    },
    "[[rule]]": {
        "id": ("string", "required"),
        "kind": ("one of the kinds", "required"),
        "action": ('"drop", "field", "label", "block", "prefix", "harvest" or "split"', "required"),
        "match": ("pattern", "required"),
        "why": ("string", "required"),
        "samples": ("array of strings", "required"),
        "not": ("array of strings", "[]"),
        "field": ("one of the fields", "none"),
        "item": ("pattern", "none"),
        "max_items": ("positive integer", "none"),
        "bare_until_dateline": ("boolean", "false"),
        "over_title": ("boolean", "false"),
        "select": ('"all", "repeated" or "titles"', '"all"'),
        "end": ("boolean", "false"),
        "where": ('"any", "head" or "story"', '"any"'),
    },
    "[html]": {
        **{key: ("array of selectors", "[]") for key in HTML_KEYS},
        "why": ("string", '""'),
    },
}
RULESET_KEYS = frozenset(SCHEMA["[ruleset]"])
RULE_KEYS = frozenset(SCHEMA["[[rule]]"])
HTML_TABLE_KEYS = frozenset(SCHEMA["[html]"])
#: The tables a rule file may hold.
TABLES = frozenset({"ruleset", "macros", "rule", "html"})

#: Ids the engine and the HTML front end give the blocks they take (`Removal.rule`):
#: a rule may not use one, or `removed` could not tell them apart. Every id that
#: starts with `RESERVED_PREFIX` is the HTML front end's too.
RESERVED_PREFIX = "html-"
RESERVED_IDS = frozenset({
    # cleaner.engine
    "opening-copy", "name-under-share",
    "headline", "headline-repeat", "headline-glued-caption", "deck", "before-story", "after-story",
    "repeated-line", "repeated-caption", "credited-caption", "container-blob", "trailing-fragments", "trailing-title",
    "dated-caption",
    "trailing-signoff", "trailing-stamp", "trailing-address", "pull-quote", "index-page", "name-by-date",
    "writer-name-line", "trailing-contributors",
    "dashed-titles",
    # cleaner.html.frontend
    "outside-main", "html-drop", "html-caption", "html-related", "html-tags", "html-link-list",
    "html-date", "html-byline", "html-title", "html-trailing-name", "html-trailing-heading", "html-meta-box",
    "html-control-box", "html-subtitle", "html-summary", "html-author-box", "html-icon-bar",
    "html-paywall",
    "not-an-article",
    # cleaner.markdown
    "markdown-image", "markdown-mark", "markdown-link-list",
})
#: Rule ids: lower-case words joined by '-'; rules learned from a site's pages
#: (`cleaner.learn.model`) use the namespace ``learned:<site>:<n>``.
#: (The source: `cleaner.match.compile` compiles it, imported only to compile a rule file,
#: which a run whose rule sets come from the cache never does.)
RULE_ID = r"[a-z0-9][a-z0-9-]*|learned:[a-z0-9][a-z0-9.-]*:[0-9]+"
#: A ``prefix`` rule's match (a dateline: place, outlet, date, dash; the longest of the
#: dev data and the bulk rows is under 40 characters, a wire release's with its date
#: about 50) is at most this long: a longer one is a story line's words (or a run of
#: letters) that fit the pattern, and stays in the paragraph.
MAX_PREFIX_CHARS = 80
#: A pattern, macros expanded, may not be longer than this (doubling macros would
#: otherwise exhaust memory long before the regex compiler refuses them).
MAX_PATTERN_CHARS = 65_536

#: Ordinary story sentences (written for this check). A rule that matches one of
#: them would eat story text, so loading it fails.
PROBE_SENTENCES: tuple[str, ...] = (
    "Pemerintah kota mengumumkan jadwal baru angkutan umum pada Senin pagi.",
    "Ia mengatakan, keputusan itu diambil setelah rapat panjang dengan warga desa.",
    '"Kami akan terus memantau situasi di lapangan," ujarnya kepada wartawan.',
    "Harga beras di pasar tradisional naik dua persen dibanding pekan lalu.",
    "Menurut dia, banjir yang melanda tiga kecamatan itu sudah mulai surut.",
)



@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule. ``pattern`` matches a whole line (``prefix``: its start)."""

    id: str
    kind: Kind
    action: Action
    pattern: regex.Pattern[str]
    source: str
    why: str
    field: str | None = None
    item: regex.Pattern[str] | None = None
    select: Select = "all"
    end: bool = False
    where: Where = "any"
    #: ``block``: the items a box holds at most (IDN Times' "Editor's picks": three).
    max_items: int | None = None
    #: ``block``: items printed with no list mark count only when a dateline paragraph
    #: closes the box (`_closed_by_dateline`).
    bare_until_dateline: bool = False
    #: ``drop``: the label is printed under the linked title it labels (a card: the
    #: title, then "Artikel Kompas.id"): the headline-shaped line right above goes with it.
    over_title: bool = False

    def __reduce__(self) -> tuple[type[Rule], tuple[Any, ...]]:
        # Explicit for the compiled build, whose native classes pickle only this way.
        return Rule, (self.id, self.kind, self.action, self.pattern, self.source, self.why, self.field, self.item,
                      self.select, self.end, self.where, self.max_items, self.bare_until_dateline, self.over_title)

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
    A user's rule file has its own selectors compiled when it is loaded, so a bad one
    fails there and not on every HTML page.
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
    #: Per key of `HTML_KEYS`, how many of its selectors (the last ones: a key lists a
    #: chain's files in order) come from the base of the ``extends`` chain (the file
    #: that extends nothing, ``generic`` for the shipped outlets) and from no file above
    #: it: the fallbacks every outlet shares.
    base_counts: tuple[int, ...] = ()

    def __reduce__(self) -> tuple[type[HtmlRules], tuple[Any, ...]]:
        return HtmlRules, tuple(getattr(self, f.name) for f in dataclasses.fields(HtmlRules))

    def is_base(self, key: str, selector: str) -> bool:
        """Whether ``selector`` under ``key`` is a shared fallback of the chain's base,
        not one an outlet's file along the chain lists (`base_counts`). The HTML front end
        tries an outlet's list selectors before its label heuristics and the base's
        after them; this holds along any chain (A -> B -> generic: A's and B's are
        the outlet's), decided by where each selector was read, not by its text."""
        selectors: tuple[str, ...] = getattr(self, key)
        count = self.base_counts[HTML_KEYS.index(key)] if self.base_counts else 0
        return selector in selectors[len(selectors) - count:] if count else False


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A compiled, merged rule set: an outlet's own rules, then those it extends."""

    name: str
    description: str
    hosts: tuple[str, ...]
    fingerprints: tuple[regex.Pattern[str], ...]
    title_mode: TitleMode
    deck: bool
    rules: tuple[Rule, ...]
    line_rules: tuple[Rule, ...]
    prefix_rules: tuple[Rule, ...]
    harvest_rules: tuple[Rule, ...]
    #: ``split`` rules: where a line that glues chrome to text is cut into parts.
    split_rules: tuple[Rule, ...]
    #: Per split rule, the literals one of which its every match holds
    #: (`cleaner.match.compile.split_needles`): the split gate's page-wide scans.
    split_needles: tuple[frozenset[str], ...]
    #: Per split rule, the fewest characters its match spans
    #: (`cleaner.match.compile.split_min_len`): a shorter line is not searched.
    split_min_lens: tuple[int, ...]
    #: Per split rule, other literal groups its every match holds one of each of
    #: (`cleaner.match.compile.split_also`): asked of a line before the rule's regex.
    split_also: tuple[tuple[tuple[str, ...], ...], ...]
    _line_matcher: LineMatcher[Rule] | None = dataclasses.field(compare=False)
    _prefix_matcher: LineMatcher[Rule] | None = dataclasses.field(compare=False)
    html: HtmlRules = HtmlRules()
    story: StoryMode = "prose"
    #: Set by the HTML front end, never by a rule file: a run of unclaimed blocks before
    #: the first sentence starts the story (the container already chose the story's
    #: blocks; text scrapes keep the sentence start).
    story_runs: bool = False

    def __reduce__(self) -> tuple[type[RuleSet], tuple[Any, ...]]:
        return RuleSet, tuple(getattr(self, f.name) for f in dataclasses.fields(RuleSet))

    def match_line(self, text: str, seen: dict[str, tuple[Rule, regex.Match[str]] | None] | None = None,
                   ) -> tuple[Rule, regex.Match[str]] | None:
        """The first rule (in file order) whose pattern matches all of ``text``.
        ``seen``: a table of this rule set's answers that the call reads and fills (a
        page's stages ask the same texts again: `cleaner.match.prefilter.LineMatcher.match_all`)."""
        return None if self._line_matcher is None else self._line_matcher.match(text, seen)

    def match_lines(self, texts: Sequence[str], seen: dict[str, tuple[Rule, regex.Match[str]] | None] | None = None,
                    ) -> list[tuple[Rule, regex.Match[str]] | None]:
        """`match_line` for each of ``texts`` (a page's blocks), in one call. ``seen``: as
        `match_line`'s (a table this rule set's matcher filled: the HTML front end's)."""
        return [None] * len(texts) if self._line_matcher is None else self._line_matcher.match_all(texts, seen)

    def shares_matcher(self, other: RuleSet) -> bool:
        """Whether ``other`` matches lines with this rule set's very matcher (a copy made by
        `dataclasses.replace`, such as `cleaner.front.FrontEnd.engine_rules`'): a table of
        one's answers (`match_line`'s ``seen``) is then the other's too."""
        return self._line_matcher is other._line_matcher

    def match_prefix(self, text: str) -> tuple[Rule, regex.Match[str]] | None:
        """The first ``prefix`` rule that matches the start of ``text``, if its match
        is a dateline's length (`MAX_PREFIX_CHARS`). The rules' literals are looked for
        in that many first characters (`LineMatcher.match_capped`: the same answer)."""
        if self._prefix_matcher is None:
            return None
        return self._prefix_matcher.match_capped(text, MAX_PREFIX_CHARS)


@dataclass(frozen=True, slots=True)
class RuleSetHeader:
    """What outlet detection reads of a rule file: its name, hosts and fingerprints
    (the ``[ruleset]`` table alone; no rule is compiled)."""

    name: str
    hosts: tuple[str, ...]
    fingerprints: tuple[regex.Pattern[str], ...]
    #: Per fingerprint, literals one of which every match holds (`cleaner.match.prefilter`):
    #: a C-level ``in`` rules most fingerprints out before a regex search.
    needles: tuple[tuple[str, ...], ...] = ()
    #: How many of `fingerprints` (the first ones) are strong: the rest are the file's
    #: ``weak_fingerprints``, which claim a page only two together or with a strong one.
    strong: int = -1
    #: The ``markers`` selectors: hooks of the outlet's own templates that claim a page
    #: with no address (`cleaner.html.outlet.page_outlet`).
    markers: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type[RuleSetHeader], tuple[Any, ...]]:
        return RuleSetHeader, (self.name, self.hosts, self.fingerprints, self.needles, self.strong, self.markers)


@dataclass(frozen=True, slots=True)
class _File:
    """One file of a chain: its label for messages, its parsed data, its bytes (for the
    disk cache; ``None`` for data given in memory) and whether it ships with the package
    (checked in full by the test suite, so not by every process)."""

    label: str
    data: dict[str, Any]
    raw: bytes | None
    trusted: bool
    #: The name it was loaded by (a shipped name or a path).
    name: str = ""


def available_outlets() -> list[str]:
    """Names of the rule sets shipped with the package (``generic`` included)."""
    return list(_shipped_names())


@functools.cache
def _shipped_names() -> tuple[str, ...]:
    # Listed once per process: detection asks for every page, and the package's
    # files do not change while it runs.
    folder = _rules_dir()
    if folder is not None:
        return tuple(sorted(n[:-5] for n in os.listdir(folder) if n.endswith(".toml")))
    from importlib import resources  # a package not on the file system (a zip)

    found = resources.files("cleaner") / "rules"
    return tuple(sorted(p.name[:-5] for p in found.iterdir() if p.name.endswith(".toml")))


@functools.cache
def _rules_dir() -> str | None:
    """The folder of the shipped rule files when the package is on the file system
    (read directly: `importlib.resources` costs ~15 ms of a one-page run to import)."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")
    return folder if os.path.isdir(folder) else None


def _sha256(data: bytes = b"") -> Any:
    """A SHA-256 hash object, without importing `hashlib` (which loads OpenSSL: ~8 ms of
    a one-page run) where the interpreter has its built-in module."""
    import importlib

    for module in ("_sha256", "_sha2"):  # CPython up to 3.11; from 3.12
        try:
            return importlib.import_module(module).sha256(data)
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256(data)


def require_outlet(name: str) -> None:
    """Fail now on an outlet no page could use: an unknown shipped name raises
    `UnknownOutletError`; a ``.toml`` path is loaded and checked in full (`RuleSetError`).
    A shipped rule set is compiled later, when a page first needs it."""
    if name.endswith(".toml"):
        load_ruleset(name)
    elif name not in _shipped_names():
        raise UnknownOutletError(f"no rule set named {name!r}; choose one of: {', '.join(available_outlets())}")


def rule_files(paths: Sequence[str]) -> list[str]:
    """The ``.toml`` files named by ``paths``: files as given, folders' files sorted.

    A path that is neither raises `RuleSetError`.
    """
    import os

    out: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            out.extend(os.path.join(path, n) for n in sorted(os.listdir(path))
                       if n.endswith(".toml") and not n.startswith("."))
        elif path.endswith(".toml") and os.path.isfile(path):
            out.append(path)
        else:
            raise RuleSetError(f"rules path {path}: not a .toml rule file or a folder of them")
    return out


@functools.lru_cache(maxsize=64)
def load_ruleset(name: str) -> RuleSet:
    """Load, merge and compile the rule set ``name`` (a shipped outlet name or a path to a
    ``.toml`` file). A path is checked in full (its samples, the probe sentences, the
    pattern screen, its selectors); the shipped files are checked by the test suite
    (`validate_ruleset`). Cached per process, and on disk across processes (`cache_dir`)."""
    key = _cache_key("ruleset", name)
    cached = _cache_get(key)
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[1], RuleSet):
        parents, found = cached
        # The files it extends, as they were compiled: still the same bytes?
        if all(_file_digest(p) == digest for p, digest in parents):
            assert isinstance(found, RuleSet)
            return found
    chain = _load_chain(name, seen=())
    ruleset = _compile(chain)
    if key is not None:
        parents = tuple((f.name, _file_digest(f.name, f.raw)) for f in chain[1:])
        _cache_put(key, (parents, ruleset))
    return ruleset


def validate_ruleset(name: str) -> RuleSet:
    """`load_ruleset` with every file of the chain checked in full, shipped ones too.
    Not cached: for the test suite and for checking a rule file by hand."""
    chain = [dataclasses.replace(f, trusted=False) for f in _load_chain(name, seen=())]
    return _compile(chain)


@functools.lru_cache(maxsize=64)
def ruleset_header(name: str) -> RuleSetHeader:
    """The name, hosts and fingerprints of rule set ``name``, read from its own
    ``[ruleset]`` table without compiling its rules (what outlet detection needs).
    Cached on disk like `load_ruleset`."""
    key = _cache_key("header", name)
    cached = _cache_get(key)
    if isinstance(cached, RuleSetHeader):
        return cached
    from .match.prefilter import shape

    file = _read(name)
    meta = _meta(file)
    where = file.label
    own_name = string_value(meta, "name", where)
    strong = _fingerprints(meta, where, check=not file.trusted)
    fingerprints = strong + _fingerprints(meta, where, check=not file.trusted, key="weak_fingerprints")
    header = RuleSetHeader(
        name=own_name,
        hosts=tuple(str_list(meta.get("hosts", []), where, "hosts")),
        fingerprints=fingerprints,
        needles=tuple(tuple(sorted(shape(p.pattern).needles)) for p in fingerprints),
        strong=len(strong),
        markers=_markers(meta, where, check=not file.trusted),
    )
    _cache_put(key, header)
    return header


def compile_ruleset(data: dict[str, Any], *, label: str = "<rules>") -> RuleSet:
    """Validate and compile a rule set given as data (the parsed TOML of a rule file),
    resolving its ``extends`` like `load_ruleset` does. Checked in full; not cached:
    rule sets built in memory (learned ones) are compiled once by their owner."""
    own = _File(label, data, None, trusted=False)
    meta = _meta(own)
    chain = [own]
    parent = meta.get("extends")
    if parent is not None:
        expect(isinstance(parent, str) and bool(parent), label, "'extends' must be a rule set name")
        chain += _load_chain(parent, seen=(label,))
    return _compile(chain)


def loads_ruleset(text: str, *, label: str = "<rules>") -> RuleSet:
    """`compile_ruleset` for the TOML text of a rule file."""
    return compile_ruleset(_parse_toml(text, label), label=label)


def _parse_toml(text: str, label: str) -> dict[str, Any]:
    import tomllib  # on first use, not with the package (see `_read`)

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RuleSetError(f"{label}: not valid TOML: {e}") from None
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise RuleSetError(f"{label}: not valid TOML: arrays or tables nested too deeply") from None


def _read_raw(name: str) -> tuple[str, bytes, bool]:
    """The label, bytes and trust of rule file ``name`` (a shipped name or a path)."""
    if name.endswith(".toml"):
        try:
            with open(name, "rb") as f:
                return name, f.read(), False
        except OSError as e:
            raise RuleSetError(f"cannot read rule file {name}: {e.strerror}") from None
    if name not in _shipped_names():
        raise UnknownOutletError(f"no rule set named {name!r}; choose one of: {', '.join(available_outlets())}")
    label, folder = f"cleaner/rules/{name}.toml", _rules_dir()
    if folder is not None:
        with open(os.path.join(folder, f"{name}.toml"), "rb") as f:
            return label, f.read(), True
    from importlib import resources

    return label, (resources.files("cleaner") / "rules" / f"{name}.toml").read_bytes(), True


def _read(name: str) -> _File:
    label, raw, trusted = _read_raw(name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RuleSetError(f"{label}: not valid TOML: {e}") from None
    return _File(label, _parse_toml(text, label), raw, trusted, name)


def _meta(file: _File) -> dict[str, Any]:
    meta = file.data.get("ruleset") if isinstance(file.data, dict) else None
    if not isinstance(meta, dict):
        raise RuleSetError(f"{file.label}: missing the [ruleset] table")
    return meta


#: A rule set may extend at most this many others, in a line.
MAX_CHAIN = 64


def _load_chain(name: str, seen: tuple[str, ...]) -> list[_File]:
    """``name``'s file, then the file it extends, and so on (``seen``: the names
    already on the way, for the loop check)."""
    chain: list[_File] = []
    path = [*seen]
    while True:
        if name in path:
            raise RuleSetError(f"rule sets extend each other in a loop: {' -> '.join((*path, name))}")
        if len(path) > MAX_CHAIN:
            raise RuleSetError(f"{path[0]}: extends more than {MAX_CHAIN} rule sets in a line")
        file = _read(name)
        chain.append(file)
        path.append(name)
        parent = _meta(file).get("extends")
        if parent is None:
            return chain
        expect(isinstance(parent, str) and bool(parent), file.label, "'extends' must be a rule set name")
        name = parent


# -- checks -------------------------------------------------------------------------------


def expect(cond: bool, where: str, msg: str) -> None:
    """Raise `RuleSetError` naming ``where`` with ``msg`` unless ``cond`` holds."""
    if not cond:
        raise RuleSetError(f"{where}: {msg}")


def str_list(value: Any, where: str, key: str) -> list[str]:
    """``value`` as a list of strings (a TOML array of them), else `RuleSetError`."""
    expect(
        isinstance(value, list) and all(isinstance(x, str) for x in value),
        where, f"'{key}' must be a list of strings",
    )
    return list(value)


def string_value(table: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    """``table[key]`` as a non-empty string (``default`` when absent and one is given)."""
    value = table.get(key, default)
    expect(isinstance(value, str) and bool(value), where,
            f"'{key}' is required" if key not in table else f"'{key}' must be a non-empty string, not {value!r}")
    return str(value)


def choice(table: Mapping[str, Any], key: str, choices: frozenset[str], default: str, where: str) -> str:
    """``table[key]``, which must be one of ``choices`` (a TOML string)."""
    value = table.get(key, default)
    expect(isinstance(value, str) and value in choices, where,
            f"'{key}' must be one of {sorted(choices)}, not {value!r}")
    return str(value)


def boolean(table: Mapping[str, Any], key: str, where: str) -> bool:
    """``table[key]`` as a TOML boolean (``true``/``false``; default false). A string
    such as ``"false"`` is refused: read as Python's truth it would mean true."""
    value = table.get(key, False)
    expect(isinstance(value, bool), where, f"'{key}' must be true or false (a TOML boolean), not {value!r}")
    return bool(value)


def _fingerprints(meta: Mapping[str, Any], where: str, *, check: bool,
                  key: str = "fingerprints") -> tuple[regex.Pattern[str], ...]:
    from .match.compile import compile_pattern

    return tuple(
        compile_pattern(p, f"{where}: fingerprint {p!r}", check=check)
        for p in str_list(meta.get(key, []), where, key)
    )


def _compile(chain: list[_File]) -> RuleSet:
    try:
        return _compile_chain(chain)
    except RecursionError:  # a deeply nested pattern or macro chain
        raise RuleSetError(f"{chain[0].label}: patterns or macros nested too deeply") from None


def _compile_chain(chain: list[_File]) -> RuleSet:
    from .match.compile import Macros, compile_rule, line_matcher, split_also, split_min_len, split_needles

    own = chain[0]
    own_label, meta = own.label, _meta(own)
    unknown = set(meta) - RULESET_KEYS
    expect(not unknown, own_label, f"unknown [ruleset] keys {sorted(unknown)}; allowed: {sorted(RULESET_KEYS)}")
    name = string_value(meta, "name", own_label)
    expect("description" not in meta or isinstance(meta["description"], str), own_label,
            "'description' must be a string")
    title_mode = choice(meta, "title", frozenset(get_args(TitleMode)), "heuristic", own_label)
    story = choice(meta, "story", frozenset(get_args(StoryMode)),
                    "prose" if title_mode == "heuristic" else "sentence", own_label)
    deck = boolean(meta, "deck", own_label)
    precedence = choice(meta, "precedence", frozenset(get_args(Precedence)), "before", own_label)
    # A file's `disable` holds for everything that extends it too.
    disabled: set[str] = set()
    for file in chain:
        disabled.update(str_list(_meta(file).get("disable", []), file.label, "disable"))

    macros = Macros([(f.label, f.data.get("macros", {})) for f in reversed(chain)])  # parents first
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    ordered = chain if precedence == "before" else [*chain[1:], chain[0]]
    for file in ordered:
        top = set(file.data) - TABLES
        expect(not top, file.label, f"unknown top-level tables {sorted(top)}; allowed: {sorted(TABLES)}")
        raw_rules = file.data.get("rule", [])
        expect(isinstance(raw_rules, list), file.label, "'rule' must be an array of tables ([[rule]])")
        for raw in raw_rules:
            rule = compile_rule(raw, file.label, macros, check=not file.trusted)
            expect(rule.id not in seen, file.label,
                    f"duplicate rule id {rule.id!r} (also in {seen.get(rule.id)})")
            seen[rule.id] = file.label
            if rule.id not in disabled:
                rules.append(rule)
    missing = disabled - set(seen)
    expect(not missing, own_label, f"'disable' names unknown rules {sorted(missing)}")

    fingerprints = _fingerprints(meta, own_label, check=not own.trusted) \
        + _fingerprints(meta, own_label, check=not own.trusted, key="weak_fingerprints")
    html = _html_rules(chain, own_label)
    _markers(meta, own_label, check=not own.trusted)  # (read by outlet detection: `ruleset_header`)
    line_rules = tuple(r for r in rules if r.action not in ("prefix", "harvest", "split"))
    prefix_rules = tuple(r for r in rules if r.action == "prefix")
    harvest_rules = tuple(r for r in rules if r.action == "harvest")
    split_rules = tuple(r for r in rules if r.action == "split")
    return RuleSet(
        name=name,
        description=str(meta.get("description", "")),
        hosts=tuple(str_list(meta.get("hosts", []), own_label, "hosts")),
        fingerprints=fingerprints,
        title_mode=title_mode,  # type: ignore[arg-type]
        story=story,  # type: ignore[arg-type]
        deck=deck,
        rules=tuple(rules),
        line_rules=line_rules,
        prefix_rules=prefix_rules,
        harvest_rules=harvest_rules,
        split_rules=split_rules,
        split_needles=tuple(split_needles(r.pattern.pattern) for r in split_rules),
        split_min_lens=tuple(split_min_len(r.pattern.pattern) for r in split_rules),
        split_also=tuple(split_also(r.pattern.pattern) for r in split_rules),
        _line_matcher=line_matcher(line_rules),
        _prefix_matcher=line_matcher(prefix_rules, whole=False),
        html=html,
    )


def _markers(meta: Mapping[str, Any], where: str, *, check: bool) -> tuple[str, ...]:
    """The ``[ruleset]`` table's ``markers``: selectors, each compiled when ``check``
    (a user's file; the shipped ones are checked by the test suite)."""
    markers = str_list(meta.get("markers", []), where, "markers")
    expect(all(s.strip() for s in markers), where, "'markers' has an empty selector")
    if check:
        from .html.rules import selector_error

        for s in markers:
            error = selector_error(s)
            expect(error is None, where, f"markers: bad selector {s!r}: {error}")
    return tuple(markers)


def _html_rules(chain: list[_File], own_label: str) -> HtmlRules:
    """Merge the ``[html]`` tables of a chain: each key lists the outlet's own selectors
    first, then those of the rule sets it extends. Shapes are checked here; a user
    file's selectors are compiled here too (`cleaner.html.rules.selector_error`), the
    shipped ones by the test suite."""
    merged: dict[str, list[str]] = {key: [] for key in HTML_KEYS}
    seen: dict[str, set[str]] = {key: set() for key in HTML_KEYS}  # O(1) membership beside the order
    base = dict.fromkeys(HTML_KEYS, 0)  # see `HtmlRules.base_counts`
    for file in chain:
        table = file.data.get("html")
        if table is None:
            continue
        where = f"{file.label}: [html]"
        expect(isinstance(table, dict), where, "must be a table")
        unknown = set(table) - HTML_TABLE_KEYS
        expect(not unknown, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(HTML_TABLE_KEYS)}")
        expect("why" not in table or isinstance(table["why"], str), where, "'why' must be a string")
        for key in HTML_KEYS:
            if key in table:
                selectors = str_list(table[key], where, key)
                expect(all(s.strip() for s in selectors), where, f"'{key}' has an empty selector")
                if not file.trusted:
                    from .html.rules import selector_error

                    for s in selectors:
                        error = selector_error(s)
                        expect(error is None, where, f"{key}: bad selector {s!r}: {error}")
                for s in selectors:
                    if s not in seen[key]:
                        seen[key].add(s)
                        merged[key].append(s)
                        if file is chain[-1]:
                            base[key] += 1
    return HtmlRules(label=own_label, base_counts=tuple(base[key] for key in HTML_KEYS),
                     **{key: tuple(v) for key, v in merged.items()})


# -- the compiled rule sets, kept on disk ----------------------------------------------------


def cache_dir() -> str | None:
    """Where compiled rule sets are kept between processes: ``$CLEANER_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/cleaner`` or ``~/.cache/cleaner``. ``CLEANER_CACHE_DIR=""`` turns
    the cache off (``None``)."""
    configured = os.environ.get("CLEANER_CACHE_DIR")
    if configured is not None:
        return configured or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cleaner")


#: A stamp is written only when every module is older than this (seconds): a file
#: changed again within its file system's timestamp tick could keep its stamp.
_SETTLED_SECONDS = 2.0


@functools.cache
def _code_key() -> bytes | None:
    """What the compiled state depends on besides a user's rule files: the code that
    builds it and every class a pickle may name (all the package's modules, compiled
    ones too: a library version does not change between development commits), the
    shipped rule files (so a warm start reads none of them) and the versions of Python
    and ``regex`` (pickled patterns hold regex's compiled code).

    Hashing the modules' content costs a few ms, so it is done once per install: the
    digest is kept in the cache directory under a stamp of the modules' file stats
    (size, mtime, ctime, inode). Any edit, checkout or reinstall changes the ctime and so
    the stamp; the ctime cannot be set back, and a stamp is not written while a module
    is younger than `_SETTLED_SECONDS`. ``None`` (no cache) for a bytecode-only install.
    """
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        modules = _modules(here)
    except OSError:
        return None
    if "rules.py" not in modules:
        return None
    prefilter = os.environ.get("CLEANER_PREFILTER", "1") != "0"  # its tables are in the pickle
    runtime = f"{sys.implementation.cache_tag}|{sys.version}|{regex.__version__}|{prefilter}".encode()
    stats = "\0".join(f"{m}|{st.st_size}|{st.st_mtime_ns}|{st.st_ctime_ns}|{st.st_ino}|{st.st_dev}"
                      for m, st in modules.items())
    folder = cache_dir()
    stamp = None if folder is None else os.path.join(
        folder, f"code-{_sha256(stats.encode('utf-8', 'surrogateescape') + runtime).hexdigest()[:40]}")
    if stamp is not None:
        with contextlib.suppress(OSError), open(stamp, "rb") as f:
            digest = f.read(64)
            if len(digest) == 32:
                return digest
    h = _sha256()
    try:
        for module in modules:
            with open(os.path.join(here, module), "rb") as f:
                h.update(module.encode("utf-8", "surrogateescape") + b"\0" + f.read())
    except OSError:
        return None
    h.update(runtime)
    digest = bytes(h.digest())
    newest = max(max(st.st_mtime, st.st_ctime) for st in modules.values())
    if stamp is not None and newest < time.time() - _SETTLED_SECONDS:
        _store(stamp, digest)
    return digest


def _modules(here: str) -> dict[str, os.stat_result]:
    """The package's modules (sources and compiled extensions) and its shipped rule
    files (``rules/*.toml``) under ``here``, by relative path, sorted, with their stats."""
    found: dict[str, os.stat_result] = {}
    folders = [""]
    while folders:
        rel = folders.pop()
        with os.scandir(os.path.join(here, rel)) as entries:
            for entry in entries:
                name = os.path.join(rel, entry.name) if rel else entry.name
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(name)
                elif entry.name.endswith((".py", ".so", ".pyd")) or (rel == "rules" and entry.name.endswith(".toml")):
                    found[name] = entry.stat()
    return dict(sorted(found.items()))


def _cache_key(what: str, name: str) -> str | None:
    """Where the compiled ``what`` of rule file ``name`` is kept (the key holds the
    file's content: `_file_digest`). Raises as `_read_raw` does for a file no page could
    use, cache or not."""
    digest = _file_digest(name)
    folder = cache_dir()
    code = None if folder is None else _code_key()
    if folder is None or code is None:
        return None
    h = _sha256(code)
    h.update(f"\0{what}\0{name}\0{digest}".encode("utf-8", "surrogateescape"))
    return os.path.join(folder, f"{what}-{h.hexdigest()[:40]}.pickle")


def shipped_cached(what: str, build: Callable[[], T]) -> T:
    """``build()``, kept in the disk cache under ``what`` (`cache_dir`): for a value that
    depends on nothing but the package's code and shipped rule files (the code key), such
    as detection's tables of the shipped outlets. Built anew without a cache."""
    folder = cache_dir()
    code = None if folder is None else _code_key()
    if folder is None or code is None:
        return build()
    h = _sha256(code)
    h.update(f"\0shipped\0{what}".encode("utf-8", "surrogateescape"))
    key = os.path.join(folder, f"shipped-{h.hexdigest()[:40]}.pickle")
    cached = _cache_get(key)
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == what:
        return cast(T, cached[1])
    value = build()
    _cache_put(key, (what, value))
    return value


def _file_digest(name: str, raw: bytes | None = None) -> str:
    """What the cache keeps of rule file ``name`` (``raw``: its bytes, when read): a
    path's SHA-256; for a shipped file, nothing: the code key hashes the shipped files
    with the modules (`_modules`), so a warm start neither reads nor hashes them (the
    generic file's ~80 kB was ~1% of a one-file run)."""
    if not name.endswith(".toml"):
        if name not in _shipped_names():
            raise UnknownOutletError(f"no rule set named {name!r}; choose one of: {', '.join(available_outlets())}")
        return ""
    return str(_sha256(_read_raw(name)[1] if raw is None else raw).hexdigest())


def _cache_get(path: str | None) -> object:
    """What `_cache_put` stored at ``path``; ``None`` when absent or unreadable (a
    truncated file, another version's classes): the caller compiles it again."""
    if path is None:
        return None
    import pickle

    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:
        return None


def _cache_put(path: str | None, value: object) -> None:
    """Keep ``value`` at ``path``. Safe with concurrent writers: each writes its own
    temporary file and renames it into place (atomic on one file system); a cache
    directory that cannot be written only costs the next process the compile."""
    if path is None:
        return
    import pickle

    _store(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    _prune(os.path.dirname(path))


#: The cache directory keeps at most this many entries. Each code change (a release,
#: an edit in a checkout) leaves the old keys' files unread for good: past the bound,
#: a write removes the oldest half, and a live entry removed only costs a recompile.
MAX_CACHE_ENTRIES = 256


def _prune(folder: str) -> None:
    """Bound the cache directory (`MAX_CACHE_ENTRIES`), oldest written first. Runs
    only after a write, that is after a miss: never on the path of a warm start."""
    try:
        entries = [e for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
        if len(entries) <= MAX_CACHE_ENTRIES:
            return
        entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime)
        for entry in entries[: len(entries) - MAX_CACHE_ENTRIES // 2]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    except OSError:
        pass  # another process pruned or the directory went away: nothing to keep


def _store(path: str, data: bytes) -> None:
    import tempfile

    folder, name = os.path.split(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=name, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only or full cache directory only costs the next process time
