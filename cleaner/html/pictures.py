"""Pictures and the boxes that hold them: which elements hold a picture (`holds_image`,
CSS background pictures among them), small boxes, person boxes (a writer's avatar), the
picture's address, file name and link, and a teaser's thumbnail.
"""

from __future__ import annotations

import itertools
from typing import Any
from urllib.parse import urlsplit

import regex

from ..segment import fold_space
from .state import MAX_CAPTION_CHARS, Work
from .tags import text_content

# ---- stage: captions ----------------------------------------------------------------

PERSON_BOX = regex.compile(r"(?i)author|avatar|profil|\bbio\b|biography|writer|penulis|reporter|contributor")
#: ... or a class misspelt so (duniaku.net 2019, IDN Media: div.writter-section): a plain
#: string test, as a pattern alternative cost every class test ~10% (the pattern's literal set).
PERSON_BOX_MISSPELT = "writter"
_AVATAR = regex.compile(r"(?i)avatar")


def person_box(e: Any, w: Work) -> bool:
    """A small box about a person (author box: avatar, name, bio), by its class or id,
    holding no ``<h1>`` (a photo story's box, its headline and text, whose class names
    a "profil": detik 2016) (answered once per element: every block below it asks)."""
    got = w.person_boxes.get(e)
    if got is None:
        names = f"{e.get(b'class') or ''} {e.get(b'id') or ''}"[:300]
        got = w.person_boxes[e] = bool(PERSON_BOX.search(names) or PERSON_BOX_MISSPELT in names) \
            and holds_image(e, w) and small(e, w) and next(e.iter("h1"), None) is None
    return got


def avatars_only(e: Any) -> bool:
    """Whether every picture in ``e`` is a person's avatar (its class, alt or file
    says so): a credits or contributors box, not a photo (liputan6 2016:
    div.read-page--credits, img.read-page--credits__avatar)."""
    imgs = [f"{img.get('class') or ''} {img.get('alt') or ''} {img.get('src') or ''}"[:500] for img in e.iter("img")]
    return bool(imgs) and all(_AVATAR.search(t) for t in imgs)


def holds_image(e: Any, w: Work) -> bool:
    """Whether ``e`` holds an ``<img>`` that is a picture, not a glyph printed inside a
    line of text (a smiley in a forum post: text before it). One set per page: not a
    subtree search per ancestor of every block, which was quadratic on deep pages."""
    if w.image_holders is None:
        w.image_holders = _image_holders(w.page.root, w.dropped_boxes, w.page.styled)
    return e in w.image_holders


def _image_holders(root: Any, dropped: set[Any], styled: list[Any] | None = None) -> set[Any]:
    """The ancestors of every ``<img>`` under ``root`` that is a picture (`_in_line`
    says no) and sits in no chrome an ``[html] drop`` selector took (``dropped``): a
    share widget's button icons are no photo, and a by-line box beside them is no
    caption box (detikTravel 2022, a real page: ``div.share-box > a.fb > img`` next
    to the ``ugc__block`` by-line, whose desk label was read as the caption).
    One walk up from each picture, ending at the first ancestor already held: the set
    holds every ancestor of a held one, none of them dropped, so what is above it
    changes nothing (not a walk to the root for the drop test and another for the
    set: a step up makes an element proxy where none is alive, ~600 instructions).
    ``styled``: the elements of ``root`` whose style holds a ``url(``, when known
    (`HtmlPage.styled`)."""
    holders: set[Any] = set()
    for img in itertools.chain(root.iter("img"), _css_pictures(root, styled)):
        if _in_line(img) or (img.tag == "img" and _icon_file(img.get("src"))):
            continue
        below: list[Any] = [] if img.tag == "img" else [img]
        for a in img.iterancestors():
            if a in holders:
                break
            if a in dropped:
                below.clear()
                break
            below.append(a)
        holders.update(below)
    return holders


