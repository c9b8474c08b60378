"""The page the passes work on (`Page`: blocks, rule hits, verdicts, fields), the
heuristic names a verdict can carry, and the splitter of a rule set's ``split`` rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import regex

from ..fields import Fields
from ..rules import Rule, RuleSet
from ..segment import Block, Splitter

# Heuristic names, as they appear in `removed`.
HEADLINE: Final = "headline"
HEADLINE_REPEAT: Final = "headline-repeat"
HEADLINE_GLUE: Final = "headline-glued-caption"
DECK: Final = "deck"
HEAD: Final = "before-story"
TAIL: Final = "after-story"
REPEAT: Final = "repeated-line"
CAPTION_REPEAT: Final = "repeated-caption"
CAPTION_CREDITED: Final = "credited-caption"
CAPTION_UNDER_DATE: Final = "dated-caption"
NAME_BY_DATE: Final = "name-by-date"
CONTAINER: Final = "container-blob"
TRAILING: Final = "trailing-fragments"
TRAILING_TITLE: Final = "trailing-title"
OPENING_COPY: Final = "opening-copy"
SHARED_NAME: Final = "name-under-share"
SIGNOFF: Final = "trailing-signoff"
STAMP: Final = "trailing-stamp"
ADDRESS: Final = "trailing-address"
CONTRIBUTORS: Final = "trailing-contributors"
PULL_QUOTE: Final = "pull-quote"
INDEX: Final = "index-page"
DASHED_TITLES: Final = "dashed-titles"
WRITER_NAME: Final = "writer-name-line"


@dataclass(slots=True)
class Page:
    """The working state of one page while the passes run."""

    blocks: list[Block]
    ruleset: RuleSet
    fields: Fields = field(default_factory=Fields)
    texts: list[str] = field(default_factory=list)  # the blocks' texts (from `split_parts` on)
    hits: list[tuple[Rule, regex.Match[str]] | None] = field(default_factory=list)
    #: Per block: ``None`` while it may be body, else the rule id that took it.
    verdicts: list[str | None] = field(default_factory=list)
    title_index: int | None = None
    start: int | None = None
    end: int | None = None
    first_text: str | None = None  # first body block after its dateline is cut
    first_index: int | None = None  # the block whose dateline was cut
    dateline_rule: str | None = None  # the rule that cut it
    dateline_cut: str | None = None  # the text it cut ("BOLASPORT.COM - ")
    #: ``match_prefix`` answers by block text (`prefix`).
    prefix_hits: dict[str, tuple[Rule, regex.Match[str]] | None] = field(default_factory=dict)
    #: The blocks' texts joined by ``"\n"``, when the caller has it (outlet detection
    #: reads the same string): `split_parts` scans it.
    joined: str | None = None
    #: The page URL, when the caller gave one (`slug_title` reads its slug).
    url: str | None = None
    #: Answers of the rule set's line matcher the caller has already (text -> answer: the
    #: HTML front end's table, `RuleSet.match_line`'s ``seen``): `match_rules` reads it.
    answers: dict[str, tuple[Rule, regex.Match[str]] | None] | None = None
    slug_title: bool = False  # the headline is a line the page names: the URL's slug's, a marked heading
    #: The input line of the headline the front end marked (a Markdown page's one
    #: ``# `` heading), when it marked one (`find_title`).
    headline_line: int | None = None
    #: Head-only lines (a time stamp) inside a block after the story's first line: a
    #: teaser's, read only when the page prints no other (`apply_head_rules`).
    block_heads: list[int] = field(default_factory=list)
    #: Tag and related lists printed before any story line (block header, field, items):
    #: the story's, or a site header's trending bar or picks over the headline;
    #: `mark_regions` decides.
    head_lists: list[tuple[int, str, list[str], list[int]]] = field(default_factory=list)
    #: Blocks a story-scoped rule (``where = "story"``) took while its field waits for
    #: the story's bounds (`mark_regions` reads these, not every block; most pages: none).
    story_held: list[int] = field(default_factory=list)
    #: The blocks whose text starts with a dash (`rejoin_dateline` finds them; the texts
    #: are the same until `rejoin_dashed` reads them), or None when not known.
    dash_starts: list[int] | None = None
    #: The blocks `rejoin_dateline` joined, by the joined block's text (most pages: none):
    #: unless the joined block opens the story with its dateline cut, each of its lines
    #: is a paragraph, or is listed in `removed`, as itself (SPEC: lines, with their text).
    rejoined: dict[str, tuple[Block, ...]] = field(default_factory=dict)
    #: Input lines the front end knows are the story's before its first sentence (an
    #: opening subhead in the story's box on markup, `FrontEnd.story_lines`): no head.
    story_lines: frozenset[int] = frozenset()

    def __init__(self, blocks: list[Block], ruleset: RuleSet, joined: str | None = None,
                 url: str | None = None, headline_line: int | None = None,
                 answers: dict[str, tuple[Rule, regex.Match[str]] | None] | None = None,
                 story_lines: frozenset[int] = frozenset()) -> None:
        # Explicit for the compiled build (`cleaner.segment.Block`): the fields above.
        self.blocks = blocks
        self.ruleset = ruleset
        self.fields = Fields()
        self.texts = []
        self.hits = []
        self.verdicts = []
        self.title_index = self.start = self.end = self.first_index = None
        self.first_text = self.dateline_rule = self.dateline_cut = None
        self.prefix_hits = {}
        self.joined = joined
        self.url = url
        self.answers = answers
        self.slug_title = False
        self.headline_line = headline_line
        self.block_heads = []
        self.head_lists = []
        self.story_held = []
        self.dash_starts = None
        self.rejoined = {}
        self.story_lines = story_lines

    def prefix(self, i: int) -> tuple[Rule, regex.Match[str]] | None:
        """The prefix rule (dateline) that matches the start of block ``i``. Matched
        once per page: the headline search, the story start and the dateline cut ask
        about the same opening blocks (about half the calls on bulk rows). Kept by the
        block's text, not its index: a box prints a title twice (its link and its heading)
        and the same "Baca Selengkapnya" under each teaser (the seeds: 24 of 68 calls;
        bulk rows: 7 of 2,045); the answer is the text's alone, and blocks are fixed
        once the passes ask."""
        text = self.blocks[i].text
        hits = self.prefix_hits
        if text in hits:
            return hits[text]
        hit = hits[text] = self.ruleset.match_prefix(text)
        return hit

    def take(self, i: int, rule_id: str) -> None:
        if self.verdicts[i] is None:
            self.verdicts[i] = rule_id


_SPLITTERS: dict[int, tuple[tuple[Rule, ...], Splitter]] = {}
_MAX_SPLITTERS: Final = 256


def splitter_for(ruleset: RuleSet) -> Splitter:
    """The `Splitter` of a rule set's split rules, built on its first page and cached
    (at most 256: shipped rule sets live for the process, learned ones come and go).
    Keyed by the rules, not the rule set: an HTML page cleans with a copy of its rule
    set (`dataclasses.replace`), which shares them."""
    rules = ruleset.split_rules
    got = _SPLITTERS.get(id(rules))
    if got is None or got[0] is not rules:
        got = (rules, Splitter(tuple(r.pattern for r in rules), ruleset.split_needles, ruleset.split_min_lens,
                                ruleset.split_also))
        if len(_SPLITTERS) >= _MAX_SPLITTERS:  # rule sets built in memory (learned ones)
            _SPLITTERS.clear()                  # come and go: the cache must not grow
        _SPLITTERS[id(rules)] = got
    return got[1]
