"""List fields (related, tags, captions, summary) of list shapes placed before, inside and
after a short story, as a text scrape and as HTML. Every page is written in our own words;
only the shape of each list (its label, its credit's form, where it stands) follows real
pages, named in each test. Each test fails without the change it names."""

from __future__ import annotations

import cleaner

HEADLINE = "Petani Garam Madura Keluhkan Harga yang Terus Merosot"
BYLINE = "Penulis: Rina Kartika"
DATE = "Senin, 12 Mei 2025 | 14:20 WIB"
STORY = [
    "Sumenep - Para petani garam di pesisir selatan Madura mengeluhkan harga jual yang turun tajam sejak awal bulan.",
    "Mereka menyebut harga di tingkat pengepul kini hanya separuh dari harga tahun lalu.",
    "Ketua kelompok tani setempat mengatakan biaya angkut dan upah buruh justru naik.",
    "Pemerintah daerah berjanji akan menemui para pengepul pekan depan untuk mencari jalan keluar.",
    "Sementara itu, sebagian petani memilih menyimpan hasil panen di gudang sampai harga membaik.",
]
BODY = (STORY[0].removeprefix("Sumenep - "), *STORY[1:])


def text_page(pre: tuple[str, ...] = (), mid: tuple[str, ...] = (), post: tuple[str, ...] = ()) -> str:
    """The headline, by-line and date, then the story with lines before, inside and after it."""
    return "\n".join([HEADLINE, BYLINE, DATE, *pre, *STORY[:3], *mid, *STORY[3:], *post]) + "\n"


def paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def html_page(pre: str = "", mid: str = "", post: str = "") -> str:
    """The same page as markup: the list's markup goes before, inside or after the story."""
    return (f"<!DOCTYPE html><html><head><title>{HEADLINE}</title></head><body>"
            "<header><nav><a href='/'>Beranda</a> <a href='/ekonomi'>Ekonomi</a></nav></header>"
            f"<main><article><h1>{HEADLINE}</h1><div class='byline'>{BYLINE}</div><time>{DATE}</time>"
            f"{pre}<div class='content'>{paras(STORY[:3])}{mid}{paras(STORY[3:])}</div>{post}</article></main>"
            "<footer><p>Hak cipta 2025 Contoh Berita</p></footer></body></html>")


def _caption_everywhere(caption: str) -> None:
    for where in ("pre", "mid", "post"):
        got = cleaner.clean(text_page(**{where: (caption,)}))
        assert got.paragraphs == BODY, where
        assert list(got.captions) == [caption], where
    for markup in (f"<p><img src='/a.jpg'></p><p>{caption}</p>", f"<div><img src='/a.jpg'><div>{caption}</div></div>"):
        got = cleaner.clean(html_page(mid=markup))
        assert got.paragraphs == BODY, markup
        assert list(got.captions) == [caption], markup


def test_an_antara_credit_after_the_caption_sentence_is_a_caption() -> None:
    """Antara's photo caption: the sentence with its date, then "ANTARA FOTO/Photographer/ini"
    (the photo editor's initials in small letters, a closing dot or none), as news sites'
    stored thumbnail captions print it (code index ids 53104899604, 15691800664,
    48261923760). Before: no caption, and inside or after the story the line stayed body
    (rule caption-foto-slash-credit)."""
    dated = "Petani memanen garam di tambak pesisir Sumenep, Senin (12/5/2025)."
    _caption_everywhere(f"{dated} ANTARA FOTO/Rudi Hartono/abc")
    _caption_everywhere(f"{dated} ANTARA FOTO/Rudi Hartono/abc.")
    _caption_everywhere("Petani memanen garam di tambak pesisir Sumenep. ANTARA FOTO/Rudi Hartono")


