"""What a line of text reads as (a sentence, a title, prose, a list of names) and the
limits the passes share: questions of one string, no page."""

from __future__ import annotations

import re
from typing import Final

import regex

from ..lazy import compiled_regex

HAS_DIGIT: Final = r"\d"
COMMA_LOWER: Final = r",\s*\p{Ll}"
#: What a fragment may not end with (`mark_trailing_fragments`).
ENDS_PUNCT: Final = tuple(".!?:;,\"”’)")

#: A sentence's last character, and the closing quotes and brackets that may follow it
#: (`ends_sentence`: string methods, where a regex search tried every position).
SENTENCE_ENDERS: Final = tuple(".!?…。！？")
CLOSERS: Final = "\"”’'»)]」』"
# Scripts written without spaces between words (Chinese, Japanese): two of these
# characters count as one word.
UNSPACED: Final = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
#: No character of those scripts comes before U+2E80 (the first CJK radical): a line with
#: no character from there on needs no `UNSPACED` scan (most non-ASCII lines: curly
#: quotes, dashes). One class search asks it; ``max(text)`` made a string of each
#: character and compared it (~1.3 us; in the compiled build a generic call of the
#: builtin). A `regex` class, not an `re` one: `re`'s compiler marks the range's BMP part
#: one code point at a time (~46M instructions, 8% of a one-file run, at every import),
#: and `regex` searched the seeds' non-ASCII lines 2-3x faster too (~0.3 us against ~1 us).
_MAY_BE_UNSPACED: Final = regex.compile("[\u2e80-\U0010ffff]")
# A sentence boundary inside a block: a headline has none.
_INNER_SENTENCE: Final = regex.compile(r"[\w)][.!?][\"”’]? ?[A-Z]")
INNER_STOP: Final = regex.compile(r"[\w)]\.[\"”’]? ?[A-Z]")
_MIN_LEAD_IN_WORDS: Final = 5
LONG_LINE_WORDS: Final = 20
_MIN_PROSE_WORDS: Final = 8
TITLE_SEARCH: Final = 6  # unclaimed blocks searched for a generic page's headline
MAX_FRAGMENT_WORDS: Final = 5
MIN_TRAILING_TITLE_WORDS: Final = 5
MIN_SENTENCE_WORDS: Final = 3
MAX_TITLE_WORDS: Final = 25
MAX_TITLE_CHARS: Final = 200
MIN_CONTAINER_EXTRA: Final = 20
MIN_REPEAT_CHARS: Final = 100
#: `mark_repeats`: a caption printed again inside the story has this many words at least,
#: and ends in a credit: " - Nama Fotografer" or "(Sumber/Nama)" (a teaser or an ad slot's
#: text repeated there has none).
MIN_CAPTION_WORDS: Final = 4
#: `mark_repeats`: a repeated run's second print starts this many lines after its first
#: at most (a list item's paragraphs printed twice in a row).
MAX_RUN_GAP: Final = 3
#: `_caption_twice`: a caption a line prints twice has this many characters at least and
#: at most, and the credit between its prints this many at most.
MIN_TWICE_CHARS: Final = 20
MAX_TWICE_CHARS: Final = 300
MAX_TWICE_CREDIT: Final = 60
MIN_TWICE_LINE: Final = 2 * MIN_TWICE_CHARS + 1
MAX_TWICE_LINE: Final = 2 * MAX_TWICE_CHARS + MAX_TWICE_CREDIT + 1
CAPTION_CREDIT: Final = (
    r"\s[-–—|]\s*\p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*){0,4}\Z|\([^()/]{1,60}/[^()]{1,60}\)\Z")
#: `mark_repeats`: a photo's title of keywords printed over its caption ("Salat Id,
#: Meulaboh, Aceh Barat, Aceh"): two to six parts parted by commas, each one to four
#: capitalised words (or numbers), no sentence's mark; this many characters at most.
KEYWORD_TITLE: Final = regex.compile(
    r"[\p{Lu}0-9][\w'’-]*(?: [\p{Lu}0-9][\w'’-]*){0,3}(?:, [\p{Lu}0-9][\w'’-]*(?: [\p{Lu}0-9][\w'’-]*){0,3}){1,5}")
MAX_KEYWORD_TITLE: Final = 80
#: Anything but a letter or a digit: a caption's words parted by one space for
#: `_keyword_title`'s search.
NON_WORD: Final = re.compile(r"[\W_]+")
#: Fields whose label names people: its value is names, not a sentence.
NAME_FIELDS: Final = frozenset({"authors", "editors"})
#: A person's name alone on its line: two to five capitalised words.
NAME_LINE: Final = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}")
#: A conjunction or preposition printed in capitals between capitalised words: a
#: rubric or a series' kicker set in capitals ("MUDA DAN MENGINSPIRASI" over the
#: headline of news.detik.com 2015, hafizbadrie/slasherrb spec/cases/detik.html @
#: 4b83585b75f46fd4e3e9e51a02e39074a0924e18), never a person's name.
CAPS_FUNCTION_WORD: Final = r" (?:DAN|ATAU|YANG|DI|KE|DARI|UNTUK|DENGAN|PADA|BAGI|DALAM|TAK|TIDAK) "
#: How the rest of a sentence cut at a link starts (a scraper that breaks lines at
#: each link: ", film kedua dari ..."); no linked title does.
CONTINUATIONS: Final = (",", ";", ".", ")")
ITEM_MARKERS: Final = ("#", "•", "·", "▪", "●", "- ")


