"""Fields the outlet's selectors point at (`read_selector_fields`): the by-line, date,
photo credit and section boxes an ``[html]`` selector names, and the names and roles read
from their lines.
"""

from __future__ import annotations

import itertools
from typing import Any
from urllib.parse import urlsplit

from ..dates import parse_date
from ..fields import split_names
from ..names import is_name, person_name
from ..segment import fold_space
from .elements import NOT_BYLINE_BOX, blocks_under, in_widget, indonesian, side_fields, window
from .meta import machine_date
from .page_dates import machine_published, update_stamp
from .pictures import holds_image, page_link, person_box, small
from .state import (
    BY_PREFIX,
    BYLINE,
    CHANNEL_SUFFIX,
    DATE,
    DROP,
    MAX_BOX_BLOCKS,
    MAX_META_CHARS,
    MAX_RAW_META_CHARS,
    META_WINDOW_AFTER,
    META_WINDOW_BEFORE,
    NOT_A_NAME,
    Work,
)
from .tags import is_block_tag, text_content


def read_selector_fields(w: Work, lo: int, hi: int, story: tuple[int, int]) -> None:
    """``[html]`` subtitle, byline, editor and date selectors (the outlet's first, then
    generic ones), for elements near the article (blocks ``lo`` to ``hi``; ``story`` the
    story's first and last blocks): their text goes to the field and their blocks leave the body.
    The first selector that yields a value wins."""
    for s in w.sel["subtitle"]:
        for el in w.page.select(s):
            idx = window(w, el, lo, hi)
            if idx and len(idx) <= MAX_BOX_BLOCKS:
                w.add("subtitle", " ".join(w.page.blocks[i].text for i in idx))
                for i in idx:
                    w.take(i, "html-subtitle")
                break
        if w.fields.has("subtitle"):
            break
    for s in w.sel["summary"]:
        for el in w.page.select(s):
            idx = window(w, el, lo, hi)
            if not idx:
                continue
            items = list(el.iter("li")) or [el]
            for item in items:
                w.add("summary", text_content(item)[:1000])
            for i in idx:
                w.take(i, "html-summary")
        if w.fields.has("summary"):
            break
    for key, name in (("byline", "authors"), ("editor", "editors")):
        # Editor boxes come after the story, below its tags and share bars.
        top = hi if key == "byline" else hi + META_WINDOW_AFTER - META_WINDOW_BEFORE
        for s in w.sel[key]:
            for el in w.page.select(s)[:20]:
                if _in_byline_widget(w, el, story) or _photo_credit(w, el) or _in_card_link(el) \
                        or (key == "byline" and _section_link(w, el)):
                    continue
                # A by-line may sit in a share bar the drop selectors took.
                idx = [i for i in window(w, el, lo, top) if w.verdicts.get(i, DROP) == DROP]
                if not idx or len(idx) > MAX_BOX_BLOCKS:
                    continue
                own = _microdata_name(el) if key == "byline" else ""
                own = own or (fold_space(text_content(el)[:200]) if not is_block_tag(el.tag) else "")
                # A box prints a role label or a button beside the name: the first
                # block that gives names.
                names = _names_from(w, own, name) if own else []
                named = -1
                for i in idx if not own else ():
                    names = _names_from(w, w.page.blocks[i].text, name)
                    if names:
                        named = i
                        break
                role = _role_after(w, el, idx[-1]) if names else None
                if names and key == "byline" and w.byline_at < 0:
                    w.byline_at = idx[0]
                for n in names:
                    w.add(role or name, n)
                if names:
                    for i in idx:
                        # A date printed in the by-line box is the date stage's.
                        text = w.page.blocks[i].text
                        if i == named or (own and own in text) or "T" not in (parse_date(text) or ""):
                            w.verdicts[i] = BYLINE
                            if (own and own != text) or (not own and not role) or (own and _names_another(w, text)):
                                # The box's other lines and the named line's other
                                # labels ("Penulis: A | Editor: B", "Reporter: A" over
                                # "Editor: B"): read, not lost with the block.
                                _line_fields(w, i, el, own)
                    if role:
                        w.take(idx[-1] + 1, BYLINE)
            if w.fields.has(name):
                break
    for s in w.sel["date"]:
        for el in w.page.select(s):
            value = machine_date(el.get("datetime") or el.get("content")) \
                or parse_date(fold_space(text_content(el)[:200]))
            machine = machine_published(w) if value and "T" not in value else None
            if value and machine and machine.startswith(value):
                value = machine  # a day alone, and the machine date that day: its time too
            if value:
                w.add("published", value)
                under = sorted(blocks_under(w, [el]))
                for i in under if len(under) <= MAX_BOX_BLOCKS else ():
                    w.take(i, DATE)
                    side_fields(w, i)
                break
        if w.fields.has("published"):
            break


