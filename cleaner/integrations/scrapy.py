"""Scrapy: `CleanerPipeline`, an item pipeline that cleans each item's page.

Enable it in the project's settings (needs ``pip install 'cleaner-berita[scrapy]'``)::

    ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanerPipeline": 300}
    CLEANER_HTML_FIELD = "html"        # the item field with the raw page (str or bytes) ...
    CLEANER_TEXT_FIELD = "text"        # ... or with a text scrape, used when there is no HTML field
    CLEANER_URL_FIELD = "url"          # the page URL (picks the outlet by host)
    CLEANER_FIELDS = ["title", "published", "authors", "text"]   # record keys to write;
                                       # or {"title": "headline", "text": "body"} to rename
    CLEANER_KEEP_INPUT = False         # True: keep the page in the item (bytes kept as decoded text)
    CLEANER_INPUT_FIELD = "input"      # where the item's own values of the fields written go
    CLEANER_DROP_EMPTY = False         # True: DropItem when the body is empty or unreadable
    CLEANER_ERROR_FIELD = "cleaner_error"   # where an unreadable page's message goes
    CLEANER_REASON_FIELD = "cleaner_reason"  # why the body is empty (the record's reason)
    CLEANER_WARNINGS_FIELD = "cleaner_warnings"  # what was recovered (bad bytes, an unused hint)
    CLEANER_OUTLET = None              # force a rule set
    CLEANER_RULES = ["my-rules/"]      # rule files or folders whose outlets join detection
    CLEANER_MAX_BYTES = 16 * 2**20     # and CLEANER_MAX_LINE_CHARS, CLEANER_MAX_LINES, CLEANER_FIX_MOJIBAKE,
    CLEANER_HTML_MAIN = "auto"         # the CleanOptions of the same names
    CLEANER_TIME_BUDGET = 60           # seconds a page may take (then an error); 0: no limit

The defaults work with Scrapy's own feed exporters: the spider yields
``{"url": response.url, "html": response.body}`` and the item that reaches the feed
holds the record (every key but ``removed``), not the raw bytes. The item's own
metadata are hints (`cleaner.Hints`: ``title``, ``author``, ``published`` ... fill
what the page does not give), and none of the item's values is lost: a field the
pipeline writes over (``title``, ``url`` ...) first moves, as it was, into
``CLEANER_INPUT_FIELD``. Items can be dicts or any type `itemadapter` handles; a
`scrapy.Item` must declare the fields the pipeline writes. Cleaning is synchronous
(milliseconds per page) and uses one `Cleaner` per crawler. The time budget is
checked between the stages of cleaning (`cleaner.budget`), so a slow page costs the
reactor about that long at most and its item gets an error, not a stalled crawl.
An item whose body is empty says why in ``CLEANER_REASON_FIELD`` and an item whose
cleaning recovered from something (undecodable bytes, a hint of the wrong type)
lists it in ``CLEANER_WARNINGS_FIELD``, as a batch record's ``reason`` and
``warnings`` do; a `scrapy.Item` that declares neither field goes without them.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..version import DISTRIBUTION

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem, NotConfigured
except ImportError as e:  # pragma: no cover - depends on the install
    raise ImportError(f"cleaner.integrations.scrapy needs Scrapy: pip install '{DISTRIBUTION}[scrapy]' ({e})") from e

from ..batch import BATCH_TIME_BUDGET
from ..core import Cleaner
from ..decode import decode
from ..errors import CleanerError
from ..hints import Hints
from ..options import CleanOptions
from ..record import RECORD_KEYS

__all__ = ["CleanerPipeline", "PipelineSettings"]

logger = logging.getLogger(__name__)
# The package's logger stays silent unless the application configures logging (the
# package itself does not import `logging`: see cleaner/__init__.py).
logging.getLogger("cleaner").addHandler(logging.NullHandler())

#: Written by default: the whole record but ``removed`` (the audit of dropped lines,
#: as large as the page's chrome; ask for it in CLEANER_FIELDS when you want it).
DEFAULT_FIELDS: tuple[str, ...] = tuple(k for k in RECORD_KEYS if k != "removed")


@dataclass(frozen=True, slots=True, kw_only=True)
class PipelineSettings:
    """The pipeline's configuration, read from ``CLEANER_*`` Scrapy settings."""

    html_field: str = "html"
    text_field: str = "text"
    url_field: str = "url"
    fields: Mapping[str, str] = field(default_factory=lambda: {k: k for k in DEFAULT_FIELDS})
    keep_input: bool = False
    input_field: str | None = "input"
    drop_empty: bool = False
    error_field: str | None = "cleaner_error"
    reason_field: str | None = "cleaner_reason"
    warnings_field: str | None = "cleaner_warnings"
    options: CleanOptions = field(default_factory=CleanOptions)

    @classmethod
    def from_settings(cls, settings: Any) -> PipelineSettings:
        """Read ``CLEANER_*`` from a Scrapy ``Settings`` (or any mapping with ``get``)."""
        raw = settings.get("CLEANER_FIELDS")
        if raw is None:
            fields = {k: k for k in DEFAULT_FIELDS}
        elif isinstance(raw, str):
            fields = {k.strip(): k.strip() for k in raw.split(",") if k.strip()}
        elif isinstance(raw, Mapping):
            fields = {str(k): str(v) for k, v in raw.items()}
        elif isinstance(raw, Sequence):
            fields = {str(k): str(k) for k in raw}
        else:
            raise NotConfigured(f"CLEANER_FIELDS must be a list of record keys or a dict, not {type(raw).__name__}")
        unknown = sorted(set(fields) - set(RECORD_KEYS))
        if unknown:
            raise NotConfigured(f"CLEANER_FIELDS: unknown record key {', '.join(unknown)}; "
                                f"choose from {', '.join(RECORD_KEYS)}")
        error_field = settings.get("CLEANER_ERROR_FIELD", "cleaner_error")
        return cls(
            html_field=settings.get("CLEANER_HTML_FIELD", "html"),
            text_field=settings.get("CLEANER_TEXT_FIELD", "text"),
            url_field=settings.get("CLEANER_URL_FIELD", "url"),
            fields=fields,
            keep_input=_bool(settings.get("CLEANER_KEEP_INPUT", False)),
            input_field=settings.get("CLEANER_INPUT_FIELD", "input") or None,
            drop_empty=_bool(settings.get("CLEANER_DROP_EMPTY", False)),
            error_field=error_field or None,
            reason_field=settings.get("CLEANER_REASON_FIELD", "cleaner_reason") or None,
            warnings_field=settings.get("CLEANER_WARNINGS_FIELD", "cleaner_warnings") or None,
            options=_options(settings),
        )


