"""Related and tag lists: the outlet's list selectors (`selector_lists`), tag links,
runs of links under a label or after the story (`read_link_lists`), "Baca juga" lines
(`labelled_links`), and the parts of a link card.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import regex

from ..segment import fold_space
from .elements import WIDGET, in_widget, label_field, same_site, window
from .fallbacks import printed_keywords
from .index_pages import MAX_CHANNEL_WORDS
from .meta import is_stamp, is_title
from .state import (
    BYLINE,
    DATE,
    DROP,
    LABEL_HEADINGS,
    LETTER,
    LINK_LIST_DENSITY,
    LINKS,
    LIST_VERDICTS,
    MAX_META_CHARS,
    META_WINDOW_AFTER,
    OUTSIDE,
    RELATED,
    TAGS,
    TOPIC_HREF,
    WIDGET_KINDS,
    Work,
    printed_links,
    topic_links,
)
from .tags import is_block_tag, text_content, within_tag

if TYPE_CHECKING:
    from .parse import HtmlBlock


#: `selector_lists`: the link density up to which a line holding a matched link is prose.
_PROSE_LINKS = 0.5


#: A selector opening on a class test by substring (``[class*=related] li``): the word.
_CLASS_BOX_SELECTOR = regex.compile(r"\[class\*=([\w-]+)\] ")


def _classed_below_body(el: Any, word: str) -> bool:
    """Whether ``el`` or an ancestor under ``<body>`` has a class holding ``word``: a
    WordPress page's ``<body>`` class holds its post's slug ("single-post ...
    bvi-premier-...-on-drug-related-charges", thestkittsnevisobserver.com 2022; zfk.de
    2023's "pageLayout--related", peer suite), so ``[class*=related] li`` took every menu
    item of the page for a related title."""
    e = el
    while e is not None and e.tag not in ("body", "html"):
        if word in (e.get(b"class") or ""):
            return True
        e = e.getparent()
    return False


def selector_lists(w: Work, lo: int, hi: int, *, own: bool) -> None:
    """``[html]`` related and tags selectors, for elements in blocks ``lo`` to ``hi``:
    the link text of each match goes to the field. ``own``: only the selectors the
    outlet's files add (else only the base's: `HtmlRules.is_base`)."""
    from .parse import visible_text

    site_items: set[int] = set()  # related matches under a most-read list's label
    page_classes: str | None = None  # the <html> and <body> classes, read on a class selector's match
    # Tags first: a box classed both ways ("tags-terkait") is a tag list.
    for key, rule, name in (("tags", TAGS, "tags"), ("related", RELATED, "related")):
        for s in w.sel[key]:
            if s.base == own:  # (`HtmlRules.is_base`, read with the rule set)
                continue
            word = m.group(1) if (m := _CLASS_BOX_SELECTOR.match(s.source)) else None
            for el in w.page.select(s):
                if in_widget(w, el):
                    continue
                if word is not None:
                    if page_classes is None:
                        tops = (w.page.root, w.page.root.find("body"))
                        page_classes = " ".join((e.get(b"class") or "")[:1000] for e in tops if e is not None)
                    if word in page_classes and not _classed_below_body(el, word):
                        continue  # the page's own class names it ("...-drug-related-charges"): no box
                # A box the selector names as related or tags beats the guess that
                # its links are navigation.
                linked = not is_block_tag(el.tag)
                # A tag's link in the by-line's own line ("... von <a rel=author>kj</a> in
                # <a rel="category tag">SVG</a> ... Schlagworte: <a rel=tag>StGB 12</a>":
                # WordPress's entry-meta footer, one block the by-line stage took) still
                # names a tag; the line stays the by-line's. A theme that marks the post's
                # category link rel=tag there too ("Gepostet von A | <a href=/category/wohnen/
                # rel=tag>Wohnen</a>") names its rubric, no tag.
                idx = [i for i in window(w, el, lo, hi) if w.verdicts.get(i, DROP) in (DROP, OUTSIDE, LINKS, rule)
                       or (linked and name == "tags" and w.verdicts.get(i) == BYLINE
                           and not _RUBRIC_PATH.search((el.get(b"href") or "")[:300]))]
                if not idx:
                    continue
                if name == "related" and _under_site_list_label(w, idx[0], site_items):
                    site_items.update(idx)
                    continue
                if linked:  # a link: its own text, not its line's
                    if name == "tags" or not _shop_links(el):
                        w.add(name, visible_text(el)[:300], idx[0])
                    # A line of running text that links a word to its topic page (a
                    # story paragraph's rel=tag link) gives the value and stays.
                    idx = [i for i in idx if w.page.blocks[i].link_density > _PROSE_LINKS
                           and w.verdicts.get(i) != BYLINE]
                else:
                    for i in idx:
                        b = w.page.blocks[i]
                        if b.link_chars and name == "related" and b.el is not None and _in_titled_card(b.el):
                            # a card's picture credit or summary beside its title heading
                            # (zfk.de 2022's "Mehr zum Thema": a.basicTeaser__wrapper round
                            # a figcaption's "Bild: © ...", h3.basicTeaser__title and
                            # p.basicTeaser__text; peer suite): no title of its own
                            continue
                        if b.link_chars and name == "related" and _shop_links(b.el):
                            continue  # a magazine's "order" and "read digitally" buttons: a shop widget's
                        if b.link_chars:
                            for text in _link_texts(b) if name == "tags" else [_title_text(b)]:
                                w.add(name, text, i)
                for i in idx:
                    w.verdicts[i] = rule


#: `_shop_links`: an address on a shop's or a kiosk's host (a word of its name: "shop.",
#: "-kiosk.", "store."), as a related box's buttons to buy an issue point.
_SHOP_HOST = regex.compile(r"(?i)^(?:https?:)?//[^/?#]*?\b(?:shop|store|kiosk)\b")


def _shop_links(el: Any) -> bool:
    """Whether every link of block element ``el`` points to a shop (`_SHOP_HOST`): SPEC's
    related list holds no shop widgets. blinker.de 2022 (peer suite, blinker.de-Rostock.html)
    prints its magazine's cover in the box its theme classes ``related-posts-extended``
    under the story, with ``div.mag_links > ul > li > a`` "Magazin Bestellen" to
    ``shop.<publisher>.de`` and "Magazin Digital Lesen" to a kiosk's site: both were
    related titles."""
    if el is None:
        return False
    hrefs = [(a.get("href") or "")[:300] for a in itertools.islice(el.iter("a"), _SHOP_LINKS_READ)]
    return bool(hrefs) and all(_SHOP_HOST.match(h.strip()) for h in hrefs)


#: `_shop_links`: the most links of a block read.
_SHOP_LINKS_READ = 4


#: `selector_lists`: a link to a rubric's page (the post's category), no tag's.
_RUBRIC_PATH = regex.compile(r"(?i)/(?:category|categories|kategori|rubrik|kanal|channel|section)/")

#: `href_tags`: a link to a site's tag or topic page ("/tag/surabaya", "/topic/1/literasi") ...
_TAG_HREF = regex.compile(r"/(?:tags?|topics?|topik|label|hashtag)/[^/?#\s]")
#: ... in the boxes right under the story: at most this many blocks after its last paragraph.
_TAG_WINDOW = 12
#: ... and in no ``<aside>`` (a site-wide trending bar) up to this many levels above.
_TAG_BOX_LEVELS = 6


def href_tags(w: Work, body: set[int]) -> None:
    """The story's tags when no selector or label gave them, whatever their boxes are
    called: the first run of link lines under the story's last paragraph (within
    `_TAG_WINDOW` blocks) whose every link goes to a tag or topic page (`_TAG_HREF`:
    tribunnews 2024's h5 > a[href=/tag/...], kumparan 2026's li > a[href=/topic/...],
    majalah.tempo.co 2022's div > a[href=.../tag/...], bisnis 2025's li > a[href=/topic/N/...]
    read with their names taken away; ablation31). A story line that links a word to its
    topic page is running text, no such line; a widget's box (`in_widget`) or an aside's
    is none; a page whose keyword metas it prints as links gets those (`printed_keywords`)."""
    from .container import is_running

    if w.fields.has("tags"):
        return
    blocks = w.page.blocks
    # The story's last paragraph: the last body block, from the end, that reads so.
    last = next((i for i in sorted(body, reverse=True) if i not in w.verdicts and is_running(blocks[i])
                 and blocks[i].link_density <= _PROSE_LINKS), None)
    if last is None:
        return
    run: list[tuple[int, list[str]]] = []
    for i in range(last + 1, min(len(blocks), last + 1 + _TAG_WINDOW)):
        b = blocks[i]
        texts = _tag_links(b) if b.el is not None and b.link_density > LINK_LIST_DENSITY \
            and w.verdicts.get(i, DROP) in (DROP, OUTSIDE, LINKS) else []
        # The box tests climb and search class names: asked of tag links only (few
        # blocks' links all go to tag pages), not of every link block under the story.
        if texts and (in_widget(w, b.el) or within_tag(b.el, "aside", _TAG_BOX_LEVELS)):
            texts = []
        if texts:
            run.append((i, texts))
        elif run:
            break
    if not run or printed_keywords(w):
        return  # (the page's keyword metas that it prints as links give the tags, in their order)
    for i, texts in run:
        for text in texts:
            w.add("tags", text, i)
        w.verdicts[i] = TAGS


def _tag_links(b: HtmlBlock) -> list[str]:
    """The texts of block ``b``'s links when every one goes to a tag or topic page. A
    bare "#" button opening the bar is its label, no link of the list (duniaku.net 2019,
    an IDN Media site: ``a.button.is-active`` "#" with an empty href, then the tag buttons
    to /tag/ pages; fardiyadi/idnmedia2.github.io adproducts/preview/desktop/duniaku/
    detail.html @ 123204aec725)."""
    texts = []
    for a in b.el.iter("a"):
        text = fold_space(text_content(a))
        if not text or text == "#":
            continue
        if not _TAG_HREF.search((a.get(b"href") or "")[:500]):
            return []
        texts.append(text[:300])
    return texts


# ---- stage: link lists --------------------------------------------------------------

def _own_pointer(b: HtmlBlock) -> bool:
    """Whether block ``b`` ends in its one link after a label and a colon (``Pilihan
    Editor: <a>title</a>``, ``Baca juga: <a>title</a>``): a line that points to one
    story, its title printed on it, not a label over a list of titles."""
    links = printed_links(b)
    if len(links) != 1:
        return False
    title = links[0][1]
    return b.text.endswith(title) and b.text[: len(b.text) - len(title)].rstrip().endswith(":")


def _hrefless_link(b: HtmlBlock) -> bool:
    """Whether block ``b`` is one ``<a>`` with no href: a styled label, a link to nothing."""
    el = b.el
    if el is None:
        return False
    a = el if el.tag == "a" else None
    if a is None:
        links = list(itertools.islice(el.iter("a"), 2))
        a = links[0] if len(links) == 1 else None
    return a is not None and a.get(b"href") is None and fold_space(text_content(a)) == b.text


def _under_site_list_label(w: Work, i: int, site_items: set[int]) -> bool:
    """Whether related match ``i`` is an item of a most-read or trending list: the
    label above its run of items (walking back over items already taken, or already
    found to be such a list's) is a list label by the text rules whose words are a
    widget's (`WIDGET`: "Terpopuler", "Most Read"). A box whose class says related
    may print such a label (viva 2016: section.video-terkait under "FOTO
    TERPOPULER"). "Berita Lainnya" is no such label: antara 2015 prints its related
    stories under it."""
    for j in range(i - 1, max(-1, i - _MAX_LABEL_WALK), -1):
        if j in site_items:
            return True
        hit = w.hit(j)
        if hit is not None:
            text = w.page.blocks[j].text
            return len(text) <= MAX_META_CHARS and hit[0].kind == "related" and hit[0].action == "block" \
                and bool(WIDGET.search(text))
        if w.verdicts.get(j) != RELATED:
            return False
    return False


#: `_under_site_list_label`: blocks walked back from an item to find its list's label.
_MAX_LABEL_WALK = 40


def read_link_lists(w: Work, body: set[int], start: int, first: int, last: int) -> None:
    """Runs of link blocks, from ``start`` (the block after the headline: a topic list
    may sit above the story) on. After a label the text rules know (``Baca Juga``,
    ``Berita Terkait``, ``Topik``) their titles go to that label's field, inside the
    story or up to `META_WINDOW_AFTER` blocks after it (an item may add its time
    stamp to the link, or print its date in a block above it); a linked heading like
    the label's own opens the next box; a block that carries its own label (``Baca
    Juga: <a>title</a>``, ``Tag: <a>a</a> <a>b</a>``) gives its own values; links to
    topic pages printed next to the story, or closing its container, with no label, are
    its tags; other link runs inside the story are navigation (breadcrumbs), but for the story's own link
    lines (`_lone_link`)."""
    blocks = w.page.blocks
    end = min(len(blocks), last + 1 + META_WINDOW_AFTER)
    # Where the container's closing run of link blocks starts (after its last line of text).
    tail = last + 1
    while tail - 1 >= first and (tail - 1 not in body or blocks[tail - 1].dropped or tail - 1 in w.verdicts
                                 or blocks[tail - 1].link_density > LINK_LIST_DENSITY):
        tail -= 1
    dated = _dated_tail(w, body, first, tail)
    label: str | None = None
    label_tag = item_tag = label_el = related_box = None
    own_box = dropped_after = False
    for i in range(start, end):
        b = blocks[i]
        if related_box is not None and (b.el is None or not _holds(related_box, b.el)):
            related_box = None
        # Right after the story: only dropped blocks and the credits the page printed
        # under it (by-line, editor, source, date lines) between.
        dropped_after = i - 1 in body or (i > start and dropped_after and (
            bool(blocks[i - 1].dropped) or (i - 1 not in body and _credit_line(w, i - 1))))
        if b.dropped:
            # A tag list in a box the drop selectors took (cnnindonesia.com 2026: an
            # <aside> under the story, "TOPIK TERKAIT" over its /tag/ links) is still the
            # story's: its label right after the story (only dropped blocks and credit
            # lines between: ihram.co.id 2017, Republika's, prints "Redaktur :" and
            # "Sumber :" above a div.social box "TAG:" + "#haji" links, anpandu/
            # indonesian-news-scraper republika-singlepage3.html), then its topic links.
            # Only such blocks are matched against the rules.
            if dropped_after and label_field(w, i) == "tags":
                label, label_tag, item_tag = "tags", None, None
            elif label == "tags" and topic_links(b):
                for text in _link_texts(b):
                    w.add("tags", text, i)
            elif i > last and not w.fields.has("tags") and _hashtag_topic_bar(b):
                # A bar of "#tag" links to topic pages below the story, in a box the drop
                # selectors took, other boxes between (merdeka.com 2015: "KUMPULAN BERITA"
                # over "# Nama" links to /tag/ in a newsletter box, under the pager, the
                # comments and a portal promo; hafizbadrie/slasherrb spec/cases/merdeka.html
                # @ 9f36a9713d1f): both marks of a tag, so the story's tags.
                for _, text in printed_links(b):
                    w.add("tags", text.lstrip("#").strip(), i)
            continue
        if i in w.verdicts and w.verdicts[i] != OUTSIDE:
            continue
        hit = w.hit(i)
        field_name = hit[0].field if hit is not None and hit[0].action == "field" else None
        if field_name in ("related", "tags") and (i not in body or b.link_density > LINK_LIST_DENSITY
                                                  or (field_name == "tags" and _linked_value(b, hit))):
            assert hit is not None and field_name is not None
            links = _link_texts(b)
            values = links if field_name == "tags" and len(links) > 1 else [hit[0].value(hit[1])]
            for value in values:
                w.add(field_name, value, i)
            w.verdicts[i] = RELATED if field_name == "related" else TAGS
            label = None
            continue
        if label and (i not in body or item_tag is not None) and b.link_density <= LINK_LIST_DENSITY \
                and (is_stamp(b.text) or _channel_stamp(b)):
            # an item's date printed above its title, or its channel and age under it; in
            # the story's own box only once the box took a title (a card's age under it,
            # "1 jam lalu": before, it closed the box and its later cards left related)
            continue
        unlike = item_tag is not None and b.el is not None and b.el.tag != item_tag
        if (label and b.el is not None and b.el.tag == label_tag and b.el.tag in LABEL_HEADINGS) \
                or (label == "related" and b.link_density > LINK_LIST_DENSITY and " " not in b.text and unlike
                    and not _card_part(w, i) and LETTER.search(b.text)):
            # A linked heading like the label, or a one-word tab printed unlike the
            # items ("Forum" after <li> titles): the next box's label, not an item
            # ("Lihat Arsip ..." under "X: BERITA TERKAIT"). A word with no letter is
            # none: a video card's length over its thumbnail ("03:12" in tempo.co 2021's
            # "Video Terkait" cards, ``figure.img-card > a > div.bottom-label-right``;
            # ahmadmulyana/tempo-temp teco/mobile/detail-video.php @
            # 62fe6dbfd0755b70219d553217b42f56d3e47c1e).
            label = related_box = None
            continue
        if label == "tags" and unlike and b.link_density > LINK_LIST_DENSITY:
            # A tag list ends at a link printed unlike its tags (kompas.com 2025: <li>
            # tags, then a <div> "Lihat Nasional Selengkapnya" and the related box); the
            # link may open the next list itself.
            label = None
        # A label printed as a link (a tab: "Berita Lainnya") opens its own list too; so
        # does a read-also label printed as an ``<a>`` that goes nowhere (no href: a styled
        # heading; ggwp.id 2019, an IDN Media site, heads its in-story box so:
        # ``div.baca-juga > div.title-bj > a.font-section-title`` "Baca Juga", then
        # ``p.font-article-bj > a`` titles; fardiyadi/idnmedia2.github.io adproducts/preview/
        # desktop/ggwp/detail.html @ 123204aec725).
        if not label and dated <= i < tail and i in body and i not in w.verdicts:
            w.take(i, LINKS)  # an unlabelled list of dated teasers closing the story's box
            continue
        if (b.link_density <= LINK_LIST_DENSITY and not (label and _dated_link(b))) \
                or (hit is not None and hit[0].action == "block" and len(b.text) <= MAX_META_CHARS) \
                or (hit is not None and hit[0].kind == "read_also" and _hrefless_link(b)):
            label = label_field(w, i)
            if label == "related" and i in body and _own_pointer(b):
                # "Pilihan Editor: <a>title</a>" in the story: one story's pointer, its
                # title linked on its own line (the text rules read it), no list's label;
                # the boxes after the story (tempo.co 2024-26: its tag links, then the
                # writer's box, a link to the writer's page) are not its items.
                label = None
            if b.link_chars and len(b.text) <= MAX_META_CHARS and topic_links(b) \
                    and (label or (i not in body and _after_story(w, body, i) and _one_word_label(b))):
                # A short line under the story (or a list's label) whose links go to
                # topic pages after a word of its own: those links are the story's tags.
                # okezone 2017 (celebrity.okezone.com, anpandu/indonesian-news-scraper
                # okezone-singlepage2.html): span "Berita Rekomendasi" + a.mb-topic to
                # /topic/...; tribunnews 2015 (hafizbadrie/slasherrb spec/cases/
                # tribunnews.html): div#related "Terkait" + "#Nama" to /tag/... A line
                # of prose that links a word ("Baca lainnya tentang <a>Banjir</a> ...")
                # is no such line.
                for _, text in printed_links(b):
                    w.add("tags", text.lstrip("#").strip(), i)
                if not label:
                    w.verdicts[i] = TAGS
            label_tag = b.el.tag if label and b.el is not None else None
            label_el = b.el if label else None
            item_tag = None
            # A "Baca Juga" label inside the story heads the story's own read-also box,
            # whatever its class says ("recommended-article": viva.co.id 2026).
            own_box = label == "related" and i in body and hit is not None and hit[0].kind == "read_also"
            if label and i not in body:
                w.verdicts[i] = RELATED if label == "related" else TAGS
                if label == "related" and i > last and b.el is not None:
                    related_box = _related_section(w, b.el, last)
            elif not label and i in body and b.link_density > LINK_LIST_DENSITY and not _next_is_link(w, i):
                # A section's name printed as a link over the story ("Latest News"):
                # a crumb, not a list's label; left in, a text rule would read the
                # story as that list.
                w.take(i, LINKS)
            continue
        if i in w.verdicts:
            continue
        if label:
            # A link to a tag or topic page under a related label is the story's topic
            # (okezone 2015: "Berita Rekomendasi", then its topic link, then titles).
            field_here = "tags" if topic_links(b) else label
            if b.el is None or (not _sponsored_link(b.el) and (own_box or not (
                    in_widget(w, b.el) or _card_extra(b.el, label_el)))
                    and not (field_here == "related" and _section_of_previous(w, i))):
                for text in _link_texts(b) if field_here == "tags" else [_title_text(b)]:
                    w.add(field_here, text, i)
            w.take(i, RELATED if field_here == "related" else TAGS)
            item_tag = b.el.tag if b.el is not None else None
        elif i in body:
            if topic_links(b) and (i >= tail or len(printed_links(b)) > 1):
                # Topic links closing the story's container, no label (badges under it);
                # or a bar of them with more of the container after it (tempo.co 2024-26:
                # div#article-tags between the story and the writer's box in the
                # <article>): links to topic pages alone are no story line.
                for text in _link_texts(b):
                    w.add("tags", text, i)
                w.take(i, TAGS)
            elif not _lone_link(w, body, i):
                w.take(i, LINKS)
        elif (i + 1 in body if i < first else _after_story(w, body, i)) and topic_links(b):
            # Topic links printed against the story (above its first paragraph or
            # right after its last), no label: its tags (a detik "fokus" topic, a tag
            # bar whose label is an icon).
            for text in _link_texts(b):
                w.add("tags", text, i)
            w.take(i, TAGS)
        elif related_box is not None and _headline_link(b) and not in_widget(w, b.el):
            # A linked headline with no label of its own in the box that holds the
            # related list's label and none of the story: a teaser column beside the
            # labelled titles (tempo.co 2015's ``ul.terkait-img``, photo, video and blog
            # teasers beside "Berita Terkait", the corpus's anpandu-tempo-singlepage):
            # the box, not a class name, makes them related.
            w.add("related", _title_text(b), i)
            w.take(i, RELATED)


#: `_related_section`: levels walked up from a related list's label to the box around it.
_SECTION_LEVELS = 3
#: `_headline_link`: the fewest words of a linked headline.
_HEADLINE_WORDS = 3


def _related_section(w: Work, el: Any, last: int) -> Any:
    """The box around a related list's label ``el`` under the story: its highest
    ancestor, `_SECTION_LEVELS` up at most, that holds no block of the story (whose
    last block is ``last``); ``None`` when its own parent holds one."""
    story = w.page.blocks[last].el
    inside = set(story.iterancestors()) if story is not None else set()
    box = None
    e = el.getparent()
    for _ in range(_SECTION_LEVELS):
        if e is None or e in inside or e.tag in ("body", "html"):
            break
        box, e = e, e.getparent()
    return box


def _holds(box: Any, el: Any) -> bool:
    """Whether element ``el`` is ``box`` or sits in it."""
    e = el
    while e is not None:
        if e is box:
            return True
        e = e.getparent()
    return False


def _headline_link(b: HtmlBlock) -> bool:
    """Whether block ``b`` is a heading (``h2``-``h6``) whose whole text is one link
    and a headline: `_HEADLINE_WORDS` words or more, no sentence's closing full stop."""
    el = b.el
    if el is None or el.tag not in LABEL_HEADINGS or el.tag == "h1" or not b.link_chars:
        return False
    links = printed_links(b)
    text = b.text.strip()
    return len(links) == 1 and links[0][1].strip() == text and len(text.split()) >= _HEADLINE_WORDS \
        and not (text.endswith(".") and not text.endswith(".."))


#: `_sponsored_link`: levels walked up from a block to the link that holds it.
_MAX_LINK_DEPTH = 6


def _sponsored_link(el: Any) -> bool:
    """Whether block element ``el`` is a paid link's text: it holds, or sits in, an
    ``<a>`` whose ``rel`` says ``sponsored`` (the HTML link type ad networks must set on
    paid links; a Taboola unit rendered under a story marks every card's two links
    ``rel="nofollow noopener sponsored"``: a saved news page, file id 48342896431 of the
    code index). The mark stays whatever the widget's classes are called, so a sponsored
    list printed after a related list's label in a box of its own is never read as
    that list's titles (SPEC: related holds no ads or sponsored widgets)."""
    e = el
    for _ in range(_MAX_LINK_DEPTH):
        if e is None or e.tag in ("body", "html"):
            break
        if e.tag == "a":
            return "sponsored" in (e.get(b"rel") or "")[:100].lower()
        e = e.getparent()
    return any("sponsored" in (a.get(b"rel") or "")[:100].lower() for a in el.iter("a"))


#: `labelled_links`: the most words of a read-also line's label, the fewest words with
#: a letter of its title (a phone number or a case number is no title), its most characters.
_MAX_READ_LABEL_WORDS = 4
_MIN_READ_TITLE_WORDS = 3
_MAX_READ_TITLE_CHARS = 250
_MAX_READ_LINE_CHARS = 300
#: ... and the elements whose lines are a list's or a table's own (data, not a read-also line).
_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "th", "tr"})
#: A read-also label: words of letters (``Lea también``, ``¿Te puede interesar?``), no
#: abbreviation's point, mark or number (a credit's ``*feat.:`` before a linked work).
_READ_LABEL = regex.compile(r"[¿¡]?+\p{L}++(?:[ '’-]\p{L}++)*+[?!]?+")


