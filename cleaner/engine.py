"""Stage 4, *apply rules*: decide for every block whether it is body, metadata or chrome.

The order of the passes (each a small function below):

0. ``split_parts``     a line that glues chrome to text (a ``Baca juga`` link at the end
                       of a story line, a whole page on one line) is cut at the rule
                       set's ``split`` rules into parts, each a block of its own (with
                       the line's number) that the passes below see like any line;
                       a credit in brackets opening the line under a caption cut
                       from a line's end is read with that caption
   ``rejoin_dateline`` a dateline a node-per-line scrape broke into short lines over
                       its dash line ("TEMPO.CO" / "," / "Jakarta" / "- story") is one
                       block again
1. ``match_rules``     every block against the rule set (its prefilter, then the
                       rules that can match, in file order)
   ``rejoin_dashed``   a field line a node-per-line scrape broke at its dash
                       (``Name -`` / ``detikNews``) is read as the joined line
2. ``find_title``      the headline: first unclaimed block (``first-line``), or a
                       title-like first block (``heuristic``)
3. ``split_glued``     blocks that start with the headline and go on (a caption glued
                       to it), and repeats of the headline
4. ``consume_structures``  labels (``Reporter`` + next line), blocks (``Topik:`` +
                       its items, ``Berita terkait`` + its titles) and field rules
5. ``find_story``      story start (first sentence-like or dateline block; past a
                       deck over a date line or one the story opens with, back over the
                       pieces of a first sentence under a lone dateline) and end (first
                       ``end`` rule after the start, or a newest-first run of dated
                       titles)
   ``apply_head_rules`` rules marked ``where = "head"`` (date lines) apply only
                       before the story start
   ``recheck_title``   a generic headline far above the story (a whole page's
                       menus first) gives way to a headline the page marks: printed
                       twice (title bar and heading), over the date line nearest the
                       story (which then dates it), or Title Cased just above the story
6. ``mark_regions``    unclaimed blocks before the start: deck or head chrome (not a
                       line the markup prints in the story's box); after the end:
                       tail chrome
   ``forget_reading_day``  a date bar over the headline printing the day the page
                       was read, months after the day the story names
7. ``mark_repeats``    exact repeats of an earlier long block, a credited caption above
                       the story printed again inside it, a pull quote whose words a
                       later paragraph prints, and container blobs (a block that is
                       the next block plus more, as some scrapers print)
   ``mark_writer_names``  a line inside the story that is only the by-line's name (the
                       writer's photo caption between two paragraphs)
   ``mark_dashed_titles``  a run of "- <Title Cased headline>" lines between two
                       paragraphs: an unlabelled related box
   ``mark_trailing_fragments``  short word groups after the last paragraph
   ``take_tail_stamp`` a date line and its by-line printed under the last paragraph,
                       or the story's own address printed alone under it
   ``take_signoff``    the writer's sign-off in capitals under the last paragraph, or
                       the contributors' credit sentence (and a name under it)
8. ``cut_dateline``    the dateline prefix of the first body block
9. ``refuse_index``    a body that is a list of headlines (a home page): no article

Every block that does not become body gets the id of the rule (or named heuristic)
that took it, so nothing leaves the body unaccounted for.

The passes live in their stages' modules (this module runs them in order and assembles
the record; it names the old one-file engine's public names for their importers):

  `cleaner.passes.text`
  `cleaner.passes.page`
  `cleaner.passes.hits`
  `cleaner.passes.matching`
  `cleaner.passes.outlets`
  `cleaner.passes.boxes`
  `cleaner.passes.datelines`
  `cleaner.passes.story_end`
  `cleaner.passes.story`
  `cleaner.passes.structures`
  `cleaner.passes.title`
  `cleaner.passes.retitle`
  `cleaner.passes.glued`
  `cleaner.passes.regions`
  `cleaner.passes.repeats`
  `cleaner.passes.tail`
  `cleaner.passes.dateline_cut`
  `cleaner.passes.index_pages`
"""

from __future__ import annotations

from typing import Final

import regex

