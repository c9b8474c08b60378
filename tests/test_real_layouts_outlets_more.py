"""More Tempo, Kumparan and IDN Times layouts, read from real pages (realhtml22).

Evidence (never copied: the pages below are written for this file with invented
Indonesian sentences, keeping only the structure: tags, classes, ids, the order of the
chrome):

- IDN Times 2019 desktop story region as a CMS stored it (a public SQL dump in the
  project's code index, file id 47334444943, repository not named by the index): the
  <p> and <h2> children of article#article-content with no container around them,
  inline styles on every element, div.inarticle-ads slots (div#div-gpt-ad-inarticleN >
  div#google_ads_iframe_... > iframe), div.embed-image > img + span.main-article-source
  (the photo credit), a "Baca Juga" paragraph (a > span > em) and div.editors-pick
  (div.title > span "LANJUTKAN MEMBACA ARTIKEL DI BAWAH", h3.title-editors-pick,
  ul > li > a three times) between two numbered subheads.
- IDN Times AMP page as the search library's stored pages print it
  (https://www.idntimes.com/life/career/amp/amelia-rosary/ingin-tulisanmu-diterbitkan-di-idn-times-ini-rahasianya):
  "TUTUP", "SCROLL UNTUK MELANJUTKAN MEMBACA", "Gabung di IDN Times", the headline,
  the deck, the lead photo's caption with its credit in lower case "(dok. IDN Times)",
  the "Jakarta, IDN Times - " dateline, numbered subheads, a caption "(Dok. IDN Media)".
- kumparan user content of 2019 as rendered in 2025 (the same stored pages:
  https://kumparan.com/aksarakumparan/cerita-hijrah-ke-kumparan-hingga-pria-penyuka-drama-korea-1547668989268925978):
  the footer run together on one line, "2025 © PT Dynamo Media Network", "Version
  1.94.1", "Konten dari Pengguna", the headline, the date and "Diperbarui" lines, the
  "Tulisan dari ... tidak mewakili pandangan dari redaksi kumparan" disclaimer and
  ADVERTISEMENT labels between paragraphs.
"""

from __future__ import annotations

import pytest

import cleaner

IDN_2019_STORY_REGION = """\
<p style="box-sizing: border-box; margin: 0px 0px 20px;">Banyak orang menyarankan kita makan buah setiap
hari karena isinya vitamin dan serat yang membuat badan lebih bugar.</p>
<div class="inarticle-ads" style="margin: 10px auto;">
<div id="div-gpt-ad-inarticle1" class="" style="width: 728px;" data-google-query-id="X1">
<div id="google_ads_iframe_/253109699/IDNTimesDesktop/Health_3__container__" style="width: 728px;">
<iframe id="google_ads_iframe_/253109699/IDNTimesDesktop/Health_3" title="3rd party ad content"
 src="https://tpc.googlesyndication.com/safeframe/1-0-36/html/container.html" width="728" height="90"></iframe>
</div>
</div>
</div>
<p style="box-sizing: border-box;">Apakah itu berarti buah boleh dimakan tanpa batas? Mari kita lihat bersama
penjelasannya di bawah ini.</p>
<h2 style="font-weight: 500;">1. Buah memang menyehatkan</h2>
<div class="embed-image" style="position: relative;"><img src="https://cdn.example/a.png" alt="Judul artikel buah" />
<span class="main-article-source" style="font-size: 12px;">contohsumber.com</span></div>
<p style="box-sizing: border-box;">Buah menyimpan banyak zat yang baik bagi tubuh, mulai dari vitamin sampai
mineral, dan sebuah penelitian menyebut buah berwarna gelap membantu menjaga jantung.</p>
<h2 style="font-weight: 500;">2. Terlalu banyak justru merepotkan perut</h2>
<div class="embed-image" style="position: relative;"><img src="https://cdn.example/b.jpg" alt="Judul artikel buah" />
<span class="main-article-source" style="font-size: 12px;">sumberlain.com</span></div>
<p style="box-sizing: border-box;">Meski begitu, makan buah berlebihan dapat membuat perut kembung dan pencernaan
terganggu bila dilakukan setiap hari.</p>
<h2 style="font-weight: 500;">3. Gula alaminya tetap dihitung</h2>
<div class="inarticle-ads" style="margin: 10px auto;">
<div id="div-gpt-ad-inarticle2" class="" style="width: 728px !important;" data-google-query-id="X2">
<div id="google_ads_iframe_/253109699/IDNTimesDesktop/Health_4__container__">&nbsp;</div>
</div>
</div>
<div class="embed-image" style="position: relative;"><img src="https://cdn.example/c.jpg" alt="Judul artikel buah" />
<span class="main-article-source" style="font-size: 12px;">fotosumber.com</span></div>
<p style="box-sizing: border-box;">Tahukah kamu bahwa gula dari buah tetap masuk hitungan asupan harian? Satu
mangkuk buah manis bisa menyumbang cukup banyak kalori bagi tubuhmu.</p>
<p style="box-sizing: border-box;"><a style="color: #ed2126;"
 href="https://www.idntimes.com/food/recipe/penulis/tips-memilih-buah" target="_blank" rel="noopener"><span
 style="font-weight: bold;"><em>Baca Juga: 5 Cara Gampang Memilih Buah yang Manis di Pasar</em></span></a></p>
<h2 style="font-weight: 500;">4. Nutrisinya tidak terserap semua</h2>
<div class="editors-pick" style="padding-bottom: 14px;">
<div class="title" style="text-align: center; text-transform: uppercase;"><span
 style="padding: 0px 25px;">LANJUTKAN MEMBACA ARTIKEL DI BAWAH</span></div>
<h3 class="title-editors-pick" style="color: #ed2126;">Editor&rsquo;s Picks</h3>
<ul>
<li><a href="https://www.idntimes.com/health/fitness/a/satu">Tidur Siang Punya Manfaat Menurut Riset, Ini Kata
Para Ahli!</a></li>
<li><a href="https://www.idntimes.com/health/medical/b/dua">Baru Jadi Orangtua? Kenali 10 Fakta Unik Bayi yang
Baru Lahir</a></li>
<li><a href="https://www.idntimes.com/health/fitness/c/tiga">7 Manfaat Merawat Tanaman di Dalam Rumah, Sudah
Coba?</a></li>
</ul>
</div>
<div class="embed-image" style="position: relative;"><img src="https://cdn.example/d.jpg" alt="Judul artikel buah" />
<span class="main-article-source" style="font-size: 12px;">gambarsumber.com</span></div>
<p style="box-sizing: border-box;">Lambung hanya mampu mencerna makanan dalam jumlah tertentu, sehingga sebagian
zat gizi dari buah yang berlebihan akhirnya terbuang percuma.</p>
<p style="box-sizing: border-box;">Jadi, makanlah buah secukupnya dan imbangi dengan sayur, protein, serta lemak
baik supaya tubuh tetap seimbang.</p>
"""

