"""Rewrite fixtures/*/*.expected.json from the current output (review the diff!).

usage: python -m tools.update_golden [--check]
Each fixture is `<slug>.input.txt` (or `.input.html`) with an optional `<slug>.url`;
the expected record is the whole `Article.to_dict()`. With --check nothing is
written and the exit status says whether any fixture would change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import cleaner

ROOT = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_inputs() -> list[Path]:
    return sorted(p for p in ROOT.glob("*/*.input.*") if p.suffix in (".txt", ".html"))


def expected_path(inp: Path) -> Path:
    return inp.with_name(inp.name.split(".input.")[0] + ".expected.json")


def record_for(inp: Path) -> dict:  # type: ignore[type-arg]
    url_file = inp.with_name(inp.name.split(".input.")[0] + ".url")
    url = url_file.read_text(encoding="utf-8").strip() if url_file.exists() else None
    return cleaner.clean(inp.read_bytes(), url=url).to_dict()


def main() -> int:
    check = "--check" in sys.argv
    changed = 0
    for inp in fixture_inputs():
        out = expected_path(inp)
        text = json.dumps(record_for(inp), ensure_ascii=False, indent=2) + "\n"
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            changed += 1
            print(("would change " if check else "wrote ") + str(out.relative_to(ROOT.parent)))
            if not check:
                out.write_text(text, encoding="utf-8")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
