"""Text scrapes of whole pages as a reader's browser shows them, in our own words: each
test keeps the line shapes of a real page read from the search library's pages corpus
(its address in the docstring) and none of its sentences."""

from __future__ import annotations

import cleaner


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_by_line_with_the_update_time_names_the_writer() -> None:
    """liputan6.com prints "oleh <writer> diperbarui <date>" on one line, and the
    publication time on the next (opera.liputan6.com/hot/read/5530160, 2024)."""
    got = cleaner.clean(page(
        "Warga Desa Sukamaju Membangun Jembatan Bambu Sendiri",
        "oleh Rina Wulandari diperbarui 12 Mar 2024, 10:15 WIB",
        "Diterbitkan 12 Mar 2024, 09:40 WIB",
        "Contohwarta.com, Bandung - Warga Desa Sukamaju menyelesaikan jembatan bambu itu dalam tiga pekan.",
        "Jembatan itu kini dipakai anak-anak yang berangkat ke sekolah setiap pagi.",
    ))
    assert got.authors == ("Rina Wulandari",)
    assert got.published == "2024-03-12T09:40:00+07:00"  # the publication line, not the update
    assert got.paragraphs[0].startswith("Warga Desa Sukamaju menyelesaikan")
    assert all("diperbarui" not in p for p in got.paragraphs)


def test_a_by_line_signed_by_the_desk_names_no_writer() -> None:
    """The same line signed with the outlet's name (opera.liputan6.com/feeds/read/5779706,
    2024) is removed and gives no author."""
    got = cleaner.clean(page(
        "Apa Itu Standar Limbah Elektronik dan Mengapa Penting",
        "oleh Liputan6 diperbarui 3 Jan 2025, 08:00 WIB",
        "Contohwarta.com, Jakarta - Standar itu mengatur bahan yang boleh dipakai dalam perangkat rumah.",
        "Produsen yang melanggarnya tidak boleh menjual barangnya di pasar tersebut.",
    ))
    assert got.authors == ()
    assert all("diperbarui" not in p for p in got.paragraphs)


def test_a_page_counter_between_the_pages_of_a_story_leaves_the_body() -> None:
    """A story split in pages prints "2 dari 3 halaman" over each page, and a text
    scrape of the whole story keeps it between the paragraphs (liputan6.com/regional/
    read/4588822, 2021)."""
    got = cleaner.clean(page(
        "Kabar Daerah: Pasar Terapung Dibuka Lagi hingga Festival Layang-Layang",
        "Contohwarta.com, Banjarmasin - Pasar terapung di tepi sungai kota itu kembali ramai sejak pekan lalu.",
        "Para pedagang menjual sayur dan buah dari perahu kayu sejak subuh.",
        "2 dari 3 halaman",
        "Festival Layang-Layang Digelar di Pantai Selatan",
        "Ratusan layang-layang berukuran besar diterbangkan di pantai itu pada Minggu pagi.",
    ))
    assert "2 dari 3 halaman" not in got.paragraphs
    assert "Festival Layang-Layang Digelar di Pantai Selatan" in got.paragraphs
    assert any(r.text == "2 dari 3 halaman" and r.rule == "pagination" for r in got.removed)


def test_a_deck_sentence_between_the_headline_and_the_dateline_is_no_story() -> None:
    """A deck that ends in a full stop, right under the headline and over the dateline
    paragraph (liputan6.com/regional/read/4588822, 2021): when the dateline names the
    site the URL is on, the story starts at the dateline, whose prefix is cut. A
    dateline naming another site (or a page with no URL) leaves the sentence story."""
    lines = (
        "Kabar Daerah: Pasar Terapung Dibuka Lagi hingga Festival Layang-Layang",
        "Inilah rangkuman kabar dari berbagai daerah pekan ini.",
        "Contohwarta.com, Banjarmasin - Pasar terapung di tepi sungai kota itu kembali ramai sejak pekan lalu.",
        "Para pedagang menjual sayur dan buah dari perahu kayu sejak subuh.",
    )
    got = cleaner.clean(page(*lines), url="https://www.contohwarta.com/regional/read/123/kabar-daerah")
    assert got.paragraphs[0].startswith("Pasar terapung di tepi sungai")
    assert got.dateline == "Banjarmasin"
    assert "Inilah rangkuman kabar dari berbagai daerah pekan ini." not in got.paragraphs
    other = cleaner.clean(page(*lines), url="https://lainwarta.com/regional/read/123/kabar-daerah")
    assert other.paragraphs[0] == "Inilah rangkuman kabar dari berbagai daerah pekan ini."


