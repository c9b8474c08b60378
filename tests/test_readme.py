"""The README's examples, run as written (in a scratch folder with pages of the project's own)."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, SHARED
from tests.readme import README, blocks

PAGES = sorted(FIXTURES.glob("*/*.input.*"))


def test_ci_runs_exactly_the_readme_commands() -> None:
    setup = blocks("sh")[0].strip().splitlines()
    ci = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line and not line.startswith(("#", "set ", "cd "))]
    assert ci == setup and len(setup) == 2
    assert all("--config-settings editable_mode=compat" in line for line in setup)


@pytest.fixture()
def scratch(tmp_path: Path) -> Path:
    """The files the README's examples name: page.txt, page.html, pages/, crawl.jsonl."""
    html = [p for p in PAGES if p.suffix == ".html"]
    shutil.copy(ROOT / "seeds" / "000_98c63ae8037c2311.txt", tmp_path / "page.txt")
    shutil.copy(html[0], tmp_path / "page.html")
    (tmp_path / "pages" / "a").mkdir(parents=True)
    # Pages of both kinds: the examples glob for *.txt and for *.html.
    for page in [*html[:3], *[p for p in PAGES if p.suffix != ".html"][:3]]:
        shutil.copy(page, tmp_path / "pages" / "a" / page.name)
    rows = [{"url": f"https://www.contoh.co.id/{i}", "html": p.read_text(encoding="utf-8")} for i, p in enumerate(html)]
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end]


def commands(text: str) -> list[tuple[str, str | None]]:
    """``(command, the comment line after it)`` of every ``python -m`` line of the sh blocks in ``text``."""
    out: list[tuple[str, str | None]] = []
    for body in re.findall(r"```sh\n(.*?)```", text, re.S):
        lines = body.splitlines()
        for i, line in enumerate(lines):
            if line.startswith(("python -m ", ".venv/bin/python -m ")):
                after = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].startswith("# ") else None
                out.append((line, after))
    return out


def sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = command.replace(".venv/bin/python ", "python ", 1).replace("../shared", shlex.quote(str(SHARED)))
    command = shlex.quote(sys.executable) + command.removeprefix("python")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # `python -m tools.X` as from the checkout
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=600, cwd=cwd, env=env)


def test_the_command_line_examples_run(scratch: Path) -> None:
    ran = 0
    for command, _ in commands(section("Command line")) + commands(section("Many pages")):
        if "--scheduler" in command:
            continue  # needs a running cluster: tests/test_dask.py runs it against one
        r = sh(command, scratch)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (command, r.stderr)
        ran += 1
    assert ran >= 12
    assert json.loads((scratch / "clean.jsonl").read_text(encoding="utf-8").splitlines()[0])["input"]["url"]
    assert (scratch / "pages.csv").read_text(encoding="utf-8").startswith("path,url,title,published,text,")


def test_the_library_example_runs(scratch: Path) -> None:
    source = next(b for b in blocks("python") if b.startswith("import cleaner\n"))
    r = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, timeout=120, cwd=scratch)
    assert r.returncode == 0, r.stderr


def test_the_learn_example_teaches_what_it_says(tmp_path: Path) -> None:
    learn = section("Learning an outlet's chrome")
    for command, comment in commands(learn):
        if "tools.score_learned" in command:
            continue  # the scoring run: tests/test_learn_bulk.py checks these figures
        r = sh(command, tmp_path)
        assert r.returncode == 0, (command, r.stderr)
        if comment is not None:
            assert comment.removeprefix("# ") in r.stderr, (command, r.stderr)
    before, after = ([json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
                     for name in ("before.jsonl", "after.jsonl"))
    chrome = ("Lanjutkan membaca", "Dibaca ", "Sorotan:", "Redaksi Contoh Warta", "Tonton liputan", "Diperbarui ")
    dirty = [sum(any(p.startswith(chrome) for p in r["paragraphs"]) for r in recs) for recs in (before, after)]
    assert dirty == [60, 0]
    assert [sum(len(r["paragraphs"]) for r in recs) for recs in (before, after)] == [758, 528]
    assert {r["outlet"] for r in after} == {"contohwarta"}
    assert "6 rules" in learn and "(758 paragraphs" in learn and "(528 paragraphs" in learn
