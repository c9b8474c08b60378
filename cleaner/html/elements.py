"""Element helpers the front end's stages share: the blocks under an element
(`blocks_under`), the window of blocks around the story, widget and landmark boxes, a
common ancestor, labels, same-site links and the page's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from ..detect import url_host
from ..segment import fold_space
from .state import MAX_META_CHARS, HtmlPage, Work
from .tags import is_block_tag, text_content

if TYPE_CHECKING:
    from .parse import HtmlBlock


def story_paragraph(blocks: list[HtmlBlock], body: set[int], after: int = -1) -> int | None:
    """The story's first paragraph in ``body`` past block ``after``: a prose block longer
    than a by-line or a deck line (`MAX_META_CHARS`); ``None`` when there is none."""
    return min((i for i in body if i > after and blocks[i].prose and len(blocks[i].text) > MAX_META_CHARS),
               default=None)


# ---- stage: the story's container ---------------------------------------------------

#: Inline elements whose block `blocks_under` finds by searching text, per page.
_MAX_INLINE_SEARCHES = 2_000


def whole_blocks(blocks: list[HtmlBlock], at: int, text: str, pos: int = 0) -> list[int]:
    """The blocks from ``at`` on whose texts, one after another, spell ``text`` (folded
    white space) from ``pos``: the lines an inline element holds whole. Read by offset,
    not by slicing what is left: a long element of many lines stays linear."""
    idx: list[int] = []
    end = len(text)
    while pos < end and at < len(blocks):
        line = blocks[at].text
        if not line or not text.startswith(line, pos):
            break
        idx.append(at)
        pos += len(line)
        if pos < end and text[pos] == " ":
            pos += 1
        at += 1
    return idx


def _lines_after(w: Work, el: Any, at: int) -> list[int]:
    """The blocks after ``at`` (the block an inline element's text starts in) that hold
    the rest of the element's own lines, broken by its ``<br>``s: an inline element that
    holds a story's paragraphs (viva.co.id 2015: ``span[itemprop=articleBody]``, its
    paragraphs apart by ``<br><br>``) has no block of its own, and the story's box was
    its first line alone. The block at ``at`` may start with text before the element."""
    if next(el.iter("br"), None) is None:
        return []
    text = fold_space(text_content(el))
    head = w.page.blocks[at].text
    # The element's text starts in ``head``: the longest end of ``head`` that begins it.
    start = 0 if text.startswith(head) else head.find(text[:_HEAD_PROBE])
    if start < 0 or not text.startswith(head[start:]):
        return []
    pos = len(head) - start
    if pos < len(text) and text[pos] == " ":
        pos += 1
    return whole_blocks(w.page.blocks, at + 1, text, pos)


#: `_lines_after`: the characters of an inline element's text looked for in its first block.
_HEAD_PROBE = 40


def blocks_under(w: Work, elements: list[Any], *, lines: bool = False) -> set[int]:
    """The blocks inside ``elements``. An inline element (a ``span`` by-line) has no
    blocks of its own: it gets the block of its block-level parent when that is small,
    else the first block there that holds its text (with ``lines``, and the blocks of
    its further lines after it: `_lines_after`)."""
    out: set[int] = set()
    ranges = w.page.totals().ranges
    for el in elements:
        own = ranges.get(el)
        if own is not None:  # holds block-level elements (a <span> around <p>s): a container
            # An inline container's text before its first block-level child (a story's
            # first paragraph printed bare in <span itemprop="articleBody">, viva.co.id
            # 2016) is a block of its parent's, the one just before its own.
            # With ``lines``, so are its first lines (broken by ``<br>``s) before that
            # block: every block from where its text starts to its first child's is its.
            at = w.page.inline_at.get(el) if isinstance(el.tag, str) and not is_block_tag(el.tag) else None
            first = at if at is not None and (at == own[0] - 1 or (lines and at < own[0])) else own[0]
            out.update(range(first, own[1] + 1))
            continue
        got = w.page.block_range(el)
        if not got:
            continue
        if isinstance(el.tag, str) and not is_block_tag(el.tag) and got[1] - got[0] > 1:
            text = fold_space(text_content(el)[:500])
            # The block the element's text starts in (recorded by the walk): not a scan
            # of every block of its parent (80,000 links: minutes).
            at = w.page.inline_at.get(el)
            if at is not None and got[0] <= at <= got[1]:
                found: int | None = at if text else None
            else:
                # A scan reads the blocks of the parent: bounded per page, so a page of
                # thousands of such matches stays linear (no real page comes near).
                w.inline_searches += 1
                if w.inline_searches > _MAX_INLINE_SEARCHES:
                    continue
                found = next((i for i in range(got[0], got[1] + 1) if text and text in w.page.blocks[i].text), None)
            if found is not None:
                out.add(found)
                if lines and found < got[1]:
                    out.update(_lines_after(w, el, found))
            continue
        out.update(range(got[0], got[1] + 1))
    return out


def tag(b: HtmlBlock) -> str | None:
    return b.el.tag if b.el is not None and isinstance(b.el.tag, str) else None


# ---- stage: fields the outlet's selectors point at ----------------------------------

def window(w: Work, el: Any, lo: int, hi: int) -> list[int]:
    """The indices of ``el``'s blocks, when at least one lies in ``[lo, hi)``."""
    idx = sorted(blocks_under(w, [el]))
    return idx if any(lo <= i < hi for i in idx) else []


