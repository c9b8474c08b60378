"""By-lines and writers: the date and by-line lines around the headline
(`header_fields`, `_head_byline`), writer boxes and avatar cards, credit lists, a
trailing sign-off's names, and a writer's name linked to a topic page.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import regex

from ..dates import parse_date
from ..fields import split_names
from ..names import is_name, person_name
from ..passes.tail import SIGNOFF_PART, signoff_fields
from ..passes.text import is_sentence_like
from ..segment import fold_space
from .elements import NOT_BYLINE_BOX, boxes_up, in_widget
from .meta import norm_words, title_parts
from .page_dates import machine_published, printed_date
from .pictures import PERSON_BOX, PERSON_BOX_MISSPELT
from .state import (
    BYLINE,
    DATE,
    DROP,
    LABEL_HEADINGS,
    LINKS,
    MAX_META_CHARS,
    META_WINDOW_AFTER,
    META_WINDOW_BEFORE,
    TRAILING_NAME,
    Work,
)
from .tags import text_content

if TYPE_CHECKING:
    from .parse import HtmlBlock


#: `avatar_card_name`: how many blocks under the headline the card may stand.
_CARD_WINDOW = 12


def avatar_card_name(w: Work, top: int, first: int) -> str | None:
    """The writer's name from an avatar card between the headline and the story, when
    neither a by-line label nor the page's metadata named one: a linked name whose link
    goes where a linked picture next to it goes, the picture's ``alt`` being that name
    (idntimes.com 2019: ``a[href=/nama] > img[alt=Nama]`` then ``a[href=/nama]`` "Nama"
    under the deck, no "Penulis" label; read as the page is when its ``<head>`` is
    gone). A name only (`is_name`): a related story's card links its picture and title
    alike. ``top``: the headline's block; ``first``: the story's first paragraph under
    it (longer than a deck or a by-line line)."""
    if not top < first <= top + _CARD_WINDOW:
        return None
    blocks = w.page.blocks
    for i in range(top + 1, first):
        el = blocks[i].el
        if el is None or not blocks[i].link_chars:
            continue
        for a in el.iter("a"):
            name = fold_space(text_content(a)[:100])
            href = a.get("href")
            if not href or not name or not is_name(name):
                continue
            box = a.getparent()
            for _ in range(_CARD_LEVELS):
                if box is None:
                    break
                if any(pic.get("href") == href and any(fold_space(img.get("alt") or "").lower() == name.lower()
                                                       for img in pic.iter("img"))
                       for pic in box.iter("a") if pic is not a):
                    return name
                box = box.getparent()
    return None


#: `avatar_card_name`: how many boxes above the name its picture's link may stand.
_CARD_LEVELS = 3

#: `writer_box_names`: a link to a writer's page (WordPress's ``/author/<slug>/``, the
#: Indonesian CMSes' ``/penulis/``, ``/kontributor/``, a member's ``/user/profil/``); a
#: string test each, whole path segments: a company directory's ``/firmen/profil-847-...``
#: links (a press service's list of issuers, iwr.de in the peer suite) are no writer's.
_WRITER_PAGE = ("/author/", "/authors/", "/penulis/", "/writer/", "/writers/", "/reporter/", "/kontributor/",
                "/contributor/", "/contributors/", "/profil/", "/profile/", "?author=")
#: The heading a writer box opens with ("TENTANG PENULIS", "About the author"): printed
#: over the box, it names no one.
_WRITER_BOX_LABEL = regex.compile(
    r"(?i)(?:tentang|profil|biodata) (?:penulis|kontributor|pengarang|author)|about (?:the )?(?:author|writer)s?"
    r"|(?:penulis|author|writer|ditulis oleh|written by)\s*:?")
#: A writer box's own heading, about its one writer ("Tentang Penulis", "About the
#: author"): a bare role word ("Penulis") heads a credits list too, whose lines may be
#: anything (`_unlinked_writer`).
_ABOUT_WRITER = regex.compile(
    r"(?i)(?:tentang|profil|biodata) (?:penulis|kontributor|pengarang|author)|about (?:the )?(?:author|writer)s?")
#: Words that make a link's text a button or a label ("Lihat semua tulisan", "View all
#: posts", "Profil", "Follow"), not the writer's name.
_NOT_WRITER_TEXT = regex.compile(
    r"(?i)\b(?:posts?|artikel|tulisan|semua|all|more|lainnya|selengkapnya|profil|profile|follow|ikuti|lihat|view"
    r"|tentang|about|penulis|author|writer|kontributor)\b")
#: A box's heading that lists other writers ("Penulis Lainnya", "Top Writers"): no writer box.
_OTHER_WRITERS = regex.compile(
    r"(?i)\b(?:lainnya|lain|populer|popular|terpopuler|other|top|more|rekomendasi|related|terkait|favorit)\b")
#: How far above the writer's link its box may start, how much text it may hold, how many
#: writers it may name.
_WRITER_BOX_LEVELS = 5
_WRITER_BOX_CHARS = 1500
_WRITER_BOX_NAMES = 6


def writer_box_names(w: Work, body: set[int]) -> list[str]:
    """The writers an author box under the story's start names, when the page names its
    writer nowhere else (no by-line, no metadata): the text of a link to the writer's
    page that is a whole line of its own (a name, not a bio's sentence nor a button's
    text), in a box about a person (its class or id says so and it holds a picture:
    duniaku.net 2019 ``div.writter-section`` "TENTANG PENULIS" > ``h5.title > a[href=
    /author/<slug>/]``; ggwp.id 2019 ``div.author-block`` "Tentang Penulis" > ``a.name
    [href=/author/<slug>/] > p``: fardiyadi/idnmedia2.github.io adproducts/preview/
    desktop/{duniaku,ggwp}/detail.html @ 123204aec725) or one a writer box's heading
    opens (`_WRITER_BOX_LABEL`). Never in a comment, a related or recommended box or a
    list of other writers (`NOT_BYLINE_BOX`, `_OTHER_WRITERS`), nor a box that also
    links a story's title (a teaser card). Each writer of a box of several."""
    blocks = w.page.blocks
    site = w.page.metas.get("og:site_name") or w.page.url
    names: list[str] = []
    label: HtmlBlock | None = None  # the writer box's heading right above, when it is
    # The first link under each block's element, looked for once per element: the lines
    # of one element (a div's thousands of <br> lines) share it, and searching the
    # element's whole subtree again for each line was quadratic in them.
    first_links: dict[Any, Any] = {}
    for b in blocks[min(body) + 1:]:
        under, label = label, None
        if b.el is not None and len(b.text) <= 60 and _ABOUT_WRITER.fullmatch(b.text):
            label = b
            continue
        if (b.index in body and b.index not in w.verdicts) or b.el is None or len(b.text) > 60:
            continue  # (a story's own line; the box's lines a stage took count)
        a = b.el if b.el.tag == "a" else first_link(b.el, first_links)
        if a is None:
            a = next(b.el.iterancestors("a"), None)
        href = (a.get(b"href") or "").lower() if a is not None else ""
        if not href and under is not None and _unlinked_writer(w, under, b, site):
            if b.text not in names:
                names.append(b.text)
            continue
        if not href or not any(t in href for t in _WRITER_PAGE):
            continue
        name = fold_space(text_content(a)[:100])
        if name != b.text or _NOT_WRITER_TEXT.search(name) or person_name(name, site) is None:
            continue
        if name not in names and _in_writer_box(w, a):
            names.append(name)
            if len(names) >= _WRITER_BOX_NAMES:
                break
    return names


