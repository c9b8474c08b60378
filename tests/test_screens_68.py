"""A step's literals screened by one rare character (cleaner/match/prefilter.py `screens`,
`first_held`; benchmarks/README.md, Stop 68): a line is asked for a character that each
literal of a group holds (one ``memchr``) before it is scanned for the literals, so a
line that lacks it is passed over in one cheap scan. The answer must be the plain
per-literal scan's: a literal is found exactly when the line holds one, and the one
found is a literal the line holds (the plan's ``settled`` bookkeeping marks the rules
that hold it). Checked on every rule's literals in every rule set, against the rule
files' samples and negative samples, the fixture and seed lines, the real bulk rows
(``SHARED/corpus/bulk-2025-06-18.jsonl``) and generated lines; and the plans the pages
build carry each rule's screens. The literal sets below are the generic rule set's
(caption-foto-slash-credit's and profile-card-name's, as `shape` reads their patterns)."""

from __future__ import annotations

import functools
import random
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.match.prefilter import LineMatcher, first_held, screens
from cleaner.rules import load_ruleset
from cleaner.segment import split_lines
from tests.conftest import FIXTURES, ROOT
from tests.paths import bulk_lines

OUTLETS = cleaner.available_outlets()


def _matchers() -> list[LineMatcher[Any]]:
    out: list[LineMatcher[Any]] = []
    for name in OUTLETS:
        ruleset = load_ruleset(name)
        for matcher in (ruleset._line_matcher, ruleset._prefix_matcher):
            if matcher is not None:
                out.append(matcher)
    return out


def _literal_sets() -> list[tuple[str, ...]]:
    """Every rule's literals and tail guards, in every rule set's matchers."""
    sets: set[tuple[str, ...]] = set()
    for matcher in _matchers():
        sets.update(literals for literals, _among in matcher._needles.values())
        sets.update(tail[0] for tail in matcher._tails.values())
    return sorted(sets)


def _lines() -> list[str]:
    lines: list[str] = []
    for path in (resources.files("cleaner") / "rules").iterdir():
        if path.name.endswith(".toml"):
            for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
                lines += rule.get("samples", []) + rule.get("not", [])
    for path in sorted([*FIXTURES.glob("*/*.input.txt"), *(ROOT / "seeds").glob("*.txt")]):
        lines += [b.text for b in split_lines(path.read_text(encoding="utf-8"), max_line_chars=10**6)]
    return lines


def _plain(literals: tuple[str, ...], text: str) -> bool:
    return any(needle in text for needle in literals)


@functools.cache
def _screens(literals: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return screens(literals)


def _agrees(literals: tuple[str, ...], text: str) -> None:
    found = first_held(_screens(literals), text)
    assert (found is not None) == _plain(literals, text), (literals, text)
    assert found is None or (found in literals and found in text), (literals, text, found)


def test_a_group_is_screened_by_a_character_each_of_its_literals_holds() -> None:
    """The caption credits' seven literals: two screens of a mark or a capital that two
    literals share, one of a capital, and the two whose letters are small asked as they
    are; every literal is asked once."""
    literals = ("FOTO", "Foto", "Liputan6.com/", "Medcom.id/", "TRIBUN", "oc.", "ok.")
    checks = screens(literals)
    assert checks == (("/", ("Liputan6.com/", "Medcom.id/")), ("T", ("FOTO", "TRIBUN")), ("F", ("Foto",)),
                      ("oc.", ()), ("ok.", ()))
    assert screens((" MOHON", " Mohon")) == (("M", (" MOHON", " Mohon")),)
    # a one-character literal, digits and small letters are their own check
    assert screens(("@", "http", "www.")) == (("@", ()), ("http", ()), ("www.", ()))
    assert screens(("19", "20")) == (("19", ()), ("20", ()))
    assert screens(()) == ()
    for checks in map(screens, _literal_sets()):
        asked = [n for key, needles in checks for n in (needles or (key,))]
        assert len(asked) == len(set(asked))
        assert all(len(key) == 1 and all(key in n for n in needles) for key, needles in checks if needles)


def test_the_screened_answer_is_the_plain_scans_on_real_and_sample_lines(shared: Path) -> None:
    literal_sets = _literal_sets()
    assert len(literal_sets) > 20
    lines = _lines() + bulk_lines(shared)[::5]
    held = 0
    for text in lines:
        for literals in literal_sets:
            _agrees(literals, text)
            held += _plain(literals, text)
    assert held > 1000  # the lines hold literals, not only miss them


def test_the_screened_answer_is_the_plain_scans_on_lines_made_of_the_literals() -> None:
    """Lines that hold a literal's screen character but not the literal, a literal cut
    short or in other cases, and the literals themselves."""
    rng = random.Random(68)
    literal_sets = _literal_sets()
    for literals in literal_sets:
        pieces = [*literals, *(n[:-1] for n in literals), *(n[1:] for n in literals),
                  *(n.lower() for n in literals), *(n.upper() for n in literals), "Warga ", ". ", "/", "T"]
        for _ in range(40):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5)))
            _agrees(literals, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_literal_sets()), st.text(alphabet="FOTotoTRIBUN/.Medcom.id MOHNn@htpw1920Dperbau", max_size=40))
def test_the_screened_answer_is_the_plain_scans_on_random_text(literals: tuple[str, ...], text: str) -> None:
    _agrees(literals, text)


def test_the_plans_carry_their_rules_screens() -> None:
    """Each step of the plans the pages build asks its literals and its tail's literals
    as `screens` groups them (a plan's step and `match_capped`'s share them)."""
    lines = _lines()
    for matcher in _matchers():
        matcher.match_all(lines)
        for steps in matcher._plans.values():
            for step in steps:
                assert step.screens == screens(step.literals)
                tail = matcher._tails.get(1 << step.index)
                assert step.guards == (screens(tail[0]) if tail else ())
