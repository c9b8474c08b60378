"""`benchmarks.peers`, the whole runs of `benchmarks.report --full`, on small inputs:
each gives its figures (their size is the report's business, not a test's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import peers
from benchmarks.pages import SHARED


@pytest.mark.shared
def test_the_peer_suite_run_scores_both_extractors(tmp_path: Path) -> None:
    # A suite of two pages in the layout of trafilatura's (tests/evaldata.json + tests/cache/),
    # in our own words; the scorer is the shared one.
    story = "<p>Warga desa menanam padi bersama di sawah yang baru dibuka pada musim hujan tahun ini.</p>" * 3
    pages = {"https://example.org/a": ("a.html", story, ["Warga desa menanam padi"], ["Menu utama"]),
             "https://example.org/b": ("b.html", "<p>Menu utama</p>" + story, ["sawah yang baru dibuka"], [])}
    (tmp_path / "tests" / "cache").mkdir(parents=True)
    index = {}
    for url, (name, body, with_, without) in pages.items():
        (tmp_path / "tests" / "cache" / name).write_text(f"<html><body><article>{body}</article></body></html>")
        index[url] = {"file": name, "with": with_, "without": without}
    (tmp_path / "tests" / "evaldata.json").write_text(json.dumps(index))
    got = peers.peer_suite(tmp_path, SHARED)
    assert not isinstance(got, str)
    assert got.pages == 2 and got.cleaner_pps > 0 and got.trafilatura_pps > 0
    assert got.cleaner_f1 == 1.0


def test_resiliparse_absent_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(peers.importlib.util, "find_spec", lambda name: None)
    assert peers.resiliparse() == "resiliparse is not installed (pip install -e '.[bench]')"


def test_the_batch_run_compares_one_and_two_workers() -> None:
    got = peers.batch(pages=12)
    assert got.pages == 12 and got.same_records and got.wall_1 > 0 and got.wall_2 > 0
