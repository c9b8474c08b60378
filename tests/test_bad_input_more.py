"""Bad input found by badinput23's round: each case as its smallest reproducer.

The house rule (tests/test_bad_input.py): a bad input is one clear error or one
skipped input that is named and counted, never a silent gap.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.learn.cli import learn_site

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
