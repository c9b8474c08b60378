"""Pass 2, ``find_title``: the headline (the first unclaimed block, or a title-like
block the page marks)."""

from __future__ import annotations

from typing import Final

import regex

from ..lazy import compiled_regex
from ..rules import Rule
from .hits import head_only, past_initials, reads_as_story, under_deck
from .outlets import marked_title, slug_title, statement, undoubled_text
from .page import HEADLINE, HEADLINE_REPEAT, Page
from .story import MAX_DECK_WORDS, MIN_STORY_RUN, numbered_run
from .text import (
    CLOSERS,
    MAX_TITLE_CHARS,
    NAME_LINE,
    TITLE_SEARCH,
    ends_sentence,
    is_sentence_like,
    is_title_case,
    is_title_like,
    names_alone,
)


def unlabelled_byline(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    """``hit`` reads a line as its writers from the names' shape alone: an ``authors``
    field whose value opens the line (``Nama - detikNews``), no by-line word before it.
    An author box's rule reads the name by the box's own words after it (a profile
    card's button: "Nama Mohon Tunggu... <bio>"), not by its shape alone."""
    if hit is None or hit[0].field != "authors" or hit[0].action != "field" or hit[0].kind == "author_box":
        return False
    rule, m = hit
    return "value" in rule.pattern.groupindex and m.start("value") == 0


def _byline_evidence(page: Page, i: int) -> bool:
    """Unlabelled by-line ``i`` (`unlabelled_byline`) has a by-line's place: a date line
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
        if unlabelled_byline(hit) and not _byline_evidence(page, i):
            page.hits[i] = None
        elif hit is not None and hit[0].kind == "author_box":
            cards.add(i - 1)
    candidates = []
    label_value = False
    for i, hit in enumerate(page.hits):
        if hit is None:
            if (not label_value or statement(page.blocks[i].text)) \
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
                        and undoubled_text(page.blocks[k].text, page.ruleset) == labelled:
                    page.title_index = k
                    page.verdicts[k] = HEADLINE_REPEAT
                    break
            return
        label_value = hit is not None and hit[0].action == "label"
    slugged = marked_title(page, candidates)
    if slugged is None:
        slugged = slug_title(page, candidates)
    if slugged is not None:
        page.slug_title = True
        page.title_index = slugged
        page.fields.add("title", undoubled_text(page.blocks[slugged].text, page.ruleset))
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
    for rank, i in enumerate(candidates[skip: TITLE_SEARCH + stamped if generic else first + skip], start=skip):
        text = undoubled_text(page.blocks[i].text, page.ruleset)
        if page.prefix(i):
            return  # the story has started
        if generic and is_stamped(text):
            continue  # a list item's stamp and linked title: no headline, nor the story's start
        exclaimed = generic and _exclaimed(text)
        if exclaimed and _headline_under(page, candidates, rank + 1):
            continue  # a button ("Klik di sini!") or a promo ("Promo! ...") over the headline
        if not (is_title_like(text, exclaims=not generic)
                or (exclaimed and _exclaiming_headline(page, text, candidates, rank + 1))
                or _titled_over_dateline(page, text, candidates, rank + 1)) \
                or (generic and not is_title_case(text)
                    and not _sentence_case_over_dateline(page, text, candidates[rank + 1:])
                    and not _sentence_case_first_line(page, i, text, candidates[rank + 1:])) \
                or text.startswith(NOT_TITLE_START) or text.endswith(_NOT_TITLE_END) \
                or text[:1].islower():  # a headline starts with a capital; a summary's excerpt may not
            if is_sentence_like(text):
                return  # the story has started
            continue
        if generic and _headline_printed_twice_below(page, text, candidates[rank + 1:TITLE_SEARCH]):
            continue  # a site's badge or slogan over the headline its scrape prints twice
        later = candidates[rank + 1:]
        if not any(is_sentence_like(page.blocks[k].text) for k in later) and not (
            page.ruleset.story_runs and len(later) >= MIN_STORY_RUN
        ) and numbered_run(page, later) is None:
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


def is_stamped(text: str) -> bool:
    """``text`` opens with a list item's stamp (`STAMPED_ITEM`); a string test first, so
    that a page with no such line compiles no pattern (`cleaner.lazy`)."""
    return text[:1].isalnum() and " WI" in text[:40] and compiled_regex(STAMPED_ITEM).match(text) is not None


def _stamped_run(page: Page, candidates: list[int], start: int) -> int:
    """How many of ``candidates`` from ``start`` on, in a row, are a list's stamped items
    (`STAMPED_ITEM`: "Rabu, 04/11/2015 09:36 WIB <linked title>")."""
    count = 0
    for i in candidates[start:]:
        if not is_stamped(page.blocks[i].text):
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
    if not _short_capitals_around_date(page, text, first, second) and (
            text.count(" ") + 1 < _MIN_HEADLINE_WORDS
            or not is_title_like(text, exclaims=True) or text.rstrip(CLOSERS).endswith(".")):
        return False
    return any(is_sentence_like(page.blocks[k].text) for k in candidates[2:])


#: `_short_capitals_around_date`: a headline in capitals has this many words at least.
_MIN_CAPITALS_WORDS: Final = 2


def _short_capitals_around_date(page: Page, text: str, first: int, second: int) -> bool:
    """``text``, printed at ``first`` and again at ``second``, is a short headline in
    capitals with the page's date line between its two prints (rmol.id's photo pages of
    2011: "<TWO WORDS>", the date, "<TWO WORDS>" again over the picture's caption:
    rmol.id/foto/2011/12/17/49300/..., as text in the search library's pages corpus;
    tests/test_real_layouts_text_blind66.py's RMOL11). A line of three words or fewer in
    capitals is a rubric's shape (`is_title_like`), so the page had no headline
    (leftovers67); a rubric is not printed again under the date line."""
    return text.isupper() and text.count(" ") + 1 >= _MIN_CAPITALS_WORDS \
        and not text.rstrip(CLOSERS).endswith(".") \
        and any(head_only(page.hits[k]) for k in range(first + 1, second))


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
    return "!" in text or "?" in text.rstrip(CLOSERS)[:-1]


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
        and NAME_LINE.fullmatch(text) is None and not (", " in text and names_alone(text))


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
    if page.prefix(k) is not None or reads_as_story(below, True):
        return True
    if _over_head_line(page, k):
        return True
    n = k + 1
    return below.count(" ") < _MAX_BYLINE_WORDS and n < len(page.blocks) and page.hits[n] is None \
        and reads_as_story(page.blocks[n].text, True)


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


#: `_sentence_case_first_line`: the fewest words of a sentence-case headline read with no
#: dateline under it (a rubric or a button is shorter), and the most (a story's opening
#: sentence that lost its full stop is longer: the bulk crawl's row 1256, 14 words,
#: "Desainer sekaligus presenter<Name>, membagikan pengalaman ... beberapa waktu lalu").
_MIN_SENTENCE_CASE_WORDS: Final = 5
_MAX_SENTENCE_CASE_WORDS: Final = 12


def _sentence_case_first_line(page: Page, i: int, text: str, later: list[int]) -> bool:
    """A headline printed in sentence case as the page's first line, right over the
    story's first paragraph with no dateline to say so (an English edition's text
    scrape: "Drug dealers target villages, says agency" over "The agency said on
    ..."): a line of `_MIN_SENTENCE_CASE_WORDS` to `_MAX_SENTENCE_CASE_WORDS` words
    with nothing above it and a story sentence under it is the headline, not a
    breadcrumb; before, it was dropped as a line over the story and the title lost. Not
    a line with a '!' or '?' inside it ("Bus malam datang! Warga bersorak di halte": a
    story's two sentences, tests/test_titles_exclaim.py)."""
    return i == 0 and bool(later) and later[0] == 1 and text[:1].isupper() and not is_sentence_like(text) \
        and "!" not in text[:-1] and "?" not in text[:-1] \
        and _MIN_SENTENCE_CASE_WORDS <= text.count(" ") + 1 <= _MAX_SENTENCE_CASE_WORDS \
        and is_sentence_like(page.blocks[1].text)


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
    if after >= len(candidates) or len(text) > MAX_TITLE_CHARS:
        return False
    stopped = text.endswith(".") and not text.endswith("..")
    shape = _without_inner_stops(text[:-1] if stopped else text) if "." in text else text
    if not is_title_like(shape, exclaims=True):
        return False  # the shape first: most lines asked about are story lines, too long
    if stopped and not is_title_case(shape, strict=True):
        # A sentence-case line ending in a full stop: a caption, a deck, a note. Strict:
        # with the half, a copier's note over the story it pasted ("Media <name> meliput
        # dan menaikkan berita mengenai peluncuran <Program Name> (<ACRONYM>) Indonesia.":
        # republika.co.id's August 2020 story in a foundation site's `media` table, code
        # index file id 57518303779, row 3) was the record's title (leftovers68).
        return False
    k = candidates[after]
    return page.prefix(k) is not None or (_over_head_line(page, k) and _story_at(page, candidates, after + 1))


def _story_at(page: Page, candidates: list[int], after: int) -> bool:
    """The unclaimed line ``candidates[after]`` opens the story with its dateline."""
    return after < len(candidates) and page.prefix(candidates[after]) is not None


#: A line starting with a separator is the tail of a split line ("| Jumat, 19 Juni
#: 2015", "- 28/05/2025": a node-per-line scrape), never a headline.
NOT_TITLE_START: Final = ("|", "-", "–", "—", "·", "•", "/", ":", ",")
#: A line that opens with a date, a clock time and a zone, then words ("Rabu, 04/11/2015
#: 09:36 WIB <title>"): a latest-news list item's stamp before its linked title, never
#: the page's headline (detik.com 2015 through trafilatura's txt, raw/detik/anpandu-detik-
#: singlepage.html of the dev corpus, in /tmp: a list over the headline; blindtext53).
STAMPED_ITEM: Final = (r"(?:[A-Z][a-z]{2,6}, )?\d{1,2}(?:/\d{1,2}/| [A-Z][a-z]{2,8} )\d{4},? "
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
RUBRIC: Final = r"[^\W\d_]+(?: [^\W\d_]+)*"


def _rubric_above(page: Page, i: int, k: int) -> bool:
    """Block ``i``, a few words of letters alone, is a breadcrumb or rubric line over a
    headline: the next block ``k`` right under it (or under a date line between them:
    republika.co.id 2026 prints the trail, the date, then the headline) is a longer
    Title Cased headline that ends no sentence (a short headline's deck may be Title
    Cased, as German prints nouns, but ends like a sentence)."""
    text, below = page.blocks[i].text, page.blocks[k].text
    return ((k == i + 1 or all(head_only(page.hits[j]) for j in range(i + 1, k)))
            and text.count(" ") < _MAX_RUBRIC_WORDS and bool(compiled_regex(RUBRIC).fullmatch(text))
            and below.count(" ") + 1 >= _MIN_HEADLINE_WORDS and not ends_sentence(below)
            and is_title_like(below) and is_title_case(below) and not page.prefix(k))


def _rubric_over_dated_head(page: Page, i: int, k: int) -> bool:
    """Block ``i``, a few words of letters alone, is a rubric's name over a headline of
    any length and case: the next block ``k`` right under it (or under lines rules drop
    from the head) ends no sentence, and a deck (a line that reads as a sentence) is
    printed right under ``k`` with a bare date line, an archive stamp or a
    writer-and-editor line right under the deck (`under_deck`). A magazine's archive
    prints its pieces so (tempo.co/arsip/... and tempo.co/prelude/..., 1976 and 1988
    pieces as text in the search library's pages corpus, read 2026-12-06: "Arsip", "Yogya
    saat ini", a one-sentence deck, "31 Januari 1976 | 00.00 WIB"); the headline is the line
    over the deck, whatever the rubric's name. Before, "Arsip" was asked as the headline,
    refused for its one word, the search stopped, and the page had no headline, its deck
    and its date line opened the body."""
    deck = k + 1
    date = past_initials(page, deck + 1)
    if date >= len(page.blocks) or not (k == i + 1 or all(head_only(page.hits[j]) for j in range(i + 1, k))):
        return False
    text, below = page.blocks[i].text, page.blocks[k].text
    if text.count(" ") >= _MAX_RUBRIC_WORDS or not compiled_regex(RUBRIC).fullmatch(text) or ends_sentence(below) \
            or not is_title_like(below) or below[:1].islower() or page.prefix(k):
        return False
    hit = page.hits[date]
    return page.hits[deck] is None and hit is not None and under_deck(hit[0]) \
        and is_sentence_like(page.blocks[deck].text) \
        and page.blocks[deck].text.count(" ") < MAX_DECK_WORDS
