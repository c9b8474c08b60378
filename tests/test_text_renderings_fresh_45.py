"""Text scrapes of outlets no earlier round read, cleaned as the scorer does: no URL, no
outlet option, the record read from the file alone.

Evidence (never copied: each page below keeps the real rendering's line order and its
chrome lines as printed, menu and widget words included; the story sentences are ours):

- bbc.com/indonesia 2025 stories as a newspaper-style scraper printed them (a story's
  ``konten_berita`` field), leemrtnzz/Indonesian-News-Scraper-Analyzer
  raw_data/raw_data_tugas_bi.json @ 18432e0efca97894499e922c14b4272485ca73ef: the
  headline, the by-line block "Penulis, <name>" / "Peranan, BBC News Indonesia," /
  "Melaporkan dari, <place>", the date, "Waktu membaca: N menit", then the story with
  the most-read box's skip link ("Lewatkan Paling banyak dibaca dan terus membaca",
  "Paling banyak dibaca", "Akhir dari Paling banyak dibaca") and an embedded post's
  consent frame ("Hentikan Instagram pesan" ... "Lompati Instagram pesan") between its
  paragraphs, an empty "Baca Juga:" under one.
- The same file's nu.or.id 2025 stories: "Jakarta, NU Online" as a paragraph of its own
  over the story, a rule of equals signs under it.
- kapanlagi.com 2025 rows of gikirima/indonews-scrapper berita_kapanlagi.csv @
  8f24eeadcf7f8d38852e0d903f86970f14a0e774 (the ``content`` field): "Kapanlagi.com - "
  opening the story, "Advertisement" slots, each picture's caption closed by
  "(Image by <source>)" or "(credit:<source>)", the bracketed WhatsApp promo, the
  closing "Yuk, baca artikel seputar ... lainnya di Kapanlagi.com. Kalau bukan sekarang,
  KapanLagi?" and the desk code; the scraper printed each list item's paragraphs twice.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cleaner
from tests.test_text_real_outlets_b import record, rules


def page(*lines: str) -> str:
    """A scraper's text field: one paragraph a line, a blank line between them."""
    return "\n\n".join(lines) + "\n"


EMPTY: dict[str, object] = {
    "outlet": "generic", "url": None, "title": None, "subtitle": None, "authors": (),
    "editors": (), "published": None, "dateline": None, "source": None,
    "reading_time_minutes": None, "summary": (), "captions": (), "related": (), "tags": ()}

BBC_TITLE = "Jalan desa berubah jadi sungai, warga lereng bukit bertahan di rumah – 'Kami butuh alat berat'"
BBC_STORY = (
    "Hujan deras sejak pekan lalu membuat jalan desa di lereng bukit berubah menjadi aliran air yang membawa lumpur.",
    "Sebagian warga bertahan di rumah meski air datang setiap sore, sementara yang lain mengungsi ke balai desa.",
    "\"Kami bersihkan pagi, sore masuk lagi. Begitu terus setiap hari,\" kata seorang ibu, Senin (08/12).",
    "Kepala desa mengatakan alat berat baru tiba setelah hampir dua pekan dan belum cukup untuk membuka saluran.",
    "Warga meminta pemerintah daerah segera mengembalikan aliran air ke sungai agar jalan bisa dilalui lagi.",
    "Pemerintah kabupaten berjanji menyewa dua alat berat tambahan dari daerah tetangga pekan ini.",
)
MOST_READ = ("Lewatkan Paling banyak dibaca dan terus membaca", "Paling banyak dibaca",
             "Akhir dari Paling banyak dibaca")
CONSENT = (
    "Hentikan Instagram pesan",
    "Izinkan konten Instagram?",
    ("Artikel ini memuat konten yang disediakan Instagram. Kami meminta izin Anda sebelum ada yang "
     "dimunculkan mengingat situs itu mungkin menggunakan cookies dan teknologi lain. Anda dapat membaca "
     "Instagram kebijakan cookie dan kebijakan privasi sebelum menerima. Untuk melihat konten ini, pilihlah "
     "'terima dan lanjutkan'."),
    "Peringatan: BBC tidak bertanggung jawab atas konten situs eksternal",
    "Lompati Instagram pesan",
)


def _bbc_page() -> str:
    return page(
        BBC_TITLE,
        "Penulis, Rina Wulandari",
        "Peranan, BBC News Indonesia,",
        "Melaporkan dari, Kabupaten Contoh, Sumatra Barat",
        "10 Desember 2025",
        "Waktu membaca: 8 menit",
        *BBC_STORY[:3],
        *MOST_READ,
        BBC_STORY[3],
        *CONSENT,
        BBC_STORY[4],
        "Baca Juga:",
        BBC_STORY[5],
    )


