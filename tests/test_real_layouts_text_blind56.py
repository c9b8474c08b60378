"""Text scrapes of real pages and scraper rows that no test cited (blindtext56), cleaned from
the file alone (no URL), as the held-out text scrapes are.

Evidence (never copied: every page below is written for this file with invented sentences
and names, keeping only the layout: the order of the lines, the chrome's lines and labels as
printed). Pages of the search library's pages corpus and a crawler's CSV in the code index,
read 2026-12-07:

- KUMPARAN22: kumparan.com/kumparanbisnis/populer-nasib-ikn-setelah-jokowi-lengser-sosok-di-
  balik-cuan-sepak-bola-1zIlrnDj0T9 (kumparan.com 2022): the footer's links run together, the
  copyright and "Version 1.97.0" lines first, the headline, the date, "·", then the reading
  time with the story's photo glued to it as a Markdown image ("waktu baca 3 menit![<caption>.
  Foto: <credit>](https://blue.kumparan.com/...jpg)"), "ADVERTISEMENT" lines, the story with
  a sub-heading. What was wrong: one image is the page's only Markdown mark, so the page was
  read as plain text: the reading time was lost and the line, image and all, opened the body.
- CNNROW20: cnnindonesia.com 2020 stories as a Scrapy crawler wrote them
  (babalenong/Scrapy-Indonesian-News-Articles cnnindonesia/cnnindonesia.csv @
  300105aeb62a77d2fc441e6ac9b9a10facd16159, columns judul, berita): the headline padded with
  spaces, then the story's elements joined with commas, "Jakarta, CNN Indonesia -- " first,
  an empty element's comma a line of its own. What was wrong: each lone comma ("," or ", ,")
  was a paragraph.

Read and already right (whole records below or no fixture): tempo.co 2021 and 2022 "Terkini
Bisnis" (tempo.co/ekonomi/terkini-bisnis-sandiaga-hobi-santap-ketupat-betawi-minimnya-rapid-
test-antigen-513231, .../terkini-bisnis-ahok-kenang-buya-syafii-maarif-nasib-stasiun-gambir--
347741: the rubric, the headline, the deck, "27 Mei 2022 | 18.00 WIB", "Image of Tempo"),
tempo.co 2024 (tempo.co/politik/rempang-kembali-memanas-...-1185817: the upsell between
paragraphs, a sub-head), kumparan.com 2017-2023 (kumparan.com/rangkum/rangkum-28-desember-2017-
..., kumparan.com/kumparannews/5-berita-populer-...-1w41YgoODi3, .../berita-populer-...-
1xbORer8Ew4 with "waktu baca 4 menitADVERTISEMENT", .../populer-...-1zmUHGHtyxX), idntimes.com
2021 (idntimes.com/news/indonesia/10-mahasiswa-pengkritik-jokowi-ditangkap-hingga-fakta-baru-
formula-e-00-pqs2z-bgv571: "Baca artikel IDN Times lainnya di IDN
App", "For", "You", each caption twice, numbered sub-heads), a tempo.co 2023 story kept as a
web app's JSON sample (file id 49607640182 of the code index: title, its lead as "head_line",
"TEMPO.CO, Jakarta - " content), a kumparan.com 2019 story as HTML paragraphs in an SQL dump
(file id 1922413459), detik.com 2020 rows (babalenong/... detik/detik.jl).
"""

from __future__ import annotations

import cleaner
from tests.scored import EMPTY_RECORD as EMPTY
from tests.scored import scored_record as _record


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- KUMPARAN22 ------------------------------------------------------------------------------

KUMPARAN_TITLE = "Populer: Nasib Pasar Apung Setelah Dermaga Baru; Sosok di Balik Festival Perahu"
KUMPARAN_STORY = (
    ("Selain itu, ada juga cerita tentang pengrajin yang membuat perahu hias untuk festival tahunan. "
    "Berikut rangkuman berita populer di kumparanBisnis."),
    "Nasib Pasar Apung setelah Dermaga Baru",
    "Pengelola pasar apung menepis kekhawatiran pedagang bahwa dermaga baru akan membuat pembeli pindah.",
    "Ia menegaskan, pemerintah kota sudah menetapkan jadwal sandar yang sama bagi semua perahu dagang.",
)
KUMPARAN22 = _page(
    "Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiPanduan KomunitasPeringkat Penulis"
    "Cara Menulis di kumparanInformasi Kerja SamaBantuanIklanKarir",
    "2025 © PT Dynamo Media Network",
    "Version 1.97.0",
    KUMPARAN_TITLE,
    "23 November 2022 6:44 WIB",
    "·",
    "waktu baca 3 menit![Pedagang menata sayur di atas perahu di pasar apung, Rabu (22/6/2022). "
    "Foto: Rina Wulandari/kumparan](https://blue.kumparan.com/image/upload/fl_progressive,fl_lossy,"
    "c_fill,q_auto:best,w_640/v1634025439/contohfotopasarapung.jpg)",
    "ADVERTISEMENT",
    "ADVERTISEMENT",
    KUMPARAN_STORY[0],
    KUMPARAN_STORY[1],
    KUMPARAN_STORY[2],
    "ADVERTISEMENT",
    KUMPARAN_STORY[3],
)


