"""Bad input found by badinput23's round: each case as its smallest reproducer.

The house rule (tests/test_bad_input.py): a bad input is one clear error or one
skipped input that is named and counted, never a silent gap.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner.inputs import read_jsonl
from cleaner.learn.cli import learn_site
from tests.bounded import run_bounded

STORY = ("Warga desa memperbaiki jembatan yang rusak sejak bulan lalu secara gotong royong, kata "
         "kepala desa kepada wartawan pada Senin pagi.")


def test_learn_names_and_counts_the_jsonl_lines_it_cannot_use(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``cleaner learn`` over a crawl's JSONL skipped a line that was not JSON, a row
    that was no object and a row with no ``text`` (an HTML row) without a word: its
    summary said "(0 skipped)" and the draft's header "0 unreadable pages skipped".
    Each such line is now named on stderr (FILE:LINE and why) and counted; blank lines
    and rows of other sites stay left out without a word (they are no pages of it)."""
    crawl = tmp_path / "crawl.jsonl"
    rows = [
        json.dumps({"url": "https://contoh.co.id/a", "text": f"Judul Satu\n{STORY}\n"}),
        '{"url": "https://contoh.co.id/b", "text": ',                       # 2: cut short
        json.dumps(["https://contoh.co.id/c"]),                            # 3: no object
        json.dumps({"url": "https://contoh.co.id/d", "html": f"<p>{STORY}</p>"}),  # 4: no text
        "",                                                                # 5: blank
        json.dumps({"url": "https://lain.example/e", "text": STORY}),     # 6: another site
        json.dumps({"url": "https://contoh.co.id/f", "text": f"Judul Dua\n{STORY}\n"}),
    ]
    crawl.write_text("\n".join(rows) + "\n", encoding="utf-8")
    model = learn_site([str(crawl)], site="contoh.co.id")
    err = capsys.readouterr().err
    assert model.pages == 2
    assert model.skipped == 3
    assert f"skipped {crawl}:2: not a JSON line" in err
    assert f"skipped {crawl}:3: a JSON line must be an object, not list" in err
    assert f"skipped {crawl}:4: no string 'text' field" in err
    assert f"{crawl}:5" not in err and f"{crawl}:6" not in err
    assert "(3 unreadable pages skipped)" in model.draft_toml()


def _ld_page(json_ld: str, body: str) -> str:
    return (f'<html><head><script type="application/ld+json">{json_ld}</script></head>'
            f"<body><article><h1>Jembatan Desa Diperbaiki Warga</h1>{body}</article></body></html>")


_STORY_HTML = "".join(f"<p>{STORY} Kalimat {i} menambah keterangan.</p>" for i in range(4))


@pytest.mark.parametrize("key", ["author", "editor"])
@pytest.mark.parametrize("body", [_STORY_HTML, ""])
def test_json_ld_names_nested_hundreds_deep_are_no_traceback(key: str, body: str) -> None:
    """A JSON-LD ``author`` (or ``editor``) nested in 600 lists (``json.loads`` reads
    about 990 levels) overflowed the stack of the name walk: `clean` raised
    RecursionError on the page, with or without a story (a batch gave the page an
    error record and lost it). The names are walked with a stack now; how deep they sit
    does not change which names are read."""
    deep = "[" * 600 + '{"@type": "Person", "name": "Ani Lestari"}' + "]" * 600
    page = _ld_page(f'{{"@type": "NewsArticle", "{key}": {deep}}}', body)
    out = run_bounded(lambda: cleaner.clean(page))
    assert out.record is not None, (out.error, out.message)
    assert out.record[key + "s"] == ["Ani Lestari"]
    assert len(out.paragraphs) == (4 if body else 0)


def test_json_ld_names_keep_their_order_through_nested_lists() -> None:
    names = '[["Ani Lestari", {"name": "Budi Santoso"}], {"name": ["Citra Dewi"]}, "Dodi Pratama"]'
    article = cleaner.clean(_ld_page(f'{{"@type": "NewsArticle", "author": {names}}}', _STORY_HTML))
    assert article.authors == ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama")


@pytest.mark.parametrize("after", ["", "<p>Oleh Ani Lestari</p>"])
def test_a_page_of_only_its_headline_has_no_body(after: str) -> None:
    """An HTML page that declares a NewsArticle (JSON-LD) and prints only its headline
    (a page whose story a script would fill), or its headline over a by-line, gave the
    headline as its title and as its one paragraph, with no reason: the engine declined
    the headline (no sentence after it) and took it as a run of markup lines. Without
    the declaration the page was already empty with a reason."""
    ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ani Lestari"}}'
    article = cleaner.clean(_ld_page(ld, after))
    assert article.title == "Jembatan Desa Diperbaiki Warga"
    assert article.paragraphs == ()
    assert article.reason == "no story text found: no block reads like a paragraph"
    assert (1, "Jembatan Desa Diperbaiki Warga", "headline") in [(r.line, r.text, r.rule) for r in article.removed]


def test_list_hints_keep_their_order_each_once() -> None:
    page = f"Jembatan Desa Diperbaiki Warga\n{STORY}\n"
    article = cleaner.clean(page, hints={"tags": ["banjir", "jembatan", "banjir", " jembatan ", "desa"],
                                         "authors": ["Ani Lestari", "Budi Santoso", "Ani  Lestari"]})
    assert article.tags == ("banjir", "jembatan", "desa")
    assert article.authors == ("Ani Lestari", "Budi Santoso")