def test_a_caption_printed_twice_over_a_dot_co_dateline_is_no_story() -> None:
    """A photo's caption printed twice between the headline and a dateline naming a
    ".CO" domain in capitals, the site the URL is on (sumutpos.co, 2020): the captions
    leave the body and the dateline is cut."""
    caption = "PANEN RAYA Bupati meninjau sawah warga di pinggir kota, Senin (4/5)."
    got = cleaner.clean(page(
        "Petani Bersiap Menyambut Panen Raya",
        caption,
        caption,
        "MEDAN, CONTOHPOS.CO – Petani di pinggir kota bersiap memanen padi yang ditanam sejak awal tahun.",
        "Harga gabah diperkirakan stabil hingga akhir bulan, kata ketua kelompok tani.",
    ), url="https://contohpos.co/metropolis/30/05/2020/petani-bersiap-menyambut-panen-raya/")
    assert caption not in got.paragraphs
    assert got.dateline == "MEDAN"
    assert got.paragraphs[0].startswith("Petani di pinggir kota bersiap")


def test_a_first_paragraph_with_no_dateline_stays_when_a_later_line_is_no_dateline() -> None:
    """The loosened head rule needs a dateline paragraph under the sentence: a story
    whose first paragraph carries none keeps it."""
    got = cleaner.clean(page(
        "Petani Bersiap Menyambut Panen Raya",
        "Petani di pinggir kota bersiap memanen padi yang ditanam sejak awal tahun.",
        "Harga gabah diperkirakan stabil hingga akhir bulan, kata ketua kelompok tani.",
    ))
    assert got.paragraphs[0] == "Petani di pinggir kota bersiap memanen padi yang ditanam sejak awal tahun."


def test_a_story_paragraph_the_deck_repeats_stays_in_the_body() -> None:
    """liputan6.com prints one of the story's sentences as the deck under the headline,
    and the story prints it again as its own paragraph (opera.liputan6.com/hot/read/
    5530160, 2024): the deck leaves, the story's paragraph stays."""
    deck = "Salah satu soal yang paling banyak ditanyakan warga adalah jadwal pembukaan jembatan itu."
    got = cleaner.clean(page(
        "Jembatan Bambu Desa Sukamaju Dibuka Pekan Depan",
        deck,
        "oleh Rina Wulandari diperbarui 12 Mar 2024, 10:15 WIB",
        "Diterbitkan 12 Mar 2024, 09:40 WIB",
        "Contohwarta.com, Bandung - Jembatan bambu yang dibangun warga Desa Sukamaju akan dibuka pekan depan.",
        deck,
        "Kepala desa meminta warga tetap berhati-hati saat melintas pada musim hujan.",
    ))
    assert got.paragraphs == (
        "Jembatan bambu yang dibangun warga Desa Sukamaju akan dibuka pekan depan.",
        deck,
        "Kepala desa meminta warga tetap berhati-hati saat melintas pada musim hujan.",
    )
    assert [r.line for r in got.removed if r.text == deck] == [3]


def test_the_headline_the_url_names_is_found_under_a_teaser_sentence() -> None:
    """A site's header prints a rubric word and a teaser sentence of another story over
    the headline, then the writer, the date and the headline again (mediaindonesia.com/
    politik-dan-hukum/815713, 2025). The URL names the headline: the teaser is no story,
    the date is the page's, the story starts under the head; the writer's initials and
    desk code after the last sentence are a sign-off."""
    url = "https://contohwarta.com/politik/123456/dewan-minta-jadwal-sidang-diumumkan-terbuka"
    got = cleaner.clean(page(
        "Headline",
        "Kerugian itu belum termasuk yang ditanggung para pedagang kecil.",
        "Dewan Minta Jadwal Sidang Diumumkan Terbuka",
        "Rina Wulandari",
        "29/9/2025 15:32",
        "Dewan Minta Jadwal Sidang Diumumkan Terbuka",
        "Anggota dewan meminta jadwal sidang perkara itu diumumkan kepada publik sejak awal.",
        "Menurut mereka, keterbukaan jadwal membantu warga yang ingin hadir di ruang sidang. (Abc/P-3)",
    ), url=url)
    assert got.title == "Dewan Minta Jadwal Sidang Diumumkan Terbuka"
    assert got.published == "2025-09-29T15:32:00+07:00"
    assert got.paragraphs == (
        "Anggota dewan meminta jadwal sidang perkara itu diumumkan kepada publik sejak awal.",
        "Menurut mereka, keterbukaan jadwal membantu warga yang ingin hadir di ruang sidang.",
    )


def test_under_a_teaser_sentence_only_the_urls_own_words_make_the_headline() -> None:
    """Past one statement, a line with words beside the URL's is no headline: the story
    keeps its lines."""
    url = "https://contohwarta.com/politik/123456/dewan-minta-jadwal-sidang-diumumkan-terbuka"
    got = cleaner.clean(page(
        "Kerugian itu belum termasuk yang ditanggung para pedagang kecil.",
        "Dewan Minta Jadwal Sidang Diumumkan Terbuka kepada Warga Kota",
        "Anggota dewan meminta jadwal sidang perkara itu diumumkan kepada publik sejak awal.",
    ), url=url)
    assert got.title != "Dewan Minta Jadwal Sidang Diumumkan Terbuka kepada Warga Kota"
    assert "Anggota dewan meminta jadwal sidang perkara itu diumumkan kepada publik sejak awal." in got.paragraphs


