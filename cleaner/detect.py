"""Stage 3, *detect outlet*: pick the rule set for a page.

From the URL's host when one is given (the caller's, or the page's canonical link),
else from fingerprints in the text (for a URL of another site, only those that print
the outlet's name): patterns each outlet file lists (its dateline
form, its widget words). The outlet with the most distinct fingerprints found wins;
none found means ``generic``. A widget word another site prints too (a "Reporter"
label, a "Baca Selengkapnya" button: a file's ``weak_fingerprints``) claims a page
only beside another fingerprint of the outlet.

Detection reads each outlet's ``[ruleset]`` table alone (`ruleset_header`): no rule
set is compiled to choose one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex

from .lazy import compiled_re
from .rules import RuleSet, RuleSetHeader, available_outlets, load_ruleset, ruleset_header, shipped_cached
from .segment import letters_only

GENERIC = "generic"


def outlet_rulesets() -> list[RuleSet]:
    """Every shipped outlet's rule set but ``generic`` (compiled: detection needs only
    their headers, `ruleset_header`)."""
    return [load_ruleset(h.name) for h in _outlet_headers()]


@functools.cache
def _outlet_headers() -> tuple[RuleSetHeader, ...]:
    # Resolved once per process (detection runs for every page), and kept on disk as one
    # entry: a process's first page reads one file, not one per outlet.
    return shipped_cached("outlet-headers", _read_outlet_headers)


def _read_outlet_headers() -> tuple[RuleSetHeader, ...]:
    return tuple(ruleset_header(name) for name in available_outlets() if name != GENERIC)


#: ``scheme://host[:port]`` followed by a path, query, fragment or nothing, the host of
#: plain ASCII name characters: what `urlsplit` reads as that host (no user info, no
#: brackets, nothing it would remove). Most URLs are this; the others go to `urlsplit`.
#: (Both compiled on first use, `cleaner.lazy`: a page without a URL reads neither.)
_PLAIN_URL = r"[A-Za-z][A-Za-z0-9+.-]*://([A-Za-z0-9._-]+)(?::[0-9]*)?(?=[/?#]|\Z)"


#: A page of Google's AMP cache names its site in its path:
#: ``https://m-kumparan-com.cdn.ampproject.org/v/s/m.kumparan.com/amp/kumparannews/...``
#: (a kumparan story's address kept so in a public project's seeder, the code index's file
#: id 20233695537): ``/c/`` (content) or ``/v/`` (viewer), ``s/`` for https, the origin host.
_AMP_CACHE = r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*\.cdn\.ampproject\.org/[a-z]/(?:s/)?([A-Za-z0-9.-]+)(?=[/?#]|\Z)"
_AMP_CACHE_HOST = ".cdn.ampproject.org"


def url_host(url: str) -> str:
    """The URL's host, lower-cased (``""`` for none); `ValueError` for a malformed URL.
    A page of the AMP cache gives the host of the site it caches (`_AMP_CACHE`)."""
    url = url.strip()
    plain = compiled_re(_PLAIN_URL).match(url)
    if plain is not None and "\t" not in url and "\r" not in url and "\n" not in url:
        host = plain.group(1).lower()  # a fifth of a bulk row's time went to urlsplit
    else:
        from urllib.parse import urlsplit  # here: a page without a URL never pays its import (~2 ms)

        host = (urlsplit(url).hostname or "").lower()
    if host.endswith(_AMP_CACHE_HOST) and (cached := compiled_re(_AMP_CACHE).match(url)) is not None:
        return cached.group(1).lower()
    return host


def host_or_empty(url: str | None) -> str:
    """`url_host`, ``""`` for no URL or a malformed one."""
    if not url:
        return ""
    try:
        return url_host(url)
    except ValueError:
        return ""


#: Labels of a host that are no site's name: top-level and second-level suffixes
#: (``money.kompas.com`` and ``kompas.tv`` are kompas's, ``sekolah.sch.id`` is
#: sekolah's), ``www``, mobile and AMP hosts.
_HOST_SUFFIXES = frozenset({"www", "com", "co", "id", "net", "org", "or", "go", "ac", "web", "my", "sch",
                            "tv", "news", "m", "amp"})


def names_host(text: str, url: str | None) -> bool:
    """``text`` spells the name of ``url``'s site, its case, spaces and dots aside: the
    site's own label ("KATADATA" on katadata.co.id), or a subdomain spelled as two words
    or more (a regional desk's brand, "MATA BANDUNG" on matabandung.contoh.com). A
    one-word subdomain is a city's desk as often ("SURABAYA, KOMPAS.com" on
    surabaya.kompas.com): the city stays a place.

    >>> names_host("MATA BANDUNG", "https://matabandung.contoh.com/x/pr-1/judul")
    True
    >>> names_host("KATADATA", "https://katadata.co.id/berita/1/judul")
    True
    >>> names_host("SURABAYA", "https://surabaya.contoh.com/read/1/judul")
    False
    >>> names_host("JAKARTA", None)
    False
    """
    host = host_or_empty(url)
    if not host:
        return False
    squashed = letters_only(text)
    if not squashed:
        return False
    labels = [label.replace("-", "") for label in host.split(".") if label and label not in _HOST_SUFFIXES]
    return bool(labels) and (squashed == labels[-1] or (" " in text.strip() and squashed in labels))


def site_name(url: str | None) -> str | None:
    """The site's own name in ``url``'s host: its last label that is no suffix.

    >>> site_name("https://money.kompas.com/read/2019/08/01/1/judul")
    'kompas'
    >>> site_name("https://www.tempo.co/politik/judul-1")
    'tempo'
    >>> site_name("https://regional.contoh.co.id/x")
    'contoh'
    >>> site_name(None) is None
    True
    """
    labels = [label for label in host_or_empty(url).split(".") if label and label not in _HOST_SUFFIXES]
    return labels[-1] if labels else None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet whose ``hosts`` list holds the URL's host or one of its parents."""
    return _outlet_from_host(host_or_empty(url))


