"""Benchmarks of the text path: per stage and whole page, against the floor and trafilatura.

Every benchmark times one *round* over a whole set of pages and records the number
of pages in ``extra_info``, so `benchmarks.report` can turn the times into ratios
(``python -m benchmarks.report``). In the default test run (``--benchmark-disable``)
each body runs once and its checks make sure the code paths work.
"""

from __future__ import annotations

import re
from collections.abc import Sized

import pytest
import regex
from pytest_benchmark.fixture import BenchmarkFixture

import cleaner
from benchmarks import pages as P
from benchmarks import stages as S

# ---- the seeds: references, whole page, stages ------------------------------------


def _info(benchmark, pages: Sized, role: str, group: str) -> None:
    benchmark.group = group
    benchmark.extra_info.update(pages=len(pages), role=role, group=group)


@pytest.mark.parametrize("engine", ["re", "regex"])
def test_seeds_floor(benchmark: BenchmarkFixture, seeds: list[P.TextPage], engine: str) -> None:
    """The floor: split, one precompiled regex per line, join."""
    run = P.floor if engine == "re" else P.floor_regex
    _info(benchmark, seeds, f"floor-{engine}", "seeds")
    texts = [p.text for p in seeds]
    out = benchmark(lambda: [run(t) for t in texts])
    assert all(o and "ADVERTISEMENT" not in o.splitlines() for o in out)


@pytest.mark.parametrize("engine", ["re", "regex"])
def test_seeds_rules_floor(benchmark: BenchmarkFixture, seeds: list[P.TextPage], engine: str) -> None:
    """The floor with the whole generic rule set as its one regex (for comparison)."""
    run = P.line_filter(P.rules_alternation(re if engine == "re" else regex))
    _info(benchmark, seeds, f"rules-floor-{engine}", "seeds")
    texts = [p.text for p in seeds]
    out = benchmark(lambda: [run(t) for t in texts])
    assert all(len(o) < len(t) for o, t in zip(out, texts, strict=True))


def test_seeds_clean(benchmark: BenchmarkFixture, seeds: list[P.TextPage], pipeline: cleaner.Cleaner) -> None:
    """Whole page: one page's text in, one record out."""
    _info(benchmark, seeds, "clean", "seeds")
    texts = [p.text for p in seeds]
    out = benchmark(lambda: [pipeline.clean(t) for t in texts])
    assert [a.outlet for a in out] == ["tempo", "kumparan", "idntimes", "idntimes", "idntimes"]
    assert all(a.paragraphs and a.title for a in out)


def test_seeds_clean_bytes(benchmark: BenchmarkFixture, seeds: list[P.TextPage], pipeline: cleaner.Cleaner) -> None:
    """Whole page from the file's bytes (decoding included)."""
    _info(benchmark, seeds, "clean-bytes", "seeds")
    raws = [p.raw for p in seeds]
    out = benchmark(lambda: [pipeline.clean(r) for r in raws])
    assert [a.to_dict() for a in out] == [pipeline.clean(p.text).to_dict() for p in seeds]


def test_seeds_trafilatura(benchmark: BenchmarkFixture, seeds: list[P.TextPage]) -> None:
    """trafilatura.extract on the same pages as HTML (one <p> per line)."""
    _info(benchmark, seeds, "trafilatura", "seeds")
    htmls = [P.as_html(p.text) for p in seeds]
    P.trafilatura_text(htmls[0])  # its imports and caches, before timing
    out = benchmark(lambda: [P.trafilatura_text(h) for h in htmls])
    assert all(out)


# One benchmark per stage, on the seeds. Each stage's input is prepared outside the timing.

@pytest.fixture(scope="module")
def staged(seeds: list[P.TextPage], pipeline: cleaner.Cleaner) -> list[S.Stages]:
    return [S.run_stages(pipeline, p.raw) for p in seeds]


def test_stages_give_the_record_of_clean(
    seeds: list[P.TextPage], staged: list[S.Stages], pipeline: cleaner.Cleaner
) -> None:
    """The stage split mirrors `Cleaner.clean`: together they give its record."""
    for page, st in zip(seeds, staged, strict=True):
        article = S.stage_assemble(st.page, st.url, st.warnings)
        assert S.same_record(article, pipeline.clean(page.raw)), page.name
        assert S.stage_metadata(st.field_calls).get("title") == article.title


def test_stage_decode(benchmark: BenchmarkFixture, seeds: list[P.TextPage], pipeline: cleaner.Cleaner) -> None:
    _info(benchmark, seeds, "stage:decode", "stages")
    raws = [p.raw for p in seeds]
    out = benchmark(lambda: [S.stage_decode(pipeline, r) for r in raws])
    assert [text for text, _ in out] == [p.text.removeprefix("\ufeff") for p in seeds]


def test_stage_segment(benchmark: BenchmarkFixture, staged: list[S.Stages], pipeline: cleaner.Cleaner) -> None:
    _info(benchmark, staged, "stage:segment", "stages")
    texts = [st.text for st in staged]
    out = benchmark(lambda: [S.stage_segment(pipeline, t) for t in texts])
    assert [blocks for blocks, _ in out] == [st.blocks for st in staged]


