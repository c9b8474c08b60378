"""useraudit56: the library as a demanding user meets it (a corpus builder, a media
monitor, a scraper plugging it into a pipeline).

What the audit found and fixed, each pinned here: a `Hints` built with a number as its
date raised `TypeError`; a crawler's Unix time, or a value of a type no field takes,
was dropped without a word (SPEC: a hint "is never lost"); an ISO time ending in
``Z`` was read as WIB, seven hours early; "31 Februari" was a date; a JSONL line cut
short was reported at "line 2 column 1"; a stored record could not be read back into
an `Article`. The bad-input matrix below runs each shape through the library and the
command line: a clear error or an empty record with a reason, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner import Article, Hints
from cleaner.dates import parse_date
from cleaner.hints import iso_published
from tests.conftest import ROOT

SEED = ROOT / "seeds" / "000_98c63ae8037c2311.txt"
#: A story of my own words: no title, no date, no writer, so every hint is needed.
STORY = ("Jakarta - Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan yang rusak di "
         "beberapa wilayah pada pekan depan.\n"
         "Menurut kepala dinas, pekerjaan itu akan selesai dalam waktu dua bulan jika cuaca mendukung.\n")


def cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True,
                          timeout=120, cwd=cwd)


# --- hints: never lost, never a traceback -------------------------------------------


@pytest.mark.parametrize("value", [1750230300, 1750230300.0, 1750230300_000])
def test_a_unix_time_hint_is_the_date_it_stands_for(value: float) -> None:
    """A crawler that stores the date as a number (seconds, or JavaScript's
    milliseconds) gets it, as the HTML path reads a JSON-LD date printed so."""
    for hints in ({"published": value}, Hints(published=value)):
        a = cleaner.clean(STORY, hints=hints)
        assert a.published == "2025-06-18T14:05:00+07:00" and a.warnings == ()


def test_hints_published_12345_is_no_traceback() -> None:
    """`Hints(published=12345)` raised TypeError ('int' object is not subscriptable)."""
    a = cleaner.clean(STORY, hints=Hints(published=12345))
    assert a.published is None
    assert a.warnings == ("the published hint '12345' holds no date; not used",)


@pytest.mark.parametrize(("hints", "warning"), [
    ({"title": 5}, "the title hint 5 (int) is not text; not used"),
    ({"title": ["Judul"]}, "the title hint ['Judul'] (list) is not text; not used"),
    ({"source": 3}, "the source hint 3 (int) is not text; not used"),
    ({"published": True}, "the published hint True (bool) is not a date; not used"),
    ({"published": {"a": 1}}, "the published hint {'a': 1} (dict) is not a date; not used"),
    ({"authors": {"name": "Ani Lestari"}}, "the authors hint {'name': 'Ani Lestari'} (dict) is not names; not used"),
    ({"author": b"Ani Lestari"}, "the authors hint b'Ani Lestari' (bytes) is not names; not used"),
    ({"tags": 7}, "the tags hint 7 (int) is not tags; not used"),
    ({"author": ["Ani Lestari", 5]}, "the authors hint holds 5 (int), which is not a name; not used"),
])
def test_a_hint_of_the_wrong_type_is_named_in_the_warnings(hints: dict[str, Any], warning: str) -> None:
    """Before, each was dropped without a word: the caller never learnt its date or
    title was not used. A crawler's row is data, so this is a warning, not an error."""
    a = cleaner.clean(STORY, hints=hints)
    assert a.warnings == (warning,)
    assert Hints.from_mapping(hints).problems == (warning,)


def test_the_right_type_under_a_second_key_is_no_problem() -> None:
    """A wrong-typed value is skipped for the field's next key, which then fills it:
    nothing was lost, nothing to report."""
    a = cleaner.clean(STORY, hints={"title": 5, "headline": "Judul Dari Perayap"})
    assert a.title == "Judul Dari Perayap" and a.warnings == ()


