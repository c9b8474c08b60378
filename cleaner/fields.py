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

from .dates import is_month_name, is_weekday_name, parse_date
from .lazy import compiled_re
from .names import editor_value, name_value
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
#: n-land.de's "... aus dem Nürnberger Land bis 15.10.2023"; "Harga Emas Hari Ini,
#: 12/12/2020") keep it. The date may touch the title's last letter (the spans with no
#: white space between them). Numbers only: a headline may end with its day in words
#: ("Harga Emas Hari Ini, 5 Juni 2025").
#: (This and the next are compiled on first use, `cleaner.lazy`: no seed page reaches them.)
_TRAILING_STAMP: Final = (
    r"(?:(?<=\S)\s|(?<=[^\W\d_]))\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    r"(?:,? (?:\||-)? ?\d{1,2}[:.]\d\d(?: ?(?:WIB|WITA|WIT))?)?$"
)
_DATE_OWN_WORD: Final = (
    r"(?i)(?:bis|vom|am|seit|ab|until|on|since|from|of|per|sejak|hingga|sampai|pada|tanggal|tgl|edisi|hari|ini|"
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


#: A link that counts a story's comments or readers, with the writer's name a teaser
#: prints after it ("240 Kommentare Nicolas La Rocco", and the story's own "117
#: Kommentare": computerbase.de's teaser rows, peer suite; "12 Komentar", "3 comments"):
#: no title (`_count_link`: string tests, no pattern: a seed page's related titles that
#: open with a number reach it).
_COUNT_WORDS: Final = frozenset({
    "komentar", "kommentar", "kommentare", "comment", "comments", "replies", "antworten", "balasan",
    "tanggapan", "views", "dilihat", "reaksi", "reaction", "reactions",
})
#: `_count_link`: the most words of the writer's name after the count.
_MAX_COUNT_NAME_WORDS: Final = 4


def _count_link(value: str) -> bool:
    """Whether ``value`` is a count of comments or readers, a writer's name after it at most."""
    parts = value.split(None, 2)
    if len(parts) < 2 or len(parts[0]) > 10 or not parts[0].replace(".", "").replace(",", "").isdecimal() \
            or parts[1].lower() not in _COUNT_WORDS:
        return False
    name = parts[2].split() if len(parts) > 2 else []
    return len(name) <= _MAX_COUNT_NAME_WORDS and all(w[:1].isupper() for w in name)


def _related_title(value: str) -> str:
    """A related item as stored: a count of a story's comments is none (`_count_link`),
    a title loses the date printed after it (`_related`)."""
    return "" if value[:1].isdecimal() and _count_link(value) else _related(value)


def _related(value: str) -> str:
    """A linked story's title as stored: a date printed after it goes (`_TRAILING_STAMP`)."""
    if not _may_end_stamped(value):
        return value
    m = compiled_re(_TRAILING_STAMP).search(value)
    if m is None:
        return value
    head = value[:m.start()]
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    if len(head.split()) < 3 or compiled_re(_DATE_OWN_WORD).fullmatch(last.strip(",:")):
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
_NO_CAPTION: Final = (  # (compiled on first use, `cleaner.lazy`: no seed page reaches it)
    r"(?i)anzeige|werbung|advertisement|advertorial|iklan|sponsored|publicidad|publicit[ée]|pubblicit[àa]|"
    r"\d{1,3} ?(?:/|of|dari|von) ?\d{1,3}"
)
#: The longest text `_NO_CAPTION` matches ("advertisement"; a case-insensitive character
#: matches one character): a longer caption is not asked (1.8 captions a seed page, each a
#: case-insensitive try of every word; tests/test_text_gates.py reads the bound from the parse).
_NO_CAPTION_MAX: Final = 13


#: A list's mark a text scrape prints before a caption line (a gallery's captions as
#: list items): the mark is the rendering's, not the caption's.
_CAPTION_BULLETS: Final = ("•", "▪", "●", "◦")


def _caption(value: str) -> str:
    """A caption as stored (`_undoubled`); an ad label or a slide counter alone is none.
    A list's mark before it goes: the caption printed twice, once as a bulleted line
    ("• Caption (Foto: X)") and once bare, is one caption (SPEC: each once)."""
    if value.startswith(_CAPTION_BULLETS):
        value = value[1:].lstrip()
    label = value.strip(" .:")
    return "" if len(label) <= _NO_CAPTION_MAX and compiled_re(_NO_CAPTION).fullmatch(label) else _undoubled(value)


def _photo_caption(value: str) -> str:
    """A caption as stored (`_caption`); a text with no letter is none: a date, a score
    or a figure printed beside a picture ("08.12.2022" under a teaser's cover,
    greenpeace.de; "243.8" beside a jumper's flag, berkutschi.com; "1 : 5" between two
    teams' logos, sportowefakty.wp.pl: peer suite) is no photo's caption (SPEC: captions
    with their credits)."""
    return _caption(value) if any(map(str.isalpha, value)) else ""


def _same(value: str) -> str:
    return value


def _minutes(value: str) -> int | None:
    digits = _DIGITS.search(value)
    return int(digits.group()) if digits else None


#: `_tag`: the separators a tag list prints between its links (SPEC: each tag its own string).
_TAG_SEPARATORS: Final = " ,;|·•"


def _tag(value: str) -> str:
    """A tag as stored: the separator its list printed inside the link goes
    ("Coronavirus," / "Rechtswissenschaft": verfassungsblog.de's span.tag-links;
    sonntag-sachsen.de's div.tags prints every link so, peer suite); a tag holding a
    comma inside ("Kohl, Helmut") keeps it."""
    return value.strip(_TAG_SEPARATORS) if value[-1:] in _TAG_SEPARATORS or value[:1] in _TAG_SEPARATORS else value


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

    The credit may close the caption after the second copy, in brackets (kompas.com 2018,
    a story joined into one line: "<caption> <caption> (TRIBUNJABAR.ID/NAME)", cut out of
    the story by rule split-caption-twice): the words before it are kept once.

    >>> _undoubled("Warga antre di pasar pagi. Warga antre di pasar pagi. (CONTOH.ID/NAMA)")
    'Warga antre di pasar pagi. (CONTOH.ID/NAMA)'
    """
    n = len(item)
    if n > _MAX_UNDOUBLED:
        return item
    for k in range((n - 1) // 2, _MIN_DOUBLED - 1, -1):
        if item[n - k - 1] == " " and item.startswith(item[n - k:], n - 2 * k - 1):
            return item[:n - k - 1]
    if item.endswith(")"):
        # only the whole run before the credit printed twice: one comparison, no search
        cut = item.rfind("(")
        half = (cut - 1) // 2 if cut > 2 * _MIN_DOUBLED else 0
        if half and item[half] == " " and item.startswith(item[:half], half + 1) \
                and item[2 * half + 1:cut].strip() == "":
            return f"{item[:half]} {item[cut:]}"
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
    Field("editors", many=True, split=split_names, clean=editor_value, finish=_unpaired),
    Field("published", many=False, clean=parse_date),
    Field("dateline", many=False, clean=_place),
    Field("source", many=False),
    Field("reading_time_minutes", many=False, clean=_minutes),
    Field("summary", many=True, clean=_unbullet),
    Field("captions", many=True, clean=_photo_caption, extend=True),
    Field("related", many=True, clean=_related_title, finish=_unnumbered, extend=True),
    Field("tags", many=True, split=split_tags, clean=_tag, finish=_hash_bar, extend=True),
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

    def forget(self, name: str) -> None:
        """Forget what scalar field ``name`` holds (a line taken for it turned out to be
        another field's)."""
        self._scalars.pop(name, None)

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
    its markup the time), or ``have``'s clock with the page's own offset where ``have``
    took WIB's (a page printing "5:55 AM" with no zone, its markup "05:55-05:00":
    fivethirtyeight.com in the peer suite): the same date, told more finely."""
    if name != "published" or not isinstance(have, str) or not isinstance(value, str):
        return False
    if "T" not in have:
        return value.startswith(have + "T")
    return have.endswith("+07:00") and len(value) == len(have) and value[:16] == have[:16] and value != have


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


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns this module compiles on first use, by name (the objects it matches
    with), for `tests/test_regex_safety.py`."""
    return {"trailing-stamp": compiled_re(_TRAILING_STAMP), "date-own-word": compiled_re(_DATE_OWN_WORD),
            "no-caption": compiled_re(_NO_CAPTION)}
