"""HTML front end: a raw page in, the blocks a text scrape of its story would give out.

Stages (each a function below), run by `cleaner.html.pipeline` between *decode* and the engine:

1. `read_page`      parse safely (`html/parse.py`), read ``<head>`` metadata and JSON-LD,
                    cut ``<body>`` into numbered text blocks; the canonical link names
                    the page's URL (and so its outlet)
2. `front_end`      with the outlet's rule set: drop the ``[html] drop`` chrome, find
                    the story's container (the outlet's ``body`` selectors, else the
                    densest element, else trafilatura when that choice is not
                    confident), the headline, the printed date and by-line, captions,
                    related and tag lists; returns `FrontEnd`: the blocks for the engine
                    (headline first, then the container's text blocks), the blocks it
                    took itself (as `Removal`s with the rule that took them) and the
                    record fields the markup gives

The engine (`cleaner.engine.clean_blocks`) then cleans the blocks with the same text
rules as a text scrape: there is one cleaner, and the HTML front end only decides
which text is the article's and what the markup says about it.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import regex
from lxml import etree

from ..dates import is_month_name, is_printed_date, parse_date
from ..detect import site_name
from ..engine import PULL_QUOTE, SIGNOFF_PART, is_sentence_like, signoff_fields, splitter_for
from ..fields import Fields, split_names
from ..front import FrontEnd
from ..names import credited_person, is_name, is_role_label, person_name
from ..record import Removal
from ..rules import RuleSet
from ..segment import Block, fold_space, letters_only
from .meta import (
    canonical_url,
    descriptions,
    epoch_date,
    is_stamp,
    is_title,
    json_ld_articles,
    json_ld_authors,
    json_ld_keywords,
    loads_lenient,
    machine_date,
    meta_tags,
    metadata_elements,
    metadata_titles,
    norm_words,
    site_keys,
    title_from_metadata,
    title_parts,
)
from .rules import Selector
from .select import PageIndex

# Re-exported: callers import them from here.
from .sniff import FEED_TAGS, markup_root
from .tags import AMP_IMAGE_TAGS, is_block_tag, text_content, within_tag

if TYPE_CHECKING:  # container.py imports lxml, which text pages never load
    from .container import Choice, Totals, Tree
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

_LINK_LIST_DENSITY = 0.8
_MIN_BODY_CHARS = 150
#: `_find_body`: the least share of a page's running text an outlet's ``body`` selector
#: may hold and still name the story.
_MIN_OUTLET_SHARE = 0.25
_NEAR_HEADLINE = 15     # blocks on each side of the headline searched for its date
_META_WINDOW_BEFORE = 12
_META_WINDOW_AFTER = 60
_MAX_META_CHARS = 90
#: The most characters, white space included, of an inline element whose folded text
#: `_line_fields` reads (indentation and line breaks of nested markup fold away).
_MAX_RAW_META_CHARS = 8 * _MAX_META_CHARS
_MAX_CAPTION_CHARS = 600
_MAX_CAPTION_SHARE = 0.5
#: Text in these, in a box with a picture, is a paragraph unless the box is a caption's.
_PROSE_TAGS = frozenset({"p", "blockquote", "li", "tr", "td", "th", "dd"})
#: Running characters below which a page's script templates are read as its text.
_TEMPLATE_FALLBACK = 500
#: Running characters below which a page that prints none of its structured story's
#: paragraphs is read as rendering its story by script (`_scripted_story`).
_SCRIPTED_STORY_MAX = 2_000
#: ... when the structured story holds this many times the page's running text.
_SCRIPTED_STORY_TIMES = 3
_JSONLD_CAP = 200_000  # characters of one JSON-LD script read at most (as `cleaner.html.meta`)
_MIN_STORY_LEFT = 500   # running characters a drop selector must leave to be taken
_MAX_BOX_BLOCKS = 4     # a by-line, deck or date box with more blocks is not one
_CHANNEL_SUFFIX = regex.compile(r"\s+[-–|]\s+\S+$")
_NOT_A_NAME = regex.compile(r"\d|/|\.(?:com|co|id|net)\b|https?:")
#: A by-line box's verb and preposition before the name ("Posted by", "ditulis oleh",
#: "by"), which the text rules read only capitalised and with the name after them.
_BY_PREFIX = regex.compile(r"(?i)\A(?:(?:posted|written|published|diposting|ditulis|dipublikasikan) )?(?:by|oleh) ")
_HEADINGS = ("h1", "h2", "h3")
_NOT_WORD_CHARS = regex.compile(r"[\W_]+")
#: A sentence's end inside a line: a full stop, then a capital (as `cleaner.engine`'s).
_INNER_STOP = regex.compile(r"[\w)]\.[\"”’]? ?[A-Z]")


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
    #: The markup was pretty-printed (`_pretty_printed`): its white space is layout.
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
        `_BODY_DATE_NAMES` (each one XPath for the name alone, in C, or none when the
        markup does not write it) and the class values holding a `_BODY_DATE_CLASSES`
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
        for name in _BODY_DATE_NAMES:
            values = index.values(name)
            if values:
                sources += 1
                for i in range(len(values)):
                    found[index.owner(name, i)] = None
        if classed:
            values = index.values("class")
            for word in _BODY_DATE_CLASSES:
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


#: In-text formatting tags (bare: no attributes, as a pretty-printer writes them). In
#: pretty-printed markup (each inline element on its own indented line) nearly every
#: one, opening and closing, is followed by a line break; in a page as served, text
#: follows an opening one.
_FORMATTING = ("b", "i", "em", "strong")
_FORMATTING_OPEN = tuple(f"<{t}>" for t in _FORMATTING)
_FORMATTING_CLOSE = tuple(f"</{t}>" for t in _FORMATTING)
#: Any bare opening formatting tag (group 1 is its name), or a script's opening or
#: closing tag (group 2: "/" for a closing one), whose text is no markup: a page's script
#: that writes "<b>IDN Times</b> sekarang" into a banner told a pretty-printed IDN Times
#: page (a dev page, rendered by an HTML pretty-printer) as served (`re`: no two of them
#: overlap).
_FORMATTING_OPEN_RE = re.compile("<(" + "|".join(_FORMATTING) + ")>|<(/?)(?i:script)\\b")
_MIN_PRETTY_TAGS = 2
_PRETTY_SHARE = 0.9
#: A space a pretty-printer's line break put before closing punctuation or after an
#: opening bracket ("<i>gantung</i>\n  , kata" reads "gantung, kata"); not before
#: ":", which writers do space ("Polisi : ..."). And a space beside a hyphen that joins
#: a word to a formatted part of it, as Indonesian writes a foreign word with a suffix
#: or prefix ("<em>spotlight</em>-nya", "men-<em>generate</em>": dev pages of IDN Times
#: and Liputan6, pretty-printed as "spotlight -nya", "men- generate"); a hyphen with a
#: space on both sides is a dash.
#: And the space before the suffix "nya" written unhyphenated after a formatted word
#: ("<i>sidejob</i>nya": a Kapanlagi dev page), which is never a word of its own.
_LAYOUT_SPACE = regex.compile(
    r" (?=[,.)\]}”’»])|(?<=[(\[{“‘«]) |(?<=\w-) (?=\w)|(?<=\w) (?=-\w)|(?<=\w) (?=nya\b)")


def _pretty_printed(text: str) -> bool:
    """Whether the markup ``text`` was pretty-printed (a crawler saving a parsed page):
    a line break after nearly every bare formatting tag, opening and closing (counted
    with `str.count`: a few passes at C speed). A page as served is told at its first
    bare opening tag, which text follows: the first of each tag is found by one `re`
    scan in page order (four `str.find`s each scanned to that tag, or to the end for
    a tag the page never prints: 5x the time on the dev pages)."""
    seen: set[str] = set()
    in_script = False
    for m in _FORMATTING_OPEN_RE.finditer(text):
        tag = m.group(1)
        if tag is None:  # a script's opening or closing tag
            in_script = not m.group(2)
            continue
        if in_script or tag in seen:
            continue
        if not text.startswith("\n", m.end()):
            return False
        seen.add(tag)
        if len(seen) == len(_FORMATTING):
            break
    if not seen:
        return False
    scripts = _script_spans(text)  # their tags are no markup: not counted
    for tags in (_FORMATTING_OPEN, _FORMATTING_CLOSE):
        n = sum(text.count(t) - sum(text.count(t, a, b) for a, b in scripts) for t in tags)
        broken = sum(text.count(t + "\n") - sum(text.count(t + "\n", a, b) for a, b in scripts) for t in tags)
        if n < _MIN_PRETTY_TAGS or broken < n * _PRETTY_SHARE:
            return False
    return True


def _script_spans(text: str) -> list[tuple[int, int]]:
    """Where each ``<script>`` element's text lies in ``text`` (from its opening tag to
    its closing one; `str.find` at C speed, asked only of a page that looks
    pretty-printed)."""
    spans: list[tuple[int, int]] = []
    at = text.find("<script")
    while at >= 0:
        end = text.find("</script", at)
        if end < 0:
            end = len(text)
        spans.append((at, end))
        at = text.find("<script", end)
    return spans


def read_page(text: str, *, max_depth: int, utf8: bytes | None = None) -> HtmlPage | None:
    """Parse ``text``; ``None`` when there is no document at all. ``utf8``, when given,
    must be ``text``'s UTF-8 encoding (`cleaner.decode.decode_utf8`'s): Lexbor reads it."""
    from .container import is_running
    from .parse import NOSCRIPT_SHOWN, expand_templates, html_text_blocks, parse_html, parse_html_source

    start, xml_story = markup_root(text) or (0, False)
    if start:  # saved HTTP headers, comments, a BOM before the first tag: not the page's text
        if utf8 is not None:  # (the encoding of a str is that of its parts, joined)
            utf8 = utf8[len(text[:start].encode("utf-8")):]
        text = text[start:]
    if xml_story:
        from .xmldoc import doc_to_html, item_to_html

        # a story kept as trafilatura's XML, or as one feed item: read as its HTML
        text, utf8 = (doc_to_html(text) if text.startswith("<doc") else item_to_html(text)), None
    source: str | None  # ``None`` once the tree holds markup parsed from elsewhere
    root, source = parse_html_source(text, utf8)
    if root is None:
        return None
    if "<amp-" in text:  # one pass at C speed; walking the tree costs more
        for el in root.iter(*AMP_IMAGE_TAGS):
            el.tag = "img"  # an AMP page's picture: its box and caption read as a plain page's
    found = metadata_elements(root)
    metas = meta_tags(root, found["meta"])
    articles = json_ld_articles(root, found["script"])
    body = root.find("body")
    inline_at: dict[Any, int] = {}
    styled: list[Any] | None = []
    blocks = html_text_blocks(body if body is not None else root, max_depth=max_depth, inline_at=inline_at,
                              styled=styled, source=source)
    # The running text of ``blocks``, kept in step with them (a running block has
    # text, so none is running exactly when this is 0).
    running = sum(len(b.text) for b in blocks if is_running(b))
    if running < _TEMPLATE_FALLBACK and expand_templates(root):
        source = None  # the tree holds markup parsed from elsewhere
        # Next to no running text, but markup in script templates: the page as its
        # script shows it (a blog whose post is a ``<script type="text/template">``).
        shown_at: dict[Any, int] = {}
        shown = html_text_blocks(body if body is not None else root, max_depth=max_depth, inline_at=shown_at,
                                 source=source)
        shown_running = sum(len(b.text) for b in shown if is_running(b))
        if shown_running > running:
            blocks, inline_at, running = shown, shown_at, shown_running
    if not running and root.find(".//noscript") is not None:
        # No running text but in <noscript>: the page as a reader without scripts (a
        # crawler) sees it, its story there (pages that render the story by script).
        shown_at = {}
        shown = html_text_blocks(body if body is not None else root, max_depth=max_depth,
                                 invisible=NOSCRIPT_SHOWN, inline_at=shown_at, source=source)
        shown_running = sum(len(b.text) for b in shown if is_running(b))
        if shown_running:
            blocks, inline_at, running = shown, shown_at, shown_running
    if running < _SCRIPTED_STORY_MAX and body is not None:
        story, state = structured_story(root), None
        if not story:
            story, state = app_state_story(root)
        if running >= _TEMPLATE_FALLBACK:
            # The page prints its furniture, the deck among it: the story's body alone.
            if not state:
                story = structured_story(root, _BODY_KEYS)
            if not _scripted_story(blocks, story, running):
                story = ""
        if len(story) > max(running, _TEMPLATE_FALLBACK) and not _prints_story(blocks, story):
            if state:
                articles.append(state)
            # Next to no running text, but the page's structured data holds its text
            # (a how-to rendered by script from JSON-LD, a Next.js story rendered from
            # its __NEXT_DATA__): that text as a reader sees it.
            parsed = parse_html(f"<div>{story}</div>")
            box = parsed.find("body") if parsed is not None else None
            if box is not None and len(box):
                body.append(box[0])
                source = None
                shown_at = {}
                blocks = html_text_blocks(body, max_depth=max_depth, inline_at=shown_at, source=source)
                inline_at = shown_at
    pretty = _pretty_printed(text)
    if pretty:
        for b in blocks:
            b.text = _LAYOUT_SPACE.sub("", b.text)
    if source is None:  # the tree changed (a template, a structured story): its elements again
        found = metadata_elements(root)
        styled = None
    return HtmlPage(root, blocks, metas, articles, canonical_url(root, metas, found["link"]),
                    metadata_titles(root, metas, articles, found["title"]), inline_at, pretty, source, styled)


_TAG = regex.compile(r"<[^>]*>")
_WORD = regex.compile(r"\w{4,}")
_PRINTED_SHARE = 0.6  # of the running text's words the structured story holds: the page prints it
_MORE_STORY = 2.0     # times the running text's words a structured story must hold to hold more


def _prints_story(blocks: list[HtmlBlock], story: str) -> bool:
    """Whether the page's running text is the structured ``story`` already: most of its
    words are the story's, and the story holds not much more (a short story beside its
    JSON-LD ``articleBody`` copy; a paywalled lead beside the whole story is not)."""
    from .container import is_running

    words = [w.lower() for b in blocks if is_running(b) for w in _WORD.findall(b.text)]
    told = _WORD.findall(html.unescape(_TAG.sub(" ", story)))
    if not words or len(told) > _MORE_STORY * len(words):
        return False
    known = {w.lower() for w in told}
    return sum(w in known for w in words) >= _PRINTED_SHARE * len(words)


def _scripted_story(blocks: list[HtmlBlock], story: str, running: int) -> bool:
    """Whether a page with some running text (its furniture: a photo's caption, the
    deck, the writer's bio) renders its story by script from its structured data: the
    structured ``story`` (its body, no ``description``: the page prints that as its deck)
    holds `_SCRIPTED_STORY_TIMES` times the running text, and no running block of the
    page opens as a line of it (a paywalled page prints the story's
    first paragraphs, and they are its text). scmp.com 2020 in trafilatura's evaluation
    suite (tests/eval/scmp.com.playbook.html, adbar/trafilatura @ e90b0ef5): a Vue page
    whose markup holds the headline, the photo's caption and the writer's bio, the story
    only in its JSON-LD ``articleBody``; the record's body was the rubric's name."""
    from .container import is_running

    if len(story) < _SCRIPTED_STORY_TIMES * running:
        return False
    told = " ".join(_ANY_WORD.findall(html.unescape(_TAG.sub(" ", story)).lower()))
    for b in blocks:
        if is_running(b):
            words = _ANY_WORD.findall(b.text.lower())
            if len(words) >= _STORY_LINE_WORDS and " ".join(words[:_STORY_LINE_WORDS]) in told:
                return False
    return True


_ANY_WORD = regex.compile(r"\w+")
#: The words a page's line opens with that, found in a row in the structured story,
#: make it a line of the story (`_scripted_story`).
_STORY_LINE_WORDS = 10


#: JSON-LD keys whose strings are a page's text, and keys never searched for it.
_STORY_KEYS = frozenset({"articleBody", "description", "text", "reviewBody", "recipeInstructions"})
#: ... less the summary a page prints as its deck (`_scripted_story`).
_BODY_KEYS = _STORY_KEYS - {"description"}
_NOT_STORY_KEYS = frozenset({"comment", "review", "author", "publisher", "creator", "image", "video",
                             "breadcrumb", "isPartOf", "mainEntityOfPage", "potentialAction"})
_MAX_STRUCTURED_ITEMS = 2_000


def _script_json(root: Any, wanted: Callable[[Any], bool]) -> Iterator[Any]:
    """The parsed JSON of each ``<script>`` that ``wanted`` accepts: at most
    `_JSONLD_CAP` characters of it, read as JSON-LD is (`loads_lenient`: an XHTML
    page guards its script text in a CDATA section, which lost a story that only the
    page's JSON-LD ``articleBody`` held), and none when it is not JSON."""
    for script in root.iter("script"):
        if wanted(script):
            data = loads_lenient((script.text or "")[:_JSONLD_CAP])
            if data is not None:
                yield data


def structured_story(root: Any, keys: frozenset[str] = _STORY_KEYS) -> str:
    """The text a page's JSON-LD gives as its story, as markup: each ``articleBody``,
    ``description``, ``text`` (...) string in document order (those of ``keys``), comments,
    reviews and authors left out; each line of a string without markup becomes a paragraph.
    Bounded: at most `_MAX_STRUCTURED_ITEMS` values are visited."""
    import html

    out: list[str] = []
    seen = 0
    for data in _script_json(root, lambda s: (s.get("type") or "").strip().lower() == "application/ld+json"):
        stack: list[Any] = [data]
        while stack and seen < _MAX_STRUCTURED_ITEMS:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                for key, value in reversed(list(item.items())):
                    if key in _NOT_STORY_KEYS:
                        continue
                    if key in keys and isinstance(value, str):
                        stack.append(("story", value))
                    elif isinstance(value, (dict, list)):
                        stack.append(value)
            elif isinstance(item, tuple) and item[1].strip():
                text = item[1]
                if "<" in text:
                    out.append(text)
                else:
                    # Plain text: each line a paragraph. Site templates print articleBody
                    # as the story's markup with its tags stripped, so its paragraphs
                    # stay apart only as lines (public CMS templates in the code index:
                    # file ids 45377456774, 26455268849).
                    out.extend(f"<p>{html.escape(line.strip())}</p>" for line in _LINES.split(text) if line.strip())
    return "".join(out)


_LINES = regex.compile(r"[\r\n]+")


#: Keys of a script app's state whose string is a story's markup (``content``: jawapos.com
#: 2026, a Next.js page whose ``__NEXT_DATA__`` holds ``props.pageProps.article.content``),
#: and the keys of that story's object that give its date, writers and tags.
_MARKUP_KEYS = frozenset({"content", "body", "articleBody", "contentHtml", "bodyHtml", "html"})
_MARKUP_PARAGRAPH = regex.compile(r"<p[\s>]")
_STATE_DATE_KEYS = ("published_at", "publishedAt", "datePublished", "publish_date", "publishDate")
_STATE_AUTHOR_KEYS = ("authors", "author", "reporters")
#: ... and its editors (jawapos.com 2026: ``editor: {name, email}``, one object).
_STATE_EDITOR_KEYS = ("editors", "editor")


def app_state_story(root: Any) -> tuple[str, dict[str, Any]]:
    """The story a Next.js page's state (``<script id="__NEXT_DATA__">``) holds, for a
    page whose script renders its story from that state (no story in its markup): the
    longest string under a content key that holds paragraphs (``<p>``), and its
    object's date, writers and tags as a JSON-LD article would give them. Bounded as
    `structured_story`."""
    best, node = "", None
    for data in _script_json(root, _app_state_script):
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < _MAX_STRUCTURED_ITEMS:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                for key, value in item.items():
                    if isinstance(value, str):
                        if key in _MARKUP_KEYS and len(value) > len(best) and _MARKUP_PARAGRAPH.search(value):
                            best, node = value, item
                    elif isinstance(value, (dict, list)):
                        stack.append(value)
    return best, _state_article(node) if node is not None else {}


#: A Next.js state script's opening (``{"props":{"pageProps":``), white space between its
#: tokens allowed: the script is known by the shape of its JSON as well as by its id.
_NEXT_STATE_OPENING = regex.compile(r'\{\s{0,20}"props"\s{0,20}:\s{0,20}\{[^{}]{0,200}"pageProps"\s{0,20}:')


def _app_state_script(script: Any) -> bool:
    """A Next.js app's state script: ``<script id="__NEXT_DATA__">``, or a JSON script
    whose object opens with ``props.pageProps`` whatever its id is (a page renamed or
    built by another tool keeps the state's shape, not its id)."""
    if script.get("id") == "__NEXT_DATA__":
        return True
    kind = (script.get("type") or "").strip().lower()
    if kind and kind != "application/json":
        return False
    return _NEXT_STATE_OPENING.match((script.text or "")[:300].lstrip()) is not None


def _state_article(node: dict[str, Any]) -> dict[str, Any]:
    """A story object of an app's state as a JSON-LD article: its date, its writers
    (``authors: [{name}]`` or names), its editors (the same, or one ``{name}``) and its
    tags' names."""
    article: dict[str, Any] = {"@type": "NewsArticle"}
    date = next((node[k] for k in _STATE_DATE_KEYS if isinstance(node.get(k), str)), None)
    if date:
        article["datePublished"] = date
    for role, keys in (("author", _STATE_AUTHOR_KEYS), ("editor", _STATE_EDITOR_KEYS)):
        people = next((node[k] for k in keys if node.get(k)), None)
        items = people if isinstance(people, list) else [people]
        names = [p.get("name") if isinstance(p, dict) else p for p in items]
        article[role] = [{"@type": "Person", "name": n} for n in names[:20] if isinstance(n, str) and n.strip()]
    tags = node.get("tags")
    if isinstance(tags, list):
        article["keywords"] = [t.get("name") if isinstance(t, dict) else t for t in tags[:50]
                               if isinstance(t, str) or (isinstance(t, dict) and isinstance(t.get("name"), str))]
    return article


def page_outlet(page: HtmlPage, url: str | None) -> str:
    """The rule set for a page: by the URL (the caller's, else the canonical link),
    then ``og:url`` and ``og:site_name`` (``IDN Times`` names ``idntimes.com``), then,
    on a page with no URL at all (stored without its <head>), the home page its header
    logo links to (`_logo_home`), then the fingerprints of the story's text only: a
    sidebar that quotes another outlet's widget words does not make the page that
    outlet's."""
    from ..detect import GENERIC, foreign_url, may_print_outlet, outlet_from_text, outlet_from_url
    from ..rules import available_outlets, ruleset_header

    found = outlet_from_url(url) or outlet_from_url(page.metas.get("og:url"))
    if found:
        return found
    site = _NOT_WORD_CHARS.sub("", (page.metas.get("og:site_name") or "")[:100].lower())
    if site:
        # Each outlet's [ruleset] table alone: no rule set is compiled to be compared.
        for header in (ruleset_header(name) for name in available_outlets() if name != GENERIC):
            labels = {header.name, *(host.split(".")[0] for host in header.hosts)}
            if site in labels:
                return header.name
    if not url and not page.metas.get("og:url"):
        # A page stored without its <head> (a crawler's body-only copy) still links its
        # header logo to its own home page.
        found = outlet_from_url(_logo_home(page.root)) or _share_image_outlet(page)
        if not found and not any(page.metas.get(k) for k in _SHARE_IMAGE_METAS):
            # (a share picture at another site's server names that site: the logo does not)
            found = outlet_from_url(_logo_picture(page.root))
        found = found or _logo_name_outlet(page.root)
        if found:
            return found
    foreign = foreign_url(url) or foreign_url(page.metas.get("og:url"))
    if not may_print_outlet(page.text, named_only=foreign):
        # No fingerprint's literal anywhere on the page: the story box need not be
        # chosen to be searched (on a page whose drop rules take something, the
        # container choice is made again without the dropped blocks).
        return GENERIC
    return outlet_from_text(_story_text(page), named_only=foreign, backing=page.text) or GENERIC


#: `_logo_name_outlet`: how many letters a logo's name may print before an outlet's
#: host label ("Koran" of "Koran Tempo", "Majalah" of "Majalah Tempo").
_LOGO_NAME_LEAD = 8


def _logo_name_outlet(root: Any) -> str | None:
    """The shipped outlet whose host's label (``tempo`` of tempo.co) closes the name the
    page's logo box prints (`_logo_name`: "Koran Tempo", "IDN Times"), after a word or
    two at most: a download cut before any link to the site keeps its header (a
    koran.tempo.co 2021 page cut at 70%: ``<title>Koran Tempo</title>``, ``div.logo > a``
    "Koran Tempo", no address; tests/test_real_layouts_tki_2031.py's KORAN_PAYWALL)."""
    from ..detect import GENERIC
    from ..rules import available_outlets, ruleset_header

    name = _logo_name(root, header_only=True)
    if not name:
        return None
    for header in (ruleset_header(n) for n in available_outlets() if n != GENERIC):
        for host in header.hosts:
            label = letters_only(host.split(".")[0])
            if label and name.endswith(label) and len(name) - len(label) <= _LOGO_NAME_LEAD:
                return header.name
    return None


#: The metas naming a page's share picture, in the order they are read.
_SHARE_IMAGE_METAS = ("og:image", "twitter:image", "twitter:image:src")


def _share_image_outlet(page: HtmlPage) -> str | None:
    """The outlet whose host serves the page's own share picture (``og:image``, else
    ``twitter:image`` / ``twitter:image:src``), on a page that names no URL of its own:
    the picture a page is shared with is its own site's (interaktif.tempo.co 2019-20,
    real pages of ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54 and 13-tahun-aksi-kamisan index.html @
    d423f037e326fb71b35e3d3a9c12253e4ded0a7d: no canonical link, no ``og:url``, no
    ``og:site_name``, no logo linking home; ``og:image`` at
    ``https://interaktif.tempo.co/proyek/...``). An outlet's picture server is one of its
    hosts' children (``cdn.idntimes.com``, ``statik.tempo.co``, ``blue.kumparan.com``)."""
    from ..detect import outlet_from_url

    metas = page.metas
    for key in _SHARE_IMAGE_METAS:
        value = (metas.get(key) or "").strip()
        if value.startswith(("http://", "https://")):
            return outlet_from_url(value)  # (`host_or_empty`: a malformed URL names no host)
    return None


#: `_logo_picture`: the pictures read before giving up.
_LOGO_PICTURES_READ = 200


def _logo_picture(root: Any) -> str | None:
    """The address of the page's first logo picture (its class, or its parent's, names a
    logo) served from a named host: a site's logo is its own server's, and a page stored
    without its <head> and with no logo linking home still shows it (interaktif.tempo.co
    2019-20's footer, ``img.conde-logo`` at ``https://interaktif.tempo.co/photos/...`` (as
    tests/test_real_layouts_tki_blind48.py's INTERAKTIF keeps the real pages' markup:
    ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54). ``None`` when the first logo picture's
    address is relative, or there is none."""
    for n, img in enumerate(root.iter("img")):
        if n >= _LOGO_PICTURES_READ:
            return None
        parent = img.getparent()
        classes = (img.get(b"class") or "") + " " + ((parent.get(b"class") or "") if parent is not None else "")
        if "logo" not in classes.lower():
            continue
        src = (img.get(b"src") or "").strip()
        return src if src.startswith(("http://", "https://")) else None
    return None


#: `_logo_home`: the links read before giving up (a header's logo comes early).
_LOGO_LINKS_READ = 80


def _logo_home(root: Any) -> str | None:
    """The home page the site's header logo links to: the first link to a site's root
    (``https://host`` or ``https://host/``, no path or query) that shows a picture and
    whose own class, its picture's or its parent's or grandparent's names a logo
    (idntimes.com 2019: div.header-logo > a > img, div.main-header__logo > a >
    img.main-header__logo__img, corpus/raw/idntimes/*.html; 2021: h1.header-logo > a > img,
    the real saved page of the code index's file id 18212393701; magz.tempo.co 2023:
    div.logo > a > img, ahmadmulyana/tempo-temp magz/desktop/detail.html). A logo of a sister site in a
    menu links there too, but after the header's own; a logo linking to a path
    (``/forum/864/``) is a link to a page, not the site. A breadcrumb's link to a site's
    root, picture or not, is its home too (majalah.tempo.co 2022 mobile, ahmadmulyana/tempo-temp
    majalah/mobile/detail-mbm-mobile.html @ 51d830c94cc49b3d265cd6816d32a2681230f7cc:
    div.breadcrumbs > ul.sitemap > li > a "Beranda" inside the stored ``<article>``)."""
    for n, a in enumerate(root.iter("a")):
        if n >= _LOGO_LINKS_READ:
            return None
        href = (a.get(b"href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        rest = href.split("://", 1)[1]
        if "/" in rest.rstrip("/") or "?" in rest or "#" in rest:
            continue
        img = next(a.iter("img"), None)
        boxes = [a]
        for _ in range(3):
            up = boxes[-1].getparent()
            if up is None:
                break
            boxes.append(up)
        if "breadcrumb" in " ".join((e.get(b"class") or "") for e in boxes[1:]).lower():
            return href
        if img is None:
            continue
        classes = " ".join((e.get(b"class") or "") for e in (img, *boxes[:3]))
        if "logo" in classes.lower():
            return href
    return None


def _story_text(page: HtmlPage) -> str:
    """The text of the densest element and its story siblings (the whole page's text
    when no element reads like a story)."""
    choice = page.undropped_choice()
    if choice is None:
        return page.text
    ranges = page.totals().ranges
    keep: set[int] = set()
    for el in (choice.el, *choice.siblings):
        got = ranges.get(el)
        if got:
            keep.update(range(got[0], got[1] + 1))
    return "\n".join(page.blocks[i].text for i in sorted(keep)) if keep else page.text


def html_blocks(text: str, *, max_depth: int) -> tuple[list[Block], str | None]:
    """Every visible text block of a page as a `Block`, and its canonical URL."""
    page = read_page(text, max_depth=max_depth)
    if page is None:
        return [], None
    return [Block(b.number, b.text) for b in page.blocks], page.url


@dataclass(slots=True)
class _Work:
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
    inline_searches: int = 0  # see `_blocks_under`
    image_holders: set[Any] | None = None  # see `_holds_image`
    dropped_boxes: set[Any] = field(default_factory=set)  # `[html] drop` matches kept
    widgets: dict[Any, dict[Any, bool]] = field(default_factory=dict)  # see `_in_widget`
    person_boxes: dict[Any, bool] = field(default_factory=dict)  # see `_person_box`
    #: The block of a headline kept from the engine (`_find_headline`): it still
    #: stands over the story's lead (`_lead`).
    title_at: int | None = None
    #: The first block of the by-line box a selector named the writers from (`_selector_fields`).
    byline_at: int = -1
    #: A deck longer than a phrase that `_markup_deck` found on a page not in Indonesian:
    #: the story's opening there, which the engine must keep (`_story_opening`).
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
        """Whether block ``at`` prints links to topic pages only (`_topic_links`): a tag
        the page links to its own tag page is a printed tag, whatever a widget rule says
        of its words (idntimes.com 2021 desktop: "Inspire Me", an editors' user-need
        label, printed in the "Topic:" list as a[href=/tag/inspire-me]). A widget's words
        (a comment counter, a share button) never link to a tag page."""
        return at is not None and 0 <= at < len(self.page.blocks) and self.page.blocks[at].el is not None \
            and _topic_links(self.page.blocks[at])

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
        return hit is not None and hit[0].action == "drop" and hit[0].kind in _WIDGET_KINDS


def front_end(page: HtmlPage, ruleset: RuleSet, *, use_trafilatura: bool | None = None) -> FrontEnd:
    """Decide which blocks are the article's, for ``ruleset``'s outlet.

    ``use_trafilatura``: ``None`` (default) asks trafilatura only when the container
    choice is not confident; ``True``/``False`` force it on or off (benchmarks).
    """
    from .rules import compile_html_rules

    w = _Work(page, ruleset, compile_html_rules(ruleset.html))
    blocks = page.blocks
    if _is_feed(page):
        return _no_article(w, "a feed or sitemap (RSS, Atom: a list of stories' links)", "feed")
    _mark_dropped(w)
    body, how = _find_body(w, use_trafilatura)
    if body and not how.startswith("selector"):
        body, how = _widen_to_article(w, body, how)
    if not body:
        return _no_article(w, "no block of running text (an index or empty page)", how)
    if not page.articles and _page_footer_only(w, body):
        return _no_article(w, "its only running text is the page's footer (an index or empty page)", how)
    if front := _front_page(w, body):
        return _no_article(w, f"{front} (teasers: a linked title over each summary)", how)
    headline = _find_headline(w, body)
    # An outlet's own body selector names its whole story; a shared one (schema.org's
    # articleBody) often marks the running paragraphs alone, below a lead printed in a
    # box of its own (a perex, ``p.intro``) as the density choice's container does.
    if not how.startswith("selector") or w.ruleset.html.is_base("body", how.removeprefix("selector ")):
        body |= _lead(w, body, headline if headline is not None else w.title_at)
    first, last = min(body), max(body)
    top = min(headline, first) if headline is not None else max(0, first - _META_WINDOW_BEFORE)
    _selector_fields(w, max(0, top - _META_WINDOW_BEFORE), last + 1 + _META_WINDOW_BEFORE, (first, last))
    _captions(w, body, top, last, headline)
    _opening_pull_quote(w, body, headline)
    _summary_list(w, top, last)
    # The outlet's own list selectors, then runs under labels, then generic selectors.
    # Related boxes may sit between the headline and the story (kompas.com 2015).
    _selector_lists(w, top, last + 1 + _META_WINDOW_AFTER, own=True)
    _link_lists(w, body, max(headline + 1, first - _META_WINDOW_BEFORE) if headline is not None and headline < first
                else first, first, last)
    _selector_lists(w, top, last + 1 + _META_WINDOW_AFTER, own=False)
    _labelled_links(w, body)
    _href_tags(w, body)
    _trailing_name(w, body)
    _link_stamps(w, body)
    _list_labels(w, body)
    _box_lines(w, body, headline)
    _related_box_lines(w, body)
    _icon_bar_prompt(w, body, headline)
    _fenced_promo(w, body, headline)
    _paywall_tail(w, body, headline)
    _dangling_label(w, body)
    _trailing_heading(w, body, headline)
    _deck(w, body, headline)
    _deck_points(w, body)
    _header_fields(w, body, headline, first, last)
    _credit_lists(w)
    opening = _story_opening(w, body, headline)
    engine: list[Block] = []
    if headline is not None:
        engine.append(Block(blocks[headline].number, blocks[headline].text))
    for i in sorted(body):
        if i != headline and i not in w.verdicts:
            engine.append(Block(blocks[i].number, blocks[i].text))
    if headline is None and w.page.titles:
        w.add("title", _story_heading(w, first, last) or _not_site_name(w, title_from_metadata(
            w.page.titles, site_keys(w.page.metas, w.page.articles, w.page.url or w.page.metas.get("og:url")))) or "")
    chars = sum(len(b.text) for b in engine[1 if headline is not None else 0:])
    if chars < _MIN_BODY_CHARS and not page.articles and not _short_story(w, engine, headline):
        if headline is not None:
            _box_date(w, body, headline)
        for i in body:
            w.take(i, NOT_ARTICLE)
        return _finish(w, [], headline is not None,
                       f"not a news article: the main text has only {chars} characters", how)
    return _finish(w, engine, headline is not None, None, how, body=body, story_lines=opening)


#: `_logo_name`: the elements read for a logo's box before giving up (a header comes early).
_LOGO_ELEMENTS_READ = 300


def _not_site_name(w: _Work, title: str | None) -> str | None:
    """``title`` (a metadata title's headline part), unless it is the site's own name: the
    page's site keys (`site_keys`), a shipped outlet's name or host, or the text of the
    page's logo box. A download cut before its headline keeps ``<title>`` alone, and a
    template's ``<title>`` may name only the site (koran.tempo.co 2022, ahmadmulyana/tempo-temp
    koran/desktop/detail.php @ 62fe6dbfd0755b70219d553217b42f56d3e47c1e: ``<title>Koran
    Tempo</title>`` and ``div.logo > a`` "Koran Tempo"; en.tempo.co's "Tempo.Co")."""
    from ..detect import GENERIC
    from ..rules import available_outlets, ruleset_header

    key = letters_only(title or "")
    if not key:
        return title
    if key in site_keys(w.page.metas, w.page.articles, w.page.url or w.page.metas.get("og:url")):
        return None
    for header in (ruleset_header(name) for name in available_outlets() if name != GENERIC):
        if key == letters_only(header.name) or any(key in (letters_only(h), letters_only(h.split(".")[0]))
                                                   for h in header.hosts):
            return None
    return None if key == _logo_name(w.page.root) else title


def _logo_name(root: Any, *, header_only: bool = False) -> str:
    """The site's name its logo box prints (`letters_only`): the text, else a picture's
    ``alt``, of the first element whose class names a logo; "" for none.
    ``header_only``: only a logo over the page's first ``h1`` (a logo under the headline
    is a credit's or a partner's, not the site's header)."""
    for n, e in enumerate(root.iter()):
        if n >= _LOGO_ELEMENTS_READ or (header_only and e.tag == "h1"):
            break
        if not isinstance(e.tag, str) or "logo" not in (e.get(b"class") or "").lower():
            continue
        text = letters_only(text_content(e)[:100])
        if not text:
            img = next(e.iter("img"), None)
            text = letters_only((img.get(b"alt") or "")[:100]) if img is not None else ""
        return text
    return ""


#: `_story_heading`: how many blocks over the story an h1 may stand.
_HEADING_ABOVE = 4


def _story_heading(w: _Work, first: int, last: int) -> str | None:
    """The title when the page's metadata titles name only the site (each is its
    og:site_name or its host's name: ``<title>Kabar Kota</title>`` at kabarkota.id; no
    og:title or JSON-LD headline to match a heading):
    the one h1 inside the story's blocks or right over them (nothing but short lines
    between), with a headline's shape and no text rule's hit. Only the title field: the
    blocks go to the engine as before, so the body is unchanged."""
    from ..detect import host_or_empty

    site = norm_words(w.page.metas.get("og:site_name") or "")
    labels = set(host_or_empty(w.page.url or w.page.metas.get("og:url")).split(".")) - {""}
    if not all((n := norm_words(t)) == site or _NOT_WORD_CHARS.sub("", n) in labels for t in w.page.titles):
        return None
    blocks = w.page.blocks
    found = None
    for i in range(max(0, first - _HEADING_ABOVE), last + 1):
        b = blocks[i]
        if b.el is None or b.el.tag != "h1":
            continue
        if found is not None or not _headline_heading(b) or w.hit(i) is not None \
                or any(blocks[j].prose for j in range(i + 1, first)):
            return None
        found = b.text
    return found


def _short_story(w: _Work, engine: list[Block], headline: int | None) -> bool:
    """A story shorter than `_MIN_BODY_CHARS` that the page marks as its article (SPEC:
    a short news item is still a story): a headline, a date, and a paragraph that reads
    as a sentence inside the page's one ``<article>`` or its ``itemprop=articleBody``
    element. The length alone is no evidence either way; an index's teasers each sit in
    an ``<article>`` of their own, so a page with more than one is not taken so."""
    if headline is None:
        return False
    if not (w.fields.has("published") or w.page.metas.get("article:published_time") or any(
            len(b.text) <= _MAX_META_CHARS and parse_date(b.text) for b in engine[1:])):
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


def _box_date(w: _Work, body: set[int], headline: int) -> None:
    """The date line under the headline of a box too short to be a story (a photo
    gallery: headline, by-line, date, captions): the engine reads no such box, so the
    first line near the headline that a text rule reads as the publication date gives
    the date (liputan6 2016 photo pages: "on 16 Feb 2016 at 09:09 WIB" under the
    by-line). A page with no headline (an index) gets none from its teasers."""
    if w.fields.has("published"):
        return
    for i in sorted(j for j in body if headline < j <= headline + _NEAR_HEADLINE):
        hit = w.hit(i) if i not in w.verdicts and len(w.page.blocks[i].text) <= _MAX_META_CHARS else None
        value = parse_date(w.page.blocks[i].text) if hit is not None and hit[0].field == "published" else None
        if value:
            w.add("published", value)
            w.take(i, DATE)
            return


def _no_article(w: _Work, why: str, how: str) -> FrontEnd:
    """The front end of a page that holds no article: every block leaves, with ``why``."""
    for b in w.page.blocks:
        w.take(b.index, NOT_ARTICLE)
    return _finish(w, [], False, f"not a news article: {why}", how)


def _is_feed(page: HtmlPage) -> bool:
    """The page is a feed or a sitemap: its first element (the HTML parser puts it in
    ``body``) is an ``rss``, Atom ``feed`` or sitemap root."""
    body = page.root.find("body")
    first = next((e for e in body if isinstance(e.tag, str)), None) if body is not None else None
    return first is not None and first.tag in FEED_TAGS


def _finish(w: _Work, engine: list[Block], headline_first: bool, reason: str | None, how: str,
            body: set[int] | None = None, story_lines: tuple[int, ...] = ()) -> FrontEnd:
    body = body or set()
    removed = []
    verdicts = w.verdicts
    head = engine[0] if engine else None
    for b in w.page.blocks:
        i = b.index
        rule = verdicts.get(i)
        if rule is None and (i in body or (head is not None and b.text == head.text and i + 1 == head.number)):
            continue
        removed.append(Removal(i + 1, b.text, rule or OUTSIDE))  # (``i + 1``: `HtmlBlock.number`)
    if headline_first and engine:
        removed = [r for r in removed if r.line != engine[0].number]
    for block in engine:
        b = w.page.blocks[block.number - 1]
        hit = w.hit(b.index) if b.el is not None and b.link_chars else None
        if hit is not None and hit[0].field == "authors" and _names_linked_to_a_topic(b.el, hit[0], hit[1]):
            w.answers[b.text] = None  # a topic's link beside the date: no writer's (the engine asks)
    top = engine[0].number - 1 if headline_first and engine else w.title_at
    _fill_fallbacks(w, body, top)
    if top is not None and not w.fields.has("authors"):
        first = _story_paragraph(w.page.blocks, body, top)
        author = _avatar_card_name(w, top, first) if first is not None else None
        if author:
            w.add("authors", author)
    if body and not w.fields.has("authors"):
        for name in _writer_box_names(w, body):
            w.add("authors", name)
    return FrontEnd(engine, tuple(removed), w.fields.values(), headline_first, reason, how,
                    answers=w.answers, answered_by=w.ruleset, story_lines=story_lines)


def _story_paragraph(blocks: list[HtmlBlock], body: set[int], after: int = -1) -> int | None:
    """The story's first paragraph in ``body`` past block ``after``: a prose block longer
    than a by-line or a deck line (`_MAX_META_CHARS`); ``None`` when there is none."""
    return min((i for i in body if i > after and blocks[i].prose and len(blocks[i].text) > _MAX_META_CHARS),
               default=None)


#: `_avatar_card_name`: how many blocks under the headline the card may stand.
_CARD_WINDOW = 12


def _avatar_card_name(w: _Work, top: int, first: int) -> str | None:
    """The writer's name from an avatar card between the headline and the story, when
    neither a by-line label nor the page's metadata named one: a linked name whose link
    goes where a linked picture next to it goes, the picture's ``alt`` being that name
    (idntimes.com 2019: ``a[href=/nama] > img[alt=Nama]`` then ``a[href=/nama]`` "Nama"
    under the deck, no "Penulis" label; read as the page is when its ``<head>`` is
    gone). A name only (`is_name`): a related story's card links its picture and title
    alike. ``top``: the headline's block; ``first``: the story's first paragraph under
    it (longer than a deck or a by-line line)."""
    if not top < first <= top + _CARD_WINDOW:
        return None
    blocks = w.page.blocks
    for i in range(top + 1, first):
        el = blocks[i].el
        if el is None or not blocks[i].link_chars:
            continue
        for a in el.iter("a"):
            name = fold_space(text_content(a)[:100])
            href = a.get("href")
            if not href or not name or not is_name(name):
                continue
            box = a.getparent()
            for _ in range(_CARD_LEVELS):
                if box is None:
                    break
                if any(pic.get("href") == href and any(fold_space(img.get("alt") or "").lower() == name.lower()
                                                       for img in pic.iter("img"))
                       for pic in box.iter("a") if pic is not a):
                    return name
                box = box.getparent()
    return None


#: `_avatar_card_name`: how many boxes above the name its picture's link may stand.
_CARD_LEVELS = 3

#: `_writer_box_names`: a link to a writer's page (WordPress's ``/author/<slug>/``, the
#: Indonesian CMSes' ``/penulis/``, ``/kontributor/``, a member's ``/user/profil/``); a
#: string test each, whole path segments: a company directory's ``/firmen/profil-847-...``
#: links (a press service's list of issuers, iwr.de in the peer suite) are no writer's.
_WRITER_PAGE = ("/author/", "/authors/", "/penulis/", "/writer/", "/writers/", "/reporter/", "/kontributor/",
                "/contributor/", "/contributors/", "/profil/", "/profile/", "?author=")
#: The heading a writer box opens with ("TENTANG PENULIS", "About the author"): printed
#: over the box, it names no one.
_WRITER_BOX_LABEL = regex.compile(
    r"(?i)(?:tentang|profil|biodata) (?:penulis|kontributor|pengarang|author)|about (?:the )?(?:author|writer)s?"
    r"|(?:penulis|author|writer|ditulis oleh|written by)\s*:?")
#: A writer box's own heading, about its one writer ("Tentang Penulis", "About the
#: author"): a bare role word ("Penulis") heads a credits list too, whose lines may be
#: anything (`_unlinked_writer`).
_ABOUT_WRITER = regex.compile(
    r"(?i)(?:tentang|profil|biodata) (?:penulis|kontributor|pengarang|author)|about (?:the )?(?:author|writer)s?")
#: Words that make a link's text a button or a label ("Lihat semua tulisan", "View all
#: posts", "Profil", "Follow"), not the writer's name.
_NOT_WRITER_TEXT = regex.compile(
    r"(?i)\b(?:posts?|artikel|tulisan|semua|all|more|lainnya|selengkapnya|profil|profile|follow|ikuti|lihat|view"
    r"|tentang|about|penulis|author|writer|kontributor)\b")
#: A box's heading that lists other writers ("Penulis Lainnya", "Top Writers"): no writer box.
_OTHER_WRITERS = regex.compile(
    r"(?i)\b(?:lainnya|lain|populer|popular|terpopuler|other|top|more|rekomendasi|related|terkait|favorit)\b")
#: How far above the writer's link its box may start, how much text it may hold, how many
#: writers it may name.
_WRITER_BOX_LEVELS = 5
_WRITER_BOX_CHARS = 1500
_WRITER_BOX_NAMES = 6


def _writer_box_names(w: _Work, body: set[int]) -> list[str]:
    """The writers an author box under the story's start names, when the page names its
    writer nowhere else (no by-line, no metadata): the text of a link to the writer's
    page that is a whole line of its own (a name, not a bio's sentence nor a button's
    text), in a box about a person (its class or id says so and it holds a picture:
    duniaku.net 2019 ``div.writter-section`` "TENTANG PENULIS" > ``h5.title > a[href=
    /author/<slug>/]``; ggwp.id 2019 ``div.author-block`` "Tentang Penulis" > ``a.name
    [href=/author/<slug>/] > p``: fardiyadi/idnmedia2.github.io adproducts/preview/
    desktop/{duniaku,ggwp}/detail.html @ 123204aec725) or one a writer box's heading
    opens (`_WRITER_BOX_LABEL`). Never in a comment, a related or recommended box or a
    list of other writers (`_NOT_BYLINE_BOX`, `_OTHER_WRITERS`), nor a box that also
    links a story's title (a teaser card). Each writer of a box of several."""
    blocks = w.page.blocks
    site = w.page.metas.get("og:site_name") or w.page.url
    names: list[str] = []
    label: HtmlBlock | None = None  # the writer box's heading right above, when it is
    for b in blocks[min(body) + 1:]:
        under, label = label, None
        if b.el is not None and len(b.text) <= 60 and _ABOUT_WRITER.fullmatch(b.text):
            label = b
            continue
        if (b.index in body and b.index not in w.verdicts) or b.el is None or len(b.text) > 60:
            continue  # (a story's own line; the box's lines a stage took count)
        a = b.el if b.el.tag == "a" else next(b.el.iter("a"), None)
        if a is None:
            a = next(b.el.iterancestors("a"), None)
        href = (a.get(b"href") or "").lower() if a is not None else ""
        if not href and under is not None and _unlinked_writer(w, under, b, site):
            if b.text not in names:
                names.append(b.text)
            continue
        if not href or not any(t in href for t in _WRITER_PAGE):
            continue
        name = fold_space(text_content(a)[:100])
        if name != b.text or _NOT_WRITER_TEXT.search(name) or person_name(name, site) is None:
            continue
        if name not in names and _in_writer_box(w, a):
            names.append(name)
            if len(names) >= _WRITER_BOX_NAMES:
                break
    return names


def _unlinked_writer(w: _Work, label: HtmlBlock, b: HtmlBlock, site: str | None) -> bool:
    """Block ``b``, right under a writer box's heading (``label``: "Tentang Penulis"), is
    the writer's name printed with no link (a box whose name is a heading or a paragraph:
    ``<div class="author-box"><h4>Tentang Penulis</h4><p>Nama</p><p>bio</p></div>``): a
    name alone (`person_name`, no button's or label's word), both lines in one box that
    holds no story's title link (`_in_writer_box`'s tests, from the name's element)."""
    if _NOT_WRITER_TEXT.search(b.text) or person_name(b.text, site) is None or b.el is None or label.el is None:
        return False
    box = b.el.getparent()
    for _ in range(_WRITER_BOX_LEVELS):
        if box is None or box.tag in ("body", "html"):
            return False
        if any(e is label.el for e in box.iter(label.el.tag)):
            return not _in_widget(w, box, _NOT_BYLINE_BOX) and not _OTHER_WRITERS.search(label.text)
        box = box.getparent()
    return False


def _in_writer_box(w: _Work, a: Any) -> bool:
    """Whether the writer's link ``a`` stands in an author box (`_writer_box_names`)."""
    e = a
    for _ in range(_WRITER_BOX_LEVELS):
        e = e.getparent()
        if e is None or e.tag in ("body", "html"):
            return False
        words = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        head = next((t for t in (fold_space(p) for p in itertools.islice(e.itertext(), 20)) if t), "")
        classed = bool(_PERSON_BOX.search(words) or _PERSON_BOX_MISSPELT in words) \
            and next(e.iter("img"), None) is not None
        if not classed and not _WRITER_BOX_LABEL.fullmatch(head):
            continue
        if _OTHER_WRITERS.search(head) or _in_widget(w, e, _NOT_BYLINE_BOX):
            return False
        n = 0
        for piece in e.itertext():
            n += len(piece)
            if n > _WRITER_BOX_CHARS:
                return False
        return not any(len(fold_space(text_content(other)[:100])) > 40
                       and not any(t in (other.get(b"href") or "").lower() for t in _WRITER_PAGE)
                       for other in e.iter("a"))
    return False


#: Fields filled from link lists, and the kinds of chrome whose words are never their items.
_LINK_FIELDS = frozenset({"related", "tags"})
_WIDGET_KINDS = frozenset({"share", "widget", "ad", "overlay"})

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
    if len(value) > _MAX_STAMP_CHARS or _STAMP_YEAR.search(value) is None:
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


# ---- stage: drop chrome -------------------------------------------------------------

def _mark_dropped(w: _Work) -> None:
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
               and not (running.get(e, 0) >= _MIN_STORY_LEFT and e.find(".//h1") is not None)}
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
    if broad and left >= _MIN_STORY_LEFT:
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


def _inline_matches(w: _Work, matches: list[tuple[Selector, Any]], total: int,
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
        idx = [] if at is None else _whole_blocks(blocks, at, fold_space(text_content(e)[:_MAX_INLINE_MATCH]))
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


# ---- stage: the story's container ---------------------------------------------------

#: Inline elements whose block `_blocks_under` finds by searching text, per page.
_MAX_INLINE_SEARCHES = 2_000


def _whole_blocks(blocks: list[HtmlBlock], at: int, text: str, pos: int = 0) -> list[int]:
    """The blocks from ``at`` on whose texts, one after another, spell ``text`` (folded
    white space) from ``pos``: the lines an inline element holds whole. Read by offset,
    not by slicing what is left: a long element of many lines stays linear."""
    idx: list[int] = []
    end = len(text)
    while pos < end and at < len(blocks):
        line = blocks[at].text
        if not line or not text.startswith(line, pos):
            break
        idx.append(at)
        pos += len(line)
        if pos < end and text[pos] == " ":
            pos += 1
        at += 1
    return idx


def _lines_after(w: _Work, el: Any, at: int) -> list[int]:
    """The blocks after ``at`` (the block an inline element's text starts in) that hold
    the rest of the element's own lines, broken by its ``<br>``s: an inline element that
    holds a story's paragraphs (viva.co.id 2015: ``span[itemprop=articleBody]``, its
    paragraphs apart by ``<br><br>``) has no block of its own, and the story's box was
    its first line alone. The block at ``at`` may start with text before the element."""
    if next(el.iter("br"), None) is None:
        return []
    text = fold_space(text_content(el))
    head = w.page.blocks[at].text
    # The element's text starts in ``head``: the longest end of ``head`` that begins it.
    start = 0 if text.startswith(head) else head.find(text[:_HEAD_PROBE])
    if start < 0 or not text.startswith(head[start:]):
        return []
    pos = len(head) - start
    if pos < len(text) and text[pos] == " ":
        pos += 1
    return _whole_blocks(w.page.blocks, at + 1, text, pos)


#: `_lines_after`: the characters of an inline element's text looked for in its first block.
_HEAD_PROBE = 40


def _blocks_under(w: _Work, elements: list[Any], *, lines: bool = False) -> set[int]:
    """The blocks inside ``elements``. An inline element (a ``span`` by-line) has no
    blocks of its own: it gets the block of its block-level parent when that is small,
    else the first block there that holds its text (with ``lines``, and the blocks of
    its further lines after it: `_lines_after`)."""
    out: set[int] = set()
    ranges = w.page.totals().ranges
    for el in elements:
        own = ranges.get(el)
        if own is not None:  # holds block-level elements (a <span> around <p>s): a container
            # An inline container's text before its first block-level child (a story's
            # first paragraph printed bare in <span itemprop="articleBody">, viva.co.id
            # 2016) is a block of its parent's, the one just before its own.
            # With ``lines``, so are its first lines (broken by ``<br>``s) before that
            # block: every block from where its text starts to its first child's is its.
            at = w.page.inline_at.get(el) if isinstance(el.tag, str) and not is_block_tag(el.tag) else None
            first = at if at is not None and (at == own[0] - 1 or (lines and at < own[0])) else own[0]
            out.update(range(first, own[1] + 1))
            continue
        got = w.page.block_range(el)
        if not got:
            continue
        if isinstance(el.tag, str) and not is_block_tag(el.tag) and got[1] - got[0] > 1:
            text = fold_space(text_content(el)[:500])
            # The block the element's text starts in (recorded by the walk): not a scan
            # of every block of its parent (80,000 links: minutes).
            at = w.page.inline_at.get(el)
            if at is not None and got[0] <= at <= got[1]:
                found: int | None = at if text else None
            else:
                # A scan reads the blocks of the parent: bounded per page, so a page of
                # thousands of such matches stays linear (no real page comes near).
                w.inline_searches += 1
                if w.inline_searches > _MAX_INLINE_SEARCHES:
                    continue
                found = next((i for i in range(got[0], got[1] + 1) if text and text in w.page.blocks[i].text), None)
            if found is not None:
                out.add(found)
                if lines and found < got[1]:
                    out.update(_lines_after(w, el, found))
            continue
        out.update(range(got[0], got[1] + 1))
    return out


class _Sums:
    """What `_find_body` weighs its candidates by: the running text of a set of block
    indices, its share of the page's (``run_total``), its characters, and the undropped
    blocks under elements. Methods of an object, not closures: compiled, a closure and
    its environment object refer to each other, a cycle that held each page (its work,
    blocks and tree) until the cyclic collector ran."""

    def __init__(self, w: _Work, run_total: int) -> None:
        self.w = w
        self.blocks = w.page.blocks
        self.run_total = run_total

    def running(self, idx: set[int]) -> int:
        from .container import is_running

        blocks = self.blocks
        return sum(len(blocks[i].text) for i in idx if is_running(blocks[i]))

    def share(self, idx: set[int]) -> float:
        return self.running(idx) / max(1, self.run_total)

    def chars(self, idx: set[int]) -> int:
        blocks = self.blocks
        return sum(len(blocks[i].text) for i in idx)

    def under(self, *els: Any) -> set[int]:
        blocks = self.blocks
        return {i for i in _blocks_under(self.w, list(els)) if not blocks[i].dropped}


def _find_body(w: _Work, use_trafilatura: bool | None) -> tuple[set[int], str]:
    """The indices of the container's blocks (dropped ones left out), and how it was
    found: the outlet's ``body`` selectors, else the densest element when it is
    confident (clearly ahead of any rival, and holding at least `MIN_SHARE` of the
    page's running text); else the candidate of trafilatura's choice, the densest
    element and the main region (the deepest element holding most running text) that
    holds the largest share, trafilatura's when it holds `MIN_SHARE` (another joined
    with trafilatura's blocks: `_with_trafilatura`)."""
    from .container import (
        CONFIDENT_SHARE,
        MIN_SHARE,
        choose_container,
        is_menu,
        is_running,
        main_region,
        story_parts,
        trafilatura_keep,
        without,
    )

    blocks = w.page.blocks
    live = [b for b in blocks if not b.dropped]
    gone = [b for b in blocks if b.dropped]
    run_total = sum(len(b.text) for b in live if is_running(b))
    for s in w.sel["body"]:
        found = w.page.select(s)
        # Outermost matches only: a selector may also match inside an earlier match.
        found_set = set(found)
        outer = _one_story(w, [e for e in found if found_set.isdisjoint(e.iterancestors())])
        body = {i for i in _blocks_under(w, outer, lines=True) if not blocks[i].dropped}
        body |= _between_paragraphs(w, outer, body)
        if sum(len(blocks[i].text) for i in body) < _MIN_BODY_CHARS:
            continue
        # A shared selector (schema.org's articleBody) on boxes of less than `MIN_SHARE`
        # of the page's running text marks a teaser's or a widget's text, not the story's
        # (the density and region choices weigh such a page). An outlet's own selector is
        # trusted further, down to `_MIN_OUTLET_SHARE`: below that it names some other box
        # of a layout it was not written for (on the real pages of the dev corpus an
        # outlet's selector holds 75-97% of the running text).
        held = sum(len(blocks[i].text) for i in body if is_running(blocks[i]))
        floor = MIN_SHARE if s.base else _MIN_OUTLET_SHARE
        if held < run_total * floor:
            continue
        return body, f"selector {s.source}"

    sums = _Sums(w, run_total)
    running, share, chars, under = sums.running, sums.share, sums.chars, sums.under
    choice = choose_container(live, without(w.page.totals(), gone)) if gone else w.page.undropped_choice()
    cards = under(choice.el) if choice is not None else set()
    if choice is not None and cards and _card_list(w, choice.el, cards):
        # The densest box is a list of teaser cards (a "next posts" or news-feed widget:
        # each card a linked title over its summary) whose summaries outweigh a short
        # story: the site's furniture, not the story. The story is chosen among the rest,
        # and weighed against the rest's running text (boingboing.net's
        # ``div#next-post-thumbnails > div.nextstory`` under a one-paragraph post, a
        # WordPress RSS widget's ``ul > li`` items beside a short page: trafilatura's
        # evaluation suite; the story had been cut to its lead or lost).
        card_blocks = [blocks[i] for i in sorted(cards)]
        sums = _Sums(w, run_total - running(cards))
        running, share, chars, under = sums.running, sums.share, sums.chars, sums.under
        choice = choose_container([b for b in live if b.index not in cards],
                                  without(w.page.totals(), gone + card_blocks))
    dense = under(choice.el, *choice.siblings) if choice is not None else set()
    ahead = choice is not None and choice.confident  # no rival close to it
    if ahead and share(dense) >= CONFIDENT_SHARE and use_trafilatura is not True:
        return dense, "density"
    if ahead and use_trafilatura is not True and dense and not _runs_on(w, None, max(dense)) \
            and running(dense) >= CONFIDENT_SHARE * (run_total - _teaser_text(w, dense)):
        # The running text the confident choice is measured against holds a list of
        # teasers outside it (cards: a linked title over a short summary), whose box no
        # tag or class told apart: that is the site's furniture, not story text the
        # choice left out (liputan6 2016's "Berita Terkini" cards, article > aside >
        # header > h4 > a + div summary; with <aside>/<article> printed as <div> the
        # summaries stood as running text, the choice fell under half of it and
        # trafilatura's pick took the comments and a video list in). Not when running
        # text follows the choice at once: the story goes on past its box.
        return dense, "density"
    region_el = main_region(live, w.page.totals().tree)
    # A main region that is a menu box (`is_menu`: most of its many lines links, its
    # running text only in boxes of links) is no story's region: a mega menu prints a
    # teaser paragraph beside each topic's links (stuttgart.de, trafilatura's evaluation
    # suite: nine teasers of ~280 characters in ``nav > ul#nav > li`` boxes, 116 of the
    # list's 142 lines links), and holding more running text than a short story it took
    # the story's place. Nor is its text a part of the story the density choice left
    # out: a confident choice's share is judged without it.
    if region_el is not None and is_menu(region_el, blocks, w.page.totals().ranges):
        menu = running(under(region_el) - dense)
        region_el = None
        if ahead and use_trafilatura is not True and running(dense) >= CONFIDENT_SHARE * (run_total - menu):
            return dense, "density"
    region = under(region_el) if region_el is not None else set()
    if use_trafilatura is False:
        if choice is None:
            return set(), "no container"
        if share(dense) < MIN_SHARE and share(region) > share(dense) and chars(region) >= _MIN_BODY_CHARS:
            # The region (the deepest box of 60% of the running text) often holds the
            # story and what follows it: comments, a teaser list, the sidebar's widgets,
            # the next post of a blog's page. The density choice marks where the story
            # is, as trafilatura's blocks do in auto mode: a confident choice alone, one
            # that is not with its close rivals (each scoring over `RUNNER_UP_MAX` of it:
            # a story in parts, an interview's answer boxes, a thread's posts). The
            # region is read with them as with those blocks (`_with_trafilatura`: the
            # union, less the region's tail past them unless the tail is most of it;
            # the story goes on past them in boxes like theirs: `_story_goes_on`). Not
            # when the first line past them is running text in the region: the story
            # runs on there (a page builder's next text module, a paragraph outside the
            # choice's box), no break (a share bar, tags, a heading) closing it. Density
            # mode on trafilatura's evaluation suite: F1 0.9390 -> 0.9425 (17 pages up,
            # 2 down); a confident choice alone 0.9420; without the running-text check,
            # a confident choice alone 0.9408 (21 up, 9 down), any choice alone 0.9397.
            parts = dense if ahead else dense | under(*choice.rivals)
            if parts and not _runs_on(w, region, max(parts)):
                end = _story_goes_on(w, parts, region, max(parts))
                return _with_trafilatura(region, parts, share, end), "region + density"
            return region, "region"
        # A choice that is not confident because its close rivals are boxes of its own
        # tag and class (`story_parts`: a page builder's text modules, the story cut in
        # two around a picture or a quote box) holds one part of the story: the parts
        # are read together, as the region's branch above reads them. Other rivals (a
        # sidebar's text, a cookie notice) are left out. Density mode on trafilatura's
        # evaluation suite: F1 0.9425 -> 0.9427 (be.ch: two of three missing snippets
        # found; wirtschaftspsychologie-aktuell: the story's second half kept, and with
        # it a reading list auto mode keeps too); all rivals, not only such parts:
        # 0.9422 (france.attac.org lost its story).
        twins = story_parts(choice)
        if not ahead and twins:
            return dense | under(*twins), "density + parts"
        return dense, "density"
    # Not gated further: of the 185 peer-suite pages that get here, the consult changes
    # the text of 118 (the score of 56: 42 gain, 11 lose), and no shape signal measured
    # skipped it without a loss there or on the class-scrambled suite (the region ending
    # where the density choice ends: the same F1, lower scrambled, two pages' stories left
    # outside both; no link or short lines in the region past the choice; a clear density
    # winner; the choice's share above 0.45).
    keep = trafilatura_keep(w.page.root, live, w.page.source, w.dropped_boxes)
    if chars(keep) >= _MIN_BODY_CHARS and (share(keep) >= MIN_SHARE or run_total == 0 or use_trafilatura):
        return keep, "trafilatura"
    # trafilatura kept little of the running text: the candidate holding most of it.
    candidates = [(share(idx), -rank, idx, how)
                  for rank, (idx, how) in enumerate(((keep, "trafilatura"), (dense, "density (weak)"),
                                                     (region, "region")))
                  if chars(idx) >= _MIN_BODY_CHARS]
    if candidates:
        _, _, idx, how = max(candidates, key=lambda c: (c[0], c[1]))
        if how != "trafilatura" and keep:
            end = _story_goes_on(w, keep, idx, max(keep))
            return _with_trafilatura(idx, keep, share, end), f"{how} + trafilatura"
        return idx, how
    if choice is not None and choice.score >= 1:
        return dense, "density (weak)"
    return set(), "no container"


def _card_list(w: _Work, el: Any, idx: set[int]) -> bool:
    """Whether ``el`` (holding the blocks ``idx``) is a list of teaser cards: at least
    `_MIN_TEASERS` of its children of one tag and class each open with a linked title
    (a block of three words or more, over half of it links) and hold running text below it, and
    those children hold `_CARD_LIST_SHARE` of ``el``'s running text. A story's own list
    (exercises, steps) opens its items with text, a link at most after it."""
    from .container import is_running

    blocks = w.page.blocks
    kids: dict[Any, list[int]] = {}
    for i in sorted(idx):
        e = blocks[i].el
        if e is None:
            continue
        kid = next((a for a in (e, *e.iterancestors()) if a.getparent() is el), None)
        if kid is not None:
            kids.setdefault(kid, []).append(i)
    total = sum(len(blocks[i].text) for i in idx if is_running(blocks[i]))
    groups: dict[tuple[str, str], list[int]] = {}
    for kid, held in kids.items():
        top = blocks[held[0]]
        text = sum(len(blocks[i].text) for i in held[1:] if is_running(blocks[i]))
        if top.link_density > _CARD_TITLE_LINKS and top.text.count(" ") >= 2 and text:
            groups.setdefault((str(kid.tag), kid.get("class") or ""), []).append(text)
    return any(len(g) >= _MIN_TEASERS and sum(g) >= _CARD_LIST_SHARE * total for g in groups.values())


def _runs_on(w: _Work, idx: set[int] | None, last: int) -> bool:
    """Whether the first undropped block past block ``last`` is running text in ``idx``
    (anywhere: ``None``) (a story that goes on past its box, with no break between)."""
    from .container import is_running

    blocks = w.page.blocks
    for i in range(last + 1, len(blocks)):
        if not blocks[i].dropped:
            return (idx is None or i in idx) and is_running(blocks[i])
    return False


def _one_story(w: _Work, found: list[Any]) -> list[Any]:
    """The matches of a ``body`` selector up to the first one printed after another
    story's headline: an ``h1`` between two matches below the page's first ``h1`` opens
    the next story a page appends below its own (tempo.co 2021: ``article.detail-artikel.
    berikutnya`` boxes, each with its ``h1`` and its ``div.detail-in`` teaser, under the
    story's own ``div.detail-in``). Matches above the first ``h1`` (a teaser box over
    the headline) are left as they are; matches with no ``h1`` between them (a story cut
    into several boxes by ads) are all kept, and so are matches that are paragraphs, not
    boxes (one block each: kumparan's ``story-paragraph``), where an ``h1`` between two
    may be the story's own subhead."""
    if len(found) < 2:
        return found
    blocks = w.page.blocks
    spans = [_blocks_under(w, [e]) for e in found]
    if all(len(idx) <= 1 for idx in spans):
        return found
    heads = [i for i, b in enumerate(blocks) if _tag(b) == "h1"]
    if len(heads) < 2:
        return found
    end: int | None = None
    for n, idx in enumerate(spans):
        if not idx or min(idx) < heads[0]:
            continue
        if end is not None and any(end < h < min(idx) for h in heads):
            return found[:n]
        end = max(idx) if end is None else max(end, max(idx))
    return found


def _between_paragraphs(w: _Work, found: list[Any], body: set[int]) -> set[int]:
    """The blocks between the first and the last of several matches of a ``body``
    selector that names the story's paragraphs, not its box (kumparan's
    ``p[data-qa-id=story-paragraph]``): the subheads, list items and quotes printed
    between two paragraphs are the story too (a real kumparan.com 2022 story prints its
    subheads as ``h2``/``h3`` and its steps as ``li`` between the paragraphs). Chrome
    there is left to the later stages, as inside a box. Not when the matches hold more
    blocks than there are matches (a match is a box), share no box below the page's
    body, or when what lies between holds more text than the matches (the matches are
    far apart: a teaser's paragraph and the story's)."""
    if len(found) < 2 or not body or len(body) > len(found):
        return set()
    box = _common_ancestor(found)
    if box is None or box.tag in ("body", "html"):
        return set()
    blocks = w.page.blocks
    between = {i for i in range(min(body), max(body) + 1) if not blocks[i].dropped} - body
    if sum(len(blocks[i].text) for i in between) > sum(len(blocks[i].text) for i in body):
        return set()
    return between


#: `_with_trafilatura`: the least share of the candidate's running text its cut tail may leave.
_MIN_TAIL_KEPT = 0.25


def _with_trafilatura(idx: set[int], keep: set[int], share: Callable[[set[int]], float],
                      end: int | None = None) -> set[int]:
    """A candidate that holds more of the running text than trafilatura kept, read
    with trafilatura's blocks: their union, less the candidate's tail past the last
    block trafilatura kept (author boxes, share prompts, comments below a post) unless
    that tail is most of the story (trafilatura then kept a fragment). ``end``: where
    the story ends when it goes on past that block (`_story_goes_on`)."""
    last = max(keep) if end is None else end
    cut = {i for i in idx if i <= last} | keep
    return cut if share(cut) >= _MIN_TAIL_KEPT * share(idx) else idx | keep


#: `_story_goes_on`: the least share of the running text past trafilatura's last block,
#: up to the last block printed in the story's boxes, that those boxes hold.
_SAME_BOXES_SHARE = 0.5


def _box_path(b: HtmlBlock) -> tuple[tuple[str, str], ...]:
    """A block's element and the two above it, each as its tag and class (no id: a page
    builder numbers its modules)."""
    out = []
    e = b.el
    for _ in range(3):
        if e is None or not isinstance(e.tag, str):
            break
        out.append((e.tag, (e.get("class") or "")[:300].strip()))
        e = e.getparent()
    return tuple(out)


def _story_goes_on(w: _Work, keep: set[int], idx: set[int], last: int) -> int:
    """Where the story ends in ``idx`` past trafilatura's ``last`` block: at the last
    block printed in a box like those of the running text trafilatura kept (the same
    tags and classes on the block's element and the two above it; a short line there,
    a product's name under its picture, counts), when such boxes hold most of the
    running text and those lines up to it; else at ``last``. A page
    builder's story goes on in text modules like its first one, past picture modules,
    where trafilatura often stops; a post's comments, an author box or a teaser list
    below it are boxes of other kinds."""
    from .container import is_running

    blocks = w.page.blocks
    kinds = {_box_path(blocks[i]) for i in keep if is_running(blocks[i])}
    tail = [blocks[i] for i in sorted(idx) if i > last and not blocks[i].dropped]
    same = [b for b in tail if _box_path(b) in kinds]
    # By index, not `b in same` (a list scan comparing dataclass fields per block:
    # quadratic on a long tail); a page's blocks have distinct indices.
    same_at = {b.index for b in same}
    tail = [b for b in tail if is_running(b) or b.index in same_at]
    if not same:
        return last
    end = same[-1].index
    total = sum(len(b.text) for b in tail if b.index <= end)
    return end if sum(len(b.text) for b in same) >= total * _SAME_BOXES_SHARE else last


#: `_widen_to_article`: the most running text the widening may add, as a share of
#: the container's own, and the link density above which an ``<article>`` is a list.
_WIDEN_MAX_ADDED = 1.0
_WIDEN_MAX_LINKS = 0.35


#: `_widen_to_article`: below the container, an ``article``'s list items (and the heading
#: right over one) are taken, nothing else.
_TAIL_ITEM = frozenset({"li", "dd", "dt", "td", "th"})
_TAIL_HEADING = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _tag(b: HtmlBlock) -> str | None:
    return b.el.tag if b.el is not None and isinstance(b.el.tag, str) else None


def _tail_fact(blocks: list[HtmlBlock], i: int) -> bool:
    """Whether block ``i`` is a list's or table's item without a link (`_widen_to_article`)."""
    return i < len(blocks) and _tag(blocks[i]) in _TAIL_ITEM and not blocks[i].link_chars


def _widen_to_article(w: _Work, body: set[int], how: str) -> tuple[set[int], str]:
    """The blocks of the ``<article>`` around the chosen container, when it is one
    story's box: the container found by text density is often the box of the running
    paragraphs alone, and the lead, summary, ingredient list or key facts printed
    beside it in the same ``<article>`` are the story too (HTML: an ``article`` is one
    self-contained composition). Below the container only link-free list items (and a
    heading over them) are taken. Not taken when the ``article`` holds other articles
    (a list of teasers), is mostly links, or would more than double the running text.
    Chrome inside it is still taken by the later stages (captions, link lists)."""
    from .container import is_running

    blocks = w.page.blocks
    el = _common_ancestor([blocks[i].el for i in body if blocks[i].el is not None])
    box = next((e for e in ([el, *el.iterancestors()] if el is not None else []) if e.tag == "article"), None)
    if box is None:
        return body, how
    span = w.page.totals().ranges.get(box)
    if span is None or any(True for _ in box.iterdescendants("article")):
        return body, how
    # Below the container's last block, only a list's items without links (an ingredient
    # list, key facts, nutrients) and the heading over one: what else an ``article``
    # prints after its story is the page's own tail (share and donation prompts, an
    # author's bio, a disclaimer, "read more" boxes) on the suite's real pages.
    last = max(body)
    wide = {i for i in range(span[0], span[1] + 1)
            if not blocks[i].dropped and (i <= last or _tail_fact(blocks, i)
                                          or (_tag(blocks[i]) in _TAIL_HEADING and _tail_fact(blocks, i + 1)))}
    if wide <= body:
        return body, how
    chars = sum(len(blocks[i].text) for i in wide)
    links = sum(blocks[i].link_chars for i in wide)
    own = sum(len(blocks[i].text) for i in body if is_running(blocks[i]))
    added = sum(len(blocks[i].text) for i in wide - body if is_running(blocks[i]))
    if links > chars * _WIDEN_MAX_LINKS or added > own * _WIDEN_MAX_ADDED:
        return body, how
    return body | wide, f"{how} + article"


#: `_lead`: how far above the story an ``h1`` is looked for when no headline was found,
#: and the most link text a lead paragraph may hold.
_LEAD_WINDOW = 15
_LEAD_MAX_LINKS = 0.25


def _lead(w: _Work, body: set[int], headline: int | None) -> set[int]:
    """Paragraphs of running text between the headline (when none was found: the
    ``h1`` just above the story) and the container's first one: the story's lead or
    intro, printed in a box of its own beside the body's (``p.intro``, a teaser, a
    perex) that the density choice left out, however much chrome (a player, a
    photo's credits) lies between."""
    from .container import is_running

    blocks = w.page.blocks
    running = sorted(i for i in body if is_running(blocks[i]))
    if not running:
        return set()
    if headline is None:
        h1s = [i for i in range(max(0, running[0] - _LEAD_WINDOW), running[0])
               if blocks[i].el is not None and blocks[i].el.tag == "h1"]
        if not h1s:
            return set()
        headline = h1s[-1]
    start = next((i for i in running if i > headline), None)
    if start is None:
        return set()
    lead = {i for i in range(headline + 1, start)
            if i not in body and is_running(blocks[i]) and blocks[i].link_density <= _LEAD_MAX_LINKS
            and len(blocks[i].text) > _MAX_META_CHARS}  # longer than a date or by-line line
    story = [blocks[k].text for k in running]
    for i in sorted(lead):
        if _quoted(blocks[i]) and _pull_quote(blocks[i].text, story):
            lead.discard(i)
            w.take(i, PULL_QUOTE)
    return lead


def _opening_pull_quote(w: _Work, body: set[int], headline: int | None) -> None:
    """A pull quote that the container took in over the story's first paragraph (the
    lines `_lead` reads when the container left them out): the quoted lines
    (`_quoted`) that open the body's running text under the headline (past the head's
    short lines, `_MAX_META_CHARS`: a date, a by-line), each repeating a
    quote of the story under it (`_pull_quote`; antaranews.com 2017's ``<blockquote>``
    over ``div#content_news``, read with its names taken away, ablation33: the
    quote became the first paragraph and hid the story's dateline under it)."""
    from .container import is_running

    blocks = w.page.blocks
    after = headline if headline is not None else -1
    running = [i for i in sorted(body) if i > after and i not in w.verdicts and is_running(blocks[i])]
    quoted: list[int] = []
    rest: list[int] = []
    for k, i in enumerate(running):
        if blocks[i].el is not None and _quoted(blocks[i]):
            quoted.append(i)
        elif quoted or len(blocks[i].text) > _MAX_META_CHARS:
            rest = running[k:]
            break  # (short lines before the quote are the head's: its date, by-line)
    if not quoted or not rest:
        return
    story = [blocks[k].text for k in rest]
    for i in quoted:
        if _pull_quote(blocks[i].text, story):
            w.take(i, PULL_QUOTE)


def _quoted(b: HtmlBlock) -> bool:
    """Whether block ``b`` is set as a quotation (in a ``<blockquote>``) or opens with an
    ellipsis: how a pull quote is printed. A lead or a deck the story repeats is not
    one (elespectador.com's lead, peer suite, is story text)."""
    return b.text.startswith(("...", "…")) or within_tag(b.el, "blockquote", _QUOTE_DEPTH) \
        or _quote_box(b.el)


def _quote_box(el: Any) -> bool:
    """Whether ``el`` or one of its near ancestors (`_QUOTE_DEPTH`) is a box whose class
    names a quote (antaranews.com's regional template 2022: ``div.quote_old`` in the
    story's header repeating a sentence of the story, its body kept in a project's SQL
    dump, code index file id 9562923181; WordPress themes' ``pullquote``): a pull quote
    is set so. `_pull_quote` still asks that the story print its words again."""
    for _ in range(_QUOTE_DEPTH):
        if el is None:
            return False
        cls = el.get("class")
        if cls and "quote" in cls.lower():
            return True
        el = el.getparent()
    return False


def _pull_quote(text: str, story: list[str]) -> bool:
    """Whether ``text``, a line over the story, is a pull quote: its words, the quote
    marks and ellipses around them cut, are printed again inside one of the story's
    paragraphs, which says more (antaranews.com 2017, a real saved page: a
    ``<blockquote>`` between the photo and ``div#content_news`` repeating a quote of
    the story, its closing mark kept; anpandu/indonesian-news-scraper
    test/fixtures/websites/antara/antara-singlepage5.html @
    0a201b435b02bd6cf8410715863af45147a74797)."""
    core = text.strip(" .,…\"“”'")
    return len(core) >= _MIN_PULL_QUOTE_CHARS and any(core in p and len(p) > len(core) for p in story)


#: `_pull_quote`: the least text a pull quote holds.
_MIN_PULL_QUOTE_CHARS = 40
#: `_quoted`: how many elements up from a block a ``<blockquote>`` may stand.
_QUOTE_DEPTH = 3

#: `_front_page`: teasers a list needs, the share of the container's running text they
#: must hold, and how many blocks above a summary its linked title may stand.
_MIN_TEASERS = 3
_TEASER_SHARE = 0.5
_TEASER_REACH = 2
#: `_teaser_text`: the longest block that is a card's summary, not a story's paragraph.
_MAX_TEASER_CHARS = 300
#: `_card_list`: the share of a box's running text its cards must hold.
_CARD_LIST_SHARE = 0.8
#: `_card_list`: the link share over which a card's first block is its linked title.
_CARD_TITLE_LINKS = 0.5
#: `_teaser_text`: how many boxes above its cards a list of them may stand.
_CARD_LIST_LEVELS = 3
#: A site's root: no path (or an index file), no query (``/?p=123`` is a WordPress story).
_ROOT_PATH = regex.compile(r"(?i)^(?:https?:)?//[^/?#]+/?(?:index\.(?:html?|php))?(?:#.*)?$")


def _teaser_text(w: _Work, dense: set[int], *, reach: int = _TEASER_REACH, channel_stamps: bool = False,
                 within: list[int] | None = None) -> int:
    """The characters of the teaser summaries outside ``dense``: running blocks of at
    most `_MAX_TEASER_CHARS` with a linked title (a mostly-link block of three words or
    more) at most ``reach`` blocks above, in a card (the smallest box holding the
    two) that prints a date or an age (`is_stamp`) near them, one of at least
    `_MIN_TEASERS` such cards in a list: a box up to
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
                      if j not in dense and blocks[j].link_density > _LINK_LIST_DENSITY
                      and blocks[j].text.count(" ") >= 2), None)
        if title is None or title.el is None:
            continue
        card = _common_ancestor([b.el, title.el])
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
    if len(cards) < _MIN_TEASERS:
        return 0
    around = {a for i in dense if blocks[i].el is not None for a in blocks[i].el.iterancestors()}
    lists: dict[Any, set[Any]] = {}
    for card in cards:
        for level, box in enumerate(card.iterancestors()):
            if level >= _CARD_LIST_LEVELS or box in around:
                break
            lists.setdefault(box, set()).add(card)
    listed = {card for held in lists.values() if len(held) >= _MIN_TEASERS for card in held}
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
            return len(head.split()) <= _MAX_CHANNEL_WORDS and is_stamp(age)
    return False


#: `_card_index`: the share of the container's running text that its cards' summaries hold.
_CARD_INDEX_SHARE = 0.9


def _card_index(w: _Work, body: set[int]) -> bool:
    """Whether the container is a list of news cards and nothing else: at least
    `_MIN_TEASERS` running blocks, none longer than a card's summary, nearly all of them
    (`_CARD_INDEX_SHARE`) summaries under a linked title in a card that prints its date
    or its channel and age (`_teaser_text`: the title up to a block further up, over
    the channel and the date), and no ``h1`` printing the page's title (a list article,
    tests/test_heldlike_layouts.py). A channel's page of cards says no more of itself
    than that (merdeka.com 2026's ``/peristiwa``: its ``title`` names the channel, no URL)."""
    from .container import is_running

    blocks = w.page.blocks
    running = [i for i in sorted(body) if is_running(blocks[i])]
    if len(running) < _MIN_TEASERS or any(len(blocks[i].text) > _MAX_TEASER_CHARS for i in running):
        return False  # (a story's paragraph: the test ends here on nearly every page)
    titles = sum(1 for i in body if blocks[i].link_density > _LINK_LIST_DENSITY and blocks[i].text.count(" ") >= 2)
    if titles < _MIN_TEASERS or titles * 2 < len(running):
        return False  # (a short story's paragraphs, hardly a linked title among them)
    parts = title_parts(w.page.titles)
    if any(b.el is not None and b.el.tag == "h1" and norm_words(b.text) in parts for b in blocks):
        return False  # (the page prints its own headline: a list article, its items' headings linked)
    running = [i for i in running if not (is_stamp(blocks[i].text) or _channel_age(blocks[i].text))]
    total = sum(len(blocks[i].text) for i in running)
    held = _teaser_text(w, set(), reach=_TEASER_REACH + 1, channel_stamps=True, within=running)
    return held >= _CARD_INDEX_SHARE * total


def _page_footer_only(w: _Work, body: set[int]) -> bool:
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


def _index_named(w: _Work, url: str) -> bool:
    """Whether the page says it is an index of stories, by its URL's path or its
    ``<title>``'s first words (viva.co.id 2026's ``/indeks``: a card a story, its linked
    title, its channel, its date and a summary: DonnyRZ/egi-media-crawl
    fixtures/viva/indeks.html @ fe3899ce09f9)."""
    if _INDEX_PATH.match(url.strip()):
        return True
    return any(_INDEX_TITLE.match(t) for t in w.page.titles[-1:])


def _front_page(w: _Work, body: set[int]) -> str | None:
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
               if any(blocks[j].link_density > _LINK_LIST_DENSITY and blocks[j].text.count(" ") >= 2
                      for j in range(max(0, i - reach), i))]
    if len(teasers) >= _MIN_TEASERS and \
            sum(len(blocks[i].text) for i in teasers) >= _TEASER_SHARE * sum(len(blocks[i].text) for i in running):
        return what
    return None


# ---- stage: headline ----------------------------------------------------------------

#: `_find_headline`: the elements a page's body marks as its headline (schema.org
#: microdata, hAtom), in page order.
_HEADLINE_MARKUP = etree.XPath(
    "//body//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]")
_MAX_HEADLINE_CHARS = 300
#: A marked heading's own class naming the site's title or a box of other posts
#: (``h1.site-title[itemprop=headline]``, ``h2.entry-title.SidebarTitle``,
#: ``h3.slide-entry-title``: trafilatura's evaluation suite), no story's headline.
_NOT_HEADLINE_BOX = regex.compile(r"(?i)site|sidebar|widget|slide|carousel|related|teaser|card")


def _find_headline(w: _Work, body: set[int]) -> int | None:
    """The headline's block: an outlet ``title`` selector, else the longest heading
    whose words appear in a metadata title, else the last ``h1`` before the story.
    A headline that a text rule would take as chrome is not used; one labelled like a
    caption ("FOTO: ...") that a metadata title prints whole is the title, but is kept
    from the engine, whose caption rules would read it as a caption."""
    blocks = w.page.blocks
    first = min(body)

    def block_of(el: Any) -> int | None:
        text = fold_space(text_content(el))
        under = _blocks_under(w, [el])
        for b in under:
            if blocks[b].text == text or len(under) == 1:
                return b
        return None

    refs = [norm_words(t) for t in w.page.titles]
    found: int | None = None
    for s in w.sel["title"]:
        for el in w.page.select(s):
            found = block_of(el)
            if found is not None:
                break
        if found is not None:
            break
    if found is None:
        best, best_len = None, 0
        for el in w.page.root.iter("h1", "h2", "h3"):
            text = norm_words(text_content(el)[:1000])
            if text.count(" ") < 2 or len(text) < best_len:
                continue
            if len(text) == best_len and (best is None or blocks[best].link_density <= _LINK_LIST_DENSITY):
                continue  # the same title again: kept unless the first was a list's link
            if any(text in r for r in refs):
                i = block_of(el)
                if i is not None and (len(text) > best_len or blocks[i].link_density <= _LINK_LIST_DENSITY):
                    best, best_len = i, len(text)
        if best is not None and blocks[best].link_density > _LINK_LIST_DENSITY:
            best = _unlinked_headline(w, best, refs)
        found = best
    if found is None and w.page.titles:
        # A headline printed in a plain box (``<div class="judul">``, no heading tag):
        # the nearest line above the story that prints a metadata title whole, no link.
        parts = title_parts(w.page.titles)
        found = next((i for i in range(first - 1, max(-1, first - 1 - _META_WINDOW_BEFORE), -1)
                      if not blocks[i].link_chars and blocks[i].text.count(" ") >= 2
                      and norm_words(blocks[i].text) in parts), None)
    if found is None and not w.page.titles:
        # No metadata title to confirm a heading (a page saved without its <head>): the
        # last h1 before the story, unless it is a site's or section's name (a link,
        # fewer than three words: "Regional", the logo's "News") and a heading that
        # reads as a headline stands nearer the story (kompas.com 2015 and
        # republika.co.id 2016 print the headline in an h2 under such an h1). The story
        # starts at its first paragraph: a container widened to its <article> holds the
        # header box with the headline (idntimes.com 2019, the section's name over it).
        story = _story_paragraph(blocks, body)
        story = first if story is None else story
        # The headline the body's markup names: schema.org's ``itemprop=headline``, hAtom's
        # ``entry-title`` (WordPress's ``h1.entry-title``, Blogger's ``h3.post-title.entry-title``),
        # over the story's first paragraph.
        marked = [i for el in (_HEADLINE_MARKUP(w.page.root)
                               if w.page.may_hold(("entry-title",), ("itemprop",)) else ())
                  if (i := block_of(el)) is not None and story - _META_WINDOW_BEFORE <= i <= story
                  and 0 < len(blocks[i].text) <= _MAX_HEADLINE_CHARS and blocks[i].el is not None
                  and blocks[i].el.tag in _HEADINGS and not _NOT_HEADLINE_BOX.search(el.get("class") or "")
                  and norm_words(blocks[i].text) == norm_words(text_content(el)[:_MAX_HEADLINE_CHARS * 2])]
        # An h1 so marked, else the one heading so marked: several (the titles of a list
        # of other posts, each an ``h2.entry-title``) name no headline.
        top = [i for i in marked if blocks[i].el.tag == "h1"]
        marked = top[-1:] if top else marked if len(marked) == 1 else []
        # An h1 a drop stage took is a menu's (majalah.tempo.co 2022's breadcrumb prints
        # the rubric, or a stale story's title, in ``li > a > h1``): no headline.
        before = [b.index for b in blocks[:story + 1]
                  if b.el is not None and b.el.tag == "h1" and w.verdicts.get(b.index) != DROP]
        found = marked[-1] if marked else before[-1] if before else None
        if found is None or (not marked and not _headline_heading(blocks[found])):
            found = next((i for i in range(story - 1, max(-1, story - 1 - _META_WINDOW_BEFORE), -1)
                          if (found is None or i > found) and blocks[i].el is not None
                          and blocks[i].el.tag in _HEADINGS and _headline_heading(blocks[i])
                          and w.hit(i) is None), found)
    if found is None:
        return None
    hit = w.match(blocks[found].text)
    if hit is not None:
        if hit[0].kind == "caption" and any(norm_words(blocks[found].text) in r for r in refs):
            w.add("title", _uncut_title(w, found))
            w.take(found, TITLE)
            w.title_at = found
        return None
    w.add("title", _uncut_title(w, found))
    return found


def _uncut_title(w: _Work, found: int) -> str:
    """The headline block ``found``'s text, or, when the download ends inside it (the
    page's last block) and it begins a metadata title's headline, that whole headline:
    en.tempo.co 2015 cut inside its div.judul-konten printed "Coastal Vil" under an
    og:title of the whole (a cut download keeps its ``<head>``)."""
    text = w.page.blocks[found].text
    if found != len(w.page.blocks) - 1 or not w.page.titles:
        return text
    whole = title_from_metadata(w.page.titles, site_keys(w.page.metas, w.page.articles,
                                                         w.page.url or w.page.metas.get("og:url")))
    cut = norm_words(text)
    return whole if whole and cut and len(norm_words(whole)) > len(cut) and norm_words(whole).startswith(cut) \
        else text


def _unlinked_headline(w: _Work, linked: int, refs: list[str]) -> int:
    """The headline when the longest heading that a metadata title prints is a link:
    a heading that is no link and whose words the linked one holds whole, with more
    after or before them (okezone.com 2015, a real saved page: the logo's ``h1 > a``
    "<headline> :: Okezone News" over the story's own ``div.titles > h1``;
    hafizbadrie/slasherrb spec/cases/okezone.html @ 9f36a9713d1fe07755f1ea64eb481194b53d1d2c),
    the longest such; else the linked heading."""
    blocks = w.page.blocks
    whole = norm_words(blocks[linked].text)
    best, best_len = linked, 0
    for el in w.page.root.iter("h1", "h2", "h3"):
        text = norm_words(text_content(el)[:1000])
        if text.count(" ") < 2 or len(text) <= best_len or len(text) >= len(whole) or text not in whole \
                or not any(text in r for r in refs):
            continue
        for i in _blocks_under(w, [el]):
            if blocks[i].link_density <= _LINK_LIST_DENSITY and norm_words(blocks[i].text) == text:
                best, best_len = i, len(text)
                break
    return best


def _headline_heading(b: HtmlBlock) -> bool:
    """A heading's block that may be a headline: three to thirty words, no link, no
    sentence inside it (a caption's "... Enge. Bild: ...") and no full stop or colon at
    its end (a comment box's "Comments are closed.", a share bar's "Share this:"), not
    the heading of a form."""
    text = b.text.rstrip()
    if not 2 <= text.count(" ") < 30 or b.link_chars or text.endswith((".", ":")) or _INNER_STOP.search(text):
        return False
    after = b.el.getnext() if b.el is not None else None
    return after is None or after.tag != "form"  # a comment form's "Say your words"


# ---- stage: fields the outlet's selectors point at ----------------------------------

def _window(w: _Work, el: Any, lo: int, hi: int) -> list[int]:
    """The indices of ``el``'s blocks, when at least one lies in ``[lo, hi)``."""
    idx = sorted(_blocks_under(w, [el]))
    return idx if any(lo <= i < hi for i in idx) else []


def _selector_fields(w: _Work, lo: int, hi: int, story: tuple[int, int]) -> None:
    """``[html]`` subtitle, byline, editor and date selectors (the outlet's first, then
    generic ones), for elements near the article (blocks ``lo`` to ``hi``; ``story`` the
    story's first and last blocks): their text goes to the field and their blocks leave the body.
    The first selector that yields a value wins."""
    for s in w.sel["subtitle"]:
        for el in w.page.select(s):
            idx = _window(w, el, lo, hi)
            if idx and len(idx) <= _MAX_BOX_BLOCKS:
                w.add("subtitle", " ".join(w.page.blocks[i].text for i in idx))
                for i in idx:
                    w.take(i, "html-subtitle")
                break
        if w.fields.has("subtitle"):
            break
    for s in w.sel["summary"]:
        for el in w.page.select(s):
            idx = _window(w, el, lo, hi)
            if not idx:
                continue
            items = list(el.iter("li")) or [el]
            for item in items:
                w.add("summary", text_content(item)[:1000])
            for i in idx:
                w.take(i, "html-summary")
        if w.fields.has("summary"):
            break
    for key, name in (("byline", "authors"), ("editor", "editors")):
        # Editor boxes come after the story, below its tags and share bars.
        top = hi if key == "byline" else hi + _META_WINDOW_AFTER - _META_WINDOW_BEFORE
        for s in w.sel[key]:
            for el in w.page.select(s)[:20]:
                if _in_byline_widget(w, el, story) or _photo_credit(w, el) or _in_card_link(el) \
                        or (key == "byline" and _section_link(w, el)):
                    continue
                # A by-line may sit in a share bar the drop selectors took.
                idx = [i for i in _window(w, el, lo, top) if w.verdicts.get(i, DROP) == DROP]
                if not idx or len(idx) > _MAX_BOX_BLOCKS:
                    continue
                own = _microdata_name(el) if key == "byline" else ""
                own = own or (fold_space(text_content(el)[:200]) if not is_block_tag(el.tag) else "")
                # A box prints a role label or a button beside the name: the first
                # block that gives names.
                names = _names_from(w, own, name) if own else []
                named = -1
                for i in idx if not own else ():
                    names = _names_from(w, w.page.blocks[i].text, name)
                    if names:
                        named = i
                        break
                role = _role_after(w, el, idx[-1]) if names else None
                if names and key == "byline" and w.byline_at < 0:
                    w.byline_at = idx[0]
                for n in names:
                    w.add(role or name, n)
                if names:
                    for i in idx:
                        # A date printed in the by-line box is the date stage's.
                        text = w.page.blocks[i].text
                        if i == named or (own and own in text) or "T" not in (parse_date(text) or ""):
                            w.verdicts[i] = BYLINE
                            if (own and own != text) or (not own and not role) or (own and _names_another(w, text)):
                                # The box's other lines and the named line's other
                                # labels ("Penulis: A | Editor: B", "Reporter: A" over
                                # "Editor: B"): read, not lost with the block.
                                _line_fields(w, i, el, own)
                    if role:
                        w.take(idx[-1] + 1, BYLINE)
            if w.fields.has(name):
                break
    for s in w.sel["date"]:
        for el in w.page.select(s):
            value = machine_date(el.get("datetime") or el.get("content")) \
                or parse_date(fold_space(text_content(el)[:200]))
            machine = _machine_published(w) if value and "T" not in value else None
            if value and machine and machine.startswith(value):
                value = machine  # a day alone, and the machine date that day: its time too
            if value:
                w.add("published", value)
                under = sorted(_blocks_under(w, [el]))
                for i in under if len(under) <= _MAX_BOX_BLOCKS else ():
                    w.take(i, DATE)
                    _side_fields(w, i)
                break
        if w.fields.has("published"):
            break


def _role_after(w: _Work, el: Any, last: int) -> str | None:
    """The field a role printed right after by-line element ``el`` gives its names: the
    next block, in ``el``'s own small box, is a role label the text rules know
    ("Editor", "Penulis"). A credits list prints each name over its role (kompas.com
    2025: div.credit-author-name, then div.credit-author-position "Editor")."""
    box = el.getparent()
    if box is None or last + 1 >= len(w.page.blocks) or not _small(box, w):
        return None
    nxt = w.page.blocks[last + 1].el
    if nxt is None or (nxt is not box and not any(a is box for a in nxt.iterancestors())):
        return None
    hit = w.hit(last + 1)
    if hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors"):
        return None
    return str(hit[0].field)


#: Where a date or by-line line's parts meet: a separator, or the end of a printed time
#: zone (``12 Mei 2026 9:40 WIB waktu baca 2 menit``, the two inline elements side by side).
#: ... or a time zone with the next part glued to it: two inline elements printed with
#: nothing between them run together as a browser shows them (kumparan 2019-21's
#: span[data-qa-id=publish-date] and span[data-qa-id=reading-time], hooks a public
#: scraper of its live pages strips: the code index's file id 53603434947). A middle dot
#: or bullet separates with no space beside it too: a minified page prints kumparan's
#: ``<span>9:15 WIB</span><span>·</span><span>waktu baca 2 menit</span>`` with nothing
#: between the spans ("WIB·waktu baca 2 menit"; the reading time was lost). The run of
#: space before it is matched from its start only (``(?<!\s)``: linear on long runs).
_SEPARATOR = regex.compile(r"(?<!\s)\s*+[·•]\s*+|\s+\|\s+|(?<=\b(?:WIB|WITA|WIT))(?:\s+|(?=\p{Ll}))")


def _side_fields(w: _Work, i: int) -> None:
    """A date or by-line line often carries more (``2 Oktober 2023 · waktu baca 2
    menit``): the text rules read each part, and fields they find are kept."""
    for part in _SEPARATOR.split(w.page.blocks[i].text):
        hit = w.match(part.strip())
        if hit is not None and hit[0].action == "field" and hit[0].field == "reading_time_minutes":
            w.add("reading_time_minutes", hit[0].value(hit[1]))


#: `_selector_lists`: the link density up to which a line holding a matched link is prose.
_PROSE_LINKS = 0.5


#: A selector opening on a class test by substring (``[class*=related] li``): the word.
_CLASS_BOX_SELECTOR = regex.compile(r"\[class\*=([\w-]+)\] ")


def _classed_below_body(el: Any, word: str) -> bool:
    """Whether ``el`` or an ancestor under ``<body>`` has a class holding ``word``: a
    WordPress page's ``<body>`` class holds its post's slug ("single-post ...
    bvi-premier-...-on-drug-related-charges", thestkittsnevisobserver.com 2022; zfk.de
    2023's "pageLayout--related", peer suite), so ``[class*=related] li`` took every menu
    item of the page for a related title."""
    e = el
    while e is not None and e.tag not in ("body", "html"):
        if word in (e.get(b"class") or ""):
            return True
        e = e.getparent()
    return False


def _selector_lists(w: _Work, lo: int, hi: int, *, own: bool) -> None:
    """``[html]`` related and tags selectors, for elements in blocks ``lo`` to ``hi``:
    the link text of each match goes to the field. ``own``: only the selectors the
    outlet's files add (else only the base's: `HtmlRules.is_base`)."""
    from .parse import visible_text

    site_items: set[int] = set()  # related matches under a most-read list's label
    page_classes: str | None = None  # the <html> and <body> classes, read on a class selector's match
    # Tags first: a box classed both ways ("tags-terkait") is a tag list.
    for key, rule, name in (("tags", TAGS, "tags"), ("related", RELATED, "related")):
        for s in w.sel[key]:
            if s.base == own:  # (`HtmlRules.is_base`, read with the rule set)
                continue
            word = m.group(1) if (m := _CLASS_BOX_SELECTOR.match(s.source)) else None
            for el in w.page.select(s):
                if _in_widget(w, el):
                    continue
                if word is not None:
                    if page_classes is None:
                        tops = (w.page.root, w.page.root.find("body"))
                        page_classes = " ".join((e.get(b"class") or "")[:1000] for e in tops if e is not None)
                    if word in page_classes and not _classed_below_body(el, word):
                        continue  # the page's own class names it ("...-drug-related-charges"): no box
                # A box the selector names as related or tags beats the guess that
                # its links are navigation.
                linked = not is_block_tag(el.tag)
                # A tag's link in the by-line's own line ("... von <a rel=author>kj</a> in
                # <a rel="category tag">SVG</a> ... Schlagworte: <a rel=tag>StGB 12</a>":
                # WordPress's entry-meta footer, one block the by-line stage took) still
                # names a tag; the line stays the by-line's. A theme that marks the post's
                # category link rel=tag there too ("Gepostet von A | <a href=/category/wohnen/
                # rel=tag>Wohnen</a>") names its rubric, no tag.
                idx = [i for i in _window(w, el, lo, hi) if w.verdicts.get(i, DROP) in (DROP, OUTSIDE, LINKS, rule)
                       or (linked and name == "tags" and w.verdicts.get(i) == BYLINE
                           and not _RUBRIC_PATH.search((el.get(b"href") or "")[:300]))]
                if not idx:
                    continue
                if name == "related" and _under_site_list_label(w, idx[0], site_items):
                    site_items.update(idx)
                    continue
                if linked:  # a link: its own text, not its line's
                    w.add(name, visible_text(el)[:300], idx[0])
                    # A line of running text that links a word to its topic page (a
                    # story paragraph's rel=tag link) gives the value and stays.
                    idx = [i for i in idx if w.page.blocks[i].link_density > _PROSE_LINKS
                           and w.verdicts.get(i) != BYLINE]
                else:
                    for i in idx:
                        b = w.page.blocks[i]
                        if b.link_chars and name == "related" and b.el is not None and _in_titled_card(b.el):
                            # a card's picture credit or summary beside its title heading
                            # (zfk.de 2022's "Mehr zum Thema": a.basicTeaser__wrapper round
                            # a figcaption's "Bild: © ...", h3.basicTeaser__title and
                            # p.basicTeaser__text; peer suite): no title of its own
                            continue
                        if b.link_chars:
                            for text in _link_texts(b) if name == "tags" else [_title_text(b)]:
                                w.add(name, text, i)
                for i in idx:
                    w.verdicts[i] = rule


#: `_selector_lists`: a link to a rubric's page (the post's category), no tag's.
_RUBRIC_PATH = regex.compile(r"(?i)/(?:category|categories|kategori|rubrik|kanal|channel|section)/")

#: `_href_tags`: a link to a site's tag or topic page ("/tag/surabaya", "/topic/1/literasi") ...
_TAG_HREF = regex.compile(r"/(?:tags?|topics?|topik|label|hashtag)/[^/?#\s]")
#: ... in the boxes right under the story: at most this many blocks after its last paragraph.
_TAG_WINDOW = 12
#: ... and in no ``<aside>`` (a site-wide trending bar) up to this many levels above.
_TAG_BOX_LEVELS = 6


def _href_tags(w: _Work, body: set[int]) -> None:
    """The story's tags when no selector or label gave them, whatever their boxes are
    called: the first run of link lines under the story's last paragraph (within
    `_TAG_WINDOW` blocks) whose every link goes to a tag or topic page (`_TAG_HREF`:
    tribunnews 2024's h5 > a[href=/tag/...], kumparan 2026's li > a[href=/topic/...],
    majalah.tempo.co 2022's div > a[href=.../tag/...], bisnis 2025's li > a[href=/topic/N/...]
    read with their names taken away; ablation31). A story line that links a word to its
    topic page is running text, no such line; a widget's box (`_in_widget`) or an aside's
    is none; a page whose keyword metas it prints as links gets those (`_printed_keywords`)."""
    from .container import is_running

    if w.fields.has("tags"):
        return
    blocks = w.page.blocks
    # The story's last paragraph: the last body block, from the end, that reads so.
    last = next((i for i in sorted(body, reverse=True) if i not in w.verdicts and is_running(blocks[i])
                 and blocks[i].link_density <= _PROSE_LINKS), None)
    if last is None:
        return
    run: list[tuple[int, list[str]]] = []
    for i in range(last + 1, min(len(blocks), last + 1 + _TAG_WINDOW)):
        b = blocks[i]
        texts = _tag_links(b) if b.el is not None and b.link_density > _LINK_LIST_DENSITY \
            and w.verdicts.get(i, DROP) in (DROP, OUTSIDE, LINKS) else []
        # The box tests climb and search class names: asked of tag links only (few
        # blocks' links all go to tag pages), not of every link block under the story.
        if texts and (_in_widget(w, b.el) or within_tag(b.el, "aside", _TAG_BOX_LEVELS)):
            texts = []
        if texts:
            run.append((i, texts))
        elif run:
            break
    if not run or _printed_keywords(w):
        return  # (the page's keyword metas that it prints as links give the tags, in their order)
    for i, texts in run:
        for text in texts:
            w.add("tags", text, i)
        w.verdicts[i] = TAGS


def _tag_links(b: HtmlBlock) -> list[str]:
    """The texts of block ``b``'s links when every one goes to a tag or topic page. A
    bare "#" button opening the bar is its label, no link of the list (duniaku.net 2019,
    an IDN Media site: ``a.button.is-active`` "#" with an empty href, then the tag buttons
    to /tag/ pages; fardiyadi/idnmedia2.github.io adproducts/preview/desktop/duniaku/
    detail.html @ 123204aec725)."""
    texts = []
    for a in b.el.iter("a"):
        text = fold_space(text_content(a))
        if not text or text == "#":
            continue
        if not _TAG_HREF.search((a.get(b"href") or "")[:500]):
            return []
        texts.append(text[:300])
    return texts


# Class or id words of boxes whose links are never a story's related titles or tags:
# sponsored and recommendation widgets (Outbrain, Taboola, MGID, "Recommended by"),
# shop widgets (TribunShopping), most-read and trending lists, people profiles
# (kapanlagi 2015 "ARTIS TERKAIT": profiles, not stories).
_WIDGET = regex.compile(
    r"(?i)sponsor|outbrain|taboola|mgid|dable|revcontent|recommended|shopping|\bshop|profil|"
    r"terpopuler|populer|popular|most[-_]?(?:read|viewed)|trending|\bads?\b|iklan"
)


# By-lines are never read from member or writer recommendations and sidebars
# (IDN Times community pages: a "Rekomendasi Member" widget lists other writers), nor
# from a related story's card (its writer's ``a.author.fn`` in the theme's
# ``div#cb-related-posts`` slider) or a comment (``span.comment-author-link``): the
# story's own by-line, when the head names no writer, is all a page gives.
_NOT_BYLINE_BOX = regex.compile(
    r"(?i)rekomendasi|recommend|sidebar|suggest|other[-_]?writer|related|terkait|comment|komentar")


def _in_byline_widget(w: _Work, el: Any, story: tuple[int, int]) -> bool:
    """`_in_widget` for `_NOT_BYLINE_BOX`, but a box that holds the story's first or last
    block (``story``) is the page's layout, not a sidebar nor a recommendation: a theme names
    its two-column wrapper by the sidebar beside the story (``div.container.layout-2-col
    .layout-right-sidebar``: the Publisher theme's single post, whose
    ``span.post-author-name`` in the story's header was refused; Genesis's
    ``div.content-sidebar-wrap``; ``div.post-wrap.sidebar-off``; a script's hook
    ``section.article__content.js-truncate-related-to-my-size`` around the story). A box
    inside the story (a "Baca Juga" card between paragraphs) holds neither end. Without
    a ``<head>`` to name the writer, such a by-line was the page's only one."""
    if not _in_widget(w, el, _NOT_BYLINE_BOX):
        return False
    e = el
    while e is not None and e.tag not in ("body", "html"):
        words = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        if words.strip() and _NOT_BYLINE_BOX.search(words):
            span = w.page.block_range(e)
            if span is None or not (span[0] <= story[0] <= span[1] or span[0] <= story[1] <= span[1]):
                return True
        e = e.getparent()
    return False


#: `_in_card_link`: the levels walked up, and the characters a card's link holds beyond
#: the by-line (a title and a summary, not a name's link).
_CARD_LINK_LEVELS = 6
_CARD_LINK_MORE = 40


def _section_link(w: _Work, el: Any) -> bool:
    """Whether by-line element ``el`` prints only a link to the story's own section: a
    link whose path is a proper prefix of the page's address, two segments or more
    (popbela.com 2019 mobile prints the rubric "Working Life" as
    ``div.author-name > a[href=/career/working-life]`` over the date, the story at
    /career/working-life/<writer>/<slug>, the writer's name further down in
    ``div.item-name.author-name``; fardiyadi/idnmedia2.github.io adproducts/preview/
    mobile/popbela/fullsitetakeover-detail.html @ 123204aec725a41d6dc74075ed3b0fcec01060f0).
    One segment is a writer's page as often (kumparan.com/<writer>/<slug>)."""
    page = w.page.url
    if not page:
        return False
    links = list(itertools.islice(el.iter("a"), 2))
    if len(links) != 1 or fold_space(text_content(links[0])[:200]) != fold_space(text_content(el)[:200]):
        return False
    href = _page_link(links[0])
    if not href:
        return False
    here, there = urlsplit(page), urlsplit(href)
    if there.netloc and there.netloc.lower() != here.netloc.lower():
        return False
    path = [p for p in there.path.split("/") if p]
    own = [p for p in here.path.split("/") if p]
    return len(path) >= 2 and len(path) < len(own) and own[:len(path)] == path


def _in_card_link(el: Any) -> bool:
    """Whether by-line element ``el`` sits in a link that wraps a whole card: another
    story's teaser whose ``<a>`` holds its title, its summary and "von <span
    class=author>A</span>" (emotion.de's teasers under the story in the suite:
    ``a > header + div.field--summary > span.author``), not a writer's linked name."""
    up = el
    for _ in range(_CARD_LINK_LEVELS):
        up = up.getparent()
        if up is None or up.tag in ("body", "html"):
            return False
        if up.tag == "a":
            return len(text_content(up)[:1000].strip()) > len(text_content(el)[:200].strip()) + _CARD_LINK_MORE
    return False


#: `_microdata_name`: the elements under an ``itemprop=author`` item read for its name.
_MAX_ITEM_WALK = 60


def _microdata_name(el: Any) -> str:
    """The name a schema.org ``itemprop=author`` item marks with its own ``itemprop=name``
    (a ``Person``'s box prints a label, a picture and a bio around it: "Über <span
    itemprop=name>Kathrin</span>", a food blog's ``section.bmg-author-box[itemprop=author]
    [itemscope]`` after the story in trafilatura's evaluation suite; a news CMS's ``div
    [itemprop=author] > div[itemprop=name]`` above an e-mail address), its text or its
    ``content``; "" when ``el`` is no author item or marks no name of its own (a name
    inside a nested item is that item's: the publisher's)."""
    if el.get(b"itemprop") != "author" or len(el) == 0:
        return ""
    walked = 0
    for e in el.iter():
        walked += 1
        if walked > _MAX_ITEM_WALK:
            break
        if e is el or not isinstance(e.tag, str):
            continue
        if e.get(b"itemprop") == "name":
            up = e.getparent()
            while up is not None and up is not el and up.get(b"itemscope") is None:
                up = up.getparent()
            if up is el:
                return fold_space(e.get(b"content") or text_content(e)[:100]).strip(" ,")
    return ""


def _photo_credit(w: _Work, el: Any) -> bool:
    """Whether ``el`` is a photo's credit: printed beside the picture in the photo's
    own small box, which is no person box (kompas.com 2016: div.photo > img +
    span.author "Dok. ..." + the caption text)."""
    box = el.getparent()
    return box is not None and box.tag not in ("body", "html") and _holds_image(box, w) \
        and not _holds_image(el, w) and _small(box, w) and not _person_box(box, w)


def _in_widget(w: _Work, el: Any, pattern: Any = _WIDGET) -> bool:
    """Whether ``el`` sits in a sponsored, shop, most-read or trending box (its own
    or an ancestor's class or id says so, up to the page's body). Answered once per
    element and pattern: every element walked on the way up gets the same answer."""
    memo = w.widgets.setdefault(pattern, {})
    walked = []
    found = False
    e = el
    while e is not None:
        got = memo.get(e)
        if got is not None:
            found = got
            break
        if e.tag in ("body", "html"):
            break
        walked.append(e)
        words = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        if words.strip() and pattern.search(words):
            found = True
            break
        e = e.getparent()
    for e in walked:
        memo[e] = found
    return found


#: `_update_stamp`: how many elements from the one printing a date are looked at.
_UPDATE_STAMP_WALK = 8


def _update_stamp(e: Any) -> bool:
    """Whether element ``e``, or one inside it, is marked as the update time (hAtom's
    ``time.updated``, schema.org's ``dateModified``: `_marks_update`)."""
    return any(isinstance(d.tag, str) and _marks_update(d)
               for d in itertools.islice(e.iter(), _UPDATE_STAMP_WALK))


def _line_fields(w: _Work, i: int, own_el: Any, own: str) -> None:
    """The other names a by-line block prints beside the inline element the selector
    found (``<span class="author">Penulis: A</span> | <span>Editor: B</span> <time>``,
    one block): the text rule that reads the whole line (its ``editors`` group), else
    the rules that read the block's other inline elements one by one ("Editor: B").
    The element's own text alone never showed them. When the block's line is more than
    a by-line (its date printed after the names), the element's own text is read whole
    too: an element that holds both names (a regional news CMS of 2021-25, span.author
    around "Penulis : <a>A</a>" and "Editor : <a>B</a>", then time.date in the same
    line: code index file id 19053735566) names the editor in its text rule's
    ``editors`` group."""
    b = w.page.blocks[i]
    hit = w.match(b.text)
    parts = [hit] if hit is not None else []
    if hit is None and own and own != b.text and len(own) <= _MAX_META_CHARS and (got := w.match(own)) is not None:
        parts.append(got)
    if hit is None and b.el is not None:
        for e in b.el.iterdescendants():
            if e is own_el or not isinstance(e.tag, str) or is_block_tag(e.tag) \
                    or any(a is own_el for a in e.iterancestors()):
                continue
            # Folded before it is measured: cut first, a run of layout white space
            # inside the element (a minified page keeps the indentation that begins a
            # text) made a long text look short, and the cut ended a name mid-word
            # ("Penulis : Rina Wulandari E", the editor's label cut to its initial).
            raw = text_content(e)
            if len(raw) > _MAX_RAW_META_CHARS:
                continue
            text = fold_space(raw)
            if 0 < len(text) <= _MAX_META_CHARS and (got := w.match(text)) is not None \
                    and not (got[0].field == "published" and _update_stamp(e)):
                # (a date element marked as the update time, hAtom's ``time.updated`` in a
                # WordPress entry-meta row, is no publication date: tests/test_headless_pages.py)
                parts.append(got)
    for rule, m in parts:
        if rule.action != "field":
            continue
        if rule.field == "published" and (day := parse_date(rule.value(m))):
            # The date printed after the name in the by-line's line (ggwp.id 2019 mobile:
            # ``section.post-info > span.author > a`` "<name>", ``span`` " - ",
            # ``span.date`` "15 July 2019"; idnmedia/preview adproducts/preview/mobile/ggwp/
            # detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01): the story's date,
            # lost with the block the by-line took.
            w.add("published", day)
            continue
        found = ([(str(rule.field), rule.value(m))] if rule.field in ("authors", "editors") else []) \
            + rule.extra_fields(m)
        for name, value in found:
            if name in ("authors", "editors"):
                for n in split_names(value):
                    w.add(name, n)  # (the clean step tests the name: `cleaner.names.name_value`)


def _names_another(w: _Work, text: str) -> bool:
    """The text rule that reads by-line line ``text`` whole names an editor too (its
    ``editors`` group: "Penulis : A Editor : B Senin, 3 November 2025 10:15 WIB", the
    by-line element's own text when it holds the names and the date)."""
    hit = w.match(text)
    return hit is not None and hit[0].action == "field" and any(
        name == "editors" for name, _ in hit[0].extra_fields(hit[1]))


def _names_from(w: _Work, text: str, field_name: str) -> list[str]:
    """Names in a by-line box: through the text rules (``Pewarta: A dan B``), else the
    box's text when it is short and has no digits (a trailing ``- channel`` cut). A
    desk or team the box credits ("Tim detikcom - detikNews": news.detik.com 2026,
    div.detail__author, DonnyRZ/egi-media-crawl fixtures/detik/sample-article.html @
    fe3899ce09f979d63f69625c9c178147fd0f035b) names no person (`_desk_credit`), as
    the same credit in JSON-LD does not."""
    hit = w.match(text)
    if hit is not None:
        rule, m = hit
        # An "Editor: X" line inside a by-line box names an editor, not the writer.
        if rule.field == field_name and rule.action == "field":
            return [n for n in split_names(rule.value(m)) if is_name(n) and not _desk_credit(w, n)]
        return []
    if len(text) > 60 or _NOT_A_NAME.search(text) or text.count(" ") > 5:
        return []
    return [n for n in split_names(_CHANNEL_SUFFIX.sub("", _BY_PREFIX.sub("", text, count=1)))
            if is_name(n) and not _desk_credit(w, n)]


def _desk_credit(w: _Work, name: str) -> bool:
    """Whether a by-line box's ``name`` credits a desk or team, not a person: a name the
    text rules drop as a desk's sign-off ("Tim Redaksi", "Tim detikcom"), or, on a page
    in Indonesian, one `person_name` refuses ("Tim Liputan", "Redaksi Kabar": ``tim``
    is Indonesian for team; an English page's "Tim Smith" stays a writer)."""
    hit = w.match(name)
    if hit is not None and hit[0].kind == "signoff" and hit[0].action == "drop":
        return True
    return _indonesian(w.page) and person_name(name, None) is None


# ---- stage: captions ----------------------------------------------------------------

_PERSON_BOX = regex.compile(r"(?i)author|avatar|profil|\bbio\b|biography|writer|penulis|reporter|contributor")
#: ... or a class misspelt so (duniaku.net 2019, IDN Media: div.writter-section): a plain
#: string test, as a pattern alternative cost every class test ~10% (the pattern's literal set).
_PERSON_BOX_MISSPELT = "writter"
_AVATAR = regex.compile(r"(?i)avatar")


def _person_box(e: Any, w: _Work) -> bool:
    """A small box about a person (author box: avatar, name, bio), by its class or id,
    holding no ``<h1>`` (a photo story's box, its headline and text, whose class names
    a "profil": detik 2016) (answered once per element: every block below it asks)."""
    got = w.person_boxes.get(e)
    if got is None:
        names = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        got = w.person_boxes[e] = bool(_PERSON_BOX.search(names) or _PERSON_BOX_MISSPELT in names) \
            and _holds_image(e, w) and _small(e, w) and next(e.iter("h1"), None) is None
    return got


def _avatars_only(e: Any) -> bool:
    """Whether every picture in ``e`` is a person's avatar (its class, alt or file
    says so): a credits or contributors box, not a photo (liputan6 2016:
    div.read-page--credits, img.read-page--credits__avatar)."""
    imgs = [f"{img.get('class') or ''} {img.get('alt') or ''} {img.get('src') or ''}"[:500] for img in e.iter("img")]
    return bool(imgs) and all(_AVATAR.search(t) for t in imgs)


def _holds_image(e: Any, w: _Work) -> bool:
    """Whether ``e`` holds an ``<img>`` that is a picture, not a glyph printed inside a
    line of text (a smiley in a forum post: text before it). One set per page: not a
    subtree search per ancestor of every block, which was quadratic on deep pages."""
    if w.image_holders is None:
        w.image_holders = _image_holders(w.page.root, w.dropped_boxes, w.page.styled)
    return e in w.image_holders


def _image_holders(root: Any, dropped: set[Any], styled: list[Any] | None = None) -> set[Any]:
    """The ancestors of every ``<img>`` under ``root`` that is a picture (`_in_line`
    says no) and sits in no chrome an ``[html] drop`` selector took (``dropped``): a
    share widget's button icons are no photo, and a by-line box beside them is no
    caption box (detikTravel 2022, a real page: ``div.share-box > a.fb > img`` next
    to the ``ugc__block`` by-line, whose desk label was read as the caption).
    One walk up from each picture, ending at the first ancestor already held: the set
    holds every ancestor of a held one, none of them dropped, so what is above it
    changes nothing (not a walk to the root for the drop test and another for the
    set: a step up makes an element proxy where none is alive, ~600 instructions).
    ``styled``: the elements of ``root`` whose style holds a ``url(``, when known
    (`HtmlPage.styled`)."""
    holders: set[Any] = set()
    for img in itertools.chain(root.iter("img"), _css_pictures(root, styled)):
        if _in_line(img) or (img.tag == "img" and _icon_file(img.get("src"))):
            continue
        below: list[Any] = [] if img.tag == "img" else [img]
        for a in img.iterancestors():
            if a in holders:
                break
            if a in dropped:
                below.clear()
                break
            below.append(a)
        holders.update(below)
    return holders


def _css_pictures(root: Any, styled: list[Any] | None) -> list[Any]:
    """The elements under ``root`` whose ``style`` draws a picture (a background image's
    ``url(...)``: `_CSS_PICTURE`) and that print no text, among ``styled`` (those whose
    style holds a ``url(``, as the block walk read them; else read again): a photo's box whose
    picture is a CSS background, not an ``<img>`` (a sports news template, 2022-23, code
    index file id 7868695998: ``div.banner[style="background-image: url('...')"]``; a
    ``figure`` whose picture is such a ``div``), read as an ``<img>``'s box is (and, as
    an ``<img>``, not when it comes after text of its line: appen.com's language switcher
    in the peer suite, "EN" and a flag drawn from a sprite). Not a link or one inside a
    link: a linked thumbnail is a card's (the same template's sidebar cards; biobiochile.cl's
    "Lee también..." box in the peer suite, whose label was read as the caption of its
    card's picture), a linked cover a lightbox's, with the breadcrumb under it (lapresse.tn,
    peer suite), which the picture gives no reason to read as its caption."""
    if styled is None:
        from .parse import styled_with_url

        styled = styled_with_url(root)
    return [el for el in styled
            if _CSS_PICTURE.search((el.get("style") or "")[:300]) and el.tag != "a"
            and not any(t.strip() for t in el.itertext()) and next(el.iterancestors("a"), None) is None]


#: `_icon_file`: a picture file named for a control or an icon ("pdf.png", "print.gif",
#: "bookmark_remove.png", "icon-share.svg"), or kept in an icons folder: a button's
#: glyph, no photo.
_ICON_FILE = regex.compile(r"(?i)/icons?/|(?:^|[/_.-])(?:icons?|pdf|print|email|mail|rss|bookmarks?|share)"
                           r"(?:[_-][a-z]+)?\.(?:png|gif|svg|jpe?g|webp)\b")


#: The words one of which an icon's address holds (`_icon_file`'s gate before its pattern).
_ICON_WORDS = ("icon", "pdf", "print", "mail", "rss", "bookmark", "share")


def _icon_file(src: str | None) -> bool:
    """Whether picture address ``src`` names a control's glyph (`_ICON_FILE`), not a photo:
    viconsortium.com 2022's ``a[href$=/pdf] > img[src$=/img/pdf.png]`` and
    ``img.detail_bookmarks`` beside its by-line and date line, which read as a picture's
    caption (peer suite)."""
    if not src or len(src) > 500 or not any(w in src for w in _ICON_WORDS):
        return False
    return _ICON_FILE.search(src) is not None


def _in_line(img: Any) -> bool:
    """Whether ``img`` (or a box drawing a picture with CSS) comes after text of its
    parent's line."""
    before = img.getprevious()
    text = before.tail if before is not None else img.getparent().text if img.getparent() is not None else ""
    return bool((text or "").strip())


def _small(e: Any, w: _Work) -> bool:
    """Whether ``e``'s text fits a caption. Its blocks' characters first (counted
    once per page): more than that many, and it cannot."""
    if w.page.totals().chars.get(e, 0) > _MAX_CAPTION_CHARS:
        return False
    n = 0
    strip = w.page.pretty  # a pretty-printer's indentation, growing with depth, is no caption text
    for piece in e.itertext():  # read no further than the limit (a box may hold a 16 MB script)
        n += len(piece.strip() if strip else piece)
        if n > _MAX_CAPTION_CHARS:
            return False
    return True


#: `_caption_box`: how many elements under a block's own it looks through for a caption's.
_INLINE_CAPTION_WALK = 12


def _caption_box(w: _Work, b: HtmlBlock, stop: Any, caption_els: set[Any],
                 memo: dict[tuple[Any, Any], Any]) -> Any | None:
    """The caption box holding block ``b``: a ``[html] caption`` match, or a small
    non-paragraph element holding an image and no heading (below ``stop``, the
    container, for blocks inside it). ``memo``: the answer for each (element, stop)
    walked already; blocks share ancestors, and reading a large box again per block
    was quadratic (a 130 KB page under one wrapper with a logo: 7 s)."""
    e = b.el
    if e is not None and caption_els and e not in caption_els and len(e):
        # A caption element inline in the block's element beside an embedded player,
        # printing the block's whole text: its box (idntimes.com 2019 mobile's video,
        # ``div.embed-image > embed`` + ``span.main-article-source`` with the video's
        # credit, no picture beside it: `_captions` drops it; fardiyadi/idnmedia2.github.io
        # idn/preview/idntimes/fsto/index-m-detail.html @ 8a480a07adc2f4975861fcdd9b2e5c89d7f8be0e).
        # With no player beside it, a caption-classed label is no box of its own
        # (an ad slot's, tests/test_heldlike_layouts.py).
        inline, media = None, False
        for d in itertools.islice(e.iterdescendants(), _INLINE_CAPTION_WALK):
            if d.tag in _MEDIA_TAGS:
                media = True
            elif inline is None and d in caption_els \
                    and fold_space(text_content(d)[:_MAX_CAPTION_CHARS]) == b.text:
                inline = d
        if media and inline is not None:
            return inline
    walked = []
    found = None
    while e is not None and e is not stop:
        key = (e, stop)
        if key in memo:
            found = memo[key]
            break
        walked.append(key)
        if e in caption_els:
            found = e
            break
        if e.tag in _HEADINGS or _person_box(e, w):
            break  # an author box's avatar and bio are not a photo and its caption
        if e.tag not in ("p", "body", "html") and _holds_image(e, w):
            if _small(e, w) and not any(True for _ in e.iter(*_HEADINGS)):
                found = e
            break
        e = e.getparent()
    for key in walked:  # every element on the way has the same answer
        memo[key] = found
    if found is not None and found not in caption_els and b.el.tag in _PROSE_TAGS:
        return None  # a paragraph beside a picture (a lead with its photo), not its caption
    if found is not None and found not in caption_els and _prose_box(w, found):
        return None
    return found


#: `_prose_box`: the sentences that make a small box beside a picture prose, not a caption.
_PROSE_BOX_SENTENCES = 3


def _prose_box(w: _Work, box: Any) -> bool:
    """Whether a box found by its shape (small, holding a picture) prints
    `_PROSE_BOX_SENTENCES` lines or more that read as sentences, no links: a caption is
    a line or two (its text, a credit); lines of prose beside a picture are the story's
    (a blog post's conclusion cut by ``<br>`` in the ``div`` of its rating picture,
    weinlachgummis.blogspot.com; a forum post's lines beside its poster's avatar:
    trafilatura's evaluation suite, where such boxes were read as captions)."""
    got = w.page.block_range(box)
    if got is None:
        return False
    blocks = w.page.blocks
    n = 0
    for j in range(got[0], got[1] + 1):
        x = blocks[j]
        if x.el is not None and not x.link_chars and is_sentence_like(x.text):
            n += 1
            if n >= _PROSE_BOX_SENTENCES:
                return True
    return False


def _inline_captions(w: _Work, caption_els: set[Any]) -> dict[int, Any]:
    """Caption matches that are inline elements printing a whole block of their own
    (merdeka.com 2015, a real page: ``span#mdk-body-news-caption`` bare in the story's
    box, between the photo's box and an ad's): by block. Such a block's element is the
    box around it, which no caption selector names. Only beside a picture: an ad
    unit's ``span.proper-caption`` "Advertisement:" (salon.com, peer suite) is none."""
    out: dict[int, Any] = {}
    for e in caption_els:
        if isinstance(e.tag, str) and not is_block_tag(e.tag) and _small(e, w) and _by_picture(e, w):
            text = fold_space(text_content(e))
            for i in _blocks_under(w, [e]):
                if text and w.page.blocks[i].text == text:
                    out[i] = e
    return out


def _after_image(e: Any, w: _Work) -> bool:
    """Whether the element printed right before ``e`` is or holds a picture (a photo's
    box, its caption under it: merdeka.com 2015's ``div#berita-foto`` then
    ``span#berita-caption``; okezone.com 2015's ``img#imgCheck`` then
    ``div.caption-img-ab``)."""
    prev = _previous_element(e) if e is not None else None
    return prev is not None and (prev.tag in ("img", "picture") or _holds_image(prev, w))


#: `_credit_after_picture`: a photo credit printed after its picture in the picture's
#: own paragraph: short, a source and a name parted by a slash, no sentence's end.
_CREDIT_AFTER_PICTURE = re.compile(r"[^\s/]{2,40}(?: [^\s/]{1,40}){0,2}/[^\s/][^/]{0,60}")
_MAX_PICTURE_CREDIT = 80


def _credit_after_picture(b: HtmlBlock, w: _Work) -> bool:
    """Whether block ``b`` is the credit that a paragraph prints right after its picture,
    with nothing before the picture: ``<p><img ...>Instagram/Name</p>`` (IDN Times 2019
    community stories as their editor saves them, each photo's credit in the picture's
    own ``p``: a project's SQL dump, code index file id 30265637794, row 107). A
    paragraph beside a picture stays prose (`_caption_box`); only a line of the credit's
    shape, a source and a name parted by a slash with no sentence's end, is its caption."""
    text = b.text
    e = b.el
    if len(text) > _MAX_PICTURE_CREDIT or "/" not in text or text[-1] in ".!?:\"”" or e is None or e.tag != "p":
        return False
    first = next(iter(e), None)
    if first is None or (e.text or "").strip() or not (first.tag == "img" or _holds_image(first, w)):
        return False
    return fold_space(first.tail or "") == text and _CREDIT_AFTER_PICTURE.fullmatch(text) is not None


def _by_picture(e: Any, w: _Work) -> bool:
    """Whether ``e`` sits beside a picture: its previous element, or its parent,
    holds an image; or ``e`` is all its parent prints and the parent's previous
    element holds one (majalah.tempo.co 2022, a real saved page: the story's second
    photo as ``<p><img></p>``, its caption as ``<p><small>...</small></p>`` under it)."""
    prev = _previous_element(e)
    parent = e.getparent()
    if (prev is not None and _holds_image(prev, w)) or (parent is not None and _holds_image(parent, w)):
        return True
    if prev is not None or parent is None or fold_space(text_content(parent)) != fold_space(text_content(e)):
        return False
    before = _previous_element(parent)
    return before is not None and _holds_image(before, w)


#: A link's address that names a picture file: a lightbox link to the full photo.
_PICTURE_FILE = regex.compile(r"(?i)\.(?:jpe?g|png|webp|gif|avif)(?:[?#][^/]*)?$")


def _picture_link(el: Any) -> bool:
    """Whether ``el`` prints inside a link to a picture file and holds no other link:
    the photo's lightbox link drawn round the picture and its caption (the JNews
    WordPress theme, used by many regional portals: div.jeg_featured > a[href=full
    .jpg] > img + p.wp-caption-text; a saved copy of the layout in a public
    repository, code index file id 25206820936). Such a link is the picture's, not
    a line of navigation, and the caption under it is still a caption."""
    if el is None:
        return False
    link = next((a for a in el.iterancestors("a")), None)
    if link is None or not _PICTURE_FILE.search(link.get("href") or ""):
        return False
    return all(_PICTURE_FILE.search(a.get("href") or "") for a in el.iter("a"))


#: `_media_address`: the elements that embed another page's player.
_MEDIA_TAGS = ("embed", "iframe", "video", "object")


def _media_address(el: Any, text: str) -> bool:
    """Whether ``el`` holds an embedded player (``embed``, ``iframe``, ``video``,
    ``object``) whose address is ``text``, the line printed beside it: the video's
    credit as its URL (idntimes.com 2019: ``div.embed-image > embed[src=youtube.com/
    embed/...]`` + ``span.main-article-source`` printing the same address; the dev
    corpus's idn-resep-daging-jamur, whose gold holds it nowhere), no story line."""
    if el is None:
        return False
    address = text.strip()
    for n, m in enumerate(el.iter(*_MEDIA_TAGS)):
        if n >= 4:
            break
        if (m.get("src") or m.get("data") or "").strip() == address:
            return True
    return False


#: `_source_credit_link`: the links a credit line may print, and the longest such line.
_MAX_CREDIT_LINKS = 2
_MAX_SOURCE_CREDIT_CHARS = 80


def _source_credit_link(el: Any, text: str) -> bool:
    """Whether block element ``el`` prints only links whose text is their own address's
    host (``<a href="https://nz.pinterest.com/pin/...">nz.pinterest.com</a>``): a photo's
    credit naming the site it came from, printed under the picture as a link to it
    (popbela.com 2019 desktop, IDN Times' CMS: ``div > img + a`` "<site>" after each
    ``h2`` of a list story; idnmedia/preview adproducts/preview/desktop/popbela/
    detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01), no line of navigation: still
    the caption, found by its box as `_captions` finds any."""
    if el is None or len(text) > _MAX_SOURCE_CREDIT_CHARS or "." not in text:
        return False
    links = list(itertools.islice(el.iter("a"), _MAX_CREDIT_LINKS + 1))
    if not links or len(links) > _MAX_CREDIT_LINKS:
        return False
    shown = []
    for a in links:
        label = fold_space(text_content(a)).lower().removeprefix("www.")
        try:
            host = urlsplit(_page_link(a)).hostname or ""
        except ValueError:  # a malformed address ("http://[x")
            return False
        if not label or host.removeprefix("www.") != label:
            return False
        shown.append(label)
    return fold_space(text).lower().replace("www.", "") == " ".join(shown)


def _dead_credit_link(el: Any) -> bool:
    """Whether ``el`` is a ``figcaption`` whose links lead nowhere (``javascript:;``,
    ``#``): the photo's credit printed as a dead link (popbela.com 2019's
    ``figcaption.pic-source > a[href="javascript:;"]`` "<site>" under the cover;
    fardiyadi/idnmedia2.github.io adproducts/preview/mobile/popbela/
    fullsitetakeover-detail.html @ 123204aec725a41d6dc74075ed3b0fcec01060f0), no line of
    navigation: still the caption. A card's figcaption linking to its story is not."""
    if el is None or el.tag != "figcaption":
        return False
    links = list(itertools.islice(el.iter("a"), 4))
    return bool(links) and not any(_page_link(a) for a in links)


#: `_teaser_thumbnail`: how many levels above a picture box a teaser's title link is
#: looked for, and how many links each level reads at most.
_TEASER_LEVELS = 3
_TEASER_LINKS = 60


def _page_link(a: Any) -> str:
    """The address of link ``a`` when it leads to another page: not empty, not a
    fragment (``#``, a gallery's zoom button), no script and no picture file (a
    lightbox, `_picture_link`)."""
    href = (a.get("href") or "").strip()
    if not href or href[0] == "#" or href[:11].lower() == "javascript:" or _PICTURE_FILE.search(href):
        return ""
    return href


def _teaser_thumbnail(e: Any) -> bool:
    """Whether ``e``'s pictures are a teaser card's thumbnail: each is a link to
    another page that a text link near it names too (the card's title). A card of
    another page (a photo gallery's box under the story, a related story's card)
    prints that page's thumbnail and its title, both linking there; the line beside
    the thumbnail describes that page, no photo of this story, so it is no caption
    (kapanlagi.com 2016, a real saved page: div.photonews-det-warper >
    div.photonews-title > a "Lihat Foto ...", then div.photonews-list >
    div.item-warper-large > a > img beside div.photo-desc, the gallery's one-line
    description; anpandu/indonesian-news-scraper
    test/fixtures/websites/kapanlagi/kapanlagi-singlepage2.html @
    9072935215bb2d1d7d60216fedee6a29f9eeebba). A story's own photo is printed bare,
    linked to its picture file or to ``#``, or linked to a gallery no title link names:
    it keeps its caption."""
    hrefs = set()
    for img in e.iter("img"):
        link = next(img.iterancestors("a"), None)
        href = _page_link(link) if link is not None else ""
        if not href:
            return False
        hrefs.add(href)
    if not hrefs:
        return False
    box = e
    for _ in range(_TEASER_LEVELS):
        box = box.getparent()
        if box is None:
            return False
        for n, a in enumerate(box.iter("a")):
            if n >= _TEASER_LINKS:
                break
            if a.get("href", "").strip() in hrefs and a.find(".//img") is None and fold_space(text_content(a)):
                return True
    return False


def _previous_element(e: Any) -> Any:
    """The element before ``e`` among its siblings (comments skipped), or None."""
    prev = e.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments between them
        prev = prev.getprevious()
    return prev


def _captions(w: _Work, body: set[int], lo: int, last: int, headline: int | None = None) -> None:
    """Caption boxes from the headline to the story's end; the blocks of one box make
    one caption (credit and caption text joined). A block a text rule reads as
    something else (a date, a by-line) is not caption text. Above the headline, only
    the box of the page's own picture (its ``og:image``) is a caption: the story's
    photo printed over the headline (Tempo English 2015), not a sidebar's teaser.
    The line right under the headline in a box named for a caption that holds no
    picture, which the page's description repeats, is the deck (`_described_deck`):
    popbela.com 2019's ``p.caption-title`` under ``h2.post-title``
    (fardiyadi/idnmedia2.github.io adproducts/preview/mobile/popbela/
    fullsitetakeover-detail.html @ 123204aec725a41d6dc74075ed3b0fcec01060f0)."""
    caption_els = {e for s in w.sel["caption"] for e in w.page.select(s)}
    inline = _inline_captions(w, caption_els)
    container = _common_ancestor([w.page.blocks[i].el for i in body])
    # A box found by its shape that holds the story's container is the page's wrapper,
    # no photo's box: on a short page (a few hundred letters, under `_MAX_CAPTION_CHARS`)
    # the wrapper of headline, photo, caption and story reads as "small, with an image",
    # and the headline printed in a <span> above the photo was joined to the caption
    # (kumparan.com 2019-21, spans of generated classes: tests/test_real_layouts_tki_2028.py).
    holds_story = set() if container is None else {container, *container.iterancestors()}
    boxes: dict[Any, list[int]] = {}
    alt_boxes: set[Any] = set()
    memo: dict[tuple[Any, Any], Any] = {}
    in_person: dict[tuple[Any, Any], bool] = {}
    lead = _file_name(w.page.metas.get("og:image", ""))
    # The page's own picture by JSON-LD when no og:image names it: only a picture drawn
    # with CSS is read by it above the headline (`_css_lead_caption`).
    css_lead = lead or _file_name(_json_ld_image(w.page.articles))
    inline_lines: dict[int, list[Any]] = {}
    for i in range(max(0, lo - _META_WINDOW_BEFORE), lo) if css_lead else ():
        b = w.page.blocks[i]
        if i not in w.verdicts and w.hit(i) is None and b.el is not None and b.el.tag not in _HEADINGS \
                and _css_lead_caption(w, b.el, css_lead):
            w.take(i, CAPTION)  # the page's own picture, drawn with CSS over the headline
            w.add("captions", b.text, i)
    # The story's first line longer than a head's line: what the container holds above it
    # is the head (kicker, headline, date and by-line lines), where a photo's box may be.
    opening = next((i for i in sorted(body) if i not in w.verdicts and len(w.page.blocks[i].text) > _MAX_META_CHARS),
                   -1)
    end = _closing_captions(w, last)
    for i in range(max(0, lo - _META_WINDOW_BEFORE) if lead or caption_els else lo, end):
        b = w.page.blocks[i]
        if i in w.verdicts or (b.link_density > 0.5 and not _picture_link(b.el) and not _dead_credit_link(b.el)
                               and not _source_credit_link(b.el, b.text)):
            continue
        if b.text.startswith(("https://", "http://")) and _media_address(b.el, b.text):
            w.take(i, DROP)  # an embedded video's own address printed under it: chrome
            continue
        hit = w.hit(i)
        if hit is not None and hit[0].kind != "caption":
            continue
        stop = container if i in body else None
        if _in_person_box(b.el, stop, w, in_person):
            w.take(i, AUTHOR_BOX)  # SPEC: author boxes leave the body
            continue
        box = inline[i] if i in inline else _caption_box(w, b, stop, caption_els, memo)
        if box is not None and box in holds_story and box not in caption_els:
            box = None
        if box is not None and box in caption_els and b.el is not None and box is not b.el \
                and not _holds_image(b.el, w) and next(b.el.iter(*_MEDIA_TAGS), None) is not None \
                and any(a is b.el for a in box.iterancestors()):
            # A caption element inline in a box with an embedded player and no picture:
            # the video's credit (idntimes.com 2019's ``div.embed-image > embed`` + the
            # video's address in ``span.main-article-source``): no photo caption (the
            # dev corpus's idn-resep-daging-jamur gold lists none), and no story line.
            w.take(i, DROP)
            continue
        if box is not None and headline is not None and i == headline + 1 and not b.link_chars \
                and box.find(".//img") is None and not within_tag(b.el, "figure", _DECK_BOX_LEVELS) \
                and (_described(w, b.text) or (next(iter(descriptions(w.page.metas, w.page.articles)), None) is None
                                               and not _after_image(box, w))):
            # the deck, for `_deck`; on a page that carries no description to compare
            # (a copy kept without its <head>: popbela.com 2019 desktop's <article> alone,
            # ``p.caption-title`` under ``h1.article-title``) the line's place says it, when
            # no picture stands beside it (a photo's box between: its caption)
            continue
        if box is not None and box not in caption_els and _teaser_thumbnail(box):
            w.take(i, DROP)  # a teaser card's text beside its linked thumbnail: no caption
            continue
        if i < lo and not _lead_caption(box, lead, caption_els):
            continue
        if box is not None and box not in caption_els and _avatars_only(box):
            w.take(i, AUTHOR_BOX)  # a credits box: people's avatars, no photo
            continue
        if box is not None:
            boxes.setdefault(box, []).append(i)
        elif hit is not None and hit[0].action == "field" and i not in body and b.el is not None \
                and b.el.tag not in _LABEL_HEADINGS:
            # A line that reads as a caption ("... (Foto: Sumber)") between the
            # headline and the story, in no box that says so: a caption.
            w.take(i, CAPTION)
            w.add("captions", hit[0].value(hit[1]), i)
        elif _credit_after_picture(b, w):
            w.take(i, CAPTION)  # a photo's credit after the picture in its own paragraph
            w.add("captions", b.text, i)
        elif b.el is not None and b.el.tag not in _HEADINGS \
                and (alt_box := _alt_caption_box(w, b)) is not None:
            # The line after a picture's box that prints the picture's own alt text:
            # its caption (republika 2016: div.img-detail > credit + img, then
            # div.wp-cap > div.caption repeating the img's alt), whatever the boxes
            # are called; joined with that box's credit below.
            boxes.setdefault(alt_box, []).append(i)
            alt_boxes.add(alt_box)
        elif (i not in body or (i < opening and b.el is not None and b.el.tag not in _PROSE_TAGS)) \
                and b.el is not None and b.el.tag not in _HEADINGS \
                and (_after_picture(w, b.el) or _after_picture(w, _inline_line(w, i, inline_lines))):
            # The line right after a box that prints a picture and nothing else, out
            # of the story: that picture's caption in a sibling box (viva 2016:
            # div.thumbcontainer > img, then div.photodesc "... (Grammy)"). Inside the
            # story's container only over its first long line, and no paragraph (``p``):
            # with the names taken away the container takes in the head, the photo's box
            # and the caption under it (ablation31); a lead beside its photo stays.
            w.take(i, CAPTION)
            w.add("captions", b.text, i)
    # Boxes found by shape (an image beside short text) that hold half the story are
    # its paragraphs, not captions (a slideshow: a picture over every paragraph).
    shaped = [i for box, idx in boxes.items() if box not in caption_els for i in idx if i in body]
    body_chars = sum(len(w.page.blocks[i].text) for i in body)
    if shaped and sum(len(w.page.blocks[i].text) for i in shaped) >= body_chars * _MAX_CAPTION_SHARE:
        boxes = {box: idx for box, idx in boxes.items() if box in caption_els}
    # A photo box printing only its credit, followed at once by a caption box with no
    # image of its own, is one photo's credit and caption (republika 2016:
    # div.img-detail > div.cap-foto, then div.wp-cap > div.caption).
    groups: list[tuple[Any, list[int]]] = []
    for box, idx in boxes.items():
        if groups and (box in caption_els or box in alt_boxes) and box.find(".//img") is None \
                and groups[-1][0].find(".//img") is not None and idx[0] == groups[-1][1][-1] + 1:
            groups[-1][1].extend(idx)
        else:
            groups.append((box, idx))
    for box, idx in groups:
        if all(i in body and is_stamp(w.page.blocks[i].text) for i in idx):
            # a card's age or date beside its picture ("1 Menit Lalu", a related card in
            # the story's box): chrome, no photo's caption
            for i in idx:
                w.take(i, DATE)
            continue
        for i in idx:
            w.take(i, CAPTION)
        text = " ".join(w.page.blocks[i].text for i in idx if not _BARE_CREDIT_LABEL.fullmatch(w.page.blocks[i].text))
        w.add("captions", _credit_apart(box, text), idx[0])


def _closing_captions(w: _Work, last: int) -> int:
    """Where `_captions` stops reading: past the story's last block, and past the
    ``<figcaption>`` lines right after it that print the caption of a picture closing the
    story in the same box as its last paragraph (the caption's ``<figure>``, or the
    caption itself, a sibling of that paragraph, with a picture before it or in it). A
    story that ends on a photo lost its caption as outside the story: investigasi.tempo.co
    2019's last ``section.content`` closes ``<img>`` + ``<figcaption>`` under its last
    ``<p>`` (ginanjarpamungkas/25-tahun-pembredelan index.html @
    17460caced669dee288cdd16db1adfe3c39a7ed4; its ``<figcaption>`` closed by a second one,
    a typo the tree builder nests, the section's end closing both)."""
    blocks = w.page.blocks
    end = last + 1
    at = blocks[last].el if 0 <= last < len(blocks) else None
    box = at.getparent() if at is not None else None
    while box is not None and end < len(blocks):
        el = blocks[end].el
        cap = None if el is None else el if el.tag == "figcaption" else next(el.iterancestors("figcaption"), None)
        if cap is None:
            break
        for up in cap.iterancestors("figcaption"):
            cap = up  # (a caption nested in an unclosed one: the outer one)
        holder = cap.getparent()
        holder = holder if holder is not None and holder.tag == "figure" else cap
        prev = _previous_element(holder)
        if holder.getparent() is not box or holder is at or not (
                holder.find(".//img") is not None or (prev is not None and (
                    prev.tag == "img" or prev.find(".//img") is not None))):
            break
        end += 1
    return end


#: `_credit_apart`: a caption box's credit element, by its class or its text's slash.
_CREDIT_CLASS = regex.compile(r"(?i)author|credit|source|sumber|copyright|photographer|fotografer")


def _credit_apart(box: Any, text: str) -> str:
    """A caption's text with its credit element set apart from the words printed right
    after it with no space between (kompas.com 2017-19: ``div.photo > img +
    <span class="pb_10 author">SITE.com/NAME</span>Caption...``; the site's style shows
    the credit on a line of its own, the walk read "NAMECaption"). Only an inline
    element that reads as a credit (a credit's class, or a slash in its text) ending in a
    letter or digit, glued to a letter: a word split by formatting stays whole."""
    for e in box.iter("span", "small", "b", "strong", "em", "i"):
        tail = e.tail
        if not tail or not tail[0].isalnum():
            continue
        credit = fold_space(text_content(e))
        if not credit or not credit[-1].isalnum() or not ("/" in credit or _CREDIT_CLASS.search(e.get(b"class") or "")):
            continue
        glued = credit + tail[0]
        if glued in text:
            text = text.replace(glued, f"{credit} {tail[0]}", 1)
    return text


def _lead_caption(box: Any, lead: str, caption_els: set[Any]) -> bool:
    """Whether caption box ``box``, printed above the headline, is the story's photo's:
    it (or, named a caption by the outlet's rules, the photo box around it) shows the
    page's ``og:image`` (file name ``lead``); on a page with no ``og:image`` (stored
    without its <head>) a box the rules name a caption is one (en.tempo.co 2015:
    div.blok-foto-konten > div.foto-desc, tempo.toml)."""
    if box is None:
        return False
    if not lead:
        return box in caption_els
    shown = box if box not in caption_els or box.getparent() is None else box.getparent()
    return any(_file_name(_image_url(img)) == lead for img in shown.iter("img"))


#: `_captions`: a photo box's credit label printed with no credit after it: no part of the
#: caption (viva.co.id 2019: div.leading-image-info, "Photo :" over an empty list, then
#: div.leading-image-caption; kefasjwiryadi/android-baca-berita html3.html @ 1aca5f3154b4).
_BARE_CREDIT_LABEL = regex.compile(r"(?i)(?:foto|photo|sumber|source|kredit|credit)\s{0,3}:")


#: `_bare_credit`: a photo's credit alone on its line ("Foto: antara"), a few words after
#: the label.
_CREDIT_LINE = regex.compile(_BARE_CREDIT_LABEL.pattern + r"[^\n]{1,60}")
_MAX_CREDIT_LINE = 80


def _bare_credit(w: _Work, e: Any) -> bool:
    """Whether element ``e`` prints a photo's credit and nothing else (republika.co.id
    2025 as a page's copy keeps it: ``p > strong > img``, then ``p > strong`` "Foto:
    antara", then the caption repeating the img's alt). Its blocks' characters first."""
    if w.page.totals().chars.get(e, 0) > _MAX_CREDIT_LINE:
        return False
    text = text_content(e)
    return len(text) <= _MAX_CREDIT_LINE and _CREDIT_LINE.fullmatch(fold_space(text)) is not None


def _shows_img(e: Any) -> bool:
    """Whether ``e`` is an ``<img>`` or holds one (in C: `_holds_image`'s set is built
    once a page, and most story lines have no picture before them)."""
    return bool(e.tag == "img" or e.find(".//img") is not None)


def _alt_caption_box(w: _Work, b: HtmlBlock) -> Any | None:
    """The box of block ``b`` (its element or the one above it, no picture in it) when
    the sibling box before it shows a picture whose alt text is ``b``'s text (two words
    or more): a caption printed under its photo's box. The picture is looked for first
    (set lookups), the texts compared only beside one: every story line is asked."""
    e = b.el
    for _ in range(2):
        if e is None or e.tag in ("body", "html") or _holds_image(e, w):
            return None
        prev = _previous_element(e)
        # (set and dict look-ups before the subtree searches: most story lines follow
        # a long paragraph that holds no picture, and `_shows_img` walks its subtree)
        if prev is not None and _bare_credit(w, prev) and not _shows_img(prev):
            prev = _previous_element(prev)  # the photo's credit line between them
        if prev is not None and prev.tag not in _HEADINGS and _holds_image(prev, w):
            text = norm_words(b.text)
            if text.count(" ") < 1 or not _small(e, w):
                return None
            alts = (img.get("alt") or "" for img in prev.iter("img"))
            return e if any(norm_words(a[:_MAX_CAPTION_CHARS]) == text for a in alts) else None
        parent = e.getparent()
        if prev is not None or parent is None or (parent.text or "").strip():
            return None  # a box before it that shows no picture, or text before it
        e = parent  # the first thing in its parent: that box may follow the picture's
    return None


def _inline_line(w: _Work, i: int, memo: dict[int, list[Any]]) -> Any:
    """The inline element that prints block ``i`` whole (a caption's ``<span>`` bare
    in the story's box, between the photo's box and an ad's: merdeka.com 2015, whose
    block's element is the box around it), or None. ``memo`` holds the page's inline
    elements by block, filled on the first call."""
    if not memo:
        for e, at in w.page.inline_at.items():
            memo.setdefault(at, []).append(e)
        memo.setdefault(-1, [])
    text = w.page.blocks[i].text
    return next((e for e in memo.get(i, ()) if fold_space(text_content(e)[:_MAX_CAPTION_CHARS + 1]) == text), None)


def _after_picture(w: _Work, el: Any) -> bool:
    """Whether ``el`` is a small box of text right after a sibling that prints a
    picture and no text (a photo's own box), holding no picture itself."""
    if el is None:
        return False
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments between them
        prev = prev.getprevious()
    if prev is None or prev.tag in _HEADINGS or not _holds_image(prev, w) or _holds_image(el, w) \
            or w.page.totals().chars.get(prev, 0) or not _small(el, w):
        return False
    return not any(t.strip() for t in prev.itertext()) and not _teaser_thumbnail(prev)


#: `_css_picture`: a style that draws a picture ("background-image: url(...)", or the
#: ``background`` shorthand with a ``url(``), and the most elements of a box it reads.
_CSS_PICTURE = regex.compile(r"(?i)background(?:-image)?\s{0,5}:[^;]{0,200}?url\(")
_CSS_PICTURE_ELEMENTS = 8


_CSS_URL = regex.compile(r"""url\(\s{0,5}['"]?([^'"()\s]{1,2000})""")


def _css_picture(e: Any) -> str:
    """The address of the picture box ``e`` draws with CSS, or "": it, or one of its
    first few elements, has an inline ``style`` whose background is an image's
    ``url(...)`` (a sports news template, 2022-23, Laravel Blade, code index file id
    7868695998: ``div.banner.banner__main[style="background-image: url('...')"]`` over
    ``center > small`` printing the photo's title; its sidebar cards draw their
    thumbnails the same way). The caller has checked that ``e`` prints no text."""
    for n, el in enumerate(e.iter()):
        if n >= _CSS_PICTURE_ELEMENTS:
            break
        style = el.get(b"style") if isinstance(el.tag, str) else None
        if style and (m := _CSS_PICTURE.search(style[:300])):
            url = _CSS_URL.search(style, m.end() - 4, 2400)
            return url.group(1) if url else "?"
    return ""


def _css_lead_caption(w: _Work, el: Any, lead: str) -> bool:
    """Whether ``el``, above the headline, is the caption of the page's own picture drawn
    with CSS: right after a box that draws it (`_css_picture`, the same file as ``lead``,
    the page's ``og:image`` or JSON-LD ``image``), as `_after_picture` reads a caption."""
    if el is None or not lead:
        return False
    prev = _previous_element(el)
    return prev is not None and _file_name(_css_picture(prev)) == lead and _after_picture(w, el)


def _json_ld_image(articles: list[dict[str, Any]]) -> str:
    """The first JSON-LD article's ``image`` address (a string, an ImageObject's ``url``,
    or the first of a list of either), or ""."""
    for a in articles:
        image = a.get("image")
        if isinstance(image, list):
            image = image[0] if image else None
        if isinstance(image, dict):
            image = image.get("url")
        if isinstance(image, str) and image.strip():
            return image.strip()
    return ""


#: Where a lazy-loading page keeps a picture's address while ``src`` holds a placeholder.
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original")


def _image_url(img: Any) -> str:
    """The address of the picture ``img`` shows: its ``src``, or for a lazy-loaded one
    (a ``data:`` placeholder or no ``src``: a browser-saved page) its ``data-src``."""
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    return next((v for v in map(img.get, _LAZY_SRC) if v), src)


def _file_name(url: str) -> str:
    """The file name of an image URL (no host, folders or query): the same picture
    served in two sizes or from two hosts has one."""
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].strip().lower()


def _in_person_box(el: Any, stop: Any, w: _Work, memo: dict[tuple[Any, Any], bool]) -> bool:
    """Whether ``el`` or an ancestor below ``stop`` (not the page's body) is a
    `_person_box`. ``memo``: the answer for each (element, stop) climbed already, so
    blocks under one deep wrapper do not climb it again each (every ancestor of every
    block was listed and tested: blocks times depth on the peer suite's deep pages)."""
    walked = []
    found = False
    e = el
    while e is not None and e is not stop and e.tag not in ("body", "html"):
        key = (e, stop)
        got = memo.get(key)
        if got is not None:
            found = got
            break
        if _person_box(e, w):
            found = True
            break
        walked.append(key)
        e = e.getparent()
    for key in walked:  # no person box from each of them up to where the climb stopped
        memo[key] = found
    return found


def _common_ancestor(elements: list[Any]) -> Any:
    if not elements:
        return None
    path = list(reversed([elements[0], *elements[0].iterancestors()]))
    at = {e: k for k, e in enumerate(path)}  # each element's place on the path from the root
    # Elements climbed from before, off the path, with the place on it they met: the path
    # only gets shorter, so one met at ``k`` now meets it at ``k`` or at its end (blocks
    # share their boxes: not every block climbing the same boxes again).
    met: dict[Any, int] = {}
    for el in elements[1:]:
        # The path keeps down to the deepest element of it that is ``el`` or above it:
        # the first one met climbing from ``el`` (not all of ``el``'s ancestors each time).
        e = el
        climbed: list[Any] = []
        while e is not None:
            k = at.get(e)
            if k is None:
                k = met.get(e)
            if k is not None:
                if k < len(path) - 1:
                    del path[k + 1:]
                k = len(path) - 1 if k >= len(path) else k
                for c in climbed:
                    met[c] = k
                break
            climbed.append(e)
            e = e.getparent()
        else:
            return None  # another tree: nothing in common
    return path[-1] if path else None


# ---- stage: summary list ------------------------------------------------------------

def _summary_list(w: _Work, top: int, last: int) -> None:
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


#: `_deck_points`: how many points a deck's list may print, and the fewest.
_DECK_POINTS = (2, 8)


def _deck_points(w: _Work, body: set[int]) -> None:
    """Key points printed as a list in the deck's own box, right under the deck and
    above the story, no label over them: the summary bullets (SPEC: "key-point bullets
    printed above the body"). interaktif.tempo.co 2019-20 prints four figures so under
    its deck (header > div.header-bottom > h3 + ul > li;
    ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54); a labelled box is `_summary_list`'s. Only a
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


# ---- stage: link lists --------------------------------------------------------------

def _own_pointer(b: HtmlBlock) -> bool:
    """Whether block ``b`` ends in its one link after a label and a colon (``Pilihan
    Editor: <a>title</a>``, ``Baca juga: <a>title</a>``): a line that points to one
    story, its title printed on it, not a label over a list of titles."""
    links = _printed_links(b)
    if len(links) != 1:
        return False
    title = links[0][1]
    return b.text.endswith(title) and b.text[: len(b.text) - len(title)].rstrip().endswith(":")


def _hrefless_link(b: HtmlBlock) -> bool:
    """Whether block ``b`` is one ``<a>`` with no href: a styled label, a link to nothing."""
    el = b.el
    if el is None:
        return False
    a = el if el.tag == "a" else None
    if a is None:
        links = list(itertools.islice(el.iter("a"), 2))
        a = links[0] if len(links) == 1 else None
    return a is not None and a.get(b"href") is None and fold_space(text_content(a)) == b.text


def _label_field(w: _Work, i: int) -> str | None:
    """The field a list label opens, read by the text rules: ``related`` for read-also
    and related labels, ``tags`` for topic labels, ``None`` for anything else
    (site-wide lists such as latest or popular news have no field)."""
    if len(w.page.blocks[i].text) > _MAX_META_CHARS:
        return None
    hit = w.hit(i)
    if hit is None:
        return None
    rule = hit[0]
    if rule.kind == "tags" and rule.field == "tags" and rule.action == "block":
        return "tags"
    if rule.kind in ("read_also", "related") and (rule.field == "related" or rule.action == "drop"):
        return "related"
    return None


def _under_site_list_label(w: _Work, i: int, site_items: set[int]) -> bool:
    """Whether related match ``i`` is an item of a most-read or trending list: the
    label above its run of items (walking back over items already taken, or already
    found to be such a list's) is a list label by the text rules whose words are a
    widget's (`_WIDGET`: "Terpopuler", "Most Read"). A box whose class says related
    may print such a label (viva 2016: section.video-terkait under "FOTO
    TERPOPULER"). "Berita Lainnya" is no such label: antara 2015 prints its related
    stories under it."""
    for j in range(i - 1, max(-1, i - _MAX_LABEL_WALK), -1):
        if j in site_items:
            return True
        hit = w.hit(j)
        if hit is not None:
            text = w.page.blocks[j].text
            return len(text) <= _MAX_META_CHARS and hit[0].kind == "related" and hit[0].action == "block" \
                and bool(_WIDGET.search(text))
        if w.verdicts.get(j) != RELATED:
            return False
    return False


#: `_under_site_list_label`: blocks walked back from an item to find its list's label.
_MAX_LABEL_WALK = 40


def _link_lists(w: _Work, body: set[int], start: int, first: int, last: int) -> None:
    """Runs of link blocks, from ``start`` (the block after the headline: a topic list
    may sit above the story) on. After a label the text rules know (``Baca Juga``,
    ``Berita Terkait``, ``Topik``) their titles go to that label's field, inside the
    story or up to `_META_WINDOW_AFTER` blocks after it (an item may add its time
    stamp to the link, or print its date in a block above it); a linked heading like
    the label's own opens the next box; a block that carries its own label (``Baca
    Juga: <a>title</a>``, ``Tag: <a>a</a> <a>b</a>``) gives its own values; links to
    topic pages printed next to the story, or closing its container, with no label, are
    its tags; other link runs inside the story are navigation (breadcrumbs), but for the story's own link
    lines (`_lone_link`)."""
    blocks = w.page.blocks
    end = min(len(blocks), last + 1 + _META_WINDOW_AFTER)
    # Where the container's closing run of link blocks starts (after its last line of text).
    tail = last + 1
    while tail - 1 >= first and (tail - 1 not in body or blocks[tail - 1].dropped or tail - 1 in w.verdicts
                                 or blocks[tail - 1].link_density > _LINK_LIST_DENSITY):
        tail -= 1
    label: str | None = None
    label_tag = item_tag = label_el = None
    own_box = dropped_after = False
    for i in range(start, end):
        b = blocks[i]
        # Right after the story: only dropped blocks and the credits the page printed
        # under it (by-line, editor, source, date lines) between.
        dropped_after = i - 1 in body or (i > start and dropped_after and (
            bool(blocks[i - 1].dropped) or (i - 1 not in body and _credit_line(w, i - 1))))
        if b.dropped:
            # A tag list in a box the drop selectors took (cnnindonesia.com 2026: an
            # <aside> under the story, "TOPIK TERKAIT" over its /tag/ links) is still the
            # story's: its label right after the story (only dropped blocks and credit
            # lines between: ihram.co.id 2017, Republika's, prints "Redaktur :" and
            # "Sumber :" above a div.social box "TAG:" + "#haji" links, anpandu/
            # indonesian-news-scraper republika-singlepage3.html), then its topic links.
            # Only such blocks are matched against the rules.
            if dropped_after and _label_field(w, i) == "tags":
                label, label_tag, item_tag = "tags", None, None
            elif label == "tags" and _topic_links(b):
                for text in _link_texts(b):
                    w.add("tags", text, i)
            elif i > last and not w.fields.has("tags") and _hashtag_topic_bar(b):
                # A bar of "#tag" links to topic pages below the story, in a box the drop
                # selectors took, other boxes between (merdeka.com 2015: "KUMPULAN BERITA"
                # over "# Nama" links to /tag/ in a newsletter box, under the pager, the
                # comments and a portal promo; hafizbadrie/slasherrb spec/cases/merdeka.html
                # @ 9f36a9713d1f): both marks of a tag, so the story's tags.
                for _, text in _printed_links(b):
                    w.add("tags", text.lstrip("#").strip(), i)
            continue
        if i in w.verdicts and w.verdicts[i] != OUTSIDE:
            continue
        hit = w.hit(i)
        field_name = hit[0].field if hit is not None and hit[0].action == "field" else None
        if field_name in ("related", "tags") and (i not in body or b.link_density > _LINK_LIST_DENSITY
                                                  or (field_name == "tags" and _linked_value(b, hit))):
            assert hit is not None and field_name is not None
            links = _link_texts(b)
            values = links if field_name == "tags" and len(links) > 1 else [hit[0].value(hit[1])]
            for value in values:
                w.add(field_name, value, i)
            w.verdicts[i] = RELATED if field_name == "related" else TAGS
            label = None
            continue
        if label and (i not in body or item_tag is not None) and b.link_density <= _LINK_LIST_DENSITY \
                and (is_stamp(b.text) or _channel_stamp(b)):
            # an item's date printed above its title, or its channel and age under it; in
            # the story's own box only once the box took a title (a card's age under it,
            # "1 jam lalu": before, it closed the box and its later cards left related)
            continue
        unlike = item_tag is not None and b.el is not None and b.el.tag != item_tag
        if (label and b.el is not None and b.el.tag == label_tag and b.el.tag in _LABEL_HEADINGS) \
                or (label == "related" and b.link_density > _LINK_LIST_DENSITY and " " not in b.text and unlike
                    and not _card_part(w, i) and _LETTER.search(b.text)):
            # A linked heading like the label, or a one-word tab printed unlike the
            # items ("Forum" after <li> titles): the next box's label, not an item
            # ("Lihat Arsip ..." under "X: BERITA TERKAIT"). A word with no letter is
            # none: a video card's length over its thumbnail ("03:12" in tempo.co 2021's
            # "Video Terkait" cards, ``figure.img-card > a > div.bottom-label-right``;
            # ahmadmulyana/tempo-temp teco/mobile/detail-video.php @
            # 62fe6dbfd0755b70219d553217b42f56d3e47c1e).
            label = None
            continue
        if label == "tags" and unlike and b.link_density > _LINK_LIST_DENSITY:
            # A tag list ends at a link printed unlike its tags (kompas.com 2025: <li>
            # tags, then a <div> "Lihat Nasional Selengkapnya" and the related box); the
            # link may open the next list itself.
            label = None
        # A label printed as a link (a tab: "Berita Lainnya") opens its own list too; so
        # does a read-also label printed as an ``<a>`` that goes nowhere (no href: a styled
        # heading; ggwp.id 2019, an IDN Media site, heads its in-story box so:
        # ``div.baca-juga > div.title-bj > a.font-section-title`` "Baca Juga", then
        # ``p.font-article-bj > a`` titles; fardiyadi/idnmedia2.github.io adproducts/preview/
        # desktop/ggwp/detail.html @ 123204aec725).
        if (b.link_density <= _LINK_LIST_DENSITY and not (label and _dated_link(b))) \
                or (hit is not None and hit[0].action == "block" and len(b.text) <= _MAX_META_CHARS) \
                or (hit is not None and hit[0].kind == "read_also" and _hrefless_link(b)):
            label = _label_field(w, i)
            if label == "related" and i in body and _own_pointer(b):
                # "Pilihan Editor: <a>title</a>" in the story: one story's pointer, its
                # title linked on its own line (the text rules read it), no list's label;
                # the boxes after the story (tempo.co 2024-26: its tag links, then the
                # writer's box, a link to the writer's page) are not its items.
                label = None
            if b.link_chars and len(b.text) <= _MAX_META_CHARS and _topic_links(b) \
                    and (label or (i not in body and _after_story(w, body, i) and _one_word_label(b))):
                # A short line under the story (or a list's label) whose links go to
                # topic pages after a word of its own: those links are the story's tags.
                # okezone 2017 (celebrity.okezone.com, anpandu/indonesian-news-scraper
                # okezone-singlepage2.html): span "Berita Rekomendasi" + a.mb-topic to
                # /topic/...; tribunnews 2015 (hafizbadrie/slasherrb spec/cases/
                # tribunnews.html): div#related "Terkait" + "#Nama" to /tag/... A line
                # of prose that links a word ("Baca lainnya tentang <a>Banjir</a> ...")
                # is no such line.
                for _, text in _printed_links(b):
                    w.add("tags", text.lstrip("#").strip(), i)
                if not label:
                    w.verdicts[i] = TAGS
            label_tag = b.el.tag if label and b.el is not None else None
            label_el = b.el if label else None
            item_tag = None
            # A "Baca Juga" label inside the story heads the story's own read-also box,
            # whatever its class says ("recommended-article": viva.co.id 2026).
            own_box = label == "related" and i in body and hit is not None and hit[0].kind == "read_also"
            if label and i not in body:
                w.verdicts[i] = RELATED if label == "related" else TAGS
            elif not label and i in body and b.link_density > _LINK_LIST_DENSITY and not _next_is_link(w, i):
                # A section's name printed as a link over the story ("Latest News"):
                # a crumb, not a list's label; left in, a text rule would read the
                # story as that list.
                w.take(i, LINKS)
            continue
        if i in w.verdicts:
            continue
        if label:
            # A link to a tag or topic page under a related label is the story's topic
            # (okezone 2015: "Berita Rekomendasi", then its topic link, then titles).
            field_here = "tags" if _topic_links(b) else label
            if b.el is None or (not _sponsored_link(b.el) and (own_box or not (
                    _in_widget(w, b.el) or _card_extra(b.el, label_el)))
                    and not (field_here == "related" and _section_of_previous(w, i))):
                for text in _link_texts(b) if field_here == "tags" else [_title_text(b)]:
                    w.add(field_here, text, i)
            w.take(i, RELATED if field_here == "related" else TAGS)
            item_tag = b.el.tag if b.el is not None else None
        elif i in body:
            if _topic_links(b) and (i >= tail or len(_printed_links(b)) > 1):
                # Topic links closing the story's container, no label (badges under it);
                # or a bar of them with more of the container after it (tempo.co 2024-26:
                # div#article-tags between the story and the writer's box in the
                # <article>): links to topic pages alone are no story line.
                for text in _link_texts(b):
                    w.add("tags", text, i)
                w.take(i, TAGS)
            elif not _lone_link(w, body, i):
                w.take(i, LINKS)
        elif (i + 1 in body if i < first else _after_story(w, body, i)) and _topic_links(b):
            # Topic links printed against the story (above its first paragraph or
            # right after its last), no label: its tags (a detik "fokus" topic, a tag
            # bar whose label is an icon).
            for text in _link_texts(b):
                w.add("tags", text, i)
            w.take(i, TAGS)


_LABEL_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: `_sponsored_link`: levels walked up from a block to the link that holds it.
_MAX_LINK_DEPTH = 6


def _sponsored_link(el: Any) -> bool:
    """Whether block element ``el`` is a paid link's text: it holds, or sits in, an
    ``<a>`` whose ``rel`` says ``sponsored`` (the HTML link type ad networks must set on
    paid links; a Taboola unit rendered under a story marks every card's two links
    ``rel="nofollow noopener sponsored"``: a saved news page, file id 48342896431 of the
    code index). The mark stays whatever the widget's classes are called, so a sponsored
    list printed after a related list's label in a box of its own is never read as
    that list's titles (SPEC: related holds no ads or sponsored widgets)."""
    e = el
    for _ in range(_MAX_LINK_DEPTH):
        if e is None or e.tag in ("body", "html"):
            break
        if e.tag == "a":
            return "sponsored" in (e.get(b"rel") or "")[:100].lower()
        e = e.getparent()
    return any("sponsored" in (a.get(b"rel") or "")[:100].lower() for a in el.iter("a"))

#: `_labelled_links`: the most words of a read-also line's label, the fewest words with
#: a letter of its title (a phone number or a case number is no title), its most characters.
_MAX_READ_LABEL_WORDS = 4
_MIN_READ_TITLE_WORDS = 3
_MAX_READ_TITLE_CHARS = 250
_MAX_READ_LINE_CHARS = 300
#: ... and the elements whose lines are a list's or a table's own (data, not a read-also line).
_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "th", "tr"})
#: A read-also label: words of letters (``Lea también``, ``¿Te puede interesar?``), no
#: abbreviation's point, mark or number (a credit's ``*feat.:`` before a linked work).
_READ_LABEL = regex.compile(r"[¿¡]?+\p{L}++(?:[ '’-]\p{L}++)*+[?!]?+")


def _labelled_links(w: _Work, body: set[int]) -> None:
    """A line in the story that is a short label, a colon and one link whose text is
    all the rest (``Lea también: <a>title</a>``, ``Czytaj też: <a>title</a>``): the
    page's pointer to another story, whatever language its label is in. The title goes
    to ``related``, as a ``Baca Juga:`` line's does. Lines a text rule reads (a
    by-line's or a source's label before a linked name) are left to that rule; a
    list's items and a table's cells are data; a link to another site is a source's or
    a reference's (``Quelle: <a>...</a>``), not a story of the page's site."""
    blocks = w.page.blocks
    for i in sorted(body):
        b = blocks[i]
        if i in w.verdicts or b.dropped or b.el is None or b.el.tag in _ITEM_TAGS \
                or not b.link_chars or len(b.text) > _MAX_READ_LINE_CHARS:
            continue
        links = _printed_links(b)
        if len(links) != 1:
            continue
        title = links[0][1]
        label, colon, rest = b.text.rpartition(title)[0].rstrip().rpartition(":")
        if not colon or rest or not b.text.endswith(title) or not _READ_LABEL.fullmatch(label.strip()) \
                or len(label.split()) > _MAX_READ_LABEL_WORDS or len(title) > _MAX_READ_TITLE_CHARS \
                or sum(bool(_LETTER.search(word)) for word in title.split()) < _MIN_READ_TITLE_WORDS \
                or _ADDRESS.search(title) or w.hit(i) is not None:
            continue
        if not _same_site(links[0][0], w.page.url):
            continue  # a source's or a reference's page elsewhere, no story of the site's
        w.add("related", title, i)
        w.take(i, RELATED)


_URL_SCHEME = regex.compile(r"(?i)[a-z][a-z0-9+.-]{0,20}:")


def _same_site(href: str, page_url: str | None) -> bool:
    """Whether link ``href`` points to another page of the page's own site: a relative
    link (not a place on the page itself: ``#...``), or one whose host is the page's
    (``www.`` aside) or a subdomain of it or its parent (a channel's
    ``nasional.contoh.com`` under ``www.contoh.com``). A page of no known address has
    only its relative links for sure."""
    from ..detect import url_host

    href = href.strip()
    if not href or href.startswith("#"):
        return False
    if not href.startswith("//") and not _URL_SCHEME.match(href):
        return True
    if not page_url:
        return False
    try:
        host, own = url_host("http:" + href if href.startswith("//") else href), url_host(page_url)
    except ValueError:
        return False
    host, own = host.removeprefix("www."), own.removeprefix("www.")
    return bool(host) and (host == own or host.endswith("." + own) or own.endswith("." + host))



#: A page bar's block: page numbers and arrows ("1", "2", ">", "Halaman 1 2"). The
#: quantifiers are possessive: a run of digits splits one way only (greedy threes need
#: the fewest pieces, so the same lines match), where backtracking tried every split
#: (30 digits and a letter took 8 s).
_PAGE_BAR = regex.compile(r"(?:(?:Halaman|HALAMAN|Page)\s*+(?::\s*+)?)?(?:[\d<>«»‹›]{1,3}+\s*+){1,20}+")


def _after_story(w: _Work, body: set[int], i: int) -> bool:
    """Whether block ``i`` comes right after the story's last block or after a tag
    list's, a page bar between them (a tag bar under the page numbers) left aside, and
    the words of a share bar between them too: suara.com 2015 (hafizbadrie/slasherrb
    spec/cases/suara.html @ 9f36a9713d1f, a page saved from a browser) closes the story
    with a div.boxSocial whose label "Share" sits over its button iframes, then prints
    its div.tagDetailList of ``a[href=/tag/...] > h4`` "# angeline" badges; a share
    button's word is nobody's story line, so the tags are still the story's."""
    blocks = w.page.blocks
    j = i - 1
    while j >= 0 and j not in body and (blocks[j].dropped or _PAGE_BAR.fullmatch(blocks[j].text)
                                        or _widget_word(w, j)):
        j -= 1
    return j in body or w.verdicts.get(j) == TAGS


def _widget_word(w: _Work, j: int) -> bool:
    """Whether block ``j`` is a share or widget button's words alone ("Share",
    "Bagikan", "0 Komentar"): a text rule drops it as such chrome (`_WIDGET_KINDS`)."""
    b = w.page.blocks[j]
    if len(b.text) > _MAX_META_CHARS:
        return False
    hit = w.hit(j)
    return hit is not None and hit[0].action == "drop" and hit[0].kind in _WIDGET_KINDS


#: An address in a link line: a web address or an e-mail address (each match starts at
#: a word's start: a long token is read once, not from each of its characters).
_ADDRESS = regex.compile(r"(?i)\b(?:https?://|www\.)\S|(?<![\w.+-])[\w.+-]+@[\w-]+\.\w")
#: Characters of a link line searched for an address (menus and sources are short lines).
_ADDRESS_SCAN = 300


def _data_row(el: Any) -> bool:
    """Whether ``el`` is a row (or a cell) of a table whose first row is a header
    (``th`` cells): a table of data, whose linked names are its rows, not a menu laid
    out in a table. Reads the first row only (a table may have thousands)."""
    while el is not None and el.tag in ("td", "th", "tr", "tbody", "thead"):
        if el.tag == "tr":
            table = el.getparent()
            table = table.getparent() if table is not None and table.tag in ("tbody", "thead") else table
            if table is None or table.tag != "table":
                return False
            first = next(table.iter("tr"), None)
            return first is not None and any(c.tag == "th" for c in first)
        el = el.getparent()
    return False


def _lone_link(w: _Work, body: set[int], i: int) -> bool:
    """Whether link block ``i`` in the story is its line, not navigation: a line that
    prints an address (a source's, a footnote's, a contact's: menus print names), a
    row of a data table, or an item between two of the story's items of its list (a
    step's "full solution" link among the steps)."""
    blocks = w.page.blocks

    def story_line(j: int) -> bool:
        return j in body and j not in w.verdicts and blocks[j].link_density <= _LINK_LIST_DENSITY

    if _ADDRESS.search(blocks[i].text[:_ADDRESS_SCAN]) or _data_row(blocks[i].el):
        return True
    if not (story_line(i - 1) and story_line(i + 1)):
        return False
    el = blocks[i].el
    if el is None or el.tag != "li":
        return False
    parent = el.getparent()
    return all(blocks[j].el is not None and blocks[j].el.tag == "li" and blocks[j].el.getparent() is parent
               for j in (i - 1, i + 1))


#: The end of a sentence: a label ("Mehr zum Thema", "Latest News") has none.
_SENTENCE_END = regex.compile(r"[.!?…;]['\"”’“»«)]*$")
_LETTER = regex.compile(r"\p{L}")
#: A full stop ending a line (closing quotes after it): a sentence's end, not a label's.
_FULL_STOP = regex.compile(r"[.…]['\"”’“»«)]*$")
_LIST_VERDICTS = frozenset({LINKS, RELATED, TAGS, DROP})
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
#: A teaser's time stamp between a list's items, in any language ("27. Mai 2020",
#: "06. Aug 2020 // Tipps"): a short line holding a year.
_STAMP_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MAX_STAMP_CHARS = 40
_DIGIT = regex.compile(r"\d")


def _labels_box(w: _Work, body: set[int], i: int, end: int) -> bool:
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


def _list_labels(w: _Work, body: set[int]) -> None:
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
        known = _label_field(w, i) is not None  # a tags or related label the text rules know ("Tags")
        calls = hit is None and _CALL_LABEL.fullmatch(b.text) is not None
        if len(b.text) > _MAX_META_CHARS or (_SENTENCE_END.search(b.text) and not calls) \
                or not _LETTER.search(b.text) or (" " not in b.text and not b.text.endswith(":") and not known):
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
            if w.verdicts.get(j) in _LIST_VERDICTS or (
                    j not in body and blocks[j].link_density > _LINK_LIST_DENSITY and box is not None
                    and blocks[j].el is not None and any(a is box for a in blocks[j].el.iterancestors())):
                run += 1
                if blocks[j].link_density > _LINK_LIST_DENSITY:
                    linked.append(j)
            elif j in body and j not in w.verdicts and _teaser_stamp(blocks[j]) \
                    and ((j + 1 < len(blocks) and w.verdicts.get(j + 1) in _LIST_VERDICTS)
                         or w.verdicts.get(j - 1) in _LIST_VERDICTS):
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


def _dangling_label(w: _Work, body: set[int]) -> None:
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
    if not text.endswith(":") or len(text) > _MAX_META_CHARS or text.count(" ") >= _MAX_LABEL_WORDS \
            or not _LETTER.search(text) or _ENUMERATED.match(text) or w.hit(i) is not None:
        return
    if all(j < len(blocks) and (j not in body or j in w.verdicts) and blocks[j].link_density > _LINK_LIST_DENSITY
           for j in (i + 1, i + 2)):
        w.take(i, LINKS)


#: `_box_lines`: a box whose class names a post's metadata (WordPress themes' ``entry-meta``,
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


def _box_lines(w: _Work, body: set[int], headline: int | None) -> None:
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
        if i in w.verdicts or b.el is None or _tag(b) in _LABEL_HEADINGS or w.hit(i) is not None:
            continue
        rule = _named_box(b.el, memo, chars, named)
        if rule is not None:
            taken[i] = rule
    # Never so many that the story left is too short to be one (a post of one short
    # line under a cookie notice stays the page's text).
    left = sum(len(blocks[i].text) for i in body if i not in w.verdicts and i not in taken and i != headline)
    if taken and left >= _MIN_BODY_CHARS:
        for i, rule in taken.items():
            w.take(i, rule)
            if rule == META_BOX:
                _meta_box_fields(w, blocks[i].el)


def _meta_box_fields(w: _Work, el: Any) -> None:
    """The reading time a post's meta row prints in an element of its own, among
    counts and icons that share its line (Jannah, a WordPress news theme: div.tie-alignright
    > span.meta-comment "0", span.meta-views "412", span.meta-reading-time "2 menit
    dibaca", one line "0 412 2 menit dibaca" that no rule reads whole): each element's
    text is read alone, and a reading time found goes to the record."""
    for e in el.iter():
        if not isinstance(e.tag, str) or e is el:
            continue
        text = fold_space(text_content(e))
        if not text or len(text) > _MAX_META_CHARS:
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
            if chars.get(e, 0) <= _MAX_META_BOX_CHARS and next(e.iter(*_LABEL_HEADINGS), None) is None:
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


#: `_related_box_lines`: a box whose class names a list of related stories ...
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


def _related_box_lines(w: _Work, body: set[int]) -> None:
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
                if w.verdicts.get(j) in _LIST_VERDICTS:
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


#: `_icon_bar_prompt`: how many levels above a line its box may be ...
_ICON_BAR_LEVELS = 3
#: ... and how many links printing no text (icons, badges) it must hold.
_MIN_ICON_LINKS = 2
#: A line in a table or a picture's box is a data row or a caption beside linked
#: pictures (a wiki's table of linked thumbnails, a gallery), no bar's prompt.
_ICON_BAR_NOT = ("table", "figure", "figcaption")


def _icon_bar_prompt(w: _Work, body: set[int], headline: int | None) -> None:
    """A line alone in a box with a row of links that print no text (icons or badges
    only): the prompt of a share bar or of an app's store badges ("Möchten Sie den
    Artikel teilen?" over icon links to share endpoints, "Get the app" over two store
    badges), in any language: the row's links hold no words for the text rules, and the
    list stages see no list. Its box is the line's element or an ancestor up to
    `_ICON_BAR_LEVELS` above it that holds no other block; the links go to another site
    (a share endpoint, a store, ``mailto:``, ``whatsapp:``): a story's pictures linked to
    the site's own pages are its own (a lesson's line over its two videos). The line is
    short (twice `_MAX_META_CHARS` at most), in no table or picture's box. None leaves
    when what is left is too short to be a story."""
    blocks = w.page.blocks
    ranges = w.page.totals().ranges
    taken = []
    for i in sorted(body):
        b = blocks[i]
        if i in w.verdicts or i == headline or b.el is None or len(b.text) > _MAX_META_CHARS * 2:
            continue
        e = b.el
        for _ in range(_ICON_BAR_LEVELS + 1):
            if e is None or e.tag in ("body", "html") or ranges.get(e) != (i, i):
                break
            icons = 0
            for a in e.iter("a"):
                href = (a.get("href") or "").strip()
                if href and not href.startswith(("#", "javascript:")) and not _same_site(href, w.page.url) \
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
    if taken and left >= _MIN_BODY_CHARS:
        for i in taken:
            w.take(i, ICON_BAR)


#: `_fenced_promo`: the longest line a template's promo between rules prints ...
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


def _fenced_promo(w: _Work, body: set[int], headline: int | None) -> None:
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
    if taken and left >= _MIN_BODY_CHARS:
        for i in taken:
            w.take(i, DROP)


#: `_paywall_tail`: a line that asks the reader to subscribe (in Indonesian or English) ...
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


def _paywall_tail(w: _Work, body: set[int], headline: int | None) -> None:
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


def _paywall_box(w: _Work, kept: list[int], gate: int) -> tuple[list[int], int]:
    """`_paywall_tail`'s lines from the box of the prompt ``kept[gate]`` on (none when
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
    if sum(len(blocks[j].text) for j in kept if j < start) < _MIN_BODY_CHARS:
        return [], end
    return tail, end


def _trailing_heading(w: _Work, body: set[int], headline: int | None) -> None:
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
        if not _LETTER.search(text) or _ENUMERATED.match(text) or _FULL_STOP.search(text) \
                or w.hit(i) is not None:
            return
        if _tag(b) not in _LABEL_HEADINGS and not (_heading_like(b) and w.verdicts.get(i + 1, DROP) != DROP
                                                   and _tag(blocks[i + 1]) not in _LABEL_HEADINGS) \
                and not _control_label(w, b, kept):
            # A line set as a heading heads the box a stage took right under it, when that
            # box has no heading of its own (a related box's title: the line is the story's).
            return
        w.take(i, TRAILING_HEADING)


#: `_control_label`: how many boxes up from a line its widget's form controls may be.
_CONTROL_LEVELS = 2
#: ... the tags of form controls a reader types in or presses.
_CONTROL_TAGS = ("input", "button", "select", "textarea")


def _control_label(w: _Work, b: HtmlBlock, kept: list[int]) -> bool:
    """Whether the story's last line ``b`` (a few words, no sentence: `_trailing_heading`
    asks) is a widget's label: a box a level or two up from it holds a form control
    (a search field, a button) and none of the story's other lines. interaktif.tempo.co
    2019's data list: the sidebar's story runs, then ``<center>`` > div.search-container
    (``button`` + ``input``) and div.option > ``span#map`` "MAP", the map view's toggle,
    over "Kembali ke artikel awal" (blindhtml56's saved page of
    interaktif.tempo.co/kisah-di-balik-terali-besi); "MAP" closed the body."""
    el = b.el
    if el is None or b.text.count(" ") >= _MAX_LABEL_WORDS or b.link_chars:
        return False
    for up in _boxes_up(el, _CONTROL_LEVELS):
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
    if _tag(b) is None:
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
    if len(b.text) > _MAX_STAMP_CHARS or _SENTENCE_END.search(b.text) is not None:
        return False
    year = _STAMP_YEAR.search(b.text)
    if year is None:
        return False
    rest = b.text[:year.start()] + " " + b.text[year.end():]
    return _DIGIT.search(rest) is not None or any(is_month_name(w) for w in rest.split())


def _link_stamps(w: _Work, body: set[int]) -> None:
    """A line that is only a date, below the story's first paragraph and beside a
    linked title the container left out or a list took, is that teaser's time stamp (a latest-news
    list's "Selasa, 23/02/2016 16:10 WIB" over its link): it leaves with the list."""
    from .container import is_running

    blocks = w.page.blocks
    ordered = sorted(body)
    start = next((i for i in ordered if i not in w.verdicts and is_running(blocks[i])), None)
    for i in ordered:
        if start is None or i <= start or i in w.verdicts or len(blocks[i].text) > _MAX_META_CHARS:
            continue
        hit = w.hit(i)
        if hit is None or hit[0].field != "published" or hit[0].action != "field":
            continue
        if any(0 <= j < len(blocks) and (j not in body or w.verdicts.get(j) in _LIST_VERDICTS)
               and blocks[j].link_density > _LINK_LIST_DENSITY and blocks[j].text.count(" ") >= 2
               for j in (i - 1, i + 1)):
            w.take(i, LINKS)


