"""Story markup of outlets few tests cite (investor.id, kontan.co.id, sindonews.com,
republika.co.id, emitennews.com, liputan6.com, cnnindonesia.com) and of kompas.com,
cleaned blind from the input alone: the story element as sites that copied the outlets'
stories keep it in their SQL dumps (a pipeline hands the cleaner the story's element
alone: a real input shape).

Every source was written to /tmp first, never into the project, and judged field by field
against SPEC.md. Sources (the code index's file ids, as `find_string` answers with them;
the repositories are not named by the index; none cited by a test before):

- INVESTOR20_GLUED: investor.id's July 2020 story pasted into a foundation site's `media`
  table (code index file id 57518303779, row 2): ``<p style=...>`` paragraphs, the lead
  "JAKARTA, investor.id – ", and the page's closing lines joined into the last paragraph,
  "... menutup acara. (gr) Editor : <name> (<user>@investor.co.id) Sumber : Investor
  Daily", then ``<br><br>`` "Artikel ini telah tayang di&nbsp;<a>Investor.id</a>&nbsp;
  dengan judul "..."" and ``<br><a href=...>`` the story's address. Cleaned blind, the
  editor was lost and the whole tail (initials, credit, source) stayed in the last
  paragraph, the address under the note a paragraph of its own. Fixed in generic.toml:
  `split-editor-tail` cuts an editor's credit that ends the line (with the source after
  it or not, after a sentence's end or a closing bracket) and the writer's initials in
  brackets before it; `editor-line` reads the name before a mail address in brackets
  (the same credit on a line of its own fell to trailing-fragments and the name was
  lost). The address under the note then goes as the story's trailing address.
- KOMPAS19_JOINED: kompas.com's November 2019 story copied whole into one ``<p>`` of a
  government office's SQL dump (code index file id 35406744650, row 2): the page's lines
  joined by spaces, a photo inside as "... 1. Kronologi kejadian <title>. Lihat Foto
  <title>.(THINKSTOCK) <story> ...", then ``<br /><br />`` "Artikel ini telah tayang di
  <a>Kompas.com</a> dengan judul "...", Klik untuk baca: <a>...</a>. ``<br /><br />``
  Editor : <name>" and the app's download links. Cleaned blind, the title, the button and
  the caption stayed in the paragraph. Fixed in generic.toml: `split-photo-button` cuts
  before the title (only when the caption prints it again), around "Lihat Foto" and after
  the caption's credit; `caption-paren-credit` reads a stock library's name in capitals
  ("(THINKSTOCK)", "(SHUTTERSTOCK)": only the mixed-case names were read); and
  `passes.repeats.mark_repeats` takes the title over the button as the caption's repeat
  (a title right over its caption was taken; with the button's dropped words between
  them, not). Row 3 of the same dump came back right ("Penulis <name> | Editor <name>
  BUTON TENGAH, KOMPAS.com &ndash; ", two "Baca juga: <title>" glued inside the story,
  the syndication note, "Penulis :" and "Editor :" lines).
- Came back right (no fix; whole records below keep them so), all from the same table:
  kontan.co.id's April 2021 story (row 7: one ``<p><span><span>`` of the whole story
  opening "KONTAN.CO.ID - JAKARTA. ", then ``<p>`` "Artikel Lengkap: <address>&nbsp;",
  ``<p>&nbsp;</p>``, "Oleh: <name>&nbsp;" and "Editor: <name>"); sindonews.com's July
  2020 story (row 4: the copier's note in a ``<p>`` with ``<strong>SINDONEWS&nbsp;
  </strong>``, ``<p>&nbsp;</p>``, "<strong>JAKARTA</strong><span><span>&nbsp;- ...",
  paragraphs parted by ``<br><br>`` inside each ``<p>``, the story's address last as a
  link); republika.co.id's August 2020 story (row 3: the copier's note, then
  "REPUBLIKA.CO.ID, JAKARTA -- " in a ``<span><span>``, English terms in ``<em style=...>
  <i>``, tag links ``a[href^="https://republika.co.id/tag/"] > strong > u`` whose text
  carries the spaces around it); emitennews.com's April 2021 story (row 6: "EmitenNews -
  " lead, ``<p><span><span><strong>Author: <initials>&nbsp;</strong>``, ``<p>&nbsp;</p>``,
  "<strong>Tautan Artikel Asli:</strong> <a>address</a>"). And liputan6.com's January
  2021 body field in a blog's `konten` table (code index file id 43739147045, row 1001:
  "<b>Liputan69.com,</b> Jakarta " (the copier's typo; the fixture spells the outlet
  right) with no dash, paragraphs parted by ``<br/><br/>``, one part starting after a
  line break). And cnnindonesia.com's November 2020 story in a news app's `posts` table
  (code index file id 22276282857, row 2): first a ``<div style="position: absolute;
  left: -99999px;">`` holding what kompas.com's copy handler put on the clipboard (another
  story's lines, "Artikel ini telah tayang di ... Klik untuk baca: <a>...</a>.",
  "Penulis : ...", "Editor : ...", the app's download links), then "<p>Jakarta, CNN
  Indonesia -- </p>" alone, then ``<p>`` paragraphs broken by line breaks inside, tag
  links ``span[style] > strong > a[href*="/tag/"] > span`` inside the sentences. The
  off-screen box is hidden from readers: neither its lines nor its names are the story's.

- SINDO20_NOTE: in sindonews.com's row above (and in republika.co.id's, when its note is
  not read as a headline) the copier's one-sentence note stands over the story. Cleaned
  blind, the note was the first paragraph and "JAKARTA - " stayed in the second (a
  dateline is cut from the story's first paragraph). Fixed in
  `passes.datelines._dateline_under_note`: on a page with no headline found, a story
  start of one short sentence (under 16 words) right over a dateline paragraph that signs
  the story as an outlet does (a place in capitals alone, or a site's name) is head
  matter, and the story starts at the dateline.

Noticed and left alone: republika.co.id's real row, its note longer, gives the note as
the title (the story starts at the dateline under it either way).

Every fixture keeps its source's markup (tags, classes, entities, nesting, the chrome's
labels as printed) with sentences and names written for this file.
"""

