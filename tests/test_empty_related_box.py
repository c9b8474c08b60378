"""A related box's label left alone inside the story by a text scrape.

tribunnews.com draws its mid-story "Berita Rekomendasi" box's items by script, so a text
rendering prints the label alone between two paragraphs (m.tribunnews.com/nasional/2018/
04/25/foto-tercolok-bulu-jadi-viral-... and bali.tribunnews.com/2019/05/23/cerita-di-balik-
brimob-..., as text in the search library's pages corpus, read 2026-12-06; found by
leftovers49). The label is a story-ending related block (`related-block`), so every
paragraph under it went to ``related`` and the story lost its second half. SPEC: the body
is the story's paragraphs; a related box's linked titles go to ``related``. A label over
two story sentences (full stops, where linked titles end in nothing, '?' or '!') holds no
box: it is dropped and the story goes on (`passes.story_end.empty_box`). A roundup goes on under
the label with its list's lead-in (ending in a colon) and numbered items
(m.tribunnews.com/nasional/2023/01/14/populer-nasional-..., the same corpus), so the line
under the label and one of the two after it are asked. That 2023 page also prints the
photo's credit as "TRIBUNNEWS.COM/IST/HO" over the caption (`caption-slash-credit-alone`):
read as no credit, the caption and the credit opened the story and the dateline was lost.
Sentences and names here are ours; the shapes (headline, deck, by-line pair, credit,
caption, dateline paragraph, the bare label, the roundup's list) are the real pages'.
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


DECK = "Rangkuman berita daerah terpopuler selama satu hari. Mulai dari jembatan hingga harga cabai."
CAPTION = ("Warga membangun jembatan bambu di Desa Contoh, Selasa (10/1/2023). Inilah rangkuman berita "
           "daerah terpopuler selama satu hari.")
ROUNDUP_HEAD = "Populer Daerah: Jembatan Bambu Swadaya - Harga Cabai Turun di Pasar Kota"
ROUNDUP = [
    "Inilah rangkuman berita daerah terpopuler selama 24 jam.",
    "Berita terpopuler pertama dimulai dari warga yang membangun jembatan bambu secara swadaya.",
    "Berita lain yang juga populer adalah turunnya harga cabai di pasar kota.",
]
ROUNDUP_LIST = [
    "Selengkapnya, inilah rangkuman berita daerah terpopuler di Contohnews.com selama satu hari:",
    "1. Warga Desa Contoh Bangun Jembatan Bambu Secara Swadaya",
    "Warga Desa Contoh membangun jembatan bambu secara swadaya setelah jembatan lama hanyut.",
    "Kepala desa mengatakan pembangunan melibatkan lebih dari seratus warga dari tiga dusun.",
    "2. Harga Cabai di Pasar Kota Turun Sejak Pekan Lalu",
    "Harga cabai rawit di pasar kota turun sejak pekan lalu karena pasokan melimpah.",
]


def _roundup(credit: str = "TRIBUNNEWS.COM/IST/HO") -> str:
    lines = ["Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX", "Tribun", "",
             ROUNDUP_HEAD, "", DECK, "", "Penulis: Rina Sari", "Editor: Budi Santoso",
             f"zoom-in {ROUNDUP_HEAD}", credit, CAPTION, "",
             "TRIBUNNEWS.COM - " + ROUNDUP[0], "", ROUNDUP[1], "",
             "Baca juga: " + TITLES[0], "", ROUNDUP[2], "", "Berita Rekomendasi", "",
             *[x for line in ROUNDUP_LIST for x in (line, "")]]
    return "\n".join(lines)


def test_a_roundup_goes_on_under_the_bare_label() -> None:
    got = scored_record(_roundup())
    assert got["title"] == ROUNDUP_HEAD
    assert got["subtitle"] == DECK
    assert got["authors"] == ["Rina Sari"]
    assert got["editors"] == ["Budi Santoso"]
    assert got["captions"] == ["TRIBUNNEWS.COM/IST/HO", CAPTION]
    assert got["related"] == [TITLES[0]]
    assert got["paragraphs"] == ROUNDUP + ROUNDUP_LIST


def test_a_slash_credit_of_one_word_needs_the_site_domain() -> None:
    # negative: "DPRD/DPR" has no domain before its slash: no credit, so nothing under it
    # is a caption and the head is read without one (the caption line opens the story)
    got = scored_record(_roundup("DPRD/DPR"))
    assert "DPRD/DPR" not in got["captions"]
    assert "DPRD/DPR" in got["paragraphs"]
