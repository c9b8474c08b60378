"""Learning on real pages: the bulk scrape (SHARED/corpus/bulk-2025-06-18.jsonl) as
learning context for the text gold pages (SHARED/gold/corpus), read at run time."""

from __future__ import annotations

from pathlib import Path

from cleaner import Cleaner
from cleaner.learn.model import LearnedCleaner, iter_jsonl, learn_models
from tests.learn_scoring import BULK, ablated_base, evaluate, summary

#: Generic rules that remove the bulk sites' most frequent chrome. Disabled, they
#: stand for an outlet whose chrome no hand-written rule knows.
ABLATE = ["ad-label", "read-also-bare", "scroll-overlay", "embed-placeholder", "video-promo"]


def test_learning_the_whole_bulk_is_bounded(shared: Path) -> None:
    with (shared / BULK).open(encoding="utf-8") as lines:
        models = learn_models(iter_jsonl(lines))
    assert sum(m.pages for m in models.values()) == 1937
    assert set(models) >= {"liputan6.com", "detik.com", "okezone.com", "tempo.co", "kompas.com"}
    for model in models.values():
        assert len(model) <= model.options.capacity
    # generic already removes the sites' recurring chrome: it is reported, not relearned
    handled = {h.rule for m in models.values() for h in m.select().handled}
    assert {"ad-label", "read-also-bare", "scroll-overlay"} <= handled


def test_learning_loses_no_gold_paragraph(shared: Path, tmp_path: Path) -> None:
    results = evaluate(shared, drafts=tmp_path)
    generic, learned, draft = (summary(results[k]) for k in ("generic", "learned", "draft"))
    assert generic["docs"] == 8
    assert learned["lost"] == 0 and draft["lost"] == 0
    assert learned["meanF1"] >= generic["meanF1"] and learned["perfect"] >= generic["perfect"]
    assert draft["meanF1"] >= learned["meanF1"] and draft["perfect"] >= learned["perfect"]


def test_learning_recovers_chrome_no_rule_knows(shared: Path, tmp_path: Path) -> None:
    """With the generic rules for the bulk sites' chrome disabled, the rules learned
    from the bulk rows take it out again, and lose no story paragraph."""
    base = ablated_base(ABLATE, tmp_path)
    results = evaluate(shared, base=base, drafts=tmp_path / "drafts")
    generic, learned, draft = (summary(results[k]) for k in ("generic", "learned", "draft"))
    assert learned["meanF1"] > generic["meanF1"] and learned["perfect"] > generic["perfect"]
    assert learned["lost"] == 0 and learned["learned_removals"] >= 5
    assert draft["meanF1"] >= learned["meanF1"] and draft["lost"] == 0


def test_both_passes_of_learning_run_over_the_whole_bulk(shared: Path) -> None:
    """--learn's two passes over every bulk row: each row gets a record, and learning
    only takes lines out (its CPU cost against plain cleaning: tests/test_timing.py)."""
    with (shared / BULK).open(encoding="utf-8") as lines:
        rows = list(iter_jsonl(lines))
    learned, plain = LearnedCleaner.learn(iter(rows)), Cleaner()
    for r in rows:
        kept = learned.clean(r.text, url=r.url).paragraphs
        assert set(kept) <= set(plain.clean(r.text, url=r.url).paragraphs), r.url
