"""Text scrapes as real crawlers hand them over, in our own words: each test names one
layout of the 2025 bulk crawl (`../shared/corpus/bulk-2025-06-18.jsonl`) that the record
got wrong, and what the record should hold instead."""

from __future__ import annotations

import cleaner

#: A short story of our own, long enough to be a story.
STORY = "Jakarta - Warga Kampung Rambutan menanam cabai rawit di atap rumah mereka sejak awal tahun ini.\n"


def test_a_crawlers_byline_keeps_the_name_without_its_channel_tag() -> None:
    """detik's crawler by-line prints the desk after a spaced dash ("-detikNews",
    "-Sport"); the record keeps the names only."""
    got = cleaner.clean(STORY, hints={"author": "Rina Wulandari, Dodi Saputra -detikKota"})
    assert got.authors == ("Rina Wulandari", "Dodi Saputra") and got.warnings == ()
    assert cleaner.clean(STORY, hints={"author": "Rina Wulandari - Olahraga"}).authors == ("Rina Wulandari",)
    # a hyphen inside a name is part of it
    assert cleaner.clean(STORY, hints={"author": "Siti Nur-Aini"}).authors == ("Siti Nur-Aini",)


def test_a_crawlers_byline_that_names_the_site_or_a_desk_is_no_author() -> None:
    """liputan6 and tempo crawls print the site as the author of unsigned pieces;
    detik prints its team: no person, so no author, and the warning says so."""
    got = cleaner.clean(STORY, hints={"author": "Contohwarta.com"})
    assert got.authors == ()
    assert got.warnings == ("the authors hint 'Contohwarta.com' names no person; not used",)
    assert cleaner.clean(STORY, hints={"author": "Tim Contoh -detikKota"}).authors == ()
    assert cleaner.clean(STORY, hints={"editor": "Contoh Media, Budi Santoso"}).editors == ("Budi Santoso",)
