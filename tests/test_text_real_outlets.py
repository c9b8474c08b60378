"""Text scrapes of Tempo, Kumparan and IDN Times pages as a reader's browser shows them,
in our own words: each test keeps the line shapes of a real page read from the search
library's pages corpus (its address in the docstring) and none of its sentences."""

from __future__ import annotations

import cleaner


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_KORAN_TEASER = (
    "Pasar Ikan Kembali Ramai",
    "arsip tempo : 160012345678.",
    "",
    "JAKARTA - Lapak-lapak di pasar ikan itu kembali dibuka setelah dua pekan tutup.",
    "\"Pembeli datang sejak subuh,\" kata seorang pedagang kepada wartawan, kemarin. D",
    "...",
    "Berlangganan untuk lanjutkan membaca.",
    "Kami mengemas berita, dengan cerita.",
    "Manfaat berlangganan Tempo Digital? Lihat Disini",
)


def test_a_paywalled_koran_tempo_teaser_without_its_url_is_tempos() -> None:
    """koran.tempo.co/read/peristiwa/451665/... (2020) rendered as text: headline, an
    archive stamp, the free lines, then the subscription box. With no URL the stamp and
    the box's appeal name the outlet, so its rules drop the box and the stamp."""
    got = cleaner.clean(page(*_KORAN_TEASER))
    assert got.outlet == "tempo"
    assert got.title == "Pasar Ikan Kembali Ramai"
    assert got.paragraphs[0] == "Lapak-lapak di pasar ikan itu kembali dibuka setelah dua pekan tutup."
    assert got.dateline == "JAKARTA"
    assert not any("arsip tempo" in p or "Tempo Digital" in p or "mengemas berita" in p for p in got.paragraphs)
    assert any(r.rule == "tempo-archive-stamp" for r in got.removed)


def test_the_archive_stamp_leaves_the_body_with_the_url_too() -> None:
    """The same teaser with its URL: the stamp was story before (the outlet was known,
    the stamp was not)."""
    got = cleaner.clean(page(*_KORAN_TEASER), url="https://koran.tempo.co/read/metro/100001/pasar-ikan")
    assert "arsip tempo : 160012345678." not in got.paragraphs
    assert len(got.paragraphs) == 2


_PRELUDE = (
    "Baca berita dengan sedikit iklan, klik di sini",
    "",
    "Surat Dari Redaksi",
    "",
    "{title}",
    "",
    "{deck}",
    "12 Maret 1990 | 00.00 WIB",
    "",
    "Image of Tempo",
    "Perbesar",
    "",
    "Baca berita dengan sedikit iklan, klik di sini",
    "",
    "PEKAN ini kami menurunkan laporan tentang para petani garam di pesisir utara.",
    "Tim kami berangkat ke tiga kabupaten dan menginap di rumah warga selama sepekan.",
)


def test_the_rubric_over_a_tempo_archive_letter_is_no_headline() -> None:
    """tempo.co/prelude/mereka-pilihan-tempo-957895 (a 2008 letter from the editors):
    the rubric "Surat Dari Redaksi" in Title Case over the headline. Without the URL it
    was the title and the real headline went to authors (a name over a date line)."""
    text = page(*[line for line in _PRELUDE if line != "{deck}"]).replace("{title}", "Para Petani Garam Pilihan Kami")
    got = cleaner.clean(text)
    assert got.title == "Para Petani Garam Pilihan Kami"
    assert got.authors == ()
    assert got.published == "1990-03-12T00:00:00+07:00"
    assert got.paragraphs[0].startswith("PEKAN ini kami")
    assert any(r.rule == "tempo-rubric-label" and r.text == "Surat Dari Redaksi" for r in got.removed)


def test_a_headline_that_repeats_the_rubric_in_small_letters_stays_the_headline() -> None:
    """tempo.co/prelude/surat-dari-redaksi-1032088 (1994): the headline is the rubric's
    words in small letters, a deck and the date line under it, then the placeholder
    picture's alt text: the deck is the subtitle, the date is read, and the alt text
    is not story (it was, and it kept the date line in the body)."""
    text = page(*_PRELUDE).replace("{title}", "Surat dari redaksi").replace(
        "{deck}", "Edisi ini memuat laporan dari pesisir. penulisannya dikoordinasikan redaktur senior.")
    got = cleaner.clean(text)
    assert got.title == "Surat dari redaksi"
    assert got.subtitle == "Edisi ini memuat laporan dari pesisir. penulisannya dikoordinasikan redaktur senior."
    assert got.published == "1990-03-12T00:00:00+07:00"
    assert got.paragraphs[0].startswith("PEKAN ini kami")
    assert "Image of Tempo" not in got.paragraphs
    assert not any("| 00.00 WIB" in p for p in got.paragraphs)


