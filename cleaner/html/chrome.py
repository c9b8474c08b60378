"""Page furniture around the story: list labels and dangling labels, meta and control
boxes, related boxes, icon bars, promos between rules, paywall prompts and a trailing heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex

from ..dates import is_month_name
from ..segment import fold_space
from .elements import boxes_up, label_field, same_site, tag
from .state import (
    CAPTION,
    CONTROL_BOX,
    DROP,
    ICON_BAR,
    LABEL_HEADINGS,
    LETTER,
    LINK_LIST_DENSITY,
    LINKS,
    LIST_VERDICTS,
    MAX_META_CHARS,
    MAX_STAMP_CHARS,
    META_BOX,
    MIN_BODY_CHARS,
    PAYWALL,
    STAMP_YEAR,
    TRAILING_HEADING,
    Work,
)
from .tags import is_block_tag, text_content, within_tag

if TYPE_CHECKING:
    from .parse import HtmlBlock


#: The end of a sentence: a label ("Mehr zum Thema", "Latest News") has none.
_SENTENCE_END = regex.compile(r"[.!?…;]['\"”’“»«)]*$")


#: A full stop ending a line (closing quotes after it): a sentence's end, not a label's.
_FULL_STOP = regex.compile(r"[.…]['\"”’“»«)]*$")


#: Link blocks a label must open to be that list's label.
_MIN_LIST_ITEMS = 2
#: Words a label the text rules do not know has at most ("Weitere Artikel zum Thema");
#: a longer line is the story's own (its last line, a quote, a list's last item).
_MAX_LABEL_WORDS = 6
#: An enumerated line ("100. Name", "3) Step") is a list's item, never its label.
_ENUMERATED = regex.compile(r"\d+[.)]\s")
#: A label that asks or calls ("Schon gelesen?", "Das könnte Sie auch interessieren!"):
#: one closing mark, none inside (a question of the story's has a sentence before it).
_CALL_LABEL = regex.compile(r"[^.!?…;]+[?!]")


_DIGIT = regex.compile(r"\d")


def _labels_box(w: Work, body: set[int], i: int, end: int) -> bool:
    """Whether the line ``i`` opens a box (its parent, or the parent's parent when the
    parent wraps the line alone) that holds nothing but it, the list items up to ``end``
    (exclusive) and blocks the earlier stages took or the container left out: a box of
    one related story under its label (reuters.com 2020: ``div.RelatedCoverage-container``
    between two paragraphs) needs no second item to show what the line is."""
    el = w.page.blocks[i].el
    ranges = w.page.totals().ranges
    for box in list(el.iterancestors())[:2] if el is not None else ():
        span = ranges.get(box)
        if span is None or span[0] != i:
            return False  # the box holds something before the line
        if span[1] > i:  # (a box of the line alone: its own wrapper, look one level up)
            return span[1] >= end - 1 and all(k in w.verdicts or k not in body for k in range(end, span[1] + 1))
    return False


def list_labels(w: Work, body: set[int]) -> None:
    """A short line (a heading, no sentence) in the story's container that opens a list the earlier stages
    took (links, related titles, tags, dropped chrome) is that list's label ("Mehr zum
    Thema", "Latest News", "You may also like"): it leaves with its list, and the text
    rules never read it as the start of the story. A tags or related label the text
    rules know ("Tags", "Topik") opens a list of one item too; a line the rules do not
    know is no label when it is long, enumerated or code (the story's last line, over
    its share bar)."""
    blocks = w.page.blocks
    for i in sorted(body):
        if i in w.verdicts:
            continue
        b = blocks[i]
        hit = w.hit(i)
        if hit is not None and hit[0].action == "field":
            continue  # a line the text rules read a value from ("Pilihan Editor: <title>"): an item, no label
        known = label_field(w, i) is not None  # a tags or related label the text rules know ("Tags")
        calls = hit is None and _CALL_LABEL.fullmatch(b.text) is not None
        if len(b.text) > MAX_META_CHARS or (_SENTENCE_END.search(b.text) and not calls) \
                or not LETTER.search(b.text) or (" " not in b.text and not b.text.endswith(":") and not known):
            continue  # a sentence, or one word (an ingredient list's "Serai"), is no label
        run = 0
        j = i + 1
        stamps: list[int] = []
        linked: list[int] = []  # the items printed as links (a call label's list is one of links)
        # The list's items: blocks the earlier stages took, or links the container left
        # out in the label's own box (not the next box's: a list's last item is no label).
        # A teaser's time stamp between them goes with them.
        box = b.el.getparent() if b.el is not None else None
        while j < len(blocks):
            if w.verdicts.get(j) in LIST_VERDICTS or (
                    j not in body and blocks[j].link_density > LINK_LIST_DENSITY and box is not None
                    and blocks[j].el is not None and any(a is box for a in blocks[j].el.iterancestors())):
                run += 1
                if blocks[j].link_density > LINK_LIST_DENSITY:
                    linked.append(j)
            elif j in body and j not in w.verdicts and _teaser_stamp(blocks[j]) \
                    and ((j + 1 < len(blocks) and w.verdicts.get(j + 1) in LIST_VERDICTS)
                         or w.verdicts.get(j - 1) in LIST_VERDICTS):
                stamps.append(j)
            else:
                break
            j += 1
        first_item = next((k for k in range(i + 1, j) if k not in stamps), None)
        if calls and (len(linked) < _MIN_LIST_ITEMS or linked[0] != first_item):
            continue  # a question or a call over one link, or over chrome or a box with a label of its own: the story's
        if run < (1 if known else _MIN_LIST_ITEMS) and not (run and _labels_box(w, body, i, j)):
            continue
        # A label the text rules know leaves under their rule's name.
        if hit is None and (b.text.count(" ") >= _MAX_LABEL_WORDS or _ENUMERATED.match(b.text)
                            or (b.el is not None and b.el.tag == "pre")):
            continue  # the story's last line before its share bar or comments: a line, an item, code
        w.take(i, hit[0].id if hit is not None else LINKS)
        for k in stamps:
            w.take(k, LINKS)


def dangling_label(w: Work, body: set[int]) -> None:
    """The story's last line, when it is a short lead-in ending in ':' ("Mehr Themen:",
    "Czytaj też:") and the next two blocks of the page are links the story does not
    keep: the label of a teaser list printed in a box of its own after the story's,
    which no earlier stage saw as its list (the list is another box's)."""
    blocks = w.page.blocks
    kept = [i for i in body if i not in w.verdicts]
    if len(kept) < 2:
        return
    i = max(kept)
    text = blocks[i].text
    if not text.endswith(":") or len(text) > MAX_META_CHARS or text.count(" ") >= _MAX_LABEL_WORDS \
            or not LETTER.search(text) or _ENUMERATED.match(text) or w.hit(i) is not None:
        return
    if all(j < len(blocks) and (j not in body or j in w.verdicts) and blocks[j].link_density > LINK_LIST_DENSITY
           for j in (i + 1, i + 2)):
        w.take(i, LINKS)


#: `box_lines`: a box whose class names a post's metadata (WordPress themes' ``entry-meta``,
#: ``post-meta``, ``postmetadata``, ``post_meta``; ``article-meta``, ``articleMetadata``; a
#: news theme's ``td-module-meta-info``, a CSS module's ``ContentMetaInfo_root__...``,
#: ``byline-metadata``; a BEM element ``article__meta``, ``article-view__meta``) ...
_META_BOX = regex.compile(r"(?i)(?:post|entry|article|module|content|byline)[-_]?meta|__meta")
#: ... or a control: a rating or voting widget ("Wie bewerten Sie diesen Artikel?", "5 from
#: 7 votes", star icons), a button's box ("Read More", "Sign up using Google", "Vollbild").
_CONTROL_BOX = regex.compile(
    r"(?<![a-z])[Rr]ating|[a-z]Rating|(?i:star)rating"  # not "decorating", "generating"
    r"|(?i:(?<![a-z])vot(?:e|ing)|(?<![a-z])(?:btn|buttons?)(?![a-z]))")
#: The box is the block's element or an ancestor up to this many levels above it ...
_META_BOX_LEVELS = 4
#: ... and prints at most this many characters (a bigger box is no such widget's).
_MAX_META_BOX_CHARS = 400
_NAMED_BOXES = ((_META_BOX, META_BOX), (_CONTROL_BOX, CONTROL_BOX))


def box_lines(w: Work, body: set[int], headline: int | None) -> None:
    """Story lines printed in a small box whose class says it is no story: the post's
    metadata (its date, writer, category, comment count and reading time, in whatever
    language: "Veröffentlicht am 6. Juli 2015 von ...", "Kategorie: News", "12/04/2020
    by Kay 24 Comments"), a rating or voting widget, a button. A line a text rule reads
    is left to the engine (which takes a date or by-line into the record), a heading
    stays (a theme's meta box may hold the title), and none leaves when what is left is
    too short to be a story."""
    blocks = w.page.blocks
    memo: dict[Any, str | None] = {}
    named: dict[Any, str | None] = {}
    chars = w.page.totals().chars
    taken: dict[int, str] = {}
    for i in sorted(body):
        b = blocks[i]
        if i in w.verdicts or b.el is None or tag(b) in LABEL_HEADINGS or w.hit(i) is not None:
            continue
        rule = _named_box(b.el, memo, chars, named)
        if rule is not None:
            taken[i] = rule
    # Never so many that the story left is too short to be one (a post of one short
    # line under a cookie notice stays the page's text).
    left = sum(len(blocks[i].text) for i in body if i not in w.verdicts and i not in taken and i != headline)
    if taken and left >= MIN_BODY_CHARS:
        for i, rule in taken.items():
            w.take(i, rule)
            if rule == META_BOX:
                _meta_box_fields(w, blocks[i].el)


def _meta_box_fields(w: Work, el: Any) -> None:
    """The reading time a post's meta row prints in an element of its own, among
    counts and icons that share its line (Jannah, a WordPress news theme: div.tie-alignright
    > span.meta-comment "0", span.meta-views "412", span.meta-reading-time "2 menit
    dibaca", one line "0 412 2 menit dibaca" that no rule reads whole): each element's
    text is read alone, and a reading time found goes to the record."""
    for e in el.iter():
        if not isinstance(e.tag, str) or e is el:
            continue
        text = fold_space(text_content(e))
        if not text or len(text) > MAX_META_CHARS:
            continue
        hit = w.match(text)
        if hit is not None and hit[0].action == "field" and hit[0].field == "reading_time_minutes":
            w.add("reading_time_minutes", hit[0].value(hit[1]))
            return


def _named_box(el: Any, memo: dict[Any, str | None], chars: dict[Any, int],
               named: dict[Any, str | None]) -> str | None:
    """The rule of `_NAMED_BOXES` whose pattern the class of ``el`` or of its nearest
    ancestor naming one (`_META_BOX_LEVELS` above it at most) fits, when that box's blocks
    are small and it holds no heading; else None. ``chars``: the characters of the
    blocks under each element; ``named``: each element's class read once (`_class_rule`),
    not again for every block up to `_META_BOX_LEVELS` below it."""
    if el in memo:
        return memo[el]
    found = None
    e = el
    for _ in range(_META_BOX_LEVELS + 1):  # ``el`` and its ancestors, climbed no further
        if e is None or e.tag in ("body", "html"):
            break
        if e in named:
            rule = named[e]
        else:
            rule = named[e] = _class_rule(e)
        if rule is not None:
            if chars.get(e, 0) <= _MAX_META_BOX_CHARS and next(e.iter(*LABEL_HEADINGS), None) is None:
                found = rule
            break
        e = e.getparent()
    memo[el] = found
    return found


#: A word one of `_NAMED_BOXES`' patterns needs in a class to fit it (lower-cased: their
#: case-blind parts fold no other letter to these ASCII ones).
_NAMED_BOX_WORDS = ("meta", "rating", "vot", "btn", "button")


def _class_rule(e: Any) -> str | None:
    """The rule of the first of `_NAMED_BOXES` whose pattern fits the class of ``e``
    (not searched for in a class holding none of `_NAMED_BOX_WORDS`: most do not)."""
    names = (e.get(b"class") or "")[:300]  # as far as every class test here reads (a 5 MB class)
    if not names:
        return None
    low = names.lower()
    if not any(word in low for word in _NAMED_BOX_WORDS):
        return None
    return next((r for pattern, r in _NAMED_BOXES if pattern.search(names)), None)


#: `related_box_lines`: a box whose class names a list of related stories ...
_RELATED_BOX = regex.compile(r"(?i)related|terkait")


def _related_box(el: Any, named: dict[Any, bool]) -> Any | None:
    """``el`` or its nearest ancestor (`_META_BOX_LEVELS` above it at most) whose class
    names a related-stories box, or ``None``: climbed no further than that (not every
    ancestor to the root made first). ``named``: each element's class test, made once
    a page (blocks share ancestors: not again for every block below one)."""
    e = el
    for _ in range(_META_BOX_LEVELS + 1):
        if e is None:
            return None
        if e in named:
            related = named[e]
        else:
            related = named[e] = bool(_RELATED_BOX.search((e.get(b"class") or "")[:300]))
        if related:
            return e
        e = e.getparent()
    return None


def related_box_lines(w: Work, body: set[int]) -> None:
    """Story lines left in a box named for related stories whose linked titles the
    list stages took: the box's label, its teasers' dates, writers and "read on" words
    ("RELATED NEWS", "vor 1 Woche", "von ...", "weiterlesen 4 Minuten") leave with the
    titles. Only when the lines the list stages took hold at least as much of the box's
    text as those left: a story's own box merely named so (a script's hook,
    ``js-truncate-related-to-my-size``) keeps its lines."""
    blocks = w.page.blocks
    ranges = w.page.totals().ranges
    boxes: dict[Any, bool] = {}
    named: dict[Any, bool] = {}
    for i in sorted(body):
        b = blocks[i]
        if i in w.verdicts or b.el is None:
            continue
        box = _related_box(b.el, named)
        if box is None or box.tag in ("body", "html"):
            continue
        if box not in boxes:
            span = ranges.get(box)
            listed = kept = 0
            for j in range(span[0], span[1] + 1) if span is not None else ():
                if w.verdicts.get(j) in LIST_VERDICTS:
                    listed += len(blocks[j].text)
                elif j not in w.verdicts:
                    kept += len(blocks[j].text)
            boxes[box] = listed > 0 and listed >= kept
    # Every line such a box holds (a teaser's label may sit deeper than the box's name).
    for box in [e for e, mostly_links in boxes.items() if mostly_links]:
        span = ranges[box]
        for j in range(span[0], span[1] + 1):
            if j in body and j not in w.verdicts:
                w.take(j, LINKS)


#: `icon_bar_prompt`: how many levels above a line its box may be ...
_ICON_BAR_LEVELS = 3
#: ... and how many links printing no text (icons, badges) it must hold.
_MIN_ICON_LINKS = 2
#: A line in a table or a picture's box is a data row or a caption beside linked
#: pictures (a wiki's table of linked thumbnails, a gallery), no bar's prompt.
_ICON_BAR_NOT = ("table", "figure", "figcaption")


def icon_bar_prompt(w: Work, body: set[int], headline: int | None) -> None:
    """A line alone in a box with a row of links that print no text (icons or badges
    only): the prompt of a share bar or of an app's store badges ("Möchten Sie den
    Artikel teilen?" over icon links to share endpoints, "Get the app" over two store
    badges), in any language: the row's links hold no words for the text rules, and the
    list stages see no list. Its box is the line's element or an ancestor up to
    `_ICON_BAR_LEVELS` above it that holds no other block; the links go to another site
    (a share endpoint, a store, ``mailto:``, ``whatsapp:``): a story's pictures linked to
    the site's own pages are its own (a lesson's line over its two videos). The line is
    short (twice `MAX_META_CHARS` at most), in no table or picture's box. None leaves
    when what is left is too short to be a story."""
    blocks = w.page.blocks
    ranges = w.page.totals().ranges
    taken = []
    for i in sorted(body):
        b = blocks[i]
        if i in w.verdicts or i == headline or b.el is None or len(b.text) > MAX_META_CHARS * 2:
            continue
        e = b.el
        for _ in range(_ICON_BAR_LEVELS + 1):
            if e is None or e.tag in ("body", "html") or ranges.get(e) != (i, i):
                break
            icons = 0
            for a in e.iter("a"):
                href = (a.get("href") or "").strip()
                if href and not href.startswith(("#", "javascript:")) and not same_site(href, w.page.url) \
                        and not text_content(a).strip():
                    icons += 1
                    if icons >= _MIN_ICON_LINKS:
                        break
            if icons >= _MIN_ICON_LINKS:
                if not any(within_tag(b.el, tag, _ICON_BAR_LEVELS + 2) for tag in _ICON_BAR_NOT):
                    taken.append(i)
                break
            e = e.getparent()
    left = sum(len(blocks[i].text) for i in body if i not in w.verdicts and i not in taken and i != headline)
    if taken and left >= MIN_BODY_CHARS:
        for i in taken:
            w.take(i, ICON_BAR)


#: `fenced_promo`: the longest line a template's promo between rules prints ...
_MAX_PROMO_CHARS = 500
#: ... how many ``<p>`` of running text its box must hold beside it ...
_MIN_PROMO_BOX_PARAGRAPHS = 2
#: ... and how long a sibling between it and its closing rule may be (an ad slot's label).
_MAX_PROMO_GAP_CHARS = 60
#: A ``<p>`` of running text (`cleaner.html.parse.MIN_BLOCK_CHARS`'s length).
_MIN_PROMO_PARAGRAPH = 25


def _fenced_runs(box: Any) -> list[tuple[Any, str, Any]]:
    """The runs of text printed straight in ``box`` (its own text and its inline
    children's), each with the block-level child before it and the one after it
    (``None`` at the box's ends)."""
    runs: list[tuple[Any, str, Any]] = []
    prev = None
    parts = [box.text or ""]
    for c in box:
        if not isinstance(c.tag, str):
            parts.append(c.tail or "")
        elif is_block_tag(c.tag):
            runs.append((prev, fold_space("".join(parts)), c))
            prev, parts = c, [c.tail or ""]
        else:
            parts.append(text_content(c))
            parts.append(c.tail or "")
    runs.append((prev, fold_space("".join(parts)), None))
    return runs


def _closes_with_rule(e: Any) -> bool:
    """Whether block-level element ``e`` is a rule (``<hr>``), or short siblings (an
    ad slot, an empty box) lead from it to one or to the box's end."""
    for _ in range(3):
        if e is None or e.tag == "hr":
            return True
        if len(text_content(e).strip()) > _MAX_PROMO_GAP_CHARS:
            return False
        e = e.getnext()
        while e is not None and not isinstance(e.tag, str):
            e = e.getnext()
    return False


def fenced_promo(w: Work, body: set[int], headline: int | None) -> None:
    """A line of text printed straight in the story's box between two rules (``<hr>``)
    while the box's running text is in ``<p>`` paragraphs: a promo the site's template
    adds to every story, not passed through the editor's paragraphs (ggwp.id 2019's "...
    punya konten video lho! Subscribe ..." between ``<hr />`` under the share bar, and
    its event's call to register after the last paragraph; idnmedia/preview
    adproducts/preview/mobile/ggwp/detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01).
    The rule before it is its own, and the one after it, past an ad slot's short box,
    or the box's end. None leaves when what is left is too short to be a story."""
    if w.page.source is not None and "<hr" not in w.page.source:
        return  # no rule on the page (Lexbor's serialization writes tags in small letters)
    blocks = w.page.blocks
    runs: dict[Any, list[tuple[Any, str, Any]]] = {}
    taken = []
    for i in sorted(body):
        b = blocks[i]
        box = b.el
        if i in w.verdicts or i == headline or box is None or len(b.text) > _MAX_PROMO_CHARS \
                or box.find("hr") is None:
            continue
        if box not in runs:
            paragraphs = sum(1 for p in box.iterchildren("p") if len(text_content(p)) >= _MIN_PROMO_PARAGRAPH)
            runs[box] = _fenced_runs(box) if paragraphs >= _MIN_PROMO_BOX_PARAGRAPHS else []
        for before, text, after in runs[box]:
            if text == b.text and before is not None and before.tag == "hr" and _closes_with_rule(after):
                taken.append(i)
                break
    left = sum(len(blocks[i].text) for i in body if i not in w.verdicts and i not in taken and i != headline)
    if taken and left >= MIN_BODY_CHARS:
        for i in taken:
            w.take(i, DROP)


#: `paywall_tail`: a line that asks the reader to subscribe (in Indonesian or English) ...
_PAYWALL_WORD = regex.compile(r"(?i)\b(?:berlangganan|langganan|subscribe|subscribed|subscription)\b")
#: ... to read on: the prompt names reading or access ("untuk membaca", "lanjutkan membaca",
#: "akses penuh", "continue reading"); a story's "daftar harga langganan" names neither.
_PAYWALL_READ = regex.compile(r"(?i)\b(?:membaca|baca|lanjut|lanjutkan|akses|read|reading|access)\b")
#: ... and a price or a price's period ("Rp 55.000", "Rp 54.945/Bulan", "/Month").
_PRICE = regex.compile(r"\bRp\.? ?[0-9]|/ ?(?:[Bb]ulan|[Tt]ahun|[Mm]onth|[Yy]ear)\b")
#: A paywall's lines are short: its prompt, its packages and prices, its log-in line.
_MAX_PAYWALL_LINE = 200
#: How many lines a paywall's box may print over its prompt (its heading, a notice).
_PAYWALL_HEAD_LINES = 2
#: How many blocks a paywall's tail may hold (two or three packages, each a few lines).
_MAX_PAYWALL_BLOCKS = 24


def paywall_tail(w: Work, body: set[int], headline: int | None) -> None:
    """A paywall under a teaser, whatever its boxes are called: from the box of a line
    that asks the reader to subscribe to read on (`_PAYWALL_WORD` and `_PAYWALL_READ`:
    "Silakan berlangganan untuk menikmati akses penuh ...", "Subscribe to continue
    reading.") to the story's end, every kept line short (`_MAX_PAYWALL_LINE`), with
    another line that names a price (`_PRICE`) or asks to subscribe again: the sales
    box's heading ("Kuota Artikel Gratis Anda Sudah Habis"), its packages, prices and
    log-in line are no story (majalah.tempo.co 2022, magz.tempo.co 2023 and tempo.co
    2021 read with their names taken away; ablation31). The box is the prompt's
    highest ancestor that holds no story line before it, two short lines at most
    (`_PAYWALL_HEAD_LINES`). Stays: a story's closing lines about a subscription (a
    list under "Berikut daftar harga langganan:" names no reading; a long paragraph
    is no prompt), and any tail that would leave too short a story."""
    blocks = w.page.blocks
    kept = sorted(i for i in body if i not in w.verdicts and i != headline)
    for n, i in enumerate(kept):
        text = blocks[i].text
        if n == 0 or len(text) > _MAX_PAYWALL_LINE or not _may_ask_to_subscribe(text) \
                or text.rstrip().endswith(":") or blocks[i].el is None \
                or not _PAYWALL_WORD.search(text) or not _PAYWALL_READ.search(text):
            continue
        tail, end = _paywall_box(w, kept, n)
        if tail:
            for j in tail:
                w.take(j, PAYWALL)
            for j in range(tail[0], max(end, tail[-1]) + 1):
                if w.verdicts.get(j) == CAPTION:  # the lock picture's box read as a photo's
                    w.fields.discard("captions", j)
                    w.verdicts[j] = PAYWALL
            return


def _may_ask_to_subscribe(text: str) -> bool:
    """Whether `_PAYWALL_WORD` can match ``text``: a gate by its words' letters in the
    lower-cased text (a case-blind alternation costs the `regex` module ~100 ns a
    character; ``str.lower`` and ``in`` a few). Exact: besides their ASCII letters, case-blind
    matching takes only "İ" for "i" (lower-cased to "i" and a combining dot, after
    "subscr"), "ſ" for "s" (kept by ``lower``: looked for as is) and the Kelvin sign for
    "k" (in none of the words); "langganan" is in "berlangganan"."""
    low = text.lower()
    return "langganan" in low or "subscri" in low or "\u017f" in low


def _paywall_box(w: Work, kept: list[int], gate: int) -> tuple[list[int], int]:
    """`paywall_tail`'s lines from the box of the prompt ``kept[gate]`` on (none when
    they do not read as a paywall's) and the last block of that box."""
    from .container import is_running

    blocks = w.page.blocks
    ranges = w.page.totals().ranges
    i = kept[gate]
    if not any(is_running(blocks[j]) for j in kept[:gate]):
        return [], i
    start = end = i  # the box's first and last block: its highest ancestor over no story line
    for e in blocks[i].el.iterancestors():
        got = ranges.get(e)
        if got is None or e.tag in ("body", "html"):
            break
        over = [j for j in kept[:gate] if j >= got[0]]
        # (a box holding every line over the prompt is the story's own: a story box stored
        # alone, a teaser of two short paragraphs, koran.tempo.co 2021's div.detail-in)
        if len(over) > _PAYWALL_HEAD_LINES or len(over) == gate \
                or any(len(blocks[j].text) > _MAX_PAYWALL_LINE for j in over):
            break
        start, end = min(start, got[0]), max(end, got[1])
    tail = [j for j in kept if j >= start]
    if len(tail) < 2 or len(tail) > _MAX_PAYWALL_BLOCKS \
            or any(len(blocks[j].text) > _MAX_PAYWALL_LINE for j in tail):
        return [], end
    if not any(j != i and (_PRICE.search(blocks[j].text) or _PAYWALL_WORD.search(blocks[j].text)) for j in tail):
        return [], end
    if sum(len(blocks[j].text) for j in kept if j < start) < MIN_BODY_CHARS:
        return [], end
    return tail, end


def trailing_heading(w: Work, body: set[int], headline: int | None) -> None:
    """The story's last kept block, when it is a heading (``h1``-``h6``): a heading heads
    what follows it, and the story keeps nothing after it, so it is the title of a box
    the earlier stages took or the container left out (an author box's "About the
    author", "Post navigation", a map's or gallery's label, a teaser's title): not
    story text. Repeated while the last is one. Stays: an enumerated heading (a
    listicle's "4. Name" over its picture), a sentence ending in a full stop (a pull
    quote set as a heading, whose story goes on where the page hides it), a line a text
    rule reads (the engine's), the page's headline, and the story's only line or two.
    A line printed as a heading by other means (`_heading_like`: ARIA's role, bold)
    leaves only over a box a stage took right under it that has no heading of its own
    (weinkenner.de's bold "Über den Autor" over its author box): a story's own bold
    closing line stands over chrome too."""
    blocks = w.page.blocks
    kept = sorted(i for i in body if i not in w.verdicts and i != headline)
    while len(kept) > 2:
        i = kept.pop()
        b = blocks[i]
        text = b.text
        if not LETTER.search(text) or _ENUMERATED.match(text) or _FULL_STOP.search(text) \
                or w.hit(i) is not None:
            return
        if tag(b) not in LABEL_HEADINGS and not (_heading_like(b) and w.verdicts.get(i + 1, DROP) != DROP
                                                   and tag(blocks[i + 1]) not in LABEL_HEADINGS) \
                and not _control_label(w, b, kept):
            # A line set as a heading heads the box a stage took right under it, when that
            # box has no heading of its own (a related box's title: the line is the story's).
            return
        w.take(i, TRAILING_HEADING)


#: `_control_label`: how many boxes up from a line its widget's form controls may be.
_CONTROL_LEVELS = 2
#: ... the tags of form controls a reader types in or presses.
_CONTROL_TAGS = ("input", "button", "select", "textarea")


def _control_label(w: Work, b: HtmlBlock, kept: list[int]) -> bool:
    """Whether the story's last line ``b`` (a few words, no sentence: `trailing_heading`
    asks) is a widget's label: a box a level or two up from it holds a form control
    (a search field, a button) and none of the story's other lines. interaktif.tempo.co
    2019's data list: the sidebar's story runs, then ``<center>`` > div.search-container
    (``button`` + ``input``) and div.option > ``span#map`` "MAP", the map view's toggle,
    over "Kembali ke artikel awal" (blindhtml56's saved page of
    interaktif.tempo.co/kisah-di-balik-terali-besi); "MAP" closed the body."""
    el = b.el
    if el is None or b.text.count(" ") >= _MAX_LABEL_WORDS or b.link_chars:
        return False
    for up in boxes_up(el, _CONTROL_LEVELS):
        if next(up.iter(*_CONTROL_TAGS), None) is not None:
            story = (w.page.blocks[j].el for j in kept)
            return not any(e is not None and (e is up or up in e.iterancestors()) for e in story)
    return False


#: `_heading_like`: a box's style that sets its text in bold (``font-weight:bold``, ``700``)
_BOLD_STYLE = regex.compile(r"(?i)font-weight\s*+:\s*+(?:bold|[6-9]00)")


def _heading_like(b: HtmlBlock) -> bool:
    """Whether block ``b``, no ``h1``-``h6``, is printed as a heading: an element ARIA
    calls one (``role=heading``), or a short line (`_MAX_LABEL_WORDS` words at most) all
    in bold, by ``<b>``/``<strong>`` or its element's style (a theme's
    ``<div style="font-weight:bold">`` over its author box)."""
    if tag(b) is None:
        return False
    if b.el.get("role") == "heading":
        return True
    if b.text.count(" ") >= _MAX_LABEL_WORDS:
        return False
    return b.bold or _BOLD_STYLE.search((b.el.get("style") or "")[:300]) is not None


def _teaser_stamp(b: HtmlBlock) -> bool:
    """A short line holding a year and no sentence: a teaser's date ("27. Mai 2020"). A
    date names more than its year, a day's number or a month: a name with a year alone is
    a line of its own (viva.co.id 2019: a winners' list printing "Indonesian Television
    Awards 2018" right under an in-story "Lihat Juga" box; kefasjwiryadi/android-baca-berita
    app/src/test/java/com/kefasjwiryadi/bacaberita/html3.html @ 1aca5f3154b4)."""
    if len(b.text) > MAX_STAMP_CHARS or _SENTENCE_END.search(b.text) is not None:
        return False
    year = STAMP_YEAR.search(b.text)
    if year is None:
        return False
    rest = b.text[:year.start()] + " " + b.text[year.end():]
    return _DIGIT.search(rest) is not None or any(is_month_name(w) for w in rest.split())
