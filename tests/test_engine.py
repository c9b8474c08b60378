"""The engine's passes one at a time (`cleaner.engine.PASSES`), on pages built from
short lines (jusText's style: `page` turns lines into blocks) with a small rule set
written for these tests (`RULES`), so each test names one decision of one pass.

`run(lines, until=...)` runs the passes up to and including ``until`` and returns the
working `Page`; `verdicts(page)` maps each block's text to the id that took it
(``None``: body). Thresholds are tested at their edges with literal numbers, so a
changed threshold fails the test that names it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

import pytest

from cleaner import engine, lazy
from cleaner.engine import (
    PASSES,
    Page,
    clean_blocks,
    is_prose,
    is_sentence_like,
    is_title_case,
    is_title_like,
)
from cleaner.passes import text as passes_text
from cleaner.rules import RuleSet, loads_ruleset
from cleaner.segment import Block
from tests.conftest import ROOT

# ---- the page builder and the test rule set ------------------------------------------

#: A small outlet of our own: each rule exercises one action of the rule language.
RULES_TOML = r'''
[ruleset]
name = "uji"
description = "Rule set of the engine tests"
title = "first-line"
deck = true

[[rule]]
id = "uji-iklan"
kind = "ad"
action = "drop"
match = "IKLAN"
why = "An ad label."
samples = ["IKLAN"]

[[rule]]
id = "uji-penulis"
kind = "author_box"
action = "label"
field = "authors"
match = "Penulis"
why = "A label alone; the next line is the writer."
samples = ["Penulis"]

[[rule]]
id = "uji-editor"
kind = "metadata"
action = "field"
field = "editors"
match = "Editor: (?P<value>.+)"
why = "The editor's line."
samples = ["Editor: Sari Dewi"]

[[rule]]
id = "uji-penulis-editor"
kind = "metadata"
action = "field"
field = "authors"
match = "Oleh (?P<value>[A-Z][a-z]+(?: [A-Z][a-z]+)*) \\| Editor (?P<editors>[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
why = "Writer and editor on one line: a named group called after a field fills that field too."
samples = ["Oleh Budi Santoso | Editor Sari Dewi"]

[[rule]]
id = "uji-sumber"
kind = "metadata"
action = "harvest"
field = "source"
match = "\\((?P<value>Reuters|AFP)\\)"
why = "An agency credit read from inside a block that is being dropped."
samples = ["Kabar dari luar negeri (Reuters) dan lainnya"]

[[rule]]
id = "uji-topik"
kind = "tags"
action = "block"
field = "tags"
match = "Topik:"
item = "#\\w+"
why = "A tag block: the header, then one #tag a line."
samples = ["Topik:"]

[[rule]]
id = "uji-terkait"
kind = "related"
action = "block"
field = "related"
select = "repeated"
match = "Berita Terkait"
why = "Related titles, each printed twice around a summary printed once."
samples = ["Berita Terkait"]

[[rule]]
id = "uji-penutup"
kind = "end"
action = "drop"
end = true
match = "Simak berita lainnya di sini"
why = "The story's end."
samples = ["Simak berita lainnya di sini"]

[[rule]]
id = "uji-tanggal"
kind = "metadata"
action = "field"
field = "published"
where = "head"
match = "Senin, \\d{1,2} Maret 2025"
why = "The date line above the story."
samples = ["Senin, 3 Maret 2025"]

[[rule]]
id = "uji-dateline"
kind = "dateline"
action = "prefix"
field = "dateline"
match = "(?P<value>[A-Z][a-z]+), UJI\\s*-\\s*"
why = "The dateline that opens the first paragraph."
samples = ["Bandung, UJI - Warga"]
'''

RULES: RuleSet = loads_ruleset(RULES_TOML, label="uji")
#: The same rules, with the generic page's headline search and no deck.
GENERIC_RULES: RuleSet = loads_ruleset(
    RULES_TOML.replace('title = "first-line"', 'title = "heuristic"').replace("deck = true", "deck = false"),
    label="uji-generic",
)

TITLE = "Warga Desa Membangun Jembatan Bambu"
S1 = "Warga desa membangun jembatan bambu di atas sungai kecil pada Minggu pagi."
S2 = "Jembatan itu dipakai anak-anak untuk berangkat ke sekolah setiap hari."
S3 = "Kepala desa berterima kasih kepada semua warga yang ikut bekerja."
PassFn = Callable[[Page], None]


def page(*lines: str) -> list[Block]:
    """One block per non-empty line, numbered from 1 as the text front end numbers
    lines (an empty string is a blank line: counted, not a block)."""
    return [Block(number, text) for number, text in enumerate(lines, 1) if text]


def run(lines: list[str] | tuple[str, ...], until: PassFn | None = None, ruleset: RuleSet = RULES) -> Page:
    """The working page after the passes up to and including ``until`` (all: None)."""
    assert until is None or until in PASSES
    state = Page(blocks=page(*lines), ruleset=ruleset)
    for step in PASSES:
        step(state)
        if step is until:
            break
    return state


def verdicts(state: Page) -> dict[str, str | None]:
    return {b.text: v for b, v in zip(state.blocks, state.verdicts, strict=True)}


def body(state: Page) -> list[str]:
    return [b.text for b, v in zip(state.blocks, state.verdicts, strict=True) if v is None]


def words(n: int, word: str = "kata", end: str = "") -> str:
    return " ".join([word] * n) + end


# ---- the order of the passes ----------------------------------------------------------

def test_passes_run_in_the_documented_order() -> None:
    names = [p.__name__ for p in PASSES]
    assert names == [
        "split_parts", "rejoin_dateline", "match_rules", "rejoin_dashed", "find_title", "split_glued",
        "consume_structures", "find_story",
        "apply_head_rules", "recheck_title", "mark_regions", "forget_reading_day", "mark_repeats",
        "mark_writer_names", "mark_dashed_titles", "mark_trailing_fragments", "take_tail_stamp", "take_signoff",
        "cut_dateline",
        "refuse_index",
    ]
    # From the source: the compiled build's modules carry no docstrings.
    doc = ast.get_docstring(ast.parse((ROOT / "cleaner" / "engine.py").read_text(encoding="utf-8"))) or ""
    assert [doc.index(f"``{n}``") for n in names] == sorted(doc.index(f"``{n}``") for n in names)


def test_the_test_rule_set_loads_as_written() -> None:
    assert [r.id for r in RULES.rules] == [
        "uji-iklan", "uji-penulis", "uji-editor", "uji-penulis-editor", "uji-sumber", "uji-topik",
        "uji-terkait", "uji-penutup", "uji-tanggal", "uji-dateline",
    ]
    assert [r.id for r in RULES.harvest_rules] == ["uji-sumber"]
    assert [r.id for r in RULES.prefix_rules] == ["uji-dateline"]
    assert (RULES.title_mode, RULES.deck) == ("first-line", True)
    assert (GENERIC_RULES.title_mode, GENERIC_RULES.deck) == ("heuristic", False)


# ---- 1. match_rules -------------------------------------------------------------------

def test_match_rules_aligns_hits_with_blocks_and_decides_nothing() -> None:
    state = run([TITLE, "", "IKLAN", S1], until=engine.match_rules)
    assert state.texts == [TITLE, "IKLAN", S1]
    assert [None if h is None else h[0].id for h in state.hits] == [None, "uji-iklan", None]
    assert state.verdicts == [None, None, None]


def test_a_rule_matches_the_whole_line_only() -> None:
    state = run(["IKLAN di sini", S1], until=engine.match_rules)
    assert state.hits == [None, None]


# ---- 2. find_title --------------------------------------------------------------------

def test_first_line_title_skips_chrome_before_it() -> None:
    state = run(["IKLAN", TITLE, S1], until=engine.find_title)
    assert state.title_index == 1 and state.fields.get("title") == TITLE
    assert state.verdicts == [None, "headline", None]  # the ad is decided by a later pass


def test_no_title_without_story_text_after_it() -> None:
    state = run([TITLE, "Nasional", "Olahraga"], until=engine.find_title)
    assert state.title_index is None and state.fields.get("title") is None


def test_no_title_when_the_page_opens_with_a_sentence() -> None:
    state = run([S1, TITLE, S2], until=engine.find_title)
    assert state.title_index is None


def test_first_line_mode_tries_one_block_only() -> None:
    state = run(["Kanal Nasional", TITLE, S1], until=engine.find_title)
    assert state.fields.get("title") == "Kanal Nasional"  # an outlet layout: the first line is the headline
    assert run(["Nasional", S1, S2], until=engine.find_title).title_index is None  # one word: no headline


def test_first_line_mode_reads_the_headline_under_a_rubric_line() -> None:
    """One word of rubric over a Title Cased headline (tempo.co 2024-26 as text: the
    upsell, "Bisnis", the headline): the headline is the line under it, the rubric no
    headline (realhtml23; before, no title was read)."""
    state = run(["Nasional", TITLE, S1], until=engine.find_title)
    assert state.title_index == 1 and state.fields.get("title") == TITLE


def test_heuristic_title_skips_breadcrumbs_and_wants_title_case() -> None:
    state = run(["Beranda", "Berita daerah terkini", TITLE, S1], until=engine.find_title, ruleset=GENERIC_RULES)
    assert state.fields.get("title") == TITLE and state.title_index == 2


def test_heuristic_title_is_searched_among_the_first_six_unclaimed_blocks() -> None:
    crumbs = [f"menu{i}" for i in range(6)]
    assert run([*crumbs[:5], TITLE, S1], until=engine.find_title, ruleset=GENERIC_RULES).title_index == 5
    assert run([*crumbs, TITLE, S1], until=engine.find_title, ruleset=GENERIC_RULES).title_index is None


def test_a_dateline_block_means_the_story_started_before_any_title() -> None:
    state = run(["Bandung, UJI - " + S1, TITLE, S2], until=engine.find_title)
    assert state.title_index is None


def test_a_container_blob_is_not_the_headline() -> None:
    """A block that starts with the next block is a scraper's container, not a title."""
    state = run([TITLE + " Dan Warga Dusun", TITLE, S1], until=engine.find_title, ruleset=GENERIC_RULES)
    assert state.title_index == 1


