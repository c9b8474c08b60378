"""The batch command line and engine: many inputs, JSONL in and out, order, errors, output safety."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner import batch
from cleaner.record import RECORD_KEYS
from tests.conftest import FIXTURES, ROOT

PAGES = sorted(FIXTURES.glob("*/*.input.*"))  # text scrapes and HTML pages
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True,
                          timeout=120, cwd=cwd, **kw)


def records(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def expected(path: Path, **kw: Any) -> dict[str, Any]:
    return cleaner.clean(path.read_bytes(), **kw).to_dict()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """pages/ with the fixture pages spread over nested folders, a hidden file and a non-page."""
    root = tmp_path / "pages"
    for i, page in enumerate(PAGES):
        folder = root / ("a" if i % 2 else "b/c")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, folder / f"{i:02d}.txt")
    (root / ".hidden.txt").write_text("ADVERTISEMENT\n", encoding="utf-8")
    (root / "a" / "notes.md").write_text("# not a page\n", encoding="utf-8")
    return root


def test_directory_is_walked_recursively_sorted_and_every_file_cleaned(tree: Path) -> None:
    r = run(str(tree), "--jsonl")
    assert r.returncode == 0, r.stderr
    out = records(r.stdout)
    paths = [rec["path"] for rec in out]
    assert paths == sorted(str(p) for p in tree.rglob("*") if p.is_file() and not p.name.startswith("."))
    for rec in out:
        want = expected(Path(rec["path"]))
        assert {k: rec[k] for k in RECORD_KEYS} == want
        assert list(rec)[:2] == ["path", "outlet"]


def test_glob_picks_files_by_name_or_path_tail(tree: Path) -> None:
    by_name = records(run(str(tree), "--jsonl", "--glob", "*.txt", "--fields", "title").stdout)
    assert len(by_name) == len(PAGES) and all(rec["path"].endswith(".txt") for rec in by_name)
    assert all(set(rec) == {"path", "title"} for rec in by_name)
    by_tail = records(run(str(tree), "--jsonl", "--glob", "c/*.txt", "--fields", "title").stdout)
    assert by_tail and all("/b/c/" in rec["path"] for rec in by_tail)
    none = run(str(tree), "--jsonl", "--glob", "*.html")
    assert none.returncode == 1
    assert records(none.stdout) == [{"path": str(tree), "error": "no file in this directory matches --glob '*.html'"}]


def test_stdin_and_files_in_one_batch_keep_their_order() -> None:
    r = run(str(PAGES[0]), "-", str(PAGES[2]), "--jsonl", stdin=PAGES[1].read_bytes())
    assert r.returncode == 0, r.stderr
    out = records(r.stdout)
    assert [rec["path"] for rec in out] == [str(PAGES[0]), "-", str(PAGES[2])]
    assert out[1]["paragraphs"] == expected(PAGES[1])["paragraphs"]


def test_text_output_for_several_files_has_a_header_per_file() -> None:
    r = run(str(PAGES[0]), str(PAGES[1]))
    assert r.returncode == 0
    text = r.stdout.decode()
    assert text.startswith(f"==> {PAGES[0]} <==\n{expected(PAGES[0])['text']}\n")
    assert f"==> {PAGES[1]} <==\n" in text


def test_jsonl_in_keeps_the_other_fields_and_replaces_the_page(tmp_path: Path) -> None:
    source = tmp_path / "crawl.jsonl"
    lines = [
        {"url": "https://www.idntimes.com/news/x", "html": PAGES[0].read_text(encoding="utf-8"), "crawled": 1},
        {"text": PAGES[1].read_text(encoding="utf-8"), "id": "b"},
        "not json at all",
        {"url": "https://example.com/nothing"},
        {"html": 42, "id": "d"},
    ]
    source.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n",
                      encoding="utf-8")
    r = run("--input-format", "jsonl", str(source), "--jsonl")
    assert r.returncode == 1
    out = records(r.stdout)
    assert len(out) == 5
    first, second, bad, missing, wrong = out
    assert first["crawled"] == 1 and "html" not in first and "path" not in first
    assert first["url"] == "https://www.idntimes.com/news/x"
    assert {k: first[k] for k in RECORD_KEYS} == expected(PAGES[0], url="https://www.idntimes.com/news/x")
    assert second["id"] == "b" and second["text"] == expected(PAGES[1])["text"]
    assert bad["path"] == f"{source}:3" and bad["error"].startswith("not a JSON line")
    # The crawl's own url is kept, under "input" (the output's "url" key is the record's).
    assert missing == {"input": {"url": "https://example.com/nothing"}, "path": f"{source}:4",
                       "error": "no 'html' or 'text' field"}
    assert wrong["id"] == "d" and "must be a string" in wrong["error"]
    assert b"3 of 5 inputs failed" in r.stderr


def test_jsonl_line_over_the_limit_is_an_error_and_the_next_line_is_read() -> None:
    from cleaner.batch import read_jsonl
    from cleaner.inputs import LINE_BYTES_PER_PAGE_BYTE

    limit = 100 * LINE_BYTES_PER_PAGE_BYTE
    small = json.dumps({"text": "Judul\nIsi berita.", "id": 1}).encode()
    huge = json.dumps({"text": "x" * (5 * limit), "id": 2}).encode()
    stream = io.BytesIO(b"\n".join([small, huge, small, b"x" * (limit + 1)]))
    tasks = list(read_jsonl(["-"], stdin=stream, max_bytes=100))
    assert [t.label for t in tasks] == ["-:1", "-:2", "-:3", "-:4"]
    assert tasks[0].error is None and tasks[2].error is None and tasks[2].keep == {"id": 1}
    assert tasks[1].error == (f"line is {len(huge) + 1:,} bytes, over {limit:,} "
                              f"({LINE_BYTES_PER_PAGE_BYTE} x max_bytes); raise --max-bytes to accept it")
    assert tasks[3].error is not None and tasks[3].error.startswith(f"line is {limit + 1:,} bytes")
    # A line of exactly the limit is read.
    exact = json.dumps({"text": "y" * (limit - 20)}).encode()
    exact += b" " * (limit - len(exact))
    [task] = read_jsonl(["-"], stdin=io.BytesIO(exact + b"\n"), max_bytes=100)
    assert task.error is None and task.data == "y" * (limit - 20)


def test_cli_jsonl_applies_max_bytes_to_lines() -> None:
    line = json.dumps({"text": "Judul\n" + "kata " * 2000}) + "\n"
    r = run("--input-format", "jsonl", "--jsonl", "--max-bytes", "100", "-", stdin=line.encode())
    assert r.returncode == 1
    [rec] = records(r.stdout)
    assert rec["path"] == "-:1" and "over 800 (8 x max_bytes)" in rec["error"]


def test_jsonl_field_names_are_configurable_and_stdin_works() -> None:
    body = PAGES[3].read_text(encoding="utf-8")
    line = json.dumps({"link": "https://www.tempo.co/x", "page": body, "lang": "id"}) + "\n"
    r = run("--input-format", "jsonl", "--html-field", "page", "--url-field", "link", "--fields", "outlet,url,title",
            "-", stdin=line.encode())
    assert r.returncode == 0, r.stderr
    [rec] = records(r.stdout)
    assert rec == {"link": "https://www.tempo.co/x", "lang": "id", "outlet": "tempo", "url": "https://www.tempo.co/x",
                   "title": expected(PAGES[3], url="https://www.tempo.co/x")["title"]}


def test_gzipped_jsonl(tmp_path: Path) -> None:
    import gzip

    source = tmp_path / "crawl.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as f:
        for page in PAGES[:3]:
            f.write(json.dumps({"text": page.read_text(encoding="utf-8")}) + "\n")
    out = records(run("--input-format", "jsonl", str(source), "--fields", "paragraphs").stdout)
    assert [rec["paragraphs"] for rec in out] == [expected(p)["paragraphs"] for p in PAGES[:3]]


def test_two_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    for i in range(60):
        page = PAGES[i % len(PAGES)]
        (tmp_path / f"{i:03d}.txt").write_bytes(page.read_bytes().replace(b"Jakarta", f"Jakarta{i}".encode(), 1))
    one = run(str(tmp_path), "--jsonl", "--jobs", "1")
    two = run(str(tmp_path), "--jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    assert len(records(two.stdout)) == 60


def test_corrupt_inputs_give_error_records_and_the_rest_is_cleaned(tree: Path) -> None:
    (tree / "a" / "broken.txt").write_bytes(PNG)
    (tree / "a" / "noise.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    (tree / "a" / "dangling.txt").symlink_to(tree / "gone.txt")
    for jobs in ("1", "2"):
        r = run(str(tree), "--jsonl", "--glob", "*.txt", "--jobs", jobs)
        assert r.returncode == 1
        out = records(r.stdout)
        errors = {Path(rec["path"]).name: rec["error"] for rec in out if "error" in rec}
        assert errors.keys() == {"broken.txt", "dangling.txt", "noise.txt"}
        assert "PNG image" in errors["broken.txt"] and "binary data" in errors["noise.txt"]
        assert errors["dangling.txt"] == "cannot read: No such file or directory"
        cleaned = [rec for rec in out if "error" not in rec]
        assert len(cleaned) == len(PAGES) and all(rec["paragraphs"] for rec in cleaned[:1])
        stderr = r.stderr.decode()
        assert "Traceback" not in stderr and f"3 of {len(PAGES) + 3} inputs failed" in stderr
        assert f"{tree / 'a' / 'broken.txt'}: input looks like a PNG image" in stderr


def test_an_input_over_max_bytes_is_refused_unread(tree: Path) -> None:
    big = tree / "a" / "big.txt"
    page = PAGES[0].read_bytes()
    big.write_bytes(page * (100_000 // len(page) + 2))
    r = run(str(tree), "--jsonl", "--max-bytes", "100000", "--fields", "title")
    assert r.returncode == 1
    [error] = [rec for rec in records(r.stdout) if "error" in rec]
    assert error == {"path": str(big), "error": f"input is {big.stat().st_size:,} bytes, over max_bytes=100,000; "
                                                 "raise CleanOptions.max_bytes (--max-bytes) to accept it"}


def test_quiet_jsonl_prints_only_the_count(tree: Path) -> None:
    (tree / "a" / "broken.txt").write_bytes(PNG)
    r = run(str(tree), "--jsonl", "--quiet")
    assert r.returncode == 1
    assert r.stderr.decode().strip() == f"cleaner: 1 of {len(PAGES) + 2} inputs failed (see their error records)"


def test_usage_errors(tmp_path: Path) -> None:
    assert run(str(PAGES[0]), str(PAGES[1]), "--explain").returncode == 2
    assert run("-", "-").returncode == 2
    assert run(str(PAGES[0]), "--jobs", "0").returncode == 2
    assert run(str(PAGES[0]), "--fields", "title,colour").returncode == 2
    unknown = run(str(tmp_path), "--outlet", "koran")
    assert unknown.returncode == 1 and b"choose one of" in unknown.stderr and b"Traceback" not in unknown.stderr


# -- the progress bar ---------------------------------------------------------------------


def _slow_stdin_run(*args: str, tty: bool) -> tuple[int, str]:
    """A JSONL batch on stdin that pauses 1.5 s after its first 16 records have been
    cleaned (so the run outlasts the bar's 1 s delay however busy the machine is); its
    stderr on a pty or a pipe."""
    page = json.dumps({"text": PAGES[0].read_text(encoding="utf-8")}).encode() + b"\n"
    master, slave = pty.openpty() if tty else os.pipe()
    if tty:  # a terminal 100 columns wide (a new pty has none, and tqdm draws nothing in 0 columns)
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", "--input-format", "jsonl", "--jobs", "1",
                             "--fields", "title", "-", *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=slave, cwd=ROOT)
    os.close(slave)
    assert proc.stdin is not None and proc.stdout is not None
    out, err = proc.stdout.fileno(), master
    got: dict[int, list[bytes]] = {out: [], err: []}

    def pump(until: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 60
        open_fds = [out, err]
        while open_fds and not until() and time.monotonic() < deadline:
            ready, _, _ = select.select(open_fds, [], [], 0.2)
            for fd in ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:  # pty closed (EIO)
                    data = b""
                if data:
                    got[fd].append(data)
                else:
                    open_fds.remove(fd)

    try:
        proc.stdin.write(page * 16)
        proc.stdin.flush()
        pump(until=lambda: b"".join(got[out]).count(b"\n") >= 16)
        time.sleep(1.5)
        proc.stdin.write(page * 16)
        proc.stdin.close()
        pump(until=lambda: False)
        code = proc.wait(timeout=60)
    finally:
        os.close(master)
        proc.kill()
    assert b"".join(got[out]).count(b"\n") == 32
    return code, b"".join(got[err]).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal() -> None:
    code, err = _slow_stdin_run(tty=True)
    assert code == 0
    assert "32page" in err.replace(" ", "") and "page/s" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    code, err = _slow_stdin_run(tty=False)
    assert code == 0 and err == ""


def test_no_progress_bar_with_quiet() -> None:
    code, err = _slow_stdin_run("--quiet", tty=True)
    assert code == 0 and err == ""


# -- output safety ------------------------------------------------------------------------


def test_refuses_to_write_over_an_input(tree: Path) -> None:
    page = tree / "a" / "01.txt"
    before = page.read_bytes()
    single = run(str(page), "-o", str(page))
    assert single.returncode == 1 and b"refusing to write the output over the input" in single.stderr
    old_out = tree / "out.jsonl"
    old_out.write_text("{}\n", encoding="utf-8")  # a previous run's output, now inside the tree
    again = run(str(tree), "--jsonl", "-o", str(old_out))
    assert again.returncode == 1 and str(old_out).encode() in again.stderr
    via_link = tree / "alias.txt"
    via_link.hardlink_to(page)
    linked = run(str(page), "--json", "-o", str(via_link))
    assert linked.returncode == 1
    with open(page, "ab") as redirected:  # `cleaner page > page` with append, or a file inside the dir
        stdout_into = subprocess.run([sys.executable, "-m", "cleaner", str(tree), "--jsonl"], stdout=redirected,
                                     stderr=subprocess.PIPE, timeout=60, cwd=ROOT)
    assert stdout_into.returncode == 1 and b"stdout is redirected into it" in stdout_into.stderr
    assert page.read_bytes() == before and old_out.read_text(encoding="utf-8") == "{}\n"


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    r = run(*map(str, PAGES), "--jsonl", "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    assert [rec["path"] for rec in records(out.read_bytes())] == [str(p) for p in PAGES]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary file left
    single = tmp_path / "one.txt"
    assert run(str(PAGES[0]), "-o", str(single)).returncode == 0
    assert single.read_text(encoding="utf-8") == expected(PAGES[0])["text"] + "\n"
    assert oct(single.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_interrupted_run_leaves_the_old_output_alone(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    page = json.dumps({"text": PAGES[0].read_text(encoding="utf-8")}).encode() + b"\n"
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", "--input-format", "jsonl", "-", "-o", str(out)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdin is not None
    proc.stdin.write(page * 200)
    proc.stdin.flush()
    deadline = time.monotonic() + 30
    while not any(p.suffix == ".part" for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # records are being written to the temporary file now
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.decode().strip().endswith("cleaner: interrupted")
    assert b"Traceback" not in err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


# -- the engine, as a library -------------------------------------------------------------


@dataclass(frozen=True)
class DiesOn:
    """A `CleanerFor` whose worker process dies (as on a segfault) on one input."""

    label: str

    def __call__(self, task: batch.Task) -> cleaner.Cleaner:
        if task.label == self.label:
            os._exit(70)
        return batch.cleaner_with(cleaner.CleanOptions())


def test_a_worker_that_dies_costs_only_its_input() -> None:
    tasks = [batch.Task(label=f"p{i}", data=PAGES[i % len(PAGES)].read_bytes()) for i in range(40)]
    out = [rec for chunk in batch.run_tasks(tasks, jobs=2, cleaner_for=DiesOn("p17"), chunksize=4) for rec in chunk]
    assert [rec["path"] for rec in out] == [t.label for t in tasks]
    assert out[17] == {"path": "p17", "error": "the worker process died while cleaning this input"}
    assert all("error" not in rec for i, rec in enumerate(out) if i != 17)


@dataclass(frozen=True)
class Notes:
    """A `CleanerFor` that notes which copy of itself (process, object) chose for each input."""

    log: str

    def __call__(self, task: batch.Task) -> cleaner.Cleaner:
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {id(self)}\n")
        return batch.cleaner_with(cleaner.CleanOptions())


def test_each_worker_gets_the_chooser_once(tmp_path: Path) -> None:
    log = tmp_path / "choices.log"
    tasks = [batch.Task(label=f"p{i}", data=PAGES[i % len(PAGES)].read_bytes()) for i in range(64)]
    chunks = list(batch.run_tasks(tasks, jobs=2, cleaner_for=Notes(str(log)), chunksize=4))
    assert sum(len(c) for c in chunks) == 64
    notes = log.read_text(encoding="utf-8").splitlines()
    assert len(notes) == 64
    copies = set(notes)
    pids = {note.split()[0] for note in notes}
    assert len(copies) == len(pids) <= 2  # one chooser per worker process, not one per chunk (16 chunks)


def test_a_prebuilt_cleaner_such_as_a_learned_one_is_used_for_every_input() -> None:
    from cleaner.learn import LearnedCleaner

    learned = LearnedCleaner({}, cleaner.CleanOptions(max_bytes=50_000))
    tasks = [batch.Task(label=f"p{i}", data=PAGES[i % len(PAGES)].read_bytes()) for i in range(40)]
    got = [r for c in batch.run_tasks(tasks, jobs=2, cleaner_for=batch.UseCleaner(learned), chunksize=4) for r in c]
    assert got == [batch.clean_task(t) for t in tasks]
    assert batch.max_bytes_of(batch.UseCleaner(learned)) == 50_000


def test_clean_paths_matches_clean() -> None:
    out = batch.clean_paths([str(p) for p in PAGES[:3]], jobs=1)
    assert [{k: r[k] for k in RECORD_KEYS} for r in out] == [expected(p) for p in PAGES[:3]]


def test_import_cleaner_does_not_import_the_frameworks() -> None:
    frameworks = ("scrapy", "dask", "distributed", "twisted", "tqdm")
    code = f"import sys, cleaner, cleaner.batch, cleaner.cli; print([m for m in {frameworks!r} if m in sys.modules])"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.stdout.strip() == "[]", r.stderr


def test_ctrl_c_lost_in_a_finalizer_still_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python drops a KeyboardInterrupt raised inside ``__del__`` ("Exception ignored
    in ..."); the batch run must still stop, not finish and commit its output."""
    from cleaner import cli

    lost: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: lost.append(u.exc_value))

    class SignalsInFinalizer:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(100_000):  # the handler runs here, inside __del__
                pass

    def chunks() -> Iterator[list[batch.Line]]:
        SignalsInFinalizer()  # made and finalized at once
        yield [batch.Line(path="a", text="{}", error=None)]
        yield [batch.Line(path="b", text="{}", error=None)]

    out = io.BytesIO()
    with cli._sigint_latch(), pytest.raises(KeyboardInterrupt):
        cli._drain(chunks(), out, jsonl=True, total=None, quiet=True)
    assert lost and isinstance(lost[0], KeyboardInterrupt)
    assert out.getvalue() == b"{}\n"  # stopped after the chunk it was in
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
