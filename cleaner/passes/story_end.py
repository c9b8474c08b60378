"""Where the story ends (the first ``end`` rule, a newest-first run of dated titles,
an empty related box) and ``apply_head_rules`` (pass 5: rules that apply only
before the story)."""

from __future__ import annotations

import itertools
from typing import Final

from ..dates import parse_date
from .datelines import dateline_over_story
from .hits import date_line, dateline_paragraph, head_only, take_hit
from .outlets import statement
from .page import HEADLINE_REPEAT, Page
from .text import ends_sentence, is_title_like

#: `dated_pairs`: a list of other stories is this many (time stamp, title) pairs in a row.
_MIN_DATED_PAIRS: Final = 2


def dated_pairs(page: Page, start: int, end: int | None) -> int | None:
    """The first block of a run of (bare date line, title) pairs inside the story, the
    lines a drop rule took (a list's "-" markers) aside: a list of other stories whose
    heading the scraper left out (detik 2015 as trafilatura's text: "-", "Kamis,
    05/11/2015 10:08 WIB", the linked title, for each item of "Berita Terbaru"; the list's
    first item may be the story itself, its title a repeat of the headline). The
    dates run from the newest back, as such a list does (a schedule of matches or
    events printed in the story runs forward). The story ends there."""
    stop = len(page.blocks) if end is None else end
    hits, verdicts, blocks = page.hits, page.verdicts, page.blocks
    story_hits = list(filter(None, hits[start + 1:stop]))  # C-level: the story's hits alone
    if len(story_hits) < _MIN_DATED_PAIRS:
        return None
    dated = 0
    for story_hit in story_hits:
        if date_line(story_hit[0]):
            dated += 1
    if dated < _MIN_DATED_PAIRS:
        return None  # fewer date lines than pairs needed (most pages)
    seen = [k for k in range(start + 1, stop) if (hit := hits[k]) is None or hit[0].action != "drop"]
    need = 2 * _MIN_DATED_PAIRS
    for n in range(len(seen) - need + 1):
        if all(
            (hit := hits[seen[m]]) is not None and date_line(hit[0]) and hits[seen[m + 1]] is None
            and verdicts[seen[m + 1]] in (None, HEADLINE_REPEAT)
            and is_title_like(title := blocks[seen[m + 1]].text)
            and not ends_sentence(title)
            for m in range(n, n + need, 2)
        ):
            dates = [parse_date(blocks[seen[m]].text) or "" for m in range(n, n + need, 2)]
            # newest first, as a list of latest stories runs; a schedule runs forward
            if all(dates) and dates == sorted(dates, reverse=True) and dates[0] != dates[-1]:
                return seen[n]
    return None


def story_end(page: Page, start: int) -> int | None:
    """The first block from ``start`` on that a story-ending rule took, past a related
    box's label left empty inside the story (`empty_box`)."""
    for i in range(start, len(page.blocks)):
        hit = page.hits[i]
        if hit is not None and hit[0].end and not empty_box(page, i):
            return i
    return None


#: `empty_box`: of the lines under a related box's label this many are read, and this
#: many of them (the first among them) must be statements for the box to be empty.
_EMPTY_BOX_SPAN: Final = 3
_EMPTY_BOX_STATEMENTS: Final = 2


def empty_box(page: Page, i: int) -> bool:
    """Block ``i`` is a related box's label (a story-ending ``block`` rule for related
    titles) printed alone inside the story: the line under it and one of the two after
    that are unclaimed statements, story sentences ending in a full stop or a colon,
    where a box prints linked titles (headlines end in nothing, '?' or '!'). A site that draws the box's items by script
    leaves the label between two paragraphs in a text scrape (tribunnews.com 2018-19,
    "Berita Rekomendasi" mid-story with no item under it: m.tribunnews.com/nasional/2018/
    04/25/... and bali.tribunnews.com/2019/05/23/..., as text in the search library's
    pages corpus, read 2026-12-06): every paragraph after it went to related; a roundup
    goes on under it with its list's lead-in and numbered items ("Selengkapnya, inilah
    rangkuman ...:", "1. <headline>", its paragraphs: m.tribunnews.com/nasional/2023/01/
    14/populer-nasional-..., the same corpus). The label is dropped and the story goes
    on."""
    hit = page.hits[i]
    if hit is None or hit[0].action != "block" or hit[0].field != "related" or not hit[0].end \
            or i + 2 >= len(page.blocks):
        return False
    under = range(i + 1, min(i + 1 + _EMPTY_BOX_SPAN, len(page.blocks)))
    told = [page.hits[k] is None and statement(page.blocks[k].text, long_lines=False) for k in under]
    return told[0] and sum(told) >= _EMPTY_BOX_STATEMENTS