def first_link(el: Any, seen: dict[Any, Any]) -> Any:
    """The first ``<a>`` under ``el`` (or None), searched for once per element and kept in
    ``seen`` (`writer_box_names`: the lines of one element share their element's link)."""
    if el in seen:
        return seen[el]
    a = seen[el] = next(el.iter("a"), None)
    return a


def _unlinked_writer(w: Work, label: HtmlBlock, b: HtmlBlock, site: str | None) -> bool:
    """Block ``b``, right under a writer box's heading (``label``: "Tentang Penulis"), is
    the writer's name printed with no link (a box whose name is a heading or a paragraph:
    ``<div class="author-box"><h4>Tentang Penulis</h4><p>Nama</p><p>bio</p></div>``): a
    name alone (`person_name`, no button's or label's word), both lines in one box that
    holds no story's title link (`_in_writer_box`'s tests, from the name's element)."""
    if _NOT_WRITER_TEXT.search(b.text) or person_name(b.text, site) is None or b.el is None or label.el is None:
        return False
    box = b.el.getparent()
    for _ in range(_WRITER_BOX_LEVELS):
        if box is None or box.tag in ("body", "html"):
            return False
        if any(e is label.el for e in box.iter(label.el.tag)):
            return not in_widget(w, box, NOT_BYLINE_BOX) and not _OTHER_WRITERS.search(label.text)
        box = box.getparent()
    return False