def labelled_links(w: Work, body: set[int]) -> None:
    """A line in the story that is a short label, a colon and one link whose text is
    all the rest (``Lea también: <a>title</a>``, ``Czytaj też: <a>title</a>``): the
    page's pointer to another story, whatever language its label is in. The title goes
    to ``related``, as a ``Baca Juga:`` line's does. Lines a text rule reads (a
    by-line's or a source's label before a linked name) are left to that rule; a
    list's items and a table's cells are data; a link to another site is a source's or
    a reference's (``Quelle: <a>...</a>``), not a story of the page's site."""
    blocks = w.page.blocks
    for i in sorted(body):
        b = blocks[i]
        if i in w.verdicts or b.dropped or b.el is None or b.el.tag in _ITEM_TAGS \
                or not b.link_chars or len(b.text) > _MAX_READ_LINE_CHARS:
            continue
        links = printed_links(b)
        if len(links) != 1:
            continue
        title = links[0][1]
        label, colon, rest = b.text.rpartition(title)[0].rstrip().rpartition(":")
        if not colon or rest or not b.text.endswith(title) or not _READ_LABEL.fullmatch(label.strip()) \
                or len(label.split()) > _MAX_READ_LABEL_WORDS or len(title) > _MAX_READ_TITLE_CHARS \
                or sum(bool(LETTER.search(word)) for word in title.split()) < _MIN_READ_TITLE_WORDS \
                or _ADDRESS.search(title) or w.hit(i) is not None:
            continue
        if not same_site(links[0][0], w.page.url):
            continue  # a source's or a reference's page elsewhere, no story of the site's
        w.add("related", title, i)
        w.take(i, RELATED)