def _role_after(w: Work, el: Any, last: int) -> str | None:
    """The field a role printed right after by-line element ``el`` gives its names: the
    next block, in ``el``'s own small box, is a role label the text rules know
    ("Editor", "Penulis"). A credits list prints each name over its role (kompas.com
    2025: div.credit-author-name, then div.credit-author-position "Editor")."""
    box = el.getparent()
    if box is None or last + 1 >= len(w.page.blocks) or not small(box, w):
        return None
    nxt = w.page.blocks[last + 1].el
    if nxt is None or (nxt is not box and not any(a is box for a in nxt.iterancestors())):
        return None
    hit = w.hit(last + 1)
    if hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors"):
        return None
    return str(hit[0].field)


def _in_byline_widget(w: Work, el: Any, story: tuple[int, int]) -> bool:
    """`in_widget` for `NOT_BYLINE_BOX`, but a box that holds the story's first or last
    block (``story``) is the page's layout, not a sidebar nor a recommendation: a theme names
    its two-column wrapper by the sidebar beside the story (``div.container.layout-2-col
    .layout-right-sidebar``: the Publisher theme's single post, whose
    ``span.post-author-name`` in the story's header was refused; Genesis's
    ``div.content-sidebar-wrap``; ``div.post-wrap.sidebar-off``; a script's hook
    ``section.article__content.js-truncate-related-to-my-size`` around the story). A box
    inside the story (a "Baca Juga" card between paragraphs) holds neither end. Without
    a ``<head>`` to name the writer, such a by-line was the page's only one."""
    if not in_widget(w, el, NOT_BYLINE_BOX):
        return False
    e = el
    while e is not None and e.tag not in ("body", "html"):
        words = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        if words.strip() and NOT_BYLINE_BOX.search(words):
            span = w.page.block_range(e)
            if span is None or not (span[0] <= story[0] <= span[1] or span[0] <= story[1] <= span[1]):
                return True
        e = e.getparent()
    return False


#: `_in_card_link`: the levels walked up, and the characters a card's link holds beyond
#: the by-line (a title and a summary, not a name's link).
_CARD_LINK_LEVELS = 6
_CARD_LINK_MORE = 40


def _section_link(w: Work, el: Any) -> bool:
    """Whether by-line element ``el`` prints only a link to the story's own section: a
    link whose path is a proper prefix of the page's address, two segments or more
    (popbela.com 2019 mobile prints the rubric "Working Life" as
    ``div.author-name > a[href=/career/working-life]`` over the date, the story at
    /career/working-life/<writer>/<slug>, the writer's name further down in
    ``div.item-name.author-name``; fardiyadi/idnmedia2.github.io adproducts/preview/
    mobile/popbela/fullsitetakeover-detail.html @ 123204aec725a41d6dc74075ed3b0fcec01060f0).
    One segment is a writer's page as often (kumparan.com/<writer>/<slug>)."""
    page = w.page.url
    if not page:
        return False
    links = list(itertools.islice(el.iter("a"), 2))
    if len(links) != 1 or fold_space(text_content(links[0])[:200]) != fold_space(text_content(el)[:200]):
        return False
    href = page_link(links[0])
    if not href:
        return False
    here, there = urlsplit(page), urlsplit(href)
    if there.netloc and there.netloc.lower() != here.netloc.lower():
        return False
    path = [p for p in there.path.split("/") if p]
    own = [p for p in here.path.split("/") if p]
    return len(path) >= 2 and len(path) < len(own) and own[:len(path)] == path