def _in_writer_box(w: Work, a: Any) -> bool:
    """Whether the writer's link ``a`` stands in an author box (`writer_box_names`)."""
    e = a
    for _ in range(_WRITER_BOX_LEVELS):
        e = e.getparent()
        if e is None or e.tag in ("body", "html"):
            return False
        words = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        head = next((t for t in (fold_space(p) for p in itertools.islice(e.itertext(), 20)) if t), "")
        classed = bool(PERSON_BOX.search(words) or PERSON_BOX_MISSPELT in words) \
            and next(e.iter("img"), None) is not None
        if not classed and not _WRITER_BOX_LABEL.fullmatch(head):
            continue
        if _OTHER_WRITERS.search(head) or in_widget(w, e, NOT_BYLINE_BOX):
            return False
        n = 0
        for piece in e.itertext():
            n += len(piece)
            if n > _WRITER_BOX_CHARS:
                return False
        return not any(len(fold_space(text_content(other)[:100])) > 40
                       and not any(t in (other.get(b"href") or "").lower() for t in _WRITER_PAGE)
                       for other in e.iter("a"))
    return False


def trailing_name(w: Work, body: set[int]) -> None:
    """The story's last block, when it is a bold ALL-CAPS name of up to four words
    (Tempo's reporter line ``DINI TEJA``), or ALL-CAPS names and agencies joined by
    ``|`` (Tempo 2017: ``NAMA PENULIS | ANTARA``): a sign-off, not story text. Its
    names are the writers (when no by-line names them), an agency is the source."""
    live = [i for i in sorted(body) if i not in w.verdicts]
    if not live:
        return
    b = w.page.blocks[live[-1]]
    parts = [p.strip() for p in b.text.split("|")]
    if len(parts) == 1 and not b.bold:
        return
    if len(parts) > 3 or not all(SIGNOFF_PART.fullmatch(p) for p in parts):
        return
    if len(parts) == 1 and w.hit(b.index) is not None:
        return
    got = signoff_fields(w.ruleset, parts)
    if got is None:
        return
    names, sources = got
    for source in sources:
        w.add("source", source)
    w.take(b.index, TRAILING_NAME)
    if names and not w.trailing_names:
        w.trailing_names = names


# ---- stage: date and by-line around the headline ------------------------------------

#: `credit_lists`: the tags of a role's heading, and the most names its list gives.
_CREDIT_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt"})
_CREDIT_MAX_NAMES = 10