def _css_pictures(root: Any, styled: list[Any] | None) -> list[Any]:
    """The elements under ``root`` whose ``style`` draws a picture (a background image's
    ``url(...)``: `_CSS_PICTURE`) and that print no text, among ``styled`` (those whose
    style holds a ``url(``, as the block walk read them; else read again): a photo's box whose
    picture is a CSS background, not an ``<img>`` (a sports news template, 2022-23, code
    index file id 7868695998: ``div.banner[style="background-image: url('...')"]``; a
    ``figure`` whose picture is such a ``div``), read as an ``<img>``'s box is (and, as
    an ``<img>``, not when it comes after text of its line: appen.com's language switcher
    in the peer suite, "EN" and a flag drawn from a sprite). Not a link or one inside a
    link: a linked thumbnail is a card's (the same template's sidebar cards; biobiochile.cl's
    "Lee también..." box in the peer suite, whose label was read as the caption of its
    card's picture), a linked cover a lightbox's, with the breadcrumb under it (lapresse.tn,
    peer suite), which the picture gives no reason to read as its caption."""
    if styled is None:
        from .parse import styled_with_url

        styled = styled_with_url(root)
    return [el for el in styled
            if _CSS_PICTURE.search((el.get("style") or "")[:300]) and el.tag != "a"
            and not any(t.strip() for t in el.itertext()) and next(el.iterancestors("a"), None) is None]


#: `_icon_file`: a picture file named for a control or an icon ("pdf.png", "print.gif",
#: "bookmark_remove.png", "icon-share.svg"), or kept in an icons folder: a button's
#: glyph, no photo.
_ICON_FILE = regex.compile(r"(?i)/icons?/|(?:^|[/_.-])(?:icons?|pdf|print|email|mail|rss|bookmarks?|share)"
                           r"(?:[_-][a-z]+)?\.(?:png|gif|svg|jpe?g|webp)\b")


#: The words one of which an icon's address holds (`_icon_file`'s gate before its pattern).
_ICON_WORDS = ("icon", "pdf", "print", "mail", "rss", "bookmark", "share")


def _icon_file(src: str | None) -> bool:
    """Whether picture address ``src`` names a control's glyph (`_ICON_FILE`), not a photo:
    viconsortium.com 2022's ``a[href$=/pdf] > img[src$=/img/pdf.png]`` and
    ``img.detail_bookmarks`` beside its by-line and date line, which read as a picture's
    caption (peer suite)."""
    if not src or len(src) > 500 or not any(w in src for w in _ICON_WORDS):
        return False
    return _ICON_FILE.search(src) is not None


def _in_line(img: Any) -> bool:
    """Whether ``img`` (or a box drawing a picture with CSS) comes after text of its
    parent's line."""
    before = img.getprevious()
    text = before.tail if before is not None else img.getparent().text if img.getparent() is not None else ""
    return bool((text or "").strip())


def small(e: Any, w: Work) -> bool:
    """Whether ``e``'s text fits a caption. Its blocks' characters first (counted
    once per page): more than that many, and it cannot."""
    if w.page.totals().chars.get(e, 0) > MAX_CAPTION_CHARS:
        return False
    n = 0
    strip = w.page.pretty  # a pretty-printer's indentation, growing with depth, is no caption text
    for piece in e.itertext():  # read no further than the limit (a box may hold a 16 MB script)
        n += len(piece.strip() if strip else piece)
        if n > MAX_CAPTION_CHARS:
            return False
    return True


#: A link's address that names a picture file: a lightbox link to the full photo.
_PICTURE_FILE = regex.compile(r"(?i)\.(?:jpe?g|png|webp|gif|avif)(?:[?#][^/]*)?$")


def picture_link(el: Any) -> bool:
    """Whether ``el`` prints inside a link to a picture file and holds no other link:
    the photo's lightbox link drawn round the picture and its caption (the JNews
    WordPress theme, used by many regional portals: div.jeg_featured > a[href=full
    .jpg] > img + p.wp-caption-text; a saved copy of the layout in a public
    repository, code index file id 25206820936). Such a link is the picture's, not
    a line of navigation, and the caption under it is still a caption. The address is
    read without the white space a template leaves round it (topagrar.com 2022, peer
    suite: ``a.js-image-popup`` with the .jpg address between line breaks and blanks,
    over ``div.m-media__caption``: the photo's caption was dropped as a link line)."""
    if el is None:
        return False
    link = next((a for a in el.iterancestors("a")), None)
    if link is None or not _PICTURE_FILE.search((link.get("href") or "").strip()):
        return False
    return all(_PICTURE_FILE.search((a.get("href") or "").strip()) for a in el.iter("a"))


