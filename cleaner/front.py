"""The front-end seam: what a page's front end hands the engine, and adds to its record.

A front end turns a decoded page into `FrontEnd`: the blocks the engine cleans, and what
it knows besides. The text front end (`text_front_end`) makes one block per line and
knows nothing more; the HTML front end (`cleaner.html.pipeline`) parses the page, finds
the story's container and headline, takes chrome blocks itself and reads the fields the
markup gives. `core` runs every page the same way::

    front = <front end>(page)                  # blocks + hints
    article = clean_blocks(front.blocks, front.engine_rules(ruleset), ...)
    article = front.finish(article)            # what the front end knows, merged in
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .fields import FIELD_NAMES, merge
from .markdown import (
    hard_wrapped,
    is_markdown,
    lone_heading,
    may_be_markdown,
    may_hold_rows,
    proxy_header,
    unmark,
    unpipe,
    unwrap,
)
from .passes.page import HEADLINE, NAME_BY_DATE
from .record import Article, Removal, Structure
from .segment import Block, split_lines

if TYPE_CHECKING:
    from .rules import RuleSet


@dataclass(frozen=True, slots=True)
class FrontEnd:
    """What a front end hands to `core`: blocks for the engine, the blocks it took itself,
    the record fields the page gives besides its text (`hints`, by `cleaner.fields`
    name), whether the engine's first block is the headline, and a reason when the page
    holds no article."""

    blocks: list[Block]
    removed: tuple[Removal, ...] = ()
    hints: Mapping[str, Any] = field(default_factory=dict)
    headline_first: bool = False
    reason: str | None = None
    #: How the story's container was chosen (HTML; for reports and tests).
    how: str = ""
    #: The page's URL: the caller's, else the one the page names for itself.
    url: str | None = None
    #: One `Structure` per paragraph of the record (HTML: headings, list items, rows).
    structure: Callable[[Sequence[str]], tuple[Structure, ...]] | None = None

    #: The blocks are a container's that markup chose (HTML): the story may open with a
    #: run of blocks before its first sentence (`RuleSet.story_runs`).
    markup: bool = False
    #: The input line the front end marked as the headline (a Markdown page's one
    #: level-1 heading), for the engine's headline search (`cleaner.passes.title.find_title`).
    headline_line: int | None = None
    #: The answers of a rule set's line matcher that the front end asked for (text ->
    #: answer: `RuleSet.match_line`'s ``seen``), and that rule set (`engine_answers`).
    answers: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    answered_by: RuleSet | None = field(default=None, compare=False, repr=False)
    #: Input lines (HTML: block numbers) the front end knows are the story's though they
    #: stand before its first sentence: an opening subhead or lead line that the markup
    #: prints in the story's own box (`cleaner.passes.regions.mark_regions` keeps them).
    story_lines: tuple[int, ...] = ()

    def __init__(
        self, blocks: list[Block], removed: tuple[Removal, ...] = (), hints: Mapping[str, Any] | None = None,
        headline_first: bool = False, reason: str | None = None, how: str = "", url: str | None = None,
        structure: Callable[[Sequence[str]], tuple[Structure, ...]] | None = None, markup: bool = False,
        headline_line: int | None = None, answers: dict[str, Any] | None = None, answered_by: RuleSet | None = None,
        story_lines: tuple[int, ...] = (),
    ) -> None:
        # Explicit for the compiled build (`cleaner.segment.Block`): the fields above, in order.
        object.__setattr__(self, "blocks", blocks)
        object.__setattr__(self, "removed", removed)
        object.__setattr__(self, "hints", {} if hints is None else hints)
        object.__setattr__(self, "headline_first", headline_first)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "how", how)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "structure", structure)
        object.__setattr__(self, "markup", markup)
        object.__setattr__(self, "headline_line", headline_line)
        object.__setattr__(self, "answers", answers)
        object.__setattr__(self, "answered_by", answered_by)
        object.__setattr__(self, "story_lines", story_lines)

    def engine_rules(self, ruleset: RuleSet) -> RuleSet:
        """The rule set the engine runs with: when the front end found the headline, it
        comes first and the story starts at a sentence, whatever the outlet's modes;
        on markup, a run of blocks before that sentence starts it."""
        changes: dict[str, Any] = {}
        if self.headline_first and (ruleset.title_mode, ruleset.story) != ("first-line", "sentence"):
            changes.update(title_mode="first-line", story="sentence")
        if self.markup and not ruleset.story_runs:
            changes["story_runs"] = True
        return dataclasses.replace(ruleset, **changes) if changes else ruleset

    def engine_answers(self, rules: RuleSet) -> dict[str, Any] | None:
        """The front end's table of line-matcher answers when ``rules`` (the engine's rule
        set) matches with the matcher that filled it, else ``None``: the engine's
        `cleaner.passes.matching.match_rules` then answers a text the front end asked about
        already from the table (a matcher's answer is a function of the text alone)."""
        if self.answers is None or self.answered_by is None or not self.answered_by.shares_matcher(rules):
            return None
        return self.answers

    def finish(self, article: Article) -> Article:
        """The engine's ``article`` with what the front end knows: the blocks it took (in
        `removed`, by line), its reason (the body is then empty), the `hints` for the
        fields the rules left empty (and the hinted title in place of a headline the
        engine only guessed), and the paragraphs' structure."""
        if self.headline_first and self.blocks and article.paragraphs:
            article = _headline_out_of_body(article, self.blocks[0])
        changes: dict[str, Any] = {}
        if self.removed or self.headline_first:  # the engine lists its blocks' in its order
            changes["removed"] = tuple(sorted((*self.removed, *article.removed), key=lambda r: r.line))
        if self.reason:
            changes["reason"], changes["paragraphs"] = self.reason, ()
        if self.hints:
            have = {name: getattr(article, name) for name in FIELD_NAMES}
            replace = frozenset() if self.headline_first else _GUESSED
            if self.markup and self.hints.get("authors") and NAME_BY_DATE in {r.rule for r in article.removed}:
                # The engine read a lone capitalised line by the date as the writer (a
                # text scrape's by-line); the markup named the by-line itself: that one
                # (news.detik.com 2015, a real saved page: the series' kicker "MUDA DAN
                # MENGINSPIRASI" in an h2 under the date, the by-line in div.author;
                # hafizbadrie/slasherrb spec/cases/detik.html @ 4b83585b75f4).
                replace |= {"authors"}
            merged = merge(have, self.hints, replace=replace)
            removed = changes.get("removed", article.removed)
            for name in _IN_PAGE_ORDER:
                if have[name] and name in merged:
                    merged[name] = _page_order(merged[name], removed, merged.get("title", have["title"]))
            changes.update(merged)
        if self.structure is not None:
            changes["structure"] = self.structure(changes.get("paragraphs", article.paragraphs))
        return dataclasses.replace(article, **changes) if changes else article


def _headline_out_of_body(article: Article, head: Block) -> Article:
    """``article`` without the front end's headline ``head`` among its paragraphs. With
    no sentence after it (a page that prints only its headline, or its headline over
    short lines: a menu word, a tag), the engine declines it as the headline and its run
    of markup lines (`cleaner.passes.story._open_run`) took it as the story's first line: the
    record printed the headline as its title and as its body."""
    if article.paragraphs[0] != head.text or any(r.line == head.number for r in article.removed):
        return article
    paragraphs = article.paragraphs[1:]
    return dataclasses.replace(
        article, paragraphs=paragraphs, removed=(Removal(head.number, head.text, HEADLINE), *article.removed),
        reason=article.reason if paragraphs else "no story text found: no block reads like a paragraph")


#: List fields that come out in page order (SPEC: captions and related titles) when
#: the engine's items and the markup's are joined: `_page_order`.
_IN_PAGE_ORDER = ("captions", "related")


def _page_order(items: Sequence[str], removed: Sequence[Removal], title: str | None = None) -> tuple[str, ...]:
    """``items`` (the engine's, then the markup's others) in the order the page printed
    them: each at the first removed block whose text holds it. The markup's items were
    only appended: a figure's caption over the story (the front end took it) came after
    a caption the engine found inside the story (detik.com 2026: figcaption
    "Foto: .../detikHealth" over the body, an inline photo's caption in
    table.pic_artikel_sisip_table within it). When an item is printed in no removed
    block (a field read from a page's data), the order stays as it is. An item that is
    the story's own ``title`` (a related card linking to the page itself, kept as printed:
    the dev gold's republika 2016 "Berita Terkait") is placed where the page prints it
    past the headline, not at the breadcrumb or the headline that print it first
    (popbela.com 2019 desktop's "RELATED ARTICLES" lists the story among its three)."""
    head = max((r.line for r in removed if r.rule == HEADLINE), default=0) if title and title in items else 0
    at: list[int] = []
    for item in items:
        line = min((r.line for r in removed if item in r.text and (item != title or r.line > head)), default=None)
        if line is None:
            return tuple(items)
        at.append(line)
    order = sorted(range(len(items)), key=lambda k: (at[k], k))
    return tuple(items[k] for k in order)


#: Fields whose hint replaces what the engine found when the front end did not find
#: the headline itself: the engine's title is then a guess, the markup's is declared.
_GUESSED = frozenset({"title"})


def text_front_end(text: str, *, url: str | None, max_line_chars: int, max_lines: int) -> FrontEnd:
    """A text scrape's front end: one block per non-blank line (`split_lines`); a page
    written in Markdown is read as the text a browser prints (`cleaner.markdown`), and
    a YAML front matter over the page (trafilatura's ``with_metadata`` header) gives
    its fields and goes (`cleaner.frontmatter`)."""
    blocks = split_lines(text, max_line_chars=max_line_chars, max_lines=max_lines)
    header: tuple[Removal, ...] = ()
    hints: dict[str, Any] | None = None
    if blocks and blocks[0].text == "---":  # a YAML front matter, maybe (`cleaner.frontmatter`)
        from .frontmatter import front_matter

        found = front_matter(blocks)
        if found is not None:
            blocks, header, hints, page_url = found
            url = url or page_url
    if may_hold_rows(text) and (rows := unpipe(blocks)) is not None:  # a table's rows (`cleaner.markdown.unpipe`)
        blocks, header = rows[0], (*header, *rows[1])
    if may_be_markdown(text) and is_markdown(text):
        if wrapped := hard_wrapped(text):  # html2text's 78-column wrap, undone
            blocks = unwrap(blocks, wrapped)
        blocks, removed, headline, captions = unmark(blocks)
        proxy = proxy_header(text)
        shown: dict[str, Any] = {"captions": captions} if captions else {}
        return FrontEnd(blocks, removed=(*header, *removed), hints={**shown, **_proxy_hints(proxy), **(hints or {})},
                        url=url or proxy.get("url"), headline_line=headline)
    if blocks and blocks[0].text.startswith("# ") and (heading := lone_heading(blocks)) is not None:
        return FrontEnd(heading[0], removed=header, hints=hints, url=url, headline_line=heading[1])
    return FrontEnd(blocks, removed=header, hints=hints, url=url)


def _proxy_hints(header: dict[str, str]) -> dict[str, Any]:
    """A reader proxy's "Published Time:" as the record's date, read as the HTML path reads
    the page's machine date (`cleaner.html.meta.machine_date`: UTC to WIB, the page's own
    offset kept), else as a printed date; it fills ``published`` when the page's text
    prints none (`FrontEnd.finish`)."""
    raw = header.get("published")
    if not raw:
        return {}
    from .dates import parse_date
    from .html.meta import machine_date

    value = machine_date(raw) or parse_date(raw[:200])
    return {"published": value} if value else {}
