"""The HTML front end's shared ground: the rule ids it writes into ``removed``, the
limits several stages read, the parsed page (`HtmlPage`) and the working state of
`cleaner.html.frontend.front_end` (`Work`, with the field checks its ``add`` makes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex
from lxml import etree

from ..dates import is_month_name
from ..fields import Fields
from ..names import is_role_label
from ..passes.page import splitter_for
from ..rules import RuleSet
from ..segment import fold_space
from .meta import is_title
from .rules import Selector
from .select import PageIndex
from .tags import is_block_tag, text_content

if TYPE_CHECKING:
    from .container import Choice, Totals
    from .parse import HtmlBlock


# Rule ids of the front end, as they appear in `removed`.
OUTSIDE = "outside-main"
DROP = "html-drop"
CAPTION = "html-caption"
RELATED = "html-related"
TAGS = "html-tags"
LINKS = "html-link-list"
DATE = "html-date"
BYLINE = "html-byline"
TITLE = "html-title"
TRAILING_NAME = "html-trailing-name"
TRAILING_HEADING = "html-trailing-heading"
META_BOX = "html-meta-box"
CONTROL_BOX = "html-control-box"
ICON_BAR = "html-icon-bar"
PAYWALL = "html-paywall"
AUTHOR_BOX = "html-author-box"
NOT_ARTICLE = "not-an-article"

LINK_LIST_DENSITY = 0.8
MIN_BODY_CHARS = 150
#: `find_body`: the least share of a page's running text an outlet's ``body`` selector
#: may hold and still name the story.
MIN_OUTLET_SHARE = 0.25
NEAR_HEADLINE = 15     # blocks on each side of the headline searched for its date
META_WINDOW_BEFORE = 12
META_WINDOW_AFTER = 60
MAX_META_CHARS = 90
#: The most characters, white space included, of an inline element whose folded text
#: `_line_fields` reads (indentation and line breaks of nested markup fold away).
MAX_RAW_META_CHARS = 8 * MAX_META_CHARS
MAX_CAPTION_CHARS = 600
MAX_CAPTION_SHARE = 0.5
#: Text in these, in a box with a picture, is a paragraph unless the box is a caption's.
PROSE_TAGS = frozenset({"p", "blockquote", "li", "tr", "td", "th", "dd"})
#: Running characters below which a page's script templates are read as its text.
TEMPLATE_FALLBACK = 500
#: Running characters below which a page that prints none of its structured story's
#: paragraphs is read as rendering its story by script (`scripted_story`).
SCRIPTED_STORY_MAX = 2_000
#: ... when the structured story holds this many times the page's running text.
SCRIPTED_STORY_TIMES = 3
JSONLD_CAP = 200_000  # characters of one JSON-LD script read at most (as `cleaner.html.meta`)
MIN_STORY_LEFT = 500   # running characters a drop selector must leave to be taken
MAX_BOX_BLOCKS = 4     # a by-line, deck or date box with more blocks is not one
CHANNEL_SUFFIX = regex.compile(r"\s+[-–|]\s+\S+$")
NOT_A_NAME = regex.compile(r"\d|/|\.(?:com|co|id|net)\b|https?:")
#: A by-line box's verb and preposition before the name ("Posted by", "ditulis oleh",
#: "by"), which the text rules read only capitalised and with the name after them.
BY_PREFIX = regex.compile(r"(?i)\A(?:(?:posted|written|published|diposting|ditulis|dipublikasikan) )?(?:by|oleh) ")
HEADINGS = ("h1", "h2", "h3")
NOT_WORD_CHARS = regex.compile(r"[\W_]+")
#: A sentence's end inside a line: a full stop, then a capital (as `cleaner.engine`'s).
INNER_STOP = regex.compile(r"[\w)]\.[\"”’]? ?[A-Z]")


@dataclass(slots=True)
class HtmlPage:
    """A parsed page: its tree, blocks and what its ``<head>`` declares."""

    root: Any
    blocks: list[HtmlBlock]
    metas: dict[str, str]
    articles: list[dict[str, Any]]
    url: str | None
    titles: list[str]
    #: Per inline element, the index of the block its text starts in.
    inline_at: dict[Any, int] = field(default_factory=dict)
    #: The markup was pretty-printed (`pretty_printed`): its white space is layout.
    pretty: bool = False
    #: The markup libxml2 built ``root`` from (`cleaner.html.parse.parse_html_source`);
    #: ``None`` once the tree holds markup parsed from elsewhere (a script template, a
    #: structured story).
    source: str | None = None
    #: The elements under ``<body>`` whose ``style`` holds a ``url(``, read by the block
    #: walk (`cleaner.html.parse.html_text_blocks`); ``None`` when the tree changed since.
    styled: list[Any] | None = None
    _index: PageIndex | None = None
    _totals: Totals | None = None
    _choice: tuple[Choice | None] | None = None

    def undropped_choice(self) -> Choice | None:
        """`cleaner.html.container.choose_container` over all the page's blocks, for
        callers that ask while no block is dropped (outlet detection, then the
        container choice of a page whose drop rules took nothing): chosen once."""
        if self._choice is None:
            from .container import choose_container

            self._choice = (choose_container(self.blocks, self.totals()),)
        return self._choice[0]

    def totals(self) -> Totals:
        """`cleaner.html.container.Totals` of all the page's blocks, dropped or not (counted
        once; `cleaner.html.container.without` takes dropped ones out)."""
        if self._totals is None:
            from .container import text_totals

            self._totals = text_totals(self.blocks)
        return self._totals

    def select(self, selector: Selector) -> list[Any]:
        """The elements ``selector`` matches in the page, in document order (CSS
        selectors, and XPaths with a needle or tags to look for first, read one `PageIndex`
        of the page, built on first use)."""
        if self._index is None and (selector.css is not None or selector.needle is not None or selector.tags):
            self._index = PageIndex(self.root, self.source)
        return selector.select(self.root, self._index)

    def may_hold(self, classes: tuple[str, ...], names: tuple[str, ...]) -> bool:
        """Whether an element of the page's ``<body>`` may have a class value holding one
        of ``classes`` or an attribute named one of ``names``: ``False`` only when none can,
        so an XPath testing them over every element (~1 ms a peer-suite page) is asked only
        of a page that may answer. Class values are looked up in the page's `PageIndex`
        (the selectors' own, read once); names in the markup the tree was built from from
        its first ``<body`` on (Lexbor's serialization: names lower-cased, as the tree's)."""
        if self._index is None:
            self._index = PageIndex(self.root, self.source)
        if any(self._index.holding("class", word) for word in classes):
            return True
        source = self.source
        if source is None:
            return True
        at = source.find("<body")
        return at < 0 or any(source.find(name, at) >= 0 for name in names)

    def body_date_elements(self, classed: bool) -> list[Any]:
        """`_BODY_DATE_MARKUP`'s elements (`_BODY_DATE_ATTRIBUTES`' when not ``classed``),
        in document order, read from the page's `PageIndex`: the values of the
        `BODY_DATE_NAMES` (each one XPath for the name alone, in C, or none when the
        markup does not write it) and the class values holding a `BODY_DATE_CLASSES`
        word (the selectors' walk, read already), their elements under a ``<body>``.
        The XPath's test of seven terms on every element cost ~0.6 ms on half the
        peer-suite pages; the same elements in the same order on every dev and
        peer-suite page (tests/test_body_date_elements.py)."""
        if self._index is None:
            self._index = PageIndex(self.root, self.source)
        index = self._index
        if self.root.getparent() is not None or self.root.getroottree().getroot() is not self.root:
            # (not the document's root: the XPath's ``//body`` reads outside it)
            return list((_BODY_DATE_MARKUP if classed else _BODY_DATE_ATTRIBUTES)(self.root))
        found: dict[Any, None] = {}
        sources = 0
        for name in BODY_DATE_NAMES:
            values = index.values(name)
            if values:
                sources += 1
                for i in range(len(values)):
                    found[index.owner(name, i)] = None
        if classed:
            values = index.values("class")
            for word in BODY_DATE_CLASSES:
                at = [i for i in index.holding("class", word) if word in values[i]]
                if at:
                    sources += 1
                    for i in at:
                        found[index.owner("class", i)] = None
        els = [el for el in found if next(el.iterancestors("body"), None) is not None]
        if sources > 1:
            els.sort(key=_document_position)
        return els

    def block_range(self, el: Any) -> tuple[int, int] | None:
        """The first and last index of the blocks inside ``el`` (contiguous in page
        order); for an inline element, those of its nearest block-level ancestor."""
        while el is not None and isinstance(el.tag, str) and not is_block_tag(el.tag):
            el = el.getparent()
        return self.totals().ranges.get(el) if el is not None else None

    @property
    def text(self) -> str:
        """All block texts, one per line (outlet fingerprints read this)."""
        return "\n".join(b.text for b in self.blocks)


@dataclass(slots=True)
class Work:
    """Working state of `front_end`."""

    page: HtmlPage
    ruleset: RuleSet
    sel: dict[str, Any]
    verdicts: dict[int, str] = field(default_factory=dict)
    #: The record fields the markup gives (`cleaner.fields`).
    fields: Fields = field(default_factory=Fields)
    #: A fallback for ``authors``: a trailing sign-off's names.
    trailing_names: list[str] = field(default_factory=list)

    hits: dict[int, Any] = field(default_factory=dict)
    #: The text rules' answer per text asked (`match`).
    answers: dict[str, Any] = field(default_factory=dict)
    inline_searches: int = 0  # see `blocks_under`
    image_holders: set[Any] | None = None  # see `holds_image`
    dropped_boxes: set[Any] = field(default_factory=set)  # `[html] drop` matches kept
    widgets: dict[Any, dict[Any, bool]] = field(default_factory=dict)  # see `in_widget`
    person_boxes: dict[Any, bool] = field(default_factory=dict)  # see `person_box`
    #: The block of a headline kept from the engine (`find_headline`): it still
    #: stands over the story's lead (`story_lead`).
    title_at: int | None = None
    #: The first block of the by-line box a selector named the writers from (`read_selector_fields`).
    byline_at: int = -1
    #: A deck longer than a phrase that `_markup_deck` found on a page not in Indonesian:
    #: the story's opening there, which the engine must keep (`story_opening`).
    long_deck: int | None = None

    def hit(self, i: int) -> Any:
        """The text rule that matches block ``i`` (cached: several stages ask)."""
        hits = self.hits
        if i in hits:
            return hits[i]
        hit = hits[i] = self.ruleset.match_line(self.page.blocks[i].text, self.answers)
        return hit

    def match(self, text: str) -> Any:
        """The text rule that matches ``text`` (`RuleSet.match_line`), each text matched
        once a page: blocks and their parts print the same texts again (a list's dates,
        a box's labels), and several stages ask."""
        return self.ruleset.match_line(text, self.answers)

    def take(self, i: int, rule: str) -> None:
        self.verdicts.setdefault(i, rule)

    def add(self, name: str, value: str, at: int | None = None) -> None:
        """Record ``value`` for field ``name`` (`Fields.add_item`); list items remember
        the block index ``at`` they were printed at, so lists come out in page order."""
        value = fold_space(value)
        if name == "captions" and value:
            value = self._without_chrome_parts(value)
        if value and _fits(name, value) and not (name in _LINK_FIELDS and self._widget_words(value)
                                                 and not (name == "tags" and self._topic_link_at(at))):
            self.fields.add_item(name, value, at)

    def _topic_link_at(self, at: int | None) -> bool:
        """Whether block ``at`` prints links to topic pages only (`topic_links`): a tag
        the page links to its own tag page is a printed tag, whatever a widget rule says
        of its words (idntimes.com 2021 desktop: "Inspire Me", an editors' user-need
        label, printed in the "Topic:" list as a[href=/tag/inspire-me]). A widget's words
        (a comment counter, a share button) never link to a tag page."""
        return at is not None and 0 <= at < len(self.page.blocks) and self.page.blocks[at].el is not None \
            and topic_links(self.page.blocks[at])

    def _without_chrome_parts(self, value: str) -> str:
        """``value`` less the parts of it that a split rule cuts out and a drop rule
        takes (SPEC: "glued chrome handled by parts"): a caption's box may print chrome
        inline, with no element of its own the drop stage could take (magz.tempo.co's
        invisible per-visit stamp closing a figcaption)."""
        splitter = splitter_for(self.ruleset)
        if not splitter.may_split(value):
            return value
        parts = splitter.split(value)
        if len(parts) < 2:
            return value
        kept = []
        for part in parts:
            hit = self.match(part)
            if hit is None or hit[0].action != "drop":
                kept.append(part)
        return " ".join(kept)

    def _widget_words(self, value: str) -> bool:
        """Whether a text rule reads ``value`` as a widget's words (a comment counter
        linked in a list: "0 KOMENTAR"), which are never a linked title or a tag."""
        hit = self.match(value)
        return hit is not None and hit[0].action == "drop" and hit[0].kind in WIDGET_KINDS


#: Fields filled from link lists, and the kinds of chrome whose words are never their items.
_LINK_FIELDS = frozenset({"related", "tags"})
WIDGET_KINDS = frozenset({"share", "widget", "ad", "overlay"})

_NOT_A_TAG = regex.compile(r"(?i)loading\.*|memuat\.*|kunjungi kami|recommended by.*|lihat semua|selengkapnya|more|"
                           r"tags?:?|topik:?|topics?:?")


#: A view count printed under a picture or a video card ("telah dilihat 12810 kali",
#: "Dibaca 1.204 kali", "3,4 rb kali ditonton", "15K views"): liputan6 2016 prints one
#: under each of its "Popular Videos" cards (figure > a > img, then span "telah dilihat
#: N kali"); once that list is no longer told apart by its tags and classes, the
#: caption reading took the counts as the pictures' captions.
_VIEW_COUNT = regex.compile(
    r"(?i)(?:(?:telah|sudah) )?(?:dilihat|dibaca|ditonton) [\d.,]{1,15}(?: ?(?:rb|ribu|k|jt|juta))? (?:kali|x)"
    r"|[\d.,]{1,15}(?: ?(?:rb|ribu|k|jt|juta))?(?: kali)? (?:dilihat|dibaca|ditonton|views?)"
)


_DATE_WORD = regex.compile(r"\p{L}+")


def _date_alone(value: str) -> bool:
    """A short line that is a date and no more: a year, and no word but month names
    ("27. August 2019": a WordPress theme's related card prints ``time.entry-date`` in a
    line of its own under the card's title, which is a title's shape)."""
    if len(value) > MAX_STAMP_CHARS or STAMP_YEAR.search(value) is None:
        return False
    return all(is_month_name(word) for word in _DATE_WORD.findall(value))


def _fits(name: str, value: str) -> bool:
    """Whether ``value`` can be a ``name`` value at all (names: the clean step of
    `cleaner.names.name_value`, in `Fields.add_item`): related titles never time stamps,
    captions never a literal ``null``."""
    if name == "related":
        return is_title(value) and not _NOT_A_TAG.fullmatch(value) and not _date_alone(value)
    if name == "tags" and (len(value) > 60 or value.count(" ") > 7 or _NOT_A_TAG.fullmatch(value)):
        return False  # a linked story title or a widget's text, not a topic
    if name == "captions" and is_role_label(value):
        return False  # an author box's "Verified" beside its avatar
    if name == "captions" and _VIEW_COUNT.fullmatch(value):
        return False  # a video card's view count under its picture, not what the picture shows
    if name in ("captions", "tags", "summary"):
        return value.lower() not in ("null", "undefined", "none", "#")
    return True


LABEL_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


LETTER = regex.compile(r"\p{L}")


LIST_VERDICTS = frozenset({LINKS, RELATED, TAGS, DROP})


#: A teaser's time stamp between a list's items, in any language ("27. Mai 2020",
#: "06. Aug 2020 // Tipps"): a short line holding a year.
STAMP_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MAX_STAMP_CHARS = 40


TOPIC_HREF = regex.compile(r"(?i)/(?:tags?|topics?|topik|tema|label|kata-kunci|keyword|(?:indeks)?fokus)/")


#: A tag or topic bar is a short line: a block of links longer than this is none. Each
#: link's text is looked for in its block's, so reading a longer one (a page of 100,000
#: loose tag links is one block) would cost its length once per link.
_MAX_BAR_CHARS = 3000


def printed_links(b: HtmlBlock) -> list[tuple[str, str]]:
    """The ``(href, text)`` of the links printed in block ``b`` (their text is in the
    block's); none for a block longer than `_MAX_BAR_CHARS`."""
    if b.el is None or len(b.text) > _MAX_BAR_CHARS:
        return []
    links = [(a.get(b"href") or "", text) for a in b.el.iter("a")
             if (text := fold_space(text_content(a)[:300])) and text in b.text]
    if not links:
        # A block inside its link (<a href="/tag/x"><h3>X</h3></a>: a tag printed as a badge).
        parent = b.el.getparent()
        if parent is not None and parent.tag == "a" and fold_space(text_content(parent)[:300]) == b.text:
            links = [(parent.get("href") or "", b.text)]
    return links


def topic_links(b: HtmlBlock) -> bool:
    """Whether every link of block ``b`` points to a tag or topic page, or prints a
    ``#tag`` (a hashtag bar, wherever its links point)."""
    links = printed_links(b)
    return bool(links) and (all(TOPIC_HREF.search(h[:500]) for h, _ in links)
                            or all(t.startswith("#") and len(t) > 1 for _, t in links))


#: `body_published`: the elements that may carry a story's date in the body's own
#: markup (schema.org microdata ``itemprop=datePublished`` on a ``time``, ``meta`` or
#: ``span content=...``; RDFa ``property=datePublished``; the hAtom/WordPress classes
#: ``published``, ``entry-date`` and ``date-published``; HTML5's ``time[pubdate]``; any
#: ``time[datetime]``), in document order.
_BODY_DATE_MARKUP = etree.XPath(
    "//body//*[@itemprop or @property or @pubdate or @datetime or contains(@class, 'publish') "
    "or contains(@class, 'entry-date') or contains(@class, 'Publish')]")
#: ... its attribute tests alone, for a page no class value of which holds its words.
_BODY_DATE_ATTRIBUTES = etree.XPath("//body//*[@itemprop or @property or @pubdate or @datetime]")
#: The class words and attribute names `_BODY_DATE_MARKUP` tests (`HtmlPage.may_hold`,
#: `HtmlPage.body_date_elements`).
BODY_DATE_CLASSES = ("publish", "entry-date", "Publish")
BODY_DATE_NAMES = ("itemprop", "property", "pubdate", "datetime")


def _document_position(el: Any) -> list[int]:
    """``el``'s child indices from its tree's root: sorted, elements come in document
    order (an ancestor before its descendants)."""
    path: list[int] = []
    up = el.getparent()
    while up is not None:
        path.append(up.index(el))
        el, up = up, up.getparent()
    path.reverse()
    return path
