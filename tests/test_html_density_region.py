"""Density mode (``CleanOptions(html_main="density")``, never asking trafilatura): when
the density choice holds less than half of the running text, the main region is read
with the choice as auto mode reads it with trafilatura's blocks (`_find_body`).

Each page is written for its test (own invented text, Indonesian); only the markup's
structure (tags, classes, nesting, order) comes from the real pages of trafilatura's
evaluation suite (``../shared/corpus/peer-suites/trafilatura-eval.tar.xz``,
adbar/trafilatura at e90b0ef5, ``tests/evaldata.json``) named in each test.
"""

from __future__ import annotations

import cleaner
from cleaner.html.container import Choice, choose_container
from cleaner.html.frontend import front_end, read_page
from cleaner.rules import load_ruleset

_HEADLINE = "Resep Kue Kacang Renyah untuk Hari Raya"


def _doc(body: str) -> str:
    return (f"<!DOCTYPE html><html lang='id'><head><title>{_HEADLINE} | Dapur Contoh</title></head>"
            f"<body>{body}</body></html>")


def _density(html: str) -> tuple[str, str]:
    page = read_page(html, max_depth=400)
    assert page is not None
    how = front_end(page, load_ruleset("generic"), use_trafilatura=False).how
    text = cleaner.Cleaner(options=cleaner.CleanOptions(html_main="density")).clean(html).text
    return how, text


_STEPS = [
    "Campur tepung, gula halus dan kacang sangrai yang sudah ditumbuk dalam satu wadah besar.",
    "Tuang minyak sedikit demi sedikit sambil diaduk sampai adonan bisa dikepal dan tidak pecah.",
    "Bentuk adonan menjadi bulatan kecil, lalu tata di atas loyang yang sudah diolesi mentega.",
    "Olesi tiap bulatan dengan kuning telur supaya warnanya cantik setelah matang nanti.",
    "Panggang dalam oven bersuhu sedang selama dua puluh menit sampai kuning kecokelatan.",
]

_WIDGETS = [
    ("Tentang blog ini",
     ("Blog ini ditulis oleh seorang ibu rumah tangga yang senang mencoba resep lama dari buku catatan "
      "neneknya, lalu menuliskannya kembali dengan takaran yang lebih mudah diikuti pembaca muda.")),
    ("Lisensi gambar",
     ("Semua foto di blog ini boleh dipakai ulang untuk keperluan bukan komersial, asalkan nama blog "
      "disebutkan dengan jelas dan tautan ke tulisan aslinya tetap dicantumkan di bawah gambar.")),
    ("Catatan penulis",
     ("Penulis tidak bertanggung jawab atas isi situs lain yang ditautkan dari blog ini, karena isi "
      "situs tersebut sepenuhnya menjadi tanggung jawab pemiliknya masing-masing, bukan penulis.")),
]


def _blog_post() -> str:
    """kulinariaathome.wordpress.com (http://kulinariaathome.wordpress.com/2012/12/08/
    mandelplatzchen/ in the suite): ``div.col-full.content > div.col-left.main >
    div.post > div.middle > h1.title + div.entry`` (the recipe: short ``p`` lines, an
    ``ol`` of steps), then ``div.nav-entries`` (previous / next post), and beside it
    ``div.col-right.sidebar`` of ``div.widget > h3 + div.textwidget`` boxes whose
    running text outweighs the recipe's."""
    lines = "".join(f"<p>{x}</p>" for x in ["Waktu membuat: 30 menit", "Hasil: 40 buah", "Bahan:",
                                            "250 g tepung terigu", "100 g gula halus", "150 g kacang tanah"])
    steps = "".join(f"<li>{x}</li>" for x in _STEPS)
    widgets = "".join(f"<div class='widget widget_text'><h3>{t}</h3><div class='textwidget'>{x}</div></div>"
                      for t, x in _WIDGETS)
    return _doc(
        "<div class='wrapper'><div class='col-full content'><div class='col-left main'>"
        "<div class='post type-post'><div class='post-meta col-left'><ul><li><a href='/k'>Kue</a></li></ul></div>"
        f"<div class='middle col-left'><h1 class='title'>{_HEADLINE}</h1>"
        f"<div class='entry clearfix'>{lines}<p>Cara membuat:</p><ol>{steps}</ol></div></div></div>"
        "<div class='nav-entries'><div class='nav-prev fl'><a href='/a'>« Tulisan sebelumnya</a></div>"
        "<div class='nav-next fr'><a href='/b'>Tulisan berikutnya »</a></div></div></div>"
        f"<div class='col-right sidebar'>{widgets}</div></div></div>")


