"""The learning pass through the main command line: ``cleaner learn`` and ``--learn``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.fakesite import site_pages


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=ROOT)


def _write_site(folder: Path) -> list:  # type: ignore[type-arg]
    pages = site_pages(40)
    folder.mkdir()
    for i, page in enumerate(pages):
        (folder / f"p{i:03d}.txt").write_text(page.text, encoding="utf-8")
    return pages


def test_batch_learn_removes_template_chrome_and_keeps_story(tmp_path: Path) -> None:
    pages = _write_site(tmp_path / "site")
    out = tmp_path / "out.jsonl"
    r = run(str(tmp_path / "site"), "--jsonl", "--learn", "--jobs", "1", "--quiet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(pages)
    learned = [x for rec in records for x in rec["removed"] if x["rule"].startswith("learned:")]
    assert learned, "the template chrome should be learned"
    for page, rec in zip(pages, records, strict=True):
        assert set(page.story) <= set(rec["paragraphs"])  # no story paragraph lost


def test_batch_learn_refuses_stdin() -> None:
    r = run("-", "--jsonl", "--learn")
    assert r.returncode == 1 and "--learn" in r.stderr and "Traceback" not in r.stderr


def test_learn_subcommand_writes_a_loadable_draft(tmp_path: Path) -> None:
    _write_site(tmp_path / "site")
    draft = tmp_path / "contoh.toml"
    r = run("learn", "--site", "contoh.example", str(tmp_path / "site"), "-o", str(draft))
    assert r.returncode == 0, r.stderr
    assert "[ruleset]" in draft.read_text(encoding="utf-8")
    cleaned = run("--json", "--outlet", str(draft), str(tmp_path / "site" / "p000.txt"))
    assert cleaned.returncode == 0, cleaned.stderr
    assert any(x["rule"].startswith("learned:") for x in json.loads(cleaned.stdout)["removed"])
