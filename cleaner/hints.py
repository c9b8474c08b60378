"""The caller's metadata: `Hints` fill the record's fields that the page does not give.

A crawler often holds a page's headline, date and by-line already (from a listing,
a sitemap, an API), printed its own way: ``"Diperbarui 18 Jun 2025, 14:05 WIB"``.
``clean(page, hints=...)`` takes them; after cleaning, every field the page left
empty is filled from its hint, dates parsed to ISO 8601 (`cleaner.dates`) and names
split into lists. What the page itself gives wins: a hint never replaces it. A hint
that cannot be read (a date with no date in it) is named in `Article.warnings`.
Which fields are lists is the registry's (`cleaner.fields.FIELDS`); a crawler's string
of names or tags is split at the separators crawlers join them with (``/`` and ``|``
too), not at those a page prints (`cleaner.fields.split_names`).

>>> h = Hints.from_mapping({"title": " Judul  berita ", "author": "Ani Lestari, Budi",
...                         "published": "Diperbarui 18 Jun 2025, 14:05 WIB", "site": "x.id"})
>>> h.title, h.authors, iso_published(h.published)
('Judul berita', ('Ani Lestari', 'Budi'), '2025-06-18T14:05:00+07:00')
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .dates import parse_date, wib_minute
from .detect import GENERIC, site_name
from .errors import OptionsError
from .fields import BY_NAME
from .names import agency_name, is_photo_credit
from .record import Article
from .segment import fold_space

#: The keys of a mapping that `Hints.from_mapping` reads, and the record field
#: (`cleaner.fields.FIELDS`) each fills.
#: Crawlers name them differently; the first present, non-empty key of a field wins.
#: The date's names of news crawlers and datasets: news-please's ``date_publish``
#: (fhamborg/news-please newsplease/NewsArticle.py @ 07c46fc25c5e2be445c6ec0b60c27ea5091f7637),
#: newspaper3k's ``publish_date``, NewsAPI's ``publishedAt``, ``published_date`` (the
#: RealTimeData/bbc_news_alltime dataset's column, huggingface.co).
#: Indonesian datasets' own column names: ``judul`` (title; babalenong/Scrapy-Indonesian-
#: News-Articles's spiders, see `cleaner.inputs.BODY_KEYS`), ``tanggal`` (date), ``penulis``
#: (writer), ``editor`` (as in English).
HINT_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "judul"),
    "subtitle": ("subtitle", "deck"),
    "authors": ("authors", "author", "byline", "penulis"),
    "editors": ("editors", "editor"),
    "published": ("published", "date", "published_at", "datePublished", "pubdate", "date_publish",
                  "publish_date", "publishedAt", "published_date", "tanggal"),
    "source": ("source",),
    "tags": ("tags", "keywords"),
}

#: How a crawler joins several names in one string: "A, B", "A dan B", "A & B", "A; B".
#: No white space around the separators: each part is folded after (`fold_space`), and
#: ``\s*`` on both sides would rescan a run of spaces from every position in it.
_NAME_SPLIT = re.compile(r"[,;&|/]|\b(?:dan|and)\b", re.IGNORECASE)
_TAG_SPLIT = re.compile(r"[,;|]")
#: How a crawler's string of a list field (`cleaner.fields.Field.many`) is split.
_CRAWLER_SPLIT = {"authors": _NAME_SPLIT, "editors": _NAME_SPLIT, "tags": _TAG_SPLIT}
_MAX_NAMES_CHARS = 4000
@dataclass(frozen=True, slots=True, kw_only=True)
class Hints:
    """Metadata the caller already holds, as its crawler printed them.

    ``published`` may be any printed date (``"Diperbarui 18 Jun 2025, 14:05 WIB"``,
    ``"18/06/2025 14:05"``, ISO 8601), a `datetime` or a Unix time in seconds or
    milliseconds (an `int` or `float`, 2000-2100); it becomes ISO 8601 with the WIB
    offset when it names no zone. Names and tags may be lists or one string. A value
    of a type no field takes (a number for ``title``, a `dict` for ``authors``) is not
    used, and `problems` names it (`apply_hints` adds it to `Article.warnings`).

    >>> Hints(title=5, authors=("Ani", 7)).problems
    ('the title hint 5 (int) is not text; not used', 'the authors hint holds 7 (int), which is not a name; not used')
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    published: str | dt.datetime | dt.date | int | float | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    #: The values given that no field takes, each named as `Article.warnings` names it.
    problems: tuple[str, ...] = field(default=(), init=False, compare=False)

    def __post_init__(self) -> None:
        problems: list[str] = []
        for name in HINT_KEYS:  # in the record's order, as `problems` names them
            value = getattr(self, name)
            if name in _CRAWLER_SPLIT:
                # Hints(authors="Ani, Budi") is forgiven: one string of names becomes the list.
                if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                    _wrong_items(name, value, problems)
                    object.__setattr__(self, name, _names(value, _CRAWLER_SPLIT[name]))
            elif name == "published":
                if value is not None and not _is_date_value(value):
                    problems.append(_wrong(name, value, "a date"))
                    object.__setattr__(self, name, None)
            elif value is not None:
                if not isinstance(value, str):
                    problems.append(_wrong(name, value, "text"))
                object.__setattr__(self, name, fold_space(value) if isinstance(value, str) else None)
        object.__setattr__(self, "problems", tuple(problems))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Hints:
        """Hints from a crawler's record or item (keys of `HINT_KEYS`; others are ignored).
        A value of the wrong type is skipped for the field's next key; when no key
        gives the field a value, `problems` names it."""
        found: dict[str, Any] = {}
        problems: list[str] = []
        for name, keys in HINT_KEYS.items():
            wrong: list[str] = []
            for key in keys:
                value = data.get(key)
                if BY_NAME[name].many:
                    items = _names(value, _CRAWLER_SPLIT[name])
                    if items:
                        found[name] = items
                        _wrong_items(name, value, problems)  # a crawler's list with a number in it
                        break
                    _wrong_items(name, value, wrong)
                elif name == "published":
                    if _is_date_value(value) and not (isinstance(value, str) and not value.strip()):
                        found[name] = value.strip() if isinstance(value, str) else value
                        break
                    if value is not None and not isinstance(value, str):
                        wrong.append(_wrong(name, value, "a date"))
                elif isinstance(value, str) and value.strip():
                    found[name] = fold_space(value)
                    break
                elif value is not None and not isinstance(value, str):
                    wrong.append(_wrong(name, value, "text"))
            if name not in found:
                problems += wrong
        hints = cls(**found)
        object.__setattr__(hints, "problems", (*problems, *hints.problems))
        return hints

    @classmethod
    def of(cls, hints: Hints | Mapping[str, Any] | None) -> Hints | None:
        """``hints`` as `Hints` (a mapping goes through `from_mapping`); ``None`` stays."""
        if hints is None or isinstance(hints, Hints):
            return hints
        if isinstance(hints, Mapping):
            return cls.from_mapping(hints)
        raise OptionsError(f"hints must be a cleaner.Hints or a mapping, not {type(hints).__name__}")


