"""Questions several passes ask of a block's rule hit (a head-only rule, a header, a
dateline that opens a paragraph, a writer's line) and `take_hit`, which marks a block
with the rule that matched it."""

from __future__ import annotations

from typing import Final

import regex

from ..rules import Rule
from .page import Page
from .text import MIN_SENTENCE_WORDS, NAME_FIELDS, is_prose, is_sentence_like, is_title_case, is_title_like


def past_initials(page: Page, j: int) -> int:
    """The first block from ``j`` on that is not a writer's initials a rule cut off the
    line over it (a deck signed "... seperti malioboro. (fk)": tempo.co/arsip/... 1976 as
    text), so the line under a signed deck is read as under the deck."""
    while j < len(page.blocks) and (hit := page.hits[j]) is not None and hit[0].kind == "signoff" \
            and page.blocks[j].number == page.blocks[j - 1].number:
        j += 1
    return j


def take_hit(page: Page, i: int) -> None:
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


def is_header(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    return hit is not None and (hit[0].action == "block" or hit[0].end)


def head_only(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    return hit is not None and hit[0].where == "head"


def navigation(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    """A breadcrumb, channel or pagination line: site navigation, never under a headline."""
    return hit is not None and hit[0].kind == "navigation"


def reads_as_story(text: str, generic: bool) -> bool:
    return is_sentence_like(text) or (generic and is_prose(text))


def dateline_paragraph(page: Page, i: int, generic: bool) -> bool:
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
    return reads_as_story(rest, generic) or (
        len(words) >= MIN_SENTENCE_WORDS
        and (words[-1][:1].islower() or not (is_title_like(rest) and is_title_case(rest))))


def date_line(rule: Rule) -> bool:
    """A bare date line: a rule that dates the story before it starts."""
    return rule.field == "published" and rule.where == "head"


def under_deck(rule: Rule) -> bool:
    """A line printed under a deck: a bare date line, a writer-and-editor line (a
    by-line rule that fills ``editors`` too), or a metadata line the rules drop (an
    archive stamp, an update time: majalah.tempo.co's read pages print the headline,
    the deck, then "arsip tempo : <digits>.")."""
    return date_line(rule) or (rule.field == "authors" and "editors" in rule.pattern.groupindex) \
        or (rule.kind == "metadata" and rule.action == "drop")


def credit_label_line(rule: Rule) -> bool:
    """A writer's or an editor's labelled line ("Penulis: <name>", "Editor: <name>")."""
    return rule.kind == "metadata" and rule.action == "field" and rule.field in NAME_FIELDS
