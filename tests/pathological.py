"""Crafted lines that make a backtracking regular expression slow, for every rule.

A pattern is at risk when a long run of characters can be matched in many ways and
the line then fails at its very end ("§" is in no rule). `pump_lines` builds such
lines from a rule's own samples: a prefix of a sample, one piece of it repeated
thousands of times, the rest of the sample, and a failing end. `CRAFTED` adds the
lines found to be quadratic before the rule files were fixed, and runs of the
characters patterns repeat (spaces, capitalised words, dotted labels, digits).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib import resources

from cleaner.rules import available_outlets

FAIL = "§"

#: Pieces repeated into long runs, with the prefix they follow.
CRAFTED: tuple[tuple[str, str], ...] = (
    ("copy", "-l"),                      # icon-name: nested repeats (was quadratic)
    ("Bendera di depan. (unsplash", ".co"),  # caption-paren-credit: domain labels (was quadratic)
    ("Senin", " "),                      # {date}: "\s*,?\s*" (was quadratic on spaces)
    ("Diperbarui", " "),                 # date-line prefix (was quadratic on spaces)
    ("waktu baca", " "),                 # reading-time (was quadratic on spaces)
    ("Rabu, 4 November 2015", " "),
    ("Oleh ", "Dewi "),                  # {names}: capitalised words
    ("Pewarta: ", "Andi dan "),
    ("Red: Yudha ", "P "),
    ("TEMPO.CO, ", "Jakarta "),
    ("Jakarta", ", Jakarta"),
    ("", "A "), ("", "Aa "), ("", "a"), ("", "1 "), ("", "1."), ("", ". "), ("", "(a"),
    ("", "a."), ("", "a-"), ("", " "), ("", "["), ("", "(("), ("", "Foto: "), ("", "- "),
    ("", "#a "), ("", "\t"), ("", "Baca Juga: "), ("", "12 12 "), ("", "\u00a0"),
    ("rzn", "/zn"),                      # signoff: "/initials" runs (was quadratic)
    ("kata", "\\n"), ("Satu.", "\\r\\n"), ("\\r", "\\n"),  # (split-)escaped-break (were quadratic)
    ("Redaksi: a[at]contoh", ".co"),    # imprint-contact: dotted address labels (was quadratic)
    # Short words joined by each separator: repeats of "(?:SEP\w+)+" shapes.
    *((start, sep + word) for sep in "/-.,:;|_+&'" for start, word in (("ab", "ab"), ("Ab", "Ab"), ("1", "1"))),
)


def rule_samples() -> dict[str, list[str]]:
    """Every shipped rule's id -> its samples and negative samples."""
    out: dict[str, list[str]] = {}
    for name in available_outlets():
        raw = tomllib.loads((resources.files("cleaner") / "rules" / f"{name}.toml").read_text("utf-8"))
        for rule in raw.get("rule", []):
            out[rule["id"]] = list(rule["samples"]) + list(rule.get("not", []))
    return out


def crafted_lines(n: int) -> Iterator[str]:
    """The `CRAFTED` runs, about ``n`` characters long, each ending in a failure."""
    for prefix, piece in CRAFTED:
        yield prefix + piece * (n // len(piece)) + FAIL


def pump_lines(samples: list[str], n: int, widths: tuple[int, ...] = (1, 2, 3)) -> Iterator[str]:
    """For each sample and position, a piece of ``widths`` characters there repeated to
    about ``n`` characters: with a failing end, and with the rest of the sample then a
    failing end; then each sample repeated."""
    seen: set[tuple[str, str]] = set()
    for s in samples:
        for i in range(len(s)):
            for w in widths:
                piece = s[i:i + w]
                if len(piece) < w or (s[:i], piece) in seen:
                    continue
                seen.add((s[:i], piece))
                run = piece * (n // len(piece))
                yield s[:i] + run + FAIL
                yield s[:i] + run + s[i:] + FAIL
    for s in samples:
        yield (s + " ") * (n // (len(s) + 1)) + FAIL