def test_a_sumber_foto_credit_is_a_caption() -> None:
    """"Sumber foto: ..." alone under the picture (sawitindonesia.com's CMS rows print it as a
    paragraph of its own, code index id 31915873629) or after the caption's sentence
    ("Ilustrasi. Sumber foto: ...", id 55874478518). Before: no caption, the line stayed body
    (rule caption-sumber-foto-credit)."""
    _caption_everywhere("Sumber foto: Humas Pemkab Sumenep")
    _caption_everywhere("Ilustrasi. Sumber foto: Dokumen pribadi")
    _caption_everywhere("Petani memanen garam di tambak pesisir Sumenep. Sumber foto: Humas Pemkab")


def test_story_sentences_that_name_a_photo_or_antara_stay_story() -> None:
    """The story's own sentences about a photo's source or Antara's photos are no captions."""
    lines = (
        "Polisi masih menelusuri sumber foto: akun penyebarnya sudah dihapus sejak pekan lalu.",
        "Warga menyimpan gambar itu. Sumber foto itu belum diketahui hingga kini.",
        "Kantor berita itu menjual foto. ANTARA FOTO/video dijual terpisah kepada pelanggan.",
    )
    for line in lines:
        got = cleaner.clean(text_page(mid=(line,)))
        assert line in got.paragraphs
        assert list(got.captions) == []


def test_a_dok_or_doc_credit_after_the_caption_sentence_is_a_caption() -> None:
    """Tempo 2015 prints its photo caption over the story as "<sentence>. Doc. <site> <NAME>"
    (dev corpus gold/corpus/anpandu-tempo-singlepage rendered as text: the caption gold
    holds); "Dok." is the same credit in Indonesian. Before: no caption; over the story the
    line was dropped as before-story, inside or after it the line stayed body (rule
    caption-foto-slash-credit)."""
    _caption_everywhere("Rektor membuka lomba lari antarkampus. Doc. kampuscontoh.ac.id HUMAS ONLINE")
    _caption_everywhere("Petani memanen garam di tambak pesisir Sumenep. Dok. Humas Pemkab Sumenep")
    for line in ("Ia menyerahkan berkas itu kepada penyidik. Dokumen lain menyusul pekan depan.",
                 "Warga membawa arsip lama. Dok. itu disimpan di balai desa. Petugas mencatatnya."):
        got = cleaner.clean(text_page(mid=(line,)))
        assert line in got.paragraphs
        assert list(got.captions) == []


SUMMARY = (
    "Harga garam di tingkat pengepul turun hingga separuh dari tahun lalu.",
    "Pemerintah daerah akan menemui para pengepul pekan depan.",
)


def test_a_ringkasan_berita_label_with_no_colon_heads_the_summary() -> None:
    """tempo.co 2025 prints "Ringkasan Berita" with no colon over its key-point sentences,
    above the story (search library pages corpus,
    tempo.co/prelude/100-hari-kabinet-prabowo-1198966). Before: only the label left the
    body; the items stayed as the story's first paragraphs, so the dateline was not cut
    (rule summary-block-bare-label)."""
    for label in ("Ringkasan Berita", "RINGKASAN BERITA"):
        for items in (SUMMARY, tuple(f"• {item}" for item in SUMMARY)):
            got = cleaner.clean(text_page(pre=(label, *items)))
            assert got.summary == SUMMARY, (label, items)
            assert got.paragraphs == BODY
            assert got.dateline == "Sumenep"
    tempo = "\n".join([HEADLINE, DATE, "Ringkasan Berita", *SUMMARY, "TEMPO.CO, Jakarta - " + BODY[0], *BODY[1:]])
    got = cleaner.clean(tempo, url="https://www.tempo.co/ekonomi/petani-garam-madura-123")
    assert (got.summary, got.paragraphs, got.dateline) == (SUMMARY, BODY, "Jakarta")


def test_a_longer_heading_or_a_sentence_about_a_summary_stays_story() -> None:
    """Only the two words alone are the label: a longer heading or a sentence stays."""
    for line in ("Ringkasan Berita Pekan Ini", "Ringkasan berita itu dibacakan di depan para hadirin."):
        got = cleaner.clean(text_page(mid=(line,)))
        assert line in got.paragraphs
        assert got.summary == ()

