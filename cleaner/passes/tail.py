"""The passes under the last paragraph: ``mark_dashed_titles``,
``mark_trailing_fragments``, ``take_tail_stamp`` and ``take_signoff``."""

from __future__ import annotations

import operator
from typing import Final

import regex

from ..fields import LIST_FIELDS
from ..lazy import compiled_regex
from ..rules import RuleSet
from .boxes import MAX_TAG_WORDS, box_title
from .matching import dash_starts
from .page import (
    ADDRESS,
    CONTRIBUTORS,
    DASHED_TITLES,
    OPENING_COPY,
    SHARED_NAME,
    SIGNOFF,
    STAMP,
    TRAILING,
    TRAILING_TITLE,
    WRITER_NAME,
    Page,
)
from .text import (
    CLOSERS,
    ENDS_PUNCT,
    HAS_DIGIT,
    MAX_FRAGMENT_WORDS,
    MIN_TRAILING_TITLE_WORDS,
    NAME_LINE,
    SENTENCE_ENDERS,
    ends_sentence,
    headline_case,
    is_sentence_like,
    is_title_like,
)
from .title import unlabelled_byline

#: A dash-marked line (`mark_dashed_titles`): the mark, then what it marks.
_DASH_MARK: Final = "- "
#: `mark_dashed_titles`: a run of marked titles holds this many at least.
_MIN_DASHED_TITLES: Final = 2
#: `mark_dashed_titles`: words that announce a story's own list at the end of the line
#: over it ("Berikut daftar pemenangnya.", "... antara lain"), with or without a colon.
LIST_LEAD_IN: Final = r"(?i)\b(?:berikut|antara lain|di antaranya|yakni|yaitu|meliputi|daftar|sebagai berikut)\b"
#: ... looked for in this many of the line's last characters.
_LIST_LEAD_IN_REACH: Final = 120


def mark_dashed_titles(page: Page) -> None:
    """A run of two or more lines inside the story, each a dash and a Title Cased headline
    (`box_title`), printed between two paragraphs, the first ending a sentence: a related
    box printed with no label (rmoljatim.id, 2024: three "- <title>" links set between the
    story's first and second paragraphs, and more after its end; the page as text in the
    search library's pages corpus, www.rmoljatim.id/rayakan-tahun-baru-kapolrestabes-
    surabaya-berharap-warga-jaga-ketertiban, read 2026-12-06). Their titles go to
    ``related``. A story's own list follows a lead-in (ending in ':', or announcing it:
    "Berikut daftarnya.") and stays; a run with
    no paragraph after it is left to the tail's passes."""
    texts = page.texts  # most pages print no dash-marked line: done with the C scan
    starts = page.dash_starts if page.dash_starts is not None else dash_starts(texts)
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
                and box_title(page.blocks[body[m]].text[len(_DASH_MARK):].strip()):
            m += 1
        run = body[n:m]
        over = page.blocks[body[n - 1]].text
        if len(run) >= _MIN_DASHED_TITLES and m < len(body) and ends_sentence(over) and not over.endswith(":") \
                and compiled_regex(LIST_LEAD_IN).search(over[-_LIST_LEAD_IN_REACH:]) is None \
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
            text.count(" ") + 1 > MAX_FRAGMENT_WORDS
            or not text[0].isalpha()
            or text != text.lower()
            or compiled_regex(HAS_DIGIT).search(text)
            or text.endswith(ENDS_PUNCT)
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
    if chips or all(compiled_regex(SLUG).fullmatch(page.blocks[i].text) for i in tail):
        _add_tags(page, tail)


def _writer_under_story(page: Page, body: list[int]) -> bool:
    """The body's last line is a by-line that a head rule reads by the names' shape
    (`unlabelled_byline`: "<name> - Okezone", "<name> - 20DETIK") right under a line that
    ends a sentence: the writer's line printed under the story (okezone.com 2012: "...
    (ian)", then "<name> - Okezone" in a paragraph of its own, a story copied into a
    school site's SQL dump, code index file id 4576969892, row 32). A head rule is not
    applied after the story starts, so the line stayed the last paragraph, or went as a
    trailing fragment after the sign-off, and the writer was lost (leftovers66)."""
    if len(body) < 2:
        return False
    last = body[-1]
    hit = page.hits[last]
    if hit is None or hit[0].where != "head" or not unlabelled_byline(hit) \
            or not ends_sentence(page.blocks[body[-2]].text):
        return False
    page.fields.add("authors", hit[0].value(hit[1]), last)
    page.verdicts[last] = hit[0].id
    return True


#: `mark_trailing_fragments`: a tag link printing its URL slug.
SLUG: Final = r"[a-z0-9]++(?:-[a-z0-9]++)++"


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
        if len(tail) >= 2 and all(page.blocks[i].text.count(" ") < MAX_TAG_WORDS for i in tail):
            _add_tags(page, tail)
    return signed


#: `_topic_chips`: a topic chip has this many words at most, and only word characters;
#: a row has this many chips at most (more short lines are a list of the story's, and
#: the check that no paragraph names them all stays linear in the page).
_MAX_CHIP_WORDS: Final = 3
_MAX_CHIPS: Final = 12
CHIP: Final = r"[\w ]+"