#: A page bar's block: page numbers and arrows ("1", "2", ">", "Halaman 1 2"). The
#: quantifiers are possessive: a run of digits splits one way only (greedy threes need
#: the fewest pieces, so the same lines match), where backtracking tried every split
#: (30 digits and a letter took 8 s).
_PAGE_BAR = regex.compile(r"(?:(?:Halaman|HALAMAN|Page)\s*+(?::\s*+)?)?(?:[\d<>«»‹›]{1,3}+\s*+){1,20}+")


def _after_story(w: Work, body: set[int], i: int) -> bool:
    """Whether block ``i`` comes right after the story's last block or after a tag
    list's, a page bar between them (a tag bar under the page numbers) left aside, and
    the words of a share bar between them too: suara.com 2015 (hafizbadrie/slasherrb
    spec/cases/suara.html @ 9f36a9713d1f, a page saved from a browser) closes the story
    with a div.boxSocial whose label "Share" sits over its button iframes, then prints
    its div.tagDetailList of ``a[href=/tag/...] > h4`` "# angeline" badges; a share
    button's word is nobody's story line, so the tags are still the story's."""
    blocks = w.page.blocks
    j = i - 1
    while j >= 0 and j not in body and (blocks[j].dropped or _PAGE_BAR.fullmatch(blocks[j].text)
                                        or _widget_word(w, j)):
        j -= 1
    return j in body or w.verdicts.get(j) == TAGS