def test_region_past_a_confident_choice_is_not_the_story() -> None:
    """The region (the box of both columns) holds the recipe and the sidebar's widgets;
    the confident density choice (the recipe's box) marks where the story ends."""
    how, text = _density(_blog_post())
    assert how == "region + density"
    assert all(s in text for s in _STEPS)
    assert not any(x in text for _, x in _WIDGETS)


_PARTS = [
    ("Pemerintah daerah menaikkan bantuan bagi petani kacang tanah tahun ini, karena harga pupuk naik, "
     "kata kepala dinas pertanian dalam rapat dengan kelompok tani, Senin."),
    ("Bantuan itu dibagikan lewat koperasi desa, dan petani cukup membawa kartu anggota serta bukti luas "
     "lahan yang sudah dicatat oleh penyuluh lapangan pada musim tanam lalu."),
    ("Koperasi yang belum punya gudang boleh menitipkan pupuk di balai desa, asal pengurusnya mencatat "
     "setiap karung yang keluar, kapan, dan untuk petani yang mana."),
]
_MORE = [
    ("Kelompok tani menyambut baik kenaikan itu, tetapi meminta jadwal pembagian diumumkan lebih awal, "
     "supaya petani tidak menunggu terlalu lama di koperasi, kata ketuanya."),
    ("Dinas berjanji mengumumkan jadwal itu di papan balai desa dan lewat pesan singkat ke ketua kelompok, "
     "paling lambat dua minggu sebelum pembagian, katanya."),
    ("Penyuluh lapangan akan mendampingi koperasi yang baru pertama kali membagikan bantuan, terutama "
     "di desa yang jauh dari kota kecamatan, kata kepala dinas."),
    ("Petani yang lahannya belum tercatat diminta segera mendaftar ke penyuluh, karena pendaftaran ditutup "
     "pada akhir bulan depan, sebelum musim tanam berikutnya dimulai."),
]


def _builder_page() -> str:
    """fincompare.de (https://fincompare.de/firmenwagen-leasing-oder-finanzierung in the
    suite): a page builder's story in ``div.entry-content > div.vc_row >
    div.wpb_column > div.vc_column-inner > div.wpb_wrapper > div.wpb_text_column >
    div.wpb_wrapper`` modules, the first one longer, the next ones right after it
    (each its own column of the row), a share bar after the story."""
    def module(paras: list[str], extra: str) -> str:
        ps = "".join(f"<p>{x}</p>" for x in paras)
        return (f"<div class='vc_row wpb_row'><div class='wpb_column vc_column_container {extra}'>"
                "<div class='vc_column-inner'><div class='wpb_wrapper'>"
                f"<div class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'>{ps}</div></div>"
                "</div></div></div></div>")
    teasers = "".join(
        f"<li class='teaser'><a href='/t{i}'>Kabar lain nomor {i} dari desa sekitar yang layak dibaca</a></li>"
        for i in range(6))
    return _doc(
        f"<div class='article-wrapper'><h1>{_HEADLINE}</h1><div class='entry-content'>"
        + module(_PARTS, "vc_col-sm-12") + module(_MORE[:2], "vc_col-sm-6") + module(_MORE[2:], "vc_col-sm-6")
        + f"<div class='share'><a href='/s'>Bagikan</a></div><ul class='teasers'>{teasers}</ul></div></div>")


def test_story_running_on_past_the_choice_keeps_the_region() -> None:
    """The first line past the density choice is running text of the region: the
    story goes on there, and the region is taken whole (guard)."""
    how, text = _density(_builder_page())
    assert how == "region"
    assert all(s in text for s in _PARTS + _MORE)