def _outlet_from_host(host: str) -> str | None:
    """`outlet_from_url` of a URL whose host (`host_or_empty`) is ``host``."""
    if not host:
        return None
    for name, known, parent in _known_hosts():
        if host == known or host.endswith(parent):
            return name
    return None


@functools.cache
def _known_hosts() -> tuple[tuple[str, str, str], ...]:
    """Each outlet's hosts in order: its name, the host, and the host as a parent
    (``".tempo.co"``), made once rather than per page."""
    return tuple((h.name, known, "." + known) for h in _outlet_headers() for known in h.hosts)


def foreign_url(url: str | None) -> bool:
    """Whether ``url`` names another site: a host that is none of the outlets' and
    holds none of their hosts elsewhere either (an archive's or an AMP cache's copy,
    ``web.archive.org/web/2020/https://www.tempo.co/...``)."""
    return _foreign(url, host_or_empty(url))


def _foreign(url: str | None, host: str) -> bool:
    """`foreign_url` of ``url``, whose host (`host_or_empty`) is ``host``."""
    if not url or not host or "." not in host:
        return False
    lowered = url.lower()
    # Each pattern's match holds one of its two spellings of the host: a C-level scan
    # for them rules most URLs out before the search, which tries every position of the
    # URL (~1.8 us each, three of them, on every bulk row at another site's address).
    return not any((dotted in lowered or dashed in lowered) and pattern.search(lowered)
                   for pattern, dotted, dashed in _embedded_host_patterns())


@functools.cache
def _embedded_host_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    # An outlet host anywhere in a URL, as a host (after "//" or a dot) or dash-joined
    # as AMP caches print it (www-tempo-co.cdn.ampproject.org); with those two spellings.
    return tuple(
        (re.compile(r"(?:^|[/.-])(?:" + re.escape(dotted) + "|" + re.escape(dashed) + r")(?=[/:?#.]|$)"),
         dotted, dashed)
        for header in _outlet_headers() for dotted in header.hosts for dashed in (dotted.replace(".", "-"),)
    )


#: A fingerprint: its pattern, and each literal one of which every match holds with the
#: shorter literal inside it that is looked for first (`_probes`; ``""``: none).
_Print = tuple[regex.Pattern[str], tuple[tuple[str, str], ...]]