def _widget_word(w: Work, j: int) -> bool:
    """Whether block ``j`` is a share or widget button's words alone ("Share",
    "Bagikan", "0 Komentar"): a text rule drops it as such chrome (`WIDGET_KINDS`)."""
    b = w.page.blocks[j]
    if len(b.text) > MAX_META_CHARS:
        return False
    hit = w.hit(j)
    return hit is not None and hit[0].action == "drop" and hit[0].kind in WIDGET_KINDS


#: An address in a link line: a web address or an e-mail address (each match starts at
#: a word's start: a long token is read once, not from each of its characters).
_ADDRESS = regex.compile(r"(?i)\b(?:https?://|www\.)\S|(?<![\w.+-])[\w.+-]+@[\w-]+\.\w")
#: Characters of a link line searched for an address (menus and sources are short lines).
_ADDRESS_SCAN = 300


def _data_row(el: Any) -> bool:
    """Whether ``el`` is a row (or a cell) of a table whose first row is a header
    (``th`` cells): a table of data, whose linked names are its rows, not a menu laid
    out in a table. Reads the first row only (a table may have thousands)."""
    while el is not None and el.tag in ("td", "th", "tr", "tbody", "thead"):
        if el.tag == "tr":
            table = el.getparent()
            table = table.getparent() if table is not None and table.tag in ("tbody", "thead") else table
            if table is None or table.tag != "table":
                return False
            first = next(table.iter("tr"), None)
            return first is not None and any(c.tag == "th" for c in first)
        el = el.getparent()
    return False


