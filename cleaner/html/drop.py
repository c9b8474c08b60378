"""The ``[html] drop`` stage: the chrome an outlet's drop selectors name, taken when the
story keeps enough running text, and the text rules' drop hits on whole inline elements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..segment import fold_space
from .elements import whole_blocks
from .rules import Selector
from .state import DROP, MIN_STORY_LEFT, Work
from .tags import is_block_tag, text_content

if TYPE_CHECKING:
    from .container import Tree


# ---- stage: drop chrome -------------------------------------------------------------

def mark_dropped(w: Work) -> None:
    """Blocks inside ``[html] drop`` matches are chrome. A selector that would take
    most of the page's text is ignored for this page (too broad to be chrome)."""
    matches = [(s, e) for s in w.sel["drop"] for e in w.page.select(s)]
    if not matches:
        return
    from .container import MIN_SHARE, block_tree, is_running, running_totals

    chars = w.page.totals().chars
    total = max(1, sum(len(b.text) for b in w.page.blocks))
    # Nor one that holds most of the page's running text: that is the story, whatever
    # the selector meant (a page-wide `drop` once took a whole story).
    running = running_totals(w.page.blocks, w.page.totals().tree).chars
    run_total = max(1, running.get(w.page.root, 0) or sum(running.values()))
    # Nor one that holds the page's headline (an ``h1``) and a story's worth of running
    # text: chrome boxes never do (a blog's ``<article class="... category-newsletter">``).
    dropped = {e: s.source for s, e in matches
               if _chrome_sized(chars.get(e, 0), running.get(e, 0), total, run_total)
               and not (running.get(e, 0) >= MIN_STORY_LEFT and e.find(".//h1") is not None)}
    # A block takes the rule of its nearest dropped ancestor-or-self: read top down over
    # the page's `block_tree` (the elements on the blocks' paths to the root, by depth),
    # each element taking its own rule or its parent's, so an inner match overrides an
    # outer one. Dictionary reads only: marking every element of each dropped subtree
    # made an lxml proxy per element (a peer-suite page's menus and footers hold
    # hundreds), and the blocks' elements are all the look-ups need.
    tree = w.page.totals().tree
    owner = _nearest_rule(dropped, tree if tree is not None else block_tree(w.page.blocks))
    held = _inline_matches(w, matches, total, run_total)
    for e in held:
        dropped.setdefault(e, held[e][0])
    by_block = {i: rule for rule, idx in held.values() for i in idx}
    taken: dict[str, int] = {}
    for b in w.page.blocks:
        rule = owner.get(b.el) or by_block.get(b.index)
        if rule is not None:
            b.dropped = rule
            w.take(b.index, DROP)
            if is_running(b, dropped_ok=True):
                taken[rule] = taken.get(rule, 0) + len(b.text)
    # A selector whose matches together hold most of the running text (a live blog's
    # every entry matched by a comment selector) is too broad for this page, when
    # what it leaves holds no story (a blog's comments leave the post).
    broad = {rule for rule, n in taken.items() if n >= run_total * MIN_SHARE}
    left = sum(len(b.text) for b in w.page.blocks if is_running(b))
    if broad and left >= MIN_STORY_LEFT:
        # What it leaves may be a story's opening only: a selector whose matches are
        # each a part of a repeated item (a gallery's captions) holds the story's text.
        matched = {e for _, e in matches}
        broad = {rule for rule in broad if _parts_of_items(dropped, rule, running, matched)}
    for b in w.page.blocks if broad else ():
        if b.dropped in broad:
            b.dropped = None
            del w.verdicts[b.index]
    w.dropped_boxes = {e for e, rule in dropped.items() if rule not in broad}


def _nearest_rule(dropped: dict[Any, str], tree: Tree) -> dict[Any, str]:
    """Per element of ``tree`` inside (or being) an element of ``dropped``, the rule of
    its nearest such ancestor-or-self. ``tree`` holds every ancestor of its elements,
    each level after its parent's, so a parent's answer is known when its child is read."""
    owner: dict[Any, str] = {}
    if not dropped:
        return owner
    parent = tree.parent
    for level in tree.levels:
        for x in level:
            rule = dropped.get(x)
            if rule is None:
                up = parent[x]
                if up is None:
                    continue
                rule = owner.get(up)
                if rule is None:
                    continue
            owner[x] = rule
    return owner


#: `_chrome_sized`: a drop match holding this share of the page's text or more is too
#: broad to be chrome.
_MAX_DROP_SHARE = 0.4


def _chrome_sized(chars: int, running: int, total: int, run_total: int) -> bool:
    """A drop match's size that chrome has: under `_MAX_DROP_SHARE` of the page's text
    and under `MIN_SHARE` of its running text (more is the story, whatever the
    selector meant)."""
    from .container import MIN_SHARE

    return chars < total * _MAX_DROP_SHARE and running < run_total * MIN_SHARE


#: `_inline_matches`: the characters of an inline match's text read at most.
_MAX_INLINE_MATCH = 5_000


def _inline_matches(w: Work, matches: list[tuple[Selector, Any]], total: int,
                    run_total: int) -> dict[Any, tuple[str, list[int]]]:
    """Per inline element a drop selector matches (a ``span``, no block-level element
    inside), its rule and the blocks it holds whole: from the block its text starts in,
    each block whose text begins what is left of the element's text. An inline element
    has no block of its own, so marking the blocks under the matched element marks
    none: a rating widget printed in ``span.post-ratings`` ("No ratings yet" after its
    star images, a ``<br>`` closing it) stayed in the story. A match whose text shares a
    block with other text (a comment count after a date) drops nothing; nor does one
    holding a story's worth of text (the limits of block-level matches)."""
    from .container import is_running

    ranges = w.page.totals().ranges
    blocks = w.page.blocks
    out: dict[Any, tuple[str, list[int]]] = {}
    for s, e in matches:
        if e in out or e in ranges or not isinstance(e.tag, str) or is_block_tag(e.tag):
            continue
        at = w.page.inline_at.get(e)
        idx = [] if at is None else whole_blocks(blocks, at, fold_space(text_content(e)[:_MAX_INLINE_MATCH]))
        if not idx:
            continue
        chars = sum(len(blocks[i].text) for i in idx)
        running = sum(len(blocks[i].text) for i in idx if is_running(blocks[i], dropped_ok=True))
        if _chrome_sized(chars, running, total, run_total):
            out[e] = (s.source, idx)
    return out


#: `_parts_of_items`: the fewest matches holding running text that make a repeated item.
_MIN_ITEM_PARTS = 3


def _parts_of_items(dropped: dict[Any, str], rule: str, running: dict[Any, int], matched: set[Any]) -> bool:
    """Whether ``rule``'s matches holding running text are each a part of a repeated item
    (one per parent, beside the item's other parts), not the items of one list: a
    gallery's ``div.item__comment`` under each picture holds the story's own words; a
    comment list's ``li.comment`` entries share their list. Matches inside another
    box a drop selector matches (a ``#comments`` section, even one too big to be
    dropped whole) are that box's, never the story's."""
    outer = [e for e, r in dropped.items() if r == rule and running.get(e, 0)
             and matched.isdisjoint(e.iterancestors())]
    parents = {e.getparent() for e in outer}
    return len(outer) >= _MIN_ITEM_PARTS and len(parents) == len(outer) \
        and all(len(p) > 1 for p in parents)
