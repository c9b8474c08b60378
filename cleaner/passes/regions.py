"""Pass 6, ``mark_regions``: unclaimed blocks before the story (deck or head chrome)
and after it (tail chrome); names and captions by a date line."""

from __future__ import annotations

from typing import Final

from ..dates import is_month_name, parse_date
from ..fields import BY_NAME
from ..lazy import compiled_regex
from .datelines import MAX_CREDIT_WORDS
from .hits import take_hit
from .outlets import undoubled_text
from .page import CAPTION_CREDITED, CAPTION_UNDER_DATE, DECK, HEAD, HEADLINE_REPEAT, NAME_BY_DATE, TAIL, Page
from .retitle import TITLE_LINES
from .text import CAPS_FUNCTION_WORD, MAX_TITLE_CHARS, NAME_LINE, names_alone


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
    from ..names import person_name

    text = page.blocks[i].text
    if text.endswith(".") and _sentence_closed(text):
        return False  # a caption closed by its full stop ("Market Cooperative Chair Rina Sari.")
    # (`names_alone` of a line with no ", " holds only when the first test does)
    if not (NAME_LINE.fullmatch(text) and person_name(text, None) is not None) \
            and not (", " in text and names_alone(text)):
        return False  # a role label, a desk or a network ("Tim Redaksi", "Kompas TV")
    if compiled_regex(CAPS_FUNCTION_WORD).search(text):
        return False  # a kicker in capitals ("MUDA DAN MENGINSPIRASI")
    if page.start is not None and text in page.blocks[page.start].text[:MAX_TITLE_CHARS]:
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
    from ..names import person_name

    blocks, hits, verdicts = page.blocks, page.hits, page.verdicts
    listed = [i]
    k = i
    while blocks[k].text.endswith(","):
        k += 1
        if k >= start or hits[k] is not None or verdicts[k] is not None \
                or NAME_LINE.fullmatch(blocks[k].text.removesuffix(",")) is None:
            return []
        listed.append(k)
    if NAME_LINE.fullmatch(blocks[i].text[:-1]) is None or compiled_regex(CAPS_FUNCTION_WORD).search(
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


TIME_ALONE: Final = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?: (?:WIB|WITA|WIT))?"


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
    if day is None or "T" in day or compiled_regex(TIME_ALONE).fullmatch(page.blocks[i].text) is None \
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
        if title is not None and title < TITLE_LINES:
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
                    take_hit(page, i)
    top = title  # the headline's line: a list over it is the site's bar
    if page.head_lists and title is not None and title < TITLE_LINES:
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
    return page.hits[k + 1] is None and credit.count(" ") + 1 <= MAX_CREDIT_WORDS \
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
    if credit.count(" ") + 1 > MAX_CREDIT_WORDS:
        return False
    joined = f"{credit} {page.blocks[i].text}"
    if hit[0].pattern.fullmatch(joined) is None:
        return False
    page.fields.discard("captions", i - 1)
    page.fields.add("captions", joined, i - 1)
    return True


#: A day and its month printed with no year ("1 June", "Senin, 12 Mei"), and the time with
#: the year under it ("03:50 2019"): `_date_over_two_lines`.
DAY_MONTH_ALONE: Final = r"(?:[A-Z][a-z']{2,7},? )?[0-3]?\d [A-Z][a-z]{2,8}\.?"
TIME_AND_YEAR: Final = rf"(?P<time>{TIME_ALONE}),? (?P<year>(?:19|20)\d\d)"


def _date_over_two_lines(page: Page, i: int) -> bool:
    """Block ``i`` over the story is a day and month alone and the block under it the time
    and the year, when no date line dated the page: the header's date in two elements
    (rri.co.id 2019: "1 June" over "03:50 2019", the radio's regional page as text in the
    search library's pages corpus; tests/test_real_layouts_text_blind49.py's RRI19). Both
    go to ``published`` as one date; the line under is taken by the caller's loop."""
    if page.fields.has("published") or i + 1 >= len(page.blocks) or page.verdicts[i + 1] is not None:
        return False
    text = page.blocks[i].text
    if not 4 <= len(text) <= 22 or compiled_regex(DAY_MONTH_ALONE).fullmatch(text) is None:
        return False
    under = compiled_regex(TIME_AND_YEAR).fullmatch(page.blocks[i + 1].text)
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
    if undoubled_text(text, page.ruleset) == text:
        return title  # the heading line itself (most pages)
    for k in range(min(start, len(page.blocks)) - 1, title, -1):
        if page.verdicts[k] == HEADLINE_REPEAT:
            return k
    return title