# ---- 3. split_glued -------------------------------------------------------------------

def test_a_repeat_of_the_headline_is_taken() -> None:
    state = run([TITLE, S1, TITLE, S2], until=engine.split_glued)
    assert state.verdicts == ["headline", None, "headline-repeat", None]


def test_a_caption_glued_to_the_headline_goes_to_captions() -> None:
    caption = "Warga memikul bambu ke tepi sungai."
    state = run([TITLE, TITLE + " " + caption, S1], until=engine.split_glued)
    assert state.verdicts[1] == "headline-glued-caption"
    assert state.fields.get("captions") == (caption,)


def test_a_rule_line_glued_to_the_headline_fills_the_rule_field() -> None:
    state = run([TITLE, TITLE + " Editor: Sari Dewi", S1], until=engine.split_glued)
    assert state.verdicts[1] == "headline-glued-caption"
    assert state.fields.get("editors") == ("Sari Dewi",) and state.fields.get("captions") == ()


def test_a_paragraph_opening_with_the_headline_and_a_colon_stays_story() -> None:
    """A first paragraph that repeats the headline as a run-in lead, a colon, then the
    story's first sentence (rhein-neckar-loewen.de-vorverkauf.html, trafilatura's
    evaluation suite, adbar/trafilatura e90b0ef5, tests/eval/: ``div.wysiwyg > p``
    "<headline>: Aufgrund ..."): the story, not a caption glued to the headline. A
    colon before a few words that make no sentence (a credit), and a caption glued with
    no mark between, still go."""
    lead = TITLE + ": Warga bergotong royong selama tiga hari untuk memasang kembali papan jembatan itu."
    state = run([TITLE, lead, S1], until=engine.split_glued)
    assert state.verdicts == ["headline", None, None]
    assert state.fields.get("captions") == ()
    caption = "Warga memikul bambu ke tepi sungai."
    state = run([TITLE, TITLE + ": " + "Foto Antara", TITLE + " " + caption, S1], until=engine.split_glued)
    assert state.verdicts[1:3] == ["headline-glued-caption", "headline-glued-caption"]


