"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cleaner.record import RECORD_KEYS
from tests.conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, encoding="utf-8", timeout=60, cwd=ROOT)


def test_prints_text() -> None:
    r = run(str(SEEDS[0]))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Kementerian Luar Negeri Kazakhstan tidak akan")
    assert "Advertising" not in r.stdout


def test_json_has_exactly_the_spec_keys() -> None:
    r = run("--json", str(SEEDS[1]))
    assert r.returncode == 0
    assert tuple(json.loads(r.stdout)) == RECORD_KEYS


def test_explain_names_a_rule_for_every_removed_line() -> None:
    for seed in SEEDS:
        r = run("--explain", str(seed))
        assert r.returncode == 0
        record = json.loads(run("--json", str(seed)).stdout)
        rows = r.stdout.splitlines()[:-1]
        assert len(rows) == len(record["removed"]) > 0
        for row, removed in zip(rows, record["removed"], strict=False):
            number, rule = row.split()[:2]
            assert int(number) == removed["line"] and rule == removed["rule"]


def test_outlet_and_url_options() -> None:
    assert json.loads(run("--json", "--outlet", "generic", str(SEEDS[0])).stdout)["outlet"] == "generic"
    r = run("--json", "--url", "https://www.idntimes.com/x", str(SEEDS[0]))
    assert json.loads(r.stdout)["url"] == "https://www.idntimes.com/x"


def test_stdin() -> None:
    r = run("-", stdin=SEEDS[2].read_bytes())
    assert r.returncode == 0 and "Kazakhstan" in r.stdout


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr and "Traceback" not in missing.stderr
    png = tmp_path / "img.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    binary = run(str(png))
    assert binary.returncode == 1 and "PNG image" in binary.stderr and "Traceback" not in binary.stderr
    outlet = run("--outlet", "koran", str(SEEDS[0]))
    assert outlet.returncode == 1 and "choose one of" in outlet.stderr and "Traceback" not in outlet.stderr


def test_console_script_is_declared() -> None:
    assert 'cleaner = "cleaner.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# -- issue 15, item 1: the crawler's data is never lost -----------------------------------


def _kept_or_used(row: dict[str, object], out: dict[str, object], page_field: str) -> list[str]:
    """The non-null input fields of ``row`` that ``out`` neither keeps nor used."""
    lost = []
    kept = out.get("input") or {}
    assert isinstance(kept, dict)
    for key, value in row.items():
        if value is None:
            continue
        if key == page_field:  # used: it is the page that was cleaned
            if not out.get("paragraphs") and not out.get("reason"):
                lost.append(key)
        elif out.get(key) != value and kept.get(key) != value:
            lost.append(key)
    return lost


def test_jsonl_bulk_loses_no_input_value_and_uses_the_hints(shared: Path, tmp_path: Path) -> None:
    bulk = shared / "corpus" / "bulk-2025-06-18.jsonl"
    out_file = tmp_path / "clean.jsonl"
    r = run("--input-format", "jsonl", str(bulk), "-o", str(out_file), "--quiet")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in bulk.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(out) == 1937
    from cleaner.hints import iso_published

    for row, rec in zip(rows, out, strict=True):
        assert _kept_or_used(row, rec, "text") == [], row["url"]
        # used, too: the crawler's title, by-line and printed date fill what the text lacks
        assert rec["published"] is not None and (rec["title"] is not None or not row["title"].strip())
        assert rec["authors"] or not row["author"].strip(), row["url"]
        if rec["published"] != iso_published(row["published"]):  # the page printed its own date
            assert rec["published"].startswith("20")
    first = out[0]
    assert first["title"] == "5 Kebiasaan Kerja Seperti Ini Diam-Diam Ternyata Tanda Depresi"
    assert first["published"] == "2025-06-18T14:05:00+07:00"
    assert first["authors"] == ["Sulung Lahitani"] and first["site"] == "liputan6.com"
    assert first["input"] == {k: rows[0][k] for k in ("url", "title", "published")}
    assert "author" not in first["input"] and first["author"] == "Sulung Lahitani"
