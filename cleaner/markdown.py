"""A text scrape written in Markdown, read as the text a browser prints.

Scrapers that hand a page to a language model (reader proxies, crawl services,
trafilatura's ``output_format="markdown"``) write it as Markdown: links as
``[title](url)``, images as ``![alt](src)``, ``#`` headings, ``**bold**`` and
``*italic*`` runs, ``- `` list items and backslash escapes. The rules read a line's
words as a reader sees them, so a Markdown page is turned into that text first: link
text without its target, no images (a browser prints none), no emphasis marks, no
heading or list markers. A line that held only images goes (``markdown-image``), as does one of marks
only (``markdown-mark``: a thematic break, a setext heading's ``===`` or ``---`` underline) and a
run of lines that are each one link only
(``markdown-link-list``: menus, most-read and related lists).

Only a page that shows Markdown's marks (`is_markdown`: link or image targets,
strong runs, heading lines, two at least; or a bold lead) is changed: a plain
scrape's ``- `` bullet or a lone ``*`` stays as it was; on a page marked by its
first line's level-1 heading alone, only that heading is read (`lone_heading`), and
a table's rows printed between bars are read as a browser shows them (`unpipe`).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from .lazy import compiled_re
from .record import Removal
from .segment import Block, lines

if TYPE_CHECKING:
    from .rules import Rule

#: The rule ids of a line that held only images, and of one that held only marks (a
#: thematic break ``---``, a code fence, a link or emphasis around nothing).
IMAGE_RULE = "markdown-image"
MARK_RULE = "markdown-mark"
#: A caption that prints again the alt text of the image right over it (`unmark`): the
#: engine's name for a caption printed twice.
CAPTION_RULE = "repeated-caption"
#: `unmark`: an image's alt text names a caption when it holds this many words at least
#: (a short alt text, "foto", "Ilustrasi", is the image's label, and a story line may say it).
_MIN_ALT_WORDS = 4
#: The rule id of the lines of a run of linked titles (`unmark`).
LINK_LIST_RULE = "markdown-link-list"
#: Lines in a row, each one link only, that make a list of linked titles.
_MIN_LINK_RUN = 2

# A link's or an image's target: ``(url)`` or ``(url "title")``; a URL may hold one
# level of parentheses (wiki links) and escaped characters. Possessive: one way to match.
# html2text writes a URL as the page has it, spaces and all: a share button's tweet
# text (``[ __](https://twitter.com/intent/tweet?url=...&text=<headline words>&via=...)``,
# idntimes.com 2019 pages of the corpus so rendered, in /tmp), so a web address may run
# on past spaces (no parenthesis, no quote) to its closing parenthesis.
_TARGET = (r"\((?:(?:[^()\s\\]|\\.|\([^()\s]*+\))*+(?: \"[^\"\n]*+\")?"
           r"|https?://[^()\s]++(?: [^()\s\"]++)++)\)")
# A label may hold one level of brackets: an image whose alt text is a caption with its
# credit in brackets (``![... 2022 [Maxim Shemetov/Reuters]](src)``), as CommonMark reads it.
_LABEL = r"(?:[^\[\]\\\n]|\\.|\[(?:[^\[\]\\\n]|\\.)*+\])*+"
_IMAGE = r"!\[" + _LABEL + r"\]" + _TARGET
_IMAGE_ALT = r"!\[(" + _LABEL + r")\]" + _TARGET
_LINK = r"\[(" + _LABEL + r")\]" + _TARGET
# A line that is one link and nothing else (a list item's marker aside): a linked title.
_LINK_LINE = r"(?:[-*+] )?(?:\*\*)?\[(?!\])" + _LABEL + r"\]" + _TARGET + r"(?:\*\*)?"
_AUTOLINK = r"<((?:https?|mailto):[^<>\s]++)>"
_STRONG = r"\*\*([^*\n]++)\*\*|__([^_\n]++)__"
# ``*word*``: flanked by no word character or asterisk, no space inside its ends.
_EMPHASIS = r"(?<![\w*\\])\*(?=[^\s*])([^*\n]++)(?<=[^\s*])\*(?![\w*])"
# ``_word_``: the same with underscores, as html2text (the default converter of many
# crawlers) prints ``<em>`` and ``<i>``: "Ikuti terus pemberitaannya di _IDN Times_.",
# and a "Baca Juga" link it prints as ``[ **_Baca Juga: ..._ ** ](url)`` (idntimes.com
# 2019 pages of the corpus so rendered, in /tmp). No word character on either side: a
# name_with_underscores or a URL's is no emphasis.
_UNDERSCORED = r"(?<![\w\\])_(?=[^\s_])([^_\n]++)(?<=[^\s_])_(?!\w)"
# ``__`` left after the strong runs are read: an empty ``<i>`` (an icon font's tag)
# printed by html2text, glued to the label after it ("__Verified", "[__Share to
# Facebook](...)"): a mark around nothing.
_EMPTY_EMPHASIS = r"(?<!\w)__(?!_)"
#: `_link_runs`: a letter or a digit (a link's text that names something).
_LETTER = r"[^\W_]"
_ESCAPE = r"\\([\\`*_{}\[\]()#+\-.!<>|~])"
# What counts as a mark of Markdown on a page (`is_markdown`); a link's target or a
# strong run must be one of them (a text scrape's "# Tag" bars are no headings).
_SIGN = r"(?m)\]" + _TARGET + r"|\*\*[^*\n]++\*\*|^#{1,6} \S"
_INLINE_SIGN = r"\]" + _TARGET + r"|\*\*[^*\n]++\*\*"
#: A line that opens with a strong run and goes on after it: a bold lead (`is_markdown`).
_BOLD_LEAD = r"(?m)^\*\*[^*\n]++\*\*[^\n*]"
#: Marks a page needs to be read as Markdown.
_MIN_SIGNS = 2
#: An image with a web address for its source: only Markdown writes one, so it marks a page
#: alone (a converter that prints a story's one photo and no link or bold run: kumparan.com
#: 2022 as stored in the search library's pages corpus, kumparan.com/kumparanbisnis/populer-
#: nasib-ikn-setelah-jokowi-lengser-sosok-di-balik-cuan-sepak-bola-1zIlrnDj0T9, read 2026-12-07,
#: glues the photo to the reading time: "waktu baca 3 menit![<caption>](https://...jpg)").
_WEB_IMAGE = r"!\[" + _LABEL + r"\]\(https?://"

_LIST_MARKS = ("- ", "* ", "+ ")
_RULE_LINES = frozenset({"---", "***", "___", "* * *", "- - -"})


def may_be_markdown(text: str) -> bool:
    """A cheap first look (C-level scans): ``text`` holds a link target or a strong
    run's marks, one of which a Markdown page writes. Each pair is looked for only
    when its first character is on the page: a one-character scan is ``memchr`` (~0.1
    us a bulk row), a two-character one ~1.5 us, and a plain scrape prints neither
    ``]`` nor ``*`` on nearly every page. A reader proxy's header says so itself
    (`_declares_markdown`)."""
    return ("]" in text and "](" in text) or ("*" in text and "**" in text) or _declares_markdown(text)


#: Jina Reader's header ends in this line, over the page's Markdown ("Title: ...", "URL
#: Source: ...", "Published Time: ...", then it: stored outputs in the code index, file
#: ids 52925478187 and 22451887192), a few hundred characters into the text at most.
_PROXY_HEADER = "\nMarkdown Content:"
_PROXY_HEADER_SPAN = 2000
#: Its first line, "Title: ...", within this many characters of the text's start (a
#: byte-order mark or a blank line before it).
_PROXY_TITLE_SPAN = 16


def _declares_markdown(text: str) -> bool:
    """``text`` opens with a reader proxy's header ("Title:" first), whose last line
    announces Markdown (a page of setext headings and no link holds no other mark). The
    first look is a few characters: most pages pay no scan of their first 2,000."""
    return text.find("Title:", 0, _PROXY_TITLE_SPAN) >= 0 and text.find(_PROXY_HEADER, 0, _PROXY_HEADER_SPAN) >= 0


#: A header line's label and what the record takes from it (`proxy_header`).
_PROXY_FIELDS = {"URL Source:": "url", "Published Time:": "published"}


def proxy_header(text: str) -> dict[str, str]:
    """What a reader proxy's header says of the page (`_declares_markdown`): its address
    ("URL Source: https://...": the page the proxy read, as a canonical link names it) and
    its machine date ("Published Time: 2024-10-11T02:23:25.000Z", the page's
    ``article:published_time`` as the proxy found it), by the record's field names; empty
    when ``text`` opens with no such header. Jina Reader's stored outputs in the code index
    print the lines with or without blank lines between them (file ids 46750966198,
    53576420218, 70980820603)."""
    if not _declares_markdown(text):
        return {}
    out: dict[str, str] = {}
    for line in text[:text.find(_PROXY_HEADER, 0, _PROXY_HEADER_SPAN)].splitlines():
        line = line.strip()
        for label, name in _PROXY_FIELDS.items():
            if line.startswith(label) and name not in out and (value := line[len(label):].strip()):
                out[name] = value
    url = out.get("url", "")
    if not url.startswith(("http://", "https://")) or " " in url:
        out.pop("url", None)
    return out


def is_markdown(text: str) -> bool:
    """``text`` shows Markdown's marks: at least two link or image targets, strong
    runs or heading lines, one of them a target or a strong run (heading
    marks alone are a text scrape's "# Tag" bars as well); or a line that opens with a
    strong run (a bold lead: trafilatura's Markdown of a story whose links it dropped
    prints its dateline in bold, "**KOTA, KOMPAS.com** – ...", and may mark nothing
    else: a kompas.com 2015 page of the dev corpus, raw/kompas/anpandu-kompas-singlepage.html,
    through ``trafilatura.extract(output_format="markdown")``; before, its dateline stayed
    in the story with its asterisks); or it says it is Markdown. One mark inside a
    plain scrape's line ("- Perahu surya **hemat** biaya") is no Markdown page."""
    if _declares_markdown(text):
        return True
    if not may_be_markdown(text) or compiled_re(_INLINE_SIGN).search(text) is None:
        return False
    if ("\n**" in text or text.startswith("**")) and compiled_re(_BOLD_LEAD).search(text) is not None:
        return True
    if "![" in text and compiled_re(_WEB_IMAGE).search(text) is not None:
        return True
    return sum(1 for _ in itertools.islice(compiled_re(_SIGN).finditer(text), _MIN_SIGNS)) >= _MIN_SIGNS


#: `lone_heading`: a level-1 heading over a page with no other mark has this many words
#: at least (a tag bar's "# Politik" has one).
_MIN_HEADING_WORDS = 3


def lone_heading(blocks: list[Block]) -> tuple[list[Block], int] | None:
    """A page that is no Markdown but for its first line, a level-1 heading ("# <headline>":
    trafilatura's and html2text's Markdown of a page whose story holds no link or bold
    run, the title over it): the blocks with the heading's marks off, and its input line
    (the headline, as `unmark` gives a Markdown page's one level-1 heading). ``None``
    when the first line is no such heading (of `_MIN_HEADING_WORDS` words, with no other
    ``#`` in it) or another line is a heading too (a tag bar's)."""
    text = blocks[0].text if blocks else ""
    if not text.startswith("# ") or "#" in text[2:] or len(text.split()) <= _MIN_HEADING_WORDS:
        return None
    if any(b.text.startswith("#") for b in blocks[1:]):
        return None
    return [Block(blocks[0].number, text[2:].strip()), *blocks[1:]], blocks[0].number


def _strong(match: re.Match[str]) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)


