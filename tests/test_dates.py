"""Publication dates in the forms Indonesian outlets print."""

from __future__ import annotations

import pytest

from cleaner.dates import parse_date


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Senin, 26 September 2022 14:45 WIB", "2022-09-26T14:45:00+07:00"),
        ("26 Februari 2022 10:02 WIB", "2022-02-26T10:02:00+07:00"),
        ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),
        ("Rabu, 4 November 2015 | 21:04 WIB", "2015-11-04T21:04:00+07:00"),
        ("Kamis, 5 November 2015 - 15:56 wib", "2015-11-05T15:56:00+07:00"),
        ("Senin, 15 Februari 2016, 16:15 WIB", "2016-02-15T16:15:00+07:00"),
        ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18T14:05:00+07:00"),
        ("Kamis, 18 Jul 2024 | 14:20 WITA", "2024-07-18T14:20:00+08:00"),
        ("Sab, 1 Agu 2020 08.30 WIT", "2020-08-01T08:30:00+09:00"),
        ("Jum'at, 3 Des 2021 19:00", "2021-12-03T19:00:00+07:00"),
        ("2015-11-05T14:56:43+07:00", "2015-11-05T14:56:00+07:00"),
        ("on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10:00+07:00"),
        ("Kamis, 05 November 2015 11:52", "2015-11-05T11:52:00+07:00"),
        ("1 Mei 2023", "2023-05-01"),
        # English, the month first (turnbackhoax.id 2025, English-language outlets).
        ("May 29, 2025", "2025-05-29"),
        ("Thursday, May 29, 2025 14:05 WIB", "2025-05-29T14:05:00+07:00"),
        ("Posted on Jun 18, 2025 - 14:05", "2025-06-18T14:05:00+07:00"),
        # A two-digit year before a bar and a time (IDN Times 2019-21 date lines).
        ("09 Aug 21 | 07:44", "2021-08-09T07:44:00+07:00"),
        ("3 Mei 19 | 18.05 WIB", "2019-05-03T18:05:00+07:00"),
    ],
)
def test_printed_dates(printed: str, iso: str) -> None:
    assert parse_date(printed) == iso


@pytest.mark.parametrize("text", ["tanpa tanggal", "32 Januari 2020", "Pasal 12 ayat 3", "Mei 2025",
                                  "Summary 12, 2025", "Mayday 12, 2025", "Mei 40, 2025",
                                  "pada 10 Mei 21 orang datang", "10 Mei 21 | rapat"])
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "iso"), [("1 Deſember 2020", "2020-12-01"), ("5 O\u212at 2021", "2021-10-05"),
                                           ("Okt 5, 2021", "2021-10-05"),
                                           ("2 JUNİ 2022", "2022-06-02")])
def test_month_in_another_case_form(text: str, iso: str) -> None:
    """The month names match case-insensitively, so a long s, a Kelvin sign or a dotted capital I spells a month too."""
    assert parse_date(text) == iso


def test_an_en_or_em_dash_before_the_time_keeps_the_time() -> None:
    """jpnn.com 2016 (a real page): "Kamis, 29 Desember 2016 &mdash; 10:45 WIB"."""
    assert parse_date("Kamis, 29 Desember 2016 — 10:45 WIB") == "2016-12-29T10:45:00+07:00"
    assert parse_date("Kamis, 29 Desember 2016 – 10:45 WIB") == "2016-12-29T10:45:00+07:00"
    assert parse_date("29 Desember 2016 – 30 Desember 2016") == "2016-12-29"


def test_the_rare_date_patterns_are_compiled_only_when_a_text_needs_them() -> None:
    """Issue 17 (start-up): the month-first pattern and the two-digit-year one are
    compiled on first use, not at import; a day-first date (every seed page's) compiles
    neither, and a text that needs one gets it, once."""
    import subprocess
    import sys

    code = (
        "import cleaner.dates as d\n"
        "from cleaner.lazy import compiled_re\n"
        "sizes = lambda: compiled_re.cache_info().currsize\n"
        "assert sizes() == 0\n"
        "assert d.parse_date('Senin, 26 September 2022 14:45 WIB') == '2022-09-26T14:45:00+07:00'\n"
        "assert sizes() == 0\n"
        "assert d.parse_date('May 29, 2025 10:30 WIB') == '2025-05-29T10:30:00+07:00'\n"
        "assert d.parse_date('09 Aug 21 | 07:44') == '2021-08-09T07:44:00+07:00'\n"
        "assert d.parse_date('Okt 5, 2021') == '2021-10-05'\n"
        # the two patterns and, since speedhtml56, the two shape screens before them
        "assert sizes() == 4 and compiled_re(d.DATE_PATTERN) is compiled_re(d.DATE_PATTERN)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
