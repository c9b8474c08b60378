"""Pages written for the robustness suites (no text here is taken from a real page).

`PAGE` is a text scrape with a headline, by-line, date, ad label, dateline,
read-also link and editor line; `STORY` is the body `cleaner` must give for it.
`HTML_PAGE` carries the same story as a small HTML document.
"""

from __future__ import annotations

from html import escape

STORY: tuple[str, ...] = (
    "Warga Desa Sukamaju bergotong royong memperbaiki jembatan yang rusak diterjang banjir pekan lalu.",
    "“Kami tidak bisa menunggu lama, anak-anak harus tetap bisa ke sekolah,” kata Budi, kepala desa setempat.",
    "Perbaikan dimulai sejak Sabtu pagi dan ditargetkan selesai dalam dua pekan – lebih cepat dari rencana semula.",
    "Menurut Budi, material bangunan dibeli dari hasil iuran warga dan bantuan donatur.",
    "Pemerintah kabupaten berjanji mengirim alat berat untuk mempercepat pekerjaan.",
)

TITLE = "Warga Gotong Royong Perbaiki Jembatan Desa"

PAGE = "\n".join((
    TITLE,
    "Penulis: Siti Aminah",
    "Senin, 3 Maret 2025 10:15 WIB",
    "ADVERTISEMENT",
    "Jakarta - " + STORY[0],
    STORY[1],
    STORY[2],
    "Baca Juga: Banjir Rendam Tiga Desa di Hulu Sungai",
    STORY[3],
    STORY[4],
    "Editor: Rina Wijaya",
)) + "\n"

#: The 1-based line of each STORY paragraph in PAGE.
STORY_LINES: tuple[int, ...] = (5, 6, 7, 9, 10)

HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
    f"<title>{escape(TITLE)}</title></head>\n<body><article>\n<h1>{escape(TITLE)}</h1>\n"
    "<p class=\"byline\">Penulis: Siti Aminah</p>\n"
    + "".join(f"<p>{escape(p)}</p>\n" for p in STORY)
    + "</article></body></html>\n"
)


#: A story of four paragraphs and its headline for the HTML container tests
#: (tests/test_html_container.py, tests/test_html_tail_prompts.py).
BRIDGE_PARAGRAPHS: list[str] = [
    ("Warga Desa Sukamaju memperbaiki jembatan gantung yang rusak sejak banjir bulan lalu, "
     "kata kepala desa kepada wartawan pada Senin pagi."),
    ("Perbaikan dikerjakan bergotong royong selama tiga hari, dengan bambu, kawat baja dan papan kayu "
     "yang dibeli dari iuran warga sendiri."),
    ("Jembatan itu menjadi satu-satunya jalan anak-anak menuju sekolah di seberang sungai, sehingga "
     "selama rusak mereka harus memutar sejauh dua kilometer."),
    ("Pemerintah kecamatan berjanji membangun jembatan beton tahun depan, tetapi warga memilih tidak "
     "menunggu dan mulai bekerja sendiri."),
]
BRIDGE_HEADLINE = "Warga Sukamaju Perbaiki Jembatan Gantung"
