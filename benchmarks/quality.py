"""Quality harness: cleaner against trafilatura, jusText and readability-lxml on gold.

usage: python -m benchmarks.quality [--shared DIR] [--set seeds|corpus|renderings|renderings-nodes|all] [--systems A,B]

Scores every gold record of ``DIR/gold/{seeds,corpus}`` with the method of
``shared/tools/score.py``: token F1 of the body (lower-cased ``\\w+`` tokens,
multiset precision and recall), the rate of pages whose paragraphs equal gold
exactly, and (for cleaner only: the peers have no such fields) the metadata fields.
Text scrapes are given to the peers as HTML with one ``<p>`` per line; HTML pages
as they are. One table per input format, per outlet and overall.

The ``renderings`` set is the HTML pages of ``gold/corpus`` rendered at run time as a
browser prints their visible text, one line a block (`benchmarks.render`), and cleaned
as text scrapes with no URL (as the held-out text scrapes are): the text path on whole
real pages, menus and footers included. Its table ends with the metadata fields the
cleaner missed, by field (captions, related links and tags are what the HTML path
reads from markup: figures, link lists, tag links; a rendered line carries no such mark).
The ``renderings-nodes`` set is the same pages one text node a line, the ``<title>``
first (`benchmarks.render.render_nodes_bytes`: what a crawler's BeautifulSoup
``get_text("\n")`` prints, inline elements on lines of their own).
"""

from __future__ import annotations

import argparse
import collections
import html
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cleaner

TOK = re.compile(r"\w+")
META = ("outlet", "title", "subtitle", "authors", "editors", "published", "dateline",
        "source", "reading_time_minutes", "summary", "captions", "related", "tags")
LISTS = {"captions", "related", "summary", "tags", "authors", "editors"}
DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(t.lower() for t in TOK.findall(text or ""))


def token_f1(pred: str, gold: str) -> float:
    p, g = tokens(pred), tokens(gold)
    common = sum((p & g).values())
    precision = common / max(1, sum(p.values())) if p else (1.0 if not g else 0.0)
    recall = common / max(1, sum(g.values())) if g else 1.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def norm(value: object) -> object:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [norm(x) for x in value]
    return value


def meta_misses(record: dict, gold: dict) -> tuple[list[str], int]:  # type: ignore[type-arg]
    """The scored metadata fields ``record`` gets wrong, and how many were scored."""
    unscored = set(gold.get("_unscored", []))
    missed, total = [], 0
    for key in META:
        if key in unscored or key not in gold:
            continue
        total += 1
        g, o = norm(gold[key]), norm(record.get(key))
        if not ((sorted(g or []) == sorted(o or [])) if key in LISTS else (g == o)):  # type: ignore[arg-type]
            missed.append(key)
    return missed, total


def meta_hits(record: dict, gold: dict) -> tuple[int, int]:  # type: ignore[type-arg]
    missed, total = meta_misses(record, gold)
    return total - len(missed), total


def as_html(text: str) -> str:
    """A text scrape as the peers need it: one ``<p>`` per non-blank line."""
    body = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>{body}</body></html>'


# ---- the systems: each takes (raw bytes, is_html) and returns paragraphs ------------

def run_cleaner(raw: bytes, is_html: bool, outlet: str | None = None) -> tuple[list[str], dict]:  # type: ignore[type-arg]
    record = cleaner.clean(raw, outlet=outlet).to_dict()
    return record["paragraphs"], record


def run_trafilatura(raw: bytes, is_html: bool) -> list[str]:
    import trafilatura

    page = raw.decode("utf-8", "replace") if is_html else as_html(raw.decode("utf-8", "replace"))
    text = trafilatura.extract(page, include_comments=False) or ""
    return [line for line in text.split("\n") if line.strip()]


def run_justext(raw: bytes, is_html: bool) -> list[str]:
    import justext

    page = raw if is_html else as_html(raw.decode("utf-8", "replace")).encode("utf-8")
    paragraphs = justext.justext(page, justext.get_stoplist("Indonesian"), encoding="utf-8")
    return [p.text for p in paragraphs if not p.is_boilerplate]


def run_readability(raw: bytes, is_html: bool) -> list[str]:
    import lxml.html
    from readability import Document

    page = raw.decode("utf-8", "replace") if is_html else as_html(raw.decode("utf-8", "replace"))
    summary = Document(page).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    out = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote"):
        text = " ".join(el.text_content().split())
        if text:
            out.append(text)
    return out or [" ".join(root.text_content().split())]


PEERS: dict[str, Callable[[bytes, bool], list[str]]] = {
    "trafilatura": run_trafilatura,
    "jusText": run_justext,
    "readability": run_readability,
}


@dataclass
class Score:
    f1: list[float] = field(default_factory=list)
    perfect: int = 0
    meta_hit: int = 0
    meta_total: int = 0
    seconds: float = 0.0
    missed: collections.Counter[str] = field(default_factory=collections.Counter)

    def add(self, paragraphs: list[str], gold: dict, record: dict | None = None) -> None:  # type: ignore[type-arg]
        self.f1.append(token_f1("\n\n".join(paragraphs), "\n\n".join(gold["paragraphs"])))
        self.perfect += norm(paragraphs) == norm(gold["paragraphs"])
        if record is not None:
            missed, total = meta_misses(record, gold)
            self.meta_hit += total - len(missed)
            self.meta_total += total
            self.missed.update(missed)


