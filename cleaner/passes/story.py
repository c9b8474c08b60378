"""Pass 5, ``find_story``: the story's first block (a sentence-like or dateline block,
past a deck or a box over it) and its end."""

from __future__ import annotations

import re
from typing import Final

from ..lazy import compiled_regex
from .datelines import (
    HEAD_SPAN,
    RUNS_ON,
    after_deck,
    caption_under_credit,
    dateline_after_head,
    dateline_past_head,
    sentence_opening,
)
from .hits import credit_label_line, dateline_paragraph, head_only, is_header, past_initials, reads_as_story, under_deck
from .outlets import statement
from .page import CAPTION_CREDITED, DECK, HEADLINE_REPEAT, Page
from .story_end import dated_pairs, dateline_after_box, story_after_box, story_end
from .text import ends_sentence, is_sentence_like

#: `closed_by_dateline`: a key-points box printed with no list marks holds this many
#: items at most, each of this many words at most.
_MAX_BARE_ITEMS: Final = 5
_MAX_BARE_ITEM_WORDS: Final = 40


def closed_by_dateline(page: Page, j: int, generic: bool) -> bool:
    """Block ``j``, unmarked, opens a box's items (``bare_until_dateline``: a key-points
    list whose <li> items a rendering prints with no mark) only when a dateline
    paragraph closes the run within a few short lines (chrome between them aside): a
    box with nothing to close it would take the story's first paragraphs."""
    blocks, hits, n = page.blocks, page.hits, len(page.blocks)
    count = 0
    for k in range(j, n):
        hit = hits[k]
        if k == page.title_index or (hit is not None and (is_header(hit) or hit[0].field == "dateline")):
            return hit is not None and hit[0].field == "dateline" and k > j
        if page.prefix(k) is not None and dateline_paragraph(page, k, generic):
            return k > j
        if hit is not None:
            continue
        if count and magazine_lead(blocks[k].text) and ends_sentence(blocks[k - 1].text):
            return True
        count += 1
        if count > _MAX_BARE_ITEMS or blocks[k].text.count(" ") + 1 > _MAX_BARE_ITEM_WORDS:
            return False
    return False


#: `magazine_lead`: a story's first word printed in capitals, then small letters.
MAGAZINE_LEAD: Final = r"\p{Lu}{3,}+ [\p{Ll}\d]"


def magazine_lead(text: str) -> bool:
    """``text`` opens as a magazine prints a story's first paragraph, its first word in
    capitals over small letters ("OKTOBER adalah bulan penting ...", "SEJAK 1 Maret
    lalu, ...", "PEMBACA yang budiman, ...": tempo.co's magazine pieces 1976-2021 as text
    in the search library's pages corpus, arsip/ and prelude/ pages), and runs on as
    story: with no dateline, such a lead closes the key points printed over it."""
    return compiled_regex(MAGAZINE_LEAD).match(text) is not None and is_sentence_like(text)


def _lone_dateline(page: Page, start: int) -> int | None:
    """The unclaimed block just before the story start when it is a dateline alone on
    its line ("KOTA, 1 Maret 2016 (Antara/PRNewswire) --", then the story): the story
    starts there, and `cut_dateline` reads it."""
    for i in range(start - 1, -1, -1):
        if i == page.title_index or head_only(page.hits[i]):
            return None
        if page.verdicts[i] is None:
            hit = page.prefix(i)
            return i if hit is not None and not page.blocks[i].text[hit[1].end():].strip() else None
    return None


