"""The record's metadata fields, declared once: `FIELDS`, and `Fields`, which collects them.

Each `Field` names a record field (`cleaner.record.Article` has one attribute of that
name, ``RECORD_KEYS`` lists it in this order), says whether it holds a list, how a
printed value becomes its items (`Field.split`: names are split into people, a tag bar
into tags, a bullet is cut) and how one item becomes what the record stores
(`Field.clean`: dates become ISO 8601, reading times integers; ``None`` keeps nothing).
Every stage reads this table: the rules' ``field`` keys (`cleaner.rules`), the engine
(`Fields.add`: a printed line's value), the HTML front end (`Fields.add_item`: an
item the markup already separates), the merge of the markup's values (`merge`) and the
caller's hints (`cleaner.hints`).

List fields keep page order and drop repeats (a caption printed twice is one caption);
scalar fields keep the first value found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import regex

from .dates import is_month_name, is_weekday_name, parse_date
from .native import mypyc_attr
from .segment import fold_space

#: "und" too: German pages print two writers so ("Benjamin Fischer und Marcus Theurer",
#: faz.net in the peer suite, which also lists each name alone: one name each, once).
_NAME_SPLIT: Final = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b|\bund\b|\n)\s*")
_DIGITS: Final = re.compile(r"\d+")
# A tag bar's links printed side by side may run together ("# Satu# Dua"): a mark after a
# word starts the next tag.
_TAG_SPLIT: Final = re.compile(r"\s*(?:,|\||;|\s(?=#)|(?<=\w)(?=#))\s*")
# A role and place before the name: "Kontributor Lhokseumawe, Masriadi".
_ROLE_PREFIX: Final = re.compile(r"^(?:Kontributor|Koresponden|Wartawan|Jurnalis)\b[^,]{0,40},\s*(?=\S)")
_BULLET: Final = re.compile(r"^[•·\-–*▪●]\s*")
#: Initials printed where a name stands (beritasatu.com 2026 prints its editor's so).
#: One capital alone too ("S", "D", "A", "H": de.happycoffee.org's product widget letters,
#: read as four writers), and initials in small letters (detik.com signs its stories
#: "(wia/imk)"; the bulk crawl's row 1527 gives "wia -detikNews" as its by-line; peer
#: suite pages give "mf", "jd", "kj").
_INITIALS: Final = re.compile(r"[A-Z]{1,3}|[a-z]{2,3}|(?:[A-Z]\.){1,3}[A-Z]")
#: A role printed where the name stands ("Reporter: Non Koresponden": Tempo 2017 names
#: no writer so; the story's sign-off does), as `cleaner.html.meta`'s role labels; "Staff"
#: alone (a peer-suite page's by-line).
_ROLE_ONLY: Final = re.compile(r"(?i)(?:non[ -]?)?(?:koresponden|kontributor|correspondent|contributor)|staff")


def split_names(value: str) -> list[str]:
    """``"Budi dan Agus S"`` -> ``["Budi", "Agus S"]``; a leading role and place
    (``"Kontributor Lhokseumawe, Masriadi"``) is not a name.

    >>> split_names("Kontributor Lhokseumawe, Masriadi")
    ['Masriadi']
    """
    value = _ROLE_PREFIX.sub("", value.strip())
    return [n for n in (p.strip(" .") for p in _NAME_SPLIT.split(value)) if n]


def split_tags(value: str) -> list[str]:
    """A printed tag bar as its tags: ``"#Banjir #Jakarta"``, ``"Banjir, Jakarta"``.
    A tag alone keeps its ``#`` (a list's own item): `_hash_bar` decides on the list.

    >>> split_tags("#Banjir #Jakarta | Cuaca")
    ['Banjir', 'Jakarta', 'Cuaca']
    >>> split_tags("#traveling")
    ['#traveling']
    """
    tags = [t.strip() for t in _TAG_SPLIT.split(value) if t.strip()]
    if len(tags) == 1 and tags[0].lstrip("#").strip():
        return tags
    return [t.lstrip("#").strip() for t in tags]


def _whole(value: str) -> list[str]:
    return [value]


def _unbullet(value: str) -> str:
    return _BULLET.sub("", value)


#: A by-line's own words before the name, in the languages pages print them ("By",
#: "Oleh", "von", "par", "por", "Written by", "Veröffentlicht von", WordPress's "View all
#: posts by"), with a colon or a space after them, or glued to the name's capital ("vonChris
#: Jung": a theme that sets the label and the name in two inline elements). Peer suite
#: pages gave these as whole author values (campino2k.de, correctiv.org, lemire.me,
#: aerobuzz.de, prensalibre.com; gothamist.com and knowtechie.com gave the label alone;
#: fieldaudit36: "Publicado por" biobiochile.cl, "Por" campograndenews.com.br, "Zeige alle
#: Beiträge von" uniqz.de, "Author" glued to the name rete-mirabile.net, "Edited von"
#: refinery29.com/de-de, through JSON-LD and head readers that never asked for them).
BYLINE_WORDS: Final = regex.compile(
    r"(?i:view all posts by|zeige alle beitr(?:ä|ae)ge von|posted by|written by|edited by|edited von|"
    r"ditulis oleh|geschrieben von|ver(?:ö|oe)ffentlicht von|artikel von|publicad[oa] por|"
    r"autor(?:in)?|author|oleh|by|von|vom|par|por)"
)
_BYLINE_LEAD: Final = regex.compile(rf"{BYLINE_WORDS.pattern}(?:[ \t]*+:[ \t]*+|[ \t]++|(?=\p{{Lu}}))")


def without_byline_words(value: str) -> str:
    """``value`` less a by-line's label before the name (`_BYLINE_LEAD`) and the bars or
    dashes a theme prints before it ("| Klaus Weber"): the name alone."""
    value = value.lstrip(" |–-·•:")
    if m := _BYLINE_LEAD.match(value):
        rest = value[m.end():].lstrip(" |–-·•:")
        if rest:
            return rest
    return value


#: A desk, a placeholder or an account where a writer's name stands (SPEC: names only):
#: "Redaktion" (eight peer-suite pages: fr.de, tennismagazin.de, otto.de ...), "auto-motor.at
#: Redaktion", "Redacción EC", "Tim Redaksi", "HLNF Staff Report", "Editorial Staff",
#: "Newsdesk", "news service reports" (twincities.com), a CMS's "Unknown" / "No Author"
#: (blogspot.com, japantimes.co.jp), "publisher" (bmel.de, bsi.bund.de), "Super User", "Support Team", a wire desk
#: ("Agencies": economictimes.indiatimes.com), a company or society ("wegewerk GmbH",
#: "Deutscher Caritasverband e. V", "PT Contoh Tbk").
_DESK: Final = regex.compile(
    r"(?i)\b(?:redaktion|redaksi|redacci[oó]n|r[ée]daction|redazione|redactie|newsdesk|news desk|news service|"
    r"staff reports?|editorial staff|support team|super user|no author|unknown|anonymous|an[oó]nim[oa]|"
    r"anonim|publisher|administrator|admin|agencies|gmbh|e\. ?v|ltd|inc|llc|tbk)\b"
)
#: A clock's half-day and zone where a name stands ("AM EST", "PM IST": jobsnhire.com,
#: economictimes.indiatimes.com print the time in the by-line's element).
_CLOCK_WORDS: Final = re.compile(r"(?:AM|PM|A\.M\.|P\.M\.)(?: [A-Z]{2,5})?|WIB|WITA|WIT")
#: An academic degree split from the name by its comma ("Michael L. Anderson, PhD":
#: acpjournals.org; "Budi, M.Si."): no person.
_DEGREE: Final = re.compile(r"(?:Ph\.? ?D|M\.?D|M\.?B\.?A|M\.?Sc|M\.?Si|M\.?Hum|M\.?Pd|S\.?Pd|S\.?Sos|"
                            r"S\.?Kom|S\.?Ag|S\.?IP|Jr|Sr|Esq|Dr|Prof)\.?")
#: A role or a contact button glued or set after the name ("Logan C. RitchieStaff Writer":
#: roughdraftatlanta.com's name and title in two inline elements; "Christoph Becker
#: E-Mail": computerbase.de's mail link beside the name): cut. One role word after a space
#: stays (a name may end so: the project's detik fixture's "Nama Reporter").
_TRAILING_ROLE: Final = regex.compile(
    r"(?<=\p{Ll})(?:(?:Senior |Staff |Contributing )?(?:Writer|Reporter|Correspondent))$"
    r"|\s+(?:(?:Senior|Staff|Contributing) (?:Writer|Reporter|Correspondent)|E-?[Mm]ail)$"
)
#: Script text or a photo credit where a name stands ("Hinrich Neumann function
#: initReCaptcha() { ...": topagrar.com, an inline script read with the by-line; "Bild ©
#: hr": hessenschau.de's photo credit), or a label ("Zuletzt geändert am:", caritas.de).
#: A photo's credit line too ("Photograph by EAG Antigua": a caption's credit read as the
#: by-line, peer suite).
_NOT_A_NAME: Final = re.compile(r"[{}<>=©]|\(\)|:$|\bfunction\b|^(?i:photo(?:graph)?s? by\b|foto ?:|foto oleh\b)")


def name_value(value: str) -> str:
    """A credit as the person's name alone, or ``""`` when it names no person (SPEC:
    "names only, never a role label"): a by-line's label before it (`_BYLINE_LEAD`) and a
    role or contact button after it (`_TRAILING_ROLE`) are cut, a name printed twice in a
    row is kept once, a stray bracket goes; initials alone ("CE", "C.E.", "S"), a role
    alone ("Non Koresponden"), a desk or placeholder (`_DESK`), a clock's words, a degree,
    script text or a photo credit (`_NOT_A_NAME`) are no name. The authors' and editors'
    fields store names so: an "Editor: CE" line names no editor, as an initials sign-off
    names no writer.

    >>> name_value("Publicado por Alberto González"), name_value("Olivier Minot Olivier Minot")
    ('Alberto González', 'Olivier Minot')
    >>> name_value("Redaktion"), name_value("AM EST"), name_value("PhD")
    ('', '', '')
    """
    name = without_byline_words(value.strip(" ."))
    name = _TRAILING_ROLE.sub("", name).strip(" .,")
    if "," in name:  # "Grant Tinsley, PhD": the degree after the comma goes
        head, _, tail = name.rpartition(",")
        if _DEGREE.fullmatch(tail.strip()):
            name = head.strip(" .,")
    if name.endswith(")") and "(" not in name:
        name = name.rstrip(") ")
    words = name.split()
    half = len(words) // 2
    if half and len(words) == 2 * half and words[:half] == words[half:]:
        name = " ".join(words[:half])
    if not name or _INITIALS.fullmatch(name) or _ROLE_ONLY.fullmatch(name) or _DESK.search(name) \
            or _CLOCK_WORDS.fullmatch(name) or _DEGREE.fullmatch(name) or _NOT_A_NAME.search(name):
        return ""
    return name


def _unpaired(items: tuple[Any, ...]) -> tuple[Any, ...]:
    """Names without a joined credit whose every name the list also holds alone
    ("Benjamin Fischer und Marcus Theurer" beside "Benjamin Fischer" and "Marcus
    Theurer": faz.net's by-line and its JSON-LD's two Person items; SPEC: each name once)."""
    if len(items) < 3:
        return items
    alone = set(items)
    out: list[Any] = []
    for n in items:
        parts = split_names(n) if isinstance(n, str) else []
        if len(parts) < 2 or not all(p in alone for p in parts):
            out.append(n)
    return tuple(out)


#: A date printed after a linked title, in the link (lebensmittelpraxis.de 2023's related
#: cards: ``<a><span class="item__title">Title</span><span class="item__date">27.10.2023
#: </span></a>``; dw.com 2020's "Title 19.01.2020"): SPEC's related are titles, "not ...
#: the time stamps beside links". The words a title's own date follows ("bis 15.10.2023":
#: n-land.de's "... aus dem Nürnberger Land bis 15.10.2023") keep it. The date may touch
#: the title's last letter (the spans with no white space between them). Numbers only: a
#: headline may end with its day in words ("Harga Emas Hari Ini, 5 Juni 2025").
_TRAILING_STAMP: Final = re.compile(
    r"(?:(?<=\S)\s|(?<=[^\W\d_]))\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    r"(?:,? (?:\||-)? ?\d{1,2}[:.]\d\d(?: ?(?:WIB|WITA|WIT))?)?$"
)
_DATE_OWN_WORD: Final = re.compile(
    r"(?i)(?:bis|vom|am|seit|ab|until|on|since|from|of|per|sejak|hingga|sampai|pada|tanggal|tgl|edisi|hari|"
    r"periode|date|datum|du|le|del|de)"
)

#: The ends a `_TRAILING_STAMP` match may have: a zone, else a digit (its year or its minute).
_STAMP_ZONES: Final = ("WIB", "WITA", "WIT")


def _may_end_stamped(value: str) -> bool:
    """Whether ``value`` ends as a `_TRAILING_STAMP` match must: with a digit (``\\d``: a
    decimal digit of any script, `str.isdecimal`) or a zone, before ``$`` (the end, or a
    last line break). The search tries its look-behinds at every character (~5 us a related
    title of a seed page), and a title most often ends with a letter."""
    tail = value[:-1] if value.endswith("\n") else value
    return tail[-1:].isdecimal() or tail.endswith(_STAMP_ZONES)


#: A list's number before a linked title ("1. Judul", "2) Judul"): a related box printed
#: as a numbered list (a reader proxy's or a scraper's Markdown prints an ``<ol>`` box's
#: items so, "1. [Judul](url)"; a text scrape prints a box that numbers its items in
#: text). SPEC's related are titles, and no gold title carries a list number (the seeds'
#: and the dev corpus's 101 related titles). A number glued to what follows ("1.000
#: Warga ...") or with no mark after it ("5 Fakta ...") is the title's own.
_LIST_NUMBER: Final = re.compile(r"(\d{1,2})[.)] +(?=\S)")


def _unnumbered(items: tuple[str, ...]) -> tuple[str, ...]:
    """Related titles with a list's numbers cut (`_LIST_NUMBER`) when the numbered ones,
    in page order, count 1, 2, 3 ... (two at least): a list, not a title's own ordinal
    or a date printed before it (German pages' related teasers: "01. Mai 2020 <title>",
    "9. Todestag<title>", "15. Apr. 2019", the peer suite's mdr.de, ok-magazin.de and
    siegessaeule.de pages)."""
    numbered = [(k, m) for k, m in enumerate(_LIST_NUMBER.match(x) for x in items) if m is not None]
    if len(numbered) < 2 or any(int(m.group(1)) != n for n, (_k, m) in enumerate(numbered, 1)):
        return items
    out = list(items)
    for k, m in numbered:
        out[k] = out[k][m.end():]
    return tuple(dict.fromkeys(out))


def _related(value: str) -> str:
    """A linked story's title as stored: a date printed after it goes (`_TRAILING_STAMP`)."""
    if not _may_end_stamped(value):
        return value
    m = _TRAILING_STAMP.search(value)
    if m is None:
        return value
    head = value[:m.start()]
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    if len(head.split()) < 3 or _DATE_OWN_WORD.fullmatch(last.strip(",:")):
        return value
    return head.rstrip(" |-–,")


def _place(value: str) -> str | None:
    """A dateline's place as stored; a day's or a month's name is no place (a rule that
    reads "Senin - " or "MEI - " before a story's first words as "PLACE - ")."""
    word = value.strip(" ,.")
    return None if is_weekday_name(word) or is_month_name(word) else value


#: A caption that is an ad label ("Anzeige": meedia.de, haus.de, tichyseinblick.de, the
#: label of an ad slot inside a figure) or a gallery's slide counter alone ("1/2":
#: grazia-magazin.de, ok-magazin.de): no photo caption.
_NO_CAPTION: Final = re.compile(
    r"(?i)anzeige|werbung|advertisement|advertorial|iklan|sponsored|publicidad|publicit[ée]|pubblicit[àa]|"
    r"\d{1,3} ?(?:/|of|dari|von) ?\d{1,3}"
)
#: The longest text `_NO_CAPTION` matches ("advertisement"; a case-insensitive character
#: matches one character): a longer caption is not asked (1.8 captions a seed page, each a
#: case-insensitive try of every word; tests/test_text_gates.py reads the bound from the parse).
_NO_CAPTION_MAX: Final = 13


def _caption(value: str) -> str:
    """A caption as stored (`_undoubled`); an ad label or a slide counter alone is none."""
    label = value.strip(" .:")
    return "" if len(label) <= _NO_CAPTION_MAX and _NO_CAPTION.fullmatch(label) else _undoubled(value)


def _same(value: str) -> str:
    return value


def _minutes(value: str) -> int | None:
    digits = _DIGITS.search(value)
    return int(digits.group()) if digits else None


def _hash_bar(items: tuple[Any, ...]) -> tuple[Any, ...]:
    """A ``#tag`` bar's ``#`` (on every item) is decoration and goes, while a single
    ``#campaign`` among plain tags keeps it (it is that tag's name)."""
    if items and all(isinstance(t, str) and t.startswith("#") for t in items):
        return tuple(t.lstrip("#").strip() for t in items)
    return items


#: `_undoubled`: a caption's repeated run is at least this many characters ...
_MIN_DOUBLED: Final = 20
#: ... and a caption longer than this is left as it is (the search is quadratic in the
#: caption's length; a doubled photo caption is a few hundred characters).
_MAX_UNDOUBLED: Final = 2000


def _undoubled(item: str) -> str:
    """A caption whose words a scrape printed twice in a row (the photo's alt text, then
    its caption, after the credit: "KOMPAS.com/NAME Words. Words." in a public
    crawler's kompas.com rows, aarestu/berita-scrap sample_result/kompas.jl @
    d78ef4747ecb2360fed129c910b13ba398ae51aa) keeps them once.

    >>> _undoubled("FOTO/NAMA Warga antre di pasar pagi. Warga antre di pasar pagi.")
    'FOTO/NAMA Warga antre di pasar pagi.'
    >>> _undoubled("Warga antre di pasar pagi.")
    'Warga antre di pasar pagi.'
    """
    n = len(item)
    if n > _MAX_UNDOUBLED:
        return item
    for k in range((n - 1) // 2, _MIN_DOUBLED - 1, -1):
        if item[n - k - 1] == " " and item.startswith(item[n - k:], n - 2 * k - 1):
            return item[:n - k - 1]
    return item


def _as_is(items: tuple[Any, ...]) -> tuple[Any, ...]:
    return items


@dataclass(frozen=True, slots=True)
class Field:
    """One metadata field of the record (see the module docstring)."""

    name: str
    #: A list field (a tuple in the record), else one value or ``None``.
    many: bool
    #: A printed value (a line's capture) -> the items it holds.
    split: Callable[[str], list[str]] = _whole
    #: One item -> the value stored (``None``: not a value of this field).
    clean: Callable[[str], Any] = _same
    #: A list field's items as found -> as the record holds them (asked only when there
    #: are items: no items are ``()``).
    finish: Callable[[tuple[Any, ...]], tuple[Any, ...]] = _as_is
    #: When the page's text and its markup both give items, the markup's others are
    #: appended (`merge`): the markup sees boxes the text rules never get.
    extend: bool = False


#: The record's metadata fields, in the order of the record (SPEC.md).
FIELDS: tuple[Field, ...] = (
    Field("title", many=False),
    Field("subtitle", many=False),
    Field("authors", many=True, split=split_names, clean=name_value, finish=_unpaired),
    Field("editors", many=True, split=split_names, clean=name_value, finish=_unpaired),
    Field("published", many=False, clean=parse_date),
    Field("dateline", many=False, clean=_place),
    Field("source", many=False),
    Field("reading_time_minutes", many=False, clean=_minutes),
    Field("summary", many=True, clean=_unbullet),
    Field("captions", many=True, clean=_caption, extend=True),
    Field("related", many=True, clean=_related, finish=_unnumbered, extend=True),
    Field("tags", many=True, split=split_tags, finish=_hash_bar, extend=True),
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
FIELD_NAMES: tuple[str, ...] = tuple(BY_NAME)
LIST_FIELDS: Final = frozenset(f.name for f in FIELDS if f.many)


@mypyc_attr(allow_interpreted_subclasses=True)  # benchmarks.stages records the calls
class Fields:
    """Accumulates the metadata of one page, field by field of `FIELDS`."""

    __slots__ = ("_order", "_scalars")

    def __init__(self) -> None:
        self._scalars: dict[str, Any] = {}
        # Per list field that has items: each item and where it was printed (`add_item`),
        # in the order added (a dict keeps it: a page of 100,000 "Baca Juga" lines asks
        # "seen already?" 100,000 times, which a list made quadratic). Made at a field's
        # first item: most pages fill few of them.
        self._order: dict[str, dict[Any, float]] = {}

    def has(self, name: str) -> bool:
        return bool(self._order.get(name)) if name in LIST_FIELDS else name in self._scalars

    def add(self, name: str, value: str, at: float | None = None) -> None:
        """Record a printed ``value`` for field ``name``: split into its items (a list
        field) and each cleaned (`Field`); empty values, repeats and, for scalars, a
        second value are ignored (but the time of a day ``published`` holds). ``at``:
        where the page printed it (`add_item`)."""
        value = fold_space(value)
        if value:
            for item in BY_NAME[name].split(value):
                self.add_item(name, item, at)

    def add_item(self, name: str, item: str, at: float | None = None) -> None:
        """Record one ``item`` of field ``name`` as it is (the markup already separates
        items), cleaned; ``at`` is where the page printed it (list fields come out in
        that order; by default, in the order added)."""
        field = BY_NAME[name]
        if not item:
            return
        if field.many:
            seen = self._order.get(name)
            if seen is None:
                seen = self._order[name] = {}
            value = field.clean(item)
            if value and value not in seen:
                seen[value] = at if at is not None else len(seen) + 10**9
        else:
            have = self._scalars.get(name)
            if have is None or (name == "published" and "T" not in have):
                value = field.clean(item)  # a date, or a day that a later line gives its time
                if value is not None and (have is None or _finer_date(name, have, value)):
                    self._scalars[name] = value

    def discard(self, name: str, at: float) -> None:
        """Forget list field ``name``'s items printed at ``at`` (a block that turned out
        to lie past the story's end)."""
        order = self._order.get(name)
        if order:
            for item in [item for item, where in order.items() if where == at]:
                del order[item]

    def replace(self, name: str, value: str) -> None:
        """Record ``value`` for scalar field ``name`` in place of what it holds."""
        self._scalars.pop(name, None)
        self.add(name, value)

    def get(self, name: str) -> Any:
        """The value of field ``name`` as the record holds it (a tuple for a list field)."""
        field = BY_NAME[name]
        if not field.many:
            return self._scalars.get(name)
        order = self._order.get(name)
        if not order:  # most list fields of most pages
            return ()
        if len(order) < 2:
            return field.finish(tuple(order))
        return field.finish(tuple(sorted(order, key=order.__getitem__)))

    def values(self) -> dict[str, Any]:
        """Every field's value (`get`), by name: keyword arguments of `Article`."""
        return {name: self.get(name) for name in FIELD_NAMES}


def _finer_date(name: str, have: Any, value: Any) -> bool:
    """Whether ``value`` is ``have``'s day with its time (a page printing the day alone,
    its markup the time): the same date, told more finely."""
    return name == "published" and isinstance(have, str) and isinstance(value, str) \
        and "T" not in have and value.startswith(have + "T")


def merge(record: Mapping[str, Any], found: Mapping[str, Any], *,
          replace: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The changes that fill ``record``'s empty fields from ``found`` (both by field
    name): a field named in ``replace`` takes ``found``'s value even when the record has
    one, and a filled `Field.extend` list gets ``found``'s other items appended."""
    changes: dict[str, Any] = {}
    for field in FIELDS:
        name = field.name
        value = found.get(name)
        if not value:
            continue
        have = record.get(name)
        if not have or name in replace or _finer_date(name, have, value):
            changes[name] = value
        elif field.extend:
            seen = set(have)
            extra = tuple(x for x in value if x not in seen)
            if extra:
                changes[name] = tuple(have) + extra
    return changes