_MODULES = [
    [("Banyak rumah di kota ini masih memakai pemanas air tua yang boros listrik dan gas, padahal "
      "penggantinya kini lebih murah dan jauh lebih hemat dalam pemakaian sehari hari."),
     ("Sebelum membeli, pemilik rumah sebaiknya menghitung kebutuhan air panas keluarganya, karena "
      "alat yang terlalu besar hanya menambah biaya tanpa memberi manfaat yang berarti.")],
    [("Pemanas tenaga surya cocok untuk rumah dengan atap yang terkena matahari sepanjang hari, dan "
      "biayanya kembali dalam beberapa tahun, tergantung harga listrik di daerah itu."),
     ("Pada musim hujan, alat itu tetap bekerja meski lebih lambat, dan kebanyakan model punya "
      "pemanas listrik cadangan yang menyala sendiri saat air belum cukup panas.")],
    [("Pompa panas memakai udara luar untuk memanaskan air, dan listrik yang dipakainya hanya "
      "sepertiga pemanas biasa, asalkan alat itu dipasang di tempat yang cukup lapang."),
     ("Kesimpulannya, tidak ada satu pilihan yang terbaik untuk semua rumah, dan pemilik rumah "
      "perlu menimbang biaya, tempat dan kebiasaan keluarganya sebelum memutuskan.")],
]
_INFO = ["Simak juga grafik interaktif kami", "Hitung sendiri tagihan bulananmu", "Daftar toko resmi di kotamu"]


def _module_page() -> str:
    """dvgw.de (https://www.dvgw.de/blog/gas/welche-heizung-ist-klimafreundlich-und-
    zukunftstauglich in the suite): a content system's text modules in
    ``div.blog_detail_content_text > div.outer > div.container > div.row.textpic >
    div.textpic-text-full > div.textpic_text > div.fliess_text > p.bodytext``, none
    clearly ahead of the others, then a module ``div.dvgw_infobox > div.infobox >
    div.infoheader > h2`` over ``div.infobody > ul`` of linked tips."""
    modules = "".join(
        f"<div id='c{n}' class='outer'><div class='container'><div class='row textpic textpic-layout-0'>"
        "<div class='col-sm-12 textpic_head'></div><div class='col-sm-12 textpic-text-full'>"
        "<div class='textpic_text'><div class='fliess_text'>"
        + "".join(f"<p class='bodytext'>{x}</p>" for x in paras)
        + "</div></div></div></div></div></div>"
        for n, paras in enumerate(_MODULES))
    tips = "".join(f"<li>{x} di <a href='/t{i}'>halaman ini</a></li>" for i, x in enumerate(_INFO))
    return _doc(
        "<div class='outer blog_detail_outer'><div class='container blog_detail_content_container'>"
        f"<h1>{_HEADLINE}</h1><div class='blog_detail_content_text'>{modules}"
        "<div id='c9' class='outer'><div class='container'><div class='dvgw_infobox'><div class='infobox'>"
        f"<div class='infoheader'><h2>Info lain</h2></div><div class='infobody'><ul>{tips}</ul></div>"
        "</div></div></div></div></div></div></div>")


def test_close_rivals_mark_the_story_with_the_choice() -> None:
    """No text module is clearly ahead: the choice and its close rivals together mark
    the story, and the region's tail past the last of them (the tips box) is cut."""
    how, text = _density(_module_page())
    assert how == "region + density"
    assert all(x in text for paras in _MODULES for x in paras)
    assert not any(x in text for x in _INFO)


