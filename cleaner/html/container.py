"""Find the element that holds the story (the *container*) among a page's blocks.

`choose_container` scores elements readability-style, but over our own blocks: a
block of running text (25+ characters, at most half of it links) gives ``1 + commas +
min(len // 100, 3)`` to its paragraph node's parent (to the node itself when it is a
``div`` holding loose text next to block children) and half that to the grandparent.
An element's final score is that sum times ``1 - its link density``, halved when its
class or id names chrome. The best element wins; the choice is *confident* when the
best element that is neither inside nor around the winner scores at most
`RUNNER_UP_MAX` of it. `trafilatura_keep` is the fallback for pages where it is not:
trafilatura picks the main text, and we keep the blocks whose text it kept.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import copy
import threading
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import regex

from ..segment import fold_space
from .parse import CELL_TAGS, INLINE_TAGS, HtmlBlock, cap_attributes, class_id
from .tags import within_tag

#: Paragraph-like elements: their score goes to their parent.
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "dd", "dt", "td", "th",
                             "h1", "h2", "h3", "h4", "h5", "h6"})
_CHROME_NAME = regex.compile(
    r"comment|footer|sidebar|widget|related|terkait|popular|populer|share|sosmed|social|"
    r"banner|advert|\bads?\b|menu|\bnav|breadcrumb|\btags?\b|rekomendasi|trending|terbaru|terkini",
    regex.I,
)
#: A blog platform's taxonomy tokens in a post's class (WordPress's ``post_class()``:
#: ``tag-<slug>``, ``category-<slug>`` for each of the post's topics) name its topics,
#: not chrome: a post tagged "social" or filed under "populer" is no share bar or
#: teaser list. They are left out of the chrome-name test.
_TAXONOMY = regex.compile(r"(?<!\S)(?:tag|category)-\S*")


def _chrome_named(el: Any) -> bool:
    """Whether ``el``'s class or id names chrome (`_CHROME_NAME`), its taxonomy tokens
    (`_TAXONOMY`) left out."""
    name = class_id(el)
    if "tag-" in name or "category-" in name:
        name = _TAXONOMY.sub(" ", name)
    return _CHROME_NAME.search(name) is not None


#: Above this runner-up / winner ratio the container choice is not confident.
RUNNER_UP_MAX = 0.75
#: Below this score nothing on the page reads like a story.
MIN_SCORE = 3.0


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen container, its score, and the runner-up's score as a share of it."""

    el: Any
    score: float
    runner_up: float
    #: Siblings of ``el`` that read as more of the story (readability's sibling rule).
    siblings: tuple[Any, ...] = ()
    #: The elements neither inside nor around ``el`` scoring over `RUNNER_UP_MAX` of it
    #: (what makes the choice not confident).
    rivals: tuple[Any, ...] = ()

    @property
    def confident(self) -> bool:
        return self.score >= MIN_SCORE and self.runner_up <= RUNNER_UP_MAX


def _has_block_child(el: Any) -> bool:
    return any(
        isinstance(c.tag, str) and c.tag not in INLINE_TAGS and c.tag not in CELL_TAGS and c.tag != "br"
        for c in el
    )


def _ancestors(el: Any) -> list[Any]:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return out


@dataclass(frozen=True, slots=True)
class Tree:
    """The elements on the paths from some blocks' elements to the root: each one's
    parent (``None`` for the root) and the elements by depth (the root's level first;
    in each level in document order, as the blocks reach them)."""

    parent: dict[Any, Any]
    levels: list[list[Any]]


def block_tree(blocks: list[HtmlBlock]) -> Tree:
    """The `Tree` of ``blocks``' elements: every element on their paths to the root
    visited once (``getparent`` is an lxml proxy each: one walk a page serves every
    `text_totals` of its blocks and of any subset of them)."""
    parent: dict[Any, Any] = {}
    depth: dict[Any, int] = {}
    levels: list[list[Any]] = []
    seen: set[Any] = set()
    for b in blocks:
        e = b.el
        if e is None or e in seen:
            continue
        seen.add(e)
        path = []
        while e is not None and e not in depth:
            path.append(e)
            parent[e] = e = e.getparent()
        d = depth[e] if e is not None else -1
        # Deepest last: an index loop, as mypyc cannot compile `reversed()` of a list of
        # Any (mypy types that call Any, and mypyc's reversed-list loop asserts on it).
        for i in range(len(path) - 1, -1, -1):
            x = path[i]
            d += 1
            depth[x] = d
            if d == len(levels):
                levels.append([])
            levels[d].append(x)
    return Tree(parent, levels)