def test_kumparan22_reading_time_glued_to_a_markdown_image() -> None:
    record = _record(KUMPARAN22)
    assert record == {**EMPTY, "outlet": "kumparan", "title": KUMPARAN_TITLE,
                      "published": "2022-11-23T06:44:00+07:00", "reading_time_minutes": 3,
                      "paragraphs": list(KUMPARAN_STORY)}


def test_image_with_a_web_source_marks_a_page_alone() -> None:
    page = _page("Pasar Apung Kembali Ramai Pengunjung Akhir Pekan",
                 "Pedagang sayur menata dagangan di perahu sejak subuh.![Perahu pedagang](https://contoh.id/a.jpg)",
                 "Pembeli datang dari kota sebelah untuk melihat suasana pagi di sungai.")
    assert _record(page)["paragraphs"] == ["Pedagang sayur menata dagangan di perahu sejak subuh.",
                                           "Pembeli datang dari kota sebelah untuk melihat suasana pagi di sungai."]


def test_bracketed_note_with_a_local_target_is_no_markdown_page() -> None:
    # a plain scrape's one "![...](...)" with no web address is left as printed
    line = "Warga menulis tanda seru di papan ![catatan](lihat bawah) agar pembeli membaca harga baru."
    page = _page("Papan Harga Baru di Pasar Apung Dipasang Pengelola", line,
                 "Pengelola pasar berharap papan itu mengurangi tawar-menawar yang terlalu lama.")
    assert line in _record(page)["paragraphs"]


# ---- CNNROW20 --------------------------------------------------------------------------------

CNN_TITLE = "Koperasi Nelayan Ganti Nama Jadi Koperasi Bahari"
CNN_LINE1 = ("Koperasi nelayan resmi berganti nama menjadi koperasi bahari. Pergantian nama seiring dengan "
             "perluasan usaha ke pengolahan ikan.,\"\"Nama baru ini disetujui rapat anggota,\"\" ujar ketua "
             "koperasi, Jumat (12/6).,Selain mengubah nama, koperasi juga memindahkan kantornya ke dekat pelabuhan.,")
CNN_LINE2 = ",Pemindahan kantor sudah disetujui dinas koperasi pada Mei 2020., ,"
CNNROW20 = _page(
    "                    " + CNN_TITLE + "                ",
    "                        Jakarta, CNN Indonesia -- " + CNN_LINE1,
    ",",
    CNN_LINE2,
    "                                                ,",
)


def test_cnnrow20_lone_commas_of_a_comma_joined_row_are_no_paragraphs() -> None:
    record = _record(CNNROW20)
    assert record == {**EMPTY, "title": CNN_TITLE, "dateline": "Jakarta", "paragraphs": [CNN_LINE1, CNN_LINE2]}
    removed = cleaner.clean(CNNROW20).to_dict()["removed"]
    assert [r["text"] for r in removed if r["rule"] == "lone-symbol"] == [",", ","]


def test_a_line_with_a_comma_and_words_stays() -> None:
    page = _page(CNN_TITLE, "Jakarta, CNN Indonesia -- Koperasi nelayan berganti nama pekan ini.",
                 ", kata ketua koperasi kepada anggota yang hadir di balai desa.")
    assert _record(page)["paragraphs"][-1] == ", kata ketua koperasi kepada anggota yang hadir di balai desa."


# ---- TEMPO22 (already right) -----------------------------------------------------------------
# tempo.co/ekonomi/terkini-bisnis-ahok-kenang-buya-syafii-maarif-nasib-stasiun-gambir--347741
# (tempo.co 2022, search library pages corpus): the upsell, the rubric in small letters, the
# headline, the deck, "27 Mei 2022 | 18.00 WIB", "Image of Tempo", "Perbesar", the upsell
# between paragraphs, numbered sub-heads, "Simak lebih jauh tentang ... di sini."