def dateline_after_box(page: Page, generic: bool) -> int | None:
    """A dateline paragraph after the box that ended a one-block "story": that block
    was a caption or a teaser above the box (a related list printed between the photo
    and the story), and the story starts at the dateline."""
    start, end = page.start, page.end
    if start is None or end is None or dateline_paragraph(page, start, generic):
        return None
    kept = [i for i in range(start, end) if page.verdicts[i] is None]
    # a "story" of teasers (headlines: no line ends in a full stop) is none either, and
    # the dateline paragraph that starts the story may lie past more boxes
    teasers = not any(statement(page.blocks[i].text, long_lines=False) for i in kept)
    if len(kept) > 1 and not teasers:
        return None
    for i in range(end + 1, len(page.blocks)):
        hit = page.hits[i]
        if hit is not None and hit[0].end and not teasers:
            return None  # a second box: past the story's place
        if page.verdicts[i] is None and (dateline_paragraph(page, i, generic) or (
                teasers and dateline_over_story(page, i))):
            return i
    return None


#: `story_after_box`: a line of this many words or more is a paragraph (a "story" of
#: none is a teaser, a notice or a menu's line), ...
_PARAGRAPH_WORDS: Final = 20
#: ... and this many such statements among this many blocks in a row (a subheading may
#: stand between two; a teaser's headline stands between each two of a list's
#: summaries), after the box, are the story.
_MIN_PARAGRAPH_RUN: Final = 3
_PARAGRAPH_WINDOW: Final = 4


def _paragraph_statement(page: Page, i: int) -> bool:
    """Block ``i`` is unclaimed and a statement of a paragraph's length."""
    text = page.blocks[i].text
    return page.verdicts[i] is None and page.hits[i] is None and text.count(" ") + 1 >= _PARAGRAPH_WORDS \
        and statement(text, long_lines=False)


def paragraph_run(page: Page, i: int) -> bool:
    """Block ``i`` is a paragraph-long statement that opens a run of them
    (`_MIN_PARAGRAPH_RUN` among `_PARAGRAPH_WINDOW` blocks)."""
    n = len(page.blocks)
    return _paragraph_statement(page, i) and sum(
        _paragraph_statement(page, k) for k in range(i, min(i + _PARAGRAPH_WINDOW, n))) >= _MIN_PARAGRAPH_RUN


def story_after_box(page: Page) -> int | None:
    """The first paragraph-long statement after the box that ended a "story" holding no
    line of a paragraph's length, opening a run of them (`_MIN_PARAGRAPH_RUN` among
    `_PARAGRAPH_WINDOW` blocks): that "story" was
    a notice or a teaser over the site's boxes ("Looks like you're using a browser we
    don't support.", "Please deactivate your ad blocker", a "Recent Posts" item that
    reads as a sentence) and the story is the run of paragraphs under the boxes. A whole
    page printed as text (a browser's copy, menus and sidebars first) put a "Latest
    News" or "Popular" box between them: before, every paragraph of the story left as
    the box's tail and the page was called an index (peer suite pages rendered as text
    by `benchmarks.render`: miamitodaynews.com 2023, newrepublic.com 2019, pcgamer.com
    2020). A story with a paragraph of its own before the box keeps it: the run after
    is comments or teasers then."""
    start, end = page.start, page.end
    if start is None or end is None:
        return None
    if any(page.verdicts[i] is None and page.blocks[i].text.count(" ") + 1 >= _PARAGRAPH_WORDS
           for i in range(start, end)):
        return None
    for i in range(end + 1, len(page.blocks)):
        if paragraph_run(page, i):
            return i
    return None


def apply_head_rules(page: Page) -> None:
    """Rules that only hold before the story (a date line) take their blocks there;
    the same text inside the story (a date heading a schedule) stays body. Those
    between the headline and the story come first: a line above the headline is the
    site's header or a teaser's (today's date, a most-read item's time)."""
    start = page.start if page.start is not None else len(page.blocks)
    title = page.title_index if page.title_index is not None and page.title_index < start else -1
    for i in itertools.chain(range(title + 1, start), range(title + 1)):
        if page.verdicts[i] is None and head_only(page.hits[i]):
            take_hit(page, i)
    for i in page.block_heads:  # a page that prints no other date: a block's line is its
        rule, m = page.hits[i]  # type: ignore[misc]
        if rule.action == "field" and rule.field and not page.fields.has(rule.field):
            page.fields.add(rule.field, rule.value(m))
