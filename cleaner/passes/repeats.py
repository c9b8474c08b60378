"""Pass 7, ``mark_repeats`` (repeats of a long block, captions printed twice, pull
quotes, container blobs, titles glued into a related list) and
``forget_reading_day``."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from ..dates import parse_date
from ..lazy import compiled_regex
from ..rules import RuleSet
from .outlets import statement
from .page import CAPTION_REPEAT, CONTAINER, HEAD, HEADLINE_REPEAT, PULL_QUOTE, REPEAT, Page, splitter_for
from .text import (
    CAPTION_CREDIT,
    ELLIPSES,
    ENDS_PUNCT,
    KEYWORD_TITLE,
    MAX_FRAGMENT_WORDS,
    MAX_KEYWORD_TITLE,
    MAX_RUN_GAP,
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    MAX_TWICE_CHARS,
    MAX_TWICE_CREDIT,
    MAX_TWICE_LINE,
    MIN_CAPTION_WORDS,
    MIN_CONTAINER_EXTRA,
    MIN_REPEAT_CHARS,
    MIN_TWICE_CHARS,
    MIN_TWICE_LINE,
    NON_WORD,
    ends_sentence,
    is_title_case,
)

#: `mark_repeats`: the most spaces a photo's button between its title and its caption holds
#: ("Lihat Foto": one).
_MAX_BUTTON_SPACES: Final = 3


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
                    len(text) >= MIN_REPEAT_CHARS and not _under_heading(page, i))
                    or (i == run_at and earlier == run_from) or verdicts[i - 1] == HEADLINE_REPEAT):
                if verdicts[earlier] in (HEAD, CAPTION_REPEAT) and earlier < start < i \
                        and text.count(" ") + 1 >= MIN_CAPTION_WORDS and compiled_regex(CAPTION_CREDIT).search(text):
                    if verdicts[earlier] == HEAD:
                        page.fields.add("captions", text, earlier)
                        verdicts[earlier] = CAPTION_REPEAT
                    verdicts[i] = CAPTION_REPEAT
                elif verdicts[earlier] == HEAD and earlier < start <= i and statement(text):
                    # the head's summary is the story's own sentence: the story keeps it,
                    # its first line too (a preview's paragraph over the date line)
                    pass
                else:
                    verdicts[i] = verdicts[earlier] or REPEAT
                    # (the story printed again under the headline's second print, however
                    # far from the first: amp.kontan.co.id rendered as text prints the
                    # headline between the story's two copies; a copy's short lines are repeats)
                    if verdicts[i] == REPEAT and (i == run_at or i - earlier <= MAX_RUN_GAP
                                                  or verdicts[i - 1] == HEADLINE_REPEAT):
                        run_at, run_from = i + 1, earlier + 1
    _mark_pull_quotes(page)
    body = [i for i, v in enumerate(verdicts) if v is None or v == HEAD]
    for a, b in itertools.pairwise(body):
        outer, inner = texts[a], texts[b]
        if len(outer) >= len(inner) + MIN_CONTAINER_EXTRA and len(inner) >= MIN_CONTAINER_EXTRA \
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
        if i + 1 < n and len(texts[i]) >= MIN_CONTAINER_EXTRA and (
                (_is_caption(page, i + 1) and texts[i + 1].startswith(texts[i]))
                or (i + 2 < n and verdicts[i + 1] is not None and texts[i + 1].count(" ") < _MAX_BUTTON_SPACES
                    and _is_caption(page, i + 2) and texts[i + 2].startswith(texts[i]))):
            # (or with the photo's button between them, a widget's words a rule dropped:
            # kompas.com's "Lihat Foto" between the picture's title and its caption, a
            # November 2019 story copied whole into one <p> of a government office's SQL
            # dump, code index file id 35406744650, row 2; blindhtml67)
            verdicts[i] = CAPTION_REPEAT
        elif i + 1 < n and len(texts[i]) <= MAX_KEYWORD_TITLE and ", " in texts[i] \
                and _is_caption(page, i + 1) and _keyword_title(texts[i], texts[i + 1]):
            # the photo's title of keywords over its caption (kumparan 2020 copied into a
            # news CMS, code index file id 32662321304, `berita` row 22: "Salat Id,
            # Meulaboh, Aceh Barat, Aceh" over "Ribuan umat ... Foto: ANTARA FOTO/<Name>";
            # blindhtml66): it stayed a paragraph. The length first: story lines hold ", "
            # too, and asking for each whether the line under it is a caption took
            # `_is_caption`'s calls on 1,800 bulk rows from 12,436 to 22,090.
            verdicts[i] = CAPTION_REPEAT
        elif i > story and verdicts[i] is None:
            # `_caption_twice`'s first test, loosened, asked here before the call: the
            # line's opening found again in its second half (the function's window is in
            # it, so no line it answers is passed over). No line of 1,241 on 200 bulk
            # rows passes; the window's bounds and the length's test, computed here for
            # every story line, cost ~2.4x the search (timeit, a 310-character line); an
            # `in` on the second half's copy parses no arguments, as `str.find` does
            text = texts[i]
            if text[:MIN_TWICE_CHARS] in text[len(text) >> 1:] \
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
    if n < MIN_TWICE_LINE or n > MAX_TWICE_LINE:
        return None
    # the second print starts where the credit between the prints is 0 to
    # `MAX_TWICE_CREDIT` characters long (at = (n + 1 + credit) / 2): only that
    # window is searched (a search of the whole line cost ~27K instructions a bulk row)
    head = text[:MIN_TWICE_CHARS]
    end = (n + MAX_TWICE_CREDIT + 1) // 2 + MIN_TWICE_CHARS + 1
    at = text.find(head, (n + 1) // 2, end)
    while at > 0:
        size = n - at  # the second print's length, the first's too
        credit = at - 1 - size
        if 0 <= credit <= MAX_TWICE_CREDIT and size <= MAX_TWICE_CHARS and text[at - 1] == " " \
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
    if len(title) > MAX_KEYWORD_TITLE or KEYWORD_TITLE.fullmatch(title) is None:
        return False
    words = f" {NON_WORD.sub(' ', caption.lower())} "
    parts = title.lower().split(", ")
    found = sum(1 for part in parts if f" {NON_WORD.sub(' ', part).strip()} " in words)
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


def _mark_pull_quotes(page: Page) -> None:
    """A pull quote over the story (antaranews 2015-16: "... part of a sentence ..."
    between the caption and the dateline): one of the story's first blocks that opens
    with an ellipsis and whose words, the ellipses cut, are printed again inside a
    later paragraph. Not story: the paragraph it quotes is."""
    body = [i for i, v in enumerate(page.verdicts) if v is None]
    for n, i in enumerate(body[:_PULL_QUOTE_SPAN]):
        text = page.texts[i]
        if not text.startswith(ELLIPSES):
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
    return head.count(" ") + 1 <= MAX_FRAGMENT_WORDS and not head.endswith(ENDS_PUNCT) \
        and head[:1].isupper()


#: A story's day in brackets ("Senin (12/6/2017)"), as a lead or a caption prints it.
BRACKET_DAY: Final = r"\([0-3]?\d/[01]?\d/(?:19|20)\d\d\)"
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
        for m in compiled_regex(BRACKET_DAY).finditer(text):
            own = parse_date(m.group())
            if own is not None and bar - _day_count(own) >= _READING_DAY_GAP:
                page.fields.forget("published")
                return


def _day_count(value: str) -> int:
    """An ISO date's (or date-time's) day as a count of days, months taken as 31 days: near
    enough to tell a gap of months (`datetime` stays unimported: a text page's start
    imports only what it needs, benchmarks/test_startup.py)."""
    return (int(value[:4]) * 12 + int(value[5:7])) * 31 + int(value[8:10])


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


GLUE: Final = r"(?<=[a-z])(?=[A-Z])"
#: `_glued_titles`: a title that ends in a word in capitals glued to the next title's
#: capital ("... dengan PLKDi Tengah ..."): fixed-width lookbehinds, a word of two to
#: five capitals (`_acronym_split`).
ACRONYM_GLUE: Final = (r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4})|(?<=\b[A-Z]{5}))"
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
    return (2 <= words <= MAX_TITLE_WORDS and len(piece) <= MAX_TITLE_CHARS
            and not ends_sentence(piece) and is_title_case(piece))


def _acronym_split(piece: str) -> list[str]:
    """``piece`` (a glued title) as two titles when it is one title glued to the next
    at a word in capitals (`ACRONYM_GLUE`: republika.co.id 2025, a bulk-crawl row's
    read-also box, "...Sengketa Lahan dengan PLKDi Tengah Efisiensi, ..."), each side a
    headline of `_MIN_ACRONYM_SPLIT_WORDS` words or more; else ``[piece]``."""
    for m in compiled_regex(ACRONYM_GLUE).finditer(piece):
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
        for piece in compiled_regex(GLUE).split(region):
            piece = piece.strip()
            if not _is_glued_title(piece):
                break
            split = _acronym_split(piece)
            titles.extend(split)
            found += len(split)
        if not found and end > 0 and _is_glued_title(whole := region.strip()):
            titles.append(whole)
    return titles