def _topic_chips(page: Page, body: list[int]) -> list[int]:
    """Capitalised topic chips after the last paragraph (kumparan's, one a line, no
    label): short word groups with no digits or punctuation, after a paragraph that
    ends a sentence (after a lead-in, such lines are its list), not all named by one
    paragraph of the story (its enumeration: "empat kategori, yakni A, B, C dan D")."""
    tail: list[int] = []
    for i in reversed(body):
        text = page.blocks[i].text
        if (text.count(" ") + 1 > _MAX_CHIP_WORDS or not text[0].isupper() or compiled_regex(HAS_DIGIT).search(text)
                or not compiled_regex(CHIP).fullmatch(text)):
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
    from ..names import is_name  # only for a line shaped as a sign-off: rare

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
    if text.rstrip(CLOSERS).endswith(SENTENCE_ENDERS):
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
    from ..names import person_name  # only for a story closed by a date line: rare

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
    not story text; or the contributors' credit (`_take_contributors`). Its names are
    the writers (when no by-line names them), an agency is the source. A line of one word
    stays (``TAMAT``); so does a line a rule reads.
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
    if text.endswith(_CONTRIBUTED) or page.blocks[before].text.endswith(_CONTRIBUTED):
        _take_contributors(page, before, last)
        return
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


#: `take_signoff`: how the contributors' credit under a story ends ("<name> dan <name>
#: berkontribusi dalam penulisan artikel ini.").
_CONTRIBUTED: Final = " berkontribusi dalam penulisan artikel ini."
#: ... and the names before it: capitalised words, joined as a by-line joins them, never a
#: pronoun ("Ia berkontribusi ..." is the story's sentence).
CONTRIBUTOR_NAMES: Final = (
    r"(?!(?:Ia|Dia|Mereka|Kami|Kita|Saya|Aku|Beliau|Anda|Penulis|Redaksi|Tim)\b)"
    r"(?P<names>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5}"
    r"(?:(?:, (?:dan |& )?| dan | & )[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5}){0,5})"
    r"(?: turut| ikut)?"
)
#: ... the joins between those names.
NAME_JOINS: Final = r", (?:dan |& )?| dan | & "


def _take_contributors(page: Page, before: int, last: int) -> None:
    """The story's last line ``last`` is the contributors' credit alone, "<name> dan <name>
    berkontribusi dalam penulisan artikel ini.", or the writer's name alone under that
    credit (``before``): tempo.co's daily stories close so (a public scraper of tempo.co
    skips the text block that holds the credit, code index file id 29830565879; a corpus
    project's residue rules keep the credit and the name under it as a real shape under a
    story, file id 61593690773). A credit, not story (SPEC: author boxes leave the body);
    the contributors are the story's reporters (authors), as in the magazine's credit
    (tempo.toml's tempo-print-edition-credit), the name under them its writer. Read here,
    on the story's last lines, not by a rule: a rule opening with a name and ending in a
    stop is tried on every story line (+0.27% a seed page, measured in leftovers67). A
    name that is no person's leaves the lines as they were."""
    from ..names import person_name  # only for a line that ends with the credit: rare

    credit, writer = last, None
    if not page.blocks[last].text.endswith(_CONTRIBUTED):
        text = page.blocks[last].text
        if not NAME_LINE.fullmatch(text) or (writer := person_name(text, page.url)) is None:
            return
        credit = before
    text = page.blocks[credit].text
    m = compiled_regex(CONTRIBUTOR_NAMES).fullmatch(text, 0, len(text) - len(_CONTRIBUTED))
    if m is None:
        return
    names = [person_name(n, page.url) for n in compiled_regex(NAME_JOINS).split(m.group("names"))]
    if not all(names):
        return
    page.verdicts[credit] = page.verdicts[last] = CONTRIBUTORS
    if writer is not None and writer not in page.fields.get("editors"):  # the editor's name stays his
        page.fields.add("authors", writer)  # in the order read: after a by-line's names
    for name in names:
        assert name is not None
        page.fields.add("authors", name)


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
    from ..names import person_name

    i = next((k + 1 for k, hit in enumerate(page.hits)
              if hit is not None and hit[0].kind == "author_box" and hit[0].action == "drop"), 0)
    if 0 < i < len(page.blocks) and page.hits[i] is None:
        text = page.blocks[i].text
        # a name of one word too, in the box's own place ("TENTANG PENULIS" / "Brahm":
        # a community writer's pen name, IDN Media's writer box as text)
        if (NAME_LINE.fullmatch(text) or _ONE_WORD_NAME.fullmatch(text)) and person_name(text, page.url) is not None:
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
    if last.count(" ") + 1 >= MIN_TRAILING_TITLE_WORDS and last[0].isupper() and not last.endswith(ENDS_PUNCT) \
            and is_title_like(last) and headline_case(last) and ends_sentence(before):
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
    if last.endswith(ENDS_PUNCT) or ends_sentence(last) or last.count(" ") + 1 < _MIN_OPENING_COPY_WORDS \
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
    if not NAME_LINE.fullmatch(text):
        return
    from ..names import person_name
    if (name := person_name(text, page.url)) is not None:
        page.fields.add("authors", name, i)
        page.verdicts[i] = SHARED_NAME


#: `_mark_opening_copy`: the cut copy holds this many words at least (a description's).
_MIN_OPENING_COPY_WORDS: Final = 10