def test_hints_built_in_code_name_their_problems_too() -> None:
    h = Hints(title=5, authors=("Ani Lestari", 7), published=True)  # type: ignore[arg-type]
    assert (h.title, h.authors, h.published) == (None, ("Ani Lestari",), None)
    assert h.problems == ("the title hint 5 (int) is not text; not used",
                          "the authors hint holds 7 (int), which is not a name; not used",
                          "the published hint True (bool) is not a date; not used")
    assert Hints(title="Judul") == Hints(title="Judul") and Hints().problems == ()


@pytest.mark.parametrize(("printed", "iso"), [
    ("2025-06-18T07:05:00Z", "2025-06-18T14:05:00+07:00"),
    ("2025-06-18T07:05:00.000Z", "2025-06-18T14:05:00+07:00"),
    ("2025-06-18T20:05:00Z", "2025-06-19T03:05:00+07:00"),
    ("2025-06-18T14:05:00+07:00", "2025-06-18T14:05:00+07:00"),
    ("2025-06-18T09:05:00+02:00", "2025-06-18T09:05:00+02:00"),
    ("Wed, 18 Jun 2025 07:05:00 +0000", "2025-06-18T14:05:00+07:00"),
    ("Wed, 18 Jun 2025 07:05:00 GMT", "2025-06-18T07:05:00+00:00"),
    ("Wed, 18 Jun 2025 14:05:00 +0700", "2025-06-18T14:05:00+07:00"),
    ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18T14:05:00+07:00"),
])
def test_a_date_hint_keeps_its_zone(printed: str, iso: str) -> None:
    """A UTC time ("Z", an RSS pubDate's "+0000") was read as WIB: seven hours early. A
    machine time in UTC is told in WIB, as the HTML path tells one (`machine_date`); a
    printed zone ("GMT") and another offset are kept."""
    assert cleaner.clean(STORY, hints={"published": printed}).published == iso
    assert iso_published(printed) == iso


def test_a_day_the_calendar_lacks_is_no_date() -> None:
    assert [parse_date(t) for t in ("31 Februari 2025", "29 Februari 2025", "31/04/2025 10:00 WIB")] == [
        None, None, None]
    assert parse_date("29 Februari 2024") == "2024-02-29" and parse_date("30 April 2025") == "2025-04-30"
    assert iso_published("Wed, 31 Feb 2025 07:05:00 +0000") is None


@pytest.mark.parametrize("key", ["date_publish", "publish_date", "publishedAt", "published_date"])
def test_news_crawlers_date_keys_are_read(key: str) -> None:
    """news-please, newspaper3k, NewsAPI and news datasets name the date so."""
    assert cleaner.clean(STORY, hints={key: "2025-06-18 14:05"}).published == "2025-06-18T14:05:00+07:00"


def test_the_page_wins_and_the_hint_fills_only_what_it_lacks() -> None:
    page = SEED.read_bytes()
    own = cleaner.clean(page)
    hinted = cleaner.clean(page, hints={"author": "Ani Lestari", "published": dt.datetime(2020, 1, 1),
                                        "tags": "ukraina, rusia"})
    assert hinted.authors == own.authors and hinted.published == own.published
    assert own.tags == () and hinted.tags == ("ukraina", "rusia")


# --- the record's round trip ---------------------------------------------------------


@pytest.mark.parametrize("page", [SEED, *sorted(ROOT.glob("fixtures/idntimes/*.input.html"))[:1]],
                         ids=lambda p: p.name)
def test_a_stored_record_reads_back_as_the_same_article(page: Path) -> None:
    a = cleaner.clean(page.read_bytes())
    assert a.paragraphs and a.removed
    back = Article.from_json(a.to_json())
    assert back == a and back.to_dict() == a.to_dict()
    assert Article.from_dict(json.loads(a.to_json(indent=None))) == a