# ---- 4. consume_structures ------------------------------------------------------------

def test_label_takes_the_next_line_into_its_field() -> None:
    state = run([TITLE, "Penulis", "Budi Santoso", S1], until=engine.consume_structures)
    assert verdicts(state) == {TITLE: "headline", "Penulis": "uji-penulis", "Budi Santoso": "uji-penulis", S1: None}
    assert state.fields.get("authors") == ("Budi Santoso",)


def test_label_does_not_take_a_line_that_a_rule_claims() -> None:
    state = run([TITLE, "Penulis", "IKLAN", S1], until=engine.consume_structures)
    assert state.verdicts == ["headline", "uji-penulis", "uji-iklan", None]
    assert state.fields.get("authors") == ()


def test_field_rule_fills_its_field_from_the_value_group() -> None:
    state = run([TITLE, S1, "Editor: Sari Dewi"], until=engine.consume_structures)
    assert state.verdicts[2] == "uji-editor" and state.fields.get("editors") == ("Sari Dewi",)


def test_named_groups_called_after_fields_fill_those_fields() -> None:
    state = run([TITLE, "Oleh Budi Santoso | Editor Sari Dewi", S1], until=engine.consume_structures)
    assert state.verdicts[1] == "uji-penulis-editor"
    assert state.fields.get("authors") == ("Budi Santoso",) and state.fields.get("editors") == ("Sari Dewi",)


