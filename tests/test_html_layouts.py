"""The outlets' real HTML layouts and HTML metadata (issue 12 part 2).

The four real IDN Times pages (two layouts) are read from ../shared at run time and
their records checked against the gold there; the metadata helpers are checked on
pages and names written for these tests (own invented Indonesian text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.html.meta import is_title
from cleaner.names import is_name, person_name

from .conftest import SHARED
from .test_html import token_f1

IDN_META = ("outlet", "title", "subtitle", "authors", "editors", "published", "dateline",
            "captions", "related", "tags", "summary")


def idn_gold() -> list[Path]:
    return sorted((SHARED / "gold" / "corpus").glob("idn-*.json"))


@pytest.mark.parametrize("gold_path", idn_gold(), ids=lambda p: p.stem)
def test_real_idntimes_pages_give_the_gold_metadata(gold_path: Path, shared: Path) -> None:
    """Both 2019-20 layouts: headline, deck, writer (not "Verified"), editors from the
    editorial team (not "Follow"), tags under "Topic:", "Baca Juga" titles, and a body
    without the editors' picks box, ad placeholders or the continue-reading label."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    record = cleaner.clean((shared / gold["file"]).read_bytes()).to_dict()
    for key in IDN_META:
        assert record[key] == gold[key], key
    assert token_f1(record["text"], "\n\n".join(gold["paragraphs"])) >= 0.98
    chrome = ("Lanjutkan membaca artikel di bawah", "Editor’s picks", "Editors’ picks", "728 x 90 pixel",
              "In Article 1", "Verified")
    assert not [p for p in record["paragraphs"] if p in chrome]


def test_idn_gold_exists() -> None:
    assert len(idn_gold()) == 4


@pytest.mark.parametrize("text", ["Verified", "Verified Writer", "Community Writer", "Follow", "Ikuti",
                                  "Editor", "Non Koresponden", "Jurnalis", "null", "IDN Times/Foto"])
def test_role_labels_and_buttons_are_not_names(text: str) -> None:
    assert not is_name(text)


@pytest.mark.parametrize("text", ["Rina Kartika", "DINI TEJA", "Agus S", "Made Wirawan"])
def test_names_are_names(text: str) -> None:
    assert is_name(text)


@pytest.mark.parametrize("text", ["19 jam lalu", "2 hari yang lalu", "5 menit lalu", "Baru saja",
                                  "3 hours ago", "21 Juli 2023", "Senin, 21/07/2023 14:05 WIB"])
def test_time_stamps_are_not_titles(text: str) -> None:
    assert not is_title(text)


def test_titles_are_titles() -> None:
    assert is_title("Dermaga Kayu di Tepi Sungai Selesai Diperbaiki")
    assert is_title("Harga Cabai Turun 2 Hari Berturut-turut")


def test_meta_author_only_when_it_names_a_person() -> None:
    assert person_name("Rina Kartika", "IDN Times") == "Rina Kartika"
    assert person_name("IDN Times", "IDN Times") is None
    assert person_name("Kompas Cyber Media", "KOMPAS.com") is None
    assert person_name("Contoh.com", None) is None


def _page(body: str, head: str = "") -> bytes:
    story = "".join(
        f"<p>Warga desa {w} memperbaiki jembatan yang rusak sejak bulan lalu secara gotong royong, "
        "kata kepala desa kepada wartawan pada Senin pagi.</p>"
        for w in ("Sukamaju", "Sukamulya", "Sukasari", "Sukajadi")
    )
    return (f"<!DOCTYPE html><html lang='id'><head><title>Jembatan Desa Diperbaiki Warga | Contoh</title>"
            f"<meta property='og:site_name' content='Contoh News'>{head}</head><body>"
            f"<article><h1>Jembatan Desa Diperbaiki Warga</h1><div class='isi'>{story}</div>{body}</article>"
            "</body></html>").encode()


def test_meta_author_and_printed_keywords_are_fallbacks() -> None:
    head = ("<meta name='author' content='Sari Wulandari'>"
            "<meta name='keywords' content='jembatan, gotong royong, berita terkini'>")
    tags = "<div class='x'><a href='/tag/jembatan'>Jembatan</a> <a href='/tag/gotong-royong'>gotong royong</a></div>"
    record = cleaner.clean(_page(tags, head))
    assert record.authors == ("Sari Wulandari",)
    # "berita terkini" is a keyword the page never prints as a tag link. The tag links
    # closing the story's container are its tag bar: read as printed ("Jembatan").
    assert record.tags == ("Jembatan", "gotong royong")


