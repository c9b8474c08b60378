"""Pass 9, ``refuse_index``: a body that is a list of headlines (a home page) is
no article."""

from __future__ import annotations

import re
from typing import Final

from .page import INDEX, Page
from .text import ends_sentence, is_title_case, is_title_like

#: `refuse_index`: a page whose body is at least this many lines, ...
_MIN_INDEX_LINES: Final = 8
#: ... none of this many words or more, and under one in this many ending a sentence,
#: most of them headline-shaped, is an index (a home or channel page's list of links).
_MAX_INDEX_LINE_WORDS: Final = 20
_INDEX_SENTENCE_SHARE: Final = 5


#: `_index_stamp`: an index item's age ("10 menit yang lalu", "2 jam lalu") after at most
#: a few words in capitals (its channel: "NASIONAL").
_INDEX_AGE: Final = re.compile(
    r"(?:[A-Z][A-Z&-]*(?: [A-Z][A-Z&-]*){0,2} )?\d{1,3} (?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)"
    r"(?: yang)? lalu")
#: ... and the longest such line.
_MAX_INDEX_STAMP_CHARS: Final = 60


def _index_stamp(text: str) -> bool:
    """An index item's stamp line: its channel and age ("NASIONAL 10 menit yang lalu":
    beritasatu.com 2026's ``/terkini/indeks``, DonnyRZ/egi-media-crawl
    fixtures/beritasatu/indeks.html @ fe3899ce09f9, each card's category pill and age
    under its headline)."""
    return len(text) <= _MAX_INDEX_STAMP_CHARS and "lalu" in text and bool(_INDEX_AGE.fullmatch(text))


def _headline_list(texts: list[str]) -> bool:
    """``texts`` (a would-be body) are an index's headlines: no line a paragraph's length,
    hardly any ending a sentence, most of them headline-shaped."""
    if any(t.count(" ") + 1 >= _MAX_INDEX_LINE_WORDS for t in texts):
        return False
    if sum(ends_sentence(t) for t in texts) * _INDEX_SENTENCE_SHARE >= len(texts):
        return False
    # An item's stamp (its channel and age, "NASIONAL 10 menit yang lalu") is an index's
    # line too, not a headline: the headlines are counted among the rest.
    heads = [t for t in texts if not _index_stamp(t)]
    return sum(is_title_like(t) and is_title_case(t) for t in heads) * 2 >= len(heads)


#: `_card_list`: this many cards at least, ...
_MIN_CARDS: Final = 4
#: ... each of this many lines at most (the item, its rubric, its heading, its deck, one
#: more: a cartoon's credit), the would-be body opening with at most this many lines before
#: the first item (the first card's deck, its item and heading taken for the page's head) ...
_MAX_CARD_LINES: Final = 5
_MAX_LINES_BEFORE_CARDS: Final = 2
#: ... and a card's heading within this many lines under its item.
_CARD_HEADING_SPAN: Final = 3


def _card_list(texts: list[str]) -> bool:
    """``texts`` (a would-be body) are an index's cards: each a list item that links a
    story ("• <headline>"), the card's heading printing the headline again right under
    it, and its deck (magz.tempo.co's edition and section pages, 2016-21: "• Firli the
    Culprit", "Cover Story", "Firli the Culprit", a deck of two sentences; magz.tempo.co/
    edition/1448/2021-06-21, magz.tempo.co/opinion?page=8 and magz.tempo.co/interview?page=3
    as text in the search library's pages corpus, read 2026-12-07, blindtext64). The decks
    are sentences, so `_headline_list` reads them as a story's. Every item opens a card of a
    few lines, to the body's end: a story's bulleted list has no heading repeating each
    item, and a story above or under the cards makes a block too long for one."""
    items = [k for k, t in enumerate(texts) if t.startswith("•")]
    if len(items) < _MIN_CARDS or items[0] > _MAX_LINES_BEFORE_CARDS:
        return False
    ends = [*items[1:], len(texts)]
    if any(end - k > _MAX_CARD_LINES for k, end in zip(items, ends, strict=True)):
        return False
    cards = 0
    for k, end in zip(items, ends, strict=True):
        title = texts[k][1:].strip()
        cards += bool(title) and title in texts[k + 1:min(end, k + 1 + _CARD_HEADING_SPAN)]
    return cards >= _MIN_CARDS and cards * 3 >= len(items) * 2


def _taken_stamps(page: Page, need: int) -> bool:
    """Whether a rule took ``need`` index stamps or more itself (generic.toml's rubric-age:
    "NASIONAL 10 menit yang lalu" leaves the body as a page's stamp): `refuse_index` counts
    them among an index's lines, as it does those no rule took. Each stamp prints "lalu",
    so a page printing it fewer times has too few (one C count; most short pages)."""
    if page.joined is not None and page.joined.count("lalu") < need:
        return False
    hits, verdicts, blocks = page.hits, page.verdicts, page.blocks
    return sum(1 for i, hit in enumerate(hits) if hit is not None and verdicts[i] == hit[0].id
               and _index_stamp(blocks[i].text)) >= need


def refuse_index(page: Page) -> None:
    """A page that is no article gives an empty body (SPEC): a home or channel page's
    text scrape, whose would-be body is a list of headlines (and their date or channel
    stamps), no line a paragraph's length and hardly any ending a sentence, or a list of
    cards (`_card_list`). Every such line is then removed as ``index-page``."""
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    if len(body) < _MIN_INDEX_LINES and not _taken_stamps(page, _MIN_INDEX_LINES - len(body)):
        return
    texts = [page.blocks[i].text for i in body]
    # (the cards' test only on a page that prints a bullet: one search of the page's text,
    # not a walk of its lines, on every other page)
    if not _headline_list(texts) and not (
            (page.joined is None or "•" in page.joined) and _card_list(texts)):
        return
    for i in body:
        page.verdicts[i] = INDEX
    page.first_text = None
