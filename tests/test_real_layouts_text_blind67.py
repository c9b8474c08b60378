"""Text scrapes of real pages and crawler rows that no test cited (blindtext67), cleaned from
the file alone (no URL), as the held-out text scrapes are.

Evidence (never copied: every page below is written for this file with invented sentences
and names, keeping only the layout: the order of the lines, the chrome's lines and labels as
printed). Stories kept in public projects' files of the code index and pages of the search
library's pages corpus, read 2026-12-07:

- TVONE26: tvonenews.com 2026 stories as a crawl kept them, one line each (Aidil114/Project_stk
  data/1_data_mentah.csv @ 287928e8aaff1d3631c498535138063189cd2194, code index file id
  54889189240; a scraper of the site strips the same two labels from div.detail-content, file
  id 66119901580): "Makassar, tvOnenews.com- " (or "– ", or a dash glued to the next word, or
  "tvOnenews.com-" alone) story, "ADVERTISEMENT GULIR UNTUK LANJUT BACA" between the story's
  runs, the desk's initials "(abc/def)", and once more the two labels at the line's end. What
  was wrong: the overlay's words were no chrome; glued, the story run after them was dropped
  whole as a blob, or kept with "GULIR UNTUK LANJUT BACA" at its head (now cut with the label
  "ADVERTISEMENT" it follows, as one part); and the dateline stayed
  in the first paragraph (a domain with a capital inside was no outlet).
- OKZ21: video.okezone.com/play/2021/12/16/1/142891/... (2021, the pages corpus): the headline,
  the date, two story paragraphs split by lines of one space, "Reporter : <name>", "(abc)",
  "Follow Berita Okezone di Google News", the WhatsApp channel promo, "Bagikan Artikel Ini",
  "Berita Terkait" with no links under it, and the search prompt "Cari Berita Lain Di Sini".
  What was wrong: the prompt was the record's related title.
- ANT26: antaranews.com's credit under a story as a corpus project's residue rules keep it,
  "every fixture line ... a real shape" (code index file id 61593690773): "Pewarta: <name>Editor:
  <name> Copyright © ANTARA 2026", the editor's label glued to the writer's name. What was
  wrong: the editor was lost (the editor's part was dropped as a trailing title). The spaced
  variant, "Pewarta : <name> Editor: <name> COPYRIGHT © ANTARA 2026", was right.
- DETIK25: news.detik.com 2025 stories as a pipeline's raw scrape kept them, one line each
  (faizkhoiri21/news-workshop data/bronze/20250922/source=detik/part-000.jsonl @
  646e59e203936cf987f42c3d51667c0fcf167ee2, code index file id 37701903596): paragraphs joined
  by a space, two spaces where a paragraph ended, and the morning show's live player label
  "Saksikan Live DetikPagi:" glued to the last sentence; a rendering prints the label on a
  line of its own over the player. What was wrong: on its own line the label was the story's
  last paragraph. (Glued to the joined line's end it stays: a split rule needs a literal of its
  own, a scan of every page, ~5k instructions a seed page; left as found.)

Read and already right (whole records below): lampung.antaranews.com/berita/480057 (2021, a
story copied into a project's SQL dump with "\\r\\n" line ends, code index file id 20077673388:
"Bandarlampung (ANTARA) - " story, "Pewarta : <name>", "Editor : <name>", "COPYRIGHT ©
ANTARA 2021" on three lines), tempo.co 2025 stories in the same pipeline's raw scrape (the same repository's
source=tempo/part-000.jsonl, file id 36909909942: bodies joined into one line, the first word
in capitals, "ANGGOTA Komisi II DPR, ...", no dateline, numbered subheads run into the text),
salsabilafm.com/redaksi/page/19 (2025, a radio station's site in
the pages corpus: the headline, its comment count "0", "salsabilafm.com – " story, no place).
Left as found: tempo.co's daily story closed by the contributors' sentence alone, "<name>
berkontribusi dalam penulisan artikel ini." (a corpus project's residue-rule fixture, code index
file id 61593690773; a tempo.co scraper skips the block that holds it, file id 29830565879): it
stays the body's last paragraph. A branch of tempo-print-edition-credit for it opens with a name
and ends in a stop, so story lines pass the rule's screen: +12.2k instructions a seed page
(+0.27%, measured), the cost this rule's own note already turned down. tvonenews.com's quake
note "Disclaimer:Informasi ini ..." inside the story's
last run (the agency's own caveat, printed as the story's sentence).
"""

from __future__ import annotations

import cleaner
from tests.scored import EMPTY_RECORD as EMPTY
from tests.scored import scored_record as _record


def _page(*lines: str, end: str = "\n") -> str:
    return end.join(lines) + end


def _removed(page: str) -> dict[str, str]:
    return {r["text"]: r["rule"] for r in cleaner.clean(page).to_dict()["removed"]}


