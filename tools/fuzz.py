"""Coverage-guided fuzzing of `cleaner.clean()` with atheris (libFuzzer for Python).

    pip install -e '.[fuzz]'
    python tools/fuzz.py --seconds 600            # bounded run, seeds from the repo
    python tools/fuzz.py --seconds 600 CORPUS_DIR  # keep and grow a corpus

The target is tests/fuzz_target.py: each input is cleaned as bytes, as text (its
UTF-8 reading) or with a forced outlet, chosen by its first byte. A finding is
anything but a record or a `CleanerError`: another exception, a broken invariant
(nothing vanishes unaccounted, paragraphs are input lines, str and bytes agree,
deterministic), or an input slower than ``--timeout`` seconds. libFuzzer writes
each finding to ``--artifacts`` (crash-*, timeout-*); it goes into
tests/test_fuzz_regressions.py, which replays it through the same target.

Until the HTML front end lands, ``--skip-html`` leaves out inputs that look like
HTML (the placeholder raises NotImplementedError for them).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports():
    import cleaner  # noqa: F401 - instrumented for coverage
    from tests.fuzz_target import one_input

SKIP_HTML = False


def target(data: bytes) -> None:
    one_input(data, skip_html=SKIP_HTML)


def seed_corpus(folder: Path) -> None:
    """Seeds: the bundled scrapes and fixtures, in each of the four modes."""
    pages = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "fixtures").glob("*/*.input.*"))]
    for i, path in enumerate(pages):
        raw = path.read_bytes()
        for mode in range(4):
            (folder / f"seed-{i}-{mode}").write_bytes(bytes([mode]) + raw)


def main(argv: list[str] | None = None) -> int:
    global SKIP_HTML
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=600, help="total run time (default 600)")
    ap.add_argument("--timeout", type=int, default=10, help="seconds one input may take (default 10)")
    ap.add_argument("--artifacts", default="fuzz-artifacts", help="folder for findings")
    ap.add_argument("--skip-html", action="store_true", help="leave out inputs that look like HTML")
    ap.add_argument("corpus", nargs="*", help="corpus folders; an empty first one is seeded from the repo "
                    "(default: a temporary one)")
    args, libfuzzer = ap.parse_known_args(argv)
    SKIP_HTML = args.skip_html
    corpus = args.corpus or [tempfile.mkdtemp(prefix="cleaner-fuzz-")]
    if not any(Path(corpus[0]).iterdir()):
        seed_corpus(Path(corpus[0]))
    Path(args.artifacts).mkdir(exist_ok=True)
    flags = [
        f"-max_total_time={args.seconds}", f"-timeout={args.timeout}", "-rss_limit_mb=3072",
        "-max_len=200000", f"-artifact_prefix={args.artifacts}/", "-print_final_stats=1",
    ]
    atheris.Setup([sys.argv[0], *flags, *libfuzzer, *corpus], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
