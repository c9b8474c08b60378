"""Text-path shapes earlier rounds saw and left open (leftovers66), each decided against SPEC.

Evidence (never copied: every page below is written for this file with invented sentences and
names, keeping only the shape the source prints):

1. metrotvnews.com 2012: the sign-off "(<reporter's full name>/<EDITOR'S INITIALS>)" glued to the
   last sentence ("...akuisisi.(Name Name/RRN)"), a story copied into a school site's SQL dump
   (code index file id 4576969892, `t_news` row 29). It stayed in the last paragraph and the
   writer was lost. SPEC: a sign-off that names the writer gives ``authors``; it is no story.
   Fixed: generic.toml `split-initials` cuts it at the line's end, `signoff-outlet-writer` reads
   the name (whole line too). An organisation over its own acronym ("(Komite Olimpiade
   Indonesia/KOI)", that rule's old negative) stays refused.
2. 20.detik.com video pages print the writer as "Name - 20DETIK" (div.meta; a scraper's
   selectors strip " - 20DETIK" from it, code index file id 25849653855). No rule read it; at a
   story's foot it stayed the last paragraph. Fixed: `byline-channel` names the brand, and
   engine `_writer_under_story` reads such a head by-line under the story's last sentence.
3. detik.com sport stories of August 2012 print the place with a hyphen glued to it and a space
   after ("Roma- Mantan pembalap ...": a news CMS's SQL dump, code index file id 12947866122,
   `berita` rows 610 and 611). The prefix stayed in the story. Fixed: `dateline-place` reads a
   glued hyphen as it read a glued en dash. A site's name printed so (SUDUTPYK26 in
   tests/test_real_layouts_text_blind49.py) is now cut too, its name read as the place, the
   way `dateline-caps-place` already reads "NAME- ".
4. okezone.com 2012: "(ian)" closes the story, then "Name - Okezone" in a paragraph of its own
   (the same dump, row 32). The body was right (trailing-fragments dropped the line after the
   sign-off) but the writer was lost: `byline-channel`, a head rule, answers the line first,
   and a head rule is not applied after the story starts (with no sign-off the line stayed
   the last paragraph). Fixed: engine `_writer_under_story`.
5. kumparan's closing initials in brackets, "(KRIS)" and "...kalimat. (KRIS)": dropped by
   `signoff`/`split-initials` already. Pinned.
6. tribunnews.com reprints a Kontan story under "Laporan Reporter Kontan <name>" glued to
   "TRIBUNNEWS.COM, JAKARTA - " (a 2020 row a scraper project keeps as its example, code index
   file id 47792173738): the by-line split off, name-by-date took the whole line for the
   writer, role words and desk included (SPEC: names only). Fixed: generic.toml `writer-line`
   reads "Kontan" as the desk.
"""

from __future__ import annotations

from tests.scored import removed_rules as _removed
from tests.scored import scored_record as _record
from tests.scored import text_page as _page

HEADLINE = "Warga Pesisir Tanam Tiga Ribu Bibit Bakau"
DATE = "Senin, 12 November 2012 10:15 WIB"
STORY = (
    "Warga pesisir utara menanam tiga ribu bibit bakau untuk menahan abrasi di pantai desa mereka.",
    "Kegiatan itu diikuti pelajar, nelayan, dan petugas dinas lingkungan hidup setempat pada Minggu pagi.",
    "Menurut kepala desa, bibit itu berasal dari kebun pembibitan milik kelompok tani di kecamatan sebelah.",
)


# ---- 1. metrotvnews' "(Full Name/INITIALS)" ---------------------------------------------------


def test_name_and_initials_glued_to_the_last_sentence_give_the_writer() -> None:
    page = _page(HEADLINE, DATE, "Metrotvnews.com, Surabaya: " + STORY[0], STORY[1], STORY[2] + "(Andi Wiratama/RRN)")
    record = _record(page)
    assert record["paragraphs"] == list(STORY)
    assert (record["authors"], record["editors"], record["dateline"]) == (["Andi Wiratama"], [], "Surabaya")
    assert _removed(page)["(Andi Wiratama/RRN)"] == "signoff-outlet-writer"


def test_name_and_initials_on_a_line_of_their_own() -> None:
    record = _record(_page(HEADLINE, DATE, "Surabaya - " + STORY[0], *STORY[1:], "(Andi Wiratama/RRN)"))
    assert (record["paragraphs"], record["authors"]) == (list(STORY), ["Andi Wiratama"])


def test_an_organisation_over_its_acronym_is_no_writer() -> None:
    record = _record(_page(HEADLINE, DATE, *STORY, "(Komite Olimpiade Indonesia/KOI)"))
    assert record["authors"] == []


def test_name_and_initials_inside_a_sentence_stay() -> None:
    line = "Rapat itu dipimpin (Andi Wiratama/RRN) dan dihadiri para nelayan dari tiga desa."
    record = _record(_page(HEADLINE, DATE, *STORY, line))
    assert (record["paragraphs"][-1], record["authors"]) == (line, [])


# ---- 2. "Name - 20DETIK" ------------------------------------------------------------------------