# ---- TVONE26 (the overlay's words between the story's runs; the domain with a capital) -------

T26_ONE = ("Pengelola pelabuhan memastikan kapal penumpang ke pulau-pulau kecil tetap berlayar meski "
           "gelombang tinggi. Jadwal keberangkatan hanya digeser dua jam.")
T26_TWO = ("\"Keselamatan penumpang tetap yang utama,\" ujar Kepala Pelabuhan Rina Wulandari, Selasa "
           "(3/3/2026). Petugas memeriksa pelampung di setiap kapal sebelum berangkat.")
T26_THREE = "Penumpang diminta datang satu jam lebih awal untuk pemeriksaan tiket."
OVERLAY = "ADVERTISEMENT GULIR UNTUK LANJUT BACA"
TVONE26 = _page(f"Kendari, tvOnenews.com- {T26_ONE} {OVERLAY} {T26_TWO} {OVERLAY} {T26_THREE} (abc/def) {OVERLAY}")


def test_tvone26_overlay_leaves_the_story_runs_and_the_dateline_is_cut() -> None:
    assert _record(TVONE26) == {**EMPTY, "dateline": "Kendari", "paragraphs": [T26_ONE, T26_TWO, T26_THREE]}
    removed = _removed(TVONE26)
    assert removed[OVERLAY] == "ad-label"
    assert removed["(abc/def)"] == "signoff"


def test_tvone26_dash_variants_and_no_place() -> None:
    for prefix, dateline in (("Kendari, tvOnenews.com – ", "Kendari"), ("Kendari, tvOnenews.com -", "Kendari"),
                             ("tvOnenews.com-", None)):
        record = _record(_page(f"{prefix}{T26_ONE} {OVERLAY} {T26_THREE}"))
        assert record == {**EMPTY, "dateline": dateline, "paragraphs": [T26_ONE, T26_THREE]}, prefix


def test_tvone26_overlay_on_lines_of_its_own() -> None:
    page = _page(T26_ONE, "", "ADVERTISEMENT", "", "GULIR UNTUK LANJUT BACA", "", T26_TWO, "", OVERLAY, T26_THREE)
    assert _record(page) == {**EMPTY, "paragraphs": [T26_ONE, T26_TWO, T26_THREE]}
    assert _removed(page)["GULIR UNTUK LANJUT BACA"] == "scroll-overlay"


def test_a_story_sentence_about_scrolling_stays() -> None:
    line = "Gulir untuk lanjut baca adalah ajakan yang kini muncul di banyak aplikasi berita, kata peneliti itu."
    assert _record(_page(T26_ONE, line))["paragraphs"] == [T26_ONE, line]


def test_a_place_before_a_sentence_with_a_capitalised_domain_stays() -> None:
    line = "Kendari, kotaKita.com menjadi situs yang paling sering dibuka warga pekan ini."
    assert _record(_page(T26_ONE, line))["paragraphs"] == [T26_ONE, line]


# ---- OKZ21 (the search prompt under an empty related block) ----------------------------------

O21_TITLE = "Pemerintah Minta Warga Tunda Perjalanan ke Luar Negeri"
O21_STORY = (
    "Pemerintah mengumumkan temuan kasus pertama varian baru di bandara. Pasien itu kini dirawat di rumah sakit.",
    "Terkait temuan itu, menteri kesehatan meminta warga menunda perjalanan ke luar negeri hingga akhir bulan.",
)
OKZ21 = _page(O21_TITLE, "", "Kamis 16 Desember 2021 17:11 WIB", O21_STORY[0], " ", O21_STORY[1], " ", " ",
              "Reporter : Rina Wulandari", "", "(abc)", "", "Follow Berita Okezone di Google News", "",
              "Follow WhatsApp Channel Okezone untuk update berita terbaru setiap hari", "", "Bagikan Artikel Ini", "",
              "Berita Terkait", "", "Cari Berita Lain Di Sini")


def test_okz21_search_prompt_is_no_related_title() -> None:
    assert _record(OKZ21) == {
        **EMPTY, "title": O21_TITLE, "authors": ["Rina Wulandari"], "published": "2021-12-16T17:11:00+07:00",
        "paragraphs": list(O21_STORY),
    }
    removed = _removed(OKZ21)
    assert removed["Cari Berita Lain Di Sini"] == "blog-search-gadget"
    assert removed["Follow Berita Okezone di Google News"] == "follow-promo"


def test_a_related_title_under_the_label_stays_related() -> None:
    title = "Warga Diminta Cek Jadwal Penerbangan Sebelum ke Bandara"
    record = _record(OKZ21.replace("Berita Terkait\n\n", f"Berita Terkait\n\n{title}\n\n"))
    assert record["related"] == [title]


# ---- ANT26 (the editor's label glued to the writer's name, the notice after) -----------------