def test_stage_detect(benchmark: BenchmarkFixture, staged: list[S.Stages]) -> None:
    _info(benchmark, staged, "stage:detect", "stages")
    out = benchmark(lambda: [S.stage_detect(st.blocks, None) for st in staged])
    assert [r.name for r in out] == ["tempo", "kumparan", "idntimes", "idntimes", "idntimes"]


def test_stage_rules(benchmark: BenchmarkFixture, staged: list[S.Stages]) -> None:
    _info(benchmark, staged, "stage:rules", "stages")
    out = benchmark(lambda: [S.stage_rules(st.blocks, st.ruleset) for st in staged])
    assert [p.verdicts for p in out] == [st.page.verdicts for st in staged]


def test_stage_metadata(benchmark: BenchmarkFixture, staged: list[S.Stages]) -> None:
    _info(benchmark, staged, "stage:metadata", "stages")
    out = benchmark(lambda: [S.stage_metadata(st.field_calls) for st in staged])
    assert [f.get("published") for f in out] == [st.page.fields.get("published") for st in staged]


def test_stage_assemble(benchmark: BenchmarkFixture, staged: list[S.Stages]) -> None:
    _info(benchmark, staged, "stage:assemble", "stages")
    out = benchmark(lambda: [S.stage_assemble(st.page, st.url, st.warnings) for st in staged])
    assert all(a.paragraphs for a in out)


# ---- the matcher: one combined alternation, `re` against `regex` -----------------------


@pytest.mark.parametrize("engine", ["re", "regex"])
def test_alternation_engine(benchmark: BenchmarkFixture, staged: list[S.Stages], engine: str) -> None:
    """Every seed block against the generic line rules joined into one pattern."""
    pattern = P.rules_alternation(re if engine == "re" else regex)
    lines = [b.text for st in staged for b in st.blocks]
    _info(benchmark, staged, f"alternation-{engine}", "matcher")
    benchmark.extra_info["lines"] = len(lines)
    match = pattern.fullmatch
    out = benchmark(lambda: sum(1 for line in lines if match(line)))
    assert 0 < out < len(lines)


def test_alternation_cleaner(benchmark: BenchmarkFixture, staged: list[S.Stages]) -> None:
    """The same blocks through the generic rule set's own matcher (`RuleSet.match_line`)."""
    from cleaner.rules import load_ruleset

    match = load_ruleset("generic").match_line
    lines = [b.text for st in staged for b in st.blocks]
    _info(benchmark, staged, "alternation-cleaner", "matcher")
    benchmark.extra_info["lines"] = len(lines)
    out = benchmark(lambda: sum(1 for line in lines if match(line)))
    assert 0 < out < len(lines)


# ---- all text fixtures, and the real rows of the bulk scrape ----------------------------


def test_fixtures_floor(benchmark: BenchmarkFixture, fixtures: list[P.TextPage]) -> None:
    _info(benchmark, fixtures, "floor-re", "fixtures")
    texts = [p.text for p in fixtures]
    assert benchmark(lambda: [P.floor(t) for t in texts])


def test_fixtures_clean(benchmark: BenchmarkFixture, fixtures: list[P.TextPage], pipeline: cleaner.Cleaner) -> None:
    _info(benchmark, fixtures, "clean", "fixtures")
    texts = [p.text for p in fixtures]
    out = benchmark(lambda: [pipeline.clean(t) for t in texts])
    assert sum(1 for a in out if a.paragraphs) >= len(fixtures) - 1


def test_bulk_floor(benchmark: BenchmarkFixture, bulk: list[P.TextPage]) -> None:
    _info(benchmark, bulk, "floor-re", "bulk")
    texts = [p.text for p in bulk]
    assert benchmark.pedantic(lambda: [P.floor(t) for t in texts], rounds=_rounds(benchmark, 5))


def test_bulk_clean(benchmark: BenchmarkFixture, bulk: list[P.TextPage], pipeline: cleaner.Cleaner) -> None:
    """Every row with its URL, as a pipeline over a scraper's output would call it."""
    _info(benchmark, bulk, "clean", "bulk")
    rows = [(p.text, p.url) for p in bulk]
    out = benchmark.pedantic(lambda: [pipeline.clean(t, url=u) for t, u in rows], rounds=_rounds(benchmark, 5))
    assert len(out) == len(bulk) and sum(1 for a in out if a.paragraphs) > 0.95 * len(bulk)


def test_bulk_trafilatura(benchmark: BenchmarkFixture, bulk: list[P.TextPage]) -> None:
    """trafilatura on every tenth row as HTML (all 1,937 would take a minute a round)."""
    sample = bulk[::10]
    _info(benchmark, sample, "trafilatura", "bulk")
    htmls = [P.as_html(p.text) for p in sample]
    P.trafilatura_text(htmls[0])
    out = benchmark.pedantic(lambda: [P.trafilatura_text(h) for h in htmls], rounds=_rounds(benchmark, 3))
    assert sum(1 for o in out if o) > 0.9 * len(sample)


def _rounds(benchmark: BenchmarkFixture, measuring: int) -> int:
    """Rounds for a long benchmark: ``measuring`` when timing, one in a smoke run."""
    return 1 if benchmark.disabled else measuring