#: `media_address`: the elements that embed another page's player.
MEDIA_TAGS = ("embed", "iframe", "video", "object")


def media_address(el: Any, text: str) -> bool:
    """Whether ``el`` holds an embedded player (``embed``, ``iframe``, ``video``,
    ``object``) whose address is ``text``, the line printed beside it: the video's
    credit as its URL (idntimes.com 2019: ``div.embed-image > embed[src=youtube.com/
    embed/...]`` + ``span.main-article-source`` printing the same address; the dev
    corpus's idn-resep-daging-jamur, whose gold holds it nowhere), no story line."""
    if el is None:
        return False
    address = text.strip()
    for n, m in enumerate(el.iter(*MEDIA_TAGS)):
        if n >= 4:
            break
        if (m.get("src") or m.get("data") or "").strip() == address:
            return True
    return False


#: `source_credit_link`: the links a credit line may print, and the longest such line.
_MAX_CREDIT_LINKS = 2
_MAX_SOURCE_CREDIT_CHARS = 80


def source_credit_link(el: Any, text: str) -> bool:
    """Whether block element ``el`` prints only links whose text is their own address's
    host (``<a href="https://nz.pinterest.com/pin/...">nz.pinterest.com</a>``): a photo's
    credit naming the site it came from, printed under the picture as a link to it
    (popbela.com 2019 desktop, IDN Times' CMS: ``div > img + a`` "<site>" after each
    ``h2`` of a list story; idnmedia/preview adproducts/preview/desktop/popbela/
    detail.html @ 99f4a6522ca8f664f8406fa8b137d0aa17470d01), no line of navigation: still
    the caption, found by its box as `read_captions` finds any."""
    if el is None or len(text) > _MAX_SOURCE_CREDIT_CHARS or "." not in text:
        return False
    links = list(itertools.islice(el.iter("a"), _MAX_CREDIT_LINKS + 1))
    if not links or len(links) > _MAX_CREDIT_LINKS:
        return False
    shown = []
    for a in links:
        label = fold_space(text_content(a)).lower().removeprefix("www.")
        try:
            host = urlsplit(page_link(a)).hostname or ""
        except ValueError:  # a malformed address ("http://[x")
            return False
        if not label or host.removeprefix("www.") != label:
            return False
        shown.append(label)
    return fold_space(text).lower().replace("www.", "") == " ".join(shown)


def dead_credit_link(el: Any) -> bool:
    """Whether ``el`` is a ``figcaption`` whose links lead nowhere (``javascript:;``,
    ``#``): the photo's credit printed as a dead link (popbela.com 2019's
    ``figcaption.pic-source > a[href="javascript:;"]`` "<site>" under the cover;
    fardiyadi/idnmedia2.github.io adproducts/preview/mobile/popbela/
    fullsitetakeover-detail.html @ 123204aec725a41d6dc74075ed3b0fcec01060f0), no line of
    navigation: still the caption. A card's figcaption linking to its story is not."""
    if el is None or el.tag != "figcaption":
        return False
    links = list(itertools.islice(el.iter("a"), 4))
    return bool(links) and not any(page_link(a) for a in links)


#: `teaser_thumbnail`: how many levels above a picture box a teaser's title link is
#: looked for, and how many links each level reads at most.
_TEASER_LEVELS = 3
_TEASER_LINKS = 60


def page_link(a: Any) -> str:
    """The address of link ``a`` when it leads to another page: not empty, not a
    fragment (``#``, a gallery's zoom button), no script and no picture file (a
    lightbox, `picture_link`)."""
    href = (a.get("href") or "").strip()
    if not href or href[0] == "#" or href[:11].lower() == "javascript:" or _PICTURE_FILE.search(href):
        return ""
    return href


