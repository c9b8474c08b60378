"""Text renderings of real regional, radio and dataset pages that no test cited (blindtext50),
cleaned from the file alone (no URL, no outlet), as the held-out pages are scored.

Evidence (never copied: every page below is written for this file with invented sentences
and invented names, keeping only the layout: the order of the lines, the chrome's lines and
labels as printed). Web pages are text renderings stored in the search library's pages
corpus, read 2026-12-06; dataset rows are a public project's SQL dump:

- JPNN17: jpnn.com's mobile page, 2017 (m.jpnn.com/news/penjagaan-polres-diperketat-warga-
  tak-bisa-leluasa): the app-install banner ("Close Banner Apps JPNN.com", "JPNN.com App",
  "Aplikasi Berita Terbaru dan Terpopuler", "Dapatkan di Play Store atau Apps Store",
  "Download Apps JPNN.com"), the headline, the date, the headline again with " - JPNN.COM",
  the caption, the story "jpnn.com, <PLACE> - ", the Google News promo, "X Close". What was
  wrong: the banner's tagline was the headline, the headline (over the date) was read as two
  writers' names, and "X Close" stayed the last paragraph.
- SUARASBY17: suarasurabaya.net, the Surabaya radio's site, 2017 (suarasurabaya.net/
  kampoengmedia/2017/Jajaran-Polrestabes-Surabaya-Semarakkan-34-Tahun-Radio-Suara-Surabaya):
  the site's date bar, the headline, "Laporan oleh <name>", "Bagikan", the caption with
  "Foto: <credit>", the story. What was wrong: the writer was lost.
- KOMPASIANA20: kompasiana.com's comment page of a post, 2020 (kompasiana.com/komentar/
  igedebayuperdana3189/5e6b98c3d541df70f70e4b42/...): "Mohon tunggu...", "KOMENTAR", the
  rubric, the headline, the date row, the post, then "KEMBALI KE ARTIKEL", "LAPORKAN
  KONTEN", "Alasan", "Laporkan Konten", "Laporkan Akun". What was wrong: the three capitalised
  buttons were read as the story's tags.
- PALPOS, PALPRES, RASEL23, NOMORSATU24: disway.id's network of regional papers, 2023-24
  (palpos.disway.id/read/642570/..., palpres.bacakoran.co/read/3187/..., radarselatan.
  disway.id/read/651449/..., nomorsatukaltim.disway.id/amp/47378/...): the headline (twice on
  radarselatan), the photo's caption with its credit glued on by a double dash ("<caption>--",
  "<caption>.--humas") or by hyphens with the site's domain ("(15/3/2023)-<name>-raselnews.com"),
  "BACA JUGA:<title>" lines, the empty labels "Sumber:" and "Kategori :" at the story's end.
  What was wrong: the double-dash caption was taken for the headline (the real one dropped) or
  stayed the first paragraph; the hyphen-credited caption was dropped, not a caption; the
  empty labels stayed the last paragraph.
- KABARPROG23: kabarprogresif.com, a Surabaya news blog, 2023 (kabarprogresif.com/search?
  max-results=12&reverse-paginate=true&updated-max=2023-02-04...): the date header, the
  headline, the story opening "KABARPROGRESIF.COM: (Surabaya) ". What was wrong: the prefix
  stayed in the first paragraph and the place was lost.
- ROW_DETIK22, ROW_KOMPAS22: news rows of a public project's SQL dump (file id 27150322527 of
  the code index): a story's paragraphs joined into one string with two spaces, closed by the
  outlet's footer: detik's "Baca artikel detiksport, "<title>" selengkapnya <url>.  Download
  Apps Detikcom Sekarang <url>", kompas.com's "Artikel ini telah tayang di Kompas.com dengan
  judul "<title>", Klik untuk baca: <url>. Penulis : <name> Editor : <name>  Download aplikasi
  Kompas.com untuk akses berita lebih mudah dan cepat: Android: <url> iOS: <url>". What was
  wrong: detik's footer stayed in the story; kompas.com's by-line and app promo stayed as a
  paragraph, the writer and the editor lost.

Already right, kept as they are: MERCUSUAR20 (mercusuar.web.id/kota-palu/..., 2020: the story
opening "PALU, MERCUSUAR – ").
"""

