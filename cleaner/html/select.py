"""CSS selectors answered from one pass over a page, instead of one tree walk each.

A rule set's ``[html]`` tables hold a few dozen selectors, nearly all of one shape:
compounds of a tag, ``.class``, ``#id`` and attribute tests (``[class*=share]``,
``[rel=tag]``), joined by the descendant combinator (``div.bacajuga a``). As XPath
(cssselect's translation, run by libxml2) each one walks the whole tree and evaluates
string functions on every element: the selectors took about 40% of an HTML page's
cleaning time. Here a page's `PageIndex` reads each attribute's values once (one
XPath, in C), shared by every selector that tests that attribute; a selector's first
compound filters those values (or the elements of one tag): a C-level search of all
the values joined finds the few that hold its needle (most selectors of a page find
none), and only those are tested in Python; later compounds look only below the
elements found so far.

Selectors of any other shape (pseudo-classes, other combinators, namespaces, XPath)
get ``None`` from `compile_css` and keep their XPath. The answers are the XPath's:
the same elements in document order, each once (tests/test_htmlselect.py compares
them on every shipped selector, real pages and random trees). Matching follows
cssselect's HTML translator: tag and attribute names are lower case, values are compared exactly,
``~=`` and ``.class`` split on XML white space, an empty value never matches
``~= ^= $= *=``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .parse import may_have_attribute

_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_NON_SPACE = re.compile(r"[^ \t\r\n\f]+")


def _never(value: str) -> bool:
    return False


def _value_test(op: str, want: str) -> Callable[[str], bool] | None:
    """How an attribute value is tested, as cssselect translates ``op``; ``None`` for
    an operator not handled here."""
    if op == "exists":
        return lambda v: True
    if op == "=":
        return want.__eq__
    if op == "|=":
        return lambda v: v == want or v.startswith(want + "-")
    if op == "~=":
        if not _NON_SPACE.fullmatch(want):
            return _never
        return lambda v: want in v and want in _XML_SPACE.split(v)
    if not want:
        return _never if op in ("^=", "$=", "*=") else None
    if op == "^=":
        return lambda v: v.startswith(want)
    if op == "$=":
        return lambda v: v.endswith(want)
    if op == "*=":
        return lambda v: want in v
    return None


@dataclass(frozen=True, slots=True)
class AttrTest:
    """One attribute test: ``name`` present and its value passing ``test``; every
    passing value holds ``needle`` (empty: no such claim). ``key``: ``name`` as ASCII
    bytes, what `holds` asks lxml for (the same attribute and value as the `str`,
    without encoding the name at every call; `_XML_NAME` names are ASCII)."""

    name: str
    key: bytes
    test: Callable[[str], bool]
    needle: str = ""

    def holds(self, el: Any) -> bool:
        value = el.get(self.key)
        return value is not None and self.test(value)


@dataclass(frozen=True, slots=True)
class Compound:
    """One compound selector: an optional tag and attribute tests, all of which hold."""

    tag: str | None
    tests: tuple[AttrTest, ...]

    def matches(self, el: Any) -> bool:
        return (self.tag is None or el.tag == self.tag) and all(t.holds(el) for t in self.tests)


#: The XPath that reads every value of one attribute (`PageIndex.values`), compiled once
#: per name, not per page (``root.xpath(str)`` compiles its path at each call: ~3 us of
#: the ~30-60 us a read costs). Keyed by the names the rule sets' selectors test.
_VALUES_XPATH: dict[str, Any] = {}

#: The attributes `PageIndex` reads together, in one walk of the tree's elements (lxml's
#: ``iter``, each element's ``get``), not by an XPath each: the two every rule set tests
#: (generic.toml's ``[class*=share]`` and ``#footer`` read both on every page) and most
#: elements of a page carry. The walk hands over plain strings and their elements, where
#: an XPath makes a string that knows its element for each value: over every 10th page
#: of trafilatura's evaluation suite, 0.36 ms a page for the two against 0.43 for two
#: XPaths (a walk for ``class`` alone 0.27 against 0.33). A rarer name (``rel``,
#: ``itemprop``, ``role``) keeps its XPath: the walk's cost is per element, the XPath's
#: per value.
_WALKED = ("class", "id")

#: The tags `PageIndex` lists together, in one walk of the tree (lxml's ``iter`` with
#: several tags, in C): those the shipped rule sets' selectors ask of every HTML page,
#: a walk each (generic.toml's ``nav``, ``aside``, ``footer``, ``ins`` and ``figcaption``
#: drop and caption selectors; its ``//form[...]`` selectors' ``form``, ``input`` and
#: ``textarea``, `has_tag` and `cleaner.html.rules.Selector`'s form-by-form reading). A
#: tag a page lacks cost a whole walk to find it absent, each a page's ~3,000 elements:
#: the eight read by their own walks took ~0.1 ms a dev page, the one walk ~0.04. Any
#: other tag keeps a walk of its own.
_TAGGED = ("nav", "aside", "footer", "ins", "figcaption", "form", "input", "textarea")


class PageIndex:
    """The values of each attribute in the tree under ``root`` (``root`` included), in
    document order, read on first use (`_WALKED` names together, in one walk; any other
    by one XPath, in C), with the element of each (`owner`). ``source``, when given, is
    the markup libxml2 built ``root``'s whole tree from
    (`cleaner.html.parse.parse_html_source`'s): a name it does not write
    (`cleaner.html.parse.may_have_attribute`) has no value in the tree, and is not
    looked for there."""

    __slots__ = ("_distinct", "_joined", "_owners", "_source", "_starts", "_tagged", "_tags", "_values", "root")

    def __init__(self, root: Any, source: str | None = None) -> None:
        self.root = root
        self._source = source
        self._values: dict[str, list[Any]] = {}
        self._owners: dict[str, list[Any]] = {}
        self._joined: dict[str, str] = {}
        self._distinct: dict[str, str] = {}
        self._starts: dict[str, list[int]] = {}
        self._tags: dict[str, bool] = {}
        self._tagged: dict[str, list[Any]] | None = None

    def has_tag(self, tag: str) -> bool:
        """Whether an element named ``tag`` is in the tree (``root`` included): from
        `tagged` for a `_TAGGED` name, else lxml's walk with a tag filter, in C, to the
        first one (a tenth of an XPath's walk)."""
        got = self._tags.get(tag)
        if got is None:
            els = self.tagged(tag)
            got = self._tags[tag] = bool(els) if els is not None else next(self.root.iter(tag), None) is not None
        return got

    def tagged(self, tag: str) -> list[Any] | None:
        """The elements named ``tag`` in the tree (``root`` included), in document order,
        as ``root.iter(tag)`` gives them, when ``tag`` is one of `_TAGGED` (all of them
        listed by one walk, on first use); ``None`` for any other tag. The list is the
        index's own: not to be changed."""
        if tag not in _TAGGED:
            return None
        got = self._tagged
        if got is None:
            got = self._tagged = {t: [] for t in _TAGGED}
            # (a plain name matches the elements of that name in no namespace, as
            # ``iter(tag)`` does: each one's ``tag`` is the name)
            for el in self.root.iter(*_TAGGED):
                got[el.tag].append(el)
        return got[tag]

    def values(self, name: str) -> list[Any]:
        """Every value of attribute ``name`` (a `str`), in document order."""
        got = self._values.get(name)
        if got is None:
            if name in _WALKED:
                self._walk()
                return self._values[name]
            if not may_have_attribute(self._source, name):
                # No element has it (``aria-modal``, asked by generic.toml's
                # ``[aria-modal=true]`` on every page, is on none of the 14 dev pages and
                # 2 of 99 peer pages; ``itemprop`` is on 9 and 38, ``role`` on 6 and 68):
                # one scan of the markup in C costs a fifth of the XPath's walk of the
                # tree (~0.3M instructions a dev page).
                got = self._values[name] = []
                return got
            # (`compile_css` admits only names that are safe in XPath)
            path = _VALUES_XPATH.get(name)
            if path is None:
                path = _VALUES_XPATH[name] = etree.XPath(f"descendant-or-self::*/@{name}")
            found = path(self.root)
            # lxml strings: ``.getparent()`` is the value's element (`owner`)
            got = self._values[name] = found if isinstance(found, list) else []
        return got

    def _walk(self) -> None:
        """Read the `_WALKED` attributes of every element: the values and, beside them,
        their elements."""
        class_els: list[Any] = []
        class_values: list[Any] = []
        id_els: list[Any] = []
        id_values: list[Any] = []
        self._owners["class"], self._values["class"] = class_els, class_values
        self._owners["id"], self._values["id"] = id_els, id_values
        # The names as bytes: lxml encodes a `str` name to UTF-8 at every `get` (a bytes
        # object made and checked per call) and takes ASCII bytes as they are, for the same
        # look-up and value (~0.3M of ~3.1M instructions a dev page's walk, pure).
        for el in self.root.iter(etree.Element):
            get = el.get
            value = get(b"class")
            if value is not None:
                class_els.append(el)
                class_values.append(value)
            value = get(b"id")
            if value is not None:
                id_els.append(el)
                id_values.append(value)

    def owner(self, name: str, i: int) -> Any:
        """The element of ``values(name)[i]``."""
        values = self.values(name)
        owners = self._owners.get(name)
        return owners[i] if owners is not None else values[i].getparent()

    def holding(self, name: str, needle: str) -> list[int]:
        """The positions in ``values(name)`` of the values that may hold ``needle``
        (every one that does, in document order): C-level searches of all the values
        joined, so a value is looked at in Python only where the needle occurs (most
        selectors of a page find none). Looked for first in each distinct value once
        (pages repeat a class on every item of a list: liputan6's 1,832 class values are
        61K characters joined, 10K distinct), where it is found exactly when some value
        holds it (no separator in it). A hit's value is found in a table of where each
        value starts (`_value_starts`, built on a name's first hit), by bisection: the
        separators before the hit counted (``str.count`` from the last hit on, as this
        did) cost a scan of the joined values up to the last hit, ~0.4M instructions a
        dev page."""
        distinct = self._distinct.get(name)
        if distinct is None:
            distinct = self._distinct[name] = "\x00".join(dict.fromkeys(self.values(name)))
        if "\x00" not in needle and needle not in distinct:
            return []
        joined = self._joined.get(name)
        if joined is None:
            joined = self._joined[name] = "\x00".join(self.values(name))
        pos = joined.find(needle)
        if pos < 0:
            return []
        starts = self._value_starts(name)
        last = len(starts) - 2  # the last value's position
        out = []
        while pos >= 0:
            # The value whose text or closing separator ``pos`` is in (a needle may open
            # with the separator: then it is the value before it, as counting said).
            i = bisect_right(starts, pos) - 1
            out.append(i)
            if i >= last:
                break
            pos = joined.find(needle, starts[i + 1])  # the next value on
        return out

    def _value_starts(self, name: str) -> list[int]:
        """Where each value of ``values(name)`` starts in its joined text (``_joined``:
        the values with one separator between each two), then where one after the last
        would: ``len(joined) + 1``."""
        starts = self._starts.get(name)
        if starts is None:
            starts = [0]
            at = 0
            for value in self.values(name):
                at += len(value) + 1
                starts.append(at)
            self._starts[name] = starts
        return starts


@dataclass(frozen=True, slots=True)
class CssSelector:
    """A selector of compounds joined by descendant combinators."""

    steps: tuple[Compound, ...]

    def select(self, index: PageIndex) -> list[Any]:
        """The elements it matches under ``index.root``, in document order, each once."""
        first, *rest = self.steps
        found = self._first(first, index)
        for step in rest:
            if not found:
                break
            found = self._below(found, step)
        return found

    @staticmethod
    def _first(step: Compound, index: PageIndex) -> list[Any]:
        if step.tests:
            lead, *more = step.tests
            name, values = lead.name, index.values(lead.name)
            at = index.holding(name, lead.needle) if lead.needle else range(len(values))
            test, tag, owner = lead.test, step.tag, index.owner
            found = [el for el in (owner(name, i) for i in at if test(values[i]))
                     if tag is None or el.tag == tag]
            return [el for el in found if all(t.holds(el) for t in more)] if more else found
        els = index.tagged(step.tag) if step.tag is not None else None
        if els is not None:
            return list(els)
        return [el for el in index.root.iter(step.tag) if isinstance(el.tag, str)]

    @staticmethod
    def _below(parents: list[Any], step: Compound) -> list[Any]:
        """Descendants of ``parents`` matching ``step``. ``parents`` is in document
        order, so a parent nested in an earlier one adds nothing new, and the
        descendants of disjoint parents come out in document order."""
        out: list[Any] = []
        walked: set[Any] = set()
        for parent in parents:
            if walked and not walked.isdisjoint(parent.iterancestors()):
                continue  # inside a parent already walked
            walked.add(parent)
            out.extend(el for el in parent.iterdescendants(step.tag)
                       if isinstance(el.tag, str) and step.matches(el))
        return out


#: An XPath's first step, ``//*`` or ``//name`` (``.//`` too), up to its first
#: predicate's opening bracket (`xpath_needle`).
_XPATH_STEP = re.compile(r"\.?//(?:\*|[A-Za-z][A-Za-z0-9]*)\[")
#: ``contains(@name, 'literal')``: group 1 the name, group 2 the literal.
_CONTAINS_TERM = re.compile(r"contains\(@([A-Za-z_][A-Za-z0-9_.-]*), ?'([^'\x00]+)'\)")
_OR = re.compile(r"\bor\b")


def xpath_needle(source: str) -> tuple[str, str] | None:
    """An attribute name and a literal that some value of it holds on every page
    where the XPath ``source`` selects anything, or ``None`` when ``source`` is not of
    that shape: a first step ``//*`` or ``//name`` whose one predicate opens with
    ``contains(@name, 'literal')``, alone or as the first of its ``and`` terms (no
    ``or`` outside the terms' own brackets and parentheses), optionally continued by
    further steps, no union anywhere: every element it selects is, or is reached from,
    an element whose ``name`` value holds the literal. A page whose values hold no such
    literal (`PageIndex.holding`) needs no walk of the XPath (generic.toml's
    ``//*[contains(@class, 'sharing') and not(...)]`` walked every element of every
    page, ~0.3 ms a page, to find nothing on nearly all of them). The terms after the
    first may hold brackets of their own: generic.toml's ``author__name`` selector
    (``and not(ancestor-or-self::*[... or ...])``) walked every element of the 69 of
    99 peer-suite pages its rule set reads it on, and matched on none of them."""
    m = _XPATH_STEP.match(source)
    if m is None or "|" in source:
        return None
    # The predicate ends at the first "]" with its brackets and quotes closed before it.
    start = m.end()
    end = next((j for j in range(start, len(source))
                if source[j] == "]" and _top_level(source[start:j]) is not None), -1)
    if end < 0 or not (end + 1 == len(source) or source[end + 1] == "/"):
        return None  # (a second predicate, or anything but steps after it)
    predicate = source[start:end]
    top = _top_level(predicate)
    if top is None:
        return None
    # The predicate with what its brackets, parentheses and quotes hold blanked out.
    flat = [" "] * len(predicate)
    for i, ch in top:
        flat[i] = ch
    outer = "".join(flat)
    if _OR.search(outer):
        return None
    cut = outer.find(" and ")
    lead = _CONTAINS_TERM.fullmatch(predicate if cut < 0 else predicate[:cut])
    return (lead.group(1), lead.group(2)) if lead is not None else None


#: An XPath that opens with ``//name`` (a plain tag name), its first predicate, if any,
#: optionally a lone ``.//name2`` with at most one bracket-free predicate of its own:
#: every element it selects is, or is reached from, a ``name`` element that holds a
#: ``name2`` element. Group 1 ``name``, group 2 ``name2``.
_XPATH_TAGS = re.compile(r"\.?//([A-Za-z][A-Za-z0-9]*)(?:\[\.//([A-Za-z][A-Za-z0-9]*)(?:\[[^\[\]]*\])?\])?(?=[\[/]|\Z)")


def xpath_tags(source: str) -> tuple[str, ...]:
    """Tags that each have an element in every document where the XPath ``source``
    selects anything (`_XPATH_TAGS`' shape; ``()`` for any other, or a union): a page
    without one of them (`PageIndex.has_tag`) needs no walk of the XPath (generic.toml's
    comment-form selectors, ``//form[.//textarea]`` and three more, each walked every
    node of every page, most of which hold no form or no ``textarea``)."""
    m = _XPATH_TAGS.match(source)
    if m is None or "|" in source:
        return ()
    return (m.group(1), m.group(2)) if m.group(2) else (m.group(1),)


#: An absolute XPath ``//name[...`` (a plain tag name, then a predicate): group 1 ``name``;
#: the predicate ``P`` runs to its closing bracket, checked whole by `_boolean_term`, and
#: what follows it by `_element_tail`.
_XPATH_EACH = re.compile(r"//([A-Za-z][A-Za-z0-9]*)\[", re.S)
#: The skeleton of a tail of location steps that select elements (`_element_tail`): each
#: ``/`` or ``//``, an element axis or none, a name test (``*`` or a name), then an
#: opening bracket per predicate (their contents taken out).
_TAIL_STEPS = re.compile(
    r"(?:/{1,2}(?:(?:ancestor|ancestor-or-self|child|descendant|descendant-or-self|following"
    r"|following-sibling|parent|preceding|preceding-sibling|self)::)?(?:\*|[A-Za-z_][A-Za-z0-9_.-]*)\[*)+")
_FUNCTION_TERM = re.compile(r"(?:not|boolean|contains|starts-with)\(")


def _top_level(text: str) -> list[tuple[int, str]] | None:
    """Each character of ``text`` outside quotes, brackets and parentheses, with its
    position; ``None`` when the brackets and quotes do not balance."""
    out: list[tuple[int, str]] = []
    depth = 0
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            out.append((i, ch))
    return out if depth == 0 and not quote else None


#: What a relative location path may hold outside its own brackets: names, steps, axes.
_PATH_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-:/@*")


def _boolean_term(term: str) -> bool:
    """``term`` (a predicate, or a part of one between `` or `` / `` and ``) is an
    XPath expression whose value is a node-set or a boolean, so as a predicate it is
    read as a boolean, never compared with the context position: a relative location
    path (``.//input[@type='email']``, ``@href``), a call of ``not``, ``boolean``,
    ``contains`` or ``starts-with`` that spans it, or such terms joined by ``or`` /
    ``and``. Anything else (a number, arithmetic, a comparison, a union, a variable,
    ``position()`` or ``last()`` anywhere, white space elsewhere) is refused."""
    if "$" in term or "position(" in term or "last(" in term:
        return False
    top = _top_level(term)
    if top is None or not top:
        return False
    at = {i for i, _ in top}
    for word in (" or ", " and "):
        i = term.find(word)
        while i >= 0:
            if all(j in at for j in range(i, i + len(word))):
                return _boolean_term(term[:i]) and _boolean_term(term[i + len(word):])
            i = term.find(word, i + 1)
    call = _FUNCTION_TERM.match(term)
    if call is not None:
        # The call's parentheses hold the rest of the term (`not(a)(b)` is refused).
        return term.endswith(")") and _top_level(term[call.end():-1]) is not None and \
            sorted(at) == list(range(call.end() - 1))
    if not (term.startswith(("@", "./", "../")) or term in (".", "..")):
        return False  # (a number such as ".5" opens with a dot too)
    prev = ""
    for _, ch in top:
        if ch not in _PATH_CHARS or (ch == "*" and prev not in ("/", "@", ":")):
            return False
        prev = ch
    return True


def _element_tail(tail: str) -> bool:
    """``tail`` (what follows ``//name[P]``) is empty, or location steps that select
    only elements: ``/`` or ``//``, an element axis (not ``attribute``, ``namespace``),
    a name test, any predicates (``/parent::*[...]``, ``/parent::*/parent::*[...][...]``);
    no node type test (``text()``), no abbreviated step, union, operator, literal or
    variable outside the predicates."""
    if not tail:
        return True
    top = _top_level(tail)
    if top is None:
        return False
    # Its characters outside brackets and quotes, with the character that opened each
    # run left out (``[`` for predicates, ``(`` for a call, a quote): what `_TAIL_STEPS`
    # reads.
    skeleton: list[str] = []
    after = 0
    for i, ch in top:
        if i > after:
            skeleton.append(tail[after])
        skeleton.append(ch)
        after = i + 1
    if after < len(tail):
        skeleton.append(tail[after])
    return _TAIL_STEPS.fullmatch("".join(skeleton)) is not None


def xpath_each(source: str) -> tuple[str, str] | None:
    """For an XPath ``//name[P]R`` whose predicate ``P`` is a boolean (`_boolean_term`)
    and ``R`` nothing or steps that select elements (`_element_tail`): ``name`` and
    ``self::name[P]R``, which, asked of each ``name`` element of the document in
    document order, gives exactly the elements ``source`` selects: with no ``R``, in the
    same order (``P`` is read with the same context node, and as a boolean the context
    position does not enter it); with ``R``, once each in document order after the
    answers are joined (`cleaner.html.rules.Selector._each`): XPath reads ``//name[P]R``
    as ``R`` asked of each element of ``//name[P]``, its answers joined, so each step of
    ``R`` (and each of its predicates, positions included) sees the same nodes either
    way. ``None`` for any other shape. lxml's ``iter`` finds a page's few forms in C,
    where ``//form[...]`` steps through every node of the page: generic.toml's three
    ``//form[...]`` selectors cost ~0.9M instructions a dev page holding a form, ~0.1M
    asked of each form; its three ``//form[...]/parent::*...`` about as much again."""
    m = _XPATH_EACH.match(source)
    if m is None:
        return None
    # The predicate ends at the first "]" with its brackets and quotes closed before it.
    start = m.end()
    end = next((j for j in range(start, len(source))
                if source[j] == "]" and _top_level(source[start:j]) is not None), -1)
    if end < 0:
        return None
    predicate, tail = source[start:end], source[end + 1:]
    if not _boolean_term(predicate) or not _element_tail(tail):
        return None
    return m.group(1), f"self::{m.group(1)}[{predicate}]{tail}"


#: An absolute XPath ``//*[P]`` (any element, one predicate to the end): group 1 ``P``.
_XPATH_ANY = re.compile(r"//\*\[(.+)\]", re.S)


def xpath_holders(source: str) -> tuple[str, str, str] | None:
    """For an XPath ``//*[P]`` whose predicate ``P`` is a boolean (`_boolean_term`) and
    opens with ``contains(@name, 'literal')`` as its first ``and`` term (`xpath_needle`):
    ``name``, the literal and ``self::*[P]``, which, asked of each element whose ``name``
    value holds the literal (`PageIndex.holding`, in document order), keeps exactly the
    elements ``source`` selects, in the same order: ``P`` requires the literal of the
    element itself, is read with the same context node and, as a boolean, never with the
    context position. ``None`` for any other shape. ``//*[P]`` steps through every node
    of a page (generic.toml's ``sharing``, ``subscribe`` and ``cta`` selectors: ~0.2 ms a
    peer-suite page whose classes hold the literal), where the page's few holders are
    found in the values `PageIndex` has read already."""
    m = _XPATH_ANY.fullmatch(source)
    if m is None or not _boolean_term(m.group(1)):
        return None
    needle = xpath_needle(source)
    if needle is None:
        return None
    return needle[0], needle[1], f"self::*[{m.group(1)}]"


def compile_css(source: str) -> CssSelector | None:
    """``source`` as a `CssSelector`, or ``None`` when it uses anything but tags,
    classes, ids, attribute tests and the descendant combinator (the caller keeps
    its XPath). Raises cssselect's ``SelectorError`` for a selector that does not parse."""
    from cssselect import parse
    from cssselect.parser import Attrib, Class, CombinedSelector, Element, Hash

    parsed = parse(source)
    if len(parsed) != 1 or parsed[0].pseudo_element is not None:
        return None
    steps: list[Compound] = []
    node: Any = parsed[0].parsed_tree
    while True:
        right = node.subselector if isinstance(node, CombinedSelector) else node
        if isinstance(node, CombinedSelector) and node.combinator != " ":
            return None
        tests: list[AttrTest] = []
        while not isinstance(right, Element):
            if isinstance(right, Class):
                test, name, needle = _value_test("~=", right.class_name), "class", right.class_name
            elif isinstance(right, Hash):
                test, name, needle = _value_test("=", right.id), "id", right.id
            elif isinstance(right, Attrib) and right.namespace is None:
                needle = str(right.value.value or "") if right.value is not None else ""
                test, name = _value_test(right.operator, needle), right.attrib.lower()
            else:
                return None
            if test is None or not _XML_NAME.fullmatch(name):
                return None
            tests.append(AttrTest(name, name.encode("ascii"), test, "" if test is _never else needle))
            right = right.selector
        if right.namespace is not None:
            return None
        tag = right.element.lower() if right.element and right.element != "*" else None
        steps.append(Compound(tag, tuple(reversed(tests))))
        if not isinstance(node, CombinedSelector):
            break
        node = node.selector
    return CssSelector(tuple(reversed(steps)))
