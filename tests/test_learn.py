"""Learning a site's chrome from its own pages (cleaner.learn.model, cleaner.learn.draft,
cleaner.learn.cli), on a generated fake site (tests/fakesite.py)."""

from __future__ import annotations

import json
import pickle
import random
import tomllib
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner, CleanOptions, RuleSetError
from cleaner.learn.cli import main as learn_main
from cleaner.learn.model import (
    LearnedCleaner,
    LearnOptions,
    LearnPage,
    SiteModel,
    learn_models,
    learn_rulesets,
    merge_models,
    site_of,
)
from cleaner.learn.templates import template_of, template_pattern
from cleaner.rules import compile_ruleset, load_ruleset, loads_ruleset
from tests.fakesite import DISCLAIMER, PROMO, QUOTE, SITE, site_pages

PREFIX = f"learned:{SITE}:"


def learned_model(pages: list, **opts: object) -> SiteModel:  # type: ignore[type-arg]
    model = SiteModel(SITE, options=LearnOptions(**opts))  # type: ignore[arg-type]
    for page in pages:
        model.add(page.text, title=page.title)
    return model


@pytest.fixture(scope="module")
def pages() -> list:  # type: ignore[type-arg]
    return site_pages(60)


@pytest.fixture(scope="module")
def model(pages: list) -> SiteModel:  # type: ignore[type-arg]
    return learned_model(pages)


# ---- templates ----------------------------------------------------------------------

def test_templates_match_across_counts_dates_and_titles() -> None:
    assert template_of("10 jam lalu") == template_of("3 jam lalu")
    assert template_of("Baca juga: Harga Cabai Naik Lagi") == template_of("Baca juga:Banjir Rendam Tiga Desa")
    assert template_of("Diperbarui Senin, 3 Juni 2025") == template_of("Diperbarui Kamis, 21 Agustus 2024")
    assert template_of("Simak juga Video 'Warga Antre':") == template_of("Simak juga Video 'Harga Naik 10%':")
    title = "Pasar Induk Ramai Menjelang Lebaran"
    assert template_of(f"Berita {title} selengkapnya", title=title) == \
        template_of("Berita Sekolah Baru Dibuka di Pesisir selengkapnya", title="Sekolah Baru Dibuka di Pesisir")
    # too little of the line is fixed to say anything about a site
    assert template_of("12") is None and template_of("(2)") is None
    # a story sentence after a label is not a linked title: it keeps its words
    assert template_of("Kata dia: semua warga sudah pulang.") != template_of("Kata dia: rapat ditunda.")


def test_template_patterns_match_their_lines() -> None:
    import regex

    for line in ["10 jam lalu", "Baca juga: Harga Cabai Naik", "Dibaca 1.234 kali", "[Gambas:Video 20detik]",
                 "Diperbarui Rabu, 18 Jun 2025 07:30 WIB", "Simak Video 'Warga (10) Antre':"]:
        tmpl = template_of(line)
        assert tmpl is not None and regex.fullmatch(template_pattern(tmpl), line), line


def test_site_of_groups_subdomains() -> None:
    assert site_of("https://finance.detik.com/a/b") == "detik.com"
    assert site_of("https://ekonomi.republika.co.id/berita/x") == "republika.co.id"
    assert site_of("https://www.contohwarta.id/x") == "contohwarta.id"
    assert site_of(None) is None and site_of("not a url") is None


# ---- learning the fake site -------------------------------------------------------------

def test_generic_alone_keeps_the_fake_sites_chrome(pages: list) -> None:  # type: ignore[type-arg]
    """Otherwise the tests below would prove nothing: the shipped rules do not know it."""
    kept = Cleaner().clean(pages[0].text, url=pages[0].url).paragraphs
    assert len(set(kept) & set(pages[0].chrome)) >= 4


def test_learned_rules_remove_the_template_chrome(pages: list, model: SiteModel) -> None:  # type: ignore[type-arg]
    rules = model.rules()
    assert rules and all(r.id.startswith(PREFIX) for r in rules)
    cleaner = LearnedCleaner({SITE: model.ruleset()})
    for page in pages:
        article = cleaner.clean(page.text, url=page.url)
        assert list(article.paragraphs) == page.story, page.url
        removed = {r.text: r.rule for r in article.removed}
        for line in page.chrome:
            assert removed[line].startswith(PREFIX), line
        assert article.outlet == "generic"  # the learned rules extend it; the record says so


