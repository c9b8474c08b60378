"""Rows of real scraper datasets and copied stories (the ``content`` column a scraper
writes, or a story pasted into a project's SQL dump or seeder), in our own words: each
test keeps the shape of a real row (where its chrome is glued, which labels it prints)
and none of its sentences. The source is the code index's file id in each docstring."""

from __future__ import annotations

import cleaner


def test_a_glued_syndication_note_leaves_the_last_paragraph_and_gives_its_names() -> None:
    """kompas.com's copy text kept as one string (a seeder, file id 42508301950): the
    note, the writer's label, the editor's label and the ad-free upsell all glued to the
    story's last sentence. Before, the whole tail stayed in the paragraph."""
    row = ("Warga desa itu menanam bibit kopi di lereng bukit sejak awal musim hujan. "
           "Hasil panen pertama diperkirakan tiba tiga tahun lagi. "
           "Artikel ini telah tayang di Contoh.com dengan judul \"Warga Menanam Kopi di Lereng\", "
           "Penulis : Rina WulandariEditor : Budi SantosoKompascom+ baca berita tanpa iklan")
    got = cleaner.clean(row)
    assert got.paragraphs == (("Warga desa itu menanam bibit kopi di lereng bukit sejak awal musim hujan. "
                              "Hasil panen pertama diperkirakan tiba tiga tahun lagi."),)
    assert got.authors == ("Rina Wulandari",)
    assert got.editors == ("Budi Santoso",)
    assert {r.rule for r in got.removed} == {"syndication-note", "writer-line", "editor-line"}
    assert all("Kompascom+" not in p for p in got.paragraphs)


def test_a_tribun_note_with_its_url_and_credit_pair_is_cut_after_the_story() -> None:
    """tribunnews.com's note run into the story with the first copy's URL, then the
    writer and editor pair glued to the URL's full stop (a page component, file id
    28843140385)."""
    row = ("KOTACONTOH.ID, BANDUNG - Ratusan pelari mengikuti lomba amal di taman kota pada Minggu pagi. "
           "Panitia mengumpulkan dana untuk perpustakaan desa. "
           "Artikel ini telah tayang di KotaContoh.id dengan judul Ratusan Pelari Ikut Lomba Amal, "
           "https://kota.contoh.com/2024/07/02/ratusan-pelari-ikut-lomba-amal.Penulis: Sari | Editor: Andi Pratama")
    got = cleaner.clean(row)
    assert got.paragraphs == (("Ratusan pelari mengikuti lomba amal di taman kota pada Minggu pagi. "
                              "Panitia mengumpulkan dana untuk perpustakaan desa."),)
    assert got.dateline == "BANDUNG"
    assert got.authors == ("Sari",)
    assert got.editors == ("Andi Pratama",)


def test_the_kompas_upsell_line_under_the_copy_credit_is_no_story() -> None:
    """The same copy text with its line breaks kept (SQL dumps, file ids 25165176521 and
    53793617097): "Kompascom+ baca berita tanpa iklan: <short link>" stayed as a body
    paragraph; the story that goes on under it stays."""
    got = cleaner.clean("\n".join([
        "Sekolah itu menerima murid dari tiga kecamatan tahun ini.",
        "",
        ("Artikel ini telah tayang di Contoh.com dengan judul \"Sekolah Terima Murid\", "
        "Klik untuk baca: https://www.contoh.com/read/2023/01/01/1/sekolah-terima-murid."),
        "Penulis : Rina Wulandari",
        "Editor : Budi Santoso",
        "",
        "Kompascom+ baca berita tanpa iklan: https://kmp.im/contoh",
        "Download aplikasi: https://kmp.im/contohapp",
        "",
        "Kepala sekolah menyebut kuota itu sudah penuh sejak pekan pertama pendaftaran.",
    ]))
    assert got.paragraphs == ("Sekolah itu menerima murid dari tiga kecamatan tahun ini.",
                              "Kepala sekolah menyebut kuota itu sudah penuh sejak pekan pertama pendaftaran.")
    assert any(r.rule == "channel-promo" and r.text.startswith("Kompascom+") for r in got.removed)
    assert got.authors == ("Rina Wulandari",)


