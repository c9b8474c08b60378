"""Text-path shapes earlier rounds left open (leftovers64), each decided against SPEC.

Evidence (never copied: every page below is written for this file with invented sentences and
names, keeping only the layout the source shows):

1. en.tempo.co/read/1262049/... (2019, text in the search library's pages corpus; the layout is
   tests/test_real_layouts_text_blind62.py's ENTEMPO19): the writer's name alone between the
   headline and the text-size toolbar ("• Font:"). Fixed: engine `_over_toolbar`, the by-line.
2. en.tempo.co/amp/619712/... (2018; ENTEMPO18 there): the photo's caption between the date line
   and "TEMPO.CO, Jakarta - ". Fixed: engine `_caption_under_date` gives it to ``captions``.
4. beritasatu.com 2026 (tests/test_real_layouts_html_blind62_new.py): "NASIONAL 10 menit yang
   lalu" under a story's headline. Fixed: generic.toml rubric-age; an age gives no ``published``.
5. A read-also link glued between two sentences of one paragraph: SPEC ("handled by its parts ...
   the story runs between the cuts are the paragraphs") makes them two paragraphs. Pinned.
6. The glued small-letter label and the bracketed label with its link lost: pinned (their split
   rules cost a bulk row +0.58% and +0.75%; an inert split rule alone costs +0.49%).
7. kumparan partner accounts: the disclaimer "Tulisan dari <account> tidak mewakili ..." names
   the account as the text's writer; a media partner's name ("Jatim Now") has a person's shape
   and no page signal tells it apart. Pinned as the writer.
"""

from __future__ import annotations

import cleaner
from tests.scored import removed_rules as _removed
from tests.scored import scored_record as _record
from tests.scored import text_page as _page
from tests.test_real_layouts_text_blind62 import EN18_CAPTION, EN18_STORY, EN19_STORY, EN19_TITLE, ENTEMPO18, ENTEMPO19

# ---- 1. the writer's name over the text-size toolbar -------------------------------------------

def test_name_over_the_font_toolbar_is_the_writer() -> None:
    record = _record(ENTEMPO19)
    assert record["authors"] == ["Dewi Anggraini"]
    assert record["paragraphs"] == [EN19_STORY[0].removeprefix("TEMPO.CO, Jakarta - "), *EN19_STORY[1:]]
    assert _removed(ENTEMPO19)["Dewi Anggraini"] == "name-by-date"


def test_a_line_not_under_the_headline_over_the_toolbar_is_no_writer() -> None:
    page = _page(EN19_TITLE, "Berita Utama", "Dewi Anggraini", "• Font:", "• " + EN19_STORY[0], *EN19_STORY[1:])
    assert _record(page)["authors"] == []


def test_a_sentence_over_the_toolbar_is_no_writer() -> None:
    page = _page(EN19_TITLE, "Pasar baru dibuka untuk pedagang ikan", "• Font:", "• " + EN19_STORY[0], *EN19_STORY[1:])
    assert _record(page)["authors"] == []


# ---- 2. Tempo's caption between the date line and the dateline ----------------------------------

def test_caption_under_the_date_line_goes_to_captions() -> None:
    record = _record(ENTEMPO18)
    assert record["captions"] == [EN18_CAPTION]
    assert record["paragraphs"] == [EN18_STORY[0].removeprefix("TEMPO.CO, Jakarta - "), *EN18_STORY[1:]]
    assert _removed(ENTEMPO18)[EN18_CAPTION] == "dated-caption"


def test_a_short_line_there_is_no_caption() -> None:
    page = ENTEMPO18.replace(EN18_CAPTION, "Foto Utama")
    assert _record(page)["captions"] == []


