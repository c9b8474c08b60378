"""Dask: a corpus cleaned on a LocalCluster of worker processes equals the single-process run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag as db
import pytest
from distributed import Client, LocalCluster

from cleaner import batch
from cleaner.integrations.dask import clean_bag, clean_files, clean_jsonl, to_dataframe
from cleaner.record import RECORD_KEYS
from tests.conftest import FIXTURES, ROOT

PAGES = sorted(FIXTURES.glob("*/*.input.*"))  # text scrapes and HTML pages
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """One cluster for the module: two worker processes, one thread each."""
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                      host="127.0.0.1") as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 pages (the fixtures with small variations) in two folders, and one PNG."""
    root = tmp_path_factory.mktemp("corpus")
    for i in range(40):
        page = PAGES[i % len(PAGES)].read_bytes()
        folder = root / f"part{i % 2}"
        folder.mkdir(exist_ok=True)
        (folder / f"{i:03d}.txt").write_bytes(page.replace(b"\n", f"\nBaris tambahan {i}\n".encode(), 1))
    (root / "part1" / "logo.txt").write_bytes(PNG)
    return root


def single_process(paths: list[str]) -> list[dict[str, Any]]:
    return batch.clean_paths(paths, jobs=1)


def test_files_on_the_cluster_equal_the_single_process_run(client: Client, corpus: Path) -> None:
    bag = clean_files(str(corpus), files_per_partition=8)
    assert bag.npartitions == 6
    got = bag.compute()
    want = single_process([str(corpus)])
    assert len(got) == len(want) == 41
    assert got == want  # record for record, in order, error record included
    assert {r["path"] for r in got if "error" in r} == {str(corpus / "part1" / "logo.txt")}
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2


def test_globs_and_lists(client: Client, corpus: Path) -> None:
    got = clean_files([str(corpus / "part0" / "*.txt"), str(corpus / "part1" / "001.txt")], fields=["title"]).compute()
    assert [r["path"] for r in got] == [*sorted(str(p) for p in (corpus / "part0").glob("*.txt")),
                                        str(corpus / "part1" / "001.txt")]
    assert all(set(r) == {"path", "title"} for r in got)
    with pytest.raises(FileNotFoundError, match="no file matches"):
        clean_files(str(corpus / "*.html"))


def test_bag_of_pages_and_records(client: Client) -> None:
    pages = [p.read_text(encoding="utf-8") for p in PAGES]
    got = clean_bag(db.from_sequence(pages, npartitions=3)).compute()
    want = [batch.clean_task(batch.Task(label=None, data=p)) for p in pages]
    assert got == want and all(r["path"] is None for r in got)
    records = [{"url": "https://www.kumparan.com/x", "body": pages[1], "id": 1}, {"id": 2}, 17]
    got = clean_bag(db.from_sequence(records, npartitions=2), jsonl_fields=batch.JsonlFields(html="body")).compute()
    assert got[0]["id"] == 1 and "body" not in got[0] and got[0]["outlet"] == "kumparan"
    assert got[1] == {"id": 2, "path": None, "error": "no 'body' or 'text' field"}
    assert got[2] == {"path": None, "error": "expected a page (str or bytes) or a record (dict), not int"}


def test_jsonl_on_the_cluster_equals_the_cli(client: Client, tmp_path: Path) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"crawl{n}.jsonl"
        lines = [json.dumps({"url": f"https://example.com/{n}/{i}", "text": p.read_text(encoding="utf-8")})
                 for i, p in enumerate(PAGES)]
        path.write_text("\n".join([*lines, "{broken"]) + "\n", encoding="utf-8")
        files.append(path)
    got = clean_jsonl(str(tmp_path / "crawl*.jsonl")).compute()
    cli = subprocess.run([sys.executable, "-m", "cleaner", "--input-format", "jsonl", *map(str, files)],
                         capture_output=True, timeout=120, cwd=ROOT)
    want = [json.loads(line) for line in cli.stdout.decode().splitlines()]
    assert len(got) == 3 * (len(PAGES) + 1) and got == want
    assert got[len(PAGES)] == {"path": f"{files[0]}:{len(PAGES) + 1}", "error": got[len(PAGES)]["error"]}


