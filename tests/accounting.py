"""The accounting check shared by the invariant tests and tools/fuzz.py."""

from __future__ import annotations

from collections import Counter

from cleaner import Article
from cleaner.markdown import IMAGE_RULE, LINK_LIST_RULE, MARK_RULE, is_markdown, unmark_line
from cleaner.segment import INVISIBLE, fold_space, lines

#: What the Markdown reading removes as whole input lines (`cleaner.markdown`).
_MARKDOWN_RULES = frozenset({IMAGE_RULE, LINK_LIST_RULE, MARK_RULE})


def check_accounting(article: Article, text: str) -> None:
    """Nothing vanishes unaccounted, nothing is invented, for the decoded ``text``:
    every non-blank line is body, or in `removed` with its own text, or is cut into
    parts (SPEC: "A line that glues chrome to text") each of which is a removal or a
    body paragraph, and which together hold every character of the line but spaces;
    paragraphs come in line order; the first may have lost a dateline. A page read as
    Markdown is checked against its lines as a browser prints them (marks and link
    targets are syntax), and the lines its reading removed whole are accounted."""
    markdown = is_markdown(text)
    raw = {n: fold_space(line) for n, line in enumerate(lines(text), 1)}
    folded = {n: fold_space(unmark_line(line)) for n, line in raw.items()} if markdown else raw
    parts: dict[int, list[str]] = {}
    whole: set[int] = set()
    for r in article.removed:
        if markdown and r.rule in _MARKDOWN_RULES:
            assert r.text == raw.get(r.line), f"markdown removal of line {r.line} is not the input's line"
            whole.add(r.line)
            continue
        line = folded.get(r.line) or ""
        assert r.text and r.text in line, f"removed text of line {r.line} is not a part of the input's line"
        parts.setdefault(r.line, []).append(r.text)
    paragraphs = list(article.paragraphs)
    k = 0
    first_line = None
    vanished: dict[int, tuple[int, Counter[str]]] = {}
    for n, line in folded.items():
        # Characters that print as nothing (U+200B, U+FEFF, U+00AD, ...) are blank at a
        # line's ends, as spaces are (SPEC's white space clause; `cleaner.segment`): a
        # line of only them is blank, and at its ends they leave with its spaces.
        line = line.strip(INVISIBLE + " ")
        if n in whole or not line:
            continue
        left = Counter(line.replace(" ", ""))
        at = 0  # a line's paragraphs are printed in order: each is looked for after the last
        for part in parts.get(n, ()):
            took = Counter(part.replace(" ", ""))
            assert not took - left, f"the removed parts of line {n} hold more than the line"
            left -= took
        while left and k < len(paragraphs):
            para = paragraphs[k]
            assert para, "empty paragraph"
            took = Counter(para.replace(" ", ""))
            found = line.find(para, at)
            if found < 0 or took - left:
                break  # what is left is a dateline, checked below
            left -= took
            at = found + len(para)
            if k == 0:
                first_line = n
            k += 1
        if left:
            vanished[n] = (sum(count for char, count in left.items() if char not in INVISIBLE), left)
    # Only a dateline cut from the first paragraph leaves the record: at most 100
    # characters that print (a run of U+200B between the dash and the story leaves with
    # the cut as spaces do, and is no part of the bound). A dateline a scrape broke into
    # lines over the story's dash ("TEMPO.CO, Jakarta" / "- story": `rejoin_dateline`
    # joins up to three) leaves from those lines too, each right over the next.
    cut = 0
    for n, (printed, left) in vanished.items():
        over_first = first_line is not None and article.dateline is not None \
            and first_line - 3 <= n < first_line and all(k in vanished or not folded[k].strip(INVISIBLE + " ")
                                                          for k in range(n, first_line))
        assert n == first_line or over_first, f"line {n} vanished in part: {left}"
        cut += printed
    assert cut <= 100, f"a dateline of {cut} characters left the record"
    assert k == len(paragraphs), f"{len(paragraphs) - k} paragraphs are no part of any line: invented"
    assert article.text == "\n\n".join(article.paragraphs)
    assert (article.reason is None) == bool(article.paragraphs), "an empty body needs a reason, and only it"
