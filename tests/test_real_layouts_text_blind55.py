"""Text scrapes of real pages (blindtext55), cleaned from the file alone (no URL), as the
held-out text scrapes are.

Evidence (never copied: the pages below are written for this file with invented
sentences and names, keeping only the pages' line order and their chrome's labels). Pages
of the search library's pages corpus, read 2026-12-07:

- TEMPO17: nasional.tempo.co/read/831868/surat-dari-palmerah-nakhoda-baru (tempo.co 2017):
  the headline, "Oleh :" with no name after it, the toolbar as list items ("• Font:",
  "• Ukuran Font: - +"), the photo's caption as a list item and again bare, then
  "TEMPO.CO, Jakarta - story". What was wrong: no rule took the by-line label or the
  toolbar, so the head read as unclaimed, the caption lines became the story's first
  paragraphs and the dateline stayed in the third.
- NETIZENKU25: netizenku.com/merapat-ke-markas-tempo (a regional portal, 2025): the
  headline, the writer, the date, a share bar printed as its buttons' names and again as
  their icons' alt texts ("facebook icon twitter icon ... copy"), "URL berhasil dicopy"
  under each, the photo's caption printed twice ending "(foto: dok pribadi)", the story.
  What was wrong: the icons' line and both captions were the story's first paragraphs.

Read and already right (no fixture): majalah.tempo.co's AMP pages (1991-2014: headline,
the date line, a paywalled excerpt cut mid-word, "...", "Berita Lainnya"; a kecap-dapur
page's two-paragraph deck over its date line), majalah.tempo.co/read (the subscription
prompt), tempo.co/prelude (the reader upsell over the story), kumparan.com 2019 (its
footer printed first, ADVERTISEMENT lines between paragraphs, sub-headings).
"""

from __future__ import annotations

from tests.scored import EMPTY_RECORD as EMPTY
from tests.scored import scored_record as _record


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- TEMPO17 ---------------------------------------------------------------------------------

TEMPO_TITLE = "Surat dari Kebun: Pengurus Baru Koperasi"
TEMPO_CAPTION = ("Pengurus baru koperasi petani dari kiri ke kanan: Rina Sari, Budi Santoso, Dewi Lestari,"
                 " Agus Wibowo.")
TEMPO_STORY = (
    "TEMPO.CO, Jakarta - PARA anggota yang terhormat, koperasi kami memilih pengurus baru pada awal tahun ini.",
    "Ketua lama menyerahkan jabatannya kepada Budi Santoso, yang sebelumnya mengurus gudang pupuk.",
    "Bendahara kini dijabat Dewi Lestari, sebelumnya pengurus simpan pinjam di desa yang sama.",
)
TEMPO17 = _page(TEMPO_TITLE, "", "Oleh :", "  • Font:", "  • Ukuran Font: - +", "  • " + TEMPO_CAPTION, "",
                "    " + TEMPO_CAPTION, "", *("    " + line + "\n" for line in TEMPO_STORY))


def test_tempo17_empty_byline_label_and_toolbar_items_leave_the_dateline_first() -> None:
    record = _record(TEMPO17)
    assert record == {**EMPTY, "outlet": "tempo", "title": TEMPO_TITLE, "dateline": "Jakarta",
                      "paragraphs": [TEMPO_STORY[0].removeprefix("TEMPO.CO, Jakarta - "), *TEMPO_STORY[1:]]}


def test_oleh_label_over_a_name_gives_the_writer() -> None:
    page = _page(TEMPO_TITLE, "Oleh :", "Rina Sari", "Senin, 6 Februari 2017 10:15 WIB", *TEMPO_STORY)
    record = _record(page)
    assert record["authors"] == ["Rina Sari"]
    assert record["dateline"] == "Jakarta"


def test_font_label_with_a_value_inside_the_story_stays() -> None:
    line = "Font: Arial, ukuran 12, spasi ganda, begitu syarat naskah lomba itu."
    record = _record(_page(TEMPO_TITLE, *TEMPO_STORY[:2], line, TEMPO_STORY[2]))
    assert line in record["paragraphs"]


