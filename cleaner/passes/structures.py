"""Pass 4, ``consume_structures``: labels (``Reporter`` + next line), blocks (a
label and its items) and field rules."""

from __future__ import annotations

from ..rules import Rule
from .boxes import (
    HEAD_LIST_FIELDS,
    LIST_BULLETS,
    box_title,
    is_marked_list,
    marked,
    opens_box,
    over_head,
    over_story,
    titles,
    topic_word,
)
from .datelines import dateline_over_story
from .hits import dateline_paragraph, head_only, is_header, take_hit
from .outlets import statement
from .page import HEADLINE_REPEAT, Page
from .story import closed_by_dateline, magazine_lead
from .story_end import empty_box, paragraph_run
from .text import CONTINUATIONS, NAME_FIELDS, NAME_LINE, ends_sentence


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
        take_hit(page, i)
        if rule.kind == "author_box" and rule.action == "field" and i > 0:
            _card_name_above(page, i)
        if rule.action == "label" and rule.field:
            if i + 1 < n and hits[i + 1] is None and page.verdicts[i + 1] is None \
                    and not (rule.field in NAME_FIELDS and statement(blocks[i + 1].text)):
                # the value may bring the label's colon along (": Nama", the label a
                # block of its own); a by-line label's value is names, never a story's
                # sentence (a front end that took the name itself leaves the label over
                # the story's first paragraph)
                page.fields.add(rule.field, blocks[i + 1].text.removeprefix(":").lstrip())
                page.verdicts[i + 1] = rule.id
                i += 1
                # names printed a line each, the list's comma left on all but the last
                # (kompas.com 2020-26's credit box: "Penulis" / "Nama Satu," / "Nama Dua")
                while rule.field in NAME_FIELDS and blocks[i].text.rstrip().endswith(",") and i + 1 < n \
                        and hits[i + 1] is None and page.verdicts[i + 1] is None \
                        and NAME_LINE.fullmatch(blocks[i + 1].text):
                    page.fields.add(rule.field, blocks[i + 1].text)
                    page.verdicts[i + 1] = rule.id
                    i += 1
            elif i > 0 and hits[i - 1] is None and NAME_LINE.fullmatch(blocks[i - 1].text) \
                    and (page.verdicts[i - 1] is None or _name_for_headline(page, i - 1, rule.field)):
                # no value after it: a role printed under the name ("Nama / Jurnalis")
                page.fields.add(rule.field, blocks[i - 1].text)
                page.verdicts[i - 1] = rule.id
        elif rule.action == "label":  # a credit's label for no field: its name line goes with it
            if i + 1 < n and hits[i + 1] is None and page.verdicts[i + 1] is None \
                    and NAME_LINE.fullmatch(blocks[i + 1].text):
                page.verdicts[i + 1] = rule.id
                i += 1
        elif rule.over_title:  # a card's label under its linked title: the title goes with it
            if i > 0 and hits[i - 1] is None and page.verdicts[i - 1] is None and box_title(blocks[i - 1].text):
                page.verdicts[i - 1] = rule.id
        elif rule.action == "block" or (rule.select == "titles" and opens_box(page, i)):
            while scanned < i and not story_seen:
                # a statement: teaser titles ending in '?' or '!' are no story yet
                story_seen = hits[scanned] is None and page.verdicts[scanned] is None \
                    and statement(blocks[scanned].text)
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
    from ..names import person_name

    if i != page.title_index or field not in NAME_FIELDS or page.ruleset.title_mode != "heuristic" \
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