# The story's two text boxes, one heading between them: each paragraph 100-199
# characters with one comma (a score of 3), the first box five, the second four (its
# score 0.8 of the first's: a close rival, the choice not confident).
_FIRST_PART = [
    ("Pemerintah provinsi mengumumkan bahwa sebagian besar warga dewasa sudah menerima dua dosis "
    "vaksin, sehingga antrean di pusat layanan makin pendek."),
    ("Karena permintaan terus turun sejak awal tahun, dinas kesehatan akan menutup beberapa pos "
    "vaksinasi tambahan pada akhir bulan depan."),
    ("Petugas yang selama ini bertugas di pos tambahan akan kembali ke puskesmas masing-masing, "
    "tempat mereka melayani pemeriksaan rutin warga."),
    ("Warga yang belum sempat menerima dosis penguat masih punya waktu beberapa minggu, kata kepala "
    "dinas dalam keterangan tertulisnya kemarin."),
    ("Jadwal penutupan tiap pos akan diumumkan lewat papan pengumuman kelurahan, juga melalui akun "
    "resmi dinas kesehatan di media sosial."),
]
_SECOND_PART = [
    ("Rumah sakit daerah di tiga kota besar tetap membuka layanan vaksinasi, dengan jam buka yang "
    "sama seperti hari kerja biasa selama ini."),
    ("Pendaftaran bisa dilakukan langsung di loket, atau melalui aplikasi layanan kesehatan yang "
    "sudah dipakai sejak program vaksinasi dimulai."),
    ("Vaksinasi dan dosis penguat disebut sebagai cara terbaik mencegah sakit berat, terutama bagi "
    "warga lanjut usia dan penderita penyakit kronis."),
    ("Daftar lengkap tempat vaksinasi yang masih buka dapat dilihat di laman dinas, yang diperbarui "
    "setiap pagi oleh petugas pusat data."),
]


def _press_release(second_class: str) -> str:
    """be.ch (https://www.be.ch/de/start/dienstleistungen/medien/medienmitteilungen.html
    ?newsID=c3aa546f-24d3-4b47-9c0c-59db58b2f725 in the suite, a styled-components page):
    ``div.css-zhgoot.ecfoy5m0 > div.css-3qjjdh.e19c9y1m1 >`` the story's paragraphs in
    two ``div.css-18xmz76.eqiuk0t0`` boxes with an ``h2.e1gh4iel0`` between them, below
    a ``header`` of language links and the headline's own box. ``second_class``: the second box's class."""
    first = "".join(f"<p>{p}</p>" for p in _FIRST_PART)
    second = "".join(f"<p>{p}</p>" for p in _SECOND_PART)
    return _doc(
        "<header class='css-1ljlj2t etrcx1o4'><ul class='css-1shwcg8 e1n1s2tp1'>"
        "<li class='css-r6kjfl e1n1s2tp0'><a href='/id'>id</a></li>"
        "<li class='css-r6kjfl e1n1s2tp0'><a href='/en'>en</a></li></ul></header>"
        "<div class='css-12ui9wl e4ywdon6'><h1>Pos vaksinasi tambahan ditutup akhir bulan</h1></div>"
        "<div class='css-zhgoot ecfoy5m0'>"
        f"<div class='css-3qjjdh e19c9y1m1'><div class='css-18xmz76 eqiuk0t0'>{first}</div>"
        "<h2 class='e1gh4iel0'>Rumah sakit di tiga kota tetap melayani vaksinasi</h2>"
        f"<div class='{second_class}'>{second}</div></div></div>"
    )


def test_close_rivals_like_the_choice_are_more_of_the_story() -> None:
    # The choice (the first box) holds over half the running text, so the region is not
    # read; its close rival is a box of its own tag and class: the story's second part.
    how, text = _density(_press_release("css-18xmz76 eqiuk0t0"))
    assert how == "density + parts"
    assert all(p in text for p in _FIRST_PART + _SECOND_PART)


def test_close_rival_of_another_kind_stays_out() -> None:
    # Guard: the same page with the second box of another class (a notice box, not a
    # part like the choice's) keeps the choice alone, as before.
    # (The text is not asked: on a page this small a later stage of the front end
    # keeps the second box after the choice's; on the real page it did not.)
    how, text = _density(_press_release("css-9notice e7box"))
    assert how == "density"
    assert all(p in text for p in _FIRST_PART)