def test_kumparan_captions_with_a_bracketed_credit_go_to_captions() -> None:
    """kumparan.com/kolaborasi/user-story-pilihan-... (2021): the caption printed on both
    sides of the zoom icon ends with "(kredit: Agency)." or is the credit alone, "(Foto:
    Name, Site)"; both were story or were dropped without reaching captions."""
    for caption in ("Sekadar gambar contoh (kredit: Agensi Foto).", "(Foto: Nama Fotografer, Situs Foto)"):
        got = cleaner.clean(page(
            "Tulisan Pilihan Pekan Ini: Dari Sawah hingga Pelabuhan",
            "",
            "10 April 2021 0:32 WIB",
            "comment",
            "0",
            "sosmed-whatsapp-white",
            "copy-link-circle",
            "more-vertical",
            caption,
            "zoom-in-whitePerbesar",
            caption,
            "ADVERTISEMENT",
            "Pekan ini para penulis kami bercerita tentang sawah, pelabuhan, dan pasar malam.",
            "ADVERTISEMENT",
            "Tulisan pertama datang dari seorang petani muda di lereng gunung.",
        ))
        assert got.captions == (caption,)
        assert caption not in got.paragraphs
        assert got.paragraphs[0].startswith("Pekan ini para penulis")


def test_an_idn_times_caption_with_an_unbracketed_credit_is_a_caption() -> None:
    """idntimes.com/life/inspiration/amp/<writer>/iwf-2021-... (2021 AMP page): each
    photo's caption ends "... Rabu (27/10/2021). IDN Times/ Name", under the deck and
    again under a numbered heading; the second stayed in the body."""
    first = "Suasana lomba menulis di aula kampus. Rabu (27/10/2021). IDN Times/ Nama Fotografer"
    second = "Panitia membuka lomba di panggung utama. Rabu (27/10/2021). IDN Times/ Nama Fotografer"
    got = cleaner.clean(page(
        "TUTUP",
        "SCROLL UNTUK MELANJUTKAN MEMBACA",
        "Gabung di IDN Times",
        "",
        "Lomba Menulis Kampus Dibuka untuk Umum",
        "",
        "#LombaMenulis Ada hadiah untuk tiga penulis terbaik",
        "",
        first,
        "",
        "Lomba menulis tahunan itu kembali digelar di aula kampus pada Rabu (27/10/2021).",
        "",
        "1. Pendaftaran dibuka sampai akhir bulan",
        "",
        second,
        "",
        "Panitia mengatakan peserta boleh mengirim lebih dari satu naskah.",
    ))
    assert got.captions == (first, second)
    assert second not in got.paragraphs
    assert "1. Pendaftaran dibuka sampai akhir bulan" in got.paragraphs
    assert got.paragraphs[-1] == "Panitia mengatakan peserta boleh mengirim lebih dari satu naskah."


def test_a_story_sentence_about_a_tempo_archive_stays() -> None:
    """The stamp's rule takes the stamp only: a sentence that names the archive in small
    letters stays story."""
    got = cleaner.clean(page(
        "TEMPO.CO, Jakarta - Peneliti itu membuka arsip tempo dulu di perpustakaan kota.",
        "Ia menyalin puluhan halaman koran lama untuk bukunya.",
    ), url="https://www.tempo.co/nasional/contoh-berita-123")
    assert got.paragraphs[0] == "Peneliti itu membuka arsip tempo dulu di perpustakaan kota."


def test_the_ad_slot_label_between_idn_times_paragraphs_leaves_the_body() -> None:
    """idntimes.com/life/inspiration/11-isu-...-vhyyrf/amp (2021 AMP page) prints "Iklan -
    Scroll untuk Melanjutkan" over an ad slot; between two paragraphs it stayed story."""
    got = cleaner.clean(page(
        "Petani Muda Membuka Kebun Sayur di Atap Rumah",
        "",
        "Bandung, IDN Times - Kebun di atap rumah itu kini memasok sayur untuk tiga warung.",
        "",
        "Iklan - Scroll untuk Melanjutkan",
        "",
        "Pemiliknya menanam bayam dan kangkung di dalam pot bekas.",
    ))
    assert got.paragraphs == (
        "Kebun di atap rumah itu kini memasok sayur untuk tiga warung.",
        "Pemiliknya menanam bayam dan kangkung di dalam pot bekas.",
    )
    assert any(r.rule == "idntimes-join-overlay" for r in got.removed)


