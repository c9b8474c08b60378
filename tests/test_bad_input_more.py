"""Bad input found by badinput23's round: each case as its smallest reproducer.

The house rule (tests/test_bad_input.py): a bad input is one clear error or one
skipped input that is named and counted, never a silent gap.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
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