def _consume_block(page: Page, header: int, rule: Rule, *, above_story: bool = False) -> int:
    """Take the items after a block header; returns the index after the block. The
    headline, and a dateline alone on its line or followed by story text, are no
    linked titles: the block ends there (a list printed above the story, a site menu's "Terpopuler").
    ``above_story``: no story line came before the header (a site menu's list), and a
    statement (`statement`) ends the block too: the story starts there; not a key-points
    box's marked item, a sentence of its own (IDN Media's 2025 "Intinya sih..." bullets,
    a popmama.com page rendered as text in the search library's pages corpus), nor a
    box of a fixed size (``max_items``): it says how many lines it holds, sentences
    or not (mediaindonesia.com's "Headline" widget: two stories' decks)."""
    blocks, hits, n = page.blocks, page.hits, len(page.blocks)
    generic = page.ruleset.story == "prose"
    items: list[str] = []
    taken: list[int] = []
    marked_list: bool | None = None  # `is_marked_list`, once a line needs it
    bare: bool | None = None  # `closed_by_dateline`, once an unmarked line needs it
    j = header + 1
    if not above_story and empty_box(page, header):
        return j  # the label alone: the story goes on under it
    while j < n and not is_header(hits[j]):
        hit = hits[j]
        # a dateline paragraph or a lone dateline over the story: both need a prefix
        # rule's match, asked first (most items start with none: two calls less each)
        if j == page.title_index or (above_story and page.verdicts[j] == HEADLINE_REPEAT) \
                or (page.rejoined and blocks[j].text in page.rejoined) \
                or (hit is not None and hit[0].field == "dateline") or (
                page.prefix(j) is not None
                and (dateline_paragraph(page, j, generic) or dateline_over_story(page, j))):
            break
        if hit is not None and _tag_among_tags(rule, hit[0], items, blocks[j].text):
            hit = None  # a tag the list prints, whatever a widget rule says of its words
        if hit is not None:  # chrome inside the block keeps its own rule
            if page.verdicts[j] is None:
                if head_only(hit) and not above_story:  # a teaser's time, most likely
                    page.verdicts[j] = hit[0].id
                    page.block_heads.append(j)
                elif hit[0].where == "story":  # its field is decided with the story's
                    page.verdicts[j] = hit[0].id
                    page.story_held.append(j)
                else:
                    take_hit(page, j)
            j += 1
            continue
        text = blocks[j].text
        if rule.field == "related" and text.startswith(LIST_BULLETS):
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
        if rule.kind == "related" and rule.max_items is None and rule.item is None and paragraph_run(page, j):
            # a run of paragraphs is no list of links: a "Latest" box opened by the site's
            # menu ran over the whole story of a page printed as text, when a notice over
            # it ("Looks like you're using a browser we don't support.") made the box
            # the story's (newrepublic.com 2019 of the peer suite, rendered as text)
            break
        if rule.bare_until_dateline:  # a marked line is an item; an unmarked one needs the close
            if items and magazine_lead(text) and ends_sentence(blocks[j - 1].text):
                break  # the story's lead closes the key points (`closed_by_dateline`)
            if not marked(text):
                if bare is None:  # asked once, at the box's first unmarked line
                    bare = closed_by_dateline(page, j, generic)
                if not bare:
                    break  # nothing closes the box: the unmarked lines are the story's
        elif (above_story and not (rule.field == "summary" and marked(text))
              and ((statement(text) and rule.max_items is None) or over_head(page, j))) \
                or text.startswith(CONTINUATIONS) \
                or (j + 2 < n and hits[j + 1] is not None and over_story(page, j)):
            break  # the story starts (a sentence cut at a link: no linked title opens so)
        if rule.select == "titles" and not box_title(text):
            break
        if rule.item is not None:
            m = rule.item.fullmatch(text)
            if m is None and topic_word(page, header, j, rule.item):
                page.verdicts[j] = rule.id
                if not above_story:  # the story's box: its topic is the story's tag link
                    page.fields.add("tags", text, j)
                j += 1
                continue
            if m is None:
                break  # not an item
            if items and not marked(text):
                if marked_list is None:  # the box's, asked once (it reads the lines under the label)
                    marked_list = is_marked_list(page, header, above_story)
                if marked_list:
                    break  # unmarked after marked ones ("#Tag", then a crumb)
            items.append(m.group("value") if "value" in rule.item.groupindex else text)
        else:
            items.append(text)
        page.verdicts[j] = rule.id
        taken.append(j)
        j += 1
    if rule.select == "titles" and not titles(items):
        for k in taken:  # prose after a bare label: the story goes on, nothing taken
            page.verdicts[k] = None
        return header + 1
    if rule.field in HEAD_LIST_FIELDS and above_story:
        page.head_lists.append((header, rule.field, items, taken))
    elif rule.field:
        # "repeated": the titles are the lines printed twice; a box printing none twice
        # (Tempo 2015: one linked title a line) gives its lines that are no statement
        once = rule.select == "repeated" and len(set(items)) == len(items)
        seen: set[str] = set()
        for item, k in zip(items, taken, strict=True):
            if rule.select != "repeated" or item in seen or (once and not statement(item)):
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
