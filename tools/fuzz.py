"""Coverage-guided fuzzing of `cleaner.clean()` with atheris (libFuzzer for Python).

    pip install -e '.[fuzz]'
    python tools/fuzz.py --seconds 600            # bounded run, seeds from the repo
    python tools/fuzz.py --seconds 600 CORPUS_DIR  # keep and grow a corpus

Each input is cleaned as bytes, as text (its UTF-8 reading) and with a forced
outlet, chosen by its first byte. A finding is anything but a record or a
`CleanerError`: another exception, a broken invariant (the checks of
tests/test_invariants.py: nothing vanishes unaccounted, paragraphs are input
lines, str and bytes agree), or an input slower than ``--timeout`` seconds.
libFuzzer writes each finding to ``--artifacts`` (crash-*, timeout-*), and it
goes into tests/test_fuzz_regressions.py as a regression test.

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
    import cleaner
    from cleaner.decode import decode
    from cleaner.html import looks_like_html
    from tests.accounting import check_accounting

OUTLETS = [None, *cleaner.available_outlets()]
CLEANER = cleaner.Cleaner()
MAX_BYTES = cleaner.CleanOptions().max_bytes
SKIP_HTML = False


def one_input(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0] % 4, data[1:]
    outlet = OUTLETS[data[0] // 4 % len(OUTLETS)] if mode == 3 else None
    page: str | bytes = body.decode("utf-8", "replace") if mode in (1, 2) else body
    try:
        text, _ = decode(page, max_bytes=MAX_BYTES)
    except cleaner.CleanerError:
        text = None
    if SKIP_HTML and text is not None and looks_like_html(text):
        return
    try:
        article = CLEANER.clean(page, outlet=outlet)
    except cleaner.CleanerError:
        return
    assert text is not None, "decode raised but clean() did not"
    if not looks_like_html(text):
        check_accounting(article, text)
    assert CLEANER.clean(page, outlet=outlet) == article, "not deterministic"
    if mode == 2:  # the same text as UTF-8 bytes
        again = CLEANER.clean(page.encode("utf-8"), outlet=outlet)  # type: ignore[union-attr]
        assert again.to_dict() == article.to_dict(), "str and its UTF-8 bytes differ"


def seed_corpus(folder: Path) -> None:
    """Seeds: the bundled scrapes and fixtures, in each of the four modes."""
    pages = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "fixtures").glob("*/*.input.txt"))]
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
    ap.add_argument("corpus", nargs="*", help="corpus folders (default: a temporary one seeded from the repo)")
    args, libfuzzer = ap.parse_known_args(argv)
    SKIP_HTML = args.skip_html
    corpus = args.corpus
    if not corpus:
        corpus = [tempfile.mkdtemp(prefix="cleaner-fuzz-")]
        seed_corpus(Path(corpus[0]))
    Path(args.artifacts).mkdir(exist_ok=True)
    flags = [
        f"-max_total_time={args.seconds}", f"-timeout={args.timeout}", "-rss_limit_mb=3072",
        "-max_len=200000", f"-artifact_prefix={args.artifacts}/", "-print_final_stats=1",
    ]
    atheris.Setup([sys.argv[0], *flags, *libfuzzer, *corpus], one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
