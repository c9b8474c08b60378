"""The article record (`Article`) and the note of one removed line (`Removal`).

`Article.to_dict()` gives exactly the keys of the output contract (SPEC.md), in its
order; `reason` and `warnings` are kept as attributes for callers and the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from .fields import FIELD_NAMES

#: The record's keys, in the order SPEC.md lists them: the metadata fields are those
#: of the registry (`cleaner.fields.FIELDS`), each an attribute of `Article`.
RECORD_KEYS: tuple[str, ...] = ("outlet", "url", *FIELD_NAMES, "paragraphs", "text", "removed")


@dataclass(frozen=True, slots=True)
class Removal:
    """One input line (HTML: text block) that did not become body, and the rule why."""

    line: int
    text: str
    rule: str

    def __init__(self, line: int, text: str, rule: str) -> None:
        # Explicit for the compiled build (`cleaner.segment.Block`); a frozen class sets
        # its fields as the generated __init__ does.
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "rule", rule)

    def __reduce__(self) -> tuple[type[Removal], tuple[int, str, str]]:
        # Explicit for the compiled build, whose frozen native classes pickle only this way.
        return Removal, (self.line, self.text, self.rule)

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "rule": self.rule}


#: Keys a batch or ``--fields`` may ask for besides the record's (`Article.extra`):
#: ``markdown`` (`Article.to_markdown`) and ``structure`` (what each paragraph was).
EXTRA_KEYS: tuple[str, ...] = ("markdown", "structure")

#: The record keys of `Article.metadata`: all but the body and the audit.
METADATA_KEYS: tuple[str, ...] = tuple(k for k in RECORD_KEYS if k not in ("paragraphs", "text", "removed"))


@dataclass(frozen=True, slots=True)
class Structure:
    """What one paragraph was on an HTML page: ``kind`` is ``"p"``, ``"h1"`` ... ``"h6"``,
    ``"li"`` (an item of a bulleted list), ``"ol"`` (of a numbered list), ``"tr"`` (a
    table row) or ``"th"`` (a header row); ``cells`` are a row's cells. The paragraph's
    text stays what a text scrape prints (cells joined by a space)."""

    kind: str = "p"
    cells: tuple[str, ...] = ()

    def __init__(self, kind: str = "p", cells: tuple[str, ...] = ()) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "cells", cells)

    def __reduce__(self) -> tuple[type[Structure], tuple[str, tuple[str, ...]]]:
        return Structure, (self.kind, self.cells)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A cleaned article: the body, its metadata and what was removed.

    ``reason`` says why the body is empty (``None`` when it is not); ``warnings``
    lists what went wrong but was recovered (for example undecodable bytes).
    """

    outlet: str
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    published: str | None = None
    dateline: str | None = None
    source: str | None = None
    reading_time_minutes: int | None = None
    summary: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    reason: str | None = None
    warnings: tuple[str, ...] = field(default=())
    #: For HTML input, one `Structure` per paragraph (headings, list items, table rows);
    #: empty for a text scrape, whose paragraphs are all plain.
    structure: tuple[Structure, ...] = field(default=(), compare=False)

    def __init__(
        self, *, outlet: str, url: str | None = None, title: str | None = None, subtitle: str | None = None,
        authors: tuple[str, ...] = (), editors: tuple[str, ...] = (), published: str | None = None,
        dateline: str | None = None, source: str | None = None, reading_time_minutes: int | None = None,
        summary: tuple[str, ...] = (), captions: tuple[str, ...] = (), related: tuple[str, ...] = (),
        tags: tuple[str, ...] = (), paragraphs: tuple[str, ...] = (), removed: tuple[Removal, ...] = (),
        reason: str | None = None, warnings: tuple[str, ...] = (), structure: tuple[Structure, ...] = (),
    ) -> None:
        # Explicit for the compiled build (`cleaner.segment.Block`): the fields above, in order.
        object.__setattr__(self, "outlet", outlet)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "subtitle", subtitle)
        object.__setattr__(self, "authors", authors)
        object.__setattr__(self, "editors", editors)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "dateline", dateline)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "reading_time_minutes", reading_time_minutes)
        object.__setattr__(self, "summary", summary)
        object.__setattr__(self, "captions", captions)
        object.__setattr__(self, "related", related)
        object.__setattr__(self, "tags", tags)
        object.__setattr__(self, "paragraphs", paragraphs)
        object.__setattr__(self, "removed", removed)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "warnings", warnings)
        object.__setattr__(self, "structure", structure)

    def __reduce__(self) -> tuple[Callable[[dict[str, Any]], Article], tuple[dict[str, Any]]]:
        # Keyword-only: pickled as its fields by name (explicit for the compiled build).
        return _article, ({name: getattr(self, name) for name in _ARTICLE_FIELDS},)

    @property
    def text(self) -> str:
        """The body: `paragraphs` joined with one blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The record as SPEC.md defines it: exactly its keys, lists as lists."""
        out: dict[str, Any] = {}
        for key in RECORD_KEYS:
            if key == "removed":
                out[key] = [r.to_dict() for r in self.removed]
            else:
                value = getattr(self, key)
                out[key] = list(value) if isinstance(value, tuple) else value
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """The record as JSON text (UTF-8 characters kept, not escaped)."""
        import json  # on first use: a page printed as text needs no `json` (~1.3 ms of a one-file run)

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def metadata(self) -> dict[str, Any]:
        """The record without the body and the audit: the keys of `METADATA_KEYS`."""
        record = self.to_dict()
        return {k: record[k] for k in METADATA_KEYS}

    def extra(self, key: str) -> Any:
        """The value of a record key or of one of `EXTRA_KEYS`: ``structure`` is one
        ``{"kind", "cells"}`` per paragraph (``"p"`` and no cells for plain text).

        >>> Article(outlet="generic", paragraphs=("Satu.",)).extra("structure")
        [{'kind': 'p', 'cells': []}]
        """
        if key == "markdown":
            return self.to_markdown()
        if key == "structure":
            kinds = self.structure if len(self.structure) == len(self.paragraphs) else (Structure(),) * len(
                self.paragraphs)
            return [{"kind": k.kind, "cells": list(k.cells)} for k in kinds]
        if key not in RECORD_KEYS:
            raise KeyError(key)
        return self.to_dict()[key]

    def to_markdown(self) -> str:
        """The article as Markdown: the headline as ``#``, then the body, with an HTML
        page's headings, list items and tables as Markdown ones (`cleaner.formats`)."""
        from .formats import markdown

        return markdown(self)


#: `Article`'s fields, in order (what its pickle holds).
_ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article))


def _article(values: dict[str, Any]) -> Article:
    """A pickled `Article` (its `__reduce__`)."""
    return Article(**values)
