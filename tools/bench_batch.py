"""Time the batch CLI with one and two worker processes, alternating, on a page directory.

    python -m tools.make_batch_corpus /tmp/pages10k
    python -m tools.bench_batch /tmp/pages10k --rounds 4

Each run is ``python -m cleaner DIR --jsonl --jobs N --quiet -o OUT``; the tool prints
its wall time, the CPU time (user+system) of its process tree, the 1-minute load
average before it, and checks that every file has its record, in order, and that both
job counts wrote the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(corpus: Path, jobs: int, out: Path) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.run([sys.executable, "-m", "cleaner", str(corpus), "--jsonl", "--jobs", str(jobs), "--quiet",
                           "-o", str(out)], cwd=ROOT, timeout=1800).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(args.corpus) for name in names)
    with tempfile.TemporaryDirectory() as tmp:
        outs = {jobs: Path(tmp) / f"out-j{jobs}.jsonl" for jobs in (1, 2)}
        for rnd in range(1, args.rounds + 1):
            for jobs, out in outs.items():
                load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
                wall, cpu, code = run(args.corpus, jobs, out)
                records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
                errors = sum("error" in r for r in records)
                in_order = [r["path"] for r in records] == files
                print(f"round={rnd} jobs={jobs} exit={code} wall={wall:.1f}s cpu={cpu:.1f}s records={len(records)} "
                      f"errors={errors} every_file_in_order={in_order} load1_before={load}", flush=True)
        print("outputs of --jobs 1 and --jobs 2 identical:", outs[1].read_bytes() == outs[2].read_bytes())


if __name__ == "__main__":
    main()
