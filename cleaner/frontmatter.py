"""A text scrape that opens with a YAML front matter: its fields, and the page without it.

trafilatura's text and Markdown outputs with ``with_metadata=True`` open with a header
of ``key: value`` lines between two ``---`` lines (``title``, ``author``, ``url``,
``hostname``, ``description``, ``sitename``, ``date``, ``categories``, ``tags``,
``fingerprint``, ``id``, ``license``: trafilatura 2.x ``core.determine_returnstring``,
its ``_YAML_FIELDS``; a value that YAML would misread is written as a JSON string, in
double quotes). Static-site exports and Markdown note tools write the same header.
Read as lines, it was the page's head: ``description: <the story's first sentence>``
and ``sitename: KOMPAS.com`` were the story's first paragraphs, the headline (with
the site's name after it) and the writer were lost, and the story's dateline with
them. `front_matter` takes the header's lines out of the page (rule
``front-matter``) and gives the page's title, writer and date as the front end's
hints: what the engine finds in the page itself wins, as with any hint, but for
the title (a declared title beats a guessed one: `cleaner.front.FrontEnd.finish`).
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from .hints import iso_published, writers
from .record import Removal
from .segment import Block, fold_space, letters_only

#: The rule id of the header's lines.
RULE: Final = "front-matter"
#: The fence that opens and closes the header.
_FENCE: Final = "---"
#: A header holds this many lines at most (trafilatura's has a dozen keys).
_MAX_LINES: Final = 40
#: One ``key: value`` line (or ``key:`` over an empty value).
_KEY: Final = re.compile(r"([a-z][a-z_-]{0,30}):(?: (.*))?")
#: The header's keys a record field is read from.
_TITLE_KEYS: Final = ("title",)
_AUTHOR_KEYS: Final = ("author", "authors")
_DATE_KEYS: Final = ("date", "published")
#: A site's name (and the part of a title read as one) has this many letters at least.
_MIN_SITE_LETTERS: Final = 3
#: A separator between a headline and the site's name in a ``<title>``.
_SITE_SEP: Final = re.compile(r" [-|–—:] ")
#: What is left of a paged article's ``<title>`` before the site's name
#: ("<headline> Halaman all - Kompas.com", "<headline> - Halaman 2 - Tribunnews.com").
_PAGE_PART: Final = re.compile(r"(?: -)? Halaman (?:all|\d{1,3})$")


def _value(raw: str | None) -> str:
    """A header value as text: a JSON-quoted string unquoted, the rest folded."""
    if not raw:
        return ""
    raw = raw.strip()
    if len(raw) > 1 and raw[0] == '"' and raw[-1] == '"':
        try:
            loaded = json.loads(raw)
        except ValueError:
            loaded = raw[1:-1]
        raw = loaded if isinstance(loaded, str) else raw
    return fold_space(raw)


def _names_site(part: str, names: list[str]) -> bool:
    letters = letters_only(part)
    return len(letters) >= _MIN_SITE_LETTERS and any(n in letters or letters in n for n in names)


def headline_without_site(title: str, sites: tuple[str, ...]) -> str:
    """``title`` without the site's name a ``<title>`` prints after it ("<headline> -
    Kompas.com Regional", sitename "KOMPAS.com") or before it ("KapanLagi.com: <headline>",
    the dev corpus's raw/kapanlagi page through ``trafilatura.extract``): the part after
    the last separator, or before a first colon, is cut when its letters hold one of
    ``sites`` (the header's site name, its host's name); then a paged article's
    "Halaman all"."""
    names = [n for n in (letters_only(s) for s in sites) if len(n) >= _MIN_SITE_LETTERS]
    if not names:
        return title
    head = title
    parts = _SITE_SEP.split(head)
    if len(parts) > 1 and _names_site(parts[-1], names):
        head = _PAGE_PART.sub("", head[: head.rfind(parts[-1])].rstrip(" -|–—:")).rstrip()
    site, colon, rest = head.partition(": ")
    if colon and len(site.split()) <= 2 and _names_site(site, names):
        head = rest.strip()
    return head if len(head.split()) >= 2 else title


def front_matter(blocks: list[Block]) -> tuple[list[Block], tuple[Removal, ...], dict[str, Any], str | None] | None:
    """``blocks`` without a front matter that opens them, its lines as removals, the
    record fields it names (title, authors, published, source) and the page's address
    (its ``url``, an http(s) one; SPEC: the url from the page itself, which also tells
    the outlet by its host, as a canonical link does); ``None`` when the page opens with
    none (its first block is no ``---``, no closing fence follows within `_MAX_LINES`,
    or a line between is no ``key: value``)."""
    if not blocks or blocks[0].text != _FENCE:
        return None
    fields: dict[str, str] = {}
    end = None
    for k in range(1, min(len(blocks), _MAX_LINES + 2)):
        text = blocks[k].text
        if text == _FENCE:
            end = k
            break
        m = _KEY.fullmatch(text)
        if m is None:
            return None
        fields.setdefault(m.group(1), _value(m.group(2)))
    if end is None or end < 2:
        return None
    removed = tuple(Removal(b.number, b.text, RULE) for b in blocks[: end + 1])
    site = fields.get("hostname", "").removeprefix("www.").split(".")[0]
    hints: dict[str, Any] = {}
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), "")
    if title:
        hints["title"] = headline_without_site(title, (fields.get("sitename", ""), site))
    author = next((fields[k] for k in _AUTHOR_KEYS if fields.get(k)), "")
    if author:
        warnings: list[str] = []
        agencies: list[str] = []
        people = writers(author, warnings, site or None, agencies)
        if people:
            hints["authors"] = people
        elif agencies:
            hints["source"] = agencies[0]
    date = next((fields[k] for k in _DATE_KEYS if fields.get(k)), "")
    if date and (iso := iso_published(date)) is not None:
        hints["published"] = iso
    url = fields.get("url", "")
    if not url.startswith(("http://", "https://")) or " " in url:
        url = ""
    return blocks[end + 1:], removed, hints, url or None
