"""The accounting check shared by the invariant tests and tools/fuzz.py."""

from __future__ import annotations

from cleaner import Article
from cleaner.segment import INVISIBLE, fold_space, lines


def check_accounting(article: Article, text: str) -> None:
    """Nothing vanishes unaccounted, nothing is invented, for the decoded ``text``:
    every non-blank line is in `removed` (once, with its own text) or is a body
    paragraph, in order; a paragraph is its line, folded, except that the first may
    be the tail of its line after a dateline."""
    folded = {n: fold_space(line) for n, line in enumerate(lines(text), 1)}
    numbers = [r.line for r in article.removed]
    assert len(set(numbers)) == len(numbers), "a line is removed twice"
    for r in article.removed:
        assert r.text == folded.get(r.line), f"removed line {r.line} is not the input's line"
    gone = set(numbers)
    # A line of only invisible characters (U+200B, U+00AD, ...) is blank, as an empty one.
    body = [n for n, line in folded.items() if line.strip(INVISIBLE + " ") and n not in gone]
    assert len(body) == len(article.paragraphs), (
        f"{len(body)} lines left but {len(article.paragraphs)} paragraphs: a line vanished or was invented"
    )
    for k, (n, para) in enumerate(zip(body, article.paragraphs, strict=True)):
        assert para, "empty paragraph"
        if k == 0 and para != folded[n]:
            assert folded[n].endswith(para), f"first paragraph is not the tail of line {n}"
        else:
            assert para == folded[n], f"paragraph {k} is not line {n}"
    assert article.text == "\n\n".join(article.paragraphs)
    assert (article.reason is None) == bool(article.paragraphs), "an empty body needs a reason, and only it"
