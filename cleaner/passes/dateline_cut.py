"""Pass 8, ``cut_dateline``: the dateline prefix of the first body block."""

from __future__ import annotations

from typing import Final

import regex

from ..detect import names_host
from ..rules import MAX_PREFIX_CHARS, Rule
from ..segment import INVISIBLE_OR_SPACE
from .matching import DASH_START
from .page import DECK, HEAD, REPEAT, Page

#: `_split_dateline`: the place line above a story line that starts with a dash has
#: this many words at most ("JAKARTA, KOMPAS.com", "Jakarta").
_MAX_PLACE_WORDS: Final = 4


def _split_dateline(page: Page, i: int) -> tuple[Rule, regex.Match[str]] | None:
    """The dateline of first body block ``i`` when a node-per-line scrape printed its
    place on the line above (``Jakarta`` / ``- Story ...``): the two joined as a
    browser prints them start with a dateline that ends past the place line. The match
    is on the joined text; the place line is set aside (its verdict: the rule)."""
    if i == 0 or not page.texts[i].startswith(DASH_START):
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
