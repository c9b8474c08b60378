"""Where the story opens around a dateline: under a head, past a deck, a caption
under a credit, an agency's name; and the agencies credited for the story
(`assemble` reads them)."""

from __future__ import annotations

from typing import Final

import regex

from ..detect import site_name
from ..lazy import compiled_regex
from ..rules import Rule, RuleSet
from .hits import credit_label_line, dateline_paragraph, head_only, reads_as_story
from .matching import DASH_START
from .outlets import outlet_name_of, statement
from .page import CAPTION_REPEAT, Page
from .text import ELLIPSES, LONG_LINE_WORDS, MAX_SITE_CHARS, ends_sentence, is_sentence_like, is_title_case

#: `sentence_opening`: a line that opens so runs on from the line above it.
RUNS_ON: Final = frozenset(",;")
#: ... and this many lines at most above the start are pieces of its sentence.
_MAX_SENTENCE_PIECES: Final = 6


def sentence_opening(page: Page, start: int) -> int:
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
        if page.texts[k][:1] not in RUNS_ON and page.prefix(k) is not None:
            return k
    return start


#: `caption_under_credit`: a photo's credit line ("Foto: Dok Humas Pemkot") has this
#: many words at most; a longer caption line is the caption itself.
MAX_CREDIT_WORDS: Final = 8


def caption_under_credit(page: Page, start: int, generic: bool) -> int | None:
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
            or page.blocks[start - 1].text.count(" ") + 1 > MAX_CREDIT_WORDS \
            or page.texts[start].startswith(ELLIPSES):
        return None
    after = start + 1
    if after + 1 < len(page.blocks) and (hit := page.hits[after]) is not None and credit_label_line(hit[0]) \
            and page.verdicts[after] == hit[0].id:
        # the writer's line between the caption and the story (tribunnews 2018 as text:
        # the credit, the caption, "Laporan Wartawan <site>, <name>", the dateline)
        after += 1
    if page.verdicts[after] is not None or dateline_paragraph(page, start, generic) \
            or not dateline_paragraph(page, after, generic):
        return None
    return after


def _byline(hit: tuple[Rule, regex.Match[str]] | None) -> bool:
    """A line a rule reads a writer from (`dateline_after_head`)."""
    return hit is not None and hit[0].field == "authors" and hit[0].action == "field" and not hit[0].end


#: `dateline_after_head`: how many blocks after the story start it looks.
HEAD_SPAN: Final = 6


def dateline_after_head(page: Page, generic: bool) -> int | None:
    """A dateline paragraph a few blocks after a story start that has none, with a date
    line (a head-only rule) or a by-line between them: the start was the head's deck or
    caption (a line under the headline ending in a full stop), and the story starts at the
    dateline. A by-line right over the dateline counts as the date line does: a WordPress theme prints the teaser
    over "Oleh : <name>" and "Jakarta, <site>– story" (goindonesia.co 2022, tests/
    test_real_layouts_text_blind66.py's GOINDO22 page; before, the teaser was the story's
    first paragraph and the dateline stayed in its second: leftovers67)."""
    start = page.start
    if start is None:
        return None
    stop = min(start + 1 + HEAD_SPAN, len(page.blocks))
    dated = None  # the first date line in the window (a dict look-up each: no regex yet)
    for i in range(start + 1, stop):
        hit = page.hits[i]
        if hit is not None and hit[0].end:
            stop = i
            break
        if dated is None and (head_only(hit) or (
                _byline(hit) and i + 1 < stop and dateline_paragraph(page, i + 1, generic))):
            dated = i
    if dated is None:  # (its cheap line tests first: most story starts end a sentence)
        under = _dateline_under_head(page, start, stop, generic)
        return None if under is None or dateline_paragraph(page, start, generic) else under
    if dateline_paragraph(page, start, generic):
        return None
    for i in range(dated + 1, stop):
        if page.verdicts[i] is None and dateline_paragraph(page, i, generic):
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
        and all(page.verdicts[k] is not None or head_only(page.hits[k]) for k in range(title + 1, start))
    for i in range(start, min(stop, start + _MAX_UNDATED_HEAD + (2 if under_title else 1))):
        if page.verdicts[i] is not None or page.hits[i] is not None:
            if i > start and _empty_label(page, i):
                continue  # a photo's credit box's label ("Sumber :") between the head's lines
            return None
        if i > start and dateline_paragraph(page, i, generic):
            return i if not under_title or not any(ends_sentence(page.blocks[k].text) for k in range(start, i)) \
                or _names_own_site(page, i) or (i == start + 1 and _caps_place(page, i)) else None
        if i > start and _site_over_dash(page, i, generic):
            return i + 1
        if not under_title and ends_sentence(page.blocks[i].text):
            return _dateline_under_note(page, i, stop, generic) if i == start and title is None else None
    return None


