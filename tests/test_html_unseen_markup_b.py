"""The HTML path on real layouts read with their names taken away (ablation31).

Every real-layout HTML fixture of the tests was cleaned with no URL three ways: as
written, with every ``class``/``id``/``itemprop``/``data-*`` value replaced by a
meaningless token, and with no outlet table applying. What the blind reading lost was
ranked and its general causes fixed in the generic path (structure and text signals):

- a deck in the headline's box that no name marks (`_markup_deck`: the box holds the
  headline, the deck and the head's writer and date lines, no story);
- a paywall's sales box under a teaser (`_paywall_tail`: a prompt to subscribe to read
  on, then short lines with prices or a second prompt);
- a photo's caption in the box after a picture-only box, inside a container that took
  in the head (`_captions`);
- tags known by where their links go (`_href_tags`: links to tag or topic pages under
  the story).

Each page keeps the structure of the real layout named in its builder (tags and
nesting; no attribute but ``href``/``src``/``alt``/``lang``) and is filled with our
own sentences. Each is cleaned as held-out pages are: no URL, no outlet.
"""

from __future__ import annotations

from functools import partial

from . import blind_pages

TITLE = "Tiga Taman Bacaan Baru Dibuka di Kampung Nelayan"
STORY = [
    ("Pemerintah kota membuka tiga taman bacaan baru di kampung nelayan agar anak-anak punya tempat "
     "membaca sepulang sekolah, kata kepala dinas perpustakaan kepada wartawan."),
    ("Setiap taman bacaan menyimpan sekitar lima ratus buku cerita, buku pelajaran dan majalah anak yang "
     "dikumpulkan dari sumbangan warga dan perusahaan di sekitar pelabuhan."),
    ("\"Anak-anak bisa membaca tanpa harus pergi jauh ke pusat kota,\" ujar seorang relawan yang menjaga "
     "taman bacaan itu setiap sore bersama dua temannya."),
    ("Dinas berjanji menambah dua taman bacaan lagi tahun depan jika jumlah pengunjung terus naik seperti "
     "pada bulan pertama ini."),
]
DECK = ("Tiga taman bacaan baru dibuka di kampung nelayan; setiap taman menyimpan lima ratus buku sumbangan "
        "warga dan perusahaan sekitar pelabuhan.")
CAPTION = "Anak-anak membaca buku di taman bacaan kampung nelayan, Senin pagi. (Panitia)"

_page = partial(blind_pages.page, TITLE)
_story = partial(blind_pages.story_html, STORY)
_record = partial(blind_pages.record, title=TITLE)
_assert_record = partial(blind_pages.assert_record, story=STORY)


# ---- a deck in the headline's box that no name marks ----------------------------------

def _bisnis_2025_head(under_deck: str) -> str:
    """bisnis.com 2025 (nichsedge/indoscraping src/indoscraping/scraper/news/bisnis.py @
    000e6a5f8d149f7751be23d04b8cee412db5759c; tests/test_html_decks.py's ``_bisnis_2025``)
    with its names taken away: the head box ``div.detailsHead`` > ``h1``, the deck's
    ``div.detailsLead``, then ``div.detailsAttribute`` > ``span`` > the writer's ``div``
    and the date's ``div``; the cover ``figure``; the story's ``article``."""
    return _page(
        f"<div><h1>{TITLE}</h1><div>{DECK}</div>{under_deck}</div>"
        "<figure><img src='/2025/07/29/taman.jpg' alt='taman'><figcaption>Rak buku di taman bacaan. - Contoh/Nama"
        f"</figcaption></figure><div>{_story()}</div>")


def test_a_deck_in_an_unnamed_head_box_over_the_writer_and_date_is_the_deck() -> None:
    """Read blind, the deck under the headline in a box named nothing became the
    story's first paragraph: the box's name (``detailsHead``) was what made it the
    headline's. The box's shape says the same: it holds the headline, the line, the
    head's writer line and date line under it, and no story paragraph."""
    head = ("<div><span><div><strong>Rina Wulandari</strong> - Contoh.com</div>"
            "<div> Selasa, 29 Juli 2025 | 18:27 </div></span></div>")
    _assert_record(_record(_bisnis_2025_head(head)), subtitle=DECK, authors=["Rina Wulandari"],
                   published="2025-07-29T18:27:00+07:00", captions=["Rak buku di taman bacaan. - Contoh/Nama"])


def test_a_long_line_alone_with_the_headline_in_an_unnamed_box_stays_the_story_s_lead() -> None:
    """The same box holding the headline and the line only (no head lines under it):
    the story's lead printed apart (``p.intro`` in a header's box), no deck."""
    _assert_record(_record(_bisnis_2025_head("")), paragraphs=[DECK, *STORY],
                   captions=["Rak buku di taman bacaan. - Contoh/Nama"])


