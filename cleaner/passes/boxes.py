"""Boxes and lists over and in a story (``Berita terkait`` and its titles, topic lists,
tags): what ``consume_structures`` and ``find_story`` ask of a block in one."""

from __future__ import annotations

from typing import Final

import regex

from .hits import dateline_paragraph, head_only, reads_as_story
from .page import Page
from .text import ITEM_MARKERS, MIN_RECHECK_WORDS, NAME_FIELDS, is_title_case, is_title_like

#: Lists a site prints over the headline too (trending tags, editor's picks): kept
#: only when the headline is above them (`mark_regions`).
HEAD_LIST_FIELDS: Final = frozenset({"tags", "related"})
#: `titles`: a box of linked titles under a bare label prints this many at least.
_MIN_BOX_TITLES: Final = 2


def opens_box(page: Page, i: int) -> bool:
    """Block ``i`` may head a box of titles (``select = "titles"``): its label is the
    kind a box prints (the rule's ``box`` group matched: "Baca Juga", not
    "Selengkapnya") and the block under it is chrome or a box title. Otherwise the
    label is dropped alone, as `_consume_block` would leave it (asked first: most bare
    labels on bulk rows stand over a story line)."""
    hit, k = page.hits[i], i + 1
    return hit is not None and "box" in hit[0].pattern.groupindex and hit[1].group("box") is not None \
        and k < len(page.blocks) and (page.hits[k] is not None or box_title(page.blocks[k].text))


def box_title(text: str) -> bool:
    """A linked title of a box under a bare label (``select = "titles"``): a Title
    Cased headline of four words or more; a '!' or '?' may stand inside it, as in a
    headline ("Waduh! Nama Produk Rentan Diretas"), a '.' may not."""
    return text.count(" ") + 1 >= MIN_RECHECK_WORDS and is_title_like(text, exclaims=True) \
        and is_title_case(text)


def titles(items: list[str]) -> bool:
    """``items`` make a box (``select = "titles"``): two titles or more; one line
    under the label is a subhead of the story."""
    return len(items) >= _MIN_BOX_TITLES


def over_head(page: Page, i: int) -> bool:
    """Block ``i`` stands over two head lines (a date line and a by-line, in either
    order): the story's headline, where a list printed above the story ("Must Read")
    ends. A teaser list prints one time under each title, never a by-line."""
    hits = page.hits
    if i + 2 >= len(hits):
        return False
    first, second = hits[i + 1], hits[i + 2]
    return first is not None and second is not None and (head_only(first) or head_only(second)) \
        and all(h[0].where == "head" or h[0].field in NAME_FIELDS for h in (first, second))


#: `over_story`: how far under the date line the story's dateline paragraph may start
#: (a photo's caption between) ...
_DATELINE_SPAN: Final = 2
#: ... and how far when the lines between are a box, none a date line or story text
#: (a name over the photo, its caption, a short topic list).
_HEAD_BOX_SPAN: Final = 8


def over_story(page: Page, i: int) -> bool:
    """Block ``i`` stands over a date line (a head-only rule) and, a line or two under
    it, a dateline paragraph: the story's headline, where a box printed over it
    ("Berita Pilihan") ends. A teaser's date line has the next teaser under it. Further
    down (`_HEAD_BOX_SPAN`) the dateline paragraph counts only when no line between is
    another date line (a teaser list's next item) or reads as story: what sits between
    the head and the story is a box (kapanlagi 2015: the artist's name, the photo's
    caption, a topic list)."""
    n = len(page.blocks)
    if i + 2 >= n or not head_only(page.hits[i + 1]):
        return False
    generic = page.ruleset.story == "prose"
    if any(dateline_paragraph(page, k, generic) for k in range(i + 2, min(i + 2 + _DATELINE_SPAN, n))):
        return True
    for k in range(i + 2, min(i + 2 + _HEAD_BOX_SPAN, n)):
        if k >= i + 2 + _DATELINE_SPAN and dateline_paragraph(page, k, generic):
            return True
        if head_only(page.hits[k]) or reads_as_story(page.blocks[k].text, generic):
            return False
    return False


#: A list item's bullet as a rendering prints it (not a hash: "#Tag" is the item itself).
LIST_BULLETS: Final = ("•", "·", "▪", "●", "◦", "- ")


def marked(text: str) -> bool:
    """An item printed with a list marker or a hash (``#Tag``, ``• Tag``)."""
    return text.startswith(ITEM_MARKERS)


def topic_word(page: Page, header: int, j: int, item: regex.Pattern[str]) -> bool:
    """Block ``j``, no item, is the box's topic under its label (okezone 2015: "Berita
    Rekomendasi", "Diabetes", then the titles): one word right under the label, over
    an item. Under the story it is a tag (the page links it to the topic's page)."""
    blocks = page.blocks
    return j == header + 1 and " " not in blocks[j].text and j + 1 < len(blocks) \
        and page.hits[j + 1] is None and item.fullmatch(blocks[j + 1].text) is not None


def is_marked_list(page: Page, header: int, above_story: bool) -> bool:
    """Whether the block under ``header`` is a list of marked items, which its first
    unmarked line ends: its first item is marked and, after the story, so is its
    second or a line of the plain run under it reads as no tag (Tempo 2015: "#Topik",
    then a rubric and teaser headlines). IDN Times prints its main topic "#traveling"
    over plain tags of a few words: one list."""
    blocks, hits = page.blocks, page.hits
    if not marked(blocks[header + 1].text):
        return False
    if above_story:
        return True
    for j in range(header + 2, min(len(blocks), header + 2 + _MAX_PLAIN_TAGS)):
        if hits[j] is not None:
            return False
        text = blocks[j].text
        if marked(text) or text.count(" ") >= MAX_TAG_WORDS:
            return True
    return False


#: `is_marked_list`: a plain tag under a marked topic has this many words at most, and
#: this many plain lines are looked at.
MAX_TAG_WORDS: Final = 4
_MAX_PLAIN_TAGS: Final = 24
