"""Decks and summaries: the summary line under the headline (from the markup, the page's
description, a picture's box), a summary list and deck points, and the story's opening
lines the engine must keep (`story_opening`).
"""

from __future__ import annotations

import itertools
from typing import Any

import regex

from ..dates import is_month_name, parse_date
from ..passes.text import is_sentence_like
from .elements import indonesian
from .meta import descriptions, norm_words, title_parts
from .pictures import holds_image
from .state import CAPTION, ICON_BAR, LINKS, MAX_BOX_BLOCKS, MAX_META_CHARS, HtmlPage, Work
from .tags import is_block_tag, within_tag

# ---- stage: summary list ------------------------------------------------------------

def summary_list(w: Work, top: int, last: int) -> None:
    """A summary label the text rules know (``Ringkasan Berita:``) over a list: the
    list's items are the summary bullets (printed without bullet characters, which a
    text scrape's items would carry: the list element says where the items end)."""
    blocks = w.page.blocks
    for i in range(top, last + 1):
        hit = w.hit(i)
        if hit is None or hit[0].kind != "summary" or hit[0].action != "block" or i in w.verdicts:
            continue
        first = blocks[i + 1].el if i + 1 < len(blocks) else None
        if first is None or first.tag != "li":
            continue
        w.take(i, "html-summary")
        j = i + 1
        while j < len(blocks) and blocks[j].el is not None and blocks[j].el.tag == "li" \
                and blocks[j].el.getparent() is first.getparent():
            w.add("summary", blocks[j].text, j)
            w.take(j, "html-summary")
            j += 1
        return


#: `deck_points`: how many points a deck's list may print, and the fewest.
_DECK_POINTS = (2, 8)


def deck_points(w: Work, body: set[int]) -> None:
    """Key points printed as a list in the deck's own box, right under the deck and
    above the story, no label over them: the summary bullets (SPEC: "key-point bullets
    printed above the body"). interaktif.tempo.co 2019-20 prints four figures so under
    its deck (header > div.header-bottom > h3 + ul > li;
    ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54); a labelled box is `summary_list`'s. Only a
    list whose parent is the deck's, whose items hold no link (a menu's or a related
    box's do) and which ends before the story's first paragraph outside that box."""
    blocks = w.page.blocks
    deck = next((i for i, v in w.verdicts.items() if v == "html-subtitle"), None)
    if deck is None or w.fields.has("summary") or blocks[deck].el is None:
        return
    box = blocks[deck].el.getparent()
    j = deck + 1
    items: list[int] = []
    while j < len(blocks) and j not in w.verdicts:
        el = blocks[j].el
        if el is None or el.tag != "li" or el.getparent() is None or el.getparent().getparent() is not box \
                or blocks[j].link_chars or (items and el.getparent() is not blocks[items[0]].el.getparent()):
            break
        items.append(j)
        j += 1
    if not _DECK_POINTS[0] <= len(items) <= _DECK_POINTS[1]:
        return
    if j < len(blocks) and blocks[j].el is not None and any(a is box for a in blocks[j].el.iterancestors()):
        return  # the box goes on past the list: no deck's box
    for i in items:
        w.add("summary", blocks[i].text, i)
        w.take(i, "html-summary")
        body.discard(i)


