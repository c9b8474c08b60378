"""Stage 4, *apply rules*: decide for every block whether it is body, metadata or chrome.

The order of the passes (each a small function below):

0. ``split_parts``     a line that glues chrome to text (a ``Baca juga`` link at the end
                       of a story line, a whole page on one line) is cut at the rule
                       set's ``split`` rules into parts, each a block of its own (with
                       the line's number) that the passes below see like any line
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
   ``take_signoff``    the writer's sign-off in capitals under the last paragraph
8. ``cut_dateline``    the dateline prefix of the first body block
9. ``refuse_index``    a body that is a list of headlines (a home page): no article

Every block that does not become body gets the id of the rule (or named heuristic)
that took it, so nothing leaves the body unaccounted for.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from .budget import check_deadline, has_deadline
from .dates import is_month_name, parse_date
from .detect import names_host, site_name
from .fields import BY_NAME, LIST_FIELDS, Fields
from .lazy import compiled_regex
from .record import Article, Removal
from .rules import MAX_PREFIX_CHARS, Rule, RuleSet
from .segment import INVISIBLE_OR_SPACE, Block, Splitter

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
PULL_QUOTE: Final = "pull-quote"
INDEX: Final = "index-page"
DASHED_TITLES: Final = "dashed-titles"
WRITER_NAME: Final = "writer-name-line"

_HAS_DIGIT: Final = r"\d"
_COMMA_LOWER: Final = r",\s*\p{Ll}"
#: What a fragment may not end with (`mark_trailing_fragments`).
_ENDS_PUNCT: Final = tuple(".!?:;,\"”’)")

#: A sentence's last character, and the closing quotes and brackets that may follow it
#: (`ends_sentence`: string methods, where a regex search tried every position).
_SENTENCE_ENDERS: Final = tuple(".!?…。！？")
_CLOSERS: Final = "\"”’'»)]」』"
# Scripts written without spaces between words (Chinese, Japanese): two of these
# characters count as one word.
_UNSPACED: Final = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
#: No character of those scripts comes before U+2E80 (the first CJK radical): a line with
#: no character from there on needs no `_UNSPACED` scan (most non-ASCII lines: curly
#: quotes, dashes). One class search asks it; ``max(text)`` made a string of each
#: character and compared it (~1.3 us; in the compiled build a generic call of the
#: builtin). A `regex` class, not an `re` one: `re`'s compiler marks the range's BMP part
#: one code point at a time (~46M instructions, 8% of a one-file run, at every import),
#: and `regex` searched the seeds' non-ASCII lines 2-3x faster too (~0.3 us against ~1 us).
_MAY_BE_UNSPACED: Final = regex.compile("[\u2e80-\U0010ffff]")
# A sentence boundary inside a block: a headline has none.
_INNER_SENTENCE: Final = regex.compile(r"[\w)][.!?][\"”’]? ?[A-Z]")
_INNER_STOP: Final = regex.compile(r"[\w)]\.[\"”’]? ?[A-Z]")
_MIN_LEAD_IN_WORDS: Final = 5
_LONG_LINE_WORDS: Final = 20
_MIN_PROSE_WORDS: Final = 8
_TITLE_SEARCH: Final = 6  # unclaimed blocks searched for a generic page's headline
_MAX_FRAGMENT_WORDS: Final = 5
_MIN_TRAILING_TITLE_WORDS: Final = 5
_MIN_SENTENCE_WORDS: Final = 3
_MAX_TITLE_WORDS: Final = 25
_MAX_TITLE_CHARS: Final = 200
_MIN_CONTAINER_EXTRA: Final = 20
_MIN_REPEAT_CHARS: Final = 100
#: `mark_repeats`: a caption printed again inside the story has this many words at least,
#: and ends in a credit: " - Nama Fotografer" or "(Sumber/Nama)" (a teaser or an ad slot's
#: text repeated there has none).
_MIN_CAPTION_WORDS: Final = 4
#: `mark_repeats`: a repeated run's second print starts this many lines after its first
#: at most (a list item's paragraphs printed twice in a row).
_MAX_RUN_GAP: Final = 3
#: `_caption_twice`: a caption a line prints twice has this many characters at least and
#: at most, and the credit between its prints this many at most.
_MIN_TWICE_CHARS: Final = 20
_MAX_TWICE_CHARS: Final = 300
_MAX_TWICE_CREDIT: Final = 60
_MIN_TWICE_LINE: Final = 2 * _MIN_TWICE_CHARS + 1
_MAX_TWICE_LINE: Final = 2 * _MAX_TWICE_CHARS + _MAX_TWICE_CREDIT + 1
_CAPTION_CREDIT: Final = (
    r"\s[-–—|]\s*\p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*){0,4}\Z|\([^()/]{1,60}/[^()]{1,60}\)\Z")
#: `mark_repeats`: a photo's title of keywords printed over its caption ("Salat Id,
#: Meulaboh, Aceh Barat, Aceh"): two to six parts parted by commas, each one to four
#: capitalised words (or numbers), no sentence's mark; this many characters at most.
_KEYWORD_TITLE: Final = regex.compile(
    r"[\p{Lu}0-9][\w'’-]*(?: [\p{Lu}0-9][\w'’-]*){0,3}(?:, [\p{Lu}0-9][\w'’-]*(?: [\p{Lu}0-9][\w'’-]*){0,3}){1,5}")
_MAX_KEYWORD_TITLE: Final = 80
#: Anything but a letter or a digit: a caption's words parted by one space for
#: `_keyword_title`'s search.
_NON_WORD: Final = re.compile(r"[\W_]+")
#: Fields whose label names people: its value is names, not a sentence.
_NAME_FIELDS: Final = frozenset({"authors", "editors"})
#: A person's name alone on its line: two to five capitalised words.
_NAME_LINE: Final = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}")
#: A conjunction or preposition printed in capitals between capitalised words: a
#: rubric or a series' kicker set in capitals ("MUDA DAN MENGINSPIRASI" over the
#: headline of news.detik.com 2015, hafizbadrie/slasherrb spec/cases/detik.html @
#: 4b83585b75f46fd4e3e9e51a02e39074a0924e18), never a person's name.
_CAPS_FUNCTION_WORD: Final = r" (?:DAN|ATAU|YANG|DI|KE|DARI|UNTUK|DENGAN|PADA|BAGI|DALAM|TAK|TIDAK) "
#: How the rest of a sentence cut at a link starts (a scraper that breaks lines at
#: each link: ", film kedua dari ..."); no linked title does.
_CONTINUATIONS: Final = (",", ";", ".", ")")
_ITEM_MARKERS: Final = ("#", "•", "·", "▪", "●", "- ")


def ends_sentence(text: str) -> bool:
    """``text`` ends as a sentence does: a full stop, a question or exclamation mark or an
    ellipsis, then any closing quotes and brackets.

    >>> ends_sentence('Ia datang.")'), ends_sentence("Ia datang"), ends_sentence('."')
    (True, False, True)
    """
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDERS)


def is_sentence_like(text: str) -> bool:
    """The shape of a story paragraph: a few words ending like a sentence, a lead-in
    ending in a colon, or a long run of words."""
    words = text.count(" ") + 1
    if words < _LONG_LINE_WORDS and not text.isascii() and _MAY_BE_UNSPACED.search(text) is not None:
        words += len(compiled_regex(_UNSPACED).findall(text)) // 2
    if words >= _LONG_LINE_WORDS:
        return True
    if ends_sentence(text):
        return words >= _MIN_SENTENCE_WORDS
    return words >= _MIN_LEAD_IN_WORDS and text.endswith(":")


def is_title_like(text: str, *, exclaims: bool = False) -> bool:
    """A headline's shape: a handful of words, not ending in a full stop, and not a
    short all-capitals rubric label (``GAYA HIDUP``). ``exclaims``: a '!' or '?' may
    stand inside it ("Lengkap! Ini 13 Hal ..."), a '.' may not (the headline is known
    to come first: no sentence of a story needs telling apart)."""
    words = text.count(" ") + 1
    if words <= 3 and text.isupper():
        return False
    return (
        2 <= words <= _MAX_TITLE_WORDS
        and len(text) <= _MAX_TITLE_CHARS
        and (not text.endswith(".") or text.endswith("..."))  # "..., asalkan...": a teasing headline
        and not (_INNER_STOP if exclaims else _INNER_SENTENCE).search(text)
    )


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as Indonesian headlines print them."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 >= len(words)


def is_prose(text: str) -> bool:
    """A run of mostly lower-case words: a paragraph whose full stop the scraper lost.
    (Outlet layouts put decks and captions here, so only generic pages use it.) Not a
    list of keywords (``banjir rob, cuaca ekstrem, pesisir utara, bmkg``)."""
    return text.count(" ") + 1 >= _MIN_PROSE_WORDS and not is_title_case(text) and not _keyword_list(text)


#: `_keyword_list`: this many items at least, none of more words than the other.
_MIN_KEYWORDS: Final = 4
_MAX_KEYWORD_WORDS: Final = 3


def _keyword_list(text: str) -> bool:
    """A page's keywords printed as one line (antaranews 2015 under its date line):
    short items joined by commas, with no sentence's end."""
    items = text.split(",")
    return len(items) >= _MIN_KEYWORDS and all(item.strip().count(" ") < _MAX_KEYWORD_WORDS for item in items)


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
    #: The page URL, when the caller gave one (`_slug_title` reads its slug).
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


