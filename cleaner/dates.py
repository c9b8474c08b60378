"""Indonesian (and English) publication dates to ISO 8601 with the WIB/WITA/WIT offset.

`DATE_PATTERN` is the grammar rule files use as the ``{date}`` macro; `parse_date`
turns a matched string into ``2022-09-26T14:45:00+07:00``. A time without a zone is
taken as WIB, the zone of the outlets' newsrooms; a date without a time stays a date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .lazy import compiled_re

if TYPE_CHECKING:
    import datetime

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari jan january",
        "februari pebruari feb peb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu agt ags aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nov nop",
        "desember des dec december",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

#: UTC and GMT printed alone are the zero offset (jatimnet.com 2019 prints its stamps "Senin, 30
#: December 2019 23:05 UTC": jatimnet.com/kaleidoskop-2019 as text in the search library's
#: pages corpus, read 2026-12-06; the date was lost). "GMT+7" is not read as a zone (`_ZONE`).
_ZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "utc": "+00:00", "gmt": "+00:00"}


def is_month_name(word: str) -> bool:
    """True when ``word`` is a month's name or its short form alone (``Feb``, ``Agustus``).

    >>> is_month_name("Feb."), is_month_name("Febri")
    (True, False)
    """
    return word.strip(" .").casefold() in _MONTHS


_WEEKDAYS = frozenset((
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))


def is_weekday_name(word: str) -> bool:
    """True when ``word`` is a day's name alone, in Indonesian or English (``Senin``,
    ``JUMAT``, ``Friday``).

    >>> is_weekday_name("SENIN"), is_weekday_name("Seni")
    (True, False)
    """
    return word.strip(" .,").casefold() in _WEEKDAYS



def _trie(words: list[str]) -> str:
    """An alternation of literal ``words`` (letters and ``'``) as a prefix tree:
    ``Sen(?:in)?`` for ``Senin|Sen``. It tries what the flat alternation tries, in the
    same order (words with different first letters cannot both match at one place;
    a shorter word after its longer ones becomes a greedy optional tail), but a line
    costs `regex` one step per letter instead of one per word."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    optional = heads.pop("", None) is not None
    if optional and words[-1]:
        raise ValueError(f"a word before its longer forms: {words}")
    branches = [head + (_trie(tails) if len(tails) > 1 else tails[0]) for head, tails in heads.items()]
    if len(branches) == 1 and len(branches[0]) == 1:
        return branches[0] + ("?" if optional else "")
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


#: Longer forms first, as the flat alternation tried them.
_DAY_NAMES = _trie([
    "Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Jumat", "Sabtu", "Minggu", "Ahad",
    "Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min",
    # in capitals: rmol.id's AMP pages of 2020 print the date line so, "<WEEKDAY>, <dd> <MONTH>
    # <yyyy> | <hh:mm> WIB | LAPORAN: <NAME>" (rmol.id/amp/2020/09/07/451272/... as text in the
    # search library's pages corpus, read 2026-12-07; leftovers67): no date rule read it
    "SENIN", "SELASA", "RABU", "KAMIS", "JUM'AT", "JUMAT", "SABTU", "MINGGU",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
])
_MONTH_NAMES = _trie(sorted(_MONTHS, key=len, reverse=True))
_TIME = r"(?:(?:pukul|jam|at|-|–|—|\||,|/)\s*)?(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
_ZONE = r"(?P<zone>WIB|WITA|WIT|wib|wita|wit|(?:UTC|GMT)(?! ?[+-]| ?\d))"

#: "\s*(?:,\s*)?", not "\s*,?\s*": a run of spaces then has one way to match, not one per
#: split point, so a crafted line cannot make matching quadratic.
#: A date as printed: "Senin, 26 September 2022 14:45 WIB", "05/11/2015 10:08 WIB",
#: "18 Jun 2025, 14:05 WIB", "Rabu, 4 November 2015 | 21:04 WIB", "Rabu, 18 Juni 2025 / 10:00 WIB",
#: "Wednesday, 04 November, 2015 | 07:28 WIB" (Tempo English 2015: a comma after the month),
#: "Kamis, 29 Desember 2016 — 10:45 WIB" (jpnn.com 2016: an em dash before the time),
#: "May 29, 2025 10:30 WIB" (English, the month first), "2015-11-05T14:56:43+07:00",
#: "2019/12/07 06:44:50 WIB" (detik.com 2019's div.date under the headline, year first with
#: slashes and seconds: kefasjwiryadi/android-baca-berita app/src/test/java/com/kefasjwiryadi/
#: bacaberita/html2.html @ 1aca5f3154b4276f8d1c6993531afd59eb3a35dd).
def _date_pattern(*, month_first: bool) -> str:
    return (
        rf"(?:{_DAY_NAMES}\.?\s*(?:,\s*)?)?"
        r"(?:"
        rf"(?P<day>[0-3]?\d)\s+(?P<month>(?i:{_MONTH_NAMES}))\.?,?\s+(?P<year>(?:19|20)\d\d)"
        + (rf"|\b(?P<emonth>(?i:{_MONTH_NAMES}))\.?\s+(?P<eday>[0-3]?\d),?\s+(?P<eyear>(?:19|20)\d\d)"
           if month_first else "")
        + r"|(?P<nday>[0-3]?\d)[/-](?P<nmonth>[01]?\d)[/-](?P<nyear>(?:19|20)\d\d)"
        r"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)"
        r"(?:[T ](?P<ihour>[0-2]\d):(?P<iminute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?P<ioffset>Z|[+-][01]\d:?[0-5]\d)?)?"
        # year first with slashes, never inside a path ("/read/2019/12/07/..." is a URL's)
        r"|(?<![/\d])(?P<syear>(?:19|20)\d\d)/(?P<smonth>[01]\d)/(?P<sday>[0-3]\d)(?![/\d])"
        r")"
        rf"(?:\s*(?:,\s*)?{_TIME})?"
        rf"(?:\s*{_ZONE})?"
    )


DATE_PATTERN = _date_pattern(month_first=True)

#: The day-first forms: what `parse_date` searches first, on every text that holds a year.
_DAY_FIRST_RE = re.compile(_date_pattern(month_first=False))
_YEAR = re.compile(r"(?:19|20)\d\d")
#: "09 Aug 21 | 07:44" (IDN Times 2019-21): a two-digit year, read only before a bar and
#: a time, and apart from `DATE_PATTERN` (every date rule would pay for the branch).
_SHORT_YEAR = r"[A-Za-z] \d\d\s*\|\s*[0-2]?\d[:.][0-5]\d"
_MONTH_FIRST_SHAPE = r"[A-Za-z]\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d"


# The rarely needed patterns are compiled on first use, once (`cleaner.lazy.compiled_re`;
# issue 17: ~3.4 ms of a one-file run, most pages never reach them; the two shape
# screens above too, which no seed page reaches). `DATE_PATTERN` itself: `parse_date` tries the month-first form only on
# text that holds its shape (`_MONTH_FIRST_SHAPE`): a month name tried at every word of
# every line made the search 2.5x slower.
#: The two-digit year's date (`_SHORT_YEAR` holds its shape).
_SHORT_DATE: Final = (
    rf"(?P<day>[0-3]?\d)\s+(?P<month>(?i:{_MONTH_NAMES}))\.?\s+(?P<year>\d\d)\s*\|\s*"
    rf"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:\s*{_ZONE})?"
)


def is_printed_date(text: str) -> bool:
    """Whether ``text`` is a printed date and nothing else (`DATE_PATTERN` matches it
    whole): "12 September 2025 | 15.22 WIB", not "10/05/2022 05:22 pm", a twelve-hour
    clock: the page's own zone (eluniversal.com's, peer suite) is not told by an Indonesian
    page's template."""
    return compiled_re(DATE_PATTERN).fullmatch(text) is not None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601, or ``None``.

    >>> parse_date("Senin, 26 September 2022 14:45 WIB")
    '2022-09-26T14:45:00+07:00'
    >>> parse_date("Kamis, 05/11/2015 10:08 WITA")
    '2015-11-05T10:08:00+08:00'
    >>> parse_date("26 Februari 2022")
    '2022-02-26'
    >>> parse_date("2025-06-18T07:05:00Z"), parse_date("2025-06-18T20:05:00+00:00")
    ('2025-06-18T14:05:00+07:00', '2025-06-19T03:05:00+07:00')
    """
    if not _YEAR.search(text):
        # every form holds a year; a two-digit one only before a bar and a time
        short = compiled_re(_SHORT_DATE).search(text) if compiled_re(_SHORT_YEAR).search(text) else None
        return _short_iso(short) if short else None
    for m in _DAY_FIRST_RE.finditer(text):
        iso = _to_iso(m)
        if iso:
            return iso
    if compiled_re(_MONTH_FIRST_SHAPE).search(text):
        for m in compiled_re(DATE_PATTERN).finditer(text):
            iso = _to_iso(m)
            if iso:
                return iso
    return None


def _month(name: str) -> int:
    """The number of a month name as the pattern matched it: case-insensitively, so also
    spelled with a long s, a Kelvin sign or a dotted capital I (its dot dropped)."""
    return _MONTHS[name.casefold().replace("\u0307", "")]


#: Unix time 0 in any offset: the date a CMS prints for a date it never set
#: (portalspozywczy.pl's JSON-LD ``"datePublished":"1970-01-01T01:00:00+01:00"``, peer
#: suite), never a story's.
_EPOCH_ZERO = ((1970, 1, 1), (1969, 12, 31))


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_calendar_day(year: int, month: int, day: int) -> bool:
    """Whether the day exists ("31 Februari 2025" does not: no ISO date is made of it;
    `datetime` is not imported for this, a page without hints needs none).

    >>> is_calendar_day(2024, 2, 29), is_calendar_day(2025, 2, 29), is_calendar_day(2025, 4, 31)
    (True, False, False)
    """
    if not (1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]):
        return False
    return month != 2 or day < 29 or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))


#: A machine time's offsets that say UTC.
_UTC_OFFSETS = frozenset({"+0000", "-0000"})


def wib_minute(moment: datetime.datetime) -> str:
    """``moment`` as the record's ``published``: ISO 8601 to the minute, in its own offset;
    a clock with no zone is WIB (as a printed time without one) and UTC is told in WIB
    (the day may turn). The one reading of a machine time the three paths share: a
    printed ISO time with "Z" (`_to_iso`), a caller's `datetime` hint
    (`cleaner.hints.iso_published`) and a page's machine date
    (`cleaner.html.meta.machine_date`)."""
    import datetime as dt

    wib = dt.timezone(dt.timedelta(hours=7))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=wib)
    elif moment.utcoffset() == dt.timedelta(0):
        moment = moment.astimezone(wib)
    return moment.replace(second=0, microsecond=0).isoformat()


def _utc_as_wib(year: int, month: int, day: int, hour: int, minute: str) -> str | None:
    """A UTC clock as ISO 8601 in WIB (the day may turn), or ``None`` for no calendar day."""
    import datetime as dt

    if not is_calendar_day(year, month, day) or (year, month, day) in _EPOCH_ZERO or hour > 23:
        return None
    return wib_minute(dt.datetime(year, month, day, hour, int(minute), tzinfo=dt.UTC))


#: A time printed before its date, a comma between: LINE Today's "Diterbitkan 21.26, 13/04/2019"
#: (the by-line row of its story pages, 2019: a CNN Indonesia story as LINE Today printed it, a
#: project's page view bayufirdaus/linetoday application/views/detail_sport.php @
#: 2802e9a06b378b295b53fb3548e1b313c138e96f): the date was read without its time (blindold64).
#: Looked for only right before a date that printed no time of its own.
#: Compiled on first use (`compiled_re`), as the other rarely needed patterns.
_LEAD_TIME: Final = r"(?<![\d.:])(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:\s*(?P<zone>WIB|WITA|WIT))?\s*,\s*$"


def _to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    offset = _ZONES.get((g["zone"] or "wib").lower(), "+07:00")
    hour, minute = g["hour"], g["minute"]
    if g["year"]:
        year, month, day = int(g["year"]), _month(g["month"]), int(g["day"])
    elif g.get("eyear"):
        year, month, day = int(g["eyear"]), _month(g["emonth"]), int(g["eday"])
    elif g["nyear"]:
        year, month, day = int(g["nyear"]), int(g["nmonth"]), int(g["nday"])
    elif g["syear"]:
        year, month, day = int(g["syear"]), int(g["smonth"]), int(g["sday"])
    else:
        year, month, day = int(g["iyear"]), int(g["imonth"]), int(g["iday"])
        if g["ihour"]:
            hour, minute = g["ihour"], g["iminute"]
            if g["ioffset"] and not g["zone"]:
                off = "+0000" if g["ioffset"] == "Z" else g["ioffset"].replace(":", "")
                if off in _UTC_OFFSETS:
                    # A machine time in UTC ("Z") is told in WIB, as the HTML path tells
                    # one (`cleaner.html.meta.machine_date`): a crawler's
                    # "2025-06-18T07:05:00Z" is 14:05 WIB (read as WIB, seven hours early).
                    return _utc_as_wib(year, month, day, int(hour), minute)
                offset = f"{off[:3]}:{off[3:]}"
    if not is_calendar_day(year, month, day) or (year, month, day) in _EPOCH_ZERO:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is None:
        lead = compiled_re(_LEAD_TIME).search(m.string, max(0, m.start() - 16), m.start()) if m.start() else None
        if lead is None:
            return date
        hour, minute = lead["hour"], lead["minute"]
        offset = _ZONES.get((lead["zone"] or "wib").lower(), offset)
    clock = int(hour)
    if clock > 23:
        return None
    mark = _meridiem(m)
    if mark and 1 <= clock <= 12:
        clock = clock % 12 + (12 if mark in "Pp" else 0)
    return f"{date}T{clock:02d}:{minute}:00{offset}"


#: A twelve-hour clock's mark right after a date's time ("9:52 PM", "4:30 p.m.", "9:25pm"),
#: read by `_meridiem` after the date matched (in `_TIME` itself it cost a bulk row ~10%):
#: without it a page's "April 26, 2022 | 9:52 PM" (jamaica-gleaner.com in the peer suite, and
#: a dozen pages of it more: theintercept.com "3:18 p.m.", pagesix.com "9:25pm") was told as
#: 09:52, twelve hours early.
_MERIDIEM = re.compile(r"\s?([AaPp])\.?[Mm](?![A-Za-z])")


def _meridiem(m: re.Match[str]) -> str | None:
    """The twelve-hour clock's mark printed right after a date's time, if any."""
    text = m.string
    end = m.end()
    if end >= len(text) or text[end] not in " AaPp":
        return None
    mark = _MERIDIEM.match(text, end)
    return mark.group(1) if mark else None


def _short_iso(m: re.Match[str]) -> str | None:
    """A `_SHORT_DATE` match as ISO 8601: the year in this century."""
    month, day, hour = _month(m["month"]), int(m["day"]), int(m["hour"])
    if not (is_calendar_day(2000 + int(m["year"]), month, day) and hour <= 23):
        return None
    offset = _ZONES[(m["zone"] or "wib").lower()]
    return f"{2000 + int(m['year']):04d}-{month:02d}-{day:02d}T{hour:02d}:{m['minute']}:00{offset}"


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns this module compiles on first use, by name (the objects it matches
    with), for `tests/test_regex_safety.py`."""
    return {"short-date": compiled_re(_SHORT_DATE), "short-year": compiled_re(_SHORT_YEAR),
            "month-first-shape": compiled_re(_MONTH_FIRST_SHAPE), "lead-time": compiled_re(_LEAD_TIME)}
