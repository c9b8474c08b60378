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
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import tomllib
from importlib import resources
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports():
    import cleaner
    from tests.fuzz_target import one_input

def target(data: bytes) -> None:
    one_input(data)


def seed_corpus(folder: Path) -> None:
    """Seeds: the bundled scrapes and fixtures, in each of the four modes."""
    pages = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "fixtures").glob("*/*.input.*"))]
    for i, path in enumerate(pages):
        raw = path.read_bytes()
        for mode in range(4):
            (folder / f"seed-{i}-{mode}").write_bytes(bytes([mode]) + raw)


#: Dictionary entries: HTML syntax, charsets, encodings' marks, dates, datelines.
TOKENS: tuple[bytes, ...] = (
    b"<!DOCTYPE html>", b"<html>", b"<head>", b"<body>", b"<p>", b"</p>", b"<div>", b"</div>", b"<br>",
    b"<!--", b"-->", b'<meta charset="', b'<meta http-equiv="Content-Type" content="text/html; charset=',
    b'<?xml version="1.0" encoding="', b"<script>", b"</script>", b"<style>", b"<title>", b"<h1>",
    b"<article>", b'<a href="', b'<img src="', b"<figcaption>", b"&amp;", b"&nbsp;", b"&#8220;",
    b"<!ENTITY", b"<![CDATA[", b"utf-8", b"iso-8859-1", b"windows-1252", b"utf-16", b"gbk", b"base64",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\x93", b"\x94",
    b"\xc3\xa2\xe2\x82\xac", b" WIB", b" WITA", b"Senin, ", b" September 2022 ", b"14:45", b" - ",
    b", Jakarta - ", b"TEMPO.CO", b"IDN Times", b"kumparan",
)


def write_dictionary(path: Path) -> None:
    """A libFuzzer dictionary: `TOKENS` and the words of every rule sample, so
    mutations speak the language the rules match."""
    words = list(TOKENS)
    for name in cleaner.available_outlets():
        raw = tomllib.loads((resources.files("cleaner") / "rules" / f"{name}.toml").read_text("utf-8"))
        for rule in raw.get("rule", []):
            for sample in rule["samples"]:
                words += [w.encode() for w in re.findall(r"[A-Za-z][A-Za-z.:-]{3,20}", sample)]
    lines = ['"' + "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02x}" for b in word) + '"'
             for word in dict.fromkeys(words)]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=600, help="total run time (default 600)")
    ap.add_argument("--timeout", type=int, default=10, help="seconds one input may take (default 10)")
    ap.add_argument("--artifacts", default="fuzz-artifacts", help="folder for findings")
    ap.add_argument("corpus", nargs="*", help="corpus folders; an empty first one is seeded from the repo "
                    "(default: a temporary one)")
    args, libfuzzer = ap.parse_known_args(argv)
    corpus = args.corpus or [tempfile.mkdtemp(prefix="cleaner-fuzz-")]
    if not any(Path(corpus[0]).iterdir()):
        seed_corpus(Path(corpus[0]))
    Path(args.artifacts).mkdir(exist_ok=True)
    dictionary = Path(tempfile.mkdtemp(prefix="cleaner-fuzz-dict-")) / "cleaner.dict"
    write_dictionary(dictionary)
    flags = [f"-dict={dictionary}",
        f"-max_total_time={args.seconds}", f"-timeout={args.timeout}", "-rss_limit_mb=3072",
        "-max_len=200000", f"-artifact_prefix={args.artifacts}/", "-print_final_stats=1",
    ]
    atheris.Setup([sys.argv[0], *flags, *libfuzzer, *corpus], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
