"""What a page says about itself: ``<head>`` metadata and JSON-LD, and which printed
names and titles can be values of the record's fields.

Sources, most reliable first, as measured on real pages: the headline is the page's
longest heading whose words appear in a metadata title (JSON-LD ``headline``,
``og:title``, ``twitter:title``, ``<title>``), because metadata titles carry site
suffixes and prefixes (``... - Kompas.com``, ``KapanLagi.com: ...``) and pages carry
several ``h1`` (logos). The date is the date printed nearest the headline (WIB wall
clock, what readers see); machine dates (JSON-LD ``datePublished``,
``article:published_time``) are the fallback, converted to WIB when given in UTC.
``meta name=author`` often names the organisation and ``article:author`` a Facebook
page, so authors come from JSON-LD ``author``, after the page's own by-line, and from
``meta name=author`` last, only when it names a person (`credited_person`). Names are
read by the one name reader, `cleaner.names`; listed titles pass
`is_title` (never a time stamp).
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import regex

from ..dates import wib_minute
from ..segment import fold_space, letters_only
from .tags import text_content

_WIB = timezone(timedelta(hours=7))
_JSONLD_CAP = 200_000  # characters of one JSON-LD script read at most
#: Separators that set a site name apart from a headline ("Headline - Site").
_SPLIT_SITE = regex.compile(r"\s+(?:\||-|::|–|—|»)\s+")
#: The same, and a colon after a word ("Site: Headline"), for the parts a title may print.
_SPLIT_TITLE = regex.compile(_SPLIT_SITE.pattern + r"|(?<=\S):\s+")
# A box's own heading ("BRANDON SALIM: BERITA TERKAIT", "Berita Lainnya").
_LIST_LABEL = regex.compile(
    r"(?i)(?:^|:\s*|\s)(?:berita|artikel|news|stories)\s+(?:terkait|lainnya|related|terbaru|terkini)\s*:?$"
)
# "19 jam lalu", "2 hari yang lalu", "5 minutes ago", "Baru saja": the age printed
# beside a linked title, not a title.
_TIME_STAMP = regex.compile(
    r"(?:\d{1,3}\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|"
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s*(?:yang\s+)?(?:lalu|ago)|"
    r"baru\s+saja|kemarin|just\s+now|yesterday)",
    regex.I,
)


_WORD = regex.compile(r"\w+")


def norm_words(text: str | None) -> str:
    """Lower-case words joined by single spaces: for comparing titles."""
    return " ".join(_WORD.findall((text or "").lower()))


#: The elements the readers below take the page's metadata from.
_META_TAGS = ("meta", "script", "link", "title")


def metadata_elements(root: Any) -> dict[str, list[Any]]:
    """The ``meta``, ``script``, ``link`` and ``title`` elements under ``root``, by tag,
    each list in document order: one walk of the tree (in C) for the readers below,
    instead of one each (a walk costs ~18 us a dev page, whatever it finds)."""
    out: dict[str, list[Any]] = {tag: [] for tag in _META_TAGS}
    for e in root.iter(*_META_TAGS):
        out[e.tag].append(e)
    return out


def meta_tags(root: Any, metas: list[Any] | None = None) -> dict[str, str]:
    """``<meta>`` values by ``property``/``name``/``itemprop`` (first one of each wins).
    ``metas``: the ``meta`` elements under ``root`` (`metadata_elements`), if known."""
    out: dict[str, str] = {}
    for e in root.iter("meta") if metas is None else metas:
        key = (e.get(b"property") or e.get(b"name") or e.get(b"itemprop") or "")[:100].lower().strip()
        content = e.get(b"content")
        if key and content is not None and key not in out:
            out[key] = fold_space(content[:5000])
    return out


def json_ld_articles(root: Any, scripts: list[Any] | None = None) -> list[dict[str, Any]]:
    """JSON-LD objects whose ``@type`` is an article type (NewsArticle, Article, ...),
    including those nested in ``@graph``. ``scripts``: the ``script`` elements under
    ``root`` (`metadata_elements`), if known."""
    found: list[dict[str, Any]] = []
    named: dict[str, dict[str, Any]] = {}  # "@id" -> its node, for nodes with a name
    for script in root.iter("script") if scripts is None else scripts:
        if (script.get(b"type") or "").strip().lower() != "application/ld+json":
            continue
        data = loads_lenient((script.text or "")[:_JSONLD_CAP])
        if data is None:
            continue
        queue = data if isinstance(data, list) else [data]
        seen = 0
        while queue and seen < 200:
            item = queue.pop(0)
            seen += 1
            if not isinstance(item, dict):
                continue
            if isinstance(node_id := item.get("@id"), str) and isinstance(item.get("name"), str):
                named.setdefault(node_id, item)
            if isinstance(item.get("@graph"), list):
                queue.extend(item["@graph"])
            # A page object naming its story as its main entity ({"@type": "WebPage",
            # "mainEntity": {"@type": "NewsArticle", ...}}): the story is read too.
            if isinstance(item.get("mainEntity"), dict):
                queue.append(item["mainEntity"])
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds):
                found.append(item)
    if named:
        for article in found:
            for key in ("author", "editor"):
                if key in article:
                    article[key] = _resolved(article[key], named)
    return found


def _resolved(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    """A JSON-LD credit with its references (``{"@id": ...}`` alone) replaced by the
    nodes they name: Yoast SEO's ``@graph`` (WordPress, on which many regional news
    sites run) credits ``"author": {"@id": ".../#/schema/person/0d4a..."}`` and prints
    the Person, with its name, as another node of the graph (code index file id
    9604051406)."""
    if isinstance(value, list):
        return [_resolved(v, named) for v in value[:20]]
    if isinstance(value, dict) and "name" not in value and isinstance(ref := value.get("@id"), str):
        return named.get(ref, value)
    return value


#: schema.org's story types: ``NewsArticle``, ``Article``, ``ReportageNewsArticle`` (...)
#: and the blog post types (``BlogPosting``, ``LiveBlogPosting``: a regional news site
#: on a blog platform or a WordPress theme types its stories so).
_ARTICLE_TYPES = ("Article", "BlogPosting")

# A JSON-LD script's wrapper that is no JSON: an HTML comment or a CDATA section around
# it ("//<![CDATA[ ... //]]>": templates that guard script text for XHTML; a metadata
# reader's test of a NewsArticle so wrapped, code index file id 54713220122), and a
# statement's semicolon after it (jkphl/micrometa pull request #41: a news page's
# NewsArticle ending in ";" was lost).
_LD_OPEN = regex.compile(r"\s*+(?:<!--|(?://\s*+)?<!\[CDATA\[)")
_LD_CLOSE = regex.compile(r"(?:-->|(?://\s*+)?\]\]>|;)\s*+$")
# A comma before a closing brace or bracket, outside strings (a template that prints
# every member with a comma after it: apache/any23 pull request #108, bul-ikana/
# hugo-cards issue #12): strings are matched whole first, so a comma inside one stays.
# A string left open runs to the end of the text (matched once: an unclosed quote tried
# at every later quote made a text of escaped quotes quadratic).
_LD_TRAILING_COMMA = regex.compile(r'("(?:[^"\\]++|\\(?s:.)?)*+(?:"|\Z))|,\s*+(?=[}\]])')


def loads_lenient(raw: str) -> Any:
    """A JSON-LD script's data, or ``None``: read as JSON; failing that, read without
    its wrapper (`_LD_OPEN`, `_LD_CLOSE`), with raw line breaks and tabs inside strings
    (``strict=False``: a CMS that pastes a multi-line description into the template,
    hydroshare/hydroshare issue #2768) and without trailing commas (`_LD_TRAILING_COMMA`).
    The page's JSON-LD is its most reliable machine metadata: one stray comma or line
    break lost its date, authors and headline."""
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        pass
    text = raw
    if m := _LD_OPEN.match(text):
        text = text[m.end():]
    text = _LD_CLOSE.sub("", text, count=1)
    bare = _LD_TRAILING_COMMA.sub(lambda m: m.group(1) or "", text)
    for attempt in (text, bare):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return _concatenated(bare)


#: The most objects read from one script that prints several back to back.
_MAX_CONCATENATED = 20


def _concatenated(text: str) -> list[Any] | None:
    """Objects printed back to back in one script (``{...}{...}`` or ``{...},\n{...}``:
    a template that prints one per block into the same script; a structured-data
    reader's test of such a script, code index file id 69506747744), as a list; ``None``
    when the text does not start with one, or holds only one."""
    decoder = json.JSONDecoder(strict=False)
    out: list[Any] = []
    i, n = 0, len(text)
    while len(out) < _MAX_CONCATENATED:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n:
            break
        try:
            value, i = decoder.raw_decode(text, i)
        except (ValueError, RecursionError):
            break
        out.append(value)
    return out if len(out) > 1 else None


def canonical_url(root: Any, metas: dict[str, str], links: list[Any] | None = None) -> str | None:
    """``<link rel=canonical>``, else ``og:url``; absolute http(s) URLs only. ``links``:
    the ``link`` elements under ``root`` (`metadata_elements`), if known."""
    for e in root.iter("link") if links is None else links:
        rel = (e.get(b"rel") or "").lower().split()
        href = (e.get(b"href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href[:2000]
    url = metas.get("og:url", "")
    return url[:2000] if url.startswith(("http://", "https://")) else None


def _unescaped(value: Any) -> Any:
    """A JSON-LD string with the HTML entities its CMS left in it read as the characters
    they name, as in the markup: WordPress's Yoast writes the headline as its title tag
    prints it ("Signa in Sorge &#8211; Finanzdaten", "Thermen- &#038; Vulkanland":
    finanzmarktwelt.de and 1000things.at in the peer suite; "detenci&oacute;n" among
    soy502.com's keywords), and those became the record's title and tags as written."""
    return html.unescape(value) if isinstance(value, str) and "&" in value else value


def _unescaped_headline(value: Any) -> Any:
    """A JSON-LD headline `_unescaped`, unless an entity it names is a separator that
    `title_from_metadata` would cut the headline at ("Signa in Sorge &#8211; Finanzdaten",
    whose page names its site in no title: the dash is the headline's own, and the cut
    kept half of it): then as written, as before."""
    plain = _unescaped(value)
    if plain is value or len(_SPLIT_SITE.split(plain)) == len(_SPLIT_SITE.split(value)):
        return plain
    return value


def metadata_titles(root: Any, metas: dict[str, str], articles: list[dict[str, Any]],
                    titles: list[Any] | None = None) -> list[str]:
    """Titles the page declares, most reliable first. ``titles``: the ``title``
    elements under ``root`` (`metadata_elements`), if known."""
    out = [_unescaped_headline(a.get("headline")) for a in articles]
    out += [metas.get("og:title"), metas.get("twitter:title"), metas.get("title")]
    title = root.find(".//title") if titles is None else titles[0] if titles else None
    if title is not None:
        out.append(text_content(title))
    return [fold_space(t) for t in out if isinstance(t, str) and t.strip()]


def descriptions(metas: dict[str, str], articles: list[dict[str, Any]]) -> list[str]:
    """What the page says it is about: ``og:``/``twitter:``/plain ``description`` and
    JSON-LD ``description`` and ``alternativeHeadline`` (a deck, or the story's lead)."""
    out = [metas.get(k) for k in ("og:description", "twitter:description", "description")]
    out += [_unescaped(a.get(k)) for a in articles for k in ("alternativeHeadline", "description")]
    return [fold_space(t[:1000]) for t in out if isinstance(t, str) and t.strip()]


# A colon sets a site name apart only after a site's domain (``KapanLagi.com: ...``):
# after anything else it is the headline's own ("Kadishub DKI: Taksi ...": tribunnews.com
# 2015's og:title, hafizbadrie/slasherrb spec/cases/tribunnews.html; "Infografis: ...",
# "Jokowi: ..." are headlines too).
_SITE_COLON = regex.compile(r"[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}:\s+")


def title_from_metadata(titles: list[str], sites: frozenset[str] | None = None) -> str | None:
    """The headline from a metadata title when no heading matches it: the longest part
    after splitting off site names (``Headline - Site``, ``Site.com: Headline``). A part
    that spells one of ``sites`` (`site_keys`: the names the page's own metadata gives
    its site) is the site's name however long: a short headline before a longer name
    ("Hidup hemat | Contoh Peduli") is the headline, and what follows the name (its
    motto) is no headline either."""
    if not titles:
        return None
    parts = [p.strip() for p in _SPLIT_SITE.split(titles[0]) if p.strip()]
    if not parts:
        return None
    if sites and len(parts) > 1:
        named = [letters_only(p) in sites for p in parts]
        if any(named):
            # The headline comes before the site's name ("Headline | Site | Site's
            # motto"), else after it ("Site » Rubric » Headline"): never the name.
            first = named.index(True)
            if first:
                # the text before the site's name, whole but for a bar's or a chevron's
                # rubric: a dash inside the headline is the headline's ("Kereta Jakarta -
                # Bandung ... - Site", "Wochenbericht 14. - 20. Januar 2022 - SLF": the
                # longest dashed part was a piece of it)
                head = _before_part(titles[0], first)
                parts = [p.strip() for p in _SPLIT_RUBRIC.split(head) if p.strip()] or parts[:first]
            else:
                parts = [p for p, site in zip(parts, named, strict=True) if not site] or parts
    best = max(parts, key=len)
    site = _SITE_COLON.match(best)
    best = (best[site.end():].strip() or best) if site else best
    head, colon, tail = best.rpartition(" : ")
    if colon and len(tail.split()) <= _MAX_SITE_WORDS and len(head.split()) > len(tail.split()):
        # okezone.com 2020-26 sets its site and channel apart with a spaced colon
        # ("Judul Berita? : Okezone Economy": og:title in two metadata readers' tests,
        # code index file ids 74334368 and 22494019410); a headline's own colon has no
        # space before it ("Jokowi: ..."), and a short tail after a longer headline is
        # the site's name.
        best = head.strip()
    if "alaman" in best:
        # A paged story's ``<title>`` names its page before the site's name ("<headline> -
        # Halaman 2 - Suara.com": suara.com 2026's second page, DonnyRZ/egi-media-crawl
        # fixtures/suara/sample-article-page2.html @ fe3899ce09f9; "<headline> (Halaman 2)
        # - VIVA"; "<headline> Halaman all - Kompas.com"): the page's number is no part of
        # the headline (the text path cuts it too: `cleaner.passes.outlets.PAGE_OF`).
        best = _PAGE_MARK.sub("", best) or best
    return best


#: `title_from_metadata`: a page's number after the headline ("- Halaman 2", "(Halaman 2)",
#: "Halaman all").
_PAGE_MARK = regex.compile(r"(?<=\S)(?: -| –)? \(?[Hh]alaman (?:all|\d{1,3})\)?$")


#: `title_from_metadata`: the separators that set a rubric apart (not a dash).
_SPLIT_RUBRIC = regex.compile(r"\s+(?:\||::|»)\s+")


def _before_part(title: str, first: int) -> str:
    """``title``'s text before its part number ``first`` (`_SPLIT_SITE`'s parts, blank
    ones not counted), the separator before that part cut."""
    seen = 0
    for m in _SPLIT_SITE.finditer(title):
        if title[:m.start()].strip():
            seen += 1  # (parts are counted as `title_from_metadata` counts them)
        if seen == first:
            return title[:m.start()]
    return title


#: Meta names whose value is the site's own name, not a page's: Open Graph's, the
#: web-app names browsers show (HTML's ``application-name``, Apple's), the site's
#: Twitter account (``@kompascom``).
_SITE_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")
#: Leading host labels that name no site (a web server's, a mobile or AMP edition's),
#: dropped before the labels are read; unlike `cleaner.detect`'s suffixes the rest stays,
#: "com" too, so the host read on from a label ("kompascom") is one of the keys.
_NO_SITE_LABELS = frozenset({"www", "m", "amp"})


def site_keys(metas: dict[str, str], articles: list[dict[str, Any]], url: str | None) -> frozenset[str]:
    """The names a page's own metadata gives its site, each `letters_only`: its site-name
    metas (`_SITE_METAS`), its JSON-LD articles' ``publisher`` name, and its URL's host
    (canonical link, else ``og:url``): each label ("contohpeduli" of contohpeduli.id)
    and the host read from each label on ("iloveponysmagcom", "kompascom" of
    money.kompas.com). A ``<title>`` part that spells one is the site, not the headline
    (`title_from_metadata`)."""
    names = [metas.get(k, "")[:100] for k in _SITE_METAS]
    for a in articles[:5]:
        pub = a.get("publisher")
        for item in pub[:3] if isinstance(pub, list) else [pub]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"][:100])
            elif isinstance(item, str):
                names.append(item[:100])
    if url and url.startswith(("http://", "https://")):
        host = url.split("/", 3)[2].split(":", 1)[0].lower()
        labels = [label for label in host.split(".") if label]
        while labels and labels[0] in _NO_SITE_LABELS:
            labels.pop(0)
        names += labels
        names += [".".join(labels[i:]) for i in range(len(labels) - 1)]
    return frozenset(k for n in names if len(k := letters_only(n)) > 1)


#: The most words of a site's name after a spaced colon ("Okezone Economy").
_MAX_SITE_WORDS = 3


def title_parts(titles: list[str]) -> set[str]:
    """Every metadata title and each part of it between site-name separators, as
    `norm_words`: a line printing one of them is the headline, not a name."""
    return {norm_words(p) for t in titles for p in (t, *_SPLIT_TITLE.split(t)) if p.strip()}


def _names(value: Any) -> list[str]:
    """The names in a JSON-LD ``author``: a string, a ``{"name": ...}`` object, or a list
    of them (its first 20), in order. Walked with a stack, not by recursion: a page's
    JSON-LD may nest lists hundreds deep (``json.loads`` reads about 990 levels), which
    overflowed Python's stack (RecursionError, a traceback out of `clean`)."""
    out: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                # an HTML entity left in the JSON string ("Redacci&oacute;n": paginasiete.bo's
                # JSON-LD, peer suite) is the character it names, as in the markup
                out.append(fold_space(_unescaped(item)))
        elif isinstance(item, dict):
            stack.append(item.get("name"))
        elif isinstance(item, list):
            stack.extend(reversed(item[:20]))
    return out


def json_ld_authors(articles: list[dict[str, Any]], key: str = "author") -> list[str]:
    """Person names in JSON-LD ``author`` (organisations left out); ``key="editor"``:
    schema.org's ``editor`` the same way (tempo.co's majalah and magz 2022-23 pages, real
    saved pages, name the desk editor there and nowhere else on the page)."""
    out: list[str] = []
    seen: set[str] = set()  # beside the list: a page may hold thousands of articles
    for a in articles:
        authors = a.get(key)
        items = authors if isinstance(authors, list) else [authors]
        for item in items[:20]:
            if isinstance(item, dict) and str(item.get("@type", "Person")) not in ("Person", "['Person']"):
                continue
            new = [n for n in _names(item) if n not in seen]
            out += new
            seen.update(new)
    return out


def json_ld_keywords(articles: list[dict[str, Any]]) -> list[str]:
    """JSON-LD ``keywords`` (a list, or one comma-separated string)."""
    out: list[str] = []
    seen: set[str] = set()
    for a in articles:
        kw = a.get("keywords")
        items = kw.split(",") if isinstance(kw, str) else kw if isinstance(kw, list) else []
        new = [fold_space(_unescaped(k)) for k in items[:50]
               if isinstance(k, str) and k.strip() and k.strip() not in seen]
        out += new
        seen.update(new)
    return out


# An offset followed by a stray UTC "Z" ("2015-06-19T03:40:00+07:00Z": merdeka.com 2015,
# a real saved page): the offset is the page's.
_STRAY_Z = regex.compile(r"([+-]\d\d:?\d\d)Z$")
# A clock written with hyphens and a "Z" ("2022-12-10T07-16-35Z": detik.com 2022 and
# jpnn.com 2016, real saved pages, in ``<meta name="pubdate">``): the page's local time
# (WIB), not UTC; detik's JSON-LD prints the same moment as "2022-12-10T07:16:35+07:00".
_HYPHEN_CLOCK = regex.compile(r"(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)(?:-(\d\d))?Z?")
# A year-first date written with slashes ("2025/05/12 10:15:00", in ``<meta
# name="publishdate">``; the same name carries "2014-12-16 09:44:32" on other sites, file
# id 36216745197 of the code index, and "2025/09/30" in another project's test, file id
# 71276530457): the same date as with hyphens.
_SLASHED_DAY = regex.compile(r"((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?=[T ]|\Z)")


def machine_date(value: str | None) -> str | None:
    """An ISO 8601 machine date as the record wants it: minute precision, the page's
    own offset (a stray ``Z`` after it left out), or WIB when it is UTC (``Z``); a date
    alone stays a date."""
    if not value or not isinstance(value, str):
        return None
    value = _STRAY_Z.sub(r"\1", value.strip()[:40].replace(" T", "T"))
    if m := _SLASHED_DAY.match(value):
        value = f"{m[1]}-{m[2]}-{m[3]}{value[m.end():]}"
    if m := _HYPHEN_CLOCK.fullmatch(value):
        value = f"{m[1]}T{m[2]}:{m[3]}:{m[4] or '00'}"
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if (dt.year, dt.month, dt.day) in ((1970, 1, 1), (1969, 12, 31)):
        return None  # Unix time 0: a CMS's unset date ("1970-01-01T01:00:00+01:00", portalspozywczy.pl)
    if len(value) <= 10:
        return dt.date().isoformat()
    return wib_minute(dt)


#: Unix times a JSON-LD ``datePublished`` may hold as a number (a JavaScript renderer's
#: ``Date.now()``-style value; code index file id 59318185419 tests one): from 2000 to
#: 2100, in seconds or in milliseconds.
_EPOCH_SPAN = (946_684_800, 4_102_444_800)


def epoch_date(value: float) -> str | None:
    """A Unix time (seconds, or milliseconds when it is too large for seconds) as the
    record's date in WIB, minute precision; ``None`` outside 2000-2100."""
    seconds = value / 1000 if value > _EPOCH_SPAN[1] else value
    if not _EPOCH_SPAN[0] <= seconds < _EPOCH_SPAN[1]:
        return None
    moment = datetime.fromtimestamp(int(seconds), tz=_WIB)
    return moment.replace(second=0).isoformat()


def is_title(value: str) -> bool:
    """True when a linked text can be a story's title: not a time stamp or a date alone."""
    from ..dates import parse_date

    value = value.strip()
    if len(value) < 4 or " " not in value or _TIME_STAMP.fullmatch(value) \
            or (_TIME_STAMP.match(value) and len(value) < 30):
        return False  # a one-word link is a tag, a channel or a site's address
    if _LIST_LABEL.search(value):
        return False
    return not (len(value) <= 40 and parse_date(value))


def is_stamp(value: str) -> bool:
    """True when ``value`` is a date or an age alone (``30 Des 2015 14:18``, ``19 jam
    lalu``): what a list prints beside an item's title."""
    from ..dates import parse_date

    value = value.strip(" |-–·•,")
    return 0 < len(value) <= 40 and bool(_TIME_STAMP.fullmatch(value) or parse_date(value))
