"""Heads of 2026 article pages rendered as text (a browser's or a scraper's rendering).

The first page's head holds a breadcrumb printed one crumb a line, a date line, the
headline, its deck, the writer-and-editor line, then the photo's credit over its
caption, then the story. The second prints the date and the writer's name on one line.

Evidence (never copied: the page below is written for this file, same order of lines,
invented sentences and names): the structural mock of republika.co.id 2026 in
DonnyRZ/egi-media-crawl, fixtures/republika/sample-article.html @
fe3899ce09f979d63f69625c9c178147fd0f035b (placeholder text; its notes say the structure
was checked against live pages, July 2026): ul.breadcrumb of li "<a>Home</a> &gt;",
"<a>Ekonomi</a> &gt;", "<a>Energi</a>"; div.date "Jumat 24 Jul 2026 16:32 WIB"; the h1;
p.max-card__teaser; "Rep: Nama/ Red: <a>Nama</a>"; figcaption of div.source-img
("Foto: ...") then div.caption-img; article > p "REPUBLIKA.CO.ID, JAKARTA - ...".
Rendered with benchmarks/render.py, each crumb is a line of its own. The mock of
viva.co.id 2026 in the same repository, fixtures/viva/sample-article.html @
fe3899ce09f979d63f69625c9c178147fd0f035b: div.date-time holding time.date ("Jumat, 24
Juli 2026 06:10 WIB") and span.author, inline, rendered as one line.
"""

from __future__ import annotations

import cleaner

STORY = [
    ("KABARSATU.CO.ID, KUDUS - Pebulu tangkis muda asal Kudus menjuarai turnamen tingkat junior yang digelar "
     "di gedung olahraga kota pada akhir pekan."),
    "Ia mengalahkan unggulan pertama dalam pertandingan tiga gim yang berlangsung lebih dari satu jam.",
    "\"Saya berlatih setiap pagi sebelum sekolah,\" kata dia seusai menerima piala dari panitia.",
    "Panitia menyebut turnamen tahun ini diikuti lebih dari dua ratus peserta dari berbagai daerah.",
]
HEAD = [
    "Beranda >",
    "Olahraga >",
    "Bulu Tangkis",
    "Senin 9 Mar 2026 10:05 WIB",
    "Atlet Muda Kudus Juarai Turnamen Junior",
    "Pebulu tangkis berusia enam belas tahun itu mengalahkan unggulan pertama dalam tiga gim.",
    "Rep: Sari Lestari/ Red: Yoga Pratama",
    "Foto: Dok Panitia",
    "Sang juara mengangkat piala di atas podium usai laga final, Minggu sore.",
]


def test_a_trail_printed_a_crumb_a_line_is_no_headline() -> None:
    """"Beranda >" and "Olahraga >" are crumbs (the separator closes them); the last
    crumb, bare, sits over the date line and the headline: a rubric, not the headline."""
    article = cleaner.clean("\n".join(HEAD + STORY))
    assert article.title == "Atlet Muda Kudus Juarai Turnamen Junior"
    assert article.subtitle == HEAD[5]
    assert [r.rule for r in article.removed[:2]] == ["breadcrumb-crumb", "breadcrumb-crumb"]


def test_the_caption_under_the_photo_credit_is_no_story() -> None:
    """The caption line under "Foto: ..." and over the dateline paragraph goes to
    captions; the story starts at the dateline."""
    article = cleaner.clean("\n".join(HEAD + STORY))
    assert article.captions == ("Foto: Dok Panitia", HEAD[8])
    assert article.dateline == "KUDUS"
    assert article.paragraphs == (STORY[0].split(" - ", 1)[1], *STORY[1:])
    assert (article.authors, article.editors, article.published) == (
        ("Sari Lestari",), ("Yoga Pratama",), "2026-03-09T10:05:00+07:00")


def test_a_first_paragraph_under_a_credit_stays_without_a_dateline_under_it() -> None:
    """With no dateline paragraph under it, the line under the credit is the story's
    first paragraph: nothing tells it from a caption."""
    story = [s.split(" - ", 1)[-1] for s in STORY]
    article = cleaner.clean("\n".join(HEAD + story))
    assert article.paragraphs[0] == HEAD[8]
    assert article.captions == ("Foto: Dok Panitia",)


def test_a_crumb_needs_its_separator_and_few_words() -> None:
    """A headline with a ">" in it is no crumb, nor a line of more than three words."""
    text = "\n".join(["Harga Naik > 10 Persen di Tiga Kota", *STORY])
    assert cleaner.clean(text).title == "Harga Naik > 10 Persen di Tiga Kota"


def test_the_date_and_the_writer_on_one_line_give_both() -> None:
    story = [s.split(" - ", 1)[-1] for s in STORY]
    text = "\n".join(["Atlet Muda Kudus Juarai Turnamen Junior", "Senin, 9 Maret 2026 10:05 WIB Sari Lestari", *story])
    article = cleaner.clean(text)
    assert (article.title, article.authors, article.published) == (
        "Atlet Muda Kudus Juarai Turnamen Junior", ("Sari Lestari",), "2026-03-09T10:05:00+07:00")
    assert article.paragraphs == tuple(story)
    assert [r.rule for r in article.removed] == ["headline", "date-then-writer"]


def test_a_date_over_a_place_alone_gives_no_writer() -> None:
    story = [s.split(" - ", 1)[-1] for s in STORY]
    text = "\n".join(["Atlet Muda Kudus Juarai Turnamen Junior", "Senin, 9 Maret 2026 10:05 WIB Kudus", *story])
    assert cleaner.clean(text).authors == ()


def test_a_line_under_a_whole_caption_is_not_taken_as_its_caption() -> None:
    """Under a whole caption (more words than a credit) the next line is no second
    caption: antaranews 2016 prints a pull quote there, which is not the photo's."""
    head = [*HEAD[:7],
            "Foto: Sang juara mengangkat piala di atas podium usai laga final di gedung olahraga kota, Minggu sore.",
            "Latihan setiap pagi sebelum sekolah menjadi kunci kemenangannya di turnamen itu."]
    article = cleaner.clean("\n".join(head + STORY))
    assert article.captions == (head[7],)
