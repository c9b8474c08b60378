"""Stories held in scripts: the text a page's JSON-LD gives as its story
(`structured_story`), a Next.js app's state story (`app_state_story`), and whether the
page prints that story already or renders it by script.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import regex

from .meta import loads_lenient
from .state import JSONLD_CAP, SCRIPTED_STORY_TIMES

if TYPE_CHECKING:
    from .parse import HtmlBlock


_TAG = regex.compile(r"<[^>]*>")
_WORD = regex.compile(r"\w{4,}")
_PRINTED_SHARE = 0.6  # of the running text's words the structured story holds: the page prints it
_MORE_STORY = 2.0     # times the running text's words a structured story must hold to hold more


def prints_story(blocks: list[HtmlBlock], story: str) -> bool:
    """Whether the page's running text is the structured ``story`` already: most of its
    words are the story's, and the story holds not much more (a short story beside its
    JSON-LD ``articleBody`` copy; a paywalled lead beside the whole story is not)."""
    from .container import is_running

    words = [w.lower() for b in blocks if is_running(b) for w in _WORD.findall(b.text)]
    told = _WORD.findall(html.unescape(_TAG.sub(" ", story)))
    if not words or len(told) > _MORE_STORY * len(words):
        return False
    known = {w.lower() for w in told}
    return sum(w in known for w in words) >= _PRINTED_SHARE * len(words)


def scripted_story(blocks: list[HtmlBlock], story: str, running: int) -> bool:
    """Whether a page with some running text (its furniture: a photo's caption, the
    deck, the writer's bio) renders its story by script from its structured data: the
    structured ``story`` (its body, no ``description``: the page prints that as its deck)
    holds `SCRIPTED_STORY_TIMES` times the running text, and no running block of the
    page opens as a line of it (a paywalled page prints the story's
    first paragraphs, and they are its text). scmp.com 2020 in trafilatura's evaluation
    suite (tests/eval/scmp.com.playbook.html, adbar/trafilatura @ e90b0ef5): a Vue page
    whose markup holds the headline, the photo's caption and the writer's bio, the story
    only in its JSON-LD ``articleBody``; the record's body was the rubric's name.
    The page's running text is measured by its prose, lines shaped as a story's
    (`is_sentence_like`), when ``running`` holds more: a paywall's offers (a plan's
    name, its price, its list of benefits), a login form's prompts and a newsletter's
    labels are running text but no story's, and outweighed the story a paywalled page
    holds only in its JSON-LD (topagrar.com 2022 in the same suite,
    tests/eval/topagrar.com.schnee.solat.html: its ``articleBody`` 2.8 times the running
    text, the record's body the subscription plans)."""
    from ..passes.text import is_sentence_like
    from .container import is_running

    if len(story) < SCRIPTED_STORY_TIMES * running:
        prose = sum(len(b.text) for b in blocks if is_running(b) and is_sentence_like(b.text))
        if len(story) < SCRIPTED_STORY_TIMES * prose:
            return False
    told = " ".join(_ANY_WORD.findall(html.unescape(_TAG.sub(" ", story)).lower()))
    for b in blocks:
        if is_running(b):
            words = _ANY_WORD.findall(b.text.lower())
            if len(words) >= _STORY_LINE_WORDS and " ".join(words[:_STORY_LINE_WORDS]) in told:
                return False
    return True


_ANY_WORD = regex.compile(r"\w+")
#: The words a page's line opens with that, found in a row in the structured story,
#: make it a line of the story (`scripted_story`).
_STORY_LINE_WORDS = 10


#: JSON-LD keys whose strings are a page's text, and keys never searched for it.
_STORY_KEYS = frozenset({"articleBody", "description", "text", "reviewBody", "recipeInstructions"})
#: ... less the summary a page prints as its deck (`scripted_story`).
BODY_KEYS = _STORY_KEYS - {"description"}
_NOT_STORY_KEYS = frozenset({"comment", "review", "author", "publisher", "creator", "image", "video",
                             "breadcrumb", "isPartOf", "mainEntityOfPage", "potentialAction"})
_MAX_STRUCTURED_ITEMS = 2_000


def _script_json(root: Any, wanted: Callable[[Any], bool]) -> Iterator[Any]:
    """The parsed JSON of each ``<script>`` that ``wanted`` accepts: at most
    `JSONLD_CAP` characters of it, read as JSON-LD is (`loads_lenient`: an XHTML
    page guards its script text in a CDATA section, which lost a story that only the
    page's JSON-LD ``articleBody`` held), and none when it is not JSON."""
    for script in root.iter("script"):
        if wanted(script):
            data = loads_lenient((script.text or "")[:JSONLD_CAP])
            if data is not None:
                yield data


def structured_story(root: Any, keys: frozenset[str] = _STORY_KEYS) -> str:
    """The text a page's JSON-LD gives as its story, as markup: each ``articleBody``,
    ``description``, ``text`` (...) string in document order (those of ``keys``), comments,
    reviews and authors left out; each line of a string without markup becomes a paragraph.
    Bounded: at most `_MAX_STRUCTURED_ITEMS` values are visited."""
    import html

    out: list[str] = []
    seen = 0
    for data in _script_json(root, lambda s: (s.get("type") or "").strip().lower() == "application/ld+json"):
        stack: list[Any] = [data]
        while stack and seen < _MAX_STRUCTURED_ITEMS:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                for key, value in reversed(list(item.items())):
                    if key in _NOT_STORY_KEYS:
                        continue
                    if key in keys and isinstance(value, str):
                        stack.append(("story", value))
                    elif isinstance(value, (dict, list)):
                        stack.append(value)
            elif isinstance(item, tuple) and item[1].strip():
                text = item[1]
                if "<" in text:
                    out.append(text)
                else:
                    # Plain text: each line a paragraph. Site templates print articleBody
                    # as the story's markup with its tags stripped, so its paragraphs
                    # stay apart only as lines (public CMS templates in the code index:
                    # file ids 45377456774, 26455268849).
                    out.extend(f"<p>{html.escape(line.strip())}</p>" for line in _LINES.split(text) if line.strip())
    return "".join(out)


_LINES = regex.compile(r"[\r\n]+")


#: Keys of a script app's state whose string is a story's markup (``content``: jawapos.com
#: 2026, a Next.js page whose ``__NEXT_DATA__`` holds ``props.pageProps.article.content``),
#: and the keys of that story's object that give its date, writers and tags.
_MARKUP_KEYS = frozenset({"content", "body", "articleBody", "contentHtml", "bodyHtml", "html"})
_MARKUP_PARAGRAPH = regex.compile(r"<p[\s>]")
_STATE_DATE_KEYS = ("published_at", "publishedAt", "datePublished", "publish_date", "publishDate")
_STATE_AUTHOR_KEYS = ("authors", "author", "reporters")
#: ... and its editors (jawapos.com 2026: ``editor: {name, email}``, one object).
_STATE_EDITOR_KEYS = ("editors", "editor")


def app_state_story(root: Any) -> tuple[str, dict[str, Any]]:
    """The story a Next.js page's state (``<script id="__NEXT_DATA__">``) holds, for a
    page whose script renders its story from that state (no story in its markup): the
    longest string under a content key that holds paragraphs (``<p>``), and its
    object's date, writers and tags as a JSON-LD article would give them. Bounded as
    `structured_story`."""
    best, node = "", None
    for data in _script_json(root, _app_state_script):
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < _MAX_STRUCTURED_ITEMS:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                for key, value in item.items():
                    if isinstance(value, str):
                        if key in _MARKUP_KEYS and len(value) > len(best) and _MARKUP_PARAGRAPH.search(value):
                            best, node = value, item
                    elif isinstance(value, (dict, list)):
                        stack.append(value)
    return best, _state_article(node) if node is not None else {}


#: A Next.js state script's opening (``{"props":{"pageProps":``), white space between its
#: tokens allowed: the script is known by the shape of its JSON as well as by its id.
_NEXT_STATE_OPENING = regex.compile(r'\{\s{0,20}"props"\s{0,20}:\s{0,20}\{[^{}]{0,200}"pageProps"\s{0,20}:')


def _app_state_script(script: Any) -> bool:
    """A Next.js app's state script: ``<script id="__NEXT_DATA__">``, or a JSON script
    whose object opens with ``props.pageProps`` whatever its id is (a page renamed or
    built by another tool keeps the state's shape, not its id)."""
    if script.get("id") == "__NEXT_DATA__":
        return True
    kind = (script.get("type") or "").strip().lower()
    if kind and kind != "application/json":
        return False
    return _NEXT_STATE_OPENING.match((script.text or "")[:300].lstrip()) is not None


def _state_article(node: dict[str, Any]) -> dict[str, Any]:
    """A story object of an app's state as a JSON-LD article: its date, its writers
    (``authors: [{name}]`` or names), its editors (the same, or one ``{name}``) and its
    tags' names."""
    article: dict[str, Any] = {"@type": "NewsArticle"}
    date = next((node[k] for k in _STATE_DATE_KEYS if isinstance(node.get(k), str)), None)
    if date:
        article["datePublished"] = date
    for role, keys in (("author", _STATE_AUTHOR_KEYS), ("editor", _STATE_EDITOR_KEYS)):
        people = next((node[k] for k in keys if node.get(k)), None)
        items = people if isinstance(people, list) else [people]
        names = [p.get("name") if isinstance(p, dict) else p for p in items]
        article[role] = [{"@type": "Person", "name": n} for n in names[:20] if isinstance(n, str) and n.strip()]
    tags = node.get("tags")
    if isinstance(tags, list):
        article["keywords"] = [t.get("name") if isinstance(t, dict) else t for t in tags[:50]
                               if isinstance(t, str) or (isinstance(t, dict) and isinstance(t.get("name"), str))]
    return article
