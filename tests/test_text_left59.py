"""Text scrapes blindtext58 cleaned blind and left wrong (textleft59), cleaned from the file
alone (no URL), as the held-out text scrapes are.

Evidence (never copied: every page below is written for this file with invented sentences
and names, keeping only the layout: the order of the lines, the chrome's lines and labels as
printed):

- KONTAN13: nasional.kontan.co.id/news/tifatul-tak-diundang-merapat-ke-menko-malam-ini (2013,
  as text in the search library's pages corpus, read 2026-12-07): the ticker, the headline,
  the date, the headline again, the "ILUSTRASI. <caption>" line, "Reporter: <name> | Editor:
  <name>", then the story opening "JAKARTA. <sentence>". What was wrong: the "JAKARTA."
  dateline (a full stop, no dash) was not read; it stayed in the first paragraph.
- KOMPASROW: a kompas.com 2021 regional story as a project's SQL dump of news rows holds it
  (code index file id 20247046344, row 6): "Editor <Name> KOMPAS.com- <story>" on one line,
  the syndication note, "Editor : <Name>". What was wrong: the dateline was "Editor <Name>".
- MERAHPUTIH15: merahputih.com/post/read/jakarta-tidak-aman-polisi-kedodoran (2015, as text in
  the search library's pages corpus, read 2026-12-07): the headline, the photo's caption ending
  "(Antara foto)", the story opening "MerahPutih Megapolitan - ". What was wrong: the caption
  opened the body.
"""

from __future__ import annotations

import cleaner
from tests.scored import EMPTY_RECORD as EMPTY
from tests.scored import scored_record as _record


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- KONTAN13 --------------------------------------------------------------------------------

K_TITLE = "Wali kota tak diajak rapat anggaran sore ini"
K_P1 = ("Para kepala dinas akan berkumpul di balai kota sore ini. Mereka membahas rencana anggaran "
        "perbaikan jalan yang rusak sejak musim hujan.")
K_P2 = ("Namun, wali kota sendiri tidak diundang ke rapat itu. Stafnya mengaku baru mendengar kabar "
        "rapat tersebut dari para wartawan.")
KONTAN13 = _page(
    "kontan.co.id", "banner langganan top", "| : WIB | INDIKATOR |",
    "  • EMAS 1.520.000   -13.000   -0,85%", "  • USD/IDR 16.224   -44,00   -0,27%", "",
    K_TITLE, "", "", "Jumat, 21 Juni 2013 / 18:55 WIB", K_TITLE,
    "ILUSTRASI. Petugas menghitung uang pajak daerah di kantor kas kota per Selasa (11/1).", "", "",
    "Reporter: Rina Sari | Editor: Budi Santoso", "",
    "JAKARTA. " + K_P1, "", K_P2,
)


def test_kontan13_stop_dateline_whole_record() -> None:
    record = _record(KONTAN13)
    assert record == EMPTY | {"title": K_TITLE, "authors": ["Rina Sari"], "editors": ["Budi Santoso"],
                              "published": "2013-06-21T18:55:00+07:00", "dateline": "JAKARTA",
                              # blindtext58's caption-label (merged beside this) reads the caption
                              "captions": [("ILUSTRASI. Petugas menghitung uang pajak daerah di kantor kas "
                                            "kota per Selasa (11/1).")],
                              "paragraphs": [K_P1, K_P2]}


def test_stop_dateline_needs_a_place_and_a_sentence() -> None:
    # a label in capitals with a full stop, an acronym opening a sentence, and a small word
    # after the stop are no dateline: the line stays whole
    for line in ("ILUSTRASI. Petugas menghitung uang pajak daerah di kantor kas kota pada pagi itu.",
                 "DPR. Lembaga itu menunda rapat paripurna sampai pekan depan karena banyak yang absen.",
                 "JAKARTA. kota itu kembali banjir setelah hujan deras mengguyur sejak pagi tadi."):
        page = _page(K_TITLE, "", line, "", K_P2)
        record = cleaner.clean(page).to_dict()
        assert record["dateline"] is None
        # whole: a paragraph, or (the ILUSTRASI label: blindtext58's caption-label) a caption
        assert line in record["paragraphs"] + record["captions"]


# ---- KOMPASROW -------------------------------------------------------------------------------

R_P1 = ("Seorang warga yang meninggal karena sakit dimakamkan di pemakaman umum desa itu, Sabtu "
        "(22/5/2021) malam. Sebagian warga menolak pemakaman tersebut.")
