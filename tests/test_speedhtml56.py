"""Issue 17 (speedhtml56): twelve module patterns no seed page reaches are compiled on
first use (`cleaner.lazy`), not at import. Each is the pattern it was (the same source
and flags), one object a process, and still does its work; a fresh process that cleans
the seeds compiles none of them (`tests/test_lazy_patterns.py` holds the lazy caches
empty after the seeds)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import regex

from cleaner import dates, decode, detect, fields, lazy, rules, segment
from cleaner.match import compile as match_compile

ROOT = Path(__file__).resolve().parent.parent

#: Per module, the names of its sources and their ``compiled_patterns()`` keys.
LAZY = {
    decode: {"_CONTROL": "control", "_SURROGATE": "surrogate"},
    dates: {"_SHORT_YEAR": "short-year", "_MONTH_FIRST_SHAPE": "month-first-shape"},
    segment: {"_NON_BLANK_RUN": "non-blank-run"},
    fields: {"_TRAILING_STAMP": "trailing-stamp", "_DATE_OWN_WORD": "date-own-word", "_NO_CAPTION": "no-caption"},
    detect: {"_PLAIN_URL": "plain-url", "_AMP_CACHE": "amp-cache"},
}


def test_each_lazy_pattern_is_its_source_compiled_once() -> None:
    for module, names in LAZY.items():
        table = module.compiled_patterns()
        for attr, key in names.items():
            source = getattr(module, attr)
            assert isinstance(source, str), (module.__name__, attr)  # no pattern built at import
            assert table[key] is lazy.compiled_re(source)
            assert table[key].pattern == source
            assert table[key].flags == re.compile(source).flags


def test_case_insensitive_sources_say_so_inline() -> None:
    assert fields.compiled_patterns()["no-caption"].flags & re.IGNORECASE
    assert fields.compiled_patterns()["date-own-word"].flags & re.IGNORECASE


def test_the_rule_id_pattern_is_compiled_where_rules_are_compiled() -> None:
    assert isinstance(rules.RULE_ID, str)
    assert match_compile._RULE_ID.pattern == rules.RULE_ID
    assert isinstance(match_compile._RULE_ID, regex.Pattern)
    assert match_compile._RULE_ID.fullmatch("split-caption-twice")
    assert match_compile._RULE_ID.fullmatch("learned:contoh.id:3")
    assert not match_compile._RULE_ID.fullmatch("Baca-Juga")


def test_the_lazy_patterns_still_do_their_work() -> None:
    text, warnings, _ = decode.decode_utf8("Judul\x00 berita\x07 hari ini", max_bytes=1000)
    assert text == "Judul berita hari ini" and any("control" in w for w in warnings)
    assert dates.parse_date("09 Aug 21 | 07:44 WIB") == "2021-08-09T07:44:00+07:00"
    assert dates.parse_date("June 5, 2025 10:30 WIB") == "2025-06-05T10:30:00+07:00"
    assert detect.url_host("https://www.Contoh.co.id:8080/berita/1") == "www.contoh.co.id"
    amp = "https://m-kumparan-com.cdn.ampproject.org/v/s/m.kumparan.com/amp/news/x"
    assert detect.url_host(amp) == "m.kumparan.com"
    assert fields._caption("Anzeige") == "" and fields._caption("1/2") == ""
    assert fields._caption("Warga antre di halte") == "Warga antre di halte"


def test_a_page_without_url_compiles_no_url_pattern() -> None:
    probe = ("import cleaner\nfrom cleaner import lazy, detect\n"
             "cleaner.clean(open(%r, 'rb').read())\n"
             "print(detect._PLAIN_URL in {p.pattern for p in [lazy.compiled_re(detect._PLAIN_URL)]},"
             " lazy.compiled_re.cache_info().currsize)\n")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    run = subprocess.run([sys.executable, "-c", probe % str(seed)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT, check=True)
    # The one pattern compiled is the probe's own call: the page compiled none.
    assert run.stdout.split() == ["True", "1"]
