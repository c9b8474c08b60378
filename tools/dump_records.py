"""Dump every record the cleaner makes of the project's and the shared pages, to compare
a change's before and after (a change that should not move a record proves it).

usage: python -m tools.dump_records OUT.jsonl [--shared DIR]
       python -m tools.dump_records --compare BEFORE.jsonl AFTER.jsonl

Inputs: the repo's seeds and fixtures, ``../shared``'s seeds and dev corpus (text and
HTML files), and each bulk row's ``text`` with its URL, without, and with each rule set forced. One JSON line per
input: ``{"input": name, "record": Article.to_dict()}`` (or ``"error"``: the exception's
type and message). ``--compare`` prints the inputs whose line differs and exits 1 when
any does. Reads the shared pages in place; copies nothing of them into the repo.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _inputs(shared: Path) -> Iterator[tuple[str, bytes | str, str | None, str | None]]:
    """(name, page, url, forced outlet) for every page, in a fixed order."""
    from cleaner import available_outlets

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path.read_bytes(), None, None
    for path in sorted(ROOT.glob("fixtures/*/*.input.*")):
        url_file = path.with_name(path.name.split(".input.")[0] + ".url")
        url = url_file.read_text(encoding="utf-8").strip() if url_file.exists() else None
        yield f"fixtures/{path.relative_to(ROOT / 'fixtures')}", path.read_bytes(), url, None
    for path in sorted((shared / "seeds").glob("*")):
        if path.is_file():
            yield f"shared/seeds/{path.name}", path.read_bytes(), None, None
    for path in sorted((shared / "corpus" / "raw").rglob("*")):
        if path.is_file():
            yield f"shared/corpus/{path.relative_to(shared / 'corpus')}", path.read_bytes(), None, None
    bulk = shared / "corpus" / "bulk-2025-06-18.jsonl"
    if bulk.exists():
        with bulk.open(encoding="utf-8") as rows:
            for n, line in enumerate(rows):
                row = json.loads(line)
                text = row.get("text") or ""
                yield f"bulk/{n}", text, row.get("url"), None
                yield f"bulk/{n}/no-url", text, None, None
                for outlet in available_outlets():  # every rule set on every row
                    yield f"bulk/{n}/{outlet}", text, None, outlet


def dump(out: Path, shared: Path) -> int:
    """Write one line per input to ``out``; returns the number of inputs."""
    import cleaner

    count = 0
    with out.open("w", encoding="utf-8") as f:
        for name, page, url, outlet in _inputs(shared):
            try:
                record = cleaner.clean(page, url=url, outlet=outlet).to_dict()
                entry: dict[str, object] = {"input": name, "record": record}
            except Exception as e:  # a difference in errors is a difference too
                entry = {"input": name, "error": f"{type(e).__name__}: {e}"}
            f.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def compare(before: Path, after: Path) -> int:
    """Print the inputs whose records differ; 1 when any does (or the inputs differ)."""
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    names_a = [json.loads(x)["input"] for x in a]
    names_b = [json.loads(x)["input"] for x in b]
    if names_a != names_b:
        print(f"the inputs differ: {len(names_a)} before, {len(names_b)} after")
        return 1
    diff = [name for name, x, y in zip(names_a, a, b, strict=True) if x != y]
    for name in diff[:50]:
        print(f"differs: {name}")
    print(f"{len(a)} records compared, {len(diff)} differ")
    return 1 if diff else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="where to write the records (JSON lines)")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    a = ap.parse_args(argv)
    if a.compare:
        return compare(*a.compare)
    if a.out is None:
        ap.error("give OUT.jsonl or --compare BEFORE AFTER")
    print(f"{dump(a.out, a.shared)} records written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