def test_rules_carry_their_support(model: SiteModel) -> None:
    by_sample = {r.samples[0]: r for r in model.rules()}
    ad = by_sample["Geser terus untuk kisah selanjutnya"]
    assert ad.pages == 60 and ad.share == 1.0 and ad.positions["inside"] == 60 and not ad.story_like
    tail = next(r for r in model.rules() if r.samples[0].startswith("Redaksi Contoh Warta"))
    assert tail.positions["after"] == 60
    assert "60/60 pages (100.0%)" in ad.support(model.pages)


def test_story_text_that_repeats_is_kept(pages: list, model: SiteModel) -> None:  # type: ignore[type-arg]
    """A disclaimer inside 40% of the stories and a quote in a third of them are
    story-like: they need the strict share (80%) and stay. The sentence-like promo
    after 90% of the stories passes it and goes."""
    learned = {r.samples[0] for r in model.rules()}
    assert DISCLAIMER not in learned and QUOTE not in learned
    assert PROMO in learned
    near = {r.samples[0]: r for r in model.near_misses()}
    assert near[DISCLAIMER].story_like  # shown to the reviewer of a draft, not applied
    cleaner = LearnedCleaner({SITE: model.ruleset()})
    with_disclaimer = [p for p in pages if DISCLAIMER in p.story]
    assert len(with_disclaimer) == 24
    for page in with_disclaimer:
        assert DISCLAIMER in cleaner.clean(page.text, url=page.url).paragraphs


def test_story_line_on_most_pages_goes_only_past_the_strict_share() -> None:
    """The same disclaimer on 60% of the pages is still kept; on every page it is the
    site's boilerplate and goes. The strict share is a knob."""
    def learned(share: float, **opts: object) -> set[str]:
        return {r.samples[0] for r in learned_model(site_pages(50, disclaimer_share=share, seed=3), **opts).rules()}

    assert DISCLAIMER not in learned(0.6)
    assert DISCLAIMER in learned(1.0)
    assert DISCLAIMER in learned(0.6, story_share=0.5)


def test_quoted_speech_is_never_learned_however_often_its_shape_recurs(pages: list) -> None:  # type: ignore[type-arg]
    """Every page has a short quote line: its template (``"<q>" ujarnya.``) recurs on
    100% of the pages, but a sentence whose words are a slot is story text."""
    rng = random.Random(9)
    quoted = []
    for page in pages:
        where = rng.choice(["desa", "kota", "pesisir"])
        line = f'"Kami siap membantu warga {where} {rng.randint(1, 99)} hari," ujarnya.'
        quoted.append(LearnPage(page.text.replace("\n", f"\n{line}\n", 1), title=page.title))
    model = SiteModel(SITE)
    for page in quoted:
        model.add(page.text, title=page.title)
    assert not any("ujarnya" in r.samples[0] for r in model.rules() + model.near_misses())
    article = LearnedCleaner({SITE: model.ruleset()}).clean(quoted[0].text, site=SITE)
    assert any(p.endswith("ujarnya.") for p in article.paragraphs)


def test_rare_chrome_is_not_learned() -> None:
    """The promo on 10% of the pages is below the 20% share: not a rule."""
    model = learned_model(site_pages(60, promo_share=0.1, seed=11))
    assert PROMO not in {r.samples[0] for r in model.rules()}


def test_few_pages_learn_nothing(pages: list) -> None:  # type: ignore[type-arg]
    assert learned_model(pages[:4]).rules() == []
    assert learned_model(pages[:4]).ruleset() is load_ruleset("generic")


def test_learned_rules_never_shadow_hand_written_ones(pages: list) -> None:  # type: ignore[type-arg]
    """Lines the base rule set takes (here a read-also link, whose title goes to
    `related`) are left to it: reported as handled, never learned."""
    rng = random.Random(5)
    for page in pages:
        page_lines = list(page.lines)
        page_lines.insert(3, f"Baca juga: Kabar Terbaru dari Desa {rng.randint(1, 500)} Hari Ini")
        page.lines[:] = page_lines
    model = learned_model(pages)
    assert any(h.rule == "read-also-title" for h in model.select().handled)
    article = LearnedCleaner({SITE: model.ruleset()}).clean(pages[0].text, url=pages[0].url)
    assert article.related and article.related[0].startswith("Kabar Terbaru dari Desa")
    assert {r.rule for r in article.removed if r.text.startswith("Baca juga")} == {"read-also-title"}
    for page in pages:
        page.lines.pop(3)


