"""Templates: what stays fixed in a line across a site's pages, slots for what varies.

``10 jam lalu`` and ``3 jam lalu`` share the template ``<n> jam lalu``; ``Baca juga:
<title>`` holds on every page. `template_of` makes a line's template,
`template_pattern` its regular expression (the learned rule's ``match``),
`template_text` its form for people (drafts). Read by `cleaner.learn.model` (which
counts templates) and `cleaner.learn.draft` (which writes them out).
"""

from __future__ import annotations

import regex

# Slots are private-use characters inside a template; `_SLOT_PATTERNS` gives each its
# regular expression when the template becomes a rule.
_NUM, _TEXT, _TITLE, _COLON = "\ue001", "\ue002", "\ue003", "\ue004"
_SQ, _DQ, _CQ, _CSQ, _MONTH, _DAY = "\ue005", "\ue006", "\ue007", "\ue008", "\ue009", "\ue00a"
_MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "January|February|March|May|June|July|August|October|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Sept|Okt|Oct|Nov|Des|Dec"
)
_DAYS = (
    "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_SLOT_PATTERNS = {
    _NUM: r"\d+(?:[.,:]\d+)*",
    _TEXT: r"\S.{0,250}",
    _TITLE: r".{3,250}",
    _COLON: r"\s*:\s*",
    _SQ: r"'[^']{1,250}'",
    _DQ: r'"[^"]{1,250}"',
    _CQ: r"“[^”]{1,250}”",
    _CSQ: r"‘[^’]{1,250}’",
    _MONTH: f"(?:{_MONTHS})",
    _DAY: f"(?:{_DAYS})",
}
_SLOTS = frozenset(_SLOT_PATTERNS)
_SLOT_NAMES = {_NUM: "<n>", _TEXT: "<text>", _TITLE: "<title>", _COLON: ": ", _SQ: "'<q>'",
               _DQ: '"<q>"', _CQ: "“<q>”", _CSQ: "‘<q>’", _MONTH: "<month>", _DAY: "<day>"}
#: Slots that stand for words (not counts or dates). A story-like template with one
#: of them (``"<q>" ujarnya.``) is the shape of story text, never a rule.
CONTENT_SLOTS = frozenset({_TEXT, _TITLE, _SQ, _DQ, _CQ, _CSQ})
_SLOT_SPLIT = regex.compile(f"([{''.join(_SLOTS)}])")

# "Baca juga: <title>": a short label, a colon, and a title (not a sentence).
_LABEL = regex.compile(r"(?P<label>[^\W\d_][\w'’.&/-]*(?: [\w'’.&/-]+){0,3}?)\s*:\s*(?P<rest>\S.*)")
# One pass for every slot inside a line; a quoted part is taken whole, numbers in it too.
_WORDS = regex.compile(
    r"(?P<sq>'[^']{1,250}')|(?P<dq>\"[^\"]{1,250}\")|(?P<cq>“[^”]{1,250}”)|(?P<csq>‘[^’]{1,250}’)"
    rf"|(?P<n>\d+(?:[.,:]\d+)*)|\b(?P<m>{_MONTHS})\b|\b(?P<d>{_DAYS})\b"
)
_GROUP_SLOT = {"sq": _SQ, "dq": _DQ, "cq": _CQ, "csq": _CSQ, "n": _NUM, "m": _MONTH, "d": _DAY}
_MIN_LITERAL = 3
_MIN_TITLE_CHARS = 12


def _slot(m: regex.Match[str]) -> str:
    return _GROUP_SLOT[m.lastgroup] if m.lastgroup else m.group()


def _title_ish(text: str) -> bool:
    """The shape of a linked title: two or more words, not a sentence that ends in a stop."""
    return " " in text and not text.endswith(".") and len(text) <= 250


def template_of(line: str, *, title: str | None = None) -> str | None:
    """The template of a (folded) line: what stays fixed across a site's pages, with
    slots for the parts that vary. ``None`` when too little of the line is fixed."""
    slots = 0
    if title and len(title) >= _MIN_TITLE_CHARS and title in line:
        slots = line.count(title)
        line = line.replace(title, _TITLE)
    m = _LABEL.fullmatch(line) if slots == 0 else None
    if m is not None and _title_ish(m.group("rest")):
        tmpl, n = _WORDS.subn(_slot, m.group("label"))
        tmpl, slots = tmpl + _COLON + _TEXT, n + 2
    else:
        tmpl, n = _WORDS.subn(_slot, line)
        slots += n
    return tmpl if len(tmpl) - tmpl.count(" ") - slots >= _MIN_LITERAL else None


def template_pattern(template: str) -> str:
    """The regular expression (whole line) of a template."""
    parts = _SLOT_SPLIT.split(template)
    return "".join(_SLOT_PATTERNS[p] if p in _SLOTS else regex.escape(p, literal_spaces=True)
                   for p in parts if p)


def template_text(template: str) -> str:
    """A template for people: slots shown as ``<n>``, ``<text>``, ``<title>``..."""
    return "".join(_SLOT_NAMES.get(ch, ch) for ch in template)


def is_lead_in(line: str) -> bool:
    """A story's lead-in to what follows (``Berikut isi postingannya:``)."""
    return line.endswith(":") and " " in line
