"""Pages of one shape at any size, and how cleaning time grows with the size.

Each shape repeats one kind of line (or HTML element) that once made cleaning grow
faster than the page, or that an attacker would try: a field that collected values
with ``item not in list``, a line per block kept in memory, a scan per block of a
page-wide string, a parser quadratic in one tag's attributes or in nesting depth.
`growth` cleans a shape at two sizes and returns the ratio of the CPU times: about 4
for four times the bytes when cleaning is linear, about 16 when it is quadratic. CPU
time of this process (not wall-clock time) and the best of a few runs, so a busy
machine does not move the ratio much.

``python -m tests.growth`` prints the table of docs/robustness.md: every shape at 1, 4
and 16 MB, as ``str`` and as UTF-8 bytes, each cleaned in a forked child (``--help``).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import multiprocessing
import os
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass

import cleaner

MB = 2**20
#: Four times the bytes may take at most this many times the CPU time: linear is 4 and
#: quadratic 16; 8 leaves room for a busy machine and still fails a quadratic stage.
MAX_GROWTH = 8.0
#: The same for eight times the bytes: linear is 8 and quadratic 64. The default run's
#: test of every shape uses this wider step: a busy machine (three CPU-bound processes on
#: two cores) made a linear shape read 8.6 at four times the bytes, the large page slowed
#: by the others more than the small one, while a quadratic stage still reads ~64.
MAX_GROWTH_8X = 24.0

HEAD = ("Judul Berita Tentang Pasar Ikan Yang Baru\n"
        "Jakarta - Pedagang ikan di pasar baru mulai berjualan sejak pagi, kata pengelola pasar.\n")
_SENTENCE = "Pedagang ikan di pasar baru mulai berjualan sejak pagi, kata pengelola pasar kepada wartawan."
HTML_HEAD = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Judul Berita Tentang Pasar Ikan</title>'
             "</head><body>")
#: The story of the HTML shapes (their pages keep it, or are refused).
HTML_STORY_LINES = ("Pedagang ikan di pasar baru mulai berjualan sejak pagi, kata pengelola pasar kepada wartawan.",
                    ("Harga ikan tongkol turun sejak pekan lalu, sementara harga udang masih bertahan, kata seorang "
                     "pedagang."))
HTML_STORY = ("<article><h1>Judul Berita Tentang Pasar Ikan</h1>" + "".join(f"<p>{p}</p>" for p in HTML_STORY_LINES)
              + "</article>")
HTML_TAIL = "</body></html>"
#: Cleaned before a measurement: lxml's parsers share one dictionary of tag names, and
#: ``el.iter("a")`` ends at once while no page parsed so far held an ``<a>``. A fresh
#: process thus hid a search per line of a ``<br>`` div for its first link (quadratic in
#: the lines: ``html-br-lines`` read 4 at eight times the bytes alone, 28 after any real
#: page). A page of the common tags makes a measurement independent of what ran before.
WARM_PAGE = (HTML_HEAD + '<header><nav><ul><li><a href="/">Beranda</a></li></ul></nav></header><main><article>'
             '<h1>Judul</h1><h2>Sub</h2><h3>Sub</h3><time datetime="2024-01-02">2 Januari 2024</time>'
             '<figure><picture><source srcset="/a.webp"><img src="/a.jpg" alt="a"></picture><figcaption>Foto'
             '</figcaption></figure><p><strong>Jakarta</strong> - <em>Isi</em> <b>berita</b> <i>ini</i> <span>satu'
             '</span><br>kalimat.</p><blockquote>Kutipan</blockquote><table><tr><th>a</th><td>b</td></tr></table>'
             '<ol><li>satu</li></ol><iframe src="/v"></iframe><section><div class="tags"><a rel="tag" href="/t">t</a>'
             '</div></section></article><aside><h4>Terkait</h4></aside></main><footer><small>c</small></footer>'
             "<script>var a = 1;</script><style>p {}</style><noscript>x</noscript>" + HTML_TAIL)


@dataclass(frozen=True, slots=True)
class Shape:
    """A page: ``start``, then ``unit(i)`` for i = 0, 1, ... until the page is long
    enough, then ``end``, then ``close(i)`` for every unit in reverse order (the end
    tags of nested units)."""

    start: str
    unit: Callable[[int], str]
    end: str = ""
    close: Callable[[int], str] | None = None

    @property
    def html(self) -> bool:
        return self.start.startswith("<")


def _nothing(i: int) -> str:
    return ""


#: name -> shape. Text shapes first, then HTML ones (named ``html-*``).
SHAPES: dict[str, Shape] = {
    "read-also": Shape(HEAD, lambda i: f"Baca Juga: Judul Lain Nomor {i}\n"),
    "related-block": Shape(HEAD + "Berita Terkait\n", lambda i: f"Judul berita lain nomor {i} yang menarik\n"),
    "tags": Shape(HEAD + "Tags:\n", lambda i: f"topik{i}\n"),
    "captions": Shape(HEAD, lambda i: f"Foto: keterangan gambar nomor {i} (ANTARA)\n"),
    # 16 MiB of "a\n" is 8 million lines: refused by max_lines.
    "one-letter-lines": Shape("", lambda i: "a\n"),
    # One line as long as the page: refused by max_line_chars.
    "one-line": Shape("", lambda i: "kata "),
    # Lines just under max_line_chars: every rule meets long lines.
    "long-lines": Shape(HEAD, lambda i: " ".join([_SENTENCE] * 2000) + "\n"),
    # The largest page max_lines allows: 100,000 story lines of 160 characters.
    "story-lines": Shape(HEAD, lambda i: f"{_SENTENCE} Kalimat {i} menambah keterangan lain.\n"),
    "blank-lines": Shape(HEAD, lambda i: " \n\n"),
    "html-tag-links": Shape(
        ("<html><body><article><h1>Judul Berita Tentang Pasar Ikan</h1><p>Pedagang ikan di pasar baru "
         "mulai berjualan sejak pagi, kata pengelola pasar kepada wartawan.</p><div class=\"tags\">"),
        lambda i: f'<a rel="tag" href="/tag/t{i}">topik{i}</a> ',
        "</div></article></body></html>",
    ),
    "html-loose-tag-links": Shape(HTML_HEAD + HTML_STORY, lambda i: f'<a rel="tag" href="/t/{i}">topik {i}</a>',
                                  HTML_TAIL),
    "html-nested-div-pairs": Shape(HTML_HEAD, lambda i: f"<div><div><p>{i} S</p></div></div>",
                                   HTML_STORY + HTML_TAIL),
    "html-deep-nesting": Shape(HTML_HEAD, lambda i: "<div>", HTML_STORY, lambda i: "</div>"),
    "html-unclosed-inline": Shape(HTML_HEAD, lambda i: "<b><i>", HTML_STORY + HTML_TAIL),
    "html-attributes": Shape(HTML_HEAD + "<div", lambda i: f' a{i}="<"', ">" + HTML_STORY + "</div>" + HTML_TAIL),
    "html-attribute-names-like-tags": Shape(
        HTML_HEAD + HTML_STORY, lambda i: f" <a{i % 150}" if i % 150 else "><x" if i else "<x", ">" + HTML_TAIL),
    "html-huge-attribute": Shape(HTML_HEAD + '<div class="', lambda i: "a",
                                 '">' + HTML_STORY + "</div>" + HTML_TAIL),
    "html-doctype-subsets": Shape("<!DOCTYPE html>", lambda i: "<!DOCTYPE [", HTML_HEAD[15:] + HTML_STORY + HTML_TAIL),
    "html-huge-script": Shape(HTML_HEAD + "<script>", lambda i: f"var a{i} = {i};", "</script>" + HTML_STORY
                              + HTML_TAIL),
    "html-comments": Shape(HTML_HEAD, lambda i: f"<!-- {i} -->", HTML_STORY + HTML_TAIL),
    "html-paragraphs": Shape(HTML_HEAD + "<article><h1>Judul Berita Tentang Pasar Ikan</h1>",
                             lambda i: f"<p>{_SENTENCE} Kalimat {i} menambah keterangan lain.</p>",
                             "</article>" + HTML_TAIL),
    "html-long-paragraph": Shape(HTML_HEAD + "<article><h1>Judul Berita Tentang Pasar Ikan</h1><p>",
                                 lambda i: _SENTENCE + " ", "</p></article>" + HTML_TAIL),
    "html-br-lines": Shape(HTML_HEAD + HTML_STORY + "<div>", lambda i: f"Baris {i} keterangan<br>",
                           "</div>" + HTML_TAIL),
    "html-read-also": Shape(HTML_HEAD + "<article><h1>Judul Berita Tentang Pasar Ikan</h1><p>" + _SENTENCE + "</p>",
                            lambda i: f'<p><strong>Baca Juga:</strong> <a href="/b/{i}">Judul lain {i}</a></p>',
                            "</article>" + HTML_TAIL),
    "html-related-list": Shape(HTML_HEAD + HTML_STORY + '<div class="related"><ul>',
                               lambda i: f'<li><a href="/r/{i}">Judul berita lain nomor {i}</a></li>',
                               "</ul></div>" + HTML_TAIL),
    # Lines of running text broken by <br> in one table cell: each is a block of the same
    # row (its element), and the row's cells were read again, and the row's children
    # scanned again, for each of them (a real page laid out in one table row: harpers.org
    # in trafilatura's eval suite, 152 such lines, 2.5x trafilatura's time).
    "html-table-br-lines": Shape(HTML_HEAD + HTML_STORY + "<table><tr><td>",
                                 lambda i: f"Baris {i}: {_SENTENCE}<br>", "</td><td>catatan</td></tr></table>"
                                 + HTML_TAIL),
    "html-table-cells": Shape(HTML_HEAD + HTML_STORY + "<table>", lambda i: f"<tr><td>{i}</td><td>nilai</td></tr>",
                              "</table>" + HTML_TAIL),
    "html-figures": Shape(HTML_HEAD + HTML_STORY,
                          lambda i: f'<figure><img src="/i/{i}.jpg"><figcaption>Foto: keterangan {i}</figcaption>'
                                    "</figure>", HTML_TAIL),
    "html-empty-divs": Shape(HTML_HEAD + HTML_STORY, lambda i: "<div></div>", HTML_TAIL),
    # Short blocks before the story: justext (trafilatura's fallback) looks for each
    # one's neighbours past all the short ones.
    "html-short-divs": Shape(HTML_HEAD + "<h1>Judul Berita Tentang Pasar Ikan</h1>",
                             lambda i: f"<div>Keterangan pendek {i}</div>", HTML_STORY + HTML_TAIL),
    # The same under one wrapper with a logo at its end: each block's caption box was
    # read again per block.
    "html-image-wrapper": Shape(HTML_HEAD + '<div class="wrap"><h1>Judul Berita Tentang Pasar Ikan</h1>',
                                lambda i: f"<div>Keterangan pendek {i}</div>",
                                HTML_STORY + '<img src="/logo.png"></div>' + HTML_TAIL),
}


def shape_page(name: str, size: int) -> str:
    """The page of shape ``name``: as many units as fit in ``size`` characters (one at least)."""
    shape = SHAPES[name]
    close = shape.close or _nothing
    parts, total, i = [shape.start], len(shape.start) + len(shape.end), 0
    while True:
        piece = shape.unit(i)
        grown = total + len(piece) + len(close(i))
        if i and grown > size:
            break
        parts.append(piece)
        total = grown
        i += 1
    parts.append(shape.end)
    if shape.close is not None:
        parts.extend(shape.close(k) for k in range(i - 1, -1, -1))
    return "".join(parts)


def cpu_seconds(page: str | bytes, c: cleaner.Cleaner, runs: int = 2) -> float:
    """The best CPU time of ``runs`` cleanings of ``page`` (a refusal counts as done)."""
    best = float("inf")
    # The cleaning's own time: a collection of the heap a long test session built (the
    # compiled build's suite, 5,000 tests in) landed in one timing and doubled a ratio.
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            with contextlib.suppress(cleaner.InputTooLargeError):
                c.clean(page)
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def growth(name: str, small: int, c: cleaner.Cleaner, factor: int = 4, attempts: int = 3,
           limit: float = MAX_GROWTH) -> float:
    """CPU time at ``factor * small`` bytes over CPU time at ``small`` bytes: the lowest
    ratio of up to ``attempts`` measurements, stopping at the first under ``limit``.

    A quadratic stage gives about ``factor**2`` every time; a busy machine inflates one
    measurement, not all of them (a linear shape measured 8.1 and 8.5 once each with eight
    other jobs on two cores, and 3.0 alone)."""
    pages = shape_page(name, small), shape_page(name, small * factor)
    c.clean(WARM_PAGE)
    ratio = float("inf")
    for _ in range(attempts):
        t_small = cpu_seconds(pages[0], c)
        t_large = cpu_seconds(pages[1], c)
        ratio = min(ratio, t_large / max(t_small, 1e-3))
        if ratio < limit:
            break
    return ratio


@dataclass(frozen=True, slots=True)
class Measure:
    """One cleaning in a child: CPU seconds, peak memory growth (MB), and what it gave."""

    seconds: float
    rss_mb: float
    outcome: str


def _child(conn: object, page: str | bytes, c: cleaner.Cleaner) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    try:
        article = c.clean(page)
        outcome = f"{len(article.paragraphs)} paragraphs" if article.paragraphs else f"empty: {article.reason}"
    except cleaner.CleanerError as e:
        outcome = type(e).__name__
    seconds = time.process_time() - start
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss) / 1024
    conn.send(Measure(seconds, grown, outcome))  # type: ignore[attr-defined]
    os._exit(0)


def measure(page: str | bytes, c: cleaner.Cleaner, timeout: float = 300.0) -> Measure:
    """Clean ``page`` once in a forked child (killed after ``timeout`` s)."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, page, c), daemon=True)
    proc.start()
    send.close()
    try:
        if recv.poll(timeout):
            got: Measure = recv.recv()
            return got
        return Measure(float("inf"), 0.0, f"not done after {timeout:.0f} s")
    except EOFError:
        return Measure(float("inf"), 0.0, f"died (exit code {proc.exitcode})")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()


