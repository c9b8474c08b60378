"""Text renderings of real regional pages and news blogs that no test cited (blindtext51),
cleaned from the file alone (no URL, no outlet), as the held-out pages are scored.

Evidence (never copied: every page below is written for this file with invented sentences
and invented names, keeping only the layout: the order of the lines, the chrome's lines and
labels as printed). All are text renderings stored in the search library's pages corpus,
read 2026-12-06:

- DARA19: dara.co.id, a Bandung regional portal, 2019 (dara.co.id/trending-pekan-ini-ibu-
  kota-jabar-pindah-erupsi-tangkuban-parahu-hingga-kasus-pembakaran-mayat-di-dalam-mobil):
  the story opening "DARA | BANDUNG – ", its paragraphs, the last closed by "***", then
  "Editor: <login in small letters>". What was wrong: the prefix stayed in the first
  paragraph (the place lost) and the editor's line stayed the last paragraph (the editor lost).
- BIDIK25: bidik-kasusnews.com, 2025 (bidik-kasusnews.com/category/bupati/page/2): the story
  opening "Jateng – Bidik-Kasusnews.com | Pati – ". What was wrong: the province was read as
  the place and the rest of the prefix stayed in the story.
- SINARLAMPUNG20, SINARLAMPUNG18: sinarlampung.co as its archive prints it, 2018-20
  (snr.bils.my.id/category/tulang-bawang-barat/page/53): the headline, the story opening
  "Tulang Bawang barat (SL)-" (a compass word in small letters) or "Tulangbawang Barat ( SL)-"
  (a space inside the brackets), a "Baca : <title>" line, the sign-off "(<name>/red)". What
  was wrong: both prefixes stayed in the story and the place was lost.
- LONTAR09: lontarnews.blogspot.com, a Jember news blog, 2009 (lontarnews.blogspot.com/
  2009_08_26_archive.html): Blogger's Wikipedia gadget ("Wikipedia", "Hasil penelusuran"),
  the post's date, the headline, the story. What was wrong: "Hasil penelusuran" was the
  headline and the headline was read as a writer's name.
- OTOMOTIF1_23: otomotif1.com, 2023 (otomotif1.com/read/1224/bukan-hanya-jayapura-papua-akan-
  pemekaran-lagi-...), a site of the disway.id CMS: "sunbanner", the headline twice, a photo's
  caption with its credit between single hyphens ("<caption>-Berbagai Sumber-"), the headline
  again, the story with "Baca juga: <title>" lines and "×", then "Lanjutan,", "Sumber:",
  "BERITA TERKAIT", "Berita Lainnya". What was wrong: the caption stayed the first paragraph
  and "Lanjutan," the last.
- JATIMNET19: jatimnet.com, a Surabaya portal, 2019 (jatimnet.com/kaleidoskop-2019): the
  headline, the stamp "Senin, 30 December 2019 23:05 UTC" (an Indonesian weekday, an English
  month, the zone UTC), "Grafis : <name>", the story. What was wrong: no date was read (the
  zone "UTC" was no zone) and the stamp's line stayed out of every field.

Already right, kept as they are (no test here): batara.news 2023 (AMP, "BOJONEGORO,
BATARA.NEWS – "), riauinfo.com 2007 ("PEKANBARU (RiauInfo) - "), kabarviral79.com 2025
("By Admin On Rabu, Agustus 13, 2025", "TANGERANG, KabarViral79.Com – ", "(Reno)"),
wartatransparansi.com 2020 ("Oleh : <name>" over a column).
"""

from __future__ import annotations

from tests.scored import EMPTY_RECORD as EMPTY
from tests.scored import scored_record as _record


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- DARA19 --------------------------------------------------------------------------------

DARA_STORY = (
    "Kabar paling ramai pekan ini datang dari rencana pemerintah provinsi memindahkan pusat kantornya.",
    "Rencana itu ramai dibicarakan karena berbarengan dengan pembahasan pemindahan ibu kota negara.",
    "Gubernur menyebut kota lama sudah terlalu padat untuk menampung kantor pemerintahan.***",
)
DARA19 = _page("DARA | BANDUNG – " + DARA_STORY[0], *DARA_STORY[1:], "Editor: rinaws")


