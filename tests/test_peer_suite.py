"""trafilatura's own evaluation suite, on a fixed sample: cleaner against trafilatura.

The suite (``../shared/corpus/peer-suites/trafilatura-eval.tar.xz``: ~990 real pages
of many languages and kinds, each with snippets a good extraction holds and snippets
it must not) is read from the tarball at run time, never copied here. Scoring is the
shared tool's (``../shared/tools/peer_eval.py``: trafilatura's own method, one pooled
count). The whole suite: ``python ../shared/tools/peer_eval.py``.
"""

from __future__ import annotations

import importlib.util
import json
import tarfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import cleaner

#: Pages in the sample: every n-th of the suite's pages in URL order.
SAMPLE = 40


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("peer_eval", shared / "tools" / "peer_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def test_cleaner_beats_trafilatura_on_a_sample_of_its_own_suite(
        shared: Path, sample: list[tuple[str, dict[str, Any], bytes]]) -> None:
    import trafilatura

    score = _scorer(shared)
    c = cleaner.Cleaner()
    runners = {
        "cleaner": lambda b: c.clean(b).text,
        "trafilatura": lambda b: trafilatura.extract(b, include_comments=False, include_tables=True,
                                                     include_formatting=False),
    }
    f1: dict[str, float] = {}
    empty: dict[str, list[str]] = {}
    for name, run in runners.items():
        tp = fp = fn = 0
        empty[name] = []
        for url, item, raw in sample:
            out = run(raw)
            if not out:
                empty[name].append(url)
            k = score.count(item, out)
            tp, fp, fn = tp + k[0], fp + k[1], fn + k[2]
        f1[name] = 2 * tp / max(1, 2 * tp + fp + fn)
    assert empty["cleaner"] == [], "empty results"
    assert f1["cleaner"] >= f1["trafilatura"], f1