from __future__ import annotations

from tests.scored import EMPTY_RECORD as EMPTY
from tests.scored import scored_record as _record


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- JPNN17 --------------------------------------------------------------------------------

JPNN_HEADLINE = "Penjagaan Kantor Polisi Diperketat, Warga Tak Bisa Leluasa"
JPNN_CAPTION = ("KETAT : Warga yang hendak masuk ke kantor polisi wajib melapor ke pos jaga. "
                "FOTO: BUDI/RADAR CONTOH/JPNN")
JPNN_STORY = (
    "Penjagaan di kantor polisi Kota Contoh diperketat setelah kejadian teror di kabupaten tetangga.",
    "Menurut kepala kepolisian setempat, langkah itu diambil untuk mencegah hal yang tak diinginkan.",
    "\"Ini bukan karena takut kepada warga, tetapi untuk memastikan tamu punya keperluan,\" katanya.",
)
JPNN17 = _page(
    "Close Banner Apps JPNN.com", "JPNN.com App", "Aplikasi Berita Terbaru dan Terpopuler",
    "Dapatkan di Play Store atau Apps Store", "Download Apps JPNN.com", "", JPNN_HEADLINE, "",
    "Rabu, 15 November 2017 – 17:49 WIB", JPNN_HEADLINE + " - JPNN.COM", JPNN_CAPTION, "",
    "jpnn.com, KOTA CONTOH - " + JPNN_STORY[0], "", JPNN_STORY[1], "", JPNN_STORY[2], "",
    "Silakan baca konten menarik lainnya dari JPNN.com di Google News", "", "X Close",
)


def test_jpnn17_app_banner_is_no_headline_and_the_headline_no_byline() -> None:
    assert _record(JPNN17) == {**EMPTY, "title": JPNN_HEADLINE, "published": "2017-11-15T17:49:00+07:00",
                               "dateline": "KOTA CONTOH", "captions": [JPNN_CAPTION],
                               "paragraphs": list(JPNN_STORY)}


def test_news_app_headline_stays_the_headline() -> None:
    headline = "Aplikasi Berita Palsu Marak Jelang Pemilu"
    page = _page(headline, "", "Rabu, 15 November 2017 – 17:49 WIB", "", *JPNN_STORY)
    assert _record(page)["title"] == headline


def test_close_word_in_a_sentence_stays() -> None:
    line = "X Close, nama toko itu, tutup lebih awal pada malam pergantian tahun kemarin."
    page = JPNN17.replace("X Close", line)
    assert _record(page)["paragraphs"][-1] == line


# ---- SUARASBY17 ----------------------------------------------------------------------------

SSBY_HEADLINE = "Jajaran Polisi Kota Contoh Ramaikan Ulang Tahun Radio Contoh"
SSBY_CAPTION = ("Kepala kepolisian kota saat berkunjung ke studio Radio Contoh, Senin (12/6/2017). "
                "Foto: Radio Contoh Media")
SSBY_STORY = (
    "Jajaran kepolisian kota hadir ke studio untuk meramaikan ulang tahun Radio Contoh, Senin (12/6/2017).",
    "Mereka menyampaikan ucapan selamat di udara bersama penyiar pagi.",
    "\"Setiap anggota baru saya minta mendengarkan radio ini,\" ujar kepala kepolisian itu.",
)
SSBY17 = _page(
    "Minggu, 19 Januari 2025", "", SSBY_HEADLINE, "", "Laporan oleh Rina Sari Wulandari", "Bagikan",
    SSBY_CAPTION, "", *(f"{line}\n" for line in SSBY_STORY),
)


def test_suarasby17_laporan_oleh_names_the_writer() -> None:
    record = _record(SSBY17)
    assert record["authors"] == ["Rina Sari Wulandari"]
    assert record["title"] == SSBY_HEADLINE
    assert record["captions"] == [SSBY_CAPTION]
    assert record["paragraphs"] == list(SSBY_STORY)


def test_laporan_oleh_in_a_sentence_names_no_writer() -> None:
    line = "Laporan oleh warga diterima polisi pada Senin malam dan langsung ditindaklanjuti."
    record = _record(_page(SSBY_HEADLINE, "", line, *SSBY_STORY))
    assert record["authors"] == []
    assert record["paragraphs"][0] == line


