"""Collect metadata values captured by rules into the record's fields.

List fields keep page order and drop repeats (a caption printed twice is one
caption); scalar fields keep the first value found. Values are normalised per field:
names are split into people, dates become ISO 8601, reading times integers.
"""

from __future__ import annotations

from typing import Any

import regex

from .dates import parse_date
from .segment import fold_space

LIST_FIELDS = frozenset({"authors", "editors", "summary", "captions", "related", "tags"})
_NAME_SPLIT = regex.compile(r"\s*(?:,|;|&|\band\b|\bdan\b|\n)\s*")
_DIGITS = regex.compile(r"\d+")
_TAG_SPLIT = regex.compile(r"\s*(?:,|\||;|\s(?=#))\s*")
# A role and place before the name: "Kontributor Lhokseumawe, Masriadi".
_ROLE_PREFIX = regex.compile(r"^(?:Kontributor|Koresponden|Wartawan|Jurnalis)\b[^,]{0,40},\s*(?=\S)")
_BULLET = regex.compile(r"^[•·\-–*▪●]\s*")


def split_names(value: str) -> list[str]:
    """``"Budi dan Agus S"`` -> ``["Budi", "Agus S"]``; a leading role and place
    (``"Kontributor Lhokseumawe, Masriadi"``) is not a name.

    >>> split_names("Kontributor Lhokseumawe, Masriadi")
    ['Masriadi']
    """
    value = _ROLE_PREFIX.sub("", value.strip())
    return [n for n in (p.strip(" .") for p in _NAME_SPLIT.split(value)) if n]


class Fields:
    """Accumulates the metadata of one page."""

    __slots__ = ("_lists", "_scalars", "_seen")

    def __init__(self) -> None:
        self._scalars: dict[str, Any] = {}
        self._lists: dict[str, list[str]] = {name: [] for name in LIST_FIELDS}
        # Beside each ordered list, a set of its items: a page of 100,000 "Baca Juga"
        # lines asks "seen already?" 100,000 times, and a list scan made that quadratic.
        self._seen: dict[str, set[str]] = {name: set() for name in LIST_FIELDS}

    def has(self, field: str) -> bool:
        return bool(self._lists[field]) if field in LIST_FIELDS else field in self._scalars

    def add(self, field: str, value: str) -> None:
        """Record ``value`` for ``field`` (ignored when empty or, for scalars, already set)."""
        value = fold_space(value)
        if not value:
            return
        if field in LIST_FIELDS:
            if field in ("authors", "editors"):
                items = split_names(value)
            elif field == "tags":
                items = [t for t in _TAG_SPLIT.split(value) if t.strip()]
            else:
                items = [value]
            target, seen = self._lists[field], self._seen[field]
            for item in items:
                if field == "tags":
                    item = item.lstrip("#").strip()
                elif field == "summary":
                    item = _BULLET.sub("", item)
                if item and item not in seen:
                    seen.add(item)
                    target.append(item)
            return
        if field in self._scalars:
            return
        converted: Any = value
        if field == "published":
            converted = parse_date(value)
        elif field == "reading_time_minutes":
            digits = _DIGITS.search(value)
            converted = int(digits.group()) if digits else None
        if converted is not None:
            self._scalars[field] = converted

    def get(self, field: str) -> Any:
        if field in LIST_FIELDS:
            return tuple(self._lists[field])
        return self._scalars.get(field)
