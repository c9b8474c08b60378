"""Rule patterns written for speed match what their plain forms match.

A possessive word (``[A-Za-z.'’]*+`` in the ``{place}`` macro) never gives letters
back, which is the same as ``*`` only where nothing after it can start with such a
letter; the day and month names of ``{date}`` are prefix trees of the flat lists.
"""

from __future__ import annotations

from pathlib import Path

import regex

from cleaner import dates
from cleaner.match.prefilter import shape
from cleaner.rules import available_outlets, load_ruleset
from tests.pathological import pump_lines, rule_samples
from tests.paths import FIXTURES, SEEDS, bulk_lines


def _lines() -> list[str]:
    lines = {"Jakarta, Kompas.com - Isi", "Kota Baru, Jawa Barat (ANTARA) - Isi",
             "Jakarta, 3 Maret 2016 (Antara) - Isi"}
    for path in [*SEEDS.glob("*.txt"), *FIXTURES.rglob("*.txt")]:
        lines.update(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return sorted(lines)


def _answers(pattern: regex.Pattern[str], text: str) -> list[object]:
    return [None if m is None else (m.span(), m.groupdict())
            for m in (pattern.fullmatch(text), pattern.match(text), pattern.search(text))]


def test_possessive_words_match_as_greedy_ones() -> None:
    lines = _lines()
    checked = 0
    for name in available_outlets():
        for rule in load_ruleset(name).rules:
            source = rule.pattern.pattern
            if "*+" not in source:
                continue
            plain = regex.compile(source.replace("*+", "*"))
            checked += 1
            for text in lines:
                assert _answers(rule.pattern, text) == _answers(plain, text), (rule.id, text)
    assert checked >= 4  # dateline-place-outlet in each shipped rule set


def test_name_tries_match_as_flat_alternations() -> None:
    words = sorted(dates._MONTHS, key=len, reverse=True)
    trie = regex.compile(f"(?i:{dates._MONTH_NAMES})")
    flat = regex.compile("(?i:" + "|".join(words) + ")")
    probes = [w[:n] + tail for w in words for n in range(len(w) + 1) for tail in ("", "x", " 1")]
    probes += [p.upper() for p in probes] + [p.replace("s", "ſ").replace("k", "\u212a") for p in probes]
    for text in probes:
        assert _answers(trie, text) == _answers(flat, text), text
    days = regex.compile(dates._DAY_NAMES)
    flat_days = regex.compile("Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Sen|Sel|Rab|Kam|Jum|Sab|Min"
                              "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun")
    for text in [w[:n] for w in flat_days.pattern.replace("'?", "'").split("|") for n in range(len(w) + 1)]:
        assert _answers(days, text) == _answers(flat_days, text), text


def test_leading_word_boundary_keeps_the_byline_cuts() -> None:
    """``split-byline-dateline`` starts with ``\\b``, which its lookarounds imply (a space
    before, a capital after; the Title Case branch's lookbehind a space after a letter, or a
    full stop or a bracket): the engine then tries its lookaheads at word starts only."""
    (rule,) = [r for r in load_ruleset("generic").split_rules if r.id == "split-byline-dateline"]
    source = rule.pattern.pattern
    assert source.startswith((r"\b(?=", r"\b(?:(?="))
    plain = regex.compile(source[2:])
    own = ["Reporter: Ani | Editor: Budi CONTOH.CO.ID - MEDAN. Isi", "kata dia CONTOH.COM — BOGOR",
           "x CONTOH.CO.ID - AB", "aCONTOH.CO.ID - MEDAN",
           "kata dia CONTOH.CO, Jakarta - Isi", "kata diaCONTOH.CO, Jakarta - Isi", "(Foto)CONTOH.CO, Jakarta - Isi",
           "é CONTOH.CO.ID - MEDAN", "_ A1.CO -- SOLO"]
    for text in [*_lines(), *own]:
        assert _answers(rule.pattern, text) == _answers(plain, text), text
        assert [m.span() for m in rule.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.start() for m in rule.pattern.finditer(own[0])] == [29]


# ---- rulecost23: the same matches, fewer engine steps ------------------------------------------

#: The rules rewritten for speed, each with the pattern it had before (``{date}`` as the
#: rule files write it) and the way the engine runs it: a line rule is only ever matched
#: whole (``fullmatch``), a prefix rule from the line's start (``match``). Caption rules
#: that capture no group answer only whether the line splits as the pattern says, so a
#: greedy ``.{3,600}`` (from the line's end, where a credit is) tries the same splits as
#: the lazy one did; ``dateline-place``'s words are possessive (a word of small letters
#: or capitals is never followed by one more, and without its optional second word the
#: space before that word leaves no dash to match); the IDN Times credit's ``[.)] IDN
#: Times`` is spelled as two literals, which the prefilter scans for (a story line's own
#: "Jakarta, IDN Times - " no longer reaches the regex). ``dateline-place``'s reference
#: holds blindtext48's two later branches (a long dash glued to the place, a day and
#: month after it) in the same plain form, so the rewrite is still checked against it.
REWRITTEN = {
    ("generic", "caption-foto-credit"): (
        (".{3,600}?\\b(?:Foto|FOTO|Photo)\\s*:\\s*(?:[^.!?\"”:]{2,100}(?:(?<=\\b[A-Z])\\. [^.!?\"”:]{1,60}){0,2}"
         "|(?:[\\w-]+\\.)+(?:com|co\\.id|id|org|net)(?:/[A-Z][\\w'-]{0,30}(?: [A-Z][\\w'-]{0,30}){0,4})?)"),
        "fullmatch"),
    ("generic", "caption-foto-slash-credit"): (
        (".{3,600}?[.)] (?:(?:Foto|FOTO)/(?:[A-Z][\\w.-]*|istimewa|ist)(?:[ /](?:[A-Z][\\w.-]*|istimewa)){0,4}"
         "|(?:ANTARA FOTO ?/ ?|Liputan6\\.com/|Medcom\\.id/)"
         "[A-Z][\\w.'-]{0,30}(?: [A-Z][\\w.'-]{0,30}){0,5}(?:/[a-z]{2,5}){0,2}\\.?"
         # blindtext60's Tribun credit in capitals (written plain)
         "|TRIBUN[A-Z]{0,20}(?:\\.COM)?/(?:[A-Z](?:[A-Z'.-]{0,23}[A-Z])?[ /]){1,6}[A-Z](?:[A-Z'.-]{0,23}[A-Z])?"
         "|(?:[Dd]ok\\.|[Dd]oc\\.) ?[^\\s.!?\"“”](?:[^.!?\"“”]|\\.(?! )){1,100})"), "fullmatch"),
    ("generic", "caption-bracket-credit"): (
        ".{3,600}?\\[[^\\[\\]]{0,60}(?:/|Foto|FOTO|Dok|ANTARA|Reuters|AFP|AP Photo)[^\\[\\]]{0,60}\\]", "fullmatch"),
    ("generic", "caption-paren-credit"): (
        (".{3,600}?\\((?:[\\w-]++\\.)++(?:com|co\\.id|id|org|net|co|tv|io)(?:/[^()]{0,80})?\\)"
         "|.{3,600}?\\((?:[Dd]ok\\.?|Dokumentasi|Antaranews|DOK|ANTARA FOTO|Antara [Ff]oto|Foto|FOTO|Istimewa|ISTIMEWA"
         "|Ist|ist|IST|Ilustrasi|foto(?= ?:)|Freepik|Shutterstock"
         # blindhtml67's stock libraries in capitals
         "|SHUTTERSTOCK|THINKSTOCK|Thinkstock"
         "|iStock|iStockphoto|Unsplash|Pixabay|Pexels"
         "|Getty Images"
         "|AP Photo|Reuters|REUTERS|AFP|[Ii]mage [Bb]y|[Pp]hoto [Bb]y|[Cc]redit(?= ?:)"
         # blindtext60's "(net)" and social accounts
         "|[Nn]et(?=\\))|(?:Twitter|TWITTER|Instagram|INSTAGRAM|IG|X|TikTok|TIKTOK|Facebook|FACEBOOK|YouTube|Threads)"
         "(?= ?:? ?@[\\w.])"
         # blindold62's platform named alone in capitals
         "|(?:INSTAGRAM|TWITTER|FACEBOOK|YOUTUBE|TIKTOK)(?=\\)))"
         "\\b[^()]{0,100}\\)"
         # leftovers49's third form, a mark in capitals over a name (written plain: lazy already)
         "|.{3,300}?[.)] ?\\([A-Z]{2,20}(?:\\.(?:COM|com|CO\\.ID|co\\.id|ID|id))?/ ?(?:[A-Z](?:[A-Z'.-]{0,23}[A-Z])?"
         "(?: [A-Z](?:[A-Z'.-]{0,23}[A-Z])?){0,3}"
         "|[A-Z](?:[a-z'.-]{0,23}[a-z])(?: [A-Z](?:[a-z'.-]{0,23}[a-z])?){0,3})\\)"),
        "fullmatch"),
    ("generic", "caption-copyright-credit"): (
        ".{3,600}?/ ?©[^/©]{2,60}(?:/[^/©]{2,80})?", "fullmatch"),
    ("generic", "dateline-place"): (
        ("(?:, ?)?(?P<value>[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?)"
         "(?:, [0-3]?\\d/[01]?\\d(?= (?:-{1,2}|–|—) [A-Z\"“]))?,?(?:\\s+|(?=[-–—] [A-Z\"“]))(?:-{1,2}|–|—)"
         "(?:\\s+|(?=[A-Z\"“]))(?!{date}\\s*\\Z)"),
        "match"),
    ("idntimes", "idntimes-caption-credit"): (
        ".{3,600}?\\((?=[^()]*[A-Z.])[^()]{0,40}[A-Za-z][^()]{0,40}/[^()]{0,60}[A-Za-z][^()]{0,40}\\)", "fullmatch"),
    ("idntimes", "idntimes-caption-trailing-credit"): (
        ".{3,600}?[.)] IDN Times ?/ ?[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,4}", "fullmatch"),
    ("tempo", "tempo-caption-credit"): (
        ".{10,600}?[\\s.,)](?:TEMPO|Tempo) ?/ ?[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,4}", "fullmatch"),
}

#: Lines written for this test, at each rewritten rule's edges (a credit one character
#: past a bound, a second paren, a word glued to the dash, a date after the dash).
_PROBES = [
    "Warga antre di balai desa (3/4). Foto: AB", "Warga antre di balai desa. Foto:  A", "Abc Foto: " + "x" * 100,
    "Abc Foto: " + "x" * 101, "Ab Foto: xy", "Abc Foto: xy. Foto: zw", "Abc FOTO : Nama/Agensi",
    "Petugas memeriksa tanggul (a) (contoh.com/akun)", "Petugas (contoh.com/akun) memeriksa",
    "Ketua rapat (Humas Kota/Nama Saja)", "Ketua rapat (" + "a" * 40 + "B/c)", "Ketua rapat (" + "a" * 41 + "/B)",
    "Ketua rapat (" + "1" * 40 + "a/B)",
    "Ketua (x) rapat (Dok/Humas)", "Rapat warga di aula. IDN Times/Nama Penulis", "Rapat warga (3/4) IDN Times/Nama",
    "Jakarta, IDN Times - Rapat warga berlangsung. IDN Times/Nama", "Rapat warga, IDN Times/Nama",
    "Rapat warga di aula kota. TEMPO/Nama Fotografer", "Rapat, TEMPO/Nama", "Rapat warga di aula kota TEMPO / Nama",
    "Kota warga/© Contoh.com/Nama", "Warga antre di balai desa. Foto/Nama Penulis",
    "Rapat (3/4). ANTARA FOTO/Nama Orang/abc",
    "Rapat warga di aula [Nama/AFP]", "Rapat [a] warga di aula [Nama/AFP]",
    "Surabaya - Warga antre.", "Kota Baru - Warga antre.", "Kota baru - Warga", "BANDUNG - Warga antre.",
    "KOTA BARU -- Warga", "KOTA BARu - Warga", "KOTA B - Warga", "Jakarta -Warga", "Jakarta - 18 Juni 2025",
    "Jakarta - 18 Juni 2025 dan warga", "Jakarta Selatan Timur - Warga", "Jakarta  - Warga", "JakartaX - Warga",
    "Jakarta– Warga",
    "Jakarta- Warga", "Kota Baru- Warga", "Jakarta-Warga", "Kota Baru— Warga",
    "KOTA BARU– Warga", "Jakarta–Warga", "Jakarta, 06/11 - Warga",
    "Jakarta, 6/1 - warga", "Kota Baru, 6/1 – Warga", "Jakarta, 06/11– Warga",
]


def _compiled_old(source: str) -> regex.Pattern[str]:
    return regex.compile(source.replace("{date}", f"(?:{dates.DATE_PATTERN})"))


def _engine_answer(pattern: regex.Pattern[str], how: str, text: str) -> object:
    m = pattern.fullmatch(text) if how == "fullmatch" else pattern.match(text)
    return None if m is None else (m.span(), m.regs, m.groupdict())


def _rewritten() -> list[tuple[str, regex.Pattern[str], regex.Pattern[str], str]]:
    out = []
    for (name, rid), (old, how) in REWRITTEN.items():
        (rule,) = [r for r in load_ruleset(name).rules if r.id == rid]
        assert rule.action == ("prefix" if how == "match" else "field"), rid
        assert rule.pattern.pattern != _compiled_old(old).pattern, rid  # the file holds the rewrite
        out.append((rid, rule.pattern, _compiled_old(old), how))
    return out


def _check(lines: list[str]) -> int:
    checked = 0
    for rid, new, old, how in _rewritten():
        for text in lines:
            for variant in (text, text.upper(), text.lower(), f"x{text}", text[1:], text[:-1]):
                assert _engine_answer(new, how, variant) == _engine_answer(old, how, variant), (rid, variant)
                checked += 1
    return checked


def test_rewritten_rules_match_as_before() -> None:
    lines = [*_lines(), *_PROBES, *(t for samples in rule_samples().values() for t in samples)]
    assert _check(lines) > 50_000
    # each probe set holds matches of every rewritten rule, so a change that loses them shows
    for rid, new, _, how in _rewritten():
        assert any(_engine_answer(new, how, t) is not None for t in _PROBES), rid


def test_rewritten_rules_on_the_bulk_rows(shared: Path) -> None:
    lines = set(bulk_lines(shared))
    assert len(lines) > 10_000
    assert _check(sorted(lines)) > 100_000


def test_the_idn_times_credit_is_gated_by_its_two_literals() -> None:
    (rule,) = [r for r in load_ruleset("idntimes").rules if r.id == "idntimes-caption-trailing-credit"]
    assert shape(rule.pattern.pattern).needles == {". IDN Times", ") IDN Times"}



def test_possessive_address_matches_as_the_greedy_one() -> None:
    """imprint-contact's ``++`` runs (a long dotted address failing at its end backtracked
    group by group under fullmatch, quadratic) answer as their plain ``+`` forms on the
    fixtures' and seeds' lines, the rule's samples, and those cut short and extended."""
    own = rule_samples()["imprint-contact"]
    probes = [*_lines(), *own]
    probes += [p + tail for p in own for tail in (".", " ", "x", ".co.", " kata dia.", "@x.id")]
    probes += [p[:n] for p in own for n in range(len(p))]
    for name in available_outlets():
        rule = next(r for r in load_ruleset(name).rules if r.id == "imprint-contact")
        source = rule.pattern.pattern
        assert source.count("++") == 4 and source.count("*+") == 2
        plain = regex.compile(source.replace("++", "+").replace("*+", "*"))
        for text in probes:
            assert _answers(rule.pattern, text) == _answers(plain, text), (name, text)


# ---- regex67: the app promo's whitespace run, taken once -------------------------------------

#: ``{apptail}`` and writer-editor-line's copyright notice as the rule files write them now,
#: each with the form it had before: the promo's ``\\s+`` may now start only after a
#: non-space and never gives spaces back, and a notice of spaces only before the promo
#: leaves them all to it (a zero-width branch). A dot run's trailing spaces belong to the
#: promo's run instead, so the same lines match with the same groups.
APPTAIL_REWRITE = (
    ("(?:(?<!\\s)\\s++(?:Download", "(?:\\s+(?:Download"),
    ("©(?: .{1,120}|(?= [^\\S\\n]\\s)))?", "© .{1,120})?"),
)


def _apptail_pairs() -> list[tuple[str, regex.Pattern[str], regex.Pattern[str]]]:
    out = []
    seen: set[str] = set()  # the outlets' rule sets extend generic's: each source once
    for name in available_outlets():
        for rule in load_ruleset(name).rules:
            source = rule.pattern.pattern
            if APPTAIL_REWRITE[0][0] not in source or source in seen:
                continue
            seen.add(source)
            plain = source
            for new, old in APPTAIL_REWRITE:
                plain = plain.replace(new, old)
            out.append((rule.id, rule.pattern, regex.compile(plain, rule.pattern.flags)))
    return out


def _apptail_probes() -> list[str]:
    """The two rules' samples, cut, pumped a little, given promo and notice tails with runs
    of spaces, tabs and line breaks, and edited at random (a fixed seed)."""
    import random

    own = [*rule_samples()["writer-editor-line"], *rule_samples()["editor-line"]]
    tails = ["  Download Apps Contoh.com lalu", " \t Unduh aplikasi Kota.id x", "   ", " ", "\n",
             " COPYRIGHT ©  \t Download aplikasi X y", " COPYRIGHT © \n Download aplikasi X y",
             " COPYRIGHT © ", " COPYRIGHT ©   ", " Copyright © a " + " " * 130 + "Download Apps X z",
             " Kompascom+ baca berita tanpa iklan   Download Apps X.id z"]
    probes = [*own, *(s + t for s in own for t in tails), *(s[:n] for s in own for n in range(len(s)))]
    probes += pump_lines(own, 40)
    pieces = [" ", "  ", "\t", " \n ", "x", "©", " COPYRIGHT ©", "Download Apps X.id ", "Unduh aplikasi Kota ok"]
    rnd = random.Random(67)
    for s in own:
        for _ in range(200):
            chars = list(s)
            for _ in range(rnd.randint(1, 4)):
                chars.insert(rnd.randrange(len(chars) + 1), rnd.choice(pieces))
            probes.append("".join(chars))
    return probes


def _check_apptail(lines: list[str]) -> dict[str, int]:
    matched: dict[str, int] = {}
    pairs = _apptail_pairs()
    assert sorted(rid for rid, _, _ in pairs) == ["editor-line", "writer-editor-line"]
    for rid, new, plain in pairs:
        for text in lines:
            for variant in (text, text.upper(), text.lower(), f"x{text}", text[1:], text[:-1]):
                answer = _answers(new, variant)
                assert answer == _answers(plain, variant), (rid, variant)
                matched[rid] = matched.get(rid, 0) + (answer[0] is not None)
    return matched


def test_app_promo_rules_match_as_their_plain_forms() -> None:
    lines = [*_lines(), *_apptail_probes(), *(t for samples in rule_samples().values() for t in samples)]
    matched = _check_apptail(lines)
    assert min(matched.values()) > 100, matched  # the probes hold matches of both rules


def test_app_promo_rules_on_the_bulk_rows(shared: Path) -> None:
    lines = sorted(set(bulk_lines(shared)))
    assert len(lines) > 10_000
    assert _check_apptail(lines)["editor-line"] > 0  # no row holds writer-editor-line's pair