#: `deck`: the longest deck, and the share of its words a page description must hold.
_DECK_MAX_CHARS = MAX_META_CHARS
#: On an Indonesian page (``<html lang="id">``, ``og:locale`` ``id_ID``) a longer deck (up
#: to `_DECK_LONG_CHARS`) is one when its box's class or id names it so (liputan6 2026:
#: div.read-page--header--description, two lines under the headline). Elsewhere such a
#: teaser stays story: trafilatura's evaluation pages (German, Italian ...) count it as text.
_DECK_LONG_CHARS = 300
_DECK_BOX = regex.compile(r"(?i)description|sinopsis|subtitle|subjudul|deck|standfirst")
_DECK_MIN_SHARED = 0.6
#: A longer deck printed as a heading of its own under the headline, that the page's
#: description repeats, is one whatever its box is named (interaktif.tempo.co 2019-20:
#: header > div.header-bottom > h3, two sentences under the h1, the description word for
#: word; ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
#: bb87511ea268071c53a2bccde784a02832ff5a54): a heading is no story paragraph, and the
#: description is the page's own summary of it. On an Indonesian page or in Indonesian
#: words (that page says ``lang="en-US"``), as the named box's rule above.
_DECK_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def deck(w: Work, body: set[int], headline: int | None) -> None:
    """The deck under the headline: one the page's description confirms, or an
    outlet's that prints one under every headline (`_described_deck`), else one its
    markup sets apart from the story (`_markup_deck`)."""
    _described_deck(w, body, headline)
    if headline is not None and not w.fields.has("subtitle"):
        _markup_deck(w, body, headline)
    if not w.fields.has("subtitle"):
        _picture_deck(w, body, headline)


def _described_deck(w: Work, body: set[int], headline: int | None) -> None:
    """The deck (standfirst): the short line printed right under the headline, no link,
    date or by-line, when the page's own description (``og:description``, JSON-LD
    ``description`` ...) says the same (most of its words, no much longer text). Inside
    the container only when it is not one of the story's paragraphs (its parent is not
    theirs): a lead paragraph that the description repeats stays story."""
    from .container import is_running

    blocks = w.page.blocks
    i = (headline if headline is not None else -2) + 1
    if i <= 0 or i >= len(blocks) or i in w.verdicts or w.fields.has("subtitle"):
        return
    b = blocks[i]
    if b.link_chars or not 10 <= len(b.text) <= _DECK_LONG_CHARS or b.el is None \
            or w.hit(i) is not None or parse_date(b.text):
        return
    # A heading under the headline that the description opens, cut at a sentence, is a
    # deck whatever the page's language (the description says it).
    opened = b.el.tag in _DECK_HEADINGS and len(b.text) > _DECK_MAX_CHARS and _description_opens(w, b.text)
    if len(b.text) > _DECK_MAX_CHARS and not opened and not ((indonesian(w.page) and any(
            _DECK_BOX.search(f"{e.get('class') or ''} {e.get('id') or ''}"[:300])
            for e in (b.el, b.el.getparent()) if e is not None))
            or (b.el.tag in _DECK_HEADINGS and (indonesian(w.page) or _indonesian_words(b.text)))):
        return
    if i in body:
        story = next((j for j in sorted(body) if j > i and is_running(blocks[j]) and blocks[j].el is not None), None)
        if story is None or blocks[story].el.getparent() is _paragraph_box(b.el):
            return
    if opened or described(w, b.text):
        w.add("subtitle", b.text)
        w.take(i, "html-subtitle")
        return
    # An outlet whose layout prints a deck under every headline (its rule set's `deck`):
    # the short line there is the deck, confirmed or not by a description (a page of a
    # redesign whose deck box no selector names, and no <meta> repeating it).
    if w.ruleset.deck and len(b.text) <= _DECK_MAX_CHARS and not b.text.rstrip().endswith((":", ".")):
        w.add("subtitle", b.text)
        w.take(i, "html-subtitle")


def _paragraph_box(el: Any) -> Any:
    """The box the line under the headline sits in (`_described_deck`): its element's
    parent, or the element itself when the line is loose text beside block children (a
    page printing its paragraphs as text parted by ``<br><br>``: the deck loose in the
    ``header`` beside the headline, whose parent is the story box's parent too)."""
    if any(isinstance(c.tag, str) and c.tag != "br" and is_block_tag(c.tag) for c in el):
        return el
    return el.getparent()


