"""No story line kept by the base is lost: the bulk rows against a digest of the base.

usage: python -m tools.lost_lines SHARED [--write-baseline] [--approve] [--show]

``tools/data/bulk-kept.json`` holds, per row of ``SHARED/corpus/bulk-2025-06-18.jsonl``
(0-based), the numbers of the lines the base commit (9bfe1f4) kept as body, and a
digest of each row's text (so a changed corpus is noticed). It holds line numbers and
hashes only, no text of the pages.

For every line the base kept, the current cleaner must still keep it, or keep parts of
it: the parts it cuts away (chrome glued to the story: a ``Baca juga`` link, a promo,
a dateline) must each be listed in ``tools/data/bulk-approved.txt`` as reviewed, by
row, line, rule and a hash of the part's text; and the parts, body and removed, must
hold every non-space character of the line (nothing vanishes without a removal; the
characters that print as nothing at its ends are stripped with its spaces). A
dateline cut from the start of a kept line (at most 60 characters) needs no approval:
the base cuts datelines too.
``--approve`` rewrites the approved list from the current output (review the
``--show`` listing first!); ``--write-baseline`` rewrites the digest (only at the
base commit).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BULK = "corpus/bulk-2025-06-18.jsonl"
DATA = Path(__file__).resolve().parent / "data"
BASELINE = DATA / "bulk-kept.json"
APPROVED = DATA / "bulk-approved.txt"
#: A dateline cut from the start of a kept line ("Liputan6.com, Jakarta -") is how the
#: base keeps it too: the cut is not listed for approval while it is this short.
DATELINE = "dateline:"
MAX_DATELINE = 60


def digest(text: str) -> str:
    """A short, stable hash of ``text`` (white space folded)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def rows(shared: Path) -> Iterator[tuple[str, str | None]]:
    """``(text, url)`` of each bulk row, in file order."""
    with (shared / BULK).open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield row["text"], row.get("url")


@dataclass(frozen=True, slots=True)
class Cut:
    """A part of a line the base kept that is now removed."""

    row: int
    line: int
    rule: str
    hash: str
    text: str

    def key(self) -> str:
        return f"{self.row} {self.line} {self.rule} {self.hash}"


@dataclass(frozen=True, slots=True)
class Report:
    cuts: list[Cut]           # every removed part of a base-kept line
    unapproved: list[Cut]     # ... not in the approved list
    vanished: list[tuple[int, int, str]]  # (row, line, what is missing) lost with no removal
    changed_rows: list[int]   # rows whose text no longer matches the digest


def _kept_lines_base(text: str, url: str | None) -> list[int]:
    import cleaner

    article = cleaner.clean(text, url=url)
    removed = {r.line for r in article.removed}
    numbers = [n for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)
               if line.strip()]
    return [n for n in numbers if n not in removed]


def write_baseline(shared: Path) -> None:
    out = {"corpus": BULK, "rows": []}
    for text, url in rows(shared):
        out["rows"].append({"sha": digest(text), "kept": _kept_lines_base(text, url)})  # type: ignore[attr-defined]
    DATA.mkdir(exist_ok=True)
    BASELINE.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")


def _parts_by_line(text: str, url: str | None) -> dict[int, list[tuple[str, str | None]]]:
    """Per input line, its parts as the engine cut them: ``(text, rule or None)``."""
    from cleaner.detect import detect_outlet
    from cleaner.engine import run_passes
    from cleaner.options import CleanOptions
    from cleaner.rules import load_ruleset
    from cleaner.segment import split_lines

    blocks = split_lines(text, max_line_chars=CleanOptions().max_line_chars)
    ruleset = load_ruleset(detect_outlet("\n".join(b.text for b in blocks), url))
    page = run_passes(blocks, ruleset)
    parts: dict[int, list[tuple[str, str | None]]] = {}
    for i, (block, verdict) in enumerate(zip(page.blocks, page.verdicts, strict=True)):
        entry = parts.setdefault(block.number, [])
        if verdict is None and page.first_index == i and page.first_text is not None:
            cut = block.text[: len(block.text) - len(page.first_text)]
            if cut.strip():
                entry.append((cut, f"{DATELINE}{page.dateline_rule}"))
            entry.append((page.first_text, None))
        else:
            entry.append((block.text, verdict))
    return parts


def check(shared: Path) -> Report:
    from cleaner.segment import INVISIBLE_OR_SPACE

    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    approved = set(APPROVED.read_text(encoding="utf-8").split("\n")) if APPROVED.exists() else set()
    cuts: list[Cut] = []
    vanished: list[tuple[int, int, str]] = []
    changed: list[int] = []
    for index, ((text, url), entry) in enumerate(zip(rows(shared), base["rows"], strict=True)):
        if digest(text) != entry["sha"]:
            changed.append(index)
            continue
        parts = _parts_by_line(text, url)
        source = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for n in entry["kept"]:
            line_parts = parts.get(n, [])
            # Characters that print as nothing at the line's ends are stripped with its
            # spaces (`cleaner.segment.INVISIBLE`): no more a part of it than they are.
            whole = "".join(" ".join(source[n - 1].split()).strip(INVISIBLE_OR_SPACE).split())
            got = "".join("".join(p.split()) for p, _ in line_parts)
            if sorted(whole) != sorted(got):
                vanished.append((index, n, source[n - 1]))
            for part, rule in line_parts:
                if rule is not None and not (rule.startswith(DATELINE) and len(part) <= MAX_DATELINE):
                    cuts.append(Cut(index, n, rule, digest(part), part))
    unapproved = [c for c in cuts if c.key() not in approved]
    return Report(cuts, unapproved, vanished, changed)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0]) if args and not args[0].startswith("-") else Path("../shared")
    if "--write-baseline" in args:
        write_baseline(shared)
        return 0
    report = check(shared)
    if "--approve" in args:
        APPROVED.write_text("".join(c.key() + "\n" for c in report.cuts), encoding="utf-8")
    if "--show" in args:
        for c in report.cuts:
            mark = "NEW " if c in report.unapproved else ""
            print(f"{mark}row {c.row} line {c.line} [{c.rule}] {c.text[:160]}")
    for row, line, text in report.vanished:
        print(f"VANISHED row {row} line {line}: {text[:160]}")
    print(f"rows={len(base_rows(shared))} cut-parts={len(report.cuts)} unapproved={len(report.unapproved)} "
          f"vanished={len(report.vanished)} changed-rows={len(report.changed_rows)}")
    ok = not (report.vanished or report.changed_rows or (report.unapproved and "--approve" not in args))
    return 0 if ok else 1


def base_rows(shared: Path) -> list[object]:
    return list(json.loads(BASELINE.read_text(encoding="utf-8"))["rows"])


if __name__ == "__main__":
    sys.exit(main())