def _story_line(w: Work, body: set[int], j: int) -> bool:
    """Whether block ``j`` is one of the story's lines (in ``body``, no verdict, not
    mostly links, not a time stamp alone: a teaser list's item prints its date under its
    title, ``li > a + br + span``, and a title between two such dates is no story's
    item): `_lone_link`'s neighbours."""
    if j not in body or j in w.verdicts:
        return False
    b = w.page.blocks[j]
    return b.link_density <= LINK_LIST_DENSITY and not (len(b.text) <= MAX_META_CHARS and is_stamp(b.text))


def _lone_link(w: Work, body: set[int], i: int) -> bool:
    """Whether link block ``i`` in the story is its line, not navigation: a line that
    prints an address (a source's, a footnote's, a contact's: menus print names), a
    row of a data table, or an item between two of the story's items of its list (a
    step's "full solution" link among the steps)."""
    blocks = w.page.blocks
    if _ADDRESS.search(blocks[i].text[:_ADDRESS_SCAN]) or _data_row(blocks[i].el):
        return True
    if not (_story_line(w, body, i - 1) and _story_line(w, body, i + 1)):
        return False
    el = blocks[i].el
    if el is None or el.tag != "li":
        return False
    parent = el.getparent()
    return all(blocks[j].el is not None and blocks[j].el.tag == "li" and blocks[j].el.getparent() is parent
               for j in (i - 1, i + 1))


