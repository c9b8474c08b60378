"""Rewrite fixtures/*/*.expected.json from the current output (review the diff!).

usage: python -m tools.update_golden [--check] [--snippets]
Each fixture is `<slug>.input.txt` (or `.input.html`) with an optional `<slug>.url`,
or a seed named by `seed-<stem>.expected.json` (tests/golden.py finds them); the
expected record is the whole `Article.to_dict()`. With --check nothing is written and
the exit status says whether any fixture would change. With --snippets, a case with
no `<slug>.snippets.json` gets a draft one from its record (never overwritten):
review it, keep the lines that state a decision. fixtures/known_failures/ is
written by hand: its records are what the output should be, not what it is.
"""

from __future__ import annotations

import json
import sys

from tests.golden import draft_snippets, expected_path, fixture_inputs, record_for, snippets_path
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
        snippets = snippets_path(inp)
        if "--snippets" in sys.argv and not check and not snippets.exists():
            draft = draft_snippets(json.loads(out.read_text(encoding="utf-8")))
            snippets.write_text(json.dumps(draft, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print("drafted " + str(snippets.relative_to(ROOT)))
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