@pytest.mark.slow
def test_a_long_list_hint_costs_linear_time() -> None:
    """A crawler's ``tags`` (or ``authors``) list of 40,000 items took 14 s CPU (5,000:
    0.27 s): each item was looked for in the list kept so far (`cleaner.hints._names`,
    `_people`), and `apply_hints` runs after the time budget's stages, so nothing
    bounded it. Ten times the items now cost at most 30 times as much (linear: 10)."""
    from tests.test_timing import best_cpu

    page = f"Jembatan Desa Diperbaiki Warga\n{STORY}\n"

    def hints(n: int) -> dict[str, list[str]]:
        return {"tags": [f"topik{i}" for i in range(n)],
                "authors": [f"Ani Lestari {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(97 + i // 676 % 26)}"
                            for i in range(n)]}

    small, big = hints(3_000), hints(30_000)
    t_small, t_big = best_cpu(lambda: cleaner.clean(page, hints=small), lambda: cleaner.clean(page, hints=big),
                              rounds=3)
    assert t_big <= 30 * max(t_small, 1e-3), (t_small, t_big)


def test_lines_joined_as_a_dateline_leave_the_body_each_as_itself() -> None:
    """Two short lines over a "– text" line are joined as a broken dateline ("Follow",
    "News", "– Isi berita": "Follow News – ..."); when the joined block does not open
    the story (here it became the headline), `removed` listed line 2 with all three
    lines' text and lines 3 and 4 not at all (tests/test_fuzz_regressions.py)."""
    page = f"Senin, 12 Mei 2025\nFollow\nNews\n– Isi berita\n{STORY}\n"
    article = cleaner.clean(page)
    assert article.paragraphs == (STORY,)
    assert [(r.line, r.text) for r in article.removed] == [
        (1, "Senin, 12 Mei 2025"), (2, "Follow"), (3, "News"), (4, "– Isi berita")]


def test_lines_joined_as_a_dateline_stay_lines_in_the_body() -> None:
    """The same join kept under the story's first line, where no dateline is cut: the
    body held "Reporter News - Isi butir daftar", three input lines as one paragraph
    (SPEC: every body paragraph is a line of the input, or a part of one)."""
    page = f"{STORY}\nReporter\nNews\n- Isi butir daftar\nIa menemui istrinya di rumah.\n"
    article = cleaner.clean(page)
    assert article.paragraphs == (STORY, "Reporter", "News", "- Isi butir daftar", "Ia menemui istrinya di rumah.")


#: A JSONL file saved by Windows PowerShell (``>`` and ``Out-File`` write UTF-16 with its
#: byte-order mark): nostory48's stress run found each of its lines an error record naming
#: a codec, the file cut at every byte 0x0A inside a character (`cleaner.inputs._Utf8Lines`).
JSONL_STORY = [STORY, "Kepala desa berterima kasih kepada semua warga yang datang membantu sejak pagi hari."]
ROW = {"url": "https://contoh.id/berita/1", "text": "\n".join(["Judul berita", *JSONL_STORY])}


def _rows() -> str:
    return "\n".join([json.dumps(ROW, ensure_ascii=False), json.dumps({"text": 5}), json.dumps(ROW)]) + "\n"


def test_a_utf16_jsonl_file_is_read_as_text() -> None:
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        data = _rows().encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        tasks = list(read_jsonl(["-"], stdin=io.BytesIO(data), max_bytes=1 << 20))
        assert [t.label for t in tasks] == ["-:1", "-:2", "-:3"], encoding
        assert tasks[0].error is None and tasks[0].url == ROW["url"] and tasks[0].data == ROW["text"], encoding
        assert tasks[1].error == "field 'text' must be a string or a list of strings, not int", encoding
        assert tasks[2].error is None, encoding


def test_a_utf16_jsonl_file_keeps_the_line_limit_and_the_callers_stream() -> None:
    from cleaner.inputs import LINE_BYTES_PER_PAGE_BYTE

    limit = 1000 * LINE_BYTES_PER_PAGE_BYTE
    huge = json.dumps({"text": "x" * (3 * limit)})
    stream = io.BytesIO(("\n".join([huge, json.dumps(ROW)]) + "\n").encode("utf-16"))
    tasks = list(read_jsonl(["-"], stdin=stream, max_bytes=1000))
    assert [t.label for t in tasks] == ["-:1", "-:2"]
    assert tasks[0].error is not None and tasks[0].error.startswith("line is ")
    assert tasks[1].error is None and tasks[1].data == ROW["text"]
    assert not stream.closed  # stdin is the caller's


def test_a_utf8_jsonl_file_is_read_as_before() -> None:
    """Negative: UTF-8 bytes (with or without its mark) are not re-read; a NUL-filled line
    is one error record among good ones."""
    data = _rows().encode("utf-8")
    for raw in (data, b"\xef\xbb\xbf" + data, data + b"\x00\x00\x00\n" + data):
        tasks = list(read_jsonl(["-"], stdin=io.BytesIO(raw), max_bytes=1 << 20))
        assert tasks[0].data == ROW["text"] and tasks[2].data == ROW["text"]
        tail = [False, True, False, True] if len(tasks) > 3 else []
        assert [t.error is None for t in tasks] == [True, False, True, *tail]


def test_cli_batch_reads_a_utf16_jsonl_file(tmp_path: Path) -> None:
    src = tmp_path / "rows.jsonl"
    src.write_bytes(_rows().encode("utf-16"))
    r = subprocess.run([sys.executable, "-m", "cleaner", "--input-format", "jsonl", "--jsonl", str(src)],
                       capture_output=True, timeout=300)
    records = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert len(records) == 3
    assert records[0]["paragraphs"] == JSONL_STORY and records[2]["paragraphs"] == JSONL_STORY
    assert records[1]["error"] == "field 'text' must be a string or a list of strings, not int"
    assert b"1 of 3 inputs failed" in r.stderr