#: `_markup_deck`: the words of a class or id that name a deck's box (each word of a
#: token, split at ``-``, ``_`` and camel case, or two words joined: ``sub-title``).
#: The first name a deck's box; the second also a lead paragraph's box, whose line is a
#: deck only when it is a phrase (`_DECK_MAX_CHARS`): a longer one is the story's lead,
#: printed apart (tests/test_html_container.py's ``p.intro``).
_DECK_WORDS = frozenset({
    "subtitle", "subjudul", "subheadline", "subhead", "subline", "deck", "dek", "standfirst", "strapline",
    "excerpt", "description", "deskripsi", "sinopsis",
})
_LEAD_WORDS = frozenset({"lead", "lede", "intro", "teaser", "sapo", "chapo", "perex", "abstract"})
_CLASS_WORDS = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: A class shared by the headline's element and a line under it (``h1.headblock``,
#: ``h2.headblock``): a plain word, not a utility class (``mb-2``, ``text-sm``).
_PLAIN_CLASS = regex.compile(r"[A-Za-z]{4,40}")
#: The headline's box: a ``header``/``hgroup``, or an element its class or id names so.
_HEAD_BOX_TAGS = frozenset({"header", "hgroup"})
_HEAD_BOX = regex.compile(r"(?i)head|title|judul")
#: A line with a clock time ("10.15 WIB", "7:57"; not a price's "85.000") or a credit's
#: mark is the head's meta line or a caption.
_DECK_CLOCK = regex.compile(r"(?<![0-9.,])[0-2]?[0-9][:.][0-5][0-9](?![0-9])|©")
#: A short line holding a year ("24. Januar 2022") or a day and a month's name ("Senin,
#: 3 November") is the head's date line.
_DECK_YEAR = regex.compile(r"\b(?:19|20)[0-9][0-9]\b")
_DECK_META_WORDS = 8
_DECK_MIN_WORDS = 5
_SITE_BOX = regex.compile(r"(?i)site|logo|brand|masthead|slogan|tagline")
#: How many levels above the deck's element its box, or the headline's, is looked for.
DECK_BOX_LEVELS = 4