def _next_is_link(w: _Work, i: int) -> bool:
    """Whether the block after ``i`` is mostly links (a list's first item)."""
    blocks = w.page.blocks
    return i + 1 < len(blocks) and blocks[i + 1].link_density > _LINK_LIST_DENSITY


_TOPIC_HREF = regex.compile(r"(?i)/(?:tags?|topics?|topik|tema|label|kata-kunci|keyword|(?:indeks)?fokus)/")


#: A tag or topic bar is a short line: a block of links longer than this is none. Each
#: link's text is looked for in its block's, so reading a longer one (a page of 100,000
#: loose tag links is one block) would cost its length once per link.
_MAX_BAR_CHARS = 3000


def _printed_links(b: HtmlBlock) -> list[tuple[str, str]]:
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


#: Elements whose boxes are the site's, not the story's: a "#tag" bar in one is a
#: site-wide trending list.
_SITE_BOXES = frozenset({"nav", "header", "footer", "aside"})


def _hashtag_topic_bar(b: HtmlBlock) -> bool:
    """Whether block ``b`` is a bar of two "#tag" links or more that all go to tag or
    topic pages, outside the site's nav, header, footer and side boxes. A link's text
    is in its block's (`_printed_links`): no ``#`` in the block's, no such link (the
    links are not read: this is asked of every dropped block after the story)."""
    if "#" not in b.text:
        return False
    links = _printed_links(b)
    return len(links) >= 2 and all(t.startswith("#") and len(t) > 1 and _TOPIC_HREF.search(h[:500]) for h, t in links) \
        and not any(a.tag in _SITE_BOXES for a in b.el.iterancestors())