#: `_dateline_under_note`: the most words a note over a story's dateline runs to.
_MAX_NOTE_WORDS: Final = 16


def _dateline_under_note(page: Page, start: int, stop: int, generic: bool) -> int | None:
    """The block under ``start`` when it is a dateline paragraph that signs the story as
    its outlet does (a place in capitals alone, or a site's name) and ``start``, on a page
    with no headline found, is one short sentence over it: a copier's note over the story
    it pasted (a foundation site's `media` table, code index file id 57518303779: "SINDONEWS
    menerbitkan berita mengenai ..." over "JAKARTA - story", row 4; "Media Republika
    meliput ..." over "REPUBLIKA.CO.ID, JAKARTA -- story", row 3), or a deck. The story
    starts at the dateline: before, the note was its first paragraph and the dateline
    stayed in the second (blindhtml67)."""
    i = start + 1
    if i >= stop or page.verdicts[i] is not None or page.hits[i] is not None:
        return None
    text = page.blocks[start].text
    if text.count(" ") >= _MAX_NOTE_WORDS or ". " in text or not dateline_paragraph(page, i, generic):
        return None
    return i if _caps_place(page, i) or _names_own_site(page, i) else None


#: `_site_over_dash`: the outlet's name on its line has this many words at most.
_MAX_SITE_WORDS: Final = 3


def _site_over_dash(page: Page, i: int, generic: bool) -> bool:
    """Block ``i`` is the outlet's name alone, its dateline's dash opening the story line
    under it (a Blogger theme's bold name in an element of its own: "BENTENGSUMBAR.COM" over
    "- story" or "– story", with a deck or the photo's caption between the headline and it:
    www.bentengsumbar.com, 2025-26, as text in the search library's pages corpus, read
    2026-12-07). Joined as a browser prints them they are the site's own dateline
    (`_names_own_site`'s test, on the joined line), so the lines over it are the head and
    the story opens under the name: before, the deck, the name and the dash stayed the
    story's first paragraphs (leftovers67). `cut_dateline` cuts it (`_split_dateline`).
    A C-level ``startswith`` screens the lines first."""
    if i + 1 >= len(page.blocks) or not page.texts[i + 1].startswith(DASH_START):
        return False
    site = page.texts[i]
    if page.verdicts[i + 1] is not None or site.count(" ") >= _MAX_SITE_WORDS:
        return False
    joined = f"{site} {page.texts[i + 1]}"
    hit = page.ruleset.match_prefix(joined)
    return hit is not None and hit[1].end() > len(site) + 1 and _own_site(page, hit) \
        and reads_as_story(joined[hit[1].end():], generic)


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
    return hit is not None and _own_site(page, hit)


def _own_site(page: Page, hit: tuple[Rule, regex.Match[str]]) -> bool:
    """`_names_own_site` of a dateline match ``hit``."""
    if page.url is None:
        return compiled_regex(SITE_DOMAIN).search(hit[1].group(0)) is not None or _dateline_outlet(page, hit)
    name = site_name(page.url)
    # a word of the dateline, not a piece of one: fischundfang.de's "de" is in "Kein
    # Wunder –" (a German page of the peer suite read as a dateline)
    return name is not None and name in compiled_regex(WORD).findall(hit[1].group(0).lower())


def _dateline_outlet(page: Page, hit: tuple[Rule, regex.Match[str]]) -> bool:
    """The dateline names an outlet after its place ("Jakarta, CNN Indonesia --"): the
    words between the place and the dash are a name the rule files know as an outlet's
    (`outlet_name_of`: generic.toml's ``outlet`` macro), the site's own signature on its
    story's first paragraph, as a domain is (a deck over "Jakarta, CNN Indonesia --"
    stayed the story's first paragraph with no URL)."""
    rule, m = hit
    value = rule.value(m)
    text = m.group(0)
    if not value:
        # the outlet's name alone ("VIVA – "): its signature with no place (viva.co.id
        # 2018 under its photo's caption and credit box, blindtext66)
        name = text.strip(" ,-–—")
        return rule.field == "dateline" and 0 < len(name) <= MAX_SITE_CHARS and outlet_name_of(name, page.ruleset)
    if not text.startswith(value):
        return False
    name = text[len(value):].strip(" ,-–—")
    return 0 < len(name) <= MAX_SITE_CHARS and outlet_name_of(name, page.ruleset)


