"""`CleanOptions`: every knob of a `Cleaner`, in one immutable object."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

#: The precision/recall knob, as values of `CleanOptions.html_main`.
HTML_MAIN_ALIASES: dict[str, str] = {"precision": "trafilatura", "recall": "density", "balanced": "auto"}


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanOptions:
    """Options for :class:`cleaner.Cleaner`. Immutable; derive variants with :meth:`replace`.

    >>> CleanOptions().replace(outlet="tempo").outlet
    'tempo'
    """

    #: Force this rule set (``"tempo"``, ``"generic"``, ...) instead of detecting it.
    outlet: str | None = None
    #: Inputs larger than this many bytes (UTF-8 for ``str``) raise `InputTooLargeError`.
    max_bytes: int = 16 * 1024 * 1024
    #: A text line longer than this raises `InputTooLargeError` (no paragraph is that long).
    max_line_chars: int = 200_000
    #: HTML nested deeper than this is flattened below that depth.
    max_html_depth: int = 400
    #: Repair mojibake (UTF-8 read as windows-1252) with ftfy before cleaning. Off by
    #: default: the output contract keeps text exactly as the page printed it, and a
    #: repaired paragraph is no longer a line of the input. Needs ``cleaner-berita[mojibake]``.
    fix_mojibake: bool = False
    #: How an HTML page's story container is found when no outlet selector marks it:
    #: ``"auto"`` (the densest element; trafilatura when that choice is not confident),
    #: ``"density"`` (never trafilatura: the whole densest element, favouring recall) or
    #: ``"trafilatura"`` (always trafilatura: only the blocks it keeps, favouring
    #: precision). ``"recall"`` and ``"precision"`` are accepted as those two.
    html_main: str = "auto"
    #: Rule files (``.toml``) or folders of them whose outlets join detection (by
    #: ``hosts`` and ``fingerprints``, before the shipped ones) and can be named in
    #: ``outlet``. The CLI's ``--rules`` and ``$CLEANER_RULES`` fill it.
    rules_paths: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from .errors import OptionsError

        html_main = HTML_MAIN_ALIASES.get(self.html_main, self.html_main)
        if html_main not in ("auto", "density", "trafilatura"):
            raise OptionsError(f"html_main must be 'auto', 'density' or 'trafilatura' (or 'recall', 'precision'), "
                               f"not {self.html_main!r}")
        object.__setattr__(self, "html_main", html_main)
        paths = (self.rules_paths,) if isinstance(self.rules_paths, str) else self.rules_paths
        if not isinstance(paths, tuple | list) or not all(isinstance(p, str) and p for p in paths):
            raise OptionsError(f"rules_paths must be a list of paths, not {self.rules_paths!r}")
        object.__setattr__(self, "rules_paths", tuple(paths))
        for name in ("max_bytes", "max_line_chars", "max_html_depth"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise OptionsError(f"{name} must be a positive whole number, not {getattr(self, name)!r}")

    def replace(self, **changes: object) -> CleanOptions:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
