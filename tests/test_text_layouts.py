"""Text scrapes as real crawlers hand them over, in our own words: each test names one
layout of the 2025 bulk crawl (`../shared/corpus/bulk-2025-06-18.jsonl`) that the record
got wrong, and what the record should hold instead."""

from __future__ import annotations

import cleaner

#: A short story of our own, long enough to be a story.
STORY = "Jakarta - Warga Kampung Rambutan menanam cabai rawit di atap rumah mereka sejak awal tahun ini.\n"


def test_a_crawlers_byline_keeps_the_name_without_its_channel_tag() -> None:
    """detik's crawler by-line prints the desk after a spaced dash ("-detikNews",
    "-Sport"); the record keeps the names only."""
    got = cleaner.clean(STORY, hints={"author": "Rina Wulandari, Dodi Saputra -detikKota"})
    assert got.authors == ("Rina Wulandari", "Dodi Saputra") and got.warnings == ()
    assert cleaner.clean(STORY, hints={"author": "Rina Wulandari - Olahraga"}).authors == ("Rina Wulandari",)
    # a hyphen inside a name is part of it
    assert cleaner.clean(STORY, hints={"author": "Siti Nur-Aini"}).authors == ("Siti Nur-Aini",)


def test_a_crawlers_byline_that_names_the_site_or_a_desk_is_no_author() -> None:
    """liputan6 and tempo crawls print the site as the author of unsigned pieces;
    detik prints its team: no person, so no author, and the warning says so."""
    got = cleaner.clean(STORY, hints={"author": "Contohwarta.com"})
    assert got.authors == ()
    assert got.warnings == ("the authors hint 'Contohwarta.com' names no person; not used",)
    assert cleaner.clean(STORY, hints={"author": "Tim Contoh -detikKota"}).authors == ()
    assert cleaner.clean(STORY, hints={"editor": "Contoh Media, Budi Santoso"}).editors == ("Budi Santoso",)


#: An opinion piece of our own: two paragraphs, then a line about its writer.
COLUMN = (
    "Harga Cabai dan Nasib Petani Kecil\n"
    "Setiap musim hujan, harga cabai di pasar kota naik dua kali lipat dalam sepekan.\n"
    "Petani kecil jarang menikmati kenaikan itu karena panen mereka sudah dijual murah sebelumnya.\n"
)


def test_an_opinion_pieces_writer_note_is_its_author_not_its_last_paragraph() -> None:
    """liputan6's opini pages end with "Penulis Name: post. Disclaimer."."""
    note = "Penulis Rina S. Wulandari: Peneliti di lembaga kajian pangan. Tulisan ini adalah pendapat pribadi.\n"
    got = cleaner.clean(COLUMN + note, hints={"author": "Budi Santoso"})
    assert got.authors == ("Rina S. Wulandari",)
    assert got.paragraphs[-1].startswith("Petani kecil") and len(got.paragraphs) == 2
    assert [r.rule for r in got.removed if r.text == note.strip()] == ["writer-note"]


def test_a_columns_sign_off_with_degrees_and_post_is_its_author() -> None:
    """detik's kolom pages end with the writer's degrees and post glued together."""
    for signoff, name in [("Dr. Drs. Rina Wulandari, M.S., S.H.Pakar tata kota Universitas Contoh", "Rina Wulandari"),
                          ("Dr Budi Santoso,Pengajar kajian pangan pada Sekolah Tinggi Contoh", "Budi Santoso")]:
        got = cleaner.clean(COLUMN + signoff + "\n")
        assert got.authors == (name,), signoff
        assert got.paragraphs[-1].startswith("Petani kecil") and len(got.paragraphs) == 2
    # a story line that names a doctor and a post is a story line
    line = "Prof Dewi Lestari, Guru Besar di kampus itu, menilai harga cabai akan turun bulan depan.\n"
    assert cleaner.clean(COLUMN + line).paragraphs[-1] == line.strip()


def test_a_paid_storys_advertorial_label_is_no_paragraph_and_no_author() -> None:
    """detik prints "advertorial" glued after the initials that close a paid story, and
    its crawler names "Advertorial" as the writer."""
    got = cleaner.clean(COLUMN.replace("sebelumnya.", "sebelumnya.(adv/adv)advertorial"),
                        hints={"author": "Advertorial -detikKota"})
    assert got.paragraphs[-1].endswith("dijual murah sebelumnya.") and len(got.paragraphs) == 2
    assert ("advertorial", "ad-label") in [(r.text, r.rule) for r in got.removed]
    assert got.authors == ()
    assert got.warnings == ("the authors hint 'Advertorial -detikKota' names no person; not used",)


