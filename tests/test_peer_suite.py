"""trafilatura's own evaluation suite, on a fixed sample: cleaner against trafilatura.

The suite (``../shared/corpus/peer-suites/trafilatura-eval.tar.xz``: ~990 real pages
of many languages and kinds, each with snippets a good extraction holds and snippets
it must not) is read from the tarball at run time, never copied here. Scoring is the
shared tool's (``../shared/tools/peer_eval.py``: trafilatura's own method, one pooled
count). The whole suite: ``python ../shared/tools/peer_eval.py``.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import cleaner
from tests.paths import shared_tool

#: Pages in the sample: every n-th of the suite's pages in URL order.
SAMPLE = 40
#: Pages in the wider sample (every 4th page; the 40-page sample, every 24th, is a part
#: of it): 40 pages favour cleaner (0.921 against 0.887 when its F1 on the whole suite
#: was 0.929 against 0.926); 200 favour it less (0.933 against 0.921).
WIDE_SAMPLE = 200


def _scorer(shared: Path) -> ModuleType:
    return shared_tool(shared, "peer_eval")


def _samples(tarball: Path, sizes: tuple[int, ...]) -> dict[int, list[tuple[str, dict[str, Any], bytes]]]:
    """Per size, that many pages spread evenly over the suite; all read in one pass of
    the tarball (its index comes after the ``cache/`` pages, before the ``eval/`` ones)."""
    held: dict[str, bytes] = {}
    wanted: dict[str, tuple[str, dict[str, Any]]] = {}
    picked: dict[int, list[str]] = {}
    pages: dict[str, bytes] = {}
    with tarfile.open(tarball, "r:xz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            data = tar.extractfile(member)
            assert data is not None
            if member.name == "tests/evaldata.json":
                index = json.loads(data.read().decode("utf-8"))
                urls = sorted(index)
                for size in sizes:
                    picked[size] = [index[url]["file"] for url in _picked(urls, size)]
                    for url in _picked(urls, size):
                        wanted[index[url]["file"]] = (url, index[url])
                pages.update({k: v for k, v in held.items() if k in wanted})
                held.clear()
            elif member.name.startswith(("tests/cache/", "tests/eval/")):
                name = member.name.rsplit("/", 1)[1]
                if not wanted:
                    held[name] = data.read()
                elif name in wanted and name not in pages:
                    pages[name] = data.read()
    return {size: [(wanted[name][0], wanted[name][1], pages[name]) for name in sorted(set(files)) if name in pages]
            for size, files in picked.items()}


def _picked(urls: list[str], size: int) -> list[str]:
    return urls[:: max(1, len(urls) // size)][:size]


@pytest.fixture(scope="module")
def samples(shared: Path) -> dict[int, list[tuple[str, dict[str, Any], bytes]]]:
    got = _samples(shared / "corpus" / "peer-suites" / "trafilatura-eval.tar.xz", (SAMPLE, WIDE_SAMPLE))
    assert {size: len(docs) for size, docs in got.items()} == {SAMPLE: SAMPLE, WIDE_SAMPLE: WIDE_SAMPLE}
    return got


@pytest.fixture(scope="module")
def sample(samples: dict[int, list[tuple[str, dict[str, Any], bytes]]]) -> list[tuple[str, dict[str, Any], bytes]]:
    return samples[SAMPLE]


def _scores(shared: Path, docs: list[tuple[str, dict[str, Any], bytes]]) -> dict[str, tuple[float, list[str]]]:
    """Per system: F1 over ``docs`` (one pooled count) and the pages it left empty."""
    import trafilatura

    score = _scorer(shared)
    c = cleaner.Cleaner()
    runners: dict[str, Callable[[bytes], str | None]] = {
        "cleaner": lambda b: c.clean(b).text,
        "trafilatura": lambda b: trafilatura.extract(b, include_comments=False, include_tables=True,
                                                     include_formatting=False),
    }
    out: dict[str, tuple[float, list[str]]] = {}
    for name, run in runners.items():
        tp = fp = fn = 0
        empty = []
        for url, item, raw in docs:
            text = run(raw)
            if not text:
                empty.append(url)
            k = score.count(item, text)
            tp, fp, fn = tp + k[0], fp + k[1], fn + k[2]
        out[name] = (2 * tp / max(1, 2 * tp + fp + fn), empty)
    return out


@pytest.fixture(scope="module")
def scores(shared: Path, sample: list[tuple[str, dict[str, Any], bytes]]) -> dict[str, tuple[float, list[str]]]:
    return _scores(shared, sample)


def test_no_page_of_the_sample_comes_back_empty(scores: dict[str, tuple[float, list[str]]]) -> None:
    assert scores["cleaner"][1] == [], "empty results"


#: cleaner's F1 on the sample when this floor was set, 0.9206 (trafilatura 0.887; on the whole suite the
#: peer3 branch measured 0.929 against 0.926). A regression guard; the goal is the tests below.
FLOOR = 0.920
#: The same on the wider sample: 0.9327 measured (peer3 branch).
WIDE_FLOOR = 0.932


def test_cleaner_keeps_its_floor_on_the_sample(scores: dict[str, tuple[float, list[str]]]) -> None:
    assert scores["cleaner"][0] >= FLOOR, scores


def test_cleaner_beats_trafilatura_on_a_wide_sample_of_its_own_suite(
        shared: Path, samples: dict[int, list[tuple[str, dict[str, Any], bytes]]]) -> None:
    """Measured on the peer3 branch: 0.933 against 0.921, no empty result (the whole
    suite: the slow test after this one)."""
    scores = _scores(shared, samples[WIDE_SAMPLE])
    assert scores["cleaner"][1] == [], "empty results"
    assert scores["cleaner"][0] >= WIDE_FLOOR, scores
    assert scores["cleaner"][0] >= scores["trafilatura"][0], scores


#: More pages than the suite holds: `_samples` then gives every page.
WHOLE_SUITE = 10_000


@pytest.mark.slow
def test_cleaner_beats_trafilatura_on_its_whole_suite(shared: Path) -> None:
    """Issue 12's goal: measured on the peer3 branch, cleaner 0.929 against
    trafilatura 0.926, no empty result."""
    docs = _samples(shared / "corpus" / "peer-suites" / "trafilatura-eval.tar.xz", (WHOLE_SUITE,))[WHOLE_SUITE]
    assert len(docs) > 900
    scores = _scores(shared, docs)
    assert scores["cleaner"][1] == [], "empty results"
    assert scores["cleaner"][0] >= scores["trafilatura"][0], scores
