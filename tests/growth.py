"""Pages of one shape at any size, and how cleaning time grows with the size.

Each shape repeats one kind of line (or HTML element) that once made cleaning grow
faster than the page: a field that collected values with ``item not in list``, a
line per block kept in memory. `growth` cleans a shape at two sizes and returns the
ratio of the CPU times: about 4 for four times the bytes when cleaning is linear,
about 16 when it is quadratic. CPU time of this process (not wall-clock time) and
the best of a few runs, so a busy machine does not move the ratio much.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import cleaner

HEAD = ("Judul Berita Tentang Pasar Ikan Yang Baru\n"
        "Jakarta - Pedagang ikan di pasar baru mulai berjualan sejak pagi, kata pengelola pasar.\n")

#: name -> (the page's start, one repeated unit for index i, the page's end)
SHAPES: dict[str, tuple[str, Callable[[int], str], str]] = {
    "read-also": (HEAD, lambda i: f"Baca Juga: Judul Lain Nomor {i}\n", ""),
    "related-block": (HEAD + "Berita Terkait\n", lambda i: f"Judul berita lain nomor {i} yang menarik\n", ""),
    "tags": (HEAD + "Tags:\n", lambda i: f"topik{i}\n", ""),
    "captions": (HEAD, lambda i: f"Foto: keterangan gambar nomor {i} (ANTARA)\n", ""),
    "one-letter-lines": ("", lambda i: "a\n", ""),
    "html-tag-links": (
        ("<html><body><article><h1>Judul Berita Tentang Pasar Ikan</h1><p>Pedagang ikan di pasar baru "
         "mulai berjualan sejak pagi, kata pengelola pasar kepada wartawan.</p><div class=\"tags\">"),
        lambda i: f'<a rel="tag" href="/tag/t{i}">topik{i}</a> ',
        "</div></article></body></html>",
    ),
}


def shape_page(name: str, size: int) -> str:
    """The page of shape ``name``, about ``size`` bytes long."""
    start, unit, end = SHAPES[name]
    parts, total, i = [start], len(start) + len(end), 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    parts.append(end)
    return "".join(parts)


def cpu_seconds(page: str, c: cleaner.Cleaner, runs: int = 2) -> float:
    """The best CPU time of ``runs`` cleanings of ``page`` (a refusal counts as done)."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        with contextlib.suppress(cleaner.InputTooLargeError):
            c.clean(page)
        best = min(best, time.process_time() - start)
    return best


def growth(name: str, small: int, c: cleaner.Cleaner, factor: int = 4) -> float:
    """CPU time at ``factor * small`` bytes over CPU time at ``small`` bytes."""
    t_small = cpu_seconds(shape_page(name, small), c)
    t_large = cpu_seconds(shape_page(name, small * factor), c)
    return t_large / max(t_small, 1e-3)