def test_a_bbc_indonesia_story_with_its_byline_block_and_in_story_widgets() -> None:
    """Before: "Penulis, <name>" was the headline (the real one over it dropped), the
    role, place and reading-time lines stayed above the story unread, and the most-read
    skip link and the consent frame's five lines stayed story paragraphs."""
    got = cleaner.clean(_bbc_page())
    assert record(got) == {
        **EMPTY, "title": BBC_TITLE, "authors": ("Rina Wulandari",), "published": "2025-12-10",
        "reading_time_minutes": 8, "paragraphs": BBC_STORY}
    assert rules(got) == [
        (BBC_TITLE, "headline"),
        ("Penulis, Rina Wulandari", "byline-comma-label"),
        ("Peranan, BBC News Indonesia,", "byline-role-line"),
        ("Melaporkan dari, Kabupaten Contoh, Sumatra Barat", "byline-role-line"),
        ("10 Desember 2025", "date-line"),
        ("Waktu membaca: 8 menit", "reading-time"),
        *((line, "skip-link-widget") for line in MOST_READ),
        *((line, "embed-consent") for line in CONSENT),
        ("Baca Juga:", "read-also-header"),
    ]


def test_the_cli_reads_the_bbc_story_with_no_url(tmp_path: Path) -> None:
    """The scorer's own path: ``python -m cleaner --json FILE``."""
    path = tmp_path / "bbc.txt"
    path.write_text(_bbc_page(), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cleaner", "--json", str(path)],
                         capture_output=True, text=True, check=True).stdout
    got = json.loads(out)
    assert (got["title"], got["authors"], got["reading_time_minutes"]) == (BBC_TITLE, ["Rina Wulandari"], 8)
    assert got["paragraphs"] == list(BBC_STORY)


def test_the_bbc_labels_take_only_a_label_and_names_above_the_story() -> None:
    """A sentence that opens with the label's word and a comma is story, above the story
    or inside it; the widget words inside a sentence too."""
    story = (
        "Penulis, kata dia, sedang menyiapkan buku baru tentang banjir di kampungnya.",
        "Peranan, menurut dia, belum jelas dibagi antara desa dan kabupaten.",
        "Paling banyak dibaca warga pekan ini adalah kabar soal bantuan air bersih.",
        "Izinkan warga membangun kembali rumahnya, kata kepala desa kepada petugas.",
        "Artikel ini memuat pendapat pribadi penulis tentang bencana itu.",
    )
    got = cleaner.clean(page(BBC_TITLE, "10 Desember 2025", *story))
    assert (got.title, got.authors, got.paragraphs) == (BBC_TITLE, (), story)
    # a writer's name followed by more words is no by-line: the line stays story
    line = "Penulis, Rina Wulandari, menolak berkomentar soal buku barunya yang akan terbit."
    got = cleaner.clean(page(BBC_TITLE, "10 Desember 2025", line, *BBC_STORY[:2]))
    assert got.authors == ()
    assert got.paragraphs == (line, *BBC_STORY[:2])


NU_STORY = (
    ("Sebulan setelah banjir melanda tiga provinsi, badan penanggulangan bencana melaporkan jumlah "
     "pengungsi mulai berkurang. Sebagian warga sudah kembali ke rumah."),
    "Total warga yang masih mengungsi tercatat ribuan orang, sebagian besar di dua kabupaten yang paling parah.",
    "Pemerintah daerah menyiapkan hunian sementara di lahan milik desa untuk warga yang rumahnya hanyut.",
)


def test_a_dateline_paragraph_with_no_dash_and_a_closing_rule() -> None:
    """nu.or.id: "Jakarta, NU Online" alone over the story was the headline; the rule of
    equals signs under it was the story's last paragraph."""
    got = cleaner.clean(page("Jakarta, NU Online", *NU_STORY, "============"))
    assert record(got) == {**EMPTY, "dateline": "Jakarta", "paragraphs": NU_STORY}
    assert rules(got) == [("Jakarta, NU Online", "dateline-outlet-line"), ("============", "lone-symbol")]


def test_the_dateline_paragraph_leaves_a_channel_desk_and_a_writer_alone() -> None:
    """A desk named like the outlet ("CNBC Indonesia TV, CNBC Indonesia") is no place, and
    a writer's two-word name before the channel stays the by-line's."""
    headline = "Pemerintah siapkan hunian sementara bagi warga terdampak banjir"
    got = cleaner.clean(page(headline, "Rina Sari, CNBC Indonesia", *NU_STORY))
    assert (got.title, got.authors, got.dateline, got.paragraphs) == (headline, ("Rina Sari",), None, NU_STORY)
    got = cleaner.clean(page(headline, "CNBC Indonesia TV, CNBC Indonesia", *NU_STORY))
    assert got.dateline is None
    assert got.paragraphs == NU_STORY