def _topic_links(b: HtmlBlock) -> bool:
    """Whether every link of block ``b`` points to a tag or topic page, or prints a
    ``#tag`` (a hashtag bar, wherever its links point)."""
    links = _printed_links(b)
    return bool(links) and (all(_TOPIC_HREF.search(h[:500]) for h, _ in links)
                            or all(t.startswith("#") and len(t) > 1 for _, t in links))


#: Fields of the credit lines printed under a story (by-line, editor, source, date).
_CREDIT_FIELDS = frozenset({"authors", "editors", "source", "published"})


def _credit_line(w: _Work, i: int) -> bool:
    """Whether block ``i`` is a credit line the text rules read into a field
    ("Redaktur : Nama", "Sumber : asal") or the front end took as by-line or date."""
    if w.verdicts.get(i) in (BYLINE, DATE):
        return True
    if len(w.page.blocks[i].text) > _MAX_META_CHARS:
        return False
    hit = w.hit(i)
    return hit is not None and hit[0].action == "field" and hit[0].field in _CREDIT_FIELDS


def _one_word_label(b: HtmlBlock) -> bool:
    """Whether block ``b``'s text outside its links is one word at most (a bar's label:
    "Terkait", "Tags")."""
    rest = b.text
    for _, text in _printed_links(b):
        rest = rest.replace(text, " ", 1)
    return len(rest.split()) <= 1


