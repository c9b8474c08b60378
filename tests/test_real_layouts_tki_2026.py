"""Tempo, Kumparan and IDN Times (and IDN Media's other sites): real pages not used before.

Evidence (never copied: the pages below are written for this file with invented
Indonesian sentences, keeping only the order and the shape of each line of chrome):

- tempo.co 2024-26 layout over a 2020 story, rendered as text (the search library's
  pages corpus: tempo.co/ekonomi/trending-bisnis-larangan-terbang-batik-air-hingga-
  penundaan-iuran-bp-jamsostek-589344): the reader upsell, the rubric ("Bisnis") alone
  on its line, the headline, a one-sentence deck, the date line "24 Agustus 2020 |
  06.23 WIB", the photo caption with its TEMPO credit around the zoom button's
  "Perbesar", then the story's paragraphs with the upsell and the ad slot's own name
  ("slot-iklan-300x100", "slot-iklan-300x600") between them.
- popmama.com 2025 (IDN Media's platform, shared with idntimes.com), rendered as text
  (the same corpus: www.popmama.com/life/health/hari-ibu-momentum-refleksi-dan-belajar-
  jalani-peran-dalam-keluarga-00-ffxgk-bh685d): "Baca artikel <site> lainnya di IDN
  App", the "For You" tab a word a line, the headline, the photo's credit alone printed
  twice, "Intinya sih..." over three marked sentences, an AI disclaimer, the story.
"""

from __future__ import annotations

from typing import Any

import cleaner

TEMPO_2024 = """Baca berita dengan sedikit iklan, klik di sini

Ekonomi

Ringkasan Pekan Ini: Harga Cabai Turun hingga Antrean Solar di Pantura

Berita ekonomi yang paling banyak dibaca kemarin dibuka oleh kabar turunnya harga cabai\
 di pasar induk.

14 Maret 2021 | 07.41 WIB

Pedagang menata cabai di lapak pasar induk. Dok. TEMPO/Nama Fotografer
Perbesar
Pedagang menata cabai di lapak pasar induk. Dok. TEMPO/Nama Fotografer

Baca berita dengan sedikit iklan, klik di sini

slot-iklan-300x100

TEMPO.CO, Jakarta - Berita ekonomi yang paling banyak dibaca sepanjang Sabtu, 13 Maret 2021, \
dibuka oleh turunnya harga cabai rawit di sejumlah pasar induk.

Baca berita dengan sedikit iklan, klik di sini

slot-iklan-300x100

Selain itu pembaca mengikuti antrean truk di sejumlah stasiun pengisian solar di jalur pantai utara.

slot-iklan-300x600

Kedua kabar itu paling banyak dibuka pembaca kanal ekonomi. Berikut ringkasannya:
"""


def _tempo() -> dict[str, Any]:
    return cleaner.clean(TEMPO_2024).to_dict()


def test_tempo_2024_text_rubric_over_headline_deck_and_date_line() -> None:
    """The rubric alone over the headline stopped the first-line headline search (no
    title), and the one-sentence deck was taken as the story's start: the date line
    stayed in the body and no date was read."""
    got = _tempo()
    assert got["outlet"] == "tempo"
    assert got["title"] == "Ringkasan Pekan Ini: Harga Cabai Turun hingga Antrean Solar di Pantura"
    assert got["subtitle"].startswith("Berita ekonomi yang paling banyak dibaca kemarin")
    assert got["published"] == "2021-03-14T07:41:00+07:00"
    assert got["dateline"] == "Jakarta"
    assert got["captions"] == ["Pedagang menata cabai di lapak pasar induk. Dok. TEMPO/Nama Fotografer"]
    assert got["paragraphs"][0].startswith("Berita ekonomi yang paling banyak dibaca sepanjang Sabtu")
    assert len(got["paragraphs"]) == 3


def test_tempo_2024_text_ad_slot_name_is_no_story() -> None:
    """The ad slot's own name ("slot-iklan-300x100") printed between paragraphs."""
    got = _tempo()
    assert not any("slot-iklan" in p or "| 07.41 WIB" in p for p in got["paragraphs"])
    assert ("ad-placeholder", "slot-iklan-300x600") in [(r["rule"], r["text"]) for r in got["removed"]]


IDN_2025 = """Baca artikel {site} lainnya di IDN App
For
You

Tips Menyiapkan Bekal Sekolah yang Sehat dan Tidak Membosankan

{credit}/Nama Fotografer
{credit}/Nama Fotografer
Intinya sih...
  • Bekal yang sehat tidak harus mahal. Sayur dan buah musiman bisa jadi pilihan yang hemat.
  • Libatkan anak saat memilih menu agar ia mau menghabiskan bekalnya di sekolah.
  • Ganti menu secara berkala supaya anak tidak cepat bosan dengan bekal yang sama.
Disclaimer: This summary was created using Artificial Intelligence (AI)

Menyiapkan bekal sekolah setiap pagi sering kali menjadi tantangan tersendiri bagi orangtua.\
 Waktu yang sempit membuat menu yang dibawa anak itu-itu saja.

Padahal, bekal yang bervariasi membantu anak mendapat gizi yang cukup selama belajar di sekolah,\
 kata seorang ahli gizi di Bandung, Senin (8/12/2025).

Berikut beberapa tips yang bisa dicoba di rumah.

1. Pilih bahan musiman

{credit}/Nama Fotografer
{credit}/Nama Fotografer

Sayur dan buah musiman biasanya lebih segar dan harganya lebih terjangkau di pasar.
"""

_SUMMARY = [
    "Bekal yang sehat tidak harus mahal. Sayur dan buah musiman bisa jadi pilihan yang hemat.",
    "Libatkan anak saat memilih menu agar ia mau menghabiskan bekalnya di sekolah.",
    "Ganti menu secara berkala supaya anak tidak cepat bosan dengan bekal yang sama.",
]


def test_idn_times_2025_text_app_tab_and_key_points() -> None:
    """IDN Times on the 2025 platform: the "For You" tab a word a line stopped the
    first-line headline search (no title), and the key-points bullets, sentences each,
    ended the box at its first item: the summary was empty and the bullets were story."""
    got = cleaner.clean(IDN_2025.format(site="IDN Times", credit="IDN Times")).to_dict()
    assert got["outlet"] == "idntimes"
    assert got["title"] == "Tips Menyiapkan Bekal Sekolah yang Sehat dan Tidak Membosankan"
    assert got["summary"] == _SUMMARY
    assert got["paragraphs"][0].startswith("Menyiapkan bekal sekolah setiap pagi")
    assert not any(p.startswith(("•", "For", "You", "Disclaimer")) for p in got["paragraphs"])


def test_idn_media_site_2025_text_generic_app_promo_and_key_points() -> None:
    """popmama.com (no outlet rule set: generic): the app promo naming the site was
    taken as the headline, and the key-points bullets were the story's first lines."""
    got = cleaner.clean(IDN_2025.format(site="Popmama", credit="Popmama.com")).to_dict()
    assert got["outlet"] == "generic"
    assert got["title"] == "Tips Menyiapkan Bekal Sekolah yang Sehat dan Tidak Membosankan"
    assert got["summary"] == _SUMMARY
    assert got["paragraphs"][0].startswith("Menyiapkan bekal sekolah setiap pagi")
    assert not any(p.startswith(("•", "Baca artikel", "Disclaimer")) for p in got["paragraphs"])