R_P2 = "\"Kami hanya ingin diajak bicara lebih dulu,\" ujar seorang tokoh warga kepada wartawan."
KOMPASROW = _page(
    "Editor Rina Sari KOMPAS.com- " + R_P1 + " " + R_P2, "",
    "Artikel ini telah tayang di Kompas.com dengan judul \"Warga Menolak Pemakaman\", Klik untuk baca: "
    "https://regional.kompas.com/read/2021/05/23/140132278/warga-menolak-pemakaman.", "",
    "Editor : Rina Sari",
)


def test_kompasrow_editor_box_before_placeless_dateline_whole_record() -> None:
    record = _record(KOMPASROW)
    assert record == EMPTY | {"editors": ["Rina Sari"], "paragraphs": [R_P1 + " " + R_P2]}


def test_editor_box_alone_fills_the_editor() -> None:
    # no editor line at the end: the glued box's name is the record's editor
    page = _page("Penulis Budi Santoso Kompas.com - " + R_P1, "", R_P2)
    record = cleaner.clean(page).to_dict()
    assert record["authors"] == ["Budi Santoso"]
    assert record["dateline"] is None
    assert record["paragraphs"][0] == R_P1


def test_editor_word_in_a_sentence_is_no_box() -> None:
    line = "Editor senior itu KOMPAS.com - " + R_P1
    record = cleaner.clean(_page(line, "", R_P2)).to_dict()
    assert record["editors"] == []
    assert record["dateline"] != "Editor senior itu"


# ---- MERAHPUTIH15 ----------------------------------------------------------------------------

M_TITLE = "Pasar Malam Dibuka Lagi, Warga Antusias?"
M_CAPTION = ("Wali Kota Contoh (kanan) didampingi Kepala Dinas Pasar (kiri) di balai kota, Senin (27/4). "
             "(Antara foto)")
M_P1 = ("Wali kota itu mengakui pasar malam belum tertata rapi. Ia juga mengakui petugas kebersihan "
        "masih kurang jumlahnya.")
M_P2 = "\"Kami sudah menambah petugas sejak pekan lalu,\" katanya di balai kota, Kamis (30/4)."
MERAHPUTIH15 = _page(M_TITLE, M_CAPTION, "MerahPutih Megapolitan - " + M_P1, M_P2)


def test_merahputih15_antara_foto_caption_leaves_the_body() -> None:
    record = _record(MERAHPUTIH15)
    # (the "MerahPutih Megapolitan - " desk prefix is cut with no place: leftovers60's
    # dateline-brand)
    assert record == EMPTY | {"title": M_TITLE, "captions": [M_CAPTION], "paragraphs": [M_P1, M_P2]}


def test_antara_foto_words_in_a_sentence_stay() -> None:
    line = "Ia menyimpan arsip foto itu di rumah (Antara foto itu kini dipajang di museum kota)"
    record = cleaner.clean(_page(M_TITLE, "", M_P1, "", line + ".", "", M_P2)).to_dict()
    assert line + "." in record["paragraphs"]


# ---- TEMPOPRELUDE15 --------------------------------------------------------------------------
# tempo.co/prelude/regenerasi-tiada-henti-916958 (a 2015 letter from the editors in the 2024
# layout, as text in the search library's pages corpus, read 2026-12-07): the upsell, the
# rubric "Surat Dari Redaksi", the headline, the photo's two caption lines ("Atas: <names>",
# "Bawah: <names>"), the story's first paragraph as a preview, "16 Februari 2015 | 00.00 WIB",
# "Image of Tempo", "Perbesar", the upsell, the two caption lines again, the whole story. What
# was wrong: the date line stayed a paragraph (published null), and both copies of the caption
# lines and the preview's paragraph were body.

UPSELL = "Baca berita dengan sedikit iklan, klik di sini"
T_TITLE = "Pergantian di Meja Redaksi"
T_CAP1 = "Atas: Rina, Budi, Sari, dan Joko."
T_CAP2 = "Bawah: Wati, Hadi, Nina, Tono, Rudi, dan Lina."
T_P1 = ("SEJAK kantor kecil itu dibuka, para pendirinya menyerahkan meja redaksi kepada yang lebih "
        "muda, dan kebiasaan itu bertahan sampai kini. Hari ini, pergantian itu kami lakukan lagi.")
T_P2 = ("Tugas pertama pimpinan baru adalah merapikan cara kerja ruang berita yang melayani majalah, "
        "koran, dan situs sekaligus.")
