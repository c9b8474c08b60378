"""Stage 3, *detect outlet*: pick the rule set for a page.

From the URL's host when one is given (the caller's, or the page's canonical link),
else from fingerprints in the text: patterns each outlet file lists (its dateline
form, its widget words). The outlet with the most distinct fingerprints found wins;
none found means ``generic``.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from .rules import RuleSet, available_outlets, load_ruleset

GENERIC = "generic"


def outlet_rulesets() -> list[RuleSet]:
    """Every shipped outlet's rule set but ``generic``."""
    return list(_outlet_rulesets())


@functools.cache
def _outlet_rulesets() -> tuple[RuleSet, ...]:
    # Resolved once per process: detection runs for every page.
    return tuple(load_ruleset(name) for name in available_outlets() if name != GENERIC)


def outlet_from_url(url: str | None) -> str | None:
    """The outlet whose ``hosts`` list holds the URL's host or one of its parents."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    if not host:
        return None
    for ruleset in _outlet_rulesets():
        for known in ruleset.hosts:
            if host == known or host.endswith("." + known):
                return ruleset.name
    return None


def outlet_from_text(text: str) -> str | None:
    """The outlet with the most distinct fingerprints in ``text``; ``None`` for none."""
    best, best_hits = None, 0
    for ruleset in _outlet_rulesets():
        hits = sum(1 for p in ruleset.fingerprints if p.search(text))
        if hits > best_hits:
            best, best_hits = ruleset.name, hits
    return best


def detect_outlet(text: str, url: str | None = None) -> str:
    """The rule set name for a page: by URL host, then by fingerprints, else generic."""
    return outlet_from_url(url) or outlet_from_text(text) or GENERIC