def _markup_deck(w: Work, body: set[int], headline: int) -> None:
    """The deck that the markup sets apart from the story, with no description to
    confirm it: the first line under the headline that no stage took (past a by-line,
    a date, a caption, a share bar), of a phrase's length, no link, date, clock time,
    dateline or rule's hit, not a headline (an ``h1``, a metadata title), printed

    - in an element that shares a plain class with the headline's (lbv.de's
      ``h2.headblock`` under ``h1.headblock``, in the story's box), or
    - in a box of its own (holding no story paragraph) named as a deck's
      (`_DECK_WORDS`: ``p.news-subtitle``, ``h2.dek``, liputan6's
      ``div.read-page--header--description``) or, for a phrase, as a lead's
      (`_LEAD_WORDS`: bisnis.com's ``div.detailsLead``), outside the story's box
      (`_in_story_box`), or
    - in the headline's box (a ``header``/``hgroup``, or a box named for the head or
      title) that holds no story paragraph (standard.co.uk's deck in the header).

    A line in the story's own box (a subhead or lead sentence opening the story,
    tierschutzpartei.de's ``h2`` in ``section.entry-content``) is the story's.
    Longer than a by-line (`_DECK_MAX_CHARS`), up to two lines (`_DECK_LONG_CHARS`), a
    deck is read on an Indonesian page only (the policy of `_described_deck`: elsewhere
    such a teaser stays story, as trafilatura's evaluation pages count it), and never
    in a box named for a lead (`_LEAD_WORDS`: the story's lead printed apart, `story_lead`)
    unless the headline's box or class holds it."""
    from .container import is_running

    blocks, page = w.page.blocks, w.page
    h = blocks[headline].el
    i = headline + 1
    while i < len(blocks) and i - headline <= MAX_BOX_BLOCKS and (i in w.verdicts or _meta_line(blocks[i].text)):
        i += 1
    if h is None or i >= len(blocks) or i in w.verdicts:
        return
    b = blocks[i]
    el, text = b.el, b.text
    if not _deck_line(w, i):
        return
    # The story starts at its first running line that is no date line: a head's
    # "Diterbitkan 3 Maret 2026, 09:15 WIB" under the deck is the head's, not the story's.
    start = next((j for j in sorted(body) if j > i and j not in w.verdicts and is_running(blocks[j])
                  and blocks[j].el is not None and not _meta_line(blocks[j].text)), None)
    if start is None:
        return

    above = set(h.iterancestors())
    box: list[Any] = []  # the deck's element and its ancestors up to the headline's, none holding the story
    e = el
    while e is not None and e not in above and e is not h and len(box) < DECK_BOX_LEVELS:
        got = page.block_range(e)
        if not got or got[1] - got[0] >= MAX_BOX_BLOCKS or _holds_block(page, e, start):
            break
        box.append(e)
        e = e.getparent()
    if not box or holds_image(box[-1], w) or within_tag(el, "figure", DECK_BOX_LEVELS):
        return
    shared = _shared_class(h, el)
    apart = not _in_story_box(el, blocks[start].el, above)
    short = len(text) <= _DECK_MAX_CHARS
    # A longer one elsewhere is a teaser that stays the story's, as `_described_deck`
    # keeps it: the story's opening line, which the engine keeps (`story_opening`).
    # Indonesian by its markup or, when the page names no language at all (the body or
    # the article's element alone, as a pipeline hands it: no ``<html lang>``, no
    # ``og:locale``), by the words of the story's first paragraph (as `_picture_deck`
    # asks). A page that names another language keeps its teaser (interaktif.tempo.co's
    # ``lang="en"`` template: tests/test_real_layouts_html_blind56.py).
    teaser = not (short or indonesian(page) or (
        not (page.root.get("lang") or page.metas.get("og:locale")) and _indonesian_words(blocks[start].text)))
    named = apart and any(_box_named(x, _DECK_WORDS) for x in box)
    lead = apart and short and any(_box_named(x, _LEAD_WORDS) for x in box)
    head = False
    lca = common = next((a for a in el.iterancestors() if a in above), None)
    if lca is not None and indonesian(page) and not _holds_block(page, lca, start):
        # The headline's own box, whatever it is called: the nearest element holding
        # the headline and the line, a few blocks, no story paragraph, and under the
        # line the head's date line among short lines (bisnis 2025's div.detailsHead
        # read with its names taken away: h1, the deck, the writer's line, the date;
        # ablation31). A box of the headline and the line alone is a lead's (``p.intro``
        # under the h1, tests/test_html_container.py): its line stays the story's. On an
        # Indonesian page only (the policy of `_described_deck`: elsewhere a standfirst
        # in an unnamed head box is the story's opening, as trafilatura's evaluation
        # pages count it: luxuriousmagazine.com, shingon-reiki.de).
        got = page.block_range(lca)
        if got is not None and i < got[1] and got[1] - got[0] <= MAX_BOX_BLOCKS:
            under = [blocks[j].text for j in range(i + 1, got[1] + 1)]
            # Under the line, the head's date line, or the head's share bar (a run of
            # links a stage took: the box is the head's, its chrome beside the deck;
            # blind reading of test_html_container's ``div.entry-header``, ablation33).
            head = all(len(t) <= MAX_META_CHARS for t in under) and (
                any(_meta_line(t) for t in under)
                or any(w.verdicts.get(j) in _HEAD_CHROME for j in range(i + 1, got[1] + 1)))
    for _ in range(DECK_BOX_LEVELS):
        if common is None or _holds_block(page, common, start):
            break
        if common.tag in _HEAD_BOX_TAGS \
                or _HEAD_BOX.search(f"{common.get('class') or ''} {common.get('id') or ''}"[:300]):
            head = True
            break
        common = common.getparent()
    if not (shared or named or lead or head) or _site_box(el, lca):
        return
    if teaser:
        # Kept as the story's by the engine too: over the by-line and the date in the
        # head's box, its head rule read it as head chrome ('before-story', no field), and
        # the deck was neither subtitle nor story (biathlon-antholz.it's h2.subheadline
        # under the headline's h2 in div.detailcontent, standard.co.uk's standfirst in the
        # header over the by-line: trafilatura's evaluation suite).
        w.long_deck = i
        return
    w.add("subtitle", text)
    w.take(i, "html-subtitle")