#: The fields of `Hints` that fill the record's, in order (`apply_hints`).
_HINT_FIELDS: tuple[str, ...] = tuple(HINT_KEYS)


def _is_date_value(value: Any) -> bool:
    """Whether ``value`` is of a type the ``published`` hint reads: text, a `date` or
    `datetime`, or a Unix time (a number; a `bool` is none)."""
    return isinstance(value, str | dt.date | int | float) and not isinstance(value, bool)


def _wrong(name: str, value: Any, wanted: str) -> str:
    """The warning for a hint ``value`` of a type the field ``name`` does not take."""
    return f"the {name} hint {_short(value)} ({type(value).__name__}) is not {wanted}; not used"


def _wrong_items(name: str, value: Any, problems: list[str]) -> None:
    """Name in ``problems`` a list field's value that is neither text nor a list, or
    each of its items that is neither text nor ``None`` (a crawler's empty slot)."""
    if value is None or isinstance(value, str):
        return
    if not isinstance(value, list | tuple):
        problems.append(_wrong(name, value, "names" if name != "tags" else "tags"))
        return
    for item in value[:1000]:
        if item is not None and not isinstance(item, str):
            what = "a name" if name != "tags" else "a tag"
            problems.append(f"the {name} hint holds {_short(item)} ({type(item).__name__}), "
                            f"which is not {what}; not used")