def test_a_case_insensitive_pattern_matches_in_any_case() -> None:
    rules = loads_ruleset('''
[ruleset]
name = "uji-case"
title = "first-line"

[[rule]]
id = "uji-bagikan"
kind = "share"
action = "drop"
match = "(?i)bagikan artikel"
why = "A share button printed in any case."
samples = ["Bagikan artikel", "BAGIKAN ARTIKEL"]
''', label="uji-case")
    state = run([TITLE, "BAGIKAN ARTIKEL", S1, "bagikan Artikel"], until=engine.consume_structures, ruleset=rules)
    assert state.verdicts == ["headline", "uji-bagikan", None, "uji-bagikan"]


def test_block_takes_matching_items_and_stops_at_the_first_other_line() -> None:
    state = run([TITLE, S1, "Topik:", "#jembatan", "#desa", S2], until=engine.consume_structures)
    assert state.verdicts == ["headline", None, "uji-topik", "uji-topik", "uji-topik", None]
    assert state.fields.get("tags") == ("jembatan", "desa")


def test_block_keeps_chrome_inside_it_under_its_own_rule() -> None:
    state = run([TITLE, S1, "Topik:", "IKLAN", "#desa"], until=engine.consume_structures)
    assert state.verdicts[2:] == ["uji-topik", "uji-iklan", "uji-topik"]


def test_block_select_repeated_keeps_the_titles_printed_twice() -> None:
    related = "Jalan Desa Diperbaiki Warga"
    summary = "Ringkasan berita yang dicetak sekali saja."
    state = run([TITLE, S1, "Berita Terkait", related, summary, related], until=engine.consume_structures)
    assert state.verdicts[2:] == ["uji-terkait"] * 4
    assert state.fields.get("related") == (related,)


def test_head_only_rules_wait_for_the_story_start() -> None:
    state = run([TITLE, "Senin, 3 Maret 2025", S1], until=engine.consume_structures)
    assert state.verdicts == ["headline", None, None] and state.fields.get("published") is None


# ---- 5. find_story and apply_head_rules -----------------------------------------------

def test_story_starts_at_the_first_sentence_like_block() -> None:
    state = run([TITLE, "Nasional", S1, S2], until=engine.find_story)
    assert (state.start, state.end) == (2, None)


def test_story_starts_at_a_dateline_paragraph() -> None:
    state = run([TITLE, "Bandung, UJI - Warga desa bekerja", S2], until=engine.find_story)
    assert state.start == 1