from .budget import check_deadline, has_deadline
from .lazy import compiled_regex
from .passes.dateline_cut import cut_dateline
from .passes.datelines import SITE_DOMAIN, WORD, agency_credits, agency_source
from .passes.glued import INLINE_TAG, split_glued
from .passes.index_pages import refuse_index
from .passes.matching import match_rules, rejoin_dashed, rejoin_dateline, split_parts
from .passes.outlets import (
    COLON_SITE,
    DASHED_NEWS_NAME,
    DASHED_SITE,
    PAGE_OF,
    SITE_NAME,
    SLUG_TOKEN,
    outlet_name,
    slug_words,
    undoubled,
)
from .passes.page import (
    ADDRESS,
    CAPTION_CREDITED,
    CAPTION_REPEAT,
    CAPTION_UNDER_DATE,
    CONTAINER,
    CONTRIBUTORS,
    DASHED_TITLES,
    DECK,
    HEAD,
    HEADLINE,
    HEADLINE_GLUE,
    HEADLINE_REPEAT,
    INDEX,
    NAME_BY_DATE,
    OPENING_COPY,
    PULL_QUOTE,
    REPEAT,
    SHARED_NAME,
    SIGNOFF,
    STAMP,
    TAIL,
    TRAILING,
    TRAILING_TITLE,
    WRITER_NAME,
    Page,
    splitter_for,
)
from .passes.regions import DAY_MONTH_ALONE, TIME_ALONE, TIME_AND_YEAR, mark_regions
from .passes.repeats import ACRONYM_GLUE, BRACKET_DAY, GLUE, forget_reading_day, mark_repeats
from .passes.retitle import SITE_SUFFIX, recheck_title
from .passes.story import MAGAZINE_LEAD, find_story
from .passes.story_end import apply_head_rules
from .passes.structures import consume_structures
from .passes.tail import (
    CHIP,
    CONTRIBUTOR_NAMES,
    LIST_LEAD_IN,
    NAME_JOINS,
    SIGNOFF_PART,
    SLUG,
    mark_dashed_titles,
    mark_trailing_fragments,
    mark_writer_names,
    signoff_fields,
    take_signoff,
    take_tail_stamp,
)
from .passes.text import (
    CAPS_FUNCTION_WORD,
    CAPTION_CREDIT,
    COMMA_LOWER,
    HAS_DIGIT,
    UNSPACED,
    ends_sentence,
    is_prose,
    is_sentence_like,
    is_title_case,
    is_title_like,
)
from .passes.title import RUBRIC, STAMPED_ITEM, find_title
from .record import Article, Removal
from .rules import Rule, RuleSet
from .segment import Block

__all__ = [
    "ADDRESS",
    "CAPTION_CREDITED",
    "CAPTION_REPEAT",
    "CAPTION_UNDER_DATE",
    "CONTAINER",
    "CONTRIBUTORS",
    "DASHED_TITLES",
    "DECK",
    "HEAD",
    "HEADLINE",
    "HEADLINE_GLUE",
    "HEADLINE_REPEAT",
    "INDEX",
    "NAME_BY_DATE",
    "OPENING_COPY",
    "PASSES",
    "PULL_QUOTE",
    "REPEAT",
    "SHARED_NAME",
    "SIGNOFF",
    "SIGNOFF_PART",
    "STAMP",
    "TAIL",
    "TRAILING",
    "TRAILING_TITLE",
    "WRITER_NAME",
    "Page",
    "apply_head_rules",
    "assemble",
    "clean_blocks",
    "compiled_patterns",
    "consume_structures",
    "cut_dateline",
    "ends_sentence",
    "find_story",
    "find_title",
    "forget_reading_day",
    "is_prose",
    "is_sentence_like",
    "is_title_case",
    "is_title_like",
    "mark_dashed_titles",
    "mark_regions",
    "mark_repeats",
    "mark_trailing_fragments",
    "mark_writer_names",
    "match_rules",
    "outlet_name",
    "recheck_title",
    "refuse_index",
    "rejoin_dashed",
    "rejoin_dateline",
    "run_passes",
    "signoff_fields",
    "slug_words",
    "split_glued",
    "split_parts",
    "splitter_for",
    "take_signoff",
    "take_tail_stamp",
    "undoubled",
]


PASSES: Final = (
    split_parts, rejoin_dateline, match_rules, rejoin_dashed, find_title, split_glued, consume_structures, find_story,
    apply_head_rules, recheck_title, mark_regions, forget_reading_day, mark_repeats, mark_writer_names,
    mark_dashed_titles,
    mark_trailing_fragments, take_tail_stamp, take_signoff, cut_dateline, refuse_index,
)


def clean_blocks(
    blocks: list[Block], ruleset: RuleSet, *, url: str | None = None,
    warnings: tuple[str, ...] = (), joined: str | None = None, headline_line: int | None = None,
    answers: dict[str, tuple[Rule, regex.Match[str]] | None] | None = None,
    story_lines: frozenset[int] = frozenset(),
) -> Article:
    """Run every pass over ``blocks`` with ``ruleset`` and assemble the `Article`.
    ``joined``: the blocks' texts joined by ``"\n"``, when the caller has it;
    ``headline_line``: the input line the front end marked as the headline; ``answers``:
    ``ruleset``'s line matcher's answers the caller has (`Page.answers`); ``story_lines``:
    the input lines the front end knows are the story's (`Page.story_lines`)."""
    return assemble(run_passes(blocks, ruleset, joined, url, headline_line, answers, story_lines),
                    url=url, warnings=warnings)