def test_a_header_s_date_line_under_the_deck_is_no_story_start() -> None:
    """A ``header`` holding the headline, the deck, the writer's box and the date line
    "Diterbitkan ... WIB" (a 2026 layout, tests/test_current_layouts.py, read blind):
    the date line under the deck was taken for the story's first line, so the header
    seemed to hold the story and the deck stayed; the date line is the head's."""
    page = _page(
        f"<article><header><h1>{TITLE}</h1><div><p>{DECK}</p></div>"
        "<div><img src='/avatar/a.jpg' alt='Rina Wulandari'><div><span>Oleh</span>"
        "<a href='/author/rina'>Rina Wulandari</a></div>"
        "<span><span>Diterbitkan 3 Maret 2026, 09:15 WIB</span></span></div></header>"
        f"<div><div>{_story()}</div></div></article>")
    _assert_record(_record(page), subtitle=DECK, authors=["Rina Wulandari"], published="2026-03-03T09:15:00+07:00")


# ---- a paywall's sales box under a teaser ----------------------------------------------

def _majalah_2022(teaser: str, tail: str) -> str:
    """majalah.tempo.co 2022 (ahmadmulyana/tempo-temp majalah/desktop/detail.html @
    51d830c94cc49b3d265cd6816d32a2681230f7cc; tests/test_real_layouts_tempo_kumparan_idn.py's
    ``MAJALAH_2022``) with its names taken away: the story's box holds the free teaser,
    a bare "...", then the paywall box (a lock picture, its heading in a ``div > p``,
    the prompt, "PAKET TERPOPULER", two price cards with ``ul`` lists and buttons,
    "Lihat Paket Lainnya", the sign-up line)."""
    return _page(f"<main><article><div><h1>{TITLE}</h1><p>Senin, 3 November 2025</p></div>"
                 f"<div><p>{teaser}</p><p>...</p>{tail}</div></article></main>")


_PAYWALL = (
    "<div><img src='LockKey.png'><div><p>Kuota Artikel Gratis Anda Sudah Habis</p></div>"
    "<p>Silakan berlangganan untuk menikmati akses penuh artikel eksklusif kami sejak tahun 1971</p>"
    "<p>PAKET TERPOPULER</p><div><div><p>12 BULAN</p><div><div><p>700.000</p><p>Rp 600.000</p>"
    "<ul><li>*Anda hemat -Rp 100.000</li><li>*Update hingga 52 edisi majalah</li></ul></div>"
    "<div><a href='#'>Berlangganan</a></div></div></div>"
    "<div><p>1 BULAN</p><div><div><p>Rp 55.000</p><ul><li>*GRATIS untuk bulan pertama</li></ul></div>"
    "<div><a href='#'>Berlangganan</a></div></div></div></div>"
    "<p><a href='#'>Lihat Paket Lainnya</a></p>"
    "<div><a href='#'><strong><u>Daftar</u></strong></a> untuk mendapatkan <span>5 artikel gratis</span>. "
    "Sudah punya akun? <a href='#'><strong><u>Klik Disini</u></strong></a></div></div>")


def test_a_paywall_box_under_a_teaser_is_no_story_whatever_its_boxes_are_called() -> None:
    """Read blind, the paywall's heading, prompt, package names and prices all became
    story (its box ``div.pw-containers`` was what the outlet's table dropped): a line
    asking to subscribe to read on, then short lines with prices, to the story's end."""
    teaser = " ".join(STORY[:2])
    _assert_record(_record(_majalah_2022(teaser, _PAYWALL)), paragraphs=[teaser], published="2025-11-03")


def test_a_paywall_ribbon_of_boxes_after_the_story_leaves() -> None:
    """tempo.co 2021 (tests/test_real_layouts_tempo_kumparan_idn.py's paywall ribbon,
    from the same repository's teco/desktop/paywall.html) with its names taken away: the
    prompt as an ``h2`` over a ``p`` in one box, an appeal that asks again in the next,
    the log-in buttons in a third, all in the story's box after its paragraphs."""
    tail = ("<div><h2>Silahkan berlangganan untuk membaca keseluruhan artikel ini.</h2><div><p>Akses tak terbatas "
            "di situs web dan aplikasi kami untuk semua pelanggan setia di mana pun berada</p></div></div>"
            "<div><div><p>Pers yang mandiri butuh dukungan pembaca. Dengan berlangganan, Anda ikut membiayai "
            "liputan yang akurat.</p></div></div><div><div><a href='#'>Login</a><a href='#'>Langganan</a></div></div>")
    page = _page(f"<article><div><h1>{TITLE}</h1></div><div>{_story()}{tail}</div></article>")
    _assert_record(_record(page))