def test_dataframe_has_one_row_per_record(client: Client, corpus: Path) -> None:
    df = to_dataframe(clean_files(str(corpus), files_per_partition=16), fields=["outlet", "title", "paragraphs"])
    frame = df.compute()
    assert list(frame.columns) == ["path", "outlet", "title", "paragraphs", "reason", "warnings", "error"]
    assert len(frame) == 41
    want = single_process([str(corpus)])
    assert list(frame["title"]) == [r.get("title") for r in want]
    assert [list(p) if p is not None else None for p in frame["paragraphs"]] == [r.get("paragraphs") for r in want]
    assert frame["error"].notna().sum() == 1


def test_cli_scheduler_runs_the_batch_on_the_cluster(client: Client, corpus: Path, tmp_path: Path) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    assert client.scheduler is not None
    address = str(client.scheduler.address)

    def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "cleaner", str(copy), "--jsonl", *args],
                              capture_output=True, timeout=120, cwd=ROOT)

    on_cluster, local = cli("--scheduler", address), cli("--jobs", "1")
    assert on_cluster.returncode == local.returncode == 1  # the PNG
    assert on_cluster.stdout == local.stdout
    assert len(on_cluster.stdout.splitlines()) == 41
    assert set(RECORD_KEYS) <= set(json.loads(on_cluster.stdout.splitlines()[0]))
    unreachable = subprocess.run([sys.executable, "-m", "cleaner", str(copy), "--scheduler", "tcp://127.0.0.1:9"],
                                 capture_output=True, timeout=120, cwd=ROOT,
                                 env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert unreachable.returncode == 1 and b"cannot reach the Dask scheduler" in unreachable.stderr
    assert b"Traceback" not in unreachable.stderr
    malformed = cli("--scheduler", "scheduler-without-port")
    assert malformed.returncode == 1 and b"missing port number" in malformed.stderr
    assert b"Traceback" not in malformed.stderr


def test_run_tasks_on_dask_shares_the_chooser_with_each_worker_once(client: Client, tmp_path: Path) -> None:
    from cleaner.integrations.dask import DaskSubmitter
    from tests.test_batch import Notes

    log = tmp_path / "choices.log"
    tasks = [batch.Task(label=f"p{i}", data=PAGES[i % len(PAGES)].read_bytes()) for i in range(48)]
    out = [r for chunk in batch.run_tasks(tasks, jobs=2, cleaner_for=Notes(str(log)), chunksize=4,
                                          executor=DaskSubmitter(client)) for r in chunk]
    assert [r["path"] for r in out] == [t.label for t in tasks]
    assert out == [batch.clean_task(t) for t in tasks]
    notes = log.read_text(encoding="utf-8").splitlines()
    assert len(notes) == 48 and len(set(notes)) == len({n.split()[0] for n in notes}) <= 2


def _choose_once(choose: batch.CleanerFor) -> None:
    choose(batch.Task(label="x", data=b"Isi."))


def test_a_chooser_fetched_again_is_the_copy_the_worker_holds(client: Client, tmp_path: Path) -> None:
    """Dask's active memory manager drops a broadcast replica while no task waits for
    it, and the worker fetches it again for its next task (under load, in the middle
    of a run): that worker still uses one chooser, not a second copy."""
    from cleaner.integrations.dask import DaskSubmitter
    from tests.test_batch import Notes

    log = tmp_path / "choices.log"
    shared = DaskSubmitter(client).share(Notes(str(log)))
    workers = sorted(client.scheduler_info()["workers"])
    assert len(workers) == 2
    for _ in range(3):
        for worker in workers:
            client.submit(_choose_once, shared, workers=[worker], pure=False).result()
        client.amm.run_once()  # no task waits: one of the two replicas is dropped
    notes = log.read_text(encoding="utf-8").splitlines()
    assert len(notes) == 6 and len(set(notes)) == len({n.split()[0] for n in notes}) == 2


def test_paths_are_written_as_the_cli_writes_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pages").mkdir()
    for page in PAGES[:4]:
        shutil.copy(page, tmp_path / "pages" / page.name)
    monkeypatch.chdir(tmp_path)
    got = clean_files("pages/").compute(scheduler="sync")
    cli = subprocess.run([sys.executable, "-m", "cleaner", "pages/", "--jsonl"], capture_output=True, timeout=120,
                         cwd=tmp_path)
    want = [json.loads(line) for line in cli.stdout.decode().splitlines()]
    assert [r["path"] for r in got] == [r["path"] for r in want] == [f"pages/{p.name}" for p in sorted(PAGES[:4])]
    assert got == want
    assert clean_files(str(tmp_path / "pages")).compute(scheduler="sync")[0]["path"].startswith(str(tmp_path))


def test_a_few_hundred_files_make_many_partitions(tmp_path: Path) -> None:
    for i in range(200):
        (tmp_path / f"{i:03d}.txt").write_text(f"Judul {i}\nJakarta - Berita nomor {i} yang cukup panjang.\n",
                                               encoding="utf-8")
    bag = clean_files(str(tmp_path))
    assert bag.npartitions == 29  # 7 files each: about 32 partitions
    assert clean_files(str(tmp_path), files_per_partition=64).npartitions == 4


def test_bulk_jsonl_on_the_cluster_keeps_the_crawls_fields_as_the_cli_does(client: Client, shared: Path,
                                                                           tmp_path: Path) -> None:
    bulk = shared / "corpus" / "bulk-2025-06-18.jsonl"
    bag = clean_jsonl(str(bulk), lines_per_partition=128)
    assert bag.npartitions == 16 and clean_jsonl(str(bulk)).npartitions == 1
    got = bag.compute()
    cli = subprocess.run([sys.executable, "-m", "cleaner", "--input-format", "jsonl", str(bulk), "-o",
                          str(tmp_path / "out.jsonl")], capture_output=True, timeout=600, cwd=ROOT)
    assert cli.returncode == 0, cli.stderr
    want = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(got) == 1937 and got == want
    assert got[0]["input"]["published"] == "Diperbarui 18 Jun 2025, 14:05 WIB"
    assert got[0]["published"] == "2025-06-18T14:05:00+07:00" and got[0]["author"] == "Sulung Lahitani"


def test_the_readme_dask_script_runs_as_a_plain_script(tmp_path: Path) -> None:
    from tests.readme import block

    source = block("python", "# dask_job.py: python dask_job.py")
    assert 'if __name__ == "__main__":' in source
    (tmp_path / "pages" / "a").mkdir(parents=True)
    html = [p for p in PAGES if p.suffix == ".html"]
    for page in html:
        shutil.copy(page, tmp_path / "pages" / "a" / page.name)
    texts = [p for p in PAGES if p.suffix == ".txt"]
    (tmp_path / "crawl.jsonl").write_text(
        "".join(json.dumps({"url": f"https://contoh.co.id/{i}", "title": f"Judul {i}", "text": p.read_text("utf-8")})
                + "\n" for i, p in enumerate(texts)), encoding="utf-8")
    (tmp_path / "dask_job.py").write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "dask_job.py"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl"))
           for line in f.read_text(encoding="utf-8").splitlines()]
    assert sorted(o["path"] for o in out) == sorted(f"pages/a/{p.name}" for p in html)
    assert all(o["paragraphs"] for o in out)
    assert r.stdout.strip().splitlines()[-1].startswith("(")  # the titles the script prints
