"""The pipeline: ``decode -> front end -> detect outlet -> engine -> finish``.

The front end (`cleaner.front`) turns the decoded page into blocks for the engine: one
per line for a text scrape, and for raw HTML (`cleaner.html.pipeline`) the blocks a
text scrape of the story would give (headline first), with the blocks it took itself
and the record fields the markup gives. The rule set is the forced one or the
detected one (for HTML, the canonical link picks the outlet when the caller gave no
URL). The engine (`cleaner.engine`) cleans the blocks, and the front end's `finish`
adds what it knows to the record; both kinds of page take the same steps here.

`Cleaner` holds the options, so a pipeline that cleans millions of pages builds one
and calls :meth:`Cleaner.clean` for each. Rule sets are compiled when a page first
needs one (once per process, and cached on disk across processes: `cleaner.rules`).
It keeps no state between calls and is safe to share between threads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .budget import check_deadline, deadline
from .decode import check_decodable, decode_utf8, repair_mojibake, require_ftfy
from .detect import GENERIC, detect_outlet
from .engine import clean_blocks
from .errors import InputError, OptionsError, UnknownOutletError
from .front import FrontEnd, text_front_end
from .html.sniff import looks_like_html
from .options import CleanOptions
from .record import Article
from .rules import RuleSet, load_ruleset, require_outlet, rule_files
from .segment import Block

if TYPE_CHECKING:
    from .hints import Hints
    from .html.frontend import HtmlPage


class Cleaner:
    """A reusable cleaner. ``Cleaner(CleanOptions(outlet="tempo")).clean(page)``."""

    __slots__ = ("_extra", "options")

    def __init__(self, options: CleanOptions | None = None) -> None:
        if options is not None and not isinstance(options, CleanOptions):
            raise OptionsError(f"options must be a CleanOptions, not {type(options).__name__}")
        self.options = options or CleanOptions()
        if self.options.fix_mojibake:
            require_ftfy()  # fail now, not on the first page
        #: The caller's outlets (`CleanOptions.rules_paths`) as ``(path, rule set)``.
        self._extra = tuple((path, load_ruleset(path)) for path in rule_files(self.options.rules_paths))
        if self.options.outlet is not None:
            # Fail now on an unknown name or a bad rule file, not per page; a shipped
            # rule set is compiled when the first page needs it (`cleaner.rules`).
            require_outlet(self._named(self.options.outlet))

    def _named(self, outlet: str) -> str:
        """``outlet`` as `load_ruleset` takes it: an added outlet's name becomes its path."""
        for path, ruleset in self._extra:
            if ruleset.name == outlet:
                return path
        return outlet

    def _detect(self, text: str, url: str | None, outlet: str | None, page: HtmlPage | None = None) -> RuleSet:
        """The rule set for a page: the forced one, else detected. An HTML ``page`` is
        read by its URL, ``og:`` tags and story text (`cleaner.html.frontend.page_outlet`); with
        the caller's own outlets (`CleanOptions.rules_paths`) it is read as text is."""
        forced = outlet or self.options.outlet
        if forced:
            return load_ruleset(self._named(forced))
        if page is not None and not self._extra:
            from .html.frontend import page_outlet

            return load_ruleset(page_outlet(page, url))
        return load_ruleset(detect_outlet(text, url, self._extra))

    def clean(self, data: str | bytes, *, url: str | None = None, outlet: str | None = None,
              hints: Hints | Mapping[str, Any] | None = None) -> Article:
        """Clean one page (a text scrape or raw HTML, as ``str`` or ``bytes``).

        ``url`` picks the outlet by host and is copied to the record; ``outlet``
        forces a rule set for this call; ``hints`` (a `Hints`, or a crawler's record
        such as ``{"title": ..., "author": ..., "published": ...}``) fill the fields
        the page does not give. Raises `InputError` subclasses for input that cannot
        be read, `UnknownOutletError` for an unknown ``outlet``, `RuleSetError` for a
        rule file that does not load, `OptionsError` for ``hints`` that are no mapping,
        `TimeBudgetError` when `CleanOptions.time_budget` is spent: all are
        `CleanerError`. A page with no story is no error (its record's ``reason``).
        """
        return self._clean(data, url=url, outlet=outlet, ruleset=None, hints=hints)

    def _clean(self, data: str | bytes, *, url: str | None, outlet: str | None,
               ruleset: RuleSet | None, hints: Hints | Mapping[str, Any] | None = None) -> Article:
        """The pipeline under the time budget, then the caller's hints; ``ruleset``, when
        given, replaces the detected one (a subclass such as `cleaner.learn.LearnedCleaner`
        picks it)."""
        check_arguments(url=url, outlet=outlet)
        given = None
        if hints is not None:  # `cleaner.hints` (and the `datetime` it needs) load for hints only
            from .hints import Hints

            given = Hints.of(hints)
        if self.options.time_budget is None:  # no context to open (a generator's worth per page)
            article = self._pipeline(data, url=url, outlet=outlet, ruleset=ruleset)
        else:
            with deadline(self.options.time_budget):
                article = self._pipeline(data, url=url, outlet=outlet, ruleset=ruleset)
        if given is None:
            return article
        from .hints import apply_hints

        return apply_hints(article, given)

    def _pipeline(self, data: str | bytes, *, url: str | None, outlet: str | None,
                  ruleset: RuleSet | None) -> Article:
        opts = self.options
        text, warnings, utf8 = decode_utf8(data, max_bytes=opts.max_bytes)
        check_deadline()
        check_decodable(text)
        if opts.fix_mojibake:
            text, fixed = repair_mojibake(text)
            if fixed:
                utf8 = None
                warnings.append(f"repaired mojibake on {fixed:,} lines (fix_mojibake)")
        front, ruleset, joined = self._front_end(text, url=url, outlet=outlet, ruleset=ruleset, utf8=utf8)
        rules = front.engine_rules(ruleset)
        article = clean_blocks(front.blocks, rules, url=front.url, warnings=tuple(warnings), joined=joined,
                               headline_line=front.headline_line, answers=front.engine_answers(rules),
                               story_lines=frozenset(front.story_lines))
        return front.finish(article)

    def _front_end(self, text: str, *, url: str | None, outlet: str | None,
                   ruleset: RuleSet | None, utf8: bytes | None = None) -> tuple[FrontEnd, RuleSet, str | None]:
        """The page's front end (HTML or text: `cleaner.front`) and the rule set for it:
        ``ruleset`` when given, else the forced or detected one; and for a text page its
        blocks' texts joined by line breaks (what detection reads and the split gate scans).
        ``utf8``: ``text``'s UTF-8 encoding, when decoding had it (the HTML parser reads it)."""
        opts = self.options
        if looks_like_html(text):
            from .html.pipeline import html_front_end

            def detect(page_text: str, page_url: str | None, page: HtmlPage | None) -> RuleSet:
                return self._detect(page_text, page_url, outlet, page)

            front, ruleset = html_front_end(text, url=url, ruleset=ruleset, detect=detect,
                                            max_depth=opts.max_html_depth, html_main=opts.html_main, utf8=utf8)
            return front, ruleset, None
        front = text_front_end(text, url=url, max_line_chars=opts.max_line_chars, max_lines=opts.max_lines)
        check_deadline()
        # Fingerprints read the folded blocks, so no-break spaces and CRLF match too.
        joined = "\n".join([b.text for b in front.blocks])
        if ruleset is None:  # the caller's URL, else the one the page names (a reader proxy's header)
            ruleset = self._detect(joined, front.url, outlet)
        return front, ruleset, joined

    def segment(self, text: str) -> tuple[list[Block], str | None]:
        """The blocks of a page and the URL it names for itself (HTML canonical link)."""
        if looks_like_html(text):
            from .html.frontend import html_blocks

            return html_blocks(text, max_depth=self.options.max_html_depth)
        front = text_front_end(text, url=None, max_line_chars=self.options.max_line_chars,
                               max_lines=self.options.max_lines)
        return front.blocks, None


def check_arguments(*, url: object, outlet: object) -> None:
    """Refuse a ``url`` or ``outlet`` of the wrong type with a `CleanerError` (not the
    ``AttributeError`` it would become deep inside)."""
    if url is not None and not isinstance(url, str):
        raise InputError(f"url must be a str or None, not {type(url).__name__} {url!r:.80}")
    if outlet is not None and not isinstance(outlet, str):
        raise OptionsError(f"outlet must be a rule set name or a .toml path (str) or None, "
                           f"not {type(outlet).__name__} {outlet!r:.80}")


_default: Cleaner | None = None


def clean(data: str | bytes, *, url: str | None = None, outlet: str | None = None,
          hints: Hints | Mapping[str, Any] | None = None) -> Article:
    """Clean one page with default options. See :meth:`Cleaner.clean`.

    >>> article = clean("Judul Berita\\n\\nJakarta - Isi berita pertama di sini.\\nADVERTISEMENT")
    >>> article.paragraphs
    ('Isi berita pertama di sini.',)
    """
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(data, url=url, outlet=outlet, hints=hints)


__all__ = ["GENERIC", "Cleaner", "UnknownOutletError", "clean"]
