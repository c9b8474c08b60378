"""Every metadata field the library printed, read for values that are no value of it
(fieldaudit36): the 990 peer-suite pages (../shared/corpus/peer-suites, read with
``tools/peer_eval.py``), the 1,937 bulk rows with and without the crawler's own fields as
hints, the dev corpus and every record of ``tools.dump_records``. One case per cause fixed,
in the shape it came from (the page is named beside it); the pages below are written for
the test, their markup copied in shape from the page named, their sentences our own.

SPEC: authors and editors are "names only, never a role label"; a dateline is "the place";
captions are photo captions (ad labels are chrome); published is the story's date.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.fields import Fields, split_names
from cleaner.names import name_value

_STORY = "".join(
    f"<p>Paragraf {n} menjelaskan rencana pemerintah kota membangun taman baru di tepi sungai "
    "bagi warga yang selama ini tidak punya ruang terbuka di dekat rumah mereka.</p>"
    for n in ("pertama", "kedua", "ketiga", "keempat", "kelima")
)


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="id"><head><title>Taman Baru di Tepi Sungai</title>{head}</head><body><article>'
        f"<h1>Taman Baru di Tepi Sungai</h1>{body}{_STORY}</article></body></html>"
    ).encode()


# ---- authors and editors: one reader of names (`cleaner.fields.name_value`) ----------

@pytest.mark.parametrize(("value", "name"), [
    # a by-line's label before the name, in the readers that never asked for one
    ("Publicado por Alberto González", "Alberto González"),  # biobiochile.cl (JSON-LD)
    ("Por Adriano Fernandes", "Adriano Fernandes"),  # campograndenews.com.br
    ("Zeige alle Beiträge von Petra Ruland", "Petra Ruland"),  # uniqz.de (WordPress)
    ("AuthorAndreas Kalt", "Andreas Kalt"),  # rete-mirabile.net: label and name glued
    ("Edited von Sadhbh O'Sullivan", "Sadhbh O'Sullivan"),  # refinery29.com/de-de
    # a role or contact button after the name
    ("Logan C. RitchieStaff Writer", "Logan C. Ritchie"),  # roughdraftatlanta.com
    ("Christoph Becker E-Mail", "Christoph Becker"),  # computerbase.de
    ("Grant Tinsley, PhD", "Grant Tinsley"),  # healthline.com
    # a name printed twice in a row, a stray bracket
    ("Olivier Minot Olivier Minot", "Olivier Minot"),  # arteradio.com
    ("Collins Dublin)", "Collins Dublin"),  # corkbeo.ie
    # negatives: real names stay as printed
    ("Tim Anderson", "Tim Anderson"),
    ("Walter von Aachen", "Walter von Aachen"),
    ("Agus S", "Agus S"),
    ("Brahm", "Brahm"),
    ("Byron Sitompul", "Byron Sitompul"),
    ("Vonda Lestari", "Vonda Lestari"),
    ("Nama Reporter", "Nama Reporter"),  # one role word after a space may end a name
    ("RATNA SARI", "RATNA SARI"),
    ("Jonathan Staff", "Jonathan Staff"),  # a desk's word inside a name is the name's
])
def test_a_credit_becomes_the_name_alone(value: str, name: str) -> None:
    assert name_value(value) == name


@pytest.mark.parametrize("value", [
    "Redaktion",  # fr.de, tennismagazin.de, otto.de and five more peer pages
    "auto-motor.at Redaktion", "Redacción EC", "TVT-Redaktion", "Redaksi", "Tim Redaksi",
    "Staff", "Editorial Staff", "HLNF Staff Report", "Newsdesk", "news service reports", "Support Team", "Super User",
    "Unknown", "No Author", "anónimo", "publisher", "Agencies",  # CMS placeholders and desks
    "wegewerk GmbH", "Deutscher Caritasverband e. V", "Hanns-Seidel-Stiftung e.V",  # organisations
    "AM EST", "PM IST",  # jobsnhire.com, economictimes.indiatimes.com: the clock's words
    "PhD",  # acpjournals.org: the degree split from "Name, PhD" at its comma
    "S", "D", "mf", "jd", "wia",  # a widget's letters (de.happycoffee.org), initials
    "Hinrich Neumann function initReCaptcha() { __tcfapi",  # topagrar.com: script text
    "Bild © hr",  # hessenschau.de: a photo credit
    "Photograph by EAG Antigua", "Foto: Rina Wulandari",  # nationalgeographic.co.uk: a credit line
    "Zuletzt geändert am:",  # caritas.de: a label
])
def test_what_names_no_person_is_no_author(value: str) -> None:
    assert name_value(value) == ""


def test_two_names_joined_and_each_alone_are_each_once() -> None:
    """faz.net (peer suite): its data layer's author "Benjamin Fischer und Marcus Theurer"
    and its JSON-LD's two Person items gave the pair and both names; spektrum.de and
    lebensmittelpraxis.de the same. A German "und" splits a printed by-line too."""
    fields = Fields()
    for item in ("Ani Lestari und Budi Santoso", "Ani Lestari", "Budi Santoso", "Citra Dewi"):
        fields.add_item("authors", item)
    assert fields.get("authors") == ("Ani Lestari", "Budi Santoso", "Citra Dewi")
    assert split_names("Ani Lestari und Budi Santoso") == ["Ani Lestari", "Budi Santoso"]
    # a pair whose names the list does not hold alone is the list's only credit: kept
    lone = Fields()
    lone.add_item("authors", "Ani Lestari und Budi Santoso")
    assert lone.get("authors") == ("Ani Lestari und Budi Santoso",)


def test_a_role_glued_after_the_name_in_an_author_box() -> None:
    """roughdraftatlanta.com 2023 (peer suite): the author box's h2 link holds the name and
    a span with the job title, no space between them."""
    box = ('<div class="author-bio-text"><div class="author-bio-header"><div>'
           '<h2 class="accent-header"><a href="/author/rina-wulandari/" rel="author">'
           'Rina Wulandari<span class="author-job-title">Staff Writer</span></a></h2>'
           '</div></div></div>')
    got = cleaner.clean(_page(box))
    assert got.authors == ("Rina Wulandari",)
    assert len(got.paragraphs) == 5


def _ld(author: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Taman Baru di Tepi Sungai", "datePublished": "2022-05-03T23:57:00+07:00", '
            f'"author": {{"@type": "Person", "name": "{author}"}}}}</script>')


def test_an_html_entity_in_json_ld_is_its_character() -> None:
    """paginasiete.bo 2022 (peer suite): JSON-LD ``"name": "Redacci&oacute;n Diario ..."``
    (an entity inside the JSON string) came out as two "authors", "Redacci" and "oacute"
    (split at the entity's ";"). Decoded, a person's name is whole, and the desk is none."""
    person = cleaner.clean(_page("", _ld("Mar&iacute;a L&oacute;pez")))
    assert person.authors == ("María López",)
    desk = cleaner.clean(_page("", _ld("Redacci&oacute;n Diario Contoh")))
    assert desk.authors == ()


def test_the_clock_words_beside_a_date_are_no_author() -> None:
    """jobsnhire.com 2016 (peer suite): ``<div class="bk_timeline">Feb 14, 2016 10:47 AM
    EST</div>`` over the headline gave the author "AM EST"."""
    got = cleaner.clean(_page("").replace(
        b"<article>", b'<article><div class="bk_timeline">Mei 3, 2022 10:47 AM EST</div>'))
    assert got.authors == ()


# ---- published: Unix time 0 is no story's date ---------------------------------------

def test_unix_time_zero_is_no_published_date() -> None:
    """portalspozywczy.pl (peer suite): JSON-LD ``"datePublished":
    "1970-01-01T01:00:00+01:00"``, a CMS's unset date, became the record's date."""
    head = _ld("Rina Wulandari").replace("2022-05-03T23:57:00+07:00", "1970-01-01T01:00:00+01:00")
    assert cleaner.clean(_page("", head)).published is None
    real = cleaner.clean(_page("", _ld("Rina Wulandari")))
    assert real.published == "2022-05-03T23:57:00+07:00"


# ---- captions: an ad slot's label and a slide counter are no caption ------------------

def test_an_ad_label_in_a_figure_is_no_caption() -> None:
    """speicherguide.de, meedia.de, haus.de, tichyseinblick.de (peer suite): an ad slot's
    ``<div class="contentad"><div style="...">Anzeige</div><div class="bn_content"><a><img
    alt=""></a>`` inside the story gave the caption "Anzeige"; grazia-magazin.de and
    ok-magazin.de gave their galleries' "1/2", "2/2"."""
    fields = Fields()
    caption = "Warga menanam pohon di tepi sungai. (FOTO/Rina)"
    for item in ("Anzeige", "ANZEIGE", "Advertisement", "1/2", "2 / 2", caption):
        fields.add_item("captions", item)
    assert fields.get("captions") == (caption,)


def test_a_credit_alone_stays_a_caption() -> None:
    fields = Fields()
    fields.add_item("captions", "Shutterstock")
    fields.add_item("captions", "IDN Times/Rina Kartika")
    assert fields.get("captions") == ("Shutterstock", "IDN Times/Rina Kartika")


# ---- related: a date printed in the link after the title -----------------------------

def test_a_date_in_a_related_card_is_no_part_of_its_title() -> None:
    """lebensmittelpraxis.de 2023 (peer suite): ``div.relateditems > ul > li.relateditem >
    a > span.item__content`` with ``h4.item__subtitle``, ``span.item__title`` and
    ``span.item__date`` "27.10.2023": the titles came out with the date; dw.com 2020 the same.
    The first card keeps the page's white space between the spans, the second is minified."""
    box = ('<div class="moduletable"><h3>Das könnte Sie auch interessieren</h3><div class="relateditems">'
           '<ul class="relateditems__list mod-list">' + "".join(
               f'<li class="relateditem"><a href="/berita/{n}-kabar.html"><span class="item__content">'
               f'<h4 class="item__subtitle">Kota</h4><span class="item__title">{title}</span>{gap}'
               f'<span class="item__date">27.10.2023</span></span></a></li>'
               for n, title, gap in ((1, "Pasar pagi kembali ramai pembeli", "\n  "),
                                     (2, "Jembatan baru dibuka untuk warga", "")))
           + "</ul></div></div>")
    page = _page("").replace(b"</article>", b"</article>" + box.encode())
    got = cleaner.clean(page)
    assert got.related == ("Pasar pagi kembali ramai pembeli", "Jembatan baru dibuka untuk warga")
    assert len(got.paragraphs) == 5


@pytest.mark.parametrize("title", [
    "Polizeimeldungen aus dem Landkreis bis 15.10.2023",  # n-land.de: the title's own date
    "Harga Emas Hari Ini, 5 Juni 2025",  # a day in words ends many headlines
    "Jadwal 12.10.2023",  # too short to be a title with a date after it
])
def test_a_titles_own_date_stays(title: str) -> None:
    fields = Fields()
    fields.add_item("related", title)
    assert fields.get("related") == (title,)


# ---- dateline: a day's or a month's name is no place ---------------------------------

_TEXT_STORY = ("warga berkumpul di alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan "
               "yang digelar pemerintah daerah setempat bersama ratusan peserta.")


def _text(opening: str) -> str:
    return (f"Judul Berita Contoh Yang Cukup Panjang Untuk Dibaca\n\n{opening}Warga {_TEXT_STORY}\n\n"
            f"Para peserta {_TEXT_STORY}\n\nSelain itu {_TEXT_STORY}")


@pytest.mark.parametrize("opening", ["Senin - ", "SENIN - ", "Jumat - ", "MEI - ", "Januari - "])
def test_a_day_or_month_before_a_dash_is_no_dateline(opening: str) -> None:
    """The "PLACE - " rules read any capitalised word before a dash; a day's or a month's
    name there is no place (no page of ours printed one; the rules read it so)."""
    assert cleaner.clean(_text(opening)).dateline is None


@pytest.mark.parametrize(("opening", "place"), [("BANDUNG - ", "BANDUNG"), ("Jakarta - ", "Jakarta"),
                                                ("Banyuwangi - ", "Banyuwangi")])
def test_a_real_place_stays_the_dateline(opening: str, place: str) -> None:
    got = cleaner.clean(_text(opening))
    assert got.dateline == place
    assert got.paragraphs[0].startswith("Warga ")


# ---- hints: the crawler's by-line goes through the same reader of names -----------------

@pytest.mark.parametrize(("author", "want"), [
    ("wia -detikNews", ()),  # bulk row 1527: detik's initials
    ("CNN Indonesia -detikTravel", ()),  # bulk rows 473, 1176, 1302: an outlet's name
    ("Rina Wulandari -detikNews", ("Rina Wulandari",)),
    ("Henry", ("Henry",)),  # liputan6.com's one-word names stay
])
def test_a_by_line_hint_names_a_person_or_nothing(author: str, want: tuple[str, ...]) -> None:
    got = cleaner.clean(_text("Jakarta - "), url="https://news.detik.com/berita/d-1/contoh",
                        hints={"author": author})
    assert got.authors == want
