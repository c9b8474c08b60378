"""Learning on real pages: the bulk scrape (SHARED/corpus/bulk-2025-06-18.jsonl) as
learning context for the text gold pages (SHARED/gold/corpus), read at run time."""

from __future__ import annotations

import time
from pathlib import Path

from cleaner import Cleaner
from cleaner.learn import LearnedCleaner, iter_jsonl, learn_models
from tools.score_learned import BULK, ablated_base, evaluate, summary

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


def test_learning_costs_less_than_a_second_cleaning_pass(shared: Path) -> None:
    """Both passes of --learn over all the bulk rows take at most twice the CPU time
    of cleaning them without learning (best of three runs each)."""
    with (shared / BULK).open(encoding="utf-8") as lines:
        rows = list(iter_jsonl(lines))
    plain = Cleaner()

    def cpu(fn: object) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            fn()  # type: ignore[operator]
            times.append(time.process_time() - start)
        return min(times)

    def without() -> None:
        for r in rows:
            plain.clean(r.text, url=r.url)

    def with_learning() -> None:
        cleaner = LearnedCleaner.learn(iter(rows))
        for r in rows:
            cleaner.clean(r.text, url=r.url)

    assert cpu(with_learning) <= 2 * cpu(without)