A26_STORY = ("Jakarta (ANTARA) - Harga gabah di tingkat petani naik tipis pekan ini.",
             "Kementerian Pertanian mencatat panen raya di tiga provinsi selesai lebih awal.")
A26_CREDIT = "Pewarta: Rina WulandariEditor: Budi Santoso Copyright © ANTARA 2026"
ANT26 = _page(A26_STORY[0], "", A26_STORY[1], "", A26_CREDIT)


def test_ant26_glued_credit_names_the_writer_and_the_editor() -> None:
    assert _record(ANT26) == {
        **EMPTY, "authors": ["Rina Wulandari"], "editors": ["Budi Santoso"], "dateline": "Jakarta",
        "paragraphs": [A26_STORY[0].removeprefix("Jakarta (ANTARA) - "), A26_STORY[1]],
    }
    assert _removed(ANT26)["Editor: Budi Santoso Copyright © ANTARA 2026"] == "editor-line"


def test_ant26_spaced_credit_on_one_line() -> None:
    page = ANT26.replace(A26_CREDIT, "Pewarta : Rina Wulandari Editor: Budi COPYRIGHT © ANTARA 2026")
    assert _record(page) == {
        **EMPTY, "authors": ["Rina Wulandari"], "editors": ["Budi"], "dateline": "Jakarta",
        "paragraphs": [A26_STORY[0].removeprefix("Jakarta (ANTARA) - "), A26_STORY[1]],
    }


# ---- DETIK25 (the live player's label glued to the last sentence) ----------------------------

D25_ONE = "Tiga pendaki yang tersesat di lereng gunung ditemukan selamat. Mereka hilang sejak Sabtu sore."
D25_TWO = "Tim gabungan membawa ketiganya ke puskesmas terdekat pada Senin (22/9/2025) pagi."
LIVE = "Saksikan Live DetikPagi:"


def test_detik25_live_label_on_a_line_of_its_own() -> None:
    page = _page(D25_ONE, "", D25_TWO, "", LIVE)
    assert _record(page) == {**EMPTY, "paragraphs": [D25_ONE, D25_TWO]}
    assert _removed(page)[LIVE] == "video-promo"


def test_a_sentence_about_the_live_show_stays() -> None:
    line = "Saksikan Live DetikPagi: begitu ajakan di layar yang dibaca pembawa acara setiap pagi."
    assert _record(_page(D25_ONE, "", line))["paragraphs"] == [D25_ONE, line]


TEMPO25_ONE = ("ANGGOTA dewan kota meminta jadwal bus sekolah diumumkan sebelum tahun ajaran baru. \"Orang tua "
               "perlu tahu sejak awal,\" kata Rina Wulandari, Senin, 22 September 2025. 1. Jadwal Pagi Bus pagi "
               "berangkat pukul enam dari terminal.")


def test_tempo25_joined_body_stays_whole() -> None:
    assert _record(_page(TEMPO25_ONE)) == {**EMPTY, "paragraphs": [TEMPO25_ONE]}


# ---- read and right --------------------------------------------------------------------------

ANT21_STORY = (
    "Bandarlampung (ANTARA) - Kepala dinas pariwisata mengatakan pengelola tempat wisata berlomba mengurus sertifikat.",
    "\"Antusiasnya tinggi sekali,\" ujar Rina di Bandarlampung, Sabtu.",
    "Menurutnya, lebih dari seratus pengelola sudah mendaftar.",
)
ANT21 = "\r\n\r\n".join(ANT21_STORY) + "\r\n" + "\r\n".join(
    ("Pewarta : Rina Wulandari", "Editor : Budi Santoso", "COPYRIGHT © ANTARA 2021"))


def test_ant21_three_line_credit() -> None:
    assert _record(ANT21) == {
        **EMPTY, "authors": ["Rina Wulandari"], "editors": ["Budi Santoso"], "dateline": "Bandarlampung",
        "paragraphs": [ANT21_STORY[0].removeprefix("Bandarlampung (ANTARA) - "), *ANT21_STORY[1:]],
    }


S25_TITLE = "Warga Desak Dinas Segera Perbaiki Jembatan Gantung"
S25_STORY = ("contohfm.com – Warga dua desa mendesak dinas pekerjaan umum segera memperbaiki jembatan yang putus.",
             "\"Anak-anak harus memutar sepuluh kilometer ke sekolah,\" kata Rina Wulandari, Jumat (12/9/2025).")
SALSA25 = _page(S25_TITLE, "", "0", "", S25_STORY[0], "", S25_STORY[1])


def test_salsa25_comment_count_and_domain_dateline() -> None:
    assert _record(SALSA25) == {
        **EMPTY, "title": S25_TITLE, "paragraphs": [S25_STORY[0].removeprefix("contohfm.com – "), S25_STORY[1]],
    }