T_P3 = "Kami berterima kasih kepada semua yang sudah bekerja keras selama ini."
TEMPOPRELUDE15 = _page(
    UPSELL, "", "Surat Dari Redaksi", "", T_TITLE, "", T_CAP1, T_CAP2, "", T_P1, "",
    "16 Februari 2015 | 00.00 WIB", "", "Image of Tempo", "Perbesar", "", UPSELL, "",
    T_CAP1, T_CAP2, "", T_P1, "", T_P2, "", T_P3,
)


def test_tempoprelude15_preview_over_the_date_line_whole_record() -> None:
    record = _record(TEMPOPRELUDE15)
    assert record == EMPTY | {"outlet": "tempo", "title": T_TITLE, "published": "2015-02-16T00:00:00+07:00",
                              "captions": [T_CAP1, T_CAP2], "paragraphs": [T_P1, T_P2, T_P3]}


def test_opening_not_printed_again_stays_the_story() -> None:
    # the same head with no second copy under the date line: no preview, the lines over the
    # date line stay the story's (the date line with them, as before)
    page = _page(UPSELL, "", "Surat Dari Redaksi", "", T_TITLE, "", T_CAP1, T_CAP2, "", T_P1, "",
                 "16 Februari 2015 | 00.00 WIB", "", "Image of Tempo", "", T_P2, "", T_P3)
    record = _record(page)
    assert record["captions"] == []
    assert record["paragraphs"][:3] == [T_CAP1, T_CAP2, T_P1]
    assert T_P2 in record["paragraphs"]


def test_preview_needs_a_date_line_between_the_copies() -> None:
    # the opening printed twice with no date line between: a scrape's repeat, not a preview
    page = _page(UPSELL, "", "Surat Dari Redaksi", "", T_TITLE, "", T_CAP1, T_CAP2, "", T_P1, "",
                 "Image of Tempo", "", T_CAP1, T_CAP2, "", T_P1, "", T_P2, "", T_P3)
    record = _record(page)
    assert record["published"] is None
    assert record["captions"] == []
    assert record["paragraphs"][:3] == [T_CAP1, T_CAP2, T_P1]


# ---- JPNN11 ----------------------------------------------------------------------------------
# jpnn.com/news/tiga-menteri-klarifikasi-soal-kabar-pencurian-data-rahasia-ri (2011, as text
# in the search library's pages corpus, read 2026-12-07): the headline, the date, the story
# (a "BOGOR - " dateline), an empty "Baca Juga:", the page's description (the first
# paragraph's first words, cut off), "BERITA TERKAIT" over "- <title>" items. And
# jpnn.com/news/jajaran-menteri-tak-terima-disebut-berbohong?page=2 (same corpus): the
# headline, the deck, the headline twice, page 2's paragraphs (the last signed "(xyz/jpnn)"),
# the description (page 1's opening cut off), "Redaktur & Reporter : Tim Redaksi", the Google
# News promo. What was wrong: the cut copy stayed the last paragraph, the by-line stayed
# body, and page 2's deck was dropped as before-story.

J_TITLE = "Dua Menteri Jelaskan Kabar Kebocoran Data"
J_P1 = ("BOGOR - Kabar soal data yang bocor saat kunjungan kerja ke luar negeri membuat para pejabat "
        "gerah. Dua menteri pun menggelar jumpa pers di Istana Bogor, Senin (21/2).")
J_P2 = ("Menteri yang memimpin rombongan itu menjelaskan, kunjungan mereka berjalan lancar dan tidak "
        "ada dokumen yang hilang.")
J_P3 = "\"Kami ingin meluruskan kabar yang simpang-siur,\" ujarnya kepada wartawan."
J_CUT = ("BOGOR - Kabar soal data yang bocor saat kunjungan kerja ke luar negeri membuat para "
         "pejabat")
JPNN11 = _page(
    J_TITLE, "Senin, 21 Februari 2011 – 18:27 WIB", J_P1, J_P2, "Baca Juga:", J_P3, J_CUT,
    "BERITA TERKAIT", "- Warga Kota Contoh Terima Bantuan Perbaikan Rumah Setelah Banjir",
    "- Pelari Muda Juara Lomba Maraton di Kota Contoh",
)


def test_jpnn11_cut_opening_copy_whole_record() -> None:
    record = _record(JPNN11)
    assert record == EMPTY | {
        "title": J_TITLE, "published": "2011-02-21T18:27:00+07:00", "dateline": "BOGOR",
        "related": ["Warga Kota Contoh Terima Bantuan Perbaikan Rumah Setelah Banjir",
                    "Pelari Muda Juara Lomba Maraton di Kota Contoh"],
        "paragraphs": [J_P1.removeprefix("BOGOR - "), J_P2, J_P3]}