def ends_sentence(text: str) -> bool:
    """``text`` ends as a sentence does: a full stop, a question or exclamation mark or an
    ellipsis, then any closing quotes and brackets.

    >>> ends_sentence('Ia datang.")'), ends_sentence("Ia datang"), ends_sentence('."')
    (True, False, True)
    """
    return text.rstrip(CLOSERS).endswith(SENTENCE_ENDERS)


def is_sentence_like(text: str) -> bool:
    """The shape of a story paragraph: a few words ending like a sentence, a lead-in
    ending in a colon, or a long run of words."""
    words = text.count(" ") + 1
    if words < LONG_LINE_WORDS and not text.isascii() and _MAY_BE_UNSPACED.search(text) is not None:
        words += len(compiled_regex(UNSPACED).findall(text)) // 2
    if words >= LONG_LINE_WORDS:
        return True
    if ends_sentence(text):
        return words >= MIN_SENTENCE_WORDS
    return words >= _MIN_LEAD_IN_WORDS and text.endswith(":")


def is_title_like(text: str, *, exclaims: bool = False) -> bool:
    """A headline's shape: a handful of words, not ending in a full stop, and not a
    short all-capitals rubric label (``GAYA HIDUP``). ``exclaims``: a '!' or '?' may
    stand inside it ("Lengkap! Ini 13 Hal ..."), a '.' may not (the headline is known
    to come first: no sentence of a story needs telling apart)."""
    words = text.count(" ") + 1
    if words <= 3 and text.isupper():
        return False
    return (
        2 <= words <= MAX_TITLE_WORDS
        and len(text) <= MAX_TITLE_CHARS
        and (not text.endswith(".") or text.endswith("..."))  # "..., asalkan...": a teasing headline
        and not (INNER_STOP if exclaims else _INNER_SENTENCE).search(text)
    )


def is_title_case(text: str, *, strict: bool = False) -> bool:
    """Most longer words capitalised, as Indonesian headlines print them: half of them, or
    with ``strict`` three in four (a Title Cased headline's small words are few; a sentence
    with a few names in it passes the half)."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    if not words:
        return False
    capitals = sum(w[0].isupper() for w in words)
    return capitals * 4 >= len(words) * 3 if strict else capitals * 2 >= len(words)


def is_prose(text: str) -> bool:
    """A run of mostly lower-case words: a paragraph whose full stop the scraper lost.
    (Outlet layouts put decks and captions here, so only generic pages use it.) Not a
    list of keywords (``banjir rob, cuaca ekstrem, pesisir utara, bmkg``)."""
    return text.count(" ") + 1 >= _MIN_PROSE_WORDS and not is_title_case(text) and not _keyword_list(text)


#: `_keyword_list`: this many items at least, none of more words than the other.
_MIN_KEYWORDS: Final = 4
_MAX_KEYWORD_WORDS: Final = 3


def _keyword_list(text: str) -> bool:
    """A page's keywords printed as one line (antaranews 2015 under its date line):
    short items joined by commas, with no sentence's end."""
    items = text.split(",")
    return len(items) >= _MIN_KEYWORDS and all(item.strip().count(" ") < _MAX_KEYWORD_WORDS for item in items)


#: `recheck_title`'s headline has this many words at least (a writer's name or a credit above the story
#: has fewer, or a "©").
MIN_RECHECK_WORDS: Final = 4
#: "Headline - Site", "Headline | Site": the site's name of four words at most.
MAX_SITE_CHARS: Final = 60


def names_alone(text: str) -> bool:
    """``text`` is one person's name or a few joined by commas ("Ani Lestari", "Ani
    Lestari, Budi Santoso"): a by-line printed with no label, as a browser's copy of a
    page prints it between the headline and the date line (kompas.com 2025 names the
    writer and the editor so; the bulk crawl's ``author`` fields hold them as printed).
    The headline is looked for over it (`_dated_headline`): before, the name line stopped
    the search and a page whose menus came first had no headline."""
    if len(text) > MAX_TITLE_CHARS:
        return False
    # The shape of each name first: most lines asked about are a headline or a story's
    # sentence, which a small word rules out at once (the import and `person_name` cost
    # ~4 us a call, 0.8 calls a seed page).
    names = text.split(", ")
    if (not all(NAME_LINE.fullmatch(name) is not None for name in names)
            or compiled_regex(CAPS_FUNCTION_WORD).search(text)):
        return False
    from ..names import person_name

    return all(person_name(name, None) is not None for name in names)


ELLIPSES: Final = ("...", "…")


def headline_case(text: str) -> bool:
    """Capitalised as a headline, stricter than `is_title_case`: at most a third of the
    longer words in lower case, and none right after a comma (a sentence that lost its
    full stop: "Karenanya, ada harapan ...")."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].islower() for w in words) * 3 <= len(words) \
        and not compiled_regex(COMMA_LOWER).search(text)
