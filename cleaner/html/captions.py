"""Captions: the caption of each picture in and around the story (`read_captions`: figure
boxes, lines beside a picture, alt texts, credit lines), and the closing captions under
its last paragraph.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

import regex

from ..passes.text import is_sentence_like
from ..segment import fold_space
from .decks import DECK_BOX_LEVELS, described
from .elements import blocks_under, common_ancestor
from .meta import descriptions, is_stamp, norm_words
from .pictures import (
    MEDIA_TAGS,
    avatars_only,
    css_picture,
    dead_credit_link,
    file_name,
    holds_image,
    image_url,
    json_ld_image,
    media_address,
    person_box,
    picture_link,
    previous_element,
    small,
    source_credit_link,
    teaser_thumbnail,
)
from .state import (
    AUTHOR_BOX,
    CAPTION,
    DATE,
    DROP,
    HEADINGS,
    LABEL_HEADINGS,
    MAX_CAPTION_CHARS,
    MAX_CAPTION_SHARE,
    MAX_META_CHARS,
    META_WINDOW_BEFORE,
    PROSE_TAGS,
    Work,
)
from .tags import is_block_tag, text_content, within_tag

if TYPE_CHECKING:
    from .parse import HtmlBlock


#: `_caption_box`: how many elements under a block's own it looks through for a caption's.
_INLINE_CAPTION_WALK = 12


def _caption_box(w: Work, b: HtmlBlock, stop: Any, caption_els: set[Any],
                 memo: dict[tuple[Any, Any], Any]) -> Any | None:
    """The caption box holding block ``b``: a ``[html] caption`` match, or a small
    non-paragraph element holding an image and no heading (below ``stop``, the
    container, for blocks inside it). ``memo``: the answer for each (element, stop)
    walked already; blocks share ancestors, and reading a large box again per block
    was quadratic (a 130 KB page under one wrapper with a logo: 7 s)."""
    e = b.el
    if e is not None and caption_els and e not in caption_els and len(e):
        # A caption element inline in the block's element beside an embedded player,
        # printing the block's whole text: its box (idntimes.com 2019 mobile's video,
        # ``div.embed-image > embed`` + ``span.main-article-source`` with the video's
        # credit, no picture beside it: `read_captions` drops it; fardiyadi/idnmedia2.github.io
        # idn/preview/idntimes/fsto/index-m-detail.html @ 8a480a07adc2f4975861fcdd9b2e5c89d7f8be0e).
        # With no player beside it, a caption-classed label is no box of its own
        # (an ad slot's, tests/test_heldlike_layouts.py).
        inline, media = None, False
        for d in itertools.islice(e.iterdescendants(), _INLINE_CAPTION_WALK):
            if d.tag in MEDIA_TAGS:
                media = True
            elif inline is None and d in caption_els \
                    and fold_space(text_content(d)[:MAX_CAPTION_CHARS]) == b.text:
                inline = d
        if media and inline is not None:
            return inline
    walked = []
    found = None
    while e is not None and e is not stop:
        key = (e, stop)
        if key in memo:
            found = memo[key]
            break
        walked.append(key)
        if e in caption_els:
            found = e
            break
        if e.tag in HEADINGS or person_box(e, w):
            break  # an author box's avatar and bio are not a photo and its caption
        if e.tag not in ("p", "body", "html") and holds_image(e, w):
            if small(e, w) and not any(True for _ in e.iter(*HEADINGS)):
                found = e
            break
        e = e.getparent()
    for key in walked:  # every element on the way has the same answer
        memo[key] = found
    if found is not None and found not in caption_els and b.el.tag in PROSE_TAGS:
        return None  # a paragraph beside a picture (a lead with its photo), not its caption
    if found is not None and found not in caption_els and _prose_box(w, found):
        return None
    return found


#: `_prose_box`: the sentences that make a small box beside a picture prose, not a caption.
_PROSE_BOX_SENTENCES = 3


def _prose_box(w: Work, box: Any) -> bool:
    """Whether a box found by its shape (small, holding a picture) prints
    `_PROSE_BOX_SENTENCES` lines or more that read as sentences, no links: a caption is
    a line or two (its text, a credit); lines of prose beside a picture are the story's
    (a blog post's conclusion cut by ``<br>`` in the ``div`` of its rating picture,
    weinlachgummis.blogspot.com; a forum post's lines beside its poster's avatar:
    trafilatura's evaluation suite, where such boxes were read as captions)."""
    got = w.page.block_range(box)
    if got is None:
        return False
    blocks = w.page.blocks
    n = 0
    for j in range(got[0], got[1] + 1):
        x = blocks[j]
        if x.el is not None and not x.link_chars and is_sentence_like(x.text):
            n += 1
            if n >= _PROSE_BOX_SENTENCES:
                return True
    return False


def _inline_captions(w: Work, caption_els: set[Any]) -> dict[int, Any]:
    """Caption matches that are inline elements printing a whole block of their own
    (merdeka.com 2015, a real page: ``span#mdk-body-news-caption`` bare in the story's
    box, between the photo's box and an ad's): by block. Such a block's element is the
    box around it, which no caption selector names. Only beside a picture: an ad
    unit's ``span.proper-caption`` "Advertisement:" (salon.com, peer suite) is none."""
    out: dict[int, Any] = {}
    for e in caption_els:
        if isinstance(e.tag, str) and not is_block_tag(e.tag) and small(e, w) and _by_picture(e, w):
            text = fold_space(text_content(e))
            for i in blocks_under(w, [e]):
                if text and w.page.blocks[i].text == text:
                    out[i] = e
    return out


def _after_image(e: Any, w: Work) -> bool:
    """Whether the element printed right before ``e`` is or holds a picture (a photo's
    box, its caption under it: merdeka.com 2015's ``div#berita-foto`` then
    ``span#berita-caption``; okezone.com 2015's ``img#imgCheck`` then
    ``div.caption-img-ab``)."""
    prev = previous_element(e) if e is not None else None
    return prev is not None and (prev.tag in ("img", "picture") or holds_image(prev, w))


#: `_credit_after_picture`: a photo credit printed after its picture in the picture's
#: own paragraph: short, a source and a name parted by a slash, no sentence's end.
_CREDIT_AFTER_PICTURE = re.compile(r"[^\s/]{2,40}(?: [^\s/]{1,40}){0,2}/[^\s/][^/]{0,60}")
_MAX_PICTURE_CREDIT = 80


def _credit_after_picture(b: HtmlBlock, w: Work) -> bool:
    """Whether block ``b`` is the credit that a paragraph prints right after its picture,
    with nothing before the picture: ``<p><img ...>Instagram/Name</p>`` (IDN Times 2019
    community stories as their editor saves them, each photo's credit in the picture's
    own ``p``: a project's SQL dump, code index file id 30265637794, row 107). A
    paragraph beside a picture stays prose (`_caption_box`); only a line of the credit's
    shape, a source and a name parted by a slash with no sentence's end, is its caption."""
    text = b.text
    e = b.el
    if len(text) > _MAX_PICTURE_CREDIT or "/" not in text or text[-1] in ".!?:\"”" or e is None or e.tag != "p":
        return False
    first = next(iter(e), None)
    if first is None or (e.text or "").strip() or not (first.tag == "img" or holds_image(first, w)):
        return False
    return fold_space(first.tail or "") == text and _CREDIT_AFTER_PICTURE.fullmatch(text) is not None


def _by_picture(e: Any, w: Work) -> bool:
    """Whether ``e`` sits beside a picture: its previous element, or its parent,
    holds an image; or ``e`` is all its parent prints and the parent's previous
    element holds one (majalah.tempo.co 2022, a real saved page: the story's second
    photo as ``<p><img></p>``, its caption as ``<p><small>...</small></p>`` under it)."""
    prev = previous_element(e)
    parent = e.getparent()
    if (prev is not None and holds_image(prev, w)) or (parent is not None and holds_image(parent, w)):
        return True
    if prev is not None or parent is None or fold_space(text_content(parent)) != fold_space(text_content(e)):
        return False
    before = previous_element(parent)
    return before is not None and holds_image(before, w)


def read_captions(w: Work, body: set[int], lo: int, last: int, headline: int | None = None) -> None:
    """Caption boxes from the headline to the story's end; the blocks of one box make
    one caption (credit and caption text joined). A block a text rule reads as
    something else (a date, a by-line) is not caption text. Above the headline, only
    the box of the page's own picture (its ``og:image``) is a caption: the story's
    photo printed over the headline (Tempo English 2015), not a sidebar's teaser.
    The line right under the headline in a box named for a caption that holds no
    picture, which the page's description repeats, is the deck (`_described_deck`):
    popbela.com 2019's ``p.caption-title`` under ``h2.post-title``
    (fardiyadi/idnmedia2.github.io adproducts/preview/mobile/popbela/
    fullsitetakeover-detail.html @ 123204aec725a41d6dc74075ed3b0fcec01060f0)."""
    caption_els = {e for s in w.sel["caption"] for e in w.page.select(s)}
    inline = _inline_captions(w, caption_els)
    container = common_ancestor([w.page.blocks[i].el for i in body])
    # A box found by its shape that holds the story's container is the page's wrapper,
    # no photo's box: on a short page (a few hundred letters, under `MAX_CAPTION_CHARS`)
    # the wrapper of headline, photo, caption and story reads as "small, with an image",
    # and the headline printed in a <span> above the photo was joined to the caption
    # (kumparan.com 2019-21, spans of generated classes: tests/test_real_layouts_tki_2028.py).
    holds_story = set() if container is None else {container, *container.iterancestors()}
    boxes: dict[Any, list[int]] = {}
    alt_boxes: set[Any] = set()
    memo: dict[tuple[Any, Any], Any] = {}
    in_person: dict[tuple[Any, Any], bool] = {}
    lead = file_name(w.page.metas.get("og:image", ""))
    # The page's own picture by JSON-LD when no og:image names it: only a picture drawn
    # with CSS is read by it above the headline (`_css_lead_caption`).
    css_lead = lead or file_name(json_ld_image(w.page.articles))
    inline_lines: dict[int, list[Any]] = {}
    for i in range(max(0, lo - META_WINDOW_BEFORE), lo) if css_lead else ():
        b = w.page.blocks[i]
        if i not in w.verdicts and w.hit(i) is None and b.el is not None and b.el.tag not in HEADINGS \
                and _css_lead_caption(w, b.el, css_lead):
            w.take(i, CAPTION)  # the page's own picture, drawn with CSS over the headline
            w.add("captions", b.text, i)
    # The story's first line longer than a head's line: what the container holds above it
    # is the head (kicker, headline, date and by-line lines), where a photo's box may be.
    opening = next((i for i in sorted(body) if i not in w.verdicts and len(w.page.blocks[i].text) > MAX_META_CHARS),
                   -1)
    end = _closing_captions(w, last)
    for i in range(max(0, lo - META_WINDOW_BEFORE) if lead or caption_els else lo, end):
        b = w.page.blocks[i]
        if i in w.verdicts or (b.link_density > 0.5 and not picture_link(b.el) and not dead_credit_link(b.el)
                               and not source_credit_link(b.el, b.text)):
            continue
        if b.text.startswith(("https://", "http://")) and media_address(b.el, b.text):
            w.take(i, DROP)  # an embedded video's own address printed under it: chrome
            continue
        hit = w.hit(i)
        if hit is not None and hit[0].kind != "caption":
            continue
        stop = container if i in body else None
        if _in_person_box(b.el, stop, w, in_person):
            w.take(i, AUTHOR_BOX)  # SPEC: author boxes leave the body
            continue
        box = inline[i] if i in inline else _caption_box(w, b, stop, caption_els, memo)
        if box is not None and box in holds_story and box not in caption_els:
            box = None
        if box is not None and box in caption_els and b.el is not None and box is not b.el \
                and not holds_image(b.el, w) and next(b.el.iter(*MEDIA_TAGS), None) is not None \
                and any(a is b.el for a in box.iterancestors()):
            # A caption element inline in a box with an embedded player and no picture:
            # the video's credit (idntimes.com 2019's ``div.embed-image > embed`` + the
            # video's address in ``span.main-article-source``): no photo caption (the
            # dev corpus's idn-resep-daging-jamur gold lists none), and no story line.
            w.take(i, DROP)
            continue
        if box is not None and headline is not None and i == headline + 1 and not b.link_chars \
                and box.find(".//img") is None and not within_tag(b.el, "figure", DECK_BOX_LEVELS) \
                and (described(w, b.text) or (next(iter(descriptions(w.page.metas, w.page.articles)), None) is None
                                               and not _after_image(box, w))):
            # the deck, for `deck`; on a page that carries no description to compare
            # (a copy kept without its <head>: popbela.com 2019 desktop's <article> alone,
            # ``p.caption-title`` under ``h1.article-title``) the line's place says it, when
            # no picture stands beside it (a photo's box between: its caption)
            continue
        if box is not None and box not in caption_els and teaser_thumbnail(box):
            w.take(i, DROP)  # a teaser card's text beside its linked thumbnail: no caption
            continue
        if i < lo and not _lead_caption(box, lead, caption_els):
            continue
        if box is not None and box not in caption_els and avatars_only(box):
            w.take(i, AUTHOR_BOX)  # a credits box: people's avatars, no photo
            continue
        if box is not None:
            boxes.setdefault(box, []).append(i)
        elif hit is not None and hit[0].action == "field" and i not in body and b.el is not None \
                and b.el.tag not in LABEL_HEADINGS:
            # A line that reads as a caption ("... (Foto: Sumber)") between the
            # headline and the story, in no box that says so: a caption.
            w.take(i, CAPTION)
            w.add("captions", hit[0].value(hit[1]), i)
        elif _credit_after_picture(b, w):
            w.take(i, CAPTION)  # a photo's credit after the picture in its own paragraph
            w.add("captions", b.text, i)
        elif b.el is not None and b.el.tag not in HEADINGS \
                and (alt_box := _alt_caption_box(w, b)) is not None:
            # The line after a picture's box that prints the picture's own alt text:
            # its caption (republika 2016: div.img-detail > credit + img, then
            # div.wp-cap > div.caption repeating the img's alt), whatever the boxes
            # are called; joined with that box's credit below.
            boxes.setdefault(alt_box, []).append(i)
            alt_boxes.add(alt_box)
        elif (i not in body or (i < opening and b.el is not None and b.el.tag not in PROSE_TAGS)) \
                and b.el is not None and b.el.tag not in HEADINGS \
                and (_after_picture(w, b.el) or _after_picture(w, _inline_line(w, i, inline_lines))
                     or (i not in body and _after_picture(w, _slide_text_box(w, b.el)))):
            # The line right after a box that prints a picture and nothing else, out
            # of the story: that picture's caption in a sibling box (viva 2016:
            # div.thumbcontainer > img, then div.photodesc "... (Grammy)"). Inside the
            # story's container only over its first long line, and no paragraph (``p``):
            # with the names taken away the container takes in the head, the photo's box
            # and the caption under it (ablation31); a lead beside its photo stays. Out of
            # the story, the line may be a paragraph alone in the text box beside the
            # picture's (a slider's slide: figure > img, then div > p, tempo.co
            # interaktif's div.list-foto, tests/test_real_layouts_tki_blind48.py's
            # INTERAKTIF: with its class names gone the slides' captions were lost).
            w.take(i, CAPTION)
            w.add("captions", b.text, i)
    # Boxes found by shape (an image beside short text) that hold half the story are
    # its paragraphs, not captions (a slideshow: a picture over every paragraph).
    shaped = [i for box, idx in boxes.items() if box not in caption_els for i in idx if i in body]
    body_chars = sum(len(w.page.blocks[i].text) for i in body)
    if shaped and sum(len(w.page.blocks[i].text) for i in shaped) >= body_chars * MAX_CAPTION_SHARE:
        boxes = {box: idx for box, idx in boxes.items() if box in caption_els}
    # A photo box printing only its credit, followed at once by a caption box with no
    # image of its own, is one photo's credit and caption (republika 2016:
    # div.img-detail > div.cap-foto, then div.wp-cap > div.caption).
    # A caption element inside another, each holding a line of its own, is one caption
    # too, the outer box's (zfk.de 2022: figcaption > div.figure__figcaption__layout-helper
    # > div.figure__caption > p + div.figure__copyright > p, the credit's box the outer;
    # blinker.de 2022: div.wp-caption > p.credit + p.wp-caption-text, the caption's the
    # inner; peer suite zfk.de.waermepumpen.html, blinker.de-Rostock.html): two captions were one.
    groups: list[tuple[Any, list[int]]] = []
    for box, idx in boxes.items():
        if groups and idx[0] == groups[-1][1][-1] + 1 and _nested_boxes(groups[-1][0], box):
            outer = box if any(e is box for e in groups[-1][0].iterancestors()) else groups[-1][0]
            groups[-1] = (outer, groups[-1][1] + idx)
        elif groups and (box in caption_els or box in alt_boxes) and box.find(".//img") is None \
                and groups[-1][0].find(".//img") is not None and idx[0] == groups[-1][1][-1] + 1:
            groups[-1][1].extend(idx)
        else:
            groups.append((box, idx))
    for box, idx in groups:
        if all(i in body and is_stamp(w.page.blocks[i].text) for i in idx):
            # a card's age or date beside its picture ("1 Menit Lalu", a related card in
            # the story's box): chrome, no photo's caption
            for i in idx:
                w.take(i, DATE)
            continue
        for i in idx:
            w.take(i, CAPTION)
        text = " ".join(w.page.blocks[i].text for i in idx if not _BARE_CREDIT_LABEL.fullmatch(w.page.blocks[i].text))
        w.add("captions", _credit_apart(box, text), idx[0])


def _nested_boxes(a: Any, b: Any) -> bool:
    """Whether caption box ``a`` holds ``b`` or ``b`` holds ``a`` (`read_captions`)."""
    return any(e is b for e in a.iterancestors()) or any(e is a for e in b.iterancestors())


def _closing_captions(w: Work, last: int) -> int:
    """Where `read_captions` stops reading: past the story's last block, and past the
    ``<figcaption>`` lines right after it that print the caption of a picture closing the
    story in the same box as its last paragraph (the caption's ``<figure>``, or the
    caption itself, a sibling of that paragraph, with a picture before it or in it). A
    story that ends on a photo lost its caption as outside the story: investigasi.tempo.co
    2019's last ``section.content`` closes ``<img>`` + ``<figcaption>`` under its last
    ``<p>`` (ginanjarpamungkas/25-tahun-pembredelan index.html @
    17460caced669dee288cdd16db1adfe3c39a7ed4; its ``<figcaption>`` closed by a second one,
    a typo the tree builder nests, the section's end closing both)."""
    blocks = w.page.blocks
    end = last + 1
    at = blocks[last].el if 0 <= last < len(blocks) else None
    box = at.getparent() if at is not None else None
    while box is not None and end < len(blocks):
        el = blocks[end].el
        cap = None if el is None else el if el.tag == "figcaption" else next(el.iterancestors("figcaption"), None)
        if cap is None:
            break
        for up in cap.iterancestors("figcaption"):
            cap = up  # (a caption nested in an unclosed one: the outer one)
        holder = cap.getparent()
        holder = holder if holder is not None and holder.tag == "figure" else cap
        prev = previous_element(holder)
        if holder.getparent() is not box or holder is at or not (
                holder.find(".//img") is not None or (prev is not None and (
                    prev.tag == "img" or prev.find(".//img") is not None))):
            break
        end += 1
    return end


#: `_credit_apart`: a caption box's credit element, by its class or its text's slash.
_CREDIT_CLASS = regex.compile(r"(?i)author|credit|source|sumber|copyright|photographer|fotografer")


def _credit_apart(box: Any, text: str) -> str:
    """A caption's text with its credit element set apart from the words printed right
    after it with no space between (kompas.com 2017-19: ``div.photo > img +
    <span class="pb_10 author">SITE.com/NAME</span>Caption...``; the site's style shows
    the credit on a line of its own, the walk read "NAMECaption"). Only an inline
    element that reads as a credit (a credit's class, or a slash in its text) ending in a
    letter or digit, glued to a letter: a word split by formatting stays whole."""
    for e in box.iter("span", "small", "b", "strong", "em", "i"):
        tail = e.tail
        if not tail or not tail[0].isalnum():
            continue
        credit = fold_space(text_content(e))
        if not credit or not credit[-1].isalnum() or not ("/" in credit or _CREDIT_CLASS.search(e.get(b"class") or "")):
            continue
        glued = credit + tail[0]
        if glued in text:
            text = text.replace(glued, f"{credit} {tail[0]}", 1)
    return text


def _lead_caption(box: Any, lead: str, caption_els: set[Any]) -> bool:
    """Whether caption box ``box``, printed above the headline, is the story's photo's:
    it (or, named a caption by the outlet's rules, the photo box around it) shows the
    page's ``og:image`` (file name ``lead``); on a page with no ``og:image`` (stored
    without its <head>) a box the rules name a caption is one (en.tempo.co 2015:
    div.blok-foto-konten > div.foto-desc, tempo.toml)."""
    if box is None:
        return False
    if not lead:
        return box in caption_els
    shown = box if box not in caption_els or box.getparent() is None else box.getparent()
    return any(file_name(image_url(img)) == lead for img in shown.iter("img"))


#: `read_captions`: a photo box's credit label printed with no credit after it: no part of the
#: caption (viva.co.id 2019: div.leading-image-info, "Photo :" over an empty list, then
#: div.leading-image-caption; kefasjwiryadi/android-baca-berita html3.html @ 1aca5f3154b4).
_BARE_CREDIT_LABEL = regex.compile(r"(?i)(?:foto|photo|sumber|source|kredit|credit)\s{0,3}:")


#: `_bare_credit`: a photo's credit alone on its line ("Foto: antara"), a few words after
#: the label.
_CREDIT_LINE = regex.compile(_BARE_CREDIT_LABEL.pattern + r"[^\n]{1,60}")
_MAX_CREDIT_LINE = 80


def _bare_credit(w: Work, e: Any) -> bool:
    """Whether element ``e`` prints a photo's credit and nothing else (republika.co.id
    2025 as a page's copy keeps it: ``p > strong > img``, then ``p > strong`` "Foto:
    antara", then the caption repeating the img's alt). Its blocks' characters first."""
    if w.page.totals().chars.get(e, 0) > _MAX_CREDIT_LINE:
        return False
    text = text_content(e)
    return len(text) <= _MAX_CREDIT_LINE and _CREDIT_LINE.fullmatch(fold_space(text)) is not None


def _shows_img(e: Any) -> bool:
    """Whether ``e`` is an ``<img>`` or holds one (in C: `holds_image`'s set is built
    once a page, and most story lines have no picture before them)."""
    return bool(e.tag == "img" or e.find(".//img") is not None)


def _alt_caption_box(w: Work, b: HtmlBlock) -> Any | None:
    """The box of block ``b`` (its element or the one above it, no picture in it) when
    the sibling box before it shows a picture whose alt text is ``b``'s text (two words
    or more): a caption printed under its photo's box. The picture is looked for first
    (set lookups), the texts compared only beside one: every story line is asked."""
    e = b.el
    for _ in range(2):
        if e is None or e.tag in ("body", "html") or holds_image(e, w):
            return None
        prev = previous_element(e)
        # (set and dict look-ups before the subtree searches: most story lines follow
        # a long paragraph that holds no picture, and `_shows_img` walks its subtree)
        if prev is not None and _bare_credit(w, prev) and not _shows_img(prev):
            prev = previous_element(prev)  # the photo's credit line between them
        if prev is not None and prev.tag not in HEADINGS and holds_image(prev, w):
            text = norm_words(b.text)
            if text.count(" ") < 1 or not small(e, w):
                return None
            alts = (img.get("alt") or "" for img in prev.iter("img"))
            return e if any(norm_words(a[:MAX_CAPTION_CHARS]) == text for a in alts) else None
        parent = e.getparent()
        if prev is not None or parent is None or (parent.text or "").strip():
            return None  # a box before it that shows no picture, or text before it
        e = parent  # the first thing in its parent: that box may follow the picture's
    return None


def _inline_line(w: Work, i: int, memo: dict[int, list[Any]]) -> Any:
    """The inline element that prints block ``i`` whole (a caption's ``<span>`` bare
    in the story's box, between the photo's box and an ad's: merdeka.com 2015, whose
    block's element is the box around it), or None. ``memo`` holds the page's inline
    elements by block, filled on the first call."""
    if not memo:
        for e, at in w.page.inline_at.items():
            memo.setdefault(at, []).append(e)
        memo.setdefault(-1, [])
    text = w.page.blocks[i].text
    return next((e for e in memo.get(i, ()) if fold_space(text_content(e)[:MAX_CAPTION_CHARS + 1]) == text), None)


def _after_picture(w: Work, el: Any) -> bool:
    """Whether ``el`` is a small box of text right after a sibling that prints a
    picture and no text (a photo's own box), holding no picture itself."""
    if el is None:
        return False
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments between them
        prev = prev.getprevious()
    if prev is None or prev.tag in HEADINGS or not holds_image(prev, w) or holds_image(el, w) \
            or w.page.totals().chars.get(prev, 0) or not small(el, w):
        return False
    return not any(t.strip() for t in prev.itertext()) and not teaser_thumbnail(prev)


def _slide_text_box(w: Work, el: Any) -> Any:
    """The parent of ``el`` when it is a slide's text box: ``el`` its only element and no
    text of its own, the box second of two in a slide whose first shows a picture, and a
    sibling slide of the same shape beside it (a slider repeats its slides: tempo.co
    interaktif's ``div.list-foto`` > ``figure.img-foto`` + ``div.text-foto > p``); else
    None. A lone picture's neighbour (a sidebar profile's name, a logo's, a reading
    time beside an icon: changenow.de, chemie.de, geschichtedergegenwart.ch 2020-22 in
    the peer suite) is no slide."""
    if el is None:
        return None
    box = el.getparent()
    if box is None or box.tag in ("body", "html") or (box.text or "").strip() or (el.tail or "").strip() \
            or sum(1 for c in box if isinstance(c.tag, str)) != 1:
        return None
    slide = box.getparent()
    own = _slide_parts(slide) if slide is not None else None
    if own is None or own[1] is not box:
        return None
    for sib in (slide.getprevious(), slide.getnext()):
        if sib is not None and sib.tag == slide.tag and (parts := _slide_parts(sib)) is not None \
                and holds_image(parts[0], w):
            return box
    return None


def _slide_parts(slide: Any) -> tuple[Any, Any] | None:
    """A slide's two element children (picture box, text box), or None."""
    kids = [c for c in slide if isinstance(c.tag, str)]
    return (kids[0], kids[1]) if len(kids) == 2 else None


def _css_lead_caption(w: Work, el: Any, lead: str) -> bool:
    """Whether ``el``, above the headline, is the caption of the page's own picture drawn
    with CSS: right after a box that draws it (`css_picture`, the same file as ``lead``,
    the page's ``og:image`` or JSON-LD ``image``), as `_after_picture` reads a caption."""
    if el is None or not lead:
        return False
    prev = previous_element(el)
    return prev is not None and file_name(css_picture(prev)) == lead and _after_picture(w, el)


def _in_person_box(el: Any, stop: Any, w: Work, memo: dict[tuple[Any, Any], bool]) -> bool:
    """Whether ``el`` or an ancestor below ``stop`` (not the page's body) is a
    `person_box`. ``memo``: the answer for each (element, stop) climbed already, so
    blocks under one deep wrapper do not climb it again each (every ancestor of every
    block was listed and tested: blocks times depth on the peer suite's deep pages)."""
    walked = []
    found = False
    e = el
    while e is not None and e is not stop and e.tag not in ("body", "html"):
        key = (e, stop)
        got = memo.get(key)
        if got is not None:
            found = got
            break
        if person_box(e, w):
            found = True
            break
        walked.append(key)
        e = e.getparent()
    for key in walked:  # no person box from each of them up to where the climb stopped
        memo[key] = found
    return found
