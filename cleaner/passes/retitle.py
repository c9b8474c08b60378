"""Pass 5, ``recheck_title``: a generic headline far above the story gives way to a
headline the page marks (printed twice, over the date line, Title Cased over the
story)."""

from __future__ import annotations

from typing import Final

import regex

from ..fields import BY_NAME
from ..lazy import compiled_regex
from .boxes import over_head
from .datelines import HEAD_SPAN
from .hits import head_only, navigation
from .outlets import statement, undoubled_text
from .page import DECK, HEADLINE, HEADLINE_REPEAT, NAME_BY_DATE, Page
from .story import find_story
from .story_end import apply_head_rules
from .text import (
    CAPS_FUNCTION_WORD,
    MAX_SITE_CHARS,
    MAX_TITLE_CHARS,
    MIN_RECHECK_WORDS,
    NAME_LINE,
    ends_sentence,
    headline_case,
    is_title_case,
    is_title_like,
    names_alone,
)
from .title import NOT_TITLE_START, is_stamped

#: `recheck_title`: a generic page's headline this many blocks or more above the story
#: start is a menu line; the headline is looked for this far above the start.
_TITLE_GAP: Final = 8
_NOT_HEADLINE: Final = regex.compile(r"©| [>»] ")
#: `_printed_twice`: the first lines of a page, where a browser title line stands.
TITLE_LINES: Final = 2
SITE_SUFFIX: Final = r"(.*?\S) +[-|–—] +[^-|–—\s]+(?: [^-|–—\s]+){0,3}"
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
            retitle(page, top)
            _take_date(page, dated[1])
        return
    repeat = _printed_twice(page, start)
    if repeat is not None and repeat != old:
        retitle(page, repeat)
        _deck_between_prints(page, repeat)
        under_head = _date_under(page, repeat, start)
        if under_head is not None:
            _take_date(page, under_head)
    date = _headline_at_date(page, start) if repeat is None else None
    over = repeat is None and date is None and _asking_headline_over_dateline(page, start)
    if repeat == start or date is not None or over:
        if date is not None or over:
            retitle(page, start)
        if date is not None:
            _take_date(page, date)
        _find_story_again(page)
        if date is not None and date < start and page.start is not None:
            # a date over the line: it may be a dated teaser's (a sidebar list), so the
            # head nearest the story found after it wins
            nearer = _dated_headline(page, page.start)
            if nearer is not None and nearer[0] > start:
                retitle(page, nearer[0])
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
            retitle(page, dated[0])
            _take_date(page, dated[1])
        return
    for i in range(start - 1, max(-1, start - 1 - _TITLE_GAP), -1):
        if page.verdicts[i] is not None:
            continue
        text = page.blocks[i].text
        if i != old and _headline_shaped(text) and is_title_case(text):
            retitle(page, i)
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
    return text.count(" ") + 1 >= MIN_RECHECK_WORDS and len(text) <= MAX_TITLE_CHARS \
        and is_title_case(text) and not ends_sentence(text) and not _NOT_HEADLINE.search(text)


def _headline_shaped(text: str) -> bool:
    """Four words or more in a headline's shape, no "©" (a writer's name or a credit
    above the story has fewer words, or the mark), no breadcrumb's ">" and no
    separator first (a split line's tail) or small letter (a summary's excerpt)."""
    return text.count(" ") + 1 >= MIN_RECHECK_WORDS and not _NOT_HEADLINE.search(text) \
        and is_title_like(text) and not text.startswith(NOT_TITLE_START) and not text[:1].islower() \
        and not is_stamped(text)  # a list item's stamp and title


def _writer_over_headline(page: Page, old: int, start: int) -> bool:
    """The heuristic headline ``old`` is a person's name alone over the headline that
    sits on the date line nearest the story: a column's writer box (kompas.com 2024
    columns rendered as text, search library pages corpus, nasional.kompas.com/read/2024/
    03/27/06161181/kasus-ferienjob-jerman-bukan-perdagangan-orang: the writer's name, the
    role printed twice, the headline, "Kompas.com - 27/03/2024, 06:16 WIB", the story).
    The dated line is the headline and the name the writer. The role printed again is
    the box's mark: a rubric's name over its blurb or a menu's item is no writer."""
    from ..names import person_name

    text = page.blocks[old].text
    if (not NAME_LINE.fullmatch(text) or compiled_regex(CAPS_FUNCTION_WORD).search(text)
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
    retitle(page, dated[0])
    _take_date(page, dated[1])
    page.fields.add("authors", text, old)
    page.verdicts[old] = NAME_BY_DATE
    return True


def retitle(page: Page, i: int) -> None:
    """Block ``i`` is the headline, in place of `find_title`'s (which `mark_regions`
    then takes as head chrome)."""
    if page.title_index is not None:
        page.verdicts[page.title_index] = None
    page.title_index = i
    page.verdicts[i] = HEADLINE
    page.fields.replace("title", undoubled_text(page.blocks[i].text, page.ruleset))


def heading_of_title_part(page: Page, title: str) -> int | None:
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
    for k in range(min(TITLE_LINES, start)):  # the heading comes after, up to the start
        top = page.blocks[k].text
        if len(top) > MAX_TITLE_CHARS + MAX_SITE_CHARS:
            continue  # a story line (bulk rows: most first lines), not worth the regex
        m = compiled_regex(SITE_SUFFIX).fullmatch(top)
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


def _date_under(page: Page, head: int, start: int) -> int | None:
    """The date line a few blocks under the page's heading ``head`` (the headline a whole
    page prints twice) and over the story start: the story's date, not the first date the
    page printed (a menu's teaser's: detik.com 2015 one text node a line, the heading,
    the by-line in two lines, the date; anpandu/detik page of the dev corpus)."""
    for j in range(head + 1, min(start, head + 1 + HEAD_SPAN)):
        hit = page.hits[j]
        if head_only(hit) and hit[0].field == "published" and hit[0].action == "field":  # type: ignore[index]
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
    below = start + 1 < len(page.blocks) and head_only(page.hits[start + 1])
    above = start > 0 and head_only(page.hits[start - 1])
    text = page.blocks[start].text
    if not (below or above) or page.prefix(start) is not None or not _headline_shaped(text):
        return None  # no date line next to it (most pages): the cheap test first
    if below and not ends_sentence(text):
        return start + 1
    if above and headline_case(text) and not statement(text, long_lines=False):
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
        if not head_only(page.hits[i]):
            continue
        deck = False
        for j in range(i - 1, -1, -1):
            if page.verdicts[j] is not None and j != page.title_index:
                if navigation(page.hits[j]):
                    break  # a breadcrumb over the date line: the headline is under it
                continue
            text = page.blocks[j].text
            if j == i - 1 and names_alone(text):
                continue  # the writer's name right over the date line: the headline is over it
            if _headline_shaped(text):
                # over another headline and its date line: a list of dated teasers
                # (a teaser has no by-line under its date line)
                teasers = j > 1 and head_only(page.hits[j - 1]) \
                    and _headline_shaped(page.blocks[j - 2].text) and not over_head(page, j)
                return None if teasers else (j, i)
            if deck or not ends_sentence(text):
                break
            deck = True
        for j in range(i + 1, start):
            text = page.blocks[j].text
            if page.verdicts[j] is None and text.count(" ") + 1 >= MIN_RECHECK_WORDS:
                return (j, i) if _headline_shaped(text) and is_title_case(text) else None
        return None
    return None
