"""The story's container: the outlet's ``body`` selectors, else the density choice, else
trafilatura's when that choice is not confident (`find_body`); widening it to the
whole article, and the lead and pull quotes standing over it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..passes.page import PULL_QUOTE
from .elements import blocks_under, common_ancestor, tag
from .index_pages import CARD_LIST_SHARE, CARD_TITLE_LINKS, MIN_TEASERS, teaser_text
from .state import MAX_META_CHARS, MIN_BODY_CHARS, MIN_OUTLET_SHARE, Work
from .tags import within_tag

if TYPE_CHECKING:
    from .parse import HtmlBlock


class _Sums:
    """What `find_body` weighs its candidates by: the running text of a set of block
    indices, its share of the page's (``run_total``), its characters, and the undropped
    blocks under elements. Methods of an object, not closures: compiled, a closure and
    its environment object refer to each other, a cycle that held each page (its work,
    blocks and tree) until the cyclic collector ran."""

    def __init__(self, w: Work, run_total: int) -> None:
        self.w = w
        self.blocks = w.page.blocks
        self.run_total = run_total

    def running(self, idx: set[int]) -> int:
        from .container import is_running

        blocks = self.blocks
        return sum(len(blocks[i].text) for i in idx if is_running(blocks[i]))

    def share(self, idx: set[int]) -> float:
        return self.running(idx) / max(1, self.run_total)

    def chars(self, idx: set[int]) -> int:
        blocks = self.blocks
        return sum(len(blocks[i].text) for i in idx)

    def under(self, *els: Any) -> set[int]:
        blocks = self.blocks
        return {i for i in blocks_under(self.w, list(els)) if not blocks[i].dropped}


def find_body(w: Work, use_trafilatura: bool | None) -> tuple[set[int], str]:
    """The indices of the container's blocks (dropped ones left out), and how it was
    found: the outlet's ``body`` selectors, else the densest element when it is
    confident (clearly ahead of any rival, and holding at least `MIN_SHARE` of the
    page's running text); else the candidate of trafilatura's choice, the densest
    element and the main region (the deepest element holding most running text) that
    holds the largest share, trafilatura's when it holds `MIN_SHARE` (another joined
    with trafilatura's blocks: `_with_trafilatura`)."""
    from .container import (
        CONFIDENT_SHARE,
        MIN_SHARE,
        choose_container,
        is_menu,
        is_running,
        main_region,
        story_parts,
        trafilatura_keep,
        without,
    )

    blocks = w.page.blocks
    live = [b for b in blocks if not b.dropped]
    gone = [b for b in blocks if b.dropped]
    run_total = sum(len(b.text) for b in live if is_running(b))
    for s in w.sel["body"]:
        found = w.page.select(s)
        # Outermost matches only: a selector may also match inside an earlier match.
        found_set = set(found)
        outer = _one_story(w, [e for e in found if found_set.isdisjoint(e.iterancestors())])
        body = {i for i in blocks_under(w, outer, lines=True) if not blocks[i].dropped}
        body |= _between_paragraphs(w, outer, body)
        if sum(len(blocks[i].text) for i in body) < MIN_BODY_CHARS:
            continue
        # A shared selector (schema.org's articleBody) on boxes of less than `MIN_SHARE`
        # of the page's running text marks a teaser's or a widget's text, not the story's
        # (the density and region choices weigh such a page). An outlet's own selector is
        # trusted further, down to `MIN_OUTLET_SHARE`: below that it names some other box
        # of a layout it was not written for (on the real pages of the dev corpus an
        # outlet's selector holds 75-97% of the running text).
        held = sum(len(blocks[i].text) for i in body if is_running(blocks[i]))
        floor = MIN_SHARE if s.base else MIN_OUTLET_SHARE
        if held < run_total * floor:
            continue
        return body, f"selector {s.source}"

    sums = _Sums(w, run_total)
    running, share, chars, under = sums.running, sums.share, sums.chars, sums.under
    choice = choose_container(live, without(w.page.totals(), gone)) if gone else w.page.undropped_choice()
    cards = under(choice.el) if choice is not None else set()
    if choice is not None and cards and _card_list(w, choice.el, cards):
        # The densest box is a list of teaser cards (a "next posts" or news-feed widget:
        # each card a linked title over its summary) whose summaries outweigh a short
        # story: the site's furniture, not the story. The story is chosen among the rest,
        # and weighed against the rest's running text (boingboing.net's
        # ``div#next-post-thumbnails > div.nextstory`` under a one-paragraph post, a
        # WordPress RSS widget's ``ul > li`` items beside a short page: trafilatura's
        # evaluation suite; the story had been cut to its lead or lost).
        card_blocks = [blocks[i] for i in sorted(cards)]
        sums = _Sums(w, run_total - running(cards))
        running, share, chars, under = sums.running, sums.share, sums.chars, sums.under
        choice = choose_container([b for b in live if b.index not in cards],
                                  without(w.page.totals(), gone + card_blocks))
    dense = under(choice.el, *choice.siblings) if choice is not None else set()
    ahead = choice is not None and choice.confident  # no rival close to it
    if ahead and share(dense) >= CONFIDENT_SHARE and use_trafilatura is not True:
        return dense, "density"
    if ahead and use_trafilatura is not True and dense and not _runs_on(w, None, max(dense)) \
            and running(dense) >= CONFIDENT_SHARE * (run_total - teaser_text(w, dense)):
        # The running text the confident choice is measured against holds a list of
        # teasers outside it (cards: a linked title over a short summary), whose box no
        # tag or class told apart: that is the site's furniture, not story text the
        # choice left out (liputan6 2016's "Berita Terkini" cards, article > aside >
        # header > h4 > a + div summary; with <aside>/<article> printed as <div> the
        # summaries stood as running text, the choice fell under half of it and
        # trafilatura's pick took the comments and a video list in). Not when running
        # text follows the choice at once: the story goes on past its box.
        return dense, "density"
    region_el = main_region(live, w.page.totals().tree)
    # A main region that is a menu box (`is_menu`: most of its many lines links, its
    # running text only in boxes of links) is no story's region: a mega menu prints a
    # teaser paragraph beside each topic's links (stuttgart.de, trafilatura's evaluation
    # suite: nine teasers of ~280 characters in ``nav > ul#nav > li`` boxes, 116 of the
    # list's 142 lines links), and holding more running text than a short story it took
    # the story's place. Nor is its text a part of the story the density choice left
    # out: a confident choice's share is judged without it.
    if region_el is not None and is_menu(region_el, blocks, w.page.totals().ranges):
        menu = running(under(region_el) - dense)
        region_el = None
        if ahead and use_trafilatura is not True and running(dense) >= CONFIDENT_SHARE * (run_total - menu):
            return dense, "density"
    region = under(region_el) if region_el is not None else set()
    if use_trafilatura is False:
        if choice is None:
            return set(), "no container"
        if share(dense) < MIN_SHARE and share(region) > share(dense) and chars(region) >= MIN_BODY_CHARS:
            # The region (the deepest box of 60% of the running text) often holds the
            # story and what follows it: comments, a teaser list, the sidebar's widgets,
            # the next post of a blog's page. The density choice marks where the story
            # is, as trafilatura's blocks do in auto mode: a confident choice alone, one
            # that is not with its close rivals (each scoring over `RUNNER_UP_MAX` of it:
            # a story in parts, an interview's answer boxes, a thread's posts). The
            # region is read with them as with those blocks (`_with_trafilatura`: the
            # union, less the region's tail past them unless the tail is most of it;
            # the story goes on past them in boxes like theirs: `_story_goes_on`). Not
            # when the first line past them is running text in the region: the story
            # runs on there (a page builder's next text module, a paragraph outside the
            # choice's box), no break (a share bar, tags, a heading) closing it. Density
            # mode on trafilatura's evaluation suite: F1 0.9390 -> 0.9425 (17 pages up,
            # 2 down); a confident choice alone 0.9420; without the running-text check,
            # a confident choice alone 0.9408 (21 up, 9 down), any choice alone 0.9397.
            parts = dense if ahead else dense | under(*choice.rivals)
            if parts and not _runs_on(w, region, max(parts)):
                end = _story_goes_on(w, parts, region, max(parts))
                return _with_trafilatura(region, parts, share, end), "region + density"
            return region, "region"
        # A choice that is not confident because its close rivals are boxes of its own
        # tag and class (`story_parts`: a page builder's text modules, the story cut in
        # two around a picture or a quote box) holds one part of the story: the parts
        # are read together, as the region's branch above reads them. Other rivals (a
        # sidebar's text, a cookie notice) are left out. Density mode on trafilatura's
        # evaluation suite: F1 0.9425 -> 0.9427 (be.ch: two of three missing snippets
        # found; wirtschaftspsychologie-aktuell: the story's second half kept, and with
        # it a reading list auto mode keeps too); all rivals, not only such parts:
        # 0.9422 (france.attac.org lost its story).
        twins = story_parts(choice)
        if not ahead and twins:
            return dense | under(*twins), "density + parts"
        return dense, "density"
    # Not gated further: of the 185 peer-suite pages that get here, the consult changes
    # the text of 118 (the score of 56: 42 gain, 11 lose), and no shape signal measured
    # skipped it without a loss there or on the class-scrambled suite (the region ending
    # where the density choice ends: the same F1, lower scrambled, two pages' stories left
    # outside both; no link or short lines in the region past the choice; a clear density
    # winner; the choice's share above 0.45).
    keep = trafilatura_keep(w.page.root, live, w.page.source, w.dropped_boxes)
    if chars(keep) >= MIN_BODY_CHARS and (share(keep) >= MIN_SHARE or run_total == 0 or use_trafilatura):
        return keep, "trafilatura"
    # trafilatura kept little of the running text: the candidate holding most of it.
    candidates = [(share(idx), -rank, idx, how)
                  for rank, (idx, how) in enumerate(((keep, "trafilatura"), (dense, "density (weak)"),
                                                     (region, "region")))
                  if chars(idx) >= MIN_BODY_CHARS]
    if candidates:
        _, _, idx, how = max(candidates, key=lambda c: (c[0], c[1]))
        if how != "trafilatura" and keep:
            end = _story_goes_on(w, keep, idx, max(keep))
            return _with_trafilatura(idx, keep, share, end), f"{how} + trafilatura"
        return idx, how
    if choice is not None and choice.score >= 1:
        return dense, "density (weak)"
    return set(), "no container"


def _card_list(w: Work, el: Any, idx: set[int]) -> bool:
    """Whether ``el`` (holding the blocks ``idx``) is a list of teaser cards: at least
    `MIN_TEASERS` of its children of one tag and class each open with a linked title
    (a block of three words or more, over half of it links) and hold running text below it, and
    those children hold `CARD_LIST_SHARE` of ``el``'s running text. A story's own list
    (exercises, steps) opens its items with text, a link at most after it."""
    from .container import is_running

    blocks = w.page.blocks
    kids: dict[Any, list[int]] = {}
    for i in sorted(idx):
        e = blocks[i].el
        if e is None:
            continue
        kid = next((a for a in (e, *e.iterancestors()) if a.getparent() is el), None)
        if kid is not None:
            kids.setdefault(kid, []).append(i)
    total = sum(len(blocks[i].text) for i in idx if is_running(blocks[i]))
    groups: dict[tuple[str, str], list[int]] = {}
    for kid, held in kids.items():
        top = blocks[held[0]]
        text = sum(len(blocks[i].text) for i in held[1:] if is_running(blocks[i]))
        if top.link_density > CARD_TITLE_LINKS and top.text.count(" ") >= 2 and text:
            groups.setdefault((str(kid.tag), kid.get("class") or ""), []).append(text)
    return any(len(g) >= MIN_TEASERS and sum(g) >= CARD_LIST_SHARE * total for g in groups.values())


def _runs_on(w: Work, idx: set[int] | None, last: int) -> bool:
    """Whether the first undropped block past block ``last`` is running text in ``idx``
    (anywhere: ``None``) (a story that goes on past its box, with no break between)."""
    from .container import is_running

    blocks = w.page.blocks
    for i in range(last + 1, len(blocks)):
        if not blocks[i].dropped:
            return (idx is None or i in idx) and is_running(blocks[i])
    return False


def _one_story(w: Work, found: list[Any]) -> list[Any]:
    """The matches of a ``body`` selector up to the first one printed after another
    story's headline: an ``h1`` between two matches below the page's first ``h1`` opens
    the next story a page appends below its own (tempo.co 2021: ``article.detail-artikel.
    berikutnya`` boxes, each with its ``h1`` and its ``div.detail-in`` teaser, under the
    story's own ``div.detail-in``). Matches above the first ``h1`` (a teaser box over
    the headline) are left as they are; matches with no ``h1`` between them (a story cut
    into several boxes by ads) are all kept, and so are matches that are paragraphs, not
    boxes (one block each: kumparan's ``story-paragraph``), where an ``h1`` between two
    may be the story's own subhead."""
    if len(found) < 2:
        return found
    blocks = w.page.blocks
    spans = [blocks_under(w, [e]) for e in found]
    if all(len(idx) <= 1 for idx in spans):
        return found
    heads = [i for i, b in enumerate(blocks) if tag(b) == "h1"]
    if len(heads) < 2:
        return found
    end: int | None = None
    for n, idx in enumerate(spans):
        if not idx or min(idx) < heads[0]:
            continue
        if end is not None and any(end < h < min(idx) for h in heads):
            return found[:n]
        end = max(idx) if end is None else max(end, max(idx))
    return found


def _between_paragraphs(w: Work, found: list[Any], body: set[int]) -> set[int]:
    """The blocks between the first and the last of several matches of a ``body``
    selector that names the story's paragraphs, not its box (kumparan's
    ``p[data-qa-id=story-paragraph]``): the subheads, list items and quotes printed
    between two paragraphs are the story too (a real kumparan.com 2022 story prints its
    subheads as ``h2``/``h3`` and its steps as ``li`` between the paragraphs). Chrome
    there is left to the later stages, as inside a box. Not when the matches hold more
    blocks than there are matches (a match is a box), share no box below the page's
    body, or when what lies between holds more text than the matches (the matches are
    far apart: a teaser's paragraph and the story's)."""
    if len(found) < 2 or not body or len(body) > len(found):
        return set()
    box = common_ancestor(found)
    if box is None or box.tag in ("body", "html"):
        return set()
    blocks = w.page.blocks
    between = {i for i in range(min(body), max(body) + 1) if not blocks[i].dropped} - body
    if sum(len(blocks[i].text) for i in between) > sum(len(blocks[i].text) for i in body):
        return set()
    return between


#: `_with_trafilatura`: the least share of the candidate's running text its cut tail may leave.
_MIN_TAIL_KEPT = 0.25


def _with_trafilatura(idx: set[int], keep: set[int], share: Callable[[set[int]], float],
                      end: int | None = None) -> set[int]:
    """A candidate that holds more of the running text than trafilatura kept, read
    with trafilatura's blocks: their union, less the candidate's tail past the last
    block trafilatura kept (author boxes, share prompts, comments below a post) unless
    that tail is most of the story (trafilatura then kept a fragment). ``end``: where
    the story ends when it goes on past that block (`_story_goes_on`)."""
    last = max(keep) if end is None else end
    cut = {i for i in idx if i <= last} | keep
    return cut if share(cut) >= _MIN_TAIL_KEPT * share(idx) else idx | keep


#: `_story_goes_on`: the least share of the running text past trafilatura's last block,
#: up to the last block printed in the story's boxes, that those boxes hold.
_SAME_BOXES_SHARE = 0.5


def _box_path(b: HtmlBlock) -> tuple[tuple[str, str], ...]:
    """A block's element and the two above it, each as its tag and class (no id: a page
    builder numbers its modules)."""
    out = []
    e = b.el
    for _ in range(3):
        if e is None or not isinstance(e.tag, str):
            break
        out.append((e.tag, (e.get("class") or "")[:300].strip()))
        e = e.getparent()
    return tuple(out)


def _story_goes_on(w: Work, keep: set[int], idx: set[int], last: int) -> int:
    """Where the story ends in ``idx`` past trafilatura's ``last`` block: at the last
    block printed in a box like those of the running text trafilatura kept (the same
    tags and classes on the block's element and the two above it; a short line there,
    a product's name under its picture, counts), when such boxes hold most of the
    running text and those lines up to it; else at ``last``. A page
    builder's story goes on in text modules like its first one, past picture modules,
    where trafilatura often stops; a post's comments, an author box or a teaser list
    below it are boxes of other kinds."""
    from .container import is_running

    blocks = w.page.blocks
    kinds = {_box_path(blocks[i]) for i in keep if is_running(blocks[i])}
    tail = [blocks[i] for i in sorted(idx) if i > last and not blocks[i].dropped]
    same = [b for b in tail if _box_path(b) in kinds]
    # By index, not `b in same` (a list scan comparing dataclass fields per block:
    # quadratic on a long tail); a page's blocks have distinct indices.
    same_at = {b.index for b in same}
    tail = [b for b in tail if is_running(b) or b.index in same_at]
    if not same:
        return last
    end = same[-1].index
    total = sum(len(b.text) for b in tail if b.index <= end)
    return end if sum(len(b.text) for b in same) >= total * _SAME_BOXES_SHARE else last


#: `widen_to_article`: the most running text the widening may add, as a share of
#: the container's own, and the link density above which an ``<article>`` is a list.
_WIDEN_MAX_ADDED = 1.0
_WIDEN_MAX_LINKS = 0.35


#: `widen_to_article`: below the container, an ``article``'s list items (and the heading
#: right over one) are taken, nothing else.
_TAIL_ITEM = frozenset({"li", "dd", "dt", "td", "th"})
_TAIL_HEADING = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _tail_fact(blocks: list[HtmlBlock], i: int) -> bool:
    """Whether block ``i`` is a list's or table's item without a link (`widen_to_article`)."""
    return i < len(blocks) and tag(blocks[i]) in _TAIL_ITEM and not blocks[i].link_chars


def widen_to_article(w: Work, body: set[int], how: str) -> tuple[set[int], str]:
    """The blocks of the ``<article>`` around the chosen container, when it is one
    story's box: the container found by text density is often the box of the running
    paragraphs alone, and the lead, summary, ingredient list or key facts printed
    beside it in the same ``<article>`` are the story too (HTML: an ``article`` is one
    self-contained composition). Below the container only link-free list items (and a
    heading over them) are taken. Not taken when the ``article`` holds other articles
    (a list of teasers), is mostly links, or would more than double the running text.
    Chrome inside it is still taken by the later stages (captions, link lists)."""
    from .container import is_running

    blocks = w.page.blocks
    el = common_ancestor([blocks[i].el for i in body if blocks[i].el is not None])
    box = next((e for e in ([el, *el.iterancestors()] if el is not None else []) if e.tag == "article"), None)
    if box is None:
        return body, how
    span = w.page.totals().ranges.get(box)
    if span is None or any(True for _ in box.iterdescendants("article")):
        return body, how
    # Below the container's last block, only a list's items without links (an ingredient
    # list, key facts, nutrients) and the heading over one: what else an ``article``
    # prints after its story is the page's own tail (share and donation prompts, an
    # author's bio, a disclaimer, "read more" boxes) on the suite's real pages.
    last = max(body)
    wide = {i for i in range(span[0], span[1] + 1)
            if not blocks[i].dropped and (i <= last or _tail_fact(blocks, i)
                                          or (tag(blocks[i]) in _TAIL_HEADING and _tail_fact(blocks, i + 1)))}
    if wide <= body:
        return body, how
    chars = sum(len(blocks[i].text) for i in wide)
    links = sum(blocks[i].link_chars for i in wide)
    own = sum(len(blocks[i].text) for i in body if is_running(blocks[i]))
    added = sum(len(blocks[i].text) for i in wide - body if is_running(blocks[i]))
    if links > chars * _WIDEN_MAX_LINKS or added > own * _WIDEN_MAX_ADDED:
        return body, how
    return body | wide, f"{how} + article"


#: `story_lead`: how far above the story an ``h1`` is looked for when no headline was found,
#: and the most link text a lead paragraph may hold.
_LEAD_WINDOW = 15
_LEAD_MAX_LINKS = 0.25


def story_lead(w: Work, body: set[int], headline: int | None) -> set[int]:
    """Paragraphs of running text between the headline (when none was found: the
    ``h1`` just above the story) and the container's first one: the story's lead or
    intro, printed in a box of its own beside the body's (``p.intro``, a teaser, a
    perex) that the density choice left out, however much chrome (a player, a
    photo's credits) lies between."""
    from .container import is_running

    blocks = w.page.blocks
    running = sorted(i for i in body if is_running(blocks[i]))
    if not running:
        return set()
    if headline is None:
        h1s = [i for i in range(max(0, running[0] - _LEAD_WINDOW), running[0])
               if blocks[i].el is not None and blocks[i].el.tag == "h1"]
        if not h1s:
            return set()
        headline = h1s[-1]
    start = next((i for i in running if i > headline), None)
    if start is None:
        return set()
    lead = {i for i in range(headline + 1, start)
            if i not in body and is_running(blocks[i]) and blocks[i].link_density <= _LEAD_MAX_LINKS
            and len(blocks[i].text) > MAX_META_CHARS}  # longer than a date or by-line line
    story = [blocks[k].text for k in running]
    for i in sorted(lead):
        if _quoted(blocks[i]) and _pull_quote(blocks[i].text, story):
            lead.discard(i)
            w.take(i, PULL_QUOTE)
    return lead


def opening_pull_quote(w: Work, body: set[int], headline: int | None) -> None:
    """A pull quote that the container took in over the story's first paragraph (the
    lines `story_lead` reads when the container left them out): the quoted lines
    (`_quoted`) that open the body's running text under the headline (past the head's
    short lines, `MAX_META_CHARS`: a date, a by-line), each repeating a
    quote of the story under it (`_pull_quote`; antaranews.com 2017's ``<blockquote>``
    over ``div#content_news``, read with its names taken away, ablation33: the
    quote became the first paragraph and hid the story's dateline under it)."""
    from .container import is_running

    blocks = w.page.blocks
    after = headline if headline is not None else -1
    running = [i for i in sorted(body) if i > after and i not in w.verdicts and is_running(blocks[i])]
    quoted: list[int] = []
    rest: list[int] = []
    for k, i in enumerate(running):
        if blocks[i].el is not None and _quoted(blocks[i]):
            quoted.append(i)
        elif quoted or len(blocks[i].text) > MAX_META_CHARS:
            rest = running[k:]
            break  # (short lines before the quote are the head's: its date, by-line)
    if not quoted or not rest:
        return
    story = [blocks[k].text for k in rest]
    for i in quoted:
        if _pull_quote(blocks[i].text, story):
            w.take(i, PULL_QUOTE)


def _quoted(b: HtmlBlock) -> bool:
    """Whether block ``b`` is set as a quotation (in a ``<blockquote>``) or opens with an
    ellipsis: how a pull quote is printed. A lead or a deck the story repeats is not
    one (elespectador.com's lead, peer suite, is story text)."""
    return b.text.startswith(("...", "…")) or within_tag(b.el, "blockquote", _QUOTE_DEPTH) \
        or _quote_box(b.el)


def _quote_box(el: Any) -> bool:
    """Whether ``el`` or one of its near ancestors (`_QUOTE_DEPTH`) is a box whose class
    names a quote (antaranews.com's regional template 2022: ``div.quote_old`` in the
    story's header repeating a sentence of the story, its body kept in a project's SQL
    dump, code index file id 9562923181; WordPress themes' ``pullquote``): a pull quote
    is set so. `_pull_quote` still asks that the story print its words again."""
    for _ in range(_QUOTE_DEPTH):
        if el is None:
            return False
        cls = el.get("class")
        if cls and "quote" in cls.lower():
            return True
        el = el.getparent()
    return False


def _pull_quote(text: str, story: list[str]) -> bool:
    """Whether ``text``, a line over the story, is a pull quote: its words, the quote
    marks and ellipses around them cut, are printed again inside one of the story's
    paragraphs, which says more (antaranews.com 2017, a real saved page: a
    ``<blockquote>`` between the photo and ``div#content_news`` repeating a quote of
    the story, its closing mark kept; anpandu/indonesian-news-scraper
    test/fixtures/websites/antara/antara-singlepage5.html @
    0a201b435b02bd6cf8410715863af45147a74797)."""
    core = text.strip(" .,…\"“”'")
    return len(core) >= _MIN_PULL_QUOTE_CHARS and any(core in p and len(p) > len(core) for p in story)


#: `_pull_quote`: the least text a pull quote holds.
_MIN_PULL_QUOTE_CHARS = 40
#: `_quoted`: how many elements up from a block a ``<blockquote>`` may stand.
_QUOTE_DEPTH = 3