def run_passes(blocks: list[Block], ruleset: RuleSet, joined: str | None = None,
               url: str | None = None, headline_line: int | None = None,
               answers: dict[str, tuple[Rule, regex.Match[str]] | None] | None = None,
               story_lines: frozenset[int] = frozenset()) -> Page:
    """The page after every pass: its blocks (lines cut into parts) and their verdicts."""
    page = Page(blocks=blocks, ruleset=ruleset, joined=joined, url=url, headline_line=headline_line,
                answers=answers, story_lines=story_lines)
    timed = has_deadline()  # (no budget, the default: no call between the passes)
    for step in PASSES:
        if timed:
            check_deadline()
        step(page)
    return page


def assemble(page: Page, *, url: str | None, warnings: tuple[str, ...]) -> Article:
    paragraphs: list[str] = []
    removed: list[Removal] = []
    first_pending = page.first_text is not None
    for block, verdict in zip(page.blocks, page.verdicts, strict=False):
        if verdict is None:
            if first_pending:
                paragraphs.append(page.first_text)  # type: ignore[arg-type]
                first_pending = False
            elif page.rejoined and block.text in page.rejoined:
                # lines joined as a dateline whose cut did not open the story: each
                # line is its own paragraph, as printed (SPEC: a paragraph is a line)
                paragraphs.extend(b.text for b in page.rejoined[block.text])
            else:
                paragraphs.append(block.text)
        elif page.rejoined and block.text in page.rejoined:
            # lines joined as one dateline block that did not open the story (a short
            # line over "- text" read as a place): each line leaves as itself
            removed.extend(Removal(b.number, b.text, verdict) for b in page.rejoined[block.text])
        else:
            removed.append(Removal(block.number, block.text, verdict))
    reason = None
    if not page.blocks:
        reason = "empty input"
    elif not paragraphs:
        reason = ("no story: an index page (its lines are headlines, none a paragraph)"
                  if INDEX in page.verdicts else "no story text found: no block reads like a paragraph")
    # Every metadata field (`cleaner.fields.FIELDS`) by name, not as ``**`` of a dict: the
    # compiled build calls the class directly then, where a ``**`` call goes through the
    # generic argument parser (a sixth of a bulk row's assembly).
    get = page.fields.get
    authors, editors, source = get("authors"), get("editors"), get("source")
    if authors or editors:
        authors, editors, source = agency_credits(authors, editors, source, page.ruleset)
    return Article(
        outlet=page.ruleset.name,
        url=url,
        title=get("title"), subtitle=get("subtitle"), authors=authors, editors=editors,
        published=get("published"), dateline=get("dateline"),
        source=agency_source(source, url or page.url, page.dateline_cut),
        reading_time_minutes=get("reading_time_minutes"), summary=get("summary"), captions=get("captions"),
        related=get("related"), tags=get("tags"),
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        reason=reason,
        warnings=warnings,
    )


# Patterns a text page seldom reaches (site names in a title, captions' credits, slugs,
# CJK word counts, ...; none on the seeds): their sources above, each compiled by
# `cleaner.lazy.compiled_regex` on its first use, once a process (issue 17: ~8 ms of `regex` parsing at every import,
# a tenth of a one-file run). `compiled_patterns` names them for the regex safety test.
_LAZY_PATTERNS: Final = {
    "has-digit": HAS_DIGIT,
    "comma-lower": COMMA_LOWER,
    "unspaced": UNSPACED,
    "caption-credit": CAPTION_CREDIT,
    "caps-function-word": CAPS_FUNCTION_WORD,
    "rubric": RUBRIC,
    "slug-token": SLUG_TOKEN,
    "stamped-item": STAMPED_ITEM,
    "site-name": SITE_NAME,
    "dashed-site": DASHED_SITE,
    "dashed-news-name": DASHED_NEWS_NAME,
    "colon-site": COLON_SITE,
    "page-of": PAGE_OF,
    "inline-tag": INLINE_TAG,
    "magazine-lead": MAGAZINE_LEAD,
    "word": WORD,
    "site-domain": SITE_DOMAIN,
    "site-suffix": SITE_SUFFIX,
    "time-alone": TIME_ALONE,
    "slug": SLUG,
    "chip": CHIP,
    "glue": GLUE,
    "acronym-glue": ACRONYM_GLUE,
    "day-month-alone": DAY_MONTH_ALONE,
    "time-and-year": TIME_AND_YEAR,
    "bracket-day": BRACKET_DAY,
    "list-lead-in": LIST_LEAD_IN,
    "contributor-names": CONTRIBUTOR_NAMES,
    "name-joins": NAME_JOINS,
}


def compiled_patterns() -> dict[str, regex.Pattern[str]]:
    """Every pattern of `_LAZY_PATTERNS`, by name, compiled (the same objects the engine
    matches with)."""
    return {name: compiled_regex(source) for name, source in _LAZY_PATTERNS.items()}
