"""The compiled build (mypyc, `setup.py`) and the pure-Python package are one program.

The default run checks what both builds rely on: a pickled matcher (the rule set cache
keeps them) answers as the one it was made from, and the build switches. ``pytest -m
slow`` builds the compiled wheel once (about a minute; a C compiler and mypy from the
package index) and

* compares the records of both builds byte for byte on every dev input
  `tools.dump_records` reads: seeds, fixtures, ../shared's seeds and dev corpus, and
  each bulk row with and without its URL and with every rule set forced;
* runs the default suite (``tests/``) on the compiled build (several minutes): typed
  arguments, docstrings and imports behave differently in compiled modules, and the
  records alone would not show it."""

from __future__ import annotations

import dataclasses
import inspect
import os
import pickle
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from cleaner.engine import Page, assemble
from cleaner.fields import FIELDS, Fields
from cleaner.front import FrontEnd
from cleaner.match.prefilter import LineMatcher
from cleaner.record import Article, Removal, Structure
from cleaner.rules import Rule, load_ruleset
from cleaner.segment import Block, split_lines
from tests.conftest import FIXTURES, ROOT


def _fixture_lines() -> list[str]:
    return [b.text for p in sorted(FIXTURES.glob("*/*.input.txt"))
            for b in split_lines(p.read_text("utf-8"), max_line_chars=200_000)]


