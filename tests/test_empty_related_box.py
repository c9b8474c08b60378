"""A related box's label left alone inside the story by a text scrape.

tribunnews.com draws its mid-story "Berita Rekomendasi" box's items by script, so a text
rendering prints the label alone between two paragraphs (m.tribunnews.com/nasional/2018/
04/25/foto-tercolok-bulu-jadi-viral-... and bali.tribunnews.com/2019/05/23/cerita-di-balik-
brimob-..., as text in the search library's pages corpus, read 2026-12-06; found by
leftovers49). The label is a story-ending related block (`related-block`), so every
paragraph under it went to ``related`` and the story lost its second half. SPEC: the body
is the story's paragraphs; a related box's linked titles go to ``related``. A label over
two story sentences (full stops, where linked titles end in nothing, '?' or '!') holds no
box: it is dropped and the story goes on (`engine._empty_box`). Sentences and names here
are ours; the shape (headline, by-line pair, dateline paragraph, the bare label) is the
real pages'.
"""

from __future__ import annotations

import cleaner
from tests.scored import scored_record

HEADLINE = "Warga Desa Contoh Bangun Jembatan Bambu Secara Swadaya"
STORY = [
    ("Warga Desa Contoh membangun jembatan bambu secara swadaya setelah jembatan lama hanyut "
     "terbawa banjir pekan lalu."),
    "Kepala desa mengatakan pembangunan jembatan itu melibatkan lebih dari seratus warga.",
    "Menurut dia, jembatan itu menjadi satu-satunya akses warga menuju pasar dan sekolah.",
    "\"Kami tidak bisa menunggu bantuan terlalu lama,\" kata kepala desa itu.",
    "Pembangunan ditargetkan selesai dalam dua pekan jika cuaca mendukung.",
]
TITLES = [
    "Banjir Rendam Tiga Dusun di Kabupaten Contoh, Ratusan Warga Mengungsi",
    "Harga Bambu Naik Jelang Musim Hujan, Perajin Kewalahan",
]


def _page(*middle: str, tail: list[str] | None = None) -> str:
    lines = [HEADLINE, "Penulis: Rina Sari", "Editor: Budi Santoso",
             "TRIBUNNEWS.COM, JAKARTA - " + STORY[0], STORY[1], *middle,
             *(STORY[2:] if tail is None else tail)]
    return "\n".join(lines) + "\n"


def test_a_bare_label_inside_the_story_is_dropped_and_the_story_goes_on() -> None:
    got = scored_record(_page("Berita Rekomendasi"))
    assert got["title"] == HEADLINE
    assert got["dateline"] == "JAKARTA"
    assert got["paragraphs"] == STORY
    assert got["related"] == []
    removed = {e["text"]: e["rule"] for e in cleaner.clean(_page("Berita Rekomendasi")).to_dict()["removed"]}
    assert removed["Berita Rekomendasi"] == "related-block"


def test_a_label_over_linked_titles_still_ends_the_story() -> None:
    # negative: the box prints its titles (no full stop): they are related, the story ended
    got = scored_record(_page("Berita Terkait", tail=TITLES))
    assert got["paragraphs"] == STORY[:2]
    assert got["related"] == TITLES


def test_a_label_over_one_sentence_then_titles_still_ends_the_story() -> None:
    # negative: one statement under the label is not the story going on (a teaser's deck
    # under a box label, then its titles): two statements are needed
    tail = ["Simak berita lainnya di bawah ini.", *TITLES]
    got = scored_record(_page("Berita Terkait", tail=tail))
    assert got["paragraphs"] == STORY[:2]
    assert STORY[2] not in got["paragraphs"]