# ---- NETIZENKU25 -----------------------------------------------------------------------------

NETIZEN_TITLE = "Berkunjung ke Redaksi Koran Kota"
NETIZEN_CAPTION = "Penulis di depan gedung redaksi. (foto: dok pribadi)"
NETIZEN_STORY = (
    "Punya tempat yang ingin dikunjungi? Saya akhirnya datang ke gedung redaksi koran yang saya baca sejak kecil.",
    "Gedung itu berdiri di tepi jalan besar, Jakarta Barat. Saya tidak sempat menghitung jumlah lantainya.",
    "Kami datang bersama rombongan pengelola media daerah untuk belajar mengelola situs berita.",
)
NETIZENKU25 = _page(NETIZEN_TITLE, "", "Rina Sari", "", "Sabtu, 29 Maret 2025 - 21:45 WIB", "",
                    "facebook twitter whatsapp telegram line copy", "", "URL berhasil dicopy", "",
                    "facebook icon twitter icon whatsapp icon telegram icon line icon copy", "",
                    "URL berhasil dicopy", "", NETIZEN_CAPTION, "", NETIZEN_CAPTION, "",
                    *(line + "\n" for line in NETIZEN_STORY))


def test_netizenku25_share_icons_row_and_caption_twice() -> None:
    assert _record(NETIZENKU25) == {**EMPTY, "title": NETIZEN_TITLE, "authors": ["Rina Sari"],
                                    "published": "2025-03-29T21:45:00+07:00", "captions": [NETIZEN_CAPTION],
                                    "paragraphs": list(NETIZEN_STORY)}


def test_share_row_after_the_story_leaves_it() -> None:
    record = _record(_page(NETIZEN_TITLE, *NETIZEN_STORY, "Facebook Twitter WhatsApp", "URL berhasil dicopy"))
    assert record["paragraphs"] == list(NETIZEN_STORY)


def test_networks_named_in_a_sentence_stay() -> None:
    line = "Facebook dan Twitter memblokir akun itu pada Senin malam, kata juru bicara polisi."
    record = _record(_page(NETIZEN_TITLE, *NETIZEN_STORY[:2], line))
    assert record["paragraphs"] == [*NETIZEN_STORY[:2], line]


# ---- KUMPARAN21 ------------------------------------------------------------------------------
# kumparan.com/kolaborasi/user-story-pilihan-babi-ngepet-larangan-mudik-keserimpet-1vhLzPyw7Lb
# (2021): a user-story digest, each pick a sub-heading, its picture's caption, its summary.
# What was wrong: an illustration's caption "Ilustrasi <words>. Sumber: www.<stock>.com"
# stayed in the body.

KUMPARAN_TITLE = "Cerita Pilihan: Pasar Malam, Hujan Pertama"
KUMPARAN_CAPTION = "Ilustrasi pedagang pasar malam. Sumber: www.shutterstock.com"
KUMPARAN21 = _page(
    KUMPARAN_TITLE, "", "8 Mei 2021 11:06 WIB", "comment", "0", "sosmed-whatsapp-white", "copy-link-circle",
    "more-vertical", "ADVERTISEMENT",
    "Cerita pilihan edisi ini adalah rangkuman dua pekan. Lebih panjang, tapi tetap ringan dibaca. Silakan:",
    "ADVERTISEMENT", "", "Pedagang Pasar Malam yang Tak Pernah Libur", "", KUMPARAN_CAPTION,
    "Rina menulis tentang pedagang pasar malam di kotanya yang berjualan setiap hari sejak sepuluh tahun lalu.")


def test_kumparan21_illustration_caption_with_a_domain_credit() -> None:
    record = _record(KUMPARAN21)
    assert record["outlet"] == "kumparan"
    assert record["captions"] == [KUMPARAN_CAPTION]
    assert record["paragraphs"] == [
        "Cerita pilihan edisi ini adalah rangkuman dua pekan. Lebih panjang, tapi tetap ringan dibaca. Silakan:",
        "Pedagang Pasar Malam yang Tak Pernah Libur",
        "Rina menulis tentang pedagang pasar malam di kotanya yang berjualan setiap hari sejak sepuluh tahun lalu."]