def unmark_line(text: str) -> str:
    """The words of one Markdown line as a browser prints them (folded spaces)."""
    if text.startswith("#"):
        words = text.lstrip("#")
        if len(text) - len(words) <= 6 and words[:1] == " ":
            text = words.strip().rstrip("#").strip()
    while text.startswith(">"):
        text = text[1:].lstrip()
    if text.startswith(_LIST_MARKS):
        text = text[2:].lstrip()
    if "](" in text:
        if "![" in text:
            text = compiled_re(_IMAGE).sub(" ", text)
        text = compiled_re(_LINK).sub(r"\1", text)
    if "<" in text:
        text = compiled_re(_AUTOLINK).sub(r"\1", text)
    if "*" in text or "__" in text:
        text = compiled_re(_STRONG).sub(_strong, text)
        if "*" in text:
            text = compiled_re(_EMPHASIS).sub(r"\1", text)
        if "__" in text:
            text = compiled_re(_EMPTY_EMPHASIS).sub("", text)
    if "_" in text:
        text = compiled_re(_UNDERSCORED).sub(r"\1", text)
    if "\\" in text:
        text = compiled_re(_ESCAPE).sub(r"\1", text)
    return " ".join(text.split())


def _is_underline(text: str) -> bool:
    """A setext heading's underline (``=====`` or ``-----`` under its line, as reader
    proxies print every heading) or a thematic break of dashes: one mark character, three
    at least."""
    return len(text) >= 3 and text[0] in "=-" and text.count(text[0]) == len(text)


