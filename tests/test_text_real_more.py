"""Text scrapes of whole pages as a reader's browser shows them, in our own words: each
test keeps the line shapes of a real page read from the search library's pages corpus
(its address in the docstring) and none of its sentences."""

from __future__ import annotations

import cleaner


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_deck_sentence_between_the_headline_and_the_dateline_is_no_story() -> None:
    """A deck that ends in a full stop, right under the headline and over the dateline
    paragraph (liputan6.com/regional/read/4588822, 2021): the story starts at the
    dateline, whose prefix is cut."""
    got = cleaner.clean(page(
        "Kabar Daerah: Pasar Terapung Dibuka Lagi hingga Festival Layang-Layang",
        "Inilah rangkuman kabar dari berbagai daerah pekan ini.",
        "Contohwarta.com, Banjarmasin - Pasar terapung di tepi sungai kota itu kembali ramai sejak pekan lalu.",
        "Para pedagang menjual sayur dan buah dari perahu kayu sejak subuh.",
    ))
    assert got.paragraphs[0].startswith("Pasar terapung di tepi sungai")
    assert got.dateline == "Banjarmasin"
    assert "Inilah rangkuman kabar dari berbagai daerah pekan ini." not in got.paragraphs


def test_a_caption_printed_twice_over_a_dot_co_dateline_is_no_story() -> None:
    """A photo's caption printed twice between the headline and a dateline naming a
    ".CO" domain in capitals (sumutpos.co, 2020): the captions leave the body and the
    dateline is cut."""
    caption = "PANEN RAYA Bupati meninjau sawah warga di pinggir kota, Senin (4/5)."
    got = cleaner.clean(page(
        "Petani Bersiap Menyambut Panen Raya",
        caption,
        caption,
        "MEDAN, CONTOHPOS.CO – Petani di pinggir kota bersiap memanen padi yang ditanam sejak awal tahun.",
        "Harga gabah diperkirakan stabil hingga akhir bulan, kata ketua kelompok tani.",
    ))
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
