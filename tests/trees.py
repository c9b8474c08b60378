"""Random lxml trees for the property tests of the HTML front end (test_html_tags,
test_html_walk): a spec is a list of ``(kind, tag, attrs, text, tail, children)``,
``kind`` one of "element", "comment", "pi"."""

from __future__ import annotations

from typing import Any

from lxml import etree


def build(parent: Any, spec: list[Any]) -> None:
    """Append the nodes ``spec`` describes under ``parent``, children first-to-last."""
    for kind, tag, attrs, text, tail, children in spec:
        if kind == "comment":
            node = etree.Comment((text or "").replace("-", "~"))  # lxml refuses "--" and a closing "-"
        elif kind == "pi":
            node = etree.ProcessingInstruction("php", (text or "").replace("?", "!"))  # and "?>"
        else:
            node = etree.SubElement(parent, tag, attrs)
            node.text = text
            build(node, children)
        if kind != "element":
            parent.append(node)
        node.tail = tail
