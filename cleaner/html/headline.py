"""The headline: the story's title block (`find_headline`), and the one heading over a
story whose metadata titles name only the site (`story_heading`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex
from lxml import etree

from ..detect import host_or_empty
from ..segment import fold_space
from .elements import blocks_under, story_paragraph
from .meta import norm_words, site_keys, title_from_metadata, title_parts
from .state import DROP, HEADINGS, INNER_STOP, LINK_LIST_DENSITY, META_WINDOW_BEFORE, NOT_WORD_CHARS, TITLE, Work
from .tags import text_content

if TYPE_CHECKING:
    from .parse import HtmlBlock


#: `story_heading`: how many blocks over the story an h1 may stand.
_HEADING_ABOVE = 4


def story_heading(w: Work, first: int, last: int) -> str | None:
    """The title when the page's metadata titles name only the site (each is its
    og:site_name or its host's name: ``<title>Kabar Kota</title>`` at kabarkota.id; no
    og:title or JSON-LD headline to match a heading):
    the one h1 inside the story's blocks or right over them (nothing but short lines
    between), with a headline's shape and no text rule's hit. Only the title field: the
    blocks go to the engine as before, so the body is unchanged."""
    site = norm_words(w.page.metas.get("og:site_name") or "")
    labels = set(host_or_empty(w.page.url or w.page.metas.get("og:url")).split(".")) - {""}
    if not all((n := norm_words(t)) == site or NOT_WORD_CHARS.sub("", n) in labels for t in w.page.titles):
        return None
    blocks = w.page.blocks
    found = None
    for i in range(max(0, first - _HEADING_ABOVE), last + 1):
        b = blocks[i]
        if b.el is None or b.el.tag != "h1":
            continue
        if found is not None or not _headline_heading(b) or w.hit(i) is not None \
                or any(blocks[j].prose for j in range(i + 1, first)):
            return None
        found = b.text
    return found


# ---- stage: headline ----------------------------------------------------------------

#: `find_headline`: the elements a page's body marks as its headline (schema.org
#: microdata, hAtom), in page order.
_HEADLINE_MARKUP = etree.XPath(
    "//body//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ') "
    "or contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]")
_MAX_HEADLINE_CHARS = 300
#: A marked heading's own class naming the site's title or a box of other posts
#: (``h1.site-title[itemprop=headline]``, ``h2.entry-title.SidebarTitle``,
#: ``h3.slide-entry-title``: trafilatura's evaluation suite), no story's headline.
_NOT_HEADLINE_BOX = regex.compile(r"(?i)site|sidebar|widget|slide|carousel|related|teaser|card")


def _block_of(w: Work, el: Any) -> int | None:
    """The block that prints element ``el``'s text (its one block, or the one whose text is
    the element's). A function of the module, not a closure in `find_headline`: compiled,
    a closure and its environment hold the page in a reference cycle."""
    text = fold_space(text_content(el))
    under = blocks_under(w, [el])
    blocks = w.page.blocks
    for b in under:
        if blocks[b].text == text or len(under) == 1:
            return b
    return None


def find_headline(w: Work, body: set[int]) -> int | None:
    """The headline's block: an outlet ``title`` selector, else the longest heading
    whose words appear in a metadata title, else the last ``h1`` before the story.
    A headline that a text rule would take as chrome is not used; one labelled like a
    caption ("FOTO: ...") that a metadata title prints whole is the title, but is kept
    from the engine, whose caption rules would read it as a caption."""
    blocks = w.page.blocks
    first = min(body)
    refs = [norm_words(t) for t in w.page.titles]
    found: int | None = None
    for s in w.sel["title"]:
        for el in w.page.select(s):
            found = _block_of(w, el)
            if found is not None:
                break
        if found is not None:
            break
    if found is None:
        best, best_len = None, 0
        for el in w.page.root.iter("h1", "h2", "h3"):
            text = norm_words(text_content(el)[:1000])
            if text.count(" ") < 2 or len(text) < best_len:
                continue
            if len(text) == best_len and (best is None or blocks[best].link_density <= LINK_LIST_DENSITY):
                continue  # the same title again: kept unless the first was a list's link
            if any(text in r for r in refs):
                i = _block_of(w, el)
                if i is not None and (len(text) > best_len or blocks[i].link_density <= LINK_LIST_DENSITY):
                    best, best_len = i, len(text)
        if best is not None and blocks[best].link_density > LINK_LIST_DENSITY:
            best = _unlinked_headline(w, best, refs)
        found = best
    if found is None and w.page.titles:
        # A headline printed in a plain box (``<div class="judul">``, no heading tag):
        # the nearest line above the story that prints a metadata title whole, no link.
        parts = title_parts(w.page.titles)
        found = next((i for i in range(first - 1, max(-1, first - 1 - META_WINDOW_BEFORE), -1)
                      if not blocks[i].link_chars and blocks[i].text.count(" ") >= 2
                      and norm_words(blocks[i].text) in parts), None)
    if found is None and not w.page.titles:
        # No metadata title to confirm a heading (a page saved without its <head>): the
        # last h1 before the story, unless it is a site's or section's name (a link,
        # fewer than three words: "Regional", the logo's "News") and a heading that
        # reads as a headline stands nearer the story (kompas.com 2015 and
        # republika.co.id 2016 print the headline in an h2 under such an h1). The story
        # starts at its first paragraph: a container widened to its <article> holds the
        # header box with the headline (idntimes.com 2019, the section's name over it).
        story = story_paragraph(blocks, body)
        story = first if story is None else story
        # The headline the body's markup names: schema.org's ``itemprop=headline``, hAtom's
        # ``entry-title`` (WordPress's ``h1.entry-title``, Blogger's ``h3.post-title.entry-title``),
        # over the story's first paragraph.
        marked = [i for el in (_HEADLINE_MARKUP(w.page.root)
                               if w.page.may_hold(("entry-title",), ("itemprop",)) else ())
                  if (i := _block_of(w, el)) is not None and story - META_WINDOW_BEFORE <= i <= story
                  and 0 < len(blocks[i].text) <= _MAX_HEADLINE_CHARS and blocks[i].el is not None
                  and blocks[i].el.tag in HEADINGS and not _NOT_HEADLINE_BOX.search(el.get("class") or "")
                  and norm_words(blocks[i].text) == norm_words(text_content(el)[:_MAX_HEADLINE_CHARS * 2])]
        # An h1 so marked, else the one heading so marked: several (the titles of a list
        # of other posts, each an ``h2.entry-title``) name no headline.
        top = [i for i in marked if blocks[i].el.tag == "h1"]
        marked = top[-1:] if top else marked if len(marked) == 1 else []
        # An h1 a drop stage took is a menu's (majalah.tempo.co 2022's breadcrumb prints
        # the rubric, or a stale story's title, in ``li > a > h1``): no headline.
        before = [b.index for b in blocks[:story + 1]
                  if b.el is not None and b.el.tag == "h1" and w.verdicts.get(b.index) != DROP]
        found = marked[-1] if marked else before[-1] if before else None
        if found is None or (not marked and not _headline_heading(blocks[found])):
            found = next((i for i in range(story - 1, max(-1, story - 1 - META_WINDOW_BEFORE), -1)
                          if (found is None or i > found) and blocks[i].el is not None
                          and blocks[i].el.tag in HEADINGS and _headline_heading(blocks[i])
                          and w.hit(i) is None), found)
    if found is None:
        return None
    hit = w.match(blocks[found].text)
    if hit is not None:
        if hit[0].kind == "caption" and any(norm_words(blocks[found].text) in r for r in refs):
            w.add("title", _uncut_title(w, found))
            w.take(found, TITLE)
            w.title_at = found
        return None
    w.add("title", _uncut_title(w, found))
    return found


def _uncut_title(w: Work, found: int) -> str:
    """The headline block ``found``'s text, or, when the download ends inside it (the
    page's last block) and it begins a metadata title's headline, that whole headline:
    en.tempo.co 2015 cut inside its div.judul-konten printed "Coastal Vil" under an
    og:title of the whole (a cut download keeps its ``<head>``)."""
    text = w.page.blocks[found].text
    if found != len(w.page.blocks) - 1 or not w.page.titles:
        return text
    whole = title_from_metadata(w.page.titles, site_keys(w.page.metas, w.page.articles,
                                                         w.page.url or w.page.metas.get("og:url")))
    cut = norm_words(text)
    return whole if whole and cut and len(norm_words(whole)) > len(cut) and norm_words(whole).startswith(cut) \
        else text


def _unlinked_headline(w: Work, linked: int, refs: list[str]) -> int:
    """The headline when the longest heading that a metadata title prints is a link:
    a heading that is no link and whose words the linked one holds whole, with more
    after or before them (okezone.com 2015, a real saved page: the logo's ``h1 > a``
    "<headline> :: Okezone News" over the story's own ``div.titles > h1``;
    hafizbadrie/slasherrb spec/cases/okezone.html @ 9f36a9713d1fe07755f1ea64eb481194b53d1d2c),
    the longest such; else the linked heading."""
    blocks = w.page.blocks
    whole = norm_words(blocks[linked].text)
    best, best_len = linked, 0
    for el in w.page.root.iter("h1", "h2", "h3"):
        text = norm_words(text_content(el)[:1000])
        if text.count(" ") < 2 or len(text) <= best_len or len(text) >= len(whole) or text not in whole \
                or not any(text in r for r in refs):
            continue
        for i in blocks_under(w, [el]):
            if blocks[i].link_density <= LINK_LIST_DENSITY and norm_words(blocks[i].text) == text:
                best, best_len = i, len(text)
                break
    return best


def _headline_heading(b: HtmlBlock) -> bool:
    """A heading's block that may be a headline: three to thirty words, no link, no
    sentence inside it (a caption's "... Enge. Bild: ...") and no full stop or colon at
    its end (a comment box's "Comments are closed.", a share bar's "Share this:"), not
    the heading of a form."""
    text = b.text.rstrip()
    if not 2 <= text.count(" ") < 30 or b.link_chars or text.endswith((".", ":")) or INNER_STOP.search(text):
        return False
    after = b.el.getnext() if b.el is not None else None
    return after is None or after.tag != "form"  # a comment form's "Say your words"
