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
    # a usage error (README, "Exit status"), as argparse's own
    assert outlet.returncode == 2 and "choose one of" in outlet.stderr and "Traceback" not in outlet.stderr


def test_console_script_is_declared() -> None:
    assert 'cleaner = "cleaner.cli:console"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


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
        # a by-line that names the site ("Liputan6.com") is no author, and the warning says so;
        # one that names a news agency ("Antara -detikTravel") or another outlet ("CNN Indonesia
        # -detikTravel" on detik.com) is the source, and the warning says so
        assert rec["authors"] or not row["author"].strip() or any(
            "names no person" in w for w in rec.get("warnings", ())) or (rec["source"] and any(
                "names a news agency" in w or "names another news outlet" in w
                for w in rec.get("warnings", ()))), row["url"]
        if rec["published"] != iso_published(row["published"]):  # the page printed its own date
            assert rec["published"].startswith("20")
    first = out[0]
    assert first["title"] == "5 Kebiasaan Kerja Seperti Ini Diam-Diam Ternyata Tanda Depresi"
    assert first["published"] == "2025-06-18T14:05:00+07:00"
    assert first["authors"] == ["Sulung Lahitani"] and first["site"] == "liputan6.com"
    assert first["input"] == {k: rows[0][k] for k in ("url", "title", "published")}
    assert "author" not in first["input"] and first["author"] == "Sulung Lahitani"


# -- issue 15: name, knobs, formats ---------------------------------------------------------

#: An invented page of an invented outlet (own sentences), with the outlet's app banner.
CONTOH_PAGE = (
    "Warga Kampung Rambutan Menanam Cabai di Atap Rumah\n"
    "Jakarta - Warga Kampung Rambutan menanam cabai rawit di atap rumah mereka sejak awal tahun ini.\n"
    "Unduh aplikasi Contoh sekarang juga\n"
    "Menurut ketua RT setempat, hasil panen pertama sudah dijual ke pasar terdekat pekan lalu.\n"
    "CONTOH.CO.ID, semua hak dilindungi.\n"
)
CONTOH_RULES = """
[ruleset]
name = "contoh"
extends = "generic"
description = "Contoh News (contoh.co.id), a test outlet"
hosts = ["contoh.co.id"]
fingerprints = ["CONTOH\\\\.CO\\\\.ID, semua hak"]
title = "first-line"
deck = false

[[rule]]
id = "contoh-app-banner"
kind = "promo"
action = "drop"
match = "Unduh aplikasi Contoh.{0,80}"
why = "App banner between paragraphs."
samples = ["Unduh aplikasi Contoh sekarang"]

[[rule]]
id = "contoh-copyright"
kind = "end"
action = "drop"
match = "CONTOH\\\\.CO\\\\.ID, semua hak dilindungi\\\\."
why = "The footer line."
samples = ["CONTOH.CO.ID, semua hak dilindungi."]
"""

HTML_PAGE = """<!DOCTYPE html><html><head><title>Harga Cabai Naik Lagi</title></head><body>
<nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>Harga Cabai Naik Lagi di Pasar Induk</h1>
<p>Jakarta - Harga cabai rawit di pasar induk naik lagi pekan ini, kata para pedagang yang ditemui pagi tadi.</p>
<h2>Daftar harga hari ini</h2>
<table><tr><th>Barang</th><th>Harga per kilo</th></tr><tr><td>Cabai rawit</td><td>85.000</td></tr>
<tr><td>Bawang merah</td><td>40.000</td></tr></table>
<p>Para pedagang menyebut beberapa sebab kenaikan harga, antara lain cuaca dan ongkos angkut yang naik.</p>
<ul><li>Hujan deras di sentra produksi</li><li>Ongkos angkut yang naik sejak bulan lalu</li></ul>
<p>Pemerintah daerah berjanji memantau harga sampai akhir bulan, kata kepala dinas perdagangan setempat.</p>
</article><footer>Hak cipta dilindungi.</footer></body></html>
"""


def test_version_names_the_distribution() -> None:
    import importlib.metadata

    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == "cleaner-berita 0.1.0 (import name: cleaner)"
    assert importlib.metadata.version("cleaner-berita") == cleaner_version()
    assert 'name = "cleaner-berita"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def cleaner_version() -> str:
    import cleaner

    return cleaner.__version__


def test_help_says_what_is_printed_and_names_learn_examples_and_exit_codes() -> None:
    r = run("--help")
    assert r.returncode == 0
    for words in ("output: by default the clean text", "examples:", "cleaner learn --site", "exit status: 0",
                  "2 a usage error", "--max-line-chars", "--fix-mojibake", "--html-main", "--rules", "CLEANER_RULES"):
        assert words in r.stdout, words


def test_fields_with_text_output_is_a_usage_error_not_ignored() -> None:
    r = run("--fields", "title", str(SEEDS[0]))
    assert r.returncode == 2 and "--fields picks record keys" in r.stderr
    ok = run("--json", "--fields", "title,published", str(SEEDS[0]))
    assert ok.returncode == 0 and list(json.loads(ok.stdout)) == ["title", "published"]


