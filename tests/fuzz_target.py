"""The fuzz target: one input through `clean()` and the record's invariants.

tools/fuzz.py runs it under atheris; tests/test_fuzz_regressions.py replays what
the fuzzer found. The first byte picks the mode: 0 the rest as bytes, 1 and 2 as
text (its UTF-8 reading; 2 also checks that its UTF-8 bytes agree), 3 as bytes
with a forced outlet. Anything but a record or a `CleanerError` is a finding.
"""

from __future__ import annotations

import cleaner
from cleaner.decode import decode, sniff_wide_encoding
from cleaner.html.sniff import looks_like_html
from tests.accounting import check_accounting

OUTLETS: list[str | None] = [None, *cleaner.available_outlets()]
CLEANER = cleaner.Cleaner()
MAX_BYTES = cleaner.CleanOptions().max_bytes


def one_input(data: bytes) -> None:
    """Clean ``data`` as its first byte says; raise AssertionError on a broken invariant."""
    if not data:
        return
    mode, body = data[0] % 4, data[1:]
    outlet = OUTLETS[data[0] // 4 % len(OUTLETS)] if mode == 3 else None
    page: str | bytes = body.decode("utf-8", "replace") if mode in (1, 2) else body
    try:
        text: str | None = decode(page, max_bytes=MAX_BYTES)[0]
    except cleaner.CleanerError:
        text = None
    try:
        article = CLEANER.clean(page, outlet=outlet)
    except cleaner.CleanerError:
        return
    assert text is not None, "decode raised but clean() did not"
    if not looks_like_html(text):
        check_accounting(article, text)
    assert CLEANER.clean(page, outlet=outlet) == article, "not deterministic"
    if mode == 2 and isinstance(page, str):  # the same text as UTF-8 bytes
        as_bytes = page.encode("utf-8")
        if sniff_wide_encoding(as_bytes[:4096]) is None:  # else read as UTF-16: documented
            again = CLEANER.clean(as_bytes, outlet=outlet)
            assert again.to_dict() == article.to_dict(), "str and its UTF-8 bytes differ"
            assert again.warnings == article.warnings, "str and its UTF-8 bytes warn differently"