def test_learn_rulesets_and_cleaner_group_pages_by_site(pages: list) -> None:  # type: ignore[type-arg]
    other = [LearnPage("Satu dua tiga empat lima.\nIklan\n", url=f"https://lain.co.id/{i}") for i in range(3)]
    inputs = [LearnPage(p.text, url=p.url, title=p.title) for p in pages] + other
    rulesets = learn_rulesets(inputs)
    assert set(rulesets) == {SITE}  # the other site has too few pages to learn from
    cleaner = LearnedCleaner.learn(inputs)
    assert list(cleaner.clean(pages[3].text, url=pages[3].url).paragraphs) == pages[3].story
    # another site's page, or a forced outlet, is cleaned by its base rule set as before
    assert cleaner.clean(other[0].text, url=other[0].url) == Cleaner().clean(other[0].text, url=other[0].url)
    forced = cleaner.clean(pages[3].text, url=pages[3].url, outlet="generic")
    assert forced == Cleaner().clean(pages[3].text, url=pages[3].url)


def test_unreadable_pages_are_skipped_not_fatal(pages: list) -> None:  # type: ignore[type-arg]
    model = SiteModel(SITE)
    assert model.add(b"%PDF-1.4 binary") is False
    assert model.add(42) is False  # type: ignore[arg-type]
    assert model.add(pages[0].text) is True
    assert (model.pages, model.skipped) == (1, 2)


# ---- bounded memory, merging -----------------------------------------------------------

def test_model_size_stays_under_its_capacity() -> None:
    """Many distinct short lines (every page new ones) never grow the model past its
    capacity, and the chrome on every page is still found with its true count."""
    rng = random.Random(1)
    model = SiteModel(SITE, options=LearnOptions(capacity=64))
    for n in range(400):
        lines = ["Kode " + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(12)) for _ in range(20)]
        lines.insert(10, "Geser terus untuk kisah selanjutnya")
        model.add("\n".join(lines))
        assert len(model) <= 64, n
    rules = model.rules()
    assert [r.samples[0] for r in rules] == ["Geser terus untuk kisah selanjutnya"]
    assert 400 - model.error <= rules[0].pages <= 400
    assert model.error > 0  # it did prune


def test_models_merge(pages: list) -> None:  # type: ignore[type-arg]
    """Partitions learned apart (Dask) and merged learn the same rules as one pass."""
    whole = learned_model(pages)
    left, right = learned_model(pages[:25]), learned_model(pages[25:])
    merged = left.merge(right)
    assert merged.pages == whole.pages
    assert [(r.pattern, r.pages) for r in merged.rules()] == [(r.pattern, r.pages) for r in whole.rules()]
    with pytest.raises(ValueError):
        merged.merge(SiteModel("lain.co.id"))


def test_partitions_learn_apart_and_combine(pages: list) -> None:  # type: ignore[type-arg]
    """The Dask shape: learn_models per partition, pickled to the reducer, merged."""
    inputs = [LearnPage(p.text, url=p.url, title=p.title) for p in pages]
    parts = [pickle.loads(pickle.dumps(learn_models(inputs[i::3]))) for i in range(3)]
    merged = merge_models(*parts)
    whole = learn_models(inputs)
    assert [r.pattern for r in merged[SITE].rules()] == [r.pattern for r in whole[SITE].rules()]
    cleaner = pickle.loads(pickle.dumps(LearnedCleaner({SITE: merged[SITE].ruleset()})))
    assert list(cleaner.clean(pages[0].text, url=pages[0].url).paragraphs) == pages[0].story


def test_learn_models_bounds_the_number_of_sites() -> None:
    inputs = [LearnPage("Satu dua tiga empat.\n", url=f"https://situs{i}.com/x") for i in range(5)]
    assert len(learn_models(inputs, options=LearnOptions(max_sites=3))) == 3


# ---- drafts -----------------------------------------------------------------------------

def test_draft_loads_and_cleans_like_learning(tmp_path: Path, pages: list, model: SiteModel) -> None:  # type: ignore[type-arg]
    text = model.draft_toml()
    data = tomllib.loads(text)
    assert data["ruleset"]["extends"] == "generic" and data["ruleset"]["hosts"] == [SITE]
    assert [r["id"] for r in data["rule"]] == [r.id for r in model.rules()]
    assert text.count("# support: ") == len(model.rules()) + len(model.near_misses())
    assert "# [[rule]]" in text  # the near miss, commented out
    path = tmp_path / "contohwarta.toml"
    path.write_text(text, encoding="utf-8")
    ruleset = load_ruleset(str(path))
    assert ruleset.name == "contohwarta"
    as_outlet = Cleaner(CleanOptions(outlet=str(path)))
    learned = LearnedCleaner({SITE: model.ruleset()})
    for page in pages:
        got = as_outlet.clean(page.text, url=page.url)
        assert got.paragraphs == learned.clean(page.text, url=page.url).paragraphs
        assert list(got.paragraphs) == page.story
    assert ruleset.line_rules[-1].id.startswith(PREFIX)  # precedence = "after"