def link_stamps(w: Work, body: set[int]) -> None:
    """A line that is only a date, below the story's first paragraph and beside a
    linked title the container left out or a list took, is that teaser's time stamp (a latest-news
    list's "Selasa, 23/02/2016 16:10 WIB" over its link): it leaves with the list."""
    from .container import is_running

    blocks = w.page.blocks
    ordered = sorted(body)
    start = next((i for i in ordered if i not in w.verdicts and is_running(blocks[i])), None)
    for i in ordered:
        if start is None or i <= start or i in w.verdicts or len(blocks[i].text) > MAX_META_CHARS:
            continue
        hit = w.hit(i)
        if hit is None or hit[0].field != "published" or hit[0].action != "field":
            continue
        if any(0 <= j < len(blocks) and (j not in body or w.verdicts.get(j) in LIST_VERDICTS)
               and blocks[j].link_density > LINK_LIST_DENSITY and blocks[j].text.count(" ") >= 2
               for j in (i - 1, i + 1)):
            w.take(i, LINKS)


def _next_is_link(w: Work, i: int) -> bool:
    """Whether the block after ``i`` is mostly links (a list's first item)."""
    blocks = w.page.blocks
    return i + 1 < len(blocks) and blocks[i + 1].link_density > LINK_LIST_DENSITY