# ---- KOMPASIANA20 --------------------------------------------------------------------------

KOMP_HEADLINE = "Redam Suasana Usai Pemilihan Kepala Desa, Polisi Sambangi Kades Terpilih"
KOMP_STORY = (
    ("Anggota polisi sektor setempat meningkatkan patroli dialogis usai pemilihan kepala desa "
     "serentak, Rabu (11/03) malam."),
    "Patroli itu juga menyampaikan imbauan kepada para calon yang terpilih maupun yang belum.",
    "\"Kami ingin warga merasa aman,\" kata kepala polisi sektor itu.",
)
KOMP20 = _page(
    "Mohon tunggu...", "KOMENTAR", "Kebijakan", "", KOMP_HEADLINE, "",
    "14 Maret 2020   21:26 Diperbarui: 14 Maret 2020   21:28 107 0", *(f"{line}\n" for line in KOMP_STORY),
    "KEMBALI KE ARTIKEL", "", "", "LAPORKAN KONTEN", "Alasan", "Laporkan Konten", "Laporkan Akun",
)


def test_kompasiana20_comment_page_buttons_are_no_tags() -> None:
    assert _record(KOMP20) == {**EMPTY, "title": KOMP_HEADLINE, "published": "2020-03-14T21:26:00+07:00",
                               "paragraphs": list(KOMP_STORY)}


def test_back_to_article_in_a_sentence_stays() -> None:
    line = "Kembali ke artikel pertama yang ia tulis tahun lalu, penulis itu menambahkan catatan."
    page = _page(KOMP_HEADLINE, "", KOMP_STORY[0], line, KOMP_STORY[1])
    assert _record(page)["paragraphs"] == [KOMP_STORY[0], line, KOMP_STORY[1]]


# ---- disway's regional papers ----------------------------------------------------------------

PALPOS_HEADLINE = "Provinsi Baru di Pulau Contoh, Bergabung 7 Kabupaten dari 3 Provinsi"
PALPOS_CAPTION = "Usulan pembentukan provinsi baru kembali mencuat setelah surat dikirim ke Presiden--"
PALPOS_STORY = ("Untuk sementara pemerintah pusat masih memberlakukan jeda pembentukan daerah otonomi "
                "baru. ***")
PALPOS = _page(PALPOS_HEADLINE, PALPOS_CAPTION, PALPOS_STORY,
               "Cek Berita dan Artikel yang lain di Google News", "Sumber:")


def test_palpos_double_dash_caption_is_no_headline() -> None:
    assert _record(PALPOS) == {**EMPTY, "title": PALPOS_HEADLINE, "captions": [PALPOS_CAPTION],
                               "paragraphs": [PALPOS_STORY]}


PALPRES_HEADLINE = "Siapkan Sejumlah Skema, Ini Kata Kapolda Soal Kemacetan Libur Akhir Tahun"
PALPRES_CAPTION = ("Kapolda menerangkan sejumlah skema pengaturan arus lalu lintas untuk libur "
                   "akhir tahun.--humas")
PALPRES_RELATED = "Air Terjun di Kabupaten Contoh Tawarkan Keindahan Alam, Bikin Wisatawan Betah"
PALPRES_STORY = (
    "\"Setiap kepala wilayah kami minta memetakan titik rawan di daerahnya,\" terangnya.",
    "Dengan pengamanan tersebut, potensi gangguan bisa dipetakan dan diantisipasi.",
    "Personel juga akan disebar ke titik-titik yang sudah dipetakan.*",
)
PALPRES = _page(
    "https://contoh.bacakoran.co/", "", PALPRES_HEADLINE, "", PALPRES_CAPTION, "",
    "BACA JUGA:" + PALPRES_RELATED, "", *(f"{line}\n" for line in PALPRES_STORY),
    "Tag", "Share", "Berita Terkini", "Berita Terpopuler", "Berita Pilihan",
)


def test_palpres_double_dash_credit_caption_leaves_the_body() -> None:
    assert _record(PALPRES) == {**EMPTY, "title": PALPRES_HEADLINE, "captions": [PALPRES_CAPTION],
                                "related": [PALPRES_RELATED], "paragraphs": list(PALPRES_STORY)}