def test_draft_with_nothing_learned_still_loads(tmp_path: Path, pages: list) -> None:  # type: ignore[type-arg]
    path = tmp_path / "kecil.toml"
    path.write_text(learned_model(pages[:3]).draft_toml(name="kecil"), encoding="utf-8")
    assert load_ruleset(str(path)).name == "kecil"


# ---- the rule-set format extensions ------------------------------------------------------

def _rule(rule_id: str) -> dict:  # type: ignore[type-arg]
    return {"id": rule_id, "kind": "template", "action": "drop", "match": "Halo dunia",
            "why": "test", "samples": ["Halo dunia"]}


def test_learned_ids_precedence_and_inherited_disable() -> None:
    data: dict[str, Any] = {"ruleset": {"name": "t", "extends": "generic", "precedence": "after"},
            "rule": [_rule("learned:contoh.co.id:1"), _rule("learned:contoh.co.id:2") | {"match": "Iklan"}]}
    data["rule"][1]["samples"] = ["Iklan"]
    rs = compile_ruleset(data)
    # "Iklan" is generic's ad label: with precedence after, generic's rule wins
    assert rs.match_line("Iklan")[0].id == "ad-label"  # type: ignore[index]
    assert rs.match_line("Halo dunia")[0].id == "learned:contoh.co.id:1"  # type: ignore[index]
    before = compile_ruleset({**data, "ruleset": {"name": "t", "extends": "generic"}})
    assert before.match_line("Iklan")[0].id == "learned:contoh.co.id:2"  # type: ignore[index]
    for bad in ("learned:Contoh:1", "learned:contoh.co.id:x", "Learned-1"):
        with pytest.raises(RuleSetError, match="'id'"):
            compile_ruleset({"ruleset": {"name": "t"}, "rule": [_rule(bad)]})
    with pytest.raises(RuleSetError, match="precedence"):
        compile_ruleset({"ruleset": {"name": "t", "precedence": "first"}})


def test_disable_holds_for_files_that_extend(tmp_path: Path) -> None:
    base = tmp_path / "tanpa-iklan.toml"
    base.write_text('[ruleset]\nname = "g"\nextends = "generic"\ndisable = ["ad-label"]\n', encoding="utf-8")
    child = compile_ruleset({"ruleset": {"name": "c", "extends": str(base)}})
    assert child.match_line("Iklan") is None


def test_loads_ruleset_errors_are_rule_set_errors() -> None:
    with pytest.raises(RuleSetError, match="not valid TOML"):
        loads_ruleset("[ruleset\n")
    with pytest.raises(RuleSetError, match=r"\[ruleset\]"):
        loads_ruleset("x = 1\n")


# ---- cleaner learn (command line) ----------------------------------------------------------

def test_learn_cli_writes_a_draft_from_files_and_jsonl(tmp_path: Path, pages: list) -> None:  # type: ignore[type-arg]
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, page in enumerate(pages[:30]):
        (folder / f"{i:03d}.txt").write_text(page.text, encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    with rows.open("w", encoding="utf-8") as f:
        for page in pages[30:]:
            f.write(json.dumps({"url": page.url, "title": page.title, "text": page.text}) + "\n")
        f.write(json.dumps({"url": "https://lain.co.id/1", "text": "Baris lain.\nIklan lain\n"}) + "\n")
        f.write("{not json\n")
    out = tmp_path / "rules" / "contohwarta.toml"
    assert learn_main(["learn", "--site", SITE, str(folder), str(rows), "-o", str(out)]) == 0
    ruleset = load_ruleset(str(out))
    assert sum(r.id.startswith(PREFIX) for r in ruleset.rules) == 6
    assert "60 of its pages" in out.read_text(encoding="utf-8")


def test_learn_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert learn_main(["--site", SITE, str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.toml")]) == 1
    assert "cannot read" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert learn_main(["--site", SITE, str(empty), "-o", str(tmp_path / "x.toml")]) == 1
    assert "no readable pages" in capsys.readouterr().err


def test_learned_cleaner_runs_the_one_pipeline_on_html() -> None:
    """With a site's rule set chosen, an HTML page still goes through the HTML front
    end (container, page metadata): the record equals the plain cleaner's with that
    rule set forced."""
    from cleaner.rules import load_ruleset
    from tests.conftest import FIXTURES

    html = (FIXTURES / "tempo" / "html-isi-2017.input.html").read_bytes()
    learned = LearnedCleaner({"": load_ruleset("tempo")})
    assert learned.clean(html) == Cleaner().clean(html, outlet="tempo")
