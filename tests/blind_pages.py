"""Shared builders of the blind-reading tests (tests/test_html_unseen_markup_b.py and _c):
a generic page around a layout's body, its record read with no URL, and the whole-record
check against the page's story. Each test file passes its own headline and story."""

from __future__ import annotations

from typing import Any

import cleaner

#: The scored fields (tools/score.py) besides the body, empty on these pages unless a
#: test names them.
EMPTY: dict[str, Any] = {
    "subtitle": None, "authors": [], "editors": [], "published": None, "dateline": None, "source": None,
    "summary": [], "captions": [], "related": [], "tags": [],
}


def page(title: str, body: str, *, head: str = "", lang: str = "id") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Kabar Contoh</title>"
            f"<meta property='og:title' content='{title}'>{head}</head><body>{body}</body></html>")


def story_html(story: list[str], *indexes: int) -> str:
    return "".join(f"<p>{story[i]}</p>" for i in (indexes or range(len(story))))


def record(page: str, *, title: str) -> dict[str, Any]:
    got = cleaner.clean(page).to_dict()
    assert got["outlet"] == "generic"
    assert got["title"] == title
    return got


def assert_record(got: dict[str, Any], *, story: list[str], **fields: Any) -> None:
    expected = {**EMPTY, "paragraphs": story, **fields}
    assert {k: got[k] for k in expected} == expected