def _head_over_lone_dateline(page: Page, start: int) -> int | None:
    """The statement under a dateline alone on its line (a rule took it: "Jakarta -")
    that comes right under the story start, or under it and caption lines a rule took,
    when nothing between the headline and the start makes a statement (the head): the
    start was a photo's text (detik 2020 as text: headline, by-line, date, the photo's
    description ending in the photographer's name, its caption with "(Foto: ...)",
    "Jakarta -", then the story: news.detik.com/berita/d-5263754, search library pages
    corpus), and the story starts under the dateline."""
    title = page.title_index
    if title is None or not title < start <= title + HEAD_SPAN or page.prefix(start) is not None \
            or any(page.verdicts[k] is None and page.hits[k] is None and statement(page.blocks[k].text)
                   for k in range(title + 1, start)):
        return None
    n = len(page.blocks)
    for i in range(start + 1, min(start + 3, n - 1)):
        hit = page.hits[i]
        if hit is None or page.verdicts[i] not in (None, hit[0].id):
            return None
        # the line under the dateline is the story's first paragraph though it ends in
        # '!' (cnnindonesia.com 2018 copied by another site: "... salah satunya sepeda
        # lipat!" under "Jakarta, CNN Indonesia--"; kk996.com/book/62/6943/94331760.html
        # as text in the search library's pages corpus; blindtext55): a dateline stands
        # over a story, not over a teaser's title
        if hit[0].kind == "dateline" and hit[0].field == "dateline" and is_sentence_like(page.blocks[i + 1].text) \
                and page.verdicts[i + 1] is None and page.hits[i + 1] is None:
            return i + 1
        if hit[0].kind != "caption":
            return None
    return None


#: `_story_under_dated_deck`: a deck has this many words at most (majalah.tempo.co's run
#: long: a 2017 AMP page's, rendered as text in the search library's pages corpus, prints
#: some 90 words over its bare date line; 40 took it for the story's first paragraph).
MAX_DECK_WORDS: Final = 120
#: `_story_under_dated_deck`: unclaimed lines between the headline and its deck (a
#: second line of the headline that reads as no story: "(Tempo, 1998-2008)").
_MAX_HEAD_GAP: Final = 1


def _credit_pair(page: Page, j: int) -> bool:
    """Block ``j`` and the one under it are the writer's and the editor's labelled lines,
    a line each: tribunnews.com's text renderings print the headline, its deck, then
    "Penulis: <name>" and "Editor: <name>" over the photo (m.tribunnews.com/nasional/2018/
    04/25/foto-tercolok-bulu-..., presnapress.com's copy of a 2018 tribunnews story; both as
    text in the search library's pages corpus, read 2026-12-06). One writer's line alone
    under a line is no sign of a deck: a caption or a kicker stands over a regional paper's
    "Laporan: <name>-<place>" (tests/test_text_real_outlets_b.py), and liputan6's "oleh
    <name> diperbarui <date>" is read under its deck by the date (test_text_real_more.py)."""
    if j + 1 >= len(page.blocks):
        return False
    a, b = page.hits[j], page.hits[j + 1]
    return a is not None and b is not None and credit_label_line(a[0]) and credit_label_line(b[0]) \
        and a[0].field != b[0].field


def _story_under_dated_deck(page: Page, start: int, generic: bool) -> int | None:
    """The first line that reads as story under a date line printed right under the
    line the story was taken to start at, when that line comes right under the
    headline and is short: it is the headline's deck, which may end in a full stop
    (majalah.tempo.co: headline, "Two sentences of deck.", "Senin, 7 Maret 2011", the
    story with no dateline)."""
    if page.title_index is None or not page.title_index < start <= page.title_index + 1 + _MAX_HEAD_GAP \
            or any(page.hits[i] is not None or page.verdicts[i] is not None
                   for i in range(page.title_index + 1, start)):
        return None  # the deck comes right under the headline, or under a second line of it
    date = past_initials(page, start + 1)
    if date + 1 < len(page.blocks) and page.hits[date] is None and page.verdicts[date] is None:
        # a deck of two paragraphs (majalah.tempo.co's AMP pages, 2008: "Sepuluh Tahun
        # Kembali", "(Tempo, 1998-2008)", two short paragraphs of deck, "Senin, 20 Oktober
        # 2008", the story with its first word in capitals; search library pages corpus,
        # majalah.tempo.co/amp/kecap-dapur/128498/..., read 2026-12-06)
        date = past_initials(page, date + 1)
    if date + 1 >= len(page.blocks) \
            or sum(page.blocks[i].text.count(" ") for i in range(start, date)) >= MAX_DECK_WORDS:
        return None
    hit = page.hits[date]
    if hit is None or not (under_deck(hit[0]) or _credit_pair(page, date)) \
            or page.verdicts[date] not in (None, hit[0].id):
        return None
    for i in range(date + 1, min(date + 1 + HEAD_SPAN, len(page.blocks))):
        if page.verdicts[i] is None and page.hits[i] is None:
            return i if reads_as_story(page.blocks[i].text, generic) else None
    return None