def test_a_line_over_a_story_with_no_dateline_is_no_caption() -> None:
    page = _page("Harga Cabai Naik di Pasar Lama", "Senin, 12 Mei 2020 10:00 WIB",
                 "Pedagang di pasar lama mengeluhkan harga cabai yang naik sejak pekan lalu.",
                 "Mereka berharap pasokan dari desa segera pulih.")
    assert _record(page)["captions"] == []


# ---- 4. a rubric and a relative time under the headline ----------------------------------------

STORY = ("Ratusan warga menanam bibit bakau di sepanjang pantai utara pada Minggu pagi.",
         "Kegiatan itu diikuti pelajar, nelayan, dan petugas dinas lingkungan hidup setempat.")


def test_rubric_and_age_under_an_html_headline_leave_the_body() -> None:
    page = ("<html><head><title>Warga Tanam Bakau - Kabar Contoh</title></head><body><h1>Warga Tanam Bakau</h1>"
            "<p>NASIONAL 10 menit yang lalu</p>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    record = cleaner.clean(page).to_dict()
    assert record["paragraphs"] == list(STORY)
    assert record["published"] is None  # an age is no date (SPEC: ISO 8601 with its offset)
    assert {r["text"]: r["rule"] for r in record["removed"]}["NASIONAL 10 menit yang lalu"] == "rubric-age"


def test_rubric_and_age_with_a_separator_in_a_text_scrape() -> None:
    record = _record(_page("Warga Tanam Bakau di Pesisir", "News • 38 menit yang lalu", *STORY))
    assert (record["paragraphs"], record["published"]) == (list(STORY), None)


def test_an_age_inside_a_sentence_stays() -> None:
    line = "Nelayan Itu Tiba 10 menit yang lalu di dermaga, kata petugas."
    record = _record(_page("Warga Tanam Bakau di Pesisir", "Senin, 12 Mei 2020 10:00 WIB", *STORY, line))
    assert record["paragraphs"][-1] == line


# ---- 5. a read-also link glued between two sentences -------------------------------------------

def test_glued_link_between_sentences_leaves_two_paragraphs() -> None:
    first = "Menurut dia, kegiatan itu rutin digelar setiap tahun, kata dia."
    second = "Dia menambahkan, bibit pohon berasal dari dinas kehutanan."
    page = _page("Warga Desa Menanam Seribu Pohon", "Senin, 12 Mei 2020 10:00 WIB", "YOGYAKARTA - " + STORY[0],
                 f"{first}Baca juga: Banjir Rendam Ratusan Rumah di Tepi Kali Code {second}")
    record = _record(page)
    assert record["paragraphs"] == [STORY[0], first, second]  # SPEC: the runs between the cuts
    assert record["related"] == ["Banjir Rendam Ratusan Rumah di Tepi Kali Code"]


# ---- 6. glued small-letter and bracketed labels (pinned for cost) ------------------------------

def test_glued_small_letter_and_lost_bracketed_labels_stay_pinned() -> None:
    small = "Pedagang menyebut pasokan berkurang. baca juga: Harga Cabai Naik Lagi di Pasar Induk"
    lost = "Pedagang menyebut pasokan berkurang sejak pekan lalu. (Baca juga:"
    for line in (small, lost):
        record = _record(_page("Warga Desa Menanam Seribu Pohon", "Senin, 12 Mei 2020 10:00 WIB", STORY[0], line))
        assert record["paragraphs"] == [STORY[0], line], line


# ---- 7. a kumparan partner's account in the disclaimer ----------------------------------------

def test_partner_account_in_the_disclaimer_is_read_as_the_writer() -> None:
    page = _page("Warga Desa Menanam Seribu Pohon", "Konten Media Partner", "12 Mei 2020 10:00 WIB",
                 "·", "waktu baca 2 menit", *STORY,
                 "Tulisan dari Jatim Now tidak mewakili pandangan dari redaksi kumparan")
    record = _record(page)
    assert record["outlet"] == "kumparan"
    assert record["authors"] == ["Jatim Now"]
    assert record["paragraphs"] == list(STORY)
