"""The site's own name and logo: the rule set a page is read with (`page_outlet`: its URL,
``og:`` tags, the home page its logo links to, its share picture's host, its story's
fingerprints) and a metadata title that names only the site (`not_site_name`).
"""

from __future__ import annotations

from typing import Any

from ..detect import GENERIC, foreign_url, may_print_outlet, outlet_from_text, outlet_from_url
from ..rules import available_outlets, ruleset_header
from ..segment import letters_only
from .meta import site_keys
from .rules import Selector, compile_selector
from .state import NOT_WORD_CHARS, HtmlPage, Work
from .tags import text_content


def page_outlet(page: HtmlPage, url: str | None) -> str:
    """The rule set for a page: by the URL (the caller's, else the canonical link),
    then ``og:url`` and ``og:site_name`` (``IDN Times`` names ``idntimes.com``), then,
    on a page with no URL at all (stored without its <head>), the home page its header
    logo links to (`_logo_home`), then the fingerprints of the story's text only: a
    sidebar that quotes another outlet's widget words does not make the page that
    outlet's."""
    found = outlet_from_url(url) or outlet_from_url(page.metas.get("og:url"))
    if found:
        return found
    site = NOT_WORD_CHARS.sub("", (page.metas.get("og:site_name") or "")[:100].lower())
    if site:
        # Each outlet's [ruleset] table alone: no rule set is compiled to be compared.
        for header in (ruleset_header(name) for name in available_outlets() if name != GENERIC):
            labels = {header.name, *(host.split(".")[0] for host in header.hosts)}
            if site in labels:
                return header.name
    if not url and not page.metas.get("og:url"):
        # A page stored without its <head> (a crawler's body-only copy) still links its
        # header logo to its own home page.
        found = outlet_from_url(_logo_home(page.root)) or _share_image_outlet(page)
        if not found and not any(page.metas.get(k) for k in _SHARE_IMAGE_METAS):
            # (a share picture at another site's server names that site: the logo does not)
            found = outlet_from_url(_logo_picture(page.root))
        found = found or _logo_name_outlet(page.root) or _markup_outlet(page)
        if found:
            return found
    foreign = foreign_url(url) or foreign_url(page.metas.get("og:url"))
    if not may_print_outlet(page.text, named_only=foreign):
        # No fingerprint's literal anywhere on the page: the story box need not be
        # chosen to be searched (on a page whose drop rules take something, the
        # container choice is made again without the dropped blocks).
        return GENERIC
    return outlet_from_text(_story_text(page), named_only=foreign, backing=page.text) or GENERIC


#: `_logo_name_outlet`: how many letters a logo's name may print before an outlet's
#: host label ("Koran" of "Koran Tempo", "Majalah" of "Majalah Tempo").
_LOGO_NAME_LEAD = 8


def _logo_name_outlet(root: Any) -> str | None:
    """The shipped outlet whose host's label (``tempo`` of tempo.co) closes the name the
    page's logo box prints (`_logo_name`: "Koran Tempo", "IDN Times"), after a word or
    two at most: a download cut before any link to the site keeps its header (a
    koran.tempo.co 2021 page cut at 70%: ``<title>Koran Tempo</title>``, ``div.logo > a``
    "Koran Tempo", no address; tests/test_real_layouts_tki_2031.py's KORAN_PAYWALL)."""
    name = _logo_name(root, header_only=True)
    if not name:
        return None
    for header in (ruleset_header(n) for n in available_outlets() if n != GENERIC):
        for host in header.hosts:
            label = letters_only(host.split(".")[0])
            if label and name.endswith(label) and len(name) - len(label) <= _LOGO_NAME_LEAD:
                return header.name
    return None


def _markup_outlet(page: HtmlPage) -> str | None:
    """The shipped outlet one of whose ``markers`` (selectors of hooks its own templates
    print) matches the page: a story element saved without its page's address or its
    head, which no logo names (kumparan.com 2022's story element copied into a site's
    blog table, ``span[data-qa-id=story-paragraph]`` in ``div.track_paragraph``: code
    index file id 48027840470; tests/test_leftovers_html_66.py)."""
    for header in (ruleset_header(n) for n in available_outlets() if n != GENERIC):
        for source in header.markers:
            selector = _MARKER_SELECTORS.get(source)
            if selector is None:
                selector = _MARKER_SELECTORS[source] = compile_selector(source)
            if page.select(selector):
                return header.name
    return None


#: `_markup_outlet`'s compiled selectors, by their text (a few per shipped outlet).
_MARKER_SELECTORS: dict[str, Selector] = {}



#: The metas naming a page's share picture, in the order they are read.
_SHARE_IMAGE_METAS = ("og:image", "twitter:image", "twitter:image:src")


def _share_image_outlet(page: HtmlPage) -> str | None:
    """The outlet whose host serves the page's own share picture (``og:image``, else
    ``twitter:image`` / ``twitter:image:src``), on a page that names no URL of its own:
    the picture a page is shared with is its own site's (interaktif.tempo.co 2019-20,
    real pages of ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54 and 13-tahun-aksi-kamisan index.html @
    d423f037e326fb71b35e3d3a9c12253e4ded0a7d: no canonical link, no ``og:url``, no
    ``og:site_name``, no logo linking home; ``og:image`` at
    ``https://interaktif.tempo.co/proyek/...``). An outlet's picture server is one of its
    hosts' children (``cdn.idntimes.com``, ``statik.tempo.co``, ``blue.kumparan.com``)."""
    metas = page.metas
    for key in _SHARE_IMAGE_METAS:
        value = (metas.get(key) or "").strip()
        if value.startswith(("http://", "https://")):
            return outlet_from_url(value)  # (`host_or_empty`: a malformed URL names no host)
    return None


