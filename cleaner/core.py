"""The pipeline: ``decode -> segment -> detect_outlet -> apply rules -> assemble``.

`Cleaner` holds the options and the compiled rule sets, so a pipeline that cleans
millions of pages builds one and calls :meth:`Cleaner.clean` for each. It keeps no
state between calls and is safe to share between threads.
"""

from __future__ import annotations

from .decode import check_decodable, decode
from .detect import GENERIC, detect_outlet
from .engine import clean_blocks
from .errors import UnknownOutletError
from .options import CleanOptions
from .record import Article
from .rules import available_outlets, load_ruleset
from .segment import Block, split_lines


class Cleaner:
    """A reusable cleaner. ``Cleaner(CleanOptions(outlet="tempo")).clean(page)``."""

    __slots__ = ("options",)

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        if self.options.outlet is not None:
            load_ruleset(self.options.outlet)  # fail now on an unknown name, not per page
        else:
            for name in available_outlets():
                load_ruleset(name)

    def clean(self, data: str | bytes, *, url: str | None = None, outlet: str | None = None) -> Article:
        """Clean one page (a text scrape or raw HTML, as ``str`` or ``bytes``).

        ``url`` picks the outlet by host and is copied to the record; ``outlet``
        forces a rule set for this call. Raises `InputError` subclasses for input
        that cannot be read, `UnknownOutletError` for an unknown ``outlet``.
        """
        opts = self.options
        text, warnings = decode(data, max_bytes=opts.max_bytes)
        check_decodable(text)
        blocks, page_url = self.segment(text)
        url = url or page_url
        # Fingerprints read the folded blocks, so no-break spaces and CRLF match too.
        name = outlet or opts.outlet or detect_outlet("\n".join(b.text for b in blocks), url)
        ruleset = load_ruleset(name)
        return clean_blocks(blocks, ruleset, url=url, warnings=tuple(warnings))

    def segment(self, text: str) -> tuple[list[Block], str | None]:
        """The blocks of a page and the URL it names for itself (HTML canonical link)."""
        from .html import looks_like_html

        if looks_like_html(text):
            from .html import html_blocks

            return html_blocks(text, max_depth=self.options.max_html_depth)
        return split_lines(text, max_line_chars=self.options.max_line_chars), None


_default: Cleaner | None = None


def clean(data: str | bytes, *, url: str | None = None, outlet: str | None = None) -> Article:
    """Clean one page with default options. See :meth:`Cleaner.clean`.

    >>> article = clean("Judul Berita\\n\\nJakarta - Isi berita pertama di sini.\\nADVERTISEMENT")
    >>> article.paragraphs
    ('Isi berita pertama di sini.',)
    """
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(data, url=url, outlet=outlet)


__all__ = ["GENERIC", "Cleaner", "UnknownOutletError", "clean"]
