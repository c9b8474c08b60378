"""Lexbor tree construction (serialized, read back by lxml) against lxml's own HTML
parser: parse-and-walk time and extraction quality on the dev corpus's HTML pages and
trafilatura's evaluation suite, in one process.

    python -m benchmarks.parse_routes [--limit N]

The suite is unpacked from ``../shared/corpus/peer-suites/`` to ``--dir`` on first use.
Times are process CPU time, the fastest of ``--rounds`` rounds per page, summed; the
quality figures are the shared tools' measures (token F1 against gold for the corpus,
trafilatura's snippet F1 for the suite), with the same `Cleaner` on each route.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cleaner
import cleaner.html.parse as hp
from cleaner.decode import decode
from cleaner.html.sniff import markup_start

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_TOKEN = re.compile(r"\w+")


def lxml_only(text: str) -> Any | None:
    """`cleaner.html.parse.parse_html` without Lexbor: the same bounds, libxml2's tree."""
    from lxml import etree

    text = hp._XML_PROLOG.sub("", text, count=1)
    text = hp._cut_doctype_subset(text)
    if not text.strip():
        return None
    text = hp.cap_attribute_count(text)
    parser = hp._parser()
    try:
        root = etree.fromstring(text, parser=parser)
        if any("depth" in e.message for e in parser.error_log):
            root = etree.fromstring(hp.flatten_deep(text, hp.FLAT_DEPTH), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


ROUTES: dict[str, Callable[[str], Any | None]] = {"lexbor": hp.parse_html, "lxml": lxml_only}


def _token_f1(pred: str, gold: str) -> float:
    p = Counter(t.lower() for t in _TOKEN.findall(pred))
    g = Counter(t.lower() for t in _TOKEN.findall(gold))
    common = sum((p & g).values())
    if not p or not g or not common:
        return float(p == g)
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _walk_seconds(texts: list[str], parse: Callable[[str], Any | None], rounds: int) -> float:
    total = 0.0
    for text in texts:
        best = float("inf")
        for _ in range(rounds):
            start = time.process_time()
            root = parse(text[markup_start(text) or 0:])
            if root is not None:
                body = root.find("body")
                hp.html_text_blocks(body if body is not None else root, max_depth=400)
            best = min(best, time.process_time() - start)
        total += best
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default="/tmp/trafilatura-eval")
    ap.add_argument("--limit", type=int, default=0, help="first N suite pages only")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("peer_eval", SHARED / "tools" / "peer_eval.py")
    assert spec is not None and spec.loader is not None
    peer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(peer)
    suite = peer.load(args.dir)
    if args.limit:
        suite = suite[:args.limit]
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SHARED / "gold" / "corpus").glob("*.json"))]
    corpus = [(g, (SHARED / g["file"]).read_bytes()) for g in golds if g["file"].endswith(".html")]
    texts = {
        "corpus": [decode(raw, max_bytes=1 << 26)[0] for _, raw in corpus],
        "suite": [decode(raw, max_bytes=1 << 26)[0] for _, _, raw in suite],
    }
    c = cleaner.Cleaner()
    for name, parse in ROUTES.items():
        hp.parse_html = parse  # read_page looks it up on every call
        try:
            walk = {k: _walk_seconds(v, parse, args.rounds) for k, v in texts.items()}
            f1 = sum(_token_f1(c.clean(raw).text, "\n\n".join(g["paragraphs"])) for g, raw in corpus) / len(corpus)
            tp = fp = fn = empty = 0
            for _, item, raw in suite:
                out = c.clean(raw).text
                empty += not out
                k = peer.count(item, out)
                tp, fp, fn = tp + k[0], fp + k[1], fn + k[2]
        finally:
            hp.parse_html = ROUTES["lexbor"]
        print(f"{name:7s} corpus: {len(corpus)} pages parse+walk {walk['corpus'] * 1000:7.1f} ms, mean F1 {f1:.4f} | "
              f"suite: {len(suite)} pages parse+walk {walk['suite']:6.2f} s, "
              f"F1 {2 * tp / max(1, 2 * tp + fp + fn):.4f}, empty {empty}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