def test_story_ends_at_the_first_end_rule_after_its_start() -> None:
    state = run(["Simak berita lainnya di sini", TITLE, S1, S2, "Simak berita lainnya di sini", S3],
                until=engine.find_story)
    assert (state.start, state.end) == (2, 4)


def test_prose_without_a_full_stop_starts_a_generic_story_only() -> None:
    """A lower-case run of 8 words whose full stop the scraper lost: story on a
    generic page; on an outlet layout it may be a deck or a caption."""
    prose = "warga desa membangun jembatan bambu di atas sungai"
    assert run([TITLE, prose, S1], until=engine.find_story, ruleset=GENERIC_RULES).start == 1
    assert run([TITLE, prose, S1], until=engine.find_story).start == 2


def test_no_story_start_without_a_sentence() -> None:
    state = run([TITLE, "Nasional", "Olahraga"], until=engine.find_story)
    assert state.start is None and state.end is None


def test_head_rule_takes_a_date_line_before_the_story_only() -> None:
    date = "Senin, 3 Maret 2025"
    state = run([TITLE, date, S1, "Jadwal kerja bakti:", date, S2], until=engine.apply_head_rules)
    assert state.verdicts == ["headline", "uji-tanggal", None, None, None, None]
    assert state.fields.get("published") is not None


# ---- 6. mark_regions ------------------------------------------------------------------

def test_first_unclaimed_block_before_the_story_is_the_deck() -> None:
    deck = "Gotong royong warga dua dusun"
    state = run([TITLE, deck, "Nasional", S1], until=engine.mark_regions)
    assert state.verdicts == ["headline", "deck", "before-story", None]
    assert state.fields.get("subtitle") == deck


def test_without_deck_the_head_is_chrome() -> None:
    state = run([TITLE, "Gotong royong warga dua dusun", S1], until=engine.mark_regions, ruleset=GENERIC_RULES)
    assert state.verdicts == ["headline", "before-story", None]


def test_a_line_the_front_end_knows_is_the_story_s_stays_story() -> None:
    """`Page.story_lines` (the HTML front end's opening lines in the story's box): the
    line before the first sentence is no head chrome; the others still are."""
    opening = "Gotong royong warga dua dusun"
    state = Page(blocks=page(TITLE, "Nasional", opening, S1), ruleset=GENERIC_RULES, story_lines=frozenset({3}))
    for step in PASSES:
        step(state)
        if step is engine.mark_regions:
            break
    assert state.verdicts == ["headline", "before-story", None, None]
    assert engine.assemble(state, url=None, warnings=()).paragraphs == (opening, S1)


def test_everything_after_the_end_is_tail_chrome_named_by_the_end_rule() -> None:
    state = run([TITLE, S1, "Simak berita lainnya di sini", S2, "IKLAN"], until=engine.mark_regions)
    assert state.verdicts[2:] == ["uji-penutup", "after-story:uji-penutup", "uji-iklan"]


# ---- 7. mark_repeats and mark_trailing_fragments --------------------------------------

def test_a_long_repeated_line_is_a_scraper_repeat() -> None:
    long = words(19, "panjang", ".")  # 134 characters: over the 100 a repeat needs
    state = run([TITLE, long, S1, long], until=engine.mark_repeats)
    assert state.verdicts == ["headline", None, None, "repeated-line"]


def test_a_short_repeated_line_stays() -> None:
    short = "Pukul 08.00: kerja bakti."
    state = run([TITLE, S1, short, S2, short], until=engine.mark_repeats)
    assert state.verdicts == ["headline", None, None, None, None]


def test_the_repeat_threshold_is_100_characters() -> None:
    at, below = "x" * 98 + ".", "y" * 99 + "."
    assert len(below) == 100 and len(at) == 99
    state = run([TITLE, S1, at, below, S2, at, below], until=engine.mark_repeats)
    assert state.verdicts[5:] == [None, "repeated-line"]


def test_a_repeat_of_a_claimed_line_gets_its_rule() -> None:
    state = run([TITLE, S1, "Editor: Sari Dewi", S2, "Editor: Sari Dewi"], until=engine.consume_structures)
    assert state.verdicts[4] == "uji-editor"  # a rule line matches again wherever it is


