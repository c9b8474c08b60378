"""The public API: the record, the options, the reusable Cleaner, errors, detection."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import cleaner
from cleaner.record import RECORD_KEYS
from tests.conftest import ROOT

SEED = ROOT / "seeds" / "000_98c63ae8037c2311.txt"


def test_record_has_exactly_the_spec_keys() -> None:
    record = cleaner.clean(SEED.read_text(encoding="utf-8")).to_dict()
    assert tuple(record) == RECORD_KEYS
    assert record["text"] == "\n\n".join(record["paragraphs"])


def test_article_is_frozen() -> None:
    article = cleaner.clean(SEED.read_bytes())
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]


def test_options_are_immutable_and_replaceable() -> None:
    opts = cleaner.CleanOptions()
    assert opts.replace(outlet="tempo").outlet == "tempo"
    assert opts.outlet is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.outlet = "tempo"  # type: ignore[misc]


def test_cleaner_is_reusable_and_stateless() -> None:
    c = cleaner.Cleaner()
    first = c.clean(SEED.read_bytes())
    c.clean((ROOT / "seeds" / "001_c000aa122fd678c4.txt").read_bytes())
    assert c.clean(SEED.read_bytes()) == first


def test_forced_outlet_and_url_detection() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert cleaner.clean(text, outlet="generic").outlet == "generic"
    assert cleaner.Cleaner(cleaner.CleanOptions(outlet="generic")).clean(text).outlet == "generic"
    story = "Judul\nIsi berita yang cukup panjang di sini."
    assert cleaner.clean(story, url="https://www.idntimes.com/news/x").outlet == "idntimes"
    assert cleaner.clean(story, url="https://nasional.tempo.co/read/1").outlet == "tempo"
    assert cleaner.clean(story, url="https://example.com/x").outlet == "generic"
    assert cleaner.clean(story, url="https://example.com/x").url == "https://example.com/x"


def test_errors_form_one_hierarchy() -> None:
    for exc in (cleaner.InputError, cleaner.BinaryInputError, cleaner.InputTooLargeError,
                cleaner.DecodeError, cleaner.UnknownOutletError, cleaner.RuleSetError, cleaner.OptionsError):
        assert issubclass(exc, cleaner.CleanerError)


def test_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(cleaner.InputError, match="str or bytes"):
        cleaner.clean(123)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", ["", "   \n\n  ", b""])
def test_empty_input_gives_empty_record_with_reason(data: str | bytes) -> None:
    article = cleaner.clean(data)
    assert article.paragraphs == () and article.reason == "empty input"


def test_page_with_no_story_says_why() -> None:
    article = cleaner.clean("Beranda\nNasional\nEkonomi\nOlahraga\n")
    assert article.paragraphs == ()
    assert article.reason and "no story" in article.reason


def test_binary_input_is_refused_with_what_it_looks_like() -> None:
    with pytest.raises(cleaner.BinaryInputError, match="PNG"):
        cleaner.clean(b"\x89PNG\r\n\x1a\n" + bytes(100))


def test_input_over_the_limit_is_refused() -> None:
    small = cleaner.Cleaner(cleaner.CleanOptions(max_bytes=1000))
    with pytest.raises(cleaner.InputTooLargeError, match="max_bytes"):
        small.clean(b"a" * 1001)


def test_str_and_utf8_bytes_agree(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert cleaner.clean(text) == cleaner.clean(text.encode("utf-8"))


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "cp1252"])
def test_encodings_decode(codec: str) -> None:
    text = "Judul Berita\n\u201cKami siap,\u201d kata dia di Jakarta pada Senin pagi."
    article = cleaner.clean(text.encode(codec))
    assert article.paragraphs == ("\u201cKami siap,\u201d kata dia di Jakarta pada Senin pagi.",)


def test_headline_may_end_in_exclamation_or_question() -> None:
    page = "Awas, Hujan Deras Datang Lagi Pekan Ini!\nWarga diminta menyiapkan saluran air sebelum musim hujan tiba."
    article = cleaner.clean(page)
    assert article.title == "Awas, Hujan Deras Datang Lagi Pekan Ini!"
    assert article.paragraphs == ("Warga diminta menyiapkan saluran air sebelum musim hujan tiba.",)


@pytest.mark.parametrize("bad", [{"html_main": "fast"}, {"max_bytes": 0}, {"max_line_chars": -1}])
def test_bad_options_are_a_cleaner_error(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(cleaner.OptionsError):
        cleaner.CleanOptions(**bad)


def test_mypy_strict_finds_the_typed_package_from_outside_the_checkout(tmp_path: Path) -> None:
    """After the README's install, a user's own script type-checks against `cleaner`
    (its py.typed): the one error is the script's own, not "module not found"."""
    import subprocess
    import sys

    script = tmp_path / "use_cleaner.py"
    script.write_text(
        "import cleaner\n\n"
        'article: cleaner.Article = cleaner.clean("x", hints=cleaner.Hints(title="Judul"))\n'
        "title: str | None = article.title\n"
        "wrong: int = article.title\n",
        encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", script.name],
                       capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    error = (f'{script.name}:5: error: Incompatible types in assignment (expression has type "str | None", '
             'variable has type "int")  [assignment]')
    assert r.stdout.splitlines() == [error, "Found 1 error in 1 file (checked 1 source file)"], r.stdout


def test_hints_fill_what_the_page_does_not_give_and_never_replace_it() -> None:
    story = "Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf cerita ini.\n"
    hints = {"title": "Judul Dari Perayap", "author": "Ani Lestari dan Budi",
             "published": "Diperbarui 18 Jun 2025, 14:05 WIB", "tags": "ekonomi, pasar", "site": "contoh.co.id"}
    a = cleaner.clean(story, hints=hints)
    assert (a.title, a.authors, a.published, a.tags) == (
        "Judul Dari Perayap", ("Ani Lestari", "Budi"), "2025-06-18T14:05:00+07:00", ("ekonomi", "pasar"))
    seed = (ROOT / "seeds" / "000_98c63ae8037c2311.txt").read_bytes()
    own = cleaner.clean(seed)
    hinted = cleaner.clean(seed, hints=cleaner.Hints(title="Lain", published="1 Januari 2020"))
    assert hinted.title == own.title and hinted.published == own.published == "2022-09-26T14:45:00+07:00"
    assert cleaner.clean(story, hints={"published": "kemarin sore"}).warnings == (
        "the published hint 'kemarin sore' holds no date; not used",)
    import datetime as dt

    assert cleaner.clean(story, hints=cleaner.Hints(published=dt.datetime(2025, 6, 18, 14, 5))).published == (
        "2025-06-18T14:05:00+07:00")
    with pytest.raises(cleaner.OptionsError, match="hints must be"):
        cleaner.clean(story, hints=["Judul"])  # type: ignore[arg-type]


def test_hostile_hints_are_normal_input() -> None:
    """Hints are the crawler's data, as untidy as pages: huge, odd types, no date."""
    from tests.bounded import run_bounded

    blob = " " * 1_000_000
    hints = {"title": "Judul" + blob + "x", "author": "a" + blob + ",b" * 50_000, "tags": blob + "," * 100_000,
             "published": "1" * 1_000_000, "editors": [None, 3, "Ani"], "subtitle": 42}
    story = "Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf cerita ini.\n"
    out = run_bounded(lambda: cleaner.clean(story, hints=hints))
    assert out.record is not None
    assert out.record["title"] == "Judul x" and out.record["authors"] == ["a"] and out.record["editors"] == ["Ani"]
    assert out.record["subtitle"] is None and out.record["published"] is None
    assert out.warnings == ("the subtitle hint 42 (int) is not text; not used",
                            "the editors hint holds 3 (int), which is not a name; not used",
                            f"the published hint {'1' * 80!r} holds no date; not used")
