"""What tools/fuzz.py found, replayed through the same target (tests/fuzz_target.py).

Each input is the fuzzer's artifact as bytes: the first byte picks the mode (0
bytes, 1-2 text, 3 forced outlet). docs/robustness.md lists the runs and findings.
"""

from __future__ import annotations

import pytest

from tests.bounded import run_bounded
from tests.fuzz_target import one_input

FINDINGS: dict[str, bytes] = {
    # Run 1: a str with NULs in every other place was read as text, its UTF-8 bytes as
    # BOM-less UTF-16 ("ਊ"): 9 bytes were enough to look like UTF-16. Now that needs
    # 16+ bytes with 90% of one lane NUL, and only such bytes are read differently.
    "str-vs-bytes-utf16-sniff": b"\n\n\n\x04\x00\n\x00\x04\x00\n",
    # Run 4 (minimised): a 121-character word ending in ".CO.ID" passed for an outlet's name
    # in a dateline, so 140 characters left the first paragraph as a dateline; the
    # macro's catch-all name is now at most 31 characters before its domain.
    "dateline-outlet-of-any-length": (
        b"\x00CONTOH" + b"1" * 115 + b".CO.ID, SEMARANG -- Petugas dinas pertanian membagikan bibit cabai "
        b"kepada kelompok tani di tiga kecamatan pada Selasa.\nPembagian bibit dilakukan bergiliran agar "
        b"semua kelompok kebagian.\n"),
}


@pytest.mark.parametrize("name", sorted(FINDINGS))
def test_fuzz_finding_stays_fixed(name: str) -> None:
    run_bounded(lambda: one_input(FINDINGS[name]))
