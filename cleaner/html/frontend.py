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

The stages' work is done in the modules of `cleaner.html` imported below, each named for
what it reads (`state`: `HtmlPage` and `Work`; `story`, `headline`, `captions`, ...).
"""

from __future__ import annotations

from typing import Any

from ..front import FrontEnd
from ..record import Removal
from ..rules import RuleSet
from ..segment import Block
from .bylines import (
    avatar_card_name,
    credit_lists,
    header_fields,
    names_linked_to_a_topic,
    trailing_name,
    writer_box_names,
)
from .captions import read_captions
from .chrome import (
    box_lines,
    dangling_label,
    fenced_promo,
    icon_bar_prompt,
    list_labels,
    paywall_tail,
    related_box_lines,
    trailing_heading,
)
from .decks import deck, deck_points, story_opening, summary_list
from .drop import mark_dropped
from .elements import story_paragraph
from .fallbacks import fill_fallbacks
from .headline import find_headline, story_heading
from .index_pages import front_page, page_footer_only, short_story
from .link_lists import href_tags, labelled_links, link_stamps, read_link_lists, selector_lists
from .meta import (
    canonical_url,
    json_ld_articles,
    meta_tags,
    metadata_elements,
    metadata_titles,
    site_keys,
    title_from_metadata,
)
from .outlet import not_site_name, page_outlet
from .page_dates import box_date
from .pretty import LAYOUT_SPACE, pretty_printed
from .scripted import BODY_KEYS, app_state_story, prints_story, scripted_story, structured_story
from .selector_fields import read_selector_fields
from .sniff import FEED_TAGS, markup_root
from .state import (
    AUTHOR_BOX,
    BYLINE,
    CAPTION,
    CONTROL_BOX,
    DATE,
    DROP,
    ICON_BAR,
    LINKS,
    META_BOX,
    META_WINDOW_AFTER,
    META_WINDOW_BEFORE,
    MIN_BODY_CHARS,
    NOT_ARTICLE,
    OUTSIDE,
    PAYWALL,
    RELATED,
    SCRIPTED_STORY_MAX,
    TAGS,
    TEMPLATE_FALLBACK,
    TITLE,
    TRAILING_HEADING,
    TRAILING_NAME,
    HtmlPage,
    Work,
)
from .story import find_body, opening_pull_quote, story_lead, widen_to_article
from .tags import AMP_IMAGE_TAGS

#: The names callers import from here (some defined in the modules above).
__all__ = [
    "AUTHOR_BOX", "BYLINE", "CAPTION", "CONTROL_BOX", "DATE", "DROP", "ICON_BAR", "LINKS",
    "META_BOX", "NOT_ARTICLE", "OUTSIDE", "PAYWALL", "RELATED", "TAGS", "TITLE", "TRAILING_HEADING",
    "TRAILING_NAME", "HtmlPage", "app_state_story", "front_end", "html_blocks", "page_outlet",
    "read_page", "structured_story",
]


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
    if running < TEMPLATE_FALLBACK and expand_templates(root):
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
    if running < SCRIPTED_STORY_MAX and body is not None:
        story, state = structured_story(root), None
        if not story:
            story, state = app_state_story(root)
        if running >= TEMPLATE_FALLBACK:
            # The page prints its furniture, the deck among it: the story's body alone.
            if not state:
                story = structured_story(root, BODY_KEYS)
            if not scripted_story(blocks, story, running):
                story = ""
        if len(story) > max(running, TEMPLATE_FALLBACK) and not prints_story(blocks, story):
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
    pretty = pretty_printed(text)
    if pretty:
        for b in blocks:
            b.text = LAYOUT_SPACE.sub("", b.text)
    if source is None:  # the tree changed (a template, a structured story): its elements again
        found = metadata_elements(root)
        styled = None
    return HtmlPage(root, blocks, metas, articles, canonical_url(root, metas, found["link"]),
                    metadata_titles(root, metas, articles, found["title"]), inline_at, pretty, source, styled)


def html_blocks(text: str, *, max_depth: int) -> tuple[list[Block], str | None]:
    """Every visible text block of a page as a `Block`, and its canonical URL."""
    page = read_page(text, max_depth=max_depth)
    if page is None:
        return [], None
    return [Block(b.number, b.text) for b in page.blocks], page.url


def front_end(page: HtmlPage, ruleset: RuleSet, *, use_trafilatura: bool | None = None) -> FrontEnd:
    """Decide which blocks are the article's, for ``ruleset``'s outlet.

    ``use_trafilatura``: ``None`` (default) asks trafilatura only when the container
    choice is not confident; ``True``/``False`` force it on or off (benchmarks).
    """
    from .rules import compile_html_rules

    w = Work(page, ruleset, compile_html_rules(ruleset.html))
    blocks = page.blocks
    if _is_feed(page):
        return _no_article(w, "a feed or sitemap (RSS, Atom: a list of stories' links)", "feed")
    mark_dropped(w)
    body, how = find_body(w, use_trafilatura)
    if body and not how.startswith("selector"):
        body, how = widen_to_article(w, body, how)
    if not body:
        return _no_article(w, "no block of running text (an index or empty page)", how)
    if not page.articles and page_footer_only(w, body):
        return _no_article(w, "its only running text is the page's footer (an index or empty page)", how)
    if front := front_page(w, body):
        return _no_article(w, f"{front} (teasers: a linked title over each summary)", how)
    headline = find_headline(w, body)
    # An outlet's own body selector names its whole story; a shared one (schema.org's
    # articleBody) often marks the running paragraphs alone, below a lead printed in a
    # box of its own (a perex, ``p.intro``) as the density choice's container does.
    if not how.startswith("selector") or w.ruleset.html.is_base("body", how.removeprefix("selector ")):
        body |= story_lead(w, body, headline if headline is not None else w.title_at)
    first, last = min(body), max(body)
    top = min(headline, first) if headline is not None else max(0, first - META_WINDOW_BEFORE)
    read_selector_fields(w, max(0, top - META_WINDOW_BEFORE), last + 1 + META_WINDOW_BEFORE, (first, last))
    read_captions(w, body, top, last, headline)
    opening_pull_quote(w, body, headline)
    summary_list(w, top, last)
    # The outlet's own list selectors, then runs under labels, then generic selectors.
    # Related boxes may sit between the headline and the story (kompas.com 2015).
    selector_lists(w, top, last + 1 + META_WINDOW_AFTER, own=True)
    read_link_lists(w, body, max(headline + 1, first - META_WINDOW_BEFORE) if headline is not None and headline < first
                else first, first, last)
    selector_lists(w, top, last + 1 + META_WINDOW_AFTER, own=False)
    labelled_links(w, body)
    href_tags(w, body)
    trailing_name(w, body)
    link_stamps(w, body)
    list_labels(w, body)
    box_lines(w, body, headline)
    related_box_lines(w, body)
    icon_bar_prompt(w, body, headline)
    fenced_promo(w, body, headline)
    paywall_tail(w, body, headline)
    dangling_label(w, body)
    trailing_heading(w, body, headline)
    deck(w, body, headline)
    deck_points(w, body)
    header_fields(w, body, headline, first, last)
    credit_lists(w)
    opening = story_opening(w, body, headline)
    engine: list[Block] = []
    if headline is not None:
        engine.append(Block(blocks[headline].number, blocks[headline].text))
    for i in sorted(body):
        if i != headline and i not in w.verdicts:
            engine.append(Block(blocks[i].number, blocks[i].text))
    if headline is None and w.page.titles:
        w.add("title", story_heading(w, first, last) or not_site_name(w, title_from_metadata(
            w.page.titles, site_keys(w.page.metas, w.page.articles, w.page.url or w.page.metas.get("og:url")))) or "")
    chars = sum(len(b.text) for b in engine[1 if headline is not None else 0:])
    if chars < MIN_BODY_CHARS and not page.articles and not short_story(w, engine, headline):
        if headline is not None:
            box_date(w, body, headline)
        for i in body:
            w.take(i, NOT_ARTICLE)
        return _finish(w, [], headline is not None,
                       f"not a news article: the main text has only {chars} characters", how)
    return _finish(w, engine, headline is not None, None, how, body=body, story_lines=opening)


def _no_article(w: Work, why: str, how: str) -> FrontEnd:
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


def _finish(w: Work, engine: list[Block], headline_first: bool, reason: str | None, how: str,
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
        if hit is not None and hit[0].field == "authors" and names_linked_to_a_topic(b.el, hit[0], hit[1]):
            w.answers[b.text] = None  # a topic's link beside the date: no writer's (the engine asks)
    top = engine[0].number - 1 if headline_first and engine else w.title_at
    fill_fallbacks(w, body, top)
    if top is not None and not w.fields.has("authors"):
        first = story_paragraph(w.page.blocks, body, top)
        author = avatar_card_name(w, top, first) if first is not None else None
        if author:
            w.add("authors", author)
    if body and not w.fields.has("authors"):
        for name in writer_box_names(w, body):
            w.add("authors", name)
    return FrontEnd(engine, tuple(removed), w.fields.values(), headline_first, reason, how,
                    answers=w.answers, answered_by=w.ruleset, story_lines=story_lines)