IDN_URL = "https://www.idntimes.com/health/nutrition/nama-penulis/makan-buah-berlebihan"


@pytest.mark.parametrize("url", [None, IDN_URL])
def test_idn_times_2019_story_region_without_container_keeps_story_only(url: str | None) -> None:
    """The stored story region: ads, the editors' picks box and credits are no story."""
    record = cleaner.clean(IDN_2019_STORY_REGION, url=url).to_dict()
    paragraphs = record["paragraphs"]
    assert paragraphs[0].startswith("Banyak orang menyarankan")
    assert paragraphs[-1].startswith("Jadi, makanlah buah")
    assert "1. Buah memang menyehatkan" in paragraphs
    assert "4. Nutrisinya tidak terserap semua" in paragraphs
    assert len(paragraphs) == 11
    body = record["text"]
    for chrome in ("LANJUTKAN MEMBACA", "Editor", "Tidur Siang", "Baca Juga", "contohsumber.com"):
        assert chrome not in body
    assert record["captions"] == ["contohsumber.com", "sumberlain.com", "fotosumber.com", "gambarsumber.com"]
    assert record["related"] == ["5 Cara Gampang Memilih Buah yang Manis di Pasar"]
    assert record["outlet"] == ("idntimes" if url else "generic")


IDN_AMP_TEXT = "\n".join([
    "TUTUP",
    "SCROLL UNTUK MELANJUTKAN MEMBACA",
    "Gabung di IDN Times",
    "",
    "Ingin Tulisanmu Dimuat di Sebuah Media? Begini Caranya",
    "",
    "Saran langsung dari seorang editor komunitas!",
    "",
    "ilustrasi surat kabar (dok. IDN Times)",
    "",
    (
        "Jakarta, IDN Times - Konon siapa pun bisa menulis, tetapi menulis yang dimaksud bukan asal "
        "menulis dan ada beberapa hal dasar yang perlu diperhatikan sebelum naskah dikirim."
    ),
    "",
    (
        "Bagi yang ingin bergabung sebagai penulis komunitas, tulisan di bawah ini menjelaskan "
        "beberapa hal yang perlu diperhatikan agar naskahmu bisa terbit."
    ),
    "",
    "1. Editor berperan penting bagi penulis",
    "",
    "Seorang editor komunitas (Dok. IDN Media)",
    "",
    (
        "Ketika mendengar kata editor, apa yang terlintas di pikiranmu? Editor adalah profesi yang "
        "bertanggung jawab menyunting sebuah naskah sebelum terbit."
    ),
    "",
])


