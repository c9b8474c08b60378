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