def _holds_block(page: HtmlPage, e: Any, i: int) -> bool:
    """Whether element ``e``'s blocks take in block ``i`` (`_markup_deck`: the box
    that holds the story's first line)."""
    got = page.block_range(e)
    return got is not None and got[0] <= i <= got[1]


def _deck_line(w: Work, i: int) -> bool:
    """Whether block ``i`` has a deck's shape (`_markup_deck`, `_picture_deck`): of a
    phrase's length or two lines (`_DECK_LONG_CHARS`), `_DECK_MIN_WORDS` words or more,
    no link, date, clock time or rule's hit, no colon closing it (a rubric's label), not
    an ``h1`` or a metadata title, and no dateline opening it (the story's first
    paragraph)."""
    b = w.page.blocks[i]
    text = b.text
    return not (b.el is None or b.el.tag == "h1" or b.link_chars or b.dropped
                or not 10 <= len(text) <= _DECK_LONG_CHARS or text.count(" ") + 1 < _DECK_MIN_WORDS
                or text.rstrip().endswith(":") or w.hit(i) is not None or _meta_line(text)
                or _DECK_CLOCK.search(text) or norm_words(text) in title_parts(w.page.titles)
                or w.ruleset.match_prefix(text) is not None)


#: `_picture_deck`: how many blocks under the headline (or the body's top) the lead
#: picture's caption may stand.
_PICTURE_DECK_SPAN = 8


def _picture_deck(w: Work, body: set[int], headline: int | None) -> None:
    """The deck told by where it stands, whatever its box is called: the one line
    between the head (the headline, its by-line and date lines) and the lead picture,
    the story starting under the picture (magz.tempo.co 2023 and majalah.tempo.co 2022:
    h1, the writer's line, the date, the deck, the share bar, then the photo and its
    caption; read with their names taken away, ablation33).

    The lead picture is the first caption (`CAPTION`) within `_PICTURE_DECK_SPAN`
    blocks of the top, past nothing but short head lines (a kicker, a date, a by-line:
    `MAX_META_CHARS`, `MAX_BOX_BLOCKS` of them at most); between the line and the
    caption only blocks a stage took (a share bar, a comment counter). The line is of a
    phrase's length (`_DECK_MAX_CHARS`; up to two lines, `_DECK_LONG_CHARS`, when the
    page's description holds its words and the page is Indonesian, by its markup or
    its story's words: a longer line alone under the headline is the story's lead
    printed apart, tests/test_html_unseen_markup_b.py, and elsewhere a teaser the
    peer suite's pages count as text), of
    `_DECK_MIN_WORDS` words or more, no link, date, clock time, dateline or rule's hit,
    not a metadata title, not ending in a colon (a rubric's "Topik:"), and outside the
    box of the story's first paragraph under the picture (`_in_story_box`): a story
    whose short first paragraph stands over an inline photo keeps it."""
    from .container import is_running

    blocks, page = w.page.blocks, w.page
    top = headline + 1 if headline is not None else min(body)
    end = min(len(blocks), top + _PICTURE_DECK_SPAN)
    cap = next((j for j in range(top, end) if w.verdicts.get(j) == CAPTION), None)
    if cap is None:
        return
    i = cap - 1
    while i >= top and cap - i <= MAX_BOX_BLOCKS and i in w.verdicts and w.verdicts[i] != CAPTION:
        i -= 1
    if i < top or i in w.verdicts or (headline is None and i not in body):
        return
    head = [j for j in range(top, i) if j not in w.verdicts]
    if len(head) > MAX_BOX_BLOCKS or any(len(blocks[j].text) > MAX_META_CHARS for j in head):
        return
    el, text = blocks[i].el, blocks[i].text
    if not _deck_line(w, i) or within_tag(el, "figure", DECK_BOX_LEVELS):
        return
    start = next((j for j in sorted(body) if j > cap and j not in w.verdicts and blocks[j].el is not None
                  and is_running(blocks[j]) and is_sentence_like(blocks[j].text)), None)
    if start is None:
        return
    if len(text) > _DECK_MAX_CHARS and not (
            described(w, text) and (indonesian(page) or _indonesian_words(blocks[start].text))):
        return  # (a longer teaser elsewhere stays the story's, as `_described_deck` keeps it)
    # The head's top: the headline, else the head's date line over the deck (no
    # headline found when the printed one is no h1 and unlike the titles).
    anchor = headline if headline is not None else next((j for j in reversed(head) if _meta_line(blocks[j].text)), None)
    if anchor is None or blocks[anchor].el is None \
            or _in_story_box(el, blocks[start].el, set(blocks[anchor].el.iterancestors())):
        return
    w.add("subtitle", text)
    w.take(i, "html-subtitle")