from __future__ import annotations

import cleaner
from tests.scored import EMPTY_RECORD
from tests.scored import scored_record as _record

_P = ('<p style=\'-webkit-text-stroke-width:0px;background-color:rgb(255, 255, 255);box-sizing:border-box;'
      'color:rgb(33, 37, 41);font-family:"Century gothic";font-size:16px;margin-bottom:1rem;margin-top:0px;\'>')

# INVESTOR20_GLUED (source above): the editor's credit and the source joined into the
# last paragraph, the syndication note and the story's address under it.
INVESTOR20_GLUED = (
    f"{_P}Berita seminar pencegahan korupsi di investor.id"
    f"{_P}&nbsp;</p>"
    f"{_P}JAKARTA, investor.id – Tiga pedoman pencegahan suap bisa dipakai perusahaan sebagai rujukan "
    "kebijakan kepatuhan di lingkungan kerja masing-masing. Seminar daring itu disiarkan televisi swasta, "
    "Rabu (15/7/2020).</p>"
    f"{_P}Seminar dibuka oleh ketua yayasan, Damar Wicaksono, lalu tiga pembicara memaparkan pedoman yang "
    "mereka jalankan di kantor masing-masing.</p>"
    f"{_P}“Mari mulai dari aturan yang sederhana dan mudah dijalankan,” kata pembawa acara, Sekar Ayuningtyas, "
    "menutup acara. (rs) Editor : Bima Prasetya (bima_prasetya@contoh.co.id) Sumber : Harian Contoh<br><br>"
    "Artikel ini telah tayang di&nbsp;<a style='background-color:transparent;' href=\"https://contoh.co.id/\">"
    "Contoh.co.id</a>&nbsp;dengan judul \"Tiga Pedoman Cegah Suap Bisa Jadi Rujukan\"<br>"
    "<a style='background-color:transparent;' href=\"https://contoh.co.id/national/tiga-pedoman-cegah-suap\">"
    "https://contoh.co.id/national/tiga-pedoman-cegah-suap</a></p></p>"
)


