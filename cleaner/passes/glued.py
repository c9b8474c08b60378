"""Pass 3, ``split_glued``: blocks that start with the headline and go on (a caption
glued to it), and repeats of the headline."""

from __future__ import annotations

from typing import Final

from ..lazy import compiled_regex
from .hits import past_initials, under_deck
from .outlets import TITLE_ENDERS, site_named, statement, undoubled_text
from .page import HEADLINE_GLUE, HEADLINE_REPEAT, Page
from .retitle import TITLE_LINES, heading_of_title_part, retitle
from .text import MAX_TITLE_CHARS, MIN_RECHECK_WORDS, ends_sentence, is_sentence_like, is_title_case, is_title_like

#: `split_glued`: an inline tag a scraper printed as text inside a repeated headline.
INLINE_TAG: Final = r"</?(?:i|b|em|strong|u|span|sup|sub)>"


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
    title = undoubled_text(page.blocks[page.title_index].text, page.ruleset)
    if page.title_index < TITLE_LINES and " | " in title:
        heading = heading_of_title_part(page, title)
        if heading is not None:
            retitle(page, heading)
            split_glued(page)
            return
    for i, block in enumerate(page.blocks):
        text = block.text
        if i == page.title_index:
            continue
        if not text.startswith(title):
            if "<" in text and compiled_regex(INLINE_TAG).sub("", text) == title:
                # the headline again with its markup printed as text (an image's title
                # attribute: economy.okezone.com 2019, "Tarif Ojek <i>Online</i> ...")
                page.verdicts[i] = HEADLINE_REPEAT
            elif text.endswith(_CUT_MARKS) and _cut_headline(text, title):
                page.verdicts[i] = HEADLINE_REPEAT
            continue
        if text == title:
            page.verdicts[i] = HEADLINE_REPEAT
        elif text[len(title):len(title) + 3] in (" - ", " | ", " – ") and site_named(text, page.ruleset) == title:
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
                    retitle(page, i)
                    split_glued(page)  # the lines that repeat the whole headline
                    return
                if i > page.title_index and (_story_between(page, page.title_index, i) or _deck_over_date(page, i)):
                    continue  # the story's own paragraph, or the deck over the date line
                page.verdicts[i] = HEADLINE_GLUE  # a head line that opens with the headline's words: no caption
                continue
            if rest.startswith(":") and is_sentence_like(rest[1:].strip()):
                continue
            if rest.startswith(":") and i > page.title_index and len(rest[1:].split()) >= MIN_RECHECK_WORDS \
                    and is_title_case(rest[1:]) and _full_headline(page, i, text):
                # the rubric's name over the headline that opens with it ("Kaleidoskop
                # 2019", then "Kaleidoskop 2019: 4 Berita ...": a 2019 tribunnews.com story
                # as presnapress.com copies it, www.presnapress.com/nasional/2019/12/13/
                # kaleidoskop-2019-4-berita-nasional-terpopuler-april-... as text in the
                # search library's pages corpus, read 2026-12-07): the short line was the
                # headline and the rest of the real one a caption (blindtext60). The rest is
                # a headline's run of Title Cased words: a caption glued after a colon is a
                # sentence in small letters, a credit ("Foto Antara") a word or two
                retitle(page, i)
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
    if len(text) > MAX_TITLE_CHARS or (ends_sentence(text) and not text.endswith(TITLE_ENDERS)) \
            or not is_title_like(text, exclaims=True):
        return False
    assert page.title_index is not None
    return all(page.hits[k] is not None for k in range(page.title_index + 1, i))


def _story_between(page: Page, a: int, b: int) -> bool:
    """An unclaimed statement lies between blocks ``a`` and ``b``: the story has started."""
    return any(page.hits[k] is None and page.verdicts[k] is None and statement(page.blocks[k].text)
               for k in range(a + 1, b))


def _deck_over_date(page: Page, i: int) -> bool:
    """Block ``i`` is printed over a bare date line, an archive stamp or a writer-and-editor
    line (`under_deck`), past a signature's initials cut off it: a deck."""
    k = past_initials(page, i + 1)
    hit = page.hits[k] if k < len(page.blocks) else None
    return hit is not None and under_deck(hit[0])