KPL_LEAD = ("Penyanyi muda asal Bandung merilis album kedua setelah tiga tahun vakum dari panggung "
            "musik. Album ini berisi sembilan lagu yang ditulisnya sendiri.")
KPL_ITEMS = (
    (("Lagu pembuka album ini bercerita tentang perjalanan pulang ke kampung halaman setelah "
      "bertahun-tahun merantau di kota besar yang jauh dari keluarga."),
     "Nada-nadanya sederhana, tetapi liriknya membuat pendengar teringat rumah."),
    (("Lagu kelima menjadi yang paling personal karena ditulis untuk mendiang neneknya yang "
      "membesarkannya sejak kecil di sebuah desa di kaki gunung."),
     "Ia mengaku menangis saat pertama kali merekamnya."),
)
KPL_CAPTIONS = ("Penyanyi muda saat jumpa pers (Image by contoh)", "Sampul album kedua (credit:contoh)")
KPL_PROMO = ("(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan update dan berita terbaru "
             "seputar dunia hiburan tanah air dan juga luar negeri. Klik di sini ya, Klovers!)")
KPL_CLOSE = "Yuk, baca artikel seputar musik Indonesia lainnya di Kapanlagi.com. Kalau bukan sekarang, KapanLagi?"


def test_a_kapanlagi_list_story_with_credited_captions_promos_and_items_printed_twice() -> None:
    """Before: both captions, the bracketed promo, the closing promo and each item's
    short second paragraph (printed twice) stayed in the story."""
    (a1, a2), (b1, b2) = KPL_ITEMS
    text = "\n".join([
        "Kapanlagi.com - " + KPL_LEAD,
        "Advertisement",
        KPL_CAPTIONS[0], a1, a2, a1, a2,
        KPL_PROMO,
        KPL_CAPTIONS[1], b1, b2, b1, b2,
        "Advertisement",
        KPL_CLOSE,
        "(kpl/khs)",
    ]) + "\n"
    got = cleaner.clean(text)
    assert record(got) == {**EMPTY, "captions": KPL_CAPTIONS, "paragraphs": (KPL_LEAD, a1, a2, b1, b2)}
    assert rules(got) == [
        ("Advertisement", "ad-label"), (KPL_CAPTIONS[0], "caption-paren-credit"),
        (a1, "repeated-line"), (a2, "repeated-line"), (KPL_PROMO, "follow-promo"),
        (KPL_CAPTIONS[1], "caption-paren-credit"), (b1, "repeated-line"), (b2, "repeated-line"),
        ("Advertisement", "ad-label"), (KPL_CLOSE, "outlet-promo-lines"), ("(kpl/khs)", "signoff")]


def test_short_lines_repeat_only_inside_a_repeated_run() -> None:
    """A short line printed again with no long repeat before it is story (a chorus, a
    schedule's row); after a repeat whose next line is a different one, or one far from
    its first print, too."""
    chorus = "Pulanglah, pulanglah ke rumah."
    long_a = KPL_ITEMS[0][0]
    got = cleaner.clean(page("Lirik lagu pembuka album kedua penyanyi muda", chorus, long_a, chorus))
    assert got.paragraphs == (chorus, long_a, chorus)
    other = "Penonton bertepuk tangan panjang setelah lagu itu selesai dibawakan."
    got = cleaner.clean(page("Lirik lagu pembuka album kedua penyanyi muda", long_a, chorus, long_a, other, chorus))
    assert got.paragraphs == (long_a, chorus, other, chorus)
    # a long row printed again far from its first print (a FAQ's or a table's row, one
    # per section) takes no short line after it: those are the section's own
    rows = ("Kereta berangkat dari stasiun utama.", "Penumpang boleh membawa sepeda lipat.",
            "Kereta tiba di stasiun akhir sore hari.")
    got = cleaner.clean(page("Lirik lagu pembuka album kedua penyanyi muda", long_a, chorus, *rows, long_a, chorus))
    assert got.paragraphs == (long_a, chorus, *rows, chorus)


def test_the_promos_and_credits_leave_story_lines_alone() -> None:
    """A story line urging readers, a bracketed aside that is no credit, and a line
    naming the site without its promo's words stay story."""
    story = (
        "Yuk, ikuti langkah berikut untuk memasang aplikasi itu di ponselmu sebelum konser dimulai.",
        "Ia membayar tiket konser dengan kartu kredit (credit card) milik kakaknya.",
        "Yuk, baca juga ulasan lengkap album pertamanya yang rilis tiga tahun lalu.",
    )
    got = cleaner.clean(page("Penyanyi muda rilis album kedua setelah tiga tahun vakum", "10 Juni 2025", *story))
    assert got.paragraphs == story
    assert got.captions == ()