@dataclass
class Page:
    name: str
    outlet: str
    is_html: bool
    raw: bytes
    gold: dict  # type: ignore[type-arg]
    fmt: str = ""  # the table it is scored in: "text", "html" or "rendering"

    def __post_init__(self) -> None:
        self.fmt = self.fmt or ("html" if self.is_html else "text")


SETS = ("seeds", "corpus", "renderings", "renderings-nodes")


def load_pages(shared: Path, which: str) -> list[Page]:
    manifest = {}
    mpath = shared / "corpus" / "manifest.jsonl"
    if mpath.exists():
        for line in mpath.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            manifest["corpus/" + row["file"]] = row
    pages = []
    sets = SETS if which == "all" else (which,)
    for subset in sets:
        rendered = subset.startswith("renderings")
        for gp in sorted((shared / "gold" / ("corpus" if rendered else subset)).glob("*.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            src = shared / gold["file"]
            outlet = manifest.get(gold["file"], {}).get("outlet") or gold["outlet"]
            is_html = src.suffix in (".html", ".htm")
            if rendered and not is_html:
                continue
            if rendered:
                # rendered here, at run time: the rendering of a third-party page is
                # never written into the repo
                from benchmarks.render import render_bytes, render_nodes_bytes

                raw = src.read_bytes()
                if subset == "renderings":
                    text = render_bytes(raw)
                    pages.append(Page(gp.stem, outlet, False, text.encode("utf-8"), gold, fmt="rendering"))
                else:  # one text node a line, as BeautifulSoup's get_text("\n") prints a page
                    nodes = render_nodes_bytes(raw)
                    pages.append(Page(gp.stem, outlet, False, nodes.encode("utf-8"), gold, fmt="rendering-nodes"))
            else:
                pages.append(Page(gp.stem, outlet, is_html, src.read_bytes(), gold))
    return pages


def evaluate(pages: list[Page], systems: list[str]) -> dict[tuple[str, str, str], Score]:
    """Scores keyed by (format, outlet or 'ALL', system)."""
    scores: dict[tuple[str, str, str], Score] = collections.defaultdict(Score)
    for page in pages:
        fmt = page.fmt
        for system in systems:
            start = time.perf_counter()
            record = None
            try:
                if system == "cleaner":
                    paragraphs, record = run_cleaner(page.raw, page.is_html)
                elif system == "cleaner --outlet generic":
                    paragraphs, record = run_cleaner(page.raw, page.is_html, outlet="generic")
                    record = None  # metadata of the forced run is not the contract's
                else:
                    paragraphs = PEERS[system](page.raw, page.is_html)
            except ImportError:
                raise  # a missing peer is a set-up error, not a zero score
            except Exception as e:  # a peer that crashes scores zero on that page
                print(f"  {system} failed on {page.name}: {type(e).__name__}: {e}", file=sys.stderr)
                paragraphs = []
            elapsed = time.perf_counter() - start
            for outlet in (page.outlet, "ALL"):
                s = scores[(fmt, outlet, system)]
                s.add(paragraphs, page.gold, record)
                s.seconds += elapsed
    return scores


TITLES = {
    "text": "text inputs",
    "html": "html inputs",
    "rendering": "renderings (HTML pages as a browser prints their text, cleaned as text with no URL)",
    "rendering-nodes": ("renderings, one text node a line (HTML pages as BeautifulSoup's get_text(\"\\n\") "
                        "prints them, <title> first, cleaned as text with no URL)"),
}


def table(scores: dict[tuple[str, str, str], Score], systems: list[str]) -> str:
    lines = []
    for fmt in TITLES:
        outlets = sorted({o for (f, o, _) in scores if f == fmt and o != "ALL"})
        if not outlets:
            continue
        lines.append(f"\n{TITLES[fmt]}: mean token F1 / exact paragraphs (cleaner: + metadata fields)\n")
        lines.append("| outlet | pages | " + " | ".join(systems) + " |")
        lines.append("|---|---:|" + "---:|" * len(systems))
        for outlet in [*outlets, "ALL"]:
            first = scores[(fmt, outlet, systems[0])]
            cells = []
            for system in systems:
                s = scores[(fmt, outlet, system)]
                n = len(s.f1)
                cell = f"{sum(s.f1) / n:.3f} / {s.perfect}/{n}"
                if s.meta_total:
                    cell += f" / meta {s.meta_hit / s.meta_total:.2f}"
                cells.append(cell)
            label = f"**{outlet}**" if outlet == "ALL" else outlet
            lines.append(f"| {label} | {len(first.f1)} | " + " | ".join(cells) + " |")
        if fmt.startswith("rendering"):
            for system in systems:
                missed = scores[(fmt, "ALL", system)].missed
                if missed:
                    counts = ", ".join(f"{k} {n}" for k, n in missed.most_common())
                    lines.append(f"\n{system}: metadata fields missed (pages): {counts}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder (default: ../shared)")
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    ap.add_argument("--systems", default="cleaner,cleaner --outlet generic,trafilatura,jusText,readability")
    a = ap.parse_args(argv)
    pages = load_pages(a.shared, a.set)
    if not pages:
        print(f"no gold records under {a.shared}/gold", file=sys.stderr)
        return 1
    systems = [s.strip() for s in a.systems.split(",") if s.strip()]
    print(table(evaluate(pages, systems), systems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