def test_a_container_blob_is_taken_when_its_next_block_starts_it() -> None:
    state = run([TITLE, S1 + " " + S2, S1, S2], until=engine.mark_repeats)
    assert state.verdicts == ["headline", "container-blob", None, None]


def test_a_dropped_container_is_harvested_for_metadata() -> None:
    """``harvest`` rules read fields from a block the engine drops (a container blob)."""
    blob = S1 + " (Reuters) Semua warga ikut."
    state = run([TITLE, blob, S1, S2], until=engine.mark_repeats)
    assert state.verdicts[1] == "container-blob" and state.fields.get("source") == "Reuters"
    kept = run([TITLE, blob, S2], until=engine.mark_repeats)  # not a container: body, not harvested
    assert kept.verdicts[1] is None and kept.fields.get("source") is None


def test_a_container_needs_20_more_characters() -> None:
    inner = S1
    assert run([TITLE, inner + " x" * 9 + "y", inner], until=engine.mark_repeats).verdicts[1] is None  # 19 more
    assert run([TITLE, inner + " x" * 10, inner], until=engine.mark_repeats).verdicts[1] == "container-blob"


def test_trailing_lower_case_fragments_are_a_tag_list() -> None:
    state = run([TITLE, S1, S2, "jembatan bambu", "gotong royong"], until=engine.mark_trailing_fragments)
    assert state.verdicts[3:] == ["trailing-fragments", "trailing-fragments"]


@pytest.mark.parametrize("tail", [
    ["gotong royong"],                              # one alone: not a list
    ["jembatan bambu", "Gotong Royong"],            # capitalised: a story list item
    ["jembatan bambu", "dua 2 dusun"],              # digits
    ["jembatan bambu", "gotong royong."],           # punctuation
    ["jembatan bambu", "satu dua tiga empat lima enam"],  # six words: over five
])
def test_trailing_fragments_need_two_short_bare_lower_case_lines(tail: list[str]) -> None:
    state = run([TITLE, S1, S2, *tail], until=engine.mark_trailing_fragments)
    assert body(state)[-1] == tail[-1]


def test_trailing_fragments_may_have_five_words() -> None:
    tail = ["satu dua tiga empat lima", "gotong royong"]
    state = run([TITLE, S1, S2, *tail], until=engine.mark_trailing_fragments)
    assert body(state) == [S1, S2]


def test_trailing_fragments_after_a_lead_in_are_its_list() -> None:
    state = run([TITLE, S1, "Yang dibawa warga antara lain:", "bambu", "tali ijuk"],
                until=engine.mark_trailing_fragments)
    assert body(state) == [S1, "Yang dibawa warga antara lain:", "bambu", "tali ijuk"]


def test_trailing_fragments_that_are_the_whole_body_stay() -> None:
    state = run([TITLE, "jembatan bambu", "gotong royong"], until=engine.mark_trailing_fragments)
    assert "trailing-fragments" not in state.verdicts


# ---- 8. cut_dateline ------------------------------------------------------------------

def test_dateline_is_cut_from_the_first_body_block() -> None:
    state = run([TITLE, "Bandung, UJI - " + S1, S2])
    assert state.first_text == S1 and state.fields.get("dateline") == "Bandung"


def test_a_dateline_with_no_story_after_it_does_not_start_the_story() -> None:
    state = run([TITLE, "Bandung, UJI -"], until=engine.find_story)
    assert state.start is None


def test_a_dateline_alone_on_its_line_just_above_the_story_is_its_dateline() -> None:
    """A wire release prints its dateline on a line of its own: the story starts there,
    the dateline is read and the line leaves the body."""
    state = run([TITLE, "Bandung, UJI -", S1, S2])
    assert state.start == 1 and state.fields.get("dateline") == "Bandung"
    assert state.verdicts[1] is not None and body(state) == [S1, S2]


def test_only_the_first_body_block_is_cut() -> None:
    later = "Garut, UJI - " + S2
    state = run([TITLE, S1, later])
    assert state.first_text is None and state.fields.get("dateline") is None and body(state) == [S1, later]