#: Elements whose boxes are the site's, not the story's: a "#tag" bar in one is a
#: site-wide trending list.
_SITE_BOXES = frozenset({"nav", "header", "footer", "aside"})


def _hashtag_topic_bar(b: HtmlBlock) -> bool:
    """Whether block ``b`` is a bar of two "#tag" links or more that all go to tag or
    topic pages, outside the site's nav, header, footer and side boxes. A link's text
    is in its block's (`printed_links`): no ``#`` in the block's, no such link (the
    links are not read: this is asked of every dropped block after the story)."""
    if "#" not in b.text:
        return False
    links = printed_links(b)
    return len(links) >= 2 and all(t.startswith("#") and len(t) > 1 and TOPIC_HREF.search(h[:500]) for h, t in links) \
        and not any(a.tag in _SITE_BOXES for a in b.el.iterancestors())


#: Fields of the credit lines printed under a story (by-line, editor, source, date).
_CREDIT_FIELDS = frozenset({"authors", "editors", "source", "published"})


def _credit_line(w: Work, i: int) -> bool:
    """Whether block ``i`` is a credit line the text rules read into a field
    ("Redaktur : Nama", "Sumber : asal") or the front end took as by-line or date."""
    if w.verdicts.get(i) in (BYLINE, DATE):
        return True
    if len(w.page.blocks[i].text) > MAX_META_CHARS:
        return False
    hit = w.hit(i)
    return hit is not None and hit[0].action == "field" and hit[0].field in _CREDIT_FIELDS


def _one_word_label(b: HtmlBlock) -> bool:
    """Whether block ``b``'s text outside its links is one word at most (a bar's label:
    "Terkait", "Tags")."""
    rest = b.text
    for _, text in printed_links(b):
        rest = rest.replace(text, " ", 1)
    return len(rest.split()) <= 1


def _channel_stamp(b: HtmlBlock) -> bool:
    """A list item's channel link and its age or date, the line a card prints under its
    title (``<a>NASIONAL</a> | 2 jam yang lalu``: beritasatu.com 2020's "REKOMENDASI"
    cards, GeorgeMarche/project-portfolio GitHub_Program_Files/HW_3/raw/
    198--www.beritasatu.com @ a2e4508617b6): no label of another list."""
    links = printed_links(b) if b.link_chars else []
    if len(links) != 1 or len(links[0][1].split()) > MAX_CHANNEL_WORDS:
        return False
    rest = b.text.replace(links[0][1], "", 1)
    return rest.strip(" |-–·•,") != "" and is_stamp(rest)


#: `_dated_tail`: the dated teasers that make an unlabelled list closing the story's box.
_MIN_DATED_ITEMS = 2


def _dated_tail(w: Work, body: set[int], first: int, tail: int) -> int:
    """Where the run of dated teasers (`_stamped_link`: a linked title with its age or
    date beside it, ``Judul berita 2 jam lalu``) that closes the story's container
    before block ``tail`` starts, when it holds `_MIN_DATED_ITEMS` or more: an
    unlabelled latest or related list printed in the story's own box, whose link share
    stays under `LINK_LIST_DENSITY` for the stamp each item adds, so it read as the
    story's closing lines. ``tail`` when there is none. A story's line is never a
    title and a stamp alone."""
    blocks = w.page.blocks
    i = tail
    while i - 1 >= first and i - 1 in body and i - 1 not in w.verdicts and not blocks[i - 1].dropped \
            and _stamped_link(blocks[i - 1]):
        i -= 1
    return i if tail - i >= _MIN_DATED_ITEMS else tail


def _beside_link(b: HtmlBlock) -> str:
    """What block ``b`` prints beside its linked title (separators stripped), when links
    hold half its text or more; ``""`` otherwise."""
    if b.link_chars < 0.5 * len(b.text):
        return ""
    return b.text.replace(_title_text(b), "", 1).strip(" |-–·•,")


def _stamped_link(b: HtmlBlock) -> bool:
    """A block that is a linked title and a time stamp beside it (`is_stamp`: ``2 jam
    lalu``, a date), nothing else."""
    rest = _beside_link(b)
    return bool(rest) and is_stamp(rest)


def _dated_link(b: HtmlBlock) -> bool:
    """A list item whose link is printed with its age or date beside it
    (``Judul berita 19 jam lalu``): still a link item."""
    rest = _beside_link(b)
    return bool(rest) and not is_title(rest)