def test_double_dash_phrase_in_a_story_sentence_stays() -> None:
    line = "Pertemuan itu dihadiri banyak pihak--termasuk warga desa yang terdampak banjir."
    page = PALPRES.replace(PALPRES_STORY[1], line)
    record = _record(page)
    assert line in record["paragraphs"]
    assert record["captions"] == [PALPRES_CAPTION]


RASEL_HEADLINE = "Polres Kabupaten Contoh Surati Seluruh Kades, Ada Apa Ya???"
RASEL_CAPTION = ("Petugas berdiskusi dengan para kades di kantor camat, Rabu (15/3/2023)"
                 "-budi santoso-contohnews.com")
RASEL_RELATED = ("Dihantam Truk, Pelajar SMP Meninggal Dunia",
                 "Maaf!!! Guru Honorer Tak Dapat Tunjangan Tahun Ini, Nih Penyebabnya")
RASEL_STORY = (
    "Polres mengirimkan surat untuk seluruh kades di Kabupaten Contoh.",
    "Surat tersebut meminta desa mengaktifkan kembali pos ronda.",
    "\"Pos ronda penting untuk menjaga keamanan,\" kata kepala seksi humas polres.",
)
RASEL23 = _page(
    RASEL_HEADLINE, "", RASEL_HEADLINE, "", RASEL_CAPTION, "",
    "KABUPATEN CONTOH, CONTOHNEWS.COM - " + RASEL_STORY[0], "", RASEL_STORY[1], "",
    "BACA JUGA:" + RASEL_RELATED[0], "", RASEL_STORY[2], "", "BACA JUGA:" + RASEL_RELATED[1], "", "Sumber:",
)


def test_rasel23_hyphen_domain_credit_caption_and_empty_source_label() -> None:
    assert _record(RASEL23) == {**EMPTY, "title": RASEL_HEADLINE, "dateline": "KABUPATEN CONTOH",
                                "captions": [RASEL_CAPTION], "related": list(RASEL_RELATED),
                                "paragraphs": list(RASEL_STORY)}


def test_source_label_with_a_value_is_the_source() -> None:
    page = RASEL23.replace("Sumber:", "Sumber: Antara")
    record = _record(page)
    assert record["source"] == "Antara"
    assert record["paragraphs"] == list(RASEL_STORY)


NOMOR_HEADLINE = "Wakapolres Tegaskan Netralitas Personel Selama Pilkada dan Festival"
NOMOR_STORY = (
    "\"Personel harus fokus menjaga ketertiban penonton, bukan menonton panggung,\" jelasnya.",
    "Dia juga meminta satuan reserse menyelidiki kabar pemalakan yang ramai di media sosial.",
)
NOMOR24 = _page(
    NOMOR_HEADLINE, "", "Selasa 24-09-2024,22:29 WIB", "Reporter : Rina Sari", "Editor : Budi Santoso", "",
    "BACA JUGA:Relawan Damkar Pernah Diminta Kerjakan PR Matematika", "",
    *(f"{line}\n" for line in NOMOR_STORY), "Kategori :",
)


def test_nomor24_empty_category_label_ends_no_story() -> None:
    assert _record(NOMOR24) == {**EMPTY, "title": NOMOR_HEADLINE, "authors": ["Rina Sari"],
                                "editors": ["Budi Santoso"], "published": "2024-09-24T22:29:00+07:00",
                                "related": ["Relawan Damkar Pernah Diminta Kerjakan PR Matematika"],
                                "paragraphs": list(NOMOR_STORY)}


# ---- KABARPROG23 ---------------------------------------------------------------------------

KPROG_HEADLINE = "Targetkan Nol Kasus Tengkes, Wali Kota Minta Camat dan Lurah Bergotong Royong"
KPROG_STORY = (
    "Pemerintah Kota Contoh terus bekerja keras menurunkan kasus tengkes pada balita.",
    "Bahkan tahun ini pemkot menargetkan tidak ada lagi kasus baru.",
    "Selama tiga tahun terakhir jumlah kasus terus turun dengan tajam.",
)
KPROG23 = _page(
    "Sabtu, 04 Februari 2023", "", KPROG_HEADLINE, "", "",
    "CONTOHPROGRESIF.COM: (Kota Contoh) " + KPROG_STORY[0] + " ", "", KPROG_STORY[1], "", KPROG_STORY[2],
)


