"""Rule sets: they load, every rule's samples are removed by that very rule inside a
page, and malformed rule files fail loudly with a message that names the problem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest
import regex

import cleaner
from cleaner.match.prefilter import backtracking_risk
from cleaner.rules import (
    ACTIONS,
    FIELDS,
    KINDS,
    MAX_PATTERN_CHARS,
    RESERVED_IDS,
    RESERVED_PREFIX,
    SCHEMA,
    load_ruleset,
    loads_ruleset,
    validate_ruleset,
)
from cleaner.segment import split_lines
from tests.bounded import run_bounded
from tests.conftest import FIXTURES, ROOT

OUTLETS = cleaner.available_outlets()


def test_shipped_outlets() -> None:
    assert OUTLETS == ["generic", "idntimes", "kumparan", "tempo"]


@pytest.mark.parametrize("name", OUTLETS)
def test_ruleset_loads_and_extends_generic(name: str) -> None:
    rs = load_ruleset(name)
    assert rs.name == name
    ids = {r.id for r in rs.rules}
    assert {r.id for r in load_ruleset("generic").rules} <= ids
    assert {r.kind for r in rs.rules} <= KINDS


def _samples() -> list[tuple[str, str, str, str]]:
    out = []
    for name in OUTLETS:
        raw = tomllib.loads((resources.files("cleaner") / "rules" / f"{name}.toml").read_text("utf-8"))
        for rule in raw.get("rule", []):
            for sample in rule["samples"]:
                action = "head" if rule.get("where") == "head" else rule["action"]
                out.append((name, rule["id"], action, sample))
    return out


STORY = "Warga desa memperbaiki jembatan yang rusak sejak bulan lalu secara gotong royong."


@pytest.mark.parametrize(("outlet", "rule_id", "action", "sample"), _samples(),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_each_sample_is_removed_by_its_rule(outlet: str, rule_id: str, action: str, sample: str) -> None:
    """Placed after a story paragraph, the sample line is taken by the rule that names it."""
    if action == "harvest":  # read out of a container blob that is dropped
        article = cleaner.clean(f"{STORY}{sample}\n{STORY}\n", outlet=outlet)
        assert article.paragraphs == (STORY,)
        assert article.source is not None and article.source in sample
        return
    if action == "split":  # a glue point: the sample line is cut into parts
        from cleaner.engine import splitter_for

        assert len(splitter_for(load_ruleset(outlet)).split(sample)) >= 2
        return
    if action == "prefix":
        article = cleaner.clean(f"{sample}\n{STORY}", outlet=outlet)
        assert not article.paragraphs[0].startswith(sample[:8]) or sample.startswith("Isi")
        return
    page = f"Judul Berita Contoh\n{STORY}\n{sample}\n{STORY} Lagi pula semua berjalan baik."
    if action == "head":  # head-only rules hold before the story starts
        page = f"Judul Berita Contoh\n{sample}\n{STORY}"
    if action == "block":
        page = f"Judul Berita Contoh\n{STORY}\n{sample}\nJudul Lain Sebuah Berita"
    article = cleaner.clean(page, outlet=outlet)
    rules = {r.text: r.rule for r in article.removed}
    assert rules.get(sample.strip() if "  " not in sample else " ".join(sample.split())) == rule_id


def _write(tmp_path: Path, body: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text('[ruleset]\nname = "bad"\nextends = "generic"\n' + body, encoding="utf-8")
    return str(path)


RULE = 'id = "x-rule"\nkind = "ad"\naction = "drop"\nwhy = "test"\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[rule]]\n' + RULE + 'match = "IKLAN SAJA"\nsamples = ["IKLAN SAJA"]\ncolour = 1\n', "unknown keys"),
        ('[[rule]]\n' + RULE + 'match = "(unclosed"\nsamples = ["x"]\n', "bad pattern"),
        ('[[rule]]\n' + RULE + 'match = "IKLAN"\nsamples = ["BUKAN"]\n', "does not match"),
        ('[[rule]]\n' + RULE + 'match = ".*"\nsamples = ["apa saja"]\n', "empty line"),
        ('[[rule]]\n' + RULE + 'match = ".+"\nsamples = ["apa saja"]\n', "ordinary story text"),
        ('[[rule]]\n' + RULE + 'match = "A"\nsamples = ["A"]\n[[rule]]\n' + RULE
         + 'match = "B"\nsamples = ["B"]\n', "duplicate rule id"),
        ('[[rule]]\n' + RULE.replace('"ad"', '"adverts"') + 'match = "A"\nsamples = ["A"]\n', "kind"),
        ('[[rule]]\n' + RULE + 'match = "(A)"\nsamples = ["A"]\n', "only named groups"),
        ('[[rule]]\n' + RULE + 'match = "A"\n', "samples"),
        ('[[rule]]\n' + RULE + 'match = "A"\nsamples = ["A"]\nmax_items = 3\n', "only for action 'block'"),
        ('[[rule]]\n' + RULE.replace('"drop"', '"block"') + 'match = "A"\nsamples = ["A"]\nmax_items = 0\n',
         "positive integer"),
        ('[[rule]]\n' + RULE.replace('"drop"', '"block"') + 'match = "A"\nsamples = ["A"]\nmax_items = "3"\n',
         "positive integer"),
    ],
)
def test_bad_rule_files_fail_loudly(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(cleaner.RuleSetError, match=message):
        load_ruleset(_write(tmp_path, body))


def test_unknown_outlet_lists_choices() -> None:
    with pytest.raises(cleaner.UnknownOutletError, match="generic, idntimes, kumparan, tempo"):
        cleaner.clean("teks", outlet="koran")


def test_a_new_outlet_is_one_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[rule]]\nid = "bad-banner"\nkind = "promo"\naction = "drop"\n'
                  'why = "site banner"\nmatch = "Langganan Koran Contoh Sekarang"\n'
                  'samples = ["Langganan Koran Contoh Sekarang"]\n')
    article = cleaner.clean(f"Judul Berita Contoh\n{STORY}\nLangganan Koran Contoh Sekarang\n", outlet=path)
    assert article.outlet == "bad"
    assert [r.rule for r in article.removed] == ["headline", "bad-banner"]


# -- the shipped files, checked in full (processes trust them: cleaner.rules) -----------


@pytest.mark.parametrize("name", OUTLETS)
def test_shipped_rule_sets_pass_every_load_check(name: str) -> None:
    """Samples, negative samples, probe sentences, the backtracking screen and the
    [html] selectors: what a user's file gets at load, the shipped files get here."""
    checked = validate_ruleset(name)
    loaded = load_ruleset(name)
    assert [(r.id, r.source) for r in checked.rules] == [(r.id, r.source) for r in loaded.rules]
    assert checked.html == loaded.html