@dataclass(frozen=True, slots=True)
class Totals:
    """Per element that holds blocks: their characters, their link characters, and
    the first and last of them (blocks under an element are contiguous). ``tree``:
    the `Tree` they were counted over (a superset's serves any subset of its blocks)."""

    chars: dict[Any, int]
    links: dict[Any, int]
    ranges: dict[Any, tuple[int, int]]
    tree: Tree | None = None


def text_totals(blocks: list[HtmlBlock], tree: Tree | None = None) -> Totals:
    """`Totals` of ``blocks``. Each block counts for the element that holds it; then
    every element on the paths to the root is visited once, deepest first, and adds
    its totals to its parent's (not one walk to the root per block: pages nest deep).
    ``tree``: a `block_tree` of these blocks or of more (the page's), else made here;
    its elements that hold none of ``blocks`` are passed over, so the counts, and the
    order elements are first counted in, are those of ``blocks``' own tree."""
    chars: dict[Any, int] = {}
    links: dict[Any, int] = {}
    ranges: dict[Any, tuple[int, int]] = {}
    for b in blocks:
        e = b.el
        if e is None:
            continue
        if e in chars:
            chars[e] += len(b.text)
            links[e] += b.link_chars
            ranges[e] = (ranges[e][0], b.index)
        else:
            chars[e] = len(b.text)
            links[e] = b.link_chars
            ranges[e] = (b.index, b.index)
    if tree is None:
        tree = block_tree(blocks)
    parent, levels = tree.parent, tree.levels
    for li in range(len(levels) - 1, -1, -1):
        for e in levels[li]:
            if e not in chars:
                continue  # holds none of ``blocks`` (a superset's tree)
            up = parent[e]
            if up is None:
                continue
            n, k, mine = chars[e], links[e], ranges[e]
            if up in chars:
                chars[up] += n
                links[up] += k
                got = ranges[up]
                ranges[up] = (got[0] if got[0] < mine[0] else mine[0], got[1] if got[1] > mine[1] else mine[1])
            else:
                chars[up] = n
                links[up] = k
                ranges[up] = mine
    return Totals(chars, links, ranges, tree)


def without(totals: Totals, blocks: list[HtmlBlock]) -> Totals:
    """``totals`` less the characters of ``blocks``, as new counts (cheaper than
    counting again when few blocks leave); the ranges are kept as they are. The
    blocks' own totals are counted first (`text_totals`: each element on their paths
    once), then taken off element by element: not a walk to the root per block (a
    page drops ~80 blocks of its chrome, ~0.3 -> 0.18 ms a peer-suite page)."""
    chars, links = collections.Counter(totals.chars), collections.Counter(totals.links)
    gone = text_totals(blocks, totals.tree)
    for e, n in gone.chars.items():
        chars[e] -= n
    for e, k in gone.links.items():
        links[e] -= k
    return Totals(chars, links, totals.ranges, totals.tree)


#: How far above a block's element a ``figcaption`` is looked for (its ``p`` or ``span``).
_CAPTION_LEVELS = 3


def _in_caption(el: Any) -> bool:
    """Whether ``el`` is a picture's caption (a ``figcaption`` or inside one, up to
    `_CAPTION_LEVELS` up): a caption is no story's running text, and scores nothing
    in `choose_container`. A page whose story prints one short paragraph under its lead
    photo's long caption had that ``figure`` for container, the story cut away
    (caymancompass.com in trafilatura's evaluation suite)."""
    return within_tag(el, "figcaption", _CAPTION_LEVELS)