@pytest.mark.parametrize("name", ["generic", "idntimes"])
def test_a_pickled_matcher_gives_the_same_answers(name: str) -> None:
    rs = load_ruleset(name)
    lines = _fixture_lines()
    for whole, rules in ((True, rs.line_rules), (False, rs.prefix_rules)):
        matcher = LineMatcher([r.pattern for r in rules], rules, whole=whole)
        copy: LineMatcher[Rule] = pickle.loads(pickle.dumps(matcher, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy.shapes == matcher.shapes

        def ids(m: LineMatcher[Rule]) -> list[tuple[str, tuple[int, int]] | None]:
            return [None if h is None else (h[0].id, h[1].span()) for h in m.match_all(lines)]

        assert ids(copy) == ids(matcher)
        assert any(ids(matcher)), "no fixture line matched: the check would prove nothing"


def test_blocks_pickle() -> None:
    block = Block(4, "Satu dua.")
    assert pickle.loads(pickle.dumps(block)) == block


def test_records_pickle() -> None:
    """Frozen native classes pickle only by their own `__reduce__` (`cleaner.record`)."""
    article = Article(outlet="generic", title="Judul", authors=("Ani",), paragraphs=("Satu.", "Dua."),
                      removed=(Removal(1, "Judul", "headline"),), structure=(Structure(), Structure("li")),
                      warnings=("w",))
    copy = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == article and copy.structure == article.structure and copy.removed[0].rule == "headline"


def test_rule_sets_pickle_with_every_field() -> None:
    """`Rule`, `RuleSet`, `HtmlRules` and `RuleSetHeader` are native classes in the compiled
    build (the rule set cache pickles them): each `__reduce__` gives every field, in order,
    so a field added later cannot be left out of the cache."""
    from cleaner.rules import HtmlRules, RuleSet, RuleSetHeader, ruleset_header

    ruleset, header = load_ruleset("idntimes"), ruleset_header("idntimes")
    for obj in (ruleset, ruleset.rules[0], ruleset.html, header):
        cls, args = obj.__reduce__()
        assert cls is type(obj) and args == tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))
    copy = pickle.loads(pickle.dumps(ruleset, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(copy, RuleSet) and isinstance(copy.html, HtmlRules) and copy.html == ruleset.html
    # (compiled patterns compare by identity: the rules are compared field by field)
    assert [(r.id, r.pattern.pattern, r.where, r.field) for r in copy.rules] \
        == [(r.id, r.pattern.pattern, r.where, r.field) for r in ruleset.rules]
    lines = _fixture_lines()
    assert [None if h is None else h[0].id for h in copy.match_lines(lines)] \
        == [None if h is None else h[0].id for h in ruleset.match_lines(lines)]
    header_copy = pickle.loads(pickle.dumps(header))
    assert isinstance(header_copy, RuleSetHeader) and (header_copy.name, header_copy.hosts, header_copy.needles) \
        == (header.name, header.hosts, header.needles)
    assert [p.pattern for p in header_copy.fingerprints] == [p.pattern for p in header.fingerprints]


#: Classes whose ``__init__`` is written out for the compiled build (mypyc builds a
#: dataclass through its generated, interpreted one): each must take every field, in
#: order, with the field's default, so a field added later cannot be left out.
_EXPLICIT_INITS = (Block, Removal, Structure, Article, FrontEnd)


@pytest.mark.parametrize("cls", _EXPLICIT_INITS, ids=lambda c: c.__name__)
def test_explicit_inits_take_every_field_with_its_default(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:  # FrontEnd.hints: None stands for a new dict
            assert p.default is None and f.default_factory() == {}, f.name
        else:
            assert p.default is inspect.Parameter.empty, f.name


def test_a_new_page_holds_every_field_at_its_default() -> None:
    ruleset = load_ruleset("generic")
    page = Page([Block(1, "Satu.")], ruleset)
    for f in dataclasses.fields(Page):
        value = getattr(page, f.name)
        if f.name in ("blocks", "ruleset", "fields"):
            continue
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        assert value == default, f.name
    assert isinstance(page.fields, Fields) and page.blocks[0].text == "Satu." and page.ruleset is ruleset


def test_assemble_passes_every_metadata_field() -> None:
    """`cleaner.engine.assemble` names each field (no ``**`` call, for the compiled build):
    a field added to the registry must reach the record."""
    page = Page([Block(1, "Satu dua tiga empat.")], load_ruleset("generic"))
    page.verdicts = [None]
    for i, field in enumerate(FIELDS):
        # (names hold no digits: the name reader refuses "Nilai 2" as a writer)
        first = {"reading_time_minutes": "3 menit", "published": "18 Juni 2025 10:05 WIB",
                 "authors": "Ani Lestari", "editors": "Budi Santoso"}.get(field.name)
        page.fields.add_item(field.name, first or f"Nilai {i}")
        page.fields.add_item(field.name, f"Nilai lain {i}")
    article = assemble(page, url=None, warnings=())
    for field in FIELDS:
        value = getattr(article, field.name)
        assert value and value == page.fields.get(field.name), field.name


def _compiler() -> str | None:
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc)


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled build, unpacked (built once for this module's slow tests)."""
    if _compiler() is None:
        pytest.skip("no C compiler: the compiled build cannot be made here (the pure package is the build)")
    from benchmarks.compiled import build_compiled

    return build_compiled(tmp_path_factory.mktemp("compiled"))


@pytest.mark.slow
def test_compiled_and_pure_records_are_byte_identical(tmp_path: Path, shared: Path, compiled_site: Path) -> None:
    from benchmarks.compiled import environment

    site = compiled_site
    dumps = {}
    for kind in ("pure", "compiled"):
        out = tmp_path / f"{kind}.jsonl"
        env = {**environment(kind, site), "CLEANER_CACHE_DIR": str(tmp_path / f"cache-{kind}"),
               "CLEANER_SHARED": str(shared)}
        check = "import cleaner.engine as e; print(e.__file__)"
        where = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, env=env, check=True,
                               capture_output=True, text=True).stdout.strip()
        assert where.endswith(".py") == (kind == "pure"), (kind, where)
        subprocess.run([sys.executable, "-m", "tools.dump_records", str(out)], cwd=tmp_path, env=env,
                       check=True, capture_output=True)
        dumps[kind] = out.read_bytes()
    assert dumps["pure"].count(b"\n") > 10_000
    if dumps["pure"] != dumps["compiled"]:
        done = subprocess.run([sys.executable, "-m", "tools.dump_records", "--compare",
                               str(tmp_path / "pure.jsonl"), str(tmp_path / "compiled.jsonl")],
                              cwd=ROOT, capture_output=True, text=True)
        pytest.fail(f"the compiled build's records differ:\n{done.stdout[-3000:]}")


#: A pytest plugin that stops a run whose `cleaner` is not the compiled build.
_CHECK_PLUGIN = """
def pytest_sessionstart(session):
    import cleaner.engine
    assert cleaner.engine.__file__.endswith((".so", ".pyd")), cleaner.engine.__file__
"""


@pytest.mark.slow
def test_the_suite_passes_on_the_compiled_build(tmp_path: Path, shared: Path, compiled_site: Path) -> None:
    from benchmarks.compiled import environment

    (tmp_path / "compiled_check.py").write_text(_CHECK_PLUGIN, encoding="utf-8")
    env = environment("compiled", compiled_site)
    env.update(PYTHONPATH=os.pathsep.join([str(tmp_path), env["PYTHONPATH"]]), CLEANER_SHARED=str(shared),
               CLEANER_CACHE_DIR=str(tmp_path / "cache"))
    # pythonpath cleared: the checkout must not come before the compiled build.
    done = subprocess.run([sys.executable, "-m", "pytest", "-o", "pythonpath=", "-p", "compiled_check", "-q",
                           "--rootdir", str(ROOT), str(ROOT / "tests")],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


def test_the_compiled_modules_exist_and_the_default_build_is_pure(monkeypatch: pytest.MonkeyPatch) -> None:
    """setup.py names only modules of the package; without CLEANER_COMPILE it adds no
    extension (the pure package); an editable install is never compiled."""
    import ast

    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    listed = next(node.value for node in tree.body if isinstance(node, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    modules = ast.literal_eval(listed)
    assert modules and all((ROOT / m).is_file() for m in modules)
    assert "cleaner/engine.py" in modules and "cleaner/match/prefilter.py" in modules

    sys.path.insert(0, str(ROOT))
    try:
        import build_backend
    finally:
        sys.path.remove(str(ROOT))
    monkeypatch.delenv("CLEANER_COMPILE", raising=False)
    assert not build_backend._compiling()
    monkeypatch.setenv("CLEANER_COMPILE", "0")
    assert not build_backend._compiling()
    monkeypatch.setenv("CLEANER_COMPILE", "1")
    assert build_backend._compiling()
    with pytest.raises(SystemExit, match="not editable ones"):
        build_backend.build_editable(str(ROOT / "no-such-dir"))
    seen = build_backend._pure(lambda: os.environ.get("CLEANER_COMPILE"))()
    assert seen is None and os.environ["CLEANER_COMPILE"] == "1"
