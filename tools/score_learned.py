"""Score learning on the text gold pages: the generic path, ``--learn``, and drafts.

usage: python -m tools.score_learned [SHARED] [--ablate RULE,...] [--drafts DIR] [--check]

Each text page of SHARED/gold/corpus is cleaned three ways (``generic``, ``learned``,
``draft``; the drafts are written to DIR, default a temp dir) and scored with
SHARED/tools/score.py's own functions: `tests.learn_scoring` says what each path and
column means.

``--ablate`` disables generic rules first (all three paths), to see what learning
recovers where the hand-written rules miss. ``--check`` exits 1 unless learned
scores >= generic with no paragraph lost, and draft >= learned.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.learn_scoring import PATHS, ablated_base, evaluate, summary, text_golds

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.score_learned", description=__doc__.split("\n")[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"), help="the shared folder")
    parser.add_argument("--ablate", metavar="RULES", default="", help="generic rule ids to disable, comma-separated")
    parser.add_argument("--drafts", metavar="DIR", help="write the drafts here (default: a temp dir)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 unless learned >= generic with nothing lost, and draft >= learned")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        base = ablated_base([r for r in args.ablate.split(",") if r], Path(tmp)) if args.ablate else None
        results = evaluate(shared, base=base, drafts=Path(args.drafts or tmp))
    for i, (doc, _gold) in enumerate(text_golds(shared)):
        cells = []
        for name in PATHS:
            s = results[name][i]
            cells.append(f"{name} F1={s.f1:.3f} {'perfect' if s.perfect else 'imperfect'} lost={s.lost}"
                         + (f" learned={s.learned_removals}" if name != "generic" else ""))
        print(f"{doc[:44]:44s} " + " | ".join(cells))
    sums = {name: summary(results[name]) for name in PATHS}
    for name in PATHS:
        s = sums[name]
        print(f"path={name:8s} docs={s['docs']} meanF1={s['meanF1']:.4f} perfect={s['perfect']:.3f}"
              f" meta={s['meta']:.3f} lost={s['lost']} learned-removals={s['learned_removals']}")
    ok = (sums["learned"]["meanF1"] >= sums["generic"]["meanF1"] and sums["learned"]["lost"] == 0
          and sums["draft"]["meanF1"] >= sums["learned"]["meanF1"])
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
