"""Index and other non-story pages: teaser lists and card indexes (`front_page`), a page
whose only running text is its footer, and a short story the page still marks as its
article (`short_story`).
"""

from __future__ import annotations

from typing import Any

import regex

from ..dates import parse_date
from ..passes.text import is_sentence_like
from ..segment import Block
from .elements import common_ancestor
from .meta import is_stamp, norm_words, title_parts
from .state import LINK_LIST_DENSITY, MAX_META_CHARS, Work


def short_story(w: Work, engine: list[Block], headline: int | None) -> bool:
    """A story shorter than `MIN_BODY_CHARS` that the page marks as its article (SPEC:
    a short news item is still a story): a headline, a date, and a paragraph that reads
    as a sentence inside the page's one ``<article>`` or its ``itemprop=articleBody``
    element. The length alone is no evidence either way; an index's teasers each sit in
    an ``<article>`` of their own, so a page with more than one is not taken so."""
    if headline is None:
        return False
    if not (w.fields.has("published") or w.page.metas.get("article:published_time") or any(
            len(b.text) <= MAX_META_CHARS and parse_date(b.text) for b in engine[1:])):
        return False
    for block in engine[1:]:
        b = w.page.blocks[block.number - 1]
        if b.el is None or b.el.tag != "p" or not is_sentence_like(b.text):
            continue
        for up in b.el.iterancestors():
            if up.get("itemprop") == "articleBody":
                return True
            if up.tag == "article":
                return sum(1 for _ in w.page.root.iter("article")) == 1
    return False


#: `front_page`: teasers a list needs, the share of the container's running text they
#: must hold, and how many blocks above a summary its linked title may stand.
MIN_TEASERS = 3
_TEASER_SHARE = 0.5
_TEASER_REACH = 2
#: `teaser_text`: the longest block that is a card's summary, not a story's paragraph.
_MAX_TEASER_CHARS = 300
#: `_card_list`: the share of a box's running text its cards must hold.
CARD_LIST_SHARE = 0.8
#: `_card_list`: the link share over which a card's first block is its linked title.
CARD_TITLE_LINKS = 0.5
#: `teaser_text`: how many boxes above its cards a list of them may stand.
_CARD_LIST_LEVELS = 3
#: A site's root: no path (or an index file), no query (``/?p=123`` is a WordPress story).
_ROOT_PATH = regex.compile(r"(?i)^(?:https?:)?//[^/?#]+/?(?:index\.(?:html?|php))?(?:#.*)?$")


def teaser_text(w: Work, dense: set[int], *, reach: int = _TEASER_REACH, channel_stamps: bool = False,
                 within: list[int] | None = None) -> int:
    """The characters of the teaser summaries outside ``dense``: running blocks of at
    most `_MAX_TEASER_CHARS` with a linked title (a mostly-link block of three words or
    more) at most ``reach`` blocks above, in a card (the smallest box holding the
    two) that prints a date or an age (`is_stamp`) near them, one of at least
    `MIN_TEASERS` such cards in a list: a box up to
    `_CARD_LIST_LEVELS` above them that holds none of ``dense`` (a list of cards beside
    the story, not a post's linked date line over its paragraphs). ``channel_stamps``:
    an age after a channel's name and a bullet ("News • 38 menit yang lalu") is a stamp
    too; ``within``: only these blocks are read as summaries."""
    from .container import is_running

    blocks = w.page.blocks
    cards: dict[Any, int] = {}
    for b in (blocks if within is None else [blocks[i] for i in within]):
        if b.index in dense or not is_running(b) or len(b.text) > _MAX_TEASER_CHARS or b.el is None:
            continue
        title = next((blocks[j] for j in range(b.index - 1, max(-1, b.index - 1 - reach), -1)
                      if j not in dense and blocks[j].link_density > LINK_LIST_DENSITY
                      and blocks[j].text.count(" ") >= 2), None)
        if title is None or title.el is None:
            continue
        card = common_ancestor([b.el, title.el])
        # (a card whose linked title is its own loose text holds the summary: the card
        # is the title's block, read so when ``channel_stamps`` asks for a card index)
        if card is None or (card is title.el and not channel_stamps) or card is b.el:
            continue
        # A news card prints its item's date or age beside the title ("15 Feb 2016
        # 19:25", "2 jam lalu"); a magazine's topic slider, a post's linked by-line over
        # its paragraphs, do not.
        near = range(max(0, title.index - _TEASER_REACH), min(len(blocks), b.index + _TEASER_REACH))
        if any(blocks[j].el is not None and (blocks[j].el is card or card in blocks[j].el.iterancestors())
               and (is_stamp(blocks[j].text) or (channel_stamps and _channel_age(blocks[j].text))) for j in near):
            cards[card] = cards.get(card, 0) + len(b.text)
    if len(cards) < MIN_TEASERS:
        return 0
    around = {a for i in dense if blocks[i].el is not None for a in blocks[i].el.iterancestors()}
    lists: dict[Any, set[Any]] = {}
    for card in cards:
        for level, box in enumerate(card.iterancestors()):
            if level >= _CARD_LIST_LEVELS or box in around:
                break
            lists.setdefault(box, set()).add(card)
    listed = {card for held in lists.values() if len(held) >= MIN_TEASERS for card in held}
    return sum(cards[card] for card in listed)


#: `_channel_age`: what sets a card's channel apart from its age ("News • 38 menit yang lalu").
_CHANNEL_SEPARATORS = ("•", "·", "|")