#: `_channel_stamp`: the most words of the channel's name printed beside an item's age.
_MAX_CHANNEL_WORDS = 3


def _channel_stamp(b: HtmlBlock) -> bool:
    """A list item's channel link and its age or date, the line a card prints under its
    title (``<a>NASIONAL</a> | 2 jam yang lalu``: beritasatu.com 2020's "REKOMENDASI"
    cards, GeorgeMarche/project-portfolio GitHub_Program_Files/HW_3/raw/
    198--www.beritasatu.com @ a2e4508617b6): no label of another list."""
    links = _printed_links(b) if b.link_chars else []
    if len(links) != 1 or len(links[0][1].split()) > _MAX_CHANNEL_WORDS:
        return False
    rest = b.text.replace(links[0][1], "", 1)
    return rest.strip(" |-–·•,") != "" and is_stamp(rest)


def _dated_link(b: HtmlBlock) -> bool:
    """A list item whose link is printed with its age or date beside it
    (``Judul berita 19 jam lalu``): still a link item."""
    if b.link_chars < 0.5 * len(b.text):
        return False
    rest = b.text.replace(_title_text(b), "", 1).strip(" |-–·•,")
    return bool(rest) and not is_title(rest)


def _linked_value(b: HtmlBlock, hit: Any) -> bool:
    """Whether the value a tag label's rule reads in block ``b`` is the block's links
    and nothing else, two or more (indotimes.net 2023: ``<p><strong>Tags:</strong>
    <a>tag one</a><a>tag two</a></p>`` closing a story copied into a project's SQL dump,
    code index file id 37005551733, the links printed with no space between, so the
    line's text runs the tags together; its label keeps the block's link share under
    `_LINK_LIST_DENSITY` and the line's one glued value was the record's one tag)."""
    links = _link_texts(b)
    if len(links) < 2:
        return False
    value = hit[0].value(hit[1])
    return "".join(filter(str.isalnum, value)) == "".join(filter(str.isalnum, "".join(links)))