def _short(value: Any) -> str:
    """``repr(value)``, cut to 80 characters (a crawler's value may be huge)."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _names(value: Any, split: re.Pattern[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        if split is _NAME_SPLIT and is_photo_credit(value):
            return ()  # "Foto: Antara/Budi": a photo's credit, whose names are no writers
        # Names fit in far less: a crawler's blob in this field is cut, not split whole.
        parts: list[Any] = split.split(value[:_MAX_NAMES_CHARS])
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        return ()
    out: dict[str, None] = {}  # in order, each once: a dict, as a crawler's list may be long
    for part in parts:
        if isinstance(part, str) and (name := fold_space(part)):
            out[name] = None
    return tuple(out)


def writers(value: str, warnings: list[str], site: str | None,
            agencies: list[str]) -> tuple[str, ...]:
    """A page's header's string of writers' names (``"Pewarta Ani dan Budi"``: front
    matter, `cleaner.frontmatter`; its labels tell the role) as the record's
    authors: split as a crawler joins names, each kept only when it names a person
    (`_people`: a news agency goes to ``agencies``, a site or a company is dropped)."""
    return _people("authors", _names(value, _NAME_SPLIT), warnings, site, agencies, caller=False)


def iso_published(value: str | dt.datetime | dt.date | int | float) -> str | None:
    """A printed date (or a `datetime`, or a Unix time) as ISO 8601; ``None`` when it
    holds no date.

    >>> iso_published("Diperbarui 18 Jun 2025, 14:05 WIB")
    '2025-06-18T14:05:00+07:00'
    >>> iso_published(dt.datetime(2025, 6, 18, 14, 5))
    '2025-06-18T14:05:00+07:00'
    >>> iso_published(1750230300), iso_published(1750230300_000)
    ('2025-06-18T14:05:00+07:00', '2025-06-18T14:05:00+07:00')
    >>> iso_published("Wed, 18 Jun 2025 07:05:00 +0000"), iso_published("2025-06-18T07:05:00Z")
    ('2025-06-18T14:05:00+07:00', '2025-06-18T14:05:00+07:00')
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A crawler's Unix time (seconds, or milliseconds), as the HTML path reads a
        # JSON-LD date printed as a number (`cleaner.html.meta.epoch_date`: 2000-2100).
        from .html.meta import epoch_date

        return epoch_date(value) if math.isfinite(value) else None
    if not isinstance(value, str | dt.date):
        return None
    if isinstance(value, dt.datetime):
        # No zone: WIB; UTC told in WIB; to the minute, as every printed date and the
        # HTML path's machine dates are: one form of `published` whatever the source.
        return wib_minute(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if _RFC_2822_ZONE.search(value[:100]):
        # An RSS feed's pubDate ("Wed, 18 Jun 2025 07:05:00 +0000"): its offset is the
        # clock's, which the printed-date grammar (`cleaner.dates`) does not read.
        import email.utils

        with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
            return iso_published(email.utils.parsedate_to_datetime(value[:100]))
    return parse_date(value[:1000])


#: A clock followed by a numeric offset, as RFC 2822 (email, RSS ``pubDate``) prints it.
_RFC_2822_ZONE = re.compile(r"\d\d:\d\d(?::\d\d)? [+-]\d{4}\s*\Z")


def _people(field: str, names: tuple[str, ...], warnings: list[str], site: str | None,
            agencies: list[str] | None = None, caller: bool = True) -> tuple[str, ...]:
    """A crawler's names as the record keeps them: without a trailing channel tag, and
    without those that name no person (the site or a desk: ``Liputan6.com``, ``Tim
    detikcom``; `cleaner.names.credited_person`), each of those named in ``warnings``.
    A name that holds the site's own name (``site``, from the page's URL) is a credit,
    not a writer: a crawler that reads a photo's credit "KOMPAS.com/NAME" as a by-line
    lists "Kompas.Com Name" among the authors (aarestu/berita-scrap
    sample_result/kompas.jl @ d78ef4747ecb2360fed129c910b13ba398ae51aa). A month's name
    alone is the date beside the by-line read as a name: the same crawler lists "Feb"
    after the writer, or alone, in every liputan6.com row of February ("pada 25 Feb
    2021", sample_result/liputan6.jl @ 41339fdc5acb91a7aac6cafb6203fa04ebca15b7).
    A news agency or broadcaster credited as the by-line (the bulk crawl's detik rows
    "Antara -detikTravel", "Deutsche Welle (DW) -detikNews", tempo.co's "Antara") is no
    writer but the story's source (SPEC): when ``agencies`` is given, the agency
    (`cleaner.names.agency_name`) is added to it instead. ``caller``: the field is the
    caller's word, so any role label before a name is cut ("Penulis Rina" in a crawler's
    ``editor`` is the editor Rina); a page's own header (front matter, `writers`) names
    no writer by an editor's label."""
    from .names import agency_name, bare_credit, credited_person

    out: dict[str, None] = {}  # in order, each once (`_names`)
    for name in names:
        if agencies is not None and (agency := agency_name(bare_credit(name))) is not None:
            agencies.append(agency)
            warnings.append(f"the {field} hint {name[:80]!r} names a news agency; used as the source")
            continue
        if agencies is not None and (outlet := _other_outlet(bare_credit(name), site)) is not None:
            agencies.append(outlet)
            warnings.append(f"the {field} hint {name[:80]!r} names another news outlet; used as the source")
            continue
        person = credited_person(name, site, field, caller)  # the one name reader's machine-credit route
        if person is None:
            warnings.append(f"the {field} hint {name[:80]!r} names no person; not used")
        else:
            out[person] = None
    return tuple(out)


def _other_outlet(name: str, site: str | None) -> str | None:
    """``name`` when it is another news outlet's name that the generic rules know
    (generic.toml's ``outlet`` macro, `cleaner.passes.outlets.outlet_name`: "CNN Indonesia",
    "Liputan6.com") and not the page's own site (``site``, from its URL): a story another
    outlet wrote, republished whole under its credit. The bulk crawl's detik.com rows
    credit such stories so ("CNN Indonesia -detikTravel", rows 473, 1176 and 1302, as
    they credit "Deutsche Welle (DW) -detikNews" and "ABC Australia -detikNews", which the
    agency rules read): SPEC's ``source`` (who is credited for the whole story), not a
    writer. A site's own name (a cnnindonesia.com row's "CNN Indonesia") credits no one,
    and with no URL the page's own site is unknown: such a name is then read as before
    (no person, not used)."""
    if not site or not name or len(name) > 40 or name.count(" ") >= 3:
        return None
    from .detect import GENERIC
    from .passes.outlets import outlet_name
    from .rules import load_ruleset
    from .segment import letters_only

    if not outlet_name(name, load_ruleset(GENERIC)):
        return None
    if letters_only(site) in letters_only(name):
        return None
    return name


def apply_hints(article: Article, hints: Hints) -> Article:
    """Fill the fields ``article`` left empty from ``hints``; the page's own values win."""
    from .detect import site_name

    changes: dict[str, Any] = {}
    warnings: list[str] = list(hints.problems)
    agencies: list[str] = []
    for name in _HINT_FIELDS:
        value = getattr(hints, name)
        if value is None or value == () or getattr(article, name):
            continue
        if name in ("authors", "editors"):
            value = _people(name, value, warnings, site_name(article.url),
                            agencies if name == "authors" else None)
            if not value:
                continue
        if name == "source" and _own_site(value, article):
            warnings.append(f"the source hint {value[:80]!r} names the page's own site; not used")
            continue
        if name == "title":
            value = _headline(value)
        if name == "published":
            iso = iso_published(value)
            if iso is None:
                warnings.append(f"the published hint {str(value)[:80]!r} holds no date; not used")
                continue
            value = iso
        changes[name] = value
    if agencies and not article.source and "source" not in changes:
        changes["source"] = agencies[0]
    if warnings:
        changes["warnings"] = (*article.warnings, *warnings)
    return dataclasses.replace(article, **changes) if changes else article


def _own_site(source: str, article: Article) -> bool:
    """A crawler's ``source`` column that names the site the row was read from, not a news
    agency credited for the story (SPEC's ``source``): xchopath/scrap-berita
    tempodotco-scrap.py @ its stored version writes ``"source": "TEMPO.CO"`` beside every
    tempo.co row's ``url``, ``author`` and ``date`` (blindtext62: the record's source was
    "TEMPO.CO"). The site is the URL's host name, else, with no URL, the outlet the page
    was read as (a rule set's name: "tempo" in "TEMPO.CO", "idntimes" in "IDN Times"), as
    `cleaner.passes.datelines.agency_source` reads a source the page prints ("Sumber: BeritaSatu.com" on
    beritasatu.com). An agency ("Antara" on antaranews.com) names another word and stays.
    With neither, a source written as a domain ("DETIK.COM": the same project's detik.com
    rows) names a site, the row's own as a crawler's column is, unless the agency rules
    read it as an agency's name."""
    site = site_name(article.url) or (article.outlet if article.outlet != GENERIC else None)
    if site is not None:
        return site in source.lower().replace(" ", "")
    return _DOMAIN.search(source) is not None and agency_name(source) is None


#: `_own_site`: a site's name written as its domain ("DETIK.COM", "kompas.com", "Tempo.co").
_DOMAIN: Final = re.compile(r"(?i)\w\.(?:com|co\.id|co|id|net|tv)\b")


def _headline(title: str) -> str:
    """A crawler's title hint as the headline: the page's ``<title>`` as readability and
    browsers print it carries the site's name after a bar or a dash ("<headline> |
    kumparan.com", "<headline> - Tempo.co", "<headline> - IDN Times"), cut as a text
    page's first line is (`cleaner.passes.outlets.undoubled`: a domain, a brand, a name the generic
    rules know as an outlet's); a headline's own dash ("Kereta Jakarta - Bandung ...")
    stays."""
    if " | " not in title and " - " not in title and " – " not in title and " : " not in title:
        return title
    from .detect import GENERIC
    from .passes.outlets import undoubled
    from .rules import load_ruleset

    return undoubled(title, load_ruleset(GENERIC)) or title