#: Where a date or by-line line's parts meet: a separator, or the end of a printed time
#: zone (``12 Mei 2026 9:40 WIB waktu baca 2 menit``, the two inline elements side by side).
#: ... or a time zone with the next part glued to it: two inline elements printed with
#: nothing between them run together as a browser shows them (kumparan 2019-21's
#: span[data-qa-id=publish-date] and span[data-qa-id=reading-time], hooks a public
#: scraper of its live pages strips: the code index's file id 53603434947). A middle dot
#: or bullet separates with no space beside it too: a minified page prints kumparan's
#: ``<span>9:15 WIB</span><span>·</span><span>waktu baca 2 menit</span>`` with nothing
#: between the spans ("WIB·waktu baca 2 menit"; the reading time was lost). The run of
#: space before it is matched from its start only (``(?<!\s)``: linear on long runs).
_SEPARATOR = regex.compile(r"(?<!\s)\s*+[·•]\s*+|\s+\|\s+|(?<=\b(?:WIB|WITA|WIT))(?:\s+|(?=\p{Ll}))")


def side_fields(w: Work, i: int) -> None:
    """A date or by-line line often carries more (``2 Oktober 2023 · waktu baca 2
    menit``): the text rules read each part, and fields they find are kept."""
    for part in _SEPARATOR.split(w.page.blocks[i].text):
        hit = w.match(part.strip())
        if hit is not None and hit[0].action == "field" and hit[0].field == "reading_time_minutes":
            w.add("reading_time_minutes", hit[0].value(hit[1]))


# Class or id words of boxes whose links are never a story's related titles or tags:
# sponsored and recommendation widgets (Outbrain, Taboola, MGID, "Recommended by"),
# shop widgets (TribunShopping), most-read and trending lists, people profiles
# (kapanlagi 2015 "ARTIS TERKAIT": profiles, not stories).
WIDGET = regex.compile(
    r"(?i)sponsor|outbrain|taboola|mgid|dable|revcontent|recommended|shopping|\bshop|profil|"
    r"terpopuler|populer|popular|most[-_]?(?:read|viewed)|trending|\bads?\b|iklan"
)


# By-lines are never read from member or writer recommendations and sidebars
# (IDN Times community pages: a "Rekomendasi Member" widget lists other writers), nor
# from a related story's card (its writer's ``a.author.fn`` in the theme's
# ``div#cb-related-posts`` slider) or a comment (``span.comment-author-link``): the
# story's own by-line, when the head names no writer, is all a page gives.
NOT_BYLINE_BOX = regex.compile(
    r"(?i)rekomendasi|recommend|sidebar|suggest|other[-_]?writer|related|terkait|comment|komentar")