@functools.cache
def _fingerprints(named_only: bool = False) -> tuple[tuple[str, tuple[_Print, ...], int], ...]:
    # Per outlet, each fingerprint with the literals one of which every match holds
    # (cleaner.match.prefilter): a C-level `in` rules most of them out before a regex search;
    # and how many of them (the first) are strong (`RuleSetHeader.strong`).
    # ``named_only``: only those that print the outlet's name (TEMPO.CO, IDN Times).
    headers = _outlet_headers()
    probes = _outlet_probes()
    out = []
    for h in headers:
        strong = len(h.fingerprints) if h.strong < 0 else h.strong
        kept = [(k, pattern, needles)
                for k, (pattern, needles) in enumerate(zip(h.fingerprints, h.needles, strict=True))
                if not named_only or _names_outlet(pattern.pattern, h)]
        out.append((h.name, tuple((pattern, tuple((n, probes.get(n, "")) for n in needles))
                                  for _k, pattern, needles in kept),
                    sum(1 for k, _p, _n in kept if k < strong)))
    return tuple(out)


@functools.cache
def _outlet_probes() -> dict[str, str]:
    # The shipped outlets' probes (`_probes`), chosen once per install, not per process
    # (~1 ms of a one-file run), and kept on disk.
    return shipped_cached("outlet-probes", lambda: _probes(
        {n for h in _outlet_headers() for needles in h.needles for n in needles}))


#: A probe is at least this long: a shorter one is in too many pages to rule much out.
_MIN_PROBE = 6
#: A fingerprint's own literal this long or longer probes the literals that hold it.
_MIN_WORD_PROBE = 4


def _probes(needles: set[str]) -> dict[str, str]:
    """Per literal, a literal inside it that other literals hold too (``"IDN
    Times"`` in ``", IDN Times"``, ``"Gabung di IDN Times"``, ``"IDN Times Community"``).
    Every literal is looked for in the whole page; a probe missing from the page rules
    out all the literals that hold it with one scan. Chosen greedily: the probe that the
    most literals hold, then the longest."""
    left = set(needles)
    found: dict[str, str] = {}
    while True:
        holders: dict[str, int] = {}
        for needle in left:
            for part in {needle[i:j] for i in range(len(needle)) for j in range(i + _MIN_PROBE, len(needle) + 1)}:
                holders[part] = holders.get(part, 0) + 1
        best = max(((count, len(part), part) for part, count in holders.items() if count > 1), default=None)
        if best is None:
            break
        probe = best[2]
        for needle in [n for n in left if probe in n]:
            found[needle] = probe
            left.discard(needle)
    # A shorter literal that is itself a fingerprint's literal and that others hold
    # ("TEMPO" in "TEMPO.CO") probes them: it is looked for anyway, and a page without
    # it (most) rules out both with one scan, where each was a scan of the page.
    for short in sorted(left, key=len):
        if _MIN_WORD_PROBE <= len(short) < _MIN_PROBE:
            held = [n for n in left if n != short and short in n and n not in found]
            if held:
                found[short] = short
                for needle in held:
                    found[needle] = short
    return found


def _names_outlet(pattern: str, header: RuleSetHeader) -> bool:
    """Whether a fingerprint's pattern spells the outlet's name or host label."""
    spelled = re.sub(r"\\s|[\W_]+", "", pattern.lower())
    return any(name and name in spelled for name in (header.name, *(h.split(".")[0] for h in header.hosts)))


@functools.cache
def _literal_scans(named_only: bool = False) -> tuple[str, ...] | None:
    """One literal per fingerprint literal (its probe when it has one, which it holds),
    or ``None`` when some fingerprint has no literal or one holding a line break."""
    scans: set[str] = set()
    for _, prints, _strong in _fingerprints(named_only):
        for _, needles in prints:
            if not needles:
                return None
            for needle, probe in needles:
                if "\n" in needle:
                    return None
                scans.add(probe or needle)
    return tuple(sorted(scans))


def may_print_outlet(text: str, *, named_only: bool = False) -> bool:
    """False when `outlet_from_text` finds no outlet in ``text``, nor in any text made
    of some of its lines, whatever else they are joined with by line breaks: every
    fingerprint match holds one of its literals, none of which holds a line break,
    and none of them is in ``text``. A handful of C-level scans (`page_outlet` asks
    before it chooses an HTML page's story box, whose lines it would search)."""
    scans = _literal_scans(named_only)
    return scans is None or any(literal in text for literal in scans)