def _link_texts(b: HtmlBlock) -> list[str]:
    """The texts of the links printed in block ``b`` (a tag bar prints several in one
    line: each is one tag), else the block's text."""
    texts = [text for _, text in _printed_links(b)]
    return texts if len(texts) > 1 else [b.text]


#: Levels walked up from a listed block to the card (``li``, ``article``) that holds it.
_MAX_CARD_DEPTH = 8


def _link_path(href: str) -> str:
    """``href``'s host and path, no scheme, query, fragment or closing slash."""
    href = href.split("#", 1)[0].split("?", 1)[0]
    return href.split("://", 1)[-1].rstrip("/")


def _section_of_previous(w: _Work, i: int) -> bool:
    """Whether block ``i``'s links all go to a section above the story the block before
    it links (its path a proper prefix of that story's): a teaser card's channel printed
    under its title, no title of its own. popmama.com 2019's mobile "Related Articles"
    cards (IDN Media): ``div.grid-blog-media > a > h3.grid-title`` then ``a[href=/baby/
    0-6-months] > span`` "0-6 months" (fardiyadi/idnmedia2.github.io adproducts/preview/
    mobile/popmama/fullsitetakeover-detail.html @ 123204aec725)."""
    blocks = w.page.blocks
    b = blocks[i]
    if i == 0 or b.el is None or not b.link_chars or blocks[i - 1].el is None:
        return False
    prev = blocks[i - 1].el
    link = prev if prev.tag == "a" else next(prev.iterancestors("a"), None)
    if link is None:
        link = next(prev.iter("a"), None)
    story = _link_path((link.get(b"href") or "")[:500]) if link is not None else ""
    if story.count("/") < 2:
        return False
    hrefs = [_link_path((a.get(b"href") or "")[:500]) for a in itertools.islice(b.el.iter("a"), 4)
             if a is not link and fold_space(text_content(a))]
    return bool(hrefs) and all(h and "/" in h and story.startswith(h + "/") for h in hrefs)