def test_name_and_the_video_brand_under_the_story_give_the_writer() -> None:
    page = _page(HEADLINE, DATE, "Jakarta - " + STORY[0], *STORY[1:], "Rina Kartika - 20DETIK")
    record = _record(page)
    assert (record["paragraphs"], record["authors"], record["dateline"]) == (list(STORY), ["Rina Kartika"], "Jakarta")


def test_name_and_the_video_brand_under_the_headline_give_the_writer() -> None:
    record = _record(_page(HEADLINE, "Rina Kartika - 20DETIK", DATE, *STORY))
    assert (record["paragraphs"], record["authors"]) == (list(STORY), ["Rina Kartika"])


def test_a_headline_with_the_video_brand_is_no_writer() -> None:
    line = "Warga Tanam Bakau di Pesisir Utara - 20DETIK"
    assert _record(_page(HEADLINE, DATE, *STORY, line))["authors"] == []


# ---- 3. "Place- " -------------------------------------------------------------------------------


def test_place_with_a_glued_hyphen_is_the_dateline() -> None:
    record = _record(_page(HEADLINE, DATE, "Roma- " + STORY[0], *STORY[1:]))
    assert (record["paragraphs"], record["dateline"]) == (list(STORY), "Roma")


def test_two_word_place_with_a_glued_hyphen() -> None:
    record = _record(_page(HEADLINE, DATE, "Kota Baru- " + STORY[0], *STORY[1:]))
    assert (record["paragraphs"], record["dateline"]) == (list(STORY), "Kota Baru")


def test_a_hyphen_joining_two_names_is_no_dateline() -> None:
    first = "Jalur Serang-Gresik dibuka lagi untuk kendaraan umum mulai Senin pagi pekan depan."
    record = _record(_page(HEADLINE, DATE, first, *STORY[1:]))
    assert (record["paragraphs"][0], record["dateline"]) == (first, None)


def test_a_glued_hyphen_over_a_small_word_is_no_dateline() -> None:
    first = "Sabtu- minggu depan kantor itu tetap buka untuk melayani warga yang datang dari desa."
    record = _record(_page(HEADLINE, DATE, first, *STORY[1:]))
    assert (record["paragraphs"][0], record["dateline"]) == (first, None)


# ---- 4. okezone 2012's "Name - Okezone" at the foot (pinned) ----------------------------------


def test_okezone_writer_line_under_the_signoff_gives_the_writer() -> None:
    page = _page(HEADLINE, DATE, "SURABAYA -" + STORY[0], STORY[1], STORY[2] + " (ian)", "Rina Kartika - Okezone")
    record = _record(page)
    assert (record["paragraphs"], record["dateline"], record["authors"]) == (list(STORY), "SURABAYA", ["Rina Kartika"])
    assert _removed(page)["Rina Kartika - Okezone"] == "byline-channel"
    assert _removed(page)["(ian)"] == "signoff"


def test_okezone_writer_line_with_no_signoff_gives_the_writer() -> None:
    page = _page(HEADLINE, DATE, "SURABAYA - " + STORY[0], *STORY[1:], "Rina Kartika - Okezone")
    record = _record(page)
    assert (record["paragraphs"], record["authors"]) == (list(STORY), ["Rina Kartika"])


def test_a_writer_line_under_an_unfinished_line_stays() -> None:
    page = _page(HEADLINE, DATE, *STORY, "Harga bibit per batang", "Rina Kartika - Okezone")
    record = _record(page)
    assert (record["paragraphs"][-1], record["authors"]) == ("Rina Kartika - Okezone", [])


def test_a_story_line_under_the_story_is_no_writer() -> None:
    last = "Rina Kartika dan Budi Santoso menanam bibit itu bersama warga desa pada Minggu pagi."
    assert _record(_page(HEADLINE, DATE, *STORY, last))["authors"] == []


# ---- 5. kumparan's "(KRIS)" ---------------------------------------------------------------------


def test_closing_initials_in_capitals_are_dropped() -> None:
    for last in (STORY[2] + " (KRIS)", STORY[2] + "(KRIS)"):
        page = _page(HEADLINE, DATE, *STORY[:2], last)
        assert _record(page)["paragraphs"] == list(STORY)
        assert _removed(page)["(KRIS)"] == "signoff"
    assert _record(_page(HEADLINE, DATE, *STORY, "(KRIS)"))["paragraphs"] == list(STORY)


# ---- 6. "Laporan Reporter Kontan <name>" over the dateline --------------------------------------


def test_reporter_line_of_a_reprinted_story_names_the_writer_alone() -> None:
    for head in (
        ["Laporan Reporter Kontan Rina Kartika TRIBUNNEWS.COM, JAKARTA - " + STORY[0]],
        ["Laporan Reporter Kontan Rina Kartika", "TRIBUNNEWS.COM, JAKARTA - " + STORY[0]],
    ):
        page = _page(HEADLINE, DATE, *head, *STORY[1:])
        record = _record(page)
        assert (record["paragraphs"], record["authors"], record["dateline"]) == (
            list(STORY),
            ["Rina Kartika"],
            "JAKARTA",
        )
        assert _removed(page)["Laporan Reporter Kontan Rina Kartika"] == "writer-line"