def test_a_batch_record_reads_back_with_its_reason_and_warnings(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"id": 7, "text": "\x00\x00", "title": 5}) + "\n", encoding="utf-8")
    r = cli(str(crawl), "--quiet", "--jobs", "1")
    record = json.loads(r.stdout)
    a = Article.from_dict(record)
    assert a.reason == "empty input" and a.paragraphs == ()
    assert a.warnings == ("removed 2 NUL bytes and control characters",
                          "the title hint 5 (int) is not text; not used")
    assert record["id"] == 7 and record["input"] == {"title": 5}


@pytest.mark.parametrize(("record", "message"), [
    ({}, "a record needs its 'outlet' key"),
    ({"outlet": 5}, "record key 'outlet' must be a string, not int"),
    ({"outlet": "generic", "authors": "Ani"}, "record key 'authors' must be a list of strings"),
    ({"outlet": "generic", "title": ["x"]}, "record key 'title' must be a string or null, not list"),
    ({"outlet": "generic", "removed": [{"line": "1", "text": "x", "rule": "r"}]}, "record key 'removed'"),
    ({"outlet": "generic", "reading_time_minutes": "2"}, "record key 'reading_time_minutes'"),
    ([1, 2], "a record must be a mapping, not list"),
])
def test_a_malformed_record_is_an_input_error(record: Any, message: str) -> None:
    with pytest.raises(cleaner.InputError, match=message.replace("(", r"\(").replace("[", r"\[")):
        Article.from_dict(record)


def test_text_that_is_no_json_is_an_input_error() -> None:
    with pytest.raises(cleaner.InputError, match="not a JSON record"):
        Article.from_json('{"outlet": "generic"')


# --- bad input as normal input --------------------------------------------------------


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty input"),
    ("  \n\t\n", "empty input"),
    (b"\x00" * 64, "empty input"),
    (b"<html><body><article><h1>Judul</h1><p>Paragraf pertama yang cukup panjang untuk di", None),
])
def test_empty_and_cut_pages_give_a_record_with_a_reason(data: str | bytes, reason: str | None) -> None:
    a = cleaner.clean(data)
    assert a.paragraphs == () and a.reason
    if reason is not None:
        assert a.reason == reason


@pytest.mark.parametrize(("declared", "encoding", "warnings"), [
    ("utf-8", "cp1252", ("declared UTF-8 but is not: read as windows-1252",)),
    ("iso-8859-1", "utf-8", ()),
])
def test_a_charset_that_lies_keeps_the_words(declared: str, encoding: str, warnings: tuple[str, ...]) -> None:
    words = "Kafé “baru” dibuka – warga antre sejak pagi untuk mencicipi menu andalan di kedai itu."
    page = (f'<html><head><meta charset="{declared}"><title>Kafé</title></head><body><article><h1>Kafé baru</h1>'
            f"<p>{words}</p><p>{words}</p><p>{words}</p></article></body></html>").encode(encoding)
    a = cleaner.clean(page)
    assert words in a.paragraphs and a.warnings == warnings


def test_a_jsonl_batch_writes_every_good_row_and_one_error_per_bad_one(tmp_path: Path) -> None:
    good = {"url": "https://www.contoh.co.id/berita/1", "text": STORY, "published": 1750230300,
            "author": "Ani Lestari"}
    lines = [json.dumps(good), "bukan json", "[1, 2]", '{"html": 123}', '{"text": "Isi", "url": "https://x.id/a"',
             json.dumps({**good, "title": 7})]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli(str(crawl), "--jobs", "1")
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    out = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert len(out) == 6
    assert [o.get("error") for o in out[1:5]] == [
        "not a JSON line: Expecting value at character 1",
        "a JSON line must be an object, not list",
        "field 'html' must be a string or a list of strings, not int",
        "not a JSON line: Expecting ',' delimiter at the line's end (a cut line?)",
    ]
    assert [o["path"] for o in out[1:5]] == [f"{crawl}:{n}" for n in (2, 3, 4, 5)]
    for record in (out[0], out[5]):
        assert record["published"] == "2025-06-18T14:05:00+07:00" and record["authors"] == ["Ani Lestari"]
        assert record["paragraphs"]
    assert out[5]["warnings"] == ["the title hint 7 (int) is not text; not used"]
    assert out[5]["input"]["title"] == 7  # the crawl's own value, kept as it came


