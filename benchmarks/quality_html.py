"""Body quality on the raw HTML pages with gold: cleaner against its peers, one run.

usage: python -m benchmarks.quality_html [--shared DIR] [--json]

Every extractor gets the same decoded page (cleaner's own decoder: kapanlagi declares
latin-1 but is UTF-8) and is scored with ../shared/tools/score.py's token F1 (lower-case
``\\w+`` tokens, multiset precision and recall) against ``"\\n\\n".join(gold.paragraphs)``.
Rows: cleaner as shipped (``auto``), cleaner with its container always from density or
always from trafilatura, trafilatura alone (default and ``favor_precision``),
readability-lxml and jusText (Indonesian stop list) when installed. Also the share of
pages whose title and date the cleaner gets right, and the mean time per page.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import cleaner
from cleaner.decode import decode
from cleaner.html.sniff import looks_like_html

TOKEN = re.compile(r"\w+")
ROOT = Path(__file__).resolve().parent.parent


def token_f1(pred: str, gold: str) -> float:
    p = collections.Counter(t.lower() for t in TOKEN.findall(pred or ""))
    g = collections.Counter(t.lower() for t in TOKEN.findall(gold))
    common = sum((p & g).values())
    precision = common / max(1, sum(p.values())) if p else (1.0 if not g else 0.0)
    recall = common / max(1, sum(g.values())) if g else 1.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _cleaner(mode: str) -> Callable[[str, bytes], str]:
    c = cleaner.Cleaner(cleaner.CleanOptions(html_main=mode))
    return lambda text, raw: c.clean(raw).text


def _trafilatura(**kw: object) -> Callable[[str, bytes], str]:
    import trafilatura

    return lambda text, raw: trafilatura.extract(text, include_comments=False, **kw) or ""


def _readability() -> Callable[[str, bytes], str] | None:
    try:
        from readability import Document
    except ImportError:
        return None
    import lxml.html

    def run(text: str, raw: bytes) -> str:
        summary = lxml.html.fromstring(Document(text).summary())
        for br in summary.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for el in summary.iter("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"):
            el.tail = "\n" + (el.tail or "")
        return summary.text_content()

    return run


def _justext() -> Callable[[str, bytes], str] | None:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("Indonesian")
    return lambda text, raw: "\n\n".join(
        p.text for p in justext.justext(text.encode("utf-8"), stoplist, encoding="utf-8") if not p.is_boilerplate)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get("CLEANER_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    shared = Path(args.shared)
    golds = sorted((shared / "gold" / "corpus").glob("*.json"))
    pages = []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (shared / gold["file"]).read_bytes()
        if not looks_like_html(raw[:4096].decode("utf-8", "replace")):
            continue
        text, _ = decode(raw, max_bytes=1 << 26)
        pages.append((path.stem, gold, raw, text))
    peers: dict[str, Callable[[str, bytes], str] | None] = {
        "cleaner": _cleaner("auto"),
        "cleaner (density only)": _cleaner("density"),
        "cleaner (trafilatura container)": _cleaner("trafilatura"),
        "trafilatura": _trafilatura(),
        "trafilatura favor_precision": _trafilatura(favor_precision=True),
        "readability-lxml": _readability(),
        "jusText": _justext(),
    }
    results: dict[str, dict[str, object]] = {}
    for name, run in peers.items():
        if run is None:
            continue
        run(pages[0][3], pages[0][2])  # warm up: imports, compiled rules
        scores, start = {}, time.perf_counter()
        for stem, gold, raw, text in pages:
            scores[stem] = token_f1(run(text, raw), "\n\n".join(gold["paragraphs"]))
        ms = (time.perf_counter() - start) * 1000 / len(pages)
        results[name] = {"mean_f1": statistics.mean(scores.values()), "ms_per_page": ms, "pages": scores}
    titles = dates = 0
    for _stem, gold, raw, _text in pages:
        article = cleaner.clean(raw)
        titles += article.title == gold["title"]
        dates += article.published == gold["published"]
    meta = {"pages": len(pages), "title_right": titles / len(pages), "date_right": dates / len(pages)}
    if args.json:
        print(json.dumps({"results": results, "cleaner_metadata": meta}, indent=2))
        return 0
    stems = [p[0] for p in pages]
    print(f"{'page':40s} " + " ".join(f"{n[:12]:>12s}" for n in results))
    for stem in stems:
        print(f"{stem[:40]:40s} " + " ".join(f"{r['pages'][stem]:12.3f}" for r in results.values()))  # type: ignore[index]
    print()
    for name, r in results.items():
        print(f"{name:34s} mean F1 {r['mean_f1']:.4f}   {r['ms_per_page']:.1f} ms/page")
    print(f"cleaner titles right {meta['title_right']:.0%}, dates right {meta['date_right']:.0%} "
          f"on {meta['pages']} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
