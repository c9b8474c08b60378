"""Benchmarks of the HTML path on the real HTML pages of ../shared/corpus (with gold).

``cleaner.clean(html_bytes)`` against ``trafilatura.extract`` on the same bytes, in one
run; each records the mean token F1 of its bodies against gold in ``extra_info``, and
the cleaner's benchmark fails when its F1 is not higher than trafilatura's. The report
(`benchmarks.report`) checks pages per second: at least 3x trafilatura's.
"""

from __future__ import annotations

import functools

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

import cleaner
from benchmarks import pages as P


@functools.lru_cache(maxsize=1)
def _trafilatura_f1(pages: tuple[P.HtmlPage, ...]) -> float:
    return P.mean_f1([P.trafilatura_text(p.raw) for p in pages], [p.gold for p in pages])


def _rounds(benchmark: BenchmarkFixture, measuring: int) -> int:
    return 1 if benchmark.disabled else measuring


def test_html_trafilatura(benchmark: BenchmarkFixture, html_pages: list[P.HtmlPage]) -> None:
    benchmark.group = "html"
    raws = [p.raw for p in html_pages]
    P.trafilatura_text(raws[0])
    out = benchmark.pedantic(lambda: [P.trafilatura_text(r) for r in raws], rounds=_rounds(benchmark, 3))
    f1 = P.mean_f1(out, [p.gold for p in html_pages])
    benchmark.extra_info.update(pages=len(raws), role="trafilatura", group="html", f1=f1)
    assert f1 > 0.5


def test_html_clean(benchmark: BenchmarkFixture, html_pages: list[P.HtmlPage], pipeline: cleaner.Cleaner) -> None:
    """Whole page, raw bytes in: decode, parse, blocks, rules, record."""
    benchmark.group = "html"
    raws = [p.raw for p in html_pages]
    pipeline.clean(raws[0])
    out = benchmark.pedantic(lambda: [pipeline.clean(r) for r in raws], rounds=_rounds(benchmark, 5))
    f1 = P.mean_f1([a.text for a in out], [p.gold for p in html_pages])
    benchmark.extra_info.update(pages=len(raws), role="clean", group="html", f1=f1)
    assert f1 > _trafilatura_f1(tuple(html_pages))


@pytest.mark.parametrize("stage", ["decode", "segment"])
def test_html_stage(
    benchmark: BenchmarkFixture, html_pages: list[P.HtmlPage], pipeline: cleaner.Cleaner, stage: str
) -> None:
    """The HTML front end's own stages: decoding the bytes, and the page into blocks."""
    from benchmarks import stages as S

    benchmark.group = "html-stages"
    benchmark.extra_info.update(pages=len(html_pages), role=f"stage:{stage}", group="html-stages")
    texts = [S.stage_decode(pipeline, p.raw)[0] for p in html_pages]
    if stage == "decode":
        out = benchmark(lambda: [S.stage_decode(pipeline, p.raw)[0] for p in html_pages])
        assert out == texts
    else:
        blocks = benchmark.pedantic(lambda: [S.stage_segment(pipeline, t)[0] for t in texts],
                                    rounds=_rounds(benchmark, 5))
        assert all(blocks)