def test_dara19_bar_dateline_and_editor_login() -> None:
    assert _record(DARA19) == {**EMPTY, "editors": ["rinaws"], "dateline": "BANDUNG",
                               "paragraphs": list(DARA_STORY)}


def test_bar_route_line_is_no_dateline() -> None:
    line = "HARI 1 | JAKARTA - MADINAH"
    page = _page("Jadwal Perjalanan Umrah Sembilan Hari Bersama Jemaah Kota", "", line, "", *DARA_STORY)
    record = _record(page)
    assert record["dateline"] is None  # a route's bar and dash: no sentence after the dash
    assert record["paragraphs"] == list(DARA_STORY)


def test_editor_label_before_a_sentence_is_no_login() -> None:
    line = "Editor: tidak ada yang tahu siapa penulis naskah itu sebenarnya."
    record = _record(DARA19.replace("Editor: rinaws", line))
    assert record["editors"] == []
    assert record["paragraphs"][-1] == line


# ---- BIDIK25 -------------------------------------------------------------------------------

BIDIK_STORY = (
    "Bupati bersama unsur pimpinan daerah menggelar rembuk dengan warga soal kenaikan pajak, Jumat (8/8/2025).",
    "Pertemuan itu menyepakati pembatalan kenaikan pajak dan jam sekolah kembali seperti semula.",
)
BIDIK25 = _page("Jateng – Contoh-Kasusnews.com | Pati – " + BIDIK_STORY[0], BIDIK_STORY[1])


def test_bidik25_province_outlet_bar_place() -> None:
    assert _record(BIDIK25) == {**EMPTY, "dateline": "Pati", "paragraphs": list(BIDIK_STORY)}


# ---- SINARLAMPUNG20, SINARLAMPUNG18 ---------------------------------------------------------

SL_HEADLINE = "Dewan Minta Provinsi Periksa Proyek Jalan Beton Antardesa"
SL_RELATED = "Pekerjaan Jalan Beton di Desa Contoh Diduga Asal Jadi"
SL_STORY = (
    "Komisi III DPRD kabupaten menyayangkan mutu jalan beton yang baru selesai tetapi sudah retak di beberapa titik.",
    "\"Kalau baru sebulan sudah pecah, artinya ada yang tidak sesuai rancangan,\" kata sekretaris komisi itu, Sabtu.",
    "Ia meminta dinas terkait memeriksa ulang pekerjaan itu sebelum kerusakan meluas.",
)
SINARLAMPUNG20 = _page(
    SL_HEADLINE, "", "Tulang Bawang barat (SL)-" + SL_STORY[0], "", "Baca : " + SL_RELATED, "",
    SL_STORY[1], "", SL_STORY[2] + " (rina/red)",
)


def test_sinarlampung20_small_compass_word_place() -> None:
    assert _record(SINARLAMPUNG20) == {**EMPTY, "title": SL_HEADLINE, "dateline": "Tulang Bawang barat",
                                       "related": [SL_RELATED], "paragraphs": list(SL_STORY)}


def test_sinarlampung18_space_inside_the_brackets() -> None:
    page = SINARLAMPUNG20.replace("Tulang Bawang barat (SL)-", "Tulangbawang Barat ( SL)-")
    record = _record(page)
    assert record["dateline"] == "Tulangbawang Barat"
    assert record["paragraphs"][0] == SL_STORY[0]


def test_small_word_before_brackets_is_no_place() -> None:
    line = "Warga barat (SL)-kampung itu berkumpul di balai desa untuk membahas jalan yang rusak."
    record = _record(SINARLAMPUNG20.replace("Tulang Bawang barat (SL)-" + SL_STORY[0], line))
    assert record["dateline"] is None
    assert record["paragraphs"][0] == line


# ---- LONTAR09 ------------------------------------------------------------------------------

LONTAR_HEADLINE = "Langit Wonorejo Bertabur Kembang"  # four capitalised words, as the real one
LONTAR_STORY = (
    "Rabu malam (19/8), kecamatan kecil itu terang oleh obor dan kembang api di setiap sudutnya.",
    "Warga ikut menyalakan kembang api sendiri untuk memeriahkan tiga perayaan sekaligus.",
    "\"Yang disiapkan panitia hanya di belakang panggung, sisanya inisiatif warga,\" kata camat setempat.",
)
LONTAR09 = _page("Wikipedia", "", "Hasil penelusuran", "", "Rabu, 26 Agustus 2009", "", LONTAR_HEADLINE,
                 "", "", "", *LONTAR_STORY)