# A blog post of long comma-free paragraphs (a score of 2 each), and a sidebar's text
# widget of long comma-rich lines (6 each): the widget scores more before its chrome
# name halves it.
_POST = [
    ("Sore itu langit di atas sawah berubah jingga pekat dan barisan pohon kelapa di tepi jalan desa "
     "tinggal bayangan hitam yang rapi seperti potongan kertas di atas meja gambar anak sekolah"),
    ("Kamera saku yang saya bawa tidak punya lensa tele sehingga saya harus berjalan mendekat sampai "
     "ke pematang terakhir sebelum parit besar yang memisahkan sawah dari kebun warga sebelah timur"),
    ("Burung kuntul pulang berombongan ke arah sungai dan satu di antaranya sempat tertangkap tepat "
     "di tengah bingkai ketika matahari sudah hampir hilang di balik bukit kecil di ujung desa itu"),
    ("Foto ini tidak saya sunting sama sekali selain memotong sedikit bagian bawahnya karena ada "
     "tiang listrik yang mengganggu dan warna jingganya memang seterang itu di layar kamera saya"),
    ("Besok saya ingin kembali ke tempat yang sama dengan tripod supaya bisa memotret lebih lama "
     "setelah matahari terbenam ketika warna langit berubah ungu lalu biru gelap menjelang malam"),
]
_DISCLAIMER = [
    ("Blog ini memuat tautan ke situs lain yang isinya di luar kendali penulis, sehingga penulis "
     "tidak bisa menjamin kebenaran, kelengkapan atau keterbaruan isi situs tersebut kapan pun "
     "tautan itu dibuat atau dibuka oleh pembaca blog ini."),
    ("Ketika sebuah tautan dipasang isi situs tujuannya sudah diperiksa sekilas, namun pemeriksaan "
     "terus-menerus tanpa petunjuk adanya pelanggaran tidak mungkin dilakukan, dan karena itu "
     "tidak pernah dijanjikan oleh penulis kepada siapa pun."),
    ("Bila ada tautan yang ternyata mengarah ke isi yang melanggar hukum mohon beri tahu penulis "
     "lewat kolom komentar, surel, atau pesan singkat supaya tautan itu bisa segera dihapus dari "
     "halaman yang memuatnya tanpa menunggu lama."),
]


def _tagged_post() -> str:
    """gnadlib.wordpress.com (https://gnadlib.wordpress.com/2020/01/05/scherenschnitt-3/
    in the suite, a WordPress theme): ``div#wrapper > div.content > div.post-N.post.
    type-post ... hentry.category-<slug>.tag-<slug>`` (``post_class()``: a ``tag-``
    token for each of the post's tags) holding the ``h1``, ``small.post-meta`` and the
    post's ``p``; then ``div#sidebar > div.widget.block.widget_text.sidebar-box`` boxes,
    the last one a ``div.textwidget`` of lines broken by ``<br><br>`` (a disclaimer)."""
    post = "".join(f"<p>{x}.</p>" for x in _POST)
    recent = "".join(f"<li><a href='/p{i}'>Tulisan lama nomor {i}</a></li>" for i in range(6))
    return _doc(
        "<div id='wrapper'><div class='header'><ul class='menu'><li><a href='/a'>Tentang</a></li>"
        "<li><a href='/b'>Arsip</a></li></ul></div>"
        "<div class='content'><div class='navigation nav-above'>"
        "<div class='alignleft'><a href='/n'>Tulisan berikutnya</a></div></div>"
        "<div class='post-27 post type-post status-publish format-standard hentry category-foto "
        "tag-senja tag-siluet' id='post-27'><h1>Siluet senja di sawah</h1>"
        "<small class='post-meta'>Terbit 5 Januari | <a href='/k'>Foto</a></small>"
        f"{post}</div></div>"
        "<div id='sidebar'><div class='widget block widget_text sidebar-box' id='text-2'>"
        f"<h3>Tulisan terbaru</h3><ul>{recent}</ul></div>"
        "<div class='widget block widget_text sidebar-box' id='text-3'><h3>Batasan tanggung jawab</h3>"
        f"<div class='textwidget'>{'<br><br>'.join(_DISCLAIMER)}</div></div></div>"
        "<div id='footer'><a href='/wp'>Situs WordPress</a></div></div>")


def test_tag_tokens_of_a_post_class_are_no_chrome_name() -> None:
    """The post's ``tag-<slug>`` tokens made its box read as a tag bar (halved): the
    sidebar's disclaimer won, and the region cut past it kept the disclaimer. The post
    wins now; the disclaimer, a close rival named chrome, is no part of the story."""
    how, text = _density(_tagged_post())
    assert how == "density"
    assert all(x in text for x in _POST)
    assert not any(x[:60] in text for x in _DISCLAIMER)


