"""The quality harness (benchmarks/quality.py) and the generic path's floors, scored
on the real pages in ../shared/gold (read at run time, never copied)."""

from __future__ import annotations

from pathlib import Path
from statistics import mean

from benchmarks import quality


def test_token_f1_method() -> None:
    assert quality.token_f1("a b c", "a b c") == 1.0
    assert quality.token_f1("", "") == 1.0
    assert quality.token_f1("a a", "a") == 2 * 0.5 * 1.0 / 1.5


def test_generic_path_on_text_corpus(shared: Path) -> None:
    """Issue floor: mean token F1 >= 0.98 on the text pages of gold/corpus, better than
    every peer in the same run, and no gold paragraph lost."""
    pages = [p for p in quality.load_pages(shared, "corpus") if not p.is_html]
    assert len(pages) >= 8
    systems = ["cleaner", "trafilatura", "jusText", "readability"]
    scores = quality.evaluate(pages, systems)
    ours = mean(scores[("text", "ALL", "cleaner")].f1)
    assert ours >= 0.98
    for peer in systems[1:]:
        assert ours > mean(scores[("text", "ALL", peer)].f1), peer
    for page in pages:
        kept = set(quality.run_cleaner(page.raw, False)[0])
        assert set(page.gold["paragraphs"]) <= kept, page.name


def test_generic_rules_alone_on_seeds(shared: Path) -> None:
    """Issue floor: with --outlet generic forced, mean F1 >= 0.95 on the seeds."""
    pages = quality.load_pages(shared, "seeds")
    scores = quality.evaluate(pages, ["cleaner --outlet generic"])
    assert mean(scores[("text", "ALL", "cleaner --outlet generic")].f1) >= 0.95


def test_table_prints_every_system(shared: Path) -> None:
    pages = quality.load_pages(shared, "seeds")[:2]
    out = quality.table(quality.evaluate(pages, ["cleaner", "trafilatura"]), ["cleaner", "trafilatura"])
    assert "| **ALL** | 2 | 1.000 / 2/2" in out and "trafilatura" in out