def test_idn_times_amp_lead_caption_with_lower_case_dok_credit_is_a_caption() -> None:
    """A lead photo's "(dok. IDN Times)" credit is a caption's, in lower case as in upper."""
    record = cleaner.clean(
        IDN_AMP_TEXT, url="https://www.idntimes.com/life/career/amp/nama-penulis/ingin-tulisanmu-dimuat"
    ).to_dict()
    assert record["captions"] == [
        "ilustrasi surat kabar (dok. IDN Times)",
        "Seorang editor komunitas (Dok. IDN Media)",
    ]
    assert record["title"] == "Ingin Tulisanmu Dimuat di Sebuah Media? Begini Caranya"
    assert record["subtitle"] == "Saran langsung dari seorang editor komunitas!"
    assert record["dateline"] == "Jakarta"
    assert record["paragraphs"][0].startswith("Konon siapa pun bisa menulis")
    assert len(record["paragraphs"]) == 4
    for chrome in ("TUTUP", "SCROLL", "Gabung"):
        assert chrome not in record["text"]


def test_lower_case_dok_in_a_story_sentence_stays_story() -> None:
    """Only a line that ends with the bracketed credit is a caption."""
    page = IDN_AMP_TEXT.replace(
        "Bagi yang ingin bergabung",
        "Foto lama keluarga itu (dok. pribadi) beredar luas di media sosial pekan lalu.\n\nBagi yang ingin bergabung",
    )
    record = cleaner.clean(page, url="https://www.idntimes.com/life/career/amp/nama-penulis/x").to_dict()
    assert "Foto lama keluarga itu (dok. pribadi) beredar luas di media sosial pekan lalu." in record["paragraphs"]


KUMPARAN_USER_2019 = "\n".join([
    (
        "Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiPanduan KomunitasPeringkat "
        "PenulisCara Menulis di kumparanInformasi Kerja SamaBantuanIklanKarir"
    ),
    "2025 © PT Dynamo Media Network",
    "Version 1.94.1",
    "Konten dari Pengguna",
    "Catatan Pindah Kerja hingga Hobi Menonton Film Lama",
    "17 Januari 2019 6:32 WIB",
    "Diperbarui 15 Maret 2019 3:49 WIB",
    "Tulisan dari Catatan Kantor tidak mewakili pandangan dari redaksi kumparan",
    "ADVERTISEMENT",
    (
        "Edisi kali ini memuat tiga cerita pendek dengan topik berbeda. Dua di antaranya bercerita "
        "tentang pengalaman para penulis selama bekerja di kantor baru. Simak selengkapnya."
    ),
    "ADVERTISEMENT",
    "1. Sepuluh Tahun di Tempat Lama, Mengapa Saya Pindah? (Nama Penulis)",
    (
        "Memutuskan pindah kerja adalah keputusan besar pertama saya sebagai orang dewasa, dan saya "
        "menimbangnya lama bersama keluarga."
    ),
    (
        "Sebagai perusahaan baru, kantor itu belum punya jaminan apa pun untuk masa depan, "
        "sementara tempat lama saya sudah mapan."
    ),
    "ADVERTISEMENT",
    "Lalu, apa yang membuat saya yakin? Itu yang saya cari tahu lebih dulu sebelum benar-benar bergabung.",
    "",
])


@pytest.mark.parametrize("url", [None, "https://kumparan.com/catatankantor/catatan-pindah-kerja-1547668989268925978"])
def test_kumparan_2019_user_story_rendered_in_2025_drops_footer_and_labels(url: str | None) -> None:
    record = cleaner.clean(KUMPARAN_USER_2019, url=url).to_dict()
    assert record["outlet"] == "kumparan"
    assert record["title"] == "Catatan Pindah Kerja hingga Hobi Menonton Film Lama"
    assert record["published"] == "2019-01-17T06:32:00+07:00"
    assert record["paragraphs"][0].startswith("Edisi kali ini memuat")
    assert record["paragraphs"][-1].startswith("Lalu, apa yang membuat")
    assert len(record["paragraphs"]) == 5
    for chrome in ("ADVERTISEMENT", "Dynamo", "Version", "Konten dari Pengguna", "tidak mewakili", "Tentang Kami"):
        assert chrome not in record["text"]
