"""The HTML path on layouts of trafilatura's evaluation suite it had never seen (peerbreaks54).

Two causes, each a test group below:

* A page whose script renders its story from its JSON-LD ``articleBody``, its markup
  holding only the story's furniture (the headline, the photo's caption, the deck, the
  writer's bio): the structured story was read only under 500 running characters, and the
  furniture was over that, so the body was the rubric's name (`_scripted_story`).
* Chrome lines of an English-language layout that stayed in the body: an ad slot's label
  closed by a colon ("Advertisement:"), a photo's credit as "Photograph by <name>" or as
  "(Credit: <name> / <outlet>)" under a chart (generic.toml's ``ad-label`` and
  ``caption-label``).

Each page keeps the structure of the real layout named in its builder (tags, nesting, class
and id names, label words) and is filled with our own sentences.
"""

from __future__ import annotations

import json
from typing import Any

import cleaner

TITLE = "Pemerintah Kota Menata Ulang Jalur Sepeda di Pusat Kota"
STORY = [
    ("Pemerintah kota mulai menata ulang jalur sepeda di pusat kota pada Senin pagi, setelah warga "
    "mengeluhkan jalur lama yang sering dipakai parkir mobil dan pedagang kaki lima."),
    ("Kepala dinas perhubungan mengatakan jalur baru akan dipisahkan dari jalan raya dengan pembatas "
    "beton rendah, sehingga pesepeda tidak lagi harus berbagi ruang dengan kendaraan bermotor."),
    ("Pekerjaan itu direncanakan selesai dalam tiga bulan, dan selama pengerjaan petugas akan mengatur "
    "arus kendaraan di empat persimpangan yang paling padat pada jam berangkat kerja."),
    ("Komunitas pesepeda menyambut rencana itu, tetapi meminta agar jalur baru juga menjangkau sekolah "
    "dan pasar di pinggir kota, tempat banyak pelajar dan pedagang bersepeda setiap hari."),
    ("Wali kota berjanji menggelar pertemuan dengan warga di setiap kecamatan sebelum tahap kedua "
    "dimulai, agar usulan rute tambahan dapat dibahas bersama para pengguna jalan."),
    ("Dinas perhubungan juga akan memasang rambu dan lampu khusus sepeda di persimpangan utama, serta "
    "menyediakan tempat parkir sepeda di depan kantor pemerintahan dan halte bus."),
    ("Anggaran penataan berasal dari dana perbaikan jalan tahun ini, yang sebagian dialihkan setelah "
    "dewan kota menyetujui usulan dinas dalam rapat paripurna akhir bulan lalu."),
    ("Para pedagang kaki lima yang selama ini berjualan di jalur lama akan dipindahkan ke kantong parkir "
    "di belakang pasar, dan pemerintah kota berjanji tidak memungut biaya sewa selama setahun."),
    ("Sejumlah sekolah menyatakan siap mengajak murid bersepeda ke sekolah begitu jalur baru dibuka, "
    "dengan guru yang bergiliran mengawal rombongan pada pagi hari."),
    ("Dinas perhubungan akan mengevaluasi jalur itu enam bulan setelah dibuka, dengan menghitung jumlah "
    "pesepeda dan kecelakaan di ruas yang sama sebelum dan sesudah penataan."),
    ("Jika hasilnya baik, jalur serupa akan dibangun di tiga kecamatan lain mulai tahun depan, dengan "
    "rute yang dipilih bersama warga dan komunitas pesepeda setempat."),
    ("Warga yang ingin memberi masukan dapat datang ke kantor kelurahan atau mengisi formulir di balai "
    "warga, yang akan dikumpulkan dinas setiap akhir pekan."),
]
CAPTION = ("Pesepeda melintas di jalur lama yang dipenuhi mobil parkir dan gerobak pedagang di pusat kota "
           "pada Senin pagi, sehari sebelum penataan dimulai. Foto: Nama Fotografer")
DECK = ("Setelah bertahun-tahun dikeluhkan, lintasan untuk pengayuh di tengah kota akhirnya dibenahi, dan "
        "warga diajak ikut mengusulkan rute tambahan ke sekolah serta pasar.")