def main(argv: list[str] | None = None) -> int:
    """Print every shape's CPU time at each size, as str and as bytes (a Markdown table)."""
    ap = argparse.ArgumentParser(prog="python -m tests.growth", description=main.__doc__)
    ap.add_argument("shapes", nargs="*", help="shape names (default: all)")
    ap.add_argument("--mb", type=int, nargs="+", default=[1, 4, 16], help="page sizes in MiB")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a child is killed")
    a = ap.parse_args(argv)
    c = cleaner.Cleaner()
    c.clean(WARM_PAGE)  # imports, rules and lxml's tag names before the fork
    c.clean(HEAD)
    print("| shape | " + " | ".join(f"{mb} MB str | {mb} MB bytes" for mb in a.mb) + " | 16/1 | outcome |")
    print("|---|" + "---:|---:|" * len(a.mb) + "---:|---|")
    for name in a.shapes or SHAPES:
        cells, times, outcome = [], [], ""
        for mb in a.mb:
            page = shape_page(name, mb * MB - 4096)  # under max_bytes at 16 MiB
            for data in (page, page.encode("utf-8")):
                m = measure(data, c, a.timeout)
                cells.append(f"{m.seconds:.2f}")
                outcome = m.outcome
            times.append(m.seconds)
        ratio = f"{times[-1] / max(times[0], 1e-2) / (a.mb[-1] / a.mb[0]):.2f}x" if len(times) > 1 else ""
        print(f"| {name} | " + " | ".join(cells) + f" | {ratio} | {outcome} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
