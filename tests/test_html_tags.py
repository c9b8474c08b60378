"""`cleaner.html.tags.text_content` reads an element's text with XPath's ``string()``: the
same string as joining ``itertext()`` (the definition it replaced), on every node of
random trees and of parsed pages with the markup that could tell them apart."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from cleaner.html.parse import parse_html
from cleaner.html.tags import text_content

from .trees import build

_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))  # what lxml admits
_TEXT = st.one_of(st.none(), st.text(alphabet=_CHARS, max_size=6))
_TAGS = st.sampled_from(["div", "p", "a", "span", "b", "script", "style", "td", "x-y"])


_SPEC: st.SearchStrategy[list[Any]] = st.recursive(
    st.just([]),
    lambda kids: st.lists(
        st.tuples(st.sampled_from(["element", "element", "comment", "pi"]), _TAGS, st.just({}), _TEXT, _TEXT, kids),
        max_size=4),
    max_leaves=12,
)


def _joined(el: Any) -> str:
    return "".join(el.itertext())


def _same(node: Any) -> None:
    """``text_content(node)`` is ``itertext()`` joined, or fails as that does (lxml's
    ``itertext`` refuses a comment or processing instruction: ValueError)."""
    try:
        want = _joined(node)
    except ValueError:
        try:
            text_content(node)
        except ValueError:
            return
        raise AssertionError(f"{node!r}: text_content gave text where itertext refuses") from None
    got = text_content(node)
    assert got == want, node
    assert type(got) is str


@settings(max_examples=300, deadline=None)
@given(_SPEC, _TEXT, _TEXT)
def test_text_content_is_itertext_joined_on_random_trees(spec: list[Any], text: str | None, tail: str | None) -> None:
    root = etree.Element("body")
    root.text = text
    root.tail = tail  # the element's own tail is not its text
    build(root, spec)
    for node in root.iter():  # elements, comments and processing instructions alike
        _same(node)


def test_text_content_on_parsed_markup() -> None:
    page = (
        "<html><head><title>Judul &amp; lain</title><style>p{color:red}</style></head><body>"
        "<div id=a>Satu <!-- catatan --> dua<?pi isi?> tiga<script>var s = '<b>x</b>';</script>empat"
        "<p>lima&nbsp;enam <b>tujuh <i>delapan</i></b> sembilan</p>ekor</div>"
        "<![CDATA[ sepuluh ]]><table><tr><td>a</td><td>b<br>c</td></tr></table>"
        "<a href=/x>tautan</a>ekor<svg><text>gambar</text></svg><template><p>t</p></template>"
        "</body></html>"
    )
    root = parse_html(page)
    assert root is not None
    nodes = list(root.iter())
    assert len(nodes) > 20
    for node in nodes:
        _same(node)
    body = root.find("body")
    assert text_content(body).startswith("Satu  dua tiga")
    assert "var s" in text_content(body)  # script text is text, as itertext gives it