def test_investor_2020_glued_editor_credit_whole_record() -> None:
    """The editor's credit glued to the last sentence goes to editors, the source to
    source, the initials and the syndication note and the address under it leave the
    body; the dateline's place to ``dateline``."""
    assert _record(INVESTOR20_GLUED) == {
        **EMPTY_RECORD,
        "title": "Berita seminar pencegahan korupsi di investor.id",
        "editors": ["Bima Prasetya"],
        "dateline": "JAKARTA",
        "source": "Harian Contoh",
        "paragraphs": [
            ("Tiga pedoman pencegahan suap bisa dipakai perusahaan sebagai rujukan kebijakan kepatuhan di "
             "lingkungan kerja masing-masing. Seminar daring itu disiarkan televisi swasta, Rabu (15/7/2020)."),
            ("Seminar dibuka oleh ketua yayasan, Damar Wicaksono, lalu tiga pembicara memaparkan pedoman yang "
             "mereka jalankan di kantor masing-masing."),
            ("“Mari mulai dari aturan yang sederhana dan mudah dijalankan,” kata pembawa acara, Sekar Ayuningtyas, "
             "menutup acara."),
        ],
    }


def test_investor_2020_glued_tail_is_listed_as_removed() -> None:
    """The tail is not lost silently: each part is listed with the rule that took it."""
    removed = cleaner.clean(INVESTOR20_GLUED).to_dict()["removed"]
    rules = {item["text"]: item["rule"] for item in removed}
    assert rules["(rs)"] == "signoff"
    assert rules["Editor : Bima Prasetya (bima_prasetya@contoh.co.id)"] == "editor-line"
    assert rules["Sumber : Harian Contoh"] == "source-label"
    assert rules["https://contoh.co.id/national/tiga-pedoman-cegah-suap"] == "trailing-fragments"


def test_editor_credit_with_mail_address_on_its_own_line() -> None:
    """The credit with the editor's mail address on a line of its own: the name goes to
    editors (the address is no part of it)."""
    page = ("<p>JAKARTA, investor.id – Pasar modal ditutup menguat tipis pada perdagangan sore ini setelah "
            "investor asing kembali membeli saham perbankan.</p>"
            "<p>Indeks diperkirakan masih bergerak terbatas hingga akhir pekan, kata analis.</p>"
            "<p>Editor : Bima Prasetya (bima_prasetya@contoh.co.id)</p>")
    record = _record(page)
    assert record["editors"] == ["Bima Prasetya"]
    assert record["paragraphs"] == [
        ("Pasar modal ditutup menguat tipis pada perdagangan sore ini setelah investor asing kembali membeli "
         "saham perbankan."),
        "Indeks diperkirakan masih bergerak terbatas hingga akhir pekan, kata analis.",
    ]


def test_editor_named_inside_a_sentence_stays_story() -> None:
    """Negatives: an editor's credit that does not end the line, one with no sentence's
    end before it, and words after the name keep the paragraph whole."""
    lines = [
        "Rapat redaksi selesai sore itu. Editor: Bima Prasetya, kata dia, pulang lebih awal.",
        "Ia lama bekerja sebagai Editor: Bima Prasetya menyebutnya guru yang sabar.",
        "Buku itu terbit tahun lalu. Editor: Bima Prasetya menolak memberi komentar.",
    ]
    page = ("<p>Penerbit kecil di Kota Contoh kembali mencetak buku sejarah kampung yang lama habis di "
            "pasaran.</p>" + "".join(f"<p>{line}</p>" for line in lines)
            + "<p>Cetakan baru dijual di toko buku kota mulai pekan depan.</p>")
    record = _record(page)
    assert record["editors"] == []
    assert record["paragraphs"][1:4] == lines