def test_metadata_only_leaves_the_body_out() -> None:
    from cleaner.record import METADATA_KEYS

    r = run("--metadata-only", str(SEEDS[0]))
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert tuple(record) == METADATA_KEYS and record["outlet"] == "tempo" and "text" not in record
    assert run("--metadata-only", "--format", "markdown", str(SEEDS[0])).returncode == 2


def test_markdown_keeps_headings_lists_and_tables(tmp_path: Path) -> None:
    page = tmp_path / "harga.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    r = run("--format", "markdown", str(page))
    assert r.returncode == 0, r.stderr
    md = r.stdout
    assert "\n## Daftar harga hari ini\n" in md
    assert "| Barang | Harga per kilo |\n| --- | --- |\n| Cabai rawit | 85.000 |\n| Bawang merah | 40.000 |" in md
    assert "- Hujan deras di sentra produksi\n- Ongkos angkut yang naik sejak bulan lalu" in md
    assert "Beranda" not in md and "Hak cipta" not in md
    # The JSON record keeps the SPEC's flat paragraphs: a row as a scrape prints it.
    record = json.loads(run("--json", str(page)).stdout)
    assert "Cabai rawit 85.000" in record["paragraphs"]
    # the structure, as data
    rows = json.loads(run("--json", "--fields", "paragraphs,structure", str(page)).stdout)
    kinds = dict(zip(rows["paragraphs"], rows["structure"], strict=True))
    assert kinds["Cabai rawit 85.000"] == {"kind": "tr", "cells": ["Cabai rawit", "85.000"]}
    assert kinds["Barang Harga per kilo"] == {"kind": "th", "cells": ["Barang", "Harga per kilo"]}
    assert kinds["Daftar harga hari ini"]["kind"] == "h2" and kinds["Ongkos angkut yang naik sejak bulan lalu"] == {
        "kind": "li", "cells": []}
    # and a batch can carry the Markdown beside the record
    batch = run("--jsonl", "--fields", "title,markdown", str(page), str(page))
    assert [json.loads(line)["markdown"] for line in batch.stdout.splitlines()] == [md.rstrip("\n")] * 2


def test_csv_for_a_batch(tmp_path: Path) -> None:
    import csv
    import io

    r = run("--format", "csv", "--fields", "outlet,title,authors,text", "seeds/")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["path", "outlet", "title", "authors", "text", "reason", "warnings", "error", "input"]
    assert len(rows) == 1 + len(SEEDS)
    for seed, row in zip(SEEDS, rows[1:], strict=True):
        record = json.loads(run("--json", str(seed)).stdout)
        assert row[:5] == [f"seeds/{seed.name}", record["outlet"], record["title"] or "", "\n".join(record["authors"]),
                           record["text"]]
    # JSONL input: the record's own fields are in the "input" column, as JSON
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"url": "https://contoh.co.id/a", "id": 7, "text": CONTOH_PAGE}) + "\n",
                     encoding="utf-8")
    rows = list(csv.reader(io.StringIO(run("--input-format", "jsonl", "--format", "csv", str(crawl)).stdout)))
    assert json.loads(rows[1][-1]) == {"id": 7, "url": "https://contoh.co.id/a"}


def test_max_line_chars_and_fix_mojibake_flags(tmp_path: Path) -> None:
    page = tmp_path / "long.txt"
    page.write_text("Judul\nJakarta - " + "Kalimat berita yang panjang sekali. " * 10 + "\n", encoding="utf-8")
    refused = run("--max-line-chars", "100", str(page))
    assert refused.returncode == 1 and "(--max-line-chars)" in refused.stderr
    assert run("--max-line-chars", "1000", str(page)).returncode == 0
    mojibake = tmp_path / "mojibake.txt"
    mojibake.write_text("Judul\nJakarta - Kafe itu ramai sejak pagi â€” kata pemiliknya kepada wartawan kemarin.\n",
                        encoding="utf-8")
    assert "â€”" in run(str(mojibake)).stdout
    fixed = run("--fix-mojibake", str(mojibake))
    assert fixed.returncode == 0 and "pagi — kata" in fixed.stdout


def test_html_main_precision_and_recall_are_the_api_knob() -> None:
    import cleaner

    page = next((ROOT / "fixtures").glob("*/*.input.html"))
    for flag, html_main in (("--precision", "trafilatura"), ("--recall", "density"),
                            ("--html-main=trafilatura", "trafilatura")):
        want = cleaner.Cleaner(cleaner.CleanOptions(html_main=html_main)).clean(page.read_bytes()).to_dict()
        r = run("--json", flag, str(page))
        assert r.returncode == 0 and json.loads(r.stdout) == want, flag
    assert cleaner.CleanOptions(html_main="precision").html_main == "trafilatura"


