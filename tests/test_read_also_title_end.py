"""Where a "Baca juga" link glued into a joined line ends (`split-read-also`'s title).

A story joined into one line keeps its read-also links inline (kompas.com 2018, a story
with a Tribun Jabar photo, joined into one line as a project's example input: file id
43771688755 of the code index): "... Baca juga: <headline ending in '?'> <next sentence>".
The title ran on through the next sentence when its second word is one headlines print in
small letters ("Festival akan diisi ..."): two story sentences went to ``related``. A
title closed by '?' or '!' now ends there when a capital word and two small ones follow;
a headline that goes on in Title Case after its '?' ("... Naik? Ini yang Perlu
Diketahui") stays whole. Sentences and names are ours; the shape is the real line's.
"""

from __future__ import annotations

from tests.scored import scored_record

TITLE = "Judul Berita Contoh tentang Festival Sate di Kota Bandung"


def _page(line: str) -> str:
    return f"{TITLE}\n{line}\nKalimat penutup berita ini cukup panjang untuk sebuah cerita.\n"


def test_a_question_title_ends_where_a_sentence_starts() -> None:
    line = ("BANDUNG, KOMPAS.com - Festival sate kembali hadir pekan ini di pusat kota. "
            "Baca juga: Sate Raksasa 5 Meter Harga Rp 6 Juta, Apa Saja Isinya? "
            "Festival akan diisi oleh 40 tenan sate dari Bandung dan Garut. "
            "Syaratnya, tenan sudah berjualan selama enam bulan.")
    got = scored_record(_page(line))
    assert got["related"] == ["Sate Raksasa 5 Meter Harga Rp 6 Juta, Apa Saja Isinya?"]
    assert got["paragraphs"] == [
        "Festival sate kembali hadir pekan ini di pusat kota.",
        ("Festival akan diisi oleh 40 tenan sate dari Bandung dan Garut. "
         "Syaratnya, tenan sudah berjualan selama enam bulan."),
        "Kalimat penutup berita ini cukup panjang untuk sebuah cerita.",
    ]


def test_a_title_going_on_in_title_case_after_its_question_stays_whole() -> None:
    # negative: "? Ini yang Perlu ..." is the headline's own second half
    line = ("Warga antre sejak pagi di pasar kota. Baca juga: Kenapa Harga Naik? Ini yang Perlu "
            "Diketahui Pedagang mulai mengeluh soal pasokan.")
    got = scored_record(_page(line))
    assert got["related"] == ["Kenapa Harga Naik? Ini yang Perlu Diketahui"]
    assert "Pedagang mulai mengeluh soal pasokan." in got["paragraphs"]