def _link_runs(blocks: list[Block]) -> set[int]:
    """The indexes of the blocks in runs of two or more lines that are each one link
    only: a menu, a most-read or related list, a tag row. A story's paragraph is text
    that may hold links, never a link alone, and its headline is no link. A link
    whose text holds a label ("Baca Juga: ...") is left to the rules that read it. A
    link with no letter in its text is an icon (a share button html2text prints as
    ``[ __](https://www.facebook.com/sharer/...)``), no linked title: it neither makes
    nor extends a run, so the writer's linked name over a row of share icons
    (idntimes.com 2019 pages of the corpus as html2text renders them, in /tmp) stays a
    line of its own for the by-line rules."""
    runs: set[int] = set()
    run: list[int] = []
    for n, block in enumerate(blocks):
        text = block.text
        # a labelled link ("Baca Juga: ...") is the rules' to read
        cut = text.find("](")
        if cut >= 0 and ": " not in text[:cut] and compiled_re(_LINK_LINE).fullmatch(text) \
                and compiled_re(_LETTER).search(text, 0, cut) is not None:
            run.append(n)
            continue
        if len(run) >= _MIN_LINK_RUN and not _labelled(blocks, run[0]):
            runs.update(run)
        run = []
    if len(run) >= _MIN_LINK_RUN and not _labelled(blocks, run[0]):
        runs.update(run)
    return runs