#: `_story_under_labelled_tagline`: a writer's tagline has this many words at most.
_MAX_TAGLINE_WORDS: Final = 20
#: `_story_under_labelled_tagline`: disclaimer labels between the tagline and the date line.
_MAX_HEAD_LABELS: Final = 2


def _story_under_labelled_tagline(page: Page, start: int, generic: bool) -> int | None:
    """The first line that reads as story under a date line when a disclaimer label
    (a rule of kind ``disclaimer``: "Konten dari Pengguna") stands between it and the short
    line the story was taken to start at, right under the headline and the writer's name:
    that line is the writer's tagline, not story and not a deck (kumparan.com 2022 user
    stories print the headline, the writer's name, a one-line profile "Guru Sejarah <a
    school>.", "Konten dari Pengguna", the date, then the story: kumparan.com/agus-siswanto-
    .../4-alasan-yang-membuat-saya-terpikat-pada-kumparan-1xPQq5ztRZA as text in the search
    library's pages corpus, read 2026-12-07; the profile and the date were the story's first
    paragraphs and the date was lost, blindtext68). The line is left to the head's drop."""
    if page.title_index is None or not page.title_index < start <= page.title_index + 1 + _MAX_HEAD_GAP \
            or any(page.hits[i] is not None or page.verdicts[i] is not None
                   for i in range(page.title_index + 1, start)) \
            or page.blocks[start].text.count(" ") >= _MAX_TAGLINE_WORDS:
        return None
    date = start + 1
    while date < len(page.blocks) and date - start <= _MAX_HEAD_LABELS:
        hit = page.hits[date]
        if hit is None or hit[0].kind != "disclaimer" or hit[0].action != "drop":
            break
        date += 1
    if date == start + 1 or date >= len(page.blocks):
        return None  # no label: `_story_under_dated_deck`'s deck, if any
    hit = page.hits[date]
    if hit is None or not under_deck(hit[0]) or page.verdicts[date] not in (None, hit[0].id):
        return None
    for i in range(date + 1, len(page.blocks)):
        # the first line no rule took, past the head's chrome (icons, the disclaimer, the
        # photo's caption printed twice, ad labels: a dozen lines on kumparan's pages)
        if page.verdicts[i] is None and page.hits[i] is None:
            return i if reads_as_story(page.blocks[i].text, generic) else None
    return None


#: `_story_opening_with_deck`: a summary the story repeats has this many words at least.
_MIN_DECK_REPEAT_WORDS: Final = 6
#: `_story_opening_with_deck`: a sentence's end inside a line, another sentence after it.
_INNER_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]? +[\"“(]?[A-Z0-9]")


def _story_opening_with_deck(page: Page, start: int) -> int | None:
    """A dateline paragraph a few blocks under the story start that opens with the
    start's words: the start was the summary printed under the headline, whose words
    the story's first sentence repeats (tribunnews 2017 as text: the deck, the editor,
    the photo and its credit, the by-line, then "TRIBUNNEWS.COM, KOTA - <the deck's
    sentence> ..."). The story starts at the dateline and the summary is the deck. A
    line of two sentences or more that the dateline's paragraph prints whole, no more, is
    no summary: a copier pasted the lead over the page's own print of it (bola.com 2021,
    `_dateline_copy` reads it: tests/test_leftovers_60.py's BOLA_P with one paragraph
    copied; it was the deck, leftovers62)."""
    text = page.blocks[start].text
    if page.prefix(start) is not None or text.count(" ") + 1 < _MIN_DECK_REPEAT_WORDS:
        return None
    for i in range(start + 1, min(start + 1 + HEAD_SPAN, len(page.blocks))):
        if page.verdicts[i] is not None or page.hits[i] is not None:
            continue
        line = page.blocks[i].text
        if text not in line:  # no repeat here (most pages): no dateline match needed
            if statement(line) or page.prefix(i) is not None:
                return None
            continue
        hit = page.prefix(i)
        if hit is not None:
            rest = line[hit[1].end():].strip()
            if rest == text and _INNER_SENTENCE_END.search(text):
                return None  # the lead's copy, not a summary
            return i if rest.startswith(text) else None
        if statement(line):
            return None
    return None