def test_a_read_also_link_that_opens_a_line_and_runs_into_the_paragraph() -> None:
    """The same dump's story: "<p>Baca juga: <title> <next paragraph>" with the break
    between them lost. The title goes to related and the paragraph stays story."""
    got = cleaner.clean("\n\n".join([
        "Kerja bakti membuat lingkungan sekolah lebih bersih dan rapi.",
        ("Baca juga: Cara Membagi Tugas Piket di Kelas Manfaat lain dari kegiatan itu adalah "
        "mempererat hubungan antarwarga. Anak-anak belajar bekerja sama sejak dini."),
    ]))
    assert got.related == ("Cara Membagi Tugas Piket di Kelas",)
    assert got.paragraphs[1] == ("Manfaat lain dari kegiatan itu adalah mempererat hubungan antarwarga. "
                                 "Anak-anak belajar bekerja sama sejak dini.")


def test_a_line_that_is_one_long_linked_title_stays_whole() -> None:
    """The guard of the case above: a "Baca juga:" line whose title holds a capital word
    before a small one, with no sentence after it, is one link (bulk rows of 2025)."""
    got = cleaner.clean("\n\n".join([
        "Tim tamu menguasai laga sejak menit pertama.",
        "Baca juga: Hasil Laga Contoh FC Menang berkat Gol di Menit Akhir",
        "Pelatih memuji disiplin para pemainnya seusai pertandingan.",
    ]))
    assert got.related == ("Hasil Laga Contoh FC Menang berkat Gol di Menit Akhir",)
    assert len(got.paragraphs) == 2


def test_an_agency_row_joined_into_one_line_gives_its_credit_and_story() -> None:
    """A scraper's row for antaranews.com (file id 33382816549): "Jakarta (ANTARA) - ",
    the story, then "Pewarta: A Editor: B COPYRIGHT © ANTARA 2020" and an ad slot's
    script, all on one line. Before, the credit stayed in the paragraph and no name was
    read. (The real row also opens with the summary printed over the story, glued to
    the dateline: that shape is not cut, see the branch's report.)"""
    row = ("Jakarta (ANTARA) - Harga sayur di pasar induk turun sejak awal pekan. "
           "Pedagang menyebut pasokan dari daerah penghasil meningkat tajam. "
           "Pewarta: Rina Wulandari Editor: Budi Santoso COPYRIGHT © ANTARA 2020 "
           "(adsbygoogle = window.adsbygoogle || []).push({}); ")
    got = cleaner.clean(row, hints={"title": "Harga sayur di pasar induk turun"})
    assert got.paragraphs == (("Harga sayur di pasar induk turun sejak awal pekan. "
                              "Pedagang menyebut pasokan dari daerah penghasil meningkat tajam."),)
    assert got.dateline == "Jakarta"
    assert got.authors == ("Rina Wulandari",)
    assert got.editors == ("Budi Santoso",)
    assert [r.rule for r in got.removed] == ["writer-editor-line"]


def test_a_bracketed_credit_pair_after_the_last_sentence() -> None:
    """kompas.com's "(Penulis A | Editor B)" after the story's last sentence, then the
    Telegram promo cut short (a SQL dump, file id 47160970089)."""
    got = cleaner.clean(
        "\"Kami akan menambah armada bulan depan,\" kata Andi. (Penulis Rina Wulandari | Editor "
        "Budi Santoso) Dapatkan update berita pilihan dan breaking news setiap hari dari Contoh.com. "
        "Mari bergabung di Grup Telegram ")
    assert got.paragraphs == ("\"Kami akan menambah armada bulan depan,\" kata Andi.",)
    assert got.authors == ("Rina Wulandari",)
    assert got.editors == ("Budi Santoso",)


def test_a_sentence_that_names_a_writer_label_is_not_cut() -> None:
    """The credit cut needs a sentence's end, both labels and names: a story sentence
    that mentions a "Penulis:" label stays one paragraph."""
    line = "Rapat selesai. Penulis: Rina Sari menolak hadir dalam acara itu karena sakit."
    got = cleaner.clean(line)
    assert got.paragraphs == (line,)
    assert got.authors == ()