def test_a_linked_storys_title_under_the_last_paragraph_is_no_paragraph() -> None:
    """liputan6's "Top 3 Berita" pages and detik's video player print a linked title,
    headline-cased, under the story's last sentence."""
    card = "Warga Kampung Rambutan Panen Cabai Rawit di Atap Rumah Mereka"
    got = cleaner.clean(COLUMN + card + "\n[Gambas:Video 20detik]\n")
    assert len(got.paragraphs) == 2 and got.paragraphs[-1].startswith("Petani kecil")
    assert (card, "trailing-title") in [(r.text, r.rule) for r in got.removed]
    # a last sentence that lost its full stop, and a list's last item, are story
    for last in ("Karenanya, ada harapan Budi Santoso bisa Juara di Sirkuit Sentul",
                 "Harga cabai rawit terbaru: mulai dari Rp 85.000"):
        assert cleaner.clean(COLUMN + last + "\n").paragraphs[-1] == last
    listed = COLUMN.replace("sebelumnya.", "sebelumnya. Berikut daftarnya:") + \
        "Cabai Rawit Merah Asal Kampung Rambutan\nCabai Keriting Hijau Asal Kampung Melayu Besar\n"
    assert cleaner.clean(listed).paragraphs[-1] == "Cabai Keriting Hijau Asal Kampung Melayu Besar"


def test_a_full_name_in_brackets_after_the_story_is_its_editor() -> None:
    """okezone signs its stories off with the desk editor's name in brackets; the
    writer is the by-line (the crawler's author)."""
    got = cleaner.clean(COLUMN + "(Dimas Pratama)\n", hints={"author": "Rina Wulandari"})
    assert (got.authors, got.editors) == (("Rina Wulandari",), ("Dimas Pratama",))
    assert len(got.paragraphs) == 2


def test_a_bar_of_hashtags_under_the_story_is_its_tags() -> None:
    got = cleaner.clean(COLUMN + "#HargaCabai #PetaniKecil #KampungRambutan\n")
    assert got.tags == ("HargaCabai", "PetaniKecil", "KampungRambutan") and len(got.paragraphs) == 2


def test_a_bracketed_written_by_sign_off_names_the_writer() -> None:
    """A fact-check site closes its story with "(Ditulis oleh Nama)": the writer, and
    not a paragraph (a bracketed name alone is the desk editor: okezone)."""
    got = cleaner.clean(STORY + "Panen pertama dijual ke pasar terdekat, kata ketua kelompok tani.\n"
                        "(Ditulis oleh Rina Wulandari)\n")
    assert got.authors == ("Rina Wulandari",) and got.editors == ()
    assert got.paragraphs[-1].startswith("Panen pertama")


def test_a_bare_baca_juga_over_a_box_of_titles_takes_them_to_related() -> None:
    """liputan6 2016 prints its "Baca Juga" box with the linked titles, one a line, in
    the story; the 2025 crawl prints the label alone (the titles not scraped) with the
    story going on under it, maybe with a subhead or a quote's broken lines: those are
    story. Two Title Cased headlines of four words or more make a box."""
    titles = ("Harga Cabai Rawit Turun di Pasar Induk Kota", "Petani Cabai Magelang Raih Penghargaan Nasional",
              "Warga Desa Gelar Kirab Hasil Bumi Tahunan")
    body = STORY + "Panen pertama dijual ke pasar terdekat, kata ketua kelompok tani.\n"
    rest = "Harga di tingkat petani naik karena pasokan dari daerah lain berkurang.\n"
    got = cleaner.clean(body + "Baca Juga\n" + "\n".join(titles) + "\n" + rest)
    assert got.related == titles and len(got.paragraphs) == 3
    assert [r.rule for r in got.removed] == ["read-also-bare"] * 4
    for after in ("Panen Raya di Lereng Merapi\n", '"Sebuah truk\nTerguling di kebun kopi\n'):
        kept = cleaner.clean(body + "Baca Juga\n" + after + rest)
        assert kept.related == () and after.splitlines()[0] in kept.paragraphs