def test_lontar09_blogger_search_gadget_is_no_headline() -> None:
    assert _record(LONTAR09) == {**EMPTY, "title": LONTAR_HEADLINE, "published": "2009-08-26",
                                 "paragraphs": list(LONTAR_STORY)}


def test_search_results_sentence_stays() -> None:
    line = "Hasil penelusuran polisi menunjukkan pelaku sudah meninggalkan kota sejak pekan lalu."
    record = _record(LONTAR09.replace(LONTAR_STORY[1], line))
    assert line in record["paragraphs"]


# ---- JATIMNET19 ----------------------------------------------------------------------------

JATIM_HEADLINE = "Kilas Balik Setahun di Kota Contoh"
JATIM_STORY = (
    "BANYAK peristiwa terjadi di kota ini sepanjang tahun, dari politik sampai hiburan dan olahraga.",
    "Kota itu tetap menjadi sorotan karena tata kotanya dan prestasi pemerintah daerahnya.",
    "Tim redaksi merangkum peristiwa setahun itu dalam bentuk grafis yang bisa dibaca di bawah ini.",
)
JATIMNET19 = _page(JATIM_HEADLINE, "Senin, 30 December 2019 23:05 UTC", "Grafis : Rina Sari", *JATIM_STORY)


def test_jatimnet19_utc_stamp_is_the_published_date() -> None:
    assert _record(JATIMNET19) == {**EMPTY, "title": JATIM_HEADLINE, "published": "2019-12-30T23:05:00+00:00",
                                   "paragraphs": list(JATIM_STORY)}


def test_gmt_with_an_hour_offset_is_not_the_zero_zone() -> None:
    record = _record(JATIMNET19.replace("23:05 UTC", "23:05 GMT+7"))
    assert record["published"] != "2019-12-30T23:05:00+00:00"  # as on main: no stamp read here


# ---- OTOMOTIF1_23 --------------------------------------------------------------------------

OTO_HEADLINE = "Bukan Hanya Kota Contoh, Provinsi Ini Akan Dimekarkan Lagi, Cek Wilayahmu Termasuk Gak?"
OTO_CAPTION = "Daerah Mana yang Paling Sejahtera? Berikut Daftarnya, Nomor Satu Bikin Kaget-Berbagai Sumber-"
OTO_RELATED = "Bukan Ibu Kota! Bandara Terluas Ternyata Ada di Daerah Terkecil"
OTO_STORY = (
    "Pembahasan tentang pemekaran wilayah kini menjadi topik yang ramai diperbincangkan warga.",
    "Hal ini terutama berlaku di wilayah timur, tempat usulan daerah otonomi baru terus diajukan.",
    "Banyak warga penasaran kabupaten baru mana yang nantinya akan dibentuk di wilayah mereka.",
)
OTOMOTIF1_23 = _page(
    "sunbanner", "", OTO_HEADLINE, "", OTO_HEADLINE, "", OTO_CAPTION, "", OTO_HEADLINE, "", OTO_STORY[0], "",
    OTO_STORY[1], "", "Baca juga: " + OTO_RELATED, "", "×", "", OTO_STORY[2], "", "Lanjutan,", "", "Sumber:", "",
    "BERITA TERKAIT", "", "Berita Lainnya",
)


def test_otomotif1_23_hyphen_credit_caption_and_next_page_word() -> None:
    assert _record(OTOMOTIF1_23) == {**EMPTY, "title": OTO_HEADLINE, "captions": [OTO_CAPTION],
                                     "related": [OTO_RELATED], "paragraphs": list(OTO_STORY)}


def test_story_line_closing_with_a_hyphen_word_stays() -> None:
    line = "Warga menyebut jalan itu sebagai jalur alternatif menuju kota-Kabupaten Contoh, katanya."
    record = _record(OTOMOTIF1_23.replace(OTO_STORY[1], line))
    assert line in record["paragraphs"]
    assert record["captions"] == [OTO_CAPTION]


def test_continued_sentence_stays() -> None:
    line = "Lanjutan, pembahasan itu digelar pekan depan bersama seluruh kepala desa."
    record = _record(OTOMOTIF1_23.replace("Lanjutan,", line))
    assert record["paragraphs"][-1] == line