def _scmp_2020(body_lines: list[str], printed: str = "", extra: str = "") -> str:
    """scmp.com 2020 (trafilatura's evaluation suite: tests/eval/scmp.com.playbook.html,
    adbar/trafilatura @ e90b0ef5): a Vue page whose head holds the story as a JSON-LD
    ``OpinionNewsArticle`` with the ``articleBody`` in plain text (one line a paragraph),
    and whose markup prints the rubric, the headline, the photo's caption, the deck, the
    date lines and the photo again (its caption printed twice: over 500 running
    characters in all; the real page's writer's bio is left out here), and no line of
    the story (``printed``: what a
    paywalled page prints of it instead)."""
    ld = {"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": TITLE,
          "genre": "Comment", "datePublished": "2020-01-20T10:00:00+08:00",
          "author": {"@type": "Person", "name": "Nama Penulis"}, "description": DECK,
          "articleBody": "\n".join(body_lines), "isAccessibleForFree": True}
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | Kabar Contoh</title><meta property='og:title' content='{TITLE}'>"
        f"<script data-vue-meta='true' type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
        "</head><body><div id='app'><div class='article-layout'>"
        "<div class='top-info'><a class='top-info__section' href='/opini'>Opini</a></div>"
        f"<div class='top-info__main-info main-info'><h1 class='info__headline'>{TITLE}</h1>"
        f"<figure class='article-image'><img src='/foto/jalur-sepeda.jpg' alt=''>"
        f"<figcaption class='image-caption'>{CAPTION}</figcaption></figure>"
        f"<div class='info__subheadline'><p>{DECK}</p></div></div>"
        "<div class='article-author'><div class='article-author__date-container'>"
        "<p class='article-author__published-date'><time datetime='2020-01-20T02:00:08.000Z'>"
        "Terbit: 10:00, 20 Jan 2020</time></p>"
        "<p class='article-author__updated-date'><time datetime='2020-01-20T02:09:00.000Z'>"
        "Diperbarui: 10:09, 20 Jan 2020</time></p></div></div>"
        f"<div class='main-images'><figure class='article-image'><img src='/foto/jalur-sepeda-2.jpg' alt=''>"
        f"<figcaption class='image-caption'>{CAPTION}</figcaption></figure></div>"
        f"{printed}{extra}</div></div></body></html>"
    )


def _record(page: str) -> Any:
    return cleaner.Cleaner().clean(page)


def test_a_story_only_the_json_ld_holds_is_read_beside_the_page_s_furniture() -> None:
    rec = _record(_scmp_2020(STORY))
    assert rec.title == TITLE
    assert list(rec.paragraphs) == STORY
    assert rec.text == "\n\n".join(STORY)
    assert rec.subtitle == DECK
    assert list(rec.captions) == [CAPTION]


def test_a_paywalled_page_that_prints_the_story_s_lead_keeps_what_it_prints() -> None:
    # The page prints the story's first two paragraphs and a subscription note; the
    # JSON-LD holds the whole story: the page's lines are the story it shows.
    printed = ("<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in STORY[:2])
               + "<div class='paywall'>Berlangganan untuk membaca artikel ini selengkapnya.</div></div>")
    rec = _record(_scmp_2020(STORY, printed=printed))
    assert list(rec.paragraphs)[:2] == STORY[:2]
    assert STORY[2] not in rec.text and STORY[11] not in rec.text


def test_a_short_structured_text_beside_the_furniture_is_not_taken_for_the_story() -> None:
    # A JSON-LD text under three times the page's running text is no story the page
    # hides: the page is read as it prints.
    rec = _record(_scmp_2020(STORY[:1]))
    assert STORY[0] not in rec.text


def test_a_page_with_a_story_of_its_own_is_read_as_printed() -> None:
    # Over 2,000 running characters of its own: the structured text is not read.
    own = [s.replace("jalur sepeda", "taman kota") for s in STORY]
    printed = "<div class='article-body'>" + "".join(f"<p>{p}</p>" for p in own) + "</div>"
    rec = _record(_scmp_2020(["Ringkasan lain yang tidak dicetak di halaman ini sama sekali."] * 40, printed=printed))
    assert list(rec.paragraphs) == own


GRIST = [
    ("Hanya sepekan setelah tahun baru, perkiraan pertama tentang jumlah emisi kota sepanjang tahun lalu "
    "sudah terbit, dan hasilnya tidak seburuk yang dikhawatirkan banyak orang."),
    ("Total emisi turun dua persen dibanding tahun sebelumnya, menurut lembaga riset yang setiap tahun "
    "menghitung angka itu, terutama karena pembangkit listrik makin jarang membakar batu bara."),
    ("Namun sektor lain, dari kendaraan sampai pemanas rumah, hampir tidak berubah, kata peneliti yang "
    "menulis laporan itu kepada wartawan di kantornya pada Jumat sore."),
    ("Gas alam yang makin murah menjadi alasan terbesar di balik turunnya batu bara, meski gas juga "
    "melepaskan karbon ketika dibakar dan metana ketika bocor dari pipa."),
]


def _salon_2020(credit: str = "(Credit: Nama Pembuat / Contoh)", label: str = "Advertisement:") -> str:
    """salon.com 2020 (trafilatura's evaluation suite: tests/eval/salon.com.emissions.html,
    adbar/trafilatura @ e90b0ef5): ``article > p`` paragraphs, an ad unit between two
    (``div.proper-ad-unit > span.proper-caption`` "Advertisement:" over the slot's
    script), a chart as ``p > img + br + em`` with its credit in brackets, and the
    video ad's ``div#salon_auto_video`` with the same label."""
    slot = (f"<div class='proper-ad-unit' id='proper-ad-content_1'><span class='proper-caption'>{label}</span>"
            "<div id='proper-ad-salon_content_1'><script>propertag.cmd.push(function(){})</script></div></div>")
    video = (f"<div id='salon_auto_video'><span class='proper-caption'>{label}</span>"
             "<div id='salon_instream_1'><script>propervideotag.push(function(){})</script></div></div>")
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        "<title>Emisi Kota Turun Tahun Lalu | Contoh</title>"
        "<meta property='og:title' content='Emisi Kota Turun Tahun Lalu'></head><body>"
        "<h1 class='title'>Emisi Kota Turun Tahun Lalu</h1>"
        "<section class='writer-container'><h5><a href='/penulis/nama'>Nama Penulis</a></h5>"
        "<h6>10 Januari 2020 9:00</h6></section>"
        f"<article><p>{GRIST[0]}</p><p>{GRIST[1]}</p>{slot}<p>{GRIST[2]}</p>"
        f"<p><img src='/grafik/emisi.png' alt='grafik-emisi'><br><em>{credit}</em></p>{video}"
        f"<p>{GRIST[3]}</p></article></body></html>"
    )