def credit_lists(w: Work) -> None:
    """A credits box that heads each role with a heading of its own over a list of the
    people (``<h6>Penulis</h6><ul><li>A</li><li>B</li></ul><h6>Editor</h6><ul>...``):
    the writers and editors, when no by-line gave them. interaktif.tempo.co 2019-20
    prints its projects' credits so in the footer, under the story and no by-line above
    it (ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54: footer div.conde-links > div.worldwide >
    h6 + ul > li, "Pimpinan Proyek", "Penulis", "Editor", "Multimedia", "Video"); a
    credits page of any site heads its lists the same way. The role is a text rule's
    label (``Penulis``, ``Editor``: `byline-label`, `editor-label`); every item of the list
    right after the heading must be printed as a name (capitalised words, `_PRINTED_NAME`)
    and read as one (`is_name`), or the list is no credit."""
    want = {f for f in ("authors", "editors") if not w.fields.has(f)}
    if not want:
        return
    blocks = w.page.blocks
    for i, b in enumerate(blocks):
        el = b.el
        if el is None or el.tag not in _CREDIT_HEADINGS or len(b.text) > MAX_META_CHARS:
            continue
        hit = w.hit(i)
        if hit is None or hit[0].action != "label" or hit[0].field not in want:
            continue
        items = el.getnext()
        if items is None or items.tag not in ("ul", "ol"):
            continue
        names = [fold_space(text_content(li)[:200]) for li in items.iter("li")]
        if not names or len(names) > _CREDIT_MAX_NAMES \
                or not all(_PRINTED_NAME.fullmatch(n) and is_name(n) for n in names):
            continue
        field = str(hit[0].field)
        for n in names:
            w.add(field, n)
        want.discard(field)
        w.verdicts[i] = BYLINE
        for j in range(i + 1, min(len(blocks), i + 1 + len(names))):
            if blocks[j].text in names:
                w.verdicts[j] = BYLINE
        if not want:
            return


#: `header_fields`: the longest block in the story's box read as a by-line label alone
#: ("Author", "Editor", "Penulis :"); the story's other short lines are not asked.
_MAX_LABEL_CHARS = 24


#: `_card_byline`: how far up from a by-line a teaser card's box may be.
_CARD_BYLINE_LEVELS = 3


def _card_byline(el: Any) -> bool:
    """Whether by-line element ``el`` (below the story) is a teaser card's: a box a few
    levels up holds a linked heading, another story's title, that ``el`` is not part
    of. ggwp.id 2019, an IDN Media site: "Artikel Terkait" cards under the story, each
    ``div.related-box`` an image link, ``a.link > h2.post-title`` and ``p.meta`` "By <a
    class=author>Name</a> - <time>5 July 2019</time>" (fardiyadi/idnmedia2.github.io
    adproducts/preview/desktop/ggwp/detail.html @ 123204aec725); their writers were
    read as the story's."""
    if el is None:
        return False
    for up in boxes_up(el, _CARD_BYLINE_LEVELS):
        for h in up.iter("h2", "h3", "h4"):
            if h is el or el in h.iterancestors():
                continue
            if next(h.iterancestors("a"), None) is not None or next(h.iter("a"), None) is not None:
                return True
    return False