def _card_part(w: _Work, i: int) -> bool:
    """Whether block ``i`` is printed in one link with the next block: a teaser card's
    part (its channel's name over the picture and the title, all in one ``<a>``), no
    tab of its own. news.detik.com 2019's "Baca Juga" box (kefasjwiryadi/
    android-baca-berita html2.html @ 1aca5f3154b4): ``div.article_lb > a`` around
    ``div.label_kanal`` "detikFinance", the picture and the ``h3`` title; the second
    card's one-word label read as the next box's tab ended the list after one title."""
    blocks = w.page.blocks
    el = blocks[i].el
    if el is None or i + 1 >= len(blocks) or blocks[i + 1].el is None:
        return False
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    nxt = blocks[i + 1].el
    return nxt is link or any(e is link for e in nxt.iterancestors("a"))


def _card_extra(el: Any, label_el: Any) -> bool:
    """Whether ``el`` is a teaser card's text that is not its title: it sits in a list
    item or an ``article`` whose title is a heading, and is in no heading itself (a
    card's summary, its share box's "Share article": suara.com 2015). A box that holds
    the list's label (``label_el``) is the list, not a card."""
    e = el
    for _ in range(_MAX_CARD_DEPTH):
        if e is None or e.tag in ("body", "html"):
            return False
        if e.tag in _LABEL_HEADINGS:
            return False
        if e.tag == "a" and next(e.iter(*_LABEL_HEADINGS), None) is not None:
            # A card drawn as one link round its title heading and its summary
            # (popmama.com 2019 desktop's "Related Articles": ``div.post-media > a >
            # h3.post-title + p``; idnmedia/preview adproducts/preview/desktop/popmama/
            # detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01): the summary.
            return True
        if e.tag in ("li", "article"):
            if label_el is not None and (label_el is e or e in label_el.iterancestors()):
                return False
            return next(e.iter(*_LABEL_HEADINGS), None) is not None
        e = e.getparent()
    return False


