"""Rewrite fixtures/*/*.expected.json from the current output (review the diff!).

usage: python -m tools.update_golden [--check]
Each fixture is `<slug>.input.txt` (or `.input.html`) with an optional `<slug>.url`,
or a seed named by `seed-<stem>.expected.json` (tests/golden.py finds them); the
expected record is the whole `Article.to_dict()`. With --check nothing is written and
the exit status says whether any fixture would change. fixtures/known_failures/ is
written by hand: its records are what the output should be, not what it is.
"""

from __future__ import annotations

import json
import sys

from tests.golden import expected_path, fixture_inputs, record_for
from tests.paths import ROOT


def main() -> int:
    check = "--check" in sys.argv
    changed = 0
    for inp in fixture_inputs():
        out = expected_path(inp)
        text = json.dumps(record_for(inp), ensure_ascii=False, indent=2) + "\n"
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            changed += 1
            print(("would change " if check else "wrote ") + str(out.relative_to(ROOT)))
            if not check:
                out.write_text(text, encoding="utf-8")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
