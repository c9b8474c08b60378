"""An editor printed as initials where a name stands.

Evidence (never copied: the page below is written for this file in our own words, same
tags, classes and order): the structural mock of beritasatu.com 2026 in
DonnyRZ/egi-media-crawl, fixtures/beritasatu/sample-article.html @
fe3899ce09f979d63f69625c9c178147fd0f035b (placeholder text; its notes say the structure
was checked against live pages): small.text-muted "Jumat, 24 Juli 2026 | 16:39 WIB",
then div.my-auto.small "Penulis: <b><a>Name</a></b> | Editor: <a><b>XX</b></a>", the
editor given as two capitals, then the figcaption and div.b1-article.body-content's p,
the first opened by "<strong>Jakarta, Beritasatu.com</strong> - ". SPEC.md: editors
are names only; the dev corpus's gold stores no writer for an initials sign-off
(anpandu-kapanlagi-singlepage: authors = []), and initials name no editor either.
"""

from __future__ import annotations

import cleaner
from benchmarks.render import render

STORY = [
    ("Pemerintah kota meresmikan taman baca di setiap kelurahan untuk menumbuhkan minat "
     "membaca anak-anak sejak usia dini."),
    ("Setiap taman baca menyediakan sedikitnya lima ratus buku cerita yang disumbangkan "
     "oleh warga dan sejumlah penerbit."),
]


def page(editor: str) -> str:
    story = "".join(
        f"<p>{'<strong>Jakarta, Beritasatu.com</strong> - ' if k == 0 else ''}{p}</p>"
        for k, p in enumerate(STORY))
    return f"""<!DOCTYPE html><html lang="id"><head><title>Taman Baca</title></head><body>
<small class="text-muted">Jumat, 13 Maret 2026 | 10:20 WIB</small>
<div class="d-flex my-3"><div class="flex-grow-1 d-flex pe-2"><div class="my-auto small">
Penulis: <b><a href="/penulis/x" class="b1-text-navy">Rina Marlina</a></b>
| Editor: <a href="/editor/y" class="text-danger"><b>{editor}</b></a>
</div></div></div>
<h1>Kota Resmikan Taman Baca di Setiap Kelurahan</h1>
<div class="row mt-3"><div class="col b1-article body-content">{story}</div></div>
</body></html>"""


def test_initials_in_the_editor_slot_name_no_editor() -> None:
    """The by-line's line leaves the body whole; the writer's name is kept, the
    editor's initials are no name."""
    text = render(page("RM"))
    assert "Penulis: Rina Marlina | Editor: RM" in text
    article = cleaner.clean(text)
    assert (article.authors, article.editors) == (("Rina Marlina",), ())
    assert article.paragraphs == tuple(STORY)
    assert article.dateline == "Jakarta"
    assert article.published == "2026-03-13T10:20:00+07:00"


def test_dotted_initials_are_no_name_either() -> None:
    article = cleaner.clean(render(page("R.M.")))
    assert article.editors == ()


def test_a_name_in_the_editor_slot_is_kept() -> None:
    """A short name is a name: only two or three capitals alone (or dotted letters)
    read as initials."""
    for editor, want in (("Yoga Pratama", ("Yoga Pratama",)), ("Budi", ("Budi",)), ("BUDI", ("BUDI",))):
        assert cleaner.clean(render(page(editor))).editors == want
    assert cleaner.clean(page("RM")).editors == ()