_S = '<span style="background-color:rgb(255,255,255);color:rgb(33,37,41);"><span>'

# KONTAN21_KAKI (source above, row 7): the story in one paragraph, the copier's "Artikel
# Lengkap:" link, then the writer and the editor.
KONTAN21_KAKI = (
    f"<html><body><p>{_S}KONTAN.CO.ID - JAKARTA. Ketua asosiasi pengusaha mebel bersama dua lembaga "
    "pelatihan menandatangani kesepakatan kerja sama di Menara Niaga, pada Rabu (28/4). &ldquo;Kami akan "
    "mengajak anggota ikut program ini,&rdquo; ujar Hendra Kusuma. Menurut Hendra, asosiasi punya peran "
    "penting dalam membina perajin kecil.&nbsp;</span></span></p>"
    f"<p>{_S}Artikel Lengkap: https://amp.contoh.co.id/news/asosiasi-mebel-teken-kerja-sama&nbsp;</span></span></p>"
    "<p>&nbsp;</p>"
    f"<p>{_S}Oleh: Wulan Permatasari&nbsp;</span></span></p>"
    f"<p>{_S}Editor: Yoga Pratama</span></span></p></body></html>"
)


def test_kontan_2021_copy_with_writer_and_editor_under_it_whole_record() -> None:
    """The dateline's place to ``dateline``; the copier's labelled link leaves the body;
    "Oleh:" to authors, "Editor:" to editors."""
    assert _record(KONTAN21_KAKI) == {
        **EMPTY_RECORD,
        "authors": ["Wulan Permatasari"],
        "editors": ["Yoga Pratama"],
        "dateline": "JAKARTA",
        "paragraphs": [
            ("Ketua asosiasi pengusaha mebel bersama dua lembaga pelatihan menandatangani kesepakatan kerja sama "
             "di Menara Niaga, pada Rabu (28/4). “Kami akan mengajak anggota ikut program ini,” ujar Hendra "
             "Kusuma. Menurut Hendra, asosiasi punya peran penting dalam membina perajin kecil."),
        ],
    }


# EMITEN21 (source above, row 6): the writer's initials in bold under the story, the
# copier's link to the original.
EMITEN21 = (
    f"<html><body><p>{_S}EmitenNews - Tiga lembaga bisnis, Rabu (28/4/2021), menandatangani surat komitmen "
    "untuk melatih pengusaha muda. \"Kami siap menyebarkan program ini ke daerah,\" katanya. Program itu "
    "dimulai bulan depan.&nbsp;</span></span></p>"
    f"<p>{_S}<strong>Author: R S&nbsp;</strong></span></span></p>"
    "<p>&nbsp;</p>"
    f"<p>{_S}<strong>Tautan Artikel Asli:</strong> </span></span>"
    f"<a href=\"https://www.contohnews.com/news/tiga-lembaga-latih-pengusaha-muda#\">{_S}"
    "https://www.contohnews.com/news/tiga-lembaga-latih-pengusaha-muda#</span></span></a></p></body></html>"
)


def test_emitennews_2021_copy_with_author_initials_whole_record() -> None:
    """The outlet's lead is cut (no place); "Author:" to authors; the copier's link leaves
    the body."""
    assert _record(EMITEN21) == {
        **EMPTY_RECORD,
        "authors": ["R S"],
        "paragraphs": [
            ("Tiga lembaga bisnis, Rabu (28/4/2021), menandatangani surat komitmen untuk melatih pengusaha muda. "
             "\"Kami siap menyebarkan program ini ke daerah,\" katanya. Program itu dimulai bulan depan."),
        ],
    }