def _linked_value(b: HtmlBlock, hit: Any) -> bool:
    """Whether the value a tag label's rule reads in block ``b`` is the block's links
    and nothing else, two or more (indotimes.net 2023: ``<p><strong>Tags:</strong>
    <a>tag one</a><a>tag two</a></p>`` closing a story copied into a project's SQL dump,
    code index file id 37005551733, the links printed with no space between, so the
    line's text runs the tags together; its label keeps the block's link share under
    `LINK_LIST_DENSITY` and the line's one glued value was the record's one tag)."""
    links = _link_texts(b)
    if len(links) < 2:
        return False
    value = hit[0].value(hit[1])
    return "".join(filter(str.isalnum, value)) == "".join(filter(str.isalnum, "".join(links)))


def _link_texts(b: HtmlBlock) -> list[str]:
    """The texts of the links printed in block ``b`` (a tag bar prints several in one
    line: each is one tag), else the block's text."""
    texts = [text for _, text in printed_links(b)]
    return texts if len(texts) > 1 else [b.text]


#: Levels walked up from a listed block to the card (``li``, ``article``) that holds it.
_MAX_CARD_DEPTH = 8


def _link_path(href: str) -> str:
    """``href``'s host and path, no scheme, query, fragment or closing slash."""
    href = href.split("#", 1)[0].split("?", 1)[0]
    return href.split("://", 1)[-1].rstrip("/")


def _section_of_previous(w: Work, i: int) -> bool:
    """Whether block ``i``'s links all go to a section above the story the block before
    it links (its path a proper prefix of that story's): a teaser card's channel printed
    under its title, no title of its own. popmama.com 2019's mobile "Related Articles"
    cards (IDN Media): ``div.grid-blog-media > a > h3.grid-title`` then ``a[href=/baby/
    0-6-months] > span`` "0-6 months" (fardiyadi/idnmedia2.github.io adproducts/preview/
    mobile/popmama/fullsitetakeover-detail.html @ 123204aec725)."""
    blocks = w.page.blocks
    b = blocks[i]
    if i == 0 or b.el is None or not b.link_chars or blocks[i - 1].el is None:
        return False
    prev = blocks[i - 1].el
    link = prev if prev.tag == "a" else next(prev.iterancestors("a"), None)
    if link is None:
        link = next(prev.iter("a"), None)
    story = _link_path((link.get(b"href") or "")[:500]) if link is not None else ""
    if story.count("/") < 2:
        return False
    hrefs = [_link_path((a.get(b"href") or "")[:500]) for a in itertools.islice(b.el.iter("a"), 4)
             if a is not link and fold_space(text_content(a))]
    return bool(hrefs) and all(h and "/" in h and story.startswith(h + "/") for h in hrefs)


def _card_part(w: Work, i: int) -> bool:
    """Whether block ``i`` is printed in one link with the next block: a teaser card's
    part (its channel's name over the picture and the title, all in one ``<a>``), no
    tab of its own. news.detik.com 2019's "Baca Juga" box (kefasjwiryadi/
    android-baca-berita html2.html @ 1aca5f3154b4): ``div.article_lb > a`` around
    ``div.label_kanal`` "detikFinance", the picture and the ``h3`` title; the second
    card's one-word label read as the next box's tab ended the list after one title."""
    blocks = w.page.blocks
    el = blocks[i].el
    if el is None or i + 1 >= len(blocks) or blocks[i + 1].el is None:
        return False
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    nxt = blocks[i + 1].el
    return nxt is link or any(e is link for e in nxt.iterancestors("a"))


def _card_extra(el: Any, label_el: Any) -> bool:
    """Whether ``el`` is a teaser card's text that is not its title: it sits in a list
    item or an ``article`` whose title is a heading, and is in no heading itself (a
    card's summary, its share box's "Share article": suara.com 2015). A box that holds
    the list's label (``label_el``) is the list, not a card."""
    e = el
    for _ in range(_MAX_CARD_DEPTH):
        if e is None or e.tag in ("body", "html"):
            return False
        if e.tag in LABEL_HEADINGS:
            return False
        if e.tag == "a" and next(e.iter(*LABEL_HEADINGS), None) is not None:
            # A card drawn as one link round its title heading and its summary
            # (popmama.com 2019 desktop's "Related Articles": ``div.post-media > a >
            # h3.post-title + p``; idnmedia/preview adproducts/preview/desktop/popmama/
            # detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01): the summary.
            return True
        if e.tag in ("li", "article"):
            if label_el is not None and (label_el is e or e in label_el.iterancestors()):
                return False
            return next(e.iter(*LABEL_HEADINGS), None) is not None
        e = e.getparent()
    return False


def _in_titled_card(el: Any) -> bool:
    """Whether ``el`` is a card's text beside its title: inside one link that holds a
    heading (the card's title) and in no heading itself (`_card_extra`'s linked card: a
    picture credit, a summary). A list item or an ``article`` met first ends the climb:
    a block that holds the card's link is the card's line, not a part of it."""
    e = el
    for _ in range(_MAX_CARD_DEPTH):
        if e is None or e.tag in ("body", "html", "li", "article") or e.tag in LABEL_HEADINGS:
            return False
        if e.tag == "a":
            return next(e.iter(*LABEL_HEADINGS), None) is not None
        e = e.getparent()
    return False


def _title_text(b: HtmlBlock) -> str:
    """A listed story's title: the block's longest link text when the block adds a
    time stamp or a channel name around it, else the block's text."""
    if b.el is not None:
        links = [t for t in (fold_space(text_content(a)[:300]) for a in b.el.iter("a")) if t and t in b.text]
        if links:
            longest = max(links, key=len)
            if len(longest) >= 0.5 * len(b.text):
                return longest
    return str(b.text)
