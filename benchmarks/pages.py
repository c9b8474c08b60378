"""The pages the benchmarks run on, and the two references they are compared with.

Bundled: ``seeds/*.txt`` and ``fixtures/*/*.input.txt`` (text scrapes). Read at run
time from ``../shared`` (or ``$CLEANER_SHARED``), never copied: the bulk scrape's rows
and the real HTML pages of the corpus with their gold records.

References, timed in the same run as the cleaner:

* the **floor** (`floor`): a bare line filter, ``splitlines`` + one precompiled regex
  ``fullmatch`` per line + ``join``: the least work any line-based cleaner can do. Its
  regex (`FLOOR_PATTERN`) is a short alternation of the chrome every outlet prints, so
  its cost is Python's per-line overhead, not a rule set's. `rules_alternation` is the
  whole generic rule set joined into one regex, for the same filter shown beside it;
* **trafilatura** (`trafilatura_text`): ``trafilatura.extract`` on the same pages as HTML
  (a text scrape wrapped one ``<p>`` per line, as `benchmarks.quality` gives it to peers).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import regex

from benchmarks.quality import as_html, token_f1

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))
BULK = SHARED / "corpus" / "bulk-2025-06-18.jsonl"

#: The floor's one regex: whole lines of the chrome every outlet prints.
FLOOR_PATTERN = (
    r"ADVERTISEMENT|Advertisement|SCROLL UNTUK MELANJUTKAN MEMBACA|Baca [Jj]uga\s*:.*"
    r"|Gabung di IDN Times|TUTUP|Bagikan|Komentar"
)
FLOOR_RE = re.compile(FLOOR_PATTERN)
FLOOR_REGEX = regex.compile(FLOOR_PATTERN)


@dataclass(frozen=True)
class TextPage:
    """A text scrape: its name, bytes, text, and URL when the source gives one."""

    name: str
    raw: bytes
    text: str
    url: str | None = None


@dataclass(frozen=True)
class HtmlPage:
    """A real HTML page of the shared corpus, with the gold paragraphs of its body."""

    name: str
    raw: bytes
    gold: tuple[str, ...]


def line_filter(pattern: re.Pattern[str] | regex.Pattern[str]) -> Callable[[str], str]:
    """A bare line filter: the lines of a text that ``pattern`` does not match whole."""
    drop = pattern.fullmatch

    def run(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if not drop(line))

    return run


#: The floor, with the stdlib engine and with `regex` (the faster one is the floor).
floor = line_filter(FLOOR_RE)
floor_regex = line_filter(FLOOR_REGEX)


def rules_alternation(module: object = re) -> re.Pattern[str] | regex.Pattern[str]:
    """The generic rule set's line rules joined into one pattern, compiled by ``module``
    (`re` or `regex`): what a bare-regex cleaner with the same vocabulary would run."""
    from cleaner.rules import load_ruleset

    named = regex.compile(r"(?<!\\)\(\?P<[A-Za-z_]\w*>")
    rules = load_ruleset("generic").line_rules
    source = "|".join(f"(?:{named.sub('(?:', r.pattern.pattern)})" for r in rules)
    return module.compile(source)  # type: ignore[attr-defined, no-any-return]


def _read_text(path: Path, name: str) -> TextPage:
    raw = path.read_bytes()
    return TextPage(name, raw, raw.decode("utf-8"))


def seed_pages() -> list[TextPage]:
    """The five bundled seeds (``seeds/*.txt``)."""
    return [_read_text(p, p.stem) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def fixture_pages() -> list[TextPage]:
    """Every text fixture (``fixtures/<outlet>/<slug>.input.txt``)."""
    return [
        _read_text(p, f"{p.parent.name}/{p.name.split('.input.')[0]}")
        for p in sorted((ROOT / "fixtures").glob("*/*.input.txt"))
    ]


def bulk_pages(path: Path = BULK) -> list[TextPage]:
    """The rows of the bulk scrape (url + text), or ``[]`` when the file is absent."""
    if not path.exists():
        return []
    pages = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            row = json.loads(line)
            text = row.get("text") or ""
            pages.append(TextPage(f"bulk:{number}", text.encode("utf-8"), text, row.get("url")))
    return pages


def html_pages(shared: Path = SHARED) -> list[HtmlPage]:
    """The real HTML pages of ``shared/corpus`` that have a gold record."""
    pages = []
    for gold_path in sorted((shared / "gold" / "corpus").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = shared / gold["file"]
        if src.suffix in (".html", ".htm"):
            pages.append(HtmlPage(gold_path.stem, src.read_bytes(), tuple(gold["paragraphs"])))
    return pages


def mean_f1(outputs: list[str], golds: list[tuple[str, ...]]) -> float:
    """Mean token F1 (the shared scorer's method) of body texts against gold paragraphs."""
    scores = [token_f1(out, "\n\n".join(gold)) for out, gold in zip(outputs, golds, strict=True)]
    return sum(scores) / max(1, len(scores))


def trafilatura_text(page: str | bytes) -> str:
    """trafilatura's body text for an HTML page (``""`` when it finds none)."""
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


__all__ = [
    "BULK", "FLOOR_PATTERN", "ROOT", "SHARED", "HtmlPage", "TextPage", "as_html", "bulk_pages",
    "fixture_pages", "floor", "floor_regex", "html_pages", "line_filter", "mean_f1",
    "rules_alternation", "seed_pages", "trafilatura_text",
]