def choose_container(blocks: list[HtmlBlock], totals: Totals) -> Choice | None:
    """The element that holds the story, or ``None`` when no block reads like text.
    ``totals``: the `Totals` of ``blocks``."""
    score: dict[Any, float] = collections.defaultdict(float)
    # Whether an element has a block child, asked once per element: the lines of one
    # element broken by ``<br>`` are blocks of the same element, and an element with
    # thousands of children was scanned again for each of its lines.
    block_child: dict[Any, bool] = {}
    for b in blocks:
        if b.dropped or not b.prose or _in_caption(b.el):
            continue
        s = 1.0 + b.text.count(",") + min(len(b.text) // 100, 3)
        node = b.el
        parent = node.getparent()
        if parent is not None:
            if node.tag in _PARAGRAPH_TAGS:
                node = parent
            else:
                has = block_child.get(node)
                if has is None:
                    has = block_child[node] = _has_block_child(node)
                if not has:
                    node = parent
        score[node] += s
        parent = node.getparent()
        if parent is not None:
            score[parent] += s / 2
    if not score:
        return None
    chars, links = totals.chars, totals.links
    final: dict[Any, float] = {}
    for el, s in score.items():
        density = links.get(el, 0) / max(1, chars.get(el, 0))
        penalty = 0.5 if _chrome_named(el) else 1.0
        final[el] = s * (1 - min(1.0, density)) * penalty
    best = max(final, key=final.__getitem__)
    best_score = final[best]
    around = set(_ancestors(best))
    rival = 0.0
    close = []
    threshold = best_score * RUNNER_UP_MAX
    for el, value in final.items():
        # Only an element that would raise the best rival so far, or is a close rival,
        # is asked whether it is above or below ``best`` (its ancestors listed: scored
        # elements times depth).
        if (value <= rival and value <= threshold) or el in around or best in _ancestors(el):
            continue
        rival = max(rival, value)
        if value > threshold:
            close.append(el)
    if close and not _chrome_named(best):
        # A close rival whose name says chrome, beside a winner whose name does not, is
        # the page's furniture (a sidebar's text widget, a cookie notice), no part of
        # the story; it still makes the choice not confident. Beside a winner named so
        # too (a live ticker's ``comment`` boxes) it is kept.
        close = [el for el in close if not _chrome_named(el)]
    siblings = _story_siblings(best, best_score, final, totals, blocks)
    return Choice(best, best_score, rival / best_score if best_score > 0 else 1.0, siblings, tuple(close))


#: readability's sibling rule: a sibling scoring this share of the winner, or a paragraph
#: of running text, is more of the story (an intro paragraph beside the text's box).
_SIBLING_SHARE = 0.2
_SIBLING_MIN_SCORE = 10.0
_SIBLING_LONG = 80
_SIBLING_MAX_LINKS = 0.25
_SIBLING_PARAGRAPHS = frozenset({"p", "blockquote", "pre"})
#: The share of their common box's text that a story's parts in boxes of one kind hold
#: (`_cousin_parts`): the rest is ad slots and the like, no text boxes of another kind.
_PARTS_SHARE = 0.9
#: The boxes a story is split into around ad slots (twin lists are lists, not parts).
_PART_TAGS = frozenset({"div", "section"})


def _story_siblings(best: Any, best_score: float, final: dict[Any, float], totals: Totals,
                    blocks: list[HtmlBlock]) -> tuple[Any, ...]:
    """The siblings of ``best`` that read as more of the story: scoring a fifth of it,
    a box of the winner's tag and class and running text (a story split into parts
    with ad slots between), or a paragraph of running text (one ``p`` block: long with
    few links, or a linkless sentence)."""
    parent = best.getparent()
    if parent is None or parent.getparent() is None:  # the winner is <body> or the root
        return ()
    threshold = max(_SIBLING_MIN_SCORE, best_score * _SIBLING_SHARE)
    chars, links, ranges = totals.chars, totals.links, totals.ranges
    twin = class_id(best).strip()
    by_index: dict[int, HtmlBlock] | None = None
    out = []
    for c in parent:
        if c is best or not isinstance(c.tag, str) or c not in ranges:
            continue
        if final.get(c, 0.0) >= threshold:
            out.append(c)
            continue
        n = chars.get(c, 0)
        if c.tag == best.tag in _PART_TAGS and n > _SIBLING_LONG and links.get(c, 0) / n < _SIBLING_MAX_LINKS \
                and (class_id(c).strip() == twin if twin else _unnamed_twin(best, c, totals)):
            out.append(c)  # a box like the winner's: the story's next part, past an ad slot
            continue
        span = ranges[c]
        if c.tag not in _SIBLING_PARAGRAPHS or span[0] != span[1] or n <= 0 or _chrome_named(c):
            continue
        density = links.get(c, 0) / n
        if by_index is None:
            by_index = {b.index: b for b in blocks}
        end = by_index.get(span[1])
        last = end.text if end is not None else ""
        if (n > _SIBLING_LONG and density < _SIBLING_MAX_LINKS) or (density == 0 and last.endswith(".")):
            out.append(c)
    out.extend(_cousin_parts(best, parent, totals))
    return tuple(out)


def _paragraph_chars(el: Any, chars: dict[Any, int]) -> int:
    """The characters of ``el``'s ``p`` children."""
    return sum(chars.get(c, 0) for c in el if c.tag == "p")


def _unnamed_twin(best: Any, c: Any, totals: Totals) -> bool:
    """Whether ``c``, a sibling of the winner ``best`` and of its tag, is a box like it
    by structure, both having no ``class`` or ``id`` (a page whose names were stripped, or
    never given): each holds its text mostly in ``p`` children, as a story's parts do.
    The unnamed counterpart of the sibling rule's twin test (a box of the winner's tag
    and class); one of ``c``'s paragraphs is running text (one line of over
    `_SIBLING_LONG` characters): a shop box of short lines under a story (a 2007
    magazine page of the peer suite, alternatives-economiques.fr hs72_003) is no part
    of it."""
    if class_id(c).strip():
        return False
    chars, ranges = totals.chars, totals.ranges
    n = chars.get(c, 0)
    return _paragraph_chars(c, chars) * 2 >= n > 0 and _paragraph_chars(best, chars) * 2 >= chars.get(best, 0) > 0 \
        and any(d.tag == "p" and d in ranges and ranges[d][0] == ranges[d][1] and chars[d] > _SIBLING_LONG
                for d in c)


def _text_box_child(c: Any, tag: str, chars: dict[Any, int]) -> bool:
    """Whether an unnamed child of ``c`` of ``tag`` holds at least half of ``c``'s text
    (a part's text box, a page title and the like over it)."""
    n = chars.get(c, 0)
    return any(d.tag == tag and not class_id(d).strip() and chars.get(d, 0) * 2 >= n > 0 for d in c)


def _class(el: Any) -> str:
    """``el``'s ``class``, its tokens joined by one space."""
    return " ".join((el.get(b"class") or "").split())


def _cousin_parts(best: Any, parent: Any, totals: Totals) -> list[Any]:
    """The siblings of ``best``'s parent that are boxes like it (its tag and class)
    holding a box like ``best`` (its tag and class) with running text: a story printed
    in pages or sections, each part its own box around a text box (liputan6.com 2026:
    ``div.article-content-body__item-page[data-page=N]`` boxes, each around a
    ``div.article-content-body__item-content`` of the page's paragraphs, the later
    parts opened by their page title in an ``h2``, ad slots between the parts; the
    structure of DonnyRZ/egi-media-crawl fixtures/liputan6/sample-article.html @
    fe3899ce09f9, a page reproduced from the live site's markup). The winner, the
    densest text box, is one page's box; its twin sits one level down in each other
    part, out of reach of the sibling rule. Not when the parent's class names chrome
    (a comment thread's boxes), nor among the page's top boxes (``body``'s children:
    a layout's header, main and footer rows may share one class), and only a part whose
    text is mostly in its text box (a title over it, no more)."""
    grand = parent.getparent()
    if best.tag not in _PART_TAGS or parent.tag not in _PART_TAGS or grand is None or grand.tag == "body" \
            or grand.getparent() is None:
        return []
    twin, outer = _class(best), _class(parent)
    chars, links, ranges = totals.chars, totals.links, totals.ranges
    # Unnamed parts (no class or id on the winner and its part: names stripped or never
    # given) are read by structure: each part an unnamed box around an unnamed text box
    # of the winner's tag holding most of the part's text.
    unnamed = not class_id(best).strip() and not class_id(parent).strip()
    if not unnamed and (not twin or not outer or _chrome_named(parent)):
        return []
    out = []
    for c in grand:
        if c is parent or c.tag != parent.tag or c not in ranges or _class(c) != outer:
            continue
        n = chars.get(c, 0)
        if n <= _SIBLING_LONG or links.get(c, 0) / n >= _SIBLING_MAX_LINKS:
            continue
        if unnamed:
            if not class_id(c).strip() and _text_box_child(c, best.tag, chars):
                out.append(c)
            continue
        held = sum(chars.get(d, 0) for d in c.iterdescendants(best.tag) if _class(d) == twin)
        if held * 2 >= n:
            out.append(c)
    if out and chars.get(parent, 0) + sum(chars.get(c, 0) for c in out) < _PARTS_SHARE * chars.get(grand, 0):
        # Boxes of other kinds with text of their own lie between the parts (a page
        # builder's one-column and two-column modules, the story running through both):
        # the parts are not the whole story, and taking them alone would leave the rest.
        return []
    # The winner's own part too: its title (an ``h2`` over the text box) opens it as the
    # later parts' titles open theirs.
    return [parent, *out] if out else []


def story_parts(choice: Choice) -> tuple[Any, ...]:
    """The close rivals of ``choice`` that are boxes like its winner (`_PART_TAGS`, the
    same non-empty ``class``): more parts of one story (a page builder's text modules),
    as `_story_siblings` reads a sibling box of the winner's tag and class."""
    el = choice.el
    twin = (el.get("class") or "").strip()
    if not twin or el.tag not in _PART_TAGS:
        return ()
    return tuple(e for e in choice.rivals if e.tag == el.tag and (e.get("class") or "").strip() == twin)


#: A container that holds less than this share of the page's running text is never
#: taken on its own: the story is elsewhere, or spread over more than it.
MIN_SHARE = 0.5
#: A confident densest element holding this share of the running text is taken
#: without asking trafilatura. Measured on the peer suite: asking it up to a share of
#: 0.9 changed the answer on 32 of 436 such pages (+27/-16 snippets) when the container
#: was not widened to its article and lead; with them, 0.5 and 0.9 score the same
#: (F1 0.913) and 0.5 asks on 40% fewer pages.
CONFIDENT_SHARE = MIN_SHARE
#: The main region is the deepest element holding at least this share of it.
REGION_SHARE = 0.6


def is_running(block: HtmlBlock, *, dropped_ok: bool = False) -> bool:
    """A block of running text: long enough, not mostly links, not dropped chrome
    (``dropped_ok``: dropped or not)."""
    return (dropped_ok or not block.dropped) and block.prose


def running_totals(blocks: list[HtmlBlock], tree: Tree | None = None) -> Totals:
    """`Totals` of the running-text blocks among ``blocks`` (``tree``: as `text_totals`')."""
    return text_totals([b for b in blocks if is_running(b)], tree)


def main_region(blocks: list[HtmlBlock], tree: Tree | None = None) -> Any | None:
    """The deepest element that holds `REGION_SHARE` of the running text of
    ``blocks`` (the region a reader's eye goes to), or ``None`` when there is none
    (``tree``: as `text_totals`')."""
    chars = running_totals(blocks, tree).chars
    if not chars:
        return None
    total = sum(len(b.text) for b in blocks if is_running(b))
    # The elements holding that much form one chain from the root: the deepest holds
    # the fewest characters (ties: the one below the other).
    chain = [e for e, n in chars.items() if n >= total * REGION_SHARE]
    if not chain:
        return None
    least = min(chars[e] for e in chain)
    tied = [e for e in chain if chars[e] == least]
    return max(tied, key=lambda e: sum(1 for _ in e.iterancestors()))


#: A menu box: at least this many lines (undropped blocks) ...
MENU_MIN_LINES = 10
#: ... at least this share of them mostly link text (a navigation list: each item a link).
MENU_LINK_SHARE = 2 / 3


def is_menu(el: Any, blocks: list[HtmlBlock], ranges: dict[Any, tuple[int, int]]) -> bool:
    """``el`` is a menu box: at least `MENU_MIN_LINES` undropped lines, at least
    `MENU_LINK_SHARE` of them mostly link text, and its running text only in boxes of
    links: every element from a running-text block up to ``el`` that holds two lines or
    more holds at least as many link lines as others (a mega menu's teaser paragraph,
    one in each topic's box of links). A box of text in it (a post's paragraphs, a
    story's box beside a link-heavy sidebar in a page's wrapper) makes it no menu.
    ``blocks``: all the page's blocks (their indices are their places), ``ranges``: the
    page's `Totals` ranges (the blocks under an element are one run: counted once, and
    each box's counts read off the running sums)."""
    span = ranges.get(el)
    if span is None:
        return False
    first = span[0]
    lines = [0]
    links = [0]
    for i in range(first, span[1] + 1):
        b = blocks[i]
        live = not b.dropped
        lines.append(lines[-1] + live)
        links.append(links[-1] + (live and 2 * b.link_chars > len(b.text)))
    if lines[-1] < MENU_MIN_LINES or links[-1] < lines[-1] * MENU_LINK_SHARE:
        return False
    seen: set[Any] = set()
    for i in range(first, span[1] + 1):
        b = blocks[i]
        if not is_running(b):
            continue
        e = b.el
        while e is not None and e not in seen:
            seen.add(e)
            box = ranges.get(e)
            if box is not None:
                n = lines[box[1] - first + 1] - lines[box[0] - first]
                k = links[box[1] - first + 1] - links[box[0] - first]
                if n >= 2 and 2 * k < n:
                    return False
            if e is el:
                break
            e = e.getparent()
    return True


def inside(block: HtmlBlock, el: Any) -> bool:
    """True when ``block`` lies in ``el``'s subtree."""
    e = block.el
    while e is not None:
        if e is el:
            return True
        e = e.getparent()
    return False


#: trafilatura is handed no page of more elements or blocks: it costs 30-170 us an
#: element (57 s for a 16 MB page of rel=tag links), and its justext fallback is
#: quadratic in a run of short blocks (6,000: 4 s). The largest of 1,053 real pages
#: (the peer suite, the dev corpus, the fixtures) has 10,112 elements and 2,043 blocks.
MAX_TRAFILATURA_ELEMENTS = 20_000
MAX_TRAFILATURA_BLOCKS = 4_000


def trafilatura_keep(root: Any, blocks: list[HtmlBlock], source: str | None = None,
                     leave_out: Collection[Any] = ()) -> set[int]:
    """The indices of the blocks whose text trafilatura keeps as main content.
    trafilatura gets a copy of our parsed tree (it prunes what it is given), so it
    reads the page as we decoded and bounded it (`_trafilatura_tree`: long attribute
    values cut; ``source``, the markup libxml2 read ``root`` from, tells when there is
    none to cut), less the elements of ``leave_out`` (`_leave_out`). Its
    metadata pass is skipped (nearly half of a call: the page's metadata is ours), and
    so is its comparison with its readability and jusText fallbacks (``fast``: ~40%
    of the rest; one snippet of the peer suite's ~5,000 moved). A page over
    `MAX_TRAFILATURA_ELEMENTS` or `MAX_TRAFILATURA_BLOCKS` is not handed over:
    nothing is kept (the density choice decides)."""
    if len(blocks) > MAX_TRAFILATURA_BLOCKS or root.xpath("count(//*)") > MAX_TRAFILATURA_ELEMENTS:
        return set()
    import trafilatura

    tree = _without_cleaned(_trafilatura_tree(root, source, leave_out))
    options = _extractor()
    doc = trafilatura.bare_extraction(tree, options=options) if options is not None \
        else trafilatura.bare_extraction(tree, **_CONSULT_KEYWORDS)
    if doc is None:
        return set()
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return kept_blocks(str(data.get("text") or ""), blocks)


#: `trafilatura_keep`'s options as ``bare_extraction``'s keywords.
_CONSULT_KEYWORDS: dict[str, Any] = {
    "favor_precision": True, "include_comments": False, "include_tables": True, "include_images": False,
    "with_metadata": False, "deduplicate": False, "fast": True,
}
#: `trafilatura_keep`'s options, as trafilatura's ``Extractor`` (`_extractor`), or None.
_EXTRACTOR: list[Any] = []


def _extractor() -> Any | None:
    """The ``Extractor`` `trafilatura_keep` hands ``bare_extraction``, made once a process:
    the settings its keywords made on each call (``favor_precision=True,
    include_comments=False, include_tables=True, include_images=False,
    with_metadata=False, deduplicate=False, fast=True``), built by the same call
    ``bare_extraction`` makes (its default ``output_format`` "python", no URL, no
    language). ``bare_extraction`` reads an ``options`` it is given and builds none:
    building one read trafilatura's config eight times and its date settings
    (``strftime``), ~2.4% of a consult on the peer suite's 180; nothing in a run changes
    it (trafilatura copies it before its recall retry), and its date settings, fixed at
    the first call, are read only by the metadata pass, which is off."""
    if not _EXTRACTOR:
        from trafilatura.settings import Extractor

        try:
            _EXTRACTOR.append(Extractor(
                output_format="python", fast=True, precision=True, recall=False, comments=False,
                formatting=None, links=False, images=False, tables=True, dedup=False, lang=None, url=None,
                with_metadata=False, only_with_metadata=False, author_blacklist=None, url_blacklist=None,
                date_params=None))
        except TypeError:
            # A trafilatura 2.x whose ``Extractor`` takes other keywords (some 2.0
            # releases have no ``with_metadata``): `trafilatura_keep` passes its
            # keywords to ``bare_extraction``, which builds its own, as before.
            _EXTRACTOR.append(None)
    return _EXTRACTOR[0]


def _trafilatura_tree(root: Any, source: str | None = None, leave_out: Collection[Any] = ()) -> Any:
    """A copy of ``root`` whose elements are all `HtmlElement` (trafilatura reads no
    other), long attribute values cut: copied in C and moved under a root made by
    `_trafilatura_parser` (an element's class is its document's parser's choice),
    not serialized and read back (trafilatura's text was the same either way on all
    1,010 peer-suite, dev and fixture pages; the copy costs ~60% of the round trip).
    A root attribute that lxml reads as a namespace or will not set (``{x}y``, a
    control character) takes the round trip (and keeps ``leave_out``: its tree need
    not mirror ``root``'s)."""
    from lxml import etree

    attrib = root.items()
    tree = None
    if not any("{" in name for name, _ in attrib):
        with contextlib.suppress(ValueError):
            tree = _trafilatura_parser().makeelement(root.tag, dict(attrib))
    if tree is None:
        data = etree.tostring(root, encoding="utf-8", method="html")
        tree = etree.fromstring(data, _trafilatura_parser())
        cap_attributes(tree, data)
        return tree
    dup = copy.deepcopy(root)
    tree.text = dup.text
    tree.extend(list(dup))
    if leave_out:
        _leave_out(root, tree, leave_out)
    cap_attributes(tree, source)
    return tree


def _leave_out(root: Any, tree: Any, boxes: Collection[Any]) -> None:
    """Remove from ``tree`` (a copy of ``root``, element for element) the copies of
    ``boxes``, elements of ``root``: the ``[html] drop`` matches, chrome our rules
    already took (menus, share bars, comment forms, related lists). Their blocks are
    out of the candidates whatever trafilatura keeps (`kept_blocks` reads live blocks
    only), and its pruning XPaths cost per element: on the 185 peer-suite pages it
    is asked about they hold ~38% of the elements and ~10% of its time; its kept
    blocks differed on 2 of them. A box holding an ``h1`` or an ld+json script stays
    (as in `_without_cleaned`: its raw-tree prune asks for an ``h1``, its forum test
    reads the script). Each box is found by its child indices from the root, all
    found before any is removed; a box inside another is removed with it."""
    paths: list[list[int]] = []
    for box in boxes:
        if box.find(".//h1") is not None or any(s.get("type") == _LD_JSON for s in box.iter("script")):
            continue
        path: list[int] = []
        e = box
        while e is not root:
            up = e.getparent()
            if up is None:  # not under ``root``
                break
            path.append(up.index(e))
            e = up
        else:
            if path:
                path.reverse()
                paths.append(path)
    paths.sort(key=len)
    outer: list[list[int]] = []
    for path in paths:
        if not any(path[:len(p)] == p for p in outer):
            outer.append(path)
    found = []
    for path in outer:
        e = tree
        for i in path:
            if i >= len(e):
                return  # not a copy of ``root`` after all: leave every box in
            e = e[i]
        found.append(e)
    for e in found:
        _delete(e)


#: Elements trafilatura deletes, content and all, before it reads any text (its
#: ``tree_cleaning``), that hold no ``h1`` or ld+json script: removed from its copy
#: before it is handed over, so its raw-tree XPaths and its three copies of the tree
#: walk fewer nodes. Not ``figure`` or ``form`` (it keeps some of them), nor ``head``
#: (its ld+json says whether the page is a forum).
_CLEANED_FIRST = ("aside", "footer", "nav", "menu", "noscript", "iframe", "svg", "style", "script",
                  "select", "button", "textarea", "video", "audio", "canvas", "object")
_LD_JSON = "application/ld+json"


def _without_cleaned(tree: Any) -> Any:
    """``tree`` with the `_CLEANED_FIRST` elements trafilatura would delete removed
    the way it removes them (the tail stays). It deletes them in a loop that stops
    early after an element holding one of the same tag (an lxml iterator stepping into
    a removed subtree), so a tag nested in itself is left to it; an element holding
    an ``h1`` is left too (its raw-tree prune of infinite-scroll boxes asks for one)."""
    from trafilatura.settings import MANUALLY_CLEANED

    tags = [t for t in _CLEANED_FIRST if t in MANUALLY_CLEANED]
    if not tags:  # (`iter()` of no tag is every element)
        return tree
    found = [e for e in tree.iter(*tags) if e.tag != "script" or e.get("type") != _LD_JSON]
    if not found:
        return tree
    seen: dict[str, int] = collections.Counter(e.tag for e in found)
    nested = {t for t, n in seen.items() if n > 1 and t not in _LEAF_TAGS
              and any(next(e.iterancestors(t), None) is not None for e in found if e.tag == t)}
    holds_h1 = {a for h in tree.iter("h1") for a in h.iterancestors()}
    for e in found:
        if e.tag not in nested and e not in holds_h1:
            _delete(e)
    return tree


#: Tags whose content is text only (no element, so no ``h1`` and no nesting, inside).
_LEAF_TAGS = frozenset({"script", "style", "textarea"})


def _delete(el: Any) -> None:
    """Remove ``el``, its tail joined to the text before it (trafilatura's ``delete_element``)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


_local = threading.local()


def _trafilatura_parser() -> Any:
    """The parser of the trees trafilatura is given (one per thread): lxml.html's
    parser options, reading UTF-8 bytes (a third faster than a ``str``), with every
    element an ``HtmlElement`` picked in C (lxml.html picks each element's class by a
    Python call, ~5% of a consult; trafilatura uses no tag-specific class)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        from lxml import etree
        from lxml import html as lxml_html

        parser = etree.HTMLParser(encoding="utf-8")
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity))
        _local.parser = parser
    return parser