def test_rules_path_adds_an_outlet_to_detection_in_a_mixed_batch(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "contoh.toml").write_text(CONTOH_RULES, encoding="utf-8")
    crawl = tmp_path / "crawl.jsonl"
    rows = [{"url": "https://www.contoh.co.id/berita/1", "text": CONTOH_PAGE},
            {"text": CONTOH_PAGE},  # no URL: the fingerprint picks it
            {"url": "https://www.tempo.co/x", "text": SEEDS[0].read_text(encoding="utf-8")}]
    crawl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    without = [json.loads(line) for line in run("--input-format", "jsonl", str(crawl)).stdout.splitlines()]
    assert [r["outlet"] for r in without] == ["generic", "generic", "tempo"]
    assert without[0]["paragraphs"][-1] == "CONTOH.CO.ID, semua hak dilindungi."  # the outlet's footer
    for args, env in ((["--rules", str(rules)], None), ([], {"CLEANER_RULES": str(rules / "contoh.toml")})):
        r = subprocess.run([sys.executable, "-m", "cleaner", "--input-format", "jsonl", *args, str(crawl)],
                           capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
                           env={**__import__("os").environ, **(env or {})})
        assert r.returncode == 0, r.stderr
        out = [json.loads(line) for line in r.stdout.splitlines()]
        assert [o["outlet"] for o in out] == ["contoh", "contoh", "tempo"]
        assert out[0]["paragraphs"] == out[1]["paragraphs"] == [
            "Warga Kampung Rambutan menanam cabai rawit di atap rumah mereka sejak awal tahun ini.",
            "Menurut ketua RT setempat, hasil panen pertama sudah dijual ke pasar terdekat pekan lalu."]
        assert "contoh-copyright" in {x["rule"] for x in out[0]["removed"]}
    named = run("--rules", str(rules), "--outlet", "contoh", "--json", "-", stdin=CONTOH_PAGE.encode())
    assert json.loads(named.stdout)["outlet"] == "contoh"
    bad = run("--rules", str(tmp_path / "nope"), str(SEEDS[0]))
    assert bad.returncode == 2 and "not a .toml rule file" in bad.stderr and "Traceback" not in bad.stderr


def _on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal, as a user at a terminal sees it."""
    import fcntl
    import os
    import pty
    import struct
    import termios
    import threading

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a pty starts 0 columns wide
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        r = subprocess.run([sys.executable, "-m", "cleaner", *args], stdout=subprocess.DEVNULL, stderr=slave,
                           timeout=300, cwd=ROOT)
    finally:
        os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    return r.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_a_batch_on_a_terminal_shows_a_total_an_eta_and_a_summary(shared: Path, tmp_path: Path) -> None:
    bulk = shared / "corpus" / "bulk-2025-06-18.jsonl"
    code, err = _on_a_terminal("--input-format", "jsonl", str(bulk), "-o", str(tmp_path / "out.jsonl"), "--progress")
    assert code == 0, err
    assert "1937/1937" in err and "<" in err  # tqdm's "elapsed<remaining": the ETA
    assert "cleaner: 1,937 pages in " in err and " pages/s): 0 errors, " in err and " empty bodies" in err
    code, err = _on_a_terminal("seeds/", "--jsonl", "-o", str(tmp_path / "seeds.jsonl"))
    assert code == 0 and f"cleaner: {len(SEEDS)} pages in " in err  # a summary without being asked
    code, err = _on_a_terminal("seeds/", "--jsonl", "-o", str(tmp_path / "seeds.jsonl"), "--quiet")
    assert code == 0 and err == ""


def test_csv_and_jsonl_of_one_file_are_a_batch_of_one() -> None:
    csv_text = run("--format", "csv", "--fields", "title", str(SEEDS[0])).stdout
    assert csv_text.splitlines()[0] == "path,title,reason,warnings,error,input"
    assert csv_text.splitlines()[1].startswith(f"{SEEDS[0]},")
    assert list(json.loads(run("--format", "jsonl", "--fields", "title", str(SEEDS[0])).stdout)) == ["path", "title"]


def test_a_file_named_jsonl_is_read_as_records_unless_page_is_asked(tmp_path: Path) -> None:
    """`cleaner crawl.jsonl` cleans each record, as `--input-format jsonl` does: a JSON
    line is never a news page. `--input-format page` still cleans the file as one page,
    and a .jsonl file beside a page keeps the page reading for both."""
    seed = SEEDS[0].read_text(encoding="utf-8")
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"id": 7, "text": seed}) + "\n" + json.dumps({"id": 8, "text": ""}) + "\n",
                     encoding="utf-8")
    auto = [json.loads(line) for line in run(str(crawl)).stdout.splitlines()]
    explicit = [json.loads(line) for line in run("--input-format", "jsonl", str(crawl)).stdout.splitlines()]
    assert auto == explicit
    assert [r["id"] for r in auto] == [7, 8]
    assert auto[0]["paragraphs"] == json.loads(run("--json", str(SEEDS[0])).stdout)["paragraphs"]
    as_page = json.loads(run("--input-format", "page", "--json", str(crawl)).stdout)
    assert as_page["paragraphs"] != auto[0]["paragraphs"]
    mixed = run("--jsonl", str(crawl), str(SEEDS[0])).stdout.splitlines()
    assert [json.loads(line)["path"] for line in mixed] == [str(crawl), str(SEEDS[0])]
    r = run("--format", "markdown", str(crawl))
    assert r.returncode == 2 and "--input-format page" in r.stderr