def header_fields(w: Work, body: set[int], headline: int | None, first: int, last: int) -> None:
    """Outside the container, near the article: the printed date nearest the headline,
    and lines the text rules read as by-line, editor or source (``Pewarta: ...``,
    ``Red: ...``, ``Sumber : Antara``), with their labels' values printed after or
    before them (``Editor`` / name, name / ``Editor`` / ``Follow``)."""
    blocks = w.page.blocks
    anchor = headline if headline is not None else first
    lo = max(0, min(anchor, first) - META_WINDOW_BEFORE)
    hi = min(len(blocks), last + 1 + 12)
    if not w.fields.has("published"):
        printed_date(w, body, anchor)
    # An editorial team's list comes after the story, below its tags and share bars.
    far = min(len(blocks), last + 1 + META_WINDOW_AFTER)
    head = _story_head(w, body, headline)
    opening = min(body) if body else -1
    i = lo
    while i < far:
        b = blocks[i]
        # A date line the printed-date stage took may print the writer before the date
        # ("Nama, Jurnalis-Jum'at, 24 Juli 2026 |15:18 WIB": okezone 2026's journalist
        # line on a page with no date meta): its by-line rule still names the writer.
        dated = w.verdicts.get(i) == DATE
        # A credit line right under the story in a box the drop selectors took (the
        # story's own ``<footer>``: antaranews.com's regional template 2022,
        # footer.post-meta > div.tags-wrapper "Pewarta: A<br>Editor : B<br>COPYRIGHT ©
        # ANTARA 2023", its body kept in a project's SQL dump, code index file id
        # 9562923181): a by-line rule's names are read, as over a date line.
        foot = last < i < hi and w.verdicts.get(i) == DROP
        # (the body's first block printing a by-line's bold names alone: `_bold_byline`)
        inside = i in body and i not in head and not (i == opening and _bold_byline(b, w.hit(i)))
        if (i in w.verdicts and not dated and not foot) \
                or len(b.text) > (_MAX_LABEL_CHARS if inside else MAX_META_CHARS) or i == headline:
            i += 1
            continue
        hit = w.hit(i)
        # In the story's box past its head, only a by-line or editor label alone on its
        # block whose names stand outside the story (a credits list under the story:
        # liputan6.com 2015-16's ul of li.role "Author" / "Editor", each over the linked
        # names, which the story's box leaves out as links): the label's value is read.
        if inside and (hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors")):
            i += 1
            continue
        if (dated or foot) and (hit is None or hit[0].action != "field" or hit[0].field not in ("authors", "editors")):
            i += 1
            continue
        if i in body and (hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors")) \
                and (inside or i in head):
            i += 1
            continue
        if i >= hi and (hit[0].field if hit is not None else "editors") != "editors":
            i += 1
            continue
        if hit is None:
            _name_role(w, i, "editors" if i >= hi else None)
        elif hit[0].field in ("authors", "editors", "source"):
            rule, m = hit
            if rule.action == "field" and rule.field == "authors" and (
                    names_linked_to_a_topic(b.el, rule, m) or (i > last and _card_byline(b.el))):
                i += 1
                continue
            if rule.action == "field":
                names = [rule.value(m)] if rule.field == "source" else split_names(rule.value(m))
                for name in names:
                    w.add(rule.field, name)
                for extra, value in rule.extra_fields(m):  # "Rep: A/ Red: B": B the editor
                    for name in split_names(value) if extra in ("authors", "editors") else ():
                        w.add(extra, name)
                w.take(i, BYLINE)
            elif rule.action == "label":
                got = _label_value(w, i, body, lo, far, head)
                if got is not None:
                    j, names = got
                    for n in names:
                        w.add(rule.field, n)
                    w.take(i, BYLINE)
                    for k in range(i + 1, j + 1) if j > i else (j,):
                        w.verdicts[k] = BYLINE  # (a linked name the link-list stage took too)
                    i = max(i, j)
        i += 1
    if headline is not None and (not w.fields.has("authors") or w.byline_at > first):
        _head_byline(w, body, headline)


def _bold_byline(b: Any, hit: tuple[Any, Any] | None) -> bool:
    """Block ``b``, which a by-line rule reads by its names' shape alone ("Nama -
    detikNews", no by-line word), prints those names bold and alone (``<strong>Nama</strong>
    - detikNews``): markup no headline has. detik.com 2012 opens its story's element so
    (a project's SQL dump of copied pages, code index file id 17980597397: ``<p><strong>
    Nama</strong> - detikNews <strong><br /></strong></p>`` over ``<p><strong>Garut
    </strong> - ...``); its text is a short headline's with the site after a dash, which a
    text scrape prints as its first line, and stayed the title."""
    if hit is None:
        return False
    rule, m = hit
    if rule.action != "field" or rule.field != "authors" or "value" not in rule.pattern.groupindex \
            or m.start("value") != 0 or b.el is None:
        return False
    value = fold_space(rule.value(m))
    return any(fold_space(text_content(e)[:200]) == value for e in b.el.iter("strong", "b"))


#: `_head_byline`: a link to a writer's page, by its path's first part (``/penulis/rina``,
#: ``/author/rina``, ``/reporter/...``, ``/profile/...``: okezone.com 2018-20's
#: ``div.namerep > a[href*=/penulis/]``, tirto.id 2026's ``a.reporter-name[href^=/author/]``).
_WRITER_PATH = regex.compile(
    r"(?i)^(?:https?://[^/?#]{1,200})?/(?:[\w-]{1,40}/)?(?:penulis|author|authors|reporter|wartawan|jurnalis|"
    r"pewarta|kontributor|writer|profile|profil)/[^/?#\s]")
#: ... and a name printed as a person's: each word capitalised (``Rina Wulandari``,
#: ``RINA WULANDARI``, ``Rina van Dijk``), four words at most.
_PRINTED_NAME = regex.compile(r"\p{Lu}[\p{L}'.-]{0,30}(?: (?:\p{Ll}{1,4} )?\p{Lu}[\p{L}'.-]{0,30}){0,3}")
#: ... the blocks over the story's first paragraph it reads, from the headline on.
_HEAD_BYLINE_BLOCKS = 6
_SPACES = regex.compile(r"\s+")


def _head_byline(w: Work, body: set[int], headline: int) -> None:
    """The writers printed between the headline and the story's first paragraph when
    no rule named them (a layout whose by-line is told by its class alone): the names of
    links to a writer's page (`_WRITER_PATH`), else a line whose elements print a name
    list and a date side by side (``<span>Rina Wulandari</span><span>3/11/2025
    16:32</span>``: mediaindonesia.com 2026's ``div.date-author``). Only short lines no
    caption, related or tag stage took; the line leaves the story as a by-line. When a
    selector named the writers already (a by-line box after the story: a theme's
    ``div#author_area`` whose ``a[rel=author]`` is read first), a line over the story that
    names the same writers is still their by-line and leaves the story (asked only when
    that box lies below the story's first block)."""
    from .container import is_running

    named = w.fields.get("authors")
    blocks = w.page.blocks
    start = next((i for i in sorted(body) if i > headline and i not in w.verdicts and is_running(blocks[i])
                  and is_sentence_like(blocks[i].text)), None)
    if start is None:
        return
    for i in range(headline + 1, min(start, headline + 1 + _HEAD_BYLINE_BLOCKS)):
        b = blocks[i]
        if b.el is None or len(b.text) > MAX_META_CHARS or w.verdicts.get(i, LINKS) not in (LINKS, DATE, DROP):
            continue
        hit = w.hit(i)
        if hit is not None and hit[0].field in ("editors", "source"):
            continue  # an editor's line ('Editor: <a href=/penulis/...>'): no writer
        names = _writer_links(b.el, b.text) if b.link_chars else []
        # The writer's link and the date printed in one line ("<a href=/penulis/rina>Rina
        # Sari</a> <span>Selasa, 11 Oktober 2022 | 08:00 WIB</span>"): the date, with its
        # time, is the line's too (the block leaves as a by-line, and no date stage reads it).
        # (A page's machine date, when it has one, is the date: the fallbacks fill it.)
        date = parse_date(b.text) if names and not w.fields.has("published") else None
        date = date if date and "T" in date and not machine_published(w) else None
        if not names and not b.link_chars \
                and _SPACES.sub("", text_content(b.el)[:MAX_META_CHARS * 2]) == _SPACES.sub("", b.text):
            # (only a block that is its element's whole text: not a box's leftover line)
            names, date = _name_beside_date(b.el)
        if names and named:
            if all(n in named for n in names) and i in body:
                w.verdicts[i] = BYLINE
            return
        if names:
            for name in names:
                w.add("authors", name)
            if date and not w.fields.has("published"):
                w.add("published", date)
            if i in body:
                w.verdicts[i] = BYLINE
            return


#: `names_linked_to_a_topic`: a link to a tag's, a topic's or a rubric's page.
_TOPIC_PATH = regex.compile(
    r"(?i)^(?:https?://[^/?#]{1,200})?(?:/[\w.-]{1,40}){0,2}/(?:tag|tags|topic|topics|topik|kategori|category|"
    r"categories|rubrik|kanal|channel|section|label)/")


def names_linked_to_a_topic(el: Any, rule: Any, m: Any) -> bool:
    """A line a rule reads as its writers from the names' shape alone (no by-line label
    before them: "Nama Senin, 12 Mei 2025 10:15 WIB") whose names are printed as a link
    to a tag's or a rubric's page (`_TOPIC_PATH`: ``<a href=/tag/nelayan>Nelayan
    Pesisir</a> <span>Selasa, ...</span>``, a topic beside the date): no writer's."""
    if el is None or "value" not in rule.pattern.groupindex or m.start("value") != 0:
        return False
    value = m.group("value") or ""
    for a in el.iter("a"):
        text = fold_space(text_content(a)[:100]).strip(" ,")
        if text and text in value and _TOPIC_PATH.match((a.get(b"href") or "").strip()):
            return True
    return False


def _writer_links(el: Any, printed: str) -> list[str]:
    """The names of ``el``'s links to a writer's page (`_WRITER_PATH`) that its block
    prints (``printed``)."""
    names = []
    for a in el.iter("a"):
        text = fold_space(text_content(a)[:100]).strip(" ,")
        if text and text in printed and _WRITER_PATH.match((a.get(b"href") or "").strip()) \
                and _PRINTED_NAME.fullmatch(text) and is_name(text):
            names.append(text)
    return names


def _name_beside_date(el: Any) -> tuple[list[str], str | None]:
    """A line of two or three child elements, one a printed date (and a time) and the
    others a name list (`_PRINTED_NAME` each, two words or more): the names and the date."""
    children = [c for c in el if isinstance(c.tag, str)]
    if any(c.tag in LABEL_HEADINGS for c in children):
        return [], None
    if not 2 <= len(children) <= 3 or (el.text or "").strip():
        return [], None
    names: list[str] = []
    date = None
    for c in children:
        text = fold_space(text_content(c)[:100])
        value = parse_date(text) if any(ch.isdigit() for ch in text) else None
        if value and date is None:
            date = value
            continue
        parts = split_names(text)
        if not parts or not all(" " in n and _PRINTED_NAME.fullmatch(n) and is_name(n) for n in parts):
            return [], None  # (one word beside a date is a section's name more often than a writer's)
        names.extend(parts)
    return (names, date) if date and names else ([], None)


def _story_head(w: Work, body: set[int], headline: int | None) -> set[int]:
    """The container's blocks between the headline and the story's first running
    paragraph: a container chosen by density on a layout no selector knows may hold
    the headline's box (deck, by-line, date) over the story."""
    from .container import is_running

    if headline is None:
        return set()
    blocks = w.page.blocks
    start = next((i for i in sorted(body) if i > headline and i not in w.verdicts and is_running(blocks[i])), None)
    return {i for i in body if headline < i < start} if start is not None else set()


def _names_at(w: Work, j: int, body: set[int], lo: int, hi: int, head: frozenset[int] | set[int],
              titles: set[str]) -> list[str]:
    """The names block ``j`` prints, for `_label_value`: a short block in ``lo..hi``
    outside the story (or in its ``head``) that no rule reads, not the headline (an
    ``h1``, or a line one of the metadata ``titles`` prints), each of its parts a name;
    else none."""
    blocks = w.page.blocks
    if not lo <= j < hi or (j in body and j not in head) or w.verdicts.get(j, LINKS) != LINKS \
            or len(blocks[j].text) > 60 or w.hit(j) is not None \
            or (blocks[j].el is not None and blocks[j].el.tag == "h1") or norm_words(blocks[j].text) in titles:
        return []
    names = split_names(blocks[j].text)
    return names if names and all(is_name(n) for n in names) else []


def _label_value(w: Work, i: int, body: set[int], lo: int, hi: int,
                 head: frozenset[int] | set[int] = frozenset()) -> tuple[int, list[str]] | None:
    """The block that a by-line or editor label at ``i`` names, and its names: the
    next block, else the one before (a name printed above its role, with a follow
    button after it); only a short block outside the story (or in its ``head``, above
    its first paragraph) that no rule reads, and not the headline (an ``h1``, or a line
    that a metadata title prints). A name the link-list stage took (a linked name,
    with a linked date under it) is still the label's: a list takes no field."""
    blocks = w.page.blocks
    titles = title_parts(w.page.titles)
    after = _names_at(w, i + 1, body, lo, hi, head, titles)
    before = _names_at(w, i - 1, body, lo, hi, head, titles)
    # "A / Editor / B / Editor", "A / Penulis / B / Editor" (kompas.com 2025's credits
    # list): names above their roles, though the next is a name too.
    label, third = w.hit(i), w.hit(i + 2) if i + 2 < hi else None
    role_after = bool(before and after) and label is not None and third is not None \
        and third[0].action == "label" and third[0].field in ("authors", "editors")
    if after and not role_after:
        # One element a name, the list's comma printed with each name but the last
        # (kompas.com 2020-26's credit box: <p>Penulis</p> then a div.credit-title-nameEditor
        # a name, "Nama Satu," over "Nama Dua"), or the label and each name an item of one
        # list (liputan6.com 2015-16's credits: li.role "Author", then an li a name): the
        # label names them all.
        j = i + 1
        while j + 1 < hi and (blocks[j].text.rstrip().endswith(",")
                              or _list_items(blocks[i], blocks[i + 1], blocks[j + 1])):
            more = _names_at(w, j + 1, body, lo, hi, head, titles)
            if not more:
                break
            j += 1
            after = after + more
        return j, after
    if before:
        return i - 1, before
    return None


def _list_item(el: Any) -> Any:
    """``el``'s list item: itself or its nearest ``li`` ancestor (three levels up at
    most: a linked name in an ``li``), or ``None``."""
    for _ in range(4):
        if el is None or el.tag == "li":
            return el
        el = el.getparent()
    return None


def _item_shape(li: Any) -> tuple[Any, ...]:
    """A list item's shape: its class and its children's tags and classes."""
    return (li.get("class"), *((c.tag, c.get("class")) for c in li if isinstance(c.tag, str)))


def _list_items(label: HtmlBlock, first: HtmlBlock, block: HtmlBlock) -> bool:
    """``block`` is another item of the list whose items print ``label`` and its
    ``first`` name, shaped as that name's item (a credits list: each name an ``li >
    a``; a place or a date printed as an item of another shape is no name of it)."""
    a, f, b = _list_item(label.el), _list_item(first.el), _list_item(block.el)
    return a is not None and f is not None and b is not None and a is not b and f is not b \
        and a.getparent() is b.getparent() is f.getparent() and _item_shape(b) == _item_shape(f)


def _name_role(w: Work, i: int, only: str | None) -> None:
    """A block printing a linked name and its role after it (``<a>Nama</a> Editor``,
    an editorial team's list): the name goes to the role's field (when it is ``only``,
    if given)."""
    b = w.page.blocks[i]
    if b.el is None or not b.link_chars:
        return
    links = [t for t in (fold_space(text_content(a)[:100]) for a in b.el.iter("a")) if t and b.text.startswith(t)]
    if len(links) != 1:
        return
    role = b.text[len(links[0]):].strip()
    hit = w.match(role) if role else None
    if hit is None or hit[0].action != "label" or hit[0].field not in ("authors", "editors") \
            or only not in (None, hit[0].field):
        return
    if hit[0].field == "authors" and w.fields.has("authors"):
        return  # a writer named in a list after the story's own by-line: another's
    names = [n for n in split_names(links[0]) if is_name(n)]
    for n in names:
        w.add(hit[0].field, n)
    if names:
        w.take(i, BYLINE)