def test_a_directory_and_a_missing_file_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    r = cli(str(tmp_path / "kosong"))
    assert r.returncode == 1 and b"no file in this directory matches" in r.stderr and b"Traceback" not in r.stderr
    r = cli(str(tmp_path / "tidak-ada.txt"))
    assert r.returncode == 1 and r.stderr.decode().startswith("cleaner: cannot read ")
    assert b"Traceback" not in r.stderr


def test_an_unreadable_file_is_one_error_record_in_a_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, where mode 000 reads all the same: the refusal is simulated
    where the batch opens the file."""
    from cleaner import batch

    page = tmp_path / "a.txt"
    page.write_bytes(SEED.read_bytes())
    other = tmp_path / "b.txt"
    other.write_bytes(SEED.read_bytes())
    real = batch.read_file

    def refuse(path: str, max_bytes: int, **kw: Any) -> bytes:
        if path.endswith("a.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real(path, max_bytes, **kw)

    monkeypatch.setattr(batch, "read_file", refuse)
    records = batch.clean_paths([str(page), str(other)])
    assert records[0] == {"path": str(page), "error": "cannot read: Permission denied"}
    assert records[1]["path"] == str(other) and records[1]["paragraphs"]


# --- Scrapy: the reason and the warnings reach the item ---------------------------


def test_a_scrapy_item_says_why_its_body_is_empty_and_what_was_not_used() -> None:
    """A batch record carries ``reason`` and ``warnings``; an item of the pipeline had
    neither, so a crawl could not tell an index page from a failure, nor see its
    date hint go unused."""
    import scrapy

    from cleaner.integrations.scrapy import CleanerPipeline, PipelineSettings

    item = CleanerPipeline().process_item({"url": "https://www.contoh.co.id/a", "text": "", "published": True})
    assert item["cleaner_reason"] == "empty input"
    assert item["cleaner_warnings"] == ["the published hint True (bool) is not a date; not used"]
    story = CleanerPipeline().process_item({"url": "https://www.contoh.co.id/a", "text": STORY})
    assert story["paragraphs"] and "cleaner_reason" not in story and "cleaner_warnings" not in story

    class Declared(scrapy.Item):  # declares neither field: the pipeline does not fail on it
        url = scrapy.Field()
        html = scrapy.Field()
        title = scrapy.Field()

    quiet = CleanerPipeline(PipelineSettings(fields={"title": "title"}))
    out = quiet.process_item(Declared(url="https://www.contoh.co.id/a", html="<html><body></body></html>"))
    assert dict(out) == {"url": "https://www.contoh.co.id/a", "title": None}


# --- every limit a message names can be raised where the user stands ----------------


def test_max_lines_has_a_flag_and_a_scrapy_setting(tmp_path: Path) -> None:
    """The max_lines error told a command-line user to raise CleanOptions.max_lines,
    which no flag reached (max_bytes and max_line_chars each have one)."""
    page = tmp_path / "baris.txt"
    page.write_text("Baris pendek.\n" * 30 + STORY, encoding="utf-8")
    refused = cli(str(page), "--max-lines", "20")
    assert refused.returncode == 1 and b"Traceback" not in refused.stderr
    assert refused.stderr.decode().strip().endswith("Raise CleanOptions.max_lines (--max-lines) to accept it")
    accepted = cli(str(page), "--max-lines", "40")
    assert accepted.returncode == 0 and b"Menurut kepala dinas" in accepted.stdout

    from scrapy.settings import Settings

    from cleaner.integrations.scrapy import CleanerPipeline, PipelineSettings

    pipeline = CleanerPipeline(PipelineSettings.from_settings(Settings({"CLEANER_MAX_LINES": "20"})))
    assert pipeline.cleaner.options.max_lines == 20
    assert "max_lines" in pipeline.process_item({"text": page.read_text(encoding="utf-8")})["cleaner_error"]