def test_meta_keywords_the_page_does_not_print_are_not_tags() -> None:
    record = cleaner.clean(_page("", "<meta name='keywords' content='jembatan, desa, berita terkini'>"))
    assert record.tags == ()


def test_a_tag_bar_in_one_line_gives_one_string_per_tag() -> None:
    bar = ("<div class='x'><span>Tag:</span> <a href='/t/a'>#jembatan</a> <a href='/t/b'>#desa</a> "
           "<a href='/t/c'>#gotongroyong</a></div>")
    record = cleaner.clean(_page(bar))
    assert record.tags == ("jembatan", "desa", "gotongroyong")


def test_related_titles_leave_their_time_stamps() -> None:
    box = ("<div class='y'><h3>Berita Terkait</h3>"
           "<div><a href='/r/1'>Jalan Desa Diaspal Menjelang Lebaran</a> <span>19 jam lalu</span></div>"
           "<div><a href='/r/2'>Sungai Dibersihkan Warga Tiap Minggu</a> <span>2 hari lalu</span></div></div>")
    record = cleaner.clean(_page(box))
    assert record.related == ("Jalan Desa Diaspal Menjelang Lebaran", "Sungai Dibersihkan Warga Tiap Minggu")


def test_sponsored_shop_and_most_read_boxes_give_no_related_or_tags() -> None:
    boxes = ("<div class='related-box'><h3>Berita Terkait</h3><ul>"
             "<li><a href='/r/1'>Jalan Desa Diaspal Menjelang Lebaran</a></li></ul></div>"
             "<div class='related-sponsored'><ul><li><a href='/s/1'>Promo Kasur Empuk Diskon Besar Hari Ini</a></li>"
             "<li><a href='/s/2'>Loading...</a></li></ul></div>"
             "<div class='tags-terpopuler'><ul><li><a href='/tag/x'>Gempa Bumi Guncang Kota Pesisir Tadi Malam</a></li>"
             "</ul></div>")
    record = cleaner.clean(_page(boxes))
    assert record.related == ("Jalan Desa Diaspal Menjelang Lebaran",)
    assert record.tags == ()


def test_a_recommended_members_widget_names_no_author() -> None:
    widget = ("<div class='rekomendasi-member'><h4>Rekomendasi Member</h4>"
              "<div class='author-name'><a href='/m/1'>Bayu Saputra</a></div></div>")
    record = cleaner.clean(_page(widget))
    assert "Bayu Saputra" not in record.authors


def test_a_topic_link_under_a_related_label_is_a_tag() -> None:
    box = ("<div class='bawah'><h3>Berita Rekomendasi</h3><span><a href='/topic/12/jembatan'> Jembatan </a></span>"
           "<ul><li><h4><a href='/read/1/jalan-desa'>Jalan Desa Diaspal Menjelang Lebaran</a></h4></li></ul></div>")
    record = cleaner.clean(_page(box))
    assert record.tags == ("Jembatan",)
    assert record.related == ("Jalan Desa Diaspal Menjelang Lebaran",)


def test_an_author_box_with_an_avatar_is_not_a_caption() -> None:
    box = ("<div class='author-box'><img src='/a.jpg' alt=''><p>Sari Wulandari menulis tentang desa "
           "dan lingkungan sejak 2015.</p></div>")
    page = _page("").replace(b"<div class='isi'>", b"<div class='isi'>" + box.encode(), 1)
    record = cleaner.clean(page)
    assert not [c for c in record.captions if "Sari Wulandari" in c]
    assert not [p for p in record.paragraphs if "Sari Wulandari" in p]
    assert [r.rule for r in record.removed if "Sari Wulandari" in r.text] == ["html-author-box"]


def test_a_photo_credit_and_the_caption_after_it_are_one_caption() -> None:
    photo = ("<div class='img-detail'><div class='cap-foto'>Antara/Contoh Fotografer</div>"
             "<img src='/f.jpg' alt=''></div><div class='wp-cap'><div class='caption'>Jembatan desa yang baru "
             "diperbaiki</div></div>")
    page = _page("").replace(b"<div class='isi'>", photo.encode() + b"<div class='isi'>", 1)
    record = cleaner.clean(page)
    assert record.captions == ("Antara/Contoh Fotografer Jembatan desa yang baru diperbaiki",)