#: `_indonesian_words`: Indonesian function words, and the share of a paragraph's words
#: they make at least (a story's paragraph: 15-25%; German, Spanish or English: none).
_ID_WORDS = frozenset({
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "pada", "dalam", "tidak",
    "akan", "juga", "karena", "oleh", "ada", "bisa", "mereka", "kata", "sudah", "telah", "atau",
})
_ID_SHARE = 0.08


def _indonesian_words(text: str) -> bool:
    """Whether ``text`` (a story's paragraph) reads as Indonesian by its function words:
    a page may say another language (majalah.tempo.co 2022 prints ``<html lang="en">``
    over Indonesian stories)."""
    words = text.lower().split()
    return bool(words) and sum(x in _ID_WORDS for x in words) >= _ID_SHARE * len(words)


def described(w: Work, text: str) -> bool:
    """Whether one of the page's descriptions (`descriptions`) holds most of
    ``text``'s words (`_DECK_MIN_SHARED`) and is not much longer."""
    words = norm_words(text).split()
    for ref in descriptions(w.page.metas, w.page.articles):
        ref_words = norm_words(ref).split()
        if len(ref_words) <= 2 * len(words) + 3:
            ref_set = set(ref_words)  # (a set: no list scan per word)
            if sum(x in ref_set for x in words) >= _DECK_MIN_SHARED * len(words):
                return True
    return False


#: `_description_opens`: the fewest words a description cut from a deck's start holds.
_DECK_OPENING_WORDS = 8


def _description_opens(w: Work, text: str) -> bool:
    """Whether one of the page's descriptions is ``text``'s opening, word for word, cut
    at a sentence's end and shorter than it (`_DECK_OPENING_WORDS` words or more): a
    deck whose description the page cut to its first sentence. interaktif.tempo.co's
    2020 template prints the deck in ``div.title-container > h5`` under the ``h1``, its
    description the deck's first of three sentences (ginanjarpamungkas/asi-susu
    index.html @ 0d30109faa159398acf7264de066aa3c74aa5830); `described` wants the
    description to hold most of the deck's words, and the deck opened the story."""
    words = norm_words(text)
    for ref in descriptions(w.page.metas, w.page.articles):
        if not ref.rstrip().endswith((".", "!", "?")):
            continue
        opening = norm_words(ref)
        if len(opening.split()) >= _DECK_OPENING_WORDS and len(opening) < len(words) \
                and words.startswith(opening + " "):
            return True
    return False


#: `_markup_deck`: what a stage took of the head box under a deck (a share bar's links).
_HEAD_CHROME = frozenset({LINKS, ICON_BAR})


def _site_box(el: Any, top: Any) -> bool:
    """Whether ``el`` (up to ``top``) sits in the site's banner (``#site-description``,
    ``#branding``, ``#logo``): the site's slogan under its name, no deck."""
    for e in (el, *el.iterancestors()):
        if _SITE_BOX.search(f"{e.get('class') or ''} {e.get('id') or ''}"[:300]):
            return True
        if e is top or e.tag == "body":
            return False
    return False