# -- strict types (issue 14) ----------------------------------------------------------------


def _rule_file(tmp_path: Path, rule_extra: str = "", meta_extra: str = "", macros: str = "",
               match: str = "IKLAN SAJA", samples: str = '["IKLAN SAJA"]') -> str:
    # A new name each time: load_ruleset caches by name within a process.
    path = tmp_path / f"mine{len(list(tmp_path.glob('mine*.toml')))}.toml"
    path.write_text(
        f'[ruleset]\nname = "mine"\nextends = "generic"\n{meta_extra}\n'
        + (f"[macros]\n{macros}\n" if macros else "")
        + f'[[rule]]\nid = "x-rule"\nkind = "ad"\naction = "drop"\nwhy = "test"\n'
          f'match = {_toml_str(match)}\nsamples = {samples}\n{rule_extra}\n',
        encoding="utf-8",
    )
    return str(path)


def _toml_str(s: str) -> str:
    return "'" + s + "'" if "'" not in s else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.mark.parametrize(
    ("rule_extra", "meta_extra", "key"),
    [
        ('end = "false"', "", "end"),
        ("end = 0", "", "end"),
        ("", 'deck = "no"', "deck"),
        ('select = ["all"]', "", "select"),
        ('where = "top"', "", "where"),
        ("", "title = 1", "title"),
        ("", 'story = "heuristic"', "story"),
        ("", 'precedence = ["after"]', "precedence"),
        ("field = 7", "", "field"),
    ],
)
def test_a_key_of_the_wrong_type_fails_naming_file_rule_and_key(
        tmp_path: Path, rule_extra: str, meta_extra: str, key: str) -> None:
    path = _rule_file(tmp_path, rule_extra, meta_extra)
    with pytest.raises(cleaner.RuleSetError) as e:
        load_ruleset(path)
    message = str(e.value)
    assert message.startswith(path), message
    assert f"'{key}'" in message
    if rule_extra:
        assert "rule 'x-rule'" in message


