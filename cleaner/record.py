"""The article record (`Article`) and the note of one removed line (`Removal`).

`Article.to_dict()` gives exactly the keys of the output contract (SPEC.md), in its
order; `reason` and `warnings` are kept as attributes for callers and the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .fields import FIELD_NAMES, LIST_FIELDS

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
        """``{"line": ..., "text": ..., "rule": ...}``, as the record's ``removed`` lists it."""
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

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Article:
        """The `Article` a record stands for: `to_dict`'s (``--json``'s) or a batch's,
        read back from storage; ``Article.from_dict(a.to_dict()).to_dict() ==
        a.to_dict()``. A batch record's ``reason`` and ``warnings`` are read too, its
        other keys (``path``, the crawl's own fields) and ``text`` (made of
        ``paragraphs``) are not. A key of the wrong type, or no ``outlet``, is an
        `InputError` naming it.

        >>> a = Article(outlet="generic", title="Judul", paragraphs=("Satu.", "Dua."))
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        from .errors import InputError

        if not isinstance(record, Mapping):
            raise InputError(f"a record must be a mapping, not {type(record).__name__}")
        values: dict[str, Any] = {}
        for key in _ARTICLE_FIELDS:
            if key == "structure" or key not in record or (record[key] is None and key != "outlet"):
                continue
            value = record[key]
            if key == "removed":
                values[key] = _removals(value)
            elif key == "reading_time_minutes":
                if not isinstance(value, int) or isinstance(value, bool):
                    raise InputError(f"record key 'reading_time_minutes' must be a whole number or null, "
                                     f"not {type(value).__name__}")
                values[key] = value
            elif key in _LIST_KEYS:
                if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                    raise InputError(f"record key {key!r} must be a list of strings")
                values[key] = tuple(value)
            elif not isinstance(value, str):
                raise InputError(f"record key {key!r} must be a string{'' if key == 'outlet' else ' or null'}, "
                                 f"not {type(value).__name__}")
            else:
                values[key] = value
        if "outlet" not in values:
            raise InputError("a record needs its 'outlet' key (a string)")
        return cls(**values)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """`from_dict` of a JSON record (`to_json`'s, a line of ``--jsonl``'s output);
        text that is no JSON object is an `InputError`."""
        import json

        from .errors import InputError

        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as e:
            raise InputError(f"not a JSON record: {e}") from None
        return cls.from_dict(record)

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


#: `Article`'s fields that are lists of strings in a record: the engine's list fields
#: (`cleaner.fields.LIST_FIELDS`, one list: a list field added there is read back as one
#: here) and the two lists no rule fills, the body and the warnings.
_LIST_KEYS: frozenset[str] = LIST_FIELDS | {"paragraphs", "warnings"}


def _removals(value: Any) -> tuple[Removal, ...]:
    """A record's ``removed`` list as `Removal` objects (`Article.from_dict`)."""
    from .errors import InputError

    out: list[Removal] = []
    for item in value if isinstance(value, list | tuple) else (None,):
        if not (isinstance(item, Mapping) and isinstance(item.get("line"), int)
                and not isinstance(item.get("line"), bool)
                and isinstance(item.get("text"), str) and isinstance(item.get("rule"), str)):
            raise InputError("record key 'removed' must be a list of {\"line\": int, \"text\": str, \"rule\": str}")
        out.append(Removal(item["line"], item["text"], item["rule"]))
    return tuple(out)


def _article(values: dict[str, Any]) -> Article:
    """A pickled `Article` (its `__reduce__`)."""
    return Article(**values)