_G = '<span style="color:rgb(37,37,37);font-family:Arial, Helvetica, sans-serif;"><span>'

# SINDO20 (source above, row 4): the copier's note over the story, <br><br> inside each
# <p>, the story's address last.
SINDO20 = (
    f"<html><body>{_P}<strong>SINDONEWS&nbsp;</strong>menerbitkan berita mengenai pelatihan guru.&nbsp;</p>"
    f"{_P}&nbsp;</p>"
    f"{_P}<strong>JAKARTA</strong>{_G}&nbsp;- Yayasan pendidikan membuka program pelatihan guru sekolah "
    "dasar di tiga provinsi.</span></span><br><br>"
    f"{_G}Ketua yayasan, Lestari Handayani, mengatakan program itu menyasar guru di daerah terpencil."
    "</span></span><br><br>"
    f"{_G}\"Guru yang terlatih akan menularkan ilmunya,\" kata Lestari, di Jakarta, Senin (20/7/2020)."
    "</span></span></p>"
    f"{_P}{_G}Pelatihan pertama digelar bulan depan.</span></span></p>"
    f"{_P}<a style=\"background-color:transparent;\" href=\"https://ekbis.contoh.com/read/107816/34/"
    f"yayasan-buka-pelatihan-guru-1595297247\">{_G}https://ekbis.contoh.com/read/107816/34/"
    "yayasan-buka-pelatihan-guru-1595297247</span></span></a></p></body></html>"
)


def test_sindonews_2020_copy_with_copiers_note_whole_record() -> None:
    """The copier's note over the story leaves the body and the story starts at its
    dateline (the place in capitals to ``dateline``); each ``<br><br>`` part is a
    paragraph; the story's address under the last sentence leaves the body."""
    assert _record(SINDO20) == {
        **EMPTY_RECORD,
        "dateline": "JAKARTA",
        "paragraphs": [
            "Yayasan pendidikan membuka program pelatihan guru sekolah dasar di tiga provinsi.",
            "Ketua yayasan, Lestari Handayani, mengatakan program itu menyasar guru di daerah terpencil.",
            "\"Guru yang terlatih akan menularkan ilmunya,\" kata Lestari, di Jakarta, Senin (20/7/2020).",
            "Pelatihan pertama digelar bulan depan.",
        ],
    }


_R = '<span style="background-color:rgb(255,255,255);color:rgb(25,25,25);"><span>'
_EM = "<em style='color:rgb(25, 25, 25);font-family:\"Open Sans\", Arial, Helvetica, sans-serif;font-size:18px;'>"

# REPUB20 (source above, row 3): English terms in <em><i>, tag links in <strong><u>
# carrying their spaces.
REPUB20 = (
    f"<html><body>{_P}{_R}Media nasional meliput peluncuran program pelatihan guru.&nbsp;</span></span></p>"
    f"{_P}&nbsp;</p>"
    f"{_P}{_R}REPUBLIKA.CO.ID, JAKARTA -- Program pelatihan&nbsp;</span></span>{_EM}<i>Teacher Learning "
    f"Circle</i></em>{_R}&nbsp;(TLC) diluncurkan, Selasa (11/8).</span></span><br><br>"
    f"{_R}Ketua program</span></span><a href=\"https://republika.co.id/tag/tlc\"><strong><u>&nbsp;TLC&nbsp;"
    f"</u></strong></a>{_R}Indonesia Rahmat Hidayat menegaskan pentingnya pelatihan bagi guru muda."
    "</span></span><br><br>"
    f"{_R}\"Kami berharap program ini bertahan lama,\" kata Rahmat dalam siaran pers yang diterima&nbsp;"
    f"</span></span>{_EM}<i>Republika.co.id,</i></em>{_R}&nbsp;Selasa (11/8).</span></span></p></body></html>"
)