def test_an_ad_label_closed_by_a_colon_and_a_bracketed_credit_are_not_story() -> None:
    rec = _record(_salon_2020())
    assert list(rec.paragraphs) == GRIST
    assert "Advertisement:" not in rec.text
    assert "(Credit: Nama Pembuat / Contoh)" in rec.captions


def test_a_sentence_in_brackets_under_a_chart_is_no_credit() -> None:
    # No label word: a bracketed sentence stays the story's.
    line = "(Angka itu belum termasuk emisi dari kapal dan pesawat yang singgah di kota.)"
    rec = _record(_salon_2020(credit=line))
    assert line in rec.paragraphs


def _natgeo_2020(credit: str) -> str:
    """nationalgeographic.co.uk 2020 (trafilatura's evaluation suite:
    tests/eval/nationalgeographic.co.uk.goats.html, adbar/trafilatura @ e90b0ef5): the
    lead picture over the story, a ``div.ngart-img--large`` (its ``picture`` holding
    ``source`` sizes, the image, the image again in ``noscript`` and the image's JSON-LD)
    whose ``div.ngart-img__cont`` holds the caption (``__copy``) over the credit
    (``__author``: "Photograph by <span>name</span>"); then ``div.article-cntr >
    div.ngart__cont > div.gr-wrap > div.ngart__main-col > div.paragraph > div > p``."""
    pic = ("<div class='ngart-img ngart-img--large'><a class='ngart-img__cntr'><picture class='resp-img-cntr'>"
           "<source media='(max-width: 470px)' srcSet='/foto/470/pulau.jpg'>"
           "<img src='/foto/pulau.jpg' width='1900' height='1266' alt='Pulau kecil di tengah laut.' loading='eager'>"
           "<noscript><img src='/foto/pulau.jpg' width='1900' height='1266' alt='Pulau kecil di tengah laut.'>"
           "</noscript><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
           "\"@type\":\"ImageObject\",\"caption\":\"Pulau kecil di tengah laut.\",\"contentUrl\":"
           "\"/foto/pulau.jpg\"}</script></picture></a>"
           "<div class='ngart-img__cont'><div class='ngart-img__cont__copy'>Pulau kecil di tengah laut. </div>"
           f"<div class='ngart-img__cont__author'>{credit}</div></div></div>")
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Pulau yang Kembali Hijau</title>"
        "<meta property='og:title' content='Pulau yang Kembali Hijau'></head><body>"
        "<div class='ngart-header'><h1>Pulau yang Kembali Hijau</h1></div>"
        f"{pic}<div class='article-cntr'><div class='ngart__cont'><div class='gr-wrap ngart__group'>"
        "<div class='ngart__main-col'>"
        f"<div class='paragraph'><div><p>{GRIST[0]}</p> <p>{GRIST[1]}</p></div></div>"
        f"<div class='paragraph'><div><p>{GRIST[2]}</p> <p>{GRIST[3]}</p></div></div>"
        "</div></div></div></div></body></html>"
    )


def test_a_photograph_by_credit_under_a_picture_is_not_story() -> None:
    rec = _record(_natgeo_2020("Photograph by <span class='ngart-img__cont--strong'>Nama Fotografer, "
                               "Program Contoh</span>"))
    assert list(rec.paragraphs) == GRIST
    assert "Photograph by Nama Fotografer, Program Contoh" not in rec.text


def test_the_rules_match_the_label_lines_alone() -> None:
    # A text scrape's lines: the same labels are chrome, the sentences are not.
    page = "\n".join([
        "Emisi Kota Turun Tahun Lalu",
        "Jakarta - " + GRIST[0],
        "Advertisement:",
        GRIST[1],
        "Photograph by Nama Fotografer",
        "Advertisement spending in the city rose again in March, the report said.",
        "Foto oleh warga itu beredar luas di media sosial sejak Senin malam, kata polisi.",
        GRIST[2],
    ])
    rec = cleaner.clean(page)
    assert list(rec.paragraphs) == [
        GRIST[0], GRIST[1], "Advertisement spending in the city rose again in March, the report said.",
        "Foto oleh warga itu beredar luas di media sosial sejak Senin malam, kata polisi.", GRIST[2]]
    assert "Photograph by Nama Fotografer" in rec.captions
