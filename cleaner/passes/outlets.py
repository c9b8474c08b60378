"""An outlet's or a site's name printed in a line (a title bar's "- Outlet", a slug, a
doubled brand): what ``find_title``, ``split_glued`` and the front ends read."""

from __future__ import annotations

from typing import Final

from ..lazy import compiled_regex
from ..rules import RuleSet
from .page import Page
from .text import CLOSERS, INNER_STOP, MAX_TITLE_CHARS, ends_sentence, is_sentence_like, is_title_like

#: A URL path segment's words; tokens that mix digits and letters (``o2l07x284``,
#: ``82f43b``) are ids, not words.
SLUG_TOKEN: Final = r"[^\W_]+"
_MIN_SLUG_WORDS: Final = 3
_MIN_SLUG_COVER: Final = 0.8
#: How headlines may end that statements rarely do ("Kenapa?", "Ayo!", "Ini dia...").
TITLE_ENDERS: Final = ("?", "!", "...", "…")


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the URL path's longest segment (the headline's slug), lower-cased.

    >>> slug_words("https://x.id/read/2015/11/05/123/google-umbar-kelemahan-galaxy-s6-edge.html")
    ('google', 'umbar', 'kelemahan', 'galaxy', 'edge')
    """
    if not url:
        return ()
    path = url.split("?", 1)[0].split("#", 1)[0].split("://", 1)[-1].partition("/")[2]
    segment = max(path.split("/"), key=len, default="")
    segment = segment.rsplit(".", 1)[0] if segment.endswith((".html", ".htm", ".php")) else segment
    words = [w.lower() for w in compiled_regex(SLUG_TOKEN).findall(segment) if w.isalpha()]
    return tuple(words) if len(words) >= _MIN_SLUG_WORDS else ()


def statement(text: str, *, long_lines: bool = True) -> bool:
    """A sentence that ends in one full stop or a colon, or (``long_lines``) a long
    line: story, not a linked title (headlines end in '?', '!' or '...', or in
    nothing)."""
    if not is_sentence_like(text) or text.rstrip(CLOSERS).endswith(TITLE_ENDERS):
        return False
    return long_lines or ends_sentence(text) or text.endswith(":")


def marked_title(page: Page, candidates: list[int]) -> int | None:
    """The unclaimed block the front end marked as the headline (a Markdown page's one
    level-1 heading) when it has a headline's shape and a statement follows it."""
    line = page.headline_line
    if line is None:
        return None
    for n, i in enumerate(candidates):
        block = page.blocks[i]
        if block.number == line:
            text = block.text
            # the heading is marked: a '!' inside it is the headline's ("Lengkap! Ini 13
            # Hal ...": idntimes.com 2019 through html2text), as on an outlet's first line
            if is_title_like(text, exclaims=True) and not ends_sentence(text) and any(
                    statement(page.blocks[k].text) for k in candidates[n + 1:]):
                return i
            return None
    return None


def slug_title(page: Page, candidates: list[int]) -> int | None:
    """The unclaimed headline-shaped block before the first statement (a sentence
    ending in one full stop or a colon; a long line may be a ticker) that prints the URL slug's words
    (nearly all of them, and little else): the headline, wherever the site's menus
    put it. When no line over the first statement prints them, one statement may be a
    teaser over the headline (mediaindonesia.com 2025): a line under it counts when its
    words are the slug's exactly (a page that prints the headline over a playlist's
    sentence and again under it keeps the first: arteradio.com in the peer suite)."""
    if page.url is None:
        return None
    shaped: list[int] = []
    teaser = None  # the one statement let pass: past it, only the slug's exact words count
    for i in candidates:
        text = page.blocks[i].text
        if statement(text, long_lines=False):
            if teaser is not None or not shaped:
                break
            teaser = i
            continue
        if len(text) > MAX_TITLE_CHARS or text.endswith(".") or INNER_STOP.search(text):
            continue  # a headline may hold a '!' or a '?' ("Keren! Ini ..."), not a '.'
        shaped.append(i)
    slug = slug_words(page.url) if shaped else ()  # most bulk rows: no line to compare
    if not slug:
        return None
    want = set(slug)
    best, best_score = None, (0.0, 0)
    for i in shaped:
        past = teaser is not None and i > teaser
        if past and best is not None:
            break  # a headline over the teaser: a copy of it under the teaser is not the one
        text = page.blocks[i].text
        words = [w.lower() for w in compiled_regex(SLUG_TOKEN).findall(text) if not w.isdigit()]
        if not words or len(words) > 2 * len(want) + 3:
            continue
        if past and (len(words) != len(slug) or set(words) != want):
            continue  # under a teaser's sentence: the URL's own words and no other
        cover = len(want.intersection(words)) / len(want)
        # then the fewest words beside the slug's; on a tie the later line (the page's
        # heading, after a menu or a most-read list that links the same story)
        score = (cover, -len(set(words) - want))
        if cover >= _MIN_SLUG_COVER and score >= best_score:
            best, best_score = i, score
    return best