def test_republika_2020_copy_with_tag_links_whole_record() -> None:
    """The copier's note over the story leaves the body (no headline: the note is
    none); the dateline's place to ``dateline``; a tag link's spaces keep the words
    apart."""
    assert _record(REPUB20) == {
        **EMPTY_RECORD,
        "dateline": "JAKARTA",
        "paragraphs": [
            "Program pelatihan Teacher Learning Circle (TLC) diluncurkan, Selasa (11/8).",
            "Ketua program TLC Indonesia Rahmat Hidayat menegaskan pentingnya pelatihan bagi guru muda.",
            ("\"Kami berharap program ini bertahan lama,\" kata Rahmat dalam siaran pers yang diterima "
             "Republika.co.id, Selasa (11/8)."),
        ],
    }


# LIPUTAN21 (source above): the outlet in bold with no dash after the place, <br/><br/>
# parts, one after a line break.
LIPUTAN21 = (
    "<b>Liputan6.com,</b> Jakarta Kepala dinas kesehatan kota meyakini ia tertular saat makan bersama rekan "
    "kerja. Menurut dia, masker dilepas ketika makan.<br/><br/>“Karena saat makan kita pasti lepas masker,\" "
    "kata Rudi dalam keterangan resminya, Sabtu (23/1/2021).<br/><br/>\r\nSebelumnya diberitakan, Rudi "
    "dinyatakan positif pagi ini.<br/><br/>“Saya berusaha patuh menjalankan protokol,” Rudi menandasi."
)


def test_liputan6_2021_body_field_whole_record() -> None:
    """The place after the outlet's name goes to ``dateline`` with no dash; every
    ``<br/><br/>`` part is a paragraph."""
    assert _record(LIPUTAN21) == {
        **EMPTY_RECORD,
        "dateline": "Jakarta",
        "paragraphs": [
            ("Kepala dinas kesehatan kota meyakini ia tertular saat makan bersama rekan kerja. Menurut dia, "
             "masker dilepas ketika makan."),
            "“Karena saat makan kita pasti lepas masker,\" kata Rudi dalam keterangan resminya, Sabtu (23/1/2021).",
            "Sebelumnya diberitakan, Rudi dinyatakan positif pagi ini.",
            "“Saya berusaha patuh menjalankan protokol,” Rudi menandasi.",
        ],
    }


def test_short_lead_over_a_dateline_that_signs_no_outlet_stays_story() -> None:
    """Negatives: a short first paragraph stays when the line under it opens with a place
    in mixed case and no outlet, when it holds two sentences, and when it runs long."""
    rest = ("<p>Rute tahun ini melewati jalan protokol dan berakhir di alun-alun kota, kata ketua panitia.</p>"
            "<p>Pendaftaran dibuka hingga akhir bulan dan peserta mendapat kaus serta medali.</p>")
    under = "<p>Jakarta - Panitia menambah dua pos kesehatan di sepanjang rute lomba lari tahun ini.</p>"
    short = "<p>Lomba lari tahunan kembali digelar pekan depan.</p>"
    assert _record(short + under + rest)["paragraphs"][:2] == [
        "Lomba lari tahunan kembali digelar pekan depan.",
        "Jakarta - Panitia menambah dua pos kesehatan di sepanjang rute lomba lari tahun ini.",
    ]
    caps = "<p>JAKARTA - Panitia menambah dua pos kesehatan di sepanjang rute lomba lari tahun ini.</p>"
    two = "<p>Lomba lari kembali digelar. Pesertanya naik.</p>"
    assert _record(two + caps + rest)["paragraphs"][0] == "Lomba lari kembali digelar. Pesertanya naik."
    long = ("<p>Lomba lari tahunan yang diikuti ribuan pelari dari berbagai kota di seluruh negeri kembali "
            "digelar pekan depan di pusat kota.</p>")
    assert _record(long + caps + rest)["paragraphs"][0].startswith("Lomba lari tahunan yang diikuti ribuan")