def test_end_false_as_a_boolean_does_not_end_the_story(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, "end = false", match="Garis Batas Contoh", samples='["Garis Batas Contoh"]')
    article = cleaner.clean(f"Judul Berita Contoh\n{STORY}\nGaris Batas Contoh\n{STORY} Lagi.\n", outlet=path)
    assert article.paragraphs == (STORY, f"{STORY} Lagi.")


def test_ignore_case_is_no_longer_a_key(tmp_path: Path) -> None:
    with pytest.raises(cleaner.RuleSetError, match=r"unknown keys \['ignore_case'\]"):
        load_ruleset(_rule_file(tmp_path, 'ignore_case = "false"'))


# -- macros: lazy, bounded -------------------------------------------------------------------


def _macro(i: int) -> str:
    return f"m{chr(97 + i // 26)}{chr(97 + i % 26)}"  # macro names are letters and '_'


def _doubling(n: int) -> str:
    """``n`` macros, each twice the one before: the last is 2**(n-1) characters long."""
    return f"{_macro(0)} = 'a'\n" + "".join(f"{_macro(i)} = '{{{_macro(i - 1)}}}{{{_macro(i - 1)}}}'\n"
                                             for i in range(1, n))


def test_unused_doubling_macros_cost_nothing(tmp_path: Path) -> None:
    # 32 doubling macros: expanded eagerly they would need 2**31 characters.
    path = _rule_file(tmp_path, macros=_doubling(32))
    assert len(Path(path).read_bytes()) < 1000
    out = run_bounded(lambda: [r.id for r in load_ruleset(path).rules][:1])
    assert out.value == ["x-rule"]


def test_a_macro_expanding_past_the_bound_is_refused(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, macros=_doubling(32), match=f"{{{_macro(31)}}}", samples='["a"]')
    out = run_bounded(lambda: load_ruleset(path))
    assert out.error == "RuleSetError"
    assert f"over {MAX_PATTERN_CHARS:,} characters" in out.message
    assert "macro 'm" in out.message  # the macro that grew too long is named


def test_macros_see_what_is_defined_before_them(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, macros="kata = 'IKLAN'\nbaris = '{kata} SAJA'\n", match="{baris}")
    assert load_ruleset(path).rules[0].source == "(?:(?:IKLAN) SAJA)"
    later = _rule_file(tmp_path, macros="baris = '{kata} SAJA'\nkata = 'IKLAN'\n", match="{baris}")
    with pytest.raises(cleaner.RuleSetError, match=r"macro 'baris'.*unknown macro \{kata\}"):
        load_ruleset(later)


# -- deep nesting, catastrophic patterns -----------------------------------------------------