def undoubled_text(text: str, rules: RuleSet) -> str:
    """``"X X"`` -> ``"X"``: a headline printed twice on one line (a page joined into
    one line prints the title tag and the heading); ``"X | Site"`` -> ``"X"``
    (`site_named`); any other text as it is."""
    half = len(text) // 2
    if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1:]:
        return text[:half]
    if " | " in text or " - " in text or " – " in text or " : " in text:
        return site_named(text, rules)
    return text


def outlet_name(name: str, rules: RuleSet) -> bool:
    """`outlet_name_of` for a name from elsewhere (a crawler's by-line hint: `cleaner.hints`)."""
    return outlet_name_of(name, rules)


def undoubled(text: str, rules: RuleSet) -> str:
    """`undoubled_text` for a title from elsewhere (a crawler's hint: `cleaner.hints`)."""
    return undoubled_text(text, rules)


def outlet_name_of(name: str, rules: RuleSet) -> bool:
    """Whether ``rules`` read ``name`` as an outlet's name: a dateline of that name alone
    (no place: "CNN Indonesia - ", "ANTARA News - ") is one of their prefixes, from the
    outlet names the rule files hold (generic.toml's ``outlet`` macro)."""
    hit = rules.match_prefix(name + " - Isi")
    return hit is not None and hit[0].field == "dateline" and not hit[0].value(hit[1])


#: `site_named`: a site's name after a page's ``<title>``: a few capitalised words
#: ("IDN Times", "IDN Times Jatim", "Metro Tempo.co") or a domain ("kumparan.com").
SITE_NAME: Final = (
    r"[A-Z][\w.-]{1,30}(?: [A-Z][\w.-]{1,30}){0,2}|[a-z][\w-]{1,30}(?:\.[a-z]{2,6}){1,2}")
#: ... and after a dash, a name that shows it is a site's (a dash also parts a
#: headline's own halves: "Persib Menang - Laga Tandang"): one of at most three words
#: that is a domain ("Kompas.com", "News Liputan6.com", "Tribunnews.com Mobile") or
#: a brand that changes case inside a word ("detikNews", "SINDOnews"; not "iPhone").
DASHED_SITE: Final = (
    r"(?:[\w-]{1,30} ){0,2}"
    r"(?:[A-Za-z][\w-]{0,30}\.(?:com|Com|COM|co\.id|CO\.ID|co|CO|id|ID|net|tv|TV)"
    r"|[a-z]{2,12}[A-Z][A-Za-z]{1,20}|[A-Z]{2,12}[a-z]{2,12})"
    r"(?: [\w-]{1,30}){0,2}")