def test_a_page_credited_to_the_outlets_video_channel_is_idn_times() -> None:
    """idntimes.com/life/education/nissa-n-mauliana/iwf-2020-... (2020) rendered as text
    with no URL: headline, deck, and a photo credited "YouTube.com/IDN Times" glued to the
    headline it repeats. It was read as a generic page with no headline, the deck and the
    glued caption in the body."""
    got = cleaner.clean(page(
        "Lomba Menulis Digelar Lagi? Simak 5 Syarat Ini",
        "",
        "#LombaMenulis Catat baik-baik!",
        "",
        "Apa kamu ingin ikut lomba menulis tahun ini tapi belum tahu syaratnya?",
        "",
        "1. Naskah harus asli dan belum pernah terbit",
        "",
        "Lomba Menulis Digelar Lagi? Simak 5 Syarat IniYouTube.com/IDN Times",
        "",
        "Panitia akan memeriksa setiap naskah sebelum penjurian dimulai.",
    ))
    assert got.outlet == "idntimes"
    assert got.title == "Lomba Menulis Digelar Lagi? Simak 5 Syarat Ini"
    assert got.subtitle == "#LombaMenulis Catat baik-baik!"
    assert got.captions == ("YouTube.com/IDN Times",)
    assert got.paragraphs[0].startswith("Apa kamu ingin ikut")
    assert not any("YouTube.com" in p for p in got.paragraphs)


def test_a_tempo_archive_story_known_only_by_its_upsell_is_tempos() -> None:
    """tempo.co/prelude/nakhoda-baru-904523 (2017) rendered as text: the reader upsell,
    then the story, no dateline, date line or credit. Without the URL the page was
    generic and the upsell stayed the first paragraph."""
    got = cleaner.clean(page(
        "Baca berita dengan sedikit iklan, klik di sini",
        "PEMBACA yang baik, mulai pekan ini susunan redaksi kami berubah.",
        "Redaktur yang lama kini memimpin desk yang baru dibentuk tahun ini.",
    ))
    assert got.outlet == "tempo"
    assert got.paragraphs == (
        "PEMBACA yang baik, mulai pekan ini susunan redaksi kami berubah.",
        "Redaktur yang lama kini memimpin desk yang baru dibentuk tahun ini.",
    )


def test_a_long_magazine_deck_over_a_bare_date_line_is_the_subtitle() -> None:
    """majalah.tempo.co/amp/laporan-utama/154470/... (2017 AMP page) rendered as text:
    headline, a deck of several sentences (some 80 words: the magazine's decks run long),
    a bare date line, then the story. A deck over 40 words was taken for the story's
    first paragraph and the date line stayed in the body."""
    deck = " ".join([
        "Tahun ini panen garam di pesisir utara boleh dibilang cukup menggembirakan.",
        "Banyak petambak yang untuk pertama kalinya menjual hasil panen langsung ke pabrik pengolahan di kota.",
        "Kami punya kebiasaan memilih kisah petambak terbaik setiap tahun sejak lama, dan tahun ini",
        "untuk pertama kalinya kami mengundang mereka ke sebuah malam penghargaan di ibu kota provinsi,",
        "bersama para pedagang, peneliti, dan pejabat daerah yang selama ini mendampingi mereka.",
    ])
    assert 40 < deck.count(" ") < 120
    got = cleaner.clean(page(
        "Dari Tambak Garam hingga Panggung Penghargaan",
        "",
        deck,
        "",
        "Minggu, 3 Desember 2017",
        "",
        "BERKEMEJA putih dan bertopi lebar, seorang petambak naik ke panggung untuk menerima penghargaan itu.",
        "Ia menyebut panen tahun ini sebagai yang terbaik sejak ia mulai bekerja di tambak.",
    ), url="https://majalah.tempo.co/amp/laporan-utama/160001/dari-tambak-garam")
    assert got.subtitle == deck
    assert got.published is not None and got.published.startswith("2017-12-03")
    assert got.paragraphs[0].startswith("BERKEMEJA putih")
    assert "Minggu, 3 Desember 2017" not in got.paragraphs
