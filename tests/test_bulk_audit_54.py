"""Round bulkaudit54: 61 rows of SHARED/corpus/bulk-2025-06-18.jsonl that no earlier
audit cited, spread over every site (liputan6.com 17, detik.com 14, okezone.com 9,
tempo.co 9, kompas.com 8, republika.co.id all 4 uncited), the shortest and longest of
each and rows with odd records, cleaned as users feed them
(``clean(text, url=row["url"], hints=row)``) and read against SPEC.md field by field;
then again with the text alone (no URL, no hints).

Every row read passed: no rule or code changed. The rows' shapes are pinned here so a
later change that breaks them fails, with negatives beside each (what must not move).
The fixtures keep each row's shape (line order, chrome lines and labels as printed, the
crawler's fields as printed); every story sentence, title and name is written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import cleaner
from cleaner.record import Article
from tests.test_text_real_outlets_b import record, rules
from tools.lost_lines import BULK


def clean_row(row: dict[str, str], text: str) -> Article:
    return cleaner.clean(text, url=row["url"], hints={**row, "text": text})


def body_fields(got: Article) -> dict[str, object]:
    """What a caller without URL or hints gets the same: all but the hint-fed fields."""
    rec = record(got)
    for key in ("outlet", "url", "title", "authors", "published"):
        rec.pop(key)
    return rec


# ---- tempo.co newsletter: a rubric in capitals over a one-line teaser (rows 112, 1927) ----

TEMPO_ROW = {
    "url": "https://newsletter.tempo.co/read/2000001/contoh-pasar-malam-di-pesisir",
    "site": "tempo.co",
    "title": "Contoh Pasar Malam di Pesisir",
    "author": "",
    "published": "28 April 2025 | 13.00 WIB",
}
TEMPO_TEASER = ("Pasar malam tahunan di kota pesisir itu kembali digelar selama dua hari pada akhir "
                "April. Panitia menghitung lebih dari tiga ratus lapak berjualan di sepanjang dermaga. "
                "Pengunjung datang dari kabupaten tetangga untuk mencicipi olahan ikan asap.")


def test_a_tempo_rubric_over_a_teaser() -> None:
    got = clean_row(TEMPO_ROW, "PERJALANAN\n" + TEMPO_TEASER)
    assert record(got) == {
        "outlet": "tempo", "url": TEMPO_ROW["url"], "title": TEMPO_ROW["title"], "subtitle": None,
        "authors": (), "editors": (), "published": "2025-04-28T13:00:00+07:00",
        "dateline": None, "source": None, "reading_time_minutes": None, "summary": (),
        "captions": (), "related": (), "tags": (), "paragraphs": (TEMPO_TEASER,)}
    assert rules(got) == [("PERJALANAN", "before-story")]
    bare = cleaner.clean("PERJALANAN\n" + TEMPO_TEASER)
    assert bare.outlet == "generic" and body_fields(bare) == body_fields(got)


def test_a_teaser_whose_first_word_is_in_capitals_keeps_it() -> None:
    # Rows 1244, 1487: Tempo prints the lead's first word in capitals, glued to the rest.
    teaser = "KEJAKSAAN negeri setempat " + TEMPO_TEASER[0].lower() + TEMPO_TEASER[1:]
    got = clean_row({**TEMPO_ROW, "author": "Rina Contoh"}, teaser)
    assert got.paragraphs == (teaser,)
    assert got.authors == ("Rina Contoh",)
    assert got.removed == ()


def test_tempo_co_as_the_by_line_hint_names_no_one() -> None:
    # Rows 359, 902, 1200, 1212, 1313, 1761: the hukum desk's teasers, the page joined on
    # one line after "TEMPO.CO,Jakarta-", the crawler's author the outlet's own name.
    row = {**TEMPO_ROW, "url": "https://hukum.tempo.co/read/1000001/contoh-gugatan-merek",
           "author": "Tempo.co", "published": "5 Mei 2018 | 15.06 WIB"}
    got = clean_row(row, "TEMPO.CO,Jakarta- " + TEMPO_TEASER)
    assert (got.outlet, got.authors, got.dateline, got.paragraphs) == ("tempo", (), "Jakarta", (TEMPO_TEASER,))
    assert got.published == "2018-05-05T15:06:00+07:00"
    assert got.warnings == ("the authors hint 'Tempo.co' names no person; not used",)


# ---- kompas.com: "Baca juga:" titles and a credit-first caption between the paragraphs ----
# (rows 179, 258, 771, 814, 1161, 1254, 1567, 1744)

KOMPAS_ROW = {
    "url": ("https://www.kompas.com/sains/read/2025/06/18/220000001/contoh-kura-kura-pulang-ke-pantai"
            "?utm_source=ABC&utm_medium=rss"),
    "site": "kompas.com",
    "title": "Kura-kura Contoh Pulang ke Pantai, Peneliti Heran",
    "author": "Tim Kompas.com, Dewi Contoh",
    "published": "Kompas.com- 18/06/2025, 22:07 WIB",
}
KOMPAS_STORY = (
    "Seekor kura-kura yang dilepas tiga tahun lalu kembali ke pantai tempat ia menetas.",
    "Peneliti mengenali hewan itu dari penanda kecil yang dipasang di cangkangnya.",
    "Menurut mereka, perjalanan pulang itu menempuh ribuan kilometer di laut lepas.",
    "Tim kini memasang pemancar untuk mengikuti ke mana kura-kura itu berenang berikutnya.",
)
KOMPAS_RELATED = ("Mengapa Kura-kura Selalu Kembali ke Pantai Asalnya?",
                  "Lima Fakta Penyu Hijau yang Jarang Diketahui")
KOMPAS_CAPTION = "SHUTTERSTOCK/Nama FotograferSeekor kura-kura berenang di perairan dangkal."


def kompas_text() -> str:
    return "\n".join((
        "KOMPAS.com- " + KOMPAS_STORY[0], KOMPAS_STORY[1], "Baca juga:" + KOMPAS_RELATED[0],
        KOMPAS_STORY[2], KOMPAS_CAPTION, "Baca juga:" + KOMPAS_RELATED[1], KOMPAS_STORY[3]))


def test_kompas_read_also_titles_and_a_caption() -> None:
    got = clean_row(KOMPAS_ROW, kompas_text())
    assert record(got) == {
        "outlet": "generic", "url": KOMPAS_ROW["url"], "title": KOMPAS_ROW["title"], "subtitle": None,
        "authors": ("Dewi Contoh",), "editors": (), "published": "2025-06-18T22:07:00+07:00",
        "dateline": None, "source": None, "reading_time_minutes": None, "summary": (),
        "captions": (KOMPAS_CAPTION,), "related": KOMPAS_RELATED, "tags": (),
        "paragraphs": KOMPAS_STORY}
    assert {rule for _, rule in rules(got)} == {"read-also-title", "caption-credit-first"}
    assert body_fields(cleaner.clean(kompas_text())) == body_fields(got)


def test_a_kompas_place_opens_the_dateline() -> None:
    # Rows 179, 814, 1567, 1744: "BEKASI, KOMPAS.com -" glued to the first word.
    text = kompas_text().replace("KOMPAS.com- ", "BEKASI, KOMPAS.com -", 1)
    got = clean_row(KOMPAS_ROW, text)
    assert got.dateline == "BEKASI" and got.paragraphs == KOMPAS_STORY


def test_a_story_line_naming_a_photo_agency_stays() -> None:
    # Negative: a sentence that names the agency mid-line is story, not a credit.
    line = "Foto dari SHUTTERSTOCK itu kemudian dipakai peneliti untuk mengukur cangkangnya."
    got = clean_row(KOMPAS_ROW, kompas_text().replace(KOMPAS_CAPTION, line))
    assert got.captions == () and line in got.paragraphs


# ---- okezone.com: "JAKARTA-" glued, the desk editor's name in brackets (rows 454, 1931) ----

OKEZONE_ROW = {
    "url": "https://lifestyle.okezone.com/read/2025/06/17/298/3000001/manfaat-contoh-biji-labu",
    "site": "okezone.com",
    "title": "Manfaat Contoh Biji Labu untuk Camilan Sehat",
    "author": "Sari Contoh",
    "published": ",\u00a0Jurnalis-Selasa, 17 Juni 2025 |17:09 WIB",
}
OKEZONE_STORY = (
    "Biji labu kini tak hanya dikenal sebagai camilan, tapi juga sumber gizi yang baik.",
    "Seorang ahli gizi menjelaskan kandungan seratnya membantu rasa kenyang lebih lama.",
    "Meski begitu, ia menyarankan biji labu dimakan tanpa tambahan garam yang berlebihan.",
)


def okezone_text(signoff: str = "(Budi Redaktur Contoh)") -> str:
    return "\n".join(("JAKARTA-" + OKEZONE_STORY[0], *OKEZONE_STORY[1:], signoff))


def test_okezone_dateline_and_the_desk_editor() -> None:
    got = clean_row(OKEZONE_ROW, okezone_text())
    assert record(got) == {
        "outlet": "generic", "url": OKEZONE_ROW["url"], "title": OKEZONE_ROW["title"], "subtitle": None,
        "authors": ("Sari Contoh",), "editors": ("Budi Redaktur Contoh",),
        "published": "2025-06-17T17:09:00+07:00", "dateline": "JAKARTA", "source": None,
        "reading_time_minutes": None, "summary": (), "captions": (), "related": (), "tags": (),
        "paragraphs": OKEZONE_STORY}
    assert rules(got) == [("(Budi Redaktur Contoh)", "signoff-name")]
    assert body_fields(cleaner.clean(okezone_text())) == body_fields(got)


def test_an_okezone_group_name_is_no_writer() -> None:
    # Rows 453, 1482: "MNC Media", "Tim Okezone": the group's or the desk's name.
    for author in ("MNC Media", "Tim Okezone"):
        got = clean_row({**OKEZONE_ROW, "author": author}, okezone_text())
        assert got.authors == () and got.editors == ("Budi Redaktur Contoh",), author


# ---- detik.com: a Deutsche Welle story and its credits under the story (row 1052) ----

DETIK_ROW = {
    "url": "https://news.detik.com/dw/d-0000001/contoh-bantuan-pangan-tertahan-di-perbatasan",
    "site": "detik.com",
    "title": "Contoh Bantuan Pangan Tertahan di Perbatasan",
    "author": "Deutsche Welle (DW) -detikNews",
    "published": "Rabu, 18 Jun 2025 17:16 WIB",
}
DETIK_STORY = (
    "Puluhan truk bantuan pangan tertahan di perbatasan sejak awal pekan ini.",
    "Para pengemudi mengaku belum menerima izin melintas dari petugas setempat.",
    "Lembaga kemanusiaan meminta semua pihak membuka jalur bagi bantuan tersebut.",
    "Sebagian muatan dilaporkan mulai rusak karena terlalu lama menunggu di bawah terik.",
)
DETIK_TAIL = (
    "Artikel ini pertama kali terbit dalam bahasa Jerman",
    "Diadaptasi oleh Nama Penerjemah",
    "Editor: Nama Penyunting",
    "Simak juga Video 'Antrean Truk Bantuan Mengular di Perbatasan':",
    "[Gambas:Video 20detik]",
)


def detik_text() -> str:
    return "\n".join((*DETIK_STORY[:2], "SCROLL TO CONTINUE WITH CONTENT", *DETIK_STORY[2:], *DETIK_TAIL))


def test_a_dw_story_credits_the_broadcaster() -> None:
    got = clean_row(DETIK_ROW, detik_text())
    assert record(got) == {
        "outlet": "generic", "url": DETIK_ROW["url"], "title": DETIK_ROW["title"], "subtitle": None,
        "authors": (), "editors": ("Nama Penyunting",), "published": "2025-06-18T17:16:00+07:00",
        "dateline": None, "source": "Deutsche Welle (DW)", "reading_time_minutes": None,
        "summary": (), "captions": (), "related": (), "tags": (), "paragraphs": DETIK_STORY}
    assert [rule for _, rule in rules(got)] == [
        "scroll-overlay", "syndication-note", "adaptation-credit", "editor-line", "video-promo",
        "embed-placeholder"]
    bare = cleaner.clean(detik_text())
    assert bare.source is None  # the broadcaster was the hint's word only
    assert bare.paragraphs == DETIK_STORY and bare.editors == ("Nama Penyunting",)


def test_a_detik_team_by_line_names_no_one() -> None:
    # Rows 483, 1463: "Tim detikcom -detikOto", "Tim detikcom -detikTravel".
    got = clean_row({**DETIK_ROW, "author": "Tim detikcom -detikTravel"}, detik_text())
    assert (got.authors, got.source) == ((), None)
    got = clean_row({**DETIK_ROW, "author": "Rina Contoh -detikTravel"}, detik_text())
    assert (got.authors, got.source) == (("Rina Contoh",), None)


# ---- republika.co.id: the container blob closed by the agency credit (row 503) ----

REPUBLIKA_ROW = {
    "url": "https://visual.republika.co.id/berita/xx00001/contoh-stasiun-baru-rampung",
    "site": "republika.co.id",
    "title": "",
    "author": "",
    "published": "Rabu   18 Jun 2025  22:00 WIB",
}
REPUBLIKA_STORY = (
    "Pekerja merapikan peron baru di stasiun kota kecil itu, Rabu (18/6/2025).",
    "Pengelola mencatat pembangunan stasiun sudah mencapai delapan puluh persen dan rampung akhir tahun.",
)


def republika_text() -> str:
    """Row 503's four lines: the blob of the whole page, its first paragraph (the stamp
    printed again), the blob of the rest, the last paragraph."""
    stamp = "REPUBLIKA.CO.ID, LEBAK -- "
    tail = "Ikuti Whatsapp Channel Republikasumber : Antara Foto"
    return "\n".join((stamp + "".join(REPUBLIKA_STORY) + tail, stamp + REPUBLIKA_STORY[0],
                      REPUBLIKA_STORY[1] + tail, REPUBLIKA_STORY[1]))


def test_republika_blob_and_agency_credit() -> None:
    got = clean_row(REPUBLIKA_ROW, republika_text())
    assert record(got) == {
        "outlet": "generic", "url": REPUBLIKA_ROW["url"], "title": None, "subtitle": None,
        "authors": (), "editors": (), "published": "2025-06-18T22:00:00+07:00",
        "dateline": "LEBAK", "source": "Antara", "reading_time_minutes": None, "summary": (),
        "captions": (), "related": (), "tags": (), "paragraphs": REPUBLIKA_STORY}
    assert {rule for _, rule in rules(got)} == {"container-blob"}
    assert body_fields(cleaner.clean(republika_text())) == body_fields(got)


# ---- liputan6.com: "Baca Juga" and "Advertisement" between the paragraphs (rows 212, 1197) ----

LIPUTAN6_ROW = {
    "url": "https://www.liputan6.com/disabilitas/read/6000001/contoh-kursi-roda-di-halte",
    "site": "liputan6.com",
    "title": "Contoh Halte Baru Ramah Kursi Roda",
    "author": "Tim Disabilitas",
    "published": "Diperbarui 17 Jun 2025, 16:02 WIB",
}
LIPUTAN6_STORY = (
    "Pemerintah kota meresmikan tiga halte baru yang bisa dinaiki pengguna kursi roda.",
    "Setiap halte dilengkapi jalur landai dan lantai yang sejajar dengan pintu bus.",
    "Langkah itu disambut komunitas difabel yang selama ini kesulitan naik bus kota.",
    "Mereka berharap halte serupa dibangun di seluruh koridor pada tahun depan.",
)


def liputan6_text(opening: str = "Liputan6.com, Jakarta -") -> str:
    return "\n".join((opening + LIPUTAN6_STORY[0], LIPUTAN6_STORY[1], "Baca Juga", LIPUTAN6_STORY[2],
                      "Advertisement", LIPUTAN6_STORY[3]))


def test_liputan6_chrome_words_and_a_desk_by_line() -> None:
    got = clean_row(LIPUTAN6_ROW, liputan6_text())
    assert record(got) == {
        "outlet": "generic", "url": LIPUTAN6_ROW["url"], "title": LIPUTAN6_ROW["title"], "subtitle": None,
        "authors": (), "editors": (), "published": "2025-06-17T16:02:00+07:00",
        "dateline": "Jakarta", "source": None, "reading_time_minutes": None, "summary": (),
        "captions": (), "related": (), "tags": (), "paragraphs": LIPUTAN6_STORY}
    assert rules(got) == [("Baca Juga", "read-also-bare"), ("Advertisement", "ad-label")]
    assert got.warnings == ("the authors hint 'Tim Disabilitas' names no person; not used",)
    assert body_fields(cleaner.clean(liputan6_text())) == body_fields(got)


def test_a_liputan6_dateline_glued_to_the_first_word() -> None:
    # Row 1197: "Liputan6.com, Jakarta" then the story with no dash or space.
    got = clean_row({**LIPUTAN6_ROW, "author": "Nama Penulis Contoh"}, liputan6_text("Liputan6.com, Jakarta"))
    assert got.dateline == "Jakarta" and got.paragraphs == LIPUTAN6_STORY
    assert got.authors == ("Nama Penulis Contoh",)


def test_a_story_line_saying_baca_juga_mid_sentence_stays() -> None:
    # Negative: the label alone on its line goes; a sentence that uses the words stays.
    line = "Warga diminta baca juga papan petunjuk sebelum menyeberang ke halte."
    got = clean_row(LIPUTAN6_ROW, liputan6_text().replace("Baca Juga", line))
    assert line in got.paragraphs


# ---- the real rows ----

#: The rows this round read, by site (0-based line numbers of the crawl file).
READ = {
    "liputan6.com": (212, 334, 543, 755, 802, 1149, 1193, 1197, 1230, 1371, 1438, 1531, 1542, 1584,
                     1682, 1823, 1921),
    "detik.com": (59, 232, 404, 483, 813, 905, 1048, 1052, 1160, 1194, 1285, 1463, 1561, 1827),
    "okezone.com": (453, 454, 514, 549, 840, 995, 1056, 1482, 1931),
    "tempo.co": (359, 902, 1200, 1212, 1244, 1313, 1487, 1761, 1884),
    "kompas.com": (179, 258, 771, 814, 1161, 1254, 1567, 1744),
    "republika.co.id": (471, 503, 958, 1691),
}
#: The fields a caller's URL and hints may fill; the rest of a record is the page's own.
HINTED = ("outlet", "url", "title", "authors", "published", "source")


def _rows(shared: Path) -> list[dict[str, str]]:
    with (shared / BULK).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_the_rows_read_with_and_without_url_and_hints(shared: Path) -> None:
    rows = _rows(shared)
    for site, numbers in READ.items():
        for i in numbers:
            row = rows[i]
            assert row["site"] == site, i
            got = cleaner.clean(row["text"], url=row["url"], hints=row)
            bare = cleaner.clean(row["text"])
            assert got.paragraphs and got.published is not None, i
            assert got.title == (" ".join(row["title"].split()) or None), i
            mine = {k: v for k, v in record(got).items() if k not in HINTED}
            theirs = {k: v for k, v in record(bare).items() if k not in HINTED}
            assert mine == theirs, i
            assert got.outlet == ("tempo" if site == "tempo.co" else "generic"), i


def test_specific_fields_of_rows_read(shared: Path) -> None:
    rows = _rows(shared)

    def get(i: int) -> Article:
        return cleaner.clean(rows[i]["text"], url=rows[i]["url"], hints=rows[i])

    got = get(112)  # a newsletter rubric over the teaser
    assert rules(got) == [("PERJALANAN", "before-story")] and len(got.paragraphs) == 1
    got = get(1931)  # okezone: the desk editor's name in brackets under the story
    assert got.authors == ("Clarisa Adiana",) and got.editors == ("Kemas Irawan Nurrachman",)
    assert got.dateline == "JAKARTA"
    got = get(1052)  # detik: a DW story, its editor and adapter under the story
    assert (got.source, got.authors, got.editors) == ("Deutsche Welle (DW)", (), ("Yuniman Farid",))
    got = get(503)  # republika: the blob closed by "sumber : Antara Foto"
    assert (got.source, got.dateline, len(got.paragraphs)) == ("Antara", "LEBAK", 2)
    got = get(1254)  # kompas: five read-also titles, one credit-first caption
    assert len(got.related) == 5 and got.captions[0].startswith("SHUTTERSTOCK/")
    got = get(771)  # kompas: "Tim Kompas.com, <name>"
    assert got.authors == ("Sem Bagaskara",) and got.dateline is None
    got = get(1197)  # liputan6: "Liputan6.com, Jakarta" glued to the first word
    assert got.dateline == "Jakarta" and got.paragraphs[0].startswith("Piala Dunia Antarklub")
    got = get(1517)  # liputan6 opinion: the page's writer note names the writer
    assert got.authors == ("Andi N.S. Kuncoro",)