# ---- assemble: the record -------------------------------------------------------------

def test_clean_blocks_gives_body_fields_and_every_removal_with_its_rule() -> None:
    article = clean_blocks(page(TITLE, "Penulis", "Budi Santoso", "Bandung, UJI - " + S1, "IKLAN", S2,
                                "Topik:", "#jembatan"), RULES, url="https://uji.example/a")
    assert article.outlet == "uji" and article.url == "https://uji.example/a"
    assert article.title == TITLE and article.authors == ("Budi Santoso",) and article.dateline == "Bandung"
    assert article.paragraphs == (S1, S2) and article.tags == ("jembatan",)
    assert [(r.line, r.rule) for r in article.removed] == [
        (1, "headline"), (2, "uji-penulis"), (3, "uji-penulis"), (5, "uji-iklan"), (7, "uji-topik"),
        (8, "uji-topik"),
    ]
    assert article.reason is None


def test_empty_and_storyless_pages_say_why() -> None:
    assert clean_blocks([], RULES).reason == "empty input"
    article = clean_blocks(page("IKLAN", "Nasional"), RULES)
    assert article.paragraphs == () and article.reason and "no story text" in article.reason


def test_warnings_pass_through() -> None:
    assert clean_blocks(page(TITLE, S1), RULES, warnings=("w",)).warnings == ("w",)


# ---- the shape predicates and their thresholds ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (words(19), False),                      # no end, under 20 words
    (words(20), True),                       # a long run of words: 20
    ("Dua kata.", False),                    # a sentence needs 3 words
    ("Tiga kata ini.", True),
    ("Empat kata di sini:", False),          # a lead-in needs 5 words
    ("Lima kata ada di sini:", True),
    ('Ia berkata, "Kami siap."', True),      # closing quote after the full stop
    ("Benarkah itu terjadi?", True),
])
def test_is_sentence_like(text: str, expected: bool) -> None:
    assert is_sentence_like(text) is expected


def test_no_unspaced_script_character_comes_before_the_first_one() -> None:
    # is_sentence_like scans a line for Chinese and Japanese characters only when
    # _MAY_BE_UNSPACED finds a character at or above the first of them (U+2E80): checked
    # against every code point, which the screen takes from the first one on.
    first = next(c for c in range(0x110000) if lazy.compiled_regex(passes_text.UNSPACED).match(chr(c)))
    assert first == 0x2E80
    assert [c for c in range(0x110000) if passes_text._MAY_BE_UNSPACED.match(chr(c))] == list(range(first, 0x110000))
    assert is_sentence_like("两个字四个字。") and not is_sentence_like("两个。")  # 4 words; 2


@pytest.mark.parametrize(("text", "expected"), [
    (TITLE, True),
    ("Judul", False),                        # at least 2 words
    (words(25, "Kata"), True),               # at most 25 words
    (words(26, "Kata"), False),
    ("Judul " + "x" * 194, True),            # at most 200 characters
    ("Judul " + "x" * 195, False),
    ("Warga Membangun Jembatan.", False),    # a full stop ends a sentence
    ("Warga Membangun. Jembatan Baru", False),  # two sentences
    ("GAYA HIDUP", False),                   # a short all-capitals rubric
    ("BANJIR MELANDA EMPAT KECAMATAN", True),  # four capitals words: a headline
])
def test_is_title_like(text: str, expected: bool) -> None:
    assert is_title_like(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Warga Desa Membangun Jembatan", True),
    ("Warga desa Membangun jembatan", True),  # half of the longer words is enough
    ("Warga desa membangun jembatan", False),
    ("di ke dari", False),                    # no word longer than 3 letters
])
def test_is_title_case(text: str, expected: bool) -> None:
    assert is_title_case(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    (words(8, "warga"), True),               # 8 lower-case words
    (words(7, "warga"), False),
    (words(8, "Warga"), False),              # Title Case: a headline, not prose
])
def test_is_prose(text: str, expected: bool) -> None:
    assert is_prose(text) is expected