def test_a_photos_text_over_its_caption_and_a_lone_dateline_is_no_story() -> None:
    """detik prints, between the date and the story, the photo's description ending in
    the photographer's name, its caption with "(Foto: ...)", then the dateline alone on
    its line (news.detik.com/berita/d-5263754, 2020): the story starts under the
    dateline, and the description leaves the body."""
    got = cleaner.clean(page(
        "Warga Kampung Rambutan Panen Cabai di Atap Rumah",
        "Tim Contoh - contohNews",
        "Jumat, 20 Nov 2020 22:03 WIB",
        ("Seorang warga Kampung Rambutan memetik cabai rawit yang ditanam di atap rumahnya di kawasan Jakarta "
         "Timur, Senin (16/11/2020). Rudi Hartono"),
        "Seorang warga memetik cabai (Foto: Rudi Hartono)",
        "Jakarta -",
        "Warga Kampung Rambutan memanen cabai yang mereka tanam di atap rumah sejak awal tahun.",
        "Hasil panen itu dijual ke pasar terdekat setiap pagi.",
    ))
    assert got.paragraphs == (
        "Warga Kampung Rambutan memanen cabai yang mereka tanam di atap rumah sejak awal tahun.",
        "Hasil panen itu dijual ke pasar terdekat setiap pagi.",
    )
    assert got.dateline == "Jakarta"
    assert got.captions == ("Seorang warga memetik cabai (Foto: Rudi Hartono)",)


def test_a_first_paragraph_over_a_caption_with_no_dateline_under_it_stays() -> None:
    """Under the caption comes no dateline: the first paragraph is the story's."""
    got = cleaner.clean(page(
        "Warga Kampung Rambutan Panen Cabai di Atap Rumah",
        "Jumat, 20 Nov 2020 22:03 WIB",
        "Warga Kampung Rambutan memanen cabai yang mereka tanam di atap rumah sejak awal tahun.",
        "Seorang warga memetik cabai (Foto: Rudi Hartono)",
        "Hasil panen itu dijual ke pasar terdekat setiap pagi.",
    ))
    assert got.paragraphs[0] == "Warga Kampung Rambutan memanen cabai yang mereka tanam di atap rumah sejak awal tahun."


def test_a_caption_with_a_foto_slash_credit_under_the_headline_goes_to_captions() -> None:
    """SINDOnews prints the photo's caption under the headline with its credit after
    "Foto/" (mirrors of sindonews.com stories, 2019 and 2025): a caption, not the
    story's first paragraph."""
    caption = "Para pedagang menata dagangan di pasar yang baru dibuka, Kamis (23/1/2025). Foto/Rina Sari"
    got = cleaner.clean(page(
        "Pasar Baru di Pinggir Kota Mulai Ramai Pembeli",
        "loading…",
        caption,
        "JAKARTA – Pasar yang baru dibuka di pinggir kota itu mulai ramai sejak pekan pertama.",
        "Para pedagang berharap jumlah pembeli terus bertambah menjelang bulan puasa.",
    ))
    assert got.captions == (caption,)
    assert got.paragraphs[0] == "Pasar yang baru dibuka di pinggir kota itu mulai ramai sejak pekan pertama."
    # a story sentence that goes on in small letters after "Foto/" stays
    line = "Ia menyimpan arsipnya dengan rapi. Foto/video lama itu kini disimpan di lemari besi."
    assert line in cleaner.clean(page(
        "Pasar Baru di Pinggir Kota Mulai Ramai Pembeli",
        "JAKARTA – Pasar yang baru dibuka di pinggir kota itu mulai ramai sejak pekan pertama.",
        line,
    )).paragraphs


def test_a_whatsapp_channel_box_under_a_recommended_label_is_no_related_story() -> None:
    """Tribunnews prints its WhatsApp channel box a phrase a line under the
    "BERITA REKOMENDASI" label (m.tribunnews.com/regional/2017/11/24, as shown in 2024):
    the phrases are promo, not linked titles."""
    got = cleaner.clean(page(
        "Warga Desa Sukamaju Membangun Jembatan Bambu Sendiri",
        "CONTOHNEWS.COM, BANDUNG - Warga Desa Sukamaju menyelesaikan jembatan bambu itu dalam tiga pekan.",
        "Jembatan itu kini dipakai anak-anak yang berangkat ke sekolah setiap pagi.",
        "BERITA REKOMENDASI",
        "Dapatkan Berita Pilihan",
        "di WhatsApp Anda",
        "Baca WhatsApp Contohnews",
    ))
    assert got.related == ()
    assert got.paragraphs[-1] == "Jembatan itu kini dipakai anak-anak yang berangkat ke sekolah setiap pagi."