def _labelled(blocks: list[Block], first: int) -> bool:
    """The run of linked lines from ``first`` has a label line over it that ends in a
    colon ("Topic:", "Tags:", "Baca Juga:"): a labelled list the rules read (a tag row:
    idntimes.com 2019 pages of the corpus as html2text renders them, in /tmp, print
    ``Topic:`` then one ``[ tag ](https://www.idntimes.com/tag/...)`` line a tag); or a
    label with no colon that names a box of related stories (`_related_label`)."""
    if first == 0:
        return False
    label = unmark_line(blocks[first - 1].text)
    return label.endswith(":") or _related_label(label)


def _related_label(label: str) -> bool:
    """``label`` is the title of a related-stories box as the generic rules know it (a
    ``related`` block rule that fills ``related``: "Berita Terkait", "Artikel Terkait"):
    html2text and markdownify print tempo.co's, antaranews.com's and detik.com's boxes of
    2015 (the dev corpus's pages so rendered, at run time) as "Berita Terkait" over one
    ``* [title](url)`` line a story, and the titles are the record's ``related``. A
    most-read or latest-news box ("Terpopuler", "Berita Terkini") is no such rule's: its
    run still goes. Short lines only (a label, not a paragraph); the rules are loaded
    once, on a page that shows such a run."""
    if not label or len(label) > 60 or label[0].islower():
        return False
    return any(rule.pattern.fullmatch(label) is not None for rule in _related_rules())