def teaser_thumbnail(e: Any) -> bool:
    """Whether ``e``'s pictures are a teaser card's thumbnail: each is a link to
    another page that a text link near it names too (the card's title). A card of
    another page (a photo gallery's box under the story, a related story's card)
    prints that page's thumbnail and its title, both linking there; the line beside
    the thumbnail describes that page, no photo of this story, so it is no caption
    (kapanlagi.com 2016, a real saved page: div.photonews-det-warper >
    div.photonews-title > a "Lihat Foto ...", then div.photonews-list >
    div.item-warper-large > a > img beside div.photo-desc, the gallery's one-line
    description; anpandu/indonesian-news-scraper
    test/fixtures/websites/kapanlagi/kapanlagi-singlepage2.html @
    9072935215bb2d1d7d60216fedee6a29f9eeebba). A story's own photo is printed bare,
    linked to its picture file or to ``#``, or linked to a gallery no title link names:
    it keeps its caption."""
    hrefs = set()
    for img in e.iter("img"):
        link = next(img.iterancestors("a"), None)
        href = page_link(link) if link is not None else ""
        if not href:
            return False
        hrefs.add(href)
    if not hrefs:
        return False
    box = e
    for _ in range(_TEASER_LEVELS):
        box = box.getparent()
        if box is None:
            return False
        for n, a in enumerate(box.iter("a")):
            if n >= _TEASER_LINKS:
                break
            if a.get("href", "").strip() in hrefs and a.find(".//img") is None and fold_space(text_content(a)):
                return True
    return False


def previous_element(e: Any) -> Any:
    """The element before ``e`` among its siblings (comments skipped), or None."""
    prev = e.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments between them
        prev = prev.getprevious()
    return prev


#: `css_picture`: a style that draws a picture ("background-image: url(...)", or the
#: ``background`` shorthand with a ``url(``), and the most elements of a box it reads.
_CSS_PICTURE = regex.compile(r"(?i)background(?:-image)?\s{0,5}:[^;]{0,200}?url\(")
_CSS_PICTURE_ELEMENTS = 8


_CSS_URL = regex.compile(r"""url\(\s{0,5}['"]?([^'"()\s]{1,2000})""")


def css_picture(e: Any) -> str:
    """The address of the picture box ``e`` draws with CSS, or "": it, or one of its
    first few elements, has an inline ``style`` whose background is an image's
    ``url(...)`` (a sports news template, 2022-23, Laravel Blade, code index file id
    7868695998: ``div.banner.banner__main[style="background-image: url('...')"]`` over
    ``center > small`` printing the photo's title; its sidebar cards draw their
    thumbnails the same way). The caller has checked that ``e`` prints no text."""
    for n, el in enumerate(e.iter()):
        if n >= _CSS_PICTURE_ELEMENTS:
            break
        style = el.get(b"style") if isinstance(el.tag, str) else None
        if style and (m := _CSS_PICTURE.search(style[:300])):
            url = _CSS_URL.search(style, m.end() - 4, 2400)
            return url.group(1) if url else "?"
    return ""


def json_ld_image(articles: list[dict[str, Any]]) -> str:
    """The first JSON-LD article's ``image`` address (a string, an ImageObject's ``url``,
    or the first of a list of either), or ""."""
    for a in articles:
        image = a.get("image")
        if isinstance(image, list):
            image = image[0] if image else None
        if isinstance(image, dict):
            image = image.get("url")
        if isinstance(image, str) and image.strip():
            return image.strip()
    return ""


#: Where a lazy-loading page keeps a picture's address while ``src`` holds a placeholder.
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original")


def image_url(img: Any) -> str:
    """The address of the picture ``img`` shows: its ``src``, or for a lazy-loaded one
    (a ``data:`` placeholder or no ``src``: a browser-saved page) its ``data-src``."""
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    return next((v for v in map(img.get, _LAZY_SRC) if v), src)


def file_name(url: str) -> str:
    """The file name of an image URL (no host, folders or query): the same picture
    served in two sizes or from two hosts has one."""
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].strip().lower()