#: `_logo_picture`: the pictures read before giving up.
_LOGO_PICTURES_READ = 200


def _logo_picture(root: Any) -> str | None:
    """The address of the page's first logo picture (its class, or its parent's, names a
    logo) served from a named host: a site's logo is its own server's, and a page stored
    without its <head> and with no logo linking home still shows it (interaktif.tempo.co
    2019-20's footer, ``img.conde-logo`` at ``https://interaktif.tempo.co/photos/...`` (as
    tests/test_real_layouts_tki_blind48.py's INTERAKTIF keeps the real pages' markup:
    ginanjarpamungkas/jurnalis-dalam-bayang-bayang-kekerasan index.html @
    bb87511ea268071c53a2bccde784a02832ff5a54). ``None`` when the first logo picture's
    address is relative, or there is none."""
    for n, img in enumerate(root.iter("img")):
        if n >= _LOGO_PICTURES_READ:
            return None
        parent = img.getparent()
        classes = (img.get(b"class") or "") + " " + ((parent.get(b"class") or "") if parent is not None else "")
        if "logo" not in classes.lower():
            continue
        src = (img.get(b"src") or "").strip()
        return src if src.startswith(("http://", "https://")) else None
    return None


#: `_logo_home`: the links read before giving up (a header's logo comes early).
_LOGO_LINKS_READ = 80


def _logo_home(root: Any) -> str | None:
    """The home page the site's header logo links to: the first link to a site's root
    (``https://host`` or ``https://host/``, no path or query) that shows a picture and
    whose own class, its picture's or its parent's or grandparent's names a logo
    (idntimes.com 2019: div.header-logo > a > img, div.main-header__logo > a >
    img.main-header__logo__img, corpus/raw/idntimes/*.html; 2021: h1.header-logo > a > img,
    the real saved page of the code index's file id 18212393701; magz.tempo.co 2023:
    div.logo > a > img, ahmadmulyana/tempo-temp magz/desktop/detail.html). A logo of a sister site in a
    menu links there too, but after the header's own; a logo linking to a path
    (``/forum/864/``) is a link to a page, not the site. A breadcrumb's link to a site's
    root, picture or not, is its home too (majalah.tempo.co 2022 mobile, ahmadmulyana/tempo-temp
    majalah/mobile/detail-mbm-mobile.html @ 51d830c94cc49b3d265cd6816d32a2681230f7cc:
    div.breadcrumbs > ul.sitemap > li > a "Beranda" inside the stored ``<article>``)."""
    for n, a in enumerate(root.iter("a")):
        if n >= _LOGO_LINKS_READ:
            return None
        href = (a.get(b"href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        rest = href.split("://", 1)[1]
        if "/" in rest.rstrip("/") or "?" in rest or "#" in rest:
            continue
        img = next(a.iter("img"), None)
        boxes = [a]
        for _ in range(3):
            up = boxes[-1].getparent()
            if up is None:
                break
            boxes.append(up)
        if "breadcrumb" in " ".join((e.get(b"class") or "") for e in boxes[1:]).lower():
            return href
        if img is None:
            continue
        classes = " ".join((e.get(b"class") or "") for e in (img, *boxes[:3]))
        if "logo" in classes.lower():
            return href
    return None


def _story_text(page: HtmlPage) -> str:
    """The text of the densest element and its story siblings (the whole page's text
    when no element reads like a story)."""
    choice = page.undropped_choice()
    if choice is None:
        return page.text
    ranges = page.totals().ranges
    keep: set[int] = set()
    for el in (choice.el, *choice.siblings):
        got = ranges.get(el)
        if got:
            keep.update(range(got[0], got[1] + 1))
    return "\n".join(page.blocks[i].text for i in sorted(keep)) if keep else page.text


#: `_logo_name`: the elements read for a logo's box before giving up (a header comes early).
_LOGO_ELEMENTS_READ = 300


def not_site_name(w: Work, title: str | None) -> str | None:
    """``title`` (a metadata title's headline part), unless it is the site's own name: the
    page's site keys (`site_keys`), a shipped outlet's name or host, or the text of the
    page's logo box. A download cut before its headline keeps ``<title>`` alone, and a
    template's ``<title>`` may name only the site (koran.tempo.co 2022, ahmadmulyana/tempo-temp
    koran/desktop/detail.php @ 62fe6dbfd0755b70219d553217b42f56d3e47c1e: ``<title>Koran
    Tempo</title>`` and ``div.logo > a`` "Koran Tempo"; en.tempo.co's "Tempo.Co")."""
    key = letters_only(title or "")
    if not key:
        return title
    if key in site_keys(w.page.metas, w.page.articles, w.page.url or w.page.metas.get("og:url")):
        return None
    for header in (ruleset_header(name) for name in available_outlets() if name != GENERIC):
        if key == letters_only(header.name) or any(key in (letters_only(h), letters_only(h.split(".")[0]))
                                                   for h in header.hosts):
            return None
    return None if key == _logo_name(w.page.root) else title


def _logo_name(root: Any, *, header_only: bool = False) -> str:
    """The site's name its logo box prints (`letters_only`): the text, else a picture's
    ``alt``, of the first element whose class names a logo; "" for none.
    ``header_only``: only a logo over the page's first ``h1`` (a logo under the headline
    is a credit's or a partner's, not the site's header)."""
    for n, e in enumerate(root.iter()):
        if n >= _LOGO_ELEMENTS_READ or (header_only and e.tag == "h1"):
            break
        if not isinstance(e.tag, str) or "logo" not in (e.get(b"class") or "").lower():
            continue
        text = letters_only(text_content(e)[:100])
        if not text:
            img = next(e.iter("img"), None)
            text = letters_only((img.get(b"alt") or "")[:100]) if img is not None else ""
        return text
    return ""
