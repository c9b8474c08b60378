"""Pretty-printed markup: a page a crawler saved from a parsed tree, each inline element
on its own indented line (`pretty_printed`), and the layout spaces its line breaks left
in the text (`LAYOUT_SPACE`).
"""

from __future__ import annotations

import re

import regex

#: In-text formatting tags (bare: no attributes, as a pretty-printer writes them). In
#: pretty-printed markup (each inline element on its own indented line) nearly every
#: one, opening and closing, is followed by a line break; in a page as served, text
#: follows an opening one.
_FORMATTING = ("b", "i", "em", "strong")
_FORMATTING_OPEN = tuple(f"<{t}>" for t in _FORMATTING)
_FORMATTING_CLOSE = tuple(f"</{t}>" for t in _FORMATTING)
#: Any bare opening formatting tag (group 1 is its name), or a script's opening or
#: closing tag (group 2: "/" for a closing one), whose text is no markup: a page's script
#: that writes "<b>IDN Times</b> sekarang" into a banner told a pretty-printed IDN Times
#: page (a dev page, rendered by an HTML pretty-printer) as served (`re`: no two of them
#: overlap).
_FORMATTING_OPEN_RE = re.compile("<(" + "|".join(_FORMATTING) + ")>|<(/?)(?i:script)\\b")
_MIN_PRETTY_TAGS = 2
_PRETTY_SHARE = 0.9
#: A space a pretty-printer's line break put before closing punctuation or after an
#: opening bracket ("<i>gantung</i>\n  , kata" reads "gantung, kata"); not before
#: ":", which writers do space ("Polisi : ..."). And a space beside a hyphen that joins
#: a word to a formatted part of it, as Indonesian writes a foreign word with a suffix
#: or prefix ("<em>spotlight</em>-nya", "men-<em>generate</em>": dev pages of IDN Times
#: and Liputan6, pretty-printed as "spotlight -nya", "men- generate"); a hyphen with a
#: space on both sides is a dash.
#: And the space before the suffix "nya" written unhyphenated after a formatted word
#: ("<i>sidejob</i>nya": a Kapanlagi dev page), which is never a word of its own.
LAYOUT_SPACE = regex.compile(
    r" (?=[,.)\]}”’»])|(?<=[(\[{“‘«]) |(?<=\w-) (?=\w)|(?<=\w) (?=-\w)|(?<=\w) (?=nya\b)")


def pretty_printed(text: str) -> bool:
    """Whether the markup ``text`` was pretty-printed (a crawler saving a parsed page):
    a line break after nearly every bare formatting tag, opening and closing (counted
    with `str.count`: a few passes at C speed). A page as served is told at its first
    bare opening tag, which text follows: the first of each tag is found by one `re`
    scan in page order (four `str.find`s each scanned to that tag, or to the end for
    a tag the page never prints: 5x the time on the dev pages)."""
    seen: set[str] = set()
    in_script = False
    for m in _FORMATTING_OPEN_RE.finditer(text):
        tag = m.group(1)
        if tag is None:  # a script's opening or closing tag
            in_script = not m.group(2)
            continue
        if in_script or tag in seen:
            continue
        if not text.startswith("\n", m.end()):
            return False
        seen.add(tag)
        if len(seen) == len(_FORMATTING):
            break
    if not seen:
        return False
    scripts = _script_spans(text)  # their tags are no markup: not counted
    for tags in (_FORMATTING_OPEN, _FORMATTING_CLOSE):
        n = sum(text.count(t) - sum(text.count(t, a, b) for a, b in scripts) for t in tags)
        broken = sum(text.count(t + "\n") - sum(text.count(t + "\n", a, b) for a, b in scripts) for t in tags)
        if n < _MIN_PRETTY_TAGS or broken < n * _PRETTY_SHARE:
            return False
    return True


def _script_spans(text: str) -> list[tuple[int, int]]:
    """Where each ``<script>`` element's text lies in ``text`` (from its opening tag to
    its closing one; `str.find` at C speed, asked only of a page that looks
    pretty-printed)."""
    spans: list[tuple[int, int]] = []
    at = text.find("<script")
    while at >= 0:
        end = text.find("</script", at)
        if end < 0:
            end = len(text)
        spans.append((at, end))
        at = text.find("<script", end)
    return spans
