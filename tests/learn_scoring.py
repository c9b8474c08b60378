"""Scoring learning on the text gold pages: the helpers behind tools/score_learned.py
and tests/test_learn_bulk.py (one place for both).

For every text page of SHARED/gold/corpus (the ``.txt`` inputs) the page is cleaned
three ways and scored with SHARED/tools/score.py's own functions (token F1 of the
body, exact paragraphs, metadata):

- ``generic``: the rule set its URL picks, alone (what ``python -m cleaner`` does);
- ``learned``: with the rules learned from the bulk rows of its site plus the page
  itself (SHARED/corpus/bulk-2025-06-18.jsonl, read at run time);
- ``draft``: with the draft rule file learned from the bulk rows of its site, loaded
  with `load_ruleset` and forced as the outlet.

``lost`` counts gold paragraphs missing from the output. ``meta`` is the scorer's
metadata agreement without ``outlet`` (a draft names a new outlet by design).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from cleaner import Cleaner, CleanOptions
from cleaner.learn.model import LearnedCleaner, LearnOptions, SiteModel, iter_jsonl, learn_models, site_of
from cleaner.rules import load_ruleset
from tests.paths import shared_tool

BULK = "corpus/bulk-2025-06-18.jsonl"
PATHS = ("generic", "learned", "draft")


@dataclass(frozen=True)
class Score:
    """One page cleaned one way, scored."""

    doc: str
    f1: float
    perfect: bool
    lost: int
    meta_hits: int
    meta_n: int
    learned_removals: int


def load_scorer(shared: Path) -> ModuleType:
    """SHARED/tools/score.py as a module (read at run time, never copied)."""
    return shared_tool(shared, "score")


def text_golds(shared: Path) -> list[tuple[str, dict[str, Any]]]:
    """The gold records of text pages: (name, record)."""
    out = []
    for path in sorted((shared / "gold" / "corpus").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["file"].endswith(".txt"):
            out.append((path.stem, gold))
    return out


def score(scorer: ModuleType, doc: str, gold: dict[str, Any], record: dict[str, Any]) -> Score:
    """Score one record against its gold as SHARED/tools/score.py does."""
    _p, _r, f1 = scorer.prf(record.get("text", ""), "\n\n".join(gold["paragraphs"]))
    paragraphs = scorer.norm(record.get("paragraphs") or [])
    gold_paragraphs = scorer.norm(gold["paragraphs"])
    lost = sum(1 for p in gold_paragraphs if p not in paragraphs)
    unscored = set(gold.get("_unscored", []))
    hits = n = 0
    for key in scorer.META:
        if key == "outlet" or key in unscored or key not in gold:
            continue
        n += 1
        gv, ov = scorer.norm(gold[key]), scorer.norm(record.get(key))
        hits += sorted(gv or []) == sorted(ov or []) if key in scorer.LISTS else gv == ov
    learned = sum(1 for r in record["removed"] if r["rule"].startswith("learned:"))
    return Score(doc, f1, paragraphs == gold_paragraphs, lost, hits, n, learned)


def ablated_base(rules: list[str], folder: Path) -> str:
    """A rule file that extends generic with ``rules`` disabled; returns its path."""
    path = folder / "generic-ablated.toml"
    quoted = ", ".join(json.dumps(r) for r in rules)
    path.write_text(f'[ruleset]\nname = "generic"\nextends = "generic"\ndisable = [{quoted}]\n', encoding="utf-8")
    return str(path)


def evaluate(shared: Path, *, base: str | None = None, drafts: Path,
             options: LearnOptions | None = None) -> dict[str, list[Score]]:
    """Clean and score every text gold page the three ways (see the module docstring)."""
    scorer = load_scorer(shared)
    golds = text_golds(shared)
    sites = {site_of(g["url"]) for _doc, g in golds}
    clean_options = CleanOptions(outlet=base)
    with (shared / BULK).open(encoding="utf-8") as lines:
        rows = (p for p in iter_jsonl(lines) if site_of(p.url) in sites or p.site in sites)
        models: dict[str, SiteModel] = learn_models(rows, options=options, clean_options=clean_options)
    drafts.mkdir(parents=True, exist_ok=True)
    draft_files: dict[str, str] = {}
    for site, model in models.items():
        path = drafts / f"{site}.toml"
        path.write_text(model.draft_toml(), encoding="utf-8")
        load_ruleset.cache_clear()  # a file of the same name may have been loaded before
        draft_files[site] = str(path)
    generic = Cleaner(clean_options)
    results: dict[str, list[Score]] = {name: [] for name in PATHS}
    for doc, gold in golds:
        raw = (shared / gold["file"]).read_bytes()
        url, site = gold["url"], site_of(gold["url"]) or ""
        results["generic"].append(score(scorer, doc, gold, generic.clean(raw, url=url).to_dict()))
        model = copy.deepcopy(models[site])
        model.add(raw)
        learned = LearnedCleaner({site: model.ruleset()}, clean_options)
        results["learned"].append(score(scorer, doc, gold, learned.clean(raw, url=url).to_dict()))
        draft = Cleaner(CleanOptions(outlet=draft_files[site]))
        results["draft"].append(score(scorer, doc, gold, draft.clean(raw, url=url).to_dict()))
    return results


def summary(scores: list[Score]) -> dict[str, float]:
    """Mean F1, share of perfect pages, metadata agreement, paragraphs lost, learned removals."""
    n = max(1, len(scores))
    return {
        "docs": len(scores),
        "meanF1": sum(s.f1 for s in scores) / n,
        "perfect": sum(s.perfect for s in scores) / n,
        "meta": sum(s.meta_hits for s in scores) / max(1, sum(s.meta_n for s in scores)),
        "lost": sum(s.lost for s in scores),
        "learned_removals": sum(s.learned_removals for s in scores),
    }