def in_widget(w: Work, el: Any, pattern: Any = WIDGET) -> bool:
    """Whether ``el`` sits in a sponsored, shop, most-read or trending box (its own
    or an ancestor's class or id says so, up to the page's body). Answered once per
    element and pattern: every element walked on the way up gets the same answer."""
    memo = w.widgets.setdefault(pattern, {})
    walked = []
    found = False
    e = el
    while e is not None:
        got = memo.get(e)
        if got is not None:
            found = got
            break
        if e.tag in ("body", "html"):
            break
        walked.append(e)
        words = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        if words.strip() and pattern.search(words):
            found = True
            break
        e = e.getparent()
    for e in walked:
        memo[e] = found
    return found


def common_ancestor(elements: list[Any]) -> Any:
    if not elements:
        return None
    path = list(reversed([elements[0], *elements[0].iterancestors()]))
    at = {e: k for k, e in enumerate(path)}  # each element's place on the path from the root
    # Elements climbed from before, off the path, with the place on it they met: the path
    # only gets shorter, so one met at ``k`` now meets it at ``k`` or at its end (blocks
    # share their boxes: not every block climbing the same boxes again).
    met: dict[Any, int] = {}
    for el in elements[1:]:
        # The path keeps down to the deepest element of it that is ``el`` or above it:
        # the first one met climbing from ``el`` (not all of ``el``'s ancestors each time).
        e = el
        climbed: list[Any] = []
        while e is not None:
            k = at.get(e)
            if k is None:
                k = met.get(e)
            if k is not None:
                if k < len(path) - 1:
                    del path[k + 1:]
                k = len(path) - 1 if k >= len(path) else k
                for c in climbed:
                    met[c] = k
                break
            climbed.append(e)
            e = e.getparent()
        else:
            return None  # another tree: nothing in common
    return path[-1] if path else None


def label_field(w: Work, i: int) -> str | None:
    """The field a list label opens, read by the text rules: ``related`` for read-also
    and related labels, ``tags`` for topic labels, ``None`` for anything else
    (site-wide lists such as latest or popular news have no field)."""
    if len(w.page.blocks[i].text) > MAX_META_CHARS:
        return None
    hit = w.hit(i)
    if hit is None:
        return None
    rule = hit[0]
    if rule.kind == "tags" and rule.field == "tags" and rule.action == "block":
        return "tags"
    if rule.kind in ("read_also", "related") and (rule.field == "related" or rule.action == "drop"):
        return "related"
    return None


_URL_SCHEME = regex.compile(r"(?i)[a-z][a-z0-9+.-]{0,20}:")


def same_site(href: str, page_url: str | None) -> bool:
    """Whether link ``href`` points to another page of the page's own site: a relative
    link (not a place on the page itself: ``#...``), or one whose host is the page's
    (``www.`` aside) or a subdomain of it or its parent (a channel's
    ``nasional.contoh.com`` under ``www.contoh.com``). A page of no known address has
    only its relative links for sure."""
    href = href.strip()
    if not href or href.startswith("#"):
        return False
    if not href.startswith("//") and not _URL_SCHEME.match(href):
        return True
    if not page_url:
        return False
    try:
        host, own = url_host("http:" + href if href.startswith("//") else href), url_host(page_url)
    except ValueError:
        return False
    host, own = host.removeprefix("www."), own.removeprefix("www.")
    return bool(host) and (host == own or host.endswith("." + own) or own.endswith("." + host))


def boxes_up(el: Any, levels: int) -> Iterator[Any]:
    """The boxes over ``el``, nearest first, at most ``levels`` of them and none from the
    page's landmarks up (``article``, ``main``, ``body``): a widget's or a card's box is
    below those."""
    up = el.getparent()
    for _ in range(levels):
        if up is None or up.tag in _LANDMARK_TAGS:
            return
        yield up
        up = up.getparent()


#: `boxes_up`: where a box a few levels up stops being a widget's or a card's.
_LANDMARK_TAGS = frozenset(("body", "html", "article", "main"))


def indonesian(page: HtmlPage) -> bool:
    """Whether the page says it is in Indonesian (``<html lang="id">``, ``og:locale``)."""
    lang = (page.root.get("lang") or page.metas.get("og:locale") or "").strip().lower()
    return lang == "id" or lang.startswith(("id-", "id_", "in-", "in_"))