@functools.cache
def _related_rules() -> tuple[Rule, ...]:
    """The generic rule set's block rules that fill ``related`` (`_related_label`)."""
    from .detect import GENERIC
    from .rules import load_ruleset

    return tuple(rule for rule in load_ruleset(GENERIC).rules
                 if rule.kind == "related" and rule.action == "block" and rule.field == "related")


def unmark(blocks: list[Block]) -> tuple[list[Block], tuple[Removal, ...], int | None, tuple[str, ...]]:
    """``blocks`` of a Markdown page as plain text lines; the lines that held only
    images, a rule (``---``) or a code fence, and the runs of linked titles
(`_link_runs`), which go; the input line of the page's
    level-1 heading when it has one only (the headline: a page's other headings, the
    site's name or its boxes' titles, are ``##`` and lower); and the captions: a line
    right under an image that prints the image's alt text again, word for word, is its
    caption and goes (kompas.id 2022 as text in the search library's pages corpus,
    menjadi-lebih.kompas.id/baca/bebas-akses/2022/09/08/ramai-ramai-jadi-turis-di-kota-
    sendiri, read 2026-12-07: ``![<caption>](<src>)`` over the same caption; it was the
    story's paragraph, blindtext60)."""
    kept: list[Block] = []
    removed: list[Removal] = []
    headings: list[int] = []
    captions: list[str] = []
    alt = ""  # the alt text of the image-only line right over this one
    links = _link_runs(blocks)
    for n, block in enumerate(blocks):
        text = block.text
        over, alt = alt, ""
        if n in links:
            removed.append(Removal(block.number, text, LINK_LIST_RULE))
            continue
        # a level-1 heading that is one link only is the site's name or section over
        # its logo ("# [gaya](http://gaya.tempo.co ...)": tempo.co 2015 through
        # html2text), no headline: it made the page's headline one of two
        if text.startswith("# ") and not compiled_re(_LINK_LINE).fullmatch(text[2:].strip()):
            headings.append(block.number)
        if text in _RULE_LINES or text.startswith("```") or _is_underline(text):
            if text[0] == "=" and kept and kept[-1].number == block.number - 1:
                headings.append(kept[-1].number)  # a setext level-1 heading: the line over it
            removed.append(Removal(block.number, text, MARK_RULE))
            continue
        plain = unmark_line(text)
        if plain:
            if over and " ".join(plain.split()) == over:
                removed.append(Removal(block.number, text, CAPTION_RULE))
                if plain not in captions:  # a caption printed twice is one caption (SPEC)
                    captions.append(plain)
                continue
            kept.append(block if plain == text else Block(block.number, plain))
        elif "![" in text:
            removed.append(Removal(block.number, text, IMAGE_RULE))
            alt = _alt_text(text)
        else:
            removed.append(Removal(block.number, text, MARK_RULE))
    return kept, tuple(removed), headings[0] if len(headings) == 1 else None, tuple(captions)


def _alt_text(line: str) -> str:
    """The alt text of the image on an image-only ``line``, its marks read and its spaces
    folded, when it is a caption's length (`_MIN_ALT_WORDS`); else ``""``."""
    match = compiled_re(_IMAGE_ALT).search(line)
    if match is None:
        return ""
    words = unmark_line(match.group(1)).split()
    return " ".join(words) if len(words) >= _MIN_ALT_WORDS else ""


