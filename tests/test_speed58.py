"""Issue 17 (speed58): exact cuts. `parse._HIDDEN_STYLE` opens each alternative with its
name's first letter (a leading lookbehind left `re` no character to scan for) and holds
the same styles hidden; `container._extractor` is the ``Extractor`` that
``bare_extraction`` built from `trafilatura_keep`'s keywords on every call."""

from __future__ import annotations

import random
import re
from typing import Any

from cleaner.html import container, parse

#: The pattern stop 49 shipped (blindhtml56's `backface-visibility` reading).
_HIDDEN_STYLE_49 = re.compile(
    r"(?<![\w-])display\s*:\s*none|(?<![\w-])(?:content-)?visibility\s*:\s*hidden", re.I)

#: Pieces a style is built of, with the names' neighbours that the lookbehind decides on.
_PIECES = ["display", "DISPLAY", "Display", "visibility", "VISIBILITY", "content-", "Content-", "backface-",
           "-", "_", "x", "é", "9", " ", "\t", "\n", ":", ";", "none", "NONE", "hidden", "Hidden", "d", "v",
           "c", "isplay", "isibility", "ontent-", "\u017f", "\u0130"]


def test_hidden_style_holds_the_same_styles_hidden() -> None:
    rng = random.Random(58)
    hidden = 0
    for _ in range(300_000):
        style = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9)))
        was = _HIDDEN_STYLE_49.search(style) is not None
        assert (parse._HIDDEN_STYLE.search(style) is not None) is was, style
        hidden += was
    assert hidden > 50  # (the pieces do make hiding styles)


def test_hidden_style_examples() -> None:
    for style in ("display:none", "color: red; DISPLAY : none", "visibility:hidden", "x;content-visibility: hidden",
                  "\ndisplay:none", "backface-visibility: hidden; visibility: hidden"):
        assert parse._HIDDEN_STYLE.search(style), style
    for style in ("backface-visibility: hidden", "xdisplay:none", "my-display: none", "_visibility:hidden",
                  "webkit-content-visibility: hidden", "display: block", ""):
        assert not parse._HIDDEN_STYLE.search(style), style


def test_the_consult_extractor_is_the_one_its_keywords_built(monkeypatch: Any) -> None:
    import trafilatura
    from trafilatura import settings

    built: list[Any] = []
    real = settings.Extractor

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            built.append(self)

    monkeypatch.setattr("trafilatura.core.Extractor", Spy)
    page = ("<html><body><nav><a href='/'>Beranda</a></nav><article><h1>Judul</h1>"
            + "".join(f"<p>Kalimat ke-{i} dari berita contoh yang cukup panjang untuk dibaca.</p>" for i in range(12))
            + "</article><footer>Hak cipta</footer></body></html>")
    tree = container._trafilatura_tree(_root(page))
    old = trafilatura.bare_extraction(
        container._without_cleaned(tree), favor_precision=True, include_comments=False, include_tables=True,
        include_images=False, with_metadata=False, deduplicate=False, fast=True)
    assert len(built) == 1
    shared = container._extractor()
    assert shared is container._extractor()  # one a process
    for name in real.__slots__:
        assert getattr(shared, name) == getattr(built[0], name), name
    monkeypatch.undo()  # (``bare_extraction`` builds its own unless handed an ``Extractor``)
    tree = container._trafilatura_tree(_root(page))
    new = trafilatura.bare_extraction(container._without_cleaned(tree), options=shared)
    assert old is not None and new is not None and not isinstance(old, dict) and not isinstance(new, dict)
    assert new.text == old.text
    assert "Kalimat ke-11" in str(new.text)


def _root(page: str) -> Any:
    from lxml import etree

    return etree.fromstring(page, etree.HTMLParser())