def _is_container(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a container blob (the next block plus more): it is dropped whole
    by `mark_repeats`, so it is not cut into parts."""
    if i + 1 >= len(blocks):
        return False
    outer, inner = blocks[i].text, blocks[i + 1].text
    return (len(outer) >= len(inner) + _MIN_CONTAINER_EXTRA and len(inner) >= _MIN_CONTAINER_EXTRA
            and outer.startswith(inner))


def split_parts(page: Page) -> None:
    """Cut each line that glues chrome to text into its parts (`Splitter`)."""
    splitter = splitter_for(page.ruleset)
    blocks = page.blocks
    page.texts = texts = [b.text for b in blocks]
    cut: dict[int, list[str]] = {}
    for i, rules in splitter.candidates(texts, page.joined).items():
        if not _is_container(blocks, i):
            parts = splitter.split(texts[i], rules)
            if len(parts) > 1:
                cut[i] = parts
    if not cut:
        return
    out: list[Block] = []
    for i, block in enumerate(blocks):
        got = cut.get(i)
        if got is None:
            out.append(block)
        else:
            out.extend(Block(block.number, part) for part in got)
    page.blocks = out
    page.texts = [b.text for b in out]


#: `rejoin_dateline`: the lines a node-per-line scrape may break a dateline into above
#: its dash line ("TEMPO.CO" / "," / "Jakarta"), and how short each is.
_MAX_DATELINE_PIECES: Final = 3
_MAX_PIECE_WORDS: Final = 3
_MAX_PIECE_CHARS: Final = 40


def rejoin_dateline(page: Page) -> None:
    """A dateline that a node-per-line scrape broke into lines (``<strong>TEMPO.CO</strong>,
    <strong>Jakarta</strong> - story``: "TEMPO.CO", ",", "Jakarta", "- story";
    "LHOKSEUMAWE, KOMPAS.com", "– story"): when up to three short lines and the story
    line under them that starts with a dash, joined as a browser prints them, start
    with a dateline that ends past the short lines, they are one block again, so the
    story starts there (a box above it ends at it). The fewest lines that join so win
    (a share button's word above "KOTA, Outlet" is no part of the place)."""
    texts = page.texts
    # one pass over the lines (`rejoin_dashed` reads the same list): most pages print no
    # line that starts with a dash, and the pass is done
    # and a dash alone on its line (most pages print none), found in the same C pass
    page.dash_starts, lone = _dash_lines(texts)
    dashed = sorted(page.dash_starts + lone) if lone else page.dash_starts
    joins: dict[int, int] = {}
    prose = -1  # the first story-like line's index (`_first_prose`), once a lone dash asks
    for i in dashed:
        best = 0
        line, end_line = texts[i], i
        if len(line) == 1 and prose == -1:
            prose = _first_prose(texts)
        if len(line) == 1:
            if i + 1 >= len(texts) or i >= prose:
                continue  # a dash alone under the story's start: no dateline's (no rule asked)
            # the dash alone, the story's first words under it (kapanlagi.com 2015:
            # "Kapanlagi.com" / "-" / "Nama" / ", putra ...", a link's text a line;
            # detik.com 2015: "Jakarta" / "-" / story), no story over it (a writer box's
            # "Nama" / "-" / "<bio>" under the story is no dateline)
            line, end_line = f"{line} {texts[i + 1]}", i + 1
        for k in range(1, min(_MAX_DATELINE_PIECES, i) + 1):
            piece = texts[i - k]
            if len(piece) > _MAX_PIECE_CHARS or piece.count(" ") >= _MAX_PIECE_WORDS or (
                    len(piece) > 1 and piece.endswith(_ENDS_PUNCT)):  # a lone "," is a piece
                break
            if k == 1 and "," not in piece and end_line == i:
                # a place alone over the dash line, "Jakarta" / "- story", is
                # `_split_dateline`'s (the place line keeps a verdict of its own): no
                # dateline match asked for it
                continue
            head = " ".join(texts[i - k:i]).replace(" ,", ",")
            hit = page.ruleset.match_prefix(f"{head} {line}")
            if hit is not None and hit[1].end() > len(head) + 1:
                best = k
                break
        if best:
            joins[i - best] = end_line
    if not joins:
        return
    out: list[Block] = []
    i = 0
    blocks = page.blocks
    while i < len(blocks):
        last = joins.get(i)
        if last is None:
            out.append(blocks[i])
            i += 1
            continue
        head = " ".join(texts[i:last]).replace(" ,", ",")
        joined = Block(blocks[i].number, f"{head} {texts[last]}")
        out.append(joined)
        page.rejoined[joined.text] = tuple(blocks[i:last + 1])
        i = last + 1
    page.blocks = out
    page.texts = [b.text for b in out]
    page.dash_starts = None


def match_rules(page: Page) -> None:
    page.hits = page.ruleset.match_lines(page.texts, page.answers)
    page.verdicts = [None] * len(page.blocks)
    if page.rejoined:
        # a dateline `rejoin_dateline` joined over a short first piece of the story
        # ("Kapanlagi.com - Nama", the name's sentence running on under it) reads as an
        # outlet's sign-off ("Outlet - Desk"): it is the dateline it was joined as
        for i, text in enumerate(page.texts):
            hit = page.hits[i]
            if hit is not None and hit[0].kind == "signoff" and text in page.rejoined:
                page.hits[i] = None


#: A dash that a scraper printing one text node per line left at a line's end or start
#: ("Nama Penulis -" / "detikNews", "Kompas.com" / "- 28/05/2025, 13:30 WIB").
#: (String tests: a regex search for the end scanned every line of every page.)
_DASH_END: Final = (" -", " --", " –", " —")
_DASH_START: Final = ("- ", "-- ", "– ", "— ")


def _dash_starts(texts: list[str]) -> list[int]:
    """The lines past the first that start with a dash (`_DASH_START`)."""
    return _dash_lines(texts)[0]


def _dash_lines(texts: list[str]) -> tuple[list[int], list[int]]:
    """The lines past the first that start with a dash (`_DASH_START`), and those that
    are a dash alone (`_LONE_DASHES`), in one scan in C (`map` of the unbound method; a
    comprehension cost ~0.4 us a line) of the dashes both open with (`_DASH_OPENS`);
    the few lines it finds are sorted out in Python. (Two list scans for a lone dash,
    ``"-" in texts``, cost a seed page ~23K instructions.)"""
    found = list(itertools.compress(range(len(texts)), map(str.startswith, texts, itertools.repeat(_DASH_OPENS))))
    if found and found[0] == 0:
        del found[0]
    if not found:
        return found, []
    return [i for i in found if texts[i].startswith(_DASH_START)], [i for i in found if texts[i] in _LONE_DASHES]


_LONE_DASHES: Final = frozenset(("-", "–"))
#: `_dash_lines`: what a dash-started line (`_DASH_START`) and a lone dash open with.
_DASH_OPENS: Final = ("-", "–", "— ")
#: `_first_prose`: a story's paragraph is this long at least.
_PROSE_CHARS: Final = 120


def _first_prose(texts: list[str]) -> int:
    """The index of the first long line that ends a sentence (the story has begun
    there), or the number of lines."""
    return next((k for k, t in enumerate(texts) if len(t) >= _PROSE_CHARS and t.endswith((".", '"', "”"))),
                len(texts))


def rejoin_dashed(page: Page) -> None:
    """A field line that a node-per-line scrape broke at its dash (the by-line's
    ``Name -`` and the channel's link, a site name and its date): when the two lines
    joined as a browser prints them match a field rule other than a dateline, both
    lines take that rule (their own hits, a lone dateline or none, are dropped)."""
    texts, hits = page.texts, page.hits
    starts = page.dash_starts
    if starts is None:
        starts = _dash_starts(texts)
    # the scan runs in C (`map` of the unbound method): a comprehension was ~0.4 us a line
    ends = list(itertools.compress(range(len(texts) - 1), map(str.endswith, texts, itertools.repeat(_DASH_END))))
    if not starts and not ends:
        return  # no line ends or starts with a dash (most pages)
    for i in sorted({*ends, *(k - 1 for k in starts)}):  # in page order: a join changes the next line's hit
        if not all(h is None or h[0].field == "dateline" for h in (hits[i], hits[i + 1])):
            continue
        hit = page.ruleset.match_lines([f"{texts[i]} {texts[i + 1]}"])[0]
        if hit is not None and hit[0].action == "field" and hit[0].field not in (None, "dateline"):
            hits[i] = hits[i + 1] = hit


def _unlabelled_byline(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    """``hit`` reads a line as its writers from the names' shape alone: an ``authors``
    field whose value opens the line (``Nama - detikNews``), no by-line word before it.
    An author box's rule reads the name by the box's own words after it (a profile
    card's button: "Nama Mohon Tunggu... <bio>"), not by its shape alone."""
    if hit is None or hit[0].field != "authors" or hit[0].action != "field" or hit[0].kind == "author_box":
        return False
    rule, m = hit
    return "value" in rule.pattern.groupindex and m.start("value") == 0


def _byline_evidence(page: Page, i: int) -> bool:
    """Unlabelled by-line ``i`` (`_unlabelled_byline`) has a by-line's place: a date line
    right over or under it, or a headline above it (an unclaimed title-like block). A
    Title Cased headline with the site's name after a dash ("Pelatih Baru Umumkan Skuad
    - CNN Indonesia", as Indonesian outlets print it in <title> and a text scrape prints
    as its first line) has neither: it is the headline, not a writer (leftovers42)."""
    hits = page.hits
    for j in (i - 1, i + 1):
        hit = hits[j] if 0 <= j < len(hits) else None
        if hit is not None and hit[0].field == "published":
            return True
    return any(hits[j] is None and is_title_like(page.blocks[j].text, exclaims=True) for j in range(i))


def _name_over_card(page: Page, i: int) -> bool:
    """Block ``i`` is a writer's name printed alone over the author box's line that opens
    with it and that a rule read the name from ("Nama", then "Nama Mohon Tunggu... <bio>":
    kompasiana.com 2020 as text, kompasiana.com/vinkakristy/5f9182e7d541df649e5e5742 in
    the search library's pages corpus, read 2026-12-07). A Title Cased name there was the
    headline, and the card's line a caption glued to it (blindtext60); `_card_name_above`
    gives the name to the box."""
    nxt = page.hits[i + 1] if i + 1 < len(page.hits) else None
    if nxt is None or nxt[0].field != "authors" or nxt[0].kind != "author_box":
        return False
    name = nxt[0].value(nxt[1]).rstrip(" .")
    return bool(name) and page.blocks[i].text.rstrip(" .") == name


def find_title(page: Page) -> None:
    """The headline: the first unclaimed block with a headline's shape, with story
    text after it (on markup, `RuleSet.story_runs`: or a run of lines). An outlet
    layout (``first-line``) puts it first; on generic pages
    it may follow breadcrumbs (``Nasional``), so the first few unclaimed blocks
    before the story are searched, and only a Title Cased line is taken. A block that
    starts with the next one is a container blob, not a headline. A line read as a
    by-line by its names' shape alone, with no by-line's place (`_byline_evidence`),
    is looked at as a headline first."""
    cards: set[int] = set()  # the blocks over an author box's line: `_name_over_card` asks only them
    for i, hit in enumerate(page.hits):
        if _unlabelled_byline(hit) and not _byline_evidence(page, i):
            page.hits[i] = None
        elif hit is not None and hit[0].kind == "author_box":
            cards.add(i - 1)
    candidates = []
    label_value = False
    for i, hit in enumerate(page.hits):
        if hit is None:
            if (not label_value or _statement(page.blocks[i].text)) \
                    and not (i in cards and _name_over_card(page, i)):
                candidates.append(i)
            # else the name under a by-line label ("Reporter" / "Daniel Ahmad", a scrape
            # whose headline line is missing): `consume_structures` takes it for the label
        elif hit[0].field == "title":
            # a labelled headline ("Judul: ...", a reader proxy's "Title: ..." header): the
            # field rule takes it; the page's own heading line that prints it again is the
            # headline's block (a deck under it, a caption glued to it are read from there)
            labelled = hit[0].value(hit[1])
            for k in range(i + 1, len(page.hits)):
                if page.hits[k] is None and page.verdicts[k] is None \
                        and _undoubled(page.blocks[k].text, page.ruleset) == labelled:
                    page.title_index = k
                    page.verdicts[k] = HEADLINE_REPEAT
                    break
            return
        label_value = hit is not None and hit[0].action == "label"
    slugged = _marked_title(page, candidates)
    if slugged is None:
        slugged = _slug_title(page, candidates)
    if slugged is not None:
        page.slug_title = True
        page.title_index = slugged
        page.fields.add("title", _undoubled(page.blocks[slugged].text, page.ruleset))
        page.verdicts[slugged] = HEADLINE
        return
    generic = page.ruleset.title_mode == "heuristic"
    if generic and _first_line_printed_twice(page, candidates):
        i = candidates[0]
        page.title_index = i
        page.fields.add("title", page.blocks[i].text)
        page.verdicts[i] = HEADLINE
        return
    # An outlet's headline comes first, or under a rubric line over it (tempo.co 2024-26
    # as text: the reader upsell a rule drops, "Bisnis", then the headline).
    first = 2 if len(candidates) > 1 and _rubric_above(page, candidates[0], candidates[1]) else 1
    # a rubric over a headline, its deck and its date line (a magazine's archive): the
    # headline is the line under the rubric, whatever the rubric's words
    skip = 1 if len(candidates) > 1 and _rubric_over_dated_head(page, candidates[0], candidates[1]) else 0
    # a latest-news list's stamped items over the headline do not count against the search
    stamped = _stamped_run(page, candidates, skip) if generic else 0
    for rank, i in enumerate(candidates[skip: _TITLE_SEARCH + stamped if generic else first + skip], start=skip):
        text = _undoubled(page.blocks[i].text, page.ruleset)
        if page.prefix(i):
            return  # the story has started
        if generic and _stamped(text):
            continue  # a list item's stamp and linked title: no headline, nor the story's start
        exclaimed = generic and _exclaimed(text)
        if exclaimed and _headline_under(page, candidates, rank + 1):
            continue  # a button ("Klik di sini!") or a promo ("Promo! ...") over the headline
        if not (is_title_like(text, exclaims=not generic)
                or (exclaimed and _exclaiming_headline(page, text, candidates, rank + 1))
                or _titled_over_dateline(page, text, candidates, rank + 1)) \
                or (generic and not is_title_case(text)
                    and not _sentence_case_over_dateline(page, text, candidates[rank + 1:])) \
                or text.startswith(_NOT_TITLE_START) or text.endswith(_NOT_TITLE_END) \
                or text[:1].islower():  # a headline starts with a capital; a summary's excerpt may not
            if is_sentence_like(text):
                return  # the story has started
            continue
        if generic and _headline_printed_twice_below(page, text, candidates[rank + 1:_TITLE_SEARCH]):
            continue  # a site's badge or slogan over the headline its scrape prints twice
        later = candidates[rank + 1:]
        if not any(is_sentence_like(page.blocks[k].text) for k in later) and not (
            page.ruleset.story_runs and len(later) >= _MIN_STORY_RUN
        ) and _numbered_run(page, later) is None:
            return
        if later and (text.startswith(page.blocks[later[0]].text)
                      or (generic and _rubric_above(page, i, later[0]))
                      or (generic and len(later) > 1 and _rubric_above(page, later[0], later[1]))):
            # a rubric line marks the headline under it: a Title Cased line over the
            # rubric is the site's header (a regional promo's greeting over tribunnews
            # 2023's rubric and headline: "Selamat Datang di Klaten Bersinar", "Viral",
            # the headline; solo.tribunnews.com/2023/03/20/..., as text in the search
            # library's pages corpus, read 2026-12-06)
            continue
        page.title_index = i
        page.fields.add("title", text)
        page.verdicts[i] = HEADLINE
        return


def _stamped(text: str) -> bool:
    """``text`` opens with a list item's stamp (`_STAMPED_ITEM`); a string test first, so
    that a page with no such line compiles no pattern (`cleaner.lazy`)."""
    return text[:1].isalnum() and " WI" in text[:40] and compiled_regex(_STAMPED_ITEM).match(text) is not None


def _stamped_run(page: Page, candidates: list[int], start: int) -> int:
    """How many of ``candidates`` from ``start`` on, in a row, are a list's stamped items
    (`_STAMPED_ITEM`: "Rabu, 04/11/2015 09:36 WIB <linked title>")."""
    count = 0
    for i in candidates[start:]:
        if not _stamped(page.blocks[i].text):
            break
        count += 1
    return count


def _first_line_printed_twice(page: Page, candidates: list[int]) -> bool:
    """The page opens with one line printed twice (the first two unclaimed blocks, with
    only chrome the rules took between them), a headline's length and shape
    (`_MIN_HEADLINE_WORDS` words or more, no full stop, a '!' or '?' only at its end),
    with story under it: that line is the headline whatever its case (a reader-mode
    mirror's copy prints the page's title and its h1 in small letters: easyreader.org's
    copies of idntimes.com articles, 2018, easyreader.org/article/page/idntimes/life/
    inspiration/..., as text in the search library's pages corpus, read 2026-12-06: the
    headline twice, "Play all audios:", "Loading...", the story; blindtext52). Before,
    only a Title Cased line was a generic page's headline and both copies opened the
    body."""
    if len(candidates) < 3:
        return False
    first, second = candidates[0], candidates[1]
    text = page.blocks[first].text
    if page.blocks[second].text != text or page.prefix(first) is not None:
        return False
    if any(page.hits[k] is None for k in range(first + 1, second)):
        return False
    if text.count(" ") + 1 < _MIN_HEADLINE_WORDS \
            or not is_title_like(text, exclaims=True) or text.rstrip(_CLOSERS).endswith("."):
        return False
    return any(is_sentence_like(page.blocks[k].text) for k in candidates[2:])


def _headline_printed_twice_below(page: Page, text: str, later: list[int]) -> bool:
    """A Title Cased line of a headline's length (`_MIN_HEADLINE_WORDS`) is printed twice
    among the unclaimed lines ``later`` before the story starts, and ``text`` is printed
    once: that line is the headline (the h1 and the photo's title or a second heading
    print it again), ``text`` the site's header (infobrand.id 2024 as text, search
    library pages corpus, infobrand.id/elshinta-semarang-tangkal-hoax-lewat-
    independensi-pemberitaan.phtml, read 2026-12-06: the date, "Follow us:", the logo's
    "infobrand" and "10th INFOBRAND", the headline, "Posted by: ...", the headline again,
    the caption, the story; "10th INFOBRAND" was taken for the headline). Linear in the
    few lines searched."""
    head: list[str] = []
    for k in later:
        line = page.blocks[k].text
        if is_sentence_like(line) or page.prefix(k):
            break
        head.append(line)
    if text in head:
        return False
    seen: set[str] = set()
    for line in head:
        if line in seen:
            return line.count(" ") + 1 >= _MIN_HEADLINE_WORDS and is_title_like(line) and is_title_case(line)
        seen.add(line)
    return False


def _exclaimed(text: str) -> bool:
    """``text`` holds a '!' (inside or at its end) or a '?' inside it: a headline's
    exclamation ("Resmi! ...", "... Catat Jadwalnya!", "Kenapa ...? Ini ...") or a promo's,
    a button's, a call to action's ("Klik di sini!", "Gabung Sekarang! ...")."""
    return "!" in text or "?" in text.rstrip(_CLOSERS)[:-1]


def _headline_under(page: Page, candidates: list[int], after: int) -> bool:
    """The next unclaimed line, before the story starts, has a headline's shape (five
    words or more, Title Cased, not a person's name nor a few joined by commas, no
    sentence's end but a '!' or '?'): a line with a '!' over it is a promo or a button
    printed over the headline, not the headline."""
    if after >= len(candidates):
        return False
    k = candidates[after]
    text = page.blocks[k].text
    return page.prefix(k) is None and text.count(" ") + 1 >= _MIN_HEADLINE_WORDS \
        and is_title_like(text, exclaims=True) and is_title_case(text) \
        and _NAME_LINE.fullmatch(text) is None and not (", " in text and _names_alone(text))


#: `_exclaiming_headline`: a by-line line under a headline has fewer words than this.
_MAX_BYLINE_WORDS: Final = 8
#: `_exclaiming_headline`: the fields of a head line under a by-line (its date line, the
#: dateline, a by-line with its date: okezone's ", Jurnalis-Rabu, 18 Juni 2025"); a rule
#: for the head alone (liputan6's "Diperbarui 14 Jun 2025, 14:30 WIB") counts too.
_HEAD_FIELDS: Final = ("published", "dateline", "authors", "editors")


def _exclaiming_headline(page: Page, text: str, candidates: list[int], after: int) -> bool:
    """A generic page's Title Cased line with a '!' or a '?' inside it, of a headline's
    length (five words or more), right over the story's head or its first line: the
    next unclaimed line (past the by-line, date and dateline lines rules took) is the
    story (its dateline, or a line that reads as story), or one short line (a by-line
    the rules did not take: "Nama Penulis", "Nama -Sepakbola", "Nama, Nama") right over
    a head line the rules took (the date line, the dateline) or over the story.
    Indonesian outlets print such headlines often ("Resmi! Klub Rekrut ...", "Kenapa
    ...? Ini Jawabannya": detik.com, okezone.com, liputan6.com, kompas.com; the bulk
    crawl's rows 90, 93, 181, 403, 828 with their title field put first, as a browser's
    copy of such a page prints it). A promo over the headline has the headline under
    it (`_headline_under`), a breadcrumb under a promo has the headline under it, not
    the story; a story sentence is no Title Cased line. Before, only such a line right
    over a dateline paragraph was taken (`_titled_over_dateline`) and the rest of these
    pages had no headline."""
    if text.count(" ") + 1 < _MIN_HEADLINE_WORDS or after >= len(candidates) \
            or not is_title_like(text, exclaims=True):
        return False
    k = candidates[after]
    below = page.blocks[k].text
    if page.prefix(k) is not None or _reads_as_story(below, True):
        return True
    if _over_head_line(page, k):
        return True
    n = k + 1
    return below.count(" ") < _MAX_BYLINE_WORDS and n < len(page.blocks) and page.hits[n] is None \
        and _reads_as_story(page.blocks[n].text, True)


def _over_head_line(page: Page, k: int) -> bool:
    """Unclaimed block ``k`` is one short line (a by-line the rules did not take: "Nama
    Penulis", "Nama, Nama") right over a head line the rules took (the date line, the
    dateline, a by-line with its date) or over the story's dateline paragraph."""
    n = k + 1
    if page.blocks[k].text.count(" ") >= _MAX_BYLINE_WORDS or n >= len(page.blocks):
        return False
    hit = page.hits[n]
    return page.prefix(n) is not None or (hit is not None and (hit[0].where == "head" or hit[0].field in _HEAD_FIELDS))


def _sentence_case_over_dateline(page: Page, text: str, later: list[int]) -> bool:
    """A headline printed in sentence case (antaranews.com: "Pedagang pasar berharap
    ..."; its video pages, pemilu.antaranews.com/video/2278438 (2021) as text in the
    search library's pages corpus) right over the story's dateline paragraph
    ("Jakarta (ANTARA) - ", "ANTARA - "): the dateline says the story starts on the
    next line, so the line over it is the headline, not a breadcrumb; not a caption
    closing on its credit's bracket, nor a line whose words run on in small letters
    after a lower-case start."""
    return bool(later) and page.prefix(later[0]) is not None and not text.endswith(")") \
        and text[:1].isupper() and not is_sentence_like(text)


#: `_titled_over_dateline`: the full stops inside a headline that end no sentence: a
#: person's initial ("Vera C. Rubin"), "vs." ("Komik vs. MCU"), a dot between capitals
#: with no space (a name written as a domain: "Website KIM.ID Sebagai ..."); the bulk
#: crawl's kompas.com, liputan6.com and okezone.com rows 1864, 833, 1795. Read by string
#: look-ups at each dot: one `regex` pattern for the three (lookarounds in alternation)
#: scanned a headline's every character, ~70x the old initial's pattern, +3.8% of a bulk
#: row's instructions.
_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _without_inner_stops(text: str) -> str:
    """``text`` less the full stops that end no sentence (`_CAPITALS`' note).

    >>> _without_inner_stops("Vera C. Rubin vs. MCU di KIM.ID. Lalu")
    'Vera C Rubin vs MCU di KIMID. Lalu'
    """
    parts = []
    start = 0
    dot = text.find(".")
    while dot != -1:
        before, after = text[dot - 1:dot], text[dot + 1:dot + 3]
        word = text[:dot].rpartition(" ")[2]
        joined = before in _CAPITALS and after[:1] in _CAPITALS  # "KIM.ID"
        short = word in ("vs", "Vs") or (len(word) == 1 and before in _CAPITALS)  # "vs.", "C."
        if joined or (short and after[:1] == " " and after[1:] in _CAPITALS):
            parts.append(text[start:dot])
            start = dot + 1
        dot = text.find(".", dot + 1)
    return "".join(parts) + text[start:] if parts else text


def _titled_over_dateline(page: Page, text: str, candidates: list[int], after: int) -> bool:
    """A generic page's first line right over the story's dateline paragraph ("KOTA,
    KOMPAS.com - ", "Liputan6.com, Kota - "), with a headline's shape but for a '?' or
    '!' inside it or a person's initial ("Benarkah ... Mendadak? Ini Penjelasan Dokter",
    "Mengenal Vera C. Rubin Observatory: ..."): the headline, as an outlet's first line
    is (`is_title_like` with ``exclaims``). Elsewhere on a generic page such a line may be
    a story sentence; over the dateline the story has not started. Before, a crawler's
    text with its headline put first (the bulk crawl's kompas.com rows 828 and 1864 with
    their ``title`` field over them) had no headline and the line was dropped."""
    if after >= len(candidates) or len(text) > _MAX_TITLE_CHARS:
        return False
    stopped = text.endswith(".") and not text.endswith("..")
    shape = _without_inner_stops(text[:-1] if stopped else text) if "." in text else text
    if not is_title_like(shape, exclaims=True):
        return False  # the shape first: most lines asked about are story lines, too long
    if stopped and not is_title_case(shape):
        return False  # a sentence-case line ending in a full stop: a caption, a deck
    k = candidates[after]
    return page.prefix(k) is not None or (_over_head_line(page, k) and _story_at(page, candidates, after + 1))


def _story_at(page: Page, candidates: list[int], after: int) -> bool:
    """The unclaimed line ``candidates[after]`` opens the story with its dateline."""
    return after < len(candidates) and page.prefix(candidates[after]) is not None


#: A line starting with a separator is the tail of a split line ("| Jumat, 19 Juni
#: 2015", "- 28/05/2025": a node-per-line scrape), never a headline.
_NOT_TITLE_START: Final = ("|", "-", "–", "—", "·", "•", "/", ":", ",")
#: A line that opens with a date, a clock time and a zone, then words ("Rabu, 04/11/2015
#: 09:36 WIB <title>"): a latest-news list item's stamp before its linked title, never
#: the page's headline (detik.com 2015 through trafilatura's txt, raw/detik/anpandu-detik-
#: singlepage.html of the dev corpus, in /tmp: a list over the headline; blindtext53).
_STAMPED_ITEM: Final = (r"(?:[A-Z][a-z]{2,6}, )?\d{1,2}(?:/\d{1,2}/| [A-Z][a-z]{2,8} )\d{4},? "
                        r"\d{1,2}[:.]\d{2} ?(?:WIB|WITA|WIT)\b")
#: A line ending in a separator is the head of a split line: a rubric with the bar that
#: parts it from the next piece ("Politik |": tempo.co/arsip/... 2016 as text, a year's
#: review whose every item opens "<rubric> |" on a line of its own), never a headline.
#: A spaced colon ends a kicker over the headline ("<rubric> :": majalah.tempo.co 2022's
#: p.upper_deck over p.main_title, tests/test_real_layouts_tempo_kumparan_idn.py's
#: MAJALAH_2022; the article's element alone, with no <head> to name the title, took it).
_NOT_TITLE_END: Final = (" |", " ·", " •", " -", " –", " —", " :")
#: `_rubric_above`: a breadcrumb or rubric line ("Home News Indonesia", "Ekonomi
#: Keuangan") has this many words at most, the headline under it this many at least.
_MAX_RUBRIC_WORDS: Final = 3
_MIN_HEADLINE_WORDS: Final = 5
_RUBRIC: Final = r"[^\W\d_]+(?: [^\W\d_]+)*"


def _rubric_above(page: Page, i: int, k: int) -> bool:
    """Block ``i``, a few words of letters alone, is a breadcrumb or rubric line over a
    headline: the next block ``k`` right under it (or under a date line between them:
    republika.co.id 2026 prints the trail, the date, then the headline) is a longer
    Title Cased headline that ends no sentence (a short headline's deck may be Title
    Cased, as German prints nouns, but ends like a sentence)."""
    text, below = page.blocks[i].text, page.blocks[k].text
    return ((k == i + 1 or all(_head_only(page.hits[j]) for j in range(i + 1, k)))
            and text.count(" ") < _MAX_RUBRIC_WORDS and bool(compiled_regex(_RUBRIC).fullmatch(text))
            and below.count(" ") + 1 >= _MIN_HEADLINE_WORDS and not ends_sentence(below)
            and is_title_like(below) and is_title_case(below) and not page.prefix(k))


def _rubric_over_dated_head(page: Page, i: int, k: int) -> bool:
    """Block ``i``, a few words of letters alone, is a rubric's name over a headline of
    any length and case: the next block ``k`` right under it (or under lines rules drop
    from the head) ends no sentence, and a deck (a line that reads as a sentence) is
    printed right under ``k`` with a bare date line, an archive stamp or a
    writer-and-editor line right under the deck (`_under_deck`). A magazine's archive
    prints its pieces so (tempo.co/arsip/... and tempo.co/prelude/..., 1976 and 1988
    pieces as text in the search library's pages corpus, read 2026-12-06: "Arsip", "Yogya
    saat ini", a one-sentence deck, "31 Januari 1976 | 00.00 WIB"); the headline is the line
    over the deck, whatever the rubric's name. Before, "Arsip" was asked as the headline,
    refused for its one word, the search stopped, and the page had no headline, its deck
    and its date line opened the body."""
    deck = k + 1
    date = _past_initials(page, deck + 1)
    if date >= len(page.blocks) or not (k == i + 1 or all(_head_only(page.hits[j]) for j in range(i + 1, k))):
        return False
    text, below = page.blocks[i].text, page.blocks[k].text
    if text.count(" ") >= _MAX_RUBRIC_WORDS or not compiled_regex(_RUBRIC).fullmatch(text) or ends_sentence(below) \
            or not is_title_like(below) or below[:1].islower() or page.prefix(k):
        return False
    hit = page.hits[date]
    return page.hits[deck] is None and hit is not None and _under_deck(hit[0]) \
        and is_sentence_like(page.blocks[deck].text) \
        and page.blocks[deck].text.count(" ") < _MAX_DECK_WORDS


def _past_initials(page: Page, j: int) -> int:
    """The first block from ``j`` on that is not a writer's initials a rule cut off the
    line over it (a deck signed "... seperti malioboro. (fk)": tempo.co/arsip/... 1976 as
    text), so the line under a signed deck is read as under the deck."""
    while j < len(page.blocks) and (hit := page.hits[j]) is not None and hit[0].kind == "signoff" \
            and page.blocks[j].number == page.blocks[j - 1].number:
        j += 1
    return j


#: A URL path segment's words; tokens that mix digits and letters (``o2l07x284``,
#: ``82f43b``) are ids, not words.
_SLUG_TOKEN: Final = r"[^\W_]+"
_MIN_SLUG_WORDS: Final = 3
_MIN_SLUG_COVER: Final = 0.8
#: How headlines may end that statements rarely do ("Kenapa?", "Ayo!", "Ini dia...").
_TITLE_ENDERS: Final = ("?", "!", "...", "…")


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the URL path's longest segment (the headline's slug), lower-cased.

    >>> slug_words("https://x.id/read/2015/11/05/123/google-umbar-kelemahan-galaxy-s6-edge.html")
    ('google', 'umbar', 'kelemahan', 'galaxy', 'edge')
    """
    if not url:
        return ()
    path = url.split("?", 1)[0].split("#", 1)[0].split("://", 1)[-1].partition("/")[2]
    segment = max(path.split("/"), key=len, default="")
    segment = segment.rsplit(".", 1)[0] if segment.endswith((".html", ".htm", ".php")) else segment
    words = [w.lower() for w in compiled_regex(_SLUG_TOKEN).findall(segment) if w.isalpha()]
    return tuple(words) if len(words) >= _MIN_SLUG_WORDS else ()


def _statement(text: str, *, long_lines: bool = True) -> bool:
    """A sentence that ends in one full stop or a colon, or (``long_lines``) a long
    line: story, not a linked title (headlines end in '?', '!' or '...', or in
    nothing)."""
    if not is_sentence_like(text) or text.rstrip(_CLOSERS).endswith(_TITLE_ENDERS):
        return False
    return long_lines or ends_sentence(text) or text.endswith(":")


def _marked_title(page: Page, candidates: list[int]) -> int | None:
    """The unclaimed block the front end marked as the headline (a Markdown page's one
    level-1 heading) when it has a headline's shape and a statement follows it."""
    line = page.headline_line
    if line is None:
        return None
    for n, i in enumerate(candidates):
        block = page.blocks[i]
        if block.number == line:
            text = block.text
            # the heading is marked: a '!' inside it is the headline's ("Lengkap! Ini 13
            # Hal ...": idntimes.com 2019 through html2text), as on an outlet's first line
            if is_title_like(text, exclaims=True) and not ends_sentence(text) and any(
                    _statement(page.blocks[k].text) for k in candidates[n + 1:]):
                return i
            return None
    return None


def _slug_title(page: Page, candidates: list[int]) -> int | None:
    """The unclaimed headline-shaped block before the first statement (a sentence
    ending in one full stop or a colon; a long line may be a ticker) that prints the URL slug's words
    (nearly all of them, and little else): the headline, wherever the site's menus
    put it. When no line over the first statement prints them, one statement may be a
    teaser over the headline (mediaindonesia.com 2025): a line under it counts when its
    words are the slug's exactly (a page that prints the headline over a playlist's
    sentence and again under it keeps the first: arteradio.com in the peer suite)."""
    if page.url is None:
        return None
    shaped: list[int] = []
    teaser = None  # the one statement let pass: past it, only the slug's exact words count
    for i in candidates:
        text = page.blocks[i].text
        if _statement(text, long_lines=False):
            if teaser is not None or not shaped:
                break
            teaser = i
            continue
        if len(text) > _MAX_TITLE_CHARS or text.endswith(".") or _INNER_STOP.search(text):
            continue  # a headline may hold a '!' or a '?' ("Keren! Ini ..."), not a '.'
        shaped.append(i)
    slug = slug_words(page.url) if shaped else ()  # most bulk rows: no line to compare
    if not slug:
        return None
    want = set(slug)
    best, best_score = None, (0.0, 0)
    for i in shaped:
        past = teaser is not None and i > teaser
        if past and best is not None:
            break  # a headline over the teaser: a copy of it under the teaser is not the one
        text = page.blocks[i].text
        words = [w.lower() for w in compiled_regex(_SLUG_TOKEN).findall(text) if not w.isdigit()]
        if not words or len(words) > 2 * len(want) + 3:
            continue
        if past and (len(words) != len(slug) or set(words) != want):
            continue  # under a teaser's sentence: the URL's own words and no other
        cover = len(want.intersection(words)) / len(want)
        # then the fewest words beside the slug's; on a tie the later line (the page's
        # heading, after a menu or a most-read list that links the same story)
        score = (cover, -len(set(words) - want))
        if cover >= _MIN_SLUG_COVER and score >= best_score:
            best, best_score = i, score
    return best


def _undoubled(text: str, rules: RuleSet) -> str:
    """``"X X"`` -> ``"X"``: a headline printed twice on one line (a page joined into
    one line prints the title tag and the heading); ``"X | Site"`` -> ``"X"``
    (`_site_named`); any other text as it is."""
    half = len(text) // 2
    if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1:]:
        return text[:half]
    if " | " in text or " - " in text or " – " in text or " : " in text:
        return _site_named(text, rules)
    return text


def outlet_name(name: str, rules: RuleSet) -> bool:
    """`_outlet_name` for a name from elsewhere (a crawler's by-line hint: `cleaner.hints`)."""
    return _outlet_name(name, rules)


def undoubled(text: str, rules: RuleSet) -> str:
    """`_undoubled` for a title from elsewhere (a crawler's hint: `cleaner.hints`)."""
    return _undoubled(text, rules)


def _outlet_name(name: str, rules: RuleSet) -> bool:
    """Whether ``rules`` read ``name`` as an outlet's name: a dateline of that name alone
    (no place: "CNN Indonesia - ", "ANTARA News - ") is one of their prefixes, from the
    outlet names the rule files hold (generic.toml's ``outlet`` macro)."""
    hit = rules.match_prefix(name + " - Isi")
    return hit is not None and hit[0].field == "dateline" and not hit[0].value(hit[1])


#: `_site_named`: a site's name after a page's ``<title>``: a few capitalised words
#: ("IDN Times", "IDN Times Jatim", "Metro Tempo.co") or a domain ("kumparan.com").
_SITE_NAME: Final = (
    r"[A-Z][\w.-]{1,30}(?: [A-Z][\w.-]{1,30}){0,2}|[a-z][\w-]{1,30}(?:\.[a-z]{2,6}){1,2}")
#: ... and after a dash, a name that shows it is a site's (a dash also parts a
#: headline's own halves: "Persib Menang - Laga Tandang"): one of at most three words
#: that is a domain ("Kompas.com", "News Liputan6.com", "Tribunnews.com Mobile") or
#: a brand that changes case inside a word ("detikNews", "SINDOnews"; not "iPhone").
_DASHED_SITE: Final = (
    r"(?:[\w-]{1,30} ){0,2}"
    r"(?:[A-Za-z][\w-]{0,30}\.(?:com|Com|COM|co\.id|CO\.ID|co|CO|id|ID|net|tv|TV)"
    r"|[a-z]{2,12}[A-Z][A-Za-z]{1,20}|[A-Z]{2,12}[a-z]{2,12})"
    r"(?: [\w-]{1,30}){0,2}")
#: ... or a name of at most this many words that the page's rules know as an outlet's
#: (`_outlet_name`: "ANTARA News", "CNN Indonesia", "IDN Times", "Tempo.co", from
#: generic.toml's ``outlet`` macro): capitals alone are no evidence, a headline's own
#: second half may name a team or a body in capitals ("... - TIMNAS Indonesia", "... -
#: PSSI Indonesia"). A crawler's <title> hint "<headline> - IDN Times" or "<headline> -
#: Tempo.co" (the <title> forms of idntimes.com and tempo.co, as readability and browsers
#: print them) kept the name in ``title`` before.
_MAX_OUTLET_NAME_WORDS: Final = 3
#: ... or capitals over "News" and an edition's name after it: a news service's name,
#: no headline's half, known to the rules or not. BBC's Indonesian service closes its
#: pages' <title> with "- BBC News Indonesia" ("Konflik Iran-AS: Lima penyebab krisis tak
#: kunjung usai - BBC News Indonesia": its page tests, code index file ids 628949964 and
#: 5687572). Three words so: capitals over "News" or "Indonesia" alone may still be a
#: headline's own half ("- LIGA News", "- TIMNAS Indonesia") unless the rules know them.
_DASHED_NEWS_NAME: Final = r"[A-Z]{2,8} News [A-Z][a-z]{2,15}"
#: ... and after a colon set off by spaces, a brand over a channel's English name:
#: okezone.com's "<headline> : Okezone Economy", "<headline> : Okezone techno" (its
#: og:title and meta title as stored in the code index, file ids 74334368 and
#: 22494019410). Only so: a headline's own colon may be spaced too, and what follows it
#: may be a few capitalised words ("... Pemerintah : Tidak Ada Impor").
_COLON_SITE: Final = (
    r"[A-Z][\w.-]{2,30} (?:News|news|Economy|economy|Techno|techno|Sports?|sports?|Lifestyle|lifestyle"
    r"|Celebrity|celebrity|Travel|travel|Health|health|Bola|bola|Muslim|muslim)")
#: A paged article's ``<title>`` names its page before the site's name ("<headline>
#: Halaman all - Kompas.com": a Perl scraper cuts the whole suffix, the code index's
#: file id 13831234689; "<headline> - Halaman 2 - Tribunnews.com").
_PAGE_OF: Final = r"(.*?\S)(?: -)? Halaman (?:all|\d{1,3})"
#: The headline before a site's name has at least this many words; before a dash and a
#: name that reads as a site's (`_DASHED_SITE`, a known outlet's), this many: short
#: headlines are printed so ("Sakit Apa Mbappe? - ...", "Merevisi UU Narkotika - ...":
#: detik.com and tempo.co headlines of three words, the bulk crawl's rows 645 and 1882).
_MIN_NAMED_HEADLINE_WORDS: Final = 4
_MIN_DASHED_HEADLINE_WORDS: Final = 3


def _site_named(text: str, rules: RuleSet) -> str:
    """``"<headline> | <site>"`` -> the headline: a crawler's text that opens with the
    page's ``<title>`` ("... Spesifikasinya | kumparan.com": a search result's title, 2025,
    the code index's file id 32159421326; "... Antideforestasi Eropa | tempo.co", file id
    56339185505; "... Penulis Populer | IDN Times", community.idntimes.com as a browser
    showed it, file id 61643722865). Read on headline candidates only (no line of a
    page's body pays for it); a rubric before the bar ("Liga 1 | Persib Menang Telak")
    is shorter than what follows it and stays. Other outlets print the site after a
    dash ("<headline> - detikNews", a test page's ``<title>`` in the code index, file
    id 71336253608; "<headline> - Tribunnews.com", a crawler's stored titles, file id
    25216245998; " - CNN Indonesia", " - CNBC Indonesia" cut by a scraper, file id
    54559969907; "<headline> Halaman all - Kompas.com"): only a name `_DASHED_SITE` reads
    as a site's, or capitals over "News"/"Indonesia" that ``rules`` know as an outlet's
    name (`_outlet_name`; not "... - TIMNAS Indonesia"), is cut there, then the page's
    number (`_PAGE_OF`)."""
    bar = max(text.rfind(" | "), text.rfind(" - "), text.rfind(" – "), text.rfind(" : "))
    head, sep, site = text[:bar], text[bar + 1], text[bar + 3:]
    least = _MIN_NAMED_HEADLINE_WORDS if sep in "|:" else _MIN_DASHED_HEADLINE_WORDS
    if head.count(" ") + 1 < least or len(site) >= len(head):
        return text
    named = compiled_regex(_SITE_NAME) if sep == "|" else compiled_regex(_COLON_SITE) if sep == ":" else None
    if (named is None or named.fullmatch(site) is None) and compiled_regex(_DASHED_SITE).fullmatch(site) is None \
            and (site.count(" ") >= _MAX_OUTLET_NAME_WORDS or not _outlet_name(site, rules)) \
            and compiled_regex(_DASHED_NEWS_NAME).fullmatch(site) is None:
        return text
    paged = compiled_regex(_PAGE_OF).fullmatch(head)
    if paged is not None and paged.group(1).count(" ") + 1 >= _MIN_NAMED_HEADLINE_WORDS:
        return str(paged.group(1))
    return head


#: `split_glued`: an inline tag a scraper printed as text inside a repeated headline.
_INLINE_TAG: Final = r"</?(?:i|b|em|strong|u|span|sup|sub)>"


#: `_cut_headline`: the marks a page prints where it cut a long line short.
_CUT_MARKS: Final = ("...", "…")
#: ... and the fewest characters of the headline the cut line keeps.
_MIN_CUT_HEADLINE: Final = 12


def _cut_headline(text: str, title: str) -> bool:
    """``text`` is the headline cut short, its first words and "..." (sindonews.com 2013
    prints the breadcrumb's copy so between the date line and the headline: "Jusuf Kalla
    Jumatan...", daerah.sindonews.com/berita/757694/21/... as text in the search library's
    pages corpus, read 2026-12-07; it was the story's first paragraph and the dateline
    under it stayed in the second, blindtext66): a repeat of the headline, no story."""
    stem = text.rstrip(".… ")
    return len(stem) >= _MIN_CUT_HEADLINE and " " in stem and len(stem) < len(title) and title.startswith(stem)


def split_glued(page: Page) -> None:
    """Blocks that start with the headline: a repeat of it, or a line that glues a
    caption (or a field's line) to it. A paragraph that opens with the headline and a
    colon, then runs on as a sentence ("<headline>: Because of ...", a press release's
    run-in lead) is the story's first paragraph: a caption glued to a headline follows it
    with no mark between."""
    if page.title_index is None:
        return
    title = _undoubled(page.blocks[page.title_index].text, page.ruleset)
    if page.title_index < _TITLE_LINES and " | " in title:
        heading = _heading_of_title_part(page, title)
        if heading is not None:
            _retitle(page, heading)
            split_glued(page)
            return
    for i, block in enumerate(page.blocks):
        text = block.text
        if i == page.title_index:
            continue
        if not text.startswith(title):
            if "<" in text and compiled_regex(_INLINE_TAG).sub("", text) == title:
                # the headline again with its markup printed as text (an image's title
                # attribute: economy.okezone.com 2019, "Tarif Ojek <i>Online</i> ...")
                page.verdicts[i] = HEADLINE_REPEAT
            elif text.endswith(_CUT_MARKS) and _cut_headline(text, title):
                page.verdicts[i] = HEADLINE_REPEAT
            continue
        if text == title:
            page.verdicts[i] = HEADLINE_REPEAT
        elif text[len(title):len(title) + 3] in (" - ", " | ", " – ") and _site_named(text, page.ruleset) == title:
            # the page's <title> printed under the headline: the headline, a dash and the
            # site's name ("<headline> - JPNN.COM" over the caption on jpnn.com's mobile
            # pages, 2017, m.jpnn.com/news/penjagaan-polres-diperketat-warga-tak-bisa-leluasa
            # as text in the search library's pages corpus): a repeat, no caption "- JPNN.COM"
            page.verdicts[i] = HEADLINE_REPEAT
        elif text.startswith(title) and len(text) > len(title) + 1:
            rest = text[len(title):].strip()
            if text[len(title)].isspace() and rest[:1].islower():
                # a line that opens with the headline's words and runs on in small letters
                # ("Tim peliputan laporan utama ...": tempo.co/prelude/... 1988 as text, a
                # deck that repeats its headline's first words; a story paragraph or a
                # section heading that opens so), not a caption glued to the headline: a
                # glued caption starts its own sentence. Right under the headline and of a
                # headline's shape, it is the full headline the short one cut ("<h1>Was
                # ist X und warum ...?</h1>" under a <title> of its first words).
                if i > page.title_index and _full_headline(page, i, text):
                    _retitle(page, i)
                    split_glued(page)  # the lines that repeat the whole headline
                    return
                if i > page.title_index and (_story_between(page, page.title_index, i) or _deck_over_date(page, i)):
                    continue  # the story's own paragraph, or the deck over the date line
                page.verdicts[i] = HEADLINE_GLUE  # a head line that opens with the headline's words: no caption
                continue
            if rest.startswith(":") and is_sentence_like(rest[1:].strip()):
                continue
            if rest.startswith(":") and i > page.title_index and len(rest[1:].split()) >= _MIN_RECHECK_WORDS \
                    and is_title_case(rest[1:]) and _full_headline(page, i, text):
                # the rubric's name over the headline that opens with it ("Kaleidoskop
                # 2019", then "Kaleidoskop 2019: 4 Berita ...": a 2019 tribunnews.com story
                # as presnapress.com copies it, www.presnapress.com/nasional/2019/12/13/
                # kaleidoskop-2019-4-berita-nasional-terpopuler-april-... as text in the
                # search library's pages corpus, read 2026-12-07): the short line was the
                # headline and the rest of the real one a caption (blindtext60). The rest is
                # a headline's run of Title Cased words: a caption glued after a colon is a
                # sentence in small letters, a credit ("Foto Antara") a word or two
                _retitle(page, i)
                split_glued(page)
                return
            hit = page.ruleset.match_line(rest)
            if hit is not None and hit[0].field:
                page.fields.add(hit[0].field, hit[0].value(hit[1]), i)
            elif hit is None:
                page.fields.add("captions", rest, i)
            page.verdicts[i] = HEADLINE_GLUE


def _full_headline(page: Page, i: int, text: str) -> bool:
    """Block ``i``, which opens with the headline's words, is the whole headline: the
    next unclaimed block after the headline, of a headline's length and shape (a '?' or
    '!' may end it), no sentence's end but those."""
    if len(text) > _MAX_TITLE_CHARS or (ends_sentence(text) and not text.endswith(_TITLE_ENDERS)) \
            or not is_title_like(text, exclaims=True):
        return False
    assert page.title_index is not None
    return all(page.hits[k] is not None for k in range(page.title_index + 1, i))


def _story_between(page: Page, a: int, b: int) -> bool:
    """An unclaimed statement lies between blocks ``a`` and ``b``: the story has started."""
    return any(page.hits[k] is None and page.verdicts[k] is None and _statement(page.blocks[k].text)
               for k in range(a + 1, b))


def _deck_over_date(page: Page, i: int) -> bool:
    """Block ``i`` is printed over a bare date line, an archive stamp or a writer-and-editor
    line (`_under_deck`), past a signature's initials cut off it: a deck."""
    k = _past_initials(page, i + 1)
    hit = page.hits[k] if k < len(page.blocks) else None
    return hit is not None and _under_deck(hit[0])


def consume_structures(page: Page) -> None:
    blocks, hits, n = page.blocks, page.hits, len(page.blocks)
    i = 0
    scanned, story_seen = 0, False  # whether a story line came before block ``i``
    while i < n:
        hit = hits[i]
        if hit is None or page.verdicts[i] is not None:
            i += 1
            continue
        rule, _m = hit
        if rule.where == "story":  # its field is decided once the story is known
            page.verdicts[i] = rule.id
            page.story_held.append(i)
            i += 1
            continue
        if rule.where == "head":  # decided once the story start is known
            i += 1
            continue
        _take_hit(page, i)
        if rule.kind == "author_box" and rule.action == "field" and i > 0:
            _card_name_above(page, i)
        if rule.action == "label" and rule.field:
            if i + 1 < n and hits[i + 1] is None and page.verdicts[i + 1] is None \
                    and not (rule.field in _NAME_FIELDS and _statement(blocks[i + 1].text)):
                # the value may bring the label's colon along (": Nama", the label a
                # block of its own); a by-line label's value is names, never a story's
                # sentence (a front end that took the name itself leaves the label over
                # the story's first paragraph)
                page.fields.add(rule.field, blocks[i + 1].text.removeprefix(":").lstrip())
                page.verdicts[i + 1] = rule.id
                i += 1
                # names printed a line each, the list's comma left on all but the last
                # (kompas.com 2020-26's credit box: "Penulis" / "Nama Satu," / "Nama Dua")
                while rule.field in _NAME_FIELDS and blocks[i].text.rstrip().endswith(",") and i + 1 < n \
                        and hits[i + 1] is None and page.verdicts[i + 1] is None \
                        and _NAME_LINE.fullmatch(blocks[i + 1].text):
                    page.fields.add(rule.field, blocks[i + 1].text)
                    page.verdicts[i + 1] = rule.id
                    i += 1
            elif i > 0 and hits[i - 1] is None and _NAME_LINE.fullmatch(blocks[i - 1].text) \
                    and (page.verdicts[i - 1] is None or _name_for_headline(page, i - 1, rule.field)):
                # no value after it: a role printed under the name ("Nama / Jurnalis")
                page.fields.add(rule.field, blocks[i - 1].text)
                page.verdicts[i - 1] = rule.id
        elif rule.action == "label":  # a credit's label for no field: its name line goes with it
            if i + 1 < n and hits[i + 1] is None and page.verdicts[i + 1] is None \
                    and _NAME_LINE.fullmatch(blocks[i + 1].text):
                page.verdicts[i + 1] = rule.id
                i += 1
        elif rule.over_title:  # a card's label under its linked title: the title goes with it
            if i > 0 and hits[i - 1] is None and page.verdicts[i - 1] is None and _box_title(blocks[i - 1].text):
                page.verdicts[i - 1] = rule.id
        elif rule.action == "block" or (rule.select == "titles" and _opens_box(page, i)):
            while scanned < i and not story_seen:
                # a statement: teaser titles ending in '?' or '!' are no story yet
                story_seen = hits[scanned] is None and page.verdicts[scanned] is None \
                    and _statement(blocks[scanned].text)
                scanned += 1
            i = _consume_block(page, i, rule, above_story=not story_seen)
            continue
        i += 1


def _name_for_headline(page: Page, i: int, field: str) -> bool:
    """Block ``i``, a person's name with a by-line role printed alone under it, is what
    the heuristic `find_title` took for the headline: the name is the writer's, and the
    page has no headline yet (`recheck_title` looks for it). kompas.com 2023 prints the
    writer's name over the word "Penulis" under the date line, and a rendering that
    leaves the headline out (or a whole page's text, the headline far above) starts
    with them (kompas.com/global/read/2023/04/15/052400870, as text in the search
    library's pages corpus, read 2026-12-06): the name was the headline and no writer.
    Only in a credit's place (`_dated_credit`): a headline over a by-line label whose
    name was lost stays the headline."""
    from .names import person_name

    if i != page.title_index or field not in _NAME_FIELDS or page.ruleset.title_mode != "heuristic" \
            or not _dated_credit(page, i) or person_name(page.blocks[i].text, None) is None:
        return False
    page.title_index = None
    page.fields.forget("title")
    return True


def _card_name_above(page: Page, i: int) -> None:
    """An author box's line ``i`` (its rule read the writer's name from it) under the
    same name printed alone: the box prints the name twice, its link and its card
    (kompasiana.com 2014-20 as text: "Nama", then "Nama Mohon Tunggu... <bio>", the
    search library's pages corpus, read 2026-12-06). The name alone is the box's too,
    and so is the bio under the card when the card's own button closes it ("Selanjutnya",
    a rule's chrome); before, the name (or a bio written as a sentence) was the story's
    first paragraph and the story started there."""
    hit = page.hits[i]
    if hit is None or page.hits[i - 1] is not None or page.verdicts[i - 1] is not None:
        return
    rule, m = hit
    name = rule.value(m).rstrip(" .")
    if name and page.blocks[i - 1].text.rstrip(" .") == name:
        page.verdicts[i - 1] = rule.id
        # the card's bio under it, closed by the card's own button ("Selanjutnya", a
        # rule's chrome): the card's too, not the story's first paragraph
        k = i + 1
        if k + 1 < len(page.blocks) and page.hits[k] is None and page.verdicts[k] is None:
            button = page.hits[k + 1]
            if button is not None and button[0].action == "drop" and button[0].where != "story":
                page.verdicts[k] = rule.id


def _dated_credit(page: Page, i: int) -> bool:
    """Block ``i`` (a name over its role label) sits right under a date line, or its
    label right over one: a credit's place in a page's head (kompas.com 2023: the date
    line, the name, "Penulis"). A headline over a label that lost its name has none."""
    hits = page.hits
    for j in (i - 1, i + 2):
        hit = hits[j] if 0 <= j < len(hits) else None
        if hit is not None and hit[0].field == "published":
            return True
    return False


def _take_hit(page: Page, i: int) -> None:
    """Mark block ``i`` with the rule that matched it and record the rule's field."""
    rule, m = page.hits[i]  # type: ignore[misc]
    page.verdicts[i] = rule.id
    if rule.action == "field" and rule.field:
        if rule.field == "source" and (holder := _copyright_holder(page, i)) is not None:
            page.verdicts[i] = holder  # the copyright notice's holder, not the story's source
            return
        page.fields.add(rule.field, rule.value(m), i)
        for name, value in rule.extra_fields(m):
            page.fields.add(name, value, i)


#: `_copyright_holder`: a copyright notice's line that stops before its holder's name.
_OPEN_COPYRIGHT: Final = regex.compile(r"(?i)(?:©|\(c\)|copyright)\s*+[©:]?")


def _copyright_holder(page: Page, i: int) -> str | None:
    """The rule of the copyright line over block ``i`` (an agency's name a source rule
    read) when that line stops at its mark ("COPYRIGHT ©"), so ``i`` is the notice's
    holder, split off by a rendering that prints each text node a line ("COPYRIGHT ©" /
    "ANTARA" / "2015": antaranews.com 2015-16's footer, the dev corpus's
    anpandu-antara-singlepage in ``benchmarks.quality --set renderings-nodes``): not the
    story's source, but the notice's."""
    hit = page.hits[i - 1] if i > 0 else None
    if hit is None or hit[0].kind != "disclaimer" or page.verdicts[i - 1] not in (None, hit[0].id):
        return None
    return hit[0].id if _OPEN_COPYRIGHT.fullmatch(page.blocks[i - 1].text) else None


def _is_header(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    return hit is not None and (hit[0].action == "block" or hit[0].end)


def _consume_block(page: Page, header: int, rule: Rule, *, above_story: bool = False) -> int:
    """Take the items after a block header; returns the index after the block. The
    headline, and a dateline alone on its line or followed by story text, are no
    linked titles: the block ends there (a list printed above the story, a site menu's "Terpopuler").
    ``above_story``: no story line came before the header (a site menu's list), and a
    statement (`_statement`) ends the block too: the story starts there; not a key-points
    box's marked item, a sentence of its own (IDN Media's 2025 "Intinya sih..." bullets,
    a popmama.com page rendered as text in the search library's pages corpus), nor a
    box of a fixed size (``max_items``): it says how many lines it holds, sentences
    or not (mediaindonesia.com's "Headline" widget: two stories' decks)."""
    blocks, hits, n = page.blocks, page.hits, len(page.blocks)
    generic = page.ruleset.story == "prose"
    items: list[str] = []
    taken: list[int] = []
    marked_list: bool | None = None  # `_marked_list`, once a line needs it
    bare: bool | None = None  # `_closed_by_dateline`, once an unmarked line needs it
    j = header + 1
    if not above_story and _empty_box(page, header):
        return j  # the label alone: the story goes on under it
    while j < n and not _is_header(hits[j]):
        hit = hits[j]
        # a dateline paragraph or a lone dateline over the story: both need a prefix
        # rule's match, asked first (most items start with none: two calls less each)
        if j == page.title_index or (above_story and page.verdicts[j] == HEADLINE_REPEAT) \
                or (page.rejoined and blocks[j].text in page.rejoined) \
                or (hit is not None and hit[0].field == "dateline") or (
                page.prefix(j) is not None
                and (_dateline_paragraph(page, j, generic) or _dateline_over_story(page, j))):
            break
        if hit is not None and _tag_among_tags(rule, hit[0], items, blocks[j].text):
            hit = None  # a tag the list prints, whatever a widget rule says of its words
        if hit is not None:  # chrome inside the block keeps its own rule
            if page.verdicts[j] is None:
                if _head_only(hit) and not above_story:  # a teaser's time, most likely
                    page.verdicts[j] = hit[0].id
                    page.block_heads.append(j)
                elif hit[0].where == "story":  # its field is decided with the story's
                    page.verdicts[j] = hit[0].id
                    page.story_held.append(j)
                else:
                    _take_hit(page, j)
            j += 1
            continue
        text = blocks[j].text
        if rule.field == "related" and text.startswith(_LIST_BULLETS):
            # a list's bullet is the rendering's mark: the line it marks may be the
            # page's chrome all the same (tribunnews 2023's "• Ikuti kami di", its
            # footer's first item under the empty "Rekomendasi untuk Anda" box:
            # solo.tribunnews.com/2023/03/20/..., as text in the search library's pages
            # corpus, read 2026-12-06; related held it). Asked of a related box's items
            # only: the rule set's matcher is asked afresh here (no page table), and a
            # key-points box's sentences or a tag list's names are no footer's chrome.
            chrome = page.ruleset.match_line(text[1:].lstrip())
            if chrome is not None and chrome[0].action == "drop":
                page.verdicts[j] = chrome[0].id
                j += 1
                continue
        if rule.max_items is not None and len(items) >= rule.max_items:
            break  # the box is full: the story goes on
        if rule.kind == "related" and rule.max_items is None and rule.item is None and _paragraph_run(page, j):
            # a run of paragraphs is no list of links: a "Latest" box opened by the site's
            # menu ran over the whole story of a page printed as text, when a notice over
            # it ("Looks like you're using a browser we don't support.") made the box
            # the story's (newrepublic.com 2019 of the peer suite, rendered as text)
            break
        if rule.bare_until_dateline:  # a marked line is an item; an unmarked one needs the close
            if items and _magazine_lead(text) and ends_sentence(blocks[j - 1].text):
                break  # the story's lead closes the key points (`_closed_by_dateline`)
            if not _marked(text):
                if bare is None:  # asked once, at the box's first unmarked line
                    bare = _closed_by_dateline(page, j, generic)
                if not bare:
                    break  # nothing closes the box: the unmarked lines are the story's
        elif (above_story and not (rule.field == "summary" and _marked(text))
              and ((_statement(text) and rule.max_items is None) or _over_head(page, j))) \
                or text.startswith(_CONTINUATIONS) \
                or (j + 2 < n and hits[j + 1] is not None and _over_story(page, j)):
            break  # the story starts (a sentence cut at a link: no linked title opens so)
        if rule.select == "titles" and not _box_title(text):
            break
        if rule.item is not None:
            m = rule.item.fullmatch(text)
            if m is None and _topic_word(page, header, j, rule.item):
                page.verdicts[j] = rule.id
                if not above_story:  # the story's box: its topic is the story's tag link
                    page.fields.add("tags", text, j)
                j += 1
                continue
            if m is None:
                break  # not an item
            if items and not _marked(text):
                if marked_list is None:  # the box's, asked once (it reads the lines under the label)
                    marked_list = _marked_list(page, header, above_story)
                if marked_list:
                    break  # unmarked after marked ones ("#Tag", then a crumb)
            items.append(m.group("value") if "value" in rule.item.groupindex else text)
        else:
            items.append(text)
        page.verdicts[j] = rule.id
        taken.append(j)
        j += 1
    if rule.select == "titles" and not _titles(items):
        for k in taken:  # prose after a bare label: the story goes on, nothing taken
            page.verdicts[k] = None
        return header + 1
    if rule.field in _HEAD_LIST_FIELDS and above_story:
        page.head_lists.append((header, rule.field, items, taken))
    elif rule.field:
        # "repeated": the titles are the lines printed twice; a box printing none twice
        # (Tempo 2015: one linked title a line) gives its lines that are no statement
        once = rule.select == "repeated" and len(set(items)) == len(items)
        seen: set[str] = set()
        for item, k in zip(items, taken, strict=True):
            if rule.select != "repeated" or item in seen or (once and not _statement(item)):
                page.fields.add(rule.field, item, k)
            seen.add(item)
    return j


def _tag_among_tags(block: Rule, chrome: Rule, items: list[str], text: str) -> bool:
    """Whether ``text``, which the widget rule ``chrome`` drops, is a tag of the tag list
    ``block`` reads: printed under one of its tags, shaped as its items. The text path's
    answer to the HTML path's topic link (`FrontEnd._topic_link_at`): idntimes.com's 2021
    desktop page prints the editors' user-need label "Inspire Me" as the last link of its
    "Topic:" list (a[href=/tag/inspire-me]; tests/test_real_layouts_html_blind52.py), and
    a text scrape prints it as the list's last line. A share or ad line keeps its rule."""
    return (block.field == "tags" and bool(items) and chrome.kind == "widget" and chrome.action == "drop"
            and block.item is not None and block.item.fullmatch(text) is not None)


#: Lists a site prints over the headline too (trending tags, editor's picks): kept
#: only when the headline is above them (`mark_regions`).
_HEAD_LIST_FIELDS: Final = frozenset({"tags", "related"})
#: `_titles`: a box of linked titles under a bare label prints this many at least.
_MIN_BOX_TITLES: Final = 2


def _opens_box(page: Page, i: int) -> bool:
    """Block ``i`` may head a box of titles (``select = "titles"``): its label is the
    kind a box prints (the rule's ``box`` group matched: "Baca Juga", not
    "Selengkapnya") and the block under it is chrome or a box title. Otherwise the
    label is dropped alone, as `_consume_block` would leave it (asked first: most bare
    labels on bulk rows stand over a story line)."""
    hit, k = page.hits[i], i + 1
    return hit is not None and "box" in hit[0].pattern.groupindex and hit[1].group("box") is not None \
        and k < len(page.blocks) and (page.hits[k] is not None or _box_title(page.blocks[k].text))


def _box_title(text: str) -> bool:
    """A linked title of a box under a bare label (``select = "titles"``): a Title
    Cased headline of four words or more; a '!' or '?' may stand inside it, as in a
    headline ("Waduh! Nama Produk Rentan Diretas"), a '.' may not."""
    return text.count(" ") + 1 >= _MIN_RECHECK_WORDS and is_title_like(text, exclaims=True) \
        and is_title_case(text)


def _titles(items: list[str]) -> bool:
    """``items`` make a box (``select = "titles"``): two titles or more; one line
    under the label is a subhead of the story."""
    return len(items) >= _MIN_BOX_TITLES


def _over_head(page: Page, i: int) -> bool:
    """Block ``i`` stands over two head lines (a date line and a by-line, in either
    order): the story's headline, where a list printed above the story ("Must Read")
    ends. A teaser list prints one time under each title, never a by-line."""
    hits = page.hits
    if i + 2 >= len(hits):
        return False
    first, second = hits[i + 1], hits[i + 2]
    return first is not None and second is not None and (_head_only(first) or _head_only(second)) \
        and all(h[0].where == "head" or h[0].field in _NAME_FIELDS for h in (first, second))


#: `_over_story`: how far under the date line the story's dateline paragraph may start
#: (a photo's caption between) ...
_DATELINE_SPAN: Final = 2
#: ... and how far when the lines between are a box, none a date line or story text
#: (a name over the photo, its caption, a short topic list).
_HEAD_BOX_SPAN: Final = 8


def _over_story(page: Page, i: int) -> bool:
    """Block ``i`` stands over a date line (a head-only rule) and, a line or two under
    it, a dateline paragraph: the story's headline, where a box printed over it
    ("Berita Pilihan") ends. A teaser's date line has the next teaser under it. Further
    down (`_HEAD_BOX_SPAN`) the dateline paragraph counts only when no line between is
    another date line (a teaser list's next item) or reads as story: what sits between
    the head and the story is a box (kapanlagi 2015: the artist's name, the photo's
    caption, a topic list)."""
    n = len(page.blocks)
    if i + 2 >= n or not _head_only(page.hits[i + 1]):
        return False
    generic = page.ruleset.story == "prose"
    if any(_dateline_paragraph(page, k, generic) for k in range(i + 2, min(i + 2 + _DATELINE_SPAN, n))):
        return True
    for k in range(i + 2, min(i + 2 + _HEAD_BOX_SPAN, n)):
        if k >= i + 2 + _DATELINE_SPAN and _dateline_paragraph(page, k, generic):
            return True
        if _head_only(page.hits[k]) or _reads_as_story(page.blocks[k].text, generic):
            return False
    return False


#: A list item's bullet as a rendering prints it (not a hash: "#Tag" is the item itself).
_LIST_BULLETS: Final = ("•", "·", "▪", "●", "◦", "- ")


def _marked(text: str) -> bool:
    """An item printed with a list marker or a hash (``#Tag``, ``• Tag``)."""
    return text.startswith(_ITEM_MARKERS)


def _topic_word(page: Page, header: int, j: int, item: regex.Pattern[str]) -> bool:
    """Block ``j``, no item, is the box's topic under its label (okezone 2015: "Berita
    Rekomendasi", "Diabetes", then the titles): one word right under the label, over
    an item. Under the story it is a tag (the page links it to the topic's page)."""
    blocks = page.blocks
    return j == header + 1 and " " not in blocks[j].text and j + 1 < len(blocks) \
        and page.hits[j + 1] is None and item.fullmatch(blocks[j + 1].text) is not None


def _marked_list(page: Page, header: int, above_story: bool) -> bool:
    """Whether the block under ``header`` is a list of marked items, which its first
    unmarked line ends: its first item is marked and, after the story, so is its
    second or a line of the plain run under it reads as no tag (Tempo 2015: "#Topik",
    then a rubric and teaser headlines). IDN Times prints its main topic "#traveling"
    over plain tags of a few words: one list."""
    blocks, hits = page.blocks, page.hits
    if not _marked(blocks[header + 1].text):
        return False
    if above_story:
        return True
    for j in range(header + 2, min(len(blocks), header + 2 + _MAX_PLAIN_TAGS)):
        if hits[j] is not None:
            return False
        text = blocks[j].text
        if _marked(text) or text.count(" ") >= _MAX_TAG_WORDS:
            return True
    return False


#: `_marked_list`: a plain tag under a marked topic has this many words at most, and
#: this many plain lines are looked at.
_MAX_TAG_WORDS: Final = 4
_MAX_PLAIN_TAGS: Final = 24


def _head_only(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    return hit is not None and hit[0].where == "head"


def _navigation(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    """A breadcrumb, channel or pagination line: site navigation, never under a headline."""
    return hit is not None and hit[0].kind == "navigation"


def _reads_as_story(text: str, generic: bool) -> bool:
    return is_sentence_like(text) or (generic and is_prose(text))


#: `_closed_by_dateline`: a key-points box printed with no list marks holds this many
#: items at most, each of this many words at most.
_MAX_BARE_ITEMS: Final = 5
_MAX_BARE_ITEM_WORDS: Final = 40


def _closed_by_dateline(page: Page, j: int, generic: bool) -> bool:
    """Block ``j``, unmarked, opens a box's items (``bare_until_dateline``: a key-points
    list whose <li> items a rendering prints with no mark) only when a dateline
    paragraph closes the run within a few short lines (chrome between them aside): a
    box with nothing to close it would take the story's first paragraphs."""
    blocks, hits, n = page.blocks, page.hits, len(page.blocks)
    count = 0
    for k in range(j, n):
        hit = hits[k]
        if k == page.title_index or (hit is not None and (_is_header(hit) or hit[0].field == "dateline")):
            return hit is not None and hit[0].field == "dateline" and k > j
        if page.prefix(k) is not None and _dateline_paragraph(page, k, generic):
            return k > j
        if hit is not None:
            continue
        if count and _magazine_lead(blocks[k].text) and ends_sentence(blocks[k - 1].text):
            return True
        count += 1
        if count > _MAX_BARE_ITEMS or blocks[k].text.count(" ") + 1 > _MAX_BARE_ITEM_WORDS:
            return False
    return False


#: `_magazine_lead`: a story's first word printed in capitals, then small letters.
_MAGAZINE_LEAD: Final = r"\p{Lu}{3,}+ [\p{Ll}\d]"


def _magazine_lead(text: str) -> bool:
    """``text`` opens as a magazine prints a story's first paragraph, its first word in
    capitals over small letters ("OKTOBER adalah bulan penting ...", "SEJAK 1 Maret
    lalu, ...", "PEMBACA yang budiman, ...": tempo.co's magazine pieces 1976-2021 as text
    in the search library's pages corpus, arsip/ and prelude/ pages), and runs on as
    story: with no dateline, such a lead closes the key points printed over it."""
    return compiled_regex(_MAGAZINE_LEAD).match(text) is not None and is_sentence_like(text)


def _dateline_paragraph(page: Page, i: int, generic: bool) -> bool:
    """Block ``i`` is a dateline followed by story text (not a by-line such as
    "Nama - detikNews")."""
    hit = page.prefix(i)
    if hit is None:
        return False
    rest = page.blocks[i].text[hit[1].end():]
    # a site's slogan after its name ("Contoh.com - Experience The Zone", the browser's
    # title line) is no story: a few Title Cased words that end no sentence. A lead
    # wrapped mid-sentence ends on a word in small letters ("... mengajak anak-anak muda
    # dan", a seeder's body of idntimes.com 2024 stories, file id 16097247017 of the code
    # index, its lines hard-wrapped; blindtext52): a slogan ends on a capital word
    words = rest.split()
    return _reads_as_story(rest, generic) or (
        len(words) >= _MIN_SENTENCE_WORDS
        and (words[-1][:1].islower() or not (is_title_like(rest) and is_title_case(rest))))


def _lone_dateline(page: Page, start: int) -> int | None:
    """The unclaimed block just before the story start when it is a dateline alone on
    its line ("KOTA, 1 Maret 2016 (Antara/PRNewswire) --", then the story): the story
    starts there, and `cut_dateline` reads it."""
    for i in range(start - 1, -1, -1):
        if i == page.title_index or _head_only(page.hits[i]):
            return None
        if page.verdicts[i] is None:
            hit = page.prefix(i)
            return i if hit is not None and not page.blocks[i].text[hit[1].end():].strip() else None
    return None


def _head_over_lone_dateline(page: Page, start: int) -> int | None:
    """The statement under a dateline alone on its line (a rule took it: "Jakarta -")
    that comes right under the story start, or under it and caption lines a rule took,
    when nothing between the headline and the start makes a statement (the head): the
    start was a photo's text (detik 2020 as text: headline, by-line, date, the photo's
    description ending in the photographer's name, its caption with "(Foto: ...)",
    "Jakarta -", then the story: news.detik.com/berita/d-5263754, search library pages
    corpus), and the story starts under the dateline."""
    title = page.title_index
    if title is None or not title < start <= title + _HEAD_SPAN or page.prefix(start) is not None \
            or any(page.verdicts[k] is None and page.hits[k] is None and _statement(page.blocks[k].text)
                   for k in range(title + 1, start)):
        return None
    n = len(page.blocks)
    for i in range(start + 1, min(start + 3, n - 1)):
        hit = page.hits[i]
        if hit is None or page.verdicts[i] not in (None, hit[0].id):
            return None
        # the line under the dateline is the story's first paragraph though it ends in
        # '!' (cnnindonesia.com 2018 copied by another site: "... salah satunya sepeda
        # lipat!" under "Jakarta, CNN Indonesia--"; kk996.com/book/62/6943/94331760.html
        # as text in the search library's pages corpus; blindtext55): a dateline stands
        # over a story, not over a teaser's title
        if hit[0].kind == "dateline" and hit[0].field == "dateline" and is_sentence_like(page.blocks[i + 1].text) \
                and page.verdicts[i + 1] is None and page.hits[i + 1] is None:
            return i + 1
        if hit[0].kind != "caption":
            return None
    return None


#: `_story_under_dated_deck`: a deck has this many words at most (majalah.tempo.co's run
#: long: a 2017 AMP page's, rendered as text in the search library's pages corpus, prints
#: some 90 words over its bare date line; 40 took it for the story's first paragraph).
_MAX_DECK_WORDS: Final = 120
#: `_story_under_dated_deck`: unclaimed lines between the headline and its deck (a
#: second line of the headline that reads as no story: "(Tempo, 1998-2008)").
_MAX_HEAD_GAP: Final = 1


def _date_line(rule: Rule) -> bool:
    """A bare date line: a rule that dates the story before it starts."""
    return rule.field == "published" and rule.where == "head"


def _under_deck(rule: Rule) -> bool:
    """A line printed under a deck: a bare date line, a writer-and-editor line (a
    by-line rule that fills ``editors`` too), or a metadata line the rules drop (an
    archive stamp, an update time: majalah.tempo.co's read pages print the headline,
    the deck, then "arsip tempo : <digits>.")."""
    return _date_line(rule) or (rule.field == "authors" and "editors" in rule.pattern.groupindex) \
        or (rule.kind == "metadata" and rule.action == "drop")


def _credit_label_line(rule: Rule) -> bool:
    """A writer's or an editor's labelled line ("Penulis: <name>", "Editor: <name>")."""
    return rule.kind == "metadata" and rule.action == "field" and rule.field in _NAME_FIELDS


def _credit_pair(page: Page, j: int) -> bool:
    """Block ``j`` and the one under it are the writer's and the editor's labelled lines,
    a line each: tribunnews.com's text renderings print the headline, its deck, then
    "Penulis: <name>" and "Editor: <name>" over the photo (m.tribunnews.com/nasional/2018/
    04/25/foto-tercolok-bulu-..., presnapress.com's copy of a 2018 tribunnews story; both as
    text in the search library's pages corpus, read 2026-12-06). One writer's line alone
    under a line is no sign of a deck: a caption or a kicker stands over a regional paper's
    "Laporan: <name>-<place>" (tests/test_text_real_outlets_b.py), and liputan6's "oleh
    <name> diperbarui <date>" is read under its deck by the date (test_text_real_more.py)."""
    if j + 1 >= len(page.blocks):
        return False
    a, b = page.hits[j], page.hits[j + 1]
    return a is not None and b is not None and _credit_label_line(a[0]) and _credit_label_line(b[0]) \
        and a[0].field != b[0].field


def _story_under_dated_deck(page: Page, start: int, generic: bool) -> int | None:
    """The first line that reads as story under a date line printed right under the
    line the story was taken to start at, when that line comes right under the
    headline and is short: it is the headline's deck, which may end in a full stop
    (majalah.tempo.co: headline, "Two sentences of deck.", "Senin, 7 Maret 2011", the
    story with no dateline)."""
    if page.title_index is None or not page.title_index < start <= page.title_index + 1 + _MAX_HEAD_GAP \
            or any(page.hits[i] is not None or page.verdicts[i] is not None
                   for i in range(page.title_index + 1, start)):
        return None  # the deck comes right under the headline, or under a second line of it
    date = _past_initials(page, start + 1)
    if date + 1 < len(page.blocks) and page.hits[date] is None and page.verdicts[date] is None:
        # a deck of two paragraphs (majalah.tempo.co's AMP pages, 2008: "Sepuluh Tahun
        # Kembali", "(Tempo, 1998-2008)", two short paragraphs of deck, "Senin, 20 Oktober
        # 2008", the story with its first word in capitals; search library pages corpus,
        # majalah.tempo.co/amp/kecap-dapur/128498/..., read 2026-12-06)
        date = _past_initials(page, date + 1)
    if date + 1 >= len(page.blocks) \
            or sum(page.blocks[i].text.count(" ") for i in range(start, date)) >= _MAX_DECK_WORDS:
        return None
    hit = page.hits[date]
    if hit is None or not (_under_deck(hit[0]) or _credit_pair(page, date)) \
            or page.verdicts[date] not in (None, hit[0].id):
        return None
    for i in range(date + 1, min(date + 1 + _HEAD_SPAN, len(page.blocks))):
        if page.verdicts[i] is None and page.hits[i] is None:
            return i if _reads_as_story(page.blocks[i].text, generic) else None
    return None


#: `_story_opening_with_deck`: a summary the story repeats has this many words at least.
_MIN_DECK_REPEAT_WORDS: Final = 6
#: `_story_opening_with_deck`: a sentence's end inside a line, another sentence after it.
_INNER_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]? +[\"“(]?[A-Z0-9]")


def _story_opening_with_deck(page: Page, start: int) -> int | None:
    """A dateline paragraph a few blocks under the story start that opens with the
    start's words: the start was the summary printed under the headline, whose words
    the story's first sentence repeats (tribunnews 2017 as text: the deck, the editor,
    the photo and its credit, the by-line, then "TRIBUNNEWS.COM, KOTA - <the deck's
    sentence> ..."). The story starts at the dateline and the summary is the deck. A
    line of two sentences or more that the dateline's paragraph prints whole, no more, is
    no summary: a copier pasted the lead over the page's own print of it (bola.com 2021,
    `_dateline_copy` reads it: tests/test_leftovers_60.py's BOLA_P with one paragraph
    copied; it was the deck, leftovers62)."""
    text = page.blocks[start].text
    if page.prefix(start) is not None or text.count(" ") + 1 < _MIN_DECK_REPEAT_WORDS:
        return None
    for i in range(start + 1, min(start + 1 + _HEAD_SPAN, len(page.blocks))):
        if page.verdicts[i] is not None or page.hits[i] is not None:
            continue
        line = page.blocks[i].text
        if text not in line:  # no repeat here (most pages): no dateline match needed
            if _statement(line) or page.prefix(i) is not None:
                return None
            continue
        hit = page.prefix(i)
        if hit is not None:
            rest = line[hit[1].end():].strip()
            if rest == text and _INNER_SENTENCE_END.search(text):
                return None  # the lead's copy, not a summary
            return i if rest.startswith(text) else None
        if _statement(line):
            return None
    return None


#: `_pieces_under_dateline`: the most lines a story's first sentence is broken into
#: above the line that reads as story.
_MAX_FIRST_PIECES: Final = 4


def _pieces_under_dateline(page: Page, start: int) -> int | None:
    """The first of the unclaimed lines between a dateline alone on its line (a rule
    took it: "KOTA, KOMPAS.com –") and the story start, when none ends a sentence: a
    node-per-line scrape broke the story's first sentence at its links ("Relawan",
    "Nama Kelompok", "bernama ... dengan"), so those lines are story."""
    first = None
    for i in range(start - 1, max(-1, start - 2 - _MAX_FIRST_PIECES), -1):
        hit = page.hits[i]
        if hit is not None:
            return first if hit[0].kind == "dateline" and hit[0].field == "dateline" else None
        if page.verdicts[i] is not None or i == page.title_index or ends_sentence(page.blocks[i].text):
            return None
        first = i
    return None


#: `RuleSet.story_runs`: this many unclaimed blocks in a row before the first sentence
#: are story (a list, lyrics, a data sheet), not the head's date and by-line lines.
_MIN_STORY_RUN: Final = 3


def _open_run(page: Page) -> int | None:
    """The first of the unclaimed blocks just before the story start (all of them when
    no block reads like a sentence), when they are `_MIN_STORY_RUN` or more or the
    page has no other story; blocks rules took may lie between them."""
    stop = page.start if page.start is not None else len(page.blocks)
    run: list[int] = []
    for i in range(stop - 1, -1, -1):
        if i == page.title_index or _head_only(page.hits[i]):
            break
        if page.verdicts[i] is None:
            run.append(i)
    if run and (len(run) >= _MIN_STORY_RUN or page.start is None):
        return run[-1]
    return None


#: `_numbered_run`: a numbered item opening a line ("1. Bangun pagi", "2) Minum air").
_NUMBERED: Final = re.compile(r"([1-9][0-9]?)[.)] +\S")


def _numbered_run(page: Page, candidates: list[int]) -> int | None:
    """The first of the ``candidates`` (unclaimed blocks, in page order) that opens a
    numbered list, "1." then "2." and "3." after it in order (a listicle's short
    items, "1. Bangun di jam yang sama"), when there is one: a list of the story. A
    text page's head prints no such run (its date and by-line lines are unnumbered)."""
    want, opened = 1, None
    for k in candidates:
        text = page.blocks[k].text
        if not text[:1].isdigit():
            continue
        number = _NUMBERED.match(text)
        if number is None:
            continue
        if int(number.group(1)) == want:
            if want == 1:
                opened = k
            want += 1
            if want > _MIN_STORY_RUN:
                return opened
        elif number.group(1) == "1":
            want, opened = 2, k
    return None


def _numbered_opening(page: Page, first: int) -> int | None:
    """A numbered list the story opens with, before its first sentence (or on a page
    with none): its "1." block, when that is after ``first`` and every block from it to
    the start is unclaimed or taken by a rule that is not head chrome."""
    stop = page.start if page.start is not None else len(page.blocks)
    opening = None
    for i in range(first, stop):
        if page.verdicts[i] is None and page.blocks[i].text.startswith("1") and _NUMBERED.match(page.blocks[i].text):
            opening = i
            break
    if opening is None or any(_head_only(page.hits[j]) for j in range(opening, stop)):
        return None
    run = [k for k in range(opening, len(page.blocks)) if page.verdicts[k] is None]
    if _numbered_run(page, run) != opening:
        return None
    lead = opening - 1  # the list's lead-in right over it ("Ini caranya:")
    if lead >= first and page.verdicts[lead] is None and page.hits[lead] is None \
            and page.blocks[lead].text.endswith(":"):
        return lead
    return opening


def find_story(page: Page) -> None:
    """The story's first and end blocks; it starts after the headline (a teaser in a
    menu above a headline that the URL names is no story)."""
    generic = page.ruleset.story == "prose"
    first = 0 if page.title_index is None else page.title_index + 1
    if page.ruleset.deck and page.title_index is not None:
        first = _after_deck(page, first)
    for i in range(first, len(page.blocks)):
        block = page.blocks[i]
        if page.verdicts[i] is None and not _head_only(page.hits[i]) and (
            _reads_as_story(block.text, generic) or _dateline_paragraph(page, i, generic)
        ):
            page.start = i
            break
    if page.ruleset.story_runs:
        page.start = _open_run(page) if page.start is None else (_open_run(page) or page.start)
    if page.start != first:
        # A listicle's numbered short items before its first sentence, or on a page with
        # none, are the story: no line of them reads as a sentence.
        opening = _numbered_opening(page, first)
        if opening is not None:
            page.start = opening
    if page.start is None:
        return
    lone = _lone_dateline(page, page.start)
    if lone is not None:
        page.start = lone
    over = _head_over_lone_dateline(page, page.start)
    if over is not None:
        page.start = over
    pieces = _pieces_under_dateline(page, page.start)
    if pieces is not None:
        page.start = pieces
    under = _story_under_dated_deck(page, page.start, generic)
    if under is None:
        under = _story_opening_with_deck(page, page.start)
    if under is None:
        under = _story_under_quoted_deck(page, page.start)
    if under is not None:
        if not page.fields.has("subtitle"):
            # the deck's lines up to the line under it (two paragraphs of a magazine's deck)
            deck = [page.start, *(i for i in range(page.start + 1, under)
                                  if page.verdicts[i] is None and page.hits[i] is None
                                  and is_sentence_like(page.blocks[i].text))]
            page.fields.add("subtitle", " ".join(page.blocks[i].text for i in deck))
            for i in deck:
                page.verdicts[i] = DECK
        page.start = under
    credited = _caption_under_credit(page, page.start, generic)
    if credited is not None:
        page.fields.add("captions", page.blocks[page.start].text, page.start)
        page.verdicts[page.start] = CAPTION_CREDITED
        page.start = credited
    head = _dateline_after_head(page, generic)
    if head is None:
        head = _dateline_past_head(page, generic)
    if head is not None:
        page.start = head
    if page.texts[page.start][:1] in _RUNS_ON:
        page.start = _sentence_opening(page, page.start)
    page.end = _story_end(page, page.start)
    later = _dateline_after_box(page, generic)
    run = _story_after_box(page)
    if run is not None and (later is None or run < later):
        # a run of paragraphs before the first dateline past the boxes: that "dateline"
        # was a teaser's "Name - words" under the story (pcgamer.com 2012 as text)
        later = run
    if later is not None:
        page.start, page.end = later, _story_end(page, later)
    pairs = _dated_pairs(page, page.start, page.end)
    if pairs is not None:
        page.end = pairs


#: `_sentence_opening`: a line that opens so runs on from the line above it.
_RUNS_ON: Final = frozenset(",;")
#: ... and this many lines at most above the start are pieces of its sentence.
_MAX_SENTENCE_PIECES: Final = 6


def _sentence_opening(page: Page, start: int) -> int:
    """The first piece of the story's first sentence when a scrape printed it a text
    node a line and the story start is a piece that runs on with a comma (kapanlagi.com
    2015 as BeautifulSoup's get_text("\\n") prints it: "Kapanlagi.com - Nama" (joined
    by `rejoin_dateline`), ", putra sulung aktor", "Nama", ", rupanya ..."; anpandu/
    kapanlagi page of the dev corpus): the unclaimed lines above it, each short or
    running on, up to a line that opens with a dateline (or the first that runs on
    from nothing). SPEC: the pieces stay lines of their own."""
    k = start
    while k > 0 and start - k < _MAX_SENTENCE_PIECES:
        above = k - 1
        if page.verdicts[above] is not None or page.hits[above] is not None \
                or page.texts[above].endswith((".", "!", "?", ":")):
            break
        k = above
        if page.texts[k][:1] not in _RUNS_ON and page.prefix(k) is not None:
            return k
    return start


#: `_caption_under_credit`: a photo's credit line ("Foto: Dok Humas Pemkot") has this
#: many words at most; a longer caption line is the caption itself.
_MAX_CREDIT_WORDS: Final = 8


def _caption_under_credit(page: Page, start: int, generic: bool) -> int | None:
    """A story start with no dateline right under a photo's credit line (a caption
    rule's short line: "Foto: Dok Humas") and right over a dateline paragraph: the
    photo's caption, printed under its credit (republika.co.id 2026, figcaption of
    div.source-img then div.caption-img, rendered as text), and the story starts at the
    dateline. A pull quote there (an ellipsis opens it: antaranews 2016, under a whole
    caption) is `_mark_pull_quotes`'."""
    if start == 0 or start + 1 >= len(page.blocks):
        return None
    credit = page.hits[start - 1]
    if credit is None or credit[0].field != "captions" or page.verdicts[start - 1] != credit[0].id \
            or page.blocks[start - 1].text.count(" ") + 1 > _MAX_CREDIT_WORDS \
            or page.texts[start].startswith(_ELLIPSES):
        return None
    after = start + 1
    if after + 1 < len(page.blocks) and (hit := page.hits[after]) is not None and _credit_label_line(hit[0]) \
            and page.verdicts[after] == hit[0].id:
        # the writer's line between the caption and the story (tribunnews 2018 as text:
        # the credit, the caption, "Laporan Wartawan <site>, <name>", the dateline)
        after += 1
    if page.verdicts[after] is not None or _dateline_paragraph(page, start, generic) \
            or not _dateline_paragraph(page, after, generic):
        return None
    return after


#: `_dateline_after_head`: how many blocks after the story start it looks.
_HEAD_SPAN: Final = 6


def _dateline_after_head(page: Page, generic: bool) -> int | None:
    """A dateline paragraph a few blocks after a story start that has none, with a date
    line (a head-only rule) between them: the start was the head's deck or caption (a
    line under the headline ending in a full stop), and the story starts at the
    dateline."""
    start = page.start
    if start is None:
        return None
    stop = min(start + 1 + _HEAD_SPAN, len(page.blocks))
    dated = None  # the first date line in the window (a dict look-up each: no regex yet)
    for i in range(start + 1, stop):
        hit = page.hits[i]
        if hit is not None and hit[0].end:
            stop = i
            break
        if dated is None and _head_only(hit):
            dated = i
    if dated is None:  # (its cheap line tests first: most story starts end a sentence)
        under = _dateline_under_head(page, start, stop, generic)
        return None if under is None or _dateline_paragraph(page, start, generic) else under
    if _dateline_paragraph(page, start, generic):
        return None
    for i in range(dated + 1, stop):
        if page.verdicts[i] is None and _dateline_paragraph(page, i, generic):
            return i
    return None


#: `_dateline_under_head`: the head's lines (a sentence-case headline, a summary's
#: excerpt) a story start with no date line under it may hold.
_MAX_UNDATED_HEAD: Final = 2


def _dateline_under_head(page: Page, start: int, stop: int, generic: bool) -> int | None:
    """A dateline paragraph right under a story start and at most one more line, none
    of them ending a sentence: they are the head (antaranews 2025 printed with no date
    line: a sentence-case headline, then its summary's excerpt in small letters, then
    "Jakarta (ANTARA) – story"), and the story starts at the dateline. When the start is
    the block right under the headline, its lines may end a sentence: a story's first
    paragraph is the one that carries the dateline, so a sentence between the headline
    and it is the head's, a deck (liputan6.com 2021: headline, "Berikut berita-berita
    ... dalam Kilas Nusantara.", "Liputan6.com, Jakarta - story") or a photo's caption
    printed twice (sumutpos.co 2020: headline, the caption, the caption again, "MEDAN,
    SUMUTPOS.CO – story"; both pages from the search library's pages corpus)."""
    title = page.title_index
    # the first unclaimed block under the headline (a by-line or a date line between
    # them is claimed: bolasport.com 2020 prints "By <name> - <date>", then the photo's
    # caption, its credit and the caption again over "BOLASPORT.COM - story", as text in
    # the search library's pages corpus)
    under_title = title is not None and title < start \
        and all(page.verdicts[k] is not None or _head_only(page.hits[k]) for k in range(title + 1, start))
    for i in range(start, min(stop, start + _MAX_UNDATED_HEAD + (2 if under_title else 1))):
        if page.verdicts[i] is not None or page.hits[i] is not None:
            if i > start and _empty_label(page, i):
                continue  # a photo's credit box's label ("Sumber :") between the head's lines
            return None
        if i > start and _dateline_paragraph(page, i, generic):
            return i if not under_title or not any(ends_sentence(page.blocks[k].text) for k in range(start, i)) \
                or _names_own_site(page, i) or (i == start + 1 and _caps_place(page, i)) else None
        if not under_title and ends_sentence(page.blocks[i].text):
            return None
    return None


def _empty_label(page: Page, i: int) -> bool:
    """Block ``i`` is a label with its value left off its line ("Sumber :"), which a
    metadata rule drops: viva.co.id 2018 prints its photo's credit box so under the
    caption (`_caption_over_source_label`)."""
    hit = page.hits[i]
    return hit is not None and hit[0].kind == "metadata" and hit[0].action == "drop" \
        and page.verdicts[i] == hit[0].id and page.blocks[i].text.endswith(":")


def _caps_place(page: Page, i: int) -> bool:
    """Block ``i``'s dateline is a place in capitals alone ("JAKARTA – "), the way the
    MNC group's sites (sindonews.com, okezone.com, inews.id) sign their stories: one
    line between it and the headline is the head's, a photo's caption whose credit the
    rules do not know (xcloud.id's copies of sindonews.com stories, 2025, as text in the
    search library's pages corpus: the headline, "loading…", the caption, then "JAKARTA –
    story"). Before, the caption was the first paragraph and the dateline stayed in the
    second (leftovers58). A dateline that names no outlet quotes none, so no other
    site's story is read as the page's own."""
    hit = page.prefix(i)
    if hit is None:
        return False
    value = hit[0].value(hit[1])
    # A space after the place: "JAKARTA – ", not a compound's first part ("BMW-Touring",
    # "BWE-Präsident": two peer-suite pages lost their lead paragraph to it).
    return bool(value) and len(value) >= 3 and value.isupper() and hit[1].group(0).startswith(value) \
        and hit[1].group(0)[len(value):len(value) + 1].isspace()


def _names_own_site(page: Page, i: int) -> bool:
    """Block ``i``'s dateline names the site the page's URL is on ("Liputan6.com, Jakarta
    -" on liputan6.com, "MEDAN, SUMUTPOS.CO –" on sumutpos.co): the outlet signs its own
    story's first paragraph there. With no URL (the file alone: how held-out pages are
    cleaned), a dateline that names a site's domain is taken for the page's own: a page
    quoting another site's dateline under a sentence of its own is rarer than the deck
    a liputan6.com page prints between its headline and "Liputan6.com, Jakarta -" (its TV
    segments, www.liputan6.com/tv/read/2876289, 2017, as text in the search library's
    pages corpus)."""
    hit = page.prefix(i)
    if hit is None:
        return False
    if page.url is None:
        return compiled_regex(_SITE_DOMAIN).search(hit[1].group(0)) is not None or _dateline_outlet(page, hit)
    name = site_name(page.url)
    # a word of the dateline, not a piece of one: fischundfang.de's "de" is in "Kein
    # Wunder –" (a German page of the peer suite read as a dateline)
    return name is not None and name in compiled_regex(_WORD).findall(hit[1].group(0).lower())


def _dateline_outlet(page: Page, hit: tuple[Rule, regex.Match[str]]) -> bool:
    """The dateline names an outlet after its place ("Jakarta, CNN Indonesia --"): the
    words between the place and the dash are a name the rule files know as an outlet's
    (`_outlet_name`: generic.toml's ``outlet`` macro), the site's own signature on its
    story's first paragraph, as a domain is (a deck over "Jakarta, CNN Indonesia --"
    stayed the story's first paragraph with no URL)."""
    rule, m = hit
    value = rule.value(m)
    text = m.group(0)
    if not value:
        # the outlet's name alone ("VIVA – "): its signature with no place (viva.co.id
        # 2018 under its photo's caption and credit box, blindtext66)
        name = text.strip(" ,-–—")
        return rule.field == "dateline" and 0 < len(name) <= _MAX_SITE_CHARS and _outlet_name(name, page.ruleset)
    if not text.startswith(value):
        return False
    name = text[len(value):].strip(" ,-–—")
    return 0 < len(name) <= _MAX_SITE_CHARS and _outlet_name(name, page.ruleset)


#: `_names_own_site`: the words of a dateline ("liputan6", "com", "jakarta"; "motorsport-magazin").
_WORD: Final = r"[a-z0-9-]+"
#: `_names_own_site`: a site's domain in a dateline ("Liputan6.com", "SUMUTPOS.CO").
_SITE_DOMAIN: Final = r"(?i)\w\.(?:com|co\.id|co|id|net|tv)\b"


def _agency(source: str | None, url: str | None, dateline: str | None = None) -> str | None:
    """``source`` unless it names the page's own site: beritasatu.com 2020 closes its own
    reporters' stories with "Sumber:BeritaSatu.com" (GeorgeMarche/project-portfolio
    GitHub_Program_Files/HW_3/raw/198--www.beritasatu.com @ a2e4508617b6), a credit of the
    outlet itself, where the record's source is an agency credited for the story
    ("Sumber: Antara" on republika.co.id stays; so does "Antara" on antaranews.com, whose
    host's name is another word). With no URL, a source printed as a domain that the
    story's own dateline names is the site's too (bolasport.com 2020: "BOLASPORT.COM -"
    opens the story, "Sumber : BolaSport.com" closes it, as text in the search library's
    pages corpus)."""
    if not source:
        return source
    bare = source.lower().replace(" ", "")
    if dateline is not None and "." in bare and bare in dateline.lower().replace(" ", ""):
        return None
    name = site_name(url)
    return None if name is not None and name in bare else source


#: `_agency_line`: per rule set (by ``id``, the rule set kept with it), its agency-line pattern.
_AGENCY_LINE: dict[int, tuple[RuleSet, regex.Pattern[str] | None]] = {}


def _agency_line(ruleset: RuleSet) -> regex.Pattern[str] | None:
    """`_agency_credits`: the agency-line pattern of ``ruleset`` (generic.toml's, which every
    outlet's file extends), found once a rule set. Read from the page's own rule set: loading
    generic's for an outlet's page cost a one-file run ~13 ms (its unpickling), 0.46x -> 0.57x
    of trafilatura's CLI. ``None`` for a rule set without it (a caller's own file)."""
    got = _AGENCY_LINE.get(id(ruleset))
    if got is None:
        got = _AGENCY_LINE[id(ruleset)] = (ruleset, next((r.pattern for r in ruleset.rules if r.id == "agency-line"),
                                                         None))
    return got[1]


def _agency_credits(authors: tuple[str, ...], editors: tuple[str, ...], source: str | None,
                    ruleset: RuleSet) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """A news agency printed where a writer or an editor stands (republika.co.id 2025:
    "Rep: antara/ Red: antara"; a text scrape's "Pewarta: Antara") names no person (SPEC:
    authors and editors are names): it is the agency credited for the whole story, the
    record's ``source`` when no line gave one. generic.toml's agency-line reads it (the
    agency's name alone, the data `cleaner.names.agency_name` asks for machine credits), its
    pattern alone: the whole rule set asked per name cost a seed page ~6% more
    instructions. A name in small letters is asked again capitalised ("antara")."""
    line = _agency_line(ruleset)
    if line is None:
        return authors, editors, source

    def agency(name: str) -> bool:
        return line.fullmatch(name) is not None or (name.islower() and line.fullmatch(name.capitalize()) is not None)

    kept: list[tuple[str, ...]] = []
    for names in (authors, editors):
        people = tuple(name for name in names if not agency(name))
        if len(people) != len(names) and source is None:
            source = next(name for name in names if name not in people)
        kept.append(people)
    return kept[0], kept[1], source


#: `_dateline_past_head`: how far after a ticker start the head is looked for (a
#: channel menu of two dozen words may lie between: IDN Times 2019).
_PAST_HEAD_SPAN: Final = 48
#: ... and how many lines that start no story it lets pass under the date line.
_HEAD_LINES: Final = 4


def _dateline_past_head(page: Page, generic: bool) -> int | None:
    """The first dateline paragraph or statement past a date line further after a story
    start that has no dateline (within `_PAST_HEAD_SPAN` blocks), when no line from the start
    to the date line makes a statement or runs long: the start was a ticker or a teaser
    over the article's head (IDN Times 2019 whole pages: a "What's Hot" ticker, then
    headline, deck, credit, by-line, date)."""
    start = page.start
    if start is None:
        return None
    # no date line in reach (most pages): no head to look past, asked first (a C-level
    # filter skips the lines no rule took)
    reach = filter(None, page.hits[start + 1:start + 1 + _PAST_HEAD_SPAN])
    if not any(hit[0].where == "head" for hit in reach):
        return None
    previewed = _previewed(page, start)
    if (_statement(page.blocks[start].text, long_lines=False) and not previewed) \
            or _dateline_paragraph(page, start, generic):
        return None
    dated, under = False, 0
    # the preview's lines over the date line (`_previewed`), in order: all but the last
    # are its photo's caption lines, which the story prints again under the date line
    preview = [start] if previewed else []
    for i in range(start + 1, min(start + 1 + _PAST_HEAD_SPAN, len(page.blocks))):
        hit = page.hits[i]
        if hit is not None and hit[0].end:
            return None
        dated = dated or _head_only(hit)
        if page.verdicts[i] is not None or hit is not None:
            continue
        text = page.blocks[i].text
        if _dateline_paragraph(page, i, generic):
            return _preview_captions(page, preview, i) if dated else None
        if dated and _quoted_question(text):
            return _preview_captions(page, preview, i)  # a story opening on a quoted question ends no head
        if not dated and _previewed(page, i):
            preview.append(i)
            continue  # the story's opening previewed over the date line, printed again under it
        if dated and any(page.texts[k] == text for k in preview[:-1]):
            continue  # a caption line of the preview, printed again
        if _statement(text, long_lines=False):
            if not dated:
                return None
            # (a lone dateline over it)
            return _preview_captions(page, preview, i - 1 if _dateline_over_story(page, i - 1) else i)
        if text.count(" ") + 1 >= _LONG_LINE_WORDS:
            return None
        if dated:  # the head's lines under its date line: headline, deck, share words
            under += 1
            if under > _HEAD_LINES:
                return None
    return None


def _previewed(page: Page, i: int) -> bool:
    """Block ``i`` (a caption's or a paragraph's few words at least) is printed again word for word within
    `_PAST_HEAD_SPAN` blocks, past a date line the head's rules take: a preview of the
    story's opening over the article's head (tempo.co/prelude/regenerasi-tiada-henti-916958,
    a 2015 letter from the editors in the 2024 layout, as text in the search library's pages
    corpus, read 2026-12-07: the photo's two caption lines and the first paragraph, then
    "16 Februari 2015 | 00.00 WIB", the photo, the caption lines and the whole story). A
    line printed once, or again above no date line, is the story's own."""
    text = page.texts[i]
    if text.count(" ") + 1 < _MIN_PREVIEW_WORDS:
        return False
    texts = page.texts
    try:
        again = texts.index(text, i + 1, i + 1 + _PAST_HEAD_SPAN)
    except ValueError:
        return False
    return any(_head_only(page.hits[k]) for k in range(i + 1, again))


def _preview_captions(page: Page, preview: list[int], start: int) -> int:
    """``start``, the story's start under a preview's date line: the preview's lines but
    its last (the story's opening paragraph) are its photo's caption lines; they and their
    copies over ``start`` leave the body, to captions once. Returns ``start``."""
    for k in preview[:-1]:
        text = page.texts[k]
        page.fields.add("captions", text, k)
        page.verdicts[k] = CAPTION_REPEAT
        for j in range(k + 1, start):
            if page.verdicts[j] is None and page.texts[j] == text:
                page.verdicts[j] = CAPTION_REPEAT
    return start


#: `_previewed`: a previewed line is this many words at least (a caption's names).
_MIN_PREVIEW_WORDS: Final = 5


#: `_quoted_question`: the marks that open a quotation.
_OPENING_QUOTES: Final = ("“", '"', "„", "«")


def _quoted_question(text: str) -> bool:
    """A quotation in sentence case, whole on its line, that ends like a sentence (a '?'
    or '!' too): someone's words opening the story, not a head's line (a headline is
    Title Cased; a deck is no quotation). kumparan's user story of 2019
    (kumparan.com/teman-kumparan/teman-kumparan-sebagai-juru-bicara-kumparan-1rO9zubJp2V,
    search library pages corpus, read 2026-12-06) opens under its photo's caption with
    "“Sebenarnya ada nggak sih makna ...?”": read as a headline under the date line, it
    was lost before the story."""
    return text.startswith(_OPENING_QUOTES) and ends_sentence(text) and is_sentence_like(text) \
        and not is_title_case(text)


def _after_deck(page: Page, first: int) -> int:
    """On a layout with a deck: past the first unclaimed block under the headline when
    it makes no statement and opens with no dateline (a deck may end in '!' or '?':
    "Yang ketiga bikin kaget!")."""
    for i in range(first, len(page.blocks)):
        if page.verdicts[i] is None and page.hits[i] is None:
            return first if _statement(page.blocks[i].text) or page.prefix(i) else i + 1
    return first


#: `_dated_pairs`: a list of other stories is this many (time stamp, title) pairs in a row.
_MIN_DATED_PAIRS: Final = 2


def _dated_pairs(page: Page, start: int, end: int | None) -> int | None:
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
        if _date_line(story_hit[0]):
            dated += 1
    if dated < _MIN_DATED_PAIRS:
        return None  # fewer date lines than pairs needed (most pages)
    seen = [k for k in range(start + 1, stop) if (hit := hits[k]) is None or hit[0].action != "drop"]
    need = 2 * _MIN_DATED_PAIRS
    for n in range(len(seen) - need + 1):
        if all(
            (hit := hits[seen[m]]) is not None and _date_line(hit[0]) and hits[seen[m + 1]] is None
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


def _story_end(page: Page, start: int) -> int | None:
    """The first block from ``start`` on that a story-ending rule took, past a related
    box's label left empty inside the story (`_empty_box`)."""
    for i in range(start, len(page.blocks)):
        hit = page.hits[i]
        if hit is not None and hit[0].end and not _empty_box(page, i):
            return i
    return None


#: `_empty_box`: of the lines under a related box's label this many are read, and this
#: many of them (the first among them) must be statements for the box to be empty.
_EMPTY_BOX_SPAN: Final = 3
_EMPTY_BOX_STATEMENTS: Final = 2


def _empty_box(page: Page, i: int) -> bool:
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
    told = [page.hits[k] is None and _statement(page.blocks[k].text, long_lines=False) for k in under]
    return told[0] and sum(told) >= _EMPTY_BOX_STATEMENTS


def _dateline_after_box(page: Page, generic: bool) -> int | None:
    """A dateline paragraph after the box that ended a one-block "story": that block
    was a caption or a teaser above the box (a related list printed between the photo
    and the story), and the story starts at the dateline."""
    start, end = page.start, page.end
    if start is None or end is None or _dateline_paragraph(page, start, generic):
        return None
    kept = [i for i in range(start, end) if page.verdicts[i] is None]
    # a "story" of teasers (headlines: no line ends in a full stop) is none either, and
    # the dateline paragraph that starts the story may lie past more boxes
    teasers = not any(_statement(page.blocks[i].text, long_lines=False) for i in kept)
    if len(kept) > 1 and not teasers:
        return None
    for i in range(end + 1, len(page.blocks)):
        hit = page.hits[i]
        if hit is not None and hit[0].end and not teasers:
            return None  # a second box: past the story's place
        if page.verdicts[i] is None and (_dateline_paragraph(page, i, generic) or (
                teasers and _dateline_over_story(page, i))):
            return i
    return None


#: `_story_after_box`: a line of this many words or more is a paragraph (a "story" of
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
        and _statement(text, long_lines=False)


def _paragraph_run(page: Page, i: int) -> bool:
    """Block ``i`` is a paragraph-long statement that opens a run of them
    (`_MIN_PARAGRAPH_RUN` among `_PARAGRAPH_WINDOW` blocks)."""
    n = len(page.blocks)
    return _paragraph_statement(page, i) and sum(
        _paragraph_statement(page, k) for k in range(i, min(i + _PARAGRAPH_WINDOW, n))) >= _MIN_PARAGRAPH_RUN


def _story_after_box(page: Page) -> int | None:
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
        if _paragraph_run(page, i):
            return i
    return None


def _dateline_over_story(page: Page, i: int) -> bool:
    """Block ``i`` is a dateline alone on its line ("Kota, Contoh.com -") with a
    statement right under it."""
    hit = page.prefix(i)
    return hit is not None and not page.blocks[i].text[hit[1].end():].strip() \
        and i + 1 < len(page.blocks) and _statement(page.blocks[i + 1].text)


def apply_head_rules(page: Page) -> None:
    """Rules that only hold before the story (a date line) take their blocks there;
    the same text inside the story (a date heading a schedule) stays body. Those
    between the headline and the story come first: a line above the headline is the
    site's header or a teaser's (today's date, a most-read item's time)."""
    start = page.start if page.start is not None else len(page.blocks)
    title = page.title_index if page.title_index is not None and page.title_index < start else -1
    for i in itertools.chain(range(title + 1, start), range(title + 1)):
        if page.verdicts[i] is None and _head_only(page.hits[i]):
            _take_hit(page, i)
    for i in page.block_heads:  # a page that prints no other date: a block's line is its
        rule, m = page.hits[i]  # type: ignore[misc]
        if rule.action == "field" and rule.field and not page.fields.has(rule.field):
            page.fields.add(rule.field, rule.value(m))


#: `recheck_title`: a generic page's headline this many blocks or more above the story
#: start is a menu line; the headline is looked for this far above the start.
_TITLE_GAP: Final = 8
#: ... and has this many words at least (a writer's name or a credit above the story
#: has fewer, or a "©").
_MIN_RECHECK_WORDS: Final = 4
_NOT_HEADLINE: Final = regex.compile(r"©| [>»] ")
#: `_printed_twice`: the first lines of a page, where a browser title line stands.
_TITLE_LINES: Final = 2
#: "Headline - Site", "Headline | Site": the site's name of four words at most.
_MAX_SITE_CHARS: Final = 60
_SITE_SUFFIX: Final = r"(.*?\S) +[-|–—] +[^-|–—\s]+(?: [^-|–—\s]+){0,3}"
#: `_dated_headline`: the date line is looked for this far above the story start (a
#: share bar of a dozen buttons may lie between: okezone 2017).
_DATE_SPAN: Final = 24
#: A line with this many " | " bars is a menu of links ("Indeks | Topik | Kirim"), not a
#: headline, however near the story.
_MENU_BARS: Final = 2


def recheck_title(page: Page) -> None:
    """A generic page whose heuristic headline (`find_title`) lies far above the story
    (a whole page's text: the site's menus first) or is missing: the headline is the
    line printed just above the date line nearest the story (`_dated_headline`: in
    sentence case too, as some outlets print headlines), else the unclaimed Title
    Cased line of four words or more just above the story start, past the lines rules
    took there (by-line, date, caption, share words). A story start that is a
    headline over a date line (a long sentence-case headline reads as prose) is the
    headline, and the story is looked for again after it."""
    start, old = page.start, page.title_index
    if start is None or page.slug_title:
        return
    if page.ruleset.title_mode != "heuristic":
        # an outlet's first-line headline missing or far above the story (a whole
        # page: the menus first): the line at the date line nearest the story, or on
        # a deck layout the headline over it when that line is the deck
        dated = _dated_headline(page, start) if old is None or (
            start - old >= _TITLE_GAP and not _printed_again(page, old, start)) else None
        if dated is not None and old is not None and _user_post_head(page, old, dated[0], start):
            return
        if dated is not None:
            top = dated[0]
            if page.ruleset.deck and top > 0 and _deck_under(page, top - 1, top):
                top -= 1
            _retitle(page, top)
            _take_date(page, dated[1])
        return
    repeat = _printed_twice(page, start)
    if repeat is not None and repeat != old:
        _retitle(page, repeat)
        _deck_between_prints(page, repeat)
        under_head = _date_under(page, repeat, start)
        if under_head is not None:
            _take_date(page, under_head)
    date = _headline_at_date(page, start) if repeat is None else None
    over = repeat is None and date is None and _asking_headline_over_dateline(page, start)
    if repeat == start or date is not None or over:
        if date is not None or over:
            _retitle(page, start)
        if date is not None:
            _take_date(page, date)
        _find_story_again(page)
        if date is not None and date < start and page.start is not None:
            # a date over the line: it may be a dated teaser's (a sidebar list), so the
            # head nearest the story found after it wins
            nearer = _dated_headline(page, page.start)
            if nearer is not None and nearer[0] > start:
                _retitle(page, nearer[0])
                _take_date(page, nearer[1])
        return
    if repeat is not None:
        return
    if old is not None and _writer_over_headline(page, old, start):
        return
    if old is not None and start - old < _TITLE_GAP \
            and page.blocks[old].text.count(" | ") < _MENU_BARS:
        return
    dated = _dated_headline(page, start)
    if dated is not None:
        if dated[0] != old:
            _retitle(page, dated[0])
            _take_date(page, dated[1])
        return
    for i in range(start - 1, max(-1, start - 1 - _TITLE_GAP), -1):
        if page.verdicts[i] is not None:
            continue
        text = page.blocks[i].text
        if i != old and _headline_shaped(text) and is_title_case(text):
            _retitle(page, i)
        return


#: `_user_post_head`: a writer's (or account's) name line has this many words at most.
_MAX_ACCOUNT_WORDS: Final = 5


def _user_post_head(page: Page, old: int, dated: int, start: int) -> bool:
    """A user post's head: the first-line headline ``old``, then the writer's (or the
    account's) name and a bio line over the date, and the user-content label or the
    disclaimer a rule drops between the headline and the story. The line over the date
    (``dated``) is the bio, not the headline: kumparan's user stories of 2019 print
    "<headline>", "<account>", "<bio>", "Konten dari Pengguna", the date, the share icons,
    "Tulisan dari <account> tidak mewakili pandangan dari redaksi kumparan", then the lead
    photo's caption (kumparan.com/teman-kumparan/teman-kumparan-sebagai-juru-bicara-
    kumparan-1rO9zubJp2V as text, search library pages corpus, read 2026-12-06: "Ayo
    gabung ke komunitas teman kumparan!" was the headline). When the photo has no caption
    the headline printed again keeps its place (`_printed_again`). Exactly one unclaimed
    line between the headline and the bio, a short one with no sentence's end (a name,
    an account's name in small letters), and a disclaimer a rule took in the head: a
    site's menu line over a rubric and the headline has no such disclaimer under it."""
    free = [j for j in range(old + 1, dated) if page.verdicts[j] is None]
    if len(free) != 1:
        return False
    name = page.blocks[free[0]].text
    if not 2 <= name.count(" ") + 1 <= _MAX_ACCOUNT_WORDS or ends_sentence(name) or any(c.isdigit() for c in name):
        return False
    return any((hit := page.hits[j]) is not None and hit[0].kind == "disclaimer" for j in range(dated + 1, start))


def _asking_headline_over_dateline(page: Page, start: int) -> bool:
    """The story start is a headline ending in '?' or '!' (which reads as a sentence) and
    the line right under it opens with a dateline ("Liputan6.com, Jakarta - "): the
    headline, and the story starts under it. A page whose menus come first leaves the
    headline no place of its own (`find_title` searches the first few lines only):
    before, the headline was the story's first paragraph and the dateline under it,
    inside the story, was never read (a browser's copy of a 2025 liputan6.com story
    under its menu, the bulk crawl's row 16 with its title field over it)."""
    text = page.blocks[start].text
    if text[-1:] not in "?!" or start + 1 >= len(page.blocks) or page.prefix(start) is not None:
        return False
    return page.prefix(start + 1) is not None and is_title_case(text) and is_title_like(text, exclaims=True)


def _find_story_again(page: Page) -> None:
    """The story looked for afresh (its start was a headline). A function of its own:
    inline, mypy (so the compiled build) would take ``page.start`` for None after the
    reset, through the `find_story` call that sets it."""
    page.start = page.end = None
    find_story(page)
    apply_head_rules(page)


def _deck_under(page: Page, above: int, line: int) -> bool:
    """Block ``line`` is a deck in sentence case ("Nomor lima penting banget!") under
    the Title Cased headline ``above`` (which may hold a '!': "Lengkap! Ini 13 Hal").
    ``above`` may be marked as the headline printed again (`split_glued`): a whole page
    as BeautifulSoup's ``get_text("\\n")`` prints it opens with the ``<title>`` line
    ("<headline> | IDN Times"), which `find_title` took first, so the page's own heading
    line over the deck was its repeat (idntimes.com 2019 pages of the corpus so rendered:
    the deck was the headline)."""
    if page.verdicts[above] not in (None, HEADLINE_REPEAT) or is_title_case(page.blocks[line].text):
        return False
    text = page.blocks[above].text
    return text.count(" ") + 1 >= _MIN_RECHECK_WORDS and len(text) <= _MAX_TITLE_CHARS \
        and is_title_case(text) and not ends_sentence(text) and not _NOT_HEADLINE.search(text)


def _headline_shaped(text: str) -> bool:
    """Four words or more in a headline's shape, no "©" (a writer's name or a credit
    above the story has fewer words, or the mark), no breadcrumb's ">" and no
    separator first (a split line's tail) or small letter (a summary's excerpt)."""
    return text.count(" ") + 1 >= _MIN_RECHECK_WORDS and not _NOT_HEADLINE.search(text) \
        and is_title_like(text) and not text.startswith(_NOT_TITLE_START) and not text[:1].islower() \
        and not _stamped(text)  # a list item's stamp and title


def _writer_over_headline(page: Page, old: int, start: int) -> bool:
    """The heuristic headline ``old`` is a person's name alone over the headline that
    sits on the date line nearest the story: a column's writer box (kompas.com 2024
    columns rendered as text, search library pages corpus, nasional.kompas.com/read/2024/
    03/27/06161181/kasus-ferienjob-jerman-bukan-perdagangan-orang: the writer's name, the
    role printed twice, the headline, "Kompas.com - 27/03/2024, 06:16 WIB", the story).
    The dated line is the headline and the name the writer. The role printed again is
    the box's mark: a rubric's name over its blurb or a menu's item is no writer."""
    from .names import person_name

    text = page.blocks[old].text
    if (not _NAME_LINE.fullmatch(text) or compiled_regex(_CAPS_FUNCTION_WORD).search(text)
            or person_name(text, None) is None):
        return False
    dated = _dated_headline(page, start)
    if dated is None or dated[0] <= old + 2:
        return False
    # the box prints the writer's role under the name, and again before the headline
    # (a rubric's name over its blurb, a menu's item, print no line twice there)
    role = page.blocks[old + 1].text
    if page.verdicts[old + 1] is not None or not any(page.blocks[j].text == role for j in range(old + 2, dated[0])):
        return False
    _retitle(page, dated[0])
    _take_date(page, dated[1])
    page.fields.add("authors", text, old)
    page.verdicts[old] = NAME_BY_DATE
    return True


def _retitle(page: Page, i: int) -> None:
    """Block ``i`` is the headline, in place of `find_title`'s (which `mark_regions`
    then takes as head chrome)."""
    if page.title_index is not None:
        page.verdicts[page.title_index] = None
    page.title_index = i
    page.verdicts[i] = HEADLINE
    page.fields.replace("title", _undoubled(page.blocks[i].text, page.ruleset))


def _heading_of_title_part(page: Page, title: str) -> int | None:
    """The page's heading printed under a browser's title line that holds it as one of
    its parts ("Nama Artis | <headline>" after the site's name was cut: kapanlagi.com
    2015, a text node a line; anpandu/kapanlagi page of the dev corpus): the first later
    line that is one headline-shaped part whole. The title line's other part (a rubric,
    a person's page) is no headline's."""
    parts = {part for part in title.split(" | ") if _headline_shaped(part)}
    if not parts or len(parts) > 3:
        return None
    for j in range(page.title_index + 1, len(page.blocks)):  # type: ignore[operator]
        if page.blocks[j].text in parts and page.verdicts[j] is None:
            return j
    return None


def _printed_again(page: Page, title: int, start: int) -> bool:
    """A first-line headline, headline-shaped, that the page prints again above the
    story start: the headline, however many lines of chrome stand between it and the
    story (a kumparan user story of 2019: the headline, the writer's name and bio, the
    user-content label, the date, the share icons, the disclaimer, then the headline
    again as the lead photo's caption), not a menu line far above the story."""
    text = page.blocks[title].text
    return _headline_shaped(text) and any(page.blocks[j].text == text for j in range(title + 1, start))


def _printed_twice(page: Page, start: int) -> int | None:
    """The headline a whole page prints twice: its first line (the browser's title,
    "Headline - Site" or "Headline | Site", or the headline alone) printed again as a
    headline-shaped line up to the story start (the page's heading)."""
    for k in range(min(_TITLE_LINES, start)):  # the heading comes after, up to the start
        top = page.blocks[k].text
        if len(top) > _MAX_TITLE_CHARS + _MAX_SITE_CHARS:
            continue  # a story line (bulk rows: most first lines), not worth the regex
        m = compiled_regex(_SITE_SUFFIX).fullmatch(top)
        wants = {w for w in (top, m.group(1) if m else "") if _headline_shaped(w)}
        for j in range(k + 1, start + 1 if wants else 0):
            if page.blocks[j].text in wants and page.verdicts[j] in (None, HEADLINE, HEADLINE_REPEAT):
                return j
    return None


def _deck_between_prints(page: Page, head: int) -> None:
    """The deck a page prints between its first line (the browser's title, the headline)
    and the heading ``head`` that prints the headline again: one headline-shaped line no
    rule took, alone between them, is the subtitle (jpnn.com 2011 "?page=2" pages as text in
    the search library's pages corpus, read 2026-12-07: the headline, the deck, the
    headline twice, the page's paragraphs; jpnn.com/news/jajaran-menteri-tak-terima-
    disebut-berbohong?page=2: the deck was dropped before the story)."""
    if page.fields.has("subtitle"):
        return
    title = page.blocks[head].text
    between: list[int] = []
    for k in range(head - 1, -1, -1):
        text = page.blocks[k].text
        if text == title:
            break
        if page.verdicts[k] is None and page.hits[k] is None:
            between.append(k)
            if len(between) > 1:
                return
    else:
        return
    if len(between) == 1 and _headline_shaped(deck := page.blocks[between[0]].text) and not page.prefix(between[0]):
        page.fields.add("subtitle", deck)
        page.verdicts[between[0]] = DECK


def _story_under_quoted_deck(page: Page, start: int) -> int | None:
    """The story under the headline's second print when the start is one quotation in quote
    marks between the headline and that print: the deck (kbr.id 2017 as text in the search
    library's pages corpus, kbr.id/kabar_bisnis/04-2017/sembilan_fakta_soal_kbr/89734.html,
    read 2026-12-07: the rubric, the headline, a sentence of the story in quotes, the headline
    again, the story; the quote was the story's first paragraph, leftovers62)."""
    k = start + 1
    if k + 1 >= len(page.blocks) or page.verdicts[k] != HEADLINE_REPEAT or page.title_index is None \
            or not page.title_index < start or page.verdicts[k + 1] is not None \
            or not _quoted_deck(page.blocks[start].text):
        return None
    return k + 1


def _quoted_deck(text: str) -> bool:
    """``text`` is one quotation set in quote marks, of a deck's length (`_MAX_DECK_WORDS`)."""
    inner = text.strip()
    return len(inner) > 2 and inner[0] in "\"“" and inner[-1] in "\"”" \
        and not any(q in inner[1:-1] for q in "\"“”") and inner.count(" ") < _MAX_DECK_WORDS


def _date_under(page: Page, head: int, start: int) -> int | None:
    """The date line a few blocks under the page's heading ``head`` (the headline a whole
    page prints twice) and over the story start: the story's date, not the first date the
    page printed (a menu's teaser's: detik.com 2015 one text node a line, the heading,
    the by-line in two lines, the date; anpandu/detik page of the dev corpus)."""
    for j in range(head + 1, min(start, head + 1 + _HEAD_SPAN)):
        hit = page.hits[j]
        if _head_only(hit) and hit[0].field == "published" and hit[0].action == "field":  # type: ignore[index]
            return j
    return None


def _take_date(page: Page, i: int) -> None:
    """The date line ``i`` at the headline dates the story, in place of a date line
    above it (the header's today, a teaser's time) that `apply_head_rules` read."""
    rule, m = page.hits[i]  # type: ignore[misc]
    page.verdicts[i] = rule.id
    if rule.action == "field" and rule.field and not BY_NAME[rule.field].many:
        page.fields.replace(rule.field, rule.value(m))


def _headline_at_date(page: Page, start: int) -> int | None:
    """The date line (a head-only rule) of a story start that is a headline: one
    headline-shaped, with no dateline, and either ending as no sentence with the date
    line right under it, or Title Cased, ending in '!' or '?' at most, with the date
    line right over it (okezone 2015: "Sering Lelah, Hati-Hati!" under its date)."""
    below = start + 1 < len(page.blocks) and _head_only(page.hits[start + 1])
    above = start > 0 and _head_only(page.hits[start - 1])
    text = page.blocks[start].text
    if not (below or above) or page.prefix(start) is not None or not _headline_shaped(text):
        return None  # no date line next to it (most pages): the cheap test first
    if below and not ends_sentence(text):
        return start + 1
    if above and _headline_case(text) and not _statement(text, long_lines=False):
        return start - 1
    return None


def _dated_headline(page: Page, start: int) -> tuple[int, int] | None:
    """The headline and the date line nearest above the story start (within
    `_DATE_SPAN` blocks: a related box may lie between): the first unclaimed block
    above that line when it is headline-shaped, or the one above a deck (a sentence
    between the headline and the date line), looking no higher than a breadcrumb (site
    navigation is never under a headline); failing those, the first unclaimed one of
    four words or more under it when Title Cased (a date printed over the headline,
    under the breadcrumb, maybe with a rubric label between). None when the line over the date line is under
    another such pair (a sidebar of dated teasers)."""
    for i in range(start - 1, max(-1, start - 1 - _DATE_SPAN), -1):
        if not _head_only(page.hits[i]):
            continue
        deck = False
        for j in range(i - 1, -1, -1):
            if page.verdicts[j] is not None and j != page.title_index:
                if _navigation(page.hits[j]):
                    break  # a breadcrumb over the date line: the headline is under it
                continue
            text = page.blocks[j].text
            if j == i - 1 and _names_alone(text):
                continue  # the writer's name right over the date line: the headline is over it
            if _headline_shaped(text):
                # over another headline and its date line: a list of dated teasers
                # (a teaser has no by-line under its date line)
                teasers = j > 1 and _head_only(page.hits[j - 1]) \
                    and _headline_shaped(page.blocks[j - 2].text) and not _over_head(page, j)
                return None if teasers else (j, i)
            if deck or not ends_sentence(text):
                break
            deck = True
        for j in range(i + 1, start):
            text = page.blocks[j].text
            if page.verdicts[j] is None and text.count(" ") + 1 >= _MIN_RECHECK_WORDS:
                return (j, i) if _headline_shaped(text) and is_title_case(text) else None
        return None
    return None


def _names_alone(text: str) -> bool:
    """``text`` is one person's name or a few joined by commas ("Ani Lestari", "Ani
    Lestari, Budi Santoso"): a by-line printed with no label, as a browser's copy of a
    page prints it between the headline and the date line (kompas.com 2025 names the
    writer and the editor so; the bulk crawl's ``author`` fields hold them as printed).
    The headline is looked for over it (`_dated_headline`): before, the name line stopped
    the search and a page whose menus came first had no headline."""
    if len(text) > _MAX_TITLE_CHARS:
        return False
    # The shape of each name first: most lines asked about are a headline or a story's
    # sentence, which a small word rules out at once (the import and `person_name` cost
    # ~4 us a call, 0.8 calls a seed page).
    names = text.split(", ")
    if (not all(_NAME_LINE.fullmatch(name) is not None for name in names)
            or compiled_regex(_CAPS_FUNCTION_WORD).search(text)):
        return False
    from .names import person_name

    return all(person_name(name, None) is not None for name in names)


def _sentence_closed(text: str) -> bool:
    """``text`` ends with a full stop after a plain word of three letters or more ("...
    Rina Sari."): a sentence's end, as a photo's caption closes, never a name's (an
    initial "Rina S.", a suffix "Jr." or a degree "S.Sos." keeps its dot). A Title Cased
    caption with no small word under Tempo's date line (en.tempo.co 2018, blindtext62's
    ENTEMPO18) was read as the writer (textleft62)."""
    last = text.rpartition(" ")[2]
    return len(last) >= 4 and "." not in last[:-1] and last[1:-1].islower()


def _name_by_date(page: Page, i: int) -> bool:
    """Block ``i``, under the headline and over the story, is a person's name alone
    (two to five capitalised words, no role label) printed right over or under the date
    line: the writer's by-line as a text scrape prints the header of IDN Times' 2026
    layout (h1, then the writer's link, then the date: tests/test_outlet_layouts_2026.py)
    or Tempo's (the date, then the writer's link). It was the deck, or head chrome. Not
    the site's name printed there (an outlet its story's dateline names again)."""
    from .names import person_name

    text = page.blocks[i].text
    if text.endswith(".") and _sentence_closed(text):
        return False  # a caption closed by its full stop ("Market Cooperative Chair Rina Sari.")
    # (`_names_alone` of a line with no ", " holds only when the first test does)
    if not (_NAME_LINE.fullmatch(text) and person_name(text, None) is not None) \
            and not (", " in text and _names_alone(text)):
        return False  # a role label, a desk or a network ("Tim Redaksi", "Kompas TV")
    if compiled_regex(_CAPS_FUNCTION_WORD).search(text):
        return False  # a kicker in capitals ("MUDA DAN MENGINSPIRASI")
    if page.start is not None and text in page.blocks[page.start].text[:_MAX_TITLE_CHARS]:
        return False  # the outlet its dateline names ("CNN Indonesia", then "Jakarta, CNN Indonesia --")
    for j in (i - 1, i + 1):
        hit = page.hits[j] if 0 <= j < len(page.hits) else None
        if hit is not None and hit[0].field == "published" and page.verdicts[j] == hit[0].id:
            return True
    return _over_toolbar(page, i) or _over_channel(page, i)


def _over_toolbar(page: Page, i: int) -> bool:
    """Name block ``i`` right under the headline and right over the page's toolbar (a
    widget or share rule took the line under it: the text-size buttons' "Font:"): the
    by-line's place, the date printed elsewhere (en.tempo.co 2019 as text in the search
    library's pages corpus: the headline, the writer's name, "• Font:", "• Ukuran Font:
    - +", then the story; tests/test_real_layouts_text_blind62.py's ENTEMPO19, where the
    name was head chrome)."""
    k = i + 1
    if i - 1 != page.title_index or k >= len(page.hits):
        return False
    hit = page.hits[k]
    return hit is not None and hit[0].kind in _TOOLBAR_KINDS and page.verdicts[k] == hit[0].id


#: `_over_toolbar`: the kinds of rule that take a toolbar's line (its buttons, its label).
_TOOLBAR_KINDS: Final = frozenset({"widget", "share"})


def _name_list_by_date(page: Page, i: int, start: int) -> list[int]:
    """Blocks from ``i`` over the story: people's names a line each, the list's comma
    left on all but the last, with no label over them, right under the date line or over
    a desk's sign-off (kompas.com 2024-26's credit box as a text scrape prints it when the
    box shows "Tim Redaksi" under the names instead of a "Penulis" label: the markup's
    div.credit-title-nameEditor children, tests/test_real_layouts_html_blind48.py's
    KOMPAS26_MODAL, whose hidden modal names the first the writer and the last the
    editor, as the project's own kompas-style fixture draws the box: "Nama Penulis," /
    "Nama Editor" / "Tim Redaksi"). The block indices, or none. Before, the names were
    head chrome and the writer and the editor lost (leftovers58)."""
    from .names import person_name

    blocks, hits, verdicts = page.blocks, page.hits, page.verdicts
    listed = [i]
    k = i
    while blocks[k].text.endswith(","):
        k += 1
        if k >= start or hits[k] is not None or verdicts[k] is not None \
                or _NAME_LINE.fullmatch(blocks[k].text.removesuffix(",")) is None:
            return []
        listed.append(k)
    if _NAME_LINE.fullmatch(blocks[i].text[:-1]) is None or compiled_regex(_CAPS_FUNCTION_WORD).search(
            " ".join(blocks[j].text for j in listed)):
        return []
    if any(person_name(blocks[j].text.removesuffix(","), None) is None for j in listed):
        return []
    above, below = hits[i - 1] if i else None, hits[k + 1] if k + 1 < len(hits) else None
    dated = (above is not None and above[0].field == "published" and verdicts[i - 1] == above[0].id) \
        or (below is not None and below[0].field == "published" and verdicts[k + 1] == below[0].id)
    desk = below is not None and below[0].kind == "signoff" and below[0].field is None
    return listed if dated or desk else []


def _source_over_date(page: Page, i: int) -> bool:
    """Block ``i``, a site's name alone that a caption rule took (a photo's credit in
    the story), lies right under the headline and over the date line that dates the
    page: the header's source, as a dataset row printed a field a line prints it
    (title, source, date, time: andikawilliam/CLICK-ID's liputan6 rows, Scrapy/News/
    spiders/liputan6/liputan6_try.csv @ 65da116599905f89b3efa2772228bed927b835b9). No
    photo lies between a headline and its date line there: it is head chrome."""
    if page.title_index is None or i != page.title_index + 1 or i + 1 >= len(page.hits):
        return False
    hit, below = page.hits[i], page.hits[i + 1]
    if hit is None or hit[0].field != "captions" or " " in page.blocks[i].text:
        return False
    if below is None or below[0].field != "published" or page.verdicts[i + 1] != below[0].id:
        return False
    page.verdicts[i] = None
    return True


_TIME_ALONE: Final = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?: (?:WIB|WITA|WIT))?"


def _time_under_date(page: Page, i: int) -> bool:
    """Block ``i`` over the story is a time of day alone ("18:28", "10:15 WIB") right
    under the date line that dates the page, which printed the day alone: the header's
    date and time in two elements, or a dataset row printed a field a line (title,
    source, date, time, content: andikawilliam/CLICK-ID's liputan6 and merdeka rows,
    Scrapy/News/spiders/liputan6/liputan6_try.csv @ 65da116599905f89b3efa2772228bed927b835b9).
    The time goes to ``published`` (`Fields.add` keeps the finer value)."""
    hit = page.hits[i - 1] if i else None
    if hit is None or hit[0].field != "published" or page.verdicts[i - 1] != hit[0].id:
        return False  # (most head blocks: no date line over them, the cheap test first)
    day = page.fields.get("published")
    if day is None or "T" in day or compiled_regex(_TIME_ALONE).fullmatch(page.blocks[i].text) is None \
            or BY_NAME["published"].clean(hit[0].value(hit[1])) != day:
        return False
    page.fields.add("published", f"{day} {page.blocks[i].text}")
    return True


def _over_channel(page: Page, i: int) -> bool:
    """Name block ``i`` over one word that the by-line names as its channel: the by-line
    ``Nama - detikTravel`` printed on two lines with no dash (travel.detik.com 2020
    rendered as text, search library pages corpus, travel.detik.com/travel-news/d-4985826/
    ...: the name, "detikTravel", the photo, then "Jakarta -"): joined, a by-line rule
    takes it."""
    k = i + 1
    if k >= len(page.blocks) or page.hits[k] is not None or page.verdicts[k] is not None:
        return False
    channel = page.blocks[k].text
    if " " in channel or not channel.isalnum():
        return False
    hit = page.ruleset.match_lines([f"{page.blocks[i].text} - {channel}"])[0]
    return hit is not None and hit[0].field == "authors"


def mark_regions(page: Page) -> None:
    """What lies before the story is head chrome (or the deck; not a line the front end
    knows is the story's opening, `Page.story_lines`), what lies after its end
    is tail; rules that hold in the story (``where = "story"``, a photo's credit) take
    their blocks from under the headline to the story's end (the same text in the
    site's menus and footer is no field's); lists printed over the headline before
    any story line are the site's, not the story's (`Page.head_lists`)."""
    hits, verdicts, title = page.hits, page.verdicts, page.title_index
    n = len(hits)
    start = page.start if page.start is not None else n
    end = page.end if page.end is not None else n
    if page.story_held:  # only the blocks such a rule took (most pages: none), in order
        first = title + 1 if title is not None and title < start else start
        if title is not None and title < _TITLE_LINES:
            # the browser's title line over the site's menus: the story's head is under
            # the page's heading that prints it again (liputan6.com 2016 one text node a
            # line: the network's domains in the header are no photo credits)
            first = next((k + 1 for k in range(start - 1, first - 1, -1) if verdicts[k] == HEADLINE_REPEAT), first)
        for i in sorted(set(page.story_held)):
            hit = hits[i]
            if first <= i < end and hit is not None and hit[0].where == "story" and verdicts[i] == hit[0].id \
                    and not _source_over_date(page, i):
                if hit[0].field == "captions" and _inside_sentence(page, i):
                    verdicts[i] = None  # a link's text inside a story sentence: story
                else:
                    _take_hit(page, i)
    top = title  # the headline's line: a list over it is the site's bar
    if page.head_lists and title is not None and title < _TITLE_LINES:
        # the browser's title line over the site's menus: the headline is the page's
        # heading that prints it again (tempo.co 2015 one text node a line: the sidebar's
        # "Berita Pilihan" picks over the heading are the site's, not the story's related)
        top = next((k for k in range(start - 1, title, -1) if verdicts[k] == HEADLINE_REPEAT), title)
    for header, name, items, taken in page.head_lists:
        if top is None or header > top:  # not a bar over the headline
            for item, k in zip(items, taken, strict=True):
                page.fields.add(name, item, k)
    kept = page.story_lines  # (markup: the story's opening lines in its own box)
    deck_from = _deck_from(page, start)
    # The headline printed twice, the header between the copies (a site builder's blog
    # post: the headline, the date, the writer's name, the headline again as the post's
    # heading, then the story): the header under the first copy is the headline's too.
    under = title
    if title is not None:
        for k in range(title):
            if verdicts[k] == HEADLINE_REPEAT:
                under = k
                break
    for i in range(start):
        if page.verdicts[i] is None and not (kept and title is not None and i > title
                                             and page.blocks[i].number in kept):
            if under is not None and i > under and _name_by_date(page, i):
                page.fields.add("authors", page.blocks[i].text, i)
                page.verdicts[i] = NAME_BY_DATE
            elif under is not None and i > under and page.blocks[i].text.endswith(",") \
                    and (listed := _name_list_by_date(page, i, start)):
                # over the desk's sign-off, the box names the writers, then the editor
                below = page.hits[listed[-1] + 1] if listed[-1] + 1 < len(page.hits) else None
                desk = below is not None and below[0].kind == "signoff"
                for k in listed:
                    field_name = "editors" if desk and k == listed[-1] else "authors"
                    page.fields.add(field_name, page.blocks[k].text.removesuffix(","), k)
                    page.verdicts[k] = NAME_BY_DATE
            elif _time_under_date(page, i) or _date_over_two_lines(page, i):
                page.verdicts[i] = HEAD
            elif i > 0 and _caption_under_lone_credit(page, i):
                page.verdicts[i] = CAPTION_CREDITED
            elif _caption_over_source_label(page, i, start):
                page.fields.add("captions", page.blocks[i].text, i)
                page.verdicts[i] = CAPTION_CREDITED
            elif page.ruleset.deck and not page.fields.has("subtitle") and deck_from is not None \
                    and i > deck_from:  # a deck is printed under its headline
                page.fields.add("subtitle", page.blocks[i].text)
                page.verdicts[i] = DECK
            elif i + 1 == start and _caption_under_date(page, i):
                page.fields.add("captions", page.blocks[i].text, i)
                page.verdicts[i] = CAPTION_UNDER_DATE
            else:
                page.verdicts[i] = HEAD
    if end < n:
        end_hit = page.hits[end]
        tail = f"{TAIL}:{end_hit[0].id if end_hit else 'end'}"
        for i in range(end, n):
            page.take(i, tail)


def _inside_sentence(page: Page, i: int) -> bool:
    """Block ``i`` is a piece of a story sentence that the scraper printed a text node a
    line: the line over it is story that ends no sentence and the line under it runs on
    in small letters or a comma ("Seperti dikutip dari situs" / "www.contoh.go.id" /
    ", rencana itu ...": a link inside a paragraph, as BeautifulSoup's get_text("\\n")
    prints it; kompas.com 2016, anpandu/kompas page of the dev corpus). A domain
    alone there is the sentence's word, no photo's credit."""
    if i == 0 or i + 1 >= len(page.blocks) or page.verdicts[i - 1] is not None or page.hits[i + 1] is not None:
        return False
    above, under = page.blocks[i - 1].text, page.blocks[i + 1].text
    return bool(above) and above[-1] not in _SENTENCE_END and bool(under) \
        and (under[0] in ",;:)" or under[0].islower())


#: `_inside_sentence`: a line that ends so may end its sentence.
_SENTENCE_END: Final = frozenset(".!?:\"”’)…")


def _caption_under_date(page: Page, i: int) -> bool:
    """Block ``i``, the last over the story, sits between the date line (a rule took it
    for ``published``) and the story's dateline paragraph: the photo's caption, which
    Tempo prints there with no credit (en.tempo.co/amp/619712, 2018, as text in the
    search library's pages corpus: the date line, "<office> Head <name>.", "TEMPO.CO,
    Jakarta - "; tests/test_real_layouts_text_blind62.py's ENTEMPO18, where it was head
    chrome). SPEC: a photo's caption goes to ``captions``. Three words at least (a
    shorter line there is a label or a button), not all in capitals (a rubric's kicker
    there: detik.com 2015's "MUDA DAN BERKARYA" over its story, tests/
    test_real_layouts_2015_17_more.py)."""
    if i + 1 >= len(page.blocks):
        return False  # no story under it (a page cut after its date line)
    hit = page.hits[i - 1] if i else None
    text = page.blocks[i].text
    if hit is None or hit[0].field != "published" or page.verdicts[i - 1] != hit[0].id \
            or i == page.title_index or text.count(" ") < 2 or text.isupper():
        return False
    return page.prefix(i + 1) is not None


def _caption_over_source_label(page: Page, i: int, start: int) -> bool:
    """Block ``i`` over the story is a photo's caption printed over its credit box: an
    empty label a metadata rule drops ("Sumber :") right under it, the credit a short line
    of its own under the label, then the story (viva.co.id 2018: the headline, "Ilustrasi
    <caption>.", "Sumber :", "• Instagram @<account>", "VIVA – story": beta.viva.co.id/
    ragam/round-up/1006367 as text in the search library's pages corpus, read 2026-12-07;
    tests/test_real_layouts_text_blind66.py). SPEC: a photo's caption goes to ``captions``;
    before, the caption and the credit were the story's first paragraphs. Three words at
    least, no claimed line (the label's value on its own line is no rule's)."""
    k = i + 1
    if k + 1 >= start or i == page.title_index or page.hits[i] is not None:
        return False
    label = page.hits[k]
    if label is None or label[0].kind != "metadata" or label[0].action != "drop" \
            or page.verdicts[k] != label[0].id or not page.blocks[k].text.endswith(":"):
        return False
    credit = page.blocks[k + 1].text
    return page.hits[k + 1] is None and credit.count(" ") + 1 <= _MAX_CREDIT_WORDS \
        and page.blocks[i].text.count(" ") >= 2


def _caption_under_lone_credit(page: Page, i: int) -> bool:
    """Block ``i`` over the story is a photo's caption printed under its credit, the
    credit a line of its own: the caption rule that took the credit line reads the two
    joined as one caption ("KOMPAS.COM/NAMA" over "Warga menanam ...": kompas.com
    2015-16's photo box, a credit <span> then the caption's text, one text node a line
    as BeautifulSoup's get_text("\\n") prints it; anpandu/kompas pages of the dev
    corpus). The caption is the two lines joined, as the page's one element prints it."""
    hit = page.hits[i - 1]
    if hit is None or hit[0].field != "captions" or page.verdicts[i - 1] != hit[0].id \
            or page.hits[i] is not None or i == page.title_index:
        return False
    credit = page.blocks[i - 1].text
    if credit.count(" ") + 1 > _MAX_CREDIT_WORDS:
        return False
    joined = f"{credit} {page.blocks[i].text}"
    if hit[0].pattern.fullmatch(joined) is None:
        return False
    page.fields.discard("captions", i - 1)
    page.fields.add("captions", joined, i - 1)
    return True


#: A day and its month printed with no year ("1 June", "Senin, 12 Mei"), and the time with
#: the year under it ("03:50 2019"): `_date_over_two_lines`.
_DAY_MONTH_ALONE: Final = r"(?:[A-Z][a-z']{2,7},? )?[0-3]?\d [A-Z][a-z]{2,8}\.?"
_TIME_AND_YEAR: Final = rf"(?P<time>{_TIME_ALONE}),? (?P<year>(?:19|20)\d\d)"


def _date_over_two_lines(page: Page, i: int) -> bool:
    """Block ``i`` over the story is a day and month alone and the block under it the time
    and the year, when no date line dated the page: the header's date in two elements
    (rri.co.id 2019: "1 June" over "03:50 2019", the radio's regional page as text in the
    search library's pages corpus; tests/test_real_layouts_text_blind49.py's RRI19). Both
    go to ``published`` as one date; the line under is taken by the caller's loop."""
    if page.fields.has("published") or i + 1 >= len(page.blocks) or page.verdicts[i + 1] is not None:
        return False
    text = page.blocks[i].text
    if not 4 <= len(text) <= 22 or compiled_regex(_DAY_MONTH_ALONE).fullmatch(text) is None:
        return False
    under = compiled_regex(_TIME_AND_YEAR).fullmatch(page.blocks[i + 1].text)
    if under is None or not is_month_name(text.rsplit(None, 1)[-1]):
        return False
    printed = f"{text} {under.group('year')} {under.group('time')}"
    if parse_date(printed) is None:
        return False
    page.fields.add("published", printed)
    return True


def _deck_from(page: Page, start: int) -> int | None:
    """The line a deck is printed under: the headline's, or, when the headline is the
    page's ``<title>`` printed first with the site's name after it ("<headline> | IDN
    Times": a whole page as BeautifulSoup's ``get_text`` prints it, head included), the
    page's own heading line that prints the headline again above the story. Under the
    ``<title>`` line come the site's ad slots and menus ("Skin Ad Left", a campaign's
    hashtag: idntimes.com 2019 pages of the corpus so rendered), not the deck."""
    title = page.title_index
    if title is None:
        return None
    text = page.blocks[title].text
    if _undoubled(text, page.ruleset) == text:
        return title  # the heading line itself (most pages)
    for k in range(min(start, len(page.blocks)) - 1, title, -1):
        if page.verdicts[k] == HEADLINE_REPEAT:
            return k
    return title


def mark_repeats(page: Page) -> None:
    """Exact repeats of a long line (a scraper artefact) or of a line a rule already
    took, and container blobs; short story lines may repeat (schedules, tables). A line
    of a few words that no rule took before the story and that comes again inside it,
    ending in a credit, is a photo's caption (one photo over the story, printed again
    under each section's heading): it goes to captions once."""
    texts, verdicts = page.texts, page.verdicts
    if len(set(texts)) < len(texts):  # a C-level check first: most pages repeat nothing
        seen: dict[str, int] = {}
        start = page.start if page.start is not None else len(texts)
        # A run printed twice in a row: when a long line comes again within a few
        # lines of its first print, the line after it that repeats the line after the
        # first print is the run's next line, however short (kapanlagi.com 2025 rows of
        # gikirima/indonews-scrapper berita_kapanlagi.csv @
        # 8f24eeadcf7f8d38852e0d903f86970f14a0e774 print each list item's two
        # paragraphs twice, one long and one short). Farther apart, a repeat is a
        # table's or a FAQ's row, and the short lines after it are its own.
        run_at, run_from = -1, -1
        for i, text in enumerate(texts):
            earlier = seen.get(text)
            if earlier is None:
                seen[text] = i
            elif verdicts[i] is None and (verdicts[earlier] or (
                    len(text) >= _MIN_REPEAT_CHARS and not _under_heading(page, i))
                    or (i == run_at and earlier == run_from) or verdicts[i - 1] == HEADLINE_REPEAT):
                if verdicts[earlier] in (HEAD, CAPTION_REPEAT) and earlier < start < i \
                        and text.count(" ") + 1 >= _MIN_CAPTION_WORDS and compiled_regex(_CAPTION_CREDIT).search(text):
                    if verdicts[earlier] == HEAD:
                        page.fields.add("captions", text, earlier)
                        verdicts[earlier] = CAPTION_REPEAT
                    verdicts[i] = CAPTION_REPEAT
                elif verdicts[earlier] == HEAD and earlier < start <= i and _statement(text):
                    # the head's summary is the story's own sentence: the story keeps it,
                    # its first line too (a preview's paragraph over the date line)
                    pass
                else:
                    verdicts[i] = verdicts[earlier] or REPEAT
                    # (the story printed again under the headline's second print, however
                    # far from the first: amp.kontan.co.id rendered as text prints the
                    # headline between the story's two copies; a copy's short lines are repeats)
                    if verdicts[i] == REPEAT and (i == run_at or i - earlier <= _MAX_RUN_GAP
                                                  or verdicts[i - 1] == HEADLINE_REPEAT):
                        run_at, run_from = i + 1, earlier + 1
    _mark_pull_quotes(page)
    body = [i for i, v in enumerate(verdicts) if v is None or v == HEAD]
    for a, b in itertools.pairwise(body):
        outer, inner = texts[a], texts[b]
        if len(outer) >= len(inner) + _MIN_CONTAINER_EXTRA and len(inner) >= _MIN_CONTAINER_EXTRA \
                and outer.startswith(inner):
            if b > a + 1 and _credit_between(page, a, b):
                verdicts[a] = verdicts[b] = CAPTION_REPEAT
                page.fields.add("captions", inner, b)
            else:
                verdicts[a] = CONTAINER
                _harvest(page, outer, [texts[k] for k in body if k > a])
    n = len(texts)
    story = page.start if page.start is not None else n
    for i in body:
        # a photo's alt text (whole or cut) right over its caption, which prints it
        # again and adds the credit ("Words." / "Words. /Media/Name/"): the caption's
        if i + 1 < n and len(texts[i]) >= _MIN_CONTAINER_EXTRA and _is_caption(page, i + 1) \
                and texts[i + 1].startswith(texts[i]):
            verdicts[i] = CAPTION_REPEAT
        elif i + 1 < n and ", " in texts[i] and _is_caption(page, i + 1) \
                and _keyword_title(texts[i], texts[i + 1]):
            # the photo's title of keywords over its caption (kumparan 2020 copied into a
            # news CMS, code index file id 32662321304, `berita` row 22: "Salat Id,
            # Meulaboh, Aceh Barat, Aceh" over "Ribuan umat ... Foto: ANTARA FOTO/<Name>";
            # blindhtml66): it stayed a paragraph
            verdicts[i] = CAPTION_REPEAT
        elif i > story and verdicts[i] is None:
            # `_caption_twice`'s first test, loosened, asked here before the call: the
            # line's opening found again in its second half (the function's window is in
            # it, so no line it answers is passed over). No line of 1,241 on 200 bulk
            # rows passes; the window's bounds and the length's test, computed here for
            # every story line, cost ~2.4x the search (timeit, a 310-character line); an
            # `in` on the second half's copy parses no arguments, as `str.find` does
            text = texts[i]
            if text[:_MIN_TWICE_CHARS] in text[len(text) >> 1:] \
                    and (caption := _caption_twice(text)) is not None:
                verdicts[i] = CAPTION_REPEAT
                page.fields.add("captions", caption, i)


def _caption_twice(text: str) -> str | None:
    """The caption and its credit of a story line that prints a photo's caption twice,
    the credit between the prints ("<caption><credit> <caption>", or "<caption>
    <caption>" with no credit): kompas.com 2018 as text in the search library's pages
    corpus prints each photo in the story so (regional.kompas.com/read/2018/10/05/06211881/
    berita-populer-nusantara-hari-antihoaks-nasional-hingga-korupsi-wali-kota: "<caption>
    .KOMPAS.com/NAMA <caption>"; .../2018/08/21/05244041/5-berita-terpopuler-nusantara-dari-
    rentetan-gempa-hingga-demokrat-papua: "Ilustrasi ....Shutterstock Ilustrasi ...." and a
    caption printed twice with a space between). No story paragraph repeats itself on its
    line. ``None`` for any other line; a C-level `str.find` of the line's first characters
    decides on most lines."""
    n = len(text)
    if n < _MIN_TWICE_LINE or n > _MAX_TWICE_LINE:
        return None
    # the second print starts where the credit between the prints is 0 to
    # `_MAX_TWICE_CREDIT` characters long (at = (n + 1 + credit) / 2): only that
    # window is searched (a search of the whole line cost ~27K instructions a bulk row)
    head = text[:_MIN_TWICE_CHARS]
    end = (n + _MAX_TWICE_CREDIT + 1) // 2 + _MIN_TWICE_CHARS + 1
    at = text.find(head, (n + 1) // 2, end)
    while at > 0:
        size = n - at  # the second print's length, the first's too
        credit = at - 1 - size
        if 0 <= credit <= _MAX_TWICE_CREDIT and size <= _MAX_TWICE_CHARS and text[at - 1] == " " \
                and text.startswith(text[at:]) and _credit_glued(text[size:at - 1]):
            return text[:at - 1].rstrip()
        at = text.find(head, at + 1, end)
    return None


def _credit_glued(credit: str) -> bool:
    """``credit``, between a caption's two prints, is none or a credit glued to the first
    print (".KOMPAS.com/NAMA", ".Shutterstock"): no space opens it and no sentence's end
    closes it, as a story's next sentence would."""
    return not credit or (not credit[0].isspace() and not credit.endswith((".", "!", "?")) and ". " not in credit)


def _keyword_title(title: str, caption: str) -> bool:
    """``title`` is a photo's title of keywords that its caption under it mostly prints
    (more than half of its comma-parted parts, each found whole among the caption's
    words): the picture's label, not a heading of the story (a heading over a photo
    holds no list of the caption's names)."""
    if len(title) > _MAX_KEYWORD_TITLE or _KEYWORD_TITLE.fullmatch(title) is None:
        return False
    words = f" {_NON_WORD.sub(' ', caption.lower())} "
    parts = title.lower().split(", ")
    found = sum(1 for part in parts if f" {_NON_WORD.sub(' ', part).strip()} " in words)
    return 2 * found > len(parts)


def _is_caption(page: Page, k: int) -> bool:
    """Block ``k`` went to captions by a rule of its own."""
    hit = page.hits[k]
    return hit is not None and hit[0].field == "captions" and page.verdicts[k] == hit[0].id


def _credit_between(page: Page, a: int, b: int) -> bool:
    """A photo's credit stands between blocks ``a`` and ``b`` (b's text opening a's):
    the photo's alt text (cut after so many characters), its credit, then its caption
    (katadata.co.id 2023 rendered as text, search library pages corpus,
    katadata.co.id/berita/nasional/64950b9b22f23/top-stories-sepak-terjang-prj-alasan-
    pemerintah-cabut-status-pandemi: "Sejumlah pekerja ... tersebut akan diikuti sekitar
    2.5", "ANTARA FOTO/Nama/foc.", "Sejumlah pekerja ... (7/6/2022)."). The two prints are
    one caption, not a container blob and the story's first paragraph."""
    return any(_is_caption(page, k) for k in range(a + 1, b))


#: `_mark_pull_quotes`: the story's first blocks looked at, and the least text a quote
#: holds between its ellipses.
_PULL_QUOTE_SPAN: Final = 3
_MIN_PULL_QUOTE_CHARS: Final = 40
_ELLIPSES: Final = ("...", "…")


def _mark_pull_quotes(page: Page) -> None:
    """A pull quote over the story (antaranews 2015-16: "... part of a sentence ..."
    between the caption and the dateline): one of the story's first blocks that opens
    with an ellipsis and whose words, the ellipses cut, are printed again inside a
    later paragraph. Not story: the paragraph it quotes is."""
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    for n, i in enumerate(body[:_PULL_QUOTE_SPAN]):
        text = page.texts[i]
        if not text.startswith(_ELLIPSES):
            continue
        core = text.strip(" .…\"“”")
        if len(core) >= _MIN_PULL_QUOTE_CHARS and any(core in page.texts[k] for k in body[n + 1:]):
            page.verdicts[i] = PULL_QUOTE


def _under_heading(page: Page, i: int) -> bool:
    """Block ``i`` is the first line of a section: the block before it is a story
    heading (a few words, no end punctuation). A fact-check's conclusion ("Kesimpulan")
    may repeat a key-point bullet word for word: a story sentence, not a scraper's
    repeat."""
    if i == 0 or page.verdicts[i - 1] is not None:
        return False
    head = page.blocks[i - 1].text
    return head.count(" ") + 1 <= _MAX_FRAGMENT_WORDS and not head.endswith(_ENDS_PUNCT) \
        and head[:1].isupper()


#: A story's day in brackets ("Senin (12/6/2017)"), as a lead or a caption prints it.
_BRACKET_DAY: Final = r"\([0-3]?\d/[01]?\d/(?:19|20)\d\d\)"
#: `forget_reading_day`: a date bar this many days after the story's own day is the
#: day the page was read.
_READING_DAY_GAP: Final = 62


def forget_reading_day(page: Page) -> None:
    """A date line over the headline that prints a day alone (no time), the page's only
    date line, when the story's lead or a caption names the story's day in brackets two
    months or more before it: the site's date bar, printing the day the page was read, not
    the story's (suarasurabaya.net's 2017 stories as text in 2025: "Minggu, 19 Januari 2025"
    over the headline, the caption and the lead ending "Senin (12/6/2017)"; the page in
    the search library's pages corpus, www.suarasurabaya.net/kampoengmedia/2017/Jajaran-
    Polrestabes-Surabaya-Semarakkan-34-Tahun-Radio-Suara-Surabaya, read 2026-12-06; tests/
    test_real_layouts_text_blind50.py's SUARASBY17). ``published`` is left empty: a day
    the story names is no date the page prints as its publication."""
    day = page.fields.get("published")
    title = page.title_index
    if day is None or "T" in day or title is None:
        return
    dated = [k for k, hit in enumerate(page.hits)
             if hit is not None and hit[0].field == "published" and page.verdicts[k] == hit[0].id]
    if len(dated) != 1 or dated[0] > title:
        return
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    texts = [page.blocks[body[0]].text] if body else []
    texts += list(page.fields.get("captions"))
    bar = _day_count(day)
    for text in texts:
        for m in compiled_regex(_BRACKET_DAY).finditer(text):
            own = parse_date(m.group())
            if own is not None and bar - _day_count(own) >= _READING_DAY_GAP:
                page.fields.forget("published")
                return


def _day_count(value: str) -> int:
    """An ISO date's (or date-time's) day as a count of days, months taken as 31 days: near
    enough to tell a gap of months (`datetime` stays unimported: a text page's start
    imports only what it needs, benchmarks/test_startup.py)."""
    return (int(value[:4]) * 12 + int(value[5:7])) * 31 + int(value[8:10])


#: A dash-marked line (`mark_dashed_titles`): the mark, then what it marks.
_DASH_MARK: Final = "- "
#: `mark_dashed_titles`: a run of marked titles holds this many at least.
_MIN_DASHED_TITLES: Final = 2
#: `mark_dashed_titles`: words that announce a story's own list at the end of the line
#: over it ("Berikut daftar pemenangnya.", "... antara lain"), with or without a colon.
_LIST_LEAD_IN: Final = r"(?i)\b(?:berikut|antara lain|di antaranya|yakni|yaitu|meliputi|daftar|sebagai berikut)\b"
#: ... looked for in this many of the line's last characters.
_LIST_LEAD_IN_REACH: Final = 120


def mark_dashed_titles(page: Page) -> None:
    """A run of two or more lines inside the story, each a dash and a Title Cased headline
    (`_box_title`), printed between two paragraphs, the first ending a sentence: a related
    box printed with no label (rmoljatim.id, 2024: three "- <title>" links set between the
    story's first and second paragraphs, and more after its end; the page as text in the
    search library's pages corpus, www.rmoljatim.id/rayakan-tahun-baru-kapolrestabes-
    surabaya-berharap-warga-jaga-ketertiban, read 2026-12-06). Their titles go to
    ``related``. A story's own list follows a lead-in (ending in ':', or announcing it:
    "Berikut daftarnya.") and stays; a run with
    no paragraph after it is left to the tail's passes."""
    texts = page.texts  # most pages print no dash-marked line: done with the C scan
    starts = page.dash_starts if page.dash_starts is not None else _dash_starts(texts)
    if sum(texts[i].startswith(_DASH_MARK) for i in starts) < _MIN_DASHED_TITLES:
        return
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    n = 1
    while n < len(body) - 1:
        if not page.blocks[body[n]].text.startswith(_DASH_MARK):
            n += 1
            continue
        m = n
        while m < len(body) and page.blocks[body[m]].text.startswith(_DASH_MARK) \
                and _box_title(page.blocks[body[m]].text[len(_DASH_MARK):].strip()):
            m += 1
        run = body[n:m]
        over = page.blocks[body[n - 1]].text
        if len(run) >= _MIN_DASHED_TITLES and m < len(body) and ends_sentence(over) and not over.endswith(":") \
                and compiled_regex(_LIST_LEAD_IN).search(over[-_LIST_LEAD_IN_REACH:]) is None \
                and is_sentence_like(page.blocks[body[m]].text):
            for i in run:
                page.verdicts[i] = DASHED_TITLES
                page.fields.add("related", page.blocks[i].text[len(_DASH_MARK):].strip(), i)
        n = max(m, n + 1)


def mark_trailing_fragments(page: Page) -> None:
    """Short lower-case word groups after the last paragraph (a tag list printed
    without its label): two or more, no digits, no list markers, no punctuation. Not
    after a lead-in that ends in ':' (its list is story). List items of a story are
    capitalised or marked, so they stay."""
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    if _writer_under_story(page, body):
        body.pop()
    if _after_signoff(page, body):
        return
    tail: list[int] = []
    for i in reversed(body):
        text = page.blocks[i].text
        if (
            text.count(" ") + 1 > _MAX_FRAGMENT_WORDS
            or not text[0].isalpha()
            or text != text.lower()
            or compiled_regex(_HAS_DIGIT).search(text)
            or text.endswith(_ENDS_PUNCT)
        ):
            break
        tail.append(i)
    chips = len(tail) < 2
    if chips:
        tail = _topic_chips(page, body)
    if len(tail) < 2 or len(tail) == len(body):
        _mark_trailing_title(page, body)
        _mark_opening_copy(page, body)
        _mark_name_under_share(page, body)
        return
    last_story = body[len(body) - len(tail) - 1]
    if page.blocks[last_story].text.endswith(":"):
        return
    for i in tail:
        page.verdicts[i] = TRAILING
    # topic chips, or links that print their tag's URL slug ("bus-listrik", Tempo 2026):
    # the story's tags; other lower-case words there are chrome ("bagikan")
    if chips or all(compiled_regex(_SLUG).fullmatch(page.blocks[i].text) for i in tail):
        _add_tags(page, tail)


def _writer_under_story(page: Page, body: list[int]) -> bool:
    """The body's last line is a by-line that a head rule reads by the names' shape
    (`_unlabelled_byline`: "<name> - Okezone", "<name> - 20DETIK") right under a line that
    ends a sentence: the writer's line printed under the story (okezone.com 2012: "...
    (ian)", then "<name> - Okezone" in a paragraph of its own, a story copied into a
    school site's SQL dump, code index file id 4576969892, row 32). A head rule is not
    applied after the story starts, so the line stayed the last paragraph, or went as a
    trailing fragment after the sign-off, and the writer was lost (leftovers66)."""
    if len(body) < 2:
        return False
    last = body[-1]
    hit = page.hits[last]
    if hit is None or hit[0].where != "head" or not _unlabelled_byline(hit) \
            or not ends_sentence(page.blocks[body[-2]].text):
        return False
    page.fields.add("authors", hit[0].value(hit[1]), last)
    page.verdicts[last] = hit[0].id
    return True


#: `mark_trailing_fragments`: a tag link printing its URL slug.
_SLUG: Final = r"[a-z0-9]++(?:-[a-z0-9]++)++"


def _add_tags(page: Page, lines: list[int]) -> None:
    """Lines of an unlabelled tag row (``lines`` in any order) become the page's tags."""
    for i in sorted(lines):
        page.fields.add("tags", page.blocks[i].text, i)


def _after_signoff(page: Page, body: list[int]) -> bool:
    """The last body lines come after the story's sign-off (``(abc/def)``) and none
    ends a sentence: a tag row printed without its label (detik's, one line or one tag
    a line), taken as trailing fragments. The sign-off follows a story paragraph."""
    tail: list[int] = []
    for i in reversed(body):
        if ends_sentence(page.blocks[i].text) or is_sentence_like(page.blocks[i].text):
            break
        tail.append(i)
    if not tail or len(tail) == len(body):
        return False
    first, last_story = tail[-1], body[len(body) - len(tail) - 1]
    signed = any(
        page.verdicts[k] is not None and (hit := page.hits[k]) is not None
        and hit[0].kind == "signoff" and page.verdicts[k] == hit[0].id
        for k in range(last_story + 1, first)
    )
    if signed:
        for i in tail:
            page.verdicts[i] = TRAILING
        for k in range(first + 1, tail[0]):
            # a credit a story rule took among them lies past the story too (viva.co.id
            # 2019 rendered as text: the related box's "VIVA.co.id" under its teaser)
            hit = page.hits[k]
            if hit is not None and hit[0].where == "story" and hit[0].field in LIST_FIELDS \
                    and page.verdicts[k] == hit[0].id:
                page.fields.discard(hit[0].field, k)
                page.verdicts[k] = TRAILING
        # one tag a line (liputan6 2016: "Nama Topik" lines under the sign-off); a row
        # printed on one line cannot be split into its tags
        if len(tail) >= 2 and all(page.blocks[i].text.count(" ") < _MAX_TAG_WORDS for i in tail):
            _add_tags(page, tail)
    return signed


#: `_topic_chips`: a topic chip has this many words at most, and only word characters;
#: a row has this many chips at most (more short lines are a list of the story's, and
#: the check that no paragraph names them all stays linear in the page).
_MAX_CHIP_WORDS: Final = 3
_MAX_CHIPS: Final = 12
_CHIP: Final = r"[\w ]+"


def _topic_chips(page: Page, body: list[int]) -> list[int]:
    """Capitalised topic chips after the last paragraph (kumparan's, one a line, no
    label): short word groups with no digits or punctuation, after a paragraph that
    ends a sentence (after a lead-in, such lines are its list), not all named by one
    paragraph of the story (its enumeration: "empat kategori, yakni A, B, C dan D")."""
    tail: list[int] = []
    for i in reversed(body):
        text = page.blocks[i].text
        if (text.count(" ") + 1 > _MAX_CHIP_WORDS or not text[0].isupper() or compiled_regex(_HAS_DIGIT).search(text)
                or not compiled_regex(_CHIP).fullmatch(text)):
            break
        tail.append(i)
        if len(tail) > _MAX_CHIPS:
            return []
    if not tail or len(tail) == len(body) or not ends_sentence(page.blocks[body[len(body) - len(tail) - 1]].text):
        return []
    chips = [page.blocks[i].text for i in tail]
    story = (page.blocks[i].text for i in body[:len(body) - len(tail)])
    if any(all(chip in text for chip in chips) for text in story):
        return []  # a paragraph names them all: the story's list or subheads
    return tail


#: `take_signoff`: a part of a sign-off in capitals (names and agencies joined by ``|``);
#: alone on its line (not joined), a name of two words at least.
SIGNOFF_PART: Final = regex.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}")
_MAX_SIGNOFF_PARTS: Final = 3


def signoff_fields(ruleset: RuleSet, parts: list[str]) -> tuple[list[str], list[str]] | None:
    """The writers and agencies a sign-off in capitals names (``NAMA PENULIS | ANTARA``):
    a part a `source` rule reads is an agency, a part no rule takes that can be a name
    is a writer. ``None`` when some part is neither."""
    from .names import is_name  # only for a line shaped as a sign-off: rare

    names: list[str] = []
    sources: list[str] = []
    for part in parts:
        hit = ruleset.match_line(part)
        if hit is not None and hit[0].field == "source" and hit[0].action == "field":
            sources.append(hit[0].value(hit[1]))
        elif hit is None and is_name(part):
            names.append(part)
        else:
            return None
    return names, sources


#: `take_tail_stamp`: the most lines a by-line and date block under the story holds, and
#: the most words of a credit line in it.
_MAX_STAMP_LINES: Final = 3
_MAX_STAMP_WORDS: Final = 6
#: `take_tail_stamp`: a writer's name before the desk's dash ("Nama Penulis - Sepakbola").
_STAMP_DESK_DASH: Final = regex.compile(r"(?P<name>[^-–]{3,60}?) [-–] \S.{0,30}")


def take_tail_stamp(page: Page) -> None:
    """The story's last lines, when they are a date line (a rule of the head's reads it:
    "Jumat, 26 Nov 2021 09:00 WIB") and at most two short credit lines beside it (the
    writer and the desk, "Nama Penulis - Sepakbola"; the channel, "detikHealth"; the
    outlet, "CNN Indonesia"), under a line that ends a sentence: the page's by-line
    and date printed under the story, not story text (detik.com and cnnindonesia.com
    stories of 2021 copied with the header's lines pasted last, each a ``<br>`` line in
    a ``<strong>``, into a project's SQL dump: code index file id 27688424117). The date
    goes to ``published`` and a name before the desk's dash to ``authors`` when nothing
    else gave them; a channel or an outlet alone names no one."""
    verdicts = page.verdicts
    # The story's last line lies just above where its end was found (`mark_regions` took
    # everything from there on): no walk or copy of the whole page (a seed page paid ~12K
    # instructions for one), and most pages stop at the sentence test below. Every page
    # runs this far, so no call on the way (`ends_sentence` written out, no ``min``): a
    # pass's bytecodes cost ~40 instructions each (cost59: the pass cost a bulk row ~5-7K).
    end, n = page.end, len(verdicts)
    last = (n if end is None or end > n else end) - 1
    while last >= 0 and verdicts[last] is not None:
        last -= 1
    if last < 0:
        return
    text = page.blocks[last].text
    if text.startswith(_ADDRESS_STARTS) and " " not in text:
        _take_tail_address(page, last)
        return
    if text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDERS):
        return
    # Walk back from the last body line: up to three lines that end no sentence, the line
    # over them that ends one, and one more body line above (the story).
    tail: list[int] = []
    before: int | None = None
    k = last
    while k >= 0:
        if verdicts[k] is None:
            if before is not None:
                break
            if ends_sentence(page.blocks[k].text):
                before = k
            elif len(tail) == _MAX_STAMP_LINES:
                return
            else:
                tail.append(k)
        k -= 1
    if before is None or k < 0:
        return
    dates = [i for i in tail if (hit := page.hits[i]) is not None and hit[0].field == "published"
             and hit[0].action == "field" and hit[0].where == "head"]
    if len(dates) != 1 or any(i not in dates and page.blocks[i].text.count(" ") >= _MAX_STAMP_WORDS for i in tail):
        return
    hit = page.hits[dates[0]]
    assert hit is not None
    if not page.fields.has("published"):
        page.fields.add("published", hit[0].value(hit[1]), dates[0])
    from .names import person_name  # only for a story closed by a date line: rare

    for i in tail:
        page.verdicts[i] = STAMP
        m = _STAMP_DESK_DASH.fullmatch(page.blocks[i].text) if i not in dates else None
        if m is not None and not page.fields.has("authors") \
                and (name := person_name(m.group("name"), page.url)) is not None:
            page.fields.add("authors", name, i)


#: `take_tail_stamp`: how a web address printed as a paragraph starts.
_ADDRESS_STARTS: Final = ("http://", "https://")


def _take_tail_address(page: Page, last: int) -> None:
    """The story's last line ``last`` is a web address alone, under a line that ends a
    sentence: the copied page's own address, printed by whoever kept the story, never its
    prose (antaranews.com stories of November 2017 kept in a project's SQL dump, code index
    file id 48675840426: "https://www.antaranews.com/berita/665520/..." as a ``<p>`` between
    the story and its "Editor:" and "COPYRIGHT" lines). A run of addresses (a fact check's
    sources), or one under a lead-in (":"), stays."""
    k = last - 1
    while k >= 0 and page.verdicts[k] is not None:
        k -= 1
    if k < 0 or not ends_sentence(page.blocks[k].text):
        return
    page.verdicts[last] = ADDRESS


def mark_writer_names(page: Page) -> None:
    """A line inside the story that is only the name the by-line gave its writer: the
    writer's photo set between two paragraphs, its caption the name alone (goindonesia.co
    2022: "Oleh : <name>" over the story, then "<name>" under its second paragraph, as text
    in the search library's pages corpus, goindonesia.co/ruang-publik/tugas-pers-bukanlah-
    menjilat-penguasa, read 2026-12-07; it stayed a paragraph, blindtext66). A name is no
    story line (SPEC: author boxes leave the body). Its text is hashed already
    (`mark_repeats`' set of the page's lines): a look-up a story line."""
    if page.start is None or not page.fields.has("authors"):
        return
    names = frozenset(page.fields.get("authors"))
    texts, verdicts = page.texts, page.verdicts
    end = len(texts) if page.end is None else min(page.end, len(texts))
    for i in range(page.start + 1, end):
        if verdicts[i] is None and texts[i] in names:
            verdicts[i] = WRITER_NAME


def take_signoff(page: Page) -> None:
    """The story's last line, when it is the writer's sign-off in capitals after a line
    that ends a sentence (Tempo 2015-17: ``NAMA PENULIS``, ``NAMA PENULIS | ANTARA``):
    not story text. Its names are the writers (when no by-line names them), an agency
    is the source. A line of one word stays (``TAMAT``); so does a line a rule reads.
    With no sign-off, the name an author box prints under its label (`_writer_box_name`)."""
    if not page.fields.has("authors"):
        _writer_box_name(page)
    # The story's last two body lines, walked back from where `mark_regions` found its
    # end (it gave every line from there on a verdict, and no pass after it takes one
    # back), as `take_tail_stamp` finds its last line: not a list of the page's body
    # lines (a seed page's ~65 verdicts walked to read two of them).
    verdicts = page.verdicts
    end, n = page.end, len(verdicts)
    last = (n if end is None or end > n else end) - 1
    while last >= 0 and verdicts[last] is not None:
        last -= 1
    before = last - 1
    while before >= 0 and verdicts[before] is not None:
        before -= 1
    if before < 0 or not ends_sentence(page.blocks[before].text):
        return
    text = page.blocks[last].text
    parts = [p.strip() for p in text.split("|")]
    if len(parts) == 1:
        if page.hits[last] is not None or " " not in text or not SIGNOFF_PART.fullmatch(text):
            return
    elif len(parts) > _MAX_SIGNOFF_PARTS or not all(SIGNOFF_PART.fullmatch(p) for p in parts):
        return
    got = signoff_fields(page.ruleset, parts)
    if got is None:
        return
    names, sources = got
    page.verdicts[last] = SIGNOFF
    if not page.fields.has("authors"):
        for name in names:
            page.fields.add("authors", name)
    for source in sources:
        page.fields.add("source", source)


#: A hit's rule, a rule's kind: `_writer_box_name`'s scan of a page's hits in C.
_HIT_RULE: Final = operator.itemgetter(0)
_RULE_KIND: Final = operator.attrgetter("kind")


def _writer_box_name(page: Page) -> None:
    """The writer's name a text scrape of an author box prints on the line right under
    the box's label ("TENTANG PENULIS", then the name, then the bio: duniaku.net and
    ggwp.id 2019, IDN Media's writer box, `cleaner.html.bylines.writer_box_names`),
    when no by-line, sign-off or other line named the writer: a name's shape only
    (two to five capitalised words, `person_name`), never the bio's sentence. The label
    is a line an ``author_box`` rule drops ("Tentang Penulis", "About the Author").
    Most pages hold no such line: the hits' kinds are read in C first (`_HIT_RULE`,
    `_RULE_KIND`; the walk below in Python cost ~1.5% of a bulk row's time)."""
    if "author_box" not in set(map(_RULE_KIND, map(_HIT_RULE, filter(None, page.hits)))):
        return
    from .names import person_name

    i = next((k + 1 for k, hit in enumerate(page.hits)
              if hit is not None and hit[0].kind == "author_box" and hit[0].action == "drop"), 0)
    if 0 < i < len(page.blocks) and page.hits[i] is None:
        text = page.blocks[i].text
        # a name of one word too, in the box's own place ("TENTANG PENULIS" / "Brahm":
        # a community writer's pen name, IDN Media's writer box as text)
        if (_NAME_LINE.fullmatch(text) or _ONE_WORD_NAME.fullmatch(text)) and person_name(text, page.url) is not None:
            page.fields.add("authors", text)


#: `_writer_box_name`: a one-word name ("Brahm"; not a word in capitals, a button's label).
_ONE_WORD_NAME: Final = regex.compile(r"\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30}")


def _mark_trailing_title(page: Page, body: list[int]) -> None:
    """A headline-shaped last line after a paragraph that ends a sentence: the title of a
    story or video linked under the story (liputan6's "Top 3 Berita" cards, detik's
    video title above its player), not a paragraph. After a list item or a lead-in it
    may be the list's last item, so it stays."""
    if len(body) < 3:
        return
    last, before = page.blocks[body[-1]].text, page.blocks[body[-2]].text
    if last.count(" ") + 1 >= _MIN_TRAILING_TITLE_WORDS and last[0].isupper() and not last.endswith(_ENDS_PUNCT) \
            and is_title_like(last) and _headline_case(last) and ends_sentence(before):
        page.verdicts[body[-1]] = TRAILING_TITLE


def _mark_opening_copy(page: Page, body: list[int]) -> None:
    """A last line that opens with a dateline and stops mid-sentence, after a paragraph
    that ends one: the page's description, the story's opening cut off, printed under the
    story (jpnn.com 2011 as text in the search library's pages corpus, read 2026-12-07:
    "BOGOR - <the first paragraph's first words>" under the story of
    jpnn.com/news/tiga-menteri-klarifikasi-soal-kabar-pencurian-data-rahasia-ri, and a
    "?page=2" page's "JAKARTA - <page 1's first words>" under its paragraphs). A story's
    own paragraph ends a sentence; a cut one has no dateline of its own."""
    if len(body) < 2:
        return
    i = body[-1]
    last = page.blocks[i].text
    if last.endswith(_ENDS_PUNCT) or ends_sentence(last) or last.count(" ") + 1 < _MIN_OPENING_COPY_WORDS \
            or page.verdicts[i] is not None or not ends_sentence(page.blocks[body[-2]].text) or page.prefix(i) is None:
        return
    page.verdicts[i] = OPENING_COPY


def _mark_name_under_share(page: Page, body: list[int]) -> None:
    """A person's name alone as the last body line, right under the share buttons' word
    ("Bagikan"): the writer's credit that the page prints there (merahputih.com 2015 as
    text in the search library's pages corpus, read 2026-12-07: "Bagikan", the writer's
    name, "Berita Terkait", under merahputih.com/post/read/jakarta-tidak-aman-polisi-
    kedodoran; the name was the last paragraph). The name goes to authors."""
    if len(body) < 2:
        return
    i = body[-1]
    hit = page.hits[i - 1]
    if hit is None or hit[0].kind != "share" or page.verdicts[i] is not None:
        return
    text = page.blocks[i].text
    if not _NAME_LINE.fullmatch(text):
        return
    from .names import person_name
    if (name := person_name(text, page.url)) is not None:
        page.fields.add("authors", name, i)
        page.verdicts[i] = SHARED_NAME


#: `_mark_opening_copy`: the cut copy holds this many words at least (a description's).
_MIN_OPENING_COPY_WORDS: Final = 10


def _headline_case(text: str) -> bool:
    """Capitalised as a headline, stricter than `is_title_case`: at most a third of the
    longer words in lower case, and none right after a comma (a sentence that lost its
    full stop: "Karenanya, ada harapan ...")."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].islower() for w in words) * 3 <= len(words) \
        and not compiled_regex(_COMMA_LOWER).search(text)


def _harvest(page: Page, text: str, later: Sequence[str] = ()) -> None:
    """Read metadata glued inside a block that is being dropped (``harvest`` rules),
    and the linked titles of a read-also link glued inside it (`_glued_titles`);
    ``later``: the texts of the body blocks after it (the paragraphs it holds)."""
    for rule in page.ruleset.harvest_rules:
        m = rule.pattern.search(text)
        if m is not None and rule.field:
            page.fields.add(rule.field, rule.value(m))
    for title in _glued_titles(page.ruleset, text, later):
        page.fields.add("related", title)


_GLUE: Final = r"(?<=[a-z])(?=[A-Z])"
#: `_glued_titles`: a title that ends in a word in capitals glued to the next title's
#: capital ("... dengan PLKDi Tengah ..."): fixed-width lookbehinds, a word of two to
#: five capitals (`_acronym_split`).
_ACRONYM_GLUE: Final = (r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4})|(?<=\b[A-Z]{5}))"
                        r"(?=[A-Z][a-z])")
#: ... and each side of such a cut holds this many words at least: a brand that glues a
#: word to an acronym ("PLNMobile") is cut only where two whole headlines are left.
_MIN_ACRONYM_SPLIT_WORDS: Final = 4


#: `_glued_titles`: how much of a later paragraph's start marks where the linked titles
#: glued before it end.
_PARAGRAPH_KEY_CHARS: Final = 40


#: ... and a later paragraph shorter than this is no mark (it may be a title's words).
_MIN_TITLE_KEY: Final = 20


def _titles_end(region: str, later: Sequence[str]) -> int:
    """Where the first of the ``later`` paragraphs starts inside ``region`` (the text
    after a read-also label in a container blob), else -1."""
    end = -1
    for paragraph in later:
        if len(paragraph) < _MIN_TITLE_KEY:
            continue
        at = region.find(paragraph[:_PARAGRAPH_KEY_CHARS], 1)
        if at > 0 and (end < 0 or at < end):
            end = at
    return end


def _is_glued_title(piece: str) -> bool:
    words = piece.count(" ") + 1
    # Not is_title_like: a headline may hold an abbreviation ("St. Petersburg").
    return (2 <= words <= _MAX_TITLE_WORDS and len(piece) <= _MAX_TITLE_CHARS
            and not ends_sentence(piece) and is_title_case(piece))


def _acronym_split(piece: str) -> list[str]:
    """``piece`` (a glued title) as two titles when it is one title glued to the next
    at a word in capitals (`_ACRONYM_GLUE`: republika.co.id 2025, a bulk-crawl row's
    read-also box, "...Sengketa Lahan dengan PLKDi Tengah Efisiensi, ..."), each side a
    headline of `_MIN_ACRONYM_SPLIT_WORDS` words or more; else ``[piece]``."""
    for m in compiled_regex(_ACRONYM_GLUE).finditer(piece):
        left, right = piece[:m.start()].strip(), piece[m.start():].strip()
        if (left.count(" ") + 1 >= _MIN_ACRONYM_SPLIT_WORDS <= right.count(" ") + 1
                and _is_glued_title(left) and _is_glued_title(right)):
            return [left, *_acronym_split(right)]
    return [piece]


def _glued_titles(ruleset: RuleSet, text: str, later: Sequence[str] = ()) -> list[str]:
    """The titles after each read-also link inside ``text`` (a container blob, which is
    dropped whole): the part a ``split`` rule cuts there is a ``related`` field rule's
    line; from its value on, the titles are glued one to the next ("...RusiaBandara
    ..."), so they are the pieces between glue points, as long as each reads as a
    headline (the story's next sentence does not). When the container's next paragraph
    (one of ``later``) starts after the label, the titles end there; a title whose own
    words lost their spaces (okezone.com 2025, a bulk-crawl row: a linked name inside
    the headline, "...BaikTitle Sponsor...") splits into pieces that are no headlines,
    and is then kept whole, as printed, when the whole reads as one."""
    titles: list[str] = []
    splitter = splitter_for(ruleset)
    if not splitter.may_split(text):
        return titles
    for start, end in splitter.spans(text):
        part = text[start:]
        hit = ruleset.match_line(text[start:end].strip())
        if hit is None or hit[0].field != "related" or "value" not in hit[0].pattern.groupindex:
            continue
        value_start = hit[1].start("value")
        if value_start < 0:
            continue
        region = part[value_start:]
        end = _titles_end(region, later) if later else -1
        if end > 0:
            region = region[:end]
        found = 0
        for piece in compiled_regex(_GLUE).split(region):
            piece = piece.strip()
            if not _is_glued_title(piece):
                break
            split = _acronym_split(piece)
            titles.extend(split)
            found += len(split)
        if not found and end > 0 and _is_glued_title(whole := region.strip()):
            titles.append(whole)
    return titles


#: `_split_dateline`: the place line above a story line that starts with a dash has
#: this many words at most ("JAKARTA, KOMPAS.com", "Jakarta").
_MAX_PLACE_WORDS: Final = 4


def _split_dateline(page: Page, i: int) -> tuple[Rule, regex.Match[str]] | None:
    """The dateline of first body block ``i`` when a node-per-line scrape printed its
    place on the line above (``Jakarta`` / ``- Story ...``): the two joined as a
    browser prints them start with a dateline that ends past the place line. The match
    is on the joined text; the place line is set aside (its verdict: the rule)."""
    if i == 0 or not page.texts[i].startswith(_DASH_START):
        return None
    place = page.texts[i - 1]
    if page.verdicts[i - 1] not in (HEAD, DECK) or place.count(" ") >= _MAX_PLACE_WORDS:
        return None
    hit = page.ruleset.match_prefix(f"{place} {page.texts[i]}")
    if hit is None or hit[1].end() <= len(place) + 1:
        return None
    page.verdicts[i - 1] = hit[0].id
    return hit


#: `_dateline_copy`: a copier's lead printed again with its dateline lies this many lines
#: under the first print at most (bola.com 2021: the lead, a second paragraph, the photo's
#: caption, then the dateline's copy).
_COPY_SPAN: Final = 4


def _dateline_copy(page: Page, i: int) -> tuple[Rule, regex.Match[str]] | None:
    """The dateline of first body block ``i`` when a copier pasted the story's lead over
    the page's own print of it (bola.com 2021 in a project's SQL dump, code index file id
    39573232258: the first two paragraphs, the photo's caption, then "Bola.com, Jakarta -
    " and the same paragraphs): a line a few lines under ``i`` that is a dateline and then
    ``i``'s text word for word. That copy is a repeat (SPEC: the story once); its place is
    the story's dateline. A C-level ``endswith`` screens the lines before any rule is asked."""
    texts, verdicts = page.texts, page.verdicts
    text = texts[i]
    for j in range(i + 1, min(i + 1 + _COPY_SPAN, len(texts))):
        copy = texts[j]
        if verdicts[j] is None and len(copy) > len(text) and copy.endswith(text) \
                and len(copy) - len(text) <= MAX_PREFIX_CHARS:
            hit = page.prefix(j)
            if hit is not None and copy[hit[1].end():].strip().strip(INVISIBLE_OR_SPACE) == text:
                verdicts[j] = REPEAT
                _copy_run(page, i, j)
                return hit
    return None


def _copy_run(page: Page, i: int, j: int) -> None:
    """The lines under a copier's lead copy ``j`` that print the first print's lines
    after ``i`` again, in order and word for word, are the copy's too, however short
    (tempo.co 2019 pasted into a school portal, code index file id 48330096384, row 11:
    four lead paragraphs, then the whole story again from "TEMPO.CO, Jakarta - ";
    `mark_repeats` takes the long ones alone, and a short paragraph of the lead stayed
    twice; blindhtml66). Lines of the first print that are not body (its photo's
    caption) are passed over; the run ends at the first line that differs."""
    texts, verdicts = page.texts, page.verdicts
    a, b, n = i + 1, j + 1, len(texts)
    while a < j and b < n:
        if verdicts[a] is not None:
            a += 1
            continue
        if texts[b] != texts[a] or verdicts[b] not in (None, REPEAT):
            return
        verdicts[b] = REPEAT
        a += 1
        b += 1


def _note_dateline(page: Page, rule: Rule, m: regex.Match[str]) -> str:
    """Record the dateline rule ``rule`` matched (``m``) on ``page``; its value. The
    outlet's own name in capitals where a place stands ("KATADATA -" on katadata.co.id,
    "MATA BANDUNG -" on matabandung.pikiran-rakyat.com 2024 rendered as text, search
    library pages corpus) is cut and names no place."""
    value = rule.value(m)
    if not names_host(value, page.url):
        page.fields.add("dateline", value)
    page.dateline_rule = rule.id
    page.dateline_cut = m.group(0)
    return value


def cut_dateline(page: Page) -> None:
    for i, verdict in enumerate(page.verdicts):
        if verdict is not None:
            continue
        text = page.blocks[i].text
        hit = _split_dateline(page, i)
        if hit is not None:
            text = f"{page.texts[i - 1]} {text}"
        else:
            hit = page.prefix(i)
        if hit is None and (hit := _dateline_copy(page, i)) is not None:
            _note_dateline(page, *hit)
            return
        if hit is not None:
            rule, m = hit
            value = _note_dateline(page, rule, m)
            # (an editor's or writer's box glued before the dateline fills its own field)
            for name, extra in rule.extra_fields(m):
                page.fields.add(name, extra)
            # (a character that prints as nothing after the dash is the cut's, as a space is)
            rest = text[m.end():].strip().strip(INVISIBLE_OR_SPACE)
            # A prefix match counts only when it ends within MAX_PREFIX_CHARS, and its value
            # is inside it: a story line whose head does not print the value is asked
            # nothing (the prefix rules' literals scanned over a whole story paragraph).
            again = page.ruleset.match_prefix(rest) if value in rest[:MAX_PREFIX_CHARS] else None
            if again is not None and again[0] is rule and again[0].value(again[1]) == value:
                # The same dateline printed twice (a scraper that took the page's own
                # first line and then the paragraph: "JAKARTA, KOMPAS.com - JAKARTA,
                # KOMPAS.com – Isi"): both copies are the prefix, the story follows.
                rest = rest[again[1].end():].strip().strip(INVISIBLE_OR_SPACE)
            if rest:
                page.first_text = rest
                page.first_index = i
                # (the lead printed again bare right under its dateline's print: a
                # copier's paste, SPEC's repeat; the story keeps the first print)
                under = next((j for j in range(i + 1, len(page.verdicts)) if page.verdicts[j] is None), None)
                if under is not None and page.texts[under] == rest:
                    page.verdicts[under] = REPEAT
            else:
                page.verdicts[i] = rule.id
        return


#: `refuse_index`: a page whose body is at least this many lines, ...
_MIN_INDEX_LINES: Final = 8
#: ... none of this many words or more, and under one in this many ending a sentence,
#: most of them headline-shaped, is an index (a home or channel page's list of links).
_MAX_INDEX_LINE_WORDS: Final = 20
_INDEX_SENTENCE_SHARE: Final = 5


#: `_index_stamp`: an index item's age ("10 menit yang lalu", "2 jam lalu") after at most
#: a few words in capitals (its channel: "NASIONAL").
_INDEX_AGE: Final = re.compile(
    r"(?:[A-Z][A-Z&-]*(?: [A-Z][A-Z&-]*){0,2} )?\d{1,3} (?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)"
    r"(?: yang)? lalu")
#: ... and the longest such line.
_MAX_INDEX_STAMP_CHARS: Final = 60


def _index_stamp(text: str) -> bool:
    """An index item's stamp line: its channel and age ("NASIONAL 10 menit yang lalu":
    beritasatu.com 2026's ``/terkini/indeks``, DonnyRZ/egi-media-crawl
    fixtures/beritasatu/indeks.html @ fe3899ce09f9, each card's category pill and age
    under its headline)."""
    return len(text) <= _MAX_INDEX_STAMP_CHARS and "lalu" in text and bool(_INDEX_AGE.fullmatch(text))


def _headline_list(texts: list[str]) -> bool:
    """``texts`` (a would-be body) are an index's headlines: no line a paragraph's length,
    hardly any ending a sentence, most of them headline-shaped."""
    if any(t.count(" ") + 1 >= _MAX_INDEX_LINE_WORDS for t in texts):
        return False
    if sum(ends_sentence(t) for t in texts) * _INDEX_SENTENCE_SHARE >= len(texts):
        return False
    # An item's stamp (its channel and age, "NASIONAL 10 menit yang lalu") is an index's
    # line too, not a headline: the headlines are counted among the rest.
    heads = [t for t in texts if not _index_stamp(t)]
    return sum(is_title_like(t) and is_title_case(t) for t in heads) * 2 >= len(heads)


#: `_card_list`: this many cards at least, ...
_MIN_CARDS: Final = 4
#: ... each of this many lines at most (the item, its rubric, its heading, its deck, one
#: more: a cartoon's credit), the would-be body opening with at most this many lines before
#: the first item (the first card's deck, its item and heading taken for the page's head) ...
_MAX_CARD_LINES: Final = 5
_MAX_LINES_BEFORE_CARDS: Final = 2
#: ... and a card's heading within this many lines under its item.
_CARD_HEADING_SPAN: Final = 3


def _card_list(texts: list[str]) -> bool:
    """``texts`` (a would-be body) are an index's cards: each a list item that links a
    story ("• <headline>"), the card's heading printing the headline again right under
    it, and its deck (magz.tempo.co's edition and section pages, 2016-21: "• Firli the
    Culprit", "Cover Story", "Firli the Culprit", a deck of two sentences; magz.tempo.co/
    edition/1448/2021-06-21, magz.tempo.co/opinion?page=8 and magz.tempo.co/interview?page=3
    as text in the search library's pages corpus, read 2026-12-07, blindtext64). The decks
    are sentences, so `_headline_list` reads them as a story's. Every item opens a card of a
    few lines, to the body's end: a story's bulleted list has no heading repeating each
    item, and a story above or under the cards makes a block too long for one."""
    items = [k for k, t in enumerate(texts) if t.startswith("•")]
    if len(items) < _MIN_CARDS or items[0] > _MAX_LINES_BEFORE_CARDS:
        return False
    ends = [*items[1:], len(texts)]
    if any(end - k > _MAX_CARD_LINES for k, end in zip(items, ends, strict=True)):
        return False
    cards = 0
    for k, end in zip(items, ends, strict=True):
        title = texts[k][1:].strip()
        cards += bool(title) and title in texts[k + 1:min(end, k + 1 + _CARD_HEADING_SPAN)]
    return cards >= _MIN_CARDS and cards * 3 >= len(items) * 2


def _taken_stamps(page: Page, need: int) -> bool:
    """Whether a rule took ``need`` index stamps or more itself (generic.toml's rubric-age:
    "NASIONAL 10 menit yang lalu" leaves the body as a page's stamp): `refuse_index` counts
    them among an index's lines, as it does those no rule took. Each stamp prints "lalu",
    so a page printing it fewer times has too few (one C count; most short pages)."""
    if page.joined is not None and page.joined.count("lalu") < need:
        return False
    hits, verdicts, blocks = page.hits, page.verdicts, page.blocks
    return sum(1 for i, hit in enumerate(hits) if hit is not None and verdicts[i] == hit[0].id
               and _index_stamp(blocks[i].text)) >= need


def refuse_index(page: Page) -> None:
    """A page that is no article gives an empty body (SPEC): a home or channel page's
    text scrape, whose would-be body is a list of headlines (and their date or channel
    stamps), no line a paragraph's length and hardly any ending a sentence, or a list of
    cards (`_card_list`). Every such line is then removed as ``index-page``."""
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    if len(body) < _MIN_INDEX_LINES and not _taken_stamps(page, _MIN_INDEX_LINES - len(body)):
        return
    texts = [page.blocks[i].text for i in body]
    # (the cards' test only on a page that prints a bullet: one search of the page's text,
    # not a walk of its lines, on every other page)
    if not _headline_list(texts) and not (
            (page.joined is None or "•" in page.joined) and _card_list(texts)):
        return
    for i in body:
        page.verdicts[i] = INDEX
    page.first_text = None


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
        authors, editors, source = _agency_credits(authors, editors, source, page.ruleset)
    return Article(
        outlet=page.ruleset.name,
        url=url,
        title=get("title"), subtitle=get("subtitle"), authors=authors, editors=editors,
        published=get("published"), dateline=get("dateline"),
        source=_agency(source, url or page.url, page.dateline_cut),
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
    "has-digit": _HAS_DIGIT,
    "comma-lower": _COMMA_LOWER,
    "unspaced": _UNSPACED,
    "caption-credit": _CAPTION_CREDIT,
    "caps-function-word": _CAPS_FUNCTION_WORD,
    "rubric": _RUBRIC,
    "slug-token": _SLUG_TOKEN,
    "stamped-item": _STAMPED_ITEM,
    "site-name": _SITE_NAME,
    "dashed-site": _DASHED_SITE,
    "dashed-news-name": _DASHED_NEWS_NAME,
    "colon-site": _COLON_SITE,
    "page-of": _PAGE_OF,
    "inline-tag": _INLINE_TAG,
    "magazine-lead": _MAGAZINE_LEAD,
    "word": _WORD,
    "site-domain": _SITE_DOMAIN,
    "site-suffix": _SITE_SUFFIX,
    "time-alone": _TIME_ALONE,
    "slug": _SLUG,
    "chip": _CHIP,
    "glue": _GLUE,
    "acronym-glue": _ACRONYM_GLUE,
    "day-month-alone": _DAY_MONTH_ALONE,
    "time-and-year": _TIME_AND_YEAR,
    "bracket-day": _BRACKET_DAY,
    "list-lead-in": _LIST_LEAD_IN,
}


def compiled_patterns() -> dict[str, regex.Pattern[str]]:
    """Every pattern of `_LAZY_PATTERNS`, by name, compiled (the same objects the engine
    matches with)."""
    return {name: compiled_regex(source) for name, source in _LAZY_PATTERNS.items()}