#: ... or a name of at most this many words that the page's rules know as an outlet's
#: (`outlet_name_of`: "ANTARA News", "CNN Indonesia", "IDN Times", "Tempo.co", from
#: generic.toml's ``outlet`` macro): capitals alone are no evidence, a headline's own
#: second half may name a team or a body in capitals ("... - TIMNAS Indonesia", "... -
#: PSSI Indonesia"). A crawler's <title> hint "<headline> - IDN Times" or "<headline> -
#: Tempo.co" (the <title> forms of idntimes.com and tempo.co, as readability and browsers
#: print them) kept the name in ``title`` before.
_MAX_OUTLET_NAME_WORDS: Final = 3
#: ... or capitals over "News" and an edition's name after it: a news service's name,
#: no headline's half, known to the rules or not. BBC's Indonesian service closes its
#: pages' <title> with "- BBC News Indonesia" ("Konflik Iran-AS: Lima penyebab krisis tak
#: kunjung usai - BBC News Indonesia": its page tests, code index file ids 628949964 and
#: 5687572). Three words so: capitals over "News" or "Indonesia" alone may still be a
#: headline's own half ("- LIGA News", "- TIMNAS Indonesia") unless the rules know them.
DASHED_NEWS_NAME: Final = r"[A-Z]{2,8} News [A-Z][a-z]{2,15}"
#: ... and after a colon set off by spaces, a brand over a channel's English name:
#: okezone.com's "<headline> : Okezone Economy", "<headline> : Okezone techno" (its
#: og:title and meta title as stored in the code index, file ids 74334368 and
#: 22494019410). Only so: a headline's own colon may be spaced too, and what follows it
#: may be a few capitalised words ("... Pemerintah : Tidak Ada Impor").
COLON_SITE: Final = (
    r"[A-Z][\w.-]{2,30} (?:News|news|Economy|economy|Techno|techno|Sports?|sports?|Lifestyle|lifestyle"
    r"|Celebrity|celebrity|Travel|travel|Health|health|Bola|bola|Muslim|muslim)")
#: A paged article's ``<title>`` names its page before the site's name ("<headline>
#: Halaman all - Kompas.com": a Perl scraper cuts the whole suffix, the code index's
#: file id 13831234689; "<headline> - Halaman 2 - Tribunnews.com").
PAGE_OF: Final = r"(.*?\S)(?: -)? Halaman (?:all|\d{1,3})"
#: The headline before a site's name has at least this many words; before a dash and a
#: name that reads as a site's (`DASHED_SITE`, a known outlet's), this many: short
#: headlines are printed so ("Sakit Apa Mbappe? - ...", "Merevisi UU Narkotika - ...":
#: detik.com and tempo.co headlines of three words, the bulk crawl's rows 645 and 1882).
_MIN_NAMED_HEADLINE_WORDS: Final = 4
_MIN_DASHED_HEADLINE_WORDS: Final = 3


def site_named(text: str, rules: RuleSet) -> str:
    """``"<headline> | <site>"`` -> the headline: a crawler's text that opens with the
    page's ``<title>`` ("... Spesifikasinya | kumparan.com": a search result's title, 2025,
    the code index's file id 32159421326; "... Antideforestasi Eropa | tempo.co", file id
    56339185505; "... Penulis Populer | IDN Times", community.idntimes.com as a browser
    showed it, file id 61643722865). Read on headline candidates only (no line of a
    page's body pays for it); a rubric before the bar ("Liga 1 | Persib Menang Telak")
    is shorter than what follows it and stays. Other outlets print the site after a
    dash ("<headline> - detikNews", a test page's ``<title>`` in the code index, file
    id 71336253608; "<headline> - Tribunnews.com", a crawler's stored titles, file id
    25216245998; " - CNN Indonesia", " - CNBC Indonesia" cut by a scraper, file id
    54559969907; "<headline> Halaman all - Kompas.com"): only a name `DASHED_SITE` reads
    as a site's, or capitals over "News"/"Indonesia" that ``rules`` know as an outlet's
    name (`outlet_name_of`; not "... - TIMNAS Indonesia"), is cut there, then the page's
    number (`PAGE_OF`)."""
    bar = max(text.rfind(" | "), text.rfind(" - "), text.rfind(" – "), text.rfind(" : "))
    head, sep, site = text[:bar], text[bar + 1], text[bar + 3:]
    least = _MIN_NAMED_HEADLINE_WORDS if sep in "|:" else _MIN_DASHED_HEADLINE_WORDS
    if head.count(" ") + 1 < least or len(site) >= len(head):
        return text
    named = compiled_regex(SITE_NAME) if sep == "|" else compiled_regex(COLON_SITE) if sep == ":" else None
    if (named is None or named.fullmatch(site) is None) and compiled_regex(DASHED_SITE).fullmatch(site) is None \
            and (site.count(" ") >= _MAX_OUTLET_NAME_WORDS or not outlet_name_of(site, rules)) \
            and compiled_regex(DASHED_NEWS_NAME).fullmatch(site) is None:
        return text
    paged = compiled_regex(PAGE_OF).fullmatch(head)
    if paged is not None and paged.group(1).count(" ") + 1 >= _MIN_NAMED_HEADLINE_WORDS:
        return str(paged.group(1))
    return head