def _in_titled_card(el: Any) -> bool:
    """Whether ``el`` is a card's text beside its title: inside one link that holds a
    heading (the card's title) and in no heading itself (`_card_extra`'s linked card: a
    picture credit, a summary). A list item or an ``article`` met first ends the climb:
    a block that holds the card's link is the card's line, not a part of it."""
    e = el
    for _ in range(_MAX_CARD_DEPTH):
        if e is None or e.tag in ("body", "html", "li", "article") or e.tag in _LABEL_HEADINGS:
            return False
        if e.tag == "a":
            return next(e.iter(*_LABEL_HEADINGS), None) is not None
        e = e.getparent()
    return False


def _title_text(b: HtmlBlock) -> str:
    """A listed story's title: the block's longest link text when the block adds a
    time stamp or a channel name around it, else the block's text."""
    if b.el is not None:
        links = [t for t in (fold_space(text_content(a)[:300]) for a in b.el.iter("a")) if t and t in b.text]
        if links:
            longest = max(links, key=len)
            if len(longest) >= 0.5 * len(b.text):
                return longest
    return str(b.text)


def _trailing_name(w: _Work, body: set[int]) -> None:
    """The story's last block, when it is a bold ALL-CAPS name of up to four words
    (Tempo's reporter line ``DINI TEJA``), or ALL-CAPS names and agencies joined by
    ``|`` (Tempo 2017: ``NAMA PENULIS | ANTARA``): a sign-off, not story text. Its
    names are the writers (when no by-line names them), an agency is the source."""
    live = [i for i in sorted(body) if i not in w.verdicts]
    if not live:
        return
    b = w.page.blocks[live[-1]]
    parts = [p.strip() for p in b.text.split("|")]
    if len(parts) == 1 and not b.bold:
        return
    if len(parts) > 3 or not all(SIGNOFF_PART.fullmatch(p) for p in parts):
        return
    if len(parts) == 1 and w.hit(b.index) is not None:
        return
    got = signoff_fields(w.ruleset, parts)
    if got is None:
        return
    names, sources = got
    for source in sources:
        w.add("source", source)
    w.take(b.index, TRAILING_NAME)
    if names and not w.trailing_names:
        w.trailing_names = names


# ---- stage: date and by-line around the headline ------------------------------------

#: `_credit_lists`: the tags of a role's heading, and the most names its list gives.
_CREDIT_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt"})
_CREDIT_MAX_NAMES = 10


def _credit_lists(w: _Work) -> None:
    """A credits box that heads each role with a heading of its own over a list of the
    people (``<h6>Penulis</h6><ul><li>A</li><li>B</li></ul><h6>Editor</h6><ul>...``):
    the writers and editors, when no by-line gave them. interaktif.tempo.co 2019-20
    prints its projects' credits so in the footer, under the story and no by-line above
    it (ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54: footer div.conde-links > div.worldwide >
    h6 + ul > li, "Pimpinan Proyek", "Penulis", "Editor", "Multimedia", "Video"); a
    credits page of any site heads its lists the same way. The role is a text rule's
    label (``Penulis``, ``Editor``: `byline-label`, `editor-label`); every item of the list
    right after the heading must be printed as a name (capitalised words, `_PRINTED_NAME`)
    and read as one (`is_name`), or the list is no credit."""
    want = {f for f in ("authors", "editors") if not w.fields.has(f)}
    if not want:
        return
    blocks = w.page.blocks
    for i, b in enumerate(blocks):
        el = b.el
        if el is None or el.tag not in _CREDIT_HEADINGS or len(b.text) > _MAX_META_CHARS:
            continue
        hit = w.hit(i)
        if hit is None or hit[0].action != "label" or hit[0].field not in want:
            continue
        items = el.getnext()
        if items is None or items.tag not in ("ul", "ol"):
            continue
        names = [fold_space(text_content(li)[:200]) for li in items.iter("li")]
        if not names or len(names) > _CREDIT_MAX_NAMES \
                or not all(_PRINTED_NAME.fullmatch(n) and is_name(n) for n in names):
            continue
        field = str(hit[0].field)
        for n in names:
            w.add(field, n)
        want.discard(field)
        w.verdicts[i] = BYLINE
        for j in range(i + 1, min(len(blocks), i + 1 + len(names))):
            if blocks[j].text in names:
                w.verdicts[j] = BYLINE
        if not want:
            return


#: `_header_fields`: the longest block in the story's box read as a by-line label alone
#: ("Author", "Editor", "Penulis :"); the story's other short lines are not asked.
_MAX_LABEL_CHARS = 24


#: `_card_byline`: how far up from a by-line a teaser card's box may be.
_CARD_BYLINE_LEVELS = 3


def _boxes_up(el: Any, levels: int) -> Iterator[Any]:
    """The boxes over ``el``, nearest first, at most ``levels`` of them and none from the
    page's landmarks up (``article``, ``main``, ``body``): a widget's or a card's box is
    below those."""
    up = el.getparent()
    for _ in range(levels):
        if up is None or up.tag in _LANDMARK_TAGS:
            return
        yield up
        up = up.getparent()


#: `_boxes_up`: where a box a few levels up stops being a widget's or a card's.
_LANDMARK_TAGS = frozenset(("body", "html", "article", "main"))


def _card_byline(el: Any) -> bool:
    """Whether by-line element ``el`` (below the story) is a teaser card's: a box a few
    levels up holds a linked heading, another story's title, that ``el`` is not part
    of. ggwp.id 2019, an IDN Media site: "Artikel Terkait" cards under the story, each
    ``div.related-box`` an image link, ``a.link > h2.post-title`` and ``p.meta`` "By <a
    class=author>Name</a> - <time>5 July 2019</time>" (fardiyadi/idnmedia2.github.io
    adproducts/preview/desktop/ggwp/detail.html @ 123204aec725); their writers were
    read as the story's."""
    if el is None:
        return False
    for up in _boxes_up(el, _CARD_BYLINE_LEVELS):
        for h in up.iter("h2", "h3", "h4"):
            if h is el or el in h.iterancestors():
                continue
            if next(h.iterancestors("a"), None) is not None or next(h.iter("a"), None) is not None:
                return True
    return False