def _in_card_link(el: Any) -> bool:
    """Whether by-line element ``el`` sits in a link that wraps a whole card: another
    story's teaser whose ``<a>`` holds its title, its summary and "von <span
    class=author>A</span>" (emotion.de's teasers under the story in the suite:
    ``a > header + div.field--summary > span.author``), not a writer's linked name."""
    up = el
    for _ in range(_CARD_LINK_LEVELS):
        up = up.getparent()
        if up is None or up.tag in ("body", "html"):
            return False
        if up.tag == "a":
            return len(text_content(up)[:1000].strip()) > len(text_content(el)[:200].strip()) + _CARD_LINK_MORE
    return False


#: `_microdata_name`: the elements under an ``itemprop=author`` item read for its name.
_MAX_ITEM_WALK = 60


def _microdata_name(el: Any) -> str:
    """The name a schema.org ``itemprop=author`` item marks with its own ``itemprop=name``
    (a ``Person``'s box prints a label, a picture and a bio around it: "Über <span
    itemprop=name>Kathrin</span>", a food blog's ``section.bmg-author-box[itemprop=author]
    [itemscope]`` after the story in trafilatura's evaluation suite; a news CMS's ``div
    [itemprop=author] > div[itemprop=name]`` above an e-mail address), its text or its
    ``content``; "" when ``el`` is no author item or marks no name of its own (a name
    inside a nested item is that item's: the publisher's)."""
    if el.get(b"itemprop") != "author" or len(el) == 0:
        return ""
    walked = 0
    for e in el.iter():
        walked += 1
        if walked > _MAX_ITEM_WALK:
            break
        if e is el or not isinstance(e.tag, str):
            continue
        if e.get(b"itemprop") == "name":
            up = e.getparent()
            while up is not None and up is not el and up.get(b"itemscope") is None:
                up = up.getparent()
            if up is el:
                return fold_space(e.get(b"content") or text_content(e)[:100]).strip(" ,")
    return ""


def _photo_credit(w: Work, el: Any) -> bool:
    """Whether ``el`` is a photo's credit: printed beside the picture in the photo's
    own small box, which is no person box (kompas.com 2016: div.photo > img +
    span.author "Dok. ..." + the caption text)."""
    box = el.getparent()
    return box is not None and box.tag not in ("body", "html") and holds_image(box, w) \
        and not holds_image(el, w) and small(box, w) and not person_box(box, w)