def _choice(html: str) -> Choice:
    page = read_page(html, max_depth=400)
    assert page is not None
    choice = choose_container(page.blocks, page.totals())
    assert choice is not None
    return choice


def test_chrome_named_rival_of_a_plain_winner_is_left_out() -> None:
    """Guard: the rival named chrome still makes the choice not confident (a close
    runner-up), it is only not one of the story's parts."""
    choice = _choice(_tagged_post())
    assert choice.el.get("id") == "post-27"
    assert not choice.confident and choice.runner_up > 0.75
    assert choice.rivals == ()


def test_chrome_named_rivals_of_a_chrome_named_winner_stay() -> None:
    """Guard: a live ticker's entries in boxes named ``comment`` (sports.fr's
    ``div.live-match-comment`` in the suite): the winner is named so too, its close
    rival of the same name is kept."""
    # Entries scoring 5 (the disclaimer's lines) and 2 (the post's): the first box 17,
    # the second 15, the box of both 16 (half of each entry's score goes to it).
    first = "".join(f"<p>{x}.</p>" for x in [*_DISCLAIMER, _POST[0]])
    second = "".join(f"<p>{x}.</p>" for x in [*_POST, _DISCLAIMER[0]])
    html = _doc(
        "<div class='live'><div class='live-match-comments'>"
        f"<div class='live-match-comment' id='a'>{first}</div>"
        f"<div class='live-match-comment' id='b'>{second}</div></div></div>")
    choice = _choice(html)
    assert choice.el.get("id") == "a"
    assert [e.get("id") for e in choice.rivals] == ["b"]
    assert not choice.confident


_CAPTION = ("Gedung lembaga pemasyarakatan di pinggir kota itu dibangun untuk narapidana dengan hukuman "
            "ringan tetapi kini lebih dari separuh penghuninya tergolong berisiko tinggi menurut catatan "
            "petugas")
_LONE_PARAGRAPH = ("Seorang pejabat lembaga pemasyarakatan menyatakan di depan hakim bahwa siapa pun yang cukup "
                   "nekat bisa kabur dari gedung tua itu tanpa banyak kesulitan")


def _captioned_story() -> str:
    """caymancompass.com (https://www.caymancompass.com/2022/05/04/prison-official-anyone-
    could-escape-from-northward/ in the suite, a tagDiv theme): ``article.td-post-template-3
    > div.td-post-header > div.td-post-header-holder >`` the lead photo's
    ``div.td-post-featured-image > figure > figcaption.wp-caption-text`` (a long caption)
    and ``header.td-post-title`` (``h1.entry-title``, ``p.td-post-sub-title``), then
    ``div.td-post-content.tagdiv-type`` whose one visible paragraph is shorter than the
    caption, then the tags and the related articles."""
    related = "".join(f"<div class='td_module_related_posts'><h3 class='entry-title'><a href='/r{i}'>"
                      f"Kabar lain nomor {i}</a></h3></div>" for i in range(4))
    return _doc(
        "<article class='td-post-template-3 post type-post'><div class='td-post-header'>"
        "<div class='td-post-header-holder'><div class='td-post-featured-image'><figure>"
        f"<img src='/foto.jpg' alt=''><figcaption class='wp-caption-text'>{_CAPTION}.</figcaption>"
        "</figure></div><header class='td-post-title'><h1 class='entry-title'>Lapas tua mudah dibobol</h1>"
        "<p class='td-post-sub-title'>Kata pejabat lapas</p></header></div></div>"
        f"<div class='td-post-content tagdiv-type'><p>{_LONE_PARAGRAPH}.</p></div>"
        f"<div class='td-related'>{related}</div></article>")


def test_a_caption_is_no_container() -> None:
    """The lead photo's caption outscored the story's one paragraph: its ``figure`` was
    the container and the story was cut away. A caption scores nothing now."""
    how, text = _density(_captioned_story())
    assert _LONE_PARAGRAPH in text
    # The paragraph's box wins, too weak to be confident: the region is read with it.
    assert how == "region + density"
    assert _choice(_captioned_story()).el.get("class") == "td-post-content tagdiv-type"