# CNN20_HIDDEN (source above): an off-screen box of another story's copied lines, the
# dateline alone in its <p>, line breaks inside the paragraphs.
_RED = '<span style="color: #ff0000;">'
CNN20_HIDDEN = (
    "                <div style=\"position: absolute; left: -99999px;\">KOMPAS.com - Setelah \r\nsempat "
    "ditutup, taman kota kembali dibuka untuk \r\nwarga pada akhir pekan.\r\n\r\nPengelola menambah "
    "petugas kebersihan.<br><br> Artikel ini telah tayang di <a href=\"https://www.contoh.com/\">Contoh.com"
    "</a> dengan judul \"Taman Kota Dibuka Lagi\", Klik untuk baca: <a href=\"https://kota.contoh.com/read/"
    "2020/12/17/10050067/taman-kota-dibuka-lagi\">https://kota.contoh.com/read/2020/12/17/10050067/"
    "taman-kota-dibuka-lagi</a>. <br>Penulis : Rina Kartika<br>Editor : Dimas Saputra<br> <br> Download "
    "aplikasi <a href=\"https://www.contoh.com/\">Contoh.com</a> untuk akses berita lebih mudah dan cepat:"
    "<br>Android: <a href=\"https://bit.ly/contoh\">https://bit.ly/contoh</a></div>"
    "<p>Jakarta, CNN Indonesia -- </p>"
    f"<p>Pemilihan wali kota {_RED}<strong><a href=\"https://www.cnnindonesia.com/tag/pilkada\" "
    f"target=\"_blank\">{_RED}Kota Contoh</span></a></strong></span>\r\n dibuka pada Rabu (9/12) pagi. "
    "Sejumlah TPS di \r\npinggir kota menandai pertarungan antara petahana "
    f"{_RED}<strong><a href=\"https://www.cnnindonesia.com/tag/budi-hartono\" target=\"_blank\">{_RED}"
    "Budi Hartono</span></a></strong></span> dan penantangnya, Sari Wulandari.</p>"
    "<p>Pemungutan\r\n suara kali ini dilihat sebagai ujian bagi petahana\r\n setelah lima tahun menjabat."
    "</p>                                "
)


def test_cnnindonesia_2020_copy_under_an_off_screen_box_whole_record() -> None:
    """The off-screen box's lines (another story, its writer and editor) are no part of
    the record; the dateline alone on its line goes to ``dateline``; line breaks inside a
    paragraph are spaces."""
    assert _record(CNN20_HIDDEN) == {
        **EMPTY_RECORD,
        "dateline": "Jakarta",
        "paragraphs": [
            ("Pemilihan wali kota Kota Contoh dibuka pada Rabu (9/12) pagi. Sejumlah TPS di pinggir kota menandai "
             "pertarungan antara petahana Budi Hartono dan penantangnya, Sari Wulandari."),
            "Pemungutan suara kali ini dilihat sebagai ujian bagi petahana setelah lima tahun menjabat.",
        ],
    }


# KOMPAS19_JOINED (source above): the story's lines joined by spaces, a photo's title,
# button and caption inside, the syndication note, the editor and the app's links after
# line breaks.
KOMPAS19_JOINED = (
    "<p>KOMPAS.com - Rabu (27/11/2019) malam banjir bandang melanda dua desa di Kabupaten Contoh. Akibat "
    "kejadian tersebut, 25 rumah rusak. Berikut ini fakta selengkapnya: 1. Kronologi kejadian Ilustrasi "
    "sungai meluap. Lihat Foto Ilustrasi sungai meluap.(THINKSTOCK) Kepala desa mengatakan, air datang "
    "tiba-tiba setelah hujan deras semalaman. &ldquo;Kami langsung mengungsikan warga ke balai desa,&rdquo; "
    "ujarnya.<br /><br />Artikel ini telah tayang di <a href=\"https://www.kompas.com/\">Kompas.com</a> "
    "dengan judul \"Fakta Banjir Bandang di Kabupaten Contoh\", Klik untuk baca: <a href=\"https://regional."
    "kompas.com/read/2019/11/29/17561421/fakta-banjir-bandang-di-kabupaten-contoh\">https://regional.kompas."
    "com/read/2019/11/29/17561421/fakta-banjir-bandang-di-kabupaten-contoh</a>. <br /><br />Editor : Dewi "
    "Lestari<br /><br />Download aplikasi <a href=\"https://www.kompas.com/\">Kompas.com</a> untuk akses "
    "berita lebih mudah dan cepat:<br />Android: <a href=\"https://bit.ly/contoh\">https://bit.ly/contoh</a>"
    "<br />iOS: <a href=\"https://apple.co/contoh\">https://apple.co/contoh</a></p>"
)