#: How far past the last block found in trafilatura's text the next one is looked for
#: when it is not one of its lines (its text between two of our blocks is short).
_KEPT_WINDOW = 4000


#: The cell separators of a table row as trafilatura prints it (``| a | b |``).
_CELL_BAR = regex.compile(r"\s*\|\s*")


def _kept_line(line: str) -> str:
    """A line of trafilatura's text as our blocks print it: a list item without its
    ``- `` marker, a table row's cells joined by spaces, not bars."""
    line = line.strip()
    if line.startswith("- "):
        line = line[2:]
    return fold_space(_CELL_BAR.sub(" ", line.strip("|"))) if line.startswith("|") else fold_space(line)


def kept_blocks(kept_text: str, blocks: list[HtmlBlock]) -> set[int]:
    """The indices of ``blocks`` whose text is in ``kept_text`` (trafilatura's output,
    in page order): a block that is one of its lines, or a part of it near the last
    block found. Linear: a set of lines and a bounded search from a cursor, not a
    search of the whole output per block (80,000 blocks took minutes)."""
    lines = [_kept_line(line) for line in kept_text.splitlines()]
    kept = " ".join(line for line in lines if line)
    if not kept:
        return set()
    starts: dict[str, list[int]] = {}
    at = 0
    for line in lines:
        if line:
            starts.setdefault(line, []).append(at)
            at += len(line) + 1
    keep: set[int] = set()
    cursor = 0
    for b in blocks:
        if b.dropped or len(b.text) < 2:
            continue
        found = starts.get(b.text)
        if found is not None:
            keep.add(b.index)
            later = found[bisect.bisect_left(found, cursor):]
            if later:
                cursor = later[0] + len(b.text)
            continue
        pos = kept.find(b.text, cursor, cursor + len(b.text) + _KEPT_WINDOW)
        if pos >= 0:
            keep.add(b.index)
            cursor = pos + len(b.text)
    return keep