#: `_pieces_under_dateline`: the most lines a story's first sentence is broken into
#: above the line that reads as story.
_MAX_FIRST_PIECES: Final = 4


def _pieces_under_dateline(page: Page, start: int) -> int | None:
    """The first of the unclaimed lines between a dateline alone on its line (a rule
    took it: "KOTA, KOMPAS.com –") and the story start, when none ends a sentence: a
    node-per-line scrape broke the story's first sentence at its links ("Relawan",
    "Nama Kelompok", "bernama ... dengan"), so those lines are story."""
    first = None
    for i in range(start - 1, max(-1, start - 2 - _MAX_FIRST_PIECES), -1):
        hit = page.hits[i]
        if hit is not None:
            return first if hit[0].kind == "dateline" and hit[0].field == "dateline" else None
        if page.verdicts[i] is not None or i == page.title_index or ends_sentence(page.blocks[i].text):
            return None
        first = i
    return None


#: `RuleSet.story_runs`: this many unclaimed blocks in a row before the first sentence
#: are story (a list, lyrics, a data sheet), not the head's date and by-line lines.
MIN_STORY_RUN: Final = 3


def _open_run(page: Page) -> int | None:
    """The first of the unclaimed blocks just before the story start (all of them when
    no block reads like a sentence), when they are `MIN_STORY_RUN` or more or the
    page has no other story; blocks rules took may lie between them."""
    stop = page.start if page.start is not None else len(page.blocks)
    run: list[int] = []
    for i in range(stop - 1, -1, -1):
        if i == page.title_index or head_only(page.hits[i]):
            break
        if page.verdicts[i] is None:
            run.append(i)
    if run and (len(run) >= MIN_STORY_RUN or page.start is None):
        return run[-1]
    return None


#: `numbered_run`: a numbered item opening a line ("1. Bangun pagi", "2) Minum air").
_NUMBERED: Final = re.compile(r"([1-9][0-9]?)[.)] +\S")


def numbered_run(page: Page, candidates: list[int]) -> int | None:
    """The first of the ``candidates`` (unclaimed blocks, in page order) that opens a
    numbered list, "1." then "2." and "3." after it in order (a listicle's short
    items, "1. Bangun di jam yang sama"), when there is one: a list of the story. A
    text page's head prints no such run (its date and by-line lines are unnumbered)."""
    want, opened = 1, None
    for k in candidates:
        text = page.blocks[k].text
        if not text[:1].isdigit():
            continue
        number = _NUMBERED.match(text)
        if number is None:
            continue
        if int(number.group(1)) == want:
            if want == 1:
                opened = k
            want += 1
            if want > MIN_STORY_RUN:
                return opened
        elif number.group(1) == "1":
            want, opened = 2, k
    return None


def _numbered_opening(page: Page, first: int) -> int | None:
    """A numbered list the story opens with, before its first sentence (or on a page
    with none): its "1." block, when that is after ``first`` and every block from it to
    the start is unclaimed or taken by a rule that is not head chrome."""
    stop = page.start if page.start is not None else len(page.blocks)
    opening = None
    for i in range(first, stop):
        if page.verdicts[i] is None and page.blocks[i].text.startswith("1") and _NUMBERED.match(page.blocks[i].text):
            opening = i
            break
    if opening is None or any(head_only(page.hits[j]) for j in range(opening, stop)):
        return None
    run = [k for k in range(opening, len(page.blocks)) if page.verdicts[k] is None]
    if numbered_run(page, run) != opening:
        return None
    lead = opening - 1  # the list's lead-in right over it ("Ini caranya:")
    if lead >= first and page.verdicts[lead] is None and page.hits[lead] is None \
            and page.blocks[lead].text.endswith(":"):
        return lead
    return opening