def _line_fields(w: Work, i: int, own_el: Any, own: str) -> None:
    """The other names a by-line block prints beside the inline element the selector
    found (``<span class="author">Penulis: A</span> | <span>Editor: B</span> <time>``,
    one block): the text rule that reads the whole line (its ``editors`` group), else
    the rules that read the block's other inline elements one by one ("Editor: B").
    The element's own text alone never showed them. When the block's line is more than
    a by-line (its date printed after the names), the element's own text is read whole
    too: an element that holds both names (a regional news CMS of 2021-25, span.author
    around "Penulis : <a>A</a>" and "Editor : <a>B</a>", then time.date in the same
    line: code index file id 19053735566) names the editor in its text rule's
    ``editors`` group."""
    b = w.page.blocks[i]
    hit = w.match(b.text)
    parts = [hit] if hit is not None else []
    if hit is None and own and own != b.text and len(own) <= MAX_META_CHARS and (got := w.match(own)) is not None:
        parts.append(got)
    if hit is None and b.el is not None:
        for e in b.el.iterdescendants():
            if e is own_el or not isinstance(e.tag, str) or is_block_tag(e.tag) \
                    or any(a is own_el for a in e.iterancestors()):
                continue
            # Folded before it is measured: cut first, a run of layout white space
            # inside the element (a minified page keeps the indentation that begins a
            # text) made a long text look short, and the cut ended a name mid-word
            # ("Penulis : Rina Wulandari E", the editor's label cut to its initial).
            raw = text_content(e)
            if len(raw) > MAX_RAW_META_CHARS:
                continue
            text = fold_space(raw)
            if 0 < len(text) <= MAX_META_CHARS and (got := w.match(text)) is not None \
                    and not (got[0].field == "published" and update_stamp(e)):
                # (a date element marked as the update time, hAtom's ``time.updated`` in a
                # WordPress entry-meta row, is no publication date: tests/test_headless_pages.py)
                parts.append(got)
    for rule, m in parts:
        if rule.action != "field":
            continue
        if rule.field == "published" and (day := parse_date(rule.value(m))):
            # The date printed after the name in the by-line's line (ggwp.id 2019 mobile:
            # ``section.post-info > span.author > a`` "<name>", ``span`` " - ",
            # ``span.date`` "15 July 2019"; idnmedia/preview adproducts/preview/mobile/ggwp/
            # detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01): the story's date,
            # lost with the block the by-line took.
            w.add("published", day)
            continue
        found = ([(str(rule.field), rule.value(m))] if rule.field in ("authors", "editors") else []) \
            + rule.extra_fields(m)
        for name, value in found:
            if name in ("authors", "editors"):
                for n in split_names(value):
                    w.add(name, n)  # (the clean step tests the name: `cleaner.names.name_value`)


def _names_another(w: Work, text: str) -> bool:
    """The text rule that reads by-line line ``text`` whole names an editor too (its
    ``editors`` group: "Penulis : A Editor : B Senin, 3 November 2025 10:15 WIB", the
    by-line element's own text when it holds the names and the date)."""
    hit = w.match(text)
    return hit is not None and hit[0].action == "field" and any(
        name == "editors" for name, _ in hit[0].extra_fields(hit[1]))


def _names_from(w: Work, text: str, field_name: str) -> list[str]:
    """Names in a by-line box: through the text rules (``Pewarta: A dan B``), else the
    box's text when it is short and has no digits (a trailing ``- channel`` cut). A
    desk or team the box credits ("Tim detikcom - detikNews": news.detik.com 2026,
    div.detail__author, DonnyRZ/egi-media-crawl fixtures/detik/sample-article.html @
    fe3899ce09f979d63f69625c9c178147fd0f035b) names no person (`_desk_credit`), as
    the same credit in JSON-LD does not."""
    hit = w.match(text)
    if hit is not None:
        rule, m = hit
        # An "Editor: X" line inside a by-line box names an editor, not the writer.
        if rule.field == field_name and rule.action == "field":
            return [n for n in split_names(rule.value(m)) if is_name(n) and not _desk_credit(w, n)]
        return []
    if len(text) > 60 or NOT_A_NAME.search(text) or text.count(" ") > 5:
        return []
    return [n for n in split_names(CHANNEL_SUFFIX.sub("", BY_PREFIX.sub("", text, count=1)))
            if is_name(n) and not _desk_credit(w, n)]


def _desk_credit(w: Work, name: str) -> bool:
    """Whether a by-line box's ``name`` credits a desk or team, not a person: a name the
    text rules drop as a desk's sign-off ("Tim Redaksi", "Tim detikcom"), or, on a page
    in Indonesian, one `person_name` refuses ("Tim Liputan", "Redaksi Kabar": ``tim``
    is Indonesian for team; an English page's "Tim Smith" stays a writer)."""
    hit = w.match(name)
    if hit is not None and hit[0].kind == "signoff" and hit[0].action == "drop":
        return True
    return indonesian(w.page) and person_name(name, None) is None
