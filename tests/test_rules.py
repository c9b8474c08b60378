"""Rule sets: they load, every rule's samples are removed by that very rule inside a
page, and malformed rule files fail loudly with a message that names the problem."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

import cleaner
from cleaner.rules import KINDS, load_ruleset

OUTLETS = cleaner.available_outlets()


def test_shipped_outlets() -> None:
    assert OUTLETS == ["generic", "idntimes", "kumparan", "tempo"]


@pytest.mark.parametrize("name", OUTLETS)
def test_ruleset_loads_and_extends_generic(name: str) -> None:
    rs = load_ruleset(name)
    assert rs.name == name
    ids = {r.id for r in rs.rules}
    assert {r.id for r in load_ruleset("generic").rules} <= ids
    assert {r.kind for r in rs.rules} <= KINDS


def _samples() -> list[tuple[str, str, str, str]]:
    out = []
    for name in OUTLETS:
        raw = tomllib.loads((resources.files("cleaner") / "rules" / f"{name}.toml").read_text("utf-8"))
        for rule in raw.get("rule", []):
            for sample in rule["samples"]:
                action = "head" if rule.get("where") == "head" else rule["action"]
                out.append((name, rule["id"], action, sample))
    return out


STORY = "Warga desa memperbaiki jembatan yang rusak sejak bulan lalu secara gotong royong."


@pytest.mark.parametrize(("outlet", "rule_id", "action", "sample"), _samples(),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_each_sample_is_removed_by_its_rule(outlet: str, rule_id: str, action: str, sample: str) -> None:
    """Placed after a story paragraph, the sample line is taken by the rule that names it."""
    if action == "harvest":  # read out of a container blob that is dropped
        article = cleaner.clean(f"{STORY}{sample}\n{STORY}\n", outlet=outlet)
        assert article.paragraphs == (STORY,)
        assert article.source is not None and article.source in sample
        return
    if action == "split":  # a glue point: the sample line is cut into parts
        from cleaner.engine import splitter_for

        assert len(splitter_for(load_ruleset(outlet)).split(sample)) >= 2
        return
    if action == "prefix":
        article = cleaner.clean(f"{sample}\n{STORY}", outlet=outlet)
        assert not article.paragraphs[0].startswith(sample[:8]) or sample.startswith("Isi")
        return
    page = f"Judul Berita Contoh\n{STORY}\n{sample}\n{STORY} Lagi pula semua berjalan baik."
    if action == "head":  # head-only rules hold before the story starts
        page = f"Judul Berita Contoh\n{sample}\n{STORY}"
    if action == "block":
        page = f"Judul Berita Contoh\n{STORY}\n{sample}\nJudul Lain Sebuah Berita"
    article = cleaner.clean(page, outlet=outlet)
    rules = {r.text: r.rule for r in article.removed}
    assert rules.get(sample.strip() if "  " not in sample else " ".join(sample.split())) == rule_id


def _write(tmp_path: Path, body: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text('[ruleset]\nname = "bad"\nextends = "generic"\n' + body, encoding="utf-8")
    return str(path)


RULE = 'id = "x-rule"\nkind = "ad"\naction = "drop"\nwhy = "test"\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[rule]]\n' + RULE + 'match = "IKLAN SAJA"\nsamples = ["IKLAN SAJA"]\ncolour = 1\n', "unknown keys"),
        ('[[rule]]\n' + RULE + 'match = "(unclosed"\nsamples = ["x"]\n', "bad pattern"),
        ('[[rule]]\n' + RULE + 'match = "IKLAN"\nsamples = ["BUKAN"]\n', "does not match"),
        ('[[rule]]\n' + RULE + 'match = ".*"\nsamples = ["apa saja"]\n', "empty line"),
        ('[[rule]]\n' + RULE + 'match = ".+"\nsamples = ["apa saja"]\n', "ordinary story text"),
        ('[[rule]]\n' + RULE + 'match = "A"\nsamples = ["A"]\n[[rule]]\n' + RULE
         + 'match = "B"\nsamples = ["B"]\n', "duplicate rule id"),
        ('[[rule]]\n' + RULE.replace('"ad"', '"adverts"') + 'match = "A"\nsamples = ["A"]\n', "kind"),
        ('[[rule]]\n' + RULE + 'match = "(A)"\nsamples = ["A"]\n', "only named groups"),
        ('[[rule]]\n' + RULE + 'match = "A"\n', "samples"),
    ],
)
def test_bad_rule_files_fail_loudly(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(cleaner.RuleSetError, match=message):
        load_ruleset(_write(tmp_path, body))


def test_unknown_outlet_lists_choices() -> None:
    with pytest.raises(cleaner.UnknownOutletError, match="generic, idntimes, kumparan, tempo"):
        cleaner.clean("teks", outlet="koran")


def test_a_new_outlet_is_one_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[rule]]\nid = "bad-banner"\nkind = "promo"\naction = "drop"\n'
                  'why = "site banner"\nmatch = "Langganan Koran Contoh Sekarang"\n'
                  'samples = ["Langganan Koran Contoh Sekarang"]\n')
    article = cleaner.clean(f"Judul Berita Contoh\n{STORY}\nLangganan Koran Contoh Sekarang\n", outlet=path)
    assert article.outlet == "bad"
    assert [r.rule for r in article.removed] == ["headline", "bad-banner"]