def outlet_from_text(text: str, *, named_only: bool = False, backing: str | None = None) -> str | None:
    """The outlet with the most distinct fingerprints in ``text`` (the first listed of
    those tied); ``None`` for none. ``named_only`` counts only the fingerprints that
    print the outlet's name: a page at another site's address (`foreign_url`) is an
    outlet's story when it names the outlet (a copy of a TEMPO.CO story), not when it
    shares a widget word with it (a sindonews.com page's "Baca Selengkapnya" link).
    With no URL, a weak fingerprint (a widget word other sites print: the file's
    ``weak_fingerprints``) counts only beside another of the outlet's: alone, it claimed
    any page that printed the word (a "Reporter" label or a "Baca Selengkapnya" button
    made a page tempo's, an "Intinya sih" box made a popmama.com page IDN Times').
    ``backing``: more of the page (an HTML page's whole text, when ``text`` is its story
    box's): a lone weak fingerprint in ``text`` counts when a strong one of the same
    outlet is in it (a tempo.co photo story's "Reporter" box, its "TEMPO/<name>"
    credits under the photos outside the story's text)."""
    best, best_hits = None, 0
    outlets = _fingerprints(named_only)
    probed: dict[str, bool] = {}  # whether the page holds each probe asked about
    for index, (name, prints, strong) in enumerate(outlets):
        hits = strong_hits = 0
        # An outlet is counted only as far as the answer needs: not once its
        # fingerprints left cannot beat the best so far, nor (the last outlet) once it
        # has. A search can cost ~50 us (tempo's "^\s*Baca Selengkapnya" near a page's
        # end), and most pages were searched for every fingerprint of every outlet.
        wins_at = best_hits + 1
        for left, (pattern, needles) in zip(range(len(prints), 0, -1), prints, strict=True):
            if hits + left < wins_at or (hits >= wins_at and index == len(outlets) - 1
                                         and (strong_hits or hits >= _WEAK_PAIR)):
                break
            for needle, probe in needles:
                if probe:
                    held = probed.get(probe)
                    if held is None:
                        held = probed[probe] = probe in text
                    if not held:
                        continue  # the probe is missing, so is the literal
                    if probe == needle:
                        break
                if needle in text:
                    break
            else:
                if needles:
                    continue  # none of its literals: the fingerprint cannot match
            if pattern.search(text):
                hits += 1
                if len(prints) - left < strong:  # the fingerprint's index: a strong one
                    strong_hits += 1
        if hits > best_hits and (strong_hits or hits >= _WEAK_PAIR
                                 or (backing is not None and _backed(prints[:strong], backing))):
            best, best_hits = name, hits
    return best


def _backed(prints: tuple[_Print, ...], text: str) -> bool:
    """Whether one of ``prints`` (an outlet's strong fingerprints) matches ``text``."""
    return any(any(needle in text for needle, _probe in needles) and pattern.search(text) is not None
               if needles else pattern.search(text) is not None
               for pattern, needles in prints)


#: Weak fingerprints that claim a page together, with no strong one.
_WEAK_PAIR = 2


def detect_outlet(text: str, url: str | None = None, extra: Sequence[tuple[str, RuleSet]] = ()) -> str:
    """The rule set name for a page: by URL host, then by fingerprints, else generic.

    ``extra`` are the caller's outlets (``(path, rule set)``, `CleanOptions.rules_paths`):
    their hosts are tried before the shipped ones, and their fingerprints too; a match
    gives the path.
    """
    if extra:
        by_host = _extra_by_url(url, extra)
        if by_host is not None:
            return by_host
        found = outlet_from_url(url)
        if found is not None:
            return found
        return _extra_by_text(text, extra) or outlet_from_text(text, named_only=foreign_url(url)) or GENERIC
    host = host_or_empty(url)  # read once: both the outlet's hosts and the foreign test ask
    return _outlet_from_host(host) or outlet_from_text(text, named_only=_foreign(url, host)) or GENERIC


def _extra_by_url(url: str | None, extra: Sequence[tuple[str, RuleSet]]) -> str | None:
    try:
        host = url_host(url) if url else ""
    except ValueError:
        return None
    for path, ruleset in extra:
        if host and any(host == known or host.endswith("." + known) for known in ruleset.hosts):
            return path
    return None


def _extra_by_text(text: str, extra: Sequence[tuple[str, RuleSet]]) -> str | None:
    best, best_hits = None, 0
    for path, ruleset in extra:
        hits = sum(1 for pattern in ruleset.fingerprints if pattern.search(text))
        if hits > best_hits:
            best, best_hits = path, hits
    return best


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns this module compiles on first use, by name (the objects it matches
    with), for `tests/test_regex_safety.py`."""
    return {"plain-url": compiled_re(_PLAIN_URL), "amp-cache": compiled_re(_AMP_CACHE)}