def test_data_source_domain_after_a_story_sentence_stays() -> None:
    line = "Angka itu dihimpun dinas pertanian tahun lalu. Sumber: www.contoh.go.id"
    record = _record(_page(NETIZEN_TITLE, *NETIZEN_STORY[:2], line))
    assert record["paragraphs"] == [*NETIZEN_STORY[:2], line]
    assert record["captions"] == []


# ---- VOINEWS20 -------------------------------------------------------------------------------
# voinews.id/indonesian/index.php/berita-internasional/itemlist/category/1000-berita?start=592
# (2020): the date as "29" over "December", the photo's caption "<words> , Foto:  <domain>",
# blank lines of one space, the story. What was wrong: the caption was taken for the headline
# (its domain credit holds a dot, which the "Foto:" credit refused).

VOI_CAPTION = "Ilustrasi pedagang sayur , Foto:  Contoh.com"
VOI_STORY = ("Pedagang sayur di pasar kota mulai menerima pembayaran digital sejak awal bulan ini.",
             "Pengelola pasar menyebut separuh pedagang sudah memasang kode pembayaran di lapaknya.")
VOINEWS20 = _page("29", "December", "", VOI_CAPTION, "", " ", "", " ", "", VOI_STORY[0], "", " ", "", VOI_STORY[1])


def test_voinews20_caption_with_a_domain_credit_is_no_headline() -> None:
    assert _record(VOINEWS20) == {**EMPTY, "captions": ["Ilustrasi pedagang sayur , Foto: Contoh.com"],
                                  "paragraphs": list(VOI_STORY)}


# ---- CNN18COPY -------------------------------------------------------------------------------
# cnnindonesia.com 2018 as another site copied it (kk996.com/book/62/6943/94331760.html): the
# headline, the photo's caption, the caption again with "(CNN Indonesia/<photographer>)" after
# its '!', "Jakarta, CNN Indonesia--" alone, the story, "Lihat Juga :" over a linked title.
# What was wrong: the dateline alone was taken for a caption (a credit glued by "--"), and both
# caption lines stayed the story's first paragraphs.

CNN_TITLE = "Kompor Listrik Murah di Pasar Swalayan Hari Ini Saja!"
CNN_CAPTION = "Pasar swalayan memberi potongan harga kompor listrik khusus hari ini, Minggu (14/1)!"
CNN_CREDITED = CNN_CAPTION + " (CNN Indonesia/Nama Fotografer)"
CNN_STORY = ("Kabar baik bagi yang ingin beralih ke kompor listrik. Pasar swalayan memberi potongan harga besar!",
             "Potongan itu berlaku di semua gerai di Pulau Jawa selama persediaan masih ada.")
CNN18COPY = _page(CNN_TITLE, "", CNN_CAPTION, CNN_CREDITED, "Jakarta, CNN Indonesia--", "", CNN_STORY[0], "",
                  "Lihat Juga :", "Panci Presto Murah Cuma Seratus Ribu di Pasar Swalayan", "", CNN_STORY[1])


def test_cnn18copy_lone_dateline_under_the_caption_twice() -> None:
    assert _record(CNN18COPY) == {**EMPTY, "title": CNN_TITLE, "dateline": "Jakarta", "captions": [CNN_CREDITED],
                                  "related": ["Panci Presto Murah Cuma Seratus Ribu di Pasar Swalayan"],
                                  "paragraphs": list(CNN_STORY)}


def test_double_dash_credit_caption_still_a_caption() -> None:
    caption = "Warga memadati pasar murah di halaman kantor camat, Senin (3/4).--Dok. Pemkab"
    record = _record(_page(NETIZEN_TITLE, caption, *NETIZEN_STORY))
    assert record["captions"] == [caption]
    assert record["paragraphs"] == list(NETIZEN_STORY)
