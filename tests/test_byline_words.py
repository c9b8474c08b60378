"""A by-line's own words before the name ("By", "Oleh", "von", "par", "Veröffentlicht
von") are no part of an author's name, and alone they are no name (SPEC: names only,
never a role label).

The shapes come from the peer suite's real pages (../shared/corpus/peer-suites, read
with ``tools/peer_eval.py``): a label element and the name's link glued with no space
(campino2k.de 2016: "Veröffentlicht vonChris Jung"), a label in its own element before
the name's (gothamist.com, thestkittsnevisobserver.com: the author came out as "By"),
"von"/"Par"/"Por" before the name (correctiv.org, tdg.ch, minuto30.com), WordPress's
"View all posts by" (lemire.me). The pages below are written for the test.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.names import is_name, without_byline_words

_STORY = "".join(
    f"<p>Paragraf {n} menjelaskan rencana pemerintah kota membangun taman baru di tepi sungai "
    "bagi warga yang selama ini tidak punya ruang terbuka di dekat rumah mereka.</p>"
    for n in ("pertama", "kedua", "ketiga", "keempat", "kelima")
)


def _page(byline: str) -> bytes:
    return (
        '<html lang="id"><head><title>Taman Baru di Tepi Sungai</title></head><body><article>'
        f"<h1>Taman Baru di Tepi Sungai</h1>{byline}{_STORY}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(("byline", "name"), [
    ('<div class="author"><span>By</span> <a href="/author/ani">Ani Lestari</a></div>', "Ani Lestari"),
    ('<div class="byline"><span class="label">Von</span><span class="name">Budi Santoso</span></div>',
     "Budi Santoso"),
    ('<p class="byline">Veröffentlicht von<a href="/author/cj">Chris Jung</a></p>', "Chris Jung"),
    ('<div class="author-name">Oleh: Rina Wulandari</div>', "Rina Wulandari"),
])
def test_a_by_line_label_is_not_part_of_the_name(byline: str, name: str) -> None:
    got = cleaner.clean(_page(byline))
    assert got.authors == (name,)
    assert got.editors == ()
    assert len(got.paragraphs) == 5
    assert not any(name in p or "By" in p.split() for p in got.paragraphs)


@pytest.mark.parametrize(("value", "name"), [
    ("von Heiko Adams", "Heiko Adams"),
    ("Par Kab Niang", "Kab Niang"),
    ("por Henry Montenegro", "Henry Montenegro"),
    ("View all posts by Daniel Lemire", "Daniel Lemire"),
    ("Geschrieben vonElisa Marvena", "Elisa Marvena"),
    ("| Klaus Weber", "Klaus Weber"),
    ("Oleh Rina Wulandari", "Rina Wulandari"),
    # A name that starts with a label's letters keeps them.
    ("Byron Sitompul", "Byron Sitompul"),
    ("Vonda Lestari", "Vonda Lestari"),
    ("Parman Suryo", "Parman Suryo"),
    ("Porman Siregar", "Porman Siregar"),
    ("Olehan Putra", "Olehan Putra"),
])
def test_the_name_without_its_label(value: str, name: str) -> None:
    assert without_byline_words(value) == name
    assert is_name(name)


@pytest.mark.parametrize("value", ["By", "by", "Von", "von", "Oleh", "Par", "Por", "Artikel von:", "Written by"])
def test_a_label_alone_is_no_name(value: str) -> None:
    assert without_byline_words(value) == value
    assert not is_name(value)
