"""The compiled build (mypyc) against the pure-Python package and trafilatura, in one run.

usage: python -m benchmarks.compiled [--site DIR] [--rounds N] [--instructions]

Builds the wheel with ``CLEANER_COMPILE=1`` (`setup.py`; a C compiler and the package
index for mypy are needed; a minute or so) and unpacks it into a temporary directory,
unless ``--site`` names such a directory already (`build_compiled` writes one). Then
runs interleaved rounds, each implementation in a process of its own: the seeds
(``seeds/*.txt``, text) and the bulk rows (``../shared``, text with their URL) through
`cleaner.clean`, and trafilatura on the same pages as HTML (one ``<p>`` per line, as
`benchmarks.pages` gives them); and the dev HTML pages (``../shared/corpus`` with gold,
`benchmarks.pages.html_pages`) as they were served, to both. Times are CPU times of the cleaning alone (rule sets
compiled and pages read before); pages per second are of each implementation's
fastest round, the ratios of the same run's figures.

``--instructions`` counts instead of timing (valgrind's cachegrind, which must be
installed): the instructions a page costs each build, the difference of a run that
cleans every page ``--rounds`` times (seeds; the bulk rows once) after a warm-up and one
that only warms up. Deterministic where times on a shared machine are not, though a
C-level scan is few instructions per character: a count understates what scans cost.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("pure", "compiled", "trafilatura")


#: What a build reads from the checkout (copied, so that the build's own ``build/``
#: directory of generated C lands in the copy, not in the checkout).
SOURCES = ("cleaner", "pyproject.toml", "setup.py", "build_backend.py", "README.md", "LICENSE")


def build_compiled(dest: Path) -> Path:
    """Build the compiled wheel of this checkout and unpack it into ``dest/site`` (a
    directory to put first on ``PYTHONPATH``); returns that directory. Raises
    `subprocess.CalledProcessError` when the build fails."""
    src, wheels = dest / "src", dest / "wheels"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        else:
            src.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
        check=True, env={**os.environ, "CLEANER_COMPILE": "1"}, capture_output=True,
    )
    (wheel,) = wheels.glob("cleaner_berita-*.whl")
    site = dest / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    return site


def environment(kind: str, site: Path | None) -> dict[str, str]:
    """The environment of a child process that imports the ``kind`` build: the compiled
    tree first on the path, or this checkout. Children run outside the checkout, so the
    working directory never shadows the build."""
    path = [str(site), str(ROOT)] if kind == "compiled" and site is not None else [str(ROOT)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path)}


def _child(kind: str, seeds_repeat: int) -> dict[str, float]:
    """Seconds of CPU per page on the seeds, the bulk rows and the dev HTML pages, for one
    implementation."""
    from benchmarks import pages as P

    seeds, bulk, html = P.seed_pages(), P.bulk_pages(), [p.raw for p in P.html_pages()]
    html_repeat = max(1, seeds_repeat // 10)
    if kind == "trafilatura":
        texts = [P.as_html(p.text) for p in seeds]
        bulk_texts = [P.as_html(p.text) for p in bulk]
        P.trafilatura_text(texts[0])

        def on_seeds() -> None:
            for _ in range(max(1, seeds_repeat // 10)):
                for t in texts:
                    P.trafilatura_text(t)

        def on_bulk() -> None:
            for t in bulk_texts:
                P.trafilatura_text(t)

        def on_html() -> None:
            for raw in html:
                P.trafilatura_text(raw)

        html_count = len(html)
        seed_count = max(1, seeds_repeat // 10) * len(seeds)
    else:
        import cleaner
        import cleaner.engine

        compiled = cleaner.engine.__file__.endswith((".so", ".pyd"))
        if compiled != (kind == "compiled"):
            raise SystemExit(f"asked for the {kind} build, imported {cleaner.engine.__file__}")
        pipeline = cleaner.Cleaner()
        for p in seeds + bulk:  # every rule set compiled before timing
            pipeline.clean(p.text, url=p.url)
        for raw in html:
            pipeline.clean(raw)

        def on_seeds() -> None:
            for _ in range(seeds_repeat):
                for p in seeds:
                    pipeline.clean(p.text)

        def on_bulk() -> None:
            for p in bulk:
                pipeline.clean(p.text, url=p.url)

        def on_html() -> None:
            for _ in range(html_repeat):
                for raw in html:
                    pipeline.clean(raw)

        html_count = html_repeat * len(html)
        seed_count = seeds_repeat * len(seeds)
    out = {}
    for name, run, count in (("seeds", on_seeds, seed_count), ("bulk", on_bulk, len(bulk)),
                             ("html", on_html, html_count)):
        if not count:
            continue
        start = time.process_time()
        run()
        out[name] = (time.process_time() - start) / count
    return out


def _count_child(name: str, rounds: int) -> None:
    """Clean the page set ``name`` once (the warm-up: rule sets compiled or loaded), then
    ``rounds`` times more: what a cachegrind run of this process counts."""
    import cleaner
    from benchmarks import pages as P

    pipeline = cleaner.Cleaner()
    if name == "html":
        raws = [p.raw for p in P.html_pages()]
        for _ in range(1 + rounds):
            for raw in raws:
                pipeline.clean(raw)
        return
    pages = P.seed_pages() if name == "seeds" else P.bulk_pages()
    for _ in range(1 + rounds):
        for p in pages:
            pipeline.clean(p.text, url=p.url)


def instructions(site: Path, kind: str, name: str, rounds: int) -> float:
    """Instructions a page of ``name`` (``"seeds"``, ``"bulk"`` or ``"html"``) costs the ``kind``
    build: a cachegrind run of `_count_child` with ``rounds`` rounds minus one with none,
    over the pages cleaned. Each count runs twice; the first fills the rule set cache."""
    from benchmarks import pages as P

    pages = len(P.seed_pages() if name == "seeds" else P.bulk_pages() if name == "bulk" else P.html_pages())

    def count(n: int) -> int:
        with tempfile.TemporaryDirectory() as cwd:
            done = subprocess.run(
                ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                 sys.executable, "-m", "benchmarks.compiled", "--count", name, "--rounds", str(n)],
                cwd=cwd, env=environment(kind, site), check=True, capture_output=True, text=True)
        line = next(x for x in done.stderr.splitlines() if "I" in x and "refs:" in x)
        return int(line.split("refs:")[1].replace(",", "").split()[0])

    count(0)
    return (count(rounds) - count(0)) / (rounds * pages)


def measure(site: Path, rounds: int, seeds_repeat: int = 40) -> dict[str, dict[str, list[float]]]:
    """Per implementation and page set, the seconds per page of each round."""
    times: dict[str, dict[str, list[float]]] = {k: {} for k in KINDS}
    with tempfile.TemporaryDirectory() as cwd:
        for _ in range(rounds):
            for kind in KINDS:
                done = subprocess.run(
                    [sys.executable, "-m", "benchmarks.compiled", "--child", kind, "--seeds-repeat", str(seeds_repeat)],
                    cwd=cwd, env=environment(kind, site), check=True, capture_output=True, text=True,
                )
                for name, value in json.loads(done.stdout).items():
                    times[kind].setdefault(name, []).append(value)
    return times


def report(times: dict[str, dict[str, list[float]]]) -> str:
    sets = ("seeds", "bulk", "html")
    lines = ["pages/s (fastest round; median)      seeds                 bulk rows             dev HTML"]
    for kind in KINDS:
        cells = [f"{1 / min(t):8.0f} ({1 / statistics.median(t):6.0f})" for t in
                 (times[kind].get(s, [float("nan")]) for s in sets)]
        lines.append(f"{kind:36} " + "  ".join(f"{c:>20}" for c in cells))
    for a, b in (("compiled", "pure"), ("compiled", "trafilatura"), ("pure", "trafilatura")):
        ratios = [f"{min(times[b][s]) / min(times[a][s]):6.2f}x" if s in times[a] and s in times[b] else "     -"
                  for s in sets]
        lines.append(f"{a + ' / ' + b:36} " + "  ".join(f"{r:>20}" for r in ratios))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.compiled", description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="an unpacked compiled build (default: build one now)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seeds-repeat", type=int, default=40, help=argparse.SUPPRESS)
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions a page with cachegrind instead of timing (--rounds: seed rounds)")
    ap.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    ap.add_argument("--count", choices=("seeds", "bulk", "html"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.seeds_repeat)))
        return 0
    if args.count:
        _count_child(args.count, args.rounds)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build_compiled(Path(tmp))
        if not args.instructions:
            print(report(measure(site, args.rounds, args.seeds_repeat)))
            return 0
        names = ("seeds", "bulk", "html")
        counts = {(kind, name): instructions(site, kind, name, args.rounds if name == "seeds" else 1)
                  for kind in ("pure", "compiled") for name in names}
        print("instructions a page (cachegrind)      seeds        bulk rows     dev HTML")
        for kind in ("pure", "compiled"):
            print(f"{kind:36} " + "  ".join(f"{counts[kind, n]:>11,.0f}" for n in names))
        print(f"{'pure / compiled':36} "
              + "  ".join(f"{counts['pure', n] / counts['compiled', n]:>10.2f}x" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
