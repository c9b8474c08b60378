"""A fake news site for the learning tests: a template of chrome (written for these
tests, unknown to the shipped rule sets) around story text generated from word lists.

`site_pages(n)` gives ``n`` pages of "contohwarta.id"; each `FakePage` knows its story
paragraphs and which of its lines are chrome, so tests can check every line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SITE = "contohwarta.id"
URL = "https://www.contohwarta.id/berita/{n}/judul-{n}"

_PEOPLE = ["Budi Santoso", "Siti Aminah", "Rina Wulandari", "Agus Pratama", "Dewi Lestari", "Hendra Wijaya",
           "Maya Sari", "Yusuf Hakim", "Lina Marlina", "Tono Sugiarto", "Fajar Nugroho", "Indah Permata"]
_ROLES = ["Kepala Dinas Pertanian", "Ketua RT setempat", "juru bicara kepolisian", "pengamat ekonomi",
          "Wali Kota", "pedagang pasar", "guru sekolah dasar", "petugas pemadam kebakaran", "dokter puskesmas"]
_PLACES = ["Bandung", "Sleman", "Kupang", "Pontianak", "Ambon", "Jember", "Padang", "Mataram", "Palu", "Kendari"]
_SUBJECTS = ["Warga desa", "Pemerintah kabupaten", "Para nelayan", "Petani jagung", "Pengurus koperasi",
             "Relawan muda", "Pedagang sayur", "Siswa sekolah menengah", "Tim penyelamat", "Pengemudi ojek"]
_VERBS = ["memperbaiki", "membangun", "membersihkan", "memeriksa", "menanam", "mengangkut", "mendata",
          "mengecat", "menjaga", "membagikan"]
_OBJECTS = ["jembatan kayu", "saluran irigasi", "pasar tradisional", "gedung serbaguna", "bibit pohon",
            "bantuan beras", "jalan kampung", "perahu motor", "tanggul sungai", "pos ronda"]
_WHEN = ["sejak pagi hari", "pada akhir pekan", "selama tiga hari", "menjelang musim hujan",
         "setelah rapat desa", "hingga sore hari", "sebelum hari raya", "di tengah cuaca panas"]
_WHY = ["agar hasil panen meningkat", "supaya anak-anak aman berangkat sekolah", "karena banjir bulan lalu",
        "demi kelancaran distribusi barang", "untuk menyambut tamu dari kota", "agar air tidak meluap"]
_TOPICS = ["Harga Cabai Naik di Pasar Induk", "Jalan Lingkar Selatan Mulai Dibangun", "Festival Layang-layang Digelar",
           "Sekolah Baru Dibuka di Pesisir", "Kapal Feri Tambah Jadwal Malam", "Panen Raya Padi Dimulai",
           "Bandara Perintis Diperpanjang", "Pameran Kerajinan Rotan Ramai Pengunjung", "Banjir Surut di Tiga Desa",
           "Stok Beras Dinyatakan Aman", "Pelabuhan Ikan Direnovasi", "Lomba Perahu Hias Meriah"]

#: A disclaimer some stories print inside the story (story text: must be kept).
DISCLAIMER = ("Informasi dalam artikel ini tidak menggantikan nasihat dokter, "
              "konsultasikan keluhan Anda ke tenaga medis.")
#: A quote many stories repeat (story text: must be kept).
QUOTE = "\"Kami akan terus mendampingi warga sampai semua kembali normal,\" kata pejabat itu kepada wartawan."
#: A sentence-like promo printed after the story on almost every page (chrome).
PROMO = "Tonton liputan lengkapnya setiap malam hanya di kanal Contoh Warta TV."


@dataclass
class FakePage:
    """One generated page: its text, its story paragraphs and its chrome lines."""

    url: str
    title: str
    story: list[str]
    chrome: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        return (f"{rng.choice(_SUBJECTS)} di {rng.choice(_PLACES)} {rng.choice(_VERBS)} "
                f"{rng.choice(_OBJECTS)} {rng.choice(_WHEN)} {rng.choice(_WHY)}.")
    if kind < 0.75:
        return (f"\"Kami {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_WHEN)},\" kata "
                f"{rng.choice(_PEOPLE)}, {rng.choice(_ROLES)}, di {rng.choice(_PLACES)}.")
    n = rng.randint(2, 950)
    return (f"Menurut {rng.choice(_PEOPLE)}, sebanyak {n} keluarga ikut {rng.choice(_VERBS)} "
            f"{rng.choice(_OBJECTS)} {rng.choice(_WHY)}.")


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 3)))


def make_page(n: int, rng: random.Random, *, disclaimer: bool, quote: bool, promo: bool) -> FakePage:
    """Page ``n``: headline, kicker and date, the story with chrome inside, then a tail."""
    title = f"{rng.choice(_TOPICS)}, Warga {rng.choice(_PLACES)} Menyambut Baik"
    story = [_paragraph(rng) for _ in range(rng.randint(6, 10))]
    if disclaimer:
        story.insert(rng.randint(2, len(story) - 1), DISCLAIMER)
    if quote:
        story.insert(rng.randint(1, len(story) - 1), QUOTE)
    hours = rng.randint(1, 23)
    page = FakePage(URL.format(n=n), title, story)
    day = rng.choice(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"])
    month = rng.choice(["Januari", "Maret", "Juni", "Agustus", "November"])

    def chrome(line: str) -> None:
        page.chrome.append(line)
        page.lines.append(line)

    page.lines.append(title)
    chrome(f"Diperbarui {day}, {rng.randint(1, 28)} {month} 2025 - {hours} jam lalu")
    for i, para in enumerate(story):
        page.lines.append(para)
        if i == 1:
            chrome("Geser terus untuk kisah selanjutnya")
        if i == 2:
            chrome(f"Sorotan: {rng.choice(_TOPICS)}")
        if i == 4:
            chrome(f"Dibaca {rng.randint(100, 99999)} kali hari ini")
    if promo:
        chrome(PROMO)
    chrome("Redaksi Contoh Warta | Pedoman Siber | Kontak Kami")
    return page


def site_pages(n: int = 60, *, seed: int = 7, disclaimer_share: float = 0.4, quote_every: int = 3,
               promo_share: float = 0.9) -> list[FakePage]:
    """``n`` pages: the disclaimer on ``disclaimer_share`` of them (in tenths: pages
    0-3 of every 10 for 0.4), the quote on 1 in ``quote_every``, the sentence-like
    promo on about ``promo_share`` of them."""
    rng = random.Random(seed)
    tenths = round(disclaimer_share * 10)
    return [make_page(i, rng, disclaimer=i % 10 < tenths, quote=i % quote_every == 0,
                      promo=rng.random() < promo_share) for i in range(n)]