def find_story(page: Page) -> None:
    """The story's first and end blocks; it starts after the headline (a teaser in a
    menu above a headline that the URL names is no story)."""
    generic = page.ruleset.story == "prose"
    first = 0 if page.title_index is None else page.title_index + 1
    if page.ruleset.deck and page.title_index is not None:
        first = after_deck(page, first)
    for i in range(first, len(page.blocks)):
        block = page.blocks[i]
        if page.verdicts[i] is None and not head_only(page.hits[i]) and (
            reads_as_story(block.text, generic) or dateline_paragraph(page, i, generic)
        ):
            page.start = i
            break
    if page.ruleset.story_runs:
        page.start = _open_run(page) if page.start is None else (_open_run(page) or page.start)
    if page.start != first:
        # A listicle's numbered short items before its first sentence, or on a page with
        # none, are the story: no line of them reads as a sentence.
        opening = _numbered_opening(page, first)
        if opening is not None:
            page.start = opening
    if page.start is None:
        return
    lone = _lone_dateline(page, page.start)
    if lone is not None:
        page.start = lone
    over = _head_over_lone_dateline(page, page.start)
    if over is not None:
        page.start = over
    pieces = _pieces_under_dateline(page, page.start)
    if pieces is not None:
        page.start = pieces
    under = _story_under_dated_deck(page, page.start, generic)
    if under is None:
        under = _story_opening_with_deck(page, page.start)
    if under is None:
        under = _story_under_quoted_deck(page, page.start)
    if under is None:
        tagged = _story_under_labelled_tagline(page, page.start, generic)
        if tagged is not None:
            page.start = tagged
    if under is not None:
        if not page.fields.has("subtitle"):
            # the deck's lines up to the line under it (two paragraphs of a magazine's deck)
            deck = [page.start, *(i for i in range(page.start + 1, under)
                                  if page.verdicts[i] is None and page.hits[i] is None
                                  and is_sentence_like(page.blocks[i].text))]
            page.fields.add("subtitle", " ".join(page.blocks[i].text for i in deck))
            for i in deck:
                page.verdicts[i] = DECK
        page.start = under
    credited = caption_under_credit(page, page.start, generic)
    if credited is not None:
        page.fields.add("captions", page.blocks[page.start].text, page.start)
        page.verdicts[page.start] = CAPTION_CREDITED
        page.start = credited
    head = dateline_after_head(page, generic)
    if head is None:
        head = dateline_past_head(page, generic)
    if head is not None:
        page.start = head
    if page.texts[page.start][:1] in RUNS_ON:
        page.start = sentence_opening(page, page.start)
    page.end = story_end(page, page.start)
    later = dateline_after_box(page, generic)
    run = story_after_box(page)
    if run is not None and (later is None or run < later):
        # a run of paragraphs before the first dateline past the boxes: that "dateline"
        # was a teaser's "Name - words" under the story (pcgamer.com 2012 as text)
        later = run
    if later is not None:
        page.start, page.end = later, story_end(page, later)
    pairs = dated_pairs(page, page.start, page.end)
    if pairs is not None:
        page.end = pairs


def _story_under_quoted_deck(page: Page, start: int) -> int | None:
    """The story under the headline's second print when the start is one quotation in quote
    marks between the headline and that print: the deck (kbr.id 2017 as text in the search
    library's pages corpus, kbr.id/kabar_bisnis/04-2017/sembilan_fakta_soal_kbr/89734.html,
    read 2026-12-07: the rubric, the headline, a sentence of the story in quotes, the headline
    again, the story; the quote was the story's first paragraph, leftovers62)."""
    k = start + 1
    if k + 1 >= len(page.blocks) or page.verdicts[k] != HEADLINE_REPEAT or page.title_index is None \
            or not page.title_index < start or page.verdicts[k + 1] is not None \
            or not _quoted_deck(page.blocks[start].text):
        return None
    return k + 1


def _quoted_deck(text: str) -> bool:
    """``text`` is one quotation set in quote marks, of a deck's length (`MAX_DECK_WORDS`)."""
    inner = text.strip()
    return len(inner) > 2 and inner[0] in "\"“" and inner[-1] in "\"”" \
        and not any(q in inner[1:-1] for q in "\"“”") and inner.count(" ") < MAX_DECK_WORDS
