"""The record fields the held-out scoring reads (`/work/shared/tools/score.py` via
``python -m cleaner --json``), for tests that compare whole records of real layouts."""

from __future__ import annotations

from typing import Any

import cleaner

#: The fields the held-out scoring reads, besides the text.
FIELDS = ("outlet", "title", "subtitle", "authors", "editors", "published", "dateline", "source",
          "reading_time_minutes", "summary", "captions", "related", "tags", "paragraphs")


def scored_record(page: str) -> dict[str, Any]:
    """``page``'s record through the no-URL path, cut to `FIELDS`."""
    record = cleaner.clean(page).to_dict()
    return {key: record[key] for key in FIELDS}


#: A generic record with every scored field empty: a whole-record fixture spreads it and sets
#: what its page gives (``{**EMPTY_RECORD, "title": ..., "paragraphs": [...]}``).
#: Never changed in place: the fixture files share it.
EMPTY_RECORD: dict[str, Any] = {
    "outlet": "generic", "title": None, "subtitle": None, "authors": [], "editors": [],
    "published": None, "dateline": None, "source": None, "reading_time_minutes": None,
    "summary": [], "captions": [], "related": [], "tags": [], "paragraphs": [],
}


def text_page(*lines: str) -> str:
    """A text scrape of ``lines``, one a line, as the leftovers rounds' fixtures write them."""
    return "\n".join(lines) + "\n"


def removed_rules(page: str) -> dict[str, str]:
    """``page``'s removed lines (no-URL path), each with the rule that took it."""
    return {r["text"]: r["rule"] for r in cleaner.clean(page).to_dict()["removed"]}