def test_kabarprog23_site_colon_bracketed_place() -> None:
    assert _record(KPROG23) == {**EMPTY, "title": KPROG_HEADLINE, "published": "2023-02-04",
                                "dateline": "Kota Contoh", "paragraphs": list(KPROG_STORY)}


def test_bracketed_word_after_a_colon_in_a_sentence_stays() -> None:
    line = "CONTOHPROGRESIF.COM: (surabaya) kota ini menjadi tuan rumah pekan depan."
    page = KPROG23.replace("CONTOHPROGRESIF.COM: (Kota Contoh) " + KPROG_STORY[0], line)
    record = _record(page)
    assert record["dateline"] is None
    assert record["paragraphs"][0] == line


# ---- dataset rows joined into one line --------------------------------------------------------

ROW_DETIK_STORY = (
    "Indonesia disebut masih akan mendominasi nomor ganda putra dunia musim depan.",
    "Menurut seorang mantan juara dunia, regenerasi di sektor ini paling subur.",
)
ROW_DETIK22 = _page(
    "Jakarta - " + ROW_DETIK_STORY[0] + "  " + ROW_DETIK_STORY[1]
    + "  Baca artikel detikcontoh, \"Ganda Putra Masih Kuasai Dunia\" selengkapnya "
    "https://sport.contoh.com/raket/d-1/ganda-putra-masih-kuasai-dunia.  Download Apps Contohcom Sekarang "
    "https://apps.contoh.com/contoh/",
)


def test_row_detik22_footer_glued_after_the_story_is_cut() -> None:
    assert _record(ROW_DETIK22) == {**EMPTY, "dateline": "Jakarta",
                                    "paragraphs": [" ".join(ROW_DETIK_STORY)]}


ROW_KOMPAS_STORY = (
    "Pebalap asal Kota Contoh merebut empat gelar juara umum di sirkuit akhir pekan lalu.",
    "Pada debutnya di lintasan reli, dia langsung meraih empat trofi.",
)
ROW_KOMPAS22 = _page(
    "CONTOH.com - " + ROW_KOMPAS_STORY[0] + "  " + ROW_KOMPAS_STORY[1]
    + "  Artikel ini telah tayang di Contoh.com dengan judul \"Pebalap Muda Borong 4 Trofi\", Klik untuk "
    "baca: https://bola.contoh.com/read/2022/12/15/1/pebalap-muda-borong-4-trofi. Penulis : Rina Sari "
    "Wulandari Editor : Budi Santoso  Download aplikasi Contoh.com untuk akses berita lebih mudah dan cepat: "
    "Android: https://bit.ly/contoh iOS: https://apple.co/contoh",
)


def test_row_kompas22_byline_before_the_app_promo_is_read() -> None:
    record = _record(ROW_KOMPAS22)
    assert record["authors"] == ["Rina Sari Wulandari"]
    assert record["editors"] == ["Budi Santoso"]
    assert record["paragraphs"] == [" ".join(ROW_KOMPAS_STORY)]


def test_download_words_in_a_story_with_no_address_stay() -> None:
    line = ("Warga diminta memakai layanan resmi. Download aplikasi Contoh hanya dari toko resmi, "
            "kata petugas itu kepada wartawan.")
    record = _record(_page("Jakarta - " + ROW_DETIK_STORY[0], line))
    assert record["paragraphs"][-1] == line


# ---- MERCUSUAR20 (already right) ---------------------------------------------------------------

MERC_STORY = (
    "Kapolres terus menyampaikan pesan keamanan kepada warga menjelang pilkada.",
    "Salah satunya lewat salat Jumat berjemaah bersama masyarakat.",
)


def test_mercusuar20_outlet_after_the_place() -> None:
    record = _record(_page("KOTA CONTOH, CONTOHSUAR – " + MERC_STORY[0], MERC_STORY[1]))
    assert record["dateline"] == "KOTA CONTOH"
    assert record["paragraphs"] == list(MERC_STORY)
