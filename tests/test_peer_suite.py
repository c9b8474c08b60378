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


def _scorer(shared: Path) -> ModuleType:
    return shared_tool(shared, "peer_eval")


def _sample(tarball: Path, size: int) -> list[tuple[str, dict[str, Any], bytes]]:
    """``size`` pages spread evenly over the suite, read in one pass of the tarball (its
    index comes after the ``cache/`` pages, before the ``eval/`` ones)."""
    held: dict[str, bytes] = {}
    wanted: dict[str, tuple[str, dict[str, Any]]] = {}
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
                for url in urls[:: max(1, len(urls) // size)][:size]:
                    wanted[index[url]["file"]] = (url, index[url])
                pages.update({k: v for k, v in held.items() if k in wanted})
                held.clear()
            elif member.name.startswith(("tests/cache/", "tests/eval/")):
                name = member.name.rsplit("/", 1)[1]
                if not wanted:
                    held[name] = data.read()
                elif name in wanted and name not in pages:
                    pages[name] = data.read()
    return [(wanted[name][0], wanted[name][1], pages[name]) for name in sorted(wanted) if name in pages]


@pytest.fixture(scope="module")
def sample(shared: Path) -> list[tuple[str, dict[str, Any], bytes]]:
    docs = _sample(shared / "corpus" / "peer-suites" / "trafilatura-eval.tar.xz", SAMPLE)
    assert len(docs) == SAMPLE
    return docs


@pytest.fixture(scope="module")
def scores(shared: Path, sample: list[tuple[str, dict[str, Any], bytes]]) -> dict[str, tuple[float, list[str]]]:
    """Per system: F1 over the sample (one pooled count) and the pages it left empty."""
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
        for url, item, raw in sample:
            text = run(raw)
            if not text:
                empty.append(url)
            k = score.count(item, text)
            tp, fp, fn = tp + k[0], fp + k[1], fn + k[2]
        out[name] = (2 * tp / max(1, 2 * tp + fp + fn), empty)
    return out


def test_no_page_of_the_sample_comes_back_empty(scores: dict[str, tuple[float, list[str]]]) -> None:
    assert scores["cleaner"][1] == [], "empty results"


#: cleaner's F1 on the sample when this floor was set, 0.870 (trafilatura 0.887; on the whole suite the
#: html-robust branch measured 0.892 against 0.926). A regression guard; the goal is the test below.
FLOOR = 0.87


def test_cleaner_keeps_its_floor_on_the_sample(scores: dict[str, tuple[float, list[str]]]) -> None:
    assert scores["cleaner"][0] >= FLOOR, scores


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="issue 12's goal, not met yet: cleaner's HTML path scores below trafilatura on its suite")
def test_cleaner_beats_trafilatura_on_a_sample_of_its_own_suite(scores: dict[str, tuple[float, list[str]]]) -> None:
    assert scores["cleaner"][0] >= scores["trafilatura"][0], scores