TEMPO_TITLE = "Terkini Bisnis: Harga Cabai Turun, Pasar Apung Ramai Lagi"
TEMPO_DECK = "Berita terkini bisnis hingga Jumat petang ini dimulai dari harga cabai yang turun di pasar induk."
TEMPO_STORY = (
    ("TEMPO.CO, Jakarta - Berita terkini ekonomi dan bisnis hingga Jumat petang, 27 Mei 2022 dimulai dari "
    "harga cabai yang turun di pasar induk."),
    "Kedua berita itu terpantau paling banyak diakses oleh para pembaca kanal Ekonomi dan Bisnis Tempo.co.",
    "1. Harga Cabai Turun di Pasar Induk",
    "Pedagang di pasar induk menurunkan harga cabai setelah pasokan dari petani bertambah.",
    "Simak lebih jauh tentang harga cabai di sini.",
    "2. Pasar Apung Ramai Lagi",
    "Pengelola pasar apung mencatat jumlah perahu dagang naik sejak dermaga baru dibuka.",
)
UPSELL = "Baca berita dengan sedikit iklan, klik di sini"
TEMPO22 = _page(
    UPSELL, "", "ekonomi", "", TEMPO_TITLE, "", TEMPO_DECK, "", "27 Mei 2022 | 18.00 WIB", "",
    "Image of Tempo", "Perbesar", "", UPSELL, "", TEMPO_STORY[0], "", UPSELL, "", *TEMPO_STORY[1:],
)


def test_tempo22_terkini_page_whole_record() -> None:
    record = _record(TEMPO22)
    assert record == {**EMPTY, "outlet": "tempo", "title": TEMPO_TITLE, "subtitle": TEMPO_DECK,
                      "published": "2022-05-27T18:00:00+07:00", "dateline": "Jakarta",
                      "paragraphs": [TEMPO_STORY[0].removeprefix("TEMPO.CO, Jakarta - "), *TEMPO_STORY[1:]]}


# ---- KLICK20 ---------------------------------------------------------------------------------
# www.klickberita.com/2020/09/cara-milenial-akses-artikel-berkualitas.html (a Blogger news
# blog, 2020, search library pages corpus): the theme's skip links in one row over the
# headline, then the story opening "Klickberita.com-" (the site's name, no place). What was
# wrong: the row was taken for the headline and the headline dropped as a line before the story.

KLICK_TITLE = "Cara Warga Desa Membaca Berita dari Ponsel"
KLICK_STORY = (
    "Apa yang kamu rasakan ketika judul sebuah kabar tidak sesuai isinya? Tentu kesal, bukan?",
    "Warga desa kini memilih aplikasi yang menandai sumber setiap kabar yang mereka baca.",
    "Perangkat desa juga mengajak pemuda memeriksa kabar sebelum membagikannya ke grup warga.",
)
KLICK20 = _page("Lompat ke konten Lompat ke sidebar Lompat ke footer", "", KLICK_TITLE, "",
                "Klickberita.com-" + KLICK_STORY[0], "", *KLICK_STORY[1:])


def test_klick20_skip_links_row_is_no_headline() -> None:
    record = _record(KLICK20)
    assert record == {**EMPTY, "title": KLICK_TITLE, "paragraphs": list(KLICK_STORY)}


def test_skip_link_words_inside_a_sentence_stay() -> None:
    line = "Lompat ke konten berikutnya, kata pengelola, bila warga ingin membaca kisah lengkapnya."
    page = _page(KLICK_TITLE, KLICK_STORY[1], line, KLICK_STORY[2])
    assert line in _record(page)["paragraphs"]


# ---- KOMPAS18 --------------------------------------------------------------------------------
# regional.kompas.com/read/2018/10/05/06211881/berita-populer-nusantara-hari-antihoaks-nasional-
# hingga-korupsi-wali-kota and .../2018/08/21/05244041/5-berita-terpopuler-nusantara-dari-
# rentetan-gempa-hingga-demokrat-papua (kompas.com 2018, search library pages corpus): each
# photo in the story is one line that prints its caption twice with the credit between
# ("<caption>.KOMPAS.com/NAMA <caption>", "Ilustrasi ....Shutterstock Ilustrasi ....") or
# with a space alone between the prints. What was wrong: the lines stayed story paragraphs.