J2_DECK = "Gelar Jumpa Pers Khusus, Siap Adu Data"
J2_P1 = ("Hal serupa disampaikan menteri lain. Menurutnya, semua angka yang dipakai kementeriannya "
         "berasal dari lembaga statistik resmi.")
J2_P2 = "\"Semua datanya resmi. Silakan dicek kapan saja,\" katanya di Jakarta, kemarin. (abc/jpnn)"
J2_CUT = "JAKARTA - Para menteri kabinet agaknya sedang meradang. Terutama mereka yang"
JPNN11P2 = _page(
    J_TITLE, "", J2_DECK, "", J_TITLE, J_TITLE, J2_P1, "", J2_P2, "", J2_CUT, "", "",
    "Redaktur & Reporter : Tim Redaksi", "", "Silakan baca konten menarik lainnya dari JPNN.com di Google News",
)


def test_jpnn11_page2_deck_copy_and_byline_whole_record() -> None:
    record = _record(JPNN11P2)
    assert record == EMPTY | {"title": J_TITLE, "subtitle": J2_DECK,
                              "paragraphs": [J2_P1, J2_P2.removesuffix(" (abc/jpnn)")]}


def test_redaktur_reporter_names_the_writer_and_the_editor() -> None:
    record = _record(JPNN11P2.replace("Tim Redaksi", "Budi Santoso"))
    assert record["authors"] == ["Budi Santoso"]
    assert record["editors"] == ["Budi Santoso"]


def test_dateline_paragraph_ending_a_sentence_is_no_cut_copy() -> None:
    # a last paragraph that opens with a dateline but ends a sentence is the story's
    last = "JAKARTA - Para menteri kabinet agaknya sedang meradang, terutama yang disebut berbohong."
    record = _record(JPNN11P2.replace(J2_CUT, last))
    assert record["paragraphs"][-1] == last
    # a cut last line with no dateline stays too (a paragraph the scrape cut; no sign-off
    # over it, after which `mark_trailing_fragments` takes unended lines)
    cut = "Para menteri kabinet agaknya sedang meradang. Terutama mereka yang disebut"
    record = _record(JPNN11P2.replace(J2_CUT, cut).replace(" (abc/jpnn)", ""))
    assert record["paragraphs"][-1] == cut


def test_two_lines_between_the_prints_are_no_deck() -> None:
    page = JPNN11P2.replace(J2_DECK, J2_DECK + "\n\nKabar Lain Hari Ini Dari Kota Contoh")
    record = _record(page)
    assert record["subtitle"] is None
    assert record["title"] == J_TITLE


# ---- MERAHPUTIH15: the writer under "Bagikan" -------------------------------------------------
# The same page's tail: the story, "BACA JUGA:" over three linked titles, "Bagikan", the
# writer's name alone, "Berita Terkait" over its titles. What was wrong: the name was the
# last paragraph. (The read-also titles are blindtext58's fix; this page keeps none.)

M_WRITER = "Rina Sari Dewi"
M_TAIL = ("Bagikan", M_WRITER, "Berita Terkait", "Warga Kota Contoh Terima Bantuan Perbaikan Rumah",
          "Pelari Muda Juara Lomba Maraton di Kota Contoh")


def test_merahputih15_writer_under_share_word_whole_record() -> None:
    record = _record(_page(M_TITLE, M_CAPTION, "MerahPutih Megapolitan - " + M_P1, M_P2, *M_TAIL))
    assert record == EMPTY | {"title": M_TITLE, "captions": [M_CAPTION], "authors": [M_WRITER],
                              "related": ["Warga Kota Contoh Terima Bantuan Perbaikan Rumah",
                                          "Pelari Muda Juara Lomba Maraton di Kota Contoh"],
                              "paragraphs": [M_P1, M_P2]}


def test_no_name_under_share_word_is_no_writer() -> None:
    # a sentence or a site's button under "Bagikan" is no writer; a name not under it neither
    for line in ("Facebook", "Kami menunggu komentar Anda di bawah ini."):
        record = _record(_page(M_TITLE, "", M_P1, "", M_P2, "Bagikan", line))
        assert record["authors"] == []
    record = _record(_page(M_TITLE, "", M_P1, "", M_P2, M_WRITER))
    assert record["authors"] == []