def test_kompas_2019_joined_story_with_photo_button_whole_record() -> None:
    """The photo's title, its button and its caption are cut from the joined line: the
    caption (with its credit) to captions once, the title and the button out of the body;
    the story's runs between them stay; the note, the links and the editor's line leave
    the body, the name to editors."""
    assert _record(KOMPAS19_JOINED) == {
        **EMPTY_RECORD,
        "editors": ["Dewi Lestari"],
        "captions": ["Ilustrasi sungai meluap.(THINKSTOCK)"],
        "paragraphs": [
            ("Rabu (27/11/2019) malam banjir bandang melanda dua desa di Kabupaten Contoh. Akibat kejadian "
             "tersebut, 25 rumah rusak. Berikut ini fakta selengkapnya: 1. Kronologi kejadian"),
            ("Kepala desa mengatakan, air datang tiba-tiba setelah hujan deras semalaman. “Kami langsung "
             "mengungsikan warga ke balai desa,” ujarnya."),
        ],
    }


def test_photo_title_button_and_caption_on_lines_of_their_own() -> None:
    """The same photo as a page prints it, each on its line: the title over the button
    leaves the body as the caption's repeat; the caption with a stock library's credit in
    capitals goes to captions."""
    page = ("<p>Banjir bandang melanda dua desa di Kabupaten Contoh pada Rabu malam. Akibat kejadian itu, "
            "25 rumah rusak.</p><p>Ilustrasi sungai meluap.</p><p>Lihat Foto</p>"
            "<p>Ilustrasi sungai meluap.(SHUTTERSTOCK)</p>"
            "<p>Kepala desa mengatakan, air datang tiba-tiba setelah hujan deras semalaman.</p>")
    record = _record(page)
    assert record["captions"] == ["Ilustrasi sungai meluap.(SHUTTERSTOCK)"]
    assert record["paragraphs"] == [
        "Banjir bandang melanda dua desa di Kabupaten Contoh pada Rabu malam. Akibat kejadian itu, 25 rumah rusak.",
        "Kepala desa mengatakan, air datang tiba-tiba setelah hujan deras semalaman.",
    ]


def test_story_line_over_a_button_that_the_caption_does_not_repeat_stays() -> None:
    """Negatives: a story line over the button whose words the caption does not open
    with stays, and a story sentence naming a photo library in brackets stays."""
    page = ("<p>Banjir bandang melanda dua desa di Kabupaten Contoh pada Rabu malam.</p>"
            "<p>Warga mengungsi ke balai desa sejak dini hari.</p><p>Lihat Foto</p>"
            "<p>Ilustrasi sungai meluap.(THINKSTOCK)</p>"
            "<p>Foto-foto itu dibeli dari perusahaan stok foto (Thinkstock) sebelum terbit, katanya.</p>")
    assert _record(page)["paragraphs"] == [
        "Banjir bandang melanda dua desa di Kabupaten Contoh pada Rabu malam.",
        "Warga mengungsi ke balai desa sejak dini hari.",
        "Foto-foto itu dibeli dari perusahaan stok foto (Thinkstock) sebelum terbit, katanya.",
    ]