def test_a_story_ending_with_a_price_list_of_subscriptions_keeps_it() -> None:
    """A story about subscription prices that ends with their list: its lead-in names no
    reading ("Berikut daftar harga langganan ..."), so no paywall starts there."""
    prices = ["Berikut daftar harga langganan paket internet rumah yang berlaku bulan ini:",
              "Paket hemat Rp 150.000/bulan", "Paket keluarga Rp 250.000/bulan", "Paket kantor Rp 400.000/bulan"]
    page = _page(f"<article><h1>{TITLE}</h1><div>{_story()}<p>{prices[0]}</p>"
                 f"<ul>{''.join(f'<li>{p}</li>' for p in prices[1:])}</ul></div></article>")
    _assert_record(_record(page), paragraphs=[*STORY, *prices])


# ---- a caption after a picture-only box, in a container that took in the head ----------

def test_a_caption_under_a_picture_only_box_above_the_story_stays_a_caption() -> None:
    """viva.co.id 2016 (anpandu/indonesian-news-scraper test/fixtures/websites/viva/
    viva-singlepage.html @ 839c09d33af4d7cd902d3e0cbd09f65ac94ead2e) with its names
    taken away: ``article`` > the channel's line, the headline's box, the summary, the
    date and writer lines, the picture's box (``img`` only), the caption's ``div``, then
    the story printed as text and ``div`` lines. Read blind the container takes in the
    whole head, and the caption (outside the story before) became its first line; the
    dateline of the next then was no longer the story's opening."""
    page = _page(
        "<article><div>TEKNO</div><div><h1>" + TITLE + "</h1></div>"
        "<div>Taman bacaan baru untuk anak-anak nelayan.</div>"
        "<div><div>Senin, 3 November 2025 | 13:01 WIB</div><div>Oleh : <b>Rina Wulandari</b></div></div>"
        "<div><img src='taman_663_382.jpg' alt='taman bacaan'></div>"
        f"<div>{CAPTION}</div>"
        f"<div><span><strong>Contoh.com</strong> - {STORY[0]}<div><br></div><div>{STORY[1]}</div>"
        f"<div><br></div><div>{STORY[2]}</div><div><br></div><div>{STORY[3]}</div></span></div></article>",
        head="<meta property='og:description' content='Taman bacaan baru untuk anak-anak nelayan.'>")
    _assert_record(_record(page), subtitle="Taman bacaan baru untuk anak-anak nelayan.", authors=["Rina Wulandari"],
                   published="2025-11-03T13:01:00+07:00", captions=[CAPTION])


# ---- tags known by where their links go ----------------------------------------------

def test_links_to_tag_pages_under_the_story_are_its_tags() -> None:
    """tribunnews.com 2024-25 (tests/test_real_layouts_national_c.py's ``_tribun``: code
    index file id 18493239959) with its names taken away: under the story's box, the
    source line, then ``div`` > ``h5`` > ``a[href=/tag/...]`` per tag, then the related
    list. Read blind (no ``itemprop=keywords``) the tags were lost."""
    page = _page(
        f"<div><div><h1>{TITLE}</h1><div>{_story()}</div>"
        "<div><div><h6>Sumber: <div><a href='https://surabaya.contoh.com'>Tribun Contoh</a></div></h6></div>"
        "<div><h5><a href='/tag/taman-bacaan'>taman bacaan</a></h5><h5><a href='/tag/surabaya'>Surabaya</a></h5>"
        "</div></div></div></div>")
    _assert_record(_record(page), tags=["taman bacaan", "Surabaya"])


def test_topic_links_in_the_story_s_footer_are_its_tags() -> None:
    """kumparan.com 2026 (tests/test_outlet_layouts_2026.py's article page) with its names
    taken away: the story's ``footer`` > ``nav`` > ``ul`` > ``li`` > ``a[href=/topic/...]``
    > ``span`` per topic."""
    page = _page(
        f"<article><h1>{TITLE}</h1>{_story()}<footer><nav><ul>"
        "<li><a href='/topic/taman-bacaan'><span>Taman Bacaan</span></a></li>"
        "<li><a href='/topic/literasi'><span>Literasi</span></a></li></ul></nav></footer></article>")
    _assert_record(_record(page), tags=["Taman Bacaan", "Literasi"])


def test_tag_page_links_in_an_aside_or_in_a_story_line_are_no_tags() -> None:
    """A trending bar of tag links in an ``<aside>`` is the site's, and a story line that
    links a word to its tag page is running text: neither gives tags."""
    inline = STORY[3].replace("taman bacaan", "<a href='/tag/taman-bacaan'>taman bacaan</a>")
    page = _page(f"<article><h1>{TITLE}</h1>{_story(0, 1, 2)}<p>{inline}</p></article>"
                 "<aside><div><a href='/tag/banjir'>Banjir</a> <a href='/tag/pilkada'>Pilkada</a></div></aside>")
    _assert_record(_record(page))
