"""Shapes other scrapers give the same page's text, applied to a text scrape at run time
(`tests/test_perturbed_text.py`): the page's words stay, the line breaks, white space
and characters around them change as another scraper prints them. Each shape's source
is cited in tests/test_perturbed_text.py's docstring.

Every perturbation is a function of the scrape and the gold's paragraphs (`perturb`);
the gold's paragraphs locate the story's lines for the shapes that act on them alone
(``no_head``, ``chrome_glued``, ``truncate``).

- ``identity``: unchanged (the reference);
- ``crlf``: every line break ``\\r\\n``;
- ``no_blank``: no blank lines (paragraphs one line each, ``text.replace("\\n\\n", "\\n")``);
- ``blank3``: two blank lines between lines (and one between a blank run's lines);
- ``spaces``: each line indented by spaces and a tab and ended by spaces and a tab;
- ``nbsp``: every third space a no-break space, and one after each line;
- ``zero_width``: a zero-width space before the text, two after each story paragraph's end
  and in the space after each full stop (``"Dony. \\u200b\\u200b"``), wherever those
  words print;
- ``bom``: a byte-order mark before the first line;
- ``one_line``: every non-blank line stripped and joined by one space (``get_text(" ",
  strip=True)``, Scrapy's ``" ".join(p::text)``);
- ``glued``: every non-blank line stripped and joined with nothing between
  (``"...organ ini.Kemarin genap ..."``, a block's text nodes joined as ``get_text()`` with
  no separator joins them);
- ``no_head``: the lines above the story's first paragraph removed (a body-only scrape:
  no headline, by-line or date);
- ``entities``: ``&``, ``"`` and the no-break space left as ``&amp;``, ``&quot;`` and
  ``&nbsp;``;
- ``chrome_glued``: each line between the story's first and last paragraph that is no
  story paragraph (and repeats no story text) joined by a space to the story line before
  it (``"... kata dia. ADVERTISEMENT"``);
- ``truncate``: the text cut in the story, mid-word, at the middle of its paragraphs,
  with ``"..."`` after (``text[:2500] + "..."``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: The perturbations, in the order the tables print them.
NAMES = (
    "identity",
    "crlf",
    "no_blank",
    "blank3",
    "spaces",
    "nbsp",
    "zero_width",
    "bom",
    "one_line",
    "glued",
    "no_head",
    "entities",
    "chrome_glued",
    "truncate",
)

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _story_lines(lines: Sequence[str], paragraphs: Sequence[str]) -> list[int]:
    """The indexes of ``lines`` that hold a gold paragraph (a dateline prefix before it allowed)."""
    wanted = [_norm(p) for p in paragraphs if _norm(p)]
    found = []
    for i, line in enumerate(lines):
        text = _norm(line)
        if text and any(text == p or (len(p) >= 20 and text.endswith(p)) for p in wanted):
            found.append(i)
    return found


def _crlf(text: str, paragraphs: Sequence[str]) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _no_blank(text: str, paragraphs: Sequence[str]) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _blank3(text: str, paragraphs: Sequence[str]) -> str:
    return text.replace("\n", "\n\n\n")


def _spaces(text: str, paragraphs: Sequence[str]) -> str:
    return "\n".join(f"   \t{line}  \t" if line.strip() else line for line in text.split("\n"))


def _nbsp(text: str, paragraphs: Sequence[str]) -> str:
    out = []
    for line in text.split("\n"):
        parts = line.split(" ")
        joined = parts[0]
        for i, part in enumerate(parts[1:], 1):
            joined += ("\xa0" if i % 3 == 0 else " ") + part
        out.append(joined + "\xa0" if line.strip() else joined)
    return "\n".join(out)


def _zero_width(text: str, paragraphs: Sequence[str]) -> str:
    # The same characters wherever the same words print (a line that repeats the story's
    # text, as a container's text run does, gets them too).
    text = "\u200b" + text.replace(". ", ". \u200b\u200b ")
    for paragraph in paragraphs:
        end = paragraph.rstrip()[-30:]
        if len(end) == 30:
            text = text.replace(end, end + "\u200b\u200b")
    return text


def _bom(text: str, paragraphs: Sequence[str]) -> str:
    return "\ufeff" + text


def _one_line(text: str, paragraphs: Sequence[str]) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def _glued(text: str, paragraphs: Sequence[str]) -> str:
    return "".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def _no_head(text: str, paragraphs: Sequence[str]) -> str:
    lines = text.split("\n")
    story = _story_lines(lines, paragraphs)
    return "\n".join(lines[story[0] :]) if story else text


def _entities(text: str, paragraphs: Sequence[str]) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("\xa0", "&nbsp;")


def _chrome_glued(text: str, paragraphs: Sequence[str]) -> str:
    lines = text.split("\n")
    story = _story_lines(lines, paragraphs)
    if not story:
        return text
    first, last = story[0], story[-1]
    kept = set(story)
    heads = [p.strip()[:30] for p in paragraphs if len(p.strip()) >= 30]
    out: list[str] = []
    glue_to: int | None = None  # the index in ``out`` of the last story line
    for i, line in enumerate(lines):
        # (Not a line that repeats story text: a container's text run is no chrome line.)
        chrome = first < i < last and i not in kept and line.strip() and not any(h in line for h in heads)
        if chrome and glue_to is not None:
            out[glue_to] = out[glue_to].rstrip() + " " + line.strip()
            continue
        out.append(line)
        if i in kept:
            glue_to = len(out) - 1
    return "\n".join(out)


def _truncate(text: str, paragraphs: Sequence[str]) -> str:
    lines = text.split("\n")
    story = _story_lines(lines, paragraphs)
    if not story:
        return text
    line = lines[story[len(story) // 2]]
    cut = text.index(line) + len(line) // 2
    return text[:cut].rstrip() + "..."


_STEPS: dict[str, Callable[[str, Sequence[str]], str] | None] = {
    "identity": None,
    "crlf": _crlf,
    "no_blank": _no_blank,
    "blank3": _blank3,
    "spaces": _spaces,
    "nbsp": _nbsp,
    "zero_width": _zero_width,
    "bom": _bom,
    "one_line": _one_line,
    "glued": _glued,
    "no_head": _no_head,
    "entities": _entities,
    "chrome_glued": _chrome_glued,
    "truncate": _truncate,
}


def perturb(text: str, name: str, paragraphs: Sequence[str] = ()) -> str:
    """``text`` with the perturbation ``name`` (one of `NAMES`) applied; ``paragraphs``
    (the gold's) locate the story's lines for the shapes that need them."""
    step = _STEPS[name]
    return text if step is None else step(text, paragraphs)