def _channel_age(text: str) -> bool:
    """A card's channel name (a few words) and its age or date after a bullet: merdeka.com
    2026's ``li.article__item`` ("News • 38 menit yang lalu": DonnyRZ/egi-media-crawl
    fixtures/merdeka/listing-peristiwa.html @ fe3899ce09f9)."""
    for sep in _CHANNEL_SEPARATORS:
        if sep in text:
            head, _, age = text.rpartition(sep)
            return len(head.split()) <= MAX_CHANNEL_WORDS and is_stamp(age)
    return False


#: `_card_index`: the share of the container's running text that its cards' summaries hold.
_CARD_INDEX_SHARE = 0.9


def _card_index(w: Work, body: set[int]) -> bool:
    """Whether the container is a list of news cards and nothing else: at least
    `MIN_TEASERS` running blocks, none longer than a card's summary, nearly all of them
    (`_CARD_INDEX_SHARE`) summaries under a linked title in a card that prints its date
    or its channel and age (`teaser_text`: the title up to a block further up, over
    the channel and the date), and no ``h1`` printing the page's title (a list article,
    tests/test_heldlike_layouts.py). A channel's page of cards says no more of itself
    than that (merdeka.com 2026's ``/peristiwa``: its ``title`` names the channel, no URL)."""
    from .container import is_running

    blocks = w.page.blocks
    running = [i for i in sorted(body) if is_running(blocks[i])]
    if len(running) < MIN_TEASERS or any(len(blocks[i].text) > _MAX_TEASER_CHARS for i in running):
        return False  # (a story's paragraph: the test ends here on nearly every page)
    titles = sum(1 for i in body if blocks[i].link_density > LINK_LIST_DENSITY and blocks[i].text.count(" ") >= 2)
    if titles < MIN_TEASERS or titles * 2 < len(running):
        return False  # (a short story's paragraphs, hardly a linked title among them)
    parts = title_parts(w.page.titles)
    if any(b.el is not None and b.el.tag == "h1" and norm_words(b.text) in parts for b in blocks):
        return False  # (the page prints its own headline: a list article, its items' headings linked)
    running = [i for i in running if not (is_stamp(blocks[i].text) or _channel_age(blocks[i].text))]
    total = sum(len(blocks[i].text) for i in running)
    held = teaser_text(w, set(), reach=_TEASER_REACH + 1, channel_stamps=True, within=running)
    return held >= _CARD_INDEX_SHARE * total


def page_footer_only(w: Work, body: set[int]) -> bool:
    """Whether every block of the chosen container sits in a ``<footer>`` that no
    ``<article>`` holds: the page's own footer (its copyright line, its link rows), the
    only running text of a page whose list a script fills (cnnindonesia.com 2026's
    ``/search?query=...``: its result cards empty placeholders until a script runs,
    arisfebriyanto193/scraping-berita backend-realtime/cnn_search2.html @
    72970b7a6044f6d8ea429c632c407053c860701c). No story is read from it (SPEC: a page
    with no story). Asked only of a page that declares no article in its JSON-LD (a story
    page cut short under its menus still gives its metadata's fields the usual way)."""
    for i in sorted(body):
        el = w.page.blocks[i].el
        if el is None:
            return False
        foot = el if el.tag == "footer" else next(el.iterancestors("footer"), None)
        if foot is None or next(foot.iterancestors("article"), None) is not None:
            return False
    return True


#: `_index_named`: a URL path naming a site's index of stories ("/indeks",
#: "/terkini/indeks", "/index-news", "/indeks/2026/07/24") ...
_INDEX_PATH = regex.compile(r"(?i)^(?:https?:)?//[^/?#]+(?:/[\w-]+)?/(?:indeks|index-news)(?:[/?#]|$)")
#: ... and a ``<title>`` naming one ("Indeks Berita - VIVA", "Indeks Artikel - Tirto.id").
_INDEX_TITLE = regex.compile(r"(?i)indeks (?:berita|artikel)\b")


def _index_named(w: Work, url: str) -> bool:
    """Whether the page says it is an index of stories, by its URL's path or its
    ``<title>``'s first words (viva.co.id 2026's ``/indeks``: a card a story, its linked
    title, its channel, its date and a summary: DonnyRZ/egi-media-crawl
    fixtures/viva/indeks.html @ fe3899ce09f9)."""
    if _INDEX_PATH.match(url.strip()):
        return True
    return any(_INDEX_TITLE.match(t) for t in w.page.titles[-1:])


def front_page(w: Work, body: set[int]) -> str | None:
    """What the page is when it says it is a site's front page (its canonical URL is the
    site's root; ``og:type`` is no sign: article pages print ``website`` too) or an index
    of stories (`_index_named`), and the container is a list of teasers: most of its
    running text is summaries, each under a linked title (a home page's latest news). A
    story is never read out of such a page (SPEC: a page with no story)."""
    from .container import is_running

    url = w.page.url or w.page.metas.get("og:url") or ""
    reach, what = _TEASER_REACH, "a site's front page"
    if not _ROOT_PATH.match(url.strip()):
        if not _index_named(w, url):
            return "an index of stories" if _card_index(w, body) else None
        # (an index's card may print its channel and its date between)
        reach, what = _TEASER_REACH + 1, "an index of stories"
    blocks = w.page.blocks
    running = [i for i in sorted(body) if is_running(blocks[i])]
    teasers = [i for i in running
               if any(blocks[j].link_density > LINK_LIST_DENSITY and blocks[j].text.count(" ") >= 2
                      for j in range(max(0, i - reach), i))]
    if len(teasers) >= MIN_TEASERS and \
            sum(len(blocks[i].text) for i in teasers) >= _TEASER_SHARE * sum(len(blocks[i].text) for i in running):
        return what
    return None


#: `_channel_stamp`: the most words of the channel's name printed beside an item's age.
MAX_CHANNEL_WORDS = 3