def _options(settings: Any) -> CleanOptions:
    """`CleanOptions` from ``CLEANER_OUTLET``, ``CLEANER_MAX_BYTES``, ``CLEANER_MAX_LINE_CHARS``, ``CLEANER_MAX_LINES``,
    ``CLEANER_FIX_MOJIBAKE``, ``CLEANER_HTML_MAIN``, ``CLEANER_TIME_BUDGET`` and ``CLEANER_RULES``
    (a path or a list)."""
    default = CleanOptions()
    rules = settings.get("CLEANER_RULES") or ()
    try:
        return CleanOptions(
            outlet=settings.get("CLEANER_OUTLET") or None,
            max_bytes=int(settings.get("CLEANER_MAX_BYTES", default.max_bytes)),
            max_line_chars=int(settings.get("CLEANER_MAX_LINE_CHARS", default.max_line_chars)),
            max_lines=int(settings.get("CLEANER_MAX_LINES", default.max_lines)),
            fix_mojibake=_bool(settings.get("CLEANER_FIX_MOJIBAKE", False)),
            html_main=str(settings.get("CLEANER_HTML_MAIN", default.html_main)),
            rules_paths=(rules,) if isinstance(rules, str) else tuple(rules),
            time_budget=_time_budget(settings.get("CLEANER_TIME_BUDGET", BATCH_TIME_BUDGET)),
        )
    except (CleanerError, ValueError) as e:
        raise NotConfigured(f"CLEANER_* settings: {e}") from e


def _time_budget(value: Any) -> float | None:
    # Seconds a page may take (a slow page must not stall the reactor); 0 or "" is none.
    try:
        seconds = float(value) if value not in (None, "") else 0.0
    except (TypeError, ValueError):
        raise NotConfigured(f"CLEANER_TIME_BUDGET must be a number of seconds, not {value!r}") from None
    if not 0 <= seconds < float("inf"):
        raise NotConfigured(f"CLEANER_TIME_BUDGET must be a number of seconds, not {value!r}")
    return seconds or None


