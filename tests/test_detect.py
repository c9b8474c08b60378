"""Outlet detection (`cleaner.detect`): by the URL's host, else by fingerprints in the
text, else ``generic``; and how the choice reaches `cleaner.clean`."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner.detect import (
    GENERIC,
    _outlet_headers,
    _outlet_probes,
    _probes,
    detect_outlet,
    foreign_url,
    may_print_outlet,
    outlet_from_text,
    outlet_from_url,
    outlet_rulesets,
    url_host,
)
from cleaner.rules import available_outlets

STORY = "Warga desa membangun jembatan bambu di atas sungai kecil pada Minggu pagi."


def test_every_shipped_outlet_but_generic_is_detectable() -> None:
    names = [rs.name for rs in outlet_rulesets()]
    assert names == [n for n in available_outlets() if n != GENERIC]
    assert all(rs.hosts and rs.fingerprints for rs in outlet_rulesets())


# ---- by URL ---------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.tempo.co/politik/contoh-berita-123", "tempo"),
    ("https://tempo.co/x", "tempo"),                           # the host itself
    ("https://nasional.tempo.co/read/1/x", "tempo"),           # a sub-domain
    ("HTTPS://WWW.KUMPARAN.COM/x", "kumparan"),                # hosts are case-blind
    ("https://www.idntimes.com:443/news/x", "idntimes"),       # a port
    ("  https://www.idntimes.com/news/x  ", "idntimes"),       # spaces around
    ("https://nottempo.co/x", None),                           # a longer name is another site
    ("https://tempo.co.evil.example/x", None),                 # the host must end with the name
    ("https://www.example.com/tempo.co", None),                # the path does not count
    ("tempo.co/x", None),                                      # no scheme: no host
    ("https://[::1/x", None),                                  # unparseable: no answer, no error
    ("", None),
    (None, None),
])
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


#: URLs on both sides of `_PLAIN_URL`'s line: ports, user info, brackets, characters
#: urlsplit removes or refuses, schemes it does not take, hosts of other characters.
URL_SHAPES = [
    "https://www.Tempo.co/x", "http://tempo.co", "https://tempo.co?x=1", "https://tempo.co#top",
    "https://tempo.co:8080/x", "https://tempo.co:/x", "https://tempo.co:80a/x", "svn+ssh://Host.ID/x",
    "https://user@tempo.co/x", "https://a@b@tempo.co/x", "https://[::1]/x", "https://[::1/x", "https://::1]/x",
    "https://tem\tpo.co/x", "https://tempo.co\n/x", "https://te\rmpo.co/x", " \x01https://tempo.co/x",
    "https://tempö.co/x", "https://tempo.co%20/x", "https://tempo.co\\x", "1http://tempo.co/x",
    "https:tempo.co/x", "https:///x", "https://", "https://_a-b_.c./x", "mailto:redaksi@tempo.co",
    "https://TEMPO.CO.", "ht~tp://tempo.co/x", "https://tempo.co:443", "//tempo.co/x",
]


@pytest.mark.parametrize("url", URL_SHAPES)
def test_the_url_host_is_urlsplits(url: str) -> None:
    from urllib.parse import urlsplit

    try:
        expected: str | type[ValueError] = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        expected = ValueError
    try:
        got: str | type[ValueError] = url_host(url)
    except ValueError:
        got = ValueError
    assert got == expected


# ---- by fingerprints ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    (f"Judul Berita\nTEMPO.CO, Jakarta - {STORY}", "tempo"),
    # a widget word alone (tempo's weak fingerprints) claims no page: another site's
    # by-line box prints "Reporter" too; its read-more button beside it does
    (f"Judul Berita\nReporter\nNama Penulis\n{STORY}", None),
    (f"Judul Berita\nReporter\nNama Penulis\n{STORY}\nBaca Selengkapnya", "tempo"),
    (f"Judul Berita\nIntinya Sih...\n{STORY}", None),
    (f"Judul Berita\nwaktu baca 2 menit\n{STORY}", "kumparan"),
    (f"Judul Berita\nJakarta, IDN Times - {STORY}", "idntimes"),
    (f"Judul Berita\n{STORY}", None),
    ("", None),
])
def test_outlet_from_text(text: str, outlet: str | None) -> None:
    assert outlet_from_text(text) == outlet


def test_the_outlet_with_the_most_distinct_fingerprints_wins() -> None:
    # one kumparan fingerprint against two of tempo's
    text = f"waktu baca 2 menit\nTEMPO.CO, Jakarta - {STORY}\nReporter\nNama"
    assert outlet_from_text(text) == "tempo"
    # the same fingerprint printed many times still counts once
    text = "waktu baca 2 menit\n" * 5 + f"TEMPO.CO, Jakarta - {STORY}\nReporter\nNama"
    assert outlet_from_text(text) == "tempo"


def test_a_tie_goes_to_the_outlet_listed_first() -> None:
    text = f"waktu baca 2 menit\nTEMPO.CO, Jakarta - {STORY}"
    first = next(rs.name for rs in outlet_rulesets() if rs.name in ("kumparan", "tempo"))
    assert outlet_from_text(text) == first


def test_a_fingerprint_must_match_as_written() -> None:
    # the tempo dateline needs a capital after the comma; the Reporter label a line of its own
    assert outlet_from_text(f"TEMPO.CO, jakarta - {STORY}") is None
    assert outlet_from_text(f"Reporter kami melaporkan. {STORY}") is None


# ---- the order: URL, fingerprints, generic --------------------------------------------

def test_the_url_beats_the_fingerprints() -> None:
    text = f"TEMPO.CO, Jakarta - {STORY}"
    assert detect_outlet(text, "https://www.kumparan.com/x") == "kumparan"


def test_an_unknown_url_falls_back_to_the_fingerprints_then_generic() -> None:
    assert detect_outlet(f"TEMPO.CO, Jakarta - {STORY}", "https://www.example.com/x") == "tempo"
    assert detect_outlet(STORY, "https://www.example.com/x") == GENERIC
    assert detect_outlet(STORY) == GENERIC


def test_clean_uses_the_detected_outlet_and_a_forced_one_wins() -> None:
    page = f"Judul Berita Hari Ini\nTEMPO.CO, Jakarta - {STORY}\n"
    assert cleaner.clean(page).outlet == "tempo"
    assert cleaner.clean(page, url="https://www.idntimes.com/news/x").outlet == "idntimes"
    assert cleaner.clean(page, outlet="generic").outlet == "generic"


def test_probes_are_literals_that_several_literals_hold() -> None:
    got = _probes({", IDN Times", "Gabung di IDN Times", "IDN Times Community", "sosmed-white", "zoom-whiteX",
                   "kumparan", "kumparan.com", "Reporter"})
    assert got == {", IDN Times": "IDN Times", "Gabung di IDN Times": "IDN Times", "IDN Times Community": "IDN Times",
                   "sosmed-white": "-white", "zoom-whiteX": "-white", "kumparan": "kumparan",
                   "kumparan.com": "kumparan"}
    assert _probes({"abcdefgh", "zzzzzzzz"}) == {}
    # a shorter literal that others hold probes them and itself ("TEMPO" of "TEMPO.CO"):
    # looked for anyway, one scan rules both out on a page without it; not below 4 characters
    assert _probes({"TEMPO", "TEMPO.CO", " WIB"}) == {"TEMPO": "TEMPO", "TEMPO.CO": "TEMPO"}
    assert _probes({"WIB", "WIB pukul"}) == {}


def _most_fingerprints(text: str) -> str | None:
    """outlet_from_text by its definition: every fingerprint searched, no literal or
    probe; an outlet whose hits are all weak (`RuleSetHeader.strong` on) needs two."""
    best, best_hits = None, 0
    for header in _outlet_headers():
        found = [k for k, pattern in enumerate(header.fingerprints) if pattern.search(text)]
        if len(found) > best_hits and (len(found) >= 2 or any(k < header.strong for k in found)):
            best, best_hits = header.name, len(found)
    return best


@pytest.mark.parametrize("text", [
    "Gabung di IDN Times sekarang\nIsi berita.",            # a probe and its literal
    "IDN Times saja, tanpa ajakan\nIsi berita.",           # the probe without any literal
    "Jakarta, IDN Times - Isi berita.\nIntinya Sih ini.",  # two fingerprints of one outlet
    "Bagikan: sosmed-whatsapp-white copy-link-circle\nIsi.",
    "zoom-in-white saja\nTEMPO.CO, Jakarta - Isi berita.",
    "Foto di jalan. TEMPO/Nama Fotografer\nTEMPO.CO, Jakarta - Isi berita.",  # a short probe and its holder
    "Majalah TEMPO edisi lama\nIsi berita.",               # the short probe alone
    "Judul\nReporter\nIsi berita.",                          # one weak fingerprint
    "Judul\nReporter\nIsi berita.\nBaca Selengkapnya",      # two weak ones of one outlet
    "Intinya Sih\nReporter\nIsi berita.",                    # one weak one of each of two
    "Isi berita biasa tanpa tanda apa pun.",
])
def test_outlet_from_text_counts_fingerprints_as_searching_them_all_would(text: str) -> None:
    assert outlet_from_text(text) == _most_fingerprints(text)


def test_the_shipped_outlets_probes_are_those_probes_chooses() -> None:
    """Detection's probe table is chosen once per install and kept in the disk cache
    (`cleaner.rules.shipped_cached`): what it holds is what `_probes` chooses now, and the
    headers are those `ruleset_header` reads."""
    from cleaner.rules import RuleSetHeader, ruleset_header

    def facts(headers: tuple[RuleSetHeader, ...]) -> list[object]:
        # `regex` patterns compare by identity: their sources and flags stand for them
        return [(h.name, h.hosts, [(p.pattern, p.flags) for p in h.fingerprints], h.needles) for h in headers]

    assert facts(_outlet_headers()) == facts(tuple(ruleset_header(n) for n in available_outlets() if n != GENERIC))
    needles = {n for h in _outlet_headers() for per_print in h.needles for n in per_print}
    assert _outlet_probes() == _probes(needles)
    assert _outlet_probes()  # the shipped fingerprints share literals: some probe is chosen


def test_may_print_outlet_is_false_only_where_no_fingerprint_can_match(shared: Path) -> None:
    """`may_print_outlet` rules a text out only when no outlet's fingerprint matches it,
    nor any text made of some of its lines: checked on every line subset of small pages
    and on the dev corpus's HTML pages (their whole text, the story text `page_outlet`
    reads, and each line), named-only fingerprints too."""
    from benchmarks.pages import html_pages
    from cleaner.decode import decode
    from cleaner.html.frontend import read_page
    from cleaner.html.outlet import _story_text

    lines = ["Jakarta, IDN Times - Isi berita.", "TEMPO.CO, Jakarta - Isi.", "Intinya Sih ini.", "Isi biasa.",
             "Baca Selengkapnya", "Reporter: Budi", "waktu baca 3 menit", STORY]
    texts = ["\n".join(lines[i] for i in range(len(lines)) if mask >> i & 1) for mask in range(1 << len(lines))]
    for dev in html_pages(shared):
        page = read_page(decode(dev.raw, max_bytes=10**8)[0], max_depth=500)
        assert page is not None
        texts += [page.text, _story_text(page), *(b.text for b in page.blocks)]
    ruled_out = 0
    for text in texts:
        for named_only in (False, True):
            if not may_print_outlet(text, named_only=named_only):
                ruled_out += 1
                assert outlet_from_text(text, named_only=named_only) is None, text[:80]
                assert _most_fingerprints(text) is None or named_only, text[:80]
    assert ruled_out >= 100
    assert may_print_outlet("Jakarta, IDN Times - Isi.") and may_print_outlet("TEMPO.CO, Jakarta", named_only=True)
    assert not may_print_outlet(STORY)


@pytest.mark.parametrize(("url", "foreign"), [
    ("https://news.example.com/2026/05/jembatan-bambu", True),
    ("https://www.tempo.co/read/1/jembatan", False),  # the outlet's own host
    ("https://web.archive.org/web/2026/https://www.tempo.co/read/1/jembatan", False),  # a copy of it
    ("https://www-kumparan-com.cdn.ampproject.org/c/s/kumparan.com/x", False),  # an AMP cache's
    ("https://www-idntimes-com.cdn.ampproject.org/v/s/x", False),  # dash-joined alone
    ("https://nottempo.com/tempo.co-fans", True),  # the spelling, but not as a host
    ("https://example.com/idntimes.community", True),  # a longer word
    ("https://EXAMPLE.com/WWW.TEMPO.CO/READ", False),  # read lower-cased
    ("not a url", False),
    (None, False),
])
def test_foreign_url_reads_outlet_hosts_anywhere_in_the_url(url: str | None, foreign: bool) -> None:
    """`foreign_url` scans for each host's two spellings before its pattern's search:
    the same answers as the search alone, the host as a host or dash-joined only."""
    assert foreign_url(url) is foreign