def test_a_deeply_nested_array_is_a_rule_set_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text('[ruleset]\nname = "deep"\nhosts = ' + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    out = run_bounded(lambda: load_ruleset(str(path)))
    assert out.error == "RuleSetError" and "nested too deeply" in out.message
    out = run_bounded(lambda: loads_ruleset(path.read_text(encoding="utf-8")))
    assert out.error == "RuleSetError" and "nested too deeply" in out.message


def test_a_deeply_nested_pattern_is_a_rule_set_error(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, match="(?:" * 5000 + "IKLAN" + ")" * 5000, samples='["IKLAN"]')
    out = run_bounded(lambda: load_ruleset(path))
    assert out.error == "RuleSetError", out


@pytest.mark.parametrize(
    ("match", "sample"),
    [
        ("(?:a|a)*b", "aab"),  # issue 14: accepted, then hung on 28 characters
        ("(?:a+)+b", "aab"),
        ("(?:\\w+\\s?)*!", "kata kata!"),
        ("(?:[ab]|a)*c", "abc"),
        ("(?:\\d|1)+x", "12x"),
    ],
)
def test_patterns_that_backtrack_without_bound_are_refused(tmp_path: Path, match: str, sample: str) -> None:
    path = _rule_file(tmp_path, match=match, samples=f'["{sample}"]')
    with pytest.raises(cleaner.RuleSetError, match="may backtrack without bound"):
        load_ruleset(path)


@pytest.mark.parametrize(
    "match",
    ["\\d+(?:[.,]\\d+)* kali", "(?:, [A-Z]\\w*)+ hadir", "(?:\\s\\w+)+ hadir", "[a-z]+(?:-[a-z0-9]++)++",
     "(?:Foto|Video)(?: [A-Z][a-z]+){0,3}"],
)
def test_linear_repeats_pass_the_screen(match: str) -> None:
    assert backtracking_risk(match) is None


def test_a_user_fingerprint_is_screened_too(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, meta_extra="fingerprints = ['(?:x+)+y']")
    with pytest.raises(cleaner.RuleSetError, match=r"fingerprint.*may backtrack"):
        load_ruleset(path)


def test_a_bad_xpath_selector_fails_at_load(tmp_path: Path) -> None:
    path = Path(_rule_file(tmp_path))
    path.write_text(path.read_text(encoding="utf-8") + '[html]\ndrop = ["//div[@class="]\n', encoding="utf-8")
    with pytest.raises(cleaner.RuleSetError, match=r"\[html\]: drop: bad selector"):
        load_ruleset(str(path))


# -- ids, the story key ------------------------------------------------------------------------


@pytest.mark.parametrize("rid", ["headline", "after-story", "html-related", "html-anything"])
def test_engine_ids_are_reserved(tmp_path: Path, rid: str) -> None:
    path = Path(_rule_file(tmp_path))
    path.write_text(path.read_text(encoding="utf-8").replace('"x-rule"', f'"{rid}"'), encoding="utf-8")
    with pytest.raises(cleaner.RuleSetError, match=f"id '{rid}' is reserved.*before-story, container-blob"):
        load_ruleset(str(path))


def test_reserved_ids_name_every_engine_and_html_id() -> None:
    from cleaner import engine, markdown
    from cleaner.html import frontend as html

    def ids(module: object) -> set[str]:
        return {v for k, v in vars(module).items()
                if k.isupper() and isinstance(v, str) and regex.fullmatch(r"[a-z]+(?:-[a-z]+)+|headline|deck", v)}

    assert ids(engine) | ids(html) | ids(markdown) == RESERVED_IDS - {"html-subtitle", "html-summary"}


def test_every_removal_is_a_rule_of_the_set_or_reserved() -> None:
    for path in sorted(FIXTURES.glob("*/*.input.*")):
        article = cleaner.clean(path.read_bytes())
        own = {r.id for r in load_ruleset(article.outlet).rules}
        others = {r.rule for r in article.removed} - own
        # "after-story:<rule id>" names the rule that ended the story after the reserved id.
        assert all(rid.split(":")[0] in RESERVED_IDS or rid.startswith(RESERVED_PREFIX) for rid in others), others


def test_the_story_key_defaults_from_the_title_mode(tmp_path: Path) -> None:
    assert load_ruleset("generic").story == "prose"
    assert load_ruleset("tempo").story == "sentence"
    assert load_ruleset(_rule_file(tmp_path, meta_extra='title = "first-line"')).story == "sentence"
    assert load_ruleset(_rule_file(tmp_path)).story == "prose"
    mixed = load_ruleset(_rule_file(tmp_path, meta_extra='title = "first-line"\nstory = "prose"'))
    assert (mixed.title_mode, mixed.story) == ("first-line", "prose")


# -- loading is lazy, and cached across processes ----------------------------------------------


def _python(code: str, cache: Path | str) -> str:
    env = {**os.environ, "CLEANER_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_cleaner_compiles_only_what_a_page_needs(tmp_path: Path) -> None:
    code = (
        "import cleaner\nfrom cleaner import rules\n"
        "c = cleaner.Cleaner()\nprint(rules.load_ruleset.cache_info().currsize)\n"
        f"c.clean({f'Judul Berita Contoh{chr(10)}{STORY}'!r})\n"
        "print(sorted(rules.load_ruleset(n).name for n in ['generic']), rules.load_ruleset.cache_info().currsize)\n"
    )
    assert _python(code, "").splitlines() == ["0", "['generic'] 1"]


def test_an_unknown_outlet_still_fails_when_the_cleaner_is_built() -> None:
    with pytest.raises(cleaner.UnknownOutletError, match="generic, idntimes"):
        cleaner.Cleaner(cleaner.CleanOptions(outlet="koran"))


def test_a_cached_rule_set_is_the_compiled_one(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    lines = [b.text for p in sorted(FIXTURES.glob("*/*.input.txt"))
             for b in split_lines(p.read_text("utf-8"), max_line_chars=200_000)]
    code = (
        "import json, sys\nfrom cleaner import rules\n"
        f"lines = json.loads({json.dumps(json.dumps(lines))})\n"
        "out = []\n"
        "for name in rules.available_outlets():\n"
        "    rs = rules.load_ruleset(name)\n"
        "    hits = rs.match_lines(lines)\n"
        "    out.append([None if h is None else [h[0].id, h[1].span(), h[1].groupdict()] for h in hits])\n"
        "    out.append([None if (h := rs.match_prefix(x)) is None else [h[0].id, h[1].span()] for x in lines])\n"
        "    out.append([rs.name, rs.title_mode, rs.story, rs.deck, [r.source for r in rs.rules], str(rs.html)])\n"
        "print(json.dumps(out))\n"
    )
    cold = _python(code, cache)
    assert len(list(cache.glob("ruleset-*.pickle"))) == len(OUTLETS)
    warm = _python("from cleaner import rules\nrules._compile = None\n" + code, cache)  # no compiling
    uncached = _python(code, "")
    assert cold == warm == uncached


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    code = "from cleaner import rules\nprint(len(rules.load_ruleset('tempo').rules))"
    first = _python(code, cache)
    for f in cache.glob("ruleset-*.pickle"):
        f.write_bytes(f.read_bytes()[:100])
    assert _python(code, cache) == first
    assert _python("from cleaner import rules\nrules._compile = None\n" + code, cache) == first


def test_a_changed_parent_file_is_not_served_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    base = tmp_path / "base.toml"
    child = tmp_path / "child.toml"
    base.write_text('[ruleset]\nname = "base"\nextends = "generic"\ndeck = false\n', encoding="utf-8")
    child.write_text(f'[ruleset]\nname = "child"\nextends = "{base}"\n', encoding="utf-8")
    code = f"from cleaner import rules\nprint(len(rules.load_ruleset({str(child)!r}).rules))"
    before = int(_python(code, cache))
    base.write_text(base.read_text(encoding="utf-8") + '[[rule]]\nid = "base-banner"\nkind = "promo"\n'
                    'action = "drop"\nwhy = "test"\nmatch = "Spanduk Contoh"\nsamples = ["Spanduk Contoh"]\n',
                    encoding="utf-8")
    assert int(_python(code, cache)) == before + 1


def test_a_value_of_the_shipped_files_is_built_once_per_install(tmp_path: Path) -> None:
    """`shipped_cached` keeps what it built under the code key: a second process reads
    it without building; with the cache off every process builds it."""
    cache = tmp_path / "cache"
    code = ("from cleaner import rules\nbuilt = []\n"
            "print(rules.shipped_cached('test-value', lambda: built.append(1) or {'a': (1, 2)}), len(built))")
    assert _python(code, cache) == "{'a': (1, 2)} 1"
    assert len(list(cache.glob("shipped-*.pickle"))) == 1
    assert _python(code, cache) == "{'a': (1, 2)} 0"
    assert _python(code, "") == "{'a': (1, 2)} 1"
    assert _python(code.replace("test-value", "other-value"), cache) == "{'a': (1, 2)} 1"


def test_concurrent_writers_share_one_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    code = "from cleaner import rules\nprint([r.id for r in rules.load_ruleset('kumparan').rules][-1])"
    env = {**os.environ, "CLEANER_CACHE_DIR": str(cache)}
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
             for _ in range(4)]
    outs = {p.communicate()[0] for p in procs}
    assert all(p.returncode == 0 for p in procs) and len(outs) == 1
    assert not list(cache.glob("*.part"))
    assert _python("from cleaner import rules\nrules._compile = None\n" + code, cache) == outs.pop().strip()


def test_an_unwritable_cache_dir_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert _python("from cleaner import rules\nprint(rules.load_ruleset('tempo').name)", blocker / "sub") == "tempo"


# -- docs/rules.md is the loader's schema -------------------------------------------------------

DOCS = ROOT / "docs" / "rules.md"


def _documented_tables() -> dict[str, dict[str, tuple[str, str]]]:
    """Per ``## `[table]` `` section of docs/rules.md, its first table: key -> (type, default)."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    section = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        heading = regex.fullmatch(r"## `(\[+\w+\]+)`", line)
        if heading:
            section = heading.group(1)
            out[section] = {}
        elif section and line.startswith("| `"):
            key, typ, default, _what = (cell.strip() for cell in line.strip("|").split(" | ", 3))
            out[section][key.strip("`")] = (typ, default)
        elif section and out[section] and not line.startswith("|"):
            section = None  # the table ended
    return out


def test_docs_list_every_key_with_its_type_and_default() -> None:
    assert _documented_tables() == SCHEMA


def test_docs_list_the_actions_kinds_and_fields() -> None:
    text = DOCS.read_text(encoding="utf-8")

    def listed(label: str) -> set[str]:
        part = text.split(f"**{label}:**", 1)[1].split("\n\n", 1)[0]
        return set(regex.findall(r"`([a-z_]+)`", part))

    assert listed("Kinds") == KINDS
    assert listed("Fields") == FIELDS
    assert set(regex.findall(r"`([a-z]+)` (?:removes|is searched|cuts)", text)) == ACTIONS
    reserved = text.split("**Reserved ids.**", 1)[1].split("\n\n", 1)[0]
    assert set(regex.findall(r"`([a-z-]+)`", reserved)) == RESERVED_IDS - {
        i for i in RESERVED_IDS if i.startswith(RESERVED_PREFIX)} | {RESERVED_PREFIX}


def test_every_key_of_the_schema_is_read_by_the_loader() -> None:
    """No documented key is dead: the loader reads each one by name."""
    # (the module's source: in the compiled build `__file__` is the extension beside it)
    source = Path(cleaner.rules.__file__).with_name("rules.py").read_text(encoding="utf-8")
    for section in ("[ruleset]", "[[rule]]"):
        for key in SCHEMA[section]:
            assert f'"{key}"' in source, key


def test_a_loop_and_an_overlong_chain_of_extends_are_rule_set_errors(tmp_path: Path) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(f'[ruleset]\nname = "a"\nextends = "{b}"\n', encoding="utf-8")
    b.write_text(f'[ruleset]\nname = "b"\nextends = "{a}"\n', encoding="utf-8")
    with pytest.raises(cleaner.RuleSetError, match="extend each other in a loop"):
        load_ruleset(str(a))
    for i in range(200):  # each extends the next; the last extends generic
        parent = f"{tmp_path / f'c{i + 1}.toml'}" if i < 199 else "generic"
        (tmp_path / f"c{i}.toml").write_text(f'[ruleset]\nname = "c{i}"\nextends = "{parent}"\n', encoding="utf-8")
    out = run_bounded(lambda: load_ruleset(str(tmp_path / "c0.toml")))
    assert out.error == "RuleSetError" and "extends more than" in out.message
    assert load_ruleset(str(tmp_path / "c150.toml")).name == "c150"  # 50 in a line: fine


def test_duplicate_selectors_are_merged_once_in_order(tmp_path: Path) -> None:
    path = Path(_rule_file(tmp_path))
    path.write_text(path.read_text(encoding="utf-8") + '[html]\ndrop = ["div.x", "nav", "div.x"]\n', encoding="utf-8")
    drop = load_ruleset(str(path)).html.drop
    assert drop[:2] == ("div.x", "nav") and drop.count("div.x") == 1 and drop.count("nav") == 1


def test_html_rules_know_the_base_selectors_along_any_chain(tmp_path: Path) -> None:
    """A -> B -> generic: A's and B's list selectors are the outlet's (tried before the
    label heuristics), generic's the shared base's; a selector A repeats from generic is
    A's. Read from where each selector was listed, not compared with generic's text."""
    generic = load_ruleset("generic").html
    shared = generic.tags[0]
    b, a = tmp_path / "b.toml", tmp_path / "a.toml"
    b.write_text('[ruleset]\nname = "b"\nextends = "generic"\n[html]\ntags = ["div.b-tags"]\n', encoding="utf-8")
    a.write_text(f'[ruleset]\nname = "a"\nextends = "{b}"\n[html]\ntags = ["div.a-tags", "{shared}"]\n'
                 f'related = ["div.a-rel"]\n', encoding="utf-8")
    html = load_ruleset(str(a)).html
    assert html.tags[:3] == ("div.a-tags", shared, "div.b-tags")
    assert not html.is_base("tags", "div.a-tags") and not html.is_base("tags", "div.b-tags")
    assert not html.is_base("tags", shared) and not html.is_base("related", "div.a-rel")
    assert all(html.is_base("tags", s) for s in generic.tags if s != shared)
    assert all(html.is_base("related", s) for s in generic.related)
    # generic alone: every selector is the base's.
    assert all(generic.is_base(key, s) for key in ("tags", "related") for s in getattr(generic, key))