#: html2text's column (``BODY_WIDTH``): it hard-wraps every paragraph, heading and
#: caption at this width unless told ``body_width=0``.
_WRAP_WIDTH = 78
#: `hard_wrapped`: a page shows html2text's hard wrap with this many wrapped lines at least.
_MIN_WRAPS = 3
#: Line openings that html2text never wraps onto (`hard_wrapped`): list items, headings,
#: quotes, tables, code (it escapes a story's own "-", "+" and "1." at a line start).
_BLOCK_OPENINGS = ("* ", "- ", "+ ", "#", "> ", "|", "    ", "\t", "```")


def _unwrappable(line: str) -> bool:
    """A line html2text leaves as long as it is: a list item, code, a table row, or one
    word longer than the width (a link target it cannot break)."""
    body = line.lstrip()
    return (line.startswith(("    ", "\t")) or body.startswith(_BLOCK_OPENINGS[:3]) or "|" in line
            or " " not in body or body[:1].isdigit())


def hard_wrapped(text: str) -> frozenset[int]:
    """The input lines (1-based) of a Markdown page that html2text hard-wrapped onto the
    next: a line of at most `_WRAP_WIDTH` characters, not ending in a hard break (two
    spaces), whose next line is no new block and opens with a word that would not have
    fit on it. html2text's default output (``html2text.html2text(page)``, the converter of
    many crawlers) cuts each paragraph so, its links and image targets too: read line by
    line, every story paragraph was three to six lines, a linked title's ``[...](...)``
    was cut into pieces no rule read, and a page's headline was lost in a related block
    (tempo.co 2015 and idntimes.com 2019 pages of the dev corpus through html2text, in
    /tmp). A page with a prose line past the width is no such page: nothing."""
    rows = lines(text)
    wraps: list[int] = []
    for i, line in enumerate(rows):
        body = line.rstrip()
        long = len(body) > _WRAP_WIDTH
        if long and not _unwrappable(body):
            return frozenset()
        if not body or line.endswith("  ") or i + 1 == len(rows) or (long and " " in body.lstrip()):
            continue
        after = rows[i + 1]
        if not after.strip() or after.lstrip().startswith(_BLOCK_OPENINGS) or after.startswith(" "):
            continue
        # (a word longer than the width, an image's target, stands on a line of its own;
        # a line that ends in a word's hyphen was broken there; the next word is taken
        # whole, where textwrap may break it at a hyphen: "cdn-a.production..." in a
        # target is one piece to it)
        glue = 0 if body.endswith("-") and body[-2:-1].isalpha() else 1
        if long or not glue or len(body) + glue + len(after.split(None, 1)[0]) > _WRAP_WIDTH:
            wraps.append(i + 1)
    return frozenset(wraps) if len(wraps) >= _MIN_WRAPS else frozenset()


def unwrap(blocks: list[Block], wrapped: frozenset[int]) -> list[Block]:
    """``blocks`` with each line of ``wrapped`` (`hard_wrapped`) joined to the next
    line, as one block numbered as its first line: with a space, or with none after a
    word's hyphen that the wrap broke at ("laki-" and "laki")."""
    out: list[Block] = []
    follows = -1  # the line number that continues the last block
    for block in blocks:
        if block.number == follows and out:
            last = out[-1]
            hyphen = last.text.endswith("-") and last.text[-2:-1].isalpha() and block.text[:1].isalpha()
            out[-1] = Block(last.number, last.text + ("" if hyphen else " ") + block.text)
        else:
            out.append(block)
        follows = block.number + 1 if block.number in wrapped else -1
    return out


#: `may_hold_rows`: a bar that ends a line (trailing blanks aside), as a table row's last does.
_ROW_END = r"\|[ \t\r]*+(?:\n|$)"