def _header_fields(w: _Work, body: set[int], headline: int | None, first: int, last: int) -> None:
    """Outside the container, near the article: the printed date nearest the headline,
    and lines the text rules read as by-line, editor or source (``Pewarta: ...``,
    ``Red: ...``, ``Sumber : Antara``), with their labels' values printed after or
    before them (``Editor`` / name, name / ``Editor`` / ``Follow``)."""
    blocks = w.page.blocks
    anchor = headline if headline is not None else first
    lo = max(0, min(anchor, first) - _META_WINDOW_BEFORE)
    hi = min(len(blocks), last + 1 + 12)
    if not w.fields.has("published"):
        _printed_date(w, body, anchor)
    # An editorial team's list comes after the story, below its tags and share bars.
    far = min(len(blocks), last + 1 + _META_WINDOW_AFTER)
    head = _story_head(w, body, headline)
    opening = min(body) if body else -1
    i = lo
    while i < far:
        b = blocks[i]
        # A date line the printed-date stage took may print the writer before the date
        # ("Nama, Jurnalis-Jum'at, 24 Juli 2026 |15:18 WIB": okezone 2026's journalist
        # line on a page with no date meta): its by-line rule still names the writer.
        dated = w.verdicts.get(i) == DATE
        # A credit line right under the story in a box the drop selectors took (the
        # story's own ``<footer>``: antaranews.com's regional template 2022,
        # footer.post-meta > div.tags-wrapper "Pewarta: A<br>Editor : B<br>COPYRIGHT ©
        # ANTARA 2023", its body kept in a project's SQL dump, code index file id
        # 9562923181): a by-line rule's names are read, as over a date line.
        foot = last < i < hi and w.verdicts.get(i) == DROP
        # (the body's first block printing a by-line's bold names alone: `_bold_byline`)
        inside = i in body and i not in head and not (i == opening and _bold_byline(b, w.hit(i)))
        if (i in w.verdicts and not dated and not foot) \
                or len(b.text) > (_MAX_LABEL_CHARS if inside else _MAX_META_CHARS) or i == headline:
            i += 1
            continue
        hit = w.hit(i)
        # In the story's box past its head, only a by-line or editor label alone on its
        # block whose names stand outside the story (a credits list under the story:
        # liputan6.com 2015-16's ul of li.role "Author" / "Editor", each over the linked
        # names, which the story's box leaves out as links): the label's value is read.
        if inside and (hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors")):
            i += 1
            continue
        if (dated or foot) and (hit is None or hit[0].action != "field" or hit[0].field not in ("authors", "editors")):
            i += 1
            continue
        if i in body and (hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors")) \
                and (inside or i in head):
            i += 1
            continue
        if i >= hi and (hit[0].field if hit is not None else "editors") != "editors":
            i += 1
            continue
        if hit is None:
            _name_role(w, i, "editors" if i >= hi else None)
        elif hit[0].field in ("authors", "editors", "source"):
            rule, m = hit
            if rule.action == "field" and rule.field == "authors" and (
                    _names_linked_to_a_topic(b.el, rule, m) or (i > last and _card_byline(b.el))):
                i += 1
                continue
            if rule.action == "field":
                names = [rule.value(m)] if rule.field == "source" else split_names(rule.value(m))
                for name in names:
                    w.add(rule.field, name)
                for extra, value in rule.extra_fields(m):  # "Rep: A/ Red: B": B the editor
                    for name in split_names(value) if extra in ("authors", "editors") else ():
                        w.add(extra, name)
                w.take(i, BYLINE)
            elif rule.action == "label":
                got = _label_value(w, i, body, lo, far, head)
                if got is not None:
                    j, names = got
                    for n in names:
                        w.add(rule.field, n)
                    w.take(i, BYLINE)
                    for k in range(i + 1, j + 1) if j > i else (j,):
                        w.verdicts[k] = BYLINE  # (a linked name the link-list stage took too)
                    i = max(i, j)
        i += 1
    if headline is not None and (not w.fields.has("authors") or w.byline_at > first):
        _head_byline(w, body, headline)


def _bold_byline(b: Any, hit: tuple[Any, Any] | None) -> bool:
    """Block ``b``, which a by-line rule reads by its names' shape alone ("Nama -
    detikNews", no by-line word), prints those names bold and alone (``<strong>Nama</strong>
    - detikNews``): markup no headline has. detik.com 2012 opens its story's element so
    (a project's SQL dump of copied pages, code index file id 17980597397: ``<p><strong>
    Nama</strong> - detikNews <strong><br /></strong></p>`` over ``<p><strong>Garut
    </strong> - ...``); its text is a short headline's with the site after a dash, which a
    text scrape prints as its first line, and stayed the title."""
    if hit is None:
        return False
    rule, m = hit
    if rule.action != "field" or rule.field != "authors" or "value" not in rule.pattern.groupindex \
            or m.start("value") != 0 or b.el is None:
        return False
    value = fold_space(rule.value(m))
    return any(fold_space(text_content(e)[:200]) == value for e in b.el.iter("strong", "b"))


#: `_head_byline`: a link to a writer's page, by its path's first part (``/penulis/rina``,
#: ``/author/rina``, ``/reporter/...``, ``/profile/...``: okezone.com 2018-20's
#: ``div.namerep > a[href*=/penulis/]``, tirto.id 2026's ``a.reporter-name[href^=/author/]``).
_WRITER_PATH = regex.compile(
    r"(?i)^(?:https?://[^/?#]{1,200})?/(?:[\w-]{1,40}/)?(?:penulis|author|authors|reporter|wartawan|jurnalis|"
    r"pewarta|kontributor|writer|profile|profil)/[^/?#\s]")
#: ... and a name printed as a person's: each word capitalised (``Rina Wulandari``,
#: ``RINA WULANDARI``, ``Rina van Dijk``), four words at most.
_PRINTED_NAME = regex.compile(r"\p{Lu}[\p{L}'.-]{0,30}(?: (?:\p{Ll}{1,4} )?\p{Lu}[\p{L}'.-]{0,30}){0,3}")
#: ... the blocks over the story's first paragraph it reads, from the headline on.
_HEAD_BYLINE_BLOCKS = 6
_SPACES = regex.compile(r"\s+")


def _head_byline(w: _Work, body: set[int], headline: int) -> None:
    """The writers printed between the headline and the story's first paragraph when
    no rule named them (a layout whose by-line is told by its class alone): the names of
    links to a writer's page (`_WRITER_PATH`), else a line whose elements print a name
    list and a date side by side (``<span>Rina Wulandari</span><span>3/11/2025
    16:32</span>``: mediaindonesia.com 2026's ``div.date-author``). Only short lines no
    caption, related or tag stage took; the line leaves the story as a by-line. When a
    selector named the writers already (a by-line box after the story: a theme's
    ``div#author_area`` whose ``a[rel=author]`` is read first), a line over the story that
    names the same writers is still their by-line and leaves the story (asked only when
    that box lies below the story's first block)."""
    from .container import is_running

    named = w.fields.get("authors")
    blocks = w.page.blocks
    start = next((i for i in sorted(body) if i > headline and i not in w.verdicts and is_running(blocks[i])
                  and is_sentence_like(blocks[i].text)), None)
    if start is None:
        return
    for i in range(headline + 1, min(start, headline + 1 + _HEAD_BYLINE_BLOCKS)):
        b = blocks[i]
        if b.el is None or len(b.text) > _MAX_META_CHARS or w.verdicts.get(i, LINKS) not in (LINKS, DATE, DROP):
            continue
        hit = w.hit(i)
        if hit is not None and hit[0].field in ("editors", "source"):
            continue  # an editor's line ('Editor: <a href=/penulis/...>'): no writer
        names = _writer_links(b.el, b.text) if b.link_chars else []
        # The writer's link and the date printed in one line ("<a href=/penulis/rina>Rina
        # Sari</a> <span>Selasa, 11 Oktober 2022 | 08:00 WIB</span>"): the date, with its
        # time, is the line's too (the block leaves as a by-line, and no date stage reads it).
        # (A page's machine date, when it has one, is the date: the fallbacks fill it.)
        date = parse_date(b.text) if names and not w.fields.has("published") else None
        date = date if date and "T" in date and not _machine_published(w) else None
        if not names and not b.link_chars \
                and _SPACES.sub("", text_content(b.el)[:_MAX_META_CHARS * 2]) == _SPACES.sub("", b.text):
            # (only a block that is its element's whole text: not a box's leftover line)
            names, date = _name_beside_date(b.el)
        if names and named:
            if all(n in named for n in names) and i in body:
                w.verdicts[i] = BYLINE
            return
        if names:
            for name in names:
                w.add("authors", name)
            if date and not w.fields.has("published"):
                w.add("published", date)
            if i in body:
                w.verdicts[i] = BYLINE
            return


#: `_names_linked_to_a_topic`: a link to a tag's, a topic's or a rubric's page.
_TOPIC_PATH = regex.compile(
    r"(?i)^(?:https?://[^/?#]{1,200})?(?:/[\w.-]{1,40}){0,2}/(?:tag|tags|topic|topics|topik|kategori|category|"
    r"categories|rubrik|kanal|channel|section|label)/")


def _names_linked_to_a_topic(el: Any, rule: Any, m: Any) -> bool:
    """A line a rule reads as its writers from the names' shape alone (no by-line label
    before them: "Nama Senin, 12 Mei 2025 10:15 WIB") whose names are printed as a link
    to a tag's or a rubric's page (`_TOPIC_PATH`: ``<a href=/tag/nelayan>Nelayan
    Pesisir</a> <span>Selasa, ...</span>``, a topic beside the date): no writer's."""
    if el is None or "value" not in rule.pattern.groupindex or m.start("value") != 0:
        return False
    value = m.group("value") or ""
    for a in el.iter("a"):
        text = fold_space(text_content(a)[:100]).strip(" ,")
        if text and text in value and _TOPIC_PATH.match((a.get(b"href") or "").strip()):
            return True
    return False


def _writer_links(el: Any, printed: str) -> list[str]:
    """The names of ``el``'s links to a writer's page (`_WRITER_PATH`) that its block
    prints (``printed``)."""
    names = []
    for a in el.iter("a"):
        text = fold_space(text_content(a)[:100]).strip(" ,")
        if text and text in printed and _WRITER_PATH.match((a.get(b"href") or "").strip()) \
                and _PRINTED_NAME.fullmatch(text) and is_name(text):
            names.append(text)
    return names


def _name_beside_date(el: Any) -> tuple[list[str], str | None]:
    """A line of two or three child elements, one a printed date (and a time) and the
    others a name list (`_PRINTED_NAME` each, two words or more): the names and the date."""
    children = [c for c in el if isinstance(c.tag, str)]
    if any(c.tag in _LABEL_HEADINGS for c in children):
        return [], None
    if not 2 <= len(children) <= 3 or (el.text or "").strip():
        return [], None
    names: list[str] = []
    date = None
    for c in children:
        text = fold_space(text_content(c)[:100])
        value = parse_date(text) if any(ch.isdigit() for ch in text) else None
        if value and date is None:
            date = value
            continue
        parts = split_names(text)
        if not parts or not all(" " in n and _PRINTED_NAME.fullmatch(n) and is_name(n) for n in parts):
            return [], None  # (one word beside a date is a section's name more often than a writer's)
        names.extend(parts)
    return (names, date) if date and names else ([], None)


#: `_deck`: the longest deck, and the share of its words a page description must hold.
_DECK_MAX_CHARS = _MAX_META_CHARS
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


def _deck(w: _Work, body: set[int], headline: int | None) -> None:
    """The deck under the headline: one the page's description confirms, or an
    outlet's that prints one under every headline (`_described_deck`), else one its
    markup sets apart from the story (`_markup_deck`)."""
    _described_deck(w, body, headline)
    if headline is not None and not w.fields.has("subtitle"):
        _markup_deck(w, body, headline)
    if not w.fields.has("subtitle"):
        _picture_deck(w, body, headline)


def _described_deck(w: _Work, body: set[int], headline: int | None) -> None:
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
    if len(b.text) > _DECK_MAX_CHARS and not opened and not ((_indonesian(w.page) and any(
            _DECK_BOX.search(f"{e.get('class') or ''} {e.get('id') or ''}"[:300])
            for e in (b.el, b.el.getparent()) if e is not None))
            or (b.el.tag in _DECK_HEADINGS and (_indonesian(w.page) or _indonesian_words(b.text)))):
        return
    if i in body:
        story = next((j for j in sorted(body) if j > i and is_running(blocks[j]) and blocks[j].el is not None), None)
        if story is None or blocks[story].el.getparent() is b.el.getparent():
            return
    if opened or _described(w, b.text):
        w.add("subtitle", b.text)
        w.take(i, "html-subtitle")
        return
    # An outlet whose layout prints a deck under every headline (its rule set's `deck`):
    # the short line there is the deck, confirmed or not by a description (a page of a
    # redesign whose deck box no selector names, and no <meta> repeating it).
    if w.ruleset.deck and len(b.text) <= _DECK_MAX_CHARS and not b.text.rstrip().endswith((":", ".")):
        w.add("subtitle", b.text)
        w.take(i, "html-subtitle")


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
_DECK_BOX_LEVELS = 4


def _markup_deck(w: _Work, body: set[int], headline: int) -> None:
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
    in a box named for a lead (`_LEAD_WORDS`: the story's lead printed apart, `_lead`)
    unless the headline's box or class holds it."""
    from .container import is_running

    blocks, page = w.page.blocks, w.page
    h = blocks[headline].el
    i = headline + 1
    while i < len(blocks) and i - headline <= _MAX_BOX_BLOCKS and (i in w.verdicts or _meta_line(blocks[i].text)):
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

    def holds_story(e: Any) -> bool:
        got = page.block_range(e)
        return got is not None and got[0] <= start <= got[1]

    above = set(h.iterancestors())
    box: list[Any] = []  # the deck's element and its ancestors up to the headline's, none holding the story
    e = el
    while e is not None and e not in above and e is not h and len(box) < _DECK_BOX_LEVELS:
        got = page.block_range(e)
        if not got or got[1] - got[0] >= _MAX_BOX_BLOCKS or holds_story(e):
            break
        box.append(e)
        e = e.getparent()
    if not box or _holds_image(box[-1], w) or within_tag(el, "figure", _DECK_BOX_LEVELS):
        return
    shared = _shared_class(h, el)
    apart = not _in_story_box(el, blocks[start].el, above)
    short = len(text) <= _DECK_MAX_CHARS
    # A longer one elsewhere is a teaser that stays the story's, as `_described_deck`
    # keeps it: the story's opening line, which the engine keeps (`_story_opening`).
    # Indonesian by its markup or, when the page names no language at all (the body or
    # the article's element alone, as a pipeline hands it: no ``<html lang>``, no
    # ``og:locale``), by the words of the story's first paragraph (as `_picture_deck`
    # asks). A page that names another language keeps its teaser (interaktif.tempo.co's
    # ``lang="en"`` template: tests/test_real_layouts_html_blind56.py).
    teaser = not (short or _indonesian(page) or (
        not (page.root.get("lang") or page.metas.get("og:locale")) and _indonesian_words(blocks[start].text)))
    named = apart and any(_box_named(x, _DECK_WORDS) for x in box)
    lead = apart and short and any(_box_named(x, _LEAD_WORDS) for x in box)
    head = False
    lca = common = next((a for a in el.iterancestors() if a in above), None)
    if lca is not None and _indonesian(page) and not holds_story(lca):
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
        if got is not None and i < got[1] and got[1] - got[0] <= _MAX_BOX_BLOCKS:
            under = [blocks[j].text for j in range(i + 1, got[1] + 1)]
            # Under the line, the head's date line, or the head's share bar (a run of
            # links a stage took: the box is the head's, its chrome beside the deck;
            # blind reading of test_html_container's ``div.entry-header``, ablation33).
            head = all(len(t) <= _MAX_META_CHARS for t in under) and (
                any(_meta_line(t) for t in under)
                or any(w.verdicts.get(j) in _HEAD_CHROME for j in range(i + 1, got[1] + 1)))
    for _ in range(_DECK_BOX_LEVELS):
        if common is None or holds_story(common):
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


def _deck_line(w: _Work, i: int) -> bool:
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


def _picture_deck(w: _Work, body: set[int], headline: int | None) -> None:
    """The deck told by where it stands, whatever its box is called: the one line
    between the head (the headline, its by-line and date lines) and the lead picture,
    the story starting under the picture (magz.tempo.co 2023 and majalah.tempo.co 2022:
    h1, the writer's line, the date, the deck, the share bar, then the photo and its
    caption; read with their names taken away, ablation33).

    The lead picture is the first caption (`CAPTION`) within `_PICTURE_DECK_SPAN`
    blocks of the top, past nothing but short head lines (a kicker, a date, a by-line:
    `_MAX_META_CHARS`, `_MAX_BOX_BLOCKS` of them at most); between the line and the
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
    while i >= top and cap - i <= _MAX_BOX_BLOCKS and i in w.verdicts and w.verdicts[i] != CAPTION:
        i -= 1
    if i < top or i in w.verdicts or (headline is None and i not in body):
        return
    head = [j for j in range(top, i) if j not in w.verdicts]
    if len(head) > _MAX_BOX_BLOCKS or any(len(blocks[j].text) > _MAX_META_CHARS for j in head):
        return
    el, text = blocks[i].el, blocks[i].text
    if not _deck_line(w, i) or within_tag(el, "figure", _DECK_BOX_LEVELS):
        return
    start = next((j for j in sorted(body) if j > cap and j not in w.verdicts and blocks[j].el is not None
                  and is_running(blocks[j]) and is_sentence_like(blocks[j].text)), None)
    if start is None:
        return
    if len(text) > _DECK_MAX_CHARS and not (
            _described(w, text) and (_indonesian(page) or _indonesian_words(blocks[start].text))):
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


def _described(w: _Work, text: str) -> bool:
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


def _description_opens(w: _Work, text: str) -> bool:
    """Whether one of the page's descriptions is ``text``'s opening, word for word, cut
    at a sentence's end and shorter than it (`_DECK_OPENING_WORDS` words or more): a
    deck whose description the page cut to its first sentence. interaktif.tempo.co's
    2020 template prints the deck in ``div.title-container > h5`` under the ``h1``, its
    description the deck's first of three sentences (ginanjarpamungkas/asi-susu
    index.html @ 0d30109faa159398acf7264de066aa3c74aa5830); `_described` wants the
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


def _story_opening(w: _Work, body: set[int], headline: int | None) -> tuple[int, ...]:
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
    if len(text) > _MAX_META_CHARS:
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


def _indonesian(page: HtmlPage) -> bool:
    """Whether the page says it is in Indonesian (``<html lang="id">``, ``og:locale``)."""
    lang = (page.root.get("lang") or page.metas.get("og:locale") or "").strip().lower()
    return lang == "id" or lang.startswith(("id-", "id_", "in-", "in_"))


def _printed_date(w: _Work, body: set[int], anchor: int) -> None:
    """The date printed nearest the headline (outside the story), with its time. A
    date printed without one (``21 Januari 2019``, also at the story's top, before its
    first running paragraph) is read when the page's machine date falls on that day:
    the machine date gives the time. A date printed inside a share bar that the drop
    selectors took counts too (kompas.com 2016: ``div.social`` holds the date and the
    share buttons)."""
    from .container import is_running

    blocks = w.page.blocks
    start = next((i for i in sorted(body) if i > anchor and i not in w.verdicts and is_running(blocks[i])), None)
    timed, days = [], []
    updates: bool | None = None  # whether the page may mark an update time (asked once, on a date)
    for i in range(max(0, anchor - _NEAR_HEADLINE), min(len(blocks), anchor + _NEAR_HEADLINE + 1)):
        b = blocks[i]
        # A by-line block may print the date beside the name (``<span>Penulis: A</span>
        # <time>Selasa, 14 Mei 2024 10:15 WITA</time>`` in one line): the by-line stage
        # took the block for the name, and its date is still this stage's.
        byline = w.verdicts.get(i) == BYLINE
        if w.verdicts.get(i, DROP) not in (DROP, BYLINE) or len(b.text) > _MAX_META_CHARS or i == anchor:
            continue
        if i in body and not byline \
                and (start is None or i >= start or w.hit(i) is None or w.hit(i)[0].field != "published"):
            continue  # in the story: only a date line above its first paragraph
        if i > anchor and b.el is not None and _in_date_box(b.el, None, _EMBED_OR_COMMENT_BOX, boxes=False):
            continue  # a reader's comment under a short story (WordPress's ol.comment-list), an embed's post
        value = parse_date(b.text)
        if value and b.el is not None and len(b.el):
            if updates is None:  # an update's class, or a dateModified itemprop in the markup
                source = w.page.source
                updates = w.page.may_hold(("updated", "modified"), ()) \
                    or (source is not None and "dateModified" in source) or source is None
            if updates and (text := _without_update_times(b.el, b.text)) != b.text:
                value = parse_date(text)
        if value and "T" in value and (i not in body or byline):
            timed.append((abs(i - anchor), i, value))
        elif value and "T" not in value:
            days.append((abs(i - anchor), i, value))
    machine = _machine_published(w) if timed else None
    if machine is not None and "T" in machine:
        # A clock above the headline on another day than the page's machine date is
        # the site's clock (the day the page was fetched), not the story's date
        # (jpnn.com 2016, a real page: "Kamis, 29 Desember 2016 — 10:45 WIB" in the
        # header's ``div.search-date``, the story of the 28th).
        timed = [t for t in timed if t[1] > anchor or t[2][:10] == machine[:10]]
    if timed:
        _, i, value = min(timed)
        if machine is not None and _swapped_day(value, machine) and _NUMERIC_DAY.search(blocks[i].text):
            # "11/01/2021" is 11 January on an Indonesian page, 1 November on motor.at
            # 2021 (peer suite: "Stand: 11/01/2021, 05:00" under an article:published_time
            # of 2021-11-01): a day and month that read either way follow the machine date.
            value = machine
    else:
        machine = _machine_published(w)
        day = min(days) if days else None
        if day is not None and machine is None and _head_day(w, day[1], anchor, start):
            machine = day[2]  # no machine date at all (a page saved without its <head>)
        if machine is not None and day is not None and _swapped_day(day[2], machine) \
                and _NUMERIC_DAY.search(blocks[day[1]].text):
            day = (day[0], day[1], machine[:10])  # (as a clock's day above: the machine's reading)
        if machine is None or day is None or not machine.startswith(day[2]):
            return
        _, i, value = day[0], day[1], machine
    w.add("published", value)
    # In the story's box, the engine reads it (its day, refined by this time); a by-line
    # block printing the date keeps the by-line's verdict.
    if i not in body and w.verdicts.get(i) != BYLINE:
        w.take(i, DATE)
        _side_fields(w, i)


#: `_head_day`: the blocks over the headline a day printed alone may stand in (a
#: breadcrumb's last item, idntimes.com 2019's ``li.gimmick``).
_DAY_ABOVE_HEADLINE = 3


def _head_day(w: _Work, i: int, anchor: int, start: int | None) -> bool:
    """Whether block ``i``, a day printed without a time, is the story's date on a page
    with no machine date to confirm it: a line printing the date alone (no "Updated"
    before it), from `_DAY_ABOVE_HEADLINE` blocks over the headline to the story's
    first paragraph, in no box of other stories' or readers' dates (`_in_date_box`).
    idntimes.com 2019-23 prints the day alone over or under the headline
    (``li.gimmick``, ``div.article__date``: fixtures/idntimes), its time only in the head."""
    b = w.page.blocks[i]
    if not anchor - _DAY_ABOVE_HEADLINE <= i <= (start if start is not None else anchor + _DAY_ABOVE_HEADLINE):
        return False
    text = b.text.strip(" |-–·•,")
    return is_printed_date(text) and b.el is not None and not _in_date_box(b.el, None)


def _story_head(w: _Work, body: set[int], headline: int | None) -> set[int]:
    """The container's blocks between the headline and the story's first running
    paragraph: a container chosen by density on a layout no selector knows may hold
    the headline's box (deck, by-line, date) over the story."""
    from .container import is_running

    if headline is None:
        return set()
    blocks = w.page.blocks
    start = next((i for i in sorted(body) if i > headline and i not in w.verdicts and is_running(blocks[i])), None)
    return {i for i in body if headline < i < start} if start is not None else set()


def _label_value(w: _Work, i: int, body: set[int], lo: int, hi: int,
                 head: frozenset[int] | set[int] = frozenset()) -> tuple[int, list[str]] | None:
    """The block that a by-line or editor label at ``i`` names, and its names: the
    next block, else the one before (a name printed above its role, with a follow
    button after it); only a short block outside the story (or in its ``head``, above
    its first paragraph) that no rule reads, and not the headline (an ``h1``, or a line
    that a metadata title prints). A name the link-list stage took (a linked name,
    with a linked date under it) is still the label's: a list takes no field."""
    blocks = w.page.blocks
    titles = title_parts(w.page.titles)

    def names_at(j: int) -> list[str]:
        if not lo <= j < hi or (j in body and j not in head) or w.verdicts.get(j, LINKS) != LINKS \
                or len(blocks[j].text) > 60 or w.hit(j) is not None \
                or (blocks[j].el is not None and blocks[j].el.tag == "h1") or norm_words(blocks[j].text) in titles:
            return []
        names = split_names(blocks[j].text)
        return names if names and all(is_name(n) for n in names) else []

    after, before = names_at(i + 1), names_at(i - 1)
    # "A / Editor / B / Editor", "A / Penulis / B / Editor" (kompas.com 2025's credits
    # list): names above their roles, though the next is a name too.
    label, third = w.hit(i), w.hit(i + 2) if i + 2 < hi else None
    role_after = bool(before and after) and label is not None and third is not None \
        and third[0].action == "label" and third[0].field in ("authors", "editors")
    if after and not role_after:
        # One element a name, the list's comma printed with each name but the last
        # (kompas.com 2020-26's credit box: <p>Penulis</p> then a div.credit-title-nameEditor
        # a name, "Nama Satu," over "Nama Dua"), or the label and each name an item of one
        # list (liputan6.com 2015-16's credits: li.role "Author", then an li a name): the
        # label names them all.
        j = i + 1
        while j + 1 < hi and (blocks[j].text.rstrip().endswith(",")
                              or _list_items(blocks[i], blocks[i + 1], blocks[j + 1])):
            more = names_at(j + 1)
            if not more:
                break
            j += 1
            after = after + more
        return j, after
    if before:
        return i - 1, before
    return None


def _list_item(el: Any) -> Any:
    """``el``'s list item: itself or its nearest ``li`` ancestor (three levels up at
    most: a linked name in an ``li``), or ``None``."""
    for _ in range(4):
        if el is None or el.tag == "li":
            return el
        el = el.getparent()
    return None


def _item_shape(li: Any) -> tuple[Any, ...]:
    """A list item's shape: its class and its children's tags and classes."""
    return (li.get("class"), *((c.tag, c.get("class")) for c in li if isinstance(c.tag, str)))


def _list_items(label: HtmlBlock, first: HtmlBlock, block: HtmlBlock) -> bool:
    """``block`` is another item of the list whose items print ``label`` and its
    ``first`` name, shaped as that name's item (a credits list: each name an ``li >
    a``; a place or a date printed as an item of another shape is no name of it)."""
    a, f, b = _list_item(label.el), _list_item(first.el), _list_item(block.el)
    return a is not None and f is not None and b is not None and a is not b and f is not b \
        and a.getparent() is b.getparent() is f.getparent() and _item_shape(b) == _item_shape(f)


def _name_role(w: _Work, i: int, only: str | None) -> None:
    """A block printing a linked name and its role after it (``<a>Nama</a> Editor``,
    an editorial team's list): the name goes to the role's field (when it is ``only``,
    if given)."""
    b = w.page.blocks[i]
    if b.el is None or not b.link_chars:
        return
    links = [t for t in (fold_space(text_content(a)[:100]) for a in b.el.iter("a")) if t and b.text.startswith(t)]
    if len(links) != 1:
        return
    role = b.text[len(links[0]):].strip()
    hit = w.match(role) if role else None
    if hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors") \
            or only not in (None, hit[0].field):
        return
    if hit[0].field == "authors" and w.fields.has("authors"):
        return  # a writer named in a list after the story's own by-line: another's
    names = [n for n in split_names(links[0]) if is_name(n)]
    for n in names:
        w.add(hit[0].field, n)
    if names:
        w.take(i, BYLINE)


#: `_machine_published`: the longest publish-time ``<meta>`` read as a printed date.
_MAX_PRINTED_META_DATE = 60


def _machine_published(w: _Work) -> str | None:
    """The page's machine date: JSON-LD ``datePublished``, else ``<meta>`` publish times."""
    printed: str | None = None
    for a in w.page.articles:
        raw = a.get("datePublished")
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            value = epoch_date(raw)
        else:
            value = machine_date(raw if isinstance(raw, str) else None)
        if value:
            return value
        printed = printed or _printed_meta_date(raw)
    # og:article:published_time: merdeka.com 2015 (a real saved page) names it so;
    # content_PublishedDate: kompas.com and its network (the name public scrapers of the
    # live pages read, the code index's file ids 30049745194, 17431317240, 104471886);
    # content_published_date: idntimes.com 2026 (a real page's <head>, WIB without an
    # offset: Nvl123/article-idn-times-scrap meta_debug.txt @
    # c585058addbb248d044b37cec3bc564504d369fb, its scraper.py reads it).
    # tempo.co 2024-26 prints its day and time in article:published_time as on the page,
    # "12 September 2025 | 15.22 WIB" (fakhryfernanda/tempo_news_scraper
    # src/tempo_scraper/core/selectors.py @ 54faf5e5e56d82b01f1def1a61f1a31e66038b11 reads
    # it so): a meta no machine date reads is read as a printed date, when it is one
    # whole (not "10/05/2022 05:22 pm", eluniversal.com's in the peer suite: its clock's
    # "pm" is past what the date grammar reads).
    # dtk:publishdate: detik.com's own ("2026/06/05 20:30:23", WIB: scrapers of the live
    # pages read it beside publishdate, code index file ids 67122587844 and 1748569253);
    # publish-date: a news CMS's template prints it beside pubdate (file id 58848285060);
    # parsely-pub-date: Parse.ly's (UTC "Z": file id 61095451929).
    # content_date: the Grid network's (gridoto.com 2020, beside content_id, content_author
    # and content_tag, "2020-05-12 10:15:00" in WIB: two scrapers of its live pages read it
    # as the story's date, code index file ids 32252782132 and 32296871932).
    for key in ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                "content_publisheddate", "content_published_date", "dc.date.issued", "dtk:publishdate",
                "publish-date", "parsely-pub-date", "content_date"):
        meta = w.page.metas.get(key)
        value = machine_date(meta)
        if value:
            return value
        printed = printed or _printed_meta_date(meta)
    return printed


def _machine_modified(w: _Work) -> str | None:
    """The page's machine update time (JSON-LD ``dateModified``, else an Open Graph or
    article ``modified_time`` meta), read as `_machine_published` reads its date."""
    for a in w.page.articles:
        raw = a.get("dateModified")
        if isinstance(raw, str) and (value := machine_date(raw)):
            return value
    for key in ("article:modified_time", "og:updated_time"):
        if value := machine_date(w.page.metas.get(key)):
            return value
    return None


#: `_body_published`: the elements that may carry a story's date in the body's own
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
_BODY_DATE_CLASSES = ("publish", "entry-date", "Publish")
_BODY_DATE_NAMES = ("itemprop", "property", "pubdate", "datetime")


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


#: A class or id word of a box whose dates are not the story's: a comment, a related or
#: most-read list (``terpopuler``), a sidebar, a widget, the page's footer.
_OTHER_DATES_BOX = regex.compile(
    r"(?i)comment|komentar|related|terkait|lainnya|sidebar|widget|populer|popular|trending|recommend|"
    r"rekomendasi|footer|latest|terbaru|terkini|teaser|card|list|slide|carousel")
#: An update time's class or ``itemprop`` (hAtom ``updated``, schema.org ``dateModified``):
#: no publication date.
_UPDATED = regex.compile(r"(?i)updated|modified|diperbarui|aktualisiert|actualizado")
#: hAtom's and WordPress's class words for the publication time.
_PUBLISHED_CLASS = regex.compile(r"(?i)(?:^|[\s_-])(?:published|entry-date|date-?published|publish-?date|"
                                 r"pubdate|post-?date)(?:$|[\s_-])")
#: The element levels `_body_published` climbs looking for a box of other dates.
_DATE_BOX_LEVELS = 8


def _body_published(w: _Work, body: set[int], headline: int | None) -> str | None:
    """The story's date as the body's markup prints it, for a page with no machine date
    (a page saved without its ``<head>``: ``document.body.innerHTML``, a cut download):
    schema.org's ``itemprop=datePublished`` (its ``content`` or ``datetime``, else its
    text), a ``time`` or element whose class names the publication (hAtom ``published``,
    WordPress ``time.entry-date.published``, ``time[pubdate]``), else the first
    ``time[datetime]`` of the story's head (between the headline and the story's first
    paragraph). Only one standing over the story (from `_META_WINDOW_BEFORE` blocks above
    the headline to the story's first paragraph) or inside the story's own ``<article>``,
    never one in a comment, a related, latest or most-read list, a sidebar, a card or the
    footer (`_OTHER_DATES_BOX`), and never an update time (``dateModified``, hAtom
    ``updated``): the first such element in page order gives the date."""
    from .container import is_running

    # No class holding the words: the attributes' tests alone, half the walk's cost; and
    # none of the attributes either: no element to ask.
    classed = w.page.may_hold(_BODY_DATE_CLASSES, ())
    if not classed and not w.page.may_hold((), _BODY_DATE_NAMES):
        return None
    blocks = w.page.blocks
    first = min(body)
    start = next((i for i in sorted(body) if i not in w.verdicts and is_running(blocks[i])), first)
    anchor = headline if headline is not None and headline < start else first
    lo = max(0, anchor - _META_WINDOW_BEFORE)
    story_el = blocks[start].el
    article = next((e for e in story_el.iterancestors("article")), None) if story_el is not None else None
    bare: str | None = None
    for el in w.page.body_date_elements(classed):
        prop = (el.get("itemprop") or el.get("property") or "").strip()
        cls = el.get("class") or ""
        marked = prop.lower() in ("datepublished", "article:published_time") or el.get("pubdate") is not None \
            or bool(_PUBLISHED_CLASS.search(cls))
        if not marked and (el.tag != "time" or el.get("datetime") is None or bare is not None):
            continue
        if _update_time(el):
            continue
        got = w.page.block_range(el)
        at = got[0] if got else None
        inside = article is not None and any(a is article for a in el.iterancestors("article"))
        if at is None or not (inside or lo <= at <= start) or _in_date_box(el, article, boxes=not inside):
            continue
        printed = fold_space(text_content(el)[:_MAX_META_CHARS])
        if _UPDATED.search(printed[:20]):
            continue  # "Updated Mar 12, 2020" in a box classed as the publication date's
        value = machine_date(el.get("content") or el.get("datetime") or el.get("title")) or parse_date(printed)
        if not value:
            continue
        if marked:
            return value
        if lo <= at <= start and (headline is None or at >= min(headline, start) - 2):
            bare = value  # a bare time[datetime] of the story's head: if nothing marked follows
    return bare


#: A box of readers' comments (`_printed_date`, `_time_of_day`).
_COMMENT_BOX = regex.compile(r"(?i)comment|komentar")
#: ... or an embedded post, whose time is the post's (`_printed_date`): jolie.de 2019 (peer
#: suite) embeds an Instagram post, ``blockquote.instagram-media`` printing "A post shared by
#: ... on <time datetime=...>Jun 16, 2019 at 7:30am PDT</time>" under the headline of a
#: story of the 20th; X's ``blockquote.twitter-tweet``, TikTok's ``blockquote.tiktok-embed``.
_EMBED_OR_COMMENT_BOX = regex.compile(r"(?i)comment|komentar|instagram|twitter-tweet|tiktok")


#: A date printed in figures alone ("11/01/2021", "11.01.2021"): its day and month may be
#: read either way round.
_NUMERIC_DAY = regex.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b")


def _swapped_day(value: str, machine: str) -> bool:
    """Whether ISO date ``value``'s month and day, swapped, give ``machine``'s date (and
    differ: a date whose day is its month reads the same either way)."""
    return len(value) >= 10 and len(machine) >= 10 and value[:4] == machine[:4] and value[5:7] != value[8:10] \
        and value[5:7] == machine[8:10] and value[8:10] == machine[5:7]


def _without_update_times(el: Any, text: str) -> str:
    """Block text ``text`` of element ``el`` without the text of the update times its
    markup marks inside it (`_marks_update`):
    courage-online.de 2022 (peer suite) prints its by-line, a hidden hAtom
    ``span.updated.rich-snippet-hidden`` "2022-12-07T10:10:52+01:00" and the printed
    "25. Dezember 2022" in one line, and the update was read as the story's date."""
    for d in el.iterdescendants():
        if not isinstance(d.tag, str):
            continue
        if _marks_update(d):
            part = fold_space(text_content(d)[:_MAX_META_CHARS])
            if part:
                text = text.replace(part, " ", 1)
    return text


def _update_time(el: Any) -> bool:
    """Whether ``el`` is marked as an update time: schema.org ``dateModified``, a class
    naming the update and not the publication (hAtom ``updated``; WordPress prints
    ``time.entry-date.published.updated`` for a post never edited, which is its
    publication time), or a printed "Updated ..." / "Diperbarui ..." line."""
    if _marks_update(el):
        return True
    return bool(_UPDATED.match(fold_space(text_content(el)[:_MAX_META_CHARS])))


def _marks_update(el: Any) -> bool:
    """Whether ``el``'s markup names it the update time: schema.org ``dateModified`` (its
    ``itemprop`` or ``property``), or a class naming the update and not the publication
    (`_PUBLISHED_CLASS`); an element whose ``itemprop`` is ``datePublished`` never
    (liputan6.com 2016's ``time.read-page--header__datetime.updated[itemprop=datePublished]``)."""
    prop = el.get("itemprop") or el.get("property") or ""
    if prop.lower() == "datepublished":
        return False
    cls = el.get("class") or ""
    return bool(_UPDATED.search(prop)) or (bool(_UPDATED.search(cls)) and not _PUBLISHED_CLASS.search(cls))


def _in_date_box(el: Any, article: Any, pattern: Any = _OTHER_DATES_BOX, *, boxes: bool = True) -> bool:
    """Whether ``el`` sits in a box of other stories' or readers' dates (``pattern``'s
    class or id words, `_OTHER_DATES_BOX`; with ``boxes``, an ``aside`` or ``nav``: not
    inside the story's own ``<article>``, whose meta row may be an ``aside``), up to the
    story's ``<article>`` or `_DATE_BOX_LEVELS` levels."""
    e = el.getparent()
    for _ in range(_DATE_BOX_LEVELS):
        if e is None or e is article or e.tag in ("body", "html"):
            return False
        if boxes and e.tag in ("aside", "nav"):
            return True
        words = f"{e.get('class') or ''} {e.get('id') or ''}"[:300]
        if words.strip() and pattern.search(words):
            return True
        e = e.getparent()
    return False


def _printed_meta_date(value: object) -> str | None:
    """A machine date's value that is a printed date whole ("12 September 2025 | 15.22
    WIB", "Senin, 03 Jan 2022 10:15 WIB"), read as printed; else ``None``."""
    if not isinstance(value, str) or not value or len(value) > _MAX_PRINTED_META_DATE:
        return None
    folded = fold_space(value)
    return parse_date(folded) if is_printed_date(folded) else None


def _time_of_day(w: _Work) -> None:
    """A day printed alone, given its time by the ``<time>`` element that prints it:
    ``<time datetime="2025-05-12T10:15:00+07:00">Senin, 12 Mei 2025</time>`` holds the
    clock in its attribute (the element's standard use), and the day its text prints
    is the record's. Only the page's first ``<time>`` with a clock in its attribute (a
    list of other stories prints theirs further down), when its printed day is the
    record's day (or the record has none) and its attribute is that day with a time."""
    have = w.fields.get("published")
    if have and "T" in have:
        return
    for el in w.page.root.iter("time"):
        value = machine_date(el.get("datetime"))
        if not value or "T" not in value:
            continue
        if not have and (_update_time(el) or _in_date_box(el, None, _COMMENT_BOX, boxes=False)):
            continue  # no date yet: an update time or a reader's comment is none
        day = parse_date(fold_space(text_content(el)[:200]))
        if day and "T" not in day and value.startswith(day + "T") and (not have or have == day):
            # The engine reads the printed day from the text; the hint is its time
            # (`cleaner.fields.merge` takes a finer date of the same day).
            w.add("published", value)
        return


def _fill_fallbacks(w: _Work, body: set[int] | None = None, headline: int | None = None) -> None:
    """Machine metadata for what the page's printed lines did not give (``body``, the
    story's blocks, and ``headline``, its headline's block: where the body's own date
    markup may stand, `_body_published`)."""
    articles, metas = w.page.articles, w.page.metas
    for name_field, key in (("authors", "author"), ("editors", "editor")):
        if not w.fields.has(name_field):
            for name in _json_ld_people(w, key):
                w.add(name_field, name)
        if name_field == "authors" and not w.fields.has("authors"):
            for name in w.trailing_names:
                w.add("authors", name)
    have = w.fields.get("published")
    if not have:
        w.add("published", _machine_published(w) or (_body_published(w, body, headline) if body else None) or "")
    elif "T" not in have and (machine := _machine_published(w)) and machine.startswith(have + "T"):
        # A day printed without its clock (a WordPress entry-meta "12 Mei 2020" beside
        # the by-line) and the machine date of that same day: the finer one
        # (`cleaner.fields.merge`), as `_time_of_day` gives a <time>'s clock.
        w.add("published", machine)
    elif "T" in have and (machine := _machine_published(w)) and "T" in machine and machine[16:] == have[16:] \
            and machine < have and _machine_modified(w) == have:
        # The printed clock is the page's machine update time to the minute, and its
        # machine publication time is earlier (idntimes.com 2023 mobile prints "28 Nov 23
        # | 14:01", its JSON-LD's dateModified, beside datePublished 13:53): SPEC's
        # ``published`` is the publication time, as the dev gold reads datePublished.
        w.fields.replace("published", machine)
    _time_of_day(w)
    if not w.fields.has("tags"):
        for kw in json_ld_keywords(articles):
            if ":" not in kw:
                w.add("tags", kw)
            elif m := _KEYWORD_TOPIC.fullmatch(kw):
                # A keyword named as a topic (okezone 2017's JSON-LD: ["Celebrity: Hot
                # Gossip", "Topic: Nama Artis"]; anpandu/indonesian-news-scraper
                # okezone-singlepage2.html): a tag; the section ("Celebrity: ...") is none.
                w.add("tags", m.group(1))
    site = metas.get("og:site_name") or w.page.url
    if not w.fields.has("editors"):
        # kompas.com's network names the editor in a meta of its own (content_Editor,
        # beside content_Author: a template of the layout, file id 19269407094 of the
        # code index, and a scraper reading "content_editor", file id 34048845693).
        # idntimes.com 2026 names several editors in it, comma-separated ("Nama Satu,Nama
        # Dua": the content_editor column of Nvl123/article-idn-times-scrap's output CSV
        # @ c585058addbb248d044b37cec3bc564504d369fb): each is an editor.
        for part in split_names(metas.get("content_editor") or ""):
            editor = credited_person(part, site, "editors")
            if editor:
                w.add("editors", editor)
    if not w.fields.has("authors"):
        # content_creator_fullname: idntimes.com 2026 (same page), whose meta author
        # is the brand on some layouts (the 2021 page, file id 18212393701). It names
        # the writer by role (content_creator_role "writer"), so it stands even when
        # the editor's meta names the same person (a writer who edits their own story:
        # duniaku.idntimes.com rows of that repository's output JSON).
        # dtk:author: detik.com's writer (scrapers read it after "author", code index
        # file ids 67122587844 and 1748569253); article:author: Open Graph's, a
        # Facebook page's address on many heads (no name: `credited_person` refuses it)
        # and the writer's name on others (file id 71364712459); parsely-author:
        # Parse.ly's.
        for key in ("author", "content_author", "content_creator_fullname", "dtk:author", "article:author",
                    "parsely-author"):
            author = credited_person(metas.get(key) or "", site)
            if author and (author not in w.fields.get("editors") or key == "content_creator_fullname"):
                w.add("authors", author)
                break
    if not w.fields.has("authors"):
        # dable:author, the recommendation widget's meta: viva.co.id 2019 names its
        # writers there, comma-separated ("Nama Satu, Nama Dua"), when its by-line prints
        # the team ("Tim VIVA") and the names only in a pop-up (kefasjwiryadi/android-
        # baca-berita app/src/test/java/com/kefasjwiryadi/bacaberita/html3.html @
        # 1aca5f3154b4); the network's home page prints the outlet there (no person).
        for part in split_names(metas.get("dable:author") or ""):
            author = credited_person(part, site)
            if author:
                w.add("authors", author)
    if not w.fields.has("tags"):
        for kw in _printed_keywords(w):
            w.add("tags", kw)


def _json_ld_people(w: _Work, key: str) -> list[str]:
    """The persons JSON-LD credits under ``key`` (``author``, ``editor``), as names:
    several in one ``name`` ("Nama Satu, Nama Dua") each apart, and none that names a
    team, the site or its publisher, or an agency (`credited_person`): a page's JSON-LD
    types its desk as a Person ("Tim Redaksi"), and such a credit is no writer."""
    names = json_ld_authors(w.page.articles, key)
    if not names:
        return []
    metas = w.page.metas
    publishers = [p.get("name") for a in w.page.articles
                  if isinstance(p := a.get("publisher"), dict) and isinstance(p.get("name"), str)]
    site = " ".join(n for n in (metas.get("og:site_name"), site_name(w.page.url), *publishers[:3]) if n)
    out: list[str] = []
    for name in names:
        for part in split_names(name):
            person = credited_person(part, site or None, "editors" if key == "editor" else "authors")
            if person and person not in out:
                out.append(person)
    return out


_KEYWORD_TOPIC = regex.compile(r"(?i)(?:topics?|topik|tags?) ?: ?([^:]{1,60})")


def _printed_keywords(w: _Work) -> list[str]:
    """``<meta name="news_keywords">`` / ``keywords`` (else the ``article:tag`` metas)
    that the page also prints as a link's text (a tag link): tags the reader sees.
    Keyword lists that the page never prints are search-engine text, often site-wide
    (``berita terkini``), not its tags."""
    metas = w.page.metas
    raw = metas.get("news_keywords") or metas.get("keywords") or ""
    keywords = [fold_space(k) for k in raw.split(",")[:50] if k.strip()]
    # The ``article:tag`` metas are looked for only on a page that has one with a value:
    # `meta_tags` keeps the first such value under that key (one with no value gives no
    # tag of 3 characters), so the page's ``<meta>`` elements are not read again.
    if not keywords and "article:tag" in metas:
        keywords = [fold_space(e.get("content") or "")[:100] for e in w.page.root.iter("meta")
                    if (e.get("property") or e.get("name") or "").lower() == "article:tag"][:50]
    wanted = {k.lower(): k for k in keywords if len(k) >= 3}
    if not wanted:
        return []  # nothing to look for among the links
    found: dict[str, str] = {}
    for a in w.page.root.iter("a"):
        href = (a.get(b"href") or "").lower()
        if not any(t in href for t in ("tag", "topik", "topic", "keyword", "kata-kunci", "search", "cari")):
            continue
        text = fold_space(text_content(a)[:100]).lstrip("#").strip().lower()
        if text in wanted:
            found.setdefault(text, wanted[text])
    return [wanted[k] for k in wanted if k in found]