def story_opening(w: Work, body: set[int], headline: int | None) -> tuple[int, ...]:
    """The lines that open the story in its own box before its first sentence (an
    ``h2`` subhead opening a post's ``section.entry-content``, tierschutzpartei.de;
    a lead line set in ``strong``), by block number: the engine's head rule, made for
    a text scrape's date and by-line lines, would take them as head chrome
    ('before-story', no field). Only lines no stage took, of `_DECK_MIN_WORDS` words or
    more, no link, date, clock time or rule's hit, not the headline again, inside the
    story's box (`_in_story_box`: the deck's box is outside it, `_markup_deck`). Not
    on an outlet that prints a deck under every headline (`RuleSet.deck`: the engine
    reads the line under it as the deck)."""
    from .container import is_running

    if headline is None or w.ruleset.deck:
        return ()
    blocks, page = w.page.blocks, w.page
    h = blocks[headline].el
    first = next((j for j in sorted(body) if j > headline and j not in w.verdicts and blocks[j].el is not None
                  and is_running(blocks[j]) and is_sentence_like(blocks[j].text)), None)
    if h is None or first is None or first == headline + 1:
        return ()  # (no line between: most pages; the headline's ancestors and the titles' parts unread)
    if w.ruleset.match_prefix(blocks[first].text) is not None:
        # The story's first paragraph opens with its dateline ("<b>Sleman</b> - "): the
        # story starts there, and a line over it in its box is the head's (a photo's
        # caption in a box with no picture: detik 2015's div.pic_artikel read blind,
        # ablation33), as the engine reads a text scrape's lines over a dateline.
        return ()
    above = set(h.iterancestors())
    titles: set[str] | None = None
    out = []
    for i in range(headline + 1, first):
        b = blocks[i]
        if i not in body or i in w.verdicts or b.el is None or b.link_chars or b.text.count(" ") + 1 < _DECK_MIN_WORDS \
                or _meta_line(b.text) or _DECK_CLOCK.search(b.text) or w.hit(i) is not None:
            continue
        if titles is None:
            titles = title_parts(page.titles)
        if norm_words(b.text) in titles:
            continue
        if i == w.long_deck or _in_story_box(b.el, blocks[first].el, above):
            out.append(b.number)
    return tuple(out)


def _meta_line(text: str) -> bool:
    """Whether ``text`` is a short line holding a date or a clock time (the head's
    date line, left to the engine), which a deck may stand under."""
    if len(text) > MAX_META_CHARS:
        return False
    if _DECK_CLOCK.search(text) or parse_date(text):
        return True
    if text.count(" ") >= _DECK_META_WORDS:
        return False
    # a year, or a day beside a month's name ("Senin, 3 November")
    return bool(_DECK_YEAR.search(text)) or (any(c.isdigit() for c in text)
                                             and any(is_month_name(x) for x in text.split()))


def _story_box(first: Any, above: set[Any]) -> Any:
    """The story's box: the highest element holding the story's first paragraph
    ``first`` and not the headline (``above``: the headline's ancestors)."""
    box = first
    for a in first.iterancestors():
        if a in above:
            break
        box = a
    return box


def _in_story_box(el: Any, first: Any, above: set[Any]) -> bool:
    """Whether ``el`` sits in the story's box (`_story_box`) or beside its first
    paragraph (the same parent: a flat page's ``p.intro`` among the ``p``s)."""
    box = _story_box(first, above)
    return el is box or box in set(el.iterancestors()) or el.getparent() is first.getparent()


def _box_named(e: Any, names: frozenset[str]) -> bool:
    """Whether ``e``'s class or id holds one of ``names`` (a word of a token, or two
    words joined: ``sub-title``, ``detailsLead``)."""
    for attr in (e.get("class"), e.get("id")):
        for token in (attr or "")[:300].split():
            words = [x.lower() for x in _CLASS_WORDS.findall(token)]
            pairs = itertools.pairwise(words)
            if any(x in names for x in words) or any(x + y in names for x, y in pairs):
                return True
    return False


def _shared_class(a: Any, b: Any) -> bool:
    """Whether elements ``a`` and ``b`` share a plain class (`_PLAIN_CLASS`)."""
    mine = {t for t in (a.get("class") or "")[:300].split() if _PLAIN_CLASS.fullmatch(t)}
    return bool(mine) and any(t in mine for t in (b.get("class") or "")[:300].split())