#: `_names_own_site`: the words of a dateline ("liputan6", "com", "jakarta"; "motorsport-magazin").
WORD: Final = r"[a-z0-9-]+"
#: `_names_own_site`: a site's domain in a dateline ("Liputan6.com", "SUMUTPOS.CO").
SITE_DOMAIN: Final = r"(?i)\w\.(?:com|co\.id|co|id|net|tv)\b"


def agency_source(source: str | None, url: str | None, dateline: str | None = None) -> str | None:
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


#: `_agency_line`: per rule set's rules (by the ``id`` of its ``rules`` tuple, the tuple kept
#: with it), its agency-line pattern. Keyed by the tuple, not the rule set: an HTML page runs
#: the engine with a `dataclasses.replace` copy of its rule set (`FrontEnd.engine_rules`),
#: which shares the tuple; keyed by the copy, every such page added an entry that kept its
#: copy alive for the life of the process.
_AGENCY_LINE: dict[int, tuple[tuple[Rule, ...], regex.Pattern[str] | None]] = {}
_MAX_AGENCY_LINES: Final = 256


def _agency_line(ruleset: RuleSet) -> regex.Pattern[str] | None:
    """`agency_credits`: the agency-line pattern of ``ruleset`` (generic.toml's, which every
    outlet's file extends), found once a rule set. Read from the page's own rule set: loading
    generic's for an outlet's page cost a one-file run ~13 ms (its unpickling), 0.46x -> 0.57x
    of trafilatura's CLI. ``None`` for a rule set without it (a caller's own file)."""
    rules = ruleset.rules
    got = _AGENCY_LINE.get(id(rules))
    if got is None:
        if len(_AGENCY_LINE) >= _MAX_AGENCY_LINES:  # rule sets built in memory (learned ones)
            _AGENCY_LINE.clear()                    # come and go: the cache must not grow
        got = _AGENCY_LINE[id(rules)] = (rules, next((r.pattern for r in rules if r.id == "agency-line"), None))
    return got[1]


def agency_credits(authors: tuple[str, ...], editors: tuple[str, ...], source: str | None,
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


#: `dateline_past_head`: how far after a ticker start the head is looked for (a
#: channel menu of two dozen words may lie between: IDN Times 2019).
_PAST_HEAD_SPAN: Final = 48
#: ... and how many lines that start no story it lets pass under the date line.
_HEAD_LINES: Final = 4


def dateline_past_head(page: Page, generic: bool) -> int | None:
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
    if (statement(page.blocks[start].text, long_lines=False) and not previewed) \
            or dateline_paragraph(page, start, generic):
        return None
    dated, under = False, 0
    # the preview's lines over the date line (`_previewed`), in order: all but the last
    # are its photo's caption lines, which the story prints again under the date line
    preview = [start] if previewed else []
    for i in range(start + 1, min(start + 1 + _PAST_HEAD_SPAN, len(page.blocks))):
        hit = page.hits[i]
        if hit is not None and hit[0].end:
            return None
        dated = dated or head_only(hit)
        if page.verdicts[i] is not None or hit is not None:
            continue
        text = page.blocks[i].text
        if dateline_paragraph(page, i, generic):
            return _preview_captions(page, preview, i) if dated else None
        if dated and _quoted_question(text):
            return _preview_captions(page, preview, i)  # a story opening on a quoted question ends no head
        if not dated and _previewed(page, i):
            preview.append(i)
            continue  # the story's opening previewed over the date line, printed again under it
        if dated and any(page.texts[k] == text for k in preview[:-1]):
            continue  # a caption line of the preview, printed again
        if statement(text, long_lines=False):
            if not dated:
                return None
            # (a lone dateline over it)
            return _preview_captions(page, preview, i - 1 if dateline_over_story(page, i - 1) else i)
        if text.count(" ") + 1 >= LONG_LINE_WORDS:
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
    return any(head_only(page.hits[k]) for k in range(i + 1, again))


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


def after_deck(page: Page, first: int) -> int:
    """On a layout with a deck: past the first unclaimed block under the headline when
    it makes no statement and opens with no dateline (a deck may end in '!' or '?':
    "Yang ketiga bikin kaget!")."""
    for i in range(first, len(page.blocks)):
        if page.verdicts[i] is None and page.hits[i] is None:
            return first if statement(page.blocks[i].text) or page.prefix(i) else i + 1
    return first


def dateline_over_story(page: Page, i: int) -> bool:
    """Block ``i`` is a dateline alone on its line ("Kota, Contoh.com -") with a
    statement right under it."""
    hit = page.prefix(i)
    return hit is not None and not page.blocks[i].text[hit[1].end():].strip() \
        and i + 1 < len(page.blocks) and statement(page.blocks[i + 1].text)