KOMPAS_TITLE = "5 Berita Terpopuler Nusantara, dari Pasar Apung hingga Jembatan Desa"
KOMPAS_CAPTION1 = "Pedagang sayur menata perahu di pasar apung, Minggu (19/8/2018) pagi."
KOMPAS_CREDIT1 = "KOMPAS.com/RINA WULANDARI"
KOMPAS_CAPTION2 = "Jembatan gantung desa sebelum diperbaiki warga pada Agustus 2018"
KOMPAS_CAPTION3 = "Ilustrasi perahu dagang."
KOMPAS_STORY = (
    "KOMPAS.com - Pasar apung kembali ramai setelah dermaga baru dibuka, dan berita itu menjadi populer.",
    "Berikut lima berita terpopuler di Kompas.com hari kemarin.",
    "1. Pasar apung ramai lagi",
    "Pengelola pasar mencatat jumlah perahu dagang naik dua kali lipat sejak dermaga dibuka.",
    "2. Jembatan desa diperbaiki",
    "Warga bergotong royong mengganti papan jembatan yang lapuk selama tiga hari.",
    "3. Perahu dagang dilombakan",
    "Panitia menilai perahu dari hiasan dan kerapian dagangan yang ditata di atasnya.",
)
KOMPAS18 = _page(
    "Baca berita tanpa iklan. Gabung Kompas.com+", "", KOMPAS_TITLE, "", "Kompas.com - 21/08/2018, 05:24 WIB",
    "", KOMPAS_STORY[0], "", KOMPAS_STORY[1], "", KOMPAS_STORY[2], "",
    KOMPAS_CAPTION1 + KOMPAS_CREDIT1 + " " + KOMPAS_CAPTION1, "", KOMPAS_STORY[3], "", KOMPAS_STORY[4], "",
    KOMPAS_CAPTION2 + " " + KOMPAS_CAPTION2, "", KOMPAS_STORY[5], "", KOMPAS_STORY[6], "",
    KOMPAS_CAPTION3 + "Shutterstock " + KOMPAS_CAPTION3, "", KOMPAS_STORY[7],
)


def test_kompas18_captions_printed_twice_on_their_line() -> None:
    record = _record(KOMPAS18)
    assert record == {**EMPTY, "title": KOMPAS_TITLE, "published": "2018-08-21T05:24:00+07:00",
                      "captions": [KOMPAS_CAPTION1 + KOMPAS_CREDIT1, KOMPAS_CAPTION2,
                                   KOMPAS_CAPTION3 + "Shutterstock"],
                      "paragraphs": [KOMPAS_STORY[0].removeprefix("KOMPAS.com - "), *KOMPAS_STORY[1:]]}


def test_a_story_line_that_repeats_a_phrase_stays() -> None:
    # the second print must be the line's whole rest, right after a short credit
    line = ("Warga menata perahu di pasar apung setiap pagi, dan warga menata perahu di pasar apung lagi "
            "setelah hujan reda.")
    short = "Pasar apung ramai lagi hari ini Pasar apung ramai lagi hari ini"
    long_credit = ("Pedagang sayur menata perahu di pasar apung. Sebelum subuh mereka sudah datang. "
                   "Pedagang sayur menata perahu di pasar apung.")
    page = _page(KOMPAS_TITLE, "", KOMPAS_STORY[0], line, short, long_credit, KOMPAS_STORY[3])
    paragraphs = _record(page)["paragraphs"]
    assert line in paragraphs and long_credit in paragraphs
    assert short not in paragraphs  # "X X", a caption printed twice with no credit between


# ---- GRID20 ----------------------------------------------------------------------------------
# health.grid.id/read/352045982/menkes-terawan-bantah-pernyataan-anies-baswedan-terkait-virus-
# corona-ini-kata-ahli (grid.id network, 2020, search library pages corpus): the story opening
# "GridHEALTH.id - " (the site's name, no place), a "Baca Juga:" line, then the credits as a
# table's rows with no bar before the first cell ("Source | : | <sites> |", "Penulis | : |
# <name> |", "Editor | : | <name> |") and "Komentar". What was wrong: the three rows were the
# story's last paragraphs, the writer, the editor and the source lost.

GRID_STORY = (
    "Baru-baru ini pernyataan kepala dinas soal wabah flu unggas di pasar membuat heboh warga.",
    "Pasalnya di kota itu ada beberapa pedagang yang unggasnya tengah diperiksa petugas.",
    "Menanggapi hal itu, dokter hewan di puskesmas akhirnya angkat bicara.",
)
GRID_RELATED = "Pasar Unggas Ditutup Sementara, Pedagang Pindah ke Halaman Balai Desa"
GRID20 = _page("GridHEALTH.id - " + GRID_STORY[0], *GRID_STORY[1:], "Baca Juga: " + GRID_RELATED,
               "Source | : | contohnews,ContohTV |", "Penulis | : | Rina Wulandari |",
               "Editor | : | Budi Santoso |", "Komentar")


def test_grid20_credits_table_rows_with_no_leading_bar() -> None:
    record = _record(GRID20)
    assert record == {**EMPTY, "authors": ["Rina Wulandari"], "editors": ["Budi Santoso"],
                      "source": "contohnews,ContohTV", "related": [GRID_RELATED], "paragraphs": list(GRID_STORY)}


def test_a_story_line_with_bars_that_is_no_label_row_stays() -> None:
    line = "Harga cabai | bawang | tomat naik pekan ini, kata pedagang |"
    page = _page(*GRID_STORY[:2], line, GRID_STORY[2])
    assert line in _record(page)["paragraphs"]