#: The `re` patterns above, by name: each compiled on its first use, once a process
#: (`cleaner.lazy.compiled_re`): a text page that holds no Markdown never reaches them
#: (`may_be_markdown` is string tests), and compiling the fourteen took ~16M
#: instructions of every one-file run (issue 17).
_PATTERNS = {
    "image": _IMAGE, "image-alt": _IMAGE_ALT, "link": _LINK, "link-line": _LINK_LINE, "autolink": _AUTOLINK,
    "strong": _STRONG, "emphasis": _EMPHASIS, "underscored": _UNDERSCORED,
    "empty-emphasis": _EMPTY_EMPHASIS, "letter": _LETTER, "escape": _ESCAPE, "sign": _SIGN,
    "inline-sign": _INLINE_SIGN, "bold-lead": _BOLD_LEAD, "web-image": _WEB_IMAGE, "row-end": _ROW_END,
}


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern of `_PATTERNS`, by name, compiled (the objects the module matches
    with), for `tests/test_regex_safety.py`."""
    return {name: compiled_re(source) for name, source in _PATTERNS.items()}


def may_hold_rows(text: str) -> bool:
    """A cheap first look for `unpipe`: a line of ``text`` ends with a bar (most pages
    that print a bar print it inside a line: "18 Juni 2025 | 20.04 WIB")."""
    return "|" in text and compiled_re(_ROW_END).search(text) is not None


#: `unpipe`: a table row's bars, at least this many (two cells).
_MIN_ROW_BARS = 3
#: The rule id of a table's separator row (``|---|:---:|``).
TABLE_RULE_LINE = MARK_RULE
#: `_label_row`: a label cell and a value cell have this many characters at most.
_MAX_LABEL_CELL = 20
_MAX_VALUE_CELL = 80


def _label_row(text: str) -> bool:
    """``text`` is a credits table's row printed with no bar before its first cell, its
    cells a label, a colon and a value ("Penulis | : | Nama |"): the grid.id network closes
    a story so (health.grid.id/read/352045982/menkes-terawan-bantah-pernyataan-anies-baswedan-
    terkait-virus-corona-ini-kata-ahli, 2020, as text in the search library's pages corpus:
    "Source | : | tribunnews,KompasTV |", "Penulis | : | <name> |", "Editor | : | <name> |";
    read 2026-12-07). Before, the rows were the story's last paragraphs and the writer and
    the editor were lost."""
    cells = [cell.strip() for cell in text[:-1].split("|")]
    return (len(cells) == 3 and cells[1] == ":" and 0 < len(cells[0]) <= _MAX_LABEL_CELL
            and 0 < len(cells[2]) <= _MAX_VALUE_CELL)


def unpipe(blocks: list[Block]) -> tuple[list[Block], tuple[Removal, ...]] | None:
    """A table printed as rows of cells between bars (``| Penulis | : Nama |``: trafilatura
    prints a page's tables so in its text and Markdown outputs, Markdown converters
    too) read as a browser shows a row: its cells joined by spaces, as the HTML front
    end joins a ``<tr>``'s (`cleaner.html.parse`); a separator row of dashes and colons
    goes (``markdown-mark``). Before, the bars stayed, and a by-line printed as a table
    (kompas.com 2015's "Penulis" and "Editor" rows under the story, the dev corpus's
    raw/kompas/anpandu-kompas-singlepage.html through ``trafilatura.extract``) was two
    paragraphs of the story. ``None`` when no line is such a row (a line that opens and
    closes with a bar, two cells at least)."""
    out: list[Block] | None = None
    removed: list[Removal] = []
    for n, block in enumerate(blocks):
        text = block.text
        if text[-1:] != "|" or text.count("|") < _MIN_ROW_BARS or (text[:1] != "|" and not _label_row(text)):
            if out is not None:
                out.append(block)
            continue
        if out is None:
            out = blocks[:n]
        cells = [cell.strip() for cell in text[1 if text[:1] == "|" else 0:-1].split("|")]
        if all(cell and not cell.strip("-: ") for cell in cells):
            removed.append(Removal(block.number, text, TABLE_RULE_LINE))
            continue
        row = " ".join(cell for cell in cells if cell)
        if row:
            out.append(Block(block.number, row))
        else:
            removed.append(Removal(block.number, text, TABLE_RULE_LINE))
    return None if out is None else (out, tuple(removed))
