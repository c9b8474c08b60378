"""The pipeline: ``decode -> segment -> detect_outlet -> apply rules -> assemble``.

For raw HTML, *segment* is the HTML front end (`cleaner.html`): it parses the page,
finds the story's container, and hands the engine the blocks a text scrape of the
story would give (headline first); the blocks it left out are listed in `removed`
with the rule that took them, and the metadata the markup carries (`PageHints`) fills
the fields the text rules left empty (the headline found in the markup replaces a
guessed one). The canonical link picks the outlet when the caller gave no URL.

`Cleaner` holds the options and the compiled rule sets, so a pipeline that cleans
millions of pages builds one and calls :meth:`Cleaner.clean` for each. It keeps no
state between calls and is safe to share between threads.
"""

from __future__ import annotations

import dataclasses

from .decode import check_decodable, decode, repair_mojibake, require_ftfy
from .detect import GENERIC, detect_outlet
from .engine import clean_blocks
from .errors import UnknownOutletError
from .options import CleanOptions
from .record import Article
from .rules import RuleSet, available_outlets, load_ruleset
from .segment import Block, split_lines


class Cleaner:
    """A reusable cleaner. ``Cleaner(CleanOptions(outlet="tempo")).clean(page)``."""

    __slots__ = ("options",)

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        if self.options.fix_mojibake:
            require_ftfy()  # fail now, not on the first page
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
        return self._clean(data, url=url, outlet=outlet, ruleset=None)

    def _clean(self, data: str | bytes, *, url: str | None, outlet: str | None,
               ruleset: RuleSet | None) -> Article:
        """The pipeline; ``ruleset``, when given, replaces the detected one (a subclass
        such as `cleaner.learn.LearnedCleaner` picks it)."""
        opts = self.options
        text, warnings = decode(data, max_bytes=opts.max_bytes)
        check_decodable(text)
        if opts.fix_mojibake:
            text, fixed = repair_mojibake(text)
            if fixed:
                warnings.append(f"repaired mojibake on {fixed:,} lines (fix_mojibake)")
        from .html import looks_like_html

        if looks_like_html(text):
            return self._clean_html(text, url=url, outlet=outlet, ruleset=ruleset, warnings=tuple(warnings))
        blocks = split_lines(text, max_line_chars=opts.max_line_chars)
        # Fingerprints read the folded blocks, so no-break spaces and CRLF match too.
        if ruleset is None:
            name = outlet or opts.outlet or detect_outlet("\n".join(b.text for b in blocks), url)
            ruleset = load_ruleset(name)
        return clean_blocks(blocks, ruleset, url=url, warnings=tuple(warnings))

    def _clean_html(self, text: str, *, url: str | None, outlet: str | None,
                    ruleset: RuleSet | None, warnings: tuple[str, ...]) -> Article:
        from .html import front_end, page_outlet, read_page
        from .htmlmeta import MARKUP_WINS, merge_hints

        opts = self.options
        page = read_page(text, max_depth=opts.max_html_depth)
        if page is None:
            chosen = ruleset or load_ruleset(outlet or opts.outlet or detect_outlet("", url))
            return Article(outlet=chosen.name, url=url, reason="empty input", warnings=warnings)
        url = url or page.url
        if ruleset is None:
            ruleset = load_ruleset(outlet or opts.outlet or page_outlet(page, url))
        use_trafilatura = {"auto": None, "density": False, "trafilatura": True}[opts.html_main]
        front = front_end(page, ruleset, use_trafilatura=use_trafilatura)
        if front.headline_first and ruleset.title_mode != "first-line":
            ruleset = dataclasses.replace(ruleset, title_mode="first-line")
        article = clean_blocks(front.blocks, ruleset, url=url, warnings=warnings)
        removed = tuple(sorted((*front.removed, *article.removed), key=lambda r: r.line))
        reason = front.reason or article.reason
        if not page.blocks:
            reason = "empty input: the page has no visible text"
        article = dataclasses.replace(article, removed=removed, reason=reason)
        if front.reason:
            article = dataclasses.replace(article, paragraphs=())
        wins = MARKUP_WINS if not front.headline_first else frozenset()
        return merge_hints(article, front.hints, markup_wins=wins)

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