def _bool(value: Any) -> bool:
    # Settings from the command line (-s CLEANER_DROP_EMPTY=False) arrive as strings.
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class CleanerPipeline:
    """Cleans the page in each item and writes the record's fields into the item.

    An item whose page is unreadable (binary, too large) gets ``CLEANER_ERROR_FIELD``
    with the reason. With ``CLEANER_DROP_EMPTY`` such items, items with no page field
    and items whose clean body is empty are dropped through `DropItem`; without it
    every item goes on.
    """

    def __init__(self, settings: PipelineSettings | None = None) -> None:
        self.settings = settings or PipelineSettings()
        try:
            self.cleaner = Cleaner(self.settings.options)
        except CleanerError as e:  # an unknown CLEANER_OUTLET, a bad CLEANER_RULES path
            raise NotConfigured(f"CLEANER_OUTLET / CLEANER_RULES: {e}") from e

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanerPipeline:
        return cls(PipelineSettings.from_settings(crawler.settings))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean one item (``spider`` is accepted for Scrapy versions that pass it)."""
        s = self.settings
        adapter = ItemAdapter(item)
        # An empty HTML field does not hide the text scrape beside it (as with JSONL).
        body = s.html_field if adapter.get(s.html_field) not in (None, "", b"") else s.text_field
        if adapter.get(body) is None and adapter.get(s.html_field) is not None:
            body = s.html_field  # no text field either: clean the empty page (an empty record)
        page = adapter.get(body)
        if page is None:
            return self._failed(item, adapter, None, f"no {s.html_field!r} or {s.text_field!r} field")
        url = adapter.get(s.url_field)
        try:
            if not isinstance(page, str | bytes):
                raise CleanerError(f"field {body!r} must be str or bytes, not {type(page).__name__}")
            article = self.cleaner.clean(page, url=url if isinstance(url, str) else None,
                                         hints=Hints.from_mapping(adapter))
        except CleanerError as e:
            return self._failed(item, adapter, body, str(e))
        except Exception as e:  # a bug or an unsupported page must not cost the crawl its item
            return self._failed(item, adapter, body, f"{type(e).__name__}: {e}")
        if s.drop_empty and not article.paragraphs:
            raise DropItem(f"empty body ({article.reason or 'nothing kept'}): {url or ''}".rstrip(": "))
        self._page_field(adapter, body)
        record = article.to_dict()
        self._move_own(adapter, s.fields.values())
        for key, name in s.fields.items():
            adapter[name] = record[key]
        extra: tuple[tuple[str | None, Any], ...] = (
            (s.reason_field, article.reason), (s.warnings_field, list(article.warnings)))
        for target, value in extra:
            if target and value:
                with contextlib.suppress(KeyError):  # a `scrapy.Item` that does not declare the field
                    adapter[target] = value
        return item

    def _page_field(self, adapter: ItemAdapter, body: str) -> None:
        """Remove the page (default), or keep it as text: feed exporters cannot write bytes."""
        if not self.settings.keep_input:
            del adapter[body]
        elif isinstance(adapter[body], bytes):
            adapter[body] = decode(adapter[body], max_bytes=self.settings.options.max_bytes)[0]

    def _move_own(self, adapter: ItemAdapter, names: Any) -> None:
        """The item's own values of the fields about to be written, moved into the input field."""
        target = self.settings.input_field
        own = {n: adapter[n] for n in names if n != target and adapter.get(n) is not None}
        if not own or target is None:
            return
        previous = adapter.get(target)
        adapter[target] = {**previous, **own} if isinstance(previous, dict) else own

    def _failed(self, item: Any, adapter: ItemAdapter, body: str | None, message: str) -> Any:
        url = adapter.get(self.settings.url_field)
        if self.settings.drop_empty:
            raise DropItem(f"cannot clean: {message}" + (f": {url}" if url else ""))
        logger.warning("cannot clean %s: %s", url or "item", message)
        if body is not None and not self.settings.keep_input:
            del adapter[body]
        elif body is not None and isinstance(adapter[body], bytes):
            adapter[body] = adapter[body].decode("utf-8", "replace")  # unreadable: kept as well as it reads
        if self.settings.error_field:
            adapter[self.settings.error_field] = message
        return item
